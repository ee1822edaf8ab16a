/**
 * Preact JSX typing of the widget elements the extension renders. Properties are set as
 * DOM properties (Preact does so when the element defines them: the elements are always
 * defined before these are rendered, see widgets.ts); `on<event>` props listen to the
 * widgets' `pp-*` events.
 */
import type { HTMLAttributes } from 'preact';
import type { CharterVerification } from '../../../shared/charter/verify';
import type { CharterRecord, Signature } from '../../../shared/schemas/charter';
import type { ChecklistEvaluation } from '../../../shared/schemas/checklist';
import type { PartnerProfileInput } from '../../../shared/schemas/partner';
import type { ProjectNeed } from '../../../shared/schemas/project';
import type { PublicPartnerEntry } from '../../../shared/schemas/public-feed';
import type { Establishment, PartnerRegistry } from '../../../shared/schemas/registry';
import type { PpCharterSigner } from '../../../widgets/charter-signer/charter-signer';
import type { CharterStore } from '../../../widgets/charter-signer/storage';
import type { ChecklistStore, PpChecklist } from '../../../widgets/checklist/checklist';
import type { PpMatchingForm } from '../../../widgets/matching-form/matching-form';
import type { PpPartnerCard } from '../../../widgets/partner-card/partner-card';

type Handler<T> = (event: CustomEvent<T>) => void;

export interface ChecklistJsx extends HTMLAttributes<PpChecklist> {
  'storage-key'?: string;
  'project-title'?: string;
  'heading-level'?: number | string;
  readonly?: boolean;
  store?: ChecklistStore;
  'onpp-change'?: Handler<ChecklistEvaluation>;
  'onpp-complete'?: Handler<ChecklistEvaluation>;
}

export interface CharterSignerJsx extends HTMLAttributes<PpCharterSigner> {
  project?: string;
  mode?: 'sign' | 'verify';
  'storage-key'?: string;
  'charter-lang'?: 'fr' | 'en';
  store?: CharterStore;
  'onpp-signed'?: Handler<{ record: CharterRecord; signature: Signature }>;
  'onpp-complete'?: Handler<{ record: CharterRecord }>;
  'onpp-verified'?: Handler<CharterVerification>;
}

export interface MatchingFormJsx extends HTMLAttributes<PpMatchingForm> {
  mode?: 'need' | 'candidate';
  'heading-level'?: number | string;
  partners?: readonly PartnerProfileInput[];
  establishment?: Establishment;
  /** The establishment's private registry (need mode): its partners with the matching consent are ranked. */
  registry?: PartnerRegistry;
  'onpp-search'?: Handler<{ need: ProjectNeed; ranked: number; excluded: number; notConsidered: number }>;
  'onpp-select'?: Handler<{ ids: string[]; need: ProjectNeed; warnings: string[] }>;
  'onpp-error'?: Handler<{ kind: string; message: string }>;
}

export interface PartnerCardJsx extends HTMLAttributes<PpPartnerCard> {
  /** A public feed entry (what a page showed, saved as a contact). */
  partner?: PublicPartnerEntry | Omit<PublicPartnerEntry, 'photo'>;
  establishment?: Establishment;
  variant?: 'full' | 'compact';
  'heading-level'?: number | string;
}

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'pp-checklist': ChecklistJsx;
      'pp-charter-signer': CharterSignerJsx;
      'pp-matching-form': MatchingFormJsx;
      'pp-partner-card': PartnerCardJsx;
    }
  }
}
