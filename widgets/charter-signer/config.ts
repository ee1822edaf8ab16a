/** Reading the signer's configuration attributes (`signatories`, `clauses`, `charter-text`), by hand: the zod schemas load only with the verifier. */
import type { Signatory, SignatoryRole } from '../../shared/schemas/charter';
import { warn } from '../internal/warn';
import type { ConfigProblem } from './config-words';
import { ROLE_IDS } from './messages';

/** JSON attributes: unreadable JSON is kept as the raw string, so the element can say what is wrong. */
export function parseJsonAttribute(value: string | null): unknown {
  try {
    return value === null ? undefined : (JSON.parse(value) as unknown);
  } catch {
    return value;
  }
}

/** Why a `signatories` value is unusable, or null (checked by hand: the zod schemas load only with the verifier). */
export function signatoriesProblem(value: unknown): ConfigProblem | null {
  if (!Array.isArray(value)) return { field: 'signatories', code: 'not_list' };
  for (const [index, s] of value.entries()) {
    const { name, role, organisation } = (s ?? {}) as Record<string, unknown>;
    const code =
      typeof name !== 'string' || !name.trim() || name.length > 200
        ? 'name'
        : !ROLE_IDS.includes(role as SignatoryRole)
          ? 'role'
          : organisation !== undefined && (typeof organisation !== 'string' || organisation.length > 300)
            ? 'organisation'
            : null;
    if (code) return { field: 'signatories', code, index };
  }
  return null;
}

/** The element's configuration as read: expected signatories, clauses, the establishment's text, what was ignored. */
export interface ConfigHost extends Element {
  readonly signatories: unknown;
  readonly clauses: unknown;
  readonly charterText: unknown;
  _expected: Signatory[];
  _clauses: string[];
  /** The establishment's paragraphs (`charter-text`), or undefined for the HAS model. */
  _text: string[] | undefined;
  _problems: ConfigProblem[];
}

/**
 * Reads `signatories`, `clauses` and `charter-text` into the element; what is unusable is
 * ignored with a warning and listed in `_problems`. `adapted` is the charter-text reader,
 * once loaded (until then the text waits for it).
 */
export function readConfig(el: ConfigHost, adapted: typeof import('../../shared/charter/adapted') | undefined): void {
  const problems: ConfigProblem[] = [];
  const ignored = (problem: ConfigProblem, value: unknown) => {
    problems.push(problem);
    warn(el, `${problem.field} ignoré`, problem, value);
  };
  el._expected = [];
  if (el.signatories != null) {
    const problem = signatoriesProblem(el.signatories);
    if (problem) ignored(problem, el.signatories);
    else {
      el._expected = (el.signatories as Signatory[]).map(({ name, role, organisation }) => ({
        name: name.trim(),
        role,
        ...(organisation?.trim() ? { organisation: organisation.trim() } : {}),
      }));
    }
  }
  el._clauses = [];
  if (el.clauses != null) {
    if (Array.isArray(el.clauses) && el.clauses.every((c) => typeof c === 'string' && c.length <= 20_000)) {
      el._clauses = (el.clauses as string[]).map((c) => c.trim()).filter(Boolean);
    } else ignored({ field: 'clauses' }, el.clauses);
  }
  el._text = undefined;
  if (el.charterText != null && adapted) {
    const read = adapted.readAdaptedText(el.charterText);
    if ('problem' in read) ignored({ field: 'text', code: read.problem }, el.charterText);
    else el._text = read.paragraphs;
  }
  el._problems = problems;
}
