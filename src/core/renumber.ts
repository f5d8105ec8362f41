import { HeadingBlock, ReportModel } from './model';
import { canonicalMarker } from './parse';
import { TextEdit } from './lint/types';

export interface ExpectedNumber {
  heading: HeadingBlock;
  /** The number the heading should carry: its place among its siblings under the same parent. */
  number: number;
  /** The marker in canonical form for that number (一、 （一） 1. （1） ①). */
  canonical: string;
}

/**
 * The number every heading should carry: each level counts on from 1 under its parent heading
 * (a new 一、 restarts （一）, a new （一） restarts 1., and so on); a marker keeps its family.
 */
export function expectedHeadingNumbers(model: ReportModel): ExpectedNumber[] {
  const out: ExpectedNumber[] = [];
  visitExpectedNumbers(model, (heading, number, canonical) => out.push({ heading, number, canonical }));
  return out;
}

/** Each heading in order with the number it should carry and that number's canonical marker. */
function visitExpectedNumbers(model: ReportModel, visit: (heading: HeadingBlock, number: number, canonical: string) => void): void {
  const counters = [0, 0, 0, 0, 0];
  const { headings } = model;
  for (let k = 0; k < headings.length; k++) {
    const heading = headings[k];
    const i = heading.level - 1;
    counters[i]++;
    for (let j = i + 1; j < counters.length; j++) counters[j] = 0;
    const number = counters[i];
    const { family, text } = heading.marker;
    // 1． (full-width point) is as correct as 1. and is kept; circled numbers stop at ⑳
    const canonical = family === 'arabic' && text.endsWith('．') ? `${number}．`
      : family === 'circled' && number > 20 ? text
        : canonicalMarker(family, number);
    visit(heading, number, canonical);
  }
}

/**
 * The edits that renumber every heading in sequence under its parent and write each marker in its
 * canonical form (（一）、 → （一）, 1、 → 1., `一、 ` loses the space after it). Only markers change;
 * applying the edits and renumbering again gives no edits.
 */
export function renumberHeadings(model: ReportModel): TextEdit[] {
  const edits: TextEdit[] = [];
  visitExpectedNumbers(model, ({ marker }, _number, canonical) => {
    const end = marker.trailingSpace?.end ?? marker.span.end;
    if (marker.text !== canonical || marker.trailingSpace) edits.push({ start: marker.span.start, end, newText: canonical });
  });
  return edits;
}
