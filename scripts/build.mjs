// Bundles the extension for Node and the browser, and the command-line tool, with esbuild.
import * as esbuild from 'esbuild';
import * as fs from 'fs';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = {
  bundle: true,
  sourcemap: !production,
  minify: production,
  target: 'es2022',
  logLevel: 'warning',
  // docx is loaded lazily, only when exporting
  external: ['vscode'],
};

const builds = [
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', platform: 'node', format: 'cjs' },
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/web/extension.js', platform: 'browser', format: 'cjs' },
  // jsonc-parser's UMD build requires its parts at run time, which a bundle cannot: take its ES modules
  { ...common, entryPoints: ['src/cli.ts'], outfile: 'dist/cli.js', platform: 'node', format: 'cjs',
    mainFields: ['module', 'main'], banner: { js: '#!/usr/bin/env node' } },
  // the preview's script inside the webview
  { ...common, entryPoints: ['src/preview/webview/main.ts'], outfile: 'dist/preview.js', platform: 'browser', format: 'iife',
    tsconfig: 'src/preview/webview/tsconfig.json' },
];

// a production build starts clean so no source map of a development build is packaged
if (production) fs.rmSync('dist', { recursive: true, force: true });

if (watch) {
  for (const b of builds) (await esbuild.context(b)).watch();
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
}
