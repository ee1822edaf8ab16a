/**
 * The engine's results in words, French and English: one sentence per
 * criterion, per exclusion reason, per notice and per selection warning.
 * Built on demand (only for what is displayed), never during the ranking.
 * Sentences avoid gendered forms so that they fit every partner.
 *
 * Every rule or score shown says where it comes from (issue 15): the law
 * (Code de la santé publique), a section of the HAS guide, the
 * establishment's own rule, or Binôme's choice. The HAS gives examples and
 * recommendations, not a score: nothing here presents Binôme's weights or
 * rules as the HAS's.
 */
import { plural } from '../i18n/format';
import { type Locale, localized } from '../i18n/locale';
import { AVAILABILITY_SLOTS, COMMITMENTS } from '../schemas/common';
import { domainById } from '../vocab/domains';
import { healthThemeLabel } from '../vocab/health-themes';
import { offerLabel } from '../vocab/statuses';
import { trainingKindById } from '../vocab/trainings';
import { CRITERIA, type CriterionResult, WEIGHTS } from './criteria';
import { ETP_MIN_HOURS } from './etp';
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

/** The legal basis of the 40 h ETP requirement, as note 23 of the guide gives it (3.4, l.588). */
function etpLaw(locale: Locale): string {
  const basis = trainingKindById('etp_40h')?.legalBasis;
  const law = basis ? localized(basis, locale) : '';
  return locale === 'en' ? `${law}; HAS guide 3.4, note 23` : `${law} ; guide HAS 3.4, note 23`;
}

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
      // The person's own limit (not slots left): « ne pas sursolliciter » (annex 4, l.1255).
      return d.max !== undefined
        ? t(`${active} (${d.max} au plus, selon son souhait)`, `${active} (${d.max} at most, as the person wishes)`)
        : active;
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
      // Outside ETP « c'est la qualité d'usager qui prime plutôt qu'une formation » (3.4, l.570): no points.
      const tail = t(
        ' — hors du score : elle départage seulement des personnes à égalité (guide HAS 3.4 : la qualité d’usager prime plutôt qu’une formation)',
        ' — not part of the score: it only breaks ties (HAS guide 3.4: being a user of care matters more than a training)',
      );
      if (d.missing.length === 0) return t(`Formation déclarée (${held})${tail}`, `Training declared (${held})${tail}`);
      if (d.held.length === 0)
        return t(
          `Formation non déclarée (${missing}) : ce n’est pas un motif d’exclusion${tail}`,
          `Training not declared (${missing}): not a reason to exclude${tail}`,
        );
      return t(
        `Formation déclarée (${held}), non déclarée (${missing})${tail}`,
        `Training declared (${held}), not declared (${missing})${tail}`,
      );
    }
  }
}

/** Why a partner is listed apart, and where the rule comes from. */
export function explainExclusion(r: ExclusionReason, locale: Locale): string {
  const t = tr(locale);
  switch (r.code) {
    case 'manager':
      // « gestionnaire de l'établissement ou du service de santé » (3.3, l.537): an example the guide cites, not a ban.
      return t(
        'Gestionnaire de l’établissement ou du service (direction ou encadrement) : écarté par une règle de l’établissement, appliquée par défaut, qui reprend l’exemple de critère d’exclusion cité par le guide HAS (3.3)',
        'Manager of the establishment or service (senior or middle management): excluded by an establishment rule, on by default, which takes up the example of an exclusion criterion cited by the HAS guide (3.3)',
      );
    case 'training_required': {
      const law = etpLaw(locale);
      if (r.kind === 'etp_40h') {
        const why =
          r.hours !== undefined
            ? t(
                `la plus longue formation en éducation thérapeutique déclarée compte ${r.hours} h, moins que les ${ETP_MIN_HOURS} h exigées par la réglementation`,
                `the longest therapeutic education training declared lasts ${r.hours} h, less than the ${ETP_MIN_HOURS} h required by regulation`,
              )
            : r.undocumented
              ? t(
                  `une formation en éducation thérapeutique est déclarée sans son nombre d’heures : rien ne dit qu’elle couvre les ${ETP_MIN_HOURS} h exigées par la réglementation`,
                  `a therapeutic education training is declared without its number of hours: nothing says it covers the ${ETP_MIN_HOURS} h required by regulation`,
                )
              : t(
                  `aucune formation déclarée ne documente les ${ETP_MIN_HOURS} h d’éducation thérapeutique exigées par la réglementation (formation ETP 40 h, ou DU, DIU… en éducation thérapeutique d’au moins ${ETP_MIN_HOURS} h)`,
                  `no training declared documents the ${ETP_MIN_HOURS} h of therapeutic education required by regulation (TPE 40 h course, or a DU, DIU… in therapeutic education of at least ${ETP_MIN_HOURS} h)`,
                );
        return t(`Mission d’éducation thérapeutique : ${why} (${law})`, `Therapeutic patient education mission: ${why} (${law})`);
      }
      const name = trainingLabel(r.kind, locale);
      return r.hours !== undefined
        ? t(`Formation ${name} incomplète (${r.hours} h déclarées)`, `${name} training incomplete (${r.hours} h declared)`)
        : t(`Formation ${name} non déclarée`, `${name} training not declared`);
    }
    case 'no_capacity':
      return t(
        `A atteint le nombre de missions que la personne accepte (${r.active} sur ${r.max}) : règle de Binôme, pour ne pas sursolliciter (guide HAS, annexe 4)`,
        `Has reached the number of missions the person accepts (${r.active} of ${r.max}): Binôme’s rule, so as not to over-solicit (HAS guide, annex 4)`,
      );
    case 'domain_not_offered':
      return t(
        `Ne propose pas d’intervenir dans le domaine « ${domainLabel(r.domain, locale)} » (règle de Binôme : les domaines que la personne a indiqués)`,
        `Does not offer to act in the domain “${domainLabel(r.domain, locale)}” (Binôme’s rule: the domains the person gave)`,
      );
    case 'representative_only':
      if (r.notShared)
        return t(
          'Mandat de représentant des usagers, sans expérience vécue partagée avec les équipes projet (la personne n’a pas donné cet accord) : c’est un rôle distinct de celui de patient partenaire (guide HAS 2.6) ; l’écarter est une règle de Binôme',
          "Users' representative mandate, with no lived experience shared with project teams (the person has not given that consent): a role distinct from patient partner (HAS guide 2.6); excluding it is Binôme’s rule",
        );
      return t(
        'Mandat de représentant des usagers sans expérience vécue déclarée : c’est un rôle distinct de celui de patient partenaire (guide HAS 2.6) ; l’écarter est une règle de Binôme',
        "Users' representative mandate with no lived experience declared: a role distinct from patient partner (HAS guide 2.6); excluding it is Binôme’s rule",
      );
  }
}

/**
 * How Binôme's score is computed, with the weights in use: shown with the results so that no
 * one reads it as the HAS's (the guide names the criteria, 3.3; the weights are Binôme's).
 */
export function explainScore(locale: Locale): string {
  const t = tr(locale);
  const weights = list(
    CRITERIA.filter((id) => WEIGHTS[id] > 0).map((id) => `${criterionName(id, locale).toLowerCase()} ${WEIGHTS[id]}`),
    locale,
  );
  return t(
    `Le score de correspondance est calculé par Binôme, pas par la HAS : moyenne pondérée, sur 100, des critères que le besoin utilise (${weights} ; une information non précisée compte pour moitié). Les critères suivent le guide HAS (3.3 : l’expérience de la personne, ses habiletés et aptitudes, sa disponibilité) ; les poids sont un choix de Binôme. Une formation demandée en dehors de l’éducation thérapeutique ne donne pas de points (guide 3.4). Les personnes sans expérience vécue déclarée sont proposées après les autres (guide 3.3, choix de Binôme).`,
    `The match score is computed by Binôme, not by the HAS: a weighted mean, out of 100, of the criteria the need uses (${weights}; information not given counts half). The criteria follow the HAS guide (3.3: the person's experience, abilities and aptitudes, availability); the weights are Binôme's choice. A training asked for outside therapeutic patient education gives no points (guide 3.4). People who declare no lived experience come after the others (guide 3.3, Binôme's choice).`,
  );
}

/** The HAS sentence on proportionate training (3.4, l.584), quoted verbatim. */
export const PROPORTIONALITY_QUOTE =
  'il n’y a pas lieu d’exiger une formation préalable à ceux à qui l’on souhaite offrir l’occasion de s’engager comme patient partenaire';

export function explainNotice(n: NeedNotice, locale: Locale): string {
  const t = tr(locale);
  switch (n.code) {
    case 'training_required':
      return t(
        `Éducation thérapeutique : la réglementation impose une formation d’au moins ${ETP_MIN_HOURS} h (${etpLaw(locale)}). Toute formation déclarée qui en documente au moins ${ETP_MIN_HOURS} h la remplit : la formation ETP 40 h, ou un DU, un DIU… en éducation thérapeutique. Les personnes qui n’en déclarent aucune sont écartées.`,
        `Therapeutic patient education: regulation requires at least ${ETP_MIN_HOURS} h of training (${etpLaw(locale)}). Any training declared that documents at least ${ETP_MIN_HOURS} h meets it: the TPE 40 h course, or a DU, DIU… in therapeutic education. People who declare none are excluded.`,
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
    case 'etp_training': {
      const law = etpLaw(locale);
      if (n.kind === 'etp_40h' && n.hours === ETP_MIN_HOURS)
        return t(
          `Formation ETP 40 h déclarée : l’exigence réglementaire des ${ETP_MIN_HOURS} h est remplie (${law})`,
          `TPE 40 h training declared: the ${ETP_MIN_HOURS}-hour regulatory requirement is met (${law})`,
        );
      const kind = trainingLabel(n.kind, locale);
      return t(
        `Formation en éducation thérapeutique de ${n.hours} h déclarée (${kind}) : elle couvre les ${ETP_MIN_HOURS} h exigées par la réglementation (${law})`,
        `${n.hours}-hour therapeutic education training declared (${kind}): it covers the ${ETP_MIN_HOURS} h required by regulation (${law})`,
      );
    }
    case 'no_lived_experience':
      // « soigneusement identifiés en fonction de leur expérience de la vie avec la maladie » (3.3, l.533).
      return t(
        'Aucune expérience vécue déclarée : le guide HAS demande de choisir les patients partenaires « en fonction de leur expérience de la vie avec la maladie » (3.3) ; proposé après les personnes qui en déclarent une (choix de Binôme)',
        'No lived experience declared: the HAS guide asks to choose patient partners “according to their experience of living with the illness” (3.3); proposed after the people who declare some (Binôme’s choice)',
      );
    case 'manager_not_excluded':
      return t(
        'Gestionnaire de l’établissement ou du service : l’établissement a choisi de ne pas appliquer le critère d’exclusion que le guide HAS cite en exemple (3.3)',
        'Manager of the establishment or service: the establishment chose not to apply the exclusion criterion the HAS guide cites as an example (3.3)',
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
