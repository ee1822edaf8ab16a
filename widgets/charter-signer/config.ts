/** Reading the signer's configuration attributes (`signatories`, `clauses`), by hand: the zod schemas load only with the verifier. */
import type { SignatoryRole } from '../../shared/schemas/charter';
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
