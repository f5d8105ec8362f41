/**
 * Font stacks per role (GB/T 9704: title 小标宋, body 仿宋, 一、黑体, （一）楷体, page numbers 宋体). Each
 * stack names the official fonts first (Windows, macOS and WPS names), then free fonts that look alike,
 * then a generic family. A user's own fonts go in front (`reportAuthor.fonts.*`).
 */
export type FontSlot = 'title' | 'body' | 'heading1' | 'heading2' | 'pageNumber';

export const FONT_SLOTS: readonly FontSlot[] = ['title', 'body', 'heading1', 'heading2', 'pageNumber'];

// Latin letters and digits in 公文 are set in Times New Roman. The alias covers Latin only, so quotes,
// dashes and ·× fall through to the Chinese font and stay full-width, as in Word.
const LATIN_SERIF = ['Report Author Latin'];

export const DEFAULT_FONT_STACKS: Record<FontSlot, readonly string[]> = {
  title: [...LATIN_SERIF, '方正小标宋简体', '方正小标宋_GBK', 'FZXiaoBiaoSong-B05S', '华文中宋', 'STZhongsong',
    'Report Author Title', 'serif'],
  body: [...LATIN_SERIF, '仿宋_GB2312', 'FangSong_GB2312', '仿宋', 'FangSong', '华文仿宋', 'STFangsong',
    'Noto Serif CJK SC', 'Source Han Serif SC', 'Noto Serif SC', 'serif'],
  heading1: [...LATIN_SERIF, '黑体', 'SimHei', '华文黑体', 'STHeiti', 'Noto Sans CJK SC', 'Source Han Sans SC',
    'Noto Sans SC', 'Microsoft YaHei', 'sans-serif'],
  heading2: [...LATIN_SERIF, '楷体_GB2312', 'KaiTi_GB2312', '楷体', 'KaiTi', '华文楷体', 'STKaiti', 'AR PL UKai CN',
    'AR PL KaitiM GB', 'Report Author Kai', 'serif'],
  pageNumber: [...LATIN_SERIF, '宋体', 'SimSun', '华文宋体', 'STSong', 'Noto Serif CJK SC', 'Source Han Serif SC', 'serif'],
};

/**
 * `@font-face` aliases for local fonts that stand in when the official ones are missing: a bold serif
 * for 小标宋, and the regular serif for 楷体 (better than a sans). local() reads installed fonts only.
 */
export const FALLBACK_FACES = `@font-face { font-family: "Report Author Latin"; src: local("Times New Roman"), local("TimesNewRomanPSMT"), local("Liberation Serif"), local("LiberationSerif"), local("Tinos"); unicode-range: U+0020-007E, U+00A0-00A6, U+00A8-00AF, U+00B2-00B6, U+00B8-00D6, U+00D8-00F6, U+00F8-024F; }
@font-face { font-family: "Report Author Latin"; font-weight: bold; src: local("Times New Roman Bold"), local("TimesNewRomanPS-BoldMT"), local("Liberation Serif Bold"), local("LiberationSerif-Bold"), local("Tinos Bold"); unicode-range: U+0020-007E, U+00A0-00A6, U+00A8-00AF, U+00B2-00B6, U+00B8-00D6, U+00D8-00F6, U+00F8-024F; }
@font-face { font-family: "Report Author Title"; src: local("Noto Serif CJK SC Bold"), local("NotoSerifCJKsc-Bold"), local("Source Han Serif SC Bold"), local("SourceHanSerifSC-Bold"), local("Noto Serif SC Bold"); }
@font-face { font-family: "Report Author Kai"; src: local("Noto Serif CJK SC"), local("NotoSerifCJKsc-Regular"), local("Source Han Serif SC"), local("Noto Serif SC"); }
`;

const GENERIC = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui']);

/** Font names from a user's comma-separated list, stripped of anything but name characters. */
export function parseFontList(list: string | readonly string[] | undefined): string[] {
  const names = typeof list === 'string' ? list.split(/[,，]/) : list ?? [];
  return names
    .map((n) => n.replace(/[^\p{L}\p{N} _.-]/gu, '').trim())
    .filter((n) => n.length > 0 && n.length <= 100);
}

function cssFamily(names: readonly string[]): string {
  return names.map((n) => (GENERIC.has(n) ? n : `"${n}"`)).join(', ');
}

/** CSS custom properties `--ra-font-<slot>` for the stacks, a user's fonts first. */
export function fontVariablesCss(user: Partial<Record<FontSlot, string | readonly string[]>> = {}): string {
  const decls = FONT_SLOTS.map((slot) => {
    const names = [...parseFontList(user[slot]), ...DEFAULT_FONT_STACKS[slot]];
    return `  --ra-font-${slot}: ${cssFamily([...new Set(names)])};`;
  });
  return `${FALLBACK_FACES}:root {\n${decls.join('\n')}\n}\n`;
}
