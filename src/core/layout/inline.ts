import MarkdownIt from 'markdown-it';
import cjkFriendly from 'markdown-it-cjk-friendly';
type Token = MarkdownIt.Token;

/**
 * Inline content of one line of a report: markdown-it reads `**bold**` and backslash escapes; nothing
 * else is markup (no raw HTML, links, code or entities: what the user typed is what is printed).
 */
export interface InlinePiece {
  /** The text as printed. */
  text: string;
  /** Source offsets the piece comes from; `end - start === text.length` unless it is an escape. */
  start: number;
  end: number;
  bold: boolean;
}

type InlineParser = ReturnType<typeof MarkdownIt>;
let parser: InlineParser | undefined;

function inlineParser(): InlineParser {
  // `zero` keeps only plain text; emphasis gives `**bold**`, escape gives `\*`. CommonMark ends no bold
  // after a Chinese mark with Chinese text next (**注意：**这是…); the CJK-friendly rules do.
  parser ??= new MarkdownIt('zero', { html: false }).enable(['emphasis', 'escape']).use(cjkFriendly);
  return parser;
}

/** Whether text may hold markup: without `*` or `\\` it prints as typed (two `indexOf` scan faster than a regex). */
export function hasInlineMarkup(src: string): boolean {
  return src.indexOf('*') >= 0 || src.indexOf('\\') >= 0;
}

/**
 * The printed pieces of text[start, end). Single `*` emphasis and `__` are printed as typed: 公文
 * have no italics, and `*`/`_` runs are more often placeholders than markup.
 */
export function inlinePieces(text: string, start: number, end: number): InlinePiece[] {
  const src = text.slice(start, end);
  if (!hasInlineMarkup(src)) return src ? [{ text: src, start, end, bold: false }] : [];
  const tokens: Token[] = inlineParser().parseInline(src, {})[0]?.children ?? [];
  const pieces: InlinePiece[] = [];
  let bold = 0;
  let p = 0; // position in src
  const push = (s: string, from: number, to: number) => {
    if (!s) return;
    const last = pieces[pieces.length - 1];
    const isBold = bold > 0;
    const identity = to - from === s.length;
    if (last && last.bold === isBold && last.end === start + from && identity && last.end - last.start === last.text.length) {
      last.text += s;
      last.end = start + to;
    } else {
      pieces.push({ text: s, start: start + from, end: start + to, bold: isBold });
    }
  };
  const literal = (markup: string) => {
    const at = src.indexOf(markup, p);
    if (at < 0) return;
    push(markup, at, at + markup.length);
    p = at + markup.length;
  };
  for (const t of tokens) {
    if (t.type === 'strong_open' || t.type === 'strong_close') {
      if (t.markup === '**') {
        const at = src.indexOf('**', p);
        if (at >= 0) p = at + 2;
        bold += t.type === 'strong_open' ? 1 : -1;
      } else {
        literal(t.markup);
      }
    } else if (t.type === 'em_open' || t.type === 'em_close') {
      literal(t.markup);
    } else if (t.content) {
      // align the printed characters with the source, stepping over escapes
      const c = t.content;
      let runStart = -1;
      let runText = '';
      for (let i = 0; i < c.length; i++) {
        const ch = c[i];
        if (src[p] === ch) {
          if (runStart < 0) runStart = p;
          runText += ch;
          p++;
          continue;
        }
        if (runStart >= 0) push(runText, runStart, runStart + runText.length);
        runStart = -1;
        runText = '';
        if (src[p] === '\\' && src[p + 1] === ch) {
          push(ch, p, p + 2);
          p += 2;
        } else {
          const at = src.indexOf(ch, p);
          const from = at < 0 ? p : at;
          push(ch, from, from + 1);
          p = from + 1;
        }
      }
      if (runStart >= 0) push(runText, runStart, runStart + runText.length);
    }
  }
  return pieces;
}
