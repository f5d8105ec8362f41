import { Rule, RuleFinding } from '../lint/types';
import { proseSegments } from './prose';

/**
 * An optional 字数 limit (`reportAuthor.maxCharacters`), counted the way Word's Chinese word count
 * does: each Chinese character or full-width mark is one, each run of other non-space characters
 * (a Latin word, a number such as `3.5%`) is one. Front matter, comments, `#` prefixes, table pipes
 * and `**` marks are not printed and not counted.
 */

/** Characters that take a full cell: CJK, full-width forms, and the marks Chinese fonts set wide. */
function isWide(code: number): boolean {
  return (code >= 0x2010 && code <= 0x203b) // dashes, quotes, ellipsis
    || (code >= 0x2e80 && code <= 0xa4cf) // CJK punctuation and ideographs
    || (code >= 0xac00 && code <= 0xd7a3)
    || (code >= 0xf900 && code <= 0xfaff)
    || (code >= 0xfe30 && code <= 0xfe4f)
    || (code >= 0xff01 && code <= 0xff60)
    || (code >= 0xffe0 && code <= 0xffe6)
    || code >= 0x1f000;
}

function isBlank(code: number): boolean {
  return code <= 0x20 || code === 0xa0 || code === 0x3000;
}

export const lengthRule: Rule = {
  id: 'length',
  defaultSeverity: 'warning',
  description: { zh: '全文字数超过设定上限（reportAuthor.maxCharacters）', en: 'The report is longer than reportAuthor.maxCharacters' },
  check({ model, settings }) {
    const max = settings.maxCharacters;
    if (!max || !Number.isFinite(max) || max <= 0) return [];
    const { text } = model;
    let count = 0;
    let over: { at: number; segmentEnd: number } | undefined;
    for (const seg of proseSegments(model)) {
      // a heading's marker is printed and counted too
      const start = seg.block.kind === 'heading' && seg.block.headingText.start === seg.start ? seg.block.marker.span.start : seg.start;
      let inWord = false;
      for (let i = start; i < seg.end; i++) {
        const code = text.charCodeAt(i);
        if (code === 0x2a && text.charCodeAt(i + 1) === 0x2a) {
          i++; // ** bold marks
          continue;
        }
        if (code >= 0xdc00 && code <= 0xdfff) continue; // second half of a surrogate pair
        if (isBlank(code)) {
          inWord = false;
          continue;
        }
        const wide = code >= 0xd800 && code <= 0xdbff ? true : isWide(code);
        if (wide) {
          count++;
          inWord = false;
        } else if (!inWord) {
          count++;
          inWord = true;
        } else continue;
        if (count === max + 1 && !over) over = { at: i, segmentEnd: seg.end };
      }
    }
    if (!over) return [];
    const finding: RuleFinding = {
      start: over.at, end: over.segmentEnd,
      message: {
        zh: `全文${count}字，超过上限${max}字（多${count - max}字）；从此处起超出`,
        en: `The report has ${count} characters, ${count - max} over the limit of ${max}; the excess starts here`,
      },
    };
    return [finding];
  },
};
