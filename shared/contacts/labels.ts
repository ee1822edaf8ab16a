/**
 * Words for what a card showed, from the card's own labels (a public feed entry carries
 * each id's French and English label): a contact read on another site is named with
 * that site's words, not ours. The heading follows the cards' rule: the consented name,
 * else the role and domains (« Patiente partenaire — recherche »).
 */
import type { Locale } from '../i18n/locale';
import type { ShownPartner } from '../schemas/contact';
import type { Term } from '../schemas/public-feed';
import { roleLabel } from '../vocab/role-labels';

const say = (term: Pick<Term, 'fr' | 'en'>, locale: Locale) => (locale === 'en' ? term.en : term.fr);

/** The first role shown, else the HAS umbrella term in the person's grammatical gender. */
export function shownRole(shown: Pick<ShownPartner, 'roles' | 'gender'>, locale: Locale): string {
  const first = shown.roles[0];
  return first ? say(first, locale) : roleLabel('patient_partenaire', locale, shown.gender);
}

/** « Patiente partenaire — recherche, parcours de soins »: how a person without the name consent is headed. */
export function shownRoleOnlyTitle(shown: Pick<ShownPartner, 'roles' | 'gender' | 'domains'>, locale: Locale): string {
  const role = shownRole(shown, locale);
  if (!shown.domains.length) return role;
  const domains = shown.domains.map((d) => (d.short ? say(d.short, locale) : say(d, locale)));
  return `${role} — ${domains.join(', ')}`;
}

/** The card's heading: the consented name, else the role-only title. */
export function shownTitle(shown: Pick<ShownPartner, 'name' | 'roles' | 'gender' | 'domains'>, locale: Locale): string {
  return shown.name ?? shownRoleOnlyTitle(shown, locale);
}

/** « Marseille · Bouches-du-Rhône (13) · à distance possible ». */
export function shownTerritory(shown: Pick<ShownPartner, 'territory'>, locale: Locale): string {
  const { departement, commune, remote } = shown.territory;
  const name = say(departement, locale);
  const parts = [commune, name === departement.id ? name : `${name} (${departement.id})`].filter(Boolean);
  if (remote) parts.push(locale === 'en' ? 'remote possible' : 'à distance possible');
  return parts.join(' · ');
}
