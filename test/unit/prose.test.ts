import * as assert from 'assert';
import { parseReport } from '../../src/core';
import {
  CharacterSet, characterPositions, holdsCharacter, overlapsAny, proseSegments, sharedCharacterSet, touchesAny,
} from '../../src/core/rules/prose';

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

  it('finds strings where they start, the first character in the prose and the rest wherever', () => {
    const at = characterPositions(parseReport(text), CharacterSet.ofStrings(['某人', '工作的', '工作。', '报告', '项工作', '负责\n|', '乙 |\n']));
    assert.deepStrictEqual(at.map((i) => text.slice(i, i + 3)), ['项工作', '工作的', '报告\n', '项工作', '工作。', '某人负', '负责\n', '乙 |']);
  });

  it('gives a shared set the same positions as a pass of its own', () => {
    const codes = [code('某'), code('工')];
    const shared = sharedCharacterSet(codes);
    const model = parseReport(text);
    assert.deepStrictEqual(characterPositions(model, shared), characterPositions(model, new CharacterSet(codes)));
  });

  it('tells whether a character occurs anywhere in the text, in the prose or not', () => {
    const model = parseReport(text);
    // in a comment, a heading number, a table's rule line, a cell; and nowhere
    assert.deepStrictEqual(['注', '一', '|', '乙', '丙'].map((ch) => holdsCharacter(model, ch)), [true, true, true, true, false]);
  });
});

describe('protected spans of the prose', () => {
  it('joins spans that overlap or touch into one: a file name inside a URL, a URL inside a code span', () => {
    const text = '标题\n详见 http://www.example.cn/a.docx 和 `curl http://a.cn/x` 两处。';
    const [, seg] = proseSegments(parseReport(text));
    const url = 'http://www.example.cn/a.docx';
    const codeSpan = '`curl http://a.cn/x`';
    assert.deepStrictEqual(seg.protected.map((s) => text.slice(s.start, s.end)), [url, codeSpan]);
    const at = text.indexOf(url);
    assert.strictEqual(overlapsAny(seg.protected, at - 1, at), false);
    assert.strictEqual(overlapsAny(seg.protected, at + 10, at + 10), true);
    assert.strictEqual(overlapsAny(seg.protected, at + url.length, at + url.length + 1), false);
    // the spaces either side of the URL touch it; the one inside the code span lies within it
    assert.strictEqual(touchesAny(seg.protected, at - 1, at), true);
    assert.strictEqual(touchesAny(seg.protected, at + url.length, at + url.length + 1), true);
    assert.strictEqual(touchesAny(seg.protected, text.indexOf('和') + 1, text.indexOf('和') + 2), true);
    assert.strictEqual(touchesAny(seg.protected, text.indexOf('详见') + 1, text.indexOf('详见') + 2), false);
  });
});
