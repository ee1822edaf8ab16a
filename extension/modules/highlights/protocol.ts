/**
 * Messages between the extension (background, side panel) and the highlighter script
 * injected in a page, validated with zod/mini on both sides. Every message has a `type`
 * starting with `binome:hl:`.
 *
 * Commands — extension → page, `tabs.sendMessage(tabId, command)`; the reply is the
 * command's reply schema (`HighlighterReplySchemas[type]`):
 *   ping · render · add · update · remove · focus · capture · toolbar · clear
 * Events — page → extension, `runtime.sendMessage(event)`:
 *   save (the user highlighted with the toolbar; reply `SaveReply` with the stored id),
 *   edit (meaning or note changed from the toolbar; reply `AckReply`), delete (reply `AckReply`),
 *   report (anchoring results changed after the page settled; no reply expected),
 *   ready (the script has just started in a page — injected on demand or registered for the
 *   site — and waits for a `render`; no reply expected).
 * Nothing is changed in the page until the extension confirms it stored the change.
 * No highlight text leaves the device: these messages stay inside the browser.
 * The injected script checks commands with the zod-free guards of protocol-lite.ts.
 */
import { z } from 'zod/mini';
import { SelectorSchema } from '../../../shared/schemas/annotation';
import { IdSchema } from '../../../shared/schemas/common';
import { MEANING_COLOUR, MEANING_ID, UNDERLINE_PATTERNS } from './meanings';
import { HL } from './protocol-lite';

export { HIGHLIGHTER_PROTOCOL_VERSION, HL, isHighlighterMessage } from './protocol-lite';

const MeaningIdSchema = z.string().check(z.regex(MEANING_ID));
const NoteSchema = z.string().check(z.maxLength(20_000));
const SelectorsSchema = z.array(SelectorSchema).check(z.minLength(1), z.maxLength(10));

export const MeaningSchema = z.object({
  id: MeaningIdSchema,
  label: z.string().check(z.minLength(1), z.maxLength(60)),
  colour: z.string().check(z.regex(MEANING_COLOUR)),
  pattern: z.enum(UNDERLINE_PATTERNS),
});

/** What the page needs of a stored annotation (shared/schemas/annotation.ts `Annotation` fits: extra fields are dropped). */
export const PageAnnotationSchema = z.object({
  id: IdSchema,
  selectors: SelectorsSchema,
  colour: MeaningIdSchema,
  note: z.optional(NoteSchema),
});

export const AnchorReportSchema = z.discriminatedUnion('status', [
  z.object({
    id: IdSchema,
    status: z.literal('anchored'),
    method: z.enum(['hint', 'position', 'quote', 'fuzzy']),
    score: z.number(),
    /**
     * The passage as it reads in the page now, when it differs from the highlight's quote
     * (re-found on edited text): the side panel shows both. Absent when the text is unchanged.
     */
    text: z.optional(z.string().check(z.maxLength(50_000))),
  }),
  z.object({
    id: IdSchema,
    status: z.literal('orphan'),
    reason: z.enum(['no-quote', 'not-found', 'context-mismatch', 'ambiguous']),
  }),
]);

const Locale = z.enum(['fr', 'en']);

// ------------------------------------------------------------------ commands

export const PingCommand = z.object({ type: z.literal(`${HL}ping`) });
/** Replaces what the page shows: anchors (retrying once after the page settles when some are not found) and draws. */
export const RenderCommand = z.object({
  type: z.literal(`${HL}render`),
  annotations: z.array(PageAnnotationSchema).check(z.maxLength(5000)),
  meanings: z.array(MeaningSchema).check(z.maxLength(50)),
  locale: Locale,
  /** 'selection': show the toolbar when the user selects text (default); 'off': only on request. */
  toolbar: z.optional(z.enum(['selection', 'off'])),
});
/** Adds or replaces one annotation (after a save from the context menu, or a re-attachment). */
export const AddCommand = z.object({ type: z.literal(`${HL}add`), annotation: PageAnnotationSchema });
export const UpdateCommand = z.object({
  type: z.literal(`${HL}update`),
  id: IdSchema,
  colour: z.optional(MeaningIdSchema),
  note: z.optional(NoteSchema),
});
export const RemoveCommand = z.object({ type: z.literal(`${HL}remove`), id: IdSchema });
/** Scrolls to a highlight and marks it as the focused one. */
export const FocusCommand = z.object({ type: z.literal(`${HL}focus`), id: IdSchema });
/** Describes the current selection with selectors (context menu, keyboard shortcut, re-attach). */
export const CaptureCommand = z.object({ type: z.literal(`${HL}capture`) });
/** Opens the toolbar on the current selection, focused (keyboard shortcut). */
export const ToolbarCommand = z.object({ type: z.literal(`${HL}toolbar`), locale: z.optional(Locale) });
/** Removes every highlight, style and element the script added. */
export const ClearCommand = z.object({ type: z.literal(`${HL}clear`) });

export const HighlighterCommandSchema = z.discriminatedUnion('type', [
  PingCommand,
  RenderCommand,
  AddCommand,
  UpdateCommand,
  RemoveCommand,
  FocusCommand,
  CaptureCommand,
  ToolbarCommand,
  ClearCommand,
]);
export type HighlighterCommand = z.infer<typeof HighlighterCommandSchema>;

// ------------------------------------------------------------------ replies

export const AckReply = z.object({ ok: z.boolean() });
export const PingReply = z.object({ ok: z.literal(true), version: z.number(), count: z.number() });
export const RenderReply = z.object({
  ok: z.literal(true),
  url: z.string(),
  /** False when the browser cannot draw CSS highlights (results are still reported). */
  rendering: z.boolean(),
  results: z.array(AnchorReportSchema),
});
export const AddReply = z.object({ ok: z.literal(true), result: AnchorReportSchema });
export const CaptureFailure = z.enum(['no-selection', 'editable', 'empty', 'too-long']);
export const CaptureReply = z.union([
  z.object({ ok: z.literal(true), url: z.string(), title: z.string(), quote: z.string(), selectors: SelectorsSchema }),
  z.object({ ok: z.literal(false), reason: CaptureFailure }),
]);
export const ToolbarReply = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: CaptureFailure }),
]);
export const ErrorReply = z.object({ ok: z.literal(false), error: z.string() });

export const HighlighterReplySchemas = {
  [`${HL}ping`]: PingReply,
  [`${HL}render`]: RenderReply,
  [`${HL}add`]: AddReply,
  [`${HL}update`]: AckReply,
  [`${HL}remove`]: AckReply,
  [`${HL}focus`]: AckReply,
  [`${HL}capture`]: CaptureReply,
  [`${HL}toolbar`]: ToolbarReply,
  [`${HL}clear`]: AckReply,
} as const;

export type ReplyOf<T extends HighlighterCommand['type']> = z.infer<(typeof HighlighterReplySchemas)[T]>;

// ------------------------------------------------------------------ events

export const SaveEvent = z.object({
  type: z.literal(`${HL}save`),
  url: z.string(),
  title: z.string(),
  quote: z.string(),
  selectors: SelectorsSchema,
  colour: MeaningIdSchema,
  note: z.optional(NoteSchema),
});
export const EditEvent = z.object({
  type: z.literal(`${HL}edit`),
  id: IdSchema,
  colour: z.optional(MeaningIdSchema),
  note: z.optional(NoteSchema),
});
export const DeleteEvent = z.object({ type: z.literal(`${HL}delete`), id: IdSchema });
export const ReportEvent = z.object({ type: z.literal(`${HL}report`), url: z.string(), results: z.array(AnchorReportSchema) });
export const ReadyEvent = z.object({ type: z.literal(`${HL}ready`), url: z.string(), version: z.number() });

export const HighlighterEventSchema = z.discriminatedUnion('type', [SaveEvent, EditEvent, DeleteEvent, ReportEvent, ReadyEvent]);
export type HighlighterEvent = z.infer<typeof HighlighterEventSchema>;

/** The extension's answer to a `save` event: the id under which the annotation was stored. */
export const SaveReply = z.union([
  z.object({ ok: z.literal(true), id: IdSchema }),
  z.object({ ok: z.literal(false), error: z.optional(z.string()) }),
]);

export type PageAnnotation = z.infer<typeof PageAnnotationSchema>;
export type AnchorReport = z.infer<typeof AnchorReportSchema>;
export type MeaningMessage = z.infer<typeof MeaningSchema>;
export type CaptureResult = z.infer<typeof CaptureReply>;
