// The test module VS Code loads into the extension host (extensionTestsPath): it must export run().
// Used both by scripts/integration/run.js (VS Code server + Chromium) and by runElectron.ts
// (@vscode/test-electron, desktop VS Code).
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';
import * as vscode from 'vscode';

export function run(): Promise<void> {
  // With HARNESS_RESULTS set, the report goes to that file, which the runner prints: the extension host's
  // console reaches it mixed with the workbench's own messages. Otherwise it goes to the console.
  const resultsFile = process.env.HARNESS_RESULTS;
  const write = (line: string): void => {
    if (resultsFile) fs.appendFileSync(resultsFile, line + '\n');
    else console.log(line);
  };
  Mocha.reporters.Base.consoleLog = (...args: unknown[]): void => write(util.format(...args));

  write(`VS Code ${vscode.version} (${vscode.env.appName}), extension host on Node ${process.version}`);
  const mocha = new Mocha({
    ui: 'tdd',
    timeout: 60_000,
    reporter: 'spec',
    color: false,
    grep: process.env.REPORT_AUTHOR_TEST_GREP || undefined,
  });
  const suiteDir = path.join(__dirname, 'suite');
  const files = fs.existsSync(suiteDir) ? fs.readdirSync(suiteDir).filter((f) => f.endsWith('.test.js')).sort() : [];
  for (const f of files) mocha.addFile(path.join(suiteDir, f));

  return new Promise((resolve, reject) => {
    try {
      const runner = mocha.run((failures) => {
        const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats ?? {};
        if (pending) write(`${pending} pending`);
        // The runner reads this exact line.
        write(`${passes} passed, ${failed} failed`);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else if (passes === 0) reject(new Error(`no integration tests ran (looked in ${suiteDir})`));
        else resolve();
      });
      if (resultsFile) {
        // what is running now, for the runner to name when the time limit stops a hanging test
        const current = `${resultsFile}.current`;
        const note = (what: string) => (item: Mocha.Runnable) => fs.writeFileSync(current, `${what} "${item.fullTitle()}"`);
        const clear = () => fs.writeFileSync(current, '');
        runner.on('test', note('test')).on('test end', clear).on('hook', note('hook')).on('hook end', clear);
      }
    } catch (e) {
      // a test file that throws while loading
      write(`could not load the integration tests: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      reject(e);
    }
  });
}
