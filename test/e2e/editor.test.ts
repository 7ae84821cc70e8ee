import * as assert from 'assert';
import { rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { e2eSession } from './session';
import { useWorkbench } from './workbench';

suite('Reading an article in the real workbench', () => {
  const workbench = useWorkbench();

  test('actors are highlighted when a sample article opens', async () => {
    await workbench().quickOpen('coup-in-niamey.news');
    const page = workbench().page;
    // Decorations with a background render as overlay boxes behind the text.
    // The first article also starts the extension host, so wait for the boxes to appear.
    const boxes = page.locator('.editor-group-container.active .view-overlays .cdr');
    await page
      .waitForFunction("document.querySelectorAll('.editor-group-container.active .view-overlays .cdr').length > 10", undefined, { timeout: 30_000 })
      .catch(() => undefined);
    assert.ok((await boxes.count()) > 10, `only ${await boxes.count()} highlight boxes are visible`);
    await workbench().screenshotForReadme('highlighted-article');
  });

  test('hovering a name with the mouse shows the actor card', async () => {
    await workbench().quickOpen('coup-in-niamey.news');
    const card = await workbench().hoverText('Bazoum');
    assert.match(card, /Mohamed Bazoum/);
    assert.match(card, /President of Niger/);
    assert.match(card, /26 Jul 2023/);
    await workbench().screenshotForReadme('hover-card');
  });
});

suite('The status bar item', () => {
  const workbench = useWorkbench();
  const FILE = 'status-e2e.facts.yaml';

  teardown(() => rmSync(join(e2eSession().workspace, FILE), { force: true }));

  test('shows the active fact base and the article’s actors, and switches fact base from its menu', async () => {
    await workbench().quickOpen('coup-in-niamey.news');
    const item = workbench().statusBarItem('newslens.news-lens.newsLens.status');
    await item.filter({ hasText: /(?:^|\s)Default · \d+ actors$/ }).waitFor();

    // A fact base file appears in the workspace, as when a colleague's file is copied in.
    writeFileSync(join(e2eSession().workspace, FILE), 'newsLens: 1\nactors:\n  - id: e2e-person\n    name: Quilla Varn\n    type: person\n    summary: A reporter made up for this test.\n');
    await item.filter({ hasText: /(?:^|\s)status-e2e · \d+ actors$/ }).waitFor();

    await item.click();
    await workbench().pickOpenQuickInputRow('Switch Fact Base…');
    await workbench().quickInputRows('Shipped Default').waitFor();
    await workbench().screenshotForReadme('switch-fact-base');
    await workbench().pickOpenQuickInputRow('Shipped Default');
    await item.filter({ hasText: /(?:^|\s)Default · \d+ actors$/ }).waitFor();

    await item.click();
    await workbench().pickOpenQuickInputRow('Switch Fact Base…');
    await workbench().pickOpenQuickInputRow('Workspace Fact Base');
    await item.filter({ hasText: /(?:^|\s)status-e2e · \d+ actors$/ }).waitFor();
  });
});
