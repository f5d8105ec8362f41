import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseReport } from '../../src/core/parse';
import { Layout, LayoutLine, countCharacters, countReportCharacters, layoutReport, breakLines, pageOfOffset } from '../../src/core/layout';

const SAMPLE = path.resolve(__dirname, '../../../../shared/samples/2023-qmczd-shuzhi-template.txt');

function layout(text: string): Layout {
  return layoutReport(parseReport(text));
}

function lineText(line: LayoutLine): string {
  return line.runs.map((r) => r.text).join('');
}

function allLines(l: Layout): LayoutLine[] {
  return l.pages.flatMap((p) => p.lines);
}

/** Lines of the block whose text starts with `prefix`. */
function linesOf(l: Layout, text: string, prefix: string): string[] {
  const start = text.indexOf(prefix);
  return allLines(l).filter((x) => x.kind !== 'blank' && x.start >= start && x.start < start + 2000)
    .filter((x, i, a) => i === 0 || a[i - 1].block === x.block)
    .filter((x, _i, a) => x.block === a[0].block)
    .map(lineText);
}

const h = (n: number) => '工作落实情况良好'.repeat(10).slice(0, n);

describe('grid layout engine', () => {
  describe('line breaks on the 28-cell grid', () => {
    it('puts 26 characters after the 2-cell indent on the first line and 28 on the next', () => {
      const para = h(26) + h(28) + h(3);
      const text = `关于工作的报告\n${para}\n`;
      const lines = linesOf(layout(text), text, para);
      assert.deepStrictEqual(lines.map((s) => s.length), [26, 28, 3]);
      assert.strictEqual(lines.join(''), para);
    });

    it('measures digits and letters in Times New Roman, adds the space beside Chinese text, never breaks a number', () => {
      // indent 2 + 23 characters + 2023 (4 × 7.75 pt) + the 3.2 pt gap before it: one line
      const fits = `${h(23)}2023`;
      let text = `报告\n${fits}\n`;
      assert.deepStrictEqual(linesOf(layout(text), text, fits), [fits]);
      // with 24 characters the gap leaves no room for 2023 (LibreOffice breaks there too)
      const gap = `${h(24)}2023${h(3)}`;
      text = `报告\n${gap}\n`;
      assert.deepStrictEqual(linesOf(layout(text), text, gap), [h(24), `2023${h(3)}`]);
      // 2 + 25 + 123 (1.5 cells) = 28.5 cells: the number moves down whole
      const over = `${h(25)}123${h(2)}`;
      text = `报告\n${over}\n`;
      assert.deepStrictEqual(linesOf(layout(text), text, over), [h(25), `123${h(2)}`]);
      // 2 + 24 + Excel (2.5) = 28.5: the word moves down whole
      const word = `${h(24)}Excel表格`;
      text = `报告\n${word}\n`;
      assert.deepStrictEqual(linesOf(layout(text), text, word), [h(24), 'Excel表格']);
    });

    it('counts the gaps where Chinese meets Latin text on both sides of a word', () => {
      const para = `${h(22)}ab${h(1)}2024${h(1)}5G${h(3)}`;
      // 2 + 22 cells, ab (18.3 pt) with a 3.2 pt gap each side, 工: 2024 and its gaps no longer fit
      const text = `报告\n${para}\n`;
      const l = layout(text);
      const lines = linesOf(l, text, para);
      assert.deepStrictEqual(lines, [`${h(22)}ab${h(1)}`, `2024${h(1)}5G${h(3)}`]);
      const width = allLines(l).find((x) => lineText(x) === lines[0])!.width;
      assert.ok(width > 24.3 && width < 24.5, String(width));
    });

    it('breaks a Latin word longer than a line between its letters', () => {
      // x is 7.75 pt wide: 57 of them fill the 442.2 pt line
      const broken = breakLines('x'.repeat(70), 56, 56);
      assert.deepStrictEqual(broken.map((b) => b.to - b.from), [57, 13]);
    });

    it('keeps surrogate pairs and combining marks whole', () => {
      const ext = '\u{20000}'.repeat(30); // CJK extension B: 1 cell each, 2 code units
      assert.deepStrictEqual(breakLines(ext, 56, 56).map((b) => [b.to - b.from, b.halfCells]), [[56, 56], [4, 4]]);
      const marked = 'e\u0301'.repeat(3) + h(27); // é as e + combining acute: a word, the marks take no room
      const lines = breakLines(marked, 56, 56);
      assert.strictEqual(lines[0].to, 6 + 26);
      // three e of 6.85 pt (Times New Roman, less 0.25 pt), the 3.2 pt gap before 工, 26 cells of 15.75 pt
      assert.ok(Math.abs(lines[0].halfCells - (3 * 137.03 + 64 + 26 * 315) / 157.5) < 0.01, String(lines[0].halfCells));
    });
  });

  describe('避头尾', () => {
    it('hangs ，。、；：？！ in the margin rather than begin a line with them, as Word and LibreOffice do', () => {
      // the comma would fall in the 29th cell: it hangs past the line's end
      const para = `${h(26)}，${h(5)}`;
      const text = `报告\n${para}\n`;
      const l = layout(text);
      const lines = linesOf(l, text, para);
      assert.deepStrictEqual(lines, [`${h(26)}，`, h(5)]);
      const line = allLines(l).find((x) => lineText(x) === lines[0])!;
      assert.strictEqual(line.hanging, true);
      assert.ok(line.indent + line.width <= 28, 'the hanging mark takes no room on the line');
      for (const mark of ['。', '、', '；', '：', '？', '！', '．']) {
        const p = `${h(26)}${mark}${h(3)}`;
        const t = `报告\n${p}\n`;
        assert.deepStrictEqual(linesOf(layout(t), t, p), [`${h(26)}${mark}`, h(3)], mark);
      }
    });

    it('does not hang a mark followed by another that may not begin a line: the character before moves down', () => {
      // 。 in cell 29 followed by ”: 况。” go down together (LibreOffice does the same)
      const para = `${h(26)}。”${h(3)}`;
      const text = `报告\n${para}\n`;
      assert.deepStrictEqual(linesOf(layout(text), text, para), [h(25), `${h(26).slice(25)}。”${h(3)}`]);
    });

    it('moves the character before a closing bracket or quote down with it', () => {
      for (const mark of ['）', '》', '”', '’']) {
        const para = `${h(26)}${mark}${h(3)}`;
        const text = `报告\n${para}\n`;
        const lines = linesOf(layout(text), text, para);
        assert.deepStrictEqual(lines, [h(25), `${h(26).slice(25)}${mark}${h(3)}`], mark);
      }
    });

    it('does not hang a mark after a Latin word: the word moves down with it', () => {
      const para = `${h(25)}X。${h(4)}`;
      const text = `报告\n${para}\n`;
      assert.deepStrictEqual(linesOf(layout(text), text, para), [h(25), `X。${h(4)}`]);
    });

    it('keeps 。” together with the character before them', () => {
      // ” would fall in cell 29: 。 and the character before it move down too
      const para = `${h(24)}好。”${h(4)}`;
      const text = `报告\n${para}\n`;
      assert.deepStrictEqual(linesOf(layout(text), text, para), [h(24), `好。”${h(4)}`]);
      // an opening quote in cell 28 moves down to its words
      const quoted = `${h(25)}“好”${h(4)}`;
      const t2 = `报告\n${quoted}\n`;
      assert.deepStrictEqual(linesOf(layout(t2), t2, quoted), [h(25), `“好”${h(4)}`]);
    });

    it('never ends a line with an opening bracket or quote', () => {
      const para = `${h(25)}《条例》${h(3)}`;
      // 《 falls in the 28th cell: it moves to the next line with the title
      const text = `报告\n${para}\n`;
      const lines = linesOf(layout(text), text, para);
      assert.deepStrictEqual(lines, [h(25), `《条例》${h(3)}`]);
    });

    it('never splits …… or ——, and lets them begin a line as word processors do', () => {
      const para = `${h(25)}等……${h(3)}`;
      // 等 fills cell 28; …… moves down whole (Word and LibreOffice let it begin a line)
      const text = `报告\n${para}\n`;
      const lines = linesOf(layout(text), text, para);
      assert.deepStrictEqual(lines, [`${h(25)}等`, `……${h(3)}`]);
      const dash = `${h(25)}——${h(3)}`;
      const t2 = `报告\n${dash}\n`;
      const dl = linesOf(layout(t2), t2, dash);
      assert.deepStrictEqual(dl, [h(25), `——${h(3)}`]);
    });
  });

  describe('pages', () => {
    it('holds 22 lines a page and splits a paragraph between pages line by line', () => {
      // title, blank, 20 one-line paragraphs = 22 lines: one page
      const paras = Array.from({ length: 20 }, (_, i) => `第${i + 1}项${h(10)}。`);
      let l = layout(['报告', ...paras].join('\n'));
      assert.strictEqual(l.pageCount, 1);
      assert.strictEqual(l.pages[0].lines.length, 22);
      const long = h(26) + h(28) + h(10);
      l = layout(['报告', ...paras.slice(0, 19), long].join('\n'));
      // 2 + 19 = 21 lines, then the long paragraph: 1 line on page 1, 2 on page 2
      assert.strictEqual(l.pageCount, 2);
      assert.strictEqual(lineText(l.pages[0].lines[21]), h(26));
      assert.deepStrictEqual(l.pages[1].lines.map(lineText), [h(28), h(10)]);
    });

    it('numbers pages from 1 with odd pages on the right and even on the left', () => {
      const paras = Array.from({ length: 80 }, () => h(26));
      const l = layout(['报告', ...paras].join('\n'));
      assert.strictEqual(l.pageCount, 4); // 82 lines
      assert.deepStrictEqual(l.pages.map((p) => [p.number, p.side]), [[1, 'odd'], [2, 'even'], [3, 'odd'], [4, 'even']]);
      assert.deepStrictEqual(l.pages.map((p) => p.lines.length), [22, 22, 22, 16]);
    });

    it('moves a standalone heading that would end a page to the next page', () => {
      const paras = Array.from({ length: 19 }, () => h(26));
      const text = ['报告', ...paras, '二、存在的问题', h(26)].join('\n');
      const l = layout(text);
      // the heading would be line 22; it goes with its paragraph to page 2
      assert.strictEqual(l.pages[0].lines.length, 21);
      assert.strictEqual(lineText(l.pages[1].lines[0]), '二、存在的问题');
      assert.strictEqual(l.pages[1].lines[0].runs[0].font, 'heading1');
    });

    it('starts an attachment on a new page with its title on the third line, numbering on', () => {
      const text = ['关于开展调研的报告', h(20), '附件1', '调研安排表', h(10)].join('\n');
      const l = layout(text);
      assert.strictEqual(l.pageCount, 2);
      const p2 = l.pages[1];
      assert.strictEqual(p2.number, 2);
      assert.strictEqual(p2.side, 'even');
      assert.deepStrictEqual(p2.lines.map((x) => [x.kind, lineText(x)]), [
        ['attachment-label', '附件1'], ['blank', ''], ['attachment-title', '调研安排表'], ['blank', ''], ['paragraph', h(10)],
      ]);
      assert.strictEqual(p2.lines[0].runs[0].font, 'attachmentLabel');
      assert.strictEqual(p2.lines[0].indent, 0);
    });

    it('lays out a long report with attachment notes, 落款 and two attachment pages', () => {
      const file = path.resolve(__dirname, '../../../test/fixtures/reports/long-report.gongwen');
      const text = fs.readFileSync(file, 'utf8');
      const l = layout(text);
      assert.strictEqual(l.pageCount, 6);
      const kinds = (n: number) => l.pages[n - 1].lines.map((x) => x.kind);
      // a heading that starts with a year is still a heading
      const yearHeading = allLines(l).find((x) => lineText(x) === '三、2025年工作打算')!;
      assert.strictEqual(yearHeading.runs[0].font, 'heading1');
      // notes, then a blank line and the 落款 before the first attachment page
      const notes = allLines(l).filter((x) => x.kind === 'attachment-note');
      assert.deepStrictEqual(notes.map((x) => [x.indent, lineText(x)]), [[2, '附件：1.2024年主要业务指标完成情况表'], [5, '2.2025年重点工作任务清单']]);
      // the 落款 would start page 4 alone: the notes, kept together, go with it, and so does the last
      // line of the text, so that page 4 does not open with the notes
      assert.deepStrictEqual(kinds(4), ['closing', 'blank', 'attachment-note', 'attachment-note', 'blank', 'signature', 'date']);
      assert.deepStrictEqual(kinds(5).slice(0, 5), ['attachment-label', 'blank', 'attachment-title', 'blank', 'table-row']);
      assert.strictEqual(lineText(l.pages[5].lines[0]), '附件2');
    });

    it('gives an empty document one empty page', () => {
      const l = layout('');
      assert.strictEqual(l.pageCount, 1);
      assert.deepStrictEqual(l.pages[0].lines, []);
    });

    it('lays out the shared sample template on 4 pages', function () {
      if (!fs.existsSync(SAMPLE)) this.skip();
      const text = fs.readFileSync(SAMPLE, 'utf8');
      const l = layout(text);
      // title + blank + 78 lines of text, line for line as LibreOffice sets the exported .docx
      assert.strictEqual(l.pageCount, 4);
      assert.deepStrictEqual(l.pages.map((p) => p.lines.length), [22, 22, 22, 14]);
      assert.strictEqual(lineText(l.pages[0].lines[0]), text.split('\n')[0]);
      assert.strictEqual(l.pages[3].lines[13].kind, 'paragraph');
    });
  });

  describe('title, headings and 落款', () => {
    it('sets the title in 20 cells a line, lines made even, centred, with a blank line after it', () => {
      const title = '关于二〇二四年度机关党建工作和意识形态工作责任制落实情况的报告'; // 31 characters
      const l = layout(`${title}\n${h(10)}`);
      const lines = l.pages[0].lines;
      // 31 characters need 2 lines of 20; they are made even, breaking between words: 15 + 16 (the
      // evener 16 + 15 would split 意识形态)
      assert.deepStrictEqual(lines.slice(0, 3).map((x) => [x.kind, lineText(x)]), [
        ['title', title.slice(0, 15)], ['title', title.slice(15)], ['blank', ''],
      ]);
      assert.strictEqual(lines[0].capacity, 20);
      assert.strictEqual(lines[0].align, 'center');
      assert.strictEqual(lines[0].runs[0].font, 'title');
    });

    const titleLines = (l: Layout, kind = 'title') => allLines(l).filter((x) => x.kind === kind).map(lineText);

    it('sets a title typed over two lines as two title lines, the blank line after the second', () => {
      const l = layout(`县发展和改革局党组书记、局长\n2025年度民主生活会个人对照检查材料\n${h(10)}`);
      assert.deepStrictEqual(l.pages[0].lines.slice(0, 3).map((x) => [x.kind, lineText(x)]), [
        ['title', '县发展和改革局党组书记、局长'], ['title', '2025年度民主生活会个人对照检查材料'], ['blank', ''],
      ]);
    });

    it('breaks a long title between words, keeping a year with its 年 or 年度', () => {
      // the evenest split by characters would part 工作|总结, 民主|生活会, 2024|年度
      assert.deepStrictEqual(titleLines(layout(`县交通运输局2024年工作总结和2025年工作计划\n${h(10)}`)),
        ['县交通运输局2024年', '工作总结和2025年工作计划']);
      assert.deepStrictEqual(titleLines(layout(`李明华同志2024年度民主生活会个人发言提纲\n${h(10)}`)),
        ['李明华同志2024年度', '民主生活会个人发言提纲']);
      assert.deepStrictEqual(titleLines(layout(`中共市城市建设投资有限公司委员会2024年度履行全面从严治党主体责任情况报告\n${h(10)}`)),
        ['中共市城市建设投资有限公司委员会', '2024年度履行全面从严治党主体责任情况报告']);
    });

    it('breaks an attachment title between words too', () => {
      const text = `报告\n${h(10)}\n附件1\n区教育局2024年度民主生活会征求意见情况汇总表\n${h(10)}\n`;
      assert.deepStrictEqual(titleLines(layout(text), 'attachment-title'), ['区教育局2024年度', '民主生活会征求意见情况汇总表']);
    });

    it('never gives a title more lines for its words, and keeps even lines where words are not known', () => {
      const title = '关于进一步加强和改进新时代基层社区治理工作推动经济社会高质量发展若干问题的调研报告';
      assert.strictEqual(titleLines(layout(`${title}\n${h(10)}`)).length, 3);
      const segmenter = Intl.Segmenter;
      try {
        (Intl as { Segmenter?: unknown }).Segmenter = undefined;
        assert.deepStrictEqual(titleLines(layout(`县交通运输局2024年工作总结和2025年工作计划\n${h(10)}`)),
          ['县交通运输局2024年工作', '总结和2025年工作计划']);
      } finally {
        (Intl as { Segmenter?: unknown }).Segmenter = segmenter;
      }
    });

    it('sets a run-in heading sentence in the heading font and the body in the body font', () => {
      const text = '报告\n（一）抓好理论学习。全年组织集中学习12次。\n';
      const line = allLines(layout(text)).find((x) => x.kind === 'heading')!;
      assert.deepStrictEqual(line.runs.map((r) => [r.text, r.font]), [
        ['（一）抓好理论学习。', 'heading2'], ['全年组织集中学习12次。', 'body'],
      ]);
      assert.strictEqual(line.indent, 2);
      assert.strictEqual(line.level, 2);
    });

    it('sets a heading written in Markdown bold in the heading font, without the marks', () => {
      const text = '报告\n**一、总体情况**\n**（一）抓好理论学习**\n';
      const headings = allLines(layout(text)).filter((x) => x.kind === 'heading');
      assert.deepStrictEqual(headings.map((l) => l.runs.map((r) => [r.text, r.font])), [
        [['一、总体情况', 'heading1']], [['（一）抓好理论学习', 'heading2']],
      ]);
    });

    it('sets a run-in heading sentence written in bold in the heading font and its body in the body font, without the marks', () => {
      const text = '报告\n一、主要工作\n**（一）抓好理论学习。**全年学习12次。\n**（二）抓好作风建设**。开展检查3次。\n';
      const headings = allLines(layout(text)).filter((x) => x.kind === 'heading').slice(1);
      assert.deepStrictEqual(headings.map((l) => l.runs.map((r) => [r.text, r.font])), [
        [['（一）抓好理论学习。', 'heading2'], ['全年学习12次。', 'body']],
        [['（二）抓好作风建设', 'heading2'], ['。', 'heading2'], ['开展检查3次。', 'body']],
      ]);
    });

    it('places the signature 2 cells from the right and the date per GB/T 9704 7.3.5.2', () => {
      const text = ['述职报告', '一、工作情况', h(20), '以上述职，请予评议。', '述职人：欧阳明辉学', '2024年1月5日'].join('\n');
      const lines = allLines(layout(text));
      const sig = lines.find((x) => x.kind === 'signature')!;
      const date = lines.find((x) => x.kind === 'date')!;
      assert.strictEqual(lines[lines.indexOf(sig) - 1].kind, 'blank', '空一行 before the signature');
      // signature 9 cells: ends 2 cells from the right edge (starts at 17); the date, 6 cells and the
      // five 3.2 pt gaps beside its digits (6.97 cells), starts 2 cells further right
      const near = (x: number, y: number) => assert.ok(Math.abs(x - y) < 1e-6, `${x} ≈ ${y}`);
      near(sig.indent, 17);
      near(sig.indent + sig.width, 26);
      near(date.indent, 19);
      assert.ok(date.width > 6.9 && date.width < 7, String(date.width));
    });

    it('ends the signature 2 cells from the right edge when the date is short', () => {
      const text = ['述职报告', '一、工作情况', h(20), '以上述职，请予评议。', '述职人：欧阳明辉学', '2024年1月'].join('\n');
      const lines = allLines(layout(text));
      const sig = lines.find((x) => x.kind === 'signature')!;
      const date = lines.find((x) => x.kind === 'date')!;
      assert.ok(Math.abs(sig.indent + sig.width - 26) < 1e-6);
      assert.ok(Math.abs(date.indent - sig.indent - 2) < 1e-6);
    });

    it('keeps a date longer than the signature 2 cells from the right and moves the signature left', () => {
      const text = ['述职报告', '一、工作情况', h(20), '述职人：李强', '2024年12月25日'].join('\n');
      const lines = allLines(layout(text));
      const sig = lines.find((x) => x.kind === 'signature')!;
      const date = lines.find((x) => x.kind === 'date')!;
      // date: 2024 年 12 月 25 日 = 7 cells and five 3.2 pt gaps; it ends 2 cells from the right edge
      // and the signature starts 2 cells left of it
      assert.ok(date.width > 7.9 && date.width < 8.2, String(date.width));
      assert.ok(Math.abs(date.indent + date.width - 26) < 1e-6);
      assert.ok(Math.abs(sig.indent - (date.indent - 2)) < 1e-6);
    });

    it('sets a 落款 of two lines (the post, then the name) ending at one place, the date by the longer', () => {
      const text = ['述职报告', '一、工作情况', `${h(20)}。`, '以上报告，请审阅。', '县发展和改革局党组书记、局长', '王明', '2024年12月25日'].join('\n');
      const lines = allLines(layout(text));
      const sigs = lines.filter((x) => x.kind === 'signature');
      const date = lines.find((x) => x.kind === 'date')!;
      assert.deepStrictEqual(sigs.map(lineText), ['县发展和改革局党组书记、局长', '王明']);
      // both end 2 cells from the right edge; the date starts 2 cells right of the post's first character
      for (const sig of sigs) assert.ok(Math.abs(sig.indent + sig.width - 26) < 1e-6, `${lineText(sig)}: ${sig.indent}+${sig.width}`);
      assert.ok(Math.abs(date.indent - (sigs[0].indent + 2)) < 1e-6, String(date.indent));
    });

    it('never leaves the signature and date alone on a page: the last text line goes with them', () => {
      // title + blank + heading + 17 one-line paragraphs + a 2-line closing = 22 lines: the 落款 needs a new page
      const paras = Array.from({ length: 17 }, () => h(26));
      const closing = `${h(26)}以上报告，请审阅。`;
      const text = ['工作报告', '一、工作情况', ...paras, closing, '报告人：陈思远', '2024年6月30日'].join('\n');
      const l = layout(text);
      assert.strictEqual(l.pageCount, 2);
      assert.deepStrictEqual(l.pages[1].lines.map((x) => x.kind), ['closing', 'blank', 'signature', 'date']);
      assert.strictEqual(lineText(l.pages[1].lines[0]), '以上报告，请审阅。');
      assert.strictEqual(l.pages[0].lines.length, 21);
    });

    it('never lets the attachment notes and the 落款 open a page without a line of text before them', () => {
      // title + blank + heading + 17 one-line paragraphs + a 2-line closing fill page 1: the blank line,
      // the notes and the 落款 would open page 2 with no text
      const paras = Array.from({ length: 17 }, () => h(26));
      const closing = `${h(26)}特此报告。`;
      const text = ['工作报告', '一、工作情况', ...paras, closing, '附件：1.项目进度表', '2.经费明细', '县档案馆', '2024年6月30日'].join('\n');
      const l = layout(text);
      assert.strictEqual(l.pageCount, 2);
      assert.deepStrictEqual(l.pages[1].lines.map((x) => x.kind),
        ['closing', 'blank', 'attachment-note', 'attachment-note', 'blank', 'signature', 'date']);
      assert.strictEqual(lineText(l.pages[1].lines[0]), '特此报告。');
      assert.strictEqual(l.pages[0].lines.length, 21);
      // exporters see the same rule: the closing is kept with the blank line and the notes after it
      assert.ok(l.pages[0].lines[20].keep?.withNext);
      assert.ok(l.pages[1].lines[1].keep?.withNext);
    });

    it('takes the signature and date from front matter when the text has none', () => {
      const text = ['---', 'author: 王志远', 'date: 2024年3月8日', '---', '工作总结', h(20)].join('\n');
      const lines = allLines(layout(text));
      assert.deepStrictEqual(lines.filter((x) => x.kind === 'signature' || x.kind === 'date').map(lineText), ['王志远', '2024年3月8日']);
    });
  });

  describe('source offsets and inline content', () => {
    it('maps every printed run back to its characters in the source, CRLF included', () => {
      const text = '# 年度工作总结\r\n\r\n一、主要工作\r\n（一）完善制度。修订**管理办法**3项，推动落实。\r\n' + h(60) + '\r\n';
      const l = layout(text);
      for (const line of allLines(l)) {
        for (const r of line.runs) assert.strictEqual(text.slice(r.start, r.end), r.text);
        if (line.kind === 'blank') continue;
        const src = text.split(/\r\n/)[line.sourceLine];
        assert.ok(src.includes(text.slice(line.start, line.end)), `${line.sourceLine}: ${lineText(line)}`);
      }
      const bold = allLines(l).flatMap((x) => x.runs).find((r) => r.bold)!;
      assert.strictEqual(bold.text, '管理办法');
    });

    it('ends bold after a Chinese mark with Chinese text next, as writers mean it', () => {
      const text = '报告\n**注意：**按时报送材料。\n**一是加强学习。**全年开展12次。\n年度20**工作\n';
      const lines = allLines(layout(text)).filter((x) => x.kind === 'paragraph');
      assert.deepStrictEqual(lines.map(lineText), ['注意：按时报送材料。', '一是加强学习。全年开展12次。', '年度20**工作']);
      assert.deepStrictEqual(lines.map((x) => x.runs.filter((r) => r.bold).map((r) => r.text).join('|')), ['注意：', '一是加强学习。', '']);
    });

    it('does not count ** marks as cells and prints an escaped star', () => {
      const para = `**${h(26)}**${h(2)}\\*`;
      const text = `报告\n${para}\n`;
      const lines = allLines(layout(text)).filter((x) => x.kind === 'paragraph');
      assert.deepStrictEqual(lines.map(lineText), [h(26), `${h(2)}*`]);
      const star = lines[1].runs[lines[1].runs.length - 1];
      assert.deepStrictEqual([star.text, text.slice(star.start, star.end)], ['*', '\\*']);
    });

    it('finds the page of a source offset', () => {
      const paras = Array.from({ length: 40 }, (_, i) => `${h(20)}${i}`);
      const text = ['报告', ...paras].join('\n');
      const l = layout(text);
      assert.strictEqual(pageOfOffset(l, text.indexOf(`${h(20)}0`)), 1);
      assert.strictEqual(pageOfOffset(l, text.indexOf(`${h(20)}39`)), 2);
    });

    it('lays out a table row by row, a row never split, its height its tallest cell', () => {
      const text = ['报告', '| 项目 | 完成情况 |', '| --- | --- |', `| 学习 | ${h(20)} |`].join('\n');
      const rows = allLines(layout(text)).filter((x) => x.kind === 'table-row');
      assert.strictEqual(rows[0].table!.header, true);
      assert.strictEqual(rows[0].runs[0].font, 'tableHeader');
      // two columns of 13.5 cells: 20 characters take 2 lines
      assert.deepStrictEqual(rows.slice(1).map((r) => r.table!.cells.map((c) => c.runs.map((x) => x.text).join(''))), [
        ['学习', h(13)], ['', h(20).slice(13)],
      ]);
      assert.strictEqual(rows[1].table!.rowLines, 2);
      assert.strictEqual(rows[1].sourceLine, 3);
    });
  });

  describe('字数', () => {
    it('counts CJK characters and full-width marks one each, and each Latin word or number one', () => {
      assert.strictEqual(countCharacters('2023年度工作，Excel表格 3.5%'), 10);
      assert.strictEqual(countCharacters('  \n'), 0);
      assert.strictEqual(countCharacters('“两个维护”'), 6);
    });

    it('counts the report as printed, without front matter, ** marks or table pipes', () => {
      const text = ['---', 'genre: 述职报告', '---', '# 述职', '一、**学习**情况', '| 甲 | 乙 |'].join('\n');
      assert.strictEqual(countReportCharacters(parseReport(text)), 2 + 2 + 4 + 2);
    });
  });
});
