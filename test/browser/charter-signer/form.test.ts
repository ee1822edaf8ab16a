/**
 * <pp-charter-signer required> as a form control (issue 19, the kit's FormElement): the form
 * is not submitted, and says why, until every expected signatory has signed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { doctor, mount, patient, settle, signTyped } from './helpers';

document.documentElement.lang = 'fr';

afterEach(() => document.body.replaceChildren());

describe('<pp-charter-signer required> in a <form>', () => {
  it('blocks submit with its message until signed; checkValidity() false, then true', async () => {
    const form = document.createElement('form');
    const submit = document.createElement('button');
    submit.textContent = 'Envoyer';
    const submitted: FormData[] = [];
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      submitted.push(new FormData(form));
    });
    document.body.append(form);
    const el = await mount({ project: 'Accueil', signatories: [patient, doctor] }, { name: 'charte', required: '' }, form);
    form.append(submit);
    const invalid: Event[] = [];
    el.addEventListener('invalid', (event) => invalid.push(event));

    expect(el.form).toBe(form);
    expect(el.willValidate).toBe(true);
    expect(el.checkValidity()).toBe(false);
    expect(el.validity.valueMissing).toBe(true);
    expect(el.validationMessage).toBe('La charte n’est pas encore complète.');
    expect(el.reportValidity()).toBe(false);
    await userEvent.click(submit);
    expect(submitted).toHaveLength(0);
    expect(invalid.length).toBeGreaterThanOrEqual(3);

    await signTyped(el);
    await settle(el);
    expect(el.checkValidity()).toBe(false);
    await signTyped(el);
    await settle(el);
    expect(el.checkValidity()).toBe(true);
    expect(el.validity.valid).toBe(true);
    expect(el.validationMessage).toBe('');
    await userEvent.click(submit);
    expect(submitted).toHaveLength(1);
    expect(JSON.parse(String(submitted[0]!.get('charte')))).toEqual(el.record);
  });

  it('without required: valid while unsigned, no value', async () => {
    const form = document.createElement('form');
    document.body.append(form);
    const el = await mount({ project: 'Accueil' }, { name: 'charte' }, form);
    expect(el.checkValidity()).toBe(true);
    expect(new FormData(form).get('charte')).toBeNull();
  });
});
