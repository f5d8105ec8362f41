import * as vscode from 'vscode';
import { countFindings } from './core';
import { isReportDocument } from './language';
import { measuresOf } from './preview/measures';
import { Services } from './services';

/** 字数 · 页数 · placeholders left, for the active report; a click goes to the next placeholder. */
export function registerStatusBar(context: vscode.ExtensionContext, services: Services): void {
  const item = vscode.window.createStatusBarItem('reportAuthor.statistics', vscode.StatusBarAlignment.Right, 100);
  item.name = vscode.l10n.t('Report Statistics');
  item.command = 'reportAuthor.nextPlaceholder';
  let timer: ReturnType<typeof setTimeout> | undefined;

  const refresh = () => {
    timer = undefined;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isReportDocument(document)) {
      item.hide();
      return;
    }
    const model = services.models.get(document);
    const { layout, characters } = measuresOf(model);
    const placeholders = countFindings(services.findings.get(document), 'placeholder');
    item.text = `$(file-text) ${vscode.l10n.t('{0} chars · {1} pages · {2} to fill', characters.toLocaleString('en'), layout.pageCount, placeholders)}`;
    item.tooltip = placeholders
      ? vscode.l10n.t('Characters (counted as Word does), pages in GB/T 9704 layout, unfilled placeholders. Click to go to the next placeholder.')
      : vscode.l10n.t('Characters (counted as Word does), pages in GB/T 9704 layout. No placeholders left.');
    item.backgroundColor = placeholders ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    item.show();
  };
  const schedule = (delay: number) => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(refresh, delay);
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => schedule(0)),
    vscode.workspace.onDidOpenTextDocument(() => schedule(0)),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.document === vscode.window.activeTextEditor?.document) schedule(250);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('reportAuthor')) schedule(0);
    }),
    { dispose: () => timer && clearTimeout(timer) },
  );
  refresh();
}
