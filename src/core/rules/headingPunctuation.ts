import { Block, HeadingBlock } from '../model';
import { isClosingLine, lineContents, matchMarker } from '../parse';
import { isInlineSpaceCode, isSentenceEndCode } from '../text';
import { headingGroups } from './headingNumbering';
import { finding, Rule, RuleFinding } from '../lint/types';
import { characterPositions, sharedCharacterSet } from './prose';

/**
 * Punctuation at the end of headings and titles (GB/T 15834 附录 B: a title takes no final point;
 * a run-in heading sentence ends in 。, or ？/！, before its body).
 */

/** 。，、；：.,;: by code: read as strings, Chinese marks would be new strings each time. */
const POINTS = new Set([...'。，、；：.,;:'].map((c) => c.charCodeAt(0)));

/** Where the run of points that ends text[start, end) begins (end when there is none). */
function pointsStart(text: string, start: number, end: number): number {
  let i = end;
  while (i > start && POINTS.has(text.charCodeAt(i - 1))) i--;
  return i;
}

/** ：；:; — where a heading sentence breaks into a clause and its body; the shared pass finds them. */
const CLAUSE_MARKS = sharedCharacterSet([0xff1a, 0xff1b, 0x3a, 0x3b]);

/** ；;，, — what separates the items of a list written inside one paragraph. */
const ITEM_SEPARATORS = new Set([...'；;，,'].map((c) => c.charCodeAt(0)));

/**
 * Whether a heading is the first item of a list written inline (1.加强学习；2.严格制度；3.… or
 * （一）…；（二）…): somewhere in its text a separator is followed, spaces passed over, by the next
 * marker of its family. Its sentences are the list's, punctuated as such. Asked only before a finding.
 */
function startsInlineList(text: string, h: HeadingBlock): boolean {
  const { start, end } = h.headingText;
  for (let i = start; i < end; i++) {
    if (!ITEM_SEPARATORS.has(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < end && isInlineSpaceCode(text.charCodeAt(j))) j++;
    // a marker is at most （一百二）、 long
    const m = j < end ? matchMarker(text.slice(j, Math.min(end, j + 8))) : undefined;
    if (m && m.family === h.marker.family && m.number === h.marker.number + 1) return true;
  }
  return false;
}

/** A heading sentence longer than this, with commas, reads like a paragraph. */
const LONG_HEADING = 40;
/** The longest item of a list written as whole sentences (（一）聚焦主责主业，…，…。): longer reads as a paragraph. */
const LONG_ITEM = 2 * LONG_HEADING;

/** Whether text[start, end) is one sentence: it ends in 。！？ and holds no other. */
function oneSentence(text: string, start: number, end: number): boolean {
  if (!isSentenceEndCode(text.charCodeAt(end - 1))) return false;
  for (let i = start; i < end - 1; i++) if (isSentenceEndCode(text.charCodeAt(i))) return false;
  return true;
}

export const headingPunctuationRule: Rule = {
  id: 'heading-punctuation',
  defaultSeverity: 'warning',
  description: {
    zh: '标题标点：独立标题和文档标题末尾不加标点，段首标题句以句号结束',
    en: 'Heading punctuation: no final point on standalone headings and the title; a run-in heading sentence ends in 。',
  },
  check({ model }) {
    const out: RuleFinding[] = [];
    const { text } = model;
    const trailing = (start: number, end: number, what: { zh: string; en: string }) => {
      const at = pointsStart(text, start, end);
      if (at === end) return;
      const m = [text.slice(at, end)];
      out.push(finding(at, end, { zh: `${what.zh}末尾不加标点“${m[0]}”`, en: `No “${m[0]}” at the end of ${what.en}` }, [{ title: { zh: `删除“${m[0]}”`, en: `Delete “${m[0]}”` }, edits: [{ start: at, end, newText: '' }], safe: true }]));
    };

    for (const block of [model.title, model.subtitle]) {
      if (!block) continue;
      const { start, end } = block.content;
      const what = block.kind === 'title' ? { zh: '标题', en: 'the title' } : { zh: '副标题', en: 'the subtitle' };
      trailing(start, end, what);
      const s = text.slice(start, end);
      // 《…》 around the whole title: the title is not a book title
      if (block.kind === 'title' && s.startsWith('《') && s.endsWith('》') && s.indexOf('》') === s.length - 1) {
        out.push(finding(start, end, { zh: '文档标题不加书名号', en: 'The document title takes no 《》' }, [{ title: { zh: '删除书名号', en: 'Delete 《》' }, edits: [{ start, end: start + 1, newText: '' }, { start: end - 1, end, newText: '' }], safe: true }]));
      }
    }

    // the block after each heading (by the heading's index: the headings are the heading blocks, in
    // order), comments passed over; made when first needed
    let next: (Block | undefined)[] | undefined;
    const blockAfter = (index: number) => {
      if (!next) {
        next = [];
        const { blocks } = model;
        for (let i = 0; i < blocks.length; i++) {
          if (blocks[i].kind !== 'heading') continue;
          let j = i + 1;
          while (j < blocks.length && blocks[j].kind === 'comment') j++;
          next.push(blocks[j]);
        }
      }
      return next[index];
    };
    // whether a group of siblings has a run-in heading, found once per group (a group may be long)
    const runInGroups = new Map<number, boolean>();
    const hasRunInSibling = (index: number) => {
      const { group, nextSibling } = headingGroups(model);
      let found = runInGroups.get(group[index]);
      if (found === undefined) {
        found = false;
        for (let i = group[index]; i >= 0 && !found; i = nextSibling[i]) found = model.headings[i].body !== undefined;
        runInGroups.set(group[index], found);
      }
      return found;
    };
    const hasBodyBelow = (h: HeadingBlock, index: number) => {
      const n = blockAfter(index);
      return n !== undefined && (n.kind === 'table' || (n.kind === 'paragraph' && !isClosingLine(text.slice(n.content.start, n.content.end))) || (n.kind === 'heading' && n.level > h.level));
    };
    const headsBody = (h: HeadingBlock, index: number) =>
      // among run-in siblings (（一）标题句。正文…) a heading sentence without body keeps its 。
      hasBodyBelow(h, index) && !hasRunInSibling(index);
    // whether a group of two or more siblings is a list written in whole sentences, one a line, with
    // no body (the items of 下一步打算: （一）聚焦主责主业，力争…，确保…。): found once per group
    const sentenceGroups = new Map<number, boolean>();
    const isSentenceList = (index: number) => {
      const { group, nextSibling } = headingGroups(model);
      let found = sentenceGroups.get(group[index]);
      if (found === undefined) {
        let count = 0;
        found = true;
        for (let i = group[index]; i >= 0 && found; i = nextSibling[i], count++) {
          const h = model.headings[i];
          const { start, end } = h.headingText;
          found = h.body === undefined && end - start <= LONG_ITEM && oneSentence(text, start, end) && !hasBodyBelow(h, i);
        }
        found &&= count >= 2;
        sentenceGroups.set(group[index], found);
      }
      return found;
    };

    // the clause marks of the prose, ascending, and the first that may lie in the heading at hand:
    // the headings come in text order, and their text is not read for the marks
    const clauseMarks = characterPositions(model, CLAUSE_MARKS);
    let nextMark = 0;
    const { level } = headingGroups(model);
    const { contentEnds, lastCodes } = lineContents(model);
    for (let index = 0; index < model.headings.length; index++) {
      // ①… items are a list's, below the four heading levels: whole sentences, punctuated as sentences
      // (level 5 is the circled family's, read here without the marker)
      if (level[index] === 5) continue;
      const h = model.headings[index];
      const { start, end } = h.headingText;
      // **（一）强化主体责任。**认真履行… — the bold tells where the heading sentence ends
      if (h.innerMarkup) {
        const last = text.charCodeAt(end - 1);
        if (POINTS.has(last) && last !== 0x3002 /* 。 */) {
          const mark = text[end - 1];
          out.push(finding(end - 1, end, {
            zh: `标题句后接正文时以句号结束，不用“${mark}”`,
            en: `A heading sentence followed by its body ends in 。, not “${mark}”`,
          }, [{ title: { zh: '改为句号', en: 'Use 。' }, edits: [{ start: end - 1, end, newText: '。' }], safe: false }]));
        } else if (!isSentenceEndCode(last) && !isSentenceEndCode(text.charCodeAt(h.innerMarkup.end))) {
          out.push(finding(start, end, {
            zh: '标题句后接正文时以句号结束：此处缺少“。”',
            en: 'A heading sentence followed by its body ends in 。, which is missing here',
          }, [{ title: { zh: '加句号', en: 'Add 。' }, edits: [{ start: end, end, newText: '。' }], safe: false }]));
        }
        continue;
      }
      // （一）强化主体责任：认真履行… — the heading sentence must end in 。 A break is the first mark in
      // the heading, when it comes after the first character, within 30 of the start and 8 or more before the end
      while (nextMark < clauseMarks.length && clauseMarks[nextMark] < start) nextMark++;
      const firstMark = nextMark < clauseMarks.length ? clauseMarks[nextMark] : -1;
      const at = firstMark > start && firstMark <= Math.min(start + 30, end - 9) ? firstMark : -1;
      if (at >= 0) {
        if (startsInlineList(text, h)) continue;
        const mark = text[at];
        out.push(finding(at, at + 1, {
          zh: `标题句后接正文时以句号结束，不用“${mark}”`,
          en: `A heading sentence followed by its body ends in 。, not “${mark}”`,
        }, [{ title: { zh: '改为句号', en: 'Use 。' }, edits: [{ start: at, end: at + 1, newText: '。' }], safe: false }]));
        continue;
      }
      if (end - start > LONG_HEADING && (text.slice(start, end).match(/[，,]/g) ?? []).length >= 2) {
        if (startsInlineList(text, h) || isSentenceList(index)) continue;
        out.push(finding(start, end, {
          zh: '标题句过长：是否漏了标题句末尾的句号？',
          en: 'A very long heading sentence: is the 。 after the heading missing?',
        }, undefined, 'info'));
        continue;
      }
      // a heading with its body below; a numbered line with no body is a list item and may end in 。
      if (h.body) continue;
      // the heading's last character, noted by the parser where the heading ends with its line
      const line = h.line;
      const last = end === contentEnds[line] ? lastCodes[line] : text.charCodeAt(end - 1);
      if (end > start && POINTS.has(last) && headsBody(h, index) && !startsInlineList(text, h)) trailing(start, end, { zh: '独立成行的标题', en: 'a heading that stands on its own line' });
    }
    return out;
  },
};
