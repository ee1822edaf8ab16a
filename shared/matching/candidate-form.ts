/**
 * The candidate form (`<pp-matching-form mode="candidate">`) → PartnerProfile.
 *
 * The three entries of the CEPPP questionnaire the HAS cites (3.3, l.535):
 * lived experience, abilities and aptitudes, availability; then what the
 * person offers (domains, missions, statuses), trainings, association,
 * territory and separate consents — none pre-ticked, each recorded with its
 * date, granted or not. Field names:
 *   given, family, display, gender, email, phone,
 *   experienceText, themes[], themesOther, caregiver, abilities,
 *   slots[], commitment[], activeMissions, maxMissions,
 *   domains[], missions[], statuses[],
 *   training.<i>.kind / .label / .issuer / .year / .hours (i = 0…),
 *   association, associationMandated, representative,
 *   departement, commune, remote, manager (yes | no),
 *   consent.<keepData | matching | projectExperience | listing | name | photo | experience | contact>.
 * Titles are recorded without `validatedBy`: only the establishment validates
 * a title (CNOM 001:1851-1854, no self-proclaimed experts).
 */
import type { Locale } from '../i18n/locale';
import { safeParseWithMessage } from '../i18n/validation';
import { type ConsentField, type PartnerProfile, PartnerProfileSchema } from '../schemas/partner';
import { isTrainingKind } from '../vocab/trainings';
import { DEPARTEMENT_RE, flag, splitList, tidyDepartement, wholeNumber } from './field-values';
import { type FieldError, type FormFields, type FormResult, many, one } from './form-fields';
import { issuesToErrors } from './issue-errors';

/**
 * Consents in the order the form asks them; keepData is the one a candidacy cannot do without.
 * `projectExperience` shares lived experience with the establishment's project teams (matching)
 * without publishing it; `experience` publishes it (and so shares it with project teams too).
 */
export const CANDIDATE_CONSENTS = [
  'keepData',
  'matching',
  'projectExperience',
  'listing',
  'name',
  'photo',
  'experience',
  'contact',
] as const satisfies readonly ConsentField[];

/** Most training rows the form offers. */
export const MAX_TRAININGS = 10;

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE_RE = /^\+?[0-9(][0-9 .()-]{4,23}[0-9]$/;

export interface CandidateOptions {
  /** The new profile's id (the widget makes a random one). */
  readonly id: string;
  /** Today's date, YYYY-MM-DD: the date of every consent given or refused. */
  readonly today: string;
  /**
   * The establishment excludes its « gestionnaires » (the guide's example of an exclusion
   * criterion, 3.3 l.537): true unless it chose otherwise. When false, a manager's candidacy
   * is recorded, with `managesEstablishment: true`.
   */
  readonly excludeManagers?: boolean;
}

function fieldOf(path: readonly (string | number)[]): string | undefined {
  const [head, index, leaf] = path;
  switch (head) {
    case 'name':
      return 'given';
    case 'contact':
      return leaf === undefined && typeof index === 'string' ? index : 'email';
    case 'experience':
      return 'experienceText';
    case 'territory':
      return index === 'commune' ? 'commune' : 'departement';
    case 'trainings':
      return typeof index === 'number' && typeof leaf === 'string' ? `training.${index}.${leaf}` : undefined;
    case 'association':
      return 'association';
    case 'load':
      return index === 'maxMissions' ? 'maxMissions' : 'activeMissions';
    case 'availability':
      return 'slots';
    case 'abilities':
      return 'abilities';
    case 'domains':
    case 'missions':
    case 'statuses':
      return head;
    default:
      return undefined;
  }
}

/** Indexes of the training rows present in the form (training.<i>.*), sorted. */
export function trainingRowIndexes(fields: FormFields): number[] {
  const rows = new Set<number>();
  for (const key of Object.keys(fields)) {
    const m = /^training\.(\d+)\./.exec(key);
    if (m) rows.add(Number(m[1]));
  }
  return [...rows].sort((a, b) => a - b);
}

export function profileFromFields(fields: FormFields, options: CandidateOptions, locale: Locale): FormResult<PartnerProfile> {
  const t = (fr: string, en: string) => (locale === 'en' ? en : fr);
  const errors: FieldError[] = [];
  const given = one(fields, 'given');
  const family = one(fields, 'family');
  const display = one(fields, 'display');
  if (!given && !family && !display) {
    errors.push({
      field: 'given',
      message: t(
        'Indiquez au moins votre prénom ou le nom sous lequel vous souhaitez apparaître.',
        'Give at least your first name or the name you wish to appear under.',
      ),
    });
  }
  const email = one(fields, 'email');
  const phone = one(fields, 'phone');
  if (!email && !phone) {
    errors.push({
      field: 'email',
      message: t(
        'Indiquez une adresse e-mail ou un téléphone, pour que l’établissement puisse vous répondre.',
        'Give an e-mail address or a phone number, so that the establishment can reply.',
      ),
    });
  }
  if (email && !EMAIL_RE.test(email))
    errors.push({
      field: 'email',
      message: t('Adresse e-mail invalide (exemple : nom@exemple.fr).', 'Invalid e-mail address (example: name@example.org).'),
    });
  if (phone && !PHONE_RE.test(phone))
    errors.push({
      field: 'phone',
      message: t(
        'Numéro de téléphone invalide (exemple : 06 12 34 56 78).',
        'Invalid phone number (example: +33 6 12 34 56 78).',
      ),
    });

  const experienceText = one(fields, 'experienceText');
  const themes = [...many(fields, 'themes'), ...splitList(one(fields, 'themesOther'))];
  const caregiver = flag(fields, 'caregiver');
  if (!experienceText && themes.length === 0 && !caregiver) {
    errors.push({
      field: 'experienceText',
      message: t(
        'Décrivez en quelques mots votre expérience vécue, ou choisissez au moins un thème.',
        'Describe your lived experience in a few words, or choose at least one theme.',
      ),
    });
  }

  const departement = tidyDepartement(one(fields, 'departement'));
  if (!departement)
    errors.push({
      field: 'departement',
      message: t('Indiquez votre département (exemple : 13, 2A ou 971).', 'Give your département (example: 13, 2A or 971).'),
    });
  else if (!DEPARTEMENT_RE.test(departement))
    errors.push({
      field: 'departement',
      message: t('Département : un code comme 13, 2A ou 971.', 'Département: a code such as 13, 2A or 971.'),
    });

  const activeText = one(fields, 'activeMissions') || '0';
  const activeMissions = wholeNumber(activeText, 0, 99);
  if (activeMissions === undefined)
    errors.push({
      field: 'activeMissions',
      message: t('Missions en cours : un nombre entier, 0 s’il n’y en a pas.', 'Missions under way: a whole number, 0 if none.'),
    });
  const maxText = one(fields, 'maxMissions');
  const maxMissions = maxText ? wholeNumber(maxText, 1, 99) : undefined;
  if (maxText && maxMissions === undefined)
    errors.push({
      field: 'maxMissions',
      message: t(
        'Nombre de missions au plus : un nombre entier de 1 à 99, ou rien.',
        'Most missions at once: a whole number from 1 to 99, or nothing.',
      ),
    });

  const trainings: Record<string, unknown>[] = [];
  for (const i of trainingRowIndexes(fields)) {
    const f = (leaf: string) => one(fields, `training.${i}.${leaf}`);
    const kind = f('kind');
    const label = f('label');
    const issuer = f('issuer');
    const year = f('year');
    const hours = f('hours');
    if (!kind && !label && !issuer && !year && !hours) continue;
    const n = i + 1;
    if (!isTrainingKind(kind))
      errors.push({
        field: `training.${i}.kind`,
        message: t(`Formation ${n} : choisissez le type de formation.`, `Training ${n}: choose the kind of training.`),
      });
    if (!issuer) {
      errors.push({
        field: `training.${i}.issuer`,
        message: t(
          `Formation ${n} : indiquez l’organisme qui l’a délivrée (université, association, UTEP…).`,
          `Training ${n}: give the body that delivered it (university, association, UTEP…).`,
        ),
      });
    }
    const yearValue = year ? wholeNumber(year, 1950, 2100) : undefined;
    if (year && yearValue === undefined)
      errors.push({
        field: `training.${i}.year`,
        message: t(`Formation ${n} : année sur 4 chiffres (exemple : 2021).`, `Training ${n}: year in 4 digits (example: 2021).`),
      });
    const hoursValue = hours ? Number(hours.replace(',', '.')) : undefined;
    if (hours && !(hoursValue !== undefined && hoursValue > 0 && hoursValue <= 5000)) {
      errors.push({
        field: `training.${i}.hours`,
        message: t(`Formation ${n} : durée en heures (exemple : 40).`, `Training ${n}: length in hours (example: 40).`),
      });
    }
    trainings.push({
      kind,
      ...(label ? { label } : {}),
      issuer,
      ...(yearValue !== undefined ? { year: yearValue } : {}),
      ...(hoursValue !== undefined ? { hours: hoursValue } : {}),
    });
  }

  const manager = one(fields, 'manager');
  const excludeManagers = options.excludeManagers !== false;
  if (manager === 'yes' && excludeManagers) {
    // The establishment's rule, after the guide's example (3.3, l.537): not an HAS ban.
    errors.push({
      field: 'manager',
      message: t(
        'Cet établissement applique le critère d’exclusion que le guide HAS cite en exemple (3.3) : être à la fois gestionnaire de l’établissement ou du service et patient partenaire dans ce même établissement. Vous pouvez proposer votre candidature à un autre établissement.',
        'This establishment applies the exclusion criterion the HAS guide cites as an example (3.3): being both a manager of the establishment or service and a patient partner in that same establishment. You may apply to another establishment.',
      ),
    });
  } else if (manager !== 'no' && manager !== 'yes') {
    errors.push({
      field: 'manager',
      message: t(
        'Répondez à la question sur vos fonctions de gestion (direction ou encadrement).',
        'Answer the question about management duties (senior or middle management).',
      ),
    });
  }

  if (!flag(fields, 'consent.keepData')) {
    errors.push({
      field: 'consent.keepData',
      message: t(
        'Sans votre accord pour conserver vos données, l’établissement ne peut pas enregistrer votre candidature.',
        'Without your consent to keep your data, the establishment cannot record your application.',
      ),
    });
  }
  if (errors.length > 0) return { ok: false, errors };

  const consents = Object.fromEntries(
    CANDIDATE_CONSENTS.map((c) => [c, { granted: flag(fields, `consent.${c}`), date: options.today }]),
  );
  const association = one(fields, 'association');
  const commune = one(fields, 'commune');
  const input = {
    id: options.id,
    name: { ...(given ? { given } : {}), ...(family ? { family } : {}), ...(display ? { display } : {}) },
    ...(['f', 'm', 'x'].includes(one(fields, 'gender')) ? { gender: one(fields, 'gender') } : {}),
    titles: [{ role: 'patient_partenaire' }, ...(flag(fields, 'representative') ? [{ role: 'representant_usagers' }] : [])],
    domains: many(fields, 'domains'),
    missions: many(fields, 'missions'),
    statuses: many(fields, 'statuses'),
    trainings,
    ...(association ? { association: { name: association, mandated: flag(fields, 'associationMandated') } } : {}),
    territory: { departement, ...(commune ? { commune } : {}), remote: flag(fields, 'remote') },
    languages: [],
    projects: [],
    experience: { themes, caregiver, ...(experienceText ? { text: experienceText } : {}) },
    abilities: splitList(one(fields, 'abilities')),
    availability: { slots: many(fields, 'slots'), commitment: many(fields, 'commitment') },
    load: { activeMissions, ...(maxMissions !== undefined ? { maxMissions } : {}) },
    managesEstablishment: manager === 'yes',
    contact: { ...(email ? { email } : {}), ...(phone ? { phone } : {}) },
    consents,
  };
  const parsed = safeParseWithMessage(PartnerProfileSchema, input, locale);
  if (parsed.ok) return { ok: true, value: parsed.data };
  return { ok: false, errors: issuesToErrors(parsed.issues, fieldOf, 'given', locale, input) };
}
