import * as assert from 'assert';
import { rmSync } from 'fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { e2eSession } from './session';
import { useWorkbench } from './workbench';

const ARTICLE = 'mali-prime-minister.news';
const NAME = 'Abdoulaye Maïga';

/** Classes (besides `cdr`) of the decoration boxes behind the first visible occurrence of `text` in the active editor. */
async function decorationClassesBehind(page: Page, text: string): Promise<string[]> {
  // A string, as this project type-checks without the DOM library; it runs in the page.
  return page.evaluate<string[]>(`(() => {
    const needle = ${JSON.stringify(text)};
    const editor = document.querySelector('.editor-group-container.active .monaco-editor');
    if (!editor) return [];
    const walker = document.createTreeWalker(editor.querySelector('.view-lines') || editor, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent || '').replace(/\u00a0/g, ' ').indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      const word = range.getBoundingClientRect();
      return [...editor.querySelectorAll('.view-overlays .cdr')].flatMap((box) => {
        const r = box.getBoundingClientRect();
        const overlaps = r.left < word.right - 2 && word.left + 2 < r.right && r.top < word.bottom - 2 && word.top + 2 < r.bottom;
        return overlaps ? [...box.classList].filter((c) => c !== 'cdr') : [];
      });
    }
    return [];
  })()`);
}

suite('Annotating in the real workbench', () => {
  const workbench = useWorkbench();

  suiteTeardown(() => {
    rmSync(join(e2eSession().workspace, '.newslens'), { recursive: true, force: true });
  });

  test('a name the fact base does not know becomes a new actor through the quick pick, and is highlighted with a hover card', async () => {
    const { page } = workbench();
    await workbench().quickOpen(ARTICLE);
    await page.locator('.editor-group-container.active .view-lines').getByText('Assimi Goïta').first().waitFor();
    // The classes of a person's highlight, from a person the shipped fact base knows.
    const person = await waitForValue(() => decorationClassesBehind(page, 'Assimi Goïta'), (c) => c.length > 0, 'the highlight of Assimi Goïta');
    assert.deepStrictEqual((await decorationClassesBehind(page, NAME)).filter((c) => person.includes(c)), [], `${NAME} is not highlighted before`);

    // Select the name as a person would: find it, then close the find widget, keeping the selection.
    await page.keyboard.press('Control+F');
    const find = page.locator('.editor-group-container.active .find-widget textarea, .editor-group-container.active .find-widget input').first();
    await find.fill(NAME);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');

    // F1 → News Lens: Annotate Selection… → New Actor…
    const quickInput = page.locator('.quick-input-widget');
    const input = quickInput.locator('.quick-input-box input');
    await page.keyboard.press('F1');
    await input.waitFor();
    await input.fill('>News Lens: Annotate Selection');
    await quickInput.locator('.monaco-list-row[aria-label^="News Lens: Annotate Selection"]').first().waitFor();
    await page.keyboard.press('Enter');
    const newActor = quickInput.locator('.monaco-list-row', { hasText: 'New Actor…' }).first();
    await newActor.waitFor();
    assert.match(await quickInput.innerText(), new RegExp(`Annotate “${NAME}”`));
    await workbench().screenshotForReadme('annotate-quick-pick');
    await newActor.click();

    // Name (prefilled from the selection), type, summary.
    await quickInput.locator('.quick-input-title', { hasText: 'New Actor (1/3)' }).waitFor();
    assert.strictEqual(await input.inputValue(), NAME);
    await page.keyboard.press('Enter');
    await quickInput.locator('.quick-input-title', { hasText: 'New Actor (2/3)' }).waitFor();
    await input.fill('Person');
    await quickInput.locator('.monaco-list-row[aria-label^="Person"]').first().waitFor();
    await page.keyboard.press('Enter');
    await quickInput.locator('.quick-input-title', { hasText: 'New Actor (3/3)' }).waitFor();
    await input.fill('Malian army officer and government spokesman, prime minister of Mali since November 2024.');
    await page.keyboard.press('Enter');

    // The workspace has no fact base yet: News Lens asks before creating one.
    const dialog = page.locator('.monaco-dialog-box');
    await dialog.waitFor();
    assert.match(await dialog.innerText(), /\.newslens\/facts\.yaml/);
    await dialog.getByRole('button', { name: 'Create' }).click();

    const after = await waitForValue(() => decorationClassesBehind(page, NAME), (c) => c.some((x) => person.includes(x)), `the person highlight on ${NAME}`);
    assert.ok(after.some((c) => person.includes(c)));

    const card = await workbench().hoverText('Abdoulaye');
    assert.match(card, /Abdoulaye Maïga/);
    assert.match(card, /Malian army officer and government spokesman/);
    await workbench().screenshotForReadme('annotate-hover');
  });
});

async function waitForValue<T>(read: () => Promise<T>, ok: (value: T) => boolean, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (ok(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${JSON.stringify(value)})`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
