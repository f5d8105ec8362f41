/** Chinese numerals as used in 公文 numbering (一…九十九) and dates (〇/零). */

const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

export const CHINESE_NUMERAL_CHARS = '〇零一二两三四五六七八九十百';

/** The value of each numeral digit by its UTF-16 code; -1 for every other character (十 and 百 included). */
const DIGIT_OF_CODE = new Int8Array(0x10000).fill(-1);
for (const [ch, value] of Object.entries(DIGITS)) DIGIT_OF_CODE[ch.charCodeAt(0)] = value;
const TEN = 0x5341; // 十
const HUNDRED = 0x767e; // 百

/**
 * The value of the Chinese numeral text[start, end), read by character codes without copying it;
 * -1 when it is not one. See parseChineseNumber.
 */
export function chineseNumberAt(text: string, start: number, end: number): number {
  if (end <= start) return -1;
  if (end - start === 1) {
    // the common case (一是, （三）)
    const code = text.charCodeAt(start);
    const digit = DIGIT_OF_CODE[code];
    if (digit >= 0) return digit;
    return code === TEN ? 10 : code === HUNDRED ? 100 : -1;
  }
  let positional = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (DIGIT_OF_CODE[code] >= 0) continue;
    if (code !== TEN && code !== HUNDRED) return -1;
    positional = false;
  }
  let total = 0;
  let current = 0;
  if (positional) {
    // 二〇二三 → 2023; a single digit → itself
    for (let i = start; i < end; i++) total = total * 10 + DIGIT_OF_CODE[text.charCodeAt(i)];
    return total;
  }
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === HUNDRED) {
      total += (current || 1) * 100;
      current = 0;
    } else if (code === TEN) {
      total += (current || 1) * 10;
      current = 0;
    } else {
      current = DIGIT_OF_CODE[code];
    }
  }
  return total + current;
}

/**
 * Value of a Chinese numeral such as 三, 十二, 二十, 九十九, 一百零五; undefined when the
 * string is not one. Digit-by-digit forms (二〇二三) read positionally.
 */
export function parseChineseNumber(s: string): number | undefined {
  const value = chineseNumberAt(s, 0, s.length);
  return value < 0 ? undefined : value;
}

const NAMES = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 105 → 一百零五 (ordinal form used in headings). */
export function formatChineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`not a non-negative integer: ${n}`);
  if (n < 10) return NAMES[n];
  if (n < 20) return '十' + (n % 10 ? NAMES[n % 10] : '');
  if (n < 100) return NAMES[Math.floor(n / 10)] + '十' + (n % 10 ? NAMES[n % 10] : '');
  if (n < 1000) {
    const rest = n % 100;
    const head = NAMES[Math.floor(n / 100)] + '百';
    if (rest === 0) return head;
    if (rest < 10) return head + '零' + NAMES[rest];
    return head + (rest < 20 ? '一' : '') + formatChineseNumber(rest);
  }
  return String(n);
}

/** Circled numbers ①–⑳. */
export function parseCircledNumber(ch: string): number | undefined {
  const code = ch.codePointAt(0);
  if (code === undefined || ch.length !== 1) return undefined;
  if (code >= 0x2460 && code <= 0x2473) return code - 0x2460 + 1;
  return undefined;
}

/** Full-width digits ０-９ to ASCII. */
export function toAsciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
