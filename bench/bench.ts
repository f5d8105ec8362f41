/**
 * `npm run bench`: medians and ratios against baselines measured in the same process.
 * Each area adds its measurements as a function here; nothing is asserted.
 */
import { benchInputs } from './inputs';
import { Measurement, printTable } from './harness';
import { lintBenchmarks } from './lint.bench';
import { ruleBenchmarks } from './rules.bench';
import { exportBenchmarks } from './export.bench';
import { previewBenchmarks } from './preview.bench';

async function main(): Promise<void> {
  const inputs = benchInputs();
  const results: Measurement[] = [];
  results.push(...lintBenchmarks(inputs));
  results.push(...ruleBenchmarks(inputs));
  results.push(...await exportBenchmarks(inputs));
  results.push(...previewBenchmarks(inputs));
  printTable(results);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
