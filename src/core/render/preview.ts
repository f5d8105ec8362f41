import { Finding, Locale, localize } from '../lint/types';
import { Highlight } from './render';

/** The rules whose findings are marked on the page: what is still unfinished. */
export const HIGHLIGHTED_RULES: Readonly<Record<string, string>> = {
  placeholder: 'placeholder',
  'site-residue': 'site-residue',
};

/** Highlights for the page from lint findings, hover text in the UI language. */
export function highlightsFromFindings(findings: readonly Finding[], locale: Locale): Highlight[] {
  const out: Highlight[] = [];
  for (const f of findings) {
    const kind = HIGHLIGHTED_RULES[f.rule];
    if (kind) out.push({ start: f.start, end: f.end, kind, title: localize(f.message, locale) });
  }
  return out;
}

/** How many findings of a rule are left (placeholders to fill, residue to remove). */
export function countFindings(findings: readonly Finding[], rule: string): number {
  let n = 0;
  for (const f of findings) if (f.rule === rule) n++;
  return n;
}
