/**
 * Everything that reads checklist data from outside — a `value` or `history` set by the
 * host page, what storage gives back, an imported file — goes through the shared zod
 * schema here, with a readable fr/en message on failure. The widget loads this module
 * on demand: zod is as heavy as the whole widget, and the first render needs none of it.
 */

import { z } from 'zod/mini';
import type { Locale } from '../i18n/locale';
import { type ParseResult, safeParseWithMessage } from '../i18n/validation';
import {
  type ChecklistEvaluation,
  ChecklistEvaluationSchema,
  ChecklistHistorySchema,
  type ExtraCriterion,
  ExtraCriterionSchema,
} from '../schemas/checklist';
import { byDate, type ChecklistState } from './evaluation';

const fail = (message: string): ParseResult<never> => ({ ok: false, message, issues: [] });
const isObject = (x: unknown): x is Record<string, unknown> => x !== null && typeof x === 'object' && !Array.isArray(x);

export function parseEvaluation(input: unknown, locale: Locale): ParseResult<ChecklistEvaluation> {
  return safeParseWithMessage(ChecklistEvaluationSchema, input, locale);
}

/** Like parseEvaluation, but a sheet whose project title is still empty is accepted as a draft. */
export function parseDraft(input: unknown, locale: Locale): ParseResult<ChecklistEvaluation> {
  if (!isObject(input) || typeof input.projectTitle !== 'string' || input.projectTitle.trim())
    return parseEvaluation(input, locale);
  const result = parseEvaluation({ ...input, projectTitle: '-' }, locale);
  return result.ok ? { ok: true, data: { ...result.data, projectTitle: '' } } : result;
}

/** A list of evaluations of one project, returned oldest first; ids must be unique. */
export function parseEvaluations(input: unknown, locale: Locale): ParseResult<ChecklistEvaluation[]> {
  const sortable = Array.isArray(input) && input.every((e) => isObject(e) && typeof e.date === 'string');
  const result = safeParseWithMessage(
    ChecklistHistorySchema,
    { projectTitle: '-', evaluations: sortable ? byDate(input) : input },
    locale,
  );
  return result.ok ? { ok: true, data: result.data.evaluations } : result;
}

const ExtraCriteriaSchema = z
  .array(ExtraCriterionSchema)
  .check(z.refine((list) => new Set(list.map((c) => c.id)).size === list.length, { params: { code: 'duplicate_id' } }));

/** The establishment's own criteria given by the host page (`extraCriteria`). */
export function parseExtraCriteria(input: unknown, locale: Locale): ParseResult<ExtraCriterion[]> {
  return safeParseWithMessage(ExtraCriteriaSchema, input, locale);
}

export function parseStored(input: unknown, locale: Locale): ParseResult<ChecklistState> {
  if (!isObject(input) || input.schemaVersion !== 1)
    return fail(locale === 'en' ? 'Unknown storage format' : 'Format d’enregistrement inconnu');
  const current = parseDraft(input.current, locale);
  if (!current.ok) return current;
  const history = parseEvaluations(input.history, locale);
  if (!history.ok) return history;
  return { ok: true, data: { current: current.data, history: history.data } };
}

/**
 * Reads an imported file's text: an export of this widget (a ChecklistHistory) or a single
 * evaluation. Returns the evaluations, or a message saying why nothing was imported.
 */
export function parseImport(text: string, locale: Locale): ParseResult<ChecklistEvaluation[]> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail(locale === 'en' ? 'The file is not valid JSON' : 'Le fichier n’est pas un JSON valide');
  }
  if (isObject(data) && Array.isArray(data.evaluations)) {
    if (data.evaluations.length === 0)
      return fail(locale === 'en' ? 'The file holds no evaluation' : 'Le fichier ne contient aucune évaluation');
    return parseEvaluations(data.evaluations, locale);
  }
  if (isObject(data) && 'answers' in data) {
    const result = parseEvaluation(data, locale);
    return result.ok ? { ok: true, data: [result.data] } : result;
  }
  return fail(
    locale === 'en' ? 'This file is not a partnership checklist' : 'Ce fichier n’est pas une check-list du partenariat',
  );
}
