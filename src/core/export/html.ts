import { Layout, layoutReport } from '../layout';
import { metadataOf, ReportModel, titleText } from '../model';
import { FontSlot, fontVariablesCss } from '../render/fonts';
import { renderDocument } from '../render/render';

export interface HtmlExportOptions {
  /** The preview's stylesheet (media/preview.css), inlined so the file loads nothing. */
  css: string;
  /** The user's font settings (`reportAuthor.fonts.*`). */
  fonts?: Partial<Record<FontSlot, string | readonly string[]>>;
  /** The report's layout, when the caller has it already. */
  layout?: Layout;
}

/**
 * The report as one self-contained, print-ready HTML file: the preview's A4 sheets (the same layout
 * and stylesheet), with no script and no remote loads. Printing it gives the pages of the preview.
 */
export function exportHtml(model: ReportModel, options: HtmlExportOptions): string {
  const layout = options.layout ?? layoutReport(model);
  const title = metadataOf(model).title ?? (model.title ? titleText(model) : '');
  return renderDocument(layout, {
    title: title || 'Report',
    css: `${fontVariablesCss(options.fonts)}\n${options.css}`,
    mode: 'paged',
  });
}
