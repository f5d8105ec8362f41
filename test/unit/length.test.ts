import * as assert from 'assert';
import { findings } from './ruleHelpers';

describe('length', () => {
  // 标题 (2) + 一、情况 (4) + 全年完成3.5万元投资，Excel表格2张。(16: 12 Chinese, 3.5, 万元…, Excel, 2)
  const text = '---\ngenre: 报告\n---\n标题\n<!-- 注释不计 -->\n## 一、情况\n全年完成**3.5**万元投资，Excel表格2张。';

  it('counts like Word: a Chinese character or full-width mark is one, a run of Latin or digits is one', () => {
    // 标题=2, 一、情况=4, 全年完成=4, 3.5=1, 万元投资，=5, Excel=1, 表格=2, 2=1, 张。=2 → 22
    assert.deepStrictEqual(findings(text, 'length', { maxCharacters: 22 }), []);
    const [f] = findings(text, 'length', { maxCharacters: 21 });
    assert.ok(f);
    assert.match(f.message.zh, /全文22字，超过上限21字（多1字）/);
    assert.strictEqual(text.slice(f.start, f.end), '。');
  });

  it('marks where the excess starts and is off without a limit', () => {
    const [f] = findings(text, 'length', { maxCharacters: 6 });
    assert.strictEqual(text.slice(f.start, f.end), '全年完成**3.5**万元投资，Excel表格2张。');
    assert.deepStrictEqual(findings(text, 'length'), []);
    assert.deepStrictEqual(findings(text, 'length', { maxCharacters: 0 }), []);
  });
});
