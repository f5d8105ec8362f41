import { lint } from '../lint/engine';
import { Finding, LintSettings } from '../lint/types';
import { ReportModel } from '../model';
import { ruleById } from '../rules';

/** What an export warns about: placeholders not yet filled and residue from document sites. */
export interface Unfinished {
  placeholders: Finding[];
  residue: Finding[];
}

/** The rules whose findings mean the report is not ready to hand in. */
export const UNFINISHED_RULES = ['placeholder', 'site-residue'] as const;

/** Placeholders and site residue left in a report, as the lint rules (with the user's settings) find them. */
export function unfinishedParts(model: ReportModel, settings: LintSettings = {}): Unfinished {
  const rules = UNFINISHED_RULES.map((id) => ruleById(id)).filter((r) => r !== undefined);
  const findings = lint(model, rules, settings);
  return {
    placeholders: findings.filter((f) => f.rule === 'placeholder'),
    residue: findings.filter((f) => f.rule === 'site-residue'),
  };
}

/** Unfinished parts among findings already computed (the editor keeps them per document version). */
export function unfinishedAmong(findings: readonly Finding[]): Unfinished {
  return {
    placeholders: findings.filter((f) => f.rule === 'placeholder'),
    residue: findings.filter((f) => f.rule === 'site-residue'),
  };
}
