import { parseDocument } from 'yaml';
import {
  Block, FrontMatter, HeadingBlock, HeadingLevel, HeadingMarker, MarkerFamily,
  PlainBlock, ReportModel, Span, TableBlock,
} from './model';
import { chineseNumberAt, formatChineseNumber } from './numerals';
import { Derived } from './derived';
import { EMOJI_SOURCE, isInlineSpaceCode, isSentenceEndCode, mayStartEmoji, partitionPoint } from './text';

const CN = '一二三四五六七八九十百';

// Markers at the start of a line's content, each with the variants reviewers flag (domain rules N1–N6).
// These patterns define the accepted forms; markerAt reads the same forms by character codes.
//   chinese-paren  ^[（(]([CN]{1,3})[）)][、，,.．：:]?
//   arabic-paren   ^[（(]([0-9０-９]{1,3})[）)][、，,.．：:]?
//   chinese        ^([CN]{1,3})(?:、(?![CN])|[.．，,：:](?![CN0-9]))
//                  (`三、2025年工作打算` is a heading; `一、二季度` and `一.5` are not)
//   arabic         ^([0-9０-９]{1,3})[.．、](?![0-9０-９])
//   circled        ^([①-⑳])[、.．，,]?

/** The families by the index markerAt returns, and their heading levels. */
const FAMILIES: readonly MarkerFamily[] = ['chinese', 'chinese-paren', 'arabic', 'arabic-paren', 'circled'];
const LEVELS: readonly HeadingLevel[] = [1, 2, 3, 4, 5];
const CHINESE = 0;
const CHINESE_PAREN = 1;
const ARABIC = 2;
const ARABIC_PAREN = 3;
const CIRCLED = 4;

/** Markers made so far, by family index and number: a long report repeats the same few thousands of times. */
const canonicalMarkers: string[][] = FAMILIES.map(() => []);

export function canonicalMarker(family: MarkerFamily, n: number): string {
  return canonicalMarkerOf(FAMILIES.indexOf(family), n);
}

function canonicalMarkerOf(familyIndex: number, n: number): string {
  const family = FAMILIES[familyIndex];
  // a parsed marker has at most three digits, but renumbering a long document counts on past them
  if (!(Number.isInteger(n) && n >= 0 && n < 10_000)) return makeCanonicalMarker(family, n);
  const made = canonicalMarkers[familyIndex];
  return (made[n] ??= makeCanonicalMarker(family, n));
}

function makeCanonicalMarker(family: MarkerFamily, n: number): string {
  switch (family) {
    case 'chinese': return `${formatChineseNumber(n)}、`;
    case 'chinese-paren': return `（${formatChineseNumber(n)}）`;
    case 'arabic': return `${n}.`;
    case 'arabic-paren': return `（${n}）`;
    case 'circled': return String.fromCharCode(0x2460 + n - 1);
  }
}

// What each character can be in a numbering marker, by its UTF-16 code: bit flags.
const C_CN = 1; //           一二三四五六七八九十百
const C_DIGIT = 2; //        0-9 ０-９
const C_OPEN = 4; //         （ (
const C_CLOSE = 8; //        ） )
const C_AFTER_PAREN = 16; // 、，,.．：: (optional after a bracketed marker)
const C_AFTER_CN = 32; //    .．，,：: (after a bare Chinese numeral, besides 、)
const C_AFTER_ARABIC = 64; // .．、
const C_AFTER_CIRCLED = 128; // 、.．，,
const CHAR_CLASS = new Uint8Array(0x10000);
const flag = (chars: string, bit: number) => {
  for (const ch of chars) CHAR_CLASS[ch.charCodeAt(0)] |= bit;
};
flag(CN, C_CN);
flag('0123456789０１２３４５６７８９', C_DIGIT);
flag('（(', C_OPEN);
flag('）)', C_CLOSE);
flag('、，,.．：:', C_AFTER_PAREN);
flag('.．，,：:', C_AFTER_CN);
flag('.．、', C_AFTER_ARABIC);
flag('、.．，,', C_AFTER_CIRCLED);
const DUN = 0x3001; // 、
const CIRCLED_FIRST = 0x2460; // ①
const CIRCLED_LAST = 0x2473; // ⑳
const FULL_WIDTH_ZERO = 0xff10;

/** The value of the ASCII or full-width digits text[start, end). */
function digitsValue(text: string, start: number, end: number): number {
  let value = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    value = value * 10 + (code >= FULL_WIDTH_ZERO ? code - FULL_WIDTH_ZERO : code - 0x30);
  }
  return value;
}

/** Whether the code is a numeral of a heading number or an enumeration (一二三四五六七八九十百). */
export function isNumberingNumeral(code: number): boolean {
  return (CHAR_CLASS[code] & C_CN) !== 0;
}

/** How many numerals of a heading number or an enumeration start at `at`, counting to 4 at most: 4 means too many. */
export function numberingNumeralsAt(text: string, at: number): number {
  return runOf(text, at, text.length, C_CN);
}

/** How many characters of class `bit` start at `at` (before `end`), counting to 4 at most: 4 means too many. */
function runOf(text: string, at: number, end: number, bit: number): number {
  let n = 0;
  while (n < 4 && at + n < end && (CHAR_CLASS[text.charCodeAt(at + n)] & bit) !== 0) n++;
  return n;
}

/**
 * The numbering marker at the start of text[start, end), packed into one number: its length (bits 0–2),
 * its family's index (bits 3–5) and its number (the rest); 0 when there is none. No string is copied.
 */
function markerAt(text: string, start: number, end: number): number {
  if (start >= end) return 0;
  const first = text.charCodeAt(start);
  const cls = CHAR_CLASS[first];
  if (cls & C_OPEN) {
    // （一） or （1）, then an optional mark
    const cn = runOf(text, start + 1, end, C_CN);
    const digits = cn ? 0 : runOf(text, start + 1, end, C_DIGIT);
    const n = cn || digits;
    if (n === 0 || n > 3) return 0;
    const close = start + 1 + n;
    if (close >= end || !(CHAR_CLASS[text.charCodeAt(close)] & C_CLOSE)) return 0;
    const number = cn ? chineseNumberAt(text, start + 1, close) : digitsValue(text, start + 1, close);
    if (number <= 0) return 0;
    const length = close + 1 < end && (CHAR_CLASS[text.charCodeAt(close + 1)] & C_AFTER_PAREN) ? n + 3 : n + 2;
    return packMarker(cn ? CHINESE_PAREN : ARABIC_PAREN, number, length);
  }
  if (cls & C_CN) {
    // 一、 not before another numeral (一、二季度); 一. 一， 一： not before a numeral or an ASCII digit (一.5)
    const n = runOf(text, start, end, C_CN);
    const mark = start + n;
    if (n > 3 || mark >= end) return 0;
    const code = text.charCodeAt(mark);
    const next = mark + 1 < end ? CHAR_CLASS[text.charCodeAt(mark + 1)] : 0;
    const nextCode = mark + 1 < end ? text.charCodeAt(mark + 1) : -1;
    if (code === DUN) {
      if (next & C_CN) return 0;
    } else if (CHAR_CLASS[code] & C_AFTER_CN) {
      if ((next & C_CN) || (nextCode >= 0x30 && nextCode <= 0x39)) return 0;
    } else {
      return 0;
    }
    return packMarker(CHINESE, chineseNumberAt(text, start, mark), n + 1);
  }
  if (cls & C_DIGIT) {
    // 1. 1． 1、 not before another digit (1.5)
    const n = runOf(text, start, end, C_DIGIT);
    const mark = start + n;
    if (n > 3 || mark >= end || !(CHAR_CLASS[text.charCodeAt(mark)] & C_AFTER_ARABIC)) return 0;
    if (mark + 1 < end && (CHAR_CLASS[text.charCodeAt(mark + 1)] & C_DIGIT)) return 0;
    const number = digitsValue(text, start, mark);
    return number > 0 ? packMarker(ARABIC, number, n + 1) : 0;
  }
  if (first >= CIRCLED_FIRST && first <= CIRCLED_LAST) {
    const length = start + 1 < end && (CHAR_CLASS[text.charCodeAt(start + 1)] & C_AFTER_CIRCLED) ? 2 : 1;
    return packMarker(CIRCLED, first - CIRCLED_FIRST + 1, length);
  }
  return 0;
}

const packMarker = (familyIndex: number, number: number, length: number) => number * 64 + familyIndex * 8 + length;
const markerLength = (packed: number) => packed & 7;
const markerFamily = (packed: number) => (packed >> 3) & 7;
const markerNumber = (packed: number) => Math.floor(packed / 64);

/** Recognises a numbering marker at the start of `s` (a line's content). */
export function matchMarker(s: string): { family: MarkerFamily; number: number; length: number } | undefined {
  const packed = markerAt(s, 0, s.length);
  if (!packed) return undefined;
  return { family: FAMILIES[markerFamily(packed)], number: markerNumber(packed), length: markerLength(packed) };
}

// 2024年1月5日, and the forms a date is mistyped in (2024年1月5号, 2024.1.5, 2024-01-05, 2024/1/5),
// which the number-format rule corrects, and a date left blank (    年  月  日, 2025年  月  日, also with
// full-width blanks, which are gone here), which the placeholder rule reports
const DATE_RE = /^(?:(?:[0-9０-９]{4})?年(?:[0-9０-９]{1,2})?月[日号]|(?:[0-9０-９]{4}|20[Xx×]{2}|[Xx×]{4}|[〇零一二三四五六七八九]{4})年(?:[0-9０-９Xx×]{1,2}|[一二三四五六七八九十]{1,2}|元)月(?:(?:[0-9０-９Xx×]{1,2}|[一二三四五六七八九十]{1,3})[日号])?|[0-9０-９]{4}([.．/／\-－])[0-9０-９]{1,2}\1[0-9０-９]{1,2})$/;
const CLOSING_RE = /以上(?:述职|报告|汇报|对照检查|发言|是我的)|特此报告|请予(?:评议|审议)|批评指正|批评帮助|不妥之处|请审阅|请审议/;
/** A name alone (王某某, 李  强), as a 落款 of two lines ends: short, no label before it. */
function isBareName(s: string): boolean {
  return s.replace(/\s+/g, '').length <= 8 && !/[：:]/.test(s);
}

/**
 * A line that may stand above the name in a 落款 of two lines: the name of a unit or a post, short, with
 * no punctuation of a sentence or a label, no closing words, attachment or list item.
 */
function isSignatureAbove(s: string): boolean {
  return s.length <= 30 && UNIT_OR_POST_RE.test(s) && !/[。，；：！？,;:!?]/.test(s) && !CLOSING_RE.test(s) && !ATTACHMENT_RE.test(s)
    && !/^[0-9０-９]{1,2}[.．、]/.test(s);
}

/** How the name of a unit or a post ends: 某某县财政局, 党组书记、局长, 第一党支部. */
const UNIT_OR_POST_RE = /(?:局|委|办|厅|部|院|校|会|所|中心|公司|集团|党组|支部|总支|班子|政府|街道|镇|乡|村|社区|处|科|室|队|站|馆|行|社|署|书记|长|主任|委员|经理|主席|总监|负责人)$/;

/** 谢谢大家！, 感谢各位的聆听。: thanks on a line of their own. */
const THANKS_RE = /^(?:谢谢|感谢)(?:大家|各位(?:领导|同志)?)?(?:的?(?:聆听|倾听))?[！!。]?$/;
const ATTACHMENT_RE = /^附件(?:[：:]|\s*[0-9０-９]+[.．、：:]?)/;
/** The line that starts an attachment's page: `附件` or `附件1` alone. */
export const ATTACHMENT_PAGE_RE = /^附件\s*[0-9０-９]*$/;
const SUBTITLE_RE = /^(?:——|--|—|－－)/;
/**
 * The second line of a title broken in two: short, no sentence punctuation, ending in the name of a
 * report (…个人对照检查材料, …述职报告, …工作总结, 和2026年工作计划).
 */
const TITLE_CONTINUATION_RE = /^[^。，；：！？,;:!?]{2,40}(?:报告|材料|总结|提纲|计划|打算|思路|要点)$/;
/** A first title line that may go on in the next: no sentence punctuation, not a salutation. */
const TITLE_START_RE = /^[^。，；：！？,;:!?]{2,40}$/;
/** A 附注 under the 成文日期 (GB/T 9704 7.3.6), in round brackets: （此件公开发布）, （联系人：王芳，电话：…）. */
const NOTE_RE = /^[（(][^（）()\r\n]{1,60}[）)]$/;

export function isDateLine(s: string): boolean {
  return DATE_RE.test(s.replace(/\s+/g, ''));
}

/** A closing sentence such as 以上述职，请予评议。 or 特此报告。 */
export function isClosingLine(s: string): boolean {
  return CLOSING_RE.test(s) && s.length <= 120;
}

interface RawLine {
  index: number;
  start: number;
  end: number;
  content: Span;
  markupPrefix?: Span;
}

/** ”’）) */
const isClosingMark = (code: number) => code === 0x201d || code === 0x2019 || code === 0xff09 || code === 0x29;

/** Where each line starts and ends (before its break: LF, CRLF or CR), without copying the lines. */
interface LineTable {
  starts: number[];
  ends: number[];
}

/**
 * Per line of a parsed text: where it ends (before its break), its content without the spaces around
 * it (both at the line's end when it is blank), and the content's first and last code (0 when blank).
 * The parser notes them as it reads each line, so that a rule passing over every line need not read
 * the text at each line's ends again. Shared by every reader: never written to.
 */
export interface LineContents {
  ends: Int32Array;
  contentStarts: Int32Array;
  contentEnds: Int32Array;
  firstCodes: Uint16Array;
  lastCodes: Uint16Array;
}

const lineContentsOf = new Derived<LineContents>();

/** The line contents of a model (noted by `parseReport`; read from the text for a model made otherwise). */
export function lineContents(model: ReportModel): LineContents {
  const hit = lineContentsOf.get(model);
  if (hit) return hit;
  const { text, lineStarts } = model;
  const count = lineStarts.length;
  const ends = new Int32Array(count);
  for (let i = 0; i < count; i++) {
    let end = text.length;
    if (i + 1 < count) {
      end = lineStarts[i + 1];
      if (text.charCodeAt(end - 1) === 0x0a) end--;
      if (text.charCodeAt(end - 1) === 0x0d) end--;
    }
    ends[i] = end;
  }
  const contents = emptyLineContents(ends);
  noteLineContents(text, lineStarts, contents, 0, count);
  return lineContentsOf.set(model, contents);
}

function emptyLineContents(ends: Int32Array): LineContents {
  const count = ends.length;
  return {
    ends, contentStarts: new Int32Array(count), contentEnds: new Int32Array(count), firstCodes: new Uint16Array(count), lastCodes: new Uint16Array(count),
  };
}

/** Notes line `i`'s content text[a, b), spaces trimmed. */
function noteLineContent(text: string, contents: LineContents, i: number, a: number, b: number): void {
  contents.contentStarts[i] = a;
  contents.contentEnds[i] = b;
  if (b > a) {
    contents.firstCodes[i] = text.charCodeAt(a);
    contents.lastCodes[i] = text.charCodeAt(b - 1);
  }
}

/** Notes the contents of lines `from` to `to` (exclusive), reading the text. */
function noteLineContents(text: string, starts: readonly number[], contents: LineContents, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    let a = starts[i];
    let b = contents.ends[i];
    while (a < b && isInlineSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isInlineSpaceCode(text.charCodeAt(b - 1))) b--;
    noteLineContent(text, contents, i, a, b);
  }
}

function lineTable(text: string): LineTable {
  const starts: number[] = [];
  const ends: number[] = [];
  const first = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  // only LF, as most texts: looking for it is several times faster than the regex
  const last = text.includes('\r') ? linesOfAnyBreak(text, first, starts, ends) : linesOfLf(text, first, starts, ends);
  starts.push(last);
  ends.push(text.length);
  return { starts, ends };
}

// The two loops below are functions of their own with nothing after them: the engine optimizes a loop
// while it runs, and code after it that had not run yet then would send that code back to the
// interpreter on every parse.

/** Notes each line ended by LF from `start` on; returns where the last line starts. */
function linesOfLf(text: string, start: number, starts: number[], ends: number[]): number {
  for (let lf = text.indexOf('\n', start); lf >= 0; lf = text.indexOf('\n', start)) {
    starts.push(start);
    ends.push(lf);
    start = lf + 1;
  }
  return start;
}

/** Notes each line ended by LF, CRLF or CR from `start` on; returns where the last line starts. */
function linesOfAnyBreak(text: string, start: number, starts: number[], ends: number[]): number {
  const re = /\r\n|\n|\r/g;
  re.lastIndex = start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    starts.push(start);
    ends.push(m.index);
    start = m.index + m[0].length;
  }
  return start;
}

/** - * +: the bullets of a Markdown list. */
const isBullet = (code: number) => code === 0x2d || code === 0x2a || code === 0x2b;

/** [ \t\u3000]: the spaces a Markdown heading's `#` marks may be followed by. */
const isHashSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0x3000;

/**
 * Where the content starts after a prefix of `#` marks in text[a, b) (which starts with `#`), or -1
 * when those marks are no Markdown heading's: `## 一、…` or `##一、…` are, a bare `##word##` (a site
 * marker) is not. As /^#{1,6}(?:[ \t\u3000]+|(?=[^#]))/ followed by spaces or a marker.
 */
function hashPrefixEnd(text: string, a: number, b: number): number {
  let marks = a;
  while (marks < b && text.charCodeAt(marks) === 0x23) marks++;
  if (marks - a > 6 || marks >= b) return -1;
  let after = marks;
  while (after < b && isHashSpace(text.charCodeAt(after))) after++;
  if (after > marks) return after < b ? after : -1;
  return markerAt(text, marks, b) ? marks : -1;
}

/**
 * The heading inside text[a, b) when that is a whole line in bold holding a numbering marker
 * (`**一、总体情况**`, `** （一）加强学习 **`), without the marks and the spaces inside them; undefined
 * for a bold paragraph (`**注意**：…`) or a bold heading sentence with body text after it.
 */
function boldHeading(text: string, a: number, b: number): Span | undefined {
  if (b - a < 5 || text.charCodeAt(b - 1) !== 0x2a || text.charCodeAt(b - 2) !== 0x2a) return undefined;
  let start = a + 2;
  while (start < b - 2 && isInlineSpaceCode(text.charCodeAt(start))) start++;
  let end = b - 2;
  while (end > start && isInlineSpaceCode(text.charCodeAt(end - 1))) end--;
  if (end <= start || text.slice(start, end).includes('**')) return undefined;
  return markerAt(text, start, end) ? { start, end } : undefined;
}

/** *，、；：,;: — after a closing `**`, what shows the bold was no heading sentence. */
const GOES_ON_AFTER_BOLD = new Set([...'*，、；：,;:'].map((c) => c.charCodeAt(0)));

/**
 * A run-in heading whose heading sentence is set in bold (`**（一）强化责任。**认真履行…`, as Markdown drafts
 * write them): where its marker starts after the opening `**` and spaces, and where the closing `**` is;
 * undefined unless bold text starting with a marker and holding more than it closes before body text.
 */
function boldRunIn(text: string, a: number, b: number): { start: number; close: number } | undefined {
  let start = a + 2;
  while (start < b && isInlineSpaceCode(text.charCodeAt(start))) start++;
  const marker = markerAt(text, start, b);
  if (!marker) return undefined;
  const close = text.indexOf('**', start);
  if (close < 0 || close + 2 >= b || close <= start + markerLength(marker)) return undefined;
  // body text after the bold, and the bold text holding more than spaces after the marker
  let body = close + 2;
  while (body < b && isInlineSpaceCode(text.charCodeAt(body))) body++;
  let inner = start + markerLength(marker);
  while (inner < close && isInlineSpaceCode(text.charCodeAt(inner))) inner++;
  // bold closed before ，、；： emphasises words of a sentence that goes on (**1.完善制度**，建立…): no heading sentence
  return body < b && inner < close && !GOES_ON_AFTER_BOLD.has(text.charCodeAt(close + 2)) ? { start, close } : undefined;
}

/** Emoji (as the site-residue rule reports them), then spaces. */
const EMOJI_RUN_RE = new RegExp(`(?:${EMOJI_SOURCE})+[ \\t\\u00a0\\u3000]*`, 'uy');

/** Where the heading starts after emoji at text[a, b) (`📌一、…`), or -1 when no numbering marker follows them. */
function emojiHeadingStart(text: string, a: number, b: number): number {
  EMOJI_RUN_RE.lastIndex = a;
  if (!EMOJI_RUN_RE.test(text)) return -1;
  const after = EMOJI_RUN_RE.lastIndex;
  return after < b && markerAt(text, after, b) ? after : -1;
}

/** A line's content without its indentation, trailing spaces and `#` prefix (for table rows); undefined when blank. */
function contentOf(text: string, lines: LineTable, contents: LineContents, index: number): RawLine | undefined {
  const start = lines.starts[index];
  const end = lines.ends[index];
  let a = start;
  let b = end;
  while (a < b && isInlineSpaceCode(text.charCodeAt(a))) a++;
  while (b > a && isInlineSpaceCode(text.charCodeAt(b - 1))) b--;
  noteLineContent(text, contents, index, a, b);
  if (b <= a) return undefined;
  const raw: RawLine = { index, start, end, content: { start: a, end: b }, markupPrefix: undefined };
  if (text.charCodeAt(a) === 0x23 /* # */) {
    const after = hashPrefixEnd(text, a, b);
    if (after >= 0) {
      raw.markupPrefix = { start: a, end: after };
      raw.content = { start: after, end: b };
    }
  }
  return raw;
}

function parseFrontMatter(text: string, lines: LineTable): { frontMatter?: FrontMatter; nextLine: number } {
  const count = lines.starts.length;
  const lineText = (i: number) => text.slice(lines.starts[i], lines.ends[i]).trimEnd();
  if (count < 2 || lineText(0) !== '---') return { nextLine: 0 };
  const limit = Math.min(count, 200);
  for (let i = 1; i < limit; i++) {
    const t = lineText(i);
    if (t !== '---' && t !== '...') continue;
    const body = { start: lines.starts[1], end: lines.starts[i] };
    const doc = parseDocument(text.slice(body.start, body.end), { prettyErrors: false });
    const fm: FrontMatter = { span: { start: lines.starts[0], end: lines.ends[i] }, body, data: {} };
    if (doc.errors.length) {
      const e = doc.errors[0];
      const at = body.start + (e.pos?.[0] ?? 0);
      fm.error = { message: e.message.split('\n')[0], span: { start: at, end: Math.min(body.end, Math.max(at + 1, body.start + (e.pos?.[1] ?? 0))) } };
    } else {
      const value: unknown = doc.toJS();
      if (value && typeof value === 'object' && !Array.isArray(value)) fm.data = value as Record<string, unknown>;
    }
    return { frontMatter: fm, nextLine: i + 1 };
  }
  return { nextLine: 0 };
}

function tableCells(text: string, raw: RawLine): Span[] {
  const cells: Span[] = [];
  const s = text.slice(raw.content.start, raw.content.end);
  let i = s.startsWith('|') ? 1 : 0;
  const stop = s.endsWith('|') && s.length > 1 ? s.length - 1 : s.length;
  let cellStart = i;
  for (; i <= stop; i++) {
    if (i === stop || (s[i] === '|' && s[i - 1] !== '\\')) {
      let a = cellStart;
      let b = i;
      while (a < b && /\s/.test(s[a])) a++;
      while (b > a && /\s/.test(s[b - 1])) b--;
      cells.push({ start: raw.content.start + a, end: raw.content.start + b });
      cellStart = i + 1;
    }
  }
  return cells;
}

const TABLE_DELIMITER = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$/;

/** Parses a report. Pure and total: any string gives a model. */
export function parseReport(text: string): ReportModel {
  const lines = lineTable(text);
  const { starts, ends } = lines;
  const lineCount = starts.length;
  const { frontMatter, nextLine } = parseFrontMatter(text, lines);
  const contents = emptyLineContents(new Int32Array(ends));
  noteLineContents(text, starts, contents, 0, nextLine);
  const { contentStarts, contentEnds, firstCodes, lastCodes } = contents;
  const blocks: Block[] = [];
  const headings: HeadingBlock[] = [];
  const comments: PlainBlock[] = [];
  const startingWithFu: PlainBlock[] = [];

  for (let i = nextLine; i < lineCount; i++) {
    const start = starts[i];
    const end = ends[i];
    let a = start;
    let b = end;
    while (a < b && isInlineSpaceCode(text.charCodeAt(a))) a++;
    while (b > a && isInlineSpaceCode(text.charCodeAt(b - 1))) b--;
    contentStarts[i] = a;
    contentEnds[i] = b;
    if (b <= a) continue;
    const firstCode = text.charCodeAt(a);
    firstCodes[i] = firstCode;
    lastCodes[i] = text.charCodeAt(b - 1);
    let markupPrefix: Span | undefined;
    let contentStart = a;
    // the closing `**` of a bold run-in heading sentence, inside the line's content
    let boldClose = -1;
    if (firstCode === 0x23 /* # */) {
      const after = hashPrefixEnd(text, a, b);
      if (after >= 0) {
        markupPrefix = { start: a, end: after };
        contentStart = after;
      }
    } else if (isBullet(firstCode) && isInlineSpaceCode(text.charCodeAt(a + 1))) {
      // a Markdown list item is a paragraph of its own in 公文: the bullet is markup, not text
      let after = a + 2;
      while (after < b && isInlineSpaceCode(text.charCodeAt(after))) after++;
      if (after < b) {
        markupPrefix = { start: a, end: after };
        contentStart = after;
      }
    }
    if (text.charCodeAt(contentStart) === 0x2a && text.charCodeAt(contentStart + 1) === 0x2a) {
      // a heading set in bold as a whole line (**一、总体情况**), as Markdown drafts often do: the marks are markup
      const inner = boldHeading(text, contentStart, b);
      if (inner) {
        markupPrefix = { start: markupPrefix?.start ?? contentStart, end: inner.start };
        contentStart = inner.start;
        b = inner.end;
      } else {
        // a run-in heading sentence in bold, its body after it (**（一）强化责任。**认真履行…)
        const runIn = boldRunIn(text, contentStart, b);
        if (runIn) {
          markupPrefix = { start: markupPrefix?.start ?? contentStart, end: runIn.start };
          contentStart = runIn.start;
          boldClose = runIn.close;
        }
      }
    }
    if (mayStartEmoji(text.charCodeAt(contentStart))) {
      // an emoji a content site set before a heading (📌一、…) hides no heading: the site-residue rule reports it
      const after = emojiHeadingStart(text, contentStart, b);
      if (after >= 0) {
        markupPrefix = { start: markupPrefix?.start ?? contentStart, end: after };
        contentStart = after;
      }
    }
    const first = text.charCodeAt(contentStart);
    if (first === 0x7c /* | */ && !markupPrefix) {
      // consecutive `|` lines form one table
      const rows: Span[][] = [];
      let hasHeader = false;
      let j = i;
      let last: RawLine | undefined; // the table's first row is this line
      for (; j < lineCount; j++) {
        const r = contentOf(text, lines, contents, j);
        if (!r || r.markupPrefix || !text.startsWith('|', r.content.start)) break;
        const rowText = text.slice(r.content.start, r.content.end);
        if (TABLE_DELIMITER.test(rowText)) {
          if (rows.length === 1) hasHeader = true;
        } else {
          rows.push(tableCells(text, r));
        }
        last = r;
      }
      const table: TableBlock = {
        kind: 'table', line: i, endLine: last!.index,
        span: { start, end: last!.end }, content: { start: contentStart, end: last!.content.end },
        markupPrefix: undefined, rows, hasHeader,
      };
      blocks.push(table);
      i = j - 1;
      continue;
    }
    // Spans are never written to once made: a line written without indentation or trailing space
    // has one span for both the line and its content.
    const span: Span = { start, end };
    const content: Span = contentStart === start && b === end ? span : { start: contentStart, end: b };
    if (first === 0x3c /* < */ && text.startsWith('<!--', contentStart) && text.endsWith('-->', b)) {
      // explicit object literals: spreading here made object construction the parser's main cost
      const comment: PlainBlock = {
        kind: 'comment', line: i, endLine: i, span, content, markupPrefix,
      };
      blocks.push(comment);
      comments.push(comment);
      continue;
    }
    const marker = markerAt(text, contentStart, b);
    if (marker) {
      const family = markerFamily(marker);
      const number = markerNumber(marker);
      const markerEnd = contentStart + markerLength(marker);
      const markerSpan = { start: contentStart, end: markerEnd };
      let after = markerEnd;
      while (after < b && isInlineSpaceCode(text.charCodeAt(after))) after++;
      const canonical = canonicalMarkerOf(family, number);
      // most markers are written in their canonical form: then that string serves, with no copy
      const markerText = markerEnd - contentStart === canonical.length && text.startsWith(canonical, contentStart)
        ? canonical : text.slice(contentStart, markerEnd);
      const headingMarker: HeadingMarker = {
        family: FAMILIES[family],
        number,
        text: markerText,
        span: markerSpan,
        canonical,
        wellFormed: markerText === canonical || (family === ARABIC && markerText === `${number}．`),
      };
      if (after > markerEnd) headingMarker.trailingSpace = { start: markerEnd, end: after };
      let stop = after;
      while (stop < b && !isSentenceEndCode(text.charCodeAt(stop))) stop++;
      let headingText: Span | undefined;
      let body: Span | undefined;
      let innerMarkup: Span | undefined;
      if (boldClose >= 0) {
        // the bold ends the heading sentence; a 。 just after the bold still ends it (**（一）强化责任**。认真…)
        headingText = { start: after, end: boldClose };
        let bodyStart = boldClose + 2;
        if (bodyStart < b && isSentenceEndCode(text.charCodeAt(bodyStart))) bodyStart++;
        while (bodyStart < b && isInlineSpaceCode(text.charCodeAt(bodyStart))) bodyStart++;
        innerMarkup = { start: boldClose, end: boldClose + 2 };
        body = { start: bodyStart, end: b };
      } else if (stop < b) {
        let bodyStart = stop + 1;
        // a closing quote or bracket right after the 。 still belongs to the heading sentence
        while (bodyStart < b && isClosingMark(text.charCodeAt(bodyStart))) bodyStart++;
        const headEnd = bodyStart;
        while (bodyStart < b && isInlineSpaceCode(text.charCodeAt(bodyStart))) bodyStart++;
        if (bodyStart < b) {
          headingText = { start: after, end: headEnd };
          body = { start: bodyStart, end: b };
        }
      }
      const heading: HeadingBlock = {
        kind: 'heading', line: i, endLine: i, span, content, markupPrefix,
        level: LEVELS[family], marker: headingMarker, headingText: headingText ?? { start: after, end: b }, body,
      };
      if (innerMarkup) heading.innerMarkup = innerMarkup;
      blocks.push(heading);
      headings.push(heading);
      continue;
    }
    const paragraph: PlainBlock = {
      kind: 'paragraph', line: i, endLine: i, span, content, markupPrefix,
    };
    blocks.push(paragraph);
    if (first === 0x9644 /* 附 */) startingWithFu.push(paragraph);
  }

  const model: ReportModel = {
    text, frontMatter, blocks, headings, opening: [], attachments: [], comments,
    lineStarts: starts,
  };
  classifyFrame(model, comments.length > 0, startingWithFu);
  lineContentsOf.set(model, contents);
  return model;
}

/** The index of the block whose content starts at `offset` (blocks in text order), or -1. */
function blockStartingAt(blocks: readonly Block[], offset: number): number {
  const lo = partitionPoint(blocks.length, (k) => blocks[k].content.start >= offset);
  return lo < blocks.length && blocks[lo].content.start === offset ? lo : -1;
}

/**
 * Finds title, subtitle, salutation, opening, closing, signature, date and attachments. `startingWithFu`:
 * the paragraphs whose content starts with 附, in order.
 */
function classifyFrame(model: ReportModel, hasComments: boolean, startingWithFu: readonly PlainBlock[]): void {
  const { text, blocks } = model;
  const str = (b: Block) => text.slice(b.content.start, b.content.end);
  // without comments every block counts (blocks replaced below are then replaced in both at once)
  const meaningful = hasComments ? blocks.filter((b) => b.kind !== 'comment') : blocks;
  if (!meaningful.length) return;

  let k = 0;
  const first = meaningful[0];
  if (first.kind === 'paragraph' && !isDateLine(str(first))) {
    first.kind = 'title';
    model.title = first as PlainBlock;
    k = 1;
    const second = meaningful[1];
    // a title broken over two lines: the second line right under the first, ending in the report's name
    if (second && second.kind === 'paragraph' && second.line === first.endLine + 1 && TITLE_START_RE.test(str(first))
      && TITLE_CONTINUATION_RE.test(str(second)) && !SUBTITLE_RE.test(str(second))) {
      second.kind = 'title';
      model.titleContinuation = second as PlainBlock;
      k = 2;
    }
    const next = meaningful[k];
    if (next && next.kind === 'paragraph' && SUBTITLE_RE.test(str(next))) {
      next.kind = 'subtitle';
      model.subtitle = next as PlainBlock;
      k++;
    }
  }
  const maybeSalutation = meaningful[k];
  if (maybeSalutation && maybeSalutation.kind === 'paragraph') {
    const s = str(maybeSalutation);
    if (/[：:]$/.test(s) && s.length <= 40 && !/[。！？]/.test(s)) {
      maybeSalutation.kind = 'salutation';
      k++;
    }
  }
  for (let i = k; i < meaningful.length && meaningful[i].kind === 'paragraph'; i++) {
    model.opening.push(meaningful[i] as PlainBlock);
  }

  // The tail, read backwards: date, signature, attachment notes, closing sentence. Attachments printed
  // after the report (a line `附件1` starting their page, GB/T 9704 7.3.7) follow the tail.
  const floor = k + model.opening.length - 1; // never reach into title or opening
  let end = meaningful.length - 1;
  // only the paragraphs that start with 附 (seldom) are read
  for (const block of startingWithFu) {
    const i = blockStartingAt(meaningful, block.content.start);
    if (i > floor && meaningful[i].kind === 'paragraph' && ATTACHMENT_PAGE_RE.test(str(meaningful[i]))) {
      end = i - 1;
      break;
    }
  }
  const isPlain = (b: Block) => b.kind === 'paragraph';
  // a 附注 under the date stays a paragraph of its own (set like one, indented two characters)
  if (end > floor + 1 && isPlain(meaningful[end]) && isPlain(meaningful[end - 1]) && NOTE_RE.test(str(meaningful[end]))
    && isDateLine(str(meaningful[end - 1]))) end--;
  if (end > floor && isPlain(meaningful[end]) && isDateLine(str(meaningful[end]))) {
    meaningful[end].kind = 'date';
    model.date = meaningful[end] as PlainBlock;
    end--;
  }
  if (end > floor && isPlain(meaningful[end])) {
    const s = str(meaningful[end]);
    if (s.length <= 30 && !/[。，；！？,;!?]/.test(s) && !CLOSING_RE.test(s) && (model.date || /^(述职人|报告人|发言人|署名)[：:]/.test(s))) {
      meaningful[end].kind = 'signature';
      model.signature = meaningful[end] as PlainBlock;
      end--;
      // a 落款 on two lines, the unit or post right above the name (县发展和改革局党组书记、局长 / 王某某)
      const above = meaningful[end];
      if (model.date && end > floor && isPlain(above) && above.line === model.signature.line - 1 && isBareName(s)
        && isSignatureAbove(str(above))) {
        above.kind = 'signature';
        model.signatureContinuation = model.signature;
        model.signature = above as PlainBlock;
        end--;
      }
    }
  }
  // attachment notes sit between the closing sentence and the signature (GB/T 9704 7.3.4)
  // (the second and later items of a list `附件：1.…` / `2.…` were read as level-3 headings)
  // (an item starting with a year, `2.2025年…`, is no heading: it is a paragraph here)
  const isListedItem = (b: Block) => (b.kind === 'heading' && b.marker.family === 'arabic')
    || (b.kind === 'paragraph' && /^[0-9０-９]{1,2}[.．]/.test(str(b)));
  let a = end;
  while (a > floor && isListedItem(meaningful[a])) a--;
  if (a > floor && isPlain(meaningful[a]) && ATTACHMENT_RE.test(str(meaningful[a]))) {
    for (let i = a; i <= end; i++) {
      const b = meaningful[i];
      if (b.kind === 'heading') model.headings.splice(model.headings.indexOf(b), 1);
      const note: PlainBlock = {
        kind: 'attachment', line: b.line, endLine: b.endLine, span: b.span, content: b.content,
        markupPrefix: b.markupPrefix,
      };
      blocks[hasComments ? blocks.indexOf(b) : i] = note;
      model.attachments.push(note);
    }
    end = a - 1;
  }
  // a report read aloud often thanks its listeners after the closing sentence: the closing is the sentence before
  if (end > floor + 1 && isPlain(meaningful[end]) && THANKS_RE.test(str(meaningful[end])) && isPlain(meaningful[end - 1])
    && isClosingLine(str(meaningful[end - 1]))) end--;
  if (end > floor && isPlain(meaningful[end]) && isClosingLine(str(meaningful[end]))) {
    meaningful[end].kind = 'closing';
    model.closing = meaningful[end] as PlainBlock;
  }
}
