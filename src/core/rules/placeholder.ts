import { Localized, Rule, RuleContext, RuleFinding } from '../lint/types';
import { holdsCharacter, watchCharacters } from './prose';

/**
 * Unfilled placeholders left in a template: `X次`, `20XX年`, `××`, `**镇`, `某某`, `○○`, `□□`, `____`,
 * `【单位名称】`, `[ ]`, `党的XX大`, and the masked name `XJP`.
 *
 * Every pattern is a single linear pass over the text (no nested quantifiers); the context around a
 * match is then read with constant-time character checks, so a 200k-character line costs no more
 * than 200k characters spread over many lines.
 *
 * Ranges: the placeholder only, never the unit after it (`X次` → `X`). A year slot is the whole
 * four-character year (`20XX年` → `20XX`, `20**年` → `20**`), since that is what gets replaced.
 */

type Kind = 'placeholder' | 'anonymised' | 'masked-name';

interface Hit {
  start: number;
  end: number;
  kind: Kind;
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

/** Han characters and percent signs: the units a number placeholder stands before. */
function isUnitLike(text: string, i: number): boolean {
  const ch = text[i];
  return ch !== undefined && (isHanCode(ch.charCodeAt(0)) || ch === '%' || ch === '％');
}

/**
 * Chinese punctuation that sits next to a filled-in value (`述职人：XXX`, `比如，X这项工作`).
 * `、（）【】〔〕` are left out: `X、Y轴` and a Roman numeral `X、` in a list are not placeholders.
 */
const CJK_CONTEXT_PUNCT = '，。；：！？“”‘’《》「」『』…—·';

/** Characters that glue an X to a word, a model number or a formula (`X5`, `SpaceX`, `X-100`, `x+y`). */
function joinsWord(c: number): boolean {
  return isAsciiAlnumCode(c) || '_-+=<>^&@#$~'.includes(String.fromCharCode(c))
    || (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a); // full-width letters, digits
}

/** After a single space, these mean Latin or formula context (`iPhone X`, `x + y`). */
function latinAfterSpace(c: number): boolean {
  return isAsciiAlnumCode(c) || '+-*/=<>^'.includes(String.fromCharCode(c));
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
  if (i < 0 || i >= text.length) return Side.Neutral;
  const ch = text[i];
  if (isUnitLike(text, i)) return Side.Strong;
  if (joinsWord(text.charCodeAt(i))) return Side.Blocked;
  if (ch === '.') return isAsciiAlnum(text[i + dir]) ? Side.Blocked : Side.Neutral; // X.509, v1.x
  if (CJK_CONTEXT_PUNCT.includes(ch)) return Side.Weak;
  if (ch === ' ') {
    const beyond = text[i + dir];
    if (beyond === undefined) return Side.Neutral;
    if (latinAfterSpace(beyond.charCodeAt(0))) return Side.Blocked;
    if (isUnitLike(text, i + dir)) return Side.Weak;
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

/** Runs of X (or full-width Ｘ), with an optional decimal part (`XX.X%`); context decides. */
// (the lookbehind follows the first X, so that the scan looks for an X before it tests anything)
const X_RUN_RE = /(?:[Xx](?<![A-Za-z0-9_XxＸｘ][Xx])[Xx]*(?:\.[Xx]+)?|[Ｘｘ](?<![A-Za-z0-9_XxＸｘ][Ｘｘ])[Ｘｘ]*(?:[.．][Ｘｘ]+)?)(?![XxＸｘ])/g;

/** Legitimate words that begin with a single X: X射线, X光, X轴, X（原推特）… */
const LEGIT_AFTER_SINGLE_X = /射线|光|线|染色体|型|形|轴|战警|一代|世代|平台|波段|[（(]原推特/y;

/** A year written with a placeholder for its last digits: 20XX, 202X, 20**, 20××, 20〇〇. */
const YEAR_SLOT_RE = /(?<![A-Za-z0-9_])(?:20(?:[Xx]{2}|[Ｘｘ]{2}|\*{2}|＊{2}|×{2}|[○〇]{2})|202[XxＸｘ])(?![A-Za-z0-9_XxＸｘ*＊×○〇])/g;

/** `××` and longer; a single `×` only as a date slot (`×月×日`) — elsewhere it multiplies (156mm×225mm). */
const TIMES_RE = /×{2,}|(?<![0-9A-Za-z.×])×(?=[年月日号])/g;

const XJP_RE = /(?<![A-Za-z0-9_-])XJP(?![A-Za-z0-9_-])/g;

const STAR_RUN_RE = /\*+|＊+/g;
/** Markdown strong emphasis `**…**` / `***…***` on one line (content without `*`). */
const STRONG_STAR_RE = /(?<!\*)(\*{2,3})(?![\s*])([^*\r\n]+?)(?<![\s*])\1(?!\*)/g;

const UNDERSCORE_RUN_RE = /(?<!_)_{2,}(?!_)|＿{2,}/g;
/** Markdown `__strong__` on one line (content without `_`). */
const STRONG_UNDERSCORE_RE = /(?<!_)(__)(?![\s_])([^_\r\n]+?)(?<![\s_])__(?!_)/g;

const CIRCLES_RE = /[○〇]{2,}/g;
const CHINESE_NUMERAL = '零一二三四五六七八九十百千万亿两';
const LATIN_O_RE = /(?<![A-Za-z0-9_-])O{2,4}(?![A-Za-z0-9_-])/g;

const BOX_RE = /□+/g;
/** Before a checkbox: line start, a blank, a label colon, a cell edge or an opening bracket. */
const CHECKBOX_BEFORE = ' \t\u3000\n\r\uFEFF：:|（(【[、';

const MOU_RE = /某+/g;
/** Single 某 in ordinary words (某些, 某种程度) is not anonymisation. */
const MOU_WORDS = /些|种|个|一|方面|段|时|天|类|几|次|项|处/y;

const CJK_BRACKET_RE = /【([^【】\r\n]{0,30})】/g;
const SQUARE_BRACKET_RE = /\[([^[\]\r\n]{0,30})\]/g;
const FILL_IN_WORDS = /名称|姓名|单位|时间|日期|填写|填入|输入|此处/;
/** `- [ ] ` / `1. [ ] ` — a Markdown task list item, not a blank. */
const TASK_ITEM_PREFIX = /^\s*(?:[-*+]|\d+[.)])\s+$/;

// Regions where a match means something else.
const URL_RE = /(?<![A-Za-z0-9_/])(?:https?:\/\/|www\.)[^\s<>"'\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e]+/g;
const EMAIL_RE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

// ---------------------------------------------------------------------------------------------
// Finders

/**
 * Whether the text holds a character: a finder whose every match holds one of its characters
 * (`XJP` a J, `__` a _) skips its scan without it. The shared pass notes these characters.
 */
type Holds = (ch: string) => boolean;
watchCharacters('×J*＊_＿○〇O□某【[/w@<');

function each(re: RegExp, text: string, visit: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (m[0].length === 0) re.lastIndex++;
    else visit(m);
  }
}

function findXRuns(text: string, hits: Hit[]): void {
  each(X_RUN_RE, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    const before = sideAt(text, start - 1, -1);
    const after = sideAt(text, end, 1);
    if (before === Side.Blocked || after === Side.Blocked) return;
    if (m[0].length === 1) {
      LEGIT_AFTER_SINGLE_X.lastIndex = end;
      if (LEGIT_AFTER_SINGLE_X.test(text)) return;
    }
    const touchesChinese = before !== Side.Neutral || after !== Side.Neutral;
    // `XXX` alone on a line or in a table cell (a signature or a name) is a placeholder too
    if (touchesChinese || (m[0].length >= 2 && standsAlone(text, start, end, true))) hits.push({ start, end, kind: 'placeholder' });
  });
}

function findYearSlots(text: string, hits: Hit[]): void {
  each(YEAR_SLOT_RE, text, (m) => hits.push({ start: m.index, end: m.index + m[0].length, kind: 'placeholder' }));
}

function findTimes(text: string, hits: Hit[], holds: Holds): void {
  if (!holds('×')) return;
  each(TIMES_RE, text, (m) => hits.push({ start: m.index, end: m.index + m[0].length, kind: 'placeholder' }));
}

function findMaskedNames(text: string, hits: Hit[], holds: Holds): void {
  if (!holds('J')) return;
  each(XJP_RE, text, (m) => hits.push({ start: m.index, end: m.index + 3, kind: 'masked-name' }));
}

/**
 * Start offsets of delimiter runs that form Markdown strong-emphasis pairs. A pair with a one-character
 * content counts only as a word of its own (`**注**：`); `20**年**月` is three placeholders, not bold 年.
 * A closing run after a comma and before a word (`**村书记，**镇`) closes nothing, as in CommonMark;
 * after a full stop it does (`**一是…。**正文`), as writers of Chinese expect.
 */
function emphasisRuns(text: string, re: RegExp): Set<number> {
  const runs = new Set<number>();
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const open = m.index;
    const close = open + m[1].length + m[2].length;
    const end = close + m[1].length;
    const glued = (i: number) => isAsciiAlnum(text[i]) || isHanAt(text, i);
    const rejected = /^[0-9]$/.test(text[open - 1] ?? '')
      || ([...m[2]].length === 1 && (glued(open - 1) || glued(end)))
      || ('，、,'.includes(text[close - 1]) && glued(end));
    if (rejected) {
      re.lastIndex = close; // the closing run may open the next pair
      continue;
    }
    runs.add(open);
    runs.add(close);
  }
  return runs;
}

function findStars(text: string, hits: Hit[], holds: Holds): void {
  if (!holds('*') && !holds('＊')) return;
  const emphasis = emphasisRuns(text, STRONG_STAR_RE);
  const cjk = (i: number) => isUnitLike(text, i) || (i >= 0 && CJK_CONTEXT_PUNCT.includes(text[i] ?? '\0'));
  each(STAR_RUN_RE, text, (m) => {
    if (emphasis.has(m.index)) return;
    const end = m.index + m[0].length;
    if (m[0].length === 1 && text[end] === '注') return; // `*注：` marks a footnote
    if (m[0].length >= 3) return; // three or more: a masked word (中国***廉洁), reported as site residue
    if (cjk(m.index - 1) || cjk(end)) hits.push({ start: m.index, end, kind: 'placeholder' });
  });
}

function findUnderscores(text: string, hits: Hit[], holds: Holds): void {
  if (!holds('_') && !holds('＿')) return;
  const emphasis = new Set<number>();
  each(STRONG_UNDERSCORE_RE, text, (m) => {
    // like CommonMark: `__` inside a word (前__重点__后, 完成__%) is no emphasis
    const close = m.index + 2 + m[2].length;
    const glued = (i: number) => isAsciiAlnum(text[i]) || isHanAt(text, i);
    if (glued(m.index - 1) || glued(close + 2)) {
      STRONG_UNDERSCORE_RE.lastIndex = close;
      return;
    }
    emphasis.add(m.index);
    emphasis.add(close);
  });
  each(UNDERSCORE_RUN_RE, text, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    if (m[0][0] === '_') {
      if (emphasis.has(start)) return;
      if (isAsciiAlnum(text[start - 1]) || isAsciiAlnum(text[end])) return; // __init__, snake__case
      if (m[0].length >= 3 && standsAlone(text, start, end, false)) return; // a `___` rule line
    }
    hits.push({ start, end, kind: 'placeholder' });
  });
}

function findCircles(text: string, hits: Hit[], holds: Holds): void {
  if (holds('○') || holds('〇')) each(CIRCLES_RE, text, (m) => {
    const end = m.index + m[0].length;
    // 二〇〇八年 is a year in Chinese numerals
    if (CHINESE_NUMERAL.includes(text[m.index - 1] ?? '\0') || CHINESE_NUMERAL.includes(text[end] ?? '\0')) return;
    hits.push({ start: m.index, end, kind: 'placeholder' });
  });
  if (holds('O')) each(LATIN_O_RE, text, (m) => {
    const end = m.index + m[0].length;
    if (isHanAt(text, m.index - 1) || isHanAt(text, end)) hits.push({ start: m.index, end, kind: 'placeholder' });
  });
}

function findBoxes(text: string, hits: Hit[], holds: Holds): void {
  if (!holds('□')) return;
  each(BOX_RE, text, (m) => {
    const end = m.index + m[0].length;
    if (m[0].length === 1) {
      // `□是 □否`: a checkbox stands before its label
      const before = m.index === 0 || CHECKBOX_BEFORE.includes(text[m.index - 1]);
      const labelAt = text[end] === ' ' ? end + 1 : end;
      const labelled = isHanAt(text, labelAt) || isAsciiAlnum(text[labelAt]);
      if (before && labelled) return;
    }
    hits.push({ start: m.index, end, kind: 'placeholder' });
  });
}

function findMou(text: string, hits: Hit[], holds: Holds): void {
  if (!holds('某')) return;
  each(MOU_RE, text, (m) => {
    const end = m.index + m[0].length;
    if (m[0].length >= 2) {
      hits.push({ start: m.index, end, kind: 'placeholder' });
      return;
    }
    MOU_WORDS.lastIndex = end;
    if (!MOU_WORDS.test(text)) hits.push({ start: m.index, end, kind: 'anonymised' });
  });
}

function findBrackets(text: string, hits: Hit[], holds: Holds): void {
  if (holds('【')) {
    each(CJK_BRACKET_RE, text, (m) => {
      if (m[1].trim() === '' || FILL_IN_WORDS.test(m[1])) hits.push({ start: m.index, end: m.index + m[0].length, kind: 'placeholder' });
    });
  }
  if (holds('[')) {
    each(SQUARE_BRACKET_RE, text, (m) => {
      const end = m.index + m[0].length;
      const next = text[end];
      if (next === '(' || next === '[' || next === ':') return; // Markdown link or reference
      if (m[1].trim() === '') {
        const prefix = linePrefix(text, m.index, 12);
        if (prefix !== undefined && TASK_ITEM_PREFIX.test(prefix)) return;
        hits.push({ start: m.index, end, kind: 'placeholder' });
      } else if (FILL_IN_WORDS.test(m[1])) {
        hits.push({ start: m.index, end, kind: 'placeholder' });
      }
    });
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

function findExtra(text: string, patterns: RegExp[], hits: Hit[]): void {
  for (const re of patterns) each(re, text, (m) => hits.push({ start: m.index, end: m.index + m[0].length, kind: 'placeholder' }));
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

function skippedRegions(context: RuleContext, holds: Holds): Span[] {
  const { model } = context;
  const text = model.text;
  const regions: Span[] = [];
  if (model.frontMatter) regions.push(model.frontMatter.span);
  // a comment opens with <!--: a text without a < has none, and its blocks need no look
  if (holds('<')) {
    for (const b of model.blocks) if (b.kind === 'comment') regions.push(b.span);
    // comments spanning lines, which the model does not see as comment blocks
    for (let open = text.indexOf('<!--'); open >= 0; ) {
      const close = text.indexOf('-->', open + 4);
      if (close < 0) break;
      regions.push({ start: open, end: close + 3 });
      open = text.indexOf('<!--', close + 3);
    }
  }
  if (holds('/') || holds('w')) each(URL_RE, text, (m) => regions.push({ start: m.index, end: m.index + m[0].length }));
  if (holds('@')) each(EMAIL_RE, text, (m) => regions.push({ start: m.index, end: m.index + m[0].length }));
  regions.sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const r of regions) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

// ---------------------------------------------------------------------------------------------
// Messages

function shown(found: string): string {
  return found.length > 24 ? `${found.slice(0, 23)}…` : found;
}

const messageCache: Record<Kind, Map<string, Localized>> = { placeholder: new Map(), anonymised: new Map(), 'masked-name': new Map() };

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
    case 'masked-name':
      return { zh: `被遮蔽的姓名缩写“${s}”：请恢复为完整姓名`, en: `Masked name "${s}": restore the full name` };
    case 'anonymised':
      return { zh: `匿名称谓“${s}”：请确认是否应填写实际名称`, en: `Anonymised "${s}": check whether the real name belongs here` };
    default:
      return { zh: `未填写的占位符“${s}”`, en: `Unfilled placeholder "${s}"` };
  }
}

// ---------------------------------------------------------------------------------------------

/** Whether the hits are sorted already (often: when one finder found them all, in text order). */
function inOrder(hits: readonly Hit[]): boolean {
  for (let i = 1; i < hits.length; i++) {
    const a = hits[i - 1];
    const b = hits[i];
    if (a.start > b.start || (a.start === b.start && a.end < b.end)) return false;
  }
  return true;
}

function findPlaceholders(context: RuleContext): RuleFinding[] {
  const text = context.model.text;
  if (!text) return [];
  const settings = context.settings.placeholder ?? {};

  const hits: Hit[] = [];
  const holds: Holds = (ch) => holdsCharacter(context.model, ch);
  findXRuns(text, hits);
  findYearSlots(text, hits);
  findTimes(text, hits, holds);
  findMaskedNames(text, hits, holds);
  findStars(text, hits, holds);
  findUnderscores(text, hits, holds);
  findCircles(text, hits, holds);
  findBoxes(text, hits, holds);
  findMou(text, hits, holds);
  findBrackets(text, hits, holds);
  findExtra(text, compileExtraPatterns(settings.extraPatterns), hits);
  if (!hits.length) return [];

  // widest first at each start, then drop hits inside one already kept (20** holds **)
  if (!inOrder(hits)) hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const skipped = skippedRegions(context, holds);
  const allow = Array.isArray(settings.allow) ? settings.allow.filter((s): s is string => typeof s === 'string' && s.length > 0) : [];
  const findings: RuleFinding[] = [];
  let keptEnd = -1;
  let region = 0;
  for (const hit of hits) {
    if (hit.end <= keptEnd) continue;
    while (region < skipped.length && skipped[region].end <= hit.start) region++;
    if (region < skipped.length && skipped[region].start < hit.end) continue;
    if (allow.length && isAllowed(text, hit.start, hit.end, allow)) continue;
    keptEnd = hit.end;
    const finding: RuleFinding = { start: hit.start, end: hit.end, message: messageFor(hit.kind, text.slice(hit.start, hit.end)) };
    if (hit.kind === 'anonymised') finding.severity = 'info';
    findings.push(finding);
  }
  return findings;
}

export const placeholderRule: Rule = {
  id: 'placeholder',
  defaultSeverity: 'error',
  description: { zh: '未填写的占位符（X次、20XX年、××、【单位名称】等）', en: 'Unfilled placeholders (X次, 20XX年, ××, 【单位名称】…)' },
  check: findPlaceholders,
};
