import * as vscode from 'vscode';
import { isReportDocument } from '../language';
import { Services } from '../services';
import { PreviewState } from './protocol';
import { PREVIEW_VIEW_TYPE, PreviewSnapshot, ReportPreview } from './reportPreview';

/**
 * The report preview: one panel that follows the active report editor (like Markdown's preview),
 * restored after a reload by its serializer.
 */
class PreviewManager implements vscode.Disposable {
  private preview: ReportPreview | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(private readonly services: Services) {
    this.disposables.push(
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (this.preview && editor && isReportDocument(editor.document) && editor.document.uri.toString() !== this.preview.uri?.toString()) {
          this.preview.setDocument(editor.document);
        }
      }),
      // a document switched into the gongwen language (detection) is followed too
      vscode.workspace.onDidOpenTextDocument((document) => {
        const active = vscode.window.activeTextEditor;
        if (this.preview && isReportDocument(document) && active?.document.uri.toString() === document.uri.toString()) {
          this.preview.setDocument(document);
        }
      }),
    );
  }

  async show(uri: vscode.Uri | undefined, toSide: boolean): Promise<void> {
    const document = await this.documentFor(uri);
    if (!document) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a report (a gongwen document) to preview it.'));
      return;
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
    const sourceColumn = editor?.viewColumn ?? vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.One;
    const column = toSide ? vscode.ViewColumn.Beside : sourceColumn;
    if (this.preview) {
      this.preview.setDocument(document);
      this.preview.panel.reveal(toSide ? undefined : column, toSide);
      return;
    }
    const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Report Preview'),
      { viewColumn: column, preserveFocus: toSide }, { enableFindWidget: true });
    this.adopt(new ReportPreview(panel, this.services, document));
  }

  async restore(panel: vscode.WebviewPanel, state: Partial<PreviewState> | undefined): Promise<void> {
    let document: vscode.TextDocument | undefined;
    if (state?.uri) {
      try {
        document = await vscode.workspace.openTextDocument(vscode.Uri.parse(state.uri));
      } catch {
        document = undefined; // deleted or moved: the panel says there is nothing to show
      }
    }
    if (this.preview) {
      // only one preview follows the editor; a second restored panel is closed
      panel.dispose();
      return;
    }
    this.adopt(new ReportPreview(panel, this.services, document, { ...state, line: undefined }));
  }

  snapshot(): PreviewSnapshot | undefined {
    return this.preview?.snapshot();
  }

  private adopt(preview: ReportPreview): void {
    this.preview = preview;
    preview.onDidDispose(() => {
      if (this.preview === preview) this.preview = undefined;
    });
  }

  private async documentFor(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
    if (uri instanceof vscode.Uri) {
      const document = await vscode.workspace.openTextDocument(uri);
      return document;
    }
    const active = vscode.window.activeTextEditor?.document;
    if (active && isReportDocument(active)) return active;
    if (this.preview?.uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === this.preview?.uri?.toString());
    return vscode.window.visibleTextEditors.map((e) => e.document).find(isReportDocument);
  }

  dispose(): void {
    this.preview?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export function registerPreview(context: vscode.ExtensionContext, services: Services): void {
  const manager = new PreviewManager(services);
  context.subscriptions.push(
    manager,
    vscode.commands.registerCommand('reportAuthor.showPreview', (uri?: vscode.Uri) => manager.show(uri, false)),
    vscode.commands.registerCommand('reportAuthor.showPreviewToSide', (uri?: vscode.Uri) => manager.show(uri, true)),
    // what the preview panel shows, as its page confirmed it: used by the integration tests
    vscode.commands.registerCommand('reportAuthor.previewState', () => manager.snapshot()),
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
      deserializeWebviewPanel: (panel, state: unknown) => manager.restore(panel, state as Partial<PreviewState> | undefined),
    }),
  );
}
