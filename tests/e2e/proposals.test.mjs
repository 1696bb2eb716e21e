// Community energy: a group member signs in, proposes a project and watches the live
// feasibility check as the site moves; a network engineer (in another browser) sees the
// exact headroom figures the public does not, and answers; the proposer, whose proposal
// stays open, sees the answer arrive without a reload, then says the group is going ahead.
// Accessibility of the propose form, the engineer's queue and the proposer's steps at phone
// and desktop sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, listOf, mapSettled, openPage, realFailures, seriousA11yViolations, waitForStatus } from './lib.mjs';

const stamp = Date.now().toString(36);
const GROUP = { email: process.env.E2E_GROUP_EMAIL ?? 'group@example.org', password: process.env.E2E_GROUP_PASSWORD ?? 'group password for the browser tests' };
const DNO = { email: process.env.E2E_DNO_EMAIL ?? 'dno@example.org', password: process.env.E2E_DNO_PASSWORD ?? 'dno engineer password for the browser tests' };
const VIEW = '/p/milton-keynes#map=14/52.0400/-0.7600';
const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

async function signIn(page, who) {
  await page.getByLabel('Email address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** Turns the network layer on and resolves to the network GeoJSON the page fetched. */
async function showNetwork(page) {
  const [response] = await Promise.all([
    page.waitForResponse((r) => /\/api\/v1\/plans\/milton-keynes\/network$/.test(new URL(r.url()).pathname)),
    page.getByRole('button', { name: 'Electricity network' }).click(),
  ]);
  assert.equal(response.status(), 200);
  const body = await response.json();
  await page.waitForFunction(() => window.__waymark.map.getLayer('network-areas'));
  await mapSettled(page);
  return body;
}

async function axeAt(session, size, what, shot) {
  const { page } = session;
  await page.setViewportSize(size);
  // On a phone the panel is one of two views: a user chooses the list.
  const listButton = page.getByRole('button', { name: 'List', exact: true });
  if (size.width < 768 && (await listButton.isVisible())) await listButton.click();
  await page.waitForTimeout(300);
  const violations = await seriousA11yViolations(page);
  await session.screenshot(`${shot}-${size.width}`, { fullPage: false });
  assert.deepEqual(violations, [], `${what} at ${size.width}×${size.height}:${listOf(violations)}`);
}

/** The names of the step buttons the open proposal offers. */
async function stepNames(page) {
  return page.locator('.proposal-steps').getByRole('button').allTextContents();
}

test('a group proposes a project with a live feasibility check, a network engineer answers it, and the proposer sees the answer live and goes ahead', async () => {
  const group = await openPage(VIEW);
  const dno = await openPage(VIEW);
  const sessions = [group, dno];
  const title = `Solar on the community hall ${stamp}`;
  try {
    // ---- the group member ----
    let page = group.page;
    await mapSettled(page);
    await page.getByRole('button', { name: 'Community energy' }).click();
    await page.getByRole('heading', { level: 2, name: 'Community energy' }).waitFor();
    await page.getByRole('button', { name: 'Propose a project' }).click();
    await page.getByRole('heading', { name: 'Sign in to propose a project' }).waitFor();
    // A wrong password is said plainly, and focus goes to it.
    await signIn(page, { email: GROUP.email, password: 'not the password' });
    const problem = page.locator('.view-signin .error-summary');
    await problem.waitFor();
    assert.match(await problem.textContent(), /email address or password is not right/);
    await group.screenshot('proposal-signin-error', { fullPage: false });
    await signIn(page, GROUP);
    await page.getByRole('heading', { level: 2, name: 'Propose a project', exact: true }).waitFor();

    // The site goes on the map; the live result names the serving DEMO substation.
    const box = await page.locator('#map canvas').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const live = page.locator('.feasibility-live');
    assert.equal(await live.getAttribute('aria-live'), 'polite');
    await live.locator('.rag-word').waitFor();
    assert.match(await live.locator('.rag-word').textContent(), /^(Green|Amber|Red): /);
    assert.match(await live.locator('.explanation').textContent(), /DEMO /);
    const first = await live.textContent();
    await page.getByLabel('Project name').fill(title);
    await page.getByLabel('Type of project').selectOption('solar_pv');
    await page.getByLabel('Size (kW)').fill('150');
    // A much larger export changes the answer (the figures are in the explanation).
    await page.getByLabel('Most it sends to the grid (kW)').fill('40000');
    await page.waitForFunction((before) => document.querySelector('.feasibility-live')?.textContent !== before, first);
    await page.waitForFunction(() => /40\.00? MW|40 MW/.test(document.querySelector('.feasibility-live .explanation')?.textContent ?? ''));
    await page.getByLabel('Most it sends to the grid (kW)').fill('120');
    await page.waitForFunction(() => /0\.12 MW/.test(document.querySelector('.feasibility-live .explanation')?.textContent ?? ''));
    // Dragging the site checks again. The view's centre is ~450 m inside the supply area of
    // Central Milton Keynes Primary in the demo network
    // (fixtures/milton-keynes/network/demo-generic.geojson); INTO is ~340 m inside the area
    // of its neighbour, Fishermead Primary. The answer must name the new substation.
    const FROM = 'DEMO Central Milton Keynes Primary';
    const TO = 'DEMO Fishermead Primary';
    const INTO = [-0.756, 52.033];
    assert.ok((await live.textContent()).includes(FROM), `the site starts in ${FROM}'s area`);
    const pin = await page.locator('.new-pin').boundingBox();
    const target = await page.evaluate((at) => {
      const map = window.__waymark.map;
      const p = map.project(at);
      const canvas = map.getCanvas().getBoundingClientRect();
      return { x: canvas.left + p.x, y: canvas.top + p.y };
    }, INTO);
    // Held at its middle, the pin's point (its bottom) lands on the target.
    await page.mouse.move(pin.x + pin.width / 2, pin.y + pin.height / 2);
    await page.mouse.down();
    await page.mouse.move(target.x, target.y - pin.height / 2, { steps: 8 });
    await page.mouse.up();
    await page.waitForFunction((name) => document.querySelector('.feasibility-live')?.textContent.includes(name), TO);
    await live.locator('.rag-word').waitFor();
    assert.ok(!(await live.textContent()).includes(FROM), `no longer ${FROM}`);
    await page.getByLabel('Group', { exact: true }).fill('Wolverton Community Energy (test)');
    await page.getByLabel('About the project (optional)').fill('Panels on the hall roof, used by the café and the nursery.');
    await group.screenshot('proposal-form', { fullPage: false });
    for (const size of SIZES) await axeAt(group, size, 'the propose form', 'propose-form');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.getByRole('button', { name: 'Send the proposal' }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const proposal = page.locator('article.proposal');
    assert.match(await proposal.locator('.proposal-status').textContent(), /Sent, waiting for the network operator/);
    await proposal.locator('.feasibility .explanation').waitFor();
    assert.match(await proposal.locator('.feasibility .explanation').textContent(), /DEMO /);
    assert.match(await proposal.locator('.history').textContent(), /Sent, waiting/);
    assert.match(await proposal.textContent(), /No answer yet/);
    // Before an answer, the group may only withdraw.
    assert.deepEqual(await stepNames(page), ['Withdraw']);
    await group.screenshot('proposal-sent', { fullPage: false });

    // The public (and resident) network has no exact figures: not in what the page fetched,
    // not on the page.
    const publicNetwork = await showNetwork(page);
    assert.ok(publicNetwork.features.length > 0);
    for (const f of publicNetwork.features) {
      assert.equal(f.properties.layer, 'supply_area', 'the public sees supply areas only');
      for (const k of ['generation_headroom_mw', 'demand_headroom_mva', 'queued_generation_mw', 'firm_capacity_mva']) {
        assert.equal(k in f.properties, false, `no ${k} for the public`);
      }
    }
    const publicText = await page.evaluate(() => document.body.innerText);
    assert.doesNotMatch(publicText, /headroom|Firm capacity|Queued generation/i);
    assert.match(publicText, /Green: likely to have room/);
    await group.screenshot('network-public', { fullPage: false });

    // ---- the network engineer ----
    page = dno.page;
    await mapSettled(page);
    await page.getByRole('button', { name: 'Community energy' }).click();
    await page.getByRole('button', { name: 'Sign in' }).click();
    // Signed in as an engineer, the page fetches the network (for the substations list).
    const fetched = page.waitForResponse((r) => /\/api\/v1\/plans\/milton-keynes\/network$/.test(new URL(r.url()).pathname));
    await signIn(page, DNO);
    await page.getByRole('heading', { level: 3, name: 'Proposals to answer' }).waitFor();
    const queue = page.locator('.dno-queue');
    await queue.getByRole('link', { name: title }).waitFor();
    for (const size of SIZES) await axeAt(dno, size, 'the engineer’s queue', 'dno-queue');
    await page.setViewportSize({ width: 1280, height: 800 });

    const network = await (await fetched).json();
    await page.getByRole('button', { name: 'Electricity network' }).click();
    await page.waitForFunction(() => window.__waymark.map.getLayer('network-substations'));
    const substations = network.features.filter((f) => f.properties.layer === 'substation');
    assert.ok(substations.length > 0, 'the engineer gets substations');
    assert.ok(network.features.some((f) => typeof f.properties.generation_headroom_mw === 'number'));
    // A substation's exact figures, from the list of substations (keyboard-friendly twin of the map).
    const s = substations.find((f) => f.properties.kind === 'primary') ?? substations[0];
    await page.locator('.dno-stations').getByRole('button', { name: s.properties.name, exact: true }).click();
    const details = page.locator('.substation-panel');
    await details.waitFor({ state: 'visible' });
    const detailsText = await details.textContent();
    assert.match(detailsText, /Generation headroom \(MW\)/);
    assert.ok(detailsText.includes(String(s.properties.generation_headroom_mw)), 'the exact generation headroom is shown');
    assert.ok(detailsText.includes(String(s.properties.firm_capacity_mva)), 'the firm capacity is shown');
    assert.match(await page.locator('.network-legend').textContent(), /Generation room after the queue/);
    await dno.screenshot('network-dno', { fullPage: false });

    // The group's page is never reloaded from here on: a reload would lose this mark.
    await group.page.evaluate(() => {
      window.__e2eSamePage = true;
    });

    await queue.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const form = page.locator('form.answer-form');
    await form.getByRole('button', { name: 'Send the answer' }).click();
    await form.locator('.error-summary').waitFor();
    assert.match(await form.locator('.error-summary').textContent(), /Choose a decision/);
    await form.getByRole('radio', { name: 'Can connect' }).check();
    await form.getByLabel('Indicative cost').fill('£2k to £5k');
    await form.getByLabel('Indicative timescale').fill('3 to 6 months');
    await form.getByLabel('Conditions').fill('Export limited to 100 kW until the study is done.');
    await form.getByLabel('Notes').fill('Apply for a connection study through the usual portal.');
    await dno.screenshot('dno-answer-form', { fullPage: false });
    await form.getByRole('button', { name: 'Send the answer' }).click();
    await page.waitForFunction(() => /£2k to £5k/.test(document.querySelector('.responses')?.textContent ?? ''));
    assert.match(await page.locator('.proposal-status').textContent(), /Can connect/);

    // ---- the proposer, whose page stayed open, sees the answer arrive ----
    page = group.page;
    await page.waitForFunction(() => /£2k to £5k/.test(document.querySelector('.responses')?.textContent ?? ''), null, { timeout: 15_000 });
    assert.match(await proposal.locator('.proposal-status').textContent(), /Can connect/);
    assert.match(await proposal.locator('.responses').textContent(), /Export limited to 100 kW/);
    await waitForStatus(page, /is now: Can connect/);
    assert.equal(await page.evaluate(() => window.__e2eSamePage), true, 'the group’s page was not reloaded');
    assert.deepEqual(await stepNames(page), ['We are going ahead', 'Withdraw']);
    await group.screenshot('proposal-answered-live', { fullPage: false });
    for (const size of SIZES) await axeAt(group, size, 'the proposer’s steps', 'proposal-steps');
    await page.setViewportSize({ width: 1280, height: 800 });

    // Withdrawing asks first; with the keyboard, Escape (or "No, keep it") changes nothing.
    const steps = page.locator('.proposal-steps');
    await steps.getByRole('button', { name: 'Withdraw' }).focus();
    await page.keyboard.press('Enter');
    const question = steps.getByRole('group', { name: /Withdraw this proposal\?/ });
    await question.waitFor();
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Withdraw this proposal\?/);
    assert.deepEqual(await stepNames(page), ['Yes, withdraw it', 'No, keep it']);
    for (const size of SIZES) await axeAt(group, size, 'the withdraw question', 'proposal-withdraw-question');
    await page.setViewportSize({ width: 1280, height: 800 });
    // (The phone-size check moved focus to the List button.)
    await question.getByRole('button', { name: 'No, keep it' }).focus();
    await page.keyboard.press('Escape');
    await question.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Withdraw');
    assert.match(await proposal.locator('.proposal-status').textContent(), /Can connect/);

    // The group goes ahead: the status and the history say so, and the engineer's open page too.
    await steps.getByRole('button', { name: 'We are going ahead' }).click();
    await waitForStatus(page, /now says you are going ahead/);
    await page.waitForFunction(() => /Going ahead/.test(document.querySelector('.proposal-status')?.textContent ?? ''));
    assert.match(await proposal.locator('.history').textContent(), /Can connect → Going ahead/);
    assert.deepEqual(await stepNames(page), [], 'nothing is left to do');
    assert.equal(await page.evaluate(() => window.__e2eSamePage), true, 'the group’s page was not reloaded');
    await group.screenshot('proposal-going-ahead', { fullPage: false });
    await dno.page.waitForFunction(() => /Going ahead/.test(document.querySelector('.proposal-status')?.textContent ?? ''), null, { timeout: 15_000 });
    await waitForStatus(dno.page, /is now: Going ahead/);

    // The proposal's link, from the list.
    await page.getByRole('button', { name: 'Back to community energy' }).click();
    const link = await page.getByRole('link', { name: title }).getAttribute('href');
    assert.match(link, /^#\/proposal\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    // The address bar now holds the proposal's link, so it can be shared or reloaded.
    await page.waitForURL((url) => url.hash.includes(link.slice(1)));
    await page.waitForFunction(() => /£2k to £5k/.test(document.querySelector('.responses')?.textContent ?? ''));
    const answer = await page.locator('.responses').textContent();
    assert.match(answer, /Can connect/);
    assert.match(answer, /3 to 6 months/);
    assert.match(answer, /Export limited to 100 kW/);
    assert.match(await page.locator('.proposal-status').textContent(), /Going ahead/);
    await group.screenshot('proposal-answered', { fullPage: false });
    // The proposal's link opens it after a reload too, with the answer.
    await page.goto(`${BASE_URL}/p/milton-keynes${link}`, { waitUntil: 'networkidle' });
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await page.waitForFunction(() => /£2k to £5k/.test(document.querySelector('.responses')?.textContent ?? ''));

    for (const x of sessions) {
      // A visitor's "who am I" and the wrong password (401s) are the only refused requests.
      const errors = x.consoleErrors.filter((e) => !/status of 401/.test(e));
      assert.deepEqual(errors, [], `console errors:${listOf(errors)}`);
      const failures = realFailures(x.failedRequests).filter((r) => !/(auth\/login|v1\/me): HTTP 401/.test(r));
      assert.deepEqual(failures, [], `failed requests:${listOf(failures)}`);
    }
  } catch (err) {
    await group.screenshot('proposals-failure-group', { fullPage: false });
    await dno.screenshot('proposals-failure-dno', { fullPage: false });
    throw err;
  } finally {
    await group.close();
    await dno.close();
  }
});
