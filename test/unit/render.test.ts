import * as assert from 'assert';
import { parseReport } from '../../src/core/parse';
import { layoutReport } from '../../src/core/layout';
import { fontVariablesCss, pageNumberText, parseFontList, renderDocument, renderPages } from '../../src/core/render';

function pagesOf(text: string, highlights = [] as { start: number; end: number; kind: string; title: string }[]): string[] {
  return renderPages(layoutReport(parseReport(text)), { highlights });
}

describe('page rendering', () => {
  it('prints markup in the text as text', () => {
    const text = '关于<b>加强</b>管理的报告\n一、<script>alert(1)</script>情况\n正文<img src=x onerror="alert(2)">完。\n';
    const html = pagesOf(text).join('');
    assert.ok(!/<script|<img|<b>加强/.test(html), html);
    assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;'));
  });

  it('sets bold from ** and gives each run its font class', () => {
    const html = pagesOf('报告\n（一）强化学习。全年**集中学习**12次。\n').join('');
    assert.ok(html.includes('<span class="f-heading2">（一）强化学习。</span>'), html);
    // body text takes the line's own font, without a span
    assert.ok(html.includes('全年<b>集中学习</b>12次。</div>'), html);
  });

  it('sets a mark hanging past a full line apart, so that it takes no room on the line', () => {
    const h = '工作落实情况良好'.repeat(4);
    // 26 characters fill the first line after the indent; the comma hangs in the margin
    const html = pagesOf(`报告\n${h.slice(0, 26)}，${h.slice(0, 5)}\n`).join('');
    assert.ok(html.includes(`${h.slice(0, 26)}<span class="hang">，</span></div>`), html);
    assert.ok(html.includes(`>${h.slice(0, 5)}</div>`), html);
  });

  it('marks highlights inside runs and across line ends, with the hover text', () => {
    const para = '全年开展专题研讨X次，' + '督促检查落实到位'.repeat(3);
    const text = `报告\n${para}\n`;
    const x = text.indexOf('X');
    const html = pagesOf(text, [{ start: x, end: x + 1, kind: 'placeholder', title: '未填写的占位符 <X>' }]).join('');
    assert.ok(html.includes('研讨<mark class="hl hl-placeholder" title="未填写的占位符 &lt;X&gt;">X</mark>次'), html);
    // a highlight spanning a line break is marked on both lines
    const start = text.indexOf('督促检查落实到位督促');
    const across = pagesOf(text, [{ start, end: text.length - 1, kind: 'site-residue', title: 'r' }]).join('');
    assert.strictEqual(across.match(/<mark class="hl hl-site-residue"/g)?.length, 2);
  });

  it('never splits a character outside the Basic Multilingual Plane at a highlight edge', () => {
    // 𠀀 is one character written as two UTF-16 code units; a range may start or end between them
    const text = '报告\n会议在𠀀镇召开，研究部署有关工作。\n';
    const at = text.indexOf('𠀀');
    for (const [start, end] of [[at + 1, at + 3], [at - 1, at + 1], [at + 1, at + 2]]) {
      const html = pagesOf(text, [{ start, end, kind: 'placeholder', title: 't' }]).join('');
      assert.ok(html.includes('𠀀'), `the character is cut apart for the range ${start}–${end}: ${html}`);
      assert.ok(!/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(html), `a lone surrogate for ${start}–${end}`);
      assert.match(html, /<mark class="hl hl-placeholder" title="t">[^<]*𠀀/);
    }
  });

  it('sets the 落款 right-aligned at the layout\'s distance from the right edge, with a space where digits meet Chinese', () => {
    const html = pagesOf('述职报告\n一、工作情况\n全年各项工作平稳推进。\n述职人：周某\n2026年3月18日\n').join('');
    // the date is longer: it ends 2 cells (4 half cells) from the edge, the signature sits over it
    assert.match(html, /<div class="ln k-date r4" data-at="4">2026<span class="ag"><\/span>年<span class="ag"><\/span>3<span class="ag"><\/span>月<span class="ag"><\/span>18<span class="ag"><\/span>日<\/div>/);
    const signature = /<div class="ln k-signature r(\d+)" data-at="3">述职人：周某<\/div>/.exec(html);
    assert.ok(signature, html);
    assert.ok(Number(signature[1]) > 4, 'the shorter signature ends further from the edge');
  });

  it('puts no space in the 落款 between a digit and a mark or inside a number', () => {
    const html = pagesOf('述职报告\n一、工作情况\n正文。\n述职人：第3组（2人）\n2026年3月18日\n').join('');
    assert.ok(html.includes('>述职人：第<span class="ag"></span>3<span class="ag"></span>组（2<span class="ag"></span>人）</div>'), html);
  });

  it('leaves out the empty lines below a table cell\'s text, so the cell can centre it in its row', () => {
    const long = '推动各项工作落实落细取得实效'.repeat(2);
    const html = pagesOf(`报告\n| 项目 | 说明 |\n| --- | --- |\n| 学习 | ${long} |\n`).join('');
    assert.ok(html.includes('<div class="td"><div class="cl">学习</div></div><div class="td"><div class="cl">'), html);
    assert.ok(!html.includes('<div class="cl"></div>'), html);
  });

  it('numbers sheets — n — with odd pages right and even pages left', () => {
    const text = ['报告', ...Array.from({ length: 30 }, () => '推动各项工作落实落细取得实效')].join('\n');
    const pages = pagesOf(text);
    assert.strictEqual(pages.length, 2);
    assert.ok(pages[0].includes(`<div class="pn pn-odd">${pageNumberText(1)}</div>`));
    assert.ok(pages[1].includes('<div class="pn pn-even">— 2 —</div>'));
  });

  it('keeps a user font name from breaking out of the style sheet', () => {
    assert.deepStrictEqual(parseFontList('方正仿宋_GBK, "Evil"; } body { color: red'), ['方正仿宋_GBK', 'Evil  body  color red']);
    const css = fontVariablesCss({ body: '方正仿宋_GBK</style><script>' });
    assert.ok(!css.includes('</style>') && !css.includes('<script>'));
    assert.ok(css.includes('--ra-font-body: "方正仿宋_GBKstylescript", "Report Author Latin", "仿宋_GB2312"'), css);
  });

  it('writes a standalone page with no script and a CSP', () => {
    const html = renderDocument(layoutReport(parseReport('报告\n正文。')), { title: '<报告>', css: 'x{}</style><script>' });
    assert.ok(html.includes('<title>&lt;报告&gt;</title>'));
    assert.ok(!html.includes('</style><script'));
    assert.ok(html.includes("Content-Security-Policy"));
  });
});
