import { HeadingBlock, MarkerFamily, ReportModel } from '../model';
import { Derived } from '../derived';
import { canonicalMarker } from '../parse';
import { Fix, Rule, RuleFinding, TextEdit } from '../lint/types';
import { renumberHeadings } from '../renumber';

/**
 * Heading numbers (GB/T 9704 7.3.3 and the 序次语 rules of GB/T 15834): the marker's form
 * (`（一）、` `(一)` `1、` `一.` `①、`), a space after it, gaps and repeats within a level under one
 * parent, a heading of another family standing where a sibling belongs, and skipped levels.
 */

const FAMILY_EXAMPLE: Record<MarkerFamily, string> = {
  chinese: '一、', 'chinese-paren': '（一）', arabic: '1.', 'arabic-paren': '（1）', circled: '①',
};

export interface HeadingGroups {
  /** Index of each heading's parent (the nearest earlier heading of a lower level), or -1. */
  parent: Int32Array;
  /**
   * For each heading, its group (the headings that share its parent and level, itself included),
   * named by the index of the group's first heading.
   */
  group: Int32Array;
  /** For each heading, the next heading of its group, or -1: a group is read from its first heading on. */
  nextSibling: Int32Array;
}

const groupsOf = new Derived<HeadingGroups>();

/** Parents and sibling groups of every heading, in one pass (cached per model). */
export function headingGroups(model: ReportModel): HeadingGroups {
  const hit = groupsOf.get(model);
  if (hit) return hit;
  const { headings } = model;
  const n = headings.length;
  const parent = new Int32Array(n);
  const group = new Int32Array(n);
  const nextSibling = new Int32Array(n).fill(-1);
  // the open headings, levels ascending; the children of the one at position k are noted in row k + 1
  // of `lastChild` (row 0: the top level), by level (1 to 5): the last child so far
  const stack: number[] = [];
  const lastChild = new Int32Array(8 * 6).fill(-1);
  for (let i = 0; i < n; i++) {
    const level = headings[i].level;
    while (stack.length && headings[stack[stack.length - 1]].level >= level) stack.pop();
    const row = stack.length;
    parent[i] = row ? stack[row - 1] : -1;
    const previous = lastChild[row * 6 + level];
    if (previous >= 0) {
      nextSibling[previous] = i;
      group[i] = group[previous];
    } else {
      group[i] = i;
    }
    lastChild[row * 6 + level] = i;
    stack.push(i);
    // the new heading has no children yet
    lastChild.fill(-1, (row + 1) * 6, (row + 2) * 6);
  }
  const groups = { parent, group, nextSibling };
  groupsOf.set(model, groups);
  return groups;
}

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
    // last number seen per level under the current parent; deeper levels reset on a new parent
    const counters: (number | undefined)[] = [undefined, undefined, undefined, undefined, undefined, undefined];
    const groups = headingGroups(model);
    const hasLevelOne = headings.some((h) => h.level === 1);
    let reportedOrphan = false;
    let lastParentWarned: HeadingBlock | undefined;

    // the edits of `renumberHeadings`, computed once: for one level under one parent, and for all
    let all: TextEdit[] | undefined;
    let allFix: Fix | undefined;
    const levelFix = new Map<number, Fix | undefined>();
    const renumberFixes = (index: number): Fix[] => {
      all ??= renumberHeadings(model);
      const group = groups.group[index];
      if (!levelFix.has(group)) {
        const level = editsOfGroup(model, groups, group, all);
        levelFix.set(group, level.length ? { title: { zh: '本级标题重新编号', en: 'Renumber the headings of this level' }, edits: level, safe: false } : undefined);
      }
      const fixes: Fix[] = [];
      const level = levelFix.get(group);
      if (level) fixes.push(level);
      if (all.length > (level?.edits.length ?? 0)) {
        fixes.push(allFix ??= { title: { zh: '全文标题重新编号', en: 'Renumber all headings' }, edits: all, safe: false });
      }
      return fixes;
    };

    headings.forEach((h, index) => {
      const m = h.marker;
      if (!m.wellFormed) {
        out.push({
          start: m.span.start, end: m.span.end,
          message: {
            zh: `序号“${m.text}”应写作“${m.canonical}”`,
            en: `Write the heading number “${m.text}” as “${m.canonical}”`,
          },
          fixes: [{ title: { zh: `改为“${m.canonical}”`, en: `Change to “${m.canonical}”` }, edits: [{ start: m.span.start, end: m.span.end, newText: m.canonical }], safe: true }],
        });
      }
      if (m.trailingSpace) {
        out.push({
          start: m.trailingSpace.start, end: m.trailingSpace.end,
          message: { zh: '序号后不空格', en: 'No space after a heading number' },
          fixes: [{ title: { zh: '删除空格', en: 'Delete the space' }, edits: [{ ...m.trailingSpace, newText: '' }], safe: true }],
        });
      }

      const previousNumber = counters[h.level];
      const expected = (previousNumber ?? 0) + 1;
      if (m.number !== expected) {
        const wanted = canonicalMarker(m.family, expected);
        const prev = headings[index - 1];
        const renumber = renumberFixes(index);
        if (previousNumber === undefined && prev && prev.level < h.level && prev.marker.number === m.number - 1) {
          // 一、 … （二）: a sibling of 一、 written in the wrong family
          const sibling = canonicalMarker(prev.marker.family, m.number);
          out.push({
            start: m.span.start, end: m.span.end,
            message: {
              zh: `“${m.text}”与上一标题“${prev.marker.text}”层级不一致：同级标题应使用同一种序号，此处应为“${sibling}”`,
              en: `“${m.text}” follows “${prev.marker.text}” but uses another numbering family; siblings share one family: “${sibling}”`,
            },
            fixes: [{ title: { zh: `改为“${sibling}”`, en: `Change to “${sibling}”` }, edits: [{ start: m.span.start, end: m.span.end, newText: sibling }], safe: false }],
          });
        } else if (m.number === 1 && previousNumber !== undefined) {
          out.push({
            start: m.span.start, end: m.span.end, severity: 'info',
            message: {
              zh: `本级序号在“${canonicalMarker(m.family, previousNumber)}”之后重新从“${m.canonical}”开始；如属同一层次，应为“${wanted}”`,
              en: `Numbering restarts at “${m.canonical}” after “${canonicalMarker(m.family, previousNumber)}”; if this continues the level it should be “${wanted}”`,
            },
            fixes: [
              { title: { zh: `改为“${wanted}”`, en: `Change to “${wanted}”` }, edits: [{ start: m.span.start, end: m.span.end, newText: wanted }], safe: false },
              ...renumber,
            ],
          });
        } else {
          const after = previousNumber === undefined
            ? { zh: '本级第一个标题', en: 'the first heading of its level' }
            : { zh: `上一个是“${canonicalMarker(m.family, previousNumber)}”`, en: `the previous one is “${canonicalMarker(m.family, previousNumber)}”` };
          const kind = previousNumber !== undefined && m.number <= previousNumber
            ? { zh: '序号重复或倒序', en: 'Repeated or backward heading number' }
            : { zh: '序号不连续', en: 'Gap in heading numbers' };
          out.push({
            start: m.span.start, end: m.span.end,
            message: {
              zh: `${kind.zh}：此处应为“${wanted}”（${after.zh}）`,
              en: `${kind.en}: expected “${wanted}” here (${after.en})`,
            },
            fixes: [
              { title: { zh: `改为“${wanted}”`, en: `Change to “${wanted}”` }, edits: [{ start: m.span.start, end: m.span.end, newText: wanted }], safe: false },
              ...renumber,
            ],
          });
        }
      }
      counters[h.level] = m.number;
      for (let deeper = h.level + 1; deeper < counters.length; deeper++) counters[deeper] = undefined;

      // skipped levels: （一） before any 一、, 1. right under 一、 (GB/T 9704 order 一、（一）1.（1）)
      if (h.level <= 4) {
        const parentIndex = groups.parent[index];
        const parent: HeadingBlock | undefined = parentIndex >= 0 ? headings[parentIndex] : undefined;
        const expectedLevel = parent ? parent.level + 1 : 1;
        const skipped = parent ? h.level > expectedLevel && parent !== lastParentWarned : h.level > 1 && hasLevelOne && !reportedOrphan;
        if (skipped) {
          if (parent) lastParentWarned = parent;
          else reportedOrphan = true;
          const expectedExample = FAMILY_EXAMPLE[familyOfLevel(expectedLevel)];
          out.push({
            start: m.span.start, end: m.span.end, severity: 'info',
            message: parent
              ? {
                zh: `层级跳跃：“${parent.marker.text}”之下直接使用“${m.text}”，按一、（一）1.（1）的顺序此处应先有“${expectedExample}”一级`,
                en: `Skipped level: “${m.text}” directly under “${parent.marker.text}”; the order is 一、（一）1.（1）, so a “${expectedExample}” level belongs here`,
              }
              : {
                zh: `“${m.text}”出现在第一个一级标题（一、）之前`,
                en: `“${m.text}” comes before the first level-1 heading (一、)`,
              },
          });
        }
      }
    });
    return out;
  },
};

/** The edits among `all` (one per heading at most, in text order) that rewrite a heading of the group. */
function editsOfGroup(model: ReportModel, groups: HeadingGroups, first: number, all: readonly TextEdit[]): TextEdit[] {
  // the group's headings are in text order too: one walk through both
  const edits: TextEdit[] = [];
  let k = 0;
  for (let i = first; i >= 0; i = groups.nextSibling[i]) {
    const start = model.headings[i].marker.span.start;
    while (k < all.length && all[k].start < start) k++;
    if (k < all.length && all[k].start === start) edits.push(all[k]);
  }
  return edits;
}

function familyOfLevel(level: number): MarkerFamily {
  return (['chinese', 'chinese', 'chinese-paren', 'arabic', 'arabic-paren', 'circled'] as const)[Math.min(level, 5)];
}
