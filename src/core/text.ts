/** Line splitting, character classes and a binary search shared by the parser, the rules, the layout and the renderer. */

export interface Line {
  /** 0-based line number. */
  index: number;
  /** Offset of the first character of the line (after a BOM on line 0). */
  start: number;
  /** Offset just past the last character before the line break. */
  end: number;
  /** Offset just past the line break (equals `end` on the last line). */
  breakEnd: number;
  text: string;
}

const BOM = '\uFEFF';

/** Splits text into lines at LF, CRLF or CR, keeping offsets into the original string. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = text.startsWith(BOM) ? 1 : 0;
  let index = 0;
  const re = /\r\n|\n|\r/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    lines.push({ index: index++, start, end: m.index, breakEnd: m.index + m[0].length, text: text.slice(start, m.index) });
    start = m.index + m[0].length;
  }
  lines.push({ index, start, end: text.length, breakEnd: text.length, text: text.slice(start) });
  return lines;
}

/** Whitespace that may indent or trail a line, including the ideographic space used for 首行缩进. */
export const INLINE_SPACE = /[ \t\u00a0\u3000]/;

/** The UTF-16 code of a blank within a line (INLINE_SPACE): space, tab, no-break space, ideographic space. */
export function isInlineSpaceCode(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
}

/** CJK ideographs (basic block, extension A, compatibility). */
export const HAN = '\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff';
export const HAN_RE = new RegExp(`[${HAN}]`);

export function isHan(ch: string): boolean {
  return HAN_RE.test(ch);
}

/** What may follow an emoji's first character as part of it: skin tones, selectors, joined pictographs (`u` flag). */
export const EMOJI_TAIL_SOURCE = '(?:[\\u{1F3FB}-\\u{1F3FF}]|\\uFE0F|\\u200D\\p{Extended_Pictographic}\\uFE0F?)*';

/**
 * One emoji as content sites set them (✅, 📌, ❤️, 👍🏻, 👨‍👩‍👧): a character shown as an emoji by itself, or a
 * pictograph asked to show as one (U+FE0F), with its skin tone, selectors and joined pictographs. A regex
 * source for the `u` flag; symbols reports use (★ ① ○ → □) are none.
 */
export const EMOJI_SOURCE = `(?:\\p{Emoji_Presentation}|\\p{Extended_Pictographic}\\uFE0F)${EMOJI_TAIL_SOURCE}`;

/** Inclusive ranges of the UTF-16 codes an emoji may start with (a superset: pictographic ranges and surrogates). */
export const EMOJI_START_RANGES: readonly (readonly [number, number])[] = [
  [0xa9, 0xa9], [0xae, 0xae], [0x203c, 0x203c], [0x2049, 0x2049], [0x2122, 0x2b55], [0x3030, 0x3030], [0x303d, 0x303d],
  [0x3297, 0x3297], [0x3299, 0x3299], [0xd83c, 0xd83e],
];

const EMOJI_START = new Uint8Array(65536);
for (const [a, b] of EMOJI_START_RANGES) EMOJI_START.fill(1, a, b + 1);

/** Whether an emoji may start with this UTF-16 code (`EMOJI_START_RANGES`). */
export function mayStartEmoji(code: number): boolean {
  return EMOJI_START[code] === 1;
}

/** Full-width (CJK) punctuation commonly found in reports. */
export const CJK_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】〔〕…—·';

export function isCjkPunct(ch: string): boolean {
  return CJK_PUNCT.includes(ch);
}

/** Sentence-ending marks that close a run-in heading sentence. */
export const SENTENCE_END = '。？！';

/** Whether a UTF-16 code is one of `SENTENCE_END`. */
export const isSentenceEndCode = (code: number): boolean => code === 0x3002 || code === 0xff1f || code === 0xff01;

/** Maps an offset to a 0-based line and UTF-16 column, by binary search over line starts. */
export class LineIndex {
  private readonly starts: number[];
  constructor(readonly text: string, lines: Line[] = splitLines(text)) {
    this.starts = lines.map((l) => l.start);
    // a BOM is column 0 of line 0 for position purposes
    if (this.starts.length) this.starts[0] = 0;
  }
  positionAt(offset: number): { line: number; character: number } {
    const line = lineAtOffset(this.starts, offset);
    return { line, character: offset - this.starts[line] };
  }
}

/**
 * The first index in [0, length) at which `past(index)` holds, or `length` when it holds nowhere,
 * by binary search: `past` must be false up to some index and true from there on (a sorted list
 * asked "is this one past the offset?").
 */
export function partitionPoint(length: number, past: (index: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (past(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The 0-based line holding `offset`, by binary search over ascending line starts. */
export function lineAtOffset(lineStarts: readonly number[], offset: number): number {
  return Math.max(0, partitionPoint(lineStarts.length, (i) => lineStarts[i] > offset) - 1);
}
