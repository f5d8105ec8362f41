import MarkdownIt from 'markdown-it';
import { Layout, LayoutLine, LineRun, Page } from '../layout/layout';

/** A range of the source to mark on the page (an unfilled placeholder, site residue). */
export interface Highlight {
  start: number;
  end: number;
  /** CSS class suffix: `placeholder`, `site-residue`. */
  kind: string;
  /** Shown on hover. */
  title: string;
}

export interface RenderOptions {
  /** Sorted or not; overlapping ranges are fine. */
  highlights?: readonly Highlight[];
}

const escapeHtml: (s: string) => string = new MarkdownIt('zero').utils.escapeHtml;

function attr(s: string): string {
  return escapeHtml(s).replace(/\n/g, '&#10;');
}

/** `— 1 —`: 4号 half-width Arabic digits between two 一字线 (GB/T 9704 7.5). */
export function pageNumberText(n: number): string {
  return `\u2014 ${n} \u2014`;
}

/** Highlights sorted by start, with the running maximum of their ends, for overlap queries. */
class HighlightIndex {
  private readonly list: Highlight[];
  private readonly maxEnd: number[];
  constructor(highlights: readonly Highlight[]) {
    this.list = highlights.filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
    let m = -1;
    this.maxEnd = this.list.map((h) => (m = Math.max(m, h.end)));
  }
  /** Highlights overlapping [start, end). */
  overlapping(start: number, end: number): Highlight[] {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.list[mid].start < end) lo = mid + 1;
      else hi = mid;
    }
    const out: Highlight[] = [];
    for (let i = lo - 1; i >= 0 && this.maxEnd[i] > start; i--) {
      if (this.list[i].end > start) out.push(this.list[i]);
    }
    return out.reverse();
  }
}

function renderRunText(run: LineRun, marks: Highlight[]): string {
  const identity = run.end - run.start === run.text.length;
  if (!marks.length) return escapeHtml(run.text);
  if (!identity) {
    const h = marks.find((m) => m.start < run.end && m.end > run.start);
    return h ? markHtml(h, escapeHtml(run.text)) : escapeHtml(run.text);
  }
  // cut the run where highlights begin and end
  const cuts = new Set<number>([run.start, run.end]);
  for (const m of marks) {
    if (m.start > run.start && m.start < run.end) cuts.add(m.start);
    if (m.end > run.start && m.end < run.end) cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    const piece = escapeHtml(run.text.slice(a - run.start, b - run.start));
    const h = marks.find((m) => m.start <= a && m.end >= b);
    html += h ? markHtml(h, piece) : piece;
  }
  return html;
}

function markHtml(h: Highlight, inner: string): string {
  return `<mark class="hl hl-${attr(h.kind)}" title="${attr(h.title)}">${inner}</mark>`;
}

function runsHtml(runs: readonly LineRun[], cursor: HighlightIndex | undefined): string {
  let html = '';
  for (const run of runs) {
    const marks = cursor ? cursor.overlapping(run.start, Math.max(run.end, run.start + 1)) : [];
    let inner = renderRunText(run, marks);
    if (run.bold) inner = `<b>${inner}</b>`;
    html += `<span class="f-${run.font}">${inner}</span>`;
  }
  return html;
}

function lineClass(line: LayoutLine): string {
  const cls = ['ln', `k-${line.kind}`, `i${Math.round(line.indent * 2)}`];
  if (line.align === 'center') cls.push('c');
  else if (line.align === 'justify' && !line.last) cls.push('j');
  if (line.level) cls.push(`h${line.level}`);
  return cls.join(' ');
}

function lineHtml(line: LayoutLine, cursor: HighlightIndex | undefined): string {
  if (line.kind === 'blank') return `<div class="ln k-blank" data-line="${line.sourceLine}"></div>`;
  return `<div class="${lineClass(line)}" data-line="${line.sourceLine}" data-start="${line.start}">${runsHtml(line.runs, cursor)}</div>`;
}

/** A table row spread over one or more grid lines, rendered as one row of cells. */
function tableRowHtml(lines: LayoutLine[], cursor: HighlightIndex | undefined): string {
  const info = lines[0].table!;
  const cells: string[] = [];
  for (let c = 0; c < info.columns; c++) {
    const cellLines = lines.map((l) => `<div class="cl">${runsHtml(l.table!.cells[c]?.runs ?? [], cursor)}</div>`).join('');
    cells.push(`<div class="td">${cellLines}</div>`);
  }
  const cls = `tr rows-${Math.min(lines.length, 99)}${info.header ? ' th' : ''}${info.row === 0 ? ' first' : ''}`;
  return `<div class="${cls}" data-line="${lines[0].sourceLine}" data-start="${lines[0].start}">${cells.join('')}</div>`;
}

/** The HTML of one A4 sheet. */
export function renderPage(page: Page, options: RenderOptions = {}, cursor?: HighlightIndex): string {
  const marks = cursor ?? (options.highlights?.length ? new HighlightIndex(options.highlights) : undefined);
  let body = '';
  const lines = page.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.kind === 'table-row' && line.table) {
      const group = [line];
      while (i + 1 < lines.length && lines[i + 1].kind === 'table-row' && lines[i + 1].block === line.block
        && lines[i + 1].table!.row === line.table.row) group.push(lines[++i]);
      body += tableRowHtml(group, marks);
      continue;
    }
    body += lineHtml(line, marks);
  }
  const first = lines.find((l) => l.kind !== 'blank');
  const firstLine = first?.sourceLine ?? lines[0]?.sourceLine ?? 0;
  return `<section class="sheet ${page.side}" id="page-${page.number}" data-page="${page.number}" data-line="${firstLine}">`
    + `<div class="text-block">${body}</div>`
    + `<div class="pn pn-${page.side}">${escapeHtml(pageNumberText(page.number))}</div>`
    + '</section>';
}

/** Every sheet's HTML, in order (the preview patches the ones that changed). */
export function renderPages(layout: Layout, options: RenderOptions = {}): string[] {
  const cursor = options.highlights?.length ? new HighlightIndex(options.highlights) : undefined;
  return layout.pages.map((p) => renderPage(p, options, cursor));
}

export interface DocumentOptions extends RenderOptions {
  /** The document title (`<title>`). */
  title: string;
  /** Stylesheet text to inline (the preview's CSS and the font variables). */
  css: string;
  /** `paged` (A4 sheets) or `continuous`. */
  mode?: 'paged' | 'continuous';
  lang?: string;
}

/** A standalone, print-ready HTML page: no script, no remote loads. */
export function renderDocument(layout: Layout, options: DocumentOptions): string {
  const pages = renderPages(layout, options).join('\n');
  return `<!DOCTYPE html>
<html lang="${attr(options.lang ?? 'zh-CN')}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:;">
<title>${escapeHtml(options.title)}</title>
<style>
${options.css.replace(/<\/style/gi, '<\\/style')}
</style>
</head>
<body class="report mode-${options.mode ?? 'paged'}">
<main class="pages">
${pages}
</main>
</body>
</html>
`;
}
