/**
 * The parts of a report that text rules read, and the characters those rules reason about.
 * Computed once per model and shared by every rule.
 */
import { Block, ReportModel, Span } from '../model';
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
const EMAIL_RE = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const CODE_RE = /`[^`\n]+`/g;
// bare domain names and file names (news.cn, 报告.docx) keep their dots: a dotted run, checked
// for a known ending in code, so the regex never backtracks
const DOTTED_RE = /(?<![A-Za-z0-9.-])[A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)+/g;
const KNOWN_ENDING = /\.(?:com|cn|net|org|gov|edu|docx?|xlsx?|pptx?|pdf|txt|md|wps|html?|zip|rar|png|jpe?g)$/i;

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
  if (holds('@')) add(EMAIL_RE);
  if (holds('.')) {
    DOTTED_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DOTTED_RE.exec(text)) !== null) {
      if (KNOWN_ENDING.test(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
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

const cache = new WeakMap<ReportModel, ProseSegment[]>();

/**
 * Every stretch of prose in reading order: titles, headings (after the marker and its spaces),
 * paragraphs, closing, signature, date, attachment notes and table cells. Front matter and
 * comments are not prose.
 */
export function proseSegments(model: ReportModel): ProseSegment[] {
  const hit = cache.get(model);
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
  cache.set(model, segments);
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
// The characters rules act on, found in one pass over the prose

/** Two adjacent characters folded to 16 bits: an index into a filter of the pairs that matter. */
export function pairHash(first: number, second: number): number {
  return ((first * 40503) ^ second) & 0xffff;
}

/**
 * The characters (UTF-16 codes) a rule acts on. With `pairs`, a character counts only where it and
 * the character after it pass that filter (indexed by `pairHash`); a filter lets some pairs through
 * that are not wanted, so the rule still checks what it is given.
 */
export class CharacterSet {
  constructor(readonly codes: readonly number[], readonly pairs?: Uint8Array) {}
}

/** The codes whose entry in a table passes `keep`. */
export function codesWhere(table: Uint8Array, keep: (value: number) => boolean): number[] {
  const codes: number[] = [];
  table.forEach((value, code) => {
    if (keep(value)) codes.push(code);
  });
  return codes;
}

/** The sets that rules declare for the shared pass (at most 15: one bit each in a code's entry). */
const sharedSets: CharacterSet[] = [];
/** Characters whose presence anywhere in the text rules ask about. */
const watchedCodes: number[] = [];
/** Counts declarations: a pass made before the last one is made again. */
let declarations = 0;
let sharedTables: SetTables | undefined;
/** The bit of the characters that are only watched for (no set's bit, in a code's entry). */
const WATCHED = 1 << 15;

/**
 * Declares a set for the shared pass: one pass per model finds every shared set's characters,
 * instead of each rule reading every character of the prose itself.
 */
export function sharedCharacterSet(codes: readonly number[], pairs?: Uint8Array): CharacterSet {
  if (sharedSets.length === 15) throw new Error('at most 15 shared character sets');
  const set = new CharacterSet(codes, pairs);
  sharedSets.push(set);
  declarations++;
  sharedTables = undefined;
  return set;
}

/**
 * Declares characters whose presence anywhere in the text (`holdsCharacter`) rules ask about, to
 * skip a search when it cannot find anything: the shared pass notes them on its way, which costs
 * less than looking for each one in the whole text.
 */
export function watchCharacters(chars: string): void {
  for (const ch of chars) watchedCodes.push(ch.charCodeAt(0));
  declarations++;
  sharedTables = undefined;
}

// what the protected spans' scans need (see protectedSpans)
watchCharacters('`:w@.');

/** The sets as tables: one bit per set in each entry. */
interface SetTables {
  /** For each UTF-16 code, the sets that hold it (and `WATCHED` for a watched character). */
  byCode: Uint16Array;
  /** The bits of all the sets (without `WATCHED`). */
  all: number;
  /** The sets with a filter on pairs. */
  paired: number;
  /** For each `pairHash`, the sets with a filter on pairs that pass it. */
  byPair: Uint16Array;
}

function setTables(sets: readonly CharacterSet[], watched: readonly number[] = []): SetTables {
  const byCode = new Uint16Array(65536);
  const byPair = new Uint16Array(65536);
  let paired = 0;
  sets.forEach((set, k) => {
    const bit = 1 << k;
    for (const code of set.codes) byCode[code] |= bit;
    if (!set.pairs) return;
    paired |= bit;
    set.pairs.forEach((passes, hash) => {
      if (passes) byPair[hash] |= bit;
    });
  });
  for (const code of watched) byCode[code] |= WATCHED;
  return { byCode, all: (1 << sets.length) - 1, paired, byPair };
}

interface FoundCharacters {
  /** Per set, where its characters stand in the prose, in text order. */
  lists: number[][];
  /** For each watched code: 1 when it occurs anywhere in the text. */
  seen: Uint8Array;
}

function findCharacters(model: ReportModel, sets: readonly CharacterSet[], tables: SetTables): FoundCharacters {
  const { text } = model;
  const { byCode, all, paired, byPair } = tables;
  const lists: number[][] = sets.map(() => []);
  const seen = new Uint8Array(65536);
  let gapStart = 0;
  const segments = proseSegments(model);
  // an indexed loop: an iterator here allocates for each segment
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s];
    // between stretches of prose (heading numbers, comments, front matter…) only what occurs counts
    for (let i = gapStart; i < seg.start; i++) {
      const code = text.charCodeAt(i);
      if (byCode[code] & WATCHED) seen[code] = 1;
    }
    const end = (gapStart = seg.end);
    // each character is read once, as the next one of the character before
    let next = text.charCodeAt(seg.start);
    for (let i = seg.start; i < end; i++) {
      const code = next;
      next = text.charCodeAt(i + 1);
      let bits = byCode[code];
      if (bits === 0) continue;
      if (bits & WATCHED) {
        seen[code] = 1;
        bits &= all;
      }
      // a set with a filter keeps the character only when the pair with the next one passes
      if (bits & paired) bits &= ~paired | byPair[pairHash(code, next)];
      // most characters belong to one set only
      if ((bits & (bits - 1)) === 0) {
        if (bits !== 0) lists[31 - Math.clz32(bits)].push(i);
        continue;
      }
      // one step per set that keeps the character, highest bit first
      while (bits !== 0) {
        const k = 31 - Math.clz32(bits);
        lists[k].push(i);
        bits ^= 1 << k;
      }
    }
  }
  for (let i = gapStart; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (byCode[code] & WATCHED) seen[code] = 1;
  }
  return { lists, seen };
}

const sharedCache = new WeakMap<ReportModel, { declarations: number; found: FoundCharacters }>();

/** What the shared pass found in the model (made when first asked for). */
function sharedPass(model: ReportModel): FoundCharacters {
  // the prose segments first: finding their protected spans asks for this pass, which then is
  // made (and cached) there, not a second time here
  proseSegments(model);
  let hit = sharedCache.get(model);
  if (!hit || hit.declarations !== declarations) {
    sharedTables ??= setTables(sharedSets, watchedCodes);
    hit = { declarations, found: findCharacters(model, sharedSets, sharedTables) };
    sharedCache.set(model, hit);
  }
  return hit.found;
}

/**
 * The offsets in the prose (see `proseSegments`) of the set's characters, ascending; protected
 * spans included. Shared sets come from the one pass over the model; any other set costs a pass.
 */
export function characterPositions(model: ReportModel, set: CharacterSet): readonly number[] {
  const k = sharedSets.indexOf(set);
  if (k < 0) return findCharacters(model, [set], setTables([set])).lists[0];
  return sharedPass(model).lists[k];
}

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

/** Whether the character occurs anywhere in the text; answered by the shared pass when watched. */
export function holdsCharacter(model: ReportModel, ch: string): boolean {
  const code = ch.charCodeAt(0);
  sharedTables ??= setTables(sharedSets, watchedCodes);
  if (!(sharedTables.byCode[code] & WATCHED)) return model.text.includes(ch);
  return sharedPass(model).seen[code] === 1;
}
