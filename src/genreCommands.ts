import * as vscode from 'vscode';
import { registerInsertSection } from './insertSection';
import { registerNewReport } from './newReport';
import { registerRenumberHeadings } from './renumberHeadings';
import { Services } from './services';

/** The commands built on the genre definitions: new report from template, insert section, renumber. */
export function registerGenreCommands(context: vscode.ExtensionContext, services: Services): void {
  registerNewReport(context, services);
  registerInsertSection(context, services);
  registerRenumberHeadings(context, services);
}
