/**
 * `mode="need"`, loaded on demand: reads the establishment's PRIVATE registry —
 * the `registry` property, the `partners` (+ `establishment`) properties, or a
 * file the coordinator opens in the widget (read in the browser, never sent) —
 * validates it profile by profile, ranks it with the shared engine on submit,
 * re-ranks at once when the registry changes (a consent withdrawn removes the
 * person from the results and the selection), and emits `pp-search` and
 * `pp-select`. It never fetches a registry from a URL: a registry holds health
 * data and must never be published (`src` is refused, with the reason).
 */
import { html, nothing } from 'lit';
import { validationMessagesOrPlain } from '../../shared/i18n/load-validation-messages';
import { type FormatValidationError, type IssuesResult, safeParseIssues } from '../../shared/i18n/parse';
import { type FieldError, type FormFields, many, one } from '../../shared/matching/form-fields';
import { type NeedDraft, readNeedDraft } from '../../shared/matching/need-draft';
import type { MatchOutcome } from '../../shared/matching/rank';
import { type PartnerProfile, PartnerProfileSchema } from '../../shared/schemas/partner';
import type { ProjectNeed } from '../../shared/schemas/project';
import { type Establishment, EstablishmentSchema } from '../../shared/schemas/registry';
import { domainOfMission } from '../../shared/vocab/domain-labels';
import { lazy } from '../internal/lazy';
import { hasFormMessages, loadFormMessages } from './english';
import { errorMap, renderFrame } from './frame';
import type { ModeController, ModeHost } from './mode';
import type { NeedEngine } from './need-engine';
import { needMessagesFor } from './need-messages';
import {
  type DirectoryState,
  EXCLUDED_PAGE,
  type NeedLive,
  PAGE,
  renderNeedForm,
  renderNeedResults,
  renderRegistry,
} from './need-view';

const INITIAL_LIVE: NeedLive = { domain: '', missions: [], trainings: [], count: '2' };

/** A registry file larger than this is not read (a registry of 10 000 people is about 10 MB). */
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** The engine and the results view, loaded once per page when a project owner first needs them. */
const loadEngine = lazy((): Promise<NeedEngine> => import('./need-engine'));
/** The full tree of the HAS domains (modes, footnotes), once a domain is chosen. */
const loadDomains = lazy(() => import('../../shared/vocab/domains'));

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** A registry opened from a file: kept while the page is open, never stored nor sent. */
interface PickedRegistry {
  readonly fileName: string;
  readonly partners: readonly PartnerProfile[];
  readonly establishment: Establishment | undefined;
}

class NeedController implements ModeController {
  #errors: readonly FieldError[] = [];
  #directory: DirectoryState = { kind: 'none' };
  #picked: PickedRegistry | undefined;
  #outcome: { need: ProjectNeed; result: MatchOutcome } | undefined;
  #shown = PAGE;
  #excludedShown = EXCLUDED_PAGE;
  #selected: ReadonlySet<string> = new Set();
  #proposed: number | undefined;
  #live: NeedLive = INITIAL_LIVE;
  #loadToken = 0;
  #engine: NeedEngine | undefined;
  /** The domains' tree (modes and missions), loaded when the owner chooses a domain. */

  #draft: NeedDraft = {};

  constructor(private readonly host: ModeHost) {
    this.draftChanged();
  }

  /** The host's pre-fill: the form's defaults, and the domain whose missions are shown at once. */
  draftChanged(): void {
    this.#draft = readNeedDraft(this.host.draft);
    this.#live = this.#draftLive();
    if (this.#draft.domain) this.#loadDomains();
    this.#update();
  }

  #draftLive(): NeedLive {
    const { domain, missions } = this.#draft;
    return domain ? { ...INITIAL_LIVE, domain, missions: [...(missions ?? [])] } : INITIAL_LIVE;
  }

  #loadDomains(): void {
    if (loadDomains.value) return;
    this.host.wait(
      loadDomains().then(
        () => this.#update(),
        (error: unknown) => this.host.warn(String(error)),
      ),
    );
  }

  get need(): ProjectNeed | undefined {
    return this.#outcome?.need;
  }

  get #m() {
    return needMessagesFor(this.host.locale);
  }

  #update(): void {
    this.host.requestUpdate();
  }

  // ── Registry ──

  /** The host gives the registry (property): the file picker is not offered. */
  get #given(): boolean {
    const { registry, partners } = this.host;
    return (registry !== undefined && registry !== null) || (partners !== undefined && partners !== null);
  }

  dataChanged(): void {
    const { host } = this;
    const m = this.#m;
    if (host.src) {
      // Whatever else is given: a registry at a URL is the leak issue 13 is about. Say how to fix it.
      host.warn(m.srcRefusedWarning(host.src));
      if (!this.#given) {
        this.#loadToken++;
        this.#directory = { kind: 'refused' };
        host.emit('pp-error', { kind: 'registry', message: m.srcRefused });
        this.#update();
        return;
      }
    }
    const { registry, partners } = host;
    if (registry !== undefined && registry !== null) {
      if (isRecord(registry) && Array.isArray(registry.partners))
        this.#validate(registry.partners, registry.establishment, 'registry.partners');
      else {
        this.#loadToken++;
        this.#fail(m.invalidRegistry(m.registryShape));
      }
    } else if (partners !== undefined && partners !== null) {
      if (Array.isArray(partners)) this.#validate(partners, host.establishment, 'partners');
      else {
        this.#loadToken++;
        this.#fail(m.invalidRegistry(m.partnersShape));
      }
    } else {
      this.#loadToken++;
      const picked = this.#picked;
      if (picked) this.#setDirectory(picked.partners, picked.establishment, [], picked.fileName);
      else {
        this.#directory = { kind: 'none' };
        this.#update();
      }
    }
  }

  /** Profiles given as a property: each validated; invalid ones are ignored and reported (the others stay usable). */
  #validate(raw: readonly unknown[], rawEstablishment: unknown, path: string): void {
    const { host } = this;
    const locale = host.locale;
    const token = ++this.#loadToken;
    const profiles = raw.map((item) => safeParseIssues(PartnerProfileSchema, item));
    const given = rawEstablishment !== undefined && rawEstablishment !== null;
    const establishment = given ? safeParseIssues(EstablishmentSchema, rawEstablishment) : undefined;
    const apply = (format: FormatValidationError) => {
      if (token !== this.#loadToken) return;
      const partners: PartnerProfile[] = [];
      const rejected: string[] = [];
      profiles.forEach((parsed, index) => {
        if (parsed.ok) partners.push(parsed.data);
        else {
          // The message names the field and what was expected, never the value given (it may be health data).
          const why = format(parsed.issues, locale, parsed.input);
          // The page says which profile in words; the developer's console gets the property path too.
          rejected.push(`${this.#m.profileNumber(index + 1)} — ${why}`);
          host.warn(`${path}[${index}] — ${why}`);
        }
      });
      if (establishment && !establishment.ok)
        host.warn(`establishment : ${format(establishment.issues, locale, establishment.input)}`);
      this.#setDirectory(partners, establishment?.ok ? establishment.data : undefined, rejected);
    };
    const failed = [...profiles, ...(establishment ? [establishment] : [])].some((r: IssuesResult<unknown>) => !r.ok);
    if (!failed) apply(() => '');
    else {
      // Something must be explained: the validation messages are downloaded only now.
      host.wait(validationMessagesOrPlain(locale).then(apply));
    }
  }

  #fail(message: string, details: readonly string[] = []): void {
    this.#directory = { kind: 'error', message, details };
    this.host.warn([message, ...details].join('\n'));
    this.host.emit('pp-error', { kind: 'registry', message });
    this.#update();
  }

  #setDirectory(
    partners: readonly PartnerProfile[],
    establishment: Establishment | undefined,
    rejected: readonly string[],
    fileName?: string,
  ): void {
    const warning = rejected.length ? this.#m.rejected(rejected.length, rejected[0] ?? '') : undefined;
    if (warning) this.host.warn(warning);
    this.#directory = {
      kind: 'ready',
      partners,
      ...(establishment ? { establishment } : {}),
      ...(warning ? { warning } : {}),
      ...(fileName !== undefined ? { fileName } : {}),
    };
    // A registry that changes (a consent withdrawn, a profile added) re-ranks the current need at once.
    if (this.#outcome) this.#rank(this.#outcome.need, false);
    this.#update();
  }

  /**
   * A file the coordinator picked: read here, in the browser, by the shared reader
   * (JSON, CSV or XLSX; loaded only now). Nothing is uploaded, stored or logged; the
   * registry stays in memory while the page is open. All or nothing: a file with any
   * problem is not used, and every problem is said with its row and column.
   */
  async #open(file: File): Promise<void> {
    const token = ++this.#loadToken;
    const m = this.#m;
    const locale = this.host.locale;
    this.#directory = { kind: 'reading', fileName: file.name };
    this.#update();
    if (file.size > MAX_FILE_BYTES) return this.#fail(m.fileTooLarge(file.name));
    try {
      const [bytes, reader] = await Promise.all([file.arrayBuffer(), import('../../shared/registry/read-file')]);
      if (token !== this.#loadToken) return;
      const result = await reader.readRegistryFile(new Uint8Array(bytes), file.name, locale);
      if (token !== this.#loadToken) return;
      if (!result.ok) {
        const details = result.problems.slice(0, 5).map((p) => m.problem(p.message, p.row, p.column));
        const more = result.problems.length - details.length;
        return this.#fail(m.unreadableFile(file.name), more > 0 ? [...details, m.moreProblems(more)] : details);
      }
      // A CSV or XLSX file holds no establishment: its placeholder name is not shown.
      const establishment = result.establishmentMissing ? undefined : result.registry.establishment;
      this.#picked = { fileName: file.name, partners: result.registry.partners, establishment };
      // A property given meanwhile keeps priority: the file waits until it is removed.
      if (this.#given) return this.dataChanged();
      this.#setDirectory(result.registry.partners, establishment, [], file.name);
    } catch (error) {
      if (token !== this.#loadToken) return;
      // The error's own text (in English, or a code) goes to the console, never into the page's sentence.
      this.host.warn(String(error));
      this.#fail(m.unreadableFile(file.name), [m.fileReadFailed]);
    }
  }

  // ── Ranking and selection ──

  /** The engine, loaded now if needed; `updateComplete` waits for it. Undefined (and said) if it cannot be loaded. */
  async #useEngine(): Promise<NeedEngine | undefined> {
    if (this.#engine) return this.#engine;
    const load = loadEngine();
    this.host.wait(load);
    try {
      const engine = await load;
      engine.adoptResultsStyles(this.host.renderRoot);
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
    const result = engine.rankPartners(need, d.partners, { excludeManagers: this.host.excludeManagers });
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
        // Without a registry there are no results: the focus goes to the message that says why.
        this.host.focusAfterUpdate(this.#directory.kind === 'ready' ? '#results-title' : '#directory-state');
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
    if (domain) this.#loadDomains();
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
    this.#live = this.#draftLive();
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
      draft: this.#draft,
      directory: this.#directory,
      picker: !this.#given,
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
      modesOf: (domainId: string) => loadDomains.value?.modesOfDomain(domainId) ?? [],
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
    if (this.#directory.kind === 'refused') {
      // A registry at a URL: nothing of it is read; the host's fallback (e.g. a mailto link) shows instead.
      return html`<p class="message pp-error" part="message">${m.srcRefused}</p><slot></slot>`;
    }
    const registry = view.picker ? renderRegistry(view, (file) => this.host.wait(this.#open(file))) : nothing;
    return html`${registry}${form}${renderNeedResults(view)}`;
  }
}

export function createNeedController(host: ModeHost): ModeController {
  return new NeedController(host);
}

export { loadFormMessages } from './english';
