import { Block, ReportModel, Span, textOf } from '../model';
import {
  BUILTIN_GENRES, endOfBody, expandSnippet, findGenre, Genre, inferGenreDetailed, matchSection, missingSections, otherSectionsNamed,
  openingSnippet, SectionMatch, sectionInsertion, sectionsNamed,
} from '../genres';
import { LintSettings, Localized, Rule, RuleFinding, TextEdit } from '../lint/types';
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
  matches: HeadingSection[];
}

/** A level-1 heading's section, with the span a finding on the heading takes (its marker to its end). */
interface HeadingSection extends SectionMatch {
  start: number;
  end: number;
}

// a heading's section depends on its text alone; reports repeat their headings' wording rarely, but
// long documents assembled from several reports do, and matching tries every section's patterns
const sectionOfText = new WeakMap<Genre, Map<string, { sectionId?: string; sectionIndex: number; alsoNamed?: readonly string[] }>>();

/** As `matchSections`, remembering the section of each heading text. */
function sectionMatches(model: ReportModel, genre: Genre): HeadingSection[] {
  let known = sectionOfText.get(genre);
  if (!known) sectionOfText.set(genre, (known = new Map()));
  const out: HeadingSection[] = [];
  const { headings } = model;
  const { firstOfLevelOne, nextSibling } = headingGroups(model);
  for (let i = firstOfLevelOne; i >= 0; i = nextSibling[i]) {
    const heading = headings[i];
    const text = textOf(model, heading.headingText);
    let section = known.get(text);
    if (!section) {
      const sectionId = matchSection(genre, text);
      const alsoNamed = otherSectionsNamed(genre, text, sectionId);
      section = { sectionId, sectionIndex: sectionId ? genre.sections.findIndex((s) => s.id === sectionId) : -1 };
      if (alsoNamed.length) section.alsoNamed = alsoNamed;
      if (known.size < 10_000) known.set(text, section);
    }
    // explicit fields: a spread here would build each object the slow way, once per level-1 heading
    out.push({
      heading, sectionId: section.sectionId, sectionIndex: section.sectionIndex, alsoNamed: section.alsoNamed,
      start: heading.marker.span.start, end: heading.content.end,
    });
  }
  return out;
}

// missing-section and section-order read the same genre and the same heading matches
const readings = new Derived<GenreReading>();

function readGenre(model: ReportModel, settings: LintSettings): GenreReading {
  const genres = settings.genres ?? BUILTIN_GENRES;
  const hit = readings.get(model);
  if (hit && hit.genres === genres && hit.chosen === settings.genre) return hit;
  const { genre, unknownName } = genreOf(model, settings);
  const reading = { genres, chosen: settings.genre, genre, unknownName, matches: sectionMatches(model, genre) };
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
    const { genre, unknownName, matches } = readGenre(model, settings);
    const { text } = model;
    if (unknownName && model.frontMatter) {
      const at = text.indexOf(unknownName, model.frontMatter.body.start);
      const span: Span = at >= 0 && at < model.frontMatter.body.end ? { start: at, end: at + unknownName.length } : model.frontMatter.span;
      out.push({
        ...span,
        message: {
          zh: `未知文种“${unknownName}”，按${genre.names.zh}检查；可用：${(settings.genres ?? BUILTIN_GENRES).map((g) => g.names.zh).join('、')}`,
          en: `Unknown genre “${unknownName}”; checked as ${genre.names.en}. Known: ${(settings.genres ?? BUILTIN_GENRES).map((g) => g.id).join(', ')}`,
        },
      });
    }
    // a report without any heading has no structure to check yet
    if (!model.headings.length) return out;
    const required = genre.sections.filter((s) => s.required).map((s) => s.heading).join('、');

    const present = sectionsNamed(matches);
    const lacking = genre.sections.some((s) => s.required && !present.has(s.id));
    for (const missing of lacking ? missingSections(model, genre) : []) {
      const insertion = sectionInsertion(model, genre, missing);
      const skeleton = expandSnippet(insertion.snippet).text;
      const target = missing.before ?? blockBefore(model, missing.offset);
      const range: Span = missing.before ? missing.before.marker.span : target ? target.content : { start: 0, end: 0 };
      const name = missing.section.heading;
      out.push({
        ...range,
        message: missing.before
          ? {
            zh: `缺少“${name}”部分，应在“${textOf(model, missing.before.content).slice(0, 20)}”之前（${genre.names.zh}一般包括：${required}）`,
            en: `Missing the “${name}” section, which belongs before “${textOf(model, missing.before.content).slice(0, 20)}” (${genre.names.en}: ${required})`,
          }
          : {
            zh: `缺少“${name}”部分，应在此之后（${genre.names.zh}一般包括：${required}）`,
            en: `Missing the “${name}” section, which belongs after this (${genre.names.en}: ${required})`,
          },
        fixes: [{
          title: { zh: `在此插入“${name}”部分`, en: `Insert a “${name}” section here` },
          edits: [{ start: insertion.offset, end: insertion.offset, newText: withEol(text, skeleton) }, ...insertion.renumber],
          safe: false,
        }],
      });
    }

    // 导语: 现将…报告如下
    const hasOpening = model.opening.some((b) => OPENING_SENTENCE.test(textOf(model, b.content)));
    if (!hasOpening && genre.opening.length) {
      const first = model.headings[0];
      const offset = model.lineStarts[first.line];
      const opening = expandSnippet(openingSnippet(genre)).text.replace(/\n+$/, '');
      out.push({
        start: first.content.start, end: first.content.end, severity: 'info',
        message: { zh: '正文前缺少导语（如“现将……报告如下。”）', en: 'No opening paragraph before the first section (such as 现将……报告如下。)' },
        fixes: [{ title: { zh: '插入导语', en: 'Insert an opening paragraph' }, edits: [insertAt(model, offset, opening)], safe: false }],
      });
    }

    const tailAt = endOfBody(model);
    const last = blockBefore(model, tailAt) ?? model.headings[model.headings.length - 1];
    // the end of the body, marked discreetly: its last character
    const lastChar: Span = { start: Math.max(last.content.start, last.content.end - 1), end: last.content.end };
    if (!model.closing && genre.closing.length) {
      out.push({
        ...lastChar, severity: 'info',
        message: { zh: `正文后缺少结束语（如“${genre.closing[0]}”）`, en: `No closing sentence after the body (such as ${genre.closing[0]})` },
        fixes: genre.closing.map((c) => ({ title: { zh: `插入“${c}”`, en: `Insert “${c}”` }, edits: [insertAt(model, tailAt, c)], safe: false })),
      });
    }
    if (genre.signature.kind !== 'none') {
      const end = model.blocks[model.blocks.length - 1];
      const endChar: Span = { start: Math.max(end.content.start, end.content.end - 1), end: end.content.end };
      if (!model.signature) {
        out.push({
          ...endChar, severity: 'info',
          message: genre.signature.kind === 'person'
            ? { zh: `文末缺少落款（${genre.signature.label ?? ''}姓名）`, en: `No signature (${genre.signature.label ?? ''} and the name) at the end` }
            : { zh: '文末缺少落款（单位名称）', en: 'No signature (the unit’s name) at the end' },
        });
      }
      if (!model.date) {
        out.push({
          ...endChar, severity: 'info',
          message: { zh: '文末缺少成文日期（如“2024年1月15日”）', en: 'No date (such as 2024年1月15日) at the end' },
        });
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
    const { genre, matches } = readGenre(model, settings);
    const order = genre.sections.map((s) => s.heading);
    const orderZh = order.join('→');
    const orderEn = order.join(' → ');
    let furthest: { index: number; heading: string } | undefined;
    // one message per pair of sections: a long document may repeat the same slip many times
    const messages = new Map<number, Localized>();
    for (const m of matches) {
      if (m.sectionIndex < 0) continue;
      if (furthest && m.sectionIndex < furthest.index) {
        const pair = m.sectionIndex * genre.sections.length + furthest.index;
        let message = messages.get(pair);
        if (!message) {
          const name = genre.sections[m.sectionIndex].heading;
          message = {
            zh: `“${name}”一般在“${furthest.heading}”之前（${genre.names.zh}的顺序：${orderZh}）`,
            en: `“${name}” usually comes before “${furthest.heading}” (${genre.names.en}: ${orderEn})`,
          };
          messages.set(pair, message);
        }
        out.push({ start: m.start, end: m.end, message });
      } else if (!furthest || m.sectionIndex > furthest.index) {
        furthest = { index: m.sectionIndex, heading: genre.sections[m.sectionIndex].heading };
      }
    }
    return out;
  },
};
