import * as assert from 'assert';
import * as vscode from 'vscode';
import type { PreviewSnapshot } from '../../../src/preview/reportPreview';
import { closeAllEditors, eventually, sharedSampleText, writeWorkspaceFile } from '../helpers';

async function snapshot(): Promise<PreviewSnapshot | undefined> {
  return vscode.commands.executeCommand<PreviewSnapshot | undefined>('reportAuthor.previewState');
}

/** The preview once its webview has drawn `document` at its current version. */
async function drawn(document: vscode.TextDocument): Promise<PreviewSnapshot> {
  const s = await eventually(async () => {
    const x = await snapshot();
    return x && x.uri === document.uri.toString() && x.renderedVersion === document.version ? x : undefined;
  }, 30_000);
  assert.ok(s, `the preview did not draw version ${document.version}: ${JSON.stringify(await snapshot())}`);
  return s;
}

function previewTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs)
    .filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('reportAuthor.preview'));
}

const PARAGRAPH = '坚持问题导向，对照年初目标逐项梳理任务完成情况，推动重点工作按期落地。';
/** 17 characters: one line after the 2-character indent. */
const SHORT = '对照年初目标逐项梳理任务完成情况。';

suite('Preview', () => {
  teardown(closeAllEditors);

  test('opens beside a report and draws its pages with the placeholders marked', async () => {
    const uri = await writeWorkspaceFile('preview-sample.gongwen', sharedSampleText());
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('reportAuthor.showPreviewToSide');

    const s = await drawn(document);
    assert.strictEqual(previewTabs().length, 1, 'one preview tab');
    assert.strictEqual(s.pageCount, 4, 'the sample lays out on 4 pages');
    assert.strictEqual(s.sheets, 4, 'the webview shows one sheet per page');
    assert.strictEqual(s.placeholderMarks, 15, 'each X is marked on the page');
    assert.strictEqual(s.residueMarks, 2, '##paidbegin## and ##paidend## are marked');
    assert.match(s.summary, /4/);
    // the editor keeps the focus when the preview opens to the side
    assert.strictEqual(vscode.window.activeTextEditor?.document.uri.toString(), uri.toString());
  });

  test('follows an edit: new pages appear, and filled placeholders lose their mark', async () => {
    // title, blank line, heading, 2 + 26 cells, heading, one line: 6 lines
    const text = ['工作总结', '一、主要工作', `全年完成培训X次。${SHORT}`, '二、下步打算', SHORT].join('\n');
    const uri = await writeWorkspaceFile('preview-edit.gongwen', text);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('reportAuthor.showPreviewToSide');
    const before = await drawn(document);
    assert.strictEqual(before.sheets, 1);
    assert.strictEqual(before.placeholderMarks, 1);

    // 40 more one-line paragraphs: 46 lines, 3 pages of 22
    const end = document.lineAt(document.lineCount - 1).range.end;
    assert.ok(await editor.edit((b) => b.insert(end, `\n${Array.from({ length: 40 }, () => SHORT).join('\n')}`)));
    const longer = await drawn(document);
    assert.strictEqual(longer.pageCount, 3);
    assert.strictEqual(longer.sheets, 3);

    // fill the placeholder
    const x = document.getText().indexOf('X');
    assert.ok(await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(x), document.positionAt(x + 1)), '12')));
    const filled = await drawn(document);
    assert.strictEqual(filled.placeholderMarks, 0);
    assert.strictEqual(filled.sheets, 3);
  });

  test('follows the active report editor', async () => {
    const first = await vscode.workspace.openTextDocument(await writeWorkspaceFile('preview-a.gongwen', `甲报告\n${PARAGRAPH}`));
    const second = await vscode.workspace.openTextDocument(await writeWorkspaceFile('preview-b.gongwen', `乙报告\n${PARAGRAPH}`));
    await vscode.window.showTextDocument(first);
    await vscode.commands.executeCommand('reportAuthor.showPreviewToSide');
    await drawn(first);
    await vscode.window.showTextDocument(second, vscode.ViewColumn.One);
    await drawn(second);
    assert.strictEqual(previewTabs().length, 1, 'still one preview');
  });
});

suite('Placeholder navigation', () => {
  teardown(closeAllEditors);

  test('next and previous placeholder select each unfilled placeholder in turn, wrapping around', async () => {
    const text = ['年度工作总结', '一、工作开展情况', '全年召开会议X次，走访企业XX家。', '二、下步打算', '力争20XX年完成目标。'].join('\n');
    const uri = await writeWorkspaceFile('placeholders.gongwen', text);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const selected = () => document.getText(editor.selection);
    const at = () => document.offsetAt(editor.selection.start);

    await vscode.commands.executeCommand('reportAuthor.nextPlaceholder');
    const first = await eventually(() => (selected() === 'X' ? at() : undefined));
    assert.strictEqual(first, text.indexOf('X次'));

    await vscode.commands.executeCommand('reportAuthor.nextPlaceholder');
    assert.strictEqual(selected(), 'XX');
    assert.strictEqual(at(), text.indexOf('XX家'));

    await vscode.commands.executeCommand('reportAuthor.nextPlaceholder');
    assert.ok(['20XX', '20XX年', 'XX'].includes(selected()), selected());
    const third = at();
    assert.ok(third > text.indexOf('力争'));

    await vscode.commands.executeCommand('reportAuthor.nextPlaceholder');
    assert.strictEqual(at(), text.indexOf('X次'), 'wraps to the first');

    await vscode.commands.executeCommand('reportAuthor.previousPlaceholder');
    assert.strictEqual(at(), third, 'wraps back to the last');
    await vscode.commands.executeCommand('reportAuthor.previousPlaceholder');
    assert.strictEqual(at(), text.indexOf('XX家'));
  });
});
