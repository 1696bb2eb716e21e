// Text people type is shown as text: markup in a title, a body, a name or a reply is never
// run or rendered, in the list, the detail or the replies.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, listOf, mapSettled, openPage, realFailures } from './lib.mjs';

const TITLE = '<img src=x onerror=alert(1)>';
const BODY = '<script>alert(2)</script><b>not bold</b>';
const NAME = '<svg onload=alert(3)>';
const REPLY = '<img src=y onerror=alert(4)>';

test('a contribution whose title is an <img onerror> is shown as text and no dialog opens', async () => {
  const created = await api('/api/v1/plans/milton-keynes/contributions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/geo+json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-0.7489, 52.0351] },
      properties: { kind: 'issue', themes: ['safety'], title: TITLE, body: BODY, display_name: NAME, precision: 'exact' },
    }),
  });
  assert.equal(created.status, 201, `the API takes it: ${JSON.stringify(created.body)}`);
  const id = created.body.id;

  const session = await openPage(`/p/milton-keynes#/c/${id}`);
  const { page } = session;
  const dialogs = [];
  page.on('dialog', async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  try {
    const heading = page.getByRole('heading', { level: 2, name: TITLE });
    await heading.waitFor();
    assert.equal(await heading.textContent(), TITLE, 'the title is shown as typed');
    assert.match(await page.locator('.detail .body').textContent(), /<script>alert\(2\)<\/script><b>not bold<\/b>/);
    assert.match(await page.locator('.detail .meta').textContent(), /<svg onload=alert\(3\)>/);

    // A reply with markup, through the form.
    await page.getByLabel('Your reply').fill(REPLY);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await page.locator('.replies li', { hasText: REPLY }).waitFor();

    // And in the list.
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await mapSettled(page);
    const card = page.locator('.cards a', { has: page.locator('h3', { hasText: TITLE }) });
    await card.first().waitFor();
    assert.equal(await card.first().locator('h3').textContent(), TITLE);
    await session.screenshot('xss-as-text', { fullPage: false });

    const injected = await page.evaluate(() => ({
      imgs: document.querySelectorAll('img[src="x"], img[src="y"]').length,
      scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
      svgs: document.querySelectorAll('.panel svg').length,
      bold: document.querySelectorAll('.panel b').length,
    }));
    assert.deepEqual(injected, { imgs: 0, scripts: 0, svgs: 0, bold: 0 }, 'no element was made from the text');
    assert.deepEqual(dialogs, [], `dialogs opened:${listOf(dialogs)}`);
    const strays = session.failedRequests.filter((r) => /\/(x|y)(\?|:|$)/.test(r));
    assert.deepEqual(strays, [], 'the page never asked for the image "x" or "y"');
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
  } catch (err) {
    await session.screenshot('xss-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});
