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

  it('leaves the blanks of a date left to fill in (the placeholder rule reports the date)', () => {
    for (const text of ['述职报告\n正文。\n述职人：王伟\n　　年　月　日', '述职报告\n正文。\n述职人：王伟\n2025年  月  日', doc('会议于2025年12月　日召开。')]) {
      assert.deepStrictEqual(spots(text, rule), [], text);
      assert.strictEqual(fixed(text, rule), text);
    }
    // nor the blanks of brackets left to fill in
    for (const text of [doc('共发现问题（ ）个，整改（　　）个。'), doc('报送单位：【 】')]) {
      assert.deepStrictEqual(spots(text, rule), [], text);
      assert.strictEqual(fixed(text, rule), text);
    }
    // a stray space in a filled-in date or in prose is still one
    assert.strictEqual(fixed(doc('今年 月度考核排名第一，2025年 12月 5日召开。'), rule), doc('今年月度考核排名第一，2025年12月5日召开。'));
  });

  it('leaves the space between jointly issuing bodies, and only there', () => {
    const joint = [
      doc('认真学习中共中央办公厅 国务院办公厅印发的《关于健全基层疾病预防控制体系的意见》。'),
      doc('按照中共中央 国务院《关于……的意见》要求，抓好落实。'),
      doc('省委办公厅 省政府办公厅联合印发的实施方案，我们认真落实。'),
      doc('在市委 市政府的正确领导下，县纪委监委 县委组织部联合开展专项检查。'),
      doc('按照党中央 国务院决策部署，根据财政部 税务总局公告，落实减税政策。'),
      doc('在XX县委 XX县人民政府的领导下，县疾控中心 县人民医院联合开展演练。'),
    ];
    for (const text of joint) {
      assert.deepStrictEqual(spots(text, rule), [], text);
      assert.strictEqual(fixed(text, rule), text);
    }
    // one side is no body's name, or a common word only ends like one
    assert.strictEqual(fixed(doc('全部 工作都已完成，县委 书记带队调研。'), rule), doc('全部工作都已完成，县委书记带队调研。'));
    assert.deepStrictEqual(spots(doc('发挥大局 市政府作用，落实全市干部 县委部署的任务。'), rule), [' @warning', ' @warning']);
  });

  it('leaves the spaces between the parts of a title and in a byline, not in sentences or headings', () => {
    for (const text of [
      '凝心聚力抓质量 守正创新促发展\n——城东中学校长2025年度述职报告\n正文。',
      '守初心 担使命 找差距 抓落实\n正文。',
      doc('县财政局副局长 周文博', '正文。'),
      doc('县财政局 副局长 周文博', '正文。'),
      doc('述职人 张三', '正文。'),
      '# 2025年度个人述职报告\n\n**县财政局副局长 周文博**\n\n正文。',
      // the name still a template's slot (the placeholder rule reports it)
      doc('XX县文化广电和旅游局局长 XXX', '正文。'),
      doc('县财政局副局长 ×××', '正文。'),
      '2025年度述职报告\n——××大学××学院院长  （姓名）\n正文。',
      doc('县财政局副局长 【姓名】', '正文。'),
    ]) assert.deepStrictEqual(spots(text, rule), [], text);
    assert.deepStrictEqual(spots(doc('全县完成 XXX 项目建设。'), rule), [' @warning', ' @warning']);
    // a bracket in a sentence or after no position is no name's slot
    assert.deepStrictEqual(spots(doc('开展检查 （含下属单位）12次。', '主要做法 （姓名）'), rule), [' @warning', ' @warning']);
    // a title that is no two parts: a stray space, as information
    assert.deepStrictEqual(spots('2025年度述职 报告\n正文。', rule), [' @info']);
    assert.deepStrictEqual(spots(doc('一、主要 做法', '产生问题的 原因', '县财政局副局长 周文博负责预算工作。'), rule), [' @warning', ' @warning', ' @warning']);
  });

  it('leaves a page number alone: its spaces touch no Chinese character', () => {
    const text = doc('一、情况', '全年开展督查12次，', '— 3 —', '发现问题45个。', '', '- 4 -');
    assert.deepStrictEqual(spots(text, rule), []);
    assert.strictEqual(fixed(text, rule), text);
    assert.deepStrictEqual(spots(doc('第 5 页', '问题。 3个'), rule), [' @warning', ' @warning', ' @warning']);
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
