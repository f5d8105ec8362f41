import { ReportModel } from '../model';
import { inlinePieces } from './inline';
import { halfCellsOf } from './grid';

/**
 * 字数 as Word counts it for Chinese text: every CJK character and every full-width mark counts one,
 * every run of other non-space characters (a Latin word, a number, `3.5%`) counts one.
 */
export function countCharacters(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i)!;
      i++;
    }
    if (code <= 0x20 || code === 0xa0 || code === 0x3000 || code === 0x2028 || code === 0x2029) {
      inWord = false;
      continue;
    }
    const half = halfCellsOf(code);
    if (half === 0) continue; // combining marks, joiners
    if (half === 2) {
      count++;
      inWord = false;
    } else if (!inWord) {
      count++;
      inWord = true;
    }
  }
  return count;
}

/**
 * 字数 of the report as printed: the text of every block without front matter, comments, `#`
 * prefixes, table pipes or `**` marks.
 */
export function countReportCharacters(model: ReportModel): number {
  let count = 0;
  for (const block of model.blocks) {
    if (block.kind === 'comment') continue;
    const spans = block.kind === 'table' ? block.rows.flat() : [block.content];
    for (const span of spans) {
      for (const p of inlinePieces(model.text, span.start, span.end)) count += countCharacters(p.text);
    }
  }
  return count;
}
