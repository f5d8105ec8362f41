import { ReportModel } from '../model';
import { Fix, Localized, Rule, RuleFinding, Severity, TextEdit } from '../lint/types';
import {
  closesChinese, isAsciiWordChar, isHanChar, isInlineSpace, matchesIn, opensChinese, overlapsAny, ProseSegment, proseSegments,
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
  out.push({ start, end, message, fixes, severity });
}

function charAt(text: string, seg: ProseSegment, i: number): string | undefined {
  return i >= seg.start && i < seg.end ? text[i] : undefined;
}

// ---------------------------------------------------------------------------------------------

function halfWidthMarks(text: string, seg: ProseSegment, out: Out): void {
  for (const m of matchesIn(text, seg, /[,;:?!]/g)) {
    const prev = charAt(text, seg, m.start - 1);
    let j = m.end;
    while (j < seg.end && isInlineSpace(text[j])) j++;
    const next = charAt(text, seg, j);
    if (/[0-9]/.test(prev ?? '') && /[0-9]/.test(next ?? '')) continue; // 3,000  10:30  1:2
    const before = closesChinese(prev);
    const after = opensChinese(next);
    if (!(before || (after && m[0] !== '?' && m[0] !== '!'))) continue;
    const wide = FULL_WIDTH[m[0]];
    report(out, m.start, m.end,
      { zh: `中文中应使用全角标点“${wide}”`, en: `Use the full-width “${wide}” in Chinese text` },
      [fix({ zh: `改为“${wide}”`, en: `Change to “${wide}”` }, [{ start: m.start, end: j < seg.end ? j : m.end, newText: wide }])]);
  }
}

function dotsAndEllipses(text: string, seg: ProseSegment, out: Out): void {
  // a run of half-width dots: one is a full stop after Chinese, three or more an ellipsis
  for (const m of matchesIn(text, seg, /\.+|。{3,}|…+|[·・]{3,}/g)) {
    const prev = charAt(text, seg, m.start - 1);
    const next = charAt(text, seg, m.end);
    const run = m[0];
    if (run[0] === '.') {
      if (run.length === 1) {
        if ((isHanChar(prev) || /[”’）》】]/.test(prev ?? '')) && !isAsciiWordChar(next)) {
          report(out, m.start, m.end,
            { zh: '中文句末应使用句号“。”', en: 'End a Chinese sentence with “。”' },
            [fix({ zh: '改为“。”', en: 'Change to “。”' }, [{ start: m.start, end: m.end, newText: '。' }])]);
        }
        continue;
      }
      if (run.length < 3 || !(closesChinese(prev) || opensChinese(next))) continue;
    } else if (run[0] === '…') {
      if (run.length % 2 === 0) {
        ellipsisWithDeng(text, seg, m.start, m.end, out);
        continue;
      }
      if (run.length > 3) continue;
    } else if (run[0] !== '。' && !(closesChinese(prev) || opensChinese(next))) {
      continue;
    }
    report(out, m.start, m.end,
      { zh: `省略号应写作“……”，不写“${run}”`, en: `Write the ellipsis as “……”, not “${run}”` },
      [fix({ zh: '改为“……”', en: 'Change to “……”' }, [{ start: m.start, end: m.end, newText: '……' }])]);
  }
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

function doubledMarks(text: string, seg: ProseSegment, out: Out): void {
  for (const m of matchesIn(text, seg, /([，、；：])\1+|。。(?!。)/g)) {
    if (m[0] === '。。' && text[m.start - 1] === '。') continue;
    report(out, m.start, m.end,
      { zh: `标点“${m[0][0]}”重复`, en: `Doubled “${m[0][0]}”` },
      [fix({ zh: `只保留一个“${m[0][0]}”`, en: `Keep one “${m[0][0]}”` }, [{ start: m.start + 1, end: m.end, newText: '' }])]);
  }
}

function dashes(text: string, seg: ProseSegment, out: Out): void {
  const subtitleStart = seg.block.kind === 'subtitle' ? seg.start : -1;
  for (const m of matchesIn(text, seg, /-{2,3}|－{2}|—+/g)) {
    const prev = charAt(text, seg, m.start - 1);
    const next = charAt(text, seg, m.end);
    const atSubtitle = m.start === subtitleStart;
    const dashFix = [fix({ zh: '改为破折号“——”', en: 'Change to the dash “——”' }, [{ start: m.start, end: m.end, newText: '——' }])];
    if (m[0][0] === '—') {
      if (m[0].length !== 1) continue;
      if (atSubtitle) {
        report(out, m.start, m.end, { zh: '副标题前的破折号应为“——”（两个字符）', en: 'The dash before a subtitle is “——” (two characters)' }, dashFix);
      } else if (isHanChar(prev) && isHanChar(next)) {
        // a single — between Chinese words is a dash written short, unless it joins a range (北京—上海)
        report(out, m.start, m.end,
          { zh: '破折号应为“——”（两个字符）；如表示起止范围则可保留一字线', en: 'A dash is “——” (two characters); a single “—” only joins a range' },
          [{ ...dashFix[0], safe: false }], 'info');
      }
      continue;
    }
    if (!(atSubtitle || closesChinese(prev) || opensChinese(next))) continue;
    report(out, m.start, m.end, { zh: `破折号应为“——”，不写“${m[0]}”`, en: `Write the dash as “——”, not “${m[0]}”` }, dashFix);
  }
}

function parentheses(text: string, seg: ProseSegment, out: Out): void {
  const stack: number[] = [];
  for (const m of matchesIn(text, seg, /[()（）]/g)) {
    if (m[0] === '(' || m[0] === '（') {
      stack.push(m.start);
      continue;
    }
    const open = stack.pop();
    if (open === undefined) continue;
    const close = m.start;
    const openHalf = text[open] === '(';
    const closeHalf = text[close] === ')';
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
    const c = text[i];
    if (c === '“') depth++;
    else if (c === '”' && depth > 0) depth--;
  }
  return depths;
}

function straightQuotes(text: string, seg: ProseSegment, out: Out): void {
  const doubles: number[] = [];
  for (const m of matchesIn(text, seg, /"/g)) doubles.push(m.start);
  const singles: number[] = [];
  for (const m of matchesIn(text, seg, /'/g)) {
    // don't, O'Brien: an apostrophe inside a Latin word
    if (isAsciiWordChar(text[m.start - 1]) && isAsciiWordChar(text[m.start + 1])) continue;
    singles.push(m.start);
  }
  if (!doubles.length && !singles.length) return;

  const doublePairs: [number, number][] = [];
  for (let i = 0; i + 1 < doubles.length; i += 2) doublePairs.push([doubles[i], doubles[i + 1]]);
  const chineseContext = (o: number, c: number) => HAN_RUN.test(text.slice(o + 1, c)) || closesChinese(charAt(text, seg, o - 1)) || opensChinese(charAt(text, seg, c + 1));

  const depths = curlyDepthAt(text, seg, doubles);
  doublePairs.forEach(([o, c], i) => {
    if (!chineseContext(o, c)) return;
    const inner = depths[i * 2] > 0;
    const [l, r] = inner ? ['‘', '’'] : ['“', '”'];
    report(out, o, c + 1,
      inner
        ? { zh: '引号内的引号应使用单引号“‘’”', en: 'Quotes inside quotes are ‘’' }
        : { zh: '中文中应使用弯引号““”””', en: 'Use the Chinese quotes “” instead of straight quotes' },
      [fix({ zh: `改为“${l}${r}”`, en: `Change to ${l}${r}` }, [{ start: o, end: o + 1, newText: l }, { start: c, end: c + 1, newText: r }])]);
  });
  if (doubles.length % 2 === 1) {
    const last = doubles[doubles.length - 1];
    if (closesChinese(charAt(text, seg, last - 1)) || opensChinese(charAt(text, seg, last + 1))) {
      report(out, last, last + 1, { zh: '引号不成对', en: 'Unpaired quotation mark' });
    }
  }

  const insideDouble = (i: number) => doublePairs.some(([o, c]) => o < i && i < c) || curlyDepthAt(text, seg, [i])[0] > 0;
  for (let i = 0; i + 1 < singles.length; i += 2) {
    const [o, c] = [singles[i], singles[i + 1]];
    if (!HAN_RUN.test(text.slice(o + 1, c))) continue;
    const inner = insideDouble(o);
    const [l, r] = inner ? ['‘', '’'] : ['“', '”'];
    report(out, o, c + 1,
      inner
        ? { zh: '引号内的引号应使用“‘’”', en: 'Quotes inside quotes are ‘’' }
        : { zh: '中文引用先用双引号““””，单引号只用于引号内', en: 'Chinese quotes are “” on the outside; ‘’ only inside them' },
      [fix({ zh: `改为“${l}${r}”`, en: `Change to ${l}${r}` }, [{ start: o, end: o + 1, newText: l }, { start: c, end: c + 1, newText: r }])]);
  }
}

const PAIRS: { open: string; close: string; name: Localized }[] = [
  { open: '“', close: '”', name: { zh: '双引号', en: 'double quotes “”' } },
  { open: '‘', close: '’', name: { zh: '单引号', en: 'single quotes ‘’' } },
  { open: '《', close: '》', name: { zh: '书名号', en: 'title marks 《》' } },
  { open: '（', close: '）', name: { zh: '括号', en: 'brackets （）' } },
  { open: '【', close: '】', name: { zh: '方头括号', en: 'brackets 【】' } },
];

/** Marks that must open and close within a paragraph: unbalanced, reversed or wrongly nested. */
function balance(model: ReportModel, seg: ProseSegment, nextBlockStartsWithQuote: boolean, out: Out): void {
  const { text } = model;
  const s = text.slice(seg.start, seg.end);
  for (const pair of PAIRS) {
    if (!s.includes(pair.open) && !s.includes(pair.close)) continue;
    const opens: number[] = [];
    let problem: RuleFinding | undefined;
    let reversed = true;
    let seen = 0;
    for (let i = seg.start; i < seg.end; i++) {
      const c = text[i];
      if (c !== pair.open && c !== pair.close) continue;
      // China’s: a curly apostrophe inside a Latin word
      if (c === '’' && isAsciiWordChar(text[i - 1]) && isAsciiWordChar(text[i + 1])) continue;
      if (seg.protected.length && overlapsAny(seg.protected, i, i + 1)) continue;
      seen++;
      if (seen % 2 === 1 ? c !== pair.close : c !== pair.open) reversed = false;
      if (c === pair.open) {
        if (opens.length && pair.open === '“') {
          problem ??= { start: i, end: i + 1, message: { zh: '双引号内又出现前引号“：缺少后引号”，或内层引号应改用‘’', en: 'A “ opens inside “…”: a closing ” is missing, or the inner quotes should be ‘’' } };
        }
        opens.push(i);
      } else if (opens.length) {
        const o = opens.pop()!;
        if (pair.open === '《' && opens.length) {
          // 《关于印发《…》的通知》: inner title marks are 〈〉
          problem ??= {
            start: o, end: i + 1,
            message: { zh: '书名号内再用书名号时，内层用单书名号“〈〉”', en: 'Title marks inside title marks are 〈〉' },
            fixes: [fix({ zh: '内层改为“〈〉”', en: 'Change the inner pair to 〈〉' }, [{ start: o, end: o + 1, newText: '〈' }, { start: i, end: i + 1, newText: '〉' }])],
          };
        }
      } else {
        problem ??= { start: i, end: i + 1, message: { zh: `${pair.name.zh}不成对：“${pair.close}”前没有对应的“${pair.open}”`, en: `Unbalanced ${pair.name.en}: “${pair.close}” without an opening “${pair.open}”` } };
      }
    }
    if (!problem && opens.length) {
      // a quotation of several paragraphs: each opens with “, only the last closes
      if (pair.open === '“' && opens.length === 1 && opens[0] === seg.start && nextBlockStartsWithQuote) continue;
      const at = opens[opens.length - 1];
      problem = { start: at, end: at + 1, message: { zh: `${pair.name.zh}不成对：“${pair.open}”没有对应的“${pair.close}”`, en: `Unbalanced ${pair.name.en}: “${pair.open}” is never closed` } };
    }
    if (!problem) continue;
    if (reversed && seen >= 2 && seen % 2 === 0 && (pair.open === '“' || pair.open === '‘')) {
      // ”…“ typed the wrong way round throughout the paragraph
      const edits: TextEdit[] = [];
      for (let i = seg.start; i < seg.end; i++) {
        if (text[i] === pair.open) edits.push({ start: i, end: i + 1, newText: pair.close });
        else if (text[i] === pair.close) edits.push({ start: i, end: i + 1, newText: pair.open });
      }
      problem = {
        start: problem.start, end: problem.end,
        message: { zh: `${pair.name.zh}前后颠倒`, en: `Reversed ${pair.name.en}` },
        fixes: [fix({ zh: '调换前后引号', en: 'Swap opening and closing quotes' }, edits, false)],
      };
    }
    out.push(problem);
  }
}

function enumerationComma(text: string, seg: ProseSegment, out: Out): void {
  // 三、四次 is an approximate number: no 顿号 between adjacent numerals (GB/T 15834 4.5.3.4)
  for (const m of matchesIn(text, seg, /([一二三四五六七八九])、([一二三四五六七八九])(?=[次个名人项件条天周岁倍家所批种类位篇场轮])/g)) {
    const a = '一二三四五六七八九'.indexOf(m[1]);
    const b = '一二三四五六七八九'.indexOf(m[2]);
    const prev = text[m.start - 1];
    if (b !== a + 1 || (m.start > seg.start && /[第、一二三四五六七八九十百千万零〇]/.test(prev ?? ''))) continue;
    if (m.start === seg.start) continue;
    report(out, m.start + 1, m.start + 2,
      { zh: `概数“${m[1]}${m[2]}”之间不用顿号`, en: `No 、 inside the approximate number “${m[1]}${m[2]}”` },
      [fix({ zh: '删除顿号', en: 'Delete 、' }, [{ start: m.start + 1, end: m.start + 2, newText: '' }])]);
  }
  // “两个确立”“四个意识”, 《准则》《条例》: nothing between quoted or titled items (4.5.3.5)
  for (const m of matchesIn(text, seg, /”、“|》、《/g)) {
    report(out, m.start + 1, m.start + 2,
      { zh: '并列的引号或书名号之间通常不用顿号', en: 'Adjacent quoted or titled items take no 、 between them' },
      [fix({ zh: '删除顿号', en: 'Delete 、' }, [{ start: m.start + 1, end: m.start + 2, newText: '' }])], 'info');
  }
}

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
    segments.forEach((seg, i) => {
      halfWidthMarks(text, seg, out);
      dotsAndEllipses(text, seg, out);
      doubledMarks(text, seg, out);
      dashes(text, seg, out);
      parentheses(text, seg, out);
      straightQuotes(text, seg, out);
      enumerationComma(text, seg, out);
      const next = segments[i + 1];
      balance(model, seg, !!next && next.block !== seg.block && text[next.start] === '“', out);
    });
    return findings;
  },
};
