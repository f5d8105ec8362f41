import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, HeightRule, IParagraphOptions, LineRuleType,
  PageBreak, PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType,
} from 'docx';
import {
  CELLS_PER_LINE, FontRole, LINE_INSET_TWIPS, Layout, LayoutLine, LineRun, TABLE_CELL_SLACK_TWIPS, layoutReport,
} from '../layout';
import { metadataOf, ReportModel, titleText } from '../model';
import {
  CELL, FOOTER_DISTANCE, LINE_PITCH, PAGE, PAGE_NUMBER_INSET, PAGE_NUMBER_SIZE, TEXT_WIDTH,
} from './geometry';
import { DocxFonts, docxFonts } from './fonts';
import { STYLE, stylesXml } from './styles';
import { FontSlot } from '../render/fonts';

export interface DocxOptions {
  /** The user's font settings (`reportAuthor.fonts.*`); unset ones take the GB/T 9704 defaults. */
  fonts?: Partial<Record<FontSlot, string | readonly string[]>>;
  /** The report's layout, when the caller has it already. */
  layout?: Layout;
}

/** The East Asian font of each role the layout assigns (GB/T 9704 7.3.1, 7.3.3, 7.3.7). */
function fontName(fonts: DocxFonts, role: FontRole): string {
  switch (role) {
    case 'title': return fonts.title;
    case 'heading1': case 'attachmentLabel': case 'tableHeader': return fonts.heading1;
    case 'heading2': case 'subtitle': return fonts.heading2;
    default: return fonts.body;
  }
}

/** The font role a paragraph style sets, so runs in that role need no font of their own. */
function styleRole(style: string): FontRole {
  switch (style) {
    case STYLE.title: return 'title';
    case STYLE.subtitle: return 'subtitle';
    case STYLE.heading[0]: return 'heading1';
    case STYLE.heading[1]: return 'heading2';
    default: return 'body';
  }
}

/** One paragraph: the consecutive layout lines of one block (or one blank line). */
interface LineGroup {
  kind: LayoutLine['kind'];
  lines: LayoutLine[];
  /** Index of the first line on a later page, when the layout splits the paragraph between pages. */
  splitAt?: number;
  /** The page before the split is short: the layout moved the lines after it down. */
  splitEarly?: boolean;
}

function groupLines(layout: Layout): LineGroup[] {
  const groups: LineGroup[] = [];
  let open: LineGroup | undefined;
  for (const page of layout.pages) {
    page.lines.forEach((line, n) => {
      if (open && open.kind === line.kind && open.lines[0].block === line.block && !open.lines[open.lines.length - 1].last) {
        if (n === 0 && open.splitAt === undefined) {
          open.splitAt = open.lines.length;
          open.splitEarly = layout.pages[page.number - 2].lines.length < layout.linesPerPage;
        }
        open.lines.push(line);
      } else {
        open = { kind: line.kind, lines: [line] };
        groups.push(open);
      }
    });
  }
  return groups;
}

/**
 * Builds the Word document for a report from its grid layout: one Word paragraph per laid-out
 * paragraph, with the layout's blank lines, indents, fonts and keep rules, so that a word processor
 * breaks the pages where the layout does.
 */
export function buildDocument(model: ReportModel, options: DocxOptions = {}): Document {
  const fonts = docxFonts(options.fonts);
  const layout = options.layout ?? layoutReport(model);
  const meta = metadataOf(model);
  const children: (Paragraph | Table)[] = [];

  const runsOf = (lines: LayoutLine[], style: string, breakLines: boolean, pageBreakAt?: number): (TextRun | PageBreak)[] => {
    const role = styleRole(style);
    const out: (TextRun | PageBreak)[] = [];
    // a balanced title keeps the layout's line breaks (回行排列对称); other text flows and wraps alone,
    // except where the layout moves its last lines to the next page
    const segments = breakLines ? lines.map((l) => l.runs)
      : pageBreakAt ? [lines.slice(0, pageBreakAt).flatMap((l) => l.runs), lines.slice(pageBreakAt).flatMap((l) => l.runs)]
        : [lines.flatMap((l) => l.runs)];
    segments.forEach((runs, n) => {
      if (n > 0 && !breakLines) out.push(new PageBreak());
      const merged: LineRun[] = [];
      for (const run of runs) {
        const last = merged[merged.length - 1];
        if (last && last.font === run.font && last.bold === run.bold) merged[merged.length - 1] = { ...last, text: last.text + run.text, end: run.end };
        else merged.push(run);
      }
      merged.forEach((r, k) => out.push(new TextRun({
        text: r.text,
        break: breakLines && n > 0 && k === 0 ? 1 : undefined,
        bold: r.bold || undefined,
        font: fontName(fonts, r.font) === fontName(fonts, role) ? undefined : eastAsianFont(fonts, fontName(fonts, r.font)),
      })));
    });
    return out;
  };

  const groups = groupLines(layout);
  for (let g = 0; g < groups.length; g++) {
    const { kind, lines, splitAt, splitEarly } = groups[g];
    const first = lines[0];
    // the layout's keep rules: a group kept together that goes on in the next paragraph (the notes,
    // the signature and its date) keeps each paragraph with the next
    const keep = first.keep;
    const sameGroupNext = !!keep && groups[g + 1]?.lines[0].keep === keep;
    // LibreOffice never splits a paragraph kept with the next: where the layout splits one (the text
    // before the 落款), the split is written out instead, as a page break where the layout moved lines
    const splitKept = !!keep?.withNext && splitAt !== undefined;
    const pageBreakAt = splitKept && splitEarly ? splitAt : undefined;
    const keeping = {
      keepLines: keep?.together || undefined,
      keepNext: keep && !splitKept && (keep.withNext || (keep.together && sameGroupNext)) || undefined,
      pageBreakBefore: keep?.breakBefore && groups[g - 1]?.lines[0].keep !== keep || undefined,
    };
    const paragraph = (style: string, extra: Omit<IParagraphOptions, 'style' | 'children'> = {}, breakLines = false) =>
      children.push(new Paragraph({ style, ...keeping, ...extra, children: runsOf(lines, style, breakLines, pageBreakAt) }));
    switch (kind) {
      case 'blank':
        children.push(new Paragraph({ style: STYLE.body, ...keeping, children: [] }));
        break;
      case 'title':
      case 'attachment-title':
        paragraph(STYLE.title, {}, true);
        break;
      case 'subtitle':
        paragraph(STYLE.subtitle);
        break;
      case 'salutation':
        paragraph(STYLE.body, { indent: { left: LINE_INSET_TWIPS, firstLine: 0 } });
        break;
      case 'heading': {
        const level = first.level ?? 5;
        paragraph(level <= 4 ? STYLE.heading[level - 1] : STYLE.body);
        break;
      }
      case 'paragraph':
      case 'closing':
        paragraph(STYLE.body);
        break;
      case 'attachment-note': {
        const left = first.wrapIndent;
        paragraph(STYLE.body, {
          indent: first.indent >= left
            ? { left: twips(left), firstLine: twips(first.indent - left) }
            : { left: twips(left), hanging: twips(left - first.indent) },
        });
        break;
      }
      case 'signature':
      case 'date': {
        // 右空二字 is measured from the right edge: right-aligned with the layout's inset
        const rightInset = first.capacity - first.indent - first.width;
        paragraph(STYLE.signature, { indent: { right: twips(Math.max(0, rightInset)) } });
        break;
      }
      case 'attachment-label':
        paragraph(STYLE.body, { indent: { left: LINE_INSET_TWIPS, firstLine: 0 }, alignment: AlignmentType.LEFT });
        break;
      case 'table-row': {
        // the rows of one table come as consecutive groups; build the table once
        const rows: LayoutLine[][] = [lines];
        while (groups[g + 1]?.kind === 'table-row' && groups[g + 1].lines[0].block === first.block) rows.push(groups[++g].lines);
        children.push(tableOf(rows, fonts));
        break;
      }
    }
  }

  return new Document({
    title: meta.title ?? (model.title ? titleText(model) : undefined),
    creator: meta.author ?? meta.unit,
    lastModifiedBy: meta.author ?? meta.unit,
    description: meta.genre,
    evenAndOddHeaderAndFooters: true,
    externalStyles: stylesXml(fonts),
    sections: [{
      properties: {
        page: {
          size: { width: PAGE.width, height: PAGE.height },
          margin: {
            top: PAGE.marginTop, bottom: PAGE.marginBottom, left: PAGE.marginLeft, right: PAGE.marginRight,
            header: Math.round(PAGE.marginTop / 2), footer: FOOTER_DISTANCE, gutter: 0,
          },
        },
        grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
      },
      footers: { default: pageNumberFooter(fonts, 'odd'), even: pageNumberFooter(fonts, 'even') },
      children,
    }],
  });
}

function twips(cells: number): number {
  return Math.round(cells * CELL);
}

function eastAsianFont(fonts: DocxFonts, eastAsia: string) {
  return { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, eastAsia, hint: 'eastAsia' };
}

/**
 * A pipe table as a Word table: columns share the text width; each row is exactly as many grid
 * lines high as the layout gives it and never splits; the cell margins leave each column the
 * layout's width of text.
 */
function tableOf(rows: LayoutLine[][], fonts: DocxFonts): Table {
  const columns = rows[0][0].table?.columns ?? 1;
  const columnWidth = Math.floor(TEXT_WIDTH / columns);
  // the text width the layout gives a column: its half cells and 1 pt
  const textWidth = (columnTextHalfCells(columns) * CELL) / 2 + TABLE_CELL_SLACK_TWIPS;
  const margin = Math.max(0, Math.floor((columnWidth - textWidth) / 2));
  // a 0.5 pt rule (size in eighths of a point); word processors set the table's top rule above its
  // first row, so that row gives the rule's height back and the rows after it stay on the grid
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const borderTwips = (border.size / 8) * 20;
  const runs = (lines: LayoutLine[], c: number) => lines.flatMap((l) => l.table!.cells[c].runs).map((r) => new TextRun({
    text: r.text, bold: r.bold || undefined,
    font: r.font === 'body' ? undefined : eastAsianFont(fonts, fontName(fonts, r.font)),
  }));
  return new Table({
    width: { size: columnWidth * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    margins: { top: 0, bottom: 0, left: margin, right: margin },
    rows: rows.map((lines, r) => new TableRow({
      cantSplit: true,
      height: { value: lines.length * LINE_PITCH - (r === 0 ? borderTwips : 0), rule: HeightRule.EXACT },
      children: Array.from({ length: columns }, (_, c) => new TableCell({
        width: { size: columnWidth, type: WidthType.DXA },
        verticalAlign: VerticalAlignTable.CENTER,
        children: [new Paragraph({ style: STYLE.table, keepNext: lines[0].keep?.withNext || undefined, children: runs(lines, c) })],
      })),
    })),
  });
}

/** Half cells of text a table column holds in the layout. */
function columnTextHalfCells(columns: number): number {
  return Math.max(2, Math.floor((CELLS_PER_LINE * 2) / columns) - 1);
}

/** `— 1 —` in 4号宋体: odd pages right, even pages left, one character in (GB/T 9704 7.5). */
function pageNumberFooter(fonts: DocxFonts, side: 'odd' | 'even'): Footer {
  const name = fonts.pageNumber;
  const run = { font: { ascii: name, hAnsi: name, cs: name, eastAsia: name, hint: 'eastAsia' }, size: PAGE_NUMBER_SIZE, characterSpacing: 0 };
  return new Footer({
    children: [new Paragraph({
      alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: side === 'odd' ? { right: PAGE_NUMBER_INSET, firstLine: 0 } : { left: PAGE_NUMBER_INSET, firstLine: 0 },
      spacing: { line: PAGE_NUMBER_SIZE * 10, lineRule: LineRuleType.EXACT, before: 0, after: 0 },
      children: [
        new TextRun({ ...run, text: '— ' }),
        new TextRun({ ...run, children: [PageNumber.CURRENT] }),
        new TextRun({ ...run, text: ' —' }),
      ],
    })],
  });
}
