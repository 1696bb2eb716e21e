// The moderators' page (/moderate): a moderator signs in and, with only the keyboard, finds
// a flagged pin in the queue and hides it with a reason; a resident who has the plan map
// open sees the pin go without reloading; the item's history shows the reason. A resident
// who opens the page gets the refusal and no queue. axe-core at 360 and 1280 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASE_URL,
  api,
  listOf,
  mapSettled,
  openPage,
  realFailures,
  seriousA11yViolations,
  sessionCookie,
  tabTo,
  waitForPin,
  waitForStatus,
} from './lib.mjs';

const stamp = Date.now().toString(36);
const VIEW = '/p/milton-keynes#map=15/52.0340/-0.7600';
const MODERATOR = {
  email: process.env.E2E_MODERATOR_EMAIL ?? 'moderator@example.org',
  password: process.env.E2E_MODERATOR_PASSWORD ?? 'moderator password for the browser tests',
};
// A resident's account (the community group member of run.sh).
const RESIDENT = {
  email: process.env.E2E_GROUP_EMAIL ?? 'group@example.org',
  password: process.env.E2E_GROUP_PASSWORD ?? 'group password for the browser tests',
};
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };

/** Someone's pin where the resident's map looks, flagged by another visitor. */
async function flaggedPin(title, body, at = [-0.76, 52.034]) {
  const created = await api('/api/v1/plans/milton-keynes/contributions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/geo+json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at },
      properties: { kind: 'issue', themes: ['community'], title, body, display_name: 'Sam', precision: 'exact' },
    }),
  });
  assert.equal(created.status, 201, `the pin is made: ${JSON.stringify(created.body)}`);
  const flagged = await api(`/api/v1/contributions/${created.body.id}/flags`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ reason: 'Advertising a business' }),
  });
  assert.equal(flagged.status, 202, `the flag is taken: ${JSON.stringify(flagged.body)}`);
  return created.body.id;
}

/** Moderates `id` as the moderator, from Node: another moderator at work. */
async function moderateFromNode(id, action, reason, duplicateOf) {
  const cookie = await sessionCookie(MODERATOR.email, MODERATOR.password);
  const done = await api(`/api/v1/contributions/${id}/moderation`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'e2e', Cookie: cookie },
    body: JSON.stringify({ action, reason, duplicate_of: duplicateOf ?? null }),
  });
  assert.equal(done.status, 200, `${action}: ${JSON.stringify(done.body)}`);
}

/** Signs in through the page's form, with the keyboard only. */
async function signInByKeyboard(page, who) {
  await tabTo(page, /^Email/);
  await page.keyboard.type(who.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.password);
  await page.keyboard.press('Enter');
}

/** The title of the item that has focus (or holds it), or null. */
function focusedItemTitle(page) {
  return page.evaluate(() => {
    const card = document.activeElement?.closest('.mod-card');
    return card ? document.getElementById(card.getAttribute('aria-labelledby'))?.textContent ?? null : null;
  });
}

/** Presses j until the item titled `title` has focus. */
async function jTo(page, title, max = 60) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('j');
    if ((await focusedItemTitle(page)) === title) return;
  }
  throw new Error(`j never reached ${title}`);
}

async function noSeriousViolations(session, name, found) {
  found[name] = await seriousA11yViolations(session.page);
  await session.screenshot(`moderate-${name}`, { fullPage: true });
}

// A visitor's "who am I" (401, which the browser also logs) is the only refused request.
function unexpectedFailures(session) {
  return realFailures(session.failedRequests).filter((r) => !/GET \S+\/api\/v1\/me: HTTP 401$/.test(r));
}

function unexpectedConsoleErrors(session) {
  return session.consoleErrors.filter((e) => !/status of 401/.test(e));
}

test('a moderator hides a flagged pin from /moderate with the keyboard only, and the open map loses it live', async () => {
  const title = `Moderation ${stamp}: cheap phones`;
  const id = await flaggedPin(title, '<b>Half price</b> at my shop,\ncall now.');
  const other = `Moderation ${stamp}: a bench that is fine`;
  const otherId = await flaggedPin(other, 'Someone flagged it by mistake.', [-0.7575, 52.0352]);
  const resident = await openPage(VIEW);
  const moderator = await openPage('/moderate', { viewport: LAPTOP });
  const { page } = moderator;
  const found = {};
  try {
    await mapSettled(resident.page);
    await waitForPin(resident.page, id);
    const navigations = await resident.page.evaluate(() => performance.getEntriesByType('navigation').length);

    // /moderate (no trailing slash) is the page; signed out, it asks for a sign-in.
    assert.equal(moderator.response.status(), 200);
    await page.getByRole('heading', { level: 2, name: 'Sign in to moderate' }).waitFor();
    await noSeriousViolations(moderator, 'signin-1280', found);
    await signInByKeyboard(page, MODERATOR);
    await page.getByRole('heading', { level: 2, name: /^Waiting for a moderator: \d+$/ }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'mod-list-heading', 'focus moves to the list');

    // Another moderator keeps the second flagged pin: it leaves this page at once, and the page says so.
    await page.locator('.mod-card', { has: page.getByRole('heading', { level: 3, name: other }) }).waitFor();
    await moderateFromNode(otherId, 'approve', 'Nothing wrong with it');
    await waitForStatus(page, new RegExp(`Another moderator dealt with ‘${other}’`));
    assert.equal(await page.getByRole('heading', { level: 3, name: other }).count(), 0);

    // ? lists the shortcuts; Escape closes the list again.
    await page.keyboard.press('?');
    await page.getByRole('heading', { level: 2, name: 'Keyboard shortcuts' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'mod-shortcuts-heading');
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#mod-shortcuts').isVisible(), false);

    // j until the pin; it shows what was posted, as text, with the flag and where it is.
    await jTo(page, title);
    const card = page.locator('.mod-card', { has: page.getByRole('heading', { level: 3, name: title }) });
    const text = await card.textContent();
    assert.match(text, /Flagged 1 time/);
    assert.match(text, /Advertising a business/);
    assert.match(text, /By\s*Sam/);
    assert.match(text, /52\.03400, -0\.76000/);
    assert.equal(await card.locator('.mod-body').textContent(), '<b>Half price</b> at my shop,\ncall now.');
    assert.equal(await page.locator('.mod-list b').count(), 0, 'nothing typed is parsed as HTML');
    await page.waitForFunction(() => window.__moderate.mapShown());
    assert.equal(await card.locator('.mod-minimap canvas').count(), 1, 'the small map is beside the current item');

    // h opens the reason box with focus in it; an empty reason is refused beside the box.
    await page.keyboard.press('h');
    const reason = page.getByLabel('Why hide it?');
    await reason.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TEXTAREA');
    assert.equal(await reason.inputValue(), '', 'the h typed nothing into the box');
    await tabTo(page, /^Hide it$/);
    await page.keyboard.press('Enter');
    await card.locator('.error-summary').getByText('Give a reason').waitFor();
    assert.equal(await reason.getAttribute('aria-invalid'), 'true');
    await noSeriousViolations(moderator, 'hide-error-1280', found);
    // The summary's link leads back to the box.
    await tabTo(page, /^Give a reason$/);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), 'TEXTAREA');
    const why = 'Advertising is against the house rules';
    await page.keyboard.type(why);
    await tabTo(page, /^Hide it$/);
    await page.keyboard.press('Enter');

    await waitForStatus(page, new RegExp(`Hidden ‘${title}’`));
    assert.equal(await card.count(), 0, 'it has left the queue');
    const after = await focusedItemTitle(page);
    const headingFocused = await page.evaluate(() => document.activeElement?.id === 'mod-list-heading');
    assert.ok(after !== null || headingFocused, 'focus moved on to the next item (or the heading when none is left)');

    // The resident's open map loses the pin, without a reload.
    await resident.page.waitForFunction((want) => !window.__waymark.renderedPinIds().includes(want), id, { timeout: 15_000 });
    assert.equal(await resident.page.evaluate(() => performance.getEntriesByType('navigation').length), navigations);

    // The audit: the item's history, in the hidden list, says who, what and why.
    await tabTo(page, /^Hidden$/, { back: true, max: 200 });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: /^Hidden: \d+$/ }).waitFor();
    await jTo(page, title);
    await tabTo(page, /^History$/);
    await page.keyboard.press('Enter');
    const hidden = page.locator('.mod-card', { has: page.getByRole('heading', { level: 3, name: title }) });
    await hidden.getByText(`Reason: ${why}`).waitFor();
    assert.ok((await hidden.locator('.mod-history').textContent()).includes(`Hidden by ${MODERATOR.email}`), 'who hid it');
    const cookie = await sessionCookie(MODERATOR.email, MODERATOR.password);
    const history = await api(`/api/v1/contributions/${id}/history`, { headers: { Cookie: cookie } });
    assert.equal(history.status, 200);
    assert.deepEqual(
      history.body.entries.map((e) => [e.action, e.reason]),
      [['contribution.hide', why]],
    );

    // The same page on a phone.
    await page.setViewportSize(PHONE);
    await noSeriousViolations(moderator, 'hidden-history-360', found);

    for (const s of [resident, moderator]) {
      assert.deepEqual(unexpectedConsoleErrors(s), [], `console errors:${listOf(unexpectedConsoleErrors(s))}`);
      assert.deepEqual(unexpectedFailures(s), [], `failed requests:${listOf(unexpectedFailures(s))}`);
    }
    const all = Object.entries(found).flatMap(([where, vs]) => vs.map((v) => ({ where, ...v })));
    assert.deepEqual(all, [], `serious or critical axe violations:${listOf(all)}`);
  } catch (err) {
    await moderator.screenshot('moderate-failure', { fullPage: true });
    await resident.screenshot('moderate-failure-resident', { fullPage: false });
    throw err;
  } finally {
    await resident.close();
    await moderator.close();
  }
});

test('a moderator marks a duplicate by searching for the original, keyboard only', async () => {
  const originalTitle = `Duplicates ${stamp}: a crossing on Marlborough Street`;
  const original = await api('/api/v1/plans/milton-keynes/contributions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/geo+json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-0.761, 52.0345] },
      properties: { kind: 'idea', themes: ['transport'], title: originalTitle, body: '', display_name: null, precision: 'exact' },
    }),
  });
  assert.equal(original.status, 201);
  const copyTitle = `Duplicates ${stamp}: please, a zebra crossing`;
  const copy = await flaggedPin(copyTitle, 'The same crossing again.', [-0.7612, 52.0347]);
  const session = await openPage('/moderate', { viewport: PHONE });
  const { page } = session;
  const found = {};
  try {
    await page.getByRole('heading', { level: 2, name: 'Sign in to moderate' }).waitFor();
    await signInByKeyboard(page, MODERATOR);
    await page.getByRole('heading', { level: 2, name: /^Waiting for a moderator: \d+$/ }).waitFor();
    await jTo(page, copyTitle);
    await page.keyboard.press('d');
    const search = page.getByLabel('Find the contribution it repeats');
    await search.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.type), 'search');
    // Sent with nothing chosen: the choice is missing, and said so.
    await tabTo(page, /^Mark as a duplicate$/);
    await page.keyboard.press('Enter');
    await page.locator('.mod-form .error-summary').getByText('Choose the contribution it repeats').waitFor();
    // Its link leads to the search box.
    await tabTo(page, /^Choose the contribution it repeats$/);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.type), 'search');
    await page.keyboard.type(`${stamp} Marlborough crossing`);
    await page.keyboard.press('Enter');
    const choice = page.getByRole('radio', { name: originalTitle });
    await choice.waitFor();
    assert.equal(await choice.isChecked(), true, 'the one match is chosen');
    await noSeriousViolations(session, 'duplicate-360', found);
    await tabTo(page, /^Mark as a duplicate$/);
    await page.keyboard.press('Enter');
    await waitForStatus(page, new RegExp(`Marked ‘${copyTitle}’ as a duplicate`));

    const cookie = await sessionCookie(MODERATOR.email, MODERATOR.password);
    const seen = await api(`/api/v1/contributions/${copy}`, { headers: { Cookie: cookie } });
    assert.equal(seen.body.properties.status, 'hidden');
    assert.equal(seen.body.properties.review.duplicate_of, original.body.id);
    assert.deepEqual(unexpectedConsoleErrors(session), [], `console errors:${listOf(unexpectedConsoleErrors(session))}`);
    assert.deepEqual(unexpectedFailures(session), [], `failed requests:${listOf(unexpectedFailures(session))}`);
    const all = Object.entries(found).flatMap(([where, vs]) => vs.map((v) => ({ where, ...v })));
    assert.deepEqual(all, [], `serious or critical axe violations:${listOf(all)}`);
  } catch (err) {
    await session.screenshot('moderate-duplicate-failure', { fullPage: true });
    throw err;
  } finally {
    await session.close();
  }
});

test('a resident who opens /moderate is refused and sees no queue', async () => {
  const session = await openPage('/moderate/', { viewport: PHONE });
  const { page } = session;
  const found = {};
  try {
    await page.getByRole('heading', { level: 2, name: 'Sign in to moderate' }).waitFor();
    await noSeriousViolations(session, 'signin-360', found);
    await signInByKeyboard(page, RESIDENT);
    await page.getByRole('heading', { level: 2, name: 'This page is for moderators' }).waitFor();
    assert.match(await page.locator('main').textContent(), /\(resident\)\. Only moderators and administrators can moderate/);
    assert.equal(await page.locator('.mod-workspace').isVisible(), false);
    assert.equal(await page.locator('.mod-item').count(), 0, 'no queue item is on the page');
    await noSeriousViolations(session, 'refused-360', found);
    await page.setViewportSize(LAPTOP);
    await noSeriousViolations(session, 'refused-1280', found);

    // The refusal is the server's: the queue answers this account 403, as problem+json.
    const cookie = await sessionCookie(RESIDENT.email, RESIDENT.password);
    const res = await fetch(`${BASE_URL}/api/v1/moderation/queue`, { headers: { Cookie: cookie } });
    assert.equal(res.status, 403);
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.equal((await res.json()).code, 'forbidden');

    assert.deepEqual(unexpectedConsoleErrors(session), [], `console errors:${listOf(unexpectedConsoleErrors(session))}`);
    assert.deepEqual(unexpectedFailures(session), [], `failed requests:${listOf(unexpectedFailures(session))}`);
    const all = Object.entries(found).flatMap(([where, vs]) => vs.map((v) => ({ where, ...v })));
    assert.deepEqual(all, [], `serious or critical axe violations:${listOf(all)}`);
  } catch (err) {
    await session.screenshot('moderate-refused-failure', { fullPage: true });
    throw err;
  } finally {
    await session.close();
  }
});

test('a post flagged in a group reaches the moderators beside the pins, and they hide it by keyboard', async () => {
  const FACILITATOR = {
    email: process.env.E2E_FACILITATOR_EMAIL ?? 'facilitator@example.org',
    password: process.env.E2E_FACILITATOR_PASSWORD ?? 'facilitator password for the browser tests',
  };
  const facilitator = await sessionCookie(FACILITATOR.email, FACILITATOR.password);
  const write = (method, body) => ({
    method,
    headers: { cookie: facilitator, 'X-Requested-With': 'waymark', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const group = await api('/api/v1/plans/milton-keynes/groups', write('POST', { name: `Moderated group ${stamp}`, neighbourhoods: ['fishermead'] }));
  assert.equal(group.status, 201, JSON.stringify(group.body));
  const threadTitle = `Group spam ${stamp}`;
  const thread = await api(`/api/v1/groups/${group.body.id}/threads`, write('POST', { title: threadTitle, body: 'Cheap watches, <b>today</b> only' }));
  assert.equal(thread.status, 201, JSON.stringify(thread.body));
  const flagged = await api(`/api/v1/groups/${group.body.id}/posts/${thread.body.id}/flags`, write('POST', { reason: 'Selling watches' }));
  assert.equal(flagged.status, 202, JSON.stringify(flagged.body));

  const session = await openPage('/moderate', { viewport: PHONE });
  const { page } = session;
  const found = {};
  try {
    await signInByKeyboard(page, MODERATOR);
    await page.getByRole('heading', { level: 2, name: /posts? flagged in (a )?groups?$/ }).waitFor();
    const card = page.locator('.mod-post-card', { hasText: threadTitle });
    await card.waitFor();
    const text = await card.textContent();
    assert.match(text, new RegExp(`In Moderated group ${stamp}, discussion “${threadTitle}”`));
    assert.match(text, /Selling watches/);
    assert.equal(await card.locator('.mod-post-body').textContent(), 'Cheap watches, <b>today</b> only');
    await noSeriousViolations(session, 'group-posts-360', found);
    await card.getByLabel('Your reason (kept in the audit log)').focus();
    await page.keyboard.type('Advertising in a group');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await waitForStatus(page, new RegExp(`Post in “${threadTitle}” hidden.`));
    assert.equal(await page.locator('.mod-post-card', { hasText: threadTitle }).count(), 0);
    // Hidden from the group's members; the audit log has the reason.
    const members = await api(`/api/v1/groups/${group.body.id}/threads`, { headers: { cookie: facilitator } });
    assert.ok(members.body.posts.every((p) => p.id !== thread.body.id || p.status === 'hidden'), JSON.stringify(members.body));
    const hidden = await api('/api/v1/moderation/group-posts?plan=milton-keynes&status=hidden', {
      headers: { cookie: await sessionCookie(MODERATOR.email, MODERATOR.password) },
    });
    assert.ok(hidden.body.posts.some((p) => p.id === thread.body.id), JSON.stringify(hidden.body));
    const all = Object.entries(found).flatMap(([where, vs]) => vs.map((v) => ({ where, ...v })));
    assert.deepEqual(all, [], `serious or critical axe violations:${listOf(all)}`);
  } catch (err) {
    await session.screenshot('moderate-group-post-failure', { fullPage: true });
    throw err;
  } finally {
    await session.close();
  }
});
