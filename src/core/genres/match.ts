import { HeadingBlock, metadataOf, ReportModel, textOf, titleText } from '../model';
import { BUILTIN_GENRES, genericReport } from './builtin';
import { Genre, GenreSection } from './types';

/** A heading's text as compared with section names: no spaces, bold marks or end punctuation. */
export function normalizeHeadingText(s: string): string {
  return s
    .replace(/\*\*/g, '')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[。．.，,、；;：:！!？?]+$/u, '');
}

const compiled = new WeakMap<object, RegExp[]>();

function regexes(owner: object, sources: readonly string[]): RegExp[] {
  let res = compiled.get(owner);
  if (!res) {
    res = [];
    for (const src of sources) {
      try {
        res.push(new RegExp(src, 'u'));
      } catch {
        // an invalid pattern from a workspace file was reported when the file was read; skip it here
      }
    }
    compiled.set(owner, res);
  }
  return res;
}

function sectionPatterns(section: GenreSection): RegExp[] {
  return regexes(section, section.patterns);
}

/**
 * The id of the genre section a level-1 heading names: an exact name (heading, a wording choice or
 * an alias) first; otherwise the section whose pattern matches the longest stretch of the heading
 * (the earlier section on a tie). Undefined when no section fits.
 */
export function matchSection(genre: Genre, headingText: string): string | undefined {
  const text = normalizeHeadingText(headingText);
  if (!text) return undefined;
  for (const s of genre.sections) {
    const names = [s.heading, ...(s.headingChoices ?? []), ...s.aliases];
    if (names.some((n) => normalizeHeadingText(n) === text)) return s.id;
  }
  let best: { id: string; length: number } | undefined;
  for (const s of genre.sections) {
    for (const re of sectionPatterns(s)) {
      const m = re.exec(text);
      if (m && m[0].length > 0 && (!best || m[0].length > best.length)) best = { id: s.id, length: m[0].length };
    }
  }
  return best?.id;
}

const anchoredOf = new WeakMap<GenreSection, RegExp[]>();

/** The section's patterns matching a whole text only. */
function anchoredPatterns(section: GenreSection): RegExp[] {
  let res = anchoredOf.get(section);
  if (!res) {
    res = sectionPatterns(section).map((re) => new RegExp(`^(?:${re.source})$`, 'u'));
    anchoredOf.set(section, res);
  }
  return res;
}

/** Where a heading naming two parts joins them: 存在的问题及原因分析, 履行全面从严治党责任和廉洁自律情况. */
const JOINED_PARTS = /[和及与暨]/u;

/**
 * The other sections a level-1 heading names besides `sectionId`, the one it is matched to: each
 * part of a heading joined by 和/及/与/暨 that is, as a whole, another section's name or pattern
 * (`存在的问题及原因分析` names the causes too). Empty for most headings.
 */
export function otherSectionsNamed(genre: Genre, headingText: string, sectionId: string | undefined): string[] {
  const text = normalizeHeadingText(headingText);
  if (!JOINED_PARTS.test(text)) return [];
  const out: string[] = [];
  for (const part of text.split(JOINED_PARTS)) {
    if (!part) continue;
    for (const s of genre.sections) {
      if (s.id === sectionId || out.includes(s.id)) continue;
      const names = [s.heading, ...(s.headingChoices ?? []), ...s.aliases];
      if (names.some((n) => normalizeHeadingText(n) === part) || anchoredPatterns(s).some((re) => re.test(part))) out.push(s.id);
    }
  }
  return out;
}

export interface SectionMatch {
  heading: HeadingBlock;
  /** The genre section the heading names, if any. */
  sectionId?: string;
  /** Index of that section in `genre.sections`, or -1. */
  sectionIndex: number;
  /** Other sections a heading joining two parts names as well (存在的问题及原因 → the causes). */
  alsoNamed?: readonly string[];
}

/** The ids of the sections the headings name, those a heading joining two parts names too. */
export function sectionsNamed(matches: readonly Pick<SectionMatch, 'sectionId' | 'alsoNamed'>[]): Set<string> {
  // a plain loop: a long report has thousands of level-1 headings, and an array per heading would cost more
  const named = new Set<string>();
  for (const m of matches) {
    if (m.sectionId !== undefined) named.add(m.sectionId);
    if (m.alsoNamed) for (const id of m.alsoNamed) named.add(id);
  }
  return named;
}

/** The report's level-1 headings, each with the genre section it names. */
export function matchSections(model: ReportModel, genre: Genre): SectionMatch[] {
  return model.headings
    .filter((h) => h.level === 1)
    .map((heading) => {
      const text = textOf(model, heading.headingText);
      const sectionId = matchSection(genre, text);
      const alsoNamed = otherSectionsNamed(genre, text, sectionId);
      return {
        heading, sectionId, sectionIndex: sectionId ? genre.sections.findIndex((s) => s.id === sectionId) : -1,
        ...(alsoNamed.length ? { alsoNamed } : {}),
      };
    });
}

/** The genre a name refers to: its id, Chinese or English name, or one of its aliases. */
export function findGenre(genres: readonly Genre[], name: string): Genre | undefined {
  const key = name.trim().toLowerCase();
  if (!key) return undefined;
  return genres.find((g) => g.id.toLowerCase() === key)
    ?? genres.find((g) => g.names.zh === name.trim() || g.names.en.toLowerCase() === key)
    ?? genres.find((g) => (g.aliases ?? []).some((a) => a === name.trim()));
}

export interface GenreInference {
  genre: Genre;
  /** How it was found. */
  by: 'front-matter' | 'title' | 'fallback';
  /** A front matter `genre:` value that names no known genre. */
  unknownName?: string;
}

/**
 * The genre of a report: front matter `genre:` (id or name), else the first genre whose title
 * pattern matches the title or subtitle, else the generic fallback. `genres` is tested in order.
 */
export function inferGenreDetailed(model: ReportModel, genres: readonly Genre[] = BUILTIN_GENRES): GenreInference {
  const fallback = genres.find((g) => g.id === 'generic') ?? genericReport;
  const declared = metadataOf(model).genre;
  let unknownName: string | undefined;
  if (declared) {
    const g = findGenre(genres, declared);
    if (g) return { genre: g, by: 'front-matter' };
    unknownName = declared;
  }
  // a title broken over two lines is read whole: 县发展和改革局党组书记、局长 / 2025年度民主生活会个人对照检查材料
  const titles: string[] = [];
  if (model.title) titles.push(titleText(model));
  if (model.subtitle) titles.push(textOf(model, model.subtitle.content));
  const declaredTitle = metadataOf(model).title;
  if (declaredTitle) titles.unshift(declaredTitle);
  if (titles.length) {
    for (const g of genres) {
      const res = regexes(g, g.titlePatterns);
      if (titles.some((t) => res.some((re) => re.test(t)))) return { genre: g, by: 'title', unknownName };
    }
  }
  return { genre: fallback, by: 'fallback', unknownName };
}

export function inferGenre(model: ReportModel, genres: readonly Genre[] = BUILTIN_GENRES): Genre {
  return inferGenreDetailed(model, genres).genre;
}
