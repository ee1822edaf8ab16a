/**
 * Building blocks shared by the schemas. zod/mini (functional API) keeps the
 * widgets that embed these schemas small.
 */
import { z } from 'zod/mini';
import type { LocalizedText } from '../i18n/locale';
import type { CustomIssueCode } from '../i18n/validation';
import { isHttpUrl, isRelativeRef, isSafeUrl } from './safe-url';

/** Refinement parameters carrying our issue code, turned into a message by formatValidationError. */
export function issueCode(code: CustomIssueCode): { params: { code: CustomIssueCode } } {
  return { params: { code } };
}

/** A string matching `re`, reported with `code` otherwise. */
export function matching(re: RegExp, code: CustomIssueCode) {
  return z.string().check(z.refine((s) => re.test(s), issueCode(code)));
}

/** Trimmed, non-empty text of bounded length (names, titles, labels). */
export function text(max = 500) {
  return z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
}

/** Free text that may be empty (notes, comments). */
export function longText(max = 20_000) {
  return z.string().check(z.maxLength(max));
}

const ID_RE = /^[A-Za-z0-9][A-Za-z0-9._:~-]{0,127}$/;

/** Opaque identifier: UUIDs, slugs, "p-001"… (letters, digits, `. _ : ~ -`, 1–128 chars). */
export const IdSchema = /* @__PURE__ */ matching(ID_RE, 'id');

/** Calendar date "YYYY-MM-DD" (validated: no 30 February). */
export const IsoDateSchema = /* @__PURE__ */ z.iso.date();

/** ISO 8601 date-time WITH an offset ("2026-05-28T14:03:00+02:00" or "…Z"): a signature or a log entry must say when, unambiguously. */
export const IsoDateTimeSchema = /* @__PURE__ */ z.iso.datetime({ offset: true });

/** A date, or a date-time with or without offset (publication dates scraped from web pages). */
export const LooseDateSchema = /* @__PURE__ */ z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })]);

// The URL rules live in a zod-free module so that code which must stay small (the
// extension's injected highlighter) can use them without pulling in zod.
export { isHttpUrl, isRelativeRef, isSafeUrl } from './safe-url';

export const SafeUrlSchema = /* @__PURE__ */ z.string().check(z.refine((s) => isSafeUrl(s), issueCode('unsafe_url')));
export const HttpUrlSchema = /* @__PURE__ */ z.string().check(z.refine((s) => isHttpUrl(s), issueCode('http_url')));
/** An https:/http: URL, or a path relative to the file that holds it (photos and pages published beside a feed). */
export const LinkUrlSchema = /* @__PURE__ */ z
  .string()
  .check(z.refine((s) => isHttpUrl(s) || isRelativeRef(s), issueCode('http_url')));

export const EmailSchema = /* @__PURE__ */ z.email();

/** Loose phone number: digits with optional +, spaces, dots, dashes, parentheses. */
export const PhoneSchema = /* @__PURE__ */ matching(/^\+?[0-9(][0-9 .()-]{4,23}[0-9]$/, 'phone');

/** BCP 47 language tag, simplified: "fr", "en-GB", "oc", "zh-Hant-TW". */
export const LangTagSchema = /* @__PURE__ */ matching(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'lang_tag');

/**
 * French département code: 01–19, 2A, 2B, 21–95, overseas 971–976, and the
 * overseas collectivities 975, 977, 978, 986–988 ("20" no longer exists).
 */
export const DepartementSchema = /* @__PURE__ */ matching(
  /^(?:0[1-9]|1\d|2[1-9AB]|[3-8]\d|9[0-5]|97[1-8]|98[6-8])$/,
  'departement',
);

export const GenderSchema = /* @__PURE__ */ z.enum(['f', 'm', 'x']);

/** Lowercase hex SHA-256 digest. */
export const Sha256Schema = /* @__PURE__ */ matching(/^[0-9a-f]{64}$/, 'sha256');

/**
 * A consent and the date it was given or withdrawn. Withdrawal is recorded
 * as `granted: false` with the withdrawal date, never by deleting the entry.
 */
export const ConsentSchema = /* @__PURE__ */ z.object({ granted: z.boolean(), date: IsoDateSchema });
export type Consent = z.infer<typeof ConsentSchema>;

/** Who validated a title or a training for the establishment, and when. */
export const ValidationSchema = /* @__PURE__ */ z.object({ by: text(200), date: IsoDateSchema });
export type Validation = z.infer<typeof ValidationSchema>;

export const AVAILABILITY_SLOTS = [
  { id: 'weekday', label: { fr: 'En semaine, en journée', en: 'Weekdays, daytime' } },
  { id: 'evening', label: { fr: 'En soirée', en: 'Evenings' } },
  { id: 'weekend', label: { fr: 'Le week-end', en: 'Weekends' } },
  { id: 'visio', label: { fr: 'En visioconférence', en: 'By video call' } },
] as const satisfies readonly { id: string; label: LocalizedText }[];
export type AvailabilitySlot = (typeof AVAILABILITY_SLOTS)[number]['id'];
export const SlotSchema = /* @__PURE__ */ z.enum(['weekday', 'evening', 'weekend', 'visio']);

/** One-off involvement vs long-term commitment (CNOM 001:2119-2122: « ponctuellement » / « sur le long terme »). */
export const COMMITMENTS = [
  { id: 'ponctuel', label: { fr: 'Ponctuel', en: 'One-off' } },
  { id: 'durable', label: { fr: 'Dans la durée', en: 'Long-term' } },
] as const satisfies readonly { id: string; label: LocalizedText }[];
export type Commitment = (typeof COMMITMENTS)[number]['id'];
export const CommitmentSchema = /* @__PURE__ */ z.enum(['ponctuel', 'durable']);

/** Path-tagged issue for superRefine callbacks. */
export function customIssue(code: CustomIssueCode, path: (string | number)[], input: unknown) {
  return { code: 'custom' as const, path, input, params: { code }, message: code };
}

/** Indexes of items whose `id` already appeared earlier in the list. */
export function duplicateIdIndexes(items: readonly { readonly id?: unknown }[]): number[] {
  const seen = new Set<unknown>();
  const duplicates: number[] = [];
  items.forEach((item, index) => {
    const id = item?.id;
    if (seen.has(id)) duplicates.push(index);
    seen.add(id);
  });
  return duplicates;
}
