import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { parseReport } from '../../src/core/parse';
import { exportDocx, STYLE } from '../../src/core/docx';

const FIXTURE = path.resolve(__dirname, '../../../test/fixtures/reports/export-sample.gongwen');

/** The parts of a .docx (a zip of XML files), as text. */
async function docxParts(text: string, fonts?: Record<string, string>): Promise<Record<string, string>> {
  const bytes = await exportDocx(parseReport(text), { fonts });
  const files = unzipSync(bytes);
  const parts: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) parts[name] = strFromU8(data);
  return parts;
}

/** The attributes of the first `<tag …>` in xml (after `from`). */
function attrs(xml: string, tag: string, from = 0): Record<string, string> {
  const re = new RegExp(`<${tag}\\b([^>]*?)/?>`, 'g');
  re.lastIndex = from;
  const m = re.exec(xml);
  assert.ok(m, `no <${tag}> in ${xml.slice(from, from + 300)}`);
  const out: Record<string, string> = {};
  for (const a of m[1].matchAll(/([\w:]+)="([^"]*)"/g)) out[a[1]] = a[2];
  return out;
}

/** A style's XML by id. */
function style(styles: string, id: string): string {
  const m = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles);
  assert.ok(m, `style ${id} is defined`);
  return m[0];
}

/** The body's paragraphs (outside tables), as XML. */
function paragraphs(documentXml: string): string[] {
  const body = documentXml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  return body.match(/<w:p>[\s\S]*?<\/w:p>|<w:p [\s\S]*?<\/w:p>/g) ?? [];
}

function paragraphText(p: string): string {
  return [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
}

/** Each run of a paragraph: its text and its properties' XML. */
function runs(p: string): { text: string; props: string }[] {
  return [...p.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => ({
    text: [...m[1].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    props: /<w:rPr>[\s\S]*?<\/w:rPr>/.exec(m[1])?.[0] ?? '',
  }));
}

describe('DOCX export', () => {
  let parts: Record<string, string>;
  let documentXml: string;
  before(async () => {
    parts = await docxParts(fs.readFileSync(FIXTURE, 'utf8'));
    documentXml = parts['word/document.xml'];
  });

  it('sets A4 paper and the GB/T 9704 margins 37/28/26/35 mm', () => {
    assert.deepStrictEqual(attrs(documentXml, 'w:pgSz'), { 'w:w': '11906', 'w:h': '16838', 'w:orient': 'portrait' });
    const margins = attrs(documentXml, 'w:pgMar');
    // twips: 37 mm = 2098, 28 mm = 1587, 26 mm = 1474, 35 mm = 1984
    assert.strictEqual(margins['w:top'], '2098');
    assert.strictEqual(margins['w:left'], '1587');
    assert.strictEqual(margins['w:right'], '1474');
    assert.strictEqual(margins['w:bottom'], '1984');
    // the text block is 156 mm wide
    assert.strictEqual(11906 - 1587 - 1474, 8845);
  });

  it('declares a grid of 22 lines and sets every line exactly one grid line high', () => {
    const grid = attrs(documentXml, 'w:docGrid');
    assert.strictEqual(grid['w:type'], 'lines');
    assert.strictEqual(grid['w:linePitch'], '579');
    assert.ok(22 * 579 <= 16838 - 2098 - 1984, '22 lines fit the 225 mm text block');
    const styles = parts['word/styles.xml'];
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)![0];
    assert.deepStrictEqual(attrs(defaults, 'w:spacing', defaults.indexOf('<w:pPrDefault>')),
      { 'w:before': '0', 'w:after': '0', 'w:line': '579', 'w:lineRule': 'exact' });
    // 28 characters a line: every run 0.25 pt tighter (16 pt − 0.25 pt = 15.75 pt; 28 × 15.75 = 441 pt ≤ 442.25 pt)
    assert.deepStrictEqual(attrs(defaults, 'w:spacing'), { 'w:val': '-5' });
    // no widow/orphan moves: a page always holds 22 lines, as in the layout
    assert.deepStrictEqual(attrs(defaults, 'w:widowControl'), { 'w:val': '0' });
  });

  it('names the East Asian font of every style explicitly, beside Times New Roman for Latin text', () => {
    const styles = parts['word/styles.xml'];
    const fontsOf = (xml: string) => attrs(xml, 'w:rFonts');
    const defaults = fontsOf(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)![0]);
    assert.strictEqual(defaults['w:eastAsia'], '仿宋_GB2312');
    assert.strictEqual(defaults['w:ascii'], 'Times New Roman');
    assert.strictEqual(defaults['w:hAnsi'], 'Times New Roman');
    assert.strictEqual(defaults['w:hint'], 'eastAsia');
    assert.match(styles, /<w:rPrDefault>[\s\S]*<w:sz w:val="32"\/>/, '3号 = 16 pt');
    assert.match(styles, /<w:lang [^>]*w:eastAsia="zh-CN"/);

    const title = style(styles, STYLE.title);
    assert.strictEqual(fontsOf(title)['w:eastAsia'], '方正小标宋简体');
    assert.match(title, /<w:sz w:val="44"\/>/, '2号 = 22 pt');
    assert.match(title, /<w:jc w:val="center"\/>/);
    assert.match(title, /<w:snapToGrid w:val="0"\/>/, 'the 22 pt title takes one grid line');

    const expected: [string, string, string][] = [
      [STYLE.heading[0], '黑体', '0'], [STYLE.heading[1], '楷体_GB2312', '1'],
      [STYLE.heading[2], '仿宋_GB2312', '2'], [STYLE.heading[3], '仿宋_GB2312', '3'],
    ];
    for (const [id, font, outline] of expected) {
      const s = style(styles, id);
      assert.strictEqual(fontsOf(s)['w:eastAsia'], font, id);
      assert.strictEqual(fontsOf(s)['w:ascii'], 'Times New Roman', id);
      assert.match(s, /<w:sz w:val="32"\/>/, `${id} is 3号`);
      assert.match(s, /<w:b w:val="0"\/>/, `${id} is not bold`);
      assert.match(s, new RegExp(`<w:outlineLvl w:val="${outline}"/>`), `${id} shows in the navigation pane`);
      // indented 2 characters like body text (2 × 315 twips, 1 of them as a left inset)
      assert.deepStrictEqual(attrs(s, 'w:ind'), { 'w:left': '1', 'w:firstLine': '629' }, id);
    }
    assert.deepStrictEqual(attrs(style(styles, STYLE.body), 'w:ind'), { 'w:left': '1', 'w:firstLine': '629' });
  });

  it('puts `— PAGE —` in 4号宋体 in different odd and even footers, odd right and even left, one character in', () => {
    assert.match(parts['word/settings.xml'], /<w:evenAndOddHeaders\/>/);
    const refs = [...documentXml.matchAll(/<w:footerReference ([^>]*)\/>/g)].map((m) => m[1]);
    const idOf = (type: string) => /r:id="([^"]+)"/.exec(refs.find((r) => r.includes(`w:type="${type}"`)) ?? '')?.[1];
    const rels = parts['word/_rels/document.xml.rels'];
    const footer = (type: string) => {
      const id = idOf(type);
      assert.ok(id, `a ${type} footer`);
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      assert.ok(target, `footer ${id} has a part`);
      return parts[`word/${target}`];
    };
    const odd = footer('default');
    const even = footer('even');
    for (const [xml, side] of [[odd, 'right'], [even, 'left']] as const) {
      assert.match(xml, /<w:fldChar w:fldCharType="begin"\/>/);
      assert.match(xml, /<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      assert.strictEqual(paragraphText(xml), '— ' + ' —');
      assert.strictEqual(attrs(xml, 'w:jc')['w:val'], side);
      assert.strictEqual(attrs(xml, 'w:ind')[`w:${side}`], '280', 'one 14 pt character in from the edge');
      assert.strictEqual(attrs(xml, 'w:rFonts')['w:eastAsia'], '宋体');
      assert.strictEqual(attrs(xml, 'w:rFonts')['w:ascii'], '宋体', 'half-width 宋体 digits');
      assert.match(xml, /<w:sz w:val="28"\/>/, '4号 = 14 pt');
    }
  });

  it('writes a run-in heading as a run in the heading font followed by the body in the body font', () => {
    const p = paragraphs(documentXml).find((x) => paragraphText(x).startsWith('（一）坚持理论学习常态化。'))!;
    assert.ok(p);
    assert.strictEqual(attrs(p, 'w:pStyle')['w:val'], STYLE.heading[1]);
    const r = runs(p);
    assert.strictEqual(r[0].text, '（一）坚持理论学习常态化。');
    assert.ok(!r[0].props.includes('w:rFonts'), 'the heading sentence takes 楷体 from its style');
    assert.strictEqual(r[1].text, '全年参加党组理论学习中心组集中学习12次，撰写心得体会4篇，围绕');
    assert.strictEqual(attrs(r[1].props, 'w:rFonts')['w:eastAsia'], '仿宋_GB2312');
    assert.strictEqual(attrs(r[1].props, 'w:rFonts')['w:ascii'], 'Times New Roman');
    // **粮食安全** is a bold run in the body font
    const bold = r.find((x) => x.text === '粮食安全')!;
    assert.match(bold.props, /<w:b\/>/);
    assert.strictEqual(attrs(bold.props, 'w:rFonts')['w:eastAsia'], '仿宋_GB2312');
    assert.ok(!paragraphText(p).includes('*'));
    // a level-3 run-in heading splits the same way, though both parts are 仿宋
    const l3 = paragraphs(documentXml).find((x) => paragraphText(x).startsWith('1.学用结合。'))!;
    assert.deepStrictEqual(runs(l3).map((x) => x.text), ['1.学用结合。', '把培训内容转化为工作清单，逐项对照落实。']);
  });

  it('keeps a standalone heading whole and with the paragraph after it', () => {
    const p = paragraphs(documentXml).find((x) => paragraphText(x) === '（二）注重业务能力提升')!;
    assert.match(p, /<w:keepNext\/>/);
    assert.match(p, /<w:keepLines\/>/);
    const runIn = paragraphs(documentXml).find((x) => paragraphText(x).startsWith('（一）坚持'))!;
    assert.doesNotMatch(runIn, /<w:keepNext\/>/);
  });

  it('sets the title and subtitle centred with one blank line after them, and the salutation flush left', () => {
    const ps = paragraphs(documentXml);
    assert.strictEqual(paragraphText(ps[0]), '2024年度个人述职报告');
    assert.strictEqual(attrs(ps[0], 'w:pStyle')['w:val'], STYLE.title);
    assert.strictEqual(attrs(ps[1], 'w:pStyle')['w:val'], STYLE.subtitle);
    assert.strictEqual(paragraphText(ps[2]), '', 'one blank line');
    assert.strictEqual(paragraphText(ps[3]), '各位领导、同志们：');
    assert.deepStrictEqual(attrs(ps[3], 'w:ind'), { 'w:left': '1', 'w:firstLine': '0' });
  });

  it('places the signature and date per GB/T 9704 7.3.5.2 after one blank line, kept together', () => {
    const ps = paragraphs(documentXml);
    const sig = ps.findIndex((x) => paragraphText(x) === '述职人：周启航');
    const date = ps.findIndex((x) => paragraphText(x) === '2025年1月10日');
    assert.strictEqual(date, sig + 1);
    assert.strictEqual(paragraphText(ps[sig - 1]), '', '空一行 before the signature');
    assert.strictEqual(attrs(ps[sig], 'w:pStyle')['w:val'], STYLE.signature);
    assert.match(ps[sig], /<w:keepNext\/>/, 'the signature stays with its date');
    // the date is longer than the signature: it ends 2 cells (630 twips) from the right edge,
    // and the signature starts 2 cells left of the date, so it ends further in
    const dateRight = Number(attrs(ps[date], 'w:ind')['w:right']);
    const sigRight = Number(attrs(ps[sig], 'w:ind')['w:right']);
    assert.strictEqual(dateRight, 630);
    assert.ok(sigRight > dateRight, `${sigRight} > ${dateRight}`);
  });

  it('splits the text before the 落款 between pages where the layout does, without keeping it with the next', async () => {
    // title, blank line, heading and `filler` one-line paragraphs, then a two-line closing paragraph
    const report = (filler: number) => ['关于工作情况的报告', '', '一、基本情况',
      ...Array.from({ length: filler }, () => '各项工作扎实推进整体成效明显群众满意度持续提升各项工'),
      '今后我们将继续坚持问题导向不断完善工作机制切实提高服务水平奋力开创工作新局面。', '', '县人民医院', '2025年1月6日'].join('\n');
    const closingOf = async (filler: number) => paragraphs((await docxParts(report(filler)))['word/document.xml'])
      .find((x) => paragraphText(x).startsWith('今后'))!;
    // on line 22 of a full page: the page ends inside it by itself
    const natural = await closingOf(18);
    assert.doesNotMatch(natural, /<w:keepNext\/>/);
    assert.doesNotMatch(natural, /w:type="page"/);
    // its last line moved down to the 落款's page: a page break before that line, and no line break
    const moved = await closingOf(17);
    assert.doesNotMatch(moved, /<w:keepNext\/>/);
    assert.match(moved, /提高服<\/w:t><\/w:r><w:r><w:br w:type="page"\/><\/w:r><w:r><w:t[^>]*>务水平/);
    // wholly on one page with the 落款: kept with it
    assert.match(await closingOf(10), /<w:keepNext\/>/);
  });

  it('writes the attachment notes aligned under the first name and each attachment on a new page', () => {
    const ps = paragraphs(documentXml);
    const first = ps.find((x) => paragraphText(x).startsWith('附件：1.'))!;
    const second = ps.find((x) => paragraphText(x).startsWith('2.2025'))!;
    // 附件：1. starts 2 cells in; 2. starts under 1. (2 + 3 cells); a wrapped name of either aligns
    // with the name's first character, after the number
    const start = (ind: Record<string, string>) => Number(ind['w:left']) - Number(ind['w:hanging'] ?? 0);
    const a = attrs(first, 'w:ind');
    const b = attrs(second, 'w:ind');
    assert.strictEqual(start(a), 630);
    assert.strictEqual(start(b), 5 * 315);
    assert.strictEqual(a['w:left'], b['w:left']);
    assert.ok(Number(a['w:left']) > 5 * 315 && Number(a['w:left']) < 6 * 315, a['w:left']);
    const label = ps.findIndex((x) => paragraphText(x) === '附件1');
    assert.match(ps[label], /<w:pageBreakBefore\/>/);
    assert.strictEqual(attrs(ps[label + 2], 'w:pStyle')['w:val'], STYLE.title, 'the attachment title on the third line');
    assert.strictEqual(attrs(runs(ps[label])[0].props, 'w:rFonts')['w:eastAsia'], '黑体');
    // the 落款 comes before the attachment page
    assert.ok(ps.findIndex((x) => paragraphText(x) === '述职人：周启航') < label);
  });

  it('writes a pipe table as a Word table whose rows are whole grid lines and never split', () => {
    const table = /<w:tbl>[\s\S]*?<\/w:tbl>/.exec(documentXml)?.[0];
    assert.ok(table, 'a table');
    const rows = table.match(/<w:tr>[\s\S]*?<\/w:tr>|<w:tr [\s\S]*?<\/w:tr>/g)!;
    assert.strictEqual(rows.length, 3);
    const cells = (row: string) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map(paragraphText);
    assert.deepStrictEqual(cells(rows[0]), ['项目', '年度目标', '完成情况']);
    assert.deepStrictEqual(cells(rows[1]), ['高标准农田（万亩）', '3.0', '3.2']);
    // the first column's text wraps to 2 lines in the layout: the row is 2 grid lines high
    assert.deepStrictEqual(attrs(rows[1], 'w:trHeight'), { 'w:val': '1158', 'w:hRule': 'exact' });
    // the first row gives back the 0.5 pt of the table's top rule
    assert.deepStrictEqual(attrs(rows[0], 'w:trHeight'), { 'w:val': '569', 'w:hRule': 'exact' });
    assert.deepStrictEqual(attrs(rows[2], 'w:trHeight'), { 'w:val': '579', 'w:hRule': 'exact' });
    for (const row of rows) assert.match(row, /<w:cantSplit\/>/);
    // the header row is 黑体
    assert.strictEqual(attrs(rows[0], 'w:rFonts')['w:eastAsia'], '黑体');
  });

  it('puts the front matter title and author in the document properties', () => {
    const core = parts['docProps/core.xml'];
    assert.match(core, /<dc:title>2024年度个人述职报告<\/dc:title>/);
    assert.match(core, /<dc:creator>周启航<\/dc:creator>/);
  });

  it('names the fonts from the settings, the first of each list', async () => {
    const p = await docxParts('报告\n一、情况\n（一）做法。内容。\n', { title: '华文中宋', body: '仿宋, FangSong', heading1: 'SimHei' });
    const styles = p['word/styles.xml'];
    assert.strictEqual(attrs(style(styles, STYLE.title), 'w:rFonts')['w:eastAsia'], '华文中宋');
    assert.strictEqual(attrs(style(styles, STYLE.heading[0]), 'w:rFonts')['w:eastAsia'], 'SimHei');
    assert.strictEqual(attrs(style(styles, STYLE.heading[1]), 'w:rFonts')['w:eastAsia'], '楷体_GB2312');
    assert.strictEqual(attrs(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(styles)![0], 'w:rFonts')['w:eastAsia'], '仿宋');
  });

  it('escapes what the report says and keeps every character of it', async () => {
    const text = '关于A&B项目<试点>的报告\n推进"三个一"工程，落实\'五个到位\'，投入<5>万元 & 更多……\n';
    const p = await docxParts(text);
    const ps = paragraphs(p['word/document.xml']);
    const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    assert.strictEqual(unescape(paragraphText(ps[0])), '关于A&B项目<试点>的报告');
    assert.strictEqual(unescape(paragraphText(ps[2])), '推进"三个一"工程，落实\'五个到位\'，投入<5>万元 & 更多……');
  });

  it('exports an empty report as a valid document with one empty page', async () => {
    const p = await docxParts('');
    assert.match(p['word/document.xml'], /<w:body>[\s\S]*<w:sectPr/);
    assert.match(p['[Content_Types].xml'], /wordprocessingml/);
  });
});
