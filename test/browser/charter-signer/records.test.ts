/**
 * The record's lifecycle (widgets/charter-signer/records.ts, a reactive controller): a
 * `storage-key` or `store` given after the first render is read once per change, and a
 * stored record that arrives late is dropped when a newer change came first.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CharterRecord } from '../../../shared/schemas/charter';
import { doctor, mount, patient, settle, signTyped, until } from './helpers';

document.documentElement.lang = 'fr';
const PROJECT = 'Parcours diabète : co-construire l’éducation thérapeutique';

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

function memoryStore() {
  const saved = new Map<string, unknown>();
  return {
    saved,
    load: vi.fn(async (key: string) => saved.get(key)),
    save: vi.fn(async (key: string, value: unknown) => void saved.set(key, structuredClone(value))),
  };
}

describe('<pp-charter-signer> record lifecycle', () => {
  it('reads a storage-key or store given after the first render, once per change', async () => {
    const store = memoryStore();
    const signer = await mount({ project: PROJECT, store }, { 'storage-key': 'projet-1' });
    await signTyped(signer, { who: patient });
    await until(() => store.saved.has('projet-1'));
    const signed = signer.record as CharterRecord;
    signer.remove();
    store.load.mockClear();

    const el = await mount({ project: PROJECT, store });
    expect(store.load).not.toHaveBeenCalled();
    el.setAttribute('storage-key', 'projet-1');
    await until(() => el.record);
    expect(el.record).toEqual(signed);
    expect(store.load).toHaveBeenCalledTimes(1);

    el.project = 'Autre titre';
    await settle(el);
    expect(store.load).toHaveBeenCalledTimes(1);

    const other = memoryStore();
    el.store = other;
    await settle(el);
    expect(other.load).toHaveBeenCalledWith('projet-1');
    expect(store.load).toHaveBeenCalledTimes(1);
  });

  it('drops a stored record that arrives after a newer one was set from outside', async () => {
    const signer = await mount({ project: PROJECT });
    await signTyped(signer, { who: patient });
    const older = signer.record as CharterRecord;
    await signTyped(signer, { who: doctor });
    const newer = signer.record as CharterRecord;
    signer.remove();

    let answer: (value: unknown) => void = () => {};
    const store = { load: vi.fn(() => new Promise((resolve) => (answer = resolve))), save: vi.fn() };
    const el = await mount({ project: PROJECT, store }, { 'storage-key': 'projet-1' });
    expect(store.load).toHaveBeenCalledTimes(1);
    el.record = newer;
    await until(() => el.record?.signatures.length === 2);
    answer(older);
    // The verifier is loaded by now: a stored record still adopted would show within a few milliseconds.
    await new Promise((r) => setTimeout(r, 300));
    await settle(el);
    expect(el.record).toEqual(newer);
  });
});
