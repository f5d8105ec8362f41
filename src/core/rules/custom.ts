import { CustomRuleSetting, finding, Fix, LintSettings, Rule, RuleFinding, Severity } from '../lint/types';
import { scanProse } from './prose';

/**
 * An organisation's own terms from `reportAuthor.customRules`: `{ pattern, message, replacement?,
 * severity? }`. Patterns run over the prose line by line (never over front matter or comments).
 */

export interface CompiledCustomRule {
  setting: CustomRuleSetting;
  re: RegExp;
  severity?: Severity;
}

export interface CustomRuleProblem {
  index: number;
  pattern: string;
  message: string;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'hint'];
const cache = new WeakMap<readonly CustomRuleSetting[], { rules: CompiledCustomRule[]; problems: CustomRuleProblem[] }>();

/** Compiles the settings' custom rules; a pattern that does not compile is reported, not run. */
export function compileCustomRules(settings: LintSettings): { rules: CompiledCustomRule[]; problems: CustomRuleProblem[] } {
  const list = settings.customRules;
  if (!Array.isArray(list) || !list.length) return { rules: [], problems: [] };
  const hit = cache.get(list);
  if (hit) return hit;
  const rules: CompiledCustomRule[] = [];
  const problems: CustomRuleProblem[] = [];
  list.forEach((setting, index) => {
    const pattern = typeof setting?.pattern === 'string' ? setting.pattern : '';
    if (!pattern || typeof setting.message !== 'string' || !setting.message) {
      problems.push({ index, pattern, message: 'needs "pattern" and "message" strings' });
      return;
    }
    const flags = 'g' + [...new Set((setting.flags ?? '').replace(/[^imsu]/g, ''))].join('');
    try {
      const re = new RegExp(pattern, flags);
      if (re.test('')) {
        problems.push({ index, pattern, message: 'matches the empty string' });
        return;
      }
      const severity = setting.severity && SEVERITIES.includes(setting.severity) ? setting.severity : undefined;
      rules.push({ setting, re, severity });
    } catch (e) {
      problems.push({ index, pattern, message: (e as Error).message });
    }
  });
  const result = { rules, problems };
  cache.set(list, result);
  return result;
}

export const customRule: Rule = {
  id: 'custom',
  defaultSeverity: 'warning',
  description: { zh: '自定义规则（设置 reportAuthor.customRules）', en: 'Custom rules (setting reportAuthor.customRules)' },
  check({ model, settings }) {
    const { rules } = compileCustomRules(settings);
    if (!rules.length) return [];
    const out: RuleFinding[] = [];
    {
      for (const rule of rules) {
        const { setting } = rule;
        for (const { m: match, start, end } of scanProse(model, rule.re)) {
          const m = Object.assign(match, { start, end });
          let fixes: Fix[] | undefined;
          if (typeof setting.replacement === 'string') {
            const single = new RegExp(rule.re.source, rule.re.flags.replace('g', ''));
            const newText = m[0].replace(single, setting.replacement);
            if (newText !== m[0]) {
              // a replacement the pattern would match again is offered, but never applied unasked
              const settles = !single.test(newText);
              fixes = [{ title: { zh: `改为“${newText}”`, en: `Change to “${newText}”` }, edits: [{ start: m.start, end: m.end, newText }], safe: settles }];
            }
          }
          out.push(finding(m.start, m.end, { zh: setting.message, en: setting.message }, fixes, rule.severity));
        }
      }
    }
    return out;
  },
};
