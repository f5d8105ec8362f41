import { Packer } from 'docx';
import { ReportModel } from '../model';
import { buildDocument, DocxOptions } from './build';

export type { DocxOptions } from './build';
export { buildDocument, signaturePositions } from './build';
export { STYLE } from './styles';

/** The report as a .docx file in GB/T 9704 layout. */
export async function exportDocx(model: ReportModel, options: DocxOptions = {}): Promise<Uint8Array> {
  return Packer.toArrayBuffer(buildDocument(model, options)).then((b) => new Uint8Array(b));
}
