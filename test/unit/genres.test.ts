import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import {
  BUILTIN_GENRES, findGenre, inferGenre, inferGenreDetailed, matchSection, missingSections, otherSectionsNamed, parseReport, textOf,
} from '../../src/core';
import { REPORT_WITHOUT_PROBLEMS_SECTION } from './support';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/reports');
const samplePath = path.resolve(__dirname, '../../../../shared/samples/2023-qmczd-shuzhi-template.txt');
const genre = (id: string) => BUILTIN_GENRES.find((g) => g.id === id)!;

describe('genre data', () => {
  it('has the six genres and the fallback, with unique ids and section ids', () => {
    assert.deepStrictEqual(BUILTIN_GENRES.map((g) => g.id).sort(), [
      'annual-review', 'duty-integrity', 'generic', 'party-building', 'party-discipline', 'self-examination', 'work-summary',
    ]);
    for (const g of BUILTIN_GENRES) {
      const ids = g.sections.map((s) => s.id);
      assert.strictEqual(new Set(ids).size, ids.length, g.id);
      if (g.id !== 'generic') assert.ok(g.sections.filter((s) => s.required).length >= 2, g.id);
    }
  });

  it('compiles every pattern', () => {
    for (const g of BUILTIN_GENRES) {
      for (const src of [...g.titlePatterns, ...g.sections.flatMap((s) => s.patterns)]) assert.doesNotThrow(() => new RegExp(src, 'u'), src);
    }
  });

  it('matches each section by its own heading, choices and aliases', () => {
    for (const g of BUILTIN_GENRES) {
      for (const s of g.sections) {
        for (const name of [s.heading, ...(s.headingChoices ?? []), ...s.aliases]) {
          assert.strictEqual(matchSection(g, name), s.id, `${g.id}: ${name}`);
        }
      }
    }
  });
});

describe('matchSection', () => {
  const pd = genre('party-discipline');
  it('recognises freely worded headings by the longest pattern match', () => {
    assert.strictEqual(matchSection(pd, '存在的主要问题及原因'), 'problems');
    assert.strictEqual(matchSection(pd, '产生问题的主要原因'), 'causes');
    assert.strictEqual(matchSection(pd, '下步打算'), 'plans');
    assert.strictEqual(matchSection(pd, '下一步工作思路和举措'), 'plans');
    assert.strictEqual(matchSection(pd, '履行全面从严治党第一责任人职责情况'), 'duty');
    assert.strictEqual(matchSection(pd, '上年度巡察反馈问题整改落实情况'), 'previous-rectification');
    assert.strictEqual(matchSection(pd, '其他需要说明的事项'), undefined);
  });
  it('ignores spaces, bold marks and end punctuation', () => {
    assert.strictEqual(matchSection(pd, ' 存在的 问题。'), 'problems');
    assert.strictEqual(matchSection(pd, '**下一步打算**：'), 'plans');
  });
  it('tells 整改措施 from 整改落实情况 in self-examination material', () => {
    const se = genre('self-examination');
    assert.strictEqual(matchSection(se, '努力方向和整改措施'), 'remedies');
    assert.strictEqual(matchSection(se, '上年度组织生活会整改落实情况'), 'previous-rectification');
    assert.strictEqual(matchSection(se, '问题产生的根源'), 'causes');
    // the follow-up of last year's measures names them too: still the follow-up, not the remedies
    assert.strictEqual(matchSection(se, '上年度民主生活会整改措施落实情况'), 'previous-rectification');
    assert.strictEqual(matchSection(se, '上年度整改措施完成情况'), 'previous-rectification');
    assert.strictEqual(matchSection(se, '下一步整改措施'), 'remedies');
    assert.strictEqual(matchSection(pd, '上年度述职评议问题整改措施落实情况'), 'previous-rectification');
  });
  it('reads the other usual wordings of a work summary and of problems', () => {
    const ws = genre('work-summary');
    assert.strictEqual(matchSection(ws, '2025年工作回顾'), 'achievements');
    assert.strictEqual(matchSection(ws, '2025年工作情况'), 'achievements');
    assert.strictEqual(matchSection(ws, '存在的困难和问题'), 'problems');
    assert.strictEqual(matchSection(ws, '存在的短板和不足'), 'problems');
    assert.strictEqual(matchSection(ws, '问题和困难'), 'problems');
    assert.strictEqual(matchSection(ws, '2026年工作打算'), 'plans');
    assert.strictEqual(matchSection(ws, '2026年工作思路'), 'plans');
    assert.strictEqual(matchSection(pd, '存在的薄弱环节和不足'), 'problems');
    assert.strictEqual(matchSection(ws, '存在的薄弱环节'), 'problems');
    assert.strictEqual(matchSection(ws, '面临的困难'), 'problems');
    assert.strictEqual(matchSection(ws, '工作亮点'), 'achievements');
    assert.strictEqual(matchSection(ws, '年度目标任务完成情况'), 'achievements');
    assert.strictEqual(matchSection(ws, '重点工作推进情况'), 'achievements');
    assert.strictEqual(matchSection(ws, '2026年重点工作安排'), 'plans');
  });
  it('reads duty worded with 落实 and the usual headings of a 述职 and a self-examination', () => {
    assert.strictEqual(matchSection(pd, '落实全面从严治党主体责任情况'), 'duty');
    assert.strictEqual(matchSection(genre('duty-integrity'), '落实党风廉政建设责任制情况'), 'duty');
    const ar = genre('annual-review');
    assert.strictEqual(matchSection(ar, '勤勉尽责，全力抓好分管工作'), 'duty');
    assert.strictEqual(matchSection(ar, '工作上，狠抓任务落实'), 'duty');
    assert.strictEqual(matchSection(ar, '存在的短板'), 'problems');
    assert.strictEqual(matchSection(ar, '严于律己，廉洁自律'), 'integrity');
    const se = genre('self-examination');
    assert.strictEqual(matchSection(se, '个人对照检查情况'), 'problems');
    assert.strictEqual(matchSection(se, '上年度对照检查问题整改情况'), 'previous-rectification');
    // 履职工作特色和亮点 opening a 抓党建 report is its account of duty; 工作亮点 after it stays a part of its own
    const pb = genre('party-building');
    assert.strictEqual(matchSection(pb, '履职工作特色和亮点'), 'duty');
    assert.strictEqual(matchSection(pb, '工作亮点'), 'highlights');
  });
  it('reads 德能勤绩廉 headings of an annual review', () => {
    const ar = genre('annual-review');
    assert.strictEqual(matchSection(ar, '坚持学习，提升政治站位'), 'study');
    assert.strictEqual(matchSection(ar, '强化政治担当，扎实履职尽责'), 'duty');
    assert.strictEqual(matchSection(ar, '严守纪律，清正廉洁'), 'integrity');
  });
  it('reads duty worded as what was done, and problems named as 不足 of the work', () => {
    const ar = genre('annual-review');
    assert.strictEqual(matchSection(ar, '聚焦中心任务，推动学院事业发展'), 'duty');
    assert.strictEqual(matchSection(ar, '聚焦发展大局，全力推动各项工作'), 'duty');
    assert.strictEqual(matchSection(ar, '立足岗位职责，扎实做好本职工作'), 'duty');
    assert.strictEqual(matchSection(ar, '务实重干，圆满完成年度目标任务'), 'duty');
    assert.strictEqual(matchSection(ar, '凝心聚力谋发展，攻坚克难促落实'), 'duty');
    assert.strictEqual(matchSection(genre('work-summary'), '真抓实干，推动高质量发展'), 'achievements');
    assert.strictEqual(matchSection(genre('party-building'), '围绕中心，服务大局'), 'duty');
    // the other parts keep their headings when 推动 is in them too
    assert.strictEqual(matchSection(ar, '加强学习，推动思想认识和工作能力双提升'), 'study');
    assert.strictEqual(matchSection(ar, '下一步打算，推动工作再上新台阶'), 'plans');
    assert.strictEqual(matchSection(ar, '工作中的不足'), 'problems');
    assert.strictEqual(matchSection(ar, '差距与不足'), 'problems');
    assert.strictEqual(matchSection(ar, '不足与差距'), 'problems');
    assert.strictEqual(matchSection(genre('work-summary'), '2026年工作要点'), 'plans');
  });
  it('reads problems named with their causes, 差距和短板, 推进情况 and the duty of a 抓党建 report in its own words', () => {
    for (const g of BUILTIN_GENRES.filter((x) => x.id !== 'generic')) {
      for (const h of ['问题及原因分析', '问题和原因', '存在的问题及原因剖析', '差距和短板', '不足和弱项']) {
        assert.strictEqual(matchSection(g, h), 'problems', `${g.id}: ${h}`);
      }
    }
    assert.strictEqual(matchSection(genre('annual-review'), '重点工作推进情况'), 'duty');
    assert.strictEqual(matchSection(pd, '任务落实情况'), 'duty');
    const pb = genre('party-building');
    assert.strictEqual(matchSection(pb, '抓基层党建工作情况'), 'duty');
    assert.strictEqual(matchSection(pb, '抓党建工作主要做法'), 'duty');
    assert.strictEqual(matchSection(pb, '抓党建成效'), 'duty');
    // the problems of the work stay problems
    assert.strictEqual(matchSection(pb, '抓基层党建工作存在的问题'), 'problems');
    // the causes alone stay the causes
    assert.strictEqual(matchSection(genre('self-examination'), '原因分析'), 'causes');
  });
});

describe('otherSectionsNamed', () => {
  it('names the second part of a heading joining two sections', () => {
    const se = genre('self-examination');
    assert.deepStrictEqual(otherSectionsNamed(se, '存在的问题及原因分析', 'problems'), ['causes']);
    assert.deepStrictEqual(otherSectionsNamed(se, '查摆的问题和原因', 'problems'), ['causes']);
    assert.deepStrictEqual(otherSectionsNamed(genre('duty-integrity'), '履行全面从严治党责任和廉洁自律情况', 'duty'), ['integrity']);
  });
  it('names nothing more for one section worded with 和/及, or for a heading without them', () => {
    const se = genre('self-examination');
    assert.deepStrictEqual(otherSectionsNamed(se, '努力方向和整改措施', 'remedies'), []);
    assert.deepStrictEqual(otherSectionsNamed(genre('annual-review'), '存在的问题和不足', 'problems'), []);
    assert.deepStrictEqual(otherSectionsNamed(genre('work-summary'), '主要工作及成效', 'achievements'), []);
    assert.deepStrictEqual(otherSectionsNamed(genre('duty-integrity'), '履行党风廉政建设主体责任情况', 'duty'), []);
    // a part that only holds a section's word among others is no name of it
    assert.deepStrictEqual(otherSectionsNamed(genre('annual-review'), '聚焦突出问题和群众关切', undefined), []);
  });
  it('lets a self-examination name its problems and their causes in one part', () => {
    const text = [
      '2025年度民主生活会个人对照检查材料',
      '现将个人对照检查情况报告如下。',
      '一、存在的问题及原因分析',
      '一是学习不够深入。究其原因，是思想上有所放松。',
      '二、整改措施',
      '一是制定学习计划。',
    ].join('\n');
    const m = parseReport(text);
    assert.deepStrictEqual(missingSections(m, genre('self-examination')), []);
    // without 原因 in it the causes are still asked for
    const without = parseReport(text.replace('存在的问题及原因分析', '存在的问题'));
    assert.deepStrictEqual(missingSections(without, genre('self-examination')).map((x) => x.section.id), ['causes']);
  });
});

describe('inferGenre', () => {
  const titled = (title: string) => inferGenre(parseReport(`${title}\n现将有关情况报告如下。\n一、主要工作\n`)).id;
  it('recognises each genre by its usual titles', () => {
    assert.strictEqual(titled('2023年度个人述职报告'), 'annual-review');
    assert.strictEqual(titled('2023年度述职述廉报告'), 'annual-review');
    assert.strictEqual(titled('2023年度全面从严治党述职报告'), 'party-discipline');
    assert.strictEqual(titled('党委书记2023年度履行全面从严治党第一责任人职责情况报告'), 'party-discipline');
    assert.strictEqual(titled('关于落实党风廉政建设主体责任情况的报告'), 'party-discipline');
    assert.strictEqual(titled('2023年度述责述廉报告'), 'duty-integrity');
    assert.strictEqual(titled('2023年度党委书记抓基层党建工作述职报告'), 'party-building');
    assert.strictEqual(titled('履行基层党建工作第一责任人职责述职报告'), 'party-building');
    assert.strictEqual(titled('张三同志2023年度民主生活会个人对照检查材料'), 'self-examination');
    assert.strictEqual(titled('第二党支部组织生活会党性分析材料'), 'self-examination');
    assert.strictEqual(titled('市统计局2023年工作总结和2024年工作计划'), 'work-summary');
    assert.strictEqual(titled('关于防汛工作的情况说明'), 'generic');
  });
  it('reads a title broken over two lines whole', () => {
    assert.strictEqual(inferGenre(parseReport('县发展和改革局党组书记、局长\n2025年度民主生活会个人对照检查材料\n一、存在的问题\n')).id, 'self-examination');
    assert.strictEqual(inferGenre(parseReport('县住房和城乡建设局局长李明同志\n2025年度述责述廉报告\n一、履行职责情况\n')).id, 'duty-integrity');
  });
  it('prefers front matter genre (id or name) over the title', () => {
    const byId = parseReport('---\ngenre: self-examination\n---\n2023年度述职报告\n');
    assert.deepStrictEqual([inferGenreDetailed(byId).genre.id, inferGenreDetailed(byId).by], ['self-examination', 'front-matter']);
    assert.strictEqual(inferGenre(parseReport('---\ngenre: 述责述廉报告\n---\n报告\n')).id, 'duty-integrity');
    const unknown = inferGenreDetailed(parseReport('---\ngenre: 调研报告\n---\n2023年度述职报告\n'));
    assert.deepStrictEqual([unknown.genre.id, unknown.by, unknown.unknownName], ['annual-review', 'title', '调研报告']);
  });
  it('finds genres by id, Chinese and English name, alias', () => {
    assert.strictEqual(findGenre(BUILTIN_GENRES, 'WORK-SUMMARY')?.id, 'work-summary');
    assert.strictEqual(findGenre(BUILTIN_GENRES, '对照检查材料')?.id, 'self-examination');
    assert.strictEqual(findGenre(BUILTIN_GENRES, 'Annual work summary')?.id, 'work-summary');
    assert.strictEqual(findGenre(BUILTIN_GENRES, '发言提纲')?.id, 'self-examination');
    assert.strictEqual(findGenre(BUILTIN_GENRES, ''), undefined);
  });
});

describe('missingSections', () => {
  it('finds nothing missing in the site template (全面从严治党述职)', function () {
    if (!fs.existsSync(samplePath)) this.skip();
    const m = parseReport(fs.readFileSync(samplePath, 'utf8'));
    const g = inferGenre(m);
    assert.strictEqual(g.id, 'party-discipline');
    assert.deepStrictEqual(missingSections(m, g), []);
  });

  it('finds nothing missing in a complete annual review', () => {
    const m = parseReport(fs.readFileSync(path.join(fixtures, 'shuzhi-2024.txt'), 'utf8'));
    assert.strictEqual(inferGenre(m).id, 'annual-review');
    assert.deepStrictEqual(missingSections(m, inferGenre(m)), []);
    assert.deepStrictEqual(missingSections(m, inferGenre(m), { includeOptional: true }), []);
  });

  const report = REPORT_WITHOUT_PROBLEMS_SECTION;

  it('places a missing middle section before the next section, with its number', () => {
    const m = parseReport(report);
    const missing = missingSections(m, genre('party-discipline'));
    assert.deepStrictEqual(missing.map((x) => [x.section.id, x.number]), [['problems', 2]]);
    assert.strictEqual(missing[0].offset, report.indexOf('二、下步打算'));
    assert.strictEqual(textOf(m, missing[0].before!.headingText), '下步打算');
  });

  it('places a missing last section before the closing sentence and 落款', () => {
    const text = report.replace('二、下步打算\n一是压实责任。\n', '二、存在的问题\n一是监督偏软。\n');
    const missing = missingSections(parseReport(text), genre('party-discipline'));
    assert.deepStrictEqual(missing.map((x) => [x.section.id, x.number]), [['plans', 3]]);
    assert.strictEqual(missing[0].offset, text.indexOf('以上报告'));
  });

  it('lists optional sections only when asked', () => {
    const all = missingSections(parseReport(report), genre('party-discipline'), { includeOptional: true });
    assert.deepStrictEqual(all.map((x) => [x.section.id, x.number, x.required]), [
      ['previous-rectification', 2, false], ['integrity', 2, false], ['problems', 2, true], ['causes', 2, false],
    ]);
  });

  it('places sections after the opening of a report without headings, before its closing', () => {
    const text = '2024年度述责述廉报告\n现将情况报告如下。\n以上报告，请予评议。\n报告人：赵某\n2025年1月6日';
    const missing = missingSections(parseReport(text), genre('duty-integrity'));
    assert.deepStrictEqual(missing.map((x) => [x.section.id, x.number]), [['duty', 1], ['integrity', 1], ['problems', 1], ['plans', 1]]);
    assert.ok(missing.every((x) => x.offset === text.indexOf('以上报告')));
    const bare = '2024年度述责述廉报告\n现将情况报告如下。';
    assert.ok(missingSections(parseReport(bare), genre('duty-integrity')).every((x) => x.offset === bare.length));
  });

  it('never asks the generic fallback for sections', () => {
    assert.deepStrictEqual(missingSections(parseReport('关于防汛工作的情况说明\n一、基本情况\n'), genre('generic')), []);
  });
});
