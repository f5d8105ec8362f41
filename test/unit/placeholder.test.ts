import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { lint } from '../../src/core/lint/engine';
import { Finding, LintSettings } from '../../src/core/lint/types';
import { parseReport } from '../../src/core/parse';
import { placeholderRule } from '../../src/core/rules/placeholder';
import { marked, rangesOf } from './support';

const samplePath = path.resolve(__dirname, '../../../../shared/samples/2023-qmczd-shuzhi-template.txt');

function check(text: string, settings: LintSettings = {}): Finding[] {
  return lint(parseReport(text), [placeholderRule], settings);
}


describe('placeholder rule', () => {
  it('keeps its id and default severity', () => {
    assert.strictEqual(placeholderRule.id, 'placeholder');
    assert.strictEqual(placeholderRule.defaultSeverity, 'error');
  });

  describe('flags every unfilled form at exactly the placeholder', () => {
    const cases = [
      // X, XX, XXX, XXXX and lower case, next to a unit or a word
      '全年组织集中学习⟦X⟧次，撰写心得体会4篇。',
      '围绕重点任务开展督查⟦X⟧余次。',
      '比如，⟦X⟧这项工作推进迟缓。',
      '⟦X⟧原村委会主任履职不力。',
      '先后走访⟦xx⟧县3个乡镇。',
      '⟦xxxx⟧年底前全部整改到位。',
      '⟦XX⟧镇党委班子成员参加。',
      '共有⟦XXX⟧名党员参加培训。',
      '⟦XXXX⟧年度考核为优秀。',
      '收到群众来信⟦xx⟧件，办结⟦x⟧件。',
      '带动就业⟦X⟧万人，实现收入⟦XX⟧亿元。',
      '同比增长⟦XX.X⟧%。',
      '经费较上年增长⟦X⟧%。',
      '深入学习贯彻党的⟦XX⟧大精神。',
      '⟦XXXXXX⟧有限公司承建。',
      // full-width
      '全年接待来访群众⟦Ｘ⟧人次。',
      '⟦ｘｘ⟧街道办事处。',
      '⟦ＸＸ⟧同志任支部书记。',
      // years and dates
      '⟦20XX⟧年度述职报告',
      '⟦20xx⟧年以来，我们坚持问题导向。',
      '⟦202X⟧年工作要点',
      '⟦201X⟧年以来，⟦200X⟧年至今',
      '⟦20XX⟧年⟦X⟧月⟦X⟧日',
      '⟦20xx⟧年⟦XX⟧月⟦XX⟧日',
      '截至⟦20XX⟧年底',
      '县政发〔⟦20XX⟧〕⟦X⟧号',
      // multiplication signs used as blanks
      '⟦××⟧同志是支部书记。',
      '以上是⟦×××⟧单位年度工作情况。',
      '附件：⟦××××⟧实施方案',
      '⟦×⟧年⟦×⟧月⟦×⟧日',
      '⟦20××⟧年',
      // asterisks touching Chinese
      '⟦**⟧镇党委书记',
      '⟦20**⟧年工作总结',
      '尊敬的⟦*⟧：',
      '⟦*⟧市委巡察组反馈意见',
      '由⟦*⟧书记主持会议。',
      '⟦＊＊⟧县人民政府',
      '⟦20**⟧年⟦**⟧月⟦**⟧日',
      '⟦*⟧书记、⟦*⟧主任参加会议。',
      '⟦**⟧镇⟦**⟧村党支部书记，⟦**⟧镇⟦**⟧村委会主任',
      // 某某, circles, boxes, blanks
      '⟦某某⟧同志负责具体工作。',
      '王⟦某某⟧违规收受礼金。',
      '⟦○○⟧镇人民政府',
      '⟦〇〇〇⟧村党支部',
      '⟦OO⟧社区居委会',
      '共发现问题⟦□⟧个。',
      '⟦□□⟧乡党委',
      '考核得分：⟦____⟧分',
      '完成年度任务的⟦___⟧%。',
      '⟦＿＿＿⟧单位',
      '签名：⟦________⟧ 日期：⟦________⟧',
      // dates left blank, as a whole
      '⟦　　年　月　日⟧',
      '⟦2025年  月  日⟧',
      '⟦2025年12月  日⟧',
      '会议于⟦　　年　　月　　日⟧召开。',
      // brackets
      '⟦【单位名称】⟧党委',
      '请于⟦【填写时间】⟧前报送。',
      '报告人：⟦【姓名】⟧',
      '⟦【此处填写主要做法】⟧',
      '空白处：⟦【】⟧',
      '报送单位：⟦[ ]⟧',
      '⟦[]⟧同志',
      '⟦[填写日期]⟧',
      // a fill-in label that is all its round brackets hold
      '⟦（单位名称）⟧党委高度重视。',
      '请于⟦（填写日期）⟧前报送⟦（姓名）⟧的材料。',
      '报告人：⟦(姓名)⟧',
      '⟦（职务）⟧2025年度述职述廉报告',
      '⟦（此处填写主要做法）⟧',
      '共发现问题⟦（ ）⟧个，整改⟦（　　）⟧个，其中⟦( )⟧个已销号，⟦（）⟧个正在整改。',
      // names
      '述职人：⟦XXX⟧',
      '⟦XXX⟧',
      '| 单位 | ⟦XXX⟧ |',
      '| 次数 | ⟦X⟧次 |',
      '全年共开展 ⟦X⟧ 次专题辅导。',
      '**一是加强政治建设。**全年召开专题会议⟦X⟧次。',
      // the title of a heading or list item left as X, right after its marker
      '一、⟦XXXXXX⟧',
      '（一）⟦XXXXXX⟧',
      '十二、⟦xxxx⟧',
      '1.⟦XXXXXXX⟧',
      '（1）⟦XXXX⟧',
      '①⟦XXXX⟧',
      '  2、⟦XX⟧',
      '## 二、⟦XX⟧',
      '附件：1.⟦XXXX⟧',
      // in Markdown bold: the X, not the marks around it
      '今年共组织学习**⟦X⟧**次，开展检查**⟦XX⟧**次。',
      '**⟦X⟧**同志任党支部书记。',
    ];
    for (const source of cases) {
      it(source.replace(/[⟦⟧]/g, ''), () => {
        const { text, ranges } = marked(source);
        const found = check(text);
        assert.deepStrictEqual(rangesOf(found), ranges, JSON.stringify(found.map((f) => text.slice(f.start, f.end))));
        for (const f of found) {
          assert.strictEqual(f.rule, 'placeholder');
          assert.strictEqual(f.severity, 'error');
          assert.deepStrictEqual(f.fixes, []);
        }
      });
    }
  });

  describe('names what it found', () => {
    it('in Chinese and English', () => {
      const [f] = check('全年开展培训X次。');
      assert.strictEqual(f.message.zh, '未填写的占位符“X”');
      assert.strictEqual(f.message.en, 'Unfilled placeholder "X"');
      const [year] = check('20XX年度工作总结');
      assert.strictEqual(year.message.zh, '未填写的占位符“20XX”');
      assert.strictEqual(year.message.en, 'Unfilled placeholder "20XX"');
    });

    it('asks to restore a masked name', () => {
      const text = '坚持以 XJP 新时代中国特色社会主义思想为指导。';
      const [f] = check(text);
      assert.strictEqual(text.slice(f.start, f.end), 'XJP');
      assert.strictEqual(f.severity, 'error');
      assert.match(f.message.zh, /XJP.*恢复/);
      assert.match(f.message.en, /XJP.*restore/i);
    });

    it('shortens a very long match in the message', () => {
      const [f] = check(`负责人：${'X'.repeat(200)}`);
      assert.strictEqual(f.end - f.start, 200);
      assert.ok(f.message.en.length < 60, f.message.en);
    });
  });

  describe('某', () => {
    it('reports a single 某 as information only', () => {
      const text = '述职人：张某';
      const found = check(text);
      assert.deepStrictEqual(rangesOf(found), [[5, 6]]);
      assert.strictEqual(found[0].severity, 'info');
      assert.match(found[0].message.zh, /某/);
    });

    it('leaves ordinary words with 某 alone', () => {
      assert.deepStrictEqual(check('在某种程度上，某些单位对某一方面重视不够，某个环节仍有短板。'), []);
    });

    it('lets a configured severity override the information level', () => {
      const [f] = check('李某参加会议。', { rules: { placeholder: 'warning' } });
      assert.strictEqual(f.severity, 'warning');
    });
  });

  describe('does not flag legitimate text', () => {
    const legitimate = [
      '医院新购置X光机一台，完成X线片诊断。',
      '完成**X**光检查四百余人次。',
      '重点任务**全部完成**，成效**显著**。',
      '开展X射线防护培训。',
      '研究表明X染色体异常。',
      '矫正X型腿的康复训练。',
      '坐标系由X轴、Y轴和Z轴组成。',
      '两条道路呈X形交叉。',
      '电影《X战警》。',
      '面向X一代和X世代消费者。',
      '在X（原推特）上发布公告，X平台账号同步更新。',
      'SpaceX公司发射火箭。',
      '采购Xbox游戏机两台。',
      '配发iPhone X手机。',
      '电脑运行macOS X系统。',
      '服务器采用X86架构，兼容x86和x64程序。',
      '采购型号X5、X3的车辆和XJ-100型设备。',
      '采购M201X型设备和2010X型仪器。',
      '用Excel表格和XML文件报送。',
      "赴Xi'an调研。",
      '部署DeepSeek-X模型，Max值为5，放入box中。',
      '设 x + y = 10，求 f(x) 的值。',
      '版心尺寸为156mm×225mm，共3×4个格子，面积为长×宽。',
      'I、II、III、IV、V、VI、VII、VIII、IX、X',
      'X、持续深化作风建设',
      '一、X射线防护工作',
      '1. XML格式数据报送',
      '（一）XXL型号设备采购',
      '2.X版本系统升级',
      '说明：1.XX-100型设备已到货',
      '二〇二三年十二月 二〇二四年一月 二〇〇八年',
      '县政发〔2023〕5号',
      '详见https://x.com/gov_account/status/1了解更多。',
      '联系邮箱：xx@163.com，备用xxx@x.gov.cn。',
      '**一是加强政治建设。**坚持用党的创新理论武装头脑。',
      '**注**：以上数据截至年底。',
      '全面落实**两个责任**要求。',
      '是否党员：□是 □否',
      '- [ ] 完成整改台账',
      '[工作方案](https://example.gov.cn/plan)',
      '规格为X-100的设备。',
      '__init__',
      '______',
      '***',
      '学习《中国***廉洁自律准则》。',
      '* 项目一',
      '*注：本表数据截至12月31日。',
      '证书符合X.509标准。',
      '【经验做法】【典型案例】',
      '各成员单位（含下属单位）按时间（季度）报送，统计口径（单位：万元）。',
      '参会人员名单（含职务）另附，干部任免（职务调整）按程序办理。',
      '县委办公室（单位名称变更前为县委督查室）牵头，（时间：2025年3月）完成。',
      '规范企业名称（字号）登记，核准名称128个。',
      '全年开展培训12次，覆盖党员300人。',
      // spaces in a filled-in date are stray spaces (the spacing rule's), not a blank
      '2025年 12月 5日',
      '2025年12月 5日',
      '2025年 3 月',
    ];
    for (const text of legitimate) {
      it(text, () => {
        const found = check(text);
        assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), []);
      });
    }
  });

  describe('on the shared template', () => {
    it('finds exactly the 15 X placeholders', () => {
      const text = fs.readFileSync(samplePath, 'utf8');
      const expected: [number, number][] = [];
      for (let i = text.indexOf('X'); i >= 0; i = text.indexOf('X', i + 1)) expected.push([i, i + 1]);
      assert.strictEqual(expected.length, 15);
      const found = check(text);
      assert.deepStrictEqual(rangesOf(found), expected);
      assert.ok(found.every((f) => f.severity === 'error'));
    });
  });

  describe('where it looks', () => {
    it('skips front matter', () => {
      const text = '---\ntitle: 20XX年度述职报告\nunit: XX镇\n---\n全年开展培训X次。\n';
      assert.deepStrictEqual(rangesOf(check(text)), [[text.lastIndexOf('X'), text.lastIndexOf('X') + 1]]);
    });

    it('skips comments, also across lines', () => {
      const text = '<!-- 模板说明：X次处填写次数 -->\n全年开展培训X次。\n<!--\n示例：XX镇\n-->\n';
      const at = text.indexOf('培训X') + 2;
      assert.deepStrictEqual(rangesOf(check(text)), [[at, at + 1]]);
    });

    it('counts table cells', () => {
      const text = '| 项目 | 次数 |\n| --- | --- |\n| 专题学习 | X次 |\n| 谈话提醒 | XX人 |\n';
      const found = check(text);
      assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['X', 'XX']);
    });

    it('reads CRLF text at the same characters', () => {
      const lf = '工作总结\n一、基本情况\n全年开展培训X次，走访XX县。\n二、存在问题\n20XX年整改到位。\n';
      const crlf = lf.replace(/\n/g, '\r\n');
      const pick = (t: string) => check(t).map((f) => t.slice(f.start, f.end));
      assert.deepStrictEqual(pick(crlf), ['X', 'XX', '20XX']);
      assert.deepStrictEqual(pick(crlf), pick(lf));
    });

    it('returns nothing for empty or blank text', () => {
      assert.deepStrictEqual(check(''), []);
      assert.deepStrictEqual(check('\n\r\n  \u3000\n'), []);
      assert.deepStrictEqual(check('\uFEFF'), []);
    });

    it('honours suppression comments', () => {
      const text = '<!-- report-author-disable-next-line placeholder -->\n召开会议X次。\n开展调研X次。\n';
      assert.deepStrictEqual(rangesOf(check(text)), [[text.lastIndexOf('X'), text.lastIndexOf('X') + 1]]);
    });
  });

  describe('settings', () => {
    it('extraPatterns flag what they match', () => {
      const text = '该项工作由（待定）负责，完成时间TBD。';
      const found = check(text, { placeholder: { extraPatterns: ['（待定）', '\\bTBD\\b'] } });
      assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['（待定）', 'TBD']);
      assert.strictEqual(found[0].message.zh, '未填写的占位符“（待定）”');
    });

    it('an invalid extra pattern is ignored and the others still work', () => {
      const text = '全年开展培训X次，负责人待定。';
      let found: Finding[] = [];
      assert.doesNotThrow(() => {
        found = check(text, { placeholder: { extraPatterns: ['([', '待定', '*'] } });
      });
      assert.deepStrictEqual(found.map((f) => text.slice(f.start, f.end)), ['X', '待定']);
    });

    it('an extra pattern that matches empty text adds nothing', () => {
      assert.deepStrictEqual(check('全年开展培训3次。', { placeholder: { extraPatterns: ['x*', '^'] } }), []);
    });

    it('allow keeps exact strings from being flagged, as a whole or around a placeholder', () => {
      const text = '采购XX型设备，新建XX镇卫生院，另有某某同志。';
      const allowed = check(text, { placeholder: { allow: ['XX型', '某某'] } });
      assert.deepStrictEqual(allowed.map((f) => text.slice(f.start, f.end)), ['XX']);
      assert.strictEqual(allowed[0].start, text.indexOf('XX镇'));
      assert.strictEqual(check(text).length, 3);
    });

    it('allow also applies to extra patterns', () => {
      const text = '待定事项：负责人待定。';
      const found = check(text, { placeholder: { extraPatterns: ['待定'], allow: ['待定事项'] } });
      assert.deepStrictEqual(rangesOf(found), [[text.lastIndexOf('待定'), text.lastIndexOf('待定') + 2]]);
    });

    it('is switched off by severity "off"', () => {
      assert.deepStrictEqual(check('全年开展培训X次。', { rules: { placeholder: 'off' } }), []);
    });
  });

  describe('on large input', () => {
    it('finishes a single 200k-character line with every form on it', () => {
      const unit = '全年开展X次，**镇**村，20XX年，××同志，□□乡，____分，【单位名称】，某某，https://x.com/a，';
      const line = unit.repeat(Math.ceil(200_000 / unit.length));
      assert.ok(line.length >= 200_000);
      const found = check(line);
      // per unit: X, ** and ** (a one-letter pair glued to 村 is no bold), 20XX, ××, □□, ____, 【单位名称】, 某某
      assert.strictEqual(found.length, (line.length / unit.length) * 9);
    });

    it('finishes lines built to make backtracking expressions slow', () => {
      const n = 200_000;
      const lines = [
        '*'.repeat(n), '**a'.repeat(n / 3), '__a'.repeat(n / 3), '【'.repeat(n), '['.repeat(n),
        'a'.repeat(n) + '@', 'x@' + 'a.'.repeat(n / 2), '<!--'.repeat(n / 4), 'X.'.repeat(n / 2), 'X '.repeat(n / 2),
      ];
      for (const line of lines) assert.deepStrictEqual(check(line), [], line.slice(0, 10));
      const run = check('X'.repeat(n));
      assert.deepStrictEqual(rangesOf(run), [[0, n]]);
      // only the first `[ ]` starts a task list item; the others are blanks mid-line
      const blanks = check('- [ ] 任务'.repeat(n / 8));
      assert.strictEqual(blanks.length, n / 8 - 1);
    });
  });
});
