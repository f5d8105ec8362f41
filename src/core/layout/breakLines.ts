import { NO_LINE_END, NO_LINE_START, halfCellsOf, isPairedMark, isSpace, isWordChar } from './grid';

/** One line of a paragraph, as offsets into the paragraph's printed text. */
export interface BrokenLine {
  from: number;
  to: number;
  /** Half cells the line's text takes, without trailing spaces. */
  halfCells: number;
}

function codeAt(s: string, i: number): number {
  return s.codePointAt(i) ?? 0;
}

function step(code: number): number {
  return code > 0xffff ? 2 : 1;
}

/** End of the unbreakable cluster starting at i, and its width in half cells. */
function cluster(s: string, i: number): { end: number; half: number } {
  const code = codeAt(s, i);
  let j = i + step(code);
  let half = halfCellsOf(code);
  const absorbZeroWidth = () => {
    while (j < s.length) {
      const c = codeAt(s, j);
      if (halfCellsOf(c) !== 0) break;
      j += step(c);
    }
  };
  if (isSpace(code)) return { end: j, half };
  if (isWordChar(code)) {
    // a Latin word or a number is not broken (2023, Excel, 3.5%)
    while (j < s.length) {
      const c = codeAt(s, j);
      const w = halfCellsOf(c);
      if (w !== 0 && !isWordChar(c)) break;
      half += w;
      j += step(c);
    }
    return { end: j, half };
  }
  absorbZeroWidth();
  if (isPairedMark(code)) {
    // —— and …… stay whole
    while (j < s.length && codeAt(s, j) === code) {
      half += halfCellsOf(code);
      j++;
      absorbZeroWidth();
    }
  }
  return { end: j, half };
}

function firstCode(s: string, i: number): string {
  return String.fromCodePoint(codeAt(s, i));
}

function lastChar(s: string, end: number): string {
  const c = s.charCodeAt(end - 1);
  if (c >= 0xdc00 && c <= 0xdfff && end >= 2) return s.slice(end - 2, end);
  return s[end - 1];
}

/**
 * Breaks printed text into lines of at most `firstCapacity` (first line) and `capacity` (following
 * lines) half cells, greedily, with 避头尾 by pushing: when the next line would begin with a mark
 * that may not begin a line (，。”…) or this one would end with one that may not end it (（《“), the
 * characters before the break move down to the next line. Trailing spaces hang in the margin. A
 * word longer than a line is broken between characters.
 */
export function breakLines(s: string, firstCapacity: number, capacity: number): BrokenLine[] {
  const lines: BrokenLine[] = [];
  let i = 0;
  const starts: number[] = [];
  const widths: number[] = [];
  while (i < s.length) {
    const cap = Math.max(1, lines.length === 0 ? firstCapacity : capacity);
    const lineStart = i;
    starts.length = 0;
    widths.length = 0;
    let used = 0;
    let j = i;
    let full = false;
    while (j < s.length) {
      const c = cluster(s, j);
      if (used + c.half <= cap) {
        starts.push(j);
        widths.push(c.half);
        used += c.half;
        j = c.end;
        continue;
      }
      if (isSpace(codeAt(s, j)) && j > lineStart) {
        // hang the space, and any that follow, past the line end
        while (j < s.length && isSpace(codeAt(s, j))) {
          starts.push(j);
          widths.push(0);
          j++;
        }
        if (j >= s.length) break;
      }
      full = true;
      break;
    }
    if (!full) {
      lines.push({ from: lineStart, to: s.length, halfCells: trimmedWidth(s, starts, widths, starts.length) });
      break;
    }
    let k = starts.length; // break before cluster index k of this line (k === starts.length: at j)
    if (k === 0) {
      // one cluster wider than the line: break it between characters
      let w = 0;
      let e = lineStart;
      while (e < s.length) {
        const code = codeAt(s, e);
        const h = halfCellsOf(code);
        if (w + h > cap && e > lineStart) break;
        w += h;
        e += step(code);
      }
      lines.push({ from: lineStart, to: e, halfCells: w });
      i = e;
      continue;
    }
    const breakAt = (n: number) => (n === starts.length ? j : starts[n]);
    const forbidden = (n: number) => {
      const at = breakAt(n);
      return NO_LINE_START.has(firstCode(s, at)) || NO_LINE_END.has(lastChar(s, at));
    };
    while (k > 0 && forbidden(k)) k--;
    if (k === 0) k = starts.length; // nothing to push: break where the line is full
    const to = breakAt(k);
    lines.push({ from: lineStart, to, halfCells: trimmedWidth(s, starts, widths, k) });
    i = to;
  }
  return lines;
}

function trimmedWidth(s: string, starts: number[], widths: number[], count: number): number {
  let n = count;
  while (n > 0 && isSpace(codeAt(s, starts[n - 1]))) n--;
  let w = 0;
  for (let x = 0; x < n; x++) w += widths[x];
  return w;
}
