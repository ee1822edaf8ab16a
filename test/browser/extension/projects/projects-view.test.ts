/**
 * The Projects section of the library rendered for real in Chromium, with the real
 * widgets and a real IndexedDB: creating a project (keyboard, validation), the checklist
 * kept through its `store`, axe, 320 px, English, and the widgets' styles left alone by
 * the extension's stylesheet.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import registryJson from '../../../../demo/registry/registre.json';
import { LibraryApp } from '../../../../extension/modules/sidepanel/library-app';
import { locale } from '../../../../extension/modules/ui/locale';
import { route } from '../../../../extension/modules/workspace/sections';
import { workspaceOf } from '../../../../extension/modules/workspace/workspace-state';
import { publish } from '../../../../shared/publish/publish';
import type { PublicPartnerEntry } from '../../../../shared/schemas/public-feed';
import { parsePartnerRegistry } from '../../../../shared/schemas/registry';
import type { PpChecklist } from '../../../../widgets/checklist/index';
import { makeItems } from '../../../helpers/library-items';
import { axeViolations } from '../../helpers/axe';
import { byText, fakePlatform, labelled, type Mounted, mount, until } from '../../helpers/extension-page';

const startUrl = location.href;
let mounted: Mounted | null = null;
beforeEach(() => {
  route.value = { section: 'projects', id: null };
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  history.replaceState(null, '', startUrl);
  locale.value = 'fr';
});

async function mountProjects() {
  mounted = await mount(LibraryApp, { platform: fakePlatform(), view: 'page' });
  const { container, store } = mounted;
  await until(() => byText(container, 'button', 'Nouveau projet'));
  return { container, store, workspace: workspaceOf(store) };
}

async function createProject(container: HTMLElement, title = 'Accueil des urgences') {
  await userEvent.click(byText(container, 'button', 'Nouveau projet') as HTMLButtonElement);
  await userEvent.type(labelled(container, 'Intitulé du projet'), title);
  await userEvent.selectOptions(labelled<HTMLSelectElement>(container, /^Domaine du partenariat/), 'offre_soins');
  await userEvent.click(byText(container, 'button', 'Créer le projet') as HTMLButtonElement);
  return until(() => container.querySelector<HTMLHeadingElement>('#project-title'));
}

/** Waits until an asynchronous check (reading IndexedDB) holds. */
async function eventually(check: () => Promise<boolean>, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!(await check())) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${check.toString()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The project's `<pp-checklist>`, opened by its button first (it is built on request: checklist-panel.tsx). */
async function checklistOf(container: HTMLElement) {
  const toggle = await until(() => container.querySelector<HTMLButtonElement>('button[aria-controls$="-sheet"]'));
  if (toggle.getAttribute('aria-expanded') === 'false') await userEvent.click(toggle);
  return until(() => {
    const el = container.querySelector<PpChecklist>('pp-checklist');
    return el?.shadowRoot?.querySelector('fieldset[part=criterion]') ? el : null;
  });
}

describe('projects section', () => {
  it('creates a project with the keyboard only; focus goes to the form, then to the project', async () => {
    const { container, workspace } = await mountProjects();
    (byText(container, 'button', 'Nouveau projet') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    await until(() => document.activeElement?.id === 'project-new-heading');
    await userEvent.tab();
    expect(document.activeElement?.id).toBe('project-new-title');
    await userEvent.keyboard('Comité des usagers');
    await userEvent.tab();
    expect(document.activeElement?.id).toBe('project-new-domain');
    await userEvent.selectOptions(document.activeElement as HTMLSelectElement, 'offre_soins');
    (byText(container, 'button', 'Créer le projet') as HTMLButtonElement).focus();
    await userEvent.keyboard('{Enter}');
    const heading = await until(() => container.querySelector<HTMLHeadingElement>('#project-title'));
    expect(heading.textContent).toBe('Comité des usagers');
    await until(() => document.activeElement === heading);
    expect(route.value.id).toBe(workspace.projects.value[0]?.id);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('refuses an invalid project with a clear message, and writes nothing', async () => {
    const { container, workspace } = await mountProjects();
    await userEvent.click(byText(container, 'button', 'Nouveau projet') as HTMLButtonElement);
    await userEvent.type(labelled(container, 'Intitulé du projet'), 'Dates inversées');
    await userEvent.selectOptions(labelled<HTMLSelectElement>(container, /^Domaine du partenariat/), 'recherche');
    await userEvent.fill(labelled(container, 'Début'), '2026-05-01');
    await userEvent.fill(labelled(container, 'Fin (facultative)'), '2026-04-01');
    await userEvent.click(byText(container, 'button', 'Créer le projet') as HTMLButtonElement);
    const alert = await until(() => container.querySelector<HTMLElement>('[role=alert].notice.error'));
    // The field as the form names it, not the record's path (« Champ dates.end »).
    expect(alert.textContent).toMatch(/^Rien n’a été enregistré : Date de fin : la date de fin précède la date de début/);
    expect(alert.textContent).not.toMatch(/dates\.end|Champ/);
    await until(() => document.activeElement === alert);
    expect(await workspace.store.projects()).toEqual([]);
    // No domain chosen: refused too.
    await userEvent.selectOptions(labelled<HTMLSelectElement>(container, /^Domaine du partenariat/), '');
    await userEvent.clear(labelled(container, 'Fin (facultative)'));
    await userEvent.click(byText(container, 'button', 'Créer le projet') as HTMLButtonElement);
    await until(() => /Domaine du partenariat : /.test(container.querySelector('[role=alert]')?.textContent ?? ''));
    expect(await workspace.store.projects()).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('keeps the checklist in the library database through the widget’s store, not in localStorage', async () => {
    const { container, workspace } = await mountProjects();
    await createProject(container);
    const project = workspace.projects.value[0];
    const checklist = await checklistOf(container);
    expect(checklist.getAttribute('storage-key')).toBe(project?.id);
    expect(checklist.getAttribute('project-title')).toBe('Accueil des urgences');
    const radio = checklist.shadowRoot?.querySelector<HTMLInputElement>('input[name="a-has.1"][value=oui]');
    await userEvent.click(radio as HTMLInputElement);
    await eventually(
      async () => (await workspace.store.checklist(project?.id as string))?.state.current.answers['has.1']?.answer === 'oui',
    );
    expect(Object.keys(localStorage).filter((k) => k.startsWith('binome:checklist'))).toEqual([]);
    await until(() =>
      byText(
        container,
        '[data-testid=checklist-history] li',
        // « en cours » is an answer; the current evaluation says so in other words.
        /^\d+ \S+ \d{4} : 1 oui, 0 non, 0 en cours, 9 sans réponse \(évaluation actuelle\)$/,
      ),
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('fits 320 px without horizontal scrolling, widgets included', async () => {
    await page.viewport(320, 700);
    try {
      const { container } = await mountProjects();
      await createProject(container, 'Un intitulé de projet assez long pour passer à la ligne dans un panneau étroit');
      await checklistOf(container);
      await userEvent.click(byText(container, 'button', 'Signer une nouvelle charte') as HTMLButtonElement);
      await until(() => container.querySelector('pp-charter-signer')?.shadowRoot?.querySelector('[part=text]'));
      // The list gives way to the open project on a narrow panel.
      expect(container.querySelector<HTMLElement>('.workspace-list')?.offsetParent).toBeNull();
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      for (const el of container.querySelectorAll('pp-checklist, pp-charter-signer')) {
        expect({ el: el.localName, overflow: el.scrollWidth > el.clientWidth + 1 }).toEqual({
          el: el.localName,
          overflow: false,
        });
      }
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('speaks English when the library does; the widgets follow the page’s language', async () => {
    const { container } = await mountProjects();
    locale.value = 'en';
    document.documentElement.lang = 'en';
    await until(() => byText(container, 'button', 'New project'));
    await userEvent.click(byText(container, 'button', 'New project') as HTMLButtonElement);
    await userEvent.type(labelled(container, 'Project title'), 'Patient council');
    await userEvent.selectOptions(labelled<HTMLSelectElement>(container, /^Partnership domain/), 'offre_soins');
    await userEvent.click(byText(container, 'button', 'Create the project') as HTMLButtonElement);
    await until(() => byText(container, 'h3', 'Partnership checklist (HAS, annex 2)'));
    const checklist = await checklistOf(container);
    await until(() => /Partnership checklist/.test(checklist.shadowRoot?.querySelector('.title')?.textContent ?? ''));
    expect(await axeViolations(container)).toEqual([]);
    document.documentElement.lang = 'fr';
  });

  it('a rename reaches the checklist sheet that carried the old title: the widget shows it, the database keeps it', async () => {
    const { container, workspace } = await mountProjects();
    await createProject(container);
    const project = workspace.projects.value[0];
    const checklist = await checklistOf(container);
    await userEvent.click(checklist.shadowRoot?.querySelector('input[name="a-has.1"][value=oui]') as HTMLInputElement);
    // The answer is in the database before the rename (the sheet had its title from the start).
    await eventually(async () => {
      const sheet = (await workspace.store.checklist(project?.id as string))?.state.current;
      return sheet?.projectTitle === 'Accueil des urgences' && sheet.answers['has.1']?.answer === 'oui';
    });
    await userEvent.click(byText(container, 'button', 'Modifier') as HTMLButtonElement);
    const title = labelled(container, 'Intitulé du projet');
    await userEvent.clear(title);
    await userEvent.type(title, 'Urgences : accueil des familles');
    await userEvent.click(byText(container, 'button', 'Enregistrer') as HTMLButtonElement);
    await until(() => container.querySelector('#project-title')?.textContent === 'Urgences : accueil des familles' || null);
    // The widget on screen reads the renamed sheet (its exports are named from it), answers kept. The
    // widget is a new element (keyed by the title): its title shows at once, its stored answers a moment later.
    await until(() => {
      const root = container.querySelector<PpChecklist>('pp-checklist')?.shadowRoot;
      const title = root?.querySelector<HTMLInputElement>('input[data-title]')?.value;
      const answer = root?.querySelector<HTMLInputElement>('input[name="a-has.1"][value=oui]')?.checked;
      return title === 'Urgences : accueil des familles' && answer === true ? root : null;
    });
    const stored = await workspace.store.checklist(project?.id as string);
    expect(stored?.state.current.projectTitle).toBe('Urgences : accueil des familles');
    expect(stored?.state.current.answers['has.1']?.answer).toBe('oui');
  });

  it('starts the project’s matching from its title, domain and dates', async () => {
    const { container, workspace } = await mountProjects();
    // Matching is offered once there is someone to rank: one contact saved from a page.
    const registry = parsePartnerRegistry(registryJson);
    if (!registry.ok) throw new Error(registry.message);
    const { feed } = publish(registry.data, { generatedAt: '2026-06-01T08:00:00.000Z' });
    const { photo: _photo, ...shown } = feed.partners[0] as PublicPartnerEntry;
    await workspace.store.saveFound([{ shown, detail: 'compact', establishment: feed.establishment }], {
      pageUrl: 'https://ch-valmont.example.org/partenaires',
      seenAt: '2026-06-02T08:00:00.000Z',
    });
    await createProject(container, 'Café santé aux urgences');
    const matching = await until(() => container.querySelector<HTMLDetailsElement>('[data-testid=matching]'));
    await userEvent.click(matching.querySelector('summary') as HTMLElement);
    const form = await until(() => {
      const el = container.querySelector('pp-matching-form');
      return el?.shadowRoot?.querySelector<HTMLInputElement>('input[name=title]') ? el : null;
    });
    const root = form.shadowRoot as ShadowRoot;
    const checked = (name: string) =>
      [...root.querySelectorAll<HTMLInputElement>(`input[name=${name}]`)].filter((i) => i.checked).map((i) => i.value);
    expect(root.querySelector<HTMLInputElement>('input[name=title]')?.value).toBe('Café santé aux urgences');
    expect(checked('domain')).toEqual(['offre_soins']);
    // No end date: a long-term involvement.
    expect(checked('duration')).toEqual(['durable']);
  });

  it('records, from the matching panel, the agreement of the contacts who gave it: one tick each, one date, one write', async () => {
    const { container, workspace } = await mountProjects();
    const registry = parsePartnerRegistry(registryJson);
    if (!registry.ok) throw new Error(registry.message);
    const { feed } = publish(registry.data, { generatedAt: '2026-06-01T08:00:00.000Z' });
    const entries = feed.partners.slice(0, 3).map((partner) => {
      const { photo: _photo, ...shown } = partner as PublicPartnerEntry;
      return { shown, detail: 'compact' as const, establishment: feed.establishment };
    });
    const { created } = await workspace.store.saveFound(entries, {
      pageUrl: 'https://ch-valmont.example.org/partenaires',
      seenAt: '2026-06-02T08:00:00.000Z',
    });
    // One of them withdrew earlier: changed on the contact's own card, never re-ticked in a list.
    const [withdrawn] = created;
    await workspace.store.updateContact(withdrawn?.id as string, { matchingConsent: { granted: false, date: '2026-06-03' } });
    await createProject(container, 'Café santé aux urgences');
    const matching = await until(() => container.querySelector<HTMLDetailsElement>('[data-testid=matching]'));
    await userEvent.click(matching.querySelector('summary') as HTMLElement);
    const offer = await until(() => container.querySelector<HTMLDetailsElement>('[data-testid=matching-agreements]'));
    expect(offer.querySelector('summary')?.textContent).toBe('Enregistrer l’accord de 2 contacts sans réponse');
    await userEvent.click(offer.querySelector('summary') as HTMLElement);
    const boxes = [...offer.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes).toHaveLength(2);
    expect(await axeViolations(container)).toEqual([]);

    // Nothing ticked: said in words, nothing written.
    await userEvent.click(byText(offer, 'button', 'Enregistrer l’accord des personnes cochées') as HTMLButtonElement);
    await until(() => byText(container, '[role=status] p', 'Cochez au moins une personne qui a donné son accord.'));
    expect(workspace.contacts.value.filter((c) => c.matchingConsent?.granted)).toHaveLength(0);

    await userEvent.click(boxes[0] as HTMLInputElement);
    await userEvent.click(boxes[1] as HTMLInputElement);
    const date = labelled<HTMLInputElement>(offer, 'Date de l’accord');
    await userEvent.fill(date, '2026-06-10');
    await userEvent.click(byText(offer, 'button', 'Enregistrer l’accord de 2 personnes') as HTMLButtonElement);
    await until(() => byText(container, '[role=status] p', 'Accord enregistré pour 2 contacts : ils peuvent être proposés.'));
    await eventually(async () => {
      const stored = await Promise.all(created.map((c) => workspace.store.contact(c.id)));
      const agreed = stored.filter((c) => c?.matchingConsent?.granted);
      return agreed.length === 2 && agreed.every((c) => c?.matchingConsent?.date === '2026-06-10');
    });
    expect((await workspace.store.contact(withdrawn?.id as string))?.matchingConsent).toEqual({
      granted: false,
      date: '2026-06-03',
    });
    // Everyone answered: the offer goes, the pool counts the agreements.
    await until(() => !container.querySelector('[data-testid=matching-agreements]'));
    expect(labelled(container, /^mes contacts : 3 contacts, dont 2 ont donné leur accord/)).not.toBeNull();
  });

  it('records no agreement at all when one contact of the batch is gone (one transaction)', async () => {
    const { workspace } = await mountProjects();
    const registry = parsePartnerRegistry(registryJson);
    if (!registry.ok) throw new Error(registry.message);
    const { feed } = publish(registry.data, { generatedAt: '2026-06-01T08:00:00.000Z' });
    const { photo: _photo, ...shown } = feed.partners[0] as PublicPartnerEntry;
    const { created } = await workspace.store.saveFound([{ shown, detail: 'compact', establishment: feed.establishment }], {
      pageUrl: 'https://ch-valmont.example.org/partenaires',
      seenAt: '2026-06-02T08:00:00.000Z',
    });
    const id = created[0]?.id as string;
    await expect(workspace.store.recordMatchingAgreements([id, 'gone'], '2026-06-10')).rejects.toThrow();
    expect((await workspace.store.contact(id))?.matchingConsent).toBeUndefined();
  });

  it('links a library resource found with the library’s search, and unlinks it', async () => {
    const { container, store, workspace } = await mountProjects();
    const [item] = makeItems(1, 21);
    await store.put({ ...item!, title: 'Guide du recrutement des patients partenaires' });
    await createProject(container);
    const project = workspace.projects.value[0];
    await userEvent.type(labelled(container, /^Relier une ressource/), 'recrutement');
    await userEvent.click(
      (await until(() =>
        container.querySelector<HTMLButtonElement>(
          'button[aria-label="Relier au projet : Guide du recrutement des patients partenaires"]',
        ),
      )) as HTMLButtonElement,
    );
    await until(() => container.querySelector('[data-testid=project-resources]')?.textContent?.includes('Guide du recrutement'));
    expect((await store.get(item!.id))?.projectIds).toEqual([project?.id]);
    await userEvent.click(
      container.querySelector(
        'button[aria-label="Retirer du projet : Guide du recrutement des patients partenaires"]',
      ) as HTMLButtonElement,
    );
    await eventually(async () => (await store.get(item!.id))?.projectIds.length === 0);
  });

  it('deletes a project after confirmation; its library items are unlinked, nothing else lost', async () => {
    const { container, store, workspace } = await mountProjects();
    const [item] = makeItems(1, 22);
    await store.put(item!);
    await createProject(container, 'À supprimer');
    const project = workspace.projects.value[0];
    await workspace.store.linkItem(project?.id as string, item!.id);
    await userEvent.click(byText(container, '.project-detail button', 'Supprimer') as HTMLButtonElement);
    const confirm = await until(() => byText<HTMLButtonElement>(container, 'button', 'Oui, supprimer le projet'));
    await until(() => document.activeElement === confirm);
    await userEvent.click(confirm);
    await until(() => byText(container, '[role=status] p', 'Projet « À supprimer » supprimé.'));
    expect(await workspace.store.projects()).toEqual([]);
    expect((await store.get(item!.id))?.projectIds).toEqual([]);
  });
});

describe('style isolation', () => {
  /** Non-inherited properties of every element inside the widgets' shadow roots. */
  function snapshot(container: HTMLElement): string[] {
    const props = [
      'display',
      'position',
      'margin-top',
      'margin-bottom',
      'padding-top',
      'padding-left',
      'border-top-width',
      'border-top-style',
      'border-top-left-radius',
      'background-color',
      'min-height',
      'outline-style',
      'text-decoration-line',
      'box-shadow',
      'opacity',
    ];
    const out: string[] = [];
    for (const host of container.querySelectorAll('pp-checklist, pp-charter-signer')) {
      for (const el of host.shadowRoot?.querySelectorAll('*') ?? []) {
        const style = getComputedStyle(el);
        out.push(`${host.localName} ${el.localName}.${el.className}: ${props.map((p) => style.getPropertyValue(p)).join(' ')}`);
      }
    }
    return out;
  }

  it('the extension’s stylesheet changes nothing inside the widgets (and a ::part rule would be seen)', async () => {
    const { container } = await mountProjects();
    await createProject(container);
    await checklistOf(container);
    await userEvent.click(byText(container, 'button', 'Signer une nouvelle charte') as HTMLButtonElement);
    await until(() => container.querySelector('pp-charter-signer')?.shadowRoot?.querySelector('[part=text]'));
    const sheets = [...document.querySelectorAll<HTMLStyleElement>('style')].filter((s) =>
      /ui\/styles\.css/.test(s.dataset.viteDevId ?? ''),
    );
    expect(sheets).toHaveLength(1);
    const withExtension = snapshot(container);
    expect(withExtension.length).toBeGreaterThan(200);
    for (const s of sheets) (s.sheet as CSSStyleSheet).disabled = true;
    const without = snapshot(container);
    for (const s of sheets) (s.sheet as CSSStyleSheet).disabled = false;
    expect(without).toEqual(withExtension);

    // The comparison does see a rule that reaches into a widget (through its parts).
    const probe = document.createElement('style');
    probe.textContent = 'pp-checklist::part(criterion) { margin-top: 33px; }';
    document.head.append(probe);
    const probed = snapshot(container);
    probe.remove();
    expect(probed).not.toEqual(withExtension);
  });
});
