/** Messages between the extension and the preview's webview script (no editor API: both sides import it). */

export type PreviewMode = 'paged' | 'continuous';

/** What the webview keeps across reloads (`getState`/`setState`) and the serializer restores. */
export interface PreviewState {
  uri: string;
  mode: PreviewMode;
  /** Source line at the top of the view. */
  line?: number;
}

export interface ChangedSheet {
  index: number;
  html: string;
}

export type ToWebview =
  | {
    type: 'update';
    uri: string;
    version: number;
    pageCount: number;
    /** Sheets whose HTML changed since the last update; sheets past `pageCount` are removed. */
    changed: ChangedSheet[];
    /** The header line: 页数 · 字数 · placeholders left. */
    summary: string;
    /** Source line to show first, when the document has just been opened in the preview. */
    scrollToLine?: number;
  }
  | { type: 'scrollToLine'; line: number }
  | { type: 'closed'; message: string };

export type FromWebview =
  | { type: 'ready' }
  /** The page after an update: sheets, and marks of unfinished text, counted in the DOM. */
  | { type: 'rendered'; version: number; sheets: number; placeholderMarks: number; residueMarks: number }
  /** The source line at the top of the preview after the user scrolled it. */
  | { type: 'scrolled'; line: number }
  /** A click on the page at a source position (UTF-16 column in the line). */
  | { type: 'reveal'; line: number; column: number }
  | { type: 'mode'; mode: PreviewMode };
