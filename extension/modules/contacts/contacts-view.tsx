/**
 * The Contacts section of the library: patients partenaires saved from hospital pages.
 * Each one is shown with `<pp-partner-card>` — the element those pages embed — from the
 * public data its card showed (shared/contacts/profile.ts), with where and when it was
 * read, the user's note, the agreement to be proposed for projects, and the projects it
 * is a partner of.
 */
import { useSignal } from '@preact/signals';
import type { SavedContact } from '../../../shared/schemas/contact';
import { normalizeText } from '../../../shared/text/normalize';
import { LiveStatus, type StatusMessage } from '../ui/live-status';
import { locale } from '../ui/locale';
import { contactFacts, contactTitle } from '../workspace/contact-labels';
import { wm } from '../workspace/messages';
import { navigate, route } from '../workspace/sections';
import type { WorkspaceState } from '../workspace/workspace-state';
import { ContactDetail } from './contact-detail';
import '../workspace/workspace.css';

function searchable(contact: SavedContact): string {
  const { shown, source } = contact;
  return normalizeText(
    [
      contactTitle(contact, locale.value),
      contactFacts(contact, locale.value),
      ...shown.domains.map((d) => d[locale.value]),
      ...(shown.experience?.themes.map((t) => (locale.value === 'en' ? (t.en ?? t.fr) : t.fr)) ?? []),
      source.pageTitle ?? '',
      contact.note,
    ].join(' '),
  );
}

export function ContactsView({ workspace }: { workspace: WorkspaceState }) {
  const m = wm.value;
  const C = m.contacts;
  const query = useSignal('');
  const status = useSignal<StatusMessage | null>(null);
  const say = (message: StatusMessage | null) => (status.value = message);
  const id = route.value.id;
  const contact = workspace.contact(id);
  const contacts = workspace.contacts.value;

  const words = normalizeText(query.value).split(' ').filter(Boolean);
  const shown = words.length ? contacts.filter((c) => words.every((w) => searchable(c).includes(w))) : contacts;
  const showList = !contact;
  return (
    <section class="workspace" aria-labelledby="contacts-heading">
      <h2 id="contacts-heading" class={showList ? undefined : 'visually-hidden'}>
        {C.heading}
      </h2>
      <p class="muted">{C.privacy}</p>
      <div class={`workspace-body${showList ? ' no-detail' : ''}`}>
        <div class={`workspace-list${showList ? '' : ' secondary'}`}>
          {contacts.length ? (
            <div class="field">
              <label for="contacts-search">{C.search}</label>
              <input
                id="contacts-search"
                type="search"
                autocomplete="off"
                value={query.value}
                onInput={(e) => (query.value = e.currentTarget.value)}
              />
            </div>
          ) : null}
          <p class="muted" role="status" data-testid="contacts-count">
            {workspace.ready.value ? C.count(shown.length) : ''}
          </p>
          {workspace.ready.value && contacts.length === 0 ? <p>{C.empty}</p> : null}
          {contacts.length && shown.length === 0 ? <p>{C.noResults}</p> : null}
          <ul class="results" aria-labelledby="contacts-heading">
            {shown.map((c) => (
              <li key={c.id}>
                <h3 class="result-title">
                  <a
                    id={`contact-${c.id}`}
                    href={`?section=contacts&id=${encodeURIComponent(c.id)}`}
                    aria-current={c.id === id ? 'page' : undefined}
                    onClick={(event) => {
                      if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                      event.preventDefault();
                      navigate({ section: 'contacts', id: c.id });
                    }}
                  >
                    {contactTitle(c, locale.value)}
                  </a>
                </h3>
                <p class="result-meta">
                  {contactFacts(c, locale.value)}
                  {c.matchingConsent?.granted ? ` · ✓ ${C.agreedMark}` : ''}
                </p>
              </li>
            ))}
          </ul>
        </div>
        {contact ? (
          <div class="workspace-detail">
            <ContactDetail
              key={contact.id}
              workspace={workspace}
              contact={contact}
              say={say}
              onClose={() => {
                navigate({ section: 'contacts', id: null });
                queueMicrotask(() => document.getElementById(`contact-${contact.id}`)?.focus());
              }}
              onDeleted={() => {
                say({ text: C.deleted, tone: 'success' });
                navigate({ section: 'contacts', id: null });
              }}
            />
          </div>
        ) : null}
      </div>
      <LiveStatus id="contacts-status" message={status.value} />
    </section>
  );
}
