import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  BUILTIN_GENRES, dateVariables, describeGenreProblems, expandSnippet, GENRE_FILE_FIELDS, genreFromJson, inferGenre, mergeGenres,
  missingSections, parseGenreFile, parseReport, wholeReportSnippet,
} from '../../src/core';

const root = path.resolve(__dirname, '../../..');

const audit = {
  id: 'audit-report',
  names: { zh: '审计整改情况报告', en: 'Audit follow-up report' },
  titlePatterns: ['审计.{0,12}整改'],
  prefixes: ['sjzg', '审计整改'],
  title: '${1:【单位名称】}关于${2:20XX}年度审计发现问题整改情况的报告',
  opening: '根据${1:【单位名称】}审计报告反馈意见，现将整改情况报告如下。',
  sections: [
    { id: 'findings', heading: '审计发现的问题', patterns: ['发现的问题'], body: '审计共发现问题${1:X}个。' },
    { id: 'rectification', heading: '整改落实情况', aliases: ['整改情况'], subsections: [{ heading: '健全制度', body: '修订制度${1:X}项。' }] },
    { id: 'next', heading: '下一步工作', required: false },
  ],
  closing: ['特此报告。'],
  signature: { kind: 'unit' },
};

describe('workspace genre files', () => {
  it('reads a genre with defaults filled in, usable like a built-in one', () => {
    const { genre, problems } = genreFromJson(audit);
    assert.deepStrictEqual(problems, []);
    assert.ok(genre);
    assert.strictEqual(genre.sections[1].subsections[0].style, 'run-in');
    assert.strictEqual(genre.sections[1].subsections[0].id, 'rectification-1');
    assert.deepStrictEqual(genre.opening, [audit.opening]);
    assert.strictEqual(genre.sections[0].required, true);

    const genres = mergeGenres(BUILTIN_GENRES, [genre]);
    const text = expandSnippet(wholeReportSnippet(genre), dateVariables(new Date(2025, 0, 8))).text;
    const model = parseReport(text);
    assert.strictEqual(inferGenre(model, genres).id, 'audit-report');
    assert.deepStrictEqual(missingSections(model, genre), []);
    assert.ok(text.includes('一、审计发现的问题\n审计共发现问题X个。\n二、整改落实情况\n（一）健全制度。修订制度X项。\n特此报告。\n【单位名称】\n2025年1月8日'), text);
  });

  it('puts workspace genres first, replaces a built-in of the same id, keeps the fallback last', () => {
    const own = genreFromJson(audit).genre!;
    const replaced = genreFromJson({ ...audit, id: 'work-summary', titlePatterns: ['工作总结'] }).genre!;
    const genres = mergeGenres(BUILTIN_GENRES, [own, replaced]);
    assert.deepStrictEqual(genres.map((g) => g.id).slice(0, 2), ['audit-report', 'work-summary']);
    assert.strictEqual(genres.filter((g) => g.id === 'work-summary').length, 1);
    assert.strictEqual(genres[genres.length - 1].id, 'generic');
    assert.strictEqual(inferGenre(parseReport('2024年工作总结\n'), genres), replaced);
  });

  it('names the file and the field of every problem, in both languages', () => {
    const broken = {
      ...audit,
      id: 'Audit Report',
      titlePatterns: ['审计(整改'],
      sections: [{ id: 'findings', heading: '' }, { id: 'findings', heading: '整改', body: 3 }, { heading: '下一步', secton: true }],
      signature: { kind: 'boss' },
    };
    const { genre, problems } = genreFromJson(broken);
    assert.strictEqual(genre, undefined);
    assert.deepStrictEqual(problems.map((p) => p.path), [
      'id', 'sections[0].heading', 'sections[1].body', 'sections[2].secton', 'sections[2].id', 'titlePatterns[0]', 'signature.kind',
    ]);
    const en = describeGenreProblems('.vscode/report-author/genres/audit.json', problems, 'en');
    assert.ok(en.includes('.vscode/report-author/genres/audit.json: titlePatterns[0]: is not a valid regular expression'), en);
    assert.ok(en.includes('audit.json: sections[2].secton: unknown field'), en);
    const zh = describeGenreProblems('audit.json', problems, 'zh');
    assert.ok(zh.includes('audit.json: sections[0].heading: 应为非空字符串'), zh);
  });

  it('reports a repeated section id and missing required fields', () => {
    const { problems } = genreFromJson({ id: 'x', names: { zh: '甲' }, sections: [{ id: 'a', heading: '甲' }, { id: 'a', heading: '乙' }] });
    assert.deepStrictEqual(problems.map((p) => [p.path, p.message.en]), [['sections[1].id', 'repeats an earlier section: "a"']]);
    assert.deepStrictEqual(genreFromJson({}).problems.map((p) => p.path), ['id', 'names', 'sections']);
    assert.deepStrictEqual(genreFromJson([]).problems.map((p) => p.message.en), ['must be an object {…}']);
  });

  it('reports JSON syntax errors with line and column, and reads a BOM', () => {
    const { problems } = parseGenreFile('{\n  "id": "x",\n  "names": {"zh": "甲"}\n  "sections": []\n}');
    assert.strictEqual(problems.length, 1);
    assert.ok(/^is not valid JSON \(4:3\)/.test(problems[0].message.en), problems[0].message.en);
    assert.ok(parseGenreFile('\uFEFF' + JSON.stringify(audit)).genre);
    assert.ok(parseGenreFile('').problems[0].message.en.startsWith('is not valid JSON'));
  });

  it('has a JSON schema with the same fields and required fields as the reader', () => {
    const schema = JSON.parse(fs.readFileSync(path.join(root, 'schemas', 'genre.schema.json'), 'utf8'));
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    assert.deepStrictEqual(manifest.contributes.jsonValidation, [{ fileMatch: ['**/.vscode/report-author/genres/*.json'], url: './schemas/genre.schema.json' }]);
    const keys = (o: { properties: object }) => Object.keys(o.properties).sort();
    assert.deepStrictEqual(keys(schema), [...GENRE_FILE_FIELDS.genre].sort());
    assert.deepStrictEqual(keys(schema.definitions.section), [...GENRE_FILE_FIELDS.section].sort());
    assert.deepStrictEqual(keys(schema.definitions.subsection), [...GENRE_FILE_FIELDS.subsection].sort());
    assert.deepStrictEqual(keys(schema.properties.signature), [...GENRE_FILE_FIELDS.signature].sort());
    assert.deepStrictEqual(schema.required, ['id', 'names', 'sections']);
    assert.deepStrictEqual(schema.definitions.section.required, ['id', 'heading']);
    assert.deepStrictEqual(schema.definitions.subsection.required, ['heading']);
    const missing = genreFromJson({ id: 'x', names: '甲', sections: [{ body: '…', subsections: [{}] }] }).problems.map((p) => p.path);
    assert.deepStrictEqual(missing, ['sections[0].id', 'sections[0].heading', 'sections[0].subsections[0].heading']);
  });
});
