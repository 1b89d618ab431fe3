// The end-to-end test of the Berth extension in a real VS Code workbench (code-server) driven through
// headless chromium like a person would. Started by scripts/e2e/run.sh, which installs the freshly
// packaged .vsix first. Each step saves a screenshot under artifacts/e2e/; a failed step is run once
// more from a clean session (fresh code-server, fresh user data, fresh workspace copy). The last line
// printed is "N passed, N failed".
import { createRequire } from 'node:module';
import { mkdirSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { Session, waitFor } from './lib/session.mjs';
import {
  dismissOverlays, menuLabels, notificationToasts, openExplorerContextMenu, openFile, retry, runCommand, statusItem, waitForOutput,
} from './lib/workbench.mjs';

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`vscode.e2e: ${name} is not set; run this test through scripts/e2e/run.sh`);
    process.exit(2);
  }
  return value;
}

const require = createRequire(join(required('BERTH_E2E_PLAYWRIGHT'), 'node_modules', 'noop.js'));
const { chromium } = require('playwright-core');

const env = {
  runDir: required('BERTH_E2E_RUN_DIR'),
  artifactsDir: required('BERTH_E2E_ARTIFACTS'),
  codeServer: required('BERTH_E2E_CODE_SERVER'),
  node24Bin: required('BERTH_E2E_NODE24_BIN'),
  extensionsDir: required('BERTH_E2E_EXTENSIONS'),
  workspaceFixture: required('BERTH_E2E_WORKSPACE'),
  chromium,
};
mkdirSync(env.artifactsDir, { recursive: true });

// Generous on purpose: CI shares 2 cores with a .NET build; a slow machine must not fail a step.
const serverReadyTimeoutMs = 240_000;

/** Session kinds: each step names the one it runs in; sessions are shared between steps of a kind. */
const sessionSettings = {
  // BERTH_E2E_SERVER_PATH (for working on this test only) runs another server build than the bundled one.
  default: process.env.BERTH_E2E_SERVER_PATH ? { 'berth.server.path': process.env.BERTH_E2E_SERVER_PATH } : {},
  brokenServer: { 'berth.server.path': '/nonexistent/berth-e2e/berth' },
};

async function waitForServerReady(page) {
  await statusItem(page, 'Berth: ready').waitFor({ state: 'visible', timeout: serverReadyTimeoutMs });
}

const steps = [
  {
    name: 'extension activates and the status bar shows the server ready',
    session: 'default',
    async run({ page }) {
      await waitForServerReady(page);
      await delay(500);
    },
  },
  {
    name: 'Show Output opens the Berth output channel',
    session: 'default',
    async run({ page }) {
      await waitForServerReady(page);
      await retry('showing the Berth output', 3, async () => {
        await runCommand(page, 'Berth: Show Output');
        await waitForOutput(page, 'Starting the Berth server', 30_000);
      }, () => dismissOverlays(page));
      await delay(500);
    },
  },
  {
    name: 'explorer right-click on the Dockerfile shows the Berth submenu',
    session: 'default',
    async run({ page, session, shot }) {
      await waitForServerReady(page);
      await retry('opening the Berth submenu', 4, async () => {
        await dismissOverlays(page);
        await openExplorerContextMenu(page, 'Dockerfile');
        const berth = page.locator('.context-view .monaco-menu .action-item .action-label', { hasText: /^Berth$/ }).first();
        await berth.waitFor({ state: 'visible', timeout: 10_000 });
        await berth.hover();
        await waitFor('the Berth submenu to list Build Image', async () => {
          const labels = await menuLabels(page);
          return labels.includes('Build Image') && labels.includes('Run Container') && labels.includes('Push Image');
        }, { timeoutMs: 10_000 });
        // The submenu closes when the mouse leaves it: the picture is taken while it is open.
        await session.screenshot(`${shot}-submenu.png`);
      }, () => dismissOverlays(page));
      return async () => dismissOverlays(page);
    },
  },
  {
    name: 'completion on an empty line offers instructions',
    session: 'default',
    async run({ page }) {
      await waitForServerReady(page);
      await openFile(page, 'Dockerfile');
      await retry('getting instruction completions', 4, async () => {
        await dismissOverlays(page);
        await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+End');
        await page.keyboard.press('Enter');
        await page.keyboard.press('Control+Space');
        const widget = page.locator('.editor-widget.suggest-widget.visible');
        await widget.waitFor({ state: 'visible', timeout: 20_000 });
        await waitFor('instructions in the completion list', async () => {
          const rows = await widget.locator('.monaco-list-row').allInnerTexts();
          return rows.some((row) => /\b(RUN|COPY|ENV|WORKDIR|HEALTHCHECK)\b/.test(row));
        }, { timeoutMs: 20_000 });
      }, async () => {
        await dismissOverlays(page);
        await page.keyboard.press('Control+Z');
      });
      await delay(500);
      return async () => {
        await dismissOverlays(page);
        await page.keyboard.press('Control+Z');
      };
    },
  },
  {
    name: 'hover on an instruction shows its documentation',
    session: 'default',
    async run({ page }) {
      await waitForServerReady(page);
      await openFile(page, 'Dockerfile');
      const hover = page.locator('.monaco-hover:not(.hidden) .hover-contents');
      await retry('showing the hover of FROM', 4, async () => {
        await dismissOverlays(page);
        const from = page.locator('.editor-instance .view-lines .view-line span', { hasText: /^FROM$/ }).first();
        await from.waitFor({ state: 'visible', timeout: 20_000 });
        // Keyboard first (no mouse timing involved): caret into the keyword, then "Show Hover".
        await from.click();
        await page.keyboard.press('Control+K');
        await page.keyboard.press('Control+I');
        const shown = await hover.first().waitFor({ state: 'visible', timeout: 15_000 }).then(() => true, () => false);
        if (!shown) {
          await page.mouse.move(5, 5);
          await from.hover();
          await hover.first().waitFor({ state: 'visible', timeout: 15_000 });
        }
        await waitFor('the hover to document FROM', async () => /base image|build stage/i.test(await hover.first().innerText()), { timeoutMs: 20_000 });
      }, () => page.mouse.move(5, 5));
      await delay(500);
      return async () => dismissOverlays(page);
    },
  },
  {
    name: 'a broken Dockerfile gets squiggles and Problems entries',
    session: 'default',
    async run({ page }) {
      await waitForServerReady(page);
      await openFile(page, 'broken.Dockerfile');
      const squiggles = page.locator('.editor-instance .view-overlays [class*="squiggly-"]');
      await waitFor('squiggles in the broken Dockerfile', async () => (await squiggles.count()) > 0, { timeoutMs: 120_000 });
      await retry('showing the Problems panel', 3, async () => {
        await runCommand(page, 'View: Focus Problems');
        await waitFor('an entry for broken.Dockerfile in Problems', async () => {
          const rows = await page.locator('.markers-panel .monaco-list-row').allInnerTexts();
          return rows.some((row) => row.includes('broken.Dockerfile')) && rows.length > 1;
        }, { timeoutMs: 30_000 });
      }, () => dismissOverlays(page));
      await delay(500);
    },
  },
  {
    name: 'a server that cannot start shows one message with Show Output',
    session: 'brokenServer',
    async run({ page, session, shot }) {
      const message = "Berth's language server could not start";
      const toast = notificationToasts(page, message);
      await toast.first().waitFor({ state: 'visible', timeout: serverReadyTimeoutMs });
      await statusItem(page, 'Berth: failed to start').waitFor({ state: 'visible', timeout: 30_000 });
      // One message, not one per retry or per library layer: give any second one time to appear.
      await delay(3_000);
      const count = await notificationToasts(page, /Berth/).count();
      if (count !== 1) throw new Error(`expected one Berth notification, saw ${count}`);
      const text = await toast.first().innerText();
      if (!text.includes('berth.server.path')) throw new Error(`the message does not say what to fix: ${text}`);
      await delay(500);
      await session.screenshot(`${shot}-message.png`);
      await retry('clicking Show Output on the message', 3, async () => {
        await toast.first().locator('.monaco-button', { hasText: 'Show Output' }).click({ timeout: 10_000 });
        await waitForOutput(page, 'could not start', 30_000);
      });
    },
  },
];

const sessions = new Map();

async function sessionFor(kind) {
  let session = sessions.get(kind);
  if (!session) {
    session = new Session(env, kind, sessionSettings[kind]);
    sessions.set(kind, session);
    await session.open();
  }
  return session;
}

async function discardSession(kind) {
  const session = sessions.get(kind);
  sessions.delete(kind);
  await session?.close();
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60);
}

let passed = 0;
let failed = 0;
const onSignal = async (signal) => {
  console.log(`vscode.e2e: ${signal}; stopping code-server and chromium`);
  for (const kind of [...sessions.keys()]) await discardSession(kind);
  process.exit(1);
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

try {
  for (const [index, step] of steps.entries()) {
    const shot = `${String(index + 1).padStart(2, '0')}-${slug(step.name)}`;
    let ok = false;
    for (let attempt = 1; attempt <= 2 && !ok; attempt++) {
      const started = Date.now();
      let session;
      try {
        session = await sessionFor(step.session);
        const cleanup = await step.run({ page: session.page, session, shot });
        await session.screenshot(`${shot}.png`);
        if (typeof cleanup === 'function') await cleanup();
        ok = true;
        console.log(`ok - ${step.name} (${Math.round((Date.now() - started) / 1000)} s${attempt > 1 ? ', second attempt' : ''})`);
      } catch (error) {
        await session?.screenshot(`${shot}-failed-attempt-${attempt}.png`);
        console.log(`${attempt === 1 ? 'retrying' : 'not ok'} - ${step.name}: ${error.message.split('\n')[0]}`);
        appendFileSync(join(env.runDir, 'e2e.log'), `${step.name} attempt ${attempt}: ${error.stack}\n`);
        // The second attempt starts from nothing: a new code-server, user data and workspace copy.
        await discardSession(step.session);
      }
    }
    if (ok) passed++;
    else failed++;
  }
} finally {
  for (const kind of [...sessions.keys()]) await discardSession(kind);
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
