import { partitionPoint } from './text';

/**
 * Ranges of the text sorted by start, with the furthest end reached so far, for the question "which
 * of them overlap [start, end)?": a binary search finds the last one starting before `end`, and the
 * walk back stops where no earlier range reaches `start`.
 */
export class RangeIndex<T extends { start: number; end: number }> {
  private readonly ranges: T[];
  private readonly reach: number[];

  /** `ranges` in any order; ties of start keep the longer one first. */
  constructor(ranges: readonly T[]) {
    this.ranges = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
    let furthest = -1;
    this.reach = this.ranges.map((r) => (furthest = Math.max(furthest, r.end)));
  }

  /** Whether one of the ranges overlapping [start, end) passes `test`. */
  some(start: number, end: number, test: (range: T) => boolean): boolean {
    const { ranges, reach } = this;
    for (let k = partitionPoint(ranges.length, (i) => ranges[i].start >= end) - 1; k >= 0 && reach[k] > start; k--) {
      if (ranges[k].end > start && test(ranges[k])) return true;
    }
    return false;
  }

  /** The ranges overlapping [start, end), in the order of their starts. */
  overlapping(start: number, end: number): T[] {
    const out: T[] = [];
    this.some(start, end, (range) => {
      out.push(range);
      return false;
    });
    return out.reverse();
  }
}
