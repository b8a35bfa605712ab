/**
 * A small Markdown renderer for the rules (thể lệ) and prizes that organizers write: headings,
 * paragraphs, lists, quotes, bold, italic, code and links. It builds DOM nodes, so any HTML in
 * the text is shown as text, and only http(s) and mailto links become links.
 */
import { h } from './dom';

type Block =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'quote'; text: string };

const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const BULLET = /^\s*[-*+]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;
const QUOTE = /^\s*>\s?(.*)$/;

export function parseBlocks(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  let quote: string[] = [];

  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', text: paragraph.join('\n') });
    if (list) blocks.push({ kind: 'list', ...list });
    if (quote.length) blocks.push({ kind: 'quote', text: quote.join('\n') });
    paragraph = [];
    list = null;
    quote = [];
  };

  for (const line of lines) {
    if (!line.trim()) {
      flush();
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1].length, text: heading[2] });
      continue;
    }
    const bullet = BULLET.exec(line);
    const numbered = bullet ? null : NUMBERED.exec(line);
    if (bullet || numbered) {
      const ordered = Boolean(numbered);
      if (paragraph.length || quote.length || (list && list.ordered !== ordered)) flush();
      if (!list) list = { ordered, items: [] };
      list.items.push((bullet ?? numbered)![1]);
      continue;
    }
    const quoted = QUOTE.exec(line);
    if (quoted) {
      if (paragraph.length || list) flush();
      quote.push(quoted[1]);
      continue;
    }
    if (list && /^\s{2,}/.test(line)) {
      // an indented line continues the last list item
      list.items[list.items.length - 1] += ' ' + line.trim();
      continue;
    }
    if (list || quote.length) flush();
    paragraph.push(line.trim());
  }
  flush();
  return blocks;
}

const INLINE = /(\*\*|__)(.+?)\1|(\*|_)(?!\s)(.+?)\3|`([^`]+)`|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Inline marks as nodes; anything unrecognised stays literal text. */
export function inline(text: string): Node[] {
  const nodes: Node[] = [];
  let last = 0;
  for (const match of text.matchAll(INLINE)) {
    const at = match.index ?? 0;
    if (at > last) pushText(nodes, text.slice(last, at));
    if (match[2] !== undefined) nodes.push(h('strong', null, inline(match[2])));
    else if (match[4] !== undefined) nodes.push(h('em', null, inline(match[4])));
    else if (match[5] !== undefined) nodes.push(h('code', null, match[5]));
    else if (match[6] !== undefined) nodes.push(link(match[6], match[7]));
    last = at + match[0].length;
  }
  if (last < text.length) pushText(nodes, text.slice(last));
  return nodes;
}

function pushText(nodes: Node[], text: string) {
  const parts = text.split('\n');
  parts.forEach((part, i) => {
    if (i > 0) nodes.push(document.createTextNode(' '));
    if (part) nodes.push(document.createTextNode(part));
  });
}

function link(label: string, href: string): Node {
  if (!/^(https?:|mailto:)/i.test(href)) return document.createTextNode(label);
  return h('a', { href, rel: 'noopener noreferrer', target: '_blank' }, inline(label));
}

/**
 * Renders into a fragment. Headings are shifted so that the text's highest heading sits at
 * {@code topLevel}, below the page's own headings, whatever level the organizer started at.
 */
export function renderMarkdown(source: string, topLevel = 3): DocumentFragment {
  const fragment = document.createDocumentFragment();
  const blocks = parseBlocks(source);
  const highest = Math.min(6, ...blocks.map((b) => (b.kind === 'heading' ? b.level : 6)));
  for (const block of blocks) {
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(6, topLevel + block.level - highest);
        const tag = `h${level}` as 'h3';
        fragment.appendChild(h(tag, null, inline(block.text)));
        break;
      }
      case 'paragraph':
        fragment.appendChild(h('p', null, inline(block.text)));
        break;
      case 'list':
        fragment.appendChild(h(block.ordered ? 'ol' : 'ul', null, block.items.map((item) => h('li', null, inline(item)))));
        break;
      case 'quote':
        fragment.appendChild(h('blockquote', null, h('p', null, inline(block.text))));
        break;
    }
  }
  return fragment;
}
