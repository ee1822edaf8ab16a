import type { Locale } from '../../shared/i18n/locale';
import { pluralWords as plural } from '../../shared/partners/labels';
import { lazy } from '../internal/lazy';
import { loadCardMessages } from '../partner-card/messages';

/** Words of the directory's own controls, French here, English in messages-en.ts (the cards' words are in partner-card/messages.ts). */
const fr = {
  filters: 'Filtrer les patients partenaires',
  search: 'Rechercher',
  searchHint: 'Nom, thème, commune, formation… (accents et majuscules indifférents)',
  domain: 'Domaine',
  allDomains: 'Tous les domaines',
  mission: 'Mission',
  allMissions: 'Toutes les missions',
  territory: 'Territoire',
  allTerritories: 'Tous les territoires',
  availableOnly: 'Masquer les personnes à ne pas solliciter davantage pour le moment',
  establishment: 'Établissement',
  allEstablishments: 'Tous les établissements',
  reset: 'Réinitialiser les filtres',
  shown: (shown: number, total: number) =>
    shown === total
      ? plural(total, { one: '# patient partenaire affiché', other: '# patients partenaires affichés' }, 'fr')
      : `${plural(shown, { one: '# patient partenaire affiché', other: '# patients partenaires affichés' }, 'fr')} sur ${total}`,
  empty: 'Aucun patient partenaire ne correspond à ces critères.',
  rejected: (count: number) =>
    plural(
      count,
      {
        one: "# profil n'a pas pu être affiché : ses données sont invalides.",
        other: "# profils n'ont pas pu être affichés : leurs données sont invalides.",
      },
      'fr',
    ),
  directory: 'Annuaire des patients partenaires',
};

export type ListMessages = typeof fr;

/** The directory's one English module, fetched with the cards' English words. */
const english = lazy(() => Promise.all([import('./messages-en'), loadCardMessages('en')]).then(([m]) => m.en));

/** The words of `locale`: English once loaded (loadListMessages), French otherwise. */
export function listMessagesFor(locale: Locale): ListMessages {
  return (locale === 'en' && english.value) || fr;
}

/** Fetches the English words when an element needs them (with the card's); a failed fetch is retried next time. */
export function loadListMessages(locale: Locale): Promise<unknown> {
  return locale === 'fr' ? Promise.resolve() : english();
}
