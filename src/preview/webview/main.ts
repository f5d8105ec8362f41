/**
 * The preview's script inside the webview: receives rendered sheets, patches only the ones that changed,
 * keeps the scroll position, fits the sheets to the panel width, and reports scrolls and clicks back.
 * It never builds markup from document text: sheets arrive as HTML whose text the extension escaped, and
 * the CSP allows no other script.
 */
import type { FromWebview, PreviewMode, PreviewState, ToWebview } from '../protocol';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
  getState(): PreviewState | undefined;
  setState(state: PreviewState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const body = document.body;
const pages = document.getElementById('pages') as HTMLElement;
const summary = document.getElementById('summary') as HTMLElement;
const modeButton = document.getElementById('mode') as HTMLButtonElement;
const notice = document.getElementById('notice') as HTMLElement;
const header = document.querySelector('header') as HTMLElement;

const initial = vscode.getState();
let state: PreviewState = {
  uri: body.dataset.uri ?? initial?.uri ?? '',
  mode: (initial?.mode ?? body.dataset.mode ?? 'paged') as PreviewMode,
  line: initial?.line,
};
let currentUri = state.uri;
/** Source-line anchors in page order, rebuilt after each patch. */
let anchors: HTMLElement[] = [];
let anchorLines: number[] = [];
/** Scroll events caused by our own scrolling are not reported back. */
let ignoreScrollEvents = 0;
/** After a reload the view returns to where it was. */
let restoreLine = initial?.line;

function saveState(patch: Partial<PreviewState>): void {
  state = { ...state, ...patch };
  vscode.setState(state);
}

function applyMode(mode: PreviewMode): void {
  body.classList.toggle('mode-paged', mode === 'paged');
  body.classList.toggle('mode-continuous', mode === 'continuous');
  modeButton.textContent = mode === 'paged' ? modeButton.dataset.continuous ?? '' : modeButton.dataset.paged ?? '';
  fitToWidth();
}

/** Scales the sheets down to the panel width (never up). */
function fitToWidth(): void {
  const sheetWidth = 210 * 96 / 25.4;
  const available = document.documentElement.clientWidth - 16;
  const zoom = Math.min(1, Math.max(0.2, available / sheetWidth));
  pages.style.setProperty('zoom', String(zoom));
}

function sheetFrom(html: string): Element | null {
  const template = document.createElement('template');
  template.innerHTML = html;
  return template.content.firstElementChild;
}

/** Where an element's text comes from: `data-at="line"` or `data-at="line:column"`. */
function sourceOf(element: HTMLElement): { line: number; column: number } {
  const [line, column] = (element.dataset.at ?? '').split(':');
  return { line: Number(line), column: column === undefined ? 0 : Number(column) };
}

function rebuildAnchors(): void {
  anchors = Array.from(pages.querySelectorAll<HTMLElement>('.text-block > [data-at]'));
  anchorLines = anchors.map((a) => sourceOf(a).line);
}

function applyUpdate(message: Extract<ToWebview, { type: 'update' }>): void {
  if (message.uri !== currentUri) {
    // another document: start from the top
    pages.replaceChildren();
    currentUri = message.uri;
    saveState({ uri: message.uri, line: undefined });
  }
  notice.hidden = true;
  body.classList.remove('closed');
  const sheets = pages.children;
  for (const { index, html } of message.changed) {
    const sheet = sheetFrom(html);
    if (!sheet) continue;
    if (index < sheets.length) sheets[index].replaceWith(sheet);
    else pages.appendChild(sheet);
  }
  while (sheets.length > message.pageCount) sheets[sheets.length - 1].remove();
  summary.textContent = message.summary;
  rebuildAnchors();
  const line = message.scrollToLine ?? restoreLine;
  restoreLine = undefined;
  if (line !== undefined) scrollToLine(line);
  vscode.postMessage({
    type: 'rendered',
    version: message.version,
    sheets: pages.querySelectorAll('.sheet').length,
    placeholderMarks: pages.querySelectorAll('mark.hl-placeholder').length,
    residueMarks: pages.querySelectorAll('mark.hl-site-residue').length,
  });
}

/** The last anchor at or before `line`. */
function anchorAt(line: number): HTMLElement | undefined {
  let lo = 0;
  let hi = anchorLines.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (anchorLines[mid] <= line) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found < 0) return anchors[0];
  // the first grid line of that source line
  const target = anchorLines[found];
  while (found > 0 && anchorLines[found - 1] === target) found--;
  return anchors[found];
}

function scrollToLine(line: number): void {
  const anchor = anchorAt(line);
  if (!anchor) return;
  const top = anchor.getBoundingClientRect().top + window.scrollY - header.offsetHeight - 4;
  if (Math.abs(window.scrollY - top) < 2) return;
  ignoreScrollEvents++;
  window.scrollTo({ top: Math.max(0, top), behavior: 'instant' as ScrollBehavior });
  saveState({ line });
}

/** The source line at the top of the view. */
function lineAtTop(): number | undefined {
  const y = header.offsetHeight;
  let lo = 0;
  let hi = anchors.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (anchors[mid].getBoundingClientRect().bottom > y) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  return found >= 0 ? anchorLines[found] : undefined;
}

let scrollScheduled = false;
window.addEventListener('scroll', () => {
  if (ignoreScrollEvents > 0) {
    ignoreScrollEvents--;
    return;
  }
  if (scrollScheduled) return;
  scrollScheduled = true;
  requestAnimationFrame(() => {
    scrollScheduled = false;
    const line = lineAtTop();
    if (line === undefined) return;
    saveState({ line });
    vscode.postMessage({ type: 'scrolled', line });
  });
}, { passive: true });

/** Characters of `root`'s text before the caret position (node, offset). */
function textBefore(root: Node, node: Node, offset: number): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t === node) return count + offset;
    count += t.textContent?.length ?? 0;
  }
  return count;
}

pages.addEventListener('click', (event) => {
  const selection = window.getSelection();
  if (selection && !selection.isCollapsed) return; // selecting text, not navigating
  // (a blank line stands for no text)
  const target = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-at]:not(.k-blank)') : null;
  if (!target) return;
  const source = sourceOf(target);
  const line = source.line;
  let column = source.column;
  const caret = document.caretRangeFromPoint?.(event.clientX, event.clientY);
  if (caret && target.contains(caret.startContainer) && !target.classList.contains('tr')) {
    column += textBefore(target, caret.startContainer, caret.startOffset);
  }
  vscode.postMessage({ type: 'reveal', line, column });
});

modeButton.addEventListener('click', () => {
  const mode: PreviewMode = state.mode === 'paged' ? 'continuous' : 'paged';
  const line = lineAtTop();
  saveState({ mode });
  applyMode(mode);
  if (line !== undefined) scrollToLine(line);
  vscode.postMessage({ type: 'mode', mode });
});

window.addEventListener('resize', fitToWidth);

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'update':
      applyUpdate(message);
      break;
    case 'scrollToLine':
      scrollToLine(message.line);
      break;
    case 'closed':
      notice.textContent = message.message;
      notice.hidden = false;
      body.classList.add('closed');
      break;
  }
});

applyMode(state.mode);
vscode.setState(state);
vscode.postMessage({ type: 'ready' });
