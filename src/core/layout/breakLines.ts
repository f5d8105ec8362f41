import { HANGING, NO_LINE_END, NO_LINE_START, halfCellsOf, isPairedMark, isSpace, isWordChar } from './grid';

/** One line of a paragraph, as offsets into the paragraph's printed text. */
export interface BrokenLine {
  from: number;
  to: number;
  /** Half cells the line's text takes, without trailing spaces. */
  halfCells: number;
}

// Character classes of the Basic Multilingual Plane, looked up once per character.
const WIDTH = 3; // half cells: 0, 1 or 2
const WORD = 4;
const SPACE = 8;
const NO_START = 16;
const NO_END = 32;
const PAIRED = 64;
const HIGH = 128; // first half of a surrogate pair
const MARK = 256; // zero-width: combining mark, joiner, variation selector
const LOW = 512; // second half of a surrogate pair
const HANG = 1024; // may hang in the margin at the end of a line
/** A plain full-width character: the common case, one test. */
const PLAIN_WIDE = 2;

let table: Uint16Array | undefined;

function classes(): Uint16Array {
  if (table) return table;
  table = new Uint16Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    if (c >= 0xd800 && c <= 0xdbff) {
      table[c] = HIGH;
      continue;
    }
    if (c >= 0xdc00 && c <= 0xdfff) {
      table[c] = LOW;
      continue;
    }
    let v = halfCellsOf(c);
    if (v === 0) v |= MARK;
    if (isWordChar(c)) v |= WORD;
    if (isSpace(c)) v |= SPACE;
    if (isPairedMark(c)) v |= PAIRED;
    table[c] = v;
  }
  for (const ch of NO_LINE_START) table[ch.charCodeAt(0)] |= NO_START;
  for (const ch of NO_LINE_END) table[ch.charCodeAt(0)] |= NO_END;
  for (const ch of HANGING) table[ch.charCodeAt(0)] |= HANG;
  return table;
}

/**
 * Breaks printed text into lines of at most `firstCapacity` (first line) and `capacity` (following
 * lines) half cells, greedily, with 避头尾 as Word and LibreOffice do it: a ，。、；：？！ that does not
 * fit hangs in the margin (the line is then one cell over), unless what follows it may not begin a
 * line either; otherwise, when the next line would begin with a mark that may not begin a line
 * (）》”’…) or this one would end with one that may not end it (（《“‘), the characters before the
 * break move down to the next line. A Latin word or number, and —— or ……, are never split. Trailing
 * spaces hang in the margin. A word longer than a line is broken between characters.
 */
export function breakLines(s: string, firstCapacity: number, capacity: number): BrokenLine[] {
  const flat: number[] = [];
  breakLinesInto(s, firstCapacity, capacity, flat);
  const lines: BrokenLine[] = [];
  for (let x = 0; x < flat.length; x += 3) lines.push({ from: flat[x], to: flat[x + 1], halfCells: flat[x + 2] });
  return lines;
}

/** `breakLines` without an object per line: pushes from, to and half cells of each line onto `out`. */
export function breakLinesInto(s: string, firstCapacity: number, capacity: number, out: number[]): void {
  const t = classes();
  const n = s.length;
  const first = out.length;
  let i = 0;
  while (i < n) {
    const cap = Math.max(1, out.length === first ? firstCapacity : capacity);
    const lineStart = i;
    let used = 0; // width of [lineStart, j), spaces hanging past the end not counted
    let solid = 0; // width up to the end of the last cluster that is not a space
    let j = i;
    let full = false;
    while (j < n) {
      const c = s.charCodeAt(j);
      const f = t[c];
      if (f === PLAIN_WIDE) {
        if (used + 2 > cap) {
          full = true;
          break;
        }
        used += 2;
        solid = used;
        j++;
        continue;
      }
      // the cluster at j: [j, k), `half` wide
      let k = j + 1;
      let half = f & WIDTH;
      if (f & HIGH) {
        if (k < n && (t[s.charCodeAt(k)] & LOW)) {
          half = halfCellsOf(s.codePointAt(j)!);
          k++;
        }
      } else if (f & WORD) {
        // a Latin word or a number is not broken (2023, Excel, 3.5%)
        while (k < n) {
          const g = t[s.charCodeAt(k)];
          if (!(g & (WORD | MARK))) break;
          half += g & WIDTH;
          k++;
        }
      } else if (f & PAIRED) {
        while (k < n && s.charCodeAt(k) === c) {
          half += f & WIDTH;
          k++;
        }
      }
      if (used + half <= cap) {
        used += half;
        if (!(f & SPACE) && half > 0) solid = used;
        j = k;
        continue;
      }
      if ((f & HANG) && j > lineStart && k === j + 1 && !(k < n && (t[s.charCodeAt(k)] & NO_START))) {
        // ，。 and their kin hang in the margin when what follows may begin the next line
        used += half;
        solid = used;
        j = k;
        full = j < n;
        break;
      }
      if ((f & SPACE) && j > lineStart) {
        // hang the space, and any that follow, past the line end
        while (j < n && (t[s.charCodeAt(j)] & SPACE)) j++;
        if (j >= n) break;
      }
      full = true;
      break;
    }
    if (!full) {
      out.push(lineStart, n, solid);
      break;
    }
    if (j === lineStart) {
      // one cluster wider than the line: break it between characters
      let w = 0;
      let e = lineStart;
      while (e < n) {
        const cp = s.codePointAt(e)!;
        const h = halfCellsOf(cp);
        if (w + h > cap && e > lineStart) break;
        w += h;
        e += cp > 0xffff ? 2 : 1;
      }
      out.push(lineStart, e, w);
      i = e;
      continue;
    }
    // 避头尾: move the break back while the next line would begin, or this one end, with a forbidden mark
    let to = j;
    while (to > lineStart && ((t[s.charCodeAt(to)] & NO_START) || (t[s.charCodeAt(to - 1)] & NO_END))) {
      to = clusterStartBefore(s, t, to, lineStart);
    }
    if (to === lineStart) to = j; // nothing to push: break where the line is full
    out.push(lineStart, to, to === j ? solid : trimmedWidth(s, t, lineStart, to));
    i = to;
  }
}

/** Where the cluster that ends at `at` begins (not before `lineStart`). */
function clusterStartBefore(s: string, t: Uint16Array, at: number, lineStart: number): number {
  let p = at - 1;
  while (p > lineStart && (t[s.charCodeAt(p)] & (MARK | LOW))) p--;
  const f = t[s.charCodeAt(p)];
  if (f & WORD) {
    while (p > lineStart && (t[s.charCodeAt(p - 1)] & (WORD | MARK))) p--;
  } else if (f & PAIRED) {
    const c = s.charCodeAt(p);
    while (p > lineStart && s.charCodeAt(p - 1) === c) p--;
  }
  return p;
}

/** Width of [from, to) in half cells, trailing spaces left out. */
function trimmedWidth(s: string, t: Uint16Array, from: number, to: number): number {
  let used = 0;
  let solid = 0;
  for (let x = from; x < to; x++) {
    const f = t[s.charCodeAt(x)];
    let half = f & WIDTH;
    if ((f & HIGH) && x + 1 < to) {
      half = halfCellsOf(s.codePointAt(x)!);
      x++;
    }
    used += half;
    if (!(f & SPACE) && half > 0) solid = used;
  }
  return solid;
}
