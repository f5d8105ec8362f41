import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { ALL_RULES, Finding, fixAll, inferGenre, lint, matchSections, parseReport, textOf } from '../../src/core';

const root = path.resolve(__dirname, '../../..');
const cleanDir = path.join(root, 'test/fixtures/clean');
const samplePath = path.resolve(root, '..', 'shared', 'samples', '2023-qmczd-shuzhi-template.txt');

const serious = (fs: readonly Finding[]) => fs.filter((f) => f.severity === 'error' || f.severity === 'warning');
const describeFinding = (text: string) => (f: Finding) => `${f.rule} “${text.slice(f.start, f.end)}” ${f.message.zh}`;

describe('the clean corpus', () => {
  const files = fs.readdirSync(cleanDir).filter((f) => !f.startsWith('.'));

  it('holds several complete reports of different genres', () => {
    assert.ok(files.length >= 6, files.join(', '));
  });

  for (const file of files) {
    it(`${file}: no rule fires at warning or error`, () => {
      const text = fs.readFileSync(path.join(cleanDir, file), 'utf8');
      const found = serious(lint(parseReport(text), ALL_RULES)).map(describeFinding(text));
      assert.deepStrictEqual(found, []);
    });

    it(`${file}: is read as one of the six genres, each level-1 heading as one of its sections`, () => {
      const model = parseReport(fs.readFileSync(path.join(cleanDir, file), 'utf8'));
      const genre = inferGenre(model);
      assert.notStrictEqual(genre.id, 'generic');
      const unread = matchSections(model, genre).filter((m) => m.sectionId === undefined).map((m) => textOf(model, m.heading.content));
      assert.deepStrictEqual(unread, []);
    });

    it(`${file}: fix-all changes nothing`, () => {
      const text = fs.readFileSync(path.join(cleanDir, file), 'utf8');
      assert.strictEqual(fixAll(text, ALL_RULES).text, text);
    });
  }
});

describe('the template from a document site', () => {
  const sample = fs.readFileSync(samplePath, 'utf8');

  it('yields its 15 placeholders, 2 residue markers, the 签定 typo and nothing else at warning or error', () => {
    const all = lint(parseReport(sample), ALL_RULES);
    const found = serious(all);
    const by = (rule: string) => found.filter((f) => f.rule === rule).map((f) => sample.slice(f.start, f.end));
    assert.deepStrictEqual(by('placeholder'), new Array(15).fill('X'));
    assert.deepStrictEqual(by('site-residue'), ['##paidbegin##', '##paidend##']);
    // 签定 is a hint (a variant dictionaries still list), fixed by fix-all
    const typos = all.filter((f) => f.rule === 'typo');
    assert.deepStrictEqual(typos.map((f) => [sample.slice(f.start, f.end), f.severity, f.fixes[0]?.safe]), [['签定', 'info', true]]);
    assert.strictEqual(found.length, 17, found.map(describeFinding(sample)).join('\n'));
  });

  it('after filling the placeholders and fix-all yields nothing at warning or error', () => {
    let digit = 0;
    const filled = sample.replace(/X/g, () => String((digit++ % 9) + 1));
    const { text } = fixAll(filled, ALL_RULES);
    assert.deepStrictEqual(serious(lint(parseReport(text), ALL_RULES)).map(describeFinding(text)), []);
    assert.ok(text.includes('签订全面从严治党责任书'));
    assert.ok(!text.includes('paid'));
  });
});
