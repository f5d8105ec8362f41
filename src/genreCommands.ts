import * as vscode from 'vscode';
import { registerGenreCompletions } from './genreCompletions';
import { registerInsertSection } from './insertSection';
import { registerNewReport } from './newReport';
import { registerRenumberHeadings } from './renumberHeadings';
import { Services } from './services';

/**
 * What is built on the genre definitions: new report from template, insert section, renumber, and the
 * snippets of workspace genres.
 */
export function registerGenreCommands(context: vscode.ExtensionContext, services: Services): void {
  registerNewReport(context, services);
  registerInsertSection(context, services);
  registerRenumberHeadings(context, services);
  registerGenreCompletions(context, services);
}
