/** English words of the directory (loaded by English pages only, see messages.ts). */
import { pluralWords as plural } from '../../shared/partners/labels';
import type { ListMessages } from './messages';

export const en: ListMessages = {
  filters: 'Filter patient partners',
  search: 'Search',
  searchHint: 'Name, theme, town, training… (accents and case ignored)',
  domain: 'Domain',
  allDomains: 'All domains',
  mission: 'Mission',
  allMissions: 'All missions',
  territory: 'Area',
  allTerritories: 'All areas',
  availableOnly: 'Hide people not to be asked for more for now',
  establishment: 'Establishment',
  allEstablishments: 'All establishments',
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
