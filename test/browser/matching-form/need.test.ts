import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { axeViolations } from '../helpers/axe';
import { $, $$, cleanup, consents, directory, mount, named, settle, tabTo } from './helpers';

afterEach(cleanup);

async function needForm(lang = 'fr') {
  const el = await mount(`<button id="before">avant</button><pp-matching-form mode="need" lang="${lang}"></pp-matching-form>`);
  el.partners = directory();
  el.establishment = { name: 'CH de Valmont (fictif)', contactEmail: 'partenariat@example.org' };
  await settle(el);
  return el;
}

describe('<pp-matching-form mode="need"> in Chromium', () => {
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
    expect(text).toContain('Correspondance : 100 sur 100');
    expect(text).toContain('Critère rempli — Expérience vécue : Expérience de proche aidant');
    expect(text).toContain('Sollicitation actuelle : Aucune mission en cours');
    const bruno = $$(el, '.match')[2]!.textContent!.replace(/\s+/g, ' ');
    expect(bruno).toContain('2 missions en cours');
    expect(bruno).toContain('Critère non rempli — Expérience vécue : Pas d’expérience de proche aidant déclarée');
    const excluded = $(el, 'details.excluded');
    expect(excluded.querySelector('summary')?.textContent).toContain('1 profil écarté par les règles de la HAS');
    // A manager never appears by name (shared/partners/public-view.ts): only by reference.
    expect(excluded.textContent).toContain('réf. pp-denis');
    expect(excluded.textContent).not.toContain('Denis Directeur');
    expect(excluded.textContent).toContain('ne peut pas en être patient partenaire (guide HAS 3.3)');
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
    const claire = $$(el, '.match').find((m) => m.textContent?.includes('pp-claire'))!;
    expect(claire.textContent).toContain('1 des 1 thèmes recherchés correspondent');
    expect(claire.textContent).not.toMatch(/Cancer/);
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
    expect($(el, '.notices').textContent).toContain('la réglementation impose la formation ETP 40 h');
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
    expect($(el, '.notices').textContent).not.toContain('ETP 40 h, ');
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
    expect($$(el, '.match')[0]!.textContent).toContain('Match: 100 out of 100');
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

  it('reads a feed from `src`, and says clearly when it cannot', async () => {
    const feed = { establishment: { name: 'CH de Valmont (fictif)' }, partners: [...directory(), { id: 'broken' }] };
    const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount(`<pp-matching-form lang="fr" src="${url}"></pp-matching-form>`);
    await vi.waitFor(() => expect(el.shadowRoot!.textContent).toContain('1 profil invalide a été ignoré'));
    $<HTMLInputElement>(el, 'input[name=title]').value = 'Projet';
    $<HTMLInputElement>(el, 'input[name=domain][value=offre_soins]').click();
    $<HTMLInputElement>(el, 'input[name=duration][value=ponctuel]').click();
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    expect($$(el, '.match')).toHaveLength(3);

    const errors: CustomEvent[] = [];
    const bad = await mount('<pp-matching-form lang="fr" src="data:application/json,{nope"></pp-matching-form>');
    bad.addEventListener('pp-error', (e) => errors.push(e as CustomEvent));
    await vi.waitFor(() => expect(bad.shadowRoot!.textContent).toContain('L’annuaire des patients partenaires'));
    expect(errors.map((e) => e.detail.kind)).toEqual(['feed']);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  it('handles bad attributes and properties without throwing: a message, a warning, never a blank widget', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const wrong = await mount('<pp-matching-form lang="fr" mode="marketplace"></pp-matching-form>');
    expect(wrong.shadowRoot!.textContent).toContain('Mode « marketplace » inconnu');
    const none = await mount('<pp-matching-form lang="fr"></pp-matching-form>');
    expect(none.shadowRoot!.textContent).toContain('Aucun annuaire n’est fourni');
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
