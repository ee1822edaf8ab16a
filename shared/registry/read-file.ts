/**
 * Reads a registry file as a coordinator has it: JSON (the registry format), CSV as
 * French Excel writes it, or XLSX. Never throws; nothing is returned unless the whole
 * file is valid (no partial registry): every problem comes back with its row and
 * column, worded in French or English.
 */
import type { Locale } from '../i18n/locale';
import { type PartnerRegistry, parsePartnerRegistry } from '../schemas/registry';

export type RegistryFormat = 'json' | 'csv' | 'xlsx';

/** One problem, located as a coordinator would look for it (`row` counts from 1, the header being row 1). */
export interface RegistryProblem {
  readonly row?: number;
  readonly column?: string;
  readonly message: string;
}

export type RegistryReadResult =
  | { readonly ok: true; readonly registry: PartnerRegistry; readonly format: RegistryFormat }
  | { readonly ok: false; readonly problems: readonly RegistryProblem[]; readonly format?: RegistryFormat };

/** The format a file name says (`.json`, `.csv`, `.xlsx`), if any. */
export function registryFormatOf(fileName: string): RegistryFormat | undefined {
  const ext = /\.([a-z]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return ext === 'json' || ext === 'csv' || ext === 'xlsx' ? ext : undefined;
}

export async function readRegistryFile(bytes: Uint8Array, fileName: string, locale: Locale = 'fr'): Promise<RegistryReadResult> {
  const format = registryFormatOf(fileName);
  if (format === 'json') {
    const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    const parsed = parsePartnerRegistry(text, locale);
    return parsed.ok
      ? { ok: true, registry: parsed.data, format }
      : { ok: false, problems: [{ message: parsed.message }], format };
  }
  // CSV and XLSX: see shared/registry/table.ts (to come).
  const message =
    locale === 'en'
      ? `${fileName}: unsupported file type (JSON, CSV or XLSX expected)`
      : `${fileName} : type de fichier non pris en charge (JSON, CSV ou XLSX attendu)`;
  return { ok: false, problems: [{ message }] };
}
