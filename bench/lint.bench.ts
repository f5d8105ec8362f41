import MarkdownIt from 'markdown-it';
import { ALL_RULES, lint, parseReport } from '../src/core';
import { measure, Measurement } from './harness';

// markdownlint is ESM-only; Node 20.19+ loads it through require()
// eslint-disable-next-line @typescript-eslint/no-require-imports
const markdownlint = require('markdownlint/sync') as { lint(o: { strings: Record<string, string> }): unknown };

/** Parse and lint next to a single regex pass, markdown-it's parse and markdownlint on the same text. */
export function lintBenchmarks(inputs: { sample: string; large: string }): Measurement[] {
  const md = new MarkdownIt({ html: false });
  const out: Measurement[] = [];
  for (const [label, text] of [['sample', inputs.sample], ['1M chars', inputs.large]] as const) {
    const group = `${label} (${text.length.toLocaleString('en')} chars)`;
    const big = text.length > 100_000;
    const opts = big ? { minRuns: 5, minMs: 2000, maxRuns: 15 } : { minRuns: 20, minMs: 500 };
    out.push(measure(group, 'markdown-it parse', () => md.parse(text, {}), opts));
    out.push(measure(group, 'regex pass /X/g', () => text.match(/X/g)?.length, { ...opts, baseline: 'markdown-it parse' }));
    out.push(measure(group, 'markdownlint lint', () => markdownlint.lint({ strings: { report: text } }), { ...opts, baseline: 'markdown-it parse' }));
    out.push(measure(group, 'parseReport', () => parseReport(text), { ...opts, baseline: 'markdown-it parse' }));
    out.push(measure(group, 'parse + lint (all rules)', () => lint(parseReport(text), ALL_RULES), { ...opts, baseline: 'markdown-it parse' }));
  }
  return out;
}
