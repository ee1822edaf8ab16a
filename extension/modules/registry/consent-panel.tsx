/**
 * One partner's consents, each in words with its date, and the means to record a
 * consent given or withdrawn — dated (today by default, editable: a form signed last
 * week is recorded with its own date). A withdrawal applies at once: the matching form
 * reads the registry again, and the next publication leaves the field (or the person)
 * out. Withdrawing the data-keeping consent erases the profile, after a confirmation
 * that says so; only the proof of the withdrawal is kept (registry-store.ts).
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { todayIso } from '../../../shared/checklist/evaluation';
import { CONSENT_FIELDS, type ConsentField } from '../../../shared/schemas/partner';
import type { RegistryPartnerRecord } from '../../../shared/schemas/workspace';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { Say } from '../ui/say';
import { consentText } from '../workspace/registry-words';
import type { WorkspaceState } from '../workspace/workspace-state';
import { rm } from './messages';

export interface ConsentPanelProps {
  readonly workspace: WorkspaceState;
  readonly record: RegistryPartnerRecord;
  readonly say: Say;
  /** The profile was erased (data-keeping consent withdrawn). */
  readonly onErased: () => void;
}

export function ConsentPanel({ workspace, record, say, onErased }: ConsentPanelProps) {
  const R = rm.value;
  const date = useSignal(todayIso());
  const confirmingErase = useSignal(false);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const { profile } = record;
  const sep = locale.value === 'en' ? ': ' : ' : ';
  useEffect(() => {
    if (confirmingErase.value) confirmButton.current?.focus();
  }, [confirmingErase.value]);

  const recordConsent = async (field: ConsentField, granted: boolean) => {
    const on = date.value;
    try {
      const outcome = await workspace.store.registry.recordConsent(record.id, field, { granted, date: on });
      if (outcome.kind === 'erased') {
        confirmingErase.value = false;
        say({ text: R.erased(record.id), tone: 'success' });
        onErased();
        return;
      }
      const what = R.consentShort[field];
      say({ text: granted ? R.consentGiven(what, R.date(on)) : R.consentWithdrawn(what, R.date(on)), tone: 'success' });
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  return (
    <section class="panel" aria-labelledby="registry-consents-heading">
      <h3 id="registry-consents-heading">{R.consentsHeading}</h3>
      <p class="hint">{R.consentsIntro}</p>
      <div class="field">
        <label for="registry-consent-date">{R.consentDate}</label>
        <input
          id="registry-consent-date"
          type="date"
          required
          max={todayIso()}
          value={date.value}
          onInput={(e) => (date.value = e.currentTarget.value)}
        />
      </div>
      <ul class="plain-list consent-list" data-testid="registry-consents">
        {CONSENT_FIELDS.map((field) => {
          const name = R.consentShort[field];
          return (
            <li key={field} class="row-item" data-consent={field}>
              <span>
                <strong>{name}</strong>
                {sep}
                <span data-testid={`consent-${field}`}>{consentText(profile, field, locale.value)}</span>
                <span class="hint">{R.consentHint[field]}</span>
              </span>
              <span class="actions tight">
                <button type="button" class="button small" onClick={() => void recordConsent(field, true)}>
                  <span class="visually-hidden">
                    {name}
                    {sep}
                  </span>
                  {R.giveShort}
                </button>
                <button
                  type="button"
                  class="button small"
                  aria-expanded={field === 'keepData' ? confirmingErase.value : undefined}
                  onClick={() => {
                    // Withdrawing the data-keeping consent erases the profile: confirmed first.
                    if (field === 'keepData') confirmingErase.value = true;
                    else void recordConsent(field, false);
                  }}
                >
                  <span class="visually-hidden">
                    {name}
                    {sep}
                  </span>
                  {R.withdrawShort}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {confirmingErase.value ? (
        <div class="notice error" role="alert">
          <p>{R.keepDataConfirm}</p>
          <div class="actions">
            <button
              type="button"
              class="button danger primary"
              ref={confirmButton}
              onClick={() => void recordConsent('keepData', false)}
            >
              {R.keepDataButton}
            </button>
            <button type="button" class="button" onClick={() => (confirmingErase.value = false)}>
              {R.cancel}
            </button>
          </div>
        </div>
      ) : null}
    </section>
  );
}
