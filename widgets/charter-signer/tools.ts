/**
 * Record tools for hosts that handle charter records without the element (the extension,
 * a back office): build, sign, verify, hash. Loaded on demand through `loadCharterTools()`.
 */
export { canonicalJson } from '../../shared/charter/canonical';
export { charterCompletion } from '../../shared/charter/completion';
export { hashCanonical, sha256Hex } from '../../shared/charter/digest';
export { appendCharterEvent, createCharterRecord, signCharterRecord } from '../../shared/charter/record';
export { verifyCharterRecord } from '../../shared/charter/verify';
