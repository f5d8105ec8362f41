import { DocxFonts } from './fonts';
import { LINE_INSET_TWIPS } from '../layout/grid';
import { BODY_SIZE, CELL, CHARACTER_SPACING, LINE_PITCH, TITLE_SIZE } from './geometry';

/** Paragraph style ids used in document.xml. */
export const STYLE = {
  normal: 'Normal',
  title: 'Title',
  subtitle: 'Subtitle',
  body: 'ReportBody',
  heading: ['Heading1', 'Heading2', 'Heading3', 'Heading4'] as const,
  signature: 'ReportSignature',
  table: 'ReportTable',
} as const;

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function attr(value: string | number): string {
  return `"${String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')}"`;
}

/** `w:rFonts` with the East Asian font named explicitly beside the Latin one. */
function rFonts(fonts: DocxFonts, eastAsia: string): string {
  const latin = attr(fonts.latin);
  // the hint sets “” ‘’ — … in the East Asian font, one full cell each, as the grid counts them
  return `<w:rFonts w:ascii=${latin} w:hAnsi=${latin} w:cs=${latin} w:eastAsia=${attr(eastAsia)} w:hint="eastAsia"/>`;
}

interface StyleSpec {
  id: string;
  name: string;
  basedOn?: string;
  next?: string;
  pPr?: string;
  rPr?: string;
}

function style(s: StyleSpec): string {
  return `<w:style w:type="paragraph" w:styleId=${attr(s.id)}>`
    + `<w:name w:val=${attr(s.name)}/>`
    + (s.basedOn ? `<w:basedOn w:val=${attr(s.basedOn)}/>` : '')
    + (s.next ? `<w:next w:val=${attr(s.next)}/>` : '')
    + '<w:qFormat/>'
    + (s.pPr ? `<w:pPr>${s.pPr}</w:pPr>` : '')
    + (s.rPr ? `<w:rPr>${s.rPr}</w:rPr>` : '')
    + '</w:style>';
}

const size = (halfPoints: number) => `<w:sz w:val="${halfPoints}"/><w:szCs w:val="${halfPoints}"/>`;
const exactLine = `<w:spacing w:before="0" w:after="0" w:line="${LINE_PITCH}" w:lineRule="exact"/>`;
// 1 twip in from the margin: LibreOffice then draws a mark hanging at the end of a full justified line
const indentTwo = `<w:ind w:left="${LINE_INSET_TWIPS}" w:firstLine="${2 * CELL - LINE_INSET_TWIPS}"/>`;
const plain = '<w:b w:val="0"/><w:bCs w:val="0"/><w:i w:val="0"/><w:iCs w:val="0"/>';

/**
 * styles.xml: the GB/T 9704 styles, written out because the properties that make the grid hold in
 * every word processor (widow control off, no automatic space between Chinese and Latin text, the
 * title kept off the line grid) are not among the docx library's typed style options.
 */
export function stylesXml(fonts: DocxFonts): string {
  const defaults = '<w:docDefaults>'
    + '<w:rPrDefault><w:rPr>'
    + rFonts(fonts, fonts.body)
    + `<w:color w:val="000000"/><w:spacing w:val="${CHARACTER_SPACING}"/><w:kern w:val="0"/>${size(BODY_SIZE)}`
    + '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
    + '</w:rPr></w:rPrDefault>'
    + '<w:pPrDefault><w:pPr>'
    // a page holds 22 lines whatever the paragraphs: no widow/orphan moves. Kinsoku, hanging
    // punctuation and the space between Chinese and Latin text keep their defaults (on): written
    // out, LibreOffice reads w:overflowPunct the wrong way round, and the layout models the defaults
    + '<w:widowControl w:val="0"/>'
    + exactLine
    + '<w:jc w:val="both"/>'
    + '</w:pPr></w:pPrDefault>'
    + '</w:docDefaults>';

  const heading = (level: 1 | 2 | 3 | 4, eastAsia: string) => style({
    id: STYLE.heading[level - 1], name: `heading ${level}`, basedOn: STYLE.normal, next: STYLE.body,
    pPr: `${exactLine}${indentTwo}<w:outlineLvl w:val="${level - 1}"/>`,
    rPr: `${rFonts(fonts, eastAsia)}${plain}${size(BODY_SIZE)}`,
  });

  const styles = [
    `<w:style w:type="paragraph" w:default="1" w:styleId="${STYLE.normal}"><w:name w:val="Normal"/><w:qFormat/></w:style>`,
    style({ id: STYLE.body, name: 'Body Text', basedOn: STYLE.normal, next: STYLE.body, pPr: indentTwo }),
    style({
      id: STYLE.title, name: 'Title', basedOn: STYLE.normal, next: STYLE.body,
      // a 22 pt line would take two grid lines in LibreOffice if it snapped to the grid
      pPr: `<w:snapToGrid w:val="0"/>${exactLine}<w:ind w:left="${LINE_INSET_TWIPS}" w:firstLine="0"/><w:jc w:val="center"/>`,
      rPr: `${rFonts(fonts, fonts.title)}${plain}${size(TITLE_SIZE)}`,
    }),
    style({
      id: STYLE.subtitle, name: 'Subtitle', basedOn: STYLE.normal, next: STYLE.body,
      pPr: `<w:ind w:left="${LINE_INSET_TWIPS}" w:firstLine="0"/><w:jc w:val="center"/>`,
      rPr: `${rFonts(fonts, fonts.heading2)}${plain}`,
    }),
    heading(1, fonts.heading1),
    heading(2, fonts.heading2),
    heading(3, fonts.body),
    heading(4, fonts.body),
    style({ id: STYLE.signature, name: 'Signature', basedOn: STYLE.normal, next: STYLE.body, pPr: '<w:jc w:val="right"/>' }),
    style({ id: STYLE.table, name: 'Table Text', basedOn: STYLE.normal, pPr: '<w:jc w:val="center"/>' }),
  ];

  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W_NS}">${defaults}${styles.join('')}</w:styles>`;
}
