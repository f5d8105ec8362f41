// `npm run demo`: the main job on the bundled example template — lint it, then lay it out as the printed
// 公文 page (a standalone HTML page and a Word document in demo-output/).
import { spawnSync } from 'child_process';
import * as fs from 'fs';

const report = 'examples/2024年度述责述廉报告-模板.txt';
const cli = (args) => spawnSync(process.execPath, ['dist/cli.js', ...args], { stdio: 'inherit' }).status;

console.log(`== report-author lint ${report}`);
const lintStatus = cli(['lint', report]);
// 1 means findings, which the example template has on purpose
if (lintStatus !== 0 && lintStatus !== 1) process.exit(lintStatus ?? 2);

fs.mkdirSync('demo-output', { recursive: true });
for (const to of ['html', 'docx']) {
  const out = `demo-output/example.${to}`;
  console.log(`== report-author export --to ${to} -o ${out}`);
  const status = cli(['export', '--to', to, '-o', out, '--force', report]);
  if (status !== 0) process.exit(status ?? 2);
}
console.log('\nOpen demo-output/example.html in a browser to see the pages; demo-output/example.docx in Word or WPS.');
