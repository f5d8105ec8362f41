import * as vscode from 'vscode';
import { dateVariables, expandSnippet, findGenre, inferGenre, parseReport, wholeReportSnippet } from './core';
import { genrePickItems } from './genreMenu';
import { GONGWEN_LANGUAGE } from './language';
import { Services } from './services';

/**
 * reportAuthor.newReport [genre id]: a new untitled report of the chosen genre, its whole-report
 * template expanded with the first blank selected.
 */
export function registerNewReport(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('reportAuthor.newReport', async (genreId?: unknown): Promise<vscode.TextDocument | undefined> => {
      await services.genres.refresh();
      const genres = services.genres.genresFor(vscode.window.activeTextEditor?.document.uri);
      let genre = typeof genreId === 'string' ? findGenre(genres, genreId) : undefined;
      if (typeof genreId === 'string' && !genre) {
        void vscode.window.showErrorMessage(vscode.l10n.t('There is no report genre "{0}".', genreId));
        return undefined;
      }
      if (!genre) {
        const pick = await vscode.window.showQuickPick(genrePickItems(genres), {
          title: vscode.l10n.t('New Report from Template'),
          placeHolder: vscode.l10n.t('Choose the kind of report'),
          matchOnDescription: true,
          matchOnDetail: true,
        });
        if (!pick) return undefined;
        genre = pick.genre;
      }
      let snippet = wholeReportSnippet(genre);
      // a genre its own title does not reveal (a workspace genre without title patterns) is named in front matter
      const sample = parseReport(expandSnippet(snippet, dateVariables(new Date())).text);
      if (inferGenre(sample, genres).id !== genre.id) snippet = `---\ngenre: ${genre.id}\n---\n` + snippet;
      const document = await vscode.workspace.openTextDocument({ language: GONGWEN_LANGUAGE, content: '' });
      const editor = await vscode.window.showTextDocument(document);
      await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
      return document;
    }),
  );
}
