// The privacy notice (issue 21): reached from every page's footer, it names the plan's data
// controller and contact and the retention settings the server runs with, lists only
// strictly necessary cookies, loads nothing from another host, and reads right to left in
// Arabic.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addUser, api, listOf, openPage, realFailures, seriousA11yViolations, tabTo } from './lib.mjs';

const PHONE = { width: 360, height: 740 };
const DEMO = { controller: 'Community Action: MK (demo: not a real notice)', contact: 'privacy@example.org' };

test('a resident on a phone follows the footer link to the privacy notice, by keyboard only', async () => {
  const session = await openPage('/p/milton-keynes', { viewport: PHONE });
  const { page, context } = session;
  try {
    await page.waitForFunction(() => window.__waymark);
    await page.locator('footer.site-footer a[href$="/privacy"]').waitFor();
    await session.screenshot('privacy-plan-page-phone', { fullPage: false });
    // The footer's link is the page's last stop: one Shift+Tab from the top reaches it.
    await tabTo(page, /^Privacy$/, { back: true });
    await Promise.all([page.waitForURL('**/p/milton-keynes/privacy'), page.keyboard.press('Enter')]);
    await page.getByRole('heading', { level: 1, name: 'Privacy notice' }).waitFor();
    await page.getByText(`${DEMO.controller} is responsible`).waitFor();
    const contact = page.getByRole('link', { name: 'privacy@example.org' });
    assert.equal(await contact.getAttribute('href'), 'mailto:privacy@example.org');

    // The periods are the server's defaults (the e2e server sets no [retention]).
    const period = (what) => page.locator('.privacy-periods dt', { hasText: what }).locator('xpath=following-sibling::dd[1]').innerText();
    assert.equal(await period('Mail we sent you'), '30 days');
    assert.equal(await period('Record of changes'), '30 days');
    assert.equal(await period('Follows you never confirmed'), '7 days');
    assert.equal(await period('Link between your pins'), '90 days');
    assert.equal(await period('Accounts nobody has signed in to'), 'Not deleted for lack of use');

    const cookies = await page.locator('.privacy-cookies tbody th').allInnerTexts();
    assert.deepEqual(cookies, ['waymark_session', 'waymark_visitor', 'waymark_lang', 'waymark_me']);
    // Reading sets no cookie at all: there is nothing to consent to.
    assert.deepEqual(await context.cookies(), []);

    // Keyboard only: from the top, the way back, the contact, the ICO and the footer.
    await page.keyboard.press('Home');
    await tabTo(page, /Back to the map/);
    await tabTo(page, /privacy@example\.org/);
    await tabTo(page, /Complain to the ICO/);
    const focusVisible = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle !== 'none');
    assert.ok(focusVisible, 'the focused link shows its focus');
    await tabTo(page, /^Privacy$/);

    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe:${listOf(violations)}`);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
    await session.screenshot('privacy-phone');

    const elsewhere = session.failedRequests.filter((r) => / is not /.test(r));
    assert.deepEqual(elsewhere, [], `requests to another host:${listOf(elsewhere)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
  } catch (err) {
    await session.screenshot('privacy-failure');
    throw err;
  } finally {
    await session.close();
  }
});

test('the sign-up form says how its e-mail is used, and the account page has the footer', async () => {
  const session = await openPage('/account/signup', { viewport: PHONE });
  const { page } = session;
  try {
    const note = page.getByRole('link', { name: 'How we use this (privacy)' });
    await note.waitFor();
    assert.equal(await note.getAttribute('href'), '/p/milton-keynes/privacy');
    assert.equal(await page.locator('footer.site-footer a[href$="/privacy"]').getAttribute('href'), '/p/milton-keynes/privacy');
  } finally {
    await session.close();
  }
});

test('in Arabic the notice reads right to left', async () => {
  const session = await openPage('/p/milton-keynes/privacy?lang=ar', { viewport: PHONE });
  const { page } = session;
  try {
    await page.getByRole('heading', { level: 1, name: 'إشعار الخصوصية' }).waitFor();
    await page.locator('.privacy-periods').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'ar');
    assert.equal(await page.locator('main').evaluate((el) => getComputedStyle(el).direction), 'rtl');
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe:${listOf(violations)}`);
    await session.screenshot('privacy-ar');
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
  } finally {
    await session.close();
  }
});

test('an admin names the data controller and contact in the plan settings, and the notice shows them', async () => {
  const admin = { email: `privacy-admin-${Date.now().toString(36)}@example.org`, password: 'admin password for the privacy test' };
  addUser(admin, 'admin');
  const session = await openPage('/admin?plan=milton-keynes', { viewport: { width: 1280, height: 800 } });
  const { page } = session;
  const settings = page.getByRole('region', { name: 'Settings' });
  const save = () => settings.getByRole('button', { name: 'Save the settings' }).click();
  try {
    await page.getByLabel('Email').fill(admin.email);
    await page.getByLabel('Password').fill(admin.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const controller = settings.getByLabel('Data controller (optional)');
    const contact = settings.getByLabel('Privacy contact (optional)');
    assert.equal(await controller.inputValue(), DEMO.controller);
    assert.equal(await contact.inputValue(), DEMO.contact);
    // Signed out, the console asked who this is first (a 401); only what follows counts.
    session.consoleErrors.length = 0;

    // An address with an @ that is not an e-mail is named beside its field.
    await contact.fill('privacy@nowhere');
    await save();
    await settings.locator('.error-summary').getByText('Give an e-mail address like privacy@example.org').waitFor();
    assert.equal(await contact.getAttribute('aria-invalid'), 'true');

    await controller.fill('Milton Keynes Community Foundation');
    await contact.fill('Acorn House\n381 Midsummer Boulevard\nMilton Keynes');
    await save();
    await settings.getByText('Saved the settings').waitFor();
    const { body } = await api('/api/v1/plans/milton-keynes/privacy');
    assert.equal(body.controller, 'Milton Keynes Community Foundation');
    assert.equal(body.contact, 'Acorn House\n381 Midsummer Boulevard\nMilton Keynes');

    await page.goto(`${new URL(page.url()).origin}/p/milton-keynes/privacy`);
    await page.getByText('Milton Keynes Community Foundation is responsible').waitFor();
    assert.equal(await page.locator('address.privacy-contact').innerText(), 'Acorn House\n381 Midsummer Boulevard\nMilton Keynes');
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
  } catch (err) {
    await session.screenshot('privacy-admin-failure');
    throw err;
  } finally {
    // The demo's own values again, for the tests that run after this one.
    await page.goto(`${new URL(page.url()).origin}/admin?plan=milton-keynes`).catch(() => undefined);
    await settings.getByLabel('Data controller (optional)').fill(DEMO.controller).catch(() => undefined);
    await settings.getByLabel('Privacy contact (optional)').fill(DEMO.contact).catch(() => undefined);
    await save().catch(() => undefined);
    await settings.getByText('Saved the settings').waitFor().catch(() => undefined);
    await session.close();
  }
});
