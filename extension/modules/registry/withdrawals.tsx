/**
 * The proofs of withdrawn data-keeping consents: the registry id and the consents'
 * dates of each person whose profile was erased at their request — shown so that the
 * coordinator can answer « when did I withdraw? », and deleted at the end of their
 * retention period.
 */
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { CONSENT_FIELDS } from '../../../shared/schemas/partner';
import { describeError } from '../ui/describe-error';
import { locale } from '../ui/locale';
import type { Say } from '../ui/say';
import { consentText } from '../workspace/registry-words';
import type { WorkspaceState } from '../workspace/workspace-state';
import { rm } from './messages';

export function WithdrawalsList({ workspace, say }: { workspace: WorkspaceState; say: Say }) {
  const R = rm.value;
  const confirming = useSignal<string | null>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const withdrawals = workspace.registry.value.withdrawals;
  useEffect(() => {
    if (confirming.value) confirmButton.current?.focus();
  }, [confirming.value]);
  if (!withdrawals.length) return null;

  const remove = async (id: string) => {
    try {
      await workspace.store.registry.deleteWithdrawal(id);
      confirming.value = null;
      say({ text: R.proofDeleted(id), tone: 'success' });
      queueMicrotask(() => document.getElementById('registry-withdrawals-heading')?.focus());
    } catch (error) {
      say({ text: describeError(error), tone: 'error' });
    }
  };

  return (
    <section class="panel" aria-labelledby="registry-withdrawals-heading">
      <h3 id="registry-withdrawals-heading" tabIndex={-1}>
        {R.withdrawalsHeading}
      </h3>
      <p class="hint">{R.withdrawalsIntro}</p>
      <ul class="plain-list" data-testid="registry-withdrawals">
        {withdrawals.map((w) => (
          <li key={w.id} class="row-item">
            <span>
              <strong>{R.withdrawal(w.id, R.date(w.withdrawnOn))}</strong>
              <span class="hint">
                {CONSENT_FIELDS.filter((f) => w.consents[f])
                  .map((f) => `${R.consentShort[f]}${locale.value === 'en' ? ':' : ' :'} ${consentText(w, f, locale.value)}`)
                  .join(' · ')}
              </span>
            </span>
            {confirming.value === w.id ? (
              <span class="notice error" role="alert">
                {R.deleteProofConfirm}{' '}
                <button type="button" class="button small danger" ref={confirmButton} onClick={() => void remove(w.id)}>
                  {R.deleteProofButton}
                </button>{' '}
                <button type="button" class="button small" onClick={() => (confirming.value = null)}>
                  {R.cancel}
                </button>
              </span>
            ) : (
              <button type="button" class="button small" onClick={() => (confirming.value = w.id)}>
                {R.deleteProof(w.id)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
