import * as assert from 'assert';
import { applyEdits, deleteLineEdit, finding, fixAll, lint, parseReport, Rule } from '../../src/core';

// A rule for exercising the engine: flags 旧 and offers to write 新.
const oldWordRule: Rule = {
  id: 'old-word',
  defaultSeverity: 'warning',
  description: { zh: '旧词', en: 'old word' },
  check({ model }) {
    const out = [];
    for (let i = model.text.indexOf('旧'); i >= 0; i = model.text.indexOf('旧', i + 1)) {
      out.push(finding(i, i + 1, { zh: '旧', en: 'old' }, [{ title: { zh: '改', en: 'fix' }, edits: [{ start: i, end: i + 1, newText: '新' }], safe: true }]));
    }
    return out;
  },
};

describe('lint engine', () => {
  it('reports findings sorted, with the rule id and default severity', () => {
    const f = lint(parseReport('标题\n旧的旧的'), [oldWordRule]);
    assert.deepStrictEqual(f.map((x) => [x.rule, x.severity, x.start]), [['old-word', 'warning', 3], ['old-word', 'warning', 5]]);
  });

  it('applies a configured severity and switches a rule off', () => {
    assert.strictEqual(lint(parseReport('旧'), [oldWordRule], { rules: { 'old-word': 'error' } })[0].severity, 'error');
    assert.strictEqual(lint(parseReport('旧'), [oldWordRule], { rules: { 'old-word': 'off' } }).length, 0);
  });

  it('honours disable/enable and disable-next-line comments', () => {
    const text = [
      '标题',
      '旧一',
      '<!-- report-author-disable old-word -->',
      '旧二',
      '<!-- report-author-enable old-word -->',
      '旧三',
      '<!-- report-author-disable-next-line -->',
      '旧四',
      '旧五',
      '<!-- report-author-disable other-rule -->',
      '旧六',
    ].join('\n');
    const found = lint(parseReport(text), [oldWordRule]).map((f) => text[f.start + 1]);
    assert.deepStrictEqual(found, ['一', '三', '五', '六']);
  });

  it('fix-all applies every safe fix and is idempotent', () => {
    const once = fixAll('标题\n旧旧旧', [oldWordRule]);
    assert.strictEqual(once.text, '标题\n新新新');
    assert.strictEqual(once.fixed.length, 3);
    assert.strictEqual(fixAll(once.text, [oldWordRule]).text, once.text);
  });
});

describe('applyEdits', () => {
  it('applies edits in offset order and drops overlapping ones', () => {
    const r = applyEdits('abcdef', [
      { start: 4, end: 5, newText: 'E' },
      { start: 0, end: 2, newText: 'AB' },
      { start: 1, end: 3, newText: 'x' },
    ]);
    assert.strictEqual(r.text, 'ABcdEf');
    assert.strictEqual(r.skipped.length, 1);
  });

  it('ignores edits outside the text', () => {
    assert.strictEqual(applyEdits('ab', [{ start: 1, end: 9, newText: '' }]).text, 'ab');
  });
});

describe('deleteLineEdit', () => {
  const del = (text: string, line: string) => {
    const start = text.indexOf(line);
    return applyEdits(text, [deleteLineEdit(text, start, start + line.length)]).text;
  };
  it('removes a line with its LF or CRLF break', () => {
    assert.strictEqual(del('a\nJUNK\nb', 'JUNK'), 'a\nb');
    assert.strictEqual(del('a\r\nJUNK\r\nb', 'JUNK'), 'a\r\nb');
  });
  it('removes the break before the last line', () => {
    assert.strictEqual(del('a\nJUNK', 'JUNK'), 'a');
    assert.strictEqual(del('a\r\nJUNK', 'JUNK'), 'a');
    assert.strictEqual(del('JUNK', 'JUNK'), '');
  });
});
