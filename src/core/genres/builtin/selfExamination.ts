import { Genre } from '../types';
import { CAUSE_PATTERNS, PLAN_ALIASES, PLAN_PATTERNS, PROBLEM_ALIASES, PROBLEM_PATTERNS } from './common';

/**
 * 民主生活会 / 组织生活会个人对照检查材料: (上年度整改) → 问题（按当年通知分方面）→ 原因 → 整改措施.
 * Read out at the meeting, so usually without 落款.
 */
export const selfExamination: Genre = {
  id: 'self-examination',
  names: { zh: '对照检查材料', en: 'Self-examination statement' },
  description: { zh: '民主生活会、组织生活会个人对照检查：整改情况、问题、原因、整改措施', en: 'Democratic life meeting self-examination: follow-up, problems, causes, remedies' },
  aliases: ['个人对照检查材料', '民主生活会对照检查材料', '组织生活会对照检查材料', '发言提纲', '检视剖析材料'],
  titlePatterns: ['对照检查', '民主生活会', '组织生活会', '检视剖析', '党性分析', '发言提纲'],
  prefixes: ['dzjc', '对照检查', '民主生活会', '组织生活会'],
  title: '${1:×××}同志${2:20XX}年度${3|民主生活会,组织生活会|}个人对照检查材料',
  opening: [
    '根据${1:【单位名称】}关于召开${2:20XX}年度${3|民主生活会,组织生活会|}的通知要求，会前我认真学习了有关文件和理论著作，通过谈心谈话、发放征求意见表等方式广泛听取意见，深入查摆问题、剖析根源。现将个人对照检查情况报告如下，请同志们批评指正。',
  ],
  sections: [
    {
      id: 'previous-rectification',
      heading: '上年度民主生活会整改落实情况',
      headingChoices: ['上年度民主生活会整改落实情况', '上年度组织生活会整改落实情况'],
      aliases: ['整改落实情况', '上年度整改落实情况', '上一年度问题整改情况', '上年度问题整改情况'],
      patterns: ['整改(?:落实)?情况'],
      required: false,
      prefixes: ['zgqk', '整改落实情况'],
      body: [
        '对上年度查摆的${1:X}个方面问题，逐条制定整改措施，明确整改时限。截至目前，已整改完成${2:X}项，持续整改${3:X}项，${4:××}问题需要长期坚持、久久为功。',
      ],
      subsections: [],
    },
    {
      id: 'problems',
      heading: '存在的问题',
      headingChoices: ['存在的问题', '查摆的问题', '对照检查查摆的问题'],
      aliases: [...PROBLEM_ALIASES, '查摆的问题', '对照检查查摆的问题', '查摆问题情况', '个人检视的问题'],
      patterns: [...PROBLEM_PATTERNS, '查摆', '检视'],
      required: true,
      prefixes: ['czwt', 'cbwt', '存在的问题', '查摆问题'],
      body: [],
      // the aspects are set by each year's notice; these are the ones that recur
      subsections: [
        {
          id: 'political',
          heading: '在理论学习和政治能力方面',
          style: 'standalone',
          body: ['一是学习的系统性不够，对党的创新理论有时满足于读原文、记要点，联系实际思考不深，运用理论指导${1:××}工作的本领还有差距。二是政治敏锐性有待增强，对分管领域${2:××}方面的风险隐患研判不够及时。'],
          inReport: true,
          prefixes: ['zznl', '政治能力'],
        },
        {
          id: 'responsibility',
          heading: '在担当作为、履职尽责方面',
          style: 'standalone',
          body: ['一是攻坚克难的劲头有所减弱，面对${1:××}等难题，有时存在畏难情绪，习惯于按部就班。二是改革创新意识不强，工作思路局限于老办法、老经验，开创性举措不多。'],
          inReport: true,
          prefixes: ['ddzw', '担当作为'],
        },
        {
          id: 'people',
          heading: '在联系服务群众方面',
          style: 'standalone',
          body: ['一是深入基层不够经常，全年到基层调研${1:X}次，与群众面对面交流不多。二是解决群众急难愁盼问题用力不够，对${2:××}等诉求回应不够及时。'],
          inReport: true,
          prefixes: ['fwqz', '服务群众'],
        },
        {
          id: 'conduct',
          heading: '在作风建设和廉洁自律方面',
          style: 'standalone',
          body: ['一是落实中央八项规定精神有时标准不够高，对身边同志${1:××}等苗头性问题提醒不够。二是过紧日子的思想树得不牢，对${2:××}方面的支出把关不够严格。'],
          inReport: true,
          prefixes: ['zfjs', '作风建设'],
        },
      ],
    },
    {
      id: 'personal-matters',
      heading: '个人有关事项和廉洁自律情况',
      aliases: ['个人有关事项', '个人有关事项报告情况', '廉洁自律情况', '个人廉洁自律情况'],
      patterns: ['个人有关事项', '廉洁(?:自律)?(?:情况)?'],
      required: false,
      prefixes: ['grsx', '个人有关事项'],
      body: [
        '本人严格遵守个人有关事项报告制度，如实报告婚姻、房产、投资等情况；本人及配偶、子女不存在违规经商办企业、违规借贷等问题。${1:【填写其他需要说明的事项】}',
      ],
      subsections: [],
    },
    {
      id: 'causes',
      heading: '问题产生的原因',
      headingChoices: ['问题产生的原因', '原因剖析', '根源剖析'],
      aliases: ['产生问题的原因', '原因分析', '深层次原因剖析', '问题根源剖析', '产生问题的根源'],
      patterns: CAUSE_PATTERNS,
      required: true,
      prefixes: ['yyfx', 'yypx', '原因剖析', '原因分析'],
      body: [],
      subsections: [
        {
          id: 'ideals',
          heading: '理想信念还不够坚定',
          style: 'run-in',
          body: ['对理论学习的极端重要性认识不足，没有真正把学习作为终身课题，理想信念的“压舱石”还需进一步夯实。'],
          inReport: true,
          prefixes: ['lxxn', '理想信念'],
        },
        {
          id: 'party-spirit',
          heading: '党性修养有所放松',
          style: 'run-in',
          body: ['随着工作年限增长，自我要求有所降低，党性锻炼的自觉性不够，开展批评与自我批评的勇气有所减弱。'],
          inReport: true,
          prefixes: ['dxxy', '党性修养'],
        },
        {
          id: 'purpose',
          heading: '宗旨意识还需加强',
          style: 'run-in',
          body: ['对“为了谁、依靠谁、我是谁”思考得不够深，有时把完成上级任务看得重，把群众满意不满意看得轻。'],
          inReport: true,
          prefixes: ['zzys', '宗旨意识'],
        },
        {
          id: 'discipline',
          heading: '纪律规矩意识有所淡化',
          style: 'run-in',
          body: ['认为自己长期在机关工作，不会出大问题，对小节小事要求不严，纪律规矩的弦没有时时绷紧。'],
          inReport: true,
          prefixes: ['jlys', '纪律意识'],
        },
      ],
    },
    {
      id: 'remedies',
      heading: '整改措施',
      headingChoices: ['整改措施', '努力方向和整改措施', '下一步整改方向'],
      aliases: [...PLAN_ALIASES, '努力方向和整改措施', '下一步整改方向', '下一步整改措施', '下步整改措施'],
      patterns: PLAN_PATTERNS,
      required: true,
      prefixes: ['zgcs', 'xbds', '整改措施', '努力方向'],
      body: [
        '一是持续加强理论武装。制定个人学习计划，每月精读重要文章不少于${1:X}篇，坚持学思用贯通、知信行统一。',
        '二是主动担当作为。针对${2:××}等难点问题，带头领题攻坚，明确时间表、路线图，确保${3:20XX}年底前取得明显成效。',
        '三是践行群众路线。坚持每季度到基层联系点调研不少于${4:X}次，建立群众诉求台账，做到件件有回音、事事有着落。',
        '四是严守纪律规矩。严格落实中央八项规定精神，带头过紧日子，管好家属子女和身边工作人员，始终保持清正廉洁的政治本色。',
      ],
      subsections: [],
    },
  ],
  closing: ['以上对照检查，不妥之处，请各位同志批评指正。', '以上发言，请同志们批评帮助。'],
  signature: { kind: 'none' },
};
