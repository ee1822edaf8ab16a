/** The options page rendered for real: language, storage, export/import with cancel, delete everything. */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { OptionsApp } from '../../../../extension/modules/options/options-app';
import { initLocale, locale } from '../../../../extension/modules/ui/locale';
import { workspaceOf } from '../../../../extension/modules/workspace/workspace-state';
import { makeItems } from '../../../helpers/library-items';
import { axeViolations } from '../../helpers/axe';
import { byText, fakePlatform, labelled, type Mounted, mount, until } from '../../helpers/extension-page';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  locale.value = 'fr';
});

function chooseFile(input: HTMLInputElement, name: string, text: string): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([text], name, { type: 'application/json' }));
  input.files = transfer.files;
}

describe('options page', () => {
  it('shows the storage, has no axe violation, and switches language live', async () => {
    const platform = fakePlatform();
    mounted = await mount(OptionsApp, { platform });
    await mounted.store.importBackup({ items: makeItems(3), annotations: [] });
    const stop = await initLocale(platform);
    const { container } = mounted;
    await until(() => byText(container, '[data-testid="storage-used"]', /^3 ressources ; environ/));
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(labelled(container, 'English'));
    await until(() => container.querySelector('h1')?.textContent === 'Binôme options');
    expect(platform.settings.locale).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    stop();
  });

  it('exports a file, refuses a broken import without touching the library, and cancels a long import', async () => {
    const platform = fakePlatform();
    mounted = await mount(OptionsApp, { platform });
    const { container, store } = mounted;
    await store.importBackup({ items: makeItems(4), annotations: [] });
    await until(() => byText(container, '[data-testid="storage-used"]', /^4 ressources/));

    await userEvent.selectOptions(labelled<HTMLSelectElement>(container, 'Format'), 'bibtex');
    await userEvent.click(container.querySelector('#options-transfer-export') as HTMLButtonElement);
    await until(() => platform.downloads.length === 1);
    expect(platform.downloads[0]?.name).toMatch(/^binome-bibliotheque-\d{4}-\d{2}-\d{2}\.bib$/);
    expect(await platform.downloads[0]?.blob.text()).toContain('@');

    const file = labelled(container, /^Fichier de sauvegarde/);
    chooseFile(file, 'abime.json', '{"format":"binome-library","items":[{"id":"x"}');
    await userEvent.click(container.querySelector('#options-transfer-import') as HTMLButtonElement);
    await until(() => byText(container, '[data-testid="status-details"] li', /^Ce fichier n'est pas du JSON lisible/));
    expect(await store.count()).toBe(4);

    chooseFile(file, 'grande.json', JSON.stringify({ format: 'binome-library', version: 1, items: makeItems(6000, 8) }));
    await userEvent.click(container.querySelector('#options-transfer-import') as HTMLButtonElement);
    const cancel = await until(() => byText<HTMLButtonElement>(container, '[data-testid="transfer-progress"] button', 'Annuler'));
    await until(() => document.activeElement === cancel);
    // The focus is on Cancel: Enter, at once (a pointer click waits for the button to be stable, and the
    // progress redraws it while a loaded machine may finish the import first).
    await userEvent.keyboard('{Enter}');
    await until(() => byText(container, '[role="status"] p', "Import annulé. La bibliothèque n'a pas été modifiée."));
    expect(await store.count()).toBe(4);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('deletes everything only after a confirmation step', async () => {
    mounted = await mount(OptionsApp, { platform: fakePlatform() });
    const { container, store } = mounted;
    await store.importBackup({ items: makeItems(2), annotations: [] });
    const button = await until(() => {
      const b = byText<HTMLButtonElement>(container, 'button', 'Supprimer toute la bibliothèque…');
      return b && !b.disabled ? b : null;
    });
    await userEvent.click(button);
    const question = await until(() => byText(container, 'p', /^Supprimer définitivement 2 ressources/));
    await until(() => document.activeElement === question);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(byText(container, 'button', 'Annuler') as HTMLButtonElement);
    expect(await store.count()).toBe(2);
    await userEvent.click(byText(container, 'button', 'Supprimer toute la bibliothèque…') as HTMLButtonElement);
    await userEvent.click(await until(() => byText<HTMLButtonElement>(container, 'button', 'Oui, tout supprimer')));
    await until(() => byText(container, '[role="status"] p', 'La bibliothèque a été vidée.'));
    expect(await store.count()).toBe(0);
    await until(() => document.activeElement?.id === 'opt-danger');
  });

  it('says everything stored and everything an import restored, and « vidée » does not stay on screen', async () => {
    const platform = fakePlatform();
    mounted = await mount(OptionsApp, { platform });
    const { container, store } = mounted;
    await store.importBackup({ items: makeItems(2), annotations: [] });
    await workspaceOf(store).store.createProject({ title: 'Accueil', domain: 'offre_soins', dates: { start: '2026-03-01' } });
    // The storage line counts the project too, not only the resources.
    await until(() => byText(container, '[data-testid="storage-used"]', /^2 ressources, 1 projet ; environ/));
    // A project names people (its team, signatures, meetings): sealed by default; this test reads the plain file.
    const seal = await until(() => container.querySelector<HTMLInputElement>('#options-transfer-seal:checked'));
    await userEvent.click(seal);
    await userEvent.click(container.querySelector('#options-transfer-export') as HTMLButtonElement);
    await until(() => platform.downloads.length === 1);
    const backup = (await platform.downloads[0]?.blob.text()) as string;

    await userEvent.click(byText(container, 'button', 'Supprimer toute la bibliothèque…') as HTMLButtonElement);
    await userEvent.click(await until(() => byText<HTMLButtonElement>(container, 'button', 'Oui, tout supprimer')));
    await until(() => byText(container, '[role="status"] p', 'La bibliothèque a été vidée.'));
    await until(() => byText(container, '[data-testid="storage-used"]', /^0 ressource ; environ/));

    chooseFile(labelled(container, /^Fichier de sauvegarde/), 'sauvegarde.json', backup);
    await userEvent.click(container.querySelector('#options-transfer-import') as HTMLButtonElement);
    await until(() =>
      byText(
        container,
        '[role="status"] p',
        'Import terminé : 2 ressources ajoutées, 0 mise à jour, 0 inchangée. Restauré aussi : 1 projet.',
      ),
    );
    expect(container.textContent).not.toContain('La bibliothèque a été vidée.');
    await until(() => byText(container, '[data-testid="storage-used"]', /^2 ressources, 1 projet ; environ/));
    expect(await axeViolations(container)).toEqual([]);
  });
});
