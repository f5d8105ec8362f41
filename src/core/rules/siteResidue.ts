import { Rule } from '../lint/types';

export const siteResidueRule: Rule = {
  id: 'site-residue',
  defaultSeverity: 'error',
  description: { zh: '文档网站残留（##paidbegin##、第1页 共5页、水印、下载声明等）', en: 'Residue from document sites (##paidbegin##, page chrome, watermarks, download notices…)' },
  check() {
    return [];
  },
};
