/**
 * The signer's form state, shared by the element and its lazily loaded parts (which import
 * only its types, so no part pulls the element's chunk in).
 */
import type { SignatoryRole } from '../../shared/schemas/charter';

export interface Draft {
  /** Index of the expected signatory who signs, or -1 for someone else. */
  who: number;
  name: string;
  role: SignatoryRole;
  organisation: string;
  mention: string;
  method: 'typed' | 'drawn';
  typedName: string;
}

export type Field = 'name' | 'mention' | 'typedName' | 'drawing';
export type Message = { kind: 'status' | 'alert'; text: string } | null;

/** A blank form; `method` survives a signature, so the next person starts on the same one. */
export const emptyDraft = (method: Draft['method'] = 'typed'): Draft => ({
  who: 0,
  name: '',
  role: 'patient_partenaire',
  organisation: '',
  mention: '',
  method,
  typedName: '',
});

/** Web Crypto's digest exists only in a secure context (HTTPS or localhost). */
export const hasWebCrypto = () => typeof globalThis.crypto?.subtle?.digest === 'function';
