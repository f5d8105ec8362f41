import * as vscode from 'vscode';
import { BUILTIN_GENRES, genreSnippets } from './core';
import { GONGWEN_LANGUAGE } from './language';
import { Services } from './services';

/**
 * Snippets of the workspace's own genres. The built-in genres' snippets come from
 * snippets/gongwen.code-snippets; genres read from .vscode/report-author/genres are offered here.
 */
export class WorkspaceGenreCompletions implements vscode.CompletionItemProvider {
  constructor(private readonly services: Services) {}

  provideCompletionItems(document: vscode.TextDocument, position: vscode.Position): vscode.CompletionItem[] {
    const own = this.services.genres.genresFor(document.uri).filter((g) => !BUILTIN_GENRES.includes(g));
    if (!own.length) return [];
    const word = document.getWordRangeAtPosition(position);
    const range = new vscode.Range(word && word.start.isBefore(position) ? word.start : position, position);
    const items: vscode.CompletionItem[] = [];
    for (const genre of own) {
      for (const snippet of genreSnippets(genre)) {
        for (const prefix of snippet.prefix) {
          const item = new vscode.CompletionItem({ label: prefix, description: snippet.name }, vscode.CompletionItemKind.Snippet);
          item.insertText = new vscode.SnippetString(snippet.body.join('\n'));
          item.detail = snippet.description;
          item.range = range;
          items.push(item);
        }
      }
    }
    return items;
  }
}

export function registerGenreCompletions(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.languages.registerCompletionItemProvider({ language: GONGWEN_LANGUAGE }, new WorkspaceGenreCompletions(services)),
  );
}
