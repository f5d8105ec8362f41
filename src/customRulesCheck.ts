import * as vscode from 'vscode';
import { compileCustomRules, CustomRuleSetting } from './core';

/** Tells the user about custom rules whose pattern does not compile (they are skipped, not run). */
export function registerCustomRulesCheck(context: vscode.ExtensionContext): void {
  let shown = '';
  const check = () => {
    const customRules = vscode.workspace.getConfiguration('reportAuthor').get<CustomRuleSetting[]>('customRules', []);
    const { problems } = compileCustomRules({ customRules });
    const key = JSON.stringify(problems);
    if (!problems.length || key === shown) return;
    shown = key;
    const list = problems.map((p) => `#${p.index + 1} “${p.pattern}”: ${p.message}`).join('; ');
    void vscode.window.showWarningMessage(vscode.l10n.t('Some reportAuthor.customRules are skipped: {0}', list));
  };
  check();
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('reportAuthor.customRules')) check();
  }));
}
