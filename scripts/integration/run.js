#!/usr/bin/env node
// Runs the integration tests (out/test/integration/index.js) inside a real VS Code extension host, offline:
// VS Code's server from the npm package code-server (installed once into a cache folder), its workbench
// opened in Debian's Chromium by playwright-core, a fresh copy of test/fixtures/workspace as the folder.
//
//   node scripts/integration/run.js [--timeout SECONDS]
//
// Prints the mocha report and ends with the line `N passed, N failed`. Exit code: 0 when every test passed,
// 1 when a test failed or none ran, 2 when the machinery failed, 124 when the run did not finish in time.
// Environment:
//   REPORT_AUTHOR_VSCODE_HOME    install cache (default ~/.cache/report-author-vscode)
//   REPORT_AUTHOR_TEST_TIMEOUT   seconds for the whole run, install excluded (default 600)
//   REPORT_AUTHOR_TEST_GREP      run only the tests whose full title matches this
//   CHROMIUM_PATH                the browser (default /usr/bin/chromium)
//   HARNESS_VERBOSE=1            server, workbench and install logs
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { StringDecoder } = require('string_decoder');
const { log, debug, HarnessError } = require('./log');
const { ensureServer, serverInstallDir } = require('./install');
const { startServer, openWorkbench } = require('./host');

const ROOT = path.resolve(__dirname, '..', '..');
const TESTS_MODULE = path.join(ROOT, 'out', 'test', 'integration', 'index.js');
const FIXTURE_WORKSPACE = path.join(ROOT, 'test', 'fixtures', 'workspace');
const SUMMARY = /^(\d+) passed, (\d+) failed$/;
const ATTEMPTS = 3; // starting the server and the workbench is retried; a started test run never is
const STARTUP_LIMIT_MS = 150 * 1000; // from opening the workbench until the test module's run() is called
const EXIT = { passed: 0, failed: 1, harness: 2, timeout: 124 };

function option(name) {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    if (args[i] === `--${name}`) return args[i + 1];
    if (args[i].startsWith(`--${name}=`)) return args[i].slice(name.length + 3);
  }
  return undefined;
}

function timeoutMs() {
  const raw = option('timeout') ?? process.env.REPORT_AUTHOR_TEST_TIMEOUT ?? '600';
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) throw new HarnessError(`the timeout must be a number of seconds, not "${raw}"`);
  return seconds * 1000;
}

function which(command) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const p = path.join(dir, command);
    try {
      fs.accessSync(p, fs.constants.X_OK);
      return p;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** The Debian packages the tests need; one clear message naming every missing one. */
function checkSystem(needInstall) {
  const missing = [];
  const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(chromium)) missing.push(['chromium', chromium]);
  const rg = fs.existsSync('/usr/bin/rg') ? '/usr/bin/rg' : which('rg');
  if (!rg) missing.push(['ripgrep', 'rg']);
  if (needInstall) {
    // only to build the VS Code server's native modules, once
    if (!fs.existsSync('/usr/include/gssapi/gssapi.h')) missing.push(['libkrb5-dev', '/usr/include/gssapi/gssapi.h']);
    for (const tool of ['g++', 'make', 'python3']) if (!which(tool)) missing.push([tool, tool]);
  }
  if (missing.length) {
    const names = missing.map(([pkg]) => pkg);
    throw new HarnessError(
      `missing system packages: ${missing.map(([pkg, what]) => `${pkg} (${what})`).join(', ')}\n` +
      `  install them (Debian/Ubuntu, as root):  apt-get install -y ${[...new Set(['chromium', 'ripgrep', 'libkrb5-dev', ...names])].join(' ')}`);
  }
  return { chromium, rg };
}

function checkBuilt() {
  const needed = [path.join(ROOT, 'dist', 'extension.js'), TESTS_MODULE];
  const absent = needed.filter((p) => !fs.existsSync(p));
  if (absent.length) {
    throw new HarnessError(`not built: ${absent.map((p) => path.relative(ROOT, p)).join(', ')}\n` +
      '  run `npm run build && npm run compile-tests` first (`npm run test:integration` does both)');
  }
}

/** Streams the report the tests write to HARNESS_RESULTS, holding back the summary line for the very end. */
class ReportTail {
  constructor(file) {
    this.file = file;
    this.offset = 0;
    this.decoder = new StringDecoder('utf8');
    this.pending = '';
    this.summary = undefined;
    this.passesSeen = 0;
    this.failuresSeen = 0;
  }

  /** The test or hook that was running last (the tests write its title beside the report). */
  current() {
    try {
      return fs.readFileSync(`${this.file}.current`, 'utf8').trim();
    } catch {
      return '';
    }
  }

  get started() {
    return fs.existsSync(this.file);
  }

  poll() {
    let fd;
    try {
      fd = fs.openSync(this.file, 'r');
    } catch {
      return;
    }
    try {
      const buf = Buffer.alloc(64 * 1024);
      for (;;) {
        const n = fs.readSync(fd, buf, 0, buf.length, this.offset);
        if (n <= 0) break;
        this.offset += n;
        this.pending += this.decoder.write(buf.subarray(0, n));
      }
    } finally {
      fs.closeSync(fd);
    }
    const lines = this.pending.split('\n');
    this.pending = lines.pop();
    for (const line of lines) this.line(line);
  }

  line(line) {
    const m = SUMMARY.exec(line);
    if (m) {
      this.summary = { passed: Number(m[1]), failed: Number(m[2]) };
      return;
    }
    if (!this.summary) {
      if (/^\s*[✔✓] /.test(line)) this.passesSeen++;
      else if (/^\s+\d+\) /.test(line)) this.failuresSeen++;
    }
    process.stdout.write(line + '\n');
  }

  finish() {
    this.poll();
    if (this.pending) this.line(this.pending);
    this.pending = '';
  }
}

async function main() {
  const started = Date.now();
  const limitMs = timeoutMs();
  checkBuilt();
  const installed = fs.existsSync(path.join(serverInstallDir(), '.installed'));
  const system = checkSystem(!installed);
  const codeServer = await ensureServer(system.rg);
  const { chromium } = require('playwright-core');

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'report-author-it-'));
  const workspace = path.join(tmp, 'workspace');
  const resultsFile = path.join(tmp, 'results.txt');
  fs.cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  debug(`temporary folder ${tmp}`);

  const report = new ReportTail(resultsFile);
  let server;
  let workbench;
  let cleaned = false;
  const cleanup = async () => {
    if (cleaned) return;
    cleaned = true;
    if (workbench) await workbench.close();
    if (server) await server.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  // Called once: whatever ends the run first (the tests, the time limit, a signal) decides the exit code.
  let finishing;
  const finish = (code, passed, failed, message) => {
    finishing ??= (async () => {
      clearTimeout(hardStop);
      clearInterval(ticker);
      report.finish();
      if (message) log(message);
      await cleanup();
      process.stdout.write(`${passed} passed, ${failed} failed\n`);
      process.exit(code);
    })();
    return finishing;
  };
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.on(sig, () => finish(130, report.passesSeen, report.failuresSeen, `stopped by ${sig}`));
  }
  const runStart = Date.now();
  const hardStop = setTimeout(() => {
    const current = report.current();
    finish(EXIT.timeout, report.passesSeen, Math.max(report.failuresSeen, 1),
      `TIMEOUT: the run did not finish within ${limitMs / 1000} s (REPORT_AUTHOR_TEST_TIMEOUT / --timeout); ` +
      (!report.started ? 'the tests never started' : current ? `still running: ${current}` : 'the report above stops where the tests hung'));
  }, limitMs);
  const ticker = setInterval(() => report.poll(), 200);

  let exitCode;
  for (let attempt = 1; exitCode === undefined; attempt++) {
    try {
      server = await startServer({ codeServer, tmp, resultsFile, attempt });
      debug(`server up after ${((Date.now() - runStart) / 1000).toFixed(1)} s`);
      workbench = await openWorkbench({
        chromium, executablePath: system.chromium, server,
        extensionPath: ROOT, testsPath: TESTS_MODULE, workspace,
      });
      const serverGone = server.exited.then((c) => {
        throw new HarnessError(`the VS Code server stopped during the run (${c}):\n${server.output().slice(-3000)}`);
      });
      // Until run() has been called nothing has been tested, so a stuck start can be retried.
      let startupTimer;
      const startup = new Promise((resolve, reject) => {
        const since = Date.now();
        startupTimer = setInterval(() => {
          if (report.started) {
            clearInterval(startupTimer);
            resolve();
          } else if (Date.now() - since > STARTUP_LIMIT_MS) {
            clearInterval(startupTimer);
            reject(new HarnessError(`the extension host did not start the tests within ${STARTUP_LIMIT_MS / 1000} s`));
          }
        }, 250);
      });
      const first = await Promise.race([workbench.exitCode.then((c) => ({ c })), serverGone, startup.then(() => undefined)])
        .finally(() => clearInterval(startupTimer));
      exitCode = first ? first.c : await Promise.race([workbench.exitCode, serverGone]);
    } catch (e) {
      if (report.started || attempt >= ATTEMPTS || !(e instanceof Error)) {
        const message = e instanceof HarnessError ? e.message : (e && e.stack) || String(e);
        return finish(EXIT.harness, report.passesSeen, report.failuresSeen, `error: ${message}`);
      }
      log(`attempt ${attempt} of ${ATTEMPTS} to start VS Code failed, retrying: ${e.message.split('\n')[0]}`);
      debug(e.stack || String(e));
      if (workbench) await workbench.close();
      if (server) await server.stop();
      workbench = undefined;
      server = undefined;
    }
  }

  report.finish();
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const summary = report.summary;
  if (!summary) {
    return finish(EXIT.failed, 0, 0, report.started
      ? `the tests stopped without a summary (exit code ${exitCode}); see the output above`
      : `the test module did not run (exit code ${exitCode}); see the [extension host] lines above`);
  }
  const { passed, failed } = summary;
  if (passed + failed === 0) {
    return finish(EXIT.failed, 0, 0, 'no tests ran: is test/integration/suite/ empty, or did the grep match nothing?');
  }
  const ok = exitCode === 0 && failed === 0;
  return finish(ok ? EXIT.passed : EXIT.failed, passed, failed,
    `${ok ? 'all tests passed' : 'FAILED'} in ${seconds} s` +
    (ok || failed ? '' : ` (the test run ended with exit code ${exitCode})`));
}

main().catch((e) => {
  if (e instanceof HarnessError) log(`error: ${e.message}`);
  else log(`error: ${(e && e.stack) || e}`);
  process.stdout.write('0 passed, 0 failed\n');
  process.exit(EXIT.harness);
});
