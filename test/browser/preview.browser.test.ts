/// <reference lib="dom" />
/**
 * The preview's pages in a real browser: Debian's Chromium, headless, driven by playwright-core. The
 * rendered HTML of the shared sample and of a long fixture is opened as a file; the webview script runs
 * in the preview's own shell with its CSP, fed messages as the extension sends them.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Browser, Page, chromium } from 'playwright-core';
import { Layout, fontVariablesCss, layoutReport, parseReport, renderDocument, renderPages, Highlight } from '../../src/core';
import { previewShellMarkup } from '../../src/preview/shellMarkup';
import type { FromWebview, ToWebview } from '../../src/preview/protocol';

const ROOT = path.resolve(__dirname, '../../..');
const SAMPLE = path.resolve(ROOT, '../shared/samples/2023-qmczd-shuzhi-template.txt');
const LONG = path.join(ROOT, 'test/fixtures/reports/long-report.gongwen');
const SHOTS = path.join(ROOT, 'test-output/screenshots');
const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const PX_PER_MM = 96 / 25.4;
const PX_PER_PT = 96 / 72;

const CSS = fontVariablesCss() + fs.readFileSync(path.join(ROOT, 'media/preview.css'), 'utf8');

function placeholderHighlights(text: string): Highlight[] {
  // the page marks what the lint rules find; here a plain scan stands in, the rules are tested elsewhere
  const out: Highlight[] = [];
  for (const m of text.matchAll(/X+|##paid(?:begin|end)##/g)) {
    out.push({ start: m.index!, end: m.index! + m[0].length, kind: m[0].startsWith('#') ? 'site-residue' : 'placeholder', title: '未填写' });
  }
  return out;
}

interface Rendered {
  layout: Layout;
  file: string;
}

function renderToFile(dir: string, name: string, text: string): Rendered {
  const layout = layoutReport(parseReport(text));
  const html = renderDocument(layout, { title: name, css: CSS, highlights: placeholderHighlights(text) });
  const file = path.join(dir, `${name}.html`);
  fs.writeFileSync(file, html);
  return { layout, file };
}

async function open(browser: Browser, file: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1200 } });
  await page.goto(`file://${file}`);
  await page.evaluate(() => document.fonts.ready);
  return page;
}

describe('the preview in Chromium', function () {
  this.timeout(120_000);
  let browser: Browser;
  let dir: string;
  let sampleText: string;

  before(async function () {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ra-preview-'));
    fs.mkdirSync(SHOTS, { recursive: true });
    sampleText = fs.readFileSync(SAMPLE, 'utf8');
  });

  after(async () => {
    await browser?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const [name, source] of [['sample', SAMPLE], ['long-report', LONG]] as const) {
    describe(`the ${name} as A4 sheets`, () => {
      let page: Page;
      let rendered: Rendered;

      before(async () => {
        rendered = renderToFile(dir, name, fs.readFileSync(source, 'utf8'));
        page = await open(browser, rendered.file);
      });
      after(() => page?.close());

      it('has one sheet per page of the layout, each 210 × 297 mm', async () => {
        const sheets = await page.$$eval('.sheet', (els) => els.map((e) => {
          const r = e.getBoundingClientRect();
          return [r.width, r.height];
        }));
        assert.strictEqual(sheets.length, rendered.layout.pageCount);
        assert.ok(sheets.length >= 4);
        for (const [w, h] of sheets) {
          assert.ok(Math.abs(w - 210 * PX_PER_MM) < 0.5, `width ${w}`);
          assert.ok(Math.abs(h - 297 * PX_PER_MM) < 0.5, `height ${h}`);
        }
      });

      it('numbers the pages — 1 —, — 2 — … 7 mm below the text block, odd right and even left one character in', async () => {
        const numbers = await page.$$eval('.sheet', (els) => els.map((e) => {
          const sheet = e.getBoundingClientRect();
          const pn = e.querySelector('.pn')!;
          const r = pn.getBoundingClientRect();
          return { text: pn.textContent, left: r.left - sheet.left, right: sheet.right - r.right, top: r.top - sheet.top };
        }));
        numbers.forEach((n, i) => {
          assert.strictEqual(n.text, `— ${i + 1} —`);
          assert.ok(Math.abs(n.top - (37 + 225 + 7) * PX_PER_MM) < 1, `top ${n.top}`);
          if ((i + 1) % 2 === 1) assert.ok(Math.abs(n.right - (26 * PX_PER_MM + 14 * PX_PER_PT)) < 1, `page ${i + 1} right ${n.right}`);
          else assert.ok(Math.abs(n.left - (28 * PX_PER_MM + 14 * PX_PER_PT)) < 1, `page ${i + 1} left ${n.left}`);
        });
      });

      it('puts every line on its grid line, 22 a page, inside the 156 mm text block', async () => {
        const sheets = await page.$$eval('.text-block', (blocks) => blocks.map((b) => {
          const box = b.getBoundingClientRect();
          return Array.from(b.children).map((el) => {
            const r = el.getBoundingClientRect();
            // the text's extent, leaving out marks hanging in the margin (，。 past a full line, as in Word)
            const rights: number[] = [];
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (node.parentElement?.closest('.hang')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const x of Array.from(range.getClientRects())) rights.push(x.right - box.left);
            }
            return { top: r.top - box.top, height: r.height, right: Math.max(0, ...rights), cls: el.className, text: el.textContent ?? '' };
          });
        }));
        const pitch = (225 / 22) * PX_PER_MM;
        assert.strictEqual(sheets.length, rendered.layout.pageCount);
        sheets.forEach((elements, p) => {
          // lines end within their cells (a ，。 hanging in the margin is left out of `right` above)
          const widest = Math.max(28, ...rendered.layout.pages[p].lines.filter((l) => l.capacity === 28).map((l) => l.indent + l.width));
          let gridLines = 0;
          for (const e of elements) {
            assert.ok(Math.abs(e.top - gridLines * pitch) < 0.5, `page ${p + 1}: ${e.cls} at ${e.top}px, expected grid line ${gridLines}`);
            const lines = Math.round(e.height / pitch);
            assert.ok(lines >= 1 && Math.abs(e.height - lines * pitch) < 0.5, `${e.cls} is ${e.height}px high`);
            gridLines += lines;
            // the layout measures Latin text in Times New Roman; where the browser has another Latin font,
            // its capitals may be wider
            const wide = (e.text.match(/[A-Z%@&mw]/g) ?? []).length * 0.25 * 16 * PX_PER_PT;
            assert.ok(e.right <= (156 / 28) * widest * PX_PER_MM + 1.5 + wide, `${e.cls} "${e.text.slice(0, 40)}" runs to ${e.right}px`);
          }
          assert.strictEqual(gridLines, rendered.layout.pages[p].lines.length, `page ${p + 1} shows the layout's lines`);
          assert.ok(gridLines <= 22);
        });
      });

      it('sets each heading level and the title in its own font family', async () => {
        const families = await page.evaluate(() => {
          const family = (sel: string) => {
            const el = document.querySelector(sel);
            return el ? getComputedStyle(el).fontFamily : '';
          };
          return { title: family('.f-title'), body: family('.k-paragraph'), h1: family('.f-heading1'), h2: family('.f-heading2'), h3: family('.f-heading3') };
        });
        assert.match(families.title, /小标宋/);
        assert.match(families.body, /仿宋/);
        assert.match(families.h1, /^"Report Author Latin", "?黑体"?, "?SimHei/);
        assert.match(families.h2, /^"Report Author Latin", "?楷体_GB2312"?, /);
        if (name === 'long-report') assert.match(families.h3, /仿宋/, '1. headings are in 仿宋 like the body');
        // and the glyphs really come from different fonts on this machine
        const cdp = await page.context().newCDPSession(page);
        await cdp.send('DOM.enable');
        await cdp.send('CSS.enable');
        const { root } = await cdp.send('DOM.getDocument');
        const fontsOf = async (selector: string) => {
          const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
          const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
          return fonts.filter((f) => f.glyphCount > 2).map((f) => f.familyName);
        };
        const h1 = await fontsOf('.f-heading1');
        const body = await fontsOf('.k-paragraph.j');
        assert.ok(h1.length && body.length, `${h1} / ${body}`);
        assert.notDeepStrictEqual(h1, body, '黑体 headings are set in another font than the body');
      });

      it('marks the placeholders and the site residue', async () => {
        const marks = await page.$$eval('mark.hl', (els) => els.map((e) => [e.className, e.textContent]));
        assert.ok(marks.some(([c, t]) => c.includes('hl-placeholder') && t === 'X'));
        if (name === 'sample') assert.ok(marks.some(([c, t]) => c.includes('hl-site-residue') && t === '##paidbegin##'));
      });

      it('looks like a printed page (screenshot of the first sheet)', async () => {
        const file = path.join(SHOTS, `${name}-page1.png`);
        await (await page.$('.sheet'))!.screenshot({ path: file });
        assert.ok(fs.statSync(file).size > 20_000);
      });
    });
  }

  it('prints <script> and <img onerror> in a document as text, and runs none of it', async () => {
    const text = [
      '关于<script>window.__pwned = 1</script>的报告',
      '一、<img src=x onerror="window.__pwned = 2">情况',
      '正文中有<svg onload="window.__pwned = 3">与<iframe src="javascript:window.__pwned=4"></iframe>。',
      '**<b onclick="window.__pwned=5">粗体</b>**',
    ].join('\n');
    const { file } = renderToFile(dir, 'hostile', text);
    const page = await open(browser, file);
    try {
      const result = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: number }).__pwned,
        elements: document.querySelectorAll('.pages script, .pages img, .pages svg, .pages iframe, .pages [onclick], .pages [onerror]').length,
        text: document.querySelector('.pages')!.textContent,
      }));
      assert.strictEqual(result.pwned, undefined);
      assert.strictEqual(result.elements, 0);
      assert.ok(result.text!.includes('<script>window.__pwned = 1</script>'));
      assert.ok(result.text!.includes('<img src=x onerror="window.__pwned = 2">'));
    } finally {
      await page.close();
    }
  });

  describe('the webview script', () => {
    const ORIGIN = 'https://preview.test';
    let page: Page;
    let text: string;
    let pages: string[];

    const sent = () => page.evaluate(() => (window as unknown as { __sent: FromWebview[] }).__sent);
    const post = (message: ToWebview) => page.evaluate((m) => window.postMessage(m, '*'), message);
    const waitFor = async (pred: (m: FromWebview) => boolean) => {
      for (let i = 0; i < 100; i++) {
        const found = (await sent()).filter(pred);
        if (found.length) return found[found.length - 1];
        await page.waitForTimeout(20);
      }
      assert.fail(`no such message; got ${JSON.stringify(await sent())}`);
    };

    before(async () => {
      text = sampleText;
      pages = renderPages(layoutReport(parseReport(text)), { highlights: placeholderHighlights(text) });
      page = await browser.newPage({ viewport: { width: 900, height: 900 } });
      const files: Record<string, string> = {
        '/media/preview.css': path.join(ROOT, 'media/preview.css'),
        '/media/preview-webview.css': path.join(ROOT, 'media/preview-webview.css'),
        '/dist/preview.js': path.join(ROOT, 'dist/preview.js'),
      };
      const shell = previewShellMarkup({
        cspSource: ORIGIN, nonce: 'n0nce4test', styleUris: [`${ORIGIN}/media/preview.css`, `${ORIGIN}/media/preview-webview.css`],
        scriptUri: `${ORIGIN}/dist/preview.js`, fonts: {}, uri: 'file:///sample.gongwen', mode: 'paged', lang: 'zh-CN',
        labels: { paged: '分页', continuous: '连续', switchMode: '切换' },
      });
      const violations: string[] = [];
      page.on('console', (m) => { if (/Content Security Policy/.test(m.text())) violations.push(m.text()); });
      await page.route(`${ORIGIN}/**`, (route) => {
        const url = new URL(route.request().url());
        if (url.pathname === '/') return route.fulfill({ contentType: 'text/html', body: shell });
        const file = files[url.pathname];
        if (!file || !fs.existsSync(file)) return route.fulfill({ status: 404, body: '' });
        return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: fs.readFileSync(file) });
      });
      await page.addInitScript(() => {
        const w = window as unknown as { __sent: unknown[]; __state: unknown; acquireVsCodeApi: () => unknown };
        w.__sent = [];
        w.acquireVsCodeApi = () => ({
          postMessage: (m: unknown) => w.__sent.push(m),
          getState: () => w.__state,
          setState: (s: unknown) => { w.__state = s; },
        });
      });
      await page.goto(`${ORIGIN}/`);
      await waitFor((m) => m.type === 'ready');
      assert.deepStrictEqual(violations, []);
    });
    after(() => page?.close());

    it('draws the sheets it is sent and confirms them', async () => {
      await post({ type: 'update', uri: 'file:///sample.gongwen', version: 1, pageCount: pages.length,
        changed: pages.map((html, index) => ({ index, html })), summary: '4 页 · 1,974 字 · 15 处占位符待填' });
      const ack = await waitFor((m) => m.type === 'rendered' && m.version === 1);
      assert.deepStrictEqual(ack, { type: 'rendered', version: 1, sheets: 4, placeholderMarks: 15, residueMarks: 2 });
      assert.strictEqual(await page.textContent('#summary'), '4 页 · 1,974 字 · 15 处占位符待填');
    });

    it('replaces only the sheets that changed and keeps the scroll position', async () => {
      await page.evaluate(() => document.querySelectorAll('.sheet').forEach((s, i) => { (s as HTMLElement & { __mark?: number }).__mark = i; }));
      await page.evaluate(() => window.scrollTo(0, 1500));
      const before = await page.evaluate(() => window.scrollY);
      const edited = text.replace('主持召开专题会议X次', '主持召开专题会议12次');
      const next = renderPages(layoutReport(parseReport(edited)), { highlights: placeholderHighlights(edited) });
      const changed = next.map((html, index) => ({ index, html })).filter((c) => c.html !== pages[c.index]);
      assert.deepStrictEqual(changed.map((c) => c.index), [0]);
      await post({ type: 'update', uri: 'file:///sample.gongwen', version: 2, pageCount: next.length, changed, summary: 's' });
      const ack = await waitFor((m) => m.type === 'rendered' && m.version === 2);
      assert.strictEqual((ack as { placeholderMarks: number }).placeholderMarks, 14);
      const marks = await page.evaluate(() => Array.from(document.querySelectorAll('.sheet')).map((s) => (s as HTMLElement & { __mark?: number }).__mark ?? null));
      assert.deepStrictEqual(marks, [null, 1, 2, 3]);
      assert.strictEqual(await page.evaluate(() => window.scrollY), before);
      pages = next;
      text = edited;
    });

    it('removes sheets when the report gets shorter', async () => {
      await post({ type: 'update', uri: 'file:///sample.gongwen', version: 3, pageCount: 2, changed: [], summary: 's' });
      const ack = await waitFor((m) => m.type === 'rendered' && m.version === 3);
      assert.strictEqual((ack as { sheets: number }).sheets, 2);
      await post({ type: 'update', uri: 'file:///sample.gongwen', version: 4, pageCount: pages.length,
        changed: pages.slice(2).map((html, i) => ({ index: i + 2, html })), summary: 's' });
      await waitFor((m) => m.type === 'rendered' && m.version === 4);
    });

    it('reports a click as the source offset of the character clicked', async () => {
      const target = '压紧压实管党治党政治责任';
      const offset = text.indexOf(target);
      const point = await page.evaluate((t) => {
        for (const line of Array.from(document.querySelectorAll<HTMLElement>('.ln[data-at]:not(.k-blank)'))) {
          const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const i = n.textContent!.indexOf(t);
            if (i < 0) continue;
            line.scrollIntoView({ block: 'center' });
            const range = document.createRange();
            range.setStart(n, i);
            range.setEnd(n, i + 1);
            const r = range.getBoundingClientRect();
            return { x: r.left + 2, y: r.top + r.height / 2 };
          }
        }
        return undefined;
      }, target);
      assert.ok(point);
      await page.mouse.click(point.x, point.y);
      const reveal = await waitFor((m) => m.type === 'reveal');
      const line = text.slice(0, offset).split('\n').length - 1;
      const column = offset - (text.lastIndexOf('\n', offset - 1) + 1);
      assert.deepStrictEqual(reveal, { type: 'reveal', line, column });
    });

    it('reports a click on a line that goes on from an earlier element at its own source column', async () => {
      const clicked = await page.evaluate(() => {
        const element = document.querySelector<HTMLElement>('.ln[data-at*=":"]')!;
        element.scrollIntoView({ block: 'center' });
        const first = document.createTreeWalker(element, NodeFilter.SHOW_TEXT).nextNode()!;
        const range = document.createRange();
        range.setStart(first, 0);
        range.setEnd(first, 1);
        const r = range.getBoundingClientRect();
        return { x: r.left + 2, y: r.top + r.height / 2, character: first.textContent![0] };
      });
      const before = (await sent()).length;
      await page.mouse.click(clicked.x, clicked.y);
      let reveal: FromWebview | undefined;
      for (let i = 0; i < 100 && !reveal; i++) {
        reveal = (await sent()).slice(before).find((m) => m.type === 'reveal');
        if (!reveal) await page.waitForTimeout(20);
      }
      assert.ok(reveal && reveal.type === 'reveal', 'the click is reported');
      assert.ok(reveal.column > 0);
      assert.strictEqual(text.split('\n')[reveal.line][reveal.column], clicked.character, 'the source character is the one clicked');
    });

    it('scrolls to a source line and reports the line at the top when the user scrolls', async () => {
      const line = text.split('\n').findIndex((l) => l.startsWith('产生问题的原因'));
      await post({ type: 'scrollToLine', line });
      await page.waitForTimeout(100);
      const top = await page.evaluate((l) => {
        const el = document.querySelector(`.text-block > [data-at="${l}"], .text-block > [data-at^="${l}:"]`)!;
        return el.getBoundingClientRect().top - document.querySelector('header')!.getBoundingClientRect().bottom;
      }, line);
      assert.ok(Math.abs(top) < 20, `line ${line} is ${top}px below the header`);
      await page.evaluate(() => window.scrollBy(0, -400));
      const scrolled = await waitFor((m) => m.type === 'scrolled' && m.line < line);
      assert.ok((scrolled as { line: number }).line >= 0);
    });

    it('switches to continuous text and back', async () => {
      await page.click('#mode');
      assert.strictEqual(await page.evaluate(() => document.body.classList.contains('mode-continuous')), true);
      await waitFor((m) => m.type === 'mode' && m.mode === 'continuous');
      const height = await page.evaluate(() => document.querySelector('.sheet')!.getBoundingClientRect().height);
      assert.ok(height < 297 * PX_PER_MM * 0.95, 'no fixed A4 height in continuous mode');
      await page.click('#mode');
      assert.strictEqual(await page.evaluate(() => document.body.classList.contains('mode-paged')), true);
    });

    it('says so when the document is closed', async () => {
      await post({ type: 'closed', message: '“sample.gongwen”已关闭。' });
      await page.waitForSelector('#notice:not([hidden])');
      assert.strictEqual(await page.textContent('#notice'), '“sample.gongwen”已关闭。');
    });
  });
});
