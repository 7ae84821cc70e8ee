import { copyFileSync, mkdirSync } from 'fs';
import { join } from 'path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { e2eSession, type E2eSession } from './session';

/** How long UI waits may take; the first file open also starts the extension host. */
const uiTimeout = 30_000;

/** The real VS Code workbench in Chromium, driven the way a person would (REAL-VSCODE.md §5). */
export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly resultsDir: string,
  ) {}

  /** Opens the workbench on the session's workspace in a fresh browser context. */
  static async open(session: E2eSession): Promise<Workbench> {
    const context = await session.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    page.setDefaultTimeout(uiTimeout);
    await page.goto(session.workbenchUrl);
    await page.locator('.monaco-workbench').waitFor();
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor();
    return new Workbench(page, context, session.resultsDir);
  }

  /** Rows of the Explorer tree, by label. */
  async explorerLabels(): Promise<string[]> {
    const rows = await this.page.locator('.explorer-folders-view .monaco-list-row').all();
    return Promise.all(rows.map(async (row) => (await row.getAttribute('aria-label')) ?? ''));
  }

  /** Opens a file with Quick Open (Ctrl+P), as a user would, and waits for its tab. */
  async quickOpen(fileName: string): Promise<void> {
    await this.pickFromQuickInput('Control+P', fileName, fileName);
    await this.page.locator(`.tab.active[aria-label^="${cssString(fileName)}"]`).waitFor();
  }

  /** Runs a command from the palette (F1) by its full title, e.g. "Developer: Show Running Extensions". */
  async runCommand(title: string): Promise<void> {
    await this.pickFromQuickInput('F1', title, title);
  }

  /** The text of the active editor's visible lines. */
  async editorText(): Promise<string> {
    // The tab can be active before the editor has rendered its first lines.
    const lines = this.activeEditor().locator('.view-lines');
    await lines.locator('.view-line', { hasText: /\S/ }).first().waitFor();
    const text = await lines.innerText();
    return text.replace(/\u00a0/g, ' ');
  }

  /** The language shown in the status bar for the active editor ("News Article"). */
  async statusBarLanguage(): Promise<string> {
    return (await this.page.locator('[id="status.editor.mode"]').innerText()).trim();
  }

  /** A status bar entry by its id, e.g. "newslens.news-lens.status". */
  statusBarItem(id: string): Locator {
    return this.page.locator(`.statusbar-item[id="${cssString(id)}"]`);
  }

  /** The rows of the open quick pick that show `text`, case and all. */
  quickInputRows(text: string): Locator {
    const exactCase = new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    return this.page.locator('.quick-input-widget .monaco-list-row', { hasText: exactCase });
  }

  /** Clicks the row of the open quick pick that shows `text` (case and all), and waits for it to go (hidden or replaced). */
  async pickOpenQuickInputRow(text: string): Promise<void> {
    const row = this.quickInputRows(text).first();
    await row.waitFor();
    await row.click();
    await row.waitFor({ state: 'hidden' });
  }

  /**
   * Moves the mouse over the first visible occurrence of `word` in the active editor, as a person
   * would, and returns the text of the hover that appears. The editor font is monospace, so the
   * word's position inside its token span is its character offset times the character width.
   */
  async hoverText(word: string): Promise<string> {
    const span = this.activeEditor().locator('.view-lines span span', { hasText: word }).first();
    const [text, box] = await Promise.all([span.textContent(), span.boundingBox()]);
    const at = text?.indexOf(word) ?? -1;
    if (!text || !box || at < 0) throw new Error(`"${word}" is not visible in the active editor`);
    const charWidth = box.width / text.length;
    await this.page.mouse.move(box.x + (at + word.length / 2) * charWidth, box.y + box.height / 2);
    const hover = this.page.locator('.monaco-hover:not(.hidden)').first();
    await hover.waitFor();
    return hover.innerText();
  }

  /** A row of any tree or list (Explorer, custom views, running extensions) by its aria-label. */
  treeRow(label: string, within = '.monaco-workbench'): Locator {
    return this.page.locator(`${within} .monaco-list-row[aria-label="${cssString(label)}"]`);
  }

  /** Expands a collapsed tree row; does nothing when it is already expanded or is a leaf. */
  async expandTreeRow(row: Locator): Promise<void> {
    if ((await row.getAttribute('aria-expanded')) === 'false') {
      await row.click();
      await row.and(this.page.locator('[aria-expanded="true"]')).waitFor();
    }
  }

  /** Saves a full-window screenshot to test-results/e2e/<name>.png and returns its path. */
  async screenshot(name: string): Promise<string> {
    mkdirSync(this.resultsDir, { recursive: true });
    const path = join(this.resultsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
    await this.page.screenshot({ path });
    return path;
  }

  /**
   * Saves a screenshot like screenshot() and also as media/screenshots/<name>.png, the pictures the
   * README shows, so every e2e run regenerates them from the real workbench.
   */
  async screenshotForReadme(name: string): Promise<string> {
    const path = await this.screenshot(name);
    const readmeDir = join(__dirname, '..', '..', 'media', 'screenshots');
    mkdirSync(readmeDir, { recursive: true });
    copyFileSync(path, join(readmeDir, `${name}.png`));
    return path;
  }

  async close(): Promise<void> {
    await this.context.close();
  }

  private activeEditor(): Locator {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /**
   * Opens a quick input with `key`, fills it, and accepts the row whose label starts with
   * `rowLabel`. Starts over when the widget closes early (something else took focus).
   */
  private async pickFromQuickInput(key: string, text: string, rowLabel: string): Promise<void> {
    const widget = this.page.locator('.quick-input-widget');
    const input = widget.locator('.quick-input-box input');
    const row = widget.locator(`.monaco-list-row[aria-label^="${cssString(rowLabel)}"]`).first();
    for (let attempt = 1; ; attempt++) {
      try {
        // The first keystrokes after load can arrive before the workbench has focus: press again.
        for (let press = 0; !(await input.isVisible()); press++) {
          if (press === 10) throw new Error(`${key} did not open the quick input`);
          await this.page.keyboard.press(key);
          await input.waitFor({ timeout: 1_000 }).catch(() => undefined);
        }
        await input.fill((key === 'F1' ? '>' : '') + text);
        await row.waitFor({ timeout: 10_000 });
        await row.click();
        await widget.waitFor({ state: 'hidden' });
        return;
      } catch (error) {
        if (attempt === 3) throw error;
        await this.page.keyboard.press('Escape');
      }
    }
  }
}

/**
 * Opens one workbench for the enclosing mocha suite, screenshots failed tests, and closes it
 * afterwards. Call inside `suite(...)`; the returned getter works inside tests.
 */
export function useWorkbench(): () => Workbench {
  let workbench: Workbench | undefined;
  suiteSetup(async function () {
    this.timeout(120_000);
    workbench = await Workbench.open(e2eSession());
  });
  teardown(async function () {
    const test = this.currentTest;
    if (workbench && test?.state === 'failed') {
      const path = await workbench.screenshot(`FAILED-${test.fullTitle()}`);
      console.log(`      screenshot of the failure: ${path}`);
    }
  });
  suiteTeardown(async () => {
    await workbench?.close();
  });
  return () => {
    if (!workbench) throw new Error('the workbench did not open');
    return workbench;
  };
}

function cssString(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
