/**
 * The record's lifecycle, as a Lit reactive controller: records come from storage, from the
 * `record` property or from a file, are verified before anything is shown or continued, and
 * every change is saved in order. A generation number, bumped by each change, keeps a slow
 * load from overwriting a newer record.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { charterContent } from '../../shared/charter/text';
import { loadCharterTexts } from '../../shared/charter/texts';
import type { CharterVerification } from '../../shared/charter/verify';
import type { Locale } from '../../shared/i18n/locale';
import type { CharterRecord } from '../../shared/schemas/charter';
import { emit } from '../internal/emit';
import { lazy } from '../internal/lazy';
import { warn } from '../internal/warn';
import type { CharterMessages } from './messages';
import { hasWebCrypto, type Message } from './state';
import { type CharterStore, localStorageCharterStore } from './storage';

export type Report = import('./verify-view').Report;

/** The verifier, its schemas and the report: fetched when a record must be checked. */
export const loadVerifyView = lazy(() => import('./verify-view'));

/** What the lifecycle reads and writes on its element (its reactive state). */
export interface RecordsHost extends ReactiveControllerHost, HTMLElement {
  _record: CharterRecord | null;
  /** A stored or given record that did not verify: kept so it can still be downloaded, never used. */
  _rejected: unknown;
  _verification: Report | null;
  _message: Message;
  readonly mode: string | undefined;
  readonly storageKey: string | undefined;
  readonly store: CharterStore | undefined;
  readonly _locale: Locale;
  readonly _textLocale: Locale;
  readonly _t: CharterMessages;
  /** The text being signed (the page's project, clauses and text), to compare a continued record with. */
  _content(): ReturnType<typeof charterContent>;
}

export class CharterRecords implements ReactiveController {
  readonly #host: RecordsHost;
  #generation = 0;
  #saving: Promise<unknown> = Promise.resolve();
  /** The storage last read, so that a new `storage-key` or `store` is read once. */
  #key: string | undefined;
  #keyStore: CharterStore | undefined;

  constructor(host: RecordsHost) {
    this.#host = host;
    host.addController(this);
  }

  /** Before each render: a new `storage-key` or `store` is read (sign mode). */
  hostUpdate(): void {
    const { storageKey, store } = this.#host;
    if (storageKey === this.#key && store === this.#keyStore) return;
    this.#key = storageKey;
    this.#keyStore = store;
    void this.load();
  }

  /** A new change: later answers for older ones are dropped. Returns its generation. */
  bump(): number {
    return ++this.#generation;
  }

  /** Whether `generation` is still the latest change. */
  current(generation: number): boolean {
    return generation === this.#generation;
  }

  /** Checks a record as received (parsed JSON); the verifier is fetched on first use. */
  async verify(value: unknown): Promise<CharterVerification> {
    return (await loadVerifyView()).verifyCharterRecord(value, this.#host._locale);
  }

  /** Forgets the record shown (storage untouched). */
  clear(): void {
    const host = this.#host;
    this.bump();
    host._record = null;
    host._verification = null;
    host._rejected = undefined;
  }

  get #store(): CharterStore {
    return this.#host.store ?? localStorageCharterStore;
  }

  /** The record kept under `storage-key`, if any (sign mode only). */
  async load(): Promise<void> {
    const host = this.#host;
    const key = host.storageKey;
    if (!key || host.mode === 'verify') return;
    const generation = this.#generation;
    try {
      const value = await this.#store.load(key);
      if (value != null && this.current(generation)) await this.adopt(value);
    } catch (error) {
      warn(host, 'lecture impossible', error);
      host._message = { kind: 'alert', text: host._t.storageFailed };
    }
  }

  /** A record from storage, the `record` property or a file: verified, then shown (verify mode) or continued (sign mode). */
  async adopt(value: unknown): Promise<void> {
    const host = this.#host;
    const generation = this.bump();
    if (!hasWebCrypto()) {
      host._message = { kind: 'alert', text: host._t.noCrypto };
      return;
    }
    let input = value;
    if (typeof value === 'string') {
      try {
        input = JSON.parse(value) as unknown;
      } catch {
        // kept as the string: the verifier reports it as malformed
      }
    }
    const report = await this.verify(input);
    const view = loadVerifyView.value as NonNullable<typeof loadVerifyView.value>;
    const v = view.VERIFY[host._locale];
    // The record's text language was loaded by the verifier; the page's own may not be yet (a record set before the first render).
    await loadCharterTexts(host._textLocale).catch(() => undefined);
    if (!this.current(generation)) return;
    if (host.mode === 'verify') {
      // A text that is not the model comes with its word diff (fetched then); without it, the report still shows.
      const shown = await view.withDiff(report).catch(() => report);
      if (!this.current(generation)) return;
      host._verification = shown;
      host._message = null;
      emit(host, 'pp-verified', report);
      return;
    }
    if (!report.valid || !report.record) {
      host._rejected = input;
      host._message = { kind: 'alert', text: v.storedInvalid };
      warn(host, 'dossier refusé', report);
      return;
    }
    host._record = report.record;
    host._rejected = undefined;
    const same = await view.sameText(report.record, host._content());
    if (this.current(generation) && !same) host._message = { kind: 'status', text: v.storedOtherText };
  }

  /** Saves are chained, so they reach the store in the order of the changes. */
  save(record: CharterRecord | null): void {
    const host = this.#host;
    const key = host.storageKey;
    if (!key) return;
    const store = this.#store;
    this.#saving = this.#saving
      .then(() => store.save(key, record))
      .catch((error: unknown) => {
        warn(host, 'enregistrement impossible', error);
        host._message = { kind: 'alert', text: host._t.storageFailed };
      });
  }
}
