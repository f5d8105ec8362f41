import * as vscode from 'vscode';
import { DocumentFindings } from './documentFindings';
import { DocumentModels } from './documentModels';
import { WorkspaceGenres } from './workspaceGenres';

/** What the feature registrations share. */
export interface Services {
  /** The parsed report of a document's current version. */
  models: DocumentModels;
  /** The lint findings of a document's current version. */
  findings: DocumentFindings;
  extensionUri: vscode.Uri;
  /** Built-in and workspace report genres. */
  genres: WorkspaceGenres;
}
