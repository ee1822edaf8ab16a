import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { PartnerProfile } from '../../../shared/schemas/partner';
import type { PpMatchingForm } from '../../../widgets/matching-form/index';
import { axeViolations } from '../helpers/axe';
import { $, $$, cleanup, consents, directory, mount, named, pick, registryOf, settle, tabTo, watchRequests } from './helpers';

afterEach(cleanup);

/** Fills in a need for « offre de soins » (programmatically) and searches. */
async function search(el: PpMatchingForm, { themes = [] as string[], caregiver = false } = {}) {
  $<HTMLInputElement>(el, 'input[name=title]').value = 'Projet';
  $<HTMLInputElement>(el, 'input[name=domain][value=offre_soins]').click();
  $<HTMLInputElement>(el, 'input[name=duration][value=durable]').click();
  for (const t of themes) $<HTMLInputElement>(el, `input[name=themes][value=${t}]`).click();
  if (caregiver) $<HTMLInputElement>(el, 'input[name=caregiver]').click();
  $<HTMLButtonElement>(el, 'button[type=submit]').click();
  await settle(el);
}

async function needForm(lang = 'fr') {
  const el = await mount(`<button id="before">avant</button><pp-matching-form mode="need" lang="${lang}"></pp-matching-form>`);
  el.partners = directory();
  el.establishment = { name: 'CH de Valmont (fictif)', contactEmail: 'partenariat@example.org' };
  await settle(el);
  return el;
}

describe('<pp-matching-form mode="need"> in Chromium', () => {
  it('starts from the draft a host gives, keeps only known values, and a reset comes back to it', async () => {
    const el = await mount('<pp-matching-form mode="need"></pp-matching-form>');
    el.partners = directory();
    el.draft = {
      title: 'Café santé',
      domain: 'offre_soins',
      missions: ['offre_soins.experience_patient.3', 'recherche.impulsion.1', 'nope'],
      duration: 'ponctuel',
    };
    await settle(el);
    const checked = (name: string) =>
      $$<HTMLInputElement>(el, `input[name=${name}]`)
        .filter((i) => i.checked)
        .map((i) => i.value);
    expect($<HTMLInputElement>(el, 'input[name=title]').value).toBe('Café santé');
    expect(checked('domain')).toEqual(['offre_soins']);
    // The domain's missions are shown at once, the draft's one ticked; another domain's is not kept.
    expect(checked('missions')).toEqual(['offre_soins.experience_patient.3']);
    expect(checked('duration')).toEqual(['ponctuel']);
    expect(await axeViolations(el)).toEqual([]);
    // Editable: the search uses what the coordinator changed.
    const searches: CustomEvent[] = [];
    el.addEventListener('pp-search', (e) => searches.push(e as CustomEvent));
    $<HTMLInputElement>(el, 'input[name=duration][value=durable]').click();
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    expect(searches[0]?.detail.need).toMatchObject({
      title: 'Café santé',
      domain: 'offre_soins',
      missions: ['offre_soins.experience_patient.3'],
      duration: 'durable',
    });
    $<HTMLFormElement>(el, 'form').reset();
    await settle(el);
    expect(checked('duration')).toEqual(['ponctuel']);
    // Nothing usable: an empty form, no error.
    el.draft = { title: 42, domain: 'sport', duration: 'toujours' };
    $<HTMLFormElement>(el, 'form').reset();
    await settle(el);
    expect($<HTMLInputElement>(el, 'input[name=title]').value).toBe('');
    expect(checked('domain')).toEqual([]);
    expect(checked('duration')).toEqual([]);
  });

  it('is filled in, searched and used with the keyboard only', async () => {
    const el = await needForm();
    const searches: CustomEvent[] = [];
    const selections: CustomEvent[] = [];
    el.addEventListener('pp-search', (e) => searches.push(e as CustomEvent));
    el.addEventListener('pp-select', (e) => selections.push(e as CustomEvent));
    (document.getElementById('before') as HTMLButtonElement).focus();

    await tabTo(el, named('title'));
    await userEvent.keyboard('Café santé et groupe de parole');
    // Radio group: Tab lands on the first domain, the arrow key moves to « adaptation de l'offre de soins ».
    await tabTo(el, named('domain'));
    await userEvent.keyboard('{ArrowDown}');
    await settle(el);
    expect($<HTMLInputElement>(el, 'input[name=domain][value=offre_soins]').checked).toBe(true);
    await tabTo(el, named('missions', 'offre_soins.experience_patient.3'));
    await userEvent.keyboard(' ');
    await tabTo(el, named('caregiver'));
    await userEvent.keyboard(' ');
    await tabTo(el, named('departement'));
    await userEvent.keyboard('38');
    await tabTo(el, named('slots', 'evening'));
    await userEvent.keyboard(' ');
    await tabTo(el, named('duration'));
    await userEvent.keyboard('{ArrowDown}');
    await tabTo(el, (a) => a.getAttribute('type') === 'submit');
    await userEvent.keyboard('{Enter}');
    await settle(el);

    expect(searches).toHaveLength(1);
    expect(searches[0]?.detail).toMatchObject({ ranked: 3, excluded: 1, notConsidered: 1 });
    expect(el.need).toMatchObject({
      title: 'Café santé et groupe de parole',
      domain: 'offre_soins',
      caregiverSought: true,
      duration: 'durable',
      count: 2,
    });
    // The focus moved to the results heading.
    expect(el.shadowRoot!.activeElement?.id).toBe('results-title');

    const titles = $$(el, '.match .match-title').map((t) => t.textContent?.trim());
    // Bruno has no carer's experience and 2 missions under way: last.
    expect(titles).toEqual(['Adèle M.', 'Profil sans nom publié (réf. pp-claire)', 'Bruno K.']);

    // Select one partner: the HAS warning (≥ 2) appears; propose anyway.
    await tabTo(el, (a) => a.id === 'select-pp-adele');
    await userEvent.keyboard(' ');
    await settle(el);
    expect($(el, '.selection').textContent).toContain('la HAS recommande d’en solliciter au moins 2 par projet');
    await tabTo(el, (a) => a.getAttribute('part') === 'propose');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(selections[0]?.detail).toMatchObject({ ids: ['pp-adele'], warnings: ['fewer_than_two'] });

    // Tab on (round the page) to another box: with two people the warning goes away.
    await tabTo(el, (a) => a.id === 'select-pp-bruno');
    await userEvent.keyboard(' ');
    await settle(el);
    expect($(el, '.selection').textContent).not.toContain('au moins 2');
    await tabTo(el, (a) => a.getAttribute('part') === 'propose');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(selections[1]?.detail).toMatchObject({ ids: ['pp-adele', 'pp-bruno'], warnings: [] });
    expect(el.value).toBe('["pp-adele","pp-bruno"]');
    expect($(el, '.selection').textContent).toContain('Sélection transmise (2 personnes)');
  });

  it('explains every criterion in words, lists the excluded apart with the HAS reason, and shows the load', async () => {
    const el = await needForm();
    $<HTMLInputElement>(el, 'input[name=title]').value = 'Projet';
    $<HTMLInputElement>(el, 'input[name=domain][value=offre_soins]').click();
    $<HTMLInputElement>(el, 'input[name=duration][value=durable]').click();
    $<HTMLInputElement>(el, 'input[name=caregiver]').click();
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    const first = $$(el, '.match')[0]!;
    const text = first.textContent!.replace(/\s+/g, ' ');
    expect(text).toContain('Score de correspondance Binôme : 100 sur 100');
    expect(text).toContain('Critère rempli — Expérience vécue : Expérience de proche aidant');
    expect(text).toContain('Sollicitation actuelle : Aucune mission en cours');
    const bruno = $$(el, '.match')[2]!.textContent!.replace(/\s+/g, ' ');
    expect(bruno).toContain('2 missions en cours');
    expect(bruno).toContain('Critère non rempli — Expérience vécue : Pas d’expérience de proche aidant déclarée');
    const excluded = $(el, 'details.excluded');
    expect(excluded.querySelector('summary')?.textContent).toContain('1 profil écarté, avec la raison et la source de la règle');
    // A manager never appears by name (shared/partners/public-view.ts): only by reference.
    expect(excluded.textContent).toContain('réf. pp-denis');
    expect(excluded.textContent).not.toContain('Denis Directeur');
    expect(excluded.textContent).toContain(
      'règle de l’établissement, appliquée par défaut, qui reprend l’exemple de critère d’exclusion cité par le guide HAS (3.3)',
    );
    expect($(el, '.results').textContent).toContain(
      '1 profil n’a pas été pris en compte : sans consentement à la mise en relation.',
    );
  });

  it('never shows contact details, nor a name or health themes without consent', async () => {
    const el = await needForm();
    $<HTMLInputElement>(el, 'input[name=title]').value = 'Projet';
    $<HTMLInputElement>(el, 'input[name=domain][value=offre_soins]').click();
    $<HTMLInputElement>(el, 'input[name=duration][value=durable]').click();
    $<HTMLInputElement>(el, 'input[name=themes][value=cancer]').click();
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    const text = el.shadowRoot!.textContent!;
    expect(text).not.toContain('adele@example.org');
    expect(text).not.toContain('06 11 22 33 44');
    expect(el.shadowRoot!.querySelector('a[href^="mailto:"], a[href^="tel:"]')).toBeNull();
    // Claire consented to matching only: no name, and the matching theme is not named.
    expect(text).not.toContain('Claire');
    expect(text).not.toContain('Secret');
    expect(text).not.toContain('Emma');
    // Claire did not agree to share her experience with project teams: nothing about it, not even a count
    // (issue 13: « 1 des 1 thèmes recherchés correspondent » disclosed the condition).
    const claire = $$(el, '.match').find((m) => m.textContent?.includes('pp-claire'))!;
    const words = claire.textContent!.replace(/\s+/g, ' ');
    expect(words).toContain('Information non partagée par la personne — Expérience vécue : Non partagée');
    expect(words).not.toMatch(/Cancer|thèmes recherchés|correspond pour/);
    // No price anywhere.
    expect(text).not.toMatch(/€|tarif \d|\d+ ?euros/i);
  });

  it('removes a partner at once when their matching consent is withdrawn', async () => {
    const el = await needForm();
    $<HTMLInputElement>(el, 'input[name=title]').value = 'Projet';
    $<HTMLInputElement>(el, 'input[name=domain][value=offre_soins]').click();
    $<HTMLInputElement>(el, 'input[name=duration][value=durable]').click();
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    $<HTMLInputElement>(el, '#select-pp-adele').click();
    await settle(el);
    expect($$(el, '.match').map((m) => m.querySelector('.match-title')?.textContent)).toContain('Adèle M.');
    const searches: CustomEvent[] = [];
    el.addEventListener('pp-search', (e) => searches.push(e as CustomEvent));
    el.partners = directory().map((p) => (p.id === 'pp-adele' ? { ...p, consents: consents({ matching: false }) } : p));
    await settle(el);
    expect($$(el, '.match').map((m) => m.querySelector('.match-title')?.textContent)).not.toContain('Adèle M.');
    expect(el.shadowRoot!.textContent).not.toContain('Adèle');
    // Also gone from the selection.
    expect($(el, '.selection').textContent).toContain('0 patient partenaire sélectionné');
    expect(searches[0]?.detail).toMatchObject({ ranked: 2, notConsidered: 2 });
  });

  it('shows the HAS notices live: ETP 40 h, proportionality, fewer than 2 partners', async () => {
    const el = await needForm();
    $<HTMLInputElement>(el, 'input[name=domain][value=parcours_soins]').click();
    await settle(el);
    $<HTMLInputElement>(el, 'input[name=missions][value="parcours_soins.etp.1"]').click();
    await settle(el);
    expect($(el, '.notices').textContent).toContain('la réglementation impose une formation d’au moins 40 h');
    $<HTMLInputElement>(el, 'input[name=trainings][value=du]').click();
    await settle(el);
    expect($(el, '.notices').textContent).toContain('il n’y a pas lieu d’exiger une formation préalable');
    const count = $<HTMLInputElement>(el, 'input[name=count]');
    count.focus();
    count.select();
    await userEvent.keyboard('1');
    await settle(el);
    expect($(el, '.notices').textContent).toContain('au moins 2 patients partenaires par projet');
    // Changing the domain drops the missions of the old one (no stale ETP notice).
    $<HTMLInputElement>(el, 'input[name=domain][value=recherche]').click();
    await settle(el);
    expect($(el, '.notices').textContent).not.toContain('au moins 40 h');
    expect($$<HTMLInputElement>(el, 'input[name=missions]').every((i) => !i.checked)).toBe(true);
  });

  it('summarises errors at the top, each linked to its field', async () => {
    const el = await needForm();
    $<HTMLInputElement>(el, 'input[name=departement]').value = '99';
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    const summary = $(el, '.summary');
    expect(el.shadowRoot!.activeElement).toBe(summary);
    expect(summary.getAttribute('role')).toBe('alert');
    const links = [...summary.querySelectorAll('a')];
    expect(links.map((a) => a.textContent?.trim())).toEqual([
      'Indiquez le titre du projet.',
      'Choisissez le domaine du projet.',
      'Département : un code comme 13, 2A ou 971.',
      'Indiquez si l’engagement est ponctuel ou dans la durée.',
    ]);
    const title = $<HTMLInputElement>(el, 'input[name=title]');
    expect(title.getAttribute('aria-invalid')).toBe('true');
    const describedBy = title.getAttribute('aria-describedby')!;
    expect(el.shadowRoot!.getElementById(describedBy)?.textContent).toContain('Indiquez le titre du projet.');
    // Following a link (keyboard) moves the focus to the field.
    links[2]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(el.shadowRoot!.activeElement).toBe($(el, 'input[name=departement]'));
    links[1]!.focus();
    await userEvent.keyboard('{Enter}');
    expect(el.shadowRoot!.activeElement).toBe($(el, 'input[name=domain]'));
    expect(await axeViolations(el)).toEqual([]);
  });

  it('has no axe violation, form and results, in French and English', async () => {
    for (const lang of ['fr', 'en']) {
      const el = await needForm(lang);
      expect(await axeViolations(el)).toEqual([]);
      $<HTMLInputElement>(el, 'input[name=title]').value = 'Project';
      $<HTMLInputElement>(el, 'input[name=domain][value=offre_soins]').click();
      $<HTMLInputElement>(el, 'input[name=duration][value=durable]').click();
      $<HTMLButtonElement>(el, 'button[type=submit]').click();
      await settle(el);
      $<HTMLDetailsElement>(el, 'details.excluded').open = true;
      $<HTMLInputElement>(el, '#select-pp-adele').click();
      await settle(el);
      expect(await axeViolations(el)).toEqual([]);
      if (lang === 'en') expect($(el, '.results-title').textContent).toContain('Patient partners proposed');
      cleanup();
    }
  });

  it('brings the error summary, the results’ words and their styles with the engine, once, in English too', async () => {
    const el = await needForm('en');
    const root = el.shadowRoot!;
    const sheetsBefore = root.adoptedStyleSheets.length;
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    expect($(el, '.summary-title').textContent).toBe('The form has 3 errors');
    expect($(el, '.summary p').textContent).toBe('Please correct the following fields:');
    // The results' styles joined the element's own, after them.
    expect(root.adoptedStyleSheets.length).toBe(sheetsBefore + 1);
    $<HTMLInputElement>(el, 'input[name=title]').value = 'Project';
    $<HTMLInputElement>(el, 'input[name=domain][value=offre_soins]').click();
    $<HTMLInputElement>(el, 'input[name=duration][value=durable]').click();
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    expect($(el, '.results-title').textContent).toContain('Patient partners proposed — Project');
    expect($$(el, '.match')[0]!.textContent).toContain('Binôme match score: 100 out of 100');
    expect($(el, '.selection').textContent).toContain('0 patient partners selected.');
    expect(getComputedStyle($(el, '.results')).display).toBe('flex');
    expect(getComputedStyle($(el, '.match')).borderBottomStyle).toBe('solid');
    expect(getComputedStyle($(el, '.matches')).listStyleType).toBe('none');
    expect($(el, '.bar > span').getBoundingClientRect().height).toBeGreaterThan(0);
    // A second search adds nothing more.
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    expect(root.adoptedStyleSheets.length).toBe(sheetsBefore + 1);
  });

  it('never fetches a registry from `src`: shows its fallback, says why and how to fix it, requests nothing', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const errors: CustomEvent[] = [];
    document.addEventListener('pp-error', (e) => errors.push(e as CustomEvent), { once: true });
    const el = await mount(
      '<pp-matching-form lang="fr" src="/partenariat/registre.json"><a href="mailto:partenariat@example.org">Écrire à la coordination</a></pp-matching-form>',
    );
    await settle(el);
    const root = el.shadowRoot!;
    expect(root.textContent).toContain(
      'le registre des patients partenaires contient des données de santé et ne doit jamais être publié',
    );
    // The light-DOM fallback is shown (slotted), the form is not.
    expect(root.querySelector('slot')?.assignedElements()[0]?.textContent).toBe('Écrire à la coordination');
    expect(root.querySelector('form')).toBeNull();
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(errors.map((e) => e.detail.kind)).toEqual(['registry']);
    const warned = warn.mock.calls.map((c) => String(c[0])).join('\n');
    expect(warned).toContain('src="/partenariat/registre.json" n’est pas lu en mode need');
    expect(warned).toContain('propriété registry');
    expect(await axeViolations(el)).toEqual([]);

    // In English too.
    const en = await mount('<pp-matching-form lang="en" src="registry.json"></pp-matching-form>');
    await settle(en);
    expect(en.shadowRoot!.textContent).toContain('must never be published on a website');
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain('must never be published at a web address');
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
    warn.mockRestore();
  });

  it('takes the registry as a property (winning over `partners`), profile by profile', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount('<pp-matching-form lang="fr"></pp-matching-form>');
    el.partners = [directory()[0]];
    el.registry = { establishment: { name: 'CH de Valmont (fictif)' }, partners: [...directory(), { id: 'broken' }] };
    await settle(el);
    // Given by the host: no file picker.
    expect(el.shadowRoot!.querySelector('[part=registry]')).toBeNull();
    // Named in words on the page (issue 16); the property path is for the developer's console.
    expect(el.shadowRoot!.textContent).toContain('1 profil invalide a été ignoré (Profil n° 6');
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain('registry.partners[5]');
    await search(el);
    expect($$(el, '.match')).toHaveLength(3);
    el.registry = 'nope';
    await settle(el);
    expect(el.shadowRoot!.textContent).toContain('la propriété registry doit être un registre');
    expect(warn).toHaveBeenCalled();

    // A page that still sets `src` next to the property: the property is used, `src` never fetched, and said.
    const fetchSpy = vi.spyOn(window, 'fetch');
    warn.mockClear();
    const both = await mount('<pp-matching-form lang="fr" src="registre.json"></pp-matching-form>');
    both.registry = registryOf(directory());
    await settle(both);
    await search(both);
    expect($$(both, '.match')).toHaveLength(3);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain('src="registre.json" n’est pas lu en mode need');
    fetchSpy.mockRestore();
    warn.mockRestore();
  });

  it('opens a registry file the coordinator picks, reads it in the browser and sends nothing', async () => {
    const el = await mount('<pp-matching-form lang="fr"></pp-matching-form>');
    const block = $(el, '[part=registry]');
    expect(block.textContent).toContain('Aucun registre ouvert');
    expect(block.textContent).toContain('rien n’est envoyé ni enregistré');
    expect($(el, 'button[part=open-registry]').textContent?.trim()).toBe('Ouvrir le registre…');
    expect(await axeViolations(el)).toEqual([]);

    const watch = watchRequests();
    await pick(el, 'registre.json', JSON.stringify(registryOf(directory())));
    expect(block.textContent).toContain('Registre ouvert : « registre.json » — CH de Valmont (fictif), 5 profils.');
    expect($(el, 'button[part=open-registry]').textContent?.trim()).toBe('Ouvrir un autre registre…');
    await search(el);
    expect($$(el, '.match')).toHaveLength(3);
    // Nothing left the page: no fetch, no XHR, no beacon, nothing but the widget's own code requested.
    expect(watch.stop()).toEqual({ sent: [], foreign: [] });
    expect(await axeViolations(el)).toEqual([]);
  });

  it('opens nothing from a file with a problem, says each problem, and keeps asking for a registry', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount('<pp-matching-form lang="fr"></pp-matching-form>');
    const partners = directory();
    const bad = registryOf([...partners, { ...partners[0], id: 'pp-adele' }]);
    await pick(el, 'registre.json', JSON.stringify(bad));
    const block = $(el, '[part=registry]');
    expect(block.textContent).toContain('Le registre « registre.json » n’a pas été ouvert : rien n’en a été lu.');
    expect(block.querySelector('[role=status]')?.textContent).toContain('Aucun registre ouvert');
    await search(el);
    expect(el.shadowRoot!.querySelector('.results')).toBeNull();
    // The focus goes to the explanation.
    expect(el.shadowRoot!.activeElement?.id).toBe('directory-state');
    await pick(el, 'notes.txt', 'bonjour');
    expect(block.textContent).toContain('type de fichier non pris en charge');
    expect(await axeViolations(el)).toEqual([]);
    // A good file afterwards is read.
    await pick(el, 'registre.json', JSON.stringify(registryOf(partners)));
    expect(block.querySelector('[role=status]')?.textContent).toContain('5 profils');
    warn.mockRestore();
  });

  it('shows and tells nothing about experience a partner did not share: two registries differing only in it give the same row', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const log = vi.spyOn(console, 'log');
    const info = vi.spyOn(console, 'info');
    const el = await mount('<pp-matching-form lang="fr"></pp-matching-form>');
    const events: CustomEvent[] = [];
    for (const type of ['pp-search', 'pp-select', 'pp-error']) el.addEventListener(type, (e) => events.push(e as CustomEvent));
    const withExperience = (experience: PartnerProfile['experience']) =>
      directory().map((p) =>
        p.id === 'pp-claire' ? { ...p, experience, consents: consents({ name: true, listing: true, experience: false }) } : p,
      );
    el.partners = withExperience({ themes: ['vih_hepatites', 'VIH depuis 2004'], caregiver: true, text: 'Séropositive.' });
    await settle(el);
    await search(el, { themes: ['vih_hepatites'], caregiver: true });
    const row = () => $$(el, '.match').find((m) => m.textContent?.includes('pp-claire'))!;
    const first = row().textContent!.replace(/\s+/g, ' ');
    const rank = () => $$(el, '.match').indexOf(row());
    const firstRank = rank();
    expect(first).toContain('Expérience vécue : Non partagée');
    expect(first).not.toMatch(/VIH|hépatite|Séropositi|aidant/i);

    el.partners = withExperience({ themes: [], caregiver: false });
    await settle(el);
    expect(row().textContent!.replace(/\s+/g, ' ')).toBe(first);
    expect(rank()).toBe(firstRank);

    // What leaves the widget: events, form value, console.
    $<HTMLInputElement>(el, '#select-pp-claire').click();
    $<HTMLInputElement>(el, '#select-pp-adele').click();
    await settle(el);
    $<HTMLButtonElement>(el, 'button[part=propose]').click();
    const out = JSON.stringify([events.map((e) => e.detail), el.value, [warn, log, info].flatMap((s) => s.mock.calls)]);
    expect(events.map((e) => e.type)).toContain('pp-select');
    expect(out).toContain('pp-claire');
    // The need names the theme the owner sought; nothing says whether Claire has it.
    expect(out).not.toMatch(/VIH depuis|Séropositi/);
    expect(events.find((e) => e.type === 'pp-select')?.detail).toEqual({
      ids: ['pp-adele', 'pp-claire'],
      need: expect.any(Object),
      warnings: [],
    });
    warn.mockRestore();
    log.mockRestore();
    info.mockRestore();
  });

  it('handles bad attributes and properties without throwing: a message, a warning, never a blank widget', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const wrong = await mount('<pp-matching-form lang="fr" mode="marketplace"></pp-matching-form>');
    expect(wrong.shadowRoot!.textContent).toContain('Mode « marketplace » inconnu');
    const none = await mount('<pp-matching-form lang="fr"></pp-matching-form>');
    expect(none.shadowRoot!.textContent).toContain('Aucun registre ouvert');
    const notList = await mount('<pp-matching-form lang="fr"></pp-matching-form>');
    notList.partners = 'nope' as never;
    await settle(notList);
    expect(notList.shadowRoot!.textContent).toContain('la propriété partners doit être une liste');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('is form-associated: its value is the selection, and a form reset clears it', async () => {
    const host = document.createElement('form');
    host.innerHTML = '<pp-matching-form name="selection"></pp-matching-form>';
    document.body.append(host);
    const el = host.querySelector('pp-matching-form')!;
    el.partners = directory();
    await settle(el);
    expect(el.form).toBe(host);
    $<HTMLInputElement>(el, 'input[name=title]').value = 'Projet';
    $<HTMLInputElement>(el, 'input[name=domain][value=offre_soins]').click();
    $<HTMLInputElement>(el, 'input[name=duration][value=durable]').click();
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    $<HTMLInputElement>(el, '#select-pp-bruno').click();
    $<HTMLInputElement>(el, '#select-pp-adele').click();
    await settle(el);
    $<HTMLButtonElement>(el, 'button[part=propose]').click();
    expect(new FormData(host).get('selection')).toBe('["pp-adele","pp-bruno"]');
    host.reset();
    await settle(el);
    expect(new FormData(host).get('selection')).toBeNull();
    expect(el.shadowRoot!.querySelector('.results')).toBeNull();
    expect($<HTMLInputElement>(el, 'input[name=title]').value).toBe('');
  });

  it('switches mode on the fly, loading the other mode’s code, and honours heading-level', async () => {
    const el = await needForm();
    el.setAttribute('heading-level', '3');
    $<HTMLInputElement>(el, 'input[name=title]').value = 'Projet';
    $<HTMLInputElement>(el, 'input[name=domain][value=offre_soins]').click();
    $<HTMLInputElement>(el, 'input[name=duration][value=durable]').click();
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    expect($(el, '#results-title').getAttribute('aria-level')).toBe('3');
    expect($$(el, '.match')[0]!.querySelector('[role=heading]')?.getAttribute('aria-level')).toBe('4');
    el.mode = 'candidate';
    await settle(el);
    expect(el.shadowRoot!.querySelector('input[name=given]')).not.toBeNull();
    expect(el.shadowRoot!.querySelector('.results')).toBeNull();
    el.mode = 'need';
    await settle(el);
    expect(el.shadowRoot!.querySelector('input[name=title]')).not.toBeNull();
  });
});
