import { TextEdit } from './types';

/**
 * Applies edits to text. Edits are applied in offset order; an edit that overlaps one already
 * taken is dropped (and returned), so that applying never garbles the text.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[]; skipped: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  const skipped: TextEdit[] = [];
  let lastEnd = -1;
  for (const e of sorted) {
    if (e.start < 0 || e.end > text.length || e.start > e.end) {
      skipped.push(e);
      continue;
    }
    if (e.start < lastEnd) {
      skipped.push(e);
      continue;
    }
    applied.push(e);
    lastEnd = e.end;
  }
  let out = '';
  let pos = 0;
  for (const e of applied) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  out += text.slice(pos);
  return { text: out, applied, skipped };
}

/** The edit that deletes a whole line, its line break included (the previous break for the last line). */
export function deleteLineEdit(text: string, lineStart: number, lineEnd: number): TextEdit {
  let end = lineEnd;
  if (text.startsWith('\r\n', end)) end += 2;
  else if (text[end] === '\n' || text[end] === '\r') end += 1;
  else if (lineStart > 0) {
    // last line: take the break before it instead
    let start = lineStart;
    if (text[start - 1] === '\n') start--;
    if (text[start - 1] === '\r') start--;
    return { start, end: lineEnd, newText: '' };
  }
  return { start: lineStart, end, newText: '' };
}
