import {
  AlignmentType, BorderStyle, Document, DocumentGridType, Footer, IParagraphOptions, IRunOptions, LineRuleType,
  PageNumber, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlignTable, WidthType,
} from 'docx';
import { ReportFonts, resolveFonts } from '../fonts';
import { inlineRuns } from '../inline';
import { HeadingBlock, metadataOf, PlainBlock, ReportModel, Span, TableBlock, textOf } from '../model';
import { CELL, FOOTER_DISTANCE, LINE_PITCH, PAGE, PAGE_NUMBER_INSET, PAGE_NUMBER_SIZE, TEXT_WIDTH } from './geometry';
import { cellWidth } from './cells';
import { STYLE, stylesXml } from './styles';

export interface DocxOptions {
  /** Font names; unset ones take the GB/T 9704 defaults. */
  fonts?: Partial<ReportFonts>;
}

/** The body font for a run inside a heading paragraph (the body of a run-in heading). */
function bodyRunFont(fonts: ReportFonts) {
  return { ascii: fonts.latin, hAnsi: fonts.latin, cs: fonts.latin, eastAsia: fonts.body, hint: 'eastAsia' };
}

/** Builds the Word document for a report. */
export function buildDocument(model: ReportModel, options: DocxOptions = {}): Document {
  const fonts = resolveFonts(options.fonts);
  const meta = metadataOf(model);
  const children: (Paragraph | Table)[] = [];
  const text = (span: Span) => textOf(model, span);

  const paragraph = (opts: IParagraphOptions) => new Paragraph(opts);
  const blankLine = () => paragraph({ style: STYLE.body, children: [] });
  const runs = (span: Span, extra: IRunOptions = {}) =>
    inlineRuns(model.text, span).map((r) => new TextRun({ ...extra, text: r.text, bold: r.bold || undefined }));

  for (const block of model.blocks) {
    switch (block.kind) {
      case 'title':
        children.push(paragraph({ style: STYLE.title, children: runs(block.content) }));
        if (!model.subtitle) children.push(blankLine());
        break;
      case 'subtitle':
        children.push(paragraph({ style: STYLE.subtitle, children: runs(block.content) }));
        children.push(blankLine());
        break;
      case 'salutation':
        children.push(paragraph({ style: STYLE.body, indent: { firstLine: 0 }, children: runs(block.content) }));
        break;
      case 'heading':
        children.push(headingParagraph(block, fonts, runs, paragraph));
        break;
      case 'paragraph':
      case 'closing':
        children.push(paragraph({ style: STYLE.body, children: runs(block.content) }));
        break;
      case 'attachment':
        // 附件说明 and 署名 each sit one blank line below what precedes them (GB/T 9704 7.3.4, 7.3.5.2)
        if (block === model.attachments[0]) children.push(blankLine());
        children.push(attachmentParagraph(model, block, runs, paragraph));
        break;
      case 'signature':
      case 'date':
        if (block.kind === 'signature' || !model.signature) children.push(blankLine());
        children.push(signatureParagraph(model, block, runs, paragraph));
        break;
      case 'table':
        children.push(tableOf(model, block, runs, paragraph));
        break;
      case 'comment':
        break;
    }
  }

  return new Document({
    title: meta.title ?? (model.title ? text(model.title.content) : undefined),
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
            header: PAGE.marginTop / 2, footer: FOOTER_DISTANCE, gutter: 0,
          },
        },
        grid: { type: DocumentGridType.LINES, linePitch: LINE_PITCH },
      },
      footers: { default: pageNumberFooter(fonts, 'odd'), even: pageNumberFooter(fonts, 'even') },
      children,
    }],
  });
}

type Runs = (span: Span, extra?: IRunOptions) => TextRun[];
type MakeParagraph = (opts: IParagraphOptions) => Paragraph;

/** A heading; a run-in heading (标题句 + 正文) is its heading sentence in the heading font, then the body. */
function headingParagraph(block: HeadingBlock, fonts: ReportFonts, runs: Runs, paragraph: MakeParagraph): Paragraph {
  const level = Math.min(block.level, 4);
  const style = block.level <= 4 ? STYLE.heading[level - 1] : STYLE.body;
  const head = { start: block.content.start, end: block.body ? block.headingText.end : block.content.end };
  const children = runs(head);
  if (block.body) {
    // the gap between heading sentence and body (rare: spaces after 。) stays as written
    const bodyFrom = { start: block.headingText.end, end: block.content.end };
    children.push(...runs(bodyFrom, { font: bodyRunFont(fonts) }));
  }
  return paragraph({ style, children });
}

/**
 * 附件说明 (GB/T 9704 7.3.4): 左空二字 "附件：", a long name wraps under the name's first character.
 * Further numbered notes (2.…) line up under the first one's number.
 */
function attachmentParagraph(model: ReportModel, block: PlainBlock, runs: Runs, paragraph: MakeParagraph): Paragraph {
  const s = textOf(model, block.content);
  const lead = /^附件[：:]\s*/.exec(s);
  const number = /^(?:附件[：:]\s*)?([0-9０-９]+[.．])/.exec(s);
  const nameStart = 2 + (lead ? cellWidth(lead[0]) : 3) + (number ? cellWidth(number[1]) : 0);
  const firstLineStart = lead ? 2 : 2 + 3;
  return paragraph({
    style: STYLE.body,
    indent: { left: Math.round(nameStart * CELL), hanging: Math.round((nameStart - firstLineStart) * CELL), firstLine: undefined },
    children: runs(block.content),
  });
}

/**
 * 署名 and 成文日期 without a seal (GB/T 9704 7.3.5.2): the signature 右空二字; the date on the next
 * line starts two characters right of the signature's start. When the date is the longer one, the
 * date keeps 右空二字 and the signature moves left.
 */
export function signaturePositions(signatureCells: number | undefined, dateCells: number | undefined): { signatureRight?: number; dateRight?: number } {
  if (signatureCells === undefined) return dateCells === undefined ? {} : { dateRight: 2 };
  if (dateCells === undefined) return { signatureRight: 2 };
  const signatureStart = Math.min(28 - 2 - signatureCells, 28 - 2 - dateCells - 2);
  return { signatureRight: 28 - signatureStart - signatureCells, dateRight: 28 - (signatureStart + 2) - dateCells };
}

function signatureParagraph(model: ReportModel, block: PlainBlock, runs: Runs, paragraph: MakeParagraph): Paragraph {
  const width = (b: PlainBlock | undefined) => (b ? cellWidth(textOf(model, b.content)) : undefined);
  const pos = signaturePositions(width(model.signature), width(model.date));
  const right = (block.kind === 'signature' ? pos.signatureRight : pos.dateRight) ?? 2;
  return paragraph({
    style: STYLE.signature,
    indent: { right: Math.round(right * CELL) },
    children: runs(block.content),
  });
}

function tableOf(model: ReportModel, block: TableBlock, runs: Runs, paragraph: MakeParagraph): Table {
  const columns = Math.max(1, ...block.rows.map((r) => r.length));
  const columnWidth = Math.floor(TEXT_WIDTH / columns);
  const border = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
  const rows = block.rows.map((cells, r) => new TableRow({
    tableHeader: block.hasHeader && r === 0,
    children: Array.from({ length: columns }, (_, c) => new TableCell({
      width: { size: columnWidth, type: WidthType.DXA },
      verticalAlign: VerticalAlignTable.CENTER,
      children: [paragraph({
        style: STYLE.table,
        children: cells[c] ? runs(cells[c], block.hasHeader && r === 0 ? { bold: true } : {}) : [],
      })],
    })),
  }));
  return new Table({
    width: { size: columnWidth * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows,
  });
}

/** `— 1 —` in 4号宋体: odd pages right, even pages left, one character in (GB/T 9704 7.5). */
function pageNumberFooter(fonts: ReportFonts, side: 'odd' | 'even'): Footer {
  const font = { ascii: fonts.pageNumber, hAnsi: fonts.pageNumber, cs: fonts.pageNumber, eastAsia: fonts.pageNumber, hint: 'eastAsia' };
  const run = { font, size: PAGE_NUMBER_SIZE, characterSpacing: 0 };
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
