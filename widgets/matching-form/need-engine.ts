/**
 * What `mode="need"` loads when the owner first searches (or types something
 * the HAS notices speak about): the need's mapping from the form, the ranking
 * engine and its explanations, and the results view with its words and
 * styles. The form itself — what a project owner's page shows first — does
 * not need any of it.
 */
export { explainNotice } from '../../shared/matching/messages';
export { needFromFields } from '../../shared/matching/need-form';
export { needNotices, rankPartners, selectionWarnings } from '../../shared/matching/rank';
export { renderErrorSummary } from './error-summary';
export { renderOutcome } from './need-results';
export { adoptResultsStyles } from './results-styles';

export type NeedEngine = typeof import('./need-engine');
