import MarkdownIt from 'markdown-it';
import {
  ALL_RULES, countReportCharacters, highlightsFromFindings, layoutReport, lint, parseReport, renderPages,
} from '../src/core';
import { measureInTurns, Measurement } from './harness';

/**
 * The preview's work against markdown-it rendering the same text to HTML: layout and render of the
 * large document, and what one keystroke in the sample costs (parse, lint for the marks, layout, render,
 * and finding the sheets that changed).
 */
export function previewBenchmarks(inputs: { sample: string; large: string }): Measurement[] {
  const md = new MarkdownIt({ html: false });
  const out: Measurement[] = [];

  const large = inputs.large;
  const group = `preview, 1M chars (${large.length.toLocaleString('en')} chars)`;
  // enough rounds for a steady median on a shared machine
  const opts = { minRounds: 11, minMs: 3000, maxRounds: 25 };
  const model = parseReport(large);
  out.push(...measureInTurns(group, { name: 'markdown-it render', run: () => md.render(large) }, [
    { name: 'layout + render pages', run: () => renderPages(layoutReport(model)) },
    { name: 'parse + layout + render', run: () => renderPages(layoutReport(parseReport(large))) },
    { name: 'layout only', run: () => layoutReport(model) },
  ], opts));

  // one keystroke in the middle of the sample, as the preview handles it
  const sample = inputs.sample;
  const at = sample.indexOf('。', sample.length >> 1) + 1;
  const typed = [sample, sample.slice(0, at) + '新' + sample.slice(at)];
  let previous = renderPages(layoutReport(parseReport(sample)));
  let turn = 0;
  const keystroke = () => {
    const text = typed[turn++ % 2];
    const m = parseReport(text);
    const findings = lint(m, ALL_RULES);
    const pages = renderPages(layoutReport(m), { highlights: highlightsFromFindings(findings, 'zh') });
    countReportCharacters(m);
    let changed = 0;
    for (let i = 0; i < pages.length; i++) if (pages[i] !== previous[i]) changed++;
    previous = pages;
    return changed;
  };
  const sampleGroup = `preview, one keystroke (${sample.length.toLocaleString('en')} chars)`;
  const small = { minRounds: 50, minMs: 1000, maxRounds: 2000 };
  out.push(...measureInTurns(sampleGroup, { name: 'markdown-it render', run: () => md.render(sample) }, [
    { name: 'update after a keystroke', run: keystroke },
  ], small));
  return out;
}
