/**
 * Reading a feed in two steps (widgets: the validation messages are fetched only when a
 * feed has a problem to explain) gives exactly what the one-step parsePartnerDirectory gives.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadValidationMessages } from '../../../shared/i18n/parse';
import { parseEstablishment, parsePartnerDirectory, parsePartnerProfile } from '../../../shared/partners/directory';
import {
  checkPartnerDirectory,
  describeDirectory,
  directoryNeedsMessages,
  parsePartnerDirectoryLazily,
  resolveFeedUrls,
} from '../../../shared/partners/directory-check';
import { makePartner } from '../../fixtures/partners';
import { repoRoot } from '../../helpers/paths';

const demo = JSON.parse(readFileSync(resolve(repoRoot, 'demo/registry/registre.json'), 'utf8'));
const establishment = { name: 'CH', contactEmail: 'contact@example.org' };

const feeds: [string, unknown][] = [
  ['the demo feed', demo],
  ['a valid feed', { establishment, partners: [makePartner()] }],
  ['a partly invalid feed', { establishment, partners: [makePartner(), { id: 'x' }, 42] }],
  ['duplicate ids', { establishment, partners: [makePartner(), makePartner()] }],
  ['no establishment', { partners: [] }],
  ['not an object', 'oops'],
  ['a wrong version', { schemaVersion: 2, establishment, partners: [] }],
];

describe('checkPartnerDirectory + describeDirectory', () => {
  it.each(feeds)('%s: same result as parsePartnerDirectory, in French and in English', async (_, feed) => {
    for (const locale of ['fr', 'en'] as const) {
      const expected = parsePartnerDirectory(feed, locale);
      expect(await parsePartnerDirectoryLazily(feed, locale)).toEqual(expected);
      expect(describeDirectory(checkPartnerDirectory(feed), locale, await loadValidationMessages())).toEqual(expected);
    }
  });

  it('asks for the messages only when something was refused for a reason to word', () => {
    expect(directoryNeedsMessages(checkPartnerDirectory(resolveFeedUrls(demo, 'https://ch.example.org/data/p.json')))).toBe(
      false,
    );
    // Its photos are relative to the feed: unresolved, they are refused, and that must be explained.
    expect(directoryNeedsMessages(checkPartnerDirectory(demo))).toBe(true);
    expect(directoryNeedsMessages(checkPartnerDirectory({ establishment, partners: [makePartner(), makePartner()] }))).toBe(
      false,
    );
    expect(directoryNeedsMessages(checkPartnerDirectory({ establishment, partners: [{ id: 'x' }] }))).toBe(true);
    expect(directoryNeedsMessages(checkPartnerDirectory(null))).toBe(true);
    const unused = () => {
      throw new Error('no message should be needed');
    };
    const valid = describeDirectory(
      checkPartnerDirectory({ establishment, partners: [makePartner(), makePartner()] }),
      'en',
      unused,
    );
    expect(valid.ok && valid.rejected.map((r) => r.message)).toEqual(['partners[1] (pp-camille-ferrand) — duplicate identifier']);
  });

  it('the one-step profile and establishment checks still word their problems', () => {
    expect(parsePartnerProfile(42, 'en')).toMatchObject({ ok: false, message: 'Data: expected an object' });
    expect(parseEstablishment({}, 'fr')).toMatchObject({ ok: false });
    expect(parsePartnerProfile(makePartner()).ok).toBe(true);
  });
});
