import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli';

function run(args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = main(args, (s) => out.push(s), (s) => err.push(s)) as number;
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function runAsync(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (s) => out.push(s), (s) => err.push(s));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** `line:col severity rule` of each text line the CLI printed. */
function findings(out: string): string[] {
  return out.split('\n').filter(Boolean).map((line) => {
    const m = /:(\d+):(\d+) (\w+) ([a-z-]+) /.exec(line);
    assert.ok(m, line);
    return `${m[1]}:${m[2]} ${m[3]} ${m[4]}`;
  });
}

const REPORT = [
  '2024年工作总结',
  '2024年，我局围绕年度目标推进各项工作，现将有关情况总结如下。',
  '一、主要工作及成效',
  '以数据共享为抓手，部暑开展统计督查2次，完成 全部年报审核。',
  '二、存在的问题和不足',
  '基层统计力量还比较薄弱。',
  '三、2025年工作打算',
  '继续加强统计督查。',
  '特此报告。',
  '县统计局',
  '2025年1月10日',
  '',
].join('\n');

/** VS Code writes settings.json with comments and trailing commas; so do people. */
const SETTINGS = `{
  // 本局统一的写作约定
  "editor.wordWrap": "on",
  "reportAuthor.rules.spacing": "off", /* 排版交给印制环节 */
  "reportAuthor.rules.custom": "error",
  "reportAuthor.typo.extra": { "部暑": "部署", },
  "reportAuthor.customRules": [
    { "pattern": "抓手", "message": "用“举措”，不用“抓手”", "replacement": "举措" },
  ],
  "reportAuthor.maxCharacters": 60,
}
`;

const AUDIT_GENRE = {
  id: 'audit-report',
  names: { zh: '审计整改情况报告', en: 'Audit follow-up report' },
  titlePatterns: ['审计.{0,12}整改'],
  sections: [
    { id: 'findings', heading: '审计发现的问题' },
    { id: 'rectification', heading: '整改落实情况' },
  ],
};

describe('report-author CLI with the project settings', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-cli-settings-'));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: string) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
    return file;
  };

  it('lints as the editor does: rules off or raised, custom rules, typo list, length limit', () => {
    write('proj/.vscode/settings.json', SETTINGS);
    const report = write('proj/2024/年度/总结.txt', REPORT);

    const defaults = run(['lint', '--lang', 'en', '--no-settings', report]);
    assert.deepStrictEqual(findings(defaults.out), ['4:23 warning spacing']);
    assert.strictEqual(defaults.code, 0);

    // found from the report's folder two levels down
    const r = run(['lint', '--lang', 'en', report]);
    assert.strictEqual(r.err, '');
    assert.deepStrictEqual(findings(r.out), ['4:7 error custom', '4:10 warning typo', '4:17 warning length']);
    assert.match(r.out, /4:7 error custom 用“举措”，不用“抓手”/);
    assert.match(r.out, /4:10 warning typo .*部署/);
    assert.strictEqual(r.code, 1);
  });

  it('--fix applies the custom replacement and the user\'s own typo, and nothing it was not asked to', () => {
    write('proj/.vscode/settings.json', SETTINGS);
    const report = write('proj/总结.txt', REPORT);
    const r = run(['lint', '--fix', '--lang', 'en', report]);
    assert.match(r.err, /4:7 fixed custom/);
    // spacing is off here, so the stray space stays
    assert.strictEqual(fs.readFileSync(report, 'utf8'), REPORT.replace('抓手', '举措').replace('部暑', '部署'));
    assert.deepStrictEqual(findings(r.out), ['4:17 warning length']);
    assert.strictEqual(r.code, 0);
  });

  it('--settings FILE is used for every report, wherever it lies', () => {
    const settings = write('elsewhere/team.json', '{ "reportAuthor.rules.placeholder": "off", "reportAuthor.rules.spacing": "info" }');
    write('proj/.vscode/settings.json', SETTINGS);
    const inProject = write('proj/总结.txt', REPORT);
    const loose = write('loose/草稿.txt', REPORT.replace('2次', 'X次'));
    const r = run(['lint', '--lang', 'en', '--settings', settings, inProject, loose]);
    assert.strictEqual(r.err, '');
    assert.deepStrictEqual(findings(r.out), ['4:23 info spacing', '4:23 info spacing']);
    assert.strictEqual(r.code, 0);

    const missing = run(['lint', `--settings=${path.join(dir, 'nope.json')}`, inProject]);
    assert.strictEqual(missing.code, 2);
    assert.match(missing.err, /nope\.json: no such file \(given with --settings\)/);
    assert.strictEqual(missing.out, '');

    const both = run(['lint', '--settings', settings, '--no-settings', inProject]);
    assert.strictEqual(both.code, 2);
    assert.match(both.err, /--settings and --no-settings exclude each other/);
  });

  it('tells where a settings.json is not valid, and lints with the defaults', () => {
    const settings = write('proj/.vscode/settings.json', '{\n  "reportAuthor.rules.spacing": "off"\n  "reportAuthor.maxCharacters": 60\n}\n');
    const report = write('proj/总结.txt', REPORT);
    const r = run(['lint', '--lang', 'en', report]);
    assert.strictEqual(r.err, `report-author: ${settings}:3:3: is not valid JSON (CommaExpected); none of its settings are used`);
    assert.deepStrictEqual(findings(r.out), ['4:23 warning spacing']);
    assert.strictEqual(r.code, 0);
  });

  it('reads an empty settings.json, or one of comments only, as setting nothing', () => {
    const report = write('proj/总结.txt', REPORT);
    for (const text of ['', '// 设置稍后补充\n/* 暂无 */\n']) {
      write('proj/.vscode/settings.json', text);
      const r = run(['lint', '--lang', 'en', report]);
      assert.strictEqual(r.err, '');
      assert.deepStrictEqual(findings(r.out), ['4:23 warning spacing']);
    }
  });

  it('names a value of the wrong type, leaves it out and uses the rest, telling it once for all reports', () => {
    const settings = write('proj/.vscode/settings.json', `{
      "reportAuthor.rules.spacing": "silent",
      "reportAuthor.maxCharacters": "60",
      "reportAuthor.customRules": [{ "pattern": "抓手", "message": "用“举措”", "severity": "error" }],
    }`);
    const first = write('proj/a.txt', REPORT);
    const second = write('proj/sub/b.txt', REPORT);
    const r = run(['lint', '--lang', 'en', first, second]);
    assert.deepStrictEqual(r.err.split('\n'), [
      `report-author: ${settings}: reportAuthor.rules.spacing: must be one of "off", "info", "warning", "error" (ignored)`,
      `report-author: ${settings}: reportAuthor.maxCharacters: must be a number, 0 or more (0: no limit) (ignored)`,
    ]);
    assert.deepStrictEqual(findings(r.out), ['4:7 error custom', '4:23 warning spacing', '4:7 error custom', '4:23 warning spacing']);
    assert.strictEqual(r.code, 1);

    const zh = run(['lint', '--lang', 'zh', first]);
    assert.match(zh.err, /reportAuthor\.maxCharacters: 应为不小于 0 的数字（0 表示不限）（已忽略）/);
  });

  it('checks a report against a genre from the project\'s genre files, and names a broken one', () => {
    write('proj/.vscode/report-author/genres/audit.json', JSON.stringify(AUDIT_GENRE, null, 2));
    const broken = write('proj/.vscode/report-author/genres/broken.json', JSON.stringify({ ...AUDIT_GENRE, id: 'Audit Report' }));
    const report = write('proj/审计/整改报告.txt', [
      '关于2024年度审计发现问题整改情况的报告',
      '根据审计意见，现将整改情况报告如下。',
      '一、审计发现的问题',
      '审计指出专项资金拨付不及时等问题3个。',
      '特此报告。',
      '县统计局',
      '2025年3月5日',
      '',
    ].join('\n'));
    const r = run(['lint', '--lang', 'en', report]);
    assert.strictEqual(r.err, `report-author: ${broken}: id: may use only lower-case letters, digits and hyphens, e.g. "audit-report"`);
    assert.deepStrictEqual(findings(r.out), ['4:1 warning missing-section']);
    assert.match(r.out, /Missing the “整改落实情况” section/);

    const defaults = run(['lint', '--lang', 'en', '--no-settings', report]);
    assert.strictEqual(defaults.err, '');
    assert.doesNotMatch(defaults.out, /整改落实情况/);
  });

  it('names a reportAuthor.genre that no genre answers to', () => {
    const settings = write('proj/.vscode/settings.json', '{ "reportAuthor.genre": "annual-audit" }');
    const r = run(['lint', '--lang', 'en', write('proj/a.txt', REPORT)]);
    assert.match(r.err, new RegExp(`^report-author: ${settings.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: reportAuthor\\.genre: no genre is called “annual-audit” \\(known: .*work-summary`));
    assert.deepStrictEqual(findings(r.out), ['4:23 warning spacing']);
  });

  it('export counts unfinished parts with the project\'s placeholder settings', async () => {
    write('proj/.vscode/settings.json', '{ "reportAuthor.placeholder.extraPatterns": ["【待补充】"], "reportAuthor.rules.site-residue": "off" }');
    const report = write('proj/总结.txt', REPORT.replace('基层统计力量还比较薄弱。', '【待补充】##paidend##'));
    const r = await runAsync(['export', '--to', 'html', '--lang', 'en', report]);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /the report is unfinished: 1 unfilled placeholders, 0 pieces of site residue/);

    const defaults = await runAsync(['export', '--to', 'html', '--force', '--lang', 'en', '--no-settings', report]);
    assert.match(defaults.err, /the report is unfinished: 0 unfilled placeholders, 1 pieces of site residue/);
  });
});
