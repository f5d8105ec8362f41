/**
 * GB/T 9704 page geometry in Word's units (1 twip = 1/20 pt), from the layout's grid so that the
 * document and the layout measure the same page.
 */
import { LINE_PITCH_TWIPS, PAGE_NUMBER_GAP_MM, PAGE_TWIPS, TEXT_WIDTH_TWIPS } from '../layout/grid';
import { CHARACTER_SPACING_TWIPS, cellTwips } from '../layout/metrics';

export const PAGE = {
  width: PAGE_TWIPS.width,
  height: PAGE_TWIPS.height,
  marginTop: PAGE_TWIPS.top,
  marginLeft: PAGE_TWIPS.left,
  marginRight: PAGE_TWIPS.right,
  marginBottom: PAGE_TWIPS.bottom,
} as const;

/** 225 mm ÷ 22 lines, rounded down so 22 lines always fit: 28.95 pt. */
export const LINE_PITCH = LINE_PITCH_TWIPS;

/** 3号 = 16 pt, in half-points. */
export const BODY_SIZE = 32;
/** 2号 = 22 pt. */
export const TITLE_SIZE = 44;
/** 4号 = 14 pt. */
export const PAGE_NUMBER_SIZE = 28;

/**
 * Every run is tightened by 0.25 pt (in twentieths of a point) so 28 characters of 16 pt take
 * 441 pt of the 442.25 pt text width; without it LibreOffice sets only 27 a line.
 */
export const CHARACTER_SPACING = CHARACTER_SPACING_TWIPS;

/** One grid cell (one 3号 character with the tightened spacing): 15.75 pt. */
export const CELL = cellTwips(16);

/** One 4号 character: the page number's inset from the text block's edge (GB/T 9704 7.5). */
export const PAGE_NUMBER_INSET = PAGE_NUMBER_SIZE * 10;

/**
 * The footer's distance from the page's bottom edge, so that the page number line's top sits
 * 7 mm below the text block (GB/T 9704 7.5): 35 mm − 7 mm − one 14 pt line.
 */
export const FOOTER_DISTANCE = Math.round(((35 - PAGE_NUMBER_GAP_MM) * 1440) / 25.4) - PAGE_NUMBER_SIZE * 10;

/** Width of the text block: 156 mm. */
export const TEXT_WIDTH = TEXT_WIDTH_TWIPS;
