/**
 * The popup's filter over the people a page shows: every word typed must appear in what
 * the list says of a person (title, role, territory, domains), accents, case and
 * apostrophes aside — « drome diabete » finds « Drôme (26) » with « Diabète ». Word by
 * word rather than one phrase, because the coordinator types fragments in any order.
 */
import { normalizeText } from '../../../shared/text/normalize';

export function queryWords(query: string): string[] {
  return normalizeText(query).split(' ').filter(Boolean);
}

/** True when every word of `query` occurs in one of `texts`; an empty query keeps everyone. */
export function matchesQuery(texts: readonly string[], query: string): boolean {
  const words = queryWords(query);
  if (!words.length) return true;
  const haystack = normalizeText(texts.join(' \n '));
  return words.every((word) => haystack.includes(word));
}
