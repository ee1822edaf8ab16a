import { defineElement } from '../internal/define.js';
import { PpCharterSigner } from './charter-signer.js';

export type { CharterCompletion } from '../../shared/charter/completion';
export type { CharterVerification, SignatureCheck } from '../../shared/charter/verify';
export type { CharterRecord, Signatory, Signature } from '../../shared/schemas/charter';
// The typed pp-* events (HTMLElementEventMap) and their details.
export type { CharterCompleteDetail, CharterSignedDetail, CharterVerifiedDetail } from '../events.js';
export { PpCharterSigner } from './charter-signer.js';
export { type CharterStore, localStorageCharterStore } from './storage.js';

/** Build, sign, hash and verify records without the element; the code is fetched on the first call. */
export const loadCharterTools = () => import('./tools.js');

defineElement('pp-charter-signer', PpCharterSigner);

declare global {
  interface HTMLElementTagNameMap {
    'pp-charter-signer': PpCharterSigner;
  }
}
