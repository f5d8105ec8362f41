import { Localized } from '../lint/types';

/**
 * A report genre as data: the one definition that feeds the `missing-section` rule, the snippets and
 * the "new report" / "insert section" commands. Built-in genres live in `builtin/`; a workspace may add
 * or override genres with JSON files of the same shape (see schemas/genre.schema.json).
 *
 * Snippet texts use VS Code snippet syntax: `${1:X}` tab stops with placeholder defaults, `${2|a,b|}`
 * choices, `$CURRENT_YEAR` variables. Tab stops in each piece are numbered from 1; the snippet
 * generator renumbers them when it joins pieces into a whole report.
 */
export interface Genre {
  /** Stable id, e.g. `party-discipline`; what front matter `genre:` names. */
  id: string;
  names: Localized;
  /** One line shown beside the name when choosing a genre. */
  description: Localized;
  /** Other names front matter may use for this genre (`述职述廉报告`). */
  aliases?: string[];
  /** Regular-expression sources tested against the title and subtitle to recognise the genre. */
  titlePatterns: string[];
  /** Prefixes of the whole-report snippet: pinyin initials and Chinese words. */
  prefixes: string[];
  /** The title line (snippet). */
  title: string;
  /** The salutation line (snippet), for reports that are read out. */
  salutation?: string;
  /** The opening paragraph(s) (snippet), ending in 现将…报告如下。 */
  opening: string[];
  /** Level-1 sections in the order they appear in a report. */
  sections: GenreSection[];
  /** Closing sentences in order of preference; the snippet offers them as a choice. */
  closing: string[];
  signature: SignatureConvention;
}

export interface GenreSection {
  /** Stable id within the genre, e.g. `problems`. */
  id: string;
  /** The heading text inserted for this section (without its number). */
  heading: string;
  /** Wording variants offered as a choice in the snippet; the first is the default. */
  headingChoices?: string[];
  /** Other heading texts that name this section exactly (compared without spaces and end punctuation). */
  aliases: string[];
  /** Regular-expression sources recognising the section in a heading worded freely; the longest match wins. */
  patterns: string[];
  /** A report of this genre is incomplete without it. */
  required: boolean;
  /** Part of the whole-report snippet (default: when required). */
  inReport?: boolean;
  /** Prefixes of the section snippet: pinyin initials and Chinese words. */
  prefixes: string[];
  /** Paragraphs after the heading (snippet lines), before any subsections. */
  body: string[];
  /** Typical level-2 parts, numbered （一）（二）… in the section snippet. */
  subsections: GenreSubsection[];
}

export interface GenreSubsection {
  id: string;
  /** The heading sentence, without its number and without end punctuation. */
  heading: string;
  /**
   * `run-in`: heading sentence + 。 + body in one paragraph (（一）强化…。正文…);
   * `standalone`: the heading on a line of its own (no end punctuation), the body below it.
   */
  style: 'run-in' | 'standalone';
  /** Body paragraphs (snippet lines). A run-in body's first line continues the heading line. */
  body: string[];
  /** Part of the whole-report snippet; otherwise only offered as a snippet of its own. */
  inReport: boolean;
  prefixes: string[];
}

/** Who signs (落款) and how; the 成文日期 below it is today, in Arabic digits without zero padding. */
export interface SignatureConvention {
  /**
   * `person`: the reporter's name, after `label` (述职人：×××);
   * `unit`: the unit's name; `none`: no 落款 (material read out at a meeting).
   */
  kind: 'person' | 'unit' | 'none';
  /** Text before the name, e.g. `述职人：`. */
  label?: string;
}
