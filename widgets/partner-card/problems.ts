/**
 * What the partner widgets say when something went wrong, in French and English, and
 * the developer's warning about a refused registry: a chunk of its own, downloaded only
 * when there is a problem to say (messages.ts, problemWords). Pages that show their
 * partners never load it.
 */
import type { Locale } from '../../shared/i18n/locale';
import type { Refusal } from '../../shared/partners/feed-read';
import type { FetchJsonResult } from '../internal/fetch-json';

export interface ProblemWords {
  missingPartnerId: string;
  missingData: string;
  invalidPartner: (detail: string) => string;
  invalidFeed: (detail: string) => string;
  /** A registry, a v1 file or anything that is not a public feed v2: nothing of it is shown. */
  refused: string;
  /** One feed among several could not be shown: `label` names it (its URL as written). */
  failedFeed: (label: string, why: string) => string;
  /** How a feed given as a property (not by URL) is named. */
  givenFeed: (index: number) => string;
  /** The `feeds` property is not a list. */
  notAList: string;
  unreachable: (reason: Exclude<FetchJsonResult, { ok: true }>['reason']) => string;
}

/** The command that turns a registry into a public feed (docs/widgets/partner-card.md, « Publier l'annuaire »). */
export const PUBLISH_COMMAND = 'npx binome publish registre.json -o partenaires.json';

/** The developer's warning when a registry or a v1 file is given to a widget: nothing is shown, here is the fix. */
export function refusalWarning(label: string, refusal: Refusal): string {
  const why = refusal.reason === 'registry' ? `clé « ${refusal.key} » d'un registre privé` : 'pas de « schemaVersion »: 2';
  return `« ${label} » n'est pas un annuaire public v2 (${why}) : rien n'en est affiché. Publiez le registre : ${PUBLISH_COMMAND} (docs/widgets/partner-card.md).`;
}

export const PROBLEMS: Record<Locale, ProblemWords> = {
  fr: {
    missingPartnerId: "Profil introuvable : l'attribut partner-id est manquant.",
    missingData: 'Aucune donnée : indiquez la propriété partner ou les attributs src et partner-id.',
    invalidPartner: (detail) => `Ce profil ne peut pas être affiché : ${detail}`,
    invalidFeed: (detail) => `La liste des patients partenaires ne peut pas être affichée : ${detail}`,
    refused:
      "Ces données ne peuvent pas être affichées : ce n'est pas un annuaire public de patients partenaires (format 2). Rien n'en est montré.",
    failedFeed: (label, why) => `Annuaire « ${label} » non affiché : ${why}`,
    givenFeed: (index) => `n° ${index + 1}`,
    notAList: 'liste de flux attendue',
    unreachable: (reason) =>
      ({
        network: 'La liste des patients partenaires est inaccessible pour le moment. Merci de réessayer plus tard.',
        timeout: 'La liste des patients partenaires met trop de temps à répondre. Merci de réessayer plus tard.',
        'too-large': 'La liste des patients partenaires est trop volumineuse pour être affichée.',
        status: 'La liste des patients partenaires est introuvable à cette adresse.',
        json: "La liste des patients partenaires n'est pas un fichier JSON lisible.",
      })[reason],
  },
  en: {
    missingPartnerId: 'Profile not found: the partner-id attribute is missing.',
    missingData: 'No data: set the partner property or the src and partner-id attributes.',
    invalidPartner: (detail) => `This profile cannot be shown: ${detail}`,
    invalidFeed: (detail) => `The list of patient partners cannot be shown: ${detail}`,
    refused: 'This data cannot be shown: it is not a public directory of patient partners (format 2). Nothing of it is shown.',
    failedFeed: (label, why) => `Directory "${label}" not shown: ${why}`,
    givenFeed: (index) => `#${index + 1}`,
    notAList: 'expected a list of feeds',
    unreachable: (reason) =>
      ({
        network: 'The list of patient partners cannot be reached right now. Please try again later.',
        timeout: 'The list of patient partners is taking too long to answer. Please try again later.',
        'too-large': 'The list of patient partners is too large to be shown.',
        status: 'The list of patient partners was not found at this address.',
        json: 'The list of patient partners is not a readable JSON file.',
      })[reason],
  },
};
