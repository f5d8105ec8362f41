import * as fs from 'fs';
import * as path from 'path';

/** The benchmark inputs: the site template and that template repeated to about a million characters. */
export function benchInputs(): { sample: string; large: string } {
  const candidates = [
    path.resolve(__dirname, '../../../shared/samples/2023-qmczd-shuzhi-template.txt'),
    path.resolve(__dirname, '../../test/fixtures/reports/shuzhi-2024.txt'),
  ];
  const file = candidates.find((f) => fs.existsSync(f))!;
  const sample = fs.readFileSync(file, 'utf8');
  const large = sample.repeat(Math.ceil(1_000_000 / sample.length));
  return { sample, large };
}
