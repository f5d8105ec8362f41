import * as assert from 'assert';
import * as vscode from 'vscode';
import { inferGenre, parseReport, renumberHeadings } from '../../../src/core';
import type { Services } from '../../../src/services';
import { closeAllEditors, EXTENSION_ID, eventually, workspaceFile } from '../helpers';
import { REPORT_WITHOUT_PROBLEMS_SECTION } from '../../unit/support';

async function services(): Promise<Services> {
  const extension = vscode.extensions.getExtension<Services>(EXTENSION_ID);
  assert.ok(extension);
  return extension.isActive ? extension.exports : extension.activate();
}

async function openReport(content: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ language: 'gongwen', content });
  return vscode.window.showTextDocument(document);
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

async function completionsAtEnd(editor: vscode.TextEditor): Promise<vscode.CompletionItem[]> {
  const end = editor.document.lineAt(editor.document.lineCount - 1).range.end;
  editor.selection = new vscode.Selection(end, end);
  const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', editor.document.uri, end);
  return list.items.filter((i) => i.kind === vscode.CompletionItemKind.Snippet);
}

const snippetText = (item: vscode.CompletionItem) => (item.insertText instanceof vscode.SnippetString ? item.insertText.value : String(item.insertText ?? ''));

/** Accepts the first entry of the quick pick a command opens, once it is open; returns the command's result. */
async function acceptFirstPick<T>(command: string): Promise<T> {
  let settled = false;
  const running = Promise.resolve(vscode.commands.executeCommand<T>(command)).finally(() => (settled = true));
  await eventually(async () => {
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return settled;
  });
  return running;
}

// the unit tests' report without its problems section, ending in a line break as a saved file does
const missingProblems = `${REPORT_WITHOUT_PROBLEMS_SECTION}\n`;

/** Closes every editor, discarding the untitled reports the tests made (closing them would ask to save). */
async function discardAndCloseAll(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.activeTextEditor; i++) {
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  }
  await closeAllEditors();
}

suite('Snippets and report genres', () => {
  teardown(discardAndCloseAll);

  test('completion lists the section snippets by pinyin initials', async () => {
    await services();
    const editor = await openReport('2024年度述职报告\nczwt');
    const items = await eventually(async () => {
      const found = await completionsAtEnd(editor);
      return found.some((i) => labelOf(i) === 'czwt') ? found : undefined;
    });
    assert.ok(items, 'no snippet with the prefix czwt was offered');
    const problems = items.filter((i) => labelOf(i) === 'czwt');
    assert.ok(problems.some((i) => snippetText(i).includes('存在的主要问题')), 'the 存在的问题 section of 全面从严治党述职 is among them');
    assert.ok(problems.every((i) => /[\u4e00-\u9fff]/.test(String(i.detail ?? i.documentation ?? ''))), 'descriptions are in Chinese');

    await editor.edit((b) => b.insert(editor.document.lineAt(1).range.end, '\nszbg'));
    const whole = await completionsAtEnd(editor);
    const report = whole.find((i) => labelOf(i) === 'szbg');
    assert.ok(report, `szbg not offered; got ${whole.map(labelOf).join(' ')}`);
    assert.ok(snippetText(report).includes('${1:20XX}年度'), 'the whole-report snippet starts with its title blank');
  });

  test('completion lists the snippets by their Chinese prefix', async () => {
    await services();
    const editor = await openReport('2024年度述职报告\n存在');
    const items = await eventually(async () => {
      const found = await completionsAtEnd(editor);
      return found.some((i) => labelOf(i) === '存在的问题') ? found : undefined;
    });
    assert.ok(items, `no snippet with the prefix 存在的问题 was offered after typing 存在; got ${(await completionsAtEnd(editor)).map((i) => `${labelOf(i)}@${JSON.stringify(i.range)}`).join(' ')}`);
    assert.ok(items.some((i) => labelOf(i) === '存在的问题' && snippetText(i).includes('${2|存在的问题和不足,')));

    await editor.edit((b) => b.insert(editor.document.lineAt(1).range.end, '\n下步'));
    const plans = await completionsAtEnd(editor);
    assert.ok(plans.some((i) => labelOf(i) === '下步打算'), `下步打算 not offered; got ${plans.map(labelOf).join(' ')}`);
  });

  test('newReport opens an untitled report of the chosen genre, first blank selected', async () => {
    await services();
    const document = await vscode.commands.executeCommand<vscode.TextDocument>('reportAuthor.newReport', 'party-building');
    assert.ok(document);
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document === document);
    assert.strictEqual(document.languageId, 'gongwen');
    assert.strictEqual(document.uri.scheme, 'untitled');
    const text = document.getText();
    assert.ok(text.startsWith('20XX年度党委书记抓基层党建工作述职报告\n'), text.slice(0, 40));
    assert.strictEqual(inferGenre(parseReport(text)).id, 'party-building');
    assert.strictEqual(document.getText(editor.selection), '20XX');
    const today = new Date();
    assert.ok(text.includes(`\n${today.getFullYear()}年${today.getMonth() + 1}月${today.getDate()}日`), 'the date is today');
  });

  test('newReport without an argument offers the genres in a list', async () => {
    await services();
    const document = await acceptFirstPick<vscode.TextDocument>('reportAuthor.newReport');
    assert.ok(document, 'no document was opened');
    assert.strictEqual(inferGenre(parseReport(document.getText())).id, 'annual-review');
  });

  test('insertSection inserts the missing section at its place, renumbers after it, in one undo step', async () => {
    await services();
    const editor = await openReport(missingProblems);
    assert.strictEqual(await vscode.commands.executeCommand('reportAuthor.insertSection', 'problems'), true);
    const text = editor.document.getText();
    const heads = parseReport(text).headings.filter((h) => h.level === 1).map((h) => text.slice(h.content.start, h.content.end));
    assert.deepStrictEqual(heads, ['一、履行职责情况', '二、存在的主要问题', '三、下步打算']);
    assert.ok(text.includes('（一）压实责任。全年专题研究3次。\n二、存在的主要问题\n对照'), text);
    assert.ok(text.endsWith('以上报告，请予评议。\n述职人：李某\n2025年1月8日\n'));
    assert.strictEqual(editor.document.getText(editor.selection), '存在的主要问题', 'the heading wording is the first tab stop');

    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), missingProblems);
  });

  test('insertSection offers the missing sections, required ones first', async () => {
    await services();
    const editor = await openReport(missingProblems);
    assert.strictEqual(await acceptFirstPick<boolean>('reportAuthor.insertSection'), true);
    assert.ok(editor.document.getText().includes('\n二、存在的主要问题\n'));
  });

  test('renumberHeadings renumbers every level in one undo step', async () => {
    await services();
    const shuffled = '2024年度述职报告\n三、存在的问题\n（二）甲\n（一）乙\n1、丙\n一、下一步打算\n（三）丁\n';
    const editor = await openReport(shuffled);
    assert.strictEqual(await vscode.commands.executeCommand('reportAuthor.renumberHeadings'), 6);
    assert.strictEqual(editor.document.getText(), '2024年度述职报告\n一、存在的问题\n（一）甲\n（二）乙\n1.丙\n二、下一步打算\n（一）丁\n');
    assert.deepStrictEqual(renumberHeadings(parseReport(editor.document.getText())), []);
    assert.strictEqual(await vscode.commands.executeCommand('reportAuthor.renumberHeadings'), 0);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(editor.document.getText(), shuffled);
  });

  test('a workspace genre file is picked up; a malformed one gives a message and breaks nothing', async () => {
    const s = await services();
    const dir = workspaceFile('.vscode/report-author/genres');
    const good = vscode.Uri.joinPath(dir, 'audit.json');
    const bad = vscode.Uri.joinPath(dir, 'broken.json');
    const genre = {
      id: 'audit-report',
      names: { zh: '审计整改情况报告', en: 'Audit follow-up report' },
      titlePatterns: ['审计.{0,12}整改'],
      prefixes: ['sjzg', '审计整改'],
      title: '${1:【单位名称】}关于${2:20XX}年度审计发现问题整改情况的报告',
      opening: '根据审计报告反馈意见，现将整改情况报告如下。',
      sections: [
        { id: 'findings', heading: '审计发现的问题', body: '审计共发现问题${1:X}个。' },
        { id: 'rectification', heading: '整改落实情况', body: '已完成整改${1:X}个。' },
      ],
      closing: ['特此报告。'],
      signature: { kind: 'unit' },
    };
    try {
      await vscode.workspace.fs.writeFile(good, Buffer.from(JSON.stringify(genre, null, 2), 'utf8'));
      // a command reads the genre files as they are now
      const document = await vscode.commands.executeCommand<vscode.TextDocument>('reportAuthor.newReport', 'audit-report');
      assert.ok(document?.getText().startsWith('【单位名称】关于20XX年度审计发现问题整改情况的报告\n根据审计报告'), document?.getText());
      assert.ok(s.genres.genresFor(good).some((g) => g.id === 'audit-report'));

      // its snippets are offered by their prefixes
      const typing = await openReport('关于2024年度审计发现问题整改情况的报告\nsjzg');
      const offered = (await completionsAtEnd(typing)).filter((i) => labelOf(i) === 'sjzg');
      assert.ok(offered.some((i) => snippetText(i).startsWith('${1:【单位名称】}关于${2:20XX}年度审计发现问题整改情况的报告')), JSON.stringify(offered.map(snippetText)));

      // insertSection follows the workspace genre
      const editor = await openReport('关于2024年度审计发现问题整改情况的报告\n一、审计发现的问题\n审计共发现问题5个。\n特此报告。\n');
      assert.strictEqual(await vscode.commands.executeCommand('reportAuthor.insertSection', 'rectification'), true);
      assert.ok(editor.document.getText().includes('\n二、整改落实情况\n已完成整改X个。\n特此报告。'), editor.document.getText());

      await vscode.workspace.fs.writeFile(bad, Buffer.from('{ "id": "Broken Genre", "names": { "zh": "坏" }, "sections": [ { "id": "a" } ] }', 'utf8'));
      // the built-in genres still work, and so does the good file
      const builtIn = await vscode.commands.executeCommand<vscode.TextDocument>('reportAuthor.newReport', 'work-summary');
      assert.ok(builtIn?.getText().startsWith('【单位名称】20XX年工作总结'));
      assert.ok(s.genres.genresFor(good).some((g) => g.id === 'audit-report'));
      const problem = s.genres.problems.find((p) => p.uri.path.endsWith('broken.json'));
      assert.ok(problem, 'the malformed file was not reported');
      assert.ok(/broken\.json: id: /.test(problem.message) && /sections\[0\]\.heading/.test(problem.message), problem.message);
      // the JSON schema marks the same fields in the editor
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(bad));
      const marked = await eventually(() => {
        const d = vscode.languages.getDiagnostics(bad);
        return d.length >= 2 ? d : undefined;
      }, 30_000);
      assert.ok(marked, `the schema did not mark the file: ${JSON.stringify(vscode.languages.getDiagnostics(bad).map((d) => d.message))}`);
      assert.ok(marked.some((d) => /heading/.test(d.message)), JSON.stringify(marked.map((d) => d.message)));

      await vscode.workspace.fs.writeFile(bad, Buffer.from('{ "id": "broken", "names": "坏",', 'utf8'));
      assert.ok(await vscode.commands.executeCommand('reportAuthor.newReport', 'audit-report'));
      assert.ok(s.genres.problems.find((p) => p.uri.path.endsWith('broken.json') && p.message.includes('JSON')), 'invalid JSON was not reported');
    } finally {
      await vscode.workspace.fs.delete(dir, { recursive: true, useTrash: false });
    }
    assert.strictEqual(await vscode.commands.executeCommand('reportAuthor.newReport', 'audit-report'), undefined, 'the deleted genre is still offered');
    assert.deepStrictEqual(s.genres.problems, []);
  });
});
