import { Enumeration } from '../model';
import { formatChineseNumber } from '../numerals';
import { Rule, RuleFinding, TextEdit } from '../lint/types';
import { enumerationsOf } from './enumerations';

/**
 * In-paragraph enumerations: 一是…二是…三是 must count on (N10), one family per list — 首先/其次,
 * 第一/第二 and 其一/其二 are not mixed (GB/T 15834 序次语; N9) — and 第一/其一/首先 take a comma,
 * not 、 or ： (N5). A list runs across the paragraphs of one section; a heading ends it.
 */

const SEQUENCE_WORDS: Record<number, string> = { 1: '首先', 2: '其次', 3: '再次' };

/** The marker for position `n` in a family, with the comma that family takes. */
function markerFor(family: Enumeration['family'], n: number): string | undefined {
  switch (family) {
    case 'shi': return `${formatChineseNumber(n)}是`;
    case 'di': return `第${formatChineseNumber(n)}，`;
    case 'qi': return `其${formatChineseNumber(n)}，`;
    case 'sequence': return SEQUENCE_WORDS[n] ? `${SEQUENCE_WORDS[n]}，` : undefined;
  }
}

const FAMILY_NAME: Record<Enumeration['family'], { zh: string; en: string }> = {
  shi: { zh: '“一是、二是”', en: '一是/二是' },
  di: { zh: '“第一、第二”', en: '第一/第二' },
  qi: { zh: '“其一、其二”', en: '其一/其二' },
  sequence: { zh: '“首先、其次”', en: '首先/其次' },
};

/** After 第一、: a numeral or 第 goes on a range (第一、二季度), not a list. */
const RANGE_GOES_ON = new Set([...'一二三四五六七八九十第'].map((c) => c.charCodeAt(0)));
/** 、：:, after 第一 / 其一 / 首先, where a list takes ，. */
const WRONG_COMMA_AFTER = new Set([...'、：:,'].map((c) => c.charCodeAt(0)));

interface Group {
  family: Enumeration['family'];
  last: number;
}

export const enumerationOrderRule: Rule = {
  id: 'enumeration-order',
  defaultSeverity: 'warning',
  description: {
    zh: '段内列举：一是、二是……连续计数，不混用“首先/第一/其一”，“第一”后用逗号',
    en: 'In-paragraph enumerations: 一是, 二是… count on, one family per list, a comma after 第一',
  },
  check({ model }) {
    const out: RuleFinding[] = [];
    const { text } = model;
    let group: Group | undefined;
    // indexed loops: an iterator here allocates for each of the thousands of blocks of a long report
    const { blocks } = model;
    const inBlocks = enumerationsOf(model);
    for (let b = 0; b < blocks.length; b++) {
      const block = blocks[b];
      if (block.kind === 'heading' || block.kind === 'title' || block.kind === 'closing') group = undefined;
      const enumerations = inBlocks[b];
      for (let k = 0; k < enumerations.length; k++) {
        const e = enumerations[k];
        // read by code: a Chinese character read as a string is a new string each time
        const after = text.charCodeAt(e.span.end); // NaN past the end
        // 一是一，二是二 is an idiom, 第一、二季度 a range: neither is a list marker
        if (e.family === 'shi' && after === e.text.charCodeAt(0)) continue;
        if (e.family !== 'shi' && after === 0x3001 /* 、 */ && RANGE_GOES_ON.has(text.charCodeAt(e.span.end + 1))) continue;

        if (e.family !== 'shi' && WRONG_COMMA_AFTER.has(after)) {
          out.push({
            start: e.span.start, end: e.span.end + 1,
            message: { zh: `“${e.text}”后应用逗号“，”`, en: `Use a comma “，” after “${e.text}”` },
            fixes: [{ title: { zh: '改为逗号', en: 'Use “，”' }, edits: [{ start: e.span.end, end: e.span.end + 1, newText: '，' }], safe: true }],
          });
        }

        const isStart = e.number === 1;
        if (!group || isStart) {
          group = { family: e.family, last: e.number };
          if (!isStart && e.family !== 'sequence') {
            out.push({
              start: e.span.start, end: e.span.end, severity: 'info',
              message: {
                zh: `列举从“${e.text}”开始，本节前文没有“${markerFor(e.family, 1)?.replace('，', '')}”`,
                en: `The list starts at “${e.text}” with no “${markerFor(e.family, 1)?.replace('，', '')}” before it in this section`,
              },
            });
          }
          continue;
        }
        if (e.family === 'sequence' && e.number === 0) {
          // 最后 closes whatever list precedes it
          group = undefined;
          continue;
        }
        const expected = group.last + 1;
        if (e.family !== group.family) {
          if (e.number === expected) mixed(out, text, e, group);
          group = { family: e.family, last: e.number };
          continue;
        }
        if (e.number !== expected) {
          const wanted = markerFor(e.family, expected);
          const edit: TextEdit | undefined = wanted ? replaceMarker(text, e, wanted) : undefined;
          out.push({
            start: e.span.start, end: e.span.end,
            message: {
              zh: `列举序号${e.number < expected ? '重复' : '不连续'}：“${e.text}”前一项是“${(markerFor(e.family, group.last) ?? '').replace('，', '')}”，此处应为“${(wanted ?? '').replace('，', '')}”`,
              en: `Enumeration ${e.number < expected ? 'repeats' : 'skips'}: “${e.text}” follows “${(markerFor(e.family, group.last) ?? '').replace('，', '')}”; expected “${(wanted ?? '').replace('，', '')}”`,
            },
            fixes: edit ? [{ title: { zh: `改为“${wanted!.replace('，', '')}”`, en: `Change to “${wanted!.replace('，', '')}”` }, edits: [edit], safe: false }] : [],
          });
        }
        group.last = e.number;
      }
    }
    return out;
  },
};

/** Replaces a marker and the comma or 、 written after it. */
function replaceMarker(text: string, e: Enumeration, wanted: string): TextEdit {
  const end = e.family !== 'shi' && /[，,、：:]/.test(text[e.span.end] ?? '') ? e.span.end + 1 : e.span.end;
  return { start: e.span.start, end, newText: wanted };
}

function mixed(out: RuleFinding[], text: string, e: Enumeration, group: Group): void {
  const wanted = markerFor(group.family, e.number === 0 ? group.last + 1 : e.number);
  out.push({
    start: e.span.start, end: e.span.end,
    message: {
      zh: `同一列举混用了${FAMILY_NAME[group.family].zh}和${FAMILY_NAME[e.family].zh}两套序次语`,
      en: `One list mixes the ${FAMILY_NAME[group.family].en} and ${FAMILY_NAME[e.family].en} families`,
    },
    fixes: wanted && e.number !== 0
      ? [{ title: { zh: `改为“${wanted.replace('，', '')}”`, en: `Change to “${wanted.replace('，', '')}”` }, edits: [replaceMarker(text, e, wanted)], safe: false }]
      : [],
  });
}
