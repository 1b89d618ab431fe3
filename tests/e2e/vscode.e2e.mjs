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
  caretToLine, dismissOverlays, editorLine, menuLabels, notificationToasts, openExplorerContextMenu, openFile, openQuickFixMenu,
  problemRows, retry, runCommand, squiggles, statusItem, waitForOutput,
} from './lib/workbench.mjs';
import { engineAddress, inspectImage, removeImage } from './lib/engine.mjs';

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
const serverReadyTimeoutMs = 420_000;

/** Session kinds: each step names the one it runs in; sessions are shared between steps of a kind. */
const sessionSettings = {
  default: {
    // BERTH_E2E_SERVER_PATH (for working on this test only) runs another server build than the bundled one.
    ...(process.env.BERTH_E2E_SERVER_PATH ? { 'berth.server.path': process.env.BERTH_E2E_SERVER_PATH } : {}),
    // The test engine, through the setting a user would set (the client hands it to the server as DOCKER_HOST).
    ...(process.env.DOCKER_HOST ? { 'berth.docker.host': process.env.DOCKER_HOST } : {}),
  },
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
    name: 'a quick fix from the light-bulb menu removes the squiggle and the Problems entry',
    session: 'default',
    async run({ page, session, shot }) {
      // quickfix.Dockerfile has one problem: line 3 ADDs a local file (DL3020, fix "Change ADD to COPY").
      const file = 'quickfix.Dockerfile';
      const fixTitle = 'Change ADD to COPY';
      const message = 'ADD of local files works like COPY';
      await waitForServerReady(page);
      await openFile(page, file);
      await waitFor('the squiggle under ADD', async () => (await squiggles(page).count()) > 0, { timeoutMs: 120_000 });
      await retry('showing the DL3020 entry in Problems', 3, async () => {
        await runCommand(page, 'View: Focus Problems');
        await waitFor(`the entry for ${file} in Problems`, async () => {
          const rows = await problemRows(page);
          return rows.some((row) => row.includes(file)) && rows.some((row) => row.includes(message));
        }, { timeoutMs: 30_000 });
      }, () => dismissOverlays(page));
      await delay(500);
      await session.screenshot(`${shot}-before.png`);

      await retry(`choosing "${fixTitle}" in the Quick Fix menu`, 4, async (attempt) => {
        // A fix applied by an attempt whose check timed out is not applied twice.
        if ((await editorLine(page, 3))?.startsWith('COPY ')) return;
        await dismissOverlays(page);
        await caretToLine(page, 3);
        await openQuickFixMenu(page, attempt);
        const fix = page.locator('.action-widget .monaco-list-row.action', { hasText: fixTitle }).first();
        await fix.waitFor({ state: 'visible', timeout: 20_000 });
        await delay(500);
        await session.screenshot(`${shot}-menu.png`);
        await fix.click();
        await waitFor('line 3 to start with COPY', async () => (await editorLine(page, 3))?.startsWith('COPY '), { timeoutMs: 20_000 });
      }, () => dismissOverlays(page));

      await waitFor('the squiggle to disappear', async () => (await squiggles(page).count()) === 0, { timeoutMs: 120_000 });
      await retry(`the ${file} entry leaving Problems`, 3, async () => {
        await runCommand(page, 'View: Focus Problems');
        await page.locator('.markers-panel').first().waitFor({ state: 'visible', timeout: 20_000 });
        await waitFor(`no entry for ${file} in Problems`, async () => {
          const rows = await problemRows(page);
          return !rows.some((row) => row.includes(file) || row.includes(message));
        }, { timeoutMs: 60_000 });
      }, () => dismissOverlays(page));
      await delay(500);
    },
  },
  {
    name: 'a schema error in berth.yaml is underlined and listed in Problems',
    session: 'default',
    async run({ page }) {
      // registry-typo/berth.yaml says "edition: enterprize" (the schema allows personal or enterprise).
      const path = 'registry-typo/berth.yaml';
      await waitForServerReady(page);
      await openFile(page, path);
      await waitFor('a squiggle on the "edition: enterprize" line', async () => {
        const line = page.locator('.editor-instance .view-lines .view-line', { hasText: 'edition: enterprize' }).first();
        const lineBox = await line.boundingBox();
        if (!lineBox) return false;
        for (const squiggle of await squiggles(page).all()) {
          const box = await squiggle.boundingBox();
          if (box && Math.abs((box.y + box.height / 2) - (lineBox.y + lineBox.height / 2)) < lineBox.height / 2) return true;
        }
        return false;
      }, { timeoutMs: 120_000 });
      await retry('showing the schema error in Problems', 3, async () => {
        await runCommand(page, 'View: Focus Problems');
        await waitFor('the edition error of berth.yaml in Problems', async () => {
          const rows = await problemRows(page);
          return rows.some((row) => row.includes('berth.yaml')) && rows.some((row) => /registry\.edition.*personal.*enterprise/.test(row));
        }, { timeoutMs: 30_000 });
      }, () => dismissOverlays(page));
      await delay(500);
    },
  },
  {
    name: 'Build Image from the explorer menu shows progress and builds the image in the engine',
    session: 'default',
    async run({ page, session, shot }) {
      // berth.yaml next to the Dockerfile names the image; the Dockerfile's RUN sleeps, so the build takes seconds.
      const reference = 'berth-e2e-hello:e2e';
      const engine = engineAddress(process.env.DOCKER_HOST);
      // Gone first, so that finding it afterwards proves this build made it.
      await removeImage(engine, reference);
      if (await inspectImage(engine, reference)) throw new Error(`could not remove ${reference} before the build`);
      await waitForServerReady(page);
      const progress = notificationToasts(page, `Building ${reference}`);
      const failure = notificationToasts(page, 'Build Image failed');
      await retry('running Build Image from the explorer\'s Berth submenu', 4, async () => {
        // An earlier attempt whose menu click did land has a build running already.
        if ((await progress.count()) > 0 || await inspectImage(engine, reference)) return;
        await dismissOverlays(page);
        await openExplorerContextMenu(page, 'Dockerfile');
        const berth = page.locator('.context-view .monaco-menu .action-item .action-label', { hasText: /^Berth$/ }).first();
        await berth.waitFor({ state: 'visible', timeout: 10_000 });
        await berth.hover();
        const build = page.locator('.context-view .monaco-menu .action-item .action-label', { hasText: /^Build Image$/ }).first();
        await build.waitFor({ state: 'visible', timeout: 10_000 });
        await build.click();
        await waitFor('the build\'s progress notification', async () => {
          if ((await failure.count()) > 0) throw new Error(await failure.first().innerText());
          return (await progress.count()) > 0;
        }, { timeoutMs: 30_000 });
      }, () => dismissOverlays(page));
      await progress.first().waitFor({ state: 'visible', timeout: 30_000 });
      await delay(500);
      await session.screenshot(`${shot}-progress.png`);
      // Work-done progress that the server marks cancellable gets a Cancel button.
      const cancel = await progress.first().locator('.monaco-button', { hasText: 'Cancel' }).count();
      if (cancel !== 1) throw new Error('the build\'s progress notification has no Cancel button');

      const image = await waitFor(`the engine to have ${reference}`, async () => {
        if ((await failure.count()) > 0) throw new Error(await failure.first().innerText());
        return inspectImage(engine, reference);
      }, { timeoutMs: 180_000, intervalMs: 1_000 });
      if (!image.RepoTags?.includes(reference)) throw new Error(`the built image is not tagged ${reference}: ${JSON.stringify(image.RepoTags)}`);
      await waitFor('the progress notification to close', async () => (await progress.count()) === 0, { timeoutMs: 120_000 });
      if ((await failure.count()) > 0) throw new Error(await failure.first().innerText());
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
