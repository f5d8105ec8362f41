import * as vscode from 'vscode';
import { ALL_RULES, fixAll, FixAllOptions, LintSettings, TextEdit } from './core';
import { toRange } from './diagnostics';
import { GONGWEN_LANGUAGE, isReportDocument } from './language';
import { Services } from './services';
import { lintSettings } from './settings';

/** `source.fixAll.reportAuthor`, for `editor.codeActionsOnSave`. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('reportAuthor');

/** Where the cursors of the document's visible editors are: fixes never reach across them. */
function cursorOffsets(document: vscode.TextDocument): number[] {
  return vscode.window.visibleTextEditors
    .filter((e) => e.document === document)
    .flatMap((e) => e.selections.map((s) => document.offsetAt(s.active)));
}

/** The settings the document's diagnostics are computed with, workspace genres included. */
export function documentSettings(document: vscode.TextDocument, services: Services): LintSettings {
  return { ...lintSettings(document), genres: services.genres.genresFor(document.uri) };
}

/** The safe fixes of a document (of one rule, if named) as small edits on its current text. */
export function fixAllEdits(document: vscode.TextDocument, services: Services, options: FixAllOptions = {}): TextEdit[] {
  return fixAll(document.getText(), ALL_RULES, documentSettings(document, services), { keepOffsets: cursorOffsets(document), ...options }).edits;
}

export function toWorkspaceEdit(document: vscode.TextDocument, edits: readonly TextEdit[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) edit.replace(document.uri, toRange(document, e.start, e.end), e.newText);
  return edit;
}

/** Offers fix-all as a source action, so `"editor.codeActionsOnSave": { "source.fixAll.reportAuthor": "explicit" }` works. */
class FixAllProvider implements vscode.CodeActionProvider {
  static readonly kinds = [FIX_ALL_KIND];

  constructor(private readonly services: Services) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    // only when asked for (on save, or the Source Action menu): fix-all re-lints, too much for every cursor move
    if (!context.only || (!context.only.contains(FIX_ALL_KIND) && !FIX_ALL_KIND.contains(context.only))) return [];
    const edits = fixAllEdits(document, this.services);
    if (!edits.length) return [];
    const action = new vscode.CodeAction(vscode.l10n.t('Fix all certain problems in the report'), FIX_ALL_KIND);
    action.edit = toWorkspaceEdit(document, edits);
    return [action];
  }
}

export function registerFixAll(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.languages.registerCodeActionsProvider({ language: GONGWEN_LANGUAGE }, new FixAllProvider(services), { providedCodeActionKinds: FixAllProvider.kinds }),
    vscode.commands.registerCommand('reportAuthor.fixAll', async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) return;
      const document = editor.document;
      if (!isReportDocument(document)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Fix all works on reports (language “Report (公文)”).'));
        return;
      }
      const edits = fixAllEdits(document, services);
      if (!edits.length) {
        vscode.window.setStatusBarMessage(vscode.l10n.t('Nothing to fix with certainty.'), 3000);
        return;
      }
      // one edit builder: one undo step; the editor keeps each cursor with the text around it
      const done = await editor.edit((builder) => {
        for (const e of edits) builder.replace(toRange(document, e.start, e.end), e.newText);
      });
      if (done) vscode.window.setStatusBarMessage(vscode.l10n.t('Fixed {0} places.', edits.length), 3000);
    }),
    // behind "Fix all “rule” problems": the edits are computed when chosen, on the text as it is then
    vscode.commands.registerCommand('reportAuthor.fixAllOfRule', async (uri: vscode.Uri, rule: string) => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (!document || !isReportDocument(document)) return false;
      const edits = fixAllEdits(document, services, { onlyRule: rule });
      return edits.length ? vscode.workspace.applyEdit(toWorkspaceEdit(document, edits)) : false;
    }),
  );
}
