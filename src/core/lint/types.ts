import type { Genre } from '../genres/types';
import { ReportModel } from '../model';

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export type Locale = 'zh' | 'en';

/** A text in both UI languages. */
export interface Localized {
  zh: string;
  en: string;
}

/** Replace text[start, end) with newText (offsets into the text the model was parsed from). */
export interface TextEdit {
  start: number;
  end: number;
  newText: string;
}

export interface Fix {
  title: Localized;
  edits: TextEdit[];
  /** Certain enough to apply without looking (quick fix "preferred", fix-all, `--fix`). */
  safe: boolean;
  /**
   * Applied by the “Clean up pasted template” command although not safe in general (joining a line
   * a document site broke mid-sentence): the user asked for exactly this clean-up.
   */
  cleanUp?: boolean;
}

export interface Finding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  message: Localized;
  fixes: Fix[];
}

declare const MADE_BY_FINDING: unique symbol;

/**
 * What a rule reports, made by `finding`; the engine fills in the rule id and the configured severity.
 */
export interface RuleFinding {
  start: number;
  end: number;
  message: Localized;
  fixes?: Fix[];
  /** Lower than the rule's default for low-confidence matches; a user's severity setting overrides it. */
  severity?: Severity;
  readonly [MADE_BY_FINDING]: true;
}

/**
 * A rule's finding, its fields always written in one order: the engine reads the findings of every
 * rule in one loop, which reads objects of one shape several times faster than objects of many.
 */
export function finding(start: number, end: number, message: Localized, fixes?: Fix[], severity?: Severity): RuleFinding {
  return { start, end, message, fixes, severity } as RuleFinding;
}

/** Settings every rule may read; each rule documents its own part. */
export interface LintSettings {
  /** Severity per rule id; rules not named use their default. */
  rules?: Record<string, SeveritySetting | undefined>;
  placeholder?: {
    /** Extra regular expressions (source text) whose matches are placeholders. */
    extraPatterns?: string[];
    /** Exact strings never to flag, e.g. a product name `X-100`. */
    allow?: string[];
  };
  siteResidue?: {
    /** Extra regular expressions whose matches are site residue. */
    extraPatterns?: string[];
  };
  /** The genres a report may be (workspace genres merged with the built-in ones); default the built-ins. */
  genres?: readonly Genre[];
  typo?: {
    /** The user's own misspellings: wrong → right, e.g. `{ "签定": "签订" }`. */
    extra?: Record<string, string>;
    /** Built-in entries (by their wrong form) never to report. */
    ignore?: string[];
  };
  /** 字数 limit for the whole report, counted like Word's Chinese word count; 0 or absent: none. */
  maxCharacters?: number;
  /** An organisation's own terms: each pattern found in the prose is reported with its message. */
  customRules?: CustomRuleSetting[];
  /** The genre to check the structure against when front matter and title do not tell. */
  genre?: string;
}

export interface CustomRuleSetting {
  /** A JavaScript regular expression (source text). */
  pattern: string;
  /** Regular-expression flags besides `g`: any of `i`, `u`, `s`, `m`. */
  flags?: string;
  message: string;
  /** Replacement text (`$1` refers to a group); makes the finding fixable. */
  replacement?: string;
  severity?: Severity;
}

export interface RuleContext {
  model: ReportModel;
  settings: LintSettings;
}

export interface Rule {
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule looks for. */
  description: Localized;
  check(context: RuleContext): RuleFinding[];
  /**
   * Its findings mark text that is not the author's (document-site residue): other rules' findings
   * that lie wholly inside one are dropped, as the text is going away.
   */
  masksText?: boolean;
}

export function localize(text: Localized, locale: Locale): string {
  return locale === 'zh' ? text.zh : text.en;
}
