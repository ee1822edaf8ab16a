/**
 * The « Registre des partenaires » section of the library: the establishment's private
 * registry of patient partners (registry-store.ts) — import, the partners with their
 * consents at a glance, one partner's profile and consents, the publish report and the
 * public feed to download. Beside Projects and Contacts, same layout: a list, and the
 * detail of the one opened (`?section=registry&id=<registry id>`).
 */
import { useSignal } from '@preact/signals';
import { CONSENT_FIELDS, isMatchable } from '../../../shared/schemas/partner';
import { normalizeText } from '../../../shared/text/normalize';
import type { Platform } from '../platform/platform';
import { LiveStatus, type StatusMessage } from '../ui/live-status';
import { locale } from '../ui/locale';
import { consentWord, publishLine, registryName, registryTitle } from '../workspace/registry-words';
import { navigate, route } from '../workspace/sections';
import type { WorkspaceState } from '../workspace/workspace-state';
import { rm } from './messages';
import { PartnerDetail } from './partner-detail';
import { PartnerEditor } from './partner-editor';
import { EstablishmentPanel, ImportPanel, PublishPanel } from './registry-tools';
import { WithdrawalsList } from './withdrawals';
import '../workspace/workspace.css';
import './registry.css';

export interface RegistryViewProps {
  readonly workspace: WorkspaceState;
  readonly platform: Platform;
}

export function RegistryView({ workspace, platform }: RegistryViewProps) {
  const R = rm.value;
  const query = useSignal('');
  const creating = useSignal(false);
  const status = useSignal<StatusMessage | null>(null);
  const say = (message: StatusMessage | null) => (status.value = message);
  const data = workspace.registry.value;
  const id = route.value.id;
  const record = id ? data.partners.find((r) => r.id === id) : undefined;
  const detailOpen = Boolean(record) || creating.value;
  const words = normalizeText(query.value).split(' ').filter(Boolean);
  const searchable = (text: string) => normalizeText(text);
  const shown = words.length
    ? data.partners.filter((r) => {
        const text = searchable(
          `${registryName(r.profile)} ${r.id} ${r.profile.name?.given ?? ''} ${r.profile.name?.family ?? ''}`,
        );
        return words.every((w) => text.includes(w));
      })
    : data.partners;
  const closeDetail = (focusId?: string) => {
    creating.value = false;
    navigate({ section: 'registry', id: null });
    queueMicrotask(() => document.getElementById(focusId ?? 'registry-heading')?.focus());
  };

  return (
    <section class="workspace registry" aria-labelledby="registry-heading">
      <h2 id="registry-heading" tabIndex={-1} class={detailOpen ? 'visually-hidden' : undefined}>
        {R.heading}
      </h2>
      <p class="muted">{R.privacy}</p>
      <div class={`workspace-body${detailOpen ? '' : ' no-detail'}`}>
        <div class={`workspace-list${detailOpen ? ' secondary' : ''}`}>
          {!workspace.ready.value ? <p>{R.loading}</p> : null}
          {workspace.ready.value && !detailOpen ? (
            <>
              <ImportPanel workspace={workspace} say={say} />
              <EstablishmentPanel workspace={workspace} say={say} />
              <PublishPanel workspace={workspace} platform={platform} say={say} />
            </>
          ) : null}
          <h3 id="registry-partners-heading">{R.count(data.partners.length)}</h3>
          {workspace.ready.value && data.partners.length === 0 ? <p>{R.empty}</p> : null}
          {data.partners.length ? (
            <div class="field">
              <label for="registry-search">{R.search}</label>
              <input
                id="registry-search"
                type="search"
                autocomplete="off"
                value={query.value}
                onInput={(e) => (query.value = e.currentTarget.value)}
              />
            </div>
          ) : null}
          {data.partners.length && shown.length === 0 ? <p>{R.noResults}</p> : null}
          {data.info ? (
            <p class="actions tight">
              <button
                type="button"
                class="button small"
                onClick={() => {
                  navigate({ section: 'registry', id: null });
                  creating.value = true;
                }}
              >
                {R.newPartner}
              </button>
            </p>
          ) : null}
          <ul class="results registry-list" aria-labelledby="registry-partners-heading" data-testid="registry-partners">
            {shown.map((r) => {
              const { published } = publishLine(r.profile, locale.value);
              return (
                <li key={r.id}>
                  <h4 class="result-title">
                    <a
                      id={`registry-${r.id}`}
                      href={`?section=registry&id=${encodeURIComponent(r.id)}`}
                      aria-current={r.id === id ? 'page' : undefined}
                      onClick={(event) => {
                        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                        event.preventDefault();
                        creating.value = false;
                        navigate({ section: 'registry', id: r.id });
                      }}
                    >
                      {registryTitle(r.profile)}
                    </a>
                  </h4>
                  <p class="result-meta">
                    {published ? `✓ ${R.published_}` : `✗ ${R.notPublished}`}
                    {' · '}
                    {isMatchable(r.profile) ? R.proposable : R.notProposable}
                  </p>
                  <span class="visually-hidden">{R.consentsGlance}</span>
                  <dl class="consent-glance">
                    {CONSENT_FIELDS.map((field) => (
                      <div key={field}>
                        <dt>{R.consentShort[field]}</dt>
                        <dd>{consentWord(r.profile, field, locale.value)}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              );
            })}
          </ul>
          {!detailOpen ? <WithdrawalsList workspace={workspace} say={say} /> : null}
        </div>
        {detailOpen ? (
          <div class="workspace-detail">
            {record ? (
              <PartnerDetail
                key={record.id}
                workspace={workspace}
                record={record}
                say={say}
                onClose={() => closeDetail(`registry-${record.id}`)}
                onGone={() => closeDetail()}
              />
            ) : (
              <PartnerEditor
                workspace={workspace}
                say={say}
                onDone={(created) => {
                  creating.value = false;
                  if (created) navigate({ section: 'registry', id: created });
                  else closeDetail();
                }}
              />
            )}
          </div>
        ) : null}
      </div>
      <LiveStatus id="registry-status" message={status.value} />
    </section>
  );
}
