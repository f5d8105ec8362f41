import { HeadingBlock, HeadingMarker, ReportModel } from './model';
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
    visit(heading, counters[i], expectedMarker(heading.marker, counters[i]));
  }
}

/** The canonical marker for `number` in the family of `marker`. */
export function expectedMarker(marker: HeadingMarker, number: number): string {
  const { family, text } = marker;
  // 1． (full-width point) is as correct as 1. and is kept; circled numbers stop at ⑳
  return family === 'arabic' && text.endsWith('．') ? `${number}．`
    : family === 'circled' && number > 20 ? text
      // most headings carry their right number: the parser made that marker already
      : number === marker.number ? marker.canonical : canonicalMarker(family, number);
}

/** The edit that writes `marker` as `canonical` without the space after it, or undefined when it is so already. */
export function markerEdit(marker: HeadingMarker, canonical: string): TextEdit | undefined {
  if (marker.text === canonical && !marker.trailingSpace) return undefined;
  return { start: marker.span.start, end: marker.trailingSpace?.end ?? marker.span.end, newText: canonical };
}

/**
 * The edits that renumber every heading in sequence under its parent and write each marker in its
 * canonical form (（一）、 → （一）, 1、 → 1., `一、 ` loses the space after it). Only markers change;
 * applying the edits and renumbering again gives no edits.
 */
export function renumberHeadings(model: ReportModel): TextEdit[] {
  const edits: TextEdit[] = [];
  visitExpectedNumbers(model, ({ marker }, _number, canonical) => {
    const edit = markerEdit(marker, canonical);
    if (edit) edits.push(edit);
  });
  return edits;
}
