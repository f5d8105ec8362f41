import MarkdownIt from 'markdown-it';
import { ALL_RULES, fixAll, lint, parseReport, ReportModel, Rule } from '../src/core';
import { holdsCharacter } from '../src/core/rules/prose';
import { measure, measureInTurns, Measurement, Subject } from './harness';

/**
 * The rules on their own, on models parsed beforehand (each run gets a fresh model, parsed outside
 * the timing, so nothing cached on a model is reused): all rules together, the pass over the prose
 * that rules share, each rule alone (with that pass), in turns with markdown-it's parse of the same
 * text; then fix-all.
 */
export function ruleBenchmarks(inputs: { sample: string; large: string }): Measurement[] {
  const md = new MarkdownIt({ html: false });
  const out: Measurement[] = [];
  for (const [label, text] of [['sample', inputs.sample], ['1M chars', inputs.large]] as const) {
    const group = `${label}, lint only (${text.length.toLocaleString('en')} chars)`;
    const big = text.length > 100_000;
    const onModel = (name: string, rules: readonly Rule[]): Subject => {
      let model: ReportModel | undefined;
      return { name, prepare: () => (model = parseReport(text)), run: () => lint(model!, rules) };
    };
    const subjects = [
      onModel('lint only, all rules', ALL_RULES),
      onModel('lint only, all but placeholder and site-residue', ALL_RULES.filter((r) => r.id !== 'placeholder' && r.id !== 'site-residue')),
    ];
    if (big) {
      // what every rule below pays on a fresh model before its own work: the prose segments and the
      // one pass over the text that several rules share (asking whether the text holds a character makes both)
      let model: ReportModel | undefined;
      subjects.push({ name: '  shared pass over the prose (in each rule below)', prepare: () => (model = parseReport(text)), run: () => holdsCharacter(model!, '`') });
      for (const rule of ALL_RULES) subjects.push(onModel(`  rule ${rule.id}`, [rule]));
    }
    out.push(...measureInTurns(group, { name: 'markdown-it parse', run: () => md.parse(text, {}) }, subjects,
      big ? { minRounds: 5, minMs: 1500, maxRounds: 12 } : { minRounds: 20, minMs: 300 }));
    out.push(measure(group, 'fix-all, all rules (parse and re-lint included)', () => fixAll(text, ALL_RULES),
      big ? { minRuns: 2, minMs: 0, maxRuns: 3, baseline: 'markdown-it parse' } : { minRuns: 10, minMs: 300, maxRuns: 50, baseline: 'markdown-it parse' }));
  }
  return out;
}
