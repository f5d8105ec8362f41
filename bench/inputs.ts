import * as fs from 'fs';
import * as path from 'path';

/**
 * The benchmark inputs: the site template, that template repeated to about a million characters, and
 * the clean reports of the test corpus (of every genre, in Markdown and plain text, front matter left
 * out) repeated to about a million: the text of real reports, whose characters send every rule down
 * paths a single template leaves untried.
 */
export function benchInputs(): { sample: string; large: string; corpus: string } {
  const candidates = [
    path.resolve(__dirname, '../../../shared/samples/2023-qmczd-shuzhi-template.txt'),
    path.resolve(__dirname, '../../test/fixtures/reports/shuzhi-2024.txt'),
  ];
  const file = candidates.find((f) => fs.existsSync(f))!;
  const sample = fs.readFileSync(file, 'utf8');
  const large = sample.repeat(Math.ceil(1_000_000 / sample.length));
  const cleanDir = path.resolve(__dirname, '../../test/fixtures/clean');
  const reports = fs.readdirSync(cleanDir).sort()
    .map((f) => fs.readFileSync(path.join(cleanDir, f), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''))
    .join('\n');
  const corpus = reports.repeat(Math.ceil(1_000_000 / reports.length));
  return { sample, large, corpus };
}
