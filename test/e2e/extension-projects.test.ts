/**
 * One product: the widget library inside the real extension, in Chromium.
 *
 * On the demo hospital's page of patient partners (served with its strict CSP), the popup
 * offers the cards the page shows and saves two as contacts; the library's Contacts
 * section shows them with `<pp-partner-card>`; a project is created, its `<pp-checklist>`
 * filled on two dates (history kept in IndexedDB, seen after a reload), a charter signed
 * by two people in `<pp-charter-signer>` (one by a keyboard-typed signature, one drawn),
 * its record exported, then verified and refused once tampered with; `<pp-matching-form>`
 * ranks the saved contacts and the selection becomes the project's partners. axe reports
 * no violation on any extension page that hosts widgets.
 *
 * The popup gets access to the page as in extension-library.test.ts: the toolbar action
 * is invoked over the DevTools protocol (`Extensions.triggerAction`), which grants
 * activeTab like a click, then the popup page is driven in a tab (`popup.html?tab=<id>`).
 *
 * The build is read too: each widget is in the extension's page bundles once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SavedContact } from '../../shared/schemas/contact';
import { axeViolations } from '../helpers/axe';
import { clickToolbarButton as clickToolbar, launchWithExtension, tabIdOf as tabIdOfUrl } from '../helpers/extension';
import { chromeExtensionDist, repoRoot } from '../helpers/paths';
import { type StaticServer, serveDemo } from '../helpers/server';

// ——— the build: each widget once ———

/**
 * Plain ASCII text literals of a source file — messages, mostly — which survive minification
 * unchanged (import paths, URLs and CSS are left out: the bundler rewrites or shares them).
 */
function literals(source: string): string[] {
  const code = source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  return [...code.matchAll(/(['"])((?:(?!\1)[ -~])*?)\1/g)]
    .map((m) => m[2] as string)
    .filter((s) => s.length >= 14 && / [a-z]{3}/i.test(s) && !/[\\{}<>]|:\/\/|^\.{0,2}\//.test(s) && !s.includes('${'));
}

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name))
    .map((e) => join(e.parentPath, e.name));
}

const count = (haystack: string, needle: string) => haystack.split(needle).length - 1;

describe('extension build: the widgets are imported from widgets/, each bundled once', () => {
  const pages = readdirSync(join(chromeExtensionDist, 'chunks'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(chromeExtensionDist, 'chunks', f), 'utf8'))
    .join('\n');
  const injected = ['page-reader.js', 'partner-reader.js']
    .map((f) => readFileSync(join(chromeExtensionDist, f), 'utf8'))
    .join('\n');
  const all = [
    ...sources(resolve(repoRoot, 'widgets')),
    ...sources(resolve(repoRoot, 'shared')),
    ...sources(resolve(repoRoot, 'extension')),
  ].map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  /** Literals found in this file and in no other source file: a fingerprint of the module. */
  const fingerprint = (file: string) => {
    const own = readFileSync(file, 'utf8');
    return [...new Set(literals(own))]
      .filter((s) => all.every((o) => o.file === file || !o.text.includes(s)))
      .map((s) => ({ literal: s, inSource: count(own, s) }));
  };

  it.each([
    ['checklist', ['checklist.ts', 'messages.ts']],
    ['charter-signer', ['charter-signer.ts', 'messages.ts']],
    ['matching-form', ['matching-form.ts', 'messages.ts', 'need-messages.ts']],
    ['partner-card', ['partner-card.ts', 'messages.ts', 'render.ts']],
  ])('<pp-%s> is in the pages’ bundles exactly once, and in no injected script', (name, files) => {
    const marks = files.flatMap((file) => fingerprint(resolve(repoRoot, 'widgets', name, file)));
    expect(marks.length).toBeGreaterThan(2);
    for (const { literal, inSource } of marks) {
      expect({ literal, bundled: count(pages, literal) }).toEqual({ literal, bundled: inSource });
      expect(count(injected, literal)).toBe(0);
    }
  });

  it('bundles no widget module twice (every module of widgets/ with a fingerprint)', () => {
    let checked = 0;
    for (const file of sources(resolve(repoRoot, 'widgets'))) {
      for (const { literal, inSource } of fingerprint(file)) {
        const bundled = count(pages, literal);
        expect({ file: relative(repoRoot, file), literal, bundled: bundled <= inSource }).toEqual({
          file: relative(repoRoot, file),
          literal,
          bundled: true,
        });
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

// ——— the extension in Chromium ———

interface Session {
  context: BrowserContext;
  worker: Worker;
  id: string;
  profile: string;
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

async function launch(): Promise<Session> {
  const session = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
  return {
    context: session.context,
    worker: session.serviceWorker,
    id: session.extensionId,
    profile: session.profileDir,
    open: session.openPage,
    close: session.close,
  };
}

const clickToolbarButton = (session: Session, url: string) => clickToolbar(session.context, session.id, url);
const tabIdOf = (session: Session, url: string) => tabIdOfUrl(session.worker, url);

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

describe('the widgets in the extension: contacts from a hospital page, a project, its checklist, charter and matching', () => {
  let demo: StaticServer;
  let session: Session;
  let pageUrl: string;
  let library: Page;
  const work = mkdtemp(join(tmpdir(), 'binome-projects-files-'));
  const errors: string[] = [];

  beforeAll(async () => {
    demo = await serveDemo();
    session = await launch();
    session.context.on('weberror', (e) => errors.push(String(e.error())));
  });
  afterAll(async () => {
    await session?.close();
    await demo?.close();
    await rm(await work, { recursive: true, force: true });
  });

  it('offers the partner cards the hospital page shows — only what it shows — and saves two as contacts', async () => {
    pageUrl = `${demo.url}/partenaires.html`;
    const hospital = await session.context.newPage();
    await hospital.goto(pageUrl);
    // The directory has drawn its cards (in its shadow root).
    await expect.poll(() => hospital.locator('pp-partner-list#annuaire [part~="card"]').count()).toBeGreaterThan(20);
    // Every card of the page says what it shows (data-pp-shown): one person of one establishment, once.
    const drawn = await hospital.evaluate(() => {
      const people = new Set<string>();
      for (const widget of document.querySelectorAll('pp-partner-card, pp-partner-list')) {
        for (const card of widget.shadowRoot?.querySelectorAll('[part~="card"][data-pp-shown]') ?? []) {
          const { partner, establishment } = JSON.parse(card.getAttribute('data-pp-shown') ?? '{}');
          people.add(`${establishment.name}#${partner.id}`);
        }
      }
      return people.size;
    });
    expect(drawn).toBeGreaterThan(30);
    await clickToolbarButton(session, pageUrl);
    const tabId = await tabIdOf(session, pageUrl);

    const popup = await session.open(`popup.html?tab=${tabId}`);
    const heading = popup.getByRole('heading', { name: /patients partenaires sur cette page$/ });
    await heading.waitFor();
    const offered = popup.locator('.found-partners li');
    // The directories' cards, with the coordinator's card and the English compact card among them (one entry each).
    expect(await offered.count()).toBe(drawn);
    const text = (await popup.locator('.found-partners').textContent()) ?? '';
    expect(text).toContain('Camille F.');
    // Withdrawn consents and the establishment's manager are not offered; unnamed people are not named.
    for (const absent of ['Rémi G.', 'Samuel N.', 'Isabelle C.', 'Denis A.', 'Sophie', 'Lanier', 'Fatou', 'Sow']) {
      expect(text).not.toContain(absent);
    }
    expect(await axeViolations(popup)).toEqual([]);

    // The same popup saves the page itself as a library resource (linked to the project later).
    await popup.getByRole('button', { name: 'Enregistrer la page dans la bibliothèque' }).click();
    await popup.getByText('Enregistrée dans votre bibliothèque.').waitFor();

    await popup.getByRole('button', { name: 'Tout désélectionner' }).click();
    await popup.getByRole('checkbox', { name: /^Camille F\./ }).check();
    await popup.getByRole('checkbox', { name: /^Aïcha D\./ }).check();
    await popup.getByRole('button', { name: 'Enregistrer 2 contacts' }).click();
    await popup.getByText('2 contacts ajoutés.').waitFor();
    expect(await popup.getByRole('checkbox', { name: /^Camille F\..*déjà dans vos contacts/ }).count()).toBe(1);

    // What was stored: what the card showed, the page and the date — no photo, no consent record.
    const contacts = (await readStore(popup, 'contacts')) as SavedContact[];
    expect(contacts).toHaveLength(2);
    const aicha = contacts.find((c) => c.shown.name === 'Aïcha D.');
    expect(aicha?.source).toMatchObject({
      pageUrl,
      pageTitle: expect.stringContaining('Nos patients partenaires'),
      feedUrl: `${demo.url}/data/partenaires.json`,
    });
    expect(Date.now() - Date.parse(aicha?.source.seenAt ?? '')).toBeLessThan(120_000);
    // A directory card with its details closed: the compact fields, and her own address it offers.
    expect(aicha?.detail).toBe('compact');
    expect(aicha?.shown.contact.map((r) => r.href)).toEqual(['mailto:aicha.d@example.org']);
    const raw = JSON.stringify(contacts);
    expect(raw).not.toMatch(/"photo"|"consents"|"managesEstablishment"|Diallo/);
    await popup.close();
    await hospital.close();
  });

  it('offers only the cards on screen: a filtered directory, and a compact card’s fields only', async () => {
    const hospital = await session.context.newPage();
    await hospital.goto(pageUrl);
    const list = hospital.locator('pp-partner-list#annuaire');
    await expect.poll(() => list.locator('[part~="card"]').count()).toBeGreaterThan(20);
    await list.locator('input[type=search]').fill('Camille');
    await expect.poll(() => list.locator('[part~="card"]').count()).toBe(1);
    // The directory of several establishments, filtered to nobody.
    const ght = hospital.locator('pp-partner-list#annuaire-ght');
    await ght.locator('input[type=search]').fill('Camille');
    await expect.poll(() => ght.locator('[part~="card"]').count()).toBe(0);
    await clickToolbarButton(session, pageUrl);
    const popup = await session.open(`popup.html?tab=${await tabIdOf(session, pageUrl)}`);
    await popup.getByRole('heading', { name: '3 patientes et patients partenaires sur cette page' }).waitFor();
    // In page order: the coordinator's card, Camille from the filtered directory, the English compact card.
    const labels = await popup.locator('.found-partners li').allTextContents();
    expect(labels.map((l) => l.split(/(?=Patient)/)[0]?.trim())).toEqual(['Agnès L.', 'Camille F.', 'Karim B.']);
    expect(labels[1]).toContain('déjà dans vos contacts');
    expect(labels[2]).toContain('fiche abrégée');
    await popup.close();
    await hospital.close();
  });

  it('shows the contacts in the library with <pp-partner-card>, and records their agreement to be proposed', async () => {
    library = await session.open('sidepanel.html?view=page&section=contacts');
    await library.getByTestId('contacts-count').filter({ hasText: '2 contacts' }).waitFor();
    for (const name of ['Camille F.', 'Aïcha D.']) {
      await library.getByRole('link', { name }).click();
      const card = library.locator('pp-partner-card');
      await expect.poll(() => card.locator('[part="name"]').textContent()).toBe(name);
      expect(await card.locator('img[part~="photo"]:not([hidden])').count()).toBe(0); // no remote portrait
      expect(await library.getByText(/^Fiche lue sur « Nos patients partenaires/).count()).toBe(1);
      expect(await axeViolations(library)).toEqual([]);
      await library.getByRole('checkbox', { name: /accord pour être proposée/ }).check();
      await library.getByRole('button', { name: 'Enregistrer l’accord' }).click();
      await library.getByText('Accord enregistré.').waitFor();
    }
    const contacts = (await readStore(library, 'contacts')) as Array<{ matchingConsent?: { granted: boolean } }>;
    expect(contacts.every((c) => c.matchingConsent?.granted)).toBe(true);
  });

  it('creates a project', async () => {
    await library.getByRole('link', { name: 'Projets' }).click();
    await library.getByRole('button', { name: 'Nouveau projet' }).click();
    await library.getByLabel('Intitulé du projet').fill('Ateliers d’éducation thérapeutique diabète');
    await library.getByLabel(/^Domaine du partenariat/).selectOption('parcours_soins');
    await library.getByLabel('Début').fill('2026-03-01');
    await library.getByLabel(/^Description/).fill('Co-construire les ateliers avec deux patients partenaires.');
    await library.getByRole('button', { name: 'Créer le projet' }).click();
    await library.getByRole('heading', { level: 2, name: 'Ateliers d’éducation thérapeutique diabète' }).waitFor();
    expect(new URL(library.url()).searchParams.get('section')).toBe('projects');
    // The project's widgets are the library's own elements, defined in this page; the checklist's once opened.
    await library.getByRole('button', { name: 'Afficher la check-list' }).click();
    await library.locator('pp-checklist fieldset[part=criterion]').first().waitFor();
    expect(await axeViolations(library)).toEqual([]);
  });

  it('fills the checklist on two dates and keeps the history in the library', async () => {
    const checklist = library.locator('pp-checklist');
    await checklist.locator('input[type=date]').fill('2026-03-15');
    await checklist.locator('input[name="a-has.1"][value=non]').check();
    await checklist.locator('input[name="a-has.2"][value=en_cours]').check();
    await checklist.locator('input[name="a-has.3"][value=oui]').check();
    await library.getByTestId('checklist-history').filter({ hasText: '15 mars 2026 : 1 oui, 1 non, 1 en cours' }).waitFor();

    await checklist.getByRole('button', { name: 'Nouvelle évaluation datée' }).click();
    await checklist.locator('input[name="a-has.1"][value=oui]').check();
    await checklist.locator('input[name="a-has.2"][value=oui]').check();
    // The new evaluation starts from the previous answers (the widget's rule): 3 « oui » now.
    await expect
      .poll(() => library.getByTestId('checklist-history').textContent())
      .toMatch(
        /^15 mars 2026 : 1 oui, 1 non, 1 en cours, 7 sans réponse.*3 oui, 0 non, 0 en cours, 7 sans réponse \(évaluation actuelle\)$/,
      );
    // The widget's own history: timeline and table, by date.
    await checklist.locator('[part=history] table').waitFor({ state: 'attached' });
    expect(await checklist.locator('[part=history] tbody tr').first().textContent()).toContain('Non → Oui');

    // Kept in IndexedDB: after a reload, the same two evaluations.
    await library.reload();
    await library.getByRole('button', { name: 'Afficher la check-list' }).click();
    await library.locator('pp-checklist [part=history] table').waitFor({ state: 'attached' });
    expect(await library.getByTestId('checklist-history').locator('li').count()).toBe(2);
    const [stored] = (await readStore(library, 'checklists')) as Array<{ state: { history: { date: string }[] } }>;
    expect(stored?.state.history.map((e) => e.date)).toEqual(['2026-03-15']);
    expect(await axeViolations(library)).toEqual([]);
  });

  it('signs a charter with two signatories (one by a keyboard-typed signature), exports and verifies it', async () => {
    await library.getByRole('button', { name: 'Signer une nouvelle charte' }).click();
    const signer = library.locator('pp-charter-signer');
    await signer.locator('[part=text]').waitFor();

    // The patient partner, keyboard only: name, mention and typed signature.
    await signer.locator('#name').focus();
    await library.keyboard.type('Awa Diallo');
    await signer.locator('#mention').focus();
    await library.keyboard.type('Lu et approuvé');
    await signer.locator('#typedName').focus();
    await library.keyboard.type('Awa Diallo');
    await signer.getByRole('button', { name: 'Relire avant de signer' }).focus();
    await library.keyboard.press('Enter');
    await signer.getByRole('button', { name: 'Signer la charte' }).focus();
    await library.keyboard.press('Enter');
    await signer.getByText('Signature de Awa Diallo enregistrée.').waitFor();

    // The professional draws a signature with the mouse.
    await signer.locator('#name').fill('Dr Karim Benali');
    await signer.locator('#role').selectOption('professionnel_sante');
    await signer.locator('#mention').fill('lu et approuve');
    await signer.getByLabel('Dessiner ma signature').check();
    const pad = signer.locator('[part=pad]');
    const box = (await pad.boundingBox()) as { x: number; y: number; width: number; height: number };
    await library.mouse.move(box.x + box.width * 0.1, box.y + box.height * 0.7);
    await library.mouse.down();
    for (let i = 1; i <= 10; i++)
      await library.mouse.move(box.x + box.width * (0.1 + i * 0.05), box.y + box.height * (0.7 - i * 0.04));
    await library.mouse.up();
    await signer.getByRole('button', { name: 'Relire avant de signer' }).click();
    await signer.getByRole('button', { name: 'Signer la charte' }).click();
    await signer.getByText('Signature de Dr Karim Benali enregistrée.').waitFor();
    expect(await signer.locator('.completion').textContent()).toContain('Charte complète');
    await library
      .getByTestId('charter-records')
      .filter({ hasText: '2 signatures (Awa Diallo, Dr Karim Benali) — ✓ complète' })
      .waitFor();
    expect(await axeViolations(library)).toEqual([]);

    // Export the record (the widget's own download, from the extension page).
    const [download] = await Promise.all([
      library.waitForEvent('download'),
      signer.getByRole('button', { name: 'Télécharger le dossier (JSON)' }).click(),
    ]);
    const exported = join(await work, 'charte.json');
    await download.saveAs(exported);
    const record = JSON.parse(await readFile(exported, 'utf8'));
    expect(record.signatures.map((s: { method: string }) => s.method)).toEqual(['typed', 'drawn']);
    expect(record.charter.projectTitle).toBe('Ateliers d’éducation thérapeutique diabète');

    // Verify it with the same element in verify mode: intact; it is already in the project.
    await library.getByRole('button', { name: 'Importer un dossier signé' }).click();
    const verifier = library.getByTestId('charter-verifier');
    await verifier.locator('input[type=file]').setInputFiles(exported);
    await verifier.locator('[part=report]').waitFor();
    expect(await verifier.locator('[part=report] [role=status]').textContent()).toContain('Dossier intact');
    await library.getByRole('button', { name: 'Ajouter ce dossier au projet' }).click();
    await library.getByText('Ce dossier est déjà dans ce projet (même empreinte).').waitFor();
    expect(await axeViolations(library)).toEqual([]);

    // A tampered copy is refused and not added.
    const tampered = join(await work, 'charte-modifiee.json');
    record.signatures[0].signatory.name = 'Awa Dialo';
    await writeFile(tampered, JSON.stringify(record));
    await verifier.locator('input[type=file]').setInputFiles(tampered);
    await expect.poll(() => verifier.locator('[part=report] [role=alert]').first().textContent()).toContain('modifié');
    await library.getByText('Ce dossier ne se vérifie pas : il n’est pas ajouté au projet.').waitFor();
    expect((await readStore(library, 'charters')).length).toBe(1);
  });

  it('runs <pp-matching-form> over the saved contacts and links the selection to the project', async () => {
    // The form is built when its disclosure is first opened.
    expect(await library.locator('pp-matching-form').count()).toBe(0);
    await library.getByText('Trouver des partenaires', { exact: true }).click();
    // No registry in this library: the contacts are the pool searched.
    expect(
      await library.getByRole('radio', { name: /^mes contacts : 2 contacts, dont 2 ont donné leur accord/ }).isChecked(),
    ).toBe(true);
    const form = library.locator('pp-matching-form');
    await form.locator('input[name=title]').fill('Ateliers d’éducation thérapeutique diabète');
    await form.locator('input[name=domain][value=parcours_soins]').check();
    await form.locator('input[name=duration][value=durable]').check();
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('.match').count(), { timeout: 10_000 }).toBe(2);
    expect(await form.locator('.results').textContent()).toMatch(/Camille F\.[\s\S]*|Aïcha D\./);
    // Each person by the reference on the hospital's card, never by the library's own key (issue 20).
    const metas = await form.locator('.match .meta').allTextContents();
    expect(metas.every((meta) => /Réf\. pp-\d{3} ·/.test(meta))).toBe(true);
    expect(metas.join(' ')).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    expect(await axeViolations(library)).toEqual([]);
    const boxes = form.locator('.match input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await form.locator('button[part=propose]').click();
    await library.getByText('Sélection reliée au projet : 2 partenaires.').waitFor();
    const partners = await library.getByTestId('project-partners').textContent();
    expect(partners).toContain('Camille F.');
    expect(partners).toContain('Aïcha D.');
    const [project] = (await readStore(library, 'projects')) as Array<{ partnerIds: string[]; need?: { domain: string } }>;
    expect(project?.partnerIds).toHaveLength(2);
    // Linked by the contacts' own ids: the card references were only the form's words.
    const contactIds = ((await readStore(library, 'contacts')) as Array<{ id: string }>).map((c) => c.id);
    expect(project?.partnerIds.every((id) => contactIds.includes(id))).toBe(true);
    expect(project?.need?.domain).toBe('parcours_soins');
  });

  it('links a library resource to the project', async () => {
    const search = library.getByLabel(/^Relier une ressource de la bibliothèque/);
    await search.fill('patients partenaires');
    await library
      .getByRole('button', { name: 'Relier au projet : Nos patients partenaires — Centre hospitalier de Valmont' })
      .click();
    await library.getByTestId('project-resources').filter({ hasText: 'Nos patients partenaires' }).waitFor();
    const [item] = (await readStore(library, 'items')) as Array<{ projectIds: string[] }>;
    const [project] = (await readStore(library, 'projects')) as Array<{ id: string }>;
    expect(item?.projectIds).toEqual([project?.id]);
  });

  it('fits the side panel: 360 px wide, no horizontal scroll, no axe violation, the project still whole', async () => {
    const url = library.url().replace('view=page&', '');
    const panel = await session.context.newPage();
    await panel.setViewportSize({ width: 360, height: 800 });
    await panel.goto(url);
    await panel.getByRole('button', { name: 'Afficher la check-list' }).click();
    await panel.locator('pp-checklist fieldset[part=criterion]').first().waitFor();
    await panel.getByTestId('charter-records').waitFor();
    expect(await panel.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    expect(await panel.getByTestId('project-partners').textContent()).toContain('Camille F.');
    expect(await axeViolations(panel)).toEqual([]);
    await panel.close();
    expect(errors).toEqual([]);
  });
});
