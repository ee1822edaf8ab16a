import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { loadValidationMessages, safeParseIssues } from '../../../../shared/i18n/parse';
import { formatValidationError, safeParseWithMessage } from '../../../../shared/i18n/validation';

const Schema = z.object({ name: z.string(), age: z.optional(z.int()) });

describe('validation in two steps (issues now, words on demand)', () => {
  it('keeps the data of valid input and the raw issues of invalid input', () => {
    expect(safeParseIssues(Schema, { name: 'A' })).toEqual({ ok: true, data: { name: 'A' } });
    const failed = safeParseIssues(Schema, { age: 'x' });
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.issues.length).toBeGreaterThan(0);
    expect(failed.input).toEqual({ age: 'x' });
  });

  it('words the issues exactly as the one-step form does, once the messages are loaded', async () => {
    const format = await loadValidationMessages();
    expect(format).toBe(formatValidationError);
    for (const input of [{ age: 'x' }, 42, null, { name: 3, age: 1.5 }]) {
      for (const locale of ['fr', 'en'] as const) {
        const failed = safeParseIssues(Schema, input);
        const one = safeParseWithMessage(Schema, input, locale);
        expect(failed.ok).toBe(false);
        expect(one.ok).toBe(false);
        if (failed.ok || one.ok) continue;
        expect(format(failed.issues, locale, failed.input)).toBe(one.message);
      }
    }
  });

  it('never throws: a refinement that throws is a failure without issues (« Données invalides »)', async () => {
    const Throwing = z.string().check(
      z.refine(() => {
        throw new Error('boom');
      }),
    );
    const failed = safeParseIssues(Throwing, 'x');
    expect(failed).toMatchObject({ ok: false, issues: [] });
    const format = await loadValidationMessages();
    if (!failed.ok) expect(format(failed.issues, 'fr', failed.input)).toBe('Données invalides');
  });
});
