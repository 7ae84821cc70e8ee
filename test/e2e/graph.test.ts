import * as assert from 'assert';
import type { FrameLocator } from 'playwright-core';
import { useWorkbench } from './workbench';

suite('The relationship graph in the real workbench', () => {
  const workbench = useWorkbench();
  const cspReports: string[] = [];

  /** The graph page inside the webview's two iframes (VS Code's host frame, then the content frame). */
  const graphPage = (): FrameLocator => workbench().page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');

  suiteSetup(() => {
    workbench().page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspReports.push(m.text());
    });
  });

  test('the palette command draws the graph with a summary of what it shows', async () => {
    await workbench().runCommand('News Lens: Show Relationship Graph');
    const page = graphPage();
    await page.locator('#graph canvas').first().waitFor();
    await page.locator('#graph[aria-busy="false"]').waitFor();
    const summary = await page.locator('#summary').innerText();
    const match = /^(\d+) actors?, (\d+) relations? shown$/.exec(summary);
    assert.ok(match, `summary: ${summary}`);
    assert.ok(Number(match[1]) > 4 && Number(match[2]) > 4, summary);
    await assert.doesNotReject(page.getByLabel('All actors').waitFor());
    await workbench().screenshotForReadme('relationship-graph');
    assert.deepEqual(cspReports, [], 'the page breaks no rule of its Content-Security-Policy');
  });

  test('a filter checkbox redraws the graph, and the actor list opens a fact base entry', async () => {
    const page = graphPage();
    const before = await page.locator('#summary').innerText();
    await page.getByLabel(/^Person \(\d+\)$/).uncheck();
    await page.locator('#summary', { hasNotText: before }).waitFor();
    await page.locator('#graph[aria-busy="false"]').waitFor();

    await page.locator('#actors > summary').click();
    await page.getByRole('button', { name: 'Open the fact base entry of Niger', exact: true }).click();
    await workbench().page.locator('.tab[aria-label^="niger-crisis.facts.yaml"]').waitFor();
    // The entry opens in another editor group, so the graph stays in sight.
    assert.ok(await workbench().page.locator('iframe.webview.ready').isVisible(), 'the graph is still visible');
  });
});
