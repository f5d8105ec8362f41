/** Turning file bytes into report text, with a clear reason when that is not possible. */

export type DecodeResult =
  | { ok: true; text: string; bom: boolean }
  | { ok: false; reason: 'binary' | 'utf16' | 'not-utf8'; message: string };

/** Files larger than this are refused rather than linted slowly. */
export const MAX_REPORT_BYTES = 64 * 1024 * 1024;

export function decodeReport(bytes: Uint8Array): DecodeResult {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, reason: 'utf16', message: 'the file is UTF-16 encoded; save it as UTF-8' };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) {
    return { ok: false, reason: 'binary', message: 'the file is binary (a .docx or .pdf?), not a text report' };
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bom ? bytes.subarray(3) : bytes);
    return { ok: true, text, bom };
  } catch {
    return {
      ok: false,
      reason: 'not-utf8',
      message: 'the file is not valid UTF-8 (perhaps GBK/GB18030); convert it first, e.g. iconv -f GB18030 -t UTF-8',
    };
  }
}
