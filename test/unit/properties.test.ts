import * as assert from 'assert';
import fc from 'fast-check';
import { ALL_RULES, fixAll, lint, parseReport, Rule, RuleFinding } from '../../src/core';

// Pieces real reports and pasted templates are made of, right and wrong, so random documents reach
// every rule: markers of every form, both widths of punctuation, quotes, spaces, dates, residue.
const starts = [
  '一、', '二、', '四、', '（一）', '（二）', '(三)', '（一）、', '1.', '2、', '（1）', '①、', '一.', '## 三、', '一是', '二是', '四是',
  '第一、', '首先，', '其次，', '第三，', '——', '--', '“', '"', '《', '', '', '', ' ', '\u3000\u3000',
];
const pieces = [
  '加强学习', '履职尽责', '存在的问题', '下一步打算', '全面从严治党', '一岗双责', '四个意识', '签定责任书', '按步就班', '截止2024年底',
  '，', '。', '、', '；', '：', '？', '！', ',', '.', ';', ':', '?', '!', '(', ')', '（', '）', '“', '”', '‘', '’', '"', "'", '《', '》', '【', '】',
  '...', '…', '……', '。。', '，，', '--', '—', '——', ' ', '  ', '\u3000', '\t',
  '3.5', '3,000', '12', '１２', '２０２４', '2024年01月05日', '二〇二三年8月', '党的20大', '5百人', '15~30%', '三、四次', '”、“', '》、《',
  'X', 'XX', '20XX年', '××', '【单位名称】', '##paidbegin##', '##paidend##', '第1页 共5页',
  'https://example.cn/a,b', '`code, here.`', 'Excel', 'for commercial use.', '〔2023〕', 'f(x)', '2023—2024年', '北京—上海',
];
const line = fc.tuple(fc.constantFrom(...starts), fc.array(fc.constantFrom(...pieces), { maxLength: 12 }))
  .map(([s, ps]) => s + ps.join(''));
const documents = fc.tuple(
  fc.constantFrom('2024年度述职报告', '2024年度全面从严治党述职报告', '工作总结', '', '《述职报告》。'),
  fc.array(line, { maxLength: 14 }),
  fc.constantFrom('\n', '\r\n'),
  fc.constantFrom('', '\n以上述职，请予评议。\n述职人：王伟\n2025年01月05日', '\n<!-- report-author-disable punctuation -->\n正文,'),
).map(([title, lines, eol, tail]) => [title, ...lines].join(eol) + tail.replace(/\n/g, eol));

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;
const han = (s: string) => (s.match(HAN) ?? []).join('');

/** The rules whose fixes may change Chinese characters, and say so: misspellings, numbers, residue. */
const MAY_CHANGE_HAN = new Set(['typo', 'number-format', 'site-residue', 'custom']);

describe('properties of the rules on random documents', () => {
  it('every finding and every fix edit lies inside the text', () => {
    fc.assert(fc.property(documents, (text) => {
      for (const f of lint(parseReport(text), ALL_RULES)) {
        assert.ok(f.start >= 0 && f.start <= f.end && f.end <= text.length, `${f.rule} ${f.start}-${f.end} of ${text.length}`);
        for (const fix of f.fixes) for (const e of fix.edits) assert.ok(e.start >= 0 && e.start <= e.end && e.end <= text.length, `${f.rule} fix edit`);
      }
    }), { numRuns: 300 });
  });

  it('fix-all twice equals fix-all once', () => {
    fc.assert(fc.property(documents, (text) => {
      const once = fixAll(text, ALL_RULES).text;
      assert.strictEqual(fixAll(once, ALL_RULES).text, once);
    }), { numRuns: 300 });
  });

  it('fix-all never removes or alters a Chinese character except where a typo, number or residue fix says so', () => {
    const violations: string[] = [];
    // each rule wrapped so every safe fix is checked on the very text fix-all applies it to
    const watched: Rule[] = ALL_RULES.map((rule) => ({
      ...rule,
      check(context): RuleFinding[] {
        const found = rule.check(context);
        if (MAY_CHANGE_HAN.has(rule.id)) return found;
        const text = context.model.text;
        for (const f of found) {
          const fix = f.fixes?.find((x) => x.safe);
          for (const e of fix?.edits ?? []) {
            if (han(text.slice(e.start, e.end)) !== han(e.newText)) violations.push(`${rule.id}: “${text.slice(e.start, e.end)}” → “${e.newText}”`);
          }
        }
        return found;
      },
    }));
    fc.assert(fc.property(documents, (text) => {
      violations.length = 0;
      fixAll(text, watched);
      assert.deepStrictEqual(violations, []);
      // and end to end: without the rules that may, the Chinese text comes out as it went in
      const others = ALL_RULES.filter((r) => !MAY_CHANGE_HAN.has(r.id));
      assert.strictEqual(han(fixAll(text, others).text), han(text));
    }), { numRuns: 300 });
  });
});
