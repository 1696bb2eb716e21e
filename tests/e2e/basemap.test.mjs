// The plan map draws the basemap its plan chose (its own drawing, an OpenStreetMap import or
// a PMTiles archive): the page asks the server for its plan's style, not the whole server's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listOf, mapSettled, openPage } from './lib.mjs';

test("the plan map loads its plan's style and draws its basemap", async () => {
  const session = await openPage('/p/milton-keynes');
  try {
    const { page } = session;
    await mapSettled(page);
    const styles = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.pathname === '/style.json')
        .map((url) => url.search),
    );
    assert.deepEqual(styles, ['?plan=milton-keynes'], 'only the plan’s style is fetched');
    const drawn = await page.evaluate(
      () => window.__waymark.map.queryRenderedFeatures().filter((f) => f.source === 'basemap').length,
    );
    assert.ok(drawn > 0, 'the basemap is drawn');
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
  } finally {
    await session.close();
  }
});
