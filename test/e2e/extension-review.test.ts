/**
 * The review (« bilan », issue 17.4) in the real extension (Chromium, built MV3 extension).
 * The issue's scenario is in the library database as the stores write it
 * (test/helpers/review-seed.ts): a project went through three meetings (an action carried
 * over from the first to the third and closed there, one closed at the second, one late),
 * a patient partner and a professional answered the checklist twice each, two effect
 * indicators were measured, a charter was signed by both sides. The meetings, checklist
 * and effects panels have their own end-to-end tests; this one opens the project's review
 * from its page, checks the figures, changes the period, prints it to PDF (A4) and
 * downloads a CSV; axe reports no violation. The establishment's review opens from the
 * projects list. A second part writes three meetings and two members' answers through the
 * project page's own panels and checks that the review counts what they wrote.
 */
import { readFile } from 'node:fs/promises';
import { inflateSync } from 'node:zlib';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayIso } from '../../shared/checklist/evaluation';
import { defaultPeriod } from '../../shared/review/period';
import { axeViolations } from '../helpers/axe';
import { type ExtensionSession, launchWithExtension } from '../helpers/extension';
import { scenario, writeRecords } from '../helpers/review-seed';

const TITLE = 'Comité de pilotage de l’accueil';

/** The rows of a review table, as text (header cell first). */
function rowsOf(page: Page, caption: string): Promise<string[][]> {
  return page
    .locator('table', { has: page.locator('caption', { hasText: caption }) })
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.textContent ?? '')));
}

/** The outline (bookmarks) titles of a PDF Chromium printed: the page's headings, as text the file carries. */
function pdfOutline(pdf: Buffer): { titles: string[]; mediaBoxes: string[] } {
  const latin = pdf.toString('latin1');
  const parts = [latin];
  for (const m of latin.matchAll(/stream\r?\n/g)) {
    const start = (m.index ?? 0) + m[0].length;
    const end = latin.indexOf('endstream', start);
    try {
      parts.push(inflateSync(pdf.subarray(start, end)).toString('latin1'));
    } catch {
      // not a Flate stream (fonts, images): nothing to read there
    }
  }
  const all = parts.join('\n');
  const utf16 = (hex: string) => {
    const bytes = Buffer.from(hex, 'hex');
    const body = bytes[0] === 0xfe && bytes[1] === 0xff ? bytes.subarray(2) : bytes;
    return body.swap16().toString('utf16le');
  };
  // Non-ASCII titles are UTF-16 in hex, ASCII ones literal strings.
  const titles = [...all.matchAll(/\/Title\s*(?:<([0-9A-Fa-f]+)>|\(((?:[^()\\]|\\.)*)\))/g)].map((m) =>
    m[1] !== undefined ? utf16(m[1]) : (m[2] ?? '').replace(/\\(.)/g, '$1'),
  );
  const mediaBoxes = [...all.matchAll(/\/MediaBox\s*\[([^\]]+)\]/g)].map((m) => (m[1] ?? '').trim());
  return { titles, mediaBoxes };
}

describe('the review of a project and of the establishment', () => {
  let session: ExtensionSession;
  let library: Page;
  let review: Page;
  const errors: string[] = [];
  const period = defaultPeriod(todayIso());

  beforeAll(async () => {
    session = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
    session.context.on('weberror', (e) => errors.push(String(e.error())));
    library = await session.openPage('sidepanel.html?view=page&section=projects');
    await library.getByRole('button', { name: 'Nouveau projet' }).waitFor();
    await library.evaluate(writeRecords, scenario());
    await library.goto(`chrome-extension://${session.extensionId}/sidepanel.html?view=page&section=projects&id=p-accueil`);
    await library.getByRole('heading', { level: 2, name: TITLE }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('opens from the project page in a new tab, with the figures of the last twelve months', async () => {
    const opening = session.context.waitForEvent('page');
    await library.getByRole('link', { name: 'Bilan du projet (s’ouvre dans un nouvel onglet)' }).click();
    review = await opening;
    await review.getByRole('heading', { level: 1, name: `Bilan du projet « ${TITLE} »` }).waitFor();
    expect(new URL(review.url()).searchParams.get('project')).toBe('p-accueil');
    await review.waitForFunction(() => performance.getEntriesByName('binome:review-rendered').length > 0);
    expect(await review.title()).toBe(`Bilan du projet « ${TITLE} »`);

    // Checklist: counted in its own answers, no score.
    expect(await rowsOf(review, 'Check-list : chaque évaluation datée')).toEqual([
      ['20 janv. 2026', '1', '1', '1', '7', '10'],
      ['10 juin 2026', '3', '1', '0', '6', '10'],
    ]);
    // Where the two members differ, at each date one of them answered (the first date had only one sheet).
    expect(await rowsOf(review, 'Où les réponses des membres diffèrent, à chaque date')).toEqual([
      ['16 janv. 2026', '2', '3', '3', '0'],
      ['1 juin 2026', '2', '2', '2', '0'],
      ['2 juin 2026', '2', '1', '1', '0'],
    ]);
    const criteria = await rowsOf(review, 'Critères aux réponses différentes');
    expect(criteria).toHaveLength(1);
    expect(criteria[0]?.slice(1, 3)).toEqual(['non', 'oui']);
    // Actions: four decided at the three meetings; read today: two done, one open, one late (due 1 May 2026).
    const section = (name: string) => review.getByRole('region', { name });
    expect(await section('Suivi des actions').locator('.review-summary').textContent()).toBe(
      '4 actions décidées : 2 réalisées, 1 en cours, 1 en retard.',
    );
    expect(await rowsOf(review, 'Réunions : participants et actions décidées')).toEqual([
      ['10 févr. 2026', '1', '1', '0', '2', '2', '0', '0'],
      ['10 mars 2026', '0', '1', '0', '1', '0', '0', '1'],
      ['10 avr. 2026', '1', '1', '0', '1', '0', '1', '0'],
    ]);
    // Effects, in the guide's order of categories: the satisfaction measured in November 2025 is outside the period.
    expect(await section('Effets').locator('.review-summary').textContent()).toBe('2 indicateurs, 4 mesures dans la période.');
    const effects = await rowsOf(review, 'Effets : chaque indicateur');
    expect(effects.map((r) => [r[1], r[3], r[5], r[7], r[8]])).toEqual([
      ['Satisfaction à la sortie', '2', '7', '8', 'dans le sens souhaité'],
      ['Attente aux urgences', '2', '95', '70', 'dans le sens souhaité'],
    ]);
    // Charter: both sides signed.
    expect((await rowsOf(review, 'Chartes de partenariat'))[0]?.slice(1, 8)).toEqual([
      'Modèle de la HAS',
      'Importée',
      '2',
      '2',
      '1',
      '1',
      '0',
    ]);
    // Load: Camille F. declared 3 missions at most and has 3: said in words, in the table and on the chart (her one project here).
    expect(await section('Répartition de la sollicitation').locator('.review-summary').textContent()).toBe(
      '1 partenaire a atteint le maximum de missions déclaré : à ne pas solliciter davantage pour le moment.',
    );
    expect(await rowsOf(review, 'Sollicitation de chaque partenaire')).toEqual([
      [
        'Camille F.',
        'Patiente partenaire, Patiente formatrice',
        '1',
        '3',
        '3',
        '3',
        'à ne pas solliciter davantage pour le moment',
      ],
      ['Lou M.', 'Patiente partenaire, Patiente formatrice', '1', '1', '1', '3', 'une nouvelle sollicitation reste possible'],
    ]);
    expect(await rowsOf(review, 'Équipes des projets, par côté')).toEqual([
      ['Patientes et patients partenaires', '2', '1'],
      ['Professionnelles et professionnels', '1', '1'],
      ['Autres personnes', '0', '0'],
    ]);
    const loadChart = section('Répartition de la sollicitation').locator(
      'figure.review-chart svg[role="img"], figure.review-chart figure svg',
    );
    expect(await loadChart.first().textContent()).toContain('1 — maximum atteint');
    // Every chart is an SVG with its summary as its name, and its table right after it.
    const charts = review.locator('figure.review-chart');
    expect(await charts.count()).toBeGreaterThanOrEqual(5);
    for (const chart of await charts.all()) {
      expect(await chart.locator('svg[aria-label]').count()).toBeGreaterThan(0);
      expect(await chart.evaluate((f) => f.nextElementSibling?.querySelector('table') !== null)).toBe(true);
    }
    expect(await axeViolations(review)).toEqual([]);
  });

  it('changes the period from the form: the actions are read on its last day', async () => {
    await review.getByLabel('Du', { exact: true }).fill('2026-01-01');
    await review.getByLabel('au', { exact: true }).fill('2026-03-31');
    await review.getByRole('button', { name: 'Afficher cette période' }).click();
    const summary = review.getByRole('region', { name: 'Suivi des actions' }).locator('.review-summary');
    // Two meetings; on 31 March the questionnaire (done on 10 April) was still open, not yet late.
    await expect.poll(() => summary.textContent()).toBe('3 actions décidées : 1 réalisée, 2 en cours, 0 en retard.');
    expect(new URL(review.url()).searchParams.get('from')).toBe('2026-01-01');
    await review.getByLabel('au', { exact: true }).fill('2025-12-31');
    await review.getByRole('button', { name: 'Afficher cette période' }).click();
    await review.getByRole('alert').getByText('Choisissez deux dates, la seconde après la première.').waitFor();
    expect(await summary.textContent()).toBe('3 actions décidées : 1 réalisée, 2 en cours, 0 en retard.');
    await review.goto(review.url().replace(/&?from=[^&]*|&?to=[^&]*/g, ''));
    await review.waitForFunction(() => performance.getEntriesByName('binome:review-rendered').length > 0);
  });

  it('prints on A4 (PDF): headings kept, no buttons', async () => {
    await review.emulateMedia({ media: 'print' });
    expect(await review.getByRole('button', { name: 'Imprimer (A4)' }).isVisible()).toBe(false);
    expect(await review.locator('.no-print').evaluateAll((els) => els.every((e) => getComputedStyle(e).display === 'none'))).toBe(
      true,
    );
    await review.emulateMedia({ media: 'screen' });
    const pdf = await review.pdf({ format: 'A4', outline: true, tagged: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const { titles, mediaBoxes } = pdfOutline(pdf);
    // A4 is 210 × 297 mm = 595.3 × 841.9 points.
    expect(mediaBoxes.length).toBeGreaterThan(1);
    for (const box of mediaBoxes) {
      const [x0, y0, x1, y1] = box.split(/\s+/).map(Number);
      expect(Math.abs((x1 ?? 0) - (x0 ?? 0) - 595.3)).toBeLessThan(2);
      expect(Math.abs((y1 ?? 0) - (y0 ?? 0) - 841.9)).toBeLessThan(2);
    }
    expect(titles).toEqual(
      expect.arrayContaining([
        `Bilan du projet « ${TITLE} »`,
        'Check-list au fil du temps',
        'Suivi des actions',
        'Effets',
        'Répartition de la sollicitation',
      ]),
    );
  });

  it('downloads a table as CSV for French Excel, named after the project and the period', async () => {
    const downloading = review.waitForEvent('download');
    await review.getByRole('button', { name: 'Télécharger CSV : Actions décidées en réunion pendant la période' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe(`bilan-comite-de-pilotage-de-l-accueil-${period.from}-${period.to}-actions.csv`);
    const csv = await readFile((await download.path()) as string, 'utf8');
    expect(csv).toBe('\uFEFF"Réunions";"Actions décidées";"Réalisées";"En cours";"En retard"\r\n"3";"4";"2";"1";"1"\r\n');
  });

  it('the establishment’s review opens from the projects list', async () => {
    await library.goto(`chrome-extension://${session.extensionId}/sidepanel.html?view=page&section=projects`);
    const opening = session.context.waitForEvent('page');
    await library.getByRole('link', { name: 'Bilan de l’établissement (s’ouvre dans un nouvel onglet)' }).click();
    const all = await opening;
    await all.getByRole('heading', { level: 1, name: 'Bilan de l’établissement : tous les projets' }).waitFor();
    await all.waitForFunction(() => performance.getEntriesByName('binome:review-rendered').length > 0);
    await all.getByText('1 projet en cours pendant la période.', { exact: false }).waitFor();
    expect(await rowsOf(all, 'Actions décidées en réunion pendant la période')).toEqual([[TITLE, '3', '4', '2', '1', '1']]);
    expect(await axeViolations(all)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/**
 * The same path through the project page's own panels (what users do): three meetings in
 * the last twelve months (an action closed at the second, one decided at the second and
 * closed at the third, one left open past its due date), a patient partner and a
 * professional answering their own checklist; the review counts what those panels wrote.
 */
describe('the review counts what the project page wrote', () => {
  let session: ExtensionSession;
  let library: Page;
  const errors: string[] = [];
  const today = todayIso();
  const daysAgo = (n: number) => new Date(Date.parse(`${today}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
  const title = 'Ateliers d’éducation thérapeutique';

  beforeAll(async () => {
    session = await launchWithExtension({ viewport: { width: 1280, height: 900 } });
    session.context.on('weberror', (e) => errors.push(String(e.error())));
    library = await session.openPage('sidepanel.html?view=page&section=projects');
    await library.getByRole('button', { name: 'Nouveau projet' }).click();
    await library.getByLabel('Intitulé du projet').fill(title);
    await library.getByLabel(/^Domaine du partenariat/).selectOption('parcours_soins');
    await library.getByLabel('Début').fill(daysAgo(400));
    await library.getByRole('button', { name: 'Créer le projet' }).click();
    await library.getByRole('heading', { level: 2, name: title }).waitFor();
  });
  afterAll(async () => {
    await session?.close();
  });

  const meetings = () => library.getByRole('region', { name: 'Réunions et relevés de conclusions' });

  async function person(n: number, name: string, side: 'patient_partner' | 'professional') {
    await meetings().getByLabel(`Nom de la personne ${n}`, { exact: true }).fill(name);
    await meetings().getByLabel(`Rôle de la personne ${n}`, { exact: true }).selectOption(side);
  }
  async function action(n: number, words: string, due: string) {
    const p = meetings();
    await p.getByRole('button', { name: 'Ajouter une action' }).click();
    await expect.poll(() => library.evaluate(() => document.activeElement?.id ?? '')).toMatch(/-action-/);
    await library.keyboard.type(words);
    await p.getByLabel(`Professionnelle ou professionnel qui porte l’action ${n}`).fill('Dr Martin');
    await p.getByLabel(`Patiente ou patient partenaire qui porte l’action ${n}`).fill('Camille F.');
    await p.getByLabel(`Échéance de l’action ${n} (facultative)`).fill(due);
  }
  async function meeting(date: string, fill: () => Promise<void>) {
    const p = meetings();
    await p.getByRole('button', { name: 'Nouvelle réunion' }).click();
    await p.getByLabel('Date de la réunion').fill(date);
    await person(1, 'Camille F.', 'patient_partner');
    await person(2, 'Dr Martin', 'professional');
    await fill();
    await p.getByRole('button', { name: 'Enregistrer la réunion' }).click();
    await library
      .getByText(/^Réunion du .* enregistrée\.$/)
      .last()
      .waitFor();
  }

  it('three meetings, two members’ answers, an effect measured twice, then the review', async () => {
    await meeting(daysAgo(300), async () => {
      await action(1, 'Rédiger le livret', daysAgo(280));
      await action(2, 'Questionnaire de sortie', daysAgo(250));
    });
    await meeting(daysAgo(270), async () => {
      await meetings()
        .getByTestId('meeting-carried')
        .getByRole('checkbox', { name: /Rédiger le livret/ })
        .check();
      await action(1, 'Former l’équipe', daysAgo(200));
    });
    await meeting(daysAgo(240), async () => {
      await meetings()
        .getByTestId('meeting-carried')
        .getByRole('checkbox', { name: /Former l’équipe/ })
        .check();
    });

    const members = library.getByRole('region', { name: 'Réponses de chaque membre' });
    async function member(name: string, side: 'patient_partner' | 'professional', answers: Record<string, string>) {
      await members.getByLabel('Nom (facultatif)').fill(name);
      await members.getByLabel('Répond en tant que').selectOption(side);
      await members.getByRole('button', { name: 'Ajouter ce membre' }).click();
      const sheet: Locator = library.getByRole('region', { name: `Réponses de ${name}` });
      for (const [id, value] of Object.entries(answers))
        await sheet.locator(`pp-checklist input[name="a-${id}"][value="${value}"]`).check();
    }
    await member('Camille F.', 'patient_partner', { 'has.1': 'oui', 'has.2': 'oui' });
    await member('Dr Martin', 'professional', { 'has.1': 'non', 'has.2': 'oui' });
    await library.getByTestId('checklist-differences').waitFor();

    // An effect measured twice through the project's own panel, assessed by both sides.
    const effects = library.getByRole('region', { name: 'Effets du projet' });
    await effects.getByRole('button', { name: 'Nouvel indicateur' }).click();
    await effects.getByLabel('Catégorie').selectOption('psychosocial');
    await effects.getByLabel('Intitulé de l’indicateur').fill('Confiance déclarée');
    await effects.getByLabel('Unité (facultative)').fill('points sur 10');
    await effects.getByLabel('Sens souhaité').selectOption('increase');
    await effects.getByRole('button', { name: 'Ajouter l’indicateur' }).click();
    await library.getByText('Indicateur « Confiance déclarée » ajouté.').waitFor();
    for (const [date, value] of [
      [daysAgo(200), '5'],
      [daysAgo(20), '7'],
    ] as const) {
      await effects.getByRole('button', { name: 'Ajouter une mesure : Confiance déclarée' }).click();
      const form = effects.getByRole('form', { name: 'Nouvelle mesure : Confiance déclarée' });
      await form.getByLabel('Date de la mesure').fill(date);
      await form.getByLabel(/^Valeur/).fill(value);
      await form.getByLabel('Source', { exact: true }).fill('Questionnaire');
      await form.getByLabel('Patiente ou patient partenaire').fill('Camille F.');
      await form.getByLabel('Professionnelle ou professionnel').fill('Dr Martin');
      await form.getByRole('button', { name: 'Enregistrer la mesure' }).click();
      await library
        .getByText(/^Mesure du .* ajoutée à « Confiance déclarée »\.$/)
        .last()
        .waitFor();
    }

    const opening = session.context.waitForEvent('page');
    await library.getByRole('link', { name: /^Bilan du projet/ }).click();
    const review = await opening;
    await review.waitForFunction(() => performance.getEntriesByName('binome:review-rendered').length > 0);
    // Three actions decided, each once: two closed at a later meeting, one past its due date.
    expect(await review.getByRole('region', { name: 'Suivi des actions' }).locator('.review-summary').textContent()).toBe(
      '3 actions décidées : 2 réalisées, 0 en cours, 1 en retard.',
    );
    expect((await rowsOf(review, 'Actions décidées en réunion pendant la période'))[0]).toEqual(['3', '3', '2', '0', '1']);
    // Today both members have answered: one criterion answered differently, by the two sides.
    const differences = await rowsOf(review, 'Où les réponses des membres diffèrent, à chaque date');
    expect(differences.map((r) => r.slice(1))).toEqual([['2', '1', '1', '0']]);
    // The effect as the panel wrote it: one indicator, two measurements in the period, improving.
    expect(await review.getByRole('region', { name: 'Effets', exact: true }).locator('.review-summary').textContent()).toBe(
      '1 indicateur, 2 mesures dans la période.',
    );
    const effectRows = await rowsOf(review, 'Effets : chaque indicateur');
    expect(effectRows.map((r) => [r[1], r[3], r[5], r[7], r[8]])).toEqual([
      ['Confiance déclarée', '2', '5', '7', 'dans le sens souhaité'],
    ]);
    expect(await axeViolations(review)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
