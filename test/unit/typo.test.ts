import * as assert from 'assert';
import { TYPOS } from '../../src/core/rules/data/typos';
import { assertQuiet, doc, findings, fixed, quickFixed, spots } from './ruleHelpers';

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
      ['宏扬伟大建党精神', '弘扬伟大建党精神'],
      ['敢于担挡、善于作为', '敢于担当、善于作为'],
      ['砥励前行，庚续精神谱系', '砥砺前行，赓续精神谱系'],
      ['认真屡行管党治党责任', '认真履行管党治党责任'],
      ['惯彻落实', '贯彻落实'],
      ['严于利己', '严于律己'],
      ['营造风清气政的政治生态', '营造风清气正的政治生态'],
      ['抓铁有痕、踏实留印', '抓铁有痕、踏石留印'],
      ['以警效尤', '以儆效尤'],
      ['惩前毙后、治病救人', '惩前毖后、治病救人'],
      ['防范于未然', '防患于未然'],
      ['及时拔付资金', '及时拨付资金'],
      ['项目如期峻工', '项目如期竣工'],
      ['建立工作帐本', '建立工作账本'],
      ['发生了翻天复地的变化', '发生了翻天覆地的变化'],
      ['与时具进', '与时俱进'],
      ['一脉相成', '一脉相承'],
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
      // the two characters of an entry, each of its own word
      doc('气势恢宏扬名海内外，养成好习惯彻底改变作风。'),
      doc('山势险峻工程难度大，形势严峻工作任务重。'),
      doc('经过提拔付出更多努力，务必竟全功。'),
      doc('手擎画卷，风暴光临前做好防范，坐阵地前沿。'),
      doc('添置蚊帐单价30元，搭建帐篷，屡次提醒。'),
    ]);
  });

  it('reports 签定 everywhere, but applies the fix unasked only for agreements', () => {
    const [f] = findings(doc('双方签定了意向。'), rule);
    assert.ok(f && !f.fixes[0].safe);
    assert.ok(findings(doc('与支部书记签定全面从严治党责任书'), rule)[0].fixes[0].safe);
  });

  it('leaves 辨证 of traditional Chinese medicine alone, and fixes 辨证思维 unasked only where it is certain', () => {
    assertQuiet(rule, [
      doc('举办中医经典研修班4期，着力培养青年医师的中医辨证思维。'),
      doc('提高中西医辨证思维能力，提升中医临床辨证思维。'),
      doc('坚持辨证论治、辨证施治，规范辨证分型。'),
      doc('培养辨证思维与辨病思维，正确处理辨病与辨证关系。'),
    ]);
    assert.strictEqual(fixed(doc('增强战略思维、历史思维、辨证思维、创新思维能力。'), rule), doc('增强战略思维、历史思维、辩证思维、创新思维能力。'));
    assert.strictEqual(fixed(doc('提高辨证思维能力和系统思维能力。'), rule), doc('提高辩证思维能力和系统思维能力。'));
    // alone it may be either: reported, the fix offered, not applied unasked
    for (const text of [doc('着力培养青年医师的辨证思维。'), doc('县中医院党委运用辨证思维谋划发展。')]) {
      const [f] = findings(text, rule);
      assert.ok(f && !f.fixes[0].safe, text);
      assert.strictEqual(fixed(text, rule), text);
    }
    assert.strictEqual(fixed(doc('辨证唯物主义'), rule), doc('辩证唯物主义'));
  });

  it('knows 反应 as a reaction in 反应问题', () => {
    assertQuiet(rule, ['输液反应', '异常反应', '接种反应', '药物反应', '免疫反应', '应激反应', '排异反应', '连锁反应', '不良反应', '过敏反应', '化学反应']
      .map((w) => doc(`加强${w}问题监测。`)));
    assertQuiet(rule, [doc('及时处置疫苗接种后的异常反应问题，未发生严重事件。')]);
    for (const text of [doc('认真对待群众反应问题。'), doc('及时向上级反应问题。')]) {
      assert.deepStrictEqual(spots(text, rule), ['反应问题@warning'], text);
      assert.strictEqual(quickFixed(text, rule).includes('反映问题'), true);
    }
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
