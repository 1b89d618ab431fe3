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

/**
 * Opens a workspace file in an editor through Quick Open and waits until its editor has focus. `path` is a
 * file name or a workspace-relative path ("registry-typo/berth.yaml"); the tab shows the file name only.
 */
export async function openFile(page, path) {
  const fileName = path.split('/').pop();
  const folder = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : undefined;
  await retry(`opening ${path}`, 4, async () => {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 20_000 });
    await input.fill(path);
    // A row shows the file name (exactly: "Dockerfile" must not pick a recently opened "broken.Dockerfile"),
    // and its folder as the description.
    let row = page.locator('.quick-input-widget .monaco-list-row', { has: page.locator('.label-name', { hasText: exactly(fileName) }) });
    if (folder) row = row.filter({ hasText: folder });
    await row.first().waitFor({ state: 'visible', timeout: 30_000 });
    await row.first().click();
    await page.locator(`.tabs-container .tab.active[aria-label^="${fileName}"]`).waitFor({ state: 'visible', timeout: 20_000 });
    await page.locator('.editor-instance .monaco-editor .view-lines').first().waitFor({ state: 'visible', timeout: 20_000 });
  }, () => dismissOverlays(page));
}

/** Puts the caret at the start of a (1-based) line of the active editor, with the keyboard only. */
export async function caretToLine(page, line) {
  await page.locator('.editor-instance .monaco-editor .view-lines').first().click();
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home');
}

/** The text of a (1-based) line of the active editor, as rendered (the file is short: every line is). */
export async function editorLine(page, line) {
  const lines = page.locator('.editor-instance .monaco-editor .view-lines .view-line');
  const texts = await lines.evaluateAll((nodes) => nodes
    .map((node) => ({ top: parseFloat(node.style.top || '0'), text: node.textContent ?? '' }))
    .sort((a, b) => a.top - b.top)
    .map((entry) => entry.text.replace(/\u00a0/g, ' ')));
  return texts[line - 1];
}

/** The squiggle decorations of the active editor, optionally only errors/warnings ("error", "warning"). */
export function squiggles(page, kind) {
  return page.locator(`.editor-instance .view-overlays ${kind ? `.squiggly-${kind}` : '[class*="squiggly-"]'}`);
}

/** The rows of the Problems panel (files and their entries), as text. */
export async function problemRows(page) {
  return page.locator('.markers-panel .monaco-list-row').allInnerTexts();
}

/** Opens the Quick Fix menu at the caret (Ctrl+., or the palette's "Quick Fix..." when keys are lost). */
export async function openQuickFixMenu(page, attempt) {
  if (attempt % 2 === 1) {
    await page.keyboard.press('Control+.');
  } else {
    await runCommand(page, 'Quick Fix...');
  }
  const menu = page.locator('.action-widget .monaco-list');
  await menu.first().waitFor({ state: 'visible', timeout: 20_000 });
  return menu.first();
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

/** A regular expression that matches exactly `text` (for Playwright's hasText, which otherwise matches parts). */
export function exactly(text) {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
}

/** Right-clicks a file in the explorer and waits for the context menu. */
export async function openExplorerContextMenu(page, fileName) {
  const row = page.locator('.explorer-folders-view .monaco-list-row', { has: page.locator('.label-name', { hasText: exactly(fileName) }) }).first();
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
