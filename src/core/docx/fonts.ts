import { FontSlot, parseFontList } from '../render/fonts';

/**
 * The fonts a .docx names (GB/T 9704 5.2.2, 7.3.1, 7.3.3, 7.5): one name each, as Word and WPS know
 * them on a Chinese Windows machine. Users whose machines name them otherwise set `reportAuthor.fonts.*`;
 * the first name of each list is the one written into the document.
 */
export interface DocxFonts {
  /** 标题: 2号小标宋体. */
  title: string;
  /** 正文 and the third and fourth heading levels: 3号仿宋. */
  body: string;
  /** First heading level 一、 and attachment labels: 黑体. */
  heading1: string;
  /** Second heading level （一） and the subtitle: 楷体. */
  heading2: string;
  /** Page numbers: 4号宋体. */
  pageNumber: string;
  /** Digits and Latin letters. */
  latin: string;
}

export const DEFAULT_DOCX_FONTS: Readonly<DocxFonts> = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
};

/** The document's fonts from the user's font settings (comma-separated lists), defaults for the rest. */
export function docxFonts(user: Partial<Record<FontSlot, string | readonly string[]>> = {}): DocxFonts {
  const pick = (slot: FontSlot) => parseFontList(user[slot])[0] ?? DEFAULT_DOCX_FONTS[slot];
  return {
    title: pick('title'),
    body: pick('body'),
    heading1: pick('heading1'),
    heading2: pick('heading2'),
    pageNumber: pick('pageNumber'),
    latin: DEFAULT_DOCX_FONTS.latin,
  };
}
