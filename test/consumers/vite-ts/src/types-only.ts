// Type imports from every entry point, checked under moduleResolution bundler, node16 and nodenext.

import type { PpPartnerCard as FromIndex } from 'binome/widgets';
import type { CharterRecord, CharterSignedDetail, PpCharterSigner } from 'binome/widgets/charter-signer';
import type { ChecklistEvaluation, PpChecklist } from 'binome/widgets/checklist';
import type { MatchingSearchDetail, PpMatchingForm, ProjectNeed } from 'binome/widgets/matching-form';
import type { PartnerCardLoadDetail, PpPartnerCard, PublicFeed } from 'binome/widgets/partner-card';
import type { PartnerListLoadDetail, PpPartnerList } from 'binome/widgets/partner-list';
import type { PpPartnershipSummary } from 'binome/widgets/partnership-summary';

export type Elements = [
  PpCharterSigner,
  PpChecklist,
  PpMatchingForm,
  PpPartnerCard,
  PpPartnerList,
  PpPartnershipSummary,
  FromIndex,
];
export type Data = [CharterRecord, ChecklistEvaluation, ProjectNeed, PublicFeed];
export type Details = [CharterSignedDetail, MatchingSearchDetail, PartnerCardLoadDetail, PartnerListLoadDetail];

export const shown = (detail: PartnerCardLoadDetail): boolean => detail.shown;
// @ts-expect-error — `shown` is a boolean.
export const wrong = (detail: PartnerCardLoadDetail): string => detail.shown;
