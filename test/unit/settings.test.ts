import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  ALL_RULES, EDITOR_SETTING_KEYS, LINT_SETTING_KEYS, lintSettingsFromValues, readGenreFiles, reportAuthorValues,
} from '../../src/core';

const root = path.resolve(__dirname, '../../..');

describe('reportAuthor.* settings as lint settings', () => {
  it('gives the defaults when nothing is set, without problems', () => {
    const { settings, problems } = lintSettingsFromValues({});
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(settings, {
      rules: {},
      placeholder: { extraPatterns: [], allow: [] },
      siteResidue: { extraPatterns: [] },
      typo: { extra: {}, ignore: [] },
      maxCharacters: 0,
      customRules: [],
    });
  });

  it('reads every key lint uses', () => {
    const { settings, problems } = lintSettingsFromValues({
      'rules.typo': 'off',
      'rules.spacing': 'error',
      'placeholder.extraPatterns': ['【待补充】'],
      'placeholder.allow': ['X-100'],
      'siteResidue.extraPatterns': ['^来源：某某文库$'],
      'typo.extra': { 签定: '签订' },
      'typo.ignore': ['其它'],
      maxCharacters: 3000,
      customRules: [{ pattern: '贯彻落实落实', message: '重复', replacement: '贯彻落实', severity: 'error', flags: 'u' }],
      genre: ' work-summary ',
      // the editor's own settings are no concern of lint, and no problem
      'preview.mode': 'continuous',
      'fonts.body': '仿宋',
    });
    assert.deepStrictEqual(problems, []);
    assert.deepStrictEqual(settings.rules, { typo: 'off', spacing: 'error' });
    assert.deepStrictEqual(settings.placeholder, { extraPatterns: ['【待补充】'], allow: ['X-100'] });
    assert.deepStrictEqual(settings.siteResidue, { extraPatterns: ['^来源：某某文库$'] });
    assert.deepStrictEqual(settings.typo, { extra: { 签定: '签订' }, ignore: ['其它'] });
    assert.strictEqual(settings.maxCharacters, 3000);
    assert.deepStrictEqual(settings.customRules, [{ pattern: '贯彻落实落实', message: '重复', replacement: '贯彻落实', severity: 'error', flags: 'u' }]);
    assert.strictEqual(settings.genre, 'work-summary');
  });

  it('leaves out each value of the wrong type and names its key and what was expected', () => {
    const { settings, problems } = lintSettingsFromValues({
      'rules.typo': 'loud',
      'rules.spacing': 2,
      'rules.no-such-rule': 'off',
      'rules.placeholder': 'warning',
      'placeholder.extraPatterns': '【待补充】',
      'placeholder.allow': ['X-100', 7],
      'siteResidue.extraPatterns': ['(unclosed'],
      'typo.extra': ['签定'],
      'typo.ignore': { 其它: true },
      maxCharacters: -5,
      customRules: [
        { pattern: '落实落实', message: '重复' },
        'not an object',
        { pattern: '抓手', severity: 'fatal', replacment: '举措' },
        { pattern: '([', message: '坏的模式' },
        { pattern: '', message: '空的模式' },
      ],
      genre: 42,
      'rule.typo': 'off',
    });
    const byKey = new Map(problems.map((p) => [p.key, p.message.en]));
    const expect = (key: string, text: RegExp) => assert.match(byKey.get(key) ?? `(no problem for ${key}: ${[...byKey.keys()].join(', ')})`, text);
    expect('reportAuthor.rules.typo', /must be one of "off", "info", "warning", "error" \(ignored\)/);
    expect('reportAuthor.rules.spacing', /must be one of/);
    expect('reportAuthor.rules.no-such-rule', /no such rule \(known: .*placeholder/);
    expect('reportAuthor.placeholder.extraPatterns', /must be an array of strings/);
    expect('reportAuthor.placeholder.allow[1]', /must be a string/);
    expect('reportAuthor.siteResidue.extraPatterns[0]', /not a valid regular expression/);
    expect('reportAuthor.typo.extra', /must be an object/);
    expect('reportAuthor.typo.ignore', /must be an array of strings/);
    expect('reportAuthor.maxCharacters', /must be a number, 0 or more/);
    expect('reportAuthor.customRules[1]', /must be an object/);
    expect('reportAuthor.customRules[2].message', /is missing/);
    expect('reportAuthor.customRules[2].severity', /must be one of error, warning, info, hint/);
    expect('reportAuthor.customRules[2].replacment', /unknown field/);
    expect('reportAuthor.customRules[3].pattern', /cannot be used/);
    expect('reportAuthor.customRules[4].pattern', /non-empty string/);
    expect('reportAuthor.genre', /must be a string/);
    expect('reportAuthor.rule.typo', /not a Report Author setting/);
    assert.strictEqual(problems.length, 17, problems.map((p) => p.key).join('\n'));
    assert.ok(problems.every((p) => p.message.zh.endsWith('（已忽略）')));

    // what was right is kept
    assert.deepStrictEqual(settings.rules, { placeholder: 'warning' });
    assert.deepStrictEqual(settings.placeholder, { extraPatterns: [], allow: ['X-100'] });
    assert.deepStrictEqual(settings.siteResidue, { extraPatterns: [] });
    assert.deepStrictEqual(settings.typo, { extra: {}, ignore: [] });
    assert.strictEqual(settings.maxCharacters, 0);
    assert.strictEqual(settings.genre, undefined);
    // the pattern that cannot compile is left to the rule to skip; the typed-wrong ones are gone
    assert.deepStrictEqual(settings.customRules?.map((r) => r.pattern), ['落实落实', '([']);
  });

  it('reads a typo.extra entry whose spelling is not a string as a problem, keeping the others', () => {
    const { settings, problems } = lintSettingsFromValues({ 'typo.extra': { 签定: '签订', 部署: 1 } });
    assert.deepStrictEqual(settings.typo?.extra, { 签定: '签订' });
    assert.deepStrictEqual(problems.map((p) => p.key), ['reportAuthor.typo.extra.部署']);
  });

  it('takes the reportAuthor.* keys of a settings.json, as VS Code does not per language', () => {
    const values = reportAuthorValues({
      'editor.fontSize': 14,
      'reportAuthor.rules.typo': 'warning',
      'reportAuthor.maxCharacters': 5000,
      '[gongwen]': { 'reportAuthor.rules.typo': 'off', 'editor.wordWrap': 'on' },
    });
    assert.deepStrictEqual(values, { 'rules.typo': 'warning', maxCharacters: 5000 });
  });

  it('knows every setting package.json contributes: lint reads it, or it belongs to the editor alone', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      contributes: { configuration: { properties: Record<string, { enum?: string[] }> } };
    };
    const contributed = Object.keys(pkg.contributes.configuration.properties).map((k) => k.replace(/^reportAuthor\./, ''));
    const known = new Set<string>([...LINT_SETTING_KEYS, ...EDITOR_SETTING_KEYS]);
    for (const key of contributed) {
      if (key.startsWith('rules.')) {
        assert.ok(ALL_RULES.some((r) => `rules.${r.id}` === key), `${key} names no rule`);
        assert.deepStrictEqual(pkg.contributes.configuration.properties[`reportAuthor.${key}`].enum, ['off', 'info', 'warning', 'error']);
      } else assert.ok(known.has(key), `reportAuthor.${key} is neither read by lint nor listed as an editor setting`);
    }
    for (const key of known) assert.ok(contributed.includes(key), `reportAuthor.${key} is not contributed in package.json`);
  });
});

describe('a folder of genre files', () => {
  const genre = (id: string) => JSON.stringify({ id, names: { zh: '审计整改情况报告', en: 'Audit follow-up report' }, sections: [{ id: 'findings', heading: '审计发现的问题' }] });

  it('keeps the usable genres and tells, per file, what is wrong with the others', () => {
    const reading = readGenreFiles([
      { name: 'a.json', text: genre('audit-report') },
      { name: 'b.json', text: '{ "id": ' },
      { name: 'c.json', text: genre('audit-report') },
      { name: 'd.json', readError: 'permission denied' },
      { name: 'e.json', text: JSON.stringify({ id: 'x', names: { zh: '某', en: 'Some' } }) },
    ], 'en');
    assert.deepStrictEqual(reading.genres.map((g) => g.id), ['audit-report']);
    assert.deepStrictEqual(reading.problems.map((p) => p.file.name), ['b.json', 'c.json', 'd.json', 'e.json']);
    assert.match(reading.problems[0].message, /^b\.json: is not valid JSON/);
    assert.strictEqual(reading.problems[1].message, 'c.json: id: repeats the id of another genre in this folder: "audit-report"');
    assert.strictEqual(reading.problems[2].message, 'd.json: permission denied');
    assert.match(reading.problems[3].message, /^e\.json: sections: is missing/);
  });
});
