import * as vscode from 'vscode';
import { renumberHeadings } from './core';
import { Services } from './services';

/** reportAuthor.renumberHeadings: every heading numbered in sequence under its parent, in one undo step. */
export function registerRenumberHeadings(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('reportAuthor.renumberHeadings', async (): Promise<number> => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return 0;
      const { document } = editor;
      const edits = renumberHeadings(services.models.get(document));
      if (!edits.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The headings are already numbered in sequence.'));
        return 0;
      }
      const done = await editor.edit((b) => {
        for (const e of edits) b.replace(new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
      });
      return done ? edits.length : 0;
    }),
  );
}
