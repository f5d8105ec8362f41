import { ReportModel } from '../model';
import { parseReport } from '../parse';
import { applyEdits } from './edits';
import { buildSuppressions } from './suppress';
import { Finding, LintSettings, Rule, TextEdit } from './types';

/** Runs rules over a parsed report; findings come sorted by position. */
export function lint(model: ReportModel, rules: readonly Rule[], settings: LintSettings = {}): Finding[] {
  const suppressions = buildSuppressions(model);
  const findings: Finding[] = [];
  for (const rule of rules) {
    const configured = settings.rules?.[rule.id];
    if (configured === 'off') continue;
    for (const f of rule.check({ model, settings })) {
      if (suppressions.isSuppressed(rule.id, f.start)) continue;
      findings.push({
        rule: rule.id,
        severity: configured ?? f.severity ?? rule.defaultSeverity,
        start: f.start,
        end: f.end,
        message: f.message,
        fixes: f.fixes ?? [],
      });
    }
  }
  return findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}

/** The edits of every finding's first safe fix (optionally of one rule only). */
export function safeFixEdits(findings: readonly Finding[], onlyRule?: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    if (onlyRule && f.rule !== onlyRule) continue;
    const fix = f.fixes.find((x) => x.safe);
    if (fix) edits.push(...fix.edits);
  }
  return edits;
}

export interface FixAllResult {
  text: string;
  /** The findings whose fixes were applied, as reported on the text they applied to. */
  fixed: Finding[];
}

/**
 * Applies every safe fix, re-linting until nothing more changes (fixes that overlap wait for the
 * next pass). Applying it to its own output changes nothing.
 */
export function fixAll(text: string, rules: readonly Rule[], settings: LintSettings = {}, onlyRule?: string): FixAllResult {
  const fixed: Finding[] = [];
  let current = text;
  for (let pass = 0; pass < 10; pass++) {
    const findings = lint(parseReport(current), rules, settings).filter((f) => !onlyRule || f.rule === onlyRule);
    const withFix = findings.filter((f) => f.fixes.some((x) => x.safe));
    if (!withFix.length) break;
    // take whole fixes only: a fix whose edits overlap an earlier one waits for the next pass
    const taken: TextEdit[] = [];
    for (const f of withFix) {
      const fix = f.fixes.find((x) => x.safe)!;
      const clash = fix.edits.some((e) => taken.some((t) => e.start < t.end && t.start < e.end || (e.start === t.start && e.end === t.end)));
      if (clash) continue;
      taken.push(...fix.edits);
      fixed.push(f);
    }
    const next = applyEdits(current, taken).text;
    if (next === current) break;
    current = next;
  }
  return { text: current, fixed };
}
