import { Genre } from '../types';
import { INTEGRITY_PATTERNS, PLAN_ALIASES, PLAN_PATTERNS, PROBLEM_ALIASES, PROBLEM_PATTERNS } from './common';

/**
 * 述责述廉报告 (党内监督条例: 领导干部每年述责述廉，接受评议). About duty and integrity, not a
 * summary of business work.
 */
export const dutyIntegrity: Genre = {
  id: 'duty-integrity',
  names: { zh: '述责述廉报告', en: 'Report on duty and integrity' },
  description: { zh: '领导干部述责述廉：履行管党治党责任、廉洁自律、问题、改进方向', en: 'Duty and integrity: Party duties, personal integrity, problems, improvements' },
  aliases: ['述责述廉', '个人述责述廉报告'],
  titlePatterns: ['述责述廉'],
  prefixes: ['szsl', '述责述廉'],
  title: '${1:20XX}年度${2|述责述廉报告,个人述责述廉报告|}',
  opening: [
    '根据${1:【单位名称】}关于开展领导干部述责述廉工作的通知要求，现将本人${2:20XX}年度履行全面从严治党责任和廉洁自律情况报告如下。',
  ],
  sections: [
    {
      id: 'duty',
      heading: '履行全面从严治党责任情况',
      headingChoices: ['履行全面从严治党责任情况', '履行“一岗双责”情况', '履行党风廉政建设责任情况'],
      aliases: ['履行主体责任情况', '履行一岗双责情况', '履行管党治党责任情况', '履职尽责情况', '述责情况'],
      patterns: ['(?:履行|落实)[^，。；]{0,14}(?:职责|责任)(?:情况)?', '一岗双责', '履职(?:尽责)?(?:情况)?', '主体责任', '述责'],
      required: true,
      prefixes: ['lxzr', 'lzqk', '履行责任情况', '一岗双责'],
      body: [
        '坚持把全面从严治党作为分内之事、应尽之责，认真落实“一岗双责”。全年研究部署分管领域党风廉政建设工作${1:X}次，与分管部门负责人开展廉政谈话${2:X}人次。',
        '聚焦${3:××}等重点工作，督促分管部门排查廉政风险点${4:X}个，完善内控制度${5:X}项，做到业务工作延伸到哪里，党风廉政建设就跟进到哪里。',
      ],
      subsections: [],
    },
    {
      id: 'political-discipline',
      heading: '执行政治纪律和政治规矩情况',
      aliases: ['遵守政治纪律和政治规矩情况', '遵守政治纪律情况', '严守政治纪律和政治规矩情况'],
      patterns: ['政治纪律', '政治规矩'],
      required: false,
      inReport: true,
      prefixes: ['zzjl', '政治纪律'],
      body: [
        '始终在思想上政治上行动上同党中央保持高度一致，坚决贯彻落实上级决策部署，严格执行请示报告制度，全年按规定请示报告重大事项${1:X}件，没有发表与党中央精神不一致的言论。',
      ],
      subsections: [],
    },
    {
      id: 'integrity',
      heading: '个人廉洁自律情况',
      aliases: ['廉洁自律情况', '遵守廉洁纪律情况', '执行中央八项规定精神情况', '个人廉洁从政情况', '述廉情况'],
      patterns: [...INTEGRITY_PATTERNS, '述廉'],
      required: true,
      prefixes: ['ljzl', '廉洁自律'],
      body: [],
      subsections: [
        {
          id: 'eight-rules',
          heading: '严格落实中央八项规定精神',
          style: 'run-in',
          body: ['公务出行、公务接待严格按标准执行，不收受礼品礼金，不参加可能影响公正执行公务的宴请，全年因公出差${1:X}次，均按规定审批报销。'],
          inReport: true,
          prefixes: ['bxgd', '八项规定'],
        },
        {
          id: 'personal-matters',
          heading: '如实报告个人有关事项',
          style: 'run-in',
          body: ['按时如实填报个人有关事项报告，本人及家庭成员的房产、投资、收入等情况无漏报瞒报。'],
          inReport: true,
          prefixes: ['grsx', '个人有关事项'],
        },
        {
          id: 'family',
          heading: '管好家属亲属和身边工作人员',
          style: 'run-in',
          body: ['严格执行领导干部配偶、子女及其配偶经商办企业管理规定。本人配偶${1:【填写从业情况】}，子女${2:【填写从业情况】}，均不存在违规经商办企业的情况。'],
          inReport: true,
          prefixes: ['jfjs', '家风建设'],
        },
      ],
    },
    {
      id: 'problems',
      heading: '存在的问题',
      headingChoices: ['存在的问题', '存在的问题及原因', '存在的不足'],
      aliases: PROBLEM_ALIASES,
      patterns: PROBLEM_PATTERNS,
      required: true,
      prefixes: ['czwt', '存在的问题'],
      body: [
        '一是履行“一岗双责”还不够到位。对分管部门的日常监督偏软，发现问题后跟踪问效不够，${1:××}问题整改还不彻底。',
        '二是廉洁教育抓得不够经常。对分管领域干部的思想动态掌握不够及时，谈心谈话多停留在工作层面。',
        '三是自我要求有所放松。有时以事务繁忙为由放松了党纪学习，对新修订的纪律处分条例学得不够深透。',
      ],
      subsections: [],
    },
    {
      id: 'plans',
      heading: '下一步努力方向',
      headingChoices: ['下一步努力方向', '改进措施', '下一步打算'],
      aliases: PLAN_ALIASES,
      patterns: PLAN_PATTERNS,
      required: true,
      prefixes: ['xbds', 'nlfx', '下步打算', '努力方向'],
      body: [
        '一是从严落实责任。定期听取分管部门党风廉政建设情况汇报，每半年至少开展${1:X}次专项督导。',
        '二是从严加强监督。聚焦${2:××}等关键岗位，完善廉政风险防控措施，推动监督关口前移。',
        '三是从严要求自己。坚持以身作则、以上率下，严守纪律规矩，自觉净化社交圈、生活圈、朋友圈。',
      ],
      subsections: [],
    },
  ],
  closing: ['以上报告，请予评议。', '以上报告，不妥之处，请各位领导和同志们批评指正。'],
  signature: { kind: 'person', label: '报告人：' },
};
