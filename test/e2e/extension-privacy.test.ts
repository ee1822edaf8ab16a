/**
 * Keep less, protect what is kept (issue 20), in the built extension in Chromium on the
 * demo hospital's directory page (strict CSP):
 * - the popup keeps what the list shows: a card whose details are open on the page (the
 *   coordinator's full card, a directory card opened by the visitor) offers them behind a
 *   disclosure, kept only when ticked; what will be kept is said before saving;
 * - the full backup, holding those contacts, is encrypted by default: exported with a
 *   passphrase, the library erased, imported with a wrong passphrase (a clear message,
 *   nothing written), then with the right one (the same contacts, to the byte).
 * The popup is driven as in extension-projects.test.ts (toolbar action over CDP, then
 * `popup.html?tab=<id>`).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedContact } from '../../shared/schemas/contact';
import { axeViolations } from '../helpers/axe';
import { clickToolbarButton, type ExtensionSession, launchWithExtension, tabIdOf } from '../helpers/extension';
import { type StaticServer, serveDemo } from '../helpers/server';

const PASS = 'cheval correct pile agrafe';

/** Every record of a store of the library database, read from an extension page. */
function readStore(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((done, fail) => {
        const open = indexedDB.open('binome-library');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => {
            open.result.close();
            done(request.result);
          };
        };
      }),
    store,
  );
}

const byName = (contacts: SavedContact[], name: string) => contacts.find((c) => c.shown.name === name);

describe('keep less, protect what is kept — the real extension on the demo directory', () => {
  let demo: StaticServer;
  let session: ExtensionSession;
  let downloads: string;
  let savedContacts: SavedContact[] = [];
  let sealedPath = '';

  beforeAll(async () => {
    demo = await serveDemo();
    session = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
    downloads = await mkdtemp(join(tmpdir(), 'binome-privacy-'));
  });
  afterAll(async () => {
    await session?.close();
    await demo?.close();
    await rm(downloads, { recursive: true, force: true });
  });

  it('keeps what the directory shows, and a card’s details only when opened and chosen in the popup', async () => {
    const pageUrl = `${demo.url}/partenaires.html`;
    const hospital = await session.context.newPage();
    await hospital.goto(pageUrl);
    const directory = hospital.locator('pp-partner-list#annuaire');
    await expect.poll(() => directory.locator('[part~="card"]').count()).toBeGreaterThan(20);
    // The visitor opens Camille's card in the directory: the page now shows her details.
    const camille = directory.locator('[part~="card"]').filter({ hasText: 'Camille F.' });
    await camille.locator('button[part~="toggle"]').click();
    await expect.poll(async () => JSON.parse((await camille.getAttribute('data-pp-shown')) ?? '{}').detail).toBe('full');

    await clickToolbarButton(session.context, session.extensionId, pageUrl);
    const popup = await session.openPage(`popup.html?tab=${await tabIdOf(session.serviceWorker, pageUrl)}`);
    await popup.getByRole('heading', { name: /patients partenaires sur cette page$/ }).waitFor();
    // Said before saving: what every contact keeps, and that no card detail is kept.
    const kept = popup.getByTestId('found-kept');
    expect(await kept.textContent()).toContain('Sera gardé : nom (s’il est affiché), rôles, domaines, territoire');
    expect(await kept.textContent()).toContain('Aucun détail de fiche (formations, expérience vécue…) n’est gardé.');
    // Only the cards showing their details offer them: the coordinator's full card (Agnès L.) and the one opened.
    const people = popup.locator('.found-list > li');
    const withDetails = people.filter({ has: popup.locator('details.found-details') });
    expect((await withDetails.locator(':scope > label').allTextContents()).map((t) => t.split(/(?=Patient)/)[0]?.trim())).toEqual(
      ['Agnès L.', 'Camille F.'],
    );
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByRole('button', { name: 'Tout désélectionner' }).click();
    await popup.getByRole('checkbox', { name: /^Agnès L\./ }).check();
    await popup.getByRole('checkbox', { name: /^Camille F\./ }).check();
    await popup.getByRole('checkbox', { name: /^Aïcha D\./ }).check();
    // Agnès's details: opened, read, chosen. Camille's stay unchosen.
    const agnes = people.filter({ hasText: 'Agnès L.' });
    await agnes.getByText('Détails affichés par la page').click();
    expect(await agnes.locator('details p').first().textContent()).toMatch(/^La fiche montre aussi : .*expérience vécue/);
    await agnes.getByRole('checkbox', { name: 'Garder aussi ces détails dans le contact' }).check();
    expect(await kept.textContent()).toMatch(/S’y ajoutent, pour 1 personne, les détails choisis : .*expérience vécue/);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.getByRole('button', { name: 'Enregistrer 3 contacts' }).click();
    await popup.getByText('3 contacts ajoutés.').waitFor();

    savedContacts = (await readStore(popup, 'contacts')) as SavedContact[];
    expect(savedContacts).toHaveLength(3);
    // Chosen: her details, lived experience included.
    expect(byName(savedContacts, 'Agnès L.')).toMatchObject({ detail: 'full', shown: { experience: expect.any(Object) } });
    // Opened on the page but not chosen, or closed: what the list shows, nothing more.
    for (const name of ['Camille F.', 'Aïcha D.']) {
      const contact = byName(savedContacts, name);
      expect(contact?.detail).toBe('compact');
      expect(contact?.shown.experience).toBeUndefined();
      expect(contact?.shown.association).toBeUndefined();
      expect(contact?.shown).toMatchObject({
        trainings: [],
        missions: [],
        statuses: [],
        abilities: [],
        projects: [],
        languages: [],
      });
      expect(contact?.shown.contact.length).toBeLessThanOrEqual(1);
    }
    await popup.close();
    await hospital.close();
  });

  it('exports the backup encrypted by default, since it holds contacts; nothing of them in clear', async () => {
    const options = await session.openPage('options.html');
    await options.getByLabel('Format', { exact: true }).selectOption('json');
    const seal = options.getByRole('checkbox', { name: 'Chiffrer la sauvegarde avec une phrase de passe' });
    await expect.poll(() => seal.isChecked()).toBe(true);
    await options
      .getByText(
        'Recommandé : votre bibliothèque contient des données sur des personnes (contacts, registre des partenaires, équipes, signatures, réunions ou évaluations des projets).',
      )
      .waitFor();
    await options.getByLabel(/^Phrase de passe12 caractères/).fill(PASS);
    await options.getByLabel('Confirmer la phrase de passe').fill(PASS);
    await options.getByText('Estimation de la solidité : solide.').waitFor();
    expect(await axeViolations(options)).toEqual([]);
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Exporter', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^binome-bibliotheque-\d{4}-\d{2}-\d{2}-chiffree\.json$/);
    sealedPath = join(downloads, file.suggestedFilename());
    await file.saveAs(sealedPath);
    await options.getByText(/^Sauvegarde chiffrée « .* » enregistrée dans vos téléchargements\.$/).waitFor();
    const text = await readFile(sealedPath, 'utf8');
    const envelope = JSON.parse(text);
    expect(envelope).toMatchObject({
      format: 'binome-encrypted-backup',
      version: 1,
      contains: 'binome-library',
      kdf: { name: 'PBKDF2', hash: 'SHA-256', iterations: 600_000 },
      cipher: { name: 'AES-GCM' },
    });
    for (const clear of ['Agnès', 'Camille', 'Aïcha', 'pp-0', 'experience', 'contacts']) expect(text).not.toContain(clear);
    await options.close();
  });

  it('after erasing, a wrong passphrase changes nothing; the right one brings the same contacts back', async () => {
    const options = await session.openPage('options.html');
    await options.getByRole('button', { name: 'Supprimer toute la bibliothèque…' }).click();
    await options.getByRole('button', { name: 'Oui, tout supprimer' }).click();
    await options.getByText('La bibliothèque a été vidée.').waitFor();
    expect(await readStore(options, 'contacts')).toEqual([]);

    await options.getByLabel(/^Fichier de sauvegarde/).setInputFiles(sealedPath);
    const open = options.getByLabel(/^Phrase de passe de la sauvegarde/);
    await open.waitFor();
    await open.fill('cheval correct pile agrafé');
    await options.getByRole('button', { name: 'Importer' }).click();
    await options
      .getByText(
        'Phrase de passe incorrecte : la sauvegarde n’a pas été déchiffrée. Rien n’a été importé, la bibliothèque n’a pas été modifiée.',
      )
      .waitFor();
    expect(await open.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => open.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await readStore(options, 'contacts')).toEqual([]);
    expect(await readStore(options, 'items')).toEqual([]);
    expect(await axeViolations(options)).toEqual([]);

    await open.fill(PASS);
    await options.getByRole('button', { name: 'Importer' }).click();
    await options.getByText(/^Import terminé/).waitFor();
    const back = (await readStore(options, 'contacts')) as SavedContact[];
    const byId = (list: SavedContact[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(byId(back)).toEqual(byId(savedContacts));
    await options.close();
  });
});
