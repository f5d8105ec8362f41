import { Derived } from '../derived';
import { Block, Enumeration, ReportModel } from '../model';
import { chineseNumberAt } from '../numerals';
import { characterPositions, Positions, sharedCharacterSet } from './prose';

// The enumeration families, as one pattern would find them (leftmost first):
//   ([CN]{1,3})是 | 第([CN]{1,3})[，,、：:] | 其([CN]{1,3})[，,、：:] | (首先|其次|再次|最后)[，,、：:]
// They are found from their rarer characters (是 第 其 首 再 最), whose places in the prose the shared
// pass notes, and the numerals around them read by codes: one pattern stopping at every numeral, or a
// search of the whole text for each anchor, cost more than the rest of the parse together.
const SHI = 0x662f; // 是
const DI = 0x7b2c; // 第
const QI = 0x5176; // 其
const SHOU = 0x9996; // 首
const ZAI = 0x518d; // 再
const ZUI = 0x6700; // 最
const XIAN = 0x5148; // 先
const CI = 0x6b21; // 次
const HOU = 0x540e; // 后
const ANCHORS = sharedCharacterSet([SHI, DI, QI, SHOU, ZAI, ZUI]);

/** 一二三四五六七八九十百: the numerals of an enumeration. */
const NUMERAL = new Uint8Array(0x10000);
for (const ch of '一二三四五六七八九十百') NUMERAL[ch.charCodeAt(0)] = 1;
const ENUMERATION_MARK = new Uint8Array(0x10000);
for (const ch of '，,、：:') ENUMERATION_MARK[ch.charCodeAt(0)] = 1;
/** What may come before 一是 (…；一是); before the others only the end of a clause. */
const SHI_BEFORE = new Uint8Array(0x10000);
for (const ch of '。；;：:，,！？!?）)” \t\u3000') SHI_BEFORE[ch.charCodeAt(0)] = 1;
const CLAUSE_BEFORE = new Uint8Array(0x10000);
for (const ch of '。；;：:！？!?') CLAUSE_BEFORE[ch.charCodeAt(0)] = 1;

/** The enumerations of every block without any: most blocks have none. */
const NO_ENUMERATIONS: readonly Enumeration[] = Object.freeze([]);

const NOT_SEARCHED = -2;
const NONE = -1;

/** How many numerals start at `at`, counting to 4 at most: 4 means too many. */
function numeralsAt(text: string, at: number): number {
  let n = 0;
  while (n < 4 && NUMERAL[text.charCodeAt(at + n)] === 1) n++;
  return n;
}

/**
 * The places of one anchor character among the places of all six (ascending), read from a cursor
 * that mostly moves forward: six cursors over one list cost less than six lists made.
 */
class Anchors {
  private cursor = 0;
  constructor(readonly at: Positions, private readonly text: string, private readonly code: number) {}

  /** The index in `at` of the first place of this anchor at or after `from` (`at.length`: none). */
  seek(from: number): number {
    const { at } = this;
    let c = this.cursor;
    while (c > 0 && at[c - 1] >= from) c--;
    while (c < at.length && at[c] < from) c++;
    this.cursor = c;
    return this.next(c);
  }

  /** The index in `at` of the first place of this anchor at or after index `k`. */
  next(k: number): number {
    const { at, text, code } = this;
    while (k < at.length && text.charCodeAt(at[k]) !== code) k++;
    return k;
  }
}

/**
 * `一是…二是…` and the other in-paragraph enumeration families, block by block. The search moves
 * forward through the text: blocks ask in text order, so no block's text is copied, and a match
 * found past one block is kept for the next. For each anchor character the next occurrence that can
 * take part in a match is kept too, so each is looked at once.
 */
class EnumerationFinder {
  /** Where the search is; a new search from before it starts over. */
  private searchedFrom = 0;
  // The next 是 with a numeral before it, and the next 第/其/首/再/最 that start a match (or NONE).
  private shi = NOT_SEARCHED;
  private di = NOT_SEARCHED;
  private qi = NOT_SEARCHED;
  private shou = NOT_SEARCHED;
  private zai = NOT_SEARCHED;
  private zui = NOT_SEARCHED;
  // The match the search stopped at: its start (NONE: none further; NOT_SEARCHED: not searched yet) and parts.
  private matchStart = NOT_SEARCHED;
  private matchEnd = 0;
  private family: Enumeration['family'] = 'shi';
  private numberStart = 0;
  private numberEnd = 0;
  private sequenceNumber = 0;
  private readonly found: Enumeration[] = [];
  private readonly shiAt: Anchors;
  private readonly diAt: Anchors;
  private readonly qiAt: Anchors;
  private readonly shouAt: Anchors;
  private readonly zaiAt: Anchors;
  private readonly zuiAt: Anchors;

  /** `places`: where the anchor characters stand in the text, ascending. */
  constructor(private readonly text: string, places: Positions) {
    this.shiAt = new Anchors(places, text, SHI);
    this.diAt = new Anchors(places, text, DI);
    this.qiAt = new Anchors(places, text, QI);
    this.shouAt = new Anchors(places, text, SHOU);
    this.zaiAt = new Anchors(places, text, ZAI);
    this.zuiAt = new Anchors(places, text, ZUI);
  }

  /** The enumerations in text[start, end); ranges must come in ascending order, not overlapping. */
  find(start: number, end: number): readonly Enumeration[] {
    // gathered in one list kept for every block, then copied at their number: a list of its own
    // grown by the first push would hold room for sixteen
    const found = this.found;
    let count = 0;
    const { text } = this;
    let at = this.matchStart;
    if (at === NOT_SEARCHED || (at >= 0 && at < start)) at = this.search(start);
    while (at >= 0 && at < end) {
      const matchEnd = this.matchEnd;
      if (matchEnd > end) {
        // not within the block: as if the search had stopped at its end
        at = this.search(at + 1);
        continue;
      }
      const before = at > start ? text.charCodeAt(at - 1) : -1;
      let number: number;
      let markerEnd = matchEnd;
      if (this.family === 'shi') {
        if (before >= 0 && !SHI_BEFORE[before]) {
          // 唯一是 is not an enumeration, but 一是 may start right after it: retry one character on
          at = this.search(at + 1);
          continue;
        }
        number = chineseNumberAt(text, this.numberStart, this.numberEnd);
      } else {
        if (before >= 0 && !CLAUSE_BEFORE[before]) {
          at = this.search(matchEnd);
          continue;
        }
        markerEnd = matchEnd - 1; // without its mark
        number = this.family === 'sequence' ? this.sequenceNumber : chineseNumberAt(text, this.numberStart, this.numberEnd);
      }
      found[count++] = { family: this.family, number, text: text.slice(at, markerEnd), span: { start: at, end: markerEnd } };
      at = this.search(matchEnd);
    }
    return count ? found.slice(0, count) : NO_ENUMERATIONS;
  }

  /** The start of the leftmost match at or after `from` (NONE if there is none); its parts go to the fields. */
  private search(from: number): number {
    const { text } = this;
    if (from < this.searchedFrom) {
      this.shi = this.di = this.qi = this.shou = this.zai = this.zui = NOT_SEARCHED;
    }
    this.searchedFrom = from;
    // 是 after one to three numerals: the match starts at the first of them, but not before `from`
    if (this.shi === NOT_SEARCHED || (this.shi >= 0 && this.shi < from + 1)) this.shi = this.nextShi(from + 1);
    if (this.di === NOT_SEARCHED || (this.di >= 0 && this.di < from)) this.di = this.nextNumbered(this.diAt, from, false);
    if (this.qi === NOT_SEARCHED || (this.qi >= 0 && this.qi < from)) this.qi = this.nextNumbered(this.qiAt, from, true);
    if (this.shou === NOT_SEARCHED || (this.shou >= 0 && this.shou < from)) this.shou = this.nextSequence(this.shouAt, XIAN, from);
    if (this.zai === NOT_SEARCHED || (this.zai >= 0 && this.zai < from)) this.zai = this.nextSequence(this.zaiAt, CI, from);
    if (this.zui === NOT_SEARCHED || (this.zui >= 0 && this.zui < from)) this.zui = this.nextSequence(this.zuiAt, HOU, from);

    let best = NONE;
    const shi = this.shi;
    if (shi >= 0) {
      let first = shi - 1;
      while (first > from && first > shi - 3 && NUMERAL[text.charCodeAt(first - 1)] === 1) first--;
      best = first;
      this.family = 'shi';
      this.numberStart = first;
      this.numberEnd = shi;
      this.matchEnd = shi + 1;
    }
    const di = this.di;
    if (di >= 0 && (best < 0 || di < best)) {
      best = di;
      this.family = 'di';
      this.numberStart = di + 1;
      this.numberEnd = di + 1 + numeralsAt(text, di + 1);
      this.matchEnd = this.numberEnd + 1;
    }
    const qi = this.qi;
    if (qi >= 0 && (best < 0 || qi < best)) {
      best = qi;
      if (text.charCodeAt(qi + 1) === CI) {
        this.family = 'sequence';
        this.sequenceNumber = 2;
        this.matchEnd = qi + 3;
      } else {
        this.family = 'qi';
        this.numberStart = qi + 1;
        this.numberEnd = qi + 1 + numeralsAt(text, qi + 1);
        this.matchEnd = this.numberEnd + 1;
      }
    }
    // 首先 其次 再次 最后 (其次 is found with 其), in that order: the first of equals wins
    best = this.earlierSequence(best, this.shou, 1);
    best = this.earlierSequence(best, this.zai, 3);
    best = this.earlierSequence(best, this.zui, 0);
    this.matchStart = best;
    return best;
  }

  /** `at` (a 首先/再次/最后 of that number) when it comes before `best`, its parts then in the fields; else `best`. */
  private earlierSequence(best: number, at: number, number: number): number {
    if (at < 0 || (best >= 0 && at >= best)) return best;
    this.family = 'sequence';
    this.sequenceNumber = number;
    this.matchEnd = at + 3;
    return at;
  }

  /** The next 是 at or after `from` with a numeral right before it. */
  private nextShi(from: number): number {
    const { text } = this;
    const anchors = this.shiAt;
    const { at } = anchors;
    for (let k = anchors.seek(from); k < at.length; k = anchors.next(k + 1)) {
      if (at[k] > 0 && NUMERAL[text.charCodeAt(at[k] - 1)] === 1) return at[k];
    }
    return NONE;
  }

  /** The next anchor at or after `from` followed by one to three numerals and a mark (第一，), or 其次 when `orCi`. */
  private nextNumbered(anchors: Anchors, from: number, orCi: boolean): number {
    const { text } = this;
    const { at } = anchors;
    for (let k = anchors.seek(from); k < at.length; k = anchors.next(k + 1)) {
      const n = numeralsAt(text, at[k] + 1);
      if (n >= 1 && n <= 3 && ENUMERATION_MARK[text.charCodeAt(at[k] + 1 + n)] === 1) return at[k];
      if (orCi && text.charCodeAt(at[k] + 1) === CI && ENUMERATION_MARK[text.charCodeAt(at[k] + 2)] === 1) return at[k];
    }
    return NONE;
  }

  /** The next two-character word anchor + `second` at or after `from` followed by a mark (首先，). */
  private nextSequence(anchors: Anchors, second: number, from: number): number {
    const { text } = this;
    const { at } = anchors;
    for (let k = anchors.seek(from); k < at.length; k = anchors.next(k + 1)) {
      if (text.charCodeAt(at[k] + 1) === second && ENUMERATION_MARK[text.charCodeAt(at[k] + 2)] === 1) return at[k];
    }
    return NONE;
  }
}

const enumerationsByBlock = new Derived<readonly (readonly Enumeration[])[]>();

/**
 * `一是/二是…` and their kin in each block's text, by the block's index in `model.blocks`: in
 * headings after the marker, in the other blocks of prose from the start of their content; tables
 * and comments hold none.
 */
export function enumerationsOf(model: ReportModel): readonly (readonly Enumeration[])[] {
  let found = enumerationsByBlock.get(model);
  if (found) return found;
  const { blocks } = model;
  const places = characterPositions(model, ANCHORS);
  const lists = new Array<readonly Enumeration[]>(blocks.length).fill(NO_ENUMERATIONS);
  if (places.length) findInBlocks(new EnumerationFinder(model.text, places), blocks, lists);
  found = enumerationsByBlock.set(model, lists);
  return found;
}

function findInBlocks(finder: EnumerationFinder, blocks: readonly Block[], lists: (readonly Enumeration[])[]): void {
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'table' || block.kind === 'comment') continue;
    lists[b] = finder.find(block.kind === 'heading' ? block.headingText.start : block.content.start, block.content.end);
  }
}
