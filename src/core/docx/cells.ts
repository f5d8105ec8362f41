/** Grid cells a string takes: a CJK character or full-width mark is one cell, a half-width character half. */
export function cellWidth(s: string): number {
  let cells = 0;
  for (const ch of s) cells += isHalfWidth(ch) ? 0.5 : 1;
  return cells;
}

function isHalfWidth(ch: string): boolean {
  const c = ch.codePointAt(0)!;
  return c < 0x1100 || (c >= 0xff61 && c <= 0xffdc);
}
