import { partitionPoint } from '../text';
import { TextEdit } from './types';

/**
 * Composes two rounds of edits into one round on the original text: `first` turns T0 into T1,
 * `second` (offsets into T1) turns T1 into T2; the result turns T0 into T2. Both inputs must be
 * sorted and non-overlapping (as `applyEdits` applied them). Edits of the result never overlap or
 * touch, so an editor can apply them at once; text the rounds left alone is not part of any edit,
 * which keeps the cursor and the undo step small.
 */
export function composeEdits(t1: string, first: readonly TextEdit[], second: readonly TextEdit[]): TextEdit[] {
  interface Item {
    /** Range in T1. */
    start: number;
    end: number;
    /** For a first-round edit: the range it replaced in T0. */
    t0?: { start: number; end: number };
    edit?: TextEdit;
  }
  const items: Item[] = [];
  // T1 offsets of each first-round output, with the cumulative length change up to and including it
  const outEnds: number[] = [];
  const deltas: number[] = [];
  let shift = 0;
  for (const e of first) {
    const start = e.start + shift;
    const end = start + e.newText.length;
    items.push({ start, end, t0: { start: e.start, end: e.end } });
    shift += e.newText.length - (e.end - e.start);
    outEnds.push(end);
    deltas.push(shift);
  }
  for (const e of second) items.push({ start: e.start, end: e.end, edit: e });
  items.sort((a, b) => a.start - b.start || a.end - b.end);

  // T0 offset of a T1 offset that lies outside every first-round output (or on its edge)
  const toT0 = (p: number): number => {
    // the last first-round output ending at or before p
    const k = partitionPoint(outEnds.length, (i) => outEnds[i] > p) - 1;
    return p - (k >= 0 ? deltas[k] : 0);
  };

  const result: TextEdit[] = [];
  let i = 0;
  while (i < items.length) {
    let end = items[i].end;
    let j = i + 1;
    while (j < items.length && items[j].start <= end) {
      end = Math.max(end, items[j].end);
      j++;
    }
    const start = items[i].start;
    // the cluster's ends lie on a first-round edit's edge or in text the first round left alone
    let t0Start = Infinity;
    let t0End = -Infinity;
    for (let k = i; k < j; k++) {
      const it = items[k];
      if (it.start === start) t0Start = Math.min(t0Start, it.t0 ? it.t0.start : toT0(start));
      if (it.end === end) t0End = Math.max(t0End, it.t0 ? it.t0.end : toT0(end));
    }
    let newText = '';
    let pos = start;
    // the cluster's T2 text: T1[start, end) with the second-round edits applied
    for (let k = i; k < j; k++) {
      const e = items[k].edit;
      if (!e) continue;
      newText += t1.slice(pos, e.start) + e.newText;
      pos = e.end;
    }
    newText += t1.slice(pos, end);
    result.push({ start: t0Start, end: t0End, newText });
    i = j;
  }
  return result;
}
