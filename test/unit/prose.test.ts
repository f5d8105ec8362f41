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
    const at = Array.from(characterPositions(model, new CharacterSet([code('某'), code('一'), code('-')])));
    const comment = { start: text.indexOf('<!--'), end: text.indexOf('-->') };
    const expected = [...text].flatMap((ch, i) => (ch === '某' && (i < comment.start || i > comment.end) ? [i] : []));
    assert.deepStrictEqual(at, expected);
  });

  it('finds strings where they start, the first character in the prose and the rest wherever', () => {
    const at = Array.from(characterPositions(parseReport(text), CharacterSet.ofStrings(['某人', '工作的', '工作。', '报告', '项工作', '负责\n|', '乙 |\n'])));
    assert.deepStrictEqual(at.map((i) => text.slice(i, i + 3)), ['项工作', '工作的', '报告\n', '项工作', '工作。', '某人负', '负责\n', '乙 |']);
  });

  it('finds a string looked for by a rarer pair inside it where it starts, once, in order', () => {
    // 党风 is common where 党风廉正 is not: the longer string is looked for by a pair further in
    const lines = '党风廉正建设，党风建设\n意识淡薄 \n下一行';
    const at = Array.from(characterPositions(parseReport(lines), CharacterSet.ofStrings(['党风廉正', '党风', '风廉正建', '识淡薄 \n'])));
    assert.deepStrictEqual(at, [0, 1, 7, 13]);
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

describe('characters found in a long text', () => {
  // long enough to be read in several stretches, the last one short, and not a whole number of
  // blocks of four code units; a word stands across every 2048th code unit, from one to three units before it
  const paragraphs = [
    '关于本单位年度工作情况的报告',
    '一、主要工作',
    '今年以来，我们坚持党的领导，落实“一岗双责”，签定目标责任书十二份，完成全年任务的百分之九十八。',
    '<!-- 此处补充具体数字 -->',
    '（一）加强制度建设。修订管理办法三项、工作规程五项，做到有章可循。',
    '| 项目 | 完成情况 |',
    '|---|---|',
    '| 制度修订 | 已完成、已印发 |',
  ];
  const words = ['党的', '一岗双则', '签定', '、、', '工作规程'];
  let text = '';
  while (text.length < 2 * 16384 + 1500) text += paragraphs.join('\n') + '\n';
  text = text.slice(0, text.length - (text.length % 4) + 3);
  for (let k = 1; 2048 * k + 8 < text.length; k++) {
    const word = words[k % words.length];
    const start = 2048 * k - 1 - (k % (word.length - 1));
    text = text.slice(0, start) + word + text.slice(start + word.length);
  }
  // a character only in the text's last code unit, and one only in a comment near its middle
  text = text.slice(0, -1) + '终';
  const comment = text.indexOf('<!--', 20000);
  text = text.slice(0, comment + 4) + '罕' + text.slice(comment + 5);

  /** Where the set's characters or strings stand in the prose, read one code unit after another. */
  function expectedPositions(model: ReturnType<typeof parseReport>, codes: number[], strings: string[]): number[] {
    const at: number[] = [];
    for (const seg of proseSegments(model)) {
      for (let i = seg.start; i < seg.end; i++) {
        if (codes.includes(text.charCodeAt(i)) || strings.some((s) => text.startsWith(s, i))) at.push(i);
      }
    }
    return at;
  }

  it('finds characters and strings as a reading of one code unit after another does, across the stretches it reads at a time', () => {
    const model = parseReport(text);
    const codes = ['党', '、', '，', '|', '终', '罕', '。'].map(code);
    assert.deepStrictEqual(Array.from(characterPositions(model, new CharacterSet(codes))), expectedPositions(model, codes, []));
    assert.deepStrictEqual(Array.from(characterPositions(model, CharacterSet.ofStrings(words))), expectedPositions(model, [], words));
    assert.ok(characterPositions(model, CharacterSet.ofStrings(words)).length > text.length / 2048);
  });

  it('tells whether a character occurs, wherever it stands', () => {
    const model = parseReport(text);
    assert.deepStrictEqual(['终', '罕', '则', '丙'].map((ch) => holdsCharacter(model, ch)), [true, true, true, false]);
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
