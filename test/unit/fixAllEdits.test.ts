import * as assert from 'assert';
import fc from 'fast-check';
import { ALL_RULES, applyEdits, cleanUpTemplate, composeEdits, fixAll, TextEdit } from '../../src/core';

describe('fix-all edits', () => {
  it('compose two rounds of edits into one round on the original text', () => {
    const editsOn = (text: string) => fc.array(fc.record({
      start: fc.nat(text.length), len: fc.nat(3), newText: fc.constantFrom('', 'x', '，', 'yz'),
    }), { maxLength: 6 }).map((raw) => {
      const sorted = raw.map((r) => ({ start: r.start, end: Math.min(text.length, r.start + r.len), newText: r.newText })).sort((a, b) => a.start - b.start || a.end - b.end);
      return applyEdits(text, sorted).applied;
    });
    fc.assert(fc.property(
      fc.string({ maxLength: 20 }).chain((t0) => editsOn(t0).chain((e1) => {
        const t1 = applyEdits(t0, e1).text;
        return editsOn(t1).map((e2) => ({ t0, e1, t1, e2 }));
      })),
      ({ t0, e1, t1, e2 }) => {
        const t2 = applyEdits(t1, e2).text;
        const composed = composeEdits(t1, e1, e2);
        const r = applyEdits(t0, composed);
        assert.strictEqual(r.text, t2);
        assert.strictEqual(r.skipped.length, 0);
        for (let i = 1; i < composed.length; i++) assert.ok(composed[i].start > composed[i - 1].end, 'edits touch');
      },
    ), { numRuns: 500 });
  });

  it('give only what changed, in one round, even over several passes', () => {
    const text = '标题\n一. 总体情况\n工作, 推动落实...签定责任书。\n';
    const result = fixAll(text, ALL_RULES);
    assert.strictEqual(applyEdits(text, result.edits).text, result.text);
    assert.strictEqual(result.text, '标题\n一、总体情况\n工作，推动落实……签订责任书。\n');
    // each edit covers a changed spot (touching spots merge), not the whole line
    assert.strictEqual(result.edits.length, 3, JSON.stringify(result.edits));
    assert.ok(result.edits.every((e: TextEdit) => e.end - e.start <= 5), JSON.stringify(result.edits));
  });

  it('leave a fix that reaches across the cursor for later', () => {
    const text = '标题\n有时  未能跟进学习。\n';
    const cursor = text.indexOf(' ') + 1;
    assert.strictEqual(fixAll(text, ALL_RULES, {}, { keepOffsets: [cursor] }).text, text);
    assert.strictEqual(fixAll(text, ALL_RULES, {}, { keepOffsets: [cursor - 1] }).text, '标题\n有时未能跟进学习。\n');
  });

  it('fix one rule only when asked', () => {
    const text = '标题\n工作, 推动 落实。\n';
    assert.strictEqual(fixAll(text, ALL_RULES, {}, { onlyRule: 'spacing' }).text, '标题\n工作, 推动落实。\n');
    assert.strictEqual(fixAll(text, ALL_RULES, {}, 'punctuation').text, '标题\n工作，推动 落实。\n');
  });
});

describe('cleaning up a pasted template', () => {
  it('removes residue, fixes widths and spacing, joins broken lines and reports what it did', () => {
    const text = [
      '2024年度述职报告',
      '一、履职情况##paidbegin##',
      '全年开展专题学习１２次,撰写心得体会 4 篇,在推进工作过程中有时对一些困难估计不足，导致部分工作进展比预期',
      '要慢一些。',
      '##paidend##',
    ].join('\n');
    const result = cleanUpTemplate(text);
    assert.strictEqual(result.text, [
      '2024年度述职报告',
      '一、履职情况',
      '全年开展专题学习12次，撰写心得体会4篇，在推进工作过程中有时对一些困难估计不足，导致部分工作进展比预期要慢一些。',
    ].join('\n'));
    assert.strictEqual(applyEdits(text, result.edits).text, result.text);
    const counts = Object.fromEntries(result.counts.map((c) => [c.rule, c.count]));
    assert.deepStrictEqual(counts, { 'site-residue': 2, spacing: 3, punctuation: 2, 'number-format': 1 });
    // placeholders are the user's to fill: untouched
    assert.strictEqual(cleanUpTemplate('标题\n全年开展学习X次。').text, '标题\n全年开展学习X次。');
  });
});
