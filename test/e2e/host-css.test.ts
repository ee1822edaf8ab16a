/**
 * Issue 16: the widgets on a hostile CMS page. A CMS theme's `*{box-sizing:content-box}`
 * beats the widgets' `:host{box-sizing:border-box}` (for normal declarations the outer
 * page wins over :host), so whatever the shadow styles inherit from the host, they get from
 * the page. Each widget is put, with its one <script> tag (the built self-contained bundle)
 * under the demo's strict CSP, on a page whose global CSS does what themes do at their
 * worst, then looked at on a phone (320 CSS px: also 1 280 px at 400 %) and at 200 % zoom.
 *
 * 200 % zoom is a 640 × 450 CSS px viewport with deviceScaleFactor 2: that is what
 * Chromium's own page zoom does to a 1 280 × 900 window (the CSS viewport is divided by the
 * zoom, devicePixelRatio multiplied by it), media queries included. CSS `zoom: 2` on the
 * root would not be the same thing: media queries would still see 1 280 px, and it is
 * a different layout path from the one people's Ctrl + uses.
 */
import { readFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRICT_CSP } from '../../scripts/static-server.mjs';
import { createEvaluation, withAnswer } from '../../shared/checklist/evaluation';
import { axeViolations } from '../helpers/axe';
import { chromiumArgs, chromiumPath } from '../helpers/chromium';
import { type StaticServer, serveDemo } from '../helpers/server';

/** What CMS themes ship, at its worst for something embedded in their pages. */
const HOSTILE_CSS = `
html { font-size: 62.5%; }
body { margin: 0; font: 1.6rem/1.8 Georgia, serif; letter-spacing: .02em; word-spacing: .1em; }
*, *::before, *::after { box-sizing: content-box; }
input, select, textarea, button { all: unset; }
h1, h2, h3, h4, h5, h6 { text-transform: uppercase; letter-spacing: .12em; }
:focus { outline: none; }
a { color: inherit; text-decoration: none; }
ul, ol { list-style: none; margin: 0; padding: 0; }
p { margin: 0 0 2rem; }
main { padding: 0 1rem; }
.content div, .content section { padding: .5rem 0; }
`;

const registryPath = resolve(import.meta.dirname, '../../demo/registry/registre.json');
const registry = JSON.parse(readFileSync(registryPath, 'utf8')) as unknown;

/** A past evaluation, so that the checklist shows its history table too. */
const pastEvaluation = withAnswer(
  createEvaluation({ projectTitle: 'Accueil des urgences', date: '2026-01-15', id: 'eval-2026-01-15' }),
  'has.1',
  'non',
);

interface Widget {
  name: string;
  /** The widget's markup in the page, and the selector of its element. */
  markup: string;
  selector: string;
  /** Waits until the widget has drawn what is looked at. */
  ready(page: Page): Promise<void>;
  /** Further states to look at, each reached from the previous one as a person would. */
  states?: Array<{ label: string; act(page: Page): Promise<void> }>;
}

const WIDGETS: Widget[] = [
  {
    name: 'pp-partner-card',
    markup: '<pp-partner-card src="/data/partenaires.json" partner-id="pp-037" heading-level="2"></pp-partner-card>',
    selector: 'pp-partner-card',
    ready: (page) => page.locator('pp-partner-card article').waitFor(),
  },
  {
    name: 'pp-partner-list',
    markup: '<pp-partner-list src="/data/partenaires.json" heading-level="2"></pp-partner-list>',
    selector: 'pp-partner-list',
    ready: (page) => page.locator('pp-partner-list article').first().waitFor(),
  },
  {
    name: 'pp-checklist',
    markup:
      '<form action="/" method="post"><pp-checklist name="checklist" project-title="Accueil des urgences : co-construire l’information en salle d’attente" heading-level="2"></pp-checklist></form>',
    selector: 'pp-checklist',
    ready: async (page) => {
      await page.locator('pp-checklist fieldset[part=criterion]').first().waitFor();
      await page.locator('pp-checklist').evaluate((el, past) => {
        (el as unknown as { history: unknown }).history = [past];
      }, pastEvaluation);
      await page.locator('pp-checklist [part=history] table').waitFor({ state: 'attached' });
    },
    states: [
      {
        label: 'a person added',
        act: async (page) => {
          await page.locator('pp-checklist .add-person').click();
          await page.locator('pp-checklist input[data-person="0"]').waitFor();
        },
      },
    ],
  },
  {
    name: 'pp-charter-signer',
    markup: `<pp-charter-signer project="Parcours de soins en diabétologie : co-construire l’éducation thérapeutique"
      signatories='[{"name":"Jeanne Martin","role":"patient_partenaire","organisation":"Association Vivre avec le diabète (fictive)"}]'
      clauses='["Les réunions du groupe projet ont lieu en semaine, en journée, et peuvent se tenir en visioconférence."]'></pp-charter-signer>`,
    selector: 'pp-charter-signer',
    ready: (page) => page.locator('pp-charter-signer form[part=form] input').first().waitFor(),
    states: [
      {
        label: 'someone else signs, with a drawing',
        act: async (page) => {
          await page.locator('pp-charter-signer input[name=who]').last().check();
          await page.locator('pp-charter-signer select#role').waitFor();
          await page.locator('pp-charter-signer input[name=method]').last().check();
          await page.locator('pp-charter-signer svg.pad').waitFor();
        },
      },
    ],
  },
  {
    name: 'pp-matching-form (candidate)',
    markup: '<pp-matching-form mode="candidate" action="/api/candidatures"></pp-matching-form>',
    selector: 'pp-matching-form',
    ready: (page) => page.locator('pp-matching-form input[name=departement]').waitFor(),
  },
  {
    name: 'pp-matching-form (need)',
    markup: '<pp-matching-form mode="need" heading-level="2"></pp-matching-form>',
    selector: 'pp-matching-form',
    ready: async (page) => {
      const form = page.locator('pp-matching-form');
      await form.locator('input[name=departement]').waitFor();
      await form.evaluate((el, data) => {
        (el as unknown as { registry: unknown }).registry = data;
      }, registry);
      await form.locator('input[name=title]').waitFor();
    },
    states: [
      {
        label: 'results of a search',
        act: async (page) => {
          const form = page.locator('pp-matching-form');
          await form.locator('input[name=title]').fill('Programme d’éducation thérapeutique en cancérologie');
          await form.locator('input[name=domain][value=parcours_soins]').check();
          await form.locator('input[name=missions][value="parcours_soins.etp.1"]').check();
          await form.locator('input[name=themes][value=cancer]').check();
          await form.locator('input[name=duration][value=durable]').check();
          await form.locator('button[type=submit]').click();
          await form.locator('.match').first().waitFor({ timeout: 10_000 });
        },
      },
    ],
  },
];

const SCREENS = [
  { label: '320 px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { label: '200 % zoom', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 },
];

function pageFor(widget: Widget): string {
  return `<!doctype html>
<html lang="fr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${widget.name} — page d’un CMS</title>
  <link rel="icon" href="/assets/favicon.svg" type="image/svg+xml">
  <link rel="stylesheet" href="/cms/theme.css">
  <script type="module" src="/widgets/binome-widgets.js"></script>
</head>
<body>
  <header><a id="before" href="#contenu">Aller au contenu</a><p>Centre hospitalier (fictif)</p></header>
  <main id="contenu" class="content">
    <h1>Le partenariat en santé</h1>
    <div class="widget-zone">${widget.markup}</div>
    <p><a id="after" href="#contenu">Haut de page</a></p>
  </main>
</body>
</html>`;
}

interface Layout {
  /** How far the page scrolls sideways (0 when it does not). */
  overflow: number;
  widgetWidth: number;
  /** Controls and labels of the widget, drawn (even partly) outside its box. */
  outside: string[];
  /** Form fields without a label or accessible name. */
  unlabelled: string[];
  controls: number;
}

/** Measures the page and every control and label inside the widget's shadow roots (runs in the page). */
function measure(selector: string): Layout {
  const host = document.querySelector(selector) as HTMLElement;
  const box = host.getBoundingClientRect();
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : ''}${el.getAttribute('type') ? `[type=${el.getAttribute('type')}]` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}`;
  const all: Element[] = [];
  const walk = (root: ShadowRoot | null) => {
    if (!root) return;
    for (const el of root.querySelectorAll('*')) {
      all.push(el);
      walk(el.shadowRoot);
    }
  };
  walk(host.shadowRoot);
  const controls = all.filter((el) => el.matches('input, select, textarea, button, summary, a[href], label, svg.pad'));
  const outside: string[] = [];
  for (const el of controls) {
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue; // not drawn, or visually hidden on purpose
    const past = Math.max(box.left - r.left, r.right - box.right);
    if (past > 0.5) outside.push(`${describe(el)} by ${past.toFixed(1)} px`);
  }
  const unlabelled = all
    .filter((el) => el.matches('input:not([type=hidden]), select, textarea'))
    .filter((el) => {
      const field = el as HTMLInputElement;
      const labelled =
        (field.labels?.length ?? 0) > 0 || field.getAttribute('aria-labelledby') || field.getAttribute('aria-label');
      return !labelled && field.getBoundingClientRect().width > 0;
    })
    .map(describe);
  const doc = document.documentElement;
  return {
    overflow: doc.scrollWidth - doc.clientWidth,
    widgetWidth: box.width,
    outside,
    unlabelled,
    controls: controls.length,
  };
}

interface FocusStop {
  what: string;
  outline: string;
  visible: boolean;
  inside: boolean;
}

/** The control the keyboard is on, through shadow roots, and whether its focus can be seen (runs in the page). */
function focusStop(selector: string): FocusStop | null {
  const host = document.querySelector(selector) as HTMLElement;
  if (document.activeElement !== host) return null;
  let active: Element | null = host;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active || active === host) return null;
  const drawn = (el: Element) => {
    const style = getComputedStyle(el);
    const transparent = /rgba\(.*,\s*0\)$|transparent/.test(style.outlineColor);
    const r = el.getBoundingClientRect();
    const drawnRing = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2 && !transparent;
    return drawnRing && r.width > 1 && r.height > 1;
  };
  // The ring may be drawn around what the person sees (a styled label around a file input: :focus-within).
  let ring: Element | null = active;
  while (ring && !drawn(ring)) ring = ring.parentElement;
  const shown = ring ?? active;
  const r = shown.getBoundingClientRect();
  const box = host.getBoundingClientRect();
  const style = getComputedStyle(shown);
  return {
    what: `${active.tagName.toLowerCase()}${active.getAttribute('name') ? `[name=${active.getAttribute('name')}]` : ''}${active.getAttribute('type') ? `[type=${active.getAttribute('type')}]` : ''} ${(active.textContent ?? '').trim().slice(0, 40)}`,
    outline: `${shown.tagName.toLowerCase()}: ${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
    visible: ring !== null,
    inside: r.left >= box.left - 0.5 && r.right <= box.right + 0.5,
  };
}

async function candidatures(req: IncomingMessage, res: ServerResponse): Promise<void> {
  res.writeHead(req.method === 'POST' ? 201 : 405, { 'Content-Type': 'application/json' }).end('{"ok":true}');
}

describe('widgets on a CMS page with aggressive global CSS (built bundle, strict CSP, Chromium)', () => {
  let demo: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>> = {
      '/api/candidatures': candidatures,
      '/cms/theme.css': (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/css; charset=utf-8' }).end(HOSTILE_CSS),
    };
    WIDGETS.forEach((widget, i) => {
      routes[`/cms/${i}.html`] = (_req, res) =>
        void res
          .writeHead(200, {
            'Content-Type': 'text/html; charset=utf-8',
            'Content-Security-Policy': STRICT_CSP,
          })
          .end(pageFor(widget));
    });
    demo = await serveDemo({ routes });
    browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  for (const [index, widget] of WIDGETS.entries()) {
    for (const screen of SCREENS) {
      it(`${widget.name} at ${screen.label}: no sideways scrolling, every control in its box, labelled, with a visible focus`, async () => {
        const context = await browser.newContext({ viewport: screen.viewport, deviceScaleFactor: screen.deviceScaleFactor });
        const page = await context.newPage();
        const problems: string[] = [];
        page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
        page.on('pageerror', (err) => problems.push(err.message));
        try {
          await page.goto(`${demo.url}/cms/${index}.html`);
          await widget.ready(page);
          // The theme did reach the page: the fix must not rely on a theme that is not there.
          expect(await page.evaluate(() => getComputedStyle(document.body).boxSizing)).toBe('content-box');
          expect(await page.evaluate(() => devicePixelRatio)).toBe(screen.deviceScaleFactor);

          for (const state of [{ label: 'first screen', act: async () => {} }, ...(widget.states ?? [])]) {
            await state.act(page);
            const layout = await page.evaluate(measure, widget.selector);
            const where = `${widget.name}, ${state.label}, ${screen.label}`;
            expect(layout.controls, where).toBeGreaterThan(0);
            expect(layout.overflow, `${where}: page scrolls sideways`).toBeLessThanOrEqual(0);
            expect(layout.widgetWidth, where).toBeLessThanOrEqual(screen.viewport.width);
            expect(layout.outside, `${where}: outside the widget`).toEqual([]);
            expect(layout.unlabelled, `${where}: without a label`).toEqual([]);
          }

          // Keyboard: from the link before the widget, every stop inside it shows where it is.
          await page.locator('#before').focus();
          const stops: FocusStop[] = [];
          for (let i = 0; i < 40; i++) {
            await page.keyboard.press('Tab');
            const stop = await page.evaluate(focusStop, widget.selector);
            if (!stop) {
              if (stops.length) break; // left the widget
              continue;
            }
            stops.push(stop);
          }
          expect(stops.length, `${widget.name}: focus stops`).toBeGreaterThan(0);
          expect(stops.filter((s) => !s.visible || !s.inside)).toEqual([]);

          expect(await axeViolations(page)).toEqual([]);
          expect(problems).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
