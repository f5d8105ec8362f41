/**
 * What the line breaker (breakLines.ts) needs to measure text as a word processor sets it, in twips
 * (1/20 pt): a CJK character or full-width mark takes one em, Latin letters and digits their width in
 * Times New Roman, every character is tightened by 0.25 pt (the export's character spacing, which lets
 * 28 characters of 16 pt fill the 442.25 pt line), and where an Asian letter meets a Latin letter or a
 * digit a fifth of an em is added (LibreOffice's spacing between Asian and Latin text; Word adds a
 * quarter).
 */

/** 1 pt in twips. */
const PT = 20;

/** Character spacing of every run: −0.25 pt. */
export const CHARACTER_SPACING_TWIPS = -5;

/** Advance widths of Times New Roman (Liberation Serif has the same metrics), ASCII 32–126, in 1/2048 em. */
export const TIMES_ADVANCE: readonly number[] = [
  512, 682, 836, 1024, 1024, 1706, 1593, 369, 682, 682, 1024, 1155, 512, 682, 512, 569, // space ! " # $ % & ' ( ) * + , - . /
  1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 1024, 569, 569, 1155, 1155, 1155, 909, // 0–9 : ; < = > ?
  1886, 1479, 1366, 1366, 1479, 1251, 1139, 1479, 1479, 682, 797, 1479, 1251, 1821, 1479, 1479, // @ A–O
  1139, 1479, 1366, 1139, 1251, 1479, 1479, 1933, 1479, 1479, 1251, 682, 569, 682, 961, 1024, // P–Z [ \ ] ^ _
  682, 909, 1024, 909, 1024, 909, 682, 1024, 1024, 569, 569, 1024, 569, 1593, 1024, 1024, // ` a–o
  1024, 1024, 682, 797, 569, 1024, 1024, 1479, 1024, 1024, 909, 983, 410, 983, 1108, // p–z { | } ~
];
export const UNITS_PER_EM = 2048;

/** One grid cell of text of `size` points: a full-width character with the run's spacing. */
export function cellTwips(size: number): number {
  return size * PT + CHARACTER_SPACING_TWIPS;
}

export type LetterScript = 'asian' | 'latin';

/** Whether a character is a letter or digit of Asian or Latin script; punctuation, spaces and symbols are neither. */
export function letterScriptOf(code: number): LetterScript | undefined {
  if (code >= 0x30 && code <= 0x39 || code >= 0x41 && code <= 0x5a || code >= 0x61 && code <= 0x7a) return 'latin';
  if (code < 0xc0) return undefined;
  if (code < 0x250) return code === 0xd7 || code === 0xf7 ? undefined : 'latin'; // Latin-1 and Latin Extended letters
  if (code >= 0x370 && code < 0x530) return 'latin'; // Greek, Cyrillic
  if (code === 0x3005 || code === 0x3007) return 'asian'; // 々 〇
  if (code >= 0x3040 && code <= 0x30ff) return 'asian'; // kana
  if (code >= 0x3400 && code <= 0x4dbf || code >= 0x4e00 && code <= 0x9fff || code >= 0xf900 && code <= 0xfaff) return 'asian';
  if (code >= 0xac00 && code <= 0xd7a3) return 'asian'; // Hangul
  if (code >= 0xff10 && code <= 0xff19 || code >= 0xff21 && code <= 0xff3a || code >= 0xff41 && code <= 0xff5a) return 'asian'; // full-width letters and digits
  if (code >= 0x20000 && code <= 0x3134f) return 'asian';
  return undefined;
}

/**
 * The script a word processor sets a character in, for where one stretch of text ends and the next
 * begins: Latin for ASCII and the Latin, Greek and Cyrillic letters, Asian for CJK characters and
 * marks; spaces and general punctuation (“” — …) take the script of the text around them.
 */
export function portionScriptOf(code: number): LetterScript | undefined {
  if (code > 0x20 && code < 0x7f) return 'latin';
  if (code >= 0xc0 && code < 0x530) return code === 0xd7 || code === 0xf7 ? undefined : 'latin';
  if (code >= 0x2e80 && code <= 0x9fff || code >= 0xac00 && code <= 0xd7a3 || code >= 0xf900 && code <= 0xfaff) return 'asian';
  if (code >= 0xfe30 && code <= 0xfe4f || code >= 0xff00 && code <= 0xffef || code >= 0x20000 && code <= 0x3134f) return 'asian';
  return undefined;
}
