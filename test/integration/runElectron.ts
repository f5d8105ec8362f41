// Runs the integration tests in desktop VS Code through @vscode/test-electron, on machines that can download
// VS Code (the default route, scripts/integration/run.js, needs only the npm registry and Debian packages).
//   npm run test:electron            VSCODE_VERSION=1.100.3 npm run test:electron
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runTests, TestRunFailedError } from '@vscode/test-electron';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..', '..', '..'); // out/test/integration -> repository root
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-author-electron-'));
  // The tests may write into their workspace: give them a copy.
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(root, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  try {
    return await runTests({
      version: process.env.VSCODE_VERSION || 'stable',
      extensionDevelopmentPath: root,
      extensionTestsPath: path.join(__dirname, 'index.js'),
      launchArgs: [
        workspace,
        '--disable-extensions', // other installed extensions stay out; the one under development still loads
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
        '--user-data-dir', path.join(tmp, 'user-data'),
        '--extensions-dir', path.join(tmp, 'extensions'),
      ],
    });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    if (e instanceof TestRunFailedError) console.error(`The integration tests failed in desktop VS Code: ${e.message}`);
    else console.error(`The integration tests did not run in desktop VS Code: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
