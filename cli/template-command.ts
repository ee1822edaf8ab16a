/** `binome modele <fichier.csv|xlsx>`: the registry template (header + one fictional example), from the column definitions. */
import { access } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Locale } from '../shared/i18n/locale';
import { templateHelpRows, templateRows, toExcelCsv } from '../shared/registry/template';
import type { Command } from './args';
import type { Io } from './publish-command';
import { say } from './words';
import { writeFileAtomic } from './write-file';

type TemplateCommand = Extract<Command, { name: 'modele' }>;

/** The XLSX template: every cell typed as text (« @ »), so that Excel keeps `07` and `06 00 00 00 00` as written. */
async function xlsxTemplate(): Promise<Uint8Array> {
  const { default: writeExcelFile } = await import('write-excel-file/node');
  const [header = [], example = []] = templateRows();
  const text = (value: string, bold = false) => ({
    type: String,
    value,
    format: '@',
    ...(bold ? { fontWeight: 'bold' as const } : {}),
  });
  const help = templateHelpRows();
  const buffer = await writeExcelFile([
    {
      sheet: 'Registre',
      data: [header.map((h) => text(h, true)), example.map((v) => text(v))],
      columns: header.map((h, i) => ({ width: Math.min(40, Math.max(14, h.length + 2, (example[i] ?? '').length)) })),
      stickyRowsCount: 1,
    },
    {
      sheet: 'Colonnes',
      data: help.map((row, i) => row.map((v) => text(v, i === 0))),
      columns: [{ width: 34 }, { width: 110 }],
      stickyRowsCount: 1,
    },
  ]).toBuffer();
  return new Uint8Array(buffer);
}

export async function runTemplate(command: TemplateCommand, locale: Locale, io: Io): Promise<number> {
  const sep = locale === 'en' ? ': ' : ' : ';
  const path = resolve(command.output);
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase();
  if (ext !== 'csv' && ext !== 'xlsx') {
    io.err(say('templateType', locale));
    return 2;
  }
  if (!command.force) {
    const exists = await access(path).then(
      () => true,
      () => false,
    );
    if (exists) {
      io.err(`${say('exists', locale)}${command.output}`);
      return 2;
    }
  }
  try {
    await writeFileAtomic(path, ext === 'csv' ? toExcelCsv(templateRows()) : await xlsxTemplate());
  } catch (error) {
    io.err(`${command.output}${sep}${(error as Error).message}`);
    return 2;
  }
  io.out(`${say('templateWritten', locale)}${command.output}`);
  return 0;
}
