import { Localized } from '../lint/types';
import { genericReport } from './builtin';
import { Genre, GenreSection, GenreSubsection, SignatureConvention } from './types';

/**
 * Reading genre definitions from workspace JSON files (.vscode/report-author/genres/*.json, shape in
 * schemas/genre.schema.json). Checked by hand rather than by a schema library so that it runs in the
 * browser build without code generation and names the field in both UI languages. Nothing in a file is
 * executed: patterns are compiled as regular expressions, snippet texts are only inserted.
 */

export interface GenreProblem {
  /** The field, as a path: `sections[1].heading`; empty for the whole file. */
  path: string;
  message: Localized;
}

export interface GenreFileResult {
  genre?: Genre;
  problems: GenreProblem[];
}

const ID_RE = /^[a-z0-9][a-z0-9-]*$/;

class Reader {
  readonly problems: GenreProblem[] = [];

  fail(path: string, zh: string, en: string): undefined {
    this.problems.push({ path, message: { zh, en } });
    return undefined;
  }

  object(value: unknown, path: string, known: readonly string[]): Record<string, unknown> | undefined {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return this.fail(path, '应为对象 {…}', 'must be an object {…}');
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (!known.includes(key)) this.fail(join(path, key), `未知字段（可用：${known.join('、')}）`, `unknown field (known: ${known.join(', ')})`);
    }
    return record;
  }

  string(value: unknown, path: string, options: { required?: boolean; pattern?: RegExp } = {}): string | undefined {
    if (value === undefined) return options.required ? this.fail(path, '缺少此字段', 'is missing') : undefined;
    if (typeof value !== 'string' || !value.trim()) return this.fail(path, '应为非空字符串', 'must be a non-empty string');
    if (options.pattern && !options.pattern.test(value)) {
      return this.fail(path, '只能使用小写字母、数字和连字符，如 "audit-report"', 'may use only lower-case letters, digits and hyphens, e.g. "audit-report"');
    }
    return value;
  }

  /** An array of strings; a single string is read as a one-element array where `single` allows. */
  strings(value: unknown, path: string, single = false): string[] {
    if (value === undefined) return [];
    if (single && typeof value === 'string') return [value];
    if (!Array.isArray(value)) {
      this.fail(path, single ? '应为字符串或字符串数组' : '应为字符串数组 ["…"]', single ? 'must be a string or an array of strings' : 'must be an array of strings ["…"]');
      return [];
    }
    const out: string[] = [];
    value.forEach((v, i) => {
      const s = this.string(v, `${path}[${i}]`);
      if (s !== undefined) out.push(s);
    });
    return out;
  }

  patterns(value: unknown, path: string): string[] {
    const sources = this.strings(value, path);
    return sources.filter((src, i) => {
      try {
        new RegExp(src, 'u');
        return true;
      } catch (e) {
        const reason = e instanceof Error ? e.message : String(e);
        this.fail(`${path}[${i}]`, `不是有效的正则表达式：${reason}`, `is not a valid regular expression: ${reason}`);
        return false;
      }
    });
  }

  boolean(value: unknown, path: string, fallback: boolean): boolean {
    if (value === undefined) return fallback;
    if (typeof value !== 'boolean') {
      this.fail(path, '应为 true 或 false', 'must be true or false');
      return fallback;
    }
    return value;
  }

  localized(value: unknown, path: string, required: boolean): Localized | undefined {
    if (typeof value === 'string' && value.trim()) return { zh: value, en: value };
    if (value === undefined && !required) return undefined;
    if (value === undefined) return this.fail(path, '缺少此字段', 'is missing');
    const o = this.object(value, path, ['zh', 'en']);
    if (!o) return undefined;
    const zh = this.string(o.zh, join(path, 'zh'), { required: true });
    const en = this.string(o.en, join(path, 'en'));
    return zh === undefined ? undefined : { zh, en: en ?? zh };
  }
}

function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** The fields a genre file may use, per level (kept in step with schemas/genre.schema.json by a test). */
export const GENRE_FILE_FIELDS = {
  genre: ['$schema', 'id', 'names', 'description', 'aliases', 'titlePatterns', 'prefixes', 'title', 'salutation', 'opening', 'sections', 'closing', 'signature'],
  section: ['id', 'heading', 'headingChoices', 'aliases', 'patterns', 'required', 'inReport', 'prefixes', 'body', 'subsections'],
  subsection: ['id', 'heading', 'style', 'body', 'inReport', 'prefixes'],
  signature: ['kind', 'label'],
} as const;
const GENRE_FIELDS = GENRE_FILE_FIELDS.genre;
const SECTION_FIELDS = GENRE_FILE_FIELDS.section;
const SUBSECTION_FIELDS = GENRE_FILE_FIELDS.subsection;

function readSubsection(r: Reader, value: unknown, path: string, fallbackId: string): GenreSubsection | undefined {
  const o = r.object(value, path, SUBSECTION_FIELDS);
  if (!o) return undefined;
  const heading = r.string(o.heading, join(path, 'heading'), { required: true });
  let style: GenreSubsection['style'] = 'run-in';
  if (o.style !== undefined) {
    if (o.style === 'run-in' || o.style === 'standalone') style = o.style;
    else r.fail(join(path, 'style'), '应为 "run-in"（标题句后接正文）或 "standalone"（标题单独成行）', 'must be "run-in" (heading sentence, then body) or "standalone" (heading on its own line)');
  }
  const sub: GenreSubsection = {
    id: r.string(o.id, join(path, 'id'), { pattern: ID_RE }) ?? fallbackId,
    heading: heading ?? '',
    style,
    body: r.strings(o.body, join(path, 'body'), true),
    inReport: r.boolean(o.inReport, join(path, 'inReport'), true),
    prefixes: r.strings(o.prefixes, join(path, 'prefixes')),
  };
  return heading === undefined ? undefined : sub;
}

function readSection(r: Reader, value: unknown, path: string): GenreSection | undefined {
  const o = r.object(value, path, SECTION_FIELDS);
  if (!o) return undefined;
  const id = r.string(o.id, join(path, 'id'), { required: true, pattern: ID_RE });
  const heading = r.string(o.heading, join(path, 'heading'), { required: true });
  const subsections: GenreSubsection[] = [];
  if (o.subsections !== undefined) {
    if (!Array.isArray(o.subsections)) r.fail(join(path, 'subsections'), '应为数组 [{…}]', 'must be an array [{…}]');
    else {
      o.subsections.forEach((v, i) => {
        const sub = readSubsection(r, v, `${join(path, 'subsections')}[${i}]`, `${id ?? 'section'}-${i + 1}`);
        if (sub) subsections.push(sub);
      });
    }
  }
  const required = r.boolean(o.required, join(path, 'required'), true);
  const section: GenreSection = {
    id: id ?? '',
    heading: heading ?? '',
    headingChoices: o.headingChoices === undefined ? undefined : r.strings(o.headingChoices, join(path, 'headingChoices')),
    aliases: r.strings(o.aliases, join(path, 'aliases')),
    patterns: r.patterns(o.patterns, join(path, 'patterns')),
    required,
    inReport: o.inReport === undefined ? undefined : r.boolean(o.inReport, join(path, 'inReport'), required),
    prefixes: r.strings(o.prefixes, join(path, 'prefixes')),
    body: r.strings(o.body, join(path, 'body'), true),
    subsections,
  };
  return id === undefined || heading === undefined ? undefined : section;
}

function readSignature(r: Reader, value: unknown): SignatureConvention {
  if (value === undefined) return { kind: 'person' };
  const o = r.object(value, 'signature', GENRE_FILE_FIELDS.signature);
  if (!o) return { kind: 'person' };
  const kind = o.kind;
  if (kind !== 'person' && kind !== 'unit' && kind !== 'none') {
    r.fail('signature.kind', '应为 "person"（个人署名）、"unit"（单位署名）或 "none"（不落款）', 'must be "person", "unit" or "none"');
    return { kind: 'person' };
  }
  const label = r.string(o.label, 'signature.label');
  return label === undefined ? { kind } : { kind, label };
}

/** Reads a genre definition from parsed JSON; problems name the field. */
export function genreFromJson(value: unknown): GenreFileResult {
  const r = new Reader();
  const o = r.object(value, '', GENRE_FIELDS);
  if (!o) return { problems: r.problems };
  const id = r.string(o.id, 'id', { required: true, pattern: ID_RE });
  const names = r.localized(o.names, 'names', true);
  const sections: GenreSection[] = [];
  if (!Array.isArray(o.sections) || o.sections.length === 0) {
    r.fail('sections', o.sections === undefined ? '缺少此字段：至少需要一个一级部分' : '应为至少含一项的数组 [{…}]',
      o.sections === undefined ? 'is missing: at least one level-1 section is needed' : 'must be an array with at least one section [{…}]');
  } else {
    o.sections.forEach((v, i) => {
      const s = readSection(r, v, `sections[${i}]`);
      if (!s) return;
      if (sections.some((x) => x.id === s.id)) r.fail(`sections[${i}].id`, `与前面的部分重复："${s.id}"`, `repeats an earlier section: "${s.id}"`);
      else sections.push(s);
    });
  }
  const genre: Genre = {
    id: id ?? '',
    names: names ?? { zh: '', en: '' },
    description: r.localized(o.description, 'description', false) ?? names ?? { zh: '', en: '' },
    aliases: r.strings(o.aliases, 'aliases'),
    titlePatterns: r.patterns(o.titlePatterns, 'titlePatterns'),
    prefixes: r.strings(o.prefixes, 'prefixes'),
    title: r.string(o.title, 'title') ?? names?.zh ?? '',
    salutation: r.string(o.salutation, 'salutation'),
    opening: r.strings(o.opening, 'opening', true),
    sections,
    closing: r.strings(o.closing, 'closing', true),
    signature: readSignature(r, o.signature),
  };
  return r.problems.length ? { problems: r.problems } : { genre, problems: [] };
}

/** Reads a genre file's text: JSON syntax errors are reported with their line and column. */
export function parseGenreFile(text: string): GenreFileResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    const at = /position (\d+)/.exec(reason);
    let where = '';
    if (at) {
      const before = text.slice(0, Number(at[1])).split(/\r\n|\n|\r/);
      where = ` (${before.length}:${before[before.length - 1].length + 1})`;
    }
    return { problems: [{ path: '', message: { zh: `不是有效的 JSON${where}：${reason}`, en: `is not valid JSON${where}: ${reason}` } }] };
  }
  return genreFromJson(value);
}

/** One line per problem: `file: field: message`. */
export function describeGenreProblems(file: string, problems: readonly GenreProblem[], locale: 'zh' | 'en'): string {
  return problems.map((p) => `${file}${p.path ? `: ${p.path}` : ''}: ${p.message[locale]}`).join('\n');
}

/**
 * Workspace genres first (they are the more specific, and a workspace genre replaces the built-in of
 * the same id), then the remaining built-ins, the generic fallback last.
 */
export function mergeGenres(builtins: readonly Genre[], extra: readonly Genre[]): Genre[] {
  const ids = new Set(extra.map((g) => g.id));
  const rest = builtins.filter((g) => !ids.has(g.id));
  const fallback = [...extra, ...rest].find((g) => g.id === genericReport.id) ?? genericReport;
  return [...extra.filter((g) => g !== fallback), ...rest.filter((g) => g !== fallback), fallback];
}
