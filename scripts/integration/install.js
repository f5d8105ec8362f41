// Installs the VS Code server used by the integration tests, once, into a cache folder.
//
// VS Code OSS's server comes from the npm package `code-server` (it carries VS Code in lib/vscode), because
// @vscode/test-electron's download from Microsoft is not reachable from every machine that runs the tests.
// code-server's own postinstall is done here by hand: run as root it asks for npm's removed --unsafe-perm,
// and its nested install downloads ripgrep from GitHub (Debian's ripgrep is linked in instead).
//
// Several people may run the tests at once on one machine: the install is built in a private folder and
// renamed into place in one step, and a lock folder keeps a second process from building it twice.
'use strict';

const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { log, verbose, HarnessError } = require('./log');

const CODE_SERVER_VERSION = '4.100.3'; // carries VS Code 1.100.3; the last release whose server runs on Node 20
const INSTALLED_MARK = '.installed';
const LOCK_STALE_MS = 30 * 60 * 1000;

function cacheHome() {
  return process.env.REPORT_AUTHOR_VSCODE_HOME || path.join(os.homedir(), '.cache', 'report-author-vscode');
}

/** Where the installed code-server package lives (its lib/vscode holds the VS Code server). */
function serverInstallDir(home = cacheHome()) {
  return path.join(home, `code-server-${CODE_SERVER_VERSION}`);
}

function isInstalled(dir) {
  return fs.existsSync(path.join(dir, INSTALLED_MARK));
}

function codeServerDir(installDir) {
  return path.join(installDir, 'node_modules', 'code-server');
}

/** Environment for the npm and native builds of the install. */
function installEnv() {
  const env = {
    ...process.env,
    npm_config_yes: 'true', // node-pty's build runs `npx node-gyp`; an npmrc saying yes=false would stop it
    npm_config_fund: 'false',
    npm_config_audit: 'false',
    npm_config_update_notifier: 'false',
    npm_config_loglevel: 'error',
  };
  // Native addons must be built against the headers of the Node that runs the server (this one). When that
  // Node ships its headers, point node-gyp at them so that it never needs to download them.
  const prefix = path.resolve(path.dirname(process.execPath), '..');
  if (!env.npm_config_nodedir && fs.existsSync(path.join(prefix, 'include', 'node', 'node.h'))) {
    env.npm_config_nodedir = prefix;
  }
  return env;
}

function run(cmd, args, cwd, logFile) {
  return new Promise((resolve, reject) => {
    const line = `$ (cd ${cwd} && ${cmd} ${args.join(' ')})\n`;
    fs.appendFileSync(logFile, line);
    if (verbose) process.stderr.write(line);
    const child = spawn(cmd, args, { cwd, env: installEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    const onData = (d) => {
      fs.appendFileSync(logFile, d);
      if (verbose) process.stderr.write(d);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (e) => reject(new HarnessError(`could not run ${cmd}: ${e.message}`)));
    child.on('close', (code, signal) => {
      if (code === 0) resolve();
      else reject(new HarnessError(`\`${cmd} ${args.join(' ')}\` in ${cwd} failed (${signal || 'exit ' + code})`));
    });
  });
}

function tail(file, lines) {
  try {
    return fs.readFileSync(file, 'utf8').split('\n').slice(-lines).join('\n');
  } catch {
    return '';
  }
}

/** The install steps, into `dir` (a fresh private folder). */
async function buildInto(dir, rgPath, logFile) {
  const step = (what) => log(`  ${what}`);
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'report-author-vscode-server', private: true }) + '\n');

  step(`npm install code-server@${CODE_SERVER_VERSION} (scripts off)`);
  await run('npm', ['install', '--ignore-scripts', '--save-exact', `code-server@${CODE_SERVER_VERSION}`], dir, logFile);
  const cs = codeServerDir(dir);
  const vscodeDir = path.join(cs, 'lib', 'vscode');

  step('build argon2 from source (its prebuilt download is not used)');
  await run('npm', ['rebuild', 'argon2'], dir, logFile);

  step("install VS Code's own dependencies (pinned by lib/vscode/npm-shrinkwrap.json)");
  await run('npm', ['install', '--omit=dev', '--ignore-scripts'], vscodeDir, logFile);

  // With bin/rg in place, @vscode/ripgrep's install step finds it and skips its GitHub download.
  const rgBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBin, { recursive: true });
  fs.rmSync(path.join(rgBin, 'rg'), { force: true });
  fs.symlinkSync(rgPath, path.join(rgBin, 'rg'));

  step('build native modules (node-pty, spdlog, kerberos, watcher, ...)');
  await run('npm', ['rebuild'], vscodeDir, logFile);

  // What code-server's postinstall links: the server looks up node_modules.asar, and the CLI helpers.
  const link = (target, name) => {
    fs.rmSync(name, { force: true });
    fs.symlinkSync(target, name);
  };
  link('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  link('code-linux.sh', path.join(vscodeDir, 'bin', 'remote-cli', 'code-server'));
  link('browser-linux.sh', path.join(vscodeDir, 'bin', 'helpers', 'browser.sh'));

  step('install the built-in extensions\' dependencies');
  await run('npm', ['install', '--omit=dev'], path.join(vscodeDir, 'extensions'), logFile);

  if (!fs.existsSync(path.join(vscodeDir, 'out', 'server-main.js'))) {
    throw new HarnessError(`the install finished but ${path.join(vscodeDir, 'out', 'server-main.js')} is missing`);
  }
  fs.writeFileSync(path.join(dir, INSTALLED_MARK), `code-server@${CODE_SERVER_VERSION} installed ${new Date().toISOString()}\n`);
}

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return e.code === 'EPERM';
  }
}

/** A lock folder; mkdir is atomic. Returns a release function, or undefined when someone else holds it. */
function tryLock(lockDir) {
  try {
    fs.mkdirSync(lockDir);
  } catch (e) {
    if (e.code !== 'EEXIST') throw e;
    // Someone holds it: take it over only when its owner is gone (same machine) or it is very old.
    let owner;
    try {
      owner = JSON.parse(fs.readFileSync(path.join(lockDir, 'owner.json'), 'utf8'));
    } catch {
      owner = undefined;
    }
    let age = 0;
    try {
      age = Date.now() - fs.statSync(lockDir).mtimeMs;
    } catch {
      return undefined; // released meanwhile: try again on the next round
    }
    const ownerGone = owner ? owner.host === os.hostname() && !processAlive(owner.pid) : age > 60 * 1000;
    if (ownerGone || age > LOCK_STALE_MS) {
      log(`removing a stale install lock (${owner ? 'process ' + owner.pid + ' is gone' : 'no owner'})`);
      fs.rmSync(lockDir, { recursive: true, force: true });
    }
    return undefined;
  }
  fs.writeFileSync(path.join(lockDir, 'owner.json'), JSON.stringify({ pid: process.pid, host: os.hostname(), started: new Date().toISOString() }));
  return () => fs.rmSync(lockDir, { recursive: true, force: true });
}

/**
 * Makes sure the VS Code server is installed; returns the code-server package folder.
 * Safe to call from several processes at once.
 */
async function ensureServer(rgPath) {
  const home = cacheHome();
  const dir = serverInstallDir(home);
  if (isInstalled(dir)) return codeServerDir(dir);
  fs.mkdirSync(home, { recursive: true });

  const lockDir = `${dir}.lock`;
  let release;
  let waitingSince;
  while (!(release = tryLock(lockDir))) {
    if (isInstalled(dir)) return codeServerDir(dir);
    if (!waitingSince) {
      waitingSince = Date.now();
      log(`another process is installing the VS Code server into ${dir}; waiting for it`);
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  try {
    if (isInstalled(dir)) return codeServerDir(dir);
    const started = Date.now();
    const partial = `${dir}.partial-${process.pid}`;
    const logFile = path.join(home, `install-${CODE_SERVER_VERSION}.log`);
    fs.writeFileSync(logFile, '');
    fs.rmSync(partial, { recursive: true, force: true });
    fs.mkdirSync(partial);
    log(`installing the VS Code server (code-server@${CODE_SERVER_VERSION}) into ${dir}: first run only, a few minutes`);
    try {
      await buildInto(partial, rgPath, logFile);
    } catch (e) {
      fs.rmSync(partial, { recursive: true, force: true });
      const detail = verbose ? '' : `\n--- last lines of ${logFile} ---\n${tail(logFile, 40)}`;
      throw new HarnessError(`installing the VS Code server failed: ${e.message}${detail}`);
    }
    // A half-finished folder from a crashed run may sit at `dir` without the mark: move it away first.
    if (fs.existsSync(dir)) fs.rmSync(dir, { recursive: true, force: true });
    try {
      fs.renameSync(partial, dir);
    } catch (e) {
      fs.rmSync(partial, { recursive: true, force: true });
      if (!isInstalled(dir)) throw e;
    }
    log(`VS Code server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return codeServerDir(dir);
  } finally {
    release();
  }
}

module.exports = { ensureServer, cacheHome, serverInstallDir, CODE_SERVER_VERSION };
