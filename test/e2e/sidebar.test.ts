import * as assert from 'assert';
import type { Locator, Page } from 'playwright-core';
import { useWorkbench } from './workbench';

/** A view of the News Lens container, by its title. */
const pane = (page: Page, title: string): Locator => page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) });

/** A row of a view by its label; its aria-label is the label followed by its description, so match the label itself. */
const row = (page: Page, view: Locator, label: string): Locator =>
  view.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) }).first();

/** Drags the sash at the side bar's right edge, as a person widens it to read long rows. */
async function widenSideBar(page: Page, by: number): Promise<void> {
  const box = await page.locator('.part.sidebar').boundingBox();
  if (!box) throw new Error('the side bar is not visible');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width + 1, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width + 1 + by, y, { steps: 5 });
  await page.mouse.up();
  await page.mouse.move(box.x / 2, y); // off the sash, onto the empty activity bar, so nothing is hovered
  await page.locator('.monaco-sash.hover, .monaco-sash.active').waitFor({ state: 'detached' });
}

/** Polls until `read` gives a value that `done` accepts. */
async function waitForValue<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what} (last: ${String(value)})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

suite('The News Lens sidebar in the real workbench', () => {
  const workbench = useWorkbench();

  test('the activity bar opens the relationships, where Niger expands to its alliance with Mali', async () => {
    await workbench().quickOpen('ecowas-ultimatum.news'); // opening an article starts the extension
    const page = workbench().page;
    await page.locator('.activitybar .action-item a[aria-label^="News Lens"]').click();
    await widenSideBar(page, 160);
    const relationships = pane(page, 'Relationships');
    const expand = async (label: string): Promise<void> => {
      const target = row(page, relationships, label);
      await target.waitFor();
      if ((await target.getAttribute('aria-expanded')) !== 'true') await target.locator('.monaco-tl-twistie').click();
      await target.and(page.locator('[aria-expanded="true"]')).waitFor();
    };
    await expand('Niger');
    await expand('allied with');
    const mali = relationships.locator('.monaco-list-row[aria-label^="↔ Mali"]').first();
    await mali.waitFor();
    assert.match((await mali.innerText()).replace(/\s+/g, ' '), /Mali.*since 16 Sep 2023/);
    // Selecting the relation selects the article's sentence that names both Niger and Mali.
    await mali.locator('.label-name').click();
    await page.locator('[id="status.editor.selection"]', { hasText: /\(\d+ selected\)/ }).waitFor();
    await row(page, pane(page, 'Actors in This Article'), 'Mohamed Bazoum').waitFor();
    await workbench().screenshotForReadme('relationships-tree');
  });

  test('the toolbar toggle keeps only the article’s actors, says so in the view’s description, and toggles back', async () => {
    const page = workbench().page;
    const relationships = pane(page, 'Relationships');
    const header = relationships.locator('.pane-header');
    const action = (title: string): Locator => header.locator(`.action-label[aria-label="${title}"]`);
    // Room for every top-level row: collapse the tree and the view below it.
    await header.hover(); // the title actions show on hover
    await action('Collapse All').click();
    await pane(page, 'Actors in This Article').locator('.pane-header').click();
    const places = row(page, relationships, 'Places');
    const placeCount = async (): Promise<number> => Number(await places.locator('.label-description').innerText());
    const all = await waitForValue(placeCount, (n) => n > 5, 'the places of the whole fact base');

    await header.hover();
    await action('Show Only Actors of the Current Article').click();
    await header.locator('.description', { hasText: 'this article' }).waitFor();
    assert.match((await action('Show All Actors').getAttribute('class')) ?? '', /codicon-pass-filled/, 'the checked-looking icon');
    const inArticle = await waitForValue(placeCount, (n) => n < all, 'fewer places');
    assert.ok(inArticle > 0, 'Abuja and West Africa are places of the article');

    await header.hover();
    await action('Show All Actors').click();
    await action('Show Only Actors of the Current Article').waitFor();
    await header.locator('.description', { hasText: 'this article' }).waitFor({ state: 'detached' });
    await waitForValue(placeCount, (n) => n === all, 'all places again');
  });
});
