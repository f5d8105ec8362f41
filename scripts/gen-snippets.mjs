// Writes snippets/gongwen.code-snippets from the genre definitions in src/core/genres.
// `--check` only compares and exits 1 when the file is stale.
import * as esbuild from 'esbuild';
import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const target = path.join(root, 'snippets', 'gongwen.code-snippets');

const built = await esbuild.build({
  stdin: {
    contents: "export { snippetsFileText } from './src/core/genres/snippets'; export { BUILTIN_GENRES, GENRE_MENU_ORDER } from './src/core/genres/builtin';",
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'cjs',
  platform: 'node',
  logLevel: 'warning',
});
// evaluate the bundle in memory, as a CommonJS module
const bundled = { exports: {} };
new Function('module', 'exports', 'require', built.outputFiles[0].text)(bundled, bundled.exports, createRequire(import.meta.url));
const { snippetsFileText, BUILTIN_GENRES, GENRE_MENU_ORDER } = bundled.exports;
const ordered = GENRE_MENU_ORDER.map((id) => BUILTIN_GENRES.find((g) => g.id === id));
const text = snippetsFileText(ordered);

const current = await readFile(target, 'utf8').catch(() => '');
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${path.relative(root, target)} is stale: run npm run gen:snippets`);
    process.exit(1);
  }
} else if (current !== text) {
  await writeFile(target, text);
  console.log(`wrote ${path.relative(root, target)}`);
} else {
  console.log(`${path.relative(root, target)} is up to date`);
}
