import { describe, expect, it } from 'vitest';
import {
  parseDateText,
  readBool,
  readConsent,
  readDate,
  readInt,
  readNumber,
  splitAligned,
  splitList,
} from '../../../../shared/registry/cells';

describe('consent cells', () => {
  it('a date alone means given that day, as French Excel or ISO writes it, or as an XLSX date cell', () => {
    expect(readConsent('15/01/2026', undefined)).toEqual({ value: { granted: true, date: '2026-01-15' } });
    expect(readConsent('5/1/2026', undefined)).toEqual({ value: { granted: true, date: '2026-01-05' } });
    expect(readConsent('2026-01-15', undefined)).toEqual({ value: { granted: true, date: '2026-01-15' } });
    expect(readConsent(new Date(Date.UTC(2026, 0, 15)), undefined)).toEqual({ value: { granted: true, date: '2026-01-15' } });
  });

  it('« non », « refusé », « retiré [le] » + date: not given or withdrawn that day; « oui » + date: given', () => {
    for (const cell of [
      'non 02/05/2026',
      'Retiré le 02/05/2026',
      'retire 2026-05-02',
      'REFUSÉE : 02/05/2026',
      'withdrawn on 02/05/2026',
    ]) {
      expect(readConsent(cell, undefined), cell).toEqual({ value: { granted: false, date: '2026-05-02' } });
    }
    expect(readConsent('oui le 02/05/2026', undefined)).toEqual({ value: { granted: true, date: '2026-05-02' } });
  });

  it('bare oui/non (or an XLSX boolean) take the row’s consentements_le date, and are refused without it', () => {
    expect(readConsent('oui', '2026-02-10')).toEqual({ value: { granted: true, date: '2026-02-10' } });
    expect(readConsent('Non', '2026-02-10')).toEqual({ value: { granted: false, date: '2026-02-10' } });
    expect(readConsent(true, '2026-02-10')).toEqual({ value: { granted: true, date: '2026-02-10' } });
    expect(readConsent('oui', undefined)).toEqual({ problem: 'consent_date_missing', detail: 'oui' });
  });

  it('empty means never recorded; anything else is an error', () => {
    expect(readConsent('', undefined)).toEqual({ value: undefined });
    expect(readConsent(null, undefined)).toEqual({ value: undefined });
    expect(readConsent('  ', undefined)).toEqual({ value: undefined });
    for (const cell of ['peut-être', 'oui demain', '31/02/2026', '15/01/26', 'x']) {
      expect(readConsent(cell, '2026-01-01'), cell).toMatchObject({ problem: 'consent' });
    }
  });
});

describe('other cells', () => {
  it('dates: real calendar dates only, day first', () => {
    expect(parseDateText('29/02/2024')).toBe('2024-02-29');
    expect(parseDateText('29/02/2026')).toBeUndefined();
    expect(parseDateText('12/13/2026')).toBeUndefined();
    expect(parseDateText('2026-03-12T10:00:00+01:00')).toBe('2026-03-12');
    expect(readDate('12.03.2026')).toEqual({ value: '2026-03-12' });
    expect(readDate('mars 2026')).toEqual({ problem: 'date', detail: 'mars 2026' });
  });

  it('yes/no: oui/non and their usual spellings; empty is undefined', () => {
    expect(['oui', 'OUI', 'x', 'Vrai', 'yes', '1', true].map((c) => readBool(c))).toEqual(new Array(7).fill({ value: true }));
    expect(['non', 'Faux', 'no', '0', false].map((c) => readBool(c))).toEqual(new Array(5).fill({ value: false }));
    expect(readBool('')).toEqual({ value: undefined });
    expect(readBool('peut-être')).toEqual({ problem: 'bool', detail: 'peut-être' });
  });

  it('numbers as French Excel writes them', () => {
    expect(readNumber('1,5')).toEqual({ value: 1.5 });
    expect(readNumber('1 200')).toEqual({ value: 1200 });
    expect(readNumber(40)).toEqual({ value: 40 });
    expect(readNumber('quarante')).toMatchObject({ problem: 'number' });
    expect(readInt('3')).toEqual({ value: 3 });
    expect(readInt('2,5')).toMatchObject({ problem: 'int' });
  });

  it('lists split on | or line breaks; aligned lists keep their empty items', () => {
    expect(splitList(' a | b ||c\nd ')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitAligned('https://a.example | | https://c.example')).toEqual(['https://a.example', '', 'https://c.example']);
    expect(splitAligned('')).toEqual([]);
  });
});
