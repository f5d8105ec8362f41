import * as vscode from 'vscode';
import { registerCleanUpTemplate } from './cleanUpTemplate';
import { registerCodeActions } from './codeActions';
import { registerCustomRulesCheck } from './customRulesCheck';
import { registerDetection } from './detect';
import { registerDiagnostics } from './diagnostics';
import { DocumentFindings } from './documentFindings';
import { DocumentModels } from './documentModels';
import { registerFixAll } from './fixAll';
import { registerGenreCommands } from './genreCommands';
import { Services } from './services';
import { registerPreview } from './preview/preview';
import { registerStatusBar } from './statusBar';
import { registerPlaceholderNavigation } from './placeholderNavigation';
import { WorkspaceGenres } from './workspaceGenres';
import { registerExport } from './export/commands';

export function activate(context: vscode.ExtensionContext): Services {
  const models = new DocumentModels();
  const genres = new WorkspaceGenres();
  const findings = new DocumentFindings(models, genres);
  context.subscriptions.push(models, genres, findings);
  const services: Services = { models, findings, extensionUri: context.extensionUri, genres };

  registerDetection(context);
  registerDiagnostics(context, services);
  registerCodeActions(context, services);
  registerFixAll(context, services);
  registerCleanUpTemplate(context, services);
  registerCustomRulesCheck(context);
  registerPreview(context, services);
  registerStatusBar(context, services);
  registerPlaceholderNavigation(context, services);
  registerGenreCommands(context, services);
  registerExport(context, services);
  return services;
}

export function deactivate(): void {
  // everything is disposed through context.subscriptions
}
