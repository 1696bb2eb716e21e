// A `reset` on the events stream (the server cannot send what the page missed, e.g. its
// Last-Event-ID is older than the events kept): the plan page loads its list and its pin
// tiles again, so a pin it never heard of shows without a reload of the page; an open
// proposal is loaded again too, and a new status of it is said, as live news is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, api, listOf, mapSettled, openPage, realFailures, sessionCookie, waitForPin, waitForStatus } from './lib.mjs';

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

test('a proposal’s new status is said when a reset follows its news at once', async () => {
  const write = (cookie, body) => ({
    method: 'POST',
    headers: { cookie, 'X-Requested-With': 'waymark', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const group = await sessionCookie(process.env.E2E_GROUP_EMAIL ?? 'group@example.org', process.env.E2E_GROUP_PASSWORD ?? 'group password for the browser tests');
  const dno = await sessionCookie(process.env.E2E_DNO_EMAIL ?? 'dno@example.org', process.env.E2E_DNO_PASSWORD ?? 'dno engineer password for the browser tests');
  const title = `Heat pumps for Netherfield ${stamp}`;
  const proposal = await api(
    '/api/v1/plans/milton-keynes/proposals',
    write(group, { title, technology: 'heat_pump', capacity_kw: 40, import_kw: 40, group_name: 'Netherfield Warm Homes', site: { type: 'Point', coordinates: [-0.745, 52.03] } }),
  );
  assert.equal(proposal.status, 201, JSON.stringify(proposal.body));
  const id = proposal.body.id;

  const session = await openPage('/healthz');
  try {
    const { page } = session;
    let news = null;
    await page.route('**/api/v1/plans/milton-keynes/events', (route) =>
      route.fulfill({ status: 200, contentType: 'text/event-stream', body: news ?? 'retry: 300\n\n' }),
    );
    await page.goto(`${BASE_URL}/p/milton-keynes#/proposal/${id}`);
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    assert.match(await page.locator('.proposal-status').textContent(), /Sent, waiting for the network operator/);

    // The operator starts looking at it; the page hears of it, and at once of a reset (two
    // loads of the proposal in flight: the later must not silence the news of the first).
    const moved = await api(`/api/v1/proposals/${id}/transitions`, write(dno, { to: 'under_review' }));
    assert.equal(moved.status, 200, JSON.stringify(moved.body));
    const event = JSON.stringify({ id, status: 'under_review', at: new Date().toISOString() });
    news = `retry: 60000\nid: 1\nevent: proposal\ndata: ${event}\n\nid: 2\nevent: reset\ndata: {"reason": "behind"}\n\n`;
    await page.waitForFunction(() => /Being looked at/.test(document.querySelector('.proposal-status')?.textContent ?? ''), null, { timeout: 15_000 });
    await waitForStatus(page, new RegExp(`${title} is now: Being looked at by the network operator`));

    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(realFailures(session.failedRequests))}`);
  } catch (err) {
    await session.screenshot('live-reset-proposal-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});
