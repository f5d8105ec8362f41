import { ReportModel } from '../model';
import { finding, Fix, Localized, Rule, RuleFinding, Severity, TextEdit } from '../lint/types';
import {
  characterPositions, closesChinese, codesAt, codesWhere, isAsciiWordChar, isHanChar, isInlineSpace, mergedPositions, opensChinese, overlapsAny,
  ProseSegment, proseSegments, segmentEndingAfter, sharedCharacterSet, sharedStringSet,
} from './prose';

/**
 * Punctuation in Chinese text (GB/T 15834-2011): full-width marks, quotes and their nesting,
 * brackets that open and close, doubled marks, the ellipsis ……, the dash ——, and the 顿号 rules.
 *
 * A half-width mark is only rewritten where it touches Chinese: `3,000`, `10:30`, `3.5`, `f(x)`,
 * English sentences, URLs and code spans keep theirs.
 */

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。' };
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;

interface Out {
  push(f: RuleFinding): void;
}

function fix(title: Localized, edits: TextEdit[], safe = true): Fix {
  return { title, edits, safe };
}

function report(out: Out, start: number, end: number, message: Localized, fixes: Fix[] = [], severity?: Severity): void {
  out.push(finding(start, end, message, fixes, severity));
}

/** Whether the code (NaN past the text's ends) is an ASCII letter or digit, as `isAsciiWordChar`. */
function isAsciiWordCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function charAt(text: string, seg: ProseSegment, i: number): string | undefined {
  return i >= seg.start && i < seg.end ? text[i] : undefined;
}

// ---------------------------------------------------------------------------------------------

/** A half-width , ; : ? ! at i. */
function halfWidthMark(text: string, seg: ProseSegment, i: number, out: Out): void {
  const mark = text[i];
  const prev = charAt(text, seg, i - 1);
  let j = i + 1;
  while (j < seg.end && isInlineSpace(text[j])) j++;
  const next = charAt(text, seg, j);
  if (/[0-9]/.test(prev ?? '') && /[0-9]/.test(next ?? '')) return; // 3,000  10:30  1:2
  const before = closesChinese(prev);
  const after = opensChinese(next);
  if (!(before || (after && mark !== '?' && mark !== '!'))) return;
  const wide = FULL_WIDTH[mark];
  report(out, i, i + 1,
    { zh: `中文中应使用全角标点“${wide}”`, en: `Use the full-width “${wide}” in Chinese text` },
    [fix({ zh: `改为“${wide}”`, en: `Change to “${wide}”` }, [{ start: i, end: j < seg.end ? j : i + 1, newText: wide }])]);
}

/** A run of dots, ellipsis marks, 。 or middle dots: a full stop after Chinese, or an ellipsis. */
function dotRun(text: string, seg: ProseSegment, start: number, end: number, out: Out): void {
  // 3.5, v1.2: a dot before a Latin letter or digit ends no sentence (most dots are these)
  if (end - start === 1 && text.charCodeAt(start) === FULL_STOP_HALF && end < seg.end && isAsciiWordCode(text.charCodeAt(end))) return;
  const prev = charAt(text, seg, start - 1);
  const next = charAt(text, seg, end);
  const run = text.slice(start, end);
  if (run[0] === '.') {
    if (run.length === 1) {
      if ((isHanChar(prev) || /[”’）》】]/.test(prev ?? '')) && !isAsciiWordChar(next)) {
        report(out, start, end,
          { zh: '中文句末应使用句号“。”', en: 'End a Chinese sentence with “。”' },
          [fix({ zh: '改为“。”', en: 'Change to “。”' }, [{ start, end, newText: '。' }])]);
      }
      return;
    }
    if (run.length < 3 || !(closesChinese(prev) || opensChinese(next))) return;
  } else if (run[0] === '…') {
    if (run.length % 2 === 0) {
      ellipsisWithDeng(text, seg, start, end, out);
      return;
    }
    if (run.length > 3) return;
  } else if (run[0] === '。') {
    if (run.length === 2) {
      doubled(start, end, '。', out);
      return;
    }
  } else if (run.length < 3 || !(closesChinese(prev) || opensChinese(next))) {
    return;
  }
  report(out, start, end,
    { zh: `省略号应写作“……”，不写“${run}”`, en: `Write the ellipsis as “……”, not “${run}”` },
    [fix({ zh: '改为“……”', en: 'Change to “……”' }, [{ start, end, newText: '……' }])]);
}

/** 等 and …… say the same thing; GB/T 15834 4.11 uses one of them. */
function ellipsisWithDeng(text: string, seg: ProseSegment, start: number, end: number, out: Out): void {
  const before = text[start - 1] === '等' && start - 1 >= seg.start;
  const after = text[end] === '等' && end < seg.end;
  if (!before && !after) return;
  report(out, start, end,
    { zh: '省略号与“等”“等等”不并用', en: 'Do not use “……” together with 等' },
    [fix({ zh: '删除省略号', en: 'Delete the ellipsis' }, [{ start, end, newText: '' }], false)]);
}

function doubled(start: number, end: number, mark: string, out: Out): void {
  report(out, start, end,
    { zh: `标点“${mark}”重复`, en: `Doubled “${mark}”` },
    [fix({ zh: `只保留一个“${mark}”`, en: `Keep one “${mark}”` }, [{ start: start + 1, end, newText: '' }])]);
}

/** A run of - － or —. */
function dashRun(text: string, seg: ProseSegment, start: number, end: number, out: Out): void {
  // the runs that are no dash written wrong first, from their codes: most are - in 2024-01 or the dash —— itself
  const code = text.charCodeAt(start);
  const length = end - start;
  if (code === HYPHEN ? length < 2 || length > 3 : code === FULL_WIDTH_HYPHEN ? length !== 2 : length !== 1) return;
  const dash = text.slice(start, end);
  const prev = charAt(text, seg, start - 1);
  const next = charAt(text, seg, end);
  const atSubtitle = seg.block.kind === 'subtitle' && start === seg.start;
  const dashFix = [fix({ zh: '改为破折号“——”', en: 'Change to the dash “——”' }, [{ start, end, newText: '——' }])];
  if (dash[0] === '—') {
    if (atSubtitle) {
      report(out, start, end, { zh: '副标题前的破折号应为“——”（两个字符）', en: 'The dash before a subtitle is “——” (two characters)' }, dashFix);
    } else if (isHanChar(prev) && isHanChar(next)) {
      // a single — between Chinese words is a dash written short, unless it joins a range (北京—上海)
      report(out, start, end,
        { zh: '破折号应为“——”（两个字符）；如表示起止范围则可保留一字线', en: 'A dash is “——” (two characters); a single “—” only joins a range' },
        [{ ...dashFix[0], safe: false }], 'info');
    }
    return;
  }
  if (!(atSubtitle || closesChinese(prev) || opensChinese(next))) return;
  report(out, start, end, { zh: `破折号应为“——”，不写“${dash}”`, en: `Write the dash as “——”, not “${dash}”` }, dashFix);
}

/** The brackets of a segment, the first `count` entries of `at`, of which one at least is half-width. */
function parentheses(text: string, seg: ProseSegment, at: readonly number[], count: number, out: Out): void {
  const stack: number[] = [];
  for (let k = 0; k < count; k++) {
    const i = at[k];
    const c = text.charCodeAt(i);
    if (c === LEFT_PARENTHESIS || c === FULL_WIDTH_LEFT_PARENTHESIS) {
      stack.push(i);
      continue;
    }
    const open = stack.pop();
    if (open === undefined) continue;
    const close = i;
    const openHalf = text.charCodeAt(open) === LEFT_PARENTHESIS;
    const closeHalf = text.charCodeAt(close) === RIGHT_PARENTHESIS;
    if (!openHalf && !closeHalf) continue;
    const inner = text.slice(open + 1, close);
    // f(x), A(1): a formula or a name keeps its brackets; Chinese inside or before them does not
    const chinese = HAN_RUN.test(inner) || closesChinese(charAt(text, seg, open - 1)) || openHalf !== closeHalf;
    if (!chinese) continue;
    const edits: TextEdit[] = [];
    if (openHalf) edits.push({ start: open, end: open + 1, newText: '（' });
    if (closeHalf) edits.push({ start: close, end: close + 1, newText: '）' });
    report(out, open, close + 1,
      { zh: '中文中应使用全角括号“（）”', en: 'Use full-width brackets “（）” in Chinese text' },
      [fix({ zh: '改为“（）”', en: 'Change to “（）”' }, edits)]);
  }
}

/** Depth of curly double quotes at each straight quote, so inner quotes become ‘’. */
function curlyDepthAt(text: string, seg: ProseSegment, positions: number[]): number[] {
  const depths: number[] = [];
  let depth = 0;
  let k = 0;
  for (let i = seg.start; i < seg.end && k < positions.length; i++) {
    if (i === positions[k]) {
      depths.push(depth);
      k++;
    }
    const c = text.charCodeAt(i);
    if (c === LEFT_DOUBLE_QUOTE) depth++;
    else if (c === RIGHT_DOUBLE_QUOTE && depth > 0) depth--;
  }
  return depths;
}

function straightQuotes(text: string, seg: ProseSegment, at: readonly number[], out: Out): void {
  const doubles = at.filter((i) => text[i] === '"');
  // don't, O'Brien: an apostrophe inside a Latin word
  const singles = at.filter((i) => text[i] === "'" && !(isAsciiWordChar(text[i - 1]) && isAsciiWordChar(text[i + 1])));
  if (!doubles.length && !singles.length) return;

  const doublePairs: [number, number][] = [];
  for (let i = 0; i + 1 < doubles.length; i += 2) doublePairs.push([doubles[i], doubles[i + 1]]);
  const chineseContext = (o: number, c: number) => HAN_RUN.test(text.slice(o + 1, c)) || closesChinese(charAt(text, seg, o - 1)) || opensChinese(charAt(text, seg, c + 1));

  const depths = curlyDepthAt(text, seg, doubles);
  // ""打铁必须自身硬"这句话" — a pair that holds nothing: quotes nested in straight quotes, which
  // read in order would pair wrongly; the writer curls them (side by side between pairs, "甲""乙", is fine)
  const nested = doublePairs.some(([o, c]) => c === o + 1);
  doublePairs.forEach(([o, c], i) => {
    if (!chineseContext(o, c)) return;
    const inner = depths[i * 2] > 0;
    const [l, r] = inner ? ['‘', '’'] : ['“', '”'];
    report(out, o, c + 1,
      inner
        ? { zh: '引号内的引号应使用单引号（‘’）', en: 'Quotes inside quotes are ‘’' }
        : { zh: '中文中应使用弯引号（“”），不用直引号（"）', en: 'Use the Chinese quotes “” instead of straight quotes' },
      nested ? [] : [fix({ zh: `改为${l}${r}`, en: `Change to ${l}${r}` }, [{ start: o, end: o + 1, newText: l }, { start: c, end: c + 1, newText: r }])]);
  });
  if (doubles.length % 2 === 1) {
    const last = doubles[doubles.length - 1];
    if (closesChinese(charAt(text, seg, last - 1)) || opensChinese(charAt(text, seg, last + 1))) {
      report(out, last, last + 1, { zh: '引号不成对', en: 'Unpaired quotation mark' });
    }
  }

  // inside a pair of straight or curly double quotes: both read in one pass (the singles ascend)
  const singleDepths = curlyDepthAt(text, seg, singles);
  let pair = 0;
  const insideDouble = (k: number) => {
    const i = singles[k];
    while (pair < doublePairs.length && doublePairs[pair][1] <= i) pair++;
    return (pair < doublePairs.length && doublePairs[pair][0] < i) || singleDepths[k] > 0;
  };
  for (let i = 0; i + 1 < singles.length; i += 2) {
    const [o, c] = [singles[i], singles[i + 1]];
    if (!HAN_RUN.test(text.slice(o + 1, c))) continue;
    const inner = insideDouble(i);
    const [l, r] = inner ? ['‘', '’'] : ['“', '”'];
    report(out, o, c + 1,
      inner
        ? { zh: '引号内的引号应使用“‘’”', en: 'Quotes inside quotes are ‘’' }
        : { zh: '中文引用先用双引号““””，单引号只用于引号内', en: 'Chinese quotes are “” on the outside; ‘’ only inside them' },
      [fix({ zh: `改为${l}${r}`, en: `Change to ${l}${r}` }, [{ start: o, end: o + 1, newText: l }, { start: c, end: c + 1, newText: r }])]);
  }
}

// with the marks' codes: a Chinese mark read from the text as a string would be a new string each time
const markPair = (open: string, close: string, name: Localized) => ({ open, close, name, openCode: open.charCodeAt(0), closeCode: close.charCodeAt(0) });
const PAIRS = [
  markPair('“', '”', { zh: '双引号', en: 'double quotes “”' }),
  markPair('‘', '’', { zh: '单引号', en: 'single quotes ‘’' }),
  markPair('《', '》', { zh: '书名号', en: 'title marks 《》' }),
  markPair('（', '）', { zh: '括号', en: 'brackets （）' }),
  markPair('【', '】', { zh: '方头括号', en: 'brackets 【】' }),
];
const RIGHT_SINGLE_QUOTE = 0x2019;

/** For each code: the bit of the pair (index in PAIRS) it opens or closes. */
const PAIR_BIT = new Uint8Array(65536);
PAIRS.forEach((pair, p) => {
  PAIR_BIT[pair.openCode] = 1 << p;
  PAIR_BIT[pair.closeCode] = 1 << p;
});

/** For each code: whether it opens its pair. */
const PAIR_OPENS = new Uint8Array(65536);
for (const pair of PAIRS) PAIR_OPENS[pair.openCode] = 1;

/**
 * Whether each pair's marks among the first `count` open and close in turn, none inside another of
 * its pair: then `balance` finds nothing, and one pass over the marks tells it for all pairs at once.
 */
function inOrder(text: string, at: readonly number[], codes: readonly number[], count: number): boolean {
  // one bit per pair (`PAIR_BIT`): the pairs open at this mark
  let open = 0;
  for (let k = 0; k < count; k++) {
    const c = codes[k];
    const bit = PAIR_BIT[c];
    if (PAIR_OPENS[c]) {
      if (open & bit) return false;
      open |= bit;
    } else if (c === RIGHT_SINGLE_QUOTE && isAsciiWordChar(text[at[k] - 1]) && isAsciiWordChar(text[at[k] + 1])) {
      // China’s: no mark of a pair, as in `balance`
    } else {
      if (!(open & bit)) return false;
      open ^= bit;
    }
  }
  return open === 0;
}

/** Where the marks still open stand, innermost last: one stack for every call, its depth kept by the call. */
const openMarks: number[] = [];

/**
 * Marks that must open and close within a paragraph: unbalanced, reversed or wrongly nested.
 * The segment's marks are the first `count` entries of `at`, their codes those of `codes`; `present`
 * has the bits (`PAIR_BIT`) of their pairs. `next` is the segment after this one.
 */
function balance(
  text: string, seg: ProseSegment, at: readonly number[], codes: readonly number[], count: number, present: number,
  next: ProseSegment | undefined, out: Out,
): void {
  if (inOrder(text, at, codes, count)) return;
  for (let p = 0; p < PAIRS.length; p++) {
    if (!(present & (1 << p))) continue;
    const pair = PAIRS[p];
    let open = 0;
    let problem: RuleFinding | undefined;
    let reversed = true;
    let seen = 0;
    for (let k = 0; k < count; k++) {
      const c = codes[k];
      if (c !== pair.openCode && c !== pair.closeCode) continue;
      const i = at[k];
      // China’s: a curly apostrophe inside a Latin word
      if (c === RIGHT_SINGLE_QUOTE && isAsciiWordChar(text[i - 1]) && isAsciiWordChar(text[i + 1])) continue;
      seen++;
      if (seen % 2 === 1 ? c !== pair.closeCode : c !== pair.openCode) reversed = false;
      if (c === pair.openCode) {
        if (open && pair.open === '“') {
          problem ??= finding(i, i + 1, { zh: '双引号内又出现前引号“：缺少后引号”，或内层引号应改用‘’', en: 'A “ opens inside “…”: a closing ” is missing, or the inner quotes should be ‘’' });
        }
        openMarks[open++] = i;
      } else if (open) {
        const o = openMarks[--open];
        if (pair.open === '《' && open) {
          // 《关于印发《…》的通知》: inner title marks are 〈〉
          problem ??= finding(o, i + 1, { zh: '书名号内再用书名号时，内层用单书名号“〈〉”', en: 'Title marks inside title marks are 〈〉' }, [fix({ zh: '内层改为“〈〉”', en: 'Change the inner pair to 〈〉' }, [{ start: o, end: o + 1, newText: '〈' }, { start: i, end: i + 1, newText: '〉' }])]);
        }
      } else {
        problem ??= finding(i, i + 1, { zh: `${pair.name.zh}不成对：“${pair.close}”前没有对应的“${pair.open}”`, en: `Unbalanced ${pair.name.en}: “${pair.close}” without an opening “${pair.open}”` });
      }
    }
    if (!problem && open) {
      // a quotation of several paragraphs: each opens with “, only the last closes
      if (pair.open === '“' && open === 1 && openMarks[0] === seg.start && next && next.block !== seg.block && text.charCodeAt(next.start) === LEFT_DOUBLE_QUOTE) continue;
      const at = openMarks[open - 1];
      problem = finding(at, at + 1, { zh: `${pair.name.zh}不成对：“${pair.open}”没有对应的“${pair.close}”`, en: `Unbalanced ${pair.name.en}: “${pair.open}” is never closed` });
    }
    if (!problem) continue;
    if (reversed && seen >= 2 && seen % 2 === 0 && (pair.open === '“' || pair.open === '‘')) {
      // ”…“ typed the wrong way round throughout the paragraph
      const edits: TextEdit[] = [];
      for (let i = seg.start; i < seg.end; i++) {
        const c = text.charCodeAt(i);
        if (c === pair.openCode) edits.push({ start: i, end: i + 1, newText: pair.close });
        else if (c === pair.closeCode) edits.push({ start: i, end: i + 1, newText: pair.open });
      }
      problem = finding(problem.start, problem.end, { zh: `${pair.name.zh}前后颠倒`, en: `Reversed ${pair.name.en}` }, [fix({ zh: '调换前后引号', en: 'Swap opening and closing quotes' }, edits, false)]);
    }
    out.push(problem);
  }
}

const NUMERALS = '一二三四五六七八九';
/**
 * What an approximate number counts (三、四次): the character after its second numeral. Not 类:
 * 二、三类村 names two classes, 二类 and 三类 (GB/T 15834 4.5.3.5: a shortened pair keeps its 顿号).
 */
const APPROXIMATE_UNITS = '次个名人项件条天周岁倍家所批种位篇场轮起处户遍趟回份张本页台辆栋座间套成亩吨元年';
/** Units of two characters: 三、四小时, 三、四公里, 三、四分钟. */
const APPROXIMATE_UNIT_PAIRS = ['小时', '公里', '公斤', '公顷', '分钟', '平方'];
/** 三、四十人, 五、六百元, 三、四万元: the second numeral with a place after it. */
const PLACES = '十百千万';
/** 、 where a numeral, “ or 《 follows: the 顿号 rules below look at those only. */
const ENUMERATION_COMMAS = sharedStringSet([...`${NUMERALS}“《`].map((c) => `、${c}`));

const NUMERAL_VALUE = new Uint8Array(65536);
[...NUMERALS].forEach((c, k) => (NUMERAL_VALUE[c.charCodeAt(0)] = k + 1));
// 两、三次
NUMERAL_VALUE['两'.charCodeAt(0)] = 2;
const APPROXIMATE_UNIT = new Uint8Array(65536);
for (const c of APPROXIMATE_UNITS) APPROXIMATE_UNIT[c.charCodeAt(0)] = 1;
for (const c of PLACES) APPROXIMATE_UNIT[c.charCodeAt(0)] = 1;
for (const [c] of APPROXIMATE_UNIT_PAIRS) APPROXIMATE_UNIT[c.charCodeAt(0)] = 2;
/** What may stand before the first numeral of 三、四次 when it is part of a longer number or list. */
const NUMBER_BEFORE = new Uint8Array(65536);
for (const c of '第、一二三四五六七八九十百千万零〇两') NUMBER_BEFORE[c.charCodeAt(0)] = 1;
/** What the tens or hundreds of 十五、六次, 二十三、四岁 end with, before the last numeral. */
const PLACE_BEFORE = new Uint8Array(65536);
for (const c of '十百零〇') PLACE_BEFORE[c.charCodeAt(0)] = 1;

/** Whether the unit after the second numeral at `at` makes the pair a count (三、四次), not two names (三、四年级). */
function countedAt(text: string, at: number): boolean {
  const unit = APPROXIMATE_UNIT[text.charCodeAt(at)];
  if (unit === 2) return APPROXIMATE_UNIT_PAIRS.includes(text.slice(at, at + 2));
  // 三、四年级 (two grades), but 三、四年时间
  return unit === 1 && !(text[at] === '年' && text[at + 1] === '级');
}

/**
 * Where the approximate number around the 、 at `at` starts, or -1 when the pair is no approximate
 * number: 一、二类 and 一、二轮 name two things (an approximate number starts at 两, 一两次); a pair
 * inside a list or after 第 (第三、四季度) is a shortened list.
 */
function approximateStart(text: string, at: number, segStart: number): number {
  const first = text.charCodeAt(at - 1);
  if (first === 0x4e00 /* 一 */) return -1;
  let start = at - 1;
  // 十五、六次, 二十三、四岁: the tens before the first numeral belong to the number
  if (PLACE_BEFORE[text.charCodeAt(start - 1)] && start - 1 >= segStart) {
    start--;
    while (start > segStart && (NUMERAL_VALUE[text.charCodeAt(start - 1)] || PLACE_BEFORE[text.charCodeAt(start - 1)])) start--;
  }
  // (the number never starts the segment: nothing before it to count)
  if (start === segStart || NUMBER_BEFORE[text.charCodeAt(start - 1)]) return -1;
  return start;
}

const CLOSE_TITLE = 0x300b;
const OPEN_TITLE = 0x300a;

function enumerationComma(model: ReportModel, out: Out): void {
  const { text } = model;
  const segments = proseSegments(model);
  // each 、 whose characters either side lie with it in one stretch of prose, touching no protected
  // span, and the start of its segment
  const commas: number[] = [];
  const starts: number[] = [];
  let s = 0;
  for (const i of characterPositions(model, ENUMERATION_COMMAS)) {
    s = segmentEndingAfter(segments, s, i);
    const seg = segments[s];
    if (i - 1 < seg.start || i + 2 > seg.end || (seg.protected.length && overlapsAny(seg.protected, i - 1, i + 2))) continue;
    commas.push(i);
    starts.push(seg.start);
  }
  // 三、四次 is an approximate number: no 顿号 between adjacent numerals (GB/T 15834 4.5.3.4)
  for (let k = 0; k < commas.length; k++) {
    const at = commas[k];
    const a = NUMERAL_VALUE[text.charCodeAt(at - 1)];
    const b = NUMERAL_VALUE[text.charCodeAt(at + 1)];
    if (!a || b !== a + 1 || !countedAt(text, at + 2)) continue;
    const start = approximateStart(text, at, starts[k]);
    if (start < 0) continue;
    const number = `${text.slice(start, at)}${text[at + 1]}${PLACES.includes(text[at + 2]) ? text[at + 2] : ''}`;
    report(out, at, at + 1,
      { zh: `概数“${number}”之间不用顿号`, en: `No 、 inside the approximate number “${number}”` },
      [fix({ zh: '删除顿号', en: 'Delete 、' }, [{ start: at, end: at + 1, newText: '' }])]);
  }
  // “两个确立”“四个意识”, 《准则》《条例》: nothing between quoted or titled items (4.5.3.5)
  for (const at of commas) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at + 1);
    if (!(before === RIGHT_DOUBLE_QUOTE && after === LEFT_DOUBLE_QUOTE) && !(before === CLOSE_TITLE && after === OPEN_TITLE)) continue;
    report(out, at, at + 1,
      { zh: '并列的引号或书名号之间通常不用顿号', en: 'Adjacent quoted or titled items take no 、 between them' },
      [fix({ zh: '删除顿号', en: 'Delete 、' }, [{ start: at, end: at + 1, newText: '' }])], 'info');
  }
}

/** What a character means to this rule. */
const enum K { None, HalfWidth, Run, Doubling, Bracket, Straight, Paired }

const ASCII_KIND = new Uint8Array(128);
const WIDE_KIND = new Uint8Array(65536);
for (const c of ',;:?!') ASCII_KIND[c.charCodeAt(0)] = K.HalfWidth;
for (const c of '.-') ASCII_KIND[c.charCodeAt(0)] = K.Run;
for (const c of '()') ASCII_KIND[c.charCodeAt(0)] = K.Bracket;
for (const c of '"\'') ASCII_KIND[c.charCodeAt(0)] = K.Straight;
for (const c of '…·・－—') WIDE_KIND[c.charCodeAt(0)] = K.Run;
for (const c of '，、；：。') WIDE_KIND[c.charCodeAt(0)] = K.Doubling;
for (const c of '（）') WIDE_KIND[c.charCodeAt(0)] = K.Bracket;
for (const c of '“”‘’《》【】') WIDE_KIND[c.charCodeAt(0)] = K.Paired;

// the marks the loop below tells apart, by code
const HYPHEN = 0x2d;
const FULL_WIDTH_HYPHEN = 0xff0d;
const EM_DASH = 0x2014;
const FULL_STOP = 0x3002;
const FULL_STOP_HALF = 0x2e;
const LEFT_PARENTHESIS = 0x28;
const RIGHT_PARENTHESIS = 0x29;
const FULL_WIDTH_LEFT_PARENTHESIS = 0xff08;
const LEFT_DOUBLE_QUOTE = 0x201c;
const RIGHT_DOUBLE_QUOTE = 0x201d;

/** The marks this rule looks at wherever they stand. */
const MARKS = sharedCharacterSet([
  ...codesWhere(ASCII_KIND, (kind) => kind !== K.None), ...codesWhere(WIDE_KIND, (kind) => kind !== K.None && kind !== K.Doubling),
]);
/** ，。、；： only where the same mark follows: single ones are the text's own. */
const DOUBLED = sharedStringSet(codesWhere(WIDE_KIND, (kind) => kind === K.Doubling).map((c) => String.fromCharCode(c, c)));

export const punctuationRule: Rule = {
  id: 'punctuation',
  defaultSeverity: 'warning',
  description: {
    zh: '标点符号：全角半角、引号与括号配对、重复标点、省略号、破折号、顿号用法',
    en: 'Punctuation: full-width marks, paired quotes and brackets, doubled marks, ellipsis, dash, 顿号',
  },
  check({ model }) {
    const findings: RuleFinding[] = [];
    const out: Out = findings;
    const { text } = model;
    const segments = proseSegments(model);
    enumerationComma(model, out);

    // only at the marks the shared pass over the prose found, dispatching on a table
    const at = mergedPositions(characterPositions(model, MARKS), characterPositions(model, DOUBLED));
    const atCodes = codesAt(text, at);
    // the paired marks (and their codes) and the brackets of each segment in turn, from the start of
    // lists kept for every segment (a list per segment costs more)
    const marks: number[] = [];
    const markCodes: number[] = [];
    const brackets: number[] = [];
    let p = 0;
    for (let s = 0; s < segments.length; s++) {
      const seg = segments[s];
      let straight: number[] | undefined;
      let markCount = 0;
      let bracketCount = 0;
      let halfWidthBracket = false;
      let present = 0;
      const guarded = seg.protected.length > 0;
      for (; p < at.length && at[p] < seg.end; p++) {
        const i = at[p];
        const code = atCodes[p];
        const kind = code < 128 ? ASCII_KIND[code] : WIDE_KIND[code];
        // (the filter lets through a few marks that are not doubled)
        if (kind === K.Doubling && (i + 1 >= seg.end || text.charCodeAt(i + 1) !== code)) continue;
        let end = i + 1;
        if (kind === K.Run || kind === K.Doubling) while (end < seg.end && text.charCodeAt(end) === code) end++;
        while (p + 1 < at.length && at[p + 1] < end) p++;
        if (guarded && overlapsAny(seg.protected, i, end)) continue;
        switch (kind) {
          case K.HalfWidth:
            halfWidthMark(text, seg, i, out);
            break;
          case K.Run:
            if (code === HYPHEN || code === FULL_WIDTH_HYPHEN || code === EM_DASH) dashRun(text, seg, i, end, out);
            else dotRun(text, seg, i, end, out);
            break;
          case K.Doubling:
            if (code === FULL_STOP) dotRun(text, seg, i, end, out);
            else doubled(i, end, text[i], out);
            break;
          case K.Bracket:
            brackets[bracketCount++] = i;
            if (code === LEFT_PARENTHESIS || code === RIGHT_PARENTHESIS) {
              halfWidthBracket = true;
            } else {
              // （） are paired marks too
              marks[markCount] = i;
              markCodes[markCount++] = code;
              present |= PAIR_BIT[code];
            }
            break;
          case K.Paired:
            marks[markCount] = i;
            markCodes[markCount++] = code;
            present |= PAIR_BIT[code];
            break;
          case K.Straight:
            (straight ??= []).push(i);
            break;
        }
      }
      // f(x), A(1) and （…） need no look: only half-width brackets may be wrong
      if (halfWidthBracket) parentheses(text, seg, brackets, bracketCount, out);
      if (straight) straightQuotes(text, seg, straight, out);
      if (markCount) balance(text, seg, marks, markCodes, markCount, present, segments[s + 1], out);
    }
    return findings;
  },
};
