/**
 * `mode="need"`, loaded on demand: reads the directory (`partners` property or
 * `src` feed), validates it profile by profile, ranks it with the shared
 * engine on submit, re-ranks at once when the directory changes (a consent
 * withdrawn removes the person from the results and the selection), and
 * emits `pp-search` and `pp-select`.
 */
import { html } from 'lit';
import { safeParseWithMessage } from '../../shared/i18n/validation';
import { type FieldError, type FormFields, many, one } from '../../shared/matching/form-fields';
import { needFromFields } from '../../shared/matching/need-form';
import { type MatchOutcome, rankPartners, selectionWarnings } from '../../shared/matching/rank';
import { parsePartnerDirectory, resolveFeedUrls } from '../../shared/partners/directory';
import { type Establishment, EstablishmentSchema } from '../../shared/schemas/feed';
import { type PartnerProfile, PartnerProfileSchema } from '../../shared/schemas/partner';
import type { ProjectNeed } from '../../shared/schemas/project';
import { domainOfMission } from '../../shared/vocab/domains';
import { fetchJson } from '../internal/fetch-json';
import { errorMap, renderFrame } from './frame';
import { formMessages } from './messages';
import type { ModeController, ModeHost } from './mode';
import { type DirectoryState, EXCLUDED_PAGE, type NeedLive, PAGE, renderNeedForm, renderNeedResults } from './need-view';

const INITIAL_LIVE: NeedLive = { domain: '', missions: [], trainings: [], count: '2' };

class NeedController implements ModeController {
  #errors: readonly FieldError[] = [];
  #directory: DirectoryState = { kind: 'none' };
  #outcome: { need: ProjectNeed; result: MatchOutcome } | undefined;
  #shown = PAGE;
  #excludedShown = EXCLUDED_PAGE;
  #selected: ReadonlySet<string> = new Set();
  #proposed: number | undefined;
  #live: NeedLive = INITIAL_LIVE;
  #loadToken = 0;

  constructor(private readonly host: ModeHost) {}

  get need(): ProjectNeed | undefined {
    return this.#outcome?.need;
  }

  get #m() {
    return formMessages[this.host.locale];
  }

  #update(): void {
    this.host.requestUpdate();
  }

  // ── Directory ──

  dataChanged(): void {
    const { host } = this;
    const locale = host.locale;
    if (Array.isArray(host.partners)) {
      this.#loadToken++;
      const partners: PartnerProfile[] = [];
      const rejected: string[] = [];
      host.partners.forEach((raw, index) => {
        const parsed = safeParseWithMessage(PartnerProfileSchema, raw, locale);
        if (parsed.ok) partners.push(parsed.data);
        else rejected.push(`partners[${index}] — ${parsed.message}`);
      });
      let establishment: Establishment | undefined;
      if (host.establishment !== undefined && host.establishment !== null) {
        const e = safeParseWithMessage(EstablishmentSchema, host.establishment, locale);
        if (e.ok) establishment = e.data;
        else host.warn(`establishment : ${e.message}`);
      }
      this.#setDirectory(partners, establishment, rejected);
    } else if (host.partners !== undefined && host.partners !== null) {
      this.#loadToken++;
      this.#fail(
        this.#m.invalidFeed(
          locale === 'en' ? 'the partners property must be a list' : 'la propriété partners doit être une liste',
        ),
      );
    } else if (host.src) {
      void this.#load(host.src);
    } else {
      this.#loadToken++;
      this.#directory = { kind: 'none' };
      this.#update();
    }
  }

  #fail(message: string): void {
    this.#directory = { kind: 'error', message };
    this.host.warn(message);
    this.host.emit('pp-error', { kind: 'feed', message });
    this.#update();
  }

  #setDirectory(
    partners: readonly PartnerProfile[],
    establishment: Establishment | undefined,
    rejected: readonly string[],
  ): void {
    const warning = rejected.length ? this.#m.rejected(rejected.length, rejected[0] ?? '') : undefined;
    if (warning) this.host.warn(warning);
    this.#directory = { kind: 'ready', partners, ...(establishment ? { establishment } : {}), ...(warning ? { warning } : {}) };
    // A directory that changes (a consent withdrawn, a profile added) re-ranks the current need at once.
    if (this.#outcome) this.#rank(this.#outcome.need, false);
    this.#update();
  }

  async #load(src: string): Promise<void> {
    const token = ++this.#loadToken;
    const locale = this.host.locale;
    const m = this.#m;
    this.#directory = { kind: 'loading' };
    this.#update();
    let url = src;
    try {
      url = new URL(src, document.baseURI).href;
    } catch {
      // fetchJson reports the unusable address.
    }
    const result = await fetchJson(url);
    if (token !== this.#loadToken) return;
    if (!result.ok) return this.#fail(m.unreachable(result.reason === 'status' ? `HTTP ${result.detail}` : result.reason));
    const directory = parsePartnerDirectory(resolveFeedUrls(result.data, url), locale);
    if (!directory.ok) return this.#fail(m.invalidFeed(directory.message));
    this.#setDirectory(
      directory.partners,
      directory.establishment,
      directory.rejected.map((r) => r.message),
    );
  }

  // ── Ranking and selection ──

  #rank(need: ProjectNeed, fresh: boolean): void {
    const d = this.#directory;
    if (d.kind !== 'ready') return;
    const result = rankPartners(need, d.partners);
    this.#outcome = { need, result };
    if (fresh) {
      this.#shown = PAGE;
      this.#excludedShown = EXCLUDED_PAGE;
      this.#selected = new Set();
      this.#proposed = undefined;
    } else {
      // Keep only selected people who are still proposed.
      const still = new Set(result.ranked.map((r) => r.partner.id));
      this.#selected = new Set([...this.#selected].filter((id) => still.has(id)));
    }
    this.host.emit('pp-search', {
      need,
      ranked: result.ranked.length,
      excluded: result.excluded.length,
      notConsidered: result.notConsidered,
    });
  }

  #submit(fields: FormFields): void {
    const result = needFromFields(fields, this.host.locale);
    if (!result.ok) {
      this.#errors = result.errors;
      this.host.focusAfterUpdate('.summary');
    } else {
      this.#errors = [];
      this.#rank(result.value, true);
      this.host.focusAfterUpdate('#results-title');
    }
    this.#update();
  }

  #change(fields: FormFields): void {
    const domain = one(fields, 'domain');
    this.#live = {
      domain,
      // Missions of another domain disappear with it.
      missions: many(fields, 'missions').filter((id) => domainOfMission(id) === domain),
      trainings: many(fields, 'trainings'),
      count: one(fields, 'count'),
    };
    this.#update();
  }

  #toggle(id: string, on: boolean): void {
    const next = new Set(this.#selected);
    if (on) next.add(id);
    else next.delete(id);
    this.#selected = next;
    this.#proposed = undefined;
    this.#update();
  }

  #propose(): void {
    const o = this.#outcome;
    if (!o) return;
    // In ranking order, whatever the order of the clicks.
    const ids = o.result.ranked.map((r) => r.partner.id).filter((id) => this.#selected.has(id));
    const warnings = selectionWarnings(ids.length, o.need.count).map((w) => w.code);
    this.host.setValue(JSON.stringify(ids));
    this.#proposed = ids.length;
    this.host.emit('pp-select', { ids, need: o.need, warnings });
    this.#update();
  }

  reset(): void {
    this.#errors = [];
    this.#outcome = undefined;
    this.#shown = PAGE;
    this.#excludedShown = EXCLUDED_PAGE;
    this.#selected = new Set();
    this.#proposed = undefined;
    this.#live = INITIAL_LIVE;
    this.host.setValue(null);
    this.#update();
  }

  render() {
    const { host } = this;
    const m = this.#m;
    const view = {
      m,
      locale: host.locale,
      errors: errorMap(this.#errors),
      headingLevel: host.headingLevel,
      live: this.#live,
      directory: this.#directory,
      outcome: this.#outcome,
      shown: this.#shown,
      excludedShown: this.#excludedShown,
      selected: this.#selected,
      proposed: this.#proposed,
      showMore: () => {
        this.#shown += PAGE;
        this.#update();
      },
      showMoreExcluded: () => {
        this.#excludedShown += EXCLUDED_PAGE;
        this.#update();
      },
      toggle: (id: string, on: boolean) => this.#toggle(id, on),
      propose: () => this.#propose(),
    };
    const form = renderFrame(
      host,
      m,
      this.#errors,
      { submit: (f) => this.#submit(f), change: (f) => this.#change(f), liveInputs: ['count'] },
      renderNeedForm(view),
    );
    return html`${form}${renderNeedResults(view)}`;
  }
}

export function createNeedController(host: ModeHost): ModeController {
  return new NeedController(host);
}
