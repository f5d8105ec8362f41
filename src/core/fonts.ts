/**
 * The fonts a report is set in (GB/T 9704 5.2.2, 7.3.1, 7.3.3, 7.5). Names are what Word and WPS know
 * on a Chinese Windows machine; users whose machines name them otherwise change them in settings.
 */
export interface ReportFonts {
  /** 标题: 2号小标宋体. */
  title: string;
  /** 正文 and the third/fourth heading levels: 3号仿宋. */
  body: string;
  /** First heading level 一、: 黑体. */
  heading1: string;
  /** Second heading level （一）: 楷体. */
  heading2: string;
  /** Page numbers: 4号宋体. */
  pageNumber: string;
  /** Digits and Latin letters. */
  latin: string;
}

export const DEFAULT_REPORT_FONTS: Readonly<ReportFonts> = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
};

/** Fills unset or blank names with the defaults. */
export function resolveFonts(partial: Partial<ReportFonts> | undefined): ReportFonts {
  const fonts = { ...DEFAULT_REPORT_FONTS };
  for (const key of Object.keys(fonts) as (keyof ReportFonts)[]) {
    const name = partial?.[key];
    if (typeof name === 'string' && name.trim()) fonts[key] = name.trim();
  }
  return fonts;
}
