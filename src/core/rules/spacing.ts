import { Block, ReportModel } from '../model';
import { finding, Rule, RuleFinding } from '../lint/types';
import { lineContents } from '../parse';
import { HAN, mayStartEmoji } from '../text';
import { isBlankDateSpace } from './placeholder';
import { isPageNumberLine } from './siteResidue';
import {
  characterPositions, isAsciiWordChar, isCjkChar, isHanChar, overlapsAny, proseSegments, segmentEndingAfter, sharedCharacterSet, touchesAny,
} from './prose';

/**
 * Spaces and line breaks left by PDF extraction and web pages: spaces inside Chinese text
 * (`有时 未能第 一时间`), before or after Chinese punctuation (`不充分 。`), between Chinese and
 * Latin letters or digits (`2025 年`, `4 次` — 公文 puts no space there), and a sentence broken
 * across two lines. Spaces inside Latin text are left alone; so are the aligned names of a 落款, the
 * space between jointly issuing bodies (`中共中央 国务院`), between the parts of a title
 * (`凝心聚力抓质量 守正创新促发展`) and between position and name in a byline (`县财政局副局长 周文博`),
 * and spaces around a page number (`— 3 —`), which touch no Chinese character.
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

// Jointly issuing bodies are written with a space between their names (党政机关公文格式 usage):
// 中共中央 国务院, 中共中央办公厅 国务院办公厅, 省委办公厅 省政府办公厅, 市委 市政府, 县纪委监委 县委组织部.
// A name starts with the level or the organ (中共, 国务院, 省, 县 …) and ends like a body (办公厅, 政府,
// 委, 局 …); a few central bodies have names of their own (财政部, 税务总局 …). Both sides of the space
// must be such a name, so `全部 工作`, `县委 书记` stay stray spaces.
/** Placeholder letters that stand for a place in a template (`××县委`, `XX市政府`). */
const PLACEHOLDER = '(?:[Xx×＊*○□]{1,4})?';
const BODY_START = '(?:中国共产党|中共|党中央|中央|国务院|全国|国家|最高人民|自治区|自治州|省|市|州|盟|县|区|旗|乡|镇|街道|村|社区|团)';
/** Characters no body's name holds: they belong to the sentence around it. */
const NOT_IN_NAME = '的了是在对把被将要就都也着过而并这那些我你他与及或于为以从向给让使';
const NAME_MIDDLE = `(?:(?![${NOT_IN_NAME}])[${HAN}]){0,10}?`;
/** 部 and 局 end some common words (全部, 干部, 大局, 格局) that are no body. */
const BODY_END = '(?:中央|国务院|办公厅|办公室|委员会|常委会|人大|政协|党委|党组|党工委|工委|政府|纪委|监委|总工会|妇联|工商联|科协|文联|残联|侨联|总局|总署|中心|总支'
  + '|(?<![全内外局干细东西南北])部|(?<![全大格布开结当])局|厅|委|办|院|署)';
/** Central bodies whose names hold no level and end: 国务院, 财政部 税务总局, 教育部 财政部. */
const CENTRAL_BODY = '(?:国务院|党中央|中央军委|财政部|教育部|公安部|民政部|司法部|商务部|外交部|科技部|水利部|审计署|税务总局|市场监管总局|人力资源(?:和)?社会保障部'
  + '|自然资源部|生态环境部|住房(?:和)?城乡建设部|交通运输部|农业农村部|文化和旅游部|应急管理部|退役军人事务部|工业和信息化部|中国人民银行)';
const BODY_NAME = `(?:${PLACEHOLDER}${BODY_START}${NAME_MIDDLE}${BODY_END}|${CENTRAL_BODY})`;
const ENDS_WITH_BODY = new RegExp(`${BODY_NAME}$`);
const STARTS_WITH_BODY = new RegExp(`^${BODY_NAME}`);
/** The last characters of the names in BODY_END and CENTRAL_BODY: a space after any other is no joint. */
const BODY_LAST = codesOf('央院厅室会委大协组府联局署心支部办行');
/** How far a name may reach either side of the space (a name is at most 20 characters long). */
const NAME_REACH = 20;

/** Whether the space run [start, end) stands between the names of two bodies (`中共中央 国务院`). */
function betweenBodies(text: string, start: number, end: number, segStart: number, segEnd: number): boolean {
  if (end - start > 2) return false;
  return ENDS_WITH_BODY.test(text.slice(Math.max(segStart, start - NAME_REACH), start))
    && STARTS_WITH_BODY.test(text.slice(end, Math.min(segEnd, end + NAME_REACH)));
}

// A title in two or more parallel parts is written with spaces between them (凝心聚力抓质量 守正创新促发展,
// 守初心 担使命); a byline puts a space between position (or unit) and name (县财政局副局长 周文博, 述职人 张三).
/** Emphasis marks around a Markdown line (`**县财政局副局长 周文博**`). */
const EMPHASIS_MARK = codesOf('*_');
const SPACE_RUN = /[ \t\u00a0\u3000]+/;
/** Marks that end or divide a sentence: a line that holds one is prose, no title or byline. */
const SENTENCE_MARK = /[，。；！？：,;!?:]/;
/** The longest byline: a unit, a position and a name. */
const MAX_BYLINE = 30;
/** A position, a role or a body before the name. */
const BYLINE_LEFT = new RegExp(`(?:长|书记|主任|委员|主席|经理|总监|人|员|师|代表|会计|秘书|助理|督学|主管|董事|理事|监事|${BODY_END})$`);
/** A name: two to four Han characters, or a name with a middle dot (阿依古丽·买买提); or a template's slot for one (XXX, ×××, （姓名）). */
const PERSON_NAME = new RegExp(`^(?:[${HAN}]{2,4}|[${HAN}]{1,8}·[${HAN}]{1,8}|[XxＸ×]{2,4}|[（【(](?:姓名|名字)[）】)])$`);

/** Whether the spaces of a title or subtitle set apart parallel parts: three characters each at least, the longest at most twice the shortest. */
function partedTitle(parts: string[]): boolean {
  let min = Infinity;
  let max = 0;
  for (const part of parts) {
    min = Math.min(min, part.length);
    max = Math.max(max, part.length);
  }
  return min >= 3 && max <= 2 * min;
}

/** Whether the parts are a byline: positions or units, then a name. */
function byline(parts: string[]): boolean {
  if (!PERSON_NAME.test(parts[parts.length - 1])) return false;
  for (let i = 0; i < parts.length - 1; i++) if (!BYLINE_LEFT.test(parts[i])) return false;
  return true;
}

/** Whether the spaces inside the block separate the parts of a title or of a byline, and so stay. */
function spacedBlock(text: string, block: Block): boolean {
  if (block.kind === 'heading' || block.kind === 'table') return false;
  const { start, end } = block.content;
  if (end - start > MAX_BYLINE + 4 && block.kind !== 'title' && block.kind !== 'subtitle') return false;
  let from = start;
  let to = end;
  while (from < to && EMPHASIS_MARK[text.charCodeAt(from)]) from++;
  while (to > from && EMPHASIS_MARK[text.charCodeAt(to - 1)]) to--;
  const line = text.slice(from, to);
  if (line.includes('\n') || SENTENCE_MARK.test(line)) return false;
  const parts = line.split(SPACE_RUN);
  if (parts.length < 2) return false;
  if ((block.kind === 'title' || block.kind === 'subtitle') && partedTitle(parts)) return true;
  return line.length <= MAX_BYLINE && byline(parts);
}


/** Whether [start, end) holds a ， or a 、. */
function holdsComma(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xff0c || code === 0x3001) return true;
  }
  return false;
}

/** + - * start a Markdown bullet, * and # a bold or heading prefix: the content may start after them. */
const MAY_START_MARKUP = codesOf('+-*#');

/**
 * Whether `brokenLine` may find the sentence broken after a line whose trimmed content ends with
 * `last` and has `length` code units, the next line's starting with `first` (0 when blank). The
 * block's content is the line's unless Markdown or an emoji starts the line or bold ends it (`*`),
 * so any other line is judged by its codes as `brokenLine` would judge them.
 */
function mayBreakAfter(last: number, first: number, length: number): boolean {
  if (last === 0 || first === 0) return false;
  if (MAY_START_MARKUP[first] || mayStartEmoji(first) || last === 0x2a) return true;
  return NO_LINE_START[first] === 1 || OPEN_END[last] === 1
    || (!CLOSED_END[last] && length >= MIN_BROKEN_LENGTH && isHanOrAsciiWord(first) && isHanOrAsciiWord(last));
}

/** The index of the block ending on `line`, searched from `from` (blocks in order, a line or more each), or -1. */
function blockEndingAt(blocks: readonly Block[], from: number, line: number): number {
  let lo = from;
  let hi = Math.min(blocks.length, line + 1);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (blocks[mid].endLine < line) lo = mid + 1;
    else hi = mid;
  }
  return lo < blocks.length && blocks[lo].endLine === line ? lo : -1;
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
  // a page number pasted between the lines is no part of the sentence (site-residue's to remove)
  // (the whole line: a Markdown bullet may have taken the dash before it, `- 4 -`)
  if (isPageNumberLine(text.slice(block.span.start, block.span.end)) || isPageNumberLine(text.slice(next.span.start, next.span.end))) return undefined;
  // Latin words on both sides of the break keep a space between them
  const joiner = /[A-Za-z]/.test(text[end - 1]) && /[A-Za-z]/.test(text[nextStart]) ? ' ' : '';
  return finding(Math.max(start, end - 1), end, { zh: '句子在此断行：下一行是本段的接续', en: 'The sentence breaks here: the next line continues this paragraph' }, [{ title: { zh: '与下一行合并', en: 'Join with the next line' }, edits: [{ start: end, end: nextStart, newText: joiner }], safe: false, cleanUp: true }]);
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
    // whether the spaces of the block last asked about set apart the parts of a title or a byline
    let spacedBlockAsked: Block | undefined;
    let spaced = false;
    const partsSpaced = (block: Block) => {
      if (spacedBlockAsked !== block) spaced = spacedBlock(text, (spacedBlockAsked = block));
      return spaced;
    };
    const segments = spaces.length ? proseSegments(model) : [];
    let s = 0;
    for (let p = 0; p < spaces.length; p++) {
      // the segment holding the space, searched for: spaces are few, segments many
      s = segmentEndingAfter(segments, s, spaces[p]);
      if (s === segments.length) break;
      const seg = segments[s];
      const start = spaces[p];
      let end = start + 1;
      while (p + 1 < spaces.length && spaces[p + 1] === end && end < seg.end) {
        p++;
        end++;
      }
      if (seg.protected.length && overlapsAny(seg.protected, start, end)) continue;
      const prev = text[start - 1];
      const next = text[end];
      if (start <= seg.start || end >= seg.end) continue;
      // a space that sets off a URL or a code span keeps it apart from the Chinese around it
      if (seg.protected.length && touchesAny(seg.protected, start, end)) continue;
      const cjkPrev = isCjkChar(prev);
      const cjkNext = isCjkChar(next);
      const hanPrev = isHanChar(prev);
      const hanBoth = hanPrev && isHanChar(next);
      // 中共中央 国务院, 市委 XX市政府: jointly issuing bodies; the names are read only where one may end
      if (hanPrev && BODY_LAST[prev.charCodeAt(0)] && betweenBodies(text, start, end, seg.start, seg.end)) continue;
      let what: { zh: string; en: string } | undefined;
      if (hanBoth) {
        // 王  伟: names padded for alignment
        if (seg.block.kind === 'signature' || SIGNATURE_LINE.test(text.slice(seg.start, Math.min(seg.end, seg.start + 4)))) continue;
        //     年  月  日: the blanks of a date left to fill in (a placeholder's)
        if ((prev === '年' || prev === '月') && isBlankDateSpace(text, start, end)) continue;
        // the parts of a title, position and name in a byline: judged once for the block
        if (partsSpaced(seg.block)) continue;
        what = { zh: '汉字之间不留空格', en: 'No space between Chinese characters' };
      } else if (cjkPrev && cjkNext) {
        // 共发现问题（ ）个, 【 】: brackets left blank to fill in (a placeholder's)
        if ((prev === '（' && next === '）') || (prev === '【' && next === '】')) continue;
        // 学院院长 （姓名）: a byline whose name is still a template's slot (the placeholder rule's)
        if (hanPrev && (next === '（' || next === '【') && partsSpaced(seg.block)) continue;
        what = { zh: '标点前后不留空格', en: 'No space next to Chinese punctuation' };
      } else if ((cjkPrev && prev !== '—' && (isAsciiWordChar(next) || next === '%'))
        || ((isAsciiWordChar(prev) || prev === '%') && cjkNext && next !== '—')) {
        // a dash is no Chinese: `— 3 —` is a page number, whose spaces are its own
        // 县财政局副局长 XXX: a byline whose name is still a template's slot (the placeholder rule's)
        if (hanPrev && (next === 'X' || next === 'x') && partsSpaced(seg.block)) continue;
        what = { zh: '中文与数字、字母之间不加空格', en: 'No space between Chinese and digits or Latin letters' };
      }
      if (!what) continue;
      const severity = seg.block.kind === 'title' && hanBoth ? 'info' as const : undefined;
      out.push(finding(start, end, what, [{ title: { zh: '删除空格', en: 'Delete the space' }, edits: [{ start: start, end: end, newText: '' }], safe: true }], severity));
    }
    const blocks = model.blocks;
    const { firstCodes, lastCodes, contentStarts, contentEnds } = lineContents(model);
    // only the breaks the line contents leave in doubt are read in the blocks and the text
    let from = 0;
    for (let line = 0; line + 1 < firstCodes.length; line++) {
      if (!mayBreakAfter(lastCodes[line], firstCodes[line + 1], contentEnds[line] - contentStarts[line])) continue;
      const i = blockEndingAt(blocks, from, line);
      if (i < 0) continue;
      from = i + 1;
      const f = brokenLine(model, blocks[i], blocks[i + 1]);
      if (f) out.push(f);
    }
    return out;
  },
};
