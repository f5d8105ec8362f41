import * as assert from 'assert';
import { parseReport } from '../../src/core';
import { CharacterSet, characterPositions, holdsCharacter, pairHash, sharedCharacterSet, watchCharacters } from '../../src/core/rules/prose';

const code = (ch: string) => ch.charCodeAt(0);

describe('characters found in the prose', () => {
  const text = [
    '关于某项工作的报告',
    '<!-- 注：某某 -->',
    '一、某项工作。某人负责',
    '| 某甲 | 乙 |',
    '|---|---|',
  ].join('\n');

  it('finds a set’s characters in the prose only: not in comments, heading numbers or table rules', () => {
    const model = parseReport(text);
    const at = characterPositions(model, new CharacterSet([code('某'), code('一'), code('-')]));
    const comment = { start: text.indexOf('<!--'), end: text.indexOf('-->') };
    const expected = [...text].flatMap((ch, i) => (ch === '某' && (i < comment.start || i > comment.end) ? [i] : []));
    assert.deepStrictEqual(at, expected);
  });

  it('keeps a filtered character only where the pair with the next one passes', () => {
    const pairs = new Uint8Array(65536);
    pairs[pairHash(code('某'), code('人'))] = 1;
    const at = characterPositions(parseReport(text), new CharacterSet([code('某')], pairs));
    assert.deepStrictEqual(at.map((i) => text.slice(i, i + 2)), ['某人']);
  });

  it('gives a shared set the same positions as a pass of its own', () => {
    const codes = [code('某'), code('工')];
    const shared = sharedCharacterSet(codes);
    const model = parseReport(text);
    assert.deepStrictEqual(characterPositions(model, shared), characterPositions(model, new CharacterSet(codes)));
  });

  it('tells whether a watched character occurs anywhere in the text, in the prose or not', () => {
    watchCharacters('注一|乙丙');
    const model = parseReport(text);
    // in a comment, a heading number, a table's rule line, a cell; and nowhere
    assert.deepStrictEqual(['注', '一', '|', '乙', '丙'].map((ch) => holdsCharacter(model, ch)), [true, true, true, true, false]);
  });
});
