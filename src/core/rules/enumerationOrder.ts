import { Enumeration } from '../model';
import { formatChineseNumber } from '../numerals';
import { finding, Rule, RuleFinding, TextEdit } from '../lint/types';
import { isNumberingNumeral } from '../parse';
import { enumerationAt, enumerationTable, ENUMERATION_FAMILIES } from './enumerations';

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

// the families by their numbers in the table
const SHI = ENUMERATION_FAMILIES.indexOf('shi');
const SEQUENCE = ENUMERATION_FAMILIES.indexOf('sequence');
const NO_GROUP = -1;

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
    // the list so far: its family (NO_GROUP: none) and the number of its last item
    let groupFamily = NO_GROUP;
    let groupLast = 0;
    // read from the table's columns: an object is made only for an enumeration that has a finding
    const table = enumerationTable(model);
    const { family: families, number: numbers, after: afters, afterBreak } = table;
    for (let i = 0; i < table.count; i++) {
      // a heading, the title or the closing ends the list
      if (afterBreak[i] === 1) groupFamily = NO_GROUP;
      const family = families[i];
      const number = numbers[i];
      const after = afters[i]; // -1 past the end
      // 一是一，二是二 is an idiom, 第一、二季度 a range: neither is a list marker
      if (family === SHI) {
        if (isNumberingNumeral(after) && after === text.charCodeAt(table.start[i])) continue;
      } else {
        if (after === 0x3001 /* 、 */ && RANGE_GOES_ON.has(text.charCodeAt(table.end[i] + 1))) continue;
        if (WRONG_COMMA_AFTER.has(after)) {
          const e = enumerationAt(text, table, i);
          out.push(finding(e.span.start, e.span.end + 1, { zh: `“${e.text}”后应用逗号“，”`, en: `Use a comma “，” after “${e.text}”` },
            [{ title: { zh: '改为逗号', en: 'Use “，”' }, edits: [{ start: e.span.end, end: e.span.end + 1, newText: '，' }], safe: true }]));
        }
      }

      const isStart = number === 1;
      if (groupFamily === NO_GROUP || isStart) {
        groupFamily = family;
        groupLast = number;
        if (!isStart && family !== SEQUENCE) {
          const e = enumerationAt(text, table, i);
          out.push(finding(e.span.start, e.span.end, {
            zh: `列举从“${e.text}”开始，本节前文没有“${markerFor(e.family, 1)?.replace('，', '')}”`,
            en: `The list starts at “${e.text}” with no “${markerFor(e.family, 1)?.replace('，', '')}” before it in this section`,
          }, undefined, 'info'));
        }
        continue;
      }
      if (family === SEQUENCE && number === 0) {
        // 最后 closes whatever list precedes it
        groupFamily = NO_GROUP;
        continue;
      }
      const expected = groupLast + 1;
      if (family !== groupFamily) {
        if (number === expected) mixed(out, text, enumerationAt(text, table, i), ENUMERATION_FAMILIES[groupFamily], groupLast);
        groupFamily = family;
        groupLast = number;
        continue;
      }
      if (number !== expected) {
        const e = enumerationAt(text, table, i);
        const wanted = markerFor(e.family, expected);
        const edit: TextEdit | undefined = wanted ? replaceMarker(text, e, wanted) : undefined;
        out.push(finding(e.span.start, e.span.end, {
          zh: `列举序号${e.number < expected ? '重复' : '不连续'}：“${e.text}”前一项是“${(markerFor(e.family, groupLast) ?? '').replace('，', '')}”，此处应为“${(wanted ?? '').replace('，', '')}”`,
          en: `Enumeration ${e.number < expected ? 'repeats' : 'skips'}: “${e.text}” follows “${(markerFor(e.family, groupLast) ?? '').replace('，', '')}”; expected “${(wanted ?? '').replace('，', '')}”`,
        }, edit ? [{ title: { zh: `改为“${wanted!.replace('，', '')}”`, en: `Change to “${wanted!.replace('，', '')}”` }, edits: [edit], safe: false }] : []));
      }
      groupLast = number;
    }
    return out;
  },
};

/** Replaces a marker and the comma or 、 written after it. */
function replaceMarker(text: string, e: Enumeration, wanted: string): TextEdit {
  const end = e.family !== 'shi' && /[，,、：:]/.test(text[e.span.end] ?? '') ? e.span.end + 1 : e.span.end;
  return { start: e.span.start, end, newText: wanted };
}

function mixed(out: RuleFinding[], text: string, e: Enumeration, groupFamily: Enumeration['family'], groupLast: number): void {
  const wanted = markerFor(groupFamily, e.number === 0 ? groupLast + 1 : e.number);
  out.push(finding(e.span.start, e.span.end, {
    zh: `同一列举混用了${FAMILY_NAME[groupFamily].zh}和${FAMILY_NAME[e.family].zh}两套序次语`,
    en: `One list mixes the ${FAMILY_NAME[groupFamily].en} and ${FAMILY_NAME[e.family].en} families`,
  }, wanted && e.number !== 0
    ? [{ title: { zh: `改为“${wanted.replace('，', '')}”`, en: `Change to “${wanted.replace('，', '')}”` }, edits: [replaceMarker(text, e, wanted)], safe: false }]
    : []));
}
