/**
 * The labelled pages of test/fixtures/suggestions, read as the extension reads a page
 * (extractMetadata on the parsed HTML, then classifyPage), and counted against their labels:
 * precision and recall per domain and per resource type, for the tuning part (dev) and the
 * held-out part separately. Used by test/unit/shared/library/classify-suggestions.test.ts and, bundled,
 * by bench/90-suggestions.bench.mjs.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Window } from 'happy-dom';
import { z } from 'zod/mini';
import { type Classification, classifyPage } from '../../shared/library/classify';
import { extractMetadata, type PageMetadata } from '../../shared/library/metadata';
import { DOMAIN_IDS, type DomainId } from '../../shared/vocab/domain-labels';
import { RESOURCE_TYPE_IDS, type ResourceTypeId } from '../../shared/vocab/resource-types';

export const suggestionsDir = resolve(import.meta.dirname, '../fixtures/suggestions');

/** The goals of issue 20, for each domain and for types overall. */
export const GOALS = { precision: 0.9, recall: 0.8 } as const;

const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

const LabelSchema = z.object({
  file: z.string().check(z.regex(/^(dev|heldout)\/[a-z0-9-]+\.html$/)),
  type: z.enum(RESOURCE_TYPE_IDS),
  domains: z.array(z.enum(DOMAIN_IDS)),
  acceptable: z.optional(z.array(z.enum(DOMAIN_IDS))),
  why: z.string().check(z.minLength(3)),
});
const LabelsSchema = z.object({ about: z.string(), pages: z.array(LabelSchema) });

export interface LabelledPage {
  readonly file: string;
  readonly split: Split;
  readonly type: ResourceTypeId;
  readonly domains: readonly DomainId[];
  readonly acceptable: readonly DomainId[];
  readonly why: string;
}

/** labels.json, checked: a malformed entry stops the run with the path of the fault. */
export function loadLabels(dir: string = suggestionsDir): LabelledPage[] {
  const parsed = LabelsSchema.safeParse(JSON.parse(readFileSync(resolve(dir, 'labels.json'), 'utf8')));
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`labels.json is malformed: ${where}`);
  }
  return parsed.data.pages.map((p) => ({
    file: p.file,
    split: p.file.slice(0, p.file.indexOf('/')) as Split,
    type: p.type,
    domains: p.domains,
    acceptable: p.acceptable ?? [],
    why: p.why,
  }));
}

/** A labelled page parsed by happy-dom, as page-reader.js would read it. */
export function readLabelledPage(page: LabelledPage, dir: string = suggestionsDir): PageMetadata {
  const url = `https://pages.example.org/${page.file}`;
  const window = new Window({ url });
  window.document.write(readFileSync(resolve(dir, page.file), 'utf8'));
  const meta = extractMetadata(window.document as unknown as Document, url);
  void window.happyDOM.close();
  return meta;
}

export interface Outcome {
  readonly page: LabelledPage;
  /** What the page said about itself, as the classifier read it. */
  readonly meta: PageMetadata;
  readonly result: Classification;
}

export function classifyLabelled(pages: readonly LabelledPage[], dir: string = suggestionsDir): Outcome[] {
  return pages.map((page) => {
    const meta = readLabelledPage(page, dir);
    return { page, meta, result: classifyPage(meta) };
  });
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores extends Counts {
  /** null when nothing was suggested (no precision to speak of). */
  readonly precision: number | null;
  /** null when nothing was expected. */
  readonly recall: number | null;
}

function scores(c: Counts): Scores {
  return {
    ...c,
    precision: c.tp + c.fp === 0 ? null : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? null : c.tp / (c.tp + c.fn),
  };
}

export interface Mistake {
  readonly file: string;
  readonly kind: 'domain' | 'type';
  readonly expected: string;
  readonly suggested: string;
}

export interface SplitReport {
  readonly pages: number;
  readonly domains: Record<DomainId, Scores>;
  readonly domainsOverall: Scores;
  /** Types other than `autre` (which means « no suggestion »). */
  readonly types: Partial<Record<ResourceTypeId, Scores>>;
  readonly typesOverall: Scores;
  /** Pages where a type was expected and none suggested (a miss, not a wrong suggestion). */
  readonly typeAbstentions: number;
  /** Acceptable domains that were suggested (counted neither way). */
  readonly acceptableSuggested: number;
  readonly mistakes: readonly Mistake[];
}

const zero = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function evaluate(outcomes: readonly Outcome[]): SplitReport {
  const domains = Object.fromEntries(DOMAIN_IDS.map((d) => [d, zero()])) as Record<DomainId, Counts>;
  const types: Partial<Record<ResourceTypeId, Counts>> = {};
  const typeCounts = (id: ResourceTypeId): Counts => {
    types[id] ??= zero();
    return types[id];
  };
  const mistakes: Mistake[] = [];
  let typeAbstentions = 0;
  let acceptableSuggested = 0;

  for (const { page, result } of outcomes) {
    const suggested = new Set(result.domains.map((d) => d.id));
    const expected = new Set(page.domains);
    for (const d of DOMAIN_IDS) {
      const counts = domains[d];
      if (suggested.has(d) && expected.has(d)) counts.tp++;
      else if (suggested.has(d) && page.acceptable.includes(d)) acceptableSuggested++;
      else if (suggested.has(d)) counts.fp++;
      else if (expected.has(d)) counts.fn++;
    }
    const wrongDomains = [...suggested].filter((d) => !expected.has(d) && !page.acceptable.includes(d));
    const missedDomains = [...expected].filter((d) => !suggested.has(d));
    if (wrongDomains.length || missedDomains.length) {
      mistakes.push({
        file: page.file,
        kind: 'domain',
        expected: [...expected].join(', ') || '—',
        suggested: [...suggested].join(', ') || '—',
      });
    }

    const got = result.resourceType;
    if (got !== page.type) {
      if (got !== 'autre') typeCounts(got).fp++;
      if (page.type !== 'autre') typeCounts(page.type).fn++;
      if (got === 'autre') typeAbstentions++;
      mistakes.push({ file: page.file, kind: 'type', expected: page.type, suggested: got });
    } else if (got !== 'autre') {
      typeCounts(got).tp++;
    }
  }

  const sum = (list: readonly Counts[]): Counts =>
    list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, fn: a.fn + c.fn }), zero());
  const typeEntries = RESOURCE_TYPE_IDS.filter((t) => types[t]).map((t) => [t, scores(types[t] as Counts)] as const);
  return {
    pages: outcomes.length,
    domains: Object.fromEntries(DOMAIN_IDS.map((d) => [d, scores(domains[d])])) as Record<DomainId, Scores>,
    domainsOverall: scores(sum(Object.values(domains))),
    types: Object.fromEntries(typeEntries),
    typesOverall: scores(sum(Object.values(types) as Counts[])),
    typeAbstentions,
    acceptableSuggested,
    mistakes,
  };
}

/** Every split's report, from the labels on disk. */
export function evaluateAll(dir: string = suggestionsDir): Record<Split, SplitReport> {
  const outcomes = classifyLabelled(loadLabels(dir), dir);
  return Object.fromEntries(SPLITS.map((split) => [split, evaluate(outcomes.filter((o) => o.page.split === split))])) as Record<
    Split,
    SplitReport
  >;
}

/** Where a score falls short of the goals, in words (empty when it meets them). */
export function shortfalls(label: string, s: Scores): string[] {
  const out: string[] = [];
  // No suggestion at all cannot be imprecise; a domain never suggested shows up in its recall.
  if (s.precision !== null && s.precision < GOALS.precision) {
    out.push(`${label}: precision ${s.precision.toFixed(2)} < ${GOALS.precision} (${s.fp} wrong)`);
  }
  if (s.recall !== null && s.recall < GOALS.recall) {
    out.push(`${label}: recall ${s.recall.toFixed(2)} < ${GOALS.recall} (${s.fn} missed)`);
  }
  return out;
}
