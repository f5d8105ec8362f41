import { formatChineseNumber, parseChineseNumber } from '../numerals';
import { Localized, Rule, RuleFinding } from '../lint/types';
import { matchesIn, proseSegments } from './prose';

/**
 * Numbers (GB/T 15835-2011; 成文日期 by GB/T 9704 7.3.5.4): half-width digits and letters,
 * dates without zero padding and in one script, the 成文日期 in Arabic digits, ordinal names of
 * congresses and plenums in Chinese (党的二十大), no `3千`, and the unit on both ends of a range
 * (`15%~30%`). Fixed expressions (一岗双责, 四个意识…) contain no Arabic digits and are never touched.
 */

const ASCII_OF_FULL = (s: string) => s.replace(/[０-９Ａ-Ｚａ-ｚ．]/g, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

function edit(start: number, end: number, newText: string, title: Localized, message: Localized, safe = true): RuleFinding {
  return { start, end, message, fixes: [{ title, edits: [{ start, end, newText }], safe }] };
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

const DATE_IN_CLOSING = new RegExp(`^([0-9０-９]{4}|${CN_YEAR})\\s*年\\s*([0-9０-９]{1,2}|${CN_SMALL}|元)\\s*月\\s*(?:([0-9０-９]{1,2}|${CN_SMALL})\\s*日)?$`);

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
      const m = DATE_IN_CLOSING.exec(s);
      if (m) {
        const y = valueOf(m[1]);
        const mo = m[2] === '元' ? 1 : valueOf(m[2]);
        const d = m[3] !== undefined ? valueOf(m[3]) : undefined;
        if (y !== undefined && mo !== undefined && mo >= 1 && mo <= 12 && (m[3] === undefined || (d !== undefined && d >= 1 && d <= 31))) {
          const right = `${y}年${mo}月${d !== undefined ? `${d}日` : ''}`;
          if (right !== s && right !== s.replace(/\s+/g, '')) {
            out.push(edit(dateBlock.content.start, dateBlock.content.end, right,
              { zh: `改为“${right}”`, en: `Change to “${right}”` },
              { zh: `成文日期用阿拉伯数字标全年、月、日，月日不编虚位：“${right}”`, en: `Write the date in Arabic digits, full year, no leading zeros: “${right}”` }));
          }
        }
      }
    }

    for (const seg of proseSegments(model)) {
      if (seg.block === dateBlock) continue;
      for (const m of matchesIn(text, seg, /[０-９Ａ-Ｚａ-ｚ]+(?:．[０-９]+)?/g)) {
        const ascii = ASCII_OF_FULL(m[0]);
        out.push(edit(m.start, m.end, ascii, { zh: `改为“${ascii}”`, en: `Change to “${ascii}”` },
          { zh: `数字和字母用半角：“${ascii}”`, en: `Use half-width digits and letters: “${ascii}”` }));
      }
      // 2023年03月05日: months and days carry no leading zero
      for (const m of matchesIn(text, seg, /(?<![0-9])([0-9]{4}年)0([1-9]月)|(月)0([1-9]日)/g)) {
        const right = m[1] ? `${m[1]}${m[2]}` : `${m[3]}${m[4]}`;
        out.push(edit(m.start, m.end, right, { zh: `改为“${right}”`, en: `Change to “${right}”` },
          { zh: '月、日不编虚位（不补零）', en: 'No leading zero in months and days' }));
      }
      // 二零二三年 → 二〇二三年; 二〇二三年8月 mixes scripts → 2023年8月
      for (const m of matchesIn(text, seg, new RegExp(`(?<![${CN_DIGIT}十])(${CN_YEAR})年(?:([0-9]{1,2})月)?`, 'g'))) {
        const year = m[1];
        if (/^[零〇]/.test(year)) continue;
        const y = chineseValue(year);
        if (y === undefined || y < 1000) continue;
        if (m[2]) {
          out.push(edit(m.start, m.start + 4, String(y), { zh: `改为“${y}”`, en: `Change to “${y}”` },
            { zh: '同一日期中年份与月份的数字形式应一致', en: 'One date, one script: the year and month are written differently' }));
        } else if (year.includes('零')) {
          const right = year.replace(/零/g, '〇');
          out.push(edit(m.start, m.start + 4, right, { zh: `改为“${right}”`, en: `Change to “${right}”` },
            { zh: `汉字年份中的“零”写作“〇”：“${right}”`, en: `In a year written in Chinese, zero is 〇: “${right}”` }));
        }
      }
      // 党的20大, 20届3中全会: ordinal names of congresses are written in Chinese
      for (const m of matchesIn(text, seg, /党的([0-9]{1,2})大|(?<![0-9])([0-9]{1,2}|[一二三四五六七八九十]{1,3})届([0-9]{1,2}|[一二三四五六七八九十]{1,3})中全会|(?<![0-9])([0-9]{1,2})届(全国人大|全国政协|全国人民代表大会|中央委员会|中央纪委|省委|市委|县委|区委)/g)) {
        let right: string;
        if (m[1]) right = `党的${formatChineseNumber(Number(m[1]))}大`;
        else if (m[2]) {
          if (!/[0-9]/.test(m[2] + m[3])) continue;
          const cn = (s: string) => (/^[0-9]+$/.test(s) ? formatChineseNumber(Number(s)) : s);
          right = `${cn(m[2])}届${cn(m[3])}中全会`;
        } else right = `${formatChineseNumber(Number(m[4]))}届${m[5]}`;
        out.push(edit(m.start, m.end, right, { zh: `改为“${right}”`, en: `Change to “${right}”` },
          { zh: `会议届次等庄重的序数用汉字：“${right}”`, en: `Ordinals in the names of congresses are written in Chinese: “${right}”` }));
      }
      // 3千, 5百人: a digit with 千/百 mixes the two forms
      for (const m of matchesIn(text, seg, /(?<![0-9.])([1-9][0-9]{0,2})([千百])(?![分之米克瓦伏帕焦卡兆赫])/g)) {
        const right = String(Number(m[1]) * (m[2] === '千' ? 1000 : 100));
        out.push(edit(m.start, m.end, right, { zh: `改为“${right}”`, en: `Change to “${right}”` },
          { zh: `多位数不写作“${m[0]}”：写“${right}”或全用汉字`, en: `Do not write “${m[0]}”: write “${right}” or all in Chinese` }));
      }
      // 15~30%: the unit goes on both ends of a range (GB/T 15835 5.1)
      for (const m of matchesIn(text, seg, /(?<![0-9.%])([0-9]+(?:\.[0-9]+)?)([~～])([0-9]+(?:\.[0-9]+)?)(%|‰|万|亿)/g)) {
        const right = `${m[1]}${m[4]}${m[2]}${m[3]}${m[4]}`;
        out.push(edit(m.start, m.end, right, { zh: `改为“${right}”`, en: `Change to “${right}”` },
          { zh: `数值范围两端都应带单位：“${right}”`, en: `Give the unit on both ends of the range: “${right}”` }));
      }
    }
    return out;
  },
};
