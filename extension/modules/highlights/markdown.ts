/**
 * A note's Markdown, rendered safely as text structure: paragraphs, emphasis, inline
 * code, lists, quotes, code blocks, line breaks and links — built as DOM nodes or
 * Preact vnodes, never through HTML strings. Raw HTML in a note stays visible text
 * ("<img onerror=…>" is shown, not run); links keep only https:, http:, mailto: and tel:
 * addresses (shared safe-URL rule) and open in a new tab without referrer; any other
 * link is shown as its label. Headings become bold paragraphs so that a note never
 * breaks the heading outline of the page that shows it.
 */
import { isSafeUrl } from '../../../shared/schemas/safe-url';

export type MdInline =
  | string
  | { readonly t: 'em' | 'strong'; readonly c: MdInline[] }
  | { readonly t: 'code'; readonly text: string }
  | { readonly t: 'a'; readonly href: string; readonly c: MdInline[] }
  | { readonly t: 'br' };

export type MdBlock =
  | { readonly t: 'p' | 'h'; readonly c: MdInline[] }
  | { readonly t: 'ul'; readonly items: MdInline[][] }
  | { readonly t: 'ol'; readonly start: number; readonly items: MdInline[][] }
  | { readonly t: 'quote'; readonly c: MdBlock[] }
  | { readonly t: 'pre'; readonly text: string };

const MAX_SOURCE = 20_000;
const MAX_DEPTH = 4;

// ------------------------------------------------------------------ inline

const ESCAPABLE = /[\\`*_{}[\]()#+\-.!<>~|]/;
const BARE_URL = /^(?:https?:\/\/|mailto:|tel:)[^\s<>"]+/;

function trimUrlPunctuation(url: string): string {
  return url.replace(/[.,;:!?)\]'"]+$/, '');
}

function pushText(out: MdInline[], s: string): void {
  if (!s) return;
  const last = out[out.length - 1];
  if (typeof last === 'string') out[out.length - 1] = last + s;
  else out.push(s);
}

/** Inline Markdown of one block (its lines joined by "\n"). */
export function parseInline(src: string, depth = 0, inLink = false): MdInline[] {
  const out: MdInline[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i] as string;
    const rest = src.slice(i);
    if (c === '\\' && i + 1 < src.length) {
      const next = src[i + 1] as string;
      if (next === '\n') {
        out.push({ t: 'br' });
        i += 2;
        continue;
      }
      if (ESCAPABLE.test(next)) {
        pushText(out, next);
        i += 2;
        continue;
      }
    }
    if (c === '\n') {
      // Two trailing spaces make a hard break; otherwise a line break is a space.
      const text = out[out.length - 1];
      if (typeof text === 'string' && / {2,}$/.test(text)) {
        out[out.length - 1] = text.replace(/ +$/, '');
        out.push({ t: 'br' });
      } else pushText(out, ' ');
      i++;
      continue;
    }
    if (c === '`') {
      const close = src.indexOf('`', i + 1);
      if (close > i + 1) {
        out.push({ t: 'code', text: src.slice(i + 1, close) });
        i = close + 1;
        continue;
      }
    }
    if ((c === '*' || c === '_') && depth < MAX_DEPTH) {
      const double = src[i + 1] === c;
      const marker = double ? c + c : c;
      const from = i + marker.length;
      // "_" only delimits at word edges (snake_case stays as is); content must not start with a space.
      const opens =
        src[from] !== undefined && src[from] !== ' ' && (c === '*' || i === 0 || /[\s(["'«]/.test(src[i - 1] as string));
      if (opens) {
        let close = src.indexOf(marker, from + 1);
        while (close > 0 && (src[close - 1] === ' ' || (c === '_' && /\w/.test(src[close + marker.length] ?? '')))) {
          close = src.indexOf(marker, close + 1);
        }
        if (close > from) {
          out.push({ t: double ? 'strong' : 'em', c: parseInline(src.slice(from, close), depth + 1, inLink) });
          i = close + marker.length;
          continue;
        }
      }
    }
    if (c === '[' && !inLink) {
      const link = /^\[([^\]\n]{1,500})\]\(\s*([^\s()]{1,2048})(?:\s+"[^"\n]*")?\s*\)/.exec(rest);
      if (link) {
        const label = parseInline(link[1] as string, depth + 1, true);
        const href = link[2] as string;
        if (isSafeUrl(href)) out.push({ t: 'a', href, c: label });
        else
          for (const part of label) {
            if (typeof part === 'string') pushText(out, part);
            else out.push(part);
          }
        i += link[0].length;
        continue;
      }
    }
    if (c === '<') {
      const auto = /^<((?:https?:\/\/|mailto:|tel:)[^\s<>]{1,2048})>/.exec(rest);
      if (auto && isSafeUrl(auto[1])) {
        if (inLink) pushText(out, auto[1] as string);
        else out.push({ t: 'a', href: auto[1] as string, c: [auto[1] as string] });
        i += auto[0].length;
        continue;
      }
    }
    if (!inLink && (c === 'h' || c === 'm' || c === 't') && (i === 0 || /[\s(]/.test(src[i - 1] as string))) {
      const bare = BARE_URL.exec(rest);
      if (bare) {
        const url = trimUrlPunctuation(bare[0]);
        if (isSafeUrl(url)) {
          out.push({ t: 'a', href: url, c: [url] });
          i += url.length;
          continue;
        }
      }
    }
    pushText(out, c);
    i++;
  }
  return out;
}

// ------------------------------------------------------------------ blocks

const BULLET = /^ {0,3}[-*+]\s+(.*)$/;
const ORDERED = /^ {0,3}(\d{1,9})[.)]\s+(.*)$/;
const HEADING = /^ {0,3}#{1,6}\s+(.*?)\s*#*\s*$/;
const QUOTE = /^ {0,3}>\s?(.*)$/;
const FENCE = /^ {0,3}(```|~~~)/;

/** Block structure of a note. */
export function parseMarkdown(source: string, depth = 0): MdBlock[] {
  const lines = source.slice(0, MAX_SOURCE).replace(/\r\n?/g, '\n').split('\n');
  const blocks: MdBlock[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; start: number; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ t: 'p', c: parseInline(paragraph.join('\n')) });
    paragraph = [];
  };
  const flushList = () => {
    if (!list) return;
    const items = list.items.map((item) => parseInline(item));
    blocks.push(list.ordered ? { t: 'ol', start: list.start, items } : { t: 'ul', items });
    list = null;
  };

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n] as string;
    if (line.trim() === '') {
      flushParagraph();
      flushList();
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence) {
      flushParagraph();
      flushList();
      const body: string[] = [];
      n++;
      while (n < lines.length && !(lines[n] as string).trimStart().startsWith(fence[1] as string))
        body.push(lines[n++] as string);
      blocks.push({ t: 'pre', text: body.join('\n') });
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flushParagraph();
      flushList();
      blocks.push({ t: 'h', c: parseInline(heading[1] as string) });
      continue;
    }
    if (QUOTE.test(line) && depth < MAX_DEPTH) {
      flushParagraph();
      flushList();
      const quoted: string[] = [];
      while (n < lines.length && QUOTE.test(lines[n] as string))
        quoted.push((QUOTE.exec(lines[n++] as string) as RegExpExecArray)[1] as string);
      n--;
      blocks.push({ t: 'quote', c: parseMarkdown(quoted.join('\n'), depth + 1) });
      continue;
    }
    const bullet = BULLET.exec(line);
    const ordered = bullet ? null : ORDERED.exec(line);
    if (bullet || ordered) {
      flushParagraph();
      const isOrdered = Boolean(ordered);
      if (list && list.ordered !== isOrdered) flushList();
      list ??= { ordered: isOrdered, start: ordered ? Number(ordered[1]) : 1, items: [] };
      list.items.push(((bullet ?? ordered) as RegExpExecArray)[isOrdered ? 2 : 1] as string);
      continue;
    }
    if (list && /^\s{2,}\S/.test(line)) {
      // Continuation of the last item.
      list.items[list.items.length - 1] += `\n${line.trim()}`;
      continue;
    }
    flushList();
    paragraph.push(line);
  }
  flushParagraph();
  flushList();
  return blocks;
}

// ------------------------------------------------------------------ rendering

/** A hyperscript function: Preact's `h` fits, and so does the DOM builder below. */
export type NodeFactory<N> = (tag: string, props: Record<string, string> | null, children: Array<N | string>) => N;

const LINK_PROPS = { rel: 'noopener noreferrer nofollow', target: '_blank' };

function inlineNodes<N>(inline: readonly MdInline[], h: NodeFactory<N>): Array<N | string> {
  return inline.map((part) => {
    if (typeof part === 'string') return part;
    switch (part.t) {
      case 'br':
        return h('br', null, []);
      case 'code':
        return h('code', null, [part.text]);
      case 'a':
        return h('a', { href: part.href, ...LINK_PROPS }, inlineNodes(part.c, h));
      default:
        return h(part.t, null, inlineNodes(part.c, h));
    }
  });
}

function blockNodes<N>(blocks: readonly MdBlock[], h: NodeFactory<N>): N[] {
  return blocks.map((block) => {
    switch (block.t) {
      case 'p':
        return h('p', null, inlineNodes(block.c, h));
      case 'h':
        return h('p', { class: 'md-heading' }, [h('strong', null, inlineNodes(block.c, h))]);
      case 'ul':
        return h(
          'ul',
          null,
          block.items.map((item) => h('li', null, inlineNodes(item, h))),
        );
      case 'ol':
        return h(
          'ol',
          block.start === 1 ? null : { start: String(block.start) },
          block.items.map((item) => h('li', null, inlineNodes(item, h))),
        );
      case 'quote':
        return h('blockquote', null, blockNodes(block.c, h));
      default:
        return h('pre', null, [h('code', null, [block.text])]);
    }
  });
}

/** Renders a note with any hyperscript factory (e.g. `(t, p, c) => h(t, p, ...c)` with Preact). */
export function renderMarkdown<N>(source: string, h: NodeFactory<N>): N[] {
  return blockNodes(parseMarkdown(source), h);
}

const ALLOWED_TAGS = new Set(['p', 'strong', 'em', 'code', 'pre', 'br', 'ul', 'ol', 'li', 'blockquote', 'a']);
const ALLOWED_PROPS = new Set(['href', 'rel', 'target', 'start', 'class']);

/** Renders a note as DOM nodes of `doc` (text via text nodes only). */
export function markdownToFragment(source: string, doc: Document = document): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const h: NodeFactory<Node> = (tag, props, children) => {
    // Defence in depth: the parser only produces these tags and attributes.
    const element = doc.createElement(ALLOWED_TAGS.has(tag) ? tag : 'span');
    for (const [name, value] of Object.entries(props ?? {})) if (ALLOWED_PROPS.has(name)) element.setAttribute(name, value);
    for (const child of children) element.append(typeof child === 'string' ? doc.createTextNode(child) : child);
    return element;
  };
  for (const node of renderMarkdown(source, h)) fragment.append(node);
  return fragment;
}

/** Plain text of a note (for search, exports and screen-reader summaries). */
export function markdownToText(source: string): string {
  const text = (inline: readonly MdInline[]): string =>
    inline.map((p) => (typeof p === 'string' ? p : p.t === 'br' ? '\n' : p.t === 'code' ? p.text : text(p.c))).join('');
  const blocks = (list: readonly MdBlock[]): string[] =>
    list.flatMap((b) => {
      switch (b.t) {
        case 'p':
        case 'h':
          return [text(b.c)];
        case 'ul':
        case 'ol':
          return b.items.map((item) => `• ${text(item)}`);
        case 'quote':
          return blocks(b.c);
        default:
          return [b.text];
      }
    });
  return blocks(parseMarkdown(source)).join('\n');
}
