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
