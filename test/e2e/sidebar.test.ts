import * as assert from 'assert';
import { useWorkbench } from './workbench';

suite('The News Lens sidebar in the real workbench', () => {
  const workbench = useWorkbench();

  test('the activity bar opens the relationships, where Niger expands to its alliance with Mali', async () => {
    await workbench().quickOpen('ecowas-ultimatum.news'); // opening an article starts the extension
    const page = workbench().page;
    await page.locator('.activitybar .action-item a[aria-label^="News Lens"]').click();
    const pane = (title: string) => page.locator('.pane', { has: page.locator('.pane-header', { hasText: title }) });
    const relationships = pane('Relationships');
    // A row's aria-label is its label followed by its description, so match the label itself.
    const row = (within: typeof relationships, label: string) =>
      within.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: new RegExp(`^${label}$`) }) }).first();
    const expand = async (label: string): Promise<void> => {
      const target = row(relationships, label);
      await target.waitFor();
      if ((await target.getAttribute('aria-expanded')) !== 'true') await target.locator('.monaco-tl-twistie').click();
      await target.and(page.locator('[aria-expanded="true"]')).waitFor();
    };
    await expand('Niger');
    await expand('allied with');
    const mali = relationships.locator('.monaco-list-row[aria-label^="↔ Mali"]').first();
    await mali.waitFor();
    assert.match((await mali.innerText()).replace(/\s+/g, ' '), /Mali.*since 16 Sep 2023/);
    await row(pane('Actors in This Article'), 'Mohamed Bazoum').waitFor();
    await workbench().screenshotForReadme('relationships-tree');
  });
});
