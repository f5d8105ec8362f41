import * as vscode from 'vscode';
import { parseReport, ReportModel } from './core';

/** Parses each document once per version; every provider reads the model from here. */
export class DocumentModels implements vscode.Disposable {
  private readonly cache = new Map<string, { version: number; model: ReportModel }>();
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.subscription = vscode.workspace.onDidCloseTextDocument((d) => this.cache.delete(d.uri.toString()));
  }

  get(document: vscode.TextDocument): ReportModel {
    const key = document.uri.toString();
    const hit = this.cache.get(key);
    if (hit && hit.version === document.version) return hit.model;
    const model = parseReport(document.getText());
    this.cache.set(key, { version: document.version, model });
    return model;
  }

  dispose(): void {
    this.subscription.dispose();
    this.cache.clear();
  }
}
