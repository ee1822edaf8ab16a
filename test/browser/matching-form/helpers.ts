import { vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { PartnerProfile } from '../../../shared/schemas/partner';
import '../../../widgets/matching-form/index';
import type { PpMatchingForm } from '../../../widgets/matching-form/index';
import { makePartner } from '../../fixtures/partners';

const granted = { granted: true, date: '2026-01-10' };
const refused = { granted: false, date: '2026-01-10' };

export function consents(overrides: Partial<Record<keyof PartnerProfile['consents'], boolean>> = {}): PartnerProfile['consents'] {
  const all = {
    keepData: true,
    listing: true,
    name: true,
    photo: false,
    experience: true,
    contact: false,
    matching: true,
    ...overrides,
  };
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v ? granted : refused])) as PartnerProfile['consents'];
}

/** A small fictional directory for an "offre de soins" need in Isère (annex 3, example 1). */
export function directory(): PartnerProfile[] {
  const base = {
    titles: [{ role: 'patient_partenaire' as const, validatedBy: { by: 'Coordination (fictive)', date: '2026-01-15' } }],
    domains: ['offre_soins' as const],
    missions: ['offre_soins.experience_patient.3' as const],
    statuses: ['benevole' as const],
    trainings: [],
    association: undefined,
    availability: { slots: ['evening' as const], commitment: ['durable' as const] },
    load: { activeMissions: 0 },
    photo: undefined,
  };
  return [
    makePartner({
      ...base,
      id: 'pp-adele',
      name: { display: 'Adèle M.' },
      experience: { themes: ['perinatalite'], caregiver: true },
      territory: { departement: '38', commune: 'Saint-Martin-d’Hères', remote: false },
      contact: { email: 'adele@example.org', phone: '06 11 22 33 44' },
      consents: consents({ contact: true }),
    }),
    makePartner({
      ...base,
      id: 'pp-bruno',
      name: { display: 'Bruno K.' },
      experience: { themes: ['diabete'], caregiver: false },
      territory: { departement: '38', commune: 'Grenoble', remote: false },
      load: { activeMissions: 2 },
      consents: consents(),
    }),
    makePartner({
      ...base,
      id: 'pp-claire',
      name: { given: 'Claire', family: 'Secret' },
      experience: { themes: ['cancer'], caregiver: true },
      territory: { departement: '38', remote: true },
      consents: consents({ name: false, listing: false, experience: false }),
    }),
    makePartner({
      ...base,
      id: 'pp-denis',
      name: { display: 'Denis Directeur' },
      experience: { themes: ['diabete'], caregiver: true },
      territory: { departement: '38', remote: false },
      managesEstablishment: true,
      consents: consents(),
    }),
    makePartner({
      ...base,
      id: 'pp-emma',
      name: { display: 'Emma Sans-Consentement' },
      experience: { themes: ['perinatalite'], caregiver: true },
      territory: { departement: '38', remote: false },
      consents: consents({ matching: false }),
    }),
  ];
}

export async function mount(html: string): Promise<PpMatchingForm> {
  const host = document.createElement('div');
  host.innerHTML = html;
  document.body.append(host);
  const el = host.querySelector('pp-matching-form') as PpMatchingForm;
  await el.ready;
  return el;
}

export function cleanup(): void {
  document.body.innerHTML = '';
}

export const $ = <T extends Element = HTMLElement>(el: PpMatchingForm, selector: string): T => {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`no ${selector}`);
  return found;
};
export const $$ = <T extends Element = HTMLElement>(el: PpMatchingForm, selector: string): T[] => [
  ...el.shadowRoot!.querySelectorAll<T>(selector),
];

/** Presses Tab until the focused control inside the element matches (keyboard only, like a user). */
export async function tabTo(el: PpMatchingForm, match: (active: Element) => boolean, max = 400): Promise<Element> {
  for (let i = 0; i < max; i++) {
    await userEvent.tab();
    const active = el.shadowRoot!.activeElement;
    if (active && match(active)) return active;
  }
  throw new Error('the control was never reached with Tab');
}

export const named =
  (name: string, value?: string) =>
  (a: Element): boolean =>
    a.getAttribute('name') === name && (value === undefined || a.getAttribute('value') === value);

/** Waits for Lit to render, twice (state set in `updated` renders again). */
export async function settle(el: PpMatchingForm): Promise<void> {
  await el.ready;
  await new Promise((r) => setTimeout(r, 0));
  await el.updateComplete;
}

/** A registry file's content (schema v1) with these profiles. */
export function registryOf(partners: readonly unknown[]) {
  return {
    schemaVersion: 1,
    establishment: { name: 'CH de Valmont (fictif)', contactEmail: 'partenariat@example.org' },
    partners,
  };
}

/** Picks a file in the widget's « Ouvrir le registre… » input, as the system's file dialog would. */
export async function pick(el: PpMatchingForm, name: string, content: string): Promise<void> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part=registry] input[type=file]');
  if (!input) throw new Error('no file input');
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name, { type: name.endsWith('.json') ? 'application/json' : 'text/plain' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/**
 * Records what the page sends while it runs: fetch, XHR and beacon calls, and any resource
 * requested from another origin (the widget's own modules, from the test server, are fine).
 */
export function watchRequests(): { stop(): { sent: string[]; foreign: string[] } } {
  const sent: string[] = [];
  const fetchSpy = vi.spyOn(window, 'fetch').mockImplementation(async (input) => {
    sent.push(`fetch ${String(input)}`);
    return new Response('{}');
  });
  const open = vi.spyOn(XMLHttpRequest.prototype, 'open').mockImplementation(function (
    this: XMLHttpRequest,
    _m: string,
    url: string | URL,
  ) {
    sent.push(`xhr ${String(url)}`);
  });
  const beacon = vi.spyOn(navigator, 'sendBeacon').mockImplementation((url) => {
    sent.push(`beacon ${String(url)}`);
    return true;
  });
  const start = performance.now();
  return {
    stop() {
      fetchSpy.mockRestore();
      open.mockRestore();
      beacon.mockRestore();
      const foreign = performance
        .getEntriesByType('resource')
        .filter((e) => e.startTime >= start)
        .filter(
          (e) =>
            new URL(e.name).origin !== location.origin ||
            ['fetch', 'xmlhttprequest', 'beacon'].includes((e as PerformanceResourceTiming).initiatorType),
        )
        .map((e) => e.name);
      return { sent, foreign };
    },
  };
}
