/**
 * French words of a search's results (`mode="need"`): loaded with the engine
 * (need-engine.ts), since nothing shows them before the owner searches.
 * English: messages-en.ts.
 */
import { plural } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';
import { englishMessages } from './english';

const fr = {
  results: 'Patients partenaires proposés',
  summary: (ranked: number, excluded: number) =>
    `${plural(ranked, { one: '# patient partenaire proposé', other: '# patients partenaires proposés' }, 'fr')}, ${plural(excluded, { one: '# écarté', other: '# écartés' }, 'fr')}.`,
  notConsidered: (n: number) =>
    plural(
      n,
      {
        one: '# profil n’a pas été pris en compte : sans consentement à la mise en relation.',
        other: '# profils n’ont pas été pris en compte : sans consentement à la mise en relation.',
      },
      'fr',
    ),
  principles:
    'Les patients partenaires sont proposés pour leurs savoirs expérientiels, non comme représentants d’une association (guide HAS 3.3). La mise en relation se fait par l’établissement, au sein des équipes : aucune coordonnée ni aucun tarif n’est affiché.',
  noResult: 'Aucun patient partenaire ne correspond à toutes les règles pour ce besoin.',
  // Binôme's score, not the HAS's (issue 15): the method is said under the results (explainScore).
  score: (n: number) => `Score de correspondance Binôme : ${n} sur 100`,
  anonymous: (id: string) => `Profil sans nom publié (réf. ${id})`,
  reference: (id: string) => `Réf. ${id}`,
  met: 'Critère rempli',
  partial: 'Critère en partie rempli',
  unmet: 'Critère non rempli',
  unknown: 'Information non précisée',
  notShared: 'Information non partagée par la personne',
  select: (who: string) => `Sélectionner ${who}`,
  showMore: (n: number) => plural(n, { one: 'Afficher # profil de plus', other: 'Afficher # profils de plus' }, 'fr'),
  // Each reason names its own source (law, guide, establishment, Binôme): the rules are not all the HAS's.
  excluded: (n: number) =>
    plural(
      n,
      {
        one: '# profil écarté, avec la raison et la source de la règle',
        other: '# profils écartés, avec la raison et la source de chaque règle',
      },
      'fr',
    ),
  selection: 'Votre sélection',
  selectedCount: (n: number) =>
    plural(n, { one: '# patient partenaire sélectionné.', other: '# patients partenaires sélectionnés.' }, 'fr'),
  propose: 'Proposer la sélection',
  proposed: (n: number) =>
    `${plural(n, { one: 'Sélection transmise (# personne)', other: 'Sélection transmise (# personnes)' }, 'fr')} : l’établissement prend contact avec elles.`,
};

export type ResultsMessages = typeof fr;

export function resultsMessagesFor(locale: Locale): ResultsMessages {
  return englishMessages(locale) ?? fr;
}
