import { Span } from './model';

/** A piece of a paragraph's text with its inline style. `text` excludes the `**` marks. */
export interface InlineRun {
  text: string;
  bold: boolean;
  /** Where the text (without marks) sits in the source. */
  span: Span;
}

// `**…**` with something other than a space right inside each mark. A `**` right after a digit is
// a placeholder (`20**年`), not a mark; a run of three or more `*` is a mask (`中国***`).
const BOLD_RE = /(?<![*0-9])\*\*(?![*\s])(.+?)(?<![*\s])\*\*(?!\*)/g;

/**
 * Splits text[span] into plain and bold runs. Only `**bold**` is inline markup in a report (the
 * source format renders no other Markdown inline syntax), so `*`, `_` and `[…]` stay as written.
 */
export function inlineRuns(text: string, span: Span = { start: 0, end: text.length }): InlineRun[] {
  const s = text.slice(span.start, span.end);
  const runs: InlineRun[] = [];
  let at = 0;
  const push = (from: number, to: number, bold: boolean) => {
    if (to > from) runs.push({ text: s.slice(from, to), bold, span: { start: span.start + from, end: span.start + to } });
  };
  BOLD_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = BOLD_RE.exec(s)) !== null) {
    push(at, m.index, false);
    push(m.index + 2, m.index + 2 + m[1].length, true);
    at = m.index + m[0].length;
  }
  push(at, s.length, false);
  return runs;
}
