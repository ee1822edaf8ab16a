import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AnchorReportSchema,
  HighlighterCommandSchema,
  HighlighterEventSchema,
  HL,
  RenderReply,
  SaveReply,
} from '../../../../extension/modules/highlights/protocol';
import { isPageAnnotation, readAck, readCommand, readSaveReply } from '../../../../extension/modules/highlights/protocol-lite';

const quote = { type: 'TextQuoteSelector', exact: 'les patients partenaires', prefix: 'avec ', suffix: ' du service' };
const position = { type: 'TextPositionSelector', start: 10, end: 34 };
const hint = { type: 'CssSelector', value: 'main > p:nth-of-type(2)' };
const annotation = { id: 'h-1', selectors: [quote, position, hint], colour: 'a-retenir', note: '*important*' };
const meaning = { id: 'question', label: 'Question', colour: '#bfdbfe', pattern: 'wavy' };

const VALID = [
  { type: `${HL}ping` },
  { type: `${HL}render`, annotations: [annotation], meanings: [meaning], locale: 'fr' },
  { type: `${HL}render`, annotations: [], meanings: [], locale: 'en', toolbar: 'off' },
  { type: `${HL}add`, annotation },
  { type: `${HL}update`, id: 'h-1', colour: 'question' },
  { type: `${HL}update`, id: 'h-1', note: '' },
  { type: `${HL}remove`, id: 'h-1' },
  { type: `${HL}focus`, id: 'h-1' },
  { type: `${HL}capture` },
  { type: `${HL}toolbar` },
  { type: `${HL}toolbar`, locale: 'en' },
  { type: `${HL}clear` },
];

/** Ways to break a valid command: each must be refused by both validators. */
const BREAKAGES: Array<[string, (c: Record<string, unknown>) => unknown]> = [
  ['unknown type', (c) => ({ ...c, type: `${HL}explode` })],
  ['not ours', (c) => ({ ...c, type: 'other:ping' })],
  ['not an object', () => 'binome:hl:ping'],
  ['bad id', (c) => ('id' in c ? { ...c, id: '../etc' } : { ...c, type: `${HL}remove`, id: '' })],
  ['bad colour', (c) => ({ ...c, type: `${HL}update`, id: 'h', colour: 'Red colour' })],
  ['bad annotation id', () => ({ type: `${HL}add`, annotation: { ...annotation, id: ' x' } })],
  ['empty quote', () => ({ type: `${HL}add`, annotation: { ...annotation, selectors: [{ ...quote, exact: '' }] } })],
  [
    'end before start',
    () => ({ type: `${HL}add`, annotation: { ...annotation, selectors: [{ ...position, start: 9, end: 3 }] } }),
  ],
  ['fractional offset', () => ({ type: `${HL}add`, annotation: { ...annotation, selectors: [{ ...position, start: 1.5 }] } })],
  ['blank hint', () => ({ type: `${HL}add`, annotation: { ...annotation, selectors: [{ ...hint, value: '   ' }] } })],
  [
    'unknown selector',
    () => ({ type: `${HL}add`, annotation: { ...annotation, selectors: [{ type: 'XPathSelector', value: '/p' }] } }),
  ],
  ['no selectors', () => ({ type: `${HL}add`, annotation: { ...annotation, selectors: [] } })],
  ['eleven selectors', () => ({ type: `${HL}add`, annotation: { ...annotation, selectors: Array(11).fill(quote) } })],
  ['note too long', () => ({ type: `${HL}add`, annotation: { ...annotation, note: 'x'.repeat(20_001) } })],
  ['bad locale', () => ({ type: `${HL}render`, annotations: [], meanings: [], locale: 'de' })],
  ['bad pattern', () => ({ type: `${HL}render`, annotations: [], meanings: [{ ...meaning, pattern: 'zigzag' }], locale: 'fr' })],
  [
    'css in colour',
    () => ({ type: `${HL}render`, annotations: [], meanings: [{ ...meaning, colour: 'red}body{x:y' }], locale: 'fr' }),
  ],
  ['bad toolbar', () => ({ type: `${HL}render`, annotations: [], meanings: [], locale: 'fr', toolbar: 'always' })],
];

describe('the injected script’s guards agree with the zod protocol', () => {
  it.each(VALID)('accepts $type', (command) => {
    expect(HighlighterCommandSchema.safeParse(command).success).toBe(true);
    expect(readCommand(command)).toEqual(command);
  });

  it.each(BREAKAGES)('refuses a command with %s', (_, breakIt) => {
    for (const command of VALID) {
      const broken = breakIt(command as Record<string, unknown>);
      const zodAccepts = HighlighterCommandSchema.safeParse(broken).success;
      expect(readCommand(broken) !== null, JSON.stringify(broken).slice(0, 120)).toBe(zodAccepts);
    }
  });

  it('agrees on arbitrary annotation-like values (property)', () => {
    const selector = fc.oneof(
      fc.record({
        type: fc.constant('TextQuoteSelector'),
        exact: fc.string({ maxLength: 5 }),
        prefix: fc.option(fc.string(), { nil: undefined }),
      }),
      fc.record({
        type: fc.constant('TextPositionSelector'),
        start: fc.integer({ min: -2, max: 5 }),
        end: fc.integer({ min: -2, max: 5 }),
      }),
      fc.record({ type: fc.constantFrom('CssSelector', 'Other'), value: fc.constantFrom('', ' ', 'p', 'main > p') }),
    );
    const candidate = fc.record({
      id: fc.constantFrom('a', 'h-1', '', ' b', 'x'.repeat(129)),
      colour: fc.constantFrom('a-retenir', 'Question', '1abc', 'z'),
      selectors: fc.array(selector, { maxLength: 11 }),
      note: fc.option(fc.string(), { nil: undefined }),
    });
    fc.assert(
      fc.property(candidate, (a) => {
        const zodAccepts = HighlighterCommandSchema.safeParse({ type: `${HL}add`, annotation: a }).success;
        expect(isPageAnnotation(a)).toBe(zodAccepts);
      }),
      { numRuns: 500 },
    );
  });

  it('reads the extension’s replies to save, edit and delete', () => {
    expect(readSaveReply({ ok: true, id: 'ann-1' })).toBe('ann-1');
    expect(SaveReply.safeParse({ ok: true, id: 'ann-1' }).success).toBe(true);
    expect(readSaveReply({ ok: false, error: 'quota' })).toBeNull();
    expect(readSaveReply(undefined)).toBeNull();
    expect(readSaveReply({ ok: true, id: 'bad id' })).toBeNull();
    expect(readAck({ ok: true })).toBe(true);
    expect(readAck({ ok: false })).toBe(false);
    expect(readAck(undefined)).toBe(false);
  });

  it('describes the events the page sends', () => {
    const save = {
      type: `${HL}save`,
      url: 'http://127.0.0.1/a',
      title: 'A',
      quote: quote.exact,
      selectors: [quote, position],
      colour: 'a-citer',
    };
    expect(HighlighterEventSchema.safeParse(save).success).toBe(true);
    expect(
      HighlighterEventSchema.safeParse({
        type: `${HL}report`,
        url: 'x',
        results: [{ id: 'a', status: 'orphan', reason: 'ambiguous' }],
      }).success,
    ).toBe(true);
    expect(HighlighterEventSchema.safeParse({ ...save, colour: 'Bad' }).success).toBe(false);
    expect(HighlighterEventSchema.safeParse({ type: `${HL}ready`, url: 'http://127.0.0.1/a', version: 1 }).success).toBe(true);
  });
});

describe('anchoring reports', () => {
  const found = { id: 'h-1', status: 'anchored', method: 'fuzzy', score: 0.93 };
  it('may say how a passage re-found on edited text reads now, as bounded text', () => {
    const reply = {
      ok: true,
      url: 'https://exemple.fr/',
      rendering: true,
      results: [{ ...found, text: 'les équipes qui les accompagnent' }],
    };
    expect(RenderReply.safeParse(reply).success).toBe(true);
    expect(AnchorReportSchema.safeParse(found).success).toBe(true);
    expect(AnchorReportSchema.safeParse({ ...found, text: 'x'.repeat(50_001) }).success).toBe(false);
    expect(AnchorReportSchema.safeParse({ ...found, text: 12 }).success).toBe(false);
    // An orphan has no text: nothing was found.
    expect(AnchorReportSchema.parse({ id: 'h-2', status: 'orphan', reason: 'not-found', text: 'x' })).toEqual({
      id: 'h-2',
      status: 'orphan',
      reason: 'not-found',
    });
    const event = { type: `${HL}report`, url: 'https://exemple.fr/', results: [{ ...found, text: 'nouveau texte' }] };
    expect(HighlighterEventSchema.parse(event)).toEqual(event);
  });
});
