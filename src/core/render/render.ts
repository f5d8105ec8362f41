import MarkdownIt from 'markdown-it';
import {
  FONT_ROLES, FontRole, LINE_HANGING, LINE_LAST, Layout, LayoutLine, LineGroup, LineKind, LineRun, Page, PageRows,
} from '../layout/layout';
import { LetterScript, letterScriptOf } from '../layout/metrics';
import { RangeIndex } from '../ranges';

/** A range of the source to mark on the page (an unfilled placeholder, site residue). */
export interface Highlight {
  start: number;
  end: number;
  /** CSS class suffix: `placeholder`, `site-residue`. */
  kind: string;
  /** Shown on hover. */
  title: string;
}

export interface RenderOptions {
  /** Sorted or not; overlapping ranges are fine. */
  highlights?: readonly Highlight[];
}

const escapeHtml: (s: string) => string = new MarkdownIt('zero').utils.escapeHtml;

function attr(s: string): string {
  return escapeHtml(s).replace(/\n/g, '&#10;');
}

/** `— 1 —`: 4号 half-width Arabic digits between two 一字线 (GB/T 9704 7.5). */
export function pageNumberText(n: number): string {
  return `\u2014 ${n} \u2014`;
}

/** The highlights that are not empty, for overlap queries. */
type HighlightIndex = RangeIndex<Highlight>;

function highlightIndex(highlights: readonly Highlight[]): HighlightIndex {
  return new RangeIndex(highlights.filter((h) => h.end > h.start));
}

function renderRunText(run: LineRun, marks: Highlight[]): string {
  const identity = run.end - run.start === run.text.length;
  if (!marks.length) return escapeHtml(run.text);
  if (!identity) {
    const h = marks.find((m) => m.start < run.end && m.end > run.start);
    return h ? markHtml(h, escapeHtml(run.text)) : escapeHtml(run.text);
  }
  // cut the run where highlights begin and end, never between the two halves of a character
  const edges = marks.map((m) => ({ mark: m, start: wholeCharacter(run, m.start, -1), end: wholeCharacter(run, m.end, 1) }));
  const cuts = new Set<number>([run.start, run.end]);
  for (const e of edges) {
    if (e.start > run.start && e.start < run.end) cuts.add(e.start);
    if (e.end > run.start && e.end < run.end) cuts.add(e.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = escapeHtml(run.text.slice(a - run.start, b - run.start));
    const h = edges.find((e) => e.start <= a && e.end >= b)?.mark;
    html += h ? markHtml(h, piece) : piece;
  }
  return html;
}

/**
 * An offset into a run printed as typed, moved off the middle of a surrogate pair (a character
 * outside the Basic Multilingual Plane): back for a highlight's start (`-1`), on for its end (`1`).
 */
function wholeCharacter(run: LineRun, offset: number, direction: -1 | 1): number {
  const i = offset - run.start;
  if (i <= 0 || i >= run.text.length) return offset;
  const low = run.text.charCodeAt(i);
  const high = run.text.charCodeAt(i - 1);
  const splitsPair = low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff;
  return splitsPair ? offset + (direction < 0 ? -1 : 1) : offset;
}

function markHtml(h: Highlight, inner: string): string {
  return `<mark class="hl hl-${attr(h.kind)}" title="${attr(h.title)}">${inner}</mark>`;
}

const NO_MARKS: Highlight[] = [];

/** Appends the HTML of a line's runs to `out` (parts are joined once per page: fewer strings to collect). */
function pushRuns(out: PageParts, runs: readonly LineRun[], cursor: HighlightIndex | undefined, hanging = false): void {
  for (let i = 0; i < runs.length; i++) {
    let run = runs[i];
    // a mark hanging past the line's end (，。 in the margin) takes no room on the line
    let hung = '';
    if (hanging && i === runs.length - 1 && run.text.length > 0) {
      hung = run.text.slice(-1);
      const identity = run.end - run.start === run.text.length;
      run = { ...run, text: run.text.slice(0, -1), end: identity ? run.end - 1 : run.end };
    }
    pushRun(out, run.text, run.start, run.end, run.font, run.bold, hung, cursor);
  }
}

/** The HTML of one run: its text with the highlights in it, the hanging mark, its font and weight. */
function pushRun(out: PageParts, text: string, start: number, end: number, font: FontRole, bold: boolean, hung: string,
  cursor: HighlightIndex | undefined): void {
  const marks = cursor ? cursor.overlapping(start, Math.max(end, start + 1)) : NO_MARKS;
  const inner = marks.length ? renderRunText({ text, start, end, font, bold }, marks) : escapeHtml(text);
  pushSet(out, inner, font, bold, hung);
}

/** A run's HTML (`html`) in its font and weight, with the mark hanging after it. */
function pushSet(out: PageParts, html: string, font: FontRole, bold: boolean, hung: string): void {
  // body text is the line's own font: no span needed
  const span = font !== 'body';
  if (span) out.add(FONT_SPAN[font]);
  if (bold) out.add('<b>');
  out.add(html);
  if (hung) out.add(hangingHtml(hung));
  if (bold) out.add('</b>');
  if (span) out.add('</span>');
}

const HANGING_HTML = new Map<string, string>();

/** A mark hanging in the margin (one of a few: their HTML made once). */
function hangingHtml(mark: string): string {
  let html = HANGING_HTML.get(mark);
  if (html === undefined) {
    html = `<span class="hang">${escapeHtml(mark)}</span>`;
    if (HANGING_HTML.size < 64) HANGING_HTML.set(mark, html);
  }
  return html;
}

const FONT_SPAN = Object.fromEntries(FONT_ROLES.map((f) => [f, `<span class="f-${f}">`])) as Record<FontRole, string>;

/** Appends the HTML of a line's text. */
function pushLine(out: PageParts, line: LayoutLine, cursor: HighlightIndex | undefined): void {
  const font = line.font;
  if (font === undefined) {
    pushRuns(out, line.runs, cursor, line.hanging);
    return;
  }
  // one run printed as typed (most lines): no run objects
  const text = line.text;
  const start = line.start;
  if (line.hanging && text.length > 0) {
    pushRun(out, text.slice(0, -1), start, line.end - 1, font, line.bold, text.slice(-1), cursor);
  } else {
    pushRun(out, text, start, line.end, font, line.bold, '', cursor);
  }
}

/**
 * A paragraph's lines on one page are one element, its grid lines separated by `<br>` (a third of the
 * markup of an element per line, and half the DOM nodes). Justified lines and the unjustified last
 * line of a paragraph go in separate elements, since CSS justifies every line of an element or none.
 * Indents are classes: `p<n>` pads every line, `t<n>` moves the first one, in half cells.
 */
function elementClass(line: ElementShape, firstIndent: number, restIndent: number, justify: boolean): string {
  // a handful of combinations: each class string is made once
  const level = line.level ?? 0;
  const shape = line.align === 'center' ? 2 : justify ? 1 : 0;
  const kind = KIND_INDEX[line.kind];
  const cacheable = firstIndent >= 0 && firstIndent < 256 && restIndent >= 0 && restIndent < 256 && level < 8;
  const key = ((((kind * 256 + firstIndent) * 256 + restIndent) * 3 + shape) * 8) + level;
  let cls = cacheable ? CLASS_CACHE.get(key) : undefined;
  if (cls === undefined) {
    cls = makeElementClass(line, firstIndent, restIndent, justify);
    if (cacheable && CLASS_CACHE.size < 4096) CLASS_CACHE.set(key, cls);
  }
  return cls;
}

/** What an element's class says of its lines (a line's, or its paragraph's). */
type ElementShape = Pick<LayoutLine, 'kind' | 'align' | 'level'>;

const CLASS_CACHE = new Map<number, string>();
const KIND_INDEX: Record<LineKind, number> = {
  title: 0, subtitle: 1, salutation: 2, heading: 3, paragraph: 4, closing: 5, 'attachment-note': 6, signature: 7, date: 8,
  'attachment-label': 9, 'attachment-title': 10, 'table-row': 11, blank: 12,
};

function makeElementClass(line: ElementShape, firstIndent: number, restIndent: number, justify: boolean): string {
  let cls = `ln k-${line.kind}`;
  if (restIndent) cls += ` p${restIndent}`;
  if (firstIndent !== restIndent) cls += ` t${firstIndent - restIndent}`;
  if (line.align === 'center') cls += ' c';
  else if (justify) cls += ' j';
  if (line.level) cls += ` h${line.level}`;
  return cls;
}

/**
 * Opens an element of lines, saying where its text comes from as source line and UTF-16 column:
 * `data-at="line:column"`, or `data-at="line"` at column 0 (most elements: a report has tens of
 * thousands, so their markup is kept short). Not as an offset, so that typing in one paragraph leaves
 * the HTML of later pages unchanged and the preview patches only what moved. A click maps to the
 * column plus the characters before it in the element. Pushed as parts made once (the opening with
 * its class, the numbers): their strings would otherwise be made only to be copied by the page's join.
 */
function pushElementStart(out: PageParts, cls: string, sourceLine: number, start: number, lineStarts: readonly number[]): void {
  const column = Math.max(0, start - (lineStarts[sourceLine] ?? 0));
  let open = ELEMENT_OPENINGS.get(cls);
  if (open === undefined) {
    open = `<div class="${cls}" data-at="`;
    if (ELEMENT_OPENINGS.size < 4096) ELEMENT_OPENINGS.set(cls, open);
  }
  out.add(open);
  out.add(decimal(sourceLine));
  if (column) {
    out.add(':');
    out.add(decimal(column));
  }
  out.add('">');
}

const ELEMENT_OPENINGS = new Map<string, string>();

/** Numbers as text, the smaller ones made once. */
const DECIMALS: string[] = [];
function decimal(n: number): string {
  if (n >= 1 << 16) return String(n);
  return DECIMALS[n] ??= String(n);
}

/** True when the lines' printed text is their source text without gaps (no `**`, no escapes). */
function contiguous(lines: readonly LayoutLine[]): boolean {
  let at = -1;
  for (const line of lines) {
    if (line.font !== undefined) {
      // one run printed as typed, from start to end
      if (at >= 0 && line.start !== at) return false;
      at = line.end;
      continue;
    }
    for (const run of line.runs) {
      if (run.end - run.start !== run.text.length || (at >= 0 && run.start !== at)) return false;
      at = run.end;
    }
  }
  return true;
}

/** Lines of one paragraph as one element, from line objects. */
function pushElement(out: PageParts, lines: readonly LayoutLine[], justify: boolean, cursor: HighlightIndex | undefined,
  lineStarts: readonly number[]): void {
  const first = lines[0];
  const firstIndent = Math.round(first.indent * 2);
  const restIndent = lines.length > 1 ? Math.round(lines[1].indent * 2) : firstIndent;
  pushElementStart(out, elementClass(first, firstIndent, restIndent, justify), first.sourceLine, first.start, lineStarts);
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) out.add('<br>');
    pushLine(out, lines[i], cursor);
  }
  out.add('</div>');
}

/** Lines [from, to) of one paragraph printed as in the source, as one element: read from the rows in place. */
function pushSourceElement(out: PageParts, rows: PageRows, group: LineGroup, from: number, to: number, justify: boolean,
  cursor: HighlightIndex | undefined, lineStarts: readonly number[], plainSource: boolean): void {
  const base = group.pieceStart(0);
  const pieceCount = group.pieceCount;
  const firstFrom = rows.from(from);
  const firstIndent = Math.round((firstFrom === 0 ? group.firstIndent : group.wrapIndent) * 2);
  const restIndent = to - from > 1 ? Math.round(group.wrapIndent * 2) : firstIndent;
  pushElementStart(out, elementClass(group, firstIndent, restIndent, justify), group.sourceLine, base + firstFrom, lineStarts);
  const plain = cursor === undefined && (plainSource || !needsEscape(group));
  for (let k = from; k < to; k++) {
    if (k > from) out.add('<br>');
    const a = rows.from(k);
    const b = rows.to(k);
    const hanging = (rows.flags(k) & LINE_HANGING) !== 0;
    // the pieces the line's text lies in: one, or two where a run-in heading's body begins
    for (let pi = 0, pf = 0; pi < pieceCount && pf < b; pi++) {
      const len = group.pieceLength(pi);
      const pa = a > pf ? a - pf : 0;
      const pz = b < pf + len ? b - pf : len;
      pf += len;
      if (pz <= pa) continue;
      // a mark hanging past the line's end (，。 in the margin) takes no room on the line
      const hangsHere = hanging && pf >= b;
      const textEnd = hangsHere ? pz - 1 : pz;
      const text = group.pieceText(pi, pa, textEnd);
      const hung = hangsHere ? group.pieceText(pi, pz - 1, pz) : '';
      const font = group.pieceFont(pi);
      const bold = group.pieceBold(pi);
      const pieceStart = group.pieceStart(pi);
      // (text without highlights and with nothing to escape is its own HTML)
      if (plain) pushSet(out, text, font, bold, hung);
      else pushRun(out, text, pieceStart + pa, pieceStart + textEnd, font, bold, hung, cursor);
    }
  }
  out.add('</div>');
}

/** Whether a paragraph's printed text holds a character HTML escapes (asked only when the whole text does). */
function needsEscape(group: LineGroup): boolean {
  for (let i = 0; i < group.pieceCount; i++) if (hasHtmlSpecial(group.pieceText(i, 0, group.pieceLength(i)))) return true;
  return false;
}

/** Whether text holds one of the characters markdown-it's `escapeHtml` replaces (four `indexOf` scan faster than a regex). */
function hasHtmlSpecial(t: string): boolean {
  return t.indexOf('&') >= 0 || t.indexOf('<') >= 0 || t.indexOf('>') >= 0 || t.indexOf('"') >= 0;
}

/** Lines [from, to) of one block: one element, or two when the last line is not justified. */
function pushParagraph(out: PageParts, rows: PageRows, from: number, to: number,
  cursor: HighlightIndex | undefined, lineStarts: readonly number[], plainSource: boolean): void {
  const group = rows.group(from);
  if (group.kind === 'signature' || group.kind === 'date') {
    for (let k = from; k < to; k++) pushSignatureLine(out, rows.line(k), cursor, lineStarts);
    return;
  }
  const inPlace = group.inSource && sameGroupInSequence(rows, group, from, to);
  const lines = inPlace ? undefined : Array.from({ length: to - from }, (_, k) => rows.line(from + k));
  if (lines && !contiguous(lines)) {
    // the click mapping needs each line's own column
    for (const line of lines) pushElement(out, [line], line.align === 'justify' && !line.last, cursor, lineStarts);
    return;
  }
  const justified = group.align === 'justify';
  const end = justified && (rows.flags(to - 1) & LINE_LAST) ? to - 1 : to;
  if (lines) {
    if (end > from) pushElement(out, lines.slice(0, end - from), justified, cursor, lineStarts);
    if (end < to) pushElement(out, lines.slice(end - from), false, cursor, lineStarts);
    return;
  }
  if (end > from) pushSourceElement(out, rows, group, from, end, justified, cursor, lineStarts, plainSource);
  if (end < to) pushSourceElement(out, rows, group, end, to, false, cursor, lineStarts, plainSource);
}

/**
 * A line of the 落款, set as the DOCX sets it: right-aligned, as far from the right edge as the layout
 * puts it (右空二字 for the longer of signature and date), with the space a word processor draws where
 * a Chinese character meets a digit or Latin letter (2026 年 1 月), which the layout counts in its width.
 */
function pushSignatureLine(out: PageParts, line: LayoutLine, cursor: HighlightIndex | undefined, lineStarts: readonly number[]): void {
  const inset = Math.min(56, Math.max(0, Math.round((line.capacity - line.indent - line.width) * 2)));
  pushElementStart(out, `ln k-${line.kind} r${inset}`, line.sourceLine, line.start, lineStarts);
  const parts = new PageParts();
  pushLine(parts.begin(), line, cursor);
  out.add(withScriptGaps(parts.take()));
  out.add('</div>');
}

const SCRIPT_GAP = '<span class="ag"></span>';

/** HTML with a gap wherever an Asian letter and a Latin letter or digit meet (tags are passed over, entities are marks). */
function withScriptGaps(html: string): string {
  let out = '';
  let copied = 0;
  let previous: LetterScript | undefined;
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === 0x3c) {
      const close = html.indexOf('>', i);
      i = close < 0 ? html.length : close;
      continue;
    }
    if (c === 0x26) {
      const semicolon = html.indexOf(';', i);
      i = semicolon < 0 ? html.length : semicolon;
      previous = undefined;
      continue;
    }
    const code = html.codePointAt(i)!;
    const script = letterScriptOf(code);
    if (script && previous && script !== previous) {
      out += html.slice(copied, i) + SCRIPT_GAP;
      copied = i;
    }
    previous = script;
    if (code > 0xffff) i++;
  }
  return out + html.slice(copied);
}

/** Whether rows [from, to) are lines of `group` that follow each other in its text, none empty. */
function sameGroupInSequence(rows: PageRows, group: LineGroup, from: number, to: number): boolean {
  let at = rows.from(from);
  for (let k = from; k < to; k++) {
    const b = rows.to(k);
    if (rows.group(k) !== group || rows.from(k) !== at || b <= at) return false;
    at = b;
  }
  return true;
}

/** A table row spread over one or more grid lines, rendered as one row of cells. */
function pushTableRow(out: PageParts, lines: LayoutLine[], cursor: HighlightIndex | undefined, lineStarts: readonly number[]): void {
  const info = lines[0].table!;
  pushElementStart(out, `tr rows-${Math.min(lines.length, 99)}${info.header ? ' th' : ''}${info.row === 0 ? ' first' : ''}`,
    lines[0].sourceLine, lines[0].start, lineStarts);
  for (let c = 0; c < info.columns; c++) {
    // a cell's lines, without the empty ones below its text: the cell centres them in the row, as the DOCX does
    let used = lines.length;
    while (used > 1 && !lines[used - 1].table!.cells[c]?.runs.length) used--;
    out.add('<div class="td">');
    for (let k = 0; k < used; k++) {
      out.add('<div class="cl">');
      pushRuns(out, lines[k].table!.cells[c]?.runs ?? [], cursor);
      out.add('</div>');
    }
    out.add('</div>');
  }
  out.add('</div>');
}

/**
 * The parts of a page's HTML, joined once. One buffer serves every page: it grows to the longest
 * page and keeps its room, so a page allocates no arrays for its parts (a report has thousands of pages).
 */
class PageParts {
  private readonly parts: string[] = [];
  private count = 0;

  /** Starts a page (also after one that failed half-way). */
  begin(): this {
    this.count = 0;
    return this;
  }

  add(part: string): void {
    this.parts[this.count++] = part;
  }

  /** The page's HTML. */
  take(): string {
    const parts = this.parts;
    // what a longer page left behind joins as nothing
    for (let i = this.count; i < parts.length; i++) parts[i] = '';
    return parts.join('');
  }
}

const PAGE_PARTS = new PageParts();

/**
 * The HTML of one A4 sheet. `plainSource`: the layout's text holds no character to escape in HTML (a
 * report seldom does), so text printed as in the source goes in as it is.
 */
export function renderPage(page: Page, lineStarts: readonly number[], options: RenderOptions = {}, cursor?: HighlightIndex,
  plainSource = false): string {
  const marks = cursor ?? (options.highlights?.length ? highlightIndex(options.highlights) : undefined);
  const rows = page.rows;
  const n = rows.count;
  let firstLine = n ? rows.group(0).sourceLine : 0;
  for (let k = 0; k < n; k++) {
    const g = rows.group(k);
    if (g.kind !== 'blank') {
      firstLine = g.sourceLine;
      break;
    }
  }
  const out = PAGE_PARTS.begin();
  const number = decimal(page.number);
  out.add(page.side === 'odd' ? '<section class="sheet odd" id="page-' : '<section class="sheet even" id="page-');
  out.add(number);
  out.add('" data-page="');
  out.add(number);
  out.add('" data-line="');
  out.add(decimal(firstLine));
  out.add('"><div class="text-block">');
  for (let k = 0; k < n; k++) {
    const group = rows.group(k);
    const table = group.table;
    if (group.kind === 'table-row' && table) {
      const lines = [rows.line(k)];
      while (k + 1 < n && rows.group(k + 1).kind === 'table-row' && rows.group(k + 1).block === group.block
        && rows.group(k + 1).table!.row === table.row) lines.push(rows.line(++k));
      pushTableRow(out, lines, marks, lineStarts);
      continue;
    }
    if (group.kind === 'blank') {
      out.add('<div class="ln k-blank" data-at="');
      out.add(decimal(group.sourceLine));
      out.add('"></div>');
      continue;
    }
    // the lines of the same block that follow on this page
    let end = k + 1;
    while (end < n && group.block >= 0 && rows.group(end).block === group.block && rows.group(end).kind === group.kind
      && !(rows.flags(end - 1) & LINE_LAST)) end++;
    pushParagraph(out, rows, k, end, marks, lineStarts, plainSource);
    k = end - 1;
  }
  out.add(page.side === 'odd' ? '</div><div class="pn pn-odd">' : '</div><div class="pn pn-even">');
  out.add(escapeHtml(pageNumberText(page.number)));
  out.add('</div></section>');
  return out.take();
}

/** Every sheet's HTML, in order (the preview patches the ones that changed). */
export function renderPages(layout: Layout, options: RenderOptions = {}): string[] {
  const cursor = options.highlights?.length ? highlightIndex(options.highlights) : undefined;
  const plainSource = !hasHtmlSpecial(layout.text);
  return layout.pages.map((p) => renderPage(p, layout.lineStarts, options, cursor, plainSource));
}

export interface DocumentOptions extends RenderOptions {
  /** The document title (`<title>`). */
  title: string;
  /** Stylesheet text to inline (the preview's CSS and the font variables). */
  css: string;
  /** `paged` (A4 sheets) or `continuous`. */
  mode?: 'paged' | 'continuous';
  lang?: string;
}

/** A standalone, print-ready HTML page: no script, no remote loads. */
export function renderDocument(layout: Layout, options: DocumentOptions): string {
  const pages = renderPages(layout, options).join('\n');
  return `<!DOCTYPE html>
<html lang="${attr(options.lang ?? 'zh-CN')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">
<title>${escapeHtml(options.title)}</title>
<style>
${options.css.replace(/<\/style/gi, '<\\/style')}
</style>
</head>
<body class="report mode-${options.mode ?? 'paged'}">
<main class="pages">
${pages}
</main>
</body>
</html>
`;
}
