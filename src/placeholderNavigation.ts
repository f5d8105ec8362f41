import * as vscode from 'vscode';
import { isReportDocument } from './language';
import { Services } from './services';

/** `reportAuthor.nextPlaceholder` / `previousPlaceholder`: select the next unfilled placeholder, wrapping around. */
export function registerPlaceholderNavigation(context: vscode.ExtensionContext, services: Services): void {
  const go = (direction: 1 | -1) => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !isReportDocument(editor.document)) return;
    const document = editor.document;
    const placeholders = services.findings.get(document).filter((f) => f.rule === 'placeholder');
    if (!placeholders.length) {
      void vscode.window.showInformationMessage(vscode.l10n.t('No placeholders left in this report.'));
      return;
    }
    const here = document.offsetAt(editor.selection.start);
    const target = direction === 1
      ? placeholders.find((f) => f.start > here) ?? placeholders[0]
      : [...placeholders].reverse().find((f) => f.start < here) ?? placeholders[placeholders.length - 1];
    const range = new vscode.Range(document.positionAt(target.start), document.positionAt(target.end));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand('reportAuthor.nextPlaceholder', () => go(1)),
    vscode.commands.registerCommand('reportAuthor.previousPlaceholder', () => go(-1)),
  );
}
