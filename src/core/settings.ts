import { CustomRuleSetting, LintSettings, Localized, Severity, SeveritySetting } from './lint/types';
import { compileCustomRules } from './rules/custom';
import { ALL_RULES } from './rules/index';

/**
 * The `reportAuthor.*` settings as lint settings, for the editor and the command-line tool alike, so
 * that both lint a report the same way. Values come from VS Code's configuration or from a
 * settings.json file; a value of the wrong type is reported (naming the key) and left out.
 */

export const SETTINGS_SECTION = 'reportAuthor';

export interface SettingsProblem {
  /** The full setting name with the field inside it, e.g. `reportAuthor.customRules[1].message`. */
  key: string;
  message: Localized;
}

export interface SettingsReading {
  settings: LintSettings;
  problems: SettingsProblem[];
}

/** The severities a user may give a rule (package.json `reportAuthor.rules.*`). */
export const RULE_SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];
const CUSTOM_RULE_SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
const CUSTOM_RULE_FIELDS = ['pattern', 'flags', 'message', 'replacement', 'severity'];

/** The settings lint reads, relative to the section (besides `rules.<rule id>`). */
export const LINT_SETTING_KEYS = [
  'placeholder.extraPatterns', 'placeholder.allow', 'siteResidue.extraPatterns', 'typo.extra', 'typo.ignore',
  'maxCharacters', 'customRules', 'genre',
] as const;

/** Settings of the editor alone (preview, fonts, detection): a settings file may hold them; lint does not read them. */
export const EDITOR_SETTING_KEYS = [
  'autoDetect', 'lintDelay', 'preview.mode', 'preview.scrollPreviewWithEditor', 'preview.scrollEditorWithPreview',
  'fonts.title', 'fonts.body', 'fonts.heading1', 'fonts.heading2', 'fonts.pageNumber',
] as const;

class Checker {
  readonly problems: SettingsProblem[] = [];

  fail(key: string, zh: string, en: string): undefined {
    this.problems.push({ key: `${SETTINGS_SECTION}.${key}`, message: { zh: `${zh}（已忽略）`, en: `${en} (ignored)` } });
    return undefined;
  }

  strings(value: unknown, key: string): string[] | undefined {
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return this.fail(key, '应为字符串数组 ["…"]', 'must be an array of strings ["…"]');
    const out: string[] = [];
    value.forEach((v, i) => {
      if (typeof v === 'string') out.push(v);
      else this.fail(`${key}[${i}]`, '应为字符串', 'must be a string');
    });
    return out;
  }

  /** Regular expressions as the rules compile them: with the `u` flag where they can, else without. */
  patterns(value: unknown, key: string): string[] | undefined {
    return this.strings(value, key)?.filter((source, i) => {
      const reason = regexError(source, 'u') && regexError(source, '');
      if (reason) this.fail(`${key}[${i}]`, `不是有效的正则表达式：${reason}`, `is not a valid regular expression: ${reason}`);
      return !reason;
    });
  }

  customRules(value: unknown): CustomRuleSetting[] | undefined {
    const key = 'customRules';
    if (value === undefined) return undefined;
    if (!Array.isArray(value)) return this.fail(key, '应为数组 [{ "pattern": …, "message": … }]', 'must be an array [{ "pattern": …, "message": … }]');
    const kept: { index: number; rule: CustomRuleSetting }[] = [];
    value.forEach((item: unknown, index) => {
      const at = `${key}[${index}]`;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        this.fail(at, '应为对象 { "pattern": …, "message": … }', 'must be an object { "pattern": …, "message": … }');
        return;
      }
      const o = item as Record<string, unknown>;
      for (const field of Object.keys(o)) {
        if (!CUSTOM_RULE_FIELDS.includes(field)) this.fail(`${at}.${field}`, `未知字段（可用：${CUSTOM_RULE_FIELDS.join('、')}）`, `unknown field (known: ${CUSTOM_RULE_FIELDS.join(', ')})`);
      }
      let usable = true;
      for (const field of ['pattern', 'message'] as const) {
        if (typeof o[field] === 'string' && o[field]) continue;
        usable = false;
        if (o[field] === undefined) this.fail(`${at}.${field}`, '缺少此字段，此规则未启用', 'is missing, so the rule is not used');
        else this.fail(`${at}.${field}`, '应为非空字符串，此规则未启用', 'must be a non-empty string, so the rule is not used');
      }
      const rule: CustomRuleSetting = { pattern: String(o.pattern), message: String(o.message) };
      if (o.flags !== undefined) {
        if (typeof o.flags === 'string' && /^[imsu]*$/.test(o.flags)) rule.flags = o.flags;
        else this.fail(`${at}.flags`, '只能由 i、m、s、u 组成', 'may hold only the letters i, m, s, u');
      }
      if (o.replacement !== undefined) {
        if (typeof o.replacement === 'string') rule.replacement = o.replacement;
        else this.fail(`${at}.replacement`, '应为字符串', 'must be a string');
      }
      if (o.severity !== undefined) {
        if (typeof o.severity === 'string' && (CUSTOM_RULE_SEVERITIES as readonly string[]).includes(o.severity)) rule.severity = o.severity as Severity;
        else this.fail(`${at}.severity`, `应为 ${CUSTOM_RULE_SEVERITIES.join('、')} 之一`, `must be one of ${CUSTOM_RULE_SEVERITIES.join(', ')}`);
      }
      if (!usable) return;
      kept.push({ index, rule });
    });
    const rules = kept.map((k) => k.rule);
    // the rule compiles the same list again (cached by identity); here only to name what it will skip
    for (const p of compileCustomRules({ customRules: rules }).problems) {
      this.fail(`${key}[${kept[p.index].index}].pattern`, `无法使用：${p.message}`, `cannot be used: ${p.message}`);
    }
    return rules;
  }
}

function regexError(source: string, flags: string): string | undefined {
  try {
    new RegExp(source, flags);
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * Lint settings from `reportAuthor.*` values, keyed relative to the section (`rules.typo`,
 * `customRules`…). Only the rules named get a severity: a rule left out keeps its own per-finding
 * severities. The editor's own settings are passed over; unknown keys and rule ids are reported.
 */
export function lintSettingsFromValues(values: Readonly<Record<string, unknown>>): SettingsReading {
  const c = new Checker();
  const rules: Record<string, SeveritySetting> = {};
  const known = new Set<string>([...LINT_SETTING_KEYS, ...EDITOR_SETTING_KEYS]);
  for (const [key, value] of Object.entries(values)) {
    if (!key.startsWith('rules.') && !known.has(key)) {
      c.fail(key, '不是 Report Author 的设置（拼写有误？）', 'is not a Report Author setting (misspelt?)');
    }
    if (!key.startsWith('rules.') || value === undefined) continue;
    const id = key.slice('rules.'.length);
    if (!ALL_RULES.some((r) => r.id === id)) {
      c.fail(key, `没有此规则（可用：${ALL_RULES.map((r) => r.id).join('、')}）`, `no such rule (known: ${ALL_RULES.map((r) => r.id).join(', ')})`);
    } else if (typeof value === 'string' && (RULE_SEVERITY_SETTINGS as readonly string[]).includes(value)) {
      rules[id] = value as SeveritySetting;
    } else {
      c.fail(key, `应为 ${RULE_SEVERITY_SETTINGS.map((s) => `"${s}"`).join('、')} 之一`, `must be one of ${RULE_SEVERITY_SETTINGS.map((s) => `"${s}"`).join(', ')}`);
    }
  }

  const settings: LintSettings = { rules };
  const placeholderPatterns = c.patterns(values['placeholder.extraPatterns'], 'placeholder.extraPatterns');
  const allow = c.strings(values['placeholder.allow'], 'placeholder.allow');
  settings.placeholder = { extraPatterns: placeholderPatterns ?? [], allow: allow ?? [] };
  settings.siteResidue = { extraPatterns: c.patterns(values['siteResidue.extraPatterns'], 'siteResidue.extraPatterns') ?? [] };

  const extra: Record<string, string> = {};
  const typoExtra = values['typo.extra'];
  if (typoExtra !== undefined) {
    if (typeof typoExtra !== 'object' || typoExtra === null || Array.isArray(typoExtra)) {
      c.fail('typo.extra', '应为对象 { "错写": "正写" }', 'must be an object { "wrong": "right" }');
    } else {
      for (const [wrong, right] of Object.entries(typoExtra as Record<string, unknown>)) {
        if (typeof right === 'string') extra[wrong] = right;
        else c.fail(`typo.extra.${wrong}`, '应为字符串（正确写法）', 'must be a string (the right spelling)');
      }
    }
  }
  settings.typo = { extra, ignore: c.strings(values['typo.ignore'], 'typo.ignore') ?? [] };

  const max = values.maxCharacters;
  if (max !== undefined) {
    if (typeof max === 'number' && Number.isFinite(max) && max >= 0) settings.maxCharacters = max;
    else c.fail('maxCharacters', '应为不小于 0 的数字（0 表示不限）', 'must be a number, 0 or more (0: no limit)');
  }
  settings.maxCharacters ??= 0;

  settings.customRules = c.customRules(values.customRules) ?? [];

  const genre = values.genre;
  if (genre !== undefined) {
    if (typeof genre === 'string') settings.genre = genre.trim() || undefined;
    else c.fail('genre', '应为字符串（文种 id 或名称）', 'must be a string (a genre id or name)');
  }
  return { settings, problems: c.problems };
}

/**
 * The `reportAuthor.*` values of a parsed settings.json, keyed relative to the section. Blocks for a
 * language (`[gongwen]`) are passed over: VS Code applies none of these settings per language either.
 */
export function reportAuthorValues(settingsJson: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(settingsJson)) {
    if (key.startsWith(`${SETTINGS_SECTION}.`)) out[key.slice(SETTINGS_SECTION.length + 1)] = value;
  }
  return out;
}
