import {
  HANGING_MARKS, LINE_INSET_TWIPS, NO_LINE_END, NO_LINE_START, TEXT_WIDTH_TWIPS, halfCellsOf, isPairedMark, isSpace,
  isWordChar,
} from './grid';
import { CHARACTER_SPACING_TWIPS, TIMES_ADVANCE, UNITS_PER_EM, letterScriptOf, portionScriptOf } from './metrics';

/** One line of a paragraph, as offsets into the paragraph's printed text. */
export interface BrokenLine {
  from: number;
  to: number;
  /**
   * Half cells the line's text takes as set (its width in twips over half a cell), without
   * trailing spaces and without a mark hanging in the margin.
   */
  halfCells: number;
  /** The line ends with a mark (，。、；：？！) set past the line's end, in the margin. */
  hanging?: boolean;
}

/** How the text is measured. */
export interface LineMeasure {
  /** Font size in points: 16 (3号) unless said. */
  size?: number;
  /** Twips a line holds beyond its capacity in cells; by default what the 156 mm text block leaves after whole cells. */
  slack?: number;
  /** Printed offsets where the typeface or weight changes (a run-in heading's body, bold text). */
  runStarts?: readonly number[];
  /** Whether marks may hang in the margin: not in table cells, where word processors do not hang them. */
  hanging?: boolean;
}

// Character classes of the Basic Multilingual Plane, looked up once per character.
const WIDTH = 3; // half cells: 0, 1 or 2
const WORD = 1 << 2;
const SPACE = 1 << 3;
const NO_START = 1 << 4;
const NO_END = 1 << 5;
const PAIRED = 1 << 6;
const HIGH = 1 << 7; // first half of a surrogate pair
const MARK = 1 << 8; // zero-width: combining mark, joiner, variation selector
const LOW = 1 << 9; // second half of a surrogate pair
const HANG = 1 << 10; // may hang in the margin
const LETTER_LATIN = 1 << 11; // a Latin letter or digit
const LETTER_ASIAN = 1 << 12; // a CJK character, kana, hangul, full-width letter or digit
const SCRIPT_LATIN = 1 << 13; // set in the Latin font
const SCRIPT_ASIAN = 1 << 14; // set in the East Asian font
const RUN_START = 1 << 15; // the typeface or weight changes here (set per text, not in the table)
const LETTERS = LETTER_LATIN | LETTER_ASIAN;
const SCRIPTS = SCRIPT_LATIN | SCRIPT_ASIAN;
let table: Uint16Array | undefined;

function flagsOf(c: number): number {
  let v = halfCellsOf(c);
  if (v === 0) v |= MARK;
  if (isWordChar(c)) v |= WORD;
  if (isSpace(c)) v |= SPACE;
  if (isPairedMark(c)) v |= PAIRED;
  const letter = letterScriptOf(c);
  if (letter) v |= letter === 'latin' ? LETTER_LATIN : LETTER_ASIAN;
  const script = portionScriptOf(c);
  if (script) v |= script === 'latin' ? SCRIPT_LATIN : SCRIPT_ASIAN;
  return v;
}

function classes(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) table[c] = HIGH;
    else if (c >= 0xdc00 && c <= 0xdfff) table[c] = LOW;
    else table[c] = flagsOf(c);
  }
  for (const ch of NO_LINE_START) table[ch.charCodeAt(0)] |= NO_START;
  for (const ch of NO_LINE_END) table[ch.charCodeAt(0)] |= NO_END;
  for (const ch of HANGING_MARKS) table[ch.charCodeAt(0)] |= HANG;
  // readClasses gives U+4E00–U+9FFF the class of U+4E00 without looking it up
  for (let c = 0x4e00; c <= 0x9fff; c++) {
    if (table[c] !== table[0x4e00]) throw new Error(`U+${c.toString(16)} is not classed as the other ideographs`);
  }
  return table;
}

/**
 * The width of a line as it grows, in twips, as a word processor sets it (see metrics.ts): each
 * character's width with the run's −0.25 pt; a fifth of an em where an Asian letter meets a Latin
 * letter or digit; and 0.25 pt for each stretch of one script and one typeface, whose last character
 * LibreOffice sets without the spacing. `tryAdd` measures a cluster without taking it; `accept` takes it.
 */
class LineMeter {
  width = 0;
  /** The part of `width` that is the spacing left off the last characters: not part of the text's look. */
  overhead = 0;
  /** The letter script (LETTER_*) and the set script (SCRIPT_*) of the last character taken. */
  letter = 0;
  script = 0;
  started = false;
  private nWidth = 0;
  private nOverhead = 0;
  private nLetter = 0;
  private nScript = 0;
  private nStarted = false;
  em = 320;
  gap = 64;
  private flags: Uint16Array = new Uint16Array(0);
  private text = '';
  private base = 0;
  private length = 0;

  /**
   * Measures text[base, base + length), whose classes are read into `flags`, at `size` points, from now
   * on; offsets given to `tryAdd` are relative to `base`.
   */
  use(flags: Uint16Array, size: number, text: string, base: number, length: number): void {
    this.flags = flags;
    this.text = text;
    this.base = base;
    this.length = length;
    this.em = size * 20;
    this.gap = this.em / 5;
    this.reset();
  }

  reset(): void {
    this.width = this.overhead = this.letter = this.script = 0;
    this.started = false;
  }

  /** The width with s[from, to) added. */
  tryAdd(from: number, to: number): number {
    const s = this.text;
    const base = this.base;
    const flags = this.flags;
    let width = this.width;
    let overhead = this.overhead;
    let letter = this.letter;
    let script = this.script;
    let started = this.started;
    for (let i = from; i < to; i++) {
      let f = flags[i];
      let half = f & WIDTH;
      let code = 0;
      if (f & HIGH) {
        // the code point, as the text's own codePointAt would read it
        code = s.charCodeAt(base + i);
        const low = i + 1 < this.length ? s.charCodeAt(base + i + 1) : 0;
        if (low >= 0xdc00 && low <= 0xdfff) {
          code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
          i++;
        }
        f = flagsOf(code);
        half = f & WIDTH;
      } else if (f & LOW) {
        continue;
      }
      if (half === 0) continue;
      const l = f & LETTERS;
      if (started && l && letter && l !== letter) width += this.gap;
      if (half === 2 || s.charCodeAt(base + i) === 0x09) width += this.em + CHARACTER_SPACING_TWIPS;
      else {
        const c = code || s.charCodeAt(base + i);
        const advance = c >= 0x20 && c < 0x7f ? TIMES_ADVANCE[c - 0x20] : UNITS_PER_EM / 2;
        width += (advance * this.em) / UNITS_PER_EM + CHARACTER_SPACING_TWIPS;
      }
      const sc = f & SCRIPTS;
      if (!started || (flags[i] & RUN_START) || (sc && script && sc !== script)) {
        // a new stretch of text
        width -= CHARACTER_SPACING_TWIPS;
        overhead -= CHARACTER_SPACING_TWIPS;
        script = sc;
      } else if (sc && !script) {
        script = sc;
      }
      letter = l;
      started = true;
    }
    this.nWidth = width;
    this.nOverhead = overhead;
    this.nLetter = letter;
    this.nScript = script;
    this.nStarted = started;
    return width;
  }

  accept(): void {
    this.width = this.nWidth;
    this.overhead = this.nOverhead;
    this.letter = this.nLetter;
    this.script = this.nScript;
    this.started = this.nStarted;
  }

  /** Whether the last character taken is set in the Latin font. */
  get latin(): boolean {
    return this.script === SCRIPT_LATIN;
  }
}

/** Rounding room: widths are sums of fractions of a twip. */
const EPSILON = 0.001;

/**
 * Breaks printed text into lines of at most `firstCapacity` (first line) and `capacity` (following
 * lines) half cells, greedily, measuring as a word processor does (see metrics.ts). 避头尾:
 * - a line may end with one of ，。、；：？！ set in the margin past its end (hanging punctuation,
 *   on by default in Word and LibreOffice), unless the character after it may not begin a line or
 *   the mark follows a Latin word;
 * - otherwise, when the next line would begin with a mark that may not begin a line (，。”）) or
 *   this one would end with one that may not end it (（《“), the characters before the break move
 *   down to the next line.
 * A Latin word or number, and —— or ……, are never split. Trailing spaces hang in the margin. A word
 * longer than a line is broken between characters.
 */
export function breakLines(s: string, firstCapacity: number, capacity: number, measure: LineMeasure = {}): BrokenLine[] {
  const broken = new BrokenLines();
  breakLinesInto(s, firstCapacity, capacity, broken, measure);
  const flat = broken.data;
  const lines: BrokenLine[] = [];
  for (let x = 0; x < broken.length; x += LINE_STRIDE) {
    const line: BrokenLine = { from: flat[x], to: flat[x + 1], halfCells: flat[x + 2] };
    if (flat[x + 3]) line.hanging = true;
    lines.push(line);
  }
  return lines;
}

/** The meter of `breakLinesInto`, reused: a paragraph is broken at a time. */
const lineMeter = new LineMeter();

// The classes of the text being broken, read once (reused between calls).
let flagBuffer = new Uint16Array(1024);

/** The classes of the characters of `s`, followed by a 0 (so that looking one past the end finds nothing). */
function readClasses(s: string, base: number, n: number): Uint16Array {
  if (flagBuffer.length <= n) flagBuffer = new Uint16Array(Math.max(n + 1, flagBuffer.length * 2));
  const t = classes();
  const fl = flagBuffer;
  const ideograph = t[0x4e00];
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(base + i);
    // CJK unified ideographs (most of a report) share one class: no table lookup
    fl[i] = c >= 0x4e00 && c <= 0x9fff ? ideograph : t[c];
  }
  fl[n] = 0;
  return fl;
}

/** Numbers `breakLinesInto` pushes per line: from, to, half cells, 1 when a mark hangs (else 0). */
export const LINE_STRIDE = 4;

/** Lines as `breakLinesInto` pushes them, LINE_STRIDE numbers each, in one array reused between paragraphs. */
export class BrokenLines {
  data = new Float64Array(64 * LINE_STRIDE);
  /** Numbers in use. */
  length = 0;

  push(from: number, to: number, halfCells: number, hanging: number): void {
    if (this.length + LINE_STRIDE > this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const d = this.data;
    const x = this.length;
    d[x] = from;
    d[x + 1] = to;
    d[x + 2] = halfCells;
    d[x + 3] = hanging;
    this.length = x + LINE_STRIDE;
  }
}

/**
 * `breakLines` without an object per line: pushes from, to, half cells and hanging of each line onto
 * `out`. Breaks s[begin, end) (a paragraph read in place in the whole text); offsets are relative to `begin`.
 */
export function breakLinesInto(s: string, firstCapacity: number, capacity: number, out: BrokenLines, measure: LineMeasure = {},
  begin = 0, end = s.length): void {
  const n = end - begin;
  const fl = readClasses(s, begin, n);
  const size = measure.size ?? 16;
  const cell = size * 20 + CHARACTER_SPACING_TWIPS;
  const slack = measure.slack ?? TEXT_WIDTH_TWIPS - LINE_INSET_TWIPS - Math.floor(TEXT_WIDTH_TWIPS / cell) * cell;
  const mayHang = measure.hanging ?? true;
  const runStarts = measure.runStarts;
  if (runStarts) for (let r = 0; r < runStarts.length; r++) if (runStarts[r] < n) fl[runStarts[r]] |= RUN_START;
  const meter = lineMeter;
  meter.use(fl, size, s, begin, n);
  const em = meter.em;
  const gap = meter.gap;
  const wideTwips = em + CHARACTER_SPACING_TWIPS;
  /** Where the meter's accepted text ends: a line ending there is already measured. */
  let measuredTo = -1;
  const first = out.length;
  let i = 0;
  while (i < n) {
    const cap = (Math.max(1, out.length === first ? firstCapacity : capacity) * cell) / 2 + slack + EPSILON;
    const lineStart = i;
    meter.reset();
    let j = i;
    measuredTo = j;
    let full = false;
    let hangingAt = -1;
    while (j < n) {
      // full-width characters one at a time (most of the text): `tryAdd` without the loop, the
      // meter's state in locals
      let width = meter.width;
      let overhead = meter.overhead;
      let letter = meter.letter;
      let script = meter.script;
      let started = meter.started;
      while (j < n) {
        const f = fl[j];
        if ((f & (WIDTH | HIGH | LOW | WORD | PAIRED)) !== 2 || (fl[j + 1] & MARK)) break;
        const l = f & LETTERS;
        let w = width;
        if (started && l && letter && l !== letter) w += gap;
        w += wideTwips;
        const sc = f & SCRIPTS;
        if (!started || (f & RUN_START) || (sc && script && sc !== script)) {
          // a new stretch of text
          w -= CHARACTER_SPACING_TWIPS;
          if (w > cap) break;
          overhead -= CHARACTER_SPACING_TWIPS;
          script = sc;
        } else {
          if (w > cap) break;
          if (sc && !script) script = sc;
        }
        width = w;
        letter = l;
        started = true;
        j++;
        // the characters that follow of the same class (a run of Chinese text) each add one cell and
        // change nothing else
        if (!(f & RUN_START)) {
          while (j < n && fl[j] === f && !(fl[j + 1] & MARK) && width + wideTwips <= cap) {
            width += wideTwips;
            j++;
          }
        }
      }
      meter.width = width;
      meter.overhead = overhead;
      meter.letter = letter;
      meter.script = script;
      meter.started = started;
      measuredTo = j;
      if (j >= n) break;
      const f = fl[j];
      // the cluster at j: [j, k)
      let k = j + 1;
      if (f & HIGH) {
        if (k < n && (fl[k] & LOW)) k++;
      } else if (f & WORD) {
        // a Latin word or a number is not broken (2023, Excel, 3.5%)
        while (k < n && (fl[k] & (WORD | MARK))) k++;
      } else if (f & PAIRED) {
        const c = s.charCodeAt(begin + j);
        while (k < n && s.charCodeAt(begin + k) === c) k++;
      }
      while (k < n && (fl[k] & MARK)) k++;
      if (meter.tryAdd(j, k) <= cap) {
        meter.accept();
        j = k;
        measuredTo = j;
        continue;
      }
      // the cluster does not fit
      if ((f & SPACE) && j > lineStart) {
        // hang the space, and any that follow, past the line end
        while (j < n && (fl[j] & SPACE)) j++;
        if (j < n) full = true;
        break;
      }
      if (mayHang && (f & HANG) && j > lineStart && k === j + 1
        && (k >= n || !(fl[k] & NO_START)) && (s.charCodeAt(begin + j) < 0x80 || !meter.latin)) {
        // the mark hangs in the margin; the line ends after it
        hangingAt = j;
        j = k;
      }
      full = true;
      break;
    }
    if (hangingAt >= 0) {
      out.push(lineStart, j, widthOf(meter, fl, lineStart, hangingAt, measuredTo, cell), 1);
      i = j;
      continue;
    }
    if (!full) {
      out.push(lineStart, n, widthOf(meter, fl, lineStart, n, measuredTo, cell), 0);
      break;
    }
    if (j === lineStart) {
      // one cluster wider than the line: break it between characters
      let e = lineStart;
      meter.reset();
      while (e < n) {
        const step = (fl[e] & HIGH) && e + 1 < n ? 2 : 1;
        if (meter.tryAdd(e, e + step) > cap && e > lineStart) break;
        meter.accept();
        e += step;
      }
      out.push(lineStart, e, toHalf(meter.width - meter.overhead, cell), 0);
      i = e;
      continue;
    }
    // 避头尾: move the break back while the next line would begin, or this one end, with a forbidden mark
    let to = j;
    while (to > lineStart && ((fl[to] & NO_START) || (fl[to - 1] & NO_END))) {
      to = clusterStartBefore(s, begin, fl, to, lineStart);
    }
    if (to === lineStart) to = j; // nothing to push: break where the line is full
    out.push(lineStart, to, widthOf(meter, fl, lineStart, to, measuredTo, cell), 0);
    i = to;
  }
}

/** Twips in half cells of `cell` twips, to 1/1000. */
function toHalf(twips: number, cell: number): number {
  return Math.round((twips * 2 * 1000) / cell) / 1000;
}

/** The half cells of s[from, to) without trailing spaces; the meter has measured s[from, measuredTo). */
function widthOf(meter: LineMeter, fl: Uint16Array, from: number, to: number, measuredTo: number, cell: number): number {
  let end = to;
  while (end > from && (fl[end - 1] & SPACE)) end--;
  if (end !== measuredTo) {
    meter.reset();
    meter.tryAdd(from, end);
    meter.accept();
  }
  return toHalf(meter.width - meter.overhead, cell);
}

/** Where the cluster that ends at `at` begins (not before `lineStart`). */
function clusterStartBefore(s: string, begin: number, fl: Uint16Array, at: number, lineStart: number): number {
  let p = at - 1;
  while (p > lineStart && (fl[p] & (MARK | LOW))) p--;
  const f = fl[p];
  if (f & WORD) {
    while (p > lineStart && (fl[p - 1] & (WORD | MARK))) p--;
  } else if (f & PAIRED) {
    const c = s.charCodeAt(begin + p);
    while (p > lineStart && s.charCodeAt(begin + p - 1) === c) p--;
  }
  return p;
}
