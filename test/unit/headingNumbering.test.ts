import * as assert from 'assert';
import { applyEdits } from '../../src/core';
import { doc, findings, fixed, quickFixed, serious, spots, assertQuiet } from './ruleHelpers';

describe('heading-numbering', () => {
  it('rewrites wrong marker forms (N1–N6) and is quiet on the right ones', () => {
    const cases: [string, string][] = [
      ['（一）、工作成效', '（一）工作成效'],
      ['(一)工作成效', '（一）工作成效'],
      ['一.总体情况', '一、总体情况'],
      ['一，总体情况', '一、总体情况'],
      ['一：总体情况', '一、总体情况'],
      ['（1）、开展检查', '（1）开展检查'],
      ['①、制度建设', '①制度建设'],
    ];
    for (const [wrong, right] of cases) {
      assert.strictEqual(fixed(doc(wrong), 'heading-numbering'), doc(right), wrong);
      assert.deepStrictEqual(serious(doc(right), 'heading-numbering'), [], right);
    }
    assert.strictEqual(fixed(doc('一、总体', '（一）学习', '1、加强学习'), 'heading-numbering'), doc('一、总体', '（一）学习', '1.加强学习'));
  });

  it('removes the space after a marker (N11)', () => {
    assert.strictEqual(fixed(doc('一、 履职情况'), 'heading-numbering'), doc('一、履职情况'));
    assert.strictEqual(fixed(doc('一、履职', '（一）\u3000学习'), 'heading-numbering'), doc('一、履职', '（一）学习'));
  });

  it('reports a gap and a repeat within a level, per parent (N7)', () => {
    const text = doc('一、甲', '二、乙', '四、丙', '（一）子', '（二）子', '（二）子');
    assert.deepStrictEqual(spots(text, 'heading-numbering'), ['四、@warning', '（二）@warning']);
    const gap = findings(text, 'heading-numbering')[0];
    assert.match(gap.message.zh, /此处应为“三、”/);
    // numbering restarts under each parent
    assertQuiet('heading-numbering', [doc('一、甲', '（一）子', '（二）子', '二、乙', '（一）子', '1.孙', '2.孙', '（二）子', '1.孙')]);
  });

  it('counts headings written in Markdown bold like any others', () => {
    assert.deepStrictEqual(spots(doc('**一、甲**', '**（一）子**', '**三、乙**'), 'heading-numbering'), ['三、@warning']);
    assertQuiet('heading-numbering', [doc('**一、甲**', '**（一）子**', '1.孙', '**二、乙**')]);
  });

  it('offers to change one number and to renumber the level, never applied unasked', () => {
    const text = doc('一、甲', '二、乙', '四、丙', '五、丁');
    const f = findings(text, 'heading-numbering')[0];
    assert.ok(f.fixes.every((x) => !x.safe));
    assert.strictEqual(quickFixed(text, 'heading-numbering', 0, 0), doc('一、甲', '二、乙', '三、丙', '五、丁'));
    assert.strictEqual(quickFixed(text, 'heading-numbering', 0, 1), doc('一、甲', '二、乙', '三、丙', '四、丁'));
    assert.strictEqual(fixed(text, 'heading-numbering'), text);
  });

  it('renumbers only the level and parent of the heading', () => {
    const text = doc('一、甲', '（一）子', '（三）子', '二、乙', '（二）子');
    const first = findings(text, 'heading-numbering')[0];
    assert.strictEqual(text.slice(first.start, first.end), '（三）');
    const level = first.fixes.find((x) => x.title.en === 'Renumber the headings of this level')!;
    const all = first.fixes.find((x) => x.title.en === 'Renumber all headings')!;
    assert.ok(level && all);
    assert.deepStrictEqual(level.edits.map((e) => e.newText), ['（二）']);
    assert.deepStrictEqual(all.edits.map((e) => e.newText).sort(), ['（一）', '（二）']);
  });

  it('points out a heading of another family standing where a sibling belongs (N9)', () => {
    const text = doc('一、甲', '（二）乙');
    const [f] = findings(text, 'heading-numbering');
    assert.strictEqual(text.slice(f.start, f.end), '（二）');
    assert.match(f.message.zh, /应为“二、”/);
    assert.strictEqual(quickFixed(text, 'heading-numbering'), doc('一、甲', '二、乙'));
  });

  it('notes skipped levels as information only (N8)', () => {
    assert.deepStrictEqual(spots(doc('一、甲', '1.加强学习', '2.加强调研'), 'heading-numbering'), ['1.@info']);
    assert.deepStrictEqual(spots(doc('（一）甲', '一、乙'), 'heading-numbering'), ['（一）@info']);
    // a short report that uses （一） throughout, with no 一、 at all, is not told anything
    assertQuiet('heading-numbering', [doc('（一）甲', '（二）乙')]);
    assert.deepStrictEqual(spots(doc('（一）甲', '（二）乙'), 'heading-numbering'), []);
  });

  it('counts run-in headings set in bold, and fixes their markers inside the marks', () => {
    const text = doc('一、主要工作', '**（一）抓学习。**全年学习12次。', '**（三）抓落实。**完成任务8项。', '**（四）、抓作风。**开展检查3次。');
    assert.deepStrictEqual(spots(text, 'heading-numbering'), ['（三）@warning', '（四）、@warning']);
    assert.strictEqual(fixed(text, 'heading-numbering'), doc('一、主要工作', '**（一）抓学习。**全年学习12次。', '**（三）抓落实。**完成任务8项。', '**（四）抓作风。**开展检查3次。'));
    const all = findings(text, 'heading-numbering')[0].fixes.find((x) => x.title.en === 'Renumber the headings of this level')!;
    assert.strictEqual(applyEdits(text, all.edits).text, doc('一、主要工作', '**（一）抓学习。**全年学习12次。', '**（二）抓落实。**完成任务8项。', '**（三）抓作风。**开展检查3次。'));
  });

  it('leaves numbers that are not headings alone', () => {
    assertQuiet('heading-numbering', [doc('2023年完成投资1.5亿元。', '三、四月份完成验收。', '十分重视安全工作。')]);
  });
});
