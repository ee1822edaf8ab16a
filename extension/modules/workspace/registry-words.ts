/**
 * A registry partner in words, for the coordinator's eyes only (the registry never
 * leaves the extension): the name the registry holds, each consent as « oui / non /
 * non recueilli » with its date — words, never a colour alone — and whether the next
 * publication and the matching form will take the person.
 */
import type { Locale } from '../../../shared/i18n/locale';
import { consentState, projectPartner } from '../../../shared/publish/public-view';
import { describePerson } from '../../../shared/publish/report-messages';
import type { ConsentField, PartnerProfile } from '../../../shared/schemas/partner';
import { REGISTRY_MESSAGES } from '../i18n/registry';

/** The name the registry holds (display name first), else the registry id. */
export function registryName(profile: Pick<PartnerProfile, 'id' | 'name'>): string {
  const n = profile.name;
  return (n && (n.display ?? ([n.given, n.family].filter(Boolean).join(' ') || undefined))) ?? profile.id;
}

/** « Camille Ferrand (pp-001) », or the id alone when the registry holds no name. */
export function registryTitle(profile: Pick<PartnerProfile, 'id' | 'name'>): string {
  const name = registryName(profile);
  return name === profile.id ? name : `${name} (${profile.id})`;
}

/** « oui », « non » or « non recueilli »: one consent at a glance. */
export function consentWord(profile: Pick<PartnerProfile, 'consents'>, field: ConsentField, locale: Locale): string {
  const M = REGISTRY_MESSAGES[locale];
  const state = consentState(profile, field);
  return state.state === 'granted' ? M.yes : state.state === 'not_granted' ? M.no : M.never;
}

/** « donné le 15 janvier 2026 », « refusé ou retiré le 2 avril 2026 », « jamais recueilli (vaut refus) ». */
export function consentText(profile: Pick<PartnerProfile, 'consents'>, field: ConsentField, locale: Locale): string {
  const M = REGISTRY_MESSAGES[locale];
  const state = consentState(profile, field);
  if (state.state === 'absent') return M.stateAbsent;
  return state.state === 'granted' ? M.stateGranted(M.date(state.date)) : M.stateNotGranted(M.date(state.date));
}

/** What the next publication will do with the person, in the publish report's own words. */
export function publishLine(profile: PartnerProfile, locale: Locale): { published: boolean; line: string } {
  const { view, omissions } = projectPartner(profile);
  const name = registryName(profile);
  return {
    published: view !== null,
    line: describePerson(
      { id: profile.id, ...(name !== profile.id ? { registryName: name } : {}), published: view !== null, omissions },
      locale,
    ),
  };
}
