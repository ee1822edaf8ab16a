/** How a contact is named in the extension's lists: exactly as its card headed it (the consented name, else the role). */
import type { Locale } from '../../../shared/i18n/locale';
import { partnerTitle, roleLabels, territoryLabel } from '../../../shared/partners/labels';
import type { SavedContact, ShownPartner } from '../../../shared/schemas/contact';

export function shownTitle(shown: ShownPartner, locale: Locale): string {
  return partnerTitle(shown, locale);
}

export function contactTitle(contact: SavedContact, locale: Locale): string {
  return shownTitle(contact.shown, locale);
}

/** « Patiente partenaire · Drôme (26) · CH de Valmont »: who, where, through whom. */
export function contactFacts(contact: SavedContact, locale: Locale): string {
  const { shown } = contact;
  const roles = shown.name ? roleLabels(shown, locale).slice(0, 1) : [];
  return [...roles, territoryLabel(shown, locale), contact.source.establishment?.name].filter(Boolean).join(' · ');
}
