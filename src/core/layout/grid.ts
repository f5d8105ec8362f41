/**
 * The GB/T 9704-2012 page grid and the character classes the line breaker needs.
 *
 * Widths are counted in cells: one cell is the width of one character of the size in use (字, 3.1).
 * A CJK character or a full-width mark takes 1 cell; Latin letters and digits take their Times New
 * Roman widths (about half a cell), measured in metrics.ts as a word processor sets them.
 */

/** Page, margins and text block in millimetres (5.1, 5.2.1). */
export const PAGE_MM = { width: 210, height: 297, top: 37, left: 28, right: 26, bottom: 35 } as const;
export const TEXT_BLOCK_MM = { width: 156, height: 225 } as const;

const mmToTwips = (mm: number): number => Math.round((mm * 1440) / 25.4);

/** The page in twips (1/20 pt), each edge rounded as a word processor stores it. */
export const PAGE_TWIPS = {
  width: mmToTwips(PAGE_MM.width),
  height: mmToTwips(PAGE_MM.height),
  top: mmToTwips(PAGE_MM.top),
  left: mmToTwips(PAGE_MM.left),
  right: mmToTwips(PAGE_MM.right),
  bottom: mmToTwips(PAGE_MM.bottom),
} as const;

/** The text block's width in twips: 8845 (442.25 pt). */
export const TEXT_WIDTH_TWIPS = PAGE_TWIPS.width - PAGE_TWIPS.left - PAGE_TWIPS.right;

/**
 * The export indents every paragraph by 1 twip on the left: LibreOffice does not draw a mark
 * hanging at the end of a full justified line that starts at the margin. Lines are that much shorter.
 */
export const LINE_INSET_TWIPS = 1;

/** The line pitch in twips: 225 mm ÷ 22 rounded down, so 22 lines always fit (28.95 pt). */
export const LINE_PITCH_TWIPS = Math.floor((PAGE_TWIPS.height - PAGE_TWIPS.top - PAGE_TWIPS.bottom) / 22);

/** Lines a page and characters a line of 3号 text (5.2.3). */
export const LINES_PER_PAGE = 22;
export const CELLS_PER_LINE = 28;

/**
 * A 2号 (22 pt) title line: 156 mm = 442.2 pt holds 20 characters of 22 pt (440 pt). It takes one grid
 * line: 22 pt glyphs fit the 28.95 pt line pitch, so the export gives the title the same exact line
 * spacing as the body and the page keeps its 22 lines.
 */
export const TITLE_CELLS_PER_LINE = 20;

/** Font sizes in points (5.2.2, 7.3.1, 7.5). */
export const FONT_PT = { title: 22, body: 16, pageNumber: 14 } as const;

/** Page numbers sit 7 mm below the text block, one character in from the outer edge (7.5). */
export const PAGE_NUMBER_GAP_MM = 7;

/**
 * A table column holds `floor(56 / columns) − 1` half cells of text and 1 pt more: the export sets
 * the cell margins so that each column leaves exactly that.
 */
export const TABLE_CELL_SLACK_TWIPS = 20;

/** First-line indent of a paragraph, in cells (左空二字, 7.3.3). */
export const PARAGRAPH_INDENT = 2;

/** Signature right inset, and how far the date's first character sits right of the signature's (7.3.5.2). */
export const SIGNATURE_RIGHT_INSET = 2;
export const DATE_SHIFT = 2;

/**
 * Marks that must not begin a line (GB/T 15834 5.1), full- and half-width: the set word processors
 * apply to Chinese text by default. Word and LibreOffice let …… ％ ‰ ℃ begin a line, so the layout
 * does too (the page count must be theirs).
 */
export const NO_LINE_START = new Set(
  [...'，。、；：？！）》”’〕】」』〉·・,.;:?!)]}'],
);

/**
 * Marks that hang in the right margin rather than begin a line, as Word (允许标点溢出边界, on by
 * default) and LibreOffice (hanging punctuation, on by default) set them: measured with LibreOffice
 * 7.4, ，。、；：？！．hang; ）》”’ do not (the character before them moves down instead).
 */
export const HANGING_MARKS = new Set([...'，。、；：？！．,.;:?!']);

/** Marks that must not end a line (避尾). */
export const NO_LINE_END = new Set([...'（《“‘〔【「『〈([{']);

/** Two-cell marks that are never split between lines: —— and …… (GB/T 15834 5.1). */
export function isPairedMark(code: number): boolean {
  return code === 0x2014 || code === 0x2026;
}

/**
 * Width of a UTF-16 code point in half cells: 2 for East Asian wide, full-width and ambiguous
 * characters (a Chinese font sets “”‘’…—·× full-width), 1 for narrow text, 0 for combining marks,
 * joiners and variation selectors.
 */
export function halfCellsOf(code: number): number {
  if (code < 0x00a0) return code === 0x09 ? 2 : 1; // a tab is set as one cell
  if (code === 0x00b7 || code === 0x00d7 || code === 0x00f7 || code === 0x00b0 || code === 0x00a7 || code === 0x00b1) return 2;
  if (code < 0x0300) return 1;
  if (code < 0x0370) return 0; // combining diacritics
  if (code < 0x1100) return 1;
  if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff) return 0;
  if (code >= 0xfe00 && code <= 0xfe0f) return 0; // variation selectors
  if (code >= 0x2010 && code <= 0x203b) return 2; // dashes, quotes, ellipsis, ※
  if (code >= 0x2100 && code <= 0x2bff) return 2; // letterlike, arrows, maths, boxes, shapes (℃ № ① □ ○)
  if (code >= 0x2e80 && code <= 0xa4cf) return 2; // CJK radicals … Yi, incl. 、。《》 and ideographs
  if (code >= 0xac00 && code <= 0xd7a3) return 2; // Hangul
  if (code >= 0xf900 && code <= 0xfaff) return 2;
  if (code >= 0xfe30 && code <= 0xfe4f) return 2; // CJK compatibility forms
  if (code >= 0xff01 && code <= 0xff60) return 2; // full-width forms
  if (code >= 0xffe0 && code <= 0xffe6) return 2;
  if (code >= 0x1f000) return 2; // emoji, ideographs of the supplementary planes
  if (code >= 0xe0100 && code <= 0xe01ef) return 0;
  return 1;
}

/** True for narrow characters that join into an unbreakable word (Latin letters, digits, signs). */
export function isWordChar(code: number): boolean {
  return code > 0x20 && code < 0x7f || code >= 0x00c0 && code < 0x0300 || code >= 0x0370 && code < 0x1100;
}

export function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}
