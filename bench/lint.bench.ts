import MarkdownIt from 'markdown-it';
import { ALL_RULES, lint, parseReport } from '../src/core';
import { measure, measureInTurns, Measurement } from './harness';

// markdownlint is ESM-only; Node 20.19+ loads it through require()
// eslint-disable-next-line @typescript-eslint/no-require-imports
const markdownlint = require('markdownlint/sync') as { lint(o: { strings: Record<string, string> }): unknown };

/**
 * Parse and lint next to a single regex pass, markdown-it's parse and markdownlint on the same text;
 * the first four in turns.
 */
export function lintBenchmarks(inputs: { sample: string; large: string; corpus: string }): Measurement[] {
  const md = new MarkdownIt({ html: false });
  const out: Measurement[] = [];
  for (const [label, text] of [['sample', inputs.sample], ['1M chars', inputs.large], ['1M chars of clean reports', inputs.corpus]] as const) {
    const group = `${label} (${text.length.toLocaleString('en')} chars)`;
    const big = text.length > 100_000;
    const baseline = { name: 'markdown-it parse', run: () => md.parse(text, {}) };
    // on the long text, the figure the speed of linting is judged by: rounds enough that a slow stretch of a
    // shared machine moves the median little
    out.push(...measureInTurns(group, baseline, [
      { name: 'regex pass /X/g', run: () => text.match(/X/g)?.length },
      { name: 'parseReport', run: () => parseReport(text) },
      { name: 'parse + lint (all rules)', run: () => lint(parseReport(text), ALL_RULES) },
    ], big ? { minRounds: 15, minMs: 4000, maxRounds: 41 } : { minRounds: 50, minMs: 500 }));
    // markdownlint takes many times longer: timed on its own, on the template's texts
    if (text !== inputs.corpus) out.push(measure(group, 'markdownlint lint', () => markdownlint.lint({ strings: { report: text } }),
      { ...(big ? { minRuns: 3, minMs: 0, maxRuns: 5 } : { minRuns: 20, minMs: 300 }), baseline: 'markdown-it parse' }));
  }
  return out;
}
