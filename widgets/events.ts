/**
 * The `detail` of every `pp-*` event, and the events themselves in `HTMLElementEventMap`, so that
 * `el.addEventListener('pp-load', (e) => e.detail…)` is typed in a host's code. Types only: nothing
 * of this file reaches a bundle. The names are those of the `@fires {Detail} pp-…` JSDoc tags, from
 * which the Custom Elements Manifest and the JSX/Vue typings are generated; test/unit/widget-api
 * checks that this map and the manifest agree.
 *
 * Two elements may fire the same event name with different details (`pp-load` from the card and
 * the directory): the map is global, so such an event carries the union; each element's own detail
 * type is exported from its entry point for a host that listens on one element.
 */
import type { CharterVerification } from '../shared/charter/verify';
import type { PartnerCriteria } from '../shared/partners/search';
import type { CharterRecord, Signature } from '../shared/schemas/charter';
import type { ChecklistEvaluation } from '../shared/schemas/checklist';
import type { PartnerProfile } from '../shared/schemas/partner';
import type { ProjectNeed } from '../shared/schemas/project';
import type { PartnerCardErrorDetail, PartnerCardLoadDetail } from './partner-card/partner-card.js';
import type { PartnerListLoadDetail } from './partner-list/partner-list.js';
import type { PartnershipSummaryErrorDetail, PartnershipSummaryLoadDetail } from './partnership-summary/partnership-summary.js';

export type {
  PartnerCardErrorDetail,
  PartnerCardLoadDetail,
  PartnerListLoadDetail,
  PartnershipSummaryErrorDetail,
  PartnershipSummaryLoadDetail,
};

/** `pp-error` of `<pp-partner-list>`: no feed could be shown; the same message as in the directory. */
export interface PartnerListErrorDetail {
  readonly message: string;
}

/** `pp-filter` of `<pp-partner-list>`: the filters as they now are, and how many partners match. */
export interface PartnerListFilterDetail {
  readonly criteria: PartnerCriteria;
  readonly count: number;
}

/** `pp-change` and `pp-complete` of `<pp-checklist>`: the evaluation as it now is. */
export type ChecklistEventDetail = ChecklistEvaluation;

/** `pp-signed` of `<pp-charter-signer>`: the record with the signature just added. */
export interface CharterSignedDetail {
  readonly record: CharterRecord;
  readonly signature: Signature;
}

/** `pp-complete` of `<pp-charter-signer>`: every expected signatory has signed. */
export interface CharterCompleteDetail {
  readonly record: CharterRecord;
}

/** `pp-verified` of `<pp-charter-signer>` (verify mode): the verification report. */
export type CharterVerifiedDetail = CharterVerification;

/** `pp-search` of `<pp-matching-form>` (need mode): the need searched and how many profiles were ranked, excluded or not considered. */
export interface MatchingSearchDetail {
  readonly need: ProjectNeed;
  readonly ranked: number;
  readonly excluded: number;
  readonly notConsidered: number;
}

/** `pp-select` of `<pp-matching-form>` (need mode): the ids the project owner proposes, with the warnings shown to them. */
export interface MatchingSelectDetail {
  readonly ids: string[];
  readonly need: ProjectNeed;
  readonly warnings: string[];
}

/** `pp-submit` of `<pp-matching-form>` (candidate mode, cancelable): a valid candidacy, before it is sent. */
export interface MatchingSubmitDetail {
  readonly profile: PartnerProfile;
}

/** `pp-sent` of `<pp-matching-form>` (candidate mode): the candidacy was accepted by `action`. */
export interface MatchingSentDetail {
  readonly profile: PartnerProfile;
  readonly status: number;
}

/** `pp-error` of `<pp-matching-form>`: a registry could not be read, or a candidacy not sent. */
export interface MatchingErrorDetail {
  readonly kind: 'registry' | 'send';
  readonly message: string;
}

declare global {
  interface HTMLElementEventMap {
    'pp-load': CustomEvent<PartnerCardLoadDetail | PartnerListLoadDetail | PartnershipSummaryLoadDetail>;
    'pp-error': CustomEvent<
      PartnerCardErrorDetail | PartnerListErrorDetail | MatchingErrorDetail | PartnershipSummaryErrorDetail
    >;
    'pp-filter': CustomEvent<PartnerListFilterDetail>;
    'pp-change': CustomEvent<ChecklistEventDetail>;
    'pp-complete': CustomEvent<ChecklistEventDetail | CharterCompleteDetail>;
    'pp-signed': CustomEvent<CharterSignedDetail>;
    'pp-verified': CustomEvent<CharterVerifiedDetail>;
    'pp-search': CustomEvent<MatchingSearchDetail>;
    'pp-select': CustomEvent<MatchingSelectDetail>;
    'pp-submit': CustomEvent<MatchingSubmitDetail>;
    'pp-sent': CustomEvent<MatchingSentDetail>;
  }
}
