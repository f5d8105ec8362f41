import { LintSettings, Rule, RuleFinding } from '../lint/types';
import { TYPOS, TypoEntry } from './data/typos';
import { overlapsAny, proseSegments } from './prose';

/**
 * Common misspellings and misused words (data in `data/typos.ts`), plus the user's own list from
 * `reportAuthor.typo.extra` (`{ "错词": "正词" }`); `reportAuthor.typo.ignore` silences entries.
 *
 * The scan reads each character once against a table of first characters, then looks up the
 * entries that start with the two characters there: linear in the text.
 */

interface TypoIndex {
  /** For each UTF-16 code that starts an entry, 1 + its slot in `bySecond`; 0 otherwise. */
  first: Uint16Array;
  /** A filter over the first two characters of every entry (`pairHash`): most text is passed over on it. */
  pairs: Uint8Array;
  /** Per first character: the entries by their second character's code, longest first. */
  bySecond: Map<number, TypoEntry[]>[];
}

const pairHash = (c1: number, c2: number) => ((c1 * 40503) ^ c2) & 0xffff;

function buildIndex(entries: readonly TypoEntry[]): TypoIndex {
  const first = new Uint16Array(65536);
  const pairs = new Uint8Array(65536);
  const bySecond: Map<number, TypoEntry[]>[] = [];
  for (const e of entries) {
    if (e.wrong.length < 2) continue;
    const c = e.wrong.charCodeAt(0);
    if (!first[c]) {
      bySecond.push(new Map());
      first[c] = bySecond.length;
    }
    pairs[pairHash(c, e.wrong.charCodeAt(1))] = 1;
    const table = bySecond[first[c] - 1];
    const list = table.get(e.wrong.charCodeAt(1)) ?? [];
    list.push(e);
    table.set(e.wrong.charCodeAt(1), list);
  }
  // longest first, so 党风廉正 wins over a shorter entry at the same place
  for (const table of bySecond) for (const list of table.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
  return { first, pairs, bySecond };
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
    const segments = proseSegments(model);
    const { first, pairs, bySecond } = index;
    for (const seg of segments) {
      for (let start = seg.start; start < seg.end - 1; start++) {
        const c1 = text.charCodeAt(start);
        const slot = first[c1];
        if (!slot) continue;
        const c2 = text.charCodeAt(start + 1);
        if (!pairs[pairHash(c1, c2)]) continue;
        const candidates = bySecond[slot - 1].get(c2);
        if (!candidates) continue;
        // a plain loop: a closure over `start` would cost an allocation per character
        let entry: TypoEntry | undefined;
        for (const e of candidates) {
          if (start + e.wrong.length <= seg.end && text.startsWith(e.wrong, start) && contextFits(text, e, start, start + e.wrong.length)) {
            entry = e;
            break;
          }
        }
        if (!entry) continue;
        const end = start + entry.wrong.length;
        if (seg.protected.length && overlapsAny(seg.protected, start, end)) continue;
        out.push({
          start, end,
          severity: entry.severity,
          message: {
            zh: `“${entry.wrong}”应为“${entry.right}”${entry.note ? `（${entry.note}）` : ''}`,
            en: `“${entry.wrong}” should be “${entry.right}”`,
          },
          fixes: [{ title: { zh: `改为“${entry.right}”`, en: `Change to “${entry.right}”` }, edits: [{ start, end, newText: entry.right }], safe: entry.safe !== false }],
        });
        start = end - 1;
      }
    }
    return out;
  },
};
