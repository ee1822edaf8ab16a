/**
 * Property-based tests: whatever a feed, a storage entry or a message
 * contains, validation returns errors and never throws, and the error always
 * reads as a non-empty message in French and English.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatValidationError, safeParseWithMessage } from '../../../../shared/i18n/validation';
import { AnnotationSchema } from '../../../../shared/schemas/annotation';
import { CharterRecordSchema } from '../../../../shared/schemas/charter';
import { ChecklistEvaluationSchema, ChecklistHistorySchema } from '../../../../shared/schemas/checklist';
import { LibraryItemSchema } from '../../../../shared/schemas/clip';
import { PartnerProfileSchema } from '../../../../shared/schemas/partner';
import { ProjectNeedSchema, ProjectSchema } from '../../../../shared/schemas/project';
import { PartnerRegistrySchema, parsePartnerRegistry } from '../../../../shared/schemas/registry';
import { validPartner } from '../../../fixtures/partners';

const SCHEMAS = {
  PartnerProfile: PartnerProfileSchema,
  PartnerRegistry: PartnerRegistrySchema,
  Project: ProjectSchema,
  ProjectNeed: ProjectNeedSchema,
  ChecklistEvaluation: ChecklistEvaluationSchema,
  ChecklistHistory: ChecklistHistorySchema,
  CharterRecord: CharterRecordSchema,
  LibraryItem: LibraryItemSchema,
  Annotation: AnnotationSchema,
};

const locales = fc.constantFrom('fr' as const, 'en' as const);

/** Parses without catching: a throw fails the property. */
function checkNeverThrows(schema: (typeof SCHEMAS)[keyof typeof SCHEMAS], value: unknown, locale: 'fr' | 'en'): void {
  const raw = schema.safeParse(value);
  expect(typeof raw.success).toBe('boolean');
  if (!raw.success) {
    expect(raw.error.issues.length).toBeGreaterThan(0);
    expect(formatValidationError(raw.error, locale, value).length).toBeGreaterThan(0);
  }
  const result = safeParseWithMessage(schema, value, locale);
  if (!result.ok) expect(result.message.length).toBeGreaterThan(0);
}

describe.each(Object.entries(SCHEMAS))('%s', (_name, schema) => {
  it('never throws on fc.anything()', () => {
    fc.assert(
      fc.property(fc.anything(), locales, (value, locale) => checkNeverThrows(schema, value, locale)),
      {
        numRuns: 200,
      },
    );
  });

  it('never throws on fc.object()', () => {
    fc.assert(
      fc.property(fc.object(), locales, (value, locale) => checkNeverThrows(schema, value, locale)),
      {
        numRuns: 200,
      },
    );
  });
});

type Path = (string | number)[];

/** Every path to a value inside `value` (objects and arrays), the root excluded. */
function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => {
    const path = [...prefix, Array.isArray(value) ? Number(key) : key];
    return [path, ...pathsOf(child, path)];
  });
}

function mutate(base: unknown, path: Path, replacement: unknown, remove: boolean): unknown {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (remove) delete parent[last];
  else parent[last] = replacement;
  return copy;
}

describe('mutated valid profiles', () => {
  const paths = pathsOf(validPartner);

  it('are validated without throwing, failures naming a field', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.anything(), fc.boolean(), locales, (path, replacement, remove, locale) => {
        const mutated = mutate(validPartner, path, replacement, remove);
        checkNeverThrows(PartnerProfileSchema, mutated, locale);
        const result = safeParseWithMessage(PartnerProfileSchema, mutated, locale);
        if (!result.ok) expect(result.message).toMatch(locale === 'fr' ? /^(Champ \S+ : |Données : )/ : /^(Field \S+: |Data: )/);
      }),
      { numRuns: 500 },
    );
  });

  it('fail inside a feed with the partner index in the path', () => {
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.string(), (path, replacement) => {
        const feed = {
          establishment: { name: 'CH fictif' },
          partners: [{ ...validPartner, id: 'pp-autre' }, mutate(validPartner, path, replacement, false)],
        };
        const result = parsePartnerRegistry(feed);
        if (!result.ok) expect(result.message).toMatch(/^Champ partners\[1\]/);
      }),
      { numRuns: 200 },
    );
  });
});
