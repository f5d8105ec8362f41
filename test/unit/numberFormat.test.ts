import * as assert from 'assert';
import { assertQuiet, doc, findings, fixed, spots } from './ruleHelpers';

const rule = 'number-format';

describe('number-format', () => {
  it('writes full-width digits and letters half-width', () => {
    assert.strictEqual(fixed(doc('全年学习１２次，完成ＡＢＣ类项目１．５万元。'), rule), doc('全年学习12次，完成ABC类项目1.5万元。'));
  });

  it('writes the 成文日期 in Arabic digits without padding', () => {
    const end = (date: string) => ['标题', '一、情况', '正文。', '以上报告，请予审阅。', '县统计局', date].join('\n');
    assert.strictEqual(fixed(end('2024年01月05日'), rule), end('2024年1月5日'));
    assert.strictEqual(fixed(end('二〇二四年一月十五日'), rule), end('2024年1月15日'));
    assert.strictEqual(fixed(end('二零二四年十二月三十一日'), rule), end('2024年12月31日'));
    assert.strictEqual(fixed(end('２０２４年１月５日'), rule), end('2024年1月5日'));
    // typed with 号, dots, dashes or slashes
    assert.strictEqual(fixed(end('2024年1月5号'), rule), end('2024年1月5日'));
    assert.strictEqual(fixed(end('2024.1.5'), rule), end('2024年1月5日'));
    assert.strictEqual(fixed(end('2024-01-05'), rule), end('2024年1月5日'));
    assert.strictEqual(fixed(end('2024/12/31'), rule), end('2024年12月31日'));
    // 元月 is January, but the 成文日期 writes 1月
    assert.strictEqual(fixed(end('2025年元月8日'), rule), end('2025年1月8日'));
    assertQuiet(rule, [end('2024年1月15日'), end('20XX年X月X日')]);
  });

  it('notes a 成文日期 without its day, with no fix', () => {
    const end = (date: string) => ['标题', '一、情况', '正文。', '以上报告，请予审阅。', '县统计局', date].join('\n');
    assert.deepStrictEqual(spots(end('2024年12月'), rule), ['2024年12月@info']);
    assert.deepStrictEqual(findings(end('2024年12月'), rule)[0].fixes, []);
    // a padded month is fixed first; the day is noted once the date reads 2024年1月
    assert.deepStrictEqual(spots(end('2024年01月'), rule), ['2024年01月@warning']);
    assert.deepStrictEqual(spots(end('2024年1月15日'), rule), []);
    // a month in the text is no 成文日期
    assert.deepStrictEqual(spots(doc('2024年12月完成验收。'), rule), []);
  });

  it('keeps dates in the text in one script and unpadded', () => {
    assert.strictEqual(fixed(doc('2023年03月完成，5月08日验收。'), rule), doc('2023年3月完成，5月8日验收。'));
    assert.strictEqual(fixed(doc('二〇二三年8月'), rule), doc('2023年8月'));
    assert.strictEqual(fixed(doc('二零二三年是关键之年。'), rule), doc('二〇二三年是关键之年。'));
    assertQuiet(rule, [doc('二〇二三年是关键之年。'), doc('2023年12月'), doc('工作23年')]);
  });

  it('writes the ordinals of congresses and plenums in Chinese', () => {
    assert.strictEqual(fixed(doc('学习党的20大精神'), rule), doc('学习党的二十大精神'));
    assert.strictEqual(fixed(doc('学习20届3中全会精神'), rule), doc('学习二十届三中全会精神'));
    assert.strictEqual(fixed(doc('十九届4中全会'), rule), doc('十九届四中全会'));
    assertQuiet(rule, [doc('党的二十大和二十届三中全会精神')]);
  });

  it('never converts fixed expressions', () => {
    assertQuiet(rule, [doc('落实“一岗双责”，增强“四个意识”，坚持“三会一课”，用好“四种形态”，做到“两个维护”，防止“两张皮”，推进“三不腐”一体推进。')]);
  });

  it('writes 3千 as 3000 and puts the unit on both ends of a range', () => {
    assert.strictEqual(fixed(doc('覆盖5百人，投资3千万元。'), rule), doc('覆盖500人，投资3000万元。'));
    assert.strictEqual(fixed(doc('下降15~30%。'), rule), doc('下降15%~30%。'));
    assert.strictEqual(fixed(doc('投资9~16亿元。'), rule), doc('投资9亿~16亿元。'));
    assertQuiet(rule, [doc('全长5千米，三千余人，百分之十。'), doc('下降15%~30%。')]);
    assert.deepStrictEqual(spots(doc('下降15%~30%。'), rule), []);
  });

  it('reads ３，６００ as one number', () => {
    // ３，６００: the ， between groups of three is a thousands separator, part of the number
    assert.strictEqual(fixed(doc('压减一般性支出３，６００万元，涉及１，２５０个项目。'), rule), doc('压减一般性支出3,600万元，涉及1,250个项目。'));
    assert.strictEqual(fixed(doc('２０２４，１２０家企业'), rule), doc('2024，120家企业'));
  });

  it('reads 3千6百 as one number, and leaves 3千5 to the writer', () => {
    // the whole number: 3千6百 is 3600, not 3000 and 600
    assert.strictEqual(fixed(doc('投资3千6百万元，覆盖3百5十人，近1千2百户。'), rule), doc('投资3600万元，覆盖350人，近1200户。'));
    // 3千5: the place of the last digit is the writer's to tell (3500? 3005?): reported, not fixed
    const untold = doc('约3千5人参加。');
    assert.deepStrictEqual(spots(untold, rule), ['3千5@warning']);
    assert.deepStrictEqual(findings(untold, rule)[0].fixes, []);
  });

  it('writes two plenums named at once in Chinese', () => {
    assert.strictEqual(fixed(doc('学习20届2中、3中全会精神'), rule), doc('学习二十届二中、三中全会精神'));
    assertQuiet(rule, [doc('学习党的二十届二中、三中全会精神')]);
  });
});
