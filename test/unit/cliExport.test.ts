import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/reports/export-sample.gongwen');

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('report-author export', () => {
  let dir: string;
  let report: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-export-'));
    report = path.join(dir, '述职报告.gongwen.txt');
    fs.copyFileSync(FIXTURE, report);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('writes a .docx beside the report and prints its path', async () => {
    const r = await run(['export', '--to', 'docx', report]);
    assert.strictEqual(r.code, 0, r.err);
    const target = path.join(dir, '述职报告.docx');
    assert.strictEqual(r.out, target);
    const files = unzipSync(fs.readFileSync(target));
    assert.match(strFromU8(files['word/document.xml']), /述职人：周启航/);
    // nothing else is left in the folder: no temporary file
    assert.deepStrictEqual(fs.readdirSync(dir).sort(), ['述职报告.docx', '述职报告.gongwen.txt']);
  });

  it('writes a standalone HTML page with -o', async () => {
    const target = path.join(dir, 'out.html');
    const r = await run(['export', '--to=html', '-o', target, report]);
    assert.strictEqual(r.code, 0, r.err);
    const html = fs.readFileSync(target, 'utf8');
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /@page \{ size: A4/);
    assert.match(html, /2024年度个人述职报告/);
    assert.doesNotMatch(html, /<link|<script|src=|url\(http/i, 'loads nothing');
  });

  it('refuses to replace an existing file without --force, exit 2, and leaves it as it was', async () => {
    const target = path.join(dir, 'report.docx');
    fs.writeFileSync(target, 'my own file');
    let r = await run(['export', '--to', 'docx', '-o', target, report]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /already exists; add --force to replace it/);
    assert.strictEqual(fs.readFileSync(target, 'utf8'), 'my own file');
    r = await run(['export', '--to', 'docx', '-o', target, '--force', report]);
    assert.strictEqual(r.code, 0, r.err);
    assert.strictEqual(fs.readFileSync(target).subarray(0, 2).toString(), 'PK');
  });

  it('never writes over the report itself', async () => {
    const r = await run(['export', '--to', 'html', '-o', report, '--force', report]);
    assert.strictEqual(r.code, 2);
    assert.strictEqual(fs.readFileSync(report, 'utf8'), fs.readFileSync(FIXTURE, 'utf8'));
  });

  it('warns about placeholders and site residue but still exports', async () => {
    const file = path.join(dir, 'draft.txt');
    fs.writeFileSync(file, '2024年度述职报告\n一、工作情况\n全年开展专题研讨X次，##paidbegin##覆盖XX个村。\n二、下步打算\n继续努力。\n');
    const r = await run(['export', '--to', 'docx', '--lang', 'en', file]);
    assert.strictEqual(r.code, 0);
    assert.match(r.err, /unfinished: 2 unfilled placeholders, 1 pieces of site residue/);
    assert.ok(fs.existsSync(path.join(dir, 'draft.docx')));
  });

  it('explains what is wrong with the arguments or the file, exit 2', async () => {
    assert.match((await run(['export', report])).err, /--to docx or --to html/);
    assert.match((await run(['export', '--to', 'pdf', report])).err, /unknown export format "pdf"/);
    assert.match((await run(['export', '--to', 'docx', path.join(dir, 'missing.txt')])).err, /no such file/);
    const empty = path.join(dir, 'empty.txt');
    fs.writeFileSync(empty, '\n\n');
    const r = await run(['export', '--to', 'docx', empty]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /has no text to export/);
    assert.ok(!fs.existsSync(path.join(dir, 'empty.docx')));
  });
});
