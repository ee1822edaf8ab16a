/**
 * Words for a public partner view, in French (agreeing with the person's
 * grammatical gender) or English. Shared by the widgets and the extension so
 * that a partner is named the same way everywhere.
 */
import type { PluralForms } from '../i18n/format';
import { intlTag, type Locale, localized } from '../i18n/locale';
import type { PublicPartner, PublicTraining } from '../publish/public-view';
import { AVAILABILITY_SLOTS, COMMITMENTS } from '../schemas/common';
import { DOMAIN_LABELS, type DomainId, isDomainId, isMissionId, type MissionId } from '../vocab/domain-labels';
import { healthThemeLabel } from '../vocab/health-themes';
import { MISSION_LABELS_FR } from '../vocab/mission-labels';
import { roleLabel } from '../vocab/role-labels';
import { statusLabel } from '../vocab/status-labels';
import { isTrainingKind, TRAINING_KIND_NAMES } from '../vocab/training-labels';
import { departementLabel } from './departements';

/** Short domain names, for tags and the role-only heading (« Patiente partenaire — recherche »). */
const DOMAIN_SHORT: Record<DomainId, { fr: string; en: string }> = {
  parcours_soins: { fr: 'parcours de soins', en: 'care pathways' },
  offre_soins: { fr: "adaptation de l'offre de soins", en: 'adapting the care offer' },
  formation_enseignement: { fr: 'formation et enseignement', en: 'training and teaching' },
  recherche: { fr: 'recherche', en: 'research' },
};

/** « recherche » / "research"; the full HAS label for unknown ids. */
export function domainShortLabel(id: string, locale: Locale): string {
  const short = DOMAIN_SHORT[id as DomainId];
  if (short) return localized(short, locale);
  return domainLabel(id, locale);
}

/** The HAS label of a domain (« Parcours de soins des personnes »). */
export function domainLabel(id: string, locale: Locale): string {
  return isDomainId(id) ? localized(DOMAIN_LABELS[id], locale) : id;
}

let missionsEn: Readonly<Record<MissionId, string>> | undefined;
let missionsEnLoading: Promise<void> | undefined;

/**
 * Fetches what English labels need beyond this module (the missions' English
 * names, vocab/mission-labels-en.ts): English pages await it before rendering.
 * Until then, missionLabel gives the French name, as `localized` does for a
 * missing translation. A failed fetch is retried next time.
 */
export function loadPartnerLabels(locale: Locale): Promise<void> {
  if (locale === 'fr' || missionsEn) return Promise.resolve();
  missionsEnLoading ??= import('../vocab/mission-labels-en').then(
    (m) => {
      missionsEn = m.MISSION_LABELS_EN;
    },
    (error: unknown) => {
      missionsEnLoading = undefined;
      throw error;
    },
  );
  return missionsEnLoading;
}

/** The HAS name of a mission (English once loadPartnerLabels('en') is done); the id itself if unknown. */
export function missionLabel(id: string, locale: Locale): string {
  if (!isMissionId(id)) return id;
  return (locale === 'en' && missionsEn?.[id]) || MISSION_LABELS_FR[id];
}

/** Validated roles, in the person's grammatical gender (« Patiente partenaire », « Patiente formatrice »). */
export function roleLabels(view: Pick<PublicPartner, 'roles' | 'gender'>, locale: Locale): string[] {
  return view.roles.map((role) => roleLabel(role, locale, view.gender));
}

/**
 * The main role: the first validated one, else the HAS umbrella term « patient
 * partenaire » (the establishment publishes the person as such; no specific
 * title is claimed without validation).
 */
export function primaryRoleLabel(view: Pick<PublicPartner, 'roles' | 'gender'>, locale: Locale): string {
  return roleLabel(view.roles[0] ?? 'patient_partenaire', locale, view.gender);
}

/** « Patiente partenaire — recherche, parcours de soins »: how a person without the name consent is headed. */
export function roleOnlyTitle(view: Pick<PublicPartner, 'roles' | 'gender' | 'domains'>, locale: Locale): string {
  const role = primaryRoleLabel(view, locale);
  if (view.domains.length === 0) return role;
  return `${role} — ${view.domains.map((d) => domainShortLabel(d, locale)).join(', ')}`;
}

/** The card's heading: the consented name, else the role-only title. */
export function partnerTitle(view: Pick<PublicPartner, 'name' | 'roles' | 'gender' | 'domains'>, locale: Locale): string {
  return view.name ?? roleOnlyTitle(view, locale);
}

/** The photo's text alternative: the partner's own, else a neutral one that names nobody. */
export function photoAlt(view: Pick<PublicPartner, 'photo' | 'name' | 'roles' | 'gender'>, locale: Locale): string {
  if (view.photo?.alt) return view.photo.alt;
  if (view.name) return locale === 'en' ? `Portrait of ${view.name}` : `Portrait de ${view.name}`;
  const role = primaryRoleLabel(view, locale).toLocaleLowerCase(intlTag(locale));
  if (locale === 'en') return `Portrait of a ${role}`;
  if (view.gender === 'f') return `Portrait d'une ${role}`;
  return view.gender === 'x' ? `Portrait d'un·e ${role}` : `Portrait d'un ${role}`;
}

export function statusLabels(view: Pick<PublicPartner, 'statuses' | 'gender'>, locale: Locale): string[] {
  return view.statuses.map((s) => statusLabel(s, locale, view.gender));
}

/** « Bouches-du-Rhône (13) · Marseille · à distance possible ». */
export function territoryLabel(view: Pick<PublicPartner, 'territory'>, locale: Locale): string {
  const { departement, commune, remote } = view.territory;
  const parts = [commune, departementLabel(departement)].filter(Boolean);
  if (remote) parts.push(locale === 'en' ? 'remote possible' : 'à distance possible');
  return parts.join(' · ');
}

const languageNames = new Map<Locale, Intl.DisplayNames | null>();

/** « anglais » for "en" in French; the tag itself when Intl does not know it. */
export function languageName(tag: string, locale: Locale): string {
  if (!languageNames.has(locale)) {
    try {
      languageNames.set(locale, new Intl.DisplayNames([intlTag(locale)], { type: 'language' }));
    } catch {
      languageNames.set(locale, null);
    }
  }
  try {
    return languageNames.get(locale)?.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** « ETP 40 h — Formation de base… (UTEP du CH…, 2022) »: a training always shows its issuer. */
export function trainingLabel(training: PublicTraining, locale: Locale): string {
  const kind = isTrainingKind(training.kind) ? TRAINING_KIND_NAMES[training.kind] : undefined;
  const short = kind ? localized(kind.short, locale) : training.kind;
  // « DU Démocratie en santé » already says it is a DU.
  const label = training.label;
  const title = !label ? short : label.toLowerCase().startsWith(short.toLowerCase()) ? label : `${short} — ${label}`;
  // « ETP 40 h » already says its duration.
  const hours = training.hours && training.hours !== kind?.hours ? `${training.hours} h` : '';
  const details = [training.issuer, training.year ? String(training.year) : '', hours].filter(Boolean).join(', ');
  return `${title} (${details})`;
}

/** « Mandatée par Diabète Entraide Sud » / « Membre de … » / « Mandatée par une association ». */
export function associationLabel(view: Pick<PublicPartner, 'association' | 'gender'>, locale: Locale): string | undefined {
  const association = view.association;
  if (!association) return undefined;
  const f = view.gender === 'f';
  if (locale === 'en') {
    if (association.mandated) return `Mandated by ${association.name ?? 'an association'}`;
    return association.name ? `Member of ${association.name}` : undefined;
  }
  if (association.mandated) {
    const mandated = f ? 'Mandatée' : view.gender === 'x' ? 'Mandaté·e' : 'Mandaté';
    return `${mandated} par ${association.name ?? 'une association'}`;
  }
  return association.name ? `Membre de l'association ${association.name}` : undefined;
}

export function themeLabels(view: Pick<PublicPartner, 'experience'>, locale: Locale): string[] {
  return view.experience?.themes.map((t) => healthThemeLabel(t, locale)) ?? [];
}

export function slotLabels(view: Pick<PublicPartner, 'availability'>, locale: Locale): string[] {
  return view.availability.slots.map((id) => {
    const slot = AVAILABILITY_SLOTS.find((s) => s.id === id);
    return slot ? localized(slot.label, locale) : id;
  });
}

export function commitmentLabels(view: Pick<PublicPartner, 'availability'>, locale: Locale): string[] {
  return view.availability.commitment.map((id) => {
    const commitment = COMMITMENTS.find((c) => c.id === id);
    return commitment ? localized(commitment.label, locale) : id;
  });
}

const intlCache = new Map<Locale, { rules: Intl.PluralRules; numbers: Intl.NumberFormat }>();

/**
 * shared/i18n `plural` with its Intl objects kept: the load label is built for
 * every card of a 1 000-person directory, and `plural` creates an
 * Intl.NumberFormat at each call (about 60 ms per directory render, measured by
 * bench/20-partners.bench.mjs).
 */
function pluralFast(count: number, forms: PluralForms, locale: Locale): string {
  let intl = intlCache.get(locale);
  if (!intl) {
    intl = { rules: new Intl.PluralRules(intlTag(locale)), numbers: new Intl.NumberFormat(intlTag(locale)) };
    intlCache.set(locale, intl);
  }
  const form = forms[intl.rules.select(count) as keyof PluralForms] ?? forms.other;
  return form.replace(/#/g, intl.numbers.format(count));
}

/**
 * The current load, in words (never by colour alone): « 2 missions en cours
 * sur 3 au plus — peut en accepter une autre » / « Complet pour le moment ».
 */
export function loadLabel(view: Pick<PublicPartner, 'load' | 'gender'>, locale: Locale): string {
  const { activeMissions, maxMissions, hasCapacity } = view.load;
  const en = locale === 'en';
  if (maxMissions === 0) return en ? 'Not taking new missions for now' : 'Ne prend pas de nouvelle mission pour le moment';
  const count =
    activeMissions === 0
      ? en
        ? 'No mission under way'
        : 'Aucune mission en cours'
      : pluralFast(
          activeMissions,
          en
            ? { one: '# mission under way', other: '# missions under way' }
            : { one: '# mission en cours', other: '# missions en cours' },
          locale,
        );
  const bound = maxMissions === undefined ? '' : en ? ` (at most ${maxMissions})` : ` (${maxMissions} au plus)`;
  const capacity = hasCapacity
    ? en
      ? 'can take on another'
      : 'peut en accepter une autre'
    : en
      ? 'fully engaged for now'
      : 'complet pour le moment';
  return `${count}${bound} — ${capacity}`;
}
