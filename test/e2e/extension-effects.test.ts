/**
 * A project's effects in the real extension (Chromium, built MV3 extension): two indicators
 * in two of the guide's categories, three measurements — one refused first because a
 * professional did not assess it (nothing written) — the trend said in words, still there
 * after a reload; one measurement corrected (« Modifier la mesure »: same id, the indicator's
 * updatedAt moved on); the full backup carries them (format 5): a broken copy is refused with
 * nothing written, « Tout supprimer » empties the store, and importing the backup brings
 * them back identical. Keyboard focus follows the forms; axe reports no violation.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EffectIndicatorRecord } from '../../shared/schemas/effect';
import { axeViolations } from '../helpers/axe';
import { type ExtensionSession, launchWithExtension } from '../helpers/extension';

function readEffects(page: Page): Promise<EffectIndicatorRecord[]> {
  return page.evaluate(
    () =>
      new Promise<EffectIndicatorRecord[]>((done, fail) => {
        const open = indexedDB.open('binome-library');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('effects').objectStore('effects').getAll();
          request.onsuccess = () => {
            open.result.close();
            // In the order they were added (getAll gives them by id).
            done(
              (request.result as EffectIndicatorRecord[]).sort((a, b) =>
                a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0,
              ),
            );
          };
        };
      }),
  );
}

/** The focused element: its tag and its name (aria-label, else its text). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return `${el?.tagName.toLowerCase()}: ${el?.getAttribute('aria-label') ?? el?.textContent ?? ''}`;
  });
/** Today in the browser's time zone, as a date field gives it. */
const localToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

describe('a project’s effects in the extension', () => {
  let session: ExtensionSession;
  let library: Page;
  let projectUrl: string;
  let downloads: string;
  let backupPath: string;
  const errors: string[] = [];

  beforeAll(async () => {
    downloads = await mkdtemp(join(tmpdir(), 'binome-effects-'));
    session = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
    session.context.on('weberror', (e) => errors.push(String(e.error())));
    library = await session.openPage('sidepanel.html?view=page&section=projects');
    await library.getByRole('button', { name: 'Nouveau projet' }).click();
    await library.getByLabel('Intitulé du projet').fill('Accueil aux urgences');
    await library.getByLabel(/^Domaine du partenariat/).selectOption('parcours_soins');
    await library.getByLabel('Début').fill('2025-01-01');
    await library.getByRole('button', { name: 'Créer le projet' }).click();
    await library.getByRole('heading', { level: 2, name: 'Accueil aux urgences' }).waitFor();
    projectUrl = library.url();
  });
  afterAll(async () => {
    await session?.close();
    await rm(downloads, { recursive: true, force: true });
  });

  const panel = () => library.getByRole('region', { name: 'Effets du projet' });

  async function indicator(category: string, label: string, unit: string, direction: string, help: RegExp) {
    const p = panel();
    await p.getByRole('button', { name: 'Nouvel indicateur' }).click();
    await expect.poll(() => focused(library)).toBe('h4: Nouvel indicateur');
    await p.getByLabel('Catégorie').selectOption(category);
    // The guide's line on the chosen category is read with the field.
    expect(await p.getByTestId('effect-category-help').textContent()).toMatch(help);
    expect(await p.getByLabel('Catégorie').getAttribute('aria-describedby')).toBe(
      await p.getByTestId('effect-category-help').getAttribute('id'),
    );
    await p.getByLabel('Intitulé de l’indicateur').fill(label);
    await p.getByLabel('Unité (facultative)').fill(unit);
    await p.getByLabel('Sens souhaité').selectOption(direction);
    await p.getByRole('button', { name: 'Ajouter l’indicateur' }).click();
    await library.getByText(`Indicateur « ${label} » ajouté.`).waitFor();
    // Next step: its first measurement.
    await expect.poll(() => focused(library)).toBe(`button: Ajouter une mesure : ${label}`);
  }

  async function measure(label: string, fields: { date: string; value?: string; observation?: string; source: string }) {
    const p = panel();
    await p.getByRole('button', { name: `Ajouter une mesure : ${label}` }).click();
    const form = p.getByRole('form', { name: `Nouvelle mesure : ${label}` });
    await expect.poll(() => focused(library)).toBe(`h6: Nouvelle mesure : ${label}`);
    // Dated today by default.
    expect(await form.getByLabel('Date de la mesure').inputValue()).toBe(await localToday(library));
    await form.getByLabel('Date de la mesure').fill(fields.date);
    if (fields.value) await form.getByLabel(/^Valeur/).fill(fields.value);
    if (fields.observation) await form.getByLabel(/^Observation/).fill(fields.observation);
    await form.getByLabel('Source', { exact: true }).fill(fields.source);
    await form.getByLabel('Patiente ou patient partenaire').fill('Camille F.');
    await form.getByLabel('Professionnelle ou professionnel').fill('Dr Martin');
    return form;
  }

  it('adds two indicators in two of the guide’s categories', async () => {
    await panel().getByText('Aucun indicateur choisi.').waitFor();
    await indicator(
      'clinical',
      'Durée moyenne de séjour',
      'jours',
      'decrease',
      /^« Il s’agit d’impact sur l’amélioration des états de santé/,
    );
    await indicator(
      'empowerment',
      'Questions posées en consultation',
      'questions',
      'increase',
      /^« L’exercice du pouvoir d’agir collectif débute/,
    );
    // Grouped in the guide's order, each group named with its section.
    expect(await panel().getByRole('heading', { level: 4 }).allTextContents()).toEqual([
      'Effets cliniques (guide, 5.1)',
      'Effets sur le pouvoir d’agir (guide, 5.5)',
    ]);
    expect(await axeViolations(library)).toEqual([]);
  });

  it('refuses a measurement that a professional did not assess, in the form’s words, and writes nothing', async () => {
    const form = await measure('Durée moyenne de séjour', { date: '2025-02-01', value: '12,5', source: 'PMSI' });
    await form.getByLabel('Professionnelle ou professionnel').fill('');
    expect(await form.getByRole('group', { name: 'Évaluée par' }).getAttribute('aria-describedby')).toBeTruthy();
    expect(await axeViolations(library)).toEqual([]);
    await form.getByRole('button', { name: 'Enregistrer la mesure' }).click();
    const alert = form.getByRole('alert');
    await alert.getByText('Rien n’a été enregistré : indiquez la professionnelle ou le professionnel qui a évalué.').waitFor();
    expect(await alert.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await readEffects(library)).flatMap((i) => i.measurements)).toEqual([]);
    await form.getByLabel('Professionnelle ou professionnel').fill('Dr Martin');
    await form.getByRole('button', { name: 'Enregistrer la mesure' }).click();
    await library.getByText('Mesure du 1 février 2025 ajoutée à « Durée moyenne de séjour ».').waitFor();
    await expect.poll(() => focused(library)).toBe('button: Ajouter une mesure : Durée moyenne de séjour');
  });

  it('takes two more measurements and says the trend in words', async () => {
    const form = await measure('Durée moyenne de séjour', { date: '2025-06-01', value: '9', source: 'PMSI' });
    await form.getByRole('button', { name: 'Enregistrer la mesure' }).click();
    await library.getByText('Mesure du 1 juin 2025 ajoutée à « Durée moyenne de séjour ».').waitFor();
    const second = await measure('Questions posées en consultation', {
      date: '2025-03-01',
      observation: 'Les patients osent demander ce que veut dire leur ordonnance.',
      source: 'Entretiens',
    });
    await second.getByRole('button', { name: 'Enregistrer la mesure' }).click();
    await library.getByText('Mesure du 1 mars 2025 ajoutée à « Questions posées en consultation ».').waitFor();

    const stay = panel().getByRole('article', { name: 'Durée moyenne de séjour (jours)' });
    expect(await stay.getByTestId('effect-trend').textContent()).toBe(
      'Tendance : du 1 février 2025 au 1 juin 2025, de 12,5 jours à 9 jours, dans le sens souhaité.',
    );
    expect(await stay.textContent()).toContain('Lecture de Binôme, pas du guide');
    const table = stay.getByRole('table', { name: 'Mesures : Durée moyenne de séjour' });
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Date',
      'Valeur',
      'Observation',
      'Source',
      'Évaluée par',
      'Modifier ou supprimer',
    ]);
    expect(
      await table
        .locator('tbody tr')
        .evaluateAll((rows) => rows.map((r) => [...r.children].slice(0, 5).map((c) => c.textContent))),
    ).toEqual([
      [
        '1 février 2025',
        '12,5 jours',
        '',
        'PMSI',
        'Camille F. (patiente ou patient partenaire) et Dr Martin (professionnelle ou professionnel)',
      ],
      [
        '1 juin 2025',
        '9 jours',
        '',
        'PMSI',
        'Camille F. (patiente ou patient partenaire) et Dr Martin (professionnelle ou professionnel)',
      ],
    ]);
    const voice = panel().getByRole('article', { name: 'Questions posées en consultation (questions)' });
    expect(await voice.getByTestId('effect-trend').textContent()).toBe(
      'Tendance : pas encore, il faut au moins deux mesures chiffrées.',
    );
    expect(await voice.getByRole('table').textContent()).toContain('sans valeur');
    expect(await panel().textContent()).toContain('1 indicateur, 2 mesures, la dernière le 1 juin 2025.');
    expect(await axeViolations(library)).toEqual([]);
  });

  it('keeps them after a reload', async () => {
    await library.reload();
    await panel().getByTestId('effect-trend').first().waitFor();
    expect(await panel().getByTestId('effect-indicator').count()).toBe(2);
    const stored = await readEffects(library);
    expect(stored.map((i) => [i.category, i.label, i.unit, i.direction, i.measurements.length])).toEqual([
      ['clinical', 'Durée moyenne de séjour', 'jours', 'decrease', 2],
      ['empowerment', 'Questions posées en consultation', 'questions', 'increase', 1],
    ]);
    expect(stored[0]?.measurements.map((m) => [m.date, m.value, m.assessedBy])).toEqual([
      ['2025-02-01', 12.5, { patientPartner: 'Camille F.', professional: 'Dr Martin' }],
      ['2025-06-01', 9, { patientPartner: 'Camille F.', professional: 'Dr Martin' }],
    ]);
  });

  it('corrects a measurement: same form prefilled, same id, the trend and updatedAt follow', async () => {
    const [before] = await readEffects(library);
    const stay = panel().getByRole('article', { name: 'Durée moyenne de séjour (jours)' });
    await stay.getByRole('button', { name: 'Modifier la mesure du 1 février 2025 : Durée moyenne de séjour' }).click();
    const form = stay.getByRole('form', { name: 'Modifier la mesure du 1 février 2025 : Durée moyenne de séjour' });
    await expect.poll(() => focused(library)).toBe('h6: Modifier la mesure du 1 février 2025 : Durée moyenne de séjour');
    expect(await form.getByLabel(/^Valeur/).inputValue()).toBe('12,5');
    expect(await form.getByLabel('Source', { exact: true }).inputValue()).toBe('PMSI');
    await form.getByLabel(/^Valeur/).fill('13');
    await form.getByLabel('Source', { exact: true }).fill('PMSI, recompté');
    expect(await axeViolations(library)).toEqual([]);
    await form.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await library.getByText('Mesure du 1 février 2025 de « Durée moyenne de séjour » modifiée.').waitFor();
    await expect.poll(() => focused(library)).toBe('button: Modifier la mesure du 1 février 2025 : Durée moyenne de séjour');
    expect(await stay.getByTestId('effect-trend').textContent()).toBe(
      'Tendance : du 1 février 2025 au 1 juin 2025, de 13 jours à 9 jours, dans le sens souhaité.',
    );
    const [after] = await readEffects(library);
    expect(after?.measurements.map((m) => m.id)).toEqual(before?.measurements.map((m) => m.id));
    expect(after?.measurements[0]).toEqual({ ...before?.measurements[0], value: 13, source: 'PMSI, recompté' });
    expect((after?.updatedAt ?? '') > (before?.updatedAt ?? '')).toBe(true);
  });

  it('the full backup carries them: a broken copy is refused, « Tout supprimer » empties them, the backup brings them back', async () => {
    const before = await readEffects(library);
    const options = await session.openPage('options.html');
    await options.getByLabel('Format', { exact: true }).selectOption('json');
    // Assessors are named: encryption is the default; this test reads the plain file.
    const seal = options.getByRole('checkbox', { name: 'Chiffrer la sauvegarde avec une phrase de passe' });
    await expect.poll(() => seal.isChecked()).toBe(true);
    await seal.uncheck();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Exporter', exact: true }).click();
    backupPath = join(downloads, 'sauvegarde.json');
    await (await download).saveAs(backupPath);
    const backup = JSON.parse(await readFile(backupPath, 'utf8'));
    expect(backup.version).toBe(5);
    expect(backup.effects).toEqual(before);

    // A copy where a measurement lost its patient partner: refused whole, nothing written.
    const broken = structuredClone(backup);
    broken.effects[0].measurements[1].assessedBy.patientPartner = '';
    broken.projects[0].title = 'Titre qui ne doit pas arriver';
    broken.projects[0].updatedAt = '2099-01-01T00:00:00.000Z';
    const brokenPath = join(downloads, 'abimee.json');
    await writeFile(brokenPath, JSON.stringify(broken));
    await options.getByLabel(/^Fichier de sauvegarde/).setInputFiles(brokenPath);
    await options.getByRole('button', { name: 'Importer' }).click();
    await options.getByText("Import refusé, la bibliothèque n'a pas été modifiée :").waitFor();
    expect(await options.getByTestId('status-details').textContent()).toMatch(/^Indicateur 1 : /);
    expect(await readEffects(options)).toEqual(await readEffects(library));

    await options.getByRole('button', { name: 'Supprimer toute la bibliothèque…' }).click();
    // The confirmation says what goes with the library (RGAA 11.12), the indicators among it.
    await options.getByText(/Seront aussi supprimés : 1 projet .*, 2 indicateurs d’effets \(avec leurs mesures\)\./).waitFor();
    await options.getByRole('button', { name: 'Oui, tout supprimer' }).click();
    await options.getByText('La bibliothèque a été vidée.').waitFor();
    expect(await readEffects(options)).toEqual([]);

    await options.getByLabel(/^Fichier de sauvegarde/).setInputFiles(backupPath);
    await options.getByRole('button', { name: 'Importer' }).click();
    await options.getByText(/Restauré aussi : 1 projet, (.+, )?2 indicateurs d’effets\./).waitFor();
    expect(await readEffects(options)).toEqual(backup.effects);
    await options.close();

    await library.goto(projectUrl);
    await library.getByRole('heading', { level: 2, name: 'Accueil aux urgences' }).waitFor();
    const stay = panel().getByRole('article', { name: 'Durée moyenne de séjour (jours)' });
    expect(await stay.getByTestId('effect-trend').textContent()).toContain('dans le sens souhaité');
    expect(await axeViolations(library)).toEqual([]);
  });

  it('deletes a measurement after confirmation, with the keyboard', async () => {
    const stay = panel().getByRole('article', { name: 'Durée moyenne de séjour (jours)' });
    await stay.getByRole('button', { name: 'Supprimer la mesure du 1 juin 2025 : Durée moyenne de séjour' }).focus();
    await library.keyboard.press('Enter');
    await expect.poll(() => focused(library)).toBe('button: Oui, supprimer la mesure');
    await library.keyboard.press('Enter');
    await library.getByText('Mesure du 1 juin 2025 supprimée.').waitFor();
    expect(await stay.getByTestId('effect-trend').textContent()).toBe(
      'Tendance : pas encore, il faut au moins deux mesures chiffrées.',
    );
    expect(errors).toEqual([]);
  });
});
