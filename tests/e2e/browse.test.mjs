// Browsing: filters and search narrow the map and the list together; support and reply
// work; a link to a contribution opens it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  api,
  listOf,
  mapSettled,
  openPage,
  realFailures,
  renderedPinIds,
  renderedPins,
  waitForPin,
} from './lib.mjs';

const stamp = Date.now().toString(36);
/** Central Milton Keynes and Fishermead at a zoom where every pin is drawn on its own. */
const CENTRE = '#map=14.5/52.0375/-0.754';

/** What the list shows once it has settled: [{ id, kind, title, meta }]. */
async function settledCards(page) {
  await page.waitForFunction(() => document.querySelector('.view-browse')?.getAttribute('aria-busy') === 'false');
  return page.$$eval('.cards a', (links) =>
    links.map((a) => ({
      id: a.dataset.id,
      kind: a.querySelector('.kind-name')?.textContent,
      title: a.querySelector('h3')?.textContent,
      meta: a.querySelector('.card-meta')?.textContent ?? '',
    })),
  );
}

/** Waits until the list and the drawn pins both pass their checks. */
async function waitForBoth(page, cardsOk, pinsOk, what, enough = () => true) {
  const deadline = Date.now() + 15_000;
  let cards = [];
  let pins = [];
  while (Date.now() < deadline) {
    cards = await settledCards(page);
    pins = await renderedPins(page);
    if (cards.length && pins.length && cards.every(cardsOk) && pins.every(pinsOk) && enough(cards)) return { cards, pins };
    await page.waitForTimeout(100); // polling interval, not a wait for time to pass
  }
  assert.fail(`${what}: list${listOf(cards.slice(0, 5))}\npins${listOf(pins.slice(0, 5))}`);
}

test('filters by kind and theme, and search, change both the map and the list', async () => {
  const session = await openPage(`/p/milton-keynes${CENTRE}`);
  const { page } = session;
  try {
    await mapSettled(page);
    const allPins = await renderedPins(page);
    const allCards = await settledCards(page);
    assert.ok(new Set(allPins.map((p) => p.kind)).size >= 3, `several kinds are drawn:${listOf(allPins.slice(0, 5))}`);
    assert.ok(allCards.length >= 10, 'the list shows what is in view');

    // Kind: only issues.
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.getByRole('checkbox', { name: 'Issue' }).check();
    const issues = await waitForBoth(page, (c) => c.kind === 'Issue', (p) => p.kind === 'issue', 'only issues');
    assert.ok(issues.pins.length < allPins.length, 'fewer pins are drawn');
    assert.ok(issues.cards.length < allCards.length, 'the list is shorter');
    assert.match(await page.evaluate(() => location.hash), /kind=issue/, 'the filter is in the address');
    await session.screenshot('filter-kind', { fullPage: false });

    // Theme: energy, any kind.
    await page.getByRole('checkbox', { name: 'Issue' }).uncheck();
    await page.getByRole('checkbox', { name: 'Energy' }).check();
    await waitForBoth(page, (c) => c.meta.includes('Energy'), (p) => p.themes.split(',').includes('energy'), 'only energy');
    await page.getByRole('checkbox', { name: 'Energy' }).uncheck();

    // Search: the map moves onto the matches; the map and the list show only them.
    const { body } = await api('/api/v1/plans/milton-keynes/contributions?q=solar&limit=1000');
    const expected = new Set(body.features.map((f) => f.id));
    assert.ok(expected.size >= 3, 'the demo has several contributions about solar');
    await page.getByRole('searchbox', { name: 'Search' }).fill('solar');
    await page.getByRole('searchbox', { name: 'Search' }).press('Enter');
    await page.waitForFunction(() => /contributions? match/.test(document.getElementById('status')?.textContent ?? ''));
    await mapSettled(page);
    // The map is fitted to the matches, so the list, which follows the map, shows them all.
    await waitForBoth(
      page,
      (c) => expected.has(c.id),
      (p) => expected.has(p.id),
      `every match of "solar" (${expected.size}) and nothing else`,
      (cards) => cards.length === expected.size,
    );
    assert.match(await page.evaluate(() => location.hash), /q=solar/);
    await session.screenshot('search', { fullPage: false });

    // Clearing brings everything back.
    await page.getByRole('button', { name: 'Clear all filters' }).click();
    await page.waitForFunction(() => !/q=|kind=|theme=/.test(location.hash));
    await mapSettled(page);
    const cleared = await settledCards(page);
    assert.ok(cleared.some((c) => !expected.has(c.id)), 'other contributions are back in the list');

    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
  } catch (err) {
    await session.screenshot('browse-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});

test('a resident supports and replies, and a link to the contribution opens it', async () => {
  const session = await openPage(`/p/milton-keynes${CENTRE}`);
  const { page } = session;
  let id;
  let title;
  const replyText = `I agree, and the path by the shops needs it too (${stamp}).`;
  try {
    await mapSettled(page);
    const first = page.locator('.cards a').first();
    title = await first.locator('h3').textContent();
    await first.click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    id = /#\/c\/([0-9a-f-]{36})/.exec(await page.evaluate(() => location.hash))?.[1];
    assert.ok(id, 'the address names the open contribution');

    const support = page.getByRole('button', { name: /^\+?\s*Support/ });
    const count = async () => Number(/(\d+)/.exec(await page.locator('.support-count').textContent())[1]);
    const before = await count();
    assert.equal(await support.getAttribute('aria-pressed'), 'false');
    await support.click();
    await page.waitForFunction(() => document.querySelector('.support')?.getAttribute('aria-pressed') === 'true');
    assert.equal(await count(), before + 1, 'the count goes up by one');
    assert.equal((await api(`/api/v1/contributions/${id}`)).body.properties.support_count, before + 1, 'the API counts it');
    await session.screenshot('supported', { fullPage: false });
    await support.click();
    await page.waitForFunction(() => document.querySelector('.support')?.getAttribute('aria-pressed') === 'false');
    assert.equal(await count(), before, 'taking support back lowers the count');

    const repliesBefore = (await api(`/api/v1/contributions/${id}/replies`)).body.replies.length;
    await page.getByLabel('Your reply').fill(replyText);
    await page.getByLabel('Your name (optional)').fill('Sam from Fishermead');
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.locator('.replies li', { hasText: replyText }).waitFor();
    assert.match(await page.locator('.replies li').last().textContent(), /Sam from Fishermead/);
    assert.equal(await page.getByRole('heading', { name: `Replies (${repliesBefore + 1})` }).count(), 1);
    const replies = (await api(`/api/v1/contributions/${id}/replies`)).body.replies;
    assert.ok(replies.some((r) => r.body === replyText), 'the API has the reply');
    await session.screenshot('replied', { fullPage: true });
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
  } catch (err) {
    await session.screenshot('support-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }

  // A deep link in a new browser: the contribution opens, with its reply, and its pin is shown.
  const linked = await openPage(`/p/milton-keynes#/c/${id}`);
  try {
    await linked.page.getByRole('heading', { level: 2, name: title }).waitFor();
    await linked.page.locator('.replies li', { hasText: replyText }).waitFor();
    await mapSettled(linked.page);
    await waitForPin(linked.page, id);
    assert.equal(await linked.page.locator('.selected-ring').count(), 1, 'the pin is marked on the map');
    assert.ok((await renderedPinIds(linked.page)).includes(id));
    await linked.screenshot('deep-link', { fullPage: false });
    assert.deepEqual(linked.consoleErrors, [], `console errors:${listOf(linked.consoleErrors)}`);
    assert.deepEqual(realFailures(linked.failedRequests), [], `failed requests:${listOf(linked.failedRequests)}`);
  } finally {
    await linked.close();
  }
});
