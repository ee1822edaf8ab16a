/**
 * From what a page says (metadata.ts, untrusted: any page can write anything in its
 * meta tags) to a valid LibraryItem. Every field is cleaned to fit the shared schema;
 * a field that still does not fit is dropped rather than failing the save — saving
 * the title and address of a page with odd metadata is better than saving nothing.
 */

import { type LibraryItem, LibraryItemSchema } from '../schemas/clip';
import { isHttpUrl } from '../schemas/common';
import type { DomainId } from '../vocab/domains';
import type { ResourceTypeId } from '../vocab/resource-types';
import { parsePageDate } from './dates';
import { applyEdit, type EditableValues } from './edit';
import type { PageMetadata } from './metadata';
import { fileTitleOf, isPdfUrl, siteOf, stripTracking } from './url';

/** What the user confirmed in the popup (or the suggestions, for the shortcut and the context menu). */
export interface CaptureChoices {
  readonly resourceType: ResourceTypeId;
  readonly domains: readonly DomainId[];
  readonly tags: readonly string[];
  readonly note?: string;
  /** Title as edited by the user; the page's title otherwise. */
  readonly title?: string;
  /** The selected passage to keep as an excerpt. */
  readonly excerpt?: string;
  /**
   * When re-saving a page already in the library: the stored values the popup showed.
   * Only what the user changed from them is applied (edit.ts), so a tag added meanwhile
   * in the side panel is not lost.
   */
  readonly base?: EditableValues;
}

export class CaptureError extends Error {
  constructor(readonly reason: 'unsupported-url') {
    super(reason);
  }
}

function oneLine(value: string | undefined, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value.replace(/\s+/g, ' ').trim().slice(0, max).trim();
  return text || undefined;
}

function multiline(value: string | undefined, max: number): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = value
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
    .slice(0, max);
  return text || undefined;
}

function httpUrl(value: string | undefined): string | undefined {
  return value && isHttpUrl(value) ? value : undefined;
}

function lang(value: string | undefined): string | undefined {
  const tag = value?.trim().replace(/_/g, '-');
  return tag && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(tag) ? tag : undefined;
}

function issn(value: string | undefined): string | undefined {
  const compact = value?.replace(/[^\dXx]/g, '');
  return compact && /^\d{7}[\dXx]$/.test(compact) ? `${compact.slice(0, 4)}-${compact.slice(4).toUpperCase()}` : undefined;
}

function uniqueTrimmed(values: readonly string[], max: number, maxLength: number): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    const v = oneLine(value, maxLength);
    if (!v || seen.has(v.toLowerCase())) continue;
    seen.add(v.toLowerCase());
    out.push(v);
    if (out.length >= max) break;
  }
  return out;
}

function withoutUndefined<T extends Record<string, unknown>>(value: T): T {
  for (const key of Object.keys(value)) if (value[key] === undefined) delete value[key];
  return value;
}

/**
 * Validates with the shared schema; on failure drops the offending optional field and
 * tries again (the fields we fill ourselves — id, url, dates — cannot fail).
 */
export function parseLeniently(candidate: Record<string, unknown>): LibraryItem {
  const value = { ...candidate };
  for (let attempt = 0; attempt < 20; attempt++) {
    const result = LibraryItemSchema.safeParse(value);
    if (result.success) return result.data;
    const key = result.error.issues[0]?.path[0];
    if (typeof key !== 'string' || !(key in value) || REQUIRED.has(key)) throw result.error;
    const sub = result.error.issues[0]?.path[1];
    const field = value[key];
    if (Array.isArray(field) && typeof sub === 'number') value[key] = field.filter((_, i) => i !== sub);
    else if (field && typeof field === 'object' && !Array.isArray(field) && typeof sub === 'string') {
      const copy = { ...(field as Record<string, unknown>) };
      delete copy[sub];
      value[key] = copy;
    } else delete value[key];
  }
  return LibraryItemSchema.parse(value);
}

const REQUIRED = new Set([
  'schemaVersion',
  'id',
  'url',
  'title',
  'isPdf',
  'consultedAt',
  'createdAt',
  'updatedAt',
  'resourceType',
]);

/**
 * The title a page is saved under when the user types none: its own; for a PDF without
 * one, the file name (decoded, without its extension); else the site. The popup shows it
 * in its required « Titre » field, so what is shown is what is saved.
 */
export function pageTitle(meta: PageMetadata): string {
  const url = stripTracking(meta.url);
  const isPdf = meta.isPdf || isPdfUrl(url);
  const own = oneLine(meta.title, 1000);
  const fileName = isPdf ? oneLine(fileTitleOf(url), 1000) : undefined;
  // A browser names a PDF tab by its file name ("Guide%20HAS_2026.pdf"): a name, not a title.
  const isFileName = own !== undefined && /\.pdf$/i.test(own);
  return (isFileName ? (fileName ?? own) : own) ?? fileName ?? (siteOf(url) || url);
}

/** Metadata fields of an item, from the page (no user choice, no identity, no dates of the record). */
export function pageFields(meta: PageMetadata): Record<string, unknown> {
  const url = stripTracking(meta.url);
  if (!isHttpUrl(url)) throw new CaptureError('unsupported-url');
  const canonical = httpUrl(meta.canonicalUrl ? stripTracking(meta.canonicalUrl) : undefined);
  const published = parsePageDate(meta.published);
  const modified = parsePageDate(meta.modified);
  const isPdf = meta.isPdf || isPdfUrl(url);
  const citation = withoutUndefined({
    journal: oneLine(meta.journal, 500),
    volume: oneLine(meta.volume, 50),
    issue: oneLine(meta.issue, 50),
    firstPage: oneLine(meta.firstPage, 50),
    lastPage: oneLine(meta.lastPage, 50),
    publisher: oneLine(meta.publisher, 500),
    issn: issn(meta.issn),
    pdfUrl: httpUrl(meta.pdfUrl),
  });
  const event = meta.event
    ? withoutUndefined({
        startAt: parsePageDate(meta.event.start).date,
        endAt: parsePageDate(meta.event.end).date,
        location: oneLine(meta.event.location, 500),
      })
    : undefined;
  const doi = meta.doi?.trim();
  const pmid = meta.pmid?.trim();
  return withoutUndefined({
    url,
    canonicalUrl: canonical && canonical !== url ? canonical : undefined,
    title: pageTitle(meta),
    description: multiline(meta.description, 5000),
    authors: uniqueTrimmed(meta.authors, 100, 300),
    publishedAt: published.date,
    publishedPartial: published.date ? undefined : published.partial,
    modifiedAt: modified.date,
    siteName: oneLine(meta.siteName, 300),
    lang: lang(meta.lang),
    image: httpUrl(meta.image),
    doi: doi && /^10\.\d{4,9}\/\S+$/.test(doi) ? doi : undefined,
    pmid: pmid && /^[1-9]\d{0,9}$/.test(pmid) ? pmid : undefined,
    citation: Object.keys(citation).length ? citation : undefined,
    isPdf,
    event: event && Object.keys(event).length ? event : undefined,
  });
}

function choiceFields(choices: CaptureChoices): Record<string, unknown> {
  return {
    resourceType: choices.resourceType,
    domains: [...new Set(choices.domains)],
    tags: uniqueTrimmed(choices.tags, 50, 100),
    note: multiline(choices.note, 20_000) ?? '',
  };
}

/** A new item for a page. `now` is an ISO date-time with offset (the date consulted). */
export function newItemFromPage(meta: PageMetadata, choices: CaptureChoices, id: string, now: string): LibraryItem {
  const excerpt = multiline(choices.excerpt, 20_000);
  const page = pageFields(meta);
  return parseLeniently({
    schemaVersion: 1,
    id,
    ...page,
    title: oneLine(choices.title, 1000) ?? page.title,
    ...choiceFields(choices),
    excerpts: excerpt ? [excerpt] : [],
    projectIds: [],
    consultedAt: now,
    createdAt: now,
    updatedAt: now,
  });
}

/**
 * The page saved again: fresh metadata and date consulted, the user's changes merged
 * into the stored item (three-way, edit.ts), the new excerpt appended (an excerpt already
 * kept is not duplicated). Identity, address, creation date and project links stay.
 */
export function resaveItem(existing: LibraryItem, meta: PageMetadata, choices: CaptureChoices, now: string): LibraryItem {
  const page = pageFields(meta);
  const excerpt = multiline(choices.excerpt, 20_000);
  const chosen = choiceFields(choices);
  const refreshed = { ...existing, ...page, url: existing.url, title: existing.title } as LibraryItem;
  const edited = applyEdit(refreshed, {
    base: choices.base,
    next: {
      ...(oneLine(choices.title, 1000) ? { title: oneLine(choices.title, 1000) } : {}),
      resourceType: chosen.resourceType as LibraryItem['resourceType'],
      domains: chosen.domains as LibraryItem['domains'],
      tags: chosen.tags as string[],
      note: chosen.note as string,
    },
  });
  const excerpts = excerpt && !edited.excerpts.includes(excerpt) ? [...edited.excerpts, excerpt] : edited.excerpts;
  return parseLeniently({ ...edited, excerpts, consultedAt: now, updatedAt: now });
}

/** Current time as an ISO date-time with offset ("…Z"), the form the schema requires. */
export function nowIso(date: Date = new Date()): string {
  return date.toISOString();
}

function str(value: unknown, max = 100_000): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

function strList(value: unknown, max = 200): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string').slice(0, max) : [];
}

/**
 * What came back from the injected script, checked field by field (types and sizes):
 * the page decides the strings, never the shape. Null when it is not page metadata.
 */
export function coercePageMetadata(raw: unknown): PageMetadata | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const url = str(r.url, 4096);
  if (!url) return null;
  const event = r.event && typeof r.event === 'object' ? (r.event as Record<string, unknown>) : undefined;
  const meta: PageMetadata = {
    url,
    canonicalUrl: str(r.canonicalUrl, 4096),
    title: str(r.title, 5000) ?? '',
    documentTitle: str(r.documentTitle, 5000),
    description: str(r.description, 20_000),
    authors: strList(r.authors),
    published: str(r.published, 100),
    modified: str(r.modified, 100),
    siteName: str(r.siteName, 1000),
    lang: str(r.lang, 50),
    image: str(r.image, 4096),
    doi: str(r.doi, 300),
    pmid: str(r.pmid, 30),
    journal: str(r.journal, 1000),
    volume: str(r.volume, 100),
    issue: str(r.issue, 100),
    firstPage: str(r.firstPage, 100),
    lastPage: str(r.lastPage, 100),
    publisher: str(r.publisher, 1000),
    issn: str(r.issn, 30),
    pdfUrl: str(r.pdfUrl, 4096),
    isPdf: r.isPdf === true,
    kinds: strList(r.kinds, 50),
    keywords: strList(r.keywords, 50),
    event: event ? { start: str(event.start, 100), end: str(event.end, 100), location: str(event.location, 1000) } : undefined,
    selection: str(r.selection, 20_000),
    text: str(r.text, 30_000) ?? '',
  };
  return meta;
}

/** What a tab says about itself when the page cannot be read (PDF viewer, restricted page, link target). */
export function metadataFromAddress(url: string, title?: string): PageMetadata {
  return {
    url,
    title: title?.trim() && title.trim() !== url ? title.trim() : '',
    authors: [],
    isPdf: isPdfUrl(url),
    kinds: [],
    keywords: [],
    text: '',
  };
}
