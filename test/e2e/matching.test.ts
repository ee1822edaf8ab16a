import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { meetsEtpRequirement } from '../../shared/matching/etp';
import { PartnerProfileSchema } from '../../shared/schemas/partner';
import { axeViolations } from '../helpers/axe';
import { chromiumArgs, chromiumPath } from '../helpers/chromium';
import { type StaticServer, serveDemo } from '../helpers/server';

/** The demo's fictional registry: in the source repository, never served by the demo site. */
const registryPath = resolve(import.meta.dirname, '../../demo/registry/registre.json');
const directory = JSON.parse(readFileSync(registryPath, 'utf8')) as {
  partners: {
    id: string;
    trainings?: Parameters<typeof meetsEtpRequirement>[0][];
    experience: { themes: string[] };
    consents: Record<string, { granted: boolean } | undefined>;
  }[];
};
/** Who shares lived experience with project teams (projectExperience or the public experience consent). */
const shares = (p: (typeof directory.partners)[number]) =>
  p.consents.projectExperience?.granted === true || p.consents.experience?.granted === true;

/** What the local « establishment server » received, and how it must answer next. */
const received: { contentType?: string; body: unknown }[] = [];
let answer = 201;

async function candidatures(req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== 'POST') {
    res.writeHead(405).end();
    return;
  }
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  let body: unknown = null;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    body = 'unreadable';
  }
  received.push({ contentType: req.headers['content-type'], body });
  res.writeHead(answer, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ok: answer < 300 }));
}

describe('demo pages of <pp-matching-form>, built, in Chromium under a strict CSP', () => {
  let demo: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    demo = await serveDemo({ routes: { '/api/candidatures': candidatures } });
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });
  beforeEach(() => {
    received.length = 0;
    answer = 201;
  });

  async function open(path: string): Promise<{ page: Page; problems: string[]; requests: string[] }> {
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on('pageerror', (err) => problems.push(err.message));
    page.on('request', (r) => requests.push(`${r.method()} ${r.resourceType()} ${r.url()}`));
    const response = await page.goto(`${demo.url}/${path}`);
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    return { page, problems, requests };
  }

  it('« Trouver des patients partenaires »: the coordinator opens the registry from the computer, nothing else is requested', async () => {
    const { page, problems, requests } = await open('trouver-des-partenaires.html');
    // The registry is not served by the demo site, as no real registry may be.
    expect((await page.request.get(`${demo.url}/registry/registre.json`)).status()).toBe(404);
    const form = page.locator('pp-matching-form');
    const registry = form.locator('[part=registry]');
    await expect(registry.locator('[role=status]').textContent()).resolves.toContain('Aucun registre ouvert');
    expect(await axeViolations(page)).toEqual([]);

    // « Ouvrir le registre… » opens the system's file dialog; the coordinator picks the file.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), form.locator('button[part=open-registry]').click()]);
    await chooser.setFiles(registryPath);
    await expect
      .poll(() => registry.locator('[role=status]').textContent(), { timeout: 10_000 })
      .toContain(
        `Registre ouvert : « registre.json » — Centre hospitalier de Valmont (fictif), ${directory.partners.length} profils.`,
      );

    await form.locator('input[name=title]').fill('Programme d’ETP en cancérologie');
    await form.locator('input[name=domain][value=parcours_soins]').check();
    await form.locator('input[name=missions][value="parcours_soins.etp.1"]').check();
    await form.locator('input[name=themes][value=cancer]').check();
    await form.locator('input[name=duration][value=durable]').check();
    expect(await axeViolations(page)).toEqual([]);
    await form.locator('button[type=submit]').click();

    await expect.poll(() => form.locator('.match').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const results = form.locator('.results');
    await expect(results.locator('.notices').textContent()).resolves.toContain(
      'la réglementation impose une formation d’au moins 40 h',
    );
    // Every proposed partner documents at least 40 h of ETP training in the demo registry: the « ETP 40 h »
    // course, or (pp-034) a DU in therapeutic education of 120 h (guide 3.4, note 23; issue 15).
    const ids = await form
      .locator('.match input[type=checkbox]')
      .evaluateAll((boxes) => boxes.map((b) => b.id.replace(/^select-/, '')));
    expect(ids.length).toBeGreaterThan(1);
    for (const id of ids) {
      const partner = directory.partners.find((p) => p.id === id);
      expect(
        partner?.trainings?.some((t) => meetsEtpRequirement(t)),
        id,
      ).toBe(true);
    }
    expect(ids).toContain('pp-034');
    expect(directory.partners.find((p) => p.id === 'pp-034')?.trainings?.map((t) => t.kind)).toEqual(['du']);
    // Each row explains the experience criterion: themes named for those who share it, « non partagée » otherwise.
    const rows = await form
      .locator('.match')
      .evaluateAll((items) => items.map((li) => (li.textContent ?? '').replace(/\s+/g, ' ')));
    const unshared = ids.filter((id) => {
      const p = directory.partners.find((x) => x.id === id)!;
      return !shares(p) && p.experience.themes.length > 0;
    });
    expect(unshared.length, 'the demo registry has a partner who did not share their experience').toBeGreaterThan(0);
    ids.forEach((id, i) => {
      const p = directory.partners.find((x) => x.id === id)!;
      if (shares(p)) expect(rows[i], id).not.toContain('Non partagée');
      else {
        expect(rows[i], id).toContain('Expérience vécue : Non partagée');
        expect(rows[i], id).not.toMatch(/Cancer|correspond pour|thèmes recherchés/i);
      }
    });
    expect(rows.some((r) => r.includes('Correspond pour Cancer'))).toBe(true);
    expect(rows[ids.indexOf('pp-034')]).toContain(
      'Formation en éducation thérapeutique de 120 h déclarée (DU) : elle couvre les 40 h exigées par la réglementation',
    );
    // Binôme's score, said as such, with its method; no rule presented as « the HAS rules ».
    expect(rows[0]).toContain('Score de correspondance Binôme : ');
    await expect(results.locator('[part=method]').textContent()).resolves.toContain('calculé par Binôme, pas par la HAS');
    // The score bar is drawn through the CSSOM (a style attribute would be blocked by the CSP).
    await expect(
      form
        .locator('.match .bar > span')
        .first()
        .evaluate((el) => (el as HTMLElement).style.width),
    ).resolves.toMatch(/^\d+%$/);
    await form.locator('details.excluded summary').click();
    await expect(form.locator('details.excluded').textContent()).resolves.toContain('exigées par la réglementation');
    const text = (await form.evaluate((el) => el.shadowRoot!.textContent)) ?? '';
    expect(text).not.toMatch(/règles de la HAS|règles du guide|Correspondance : \d/);
    const pageText = (await page.locator('main').textContent()) ?? '';
    expect(pageText).toContain('Les poids de ce score sont un choix de Binôme, non de la HAS.');
    expect(pageText).not.toMatch(/classés selon les règles|place de marché/);
    expect(text).not.toMatch(/@|mailto:|tel:/);
    expect(text).not.toMatch(/€|euros?\b/i);

    // Two people selected, proposed: the page hears pp-select.
    const boxes = form.locator('.match input[type=checkbox]');
    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await form.locator('button[part=propose]').click();
    await expect(page.locator('#selection-transmise').textContent()).resolves.toContain('Programme d’ETP en cancérologie');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);

    // Only the page's own static files were requested: no registry, no fetch or XHR, no other origin.
    const own = requests.filter(
      (r) => /^GET (?!fetch|xhr)\S+ /.test(r) && r.includes(` ${demo.url}/`) && /\.(html|js|css|svg|png|woff2?)$/.test(r),
    );
    expect(requests.filter((r) => !own.includes(r))).toEqual([]);
    expect(requests.filter((r) => /regist|partenaires\.json/.test(r))).toEqual([]);
    await page.close();
  });

  async function fillCandidacy(page: Page) {
    const form = page.locator('pp-matching-form');
    await form.locator('input[name=given]').fill('Nadia');
    await form.locator('input[name=email]').fill('nadia@example.org');
    await form.locator('textarea[name=experienceText]').fill('Vingt ans de polyarthrite rhumatoïde.');
    await form.locator('input[name=themes][value=maladies_inflammatoires]').check();
    await form.locator('input[name=domains][value=formation_enseignement]').check();
    await form.locator('input[name=missions][value="formation_enseignement.intervention.1"]').check();
    await form.locator('input[name=departement]').fill('26');
    await form.locator('input[name=manager][value=no]').check();
    await form.locator('input[name="consent.keepData"]').check();
    await form.locator('input[name="consent.matching"]').check();
    return form;
  }

  it('« Appel à candidatures »: POSTs the validated profile as JSON and confirms', async () => {
    const { page, problems } = await open('candidature.html');
    const form = await fillCandidacy(page);
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('.message.success').count(), { timeout: 10_000 }).toBe(1);
    await expect(form.locator('.message.success').textContent()).resolves.toContain('votre candidature a été envoyée');
    expect(received).toHaveLength(1);
    expect(received[0]?.contentType).toBe('application/json');
    const parsed = PartnerProfileSchema.safeParse(received[0]?.body);
    expect(parsed.success).toBe(true);
    expect(received[0]?.body).toMatchObject({
      name: { given: 'Nadia' },
      consents: {
        keepData: { granted: true },
        matching: { granted: true },
        listing: { granted: false },
        contact: { granted: false },
      },
    });
    // The page's developer panel shows the same JSON, as text.
    await expect(page.locator('#donnees-envoyees-json').textContent()).resolves.toContain('"given": "Nadia"');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('« Appel à candidatures »: a failed POST says so clearly, keeps what was typed, and a retry succeeds', async () => {
    answer = 500;
    const { page } = await open('candidature.html');
    const form = await fillCandidacy(page);
    await form.locator('button[type=submit]').click();
    const alert = form.locator('[role=alert]#send-state');
    await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(1);
    await expect(alert.textContent()).resolves.toBe(
      'L’envoi a échoué (erreur 500). Vos réponses sont conservées : vous pouvez réessayer.',
    );
    // The focus is on the message, everything typed is still there.
    await expect(form.evaluate((el) => el.shadowRoot!.activeElement?.id)).resolves.toBe('send-state');
    await expect(form.locator('input[name=given]').inputValue()).resolves.toBe('Nadia');
    await expect(form.locator('textarea[name=experienceText]').inputValue()).resolves.toBe(
      'Vingt ans de polyarthrite rhumatoïde.',
    );
    await expect(form.locator('input[name="consent.matching"]').isChecked()).resolves.toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    answer = 201;
    await form.locator('button[type=submit]').click();
    await expect.poll(() => form.locator('.message.success').count(), { timeout: 10_000 }).toBe(1);
    expect(received).toHaveLength(2);
    // The same candidacy, the same id: the server can tell a retry from a new candidacy.
    const [first, retry] = received.map((r) => (r.body as { id?: string }).id);
    expect(first).toMatch(/^cand-/);
    expect(retry).toBe(first);
    await page.close();
  });

  it('both pages fit a 320 px wide screen without horizontal scrolling', async () => {
    for (const path of ['trouver-des-partenaires.html', 'candidature.html']) {
      const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
      await page.goto(`${demo.url}/${path}`);
      await page.locator('pp-matching-form input[name=departement]').waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
      await page.close();
    }
  });

  it('« Appel à candidatures »: an unreachable server is reported too', async () => {
    const { page } = await open('candidature.html');
    const form = await fillCandidacy(page);
    await form.evaluate((el) => el.setAttribute('action', 'https://127.0.0.1:9/api/candidatures'));
    await form.locator('button[type=submit]').click();
    const alert = form.locator('[role=alert]#send-state');
    await expect.poll(() => alert.count(), { timeout: 20_000 }).toBe(1);
    await expect(alert.textContent()).resolves.toContain('L’envoi a échoué');
    await expect(form.locator('input[name=email]').inputValue()).resolves.toBe('nadia@example.org');
    await page.close();
  });

  it('« Appel à candidatures »: refuses to send health data in clear text to another server, and says why', async () => {
    const { page, requests } = await open('candidature.html');
    const form = page.locator('pp-matching-form');
    // Another origin, plain http: the same local server on another name, so a request would reach it.
    const other = demo.url.replace('127.0.0.1', 'localhost');
    await form.evaluate((el, url) => el.setAttribute('action', `${url}/api/candidatures`), other);
    // The form's code arrives once its tag is seen (the autoloader): the message follows it.
    await expect.poll(() => form.locator('[part=message]').first().textContent()).toContain('doivent voyager chiffrées');
    await fillCandidacy(page);
    await form.locator('button[type=submit]').click();
    const alert = form.locator('[role=alert]#send-state');
    await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(1);
    await expect(alert.textContent()).resolves.toContain(
      'son adresse d’envoi n’est pas chiffrée (https), or une candidature contient des données de santé',
    );
    expect(received).toEqual([]);
    expect(requests.filter((r) => r.startsWith('POST'))).toEqual([]);
    await expect(form.locator('input[name=given]').inputValue()).resolves.toBe('Nadia');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
