import { Rule } from '../lint/types';

export const placeholderRule: Rule = {
  id: 'placeholder',
  defaultSeverity: 'error',
  description: { zh: '未填写的占位符（X次、20XX年、××、【单位名称】等）', en: 'Unfilled placeholders (X次, 20XX年, ××, 【单位名称】…)' },
  check() {
    return [];
  },
};
