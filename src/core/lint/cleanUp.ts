import { ALL_RULES } from '../rules/index';
import { fixAll } from './engine';
import { LintSettings, TextEdit } from './types';

/** What the clean-up of a template pasted from a document site changes, and in which order. */
export const CLEAN_UP_RULES: readonly string[] = ['site-residue', 'spacing', 'punctuation', 'number-format', 'heading-numbering'];

export interface CleanUpResult {
  text: string;
  /** The whole change as edits on the original text (one undo step). */
  edits: TextEdit[];
  /** How many fixes each rule applied, for the rules that applied any. */
  counts: { rule: string; count: number }[];
}

/**
 * Cleans up a template pasted from a document site: removes site residue, writes punctuation and
 * digits in their proper widths, removes stray spaces and joins lines broken mid-sentence. Only
 * certain fixes, plus the line joins the user asked for; placeholders stay for the user to fill.
 */
export function cleanUpTemplate(text: string, settings: LintSettings = {}): CleanUpResult {
  const rules = ALL_RULES.filter((r) => CLEAN_UP_RULES.includes(r.id));
  const result = fixAll(text, rules, settings, { choose: (f) => f.fixes.find((x) => x.safe || x.cleanUp) });
  const counts = CLEAN_UP_RULES
    .map((rule) => ({ rule, count: result.fixed.filter((f) => f.rule === rule).length }))
    .filter((c) => c.count > 0);
  return { text: result.text, edits: result.edits, counts };
}
