import * as assert from 'assert';
import { TYPOS } from '../../src/core/rules/data/typos';
import { assertQuiet, doc, findings, fixed, spots } from './ruleHelpers';

const rule = 'typo';

describe('typo', () => {
  it('corrects the common misspellings', () => {
    const cases: [string, string][] = [
      ['与支部书记签定责任书', '与支部书记签订责任书'],
      ['按步就班推进', '按部就班推进'],
      ['纪律松驰', '纪律松弛'],
      ['迫不急待', '迫不及待'],
      ['既往不究', '既往不咎'],
      ['疫情肆掠', '疫情肆虐'],
      ['相应号召', '响应号召'],
      ['新世代中国特色社会主义思想', '新时代中国特色社会主义思想'],
      ['截止2024年底', '截至2024年底'],
      ['建立工作台帐', '建立工作台账'],
      ['以身做则', '以身作则'],
      ['弛而不息纠治“四风”', '驰而不息纠治“四风”'],
      ['意识型态', '意识形态'],
      ['党风廉正建设', '党风廉政建设'],
    ];
    for (const [wrong, right] of cases) assert.strictEqual(fixed(doc(wrong), rule), doc(right), wrong);
  });

  it('raises no false alarm on correct uses', () => {
    assertQuiet(rule, [
      doc('报名截止时间为3月1日，截止日期不再延长。'),
      doc('他在公布署名文章后，毕竟争取到了支持。'),
      doc('“新世代”是一个流行说法。'),
      doc('相应措施已落实到位，相应的责任已明确。'),
      doc('一张一弛，文武之道。'),
      doc('签订合同，签订协议。'),
      doc('肆意掠夺'),
      doc('庄严历史'),
    ]);
  });

  it('reports 签定 everywhere, but applies the fix unasked only for agreements', () => {
    const [f] = findings(doc('双方签定了意向。'), rule);
    assert.ok(f && !f.fixes[0].safe);
    assert.ok(findings(doc('与支部书记签定全面从严治党责任书'), rule)[0].fixes[0].safe);
  });

  it('takes the user’s own list and ignores entries on request', () => {
    assert.deepStrictEqual(spots(doc('请到办公事报到。'), rule, { typo: { extra: { 办公事: '办公室' } } }), ['办公事@warning']);
    assert.strictEqual(fixed(doc('请到办公事报到。'), rule, { typo: { extra: { 办公事: '办公室' } } }), doc('请到办公室报到。'));
    assert.deepStrictEqual(spots(doc('按步就班'), rule, { typo: { ignore: ['按步就班'] } }), []);
  });

  it('has data that never flags its own corrections', () => {
    for (const e of TYPOS) {
      assert.notStrictEqual(e.wrong, e.right);
      assert.deepStrictEqual(spots(doc(`关于${e.right}的说明。`), rule), [], e.right);
    }
  });
});
