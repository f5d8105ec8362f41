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
}

export interface Finding {
  rule: string;
  severity: Severity;
  start: number;
  end: number;
  message: Localized;
  fixes: Fix[];
}

/** What a rule reports; the engine fills in the rule id and the configured severity. */
export interface RuleFinding {
  start: number;
  end: number;
  message: Localized;
  fixes?: Fix[];
  /** Lower than the rule's default for low-confidence matches; a user's severity setting overrides it. */
  severity?: Severity;
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
}

export function localize(text: Localized, locale: Locale): string {
  return locale === 'zh' ? text.zh : text.en;
}
