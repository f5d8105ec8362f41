import * as assert from 'assert';
import * as fc from 'fast-check';
import * as fs from 'fs';
import * as path from 'path';
import {
  applyEdits, BUILTIN_GENRES, dateVariables, expandSnippet, expectedHeadingNumbers, missingSections, parseReport,
  renumberHeadings, sectionInsertion, textOf,
} from '../../src/core';
import { REPORT_WITHOUT_PROBLEMS_SECTION } from './support';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/reports');
const source = fs.readFileSync(path.join(fixtures, 'shuzhi-2024.txt'), 'utf8');

const renumber = (text: string) => applyEdits(text, renumberHeadings(parseReport(text))).text;
const markers = (text: string) => parseReport(text).headings.map((h) => h.marker.text);
/** The text without heading markers: what renumbering must leave untouched. */
const words = (text: string) => {
  const m = parseReport(text);
  return applyEdits(text, m.headings.map((h) => ({ start: h.marker.span.start, end: h.marker.trailingSpace?.end ?? h.marker.span.end, newText: '' }))).text;
};

/** Splits a report into its head (up to the first 一、), its level-1 sections and its tail (closing, 落款). */
function sections(text: string): { head: string; parts: string[]; tail: string } {
  const lines = text.split('\n');
  const first = lines.findIndex((l) => /^[一二三四五六七八九十]+、/.test(l));
  const closing = lines.findIndex((l) => l.startsWith('以上述职'));
  const parts: string[] = [];
  for (let i = first; i < closing; i++) {
    if (/^[一二三四五六七八九十]+、/.test(lines[i])) parts.push('');
    parts[parts.length - 1] += lines[i] + '\n';
  }
  return { head: lines.slice(0, first).join('\n') + '\n', parts, tail: lines.slice(closing).join('\n') };
}

describe('renumberHeadings', () => {
  it('changes nothing in a correctly numbered report', () => {
    assert.deepStrictEqual(renumberHeadings(parseReport(source)), []);
  });

  it('renumbers after sections were moved and deleted, each level under its parent', () => {
    const { head, parts, tail } = sections(source);
    // 五 moved first, 三 deleted
    const shuffled = head + parts[4] + parts[0] + parts[1] + parts[3] + tail;
    const fixed = renumber(shuffled);
    assert.deepStrictEqual(markers(fixed), ['一、', '二、', '三、', '（一）', '（二）', '1.', '2.', '（1）', '（2）', '四、']);
    assert.ok(fixed.includes('一、下一步打算\n') && fixed.includes('四、存在的问题\n'));
    assert.strictEqual(words(fixed), words(shuffled));
  });

  it('restarts lower levels under a new parent', () => {
    const text = '标题\n一、甲\n（一）子\n（二）子\n1.孙\n二、乙\n（三）子\n3.孙\n（1）曾孙\n';
    assert.deepStrictEqual(markers(renumber(text)), ['一、', '（一）', '（二）', '1.', '二、', '（一）', '1.', '（1）']);
  });

  it('writes markers in canonical form and drops the space after them', () => {
    const text = '标题\n一. 甲\n(一)、子\n1、孙\n(1)曾孙\n二、 乙\n（一）子\n2．孙\n';
    const fixed = renumber(text);
    assert.strictEqual(fixed, '标题\n一、甲\n（一）子\n1.孙\n（1）曾孙\n二、乙\n（一）子\n1．孙\n');
  });

  it('numbers circled markers up to ⑳ and leaves the ones beyond alone', () => {
    const lines = Array.from({ length: 22 }, (_, i) => `${String.fromCharCode(0x2460 + Math.min(i, 19))}项`);
    const fixed = renumber('标题\n一、甲\n' + lines.join('\n') + '\n').split('\n');
    assert.deepStrictEqual(fixed.slice(2, 5), ['①项', '②项', '③项']);
    assert.deepStrictEqual(fixed.slice(21, 24), ['⑳项', '⑳项', '⑳项']);
  });

  it('keeps a leading ## and CRLF line breaks', () => {
    const text = '标题\r\n## 三、甲\r\n## （二）子\r\n';
    assert.strictEqual(renumber(text), '标题\r\n## 一、甲\r\n## （一）子\r\n');
  });

  it('is idempotent and always yields sequences, whatever the order of sections', () => {
    const { head, parts, tail } = sections(source);
    fc.assert(fc.property(fc.shuffledSubarray(parts, { minLength: 1 }), (chosen) => {
      const text = head + chosen.join('') + tail;
      const once = renumber(text);
      assert.strictEqual(renumber(once), once);
      assert.deepStrictEqual(renumberHeadings(parseReport(once)), []);
      const level1 = parseReport(once).headings.filter((h) => h.level === 1).map((h) => h.marker.number);
      assert.deepStrictEqual(level1, chosen.map((_, i) => i + 1));
      assert.strictEqual(words(once), words(text));
    }), { numRuns: 60 });
  });

  it('reports the expected number of every heading', () => {
    const m = parseReport('标题\n一、甲\n（二）子\n三、乙\n');
    assert.deepStrictEqual(expectedHeadingNumbers(m).map((e) => [e.heading.marker.text, e.number, e.canonical]), [
      ['一、', 1, '一、'], ['（二）', 1, '（一）'], ['三、', 2, '二、'],
    ]);
  });
});

describe('sectionInsertion', () => {
  const genre = BUILTIN_GENRES.find((g) => g.id === 'party-discipline')!;
  const report = REPORT_WITHOUT_PROBLEMS_SECTION;

  const insert = (text: string, sectionId: string) => {
    const model = parseReport(text);
    const missing = missingSections(model, genre, { includeOptional: true }).find((m) => m.section.id === sectionId)!;
    const ins = sectionInsertion(model, genre, missing);
    const body = expandSnippet(ins.snippet, dateVariables(new Date(2025, 0, 8))).text;
    return applyEdits(text, [...ins.renumber, { start: ins.offset, end: ins.offset, newText: body }]).text;
  };

  it('inserts a missing middle section with its number and moves the later ones up', () => {
    const out = insert(report, 'problems');
    const m = parseReport(out);
    assert.deepStrictEqual(m.headings.filter((h) => h.level === 1).map((h) => textOf(m, h.content)), ['一、履行职责情况', '二、存在的主要问题', '三、下步打算']);
    assert.deepStrictEqual(missingSections(m, genre), []);
    assert.deepStrictEqual(renumberHeadings(m), []);
    assert.ok(out.endsWith('以上报告，请予评议。\n述职人：李某\n2025年1月8日'));
  });

  it('inserts a last section before the closing, and at the end of a text without one', () => {
    const withoutPlans = report.replace('二、下步打算\n一是压实责任。\n', '二、存在的问题\n一是监督偏软。\n');
    const out = insert(withoutPlans, 'plans');
    assert.ok(/\n一是监督偏软。\n三、下一步工作打算\n[^]*\n以上报告，请予评议。/.test(out), out);
    const bare = '2024年度全面从严治党述职报告\n一、履行职责情况\n二、存在的问题';
    const appended = insert(bare, 'plans');
    assert.ok(appended.startsWith(bare + '\n三、下一步工作打算\n一是'), appended);
    assert.ok(insert(bare + '\n', 'plans').startsWith(bare + '\n三、下一步工作打算\n'));
  });

  it('keeps every character of the report', () => {
    const out = insert(report, 'previous-rectification');
    const inserted = out.slice(out.indexOf('二、上年度'), out.indexOf('三、下步打算'));
    assert.strictEqual(out.replace(inserted, '').replace('三、下步打算', '二、下步打算'), report);
  });
});
