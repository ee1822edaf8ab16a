/**
 * `binome publish`: registry file → checked public feed, written whole or not at all.
 * Exit codes: 0 done, 1 invalid registry (nothing written), 2 usage or file error.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import type { Locale } from '../shared/i18n/locale';
import { describeReport } from '../shared/publish/report-messages';
import type { EstablishmentInput } from '../shared/registry/problem';
import { publishRegistryFile } from '../shared/registry/publish-file';
import { registryFormatOf } from '../shared/registry/read-file';
import { moreProblems, problemLine } from '../shared/registry/words';
import { IsoDateTimeSchema } from '../shared/schemas/common';
import type { Command } from './args';
import { prepareSummary } from './summary-output';
import { say } from './words';
import { writeFileAtomic } from './write-file';

type PublishCommand = Extract<Command, { name: 'publish' }>;

export interface Io {
  out(line: string): void;
  err(line: string): void;
}

/** Problems shown at most, so that a wrong file does not flood the terminal. */
const MAX_PROBLEMS = 100;

/** `etablissement.json` beside a CSV or XLSX registry, if there is one. */
async function establishmentBeside(input: string, locale: Locale, io: Io): Promise<EstablishmentInput | undefined | 'error'> {
  const path = join(dirname(input), 'etablissement.json');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
  try {
    const data = JSON.parse(text.replace(/^\uFEFF/, '')) as unknown;
    if (data === null || typeof data !== 'object' || Array.isArray(data)) throw new Error('not an object');
    const { name, contactEmail, contactUrl } = data as Record<string, unknown>;
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined);
    return { name: str(name), contactEmail: str(contactEmail), contactUrl: str(contactUrl) };
  } catch {
    io.err(`${path}${locale === 'en' ? ': ' : ' : '}${say('badEstablishmentFile', locale)}`);
    return 'error';
  }
}

export async function runPublish(command: PublishCommand, locale: Locale, io: Io): Promise<number> {
  const sep = locale === 'en' ? ': ' : ' : ';
  const input = resolve(command.input);
  const output = command.output ? resolve(command.output) : undefined;
  if (output && output === input) {
    io.err(say('sameFile', locale));
    return 2;
  }
  const generatedAt = command.generatedAt ?? new Date().toISOString();
  if (!IsoDateTimeSchema.safeParse(generatedAt).success) {
    io.err(say('generatedAt', locale));
    return 2;
  }

  let bytes: Uint8Array;
  try {
    bytes = await readFile(input);
  } catch (error) {
    io.err(
      `${command.input}${sep}${(error as NodeJS.ErrnoException).code === 'ENOENT' ? (locale === 'en' ? 'file not found' : 'fichier introuvable') : (error as Error).message}`,
    );
    return 2;
  }

  const format = registryFormatOf(input);
  let establishment: EstablishmentInput = command.establishment;
  if (format === 'csv' || format === 'xlsx') {
    const beside = await establishmentBeside(input, locale, io);
    if (beside === 'error') return 2;
    // The options complete or replace the file beside, field by field.
    establishment = { ...beside, ...Object.fromEntries(Object.entries(command.establishment).filter(([, v]) => v)) };
  }

  const read = await publishRegistryFile(bytes, command.input, locale, {
    establishment,
    generatedAt,
    ...(command.schemaUrl ? { schemaUrl: command.schemaUrl } : {}),
  });
  if (!read.ok) {
    if (read.problems.some((p) => p.code === 'unsupported')) {
      for (const p of read.problems) io.err(problemLine(p, locale));
      return 2;
    }
    for (const p of read.problems.slice(0, MAX_PROBLEMS)) io.err(problemLine(p, locale));
    if (read.problems.length > MAX_PROBLEMS) io.err(moreProblems(read.problems.length - MAX_PROBLEMS, locale));
    if (read.problems.some((p) => p.field?.startsWith('establishment.'))) io.err(say('establishmentHint', locale));
    io.err(say('invalid', locale));
    return 1;
  }

  const summaryOutput = command.summary ? resolve(command.summary) : undefined;
  if (summaryOutput && (summaryOutput === input || summaryOutput === output)) {
    io.err(say('sameFile', locale));
    return 2;
  }
  // Prepared (activity file read and checked) before anything is written.
  const summary =
    command.summary || command.activity ? await prepareSummary(read.registry, command.activity, generatedAt, locale) : undefined;
  if (summary && !summary.ok) {
    for (const line of summary.lines) io.err(line);
    return 1;
  }

  for (const line of describeReport(read.report, locale)) io.out(line);
  for (const line of summary?.lines ?? []) io.out(line);
  io.out('');
  if (command.check || !output) {
    io.out(say('checkOnly', locale));
    io.out(say('checkReport', locale));
    return 0;
  }
  try {
    await writeFileAtomic(output, read.text);
  } catch (error) {
    io.err(`${command.output}${sep}${(error as Error).message}`);
    return 2;
  }
  io.out(`${say('written', locale)}${command.output}`);
  if (summary && summaryOutput) {
    try {
      await writeFileAtomic(summaryOutput, summary.text);
    } catch (error) {
      io.err(`${command.summary}${sep}${(error as Error).message}`);
      return 2;
    }
    io.out(`${say('summaryWritten', locale)}${command.summary}`);
  }
  io.out(say('checkReport', locale));
  return 0;
}
