/**
 * `mode="candidate"`, loaded on demand: validates the candidacy with the
 * shared schema, sets it as the form value, emits `pp-submit` (cancelable)
 * and, only when `action` is set, POSTs it as JSON — to an `https:` address
 * or the page's own origin only (post-json.ts): otherwise it refuses, says
 * why from the start, and keeps everything typed. A failed POST keeps
 * everything typed and says why; the profile id stays the same across
 * retries, so an endpoint can deduplicate.
 */
import { html } from 'lit';
import { profileFromFields } from '../../shared/matching/candidate-form';
import { type FieldError, type FormFields, many, one } from '../../shared/matching/form-fields';
import type { PartnerProfile } from '../../shared/schemas/partner';
import { candidateMessagesFor } from './candidate-messages';
import { type CandidateLive, renderCandidateForm, renderSendState, type SendState } from './candidate-view';
import { fieldId } from './controls';
import { hasFormMessages, loadFormMessages } from './english';
import { renderErrorSummary } from './error-summary';
import { errorMap, renderFrame } from './frame';
import type { ModeController, ModeHost } from './mode';
import { type ActionCheck, checkAction, postJson } from './post-json';

/** A random, opaque profile id (crypto.randomUUID needs a secure context; getRandomValues does not). */
function newProfileId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(10));
  return `cand-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Today in the person's time zone, YYYY-MM-DD (the date of their consents). */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

const INITIAL_LIVE: CandidateLive = { domains: [], manager: '' };

class CandidateController implements ModeController {
  #errors: readonly FieldError[] = [];
  #live: CandidateLive = INITIAL_LIVE;
  #rows: readonly number[] = [];
  #nextRow = 0;
  #send: SendState = { kind: 'idle' };
  #profile: PartnerProfile | undefined;
  #id: string | undefined;

  constructor(private readonly host: ModeHost) {}

  get profile(): PartnerProfile | undefined {
    return this.#profile;
  }

  get #m() {
    return candidateMessagesFor(this.host.locale);
  }

  #update(): void {
    this.host.requestUpdate();
  }

  dataChanged(): void {
    // The candidacy reads no data; the manager rule (exclude-managers) changes what the form says.
    this.#update();
  }

  #submit(fields: FormFields): void {
    if (this.#send.kind === 'sending') return;
    this.#id ??= newProfileId();
    const result = profileFromFields(
      fields,
      { id: this.#id, today: today(), excludeManagers: this.host.excludeManagers },
      this.host.locale,
    );
    if (!result.ok) {
      this.#errors = result.errors;
      this.host.focusAfterUpdate('.summary');
      this.#update();
      return;
    }
    this.#errors = [];
    this.#profile = result.value;
    this.host.setValue(JSON.stringify(result.value));
    void this.#deliver(result.value);
  }

  async #deliver(profile: PartnerProfile): Promise<void> {
    const { host } = this;
    const m = this.#m;
    const done = (send: SendState) => {
      this.#send = send;
      host.focusAfterUpdate('#send-state');
      this.#update();
    };
    if (!host.emit('pp-submit', { profile }, true) || !host.action) return done({ kind: 'ready' });
    const action = this.#action();
    if (!action?.ok) {
      const message = action?.reason === 'insecure' ? m.insecureAction : m.sendFailed(m.why.action);
      host.emit('pp-error', { kind: 'send', message });
      return done({ kind: 'failed', message });
    }
    this.#send = { kind: 'sending' };
    this.#update();
    const result = await postJson(action.url, profile);
    if (result.ok) {
      host.emit('pp-sent', { profile, status: result.status });
      return done({ kind: 'sent' });
    }
    const message = m.sendFailed(result.reason === 'status' ? m.why.status(result.status ?? 0) : m.why[result.reason]);
    host.warn(message);
    host.emit('pp-error', { kind: 'send', message });
    done({ kind: 'failed', message });
  }

  /** Where `action` may send, checked (and warned about, once) whenever it is read. */
  #action(): ActionCheck | undefined {
    const { host } = this;
    if (!host.action) return undefined;
    const check = checkAction(host.action, document.baseURI, window.location.origin);
    if (!check.ok)
      host.warn(
        check.reason === 'insecure'
          ? this.#m.insecureWarning(host.action)
          : `action="${host.action}" : adresse http(s) attendue.`,
      );
    return check;
  }

  #change(fields: FormFields): void {
    this.#live = { domains: many(fields, 'domains'), manager: one(fields, 'manager') };
    this.#update();
  }

  reset(): void {
    this.#errors = [];
    this.#live = INITIAL_LIVE;
    this.#rows = [];
    this.#send = { kind: 'idle' };
    this.#profile = undefined;
    this.#id = undefined;
    this.host.setValue(null);
    this.#update();
  }

  render() {
    const { host } = this;
    // English words arrive with the mode's code; a page switching to English meanwhile waits for them.
    if (!hasFormMessages(host.locale)) host.wait(loadFormMessages(host.locale).then(() => this.#update()));
    const m = this.#m;
    const action = this.#action();
    const view = {
      m,
      locale: host.locale,
      errors: errorMap(this.#errors),
      live: this.#live,
      trainingRows: this.#rows,
      hasAction: Boolean(host.action),
      insecureAction: action !== undefined && !action.ok && action.reason === 'insecure',
      send: this.#send,
      excludeManagers: host.excludeManagers,
      addTraining: () => {
        this.#rows = [...this.#rows, this.#nextRow++];
        host.focusAfterUpdate(`#${fieldId(`training.${this.#rows.length - 1}.kind`)}`);
        this.#update();
      },
      removeTraining: (key: number) => {
        this.#rows = this.#rows.filter((k) => k !== key);
        host.focusAfterUpdate('#add-training');
        this.#update();
      },
    };
    // Once sent, the form gives way to the confirmation.
    if (this.#send.kind === 'sent') return html`${renderSendState(view)}`;
    return html`${renderSendState(view)}${renderFrame(
      host,
      m,
      renderErrorSummary(host, this.#errors),
      { submit: (f) => this.#submit(f), change: (f) => this.#change(f) },
      renderCandidateForm(view),
    )}`;
  }
}

export function createCandidateController(host: ModeHost): ModeController {
  return new CandidateController(host);
}

export { loadFormMessages } from './english';
