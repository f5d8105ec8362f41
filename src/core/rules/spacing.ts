import { Block, ReportModel } from '../model';
import { Rule, RuleFinding } from '../lint/types';
import {
  characterPositions, isAsciiWordChar, isCjkChar, isHanChar, overlapsAny, proseSegments, sharedCharacterSet, touchesAny,
} from './prose';

/**
 * Spaces and line breaks left by PDF extraction and web pages: spaces inside Chinese text
 * (`有时 未能第 一时间`), before or after Chinese punctuation (`不充分 。`), between Chinese and
 * Latin letters or digits (`2025 年`, `4 次` — 公文 puts no space there), and a sentence broken
 * across two lines. Spaces inside Latin text are left alone; so are the aligned names of a 落款.
 */

/** A table of the characters' UTF-16 codes. */
const codesOf = (chars: string) => {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
};
/** A line that ends with one of these has not ended its sentence. */
const OPEN_END = codesOf('，、“‘（《【—');
const CLOSED_END = codesOf('。！？；：…”’）》】」』!?;:');
/** A line may not start with these (GB/T 15834 5.1.3): it continues the line before. */
const NO_LINE_START = codesOf('，。、；：？！”’）》】…');
/** | > # start a line that is no paragraph text. */
const MARKUP_START = codesOf('|>#');
/** 述职人：王  伟 — a name padded for alignment, wherever the parser placed the line. */
const SIGNATURE_LINE = /^(?:述职人|报告人|发言人|署名|汇报人)[：:]/;
/** A PDF line break leaves lines of near-full width; shorter unpunctuated lines are labels. */
const MIN_BROKEN_LENGTH = 20;
const SPACES = sharedCharacterSet([...' \t\u00a0\u3000'].map((c) => c.charCodeAt(0)));

/** Han (as `isHanChar`) or an ASCII letter or digit, by UTF-16 code. */
function isHanOrAsciiWord(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff)
    || (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

/** Whether [start, end) holds a ， or a 、. */
function holdsComma(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff0c || code === 0x3001) return true;
  }
  return false;
}

function brokenLine(model: ReportModel, block: Block, next: Block | undefined): RuleFinding | undefined {
  if (!next || next.line !== block.endLine + 1) return undefined;
  const continuing = block.kind === 'paragraph' || (block.kind === 'heading' && block.body !== undefined);
  if (!continuing || next.kind !== 'paragraph') return undefined;
  const { text } = model;
  // the characters either side of the break, read in place: most lines end their sentence
  const { start, end } = block.content;
  const nextStart = next.content.start;
  const first = text.charCodeAt(nextStart);
  const last = text.charCodeAt(end - 1);
  if (MARKUP_START[first] || text.startsWith('<!--', nextStart)) return undefined;
  const broken = NO_LINE_START[first]
    || OPEN_END[last]
    || (!CLOSED_END[last] && end - start >= MIN_BROKEN_LENGTH && isHanOrAsciiWord(first) && isHanOrAsciiWord(last) && holdsComma(text, start, end));
  if (!broken) return undefined;
  // Latin words on both sides of the break keep a space between them
  const joiner = /[A-Za-z]/.test(text[end - 1]) && /[A-Za-z]/.test(text[nextStart]) ? ' ' : '';
  return {
    start: Math.max(start, end - 1), end,
    message: { zh: '句子在此断行：下一行是本段的接续', en: 'The sentence breaks here: the next line continues this paragraph' },
    fixes: [{ title: { zh: '与下一行合并', en: 'Join with the next line' }, edits: [{ start: end, end: nextStart, newText: joiner }], safe: false, cleanUp: true }],
  };
}

export const spacingRule: Rule = {
  id: 'spacing',
  defaultSeverity: 'warning',
  description: {
    zh: '空格与断行：中文之间、标点前后、中文与数字字母之间的多余空格，句中断行',
    en: 'Spaces and breaks: stray spaces in Chinese text, around punctuation, between Chinese and digits; broken lines',
  },
  check({ model }) {
    const out: RuleFinding[] = [];
    const { text } = model;
    // runs of spaces, from the spaces the shared pass over the prose found
    const spaces = characterPositions(model, SPACES);
    let p = 0;
    for (const seg of spaces.length ? proseSegments(model) : []) {
      for (; p < spaces.length && spaces[p] < seg.end; p++) {
        const m = { start: spaces[p], end: spaces[p] + 1 };
        while (p + 1 < spaces.length && spaces[p + 1] === m.end && m.end < seg.end) {
          p++;
          m.end++;
        }
        if (seg.protected.length && overlapsAny(seg.protected, m.start, m.end)) continue;
        const prev = text[m.start - 1];
        const next = text[m.end];
        if (m.start <= seg.start || m.end >= seg.end) continue;
        // a space that sets off a URL or a code span keeps it apart from the Chinese around it
        if (seg.protected.length && touchesAny(seg.protected, m.start, m.end)) continue;
        const cjkPrev = isCjkChar(prev);
        const cjkNext = isCjkChar(next);
        const hanBoth = isHanChar(prev) && isHanChar(next);
        let what: { zh: string; en: string } | undefined;
        if (hanBoth) {
          // 王  伟: names padded for alignment
          if (seg.block.kind === 'signature' || SIGNATURE_LINE.test(text.slice(seg.start, Math.min(seg.end, seg.start + 4)))) continue;
          what = { zh: '汉字之间不留空格', en: 'No space between Chinese characters' };
        } else if (cjkPrev && cjkNext) {
          what = { zh: '标点前后不留空格', en: 'No space next to Chinese punctuation' };
        } else if ((cjkPrev && (isAsciiWordChar(next) || next === '%')) || ((isAsciiWordChar(prev) || prev === '%') && cjkNext)) {
          what = { zh: '中文与数字、字母之间不加空格', en: 'No space between Chinese and digits or Latin letters' };
        }
        if (!what) continue;
        const severity = seg.block.kind === 'title' && hanBoth ? 'info' as const : undefined;
        out.push({
          start: m.start, end: m.end, message: what, severity,
          fixes: [{ title: { zh: '删除空格', en: 'Delete the space' }, edits: [{ start: m.start, end: m.end, newText: '' }], safe: true }],
        });
      }
    }
    const blocks = model.blocks;
    for (let i = 0; i < blocks.length; i++) {
      const f = brokenLine(model, blocks[i], blocks[i + 1]);
      if (f) out.push(f);
    }
    return out;
  },
};
