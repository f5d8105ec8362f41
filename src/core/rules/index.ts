import { Rule } from '../lint/types';
import { placeholderRule } from './placeholder';
import { siteResidueRule } from './siteResidue';

/** Every rule, in the order their findings are documented. */
export const ALL_RULES: readonly Rule[] = [placeholderRule, siteResidueRule];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}

/** A rule's documentation, relative to the package root: `docs/rules.md#<id>`. */
export const RULE_DOCS_FILE = 'docs/rules.md';
