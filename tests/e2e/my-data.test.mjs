// "Your data" (issue 21): on a phone (360×740), a resident pins an idea and follows it by
// e-mail; then, with the keyboard only, at /me asks for their data by e-mail, opens the link
// from the mail (read back from the server's mail folder), downloads the ZIP (its JSON
// checked here), erases everything, and sees their pin gone from the map. A forged link
// says only that it does not work. axe-core on every state of the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import {
  addUser,
  api,
  BASE_URL,
  listOf,
  mapSettled,
  openPage,
  realFailures,
  renderedPinIds,
  seriousA11yViolations,
  sessionCookie,
  tabTo,
  waitForMail,
  waitForPin,
} from './lib.mjs';

const stamp = Date.now().toString(36);
const PHONE = { width: 360, height: 740 };
const PLAN = 'milton-keynes';
const EMAIL = `my-data-${stamp}@example.org`;
const TITLE = `My data pin ${stamp}: a crossing by the school`;
// In Fishermead, away from the other tests' pins.
const VIEW = '#map=17/52.0330/-0.7470';

/** The files of a ZIP (stored or deflated), by name, as text. */
function unzip(buf) {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'a ZIP');
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const files = {};
  for (let i = 0; i < count; i += 1) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const [nameLength, extraLength, commentLength] = [28, 30, 32].map((o) => buf.readUInt16LE(at + o));
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files[name] = (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    at += 46 + nameLength + extraLength + commentLength;
  }
  return files;
}

async function assertNoSeriousA11y(page, where, found) {
  found[where] = await seriousA11yViolations(page);
}

test('on a phone, with the keyboard, a resident downloads their data by e-mail, erases it, and their pin leaves the map', async () => {
  const session = await openPage(`/p/${PLAN}${VIEW}`, { viewport: PHONE });
  const { page } = session;
  const found = {};
  try {
    await mapSettled(page);
    // ---- a pin from this browser (its visitor cookie), through the API the add form
    // uses (pins.test.mjs drives the form itself), then shown on the map ----
    const id = await page.evaluate(
      async ([plan, title]) => {
        const res = await fetch(`/api/v1/plans/${plan}/contributions`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/geo+json', 'X-Requested-With': 'waymark' },
          body: JSON.stringify({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [-0.747, 52.033] },
            properties: { kind: 'idea', themes: ['safety'], title, body: '', precision: 'exact' },
          }),
        });
        return (await res.json()).id;
      },
      [PLAN, TITLE],
    );
    assert.ok(id, 'the pin was added');
    await page.reload({ waitUntil: 'networkidle' });
    await mapSettled(page);
    await waitForPin(page, id);
    // Following it by e-mail, as this browser (its visitor cookie made the pin).
    const followed = await page.evaluate(
      async ([pin, email]) =>
        (
          await fetch(`/api/v1/contributions/${pin}/followers`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'waymark' },
            body: JSON.stringify({ email }),
          })
        ).status,
      [id, EMAIL],
    );
    assert.equal(followed, 202);

    // ---- /me: a forged link says only that it does not work ----
    await page.goto(`${BASE_URL}/me?token=made-up`, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 2, name: 'This link does not work' }).waitFor();
    assert.equal(new URL(page.url()).search, '', 'the token leaves the address bar');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'This link does not work', 'focus on the message');
    // This browser's pin is tied to it already.
    assert.deepEqual(await page.locator('.me-counts li').allTextContents(), ['1 pin']);
    await assertNoSeriousA11y(page, 'broken link', found);
    await session.screenshot('my-data-broken-link', { fullPage: false });

    // ---- asking for a link by e-mail, with the keyboard ----
    await tabTo(page, /^E-mail address/);
    await page.keyboard.type(EMAIL);
    await page.keyboard.press('Enter');
    await page.getByText('If the address is right, a mail with a link is on its way.').waitFor();
    await assertNoSeriousA11y(page, 'link sent', found);
    const mails = await waitForMail(EMAIL);
    const mail = mails.find((m) => m.subject === 'Your data on Waymark');
    assert.ok(mail, `the link's mail among:${listOf(mails.map((m) => m.subject))}`);
    const link = /http:\/\/\S+\/me\?token=[\w-]+/.exec(mail.body)?.[0];
    assert.ok(link, `a link in:\n${mail.body}`);

    await page.goto(link, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 2, name: 'What we hold' }).waitFor();
    const held = await page.locator('main').textContent();
    assert.ok(held.includes(`Tied to the e-mail address ${EMAIL}`), held);
    // The pin (by this browser), the follow and two mails (its confirmation, the link) by the address.
    assert.deepEqual(await page.locator('.me-counts li').allTextContents(), ['1 pin', '1 thing followed by e-mail', '2 mails sent to you']);
    await assertNoSeriousA11y(page, 'what we hold', found);
    await session.screenshot('my-data-held', { fullPage: true });

    // ---- the download, with the keyboard ----
    await tabTo(page, /^Download your data/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert.equal(download.suggestedFilename(), 'waymark-my-data.zip');
    const files = unzip(await readFile(await download.path()));
    const pins = JSON.parse(files['contributions.json']);
    assert.deepEqual(pins.map((p) => p.id), [id]);
    assert.equal(pins[0].title, TITLE);
    const follows = JSON.parse(files['follows.json']);
    assert.deepEqual(follows.map((f) => [f.contribution_id, f.email]), [[id, EMAIL]]);
    assert.ok(files['contributions.csv'].includes(TITLE), 'the CSV twin');
    assert.match(files['README.txt'], /volunteering: your offers to help a community energy project/);

    // ---- erasing, with the keyboard: a question first ----
    await tabTo(page, /^Erase my data$/);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'This cannot be undone. Erase everything tied to you?');
    await assertNoSeriousA11y(page, 'erase question', found);
    await tabTo(page, /^Erase my data$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'Your data is erased' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Your data is erased', 'focus on the outcome');
    assert.match(await page.locator('main').textContent(), /1 pin erased\./);
    await assertNoSeriousA11y(page, 'erased', found);
    await session.screenshot('my-data-erased', { fullPage: false });

    // ---- the pin has left the map, the list and the API ----
    assert.equal((await api(`/api/v1/contributions/${id}`)).status, 404);
    await page.goto(`${BASE_URL}/p/${PLAN}${VIEW}`, { waitUntil: 'networkidle' });
    await mapSettled(page);
    assert.ok(!(await renderedPinIds(page)).includes(id), 'the pin is gone from the map');
    assert.equal(await page.getByText(TITLE).count(), 0, 'and from the list');

    const violations = Object.entries(found).flatMap(([where, vs]) => vs.map((v) => ({ where, ...v })));
    assert.deepEqual(violations, [], `serious or critical axe violations:${listOf(violations)}`);
    assert.deepEqual(session.consoleErrors.filter((e) => !/status of 40[14]/.test(e)), [], `console errors:${listOf(session.consoleErrors)}`);
    // The refusals the test asked for: the forged link.
    const expected = [/\/api\/v1\/me\/link\/confirm: HTTP 404/];
    const unexpected = realFailures(session.failedRequests).filter((f) => !expected.some((p) => p.test(f)));
    assert.deepEqual(unexpected, [], `failed requests:${listOf(unexpected)}`);
  } catch (err) {
    await session.screenshot('my-data-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});

/** The answer of `query` (one value) in the database under test. */
function sql(query) {
  const url = process.env.E2E_DATABASE_URL;
  assert.ok(url, 'E2E_DATABASE_URL names the database under test (tests/e2e/run.sh sets it)');
  return execFileSync(process.env.E2E_PSQL ?? 'psql', [url, '-qtAX'], { input: query, encoding: 'utf8' }).trim();
}

test('a data officer finds what a mobiliser recorded for a resident, downloads and erases it, with the keyboard; it is audited', async () => {
  const officer = { email: `dpo-${stamp}@example.org`, password: 'a data officer password for the tests', plan: PLAN };
  const mobiliser = { email: `dpo-mobiliser-${stamp}@example.org`, password: 'a mobiliser password for the tests' };
  addUser(officer, 'data_officer');
  addUser(mobiliser, 'mobiliser');
  const resident = `Mrs Testperson ${stamp}`;
  const recorded = await fetch(`${BASE_URL}/api/v1/plans/${PLAN}/conversations`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/geo+json', 'X-Requested-With': 'waymark-e2e', Cookie: await sessionCookie(mobiliser.email, mobiliser.password) },
    body: JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-0.748, 52.034] },
      properties: {
        kind: 'issue', themes: ['housing'], title: `Damp in the flat ${stamp}`, body: 'Since the winter.',
        on_behalf_of: resident, channel: 'door_step', conversation_date: '2026-11-02', consent: 'publish',
      },
    }),
  });
  assert.equal(recorded.status, 201);
  const { id } = await recorded.json();

  const session = await openPage('/me', { viewport: PHONE });
  const { page, context } = session;
  const found = {};
  try {
    const [name, value] = (await sessionCookie(officer.email, officer.password)).split('=');
    await context.addCookies([{ name, value, url: BASE_URL }]);
    await page.evaluate(() => localStorage.setItem('waymark.signedIn', '1'));
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 2, name: "Requests made on someone's behalf" }).waitFor();
    await tabTo(page, /^Name or note recorded/);
    await page.keyboard.type(`testperson ${stamp}`);
    await page.keyboard.press('Enter');
    await page.getByText("1 contribution recorded on someone's behalf").waitFor();
    assert.match(await page.locator('.me-recorded').textContent(), new RegExp(`Damp in the flat ${stamp} \\(${resident}, 2026-11-02\\)`));
    found.found = await seriousA11yViolations(page);
    await session.screenshot('my-data-officer-found', { fullPage: true });

    await tabTo(page, /^Download the selected/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    const files = unzip(await readFile(await download.path()));
    const rows = JSON.parse(files['contributions.json']);
    assert.deepEqual(rows.map((r) => [r.id, r.on_behalf_of]), [[id, resident]]);

    await tabTo(page, /^Erase the selected$/);
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'This cannot be undone. Erase the selected contributions?');
    await tabTo(page, /^Erase the selected$/);
    await page.keyboard.press('Enter');
    await page.getByText('1 pin erased.').waitFor();
    found.erased = await seriousA11yViolations(page);
    assert.equal((await api(`/api/v1/contributions/${id}`)).status, 404, 'gone from the map');
    assert.equal(sql(`SELECT count(*) FROM contributions WHERE on_behalf_of LIKE '%${stamp}%' OR title LIKE '%${stamp}%'`), '0');
    // Audited: who, and what was done; never the name searched for.
    assert.equal(
      sql(`SELECT string_agg(action, ' ' ORDER BY id) FROM audit_log WHERE actor = (SELECT 'user:' || id FROM users WHERE email = '${officer.email}')`),
      'data_request.search data_request.export data_request.erase',
    );
    assert.equal(sql(`SELECT count(*) FROM audit_log WHERE concat(reason, before, after) LIKE '%${stamp}%'`), '0');

    const violations = Object.entries(found).flatMap(([where, vs]) => vs.map((v) => ({ where, ...v })));
    assert.deepEqual(violations, [], `serious or critical axe violations:${listOf(violations)}`);
    // Before the sign-in, /me asked what this browser holds: nothing yet (401).
    assert.deepEqual(session.consoleErrors.filter((e) => !/status of 401/.test(e)), [], `console errors:${listOf(session.consoleErrors)}`);
    const expected = [/\/api\/v1\/me\/data: HTTP 401/];
    const unexpected = realFailures(session.failedRequests).filter((f) => !expected.some((p) => p.test(f)));
    assert.deepEqual(unexpected, [], `failed requests:${listOf(unexpected)}`);
  } catch (err) {
    await session.screenshot('my-data-officer-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});
