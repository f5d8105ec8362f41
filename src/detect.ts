import * as vscode from 'vscode';
import { looksLikeReport } from './core';
import { GONGWEN_LANGUAGE } from './language';

type AutoDetect = 'always' | 'ask' | 'never';

const CANDIDATE_LANGUAGES = new Set(['plaintext', 'markdown']);
const DECLINED_KEY = 'reportAuthor.detect.declined';

/** Switches .txt/.md documents that look like reports into the gongwen language. */
export function registerDetection(context: vscode.ExtensionContext): void {
  // Once switched (or offered) a document is not switched again in this window: a user who changes the
  // language back keeps their choice.
  const handled = new Set<string>();
  const declined = new Set<string>(context.workspaceState.get<string[]>(DECLINED_KEY, []));

  const consider = async (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    if (!CANDIDATE_LANGUAGES.has(document.languageId) || handled.has(key) || declined.has(key)) return;
    if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled' && document.uri.scheme !== 'vscode-remote') return;
    const mode = vscode.workspace.getConfiguration('reportAuthor', document).get<AutoDetect>('autoDetect', 'always');
    if (mode === 'never' || !looksLikeReport(document.getText())) return;
    handled.add(key);
    if (mode === 'ask') {
      const yes = vscode.l10n.t('Switch to Report');
      const never = vscode.l10n.t('Not for this file');
      const answer = await vscode.window.showInformationMessage(
        vscode.l10n.t('"{0}" looks like a report. Check and preview it as a report (公文)?', vscode.workspace.asRelativePath(document.uri)),
        yes, never);
      if (answer === never) {
        declined.add(key);
        await context.workspaceState.update(DECLINED_KEY, [...declined]);
      }
      if (answer !== yes) return;
    }
    if (!document.isClosed) await vscode.languages.setTextDocumentLanguage(document, GONGWEN_LANGUAGE);
  };

  vscode.workspace.textDocuments.forEach((d) => void consider(d));
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((d) => void consider(d)),
    vscode.commands.registerCommand('reportAuthor.switchToGongwen', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) return undefined;
      handled.add(document.uri.toString());
      return vscode.languages.setTextDocumentLanguage(document, GONGWEN_LANGUAGE);
    }),
  );
}
