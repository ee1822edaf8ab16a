/**
 * The encrypted backup in the options page, rendered in Chromium (issue 20): encryption
 * is the default once the library holds contacts, the passphrase fields are labelled and
 * described (strength estimate, errors tied to their field), axe finds nothing; the
 * sealed file is downloaded; importing it asks for its passphrase, refuses a wrong one in
 * words with nothing written, and restores the library with the right one.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import registryJson from '../../../../demo/registry/registre.json';
import { OptionsApp } from '../../../../extension/modules/options/options-app';
import { clearWholeLibrary } from '../../../../extension/modules/transfer/whole-library';
import { locale } from '../../../../extension/modules/ui/locale';
import { workspaceOf } from '../../../../extension/modules/workspace/workspace-state';
import { publish } from '../../../../shared/publish/publish';
import type { PublicPartnerEntry } from '../../../../shared/schemas/public-feed';
import { parsePartnerRegistry } from '../../../../shared/schemas/registry';
import { makeItems } from '../../../helpers/library-items';
import { axeViolations } from '../../helpers/axe';
import { byText, fakePlatform, labelled, type Mounted, mount, until } from '../../helpers/extension-page';

const registry = parsePartnerRegistry(registryJson);
if (!registry.ok) throw new Error(registry.message);
const { feed } = publish(registry.data, { generatedAt: '2026-06-01T08:00:00.000Z' });
const PASS = 'cheval correct pile agrafe';

let mounted: Mounted | null = null;
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  locale.value = 'fr';
});

function chooseFile(input: HTMLInputElement, name: string, file: Blob): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([file], name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** The « encrypt » box, found by its label once the page has drawn it. */
const seal = (c: HTMLElement) =>
  c.querySelector('#options-transfer-seal') ? labelled(c, 'Chiffrer la sauvegarde avec une phrase de passe') : null;

describe('encrypted backup (options page)', () => {
  it('is plain by default for resources only, sealed by default once there are contacts', async () => {
    const platform = fakePlatform();
    mounted = await mount(OptionsApp, { platform });
    const { container, store } = mounted;
    await store.importBackup({ items: makeItems(2), annotations: [] });
    expect((await until(() => seal(container)))?.checked).toBe(false);
    expect(container.querySelector('[data-testid=backup-health-warning]')?.textContent).toContain('n’est pas chiffrée');
    expect(container.textContent).toContain('Conseillé dès que la sauvegarde contient des données sur des personnes.');
    expect(container.querySelector('input[type=password]')).toBeNull();

    const { photo: _photo, ...shown } = feed.partners.find((p) => p.id === 'pp-001') as PublicPartnerEntry;
    await workspaceOf(store).store.saveFound([{ shown, detail: 'compact', establishment: feed.establishment }], {
      pageUrl: 'https://ch-valmont.example.org/partenaires',
      seenAt: '2026-06-02T10:00:00.000Z',
    });
    // The count follows the workspace's changes: now ticked, and said why.
    await until(() => seal(container)?.checked);
    expect(container.textContent).toContain(
      'Recommandé : votre bibliothèque contient des données sur des personnes (contacts, registre des partenaires, équipes, signatures, réunions ou évaluations des projets).',
    );
    const notice = container.querySelector('[data-testid=backup-sealed-notice]') as HTMLElement;
    expect(notice.textContent).toMatch(/^La sauvegarde sera chiffrée \(AES-256-GCM/);
    expect(container.querySelector('#options-transfer-export')?.getAttribute('aria-describedby')).toBe(notice.id);
    expect(container.querySelector('[data-testid=backup-health-warning]')).toBeNull();
    // Unticked by the user: plain, with the warning.
    await userEvent.click(seal(container) as HTMLInputElement);
    await until(() => container.querySelector('[data-testid=backup-health-warning]'));
    expect(container.querySelector('#options-transfer-passphrase')).toBeNull();
  });

  it('labels and checks the passphrase, seals the file, and imports it back only with the right passphrase', async () => {
    const platform = fakePlatform();
    mounted = await mount(OptionsApp, { platform });
    const { container, store } = mounted;
    await store.importBackup({ items: makeItems(3), annotations: [] });
    const { photo: _photo, ...shown } = feed.partners.find((p) => p.id === 'pp-037') as PublicPartnerEntry;
    await workspaceOf(store).store.saveFound([{ shown, detail: 'full', establishment: feed.establishment }], {
      pageUrl: 'https://ch-valmont.example.org/partenaires',
      seenAt: '2026-06-02T10:00:00.000Z',
    });
    await until(() => seal(container)?.checked);
    const passphrase = labelled(container, /^Phrase de passe12 caractères au moins/);
    const confirmation = labelled(container, 'Confirmer la phrase de passe');
    expect(passphrase.type).toBe('password');
    expect(passphrase.autocomplete).toBe('new-password');
    const strength = container.querySelector('[data-testid=passphrase-strength]') as HTMLElement;
    expect(passphrase.getAttribute('aria-describedby')?.split(' ')).toContain(strength.id);
    expect(await axeViolations(container)).toEqual([]);

    // Too short: said under the field, which is marked invalid and focused; nothing downloaded.
    await userEvent.type(passphrase, 'court');
    expect(strength.textContent).toBe('Estimation de la solidité : trop courte (5 caractères sur 12 au moins).');
    await userEvent.click(container.querySelector('#options-transfer-export') as HTMLButtonElement);
    await until(() => byText(container, '.field-error', 'La phrase de passe doit compter au moins 12 caractères.'));
    expect(passphrase.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(passphrase);
    expect(await axeViolations(container)).toEqual([]);
    // Not the same twice.
    await userEvent.clear(passphrase);
    await userEvent.type(passphrase, PASS);
    expect(strength.textContent).toBe('Estimation de la solidité : solide.');
    await userEvent.type(confirmation, `${PASS}s`);
    await userEvent.click(container.querySelector('#options-transfer-export') as HTMLButtonElement);
    await until(() => byText(container, '.field-error', 'Les deux phrases de passe ne sont pas identiques.'));
    expect(confirmation.getAttribute('aria-invalid')).toBe('true');
    expect(passphrase.getAttribute('aria-invalid')).toBeNull();
    expect(platform.downloads).toHaveLength(0);

    await userEvent.clear(confirmation);
    await userEvent.type(confirmation, PASS);
    await userEvent.click(container.querySelector('#options-transfer-export') as HTMLButtonElement);
    await until(() => platform.downloads.length === 1, 20_000);
    const download = platform.downloads[0] as { blob: Blob; name: string };
    expect(download.name).toMatch(/^binome-bibliotheque-\d{4}-\d{2}-\d{2}-chiffree\.json$/);
    const text = await download.blob.text();
    expect(JSON.parse(text)).toMatchObject({ format: 'binome-encrypted-backup', kdf: { iterations: 600_000 } });
    expect(text).not.toContain('Agnès');
    await until(() =>
      byText(container, '[role=status] p', /^Sauvegarde chiffrée « binome-bibliotheque-.*-chiffree\.json » enregistrée/),
    );
    // The passphrase is not kept in the page.
    expect(passphrase.value).toBe('');
    expect(confirmation.value).toBe('');

    // Erased, then imported: the file is recognised and its passphrase asked.
    await clearWholeLibrary(store);
    const file = labelled(container, /^Fichier de sauvegarde/);
    chooseFile(file, download.name, download.blob);
    const open = await until(() => container.querySelector<HTMLInputElement>('#options-transfer-open-passphrase'));
    expect(labelled(container, /^Phrase de passe de la sauvegarde/)).toBe(open);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.type(open, 'cheval correct pile agrafé');
    await userEvent.click(container.querySelector('#options-transfer-import') as HTMLButtonElement);
    await until(() => byText(container, '[role=status] p', /^Phrase de passe incorrecte/), 20_000);
    expect(open.getAttribute('aria-invalid')).toBe('true');
    await until(() => document.activeElement === open);
    expect(await store.count()).toBe(0);
    expect(await workspaceOf(store).store.contacts()).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);

    await userEvent.clear(open);
    await userEvent.type(open, PASS);
    await userEvent.click(container.querySelector('#options-transfer-import') as HTMLButtonElement);
    await until(() => byText(container, '[role=status] p', /^Import terminé : 3 ressources ajoutées/), 20_000);
    expect(await store.count()).toBe(3);
    expect((await workspaceOf(store).store.contacts()).map((c) => c.shown.name)).toEqual(['Agnès L.']);
    expect(container.querySelector('#options-transfer-open-passphrase')).toBeNull();
  });
});
