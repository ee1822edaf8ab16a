/**
 * Ids and names of the statuses under which a patient partner acts: what a
 * schema checks and what a card shows. The descriptions, and the offers a
 * project makes, are in statuses.ts (which re-exports this module); a widget
 * that only names statuses imports this one, as role-labels.ts does for roles.
 */
import { genderedLabel } from '../i18n/gender';
import type { Gender, GenderedText, Locale } from '../i18n/locale';

/** The ids, in the list's order (literal, so that a schema checking them does not carry the texts). */
export const STATUS_IDS = ['benevole', 'salarie', 'prestataire', 'vacataire'] as const;
export type StatusId = (typeof STATUS_IDS)[number];

/** Names, agreeing with the person's grammatical gender in French (the descriptions stay in STATUSES). */
export const STATUS_LABELS: Readonly<Record<StatusId, GenderedText>> = {
  benevole: { fr: { m: 'Bénévole', f: 'Bénévole', x: 'Bénévole' }, en: 'Volunteer' },
  salarie: { fr: { m: 'Salarié', f: 'Salariée', x: 'Salariée ou salarié' }, en: 'Employee' },
  prestataire: { fr: { m: 'Prestataire', f: 'Prestataire', x: 'Prestataire' }, en: 'Contractor' },
  vacataire: { fr: { m: 'Vacataire', f: 'Vacataire', x: 'Vacataire' }, en: 'Sessional worker' },
};

export function isStatusId(value: unknown): value is StatusId {
  return typeof value === 'string' && (STATUS_IDS as readonly string[]).includes(value);
}

export function statusLabel(id: string, locale: Locale, gender?: Gender | null): string {
  return isStatusId(id) ? genderedLabel(STATUS_LABELS[id], locale, gender) : id;
}
