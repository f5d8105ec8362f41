import { finding, Localized, Rule, RuleContext, RuleFinding } from '../lint/types';
import { characterPositions, codesAt, holdsCharacter, sharedCharacterSet, sharedStringSet } from './prose';
import { ReportModel } from '../model';

/**
 * Unfilled placeholders left in a template: `X次`, `20XX年`, `××`, `**镇`, `某某`, `○○`, `□□`, `____`,
 * `【单位名称】`, `[ ]`, `党的XX大`, and the masked name `XJP`.
 *
 * Every finder is a single linear pass over the text (no nested quantifiers): most go from one
 * occurrence of their character to the next by `indexOf`, several times faster than a pattern over a
 * long text. The context around a match is then read with constant-time character checks, so a
 * 200k-character line costs no more than 200k characters spread over many lines.
 *
 * Ranges: the placeholder only, never the unit after it (`X次` → `X`). A year slot is the whole
 * four-character year (`20XX年` → `20XX`, `20**年` → `20**`), since that is what gets replaced.
 */

/** What a hit is: an unfilled placeholder, an anonymised name (某), a masked name (XJP). */
const enum Kind {
  Placeholder,
  Anonymised,
  MaskedName,
}

/** The lists of hits kept from one check to the next, up to this many hits (more: a check makes its own). */
const KEPT_HITS = 1 << 16;
interface HitLists {
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  shortTexts: Uint32Array;
}
let keptLists: HitLists | undefined;

function hitLists(size: number): HitLists {
  return { starts: new Int32Array(size), ends: new Int32Array(size), kinds: new Uint8Array(size), shortTexts: new Uint32Array(size) };
}

/**
 * The hits found so far, as lists side by side. A long template holds thousands: an object for
 * each, or lists grown as they fill, would only be garbage once the findings are made, so the lists
 * are typed arrays that the next check uses again.
 */
class Hits {
  private starts: Int32Array;
  private ends: Int32Array;
  private kinds: Uint8Array;
  /**
   * The code units of a hit one or two long (`X`, `某某`), read as it is found, while the finder has
   * them at hand: making the findings then reads no text for them. A long report's places are far
   * apart in memory, and by then most have left the processor's cache.
   */
  private shortTexts: Uint32Array;
  length = 0;

  constructor(private readonly text: string) {
    keptLists ??= hitLists(1024);
    ({ starts: this.starts, ends: this.ends, kinds: this.kinds, shortTexts: this.shortTexts } = keptLists);
  }

  push(start: number, end: number, kind: Kind): void {
    if (this.length === this.starts.length) this.grow();
    this.starts[this.length] = start;
    this.ends[this.length] = end;
    this.shortTexts[this.length] = end - start > 2 ? 0 : this.text.charCodeAt(start) | (end - start === 2 ? this.text.charCodeAt(start + 1) << 16 : 0);
    this.kinds[this.length++] = kind;
  }

  /** The code units of a hit one or two long, the first in the low half; 0 for a longer one. */
  shortText(i: number): number {
    return this.shortTexts[i];
  }

  start(i: number): number {
    return this.starts[i];
  }

  end(i: number): number {
    return this.ends[i];
  }

  kind(i: number): Kind {
    return this.kinds[i];
  }

  private grow(): void {
    const lists = hitLists(this.starts.length * 2);
    const size = lists.starts.length;
    lists.starts.set(this.starts);
    lists.ends.set(this.ends);
    lists.kinds.set(this.kinds);
    lists.shortTexts.set(this.shortTexts);
    ({ starts: this.starts, ends: this.ends, kinds: this.kinds, shortTexts: this.shortTexts } = lists);
    if (size <= KEPT_HITS) keptLists = lists;
  }

  /** The order to take them in: by start, the widest first at each (often the order found in). */
  order(): readonly number[] | undefined {
    const { starts, ends, length } = this;
    let sorted = true;
    for (let i = 1; i < length && sorted; i++) {
      sorted = starts[i - 1] < starts[i] || (starts[i - 1] === starts[i] && ends[i - 1] >= ends[i]);
    }
    if (sorted) return undefined;
    return Array.from({ length }, (_, i) => i).sort((a, b) => starts[a] - starts[b] || ends[b] - ends[a]);
  }
}

interface Span {
  start: number;
  end: number;
}

// ---------------------------------------------------------------------------------------------
// Character classes (by code, for speed)

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);
}

function isHanAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isHanCode(text.charCodeAt(i));
}

function isAsciiAlnumCode(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiAlnum(ch: string | undefined): boolean {
  return ch !== undefined && isAsciiAlnumCode(ch.charCodeAt(0));
}

/**
 * Chinese punctuation that sits next to a filled-in value (`述职人：XXX`, `比如，X这项工作`).
 * `、（）【】〔〕` are left out: `X、Y轴` and a Roman numeral `X、` in a list are not placeholders.
 */
const CJK_CONTEXT_PUNCT = '，。；：！？“”‘’《》「」『』…—·';

/** Han characters and percent signs: the units a number placeholder stands before. */
const UNIT = 1;
/** Characters that glue an X to a word, a model number or a formula (`X5`, `SpaceX`, `X-100`, `x+y`). */
const JOINS_WORD = 2;
const CONTEXT_PUNCT = 4;
/** After a single space, these mean Latin or formula context (`iPhone X`, `x + y`). */
const LATIN_AFTER_SPACE = 8;
/** The first characters of the words a single X begins (`LEGIT_AFTER_SINGLE_X`). */
const LEGIT_WORD_START = 16;

/** What each UTF-16 code is next to a placeholder (bits above): read once per neighbour, by code. */
const CONTEXT = new Uint8Array(0x10000);
{
  const mark = (from: number, to: number, bit: number) => CONTEXT.fill(bit, from, to + 1);
  mark(0x4e00, 0x9fff, UNIT);
  mark(0x3400, 0x4dbf, UNIT);
  mark(0xf900, 0xfaff, UNIT);
  for (const ch of '%％') CONTEXT[ch.charCodeAt(0)] |= UNIT;
  for (const [from, to] of [[0x30, 0x39], [0x41, 0x5a], [0x61, 0x7a]]) {
    for (let c = from; c <= to; c++) CONTEXT[c] |= JOINS_WORD | LATIN_AFTER_SPACE;
  }
  for (const ch of '_-+=<>^&@#$~') CONTEXT[ch.charCodeAt(0)] |= JOINS_WORD;
  for (const [from, to] of [[0xff10, 0xff19], [0xff21, 0xff3a], [0xff41, 0xff5a]]) { // full-width digits, letters
    for (let c = from; c <= to; c++) CONTEXT[c] |= JOINS_WORD;
  }
  for (const ch of CJK_CONTEXT_PUNCT) CONTEXT[ch.charCodeAt(0)] |= CONTEXT_PUNCT;
  for (const ch of '+-*/=<>^') CONTEXT[ch.charCodeAt(0)] |= LATIN_AFTER_SPACE;
  for (const ch of '射光线染型形轴战一世平波（(') CONTEXT[ch.charCodeAt(0)] |= LEGIT_WORD_START;
}

function isUnitLike(text: string, i: number): boolean {
  return i >= 0 && i < text.length && (CONTEXT[text.charCodeAt(i)] & UNIT) !== 0;
}

const enum Side {
  Neutral,
  /** Touches a Han character or `%`: a unit or a word the value belongs to. */
  Strong,
  /** Touches Chinese punctuation, or a Han character across one space. */
  Weak,
  /** Touches a Latin word, digit or operator: part of a name, number or formula. */
  Blocked,
}

/** What lies on one side of a run: `i` is the neighbour's index, `dir` the direction away from the run. */
function sideAt(text: string, i: number, dir: -1 | 1): Side {
  // Markdown bold or italic marks around the X (学习**X**次) are seen through: the word is beyond them
  for (let marks = 0; marks < 3 && text.charCodeAt(i) === 0x2a; marks++) i += dir;
  if (i < 0 || i >= text.length) return Side.Neutral;
  const c = text.charCodeAt(i);
  const context = CONTEXT[c];
  if (context & UNIT) return Side.Strong;
  if (context & JOINS_WORD) return Side.Blocked;
  if (c === 0x2e) return isAsciiAlnumCode(text.charCodeAt(i + dir)) ? Side.Blocked : Side.Neutral; // X.509, v1.x
  if (context & CONTEXT_PUNCT) return Side.Weak;
  if (c === 0x20) {
    const beyond = i + dir;
    if (beyond < 0 || beyond >= text.length) return Side.Neutral;
    const next = CONTEXT[text.charCodeAt(beyond)];
    if (next & LATIN_AFTER_SPACE) return Side.Blocked;
    if (next & UNIT) return Side.Weak;
  }
  return Side.Neutral;
}

const INLINE_BLANK = ' \t\u3000';

/** True when only blanks separate [start, end) from the line's edges (or a table cell's, with `inCell`). */
function standsAlone(text: string, start: number, end: number, inCell: boolean): boolean {
  const edges = inCell ? '\n\r\uFEFF|' : '\n\r\uFEFF';
  let a = start - 1;
  while (a >= 0 && INLINE_BLANK.includes(text[a])) a--;
  if (a >= 0 && !edges.includes(text[a])) return false;
  let b = end;
  while (b < text.length && INLINE_BLANK.includes(text[b])) b++;
  return b >= text.length || edges.includes(text[b]);
}

/**
 * What may stand before an item's title at the start of a line: a heading or list marker (一、, （一）,
 * 1., （1）, ①), maybe after a Markdown heading mark or 附件：, and blanks.
 */
const ITEM_OPENING_RE = /^[ \t\u3000]*(?:#{1,6}[ \t]*)?(?:附件[：:][ \t\u3000]*)?(?:[一二三四五六七八九十]{1,3}[、．.]|[（(](?:[一二三四五六七八九十]{1,3}|[0-9０-９]{1,2})[）)]|[0-9０-９]{1,2}[.．、]|[①-⑳])[ \t\u3000]*$/;

/** Whether `index` starts the title of a heading or list item: only its marker stands before it on the line. */
function opensItem(text: string, index: number): boolean {
  const prefix = linePrefix(text, index, 16);
  return prefix !== undefined && ITEM_OPENING_RE.test(prefix);
}

/** Line text from the line start up to `index`, or undefined when that is longer than `max` (looks back no further). */
function linePrefix(text: string, index: number, max: number): string | undefined {
  let from = index;
  while (from > 0 && text[from - 1] !== '\n' && text[from - 1] !== '\r') {
    if (index - from >= max) return undefined;
    from--;
  }
  return text.slice(from, index);
}

// ---------------------------------------------------------------------------------------------
// Patterns

/** X or x */
function isAsciiX(c: number): boolean {
  return c === 0x58 || c === 0x78;
}

/** Ｘ or ｘ */
function isFullX(c: number): boolean {
  return c === 0xff38 || c === 0xff58;
}

function isXCode(c: number): boolean {
  return isAsciiX(c) || isFullX(c);
}

/** `[A-Za-z0-9_]` */
function isWordCode(c: number): boolean {
  return isAsciiAlnumCode(c) || c === 0x5f;
}

/** Legitimate words that begin with a single X: X射线, X光, X轴, X（原推特）… (their first characters are `LEGIT_WORD_START`) */
const LEGIT_AFTER_SINGLE_X = /射线|光|线|染色体|型|形|轴|战警|一代|世代|平台|波段|[（(]原推特/y;

/** What may not follow a year slot. */
function endsYearSlot(c: number): boolean {
  return isWordCode(c) || isFullX(c) || c === 0x2a || c === 0xff0a || c === 0xd7 || c === 0x25cb || c === 0x3007;
}

const CHINESE_NUMERAL = '零一二三四五六七八九十百千万亿两';

/** Before a checkbox: line start, a blank, a label colon, a cell edge or an opening bracket. */
const CHECKBOX_BEFORE = ' \t\u3000\n\r\uFEFF：:|（(【[、';

/** Single 某 in ordinary words (某些, 某种程度) is not anonymisation. */
const MOU_WORDS = /些|种|个|一|方面|段|时|天|类|几|次|项|处/y;

const FILL_IN_WORDS = /名称|姓名|单位|时间|日期|填写|填入|输入|此处/;
/** `- [ ] ` / `1. [ ] ` — a Markdown task list item, not a blank. */
const TASK_ITEM_PREFIX = /^\s*(?:[-*+]|\d+[.)])\s+$/;

// Regions where a match means something else.
const EMAIL_RE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

// ---------------------------------------------------------------------------------------------
// Finders

/**
 * Whether the text holds a character: a finder whose every match holds one of its characters
 * (`XJP` a J, `__` a _) skips its scan without it. The shared pass notes every character of the text.
 */
type Holds = (ch: string) => boolean;

function each(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else visit(m);
  }
}

/** X and x of both widths, which the shared pass over the prose finds. */
const X_FORMS = sharedCharacterSet([0x58, 0x78, 0xff38, 0xff58]);

/**
 * Runs of X (or full-width Ｘ), with an optional decimal part (`XX.X%`), where context decides, and
 * years with X for their last digits (20XX, 202X). A run starts after no letter, digit, `_` or X of
 * either width, holds X of one width only, and is followed by no X; a decimal part is kept when no X
 * follows it. Each X of the prose is a place the shared pass noted (outside the prose, in front
 * matter or a comment, a placeholder is not reported), and the characters around it are read by
 * code. Hits come in text order.
 */
function findXRuns(model: ReportModel, hits: Hits): void {
  const { text } = model;
  const length = text.length;
  const places = characterPositions(model, X_FORMS);
  const codes = codesAt(text, places);
  let from = 0;
  for (let k = 0; k < places.length; k++) {
    const start = places[k];
    if (start < from) continue;
    from = start + 1;
    const c = codes[k];
    const before = text.charCodeAt(start - 1);
    if (before >= 0x30 && before <= 0x39) {
      yearSlotAt(text, start, c, before, hits);
      continue;
    }
    if (isWordCode(before) || isFullX(before)) continue;
    // the run, one width only; then a decimal part, kept when no X follows it; then no X may follow
    const full = isFullX(c);
    const same = full ? isFullX : isAsciiX;
    let runEnd = start + 1;
    while (runEnd < length && same(text.charCodeAt(runEnd))) runEnd++;
    const next = text.charCodeAt(runEnd);
    let end = -1;
    if ((next === 0x2e || (full && next === 0xff0e)) && same(text.charCodeAt(runEnd + 1))) {
      let decimalEnd = runEnd + 2;
      while (decimalEnd < length && same(text.charCodeAt(decimalEnd))) decimalEnd++;
      if (!isXCode(text.charCodeAt(decimalEnd))) end = decimalEnd;
    }
    if (end < 0 && !isXCode(next)) end = runEnd;
    if (end < 0) {
      from = runEnd;
      continue;
    }
    from = end;
    let sideBefore = sideAt(text, start - 1, -1);
    const sideAfter = sideAt(text, end, 1);
    // the title of a heading or list item left as X (一、XXXXXX, 1.XXXX, 附件：1.XXXX): its marker is Chinese context
    if (sideBefore !== Side.Strong && sideBefore !== Side.Weak && sideAfter !== Side.Blocked && end - start >= 2 && opensItem(text, start)) {
      sideBefore = Side.Weak;
    }
    if (sideBefore === Side.Blocked || sideAfter === Side.Blocked) continue;
    if (end - start === 1) {
      // the word after it, past Markdown marks (**X**光)
      let word = end;
      while (word - end < 3 && text.charCodeAt(word) === 0x2a) word++;
      if (CONTEXT[text.charCodeAt(word)] & LEGIT_WORD_START) {
        LEGIT_AFTER_SINGLE_X.lastIndex = word;
        if (LEGIT_AFTER_SINGLE_X.test(text)) continue;
      }
    }
    const touchesChinese = sideBefore !== Side.Neutral || sideAfter !== Side.Neutral;
    // `XXX` alone on a line or in a table cell (a signature or a name) is a placeholder too
    if (touchesChinese || (end - start >= 2 && standsAlone(text, start, end, true))) hits.push(start, end, Kind.Placeholder);
  }
}

/** A year slot whose first placeholder character is the X at `at` (`before` the code before it), if any. */
function yearSlotAt(text: string, at: number, c: number, before: number, hits: Hits): void {
  let start: number;
  let end: number;
  const second = text.charCodeAt(at + 1);
  if (before === 0x30 && text.charCodeAt(at - 2) === 0x32 && (isAsciiX(c) ? isAsciiX(second) : isFullX(second))) {
    // 20XX: two X of one width
    start = at - 2;
    end = at + 2;
  } else {
    // 202X, 201X, 200X
    if (text.charCodeAt(at - 2) !== 0x30 || text.charCodeAt(at - 3) !== 0x32) return;
    start = at - 3;
    end = at + 1;
  }
  if (isWordCode(text.charCodeAt(start - 1)) || endsYearSlot(text.charCodeAt(end))) return;
  hits.push(start, end, Kind.Placeholder);
}

/** The marks a year slot may hold for its last digits, other than X and `*` (read from the runs of `*`). */
const YEAR_SLOT_MARKS = ['＊', '×', '○', '〇'];

/**
 * A year written with a placeholder for its last digits: 20XX, 202X, 20**, 20××, 20〇〇. It starts
 * after no `[A-Za-z0-9_]` and is followed by none, nor by a placeholder mark. Those with X are found
 * from their X (see `findXRuns`); this finds the others, from their first mark: `indexOf` for a
 * character is many times faster than a pattern over the whole text.
 */
function findYearSlots(text: string, hits: Hits, holds: Holds, stars: MarkRuns | undefined): void {
  if (stars) findStarYearSlots(text, stars, hits);
  for (const mark of YEAR_SLOT_MARKS) if (holds(mark)) findYearSlotsOf(text, mark, hits);
}

/** `20**`: a run of two `*` after 20. */
function findStarYearSlots(text: string, stars: MarkRuns, hits: Hits): void {
  for (let k = 0; k < stars.length; k += 2) {
    const at = stars[k];
    if (stars[k + 1] - at !== 2 || text.charCodeAt(at - 1) !== 0x30 || text.charCodeAt(at - 2) !== 0x32) continue;
    if (!isWordCode(text.charCodeAt(at - 3)) && !endsYearSlot(text.charCodeAt(at + 2))) hits.push(at - 2, at + 2, Kind.Placeholder);
  }
}

/** Whether `c` may follow the mark `first` in a year slot: the same mark (○ and 〇 mix). */
function isSecondYearSlotMark(first: number, c: number): boolean {
  return first === 0x25cb || first === 0x3007 ? c === 0x25cb || c === 0x3007 : c === first;
}

function findYearSlotsOf(text: string, mark: string, hits: Hits): void {
  const code = mark.charCodeAt(0);
  for (let at = text.indexOf(mark, 2); at >= 0; at = text.indexOf(mark, at + 1)) {
    if (text.charCodeAt(at - 1) !== 0x30 || text.charCodeAt(at - 2) !== 0x32 || isWordCode(text.charCodeAt(at - 3))) continue;
    if (isSecondYearSlotMark(code, text.charCodeAt(at + 1)) && !endsYearSlot(text.charCodeAt(at + 2))) hits.push(at - 2, at + 2, Kind.Placeholder);
  }
}

/** Where the run of the character `code` that starts at `at` ends. */
function runEnd(text: string, at: number, code: number): number {
  let end = at + 1;
  while (text.charCodeAt(end) === code) end++;
  return end;
}

/** 年, 月, 日 or 号: what a single `×` stands before as a date's slot. */
function isDateUnitCode(c: number): boolean {
  return c === 0x5e74 || c === 0x6708 || c === 0x65e5 || c === 0x53f7;
}

/** `××` and longer; a single `×` only as a date slot (`×月×日`) — elsewhere it multiplies (156mm×225mm). */
function findTimes(text: string, hits: Hits, holds: Holds): void {
  if (!holds('×')) return;
  for (let at = text.indexOf('×'); at >= 0; ) {
    const end = runEnd(text, at, 0xd7);
    const before = text.charCodeAt(at - 1);
    if (end - at >= 2 || (!isAsciiAlnumCode(before) && before !== 0x2e && before !== 0xd7 && isDateUnitCode(text.charCodeAt(end)))) {
      hits.push(at, end, Kind.Placeholder);
    }
    at = text.indexOf('×', end);
  }
}

/** `[A-Za-z0-9_-]`: what joins a Latin name or code (`XJP-1`). */
function isWordOrHyphenCode(c: number): boolean {
  return isWordCode(c) || c === 0x2d;
}

/** `XJP`, not inside a Latin word or code. */
function findMaskedNames(text: string, hits: Hits, holds: Holds): void {
  if (!holds('J')) return;
  for (let at = text.indexOf('XJP'); at >= 0; at = text.indexOf('XJP', at + 3)) {
    if (!isWordOrHyphenCode(text.charCodeAt(at - 1)) && !isWordOrHyphenCode(text.charCodeAt(at + 3))) hits.push(at, at + 3, Kind.MaskedName);
  }
}

/**
 * The runs of a mark (`*`, `_`) in the text, each as its start and its end side by side, in text
 * order: found once by `indexOf` (a pattern over the whole text costs several times more) for the
 * emphasis and the runs that stand for a word (and, of `*`, the year slots).
 */
type MarkRuns = readonly number[];

function markRuns(text: string, mark: string): MarkRuns {
  const code = mark.charCodeAt(0);
  const runs: number[] = [];
  for (let at = text.indexOf(mark); at >= 0; ) {
    const end = runEnd(text, at, code);
    runs.push(at, end);
    at = text.indexOf(mark, end);
  }
  return runs;
}

/**
 * Start offsets of delimiter runs that form Markdown strong-emphasis pairs `**…**` / `***…***` on one
 * line. A pair with a one-character content counts only as a word of its own (`**注**：`); `20**年**月`
 * is three placeholders, not bold 年. A closing run after a comma and before a word (`**村书记，**镇`)
 * closes nothing, as in CommonMark; after a full stop it does (`**一是…。**正文`), as writers of
 * Chinese expect. Pairs are taken in text order, a rejected one's closing run free to open the next.
 */
function strongStarRuns(text: string, stars: MarkRuns): Set<number> {
  return strongRuns(text, stars, 0x2a, 3, (open, contentStart, close, end) => isRejectedStrongStar(text, open, contentStart, close, end));
}

/**
 * Start offsets of the runs of the mark `code` (two to `longest` long) that form strong-emphasis
 * pairs on one line, but for pairs `rejected` says are none: pairs are taken in text order, a
 * rejected one's closing run free to open the next.
 */
function strongRuns(
  text: string, marks: MarkRuns, code: number, longest: number,
  rejected: (open: number, contentStart: number, close: number, end: number) => boolean,
): Set<number> {
  const runs = new Set<number>();
  let from = 0;
  for (let k = 0; k < marks.length; k += 2) {
    const open = marks[k];
    if (open < from) continue;
    const contentStart = marks[k + 1];
    const close = strongClose(text, open, contentStart, code, longest);
    if (close < 0) continue;
    const end = close + (contentStart - open);
    if (rejected(open, contentStart, close, end)) {
      from = close; // the closing run may open the next pair
      continue;
    }
    runs.add(open);
    runs.add(close);
    from = end;
  }
  return runs;
}

/**
 * Where the run of the mark `code` that closes the one at [open, contentStart) starts, or -1: the
 * opening run is two to `longest` long and stands before no blank; the content, of one character at
 * least, holds no mark and no line break, and ends in no blank; the closing run is as long as the
 * opening one.
 */
function strongClose(text: string, open: number, contentStart: number, code: number, longest: number): number {
  const marks = contentStart - open;
  const { length } = text;
  if (marks < 2 || marks > longest || contentStart >= length || isSpaceCode(text.charCodeAt(contentStart))) return -1;
  let close = contentStart + 1;
  let c = text.charCodeAt(close);
  while (close < length && c !== code && c !== 0x0a && c !== 0x0d) c = text.charCodeAt(++close);
  if (c !== code || isSpaceCode(text.charCodeAt(close - 1)) || runEnd(text, close, code) - close !== marks) return -1;
  return close;
}

/** JavaScript's `\s`: the white space and line terminators of the language. */
function isSpaceCode(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Whether a pair of `*` runs around [contentStart, close) is not emphasis (see `strongStarRuns`). */
function isRejectedStrongStar(text: string, open: number, contentStart: number, close: number, end: number): boolean {
  const glued = (i: number) => isAsciiAlnum(text[i]) || isHanAt(text, i);
  return isDigitCode(text.charCodeAt(open - 1))
    // one character glued to words on both sides is a masked name (张*三*), unless it is an X (学习**X**次)
    || (isOneCharacter(text, contentStart, close) && !isXCode(text.charCodeAt(contentStart)) && (glued(open - 1) || glued(end)))
    || ('，、,'.includes(text[close - 1]) && glued(end));
}

/** Whether [start, end) is one code point (a surrogate pair, or one code unit). */
function isOneCharacter(text: string, start: number, end: number): boolean {
  if (end - start === 1) return true;
  if (end - start !== 2) return false;
  const high = text.charCodeAt(start);
  const low = text.charCodeAt(start + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * Runs of `*` or of `＊` that stand for a word: one or two, next to Chinese text, outside emphasis.
 * Each width in a pass of its own: the hits are put in text order later.
 */
function findStars(text: string, hits: Hits, holds: Holds, stars: MarkRuns | undefined): void {
  // strong emphasis is written with `*` only
  if (stars) findAsciiStarRuns(text, stars, strongStarRuns(text, stars), hits);
  if (holds('＊')) findFullStarRuns(text, hits);
}

function findAsciiStarRuns(text: string, stars: MarkRuns, emphasis: Set<number>, hits: Hits): void {
  for (let k = 0; k < stars.length; k += 2) {
    if (isStarPlaceholder(text, stars[k], stars[k + 1], emphasis)) hits.push(stars[k], stars[k + 1], Kind.Placeholder);
  }
}

function findFullStarRuns(text: string, hits: Hits): void {
  for (let at = text.indexOf('＊'); at >= 0; ) {
    const end = runEnd(text, at, 0xff0a);
    if (isStarPlaceholder(text, at, end, undefined)) hits.push(at, end, Kind.Placeholder);
    at = text.indexOf('＊', end);
  }
}

function isStarPlaceholder(text: string, start: number, end: number, emphasis: Set<number> | undefined): boolean {
  if (end - start >= 3) return false; // three or more: a masked word (中国***廉洁), reported as site residue
  if (emphasis?.has(start)) return false;
  if (end - start === 1 && text[end] === '注') return false; // `*注：` marks a footnote
  return isChineseContextAt(text, start - 1) || isChineseContextAt(text, end);
}

/** A Han character, `%` or Chinese punctuation at `i`. */
function isChineseContextAt(text: string, i: number): boolean {
  return isUnitLike(text, i) || (i >= 0 && CJK_CONTEXT_PUNCT.includes(text[i] ?? '\0'));
}

/** Blanks drawn with two or more `_` or `＿` (`姓名：______`), each width in a pass of its own. */
function findUnderscores(text: string, hits: Hits, holds: Holds): void {
  if (holds('_')) {
    const runs = markRuns(text, '_');
    findUnderscoreRuns(text, runs, strongUnderscoreRuns(text, runs), hits);
  }
  if (holds('＿')) findFullUnderscoreRuns(text, hits);
}

/** Start offsets of the runs that form Markdown `__strong__` pairs on one line (as `strongStarRuns`). */
function strongUnderscoreRuns(text: string, underscores: MarkRuns): Set<number> {
  // like CommonMark: `__` inside a word (前__重点__后, 完成__%) is no emphasis
  const glued = (i: number) => isAsciiAlnum(text[i]) || isHanAt(text, i);
  return strongRuns(text, underscores, 0x5f, 2, (open, _contentStart, _close, end) => glued(open - 1) || glued(end));
}

function findUnderscoreRuns(text: string, underscores: MarkRuns, emphasis: Set<number>, hits: Hits): void {
  for (let k = 0; k < underscores.length; k += 2) {
    const start = underscores[k];
    const end = underscores[k + 1];
    if (end - start < 2 || emphasis.has(start)) continue;
    if (isAsciiAlnum(text[start - 1]) || isAsciiAlnum(text[end])) continue; // __init__, snake__case
    if (end - start >= 3 && standsAlone(text, start, end, false)) continue; // a `___` rule line
    hits.push(start, end, Kind.Placeholder);
  }
}

function findFullUnderscoreRuns(text: string, hits: Hits): void {
  for (let at = text.indexOf('＿'); at >= 0; ) {
    const end = runEnd(text, at, 0xff3f);
    if (end - at >= 2) hits.push(at, end, Kind.Placeholder);
    at = text.indexOf('＿', end);
  }
}

function findCircles(text: string, hits: Hits, holds: Holds): void {
  const white = holds('○');
  const zero = holds('〇');
  if (white || zero) findCircleRuns(text, white, zero, hits);
  if (holds('O')) findLatinOs(text, hits);
}

function isCircleCode(c: number): boolean {
  return c === 0x25cb || c === 0x3007;
}

/**
 * Runs of two or more ○ or 〇, mixed, found from the first of each run by `indexOf` (of the one the
 * text holds, or of both in step).
 */
function findCircleRuns(text: string, white: boolean, zero: boolean, hits: Hits): void {
  let nextWhite = white ? text.indexOf('○') : -1;
  let nextZero = zero ? text.indexOf('〇') : -1;
  while (nextWhite >= 0 || nextZero >= 0) {
    const at = nextZero < 0 || (nextWhite >= 0 && nextWhite < nextZero) ? nextWhite : nextZero;
    let end = at + 1;
    while (isCircleCode(text.charCodeAt(end))) end++;
    // 二〇〇八年 is a year in Chinese numerals
    if (end - at >= 2 && !CHINESE_NUMERAL.includes(text[at - 1] ?? '\0') && !CHINESE_NUMERAL.includes(text[end] ?? '\0')) {
      hits.push(at, end, Kind.Placeholder);
    }
    if (nextWhite >= 0 && nextWhite < end) nextWhite = text.indexOf('○', end);
    if (nextZero >= 0 && nextZero < end) nextZero = text.indexOf('〇', end);
  }
}

/** `OO` to `OOOO` next to a Han character, not inside a Latin word or code (COO, OOOOO). */
function findLatinOs(text: string, hits: Hits): void {
  for (let at = text.indexOf('O'); at >= 0; ) {
    const end = runEnd(text, at, 0x4f);
    if (end - at >= 2 && end - at <= 4 && !isWordOrHyphenCode(text.charCodeAt(at - 1)) && !isWordOrHyphenCode(text.charCodeAt(end))
      && (isHanAt(text, at - 1) || isHanAt(text, end))) hits.push(at, end, Kind.Placeholder);
    at = text.indexOf('O', end);
  }
}

function findBoxes(text: string, hits: Hits, holds: Holds): void {
  if (!holds('□')) return;
  for (let at = text.indexOf('□'); at >= 0; ) {
    const end = runEnd(text, at, 0x25a1);
    if (end - at > 1 || !isCheckbox(text, at)) hits.push(at, end, Kind.Placeholder);
    at = text.indexOf('□', end);
  }
}

/** `□是 □否`: a single box that stands before its label is a checkbox. */
function isCheckbox(text: string, at: number): boolean {
  const before = at === 0 || CHECKBOX_BEFORE.includes(text[at - 1]);
  const labelAt = text[at + 1] === ' ' ? at + 2 : at + 1;
  const labelled = isHanAt(text, labelAt) || isAsciiAlnum(text[labelAt]);
  return before && labelled;
}

/** Blanks standing for a date's year, month or day in a form: `    年  月  日`, `2025年  月  日`. */
const DATE_BLANK = '[ \\u3000]{1,8}';
/** A date with a blank month or day (and maybe a blank year), tried where its 年 or its 月 stands before a blank. */
const BLANK_DATE_RE = new RegExp(`(?:[0-9]{4}|${DATE_BLANK})?年(?:${DATE_BLANK}月(?:${DATE_BLANK}|[0-9]{1,2})|[0-9]{1,2}月${DATE_BLANK})[日号]`, 'y');

function isDigitCode(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function isBlankCode(c: number): boolean {
  return c === 0x20 || c === 0x3000;
}

/**
 * Where a date around the 年 at `at` starts: before its four digits, before the blanks of a blank
 * year (on the same line), or at the 年.
 */
function dateStartBefore(text: string, at: number): number {
  if (at >= 4 && isDigitCode(text.charCodeAt(at - 1)) && isDigitCode(text.charCodeAt(at - 2))
    && isDigitCode(text.charCodeAt(at - 3)) && isDigitCode(text.charCodeAt(at - 4))) return at - 4;
  let start = at;
  while (start > 0 && at - start < 8 && isBlankCode(text.charCodeAt(start - 1))) start--;
  return start;
}

/** Where a 年 or a 月 stands before a blank, found by the shared pass (a filled-in date never has one). */
const BLANK_DATE_ANCHORS = sharedStringSet(['年 ', '年\u3000', '月 ', '月\u3000']);

/**
 * Dates left blank in a template's 落款 or form: `    年  月  日`, `2025年  月  日`, `2025年12月  日`
 * (also with full-width blanks). Found from where a 年 or a 月 stands before a blank.
 */
function findBlankDates(text: string, hits: Hits, model: ReportModel): void {
  let lastEnd = -1;
  for (const p of characterPositions(model, BLANK_DATE_ANCHORS)) {
    if (p < lastEnd) continue;
    let year = p;
    if (text.charCodeAt(p) === 0x6708) {
      // 2025年12月  日: back over the month's digits to its 年
      let d = p;
      while (d > 0 && p - d < 2 && isDigitCode(text.charCodeAt(d - 1))) d--;
      if (d === p || text.charCodeAt(d - 1) !== 0x5e74) continue;
      year = d - 1;
    }
    const start = dateStartBefore(text, year);
    BLANK_DATE_RE.lastIndex = start;
    if (start >= lastEnd && BLANK_DATE_RE.test(text)) hits.push(start, (lastEnd = BLANK_DATE_RE.lastIndex), Kind.Placeholder);
  }
}

/**
 * Whether the blanks [start, end) after a 年 or a 月 are those of a blank date (`    年  月  日`): the
 * date's slot, which the placeholder rule reports, not stray spaces.
 */
export function isBlankDateSpace(text: string, start: number, end: number): boolean {
  let year = start - 1;
  const before = text.charCodeAt(year);
  if (before === 0x6708) {
    // 月: back over the month, its digits or its blanks, to the 年
    year--;
    while (year > 0 && start - year < 10 && (isDigitCode(text.charCodeAt(year)) || isBlankCode(text.charCodeAt(year)))) year--;
  }
  if (text.charCodeAt(year) !== 0x5e74) return false;
  BLANK_DATE_RE.lastIndex = dateStartBefore(text, year);
  return BLANK_DATE_RE.test(text) && BLANK_DATE_RE.lastIndex > end;
}

function findMou(text: string, hits: Hits, holds: Holds): void {
  if (!holds('某')) return;
  for (let at = text.indexOf('某'); at >= 0; ) {
    const end = runEnd(text, at, 0x67d0);
    if (end - at >= 2) {
      hits.push(at, end, Kind.Placeholder);
    } else {
      MOU_WORDS.lastIndex = end;
      if (!MOU_WORDS.test(text)) hits.push(at, end, Kind.Anonymised);
    }
    at = text.indexOf('某', end);
  }
}

/** `【…】` and `[…]` left blank or naming what to fill in: 【单位名称】, [ ], [填写日期]. */
function findBrackets(text: string, hits: Hits, holds: Holds): void {
  if (holds('【')) findCjkBrackets(text, hits);
  if (holds('[')) findSquareBrackets(text, hits);
}

/**
 * Where the bracket opened at `open` closes, or -1: on its line, after at most 30 characters and no
 * other opening bracket (`【[^【】\r\n]{0,30}】`). Brackets are found by `indexOf`, not by a pattern
 * over the whole text, which costs several times more.
 */
function bracketClose(text: string, open: number, opening: number, closing: number): number {
  const last = Math.min(text.length, open + 32);
  for (let i = open + 1; i < last; i++) {
    const c = text.charCodeAt(i);
    if (c === closing) return i;
    if (c === opening || c === 0x0a || c === 0x0d) return -1;
  }
  return -1;
}

function findCjkBrackets(text: string, hits: Hits): void {
  for (let open = text.indexOf('【'); open >= 0; ) {
    const close = bracketClose(text, open, 0x3010, 0x3011);
    if (close < 0) {
      open = text.indexOf('【', open + 1);
      continue;
    }
    const label = text.slice(open + 1, close);
    if (label.trim() === '' || FILL_IN_WORDS.test(label)) hits.push(open, close + 1, Kind.Placeholder);
    open = text.indexOf('【', close + 1);
  }
}

function findSquareBrackets(text: string, hits: Hits): void {
  for (let open = text.indexOf('['); open >= 0; ) {
    const close = bracketClose(text, open, 0x5b, 0x5d);
    if (close < 0) {
      open = text.indexOf('[', open + 1);
      continue;
    }
    if (isSquarePlaceholder(text, open, close)) hits.push(open, close + 1, Kind.Placeholder);
    open = text.indexOf('[', close + 1);
  }
}

function isSquarePlaceholder(text: string, open: number, close: number): boolean {
  const next = text[close + 1];
  if (next === '(' || next === '[' || next === ':') return false; // Markdown link or reference
  const label = text.slice(open + 1, close);
  if (label.trim() !== '') return FILL_IN_WORDS.test(label);
  const prefix = linePrefix(text, open, 12);
  return prefix === undefined || !TASK_ITEM_PREFIX.test(prefix);
}

/**
 * Labels that stand alone in round brackets as a blank to fill in: （单位名称）, （姓名）, （职务）, （填写日期）,
 * （此处填写主要做法）; and brackets holding nothing but blanks: 共发现问题（ ）个. Prose brackets name things too (（时间：3月）, 各成员单位（含下属单位）), so the label
 * must be all the brackets hold. Found from the end of a label or the start of a request, never by a
 * scan for every bracket: reports are full of them.
 */
const ROUND_FILL_IN = /^(?:(?:单位|部门|机关|企业|学校)?名称|姓名|职务|(?:成文|填报|报送)?日期|(?:请)?(?:填写|填入|输入|此处)[^（）()\r\n]{0,16}|[ \u3000]*)$/;
/** The ends of the labels and the starts of the requests, found by the shared pass. */
const ROUND_FILL_IN_ANCHORS = sharedStringSet([
  '名称）', '名称)', '姓名）', '姓名)', '职务）', '职务)', '日期）', '日期)', '（填写', '（填入', '（输入', '（此处', '（请填', '(填写', '(填入', '(输入', '(此处', '(请填',
  // brackets left empty for a number: 共发现问题（ ）个, （  ）
  '（ ', '（\u3000', '（）', '( ',
]);

function findRoundFillIns(text: string, hits: Hits, model: ReportModel): void {
  let lastEnd = -1;
  for (const p of characterPositions(model, ROUND_FILL_IN_ANCHORS)) {
    // a request starts at its bracket; a label ends before one, which opens at most five characters back
    let open = p;
    if (text[p] !== '（' && text[p] !== '(') {
      open = p - 1;
      while (open >= 0 && p - open < 5 && text[open] !== '（' && text[open] !== '(') open--;
    }
    if (open < lastEnd || open < 0 || (text[open] !== '（' && text[open] !== '(')) continue;
    let close = open + 1;
    while (close < text.length && close - open <= 22 && !'）)\n'.includes(text[close])) close++;
    // （…） or (…), not mixed
    if ((text[open] === '（' ? '）' : ')') !== text[close]) continue;
    if (ROUND_FILL_IN.test(text.slice(open + 1, close))) hits.push(open, (lastEnd = close + 1), Kind.Placeholder);
  }
}

// ---------------------------------------------------------------------------------------------
// User settings

const compiledCache = new Map<string, RegExp[]>();

/** Compiles user patterns once per distinct list; an invalid pattern is skipped. */
function compileExtraPatterns(sources: unknown): RegExp[] {
  if (!Array.isArray(sources) || sources.length === 0) return [];
  const valid = sources.filter((s): s is string => typeof s === 'string' && s.length > 0);
  const key = JSON.stringify(valid);
  const cached = compiledCache.get(key);
  if (cached) return cached;
  const compiled: RegExp[] = [];
  for (const source of valid) {
    for (const flags of ['gu', 'g']) {
      try {
        compiled.push(new RegExp(source, flags));
        break;
      } catch {
        // not valid with these flags; try the next, then give up on this pattern
      }
    }
  }
  if (compiledCache.size > 32) compiledCache.clear();
  compiledCache.set(key, compiled);
  return compiled;
}

function findExtra(text: string, patterns: RegExp[], hits: Hits): void {
  for (const re of patterns) each(re, text, (m) => hits.push(m.index, m.index + m[0].length, Kind.Placeholder));
}

/** True when an allowed string occurs in the text covering [start, end). */
function isAllowed(text: string, start: number, end: number, allow: readonly string[]): boolean {
  for (const word of allow) {
    if (word.length < end - start) continue;
    for (let p = Math.max(0, end - word.length); p <= start; p++) {
      if (text.startsWith(word, p)) return true;
    }
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Regions skipped: front matter, comments, URLs, e-mail addresses

/**
 * The regions that may hold a hit. A hit is dropped when it touches any region, so a region no hit
 * can touch changes nothing: a URL or an e-mail address is made of characters of its own, and is
 * looked for only when a hit holds one of them (a hit of 某 or of Chinese text lies in neither).
 */
function skippedRegions(context: RuleContext, holds: Holds, hits: Hits): Span[] {
  const { model } = context;
  const text = model.text;
  const regions: Span[] = [];
  if (model.frontMatter) regions.push(model.frontMatter.span);
  for (const b of model.comments) regions.push(b.span);
  // a comment opens with <!--: a text without a < has none
  if (holds('<')) {
    // comments spanning lines, which the model does not see as comment blocks
    for (let open = text.indexOf('<!--'); open >= 0; ) {
      const close = text.indexOf('-->', open + 4);
      if (close < 0) break;
      regions.push({ start: open, end: close + 3 });
      open = text.indexOf('<!--', close + 3);
    }
  }
  if ((holds('/') || holds('w')) && someHitHolds(text, hits, isUrlCode)) findUrls(text, regions);
  if (holds('@') && someHitHolds(text, hits, isEmailCode)) each(EMAIL_RE, text, (m) => regions.push({ start: m.index, end: m.index + m[0].length }));
  regions.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const r of regions) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * URLs: `http://`, `https://` or `www.` after no `[A-Za-z0-9_/]`, then up to a blank, a quote, `<>`,
 * CJK punctuation, a Han character or a full-width form. Found from each `://` and `www.` by
 * `indexOf`, in text order, a URL taking in those within it; a pattern over the text costs more.
 */
function findUrls(text: string, regions: Span[]): void {
  let colon = text.indexOf('://');
  let www = text.indexOf('www.');
  let from = 0;
  while (colon >= 0 || www >= 0) {
    let start: number;
    let bodyStart: number;
    // `www.` cannot stand inside `https://`: the first of the two is the first to start
    if (www < 0 || (colon >= 0 && colon < www)) {
      start = schemeStart(text, colon);
      bodyStart = colon + 3;
      colon = text.indexOf('://', colon + 1);
    } else {
      start = www;
      bodyStart = www + 4;
      www = text.indexOf('www.', www + 1);
    }
    if (start < from) continue;
    const before = text.charCodeAt(start - 1);
    if (isWordCode(before) || before === 0x2f) continue;
    let end = bodyStart;
    while (end < text.length && !endsUrl(text.charCodeAt(end))) end++;
    if (end === bodyStart) continue;
    regions.push({ start, end });
    from = end;
  }
}

/** Whether a character may stand in a URL (see `findUrls`). */
function isUrlCode(c: number): boolean {
  return !endsUrl(c);
}

/** Whether a character may stand in an e-mail address: `[A-Za-z0-9_.+@-]`. */
function isEmailCode(c: number): boolean {
  return isWordCode(c) || c === 0x2e || c === 0x2b || c === 0x2d || c === 0x40;
}

/** Whether a character of some hit passes `test`. */
function someHitHolds(text: string, hits: Hits, test: (c: number) => boolean): boolean {
  for (let k = 0; k < hits.length; k++) {
    for (let i = hits.start(k); i < hits.end(k); i++) if (test(text.charCodeAt(i))) return true;
  }
  return false;
}

/** Where `https` or `http` starts before the `://` at `colon`, or -1. */
function schemeStart(text: string, colon: number): number {
  if (colon >= 5 && text.startsWith('https', colon - 5)) return colon - 5;
  if (colon >= 4 && text.startsWith('http', colon - 4)) return colon - 4;
  return -1;
}

/** What a URL stops before: a blank, a quote, `<>`, CJK punctuation, a Han character or a full-width form. */
function endsUrl(c: number): boolean {
  return isSpaceCode(c) || c === 0x3c || c === 0x3e || c === 0x22 || c === 0x27
    || (c >= 0x3000 && c <= 0x303f) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xff01 && c <= 0xff5e);
}

// ---------------------------------------------------------------------------------------------
// Messages

function shown(found: string): string {
  return found.length > 24 ? `${found.slice(0, 23)}…` : found;
}

/** Per kind (indexed by it), the message of each placeholder text. */
const messageCache: Map<string, Localized>[] = [new Map(), new Map(), new Map()];

/** A template repeats the same few placeholders many times: their messages are built once. */
function messageFor(kind: Kind, found: string): Localized {
  const cache = messageCache[kind];
  let message = cache.get(found);
  if (!message) {
    if (cache.size > 500) cache.clear();
    message = buildMessage(kind, found);
    cache.set(found, message);
  }
  return message;
}

function buildMessage(kind: Kind, found: string): Localized {
  const s = shown(found);
  switch (kind) {
    case Kind.MaskedName:
      return { zh: `被遮蔽的姓名缩写“${s}”：请恢复为完整姓名`, en: `Masked name "${s}": restore the full name` };
    case Kind.Anonymised:
      return { zh: `匿名称谓“${s}”：请确认是否应填写实际名称`, en: `Anonymised "${s}": check whether the real name belongs here` };
    default:
      return { zh: `未填写的占位符“${s}”`, en: `Unfilled placeholder "${s}"` };
  }
}

// ---------------------------------------------------------------------------------------------

function findPlaceholders(context: RuleContext): RuleFinding[] {
  const text = context.model.text;
  if (!text) return [];
  const settings = context.settings.placeholder ?? {};

  const hits = new Hits(text);
  const holds: Holds = (ch) => holdsCharacter(context.model, ch);
  findXRuns(context.model, hits);
  const stars = holds('*') ? markRuns(text, '*') : undefined;
  findYearSlots(text, hits, holds, stars);
  findTimes(text, hits, holds);
  findMaskedNames(text, hits, holds);
  findStars(text, hits, holds, stars);
  findUnderscores(text, hits, holds);
  findCircles(text, hits, holds);
  findBoxes(text, hits, holds);
  findBlankDates(text, hits, context.model);
  findMou(text, hits, holds);
  findBrackets(text, hits, holds);
  findRoundFillIns(text, hits, context.model);
  findExtra(text, compileExtraPatterns(settings.extraPatterns), hits);
  if (!hits.length) return [];

  const allow = Array.isArray(settings.allow) ? settings.allow.filter((s): s is string => typeof s === 'string' && s.length > 0) : [];
  // as long as the hits at most, cut to the findings made
  const findings: RuleFinding[] = new Array<RuleFinding>(hits.length);
  findings.length = keptFindings(text, hits, hits.order(), skippedRegions(context, holds, hits), allow, findings);
  return findings;
}

/**
 * Writes the findings of the hits to keep into `findings` and says how many: the widest first at
 * each start, no hit inside one already kept (20** holds **), in a skipped region or allowed.
 * The loop is a function of its own with nothing after it: the engine optimizes it while it runs, and
 * code after it that had not run yet then would send that code back to the interpreter on every call.
 */
function keptFindings(
  text: string, hits: Hits, order: readonly number[] | undefined, skipped: readonly Span[], allow: readonly string[],
  findings: RuleFinding[],
): number {
  let made = 0;
  let keptEnd = -1;
  let region = 0;
  // the message of the finding before: a template often repeats one placeholder (X) many times running
  let lastKind = -1;
  let lastFound = '';
  let lastShortText = 0;
  let lastMessage: Localized | undefined;
  for (let k = 0; k < hits.length; k++) {
    const h = order ? order[k] : k;
    const start = hits.start(h);
    const end = hits.end(h);
    if (end <= keptEnd) continue;
    while (region < skipped.length && skipped[region].end <= start) region++;
    if (region < skipped.length && skipped[region].start < end) continue;
    if (allow.length && isAllowed(text, start, end, allow)) continue;
    keptEnd = end;
    const kind = hits.kind(h);
    // compared without a copy, which would only be garbage; a short one by the code units kept with it
    const length = end - start;
    const sameText = length === lastFound.length && (length <= 2 ? hits.shortText(h) === lastShortText : text.startsWith(lastFound, start));
    if (kind !== lastKind || !sameText || !lastMessage) {
      lastFound = text.slice(start, end);
      lastShortText = hits.shortText(h);
      lastMessage = messageFor(kind, lastFound);
      lastKind = kind;
    }
    const message = lastMessage;
    findings[made++] = finding(start, end, message, undefined, kind === Kind.Anonymised ? 'info' : undefined);
  }
  return made;
}

export const placeholderRule: Rule = {
  id: 'placeholder',
  defaultSeverity: 'error',
  description: { zh: '未填写的占位符（X次、20XX年、××、【单位名称】等）', en: 'Unfilled placeholders (X次, 20XX年, ××, 【单位名称】…)' },
  check: findPlaceholders,
};
