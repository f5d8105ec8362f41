import { HeadingMarker, MarkerFamily, ReportModel } from '../model';
import { Derived } from '../derived';
import { canonicalMarker } from '../parse';
import { finding, Fix, Localized, Rule, RuleFinding, TextEdit } from '../lint/types';
import { expectedMarker, markerEdit } from '../renumber';

/**
 * Heading numbers (GB/T 9704 7.3.3 and the 序次语 rules of GB/T 15834): the marker's form
 * (`（一）、` `(一)` `1、` `一.` `①、`), a space after it, gaps and repeats within a level under one
 * parent, a heading of another family standing where a sibling belongs, and skipped levels.
 */

const FAMILY_EXAMPLE: Record<MarkerFamily, string> = {
  chinese: '一、', 'chinese-paren': '（一）', arabic: '1.', 'arabic-paren': '（1）', circled: '①',
};

export interface HeadingGroups {
  /** Each heading's level. */
  level: Uint8Array;
  /** Index of each heading's parent (the nearest earlier heading of a lower level), or -1. */
  parent: Int32Array;
  /**
   * For each heading, its group (the headings that share its parent and level, itself included),
   * named by the index of the group's first heading.
   */
  group: Int32Array;
  /** For each heading, the next heading of its group, or -1: a group is read from its first heading on. */
  nextSibling: Int32Array;
  /** The first level-1 heading, or -1. The level-1 headings are one group: nothing stands above them. */
  firstOfLevelOne: number;
}

const groupsOf = new Derived<HeadingGroups>();

/** Levels, parents and sibling groups of every heading (made once per model). */
export function headingGroups(model: ReportModel): HeadingGroups {
  const hit = groupsOf.get(model);
  if (hit) return hit;
  const { headings } = model;
  const n = headings.length;
  // the levels first, in a loop that does nothing but read them: a long report's headings are mostly
  // out of the cache, and with no branch on what is read the reads overlap instead of waiting in turn
  const levels = new Uint8Array(n);
  for (let i = 0; i < n; i++) levels[i] = headings[i].level;
  const parent = new Int32Array(n);
  const group = new Int32Array(n);
  const nextSibling = new Int32Array(n).fill(-1);
  // by level (1 to 5): the last heading of that level under the current parents (-1: none since
  // its parent), and the last heading of a lower level, which is the parent of one of this level
  const lastOfLevel = [-1, -1, -1, -1, -1, -1];
  const lastAbove = [-1, -1, -1, -1, -1, -1];
  let firstOfLevelOne = -1;
  for (let i = 0; i < n; i++) {
    const level = levels[i];
    if (level === 1 && firstOfLevelOne < 0) firstOfLevelOne = i;
    parent[i] = lastAbove[level];
    const previous = lastOfLevel[level];
    if (previous >= 0) {
      nextSibling[previous] = i;
      group[i] = group[previous];
    } else {
      group[i] = i;
    }
    lastOfLevel[level] = i;
    // the deeper levels start anew under this heading
    for (let deeper = level + 1; deeper <= 5; deeper++) {
      lastOfLevel[deeper] = -1;
      lastAbove[deeper] = i;
    }
  }
  const groups = { level: levels, parent, group, nextSibling, firstOfLevelOne };
  groupsOf.set(model, groups);
  return groups;
}

const NO_SPACE_MESSAGE: Localized = { zh: '序号后不空格', en: 'No space after a heading number' };
const DELETE_SPACE: Localized = { zh: '删除空格', en: 'Delete the space' };
const RENUMBER_LEVEL: Localized = { zh: '本级标题重新编号', en: 'Renumber the headings of this level' };
const RENUMBER_ALL: Localized = { zh: '全文标题重新编号', en: 'Renumber all headings' };
const FAMILY_INDEX: Record<MarkerFamily, number> = { chinese: 0, 'chinese-paren': 1, arabic: 2, 'arabic-paren': 3, circled: 4 };

// the kinds of numbering slips, for telling their messages apart
const RESTART = 0;
const BACKWARD = 1;
const GAP = 2;
const FIRST = 3;

export const headingNumberingRule: Rule = {
  id: 'heading-numbering',
  defaultSeverity: 'warning',
  description: {
    zh: '标题序号：格式（“（一）、”“1、”“一.”等）、序号后空格、跳号重号、层级混用或跳级',
    en: 'Heading numbers: marker form (（一）、, 1、, 一.), a space after the marker, gaps and repeats, mixed or skipped levels',
  },
  check({ model }) {
    const out: RuleFinding[] = [];
    const { headings } = model;
    const groups = headingGroups(model);
    // by level, among the siblings so far under the current parent: the number the last one carries
    // (undefined: none yet), and how many there are, which is the number it should carry
    const written: (number | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined];
    const counted = [0, 0, 0, 0, 0, 0];
    // the edits of `renumberHeadings`, gathered in the same walk: all of them, and those of each group
    const all: TextEdit[] = [];
    const groupEdits = new Map<number, TextEdit[]>();
    // findings that offer renumbering, with their groups: those fixes are added once every edit is known
    const renumbering: Fix[][] = [];
    const renumberingGroups: number[] = [];
    // a long report repeats the same slip many times: one message for each, and one title for each new marker
    const messages = new Map<number, Localized>();
    const changeTitles = new Map<string, Localized>();
    const changeTitle = (to: string) => {
      let title = changeTitles.get(to);
      if (!title) changeTitles.set(to, (title = { zh: `改为“${to}”`, en: `Change to “${to}”` }));
      return title;
    };
    const hasLevelOne = groups.firstOfLevelOne >= 0;
    let reportedOrphan = false;
    let lastParentWarned = -1;
    const { level, parent } = groups;
    const n = headings.length;
    // what the walk decides by, read first in a loop that does nothing else (as the levels in
    // headingGroups): the number each marker carries, and whether it is written in its canonical
    // form with no space after it
    const numbers = new Int32Array(n);
    const writtenRight = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const m = headings[i].marker;
      numbers[i] = m.number;
      writtenRight[i] = m.wellFormed && !m.trailingSpace ? 1 : 0;
    }

    for (let index = 0; index < n; index++) {
      const headingLevel = level[index];
      const number = numbers[index];
      const position = ++counted[headingLevel];
      const previousNumber = written[headingLevel];
      const expected = (previousNumber ?? 0) + 1;
      // a marker written right, carrying the number it should, asks for nothing more of its heading
      if (writtenRight[index] === 0 || number !== position || number !== expected) {
        const m = headings[index].marker;
        const group = groups.group[index];
        const edit = markerEdit(m, expectedMarker(m, position));
        if (edit) {
          all.push(edit);
          const edits = groupEdits.get(group);
          if (edits) edits.push(edit);
          else groupEdits.set(group, [edit]);
        }

        if (!m.wellFormed) {
          out.push(finding(m.span.start, m.span.end, {
            zh: `序号“${m.text}”应写作“${m.canonical}”`,
            en: `Write the heading number “${m.text}” as “${m.canonical}”`,
          }, [{ title: changeTitle(m.canonical), edits: [{ start: m.span.start, end: m.span.end, newText: m.canonical }], safe: true }]));
        }
        if (m.trailingSpace) {
          out.push(finding(m.trailingSpace.start, m.trailingSpace.end, NO_SPACE_MESSAGE, [{ title: DELETE_SPACE, edits: [{ ...m.trailingSpace, newText: '' }], safe: true }]));
        }

        if (number !== expected) {
          const wanted = canonicalMarker(m.family, expected);
          const prev = headings[index - 1];
          if (previousNumber === undefined && prev && prev.level < headingLevel && prev.marker.number === number - 1) {
            // 一、 … （二）: a sibling of 一、 written in the wrong family
            const sibling = canonicalMarker(prev.marker.family, number);
            out.push(finding(m.span.start, m.span.end, {
              zh: `“${m.text}”与上一标题“${prev.marker.text}”层级不一致：同级标题应使用同一种序号，此处应为“${sibling}”`,
              en: `“${m.text}” follows “${prev.marker.text}” but uses another numbering family; siblings share one family: “${sibling}”`,
            }, [{ title: changeTitle(sibling), edits: [{ start: m.span.start, end: m.span.end, newText: sibling }], safe: false }]));
          } else {
            const restarts = number === 1 && previousNumber !== undefined;
            const kind = restarts ? RESTART : previousNumber === undefined ? FIRST : number <= previousNumber ? BACKWARD : GAP;
            const key = ((previousNumber ?? 0) * 5 + FAMILY_INDEX[m.family]) * 4 + kind;
            let message = messages.get(key);
            if (!message) messages.set(key, (message = slipMessage(kind, m, previousNumber, wanted)));
            const fixes: Fix[] = [{ title: changeTitle(wanted), edits: [{ start: m.span.start, end: m.span.end, newText: wanted }], safe: false }];
            out.push(finding(m.span.start, m.span.end, message, fixes, restarts ? 'info' : undefined));
            renumbering.push(fixes);
            renumberingGroups.push(group);
          }
        }
      }
      written[headingLevel] = number;
      for (let deeper = headingLevel + 1; deeper < written.length; deeper++) {
        written[deeper] = undefined;
        counted[deeper] = 0;
      }

      // skipped levels: （一） before any 一、, 1. right under 一、 (GB/T 9704 order 一、（一）1.（1）)
      if (headingLevel <= 4) {
        const parentIndex = parent[index];
        const expectedLevel = parentIndex >= 0 ? level[parentIndex] + 1 : 1;
        const skipped = parentIndex >= 0
          ? headingLevel > expectedLevel && parentIndex !== lastParentWarned
          : headingLevel > 1 && hasLevelOne && !reportedOrphan;
        if (skipped) {
          if (parentIndex >= 0) lastParentWarned = parentIndex;
          else reportedOrphan = true;
          const m = headings[index].marker;
          const parentMarker = parentIndex >= 0 ? headings[parentIndex].marker : undefined;
          const expectedExample = FAMILY_EXAMPLE[familyOfLevel(expectedLevel)];
          out.push(finding(m.span.start, m.span.end, parentMarker
            ? {
              zh: `层级跳跃：“${parentMarker.text}”之下直接使用“${m.text}”，按一、（一）1.（1）的顺序此处应先有“${expectedExample}”一级`,
              en: `Skipped level: “${m.text}” directly under “${parentMarker.text}”; the order is 一、（一）1.（1）, so a “${expectedExample}” level belongs here`,
            }
            : {
              zh: `“${m.text}”出现在第一个一级标题（一、）之前`,
              en: `“${m.text}” comes before the first level-1 heading (一、)`,
            }, undefined, 'info'));
        }
      }
    }

    // renumbering this level, and all headings when that does more; one fix of each, shared by the findings
    let allFix: Fix | undefined;
    const levelFixes = new Map<number, Fix>();
    for (let k = 0; k < renumbering.length; k++) {
      const group = renumberingGroups[k];
      const edits = groupEdits.get(group);
      if (edits) {
        let levelFix = levelFixes.get(group);
        if (!levelFix) levelFixes.set(group, (levelFix = { title: RENUMBER_LEVEL, edits, safe: false }));
        renumbering[k].push(levelFix);
      }
      if (all.length > (edits?.length ?? 0)) renumbering[k].push(allFix ??= { title: RENUMBER_ALL, edits: all, safe: false });
    }
    return out;
  },
};

/** The message of a number that does not follow its previous sibling's. */
function slipMessage(kind: number, m: HeadingMarker, previousNumber: number | undefined, wanted: string): Localized {
  if (kind === RESTART) {
    const previous = canonicalMarker(m.family, previousNumber!);
    return {
      zh: `本级序号在“${previous}”之后重新从“${m.canonical}”开始；如属同一层次，应为“${wanted}”`,
      en: `Numbering restarts at “${m.canonical}” after “${previous}”; if this continues the level it should be “${wanted}”`,
    };
  }
  const after = previousNumber === undefined
    ? { zh: '本级第一个标题', en: 'the first heading of its level' }
    : { zh: `上一个是“${canonicalMarker(m.family, previousNumber)}”`, en: `the previous one is “${canonicalMarker(m.family, previousNumber)}”` };
  const what = kind === BACKWARD
    ? { zh: '序号重复或倒序', en: 'Repeated or backward heading number' }
    : { zh: '序号不连续', en: 'Gap in heading numbers' };
  return {
    zh: `${what.zh}：此处应为“${wanted}”（${after.zh}）`,
    en: `${what.en}: expected “${wanted}” here (${after.en})`,
  };
}

function familyOfLevel(level: number): MarkerFamily {
  return (['chinese', 'chinese', 'chinese-paren', 'arabic', 'arabic-paren', 'circled'] as const)[Math.min(level, 5)];
}
