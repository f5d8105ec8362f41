import * as fs from 'fs';
import * as path from 'path';
import {
  ALL_RULES, decodeReport, Finding, fixAll, LineIndex, lint, localize, Locale, MAX_REPORT_BYTES, parseReport,
} from './core';

const USAGE = `Usage:
  report-author lint [--format text|json] [--fix] [--lang zh|en] <file…>

  Checks Chinese official reports (述职报告, 对照检查材料, 工作总结…) for unfilled placeholders,
  document-site residue and other slips.

  --format text   one line per finding: file:line:col severity rule message (default)
  --format json   one JSON array of {file, line, column, endLine, endColumn, rule, severity, message}
  --fix           apply the certain fixes, rewriting each file in place, and report what changed
  --lang zh|en    language of the messages (default: from LANG)

Exit status: 0 no errors, 1 errors found, 2 usage or file problems.`;

class UsageError extends Error {}

interface LintArgs {
  format: 'text' | 'json';
  fix: boolean;
  locale: Locale;
  files: string[];
}

function defaultLocale(): Locale {
  const lang = process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '';
  return lang.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function parseLintArgs(args: string[]): LintArgs {
  const out: LintArgs = { format: 'text', fix: false, locale: defaultLocale(), files: [] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
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
    let text = report.text;
    if (args.fix) {
      const result = fixAll(text, ALL_RULES);
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
    for (const f of lint(parseReport(text), ALL_RULES)) {
      if (f.severity === 'error') errors++;
      all.push(toJson(file, index, f, args.locale));
    }
  }
  if (args.format === 'json') out(JSON.stringify(all, null, 2));
  else for (const f of all) out(`${f.file}:${f.line}:${f.column} ${f.severity} ${f.rule} ${f.message}`);
  if (failedFiles) return 2;
  return errors ? 1 : 0;
}

export function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s + '\n'),
  err: (s: string) => void = (s) => process.stderr.write(s + '\n'),
): number {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      out(USAGE);
      return command ? 0 : 2;
    }
    if (command === 'lint') return runLint(parseLintArgs(rest), out, err);
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
  process.exitCode = main(process.argv.slice(2));
}
