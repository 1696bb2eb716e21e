// "Your contributions" (issue 13): a visitor (no account, only the visitor cookie) pins an
// idea on the plan map, opens "Your contributions" from the list and sees it waiting for an
// answer; a responder of a test organisation answers it `planned`; after a reload the
// visitor's list shows "Planned" with the organisation's signed answer, and the entry opens
// the contribution on the map. A second visitor's list is empty and says how to add one.
// axe-core at 360 and 1280 px on the list, with something in it and empty.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BASE_URL,
  listOf,
  mapSettled,
  openContributionId,
  openPage,
  realFailures,
  seriousA11yViolations,
  sessionCookie,
  waitForStatus,
} from './lib.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const stamp = Date.now().toString(36);
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };
const PLAN = 'milton-keynes';
const ORG = { slug: `mine-parks-${stamp}`, name: `Parks team ${stamp} (test)` };
const RESPONDER = { email: `mine-responder-${stamp}@example.org`, password: 'responder password for the browser tests' };
const TITLE = `A bench by the lake ${stamp}`;
const ANSWER = `We will put two benches there in the spring ${stamp}.`;
// In Leadenhall, away from the other tests' pins.
const VIEW = '#map=17/52.0250/-0.7520';

/** Runs the waymark binary against the database under test, as tests/e2e/run.sh does. */
function waymark(args, input = '') {
  const url = process.env.E2E_DATABASE_URL;
  assert.ok(url, 'E2E_DATABASE_URL names the database under test (tests/e2e/run.sh sets it)');
  const bin = process.env.E2E_BIN ?? path.join(ROOT, 'target', 'debug', 'waymark');
  // The binary reads WAYMARK_* as its own configuration: the tests' WAYMARK_URL is not one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('WAYMARK_')));
  execFileSync(bin, args, { input, env: { ...env, DATABASE_URL: url }, stdio: ['pipe', 'ignore', 'pipe'] });
}

async function axeBothSizes(session, name, found) {
  for (const [size, viewport] of [['360', PHONE], ['1280', LAPTOP]]) {
    await session.page.setViewportSize(viewport);
    await showList(session.page);
    found[`${name}-${size}`] = await seriousA11yViolations(session.page);
    await session.screenshot(`mine-${name}-${size}`, { fullPage: false });
  }
}

/** On a phone the map and the panel take turns: shows the panel. */
async function showList(page) {
  const list = page.getByRole('button', { name: 'List', exact: true });
  if (await list.isVisible()) await list.click();
}

/** Opens "Your contributions" from the list and resolves to its panel. */
async function openMine(page) {
  await showList(page);
  await page.getByRole('button', { name: /^Your contributions/ }).click();
  const panel = page.locator('.view-mine');
  await panel.getByRole('heading', { level: 2, name: 'Your contributions' }).waitFor();
  await panel.locator('.mine-list, .mine-empty').first().waitFor();
  return panel;
}

test('a visitor sees their own pin in "Your contributions", then the organisation’s answer; another visitor does not', async () => {
  waymark(['org', 'add', '--plan', PLAN, '--name', ORG.name, '--slug', ORG.slug, '--kind', 'council']);
  waymark(['user', 'add', '--email', RESPONDER.email, '--role', 'responder', '--org', ORG.slug], `${RESPONDER.password}\n`);
  const visitor = await openPage(`/p/${PLAN}${VIEW}`, { viewport: LAPTOP });
  const { page } = visitor;
  const found = {};
  let other;
  try {
    await mapSettled(page);
    // Pins an idea with the mouse, as pins.test.mjs does.
    await page.getByRole('button', { name: 'Add your idea' }).click();
    await page.getByRole('heading', { name: 'Add your idea' }).waitFor();
    const box = await page.locator('#map canvas').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await waitForStatus(page, /Pin placed/);
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByLabel('Title').fill(TITLE);
    await page.getByRole('radio', { name: 'Idea' }).check();
    await page.getByRole('checkbox', { name: 'Parks and green spaces' }).check();
    await page.getByRole('button', { name: 'Add to the map' }).click();
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    const id = await openContributionId(page);
    assert.ok(id, 'the new contribution is open');
    await page.getByRole('button', { name: 'Back to the list' }).click();

    // "Your contributions (1)": the new pin, waiting for an answer.
    await page.getByRole('button', { name: 'Your contributions (1)' }).waitFor();
    let mine = await openMine(page);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Your contributions', 'focus on the heading');
    let cards = mine.locator('.mine-list > li');
    assert.equal(await cards.count(), 1);
    assert.match(await cards.first().textContent(), new RegExp(`${TITLE}.*Waiting for an answer`));
    await axeBothSizes(visitor, 'open', found);

    // The responder answers it `planned`.
    const cookie = await sessionCookie(RESPONDER.email, RESPONDER.password);
    const answered = await fetch(`${BASE_URL}/api/v1/plans/${PLAN}/responses`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'waymark-e2e', Cookie: cookie },
      body: JSON.stringify({ selection: { ids: [id] }, status: 'planned', expected_month: '2027-04', response: ANSWER }),
    });
    assert.equal(answered.status, 201, 'the responder answers');

    // After a reload (the list is asked for afresh each time it opens), "Planned" and the answer.
    await page.reload({ waitUntil: 'networkidle' });
    await mapSettled(page);
    mine = await openMine(page);
    cards = mine.locator('.mine-list > li');
    assert.equal(await cards.count(), 1);
    const text = await cards.first().textContent();
    assert.match(text, /Planned/);
    assert.ok(text.includes(ANSWER) && text.includes(ORG.name), `the answer signed by the organisation: ${text}`);
    await axeBothSizes(visitor, 'planned', found);

    // With the keyboard: the entry opens the contribution; Back returns to the list, on it.
    await cards.first().getByRole('link').focus();
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    assert.equal(await openContributionId(page), id);
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await mine.getByRole('heading', { level: 2, name: 'Your contributions' }).waitFor();
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), new RegExp(TITLE), 'focus back on the entry');

    // A second visitor (a browser of their own): nothing of the first one's.
    other = await openPage(`/p/${PLAN}${VIEW}`, { viewport: PHONE });
    await mapSettled(other.page);
    const theirs = await openMine(other.page);
    assert.equal(await theirs.locator('.mine-list > li').count(), 0);
    assert.match(await theirs.locator('.mine-empty').textContent(), /Add your idea/);
    assert.equal(await theirs.getByText(TITLE).count(), 0);
    await axeBothSizes(other, 'empty', found);

    const violations = Object.entries(found).flatMap(([where, vs]) => vs.map((v) => ({ where, ...v })));
    assert.deepEqual(violations, [], `serious or critical axe violations:${listOf(violations)}`);
    for (const s of [visitor, other]) {
      assert.deepEqual(s.consoleErrors, [], `console errors:${listOf(s.consoleErrors)}`);
      assert.deepEqual(realFailures(s.failedRequests), [], `failed requests:${listOf(s.failedRequests)}`);
    }
  } catch (err) {
    await visitor.screenshot('mine-failure', { fullPage: false });
    await other?.screenshot('mine-failure-other', { fullPage: false });
    throw err;
  } finally {
    await visitor.close();
    await other?.close();
  }
});
