/**
 * The passphrase fields of the encrypted backup (shared/library/encrypted-backup.ts):
 * choosing one at export (with its confirmation and a strength estimate) and typing it
 * at import. The values stay in the inputs (read when the form is sent, cleared after):
 * no signal, no storage holds a passphrase. Each field has its label, its hint and its
 * error tied by aria-describedby; the strength estimate is part of the description, not
 * a live region (it would speak at every key).
 */
import type { Ref } from 'preact';
import { type NewPassphraseProblem, type PassphraseStrength, passphraseStrength } from '../../../shared/library/passphrase';
import { messages } from './locale';

export interface SealFieldsProps {
  readonly idPrefix: string;
  readonly passphrase: Ref<HTMLInputElement>;
  readonly confirmation: Ref<HTMLInputElement>;
  readonly strength: PassphraseStrength;
  readonly onStrength: (strength: PassphraseStrength) => void;
  /** The problem found when the form was sent, shown under the field it concerns. */
  readonly problem: NewPassphraseProblem | null;
  readonly disabled: boolean;
}

export function SealFields({ idPrefix, passphrase, confirmation, strength, onStrength, problem, disabled }: SealFieldsProps) {
  const t = messages.value.transfer;
  const id = (name: string) => `${idPrefix}-${name}`;
  const words = t.strength;
  const estimate = strength.level === 'short' ? words.short(strength.length) : words[strength.level];
  const onConfirm = problem === 'mismatch';
  const onMain = problem !== null && !onConfirm;
  const error = problem ? t.passphraseProblems[problem] : '';
  return (
    <>
      <div class="field">
        <label for={id('passphrase')}>
          {t.passphrase}
          <span class="hint" id={id('passphrase-hint')}>
            {t.passphraseHint}
          </span>
        </label>
        <input
          id={id('passphrase')}
          ref={passphrase}
          type="password"
          autocomplete="new-password"
          spellcheck={false}
          disabled={disabled}
          aria-invalid={onMain ? 'true' : undefined}
          aria-describedby={[id('passphrase-hint'), id('strength'), onMain ? id('passphrase-error') : '']
            .filter(Boolean)
            .join(' ')}
          onInput={(e) => onStrength(passphraseStrength(e.currentTarget.value))}
        />
        <p class={`hint strength strength-${strength.level}`} id={id('strength')} data-testid="passphrase-strength">
          {estimate}
        </p>
        {onMain ? (
          <p class="field-error" id={id('passphrase-error')}>
            {error}
          </p>
        ) : null}
      </div>
      <div class="field">
        <label for={id('confirm')}>{t.confirm}</label>
        <input
          id={id('confirm')}
          ref={confirmation}
          type="password"
          autocomplete="new-password"
          spellcheck={false}
          disabled={disabled}
          aria-invalid={onConfirm ? 'true' : undefined}
          aria-describedby={onConfirm ? id('confirm-error') : undefined}
        />
        {onConfirm ? (
          <p class="field-error" id={id('confirm-error')}>
            {error}
          </p>
        ) : null}
      </div>
    </>
  );
}

export interface OpenFieldProps {
  readonly idPrefix: string;
  readonly input: Ref<HTMLInputElement>;
  /** The last attempt failed on the passphrase: the field says so. */
  readonly invalid: boolean;
  readonly disabled: boolean;
}

export function OpenPassphraseField({ idPrefix, input, invalid, disabled }: OpenFieldProps) {
  const t = messages.value.transfer;
  const hint = `${idPrefix}-open-hint`;
  return (
    <div class="field">
      <label for={`${idPrefix}-open-passphrase`}>
        {t.openPassphrase}
        <span class="hint" id={hint}>
          {t.openHint}
        </span>
      </label>
      <input
        id={`${idPrefix}-open-passphrase`}
        ref={input}
        type="password"
        autocomplete="current-password"
        spellcheck={false}
        disabled={disabled}
        aria-invalid={invalid ? 'true' : undefined}
        aria-describedby={invalid ? `${hint} ${idPrefix}-status` : hint}
      />
    </div>
  );
}
