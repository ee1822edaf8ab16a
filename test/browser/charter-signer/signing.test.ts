import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { CharterRecord } from '../../../shared/schemas/charter';
import type { PpCharterSigner } from '../../../widgets/charter-signer/index';
import { axeViolations } from '../helpers/axe';
import {
  $,
  deepActive,
  director,
  doctor,
  expectIsoWithOffset,
  mount,
  patient,
  root,
  settle,
  signTyped,
  stroke,
  tabTo,
  text,
  until,
} from './helpers';

document.documentElement.lang = 'fr';
const PROJECT = 'Parcours diabète : co-construire l’éducation thérapeutique';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe('<pp-charter-signer>: the charter', () => {
  it('shows Annex 1 with the project title, the corrected 226-13 reference, its note, the source and the honest notice', async () => {
    const el = await mount({ project: PROJECT, clauses: ['Les réunions ont lieu en semaine, en journée.'] });
    const body = text($(el, '[part=text]'));
    expect(body).toContain(`dans la perspective de l'action, du programme ou du projet « ${PROJECT} ».`);
    expect(body).toContain("l'article 226-13* du Code pénal⁴⁶");
    expect(body).toContain("⁴⁶ « La révélation d'une information");
    expect(body).not.toContain('[insérer');
    expect($(el, '[part=text]')?.querySelectorAll('li')).toHaveLength(4);
    // the correction is marked where it is made, and its note is part of the text (so it is signed)
    const note = $(el, '[part=text] #correction-note');
    expect(text(note)).toMatch(
      /^\* La charte type de la HAS \(annexe 1\) cite « l'article 261-3 du Code pénal ».*corrigée en « l'article 226-13 du Code pénal »/,
    );
    expect(body.replace(text(note), '')).not.toContain('261-3');
    const charter = text($(el, '[part=charter]'));
    expect(charter).toContain('Source : HAS, « Partenariat en santé et patients partenaires »');
    expect(charter).not.toContain('Note sur la référence au Code pénal');
    expect(text($(el, '[part=notice]'))).toMatch(
      /Signature électronique simple avec contrôle d’intégrité.*pas une signature électronique qualifiée/,
    );
    // the establishment's clauses are apart, under their own heading
    expect(text($(el, '.clauses h3'))).toBe('Clauses complémentaires');
    expect(text($(el, '.clauses ol'))).toBe('Les réunions ont lieu en semaine, en journée.');
    expect(text($(el, '[part=text]'))).not.toContain('réunions');
    // the English translation is one click away, marked as English (fetched when opened)
    const details = $(el, 'details') as HTMLDetailsElement;
    expect(details.lang).toBe('en');
    await userEvent.click(details.querySelector('summary') as HTMLElement);
    await vi.waitFor(() => expect(text(details)).toContain('article 226-13* of the French Criminal Code'));
    expect(details.open).toBe(true);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('keeps the placeholder and says so when no project title is given', async () => {
    const el = await mount();
    expect(text($(el, '[part=text]'))).toContain("[insérer l'intitulé de l'action, du programme ou du projet]");
    expect(text($(el, '[part=charter]'))).toContain('Aucun intitulé de projet');
  });

  it('speaks English with lang="en" while the signed text stays the HAS French text', async () => {
    const el = await mount({ project: 'Diabetes pathway' }, { lang: 'en' });
    expect(text($(el, '#sign-title'))).toBe('Sign the charter');
    expect(text($(el, '[part=notice]'))).toContain('not a qualified electronic signature');
    expect($(el, '[part=text]')?.getAttribute('lang')).toBe('fr');
    expect(text($(el, 'details summary'))).toBe('English translation (for information only: the French text is the one signed)');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('signs the English translation with charter-lang="en", accepting "read and approved"', async () => {
    const el = await mount({ project: 'Diabetes pathway' }, { 'charter-lang': 'en' });
    expect(text($(el, '[part=text]'))).toContain('"Diabetes pathway"');
    await signTyped(el, { who: patient, mention: 'Read and approved' });
    expect(el.record?.charter.locale).toBe('en');
    expect(el.record?.signatures[0]?.mention).toBe('Read and approved');
  });

  it('says which configuration it ignored, in the page language, without throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({}, { signatories: '[{"name":"X","role":"chef"}]', clauses: '{not json' });
    await vi.waitFor(() => expect(root(el).querySelectorAll('[role=alert]')).toHaveLength(2));
    const alerts = [...root(el).querySelectorAll('[role=alert]')].map(text);
    expect(alerts).toEqual([
      'Liste des signataires attendus ignorée : le rôle du signataire n° 1 n’est pas l’un des rôles prévus.',
      'Clauses complémentaires ignorées : une liste de textes est attendue.',
    ]);
    expect(warn).toHaveBeenCalled();
    expect($(el, 'form')).not.toBeNull();
  });
});

describe('<pp-charter-signer>: signing', () => {
  it('signs with the keyboard alone: typed signature, review step, confirmation (RGAA 13.10, 11.12)', async () => {
    const before = document.createElement('button');
    before.textContent = 'avant';
    document.body.append(before);
    const el = await mount({ project: PROJECT, signatories: [patient, doctor] });
    const signed = vi.fn();
    el.addEventListener('pp-signed', signed);
    before.focus();

    // Jeanne is the first expected signatory still unsigned: her radio button is checked.
    const who = (await tabTo((a) => a instanceof HTMLInputElement && a.name === 'who')) as HTMLInputElement;
    expect(who.checked).toBe(true);
    await tabTo((a) => a.id === 'mention');
    await userEvent.keyboard('LU ET APPROUVE');
    const typed = await tabTo((a) => a instanceof HTMLInputElement && a.name === 'method');
    expect((typed as HTMLInputElement).checked).toBe(true); // typing is the default
    await tabTo((a) => a.id === 'typedName');
    await userEvent.keyboard('Jeanne Martin');
    await tabTo((a) => a.textContent === 'Relire avant de signer');
    await userEvent.keyboard('{Enter}');
    await until(() => deepActive()?.id === 'review-title');

    // The review shows what will be signed, and nothing is recorded yet.
    const review = text($(el, '[part=review]'));
    expect(review).toContain('Jeanne Martin');
    expect(review).toContain('« LU ET APPROUVE »');
    expect(review).toMatch(/[0-9a-f]{64}/);
    expect(el.record).toBeNull();
    expect(await axeViolations(el)).toEqual([]);

    await tabTo((a) => a.textContent === 'Signer la charte');
    await userEvent.keyboard('{Enter}');
    await until(() => signed.mock.calls.length === 1);
    await settle(el);

    const record = el.record as CharterRecord;
    const signature = record.signatures[0];
    expect(signature).toMatchObject({
      signatory: patient,
      mention: 'LU ET APPROUVE',
      method: 'typed',
      typedName: 'Jeanne Martin',
    });
    expectIsoWithOffset(signature?.signedAt);
    expect(signature?.textHash).toBe(record.charter.textHash);
    expect(record.events?.map((e) => e.type)).toEqual(['created', 'reviewed', 'signed']);
    expect(signed.mock.calls[0]?.[0].detail.signature).toEqual(signature);
    expect(text($(el, '.message'))).toBe('Signature de Jeanne Martin enregistrée.');
    expect(deepActive()?.classList.contains('message')).toBe(true);
    // Karim is now the one proposed
    expect(text($(el, 'input[name=who]:checked')?.parentElement)).toContain('Dr Karim Benali');
    expect((await el.verifyRecord(JSON.parse(JSON.stringify(record)))).valid).toBe(true);
  });

  it('checks the « lu et approuvé » mention, ignoring case and accents but nothing else', async () => {
    const el = await mount({ project: PROJECT });
    await userEvent.fill($(el, '#name') as HTMLInputElement, 'Jeanne Martin');
    await userEvent.fill($(el, '#mention') as HTMLInputElement, 'lu et approuvée');
    await userEvent.fill($(el, '#typedName') as HTMLInputElement, 'Jeanne Martin');
    await userEvent.click($(el, 'form button[type=submit]') as HTMLButtonElement);
    await settle(el);
    const mention = $(el, '#mention') as HTMLInputElement;
    expect(mention.getAttribute('aria-invalid')).toBe('true');
    expect(text($(el, '#mention-error'))).toBe('Recopiez exactement « lu et approuvé ».');
    expect(mention.getAttribute('aria-describedby')).toBe('mention-hint mention-error');
    expect(text($(el, '.errors'))).toContain('Recopiez exactement');
    expect(deepActive()?.classList.contains('errors')).toBe(true);
    expect($(el, '#review-title')).toBeNull();
    expect(await axeViolations(el)).toEqual([]);

    await userEvent.fill(mention, '  LU ET APPROUVE. ');
    await userEvent.click($(el, 'form button[type=submit]') as HTMLButtonElement);
    await until(() => $(el, '#review-title'));
  });

  it('requires a name, a mention and a typed signature', async () => {
    const el = await mount();
    await userEvent.click($(el, 'form button[type=submit]') as HTMLButtonElement);
    await settle(el);
    expect(root(el).querySelectorAll('.errors li')).toHaveLength(3);
    for (const id of ['name', 'mention', 'typedName']) expect($(el, `#${id}`)?.getAttribute('aria-invalid')).toBe('true');
  });

  it('signs by drawing with pen and touch strokes, with undo and clear, and keeps the strokes as SVG paths', async () => {
    const el = await mount({ project: PROJECT });
    await userEvent.fill($(el, '#name') as HTMLInputElement, 'Élise Roussel');
    await userEvent.selectOptions($(el, '#role') as HTMLSelectElement, 'direction_etablissement');
    await userEvent.fill($(el, '#mention') as HTMLInputElement, 'lu et approuvé');
    const drawn = [...root(el).querySelectorAll<HTMLInputElement>('input[name=method]')][1] as HTMLInputElement;
    await userEvent.click(drawn);
    await settle(el);
    const pad = $(el, '[part=pad]') as unknown as SVGSVGElement;
    expect(pad.getAttribute('role')).toBe('img');
    expect(pad.getAttribute('aria-label')).toBe('Zone de signature dessinée, vide');
    expect(getComputedStyle(pad).touchAction).toBe('none');

    // nothing drawn: refused with a message pointing to the typed way
    await userEvent.click($(el, 'form button[type=submit]') as HTMLButtonElement);
    await settle(el);
    expect(text($(el, '#drawing-error'))).toContain('Taper mon nom');

    stroke(pad, 'pen', [0.1, 0.7], [0.4, 0.3]);
    stroke(pad, 'touch', [0.45, 0.6], [0.8, 0.5], 10, 11);
    stroke(pad, 'mouse', [0.2, 0.2], [0.3, 0.9], 8, 1);
    await settle(el);
    expect(pad.querySelectorAll('path')).toHaveLength(3);
    expect(pad.getAttribute('aria-label')).toBe('Zone de signature dessinée : 3 traits');
    const [undo, clear] = [...root(el).querySelectorAll<HTMLButtonElement>('[part=form] .buttons button[type=button]')];
    await userEvent.click(undo as HTMLButtonElement);
    await settle(el);
    expect(pad.querySelectorAll('path')).toHaveLength(2);
    await userEvent.click(clear as HTMLButtonElement);
    await settle(el);
    expect(pad.querySelectorAll('path')).toHaveLength(0);
    stroke(pad, 'pen', [0.1, 0.7], [0.5, 0.2]);
    stroke(pad, 'touch', [0.5, 0.6], [0.9, 0.6], 10, 12);
    await settle(el);
    expect(await axeViolations(el)).toEqual([]);

    await userEvent.click($(el, 'form button[type=submit]') as HTMLButtonElement);
    await until(() => $(el, '#review-title'));
    expect($(el, '[part=review] svg.signature')?.querySelectorAll('path')).toHaveLength(2);
    // the review names the drawing with the pad's words (read through the pad's module)
    expect($(el, '[part=review] svg.signature')?.getAttribute('aria-label')).toBe('Zone de signature dessinée : 2 traits');
    const confirm = [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Signer la charte') as HTMLButtonElement;
    await userEvent.click(confirm);
    await until(() => el.record);
    const signature = el.record?.signatures[0];
    expect(signature?.method).toBe('drawn');
    expect(signature?.drawing?.viewBox).toBe('0 0 600 200');
    expect(signature?.drawing?.paths).toHaveLength(2);
    for (const d of signature?.drawing?.paths ?? []) expect(d).toMatch(/^M[\d.]+ [\d.]+(L[\d.]+ [\d.]+)+$/);
    // the pen stroke starts at 10 % / 70 % of the pad, in viewBox units
    expect(signature?.drawing?.paths[0]).toMatch(/^M60 140L/);
    await settle(el);
    expect($(el, '[part=signatories] svg.signature')?.querySelectorAll('path')).toHaveLength(2);
  });

  it('speaks English in its lazy parts too: the drawing pad, the review of a drawing and the record view', async () => {
    const el = await mount({ project: 'Diabetes pathway' }, { lang: 'en' });
    await userEvent.fill($(el, '#name') as HTMLInputElement, 'Élise Roussel');
    await userEvent.selectOptions($(el, '#role') as HTMLSelectElement, 'direction_etablissement');
    await userEvent.fill($(el, '#mention') as HTMLInputElement, 'lu et approuvé');
    const drawn = [...root(el).querySelectorAll<HTMLInputElement>('input[name=method]')][1] as HTMLInputElement;
    await userEvent.click(drawn);
    await settle(el);
    const pad = $(el, '[part=pad]') as unknown as SVGSVGElement;
    expect(pad.getAttribute('aria-label')).toBe('Signature drawing area, empty');
    expect(text($(el, '#pad-help'))).toBe(
      'Sign inside the frame with a mouse, a finger or a pen. With a keyboard, choose “Type my name” instead.',
    );
    stroke(pad, 'pen', [0.1, 0.7], [0.5, 0.2]);
    await settle(el);
    expect(pad.getAttribute('aria-label')).toBe('Signature drawing area: 1 stroke');
    const buttons = [...root(el).querySelectorAll<HTMLButtonElement>('[part=form] .buttons button[type=button]')];
    expect(buttons.map(text)).toEqual(['Undo last stroke', 'Clear']);

    await userEvent.click($(el, 'form button[type=submit]') as HTMLButtonElement);
    await until(() => $(el, '#review-title'));
    expect($(el, '[part=review] svg.signature')?.getAttribute('aria-label')).toBe('Signature drawing area: 1 stroke');
    const confirm = [...root(el).querySelectorAll('button')].find((b) => text(b) === 'Sign the charter') as HTMLButtonElement;
    await userEvent.click(confirm);
    await until(() => el.record);
    await settle(el);

    const actions = $(el, '[part=actions]');
    expect(text(actions)).toContain('Text hash (SHA-256)');
    expect(text(actions)).toContain('Record hash (SHA-256)');
    expect(text(actions)).toContain('Each signatory may keep a copy of the record or its hash');
    const buttonTexts = () => [...(actions?.querySelectorAll('button') ?? [])].map(text);
    expect(buttonTexts()).toContain('Download the record (JSON)');
    const startNew = [...(actions?.querySelectorAll('button') ?? [])].find((b) => text(b) === 'Start a new record');
    await userEvent.click(startNew as HTMLButtonElement);
    await settle(el);
    expect(text($(el, '[part=actions] [role=alert]'))).toContain('The current record will be replaced. Have you downloaded it?');
    expect(buttonTexts()).toContain('Cancel');
    expect(await axeViolations(el)).toEqual([]);
  });

  it('speaks English in the signing step: the form’s errors and the review', async () => {
    const el = await mount({ project: 'Diabetes pathway' }, { lang: 'en' });
    await userEvent.fill($(el, '#mention') as HTMLInputElement, 'approved');
    await userEvent.click($(el, 'form button[type=submit]') as HTMLButtonElement);
    await until(() => $(el, '.errors'));
    expect(text($(el, '.errors p'))).toBe('The form has errors:');
    expect([...root(el).querySelectorAll('.errors li')].map(text)).toEqual([
      'This field is required.',
      'Type exactly « lu et approuvé » (or “read and approved”).',
      'This field is required.',
    ]);

    await userEvent.fill($(el, '#name') as HTMLInputElement, 'Jeanne Martin');
    await userEvent.fill($(el, '#mention') as HTMLInputElement, 'lu et approuvé');
    await userEvent.fill($(el, '#typedName') as HTMLInputElement, 'Jeanne Martin');
    await userEvent.click($(el, 'form button[type=submit]') as HTMLButtonElement);
    await until(() => $(el, '#review-title'));
    expect(text($(el, '#review-title'))).toBe('Check before signing');
    const review = text($(el, '[part=review]'));
    expect(review).toContain('Signed text (SHA-256 hash)');
    expect(review).toContain('By clicking “Sign the charter”, you declare that you have read the charter above');
    expect([...root(el).querySelectorAll('[part=review] button')].map(text)).toEqual(['Change', 'Sign the charter']);
    expect(await axeViolations(el)).toEqual([]);
  });

  it('applies the completion rule: every expected signatory, a patient partner and a professional or the establishment', async () => {
    const el = await mount({ project: PROJECT, signatories: [patient] });
    const complete = vi.fn();
    el.addEventListener('pp-complete', complete);
    const status = () => text($(el, '.completion'));
    expect(status()).toContain('Doivent encore signer : Jeanne Martin.');

    await signTyped(el, { who: { name: 'Paul Durand', role: 'patient_partenaire' } });
    expect(status()).toContain('Jeanne Martin');
    expect(status()).toContain('au moins un professionnel de santé ou de la direction');
    await signTyped(el, { who: director });
    expect(el.completion.complete).toBe(false); // Jeanne, expected, has not signed
    expect(status()).toContain('Doivent encore signer : Jeanne Martin.');
    expect(complete).not.toHaveBeenCalled();

    await signTyped(el, { typed: 'J. Martin' });
    expect(el.completion).toMatchObject({ complete: true, missing: [] });
    expect(status()).toBe('✓ Charte complète : toutes les signatures attendues sont réunies.');
    expect(complete).toHaveBeenCalledOnce();
    expect(el.record?.events?.at(-1)?.type).toBe('completed');
    // a person who signed cannot sign twice
    await userEvent.fill($(el, '#name') as HTMLInputElement, 'élise roussel');
    await userEvent.selectOptions($(el, '#role') as HTMLSelectElement, 'direction_etablissement');
    await userEvent.fill($(el, '#mention') as HTMLInputElement, 'lu et approuvé');
    await userEvent.fill($(el, '#typedName') as HTMLInputElement, 'Élise Roussel');
    await userEvent.click($(el, 'form button[type=submit]') as HTMLButtonElement);
    await settle(el);
    expect(text($(el, '#name-error'))).toBe('Cette personne a déjà signé la charte.');
  });

  it('can go back from the review to change the form, keeping what was typed', async () => {
    const el = await mount({ project: PROJECT });
    await userEvent.fill($(el, '#name') as HTMLInputElement, 'Paul Durand');
    await userEvent.fill($(el, '#mention') as HTMLInputElement, 'lu et approuvé');
    await userEvent.fill($(el, '#typedName') as HTMLInputElement, 'Paul D.');
    await userEvent.click($(el, 'form button[type=submit]') as HTMLButtonElement);
    await until(() => $(el, '#review-title'));
    await userEvent.click([...root(el).querySelectorAll('button')].find((b) => text(b) === 'Modifier') as HTMLButtonElement);
    await until(() => deepActive()?.id === 'sign-title');
    expect(($(el, '#typedName') as HTMLInputElement).value).toBe('Paul D.');
    expect(el.record).toBeNull();
  });
});

describe('<pp-charter-signer>: forms, storage and secure context', () => {
  it('is a form field: the record as JSON, invalid while the charter is incomplete when required', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = await mount({ project: PROJECT }, { name: 'charte', required: '' }, form);
    expect(form.checkValidity()).toBe(false);
    await signTyped(el, { who: patient });
    expect(new FormData(form).get('charte')).toBe(JSON.stringify(el.record));
    expect(form.checkValidity()).toBe(false);
    await signTyped(el, { who: doctor });
    expect(form.checkValidity()).toBe(true);
    form.reset();
    await settle(el);
    expect(el.record?.signatures).toHaveLength(2); // a reset never erases signatures
  });

  it('keeps the record in a custom store under storage-key and reloads it, verified', async () => {
    const saved = new Map<string, unknown>();
    const store = {
      load: vi.fn(async (key: string) => saved.get(key)),
      save: vi.fn(async (key: string, value: unknown) => void saved.set(key, structuredClone(value))),
    };
    const el = await mount({ project: PROJECT, store }, { 'storage-key': 'projet-1' });
    await signTyped(el, { who: patient });
    await until(() => store.save.mock.calls.length === 1);
    expect(saved.get('projet-1')).toEqual(el.record);

    el.remove();
    const again = await mount({ project: PROJECT, store }, { 'storage-key': 'projet-1' });
    await until(() => again.record);
    expect(again.record).toEqual(el.record);
    expect(text($(again, '[part=signatories]'))).toContain('Jeanne Martin');
  });

  it('refuses a stored record that no longer verifies, keeps it downloadable, and never overwrites it unasked', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const el = await mount({ project: PROJECT }, { 'storage-key': 'tamper-test' });
    await signTyped(el, { who: patient });
    await until(() => localStorage.getItem('binome:charter:tamper-test'));
    const stored = JSON.parse(localStorage.getItem('binome:charter:tamper-test') as string) as CharterRecord;
    (stored.signatures[0] as CharterRecord['signatures'][number]).signatory.name = 'Jeanne Martine';
    localStorage.setItem('binome:charter:tamper-test', JSON.stringify(stored));
    el.remove();

    const again = await mount({ project: PROJECT }, { 'storage-key': 'tamper-test' });
    await until(() => $(again, '.message.alert'));
    expect(text($(again, '.message.alert'))).toContain('ne se vérifie plus');
    expect(again.record).toBeNull();
    expect(warn).toHaveBeenCalled();
    expect(JSON.parse(localStorage.getItem('binome:charter:tamper-test') as string)).toEqual(stored);
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:stub';
    });
    await userEvent.click(
      [...root(again).querySelectorAll('button')].find((b) => text(b) === 'Télécharger le dossier (JSON)') as HTMLButtonElement,
    );
    expect(JSON.parse(await (created[0] as Blob).text())).toEqual(stored);
    localStorage.removeItem('binome:charter:tamper-test');
  });

  it('does not touch localStorage without storage-key', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const el = await mount({ project: PROJECT });
    await signTyped(el, { who: patient });
    expect(setItem).not.toHaveBeenCalled();
  });

  it('says clearly that signing needs a secure page when Web Crypto is missing, and still offers printing', async () => {
    Object.defineProperty(globalThis.crypto, 'subtle', { value: undefined, configurable: true });
    try {
      const el = await mount({ project: PROJECT });
      expect($(el, 'form')).toBeNull();
      expect(text($(el, '[role=alert]'))).toContain('page sécurisée');
      expect([...root(el).querySelectorAll('button')].map(text)).toContain('Imprimer');
      expect(await axeViolations(el)).toEqual([]);
    } finally {
      delete (globalThis.crypto as { subtle?: unknown }).subtle;
    }
    expect(globalThis.crypto.subtle).toBeDefined();
  });

  it('fits 320 px without horizontal scrolling', async () => {
    const box = document.createElement('div');
    box.style.width = '320px';
    document.body.append(box);
    const el = await mount({ project: PROJECT, signatories: [patient, doctor] }, {}, box);
    await userEvent.click([...root(el).querySelectorAll<HTMLInputElement>('input[name=method]')][1] as HTMLInputElement);
    await settle(el);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    for (const node of root(el).querySelectorAll('*')) {
      if (node.getBoundingClientRect().width > 0)
        expect(node.getBoundingClientRect().right).toBeLessThanOrEqual(box.getBoundingClientRect().right + 1);
    }
  });
});

export type { PpCharterSigner };
