/**
 * The printed sheet (print media emulated through the DevTools protocol) and the screen
 * layout at 320 px: no horizontal scrolling in either.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { cdp, page } from 'vitest/browser';
import { withComment } from '../../../shared/checklist/evaluation';
import { withExtraCriterion } from '../../../shared/checklist/extra-criteria';
import { $, $$, evaluation, mount, text } from './helpers';

const long = 'Une remarque très longue sans espace: '.concat('Anticonstitutionnellement'.repeat(12));
const sheet = {
  ...withComment(
    withExtraCriterion(
      evaluation('2026-06-02', { 'has.1': 'oui', 'has.2': 'non', 'has.3': 'en_cours' }),
      'Une charte est-elle signée ?',
      'etab-charte',
    ),
    'has.2',
    long,
  ),
  filledBy: [
    { name: 'Awa Diallo', role: 'Patiente partenaire' },
    { name: 'Dr Paul Martin', role: 'Médecin urgentiste' },
  ],
};

/** Elements wider than their box: what would scroll horizontally (the 1 px visually hidden file field is clipped on purpose). */
function overflowing(root: Element | ShadowRoot): string[] {
  return [...root.querySelectorAll(':not(.pp-visually-hidden)')]
    .filter((node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible')
    .map((node) => `${node.tagName.toLowerCase()}.${node.className}`);
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('<pp-checklist> printed (print media)', () => {
  beforeAll(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { media: 'print' });
  });
  afterAll(async () => {
    await cdp().send('Emulation.setEmulatedMedia', { media: '' });
  });

  it('prints the HAS sheet: a table Critère | Oui | Non | En cours, comments, signature lines — and nothing interactive', async () => {
    expect(matchMedia('print').matches).toBe(true);
    // The printable width of an A4 page with 15 mm margins.
    const a4 = document.createElement('div');
    a4.style.width = '180mm';
    document.body.append(a4);
    const el = await mount({ history: [evaluation('2026-01-15', { 'has.1': 'non' })], value: sheet }, {}, a4);

    const screen = $(el, '.screen')!;
    const print = $(el, '[part="print"]')!;
    expect(getComputedStyle(screen).display).toBe('none');
    expect(getComputedStyle(print).display).toBe('block');
    expect(el.getBoundingClientRect().width).toBeCloseTo(a4.getBoundingClientRect().width, 0);

    const table = print.querySelector('table')!;
    expect([...table.querySelectorAll('thead th')].map((th) => text(th))).toEqual(['Critère', 'Oui', 'Non', 'En cours']);
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => text(td)));
    expect(rows).toHaveLength(11);
    expect(rows[0]).toEqual(['1. Y a-t-il un diagnostic partagé ?', 'X', '', '']);
    expect(rows[1]?.[0]).toBe(`2. Y a-t-il au moins 2 patients partenaires impliqués ? Commentaire : ${long}`);
    expect(rows[1]?.slice(1)).toEqual(['', 'X', '']);
    expect(rows[2]?.slice(1)).toEqual(['', '', 'X']);
    expect(rows[10]).toEqual(['11. Une charte est-elle signée ? (critère de l’établissement)', '', '', '']);
    expect(text(print)).toContain('Titre de l’action, du projet ou du programme : Accueil des urgences');
    expect($$(el, '[part="print"] .sign p').map((p) => text(p))).toEqual([
      'Nom : Awa Diallo — Rôle : Patiente partenaire — Signature : ________________',
      'Nom : Dr Paul Martin — Rôle : Médecin urgentiste — Signature : ________________',
    ]);

    // One A4 width: the table and everything else fit, nothing scrolls sideways.
    expect(table.getBoundingClientRect().right).toBeLessThanOrEqual(a4.getBoundingClientRect().right + 0.5);
    expect(print.scrollWidth).toBeLessThanOrEqual(print.clientWidth);
    expect(overflowing(el.shadowRoot!)).toEqual([]);
    expect(a4.scrollWidth).toBeLessThanOrEqual(a4.clientWidth);
  });

  it('in English, labels take an English colon, not the French spaced one (issue 19)', async () => {
    const el = await mount({ value: sheet }, { lang: 'en' });
    const print = $(el, '[part="print"]')!;
    expect(text(print)).toContain('Title of the action, project or programme: Accueil des urgences');
    expect(text(print)).toMatch(/Date of the evaluation: \S/);
    expect(text(print)).toContain(`Comment: ${long}`);
    expect($$(el, '[part="print"] .sign p').map((p) => text(p))[0]).toBe(
      'Name: Awa Diallo — Role: Patiente partenaire — Signature: ________________',
    );
    expect(text(print)).not.toMatch(/\S :/);
    expect($$(el, '.counts dt').map((dt) => text(dt))).toEqual(['Yes:', 'No:', 'In progress:', 'Not answered:']);
  });

  it('leaves blank signature lines for a patient partner and a professional when nobody is named', async () => {
    const el = await mount({ value: evaluation('2026-06-02') });
    expect($$(el, '[part="print"] .sign p').map((p) => text(p))).toEqual([
      'Nom : ________________ — Rôle : ________________ — Signature : ________________',
      'Nom : ________________ — Rôle : ________________ — Signature : ________________',
    ]);
  });
});

describe('<pp-checklist> on a small screen', () => {
  afterAll(async () => {
    await page.viewport(1280, 800);
  });

  it('needs no horizontal scrolling at 320 px wide (WCAG 1.4.10), history included', async () => {
    await page.viewport(320, 640);
    const history = [
      '2026-01-15',
      '2026-02-15',
      '2026-03-15',
      '2026-04-15',
      '2026-05-15',
      '2026-06-15',
      '2026-07-15',
      '2026-08-15',
      '2026-09-15',
    ].map((d) => evaluation(d, { 'has.1': 'non' }));
    const el = await mount({ history, value: { ...sheet, date: '2026-10-01' } });
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    // Only the data table may scroll, inside its own focusable region.
    const scrolling = overflowing(el.shadowRoot!);
    expect(scrolling.filter((s) => s !== 'div.scroll')).toEqual([]);
    expect($(el, '.timeline')!.scrollWidth).toBeLessThanOrEqual($(el, '.timeline')!.clientWidth + 1);
  });
});
