import * as assert from 'assert';
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
