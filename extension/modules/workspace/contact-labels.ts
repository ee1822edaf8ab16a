/** How a contact is named in the extension's lists: exactly as its card headed it (the consented name, else the role), with the card's own words. */
import { shownRole, shownTerritory, shownTitle } from '../../../shared/contacts/labels';
import type { Locale } from '../../../shared/i18n/locale';
import type { SavedContact } from '../../../shared/schemas/contact';

export { shownTitle } from '../../../shared/contacts/labels';

export function contactTitle(contact: SavedContact, locale: Locale): string {
  return shownTitle(contact.shown, locale);
}

/** « Patiente partenaire · Drôme (26) · CH de Valmont »: who, where, through whom. */
export function contactFacts(contact: SavedContact, locale: Locale): string {
  const { shown } = contact;
  const roles = shown.name ? [shownRole(shown, locale)] : [];
  return [...roles, shownTerritory(shown, locale), contact.source.establishment?.name].filter(Boolean).join(' · ');
}
