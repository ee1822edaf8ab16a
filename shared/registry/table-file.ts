/** A CSV or XLSX file → a validated registry (loaded on demand by read-file.ts, with the vocabularies it needs). */
import type { Locale } from '../i18n/locale';
import { readCsvRows } from './csv';
import type { EstablishmentInput } from './problem';
import { readRegistryTable, type TableResult } from './table';
import { readXlsxRows } from './xlsx';

export async function readTableFile(
  bytes: Uint8Array,
  format: 'csv' | 'xlsx',
  locale: Locale,
  establishment: EstablishmentInput | undefined,
  requireEstablishment: boolean,
): Promise<TableResult> {
  const read = format === 'csv' ? await readCsvRows(bytes, locale) : await readXlsxRows(bytes, locale);
  return read.ok ? readRegistryTable(read.rows, locale, establishment, requireEstablishment) : read;
}
