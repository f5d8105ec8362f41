import * as vscode from 'vscode';
import { exportHtml, ReportModel, unfinishedAmong } from '../core';
import { isReportDocument } from '../language';
import { measuresOf } from '../preview/measures';
import { fontSettings } from '../preview/shell';
import { Services } from '../services';
import { ExportFormat, defaultTarget, describeWriteError, exists, writeAtomically } from './files';

/** What a caller (a test, another extension) may pass instead of answering the dialogs. */
export interface ExportOptions {
  /** Where to write; no save dialog is shown. */
  target?: vscode.Uri;
  /** Replace an existing file without asking (true), or refuse to (false). Unset: ask. */
  overwrite?: boolean;
}

const FILTERS: Record<ExportFormat, Record<string, string[]>> = {
  docx: { 'Word': ['docx'] },
  html: { 'HTML': ['html', 'htm'] },
};

/** The document to export: the one named (explorer, editor title), else the active editor's. */
async function sourceDocument(resource: unknown): Promise<vscode.TextDocument | undefined> {
  if (resource instanceof vscode.Uri) return vscode.workspace.openTextDocument(resource);
  const active = vscode.window.activeTextEditor?.document;
  if (active && (isReportDocument(active) || active.languageId === 'plaintext')) return active;
  return vscode.window.visibleTextEditors.map((e) => e.document).find(isReportDocument);
}

function hasText(model: ReportModel): boolean {
  return model.blocks.some((b) => b.kind !== 'comment');
}

function fileName(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? uri.fsPath : uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

async function render(format: ExportFormat, document: vscode.TextDocument, model: ReportModel, services: Services): Promise<Uint8Array> {
  const layout = measuresOf(model).layout;
  const fonts = fontSettings(document.uri);
  if (format === 'docx') {
    // the docx library is loaded on the first export, not when the extension starts
    const { exportDocx } = await import('../core/docx');
    return exportDocx(model, { fonts, layout });
  }
  const css = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(services.extensionUri, 'media', 'preview.css')));
  return new TextEncoder().encode(exportHtml(model, { css, fonts, layout }));
}

/**
 * Exports a report as .docx or .html. Returns where it was written, or undefined when nothing was
 * (cancelled, refused, failed: each said to the user).
 */
export async function exportReport(format: ExportFormat, services: Services, resource?: unknown, options: ExportOptions = {}): Promise<vscode.Uri | undefined> {
  const document = await sourceDocument(resource);
  if (!document) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Open a report (a gongwen or .txt document) to export it.'));
    return undefined;
  }
  const model = services.models.get(document);
  if (!hasText(model)) {
    void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" has no text to export.', fileName(document.uri)));
    return undefined;
  }

  let target = options.target;
  const fromDialog = !target;
  if (!target) {
    target = await vscode.window.showSaveDialog({
      defaultUri: defaultTarget(document.uri, format),
      filters: FILTERS[format],
      title: format === 'docx' ? vscode.l10n.t('Export as Word Document') : vscode.l10n.t('Export as HTML'),
      saveLabel: vscode.l10n.t('Export'),
    });
    if (!target) return undefined;
  }
  // the save dialog has asked already when the user picked an existing file
  if (await exists(target) && options.overwrite !== true && !fromDialog) {
    if (options.overwrite === false) {
      void vscode.window.showErrorMessage(vscode.l10n.t('"{0}" already exists and was not replaced.', fileName(target)));
      return undefined;
    }
    const replace = vscode.l10n.t('Replace');
    const answer = await vscode.window.showWarningMessage(
      vscode.l10n.t('"{0}" already exists. Replace it?', fileName(target)), { modal: true }, replace);
    if (answer !== replace) return undefined;
  }

  let bytes: Uint8Array;
  try {
    bytes = await render(format, document, model, services);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not export "{0}": {1}', fileName(document.uri), e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  try {
    await writeAtomically(target, bytes);
  } catch (e) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not write "{0}": {1}. Nothing was changed.', fileName(target), describeWriteError(e)));
    return undefined;
  }
  void announce(target, document, services);
  return target;
}

/** Says where the file went, warns about what is still unfinished, and offers to open it. */
async function announce(target: vscode.Uri, document: vscode.TextDocument, services: Services): Promise<void> {
  const { placeholders, residue } = unfinishedAmong(services.findings.get(document));
  const open = vscode.l10n.t('Open');
  const problems = vscode.l10n.t('Show Problems');
  const answer = placeholders.length || residue.length
    ? await vscode.window.showWarningMessage(
      vscode.l10n.t('Exported "{0}", but the report is unfinished: {1} unfilled placeholders, {2} pieces of site residue.',
        fileName(target), placeholders.length, residue.length), open, problems)
    : await vscode.window.showInformationMessage(vscode.l10n.t('Exported "{0}".', fileName(target)), open);
  if (answer === open) await vscode.env.openExternal(target);
  else if (answer === problems) await vscode.commands.executeCommand('workbench.actions.view.problems');
}

export function registerExport(context: vscode.ExtensionContext, services: Services): void {
  // from the explorer the second argument is the selection: only an options object is taken
  const options = (x: unknown): ExportOptions => (x && typeof x === 'object' && !Array.isArray(x) ? x as ExportOptions : {});
  context.subscriptions.push(
    vscode.commands.registerCommand('reportAuthor.exportDocx', (resource?: unknown, opts?: unknown) => exportReport('docx', services, resource, options(opts))),
    vscode.commands.registerCommand('reportAuthor.exportHtml', (resource?: unknown, opts?: unknown) => exportReport('html', services, resource, options(opts))),
  );
}
