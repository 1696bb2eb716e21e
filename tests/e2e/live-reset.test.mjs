// A `reset` on the events stream (the server cannot send what the page missed, e.g. its
// Last-Event-ID is older than the events kept): the plan page loads its list and its pin
// tiles again, so a pin it never heard of shows without a reload of the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, listOf, mapSettled, openPage, realFailures, waitForPin } from './lib.mjs';

const stamp = Date.now().toString(36);
const VIEW = '/p/milton-keynes#map=15/52.0340/-0.7600';

test('a reset on the events stream makes the plan page load its pins again', async () => {
  const session = await openPage(VIEW);
  try {
    const { page } = session;
    // The page's stream stays silent (it reconnects every 300 ms) until the test sends `reset`.
    let reset = false;
    await page.route('**/api/v1/plans/milton-keynes/events', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/event-stream',
        body: reset ? 'retry: 60000\nid: 1\nevent: reset\ndata: {"reason": "behind"}\n\n' : 'retry: 300\n\n',
      }),
    );
    await page.reload({ waitUntil: 'networkidle' });
    await mapSettled(page);

    // A pin the page never hears of.
    const title = `Missed while away ${stamp}`;
    const posted = await api('/api/v1/plans/milton-keynes/contributions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/geo+json' },
      body: JSON.stringify({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-0.76, 52.034] },
        properties: { kind: 'idea', themes: ['community'], title, body: '', display_name: 'Test', precision: 'exact' },
      }),
    });
    assert.equal(posted.status, 201);

    const navigations = await page.evaluate(() => performance.getEntriesByType('navigation').length);
    reset = true;
    await page.waitForFunction(
      (t) => [...document.querySelectorAll('.cards a h3')].some((h) => h.textContent === t),
      title,
      { timeout: 15_000 },
    );
    await waitForPin(page, posted.body.id, 15_000);
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), navigations, 'the page did not reload');

    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(realFailures(session.failedRequests))}`);
  } catch (err) {
    await session.screenshot('live-reset-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});
