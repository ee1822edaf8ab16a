import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { publish } from '../../../../shared/publish/publish';
import { problemLine, type ReadRegistryOptions, readRegistryFile } from '../../../../shared/registry/read-file';
import type { PartnerRegistry } from '../../../../shared/schemas/registry';
import { fixturesDir } from '../../../helpers/paths';

const dir = resolve(fixturesDir, 'registry');
const bytes = (name: string) => new Uint8Array(readFileSync(resolve(dir, name)));
const establishment = JSON.parse(readFileSync(resolve(dir, 'etablissement.json'), 'utf8'));

async function registryOf(name: string, options: ReadRegistryOptions = { establishment }): Promise<PartnerRegistry> {
  const result = await readRegistryFile(bytes(name), name, 'fr', options);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.registry;
}

async function problemsOf(
  name: string,
  data = bytes(name),
  locale: 'fr' | 'en' = 'fr',
  options: ReadRegistryOptions = { establishment },
) {
  const result = await readRegistryFile(data, name, locale, options);
  if (result.ok) throw new Error(`${name} was read as valid`);
  return result.problems;
}

/** The problems as the CLI and the page show them: located. */
async function linesOf(...args: Parameters<typeof problemsOf>) {
  const locale = args[2] ?? 'fr';
  return (await problemsOf(...args)).map((p) => problemLine(p, locale));
}

describe('readRegistryFile: the same registry from every file a coordinator has', () => {
  it('reads French Excel’s « CSV UTF-8 » (BOM, `;`, CRLF, JJ/MM/AAAA, labels) exactly as the JSON registry', async () => {
    const json = await registryOf('registre.json', {});
    expect(await registryOf('registre-excel.csv')).toEqual(json);
  });

  it('reads a Windows-1252 CSV (Excel’s plain « CSV (séparateur : point-virgule) ») with its accents intact', async () => {
    const json = await registryOf('registre.json', {});
    const cp1252 = await registryOf('registre-windows-1252.csv');
    expect(cp1252).toEqual(json);
    expect(cp1252.partners[5]?.name?.family).toBe('Guénolé');
    expect(cp1252.partners[0]?.photo?.alt).toBe('Portrait illustré d’Aurore V.');
  });

  it('reads an XLSX workbook with typed cells: dates, numbers (a département 7 → « 07 »), booleans', async () => {
    const json = await registryOf('registre.json', {});
    const xlsx = await registryOf('registre.xlsx');
    // A phone number typed as a number keeps its digits, not its spaces (and gets its leading 0 back).
    expect(xlsx.partners[0]?.contact?.phone).toBe('0612345678');
    const withSpacedPhone = structuredClone(xlsx);
    withSpacedPhone.partners[0]!.contact!.phone = '06 12 34 56 78';
    expect(withSpacedPhone).toEqual(json);
    expect(xlsx.partners[2]?.territory.departement).toBe('07');
    expect(xlsx.partners[2]?.consents.listing).toEqual({ granted: false, date: '2026-05-02' });
  });

  it('reads another tool’s CSV: `,`, LF, no BOM, ids and ISO dates, few columns', async () => {
    const registry = await registryOf('registre-virgule.csv');
    expect(registry.partners).toHaveLength(1);
    expect(registry.partners[0]).toMatchObject({
      id: 'pp-301',
      name: { given: 'Mireille', family: 'Tournesac' },
      domains: ['recherche', 'offre_soins'],
      territory: { departement: '13', remote: false },
      consents: { name: { granted: true, date: '2026-01-15' } },
    });
  });

  it('records every consent form of the table: a date, « non/retiré [le] date », bare oui/non dated by consentements_le, empty = never recorded', async () => {
    const [aurore, bastien, celestine, damien, , francois] = (await registryOf('registre-excel.csv')).partners;
    expect(aurore?.consents.contact).toEqual({ granted: false, date: '2026-01-15' });
    expect(aurore?.consents.projectExperience).toBeUndefined();
    expect(bastien?.consents).toEqual({
      keepData: { granted: true, date: '2026-02-10' },
      listing: { granted: true, date: '2026-02-10' },
      name: { granted: false, date: '2026-02-10' },
      experience: { granted: true, date: '2026-02-10' },
      matching: { granted: true, date: '2026-02-10' },
    });
    expect(celestine?.consents.listing).toEqual({ granted: false, date: '2026-05-02' });
    expect(damien?.consents.keepData).toEqual({ granted: false, date: '2026-04-20' });
    expect(francois?.consents.projectExperience).toEqual({ granted: true, date: '2026-01-15' });
  });

  it('publishes from a table what the consents allow: withdrawn people, managers and refused fields are absent', async () => {
    const { feed, report } = publish(await registryOf('registre-excel.csv'), { generatedAt: '2026-06-01T09:00:00+02:00' });
    expect(feed.partners.map((p) => p.id)).toEqual(['pp-101', 'pp-102', 'pp-106']);
    expect(report.published).toBe(3);
    const text = JSON.stringify(feed);
    for (const absent of [
      'Célestine',
      'Morvan',
      'Ecorcheville',
      'Fargeau',
      'Quillet',
      'Schizophrénie',
      'psychiatrie',
      'consents',
      'granted',
    ]) {
      expect(text).not.toContain(absent);
    }
    expect(feed.establishment).toEqual(establishment);
  });
});

describe('readRegistryFile: problems located by row and column, nothing returned', () => {
  it('lists every bad cell of the bad rows, in row then column order, in French', async () => {
    const problems = await problemsOf('registre-erreurs.csv');
    expect(problems.map((p) => problemLine(p, 'fr'))).toEqual([
      'ligne 3, colonne consentement_nom : oui, non ou une date attendue (lu : « peut-être »)',
      'ligne 4, colonne roles_valides_le : date attendue (JJ/MM/AAAA ou AAAA-MM-JJ) (lu : « 31/02/2026 »)',
      'ligne 4, colonne domaines : valeur non reconnue (lu : « Recherchee ») — valeurs possibles : parcours_soins, offre_soins, formation_enseignement, recherche',
      'ligne 5, colonne id : identifiant en double — déjà ligne 3',
      'ligne 5, colonne departement : valeur requise',
      'ligne 6, colonne formation_1_organisme : valeur requise',
      'ligne 6, colonne email : adresse e-mail invalide',
      'ligne 7, colonne consentement_photo : date du consentement manquante : écrire « oui 15/01/2026 » ou remplir la colonne consentements_le (lu : « oui »)',
    ]);
    // The message is the words alone; the row and the column come apart (a caller may lay them out its own way).
    expect(problems[0]).toEqual({
      row: 3,
      column: 'consentement_nom',
      code: 'consent',
      message: 'oui, non ou une date attendue (lu : « peut-être »)',
    });
  });

  it('words the same problems in English', async () => {
    const problems = await linesOf('registre-erreurs.csv', undefined, 'en');
    expect(problems[0]).toBe('row 3, column consentement_nom: oui, non or a date expected (read: "peut-être")');
    expect(problems[4]).toBe('row 5, column departement: required value');
  });

  it('to publish, requires the establishment of a table, reported with the rows’ problems', async () => {
    const alone = await problemsOf('registre-excel.csv', undefined, 'fr', {
      establishment: { name: ' ' },
      requireEstablishment: true,
    });
    expect(alone).toEqual([expect.objectContaining({ code: 'establishment_missing', field: 'establishment.name' })]);
    const withRows = await problemsOf('registre-erreurs.csv', undefined, 'fr', { requireEstablishment: true });
    expect(withRows[0]?.code).toBe('establishment_missing');
    expect(withRows).toHaveLength(9);
  });

  it('without an establishment, a table still gives its partners (flagged, placeholder name) to a caller that needs only them', async () => {
    const result = await readRegistryFile(bytes('registre.xlsx'), 'registre.xlsx', 'fr');
    expect(result.ok && result.establishmentMissing).toBe(true);
    if (!result.ok) return;
    expect(result.registry.establishment).toEqual({ name: 'Établissement non indiqué' });
    expect(result.registry.partners).toHaveLength(6);
    const given = await readRegistryFile(bytes('registre.xlsx'), 'registre.xlsx', 'fr', { establishment });
    expect(given.ok && given.establishmentMissing).toBeUndefined();
  });

  it('checks the establishment given: a bad contact address is reported on its field', async () => {
    const problems = await problemsOf('registre-excel.csv', undefined, 'fr', {
      establishment: { name: 'CH', contactEmail: 'pas une adresse', contactUrl: 'javascript:alert(1)' },
    });
    expect(problems).toEqual([
      expect.objectContaining({
        field: 'establishment.contactEmail',
        message: "adresse e-mail de contact de l'établissement : adresse e-mail invalide",
      }),
      expect.objectContaining({
        field: 'establishment.contactUrl',
        message: "page de contact de l'établissement : adresse web attendue (https: ou http:)",
      }),
    ]);
  });

  it('names unknown, duplicate and untitled columns, and keeps « note… » columns for the coordinator', async () => {
    const csv = 'id;prénom;Prenom;couleur préférée;;notes internes\r\npp-1;A;B;bleu;x;rappeler\r\n';
    expect(await linesOf('r.csv', new TextEncoder().encode(csv))).toEqual([
      'ligne 1, colonne Prenom : colonne en double',
      'ligne 1, colonne couleur préférée : colonne inconnue (pour garder vos propres notes, faites commencer son nom par « note »)',
      'ligne 1, colonne E : colonne sans titre mais remplie',
      'ligne 2, colonne departement : valeur requise',
    ]);
  });

  it('refuses a table without an id column, an empty table, a broken CSV, an unreadable XLSX', async () => {
    expect((await problemsOf('r.csv', new TextEncoder().encode('prenom;departement\r\nA;26\r\n')))[0]?.code).toBe('no_id_column');
    expect((await problemsOf('r.csv', new TextEncoder().encode('id;departement\r\n;\r\n')))[0]?.code).toBe('no_rows');
    const broken = await problemsOf('r.csv', new TextEncoder().encode('id;departement\r\n"pp-1;26\r\n'));
    expect(broken[0]).toMatchObject({ code: 'csv_syntax', row: 2 });
    expect(problemLine(broken[0]!, 'fr')).toBe('ligne 2 : fichier CSV mal formé (guillemet ouvert mais jamais fermé)');
    expect((await problemsOf('r.xlsx', bytes('registre-excel.csv')))[0]?.code).toBe('xlsx_unreadable');
  });

  it('keeps a multi-line cell in its row: rows are numbered as the spreadsheet shows them', async () => {
    const csv = 'id;experience_recit;departement\r\npp-1;"ligne un\r\nligne deux";26\r\npp-2;;xx\r\n';
    expect(await linesOf('r.csv', new TextEncoder().encode(csv))).toEqual([
      'ligne 3, colonne departement : code de département attendu (ex. 13, 2A, 971)',
    ]);
  });

  it('says which file types it reads', async () => {
    const result = await readRegistryFile(bytes('registre.json'), 'registre.xls', 'fr');
    expect(result).toEqual({
      ok: false,
      problems: [
        { code: 'unsupported', message: 'registre.xls : type de fichier non pris en charge (JSON, CSV ou XLSX attendu)' },
      ],
    });
  });
});

describe('readRegistryFile: JSON registries', () => {
  it('keeps the file’s establishment, or replaces the fields given', async () => {
    expect((await registryOf('registre.json', {})).establishment).toEqual(establishment);
    const renamed = await registryOf('registre.json', { establishment: { name: '  CH des Trois-Rivières  ', contactEmail: '' } });
    expect(renamed.establishment).toEqual({ ...establishment, name: 'CH des Trois-Rivières' });
  });

  it('refuses a public feed given as a registry, with the reason', async () => {
    const { feed } = publish(await registryOf('registre.json'), { generatedAt: '2026-06-01T09:00:00+02:00' });
    const problems = await problemsOf('partenaires.json', new TextEncoder().encode(JSON.stringify(feed)));
    expect(problems).toEqual([expect.objectContaining({ code: 'feed_not_registry' })]);
  });

  it('reports each invalid field of a JSON registry, and unreadable JSON', async () => {
    const registry = JSON.parse(readFileSync(resolve(dir, 'registre.json'), 'utf8'));
    registry.partners[1].consents.name.date = '10/02/2026';
    registry.partners[2].territory.departement = '20';
    const problems = await problemsOf('registre.json', new TextEncoder().encode(JSON.stringify(registry)));
    expect(problems.map((p) => p.message)).toEqual([
      'Champ partners[1].consents.name.date : date attendue au format AAAA-MM-JJ',
      'Champ partners[2].territory.departement : code de département attendu (ex. 13, 2A, 971)',
    ]);
    expect((await problemsOf('registre.json', new TextEncoder().encode('{ "partners": ')))[0]?.message).toBe(
      'Données : JSON illisible',
    );
  });
});
