import { Genre } from '../types';
import { DUTY_PATTERNS, INTEGRITY_PATTERNS, PLAN_ALIASES, PLAN_PATTERNS, PROBLEM_ALIASES, PROBLEM_PATTERNS } from './common';

/** 年度述职报告 (个人), the 德能勤绩廉 frame: 学习 → 履职 → 廉洁 → 问题 → 打算. */
export const annualReview: Genre = {
  id: 'annual-review',
  names: { zh: '年度述职报告', en: 'Annual performance report' },
  description: { zh: '个人年度述职（德能勤绩廉）：学习、履职、廉洁、问题、打算', en: 'Personal annual review: study, duties, integrity, problems, plans' },
  aliases: ['述职报告', '个人述职报告', '述职述廉报告'],
  titlePatterns: ['述职'],
  prefixes: ['szbg', '述职报告', '年度述职'],
  title: '${1:20XX}年度${2|个人述职报告,述职报告,述职述廉报告|}',
  salutation: '尊敬的各位领导、同志们：',
  opening: [
    '${1:20XX}年，在${2:【单位名称】}党委的坚强领导下，我认真履行${3:××}岗位职责，团结班子成员，依靠全体干部职工，较好地完成了年度目标任务。现将本人一年来的学习、工作和廉洁自律情况报告如下，请予评议。',
  ],
  sections: [
    {
      id: 'study',
      heading: '加强学习，提高政治素养',
      aliases: ['思想政治方面', '加强理论学习', '政治思想情况', '学习情况', '思想政治情况'],
      patterns: [
        '(?:加强|坚持|注重|强化)(?:政治理论|理论)?学习', '学习', '政治(?:素养|素质|站位|能力)', '思想(?:政治|认识)', '理论武装', '党性',
      ],
      required: false,
      prefixes: ['jxxx', '加强学习', '学习情况'],
      body: [
        '坚持把学习作为履职尽责的第一需要，全年参加${1:【单位名称】}党委理论学习中心组集中学习${2:X}次，撰写学习体会${3:X}篇，深入学习党的创新理论，自觉在思想上政治上行动上同党中央保持高度一致。',
        '坚持学以致用，围绕${4:××}工作开展专题调研${5:X}次，形成调研报告${6:X}篇，提出的意见建议被采纳${7:X}条，运用理论分析和解决实际问题的能力有了新的提高。',
      ],
      subsections: [],
    },
    {
      id: 'duty',
      heading: '履职尽责，推动工作落实',
      headingChoices: ['履职尽责，推动工作落实', '履行职责情况', '主要工作及成效'],
      aliases: ['履职情况', '主要工作', '主要做法', '工作开展情况', '工作实绩', '履职尽责情况'],
      patterns: [...DUTY_PATTERNS, '尽职尽责', '担当作为', '干事创业', '推动(?:工作)?落实', '实绩', '业绩'],
      required: true,
      prefixes: ['lzjz', 'lzqk', '履职尽责', '履职情况'],
      body: [],
      subsections: [
        {
          id: 'key-tasks',
          heading: '聚焦中心任务，推动重点工作提质增效',
          style: 'run-in',
          body: ['牵头负责${1:××}工作，制定实施方案，建立周调度、月通报机制，全年完成${2:××}任务${3:X}项，${4:××}指标同比增长${5:X}%。'],
          inReport: true,
          prefixes: ['zdgz', '重点工作'],
        },
        {
          id: 'reform',
          heading: '坚持改革创新，着力破解发展难题',
          style: 'run-in',
          body: ['针对${1:××}方面的短板弱项，推动出台制度措施${2:X}项，${3:××}工作经验被上级部门推广。'],
          inReport: true,
          prefixes: ['ggcx', '改革创新'],
        },
        {
          id: 'supervised-areas',
          heading: '抓好分管领域，守牢安全发展底线',
          style: 'run-in',
          body: ['认真落实“一岗双责”，督促分管部门开展隐患排查${1:X}次，整改问题${2:X}个，分管领域全年未发生重大安全事故。'],
          inReport: true,
          prefixes: ['fgly', '分管领域'],
        },
      ],
    },
    {
      id: 'integrity',
      heading: '严于律己，廉洁自律',
      aliases: ['廉洁自律情况', '廉洁自律方面', '个人廉洁自律情况', '遵守廉洁纪律情况'],
      patterns: INTEGRITY_PATTERNS,
      required: false,
      prefixes: ['ljzl', '廉洁自律'],
      body: [
        '严格遵守中央八项规定及其实施细则精神，认真执行《中国共产党廉洁自律准则》，全年参加警示教育${1:X}次，按规定如实报告个人有关事项。注重管好身边人、身边事，自觉接受组织和群众监督，没有发生违反廉洁纪律的问题。',
      ],
      subsections: [],
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
        '回顾一年来的工作，虽然取得了一定成绩，但对照上级要求和群众期盼，还存在一些差距。一是理论学习不够系统深入，学用结合不够紧密，运用创新理论推动${1:××}工作的办法还不多。二是调查研究不够经常，深入基层一线的时间偏少，对${2:××}等群众关心的问题掌握不够全面。三是工作标准有待提高，抓落实有时满足于完成任务，${3:××}工作离争先进位还有差距。',
      ],
      subsections: [],
    },
    {
      id: 'plans',
      heading: '下一步打算',
      headingChoices: ['下一步打算', '下步打算', '下一步工作打算', '今后努力方向'],
      aliases: PLAN_ALIASES,
      patterns: PLAN_PATTERNS,
      required: true,
      prefixes: ['xbds', 'xydbs', '下步打算', '下一步打算'],
      body: [
        '针对上述问题，我将在今后的工作中认真加以改进。',
        '一是持续强化理论武装。坚持每月开展专题自学不少于${1:X}次，在学懂弄通做实上下功夫，不断提高政治判断力、政治领悟力、政治执行力。',
        '二是聚焦主责主业。围绕${2:××}目标任务，细化工作措施，压实工作责任，确保${3:××}等重点工作取得新突破。',
        '三是始终严守纪律规矩。严格落实中央八项规定精神，时刻自重自省、自警自励，做到干净干事、清白做人。',
      ],
      subsections: [],
    },
  ],
  closing: ['以上述职，请予评议。', '以上报告，请予审议。', '以上是我的述职报告，不妥之处，请各位领导和同志们批评指正。'],
  signature: { kind: 'person', label: '述职人：' },
};
