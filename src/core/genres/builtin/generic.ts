import { Genre } from '../types';
import { DUTY_ACTION_PATTERNS, DUTY_PATTERNS, PLAN_ALIASES, PLAN_PATTERNS, PROBLEM_ALIASES, PROBLEM_PATTERNS } from './common';

/**
 * The fallback when neither front matter nor title names a genre: the common three-part frame.
 * Nothing is required, so an unrecognised report is never told it lacks a section.
 */
export const genericReport: Genre = {
  id: 'generic',
  names: { zh: '通用报告', en: 'General report' },
  description: { zh: '通用三段式：主要工作、存在的问题、下一步打算', en: 'The common frame: work, problems, plans' },
  aliases: ['报告', '通用'],
  titlePatterns: [],
  prefixes: ['tybg', '通用报告'],
  title: '${1:关于××情况的报告}',
  opening: ['${1:××}以来，${2:【单位名称】}认真贯彻落实上级部署要求，扎实推进${3:××}工作，取得了阶段性成效。现将有关情况报告如下。'],
  sections: [
    {
      id: 'work',
      heading: '主要工作情况',
      headingChoices: ['主要工作情况', '主要做法及成效', '工作开展情况'],
      aliases: ['主要工作', '主要做法', '工作开展情况', '履职情况', '履行职责情况'],
      patterns: [...DUTY_PATTERNS, ...DUTY_ACTION_PATTERNS, '成效'],
      required: false,
      inReport: true,
      prefixes: ['zygz', 'lzqk', '主要工作', '履职情况'],
      body: [
        '一是${1:××}。二是${2:××}。三是${3:××}。',
      ],
      subsections: [],
    },
    {
      id: 'problems',
      heading: '存在的问题',
      aliases: PROBLEM_ALIASES,
      patterns: PROBLEM_PATTERNS,
      required: false,
      inReport: true,
      prefixes: ['czwt', '存在的问题'],
      body: ['一是${1:××}。二是${2:××}。'],
      subsections: [],
    },
    {
      id: 'plans',
      heading: '下一步打算',
      headingChoices: ['下一步打算', '下步打算', '下一步工作打算'],
      aliases: PLAN_ALIASES,
      patterns: PLAN_PATTERNS,
      required: false,
      inReport: true,
      prefixes: ['xbds', '下步打算', '下一步打算'],
      body: ['一是${1:××}。二是${2:××}。'],
      subsections: [],
    },
  ],
  closing: ['特此报告。', '以上报告，请审阅。'],
  signature: { kind: 'unit' },
};
