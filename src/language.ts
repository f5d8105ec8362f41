import * as vscode from 'vscode';

export const GONGWEN_LANGUAGE = 'gongwen';

export function isReportDocument(document: vscode.TextDocument): boolean {
  return document.languageId === GONGWEN_LANGUAGE;
}
