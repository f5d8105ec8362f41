import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, lint, parseReport } from '../../src/core';

describe('the rules together', () => {
  it('report each spot once: masks are residue, short star runs are placeholders', () => {
    const text = '2024年度述责述廉报告\n一、学习情况\n认真学习《中国***廉洁自律准则》，到**镇调研X次。\n';
    const findings = lint(parseReport(text), ALL_RULES.filter((r) => r.id === 'placeholder' || r.id === 'site-residue'));
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

describe('the rule catalogue', () => {
  const root = path.resolve(__dirname, '../../..');
  const docs = fs.readFileSync(path.join(root, 'docs/rules.md'), 'utf8');
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { contributes: { configuration: { properties: Record<string, { enum?: string[] }> } } };

  it('documents every rule and gives each a severity setting', () => {
    for (const rule of ALL_RULES) {
      assert.match(docs, new RegExp(`^## ${rule.id}$`, 'm'), `docs/rules.md has no section for ${rule.id}`);
      const setting = manifest.contributes.configuration.properties[`reportAuthor.rules.${rule.id}`];
      assert.ok(setting, `no reportAuthor.rules.${rule.id} setting`);
      assert.deepStrictEqual(setting.enum, ['off', 'info', 'warning', 'error']);
    }
  });
});
