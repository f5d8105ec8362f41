import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseReport } from '../../src/core/parse';
import { layoutReport, Layout } from '../../src/core/layout';
import { exportDocx } from '../../src/core/docx';
import { Converter, libreOffice, pdfPageCount, pdfPageLines, which } from '../support/libreoffice';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = path.resolve(ROOT, '..', 'shared', 'samples', '2023-qmczd-shuzhi-template.txt');
const FIXTURES = [
  'test/fixtures/reports/export-sample.gongwen',
  'test/fixtures/reports/long-export.gongwen',
  'test/fixtures/reports/long-report.gongwen',
].map((f) => path.join(ROOT, f));

/**
 * The exported .docx opened in a real word processor: LibreOffice converts it to PDF, and the PDF has
 * the layout engine's page count, each page beginning with the line the layout begins it with.
 * Needs LibreOffice and poppler-utils (`.ci/run` installs them); in CI their absence is a failure.
 */
describe('DOCX export in LibreOffice', function () {
  this.timeout(300_000);
  const soffice = which('libreoffice', 'soffice');
  const tools = soffice && which('pdfinfo') && which('pdftotext');
  let converter: Converter;
  let dir: string;

  before(function () {
    if (!tools) {
      if (process.env.CI === 'true') {
        assert.fail('LibreOffice (libreoffice-writer) and poppler-utils are needed for the DOCX check in CI: run .ci/run, which installs them');
      }
      console.warn('    (skipped: LibreOffice or poppler-utils is not installed; .ci/run installs them)');
      this.skip();
    }
    converter = libreOffice(soffice!);
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-author-docx-'));
  });

  after(() => {
    converter?.dispose();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const inputs = () => {
    if (!fs.existsSync(SAMPLE)) {
      if (process.env.CI === 'true') assert.fail(`the shared sample is missing: ${SAMPLE}`);
      return FIXTURES;
    }
    return [SAMPLE, ...FIXTURES];
  };

  /** The fixtures one after another, front matter left out: page breaks fall at other places in their text. */
  const combined = () => {
    const body = FIXTURES.map((f) => fs.readFileSync(f, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '')).join('\n');
    const file = path.join(dir, 'combined.gongwen');
    fs.writeFileSync(file, `关于2024年度重点工作推进情况的综合报告\n${body}`);
    return file;
  };

  /**
   * A report whose closing paragraph (two lines, before the 落款) has `fillerLines` lines of text
   * before it on the first page, after the title, its blank line and a heading.
   */
  const closingAfter = (fillerLines: number) => {
    const line = (n: number) => '各项工作扎实推进整体成效明显群众满意度持续提升'.repeat(2).slice(0, n);
    const filler = Array.from({ length: fillerLines }, () => line(26));
    const closing = '今后我们将继续坚持问题导向不断完善工作机制切实提高服务水平奋力开创工作新局面。';
    const file = path.join(dir, `closing-after-${fillerLines}.gongwen`);
    fs.writeFileSync(file, ['关于工作情况的报告', '', '一、基本情况', ...filler, closing, '', '县人民医院', '2025年1月6日', ''].join('\n'));
    return file;
  };

  it('converts each exported report to a PDF with the layout\'s pages', async () => {
    const layouts = new Map<string, Layout>();
    const docxFiles: string[] = [];
    // the closing paragraph split by a full first page, and with its last line moved to the 落款's page
    const closings = [closingAfter(18), closingAfter(17)];
    for (const file of [...inputs(), combined(), ...closings]) {
      const model = parseReport(fs.readFileSync(file, 'utf8'));
      const layout = layoutReport(model);
      const out = path.join(dir, path.basename(file).replace(/\.\w+$/, '.docx'));
      fs.writeFileSync(out, await exportDocx(model, { layout }));
      layouts.set(out, layout);
      docxFiles.push(out);
    }
    // one LibreOffice start for all files
    const pdfs = converter.toPdf(docxFiles, dir);
    const report: string[] = [];
    docxFiles.forEach((docx, i) => {
      const layout = layouts.get(docx)!;
      const pdf = pdfs[i];
      assert.ok(fs.existsSync(pdf), `LibreOffice wrote no PDF for ${path.basename(docx)}`);
      const pages = pdfPageCount(pdf);
      report.push(`${path.basename(docx)}: layout ${layout.pageCount}, LibreOffice ${pages}`);
      assert.strictEqual(pages, layout.pageCount, `${path.basename(docx)}: the PDF has ${pages} pages, the layout ${layout.pageCount}`);
      // every page begins where the layout begins it
      const printed = pdfPageLines(pdf);
      layout.pages.forEach((page, p) => {
        const first = page.lines.find((l) => l.kind !== 'blank');
        if (!first) return;
        const expected = (first.table ? first.table.cells.map((c) => c.runs.map((r) => r.text).join('')).join('') : first.runs.map((r) => r.text).join(''))
          .replace(/\s+/g, '');
        assert.ok(printed[p][0]?.startsWith(expected.slice(0, 6)),
          `${path.basename(docx)} page ${p + 1} begins with “${printed[p][0]}”, the layout with “${expected}”`);
      });
    });
    console.log(report.map((r) => `      ${r}`).join('\n'));
  });
});
