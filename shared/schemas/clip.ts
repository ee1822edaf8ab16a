/**
 * A resource clipped into the personal library by the extension: page
 * metadata (Open Graph, Highwire/Dublin Core citation tags), the user's
 * classification and notes.
 */
import { z } from 'zod/mini';
import { DOMAIN_IDS } from '../vocab/domains';
import { RESOURCE_TYPE_IDS } from '../vocab/resource-types';
import { HttpUrlSchema, IdSchema, IsoDateTimeSchema, LangTagSchema, LooseDateSchema, longText, matching, text } from './common';

/** Bibliographic fields from `citation_*` meta tags; all optional, pages vary. */
export const CitationSchema = z.object({
  journal: z.optional(text(500)),
  volume: z.optional(text(50)),
  issue: z.optional(text(50)),
  firstPage: z.optional(text(50)),
  lastPage: z.optional(text(50)),
  publisher: z.optional(text(500)),
  issn: z.optional(matching(/^\d{4}-\d{3}[\dXx]$/, 'issn')),
  pdfUrl: z.optional(HttpUrlSchema),
});

export const LibraryItemSchema = z.object({
  schemaVersion: z.literal(1),
  id: IdSchema,
  /** The address clipped. */
  url: HttpUrlSchema,
  canonicalUrl: z.optional(HttpUrlSchema),
  title: text(1000),
  description: z.optional(longText(5000)),
  authors: z._default(z.array(text(300)), []),
  /** As published by the page: a date, or a date-time with or without offset. */
  publishedAt: z.optional(LooseDateSchema),
  modifiedAt: z.optional(LooseDateSchema),
  siteName: z.optional(text(300)),
  lang: z.optional(LangTagSchema),
  image: z.optional(HttpUrlSchema),
  /** "10.xxxx/…", without "https://doi.org/". */
  doi: z.optional(matching(/^10\.\d{4,9}\/\S+$/, 'doi')),
  pmid: z.optional(matching(/^[1-9]\d{0,9}$/, 'pmid')),
  citation: z.optional(CitationSchema),
  isPdf: z.boolean(),
  /** When the user consulted the page (for « consulté le … » in citations). */
  consultedAt: IsoDateTimeSchema,
  createdAt: IsoDateTimeSchema,
  updatedAt: IsoDateTimeSchema,
  /** Passages the user selected, verbatim. */
  excerpts: z._default(z.array(z.string().check(z.minLength(1), z.maxLength(20_000))), []),
  resourceType: z.enum(RESOURCE_TYPE_IDS),
  domains: z._default(z.array(z.enum(DOMAIN_IDS)), []),
  tags: z._default(z.array(text(100)), []),
  note: z._default(longText(20_000), ''),
  projectIds: z._default(z.array(IdSchema), []),
  // Added for the library (extension issue): what scholarly and event pages say that the fields above cannot hold.
  /** Publication date known only to the year or month ("2021", "2021-03", as `citation_publication_date` often says), when `publishedAt` cannot hold it. */
  publishedPartial: z.optional(z.string().check(z.regex(/^\d{4}(?:-(?:0[1-9]|1[0-2]))?$/))),
  /** When and where the event a page announces takes place (schema.org Event). */
  event: z.optional(
    z.object({
      startAt: z.optional(LooseDateSchema),
      endAt: z.optional(LooseDateSchema),
      location: z.optional(text(500)),
    }),
  ),
});

export type Citation = z.infer<typeof CitationSchema>;
export type LibraryItem = z.infer<typeof LibraryItemSchema>;
export type LibraryItemInput = z.input<typeof LibraryItemSchema>;
