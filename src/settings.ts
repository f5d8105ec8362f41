import * as vscode from 'vscode';
import { LintSettings, Locale, SeveritySetting, ALL_RULES } from './core';

export const CONFIG_SECTION = 'reportAuthor';

/** The lint settings in force for a document (resource-scoped so folders may differ). */
export function lintSettings(document?: vscode.TextDocument): LintSettings {
  const config = vscode.workspace.getConfiguration(CONFIG_SECTION, document);
  const rules: Record<string, SeveritySetting | undefined> = {};
  for (const rule of ALL_RULES) {
    const inspected = config.inspect<SeveritySetting>(`rules.${rule.id}`);
    // only a value the user set overrides the rule's own per-finding severities
    const set = inspected?.workspaceFolderValue ?? inspected?.workspaceValue ?? inspected?.globalValue;
    if (set) rules[rule.id] = set;
  }
  return {
    rules,
    placeholder: {
      extraPatterns: config.get<string[]>('placeholder.extraPatterns', []),
      allow: config.get<string[]>('placeholder.allow', []),
    },
    siteResidue: { extraPatterns: config.get<string[]>('siteResidue.extraPatterns', []) },
  };
}

/** Rule messages follow VS Code's display language. */
export function uiLocale(): Locale {
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}
