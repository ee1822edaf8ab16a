/**
 * `binome` — the command line of Binôme, for coordinators and web teams.
 *
 *   binome publish <registre.csv|xlsx|json> -o partenaires.json   publish the public feed
 *   binome publish <registre> --check                            validate only, write nothing
 *   binome schema                                                print the public feed's JSON Schema
 *
 * Exit codes: 0 done, 1 invalid registry (nothing written), 2 usage or file error.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { z } from 'zod/mini';
import { resolveLocale } from '../shared/i18n/locale';
import { publish } from '../shared/publish/publish';
import { describeReport } from '../shared/publish/report-messages';
import { readRegistryFile } from '../shared/registry/read-file';
import { PublicFeedSchema } from '../shared/schemas/public-feed';

const locale = resolveLocale(process.env.BINOME_LANG ?? process.env.LANG?.replace(/_.*/, ''));

function usage(): string {
  return locale === 'en'
    ? 'Usage: binome publish <registry.csv|xlsx|json> -o <feed.json> [--check] [--generated-at <ISO date-time>]\n       binome schema'
    : 'Usage : binome publish <registre.csv|xlsx|json> -o <partenaires.json> [--check] [--generated-at <date ISO>]\n        binome schema';
}

/** The public feed's JSON Schema, generated from the zod schema (so it cannot drift). */
export function publicFeedJsonSchema(): unknown {
  return z.toJSONSchema(PublicFeedSchema, { unrepresentable: 'any', io: 'output' });
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'schema') {
    process.stdout.write(`${JSON.stringify(publicFeedJsonSchema(), null, 2)}\n`);
    return 0;
  }
  if (command !== 'publish') {
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  let input: string | undefined;
  let output: string | undefined;
  let check = false;
  let generatedAt = new Date().toISOString();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '-o' || arg === '--output') output = rest[++i];
    else if (arg === '--check') check = true;
    else if (arg === '--generated-at') generatedAt = rest[++i] ?? generatedAt;
    else if (!input) input = arg;
  }
  if (!input || (!output && !check)) {
    process.stderr.write(`${usage()}\n`);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(input));
  } catch (error) {
    process.stderr.write(`${input} : ${(error as Error).message}\n`);
    return 2;
  }
  const read = await readRegistryFile(bytes, input, locale);
  if (!read.ok) {
    for (const p of read.problems) process.stderr.write(`${p.message}\n`);
    return 1;
  }
  const { feed, report } = publish(read.registry, { generatedAt });
  for (const line of describeReport(report, locale)) process.stdout.write(`${line}\n`);
  if (!check && output) await writeFile(resolve(output), `${JSON.stringify(feed, null, 2)}\n`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
