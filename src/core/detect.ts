import { matchMarker } from './parse';
import { splitLines } from './text';

/** How many leading lines are read to decide whether a document is a report. */
const LOOK_LINES = 200;

/**
 * Whether a .txt/.md document looks like a report: front matter naming a `genre`, or a title line
 * followed by at least two level-1 headings (一、 二、 …) in its first lines, in a text that is not
 * Markdown-heavy (code fences, links, lists), so ordinary notes are left alone.
 */
export function looksLikeReport(text: string): boolean {
  const lines = splitLines(text.length > 200_000 ? text.slice(0, 200_000) : text).slice(0, LOOK_LINES);
  const nonEmpty = lines.map((l) => l.text.trim()).filter((t) => t.length > 0);
  if (!nonEmpty.length) return false;
  if (nonEmpty[0] === '---') {
    const close = nonEmpty.indexOf('---', 1);
    if (close > 0 && nonEmpty.slice(1, close).some((l) => /^genre\s*:\s*\S/.test(l))) return true;
  }
  let markdownSigns = 0;
  const levelOne: number[] = [];
  for (const raw of nonEmpty) {
    if (/^(```|~~~)/.test(raw) || /\]\(/.test(raw) || /^[-*+]\s/.test(raw) || /^>\s/.test(raw)) markdownSigns++;
    const line = raw.replace(/^#{1,6}\s*/, '');
    const m = matchMarker(line);
    if (m && m.family === 'chinese') levelOne.push(m.number);
  }
  const title = nonEmpty[0].replace(/^#\s*/, '');
  if (matchMarker(title) || title.length > 60) return false;
  // the level-1 headings must count up from one: 一、 then 二、
  if (levelOne.length < 2 || levelOne[0] !== 1 || !levelOne.includes(2)) return false;
  return markdownSigns <= 2;
}
