/**
 * The engine's results in words, French and English: one sentence per
 * criterion, per exclusion reason, per notice and per selection warning.
 * Built on demand (only for what is displayed), never during the ranking.
 * Sentences avoid gendered forms so that they fit every partner.
 */
import { plural } from '../i18n/format';
import { type Locale, localized } from '../i18n/locale';
import { AVAILABILITY_SLOTS, COMMITMENTS } from '../schemas/common';
import { domainById } from '../vocab/domains';
import { healthThemeLabel } from '../vocab/health-themes';
import { offerLabel } from '../vocab/statuses';
import { trainingKindById } from '../vocab/trainings';
import type { CriterionResult } from './criteria';
import type { ExclusionReason } from './filters';
import type { NeedNotice, PartnerNote, SelectionWarning } from './rank';

type T = (fr: string, en: string) => string;
const tr =
  (locale: Locale): T =>
  (fr, en) =>
    locale === 'en' ? en : fr;

function list(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${locale === 'en' ? 'and' : 'et'} ${items[items.length - 1]}`;
}

const slotLabel = (id: string, locale: Locale) => {
  const slot = AVAILABILITY_SLOTS.find((s) => s.id === id);
  return slot ? localized(slot.label, locale).toLowerCase() : id;
};
const commitmentLabel = (id: string, locale: Locale) => {
  const c = COMMITMENTS.find((s) => s.id === id);
  return c ? localized(c.label, locale).toLowerCase() : id;
};
export const trainingLabel = (id: string, locale: Locale) => {
  const kind = trainingKindById(id);
  return kind ? localized(kind.short, locale) : id;
};
export const domainLabel = (id: string, locale: Locale) => {
  const d = domainById(id);
  return d ? localized(d.label, locale) : id;
};

/** Short name of a criterion, e.g. for a heading or a table column. */
export function criterionName(id: CriterionResult['id'], locale: Locale): string {
  const t = tr(locale);
  switch (id) {
    case 'missions':
      return t('Missions', 'Missions');
    case 'experience':
      return t('Expérience vécue', 'Lived experience');
    case 'territory':
      return t('Territoire', 'Location');
    case 'availability':
      return t('Disponibilités', 'Availability');
    case 'load':
      return t('Sollicitation actuelle', 'Current load');
    case 'commitment':
      return t('Durée d’engagement', 'Commitment');
    case 'offer':
      return t('Cadre proposé', 'Terms offered');
    case 'training':
      return t('Formation demandée', 'Training asked for');
  }
}

/**
 * One sentence explaining a criterion's result, e.g. « Propose 2 des 3 missions demandées ».
 * Lived-experience themes are named only for a partner who shares their experience with
 * project teams: for anyone else the engine keeps no detail (`experience_not_shared`).
 */
export function explainCriterion(c: CriterionResult, locale: Locale): string {
  const t = tr(locale);
  const d = c.detail;
  switch (d.kind) {
    case 'missions': {
      let s =
        d.offered === d.sought
          ? plural(
              d.sought,
              {
                one: t('Propose la mission demandée', 'Offers the mission sought'),
                other: t('Propose les # missions demandées', 'Offers all # missions sought'),
              },
              locale,
            )
          : d.offered === 0
            ? t('Ne propose aucune des missions demandées', 'Offers none of the missions sought')
            : t(
                `Propose ${d.offered} des ${d.sought} missions demandées`,
                `Offers ${d.offered} of the ${d.sought} missions sought`,
              );
      if (d.sameMode > 0) {
        s += plural(
          d.sameMode,
          {
            one: t(
              ' ; pour # autre, propose une mission du même mode d’intervention',
              '; for # other, offers a mission of the same mode',
            ),
            other: t(
              ' ; pour # autres, propose une mission du même mode d’intervention',
              '; for # others, offers a mission of the same mode',
            ),
          },
          locale,
        );
      }
      return s;
    }
    case 'domain': {
      const name = domainLabel(d.domain, locale);
      if (!d.declared) return t('Domaines d’intervention non précisés', 'Domains of interest not given');
      if (c.value <= 0) return t(`Ne propose pas le domaine « ${name} »`, `Does not offer the domain “${name}”`);
      return d.missionsSought
        ? t(
            `Souhaite intervenir dans le domaine « ${name} », sans préciser de missions`,
            `Wishes to act in the domain “${name}”, no mission specified`,
          )
        : t(`Souhaite intervenir dans le domaine « ${name} »`, `Wishes to act in the domain “${name}”`);
    }
    case 'experience_not_shared':
      return t(
        'Non partagée : la personne n’a pas donné son accord pour partager son expérience vécue avec les équipes projet ; le critère compte pour moitié, comme une information non précisée',
        'Not shared: the person has not agreed to share their lived experience with project teams; the criterion counts half, like unstated information',
      );
    case 'experience': {
      const parts: string[] = [];
      const matched = d.matched.map((x) => healthThemeLabel(x, locale));
      const missing = d.missing.map((x) => healthThemeLabel(x, locale));
      if (matched.length > 0) parts.push(t(`correspond pour ${list(matched, locale)}`, `matches for ${list(matched, locale)}`));
      if (missing.length > 0)
        parts.push(
          t(`pas d’expérience déclarée pour ${list(missing, locale)}`, `no declared experience for ${list(missing, locale)}`),
        );
      if (d.caregiver === true) parts.push(t('expérience de proche aidant', 'experience as a family carer'));
      if (d.caregiver === false)
        parts.push(t('pas d’expérience de proche aidant déclarée', 'no declared experience as a family carer'));
      const s = parts.join(' ; ');
      return s.charAt(0).toUpperCase() + s.slice(1);
    }
    case 'territory':
      switch (d.place) {
        case 'commune':
          return t('Dans la même commune', 'In the same town');
        case 'departement':
          return t('Dans le même département', 'In the same département');
        case 'remote':
          return t('Peut participer à distance', 'Can take part remotely');
        case 'elsewhere':
          return t(
            'Dans un autre département, sans participation à distance possible',
            'In another département, remote participation not possible',
          );
        default:
          return t('Participation à distance non précisée', 'Remote participation not stated');
      }
    case 'availability': {
      if (d.matched.length === 0 && c.status === 'unknown') return t('Disponibilités non précisées', 'Availability not given');
      const missing = d.missing.map((s) => slotLabel(s, locale));
      if (missing.length === 0)
        return t('Disponible sur tous les créneaux du projet', 'Available for every time slot of the project');
      return t(`Pas disponible : ${list(missing, locale)}`, `Not available: ${list(missing, locale)}`);
    }
    case 'load': {
      const active =
        d.active === 0
          ? t('Aucune mission en cours', 'No mission under way')
          : plural(
              d.active,
              { one: t('# mission en cours', '# mission under way'), other: t('# missions en cours', '# missions under way') },
              locale,
            );
      return d.max !== undefined ? t(`${active} (en accepte ${d.max} au plus)`, `${active} (accepts ${d.max} at most)`) : active;
    }
    case 'commitment': {
      const sought = commitmentLabel(d.sought, locale);
      if (!d.declared) return t('Durée d’engagement souhaitée non précisée', 'Preferred commitment not given');
      return c.value >= 1
        ? t(`Accepte un engagement ${sought}`, `Accepts a ${sought} commitment`)
        : t(`Ne souhaite pas d’engagement ${sought}`, `Does not wish a ${sought} commitment`);
    }
    case 'offer': {
      const offers = list(
        d.offers.map((o) => offerLabel(o, locale).toLowerCase()),
        locale,
      );
      if (!d.declared) return t('Statut souhaité non précisé', 'Preferred status not given');
      return c.value >= 1
        ? t(
            `Le cadre proposé (${offers}) correspond à un statut souhaité`,
            `The terms offered (${offers}) match a preferred status`,
          )
        : t(
            `Le cadre proposé (${offers}) ne correspond à aucun statut souhaité`,
            `The terms offered (${offers}) match no preferred status`,
          );
    }
    case 'training': {
      const held = list(
        d.held.map((k) => trainingLabel(k, locale)),
        locale,
      );
      const missing = list(
        d.missing.map((k) => trainingLabel(k, locale)),
        locale,
      );
      if (d.missing.length === 0) return t(`Formation déclarée (${held})`, `Training declared (${held})`);
      const lacking = t(
        `non déclarée (${missing}) : ce n’est pas un motif d’exclusion (guide HAS 3.4)`,
        `not declared (${missing}): not a reason to exclude (HAS guide 3.4)`,
      );
      return d.held.length === 0
        ? t(`Formation ${lacking}`, `Training ${lacking}`)
        : t(`Formation déclarée (${held}), ${lacking}`, `Training declared (${held}), ${lacking}`);
    }
  }
}

/** Why a partner is listed apart. */
export function explainExclusion(r: ExclusionReason, locale: Locale): string {
  const t = tr(locale);
  switch (r.code) {
    case 'manager':
      return t(
        'Dirige l’établissement ou le service : ne peut pas en être patient partenaire (guide HAS 3.3)',
        'Manages the establishment or service, so cannot be its patient partner (HAS guide 3.3)',
      );
    case 'training_required': {
      const name = trainingLabel(r.kind, locale);
      const declared =
        r.hours !== undefined
          ? t(` (${r.hours} h déclarées)`, ` (${r.hours} h declared)`)
          : t(' n’est pas déclarée', ' is not declared');
      return t(
        `Mission d’éducation thérapeutique : la formation ${name}, exigée par la réglementation,${r.hours !== undefined ? ' est incomplète' : ''}${declared} (guide HAS 3.4, note 23)`,
        `Therapeutic patient education mission: the ${name} training required by regulation${r.hours !== undefined ? ' is incomplete' : ''}${declared} (HAS guide 3.4, note 23)`,
      );
    }
    case 'no_capacity':
      return t(
        `A atteint le nombre de missions accepté (${r.active} sur ${r.max}) : ne pas sursolliciter (guide HAS, annexe 4)`,
        `Has reached the number of missions accepted (${r.active} of ${r.max}): do not over-solicit (HAS guide, annex 4)`,
      );
    case 'domain_not_offered':
      return t(
        `Ne propose pas d’intervenir dans le domaine « ${domainLabel(r.domain, locale)} »`,
        `Does not offer to act in the domain “${domainLabel(r.domain, locale)}”`,
      );
    case 'representative_only':
      if (r.notShared)
        return t(
          'Mandat de représentant des usagers, sans expérience vécue partagée avec les équipes projet (la personne n’a pas donné cet accord) : c’est un rôle distinct de celui de patient partenaire (guide HAS 2.6)',
          "Users' representative mandate, with no lived experience shared with project teams (the person has not given that consent): a role distinct from patient partner (HAS guide 2.6)",
        );
      return t(
        'Mandat de représentant des usagers sans expérience vécue déclarée : c’est un rôle distinct de celui de patient partenaire (guide HAS 2.6)',
        "Users' representative mandate with no lived experience declared: a role distinct from patient partner (HAS guide 2.6)",
      );
  }
}

/** The HAS sentence on proportionate training (3.4, l.584), quoted verbatim. */
export const PROPORTIONALITY_QUOTE =
  'il n’y a pas lieu d’exiger une formation préalable à ceux à qui l’on souhaite offrir l’occasion de s’engager comme patient partenaire';

export function explainNotice(n: NeedNotice, locale: Locale): string {
  const t = tr(locale);
  switch (n.code) {
    case 'training_required':
      return t(
        `Éducation thérapeutique : la réglementation impose la formation ${trainingLabel(n.kind, locale)} (article L. 1161-1 du Code de la santé publique ; guide HAS 3.4, note 23). Les personnes qui ne l’ont pas déclarée sont écartées.`,
        `Therapeutic patient education: regulation requires the ${trainingLabel(n.kind, locale)} training (article L. 1161-1 of the French Public Health Code; HAS guide 3.4, note 23). People who have not declared it are excluded.`,
      );
    case 'training_proportionality': {
      const kinds = list(
        n.kinds.map((k) => trainingLabel(k, locale)),
        locale,
      );
      return t(
        `Formation demandée (${kinds}) : aucune réglementation ne l’exige en dehors de l’éducation thérapeutique, et la HAS rappelle qu’« ${PROPORTIONALITY_QUOTE} » (guide 3.4, principe de proportionnalité). Elle est prise en compte comme une préférence, pas comme un motif d’exclusion.`,
        `Training asked for (${kinds}): no regulation requires it outside therapeutic patient education, and the HAS states that « ${PROPORTIONALITY_QUOTE} » (“no prior training should be required of those offered the chance to engage as patient partners”, guide 3.4, proportionality principle). It counts as a preference, not as a reason to exclude.`,
      );
    }
    case 'count_below_two':
      return t(
        'La HAS recommande de solliciter au moins 2 patients partenaires par projet, pour limiter leur isolement et permettre leur soutien mutuel (guide 3.1).',
        'The HAS recommends involving at least 2 patient partners in each project, to limit their isolation and allow mutual support (guide 3.1).',
      );
  }
}

export function explainNote(n: PartnerNote, locale: Locale): string {
  const t = tr(locale);
  switch (n.code) {
    case 'also_representative':
      return t(
        'Est aussi représentant des usagers : proposé ici pour son expérience vécue, non au titre de ce mandat (guide HAS 2.6)',
        "Also a users' representative: proposed here for lived experience, not under that mandate (HAS guide 2.6)",
      );
    case 'training_unvalidated':
      return t(
        `Formation ${trainingLabel(n.kind, locale)} déclarée, pas encore validée par l’établissement`,
        `${trainingLabel(n.kind, locale)} training declared, not yet validated by the establishment`,
      );
  }
}

export function explainWarning(w: SelectionWarning, locale: Locale): string {
  const t = tr(locale);
  switch (w.code) {
    case 'fewer_than_two':
      return plural(
        w.selected,
        {
          one: t(
            '# patient partenaire sélectionné : la HAS recommande d’en solliciter au moins 2 par projet (guide HAS 3.1 et 4.5).',
            '# patient partner selected: the HAS recommends at least 2 per project (guide 3.1 and 4.5).',
          ),
          other: t(
            '# patients partenaires sélectionnés : la HAS recommande d’en solliciter au moins 2 par projet (guide HAS 3.1 et 4.5).',
            '# patient partners selected: the HAS recommends at least 2 per project (guide 3.1 and 4.5).',
          ),
        },
        locale,
      );
    case 'fewer_than_sought':
      return t(`${w.selected} sélectionnés sur ${w.sought} recherchés.`, `${w.selected} selected of the ${w.sought} sought.`);
  }
}
