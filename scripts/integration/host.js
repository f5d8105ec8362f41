// Starts VS Code's server and opens its workbench in headless Chromium with the extension under test and
// its test module handed over in the URL payload, as the desktop app receives them on its command line.
// `--enable-smoke-test-driver` is what makes a built workbench honour extensionDevelopmentPath and
// extensionTestsPath from the URL, and what exposes the tests' exit code through window.codeAutomationExit.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');
const util = require('util');
const { debug, verbose, HarnessError } = require('./log');

const SERVER_START_LIMIT_MS = 90 * 1000;

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function httpStatus(url) {
  return new Promise((resolve) => {
    const req = http.get(url, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', () => resolve(0));
    req.setTimeout(5000, () => req.destroy());
  });
}

/** The environment of the server and so of the extension host: nothing of a VS Code the runner may run in. */
function serverEnv(tmp, resultsFile) {
  const env = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^(VSCODE_|ELECTRON_)/.test(k)) env[k] = v;
  }
  const home = path.join(tmp, 'home');
  const tmpdir = path.join(tmp, 'tmp');
  fs.mkdirSync(home, { recursive: true });
  fs.mkdirSync(tmpdir, { recursive: true });
  return Object.assign(env, {
    HOME: home,
    TMPDIR: tmpdir,
    XDG_CONFIG_HOME: path.join(home, '.config'),
    XDG_DATA_HOME: path.join(home, '.local', 'share'),
    XDG_CACHE_HOME: path.join(home, '.cache'),
    EXTENSIONS_GALLERY: '{}', // no marketplace
    HARNESS_RESULTS: resultsFile,
  });
}

/**
 * Starts lib/vscode/out/server-main.js on a free port and waits until it answers.
 * Returns { port, stop(), exited (a promise), output() }.
 */
async function startServer({ codeServer, tmp, resultsFile, attempt }) {
  const port = await freePort();
  const data = path.join(tmp, `server-${attempt}`);
  fs.mkdirSync(data, { recursive: true }); // the server creates the folders below, but not their parent
  const args = [
    path.join(codeServer, 'lib', 'vscode', 'out', 'server-main.js'),
    '--host', '127.0.0.1',
    '--port', String(port),
    '--without-connection-token',
    '--accept-server-license-terms',
    '--enable-smoke-test-driver',
    '--disable-workspace-trust',
    '--telemetry-level', 'off',
    '--server-data-dir', path.join(data, 'server-data'),
    '--user-data-dir', path.join(data, 'user-data'),
    '--extensions-dir', path.join(data, 'extensions'),
  ];
  debug(`starting the VS Code server on port ${port}`);
  // Its own process group, so that stopping it also stops the extension host and the other helpers it starts.
  const proc = spawn(process.execPath, args, { env: serverEnv(tmp, resultsFile), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let output = '';
  const onData = (d) => {
    output += d;
    if (output.length > 200000) output = output.slice(-100000);
    if (verbose) process.stderr.write(`[server] ${d}`);
  };
  proc.stdout.on('data', onData);
  proc.stderr.on('data', onData);
  const exited = new Promise((resolve) => proc.on('exit', (code, signal) => resolve(signal || code)));
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    const group = (sig) => {
      try {
        process.kill(-proc.pid, sig);
      } catch {
        // already gone
      }
    };
    if (proc.exitCode === null && proc.signalCode === null) {
      group('SIGTERM');
      const gone = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), 3000))]);
      if (!gone) group('SIGKILL');
    }
    group('SIGKILL'); // helpers the server started may outlive it
  };

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + SERVER_START_LIMIT_MS;
  let exitedWith;
  exited.then((c) => (exitedWith = c));
  for (;;) {
    if ((await httpStatus(`${base}/version`)) === 200) break;
    if (exitedWith !== undefined || Date.now() > deadline) {
      await stop();
      const why = exitedWith !== undefined ? `exited (${exitedWith})` : `did not answer within ${SERVER_START_LIMIT_MS / 1000} s`;
      throw new HarnessError(`the VS Code server ${why}:\n${output.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  return { port, base, stop, exited, output: () => output };
}

function remoteUri(host, p) {
  return `vscode-remote://${host}${p.split('/').map(encodeURIComponent).join('/')}`;
}

/**
 * Opens the workbench for `workspace` in Chromium with the extension and its tests.
 * Returns { exitCode (a promise of the tests' exit code), close() }.
 */
async function openWorkbench({ chromium, executablePath, server, extensionPath, testsPath, workspace }) {
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    timeout: 60000,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const close = async () => {
    await Promise.race([browser.close().catch(() => undefined), new Promise((r) => setTimeout(r, 5000))]);
  };
  try {
    const page = await browser.newPage();
    let settle;
    const exitCode = new Promise((resolve, reject) => (settle = { resolve, reject }));
    exitCode.catch(() => undefined); // a crash after the run, or while giving up on a start, needs no report
    await page.exposeFunction('codeAutomationLog', (type, args) => {
      if (!verbose) return;
      const message = util.format(...(Array.isArray(args) ? args : [args]));
      process.stderr.write(`[workbench ${type}] ${message}\n`);
    });
    await page.exposeFunction('codeAutomationExit', (code) => settle.resolve(Number(code)));
    page.on('console', (m) => {
      const text = m.text();
      // The extension host's console output reaches the page console with this tag (and CSS for the browser).
      if (text.includes('[Extension Host]')) {
        const clean = text.replace(/%c/g, '').replace(/\s*color:\s*[^ ]+\s*/g, ' ').replace(/^\s*\[Extension Host\]\s*/, '');
        process.stderr.write(`[extension host] ${clean}\n`);
      } else if (verbose) {
        process.stderr.write(`[page ${m.type()}] ${text}\n`);
      }
    });
    page.on('pageerror', (e) => debug(`[page error] ${e.message}`));
    page.on('crash', () => settle.reject(new HarnessError('the workbench page crashed')));
    browser.on('disconnected', () => settle.reject(new HarnessError('Chromium closed unexpectedly')));

    const host = `127.0.0.1:${server.port}`;
    const payload = JSON.stringify([
      ['extensionDevelopmentPath', remoteUri(host, extensionPath)],
      ['extensionTestsPath', remoteUri(host, testsPath)],
      ['skipWelcome', 'true'],
      ['skipReleaseNotes', 'true'],
    ]);
    const url = `${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(payload)}`;
    debug(`opening ${url}`);
    await page.goto(url, { timeout: 60000 });
    return { exitCode, close };
  } catch (e) {
    await close();
    throw e;
  }
}

module.exports = { startServer, openWorkbench };
