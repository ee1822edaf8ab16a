/**
 * Transparent keyword classification: suggests a resource type, HAS domains and tags
 * for a page, and says why (which cue was found where, how often). Nothing is decided
 * for the user: the popup pre-selects the suggestions and shows the evidence.
 *
 * Method: the page's title, summary (description + keywords) and text are split into
 * words (accents, case and plural ignored, shared/text). Each cue of the shared
 * vocabularies (resource-types.ts keywords, classify-cues.ts for domains, health-themes.ts
 * for tags) is counted as a phrase; score = Σ field weight × min(count, 3). Cues written
 * in capitals (DU, ETP, DOI) are acronyms and only match words in capitals — otherwise
 * « DU » would match every French « du ». Structural hints (schema.org type, DOI/PMID)
 * add a fixed score.
 */
import type { Locale } from '../i18n/locale';
import { normalizeText, stemFr } from '../text/normalize';
import { DOMAINS, type DomainId } from '../vocab/domains';
import { HEALTH_THEMES } from '../vocab/health-themes';
import { RESOURCE_TYPES, type ResourceTypeId } from '../vocab/resource-types';
import { DOMAIN_CUES, KIND_HINTS } from './classify-cues';
import type { PageMetadata } from './metadata';

export interface ClassifyInput {
  title: string;
  description?: string;
  keywords?: readonly string[];
  text?: string;
  /** schema.org @type values and og:type. */
  kinds?: readonly string[];
  /** The page carries a DOI, a PMID or a journal title. */
  scholarly?: boolean;
  /** The page describes an event (dates, place). */
  event?: boolean;
}

export type EvidenceField = 'title' | 'summary' | 'text' | 'metadata';

export interface Evidence {
  readonly cue: string;
  readonly field: EvidenceField;
  readonly count: number;
}

export interface Suggestion<T extends string = string> {
  readonly id: T;
  readonly score: number;
  readonly evidence: readonly Evidence[];
}

export interface Classification {
  /** Best type, 'autre' when no cue reaches the threshold. */
  readonly resourceType: ResourceTypeId;
  /** Every type with a positive score, best first. */
  readonly types: readonly Suggestion<ResourceTypeId>[];
  /** Suggested domains, best first (possibly none). */
  readonly domains: readonly Suggestion<DomainId>[];
  /** Suggested tags: health themes found in the page, then the page's own keywords. */
  readonly tags: readonly string[];
}

const WEIGHTS: Record<Exclude<EvidenceField, 'metadata'>, number> = { title: 3, summary: 2, text: 1 };
const COUNT_CAP = 3;
const HINT_SCORE = 6;
const TYPE_THRESHOLD = 2;
const DOMAIN_THRESHOLD = 3;
/** A domain is suggested when it scores at least this share of the best domain. */
const DOMAIN_RELATIVE = 0.34;
const MAX_TAGS = 8;

/** Words of a field, twice: normalised + stemmed (ordinary cues), and accent-free with case kept (acronyms). */
interface FieldWords {
  readonly plain: readonly string[];
  readonly cased: readonly string[];
  readonly firstIndex: Map<string, number[]>;
  readonly casedIndex: Map<string, number[]>;
}

function splitWords(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

function positions(words: readonly string[]): Map<string, number[]> {
  const index = new Map<string, number[]>();
  words.forEach((word, i) => {
    const list = index.get(word);
    if (list) list.push(i);
    else index.set(word, [i]);
  });
  return index;
}

function fieldWords(text: string): FieldWords {
  const plain = splitWords(normalizeText(text)).map(stemFr);
  const cased = splitWords(text.normalize('NFD').replace(/\p{Mn}/gu, ''));
  return { plain, cased, firstIndex: positions(plain), casedIndex: positions(cased) };
}

interface Cue {
  readonly label: string;
  readonly acronym: boolean;
  readonly words: readonly string[];
}

function compileCue(label: string): Cue {
  const acronym = /^[A-Z0-9]{2,}$/.test(label.replace(/\s/g, '')) && /[A-Z]/.test(label);
  const words = acronym ? splitWords(label) : splitWords(normalizeText(label)).map(stemFr);
  return { label, acronym, words };
}

function countCue(field: FieldWords, cue: Cue): number {
  const words = cue.acronym ? field.cased : field.plain;
  const index = cue.acronym ? field.casedIndex : field.firstIndex;
  const [head, ...rest] = cue.words;
  if (head === undefined) return 0;
  let count = 0;
  for (const start of index.get(head) ?? []) {
    if (rest.every((w, j) => words[start + 1 + j] === w)) count++;
  }
  return count;
}

interface Fields {
  readonly title: FieldWords;
  readonly summary: FieldWords;
  readonly text: FieldWords;
}

function score(fields: Fields, cues: readonly Cue[]): { score: number; evidence: Evidence[] } {
  let total = 0;
  const evidence: Evidence[] = [];
  for (const cue of cues) {
    for (const field of ['title', 'summary', 'text'] as const) {
      const count = countCue(fields[field], cue);
      if (count === 0) continue;
      total += WEIGHTS[field] * Math.min(count, COUNT_CAP);
      evidence.push({ cue: cue.label, field, count });
    }
  }
  return { score: total, evidence };
}

// Cues compiled once per module load: the vocabularies are constants.
const TYPE_CUES = RESOURCE_TYPES.map((type) => ({
  id: type.id as ResourceTypeId,
  cues: uniqueCues(type.keywords.map(compileCue)),
}));
const DOMAIN_CUE_LIST = DOMAINS.map((domain) => ({
  id: domain.id as DomainId,
  // The domain's own label counts as a cue too ("Recherche", "Parcours de soins des personnes").
  cues: uniqueCues([...DOMAIN_CUES[domain.id as DomainId], domain.label.fr].map(compileCue)),
}));

/** Drops cues that read the same once normalised ("Recherche" the label, "recherche" the cue): counted once. */
function uniqueCues(cues: readonly Cue[]): Cue[] {
  const seen = new Set<string>();
  return cues.filter((cue) => {
    const key = `${cue.acronym}:${cue.words.join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
const THEME_CUES = HEALTH_THEMES.map((theme) => ({ theme, cues: theme.keywords.map(compileCue) }));

function byScore<T extends { score: number }>(a: T, b: T): number {
  return b.score - a.score;
}

/** Suggests type, domains and tags for a page. Pure and deterministic; ~1 ms for a 20 000-character page. */
export function classify(input: ClassifyInput, locale: Locale = 'fr'): Classification {
  const fields: Fields = {
    title: fieldWords(input.title),
    summary: fieldWords([input.description ?? '', ...(input.keywords ?? [])].join(' . ')),
    text: fieldWords(input.text ?? ''),
  };

  const hints = new Map<string, Evidence[]>();
  const addHint = (typeId: string, cue: string) => {
    const list = hints.get(typeId) ?? [];
    list.push({ cue, field: 'metadata', count: 1 });
    hints.set(typeId, list);
  };
  for (const kind of input.kinds ?? []) {
    const typeId = KIND_HINTS[kind];
    if (typeId) addHint(typeId, kind);
  }
  if (input.scholarly) addHint('article_scientifique', 'DOI / PMID / revue');
  if (input.event) addHint('evenement', 'date et lieu');

  const types: Suggestion<ResourceTypeId>[] = [];
  for (const { id, cues } of TYPE_CUES) {
    const found = score(fields, cues);
    const hinted = hints.get(id) ?? [];
    const total = found.score + HINT_SCORE * new Set(hinted.map((h) => h.cue)).size;
    if (total > 0) types.push({ id, score: total, evidence: [...hinted, ...found.evidence] });
  }
  types.sort(byScore);
  const best = types[0];
  const resourceType: ResourceTypeId = best && best.score >= TYPE_THRESHOLD ? best.id : 'autre';

  const domainScores: Suggestion<DomainId>[] = [];
  for (const { id, cues } of DOMAIN_CUE_LIST) {
    const found = score(fields, cues);
    if (found.score > 0) domainScores.push({ id, score: found.score, evidence: found.evidence });
  }
  domainScores.sort(byScore);
  const top = domainScores[0]?.score ?? 0;
  const domains = domainScores.filter((d) => d.score >= DOMAIN_THRESHOLD && d.score >= top * DOMAIN_RELATIVE);

  return { resourceType, types, domains, tags: suggestTags(fields, input.keywords ?? [], locale) };
}

function suggestTags(fields: Fields, pageKeywords: readonly string[], locale: Locale): string[] {
  const themes: { label: string; score: number }[] = [];
  for (const { theme, cues } of THEME_CUES) {
    const found = score(fields, cues);
    if (found.score >= 2) themes.push({ label: theme.label[locale] || theme.label.fr, score: found.score });
  }
  themes.sort(byScore);
  const tags: string[] = [];
  const seen = new Set<string>();
  for (const candidate of [...themes.map((t) => t.label), ...pageKeywords]) {
    const tag = candidate.replace(/\s+/g, ' ').trim();
    const key = normalizeText(tag);
    if (!tag || tag.length > 60 || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
    if (tags.length >= MAX_TAGS) break;
  }
  return tags;
}

/** classify() for what page-reader read from a page. */
export function classifyPage(meta: PageMetadata, locale: Locale = 'fr'): Classification {
  return classify(
    {
      title: [meta.title, meta.documentTitle ?? ''].join(' . '),
      description: meta.description,
      keywords: meta.keywords,
      text: meta.text,
      kinds: meta.kinds,
      scholarly: Boolean(meta.doi || meta.pmid || meta.journal),
      event: Boolean(meta.event?.start),
    },
    locale,
  );
}
