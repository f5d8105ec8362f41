import { finding, LintSettings, Localized, Rule, RuleFinding } from '../lint/types';
import { TYPOS, TypoEntry } from './data/typos';
import { CharacterSet, characterPositions, mergedPositions, overlapsAny, proseSegments, segmentEndingAfter, sharedStringSet } from './prose';

/**
 * Common misspellings and misused words (data in `data/typos.ts`), plus the user's own list from
 * `reportAuthor.typo.extra` (`{ "错词": "正词" }`); `reportAuthor.typo.ignore` silences entries.
 *
 * The shared pass over the prose finds where the built-in entries' misspelt words stand (a set of
 * strings), a pass of its own where the user's own words do; at each such place the entries for the
 * words found there are looked up.
 */

interface TypoIndex {
  /** For each UTF-16 code that starts an entry, 1 + its slot in `bySecond`; 0 otherwise. */
  first: Uint16Array;
  /** Per first character: the entries by their second character's code, longest first. */
  bySecond: Map<number, TypoEntry[]>[];
  /** The user's own misspelt words, where there are any: the built-in ones are the shared set's. */
  extra?: CharacterSet;
}

function buildIndex(entries: readonly TypoEntry[]): TypoIndex {
  const first = new Uint16Array(65536);
  const bySecond: Map<number, TypoEntry[]>[] = [];
  for (const e of entries) {
    if (e.wrong.length < 2) continue;
    const c = e.wrong.charCodeAt(0);
    if (!first[c]) {
      bySecond.push(new Map());
      first[c] = bySecond.length;
    }
    const table = bySecond[first[c] - 1];
    const list = table.get(e.wrong.charCodeAt(1)) ?? [];
    list.push(e);
    table.set(e.wrong.charCodeAt(1), list);
  }
  // longest first, so 党风廉正 wins over a shorter entry at the same place
  for (const table of bySecond) for (const list of table.values()) list.sort((a, b) => b.wrong.length - a.wrong.length);
  return { first, bySecond };
}

const BUILT_IN = buildIndex(TYPOS);
const BUILT_IN_WORDS = sharedStringSet([...new Set(TYPOS.map((e) => e.wrong).filter((w) => w.length >= 2))]);
const CONTEXT = 24;
/** The index made for the last settings with a list of the user's own (settings change seldom). */
let lastIndex: { key: string; index: TypoIndex } | undefined;

function indexFor(settings: LintSettings): TypoIndex {
  const extra = settings.typo?.extra;
  const ignore = settings.typo?.ignore;
  if ((!extra || !Object.keys(extra).length) && (!ignore || !ignore.length)) return BUILT_IN;
  const key = JSON.stringify([extra ?? {}, ignore ?? []]);
  if (lastIndex?.key === key) return lastIndex.index;
  const ignored = new Set(ignore ?? []);
  const entries: TypoEntry[] = TYPOS.filter((e) => !ignored.has(e.wrong));
  const own: string[] = [];
  for (const [wrong, right] of Object.entries(extra ?? {})) {
    if (typeof right === 'string' && wrong && wrong !== right && !ignored.has(wrong)) {
      entries.unshift({ wrong, right, note: undefined });
      if (wrong.length >= 2) own.push(wrong);
    }
  }
  const index = buildIndex(entries);
  if (own.length) index.extra = CharacterSet.ofStrings(own);
  lastIndex = { key, index };
  return index;
}

/** An entry's message and fix title, made once: every finding of the entry shares them. */
const wordings = new WeakMap<TypoEntry, { message: Localized; title: Localized }>();

function wordingOf(entry: TypoEntry): { message: Localized; title: Localized } {
  let wording = wordings.get(entry);
  if (!wording) {
    wording = {
      message: {
        zh: `“${entry.wrong}”应为“${entry.right}”${entry.note ? `（${entry.note}）` : ''}`,
        en: `“${entry.wrong}” should be “${entry.right}”`,
      },
      title: { zh: `改为“${entry.right}”`, en: `Change to “${entry.right}”` },
    };
    wordings.set(entry, wording);
  }
  return wording;
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
    const { first, bySecond } = index;
    const builtIn = characterPositions(model, BUILT_IN_WORDS);
    // (a word of the user's may be a built-in one too: the same place twice)
    const at = index.extra ? mergedPositions(builtIn, characterPositions(model, index.extra)) : builtIn;
    let s = 0;
    for (let p = 0; p < at.length; p++) {
      const start = at[p];
      if (p > 0 && at[p - 1] === start) continue;
      // the segment holding the place, searched for: places are few, segments many
      s = segmentEndingAfter(segments, s, start);
      if (s === segments.length) break;
      const seg = segments[s];
      // (an entry the user ignores still has its place in the shared set)
      const slot = first[text.charCodeAt(start)];
      const candidates = slot ? bySecond[slot - 1].get(text.charCodeAt(start + 1)) : undefined;
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
      const { message, title } = wordingOf(entry);
      out.push(finding(start, end, message, [{ title, edits: [{ start, end, newText: entry.right }], safe: entry.safe !== false }], entry.severity));
      while (p + 1 < at.length && at[p + 1] < end) p++;
    }
    return out;
  },
};
