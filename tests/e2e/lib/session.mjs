// One code-server + chromium session: a fresh user-data folder, a fresh copy of the test workspace,
// code-server in its own process group on a free loopback port, and a headless chromium showing the
// workbench. close() stops the whole process group, so nothing is left running.
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync, appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';

export const quietSettings = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'extensions.autoCheckUpdates': false,
  // "off", not false: VS Code migrates false to "off" by rewriting settings.json while it starts; one
  // rewrite less to race with an extension reading its settings.
  'extensions.autoUpdate': 'off',
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'git.enabled': false,
  // The tests read squiggles and the suggest widget; nothing else may pop up over them.
  'editor.quickSuggestions': { other: false, comments: false, strings: false },
  'editor.hover.delay': 300,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns a truthy value or `timeoutMs` passes; returns the value. */
export async function waitFor(description, check, { timeoutMs = 60_000, intervalMs = 250 } = {}) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  while (Date.now() < deadline) {
    try {
      const value = await check();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    await delay(intervalMs);
  }
  throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${description}${lastError ? ` (last error: ${lastError.message})` : ''}`);
}

export class Session {
  constructor(env, name, settings) {
    this.env = env;
    this.name = name;
    this.settings = settings;
    this.dir = join(env.runDir, 'sessions', `${name}-${Date.now()}`);
    this.workspace = join(this.dir, 'workspace');
    this.codeServer = undefined;
    this.context = undefined;
    this.page = undefined;
  }

  log(line) {
    appendFileSync(join(this.env.runDir, 'e2e.log'), `[${new Date().toISOString()}] [${this.name}] ${line}\n`);
  }

  async open() {
    const userData = join(this.dir, 'user-data');
    mkdirSync(join(userData, 'User'), { recursive: true });
    writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify({ ...quietSettings, ...this.settings }, null, 2));
    cpSync(this.env.workspaceFixture, this.workspace, { recursive: true });
    for (const sub of ['config', 'data', 'cache']) mkdirSync(join(this.dir, 'xdg', sub), { recursive: true });

    const port = await freePort();
    this.url = `http://127.0.0.1:${port}`;
    const logFile = join(this.dir, 'code-server.log');
    this.log(`starting code-server on ${this.url}`);
    // detached: code-server leads its own process group, so close() can end it with all its children
    // (extension host, language server) in one signal.
    this.codeServer = spawn(this.env.codeServer, [
      '--config', '/dev/null', '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
      '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
      '--user-data-dir', userData, '--extensions-dir', this.env.extensionsDir, this.workspace,
    ], {
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PATH: `${this.env.node24Bin}:${process.env.PATH}`,
        XDG_CONFIG_HOME: join(this.dir, 'xdg', 'config'),
        XDG_DATA_HOME: join(this.dir, 'xdg', 'data'),
        XDG_CACHE_HOME: join(this.dir, 'xdg', 'cache'),
      },
    });
    this.codeServer.stdout.on('data', (chunk) => appendFileSync(logFile, chunk));
    this.codeServer.stderr.on('data', (chunk) => appendFileSync(logFile, chunk));
    appendFileSync(join(this.env.runDir, 'process-groups'), `${this.codeServer.pid}\n`);
    let exited = false;
    this.codeServer.once('exit', () => { exited = true; });

    await waitFor('code-server to answer /healthz', async () => {
      if (exited) throw new Error(`code-server exited; see ${logFile}`);
      const response = await fetch(`${this.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
      return response.ok;
    }, { timeoutMs: 180_000, intervalMs: 500 });

    this.context = await this.env.chromium.launchPersistentContext(join(this.dir, 'browser'), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      viewport: { width: 1400, height: 900 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
      timeout: 180_000,
    });
    this.context.setDefaultTimeout(60_000);
    this.page = this.context.pages()[0] ?? await this.context.newPage();
    this.page.on('pageerror', (error) => this.log(`page error: ${error.message}`));
    await this.page.goto(`${this.url}/?folder=${encodeURIComponent(this.workspace)}`, { timeout: 180_000 });
    await this.page.locator('.monaco-workbench').waitFor({ state: 'visible', timeout: 180_000 });
    await this.page.locator('.part.statusbar').waitFor({ state: 'visible', timeout: 180_000 });
    this.log('workbench visible');
  }

  async screenshot(file) {
    if (!this.page) return;
    try {
      await this.page.screenshot({ path: join(this.env.artifactsDir, file), timeout: 30_000 });
    } catch (error) {
      this.log(`screenshot ${file} failed: ${error.message}`);
    }
  }

  async close() {
    if (this.context) {
      await this.context.close().catch((error) => this.log(`closing chromium: ${error.message}`));
      this.context = undefined;
    }
    const child = this.codeServer;
    this.codeServer = undefined;
    if (!child || child.exitCode !== null) return;
    const group = -child.pid;
    try {
      process.kill(group, 'SIGTERM');
    } catch (error) {
      if (error.code !== 'ESRCH') throw error;
      return;
    }
    const exited = await Promise.race([
      new Promise((resolve) => child.once('exit', () => resolve(true))),
      delay(15_000).then(() => false),
    ]);
    // Whatever survived SIGTERM in the group (an extension host, a language server) is ended for good.
    try {
      process.kill(group, 'SIGKILL');
    } catch (error) {
      if (error.code !== 'ESRCH') throw error;
    }
    if (!exited) this.log('code-server ignored SIGTERM for 15 s; killed its process group');
  }
}
