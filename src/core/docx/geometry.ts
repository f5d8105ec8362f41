/**
 * GB/T 9704 page geometry in Word's units. 1 twip = 1/20 pt; 1 mm = 1440 / 25.4 twips.
 * Line and character pitch are chosen so that Word, WPS and LibreOffice all set exactly 22 lines
 * of 28 characters on a page (see docs/ARCHITECTURE.md, "DOCX export").
 */
const mm = (n: number): number => Math.round((n * 1440) / 25.4);

export const PAGE = {
  width: mm(210),
  height: mm(297),
  marginTop: mm(37),
  marginLeft: mm(28),
  /** 210 − 28 − 156 */
  marginRight: mm(26),
  /** 297 − 37 − 225 */
  marginBottom: mm(35),
} as const;

/** 225 mm ÷ 22 lines, rounded down so 22 lines always fit: 28.95 pt. */
export const LINE_PITCH = 579;

/** 3号 = 16 pt, in half-points. */
export const BODY_SIZE = 32;
/** 2号 = 22 pt. */
export const TITLE_SIZE = 44;
/** 4号 = 14 pt. */
export const PAGE_NUMBER_SIZE = 28;

/**
 * Every run is tightened by 0.25 pt (in twentieths of a point) so 28 characters of 16 pt take
 * 441 pt of the 442.2 pt text width; without it LibreOffice sets only 27 a line.
 */
export const CHARACTER_SPACING = -5;

/** One grid cell (one 3号 character with the tightened spacing): 15.75 pt. */
export const CELL = BODY_SIZE * 10 + CHARACTER_SPACING;

/** One 4号 character: the page number's inset from the text block's edge (GB/T 9704 7.5). */
export const PAGE_NUMBER_INSET = PAGE_NUMBER_SIZE * 10;

/**
 * The footer's distance from the page's bottom edge, so that the page number line's top sits
 * 7 mm below the text block (GB/T 9704 7.5): 35 mm − 7 mm − one 14 pt line.
 */
export const FOOTER_DISTANCE = mm(35 - 7) - PAGE_NUMBER_SIZE * 10;

/** Width of the text block: 156 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.marginLeft - PAGE.marginRight;
