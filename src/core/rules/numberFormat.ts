import { formatChineseNumber, parseChineseNumber } from '../numerals';
import { finding, Localized, Rule, RuleFinding } from '../lint/types';
import { characterPositions, codesWhere, mergedPositions, overlapsAny, proseSegments, segmentEndingAfter, sharedCharacterSet, sharedStringSet } from './prose';

/**
 * Numbers (GB/T 15835-2011; 成文日期 by GB/T 9704 7.3.5.4): half-width digits and letters,
 * dates without zero padding and in one script, the 成文日期 in Arabic digits, ordinal names of
 * congresses and plenums in Chinese (党的二十大), no `3千`, and the unit on both ends of a range
 * (`15%~30%`). Fixed expressions (一岗双责, 四个意识…) contain no Arabic digits and are never touched.
 */

const ASCII_OF_FULL = (s: string) => s.replace(/[０-９Ａ-Ｚａ-ｚ．，]/g, (c) => (c === '．' ? '.' : c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

function edit(start: number, end: number, newText: string, title: Localized, message: Localized, safe = true): RuleFinding {
  return finding(start, end, message, [{ title, edits: [{ start, end, newText }], safe }]);
}

const CN_DIGIT = '〇零一二三四五六七八九';
const CN_YEAR = `[${CN_DIGIT}]{4}`;
const CN_SMALL = '[一二三四五六七八九十]{1,3}';

/** 二〇二四 → 2024; 一月 → 1; 十五 → 15. */
function chineseValue(s: string): number | undefined {
  return parseChineseNumber(s);
}

function valueOf(s: string): number | undefined {
  const ascii = ASCII_OF_FULL(s);
  if (/^[0-9]+$/.test(ascii)) return Number(ascii);
  return chineseValue(s);
}

const DATE_IN_CLOSING = new RegExp(`^([0-9０-９]{4}|${CN_YEAR})\\s*年\\s*([0-9０-９]{1,2}|${CN_SMALL}|元)\\s*月\\s*(?:([0-9０-９]{1,2}|${CN_SMALL})\\s*[日号])?$`);
/** A 成文日期 typed with dots, dashes or slashes: 2024.1.5, 2024-01-05, 2024/1/5. */
const DATE_WITH_SEPARATORS = /^([0-9０-９]{4})\s*([.．/／\-－])\s*([0-9０-９]{1,2})\s*\2\s*([0-9０-９]{1,2})$/;

function ordinal(start: number, end: number, right: string): RuleFinding {
  return edit(start, end, right, { zh: `改为“${right}”`, en: `Change to “${right}”` },
    { zh: `会议届次等庄重的序数用汉字：“${right}”`, en: `Ordinals in the names of congresses are written in Chinese: “${right}”` });
}

/** What a character may start or end. */
const enum T { None, FullWidth, Year, Month, Party, Session, Magnitude, Range }

const TRIGGER = new Uint8Array(65536);
for (let c = 0xff10; c <= 0xff19; c++) TRIGGER[c] = T.FullWidth;
for (let c = 0xff21; c <= 0xff3a; c++) TRIGGER[c] = T.FullWidth;
for (let c = 0xff41; c <= 0xff5a; c++) TRIGGER[c] = T.FullWidth;
TRIGGER['年'.charCodeAt(0)] = T.Year;
TRIGGER['月'.charCodeAt(0)] = T.Month;
TRIGGER['党'.charCodeAt(0)] = T.Party;
TRIGGER['届'.charCodeAt(0)] = T.Session;
TRIGGER['千'.charCodeAt(0)] = T.Magnitude;
TRIGGER['百'.charCodeAt(0)] = T.Magnitude;
TRIGGER['~'.charCodeAt(0)] = T.Range;
TRIGGER['～'.charCodeAt(0)] = T.Range;
const TRIGGERS = sharedCharacterSet(codesWhere(TRIGGER, (kind) => kind !== T.None && kind !== T.Party));
/** 党 only where 的 follows (党的20大): 党 is among the commonest characters of a report. */
const PARTY = sharedStringSet(['党的']);

/** Full-width digits and letters; ３，６００ (groups of three after one to three digits) is one number, its ， a thousands separator. */
const FULL_WIDTH_RUN = /(?:[０-９]{1,3}(?:，[０-９]{3})+(?![０-９])|[０-９Ａ-Ｚａ-ｚ]+)(?:．[０-９]+)?/y;
const PARTY_CONGRESS = /党的([0-9]{1,2})大/y;
/** 届 and what follows it: plenums (三中全会, also two named at once: 二中、三中全会) or the body. */
const SESSION = /届(?:((?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})中(?:、(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})中)*)全会|(全国人大|全国政协|全国人民代表大会|中央委员会|中央纪委|省委|市委|县委|区委))/y;
/** What may follow 届 in SESSION: a numeral, or the first character of a body. */
const SESSION_NEXT = new Uint8Array(65536);
for (const c of '0123456789一二三四五六七八九十全中省市县区') SESSION_NEXT[c.charCodeAt(0)] = 1;
/** 3千, 3千6百, 3百5十, 3千6 (the last digit's place untold): from the first digit to the last place. */
const MAGNITUDE = /([0-9]{1,3})([千百])(?:(?<=千)([0-9])百)?(?:([0-9])十)?([0-9](?![0-9]))?/y;
const RANGE = /([0-9]+(?:\.[0-9]+)?)([~～])([0-9]+(?:\.[0-9]+)?)(%|‰|万|亿)/y;

const DIGIT_ZERO = 0x30;
const MONTH = 0x6708;
const DAY = 0x65e5;
/** Whether the code (NaN past the text's ends) is one of 0–9. */
const isDigit = (code: number) => code >= DIGIT_ZERO && code <= 0x39;
/** Whether the code (NaN past the text's ends) is one of 1–9. */
const isNonZeroDigit = (code: number) => code >= 0x31 && code <= 0x39;
/** The codes of CN_DIGIT: most years are in Arabic digits, told apart by a code, not a string. */
const CN_DIGIT_CODE = new Uint8Array(65536);
for (const c of CN_DIGIT) CN_DIGIT_CODE[c.charCodeAt(0)] = 1;

/** At a 年: 2023年03月 (padding), 二零二三年 (零 for 〇), 二〇二三年8月 (two scripts in one date). */
function yearAt(text: string, segStart: number, i: number, push: (f: RuleFinding) => void): void {
  if (text.charCodeAt(i + 1) === DIGIT_ZERO && isNonZeroDigit(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === MONTH && i - 4 >= segStart
    && /^[0-9]{4}$/.test(text.slice(i - 4, i)) && !/[0-9]/.test(text[i - 5] ?? '')) {
    const right = `${text.slice(i - 4, i)}年${text[i + 2]}月`;
    push(edit(i - 4, i + 4, right, { zh: `改为“${right}”`, en: `Change to “${right}”` },
      { zh: '月、日不编虚位（不补零）', en: 'No leading zero in months and days' }));
  }
  const yearStart = i - 4;
  // most years are in Arabic digits: look no further unless a Chinese digit stands before 年
  if (yearStart < segStart || !CN_DIGIT_CODE[text.charCodeAt(i - 1)]) return;
  const year = text.slice(yearStart, i);
  if (!/^[〇零一二三四五六七八九]{4}$/.test(year) || /^[零〇]/.test(year) || /[〇零一二三四五六七八九十]/.test(text[yearStart - 1] ?? '')) return;
  const y = chineseValue(year);
  if (y === undefined || y < 1000) return;
  const month = /^[0-9]{1,2}月/.test(text.slice(i + 1, i + 4));
  if (month) {
    push(edit(yearStart, i, String(y), { zh: `改为“${y}”`, en: `Change to “${y}”` },
      { zh: '同一日期中年份与月份的数字形式应一致', en: 'One date, one script: the year and month are written differently' }));
  } else if (year.includes('零')) {
    const right = year.replace(/零/g, '〇');
    push(edit(yearStart, i, right, { zh: `改为“${right}”`, en: `Change to “${right}”` },
      { zh: `汉字年份中的“零”写作“〇”：“${right}”`, en: `In a year written in Chinese, zero is 〇: “${right}”` }));
  }
}

/** At a 届: 20届3中全会, 十九届4中全会, 14届全国人大 — ordinals of congresses in Chinese. */
function sessionAt(text: string, segStart: number, i: number, at: (re: RegExp, j: number) => RegExpExecArray | null, push: (f: RuleFinding) => void): void {
  // 届时, 本届: most 届 start no ordinal's tail
  if (!SESSION_NEXT[text.charCodeAt(i + 1)]) return;
  const m = at(SESSION, i);
  if (!m) return;
  // the number before 届, read backwards: up to two digits or three Chinese numerals
  let b = i;
  while (b > segStart && i - b < 3 && /[0-9一二三四五六七八九十]/.test(text[b - 1])) b--;
  const before = text.slice(b, i);
  if (!before || (/[0-9]/.test(before) && !/^[0-9]{1,2}$/.test(before)) || /[0-9]/.test(text[b - 1] ?? '')) return;
  const cn = (s: string) => (/^[0-9]+$/.test(s) ? formatChineseNumber(Number(s)) : s);
  const end = i + m[0].length;
  if (m[1] !== undefined) {
    if (/[0-9]/.test(before + m[1])) push(ordinal(b, end, `${cn(before)}届${m[1].replace(/[0-9]+/g, cn)}全会`));
  } else if (/^[0-9]+$/.test(before)) {
    push(ordinal(b, end, `${cn(before)}届${m[2]}`));
  }
}

export const numberFormatRule: Rule = {
  id: 'number-format',
  defaultSeverity: 'warning',
  description: {
    zh: '数字用法：半角数字、日期不补零且不混写、成文日期用阿拉伯数字、“党的二十大”等用汉字',
    en: 'Numbers: half-width digits, dates without zero padding and in one script, Arabic 成文日期, 党的二十大 in Chinese',
  },
  check({ model }) {
    const out: RuleFinding[] = [];
    const { text } = model;
    const dateBlock = model.date;

    if (dateBlock) {
      const s = text.slice(dateBlock.content.start, dateBlock.content.end);
      const separated = DATE_WITH_SEPARATORS.exec(s);
      const m = separated ? [separated[0], separated[1], separated[3], separated[4]] : DATE_IN_CLOSING.exec(s);
      if (m) {
        const y = valueOf(m[1]);
        const mo = m[2] === '元' ? 1 : valueOf(m[2]);
        const d = m[3] !== undefined ? valueOf(m[3]) : undefined;
        if (y !== undefined && mo !== undefined && mo >= 1 && mo <= 12 && (m[3] === undefined || (d !== undefined && d >= 1 && d <= 31))) {
          const right = `${y}年${mo}月${d !== undefined ? `${d}日` : ''}`;
          if (right !== s && right !== s.replace(/\s+/g, '')) {
            out.push(edit(dateBlock.content.start, dateBlock.content.end, right,
              { zh: `改为“${right}”`, en: `Change to “${right}”` },
              { zh: `成文日期用阿拉伯数字标全年、月、日，月日不编虚位：“${right}”`, en: `Write the date with 年, 月 and 日 in Arabic digits, full year, no leading zeros: “${right}”` }));
          } else if (d === undefined) {
            // the day is the writer's to add: no fix
            out.push(finding(dateBlock.content.start, dateBlock.content.end,
              { zh: `成文日期应标全年、月、日：“${right}”后缺少日`, en: `The date should give the year, month and day: “${right}” has no day` }, undefined, 'info'));
          }
        }
      }
    }

    // only at the characters a pattern starts or ends with, which the shared pass over the prose found
    const segments = proseSegments(model);
    let seg = segments[0];
    const push = (f: RuleFinding) => {
      if (!seg.protected.length || !overlapsAny(seg.protected, f.start, f.end)) out.push(f);
    };
    const at = (re: RegExp, i: number) => {
      re.lastIndex = i;
      const m = re.exec(text);
      return m && m.index + m[0].length <= seg.end ? m : null;
    };
    const triggers = mergedPositions(characterPositions(model, TRIGGERS), characterPositions(model, PARTY));
    let s = 0;
    for (let p = 0; p < triggers.length; p++) {
      const i = triggers[p];
      // the segment holding the place, searched for: most segments hold none
      s = segmentEndingAfter(segments, s, i);
      if (s === segments.length) break;
      seg = segments[s];
      if (seg.block === dateBlock) continue;
      const kind = TRIGGER[text.charCodeAt(i)];
      if (kind === T.FullWidth) {
        const m = at(FULL_WIDTH_RUN, i)!;
        const ascii = ASCII_OF_FULL(m[0]);
        push(edit(i, i + m[0].length, ascii, { zh: `改为“${ascii}”`, en: `Change to “${ascii}”` },
          { zh: `数字和字母用半角：“${ascii}”`, en: `Use half-width digits and letters: “${ascii}”` }));
        const end = i + m[0].length;
        while (p + 1 < triggers.length && triggers[p + 1] < end) p++;
      } else if (kind === T.Year) {
        yearAt(text, seg.start, i, push);
      } else if (kind === T.Month) {
        // 5月08日: days carry no leading zero
        if (text.charCodeAt(i + 1) === DIGIT_ZERO && isNonZeroDigit(text.charCodeAt(i + 2)) && text.charCodeAt(i + 3) === DAY && i + 4 <= seg.end) {
          push(edit(i, i + 4, `月${text[i + 2]}日`, { zh: `改为“月${text[i + 2]}日”`, en: `Change to “月${text[i + 2]}日”` },
            { zh: '月、日不编虚位（不补零）', en: 'No leading zero in months and days' }));
        }
      } else if (kind === T.Party) {
        // 党的20大: ordinal names of congresses are written in Chinese
        const m = isDigit(text.charCodeAt(i + 2)) ? at(PARTY_CONGRESS, i) : null;
        if (m) push(ordinal(i, i + m[0].length, `党的${formatChineseNumber(Number(m[1]))}大`));
      } else if (kind === T.Session) {
        sessionAt(text, seg.start, i, at, push);
      } else if (kind === T.Magnitude) {
        // 3千, 5百人: a digit with 千/百 mixes the two forms
        let b = i;
        while (b > seg.start && i - b < 3 && /[0-9]/.test(text[b - 1])) b--;
        if (b === i || text[b] === '0' || /[0-9.]/.test(text[b - 1] ?? '') && b > seg.start) continue;
        if (/[分之米克瓦伏帕焦卡兆赫]/.test(text[i + 1] ?? '')) continue;
        // 3千6百万元, 3百5十人: the whole number, read on to its last place
        const m = at(MAGNITUDE, b);
        if (!m) continue;
        const end = b + m[0].length;
        while (p + 1 < triggers.length && triggers[p + 1] < end) p++;
        const written = m[0];
        // 3千6: a digit after the last place (3600? 3006?) is the writer's to tell
        if (m[5] !== undefined && m[4] === undefined) {
          push(finding(b, end, { zh: `多位数不写作“${written}”：全用阿拉伯数字或全用汉字`, en: `Do not write “${written}”: write the number in Arabic digits or all in Chinese` }, []));
          continue;
        }
        const value = Number(m[1]) * (m[2] === '千' ? 1000 : 100) + Number(m[3] ?? 0) * 100 + Number(m[4] ?? 0) * 10 + Number(m[5] ?? 0);
        const right = String(value);
        push(edit(b, end, right, { zh: `改为“${right}”`, en: `Change to “${right}”` },
          { zh: `多位数不写作“${written}”：写“${right}”或全用汉字`, en: `Do not write “${written}”: write “${right}” or all in Chinese` }));
      } else if (kind === T.Range) {
        // 15~30%: the unit goes on both ends of a range (GB/T 15835 5.1)
        let b = i;
        while (b > seg.start && /[0-9.]/.test(text[b - 1])) b--;
        if (b === i || (b > seg.start && text[b - 1] === '%')) continue;
        const m = at(RANGE, b);
        if (!m) continue;
        const right = `${m[1]}${m[4]}${m[2]}${m[3]}${m[4]}`;
        push(edit(b, b + m[0].length, right, { zh: `改为“${right}”`, en: `Change to “${right}”` },
          { zh: `数值范围两端都应带单位：“${right}”`, en: `Give the unit on both ends of the range: “${right}”` }));
      }
    }
    return out;
  },
};
