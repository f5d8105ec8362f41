import * as vscode from 'vscode';
import { formatChineseNumber, inferGenre, missingSections, sectionInsertion, textOf } from './core';
import { genreName } from './genreMenu';
import { Services } from './services';

/**
 * reportAuthor.insertSection [section id]: one of the sections the report's genre has and the report
 * lacks, inserted where it belongs with the number it gets there; the later sections are renumbered.
 * One undo step.
 */
export function registerInsertSection(context: vscode.ExtensionContext, services: Services): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('reportAuthor.insertSection', async (sectionId?: unknown): Promise<boolean> => {
      const editor = vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a report to insert a section into it.'));
        return false;
      }
      await services.genres.refresh();
      const { document } = editor;
      const model = services.models.get(document);
      const genre = inferGenre(model, services.genres.genresFor(document.uri));
      // required sections first, each group in the genre's order
      const missing = missingSections(model, genre, { includeOptional: true }).sort((a, b) => Number(b.required) - Number(a.required));
      let chosen = typeof sectionId === 'string' ? missing.find((m) => m.section.id === sectionId) : undefined;
      if (!missing.length || (typeof sectionId === 'string' && !chosen)) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Nothing to insert: this report already has every section of a {0}.', genreName(genre)));
        return false;
      }
      if (!chosen) {
        const items = missing.map((m) => ({
          label: `${formatChineseNumber(m.number)}、${m.section.heading}`,
          description: m.required ? vscode.l10n.t('required') : vscode.l10n.t('optional'),
          detail: m.before
            ? vscode.l10n.t('Goes before "{0}"; the sections after it are renumbered.', textOf(model, m.before.content))
            : vscode.l10n.t('Goes after the last section.'),
          missing: m,
        }));
        const pick = await vscode.window.showQuickPick(items, {
          title: vscode.l10n.t('Insert Missing Section'),
          placeHolder: vscode.l10n.t('Sections of a {0} that this report lacks', genreName(genre)),
        });
        if (!pick) return false;
        chosen = pick.missing;
      }
      // the document may have changed while the list was open
      const current = services.models.get(document);
      if (current !== model) {
        chosen = missingSections(current, genre, { includeOptional: true }).find((m) => m.section.id === chosen!.section.id);
        if (!chosen) return false;
      }
      const insertion = sectionInsertion(current, genre, chosen);
      const at = document.positionAt(insertion.offset);
      if (insertion.renumber.length) {
        const renumbered = await editor.edit((b) => {
          for (const e of insertion.renumber) b.replace(new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
        }, { undoStopBefore: true, undoStopAfter: false });
        if (!renumbered) return false;
      }
      const inserted = await editor.insertSnippet(new vscode.SnippetString(insertion.snippet), at, {
        undoStopBefore: !insertion.renumber.length, undoStopAfter: true,
      });
      editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      return inserted;
    }),
  );
}
