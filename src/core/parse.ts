import { parseDocument } from 'yaml';
import {
  Block, Enumeration, FrontMatter, HeadingBlock, HeadingLevel, HeadingMarker, MarkerFamily,
  PlainBlock, ReportModel, Span, TableBlock,
} from './model';
import { formatChineseNumber, parseChineseNumber, parseCircledNumber, toAsciiDigits } from './numerals';
import { partitionPoint } from './text';

const CN = '一二三四五六七八九十百';

// Markers at the start of a line's content, each with the variants reviewers flag (domain rules N1–N6).
const MARKERS: { family: MarkerFamily; re: RegExp }[] = [
  { family: 'chinese-paren', re: new RegExp(`^[（(]([${CN}]{1,3})[）)][、，,.．：:]?`) },
  { family: 'arabic-paren', re: /^[（(]([0-9０-９]{1,3})[）)][、，,.．：:]?/ },
  // `三、2025年工作打算` is a heading; `一、二季度` and `一.5` are not
  { family: 'chinese', re: new RegExp(`^([${CN}]{1,3})(?:、(?![${CN}])|[.．，,：:](?![${CN}0-9]))`) },
  { family: 'arabic', re: /^([0-9０-９]{1,3})[.．、](?![0-9０-９])/ },
  { family: 'circled', re: /^([①-⑳])[、.．，,]?/ },
];

const LEVEL_OF: Record<MarkerFamily, HeadingLevel> = {
  chinese: 1, 'chinese-paren': 2, arabic: 3, 'arabic-paren': 4, circled: 5,
};

/** Markers made so far, by family and number: a long report repeats the same few thousands of times. */
const canonicalMarkers: Record<MarkerFamily, string[]> = {
  chinese: [], 'chinese-paren': [], arabic: [], 'arabic-paren': [], circled: [],
};

export function canonicalMarker(family: MarkerFamily, n: number): string {
  // the cache stays small: a parsed marker has at most three digits
  if (!(Number.isInteger(n) && n >= 0 && n < 1000)) return makeCanonicalMarker(family, n);
  const made = canonicalMarkers[family];
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

/** The characters a marker can start with. */
const MARKER_FIRST_CHARS = new Set(`（(${CN}0123456789０１２３４５６７８９①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳`);

/** The longest marker (（一百二）、) plus the character its pattern looks at after it, and a spare. */
const MARKER_WINDOW = 8;

const DIGIT_CHARS = '0123456789０１２３４５６７８９';
const CIRCLED_CHARS = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** The characters each family's pattern can start with: a line is tried against those patterns only. */
const FIRST_CHARS_OF: Record<MarkerFamily, string> = {
  'chinese-paren': '（(', 'arabic-paren': '（(', chinese: CN, arabic: DIGIT_CHARS, circled: CIRCLED_CHARS,
};
/** The patterns to try by a line's first character: 1 + an index into CANDIDATES for its UTF-16 code, or 0. */
const CANDIDATES_OF_CODE = new Uint8Array(65536);
const CANDIDATES: (typeof MARKERS)[] = [];
for (const ch of MARKER_FIRST_CHARS) {
  CANDIDATES.push(MARKERS.filter(({ family }) => FIRST_CHARS_OF[family].includes(ch)));
  CANDIDATES_OF_CODE[ch.charCodeAt(0)] = CANDIDATES.length;
}

/** Recognises a numbering marker at the start of `s` (a line's content). */
export function matchMarker(s: string): { family: MarkerFamily; number: number; length: number } | undefined {
  const slot = CANDIDATES_OF_CODE[s.charCodeAt(0)];
  if (!slot) return undefined;
  const candidates = CANDIDATES[slot - 1];
  for (const { family, re } of candidates) {
    const m = re.exec(s);
    if (!m) continue;
    const digits = m[1];
    const number = family === 'chinese' || family === 'chinese-paren'
      ? parseChineseNumber(digits)
      : family === 'circled' ? parseCircledNumber(digits) : Number(toAsciiDigits(digits));
    if (number === undefined || number <= 0) continue;
    // 一、 must not swallow a sentence that starts with a numeral word (十分重要，…)
    return { family, number, length: m[0].length };
  }
  return undefined;
}

// One pass for every enumeration family; the character before a marker is checked by hand
// (a lookbehind per family made this the parser's hottest loop).
const ENUMERATION_RE = new RegExp(
  `([${CN}]{1,3})是|第([${CN}]{1,3})[，,、：:]|其([${CN}]{1,3})[，,、：:]|(首先|其次|再次|最后)[，,、：:]`);
const SHI_BEFORE = new Set('。；;：:，,！？!?）)” \t\u3000');
const CLAUSE_BEFORE = new Set('。；;：:！？!?');
const SEQUENCE_NUMBER: Record<string, number> = { 首先: 1, 其次: 2, 再次: 3, 最后: 0 };
/** The enumerations of every block without any: most blocks have none. */
const NO_ENUMERATIONS: readonly Enumeration[] = Object.freeze([]);

/**
 * `一是…二是…` and the other in-paragraph enumeration families, block by block. One search moves
 * forward through the whole text: blocks ask in text order, so no block's text is copied, and a
 * match found past one block is kept for the next.
 */
class EnumerationFinder {
  private readonly re = new RegExp(ENUMERATION_RE.source, 'g');
  /** The match the search stopped at (null: none further; undefined: not searched yet). */
  private pending: RegExpExecArray | null | undefined;

  constructor(private readonly text: string) {}

  /** The enumerations in text[start, end); ranges must come in ascending order, not overlapping. */
  find(start: number, end: number): readonly Enumeration[] {
    let found: Enumeration[] | undefined;
    const { text, re } = this;
    let m = this.pending;
    if (m === undefined || (m !== null && m.index < start)) {
      re.lastIndex = start;
      m = re.exec(text);
    }
    for (; m !== null && m.index < end; m = re.exec(text)) {
      if (m.index + m[0].length > end) {
        // not within the block: as if the search had stopped at its end
        re.lastIndex = m.index + 1;
        continue;
      }
      const before = m.index > start ? text[m.index - 1] : '';
      let family: Enumeration['family'];
      let number: number | undefined;
      let markerText = m[0];
      if (m[1] !== undefined) {
        if (before && !SHI_BEFORE.has(before)) {
          // 唯一是 is not an enumeration, but 一是 may start right after it: retry one character on
          re.lastIndex = m.index + 1;
          continue;
        }
        family = 'shi';
        number = parseChineseNumber(m[1]);
      } else {
        if (before && !CLAUSE_BEFORE.has(before)) continue;
        markerText = m[0].slice(0, -1);
        if (m[2] !== undefined) {
          family = 'di';
          number = parseChineseNumber(m[2]);
        } else if (m[3] !== undefined) {
          family = 'qi';
          number = parseChineseNumber(m[3]);
        } else {
          family = 'sequence';
          number = SEQUENCE_NUMBER[m[4]];
        }
      }
      if (number === undefined) continue;
      (found ??= []).push({ family, number, text: markerText, span: { start: m.index, end: m.index + markerText.length } });
    }
    this.pending = m;
    return found ?? NO_ENUMERATIONS;
  }
}

const DATE_RE = /^(?:[0-9０-９]{4}|20[Xx×]{2}|[Xx×]{4}|[〇零一二三四五六七八九]{4})年(?:[0-9０-９Xx×]{1,2}|[一二三四五六七八九十]{1,2})月(?:(?:[0-9０-９Xx×]{1,2}|[一二三四五六七八九十]{1,3})日)?$/;
const CLOSING_RE = /以上(?:述职|报告|汇报|对照检查|发言|是我的)|特此报告|请予(?:评议|审议)|批评指正|批评帮助|不妥之处|请审阅|请审议/;
const ATTACHMENT_RE = /^附件(?:[：:]|\s*[0-9０-９]+[.．、：:]?)/;
/** The line that starts an attachment's page: `附件` or `附件1` alone. */
export const ATTACHMENT_PAGE_RE = /^附件\s*[0-9０-９]*$/;
const SUBTITLE_RE = /^(?:——|--|—|－－)/;

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
  hashPrefix?: Span;
}

const isSpace = (code: number) => code === 0x20 || code === 0x09 || code === 0xa0 || code === 0x3000;
/** 。？！ */
const isSentenceEnd = (code: number) => code === 0x3002 || code === 0xff1f || code === 0xff01;
/** ”’）) */
const isClosingMark = (code: number) => code === 0x201d || code === 0x2019 || code === 0xff09 || code === 0x29;

/** Where each line starts and ends (before its break: LF, CRLF or CR), without copying the lines. */
interface LineTable {
  starts: number[];
  ends: number[];
}

function lineTable(text: string): LineTable {
  const starts: number[] = [];
  const ends: number[] = [];
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.includes('\r')) {
    // only LF, as most texts: looking for it is several times faster than the regex below
    for (let lf = text.indexOf('\n', start); lf >= 0; lf = text.indexOf('\n', start)) {
      starts.push(start);
      ends.push(lf);
      start = lf + 1;
    }
    starts.push(start);
    ends.push(text.length);
    return { starts, ends };
  }
  const re = /\r\n|\n|\r/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    starts.push(start);
    ends.push(m.index);
    start = m.index + m[0].length;
  }
  starts.push(start);
  ends.push(text.length);
  return { starts, ends };
}

function contentOf(text: string, lines: LineTable, index: number): RawLine | undefined {
  const start = lines.starts[index];
  const end = lines.ends[index];
  let a = start;
  let b = end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  if (b <= a) return undefined;
  const raw: RawLine = { index, start, end, content: { start: a, end: b }, hashPrefix: undefined };
  if (text.charCodeAt(a) === 0x23 /* # */) {
    const s = text.slice(a, b);
    // `## 一、…` or `##一、…`; a bare `##word##` (a site marker) is not a Markdown heading
    const hash = /^#{1,6}(?:[ \t\u3000]+|(?=[^#]))/.exec(s);
    if (hash && hash[0].length < s.length && (/\s$/.test(hash[0]) || matchMarker(s.slice(hash[0].length)))) {
      raw.hashPrefix = { start: a, end: a + hash[0].length };
      raw.content = { start: raw.hashPrefix.end, end: b };
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
  const lineCount = lines.starts.length;
  const { frontMatter, nextLine } = parseFrontMatter(text, lines);
  const enumerations = new EnumerationFinder(text);
  const blocks: Block[] = [];
  const headings: HeadingBlock[] = [];

  // explicit object literals: spreading here made object construction the parser's main cost
  const plain = (kind: PlainBlock['kind'], raw: RawLine, enumerations: readonly Enumeration[]): PlainBlock => ({
    kind, line: raw.index, endLine: raw.index, span: { start: raw.start, end: raw.end },
    content: raw.content, hashPrefix: raw.hashPrefix, enumerations,
  });

  for (let i = nextLine; i < lineCount; i++) {
    const raw = contentOf(text, lines, i);
    if (!raw) continue;
    const first = text.charCodeAt(raw.content.start);
    if (first === 0x3c /* < */ && text.startsWith('<!--', raw.content.start) && text.endsWith('-->', raw.content.end)) {
      blocks.push(plain('comment', raw, NO_ENUMERATIONS));
      continue;
    }
    if (first === 0x7c /* | */ && !raw.hashPrefix) {
      // consecutive `|` lines form one table
      const rows: Span[][] = [];
      let hasHeader = false;
      let j = i;
      let last = raw;
      for (; j < lineCount; j++) {
        const r = contentOf(text, lines, j);
        if (!r || r.hashPrefix || !text.startsWith('|', r.content.start)) break;
        const rowText = text.slice(r.content.start, r.content.end);
        if (TABLE_DELIMITER.test(rowText)) {
          if (rows.length === 1) hasHeader = true;
        } else {
          rows.push(tableCells(text, r));
        }
        last = r;
      }
      const table: TableBlock = {
        kind: 'table', line: raw.index, endLine: last.index,
        span: { start: raw.start, end: last.end }, content: { start: raw.content.start, end: last.content.end },
        hashPrefix: undefined, enumerations: NO_ENUMERATIONS, rows, hasHeader,
      };
      blocks.push(table);
      i = j - 1;
      continue;
    }
    // a marker and the character after it take at most 8 characters: no need to copy the whole line
    const marker = CANDIDATES_OF_CODE[text.charCodeAt(raw.content.start)]
      ? matchMarker(text.slice(raw.content.start, Math.min(raw.content.end, raw.content.start + MARKER_WINDOW)))
      : undefined;
    if (marker) {
      const markerSpan = { start: raw.content.start, end: raw.content.start + marker.length };
      let after = markerSpan.end;
      while (after < raw.content.end && isSpace(text.charCodeAt(after))) after++;
      const canonical = canonicalMarker(marker.family, marker.number);
      // most markers are written in their canonical form: then that string serves, with no copy
      const markerText = marker.length === canonical.length && text.startsWith(canonical, markerSpan.start)
        ? canonical : text.slice(markerSpan.start, markerSpan.end);
      const headingMarker: HeadingMarker = {
        family: marker.family,
        number: marker.number,
        text: markerText,
        span: markerSpan,
        canonical,
        wellFormed: markerText === canonical || (marker.family === 'arabic' && markerText === `${marker.number}．`),
      };
      if (after > markerSpan.end) headingMarker.trailingSpace = { start: markerSpan.end, end: after };
      let stop = after;
      while (stop < raw.content.end && !isSentenceEnd(text.charCodeAt(stop))) stop++;
      let headingText: Span = { start: after, end: raw.content.end };
      let body: Span | undefined;
      if (stop < raw.content.end) {
        let bodyStart = stop + 1;
        // a closing quote or bracket right after the 。 still belongs to the heading sentence
        while (bodyStart < raw.content.end && isClosingMark(text.charCodeAt(bodyStart))) bodyStart++;
        const headEnd = bodyStart;
        while (bodyStart < raw.content.end && isSpace(text.charCodeAt(bodyStart))) bodyStart++;
        if (bodyStart < raw.content.end) {
          headingText = { start: after, end: headEnd };
          body = { start: bodyStart, end: raw.content.end };
        }
      }
      const heading: HeadingBlock = {
        kind: 'heading', line: raw.index, endLine: raw.index, span: { start: raw.start, end: raw.end },
        content: raw.content, hashPrefix: raw.hashPrefix, enumerations: enumerations.find(after, raw.content.end),
        level: LEVEL_OF[marker.family], marker: headingMarker, headingText, body,
      };
      blocks.push(heading);
      headings.push(heading);
      continue;
    }
    blocks.push(plain('paragraph', raw, enumerations.find(raw.content.start, raw.content.end)));
  }

  const model: ReportModel = {
    text, frontMatter, blocks, headings, opening: [], attachments: [],
    lineStarts: lines.starts,
  };
  classifyFrame(model);
  return model;
}

/** The index of the block whose content starts at `offset` (blocks in text order), or -1. */
function blockStartingAt(blocks: readonly Block[], offset: number): number {
  const lo = partitionPoint(blocks.length, (k) => blocks[k].content.start >= offset);
  return lo < blocks.length && blocks[lo].content.start === offset ? lo : -1;
}

/** Finds title, subtitle, salutation, opening, closing, signature, date and attachments. */
function classifyFrame(model: ReportModel): void {
  const { text, blocks } = model;
  const str = (b: Block) => text.slice(b.content.start, b.content.end);
  const meaningful = blocks.filter((b) => b.kind !== 'comment');
  if (!meaningful.length) return;

  let k = 0;
  const first = meaningful[0];
  if (first.kind === 'paragraph' && !isDateLine(str(first))) {
    first.kind = 'title';
    model.title = first as PlainBlock;
    k = 1;
    const next = meaningful[1];
    if (next && next.kind === 'paragraph' && SUBTITLE_RE.test(str(next))) {
      next.kind = 'subtitle';
      model.subtitle = next as PlainBlock;
      k = 2;
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
  // looked for where the text holds 附件 (seldom), not in every block
  for (let at = text.indexOf('附件'); at >= 0; at = text.indexOf('附件', at + 1)) {
    const i = blockStartingAt(meaningful, at);
    if (i > floor && meaningful[i].kind === 'paragraph' && ATTACHMENT_PAGE_RE.test(str(meaningful[i]))) {
      end = i - 1;
      break;
    }
  }
  const isPlain = (b: Block) => b.kind === 'paragraph';
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
        hashPrefix: b.hashPrefix, enumerations: b.enumerations,
      };
      blocks[blocks.indexOf(b)] = note;
      model.attachments.push(note);
    }
    end = a - 1;
  }
  if (end > floor && isPlain(meaningful[end]) && CLOSING_RE.test(str(meaningful[end])) && str(meaningful[end]).length <= 120) {
    meaningful[end].kind = 'closing';
    model.closing = meaningful[end] as PlainBlock;
  }
}
