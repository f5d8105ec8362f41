/// <reference lib="dom" />
/**
 * How Chromium sets the characters of a line (Debian's Chromium, headless, playwright-core): where a
 * justified line's slack goes, where the 落款 ends, how table cells sit in their rows.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Browser, Page, chromium } from 'playwright-core';
import { fontVariablesCss, layoutReport, parseReport, renderDocument } from '../../src/core';

const ROOT = path.resolve(__dirname, '../../..');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const CSS = fontVariablesCss() + fs.readFileSync(path.join(ROOT, 'media/preview.css'), 'utf8');
const PX_PER_MM = 96 / 25.4;
const CELL = (156 / 28) * PX_PER_MM;

const REPORT = [
  '述职报告',
  '一、工作情况',
  // the long code goes to the next line: the first line is justified with about 4 cells of slack
  '全年受理投诉举报1.25万件，满意度调查问卷编号QHTS2025010812345678，相关材料均已归档备查，群众反映良好。',
  '| 项目 | 数量 | 说明 |',
  '| --- | --- | --- |',
  '| 检查单位 | 45家 | 覆盖全部乡镇和县直部门，逐一建立问题清单 |',
  '以上述职，请予评议。',
  '述职人：周某',
  '2026年3月18日',
].join('\n');

interface Box { left: number; right: number; top: number; bottom: number }

/** The boxes of each character of the first element matching `selector` whose text includes `needle`. */
function charBoxes(page: Page, selector: string, needle: string): Promise<{ text: string; boxes: Box[]; element: Box; block: Box }> {
  return page.evaluate(([sel, n]) => {
    const el = Array.from(document.querySelectorAll<HTMLElement>(sel)).find((e) => e.textContent!.includes(n))!;
    const boxes: Box[] = [];
    let text = '';
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.textContent!.length; i++) {
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const r = range.getBoundingClientRect();
        boxes.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
        text += node.textContent![i];
      }
    }
    const box = (e: Element): Box => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return { text, boxes, element: box(el), block: box(el.closest('.text-block')!) };
  }, [selector, needle] as const);
}

describe('the setting of lines in Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let dir: string;
  let page: Page;

  before(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-setting-'));
    const file = path.join(dir, 'report.html');
    fs.writeFileSync(file, renderDocument(layoutReport(parseReport(REPORT)), { title: 'report', css: CSS }));
    page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
    await page.goto(`file://${file}`);
    await page.evaluate(() => document.fonts.ready);
  });
  after(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('spreads a justified line\'s slack between Chinese characters, never inside a number, and ends it at the margin', async () => {
    const { text, boxes, block } = await charBoxes(page, '.ln.j', '1.25万件');
    const natural = await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.className = 'ln';
      probe.textContent = '1.25';
      document.querySelector('.text-block')!.appendChild(probe);
      const range = document.createRange();
      range.selectNodeContents(probe.firstChild!);
      const width = range.getBoundingClientRect().width;
      probe.remove();
      return width;
    });
    const at = text.indexOf('1.25');
    const first = boxes.filter((b) => Math.abs(b.top - boxes[0].top) < 1);
    assert.ok(Math.abs(first[first.length - 1].right - block.right) < 0.6, 'the line ends at the right margin');
    // the number keeps its own width; the slack (about 4 cells) went elsewhere
    const number = boxes[at + 3].right - boxes[at].left;
    assert.ok(Math.abs(number - natural) < 0.3, `1.25 is ${number}px wide, ${natural}px when not justified`);
  });

  it('ends the date 2 cells from the right edge and starts it 2 cells right of the signature', async () => {
    const date = await charBoxes(page, '.ln.k-date', '2026');
    const signature = await charBoxes(page, '.ln.k-signature', '周某');
    const dateLeft = date.boxes[0].left;
    const dateRight = date.boxes[date.boxes.length - 1].right;
    assert.ok(Math.abs(date.block.right - dateRight - 2 * CELL) < 1, `the date ends ${(date.block.right - dateRight) / CELL} cells from the edge`);
    const shift = (dateLeft - signature.boxes[0].left) / CELL;
    // the word processor's 0.25 pt at the end of each stretch of one script is all that may differ
    assert.ok(Math.abs(shift - 2) < 0.15, `the date starts ${shift} cells right of the signature`);
  });

  it('centres table cells across and down their row, header and body alike', async () => {
    const cells = await page.evaluate(() => Array.from(document.querySelectorAll('.tr')).map((row) => Array.from(row.querySelectorAll('.td')).map((td) => {
      const cell = td.getBoundingClientRect();
      // the union of the text's own boxes (a range over the cell would take in its line elements)
      const text = { left: Infinity, right: -Infinity, top: Infinity, bottom: -Infinity };
      const walker = document.createTreeWalker(td, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const range = document.createRange();
        range.selectNodeContents(node);
        for (const r of Array.from(range.getClientRects())) {
          text.left = Math.min(text.left, r.left);
          text.right = Math.max(text.right, r.right);
          text.top = Math.min(text.top, r.top);
          text.bottom = Math.max(text.bottom, r.bottom);
        }
      }
      return { text: td.textContent, dx: (text.left + text.right) / 2 - (cell.left + cell.right) / 2, dy: (text.top + text.bottom) / 2 - (cell.top + cell.bottom) / 2 };
    })));
    assert.strictEqual(cells.length, 2);
    const body = cells[1];
    assert.strictEqual(body[1].text, '45家');
    for (const c of cells.flat()) assert.ok(Math.abs(c.dx) < 1, `"${c.text}" is ${c.dx}px off the cell's centre`);
    // the body row takes two grid lines; the one-line cells sit half way down, as in the DOCX
    for (const c of body.slice(0, 2)) assert.ok(Math.abs(c.dy) < 1, `"${c.text}" is ${c.dy}px off the row's middle`);
  });
});
