import { Rule } from '../lint/types';
import { customRule } from './custom';
import { enumerationOrderRule } from './enumerationOrder';
import { headingNumberingRule } from './headingNumbering';
import { headingPunctuationRule } from './headingPunctuation';
import { lengthRule } from './length';
import { numberFormatRule } from './numberFormat';
import { placeholderRule } from './placeholder';
import { punctuationRule } from './punctuation';
import { siteResidueRule } from './siteResidue';
import { spacingRule } from './spacing';
import { missingSectionRule, sectionOrderRule } from './structure';
import { typoRule } from './typo';

/** Every rule, in the order their findings are documented. */
export const ALL_RULES: readonly Rule[] = [
  placeholderRule,
  siteResidueRule,
  missingSectionRule,
  sectionOrderRule,
  headingNumberingRule,
  enumerationOrderRule,
  headingPunctuationRule,
  punctuationRule,
  numberFormatRule,
  spacingRule,
  typoRule,
  lengthRule,
  customRule,
];

export function ruleById(id: string): Rule | undefined {
  return ALL_RULES.find((r) => r.id === id);
}

/** A rule's documentation, relative to the package root: `docs/rules.md#<id>`. */
export const RULE_DOCS_FILE = 'docs/rules.md';
