/**
 * Contacts in Chromium: the popup's offer of the cards found on a page (page reading
 * faked, saving real), the Contacts section with `<pp-partner-card>` fed what the page
 * showed (a feed entry, no photo: nothing requested), the agreement to be proposed, and
 * deletion.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import registryJson from '../../../../demo/registry/registre.json';
import { FoundPartnersOffer } from '../../../../extension/modules/contacts/lazy-found-partners';
import { PopupApp } from '../../../../extension/modules/popup/popup-app';
import { LibraryApp } from '../../../../extension/modules/sidepanel/library-app';
import { route } from '../../../../extension/modules/workspace/sections';
import { workspaceOf } from '../../../../extension/modules/workspace/workspace-state';
import { publish } from '../../../../shared/publish/publish';
import type { FoundPartners } from '../../../../shared/schemas/contact';
import type { PublicPartnerEntry } from '../../../../shared/schemas/public-feed';
import { parsePartnerRegistry } from '../../../../shared/schemas/registry';
import { axeViolations } from '../../helpers/axe';
import { byText, fakePlatform, fixtureMeta, labelled, type Mounted, mount, until } from '../../helpers/extension-page';

const FEED_URL = 'https://ch-valmont.example.org/partenariat/partenaires.json';
const PAGE_URL = 'https://ch-valmont.example.org/partenariat/nos-patients-partenaires';
const registry = parsePartnerRegistry(registryJson);
if (!registry.ok) throw new Error(registry.message);
// The feed the hospital publishes: what its cards show (the page reader keeps it without the photo).
const { feed } = publish(registry.data, { generatedAt: '2026-06-01T08:00:00.000Z' });

function found(ids: readonly string[], detail: 'full' | 'compact' = 'full'): FoundPartners {
  return {
    pageUrl: PAGE_URL,
    pageTitle: 'Nos patients partenaires',
    partners: ids.map((id) => {
      const { photo: _photo, ...shown } = feed.partners.find((p) => p.id === id) as PublicPartnerEntry;
      return { shown, detail, feedUrl: FEED_URL, establishment: feed.establishment };
    }),
    problems: [],
  };
}

const startUrl = location.href;
let mounted: Mounted[] = [];
beforeEach(() => {
  route.value = { section: 'contacts', id: null };
});
afterEach(() => {
  for (const m of mounted) m.unmount();
  mounted = [];
  history.replaceState(null, '', startUrl);
});

describe('partners found on a page (popup)', () => {
  it('lists the cards with none ticked, saves the chosen ones with the page as source, and says which were already saved', async () => {
    const platform = { ...fakePlatform(), readPartners: async () => found(['pp-001', 'pp-005', 'pp-009']) };
    const m = await mount(FoundPartnersOffer, { platform, tabId: 7 });
    mounted.push(m);
    const { container, store } = m;
    const heading = await until(() => container.querySelector('#found-heading'));
    // All three cards give the feminine: their form, not the masculine (docs/ecriture.md, rule 4).
    expect(heading.textContent).toBe('3 patientes partenaires sur cette page');
    // Without the name consent, the role-only title.
    expect(container.textContent).toContain('Patiente partenaire — ');
    expect(container.textContent).not.toMatch(/Sophie|Lanier/);
    expect(await axeViolations(container)).toEqual([]);
    const boxes = [...container.querySelectorAll<HTMLInputElement>('.found-list > li > label input[type=checkbox]')];
    // Nothing ticked by default (issue 20): keeping a person is a choice.
    expect(boxes.map((b) => b.checked)).toEqual([false, false, false]);
    await userEvent.click(boxes[0] as HTMLInputElement);
    await userEvent.click(boxes[2] as HTMLInputElement);
    await userEvent.click(byText(container, 'button', 'Enregistrer 2 contacts') as HTMLButtonElement);
    await until(() => byText(container, '#found-status p', '2 contacts ajoutés.'));
    const contacts = await workspaceOf(store).store.contacts();
    expect(contacts.map((c) => c.shown.id).sort()).toEqual(['pp-001', 'pp-009']);
    expect(contacts[0]?.source).toMatchObject({ pageUrl: PAGE_URL, pageTitle: 'Nos patients partenaires', feedUrl: FEED_URL });
    expect(container.textContent).toContain('déjà dans vos contacts');
    // Nothing chosen: a clear message, nothing written.
    await userEvent.click(byText(container, 'button', 'Enregistrer les personnes cochées comme contacts') as HTMLButtonElement);
    await until(() => byText(container, '#found-status p', 'Choisissez au moins une fiche.'));
    expect(await workspaceOf(store).store.contacts()).toHaveLength(2);
  });

  it('keeps the compact fields unless a card’s details are opened and chosen, and says what is kept before saving', async () => {
    // pp-037: a full card (lived experience, trainings); pp-001: a closed directory card.
    const page = found(['pp-037']);
    page.partners.push(...found(['pp-001'], 'compact').partners);
    const platform = { ...fakePlatform(), readPartners: async () => page };
    const m = await mount(FoundPartnersOffer, { platform, tabId: 7 });
    mounted.push(m);
    const { container, store } = m;
    await until(() => container.querySelector('#found-heading'));
    const kept = () => container.querySelector('[data-testid=found-kept]')?.textContent ?? '';
    expect(kept()).toContain('Sera gardé : nom (s’il est affiché), rôles, domaines, territoire');
    expect(kept()).toContain('Aucun détail de fiche (formations, expérience vécue…) n’est gardé.');
    // Only the full card has details to open; closed, its choice is not even reachable.
    const disclosures = container.querySelectorAll('details.found-details');
    expect(disclosures).toHaveLength(1);
    const disclosure = disclosures[0] as HTMLDetailsElement;
    expect(disclosure.open).toBe(false);
    expect(disclosure.textContent).toMatch(/La fiche montre aussi : .*formations validées.*expérience vécue/);
    await userEvent.click(byText(container, 'button', 'Tout sélectionner') as HTMLButtonElement);
    const save = byText(container, 'button', 'Enregistrer 2 contacts') as HTMLButtonElement;
    expect(save.getAttribute('aria-describedby')).toBe('found-kept');
    expect(await axeViolations(container)).toEqual([]);

    // Saved as offered: the compact fields of both.
    await userEvent.click(save);
    await until(() => byText(container, '#found-status p', '2 contacts ajoutés.'));
    let contacts = await workspaceOf(store).store.contacts();
    const agnes = () => contacts.find((c) => c.shown.id === 'pp-037');
    expect(agnes()?.detail).toBe('compact');
    expect(agnes()?.shown.experience).toBeUndefined();
    expect(agnes()?.shown.trainings).toEqual([]);

    // Opened and chosen: the details are said, then kept.
    await userEvent.click(disclosure.querySelector('summary') as HTMLElement);
    expect(disclosure.open).toBe(true);
    await userEvent.click(labelled(container, 'Garder aussi ces détails dans le contact'));
    await userEvent.click(container.querySelector('.found-list > li > label input') as HTMLInputElement);
    expect(kept()).toMatch(/S’y ajoutent, pour 1 personne, les détails choisis : .*formations validées.*expérience vécue.*\.$/);
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(byText(container, 'button', 'Enregistrer 1 contact') as HTMLButtonElement);
    await until(() => byText(container, '#found-status p', '1 contact mis à jour.'));
    contacts = await workspaceOf(store).store.contacts();
    expect(agnes()?.detail).toBe('full');
    expect(agnes()?.shown.experience).toBeDefined();
    expect(agnes()?.shown.trainings.length).toBeGreaterThan(0);
  });

  it('filters the people by what the list says of them, and selects only those shown', async () => {
    const platform = { ...fakePlatform(), readPartners: async () => found(['pp-001', 'pp-005', 'pp-009'], 'compact') };
    const m = await mount(FoundPartnersOffer, { platform, tabId: 7 });
    mounted.push(m);
    const { container, store } = m;
    await until(() => container.querySelector('#found-heading'));
    const filter = labelled(container, 'Filtrer les personnes (nom, rôle, territoire, domaine)') as HTMLInputElement;
    const count = () => container.querySelector('#found-filter-count')?.textContent;
    const rows = () => [...container.querySelectorAll('.found-list > li')].map((li) => li.textContent ?? '');
    expect(count()).toBe('3 personnes affichées, 0 cochée.');
    // Accents and case aside, every word must match, in any order: research in Isère (pp-005 only).
    await userEvent.type(filter, 'RECHERCHE isere');
    await until(() => (rows().length === 1 ? rows() : null));
    expect(rows()[0]).toContain('Isère (38)');
    expect(count()).toBe('1 sur 3 affichées, 0 cochée.');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(byText(container, 'button', 'Sélectionner la personne affichée') as HTMLButtonElement);
    expect(count()).toBe('1 sur 3 affichées, 1 cochée.');
    // Cleared, the list is whole again and only the one shown was ticked.
    await userEvent.clear(filter);
    await until(() => (rows().length === 3 ? rows() : null));
    const boxes = [...container.querySelectorAll<HTMLInputElement>('.found-list > li > label input[type=checkbox]')];
    expect(boxes.map((b) => b.checked)).toEqual([false, true, false]);
    // Nobody matches: an empty list, said in the count.
    await userEvent.type(filter, 'Marseille');
    await until(() => (rows().length === 0 ? true : null));
    expect(count()).toBe('0 sur 3 affichées, 1 cochée.');
    expect(byText(container, 'button', /^Sélectionner/)).toBeNull();
    await userEvent.click(byText(container, 'button', 'Enregistrer 1 contact') as HTMLButtonElement);
    await until(() => byText(container, '#found-status p', '1 contact ajouté.'));
    expect((await workspaceOf(store).store.contacts()).map((c) => c.shown.id)).toEqual(['pp-005']);
  });

  it('in the popup, comes before the page form: on a directory page the people are what the coordinator came for', async () => {
    const page = { ok: true as const, partial: false, meta: fixtureMeta('has-guide.html', PAGE_URL) };
    const platform = { ...fakePlatform(page), readPartners: async () => found(['pp-001', 'pp-005', 'pp-009']) };
    const m = await mount(PopupApp, { platform });
    mounted.push(m);
    const { container } = m;
    const offer = await until(() => container.querySelector('section.found-partners'));
    const pageForm = await until(() => container.querySelector('form[aria-labelledby=popup-page-heading]'));
    expect(offer.compareDocumentPosition(pageForm) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    // One heading for each intent under the popup's own: the people, then the page.
    const headings = [...container.querySelectorAll('h1, h2')].map((h) => `${h.tagName} ${h.textContent}`);
    expect(headings).toEqual([
      'H1 Enregistrer depuis cette page',
      'H2 3 patientes partenaires sur cette page',
      'H2 La page dans votre bibliothèque',
    ]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers nothing when the page shows no card, or cannot be read', async () => {
    for (const readPartners of [async () => null, async () => found([])]) {
      const m = await mount(FoundPartnersOffer, { platform: { ...fakePlatform(), readPartners }, tabId: 7 });
      mounted.push(m);
      await new Promise((r) => setTimeout(r, 100));
      expect(m.container.textContent).toBe('');
    }
  });
});

describe('contacts section', () => {
  async function mountContacts() {
    const m = await mount(LibraryApp, { platform: fakePlatform(), view: 'page' });
    mounted.push(m);
    const workspace = workspaceOf(m.store);
    await workspace.store.saveFound(found(['pp-001', 'pp-020']).partners, {
      pageUrl: PAGE_URL,
      pageTitle: 'Nos patients partenaires',
      seenAt: '2026-06-02T10:00:00.000Z',
    });
    await until(() => m.container.querySelector('[data-testid=contacts-count]')?.textContent === '2 contacts');
    return { ...m, workspace };
  }

  it('shows a contact with <pp-partner-card>, its source and date; records and withdraws the agreement', async () => {
    const { container, workspace } = await mountContacts();
    await userEvent.click(byText(container, 'a', 'Olivier F.') as HTMLAnchorElement);
    const card = await until(() => container.querySelector('pp-partner-card')?.shadowRoot?.querySelector('[part=name]'));
    expect(card.textContent).toBe('Olivier F.');
    const links = [...(container.querySelector('pp-partner-card')?.shadowRoot?.querySelectorAll('a[part=contact-link]') ?? [])];
    expect(links.map((a) => a.getAttribute('href'))).toContain('mailto:olivier.fabre@example.org');
    // The card shows no portrait: the contact keeps none, so the extension requests none.
    expect(container.querySelector('pp-partner-card')?.shadowRoot?.querySelector('img[part~="photo"]:not([hidden])')).toBeNull();
    expect(container.textContent).toContain('Fiche lue sur « Nos patients partenaires » le 2 juin 2026');
    expect(await axeViolations(container)).toEqual([]);

    const id = route.value.id as string;
    await userEvent.click(labelled(container, /La personne a donné son accord/));
    await userEvent.fill(labelled(container, 'Date de l’accord'), '2026-06-01');
    await userEvent.click(byText(container, 'button', 'Enregistrer l’accord') as HTMLButtonElement);
    await until(() => byText(container, '#contacts-status p', 'Accord enregistré.'));
    expect((await workspace.store.contact(id))?.matchingConsent).toEqual({ granted: true, date: '2026-06-01' });
    await userEvent.click(labelled(container, /La personne a donné son accord/));
    await userEvent.click(byText(container, 'button', 'Enregistrer l’accord') as HTMLButtonElement);
    await until(() => byText(container, '#contacts-status p', 'Accord retiré.'));
    const withdrawn = (await workspace.store.contact(id))?.matchingConsent;
    expect(withdrawn?.granted).toBe(false);
    expect(withdrawn?.date).toBe(new Date().toISOString().slice(0, 10)); // the withdrawal's own date
  });

  it('says which card details a contact keeps, and drops them on request, keeping the note and agreement', async () => {
    const { container, workspace } = await mountContacts();
    await userEvent.click(byText(container, 'a', 'Olivier F.') as HTMLAnchorElement);
    const id = route.value.id as string;
    await workspace.store.updateContact(id, { note: 'Vu au comité', matchingConsent: { granted: true, date: '2026-06-01' } });
    const kept = await until(() => container.querySelector('#contact-details-kept'));
    expect(kept.textContent).toMatch(/^Ce contact garde aussi des détails de la fiche : missions, .*expérience vécue/);
    const drop = byText(container, 'button', 'Ne garder que la fiche abrégée') as HTMLButtonElement;
    expect(drop.getAttribute('aria-describedby')).toBe('contact-details-kept');
    expect(await axeViolations(container)).toEqual([]);
    const before = await workspace.store.contact(id);
    expect(before?.shown.experience).toBeDefined();
    await userEvent.click(drop);
    await until(() => byText(container, '#contacts-status p', 'Détails retirés : le contact ne garde que la fiche abrégée.'));
    const after = await workspace.store.contact(id);
    expect(after).toMatchObject({
      detail: 'compact',
      note: 'Vu au comité',
      matchingConsent: { granted: true, date: '2026-06-01' },
    });
    expect(after?.shown.experience).toBeUndefined();
    expect(after?.shown.missions).toEqual([]);
    expect(Date.parse(after?.updatedAt ?? '')).toBeGreaterThan(Date.parse(before?.updatedAt ?? ''));
    await until(() => byText(container, 'p', /^Ce contact garde la fiche abrégée/));
    expect(container.querySelector('#contact-details-kept')).toBeNull();
  });

  it('searches contacts (accents and case ignored), keeps a note, deletes after confirmation', async () => {
    const { container, workspace } = await mountContacts();
    await userEvent.type(labelled(container, 'Rechercher un contact'), 'CAMILLE');
    await until(() => container.querySelector('[data-testid=contacts-count]')?.textContent === '1 contact');
    await userEvent.click(byText(container, 'a', 'Camille F.') as HTMLAnchorElement);
    await userEvent.type(await until(() => container.querySelector<HTMLTextAreaElement>('#contact-note')), 'Vue au comité');
    await userEvent.click(byText(container, 'button', 'Enregistrer la note') as HTMLButtonElement);
    await until(() => byText(container, '#contacts-status p', 'Note enregistrée.'));
    const id = route.value.id as string;
    expect((await workspace.store.contact(id))?.note).toBe('Vue au comité');
    await userEvent.click(byText(container, '.contact-detail button', 'Supprimer') as HTMLButtonElement);
    await userEvent.click(await until(() => byText<HTMLButtonElement>(container, 'button', 'Oui, supprimer le contact')));
    await until(() => byText(container, '#contacts-status p', 'Contact supprimé.'));
    expect(await workspace.store.contacts()).toHaveLength(1);
  });
});
