/**
 * The « Registre des partenaires » section rendered for real in Chromium, with a real
 * IndexedDB: import (all problems shown, nothing changed on error), the partners with
 * their consents in words, a consent withdrawn by keyboard and effective at once in the
 * publish report and the downloaded feed, the data-keeping withdrawal, a partner added,
 * matching over the registry, axe, 320 px, English — and the backup's health-data notice.
 */

import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import registryText from '../../../../demo/registry/registre.json?raw';
import { LibraryApp } from '../../../../extension/modules/sidepanel/library-app';
import { locale } from '../../../../extension/modules/ui/locale';
import { route } from '../../../../extension/modules/workspace/sections';
import { workspaceOf } from '../../../../extension/modules/workspace/workspace-state';
import { PublicFeedSchema } from '../../../../shared/schemas/public-feed';
import csvTemplate from '../../../../templates/registre-modele.csv?raw';
import xlsxTemplate from '../../../../templates/registre-modele.xlsx?url';
import { axeViolations } from '../../helpers/axe';
import { byText, type FakePlatform, fakePlatform, labelled, type Mounted, mount, until } from '../../helpers/extension-page';

const startUrl = location.href;
let mounted: Mounted | null = null;
beforeEach(() => {
  route.value = { section: 'registry', id: null };
});
afterEach(() => {
  mounted?.unmount();
  mounted = null;
  history.replaceState(null, '', startUrl);
  locale.value = 'fr';
  document.documentElement.lang = 'fr';
});

async function mountRegistry(platform: FakePlatform = fakePlatform()) {
  mounted = await mount(LibraryApp, { platform, view: 'page' });
  const { container, store } = mounted;
  await until(() => container.querySelector('#registry-file'));
  return { container, store, platform, workspace: workspaceOf(store) };
}

const file = (text: string, name: string, type = 'application/json') => new File([text], name, { type });

async function importDemo(container: HTMLElement) {
  await userEvent.upload(container.querySelector('#registry-file') as HTMLInputElement, file(registryText, 'registre.json'));
  await userEvent.click(byText(container, 'button', 'Importer') as HTMLButtonElement);
  await until(() => byText(container, '#registry-status p', /^37 partenaires importés depuis « registre\.json »/));
  await until(() => container.querySelectorAll('[data-testid=registry-partners] > li').length === 37);
}

const itemOf = (container: HTMLElement, id: string) =>
  container.querySelector(`#registry-${id}`)?.closest('li') as HTMLLIElement | null | undefined;

describe('registry section', () => {
  it('imports the registry file whole and lists the partners with their consents in words', async () => {
    const { container } = await mountRegistry();
    expect(container.textContent).toContain('Le registre est vide.');
    expect(container.textContent).toContain('rien n’est envoyé');
    await importDemo(container);
    const status = container.querySelector('#registry-status')?.textContent ?? '';
    expect(status).toContain('1 personne a retiré son consentement à la conservation');
    await until(() => container.querySelectorAll('[data-testid=registry-partners] > li').length === 37);
    const camille = itemOf(container, 'pp-001');
    expect(camille?.textContent).toContain('Camille F. (pp-001)');
    expect(camille?.textContent).toContain('✓ publié');
    // Words, not colours: every consent says oui / non / non recueilli.
    expect(camille?.querySelector('.consent-glance')?.textContent).toMatch(/Annuaire\s*oui/);
    expect(camille?.querySelector('.consent-glance')?.textContent).toMatch(/Coordonnées\s*non/);
    expect(camille?.querySelector('.consent-glance')?.textContent).toMatch(/Expérience \(équipes\)\s*non recueilli/);
    expect(itemOf(container, 'pp-022')?.textContent).toContain('✗ non publié');
    // The person who withdrew the data-keeping consent: only the proof of the withdrawal.
    expect(itemOf(container, 'pp-033')).toBeFalsy();
    expect(container.querySelector('[data-testid=registry-withdrawals]')?.textContent).toContain(
      'pp-033 — conservation retirée le 2 mai 2026',
    );
    expect(container.textContent).not.toMatch(/Samuel|Noël/);
    expect(container.textContent).toContain('Centre hospitalier de Valmont (fictif)');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('refuses a file with errors: shows every problem with its row and column, and changes nothing', async () => {
    const { container, workspace } = await mountRegistry();
    await importDemo(container);
    const before = await workspace.store.registry.read();
    const broken = JSON.parse(registryText);
    broken.partners[3].consents.name = { granted: 'oui', date: '2026-01-15' };
    broken.partners[5].territory.departement = '20';
    await userEvent.upload(
      container.querySelector('#registry-file') as HTMLInputElement,
      file(JSON.stringify(broken), 'faux.json'),
    );
    await userEvent.click(byText(container, 'button', 'Importer') as HTMLButtonElement);
    await until(() => byText(container, '#registry-status p', /^Le fichier n’a pas été importé/));
    const problems = await until(() => container.querySelector('[data-testid=registry-problems]'));
    expect(problems.textContent).toContain('partners');
    expect(await workspace.store.registry.read()).toEqual(before);
    // A file of another kind: said, nothing changed.
    await userEvent.upload(
      container.querySelector('#registry-file') as HTMLInputElement,
      file('x', 'registre.odt', 'application/octet-stream'),
    );
    await userEvent.click(byText(container, 'button', 'Importer') as HTMLButtonElement);
    await until(() => container.querySelector('[data-testid=registry-problems]')?.textContent?.includes('registre.odt'));
    expect(await workspace.store.registry.read()).toEqual(before);
    expect(await axeViolations(container)).toEqual([]);
  });

  it('imports CSV and XLSX tables with the registry’s establishment, showing every bad row with its row and column', async () => {
    const { container, workspace } = await mountRegistry();
    const input = () => container.querySelector('#registry-file') as HTMLInputElement;
    // A table holds the partners only: the establishment first.
    await userEvent.upload(input(), file(csvTemplate, 'registre.csv', 'text/csv'));
    await userEvent.click(byText(container, 'button', 'Importer') as HTMLButtonElement);
    await until(() => byText(container, '#registry-status p', /^Un fichier CSV ou XLSX ne contient que les partenaires/));
    await until(() => document.activeElement?.id === 'registry-establishment-name');
    await userEvent.type(labelled(container, 'Nom de l’établissement'), 'CH de Valence (fictif)');
    await userEvent.type(labelled(container, /^Adresse du service du partenariat/), 'partenariat@ch-valence.example.org');
    await userEvent.click(byText(container, 'button', 'Enregistrer l’établissement') as HTMLButtonElement);
    await until(() => byText(container, '#registry-status p', 'Établissement enregistré.'));

    // A bad row: every problem with its row and column, nothing imported.
    const rows = Papa.parse<string[]>(csvTemplate.replace(/^\uFEFF/, ''), { delimiter: ';', skipEmptyLines: true }).data;
    const header = rows[0] as string[];
    const bad = [...(rows[1] as string[])];
    bad[header.indexOf('consentement_nom')] = 'peut-être';
    bad[header.indexOf('departement')] = '20';
    await userEvent.upload(
      input(),
      file(`\uFEFF${Papa.unparse([header, bad], { delimiter: ';' })}`, 'registre-faux.csv', 'text/csv'),
    );
    await userEvent.click(byText(container, 'button', 'Importer') as HTMLButtonElement);
    const problems = await until(() => container.querySelector('[data-testid=registry-problems]'));
    expect(problems.textContent).toContain('ligne 2, colonne consentement_nom');
    expect(problems.textContent).toContain('ligne 2, colonne departement');
    expect((await workspace.store.registry.read()).partners).toEqual([]);
    expect(await axeViolations(container)).toEqual([]);

    // The XLSX template: its example row, under the registry's establishment.
    const xlsx = await (await fetch(xlsxTemplate)).arrayBuffer();
    await userEvent.upload(
      input(),
      new File([xlsx], 'registre-modele.xlsx', { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }),
    );
    await userEvent.click(byText(container, 'button', 'Importer') as HTMLButtonElement);
    await until(() => byText(container, '#registry-status p', /^1 partenaire importé depuis « registre-modele\.xlsx »/));
    const data = await workspace.store.registry.read();
    expect(data.partners.map((r) => r.id)).toEqual(['pp-exemple-01']);
    expect(data.info?.establishment).toEqual({
      name: 'CH de Valence (fictif)',
      contactEmail: 'partenariat@ch-valence.example.org',
    });
    expect(container.querySelector('[data-testid=registry-problems]')).toBeNull();
  });

  it('withdraws a consent with the keyboard, dated; the report and the downloaded feed leave the person out at once', async () => {
    const { container, platform } = await mountRegistry();
    await importDemo(container);
    (container.querySelector('#registry-pp-001') as HTMLAnchorElement).focus();
    await userEvent.keyboard('{Enter}');
    const heading = await until(() => container.querySelector<HTMLHeadingElement>('#registry-partner-title'));
    await until(() => document.activeElement === heading);
    expect(heading.textContent).toBe('Camille F. (pp-001)');
    expect(container.querySelector('[data-testid=registry-publish-line]')?.textContent).toMatch(
      /^pp-001 \(Camille F\.\) — profil publié/,
    );
    expect(container.querySelector('[data-testid=consent-listing]')?.textContent).toBe('donné le 15 janvier 2026');
    expect(await axeViolations(container)).toEqual([]);

    // The date of the withdrawal (today by default), then « Annuaire : Retiré », all by keyboard.
    const date = labelled(container, 'Date du consentement ou du retrait');
    await userEvent.fill(date, '2026-06-10');
    const withdraw = byText(container, '[data-consent=listing] button', /Retiré$/) as HTMLButtonElement;
    expect(withdraw.textContent).toBe('Annuaire : Retiré');
    withdraw.focus();
    await userEvent.keyboard('{Enter}');
    await until(() =>
      byText(container, '#registry-status p', 'Consentement « Annuaire » enregistré comme retiré le 10 juin 2026.'),
    );
    await until(
      () => container.querySelector('[data-testid=consent-listing]')?.textContent === 'refusé ou retiré le 10 juin 2026',
    );
    expect(container.querySelector('[data-testid=registry-publish-line]')?.textContent).toBe(
      'pp-001 (Camille F.) — profil non publié : consentement « présence dans l’annuaire » non donné ou retiré le 10 juin 2026'.replace(
        '’',
        "'",
      ),
    );

    // pp-002 withdraws the name consent.
    await userEvent.click(byText(container, 'button', 'Retour à la liste') as HTMLButtonElement);
    await userEvent.click(await until(() => container.querySelector<HTMLAnchorElement>('#registry-pp-002')));
    await until(() => container.querySelector('#registry-partner-title')?.textContent === 'Karim B. (pp-002)');
    await userEvent.click(byText(container, '[data-consent=name] button', /Retiré$/) as HTMLButtonElement);
    await until(() => byText(container, '#registry-status p', /^Consentement « Nom » enregistré comme retiré/));
    await userEvent.click(byText(container, 'button', 'Retour à la liste') as HTMLButtonElement);

    // « Vérifier »: the report, person by person.
    await userEvent.click(await until(() => byText<HTMLButtonElement>(container, 'button', 'Vérifier')));
    const report = await until(() => container.querySelector('[data-testid=publish-report]'));
    expect(report.textContent).toContain('33 personnes publiées sur 37');
    expect(report.textContent).toContain('pp-001 (Camille F.) — profil non publié');
    expect(report.textContent).toMatch(/pp-002 \(Karim B\.\) — profil publié, sans le nom/);
    expect(await axeViolations(container)).toEqual([]);

    // « Publier »: the public feed, downloaded — the only output.
    await userEvent.click(byText(container, 'button', 'Publier') as HTMLButtonElement);
    await until(() => platform.downloads.length === 1);
    const download = platform.downloads[0] as { blob: Blob; name: string };
    expect(download.name).toBe('partenaires.json');
    const feed = PublicFeedSchema.parse(JSON.parse(await download.blob.text()));
    expect(feed.partners).toHaveLength(33);
    expect(feed.partners.map((p) => p.id)).not.toContain('pp-001');
    expect(feed.partners.find((p) => p.id === 'pp-002')?.name).toBeUndefined();
    expect(JSON.stringify(feed)).not.toMatch(/Camille|Karim|Benali|"consents"/);
    await until(() =>
      byText(container, '#registry-status p', /^Fichier partenaires\.json téléchargé : 33 personnes publiées sur 37/),
    );
  });

  it('withdrawing the data-keeping consent erases the profile after a confirmation, and keeps the proof', async () => {
    const { container, workspace } = await mountRegistry();
    await importDemo(container);
    await userEvent.click(container.querySelector('#registry-pp-005') as HTMLAnchorElement);
    await until(() => container.querySelector('#registry-partner-title'));
    await userEvent.click(byText(container, '[data-consent=keepData] button', /Retiré$/) as HTMLButtonElement);
    const confirm = await until(() => byText<HTMLButtonElement>(container, 'button', 'Oui, effacer le profil'));
    await until(() => document.activeElement === confirm);
    expect(container.querySelector('[role=alert]')?.textContent).toContain(
      'Seuls son identifiant et les dates de ses consentements',
    );
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.keyboard('{Enter}');
    await until(() => byText(container, '#registry-status p', 'Profil pp-005 effacé. La preuve du retrait est gardée.'));
    await until(() => !container.querySelector('#registry-partner-title'));
    await until(() => !itemOf(container, 'pp-005'));
    expect(container.querySelector('[data-testid=registry-withdrawals]')?.textContent).toContain(
      'pp-005 — conservation retirée le',
    );
    expect(JSON.stringify(await workspace.store.registry.read())).not.toMatch(/Sophie|Lanier/);
  });

  it('adds a partner; an invalid field is refused with the field named, nothing written', async () => {
    const { container, workspace } = await mountRegistry();
    await importDemo(container);
    await userEvent.click(byText(container, 'button', 'Ajouter un partenaire') as HTMLButtonElement);
    const heading = await until(() => container.querySelector<HTMLHeadingElement>('#registry-new-heading'));
    await until(() => document.activeElement === heading);
    await userEvent.type(labelled(container, /^Identifiant dans le registre/), 'pp-100');
    await userEvent.type(labelled(container, 'Prénom'), 'Louise');
    // No gender chosen yet: the role is named in both forms (docs/ecriture.md).
    await userEvent.click(labelled(container, 'Patiente ou patient partenaire'));
    await userEvent.click(labelled(container, 'Patiente ou patient partenaire : validé par l’établissement'));
    await userEvent.click(labelled(container, /^\s*Recherche\s*$/));
    await userEvent.type(labelled(container, /^Département \(code\)/), '99');
    expect(await axeViolations(container)).toEqual([]);
    await userEvent.click(byText(container, 'button', 'Ajouter au registre') as HTMLButtonElement);
    await until(() => byText(container, '#registry-status p', /^Rien n’a été enregistré : .*territory/));
    expect((await workspace.store.registry.read()).partners).toHaveLength(37);
    await userEvent.clear(labelled(container, /^Département \(code\)/));
    await userEvent.type(labelled(container, /^Département \(code\)/), '26');
    await userEvent.click(byText(container, 'button', 'Ajouter au registre') as HTMLButtonElement);
    await until(() => byText(container, '#registry-status p', 'Partenaire pp-100 ajouté au registre.'));
    await until(() => container.querySelector('#registry-partner-title')?.textContent === 'Louise (pp-100)');
    const data = await workspace.store.registry.read();
    expect(data.partners.at(-1)?.profile).toMatchObject({
      id: 'pp-100',
      name: { given: 'Louise' },
      titles: [{ role: 'patient_partenaire', validatedBy: { by: 'Centre hospitalier de Valmont (fictif)' } }],
      domains: ['recherche'],
      territory: { departement: '26', remote: false },
      consents: {},
    });
    // No consent recorded yet: not published (absent = never given).
    expect(container.querySelector('[data-testid=registry-publish-line]')?.textContent).toContain('profil non publié');
  });

  it('the project’s matching ranks the registry by default, and a withdrawn matching consent applies at once', async () => {
    const { container, workspace } = await mountRegistry();
    await importDemo(container);
    await workspace.store.createProject({ title: 'Comité qualité', domain: 'offre_soins', dates: { start: '2026-03-01' } });
    route.value = {
      section: 'projects',
      id: workspace.projects.value[0]?.id ?? (await workspace.store.projects())[0]?.id ?? null,
    };
    await until(() => container.querySelector('[data-testid=matching]'));
    const matching = container.querySelector('[data-testid=matching]') as HTMLDetailsElement;
    matching.open = true;
    const registryChoice = labelled(container, /^le registre des partenaires : 37 personnes, dont 34 acceptent/);
    expect(registryChoice.checked).toBe(true);
    const form = await until(
      () =>
        container.querySelector('pp-matching-form') as
          | (HTMLElement & { registry?: { partners: { id: string; consents: { matching?: { granted: boolean } } }[] } })
          | null,
    );
    await until(() => form.registry?.partners.length === 37);
    expect(form.registry?.partners.find((p) => p.id === 'pp-009')?.consents.matching?.granted).toBe(true);
    await workspace.store.registry.recordConsent('pp-009', 'matching', { granted: false, date: '2026-06-10' });
    await until(() => form.registry?.partners.find((p) => p.id === 'pp-009')?.consents.matching?.granted === false);
    expect(labelled(container, /^le registre des partenaires : 37 personnes, dont 33 acceptent/).checked).toBe(true);
    // The contacts are the other pool.
    await userEvent.click(labelled(container, /^mes contacts : 0 contact/));
    await until(
      () => (container.querySelector('pp-matching-form') as HTMLElement & { registry?: unknown }).registry === undefined,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('fits 320 px without horizontal scrolling, and speaks English', async () => {
    await page.viewport(320, 700);
    try {
      const { container } = await mountRegistry();
      await importDemo(container);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      await userEvent.click(container.querySelector('#registry-pp-001') as HTMLAnchorElement);
      await until(() => container.querySelector('#registry-partner-title'));
      // The list gives way to the partner on a narrow panel.
      expect(container.querySelector<HTMLElement>('.workspace-list')?.offsetParent).toBeNull();
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      locale.value = 'en';
      document.documentElement.lang = 'en';
      await until(() => byText(container, 'h3', 'Consents'));
      expect(container.querySelector('[data-testid=consent-listing]')?.textContent).toBe('given on 15 January 2026');
      expect(byText(container, '[data-consent=listing] button', /Withdrawn$/)?.textContent).toBe('Directory: Withdrawn');
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      expect(await axeViolations(container)).toEqual([]);
      await userEvent.click(byText(container, 'button', 'Back to the list') as HTMLButtonElement);
      await until(() => byText(container, 'h2', 'Partner registry'));
      expect(container.textContent).toContain('nothing is sent');
      expect(itemOf(container, 'pp-001')?.querySelector('.consent-glance')?.textContent).toMatch(/Directory\s*yes/);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      expect(await axeViolations(container)).toEqual([]);
    } finally {
      await page.viewport(1280, 800);
    }
  });
});

describe('full backup', () => {
  it('says, before saving, that the backup holds health data', async () => {
    route.value = { section: 'resources', id: null };
    mounted = await mount(LibraryApp, { platform: fakePlatform(), view: 'page' });
    const { container } = mounted;
    const summary = await until(() => container.querySelector<HTMLElement>('.transfer-details summary'));
    await userEvent.click(summary);
    const notice = await until(() => container.querySelector('[data-testid=backup-health-warning]'));
    expect(notice.textContent).toContain('données de santé');
    expect(notice.textContent).toContain('n’est pas chiffrée');
    const exportButton = container.querySelector('#library-transfer-export') as HTMLButtonElement;
    expect(exportButton.getAttribute('aria-describedby')).toBe(notice.id);
    await userEvent.selectOptions(labelled<HTMLSelectElement>(container, 'Format'), 'csv');
    await until(() => !container.querySelector('[data-testid=backup-health-warning]'));
    expect(await axeViolations(container)).toEqual([]);
  });
});
