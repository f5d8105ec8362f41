import * as assert from 'assert';
import { applyEdits, fixAll, ALL_RULES } from '../../src/core';
import { findings, spots } from './ruleHelpers';

const report = (...lines: string[]) => lines.join('\n');

describe('missing-section and section-order', () => {
  it('reports a required section that is missing, where it belongs, and inserts it numbered', () => {
    const text = report(
      '2024年度全面从严治党述职报告',
      '现将本人2024年度履行全面从严治党主体责任情况报告如下。',
      '一、履行职责情况',
      '全年专题研究6次。',
      '二、下一步工作打算',
      '持续压实责任。',
      '以上报告，请予评议。',
      '述职人：李明',
      '2025年1月20日',
    );
    const found = findings(text, 'missing-section');
    assert.strictEqual(found.length, 1);
    const [f] = found;
    assert.strictEqual(f.severity, 'warning');
    assert.strictEqual(text.slice(f.start, f.end), '二、');
    assert.match(f.message.zh, /缺少“存在的主要问题”部分/);
    const fix = f.fixes[0];
    assert.ok(!fix.safe);
    const after = applyEdits(text, fix.edits).text;
    const lines = after.split('\n');
    assert.ok(lines.includes('二、存在的主要问题'), after);
    assert.ok(lines.includes('三、下一步工作打算'), after);
    // the inserted section is itself complete: nothing is missing any more
    assert.deepStrictEqual(findings(after, 'missing-section').filter((x) => x.severity === 'warning'), []);
    // never inserted by fix-all
    assert.strictEqual(fixAll(text, ALL_RULES.filter((r) => r.id === 'missing-section')).text, text);
  });

  it('takes the genre from front matter, names unknown genres, and falls back to a frame that requires nothing', () => {
    const body = ['一、主要工作', '正文。'];
    assert.strictEqual(findings(report('---', 'genre: work-summary', '---', '工作情况', ...body), 'missing-section').filter((f) => f.severity === 'warning').length, 2);
    const unknown = report('---', 'genre: 通讯稿', '---', '工作情况', ...body);
    const f = findings(unknown, 'missing-section')[0];
    assert.strictEqual(unknown.slice(f.start, f.end), '通讯稿');
    assert.deepStrictEqual(findings(report('关于某事的说明', ...body), 'missing-section').filter((x) => x.severity === 'warning'), []);
    // the setting names a genre for reports whose title does not tell
    assert.strictEqual(findings(report('关于某事的说明', ...body), 'missing-section', { genre: 'work-summary' }).filter((x) => x.severity === 'warning').length, 2);
  });

  it('notes a missing opening, closing sentence, signature and date as information', () => {
    const text = report('2024年度述职报告', '一、履职尽责，推动工作落实', '正文。', '二、存在的问题和不足', '正文。', '三、下一步打算', '正文。');
    const info = spots(text, 'missing-section');
    assert.strictEqual(info.length, 4);
    assert.ok(info.every((s) => s.endsWith('@info')));
    const closing = findings(text, 'missing-section').find((x) => /结束语/.test(x.message.zh))!;
    assert.strictEqual(applyEdits(text, closing.fixes[0].edits).text, text + '\n以上述职，请予评议。');
  });

  it('keeps CRLF line breaks in what it inserts', () => {
    const text = report('2024年度述职报告', '现将情况报告如下。', '一、履职尽责，推动工作落实', '正文。', '二、下一步打算', '正文。').replace(/\n/g, '\r\n');
    const f = findings(text, 'missing-section').find((x) => x.severity === 'warning')!;
    const after = applyEdits(text, f.fixes[0].edits).text;
    assert.ok(!/[^\r]\n/.test(after), JSON.stringify(after));
  });

  it('takes a heading that names the problems with their causes for both parts', () => {
    const text = report(
      '2025年度民主生活会个人对照检查材料',
      '现将个人对照检查情况报告如下。',
      '一、存在的问题及原因分析',
      '一是学习不够深入。究其原因，是思想上有所放松。',
      '二、整改措施',
      '一是制定学习计划。',
      '以上对照检查，请同志们批评指正。',
    );
    assert.deepStrictEqual(spots(text, 'missing-section'), []);
    assert.deepStrictEqual(spots(text, 'section-order'), []);
    // in a 述职 the same heading names the problems, so nothing is missing
    const review = report(
      '2025年度个人述职报告', '现将情况报告如下。', '一、履职尽责，推动工作落实', '正文。', '二、问题及原因分析', '正文。',
      '三、下一步打算', '正文。', '以上述职，请予评议。', '述职人：李明', '2026年1月5日',
    );
    assert.deepStrictEqual(spots(review, 'missing-section'), []);
  });

  it('notes sections out of the usual order as information', () => {
    const text = report('2024年度述职报告', '现将情况报告如下。', '一、存在的问题和不足', '正文。', '二、履职尽责，推动工作落实', '正文。', '三、下一步打算', '正文。');
    assert.deepStrictEqual(spots(text, 'section-order').map((s) => s.split('@')[1]), ['info']);
    assert.match(findings(text, 'section-order')[0].message.zh, /一般在“存在的问题和不足”之前/);
  });
});
