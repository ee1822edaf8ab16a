/**
 * The checklist answered by several people in the real extension (Chromium, built MV3
 * extension; issue 17.2): a patient partner and a professional each answer their own
 * `<pp-checklist>`, then answer again; « Où nos réponses diffèrent » names, criterion by
 * criterion, where they differ, and still does after a reload (IndexedDB); axe reports no
 * violation.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { type ExtensionSession, launchWithExtension } from '../helpers/extension';

describe('a checklist answered by two people in the extension', () => {
  let session: ExtensionSession;
  let library: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    session = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
    session.context.on('weberror', (e) => errors.push(String(e.error())));
    library = await session.openPage('sidepanel.html?view=page&section=projects');
    await library.getByRole('button', { name: 'Nouveau projet' }).click();
    await library.getByLabel('Intitulé du projet').fill('Comité de pilotage de l’accueil');
    await library.getByLabel(/^Domaine du partenariat/).selectOption('parcours_soins');
    await library.getByLabel('Début').fill('2025-01-01');
    await library.getByRole('button', { name: 'Créer le projet' }).click();
    await library.getByRole('heading', { level: 2, name: 'Comité de pilotage de l’accueil' }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  const panel = () => library.getByRole('region', { name: 'Réponses de chaque membre' });
  const table = () => library.getByTestId('checklist-differences');
  const row = (n: number) =>
    table()
      .locator('tbody tr')
      .nth(n - 1);
  const cellsOf = (r: Locator) => r.locator('th, td').allTextContents();

  async function addMember(name: string, side: 'patient_partner' | 'professional') {
    await panel().getByLabel('Nom (facultatif)').fill(name);
    await panel().getByLabel('Répond en tant que').selectOption(side);
    await panel().getByRole('button', { name: 'Ajouter ce membre' }).click();
    await panel().getByRole('status').getByText(`Membre ajouté : ${name}`).waitFor();
    return library.getByRole('region', { name: `Réponses de ${name}` });
  }
  async function answer(sheet: Locator, answers: Record<string, 'oui' | 'non' | 'en_cours'>) {
    for (const [id, value] of Object.entries(answers))
      await sheet.locator(`pp-checklist input[name="a-${id}"][value="${value}"]`).check();
  }

  it('two people answer separately; the differences are named criterion by criterion', async () => {
    await panel().getByText('Il faut les réponses d’au moins deux membres pour les comparer.').waitFor();
    const camille = await addMember('Camille F.', 'patient_partner');
    await answer(camille, { 'has.1': 'oui', 'has.2': 'oui', 'has.3': 'non' });
    const martin = await addMember('Dr Martin', 'professional');
    await answer(martin, { 'has.1': 'non', 'has.2': 'oui', 'has.3': 'non' });
    await table().waitFor();
    await expect
      .poll(() => table().locator('caption').textContent())
      .toBe('Réponses de chaque membre, critère par critère : 1 critère à discuter.');
    expect(await cellsOf(row(1))).toEqual([
      '1. Y a-t-il un diagnostic partagé ?',
      'Camille F. : Oui',
      'Dr Martin : Non',
      'Réponses différentes (Oui / Non) — patients partenaires et professionnels ne disent pas la même chose',
    ]);
    expect((await cellsOf(row(2)))[3]).toBe('Même réponse');
    expect((await cellsOf(row(4)))[3]).toBe('Personne n’a répondu');
    expect(await axeViolations(library)).toEqual([]);
  });

  it('answering again moves the comparison, and it survives a reload', async () => {
    await panel().getByRole('button', { name: 'Répondre pour Camille F.' }).click();
    const camille = library.getByRole('region', { name: 'Réponses de Camille F.' });
    await answer(camille, { 'has.1': 'non', 'has.4': 'en_cours' });
    await expect
      .poll(() => table().locator('caption').textContent())
      .toBe('Réponses de chaque membre, critère par critère : 1 critère à discuter.');
    await expect.poll(async () => (await cellsOf(row(1)))[3]).toBe('Même réponse');
    await library.reload();
    await table().waitFor();
    expect(await cellsOf(row(4))).toEqual([
      '4. Les patients partenaires ont-ils une voix délibérative ?',
      'Camille F. : En cours',
      'Dr Martin : sans réponse',
      'Pas encore répondu par tous',
    ]);
    expect(errors).toEqual([]);
  });
});
