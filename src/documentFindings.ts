import * as vscode from 'vscode';
import { ALL_RULES, Finding, lint } from './core';
import { DocumentModels } from './documentModels';
import { lintSettings } from './settings';
import { WorkspaceGenres } from './workspaceGenres';

/** Lint results per document version, shared by diagnostics and code actions. */
export class DocumentFindings implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; findings: Finding[] }>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly models: DocumentModels, private readonly genres: WorkspaceGenres) {
    this.subscriptions = [
      // a genre file changed: which sections a report lacks may have changed
      genres.onDidChange(() => this.cache.clear()),
      vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString())),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('reportAuthor')) this.cache.clear();
      }),
    ];
  }

  get(document: vscode.TextDocument): Finding[] {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.findings;
    const findings = lint(this.models.get(document), ALL_RULES, { ...lintSettings(document), genres: this.genres.genresFor(document.uri) });
    this.cache.set(key, { version: document.version, findings });
    return findings;
  }

  dispose(): void {
    for (const s of this.subscriptions) s.dispose();
    this.cache.clear();
  }
}
