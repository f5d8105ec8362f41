import * as vscode from 'vscode';
import { cleanUpTemplate } from './core';
import { toRange } from './diagnostics';
import { documentSettings } from './fixAll';
import { Services } from './services';

const RULE_NAMES: Record<string, () => string> = {
  'site-residue': () => vscode.l10n.t('site residue removed'),
  spacing: () => vscode.l10n.t('spaces and broken lines fixed'),
  punctuation: () => vscode.l10n.t('punctuation marks corrected'),
  'number-format': () => vscode.l10n.t('digits and dates corrected'),
  'heading-numbering': () => vscode.l10n.t('heading numbers corrected'),
};

/** "Clean up pasted template": residue out, widths and spacing right, broken lines joined — one undo step. */
export function registerCleanUpTemplate(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('reportAuthor.cleanUpTemplate', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const document = editor.document;
      const result = cleanUpTemplate(document.getText(), documentSettings(document, services));
      if (!result.edits.length) {
        void vscode.window.showInformationMessage(vscode.l10n.t('The report is already clean: nothing to clean up.'));
        return;
      }
      const done = await editor.edit((builder) => {
        for (const e of result.edits) builder.replace(toRange(document, e.start, e.end), e.newText);
      });
      if (!done) {
        void vscode.window.showWarningMessage(vscode.l10n.t('The report changed while it was being cleaned up; run the command again.'));
        return;
      }
      const summary = result.counts.map((c) => `${(RULE_NAMES[c.rule] ?? (() => c.rule))()}: ${c.count}`).join(vscode.l10n.t('; '));
      void vscode.window.showInformationMessage(vscode.l10n.t('Cleaned up the template ({0}). Undo restores it.', summary));
    }),
  );
}
