/**
 * « Notre partenariat en chiffres » on the built demo (strict CSP): the summary was
 * published at build time from the demo registry and activity file by the CLI
 * (scripts/build-demo.mjs), and equals what publishSummary() gives from them; the page
 * shows it with its tables, « moins de 3 », no count of 1 or 2, no axe violation, no
 * console error. The CLI writes nothing when the activity file is wrong.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishSummary } from '../../shared/publish/summary';
import { ActivitySchema, PartnershipSummarySchema } from '../../shared/schemas/partnership-summary';
import { parsePartnerRegistry } from '../../shared/schemas/registry';
import { axeViolations } from '../helpers/axe';
import { type DemoPageSession, openDemoPage } from '../helpers/demo-page';
import { demoDist, repoRoot } from '../helpers/paths';

const GENERATED_AT = '2026-06-01T08:00:00+02:00';
const cli = resolve(repoRoot, 'dist/cli/binome.mjs');

describe('« Notre partenariat en chiffres » (built demo)', () => {
  let demo: DemoPageSession;
  beforeAll(async () => {
    demo = await openDemoPage('chiffres.html');
  });
  afterAll(async () => demo?.close());

  it('serves the summary publishSummary() gives from the demo registry and activity, nothing more', () => {
    const read = parsePartnerRegistry(readFileSync(resolve(repoRoot, 'demo/registry/registre.json'), 'utf8'));
    if (!read.ok) throw new Error(read.message);
    const activity = ActivitySchema.parse(JSON.parse(readFileSync(resolve(repoRoot, 'demo/registry/activite.json'), 'utf8')));
    const served = JSON.parse(readFileSync(resolve(demoDist, 'data/chiffres.json'), 'utf8'));
    expect(served).toEqual(publishSummary(read.data, activity, { generatedAt: GENERATED_AT }));
    expect(PartnershipSummarySchema.safeParse(served).success).toBe(true);
    expect(existsSync(resolve(demoDist, 'data/partnership-summary.schema.json'))).toBe(true);
    // The activity file is the coordinator's: it is not put online (project titles included).
    expect(existsSync(resolve(demoDist, 'data/activite.json'))).toBe(false);
    expect(JSON.stringify(served)).not.toContain('Café des patients');
  });

  it('shows the figures with their tables, « moins de 3 » and no 1 or 2, under the strict CSP, with no axe violation', async () => {
    const { page, response } = demo;
    expect(response?.headers()['content-security-policy']).toContain("default-src 'self'");
    const widget = page.locator('pp-partnership-summary');
    await widget.locator('table').first().waitFor();
    const figures = await widget
      .locator('.figure')
      .evaluateAll((els) => els.map((el) => [...el.children].map((c) => c.textContent?.trim()).join(' ')));
    expect(figures).toEqual([
      'Patientes et patients partenaires 36',
      'Projets en partenariat 8',
      'Réunions tenues 41',
      'Check-lists du partenariat renouvelées 4',
    ]);
    const cells = await widget.locator('td').allTextContents();
    expect(cells.length).toBeGreaterThan(8);
    for (const cell of cells) expect(cell.trim()).toMatch(/^(0|[3-9]|\d{2,}|moins de 3)$/);
    expect(cells.map((c) => c.trim())).toContain('moins de 3');
    await expect(widget.locator('.note').textContent()).resolves.toContain('pour que personne ne puisse être reconnu');
    // Each bar chart is hidden from assistive technologies and has its table; bars were sized under the CSP.
    const charts = await widget
      .locator('[part="chart"]')
      .evaluateAll((els) =>
        els.map((el) => ({ hidden: el.getAttribute('aria-hidden'), next: el.nextElementSibling?.localName })),
      );
    expect(charts).toEqual([
      { hidden: 'true', next: 'table' },
      { hidden: 'true', next: 'table' },
    ]);
    const widths = await widget.locator('.bar:not(.few)').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().width));
    expect(Math.max(...widths)).toBeGreaterThan(50);
    expect(demo.errors).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is linked from every page of the site', async () => {
    const { page, server } = demo;
    await page.goto(`${server.url}/index.html`);
    await expect(page.locator('nav a[href="chiffres.html"]').count()).resolves.toBe(1);
  });
});

describe('« Notre partenariat en chiffres » at 320 px', () => {
  it('needs no sideways scrolling, and the tables stay in the page', async () => {
    const narrow = await openDemoPage('chiffres.html', { viewport: { width: 320, height: 800 } });
    try {
      const widget = narrow.page.locator('pp-partnership-summary');
      await widget.locator('table').first().waitFor();
      const widths = await narrow.page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        tables: [...(document.querySelector('pp-partnership-summary')?.shadowRoot?.querySelectorAll('table') ?? [])].map(
          (t) => t.getBoundingClientRect().right,
        ),
      }));
      expect(widths.page).toBeLessThanOrEqual(320);
      for (const right of widths.tables) expect(right).toBeLessThanOrEqual(320);
      expect(await axeViolations(narrow.page)).toEqual([]);
    } finally {
      await narrow.close();
    }
  });
});

describe('binome publish --resume', () => {
  it('writes neither file when the activity file is invalid, both when it is valid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'binome-summary-'));
    try {
      const bad = join(dir, 'activite.json');
      writeFileSync(bad, JSON.stringify({ projects: [{ id: 'a', domain: 'recherche', meetings: -1, checklistsRenewed: 0 }] }));
      const args = [cli, 'publish', resolve(repoRoot, 'demo/registry/registre.json'), '-o', join(dir, 'p.json')];
      let status = 0;
      let stderr = '';
      try {
        execFileSync(process.execPath, [...args, '--resume', join(dir, 'c.json'), '--activite', bad], { stdio: 'pipe' });
      } catch (error) {
        status = (error as { status: number }).status;
        stderr = String((error as { stderr: Buffer }).stderr);
      }
      expect(status).toBe(1);
      expect(stderr).toContain('fichier d’activité invalide : rien n’a été écrit');
      expect(existsSync(join(dir, 'p.json'))).toBe(false);
      expect(existsSync(join(dir, 'c.json'))).toBe(false);
      const out = execFileSync(process.execPath, [...args, '--resume', join(dir, 'c.json'), '--generated-at', GENERATED_AT], {
        encoding: 'utf8',
      });
      expect(out).toContain('pas de fichier d’activité');
      const summary = JSON.parse(readFileSync(join(dir, 'c.json'), 'utf8'));
      expect(summary.activity).toBeUndefined();
      expect(PartnershipSummarySchema.safeParse(summary).success).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
