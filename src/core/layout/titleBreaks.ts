import { BrokenLines, LINE_STRIDE, LineMeasure, breakLinesInto } from './breakLines';
import { NO_LINE_END, NO_LINE_START } from './grid';

/**
 * Titles set in even lines break between words (回行时词意完整, GB/T 9704 7.3.1). Words come from
 * `Intl.Segmenter`; where it is missing the caller keeps its own breaks.
 */

/** Longer text is not a title: it keeps the caller's breaks. */
const MAX_TITLE_LENGTH = 160;

/** What a break between two words costs, in squared cells of uneven lines. */
const BREAK_COST = {
  /** After a time (2025年, 2025年度, 3月), a conjunction (和, 与) or a space: where titles are read in parts. */
  natural: 0,
  /** Between two words. */
  word: 16,
  /** Next to a one-character word (a name's characters, 会 of 民主生活会, 述 of 述职): often half a term. */
  loose: 48,
} as const;

const TIME_UNITS = new Set(['年', '年度', '月', '日', '季度', '年初', '年底']);
const CONJUNCTIONS = new Set(['和', '与', '及', '暨', '以及', '并']);
const NUMERALS = new Set([...'〇零一二三四五六七八九十']);

let segmenter: { made: Intl.Segmenter; by: typeof Intl.Segmenter } | undefined;

function wordSegmenter(): Intl.Segmenter | null {
  // a host without Intl.Segmenter keeps the older breaks
  if (typeof Intl === 'undefined' || typeof Intl.Segmenter !== 'function') return null;
  if (segmenter?.by !== Intl.Segmenter) segmenter = { made: new Intl.Segmenter('zh', { granularity: 'word' }), by: Intl.Segmenter };
  return segmenter.made;
}

/** Breaks found lately, by title and measure: the preview lays the same title out at each keystroke. */
const recent = new Map<string, Float64Array | null>();
const RECENT_LIMIT = 32;

function isDigit(ch: string): boolean {
  return (ch >= '0' && ch <= '9') || (ch >= '０' && ch <= '９');
}

/** A word that is (part of) a number: digits, or a lone numeral of a year written 二〇二四. */
function isNumber(word: string): boolean {
  return isDigit(word[word.length - 1]) || (word.length === 1 && NUMERALS.has(word));
}

/**
 * Breaks s[begin, end) into `count` lines at word boundaries, lines as even as the words allow, into
 * `out` (offsets relative to `begin`, as `breakLinesInto` gives them). Returns false, leaving `out`
 * alone, when words are not known or no such break fits `capacity` half cells a line.
 */
export function breakTitleAtWords(s: string, begin: number, end: number, capacity: number, count: number,
  measure: LineMeasure, out: BrokenLines): boolean {
  const length = end - begin;
  const words = wordSegmenter();
  if (!words || count < 2 || length > MAX_TITLE_LENGTH || measure.runStarts) return false;
  const text = s.slice(begin, end);
  const key = `${capacity} ${count} ${measure.size} ${measure.slack} ${measure.hanging} ${text}`;
  let lines = recent.get(key);
  if (lines === undefined) {
    lines = titleLines(s, begin, end, text, words, capacity, count, measure);
    if (recent.size >= RECENT_LIMIT) recent.clear();
    recent.set(key, lines);
  }
  if (!lines) return false;
  out.length = 0;
  for (let x = 0; x < lines.length; x += LINE_STRIDE) out.push(lines[x], lines[x + 1], lines[x + 2], lines[x + 3]);
  return true;
}

/** The lines of `breakTitleAtWords`, LINE_STRIDE numbers each, or null. */
function titleLines(s: string, begin: number, end: number, text: string, words: Intl.Segmenter, capacity: number, count: number,
  measure: LineMeasure): Float64Array | null {
  const length = end - begin;
  const pieces = Array.from(words.segment(text), (w) => w.segment);
  // candidate breaks: offsets between words, with what breaking there costs
  const at: number[] = [0];
  const cost: number[] = [0];
  let offset = 0;
  for (let k = 0; k + 1 < pieces.length; k++) {
    const before = pieces[k];
    const after = pieces[k + 1];
    offset += before.length;
    const last = before[before.length - 1];
    const next = after[0];
    // a number stays with its unit (2025年度) and with the rest of it; marks keep their side
    if (isNumber(before) || NO_LINE_START.has(next) || NO_LINE_END.has(last) || next === ' ' || next === '\u3000') continue;
    const afterTime = TIME_UNITS.has(before) && k > 0 && isNumber(pieces[k - 1]);
    let price: number = BREAK_COST.word;
    if (afterTime || CONJUNCTIONS.has(before) || last === ' ' || last === '\u3000') price = BREAK_COST.natural;
    else if (before.length === 1 || after.length === 1) price = BREAK_COST.loose;
    at.push(offset);
    cost.push(price);
  }
  at.push(length);
  cost.push(0);
  const n = at.length;
  if (n - 2 < count - 1) return null;

  const scratch = new BrokenLines();
  /** Half cells of s[from, to) set on one line, or -1 when it does not fit one. */
  const widthOf = (from: number, to: number): number => {
    scratch.length = 0;
    breakLinesInto(s, capacity, capacity, scratch, measure, begin + from, begin + to);
    return scratch.length === LINE_STRIDE ? scratch.data[2] : -1;
  };
  const whole = new BrokenLines();
  breakLinesInto(s, Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, whole, measure, begin, end);
  const mean = whole.data[2] / 2 / count;

  // best[line][j]: least cost of `line + 1` lines ending at at[j]; lines later in the title weigh a
  // trifle more, so that of two equal splits the one with the longer first line wins
  const best = Array.from({ length: count }, () => new Float64Array(n).fill(Infinity));
  const from = Array.from({ length: count }, () => new Int32Array(n).fill(-1));
  for (let j = 1; j < n; j++) {
    const w = widthOf(0, at[j]);
    if (w >= 0) best[0][j] = (w / 2 - mean) ** 2 + cost[j];
  }
  for (let line = 1; line < count; line++) {
    for (let j = line + 1; j < n; j++) {
      for (let i = line; i < j; i++) {
        if (best[line - 1][i] === Infinity) continue;
        const w = widthOf(at[i], at[j]);
        if (w < 0) continue;
        const c = best[line - 1][i] + (w / 2 - mean) ** 2 + cost[j] + line * w * 1e-6;
        if (c < best[line][j]) {
          best[line][j] = c;
          from[line][j] = i;
        }
      }
    }
  }
  if (best[count - 1][n - 1] === Infinity) return null;
  const ends: number[] = [];
  for (let line = count - 1, j = n - 1; line >= 0; j = from[line][j], line--) ends.unshift(j);
  const lines = new Float64Array(count * LINE_STRIDE);
  let start = 0;
  ends.forEach((j, line) => {
    scratch.length = 0;
    breakLinesInto(s, capacity, capacity, scratch, measure, begin + at[start], begin + at[j]);
    const d = scratch.data;
    lines.set([d[0] + at[start], d[1] + at[start], d[2], d[3]], line * LINE_STRIDE);
    start = j;
  });
  return lines;
}
