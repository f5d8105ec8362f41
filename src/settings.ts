import * as vscode from 'vscode';
import { ALL_RULES, LINT_SETTING_KEYS, LintSettings, lintSettingsFromValues, Locale, SETTINGS_SECTION } from './core';

export const CONFIG_SECTION = SETTINGS_SECTION;

/**
 * The lint settings in force for a document (resource-scoped so folders may differ), read by the same
 * function as the command-line tool reads settings.json with; values of the wrong type are left out.
 */
export function lintSettings(document?: vscode.TextDocument): LintSettings {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, document);
  const values: Record<string, unknown> = {};
  for (const key of LINT_SETTING_KEYS) values[key] = config.get(key);
  for (const rule of ALL_RULES) {
    const key = `rules.${rule.id}`;
    const inspected = config.inspect(key);
    // only a value the user set overrides the rule's own per-finding severities
    const set = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (set !== undefined) values[key] = set;
  }
  // the same values as last time give the same settings object: no checking again on every keystroke,
  // and the custom rules, compiled once per list, stay compiled
  const key = JSON.stringify(values);
  let settings = settingsOfValues.get(key);
  if (!settings) {
    settings = lintSettingsFromValues(values).settings;
    if (settingsOfValues.size >= 16) settingsOfValues.clear();
    settingsOfValues.set(key, settings);
  }
  return settings;
}

/** Lint settings by the JSON of the values they were read from (a few: one per folder's settings). */
const settingsOfValues = new Map<string, LintSettings>();

/** Rule messages follow VS Code's display language. */
export function uiLocale(): Locale {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
