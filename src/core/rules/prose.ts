/**
 * The parts of a report that text rules read, and the characters those rules reason about.
 * Computed once per model and shared by every rule.
 */
import { Block, ReportModel, Span } from '../model';
import { HAN } from '../text';

/** One stretch of prose: a block's text without its heading marker, with its protected spans. */
export interface ProseSegment {
  block: Block;
  start: number;
  end: number;
  /** URLs, e-mail addresses and code spans inside the segment, sorted, never touched by rules. */
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

/** URLs, e-mail addresses, file names and code spans of the whole text, sorted by start. */
function protectedSpans(text: string): Span[] {
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
  if (text.includes('`')) add(CODE_RE);
  if (text.includes('://') || text.includes('www.')) add(URL_RE, /[.,;:!?)'"]+$/);
  if (text.includes('@')) add(EMAIL_RE);
  if (text.includes('.')) {
    DOTTED_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = DOTTED_RE.exec(text)) !== null) {
      if (KNOWN_ENDING.test(m[0])) spans.push({ start: m.index, end: m.index + m[0].length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** True when [start, end) overlaps one of the sorted spans. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  for (const s of spans) {
    if (s.start >= Math.max(end, start + 1)) return false;
    if (start < s.end && s.start < Math.max(end, start + 1)) return true;
  }
  return false;
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
  const { text } = model;
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
  // hand each protected span to the segments it falls in (both lists are in text order)
  const spans = protectedSpans(text);
  let k = 0;
  for (const seg of segments) {
    while (k < spans.length && spans[k].end <= seg.start) k++;
    let j = k;
    const mine: Span[] = [];
    while (j < spans.length && spans[j].start < seg.end) mine.push(spans[j++]);
    if (mine.length) seg.protected = mine;
  }
  cache.set(model, segments);
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

/**
 * The offsets of a single-character pattern's matches in the prose, grouped by segment (segments
 * without a match are left out). For marks that are frequent, such as brackets and quotes: only
 * numbers are kept.
 */
export function positionsBySegment(model: ReportModel, re: RegExp): { seg: ProseSegment; at: number[] }[] {
  const segments = proseSegments(model);
  const { text } = model;
  const out: { seg: ProseSegment; at: number[] }[] = [];
  let p = 0;
  let current: { seg: ProseSegment; at: number[] } | undefined;
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const i = m.index;
    while (p < segments.length && segments[p].end <= i) p++;
    if (p === segments.length) break;
    const seg = segments[p];
    if (i < seg.start) continue;
    if (seg.protected.length && overlapsAny(seg.protected, i, i + 1)) continue;
    if (!current || current.seg !== seg) {
      current = { seg, at: [] };
      out.push(current);
    }
    current.at.push(i);
  }
  return out;
}
