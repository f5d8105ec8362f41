/// <reference lib="dom" />
/**
 * The exported HTML page printed by a real browser (Debian's Chromium, headless, playwright-core): A4
 * pages, as many as the layout has, each page's text on that page, and nothing loaded from elsewhere.
 */
import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Browser, chromium } from 'playwright-core';
import { exportHtml, layoutReport, parseReport } from '../../src/core';

const ROOT = path.resolve(__dirname, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CSS = fs.readFileSync(path.join(ROOT, 'media/preview.css'), 'utf8');
const REPORTS = [
  path.resolve(ROOT, '../shared/samples/2023-qmczd-shuzhi-template.txt'),
  path.join(ROOT, 'test/fixtures/reports/long-export.gongwen'),
].filter((f) => fs.existsSync(f));

describe('the HTML export printed in Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let dir: string;

  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-author-html-'));
  });
  after(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const file of REPORTS) {
    it(`prints ${path.basename(file)} on A4 pages, the layout's pages`, async () => {
      const model = parseReport(fs.readFileSync(file, 'utf8'));
      const layout = layoutReport(model);
      const html = path.join(dir, `${path.basename(file)}.html`);
      fs.writeFileSync(html, exportHtml(model, { css: CSS, layout }));
      const page = await browser.newPage();
      const requests: string[] = [];
      page.on('request', (r) => { if (!r.url().startsWith('file:')) requests.push(r.url()); });
      await page.goto(`file://${html}`);
      await page.evaluate(() => document.fonts.ready);
      const pdf = path.join(dir, `${path.basename(file)}.pdf`);
      await page.pdf({ path: pdf, preferCSSPageSize: true });
      await page.close();
      assert.deepStrictEqual(requests, [], 'the page loads nothing');
      const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
      assert.strictEqual(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]), layout.pageCount);
      assert.match(info, /Page size:\s+59[45]\.\d+ x 841\.\d+ pts \(A4\)/);
      // each printed page holds its sheet: its page number and its first line
      const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
      // (the PDF's text comes out with Latin text apart from the Chinese around it: compare the Chinese)
      const chinese = (s: string) => s.replace(/[\s!-~]/g, '');
      layout.pages.forEach((p, i) => {
        assert.ok(pages[i].replace(/\s+/g, '').includes(`—${p.number}—`), `page ${p.number} carries its number`);
        const first = p.lines.find((l) => l.kind !== 'blank' && !l.table);
        if (first) assert.ok(chinese(pages[i]).startsWith(chinese(first.runs.map((r) => r.text).join(''))), `page ${p.number} begins with its first line`);
      });
    });
  }
});
