/**
 * Transparent keyword classification: suggests a resource type, HAS domains and tags for a
 * page, and says why (which cue was found where, how often). Nothing is decided for the user:
 * the popup pre-selects the suggestions and shows the evidence. When the evidence is thin the
 * answer is no suggestion, not a guess (issue 20).
 *
 * Method: the page's title, summary (description + keywords) and text are split into words
 * compared without accents, case, plural or feminine ending (classify-words.ts). Cues
 * (classify-cues.ts) are counted as phrases; where two cues overlap only the longer counts
 * (« patient formateur », not also « formateur »), and phrases such as « recherche d'emploi »
 * are masked. Score = Σ strength (strong 2, weak 1) × field weight (title 3, summary 2, text 1)
 * × min(count, 3); structural hints (schema.org type, DOI/PMID) add 6.
 *
 * Decisions, in order:
 * 1. Topic: a page with neither two health cues nor a word of patient partnership (recipes,
 *    shops, sports, a pastry course, a street market) gets no type and no domain.
 * 2. Type: declared by metadata (schema.org, DOI, event dates) beats declared in the title,
 *    which beats the summary, which beats the text; among the types declared most plainly the
 *    best needs a strong cue or a hint, a score of 6, and 1.5 times the next one — otherwise
 *    no type. A first-person quote as title, or a summary in the first person, is a testimony.
 * 3. Domains: a suggested article implies research, a training the training domain. Otherwise
 *    a domain needs a strong cue and a score of 8 (12 on a health page that never speaks of
 *    patients or users taking part: a nurse's job offer), or two distinct strong cues on a
 *    partnership page; and a third of the best domain's score.
 * Thresholds tuned on test/fixtures/suggestions/dev; bench/90-suggestions measures both parts.
 */
import type { Locale } from '../i18n/locale';
import { normalizeText } from '../text/normalize';
import { DOMAIN_IDS, type DomainId } from '../vocab/domain-labels';
import { HEALTH_THEMES } from '../vocab/health-themes';
import { RESOURCE_TYPE_IDS, type ResourceTypeId, resourceTypeLabel } from '../vocab/resource-types';
import { type CueSet, DOMAIN_CUES, HEALTH_CUES, KIND_HINTS, MASKS, PARTNERSHIP_CUES, TYPE_CUES } from './classify-cues';
import { type Cue, compileCue, type FieldWords, fieldWords, findCue } from './classify-words';
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

/** Where a cue was found; 'type': the suggested type itself (a training is evidence for the training domain). */
export type EvidenceField = 'title' | 'summary' | 'text' | 'metadata' | 'type';

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

export interface Topic {
  /** Health cues or partnership cues enough for any suggestion at all. */
  readonly onTopic: boolean;
  /** The page speaks of patients or users taking part. */
  readonly partnership: boolean;
  /** The health and partnership cues found. */
  readonly evidence: readonly Evidence[];
}

export interface Classification {
  /** Suggested type; 'autre' when the evidence is too thin or two types are as likely. */
  readonly resourceType: ResourceTypeId;
  /** Every type with a positive score, best first (the popup explains the suggested one). */
  readonly types: readonly Suggestion<ResourceTypeId>[];
  /** Suggested domains, best first (possibly none). */
  readonly domains: readonly Suggestion<DomainId>[];
  /** Every domain with a positive score, best first, suggested or not. */
  readonly domainScores: readonly Suggestion<DomainId>[];
  /** Suggested tags: health themes found in the page, then the page's own keywords. */
  readonly tags: readonly string[];
  readonly topic: Topic;
}

type TextField = Exclude<EvidenceField, 'metadata' | 'type'>;
const FIELDS: readonly TextField[] = ['title', 'summary', 'text'];
const WEIGHTS: Readonly<Record<TextField, number>> = { title: 3, summary: 2, text: 1 };
const STRONG = 2;
const WEAK = 1;
/** Phrases that contain a cue but mean something else (« institut de formation »): they take their words, score nothing. */
const NEUTRAL = 0;
const COUNT_CAP = 3;
const HINT_SCORE = 6;

const HEALTH_MIN_CUES = 2;
const HEALTH_MIN_SCORE = 4;
const DOMAIN_THRESHOLD = 8;
const DOMAIN_THRESHOLD_WITHOUT_PARTNERSHIP = 12;
const DOMAIN_STRONG_CUES = 2;
/** A domain is suggested when it scores at least this share of the best domain. */
const DOMAIN_RELATIVE = 0.34;
const TYPE_THRESHOLD = 6;
/** The best type must score this many times the next one, or no type is suggested. */
const TYPE_MARGIN = 1.5;
const MAX_TAGS = 8;

interface WeightedCue extends Cue {
  readonly weight: number;
}

const weighted = (labels: readonly string[], weight: number): WeightedCue[] =>
  labels.map((label) => ({ ...compileCue(label), weight }));

/** Strong then weak cues; a label given twice (the domain's name as a cue) counts once, the strongest. */
function compileSet(set: CueSet): WeightedCue[] {
  const seen = new Set<string>();
  return [...weighted(set.strong, STRONG), ...weighted(set.weak, WEAK), ...weighted(set.neutral ?? [], NEUTRAL)].filter((cue) => {
    const key = `${cue.acronym}:${cue.words.join(' ')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

// Compiled once per module load: the vocabularies are constants.
const themeCues = HEALTH_THEMES.flatMap((t) => [t.label.fr, ...t.keywords]);
const HEALTH = compileSet({ strong: [...HEALTH_CUES, ...themeCues], weak: [] });
const PARTNERSHIP = compileSet({ strong: PARTNERSHIP_CUES, weak: [] });
const MASK_CUES = MASKS.map(compileCue);
const DOMAIN_SETS = DOMAIN_IDS.map((id) => ({ id, cues: compileSet(DOMAIN_CUES[id]) }));
const TYPE_SETS = RESOURCE_TYPE_IDS.filter((id) => id !== 'autre').map((id) => ({
  id,
  cues: compileSet(TYPE_CUES[id as Exclude<ResourceTypeId, 'autre'>]),
}));
const THEME_CUES = HEALTH_THEMES.map((theme) => ({ theme, cues: weighted(theme.keywords, WEAK) }));
const ACRONYMS: ReadonlySet<string> = new Set(
  [HEALTH, PARTNERSHIP, ...DOMAIN_SETS.map((d) => d.cues), ...TYPE_SETS.map((t) => t.cues)]
    .flat()
    .filter((c) => c.acronym)
    .flatMap((c) => c.words),
);

interface Field {
  readonly words: FieldWords;
  /** Word positions inside a masked phrase. */
  readonly masked: ReadonlySet<number>;
}

function readField(text: string): Field {
  const words = fieldWords(text, ACRONYMS);
  const masked = new Set<number>();
  for (const mask of MASK_CUES) {
    for (const start of findCue(words, mask)) {
      for (let j = 0; j < mask.words.length; j++) masked.add(start + j);
    }
  }
  return { words, masked };
}

type Fields = Record<TextField, Field>;

interface Found {
  readonly score: number;
  /** Distinct cues found, and how many of them are strong. */
  readonly cues: number;
  readonly strong: number;
  /** Fields where a strong cue was found. */
  readonly strongIn: ReadonlySet<TextField>;
  readonly evidence: Evidence[];
}

/**
 * Scores a set of cues. In each field, longer cues claim their words first; a shorter cue on
 * words already claimed, or on masked words, is not counted (nor shown as evidence).
 */
function measure(fields: Fields, cues: readonly WeightedCue[]): Found {
  const byLength = longestFirst(cues);
  const counts = new Map<WeightedCue, Map<TextField, number>>();
  for (const field of FIELDS) {
    const { words, masked } = fields[field];
    const claimed = new Set<number>();
    for (const cue of byLength) {
      for (const start of findCue(words, cue)) {
        const span = cue.words.map((_, j) => start + j);
        if (span.some((i) => claimed.has(i) || (!cue.acronym && masked.has(i)))) continue;
        for (const i of span) claimed.add(i);
        const perField = counts.get(cue) ?? new Map<TextField, number>();
        perField.set(field, (perField.get(field) ?? 0) + 1);
        counts.set(cue, perField);
      }
    }
  }
  let score = 0;
  let distinct = 0;
  let strong = 0;
  const strongIn = new Set<TextField>();
  const evidence: Evidence[] = [];
  // Evidence in the vocabulary's order, strongest cues first, as the popup lists it.
  for (const cue of cues) {
    const perField = counts.get(cue);
    if (!perField || cue.weight === NEUTRAL) continue;
    distinct++;
    if (cue.weight === STRONG) strong++;
    for (const field of FIELDS) {
      const count = perField.get(field);
      if (!count) continue;
      score += cue.weight * WEIGHTS[field] * Math.min(count, COUNT_CAP);
      if (cue.weight === STRONG) strongIn.add(field);
      evidence.push({ cue: cue.label, field, count });
    }
  }
  return { score, cues: distinct, strong, strongIn, evidence };
}

const sorted = new WeakMap<readonly WeightedCue[], readonly WeightedCue[]>();
/** The cues of a set, longest first (sorted once per set). */
function longestFirst(cues: readonly WeightedCue[]): readonly WeightedCue[] {
  let list = sorted.get(cues);
  if (!list) {
    list = [...cues].sort((a, b) => b.words.length - a.words.length);
    sorted.set(cues, list);
  }
  return list;
}

function byScore<T extends { score: number }>(a: T, b: T): number {
  return b.score - a.score;
}

/** « J'ai appris à vivre avec », “Je suis patiente formatrice”: someone speaking of themself, in the title. */
const FIRST_PERSON_QUOTE = /[«“"][^»”"]*(?<![\p{L}])(?:(?:je|me|moi|mon|ma|mes)(?![\p{L}])|[jm]['’])[^»”"]*[»”"]/iu;
const FIRST_PERSON_CUE = 'citation à la première personne';
/** « J'ai co-animé mon premier atelier… Je vous raconte » : a summary written by the person herself. */
const FIRST_PERSON_SUBJECT = /(?<![\p{L}])(?:je(?![\p{L}])|j['’])/iu;
const FIRST_PERSON_TEXT = 'écrit à la première personne';

/** Type hints: schema.org / og:type, scholarly identifiers, event dates, a first-person quote as title. */
function typeHints(input: ClassifyInput): Map<ResourceTypeId, Evidence[]> {
  const hints = new Map<ResourceTypeId, Evidence[]>();
  const add = (typeId: ResourceTypeId, cue: string, field: EvidenceField = 'metadata') => {
    const list = hints.get(typeId) ?? [];
    if (!list.some((e) => e.cue === cue)) list.push({ cue, field, count: 1 });
    hints.set(typeId, list);
  };
  for (const kind of input.kinds ?? []) {
    const typeId = KIND_HINTS[kind];
    if (typeId) add(typeId, kind);
  }
  if (input.scholarly) add('article_scientifique', 'DOI / PMID / revue');
  if (input.event) add('evenement', 'date et lieu');
  if (FIRST_PERSON_QUOTE.test(input.title)) add('temoignage', FIRST_PERSON_CUE, 'title');
  if (FIRST_PERSON_SUBJECT.test(input.description ?? '')) add('temoignage', FIRST_PERSON_TEXT, 'summary');
  return hints;
}

/**
 * How plainly a type is declared: by the page's metadata (3), its title (2), its summary (1),
 * or only in its text (0); -1 when only ordinary words point to it.
 */
function declaration(hinted: readonly Evidence[], strongIn: ReadonlySet<TextField>): number {
  const where = new Set<EvidenceField>([...hinted.map((h) => h.field), ...strongIn]);
  if (where.has('metadata')) return 3;
  if (where.has('title')) return 2;
  if (where.has('summary')) return 1;
  return where.has('text') ? 0 : -1;
}

/**
 * Which type, if any (on-topic pages only): among the types declared most plainly, the best
 * score, if it clearly beats the next one declared as plainly. « Les patients partenaires dans
 * la formation des médecins » declared ScholarlyArticle is an article, not a training; a guide
 * whose summary lists its charter and check-list is a guide.
 */
function chooseType(fields: Fields, input: ClassifyInput, onTopic: boolean) {
  const hints = typeHints(input);
  const types: (Suggestion<ResourceTypeId> & { level: number })[] = [];
  for (const { id, cues } of TYPE_SETS) {
    const found = measure(fields, cues);
    const hinted = hints.get(id) ?? [];
    const score = found.score + HINT_SCORE * hinted.length;
    if (score > 0)
      types.push({ id, score, evidence: [...hinted, ...found.evidence], level: declaration(hinted, found.strongIn) });
  }
  types.sort(byScore);
  const level = Math.max(-1, ...types.map((t) => t.level));
  const [best, next] = types.filter((t) => t.level === level);
  const sure =
    onTopic &&
    level >= 0 &&
    best !== undefined &&
    best.score >= TYPE_THRESHOLD &&
    (!next || best.score >= next.score * TYPE_MARGIN);
  return { resourceType: sure ? best.id : ('autre' as ResourceTypeId), types: types.map(({ level: _, ...t }) => t) };
}

/**
 * Domains a suggested type implies: a scientific article is research output, a training
 * belongs to the training domain (the labelling rules of test/fixtures/suggestions/README.md).
 */
const DOMAIN_OF_TYPE: Partial<Record<ResourceTypeId, DomainId>> = {
  article_scientifique: 'recherche',
  formation: 'formation_enseignement',
};

/** Suggests type, domains and tags for a page. Pure and deterministic; well under 1 ms a page. */
export function classify(input: ClassifyInput, locale: Locale = 'fr'): Classification {
  const fields: Fields = {
    title: readField(input.title),
    summary: readField([input.description ?? '', ...(input.keywords ?? [])].join(' . ')),
    text: readField(input.text ?? ''),
  };

  const health = measure(fields, HEALTH);
  const partnership = measure(fields, PARTNERSHIP);
  const topic: Topic = {
    onTopic: (health.cues >= HEALTH_MIN_CUES && health.score >= HEALTH_MIN_SCORE) || partnership.cues > 0,
    partnership: partnership.cues > 0,
    evidence: [...health.evidence, ...partnership.evidence],
  };

  const { resourceType, types } = chooseType(fields, input, topic.onTopic);
  const implied = DOMAIN_OF_TYPE[resourceType];

  const domainScores: Suggestion<DomainId>[] = [];
  const sure: Suggestion<DomainId>[] = [];
  const candidates: Suggestion<DomainId>[] = [];
  const threshold = topic.partnership ? DOMAIN_THRESHOLD : DOMAIN_THRESHOLD_WITHOUT_PARTNERSHIP;
  for (const { id, cues } of DOMAIN_SETS) {
    const found = measure(fields, cues);
    const fromType: Evidence[] =
      id === implied ? [{ cue: resourceTypeLabel(resourceType, locale), field: 'type', count: 1 }] : [];
    const score = found.score + HINT_SCORE * fromType.length;
    if (score === 0) continue;
    const domain = { id, score, evidence: [...fromType, ...found.evidence] };
    domainScores.push(domain);
    if (fromType.length > 0) {
      sure.push(domain);
      continue;
    }
    // On a partnership page, two distinct strong cues are enough even when each is said once.
    const enough = score >= threshold || (topic.partnership && found.strong >= DOMAIN_STRONG_CUES);
    if (topic.onTopic && found.strong > 0 && enough) candidates.push(domain);
  }
  domainScores.sort(byScore);
  candidates.sort(byScore);
  const top = candidates[0]?.score ?? 0;
  const domains = [...sure, ...candidates.filter((d) => d.score >= top * DOMAIN_RELATIVE)].sort(byScore);

  return { resourceType, types, domains, domainScores, tags: suggestTags(fields, input.keywords ?? [], locale), topic };
}

function suggestTags(fields: Fields, pageKeywords: readonly string[], locale: Locale): string[] {
  const themes: { label: string; score: number }[] = [];
  for (const { theme, cues } of THEME_CUES) {
    const found = measure(fields, cues);
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
