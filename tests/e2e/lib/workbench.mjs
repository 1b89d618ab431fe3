// What a person does in the workbench, written once: run a command from the palette, open a file,
// read the status bar, notifications, the output panel, the Problems panel. Each interaction that can
// race with the UI (a menu that has not opened yet, a palette that lost focus) is retried a few times.
// Elements are found by VS Code 1.139's CSS classes and ARIA labels (code-server 4.139.1, pinned).
import { setTimeout as delay } from 'node:timers/promises';
import { waitFor } from './session.mjs';

/** Runs `action` up to `attempts` times, calling `reset` between attempts; rethrows the last failure. */
export async function retry(description, attempts, action, reset = async () => {}) {
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      return await action(attempt);
    } catch (error) {
      lastError = error;
      if (attempt < attempts) await reset().catch(() => undefined);
    }
  }
  throw new Error(`${description} failed ${attempts} times: ${lastError?.message}`);
}

export async function dismissOverlays(page) {
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('Escape');
    await delay(150);
  }
}

/** Opens the command palette, types the command's title, and runs it. */
export async function runCommand(page, title) {
  await retry(`running "${title}" from the command palette`, 4, async () => {
    await page.locator('.monaco-workbench').click({ position: { x: 700, y: 5 }, force: true }).catch(() => undefined);
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 20_000 });
    await input.fill(`>${title}`);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ state: 'visible', timeout: 20_000 });
    await waitFor(`"${title}" to be the highlighted palette entry`, async () =>
      (await page.locator('.quick-input-widget .monaco-list-row.focused', { hasText: title }).count()) > 0, { timeoutMs: 10_000 });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: 20_000 });
  }, () => dismissOverlays(page));
}

/** Opens a workspace file in an editor through Quick Open and waits until its editor has focus. */
export async function openFile(page, fileName) {
  await retry(`opening ${fileName}`, 4, async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 20_000 });
    await input.fill(fileName);
    const row = page.locator('.quick-input-widget .monaco-list-row', { hasText: fileName }).first();
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.press('Enter');
    await page.locator(`.tabs-container .tab.active[aria-label^="${fileName}"]`).waitFor({ state: 'visible', timeout: 20_000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 20_000 });
  }, () => dismissOverlays(page));
}

export function statusItem(page, ariaLabel) {
  return page.locator(`.part.statusbar .statusbar-item[aria-label="${ariaLabel}"]`);
}

export function notificationToasts(page, text) {
  return page.locator('.notifications-toasts .notification-toast', { hasText: text });
}

/** The text of the output panel's editor (the visible lines). */
export async function outputText(page) {
  const lines = page.locator('.part.panel .output-view .monaco-editor .view-lines');
  if ((await lines.count()) === 0) return '';
  return (await lines.first().innerText()).replace(/\u00a0/g, ' ');
}

export async function waitForOutput(page, text, timeoutMs = 60_000) {
  return waitFor(`the output panel to show "${text}"`, async () => (await outputText(page)).includes(text), { timeoutMs });
}

/** Right-clicks a file in the explorer and waits for the context menu. */
export async function openExplorerContextMenu(page, fileName) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { has: page.locator('.label-name', { hasText: new RegExp(`^${fileName.replace('.', '\\.')}$`) }) }).first();
  await row.waitFor({ state: 'visible', timeout: 60_000 });
  await row.click({ button: 'right' });
  const menu = page.locator('.context-view .monaco-menu').first();
  await menu.waitFor({ state: 'visible', timeout: 10_000 });
  return menu;
}

/** The visible menu items (their labels), across the context menu and any open submenu. */
export async function menuLabels(page) {
  return page.locator('.context-view .monaco-menu .action-item .action-label').allInnerTexts();
}
