import * as assert from 'assert';
import { compileCustomRules } from '../../src/core';
import { doc, findings, fixed, spots } from './ruleHelpers';

describe('custom rules from settings', () => {
  const settings = {
    customRules: [
      { pattern: '微信工作群', message: '统一称“政务工作群”', replacement: '政务工作群' },
      { pattern: '(\\d+)个亿', message: '写作“亿元”', replacement: '$1亿元', severity: 'error' as const },
      { pattern: '局长', message: '称职务时加“同志”', replacement: '局长同志', severity: 'info' as const },
    ],
  };

  it('reports each match with its message and severity, and fixes with the replacement', () => {
    const text = doc('在微信工作群通知，投资3个亿，局长出席。');
    assert.deepStrictEqual(spots(text, 'custom', settings), ['微信工作群@warning', '3个亿@error', '局长@info']);
    assert.strictEqual(findings(text, 'custom', settings)[0].message.zh, '统一称“政务工作群”');
    // the third replacement would match its own pattern again: offered, never applied unasked
    assert.strictEqual(fixed(text, 'custom', settings), doc('在政务工作群通知，投资3亿元，局长出席。'));
  });

  it('reports patterns that do not compile instead of running them', () => {
    const { rules, problems } = compileCustomRules({ customRules: [{ pattern: '(', message: 'x' }, { pattern: 'a*', message: 'empty' }, { pattern: '', message: '' }] });
    assert.strictEqual(rules.length, 0);
    assert.strictEqual(problems.length, 3);
    assert.deepStrictEqual(spots(doc('正文'), 'custom', { customRules: [{ pattern: '(', message: 'x' }] }), []);
  });

  it('never looks into comments or front matter', () => {
    const text = '---\ngenre: 局长\n---\n标题\n<!-- 局长 -->\n正文。';
    assert.deepStrictEqual(spots(text, 'custom', settings), []);
  });
});
