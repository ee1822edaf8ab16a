/** The options' meaning editor and site list, rendered for real (browser access faked). */
import '../../../../extension/modules/ui/styles.css';
import { h, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type { Meaning } from '../../../../extension/modules/highlights/meanings';
import { HighlightOptions, type HighlightOptionsApi } from '../../../../extension/modules/page-highlights/highlight-options';
import { locale } from '../../../../extension/modules/ui/locale';
import { axeViolations } from '../../helpers/axe';

let container: HTMLElement | null = null;
afterEach(async () => {
  if (container) render(null, container);
  container?.remove();
  container = null;
  locale.value = 'fr';
  await page.viewport(1024, 768);
});

function fakeApi(initial: Meaning[] = [], sites = ['http://127.0.0.1/*', 'https://www.chu-exemple.fr/*']) {
  const state = { meanings: [...initial], sites: [...sites], saves: 0 };
  const api: HighlightOptionsApi = {
    loadMeanings: async () => [...state.meanings],
    saveMeanings: async (m) => {
      state.meanings = [...m];
      state.saves++;
    },
    sites: async () => [...state.sites],
    revoke: async (site) => {
      state.sites = state.sites.filter((s) => s !== site);
      return true;
    },
    onChange: () => () => {},
  };
  return { api, state };
}

async function until(check: () => boolean, timeout = 2000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 10));
  }
}

function mount(api: HighlightOptionsApi): HTMLElement {
  container = document.createElement('main');
  document.body.append(container);
  render(h(HighlightOptions, { api }), container);
  return container;
}

describe('highlight options: meanings and sites', () => {
  it('adds a meaning with name + colour + pattern, refuses a nameless or duplicate one, deletes it', async () => {
    const { api, state } = fakeApi();
    const root = mount(api);
    await until(() => root.querySelector('[data-testid="granted-sites"]') !== null);
    expect(await axeViolations(root)).toEqual([]);

    const submit = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Ajouter ce sens') as HTMLButtonElement;
    await userEvent.click(submit);
    await until(() => root.querySelector('#meaning-problem')?.textContent === 'Donnez un nom au sens.');
    const input = root.querySelector('#meaning-label') as HTMLInputElement;
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
    expect(state.saves).toBe(0);
    expect(await axeViolations(root)).toEqual([]);

    await userEvent.type(input, 'À vérifier');
    // Colour and pattern are radio groups, each in its own labelled fieldset.
    const orange = root.querySelector('input[name="meaning-colour"][value="#fed7aa"]') as HTMLInputElement;
    await userEvent.click(orange);
    await userEvent.click(root.querySelector('input[name="meaning-pattern"][value="wavy"]') as HTMLInputElement);
    await userEvent.click(submit);
    await until(() => state.meanings.length === 1);
    expect(state.meanings[0]).toEqual({ id: 'a-verifier', label: 'À vérifier', colour: '#fed7aa', pattern: 'wavy' });
    const list = root.querySelector('[data-testid="user-meanings"]') as HTMLElement;
    await until(() => list?.textContent?.includes('À vérifier') ?? false);
    expect(root.textContent).toContain('(orange, ondulé)');
    expect(root.querySelector('[role="status"]')?.textContent).toBe('Sens « À vérifier » ajouté.');

    await userEvent.type(input, 'a verifier');
    await userEvent.click(submit);
    await until(() => root.querySelector('#meaning-problem')?.textContent === 'Un sens porte déjà ce nom.');
    expect(state.meanings).toHaveLength(1);

    await userEvent.click(root.querySelector('button[aria-label="Supprimer le sens « À vérifier »"]') as HTMLButtonElement);
    await until(() => state.meanings.length === 0);
    expect(root.querySelector('[role="status"]')?.textContent).toContain('sont gardés');
  });

  it('lists the granted sites and revokes one', async () => {
    const { api, state } = fakeApi();
    const root = mount(api);
    await until(() => root.querySelector('[data-testid="granted-sites"]') !== null);
    const revoke = [...root.querySelectorAll('button')].find(
      (b) => b.textContent === 'Retirer http://127.0.0.1',
    ) as HTMLButtonElement;
    await userEvent.click(revoke);
    await until(() => state.sites.length === 1);
    await until(() => !root.textContent?.includes('Retirer http://127.0.0.1'));
    expect(document.activeElement?.id).toBe('opt-sites');
  });

  it('fits 320 px without horizontal scroll, and speaks English', async () => {
    locale.value = 'en';
    const { api } = fakeApi([
      { id: 'idee', label: 'Une idée à creuser pour le comité de pilotage', colour: '#ddd6fe', pattern: 'dotted' },
    ]);
    await page.viewport(320, 640);
    const root = mount(api);
    await until(() => root.querySelector('[data-testid="user-meanings"]') !== null);
    expect(root.querySelector('h2')?.textContent).toBe('Highlight meanings');
    expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    expect(await axeViolations(root)).toEqual([]);
  });
});
