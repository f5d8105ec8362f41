import { ReportModel } from '../model';
import { parseReport } from '../parse';
import { partitionPoint } from '../text';
import { applyEdits } from './edits';
import { buildSuppressions } from './suppress';
import { composeEdits } from './compose';
import { Finding, Fix, LintSettings, Rule, TextEdit } from './types';

/** The fixes of every finding without any: one shared list, which no one may change. */
const NO_FIXES = Object.freeze([]) as readonly Fix[] as Fix[];

/** Runs rules over a parsed report; findings come sorted by position. */
export function lint(model: ReportModel, rules: readonly Rule[], settings: LintSettings = {}): Finding[] {
  const suppressions = buildSuppressions(model);
  // each rule's findings in a list of their own: most rules report in text order, and sorted lists merge faster than one long list sorts
  const lists: Finding[][] = [];
  const masks = new MaskIndex();
  // masking rules first, so the others can be checked against what they mark
  const ordered = [...rules.filter((r) => r.masksText), ...rules.filter((r) => !r.masksText)];
  for (const rule of ordered) {
    const configured = settings.rules?.[rule.id];
    if (configured === 'off') continue;
    const masksText = rule.masksText === true;
    const found = rule.check({ model, settings });
    const { id, defaultSeverity } = rule;
    // made at its full length at once (a list grown finding by finding leaves its shorter copies behind)
    const findings = new Array<Finding>(found.length);
    let kept = 0;
    // an indexed loop: this one runs once per finding, thousands of times in a long report
    for (let i = 0; i < found.length; i++) {
      const f = found[i];
      if (suppressions.any && suppressions.isSuppressed(id, f.start)) continue;
      if (!masksText && masks.covers(f.start, f.end)) continue;
      findings[kept++] = {
        rule: id,
        severity: configured ?? f.severity ?? defaultSeverity,
        start: f.start,
        end: f.end,
        message: f.message,
        fixes: f.fixes ?? NO_FIXES,
      };
    }
    if (kept < findings.length) findings.length = kept;
    if (!inOrder(findings)) findings.sort(byPosition);
    if (masksText) masks.addAll(findings);
    lists.push(findings);
  }
  return mergeInOrder(lists);
}

function inOrder(findings: readonly Finding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (byPosition(findings[i - 1], findings[i]) > 0) return false;
  return true;
}

/**
 * Sorted lists (one per rule) as one sorted list: the two shortest merged first, so that a long list
 * (thousands of placeholders) is read as few times as can be. Findings of two rules never tie.
 */
function mergeInOrder(lists: Finding[][]): Finding[] {
  const pending = lists.filter((list) => list.length > 0);
  while (pending.length > 1) {
    pending.sort((a, b) => a.length - b.length);
    pending.splice(0, 2, mergeTwo(pending[0], pending[1]));
  }
  return pending[0] ?? [];
}

function mergeTwo(a: readonly Finding[], b: readonly Finding[]): Finding[] {
  const out = new Array<Finding>(a.length + b.length);
  let i = 0;
  let j = 0;
  let k = 0;
  while (i < a.length && j < b.length) out[k++] = byPosition(b[j], a[i]) < 0 ? b[j++] : a[i++];
  while (i < a.length) out[k++] = a[i++];
  while (j < b.length) out[k++] = b[j++];
  return out;
}

/** Rule ids are lower-case ASCII words joined by hyphens: code-unit order is their alphabetical order. */
function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/**
 * The ranges of text that masking rules mark, asked whether one holds a finding. Rules report in
 * text order mostly: each question starts from where the one before stopped, and searches only
 * when asked about an earlier place.
 */
class MaskIndex {
  /** The masks by start (ends in the same order). */
  private starts: number[] = [];
  private ends: number[] = [];
  /** The furthest end of the masks up to each (by start): made when first asked. */
  private reach: number[] = [];
  /** The last mask starting at or before the start asked about last (-1: none). */
  private at = -1;
  private lastAsked = -1;

  /**
   * Adds the ranges of one masking rule's findings, sorted by position: merged with the masks
   * already there (of the rule before), which sorting them all again would cost more.
   */
  addAll(findings: readonly Finding[]): void {
    if (!findings.length) return;
    const { starts, ends } = this;
    const mergedStarts = new Array<number>(starts.length + findings.length);
    const mergedEnds = new Array<number>(mergedStarts.length);
    let i = 0;
    let j = 0;
    for (let k = 0; k < mergedStarts.length; k++) {
      if (j === findings.length || (i < starts.length && starts[i] <= findings[j].start)) {
        mergedStarts[k] = starts[i];
        mergedEnds[k] = ends[i++];
      } else {
        mergedStarts[k] = findings[j].start;
        mergedEnds[k] = findings[j++].end;
      }
    }
    this.starts = mergedStarts;
    this.ends = mergedEnds;
    this.reach = [];
  }

  /** Whether [start, end) lies within one mask. */
  covers(start: number, end: number): boolean {
    const { starts } = this;
    if (!starts.length) return false;
    if (this.reach.length !== starts.length) this.index();
    if (start < this.lastAsked) this.at = partitionPoint(starts.length, (k) => starts[k] > start) - 1;
    else while (this.at + 1 < starts.length && starts[this.at + 1] <= start) this.at++;
    this.lastAsked = start;
    return this.at >= 0 && this.reach[this.at] >= end;
  }

  private index(): void {
    const { ends } = this;
    const reach = new Array<number>(ends.length);
    let furthest = -1;
    for (let k = 0; k < ends.length; k++) reach[k] = furthest = Math.max(furthest, ends[k]);
    this.reach = reach;
    this.at = -1;
    this.lastAsked = -1;
  }
}

/** The edits of every finding's first safe fix (optionally of one rule only). */
export function safeFixEdits(findings: readonly Finding[], onlyRule?: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    if (onlyRule && f.rule !== onlyRule) continue;
    const fix = f.fixes.find((x) => x.safe);
    if (fix) edits.push(...fix.edits);
  }
  return edits;
}

export interface FixAllResult {
  text: string;
  /** The findings whose fixes were applied, as reported on the text they applied to. */
  fixed: Finding[];
  /**
   * The whole change as edits on the original text: sorted, neither overlapping nor touching, and
   * covering only what changed — one undo step that leaves the rest (and the cursor) in place.
   */
  edits: TextEdit[];
}

export interface FixAllOptions {
  /** Fix the findings of this rule only. */
  onlyRule?: string;
  /** Which fix of a finding to apply; by default its first safe fix. */
  choose?: (finding: Finding) => Fix | undefined;
  /**
   * Offsets in the original text no fix may reach across (where the cursor is): a fix with an
   * edit that starts before and ends after one of them is left for later.
   */
  keepOffsets?: readonly number[];
}

const firstSafeFix = (f: Finding): Fix | undefined => f.fixes.find((x) => x.safe);

/** The ranges the fixes taken so far in one pass replace: sorted, non-overlapping. */
class TakenRanges {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  /** Whether [start, end) overlaps a taken range; two insertions at one offset clash too. */
  clashes(start: number, end: number): boolean {
    // ends are sorted as well: find the first range that ends at or after `start`
    const ends = this.ends;
    for (let k = partitionPoint(ends.length, (i) => ends[i] >= start); k < this.starts.length && this.starts[k] <= end; k++) {
      const s = this.starts[k];
      const e = this.ends[k];
      if ((start < e && s < end) || (s === start && e === end)) return true;
    }
    return false;
  }

  add(start: number, end: number): void {
    let i = this.starts.length;
    while (i > 0 && (this.starts[i - 1] > start || (this.starts[i - 1] === start && this.ends[i - 1] > end))) i--;
    this.starts.splice(i, 0, start);
    this.ends.splice(i, 0, end);
  }
}

/** Where an offset of the text before `edits` lands after them (edits sorted, not containing it). */
function mapOffset(edits: readonly TextEdit[], offset: number): number {
  let shift = 0;
  for (const e of edits) {
    if (e.start > offset || (e.start === offset && e.end > offset)) break;
    shift += e.newText.length - (e.end - e.start);
  }
  return offset + shift;
}

/** Drops edits that change nothing and trims what an edit leaves as it was at either end. */
function minimalEdits(text: string, edits: readonly TextEdit[]): TextEdit[] {
  const out: TextEdit[] = [];
  for (const e of edits) {
    let { start, end } = e;
    let newText = e.newText;
    let p = 0;
    while (start + p < end && p < newText.length && text[start + p] === newText[p]) p++;
    start += p;
    newText = newText.slice(p);
    let q = 0;
    while (end - q > start && q < newText.length && text[end - q - 1] === newText[newText.length - q - 1]) q++;
    end -= q;
    newText = newText.slice(0, newText.length - q);
    if (start === end && !newText) continue;
    out.push({ start, end, newText });
  }
  return out;
}

/**
 * Applies every safe fix (or the fix `choose` picks), re-linting until nothing more changes; fixes
 * that overlap wait for the next pass. Applying it to its own output changes nothing.
 */
export function fixAll(text: string, rules: readonly Rule[], settings: LintSettings = {}, options: string | FixAllOptions = {}): FixAllResult {
  const opts: FixAllOptions = typeof options === 'string' ? { onlyRule: options } : options;
  const choose = opts.choose ?? firstSafeFix;
  const fixed: Finding[] = [];
  let current = text;
  let edits: TextEdit[] = [];
  let keep = [...(opts.keepOffsets ?? [])];
  for (let pass = 0; pass < 10; pass++) {
    const findings = lint(parseReport(current), rules, settings).filter((f) => !opts.onlyRule || f.rule === opts.onlyRule);
    // take whole fixes only: a fix whose edits overlap an earlier one waits for the next pass
    const taken = new TakenRanges();
    const chosen: TextEdit[] = [];
    for (const f of findings) {
      const fix = choose(f);
      if (!fix || !fix.edits.length) continue;
      if (fix.edits.some((e) => taken.clashes(e.start, e.end))) continue;
      if (keep.length && fix.edits.some((e) => keep.some((k) => e.start < k && k < e.end))) continue;
      for (const e of fix.edits) taken.add(e.start, e.end);
      chosen.push(...fix.edits);
      fixed.push(f);
    }
    if (!chosen.length) break;
    const { text: next, applied } = applyEdits(current, chosen);
    if (next === current) break;
    edits = composeEdits(current, edits, applied);
    if (keep.length) keep = keep.map((k) => mapOffset(applied, k));
    current = next;
  }
  return { text: current, fixed, edits: minimalEdits(text, edits) };
}
