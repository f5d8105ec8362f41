import * as fs from 'fs';
import * as path from 'path';
import { getNodeValue, parseTree, ParseError, printParseErrorCode, stripComments } from 'jsonc-parser';
import {
  BUILTIN_GENRES, findGenre, Genre, GENRES_FOLDER, LintSettings, lintSettingsFromValues, Locale, mergeGenres,
  readGenreFiles, reportAuthorValues,
} from './core';

/**
 * The settings the command-line tool lints a report with, read as the editor would: from the
 * `.vscode/settings.json` and the genre files of the report's project, the nearest folder above the
 * report that holds either. Each project is read once per run; whatever is wrong in its files is told
 * (one line each, naming the file and the key) and left out, and linting goes on with the rest.
 */

export interface ProjectSettingsOptions {
  /** Read the settings from this file for every report instead of finding each project's. */
  settingsFile?: string;
  /** Built-in defaults only: no settings file, no genre files. */
  builtinOnly?: boolean;
  locale: Locale;
  /** Receives each problem found in a settings or genre file. */
  warn: (message: string) => void;
}

const SETTINGS_FILE = path.join('.vscode', 'settings.json');

export class ProjectSettings {
  private readonly projectOfFolder = new Map<string, string | undefined>();
  private readonly settingsOfProject = new Map<string, LintSettings>();
  private readonly valuesOfFile = new Map<string, Record<string, unknown>>();
  private readonly told = new Set<string>();

  constructor(private readonly options: ProjectSettingsOptions) {}

  /** The lint settings for one report file. */
  forReport(file: string): LintSettings {
    if (this.options.builtinOnly) return {};
    const project = this.projectOf(path.dirname(path.resolve(file)));
    const key = project ?? '';
    let settings = this.settingsOfProject.get(key);
    if (!settings) {
      settings = this.read(project);
      this.settingsOfProject.set(key, settings);
    }
    return settings;
  }

  /** The nearest folder, from `folder` upwards, with a `.vscode/settings.json` or genre files. */
  private projectOf(folder: string): string | undefined {
    const walked: string[] = [];
    let found: string | undefined;
    for (let dir = folder; ; dir = path.dirname(dir)) {
      if (this.projectOfFolder.has(dir)) {
        found = this.projectOfFolder.get(dir);
        break;
      }
      walked.push(dir);
      if (isFile(path.join(dir, SETTINGS_FILE)) || isDirectory(path.join(dir, GENRES_FOLDER))) {
        found = dir;
        break;
      }
      if (path.dirname(dir) === dir) break;
    }
    for (const dir of walked) this.projectOfFolder.set(dir, found);
    return found;
  }

  private read(project: string | undefined): LintSettings {
    const settingsFile = this.options.settingsFile ?? (project ? path.join(project, SETTINGS_FILE) : undefined);
    let values: Record<string, unknown> = {};
    if (settingsFile && (this.options.settingsFile || isFile(settingsFile))) {
      values = this.valuesOfFile.get(settingsFile) ?? this.readSettingsFile(settingsFile);
      this.valuesOfFile.set(settingsFile, values);
    }
    const reading = lintSettingsFromValues(values);
    for (const p of reading.problems) this.warn(`${shown(settingsFile ?? '')}: ${p.key}: ${p.message[this.options.locale]}`);
    const genres = project ? this.readGenres(project) : BUILTIN_GENRES;
    const settings: LintSettings = { ...reading.settings, genres };
    if (settings.genre && !findGenre(genres, settings.genre)) {
      const known = genres.map((g) => g.id).join(this.options.locale === 'zh' ? '、' : ', ');
      this.warn(this.options.locale === 'zh'
        ? `${shown(settingsFile ?? '')}: reportAuthor.genre: 没有名为“${settings.genre}”的文种（可用：${known}）`
        : `${shown(settingsFile ?? '')}: reportAuthor.genre: no genre is called “${settings.genre}” (known: ${known})`);
    }
    return settings;
  }

  /** The `reportAuthor.*` values of a settings.json (JSON with comments); nothing from a file that is not valid. */
  private readSettingsFile(file: string): Record<string, unknown> {
    const zh = this.options.locale === 'zh';
    let text: string;
    try {
      text = fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (e) {
      this.warn(`${shown(file)}: ${zh ? '无法读取' : 'could not be read'} (${(e as Error).message})`);
      return {};
    }
    // an empty file, or one of comments only, sets nothing (VS Code reads it so)
    if (!stripComments(text).trim()) return {};
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length) {
      const first = errors[0];
      const before = text.slice(0, first.offset).split(/\r\n|\n|\r/);
      const where = `${before.length}:${before[before.length - 1].length + 1}`;
      this.warn(zh
        ? `${shown(file)}:${where}: 不是有效的 JSON（${printParseErrorCode(first.error)}），其中的设置均未使用`
        : `${shown(file)}:${where}: is not valid JSON (${printParseErrorCode(first.error)}); none of its settings are used`);
      return {};
    }
    const value: unknown = tree ? getNodeValue(tree) : undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      if (value !== undefined) this.warn(`${shown(file)}: ${zh ? '应为对象 { "reportAuthor.…": … }，其中的设置均未使用' : 'must be an object { "reportAuthor.…": … }; none of its settings are used'}`);
      return {};
    }
    return reportAuthorValues(value as Record<string, unknown>);
  }

  /** The built-in genres with the project's own, which replace a built-in genre of the same id. */
  private readGenres(project: string): readonly Genre[] {
    const dir = path.join(project, GENRES_FOLDER);
    let names: string[];
    try {
      names = fs.readdirSync(dir, { withFileTypes: true }).filter((e) => e.name.endsWith('.json') && !e.isDirectory()).map((e) => e.name).sort();
    } catch {
      return BUILTIN_GENRES; // no genre folder: only the built-in genres
    }
    const files = names.map((name) => {
      const file = path.join(dir, name);
      try {
        return { name: shown(file), text: fs.readFileSync(file, 'utf8') };
      } catch (e) {
        return { name: shown(file), readError: (e as Error).message };
      }
    });
    const reading = readGenreFiles(files, this.options.locale);
    for (const p of reading.problems) for (const line of p.message.split('\n')) this.warn(line);
    return reading.genres.length ? mergeGenres(BUILTIN_GENRES, reading.genres) : BUILTIN_GENRES;
  }

  /** Each problem once per run, however many reports share the file. */
  private warn(message: string): void {
    if (this.told.has(message)) return;
    this.told.add(message);
    this.options.warn(`report-author: ${message}`);
  }
}

/** A path as the user would type it: relative to the working folder when inside it. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

function isDirectory(dir: string): boolean {
  try {
    return fs.statSync(dir).isDirectory();
  } catch {
    return false;
  }
}
