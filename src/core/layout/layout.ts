import { lineAtOffset } from '../text';
import { HeadingBlock, PlainBlock, ReportModel, Span, TableBlock, metadataOf } from '../model';
import { ATTACHMENT_PAGE_RE } from '../parse';
import { BrokenLines, LINE_STRIDE, LineMeasure, breakLines, breakLinesInto } from './breakLines';
import {
  CELLS_PER_LINE, DATE_SHIFT, FONT_PT, LINES_PER_PAGE, PARAGRAPH_INDENT, SIGNATURE_RIGHT_INSET, TABLE_CELL_SLACK_TWIPS,
  TITLE_CELLS_PER_LINE,
} from './grid';
import { InlinePiece, hasInlineMarkup, inlinePieces } from './inline';
import { breakTitleAtWords } from './titleBreaks';

/** Which typeface and size a run is set in (GB/T 9704 7.3.1, 7.3.3, 7.3.7). */
export type FontRole =
  | 'title' //            2号小标宋
  | 'subtitle' //         3号楷体
  | 'heading1' //         3号黑体
  | 'heading2' //         3号楷体
  | 'heading3' //         3号仿宋
  | 'heading4' //         3号仿宋
  | 'body' //             3号仿宋
  | 'attachmentLabel' //  3号黑体 (附件1 on an attachment page)
  | 'tableHeader'; //     3号黑体

export const FONT_ROLES: readonly FontRole[] = [
  'title', 'subtitle', 'heading1', 'heading2', 'heading3', 'heading4', 'body', 'attachmentLabel', 'tableHeader',
];

export type LineKind =
  | 'title'
  | 'subtitle'
  | 'salutation'
  | 'heading'
  | 'paragraph'
  | 'closing'
  | 'attachment-note'
  | 'signature'
  | 'date'
  | 'attachment-label'
  | 'attachment-title'
  | 'table-row'
  | 'blank';

export interface LineRun {
  /** The printed text. */
  text: string;
  /** Source offsets; `end - start` exceeds `text.length` only for an escape (`\*`). */
  start: number;
  end: number;
  font: FontRole;
  bold: boolean;
}

export interface TableCellLine {
  runs: LineRun[];
  /** Cells the text takes. */
  width: number;
}

export interface TableLineInfo {
  /** Index of the row in the table block's rows. */
  row: number;
  /** Which grid line of the row this is, and how many the row takes. */
  rowLine: number;
  rowLines: number;
  header: boolean;
  columns: number;
  /** One entry per column: the part of the cell on this grid line. */
  cells: TableCellLine[];
}

/** One line on the grid. Every line takes exactly one grid line (28.95 pt). */
export interface LayoutLine {
  kind: LineKind;
  /** Index of the source block in `model.blocks`; -1 for blank lines and lines made from front matter. */
  block: number;
  /** 0-based source line the text comes from (for a blank line: the line of the block that follows). */
  sourceLine: number;
  /** Source offsets of the first character and just past the last one. */
  start: number;
  end: number;
  /**
   * The printed text in runs of one font and weight, cut from the paragraph's text on each read
   * (lines keep no run objects of their own): read it once per use.
   */
  readonly runs: LineRun[];
  /** The printed text of the line: its runs' text joined. */
  readonly text: string;
  /**
   * The font of the whole line when it is one run printed as typed (`text` is the source from `start`
   * to `end`, no escape in it), `bold` its weight; undefined when the line has several runs or an
   * escape: read `runs`.
   */
  readonly font: FontRole | undefined;
  readonly bold: boolean;
  /** Cells before the first character, in cells of the line's size. */
  indent: number;
  /** Cells before the first character of the paragraph's lines after its first (its hanging or wrap indent). */
  wrapIndent: number;
  /** Cells the text takes, trailing spaces excluded. */
  width: number;
  /** Cells on the line: 28, or 20 for the 2号 title. */
  capacity: number;
  align: 'start' | 'center' | 'justify';
  /** The last line of its paragraph (a justified paragraph does not stretch it). */
  last: boolean;
  /** The line's last character is a mark (，。、；：？！) set in the margin past its end; `width` leaves it out. */
  hanging: boolean;
  /** Heading level (1–5) for heading lines. */
  level?: number;
  table?: TableLineInfo;
  /**
   * How the line's group of lines is kept on pages, shared by the lines of one group (a paragraph, the
   * attachment notes, the signature with its date): for exporters, which set the same keep rules.
   */
  keep?: KeepRules;
}

/** A printed piece of a paragraph with its font. */
type FontPiece = InlinePiece & { font: FontRole };

const NO_PIECES: readonly FontPiece[] = [];

/**
 * A paragraph's printed text when it is its source text as typed (no `**`, no escapes: most of a
 * report): `text[start, end)`, set in `font` before `split` and in `restFont` from there (a run-in
 * heading's body). Read in place, it costs no piece objects.
 */
export interface InPlaceText {
  text: string;
  start: number;
  end: number;
  split: number;
  font: FontRole;
  restFont: FontRole;
}

/** What the lines of one paragraph (or one table row line, or one blank line) share. */
export class LineGroup {
  /** Set by pagination for the lines of a group kept on pages. */
  keep: KeepRules | undefined = undefined;
  /** The printed text is the source from the first piece's start on, without gaps or escapes. */
  readonly inSource: boolean;
  /** The source offset of printed offset 0 when the printed text is the source text (one piece, no escape); else -1. */
  readonly base: number;
  /** The pieces, given or made from the text read in place on first use. */
  private madePieces: readonly FontPiece[] | undefined;
  // the text read in place (when `madePieces` was not given): see InPlaceText
  private readonly source: string;
  private readonly sourceStart: number;
  private readonly sourceEnd: number;
  private readonly split: number;
  private readonly font: FontRole;
  private readonly restFont: FontRole;

  constructor(
    readonly kind: LineKind,
    readonly block: number,
    readonly sourceLine: number,
    /** Indents of the first line and of the lines after it, in cells. */
    readonly firstIndent: number,
    readonly wrapIndent: number,
    readonly capacity: number,
    readonly align: LayoutLine['align'],
    readonly level: number | undefined,
    readonly table: TableLineInfo | undefined,
    /** The printed pieces (a line holds offsets into their joined text), or the text read in place. */
    printed: readonly FontPiece[] | InPlaceText,
    /** The offsets of a line without printed characters (an empty table cell line). */
    readonly emptyAt: number,
    /** `base` when it is not the pieces' own (a blank line's offset). */
    base?: number,
  ) {
    if (isInPlace(printed)) {
      this.madePieces = undefined;
      this.source = printed.text;
      this.sourceStart = printed.start;
      this.sourceEnd = printed.end;
      // a split at either end is no split
      this.split = printed.split > printed.start && printed.split < printed.end ? printed.split : printed.end;
      this.font = printed.split > printed.start ? printed.font : printed.restFont;
      this.restFont = printed.restFont;
      this.inSource = true;
      this.base = this.split === printed.end ? printed.start : -1;
    } else {
      this.madePieces = printed;
      this.source = '';
      this.sourceStart = this.sourceEnd = this.split = 0;
      this.font = this.restFont = 'body';
      this.inSource = printedInSource(printed);
      this.base = base ?? baseOf(printed);
    }
  }

  /** The printed pieces (made once when the text is read in place). */
  get pieces(): readonly FontPiece[] {
    this.madePieces ??= this.inPlacePieces();
    return this.madePieces;
  }

  /** How many pieces the printed text has; with the piece accessors below, read without making pieces. */
  get pieceCount(): number {
    if (this.madePieces) return this.madePieces.length;
    return this.split < this.sourceEnd ? 2 : 1;
  }

  /** Source offset of piece i's start. */
  pieceStart(i: number): number {
    if (this.madePieces) return this.madePieces[i].start;
    return i === 0 ? this.sourceStart : this.split;
  }

  /** Printed length of piece i. */
  pieceLength(i: number): number {
    if (this.madePieces) return this.madePieces[i].text.length;
    return this.split < this.sourceEnd ? (i === 0 ? this.split - this.sourceStart : this.sourceEnd - this.split) : this.sourceEnd - this.sourceStart;
  }

  pieceFont(i: number): FontRole {
    if (this.madePieces) return this.madePieces[i].font;
    return i === 0 ? this.font : this.restFont;
  }

  pieceBold(i: number): boolean {
    return this.madePieces ? this.madePieces[i].bold : false;
  }

  /** Printed characters [a, z) of piece i. */
  pieceText(i: number, a: number, z: number): string {
    if (this.madePieces) {
      const text = this.madePieces[i].text;
      return a === 0 && z === text.length ? text : text.slice(a, z);
    }
    const at = this.pieceStart(i);
    return this.source.slice(at + a, at + z);
  }

  private inPlacePieces(): FontPiece[] {
    const { source, sourceStart, sourceEnd, split } = this;
    if (split >= sourceEnd) return [{ text: source.slice(sourceStart, sourceEnd), start: sourceStart, end: sourceEnd, bold: false, font: this.font }];
    return [
      { text: source.slice(sourceStart, split), start: sourceStart, end: split, bold: false, font: this.font },
      { text: source.slice(split, sourceEnd), start: split, end: sourceEnd, bold: false, font: this.restFont },
    ];
  }
}

function isInPlace(printed: readonly FontPiece[] | InPlaceText): printed is InPlaceText {
  return !Array.isArray(printed);
}

/** `LineGroup.base` of pieces. */
function baseOf(pieces: readonly FontPiece[]): number {
  const p = pieces.length === 1 ? pieces[0] : undefined;
  return p && p.end - p.start === p.text.length ? p.start : -1;
}

/** Row flags: the last line of its paragraph; a mark hangs past the line's end. */
export const LINE_LAST = 1;
export const LINE_HANGING = 2;
const LAST = LINE_LAST;
const HANGING = LINE_HANGING;

/**
 * A laid-out line: where its text begins and ends in its paragraph's printed text, its width and two
 * flags; the rest is its paragraph's (a line is small: a report has tens of thousands). Runs and text
 * are cut when read.
 */
class GridLine implements LayoutLine {
  constructor(
    readonly group: LineGroup,
    private readonly from: number,
    private readonly to: number,
    /** Half cells × 1000, as the line breaker measured them. */
    private readonly halfMilli: number,
    private readonly flags: number,
  ) {}

  get kind(): LineKind { return this.group.kind; }
  get block(): number { return this.group.block; }
  get sourceLine(): number { return this.group.sourceLine; }
  get indent(): number { return this.from === 0 ? this.group.firstIndent : this.group.wrapIndent; }
  get wrapIndent(): number { return this.group.wrapIndent; }
  get width(): number { return this.halfMilli / 1000 / 2; }
  get capacity(): number { return this.group.capacity; }
  get align(): LayoutLine['align'] { return this.group.align; }
  get last(): boolean { return (this.flags & LAST) !== 0; }
  get hanging(): boolean { return (this.flags & HANGING) !== 0; }
  get level(): number | undefined { return this.group.level; }
  get table(): TableLineInfo | undefined { return this.group.table; }
  get keep(): KeepRules | undefined { return this.group.keep; }

  get start(): number {
    const { base, pieces } = this.group;
    if (base >= 0) return base + this.from;
    // the first printed character's piece
    const from = this.from;
    for (let pi = 0, pf = 0; pi < pieces.length && pf < this.to; pi++) {
      const p = pieces[pi];
      const len = p.text.length;
      if (pf + len > from && len > 0) return p.end - p.start === len ? p.start + (from > pf ? from - pf : 0) : p.start;
      pf += len;
    }
    return this.group.emptyAt;
  }

  get end(): number {
    const { base, pieces } = this.group;
    if (base >= 0) return base + this.to;
    // the last printed character's piece
    const from = this.from;
    const to = this.to;
    let end = this.group.emptyAt;
    for (let pi = 0, pf = 0; pi < pieces.length && pf < to; pi++) {
      const p = pieces[pi];
      const len = p.text.length;
      if (pf + len > from && len > 0) end = p.end - p.start === len ? p.start + (to < pf + len ? to : pf + len) - pf : p.end;
      pf += len;
    }
    return end;
  }

  get runs(): LineRun[] {
    const pieces = this.group.pieces;
    const from = this.from;
    const to = this.to;
    const runs: LineRun[] = [];
    for (let pi = 0, pf = 0; pi < pieces.length && pf < to; pi++) {
      const p = pieces[pi];
      const len = p.text.length;
      if (pf + len > from) {
        const a = (from > pf ? from : pf) - pf;
        const z = (to < pf + len ? to : pf + len) - pf;
        if (z > a) {
          const identity = p.end - p.start === len;
          runs.push({
            text: a === 0 && z === len ? p.text : p.text.slice(a, z),
            start: identity ? p.start + a : p.start,
            end: identity ? p.start + z : p.end,
            font: p.font, bold: p.bold,
          });
        }
      }
      pf += len;
    }
    return runs;
  }

  get text(): string {
    const pieces = this.group.pieces;
    if (pieces.length === 1) return pieces[0].text.slice(this.from, this.to);
    for (let pi = 0, pf = 0; pi < pieces.length && pf <= this.from; pi++) {
      const len = pieces[pi].text.length;
      // all of the line in one piece
      if (pf + len > this.from && this.to <= pf + len) return pieces[pi].text.slice(this.from - pf, this.to - pf);
      pf += len;
    }
    let text = '';
    for (const run of this.runs) text += run.text;
    return text;
  }

  get font(): FontRole | undefined {
    const k = this.onePiece();
    return k >= 0 ? this.group.pieces[k].font : undefined;
  }

  get bold(): boolean {
    const k = this.onePiece();
    return k >= 0 && this.group.pieces[k].bold;
  }

  /** The piece that holds all of the line's text, when it is printed as typed (no escape); else -1. */
  private onePiece(): number {
    const { base, pieces } = this.group;
    if (pieces.length === 1) return base >= 0 ? 0 : -1;
    const from = this.from;
    const to = this.to;
    for (let pi = 0, pf = 0; pi < pieces.length && pf <= from; pi++) {
      const p = pieces[pi];
      const len = p.text.length;
      if (pf + len > from) return to <= pf + len && p.end - p.start === len ? pi : -1;
      pf += len;
    }
    return -1;
  }
}

/**
 * The lines of a layout as rows of numbers (a report has tens of thousands of lines: kept out of the
 * object heap, they cost the garbage collector nothing); a `LayoutLine` is made when a page's lines are read.
 */
class LineTable {
  readonly groups: LineGroup[] = [];
  count = 0;
  private group: Int32Array;
  private from: Int32Array;
  private to: Int32Array;
  private halfMilli: Int32Array;
  private flags: Uint8Array;

  /** Room for `expected` lines to begin with (it grows as needed). */
  constructor(expected: number) {
    const n = Math.max(64, expected);
    this.group = new Int32Array(n);
    this.from = new Int32Array(n);
    this.to = new Int32Array(n);
    this.halfMilli = new Int32Array(n);
    this.flags = new Uint8Array(n);
  }

  /** Adds a line of the last group added; returns its index. */
  add(from: number, to: number, halfMilli: number, flags: number): number {
    const i = this.count;
    if (i === this.group.length) this.grow();
    this.group[i] = this.groups.length - 1;
    this.from[i] = from;
    this.to[i] = to;
    this.halfMilli[i] = halfMilli;
    this.flags[i] = flags;
    this.count = i + 1;
    return i;
  }

  line(i: number): GridLine {
    return new GridLine(this.groups[this.group[i]], this.from[i], this.to[i], this.halfMilli[i], this.flags[i]);
  }

  groupOf(i: number): LineGroup {
    return this.groups[this.group[i]];
  }

  fromOf(i: number): number {
    return this.from[i];
  }

  toOf(i: number): number {
    return this.to[i];
  }

  flagsOf(i: number): number {
    return this.flags[i];
  }

  private grow(): void {
    const n = this.group.length * 2;
    const grown = <T extends Int32Array | Uint8Array>(a: T, b: T): T => {
      b.set(a);
      return b;
    };
    this.group = grown(this.group, new Int32Array(n));
    this.from = grown(this.from, new Int32Array(n));
    this.to = grown(this.to, new Int32Array(n));
    this.halfMilli = grown(this.halfMilli, new Int32Array(n));
    this.flags = grown(this.flags, new Uint8Array(n));
  }
}

/** A page of a layout: its lines are rows `order[begin, end)` of the layout's line table. */
class GridPage implements Page, PageRows {
  constructor(
    readonly number: number,
    readonly side: 'odd' | 'even',
    private readonly table: LineTable,
    private readonly order: Int32Array,
    private readonly begin: number,
    private readonly end: number,
  ) {}

  get lines(): LayoutLine[] {
    const lines: LayoutLine[] = new Array(this.end - this.begin);
    for (let k = this.begin; k < this.end; k++) lines[k - this.begin] = this.table.line(this.order[k]);
    return lines;
  }

  get rows(): PageRows {
    return this;
  }

  get count(): number {
    return this.end - this.begin;
  }

  line(k: number): LayoutLine {
    return this.table.line(this.order[this.begin + k]);
  }

  group(k: number): LineGroup {
    return this.table.groupOf(this.order[this.begin + k]);
  }

  from(k: number): number {
    return this.table.fromOf(this.order[this.begin + k]);
  }

  to(k: number): number {
    return this.table.toOf(this.order[this.begin + k]);
  }

  flags(k: number): number {
    return this.table.flagsOf(this.order[this.begin + k]);
  }
}

/**
 * A page's lines read in place, without a line object each (a report has tens of thousands of lines):
 * line k's group, its printed text `[from, to)` in the group's joined pieces, and its flags
 * (`LINE_LAST`, `LINE_HANGING`).
 */
export interface PageRows {
  readonly count: number;
  /** Line k as an object, for what the fields below do not tell. */
  line(k: number): LayoutLine;
  group(k: number): LineGroup;
  from(k: number): number;
  to(k: number): number;
  flags(k: number): number;
}

export interface KeepRules {
  /** Never split across pages. */
  together: boolean;
  /** Its last line stays on the page of what follows. */
  withNext: boolean;
  /** Starts a new page. */
  breakBefore: boolean;
}

export interface Page {
  /** 1-based; attachments continue the count (GB/T 9704 7.5). */
  readonly number: number;
  /** Odd pages carry the number on the right, even pages on the left (7.5). */
  readonly side: 'odd' | 'even';
  /** The page's lines, made on each read: read them once per use. */
  readonly lines: LayoutLine[];
  /** The same lines read in place, without objects. */
  readonly rows: PageRows;
}

export interface LayoutOptions {
  linesPerPage?: number;
  cellsPerLine?: number;
  titleCellsPerLine?: number;
}

export interface Layout {
  pages: Page[];
  pageCount: number;
  /** The model's line starts: a line's column is `start - lineStarts[sourceLine]`. */
  lineStarts: readonly number[];
  /** The text laid out (the model's): offsets are into it. */
  text: string;
  linesPerPage: number;
  cellsPerLine: number;
}

/** A group of lines placed together on pages. */
interface Item {
  /** The item's lines: rows first to first + count - 1 of the line table. */
  first: number;
  count: number;
  /** Never split across pages (a table row, a heading, the signature with its date). */
  keepTogether: boolean;
  /** Stay on the page of the next item's first line (a standalone heading, the signature). */
  keepWithNext: boolean;
  pageBreakBefore: boolean;
}

function item(first: number, count: number, keepTogether = false, keepWithNext = false, pageBreakBefore = false): Item {
  return { first, count, keepTogether, keepWithNext, pageBreakBefore };
}


const HEADING_FONT: Record<number, FontRole> = { 1: 'heading1', 2: 'heading2', 3: 'heading3', 4: 'heading4', 5: 'body' };

/**
 * Lays a report out on the GB/T 9704 grid: pages of 22 lines of 28 cells. Decisions the export
 * follows so that page counts agree:
 * - every line, the title's included, takes one grid line; the title takes 20 cells of 22 pt a line,
 *   its lines made even (as many lines as filling them would give), and is followed by one blank line
 *   (after the subtitle when there is one);
 * - paragraphs split between pages line by line: no widow/orphan control (the DOCX turns it off);
 * - a heading without run-in body is kept whole and on the page of the next paragraph's first line
 *   (keep lines + keep with next); the signature and date are kept together, and the last line of
 *   the text before them goes with them to a new page rather than leave them alone there;
 * - one blank line before the first attachment note and before the signature (7.3.4, 7.3.5.2);
 * - a line reading `附件` or `附件1` starts a new page (7.3.7); the line after it is the attachment's
 *   title, set like the report's title on the third line;
 * - a table row is never split across pages; its height is its tallest cell.
 */
export function layoutReport(model: ReportModel, options: LayoutOptions = {}): Layout {
  const linesPerPage = options.linesPerPage ?? LINES_PER_PAGE;
  const cellsPerLine = options.cellsPerLine ?? CELLS_PER_LINE;
  const titleCells = options.titleCellsPerLine ?? TITLE_CELLS_PER_LINE;
  const cap = cellsPerLine * 2; // half cells
  const titleCap = titleCells * 2;
  const { text } = model;
  const items: Item[] = [];

  // room for a line per 16 characters of text (a full line holds 28): seldom grown
  const lineTable = new LineTable((text.length >> 4) + 64);
  const blank = (sourceLine: number, at: number): Item => {
    lineTable.groups.push(new LineGroup('blank', -1, sourceLine, 0, 0, cellsPerLine, 'start', undefined, undefined, NO_PIECES, at, at));
    return item(lineTable.add(0, 0, 0, LAST), 1);
  };

  const broken = new BrokenLines();
  const measure: LineMeasure = { size: undefined, slack: undefined, hanging: undefined, runStarts: undefined };
  /** Lines of one paragraph from printed pieces, each piece tagged with its font. */
  const paragraph = (
    kind: LineKind, blockIndex: number, sourceLine: number, printedText: FontPiece[] | InPlaceText,
    spec: {
      capacity: number; firstIndent: number; indent: number; align: LayoutLine['align']; cellsOnLine: number; level?: number; balance?: boolean;
      /** Font size in points (the title's 22, else 16) and, for table cells, the room beyond whole cells. */
      size?: number; slack?: number; hanging?: boolean;
    },
  ): Item => {
    // the printed text: most often a stretch of the source, broken where it stands
    let printed: string;
    let begin: number;
    let end: number;
    if (isInPlace(printedText)) {
      ({ text: printed, start: begin, end } = printedText);
      const { split, font, restFont } = printedText;
      measure.runStarts = split > begin && split < end && TYPEFACE[font] !== TYPEFACE[restFont] ? [split - begin] : undefined;
    } else {
      const pieces = printedText;
      const inSource = printedInSource(pieces);
      printed = inSource ? text : pieces.map((p) => p.text).join('');
      begin = inSource ? pieces[0].start : 0;
      end = inSource ? pieces[pieces.length - 1].end : printed.length;
      measure.runStarts = pieces.length > 1 ? typefaceChanges(pieces) : undefined;
    }
    measure.size = spec.size;
    measure.slack = spec.slack;
    measure.hanging = spec.hanging;
    broken.length = 0;
    breakLinesInto(printed, spec.capacity - spec.firstIndent, spec.capacity - spec.indent, broken, measure, begin, end);
    let count = broken.length / LINE_STRIDE;
    // as many lines as greedy breaking gives, but of even length (回行排列对称) and broken between
    // words (词意完整, 7.3.1); where words are not known, of even length only
    if (spec.balance && count > 1 && !breakTitleAtWords(printed, begin, end, spec.capacity, count, measure, broken)) {
      let total = 0;
      for (let x = 2; x < broken.length; x += LINE_STRIDE) total += broken.data[x];
      const greedy = broken.data.slice(0, broken.length);
      for (let c = Math.ceil(total / count / 2) * 2; c < spec.capacity; c += 2) {
        broken.length = 0;
        breakLinesInto(printed, c, c, broken, measure, begin, end);
        if (broken.length === greedy.length) break;
      }
      if (broken.length !== greedy.length) {
        broken.length = 0;
        for (let x = 0; x < greedy.length; x += LINE_STRIDE) broken.push(greedy[x], greedy[x + 1], greedy[x + 2], greedy[x + 3]);
      }
      count = broken.length / LINE_STRIDE;
    }
    const flat = broken.data;
    // the spec's fields read once: specs come in several shapes
    const firstIndent = spec.firstIndent / 2;
    const indent = spec.indent / 2;
    const { cellsOnLine, align, level } = spec;
    lineTable.groups.push(new LineGroup(kind, blockIndex, sourceLine, firstIndent, indent, cellsOnLine, align, level, undefined,
      printedText, 0));
    const first = lineTable.count;
    for (let n = 0; n < count; n++) {
      const x = LINE_STRIDE * n;
      lineTable.add(flat[x], flat[x + 1], Math.round(flat[x + 2] * 1000), (n === count - 1 ? LAST : 0) | (flat[x + 3] === 1 ? HANGING : 0));
    }
    return item(first, count);
  };

  const body = { capacity: cap, firstIndent: PARAGRAPH_INDENT * 2, indent: 0, align: 'justify' as const, cellsOnLine: cellsPerLine };
  const headingSpecs = [1, 2, 3, 4, 5].reduce<Record<number, typeof body & { level: number }>>((m, level) => ({ ...m, [level]: { ...body, level } }), {});
  const tag = (pieces: InlinePiece[], font: FontRole): FontPiece[] => {
    // the pieces are fresh from inlinePieces: tag them in place
    for (const p of pieces) (p as FontPiece).font = font;
    return pieces as FontPiece[];
  };
  const piecesOf = (span: Span, font: FontRole) => tag(inlinePieces(text, span.start, span.end), font);
  /** The printed text of a span set in one font (after `split`, in `restFont`): read in place unless it has markup. */
  const printedOf = (span: Span, font: FontRole, split = span.end, restFont = font): FontPiece[] | InPlaceText => {
    if (span.end > span.start && !hasInlineMarkup(text.slice(span.start, span.end))) {
      return { text, start: span.start, end: span.end, split, font, restFont };
    }
    const pieces: FontPiece[] = [];
    for (const p of inlinePieces(text, span.start, span.end)) splitPiece(p, split, font, restFont, pieces);
    return pieces;
  };
  const printedWidth = (pieces: InlinePiece[]) => breakLines(pieces.map((p) => p.text).join(''), Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)[0]?.halfCells ?? 0;

  const blocks = model.blocks;
  let attachmentNoteSeen = false;
  let afterAttachmentLabel = false;

  for (let bi = 0; bi < blocks.length; bi++) {
    const block = blocks[bi];
    if (block.kind === 'comment') continue;
    const at = block.content.start;
    const lineNo = block.line;
    if (afterAttachmentLabel) {
      afterAttachmentLabel = false;
      if (block.kind === 'paragraph') {
        // the attachment's title on the third line, a blank line after it
        items.push(blank(lineNo, at));
        items.push(paragraph('attachment-title', bi, lineNo, printedOf(block.content, 'title'),
          { capacity: titleCap, firstIndent: 0, indent: 0, align: 'center', cellsOnLine: titleCells, balance: true, size: FONT_PT.title }));
        items.push(blank(lineNo, block.content.end));
        continue;
      }
    }
    switch (block.kind) {
      case 'title': {
        items.push(paragraph('title', bi, lineNo, printedOf(block.content, 'title'),
          { capacity: titleCap, firstIndent: 0, indent: 0, align: 'center', cellsOnLine: titleCells, balance: true, size: FONT_PT.title }));
        // the blank line goes after the last line of a title broken over two
        if (!model.subtitle && !(block === model.title && model.titleContinuation)) items.push(blank(lineNo, block.content.end));
        break;
      }
      case 'subtitle':
        items.push(paragraph('subtitle', bi, lineNo, printedOf(block.content, 'subtitle'),
          { capacity: cap, firstIndent: 0, indent: 0, align: 'center', cellsOnLine: cellsPerLine }));
        items.push(blank(lineNo, block.content.end));
        break;
      case 'salutation':
        items.push(paragraph('salutation', bi, lineNo, printedOf(block.content, 'body'), { ...body, firstIndent: 0 }));
        break;
      case 'heading': {
        const h = block as HeadingBlock;
        const font = HEADING_FONT[h.level];
        const split = h.body?.start ?? block.content.end;
        // the closing `**` of a heading sentence set in bold is markup, as the opening one: neither is printed
        let printed: FontPiece[] | InPlaceText;
        if (h.innerMarkup) {
          printed = tag(inlinePieces(text, block.content.start, h.innerMarkup.start), font);
          for (const p of inlinePieces(text, h.innerMarkup.end, block.content.end)) splitPiece(p, split, font, 'body', printed);
        } else {
          printed = printedOf(block.content, font, split, 'body');
        }
        const heading = paragraph('heading', bi, lineNo, printed, headingSpecs[h.level]);
        if (!h.body) heading.keepTogether = heading.keepWithNext = true;
        items.push(heading);
        break;
      }
      case 'paragraph': {
        // (only a line starting with 附 can start an attachment page)
        if (text.charCodeAt(block.content.start) === 0x9644 && ATTACHMENT_PAGE_RE.test(text.slice(block.content.start, block.content.end)) && bi > 0) {
          const label = paragraph('attachment-label', bi, lineNo, printedOf(block.content, 'attachmentLabel'),
            { ...body, firstIndent: 0, align: 'start' });
          label.pageBreakBefore = true;
          items.push(label);
          afterAttachmentLabel = true;
          break;
        }
        items.push(paragraph('paragraph', bi, lineNo, printedOf(block.content, 'body'), body));
        break;
      }
      case 'closing':
        items.push(paragraph('closing', bi, lineNo, printedOf(block.content, 'body'), body));
        break;
      case 'attachment': {
        // 附件：1.名称 — 左空二字; later notes and wrapped lines align with the first character of the name (7.3.4)
        const s = text.slice(block.content.start, block.content.end);
        const label = /^附件[：:]\s*/.exec(s);
        if (!attachmentNoteSeen) items.push(blank(lineNo, at));
        attachmentNoteSeen = true;
        const pieces = piecesOf(block.content, 'body');
        const labelHalf = label ? printedWidth(inlinePieces(text, at, at + label[0].length)) : 0;
        const rest = s.slice(label ? label[0].length : 0);
        const number = /^[0-9０-９]+[.．]/.exec(rest);
        const numberHalf = number ? printedWidth([{ text: number[0], start: 0, end: number[0].length, bold: false }]) : 0;
        const nameColumn = PARAGRAPH_INDENT * 2 + (label ? labelHalf : noteLabelHalf(text, model));
        const first = label ? PARAGRAPH_INDENT * 2 : nameColumn;
        const noteLines = paragraph('attachment-note', bi, lineNo, pieces,
          { ...body, firstIndent: Math.min(first, cap - 2), indent: Math.min(nameColumn + numberHalf, cap - 2), align: 'start' });
        // the notes stay together on one page
        const previous = items[items.length - 1];
        // (the previous note's lines are the last in the table, just before these)
        if (previous?.count && lineTable.groupOf(previous.first).kind === 'attachment-note' && previous.first + previous.count === noteLines.first) {
          previous.count += noteLines.count;
        }
        else {
          noteLines.keepTogether = true;
          items.push(noteLines);
        }
        break;
      }
      case 'signature':
      case 'date':
        // placed below, together
        break;
      case 'table':
        items.push(...tableItems(block as TableBlock, bi));
        break;
    }
  }

  // 落款: the signature and the date, from the text or else from front matter (7.3.5.2)
  const meta = metadataOf(model);
  const fmAt = model.frontMatter?.span.start ?? 0;
  const fmLine = 0;
  // one line, or two (the unit or post, then the name)
  const sigBlocks = [model.signature, model.signatureContinuation].filter((b): b is PlainBlock => b !== undefined);
  const sigLines = sigBlocks.length
    ? sigBlocks.map((b) => piecesOf(b.content, 'body'))
    : meta.author ?? meta.unit ? [tag([{ text: (meta.author ?? meta.unit)!, start: fmAt, end: fmAt, bold: false }], 'body')] : [];
  const sigPieces = sigLines.flat();
  const datePieces = model.date
    ? piecesOf(model.date.content, 'body')
    : meta.date ? tag([{ text: meta.date, start: fmAt, end: fmAt, bold: false }], 'body') : [];
  if (sigPieces.length || datePieces.length) {
    // the lines of a 落款 of two end at one place; the date goes by the longer
    const sigW = Math.max(0, ...sigLines.map(printedWidth));
    const dateW = printedWidth(datePieces);
    const inset = SIGNATURE_RIGHT_INSET * 2;
    const shift = DATE_SHIFT * 2;
    let sigIndent = cap - inset - sigW;
    let dateIndent = sigIndent + shift;
    if (!sigPieces.length || dateIndent + dateW > cap - inset) {
      // a date longer than the signature keeps the inset; the signature moves left with it
      dateIndent = cap - inset - dateW;
      sigIndent = dateIndent - shift;
    }
    const dateIndex = model.date ? blocks.indexOf(model.date) : -1;
    const firstLine = model.signature?.line ?? model.date?.line ?? fmLine;
    const place = (kind: LineKind, index: number, line: number, pieces: FontPiece[], indentHalf: number) =>
      paragraph(kind, index, line, pieces, { ...body, firstIndent: Math.max(0, Math.min(indentHalf, cap - 2)), indent: 0, align: 'start' });
    // signature and date lines are consecutive in the table: one item
    const lines = item(lineTable.count, 0, true);
    sigLines.forEach((pieces, k) => {
      const block = sigBlocks[k];
      lines.count += place('signature', block ? blocks.indexOf(block) : -1, block?.line ?? fmLine, pieces, sigIndent + sigW - printedWidth(pieces)).count;
    });
    if (datePieces.length) lines.count += place('date', dateIndex, model.date?.line ?? fmLine, datePieces, dateIndent).count;
    // the 落款 goes after the text, before any attachment page; it never stands alone on a page: the
    // last line of the text before it goes along (7.3.5: 落款 and 正文 on one page), past the
    // attachment notes and their blank line, which must not start a page without text either
    const firstAttachmentPage = items.findIndex((it) => it.pageBreakBefore);
    const at = firstAttachmentPage >= 0 ? firstAttachmentPage : items.length;
    for (let k = at - 1; k >= 0; k--) {
      items[k].keepWithNext = true;
      if (!items[k].count) continue;
      const kind = lineTable.groupOf(items[k].first).kind;
      if (kind !== 'attachment-note' && kind !== 'blank') break;
    }
    const blankLine = blank(firstLine, model.signature?.span.start ?? model.date?.span.start ?? fmAt);
    blankLine.keepWithNext = true;
    items.splice(at, 0, blankLine, lines);
  }

  return { ...paginate(items, lineTable, linesPerPage), lineStarts: model.lineStarts, text, linesPerPage, cellsPerLine };

  function tableItems(table: TableBlock, bi: number): Item[] {
    const columns = Math.max(1, ...table.rows.map((r) => r.length));
    const colCap = Math.max(2, Math.floor(cap / columns) - 1);
    const out: Item[] = [];
    table.rows.forEach((row, r) => {
      const header = table.hasHeader && r === 0;
      const font: FontRole = header ? 'tableHeader' : 'body';
      const cellLines = Array.from({ length: columns }, (_, c) => {
        const span = row[c];
        if (!span || span.end <= span.start) return [] as LayoutLine[];
        const cell = paragraph('table-row', bi, table.line + r, printedOf(span, font),
          { capacity: colCap, firstIndent: 0, indent: 0, align: 'start', cellsOnLine: colCap / 2, slack: TABLE_CELL_SLACK_TWIPS, hanging: false });
        // a cell's lines only give the row lines their text: take them back out of the table
        const lines = Array.from({ length: cell.count }, (_, k) => lineTable.line(cell.first + k));
        lineTable.count = cell.first;
        lineTable.groups.pop();
        return lines;
      });
      const rowLines = Math.max(1, ...cellLines.map((c) => c.length));
      const rowSpan = { start: row[0]?.start ?? table.content.start, end: row[row.length - 1]?.end ?? table.content.start };
      // the source line of row r: rows skip the delimiter line after a header
      const sourceLine = lineOfOffset(model, rowSpan.start);
      const first = lineTable.count;
      for (let k = 0; k < rowLines; k++) {
        const cells = cellLines.map((c) => ({ runs: c[k]?.runs ?? [], width: c[k]?.width ?? 0 }));
        const runs = cells.flatMap((c) => c.runs);
        let length = 0;
        for (const run of runs) length += run.text.length;
        lineTable.groups.push(new LineGroup('table-row', bi, sourceLine, 0, 0, cellsPerLine, 'start', undefined,
          { row: r, rowLine: k, rowLines, header, columns, cells }, runs, rowSpan.start, runs.length ? baseOf(runs) : rowSpan.start));
        lineTable.add(0, length, cellsPerLine * 2000, k === rowLines - 1 ? LAST : 0);
      }
      out.push(item(first, rowLines, true));
    });
    return out;
  }
}

/** Whether the pieces' printed text is the source from the first's start to the last's end (no `**`, no escape). */
function printedInSource(pieces: readonly FontPiece[]): boolean {
  if (!pieces.length) return false;
  let at = pieces[0].start;
  for (const p of pieces) {
    if (p.start !== at || p.end - p.start !== p.text.length) return false;
    at = p.end;
  }
  return true;
}

/** Tags a piece with `headFont` before `at` and `restFont` from `at` on, splitting it there. */
function splitPiece(p: InlinePiece, at: number, headFont: FontRole, restFont: FontRole, out: FontPiece[]): void {
  const tagged = p as FontPiece;
  if (p.start >= at) {
    tagged.font = restFont;
    out.push(tagged);
  } else if (p.end <= at || p.end - p.start !== p.text.length) {
    tagged.font = headFont;
    out.push(tagged);
  } else {
    const k = at - p.start;
    out.push(
      { text: p.text.slice(0, k), start: p.start, end: at, bold: p.bold, font: headFont },
      { text: p.text.slice(k), start: at, end: p.end, bold: p.bold, font: restFont },
    );
  }
}

/** Width of `附件：` in half cells, for notes after the first (they align with the first note's name). */
function noteLabelHalf(text: string, model: ReportModel): number {
  const first = model.attachments[0];
  if (!first) return 0;
  const m = /^附件[：:]\s*/.exec(text.slice(first.content.start, first.content.end));
  if (!m) return 0;
  let half = 0;
  for (const ch of m[0]) half += ch === ' ' ? 1 : 2;
  return half;
}

export function lineOfOffset(model: ReportModel, offset: number): number {
  return lineAtOffset(model.lineStarts, offset);
}

/** Places items on pages of `linesPerPage` lines, honouring page breaks and keep rules. */
function paginate(items: Item[], table: LineTable, linesPerPage: number): { pages: Page[]; pageCount: number } {
  const pages: Page[] = [];
  // the rows of the line table in page order; a page is a stretch of it
  const order = new Int32Array(table.count);
  let placed = 0;
  let pageBegin = 0;
  const flush = () => {
    const number = pages.length + 1;
    pages.push(new GridPage(number, number % 2 === 1 ? 'odd' : 'even', table, order, pageBegin, placed));
    pageBegin = placed;
  };
  /**
   * Lines that must share a page, from item i on: an item kept with the next contributes its last line
   * (all of it when kept together) and passes on to the next; the chain ends with the first line of an
   * ordinary item, or all lines of one kept together.
   */
  const needed = (i: number): number => {
    let n = 0;
    for (let k = i; k < items.length; k++) {
      const it = items[k];
      if (it.pageBreakBefore && k > i) break;
      const own = it.keepTogether ? it.count : Math.min(1, it.count);
      n += own;
      if (!(it.keepWithNext && k + 1 < items.length && !items[k + 1].pageBreakBefore)) break;
    }
    return n;
  };
  const makeRoom = (want: number) => {
    const onPage = placed - pageBegin;
    if (onPage && want <= linesPerPage && onPage + want > linesPerPage) flush();
  };
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    const count = it.count;
    if (!count) continue;
    if (it.keepTogether || it.keepWithNext || it.pageBreakBefore) {
      const keep: KeepRules = { together: it.keepTogether, withNext: it.keepWithNext, breakBefore: it.pageBreakBefore };
      for (let n = 0; n < count; n++) table.groupOf(it.first + n).keep = keep;
    }
    if (it.pageBreakBefore && placed > pageBegin) flush();
    if (it.keepTogether || count === 1) makeRoom(it.keepWithNext ? needed(i) : it.keepTogether ? count : 1);
    const lastKept = it.keepWithNext && !it.keepTogether ? count - 1 : -1;
    for (let n = 0; n < count; n++) {
      // a paragraph kept with the next: its last line must find room with what follows
      if (n === lastKept && n > 0) makeRoom(needed(i));
      if (placed - pageBegin >= linesPerPage) flush();
      order[placed++] = it.first + n;
    }
  }
  if (placed > pageBegin || !pages.length) flush();
  return { pages, pageCount: pages.length };
}

/** The page (1-based) that shows the source offset, or the last page before it. */
export function pageOfOffset(layout: Layout, offset: number): number {
  let found = 1;
  for (const page of layout.pages) {
    for (const line of page.lines) {
      if (line.kind === 'blank') continue;
      if (line.start <= offset) found = page.number;
      else return found;
    }
  }
  return found;
}

/** The typeface a role is set in: roles sharing one are one stretch of text to a word processor. */
const TYPEFACE: Record<FontRole, string> = {
  title: 'title', subtitle: 'kai', heading1: 'hei', heading2: 'kai', heading3: 'fang', heading4: 'fang', body: 'fang',
  attachmentLabel: 'hei', tableHeader: 'hei',
};

/** Printed offsets where the typeface or the weight changes. */
function typefaceChanges(pieces: readonly FontPiece[]): number[] {
  const at: number[] = [];
  let offset = 0;
  for (let n = 0; n < pieces.length; n++) {
    const p = pieces[n];
    const prev = pieces[n - 1];
    if (prev && (TYPEFACE[prev.font] !== TYPEFACE[p.font] || prev.bold !== p.bold)) at.push(offset);
    offset += p.text.length;
  }
  return at;
}
