import * as assert from 'assert';
import * as vscode from 'vscode';
import { closeAllEditors, eventually, ourDiagnostics, ruleOf, sharedSampleText, writeWorkspaceFile } from '../helpers';

/** A complete, clean 述职报告; each case spoils one line of it. */
const CLEAN = [
  '2024年度个人述职报告',
  '现将本人一年来的工作情况报告如下。',
  '一、履职尽责，推动工作落实',
  '（一）抓好项目建设。全年完成投资3.6亿元，新改建农村公路86公里。',
  '（二）守牢安全底线。与运输企业签订安全生产责任书46份。',
  '二、存在的问题和不足',
  '一是学习不够深入；二是调研不够经常；三是标准不够高。',
  '三、下一步打算',
  '持续加强学习，深入基层调研。',
  '以上述职，请予评议。',
  '述职人：王建华',
  '2025年1月15日',
  '',
].join('\n');

async function open(name: string, text: string): Promise<{ document: vscode.TextDocument; editor: vscode.TextEditor; uri: vscode.Uri }> {
  const uri = await writeWorkspaceFile(name, text);
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  assert.strictEqual(document.languageId, 'gongwen');
  return { document, editor, uri };
}

async function diagnosticOf(uri: vscode.Uri, document: vscode.TextDocument, rule: string, marked: string): Promise<vscode.Diagnostic> {
  const d = await eventually(() => ourDiagnostics(uri).find((x) => ruleOf(x) === rule && document.getText(x.range) === marked));
  assert.ok(d, `no ${rule} diagnostic on “${marked}”; got ${JSON.stringify(ourDiagnostics(uri).map((x) => `${ruleOf(x)}:${document.getText(x.range)}`))}`);
  return d;
}

suite('The rule catalogue in the editor', () => {
  teardown(closeAllEditors);

  test('the clean report shows nothing at warning or error', async () => {
    const { uri } = await open('clean-report.gongwen', CLEAN);
    await new Promise((r) => setTimeout(r, 1000));
    const serious = ourDiagnostics(uri).filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    assert.deepStrictEqual(serious.map((d) => `${ruleOf(d)}: ${d.message}`), []);
  });

  test('a quick fix from each rule family, applied through the code action API', async () => {
    const cases: { rule: string; wrong: [string, string]; marked: string; fixed: string }[] = [
      { rule: 'punctuation', wrong: ['现将本人一年来的工作情况报告如下。', '现将本人一年来的工作情况报告如下,请予评议。'], marked: ',', fixed: '现将本人一年来的工作情况报告如下，请予评议。' },
      { rule: 'heading-numbering', wrong: ['（二）守牢', '（二）、守牢'], marked: '（二）、', fixed: '（二）守牢' },
      { rule: 'number-format', wrong: ['全年完成投资3.6亿元', '学习党的20大精神，全年完成投资3.6亿元'], marked: '党的20大', fixed: '学习党的二十大精神' },
      { rule: 'typo', wrong: ['签订安全生产责任书', '签定安全生产责任书'], marked: '签定', fixed: '签订安全生产责任书' },
      { rule: 'spacing', wrong: ['新改建农村公路86公里', '新改建农村公路 86 公里'], marked: ' ', fixed: '农村公路86 公里' },
      { rule: 'enumeration-order', wrong: ['三是标准不够高', '四是标准不够高'], marked: '四是', fixed: '三是标准不够高' },
      { rule: 'heading-punctuation', wrong: ['二、存在的问题和不足', '二、存在的问题和不足。'], marked: '。', fixed: '二、存在的问题和不足\n' },
      { rule: 'missing-section', wrong: ['二、存在的问题和不足\n一是学习不够深入；二是调研不够经常；三是标准不够高。\n三、', '二、'], marked: '二、', fixed: '二、存在的问题和不足' },
    ];
    for (const c of cases) {
      const text = CLEAN.replace(c.wrong[0], c.wrong[1]);
      assert.notStrictEqual(text, CLEAN, c.rule);
      const { document, uri } = await open(`quickfix-${c.rule}.gongwen`, text);
      const diagnostic = await diagnosticOf(uri, document, c.rule, c.marked);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      // the actions for the diagnostic's range: the certain fix is preferred, otherwise take the first offered
      const mine = actions.filter((a) => a.edit);
      const action = mine.find((a) => a.isPreferred) ?? mine[0];
      assert.ok(action, `${c.rule}: no quick fix; got ${JSON.stringify(actions.map((a) => a.title))}`);
      assert.ok(await vscode.workspace.applyEdit(action.edit!), c.rule);
      assert.ok(document.getText().includes(c.fixed), `${c.rule}: ${document.getText()}`);
      await closeAllEditors();
    }
  });

  test('“fix all of this rule” fixes every certain finding of that rule and nothing else', async () => {
    const text = CLEAN.replace('现将本人一年来的工作情况报告如下。', '现将本人一年来的工作情况报告如下,请予评议.')
      .replace('新改建农村公路86公里', '新改建农村公路 86 公里');
    const { document, uri } = await open('fix-rule.gongwen', text);
    const diagnostic = await diagnosticOf(uri, document, 'punctuation', ',');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    const all = actions.find((a) => /punctuation/.test(a.title) && a.command);
    assert.ok(all, `no fix-all-of-rule action; got ${JSON.stringify(actions.map((a) => a.title))}`);
    assert.ok(await vscode.commands.executeCommand(all.command!.command, ...(all.command!.arguments ?? [])));
    assert.ok(document.getText().includes('报告如下，请予评议。'));
    assert.ok(document.getText().includes('农村公路 86 公里'), 'spacing was fixed too');
  });

  test('source.fixAll.reportAuthor runs on save', async () => {
    const config = vscode.workspace.getConfiguration('editor', { languageId: 'gongwen' });
    await config.update('codeActionsOnSave', { 'source.fixAll.reportAuthor': 'explicit' }, vscode.ConfigurationTarget.Workspace, true);
    try {
      const { document, editor } = await open('on-save.gongwen', CLEAN);
      const at = document.getText().indexOf('报告如下。');
      await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 5)), '报告如下,请予评议.'));
      await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(document.getText().indexOf('签订')), document.positionAt(document.getText().indexOf('签订') + 2)), '签定'));
      assert.ok(document.isDirty);
      await vscode.commands.executeCommand('workbench.action.files.save');
      assert.ok(await eventually(() => !document.isDirty), 'the document was not saved');
      assert.ok(document.getText().includes('签订安全生产责任书'), document.getText());
      assert.ok(document.getText().includes('报告如下，请予评议。'), document.getText());
      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(document.uri));
      assert.ok(saved.includes('签订安全生产责任书'), 'the fixes were not saved with the file');
    } finally {
      await config.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
    }
  });

  test('the fix-all command keeps the cursor where the user types and is one undo step', async () => {
    const text = CLEAN.replace('现将本人一年来的工作情况报告如下。', '现将本人一年来的工作情况报告如下,请予评议.')
      .replace('持续加强学习，深入基层调研。', '持续加强学习 ，深入基层调研');
    const { document, editor } = await open('fix-all-command.gongwen', text);
    // the cursor after 调研, at the end of the line being written
    const typing = document.getText().indexOf('深入基层调研') + '深入基层调研'.length;
    const typingLine = document.positionAt(typing).line;
    editor.selection = new vscode.Selection(document.positionAt(typing), document.positionAt(typing));
    await vscode.commands.executeCommand('reportAuthor.fixAll');
    assert.ok(document.getText().includes('报告如下，请予评议。'), document.getText());
    assert.ok(document.getText().includes('持续加强学习，深入基层调研'), 'the space on the line being written was not removed');
    const after = document.offsetAt(editor.selection.active);
    assert.strictEqual(document.getText().slice(after - 6, after), '深入基层调研');
    assert.strictEqual(editor.selection.active.line, typingLine);
    // running it again changes nothing; one undo restores the original
    const once = document.getText();
    await vscode.commands.executeCommand('reportAuthor.fixAll');
    assert.strictEqual(document.getText(), once);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), text);
  });

  test('suppression comments are honoured', async () => {
    const text = CLEAN.replace('现将本人一年来的工作情况报告如下。', '<!-- report-author-disable-next-line punctuation -->\n现将本人一年来的工作情况报告如下,请予评议。')
      .replace('（二）守牢安全底线。与运输企业签订', '<!-- report-author-disable typo -->\n（二）守牢安全底线。与运输企业签定')
      .replace('二、存在的问题和不足', '<!-- report-author-enable typo -->\n二、存在的问题和不足')
      .replace('持续加强学习，深入基层调研。', '持续加强学习,按步就班推进。');
    const { document, uri } = await open('suppressed.gongwen', text);
    // the lines after the comments are reported on nothing; the same slips further down are
    await diagnosticOf(uri, document, 'typo', '按步就班');
    await diagnosticOf(uri, document, 'punctuation', ',');
    const spots = ourDiagnostics(uri).map((d) => `${ruleOf(d)}:${document.getText(d.range)}`);
    assert.ok(!spots.includes('typo:签定'), JSON.stringify(spots));
    assert.strictEqual(spots.filter((s) => s === 'punctuation:,').length, 1, JSON.stringify(spots));
  });

  test('a rule switched off in the settings reports nothing', async () => {
    const config = vscode.workspace.getConfiguration('reportAuthor');
    await config.update('rules.typo', 'off', vscode.ConfigurationTarget.Workspace);
    try {
      const { document, uri } = await open('typo-off.gongwen', CLEAN.replace('签订安全', '签定安全').replace('持续加强学习', '持续加强学习,'));
      await diagnosticOf(uri, document, 'punctuation', ',');
      assert.ok(!ourDiagnostics(uri).some((d) => ruleOf(d) === 'typo'));
    } finally {
      await config.update('rules.typo', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('cleaning up a pasted template removes residue and fixes widths in one undoable edit', async () => {
    const sample = sharedSampleText();
    const pasted = sample.replace('认真履行全面从严治党第一责任人职责，', '认真履行全面从严治党第一责任人职责,')
      .replace('修订镇村干部管理办法，健全完善奖惩机制，激发干事创业热情，', '修订镇村干部管理办法，健全完善奖惩机制，激发干事创业热情，\n');
    const { document } = await open('pasted-template.gongwen', pasted);
    await vscode.commands.executeCommand('reportAuthor.cleanUpTemplate');
    const cleaned = document.getText();
    assert.ok(!cleaned.includes('paid'), 'residue left');
    assert.ok(cleaned.includes('第一责任人职责，将全面从严治党'), 'the comma was not made full-width');
    assert.ok(cleaned.includes('激发干事创业热情，以抓效能建设促作风转变'), 'the broken line was not joined');
    assert.strictEqual((cleaned.match(/X/g) ?? []).length, 15, 'placeholders must stay for the user');
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(document.getText(), pasted);
  });
});
