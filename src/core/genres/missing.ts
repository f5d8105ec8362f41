import { Block, HeadingBlock, ReportModel, textOf } from '../model';
import { isClosingLine, isDateLine } from '../parse';
import { matchSections, sectionsNamed } from './match';
import { Genre, GenreSection } from './types';

export interface MissingSection {
  section: GenreSection;
  required: boolean;
  /**
   * Where the section's heading line goes: the start of a line (before `before`, or before the
   * closing sentence / 落款), or the end of the text.
   */
  offset: number;
  /** The level-1 number it gets there (the sections after it move up by one). */
  number: number;
  /** The level-1 heading it goes before, if any. */
  before?: HeadingBlock;
}

/**
 * The genre's sections that the report lacks, each with where it belongs: before the first
 * level-1 heading of a section that comes later in the genre, otherwise after the last section
 * (before the closing sentence, attachments and 落款). Numbers are as if that one section were
 * inserted alone. Only required sections unless `includeOptional`.
 */
export function missingSections(model: ReportModel, genre: Genre, options: { includeOptional?: boolean } = {}): MissingSection[] {
  const matches = matchSections(model, genre);
  const present = sectionsNamed(matches);
  const result: MissingSection[] = [];
  genre.sections.forEach((section, index) => {
    if (present.has(section.id)) return;
    if (!section.required && !options.includeOptional) return;
    const j = matches.findIndex((m) => m.sectionIndex > index);
    if (j >= 0) {
      const before = matches[j].heading;
      result.push({ section, required: section.required, offset: lineStart(model, before), number: j + 1, before });
    } else {
      result.push({ section, required: section.required, offset: endOfBody(model), number: matches.length + 1 });
    }
  });
  return result;
}

function lineStart(model: ReportModel, block: Block): number {
  return model.lineStarts[block.line];
}

/**
 * Where the last section ends: the start of the closing part (closing sentence, attachment notes,
 * 落款, date) after the last heading, or the end of the text.
 */
export function endOfBody(model: ReportModel): number {
  const lastHeading: HeadingBlock | undefined = model.headings[model.headings.length - 1];
  if (lastHeading) {
    const tail = [model.closing, ...model.attachments, model.signature, model.date]
      .filter((b): b is NonNullable<typeof b> => b !== undefined && b.span.start > lastHeading.span.end)
      .map((b) => lineStart(model, b));
    return tail.length ? Math.min(...tail) : model.text.length;
  }
  // Without headings the parser reads every paragraph as opening; find the tail here.
  const paragraphs = model.blocks.filter((b) => b.kind !== 'comment' && b.kind !== 'title' && b.kind !== 'subtitle' && b.kind !== 'salutation');
  const str = (b: Block) => textOf(model, b.content);
  let i = paragraphs.length - 1;
  let start: number | undefined;
  if (i >= 0 && isDateLine(str(paragraphs[i]))) {
    start = lineStart(model, paragraphs[i--]);
    const s = i >= 0 ? str(paragraphs[i]) : '';
    if (s && s.length <= 30 && !/[。，；！？,;!?]/.test(s) && !isClosingLine(s)) start = lineStart(model, paragraphs[i--]);
  }
  if (i >= 0 && isClosingLine(str(paragraphs[i]))) start = lineStart(model, paragraphs[i]);
  return start ?? model.text.length;
}
