import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { PartnerProfileSchema } from '../../../shared/schemas/partner';
import { axeViolations } from '../helpers/axe';
import { $, $$, cleanup, mount, named, settle, tabTo } from './helpers';

afterEach(() => {
  vi.restoreAllMocks();
  cleanup();
});

async function candidateForm(attrs = '') {
  return mount(`<button id="before">avant</button><pp-matching-form mode="candidate" lang="fr" ${attrs}></pp-matching-form>`);
}

/** Fills the required fields (programmatically, for the tests that are not about the keyboard). */
async function fillMinimum(el: Awaited<ReturnType<typeof candidateForm>>) {
  $<HTMLInputElement>(el, 'input[name=given]').value = 'Nadia';
  $<HTMLInputElement>(el, 'input[name=email]').value = 'nadia@example.org';
  $<HTMLTextAreaElement>(el, 'textarea[name=experienceText]').value = 'Vingt ans de polyarthrite.';
  $<HTMLInputElement>(el, 'input[name=departement]').value = '38';
  $<HTMLInputElement>(el, 'input[name=manager][value=no]').click();
  $<HTMLInputElement>(el, 'input[name="consent.keepData"]').click();
  await settle(el);
}

describe('<pp-matching-form mode="candidate"> in Chromium', () => {
  it('starts with every consent unticked', async () => {
    const el = await candidateForm();
    const consents = $$<HTMLInputElement>(el, 'input[name^="consent."]');
    expect(consents.map((c) => c.name)).toEqual([
      'consent.keepData',
      'consent.matching',
      'consent.projectExperience',
      'consent.listing',
      'consent.name',
      'consent.photo',
      'consent.experience',
      'consent.contact',
    ]);
    expect(consents.some((c) => c.checked || c.defaultChecked)).toBe(false);
    // Sharing lived experience with project teams is asked on its own, apart from publishing it.
    const share = $(el, 'input[name="consent.projectExperience"]').closest('label')!;
    expect(share.textContent).toBe('Partager mon expérience vécue avec les équipes projet de l’établissement, sans la publier');
  });

  it('records the projectExperience consent in the profile when ticked', async () => {
    const el = await candidateForm();
    await fillMinimum(el);
    $<HTMLInputElement>(el, 'input[name="consent.projectExperience"]').click();
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    const profile = el.profile as { consents: Record<string, { granted: boolean }> };
    expect(profile.consents.projectExperience?.granted).toBe(true);
    expect(profile.consents.experience?.granted).toBe(false);
  });

  it('is filled in and submitted with the keyboard only; outputs a schema-valid profile as event and form value', async () => {
    const el = await candidateForm();
    const submits: CustomEvent[] = [];
    el.addEventListener('pp-submit', (e) => submits.push(e as CustomEvent));
    const fetchSpy = vi.spyOn(window, 'fetch');
    (document.getElementById('before') as HTMLButtonElement).focus();

    await tabTo(el, named('given'));
    await userEvent.keyboard('Nadia');
    await tabTo(el, named('email'));
    await userEvent.keyboard('nadia@example.org');
    await tabTo(el, named('experienceText'));
    await userEvent.keyboard('Vingt ans de polyarthrite.');
    await tabTo(el, named('themes', 'maladies_inflammatoires'));
    await userEvent.keyboard(' ');
    await tabTo(el, named('slots', 'visio'));
    await userEvent.keyboard(' ');
    await tabTo(el, named('domains', 'formation_enseignement'));
    await userEvent.keyboard(' ');
    await settle(el);
    await tabTo(el, named('missions', 'formation_enseignement.intervention.1'));
    await userEvent.keyboard(' ');
    // Add a training with its button, then fill its row.
    await tabTo(el, (a) => a.id === 'add-training');
    await userEvent.keyboard('{Enter}');
    await settle(el);
    expect(el.shadowRoot!.activeElement?.getAttribute('name')).toBe('training.0.kind');
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await tabTo(el, named('training.0.issuer'));
    await userEvent.keyboard('Université (fictive)');
    await tabTo(el, named('departement'));
    await userEvent.keyboard('38');
    await tabTo(el, named('manager'));
    await userEvent.keyboard(' ');
    await tabTo(el, named('consent.keepData'));
    await userEvent.keyboard(' ');
    await tabTo(el, named('consent.matching'));
    await userEvent.keyboard(' ');
    await tabTo(el, (a) => a.getAttribute('type') === 'submit');
    await userEvent.keyboard('{Enter}');
    await settle(el);

    expect(submits).toHaveLength(1);
    const profile = submits[0]!.detail.profile;
    expect(PartnerProfileSchema.safeParse(profile).success).toBe(true);
    expect(profile).toMatchObject({
      name: { given: 'Nadia' },
      contact: { email: 'nadia@example.org' },
      experience: { themes: ['maladies_inflammatoires'], caregiver: false, text: 'Vingt ans de polyarthrite.' },
      domains: ['formation_enseignement'],
      missions: ['formation_enseignement.intervention.1'],
      trainings: [{ kind: 'diu', issuer: 'Université (fictive)' }],
      territory: { departement: '38', remote: false },
      availability: { slots: ['visio'], commitment: [] },
      managesEstablishment: false,
    });
    expect(profile.id).toMatch(/^cand-[0-9a-f]{20}$/);
    expect(profile.consents.keepData.granted).toBe(true);
    expect(profile.consents.matching.granted).toBe(true);
    expect(profile.consents.listing.granted).toBe(false);
    expect(el.value).toBe(JSON.stringify(profile));
    expect(el.profile).toEqual(profile);
    // No `action`: nothing is sent anywhere.
    expect(fetchSpy).not.toHaveBeenCalled();
    expect($(el, '#send-state').textContent).toContain('Votre candidature est complète.');
  });

  it('summarises the errors at the top, linked to their fields, keeping what was typed', async () => {
    const el = await candidateForm();
    $<HTMLInputElement>(el, 'input[name=family]').value = 'Benali';
    $<HTMLInputElement>(el, 'input[name=phone]').value = 'abc';
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    const summary = $(el, '.summary');
    expect(el.shadowRoot!.activeElement).toBe(summary);
    expect([...summary.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([
      '#f-phone',
      '#f-experienceText',
      '#f-departement',
      '#f-manager',
      '#f-consent-keepData',
    ]);
    expect(summary.textContent).toContain('Sans votre accord pour conserver vos données');
    const link = summary.querySelector<HTMLAnchorElement>('a[href="#f-consent-keepData"]')!;
    link.focus();
    await userEvent.keyboard('{Enter}');
    expect(el.shadowRoot!.activeElement).toBe($(el, 'input[name="consent.keepData"]'));
    expect($<HTMLInputElement>(el, 'input[name=family]').value).toBe('Benali');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('answering « yes » to being a manager shows the establishment’s rule (the guide’s example) and refuses the candidacy', async () => {
    const el = await candidateForm();
    await fillMinimum(el);
    $<HTMLInputElement>(el, 'input[name=manager][value=yes]').click();
    await settle(el);
    expect(el.shadowRoot!.textContent).toContain(
      'Cet établissement applique le critère d’exclusion que le guide HAS cite en exemple (3.3)',
    );
    const submits: Event[] = [];
    el.addEventListener('pp-submit', (e) => submits.push(e));
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    expect(submits).toEqual([]);
    expect($(el, '.summary').textContent).toContain('Vous pouvez proposer votre candidature à un autre établissement');
  });

  it('lets the host take over: pp-submit is cancelable and then nothing is POSTed', async () => {
    const el = await candidateForm('action="/api/nowhere"');
    await fillMinimum(el);
    const fetchSpy = vi.spyOn(window, 'fetch');
    el.addEventListener('pp-submit', (e) => e.preventDefault());
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(el.value).not.toBeNull();
  });

  it('refuses a non-http action with a clear error, keeping what was typed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await candidateForm('action="javascript:alert(1)"');
    await fillMinimum(el);
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    const state = $(el, '#send-state');
    expect(state.getAttribute('role')).toBe('alert');
    expect(state.textContent).toContain('adresse d’envoi invalide');
    expect(el.shadowRoot!.activeElement).toBe(state);
    expect($<HTMLInputElement>(el, 'input[name=given]').value).toBe('Nadia');
    expect(warn).toHaveBeenCalled();
  });

  it('refuses to send in clear text to another origin, says why from the start, and sends nothing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const fetchSpy = vi.spyOn(window, 'fetch');
    const el = await candidateForm('action="http://candidatures.example.org/api"');
    const said =
      'Ce formulaire n’enverra pas votre candidature : son adresse d’envoi n’est pas chiffrée (https), or une candidature contient des données de santé, qui doivent voyager chiffrées.';
    expect(el.shadowRoot!.textContent).toContain(said);
    await fillMinimum(el);
    const errors: CustomEvent[] = [];
    el.addEventListener('pp-error', (e) => errors.push(e as CustomEvent));
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    const state = $(el, '#send-state');
    expect(state.getAttribute('role')).toBe('alert');
    expect(state.textContent).toContain(said);
    expect(el.shadowRoot!.activeElement).toBe(state);
    expect(errors.map((e) => e.detail.kind)).toEqual(['send']);
    expect(fetchSpy).not.toHaveBeenCalled();
    expect($<HTMLInputElement>(el, 'input[name=given]').value).toBe('Nadia');
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toContain(
      'action="http://candidatures.example.org/api" refusé : une candidature contient des données de santé (RGPD art. 9)',
    );
    cleanup();
    const en = await mount('<pp-matching-form mode="candidate" lang="en" action="http://example.org/a"></pp-matching-form>');
    expect(en.shadowRoot!.textContent).toContain('an application holds health data, which must travel encrypted');
    expect(await axeViolations(en)).toEqual([]);
  });

  it('sends to an https address, and to the page’s own origin', async () => {
    const fetchSpy = vi.spyOn(window, 'fetch').mockImplementation(async () => new Response('{}', { status: 201 }));
    for (const action of ['https://candidatures.example.org/api', '/api/candidatures', `${location.origin}/api/c`]) {
      const el = await candidateForm(`action="${action}"`);
      expect(el.shadowRoot!.textContent).not.toContain('n’enverra pas');
      await fillMinimum(el);
      $<HTMLButtonElement>(el, 'button[type=submit]').click();
      await settle(el);
      await vi.waitFor(() => expect($(el, '#send-state').textContent).toContain('votre candidature a été envoyée'));
      cleanup();
    }
    expect(fetchSpy.mock.calls.map((c) => String(c[0]))).toEqual([
      'https://candidatures.example.org/api',
      `${location.origin}/api/candidatures`,
      `${location.origin}/api/c`,
    ]);
  });

  it('adds and removes training rows, keeping the other rows’ values', async () => {
    const el = await candidateForm();
    const add = () => $<HTMLButtonElement>(el, '#add-training').click();
    add();
    await settle(el);
    add();
    await settle(el);
    $<HTMLInputElement>(el, 'input[name="training.1.issuer"]').value = 'Second organisme';
    $$<HTMLButtonElement>(el, 'fieldset.training button')[0]!.click();
    await settle(el);
    expect($$(el, 'fieldset.training')).toHaveLength(1);
    // The remaining row is now row 0, with its value.
    expect($<HTMLInputElement>(el, 'input[name="training.0.issuer"]').value).toBe('Second organisme');
    expect(el.shadowRoot!.activeElement?.id).toBe('add-training');
  });

  it('has no axe violation, in French and English, with every optional part open', async () => {
    for (const lang of ['fr', 'en']) {
      const el = await mount(`<pp-matching-form mode="candidate" lang="${lang}"></pp-matching-form>`);
      for (const d of ['parcours_soins', 'recherche']) $<HTMLInputElement>(el, `input[name=domains][value=${d}]`).click();
      $<HTMLButtonElement>(el, '#add-training').click();
      $<HTMLInputElement>(el, 'input[name=manager][value=yes]').click();
      await settle(el);
      expect(await axeViolations(el)).toEqual([]);
      if (lang === 'en') expect(el.shadowRoot!.textContent).toContain('Your lived experience');
      cleanup();
    }
  });

  it('is form-associated: the profile is the value of the host form, cleared by reset', async () => {
    const host = document.createElement('form');
    host.innerHTML = '<pp-matching-form mode="candidate" lang="fr" name="candidature"></pp-matching-form>';
    document.body.append(host);
    const el = host.querySelector('pp-matching-form')!;
    await settle(el);
    await fillMinimum(el);
    $<HTMLButtonElement>(el, 'button[type=submit]').click();
    await settle(el);
    const value = new FormData(host).get('candidature') as string;
    expect(PartnerProfileSchema.safeParse(JSON.parse(value)).success).toBe(true);
    host.reset();
    await settle(el);
    expect(new FormData(host).get('candidature')).toBeNull();
    expect($<HTMLInputElement>(el, 'input[name=given]').value).toBe('');
    expect($<HTMLInputElement>(el, 'input[name="consent.keepData"]').checked).toBe(false);
  });
});
