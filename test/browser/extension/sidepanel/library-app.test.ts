/** The library page (side panel / full page) rendered for real: search, facets, detail, edit, delete + undo, a11y. */
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { LibraryApp } from '../../../../extension/modules/sidepanel/library-app';
import type { LibraryItem } from '../../../../shared/schemas/clip';
import { makeItems } from '../../../helpers/library-items';
import { axeViolations } from '../../helpers/axe';
import { byText, fakePlatform, labelled, type Mounted, mount, until } from '../../helpers/extension-page';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const special: LibraryItem[] = [
  {
    ...makeItems(1, 99)[0]!,
    id: 'etp-guide',
    url: 'https://has.exemple.fr/guide-etp',
    title: 'Éducation thérapeutique : le rôle des patients partenaires',
    resourceType: 'guide',
    domains: ['parcours_soins'],
    tags: ['ETP', 'diabète'],
    note: 'À relire avant le comité',
    createdAt: '2030-01-01T00:00:00.000Z',
    updatedAt: '2030-01-01T00:00:00.000Z',
  },
];

async function mountLibrary(count = 120, view: 'panel' | 'page' = 'page') {
  const platform = fakePlatform();
  mounted = await mount(LibraryApp, { platform, view });
  await mounted.store.importBackup({ items: [...makeItems(count, 5), ...special], annotations: [] });
  // The page opened before the import: it follows the change.
  const { container } = mounted;
  return { platform, container, store: mounted.store };
}

const countText = (root: HTMLElement) => root.querySelector('[data-testid="result-count"]')?.textContent ?? '';

describe('library page', () => {
  it('lists, searches as you type (accents and case ignored) and has no axe violation', async () => {
    const { container } = await mountLibrary();
    await until(() => countText(container) === '121 résultats');
    expect(container.querySelectorAll('.results > li')).toHaveLength(50);
    expect(await axeViolations(container)).toEqual([]);

    const search = labelled(container, /^Rechercher/);
    await userEvent.type(search, 'ROLE educ');
    await until(() => countText(container) === '1 résultat');
    expect(container.querySelector('.results')?.textContent).toContain(
      'Éducation thérapeutique : le rôle des patients partenaires',
    );
    await userEvent.clear(search);
    await userEvent.type(search, 'relire comite'); // the note is searched too
    await until(() => countText(container) === '1 résultat');
    await userEvent.clear(search);
    await userEvent.type(search, 'zzzz');
    await until(() => byText(container, 'p', 'Aucun résultat.'));
  });

  it('filters by facets (disjunctive counts) and clears them', async () => {
    const { container } = await mountLibrary(60);
    await until(() => countText(container) === '61 résultats');
    const filters = await until(() => container.querySelector<HTMLDetailsElement>('details.facets'));
    if (!filters.open) await userEvent.click(filters.querySelector('summary') as HTMLElement);
    const facet = await until(() => byText<HTMLLabelElement>(container, 'label', /^Guide, recommandation \(\d+\)$/));
    const expected = Number(/\((\d+)\)/.exec(facet.textContent ?? '')?.[1]);
    await userEvent.click(facet.querySelector('input') as HTMLInputElement);
    await until(() => countText(container) === `${expected} résultat${expected > 1 ? 's' : ''}`);
    // The type facet still shows the other types (its own selection does not narrow it).
    expect(byText(container, 'label', /^Formation \(\d+\)$/)).not.toBeNull();
    await userEvent.click(byText(container, 'button', 'Effacer les filtres') as HTMLButtonElement);
    await until(() => countText(container) === '61 résultats');
  });

  it('opens an item with the keyboard, edits it, and focus follows', async () => {
    const { container, store } = await mountLibrary(10);
    const button = await until(() => container.querySelector<HTMLButtonElement>('#result-etp-guide'));
    button.focus();
    await userEvent.keyboard('{Enter}');
    const heading = await until(() => container.querySelector<HTMLElement>('#detail-title'));
    await until(() => document.activeElement === heading);
    expect(container.querySelector('dl.facts')?.textContent).toContain('ETP, diabète');
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.click(byText(container, 'button', 'Modifier') as HTMLButtonElement);
    const note = await until(() => container.querySelector<HTMLTextAreaElement>('#edit-note'));
    await until(() => document.activeElement?.id === 'edit-title-input');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.clear(note);
    await userEvent.type(note, 'Relu le 3 mars');
    await userEvent.click(byText(container, 'button', 'Enregistrer les modifications') as HTMLButtonElement);
    await until(() => byText(container, '[data-testid="library-notice"] p', 'Modifications enregistrées.'));
    expect((await store.get('etp-guide'))?.note).toBe('Relu le 3 mars');

    await userEvent.click(byText(container, 'button', 'Retour à la liste') as HTMLButtonElement);
    await until(() => document.activeElement?.id === 'result-etp-guide');
  });

  it('deletes with undo: the item, its place and its annotations come back', async () => {
    const { container, store } = await mountLibrary(5);
    await store.importBackup({
      items: [],
      annotations: [
        {
          id: 'h1',
          itemId: 'etp-guide',
          source: 'https://has.exemple.fr/guide-etp',
          selectors: [{ type: 'TextQuoteSelector', exact: 'lanterne magique' }],
          colour: 'a-retenir',
          created: '2030-01-01T00:00:00.000Z',
          modified: '2030-01-01T00:00:00.000Z',
        },
      ],
    });
    await until(() => countText(container) === '6 résultats');
    // Highlights are searchable.
    await userEvent.type(labelled(container, /^Rechercher/), 'LANTERNE magi');
    await until(() => countText(container) === '1 résultat');
    await userEvent.click(container.querySelector('#result-etp-guide') as HTMLButtonElement);
    await until(() => byText(container, 'h3', 'Surlignages'));
    await userEvent.click(byText(container, 'button', 'Supprimer') as HTMLButtonElement);
    const undo = await until(() => byText<HTMLButtonElement>(container, 'button', 'Annuler la suppression'));
    await until(() => document.activeElement === undo);
    expect(await store.get('etp-guide')).toBeUndefined();
    await userEvent.keyboard('{Enter}');
    await until(() => byText(container, '[data-testid="library-notice"] p', 'Ressource rétablie.'));
    expect((await store.get('etp-guide'))?.title).toBe(special[0]!.title);
    expect(await store.annotationsOf('etp-guide')).toHaveLength(1);
    await until(() => countText(container) === '1 résultat');
  });

  it('fits a 320 px wide side panel without horizontal scrolling', async () => {
    await page.viewport(320, 700);
    try {
      const { container } = await mountLibrary(20, 'panel');
      await until(() => countText(container) === '21 résultats');
      await userEvent.click(container.querySelector('#result-etp-guide') as HTMLButtonElement);
      await until(() => container.querySelector('#detail-title'));
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      // In a narrow panel, the detail replaces the list.
      expect(container.querySelector('.results')).toBeNull();
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('speaks English when asked', async () => {
    const { container } = await mountLibrary(3);
    await until(() => countText(container) === '4 résultats');
    const { locale } = await import('../../../../extension/modules/ui/locale');
    locale.value = 'en';
    await until(() => countText(container) === '4 results');
    expect(container.querySelector('h1')?.textContent).toBe('My library');
    locale.value = 'fr';
  });
});
