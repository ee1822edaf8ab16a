/**
 * The workspace in a real Firefox (firefox-esr, the MV2 build loaded from `.output/firefox-mv2`):
 * a project is created in the library page, its `<pp-checklist>` answered (kept in IndexedDB,
 * found again after a reload) and a charter signed in `<pp-charter-signer>` with a typed
 * signature; the same project opened in Firefox's sidebar renders both widgets there. The
 * widgets are the library's own elements (imported from widgets/, defined in the extension's
 * pages), in the extension's CSP. No console error, no request from any extension context.
 */
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  contextOf,
  EXTENSION_BASE,
  extensionErrors,
  type FirefoxSession,
  fill,
  isExtensionContext,
  isNetwork,
  launchFirefox,
  press,
  readStore,
  reloadExtensionPage,
  waitFor,
  waitForText,
} from '../helpers/firefox';

const TITLE = 'Ateliers d’éducation thérapeutique diabète';

/** Sets a date field's value and fires the events a user's choice fires (date pickers are not typed into). */
async function setDate(page: Page, selector: string, value: string): Promise<void> {
  const input = await page.waitForSelector(selector, { timeout: 20_000 });
  await input?.evaluate((el, v) => {
    const field = el as HTMLInputElement;
    field.value = v;
    field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }, value);
}

/** A button inside `host`'s (open) shadow root, by its text. */
async function shadowButton(page: Page, host: string, text: string) {
  const button = await page.waitForSelector(`${host} >>> button::-p-text(${text})`, { timeout: 20_000 });
  if (!button) throw new Error(`no button ${text} in ${host}`);
  return button;
}

describe('Firefox: a project with <pp-checklist> and <pp-charter-signer>, in a tab and in the sidebar', () => {
  let session: FirefoxSession;
  let library: Page;
  let projectId: string;

  beforeAll(async () => {
    session = await launchFirefox();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('creates a project: its checklist and charter sections hold the widgets, rendered', async () => {
    library = await session.openPage('sidepanel.html?view=page&section=projects');
    await press(await library.waitForSelector('#project-create', { timeout: 20_000 }));
    await fill(library, '#project-new-title', TITLE);
    await library.select('#project-new-domain', 'parcours_soins');
    await setDate(library, '#project-new-start', '2026-03-01');
    await fill(library, '#project-new-description', 'Co-construire les ateliers avec deux patients partenaires.');
    await press(await library.waitForSelector('form.project-form button[type=submit]'));
    await waitForText(library, TITLE, 'h2');
    projectId = new URL(await library.evaluate(() => location.href)).searchParams.get('id') ?? '';
    expect(projectId).not.toBe('');

    // <pp-checklist>: the HAS checklist, criterion by criterion, in its shadow root, once opened.
    await press(await library.waitForSelector('button[aria-controls$="-sheet"][aria-expanded=false]'));
    await library.waitForSelector('pp-checklist >>> fieldset[part=criterion]', { timeout: 20_000 });
    const criteria = await library.$$eval(
      'pp-checklist',
      (els) => els[0]?.shadowRoot?.querySelectorAll('fieldset[part=criterion]').length,
    );
    expect(criteria).toBeGreaterThan(5);
    expect(await library.$eval('pp-checklist', (el) => el.constructor.name)).not.toBe('HTMLElement'); // defined, upgraded
  });

  it('answers the checklist: the evaluation is kept in the library and found again after a reload', async () => {
    await setDate(library, 'pp-checklist >>> input[type=date]', '2026-03-15');
    await press(await library.waitForSelector('pp-checklist >>> input[name="a-has.1"][value=non]'));
    await press(await library.waitForSelector('pp-checklist >>> input[name="a-has.2"][value=en_cours]'));
    await press(await library.waitForSelector('pp-checklist >>> input[name="a-has.3"][value=oui]'));
    await waitForText(library, '15 mars 2026 : 1 oui, 1 non, 1 en cours', '[data-testid=checklist-history]');

    await reloadExtensionPage(library);
    await waitForText(library, '15 mars 2026 : 1 oui, 1 non, 1 en cours', '[data-testid=checklist-history]');
    await press(await library.waitForSelector('button[aria-controls$="-sheet"][aria-expanded=false]'));
    const checked = await library.waitForSelector('pp-checklist >>> input[name="a-has.1"][value=non]:checked', {
      timeout: 20_000,
    });
    expect(checked).not.toBeNull();
    const [stored] = await readStore<{
      projectId: string;
      state: { current: { date: string; answers: Record<string, string> } };
    }>(library, 'checklists');
    expect(stored?.projectId).toBe(projectId);
    expect(stored?.state.current.date).toBe('2026-03-15');
  });

  it('signs the charter in <pp-charter-signer> with a typed signature, kept with the project', async () => {
    await press(await library.waitForSelector('::-p-text(Signer une nouvelle charte)', { timeout: 20_000 }));
    await library.waitForSelector('pp-charter-signer >>> [part=text]', { timeout: 20_000 });
    const text = await library.$eval(
      'pp-charter-signer',
      (el) => (el.shadowRoot?.querySelector('[part=text]') as HTMLElement | null)?.innerText ?? '',
    );
    expect(text).toContain(TITLE);

    for (const [field, value] of [
      ['#name', 'Awa Diallo'],
      ['#mention', 'Lu et approuvé'],
      ['#typedName', 'Awa Diallo'],
    ] as const) {
      await (await library.waitForSelector(`pp-charter-signer >>> ${field}`))?.focus();
      await library.keyboard.type(value);
    }
    await press(await shadowButton(library, 'pp-charter-signer', 'Relire avant de signer'));
    await press(await shadowButton(library, 'pp-charter-signer', 'Signer la charte'));
    await library.waitForSelector('pp-charter-signer >>> ::-p-text(Signature de Awa Diallo enregistrée.)', { timeout: 20_000 });
    await waitForText(library, 'Awa Diallo', '[data-testid=charter-records]');
    const charters = await readStore<{ projectId: string; record: { signatures: Array<{ method: string }> } }>(
      library,
      'charters',
    );
    expect(charters).toHaveLength(1);
    expect(charters[0]?.projectId).toBe(projectId);
    expect(charters[0]?.record.signatures.map((s) => s.method)).toEqual(['typed']);
  });

  it('opens the same project in Firefox’s sidebar: <pp-checklist> and the charter records rendered there', async () => {
    expect(await session.sidebarOpen()).toBe(true);
    await library.evaluate((id: string) => {
      const ext = (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser;
      const [view] = ext.extension.getViews({ type: 'sidebar' });
      if (!view) throw new Error('no sidebar');
      view.location.href = `sidepanel.html?section=projects&id=${encodeURIComponent(id)}`;
    }, projectId);
    const inSidebar = () =>
      library.evaluate(() => {
        const ext = (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser;
        const [view] = ext.extension.getViews({ type: 'sidebar' });
        const doc = view?.document;
        // The checklist's criteria show once its button is pressed (closed on opening the page).
        doc?.querySelector<HTMLButtonElement>('button[aria-controls$="-sheet"][aria-expanded=false]')?.click();
        return {
          url: view?.location.href ?? '',
          width: view?.innerWidth ?? 0,
          criteria: doc?.querySelector('pp-checklist')?.shadowRoot?.querySelectorAll('fieldset[part=criterion]').length ?? 0,
          history: (doc?.querySelector('[data-testid=checklist-history]') as HTMLElement | null)?.innerText ?? '',
          charters: (doc?.querySelector('[data-testid=charter-records]') as HTMLElement | null)?.innerText ?? '',
          overflow: doc ? doc.documentElement.scrollWidth > doc.documentElement.clientWidth : true,
        };
      });
    await waitFor(
      async () => (await inSidebar()).criteria > 5 && (await inSidebar()).charters.includes('Awa Diallo'),
      20_000,
      'widgets in the sidebar',
    );
    const seen = await inSidebar();
    expect(seen.url).toBe(`${EXTENSION_BASE}/sidepanel.html?section=projects&id=${encodeURIComponent(projectId)}`);
    expect(seen.history).toContain('15 mars 2026 : 1 oui, 1 non, 1 en cours');
    expect(seen.overflow).toBe(false);

    // In the sidebar too, <pp-charter-signer> opens for a new signature.
    await library.evaluate(() => {
      const ext = (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser;
      const doc = ext.extension.getViews({ type: 'sidebar' })[0]?.document;
      const button = [...(doc?.querySelectorAll('button') ?? [])].find(
        (b) => b.textContent?.trim() === 'Signer une nouvelle charte',
      );
      if (!button) throw new Error('no sign button in the sidebar');
      button.click();
    });
    await waitFor(
      () =>
        library.evaluate(() => {
          const ext = (globalThis as unknown as { browser: { extension: { getViews(o: object): Window[] } } }).browser;
          const doc = ext.extension.getViews({ type: 'sidebar' })[0]?.document;
          return Boolean(doc?.querySelector('pp-charter-signer')?.shadowRoot?.querySelector('[part=text]'));
        }),
      20_000,
      '<pp-charter-signer> in the sidebar',
    );
  });

  it('no console error from the extension, no request from any of its contexts', async () => {
    expect(extensionErrors(await session.console())).toEqual([]);
    expect((await session.requests()).filter((r) => isNetwork(r) && isExtensionContext(contextOf(r)))).toEqual([]);
  });
});
