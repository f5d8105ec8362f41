import { ReportModel } from '../model';
import { RangeIndex } from '../ranges';
import { partitionPoint } from '../text';

/**
 * Inline suppression comments, each on a line of its own:
 *   <!-- report-author-disable RULE [RULE…] -->   … <!-- report-author-enable RULE -->
 *   <!-- report-author-disable-next-line RULE -->
 * Without rule ids they apply to every rule.
 */
export interface SuppressionMap {
  /** Whether the report has any suppression at all (most have none: then nothing need be asked). */
  readonly any: boolean;
  isSuppressed(rule: string, offset: number): boolean;
}

interface Region {
  rules: Set<string> | 'all';
  start: number;
  end: number;
}

const COMMENT_RE = /^<!--\s*report-author-(disable-next-line|disable|enable)\b([^>]*?)\s*-->$/;

const NONE: SuppressionMap = { any: false, isSuppressed: () => false };

export function buildSuppressions(model: ReportModel): SuppressionMap {
  // most reports hold no comment at all
  if (!model.comments.length) return NONE;
  const regions: Region[] = [];
  const open = new Map<string, number>(); // rule id ('*' for all) → start offset
  const { text, blocks } = model;
  for (const b of model.comments) {
    const m = COMMENT_RE.exec(text.slice(b.content.start, b.content.end));
    if (!m) continue;
    const ids = m[2].split(/[\s,]+/).filter(Boolean);
    const keys = ids.length ? ids : ['*'];
    if (m[1] === 'disable-next-line') {
      // the block right after the comment (blocks come in text order)
      const next = blocks[partitionPoint(blocks.length, (k) => blocks[k].span.start > b.span.start)];
      if (next) regions.push({ rules: ids.length ? new Set(ids) : 'all', start: next.span.start, end: next.span.end + 1 });
    } else if (m[1] === 'disable') {
      for (const k of keys) if (!open.has(k)) open.set(k, b.span.end);
    } else {
      for (const k of keys) {
        const start = open.get(k);
        if (start === undefined) continue;
        regions.push({ rules: k === '*' ? 'all' : new Set([k]), start, end: b.span.start });
        open.delete(k);
      }
    }
  }
  for (const [k, start] of open) regions.push({ rules: k === '*' ? 'all' : new Set([k]), start, end: text.length + 1 });
  // asked once per finding: a search of the regions sorted by start, not a look at each
  const index = new RangeIndex(regions);
  return {
    any: regions.length > 0,
    isSuppressed(rule, offset) {
      return index.some(offset, offset + 1, (r) => r.rules === 'all' || r.rules.has(rule));
    },
  };
}
