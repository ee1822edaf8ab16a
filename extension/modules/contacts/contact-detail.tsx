/**
 * One saved contact: its card (`<pp-partner-card>`, fed the feed entry the page showed),
 * what it keeps (the short card, or details too — which can be dropped), its source
 * (page and date), the user's note, the agreement to be proposed for projects (recorded
 * here, dated; withdrawing keeps the date), its projects, and deletion.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { todayIso } from '../../../shared/checklist/evaluation';
import { contactDetailParts } from '../../../shared/contacts/keep';
import { contactEstablishment } from '../../../shared/contacts/profile';
import { isHttpUrl } from '../../../shared/schemas/common';
import type { SavedContact } from '../../../shared/schemas/contact';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { Say } from '../ui/say';
import { contactTitle } from '../workspace/contact-labels';
import { wm } from '../workspace/messages';
import { navigate } from '../workspace/sections';
import { WidgetsGate } from '../workspace/widgets-gate';
import type { WorkspaceState } from '../workspace/workspace-state';
import '../workspace/widget-jsx';

export interface ContactDetailProps {
  readonly workspace: WorkspaceState;
  readonly contact: SavedContact;
  readonly say: Say;
  readonly onClose: () => void;
  readonly onDeleted: () => void;
}

export function ContactDetail({ workspace, contact, say, onClose, onDeleted }: ContactDetailProps) {
  const m = wm.value;
  const C = m.contacts;
  const note = useSignal(contact.note);
  const agreed = useSignal(contact.matchingConsent?.granted ?? false);
  const agreedOn = useSignal(contact.matchingConsent?.date ?? todayIso());
  const confirming = useSignal(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const establishment = contactEstablishment(contact);
  const title = contactTitle(contact, locale.value);
  const projects = workspace.projects.value.filter((p) => p.partnerIds.includes(contact.id));
  const details = contactDetailParts(contact);
  const partNames = new Intl.ListFormat(locale.value, { type: 'conjunction' }).format(details.map((p) => m.found.parts[p]));

  useEffect(() => heading.current?.focus(), [contact.id]);
  useEffect(() => {
    if (confirming.value) confirmButton.current?.focus();
  }, [confirming.value]);

  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      say({ text: done, tone: 'success' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  const saveNote = (event: Event) => {
    event.preventDefault();
    void run(() => workspace.store.updateContact(contact.id, { note: note.value }), C.noteSaved);
  };

  const saveAgreement = (event: Event) => {
    event.preventDefault();
    const before = contact.matchingConsent?.granted ?? false;
    // A withdrawal is recorded with its own date, never by deleting the entry (as in the feeds).
    const date = agreed.value || !before ? agreedOn.value : todayIso();
    void run(
      () => workspace.store.updateContact(contact.id, { matchingConsent: { granted: agreed.value, date } }),
      agreed.value ? C.agreementSaved : C.agreementWithdrawn,
    );
  };

  const remove = () =>
    void (async () => {
      try {
        await workspace.store.deleteContact(contact.id);
        onDeleted();
      } catch (error) {
        say({ text: describeError(error), tone: 'error' });
      }
    })();

  const source = contact.source;
  return (
    <article class="contact-detail" aria-labelledby="contact-title">
      <p class="back">
        <button type="button" class="link-button" onClick={onClose}>
          {m.back}
        </button>
      </p>
      <h2 id="contact-title" tabIndex={-1} ref={heading}>
        {title}
      </h2>
      <WidgetsGate>
        {/* What the page showed, as it showed it (no photo: the extension requests nothing). */}
        <pp-partner-card
          key={contact.id}
          partner={contact.shown}
          {...(establishment ? { establishment } : {})}
          heading-level="3"
        />
      </WidgetsGate>
      {details.length ? (
        <div class="kept-details">
          <p class="hint" id="contact-details-kept">
            {C.detailsKept(partNames)} {C.dropDetailsHint}
          </p>
          <button
            type="button"
            class="button small"
            aria-describedby="contact-details-kept"
            onClick={() => void run(() => workspace.store.dropContactDetails(contact.id), C.detailsDropped)}
          >
            {C.dropDetails}
          </button>
        </div>
      ) : (
        <p class="hint">{C.compactNote}</p>
      )}

      <h3>{C.source}</h3>
      <p>
        {C.seenOn(source.pageTitle || source.pageUrl, m.date(source.seenAt))}
        {isHttpUrl(source.pageUrl) ? (
          <>
            {' — '}
            <a href={source.pageUrl} target="_blank" rel="noopener noreferrer">
              {C.openSource}
            </a>
          </>
        ) : null}
      </p>

      <form class="field" onSubmit={saveNote}>
        <label for="contact-note">{C.note}</label>
        <textarea id="contact-note" maxLength={5000} value={note.value} onInput={(e) => (note.value = e.currentTarget.value)} />
        <p class="actions">
          <button type="submit" class="button small">
            {C.saveNote}
          </button>
        </p>
      </form>

      <form onSubmit={saveAgreement}>
        <fieldset>
          <legend>{C.agreementLegend}</legend>
          <p class="hint" id="agreement-hint">
            {C.agreementHint}
          </p>
          <label class="check">
            <input
              type="checkbox"
              aria-describedby="agreement-hint"
              checked={agreed.value}
              onChange={(e) => (agreed.value = e.currentTarget.checked)}
            />
            <span>{C.agreement}</span>
          </label>
          <div class="field">
            <label for="agreement-date">{C.agreementDate}</label>
            <input
              id="agreement-date"
              type="date"
              max={todayIso()}
              value={agreedOn.value}
              onInput={(e) => (agreedOn.value = e.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button small">
            {C.agreementSave}
          </button>
        </fieldset>
      </form>

      <h3>{C.projects}</h3>
      {projects.length ? (
        <ul class="plain-list">
          {projects.map((p) => (
            <li key={p.id}>
              <a
                href={`?section=projects&id=${encodeURIComponent(p.id)}`}
                onClick={(event) => {
                  if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
                  event.preventDefault();
                  navigate({ section: 'projects', id: p.id });
                }}
              >
                {p.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">{C.noProject}</p>
      )}

      <div class="actions">
        <button
          type="button"
          class="button small danger"
          aria-expanded={confirming.value}
          onClick={() => (confirming.value = true)}
        >
          {m.delete}
        </button>
      </div>
      {confirming.value ? (
        <div class="notice error" role="alert">
          <p>{C.deleteConfirm}</p>
          <div class="actions">
            <button type="button" class="button danger primary" ref={confirmButton} onClick={remove}>
              {C.deleteButton}
            </button>
            <button type="button" class="button" onClick={() => (confirming.value = false)}>
              {m.cancel}
            </button>
          </div>
        </div>
      ) : null}
    </article>
  );
}
