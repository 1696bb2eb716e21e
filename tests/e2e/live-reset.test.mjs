// The events stream when news crosses what the page is doing. A `reset` (the server cannot
// send what the page missed, e.g. its Last-Event-ID is older than the events kept): the plan
// page loads its list and its pin tiles again, so a pin it never heard of shows without a
// reload of the page; an open proposal is loaded again too, and a new status of it is said,
// as live news is. And the news of one's own step, arriving while the page loads the step's
// result, is not said a second time over what the step said.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, api, listOf, mapSettled, openPage, realFailures, sessionCookie, waitForPin, waitForStatus } from './lib.mjs';

const stamp = Date.now().toString(36);
const VIEW = '/p/milton-keynes#map=15/52.0340/-0.7600';
const GROUP = {
  email: process.env.E2E_GROUP_EMAIL ?? 'group@example.org',
  password: process.env.E2E_GROUP_PASSWORD ?? 'group password for the browser tests',
};
const DNO = {
  email: process.env.E2E_DNO_EMAIL ?? 'dno@example.org',
  password: process.env.E2E_DNO_PASSWORD ?? 'dno engineer password for the browser tests',
};

const write = (cookie, body) => ({
  method: 'POST',
  headers: { cookie, 'X-Requested-With': 'waymark', 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** A group's new proposal (over the API), moved on by the operator through `steps`. */
async function proposal(title, steps = []) {
  const [group, dno] = [await sessionCookie(GROUP.email, GROUP.password), await sessionCookie(DNO.email, DNO.password)];
  const made = await api(
    '/api/v1/plans/milton-keynes/proposals',
    write(group, { title, technology: 'heat_pump', capacity_kw: 40, import_kw: 40, group_name: 'Netherfield Warm Homes', site: { type: 'Point', coordinates: [-0.745, 52.03] } }),
  );
  assert.equal(made.status, 201, JSON.stringify(made.body));
  for (const to of steps) {
    const moved = await api(`/api/v1/proposals/${made.body.id}/transitions`, write(dno, { to }));
    assert.equal(moved.status, 200, `${to}: ${JSON.stringify(moved.body)}`);
  }
  return { id: made.body.id, group, dno };
}

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
  const title = `Heat pumps for Netherfield ${stamp}`;
  const { id, dno } = await proposal(title);

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

test('one’s own step is said once, even when its news comes while the page loads the result', async () => {
  const title = `Heat pumps for Beanhill ${stamp}`;
  const { id, group } = await proposal(title, ['under_review', 'can_connect']);
  const session = await openPage('/healthz');
  try {
    const { page, context } = session;
    const url = new URL(BASE_URL);
    await context.addCookies(
      group.split('; ').map((pair) => {
        const [name, ...value] = pair.split('=');
        return { name, value: value.join('='), domain: url.hostname, path: '/' };
      }),
    );
    await page.evaluate(() => localStorage.setItem('waymark.signedIn', '1'));
    // The page's proposal events are counted as they come; every sentence said is kept.
    await context.addInitScript(() => {
      window.__proposalNews = 0;
      window.__said = [];
      const Native = window.EventSource;
      window.EventSource = class extends Native {
        constructor(...args) {
          super(...args);
          this.addEventListener('proposal', () => {
            window.__proposalNews += 1;
          });
        }
      };
      document.addEventListener('DOMContentLoaded', () => {
        const status = document.getElementById('status');
        new MutationObserver(() => {
          if (status.textContent) window.__said.push(status.textContent);
        }).observe(status, { childList: true, characterData: true, subtree: true });
      });
    });
    await page.goto(`${BASE_URL}/p/milton-keynes#/proposal/${id}`);
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await page.locator('.proposal-steps').getByRole('button', { name: 'We are going ahead' }).waitFor();

    // After the step, the page loads the proposal again; that answer is held until the
    // step's own news has reached the page.
    let held = false;
    await page.route(`**/api/v1/proposals/${id}`, async (route) => {
      if (held && route.request().method() === 'GET') {
        await page.waitForFunction(() => window.__proposalNews > 0, null, { timeout: 15_000 });
      }
      await route.continue();
    });
    held = true;
    const before = await page.evaluate(() => window.__said.length);
    await page.locator('.proposal-steps').getByRole('button', { name: 'We are going ahead' }).click();
    await page.waitForFunction(() => /Going ahead/.test(document.querySelector('.proposal-status')?.textContent ?? ''), null, { timeout: 15_000 });
    // Whatever was to be said is said 50 ms after it is asked for: a later timer runs after it.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 100)));
    const said = await page.evaluate((from) => window.__said.slice(from), before);
    assert.deepEqual(said, ['Your proposal now says you are going ahead.'], `said:${listOf(said)}`);

    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(realFailures(session.failedRequests))}`);
  } catch (err) {
    await session.screenshot('live-own-step-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});
