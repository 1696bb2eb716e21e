// The front door: `/` opens the default plan cleanly; a link to a plan that does not exist
// says so in plain words and offers the way to the main map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listOf, mapSettled, openPage, realFailures } from './lib.mjs';

test('/ opens the Milton Keynes plan with no errors and no outside requests', async () => {
  const session = await openPage('/');
  try {
    const { page, response } = session;
    assert.equal(response?.status(), 200, 'GET / answers 200');
    await mapSettled(page);
    assert.equal(await page.locator('h1').textContent(), 'Milton Keynes neighbourhood plan');
    assert.match(await page.title(), /Milton Keynes neighbourhood plan — Waymark/);
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(session.failedRequests, [], `failed requests:${listOf(session.failedRequests)}`);
  } finally {
    await session.close();
  }
});

test('a plan that does not exist gets a plain message and a link to the main map', async () => {
  const session = await openPage('/p/nowhere-at-all');
  try {
    const { page } = session;
    await page.getByRole('heading', { name: /could not find this plan/ }).waitFor();
    await page.getByRole('link', { name: 'Open the main map' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.getByRole('heading', { level: 1, name: 'Milton Keynes neighbourhood plan' }).waitFor();
  } finally {
    await session.close();
  }
});

test('choosing a bubble zooms in on its pins, and the list follows', async () => {
  const session = await openPage('/p/milton-keynes');
  try {
    const { page } = session;
    await mapSettled(page);
    const before = await page.evaluate(() => window.__waymark.map.getZoom());
    const firstList = await page.$$eval('.cards a', (as) => as.map((a) => a.dataset.id).join());
    // Where the biggest bubble is drawn on the screen.
    const point = await page.evaluate(() => {
      const map = window.__waymark.map;
      const bubbles = map.queryRenderedFeatures({ layers: ['contribution-clusters'] });
      const biggest = bubbles.sort((a, b) => b.properties.count - a.properties.count)[0];
      const p = map.project(biggest.geometry.coordinates);
      const box = map.getCanvas().getBoundingClientRect();
      return { x: box.left + p.x, y: box.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction((z) => window.__waymark.map.getZoom() > z + 1, before);
    await mapSettled(page);
    await page.waitForFunction((first) => [...document.querySelectorAll('.cards a')].map((a) => a.dataset.id).join() !== first, firstList);
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
  } finally {
    await session.close();
  }
});
