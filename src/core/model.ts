/**
 * The report model: what the parser makes of a report's text. Every range is a pair of UTF-16
 * offsets into the original text (as VS Code counts), end exclusive.
 */

export interface Span {
  start: number;
  end: number;
}

/** Numbering families recognised at the start of a line, by GB/T 9704 7.3.3 level. */
export type MarkerFamily =
  | 'chinese' //        一、     level 1
  | 'chinese-paren' //  （一）   level 2
  | 'arabic' //         1.       level 3
  | 'arabic-paren' //   （1）    level 4
  | 'circled'; //       ①        below level 4

export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

export interface HeadingMarker {
  family: MarkerFamily;
  /** The number the marker carries (一 → 1, （十二） → 12). */
  number: number;
  /** The marker exactly as written, e.g. `（一）、`, `(一)`, `1、`, `一.`. */
  text: string;
  span: Span;
  /** The canonical form for this number and family, e.g. `（一）`, `1.`. */
  canonical: string;
  /** True when `text` equals `canonical`. */
  wellFormed: boolean;
  /** Whitespace written right after the marker (`一、 履职`), if any. */
  trailingSpace?: Span;
}

/** An in-paragraph enumeration marker (found by `enumerationsOf`, not by the parser). */
export interface Enumeration {
  /** Which family: 一是/二是, 第一，/第二，, 其一，, 首先，/其次，/最后，. */
  family: 'shi' | 'di' | 'qi' | 'sequence';
  /** Position in its family (一是 → 1; 首先 → 1, 其次 → 2, 再次 → 3, 最后 → 0). */
  number: number;
  /** The marker as written (`一是`, `第二，`, `首先，`). */
  text: string;
  span: Span;
}

export type BlockKind =
  | 'title'
  | 'subtitle'
  | 'salutation'
  | 'heading'
  | 'paragraph'
  | 'closing'
  | 'signature'
  | 'date'
  | 'attachment'
  | 'table'
  | 'comment';

interface BlockBase {
  kind: BlockKind;
  /** First and last 0-based line of the block. */
  line: number;
  endLine: number;
  /** The whole block, from the first to the last character of its lines (no line break). */
  span: Span;
  /** The text that carries meaning: without indentation, trailing spaces or the Markdown before it. */
  content: Span;
  /**
   * The Markdown written before the text, if any: a heading's `#` marks, a list bullet (`- `, `* `, `+ `), or the
   * `**` of a heading set in bold as a whole line (its closing `**` lies after `content`, inside `span`) or of a
   * run-in heading sentence set in bold (its closing `**` is the heading's `innerMarkup`), with the spaces after it.
   * Emoji a content site set before a heading (`📌一、…`) are kept apart the same way; they are residue, not text.
   */
  markupPrefix?: Span;
}

export interface HeadingBlock extends BlockBase {
  kind: 'heading';
  level: HeadingLevel;
  marker: HeadingMarker;
  /** The heading sentence after the marker (for a run-in heading: up to and including its 。). */
  headingText: Span;
  /** For a run-in heading (标题句 + 正文 on one line): the body after the heading sentence. */
  body?: Span;
  /**
   * The closing `**` of a run-in heading sentence set in bold (`**（一）强化责任。**认真履行…`): markup inside
   * `content`, between the heading sentence and its body (the opening `**` is the `markupPrefix`).
   */
  innerMarkup?: Span;
}

export interface TableBlock extends BlockBase {
  kind: 'table';
  /** Cells per row, each cell's content span (trimmed). The delimiter row is not included. */
  rows: Span[][];
  /** Index in `rows` of the header row (row 0) when a delimiter row follows it. */
  hasHeader: boolean;
}

export interface PlainBlock extends BlockBase {
  kind: Exclude<BlockKind, 'heading' | 'table'>;
}

export type Block = HeadingBlock | TableBlock | PlainBlock;

export interface FrontMatter {
  /** From the opening `---` to the end of the closing `---` line. */
  span: Span;
  /** The YAML between the fences. */
  body: Span;
  /** Parsed mapping; empty when it is not a mapping or does not parse. */
  data: Record<string, unknown>;
  /** The YAML error, when it does not parse. */
  error?: { message: string; span: Span };
}

export interface ReportModel {
  text: string;
  frontMatter?: FrontMatter;
  /** Every meaningful line, in order; blank lines belong to no block. */
  blocks: Block[];
  title?: PlainBlock;
  /**
   * The second line of a title broken over two lines (GB/T 9704 7.3.1), as writers type it:
   * `县发展和改革局党组书记、局长` / `2025年度民主生活会个人对照检查材料`. Its kind is `title` too.
   */
  titleContinuation?: PlainBlock;
  subtitle?: PlainBlock;
  headings: HeadingBlock[];
  /** Paragraphs between the title (or salutation) and the first heading. */
  opening: PlainBlock[];
  closing?: PlainBlock;
  /** The 落款: its first line when it takes two. */
  signature?: PlainBlock;
  /** The name under the unit or post, in a 落款 of two lines (县发展和改革局党组书记、局长 / 王某某). Its kind is `signature` too. */
  signatureContinuation?: PlainBlock;
  date?: PlainBlock;
  attachments: PlainBlock[];
  /** The comment lines (`<!-- … -->`), in order: where suppression directives live. */
  comments: PlainBlock[];
  /** Offsets of line starts, for mapping offsets to line/column. */
  lineStarts: number[];
}

/** The metadata a report may carry in front matter. */
export interface ReportMetadata {
  genre?: string;
  title?: string;
  author?: string;
  unit?: string;
  date?: string;
}

export function metadataOf(model: ReportModel): ReportMetadata {
  const data = model.frontMatter?.data ?? {};
  const str = (k: string): string | undefined => {
    const v = data[k];
    if (typeof v === 'string') return v.trim() || undefined;
    if (typeof v === 'number') return String(v);
    if (v instanceof Date) return `${v.getUTCFullYear()}年${v.getUTCMonth() + 1}月${v.getUTCDate()}日`;
    return undefined;
  };
  return { genre: str('genre'), title: str('title'), author: str('author'), unit: str('unit'), date: str('date') };
}

export function textOf(model: { text: string }, span: Span): string {
  return model.text.slice(span.start, span.end);
}

/** The title's text, both lines of a title broken over two read as one. */
export function titleText(model: ReportModel): string {
  if (!model.title) return '';
  const first = textOf(model, model.title.content);
  return model.titleContinuation ? first + textOf(model, model.titleContinuation.content) : first;
}
