import * as assert from 'assert';
import * as vscode from 'vscode';
import { strFromU8, unzipSync } from 'fflate';
import { closeAllEditors, sharedSampleText, workspaceFile, writeWorkspaceFile } from '../helpers';

async function exportTo(command: string, source: vscode.Uri, options: { target: vscode.Uri; overwrite?: boolean }): Promise<vscode.Uri | undefined> {
  return vscode.commands.executeCommand<vscode.Uri | undefined>(command, source, options);
}

async function read(uri: vscode.Uri): Promise<Uint8Array> {
  return vscode.workspace.fs.readFile(uri);
}

/** Names in the workspace folder that look like an export's temporary file. */
async function leftovers(): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(workspaceFile(''));
  return entries.map(([name]) => name).filter((name) => name.endsWith('.tmp'));
}

type WarningMessage = typeof vscode.window.showWarningMessage;

/** Answers the next modal question with `answer` (the tests cannot click), recording the questions. */
function answerModals(answer: string | undefined): { questions: string[]; restore: () => void } {
  const window = vscode.window as { showWarningMessage: WarningMessage };
  const original = window.showWarningMessage;
  const questions: string[] = [];
  const stub = (message: string, ...rest: unknown[]) => {
    const options = rest[0];
    if (options && typeof options === 'object' && (options as vscode.MessageOptions).modal) {
      questions.push(message);
      return Promise.resolve(answer);
    }
    return Promise.resolve(undefined);
  };
  window.showWarningMessage = stub as WarningMessage;
  return { questions, restore: () => { window.showWarningMessage = original; } };
}

suite('Export', () => {
  teardown(closeAllEditors);

  test('writes the open report as a Word document (.docx) in GB/T 9704 layout', async () => {
    const source = await writeWorkspaceFile('export-sample.gongwen', sharedSampleText());
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(source));
    const target = workspaceFile('export-sample.docx');
    const written = await exportTo('reportAuthor.exportDocx', source, { target });
    assert.strictEqual(written?.toString(), target.toString());
    const files = unzipSync(await read(target));
    const documentXml = strFromU8(files['word/document.xml']);
    assert.match(documentXml, /2023年度全面从严治党述职报告/);
    assert.match(documentXml, /<w:pgSz w:w="11906" w:h="16838"/, 'A4');
    assert.match(strFromU8(files['word/styles.xml']), /w:eastAsia="仿宋_GB2312"/);
    assert.deepStrictEqual(await leftovers(), [], 'no temporary file is left behind');
  });

  test('writes a .txt report as a standalone HTML page, without opening it in an editor', async () => {
    const source = await writeWorkspaceFile('export-plain.txt', '关于2024年度工作的报告\n一、主要工作\n全年完成各项任务。\n二、下步打算\n继续推进。\n');
    const target = workspaceFile('export-plain.html');
    const written = await exportTo('reportAuthor.exportHtml', source, { target });
    assert.strictEqual(written?.toString(), target.toString());
    const html = strFromU8(await read(target));
    assert.match(html, /^<!DOCTYPE html>/);
    assert.match(html, /@page \{ size: A4/);
    assert.match(html, /关于2024年度工作的报告/);
    assert.match(html, /class="sheet odd" id="page-1"/);
    assert.doesNotMatch(html, /<link|<script|src=/i, 'nothing is loaded from elsewhere');
  });

  test('refuses to overwrite an existing file without confirmation', async () => {
    const source = await writeWorkspaceFile('export-keep.gongwen', sharedSampleText());
    const target = await writeWorkspaceFile('export-keep.docx', 'a document of my own');
    const unchanged = async () => assert.strictEqual(strFromU8(await read(target)), 'a document of my own');

    // told not to replace: nothing written
    assert.strictEqual(await exportTo('reportAuthor.exportDocx', source, { target, overwrite: false }), undefined);
    await unchanged();

    // asked, and the question dismissed: nothing written
    let modal = answerModals(undefined);
    try {
      assert.strictEqual(await exportTo('reportAuthor.exportDocx', source, { target }), undefined);
    } finally {
      modal.restore();
    }
    assert.strictEqual(modal.questions.length, 1, 'the user was asked');
    assert.match(modal.questions[0], /export-keep\.docx/);
    await unchanged();

    // asked and confirmed: replaced
    const replace = vscode.env.language.toLowerCase().startsWith('zh') ? '替换' : 'Replace';
    modal = answerModals(replace);
    try {
      assert.strictEqual((await exportTo('reportAuthor.exportDocx', source, { target }))?.toString(), target.toString());
    } finally {
      modal.restore();
    }
    assert.strictEqual(strFromU8((await read(target)).subarray(0, 2)), 'PK');
    assert.deepStrictEqual(await leftovers(), []);
  });

  test('reports a place it cannot write to and changes nothing', async () => {
    const source = await writeWorkspaceFile('export-nowhere.gongwen', sharedSampleText());
    // a file where the folder should be: the write fails
    const blocker = await writeWorkspaceFile('export-blocker.txt', 'not a folder');
    const target = vscode.Uri.joinPath(blocker, 'export.docx');
    assert.strictEqual(await exportTo('reportAuthor.exportDocx', source, { target }), undefined);
    assert.strictEqual(strFromU8(await read(blocker)), 'not a folder');
    assert.deepStrictEqual(await leftovers(), []);
  });
});
