import * as vscode from 'vscode';
import { countFindings, highlightsFromFindings, renderPages } from '../core';
import { Services } from '../services';
import { uiLocale } from '../settings';
import { measuresOf } from './measures';
import { FromWebview, PreviewMode, PreviewState, ToWebview } from './protocol';
import { fontSettings, previewShellHtml } from './shell';

export const PREVIEW_VIEW_TYPE = 'reportAuthor.preview';

/** What the preview shows, as the webview last confirmed it (for tests and troubleshooting). */
export interface PreviewSnapshot {
  uri: string | undefined;
  /** Document version last sent, and the one the webview confirmed it has drawn. */
  sentVersion: number | undefined;
  renderedVersion: number | undefined;
  /** Pages of the layout, and sheets the webview has in its page. */
  pageCount: number;
  sheets: number;
  /** Marked placeholders and residue on the sheets (a mark split by a line end counts twice). */
  placeholderMarks: number;
  residueMarks: number;
  summary: string;
  closed: boolean;
  visible: boolean;
}

export function summaryText(pageCount: number, characters: number, placeholders: number): string {
  const parts = [
    vscode.l10n.t('{0} pages', pageCount),
    vscode.l10n.t('{0} characters', characters.toLocaleString('en')),
  ];
  parts.push(placeholders ? vscode.l10n.t('{0} placeholders left', placeholders) : vscode.l10n.t('no placeholders left'));
  return parts.join(' · ');
}

/** One preview panel showing one report document at a time. */
export class ReportPreview implements vscode.Disposable {
  private document: vscode.TextDocument | undefined;
  private sentPages: string[] = [];
  private ready = false;
  private closed = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private lastCostMs = 0;
  private mode: PreviewMode;
  private sentVersion: number | undefined;
  private renderedVersion: number | undefined;
  private renderedSheets = 0;
  private placeholderMarks = 0;
  private residueMarks = 0;
  private pageCount = 0;
  private summary = '';
  /** The editor scrolled because the preview asked: do not echo it back. */
  private ignoreEditorScrollUntil = 0;
  private pendingScrollLine: number | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly onDisposeEmitter = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.onDisposeEmitter.event;

  constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly services: Services,
    document: vscode.TextDocument | undefined,
    state?: Partial<PreviewState>,
  ) {
    this.mode = state?.mode ?? vscode.workspace.getConfiguration('reportAuthor.preview').get<PreviewMode>('mode', 'paged');
    panel.webview.options = {
      enableScripts: true,
      localResourceRoots: [
        vscode.Uri.joinPath(services.extensionUri, 'media'),
        vscode.Uri.joinPath(services.extensionUri, 'dist'),
      ],
    };
    panel.iconPath = vscode.Uri.joinPath(services.extensionUri, 'media', 'preview.svg');
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((m: FromWebview) => this.onMessage(m)),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.document === this.document) this.scheduleUpdate();
      }),
      vscode.workspace.onDidCloseTextDocument((d) => this.onClosed(d)),
      vscode.window.onDidChangeTextEditorVisibleRanges((e) => this.onEditorScrolled(e)),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('reportAuthor.fonts')) this.reload();
        else if (e.affectsConfiguration('reportAuthor')) {
          // rule settings change the highlights
          this.sentPages = [];
          this.scheduleUpdate();
        }
      }),
    );
    this.setDocument(document);
  }

  get uri(): vscode.Uri | undefined {
    return this.document?.uri;
  }

  /** Shows another document (or the same one again after it was closed). */
  setDocument(document: vscode.TextDocument | undefined, scrollToLine?: number): void {
    const same = document && this.document && document.uri.toString() === this.document.uri.toString();
    this.document = document;
    this.closed = false;
    this.panel.title = document
      ? vscode.l10n.t('Preview {0}', basename(document.uri))
      : vscode.l10n.t('Report Preview');
    if (!same) {
      this.sentPages = [];
      this.pendingScrollLine = scrollToLine ?? (document ? topLineOf(document) : undefined);
      this.reload();
    } else {
      this.scheduleUpdate();
    }
  }

  snapshot(): PreviewSnapshot {
    return {
      uri: this.document?.uri.toString(),
      sentVersion: this.sentVersion,
      renderedVersion: this.renderedVersion,
      pageCount: this.pageCount,
      sheets: this.renderedSheets,
      placeholderMarks: this.placeholderMarks,
      residueMarks: this.residueMarks,
      summary: this.summary,
      closed: this.closed,
      visible: this.panel.visible,
    };
  }

  /** Loads the webview page afresh; its script asks for the content when ready. */
  private reload(): void {
    this.ready = false;
    this.sentPages = [];
    this.panel.webview.html = previewShellHtml(this.panel.webview, this.services.extensionUri, {
      uri: this.document?.uri.toString() ?? '',
      mode: this.mode,
      fonts: fontSettings(this.document?.uri),
    });
  }

  private scheduleUpdate(): void {
    if (this.timer) return;
    // small reports follow every keystroke; big ones wait about as long as an update takes
    const delay = this.lastCostMs < 10 ? 0 : Math.min(400, this.lastCostMs);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.update();
    }, delay);
  }

  private update(): void {
    const document = this.document;
    if (!this.ready || !document || this.closed) return;
    const began = Date.now();
    const model = this.services.models.get(document);
    const findings = this.services.findings.get(document);
    const { layout, characters } = measuresOf(model);
    const pages = renderPages(layout, { highlights: highlightsFromFindings(findings, uiLocale()) });
    const changed = [];
    for (let i = 0; i < pages.length; i++) {
      if (pages[i] !== this.sentPages[i]) changed.push({ index: i, html: pages[i] });
    }
    this.summary = summaryText(layout.pageCount, characters, countFindings(findings, 'placeholder'));
    this.pageCount = layout.pageCount;
    this.sentPages = pages;
    this.sentVersion = document.version;
    const message: ToWebview = {
      type: 'update', uri: document.uri.toString(), version: document.version, pageCount: pages.length,
      changed, summary: this.summary, scrollToLine: this.pendingScrollLine,
    };
    this.pendingScrollLine = undefined;
    void this.panel.webview.postMessage(message);
    this.lastCostMs = Date.now() - began;
  }

  private onMessage(message: FromWebview): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.sentPages = [];
        if (this.closed) this.postClosed();
        else this.update();
        break;
      case 'rendered':
        this.renderedVersion = message.version;
        this.renderedSheets = message.sheets;
        this.placeholderMarks = message.placeholderMarks;
        this.residueMarks = message.residueMarks;
        break;
      case 'scrolled':
        this.revealInEditor(message.line, undefined, false);
        break;
      case 'reveal':
        this.revealInEditor(message.line, message.column, true);
        break;
      case 'mode':
        this.mode = message.mode;
        break;
    }
  }

  private editorOfDocument(): vscode.TextEditor | undefined {
    const uri = this.document?.uri.toString();
    return vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri);
  }

  private revealInEditor(line: number, column: number | undefined, select: boolean): void {
    const document = this.document;
    if (!document || this.closed) return;
    if (!select && !vscode.workspace.getConfiguration('reportAuthor.preview', document.uri).get<boolean>('scrollEditorWithPreview', true)) return;
    const editor = this.editorOfDocument();
    const clampedLine = Math.max(0, Math.min(line, document.lineCount - 1));
    if (select) {
      // a column past the end (text changed meanwhile) stays on its source line
      const position = document.validatePosition(new vscode.Position(clampedLine, column ?? 0));
      void vscode.window.showTextDocument(document, {
        viewColumn: editor?.viewColumn ?? vscode.ViewColumn.One,
        selection: new vscode.Range(position, position),
        preserveFocus: false,
      });
      return;
    }
    if (!editor) return;
    this.ignoreEditorScrollUntil = Date.now() + 300;
    editor.revealRange(new vscode.Range(clampedLine, 0, clampedLine, 0), vscode.TextEditorRevealType.AtTop);
  }

  private onEditorScrolled(e: vscode.TextEditorVisibleRangesChangeEvent): void {
    if (!this.document || e.textEditor.document !== this.document || !e.visibleRanges.length) return;
    if (Date.now() < this.ignoreEditorScrollUntil) return;
    if (!vscode.workspace.getConfiguration('reportAuthor.preview', this.document.uri).get<boolean>('scrollPreviewWithEditor', true)) return;
    const message: ToWebview = { type: 'scrollToLine', line: e.visibleRanges[0].start.line };
    void this.panel.webview.postMessage(message);
  }

  private onClosed(document: vscode.TextDocument): void {
    if (document !== this.document) return;
    // a language switch closes and reopens the same file at once: look again shortly
    setTimeout(() => {
      if (this.document !== document) return;
      const reopened = vscode.workspace.textDocuments.find((d) => d.uri.toString() === document.uri.toString() && !d.isClosed);
      if (reopened) {
        this.document = reopened;
        this.sentPages = [];
        this.scheduleUpdate();
        return;
      }
      this.closed = true;
      this.postClosed();
    }, 100);
  }

  private postClosed(): void {
    const name = this.document ? basename(this.document.uri) : '';
    const message: ToWebview = {
      type: 'closed',
      message: vscode.l10n.t('"{0}" was closed. Open it again, or open another report, to preview it.', name),
    };
    void this.panel.webview.postMessage(message);
  }

  state(): PreviewState {
    return { uri: this.document?.uri.toString() ?? '', mode: this.mode };
  }

  private disposed = false;

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    if (this.timer) clearTimeout(this.timer);
    for (const d of this.disposables) d.dispose();
    this.disposables.length = 0;
    this.onDisposeEmitter.fire();
    this.onDisposeEmitter.dispose();
    this.panel.dispose();
  }
}

function basename(uri: vscode.Uri): string {
  const parts = uri.path.split('/');
  return parts[parts.length - 1] || uri.toString();
}

function topLineOf(document: vscode.TextDocument): number | undefined {
  const editor = vscode.window.visibleTextEditors.find((e) => e.document === document);
  return editor?.visibleRanges[0]?.start.line;
}
