import * as assert from 'assert';
import * as vscode from 'vscode';
import { EXTENSION_ID, eventually, workspaceFile } from '../helpers';

suite('Activation', () => {
  test('the extension is installed in the host', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not among the extensions of this VS Code`);
    const languages = (extension.packageJSON.contributes?.languages ?? []) as { id: string }[];
    assert.ok(languages.some((l) => l.id === 'gongwen'), 'the extension contributes the gongwen language');
  });

  test('opening a .gongwen report gives it the gongwen language and activates the extension', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);

    const document = await vscode.workspace.openTextDocument(workspaceFile('shuzhi-2024.gongwen'));
    await vscode.window.showTextDocument(document);
    assert.strictEqual(document.languageId, 'gongwen');
    assert.ok(document.getText().startsWith('2024年度个人述职报告'), 'the fixture report was read as UTF-8');

    // onLanguage:gongwen activates it; activation runs after the document has opened
    if (!(await eventually(() => extension.isActive))) {
      // activate() by hand only to show why it did not activate (it would reject with the error)
      let reason = 'activate() did not report an error';
      try {
        await extension.activate();
      } catch (e) {
        reason = e instanceof Error ? e.stack ?? e.message : String(e);
      }
      assert.fail(`${EXTENSION_ID} did not activate on opening a .gongwen file: ${reason}`);
    }
  });

  test('a .gongwen.md file is a report, not Markdown', async () => {
    const document = await vscode.workspace.openTextDocument(workspaceFile('summary.gongwen.md'));
    assert.strictEqual(document.languageId, 'gongwen');
  });
});
