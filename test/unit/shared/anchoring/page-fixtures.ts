/**
 * The text of a fixture page as the highlighter's text map reads it (text nodes of
 * <body> in document order, script/style/noscript/template and `hidden` elements
 * skipped), for Node tests. The fixtures are simple, controlled HTML: tags never
 * contain ">" in attribute values and hidden elements do not nest.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixturesDir } from '../../../helpers/paths';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function htmlToText(html: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? html;
  return body
    .replace(/<(script|style|noscript|template)\b[\s\S]*?<\/\1>/gi, '')
    .replace(/<(\w+)\b[^>]*\shidden\b[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
      if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
      return ENTITIES[name] ?? whole;
    });
}

export function fixtureText(name: string): string {
  return htmlToText(readFileSync(resolve(fixturesDir, 'anchoring', name), 'utf8'));
}
