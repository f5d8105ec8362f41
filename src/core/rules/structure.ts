import { Block, ReportModel, Span, textOf } from '../model';
import {
  BUILTIN_GENRES, endOfBody, expandSnippet, findGenre, Genre, inferGenreDetailed, matchSection, missingSections, otherSectionsNamed,
  openingSnippet, sectionInsertion, sectionsNamed,
} from '../genres';
import { finding, LintSettings, Localized, Rule, RuleFinding, TextEdit } from '../lint/types';
import { Derived } from '../derived';
import { partitionPoint } from '../text';
import { headingGroups } from './headingNumbering';

/**
 * The report's frame against its genre (genres are data, see `src/core/genres/`): required level-1
 * sections present (`missing-section`) and in the genre's order (`section-order`); the 导语, the
 * closing sentence, 落款 and 成文日期 (info when absent). The genre comes from front matter
 * `genre:`, else the title, else the `reportAuthor.genre` setting, else a generic frame that
 * requires nothing.
 */

interface GenreReading {
  genres: readonly Genre[];
  chosen?: string;
  genre: Genre;
  unknownName?: string;
  /** The section each level-1 heading names, in order: shared by the headings of the same text. */
  named: NamedSection[];
  /**
   * The span a finding on each of them takes (its marker to its end), as pairs of offsets: read
   * while the heading is at hand, as numbers, not an object per heading.
   */
  spans: number[];
}

/** What a level-1 heading's text names in a genre. */
interface NamedSection {
  sectionId?: string;
  /** Index of that section in `genre.sections`, or -1. */
  sectionIndex: number;
  alsoNamed?: readonly string[];
}

// a heading's section depends on its text alone; reports repeat their headings' wording rarely, but
// long documents assembled from several reports do, and matching tries every section's patterns
const sectionOfText = new WeakMap<Genre, Map<string, NamedSection>>();

/** The section a level-1 heading's text names, matched once per text and genre. */
function namedSection(genre: Genre, known: Map<string, NamedSection>, headingText: string): NamedSection {
  let section = known.get(headingText);
  if (!section) {
    const sectionId = matchSection(genre, headingText);
    const alsoNamed = otherSectionsNamed(genre, headingText, sectionId);
    section = { sectionId, sectionIndex: sectionId ? genre.sections.findIndex((s) => s.id === sectionId) : -1 };
    if (alsoNamed.length) section.alsoNamed = alsoNamed;
    if (known.size < 10_000) known.set(headingText, section);
  }
  return section;
}

// missing-section and section-order read the same genre and the same heading matches
const readings = new Derived<GenreReading>();

function readGenre(model: ReportModel, settings: LintSettings): GenreReading {
  const genres = settings.genres ?? BUILTIN_GENRES;
  const hit = readings.get(model);
  if (hit && hit.genres === genres && hit.chosen === settings.genre) return hit;
  const { genre, unknownName } = genreOf(model, settings);
  let known = sectionOfText.get(genre);
  if (!known) sectionOfText.set(genre, (known = new Map()));
  // the spans first, in a loop that does nothing but read them (as the levels in headingGroups):
  // the headings are mostly out of the cache, and the reads overlap instead of waiting in turn
  const { headings, text } = model;
  const { firstOfLevelOne, nextSibling } = headingGroups(model);
  const texts: number[] = [];
  const spans: number[] = [];
  for (let i = firstOfLevelOne; i >= 0; i = nextSibling[i]) {
    const heading = headings[i];
    const { start, end } = heading.headingText;
    texts.push(start, end);
    spans.push(heading.marker.span.start, heading.content.end);
  }
  const named = new Array<NamedSection>(texts.length / 2);
  for (let k = 0; k < named.length; k++) named[k] = namedSection(genre, known, text.slice(texts[2 * k], texts[2 * k + 1]));
  const reading = { genres, chosen: settings.genre, genre, unknownName, named, spans };
  readings.set(model, reading);
  return reading;
}

export function genreOf(model: ReportModel, settings: LintSettings): { genre: Genre; unknownName?: string } {
  const genres = settings.genres ?? BUILTIN_GENRES;
  const inferred = inferGenreDetailed(model, genres);
  if (inferred.by === 'fallback' && settings.genre) {
    const chosen = findGenre(genres, settings.genre);
    if (chosen) return { genre: chosen, unknownName: inferred.unknownName };
  }
  return inferred;
}

/** The document's line break, read from its first line end. */
function eolOf(text: string): string {
  const lf = text.indexOf('\n');
  return lf > 0 && text[lf - 1] === '\r' ? '\r\n' : '\n';
}

/** Inserted text in the document's line endings. */
function withEol(text: string, s: string): string {
  return eolOf(text) === '\n' ? s : s.replace(/\r?\n/g, '\r\n');
}

/** The last meaningful block that ends before `offset`. */
function blockBefore(model: ReportModel, offset: number): Block | undefined {
  const { blocks } = model;
  // blocks come in text order: a binary search finds the first that ends after `offset`
  const after = partitionPoint(blocks.length, (k) => blocks[k].span.end > offset);
  for (let i = after - 1; i >= 0; i--) if (blocks[i].kind !== 'comment') return blocks[i];
  return undefined;
}

function insertAt(model: ReportModel, offset: number, lines: string): TextEdit {
  const { text } = model;
  const atLineStart = offset === 0 || text[offset - 1] === '\n' || text[offset - 1] === '\r';
  const body = withEol(text, lines);
  const eol = eolOf(text);
  return { start: offset, end: offset, newText: atLineStart ? body + eol : eol + body };
}

const OPENING_SENTENCE = /现将|如下[。：:，,]|汇报如下|报告如下|述职如下|总结如下|检查如下/;

export const missingSectionRule: Rule = {
  id: 'missing-section',
  defaultSeverity: 'warning',
  description: {
    zh: '缺少文种要求的部分（如“存在的问题”“下一步打算”），以及导语、结束语、落款、成文日期',
    en: 'Parts the genre requires (problems, plans…), and the opening, closing sentence, signature and date',
  },
  check({ model, settings }) {
    const out: RuleFinding[] = [];
    const { genre, unknownName, named } = readGenre(model, settings);
    const { text } = model;
    if (unknownName && model.frontMatter) {
      const at = text.indexOf(unknownName, model.frontMatter.body.start);
      const span: Span = at >= 0 && at < model.frontMatter.body.end ? { start: at, end: at + unknownName.length } : model.frontMatter.span;
      out.push(finding(span.start, span.end, {
        zh: `未知文种“${unknownName}”，按${genre.names.zh}检查；可用：${(settings.genres ?? BUILTIN_GENRES).map((g) => g.names.zh).join('、')}`,
        en: `Unknown genre “${unknownName}”; checked as ${genre.names.en}. Known: ${(settings.genres ?? BUILTIN_GENRES).map((g) => g.id).join(', ')}`,
      }));
    }
    // a report without any heading has no structure to check yet
    if (!model.headings.length) return out;
    const required = genre.sections.filter((s) => s.required).map((s) => s.heading).join('、');

    const present = sectionsNamed(named);
    const lacking = genre.sections.some((s) => s.required && !present.has(s.id));
    for (const missing of lacking ? missingSections(model, genre) : []) {
      const insertion = sectionInsertion(model, genre, missing);
      const skeleton = expandSnippet(insertion.snippet).text;
      const target = missing.before ?? blockBefore(model, missing.offset);
      const range: Span = missing.before ? missing.before.marker.span : target ? target.content : { start: 0, end: 0 };
      const name = missing.section.heading;
      out.push(finding(range.start, range.end, missing.before
        ? {
          zh: `缺少“${name}”部分，应在“${textOf(model, missing.before.content).slice(0, 20)}”之前（${genre.names.zh}一般包括：${required}）`,
          en: `Missing the “${name}” section, which belongs before “${textOf(model, missing.before.content).slice(0, 20)}” (${genre.names.en}: ${required})`,
        }
        : {
          zh: `缺少“${name}”部分，应在此之后（${genre.names.zh}一般包括：${required}）`,
          en: `Missing the “${name}” section, which belongs after this (${genre.names.en}: ${required})`,
        }, [{
        title: { zh: `在此插入“${name}”部分`, en: `Insert a “${name}” section here` },
        edits: [{ start: insertion.offset, end: insertion.offset, newText: withEol(text, skeleton) }, ...insertion.renumber],
        safe: false,
      }]));
    }

    // 导语: 现将…报告如下
    const hasOpening = model.opening.some((b) => OPENING_SENTENCE.test(textOf(model, b.content)));
    if (!hasOpening && genre.opening.length) {
      const first = model.headings[0];
      const offset = model.lineStarts[first.line];
      const opening = expandSnippet(openingSnippet(genre)).text.replace(/\n+$/, '');
      out.push(finding(first.content.start, first.content.end, { zh: '正文前缺少导语（如“现将……报告如下。”）', en: 'No opening paragraph before the first section (such as 现将……报告如下。)' }, [{ title: { zh: '插入导语', en: 'Insert an opening paragraph' }, edits: [insertAt(model, offset, opening)], safe: false }], 'info'));
    }

    const tailAt = endOfBody(model);
    const last = blockBefore(model, tailAt) ?? model.headings[model.headings.length - 1];
    // the end of the body, marked discreetly: its last character
    const lastChar: Span = { start: Math.max(last.content.start, last.content.end - 1), end: last.content.end };
    if (!model.closing && genre.closing.length) {
      out.push(finding(lastChar.start, lastChar.end, { zh: `正文后缺少结束语（如“${genre.closing[0]}”）`, en: `No closing sentence after the body (such as ${genre.closing[0]})` }, genre.closing.map((c) => ({ title: { zh: `插入“${c}”`, en: `Insert “${c}”` }, edits: [insertAt(model, tailAt, c)], safe: false })), 'info'));
    }
    if (genre.signature.kind !== 'none') {
      const end = model.blocks[model.blocks.length - 1];
      const endChar: Span = { start: Math.max(end.content.start, end.content.end - 1), end: end.content.end };
      if (!model.signature) {
        out.push(finding(endChar.start, endChar.end, genre.signature.kind === 'person'
          ? { zh: `文末缺少落款（${genre.signature.label ?? ''}姓名）`, en: `No signature (${genre.signature.label ?? ''} and the name) at the end` }
          : { zh: '文末缺少落款（单位名称）', en: 'No signature (the unit’s name) at the end' }, undefined, 'info'));
      }
      if (!model.date) {
        out.push(finding(endChar.start, endChar.end, { zh: '文末缺少成文日期（如“2024年1月15日”）', en: 'No date (such as 2024年1月15日) at the end' }, undefined, 'info'));
      }
    }
    return out;
  },
};

export const sectionOrderRule: Rule = {
  id: 'section-order',
  defaultSeverity: 'info',
  description: { zh: '一级标题的顺序与文种的常见结构不一致', en: 'Level-1 sections out of the genre’s usual order' },
  check({ model, settings }) {
    const out: RuleFinding[] = [];
    const { genre, named, spans } = readGenre(model, settings);
    const order = genre.sections.map((s) => s.heading);
    const orderZh = order.join('→');
    const orderEn = order.join(' → ');
    let furthest: { index: number; heading: string } | undefined;
    // one message per pair of sections: a long document may repeat the same slip many times
    const messages = new Map<number, Localized>();
    for (let k = 0; k < named.length; k++) {
      const { sectionIndex } = named[k];
      if (sectionIndex < 0) continue;
      if (furthest && sectionIndex < furthest.index) {
        const pair = sectionIndex * genre.sections.length + furthest.index;
        let message = messages.get(pair);
        if (!message) {
          const name = genre.sections[sectionIndex].heading;
          message = {
            zh: `“${name}”一般在“${furthest.heading}”之前（${genre.names.zh}的顺序：${orderZh}）`,
            en: `“${name}” usually comes before “${furthest.heading}” (${genre.names.en}: ${orderEn})`,
          };
          messages.set(pair, message);
        }
        out.push(finding(spans[2 * k], spans[2 * k + 1], message));
      } else if (!furthest || sectionIndex > furthest.index) {
        furthest = { index: sectionIndex, heading: genre.sections[sectionIndex].heading };
      }
    }
    return out;
  },
};
