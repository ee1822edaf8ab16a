import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { templateRows, toExcelCsv } from '../../shared/registry/template';
import { PublicFeedSchema } from '../../shared/schemas/public-feed';
import { fixturesDir, repoRoot } from '../helpers/paths';

/** The built `binome` command (npm run build:cli), run as a coordinator runs it. */
const cli = resolve(repoRoot, 'dist/cli/binome.mjs');
const fixtures = resolve(fixturesDir, 'registry');
const GENERATED_AT = '2026-06-01T09:00:00+02:00';
/** Names of people the fixtures must never publish (withdrawn, manager) and health words never consented to. */
const NEVER_PUBLISHED = [
  'Célestine',
  'Morvan',
  'Damien',
  'Ecorcheville',
  'Élodie',
  'Fargeau',
  'Quillet',
  'Schizophrénie',
  'psychiatrie',
];

let work: string;

function binome(args: string[], { cwd = fixtures, env = {} as Record<string, string> } = {}) {
  const run = spawnSync(process.execPath, [cli, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, BINOME_LANG: '', ...env },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function feedAt(path: string) {
  const text = readFileSync(path, 'utf8');
  const parsed = PublicFeedSchema.safeParse(JSON.parse(text));
  if (!parsed.success) throw new Error(`invalid feed: ${JSON.stringify(parsed.error.issues[0])}`);
  return { feed: parsed.data, text };
}

beforeAll(() => {
  if (!existsSync(cli)) throw new Error('dist/cli/binome.mjs missing: run `npm run build:cli` first');
  work = mkdtempSync(join(tmpdir(), 'binome-cli-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('binome publish: from the files coordinators have to a valid public feed', () => {
  for (const file of ['registre-excel.csv', 'registre-windows-1252.csv', 'registre.xlsx', 'registre.json']) {
    it(`${file} → partenaires.json: valid feed, withdrawn people and refused fields absent, report printed`, () => {
      const output = join(work, `${file}.feed.json`);
      const run = binome(['publish', file, '-o', output, '--generated-at', GENERATED_AT]);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('3 personnes publiées sur 6');
      expect(run.stdout).toContain(
        "pp-103 (Célestine Morvan) — profil non publié : consentement « présence dans l'annuaire » non donné ou retiré le 2 mai 2026",
      );
      expect(run.stdout).toContain(`Fichier public écrit : ${output}`);
      const { feed, text } = feedAt(output);
      expect(feed.generatedAt).toBe(GENERATED_AT);
      expect(feed.establishment.name).toBe('Centre hospitalier de Valmont (fictif)');
      expect(feed.partners.map((p) => p.id)).toEqual(['pp-101', 'pp-102', 'pp-106']);
      expect(feed.partners[1]).not.toHaveProperty('name');
      for (const word of NEVER_PUBLISHED) expect(text).not.toContain(word);
      expect(text).not.toMatch(/"consents"|"granted"|managesEstablishment/);
    });
  }

  it('prints the report in English with --lang en or BINOME_LANG=en', () => {
    const flag = binome(['publish', 'registre.xlsx', '--check', '--lang', 'en', '--generated-at', GENERATED_AT]);
    expect(flag.code).toBe(0);
    expect(flag.stdout).toContain('3 of 6 people published');
    expect(flag.stdout).toContain('Check only (--check): no file written.');
    const env = binome(['publish', 'registre.json', '--check'], { env: { BINOME_LANG: 'en' } });
    expect(env.stdout).toContain('3 of 6 people published');
  });

  it('still writes the feed when the report’s reader stops early (`| head -1`)', () => {
    // 2 000 report lines: far more than a pipe holds, so the command writes after `head` has gone.
    const [header = [], example = []] = templateRows();
    const rows = Array.from({ length: 2000 }, (_, i) => example.map((v, c) => (header[c] === 'id' ? `pp-${i}` : v)));
    const registry = join(work, 'grand.csv');
    writeFileSync(registry, toExcelCsv([header, ...rows]));
    const output = join(work, 'piped.json');
    const command = `"${process.execPath}" "${cli}" publish "${registry}" -o "${output}" --etablissement CH | head -1`;
    const run = spawnSync('sh', ['-c', command], { encoding: 'utf8' });
    // Numbers as French writes them (a narrow no-break space between thousands).
    expect(run.stdout.trim()).toMatch(/^2\u202f000 personnes publiées sur 2\u202f000 /);
    expect(run.stderr).toBe('');
    expect(feedAt(output).feed.partners).toHaveLength(2000);
  });

  it('--check validates and reports but writes nothing, even with -o', () => {
    const dir = mkdtempSync(join(work, 'check-'));
    const run = binome(['publish', 'registre-excel.csv', '--check', '-o', join(dir, 'partenaires.json')]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Vérification seulement (--check) : aucun fichier écrit.');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('binome publish: an invalid registry writes nothing', () => {
  it('bad rows: exit 1, every problem with its row and column, no output file', () => {
    const dir = mkdtempSync(join(work, 'bad-'));
    const output = join(dir, 'partenaires.json');
    const run = binome(['publish', 'registre-erreurs.csv', '-o', output]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trim().split('\n');
    expect(lines).toContain('ligne 3, colonne consentement_nom : oui, non ou une date attendue (lu : « peut-être »)');
    expect(lines).toContain('ligne 5, colonne id : identifiant en double — déjà ligne 3');
    expect(lines).toContain('ligne 6, colonne formation_1_organisme : valeur requise');
    expect(lines.at(-1)).toBe("Registre invalide : rien n'a été écrit.");
    expect(readdirSync(dir)).toEqual([]);
  });

  it('leaves the feed already online untouched, and English errors with --lang en', () => {
    const output = join(work, 'online.json');
    writeFileSync(output, '{"previous": true}\n');
    const run = binome(['--lang', 'en', 'publish', 'registre-erreurs.csv', '-o', output]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('row 3, column consentement_nom: oui, non or a date expected (read: "peut-être")');
    expect(run.stderr).toContain('Invalid registry: nothing was written.');
    expect(readFileSync(output, 'utf8')).toBe('{"previous": true}\n');
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a table without its establishment: exit 1 and how to give it; with the options, published', () => {
    const dir = mkdtempSync(join(work, 'alone-'));
    copyFileSync(join(fixtures, 'registre-excel.csv'), join(dir, 'registre.csv'));
    const missing = binome(['publish', 'registre.csv', '-o', 'partenaires.json'], { cwd: dir });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('établissement manquant');
    expect(missing.stderr).toContain('--etablissement "Nom"');
    expect(readdirSync(dir)).toEqual(['registre.csv']);

    const given = binome(
      [
        'publish',
        'registre.csv',
        '-o',
        'partenaires.json',
        '--etablissement',
        'CH des Trois-Rivières',
        '--contact-url=https://ch3r.example.org/contact',
      ],
      { cwd: dir },
    );
    expect(given.code).toBe(0);
    expect(feedAt(join(dir, 'partenaires.json')).feed.establishment).toEqual({
      name: 'CH des Trois-Rivières',
      contactUrl: 'https://ch3r.example.org/contact',
    });
  });
});

describe('binome: usage and file errors exit with 2', () => {
  it.each([
    [['publish'], 'quel registre ?'],
    [['publish', 'registre.json'], 'où écrire ?'],
    [['publish', 'registre.json', '--chek'], 'option inconnue : --chek'],
    [['publish', 'registre.json', '-o'], "l'option -o attend une valeur"],
    [['publier-tout'], 'commande inconnue : publier-tout'],
    [['publish', 'absent.csv', '-o', 'x.json'], 'absent.csv : fichier introuvable'],
    [['publish', 'registre.json', '-o', 'registre.json'], 'le fichier public ne peut pas remplacer le registre'],
    [['publish', 'registre.json', '--check', '--generated-at', '1 juin'], '--generated-at attend une date'],
    [['publish', 'make-fixtures.mjs', '--check'], 'type de fichier non pris en charge'],
  ])('%j', (args, message) => {
    const run = binome(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stdout).toBe('');
  });

  it('--help prints the help and exits 0, in French or English', () => {
    expect(binome(['--help'])).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('binome publish <registre.csv|xlsx|json>'),
    });
    expect(binome(['publish', '--help']).stdout).toContain('--etablissement "<nom>"');
    expect(binome(['publish', '--help', '--lang', 'en']).stdout).toContain("the establishment's name");
    expect(binome([]).code).toBe(0);
  });
});

describe('binome schema and binome modele', () => {
  it('the JSON Schema printed is the one the build ships in dist/schemas/', () => {
    const run = binome(['schema']);
    expect(run.code).toBe(0);
    const schema = JSON.parse(run.stdout);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'generatedAt', 'establishment', 'partners']));
    expect(readFileSync(resolve(repoRoot, 'dist/schemas/public-feed.schema.json'), 'utf8')).toBe(run.stdout);
  });

  it('writes the templates shipped in templates/, and never overwrites a file without --force', () => {
    const csv = join(work, 'modele.csv');
    expect(binome(['modele', csv]).code).toBe(0);
    expect(readFileSync(csv)).toEqual(readFileSync(resolve(repoRoot, 'templates/registre-modele.csv')));
    const again = binome(['modele', csv]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('le fichier existe déjà (--force pour le remplacer)');
    expect(binome(['modele', csv, '--force']).code).toBe(0);
    const xlsx = join(work, 'modele.xlsx');
    expect(binome(['modele', xlsx]).code).toBe(0);
    const check = binome(['publish', xlsx, '--check', '--etablissement', 'CH fictif']);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('pp-exemple-01 (Camille E.) — profil publié');
  });
});
