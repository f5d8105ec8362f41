import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { looksLikeReport } from '../../src/core';

const samplePath = path.resolve(__dirname, '../../../../shared/samples/2023-qmczd-shuzhi-template.txt');
const fixtures = path.resolve(__dirname, '../../../test/fixtures/reports');

describe('looksLikeReport', () => {
  it('recognises the template from a document site', () => {
    assert.strictEqual(looksLikeReport(fs.readFileSync(samplePath, 'utf8')), true);
  });

  it('recognises a report written in this project', () => {
    assert.strictEqual(looksLikeReport(fs.readFileSync(path.join(fixtures, 'shuzhi-2024.txt'), 'utf8')), true);
  });

  it('recognises Markdown-prefixed headings and CRLF', () => {
    assert.strictEqual(looksLikeReport('# 2024年工作总结\r\n\r\n## 一、主要成效\r\n正文。\r\n## 二、存在问题\r\n正文。'), true);
  });

  it('recognises front matter naming a genre', () => {
    assert.strictEqual(looksLikeReport('---\ngenre: 述责述廉\n---\n草稿'), true);
  });

  const negatives: [string, string][] = [
    ['an empty document', ''],
    ['English Markdown', '# Project\n\n## 1. Install\n\nRun `npm install`.\n\n## 2. Use\n\nSee [docs](x.md).'],
    ['Chinese notes with a code block and links', '# 学习笔记\n一、安装\n```bash\nnpm i\n```\n二、使用\n见[文档](a.md)和[示例](b.md)。\n- 列表项'],
    ['a plain text list', '购物清单\n牛奶\n面包\n鸡蛋'],
    ['a single level-1 heading', '通知\n一、时间安排\n下周一上午。'],
    ['headings that do not start at one', '说明\n三、费用\n四、其他'],
    ['a text that starts with a heading', '一、背景\n二、目标\n三、计划'],
    ['a log file', '2024-01-01 12:00:00 INFO started\n2024-01-01 12:00:01 INFO ok'],
  ];
  for (const [name, text] of negatives) {
    it(`leaves ${name} alone`, () => assert.strictEqual(looksLikeReport(text), false));
  }
});
