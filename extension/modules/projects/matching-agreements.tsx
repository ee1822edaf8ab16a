/**
 * The contacts matching cannot rank yet, because no agreement is recorded for them, with a
 * way to record it from here: one tick per person who agreed, one date, one button — instead
 * of opening each contact card (three clicks each, in another section) and coming back.
 *
 * Only contacts with no answer at all are offered: a withdrawn agreement is changed on the
 * contact's own card, where its date of withdrawal is shown, never re-ticked in a list.
 */
import { useSignal } from '@preact/signals';
import { todayIso } from '../../../shared/checklist/evaluation';
import type { SavedContact } from '../../../shared/schemas/contact';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { Say } from '../ui/say';
import { contactFacts, contactTitle } from '../workspace/contact-labels';
import { wm } from '../workspace/messages';
import type { WorkspaceState } from '../workspace/workspace-state';

export function MatchingAgreements({
  workspace,
  contacts,
  idPrefix,
  say,
}: {
  workspace: WorkspaceState;
  contacts: readonly SavedContact[];
  idPrefix: string;
  say: Say;
}) {
  const M = wm.value.matching;
  const waiting = contacts.filter((c) => c.matchingConsent === undefined);
  const ticked = useSignal<ReadonlySet<string>>(new Set());
  const date = useSignal(todayIso());
  const busy = useSignal(false);
  if (!waiting.length) return null;

  const chosen = waiting.filter((c) => ticked.value.has(c.id));
  const save = async (event: Event) => {
    event.preventDefault();
    if (!chosen.length) {
      say({ text: M.agreementsNone, tone: 'error' });
      return;
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.value)) {
      say({ text: M.agreementsDate, tone: 'error' });
      return;
    }
    busy.value = true;
    try {
      const saved = await workspace.store.recordMatchingAgreements(
        chosen.map((c) => c.id),
        date.value,
      );
      ticked.value = new Set();
      say({ text: M.agreementsSaved(saved), tone: 'success' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    } finally {
      busy.value = false;
    }
  };

  const hint = `${idPrefix}-agreements-hint`;
  return (
    <details class="matching-agreements" data-testid="matching-agreements">
      <summary>{M.agreementsSummary(waiting.length)}</summary>
      <form onSubmit={(e) => void save(e)} aria-describedby={hint}>
        <p class="hint" id={hint}>
          {M.agreementsHint}
        </p>
        <fieldset>
          <legend>{M.agreementsLegend}</legend>
          <ul class="plain-list">
            {waiting.map((contact) => (
              <li key={contact.id}>
                <label class="check">
                  <input
                    type="checkbox"
                    checked={ticked.value.has(contact.id)}
                    onChange={(e) => {
                      const next = new Set(ticked.value);
                      if (e.currentTarget.checked) next.add(contact.id);
                      else next.delete(contact.id);
                      ticked.value = next;
                    }}
                  />
                  <span>
                    {contactTitle(contact, locale.value)}
                    <span class="hint">{contactFacts(contact, locale.value)}</span>
                  </span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div class="field">
          <label for={`${idPrefix}-agreements-date`}>{M.agreementsDateLabel}</label>
          <input
            id={`${idPrefix}-agreements-date`}
            type="date"
            required
            value={date.value}
            onInput={(e) => (date.value = e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button small" disabled={busy.value}>
          {M.agreementsSave(chosen.length)}
        </button>
      </form>
    </details>
  );
}
