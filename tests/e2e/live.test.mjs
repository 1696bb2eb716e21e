// Live pins: two people have the plan page open; one pins an idea and the other sees it on
// the map and in the list without reloading; when a moderator hides it, it goes again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, listOf, mapSettled, openContributionId, openPage, realFailures, sessionCookie, waitForPin, waitForStatus } from './lib.mjs';

const stamp = Date.now().toString(36);
// Both pages look at the same streets, close enough for single pins.
const VIEW = '/p/milton-keynes#map=15/52.0340/-0.7600';

/** Signs a moderator in from Node and moderates contribution `id` (hide, restore…). */
async function moderate(id, action) {
  const who = {
    email: process.env.E2E_MODERATOR_EMAIL ?? 'moderator@example.org',
    password: process.env.E2E_MODERATOR_PASSWORD ?? 'moderator password for the browser tests',
  };
  const headers = { 'Content-Type': 'application/json', 'X-Requested-With': 'e2e' };
  const cookie = await sessionCookie(who.email, who.password);
  const done = await fetch(`${BASE_URL}/api/v1/contributions/${id}/moderation`, {
    method: 'POST',
    headers: { ...headers, Cookie: cookie },
    body: JSON.stringify({ action, reason: 'browser test of live hiding' }),
  });
  assert.equal(done.status, 200, `the moderator can ${action} it`);
}

test('a pin added on one page appears on another open page, on the map and in the list, without a reload', async () => {
  const watcher = await openPage(VIEW);
  const adder = await openPage(VIEW);
  try {
    await mapSettled(watcher.page);
    await mapSettled(adder.page);
    const { page } = adder;
    await page.getByRole('button', { name: 'Add your idea' }).click();
    await page.getByRole('heading', { name: 'Add your idea' }).waitFor();
    const box = await page.locator('#map canvas').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await waitForStatus(page, /Pin placed/);
    await page.getByRole('button', { name: 'Continue' }).click();
    const title = `Live pin ${stamp}: a pop-up repair café`;
    await page.getByLabel('Title').fill(title);
    await page.getByRole('checkbox', { name: 'Community' }).check();
    await page.getByRole('button', { name: 'Add to the map' }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const id = await openContributionId(page);
    assert.ok(id, 'the adder has the new contribution open');

    // The watcher never reloads: the events stream brings the pin and the card.
    const navigations = await watcher.page.evaluate(() => performance.getEntriesByType('navigation').length);
    await waitForPin(watcher.page, id, 15_000);
    await watcher.page.waitForFunction(
      (t) => [...document.querySelectorAll('.cards a h3')].some((h) => h.textContent === t),
      title,
      { timeout: 15_000 },
    );
    assert.equal(await watcher.page.evaluate(() => performance.getEntriesByType('navigation').length), navigations);
    assert.equal(await watcher.page.evaluate(() => location.hash.includes('/c/')), false, 'the watcher was not moved');
    await watcher.screenshot('live-pin-watcher', { fullPage: false });

    // The watcher opens it; a moderator hides it: it leaves the map, the list and the open detail.
    await watcher.page.locator('.cards a', { hasText: title }).click();
    await watcher.page.getByRole('heading', { level: 2, name: title }).waitFor();
    await moderate(id, 'hide');
    await watcher.page.getByRole('heading', { level: 2, name: 'What people have said' }).waitFor({ timeout: 15_000 });
    await waitForStatus(watcher.page, /hidden by a moderator/);
    await watcher.page.waitForFunction(
      (t) => ![...document.querySelectorAll('.cards a h3')].some((h) => h.textContent === t),
      title,
    );
    await watcher.page.waitForFunction((want) => !window.__waymark.renderedPinIds().includes(want), id, { timeout: 15_000 });
    await watcher.screenshot('live-pin-hidden', { fullPage: false });

    for (const s of [watcher, adder]) {
      assert.deepEqual(s.consoleErrors, [], `console errors:${listOf(s.consoleErrors)}`);
      assert.deepEqual(realFailures(s.failedRequests), [], `failed requests:${listOf(realFailures(s.failedRequests))}`);
    }
  } catch (err) {
    await watcher.screenshot('live-failure-watcher', { fullPage: false });
    await adder.screenshot('live-failure-adder', { fullPage: false });
    throw err;
  } finally {
    await watcher.close();
    await adder.close();
  }
});
