// A resident makes an account on a phone from the map's header, confirms it through the link
// in the mail the server sent (read back from the mail folder tests/e2e/run.sh gives the
// server, E2E_MAIL_DIR), signs out and in again on a laptop, and pins on the map as
// themselves. Every account page is checked with axe at 360 and 1280 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { listOf, mapSettled, openContributionId, openPage, rawCodesIn, realFailures, seriousA11yViolations, waitForMail, waitForStatus } from './lib.mjs';

const stamp = Date.now().toString(36);
const EMAIL = `new-resident-${stamp}@example.org`;
const PASSWORD = 'a long password for the browser test';
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };

/** The answer of `query` (one value) in the test database, or null without one. */
function sql(query) {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) return null;
  return execFileSync(process.env.E2E_PSQL ?? 'psql', [url, '-qtAX'], { input: query, encoding: 'utf8' }).trim();
}

async function assertNoSeriousA11y(page, where) {
  const found = await seriousA11yViolations(page);
  assert.deepEqual(found, [], `serious or critical axe violations (${where}):${listOf(found)}`);
}

/** No console errors, and no failed requests but the refusals the test asked for (`expected`). */
function assertClean(session, expected = []) {
  // The browser also logs each refused request as a console error.
  const unexpected = (list) => list.filter((line) => !expected.some((pattern) => pattern.test(line)));
  assert.deepEqual(unexpected(session.consoleErrors), [], `console errors:${listOf(session.consoleErrors)}`);
  assert.deepEqual(unexpected(realFailures(session.failedRequests)), [], `failed requests:${listOf(session.failedRequests)}`);
}

test('on a phone, a resident creates an account from the map and confirms it through the mailed link', async () => {
  const session = await openPage('/p/milton-keynes', { viewport: PHONE });
  const { page } = session;
  try {
    await mapSettled(page);
    // On a phone the account links are behind the header's "Menu".
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    const nav = page.getByRole('navigation', { name: 'Your account' });
    await nav.getByRole('link', { name: 'Create an account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Create an account' }).waitFor();
    await assertNoSeriousA11y(page, 'sign-up, 360 px');

    // Too short a password: the server's answer shows beside the field and in the summary.
    await page.getByLabel('E-mail address').fill(EMAIL);
    await page.getByLabel('Password').fill('short');
    await page.getByRole('button', { name: 'Create the account' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.match(await summary.textContent(), /Password: use at least 12 characters/);
    assert.equal(await page.getByLabel('Password').getAttribute('aria-invalid'), 'true');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, 'focus moves to the summary');
    await assertNoSeriousA11y(page, 'sign-up with errors, 360 px');
    await session.screenshot('signup-phone-errors', { fullPage: false });

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByLabel('Your name (optional)').fill('Amira');
    await page.getByRole('button', { name: 'Create the account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'H1', 'focus moves to the new heading');
    if (sql('SELECT 1') !== null) {
      assert.equal(sql(`SELECT count(*) FROM users WHERE email = '${EMAIL}'`), '0', 'no account before the confirmation');
    }

    const [mail] = await waitForMail(EMAIL);
    assert.deepEqual(await rawCodesIn(`${mail.subject}\n${mail.body}`), [], 'the mail shows no raw code');
    assert.equal(mail.subject, 'Confirm your Waymark account');
    const link = /http:\/\/\S+\/account\/confirm\?token=[\w-]+/.exec(mail.body)?.[0];
    assert.ok(link, `a confirmation link in:\n${mail.body}`);

    await page.goto(link, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'Confirm your account' }).waitFor();
    assert.equal(new URL(page.url()).search, '', 'the token leaves the address bar');
    await assertNoSeriousA11y(page, 'confirm, 360 px');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Confirm and sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account is ready' }).waitFor();
    assert.match(await page.locator('main').textContent(), new RegExp(`signed in as ${EMAIL}`, 'i'));
    await assertNoSeriousA11y(page, 'ready, 360 px');
    await session.screenshot('signup-phone-ready', { fullPage: false });

    // Signed in on the map: the header's menu says so.
    await page.getByRole('link', { name: 'Go to the map' }).click();
    await mapSettled(page);
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await nav.getByRole('link', { name: 'Your account' }).waitFor();
    await assertNoSeriousA11y(page, 'map signed in, 360 px');
    await session.screenshot('signup-phone-map', { fullPage: false });
    assertClean(session, [/HTTP 422|status of 422/]);
  } catch (err) {
    await session.screenshot('signup-phone-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});

test('on a laptop, the new resident signs out, signs in from the header and pins as themselves', async () => {
  const session = await openPage('/p/milton-keynes', { viewport: LAPTOP });
  const { page } = session;
  try {
    await mapSettled(page);
    const nav = page.getByRole('navigation', { name: 'Your account' });
    await nav.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await assertNoSeriousA11y(page, 'sign-in, 1280 px');

    await page.getByLabel('E-mail address').fill(EMAIL);
    await page.getByLabel('Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.error-summary', { hasText: 'The e-mail address or password is not right' }).waitFor();

    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Back to the map the person left.
    await page.waitForURL(/\/p\/milton-keynes/);
    await mapSettled(page);
    await nav.getByRole('link', { name: 'Your account' }).waitFor();

    // Their account page, then back to pin.
    await nav.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your account' }).waitFor();
    assert.match(await page.locator('main').textContent(), new RegExp(`Signed in as ${EMAIL} \\(resident\\)`));
    assert.equal(await page.getByLabel('Your name (optional)').inputValue(), 'Amira');
    await assertNoSeriousA11y(page, 'your account, 1280 px');
    await session.screenshot('account-laptop', { fullPage: true });
    await page.getByRole('link', { name: 'Back to the map' }).click();
    await mapSettled(page);

    await page.getByRole('button', { name: 'Add your idea' }).click();
    await page.getByRole('heading', { name: 'Add your idea' }).waitFor();
    const box = await page.locator('#map canvas').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await waitForStatus(page, /Pin placed/);
    await page.getByRole('button', { name: 'Continue' }).click();
    const title = `Signed-in pin ${stamp}: a bench by the canal`;
    await page.getByLabel('Title').fill(title);
    await page.getByRole('checkbox', { name: 'Parks and green spaces' }).check();
    await page.getByRole('button', { name: 'Add to the map' }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const id = await openContributionId(page);
    assert.ok(id, 'the new contribution opens');
    const author = sql(`SELECT c.author_key = 'user:' || u.id FROM contributions c, users u WHERE c.id = '${id}' AND u.email = '${EMAIL}'`);
    if (author !== null) assert.equal(author, 't', 'the pin is the new account\'s own');

    // Signing out from the header.
    await nav.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { level: 1, name: 'You have signed out' }).waitFor();
    await assertNoSeriousA11y(page, 'signed out, 1280 px');
    assertClean(session, [/HTTP 401|status of 401/]);
  } catch (err) {
    await session.screenshot('signup-laptop-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});

test('the other account pages pass axe at 360 and 1280 px, and a used link says so', async () => {
  for (const viewport of [PHONE, LAPTOP]) {
    for (const [url, heading] of [
      ['/account/reset', 'Forgotten your password'],
      ['/account/reset?token=not-a-real-token', 'Choose a new password'],
      ['/account/email?token=not-a-real-token', 'Confirm your new e-mail address'],
      ['/account/', 'Sign in'],
      ['/account/signup', 'Create an account'],
    ]) {
      const session = await openPage(url, { viewport });
      const { page } = session;
      try {
        await page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await assertNoSeriousA11y(page, `${url}, ${viewport.width} px`);
        assertClean(session);
      } finally {
        await session.close();
      }
    }
  }
  // A reset link that does not work: the page says so and offers a new one.
  const session = await openPage('/account/reset?token=not-a-real-token', { viewport: PHONE });
  const { page } = session;
  try {
    await page.getByLabel('New password').fill('a long enough new password');
    await page.getByRole('button', { name: 'Save the new password' }).click();
    await page.getByRole('heading', { level: 1, name: 'This link has expired or was used already.' }).waitFor();
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();
    await assertNoSeriousA11y(page, 'link gone, 360 px');
  } finally {
    await session.close();
  }
});
