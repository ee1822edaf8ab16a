import { describe, expect, it } from 'vitest';
import { applyEdit, editIsEmpty } from '../../../../shared/library/edit';
import { makeItems } from '../../../helpers/library-items';

const item = { ...makeItems(1)[0]!, tags: ['a', 'b'], domains: ['recherche' as const], note: 'n', title: 'T' };

describe('applyEdit: three-way merge of a page edit into the stored item', () => {
  it('applies changed fields, keeps untouched ones as stored', () => {
    const stored = { ...item, note: 'changed elsewhere' };
    const result = applyEdit(stored, { base: { title: 'T', note: 'n' }, next: { title: 'Nouveau', note: 'n' } });
    expect(result.title).toBe('Nouveau');
    expect(result.note).toBe('changed elsewhere');
  });

  it('merges lists: additions from both sides kept, removals applied', () => {
    const stored = { ...item, tags: ['a', 'b', 'c-elsewhere'] };
    const result = applyEdit(stored, { base: { tags: ['a', 'b'] }, next: { tags: ['b', 'd'] } });
    expect(result.tags).toEqual(['b', 'c-elsewhere', 'd']);
  });

  it('replaces outright without a base', () => {
    expect(applyEdit(item, { next: { tags: ['x'] } }).tags).toEqual(['x']);
  });

  it('knows an edit that changes nothing', () => {
    expect(editIsEmpty(item, { base: { tags: ['a', 'b'] }, next: { tags: ['a', 'b'], note: 'n' } })).toBe(true);
    expect(editIsEmpty(item, { next: { note: 'other' } })).toBe(false);
  });
});
