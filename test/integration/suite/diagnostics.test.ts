import * as assert from 'assert';
import * as vscode from 'vscode';
import {
  closeAllEditors, eventually, ourDiagnostics, ruleOf, sharedSampleText, workspaceFile, writeWorkspaceFile,
} from '../helpers';

suite('Diagnostics on a template from a document site', () => {
  teardown(closeAllEditors);

  test('the template opened as .txt is switched to gongwen and shows its placeholders and residue', async () => {
    const text = sharedSampleText();
    const uri = await writeWorkspaceFile('template-from-site.txt', text);
    const opened = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(opened);

    const document = await eventually(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'gongwen'));
    assert.ok(document, 'the .txt template was not switched to the gongwen language');

    const diagnostics = await eventually(() => {
      const d = ourDiagnostics(uri);
      return d.length >= 18 ? d : undefined;
    });
    assert.ok(diagnostics, `expected 18 diagnostics, got ${JSON.stringify(ourDiagnostics(uri).map((d) => d.message))}`);
    const serious = diagnostics.filter((d) => d.severity <= vscode.DiagnosticSeverity.Warning);
    const placeholders = serious.filter((d) => ruleOf(d) === 'placeholder');
    const residue = serious.filter((d) => ruleOf(d) === 'site-residue');
    assert.strictEqual(placeholders.length, 15);
    assert.strictEqual(residue.length, 2);
    // and the one misspelling, 签定 for 签订, as a hint (a variant dictionaries still list)
    const typos = diagnostics.filter((d) => ruleOf(d) === 'typo');
    assert.deepStrictEqual(typos.map((d) => [document.getText(d.range), d.severity]), [['签定', vscode.DiagnosticSeverity.Information]]);
    assert.strictEqual(serious.length, 17);
    for (const d of placeholders) assert.strictEqual(document.getText(d.range), 'X');
    assert.deepStrictEqual(residue.map((d) => document.getText(d.range)), ['##paidbegin##', '##paidend##']);
    // each X at its own place, in document order
    const offsets = placeholders.map((d) => document.offsetAt(d.range.start));
    const expected: number[] = [];
    for (let i = text.indexOf('X'); i >= 0; i = text.indexOf('X', i + 1)) expected.push(i);
    assert.deepStrictEqual(offsets, expected);
    // the code links to the rule's documentation
    const code = diagnostics[0].code;
    assert.ok(typeof code === 'object' && code.target.path.endsWith('docs/rules.md') && code.target.fragment === ruleOf(diagnostics[0]));
  });

  test('the residue quick fix removes the marker and leaves the prose intact', async () => {
    const text = sharedSampleText();
    const uri = await writeWorkspaceFile('template-quickfix.gongwen', text);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const marker = await eventually(() => ourDiagnostics(uri).find((d) => ruleOf(d) === 'site-residue' && document.getText(d.range) === '##paidbegin##'));
    assert.ok(marker, 'no diagnostic for ##paidbegin##');

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, marker.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.kind?.value === vscode.CodeActionKind.QuickFix.value && a.edit && a.edit.size > 0);
    assert.ok(fix, `no quick fix with an edit offered; got ${JSON.stringify(actions.map((a) => ({ title: a.title, kind: a.kind?.value, edit: a.edit?.size })))}`);
    assert.strictEqual(fix.isPreferred, true);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.strictEqual(document.getText(), text.replace('##paidbegin##', ''));

    const remaining = await eventually(() => {
      const d = ourDiagnostics(uri).filter((x) => ruleOf(x) === 'site-residue');
      return d.length === 1 ? d : undefined;
    });
    assert.ok(remaining, 'the fixed marker is still reported');
    assert.strictEqual(document.getText(remaining[0].range), '##paidend##');
  });

  test('diagnostics follow typing', async () => {
    const uri = await writeWorkspaceFile('typing.gongwen', '2024年工作总结\n一、主要成效\n全年完成培训3次。\n');
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    await new Promise((r) => setTimeout(r, 500));
    assert.strictEqual(ourDiagnostics(uri).filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length, 0);

    const at = document.getText().indexOf('3次');
    await editor.edit((b) => b.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 1)), 'X'));
    const flagged = await eventually(() => ourDiagnostics(uri).find((d) => ruleOf(d) === 'placeholder'));
    assert.ok(flagged, 'a placeholder typed in was not flagged');
    assert.strictEqual(document.getText(flagged.range), 'X');

    // a document that stops being a report loses its diagnostics
    await editor.edit((b) => b.replace(flagged.range, '3'));
    await vscode.languages.setTextDocumentLanguage(document, 'plaintext');
    assert.ok(await eventually(() => ourDiagnostics(uri).length === 0), 'diagnostics stayed after leaving the gongwen language');
  });

  test('ordinary Markdown and plain text are left alone', async () => {
    for (const name of ['notes.md', 'plain.txt']) {
      const uri = workspaceFile(name);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const before = document.languageId;
      await new Promise((r) => setTimeout(r, 1000));
      const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      assert.strictEqual(current?.languageId, before, `${name} was switched to ${current?.languageId}`);
      assert.notStrictEqual(before, 'gongwen');
      assert.strictEqual(ourDiagnostics(uri).length, 0, `${name} got diagnostics`);
    }
  });
});

suite('Report detection settings', () => {
  teardown(async () => {
    await vscode.workspace.getConfiguration('reportAuthor').update('autoDetect', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAllEditors();
  });

  test('with autoDetect "never" a report saved as .txt stays plain text', async () => {
    await vscode.workspace.getConfiguration('reportAuthor').update('autoDetect', 'never', vscode.ConfigurationTarget.Workspace);
    const uri = await writeWorkspaceFile('never-switched.txt', sharedSampleText());
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await new Promise((r) => setTimeout(r, 1000));
    const current = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    assert.strictEqual(current?.languageId, 'plaintext');
    assert.strictEqual(ourDiagnostics(uri).length, 0);
  });

  test('the command switches a document to the report language by hand', async () => {
    await vscode.workspace.getConfiguration('reportAuthor').update('autoDetect', 'never', vscode.ConfigurationTarget.Workspace);
    const uri = await writeWorkspaceFile('by-hand.txt', '工作总结\n全年开展培训X次。\n');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await vscode.commands.executeCommand('reportAuthor.switchToGongwen');
    const switched = await eventually(() => vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'gongwen'));
    assert.ok(switched, 'the document was not switched');
    assert.ok(await eventually(() => ourDiagnostics(uri).some((d) => ruleOf(d) === 'placeholder')));
  });
});
