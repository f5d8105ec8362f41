import * as assert from 'assert';
import { assertQuiet, doc, findings, fixed, quickFixed, spots } from './ruleHelpers';

const rule = 'punctuation';

describe('punctuation', () => {
  it('writes half-width marks in Chinese text full-width', () => {
    assert.strictEqual(fixed(doc('现将情况报告如下,请予评议.'), rule), doc('现将情况报告如下，请予评议。'));
    assert.strictEqual(fixed(doc('时间:2024年;地点:会议室'), rule), doc('时间：2024年；地点：会议室'));
    assert.strictEqual(fixed(doc('为什么?因为不够重视!'), rule), doc('为什么？因为不够重视！'));
    assert.strictEqual(fixed(doc('工作, 推动落实'), rule), doc('工作，推动落实'));
    assert.strictEqual(fixed(doc('党委(党组)书记'), rule), doc('党委（党组）书记'));
    assert.strictEqual(fixed(doc('地区生产总值(GDP)增长5%'), rule), doc('地区生产总值（GDP）增长5%'));
  });

  it('never touches numbers, times, URLs, code, English sentences or 〔2023〕', () => {
    assertQuiet(rule, [
      doc('投资3,000万元，增长3.5%，比例为1:2，上午9:30开会。'),
      doc('详见 https://www.example.gov.cn/a/b.html?x=1,2 的说明。'),
      doc('登录 www.example.cn/guide 查询。'),
      doc('运行 `npm run build` 即可。'),
      doc('For personal use only; not for commercial use.'),
      doc('他引用了“Think different, think big.”这句话。'),
      doc('根据《通知》（市政发〔2023〕15号）要求。'),
      doc('函数f(x)的取值。'),
      doc('下载“报告.docx”文件。'),
      doc('China’s economy grew.'),
    ]);
  });

  it('turns straight quotes into “” with ‘’ inside', () => {
    assert.strictEqual(fixed(doc('做到"两个维护"。'), rule), doc('做到“两个维护”。'));
    assert.strictEqual(fixed(doc('提出“为实现"十五五"良好开局”的目标。'), rule), doc('提出“为实现‘十五五’良好开局”的目标。'));
    assert.strictEqual(fixed(doc("做到'两个维护'。"), rule), doc('做到“两个维护”。'));
    assertQuiet(rule, [doc("It's fine, don't worry."), doc('他说"OK"。').replace('"OK"', '“OK”')]);
  });

  it('reports unbalanced, reversed and wrongly nested marks', () => {
    assert.deepStrictEqual(spots(doc('做到“两个维护。'), rule), ['“@warning']);
    assert.deepStrictEqual(spots(doc('学习《准则》和《条例。'), rule), ['《@warning']);
    assert.deepStrictEqual(spots(doc('（一）学习（研讨。'), rule), ['（@warning']);
    const reversed = doc('做到”两个维护“。');
    assert.match(spots(reversed, rule)[0], /^”@warning/);
    assert.strictEqual(quickFixed(reversed, rule), doc('做到“两个维护”。'));
    assert.strictEqual(fixed(doc('印发《关于印发《办法》的通知》。'), rule), doc('印发《关于印发〈办法〉的通知》。'));
    // a quotation over several paragraphs opens each paragraph and closes only the last
    assertQuiet(rule, [doc('“第一段引文。', '“第二段引文。”')]);
  });

  it('fixes doubled marks and writes the ellipsis and the dash properly', () => {
    assert.strictEqual(fixed(doc('加强学习，，提高认识。。'), rule), doc('加强学习，提高认识。'));
    assert.strictEqual(fixed(doc('调研、走访...'), rule), doc('调研、走访……'));
    assert.strictEqual(fixed(doc('调研、走访。。。'), rule), doc('调研、走访……'));
    assert.strictEqual(fixed(doc('调研、走访…'), rule), doc('调研、走访……'));
    assert.strictEqual(fixed(doc('这是根本--也是关键。'), rule), doc('这是根本——也是关键。'));
    assert.strictEqual(fixed('述职报告\n—在局务会议上的述职\n正文。', rule), '述职报告\n——在局务会议上的述职\n正文。');
    assertQuiet(rule, [doc('调研、走访……'), doc('2023—2024年度'), doc('北京—上海'), doc('增长15%~30%。')]);
    // a single — between Chinese words may join a range: information, never rewritten unasked
    assert.deepStrictEqual(spots(doc('这是根本—也是关键。'), rule), ['—@info']);
    assert.deepStrictEqual(spots(doc('调研、走访……等工作。'), rule), ['……@warning']);
  });

  it('applies the 顿号 rules', () => {
    assert.strictEqual(fixed(doc('开展检查三、四次。'), rule), doc('开展检查三四次。'));
    assertQuiet(rule, [doc('第三、四季度'), doc('一、二月份'), doc('检查三、五次')]);
    assert.deepStrictEqual(spots(doc('增强“四个意识”、坚定“四个自信”。'), rule), []);
    assert.deepStrictEqual(spots(doc('学习“两个确立”、“两个维护”。'), rule), ['、@info']);
    assert.strictEqual(fixed(doc('学习《准则》、《条例》。'), rule), doc('学习《准则》《条例》。'));
  });

  it('does not add spaces around Latin or digits', () => {
    assertQuiet(rule, [doc('完成ISO 27001认证，投资3.5亿元。')]);
  });

  it('finds approximate numbers after tens, from 两 and before a place, and leaves two named things shortened', () => {
    // the tens belong to the number; 两 starts one too; more units; a place after the second numeral
    assert.strictEqual(fixed(doc('谈心谈话十五、六次，年龄二十三、四岁。'), rule), doc('谈心谈话十五六次，年龄二十三四岁。'));
    assert.strictEqual(fixed(doc('有两、三次先推进、后报告，拒绝三、四起请托。'), rule), doc('有两三次先推进、后报告，拒绝三四起请托。'));
    assert.strictEqual(fixed(doc('走访三、四十次，用三、四年时间，每次三、四小时，完成七、八成。'), rule), doc('走访三四十次，用三四年时间，每次三四小时，完成七八成。'));
    assert.match(findings(doc('走访三、四十次。'), rule)[0].message.zh, /“三四十”/);
    // two named things shortened, not a count (GB/T 15834 4.5.3.5: 二、三产业)
    assertQuiet(rule, [
      doc('全县二、三类村共有42个，一、二类水体占比提高。'),
      doc('分列全市一、二位，完成一、二轮巡察整改。'),
      doc('三、四年级学生，第十五、六条，二、三产业，一、二、三次分配。'),
    ]);
  });

  it('gives no fix to straight quotes nested in straight quotes', () => {
    // a pair side by side between pairs is two quotations; a pair holding nothing is quotes nested
    // in straight quotes, reported with no fix, since read in order they would pair wrongly
    assert.strictEqual(fixed(doc('带头领办"红色物业""小区党组织全覆盖"两个项目。'), rule), doc('带头领办“红色物业”“小区党组织全覆盖”两个项目。'));
    const nested = doc('他说：""打铁必须自身硬"这句话要落到实处。"');
    assert.ok(spots(nested, rule).length > 0);
    assert.strictEqual(fixed(nested, rule), nested);
  });
});
