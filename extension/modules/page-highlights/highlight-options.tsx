/**
 * Two sections of the options page:
 * - the highlight meanings: the built-in ones, the user's own (delete), and a form to add
 *   one — name + colour + underline pattern, so a meaning is never told by colour alone;
 * - the sites granted automatic highlights (optional host permissions), each revocable.
 * Browser access goes through `HighlightOptionsApi` (the real one by default), so the
 * sections render outside the extension too.
 */
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { CUSTOM_COLOURS, DEFAULT_MEANINGS, localizeMeanings, type Meaning, UNDERLINE_PATTERNS } from '../highlights/meanings';
import { ext } from '../platform/ext';
import { LiveStatus, type StatusMessage } from '../ui/live-status';
import { locale } from '../ui/locale';
import { browserPermissions, localArea } from './browser-apis';
import { loadUserMeanings, MEANINGS_KEY, nextLook, proposeMeaning, saveUserMeanings } from './meaning-settings';
import { pageHighlightMessages } from './messages';
import { grantedSites, revokeSite, siteLabel } from './site-access';
import './page-highlights.css';

export interface HighlightOptionsApi {
  loadMeanings(): Promise<Meaning[]>;
  saveMeanings(meanings: readonly Meaning[]): Promise<void>;
  sites(): Promise<string[]>;
  revoke(site: string): Promise<boolean>;
  /** Calls back when meanings or permissions change elsewhere; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

export const browserHighlightOptionsApi: HighlightOptionsApi = {
  loadMeanings: () => loadUserMeanings(localArea),
  saveMeanings: (meanings) => saveUserMeanings(localArea, meanings),
  sites: () => grantedSites(browserPermissions),
  revoke: (site) => revokeSite(browserPermissions, site),
  onChange(listener) {
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && MEANINGS_KEY in changes) listener();
    };
    try {
      ext.storage.onChanged.addListener(onStorage);
      ext.permissions.onAdded.addListener(listener);
      ext.permissions.onRemoved.addListener(listener);
    } catch {
      return () => {};
    }
    return () => {
      ext.storage.onChanged.removeListener(onStorage);
      ext.permissions.onAdded.removeListener(listener);
      ext.permissions.onRemoved.removeListener(listener);
    };
  },
};

function Sample({ meaning }: { meaning: Pick<Meaning, 'colour' | 'pattern'> }) {
  return (
    <span class={`hl-sample hl-pattern-${meaning.pattern}`} style={{ backgroundColor: meaning.colour }} aria-hidden="true">
      Aa
    </span>
  );
}

export function HighlightOptions({ api = browserHighlightOptionsApi }: { api?: HighlightOptionsApi }) {
  const t = pageHighlightMessages(locale.value);
  const user = useSignal<Meaning[]>([]);
  const sites = useSignal<string[] | null>(null);
  const label = useSignal('');
  const look = useSignal(nextLook([]));
  const problem = useSignal<string | null>(null);
  const status = useSignal<StatusMessage | null>(null);

  const refresh = async () => {
    user.value = await api.loadMeanings().catch(() => []);
    sites.value = await api.sites().catch(() => []);
  };

  useEffect(() => {
    void refresh().then(() => (look.value = nextLook(user.value)));
    return api.onChange(() => void refresh());
  }, []);

  const add = async (event: Event) => {
    event.preventDefault();
    const proposal = proposeMeaning({ label: label.value, ...look.value }, user.value, locale.value);
    if (!proposal.ok) {
      problem.value = t.problems[proposal.problem];
      document.getElementById('meaning-label')?.focus();
      return;
    }
    const next = [...user.value, proposal.meaning];
    try {
      await api.saveMeanings(next);
    } catch (error) {
      status.value = { text: String(error), tone: 'error' };
      return;
    }
    user.value = next;
    problem.value = null;
    label.value = '';
    look.value = nextLook(next);
    status.value = { text: t.added(proposal.meaning.label), tone: 'success' };
  };

  const removeMeaning = async (meaning: Meaning) => {
    const next = user.value.filter((m) => m.id !== meaning.id);
    await api.saveMeanings(next);
    user.value = next;
    status.value = { text: t.removedMeaning(meaning.label), tone: 'success' };
    document.getElementById('meaning-label')?.focus();
  };

  const revoke = async (site: string) => {
    await api.revoke(site).catch(() => false);
    sites.value = await api.sites().catch(() => []);
    status.value = { text: t.revoked(siteLabel(site)), tone: 'success' };
    document.getElementById('opt-sites')?.focus();
  };

  const defaults = localizeMeanings(DEFAULT_MEANINGS, locale.value);
  return (
    <>
      <section aria-labelledby="opt-meanings">
        <h2 id="opt-meanings">{t.meaningsHeading}</h2>
        <p>{t.meaningsIntro}</p>
        <h3>{t.defaultsLabel}</h3>
        <ul class="meaning-list">
          {defaults.map((m) => (
            <li key={m.id}>
              <Sample meaning={m} /> <span>{m.label}</span> <span class="muted">({t.patterns[m.pattern]})</span>
            </li>
          ))}
        </ul>
        <h3>{t.yoursLabel}</h3>
        {user.value.length ? (
          <ul class="meaning-list" data-testid="user-meanings">
            {user.value.map((m) => (
              <li key={m.id}>
                <Sample meaning={m} /> <span>{m.label}</span>{' '}
                <span class="muted">
                  ({t.colours[m.colour] ?? m.colour}, {t.patterns[m.pattern]})
                </span>
                <button
                  type="button"
                  class="button small"
                  aria-label={t.removeMeaning(m.label)}
                  onClick={() => void removeMeaning(m)}
                >
                  {t.delete}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p class="muted">{t.noUserMeanings}</p>
        )}
        <form onSubmit={(e) => void add(e)} noValidate>
          <fieldset>
            <legend>{t.newMeaning}</legend>
            <div class="field">
              <label for="meaning-label">{t.label}</label>
              <input
                id="meaning-label"
                type="text"
                maxLength={60}
                autocomplete="off"
                value={label.value}
                aria-invalid={problem.value ? 'true' : undefined}
                aria-describedby={problem.value ? 'meaning-problem' : undefined}
                onInput={(e) => (label.value = e.currentTarget.value)}
              />
              {problem.value ? (
                <p id="meaning-problem" class="notice error">
                  {problem.value}
                </p>
              ) : null}
            </div>
            <fieldset>
              <legend>{t.colour}</legend>
              <div class="colour-choices">
                {CUSTOM_COLOURS.map((colour) => (
                  <label key={colour} class="check">
                    <input
                      type="radio"
                      name="meaning-colour"
                      value={colour}
                      checked={look.value.colour === colour}
                      onChange={() => (look.value = { ...look.value, colour })}
                    />
                    <Sample meaning={{ colour, pattern: 'solid' }} /> <span>{t.colours[colour] ?? colour}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <fieldset>
              <legend>{t.pattern}</legend>
              <div class="colour-choices">
                {UNDERLINE_PATTERNS.map((pattern) => (
                  <label key={pattern} class="check">
                    <input
                      type="radio"
                      name="meaning-pattern"
                      value={pattern}
                      checked={look.value.pattern === pattern}
                      onChange={() => (look.value = { ...look.value, pattern })}
                    />
                    <Sample meaning={{ colour: '#ffffff', pattern }} /> <span>{t.patterns[pattern]}</span>
                  </label>
                ))}
              </div>
            </fieldset>
            <p>
              <Sample meaning={look.value} /> <span>{label.value.trim() || t.newMeaning}</span>
            </p>
            <button type="submit" class="button">
              {t.add}
            </button>
          </fieldset>
        </form>
      </section>

      <section aria-labelledby="opt-sites">
        <h2 id="opt-sites" tabIndex={-1}>
          {t.sitesHeading}
        </h2>
        <p>{t.sitesIntro}</p>
        {sites.value?.length ? (
          <ul class="meaning-list" data-testid="granted-sites">
            {sites.value.map((site) => (
              <li key={site}>
                <span>{siteLabel(site)}</span>
                <button type="button" class="button small" onClick={() => void revoke(site)}>
                  {t.revoke(siteLabel(site))}
                </button>
              </li>
            ))}
          </ul>
        ) : sites.value ? (
          <p class="muted">{t.noSites}</p>
        ) : null}
        <LiveStatus id="highlight-options-status" message={status.value} />
      </section>
    </>
  );
}
