import { describe, expect, it } from 'vitest';
import { type MdInline, markdownToText, parseInline, parseMarkdown } from '../../../../extension/modules/highlights/markdown';

describe('note Markdown, parsed as text structure', () => {
  it('reads paragraphs, emphasis, code and hard breaks', () => {
    expect(parseMarkdown('Un *passage* **important**\net `code`.\n\nSecond  \nligne')).toEqual([
      {
        t: 'p',
        c: ['Un ', { t: 'em', c: ['passage'] }, ' ', { t: 'strong', c: ['important'] }, ' et ', { t: 'code', text: 'code' }, '.'],
      },
      { t: 'p', c: ['Second', { t: 'br' }, 'ligne'] },
    ]);
  });

  it('reads bullet and numbered lists, quotes, headings and code blocks', () => {
    expect(parseMarkdown('- un\n- deux\n  suite\n\n3. trois\n4. quatre\n\n> cité\n\n## Titre\n\n```\n<b>x</b>\n```')).toEqual([
      { t: 'ul', items: [['un'], ['deux suite']] },
      { t: 'ol', start: 3, items: [['trois'], ['quatre']] },
      { t: 'quote', c: [{ t: 'p', c: ['cité'] }] },
      { t: 'h', c: ['Titre'] },
      { t: 'pre', text: '<b>x</b>' },
    ]);
  });

  it('keeps links only for https, http, mailto and tel', () => {
    const links = (s: string) =>
      parseInline(s).filter((p): p is Extract<MdInline, { t: 'a' }> => typeof p !== 'string' && p.t === 'a');
    expect(links('[guide](https://www.has-sante.fr/guide) <mailto:a@b.fr> tel:+33123456789 http://x.fr.')).toEqual([
      { t: 'a', href: 'https://www.has-sante.fr/guide', c: ['guide'] },
      { t: 'a', href: 'mailto:a@b.fr', c: ['mailto:a@b.fr'] },
      { t: 'a', href: 'tel:+33123456789', c: ['tel:+33123456789'] },
      { t: 'a', href: 'http://x.fr', c: ['http://x.fr'] },
    ]);
    // Unsafe targets: the label stays, as text (or the whole thing does when it is not even a link).
    expect(parseInline('[clic](javascript:void) [img](data:text/html,x) [x](file:///etc/passwd)')).toEqual(['clic img x']);
    expect(parseInline('[clic](javascript:alert(1)) <javascript:alert(1)>')).toEqual([
      '[clic](javascript:alert(1)) <javascript:alert(1)>',
    ]);
  });

  it('leaves raw HTML as text and snake_case alone', () => {
    expect(parseInline('<img src=x onerror="alert(1)"> mon_identifiant_long')).toEqual([
      '<img src=x onerror="alert(1)"> mon_identifiant_long',
    ]);
  });

  it('gives a plain-text form for search and exports', () => {
    expect(markdownToText('**À retenir** : le *guide*\n\n- un\n- deux')).toBe('À retenir : le guide\n• un\n• deux');
  });
});
