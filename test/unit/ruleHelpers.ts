import * as assert from 'assert';
import { applyEdits, fixAll, Finding, lint, LintSettings, parseReport, ruleById } from '../../src/core';

/** A report around the lines under test, so that the title is not one of them. */
export function doc(...lines: string[]): string {
  return ['标题', ...lines].join('\n');
}

export function findings(text: string, ruleId: string, settings: LintSettings = {}): Finding[] {
  const rule = ruleById(ruleId);
  assert.ok(rule, `no rule ${ruleId}`);
  return lint(parseReport(text), [rule], settings);
}

/** What each finding marks: `text@severity`. */
export function spots(text: string, ruleId: string, settings: LintSettings = {}): string[] {
  return findings(text, ruleId, settings).map((f) => `${text.slice(f.start, f.end)}@${f.severity}`);
}

/** Findings at warning or error. */
export function serious(text: string, ruleId: string, settings: LintSettings = {}): Finding[] {
  return findings(text, ruleId, settings).filter((f) => f.severity === 'warning' || f.severity === 'error');
}

/** The text after fix-all with one rule. */
export function fixed(text: string, ruleId: string, settings: LintSettings = {}): string {
  const rule = ruleById(ruleId)!;
  return fixAll(text, [rule], settings).text;
}

/** The text after applying the first fix (safe or not) of the first finding. */
export function quickFixed(text: string, ruleId: string, which = 0, fixIndex = 0): string {
  const f = findings(text, ruleId)[which];
  assert.ok(f, `no finding ${which} of ${ruleId}`);
  const fix = f.fixes[fixIndex];
  assert.ok(fix, `finding has no fix ${fixIndex}`);
  return applyEdits(text, fix.edits).text;
}

/** Asserts the rule says nothing at warning or error about any of the texts. */
export function assertQuiet(ruleId: string, texts: string[], settings: LintSettings = {}): void {
  for (const t of texts) {
    const found = serious(t, ruleId, settings).map((f) => `${t.slice(f.start, f.end)}: ${f.message.zh}`);
    assert.deepStrictEqual(found, [], `${ruleId} fired on: ${t}`);
  }
}
