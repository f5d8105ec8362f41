import * as assert from 'assert';
import { assertQuiet, fixed, quickFixed, spots } from './ruleHelpers';

const rule = 'heading-punctuation';

describe('heading-punctuation', () => {
  it('removes the final point of a standalone heading that has its body below', () => {
    const text = '标题\n一、履行职责情况。\n（一）学习情况：\n全年学习12次。';
    assert.deepStrictEqual(spots(text, rule), ['。@warning', '：@warning']);
    assert.strictEqual(fixed(text, rule), '标题\n一、履行职责情况\n（一）学习情况\n全年学习12次。');
  });

  it('is quiet on run-in headings and on numbered lines that are whole sentences', () => {
    assertQuiet(rule, [
      '标题\n一、履职情况\n（一）强化主体责任，从严管党治党。认真履行第一责任人职责。',
      '标题\n一、打算\n（一）持续压实责任，层层传导压力。\n（二）加强源头治理，健全长效机制。\n以上报告，请予评议。',
      '标题\n一、打算\n（一）压实责任。全年约谈12人次。\n（二）健全机制。\n二、问题\n正文。',
      '标题\n一、为什么要加强学习？\n正文。',
    ]);
  });

  it('wants 。 after a run-in heading sentence, not ： or ；', () => {
    const text = '标题\n一、做法\n（一）强化主体责任：认真履行第一责任人职责，全年专题研究6次。';
    assert.deepStrictEqual(spots(text, rule), ['：@warning']);
    assert.strictEqual(quickFixed(text, rule), '标题\n一、做法\n（一）强化主体责任。认真履行第一责任人职责，全年专题研究6次。');
    // not applied unasked: the colon may be the author's choice
    assert.strictEqual(fixed(text, rule), text);
  });

  it('leaves circled-number items alone: list items punctuated as sentences', () => {
    assertQuiet(rule, [
      '标题\n一、成效\n①党组织覆盖率达到100%；②党员先锋岗增加42个；③重点工程提前28天通车。\n正文。',
      '标题\n一、成效\n①党组织覆盖率达到100%。\n其中，新成立党组织9个。\n②党员先锋岗增加42个；重点工程提前28天通车。',
    ]);
    const text = '标题\n一、成效\n全年主要成效如下：\n①党组织覆盖率达到100%。\n其中，新成立党组织9个，均已按期换届。';
    assert.deepStrictEqual(spots(text, rule), []);
    assert.strictEqual(fixed(text, rule), text);
    // the headings of levels 1–4 above them are checked as before
    assert.strictEqual(fixed('标题\n一、成效\n（1）学习情况。\n①全年学习12次。', rule), '标题\n一、成效\n（1）学习情况\n①全年学习12次。');
  });

  it('is quiet on a list written inside one paragraph (1.…；2.…；3.…)', () => {
    for (const text of [
      '标题\n一、做法\n1.加强理论学习；2.严格落实制度；3.强化监督检查。\n正文。',
      '标题\n一、做法\n（一）学习不够深入；（二）调研不够经常。\n正文。',
      '标题\n一、做法\n1.学习深入；2.调研。\n正文。',
      '标题\n一、做法\n1、学习不够深入； 2、调研不够经常。\n正文。',
      '标题\n一、做法\n（一）强化主体责任；认真履行第一责任人职责；（二）压实责任。',
      '标题\n一、做法\n1.加强理论学习，深入学习贯彻党的二十大精神，全面提升政治素养和理论水平；2.严格落实制度，强化监督检查，确保制度落地见效。\n正文。',
    ]) {
      assert.deepStrictEqual(spots(text, rule), [], text);
      assert.strictEqual(fixed(text, rule), text);
    }
    // only the next marker of the same family makes a list: （一）…；2.… is still a heading sentence
    assert.deepStrictEqual(spots('标题\n一、做法\n（一）强化主体责任；2.认真履行第一责任人职责。', rule), ['；@warning']);
    assert.deepStrictEqual(spots('标题\n一、做法\n（一）强化主体责任；（三）认真履行第一责任人职责。', rule), ['；@warning']);
  });

  it('asks about a heading sentence that runs on like a paragraph (information)', () => {
    const text = '标题\n一、做法\n（一）强化主体责任从严管党治党认真履行第一责任人职责，将全面从严治党工作列为党委会议常设议题，主持召开专题会议6次，完善责任清单。';
    assert.deepStrictEqual(spots(text, rule).map((s) => s.split('@')[1]), ['info']);
    // so do siblings that miss it alike, each a paragraph of several sentences
    const siblings = '标题\n一、做法\n（一）强化主体责任从严管党治党认真履行第一责任人职责，将全面从严治党工作列为常设议题，主持召开专题会议6次。完善责任清单。\n'
      + '（二）突出政治建设筑牢思想根基始终把严守政治纪律摆在突出位置，组织专题学习8次，开展研讨3次。观看警示教育片2次。';
    assert.deepStrictEqual(spots(siblings, rule).map((s) => s.split('@')[1]), ['info', 'info']);
  });

  it('does not ask about the items of a list written as whole sentences, one a line', () => {
    assertQuiet(rule, [
      '标题\n一、下一步打算\n（一）聚焦主责主业，全年力争各项存款增长10%以上，普惠型小微企业贷款增速不低于各项贷款平均增速。\n'
        + '（二）深化数字化转型，推进线上线下融合，力争手机银行月活跃客户数突破5万户。\n（三）加强队伍建设，实施青年员工“导师制”培养计划，每名班子成员结对培养2至3名青年员工。\n以上述职，请予评议。',
    ]);
  });

  it('reads where a run-in heading sentence set in bold ends, and wants 。 there', () => {
    const text = '标题\n一、做法\n**（一）强化主体责任：**认真履行职责。\n**（二）压实监督责任** 全年约谈12人次。';
    assert.deepStrictEqual(spots(text, rule), ['：@warning', '压实监督责任@warning']);
    assert.strictEqual(quickFixed(text, rule), text.replace('责任：**', '责任。**'));
    assert.strictEqual(quickFixed(text, rule, 1), text.replace('监督责任**', '监督责任。**'));
    assert.strictEqual(fixed(text, rule), text);
    assertQuiet(rule, [
      '标题\n一、做法\n**（一）强化主体责任。**认真履行职责。\n**（二）压实监督责任**。全年约谈12人次。\n**（三）为什么要加强学习？**正文。',
      // a long heading sentence is the writer's when the bold tells where it ends
      '标题\n一、做法\n**（一）坚持把学习贯彻党的创新理论作为首要政治任务，不断提高政治判断力、政治领悟力、政治执行力。**全年学习12次。',
    ]);
  });

  it('keeps the title free of final points and of 《》', () => {
    assert.strictEqual(fixed('2024年度述职报告。\n正文。', rule), '2024年度述职报告\n正文。');
    assert.strictEqual(fixed('《2024年度述职报告》\n正文。', rule), '2024年度述职报告\n正文。');
    assert.strictEqual(fixed('述职报告\n——在局务会议上的述职。\n正文。', rule), '述职报告\n——在局务会议上的述职\n正文。');
    assertQuiet(rule, ['关于印发《2024年工作要点》的报告\n正文。']);
  });
});
