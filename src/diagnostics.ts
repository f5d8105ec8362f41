import * as vscode from 'vscode';
import { Finding, localize, RULE_DOCS_FILE, Severity } from './core';
import { isReportDocument } from './language';
import { Services } from './services';
import { uiLocale } from './settings';

export const DIAGNOSTIC_SOURCE = 'report-author';

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

export function toDiagnostic(document: vscode.TextDocument, finding: Finding, extensionUri: vscode.Uri): vscode.Diagnostic {
  const d = new vscode.Diagnostic(toRange(document, finding.start, finding.end), localize(finding.message, uiLocale()), SEVERITY[finding.severity]);
  d.source = DIAGNOSTIC_SOURCE;
  d.code = { value: finding.rule, target: vscode.Uri.joinPath(extensionUri, RULE_DOCS_FILE).with({ fragment: finding.rule }) };
  return d;
}

/** Keeps the Problems list in step with every open report: at once on open, debounced while typing. */
export function registerDiagnostics(context: vscode.ExtensionContext, services: Services): vscode.DiagnosticCollection {
  const collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  const timers = new Map<string, ReturnType<typeof setTimeout>>();

  const refresh = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    timers.delete(key);
    if (!isReportDocument(document) || document.isClosed) {
      collection.delete(document.uri);
      return;
    }
    const findings = services.findings.get(document);
    collection.set(document.uri, findings.map((f) => toDiagnostic(document, f, services.extensionUri)));
  };
  const schedule = (document: vscode.TextDocument) => {
    const key = document.uri.toString();
    clearTimeout(timers.get(key));
    const delay = vscode.workspace.getConfiguration('reportAuthor', document).get<number>('lintDelay', 300);
    timers.set(key, setTimeout(() => refresh(document), delay));
  };

  vscode.workspace.textDocuments.forEach(refresh);
  context.subscriptions.push(
    collection,
    vscode.workspace.onDidOpenTextDocument(refresh),
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (isReportDocument(e.document) && e.contentChanges.length) schedule(e.document);
    }),
    vscode.workspace.onDidCloseTextDocument((d) => {
      clearTimeout(timers.get(d.uri.toString()));
      timers.delete(d.uri.toString());
      collection.delete(d.uri);
    }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('reportAuthor')) vscode.workspace.textDocuments.forEach(refresh);
    }),
    services.genres.onDidChange(() => vscode.workspace.textDocuments.forEach(refresh)),
    { dispose: () => timers.forEach((t) => clearTimeout(t)) },
  );
  return collection;
}
