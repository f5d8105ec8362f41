import * as vscode from 'vscode';
import { fontVariablesCss, FontSlot, FONT_SLOTS } from '../core';
import { PreviewMode } from './protocol';

function nonce(): string {
  const chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
  let s = '';
  for (let i = 0; i < 32; i++) s += chars.charAt(Math.floor(Math.random() * chars.length));
  return s;
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The user's font names per role (`reportAuthor.fonts.*`). */
export function fontSettings(scope?: vscode.Uri): Partial<Record<FontSlot, string>> {
  const config = vscode.workspace.getConfiguration('reportAuthor.fonts', scope);
  const out: Partial<Record<FontSlot, string>> = {};
  for (const slot of FONT_SLOTS) out[slot] = config.get<string>(slot, '');
  return out;
}

/**
 * The webview document: an empty page list the script fills from messages. Strict CSP: only our
 * style sheets and the one script with this load's nonce; no other origin, no inline handlers.
 */
export function previewShellHtml(webview: vscode.Webview, extensionUri: vscode.Uri, options: {
  uri: string;
  mode: PreviewMode;
  fonts: Partial<Record<FontSlot, string>>;
}): string {
  const n = nonce();
  const media = (f: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', f)).toString();
  const script = webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'preview.js')).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource} 'nonce-${n}'`,
    `font-src ${webview.cspSource}`,
    `img-src ${webview.cspSource} data:`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  const lang = vscode.env.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  return `<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${escapeAttribute(media('preview.css'))}">
<link rel="stylesheet" href="${escapeAttribute(media('preview-webview.css'))}">
<style nonce="${n}">
${fontVariablesCss(options.fonts).replace(/<\/style/gi, '<\\/style')}
</style>
</head>
<body class="report mode-${options.mode}" data-uri="${escapeAttribute(options.uri)}" data-mode="${options.mode}">
<header class="ra-header">
<span id="summary"></span>
<button id="mode" type="button" data-paged="${escapeAttribute(vscode.l10n.t('Pages'))}" data-continuous="${escapeAttribute(vscode.l10n.t('Continuous'))}" title="${escapeAttribute(vscode.l10n.t('Switch between A4 pages and continuous text'))}"></button>
</header>
<div id="notice" role="status" hidden></div>
<main id="pages" class="pages"></main>
<script nonce="${n}" src="${escapeAttribute(script)}"></script>
</body>
</html>`;
}
