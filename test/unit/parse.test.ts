import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { LineContents, lineContents } from '../../src/core/parse';
import { Block, enumerationsOf, HeadingBlock, parseReport, ReportModel, textOf, titleText } from '../../src/core';

const fixtures = path.resolve(__dirname, '../../../test/fixtures/reports');
const samplePath = path.resolve(__dirname, '../../../../shared/samples/2023-qmczd-shuzhi-template.txt');

const text = (m: ReportModel, s: { start: number; end: number } | undefined) => (s ? textOf(m, s) : undefined);
/** The enumerations found in a block of the model. */
const enumerationsIn = (m: ReportModel, block: Block) => enumerationsOf(m)[m.blocks.indexOf(block)];
const headingSummary = (m: ReportModel) => m.headings.map((h) => `${h.level}:${h.marker.number}:${h.marker.text}`);

describe('parseReport', () => {
  describe('on a complete report', () => {
    const source = fs.readFileSync(path.join(fixtures, 'shuzhi-2024.txt'), 'utf8');
    const m = parseReport(source);

    it('finds title, subtitle and salutation', () => {
      assert.strictEqual(text(m, m.title?.content), '2024年度个人述职报告');
      assert.strictEqual(text(m, m.subtitle?.content), '——在区教育局领导班子述职会上');
      assert.strictEqual(m.blocks[2].kind, 'salutation');
    });

    it('takes the paragraphs before the first heading as the opening', () => {
      assert.strictEqual(m.opening.length, 1);
      assert.ok(text(m, m.opening[0].content)!.endsWith('报告如下。'));
    });

    it('recognises the four heading levels with their numbers', () => {
      assert.deepStrictEqual(headingSummary(m), [
        '1:1:一、', '1:2:二、', '2:1:（一）', '2:2:（二）', '3:1:1.', '3:2:2.', '4:1:（1）', '4:2:（2）', '1:3:三、', '1:4:四、', '1:5:五、',
      ]);
      assert.ok(m.headings.every((h) => h.marker.wellFormed));
    });

    it('splits a run-in heading into heading sentence and body', () => {
      const runIn = m.headings[2];
      assert.strictEqual(text(m, runIn.headingText), '抓好基础教育质量提升。');
      assert.strictEqual(text(m, runIn.body), '组织全区教学质量分析会3次，指导薄弱学校制定提升方案。');
      const standalone = m.headings[3];
      assert.strictEqual(text(m, standalone.headingText), '推进校园安全管理');
      assert.strictEqual(standalone.body, undefined);
    });

    it('finds enumerations of each family', () => {
      const lian = m.blocks.find((b) => enumerationsIn(m, b).some((e) => e.family === 'shi'))!;
      assert.deepStrictEqual(enumerationsIn(m, lian).map((e) => e.text), ['一是', '二是', '三是']);
      const plan = m.blocks.find((b) => enumerationsIn(m, b).some((e) => e.family === 'sequence'))!;
      assert.deepStrictEqual(enumerationsIn(m, plan).map((e) => [e.text, e.number]), [['首先', 1], ['其次', 2], ['最后', 0]]);
    });

    it('finds enumerations within one block of prose only', () => {
      const doc = parseReport([
        '关于某项工作的报告',
        '一、抓学习，一是读原著',
        '工作中唯一是短板的是宣传。其中第一',
        '是关键。',
        '| 一是 | 二是 |',
        '<!-- 一是 -->',
        '二是抓落实。',
      ].join('\n'));
      const found = enumerationsOf(doc).map((list) => list.map((e) => e.text));
      // after the heading's marker; 唯一是 is no marker; 一 and 是 on two lines are none; tables and comments hold none
      assert.deepStrictEqual(found, [[], ['一是'], [], [], [], [], ['二是']]);
    });

    it('finds the closing sentence, signature and date', () => {
      assert.strictEqual(text(m, m.closing?.content), '以上述职，请予评议。');
      assert.strictEqual(text(m, m.signature?.content), '述职人：王某');
      assert.strictEqual(text(m, m.date?.content), '2025年1月10日');
    });

    it('finds a date typed with 号, dots, dashes or slashes, and the closing before it', () => {
      // and a date left blank to fill in (the placeholder rule reports it)
      for (const date of ['2025年1月10号', '2025.1.10', '2025-01-10', '2025/1/10', '２０２５．１．１０', '　　年　月　日', '2025年  月  日']) {
        const dated = parseReport(['关于某项工作的述职报告', '一、主要做法', '做了工作。', '以上述职，请予评议。', '述职人：王某', date].join('\n'));
        // (the blanks that open a line are its indentation)
        assert.strictEqual(text(dated, dated.date?.content), date.trim());
        assert.strictEqual(text(dated, dated.signature?.content), '述职人：王某');
        assert.strictEqual(text(dated, dated.closing?.content), '以上述职，请予评议。');
      }
      // a 附注 under the date (GB/T 9704 7.3.6) stays a paragraph after it
      for (const note of ['（此件公开发布）', '（联系人：王芳，电话：0571-87654321）']) {
        const noted = parseReport(['关于某项工作的述职报告', '一、主要做法', '做了工作。', '以上述职，请予评议。', '述职人：王某', '2025年1月10日', note].join('\n'));
        assert.strictEqual(text(noted, noted.date?.content), '2025年1月10日');
        assert.strictEqual(text(noted, noted.signature?.content), '述职人：王某');
        assert.strictEqual(text(noted, noted.closing?.content), '以上述职，请予评议。');
        assert.strictEqual(noted.blocks[noted.blocks.length - 1].kind, 'paragraph');
      }
      // a report read aloud thanks its listeners after the closing sentence, on a line of its own
      for (const thanks of ['谢谢大家！', '谢谢！', '感谢各位的聆听。']) {
        const thanked = parseReport(['关于某项工作的述职报告', '一、主要做法', '做了工作。', '以上述职，请予评议。', thanks, '述职人：王某', '2025年1月10日'].join('\n'));
        assert.strictEqual(text(thanked, thanked.closing?.content), '以上述职，请予评议。');
        assert.strictEqual(text(thanked, thanked.signature?.content), '述职人：王某');
        assert.strictEqual(thanked.blocks[4].kind, 'paragraph');
      }
      // thanks alone are no closing sentence
      const onlyThanks = parseReport(['关于某项工作的述职报告', '一、主要做法', '做了工作。', '谢谢大家！', '述职人：王某', '2025年1月10日'].join('\n'));
      assert.strictEqual(onlyThanks.closing, undefined);
      // a 落款 on two lines: the unit or post right above the name
      for (const upper of ['县发展和改革局党组书记、局长', '中共某某县委组织部']) {
        const two = parseReport(['关于某项工作的报告', '一、主要做法', '做了工作。', '以上报告，请审阅。', upper, '王明', '2025年1月10日'].join('\n'));
        assert.strictEqual(text(two, two.signature?.content), upper);
        assert.strictEqual(text(two, two.signatureContinuation?.content), '王明');
        assert.strictEqual(text(two, two.closing?.content), '以上报告，请审阅。');
      }
      // the line above a label (述职人：), or a body line, is no part of it
      for (const lines of [['县财政局党组书记', '述职人：王明'], ['抓好各项任务落实', '王明'], ['走访12个乡镇，覆盖全县各村', '王明']]) {
        const one = parseReport(['关于某项工作的报告', '一、主要做法', '做了工作。', ...lines, '2025年1月10日'].join('\n'));
        assert.strictEqual(text(one, one.signature?.content), lines[1]);
        assert.strictEqual(one.signatureContinuation, undefined);
      }
      // separators mixed in one date make no date
      const mixed = parseReport(['关于某项工作的述职报告', '一、主要做法', '做了工作。', '2025.1-10'].join('\n'));
      assert.strictEqual(mixed.date, undefined);
    });
  });

  describe('on the template from a document site', () => {
    const source = fs.readFileSync(samplePath, 'utf8');
    const m = parseReport(source);

    it('has the title, three level-1 sections and run-in level-2 headings', () => {
      assert.ok(text(m, m.title?.content)!.endsWith('述职报告'));
      assert.deepStrictEqual(m.headings.filter((h) => h.level === 1).map((h) => h.marker.number), [1, 2, 3]);
      const level2 = m.headings.filter((h) => h.level === 2);
      assert.strictEqual(level2.length, 7);
      assert.ok(level2.every((h) => h.body !== undefined && textOf(m, h.headingText).endsWith('。')));
    });

    it('keeps the paid marker line as a paragraph of its own', () => {
      const last = m.blocks[m.blocks.length - 1];
      assert.strictEqual(textOf(m, last.content), '##paidend##');
      assert.strictEqual(last.markupPrefix, undefined);
    });
  });

  describe('a title broken over two lines', () => {
    it('reads both lines as the title when the second, right under the first, ends in the report’s name', () => {
      const m = parseReport(['县发展和改革局党组书记、局长', '2025年度民主生活会个人对照检查材料', '现将情况报告如下。', '一、存在的问题'].join('\n'));
      assert.strictEqual(textOf(m, m.title!.content), '县发展和改革局党组书记、局长');
      assert.strictEqual(textOf(m, m.titleContinuation!.content), '2025年度民主生活会个人对照检查材料');
      assert.deepStrictEqual(m.blocks.slice(0, 3).map((b) => b.kind), ['title', 'title', 'paragraph']);
      assert.strictEqual(m.opening.length, 1);
      assert.strictEqual(titleText(m), '县发展和改革局党组书记、局长2025年度民主生活会个人对照检查材料');
      const summary = parseReport(['中共青山镇委员会', '2025年工作总结和2026年工作计划', '——在全镇工作会议上', '一、主要工作'].join('\n'));
      assert.ok(summary.titleContinuation);
      assert.strictEqual(textOf(summary, summary.subtitle!.content), '——在全镇工作会议上');
    });

    it('leaves a byline, a subtitle, an opening sentence and a line after a blank one as they are', () => {
      const cases = [
        ['2025年度述职报告', '区政府副区长　郑晓峰'],
        ['2025年度述职报告', '——城东中学校长2025年度述职报告'],
        ['2025年度工作总结', '现将情况报告如下，请予审议。'],
        ['县发展和改革局党组书记、局长', '', '2025年度民主生活会个人对照检查材料'],
        ['尊敬的各位领导：', '2025年度个人述职报告'],
      ];
      for (const lines of cases) {
        const m = parseReport([...lines, '一、主要工作'].join('\n'));
        assert.strictEqual(m.titleContinuation, undefined, lines.join('|'));
      }
    });
  });

  describe('Markdown bold headings', () => {
    it('reads a whole line in bold holding a numbering marker as a heading, the marks as markup', () => {
      const m = parseReport(['关于某项工作的报告', '**一、总体情况**', '**（一）加强学习 **', '##  **1.完善制度**', '做了工作。'].join('\n'));
      assert.deepStrictEqual(headingSummary(m), ['1:1:一、', '2:1:（一）', '3:1:1.']);
      assert.deepStrictEqual(m.headings.map((h) => textOf(m, h.content)), ['一、总体情况', '（一）加强学习', '1.完善制度']);
      assert.deepStrictEqual(m.headings.map((h) => textOf(m, h.headingText)), ['总体情况', '加强学习', '完善制度']);
      assert.deepStrictEqual(m.headings.map((h) => textOf(m, h.markupPrefix!)), ['**', '**', '##  **']);
    });

    it('reads a run-in heading sentence in bold as the heading, the closing marks as markup before its body', () => {
      const lines = ['**（一）强化主体责任。**认真履行职责。', '- **1.完善制度** 建立制度5项。', '**（二）压实责任**。全年约谈12人次。'];
      const m = parseReport(['关于某项工作的报告', '一、主要做法', ...lines].join('\n'));
      assert.deepStrictEqual(headingSummary(m), ['1:1:一、', '2:1:（一）', '3:1:1.', '2:2:（二）']);
      const [, first, second, third] = m.headings;
      assert.deepStrictEqual([first, second, third].map((h) => [textOf(m, h.headingText), textOf(m, h.body!), textOf(m, h.innerMarkup!)]), [
        ['强化主体责任。', '认真履行职责。', '**'], ['完善制度', '建立制度5项。', '**'], ['压实责任', '全年约谈12人次。', '**'],
      ]);
      assert.deepStrictEqual([first, second, third].map((h) => textOf(m, h.markupPrefix!)), ['**', '- **', '**']);
      assert.strictEqual(textOf(m, first.content), '（一）强化主体责任。**认真履行职责。');
    });

    it('leaves bold paragraphs and bold that holds no more than the marker as written', () => {
      const lines = ['**注意事项**', '**一是加强学习。**全年学习12次。', '**一、**总体**情况**', '**1.**加强学习。', '**1.完善制度**，建立制度5项。', '****'];
      const m = parseReport(['关于某项工作的报告', ...lines].join('\n'));
      assert.strictEqual(m.headings.length, 0);
      assert.deepStrictEqual(m.blocks.slice(1).map((b) => textOf(m, b.content)), lines);
    });
  });

  describe('emoji a content site set before a heading', () => {
    it('hide no heading: the heading starts at its marker, the emoji kept apart', () => {
      const m = parseReport(['关于某项工作的报告', '📌一、总体情况', '✅ （一）加强学习', '👍🏻❤️1.完善制度', '## 🔥二、存在问题', '做了工作。'].join('\n'));
      assert.deepStrictEqual(headingSummary(m), ['1:1:一、', '2:1:（一）', '3:1:1.', '1:2:二、']);
      assert.deepStrictEqual(m.headings.map((h) => textOf(m, h.content)), ['一、总体情况', '（一）加强学习', '1.完善制度', '二、存在问题']);
      assert.deepStrictEqual(m.headings.map((h) => textOf(m, h.markupPrefix!)), ['📌', '✅ ', '👍🏻❤️', '## 🔥']);
    });

    it('before a paragraph stay its text; circled numbers are markers, not emoji', () => {
      const lines = ['📌重点工作有序推进。', '✅完成任务12项。', '▶一、符号不是表情'];
      const m = parseReport(['关于某项工作的报告', ...lines, '①完善台账'].join('\n'));
      // (▶ without U+FE0F shows as a symbol, which the site-residue rule leaves alone: it stays text)
      assert.deepStrictEqual(m.blocks.slice(1, 4).map((b) => [b.kind, textOf(m, b.content), b.markupPrefix]), lines.map((l) => ['paragraph', l, undefined]));
      assert.deepStrictEqual(headingSummary(m), ['5:1:①']);
    });
  });

  describe('Markdown list items', () => {
    it('are paragraphs of their own, the bullet kept apart as markup', () => {
      const m = parseReport(['关于某项工作的报告', '三、存在的问题', '- 一是调研不够深入。', '* 二是督查不够经常。', '+   三是宣传不够到位。', '-3.5℃的低温天气影响施工。', '- 4 -'].join('\n'));
      const items = m.blocks.slice(2, 5);
      assert.deepStrictEqual(items.map((b) => b.kind), ['paragraph', 'paragraph', 'paragraph']);
      assert.deepStrictEqual(items.map((b) => textOf(m, b.content)), ['一是调研不够深入。', '二是督查不够经常。', '三是宣传不够到位。']);
      assert.deepStrictEqual(items.map((b) => textOf(m, b.markupPrefix!)), ['- ', '* ', '+   ']);
      assert.deepStrictEqual(enumerationsIn(m, items[0]).map((e) => e.text), ['一是']);
      // a minus sign before a number is text
      assert.strictEqual(textOf(m, m.blocks[5].content), '-3.5℃的低温天气影响施工。');
      assert.strictEqual(m.blocks[5].markupPrefix, undefined);
    });
  });

  describe('marker forms', () => {
    const cases: [string, number, string, number, boolean][] = [
      ['一、总体情况', 1, '一、', 1, true],
      ['十二、其他', 1, '十二、', 12, true],
      ['三、2025年工作打算', 1, '三、', 3, true],
      ['一.总体情况', 1, '一.', 1, false],
      ['一，总体情况', 1, '一，', 1, false],
      ['一：总体情况', 1, '一：', 1, false],
      ['（一）工作成效', 2, '（一）', 1, true],
      ['(一)工作成效', 2, '(一)', 1, false],
      ['（一）、工作成效', 2, '（一）、', 1, false],
      ['（十一）工作成效', 2, '（十一）', 11, true],
      ['1.加强学习', 3, '1.', 1, true],
      ['1．加强学习', 3, '1．', 1, true],
      ['1、加强学习', 3, '1、', 1, false],
      ['（1）开展检查', 4, '（1）', 1, true],
      ['(1)开展检查', 4, '(1)', 1, false],
      ['（1）、开展检查', 4, '（1）、', 1, false],
      ['①制度建设', 5, '①', 1, true],
      ['②、制度建设', 5, '②、', 2, false],
    ];
    for (const [line, level, marker, number, wellFormed] of cases) {
      it(`reads ${line}`, () => {
        const m = parseReport(`标题\n${line}`);
        const h = m.headings[0] as HeadingBlock;
        assert.ok(h, `no heading in ${line}`);
        assert.deepStrictEqual([h.level, h.marker.text, h.marker.number, h.marker.wellFormed], [level, marker, number, wellFormed]);
      });
    }

    for (const line of ['2023年完成投资1.5亿元。', '10.5万元用于设备更新。', '十分重视安全工作。', '一是加强学习。', '一些同志认识不足。', '1000余人参加培训。', '三、四月份完成验收。']) {
      it(`does not take "${line}" for a heading`, () => {
        assert.strictEqual(parseReport(`标题\n${line}`).headings.length, 0);
      });
    }

    it('notes a space after the marker', () => {
      const m = parseReport('标题\n一、 总体情况');
      assert.strictEqual(text(m, m.headings[0].marker.trailingSpace), ' ');
      assert.strictEqual(text(m, m.headings[0].headingText), '总体情况');
    });

    it('strips a Markdown # prefix', () => {
      const m = parseReport('# 2024年工作总结\n## 一、主要成效\n###（一）项目建设');
      assert.strictEqual(text(m, m.title?.content), '2024年工作总结');
      assert.deepStrictEqual(headingSummary(m), ['1:1:一、', '2:1:（一）']);
    });
  });

  describe('edge cases', () => {
    it('gives an empty model for an empty document', () => {
      const m = parseReport('');
      assert.strictEqual(m.blocks.length, 0);
      assert.strictEqual(m.title, undefined);
    });

    it('has no title when the first line is a heading', () => {
      const m = parseReport('一、基本情况\n正文。');
      assert.strictEqual(m.title, undefined);
      assert.strictEqual(m.headings.length, 1);
    });

    it('keeps offsets into the original text with a BOM and CRLF', () => {
      const source = '\uFEFF工作总结\r\n一、主要成效\r\n\r\n（一）完成任务。全年完成X项。\r\n';
      const m = parseReport(source);
      assert.strictEqual(text(m, m.title?.content), '工作总结');
      const h = m.headings[1];
      assert.strictEqual(text(m, h.body), '全年完成X项。');
      assert.strictEqual(source.slice(h.span.start, h.span.end), '（一）完成任务。全年完成X项。');
    });

    it('treats every non-empty line as a paragraph and skips indentation', () => {
      const m = parseReport('标题\n\u3000\u3000第一段。\n   第二段。  \n');
      assert.deepStrictEqual(m.blocks.slice(1).map((b) => textOf(m, b.content)), ['第一段。', '第二段。']);
    });

    it('reads YAML front matter', () => {
      const m = parseReport('---\ngenre: shuzhi\nauthor: 张某\ndate: 2024-01-15\n---\n述职报告\n一、工作');
      assert.strictEqual(m.frontMatter?.data.genre, 'shuzhi');
      assert.strictEqual(text(m, m.title?.content), '述职报告');
      assert.strictEqual(m.frontMatter?.error, undefined);
    });

    it('reports broken front matter without failing', () => {
      const m = parseReport('---\ngenre: [unclosed\n---\n述职报告');
      assert.ok(m.frontMatter?.error);
      assert.strictEqual(text(m, m.title?.content), '述职报告');
    });

    it('parses pipe tables into rows and cells', () => {
      const m = parseReport('标题\n| 项目 | 完成 |\n| --- | --- |\n| 培训 | 3次 |\n正文。');
      const table = m.blocks[1];
      assert.strictEqual(table.kind, 'table');
      if (table.kind !== 'table') return;
      assert.strictEqual(table.hasHeader, true);
      assert.deepStrictEqual(table.rows.map((r) => r.map((c) => textOf(m, c))), [['项目', '完成'], ['培训', '3次']]);
    });

    it('finds the attachment note before the signature', () => {
      const m = parseReport('标题\n一、情况\n正文。\n特此报告。\n附件：1.工作台账\n2.问题清单\n某某局\n2024年3月1日');
      assert.deepStrictEqual(m.attachments.map((b) => textOf(m, b.content)), ['附件：1.工作台账', '2.问题清单']);
      assert.strictEqual(text(m, m.closing?.content), '特此报告。');
      assert.strictEqual(text(m, m.signature?.content), '某某局');
    });

    it('parses a million characters of plain paragraphs', () => {
      // enumeration search once ran to the end of the document from every line: quadratic
      const m = parseReport('标题\n' + '认真落实各项工作要求，推动任务完成。\n'.repeat(55_000));
      assert.strictEqual(m.blocks.length, 55_001);
      assert.ok(enumerationsOf(m).every((list) => list.length === 0));
    });

    it('parses a line of 200,000 characters', () => {
      const m = parseReport('标题\n' + '一是加强学习，'.repeat(30000));
      assert.strictEqual(m.blocks.length, 2);
      assert.strictEqual(enumerationsIn(m, m.blocks[1]).length, 30000);
    });
  });

  describe('line contents', () => {
    /** The contents as plain lists, to compare. */
    const plain = (c: LineContents) => ({
      ends: [...c.ends], starts: [...c.contentStarts], contentEnds: [...c.contentEnds], first: [...c.firstCodes], last: [...c.lastCodes],
    });

    it('notes each line\'s end, trimmed content and its first and last code', () => {
      const m = parseReport('---\ngenre: 述职\n---\n  一、总体情况 \r\n\r\n| a | b |\n|---|---|\n\t正文。\r末行');
      const c = lineContents(m);
      const lines = m.lineStarts.map((start, i) => m.text.slice(c.contentStarts[i], c.contentEnds[i]));
      assert.deepStrictEqual(lines, ['---', 'genre: 述职', '---', '一、总体情况', '', '| a | b |', '|---|---|', '正文。', '末行']);
      assert.strictEqual(c.ends[3], m.text.indexOf('\r\n'));
      assert.strictEqual(String.fromCharCode(c.firstCodes[3], c.lastCodes[3]), '一况');
      assert.strictEqual(c.firstCodes[4], 0);
    });

    it('are what reading the text again gives, for any text', () => {
      const piece = fc.constantFrom('一、', '（一）', '| x |', '|---|', '---', '# ', '- ', '**', '正文。', ' ', '\t', '\u3000', '\n', '\r\n', '\r', '\ufeff', '<!-- c -->');
      fc.assert(fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (t) => {
        const m = parseReport(t);
        // a copy of the model carries none of what was derived from it: its contents are read from the text
        assert.deepStrictEqual(plain(lineContents(m)), plain(lineContents({ ...m })));
      }), { numRuns: 500 });
    });
  });
});
