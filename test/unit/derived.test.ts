import * as assert from 'assert';
import { ALL_RULES, Derived, lint, parseReport } from '../../src/core';

describe('values derived from a model', () => {
  const text = '关于某项工作的报告\n\n一、主要做法\n\n今年开展检查X次。\n';

  it('are kept per model and computed once for each', () => {
    const lengths = new Derived<number>();
    const first = parseReport(text);
    const second = parseReport(text);
    assert.strictEqual(lengths.get(first), undefined);
    assert.strictEqual(lengths.set(first, 1), 1);
    assert.strictEqual(lengths.get(first), 1);
    assert.strictEqual(lengths.get(second), undefined);
    const other = new Derived<string>();
    other.set(first, 'a');
    assert.strictEqual(lengths.get(first), 1);
    assert.strictEqual(other.get(first), 'a');
  });

  it('leave no trace in the model when it is compared or printed', () => {
    const linted = parseReport(text);
    lint(linted, ALL_RULES);
    assert.deepStrictEqual(linted, parseReport(text));
    assert.strictEqual(JSON.stringify(linted), JSON.stringify(parseReport(text)));
  });
});
