import { Finding } from '../../src/core';

/** `⟦…⟧` marks the expected ranges; returns the text without the marks and those ranges. */
export function marked(source: string): { text: string; ranges: [number, number][] } {
  const ranges: [number, number][] = [];
  let text = '';
  let open = -1;
  for (const ch of source) {
    if (ch === '⟦') open = text.length;
    else if (ch === '⟧') ranges.push([open, text.length]);
    else text += ch;
  }
  return { text, ranges };
}

export const rangesOf = (findings: Finding[]) => findings.map((f): [number, number] => [f.start, f.end]);

/** A 全面从严治党 report whose 存在的问题 section is missing (between 一、 and 二、). */
export const REPORT_WITHOUT_PROBLEMS_SECTION = [
  '2024年度全面从严治党述职报告',
  '现将本人履行全面从严治党主体责任情况报告如下。',
  '一、履行职责情况',
  '（一）压实责任。全年专题研究3次。',
  '二、下步打算',
  '一是压实责任。',
  '以上报告，请予评议。',
  '述职人：李某',
  '2025年1月8日',
].join('\n');
