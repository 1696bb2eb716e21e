// Following a place by e-mail: with the keyboard only on a phone (a neighbourhood), with the
// mouse by drawing an area on the map, and without a map. The server's field errors show
// beside the field, a lost connection keeps the form, and axe finds nothing serious.
//
// The answer to a request is the same whether or not the address already follows the place,
// so what the page can show is the request it sent and the 202 it got. When
// E2E_DATABASE_URL is set (tests/e2e/run.sh), the test also looks for the row in the database.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { api, listOf, mapSettled, openPage, realFailures, seriousA11yViolations, tabTo } from './lib.mjs';

const stamp = Date.now().toString(36);
const PLAN = 'milton-keynes';
const SENT = 'Check your inbox: open the link in the mail to confirm.';
/** Milton Keynes, roughly: every point of a drawn area must be in here. */
const MK = { west: -0.9, east: -0.6, south: 51.95, north: 52.15 };

/** Resolves to the follow request the page sends next and the server's answer to it. */
function nextFollowRequest(page) {
  const isFollow = (r) => r.url().endsWith(`/api/v1/plans/${PLAN}/subscriptions`) && r.method() === 'POST';
  return Promise.all([page.waitForRequest(isFollow), page.waitForResponse((res) => isFollow(res.request()))]);
}

/** The answer of `query` about `email` (as :'email'), or null when no database was given. */
function sql(query, email) {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) return null;
  const psql = process.env.E2E_PSQL ?? 'psql';
  return execFileSync(psql, [url, '-qtAX', '-v', `email=${email}`], { input: query, encoding: 'utf8' }).trim();
}

async function assertNoSeriousA11y(page, where) {
  const found = await seriousA11yViolations(page);
  assert.deepEqual(found, [], `serious or critical axe violations (${where}):${listOf(found)}`);
}

test('on a phone, with the keyboard only, a resident follows a neighbourhood', async () => {
  const session = await openPage(`/p/${PLAN}`, { viewport: { width: 360, height: 740 } });
  const { page } = session;
  const email = `keyboard-${stamp}@example.org`;
  try {
    await mapSettled(page);
    await tabTo(page, /^List$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /^Get news by e-mail$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Get news of a place by e-mail' }).waitFor();
    await assertNoSeriousA11y(page, 'phone, the form');
    await session.screenshot('follow-phone-form', { fullPage: false });

    // Every target is at least 44 px tall at 360 px wide (radios count with their labels).
    const small = await page.$$eval('.view-follow button:not([hidden]), .view-follow input:not([type=radio]), .view-follow select, .view-follow .choice', (els) =>
      els
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ what: el.textContent?.trim() || el.getAttribute('name') || el.tagName, height: el.getBoundingClientRect().height }))
        .filter((t) => t.height < 43.5),
    );
    assert.deepEqual(small, [], `targets under 44 px:${listOf(small)}`);

    await tabTo(page, /^Your e-mail address/);
    await page.keyboard.type(email);
    await tabTo(page, /^Neighbourhood/);
    await page.keyboard.type('Fishermead');
    assert.equal(await page.getByLabel('Neighbourhood', { exact: true }).inputValue(), 'fishermead', 'typing a name chooses it');
    await tabTo(page, /^Send me the news$/);
    const sent = nextFollowRequest(page);
    await page.keyboard.press('Enter');
    const [request, response] = await sent;

    assert.deepEqual(request.postDataJSON(), { email, neighbourhood: 'fishermead', frequency: 'weekly' });
    assert.equal(request.headers()['x-requested-with'], 'waymark', 'a write says it comes from the page');
    assert.equal(response.status(), 202);
    assert.equal((await response.json()).status, 'confirmation_sent');

    const message = page.getByRole('status').filter({ hasText: SENT });
    await message.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), SENT, 'focus moves to the confirmation');
    assert.equal(await page.locator('form.follow-form').isVisible(), false, 'the form gives way to the confirmation');
    await assertNoSeriousA11y(page, 'phone, sent');
    await session.screenshot('follow-phone-sent', { fullPage: false });

    // Asking again gets the very same answer: nobody learns who already follows what.
    const again = await api(`/api/v1/plans/${PLAN}/subscriptions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email, neighbourhood: 'fishermead' }),
    });
    assert.equal(again.status, 202);
    assert.deepEqual(again.body, await response.json());
    const rows = sql(
      "SELECT n.slug || ' ' || s.frequency FROM subscriptions s JOIN neighbourhoods n ON n.id = s.neighbourhood_id WHERE s.email = :'email'",
      email,
    );
    if (rows !== null) assert.equal(rows, 'fishermead weekly', 'one subscription row, for Fishermead, weekly');

    // Back to the list: focus returns to the button that opened the form.
    await page.getByRole('button', { name: 'Back to the list' }).last().click();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Get news by e-mail');

    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
  } catch (err) {
    await session.screenshot('follow-phone-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});

test('with the mouse, a resident draws an area on the map and follows it', async () => {
  const session = await openPage(`/p/${PLAN}#map=14/52.04/-0.76`);
  const { page } = session;
  const email = `drawn-${stamp}@example.org`;
  try {
    await mapSettled(page);
    await page.getByRole('button', { name: 'Get news by e-mail' }).click();
    await page.getByRole('heading', { level: 2, name: 'Get news of a place by e-mail' }).waitFor();
    await assertNoSeriousA11y(page, 'laptop, the form');
    await session.screenshot('follow-laptop-form', { fullPage: false });

    await page.getByLabel('Your e-mail address').fill(email);
    await page.getByRole('radio', { name: 'An area I draw on the map' }).check();
    await page.getByRole('radio', { name: 'Once a day' }).check();
    await page.getByRole('button', { name: 'Draw on the map' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Finish area', 'focus moves to the drawing buttons');
    // Stopping says so and gives focus back to the start button, from which drawing starts again.
    await page.getByRole('button', { name: 'Stop drawing' }).click();
    assert.equal(await page.locator('.view-follow .chosen').textContent(), 'Drawing stopped.');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Draw on the map', 'focus returns to the start button');
    await page.getByRole('button', { name: 'Draw on the map' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Finish area', 'drawing starts again');

    const box = await page.locator('#map canvas').boundingBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    const corners = [
      [cx - 120, cy - 90],
      [cx + 110, cy - 100],
      [cx + 130, cy + 80],
      [cx - 100, cy + 110],
      [cx + 10, cy + 10], // a slip, taken back with Backspace
    ];
    for (const [x, y] of corners) await page.mouse.click(x, y);
    const status = page.locator('.view-follow .chosen');
    assert.match(await status.textContent(), /^5 corners/);
    await page.keyboard.press('Backspace');
    assert.match(await status.textContent(), /^4 corners/, 'Backspace takes the last corner back');
    assert.equal(await page.locator('.view-follow').count(), 1, 'clicks on the map draw rather than open pins');
    await page.mouse.move(cx, cy - 140);
    await session.screenshot('follow-drawing', { fullPage: false });

    await page.getByRole('button', { name: 'Finish area' }).click();
    assert.equal(await status.textContent(), 'Area drawn, with 4 corners.');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Area drawn, with 4 corners.');
    const drawn = await page.evaluate(() => window.__waymark.map.getSource('waymark-area')?.serialize().data);
    assert.equal(drawn?.features.filter((f) => f.geometry.type === 'Polygon').length, 1, 'the outline is on the map');
    assert.equal(drawn?.features.filter((f) => f.geometry.type === 'Point').length, 4, 'with its 4 corners');
    await session.screenshot('follow-drawn', { fullPage: false });

    const sent = nextFollowRequest(page);
    await page.getByRole('button', { name: 'Send me the news' }).click();
    const [request, response] = await sent;
    const body = request.postDataJSON();
    assert.equal(body.email, email);
    assert.equal(body.frequency, 'daily');
    assert.equal(body.neighbourhood, undefined);
    assert.equal(body.area.type, 'Polygon');
    const ring = body.area.coordinates[0];
    assert.equal(ring.length, 5, 'four corners and the first again');
    assert.deepEqual(ring[4], ring[0], 'the ring is closed');
    for (const [lon, lat] of ring) {
      assert.ok(lon > MK.west && lon < MK.east && lat > MK.south && lat < MK.north, `[${lon}, ${lat}] is in Milton Keynes`);
    }
    assert.equal(response.status(), 202);
    await page.getByRole('status').filter({ hasText: SENT }).waitFor();
    const rows = sql("SELECT frequency || ' ' || ST_NPoints(area) FROM subscriptions WHERE email = :'email'", email);
    if (rows !== null) assert.equal(rows, 'daily 5', 'one subscription row, for the drawn area, daily');
    await assertNoSeriousA11y(page, 'laptop, sent');
    await session.screenshot('follow-laptop-sent', { fullPage: false });

    // Leaving the form takes the outline off the map; clicks open pins again.
    await page.getByRole('button', { name: 'Back to the list' }).last().click();
    assert.equal(await page.evaluate(() => Boolean(window.__waymark.map.getSource('waymark-area'))), false);

    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
  } catch (err) {
    await session.screenshot('follow-draw-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});

test("the server's field errors show beside the field, and a lost connection keeps the form", async () => {
  const session = await openPage(`/p/${PLAN}#nb=conniburrow`, { viewport: { width: 360, height: 740 } });
  const { page } = session;
  try {
    await page.getByRole('button', { name: 'List', exact: true }).click();
    // In a neighbourhood's context the form opens with it chosen.
    await page.getByRole('button', { name: 'Get news of Conniburrow by e-mail' }).click();
    assert.equal(await page.getByLabel('Neighbourhood', { exact: true }).inputValue(), 'conniburrow');

    // With no address the form asks for one before anything is sent.
    let requests = 0;
    page.on('request', (r) => (requests += r.url().endsWith('/subscriptions') ? 1 : 0));
    await page.getByRole('button', { name: 'Send me the news' }).click();
    const summary = page.locator('.view-follow .error-summary');
    await summary.getByText('E-mail address: enter your e-mail address').waitFor();
    assert.equal(requests, 0, 'nothing is sent without an address');

    // The area now on the map: the map's view, within the plan.
    await page.getByRole('radio', { name: 'The area now on the map' }).check();
    // An address the browser's own check lets through, but the server's does not.
    await page.getByLabel('Your e-mail address').fill('a@localhost');
    const sent = nextFollowRequest(page);
    await page.getByRole('button', { name: 'Send me the news' }).click();
    const [request, response] = await sent;
    assert.equal(request.postDataJSON().area.type, 'Polygon', 'the view is sent as an area');
    assert.equal(response.status(), 422);

    const emailField = page.locator('.view-follow .field', { has: page.getByLabel('Your e-mail address') });
    const error = emailField.locator('.field-error');
    await error.waitFor();
    assert.equal(await error.textContent(), 'Error: An e-mail address like name@example.org');
    assert.equal(await page.getByLabel('Your e-mail address').getAttribute('aria-invalid'), 'true');
    assert.match(
      await page.getByLabel('Your e-mail address').evaluate((el) => el.getAttribute('aria-describedby')),
      new RegExp(await error.getAttribute('id')),
      'the error is part of the field’s description',
    );
    assert.match(await summary.textContent(), /E-mail address: an e-mail address like name@example.org/);
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, 'focus moves to the summary');
    await summary.getByRole('link').click();
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('type')), 'email', 'the summary links to the field');
    await assertNoSeriousA11y(page, 'phone, errors');
    await session.screenshot('follow-errors', { fullPage: false });

    // Offline: a clear message, and nothing typed is lost.
    await page.getByLabel('Your e-mail address').fill(`offline-${stamp}@example.org`);
    await page.route('**/subscriptions', (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Send me the news' }).click();
    await summary.getByText(/You seem to be offline/).waitFor();
    assert.equal(await page.getByLabel('Your e-mail address').inputValue(), `offline-${stamp}@example.org`);
    assert.equal(await page.getByRole('radio', { name: 'The area now on the map' }).isChecked(), true);
    await page.unroute('**/subscriptions');
    const retried = nextFollowRequest(page);
    await page.getByRole('button', { name: 'Send me the news' }).click();
    assert.equal((await retried)[1].status(), 202, 'sent once the connection is back');
    await page.getByRole('status').filter({ hasText: SENT }).waitFor();

    // The refused address and the cut connection are the only failures Chromium may report.
    const expected = /status of 422|ERR_INTERNET_DISCONNECTED/;
    const errors = session.consoleErrors.filter((e) => !expected.test(e));
    assert.deepEqual(errors, [], `console errors:${listOf(errors)}`);
    const failed = realFailures(session.failedRequests).filter((r) => !/subscriptions: (HTTP 422|net::ERR_INTERNET_DISCONNECTED)$/.test(r));
    assert.deepEqual(failed, [], `failed requests:${listOf(failed)}`);
  } catch (err) {
    await session.screenshot('follow-errors-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});

test('without a map, a resident follows a neighbourhood from the list', async () => {
  const session = await openPage(`/p/${PLAN}`, { extraArgs: ['--disable-webgl', '--disable-3d-apis'] });
  const { page } = session;
  const email = `nomap-${stamp}@example.org`;
  try {
    await page.getByText('The map could not be shown on this device').waitFor();
    await page.getByRole('button', { name: 'Get news by e-mail' }).click();
    assert.equal(await page.getByRole('radio', { name: 'An area I draw on the map' }).count(), 0, 'no drawing without a map');
    await page.getByLabel('Your e-mail address').fill(email);
    await page.getByLabel('Neighbourhood', { exact: true }).selectOption({ label: 'Beanhill' });
    const sent = nextFollowRequest(page);
    await page.getByRole('button', { name: 'Send me the news' }).click();
    const [request, response] = await sent;
    assert.deepEqual(request.postDataJSON(), { email, neighbourhood: 'beanhill', frequency: 'weekly' });
    assert.equal(response.status(), 202);
    await page.getByRole('status').filter({ hasText: SENT }).waitFor();
    await session.screenshot('follow-no-map', { fullPage: false });

    const errors = session.consoleErrors.filter((e) => !/WebGL/i.test(e));
    assert.deepEqual(errors, [], `console errors:${listOf(errors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
  } catch (err) {
    await session.screenshot('follow-no-map-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});

test('the links in the mails open accessible pages: confirm with a button, then stop with a button', async () => {
  assert.ok(process.env.E2E_DATABASE_URL, 'tests/e2e/run.sh exports E2E_DATABASE_URL');
  const email = `confirm-${stamp}@example.org`;
  const asked = await api(`/api/v1/plans/${PLAN}/subscriptions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-requested-with': 'waymark-e2e' },
    body: JSON.stringify({ email, neighbourhood: 'fishermead' }),
  });
  assert.equal(asked.status, 202);
  // The confirmation mail as queued for the sender; its link, as the resident would open it.
  const mail = sql(`SELECT body_text FROM mail_outbox WHERE to_address = :'email' AND kind = 'confirm'`, email);
  const link = /http:\/\/\S+\/follow\/confirm\?token=[\w-]+/.exec(mail)?.[0];
  assert.ok(link, `a confirmation link in:\n${mail}`);

  const session = await openPage(new URL(link).pathname + new URL(link).search, { viewport: { width: 360, height: 740 } });
  const { page } = session;
  try {
    await page.getByRole('heading', { level: 1, name: 'Confirm that you follow this place' }).waitFor();
    assert.match(await page.locator('main').innerText(), /what is new in Fishermead on Milton Keynes/);
    await assertNoSeriousA11y(page, 'confirm page');
    assert.equal(sql(`SELECT count(*) FROM subscriptions WHERE email = :'email' AND confirmed_at IS NOT NULL`, email), '0', 'opening the link confirms nothing');
    await session.screenshot('follow-confirm-page', { fullPage: false });
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { level: 1, name: 'You follow this place' }).waitFor();
    assert.match(await page.locator('main').innerText(), /weekly digest of what is new in Fishermead/);
    await assertNoSeriousA11y(page, 'confirmed page');
    assert.equal(sql(`SELECT count(*) FROM subscriptions WHERE email = :'email' AND confirmed_at IS NOT NULL`, email), '1');

    // The unsubscribe link every digest carries: a page, then a button.
    const token = sql(`SELECT unsubscribe_token FROM subscriptions WHERE email = :'email'`, email);
    await page.goto(`${new URL(link).origin}/follow/unsubscribe?token=${token}`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Stop following this place' }).waitFor();
    await assertNoSeriousA11y(page, 'unsubscribe page');
    await page.getByRole('button', { name: 'Stop the digest' }).click();
    await page.getByRole('heading', { level: 1, name: 'You no longer follow this place' }).waitFor();
    assert.equal(sql(`SELECT count(*) FROM subscriptions WHERE email = :'email'`, email), '0', 'the address is forgotten');
    await session.screenshot('follow-stopped-page', { fullPage: false });
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
  } finally {
    await session.close();
  }
});
