import * as vscode from 'vscode';
import { FontSlot, FONT_SLOTS } from '../core';
import { PreviewMode } from './protocol';
import { previewShellMarkup } from './shellMarkup';

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars.charAt(Math.floor(Math.random() * chars.length));
  return s;
}

/** The user's font names per role (`reportAuthor.fonts.*`). */
export function fontSettings(scope?: vscode.Uri): Partial<Record<FontSlot, string>> {
  const config = vscode.workspace.getConfiguration('reportAuthor.fonts', scope);
  const out: Partial<Record<FontSlot, string>> = {};
  for (const slot of FONT_SLOTS) out[slot] = config.get<string>(slot, '');
  return out;
}

/** The webview document for a panel, with resources from the extension's media and dist folders. */
export function previewShellHtml(webview: vscode.Webview, extensionUri: vscode.Uri, options: {
  uri: string;
  mode: PreviewMode;
  fonts: Partial<Record<FontSlot, string>>;
}): string {
  const resource = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, ...path)).toString();
  return previewShellMarkup({
    cspSource: webview.cspSource,
    nonce: nonce(),
    styleUris: [resource('media', 'preview.css'), resource('media', 'preview-webview.css')],
    scriptUri: resource('dist', 'preview.js'),
    fonts: options.fonts,
    uri: options.uri,
    mode: options.mode,
    lang: vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en',
    labels: {
      paged: vscode.l10n.t('Pages'),
      continuous: vscode.l10n.t('Continuous'),
      switchMode: vscode.l10n.t('Switch between A4 pages and continuous text'),
    },
  });
}
