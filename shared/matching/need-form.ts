/**
 * The need form (`<pp-matching-form mode="need">`) → ProjectNeed.
 *
 * Field names: title, domain, missions[], themes[] (theme ids), themesOther
 * (free text, comma-separated), caregiver, departement, commune, remote,
 * slots[], duration, offer[], count, trainings[].
 * The form's own checks come first, with sentences a project owner
 * understands; the shared schema then has the last word.
 */
import type { Locale } from '../i18n/locale';
import { safeParseWithMessage } from '../i18n/validation';
import { type ProjectNeed, ProjectNeedSchema } from '../schemas/project';
import { DEPARTEMENT_RE, flag, splitList, tidyDepartement, wholeNumber } from './field-values';
import { type FieldError, type FormFields, type FormResult, many, one } from './form-fields';
import { issuesToErrors } from './issue-errors';

const PATH_TO_FIELD: Record<string, string> = {
  title: 'title',
  domain: 'domain',
  missions: 'missions',
  experienceThemes: 'themesOther',
  territory: 'departement',
  slots: 'slots',
  duration: 'duration',
  offer: 'offer',
  count: 'count',
  requiredTrainings: 'trainings',
};

export function needFromFields(fields: FormFields, locale: Locale): FormResult<ProjectNeed> {
  const t = (fr: string, en: string) => (locale === 'en' ? en : fr);
  const errors: FieldError[] = [];
  const title = one(fields, 'title');
  if (!title) errors.push({ field: 'title', message: t('Indiquez le titre du projet.', 'Give the project title.') });
  else if (title.length > 300)
    errors.push({ field: 'title', message: t('Le titre dépasse 300 caractères.', 'The title is longer than 300 characters.') });
  const domain = one(fields, 'domain');
  if (!domain)
    errors.push({ field: 'domain', message: t('Choisissez le domaine du projet.', 'Choose the domain of the project.') });
  const departement = tidyDepartement(one(fields, 'departement'));
  if (departement && !DEPARTEMENT_RE.test(departement)) {
    errors.push({
      field: 'departement',
      message: t('Département : un code comme 13, 2A ou 971.', 'Département: a code such as 13, 2A or 971.'),
    });
  }
  const duration = one(fields, 'duration');
  if (!duration) {
    errors.push({
      field: 'duration',
      message: t(
        'Indiquez si l’engagement est ponctuel ou dans la durée.',
        'Say whether the commitment is one-off or long-term.',
      ),
    });
  }
  const countText = one(fields, 'count') || '2';
  const count = wholeNumber(countText, 1, 100);
  if (count === undefined) {
    errors.push({
      field: 'count',
      message: t(
        'Nombre de patients partenaires : un nombre entier de 1 à 100.',
        'Number of patient partners: a whole number from 1 to 100.',
      ),
    });
  }
  if (errors.length > 0) return { ok: false, errors };

  const commune = one(fields, 'commune');
  const input = {
    title,
    domain,
    missions: many(fields, 'missions'),
    experienceThemes: [...many(fields, 'themes'), ...splitList(one(fields, 'themesOther'))],
    caregiverSought: flag(fields, 'caregiver'),
    territory: {
      ...(departement ? { departement } : {}),
      ...(commune ? { commune } : {}),
      remoteAccepted: flag(fields, 'remote'),
    },
    slots: many(fields, 'slots'),
    duration,
    offer: many(fields, 'offer'),
    count,
    requiredTrainings: many(fields, 'trainings'),
  };
  const parsed = safeParseWithMessage(ProjectNeedSchema, input, locale);
  if (parsed.ok) return { ok: true, value: parsed.data };
  return { ok: false, errors: issuesToErrors(parsed.issues, (path) => PATH_TO_FIELD[String(path[0])], 'title', locale, input) };
}
