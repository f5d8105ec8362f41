import { HANGING_MARKS, LINE_INSET_TWIPS, NO_LINE_END, NO_LINE_START, TEXT_WIDTH_TWIPS, halfCellsOf, isPairedMark, isSpace, isWordChar } from './grid';
import {
  CHARACTER_SPACING_TWIPS, LetterScript, cellTwips, charTwips, gapBetween, letterScriptOf, portionScriptOf,
} from './metrics';

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

function codeAt(s: string, i: number): number {
  return s.codePointAt(i) ?? 0;
}

function step(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/** End of the unbreakable cluster starting at i: a Latin word or number, —— or ……, or one character. */
function clusterEnd(s: string, i: number): number {
  const code = codeAt(s, i);
  let j = i + step(code);
  const absorbZeroWidth = () => {
    while (j < s.length) {
      const c = codeAt(s, j);
      if (halfCellsOf(c) !== 0) break;
      j += step(c);
    }
  };
  if (isSpace(code)) return j;
  if (isWordChar(code)) {
    // a Latin word or a number is not broken (2023, Excel, 3.5%)
    while (j < s.length) {
      const c = codeAt(s, j);
      if (halfCellsOf(c) !== 0 && !isWordChar(c)) break;
      j += step(c);
    }
    return j;
  }
  absorbZeroWidth();
  if (isPairedMark(code)) {
    // —— and …… stay whole
    while (j < s.length && codeAt(s, j) === code) {
      j++;
      absorbZeroWidth();
    }
  }
  return j;
}

/**
 * The width of a line as it grows character by character, in twips. Besides the characters'
 * widths: the gap where an Asian letter meets a Latin one, and the spacing a word processor leaves
 * off the last character of each stretch of one script and one typeface (LibreOffice applies the
 * character spacing between characters only, so each such stretch is 0.25 pt wider).
 */
class LineMeter {
  /** Twips the line takes in the word processor, the spacing left off each stretch's last character included. */
  width = 0;
  /** The part of `width` that is that spacing: not part of what the text looks like. */
  overhead = 0;
  private letter: LetterScript | undefined;
  private portion: LetterScript | undefined;
  private hasPortion = false;
  private started = false;
  // the state after the characters last tried, taken by accept()
  private next = { width: 0, overhead: 0, letter: undefined as LetterScript | undefined, portion: undefined as LetterScript | undefined, hasPortion: false, started: false };

  constructor(private readonly size: number, private readonly runStarts: ReadonlySet<number>) {}

  /** The width the line would have with s[from, to) added; accept() adds it. */
  tryAdd(s: string, from: number, to: number): number {
    let { width, overhead, letter: lastLetter, portion, hasPortion, started } = this;
    for (let i = from; i < to;) {
      const code = codeAt(s, i);
      if (halfCellsOf(code) !== 0) {
        const letter = letterScriptOf(code);
        if (started) width += gapBetween(lastLetter, letter, this.size);
        width += charTwips(code, this.size);
        const script = portionScriptOf(code);
        if (!hasPortion || (started && this.runStarts.has(i)) || (script && portion && script !== portion)) {
          width -= CHARACTER_SPACING_TWIPS;
          overhead -= CHARACTER_SPACING_TWIPS;
          hasPortion = true;
          portion = script;
        } else if (script && !portion) {
          portion = script;
        }
        lastLetter = letter;
        started = true;
      }
      i += step(code);
    }
    const n = this.next;
    n.width = width;
    n.overhead = overhead;
    n.letter = lastLetter;
    n.portion = portion;
    n.hasPortion = hasPortion;
    n.started = started;
    return width;
  }

  accept(): void {
    const n = this.next;
    this.width = n.width;
    this.overhead = n.overhead;
    this.letter = n.letter;
    this.portion = n.portion;
    this.hasPortion = n.hasPortion;
    this.started = n.started;
  }

  add(s: string, from: number, to: number): void {
    this.tryAdd(s, from, to);
    this.accept();
  }

  /** The script of the stretch the last character belongs to. */
  get script(): LetterScript | undefined {
    return this.portion;
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
 * Trailing spaces hang in the margin. A word longer than a line is broken between characters.
 */
export function breakLines(s: string, firstCapacity: number, capacity: number, measure: LineMeasure = {}): BrokenLine[] {
  const size = measure.size ?? 16;
  const cell = cellTwips(size);
  const slack = measure.slack ?? TEXT_WIDTH_TWIPS - LINE_INSET_TWIPS - Math.floor(TEXT_WIDTH_TWIPS / cell) * cell;
  const mayHang = measure.hanging ?? true;
  const runStarts = new Set(measure.runStarts ?? []);
  const toTwips = (half: number) => (half * cell) / 2 + slack;
  const toHalf = (twips: number) => Math.round((twips * 2 * 1000) / cell) / 1000;
  const widthOf = (from: number, to: number) => {
    let end = to;
    while (end > from && isSpace(s.charCodeAt(end - 1))) end--;
    const m = new LineMeter(size, runStarts);
    m.add(s, from, end);
    return toHalf(m.width - m.overhead);
  };

  const lines: BrokenLine[] = [];
  let i = 0;
  const starts: number[] = [];
  while (i < s.length) {
    const cap = toTwips(Math.max(1, lines.length === 0 ? firstCapacity : capacity));
    const lineStart = i;
    starts.length = 0;
    const meter = new LineMeter(size, runStarts);
    let j = i;
    let full = false;
    let hangingAt = -1;
    while (j < s.length) {
      const end = clusterEnd(s, j);
      if (meter.tryAdd(s, j, end) <= cap + EPSILON) {
        starts.push(j);
        meter.accept();
        j = end;
        continue;
      }
      if (isSpace(codeAt(s, j)) && j > lineStart) {
        // hang the space, and any that follow, past the line end
        while (j < s.length && isSpace(codeAt(s, j))) {
          starts.push(j);
          j++;
        }
        if (j < s.length) full = true;
        break;
      }
      const mark = String.fromCodePoint(codeAt(s, j));
      if (mayHang && j > lineStart && end - j === 1 && HANGING_MARKS.has(mark)
        && (end >= s.length || !NO_LINE_START.has(String.fromCodePoint(codeAt(s, end))))
        && (mark.charCodeAt(0) < 0x80 || meter.script !== 'latin')) {
        // the mark hangs in the margin; the line ends after it
        hangingAt = j;
        starts.push(j);
        j = end;
      }
      full = true;
      break;
    }
    if (hangingAt >= 0) {
      lines.push({ from: lineStart, to: j, halfCells: widthOf(lineStart, hangingAt), hanging: true });
      i = j;
      continue;
    }
    if (!full) {
      lines.push({ from: lineStart, to: s.length, halfCells: widthOf(lineStart, s.length) });
      break;
    }
    let k = starts.length; // break before cluster index k of this line (k === starts.length: at j)
    if (k === 0) {
      // one cluster wider than the line: break it between characters
      let e = lineStart;
      const m = new LineMeter(size, runStarts);
      while (e < s.length) {
        const code = codeAt(s, e);
        if (m.tryAdd(s, e, e + step(code)) > cap + EPSILON && e > lineStart) break;
        m.accept();
        e += step(code);
      }
      lines.push({ from: lineStart, to: e, halfCells: toHalf(m.width - m.overhead) });
      i = e;
      continue;
    }
    const breakAt = (n: number) => (n === starts.length ? j : starts[n]);
    const forbidden = (n: number) => {
      const at = breakAt(n);
      return NO_LINE_START.has(String.fromCodePoint(codeAt(s, at))) || NO_LINE_END.has(lastChar(s, at));
    };
    while (k > 0 && forbidden(k)) k--;
    if (k === 0) k = starts.length; // nothing to push: break where the line is full
    const to = breakAt(k);
    lines.push({ from: lineStart, to, halfCells: widthOf(lineStart, to) });
    i = to;
  }
  return lines;
}

function lastChar(s: string, end: number): string {
  const c = s.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) return s.slice(end - 2, end);
  return s[end - 1];
}
