import { Document, Packer, Paragraph } from 'docx';
import { exportHtml, layoutReport, parseReport, splitLines } from '../src/core';
import { exportDocx } from '../src/core/docx';
import * as fs from 'fs';
import * as path from 'path';
import MarkdownIt from 'markdown-it';
import { measureAsync, measureInTurns, Measurement } from './harness';

/**
 * Export of the sample and of a million characters: the layout, the .docx (parse, layout, document,
 * zip) next to the docx library writing the same lines as bare paragraphs, and the HTML page.
 */
export async function exportBenchmarks(inputs: { sample: string; large: string }): Promise<Measurement[]> {
  const css = fs.readFileSync(path.resolve(__dirname, '../../media/preview.css'), 'utf8');
  const md = new MarkdownIt({ html: false });
  const out: Measurement[] = [];
  for (const [label, text] of [['sample', inputs.sample], ['1M chars', inputs.large]] as const) {
    const group = `${label}, export (${text.length.toLocaleString('en')} chars)`;
    const big = text.length > 100_000;
    const model = parseReport(text);
    const bare = async () => {
      const doc = new Document({ sections: [{ children: splitLines(text).map((l) => new Paragraph(l.text)) }] });
      return Packer.toArrayBuffer(doc);
    };
    out.push(await measureAsync(group, 'docx library, bare paragraphs', bare, big ? { minRuns: 3, maxRuns: 3 } : { minRuns: 10 }));
    out.push(await measureAsync(group, 'DOCX export (parse, layout, pack)', () => exportDocx(parseReport(text)),
      big ? { minRuns: 3, maxRuns: 3, baseline: 'docx library, bare paragraphs' } : { minRuns: 10, baseline: 'docx library, bare paragraphs' }));
    out.push(...measureInTurns(group, { name: 'markdown-it parse', run: () => md.parse(text, {}) }, [
      { name: 'layoutReport', run: () => layoutReport(model) },
      { name: 'HTML export (parse, layout, render)', run: () => exportHtml(parseReport(text), { css }) },
    ], big ? { minRounds: 3, minMs: 0, maxRounds: 5 } : { minRounds: 20, minMs: 300 }));
  }
  return out;
}
