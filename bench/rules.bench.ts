import { ALL_RULES, fixAll, lint, parseReport, ReportModel } from '../src/core';
import { measure, Measurement } from './harness';

/**
 * The rules on their own, on models parsed beforehand (each run gets a fresh model, so nothing cached
 * on a model is reused): all rules together, each rule alone, and fix-all. Ratios against
 * markdown-it's parse of the same text, measured in lint.bench.ts under the same group name.
 */
export function ruleBenchmarks(inputs: { sample: string; large: string }): Measurement[] {
  const out: Measurement[] = [];
  for (const [label, text] of [['sample', inputs.sample], ['1M chars', inputs.large]] as const) {
    const group = `${label} (${text.length.toLocaleString('en')} chars)`;
    const big = text.length > 100_000;
    const opts = big ? { minRuns: 5, minMs: 1500, maxRuns: 12, baseline: 'markdown-it parse' } : { minRuns: 20, minMs: 300, maxRuns: 200, baseline: 'markdown-it parse' };
    const models: ReportModel[] = [];
    let next = 0;
    const freshModel = () => {
      // parsed ahead, outside the timing; a pool large enough for every run of one measurement
      if (next >= models.length) {
        models.length = 0;
        for (let i = 0; i < (opts.maxRuns ?? 20) + 1; i++) models.push(parseReport(text));
        next = 0;
      }
      return models[next++];
    };
    const timed = (name: string, fn: (model: ReportModel) => unknown) => {
      models.length = 0;
      next = 0;
      freshModel();
      next = 0;
      out.push(measure(group, name, () => fn(freshModel()), opts));
    };
    timed('lint only, all rules', (model) => lint(model, ALL_RULES));
    timed('lint only, all but placeholder and site-residue', (model) => lint(model, ALL_RULES.filter((r) => r.id !== 'placeholder' && r.id !== 'site-residue')));
    if (big) for (const rule of ALL_RULES) timed(`  rule ${rule.id}`, (model) => lint(model, [rule]));
    out.push(measure(group, 'fix-all, all rules (parse and re-lint included)', () => fixAll(text, ALL_RULES), { ...opts, maxRuns: big ? 3 : 50, minRuns: big ? 2 : 10 }));
  }
  return out;
}
