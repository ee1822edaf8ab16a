/**
 * Saving a PDF from the popup, in real Chromium with the built extension (issue 16): the
 * popup's « Titre » is required, so an empty one left « Enregistrer » showing only the
 * browser's « Please fill out this field ». A PDF without a title of its own takes its
 * file name, decoded and without its extension (docs/extension.md).
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../helpers/axe';
import { clickToolbarButton, type ExtensionSession, launchWithExtension, tabIdOf } from '../helpers/extension';
import { fixturesDir } from '../helpers/paths';
import { type StaticServer, serveFixtures } from '../helpers/server';

// A file name as sites write them: spaces, an accent, an underscore, percent-encoded.
const PDF_PATH = '/pages/files/Fiche%20du%20partenariat_%C3%A9t%C3%A9%202026.pdf';

describe('extension popup on a PDF', () => {
  let fixtures: StaticServer;
  let session: ExtensionSession;

  beforeAll(async () => {
    const pdf = await readFile(join(fixturesDir, 'pages/files/fiche-partenariat.pdf'));
    fixtures = await serveFixtures({
      routes: {
        [PDF_PATH]: (_req, res) => {
          res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': pdf.length }).end(pdf);
        },
      },
    });
    session = await launchWithExtension();
  });
  afterAll(async () => {
    await session?.close();
    await fixtures?.close();
  });

  it('fills « Titre » with the file name and saves in one click', async () => {
    const url = `${fixtures.url}${PDF_PATH}`;
    const tab = await session.context.newPage();
    await tab.goto(url);
    // The extension sees the tab's address only once the user invokes it there (activeTab).
    await clickToolbarButton(session.context, session.extensionId, url);
    const tabId = await tabIdOf(session.serviceWorker, url);

    const popup = await session.openPage(`popup.html?tab=${tabId}`);
    const title = popup.getByLabel('Titre');
    await title.waitFor();
    expect(await title.inputValue()).toBe('Fiche du partenariat été 2026');
    expect(await popup.locator('.page-facts').textContent()).toContain('PDF');
    expect(await axeViolations(popup)).toEqual([]);

    await popup.getByRole('button', { name: 'Enregistrer la page dans la bibliothèque' }).click();
    await popup.getByText('Enregistrée dans votre bibliothèque.').waitFor();
    const saved = await session.serviceWorker.evaluate(async (id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(saved).toBe('✓');
    await popup.close();

    // The side panel lists it under that title.
    const panel = await session.openPage('sidepanel.html');
    await panel.getByRole('button', { name: /Fiche du partenariat été 2026/ }).waitFor();
    await panel.close();
    await tab.close();
  });
});
