/**
 * `binome` — the command line of Binôme, for coordinators and web teams.
 *
 *   binome publish <registre.csv|xlsx|json> -o partenaires.json   publish the public feed
 *   binome publish <registre> --check                            validate only, write nothing
 *   binome modele <registre-modele.csv|xlsx>                     write a registry template
 *   binome publish <registre> -o … --resume resume.json [--activite activite.json]
 *                                                                also the partnership summary (« en chiffres »)
 *   binome schema [-o public-feed.schema.json]                   the public feed's JSON Schema
 *   binome schema --resume                                       the partnership summary's JSON Schema
 *
 * Exit codes: 0 done, 1 invalid registry (nothing written), 2 usage or file error.
 * Messages are French; English with `--lang en` or BINOME_LANG=en.
 */
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { resolveLocale } from '../shared/i18n/locale';
import { parseArgs } from './args';
import { partnershipSummaryJsonSchema, publicFeedJsonSchema } from './json-schema';
import { type Io, runPublish } from './publish-command';
import { runTemplate } from './template-command';
import { helpText, say, usageErrorText } from './words';
import { writeFileAtomic } from './write-file';

// A reader that stops early (`binome publish … | head`) must not stop the publication itself:
// once the pipe is closed, what is left to print is dropped and the command goes on.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
}

const io: Io = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  const locale = resolveLocale(parsed.lang ?? process.env.BINOME_LANG);
  if (!parsed.ok) {
    io.err(`binome${locale === 'en' ? ': ' : ' : '}${usageErrorText(parsed.error, locale)}`);
    io.err(say('seeHelp', locale));
    return 2;
  }
  const { command } = parsed;
  switch (command.name) {
    case 'help':
      io.out(helpText(locale, command.topic));
      return 0;
    case 'publish':
      return runPublish(command, locale, io);
    case 'modele':
      return runTemplate(command, locale, io);
    case 'schema': {
      const schema = command.summary ? partnershipSummaryJsonSchema() : publicFeedJsonSchema();
      const text = `${JSON.stringify(schema, null, 2)}\n`;
      if (!command.output) {
        process.stdout.write(text);
        return 0;
      }
      try {
        await mkdir(dirname(resolve(command.output)), { recursive: true });
        await writeFileAtomic(resolve(command.output), text);
        return 0;
      } catch (error) {
        io.err(`${command.output}${locale === 'en' ? ': ' : ' : '}${(error as Error).message}`);
        return 2;
      }
    }
  }
}

process.exitCode = await main(process.argv.slice(2));
