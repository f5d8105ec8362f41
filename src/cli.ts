import * as fs from 'fs';
import * as path from 'path';
import {
  ALL_RULES, decodeReport, exportHtml, Finding, fixAll, LineIndex, lint, localize, Locale, MAX_REPORT_BYTES, parseReport,
  unfinishedParts,
} from './core';
import { exportDocx } from './core/docx';
import { ProjectSettings } from './projectSettings';

const USAGE = `Usage:
  report-author lint [--format text|json] [--fix] [--lang zh|en] [--settings FILE | --no-settings] <file…>
  report-author export --to docx|html [-o OUT] [--force] [--lang zh|en] [--settings FILE | --no-settings] <file>

  Checks Chinese official reports (述职报告, 对照检查材料, 工作总结…) for unfilled placeholders,
  document-site residue and other slips.

  --format text   one line per finding: file:line:col severity rule message (default)
  --format json   one JSON array of {file, line, column, endLine, endColumn, rule, severity, message}
  --fix           apply the certain fixes, rewriting each file in place, and report what changed
  --lang zh|en    language of the messages (default: from LANG)

  Settings are those of the editor: for each report, the nearest folder above it with a
  .vscode/settings.json (its reportAuthor.* settings: rule severities, custom rules, typo lists,
  placeholder patterns, maxCharacters, genre) or genre files in .vscode/report-author/genres/.
  --settings FILE use that settings.json for every report (genre files are still found per report)
  --no-settings   built-in defaults only: no settings file, no genre files
  A problem in a settings or genre file is told on stderr; that value is left out, linting goes on.

  export writes the report as a Word document or a standalone HTML page in GB/T 9704 layout:
  --to docx|html  the format
  -o OUT          where to write (default: beside the report, e.g. report.docx)
  --force         replace OUT if it exists (without it an existing file is never touched)
  Placeholders or site residue left in the report are reported on stderr; the export still happens.

Exit status: 0 no errors (export: written), 1 errors found, 2 usage or file problems (export: not written).`;

class UsageError extends Error {}

/** Where the settings come from: each report's project, one named file, or nowhere. */
interface SettingsArgs {
  settingsFile?: string;
  noSettings: boolean;
}

interface LintArgs extends SettingsArgs {
  format: 'text' | 'json';
  fix: boolean;
  locale: Locale;
  files: string[];
}

/** Reads `--settings FILE` / `--no-settings` at args[i]; returns how many arguments it took (0: not one of them). */
function settingsOption(args: string[], i: number, into: SettingsArgs): number {
  const a = args[i];
  if (a === '--no-settings') {
    into.noSettings = true;
    return 1;
  }
  if (a === '--settings' || a.startsWith('--settings=')) {
    const eq = a.indexOf('=');
    if (eq < 0 && i + 1 >= args.length) throw new UsageError('--settings needs a value');
    into.settingsFile = eq >= 0 ? a.slice(eq + 1) : args[i + 1];
    if (!into.settingsFile) throw new UsageError('--settings needs a value');
    return eq >= 0 ? 1 : 2;
  }
  return 0;
}

function checkSettingsArgs(args: SettingsArgs): void {
  if (args.noSettings && args.settingsFile !== undefined) throw new UsageError('--settings and --no-settings exclude each other');
}

function projectSettings(args: SettingsArgs, locale: Locale, err: (s: string) => void): ProjectSettings {
  if (args.settingsFile !== undefined) {
    let stat: fs.Stats | undefined;
    try {
      stat = fs.statSync(args.settingsFile);
    } catch {
      throw new FileError(`${args.settingsFile}: no such file (given with --settings)`);
    }
    if (!stat.isFile()) throw new FileError(`${args.settingsFile}: not a file (--settings names a settings.json)`);
  }
  return new ProjectSettings({ settingsFile: args.settingsFile, builtinOnly: args.noSettings, locale, warn: err });
}

function defaultLocale(): Locale {
  const lang = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function parseLintArgs(args: string[]): LintArgs {
  const out: LintArgs = { format: 'text', fix: false, locale: defaultLocale(), files: [], noSettings: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const taken = settingsOption(args, i, out);
    if (taken) {
      i += taken - 1;
      continue;
    }
    const value = (name: string) => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      if (i + 1 >= args.length) throw new UsageError(`${name} needs a value`);
      return args[++i];
    };
    if (a === '--format' || a.startsWith('--format=')) {
      const f = value('--format');
      if (f !== 'text' && f !== 'json') throw new UsageError(`unknown format "${f}" (text or json)`);
      out.format = f;
    } else if (a === '--fix') out.fix = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const l = value('--lang');
      if (l !== 'zh' && l !== 'en') throw new UsageError(`unknown language "${l}" (zh or en)`);
      out.locale = l;
    } else if (a === '--') {
      out.files.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else out.files.push(a);
  }
  if (!out.files.length) throw new UsageError('no file given');
  checkSettingsArgs(out);
  return out;
}

class FileError extends Error {}

function readReport(file: string): { text: string; bom: boolean } {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new FileError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw new FileError(`${file}: is a directory; name the report files`);
  if (stat.size > MAX_REPORT_BYTES) throw new FileError(`${file}: too large (${Math.round(stat.size / 1048576)} MB); reports are limited to ${MAX_REPORT_BYTES / 1048576} MB`);
  const decoded = decodeReport(fs.readFileSync(file));
  if (!decoded.ok) throw new FileError(`${file}: ${decoded.message}`);
  return { text: decoded.text, bom: decoded.bom };
}

/** Writes beside the target, then renames over it, so a failure never leaves half a file. */
function writeAtomically(file: string, content: string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, content, { mode: fs.statSync(file).mode });
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new FileError(`${file}: could not write (${(e as Error).message})`);
  }
}

interface JsonFinding {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  rule: string;
  severity: string;
  message: string;
}

function toJson(file: string, index: LineIndex, f: Finding, locale: Locale): JsonFinding {
  const a = index.positionAt(f.start);
  const b = index.positionAt(f.end);
  return {
    file, line: a.line + 1, column: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1,
    rule: f.rule, severity: f.severity, message: localize(f.message, locale),
  };
}

function runLint(args: LintArgs, out: (s: string) => void, err: (s: string) => void): number {
  const all: JsonFinding[] = [];
  let errors = 0;
  let failedFiles = 0;
  let settingsOf: ProjectSettings;
  try {
    settingsOf = projectSettings(args, args.locale, err);
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    err(`report-author: ${e.message}`);
    return 2;
  }
  for (const file of args.files) {
    let report: { text: string; bom: boolean };
    try {
      report = readReport(file);
    } catch (e) {
      if (!(e instanceof FileError)) throw e;
      err(`report-author: ${e.message}`);
      failedFiles++;
      continue;
    }
    const settings = settingsOf.forReport(file);
    let text = report.text;
    if (args.fix) {
      const result = fixAll(text, ALL_RULES, settings);
      if (result.text !== text) {
        try {
          writeAtomically(file, (report.bom ? '\uFEFF' : '') + result.text);
        } catch (e) {
          if (!(e instanceof FileError)) throw e;
          err(`report-author: ${e.message}`);
          failedFiles++;
          continue;
        }
        const index = new LineIndex(text);
        for (const f of result.fixed) {
          const p = index.positionAt(f.start);
          const title = f.fixes.find((x) => x.safe)?.title;
          err(`${file}:${p.line + 1}:${p.character + 1} fixed ${f.rule} ${title ? localize(title, args.locale) : ''}`.trimEnd());
        }
        text = result.text;
      }
    }
    const index = new LineIndex(text);
    for (const f of lint(parseReport(text), ALL_RULES, settings)) {
      if (f.severity === 'error') errors++;
      all.push(toJson(file, index, f, args.locale));
    }
  }
  if (args.format === 'json') out(JSON.stringify(all, null, 2));
  else for (const f of all) out(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);
  if (failedFiles) return 2;
  return errors ? 1 : 0;
}

interface ExportArgs extends SettingsArgs {
  to: 'docx' | 'html';
  out?: string;
  force: boolean;
  locale: Locale;
  file: string;
}

function parseExportArgs(args: string[]): ExportArgs {
  let to: ExportArgs['to'] | undefined;
  let outFile: string | undefined;
  let force = false;
  let locale = defaultLocale();
  const files: string[] = [];
  const settings: SettingsArgs = { noSettings: false };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const taken = settingsOption(args, i, settings);
    if (taken) {
      i += taken - 1;
      continue;
    }
    const value = (name: string) => {
      const eq = a.startsWith('--') ? a.indexOf('=') : -1;
      if (eq >= 0) return a.slice(eq + 1);
      if (i + 1 >= args.length) throw new UsageError(`${name} needs a value`);
      return args[++i];
    };
    if (a === '--to' || a.startsWith('--to=')) {
      const f = value('--to');
      if (f !== 'docx' && f !== 'html') throw new UsageError(`unknown export format "${f}" (docx or html)`);
      to = f;
    } else if (a === '-o' || a === '--output' || a.startsWith('--output=')) outFile = value(a.startsWith('--') ? '--output' : '-o');
    else if (a === '--force' || a === '-f') force = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const l = value('--lang');
      if (l !== 'zh' && l !== 'en') throw new UsageError(`unknown language "${l}" (zh or en)`);
      locale = l;
    } else if (a === '--') {
      files.push(...args.slice(i + 1));
      break;
    } else if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${a}`);
    else files.push(a);
  }
  if (!to) throw new UsageError('say which format to export: --to docx or --to html');
  if (!files.length) throw new UsageError('no file given');
  if (files.length > 1) throw new UsageError('export takes one report at a time');
  checkSettingsArgs(settings);
  return { to, out: outFile, force, locale, file: files[0], ...settings };
}

/** `report.gongwen.txt` → `report.docx`, beside the report. */
function defaultOutput(file: string, format: ExportArgs['to']): string {
  const name = path.basename(file).replace(/(\.gongwen)?(\.(txt|md|markdown))?$/i, '').replace(/\.gongwen$/i, '') || 'report';
  return path.join(path.dirname(file), `${name}.${format}`);
}

/** The preview's stylesheet from the package (dist/cli.js and out/src/cli.js both find it). */
function previewCss(): string {
  for (let dir = __dirname, i = 0; i < 4; i++, dir = path.dirname(dir)) {
    const file = path.join(dir, 'media', 'preview.css');
    if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8');
  }
  throw new FileError('media/preview.css is missing from the installation');
}

/** Writes a new file beside the target and renames it into place: no half-written file is ever left. */
function writeNewAtomically(file: string, content: Uint8Array | string): void {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.tmp`);
  try {
    fs.writeFileSync(tmp, content);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw new FileError(`${file}: could not write (${(e as Error).message})`);
  }
}

async function runExport(args: ExportArgs, out: (s: string) => void, err: (s: string) => void): Promise<number> {
  const target = args.out ?? defaultOutput(args.file, args.to);
  try {
    if (path.resolve(target) === path.resolve(args.file)) throw new FileError(`${target}: that is the report itself; name another output file`);
    if (fs.existsSync(target)) {
      if (fs.statSync(target).isDirectory()) throw new FileError(`${target}: is a directory; name the output file`);
      if (!args.force) throw new FileError(`${target} already exists; add --force to replace it`);
    }
    const model = parseReport(readReport(args.file).text);
    const settings = projectSettings(args, args.locale, err).forReport(args.file);
    if (!model.blocks.some((b) => b.kind !== 'comment')) throw new FileError(`${args.file}: has no text to export`);
    const content = args.to === 'docx' ? await exportDocx(model) : exportHtml(model, { css: previewCss() });
    writeNewAtomically(target, content);
    const { placeholders, residue } = unfinishedParts(model, settings);
    if (placeholders.length || residue.length) {
      err(args.locale === 'zh'
        ? `${args.file}：报告尚未完成，仍有 ${placeholders.length} 处占位符未填写、${residue.length} 处网站残留（report-author lint ${args.file} 可列出位置）`
        : `${args.file}: the report is unfinished: ${placeholders.length} unfilled placeholders, ${residue.length} pieces of site residue (report-author lint ${args.file} lists them)`);
    }
    out(target);
    return 0;
  } catch (e) {
    if (!(e instanceof FileError)) throw e;
    err(`report-author: ${e.message}`);
    return 2;
  }
}

export function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s + '\n'),
  err: (s: string) => void = (s) => process.stderr.write(s + '\n'),
): number | Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      out(USAGE);
      return command ? 0 : 2;
    }
    if (command === 'lint') return runLint(parseLintArgs(rest), out, err);
    if (command === 'export') return runExport(parseExportArgs(rest), out, err);
    throw new UsageError(`unknown command "${command}"`);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`report-author: ${e.message}\n\n${USAGE}`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  // a reader that stops early (`report-author lint … | head`) closes the pipe: the rest of the output
  // is not wanted, and the exit code still tells what was found
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED') throw e;
  });
  void Promise.resolve(main(process.argv.slice(2))).then((code) => {
    process.exitCode = code;
  });
}
