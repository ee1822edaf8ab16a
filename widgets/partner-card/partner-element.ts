import { LitElement } from 'lit';
import type { Locale } from '../../shared/i18n/locale';
import { hostLocale } from '../internal/locale';
import { PendingWork } from '../internal/pending';
import { warnOnce } from '../internal/warn';
import { problemWords } from './messages';
import type { ProblemWords } from './problems';
import { hideBrokenPhotos } from './render';

/** How long an element may stay without any data source before it says so (a host may set the data a little later). */
const NO_DATA_DELAY_MS = 1000;

/** The state every partner widget passes through; each adds its own `ready` state. */
export type BaseState = { kind: 'empty' } | { kind: 'loading' } | { kind: 'error'; message: string };

/**
 * What <pp-partner-card> and <pp-partner-list> share: their locale, the work their next
 * render waits for (`updateComplete` waits for it too), their words fetched before the
 * update that needs them, hidden broken portraits, and saying what went wrong.
 */
export abstract class PartnerElement<State extends { kind: string }> extends LitElement {
  declare _state: State | BaseState;

  /** Bumped by each new data source: late answers for an older one are dropped. */
  protected _token = 0;
  /** Work the next render waits for (reading feeds, messages): updateComplete waits for it too. */
  protected readonly _pending = new PendingWork();

  protected get _locale(): Locale {
    return hostLocale(this);
  }

  /** The words the element needs in `locale` (English pages fetch theirs; French ones never do). */
  protected abstract _loadWords(locale: Locale): Promise<unknown>;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    hideBrokenPhotos(root);
    return root;
  }

  protected override async scheduleUpdate(): Promise<void> {
    await this._loadWords(this._locale).catch((error: unknown) =>
      warnOnce(this, `English messages not loaded (${String(error)}): French shown.`),
    );
    super.scheduleUpdate();
  }

  /** Also waits for the data being read, so that `await el.updateComplete` sees the content or its message. */
  protected override async getUpdateComplete(): Promise<boolean> {
    return this._pending.updateComplete(() => super.getUpdateComplete());
  }

  /** Says what went wrong, with words fetched now that they are needed (problems.ts). */
  protected _fail(say: (words: ProblemWords) => string): void {
    const token = this._token;
    this._pending.add(
      problemWords(this._locale).then((words) => {
        if (token === this._token) this._state = { kind: 'error', message: say(words) };
      }),
    );
  }

  protected override firstUpdated(): void {
    // A host may set the data a little after inserting the element; past that, a blank box helps nobody.
    setTimeout(() => {
      if (this._state.kind === 'empty' && !this._pending.busy) this._fail((w) => w.missingData);
    }, NO_DATA_DELAY_MS);
  }
}
