import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const root = path.resolve(__dirname, '../../..');
const readJson = (f: string) => JSON.parse(fs.readFileSync(path.join(root, f), 'utf8')) as Record<string, unknown>;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('translations', () => {
  it('every %key% in package.json has an English and a Chinese text', () => {
    const manifest = fs.readFileSync(path.join(root, 'package.json'), 'utf8');
    const keys = [...manifest.matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 5);
    const en = readJson('package.nls.json');
    const zh = readJson('package.nls.zh-cn.json');
    for (const k of keys) {
      assert.ok(typeof en[k] === 'string', `package.nls.json lacks ${k}`);
      assert.ok(typeof zh[k] === 'string', `package.nls.zh-cn.json lacks ${k}`);
    }
  });

  it('every runtime string passed to vscode.l10n.t has a Chinese translation', () => {
    const zh = readJson('l10n/bundle.l10n.zh-cn.json');
    const missing: string[] = [];
    for (const file of sourceFiles(path.join(root, 'src'))) {
      const src = fs.readFileSync(file, 'utf8');
      for (const m of src.matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) {
        const key = m[2].replace(/\\(['"`\\])/g, '$1');
        if (!(key in zh)) missing.push(`${path.relative(root, file)}: ${key}`);
      }
    }
    assert.deepStrictEqual(missing, []);
  });
});
