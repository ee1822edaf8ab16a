/**
 * The command line, parsed: `binome <command> [file] [options]`. Options take their
 * value as the next argument or after `=` (`--lang=en`). Anything unknown is a usage
 * error (exit code 2): a misspelt `--chek` must not publish.
 */

export type Command =
  | { readonly name: 'help'; readonly topic?: 'publish' | 'schema' | 'modele' }
  | {
      readonly name: 'publish';
      readonly input: string;
      readonly output?: string;
      readonly check: boolean;
      readonly generatedAt?: string;
      readonly schemaUrl?: string;
      /** Where to write the partnership summary (« en chiffres »), published from the same registry. */
      readonly summary?: string;
      /** The coordinator's project activity (JSON), for the summary's projects, meetings and checklists. */
      readonly activity?: string;
      readonly establishment: { name?: string; contactEmail?: string; contactUrl?: string };
    }
  | { readonly name: 'schema'; readonly output?: string; readonly summary: boolean }
  | { readonly name: 'modele'; readonly output: string; readonly force: boolean };

export type Parsed =
  | { readonly ok: true; readonly command: Command; readonly lang?: string }
  | { readonly ok: false; readonly error: UsageError; readonly lang?: string };

export type UsageError =
  | { readonly kind: 'unknown_command'; readonly value: string }
  | { readonly kind: 'unknown_option'; readonly value: string }
  | { readonly kind: 'missing_value'; readonly value: string }
  | { readonly kind: 'extra_argument'; readonly value: string }
  | { readonly kind: 'missing_input' }
  | { readonly kind: 'missing_output' }
  | { readonly kind: 'activity_without_summary' };

/** Options that take a value, by command; `--lang` and `--help` are accepted everywhere. */
const VALUE_OPTIONS: Record<string, readonly string[]> = {
  publish: [
    '-o',
    '--output',
    '--generated-at',
    '--schema-url',
    '--etablissement',
    '--contact-email',
    '--contact-url',
    '--resume',
    '--activite',
  ],
  schema: ['-o', '--output'],
  modele: [],
};
const FLAG_OPTIONS: Record<string, readonly string[]> = {
  publish: ['--check'],
  schema: ['--resume'],
  modele: ['--force'],
};

const ALIASES: Record<string, 'publish' | 'schema' | 'modele'> = {
  publish: 'publish',
  publier: 'publish',
  schema: 'schema',
  modele: 'modele',
  template: 'modele',
};

/** `--lang en` / `--lang=en`, anywhere on the line (before the command too), and the other arguments. */
function takeLang(argv: readonly string[]): { lang?: string; args: string[]; missing: boolean } {
  let lang: string | undefined;
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--lang') {
      lang = argv[++i];
      if (lang === undefined) return { args, missing: true };
    } else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else args.push(arg);
  }
  return { lang, args, missing: false };
}

export function parseArgs(argv: readonly string[]): Parsed {
  const taken = takeLang(argv);
  const lang = taken.lang;
  if (taken.missing) return { ok: false, error: { kind: 'missing_value', value: '--lang' } };
  const words: string[] = [];
  const values = new Map<string, string>();
  const flags = new Set<string>();
  let help = false;
  const [first, ...rest] = taken.args;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help' || first === 'aide') {
    const topic = rest[0] !== undefined ? ALIASES[rest[0]] : undefined;
    return { ok: true, lang, command: topic ? { name: 'help', topic } : { name: 'help' } };
  }
  const name = ALIASES[first];
  if (!name) return { ok: false, lang, error: { kind: 'unknown_command', value: first } };
  const fail = (error: UsageError): Parsed => ({ ok: false, error, lang });

  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] as string;
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      words.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const option = eq > 0 ? arg.slice(0, eq) : arg;
    const inline = eq > 0 ? arg.slice(eq + 1) : undefined;
    if ((VALUE_OPTIONS[name] ?? []).includes(option)) {
      const value = inline ?? rest[++i];
      if (value === undefined || (inline === undefined && value.startsWith('--')))
        return fail({ kind: 'missing_value', value: option });
      values.set(option === '--output' ? '-o' : option, value);
    } else if ((FLAG_OPTIONS[name] ?? []).includes(option) && inline === undefined) {
      flags.add(option);
    } else {
      return fail({ kind: 'unknown_option', value: arg });
    }
  }
  if (help) return { ok: true, command: { name: 'help', topic: name }, lang };

  const [file, extra] = words;
  if (extra !== undefined) return fail({ kind: 'extra_argument', value: extra });
  switch (name) {
    case 'publish': {
      if (!file) return fail({ kind: 'missing_input' });
      const check = flags.has('--check');
      const output = values.get('-o');
      if (!check && !output) return fail({ kind: 'missing_output' });
      const summary = values.get('--resume');
      const activity = values.get('--activite');
      if (activity && !summary && !check) return fail({ kind: 'activity_without_summary' });
      return {
        ok: true,
        lang,
        command: {
          name,
          input: file,
          output,
          check,
          generatedAt: values.get('--generated-at'),
          schemaUrl: values.get('--schema-url'),
          ...(summary ? { summary } : {}),
          ...(activity ? { activity } : {}),
          establishment: {
            name: values.get('--etablissement'),
            contactEmail: values.get('--contact-email'),
            contactUrl: values.get('--contact-url'),
          },
        },
      };
    }
    case 'schema':
      if (file) return fail({ kind: 'extra_argument', value: file });
      return { ok: true, lang, command: { name, output: values.get('-o'), summary: flags.has('--resume') } };
    case 'modele':
      if (!file) return fail({ kind: 'missing_output' });
      return { ok: true, lang, command: { name, output: file, force: flags.has('--force') } };
  }
}
