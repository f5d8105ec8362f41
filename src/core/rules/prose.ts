/**
 * The parts of a report that text rules read, and the characters those rules reason about.
 * Computed once per model and shared by every rule.
 */
import { Block, ReportModel, Span } from '../model';
import { Derived } from '../derived';
import { HAN, partitionPoint } from '../text';

/** One stretch of prose: a block's text without its heading marker, with its protected spans. */
export interface ProseSegment {
  block: Block;
  start: number;
  end: number;
  /** URLs, e-mail addresses, file names and code spans inside the segment, never touched by rules: sorted and disjoint. */
  protected: Span[];
}

const HAN_CHAR = new RegExp(`[${HAN}]`);
/** Han ideographs and the CJK marks that stand where Chinese text is. */
const CJK_CHAR = new RegExp(`[${HAN}，。、；：？！“”‘’（）《》〈〉【】〔〕…—·「」『』]`);
const CJK_OPEN_OR_HAN = new RegExp(`[${HAN}“‘（《〈【〔「『]`);
const CJK_CLOSE_OR_HAN = new RegExp(`[${HAN}”’）》〉】〕」』。，、；：？！…]`);

export function isHanChar(ch: string | undefined): boolean {
  return ch !== undefined && HAN_CHAR.test(ch);
}

export function isCjkChar(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CHAR.test(ch);
}

/** Han or a mark that opens a Chinese phrase (“ （ 《 …). */
export function opensChinese(ch: string | undefined): boolean {
  return ch !== undefined && CJK_OPEN_OR_HAN.test(ch);
}

/** Han or a mark that closes a Chinese phrase or sentence (” ） 》 。 …). */
export function closesChinese(ch: string | undefined): boolean {
  return ch !== undefined && CJK_CLOSE_OR_HAN.test(ch);
}

export function isAsciiWordChar(ch: string | undefined): boolean {
  return ch !== undefined && /[A-Za-z0-9]/.test(ch);
}

export function isInlineSpace(ch: string | undefined): boolean {
  return ch === ' ' || ch === '\t' || ch === '\u00a0' || ch === '\u3000';
}

// Stretches no rule may rewrite. Every pattern is linear: no nested quantifiers.
// a URL is ASCII: it ends at the first space, Chinese character or full-width mark
const URL_RE = /\b(?:https?|ftp):\/\/[!-~]+|\bwww\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:\/[!-~]*)?/g;
const CODE_RE = /`[^`\n]+`/g;
// e-mail addresses (/(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/) and
// bare domain and file names (news.cn, 报告.docx: /(?<![A-Za-z0-9.-])[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+/,
// with a known ending) are found from each @ and each dot: the same matches, without a regex tried
// at every character of the text
const KNOWN_ENDING = /\.(?:com|cn|net|org|gov|edu|docx?|xlsx?|pptx?|pdf|txt|md|wps|html?|zip|rar|png|jpe?g)$/i;
const DOT = 0x2e;
/** For each ASCII code: LABEL for A–Z a–z 0–9 and -, LOCAL for those and . _ % + (an address's local part), RUN for a label's and the dot. */
const ASCII_CLASS = new Uint8Array(128);
const LABEL = 1;
const LOCAL = 2;
const RUN = 4;
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  if (/[A-Za-z0-9-]/.test(ch)) ASCII_CLASS[c] |= LABEL | LOCAL | RUN;
  if (/[._%+]/.test(ch)) ASCII_CLASS[c] |= LOCAL;
  if (ch === '.') ASCII_CLASS[c] |= RUN;
}
/** Whether the code (NaN past the text's ends) is one of the class. */
const isA = (code: number, kind: number) => code < 128 && (ASCII_CLASS[code] & kind) !== 0;

/** The end of the run of label characters from `i` on. */
function labelEnd(text: string, i: number): number {
  while (isA(text.charCodeAt(i), LABEL)) i++;
  return i;
}

/**
 * The end of one or more `.label` from `i` on (a dot followed by label characters, greedily), or -1
 * when none is there.
 */
function dottedLabelsEnd(text: string, i: number): number {
  let end = -1;
  while (text.charCodeAt(i) === DOT && isA(text.charCodeAt(i + 1), LABEL)) end = i = labelEnd(text, i + 1);
  return end;
}

/** Spans of e-mail addresses, in text order. */
function emailAddresses(text: string, spans: Span[]): void {
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    // the local part: the whole run before the @, which no address found before may overlap
    let start = at;
    while (isA(text.charCodeAt(start - 1), LOCAL)) start--;
    if (start === at || start < lastEnd) continue;
    const label = labelEnd(text, at + 1);
    if (label === at + 1) continue;
    const end = dottedLabelsEnd(text, label);
    if (end < 0) continue;
    spans.push({ start, end });
    lastEnd = end;
  }
}

/** Spans of bare domain and file names with a known ending, in text order. */
function dottedNames(text: string, spans: Span[]): void {
  for (let dot = text.indexOf('.'); dot >= 0; ) {
    // the run of label characters and dots around the dot: a name can only start where it starts
    let start = dot;
    while (isA(text.charCodeAt(start - 1), RUN)) start--;
    const end = dottedLabelsEnd(text, labelEnd(text, start));
    if (end > 0 && KNOWN_ENDING.test(text.slice(start, end))) spans.push({ start, end });
    let runEnd = Math.max(end, dot + 1);
    while (isA(text.charCodeAt(runEnd), RUN)) runEnd++;
    dot = text.indexOf('.', runEnd);
  }
}

/**
 * URLs, e-mail addresses, file names and code spans of the whole text, sorted; where they overlap
 * or touch (a domain inside a URL, a URL in a code span), joined into one.
 */
function protectedSpans(model: ReportModel): Span[] {
  const { text } = model;
  const holds = (ch: string) => holdsCharacter(model, ch);
  const spans: Span[] = [];
  const add = (re: RegExp, trim?: RegExp) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      // a sentence's own full stop or bracket after an address is not part of it
      const length = trim ? m[0].replace(trim, '').length : m[0].length;
      spans.push({ start: m.index, end: m.index + length });
    }
  };
  // each scan only when the text holds what its matches must (the characters are noted by the shared pass)
  if (holds('`')) add(CODE_RE);
  if ((holds(':') && text.includes('://')) || (holds('w') && text.includes('www.'))) add(URL_RE, /[.,;:!?)'"]+$/);
  if (holds('@')) emailAddresses(text, spans);
  if (holds('.')) dottedNames(text, spans);
  spans.sort((a, b) => a.start - b.start);
  // disjoint spans, their ends ascending too: a search by binary halving finds the one at an offset
  const joined: Span[] = [];
  for (const span of spans) {
    const last = joined[joined.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else joined.push(span);
  }
  return joined;
}

/** The index of the first segment from `from` on that ends after `offset`: steps that double, then halving. */
export function segmentEndingAfter(segments: readonly ProseSegment[], from: number, offset: number): number {
  if (from >= segments.length || segments[from].end > offset) return from;
  let lo = from;
  let step = 1;
  while (lo + step < segments.length && segments[lo + step].end <= offset) {
    lo += step;
    step *= 2;
  }
  let hi = Math.min(lo + step, segments.length);
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end > offset) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The index of the first of the protected spans (disjoint, sorted) that ends after `offset`. */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  return partitionPoint(spans.length, (k) => spans[k].end > offset);
}

/** True when [start, end) (an empty range: the character at start) overlaps one of a segment's protected spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  // the first span that ends after `start` is the only one that can: the next ones start later
  const k = firstEndingAfter(spans, start);
  return k < spans.length && spans[k].start < Math.max(end, start + 1);
}

/** True when one of a segment's protected spans ends at `start` or starts at `end`. */
export function touchesAny(spans: readonly Span[], start: number, end: number): boolean {
  const k = firstEndingAfter(spans, start - 1);
  if (k < spans.length && spans[k].end === start) return true;
  const j = firstEndingAfter(spans, end);
  return j < spans.length && spans[j].start === end;
}

const segmentsOf = new Derived<ProseSegment[]>();

/**
 * Every stretch of prose in reading order: titles, headings (after the marker and its spaces),
 * paragraphs, closing, signature, date, attachment notes and table cells. Front matter and
 * comments are not prose.
 */
export function proseSegments(model: ReportModel): ProseSegment[] {
  const hit = segmentsOf.get(model);
  if (hit) return hit;
  const segments = segmentsOfBlocks(model.blocks);
  // the shared pass, which finding the protected spans asks for, reads the segments' bounds only
  segmentsOf.set(model, segments);
  const spans = protectedSpans(model);
  if (spans.length) handOut(spans, segments);
  return segments;
}

// Each loop over a long list is a function of its own, with nothing after it to run: the engine
// optimizes a long loop while it runs, and code after the loop that had not run yet by then would
// send that code back to the interpreter, on every later run too.

const NO_SPANS: Span[] = [];

/** The segments of the blocks, in text order. */
function segmentsOfBlocks(blocks: readonly Block[]): ProseSegment[] {
  const segments: ProseSegment[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b];
    if (block.kind === 'table') {
      for (let r = 0; r < block.rows.length; r++) {
        const row = block.rows[r];
        for (let c = 0; c < row.length; c++) {
          if (row[c].end > row[c].start) segments.push({ block, start: row[c].start, end: row[c].end, protected: NO_SPANS });
        }
      }
    } else if (block.kind !== 'comment') {
      const start = block.kind === 'heading' ? block.headingText.start : block.content.start;
      if (block.content.end > start) segments.push({ block, start, end: block.content.end, protected: NO_SPANS });
    }
  }
  return segments;
}

/** Hands each protected span to the segments it falls in (both lists are in text order). */
function handOut(spans: readonly Span[], segments: readonly ProseSegment[]): void {
  let k = 0;
  for (let s = 0; s < segments.length && k < spans.length; s++) {
    const seg = segments[s];
    while (k < spans.length && spans[k].end <= seg.start) k++;
    let j = k;
    let mine: Span[] | undefined;
    while (j < spans.length && spans[j].start < seg.end) (mine ??= []).push(spans[j++]);
    if (mine) seg.protected = mine;
  }
}

export interface ProseMatch {
  m: RegExpExecArray;
  start: number;
  end: number;
  seg: ProseSegment;
}

/**
 * Every match of a global regex that lies wholly inside one prose segment and touches no protected
 * span, in text order. One pass over the whole text: a rule costs one regex scan, not one per line.
 */
export function scanProse(model: ReportModel, re: RegExp): ProseMatch[] {
  const segments = proseSegments(model);
  const { text } = model;
  const out: ProseMatch[] = [];
  let p = 0;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = m.index;
    const end = start + m[0].length;
    while (p < segments.length && segments[p].end <= start) p++;
    if (p === segments.length) break;
    const seg = segments[p];
    if (start < seg.start || end > seg.end) continue;
    if (seg.protected.length && overlapsAny(seg.protected, start, end)) continue;
    out.push({ m, start, end, seg });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The characters rules act on, found in one pass over the text

/**
 * What a rule acts on: single characters (UTF-16 codes), or strings of two or more code units,
 * found where they start (a string's first character lies in the prose; the rest may run past the
 * segment's end). A set holds characters or strings, not both.
 */
export class CharacterSet {
  constructor(readonly codes: readonly number[], readonly strings: readonly string[] = []) {
    if (codes.length && strings.length) throw new Error('a character set holds characters or strings, not both');
    for (const s of strings) if (s.length < 2) throw new Error(`a string of a character set has two code units or more: “${s}”`);
  }

  /** A set of strings, each of two UTF-16 code units or more. */
  static ofStrings(strings: readonly string[]): CharacterSet {
    return new CharacterSet([], strings);
  }
}

/** The codes whose entry in a table passes `keep`. */
export function codesWhere(table: Uint8Array, keep: (value: number) => boolean): number[] {
  const codes: number[] = [];
  table.forEach((value, code) => {
    if (keep(value)) codes.push(code);
  });
  return codes;
}

/** The sets that rules declare for the shared pass (at most 31: one bit each). */
const sharedSets: CharacterSet[] = [];
/** Counts declarations: a pass made before the last one is made again. */
let declarations = 0;
let sharedTables: SetTables | undefined;

/**
 * Declares a set for the shared pass: one pass per model finds every shared set's characters,
 * instead of each rule reading every character of the prose itself.
 */
export function sharedCharacterSet(codes: readonly number[]): CharacterSet {
  return share(new CharacterSet(codes));
}

/** Declares a set of strings (two UTF-16 code units or more each) for the shared pass. */
export function sharedStringSet(strings: readonly string[]): CharacterSet {
  return share(CharacterSet.ofStrings(strings));
}

function share(set: CharacterSet): CharacterSet {
  if (sharedSets.length === 31) throw new Error('at most 31 shared character sets');
  sharedSets.push(set);
  declarations++;
  sharedTables = undefined;
  return set;
}

/**
 * A code's entry in the table the pass reads for each character (16 bits). Bits 0–6: the strings
 * whose first character this is; bits 7–13: the strings whose second character it is; a string is
 * marked by one of seven bits (chosen by its first code, see `stringBits`), the same in both. Where a
 * character starts no string that its successor continues they share no bit.
 */
const enum Entry {
  Starts = 0x7f,
  Continues = 0x3f80,
  StartsToContinues = 7,
  /** The character belongs to a set of single characters. */
  Single = 0x4000,
  /** Not seen yet: cleared by the pass where the character first occurs (and set again when it is done). */
  New = 0x8000,
}

/** Marks that stand in Chinese text as often as its commonest characters. */
const COMMON_MARKS = new Set([...'，。、；：“”（）《》！？'].map((ch) => ch.charCodeAt(0)));

/** How common a code is in reports, roughly: what a pair of codes standing together by chance is weighed by. */
function commonness(code: number): number {
  const rank = COMMONNESS.get(code);
  if (rank !== undefined) return rank;
  return COMMON_MARKS.has(code) ? 2 * COMMON_CHARACTERS.length : code < 0x80 ? COMMON_CHARACTERS.length / 4 : 4;
}

/**
 * The bit of each pair's first code: a character that starts a pair and one that ends another, of the
 * same bit, standing together make the pass note a place that is none. The first codes are given bits
 * commonest first, each the bit where it adds the least weight of such chance pairs (the sum over the
 * bits of the weight of the first codes times that of the second ones).
 */
function stringBits(pairs: readonly number[]): Map<number, number> {
  const seconds = new Map<number, Set<number>>();
  for (const key of pairs) {
    const first = key >>> 16;
    let of = seconds.get(first);
    if (!of) seconds.set(first, (of = new Set()));
    of.add(key & 0xffff);
  }
  const firstWeight = new Array<number>(7).fill(0);
  const secondWeight = new Array<number>(7).fill(0);
  const secondsOfBit = Array.from({ length: 7 }, () => new Set<number>());
  const bits = new Map<number, number>();
  const firsts = [...seconds.keys()].sort((a, b) => commonness(b) - commonness(a) || a - b);
  for (const first of firsts) {
    let best = 0;
    let bestGrowth = Infinity;
    for (let k = 0; k < 7; k++) {
      let added = 0;
      for (const second of seconds.get(first)!) if (!secondsOfBit[k].has(second)) added += commonness(second);
      const growth = (firstWeight[k] + commonness(first)) * (secondWeight[k] + added) - firstWeight[k] * secondWeight[k];
      if (growth < bestGrowth) {
        best = k;
        bestGrowth = growth;
      }
    }
    bits.set(first, 1 << best);
    firstWeight[best] += commonness(first);
    for (const second of seconds.get(first)!) {
      if (!secondsOfBit[best].has(second)) secondWeight[best] += commonness(second);
      secondsOfBit[best].add(second);
    }
  }
  return bits;
}

/** The sets as tables. */
interface SetTables {
  /** For each UTF-16 code: its `Entry` bits. */
  entry: Uint16Array;
  /** For each UTF-16 code: the sets of single characters that hold it, one bit per set. */
  singles: Uint32Array;
  /**
   * The strings' first two code units (`first << 16 | second`) in a table of open addressing, with
   * the pair's number + 1 (0: an empty slot); a key's first slot is its hash's top `32 - pairShift` bits.
   */
  pairKeys: Int32Array;
  pairIndex: Int32Array;
  pairShift: number;
  /** Per pair: the sets (one bit each) holding its two code units as a string of their own. */
  pairSets: Int32Array;
  /** Per pair: its longer strings are those from `longerFrom[pair]` to `longerFrom[pair + 1]`. */
  longerFrom: Int32Array;
  /**
   * Per longer string: its set's bit, where in it the pair stands (its anchor, see `anchorOf`), the
   * code unit after the pair or, at the string's end, before it (`longerNext`, read first), and itself.
   */
  longerSet: Int32Array;
  longerAnchor: Int32Array;
  longerNext: Int32Array;
  longerText: string[];
}

/**
 * The commonest characters of Chinese reports, commonest first (counted on reports of every genre): a
 * string is looked for by a pair of its characters, and a pair of common ones stands in the text
 * often where the string does not (党风 for 党风廉正), each time a place the pass notes and drops.
 */
const COMMON_CHARACTERS = '的党一年全工不作建学人实项个题在是和对二务中三开展理度有责行管次习问推持成到部上业主会任发够化员生时严分设动新强治制教坚政等面力以深组报进职体规入落下为县研领提基改目四查加重导公现廉委自办要监层定还情用同通支高事督心点于织水方告量增日大况资风完存级议专程长评安律平村格育服群国每众精医关达科标本意率经论检局认干产';
const COMMONNESS = new Map([...COMMON_CHARACTERS].map((ch, rank) => [ch.charCodeAt(0), COMMON_CHARACTERS.length - rank]));

/** Where in a string the pair of code units to look for it by starts: the least common pair, the first of equals. */
function anchorOf(s: string): number {
  let best = 0;
  let bestScore = Infinity;
  for (let o = 0; o + 1 < s.length; o++) {
    const score = (COMMONNESS.get(s.charCodeAt(o)) ?? 0) + (COMMONNESS.get(s.charCodeAt(o + 1)) ?? 0);
    if (score < bestScore) {
      best = o;
      bestScore = score;
    }
  }
  return best;
}

function setTables(sets: readonly CharacterSet[]): SetTables {
  const entry = new Uint16Array(65536).fill(Entry.New);
  const singles = new Uint32Array(65536);
  /** Per pair of code units: the sets holding it as a string, and the longer strings with their set's bit. */
  const byPair = new Map<number, { sets: number; longer: { set: number; text: string; anchor: number }[] }>();
  sets.forEach((set, k) => {
    for (const code of set.codes) {
      entry[code] |= Entry.Single;
      singles[code] |= 1 << k;
    }
    for (const s of set.strings) {
      const anchor = s.length === 2 ? 0 : anchorOf(s);
      const key = (s.charCodeAt(anchor) << 16) | s.charCodeAt(anchor + 1);
      let pair = byPair.get(key);
      if (!pair) byPair.set(key, (pair = { sets: 0, longer: [] }));
      if (s.length === 2) pair.sets |= 1 << k;
      else pair.longer.push({ set: 1 << k, text: s, anchor });
    }
  });
  const bits = stringBits([...byPair.keys()]);
  for (const key of byPair.keys()) {
    const bit = bits.get(key >>> 16)!;
    entry[key >>> 16] |= bit;
    entry[key & 0xffff] |= bit << Entry.StartsToContinues;
  }
  // a table at most a quarter full
  let pairShift = 28;
  while (1 << (32 - pairShift) < byPair.size * 4) pairShift--;
  const pairKeys = new Int32Array(1 << (32 - pairShift));
  const pairIndex = new Int32Array(pairKeys.length);
  const pairSets = new Int32Array(byPair.size);
  const longerFrom = new Int32Array(byPair.size + 1);
  const longer = [...byPair.values()].flatMap((pair) => pair.longer);
  const longerSet = Int32Array.from(longer, (str) => str.set);
  const longerAnchor = Int32Array.from(longer, (str) => str.anchor);
  const longerNext = Int32Array.from(longer, (str) => str.text.charCodeAt(str.anchor + 2 < str.text.length ? str.anchor + 2 : str.anchor - 1));
  const longerText = longer.map((str) => str.text);
  let n = 0;
  for (const [key, pair] of byPair) {
    let slot = Math.imul(key, 0x9e3779b1) >>> pairShift;
    while (pairIndex[slot] !== 0) slot = (slot + 1) & (pairKeys.length - 1);
    pairKeys[slot] = key;
    pairIndex[slot] = n + 1;
    pairSets[n] = pair.sets;
    longerFrom[n + 1] = longerFrom[n] + pair.longer.length;
    n++;
  }
  return { entry, singles, pairKeys, pairIndex, pairShift, pairSets, longerFrom, longerSet, longerAnchor, longerNext, longerText };
}

/** The number of the pair of code units (`first << 16 | second`) that starts strings of the sets, or -1. */
function pairNumber(tables: SetTables, key: number): number {
  const { pairKeys, pairIndex } = tables;
  const mask = pairKeys.length - 1;
  for (let slot = Math.imul(key, 0x9e3779b1) >>> tables.pairShift; pairIndex[slot] !== 0; slot = (slot + 1) & mask) {
    if (pairKeys[slot] === key) return pairIndex[slot] - 1;
  }
  return -1;
}

/** Offsets in the text, ascending. */
export type Positions = Int32Array;

interface FoundCharacters {
  /** Per set, where its characters (or strings) stand in the prose, in text order. */
  lists: Positions[];
  /** The UTF-16 codes that occur anywhere in the text, one bit each. */
  seen: Uint32Array;
}

// Where a pass writes the places of each set (by its index), kept from one pass to the next and
// grown as needed: the list a set is given is then copied at its length, outside the JavaScript
// heap. Lists grown place by place were the pass's main cost (and left their shorter copies behind).
const placeLists: Int32Array[] = Array.from({ length: 32 }, () => new Int32Array(256));
const placeCounts = new Int32Array(32);

/** Adds `at` to the places of set `k`. */
function addPlace(k: number, at: number): void {
  const n = placeCounts[k];
  let list = placeLists[k];
  if (n === list.length) {
    const grown = new Int32Array(2 * n);
    grown.set(list);
    placeLists[k] = list = grown;
  }
  list[n] = at;
  placeCounts[k] = n + 1;
}

/** Adds `at` to the places of each set in `bits`. */
function addPlaces(bits: number, at: number): void {
  while (bits !== 0) {
    const k = 31 - Math.clz32(bits);
    addPlace(k, at);
    bits ^= 1 << k;
  }
}

/**
 * How many code units the pass reads at a time: the stretch and its copy stay in the processor's
 * cache while its places are sorted out, which reads the text there again.
 */
const STRETCH = 1 << 14;

// Where the pass notes the places of a stretch to sort out, and the new characters it meets: kept
// from one pass to the next (a pass makes no other pass while it runs), and made at the most they can
// hold (a place per code unit of a stretch, each character once): noting never grows a list.
/** The places of a stretch where a character is new, of a set, or may end the first pair of a string. */
const noteAt = new Int32Array(STRETCH);
/** The codes there and before: `before << 16 | code`. */
const noteCodes = new Int32Array(STRETCH);
const newCodes = new Uint16Array(65536);
let noteCount = 0;
let newCount = 0;

/**
 * Node's `Buffer` where the code runs in Node (the editor's extension host, the CLI), whose copy of a
 * string is native; a browser has none (and a bundler's stand-in would copy in JavaScript).
 */
interface Utf16Writer extends Uint8Array {
  write(text: string, offset: number, encoding: 'utf16le'): number;
}
const inNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string';
const nodeBuffer = inNode ? (globalThis as { Buffer?: { allocUnsafe(size: number): Utf16Writer } }).Buffer : undefined;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
/** Where a stretch's code units are copied for the pass, kept for the next. */
let unitsBuffer: Utf16Writer | undefined;

/**
 * The code units of the text from `from` to `to`, two to an entry (the first in the low half), copied
 * natively: a loop reads an array faster than a string, and an entry of two units faster still.
 * Undefined where no native copy is to be had (in a browser) or the stretch is short.
 */
function codeUnitPairs(text: string, from: number, to: number): Uint32Array | undefined {
  if (!nodeBuffer || !LITTLE_ENDIAN || to - from < 4096) return undefined;
  unitsBuffer ??= nodeBuffer.allocUnsafe(2 * STRETCH);
  const stretch = from === 0 && to === text.length ? text : text.slice(from, to);
  if (unitsBuffer.write(stretch, 0, 'utf16le') !== 2 * (to - from) || unitsBuffer.byteOffset % 4 !== 0) return undefined;
  return new Uint32Array(unitsBuffer.buffer, unitsBuffer.byteOffset, (to - from) >> 1);
}

/**
 * One read of every character of the text, a stretch at a time. Most characters are neither new,
 * nor of a set, nor the end of a string's first pair: for them the loop reads the table and goes on.
 * Where one may be, the place is noted (a new character is noted as seen), and sorted out after the
 * stretch: what lies outside the prose is dropped then.
 */
function findCharacters(model: ReportModel, sets: readonly CharacterSet[], tables: SetTables): FoundCharacters {
  // first, as making them may ask for the shared pass, which uses the lists below too
  const segments = proseSegments(model);
  const { text } = model;
  const bounds = segmentBounds(segments);
  placeCounts.fill(0);
  // the table itself: the NEW bits the pass clears are set again below
  const table = tables.entry;
  newCount = 0;
  try {
    // the segment that is the first to end after the places sorted out (its start's index in `bounds`)
    let segment = 0;
    for (let from = 0; from < text.length; from += STRETCH) {
      const to = Math.min(from + STRETCH, text.length);
      noteCount = 0;
      const pairs = codeUnitPairs(text, from, to);
      // four code units at a time (two entries of the copy, or four reads of the string), then the rest
      const read = to - ((to - from) & 3);
      if (pairs) readPairs(pairs, table, text, from);
      else readString(text, table, from, read);
      if (read < to) readRest(text, table, read, to);
      segment = sortOut(text, bounds, segment, tables);
    }
  } finally {
    restoreNew(table, newCodes, newCount);
  }
  const lists = sets.map((_, k) => placeLists[k].slice(0, placeCounts[k]));
  return { lists, seen: seenCodes(newCodes, newCount) };
}

// The reading, the sorting out and every other loop over a long list are functions of their own,
// with nothing after the loop to run: see `segmentsOfBlocks`.

// Whether a block of four code units holds a place to note (a new character, one of a set, or one
// whose character before may start a string with it) is tested for all four at once: most blocks hold
// none. The test is written out in each loop: a call for each block costs much until the engine has
// optimized the loop.

/** Reads the blocks of four code units in the copy of the stretch from `from`. */
function readPairs(pairs: Uint32Array, table: Uint16Array, text: string, from: number): void {
  const blocks = pairs.length >> 1;
  // the unit before the block: its code and entry
  let before = from > 0 ? text.charCodeAt(from - 1) : 0;
  let beforeEntry = from > 0 ? table[before] : 0;
  for (let b = 0; b < blocks; b++) {
    const low = pairs[2 * b];
    const high = pairs[2 * b + 1];
    const e1 = table[low & 0xffff];
    const e2 = table[low >>> 16];
    const e3 = table[high & 0xffff];
    const e4 = table[high >>> 16];
    if ((((e1 | e2 | e3 | e4) & (Entry.New | Entry.Single))
      | (((beforeEntry << Entry.StartsToContinues) & e1) | ((e1 << Entry.StartsToContinues) & e2)
        | ((e2 << Entry.StartsToContinues) & e3) | ((e3 << Entry.StartsToContinues) & e4)) & Entry.Continues) !== 0) {
      noteUnits(table, from + 4 * b, 4, before, beforeEntry, low, high);
    }
    before = high >>> 16;
    beforeEntry = e4;
  }
}

/** Reads the blocks of four code units of the text from `from` to `to` (a whole number of blocks apart). */
function readString(text: string, table: Uint16Array, from: number, to: number): void {
  let before = from > 0 ? text.charCodeAt(from - 1) : 0;
  let beforeEntry = from > 0 ? table[before] : 0;
  for (let i = from; i < to; i += 4) {
    const c4 = text.charCodeAt(i + 3);
    const e1 = table[text.charCodeAt(i)];
    const e2 = table[text.charCodeAt(i + 1)];
    const e3 = table[text.charCodeAt(i + 2)];
    const e4 = table[c4];
    if ((((e1 | e2 | e3 | e4) & (Entry.New | Entry.Single))
      | (((beforeEntry << Entry.StartsToContinues) & e1) | ((e1 << Entry.StartsToContinues) & e2)
        | ((e2 << Entry.StartsToContinues) & e3) | ((e3 << Entry.StartsToContinues) & e4)) & Entry.Continues) !== 0) {
      noteUnits(table, i, 4, before, beforeEntry, text.charCodeAt(i) | (text.charCodeAt(i + 1) << 16), text.charCodeAt(i + 2) | (c4 << 16));
    }
    before = c4;
    beforeEntry = e4;
  }
}

/** Reads the code units from `from` to `to`: fewer than four (a unit past the text's end reads as 0). */
function readRest(text: string, table: Uint16Array, from: number, to: number): void {
  const before = from > 0 ? text.charCodeAt(from - 1) : 0;
  const low = text.charCodeAt(from) | (text.charCodeAt(from + 1) << 16);
  noteUnits(table, from, to - from, before, from > 0 ? table[before] : 0, low, text.charCodeAt(from + 2) | 0);
}

/**
 * Notes the places among the `count` (at most four) code units from `at` on, given two to a number
 * (the first in the low half) after a unit of code `before` and entry `beforeEntry`: each unit whose
 * entry has a bit of `New`, `Single`, or of the strings the unit before starts on the bits of those it
 * continues. A new character is noted as seen.
 */
function noteUnits(table: Uint16Array, at: number, count: number, before: number, beforeEntry: number, low: number, high: number): void {
  let units = low;
  for (let i = at; i < at + count; i++) {
    const code = units & 0xffff;
    units = i === at + 1 ? high : units >>> 16;
    const entry = table[code];
    if (((((beforeEntry & Entry.Starts) << Entry.StartsToContinues) | Entry.New | Entry.Single) & entry) !== 0) {
      if ((entry & Entry.New) !== 0) {
        table[code] = entry ^ Entry.New;
        newCodes[newCount++] = code;
      }
      noteAt[noteCount] = i;
      noteCodes[noteCount++] = (before << 16) | code;
    }
    before = code;
    beforeEntry = entry;
  }
}

/** Sets the `New` bits the pass cleared again. */
function restoreNew(table: Uint16Array, codes: Uint16Array, count: number): void {
  for (let k = 0; k < count; k++) table[codes[k]] |= Entry.New;
}

/** The codes as bits. */
function seenCodes(codes: Uint16Array, count: number): Uint32Array {
  const seen = new Uint32Array(2048);
  for (let k = 0; k < count; k++) seen[codes[k] >> 5] |= 1 << (codes[k] & 31);
  return seen;
}

/** The segments' starts and ends, one after the other. */
function segmentBounds(segments: readonly ProseSegment[]): Int32Array {
  const bounds = new Int32Array(2 * segments.length);
  for (let s = 0; s < segments.length; s++) {
    bounds[2 * s] = segments[s].start;
    bounds[2 * s + 1] = segments[s].end;
  }
  return bounds;
}

/** Whether the text holds `str` at `at`, where its first three code units are known to stand. */
function restMatches(text: string, at: number, str: string): boolean {
  for (let j = 3; j < str.length; j++) if (text.charCodeAt(at + j) !== str.charCodeAt(j)) return false;
  return true;
}

/** Whether `at` lies in one of the segments whose bounds are given. */
function inSegments(bounds: Int32Array, at: number): boolean {
  const s = partitionPoint(bounds.length >> 1, (k) => bounds[2 * k + 1] > at);
  return s < bounds.length >> 1 && bounds[2 * s] <= at;
}

/**
 * Adds `at` to the places of each set in `bits` where it belongs: a string looked for by a pair
 * further in is found after places that lie past its start. A place already there is not added twice.
 */
function insertPlaces(bits: number, at: number): void {
  while (bits !== 0) {
    const k = 31 - Math.clz32(bits);
    bits ^= 1 << k;
    let n = placeCounts[k];
    const list = placeLists[k];
    let i = n;
    while (i > 0 && list[i - 1] > at) i--;
    if (i > 0 && list[i - 1] === at) continue;
    addPlace(k, at);
    // the list may have grown into a new one
    const grown = placeLists[k];
    for (n = placeCounts[k] - 1; n > i; n--) grown[n] = grown[n - 1];
    grown[i] = at;
  }
}

/**
 * Adds the noted places that lie in the prose to the lists of their sets: a character of a set, or
 * the first of a string (whose rest may follow the prose). `s` is the segment that is the first to end
 * after the places sorted out before (its start's index in `bounds`); returns the one after these.
 */
function sortOut(text: string, bounds: Int32Array, s: number, tables: SetTables): number {
  const { entry, singles, pairSets, longerFrom, longerSet, longerAnchor, longerNext, longerText } = tables;
  const ends = bounds.length;
  for (let k = 0; k < noteCount; k++) {
    const at = noteAt[k];
    const codes = noteCodes[k];
    const code = codes & 0xffff;
    const bits = entry[code];
    // the pair of a string at the unit before (the bits let through some pairs of none)
    if (at > 0 && (((entry[codes >>> 16] & Entry.Starts) << Entry.StartsToContinues) & bits) !== 0) {
      while (s < ends && bounds[s + 1] <= at - 1) s += 2;
      const inProse = s < ends && bounds[s] <= at - 1;
      const pair = pairNumber(tables, codes);
      if (pair >= 0) {
        let found = inProse ? pairSets[pair] : 0;
        for (let q = longerFrom[pair]; q < longerFrom[pair + 1]; q++) {
          const anchor = longerAnchor[q];
          if (anchor === 0) {
            // a string starting with the pair: in the prose where the pair is
            if (inProse && (found & longerSet[q]) === 0 && text.charCodeAt(at + 1) === longerNext[q] && restMatches(text, at - 1, longerText[q])) found |= longerSet[q];
          } else {
            // a string with the pair further in: its start looked up on its own, as it is rarely there
            const str = longerText[q];
            const start = at - 1 - anchor;
            if (text.charCodeAt(anchor + 2 < str.length ? at + 1 : at - 2) === longerNext[q] && start >= 0 && text.startsWith(str, start) && inSegments(bounds, start)) insertPlaces(longerSet[q], start);
          }
        }
        addPlaces(found, at - 1);
      }
    }
    if ((bits & Entry.Single) !== 0) {
      while (s < ends && bounds[s + 1] <= at) s += 2;
      if (s < ends && bounds[s] <= at) {
        const of = singles[code];
        // most characters belong to one set
        if ((of & (of - 1)) === 0) addPlace(31 - Math.clz32(of), at);
        else addPlaces(of, at);
      }
    }
  }
  return s;
}

const passOf = new Derived<{ declarations: number; found: FoundCharacters }>();

/** What the shared pass found in the model (made when first asked for). */
function sharedPass(model: ReportModel): FoundCharacters {
  // the prose segments first: finding their protected spans asks for this pass, which then is
  // made (and cached) there, not a second time here
  proseSegments(model);
  let hit = passOf.get(model);
  if (!hit || hit.declarations !== declarations) {
    sharedTables ??= setTables(sharedSets);
    hit = { declarations, found: findCharacters(model, sharedSets, sharedTables) };
    passOf.set(model, hit);
  }
  return hit.found;
}

/**
 * The offsets in the prose (see `proseSegments`) of the set's characters (or where its strings
 * start), ascending; protected spans included. Shared sets come from the one pass over the model;
 * any other set costs a pass.
 */
export function characterPositions(model: ReportModel, set: CharacterSet): Positions {
  const k = sharedSets.indexOf(set);
  if (k >= 0) return sharedPass(model).lists[k];
  let tables = ownTables.get(set);
  if (!tables) ownTables.set(set, (tables = setTables([set])));
  return findCharacters(model, [set], tables).lists[0];
}

/** The tables of the sets that are not shared, made when first asked for. */
const ownTables = new WeakMap<CharacterSet, SetTables>();

/** Where `codesAt` puts the codes, kept from one call to the next (up to `KEPT_CODES` of them). */
let keptCodes = new Uint16Array(1024);
const KEPT_CODES = 1 << 16;

/**
 * The code at each of the places, read in a loop of its own: these reads wait on nothing, so the
 * processor makes many at once, and brings the text around each place into its cache for the checks
 * that follow. In a long report the places lie far apart in memory, and a loop that checks each place
 * would otherwise wait for them one at a time. The codes are overwritten by the next call.
 */
export function codesAt(text: string, places: ArrayLike<number>): Uint16Array {
  let codes = keptCodes;
  if (codes.length < places.length) {
    codes = new Uint16Array(2 * places.length);
    if (codes.length <= KEPT_CODES) keptCodes = codes;
  }
  for (let k = 0; k < places.length; k++) codes[k] = text.charCodeAt(places[k]);
  return codes;
}

/** Two ascending lists of positions (of two sets) as one. */
export function mergedPositions(a: Positions, b: Positions): Positions {
  // in one loop with nothing after it: code after a loop the engine optimized while it ran would
  // send that code back to the interpreter on every call
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < out.length; k++) out[k] = j === b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
  return out;
}

/**
 * Whether the character (one UTF-16 code unit; a longer string is searched for) occurs anywhere in
 * the text: the shared pass notes every character it reads.
 */
export function holdsCharacter(model: ReportModel, ch: string): boolean {
  if (ch.length !== 1) return model.text.includes(ch);
  const code = ch.charCodeAt(0);
  return (sharedPass(model).seen[code >> 5] & (1 << (code & 31))) !== 0;
}
