import * as assert from 'assert';
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';
import { parseReport } from '../../src/core/parse';
import { placeholderRule } from '../../src/core/rules/placeholder';
import { siteResidueRule } from '../../src/core/rules/siteResidue';

// The grammar and configuration as VS Code loads them, tokenized by the same engine VS Code uses.
const root = path.resolve(__dirname, '../../..');
const GRAMMAR_PATH = path.join(root, 'syntaxes/gongwen.tmLanguage.json');
const CONFIG_PATH = path.join(root, 'language-configuration.json');

/** Stands in for VS Code's built-in YAML grammar, which is not a dependency of this project. */
const YAML_STUB = JSON.stringify({
  scopeName: 'source.yaml',
  patterns: [{ match: '^\\s*([\\w-]+)(:)', captures: { 1: { name: 'entity.name.tag.yaml.stub' }, 2: { name: 'punctuation.separator.yaml.stub' } } }],
});

interface Token {
  text: string;
  start: number;
  end: number;
  scopes: string[];
}

let onigLib: Promise<vsctm.IOnigLib> | undefined;

function loadOnigLib(): Promise<vsctm.IOnigLib> {
  onigLib ??= oniguruma
    .loadWASM(fs.readFileSync(path.join(root, 'node_modules/vscode-oniguruma/release/onig.wasm')))
    .then(() => ({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }));
  return onigLib;
}

async function loadGongwen(withYaml: boolean): Promise<vsctm.IGrammar> {
  const registry = new vsctm.Registry({
    onigLib: loadOnigLib(),
    loadGrammar: async (scopeName) => {
      if (scopeName === 'text.gongwen') return vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH);
      if (scopeName === 'source.yaml' && withYaml) return vsctm.parseRawGrammar(YAML_STUB, 'yaml.json');
      return null;
    },
  });
  const grammar = await registry.loadGrammar('text.gongwen');
  assert.ok(grammar, 'the grammar loads');
  return grammar;
}

function tokenizeWith(grammar: vsctm.IGrammar, doc: string): Token[][] {
  let state: vsctm.StateStack = vsctm.INITIAL;
  return doc.split('\n').map((line) => {
    const result = grammar.tokenizeLine(line, state);
    assert.strictEqual(result.stoppedEarly, false);
    state = result.ruleStack;
    return result.tokens.map((t) => ({ text: line.slice(t.startIndex, t.endIndex), start: t.startIndex, end: t.endIndex, scopes: t.scopes }));
  });
}

function has(token: Token | undefined, scope: string): boolean {
  return !!token && token.scopes.some((s) => s === scope || s.startsWith(`${scope}.`));
}

function rangeOf(tokens: Token[], needle: string, nth: number): { start: number; end: number } {
  const line = tokens.map((t) => t.text).join('');
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = line.indexOf(needle, start + 1);
    assert.ok(start >= 0, `"${needle}" (#${nth}) occurs in line "${line}"`);
  }
  return { start, end: start + needle.length };
}

/** Document-offset spans of runs of tokens carrying `scope`. */
function scopedSpans(lines: Token[][], scope: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let lineStart = 0;
  for (const tokens of lines) {
    for (let i = 0; i < tokens.length; i++) {
      if (!has(tokens[i], scope) || has(tokens[i - 1], scope)) continue;
      let j = i;
      while (has(tokens[j + 1], scope)) j++;
      spans.push({ start: lineStart + tokens[i].start, end: lineStart + tokens[j].end });
    }
    lineStart += tokens.map((t) => t.text).join('').length + 1;
  }
  return spans;
}

function describeTokens(tokens: Token[]): string {
  return tokens.map((t) => `[${t.text}]{${t.scopes.slice(1).join(' ')}}`).join(' ');
}

/** `needle` (its nth occurrence) carries `scope` throughout; its neighbours may too. */
function assertCovered(lines: Token[][], line: number, needle: string, scope: string, nth = 0): void {
  const tokens = lines[line];
  const { start, end } = rangeOf(tokens, needle, nth);
  const inside = tokens.filter((t) => t.end > start && t.start < end);
  assert.ok(inside.every((t) => has(t, scope)), `"${needle}" should be ${scope}: ${describeTokens(tokens)}`);
}

/** `needle` (its nth occurrence) carries `scope` throughout, and the characters around it do not. */
function assertScoped(lines: Token[][], line: number, needle: string, scope: string, nth = 0): void {
  assertCovered(lines, line, needle, scope, nth);
  const tokens = lines[line];
  const { start, end } = rangeOf(tokens, needle, nth);
  const before = tokens.find((t) => t.start < start && t.end >= start);
  const after = tokens.find((t) => t.start <= end && t.end > end);
  assert.ok(!has(before, scope) && !has(after, scope), `only "${needle}" should be ${scope}: ${describeTokens(tokens)}`);
}

function assertNotScoped(lines: Token[][], line: number, needle: string, scope: string, nth = 0): void {
  const tokens = lines[line];
  const { start, end } = rangeOf(tokens, needle, nth);
  const hit = tokens.filter((t) => t.end > start && t.start < end && has(t, scope));
  assert.deepStrictEqual(hit.map((t) => t.text), [], `"${needle}" should not be ${scope}: ${describeTokens(tokens)}`);
}

const TITLE = 'markup.heading.title.gongwen';
const SUBTITLE = 'markup.heading.subtitle.gongwen';
const SECTION = 'entity.name.section.gongwen';
const MARKER = 'punctuation.definition.heading.gongwen';
const ENUM = 'keyword.other.enumeration.gongwen';
const PLACEHOLDER = 'invalid.deprecated.placeholder.gongwen';
const RESIDUE = 'invalid.illegal.residue.gongwen';
const DATE = 'constant.numeric.date.gongwen';
const BOLD = 'markup.bold.gongwen';
const COMMENT = 'comment.block.gongwen';
const TABLE = 'markup.table.gongwen';
const heading = (level: number) => `markup.heading.${level}.gongwen`;

describe('gongwen grammar', () => {
  let grammar: vsctm.IGrammar;
  let tokenize: (doc: string) => Token[][];

  before(async () => {
    grammar = await loadGongwen(true);
    tokenize = (doc) => tokenizeWith(grammar, doc);
  });

  it('is the grammar package.json contributes for the gongwen language', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const contributed = manifest.contributes.grammars.find((g: { language?: string }) => g.language === 'gongwen');
    assert.strictEqual(path.resolve(root, contributed.path), GRAMMAR_PATH);
    assert.strictEqual(contributed.scopeName, JSON.parse(fs.readFileSync(GRAMMAR_PATH, 'utf8')).scopeName);
    assert.strictEqual(grammar.tokenizeLine('', vsctm.INITIAL).tokens[0].scopes[0], 'text.gongwen');
  });

  describe('title and subtitle', () => {
    it('scopes the first line as the title and a dash line right after it as the subtitle', () => {
      const lines = tokenize([
        '2024年度XX街道党工委书记抓基层党建工作述职报告',
        '——在街道党建工作述职评议会上的发言',
        '按照区委组织部的通知要求，现将履职情况报告如下。',
        '——以上是我的发言提纲',
      ].join('\n'));
      assertScoped(lines, 0, '2024年度XX街道党工委书记抓基层党建工作述职报告', TITLE);
      assertScoped(lines, 0, 'XX', PLACEHOLDER);
      assertScoped(lines, 0, '2024年', DATE);
      assertScoped(lines, 1, '——在街道党建工作述职评议会上的发言', SUBTITLE);
      assertNotScoped(lines, 2, '按照区委组织部', TITLE);
      assertNotScoped(lines, 3, '——以上是我的发言提纲', SUBTITLE);
    });

    it('takes a leading "# " off the title and keeps the marker apart', () => {
      const lines = tokenize('# 关于落实全面从严治党主体责任情况的报告\n正文。');
      assertScoped(lines, 0, '#', MARKER);
      assertScoped(lines, 0, '关于落实全面从严治党主体责任情况的报告', TITLE);
      assertNotScoped(lines, 1, '正文', TITLE);
    });

    it('finds the title after front matter, blank lines and a comment, as the model does', () => {
      const lines = tokenize([
        '---',
        'genre: 述职报告',
        '一、这一行属于元数据',
        '---',
        '',
        '<!-- report-author-disable-next-line placeholder -->',
        'XX同志2024年度述责述廉报告',
        '——副题紧随标题',
        '一、履职情况',
      ].join('\n'));
      assertNotScoped(lines, 2, '一、这一行属于元数据', heading(1));
      assertNotScoped(lines, 2, '一、这一行属于元数据', TITLE);
      assertScoped(lines, 6, 'XX同志2024年度述责述廉报告', TITLE);
      assertScoped(lines, 7, '——副题紧随标题', SUBTITLE);
      assertScoped(lines, 8, '履职情况', SECTION);
    });

    it('gives a blank-first document its title on the first non-blank line', () => {
      const lines = tokenize('\n\n年度个人工作总结\n今年以来，我认真履行岗位职责。');
      assertScoped(lines, 2, '年度个人工作总结', TITLE);
      assertNotScoped(lines, 3, '今年以来', TITLE);
    });

    it('has no title when the document starts with a heading, a table or a date', () => {
      for (const first of ['一、基本情况', '（一）思想建设', '| 项目 | 数量 |', '2024年1月15日']) {
        const lines = tokenize(`${first}\n第二行是正文。`);
        assertNotScoped(lines, 0, first, TITLE);
        assertNotScoped(lines, 1, '第二行是正文', TITLE);
      }
      const afterFrontMatter = tokenize('---\nunit: 某局\n---\n一、基本情况\n第二行是正文。');
      assertCovered(afterFrontMatter, 3, '一、', heading(1));
      assertNotScoped(afterFrontMatter, 4, '第二行是正文', TITLE);
    });
  });

  describe('headings', () => {
    const cases: [line: string, marker: string, text: string, level: number][] = [
      ['一、履行管党治党责任情况', '一、', '履行管党治党责任情况', 1],
      ['十二、其他需要说明的事项', '十二、', '其他需要说明的事项', 1],
      ['二.存在的突出问题', '二.', '存在的突出问题', 1],
      ['三，下一步工作打算', '三，', '下一步工作打算', 1],
      ['四：整改落实情况', '四：', '整改落实情况', 1],
      ['（一）强化政治引领', '（一）', '强化政治引领', 2],
      ['(二)压实工作责任', '(二)', '压实工作责任', 2],
      ['（三）、健全制度机制', '（三）、', '健全制度机制', 2],
      ['1.坚持理论武装', '1.', '坚持理论武装', 3],
      ['2．抓实专题研讨', '2．', '抓实专题研讨', 3],
      ['3、开展警示教育', '3、', '开展警示教育', 3],
      ['（1）落实“三会一课”制度', '（1）', '落实“三会一课”制度', 4],
      ['(2)规范组织生活', '(2)', '规范组织生活', 4],
      ['①完善学习台账', '①', '完善学习台账', 5],
      ['## 二、存在的问题', '二、', '存在的问题', 1],
      ['\u3000\u3000（二）在担当作为方面', '（二）', '在担当作为方面', 2],
      ['\t1. 加强作风建设', '1.', '加强作风建设', 3],
    ];
    for (const [line, marker, text, level] of cases) {
      it(`"${line.trim()}" is a level-${level} heading`, () => {
        const lines = tokenize(`标题\n${line}`);
        assertScoped(lines, 1, marker, MARKER);
        assertScoped(lines, 1, text, SECTION);
        const tokens = lines[1].filter((t) => t.end > rangeOf(lines[1], marker, 0).start);
        assert.ok(tokens.every((t) => has(t, heading(level))), describeTokens(lines[1]));
        for (const other of [1, 2, 3, 4, 5].filter((l) => l !== level)) {
          assert.ok(lines[1].every((t) => !has(t, heading(other))), describeTokens(lines[1]));
        }
      });
    }

    it('marks the hash prefix of a Markdown-style heading as part of the heading', () => {
      const lines = tokenize('标题\n## 二、存在的问题');
      assertScoped(lines, 1, '##', MARKER);
      assertCovered(lines, 1, '##', heading(1));
    });

    it('reads a heading set in bold as a whole line as a heading, its marks as markup', () => {
      const lines = tokenize('标题\n**一、总体情况**\n** （二）加强学习 **\n## **3.健全制度**\n**一、总体情况。**今年以来，工作有序推进。\n**注意**：按时报送。');
      assertScoped(lines, 1, '一、', MARKER);
      assertScoped(lines, 1, '总体情况', SECTION);
      assertCovered(lines, 1, '**一、总体情况**', heading(1));
      assertNotScoped(lines, 1, '总体情况', BOLD);
      assertScoped(lines, 2, '加强学习', SECTION);
      assertCovered(lines, 2, '** （二）加强学习 **', heading(2));
      assertScoped(lines, 3, '健全制度', SECTION);
      assertCovered(lines, 3, '## **3.健全制度**', heading(3));
      // a bold heading sentence with its body after it is a run-in heading; a bold word is no heading (as in the model)
      assertScoped(lines, 4, '总体情况。', SECTION);
      assertNotScoped(lines, 4, '今年以来', heading(1));
      assertNotScoped(lines, 5, '注意', SECTION);
    });

    it('reads a run-in heading sentence set in bold as a heading, the body after it as body', () => {
      const lines = tokenize('标题\n**（一）强化责任。**认真履行第一责任人职责。\n**1.完善制度**，建立台账。');
      assertScoped(lines, 1, '（一）', MARKER);
      assertScoped(lines, 1, '强化责任。', SECTION);
      assertCovered(lines, 1, '**（一）强化责任。**', heading(2));
      assertNotScoped(lines, 1, '认真履行', heading(2));
      // bold closed before a comma emphasises words of a sentence that goes on (as in the model)
      assertNotScoped(lines, 2, '完善制度', SECTION);
    });

    it('reads a heading with emoji before its marker as a heading, the emoji as residue', () => {
      const lines = tokenize('标题\n📌一、总体情况\n✅ （二）加强学习\n📌重点工作有序推进。');
      assertScoped(lines, 1, '📌', RESIDUE);
      assertScoped(lines, 1, '一、', MARKER);
      assertScoped(lines, 1, '总体情况', SECTION);
      assertCovered(lines, 1, '总体情况', heading(1));
      assertScoped(lines, 2, '✅', RESIDUE);
      assertScoped(lines, 2, '加强学习', SECTION);
      assertCovered(lines, 2, '加强学习', heading(2));
      // before a paragraph they stay as written (the lint rule reports them)
      assertNotScoped(lines, 3, '重点工作', SECTION);
    });

    it('splits a run-in heading: the sentence up to the first 。 is the heading, the rest is body', () => {
      const lines = tokenize('标题\n（二）压实责任链条，推动任务落地。全年召开专题会议X次，一是抓学习，二是抓督导。');
      assertScoped(lines, 1, '压实责任链条，推动任务落地。', SECTION);
      assertNotScoped(lines, 1, '全年召开专题会议', heading(2));
      assertNotScoped(lines, 1, '全年召开专题会议', SECTION);
      assertScoped(lines, 1, 'X', PLACEHOLDER);
      assertNotScoped(lines, 1, 'X', heading(2));
      assertScoped(lines, 1, '一是', ENUM);
      assertScoped(lines, 1, '二是', ENUM);
    });

    it('ends a run-in heading at ？ or ！ too, and keeps a closing quote with the heading', () => {
      const lines = tokenize('标题\n1.为什么要“回头看”？对照上年度问题逐项复核。\n2.坚持“严”字当头！”紧接着是正文。');
      assertScoped(lines, 1, '为什么要“回头看”？', SECTION);
      assertNotScoped(lines, 1, '对照上年度问题逐项复核。', SECTION);
      assertScoped(lines, 2, '坚持“严”字当头！”', SECTION);
      assertNotScoped(lines, 2, '紧接着是正文。', SECTION);
    });

    it('does not take body lines that begin with numbers or numerals for headings', () => {
      const lines = tokenize('标题\n3.5亿元专项资金已全部拨付到位。\n十分重视基层党组织建设。\n一是加强理论学习。\n2024年召开党委会12次。\n第一，提高政治站位。');
      for (let i = 1; i <= 5; i++) {
        assert.ok(lines[i].every((t) => !t.scopes.some((s) => s.startsWith('markup.heading'))), describeTokens(lines[i]));
      }
    });
  });

  describe('enumerations', () => {
    it('marks 一是/二是, 第一，/第二，, 其一，, and 首先/其次/最后 where the model finds them', () => {
      const lines = tokenize([
        '标题',
        '主要问题有：一是学习不够深入；二是调研不够扎实，三是创新不够。',
        '第一，提高政治站位。第二，压实工作责任。其一，重在落实。',
        '　　首先，统一思想；其次，细化措施；最后，严格考核。',
        '唯一是本单位的第一责任人，统一是非标准。',
      ].join('\n'));
      for (const word of ['一是', '二是', '三是']) assertScoped(lines, 1, word, ENUM);
      for (const word of ['第一', '第二', '其一']) assertScoped(lines, 2, word, ENUM);
      for (const word of ['首先', '其次', '最后']) assertScoped(lines, 3, word, ENUM);
      assertNotScoped(lines, 4, '一是', ENUM);
      assertNotScoped(lines, 4, '第一', ENUM);
      assertNotScoped(lines, 4, '一是', ENUM, 1);
    });
  });

  describe('placeholders', () => {
    const cases: [line: string, placeholder: string][] = [
      ['全年召开专题会议X次，批评教育X人。', 'X'],
      ['共开展监督检查XX余次。', 'XX'],
      ['述职人：XXX', 'XXX'],
      ['慰问困难党员xx人。', 'xx'],
      ['资金执行率达到XX.X%。', 'XX.X'],
      ['20XX年以来，全镇上下齐心协力。', '20XX'],
      ['力争在202X年底前全面完成。', '202X'],
      ['20**年度工作要点', '20**'],
      ['于2024年X月X日召开民主生活会。', 'X'],
      ['认真学习党的XX大精神。', 'XX'],
      ['以XJP新时代中国特色社会主义思想为指导。', 'XJP'],
      ['**镇党委高度重视。', '**'],
      ['尊敬的*：', '*'],
      ['经××××审核同意。', '××××'],
      ['×月×日前报送材料。', '×'],
      ['某某同志在会上作了表态发言。', '某某'],
      ['落实到○○村每一户。', '○○'],
      ['参会人员：□□□', '□□□'],
      ['本年度考核得分____分。', '____'],
      ['报送单位：【单位名称】', '【单位名称】'],
      ['填报人：【 】', '【 】'],
      ['签名：[姓名]', '[姓名]'],
    ];
    for (const [text, placeholder] of cases) {
      it(`"${placeholder}" in "${text}"`, () => {
        const lines = tokenize(`标题\n${text}`);
        assertScoped(lines, 1, placeholder, PLACEHOLDER);
      });
    }

    it('scopes every slot of X月X日 and a name alone in a table cell', () => {
      const lines = tokenize('标题\n定于X月X日召开。\n| 责任人 | XXX |');
      assertScoped(lines, 1, 'X', PLACEHOLDER, 0);
      assertScoped(lines, 1, 'X', PLACEHOLDER, 1);
      assertScoped(lines, 2, 'XXX', PLACEHOLDER);
    });

    it('leaves legitimate X, ×, 〇, □ and 某 alone', () => {
      const lines = tokenize([
        '标题',
        '为职工体检配备X射线机和X光机，建立X轴坐标示意图。',
        '为办公室采购iPhone X手机和x86服务器，使用Excel、Xbox与SpaceX资料，型号X5。',
        '计算公式为x + y，版面尺寸156mm×225mm。',
        '二〇〇八年以来，是否整改：□是 □否',
        '某些同志对某种倾向认识不足。',
        '**全面从严治党**取得新成效。',
      ].join('\n'));
      for (const word of ['X射线', 'X光机', 'X轴']) assertNotScoped(lines, 1, word, PLACEHOLDER);
      for (const word of ['iPhone X', 'x86', 'Excel', 'Xbox', 'SpaceX', 'X5']) assertNotScoped(lines, 2, word, PLACEHOLDER);
      for (const word of ['x + y', '156mm×225mm']) assertNotScoped(lines, 3, word, PLACEHOLDER);
      for (const word of ['二〇〇八年', '□是', '□否']) assertNotScoped(lines, 4, word, PLACEHOLDER);
      assertNotScoped(lines, 5, '某些同志对某种倾向', PLACEHOLDER);
      assertNotScoped(lines, 6, '**全面从严治党**', PLACEHOLDER);
    });

    it('colours the same placeholders the placeholder rule reports', () => {
      const body = [
        ...cases.map(([text]) => text),
        '定于X月X日召开，XX同志、xx县、XXXX年底、X余次、XX%。',
        '为职工体检配备X射线机，采购iPhone X手机和x86服务器，型号X5、X-100，公式x + y。',
        '报送时间：20XX年X月，联系人：XXX，电话：',
        '**镇党委召开会议。',
        '20**年，坚持**全面从严治党**，抓好__重点__工作。',
        '前**注**后',
        '**注**：说明',
        '版面156mm×225mm，××单位，二〇二三年，○○村，OO镇，□是 □否，某些同志。',
        '| 责任人 | XXX |',
        '一、XXXXXX',
        '（一）XXXX',
        '1.XXXXX',
        '（1）xxxx',
        '附件：1.XXXX',
        '1. XML格式数据',
        '【单位名称】 【 】 [ ] [时间] [链接](https://example.cn/XX)',
        '- [ ] 待办事项',
        '详见https://www.example.cn/XX_report，邮箱xx@example.cn。',
      ];
      const doc = ['标题', ...body].join('\n');
      const fromRule = placeholderRule
        .check({ model: parseReport(doc), settings: {} })
        .filter((f) => f.severity !== 'info')
        .map((f) => `${doc.slice(f.start, f.end)}@${f.start}`);
      const fromGrammar = scopedSpans(tokenize(doc), PLACEHOLDER).map((r) => `${doc.slice(r.start, r.end)}@${r.start}`);
      assert.deepStrictEqual(fromGrammar, fromRule);
    });

    it('finds a placeholder at the end of a 200,000-character line', () => {
      const filler = '持续深化作风建设，推动各项任务落地见效，'.repeat(10_000);
      const lines = tokenize(`标题\n${filler}全年开展谈话提醒X人次。`);
      assert.strictEqual(lines[1].map((t) => t.text).join('').length, filler.length + 12);
      assertScoped(lines, 1, 'X', PLACEHOLDER);
      assert.ok(lines[1].filter((t) => has(t, PLACEHOLDER)).length === 1, 'only the one placeholder');
    });
  });

  describe('site residue', () => {
    it('marks paid-content markers mid-sentence and at the end of a line', () => {
      const lines = tokenize('标题\n（一）廉政教育##paidbegin##针对性不强。部分党员干部参与度不高。\n以上述职，请予评议。##paidend##\n正文$$paidbegin$$继续。');
      assertScoped(lines, 1, '##paidbegin##', RESIDUE);
      assertNotScoped(lines, 1, '针对性不强', RESIDUE);
      assertScoped(lines, 2, '##paidend##', RESIDUE);
      assertNotScoped(lines, 2, '以上述职，请予评议。', RESIDUE);
      assertScoped(lines, 3, '$$paidbegin$$', RESIDUE);
    });

    it('marks page chrome lines as a whole', () => {
      const doc = ['标题', '第1页 共5页', '第 2 页 / 共 8 页', '述职报告范文_第3页', '以下无正文', '下载本文档', '版权说明：本文档由用户提供并上传，若内容存在侵权，请进行举报或认领', '— 3 —', '- 4 -', '第 5 页'];
      const lines = tokenize(doc.join('\n'));
      for (let i = 1; i < doc.length; i++) assertScoped(lines, i, doc[i], RESIDUE);
    });

    it('marks residue phrases and watermarks inside a paragraph, not the prose around them', () => {
      const lines = tokenize([
        '标题',
        '坚持问题导向，狠抓整改落实（word版可编辑）。',
        '深入开展调查研究。https://www.wenmi-sucai.example.cn/。公众号：材料小栈。整理汇总。',
        '持续推进作风建设，内容已经隐藏，点击付费后查看',
        '学习《中国***廉洁自律准则》。',
      ].join('\n'));
      assertScoped(lines, 1, '（word版可编辑）', RESIDUE);
      assertNotScoped(lines, 1, '坚持问题导向，狠抓整改落实', RESIDUE);
      assertCovered(lines, 2, 'https://www.wenmi-sucai.example.cn/。公众号：材料小栈。整理汇总。', RESIDUE);
      assertNotScoped(lines, 2, '深入开展调查研究。', RESIDUE);
      assertScoped(lines, 3, '内容已经隐藏，点击付费后查看', RESIDUE);
      assertScoped(lines, 4, '***', RESIDUE);
    });

    it('colours only what the site-residue rule reports, and something of everything it reports', () => {
      const doc = [
        '标题',
        '（一）廉政教育##paidbegin##针对性不强。部分党员干部参与度不高。',
        '以上述职，请予评议。##paidend##',
        '第 2 页 / 共 8 页',
        '述职报告范文_第3页',
        '（以下无正文）',
        '下载本文档',
        '坚持问题导向，狠抓整改落实（word版可编辑）。',
        '深入开展调查研究。https://www.wenmi-sucai.example.cn/。公众号：材料小栈。整理汇总。',
        '持续推进作风建设，内容已经隐藏，点击付费后查看',
        '学习《中国***廉洁自律准则》。',
        '以下是小编精心整理的述职报告范文，欢迎阅读，希望大家能够喜欢。',
        '发布时间：2024-01-15 浏览量：345',
        '文档来源于网络，如有侵权请联系删除。',
        '扎实推进的ศ实行工作。',
        '详见《实施方案》第3页第二段，网址为https://www.gov.cn/。',
        '2024年是全面贯彻落实党的二十大精神的关键之年。',
        '[ 文 档 可 能 无 法 思 考 全 面 ， 请 浏 览 后 下 载 ]',
        '【下载本文档，可以自由复制内容或自由编辑修改内容】全年召开会议12次。',
        '本文为VIP专享文档，开通VIP会员可免费下载全文 ¥5.00 立即开通',
        '▲ 本站仅展示前5页，下载后可编辑 ▲',
        '本文档由用户上传，如有侵权请联系删除',
        '（本文来源于网络，仅供学习参考，不得用于商业用途）',
        '文档下载后可自由编辑',
        '全年召开会议12次，本站仅展示前3页，研究工作4次。',
        '开通VIP绿色通道，服务老年客户3200人次。',
        '规定采集的个人信息不得用于商业用途',
        '点击上方蓝字关注我们',
        '原创 党建笔记 党建笔记 2024-01-08 07:30 发表于北京',
        '来源：某某党建公众号',
        '长按识别二维码 关注我们',
        '分享 收藏 点赞 在看',
        '〖 收藏 〗〖 打印本页 〗〖 关闭窗口 〗',
        '扫码关注“平安青山”公众号的群众达1.2万人。',
        '点击上方的链接可查看政策原文。',
        '分享经验做法',
      ].join('\n');
      const reported = siteResidueRule.check({ model: parseReport(doc), settings: {} });
      const coloured = scopedSpans(tokenize(doc), RESIDUE);
      for (const c of coloured) {
        assert.ok(reported.some((f) => f.start <= c.start && c.end <= f.end), `"${doc.slice(c.start, c.end)}" is coloured but not reported`);
      }
      for (const f of reported) {
        assert.ok(coloured.some((c) => c.start < f.end && f.start < c.end), `"${doc.slice(f.start, f.end)}" is reported but not coloured`);
      }
      assert.ok(reported.length >= 14);
    });

    it('marks a site suffix at the end of the title', () => {
      const lines = tokenize('2024年度述责述廉报告（通用6篇）\n正文。');
      assertScoped(lines, 0, '（通用6篇）', RESIDUE);
      assertCovered(lines, 0, '2024年度述责述廉报告（通用6篇）', TITLE);
    });

    it('leaves an ordinary page reference and URL alone', () => {
      const lines = tokenize('标题\n详见《实施方案》第3页第二段，网址为https://www.gov.cn/。');
      assertNotScoped(lines, 1, '第3页', RESIDUE);
      assertNotScoped(lines, 1, 'https://www.gov.cn/', RESIDUE);
    });
  });

  describe('dates, bold, comments and tables', () => {
    it('marks dates and year ranges', () => {
      const lines = tokenize('标题\n2023年，全年召开会议；2023—2024年度两轮巡察；截至1月15日完成。\n2024年1月15日');
      assertScoped(lines, 1, '2023年', DATE);
      assertScoped(lines, 1, '2023—2024年', DATE);
      assertScoped(lines, 1, '1月15日', DATE);
      assertScoped(lines, 2, '2024年1月15日', DATE);
    });

    it('marks **bold** with its delimiters', () => {
      const lines = tokenize('标题\n坚持**以学促干**，推动工作落实。');
      assertScoped(lines, 1, '**以学促干**', BOLD);
      assertScoped(lines, 1, '**', 'punctuation.definition.bold.gongwen', 0);
      assertScoped(lines, 1, '**', 'punctuation.definition.bold.gongwen', 1);
    });

    it('marks suppression comments and their directive', () => {
      const lines = tokenize('标题\n<!-- report-author-disable placeholder -->\n本段X次不提示。\n<!-- report-author-enable -->');
      assertScoped(lines, 1, '<!-- report-author-disable placeholder -->', COMMENT);
      assertScoped(lines, 1, 'report-author-disable', 'keyword.control.directive.suppression.gongwen');
      assertScoped(lines, 3, '<!-- report-author-enable -->', COMMENT);
      assertNotScoped(lines, 2, '本段', COMMENT);
    });

    it('marks pipe-table rows, their separators, and placeholders in cells', () => {
      const lines = tokenize('标题\n| 项目 | 次数 |\n| --- | ---: |\n| 谈心谈话 | X次 |');
      for (const i of [1, 2, 3]) assert.ok(lines[i].every((t) => has(t, TABLE)), describeTokens(lines[i]));
      assertScoped(lines, 1, '|', 'punctuation.separator.table.gongwen');
      assertScoped(lines, 2, '| --- | ---: |', 'punctuation.separator.table.gongwen');
      assertScoped(lines, 3, 'X', PLACEHOLDER);
    });
  });

  describe('front matter', () => {
    it('embeds YAML between the --- lines and resumes gongwen after them', () => {
      const lines = tokenize('---\ngenre: 述职报告\ndate: 2024-01-15\n---\n年度述职报告\n一、主要工作');
      assertScoped(lines, 0, '---', 'punctuation.definition.front-matter.begin.gongwen');
      assertScoped(lines, 1, 'genre', 'entity.name.tag.yaml.stub');
      assert.ok(lines[1].every((t) => has(t, 'meta.embedded.block.frontmatter')), describeTokens(lines[1]));
      assertScoped(lines, 3, '---', 'punctuation.definition.front-matter.end.gongwen');
      assertScoped(lines, 4, '年度述职报告', TITLE);
      assertScoped(lines, 5, '主要工作', SECTION);
    });

    it('keeps the front matter apart even without a YAML grammar', async () => {
      const bare = await loadGongwen(false);
      const lines = tokenizeWith(bare, '---\ngenre: 述职报告\n---\n年度述职报告');
      assertNotScoped(lines, 0, '---', TITLE);
      assertScoped(lines, 1, 'genre', 'entity.name.tag.yaml');
      assertScoped(lines, 3, '年度述职报告', TITLE);
    });
  });
});

describe('gongwen language configuration', () => {
  const config = JSON.parse(fs.readFileSync(CONFIG_PATH, 'utf8'));

  it('is the configuration package.json contributes', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    const language = manifest.contributes.languages.find((l: { id: string }) => l.id === 'gongwen');
    assert.strictEqual(path.resolve(root, language.configuration), CONFIG_PATH);
  });

  it('separates words at Chinese punctuation and between Han and Latin script', () => {
    const word = new RegExp(config.wordPattern.pattern, `g${config.wordPattern.flags}`);
    assert.deepStrictEqual('认真履行“一岗双责”，召开会议X次，完成率36.5%。'.match(word), ['认真履行', '一岗双责', '召开会议', 'X', '次', '完成率', '36.5%']);
    assert.deepStrictEqual('20XX年使用Excel表格'.match(word), ['20XX', '年使用', 'Excel', '表格']);
  });

  it('closes Chinese pairs as they are typed, and wraps selections in ASCII pairs without auto-closing them', () => {
    const closing = new Map<string, string>(config.autoClosingPairs.map((p: { open: string; close: string }) => [p.open, p.close]));
    for (const [open, close] of [['“', '”'], ['‘', '’'], ['《', '》'], ['（', '）'], ['【', '】'], ['〔', '〕']]) {
      assert.strictEqual(closing.get(open), close);
    }
    for (const open of ['(', '[', '"']) assert.ok(!closing.has(open), `${open} is not auto-closed`);
    const surrounding = config.surroundingPairs.map((p: string[]) => p.join(''));
    for (const pair of ['()', '[]', '""', '“”', '（）', '《》']) assert.ok(surrounding.includes(pair), `${pair} surrounds a selection`);
    assert.deepStrictEqual(config.comments.blockComment, ['<!--', '-->']);
  });
});

describe('the checked-in grammar', () => {
  it('is what scripts/gen-grammar.mjs generates (run npm run gen:grammar after editing it)', () => {
    const root = path.resolve(__dirname, '../../..');
    const generated = execFileSync(process.execPath, [path.join(root, 'scripts/gen-grammar.mjs')], { encoding: 'utf8' });
    assert.deepStrictEqual(JSON.parse(fs.readFileSync(path.join(root, 'syntaxes/gongwen.tmLanguage.json'), 'utf8')), JSON.parse(generated));
  });
});
