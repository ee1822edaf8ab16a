/**
 * <pp-partnership-summary> renders a summary published by publishSummary(): key figures,
 * charts each with its table, « moins de 3 » for small counts; refuses anything else with
 * a fr/en message and its fallback, never a blank widget; axe finds nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { publishSummary } from '../../../shared/publish/summary';
import { ActivitySchema, type PartnershipSummary } from '../../../shared/schemas/partnership-summary';
import { domainOfMission } from '../../../shared/vocab/domain-labels';
import '../../../widgets/partnership-summary/index';
import type { PpPartnershipSummary } from '../../../widgets/partnership-summary/index';
import { makePartner } from '../../fixtures/partners';
import { axeViolations } from '../helpers/axe';

document.documentElement.lang = 'fr';

function summary(): PartnershipSummary {
  const missions = [
    ['parcours_soins.etp.1'],
    ['parcours_soins.etp.1'],
    ['parcours_soins.etp.1', 'recherche.gouvernance.1'],
    ['parcours_soins.etp.1'],
  ] as const;
  const partners = missions.map((m, i) =>
    makePartner({
      id: `p-${i}`,
      missions: [...m],
      domains: [...new Set(m.map((x) => domainOfMission(x) ?? 'recherche'))],
      managesEstablishment: false,
      consents: { keepData: { granted: true, date: '2026-01-01' } },
    }),
  );
  const activity = ActivitySchema.parse({
    period: { start: '2026-01-01', end: '2026-06-30' },
    projects: [
      { id: 'a', domain: 'parcours_soins', meetings: 6, checklistsRenewed: 1 },
      { id: 'b', domain: 'parcours_soins', meetings: 4, checklistsRenewed: 1 },
      { id: 'c', domain: 'parcours_soins', meetings: 2, checklistsRenewed: 1 },
    ],
  });
  return publishSummary({ establishment: { name: 'CH de Valmont (fictif)' }, partners }, activity, {
    generatedAt: '2026-06-01T08:00:00+02:00',
  });
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) el.remove();
  vi.restoreAllMocks();
});

async function mount(setup: (el: PpPartnershipSummary) => void, fallback = ''): Promise<PpPartnershipSummary> {
  const el = document.createElement('pp-partnership-summary');
  el.innerHTML = fallback;
  setup(el);
  document.body.append(el);
  mounted.push(el);
  await el.updateComplete;
  return el;
}

const root = (el: HTMLElement) => el.shadowRoot as ShadowRoot;
const text = (el: HTMLElement) => root(el).textContent?.replace(/\s+/g, ' ') ?? '';
const jsonUrl = (data: unknown) => URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));

async function settled(el: PpPartnershipSummary, what: string): Promise<void> {
  await vi.waitFor(() => expect(root(el).querySelector(what)).not.toBeNull(), { timeout: 3000 });
}

describe('<pp-partnership-summary>', () => {
  it('shows the figures, each chart with its table, « moins de 3 » and why; no axe violation', async () => {
    const loads: unknown[] = [];
    const el = await mount((e) => {
      e.addEventListener('pp-load', (ev) => loads.push((ev as CustomEvent).detail));
      e.setAttribute('src', jsonUrl(summary()));
    });
    await settled(el, 'table');
    const figures = [...root(el).querySelectorAll('.figure')].map((f) =>
      [...f.children].map((c) => c.textContent?.trim()).join(' '),
    );
    expect(figures).toEqual([
      'Patientes et patients partenaires 4',
      'Projets en partenariat 3',
      'Réunions tenues 12',
      'Check-lists du partenariat renouvelées 3',
    ]);
    expect(root(el).querySelector('[role="heading"][aria-level="2"]')?.textContent).toBe('Notre partenariat en chiffres');
    // Research has one partner: said as « moins de 3 », in the chart and in the table, with the note.
    const rows = [...(root(el).querySelectorAll('table')[0]?.querySelectorAll('tbody tr') ?? [])].map((r) =>
      [...r.children].map((c) => c.textContent?.trim()).join(' '),
    );
    expect(rows).toContain('Recherche moins de 3');
    expect(text(el)).toContain('pour que personne ne puisse être reconnu');
    expect(text(el)).not.toMatch(/\b[12]\b(?! (janvier|juin))/);
    // Every chart is hidden from assistive technologies and followed by its table.
    for (const chart of root(el).querySelectorAll('[part="chart"]')) {
      expect(chart.getAttribute('aria-hidden')).toBe('true');
      expect(chart.nextElementSibling?.localName).toBe('table');
    }
    expect(root(el).querySelector('.bar.few')).not.toBeNull();
    expect(loads).toEqual([{ partners: 4 }]);
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('speaks English with lang="en", from the labels the file carries', async () => {
    const el = await mount((e) => {
      e.lang = 'en';
      e.summary = summary();
    });
    expect(text(el)).toContain('Our partnership in figures');
    expect(text(el)).toContain('fewer than 3');
    expect(text(el)).toContain('Research');
    expect(await axeViolations(document.body)).toEqual([]);
  });

  it('refuses a count of 1 or 2, a directory feed and broken data: message, fallback, warning, pp-error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const s = summary();
    const cases: [unknown, RegExp][] = [
      [{ ...s, partners: { ...s.partners, total: 2 } }, /inférieur à 3 \(partners\.total\).*--resume/],
      [{ schemaVersion: 2, establishment: { name: 'x' }, partners: [] }, /n’est pas un résumé publié/],
      [{ ...s, schemaVersion: 1, partners: [] }, /n’est pas un résumé publié/],
      [{ ...s, schemaVersion: 7 }, /version/],
      [{ ...s, activity: { ...s.activity, meetings: -4 } }, /invalide \(activity\.meetings\)/],
      ['pas du JSON', /n’est pas un résumé publié/],
    ];
    for (const [data, message] of cases) {
      const errors: string[] = [];
      const el = await mount((e) => {
        e.addEventListener('pp-error', (ev) => errors.push((ev as CustomEvent).detail.message));
        e.setAttribute('src', jsonUrl(data));
      }, '<a href="/rapport.pdf">Rapport annuel (PDF)</a>');
      await settled(el, '[role="alert"]');
      expect(root(el).querySelector('[role="alert"]')?.textContent).toMatch(message);
      expect(root(el).querySelector('slot')).not.toBeNull();
      expect(el.querySelector('a')?.checkVisibility()).toBe(true);
      expect(root(el).querySelector('table')).toBeNull();
      expect(errors).toHaveLength(1);
      expect(await axeViolations(el)).toEqual([]);
    }
    expect(warn).toHaveBeenCalled();
  });

  it('says when the file cannot be loaded, or none is given, in English too', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const unreachable = await mount((e) => {
      e.lang = 'en';
      e.setAttribute('src', 'http://127.0.0.1:9/none.json');
    });
    await settled(unreachable, '[role="alert"]');
    expect(text(unreachable)).toContain('The partnership figures could not be loaded (http://127.0.0.1:9/none.json).');
    // Not JSON at all, and a file far larger than any summary (refused while reading).
    const notJson = await mount((e) => {
      e.setAttribute('src', URL.createObjectURL(new Blob(['{ pas du JSON'], { type: 'application/json' })));
    });
    await settled(notJson, '[role="alert"]');
    expect(text(notJson)).toContain('n’est pas un résumé publié');
    const huge = await mount((e) => {
      e.setAttribute('src', URL.createObjectURL(new Blob([`"${'x'.repeat(600_000)}"`])));
    });
    await settled(huge, '[role="alert"]');
    expect(text(huge)).toContain('Les chiffres du partenariat n’ont pas pu être chargés');
    const none = await mount(() => {});
    expect(text(none)).toContain('Chargement');
    await settled(none, '[role="alert"]');
    expect(text(none)).toContain('Aucun fichier de chiffres n’est indiqué');
  });

  it('renders text only: markup in a label stays text', async () => {
    const s = summary();
    const payload = '<img src=x onerror="window.__pwned=1">';
    const first = s.partners.byDomain[0];
    if (!first) throw new Error('no domain');
    s.partners.byDomain[0] = { ...first, fr: payload };
    const el = await mount((e) => {
      e.summary = s;
    });
    expect(root(el).querySelector('img')).toBeNull();
    expect(text(el)).toContain(payload);
  });
});
