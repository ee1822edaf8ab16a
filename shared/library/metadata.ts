/**
 * Reads what a page says about itself, in the page, on demand (the extension injects
 * page-reader.js with activeTab + scripting when the user saves; no script runs on every
 * page). DOM API only — no zod, no vocabulary — so the injected script stays small; the
 * extension validates and cleans the result (capture.ts) before anything is stored.
 *
 * Sources, most specific first: Highwire Press `citation_*` (Google Scholar's tags),
 * JSON-LD schema.org, Dublin Core (`DC.*`, `dcterms.*`), PRISM, Open Graph / article:*,
 * Twitter cards, then plain HTML (`<title>`, `<meta name=description>`, `<html lang>`,
 * `<link rel=canonical>`).
 */

import { splitAuthorList } from './authors';

export interface PageEvent {
  start?: string;
  end?: string;
  location?: string;
}

/** Everything read from the page; raw strings, cleaned later by the extension. */
export interface PageMetadata {
  url: string;
  canonicalUrl?: string;
  title: string;
  /** The `<title>` when it differs from `title` (it often says "Guide", "Colloque"…): read by the classifier. */
  documentTitle?: string;
  description?: string;
  authors: string[];
  published?: string;
  modified?: string;
  siteName?: string;
  lang?: string;
  image?: string;
  doi?: string;
  pmid?: string;
  journal?: string;
  volume?: string;
  issue?: string;
  firstPage?: string;
  lastPage?: string;
  publisher?: string;
  issn?: string;
  pdfUrl?: string;
  /** The page itself is a PDF (content type or address). */
  isPdf: boolean;
  /** schema.org @type values and og:type, e.g. ["ScholarlyArticle", "article"]: hints for the classifier. */
  kinds: string[];
  keywords: string[];
  event?: PageEvent;
  /** Text the user selected, if any. */
  selection?: string;
  /** Headings and the start of the main text, for the keyword classifier (never stored). */
  text: string;
}

const TEXT_SAMPLE = 20_000;

type Json = unknown;
type JsonNode = Record<string, Json>;

function clean(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim();
  return text || undefined;
}

/** All `<meta>` contents by lower-cased name / property / itemprop, in document order. */
function readMeta(doc: Document): Map<string, string[]> {
  const meta = new Map<string, string[]>();
  for (const el of doc.querySelectorAll('meta[content]')) {
    const content = clean(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['name', 'property', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (!key) continue;
      const list = meta.get(key);
      if (list) list.push(content);
      else meta.set(key, [content]);
    }
  }
  return meta;
}

function first(meta: Map<string, string[]>, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = meta.get(name)?.[0];
    if (value) return value;
  }
  return undefined;
}

function all(meta: Map<string, string[]>, ...names: string[]): string[] {
  for (const name of names) {
    const values = meta.get(name);
    if (values?.length) return values;
  }
  return [];
}

/** JSON-LD nodes of the page, @graph and arrays flattened; unreadable blocks are skipped. */
function readJsonLd(doc: Document): JsonNode[] {
  const nodes: JsonNode[] = [];
  const visit = (value: Json, depth: number) => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    const node = value as JsonNode;
    if (node['@type']) nodes.push(node);
    if (node['@graph']) visit(node['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const source = script.textContent ?? '';
    if (source.length > 500_000) continue;
    try {
      visit(JSON.parse(source), 0);
    } catch {
      // a broken JSON-LD block is the page's problem: ignore it, keep the rest
    }
  }
  return nodes;
}

function typesOf(node: JsonNode): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

const MAIN_TYPES = [
  'ScholarlyArticle',
  'MedicalScholarlyArticle',
  'Report',
  'Event',
  'EducationEvent',
  'Course',
  'Article',
  'NewsArticle',
  'BlogPosting',
  'WebPage',
];

/** The node that describes the page: the first of the most specific type present. */
function mainNode(nodes: JsonNode[]): JsonNode | undefined {
  for (const type of MAIN_TYPES) {
    const node = nodes.find((n) => typesOf(n).includes(type));
    if (node) return node;
  }
  return nodes.find((n) => /Event$|Article$/.test(typesOf(n).join(' ')));
}

/** A name from a string, a {name} object, or a list of either. */
function names(value: Json): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (typeof value === 'string') return clean(value) ? [clean(value) as string] : [];
  if (value && typeof value === 'object') {
    const node = value as JsonNode;
    const name = clean(node.name) ?? clean([node.givenName, node.familyName].filter(Boolean).join(' '));
    return name ? [name] : [];
  }
  return [];
}

function urlOf(value: Json): string | undefined {
  if (Array.isArray(value)) return urlOf(value[0]);
  if (typeof value === 'string') return clean(value);
  if (value && typeof value === 'object') return clean((value as JsonNode).url) ?? clean((value as JsonNode)['@id']);
  return undefined;
}

function placeOf(value: Json): string | undefined {
  if (Array.isArray(value)) return placeOf(value[0]);
  if (typeof value === 'string') return clean(value);
  if (!value || typeof value !== 'object') return undefined;
  const node = value as JsonNode;
  const address = node.address;
  const addressText =
    typeof address === 'string'
      ? address
      : address && typeof address === 'object'
        ? ['streetAddress', 'postalCode', 'addressLocality']
            .map((k) => clean((address as JsonNode)[k]))
            .filter(Boolean)
            .join(' ')
        : undefined;
  const parts = [clean(node.name), clean(addressText)].filter(Boolean);
  if (typesOf(node).includes('VirtualLocation') && parts.length === 0) return clean(node.url);
  return parts.join(', ') || undefined;
}

const DOI_RE = /\b(10\.\d{4,9}\/[^\s"'<>]+)/;

/** "doi:10.1/x", "https://doi.org/10.1/x", "10.1/x." → "10.1/x". */
export function doiFrom(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = DOI_RE.exec(decodeURIComponentSafe(value));
  return match?.[1]?.replace(/[.,;)\]]+$/, '');
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function jsonLdDoi(node: JsonNode | undefined): string | undefined {
  if (!node) return undefined;
  const ids = [node.identifier, node.sameAs, node['@id'], node.url].flat();
  for (const id of ids) {
    if (typeof id === 'string' && /doi/i.test(id)) return doiFrom(id);
    if (id && typeof id === 'object') {
      const prop = id as JsonNode;
      if (String(prop.propertyID ?? '').toLowerCase() === 'doi') return doiFrom(String(prop.value ?? ''));
    }
  }
  return undefined;
}

function unique(values: (string | undefined)[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const v = clean(value);
    if (v && !seen.has(v.toLowerCase())) {
      seen.add(v.toLowerCase());
      out.push(v);
    }
  }
  return out;
}

function absolute(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}

/** Headings then the main text: what the classifier reads. innerText skips hidden text where layout exists. */
function textSample(doc: Document): string {
  const headings = [...doc.querySelectorAll('h1, h2, h3')]
    .map((h) => h.textContent ?? '')
    .join(' . ')
    .slice(0, 4000);
  const main = doc.querySelector('main, article, [role="main"]') ?? doc.body;
  let body = '';
  if (main) {
    const inner = (main as HTMLElement).innerText;
    body = typeof inner === 'string' && inner.length > 0 ? inner : (main.textContent ?? '');
  }
  return `${headings}\n${body.replace(/\s+/g, ' ').slice(0, TEXT_SAMPLE)}`;
}

function selectionOf(doc: Document): string | undefined {
  try {
    const text = doc.getSelection?.()?.toString() ?? '';
    return text.trim() ? text.trim().slice(0, 20_000) : undefined;
  } catch {
    return undefined;
  }
}

/** Reads a page's metadata. `url` defaults to the document's own address. */
export function extractMetadata(doc: Document, url: string = doc.URL): PageMetadata {
  const meta = readMeta(doc);
  const ld = readJsonLd(doc);
  const node = mainNode(ld);
  const nodeTypes = node ? typesOf(node) : [];
  const contentType = doc.contentType ?? '';
  const isPdf = /pdf/i.test(contentType) || /\.pdf$/i.test(safePath(url));

  const title =
    first(meta, 'citation_title', 'dc.title', 'dcterms.title') ??
    clean(node?.headline) ??
    clean(node?.name) ??
    first(meta, 'og:title', 'twitter:title') ??
    clean(doc.title) ??
    clean(doc.querySelector('h1')?.textContent) ??
    '';

  // The first source that names authors wins: merging them would list "Dupont, Marie" and "Marie Dupont" twice.
  const citationAuthors = all(meta, 'citation_author');
  const authorSources = [
    citationAuthors.length ? citationAuthors : all(meta, 'citation_authors').flatMap(splitAuthorList),
    all(meta, 'dc.creator', 'dcterms.creator'),
    node ? names(node.author) : [],
    all(meta, 'author').flatMap(splitAuthorList),
  ].map((list) => unique(list).filter((a) => !/^https?:\/\//.test(a)));
  const authors = authorSources.find((list) => list.length > 0) ?? [];

  const published =
    first(
      meta,
      'citation_publication_date',
      'citation_date',
      'citation_online_date',
      'dc.date',
      'dcterms.issued',
      'dcterms.date',
      'dcterms.created',
      'prism.publicationdate',
    ) ??
    clean(node?.datePublished) ??
    first(meta, 'article:published_time', 'date', 'datepublished') ??
    clean(doc.querySelector('time[datetime][itemprop="datePublished"], article time[datetime]')?.getAttribute('datetime'));
  const modified = first(meta, 'dcterms.modified', 'article:modified_time', 'og:updated_time') ?? clean(node?.dateModified);

  const publisherNode = node?.publisher;
  const publisher = first(meta, 'citation_publisher', 'dc.publisher', 'dcterms.publisher') ?? names(publisherNode)[0];
  const siteName = first(meta, 'og:site_name', 'application-name') ?? names(node?.isPartOf)[0] ?? publisher;

  const doi =
    doiFrom(first(meta, 'citation_doi', 'prism.doi', 'bepress_citation_doi')) ??
    doiFrom(all(meta, 'dc.identifier', 'dcterms.identifier').find((v) => /10\.\d{4,9}\//.test(v))) ??
    jsonLdDoi(node) ??
    doiFrom(/\/(?:doi|abs)\/(10\.\d{4,9}\/.+)$/.exec(safePath(url))?.[1]) ??
    (/^https?:\/\/(?:dx\.)?doi\.org\//.test(url) ? doiFrom(url) : undefined);

  const pmidFromUrl = /pubmed\.ncbi\.nlm\.nih\.gov\/(\d+)/.exec(url)?.[1];
  const pmid = first(meta, 'citation_pmid', 'dc.identifier.pmid') ?? pmidFromUrl;

  const event: PageEvent | undefined =
    node && /Event$/.test(nodeTypes.join(' '))
      ? { start: clean(node.startDate), end: clean(node.endDate), location: placeOf(node.location) }
      : undefined;

  const keywords = unique([
    ...all(meta, 'citation_keywords', 'keywords', 'dc.subject', 'news_keywords').flatMap((k) => k.split(/[;,]/)),
    ...all(meta, 'article:tag'),
    ...(typeof node?.keywords === 'string'
      ? node.keywords.split(',')
      : Array.isArray(node?.keywords)
        ? (node.keywords as string[])
        : []),
  ]).slice(0, 30);

  const lang =
    first(meta, 'citation_language', 'dc.language', 'dcterms.language') ??
    clean(node?.inLanguage) ??
    clean(doc.documentElement?.getAttribute('lang')) ??
    first(meta, 'og:locale')?.replace('_', '-');

  const canonical =
    doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href') ?? first(meta, 'og:url') ?? urlOf(node?.url);

  return {
    url,
    canonicalUrl: absolute(canonical ?? undefined, url),
    title,
    documentTitle: clean(doc.title) !== title ? clean(doc.title) : undefined,
    description:
      first(meta, 'citation_abstract', 'dc.description', 'dcterms.abstract', 'description') ??
      clean(node?.description) ??
      first(meta, 'og:description', 'twitter:description'),
    authors,
    published,
    modified,
    siteName,
    lang,
    image: absolute(first(meta, 'og:image', 'og:image:url', 'twitter:image') ?? urlOf(node?.image), url),
    doi,
    pmid,
    journal:
      first(meta, 'citation_journal_title', 'citation_conference_title', 'prism.publicationname') ?? names(node?.isPartOf)[0],
    volume: first(meta, 'citation_volume', 'prism.volume'),
    issue: first(meta, 'citation_issue', 'prism.number'),
    firstPage: first(meta, 'citation_firstpage', 'prism.startingpage'),
    lastPage: first(meta, 'citation_lastpage', 'prism.endingpage'),
    publisher,
    issn: first(meta, 'citation_issn', 'prism.issn', 'prism.eissn'),
    pdfUrl: absolute(
      first(meta, 'citation_pdf_url') ??
        doc.querySelector('link[rel="alternate"][type="application/pdf"][href]')?.getAttribute('href') ??
        undefined,
      url,
    ),
    isPdf,
    kinds: unique([...ld.flatMap(typesOf), first(meta, 'og:type')]),
    keywords,
    event,
    selection: selectionOf(doc),
    text: isPdf ? '' : textSample(doc),
  };
}

function safePath(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}
