import { canonicalMarker } from '../parse';
import { ReportModel } from '../model';
import { TextEdit } from '../lint/types';
import { MissingSection } from './missing';
import { sectionSnippet } from './snippets';
import { Genre } from './types';

export interface SectionInsertion {
  /** Where the section goes: a line start, or the end of the text. */
  offset: number;
  /** What goes there, as a snippet: the numbered heading line, the body, and the line breaks needed. */
  snippet: string;
  /** Renumbering of the level-1 headings after the insertion point (offsets into the current text). */
  renumber: TextEdit[];
}

/**
 * Inserting a missing section: its snippet with the number it gets at its place, and the edits that
 * move the later level-1 headings up by one.
 */
export function sectionInsertion(model: ReportModel, genre: Genre, missing: MissingSection): SectionInsertion {
  const { text } = model;
  let snippet = sectionSnippet(genre, missing.section, missing.number);
  const atLineStart = missing.offset === 0 || text[missing.offset - 1] === '\n' || text[missing.offset - 1] === '\r';
  // at a line start the section ends with its own line break; at the end of a last line it starts with one
  snippet = atLineStart ? snippet + '\n' : '\n' + snippet;
  const renumber: TextEdit[] = [];
  const level1 = model.headings.filter((h) => h.level === 1);
  level1.forEach((h, k) => {
    if (h.span.start < missing.offset) return;
    const canonical = canonicalMarker('chinese', k + 2);
    const end = h.marker.trailingSpace?.end ?? h.marker.span.end;
    if (h.marker.text !== canonical || h.marker.trailingSpace) renumber.push({ start: h.marker.span.start, end, newText: canonical });
  });
  return { offset: missing.offset, snippet, renumber };
}
