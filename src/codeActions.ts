import * as vscode from 'vscode';
import { Finding, Fix, localize } from './core';
import { DIAGNOSTIC_SOURCE, toRange } from './diagnostics';
import { GONGWEN_LANGUAGE } from './language';
import { Services } from './services';
import { uiLocale } from './settings';

export function fixToEdit(document: vscode.TextDocument, fix: Fix): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of fix.edits) edit.replace(document.uri, toRange(document, e.start, e.end), e.newText);
  return edit;
}

function sameSpot(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, finding: Finding): boolean {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === finding.rule && toRange(document, finding.start, finding.end).isEqual(diagnostic.range);
}

/** One quick fix per diagnostic that has one; the fixes travel with the findings. */
export class QuickFixProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly services: Services) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE);
    if (!ours.length) return [];
    const findings = this.services.findings.get(document);
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of ours) {
      const finding = findings.find((f) => sameSpot(document, diagnostic, f));
      for (const fix of finding?.fixes ?? []) {
        const action = new vscode.CodeAction(localize(fix.title, uiLocale()), vscode.CodeActionKind.QuickFix);
        action.diagnostics = [diagnostic];
        action.isPreferred = fix.safe;
        action.edit = fixToEdit(document, fix);
        actions.push(action);
      }
    }
    return actions;
  }
}

export function registerCodeActions(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: GONGWEN_LANGUAGE }, new QuickFixProvider(services), {
      providedCodeActionKinds: QuickFixProvider.kinds,
    }),
  );
}
