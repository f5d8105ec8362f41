import * as assert from 'assert';
import { assertQuiet, doc, findings, fixed, quickFixed, spots } from './ruleHelpers';

describe('enumeration-order', () => {
  it('is quiet on lists that count on, within a paragraph and across paragraphs', () => {
    assertQuiet('enumeration-order', [
      doc('一、问题', '一是学习不深；二是调研不够；三是标准不高。'),
      doc('三、打算', '一是强化担当，扎实履职。', '二是强化武装，注重实效。', '三是正风肃纪，从严问责。'),
      doc('一、做法', '首先，加强学习；其次，深入调研；最后，狠抓落实。'),
      doc('一、做法', '第一，压实责任。第二，完善制度。第三，强化监督。'),
      doc('一、甲', '一是学习。二是调研。', '二、乙', '一是整改。二是提高。'),
      doc('一、甲', '做到一是一、二是二，实事求是。'),
      doc('一、甲', '第一、二季度完成投资3亿元。'),
    ]);
  });

  it('reports a gap and a repeat (N10) with a fix that is offered, not applied unasked', () => {
    const text = doc('一、问题', '一是学习不深；二是调研不够；四是标准不高。');
    assert.deepStrictEqual(spots(text, 'enumeration-order'), ['四是@warning']);
    assert.strictEqual(quickFixed(text, 'enumeration-order'), doc('一、问题', '一是学习不深；二是调研不够；三是标准不高。'));
    assert.strictEqual(fixed(text, 'enumeration-order'), text);
    assert.deepStrictEqual(spots(doc('一、甲', '一是甲。', '二是乙。', '二是丙。'), 'enumeration-order'), ['二是@warning']);
  });

  it('reports mixed families in one list (首先……其次……第三)', () => {
    const text = doc('一、做法', '首先，加强学习；其次，深入调研；第三，狠抓落实。');
    const [f] = findings(text, 'enumeration-order');
    assert.strictEqual(text.slice(f.start, f.end), '第三');
    assert.match(f.message.zh, /混用/);
    assert.strictEqual(quickFixed(text, 'enumeration-order'), doc('一、做法', '首先，加强学习；其次，深入调研；再次，狠抓落实。'));
  });

  it('writes a comma after 第一 and 首先 (N5)', () => {
    assert.strictEqual(fixed(doc('一、做法', '第一、压实责任。第二：完善制度。'), 'enumeration-order'), doc('一、做法', '第一，压实责任。第二，完善制度。'));
    assert.strictEqual(fixed(doc('一、做法', '首先、加强学习。'), 'enumeration-order'), doc('一、做法', '首先，加强学习。'));
  });

  it('notes a list that starts in the middle as information', () => {
    assert.deepStrictEqual(spots(doc('一、甲', '二是调研不够。'), 'enumeration-order'), ['二是@info']);
  });
});
