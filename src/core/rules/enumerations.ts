import { Derived } from '../derived';
import { Enumeration, ReportModel } from '../model';
import { chineseNumberAt } from '../numerals';
import { isNumberingNumeral, numberingNumeralsAt } from '../parse';
import { characterPositions, Positions, sharedCharacterSet } from './prose';

// The enumeration families, as one pattern would find them (leftmost first, matches not overlapping):
//   ([CN]{1,3})是 | 第([CN]{1,3})[，,、：:] | 其([CN]{1,3})[，,、：:] | (首先|其次|再次|最后)[，,、：:]
// They are found from their rarer characters (是 第 其 首 再 最), whose places in the prose the shared
// pass notes, and the numerals around them read by codes: one pattern stopping at every numeral, or a
// search of the whole text for each anchor, cost more than the rest of the parse together. A match
// starts at its anchor or, for 是, at the numerals right before it, which hold no anchor: matches
// start in the order of their anchors, so the anchors are read once, in order.
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

const ENUMERATION_MARK = new Uint8Array(0x10000);
for (const ch of '，,、：:') ENUMERATION_MARK[ch.charCodeAt(0)] = 1;
/** What may come before 一是 (…；一是); before the others only the end of a clause. */
const SHI_BEFORE = new Uint8Array(0x10000);
for (const ch of '。；;：:，,！？!?）)” \t\u3000') SHI_BEFORE[ch.charCodeAt(0)] = 1;
const CLAUSE_BEFORE = new Uint8Array(0x10000);
for (const ch of '。；;：:！？!?') CLAUSE_BEFORE[ch.charCodeAt(0)] = 1;

/** The families, by the numbers the table stores them as. */
export const ENUMERATION_FAMILIES: readonly Enumeration['family'][] = ['shi', 'di', 'qi', 'sequence'];
const SHI_FAMILY = 0;
const DI_FAMILY = 1;
const QI_FAMILY = 2;
const SEQUENCE_FAMILY = 3;

/** The enumerations of every block without any: most blocks have none. */
const NO_ENUMERATIONS: readonly Enumeration[] = Object.freeze([]);

const NONE = -1;

/** The match an anchor makes: its start and end (NONE: none), its family and number, and where its marker ends. */
interface Candidate {
  start: number;
  end: number;
  markerEnd: number;
  family: number;
  number: number;
}

/**
 * The match the anchor at `p` makes in a search from `from` (`start` NONE when it makes none): a 是
 * after one to three numerals at or after `from`, the others at or after `from` and followed by
 * their numerals or second character, then a mark.
 */
function candidateAt(text: string, p: number, from: number, c: Candidate): void {
  c.start = NONE;
  const code = text.charCodeAt(p);
  if (code === SHI) {
    if (p < from + 1 || !isNumberingNumeral(text.charCodeAt(p - 1))) return;
    let first = p - 1;
    while (first > from && first > p - 3 && isNumberingNumeral(text.charCodeAt(first - 1))) first--;
    c.start = first;
    c.end = c.markerEnd = p + 1;
    c.family = SHI_FAMILY;
    c.number = chineseNumberAt(text, first, p);
    return;
  }
  if (p < from) return;
  const next = text.charCodeAt(p + 1);
  if (code === DI || code === QI) {
    if (code === QI && next === CI) {
      if (ENUMERATION_MARK[text.charCodeAt(p + 2)] !== 1) return;
      c.family = SEQUENCE_FAMILY;
      c.number = 2;
    } else {
      const n = numberingNumeralsAt(text, p + 1);
      if (n < 1 || n > 3 || ENUMERATION_MARK[text.charCodeAt(p + 1 + n)] !== 1) return;
      c.family = code === DI ? DI_FAMILY : QI_FAMILY;
      c.number = chineseNumberAt(text, p + 1, p + 1 + n);
      c.start = p;
      c.markerEnd = p + 1 + n;
      c.end = c.markerEnd + 1;
      return;
    }
  } else {
    // 首先 再次 最后
    const second = code === SHOU ? XIAN : code === ZAI ? CI : HOU;
    if (next !== second || ENUMERATION_MARK[text.charCodeAt(p + 2)] !== 1) return;
    c.family = SEQUENCE_FAMILY;
    c.number = code === SHOU ? 1 : code === ZAI ? 3 : 0;
  }
  c.start = p;
  c.markerEnd = p + 2;
  c.end = p + 3;
}

/**
 * Every enumeration of a report, in text order, as columns of numbers: the rule reads these and
 * makes an object only for a finding, and no list is made per block.
 */
export interface EnumerationTable {
  count: number;
  /** Where each marker starts and ends (`Enumeration.span`). */
  start: Int32Array;
  end: Int32Array;
  /** Its family, by index in `ENUMERATION_FAMILIES`. */
  family: Uint8Array;
  number: Int32Array;
  /** The code right after the marker (-1 at the end of the text), read while that stretch of text is at hand. */
  after: Int32Array;
  /** The index in `model.blocks` of its block. */
  block: Int32Array;
  /**
   * 1 for the first enumeration after a heading, title or closing block (that block itself
   * included), where a list ends: the rule need not read the blocks again.
   */
  afterBreak: Uint8Array;
}

const tableOf = new Derived<EnumerationTable>();

/** The enumerations of the report, in text order (made once per model). */
export function enumerationTable(model: ReportModel): EnumerationTable {
  const hit = tableOf.get(model);
  if (hit) return hit;
  const places = characterPositions(model, ANCHORS);
  // each match has an anchor of its own: there are no more of them than anchors
  const size = places.length;
  const table: EnumerationTable = {
    count: 0,
    start: new Int32Array(size), end: new Int32Array(size), family: new Uint8Array(size), number: new Int32Array(size),
    after: new Int32Array(size), block: new Int32Array(size), afterBreak: new Uint8Array(size),
  };
  if (size) findInBlocks(model.text, places, model, table);
  return tableOf.set(model, table);
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
  const table = enumerationTable(model);
  const lists = new Array<Enumeration[]>(model.blocks.length).fill(NO_ENUMERATIONS as Enumeration[]);
  for (let i = 0; i < table.count; i++) {
    const b = table.block[i];
    const e = enumerationAt(model.text, table, i);
    if (lists[b] === NO_ENUMERATIONS) lists[b] = [e];
    else lists[b].push(e);
  }
  found = enumerationsByBlock.set(model, lists);
  return found;
}

/** The enumeration in row `i` of the table, as an object. */
export function enumerationAt(text: string, table: EnumerationTable, i: number): Enumeration {
  const start = table.start[i];
  const end = table.end[i];
  return { family: ENUMERATION_FAMILIES[table.family[i]], number: table.number[i], text: text.slice(start, end), span: { start, end } };
}

function findInBlocks(text: string, places: Positions, model: ReportModel, table: EnumerationTable): void {
  const { blocks } = model;
  const candidate: Candidate = { start: NONE, end: 0, markerEnd: 0, family: SHI_FAMILY, number: 0 };
  let k = 0;
  let sawBreak = false;
  for (let b = 0; b < blocks.length && k < places.length; b++) {
    const block = blocks[b];
    const kind = block.kind;
    if (kind === 'heading' || kind === 'title' || kind === 'closing') sawBreak = true;
    else if (kind === 'table' || kind === 'comment') continue;
    const start = kind === 'heading' ? block.headingText.start : block.content.start;
    const end = block.content.end;
    while (k < places.length && places[k] < start) k++;
    if (k < places.length && places[k] < end) {
      const before = table.count;
      enumerationsIn(text, places, k, start, end, candidate, table);
      if (table.count > before) {
        table.afterBreak[before] = sawBreak ? 1 : 0;
        sawBreak = false;
        for (let i = before; i < table.count; i++) table.block[i] = b;
      }
    }
  }
}

/**
 * The enumerations in text[start, end), from the anchors at `places[k]` on (the first of them in
 * the range), added to the table. A match that runs past the range is none; one after a character
 * that does not end a clause is none either (唯一是), though for 一是 the search goes on one character
 * on (…二一是 is 一是).
 */
function enumerationsIn(text: string, places: Positions, k: number, start: number, end: number, c: Candidate, table: EnumerationTable): void {
  let from = start;
  while (k < places.length && places[k] < end) {
    candidateAt(text, places[k], from, c);
    if (c.start === NONE) {
      k++;
      continue;
    }
    const at = c.start;
    if (c.end > end) {
      // a 是 ends before `end`: only a mark past the range gets here, and this anchor makes no match later
      from = at + 1;
      continue;
    }
    const before = at > start ? text.charCodeAt(at - 1) : -1;
    if (c.family === SHI_FAMILY) {
      if (before >= 0 && SHI_BEFORE[before] !== 1) {
        // the same 是 again, from its next numeral
        from = at + 1;
        continue;
      }
    } else if (before >= 0 && CLAUSE_BEFORE[before] !== 1) {
      from = c.end;
      continue;
    }
    const row = table.count++;
    table.start[row] = at;
    table.end[row] = c.markerEnd;
    table.family[row] = c.family;
    table.number[row] = c.number;
    table.after[row] = c.markerEnd < text.length ? text.charCodeAt(c.markerEnd) : -1;
    from = c.end;
  }
}
