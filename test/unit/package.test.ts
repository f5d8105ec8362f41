import * as assert from 'assert';
import { execFileSync, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';

const root = path.resolve(__dirname, '../../..');

describe('the .vsix package', function () {
  this.timeout(180_000);
  let files: string[] = [];

  before(async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-vsix-'));
    const vsix = path.join(dir, 'report-author.vsix');
    try {
      execFileSync(process.execPath, [path.join(root, 'node_modules/@vscode/vsce/vsce'), 'package', '--no-dependencies', '-o', vsix], { cwd: root, stdio: 'pipe' });
      const zip = await JSZip.loadAsync(fs.readFileSync(vsix));
      files = Object.keys(zip.files).filter((f) => !f.endsWith('/')).map((f) => f.replace(/^extension\//, ''));
      // vsce stores the README as readme.md
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('holds the bundles for Node, the browser and the CLI, and the language files', () => {
    for (const f of ['package.json', 'dist/extension.js', 'dist/web/extension.js', 'dist/cli.js', 'language-configuration.json', 'syntaxes/gongwen.tmLanguage.json', 'package.nls.zh-cn.json', 'l10n/bundle.l10n.zh-cn.json', 'docs/rules.md', 'readme.md', 'snippets/gongwen.code-snippets', 'schemas/genre.schema.json']) {
      assert.ok(files.includes(f), `${f} is missing from the package`);
    }
  });

  it('ships a command-line tool that runs from its bundle and reads the project settings', () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-cli-bundle-'));
    try {
      fs.mkdirSync(path.join(project, '.vscode'));
      // comments and a trailing comma, as VS Code writes settings.json
      fs.writeFileSync(path.join(project, '.vscode', 'settings.json'), '{\n  // no typo check here\n  "reportAuthor.rules.typo": "off",\n}\n');
      const report = path.join(project, '述职报告.gongwen.txt');
      fs.writeFileSync(report, '述职报告\n\n　　今年共组织学习X次，与各科室签订责任书，按步就班推进工作。\n');
      const run = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'lint', '--format', 'json', report], { encoding: 'utf8' });
      assert.strictEqual(run.status, 1, run.stderr);
      const rules = (JSON.parse(run.stdout) as { rule: string }[]).map((f) => f.rule);
      assert.ok(rules.includes('placeholder'), run.stdout);
      assert.ok(!rules.includes('typo'), `按步就班 is reported although the project turns typo off: ${run.stdout}`);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });

  it('holds no sources, tests, source maps or node_modules', () => {
    const unwanted = files.filter((f) => /^(src|test|out|bench|scripts|node_modules|\.ci)\//.test(f) || /\.(ts|map)$/.test(f));
    assert.deepStrictEqual(unwanted, []);
  });
});
