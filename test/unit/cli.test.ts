import * as assert from 'assert';
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli';

const samplePath = path.resolve(__dirname, '../../../../shared/samples/2023-qmczd-shuzhi-template.txt');

function run(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  // lint answers at once; export (a promise) has tests of its own
  const code = main(args, (s) => out.push(s), (s) => err.push(s)) as number;
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('report-author CLI', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-cli-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string | Buffer) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, content);
    return file;
  };

  it('stops quietly when the reader of its output stops early, and still exits 1 for errors', () => {
    // far more findings than a pipe holds, read by a reader that takes the first line only
    const file = write('many.txt', '检查工作开展了X次。\n'.repeat(20000));
    const cli = path.resolve(__dirname, '../../src/cli.js');
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${cli}" lint "${file}" | head -n 1; exit "\${PIPESTATUS[0]}"`], { encoding: 'utf8' });
    assert.match(r.stdout, /many\.txt:1:\d+ error placeholder/);
    assert.strictEqual(r.stderr, '');
    assert.strictEqual(r.status, 1);
  });

  it('prints usage and exits 2 without a command', () => {
    const r = run([]);
    assert.strictEqual(r.code, 2);
    assert.match(r.out, /report-author lint/);
  });

  it('rejects unknown options with exit 2', () => {
    const r = run(['lint', '--bogus', 'x.txt']);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /unknown option --bogus/);
  });

  it('reports the sample as JSON with 1-based positions, exit 1', () => {
    const r = run(['lint', '--format', 'json', '--lang', 'en', samplePath]);
    assert.strictEqual(r.code, 1);
    const findings = JSON.parse(r.out) as { line: number; column: number; endColumn: number; rule: string; severity: string; message: string; file: string }[];
    assert.ok(findings.length > 0);
    for (const f of findings) {
      assert.strictEqual(f.file, samplePath);
      assert.ok(f.line >= 1 && f.column >= 1);
    }
    const lines = fs.readFileSync(samplePath, 'utf8').split('\n');
    const serious = findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
    const placeholders = serious.filter((f) => f.rule === 'placeholder');
    const residue = serious.filter((f) => f.rule === 'site-residue');
    assert.strictEqual(placeholders.length, 15);
    assert.strictEqual(residue.length, 2);
    // and the one misspelling, 签定 for 签订, as a hint: 签定 is a variant dictionaries still list
    const typos = findings.filter((f) => f.rule === 'typo');
    assert.ok(typos.every((f) => f.severity === 'info'));
    assert.strictEqual(serious.length, 17, JSON.stringify(serious, null, 1));
    const at = (f: (typeof findings)[number]) => lines[f.line - 1].slice(f.column - 1, f.endColumn - 1);
    assert.ok(placeholders.every((f) => at(f) === 'X'));
    assert.deepStrictEqual(residue.map(at), ['##paidbegin##', '##paidend##']);
    assert.deepStrictEqual(typos.map(at), ['签定']);
    // each at its own range
    assert.strictEqual(new Set(serious.map((f) => `${f.line}:${f.column}`)).size, 17);
  });

  it('prints one text line per finding: file:line:col severity rule message', () => {
    const file = write('r.txt', '工作总结\n一、情况\n全年开展培训X次。\n二、问题\n正文。\n');
    const r = run(['lint', '--lang', 'zh', file]);
    for (const line of r.out.split('\n').filter(Boolean)) assert.match(line, new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+:\\d+ (error|warning|info|hint) [a-z-]+ .+`));
  });

  it('exits 0 on a clean report', () => {
    const file = write('clean.txt', [
      '2024年工作总结',
      '2024年，我局围绕年度目标扎实推进各项工作，现将有关情况总结如下。',
      '一、主要工作及成效',
      '全年开展业务培训3次，参训干部120人次。',
      '二、存在的问题和不足',
      '培训内容与岗位需求结合还不够紧密。',
      '三、2025年工作打算',
      '围绕岗位需求优化培训内容，提高培训实效。',
      '特此报告。',
      '县统计局',
      '2025年1月10日',
      '',
    ].join('\n'));
    const r = run(['lint', file]);
    assert.strictEqual(r.code, 0, r.out + r.err);
    assert.strictEqual(r.out, '');
  });

  it('exits 2 with a clear message for a missing file, a directory, binary and non-UTF-8 files', () => {
    const cases: [string, RegExp][] = [
      [path.join(dir, 'nope.txt'), /no such file/],
      [dir, /is a directory/],
      [write('a.docx', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0, 0x14, 0])), /binary/],
      [write('gbk.txt', Buffer.from([0xb9, 0xa4, 0xd7, 0xf7, 0xd7, 0xdc, 0xbd, 0xe1])), /not valid UTF-8/],
      [write('u16.txt', Buffer.from([0xff, 0xfe, 0x65, 0x51])), /UTF-16/],
    ];
    for (const [file, message] of cases) {
      const r = run(['lint', file]);
      assert.strictEqual(r.code, 2, file);
      assert.match(r.err, message);
    }
  });

  it('lints a 5 MB report and a 200,000-character line with findings at the right places', function () {
    this.timeout(120_000);
    const paragraph = '认真落实全面从严治党主体责任，全年开展专题学习X次，督促整改问题12个。\n';
    const big = write('big.txt', '2024年度述职报告\n一、履职情况\n' + paragraph.repeat(Math.ceil(5_000_000 / Buffer.byteLength(paragraph))));
    const r = run(['lint', '--format', 'json', big]);
    assert.strictEqual(r.code, 1);
    const findings = JSON.parse(r.out) as { line: number; column: number; rule: string }[];
    const lines = Math.ceil(5_000_000 / Buffer.byteLength(paragraph));
    assert.strictEqual(findings.filter((f) => f.rule === 'placeholder').length, lines);
    assert.ok(findings.every((f) => f.rule !== 'placeholder' || f.column === paragraph.indexOf('X') + 1));

    const long = write('long.txt', '工作总结\n一、情况\n' + '推进各项工作落实，'.repeat(22_222) + '完成X项。\n');
    const r2 = run(['lint', '--format', 'json', long]);
    const f2 = JSON.parse(r2.out) as { line: number; column: number; rule: string }[];
    // (the two-line report also lacks sections; only the placement of the placeholder matters here)
    assert.deepStrictEqual(f2.filter((f) => f.rule === 'placeholder').map((f) => [f.rule, f.line, f.column]), [['placeholder', 3, 22_222 * 9 + 3]]);
  });

  it('lints an empty file without findings', () => {
    const r = run(['lint', write('empty.txt', '')]);
    assert.strictEqual(r.code, 0);
  });

  it('--fix removes the paid markers of the sample and keeps every other character', () => {
    const original = fs.readFileSync(samplePath, 'utf8');
    const file = write('sample.txt', original);
    const r = run(['lint', '--fix', '--format', 'json', file]);
    const fixed = fs.readFileSync(file, 'utf8');
    assert.ok(!fixed.includes('paidbegin') && !fixed.includes('paidend'));
    const expected = original.replace('##paidbegin##', '').replace(/\n##paidend##\n?$/, '\n').replace(/\n##paidend##/, '').replace('签定', '签订');
    assert.strictEqual(fixed.replace(/\s+$/, ''), expected.replace(/\s+$/, ''));
    assert.match(r.err, /fixed site-residue/);
    // nothing left to fix: a second run changes nothing
    run(['lint', '--fix', file]);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), fixed);
  });

  it('--fix keeps a BOM and CRLF line breaks', () => {
    const file = write('crlf.txt', '\uFEFF工作总结\r\n一、情况\r\n推进##paidbegin##工作。\r\n');
    run(['lint', '--fix', file]);
    assert.strictEqual(fs.readFileSync(file, 'utf8'), '\uFEFF工作总结\r\n一、情况\r\n推进工作。\r\n');
  });
});
