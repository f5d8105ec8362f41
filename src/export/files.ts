import * as vscode from 'vscode';

export type ExportFormat = 'docx' | 'html';

export const EXTENSIONS: Record<ExportFormat, string> = { docx: 'docx', html: 'html' };

/** `report.gongwen.txt` → `report`: the source's name without the report and text suffixes. */
export function baseName(uri: vscode.Uri): string {
  const name = uri.path.slice(uri.path.lastIndexOf('/') + 1) || 'report';
  return name.replace(/(\.gongwen)?(\.(txt|md|markdown))?$/i, '').replace(/\.gongwen$/i, '') || name;
}

/** The file beside the source with the format's extension (untitled documents: in the first workspace folder). */
export function defaultTarget(source: vscode.Uri, format: ExportFormat): vscode.Uri {
  const file = `${baseName(source)}.${EXTENSIONS[format]}`;
  if (source.scheme === 'untitled') {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder ? vscode.Uri.joinPath(folder, file) : vscode.Uri.file(file);
  }
  return source.with({ path: `${parentPath(source)}/${file}` });
}

function parentPath(uri: vscode.Uri): string {
  return uri.path.slice(0, Math.max(0, uri.path.lastIndexOf('/')));
}

export async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the bytes to a temporary file beside the target, then renames it over the target, so that a
 * failure (a read-only folder, the file open in Word) leaves the old file as it was and nothing
 * half-written behind.
 */
export async function writeAtomically(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const name = target.path.slice(target.path.lastIndexOf('/') + 1);
  const temp = target.with({ path: `${parentPath(target)}/.${name}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}.tmp` });
  try {
    await vscode.workspace.fs.writeFile(temp, bytes);
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (e) {
    try {
      await vscode.workspace.fs.delete(temp, { useTrash: false });
    } catch {
      // never written, or already gone
    }
    throw e;
  }
}

/** A reason a user can act on, from a file system error. */
export function describeWriteError(e: unknown): string {
  const code = e instanceof vscode.FileSystemError ? e.code : (e as { code?: string } | undefined)?.code;
  const message = e instanceof Error ? e.message : String(e);
  switch (code) {
    case 'NoPermissions':
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return vscode.l10n.t('no permission to write there (a read-only folder, or the file is open in Word or WPS)');
    case 'EBUSY':
      return vscode.l10n.t('the file is in use (close it in Word or WPS)');
    case 'FileNotFound':
    case 'ENOENT':
      return vscode.l10n.t('the folder does not exist');
    case 'ENOSPC':
      return vscode.l10n.t('the disk is full');
    default:
      return message;
  }
}
