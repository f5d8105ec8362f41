import { Span } from '../model';
import { countCharacters } from '../layout/count';
import { inlinePieces } from '../layout/inline';
import { finding, Rule } from '../lint/types';
import { partitionPoint } from '../text';

/**
 * An optional 字数 limit (`reportAuthor.maxCharacters`), counted exactly as the status bar counts
 * (`countCharacters`, Word's Chinese word count): each Chinese character or full-width mark is one,
 * each run of other non-space characters (a Latin word, `3.5%`) is one. Front matter, comments,
 * `#` prefixes, table pipes and `**` marks are not printed and not counted.
 */
export const lengthRule: Rule = {
  id: 'length',
  defaultSeverity: 'warning',
  description: { zh: '全文字数超过设定上限（reportAuthor.maxCharacters）', en: 'The report is longer than reportAuthor.maxCharacters' },
  check({ model, settings }) {
    const max = settings.maxCharacters;
    if (!max || !Number.isFinite(max) || max <= 0) return [];
    const { text } = model;
    let count = 0;
    let over: Span | undefined;
    for (const block of model.blocks) {
      if (block.kind === 'comment') continue;
      const spans = block.kind === 'table' ? block.rows.flat() : [block.content];
      for (const span of spans) {
        for (const piece of inlinePieces(text, span.start, span.end)) {
          const n = countCharacters(piece.text);
          if (!over && count + n > max) {
            // the first character past the limit: the shortest prefix of the piece that passes it
            const length = 1 + partitionPoint(piece.text.length - 1, (i) => count + countCharacters(piece.text.slice(0, i + 1)) > max);
            const at = Math.min(piece.start + length - 1, span.end - 1);
            over = { start: at, end: block.content.end };
          }
          count += n;
        }
      }
    }
    if (!over) return [];
    return [finding(over.start, over.end, {
      zh: `全文${count}字，超过上限${max}字（多${count - max}字）；从此处起超出`,
      en: `The report has ${count} characters, ${count - max} over the limit of ${max}; the excess starts here`,
    })];
  },
};
