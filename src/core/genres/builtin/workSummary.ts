import { Genre } from '../types';
import { DUTY_ACTION_PATTERNS, PLAN_ALIASES, PLAN_PATTERNS, PROBLEM_ALIASES, PROBLEM_PATTERNS } from './common';

/** 年度工作总结 (单位): 主要工作及成效 → 问题和不足 → 下一年度工作打算; 落款 is the unit. */
export const workSummary: Genre = {
  id: 'work-summary',
  names: { zh: '年度工作总结', en: 'Annual work summary' },
  description: { zh: '单位年度工作总结：主要工作及成效、问题和不足、下一年度工作打算', en: 'Unit’s annual summary: work and results, problems, next year’s plans' },
  aliases: ['工作总结', '年度总结', '工作总结和工作计划'],
  titlePatterns: ['工作总结', '年度总结', '总结(?:暨|和|及)'],
  prefixes: ['gzzj', 'ndzj', '工作总结', '年度总结'],
  title: '${1:【单位名称】}${2:20XX}年工作总结',
  opening: [
    '${1:20XX}年，${2:【单位名称】}在${3:【上级单位名称】}的坚强领导下，坚持稳中求进工作总基调，聚焦${4:××}目标任务，攻坚克难、真抓实干，各项工作取得了新进展。现将全年工作总结如下。',
  ],
  sections: [
    {
      id: 'achievements',
      heading: '主要工作及成效',
      headingChoices: ['主要工作及成效', '工作开展情况', '主要工作完成情况'],
      aliases: ['主要成效', '主要工作', '工作完成情况', '主要工作开展情况', '主要做法和成效', '工作开展情况及成效', '主要工作和成效'],
      patterns: ['主要(?:工作|成效|做法|成绩)', '工作(?:开展|完成|落实|推进)?情况', '(?:目标)?任务(?:完成|落实)情况', '工作回顾', '(?:工作)?亮点', '成效', '成绩', ...DUTY_ACTION_PATTERNS],
      required: true,
      prefixes: ['zygz', 'gzkz', '主要工作', '工作开展情况'],
      body: [],
      subsections: [
        {
          id: 'targets',
          heading: '聚焦目标任务，主要指标稳中有进',
          style: 'run-in',
          body: ['全年实现${1:××}收入${2:X}万元，同比增长${3:X}%，占年度目标的${4:X}%，${5:X}项主要指标位居同类单位前列。'],
          inReport: true,
          prefixes: ['mbrw', '目标任务'],
        },
        {
          id: 'projects',
          heading: '狠抓项目建设，发展后劲持续增强',
          style: 'run-in',
          body: ['实施重点项目${1:X}个，完成投资${2:X}亿元，${3:××}项目建成投用，${4:××}项目开工建设。'],
          inReport: true,
          prefixes: ['xmjs', '项目建设'],
        },
        {
          id: 'livelihood',
          heading: '坚持为民办事，民生保障更加有力',
          style: 'run-in',
          body: ['办理群众诉求${1:X}件，按期办结率${2:X}%，完成${3:××}等民生实事${4:X}件，群众获得感不断增强。'],
          inReport: true,
          prefixes: ['msbz', '民生保障'],
        },
        {
          id: 'self-building',
          heading: '加强自身建设，队伍作风持续改进',
          style: 'run-in',
          body: ['深入推进全面从严治党，开展集中学习${1:X}次，修订完善内部管理制度${2:X}项，干部队伍干事创业的精气神明显提升。'],
          inReport: true,
          prefixes: ['zsjs', '自身建设'],
        },
      ],
    },
    {
      id: 'problems',
      heading: '存在的问题和不足',
      headingChoices: ['存在的问题和不足', '存在的问题', '存在的主要问题'],
      aliases: PROBLEM_ALIASES,
      patterns: PROBLEM_PATTERNS,
      required: true,
      prefixes: ['czwt', '存在的问题', '问题和不足'],
      body: [
        '在肯定成绩的同时，我们也清醒地看到，工作中还存在一些问题和不足：一是${1:××}等重点指标增长乏力，发展质量效益有待提升；二是项目储备不够充足，${2:××}项目推进较慢；三是干部队伍能力素质与新形势新任务的要求还不完全适应。对这些问题，我们将在今后工作中认真加以解决。',
      ],
      subsections: [],
    },
    {
      id: 'plans',
      heading: '下一年度工作打算',
      headingChoices: ['下一年度工作打算', '下一步工作打算', '下一年度工作思路'],
      aliases: [...PLAN_ALIASES, '下一年度工作计划', '下一年度工作思路', '明年工作打算', '明年工作计划'],
      patterns: [...PLAN_PATTERNS, '(?:下一?年度?|明年)(?:工作)?(?:打算|计划|思路|安排)'],
      required: true,
      prefixes: ['gzds', 'xbds', '工作打算', '工作计划', '下步打算'],
      body: [
        '${1:20XX}年，我们将坚持以${2:××}为工作主线，重点抓好以下工作：',
        '一是着力稳增长。紧盯年度目标任务，力争全年${3:××}增长${4:X}%以上。',
        '二是着力抓项目。加快${5:××}等重点项目建设，确保按期建成投用。',
        '三是着力惠民生。持续办好民生实事，扎实解决群众急难愁盼问题。',
        '四是着力强队伍。深化全面从严治党，锻造忠诚干净担当的干部队伍。',
      ],
      subsections: [],
    },
  ],
  closing: ['特此报告。'],
  signature: { kind: 'unit' },
};
