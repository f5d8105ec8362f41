import * as assert from 'assert';
import { ALL_RULES, lint, parseReport } from '../../src/core';

describe('the rules together', () => {
  it('report each spot once: masks are residue, short star runs are placeholders', () => {
    const text = '2024年度述责述廉报告\n一、学习情况\n认真学习《中国***廉洁自律准则》，到**镇调研X次。\n';
    const findings = lint(parseReport(text), ALL_RULES);
    const spots = findings.map((f) => `${f.rule}:${text.slice(f.start, f.end)}`);
    assert.deepStrictEqual(spots.sort(), ['placeholder:**', 'placeholder:X', 'site-residue:***'].sort());
  });

  it('every rule has an id, messages in both languages and a default severity', () => {
    const ids = new Set<string>();
    for (const rule of ALL_RULES) {
      assert.match(rule.id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(!ids.has(rule.id), `duplicate rule id ${rule.id}`);
      ids.add(rule.id);
      assert.ok(rule.description.zh && rule.description.en);
      assert.ok(['error', 'warning', 'info', 'hint'].includes(rule.defaultSeverity));
    }
  });
});
