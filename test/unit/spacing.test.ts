import * as assert from 'assert';
import { applyEdits, cleanUpTemplate, lint, parseReport, ruleById } from '../../src/core';
import { assertQuiet, doc, fixed, spots } from './ruleHelpers';

const rule = 'spacing';

describe('spacing', () => {
  it('removes spaces left inside Chinese text and around its punctuation', () => {
    assert.strictEqual(fixed(doc('有时 未能第 一时间跟进学习 。'), rule), doc('有时未能第一时间跟进学习。'));
    assert.strictEqual(fixed(doc('一是 理论学习不深，  二是调研不够。'), rule), doc('一是理论学习不深，二是调研不够。'));
  });

  it('puts no space between Chinese and digits or Latin letters', () => {
    assert.strictEqual(fixed(doc('2025 年开展检查 4 次，使用 Excel 统计。'), rule), doc('2025年开展检查4次，使用Excel统计。'));
    assertQuiet(rule, [doc('通过ISO 27001认证，使用Microsoft Word编辑。'), doc('详见 https://example.cn/a 的说明。')]);
  });

  it('leaves the aligned name of a 落款 alone, and spaced-out titles are information', () => {
    assertQuiet(rule, ['述职报告\n正文。\n述职人：王  伟\n2025年1月5日']);
    assert.deepStrictEqual(spots('述 职 报 告\n正文。', rule), [' @info', ' @info', ' @info']);
  });

  it('finds a sentence broken across lines, and joins it only when asked', () => {
    const text = doc('一、问题', '在推进工作过程中，有时对一些困难估计不足，导致部分工作进展比预期', '要慢一些。');
    assert.strictEqual(spots(text, rule).length, 1);
    assert.strictEqual(fixed(text, rule), text);
    const f = lint(parseReport(text), [ruleById(rule)!])[0];
    assert.strictEqual(applyEdits(text, f.fixes[0].edits).text, doc('一、问题', '在推进工作过程中，有时对一些困难估计不足，导致部分工作进展比预期要慢一些。'));
    assert.strictEqual(cleanUpTemplate(text).text, doc('一、问题', '在推进工作过程中，有时对一些困难估计不足，导致部分工作进展比预期要慢一些。'));
    // a line that ends with a comma, and a line that starts with a mark that cannot start a line
    assert.strictEqual(spots(doc('全年开展检查，', '发现问题12个。'), rule).length, 1);
    assert.strictEqual(spots(doc('全年开展检查', '，发现问题12个。'), rule).length, 1);
  });

  it('does not join short label lines, headings or separate paragraphs', () => {
    assertQuiet(rule, [
      doc('一、问题', '产生问题的原因', '一是学习不够。'),
      doc('一、问题', '全年开展检查12次。', '发现问题12个。'),
      doc('一、问题', '全年开展检查12次，发现问题', '', '二、打算'),
    ]);
  });
});
