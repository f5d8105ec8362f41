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
  const segments: ProseSegment[] = [];
  const none: Span[] = [];
  const push = (block: Block, start: number, end: number) => {
    if (end > start) segments.push({ block, start, end, protected: none });
  };
  for (const block of model.blocks) {
    if (block.kind === 'comment') continue;
    if (block.kind === 'table') {
      for (const row of block.rows) for (const cell of row) push(block, cell.start, cell.end);
    } else if (block.kind === 'heading') {
      push(block, block.headingText.start, block.content.end);
    } else {
      push(block, block.content.start, block.content.end);
    }
  }
  // the shared pass, which finding the protected spans asks for, reads the segments' bounds only
  segmentsOf.set(model, segments);
  // hand each protected span to the segments it falls in (both lists are in text order)
  const spans = protectedSpans(model);
  let k = 0;
  for (const seg of segments) {
    if (k === spans.length) break;
    while (k < spans.length && spans[k].end <= seg.start) k++;
    let j = k;
    let mine: Span[] | undefined;
    while (j < spans.length && spans[j].start < seg.end) (mine ??= []).push(spans[j++]);
    if (mine) seg.protected = mine;
  }
  return segments;
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


// A code's entry in the table the pass reads for each character (16 bits):
/** Not seen yet: cleared by the pass where the character first occurs (and set again when it is done). */
const NEW = 0x8000;
/** The character belongs to a set of single characters. */
const SINGLE = 0x4000;
/**
 * Bits 0–6: the strings whose first character this is; bits 7–13: the strings whose second
 * character it is; a string is marked by one of seven bits (by its first code), the same in both.
 * Where a character starts no string that its successor continues they share no bit.
 */
const STARTS = 0x7f;
const CONTINUES = 0x3f80;
const STARTS_TO_CONTINUES = 7;
const stringBit = (first: number) => 1 << (first % 7);

/** The strings of all sets that start with one pair of code units. */
interface PairStrings {
  /** The sets (one bit each) holding the two code units as a string of their own. */
  sets: number;
  /** Longer strings: each with its set's bit. */
  longer: { set: number; text: string; third: number }[];
}

/** The sets as tables. */
interface SetTables {
  /** For each UTF-16 code: `NEW`, `SINGLE`, `STARTS` and `CONTINUES` bits (see above). */
  entry: Uint16Array;
  /** For each UTF-16 code: the sets of single characters that hold it, one bit per set. */
  singles: Uint32Array;
  /**
   * The strings' first two code units (`first << 16 | second`) in a table of open addressing, with
   * their index in `pairs` + 1 (0: an empty slot); a key's first slot is its hash's top `32 - pairShift` bits.
   */
  pairKeys: Int32Array;
  pairIndex: Int32Array;
  pairShift: number;
  pairs: PairStrings[];
}

function setTables(sets: readonly CharacterSet[]): SetTables {
  const entry = new Uint16Array(65536).fill(NEW);
  const singles = new Uint32Array(65536);
  const byPair = new Map<number, PairStrings>();
  sets.forEach((set, k) => {
    for (const code of set.codes) {
      entry[code] |= SINGLE;
      singles[code] |= 1 << k;
    }
    for (const s of set.strings) {
      const first = s.charCodeAt(0);
      const second = s.charCodeAt(1);
      entry[first] |= stringBit(first);
      entry[second] |= stringBit(first) << STARTS_TO_CONTINUES;
      const key = (first << 16) | second;
      let pair = byPair.get(key);
      if (!pair) byPair.set(key, (pair = { sets: 0, longer: [] }));
      if (s.length === 2) pair.sets |= 1 << k;
      else pair.longer.push({ set: 1 << k, text: s, third: s.charCodeAt(2) });
    }
  });
  // a table at most a quarter full
  let pairShift = 28;
  while (1 << (32 - pairShift) < byPair.size * 4) pairShift--;
  const pairKeys = new Int32Array(1 << (32 - pairShift));
  const pairIndex = new Int32Array(pairKeys.length);
  const pairs: PairStrings[] = [];
  for (const [key, pair] of byPair) {
    let slot = Math.imul(key, 0x9e3779b1) >>> pairShift;
    while (pairIndex[slot] !== 0) slot = (slot + 1) & (pairKeys.length - 1);
    pairs.push(pair);
    pairKeys[slot] = key;
    pairIndex[slot] = pairs.length;
  }
  return { entry, singles, pairKeys, pairIndex, pairShift, pairs };
}

/** The strings that start with a pair of code units (`first << 16 | second`), if any set has one. */
function stringsOfPair(tables: SetTables, key: number): PairStrings | undefined {
  const { pairKeys, pairIndex } = tables;
  const mask = pairKeys.length - 1;
  for (let slot = Math.imul(key, 0x9e3779b1) >>> tables.pairShift; pairIndex[slot] !== 0; slot = (slot + 1) & mask) {
    if (pairKeys[slot] === key) return tables.pairs[pairIndex[slot] - 1];
  }
  return undefined;
}

interface FoundCharacters {
  /** Per set, where its characters (or strings) stand in the prose, in text order. */
  lists: number[][];
  /** The UTF-16 codes that occur anywhere in the text, one bit each. */
  seen: Uint32Array;
}

/** Pushes `at` onto the list of each set in `bits`. */
function pushAt(lists: number[][], bits: number, at: number): void {
  while (bits !== 0) {
    const k = 31 - Math.clz32(bits);
    lists[k].push(at);
    bits ^= 1 << k;
  }
}

// Where the pass notes places to sort out afterwards, and the new characters it meets: kept from
// one pass to the next (a pass makes no other pass while it runs), as lists allocated anew for each
// pass of a long text cost more.
const singleAt: number[] = [];
const singleCodes: number[] = [];
const pairAt: number[] = [];
/** The pair's two codes, as `first << 16 | second`. */
const pairCodes: number[] = [];
const newCodes: number[] = [];
let singleCount = 0;
let pairCount = 0;
let newCount = 0;

/**
 * What the pass does where a character's entry shares a bit with `mask` (the bits of the character
 * before, `before`, see `findCharacters`): a new character is noted as seen, a place to sort out is
 * noted, with the codes there (read again later, the text would be read at random).
 */
function note(table: Uint16Array, i: number, code: number, entry: number, mask: number, before: number): void {
  if (entry & NEW) {
    table[code] = entry ^ NEW;
    newCodes[newCount++] = code;
  }
  if (mask & entry & CONTINUES) {
    pairAt[pairCount] = i - 1;
    pairCodes[pairCount++] = (before << 16) | code;
  }
  if (entry & SINGLE) {
    singleAt[singleCount] = i;
    singleCodes[singleCount++] = code;
  }
}

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
/** Where a long text's code units are copied for the pass; kept for the next one unless large. */
let unitsBuffer: Utf16Writer | undefined;
const KEPT_BUFFER_BYTES = 4 << 20;

/**
 * The text's UTF-16 code units, two to an entry (the first in the low half), copied natively: a loop
 * reads an array faster than a string, and an entry of two units faster still. Undefined where no
 * native copy is to be had (in a browser) or the text is short.
 */
function codeUnitPairs(text: string): Uint32Array | undefined {
  if (!nodeBuffer || !LITTLE_ENDIAN || text.length < 4096) return undefined;
  const bytes = text.length * 2;
  if (!unitsBuffer || unitsBuffer.length < bytes) unitsBuffer = nodeBuffer.allocUnsafe(bytes + 4);
  const buffer = unitsBuffer;
  if (bytes > KEPT_BUFFER_BYTES) unitsBuffer = undefined;
  if (buffer.write(text, 0, 'utf16le') !== bytes || buffer.byteOffset % 4 !== 0) return undefined;
  return new Uint32Array(buffer.buffer, buffer.byteOffset, text.length >> 1);
}

/**
 * One read of every character of the text. Most characters are neither new, nor of a set, nor the
 * start of a string: for them the loop reads the table and goes on. A new character is noted as
 * seen; where a character may be one of a set's, or may start a string with the next one, the place
 * is noted, and sorted out afterwards (what lies outside the prose is dropped then).
 */
function findCharacters(model: ReportModel, sets: readonly CharacterSet[], tables: SetTables): FoundCharacters {
  // first, as making them may ask for the shared pass, which uses the lists below too
  const segments = proseSegments(model);
  // the table itself: the NEW bits the pass clears are set again below
  const table = tables.entry;
  singleCount = pairCount = newCount = 0;
  try {
    readCharacters(model.text, table);
  } finally {
    for (let k = 0; k < newCount; k++) table[newCodes[k]] |= NEW;
  }
  const seen = new Uint32Array(2048);
  for (let k = 0; k < newCount; k++) seen[newCodes[k] >> 5] |= 1 << (newCodes[k] & 31);
  return { lists: sortOut(model.text, segments, sets, tables), seen };
}

// The reading and the sorting out are functions of their own: each is one long loop, which the engine
// optimizes while it runs; code after such a loop in the same function has not run yet then, and
// would send the optimized code back to the interpreter on every pass.

/** Notes the new characters of the text and the places to sort out (see `note`). */
function readCharacters(text: string, table: Uint16Array): void {
  // NEW, SINGLE, and the strings the character before starts (on the bits of those they continue)
  let mask = NEW | SINGLE;
  let before = 0;
  let i = 0;
  const pairs = codeUnitPairs(text);
  if (pairs) {
    for (let j = 0; j < pairs.length; j++) {
      const units = pairs[j];
      const first = units & 0xffff;
      const firstEntry = table[first];
      if ((mask & firstEntry) !== 0) note(table, 2 * j, first, firstEntry, mask, before);
      mask = ((firstEntry & STARTS) << STARTS_TO_CONTINUES) | NEW | SINGLE;
      const second = units >>> 16;
      const secondEntry = table[second];
      if ((mask & secondEntry) !== 0) note(table, 2 * j + 1, second, secondEntry, mask, first);
      mask = ((secondEntry & STARTS) << STARTS_TO_CONTINUES) | NEW | SINGLE;
      before = second;
    }
    i = 2 * pairs.length;
  }
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const entry = table[code];
    if ((mask & entry) !== 0) note(table, i, code, entry, mask, before);
    mask = ((entry & STARTS) << STARTS_TO_CONTINUES) | NEW | SINGLE;
    before = code;
  }
}

/** The noted places that lie in the prose, per set. */
function sortOut(text: string, segments: readonly ProseSegment[], sets: readonly CharacterSet[], tables: SetTables): number[][] {
  const lists: number[][] = sets.map(() => []);
  // the places in the prose: a character, or the first of a string (its rest may follow the prose)
  let s = 0;
  for (let k = 0; k < singleCount; k++) {
    const at = singleAt[k];
    while (s < segments.length && segments[s].end <= at) s++;
    if (s === segments.length) break;
    if (segments[s].start > at) continue;
    const bits = tables.singles[singleCodes[k]];
    // most characters belong to one set
    if ((bits & (bits - 1)) === 0) lists[31 - Math.clz32(bits)].push(at);
    else pushAt(lists, bits, at);
  }
  s = 0;
  for (let k = 0; k < pairCount; k++) {
    const at = pairAt[k];
    while (s < segments.length && segments[s].end <= at) s++;
    if (s === segments.length) break;
    if (segments[s].start > at) continue;
    // (the bits let through some pairs that start no string)
    const pair = stringsOfPair(tables, pairCodes[k]);
    if (!pair) continue;
    let bits = pair.sets;
    for (const str of pair.longer) {
      if (!(bits & str.set) && text.charCodeAt(at + 2) === str.third && text.startsWith(str.text, at)) bits |= str.set;
    }
    pushAt(lists, bits, at);
  }
  return lists;
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
export function characterPositions(model: ReportModel, set: CharacterSet): readonly number[] {
  const k = sharedSets.indexOf(set);
  if (k >= 0) return sharedPass(model).lists[k];
  let tables = ownTables.get(set);
  if (!tables) ownTables.set(set, (tables = setTables([set])));
  return findCharacters(model, [set], tables).lists[0];
}

/** The tables of the sets that are not shared, made when first asked for. */
const ownTables = new WeakMap<CharacterSet, SetTables>();

/** Two ascending lists of positions (of two sets) as one. */
export function mergedPositions(a: readonly number[], b: readonly number[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i] < b[j] ? a[i++] : b[j++]);
  while (i < a.length) out.push(a[i++]);
  while (j < b.length) out.push(b[j++]);
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
