import { plural } from '../../shared/i18n/format';
import type { Locale } from '../../shared/i18n/locale';

/** Words of the directory's own controls (the cards' words are in partner-card/messages.ts). */
export interface ListMessages {
  filters: string;
  search: string;
  searchHint: string;
  domain: string;
  allDomains: string;
  mission: string;
  allMissions: string;
  territory: string;
  allTerritories: string;
  availableOnly: string;
  reset: string;
  shown: (shown: number, total: number) => string;
  empty: string;
  rejected: (count: number) => string;
  directory: string;
}

const fr: ListMessages = {
  filters: 'Filtrer les patients partenaires',
  search: 'Rechercher',
  searchHint: 'Nom, thème, commune, formation… (accents et majuscules indifférents)',
  domain: 'Domaine',
  allDomains: 'Tous les domaines',
  mission: 'Mission',
  allMissions: 'Toutes les missions',
  territory: 'Territoire',
  allTerritories: 'Tous les territoires',
  availableOnly: 'Seulement les personnes disponibles pour une nouvelle mission',
  reset: 'Réinitialiser les filtres',
  shown: (shown, total) =>
    shown === total
      ? plural(total, { one: '# patient partenaire affiché', other: '# patients partenaires affichés' }, 'fr')
      : `${plural(shown, { one: '# patient partenaire affiché', other: '# patients partenaires affichés' }, 'fr')} sur ${total}`,
  empty: 'Aucun patient partenaire ne correspond à ces critères.',
  rejected: (count) =>
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

const en: ListMessages = {
  filters: 'Filter patient partners',
  search: 'Search',
  searchHint: 'Name, theme, town, training… (accents and case ignored)',
  domain: 'Domain',
  allDomains: 'All domains',
  mission: 'Mission',
  allMissions: 'All missions',
  territory: 'Area',
  allTerritories: 'All areas',
  availableOnly: 'Only people available for a new mission',
  reset: 'Reset filters',
  shown: (shown, total) =>
    shown === total
      ? plural(total, { one: '# patient partner shown', other: '# patient partners shown' }, 'en')
      : `${shown} of ${plural(total, { one: '# patient partner shown', other: '# patient partners shown' }, 'en')}`,
  empty: 'No patient partner matches these criteria.',
  rejected: (count) =>
    plural(
      count,
      {
        one: '# profile could not be shown: its data is invalid.',
        other: '# profiles could not be shown: their data is invalid.',
      },
      'en',
    ),
  directory: 'Directory of patient partners',
};

export const listMessages: Record<Locale, ListMessages> = { fr, en };
