import { Packer } from 'docx';
import { ReportModel } from '../model';
import { buildDocument, DocxOptions } from './build';

export type { DocxOptions } from './build';
export { buildDocument } from './build';
export { STYLE } from './styles';
export { DEFAULT_DOCX_FONTS, docxFonts } from './fonts';
export type { DocxFonts } from './fonts';

/** The report as a .docx file in GB/T 9704 layout. */
export async function exportDocx(model: ReportModel, options: DocxOptions = {}): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(buildDocument(model, options)));
}
