import { fontVariablesCss, FontSlot } from '../core';
import { PreviewMode } from './protocol';

export interface ShellOptions {
  /** The webview's source for the CSP (`webview.cspSource`). */
  cspSource: string;
  nonce: string;
  styleUris: string[];
  scriptUri: string;
  fonts: Partial<Record<FontSlot, string>>;
  uri: string;
  mode: PreviewMode;
  lang: string;
  labels: { paged: string; continuous: string; switchMode: string };
}

function escapeAttribute(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The webview document: an empty page list the script fills from messages. Strict CSP: only our
 * style sheets and the one script with this load's nonce; no other origin, no inline handlers.
 */
export function previewShellMarkup(o: ShellOptions): string {
  const csp = [
    "default-src 'none'",
    `style-src ${o.cspSource} 'nonce-${o.nonce}'`,
    `font-src ${o.cspSource}`,
    `img-src ${o.cspSource} data:`,
    `script-src 'nonce-${o.nonce}'`,
  ].join('; ');
  const styles = o.styleUris.map((u) => `<link rel="stylesheet" href="${escapeAttribute(u)}">`).join('\n');
  return `<!DOCTYPE html>
<html lang="${escapeAttribute(o.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
${styles}
<style nonce="${o.nonce}">
${fontVariablesCss(o.fonts).replace(/<\/style/gi, '<\\/style')}
</style>
</head>
<body class="report mode-${o.mode}" data-uri="${escapeAttribute(o.uri)}" data-mode="${o.mode}">
<header class="ra-header">
<span id="summary"></span>
<button id="mode" type="button" data-paged="${escapeAttribute(o.labels.paged)}" data-continuous="${escapeAttribute(o.labels.continuous)}" title="${escapeAttribute(o.labels.switchMode)}"></button>
</header>
<div id="notice" role="status" hidden></div>
<main id="pages" class="pages"></main>
<script nonce="${o.nonce}" src="${escapeAttribute(o.scriptUri)}"></script>
</body>
</html>`;
}
