import { Genre } from '../types';
import { DUTY_ACTION_PATTERNS, DUTY_PATTERNS, PLAN_ALIASES, PLAN_PATTERNS, PROBLEM_ALIASES, PROBLEM_PATTERNS } from './common';

/** 党组织书记抓基层党建工作述职报告: 履职情况（做法、成效、亮点）→ 问题及原因 → 下一步打算. */
export const partyBuilding: Genre = {
  id: 'party-building',
  names: { zh: '书记抓基层党建工作述职报告', en: 'Secretary’s report on Party building' },
  description: { zh: '党组织书记抓基层党建述职：履职情况、问题及原因、下一步打算', en: 'Party secretary on grassroots Party building: work, problems and causes, plans' },
  aliases: ['抓党建述职', '抓基层党建述职报告', '书记抓党建述职报告'],
  titlePatterns: ['抓(?:基层)?党建', '基层党建工作'],
  prefixes: ['djsz', 'sjzdj', '抓党建述职', '党建述职', '书记抓党建'],
  title: '${1:20XX}年度${2|党委,党总支,党支部|}书记抓基层党建工作述职报告',
  opening: [
    '根据${1:【单位名称】}党建工作领导小组的统一安排，现就本人${2:20XX}年度履行基层党建工作第一责任人职责情况述职如下。',
  ],
  sections: [
    {
      id: 'duty',
      heading: '履职情况',
      headingChoices: ['履职情况', '主要做法及成效', '抓党建工作主要做法及成效'],
      aliases: ['履行职责情况', '主要做法', '主要做法和成效', '工作开展情况', '履行第一责任人职责情况', '履职工作特色和亮点'],
      // 抓基层党建工作情况, 抓党建主要做法及成效: the duty named by the genre's own words
      patterns: [...DUTY_PATTERNS, ...DUTY_ACTION_PATTERNS, '抓(?:基层)?党建(?:工作)?(?:(?:开展|落实)?情况|(?:主要)?做法|成效)'],
      required: true,
      prefixes: ['lzqk', '履职情况'],
      body: [],
      subsections: [
        {
          id: 'responsibility',
          heading: '坚持书记带头抓，压实党建工作责任',
          style: 'run-in',
          body: ['坚持把抓好党建作为最大政绩，全年主持召开党建工作专题会议${1:X}次，制定党建工作要点和责任清单，带头讲专题党课${2:X}次，到基层联系点调研指导${3:X}次。'],
          inReport: true,
          prefixes: ['djzr', '党建责任'],
        },
        {
          id: 'organization',
          heading: '坚持抓基层强基础，提升组织建设质量',
          style: 'run-in',
          body: ['对照党支部标准化规范化建设要求，逐一排查${1:X}个基层党组织，整顿提升后进党组织${2:X}个。严格落实“三会一课”、组织生活会、民主评议党员等制度，党内组织生活质量明显提高。'],
          inReport: true,
          prefixes: ['zzjs', '组织建设'],
        },
        {
          id: 'members',
          heading: '坚持严管厚爱，加强党员队伍建设',
          style: 'run-in',
          body: ['分层分类开展党员教育培训${1:X}期，培训党员${2:X}人次；严把党员发展质量关，全年发展党员${3:X}名，其中35岁以下青年${4:X}名。'],
          inReport: true,
          prefixes: ['dydw', '党员队伍'],
        },
        {
          id: 'integration',
          heading: '坚持融合发展，推动党建业务同频共振',
          style: 'run-in',
          body: ['围绕${1:××}中心工作，探索“党建+”工作模式，组建党员突击队${2:X}支，在急难险重任务中充分发挥党组织战斗堡垒作用。'],
          inReport: false,
          prefixes: ['rhfz', '融合发展'],
        },
      ],
    },
    {
      id: 'highlights',
      heading: '特色和亮点',
      aliases: ['工作亮点', '特色亮点', '创新做法', '工作特色'],
      patterns: ['亮点', '特色', '创新做法'],
      required: false,
      prefixes: ['tsld', '特色和亮点', '工作亮点'],
      body: [
        '坚持以品牌创建带动整体提升，打造“${1:××}”党建品牌，相关经验做法被${2:【单位名称】}刊发推广。',
      ],
      subsections: [],
    },
    {
      id: 'problems',
      heading: '存在的问题及原因',
      headingChoices: ['存在的问题及原因', '存在的问题', '存在的主要问题'],
      aliases: PROBLEM_ALIASES,
      patterns: PROBLEM_PATTERNS,
      required: true,
      prefixes: ['czwt', '存在的问题'],
      body: [
        '一是抓党建的精力投入还不够。有时重业务、轻党建，对基层党建工作研究部署多、跟踪问效少。',
        '二是基层党组织发展还不平衡。${1:X}个党支部在活动阵地和制度落实方面仍有短板，组织生活存在形式化现象。',
        '三是党员教育管理方式较为传统。对流动党员、青年党员的教育管理办法不多，党员先锋模范作用发挥不够充分。',
        '分析原因，主要是本人抓党建的责任意识还需强化，统筹党建和业务工作的能力还需提升，推动制度落实的韧劲还不足。',
      ],
      subsections: [],
    },
    {
      id: 'plans',
      heading: '下一步工作打算',
      headingChoices: ['下一步工作打算', '下步工作思路', '下一步努力方向'],
      aliases: PLAN_ALIASES,
      patterns: PLAN_PATTERNS,
      required: true,
      prefixes: ['xbds', 'xydbs', '下步打算', '下一步工作打算'],
      body: [
        '一是进一步压实责任。严格落实党建工作责任制，把基层党建纳入${1:【单位名称】}年度考核，推动书记抓、抓书记常态长效。',
        '二是进一步夯实基础。年底前完成${2:X}个党支部标准化建设，全面整顿软弱涣散基层党组织。',
        '三是进一步锻造队伍。加强党支部书记和党务干部培训，创新党员教育管理方式，激励党员在${3:××}中当先锋、作表率。',
      ],
      subsections: [],
    },
  ],
  closing: ['以上述职，请予评议。', '以上报告，不妥之处，请各位领导和同志们批评指正。'],
  signature: { kind: 'person', label: '述职人：' },
};
