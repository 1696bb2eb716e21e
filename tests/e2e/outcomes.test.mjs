// Outcomes in the web app: a responder of a test organisation signs in, draws an area over
// three pins in Fishermead and gives them `planned` with an answer and a commitment title; a
// phone (360×740) already open on the map shows the new status on one of those pins without
// a reload; "You said, we did" lists the commitment with its voices. The same answering is
// then done keyboard-only through the list (ticks with Space), through a 409 whose allowed
// steps the form shows. axe-core at 360 and 1280 px on
// the map with an outcome shown, the responder's form and the outcomes page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const stamp = Date.now().toString(36);
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };
const PLAN = 'milton-keynes';
const ORG = { slug: `lights-${stamp}`, name: `Lighting team ${stamp} (test)` };
const RESPONDER = { email: `responder-${stamp}@example.org`, password: 'responder password for the browser tests' };
const COMMITMENT = `Lighting the Fishermead underpasses ${stamp}`;

// Three pins of this test's own in a quiet corner of Fishermead, and the area drawn round
// them (inside the neighbourhood, away from the demo's pins).
const AREA_PINS = [
  [-0.7442, 52.0321],
  [-0.7437, 52.0323],
  [-0.744, 52.0325],
];
const AREA = [
  [-0.745, 52.0316],
  [-0.743, 52.0316],
  [-0.743, 52.0328],
  [-0.745, 52.0328],
];
const AREA_VIEW = '#map=17/52.0322/-0.7440';
// Two more for the keyboard path, further north-east.
const KEYBOARD_PINS = [
  [-0.7421, 52.0346],
  [-0.7417, 52.0348],
];
const KEYBOARD_VIEW = '#map=18/52.0347/-0.7419';

/** Runs the waymark binary against the database under test, as tests/e2e/run.sh does. */
function waymark(args, input = '') {
  const url = process.env.E2E_DATABASE_URL;
  assert.ok(url, 'E2E_DATABASE_URL names the database under test (tests/e2e/run.sh sets it)');
  const bin = process.env.E2E_BIN ?? path.join(ROOT, 'target', 'debug', 'waymark');
  // The binary reads WAYMARK_* as its own configuration: the tests' WAYMARK_URL is not one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('WAYMARK_')));
  execFileSync(bin, args, { input, env: { ...env, DATABASE_URL: url }, stdio: ['pipe', 'ignore', 'pipe'] });
}

/** Pins an issue exactly at `at` (anonymous, as a resident would) and resolves to its id. */
async function pin(title, at) {
  const res = await fetch(`${BASE_URL}/api/v1/plans/${PLAN}/contributions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/geo+json', 'X-Requested-With': 'waymark-e2e' },
    body: JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: at },
      properties: { kind: 'issue', themes: ['safety'], title, body: 'The underpass is dark at night and people avoid it.', precision: 'exact' },
    }),
  });
  assert.equal(res.status, 201, `${title} is pinned`);
  return (await res.json()).id;
}

async function outcomeOf(id) {
  const { status, body } = await api(`/api/v1/contributions/${id}`);
  assert.equal(status, 200);
  return body.properties.outcome;
}

async function assertNoSeriousA11y(page, where) {
  const violations = await seriousA11yViolations(page);
  assert.deepEqual(violations, [], `serious or critical accessibility violations on ${where}:${listOf(violations)}`);
}

/** Clicks the map of `page` at each [lon, lat] (projected by the page's own map). */
async function clickMapAt(page, points) {
  const box = await page.locator('#map canvas').boundingBox();
  for (const at of points) {
    const { x, y } = await page.evaluate((p) => window.__waymark.map.project(p), at);
    await page.mouse.click(box.x + x, box.y + y);
  }
}

async function signIn(page) {
  await page.getByLabel('E-mail address').fill(RESPONDER.email);
  await page.getByLabel('Password').fill(RESPONDER.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/p\/milton-keynes/);
}

/** No errors but `expected`: the sign-in page's own question (401 before signing in), and
 * the 422 the test asks for by sending the answer incomplete. */
function checkSession(s, expected = [/\/api\/v1\/me: HTTP 401/]) {
  const errors = s.consoleErrors.filter((e) => !(expected.length > 1 && /status of (409|422)/.test(e)));
  assert.deepEqual(errors, [], `console errors:${listOf(errors)}`);
  const failures = realFailures(s.failedRequests).filter((r) => !expected.some((e) => e.test(r)));
  assert.deepEqual(failures, [], `failed requests:${listOf(failures)}`);
}

test('a responder answers an area drawn over Fishermead; an open phone shows it live; "You said, we did" lists the commitment', async () => {
  waymark(['org', 'add', '--plan', PLAN, '--name', ORG.name, '--slug', ORG.slug, '--kind', 'council']);
  waymark(['user', 'add', '--email', RESPONDER.email, '--role', 'responder', '--org', ORG.slug], `${RESPONDER.password}\n`);
  const ids = [];
  for (const [i, at] of AREA_PINS.entries()) ids.push(await pin(`Dark underpass ${stamp} ${i + 1}`, at));

  const phone = await openPage(`/p/${PLAN}${AREA_VIEW}`, { viewport: PHONE });
  const responder = await openPage(`/account/signin?next=${encodeURIComponent(`/p/${PLAN}${AREA_VIEW}`)}`, { viewport: LAPTOP });
  try {
    await mapSettled(phone.page);
    await waitForPin(phone.page, ids[0]);
    const navigations = await phone.page.evaluate(() => performance.getEntriesByType('navigation').length);

    // The responder signs in with the shared account page and comes back to the map.
    const { page } = responder;
    await signIn(page);
    await mapSettled(page);
    const tools = page.getByRole('region', { name: 'Answer contributions' });
    await tools.waitFor();

    // Draws the area (the key folded away first, off the corners): a corner per click, then "Finish area".
    await page.getByRole('button', { name: 'Key' }).click();
    await tools.getByRole('button', { name: 'Draw an area on the map' }).click();
    await clickMapAt(page, AREA);
    await tools.getByRole('button', { name: 'Finish area' }).click();
    await tools.getByText('3 contributions chosen in the area drawn.').waitFor();
    await responder.screenshot('outcomes-area-1280', { fullPage: false });

    await tools.getByRole('button', { name: 'Write the answer' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your answer' }).waitFor();
    assert.match(await page.locator('.view-respond').textContent(), /For 3 contributions/);
    // The form names the organisation that signs the answer.
    assert.ok((await page.locator('.view-respond').textContent()).includes(`The answer is signed by ${ORG.name}, not by you.`));
    // Only the steps an open contribution can take are offered: never "open" itself.
    const offered = await page.locator('.view-respond input[type=radio]').evaluateAll((rs) => rs.map((r) => r.value));
    assert.deepEqual(offered, ['referred', 'considering', 'planned', 'done', 'not_possible', 'duplicate']);

    // Sent with nothing filled in: every missing field is named, beside it and in the summary.
    await page.getByRole('button', { name: 'Publish the answer' }).click();
    const summary = page.locator('.view-respond .error-summary');
    await summary.waitFor();
    assert.match(await summary.textContent(), /New status: Choose the status this answer gives/);
    await page.getByLabel(/Planned/).check();
    await page.getByRole('button', { name: 'Publish the answer' }).click();
    await page.locator('.view-respond .field-error', { hasText: 'say in which month the work is expected' }).waitFor();
    assert.match(await summary.textContent(), /Answer: Write the response people will read/i);
    await assertNoSeriousA11y(page, 'the responder form with its errors, 1280 px');

    await page.getByLabel('Answer', { exact: true }).fill('We will light all three underpasses this winter.\n\nThe work starts in March.');
    await page.getByLabel('Commitment title (optional)').fill(COMMITMENT);
    await page.getByLabel('Month the work is expected').fill('2027-03');
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: 'List' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your answer' }).waitFor();
    await assertNoSeriousA11y(page, 'the responder form, 360 px');
    await responder.screenshot('outcomes-form-360');
    await page.setViewportSize(LAPTOP);
    await page.getByRole('button', { name: 'Publish the answer' }).click();
    await waitForStatus(page, new RegExp(`Published: 3 contributions answered by ${ORG.name.replace(/[()]/g, '\\$&')}`));
    for (const id of ids) {
      const outcome = await outcomeOf(id);
      assert.equal(outcome.status, 'planned');
      assert.equal(outcome.organisation, ORG.name);
      assert.equal(outcome.commitment.title, COMMITMENT);
    }

    // The phone never reloads: the outcome event and the fresh tiles bring the new status.
    await phone.page.waitForFunction(
      (want) => window.__waymark.renderedPins().some((p) => want.includes(p.id) && p.status === 'planned'),
      ids,
      { timeout: 15_000 },
    );
    assert.equal(await phone.page.evaluate(() => performance.getEntriesByType('navigation').length), navigations, 'the phone did not reload');
    await phone.screenshot('outcomes-live-360', { fullPage: false });
    // Tapping that pin shows the answer, signed by the organisation.
    await clickMapAt(phone.page, [AREA_PINS[1]]);
    const answer = phone.page.getByRole('region', { name: 'What happened' });
    await answer.waitFor();
    const text = await answer.textContent();
    assert.match(text, /Planned/);
    assert.match(text, /We will light all three underpasses this winter/);
    assert.match(text, new RegExp(`— ${ORG.name.replace(/[()]/g, '\\$&')}`));
    assert.match(text, /Expected in March 2027/);
    assert.equal(await answer.getByRole('progressbar', { name: /Progress of/ }).getAttribute('value'), '0');
    await phone.screenshot('outcomes-detail-360');
    await assertNoSeriousA11y(phone.page, 'the map with an outcome shown, 360 px');

    // The laptop's list cards say it too, and the filter "Has an answer" keeps them.
    await page.getByRole('button', { name: /Filters/ }).click();
    await page.getByRole('checkbox', { name: 'Has an answer' }).check();
    await page.waitForFunction(() => document.querySelector('.view-browse')?.getAttribute('aria-busy') === 'false');
    const listed = page.locator('.cards a', { hasText: `Dark underpass ${stamp} 1` });
    await listed.locator('.outcome-badge', { hasText: 'Planned' }).waitFor();
    assert.match(await listed.textContent(), new RegExp(`We will light all three underpasses this winter.*— ${ORG.name.replace(/[()]/g, '\\$&')}`, 's'));
    assert.equal(await listed.getByRole('progressbar', { name: new RegExp(`Progress of “${COMMITMENT}”`) }).getAttribute('value'), '0');
    assert.match(page.url(), /answered=1/);
    await responder.screenshot('outcomes-list-1280', { fullPage: false });
    await page.locator('.cards a', { hasText: `Dark underpass ${stamp} 1` }).click();
    await page.getByRole('region', { name: 'What happened' }).waitFor();
    await assertNoSeriousA11y(page, 'the map with an outcome shown, 1280 px');
    await responder.screenshot('outcomes-detail-1280', { fullPage: false });

    // "You said, we did" lists the commitment with the three voices behind it.
    await page.goto(`${BASE_URL}/p/${PLAN}/outcomes`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 1, name: 'You said, we did' }).waitFor();
    const commitment = page.getByRole('article', { name: COMMITMENT });
    await commitment.waitFor();
    const card = await commitment.textContent();
    assert.match(card, /3 voices behind it/);
    assert.match(card, /Planned/);
    assert.match(card, /Expected in March 2027/);
    await assertNoSeriousA11y(page, 'the outcomes page, 1280 px');
    await responder.screenshot('outcomes-page-1280');

    // Its organisation posts progress from the page; the bar moves.
    await commitment.getByText('Post a progress update').click();
    await commitment.getByLabel('Progress now (0 to 100 %)').fill('40');
    await commitment.getByLabel('What happened').fill('Lamps ordered; the first underpass is lit.');
    await commitment.getByRole('button', { name: 'Post the update' }).click();
    await waitForStatus(page, /Update posted: 40% done/);
    const updated = page.getByRole('article', { name: COMMITMENT });
    assert.equal(await updated.getByRole('progressbar').getAttribute('value'), '40');
    assert.match(await updated.textContent(), /Lamps ordered; the first underpass is lit/);

    await page.setViewportSize(PHONE);
    await assertNoSeriousA11y(page, 'the outcomes page, 360 px');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the outcomes page fits 360 px (overflow ${overflow} px)`);
    await responder.screenshot('outcomes-page-360');
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('.outcomes-nav').isVisible(), false, 'the print stylesheet leaves the buttons out');
    await page.emulateMedia({ media: 'screen' });

    // A neighbourhood's own page.
    const { body } = await api(`/api/v1/plans/${PLAN}/outcomes?neighbourhood=fishermead`);
    assert.ok(body.commitments.some((c) => c.title === COMMITMENT), 'the commitment is Fishermead’s');
    await page.goto(`${BASE_URL}/p/${PLAN}/outcomes?neighbourhood=fishermead`, { waitUntil: 'networkidle' });
    await page.getByRole('article', { name: COMMITMENT }).waitFor();

    checkSession(phone);
    checkSession(responder, [/\/api\/v1\/me: HTTP 401/, /POST \S+\/api\/v1\/plans\/milton-keynes\/responses: HTTP 422/]);
  } catch (err) {
    await phone.screenshot('outcomes-failure-phone', { fullPage: false });
    await responder.screenshot('outcomes-failure-responder', { fullPage: false });
    throw err;
  } finally {
    await phone.close();
    await responder.close();
  }
});

test('the whole answer works keyboard-only through the list: tick with Space, fill the form, publish', async () => {
  const ids = [];
  for (const [i, at] of KEYBOARD_PINS.entries()) ids.push(await pin(`Keyboard lamp ${stamp} ${i + 1}`, at));
  const session = await openPage(`/account/signin?next=${encodeURIComponent(`/p/${PLAN}${KEYBOARD_VIEW}`)}`, { viewport: LAPTOP });
  const { page } = session;
  try {
    await signIn(page);
    await mapSettled(page);
    await page.getByRole('region', { name: 'Answer contributions' }).waitFor();
    await page.waitForFunction(() => document.querySelector('.view-browse')?.getAttribute('aria-busy') === 'false');
    await page.locator('body').focus();

    for (const i of [1, 2]) {
      await tabTo(page, new RegExp(`Choose “Keyboard lamp ${stamp} ${i}”`));
      await page.keyboard.press('Space');
      await waitForStatus(page, new RegExp(`${i} contributions? chosen in the list`));
    }
    await tabTo(page, /^Write the answer$/, { back: true });
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Your answer' }).waitFor();
    assert.match(await page.locator('.view-respond').textContent(), /For 2 contributions/);

    const checked = () => page.evaluate(() => document.querySelector('.view-respond input[type=radio]:checked')?.value);
    // Arrow keys move through the statuses: Referred, Being considered, Planned, Done.
    await tabTo(page, /Referred/);
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('ArrowDown');
    assert.equal(await checked(), 'done');
    await tabTo(page, /^Answer/);
    await page.keyboard.type('Our lighting engineers will look at both lamps this month.');

    // Meanwhile the organisation finds the first lamp cannot be moved (from elsewhere): "done"
    // is no longer a step it can take, and the server's 409 says what it can take instead.
    const cookie = await sessionCookie(RESPONDER.email, RESPONDER.password);
    const other = await fetch(`${BASE_URL}/api/v1/plans/${PLAN}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'waymark-e2e', Cookie: cookie },
      body: JSON.stringify({ selection: { ids: [ids[0]] }, status: 'not_possible', reason: 'The lamp post belongs to the railway.', response: 'We cannot light this one.' }),
    });
    assert.equal(other.status, 201);
    await tabTo(page, /^Publish the answer$/);
    await page.keyboard.press('Enter');
    const summary = page.locator('.view-respond .error-summary');
    await summary.waitFor();
    assert.match(
      await summary.textContent(),
      new RegExp(`Keyboard lamp ${stamp} 1: now “Not possible”; it can go to “Being considered”`),
    );
    // The summary's link leads back to the statuses; the keyboard chooses one both can take.
    await tabTo(page, /can go to/);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowDown');
    assert.equal(await checked(), 'considering');
    await tabTo(page, /^Publish the answer$/);
    await page.keyboard.press('Enter');
    await waitForStatus(page, /Published: 2 contributions answered by/);
    for (const id of ids) assert.equal((await outcomeOf(id)).status, 'considering');
    // Focus is back on the list's tools, with the result.
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Published: 2 contributions/);
    await session.screenshot('outcomes-keyboard-1280', { fullPage: false });
    checkSession(session, [/\/api\/v1\/me: HTTP 401/, /POST \S+\/api\/v1\/plans\/milton-keynes\/responses: HTTP 409/]);
  } catch (err) {
    await session.screenshot('outcomes-keyboard-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});
