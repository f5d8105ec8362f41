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
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const CODE_RE = /`[^`\n]+`/g;
// bare domain names and file names (news.cn, 报告.docx) keep their dots
const DOMAIN_RE = /\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:com|cn|net|org|gov|edu|docx?|xlsx?|pptx?|pdf|txt|md|wps|html?|zip|rar|png|jpe?g)\b/gi;

function protectedSpans(text: string, start: number, end: number): Span[] {
  const s = text.slice(start, end);
  const spans: Span[] = [];
  const add = (re: RegExp) => {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(s)) !== null) spans.push({ start: start + m.index, end: start + m.index + m[0].length });
  };
  if (s.includes('`')) add(CODE_RE);
  if (s.includes('://') || s.includes('www.')) {
    URL_RE.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = URL_RE.exec(s)) !== null) {
      // a sentence's own full stop or bracket after the address is not part of it
      const url = m[0].replace(/[.,;:!?)'"]+$/, '');
      spans.push({ start: start + m.index, end: start + m.index + url.length });
    }
  }
  if (s.includes('@')) add(EMAIL_RE);
  if (s.includes('.')) add(DOMAIN_RE);
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
  const push = (block: Block, start: number, end: number) => {
    if (end > start) segments.push({ block, start, end, protected: protectedSpans(text, start, end) });
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
  cache.set(model, segments);
  return segments;
}

/** Runs a global regex over a segment, skipping matches that touch a protected span. */
export function* matchesIn(text: string, segment: ProseSegment, re: RegExp): Generator<RegExpExecArray & { start: number; end: number }> {
  const s = text.slice(segment.start, segment.end);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s)) !== null) {
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    const start = segment.start + m.index;
    const end = start + m[0].length;
    if (segment.protected.length && overlapsAny(segment.protected, start, end)) continue;
    yield Object.assign(m, { start, end });
  }
}
