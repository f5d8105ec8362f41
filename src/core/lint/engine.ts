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
  const findings: Finding[] = [];
  const masks: { start: number; end: number }[] = [];
  let maxEnds: number[] = [];
  const masking = new Set(rules.filter((r) => r.masksText).map((r) => r.id));
  // masking rules first, so the others can be checked against what they mark
  const ordered = [...rules.filter((r) => r.masksText), ...rules.filter((r) => !r.masksText)];
  for (const rule of ordered) {
    const configured = settings.rules?.[rule.id];
    if (configured === 'off') continue;
    if (!rule.masksText && masks.length && maxEnds.length !== masks.length) {
      masks.sort((a, b) => a.start - b.start);
      maxEnds = [];
      masks.forEach((m, i) => maxEnds.push(Math.max(m.end, i ? maxEnds[i - 1] : 0)));
    }
    const masksText = masking.has(rule.id);
    const found = rule.check({ model, settings });
    // an indexed loop: this one runs once per finding, thousands of times in a long report
    for (let i = 0; i < found.length; i++) {
      const f = found[i];
      if (suppressions.any && suppressions.isSuppressed(rule.id, f.start)) continue;
      // the finding itself serves as the mask: only its start and end are read
      if (masksText) masks.push(f);
      else if (masks.length && insideMask(masks, maxEnds, f.start, f.end)) continue;
      findings.push({
        rule: rule.id,
        severity: configured ?? f.severity ?? rule.defaultSeverity,
        start: f.start,
        end: f.end,
        message: f.message,
        fixes: f.fixes ?? NO_FIXES,
      });
    }
  }
  return findings.sort(byPosition);
}

/** Rule ids are lower-case ASCII words joined by hyphens: code-unit order is their alphabetical order. */
function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}

/** Whether [start, end) lies within one of the masks (sorted by start, with running maximum ends). */
function insideMask(masks: readonly { start: number; end: number }[], maxEnds: readonly number[], start: number, end: number): boolean {
  // the last mask starting at or before `start`
  const k = partitionPoint(masks.length, (i) => masks[i].start > start) - 1;
  return k >= 0 && maxEnds[k] >= end;
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
