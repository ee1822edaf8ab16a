/** The card's own record of what it shows (`data-pp-shown`): read and validated, never more, never a photo. */
import { describe, expect, it } from 'vitest';
import { fullerOf, MAX_SHOWN_LENGTH, readShownAttribute } from '../../../../shared/contacts/shown';
import { ShownPartnerSchema } from '../../../../shared/schemas/contact';
import { cut, demoEntry, demoEstablishment, demoFeed, demoFound, demoRegistry, leaves, shownAttribute } from './helpers';

describe('readShownAttribute', () => {
  it('reads what a card shows: the entry (without its photo) and the establishment', () => {
    const entry = demoEntry('pp-001');
    const reading = readShownAttribute(shownAttribute(entry));
    expect(reading.ok).toBe(true);
    if (!reading.ok) return;
    const { photo: _photo, ...rest } = entry;
    expect(reading.shown).toEqual(rest);
    expect(reading.establishment).toEqual(demoEstablishment());
    expect(JSON.stringify(reading)).not.toContain('photos/');
  });

  it('says nothing the card did not say, for every person of the demo feed, full and compact', () => {
    for (const entry of demoFeed().partners) {
      for (const detail of ['full', 'compact'] as const) {
        const said = new Set(leaves(cut(entry, detail)));
        const reading = readShownAttribute(shownAttribute(cut(entry, detail)));
        expect(reading.ok).toBe(true);
        if (!reading.ok) continue;
        expect(ShownPartnerSchema.safeParse(reading.shown).success).toBe(true);
        for (const leaf of leaves(reading.shown)) expect(said.has(leaf)).toBe(true);
      }
    }
  });

  it('has no name without the name consent, no health data without the experience consent (the feed never had them)', () => {
    const registry = demoRegistry();
    const unnamed = readShownAttribute(shownAttribute(demoEntry('pp-005')));
    expect(JSON.stringify(unnamed)).not.toMatch(/Sophie|Lanier/);
    const raw = registry.partners.find((p) => p.id === 'pp-007');
    const noHealth = readShownAttribute(shownAttribute(demoEntry('pp-007')));
    expect(noHealth.ok && noHealth.shown.experience).toBeFalsy();
    for (const theme of raw?.experience.themes ?? []) expect(JSON.stringify(noHealth)).not.toContain(theme);
  });

  it('refuses, with a short reason, what is not a card’s record', () => {
    const entry = demoEntry('pp-001');
    const cases: [string | null, string][] = [
      [null, 'empty'],
      ['', 'empty'],
      ['{', 'not JSON'],
      ['"texte"', 'not an object'],
      [JSON.stringify({ partner: { ...entry, roles: 'patient' }, establishment: demoEstablishment() }), 'partner: roles'],
      [
        JSON.stringify({
          partner: { ...entry, contact: [{ kind: 'url', href: 'javascript:alert(1)', text: 'x' }] },
          establishment: demoEstablishment(),
        }),
        'partner: contact.0.href',
      ],
      [JSON.stringify({ partner: entry }), 'establishment'],
      // A registry profile (consents and all) is not a public entry.
      [JSON.stringify({ partner: demoRegistry().partners[0], establishment: demoEstablishment() }), 'partner: name'],
      [' '.repeat(MAX_SHOWN_LENGTH + 1), 'too long'],
    ];
    for (const [value, problem] of cases) {
      const reading = readShownAttribute(value);
      expect(reading.ok).toBe(false);
      if (!reading.ok) expect(reading.problem).toBe(problem);
    }
  });

  it('takes the fuller of two showings of one person', () => {
    const full = demoFound('pp-037');
    const compact = demoFound('pp-037', 'compact');
    expect(fullerOf(compact, full)).toBe(full);
    expect(fullerOf(full, compact)).toBe(full);
  });
});
