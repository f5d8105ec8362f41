import { LintSettings, Rule, RuleFinding } from '../lint/types';
import { TYPOS, TypoEntry } from './data/typos';
import { overlapsAny, proseSegments } from './prose';

/**
 * Common misspellings and misused words (data in `data/typos.ts`), plus the user's own list from
 * `reportAuthor.typo.extra` (`{ "错词": "正词" }`); `reportAuthor.typo.ignore` silences entries.
 *
 * The scan jumps from one possible first character to the next with a character-class regex,
 * then compares the few entries that start there: linear in the text.
 */

interface TypoIndex {
  firstChars: RegExp;
  byFirst: Map<string, TypoEntry[]>;
}

function buildIndex(entries: readonly TypoEntry[]): TypoIndex {
  const byFirst = new Map<string, TypoEntry[]>();
  for (const e of entries) {
    if (!e.wrong) continue;
    const list = byFirst.get(e.wrong[0]) ?? [];
    list.push(e);
    byFirst.set(e.wrong[0], list);
  }
  // longest first, so 党风廉正 wins over a shorter entry at the same place
  for (const list of byFirst.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
  const chars = [...byFirst.keys()].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('');
  return { firstChars: new RegExp(`[${chars || '\\u0000'}]`, 'g'), byFirst };
}

const BUILT_IN = buildIndex(TYPOS);
const CONTEXT = 24;

function indexFor(settings: LintSettings): TypoIndex {
  const extra = settings.typo?.extra;
  const ignore = settings.typo?.ignore;
  if ((!extra || !Object.keys(extra).length) && (!ignore || !ignore.length)) return BUILT_IN;
  const ignored = new Set(ignore ?? []);
  const entries: TypoEntry[] = TYPOS.filter((e) => !ignored.has(e.wrong));
  for (const [wrong, right] of Object.entries(extra ?? {})) {
    if (typeof right === 'string' && wrong && wrong !== right && !ignored.has(wrong)) entries.unshift({ wrong, right, note: undefined });
  }
  return buildIndex(entries);
}

function contextFits(text: string, e: TypoEntry, start: number, end: number): boolean {
  const after = e.after || e.notAfter ? text.slice(end, end + CONTEXT) : '';
  const before = e.before || e.notBefore ? text.slice(Math.max(0, start - CONTEXT), start) : '';
  if (e.after && !e.after.test(after)) return false;
  if (e.notAfter && e.notAfter.test(after)) return false;
  if (e.before && !e.before.test(before)) return false;
  if (e.notBefore && e.notBefore.test(before)) return false;
  return true;
}

export const typoRule: Rule = {
  id: 'typo',
  defaultSeverity: 'warning',
  description: { zh: '常见错别字和误用词（签定→签订、按步就班→按部就班等）', en: 'Common misspellings and misused words (签定→签订, 按步就班→按部就班…)' },
  check({ model, settings }) {
    const out: RuleFinding[] = [];
    const { text } = model;
    const index = indexFor(settings);
    for (const seg of proseSegments(model)) {
      const re = index.firstChars;
      const s = text.slice(seg.start, seg.end);
      re.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = re.exec(s)) !== null) {
        const start = seg.start + m.index;
        const entry = index.byFirst.get(m[0])!.find((e) =>
          start + e.wrong.length <= seg.end && text.startsWith(e.wrong, start) && contextFits(text, e, start, start + e.wrong.length));
        if (!entry) continue;
        const end = start + entry.wrong.length;
        re.lastIndex = end - seg.start;
        if (seg.protected.length && overlapsAny(seg.protected, start, end)) continue;
        out.push({
          start, end,
          message: {
            zh: `“${entry.wrong}”应为“${entry.right}”${entry.note ? `（${entry.note}）` : ''}`,
            en: `“${entry.wrong}” should be “${entry.right}”`,
          },
          fixes: [{ title: { zh: `改为“${entry.right}”`, en: `Change to “${entry.right}”` }, edits: [{ start, end, newText: entry.right }], safe: entry.safe !== false }],
        });
      }
    }
    return out;
  },
};
