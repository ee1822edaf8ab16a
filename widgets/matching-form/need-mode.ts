/**
 * `mode="need"`, loaded on demand: reads the directory (`partners` property or
 * `src` feed), validates it profile by profile, ranks it with the shared
 * engine on submit, re-ranks at once when the directory changes (a consent
 * withdrawn removes the person from the results and the selection), and
 * emits `pp-search` and `pp-select`.
 */
import { html, nothing } from 'lit';
import { type FormatValidationError, type IssuesResult, loadValidationMessages, safeParseIssues } from '../../shared/i18n/parse';
import { type FieldError, type FormFields, many, one } from '../../shared/matching/form-fields';
import type { MatchOutcome } from '../../shared/matching/rank';
import { parsePartnerDirectoryLazily, resolveFeedUrls } from '../../shared/partners/directory-check';
import { type Establishment, EstablishmentSchema } from '../../shared/schemas/registry';
import { type PartnerProfile, PartnerProfileSchema } from '../../shared/schemas/partner';
import type { ProjectNeed } from '../../shared/schemas/project';
import { domainOfMission } from '../../shared/vocab/domain-labels';
import { fetchJson } from '../internal/fetch-json';
import { errorMap, renderFrame } from './frame';
import { hasFormMessages, loadFormMessages } from './messages';
import type { ModeController, ModeHost } from './mode';
import type { NeedEngine } from './need-engine';
import { needMessagesFor } from './need-messages';
import { type DirectoryState, EXCLUDED_PAGE, type NeedLive, PAGE, renderNeedForm, renderNeedResults } from './need-view';

const INITIAL_LIVE: NeedLive = { domain: '', missions: [], trainings: [], count: '2' };

/** The engine and the results view, loaded once per page when a project owner first needs them. */
let engineLoad: Promise<NeedEngine> | undefined;
function loadEngine(): Promise<NeedEngine> {
  engineLoad ??= import('./need-engine').catch((error: unknown) => {
    engineLoad = undefined;
    throw error;
  });
  return engineLoad;
}

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
  #engine: NeedEngine | undefined;
  /** The domains' tree (modes and missions), loaded when the owner chooses a domain. */
  #domains: typeof import('../../shared/vocab/domains') | undefined;

  constructor(private readonly host: ModeHost) {}

  get need(): ProjectNeed | undefined {
    return this.#outcome?.need;
  }

  get #m() {
    return needMessagesFor(this.host.locale);
  }

  #update(): void {
    this.host.requestUpdate();
  }

  // ── Directory ──

  dataChanged(): void {
    const { host } = this;
    const locale = host.locale;
    if (Array.isArray(host.partners)) {
      const token = ++this.#loadToken;
      const profiles = host.partners.map((raw) => safeParseIssues(PartnerProfileSchema, raw));
      const given = host.establishment !== undefined && host.establishment !== null;
      const establishment = given ? safeParseIssues(EstablishmentSchema, host.establishment) : undefined;
      const apply = (format: FormatValidationError) => {
        if (token !== this.#loadToken) return;
        const partners: PartnerProfile[] = [];
        const rejected: string[] = [];
        profiles.forEach((parsed, index) => {
          if (parsed.ok) partners.push(parsed.data);
          else rejected.push(`partners[${index}] — ${format(parsed.issues, locale, parsed.input)}`);
        });
        if (establishment && !establishment.ok)
          host.warn(`establishment : ${format(establishment.issues, locale, establishment.input)}`);
        this.#setDirectory(partners, establishment?.ok ? establishment.data : undefined, rejected);
      };
      const failed = [...profiles, ...(establishment ? [establishment] : [])].some((r: IssuesResult<unknown>) => !r.ok);
      if (!failed) apply(() => '');
      else {
        // Something must be explained: the validation messages are downloaded only now.
        host.wait(
          loadValidationMessages().then(apply, () => apply(() => (locale === 'en' ? 'invalid data' : 'données invalides'))),
        );
      }
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
    const directory = await parsePartnerDirectoryLazily(resolveFeedUrls(result.data, url), locale);
    if (token !== this.#loadToken) return;
    if (!directory.ok) return this.#fail(m.invalidFeed(directory.message));
    this.#setDirectory(
      directory.partners,
      directory.establishment,
      directory.rejected.map((r) => r.message),
    );
  }

  // ── Ranking and selection ──

  /** The engine, loaded now if needed; `updateComplete` waits for it. Undefined (and said) if it cannot be loaded. */
  async #useEngine(): Promise<NeedEngine | undefined> {
    if (this.#engine) return this.#engine;
    const load = loadEngine();
    this.host.wait(load);
    try {
      const engine = await load;
      this.host.addStyles(engine.resultsStyles);
      this.#engine = engine;
    } catch (error) {
      this.host.warn(String(error));
      this.#errors = [];
      this.#directory = { kind: 'error', message: this.#m.engineFailed };
      this.#update();
    }
    return this.#engine;
  }

  #rank(need: ProjectNeed, fresh: boolean): void {
    const d = this.#directory;
    const engine = this.#engine;
    if (d.kind !== 'ready' || !engine) return;
    const result = engine.rankPartners(need, d.partners);
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
    const work = this.#useEngine().then((engine) => {
      if (!engine) return;
      const result = engine.needFromFields(fields, this.host.locale);
      if (!result.ok) {
        this.#errors = result.errors;
        this.host.focusAfterUpdate('.summary');
      } else {
        this.#errors = [];
        this.#rank(result.value, true);
        this.host.focusAfterUpdate('#results-title');
      }
      this.#update();
    });
    this.host.wait(work);
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
    // The HAS notices on what is being typed come with the engine; the missions of a domain with the domains' tree.
    if (!this.#engine) void this.#useEngine().then(() => this.#update());
    if (domain && !this.#domains) {
      const load = import('../../shared/vocab/domains').then(
        (m) => {
          this.#domains = m;
          this.#update();
        },
        (error: unknown) => this.host.warn(String(error)),
      );
      this.host.wait(load);
    }
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
    const warnings = (this.#engine?.selectionWarnings(ids.length, o.need.count) ?? []).map((w) => w.code);
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

  /** The HAS notices on the need being typed (none for the initial form: 2 partners, no mission, no training). */
  #notices(): string[] {
    const engine = this.#engine;
    if (!engine) return [];
    const live = this.#live;
    const count = Number(live.count || '2');
    return engine
      .needNotices({
        missions: live.missions as ProjectNeed['missions'],
        requiredTrainings: live.trainings as ProjectNeed['requiredTrainings'],
        count: Number.isInteger(count) && count >= 1 ? count : 2,
      })
      .map((n) => engine.explainNotice(n, this.host.locale));
  }

  render() {
    const { host } = this;
    // English words arrive with the mode's code; a page switching to English meanwhile waits for them.
    if (!hasFormMessages(host.locale)) host.wait(loadFormMessages(host.locale).then(() => this.#update()));
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
      notices: this.#notices(),
      modesOf: (domainId: string) => this.#domains?.modesOfDomain(domainId) ?? [],
      ...(this.#engine ? { engine: this.#engine } : {}),
    };
    const form = renderFrame(
      host,
      m,
      // Errors come from the engine's validation, which brings the summary with it.
      this.#engine?.renderErrorSummary(host, this.#errors) ?? nothing,
      { submit: (f) => this.#submit(f), change: (f) => this.#change(f), liveInputs: ['count'] },
      renderNeedForm(view),
    );
    return html`${form}${renderNeedResults(view)}`;
  }
}

export function createNeedController(host: ModeHost): ModeController {
  return new NeedController(host);
}

export { loadFormMessages } from './messages';
