/**
 * The platform's one Markdown renderer, for what organizers write: the rules (thể lệ) and the
 * prize structure (cơ cấu giải thưởng). The contest page renders with it, and the organizer
 * console's preview imports this very file, so the preview shows exactly what contestants see.
 *
 * marked (GitHub-flavoured: tables, strikethrough) turns the text into HTML, with raw HTML in the
 * text escaped so it shows as text and never runs; DOMPurify then keeps only the tags and
 * attributes below, and only http(s) and mailto links, which open in a new tab. Nothing here
 * needs inline script or style, so the page's strict Content-Security-Policy holds.
 */
import { Marked, type Token, type Tokens } from 'marked';
import DOMPurify from 'dompurify';

/** The options both the page and the console use; exported so a test can pin them. */
export const MARKDOWN_OPTIONS = { gfm: true, breaks: false, async: false } as const;

export const ALLOWED_TAGS = [
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'ul', 'ol', 'li', 'blockquote', 'strong', 'em', 'del',
  'code', 'pre', 'a', 'table', 'thead', 'tbody', 'tr', 'th', 'td',
];
const ALLOWED_ATTR = ['href', 'title', 'align', 'start', 'rel', 'target'];
const SAFE_LINK = /^(https?:|mailto:)/i;

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  ...MARKDOWN_OPTIONS,
  renderer: {
    // raw HTML in the organizer's text is shown as written, never interpreted
    html: (token: Tokens.HTML | Tokens.Tag) => escapeHtml(token.text),
    // a link to anything but http(s) or mailto keeps its words and loses the link
    link(token: Tokens.Link) {
      return SAFE_LINK.test(token.href) ? false : this.parser.parseInline(token.tokens);
    },
  },
});

let hooked = false;
function purifier() {
  if (!hooked) {
    DOMPurify.addHook('afterSanitizeAttributes', (node) => {
      if (node.nodeName !== 'A') return;
      const href = node.getAttribute('href') ?? '';
      if (!SAFE_LINK.test(href)) {
        node.removeAttribute('href');
        return;
      }
      node.setAttribute('rel', 'noopener noreferrer');
      node.setAttribute('target', '_blank');
    });
    hooked = true;
  }
  return DOMPurify;
}

/**
 * Shifts headings so that the text's highest one sits at {@code topLevel}, below the page's own
 * headings, whatever level the organizer started at.
 */
function shiftHeadings(tokens: Token[], topLevel: number) {
  const headings: Tokens.Heading[] = [];
  marked.walkTokens(tokens, (t) => {
    if (t.type === 'heading') headings.push(t as Tokens.Heading);
  });
  const highest = Math.min(6, ...headings.map((t) => t.depth));
  headings.forEach((t) => (t.depth = Math.min(6, topLevel + t.depth - highest)));
}

/** Sanitized HTML for the text. */
export function markdownToHtml(source: string, topLevel = 3): string {
  const tokens = marked.lexer(source ?? '');
  shiftHeadings(tokens, topLevel);
  const html = marked.parser(tokens);
  return purifier().sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false });
}

/** The same, as nodes ready to append. */
export function renderMarkdown(source: string, topLevel = 3): DocumentFragment {
  const template = document.createElement('template');
  template.innerHTML = markdownToHtml(source, topLevel);
  return template.content;
}
