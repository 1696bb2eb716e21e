// The neighbourhood energy plan, as issue 15 accepts it. A group member starts a plan for
// Central Milton Keynes, moves the heat-pump slider from 5 % to 100 % and sees DEMO Central
// Milton Keynes Primary turn from green ("Fits") to red ("Does not fit") on the map (the
// rendered pixels and the rendered feature both) and in the table; ~20 more slider moves
// measure the round trip (input → the map's next idle after the answer; p50/p95 printed).
// The group picks a priority, saves and shares (after the confirmation); a DNO engineer
// answers each substation ("Needs reinforcement" with its cost band and year for one) and a
// council officer for the LAEP; the group sees both answers whole, starts version 2, changes
// it and compares it with version 1. The print layout becomes a PDF that poppler draws (no
// blank page, the map and the charts as images) and reads back. axe at 360 and 1280 px; the
// Arabic page runs right to left without overflowing a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BASE_URL, SCREENSHOT_DIR, api, listOf, openPage, realFailures, seriousA11yViolations } from './lib.mjs';

const PLAN = 'milton-keynes';
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };
const stamp = Date.now().toString(36);
const TITLE = `Warm homes for Central Milton Keynes ${stamp}`;
const GROUP = `CMK Community Energy ${stamp}`;
// The demo's figures (public view): Central Milton Keynes Primary fits at 5 % heat pumps
// and does not fit at 100 %; Fishermead Primary, which serves a corner of it, fits at both.
const NEIGHBOURHOOD = 'Central Milton Keynes';
const SUBSTATION = 'DEMO Central Milton Keynes Primary';
const MOVES = Number(process.env.E2E_SLIDER_MOVES ?? 20);

const people = {
  group: { email: process.env.E2E_GROUP_EMAIL ?? 'group@example.org', password: process.env.E2E_GROUP_PASSWORD ?? 'group password for the browser tests' },
  dno: { email: process.env.E2E_DNO_EMAIL ?? 'dno@example.org', password: process.env.E2E_DNO_PASSWORD ?? 'dno engineer password for the browser tests' },
  council: { email: process.env.E2E_COUNCIL_EMAIL ?? 'council@example.org', password: process.env.E2E_COUNCIL_PASSWORD ?? 'council officer password for the browser tests' },
};

/** Opens the sign-in page, signs in as `who` and comes back to `next`. */
async function signedIn(who, next, viewport = LAPTOP) {
  const session = await openPage(`/account/signin?next=${encodeURIComponent(next)}`, { viewport });
  const { page } = session;
  await page.getByLabel('E-mail address').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname === next.split('?')[0]);
  return session;
}

async function assertNoSeriousA11y(page, where) {
  const violations = await seriousA11yViolations(page);
  assert.deepEqual(violations, [], `serious or critical accessibility violations on ${where}:${listOf(violations)}`);
}

/** Waits until the energy plan's map has drawn everything and stands still. */
async function mapSettled(page) {
  await page.waitForFunction(() => {
    const m = window.__energyPlan?.map;
    return Boolean(m && m.loaded() && m.areTilesLoaded() && !m.isMoving() && m.getSource('ep-areas'));
  }, null, { timeout: 20_000 });
}

/**
 * What the map draws for the supply area of `name`: the traffic light of the rendered
 * feature, and the mean colour of the canvas pixels inside it (read back from WebGL).
 */
function drawnArea(page, name) {
  return page.evaluate((want) => {
    const m = window.__energyPlan.map;
    const canvas = m.getCanvas();
    const ratio = canvas.width / canvas.clientWidth;
    const copy = document.createElement('canvas');
    [copy.width, copy.height] = [canvas.width, canvas.height];
    const ctx = copy.getContext('2d');
    ctx.drawImage(canvas, 0, 0);
    const pixels = ctx.getImageData(0, 0, copy.width, copy.height).data;
    const sum = [0, 0, 0];
    let n = 0;
    let rag = null;
    for (let y = 4; y < canvas.clientHeight; y += 8) {
      for (let x = 4; x < canvas.clientWidth; x += 8) {
        const f = m.queryRenderedFeatures([x, y], { layers: ['ep-area-fill'] })[0];
        if (!f || !String(f.properties.label).startsWith(want)) continue;
        rag = f.properties.rag;
        const i = (Math.round(y * ratio) * copy.width + Math.round(x * ratio)) * 4;
        sum[0] += pixels[i];
        sum[1] += pixels[i + 1];
        sum[2] += pixels[i + 2];
        n += 1;
      }
    }
    return { rag, n, rgb: sum.map((s) => Math.round(s / Math.max(n, 1))) };
  }, name);
}

/** The "Fits?" cell of `name` in the summary table. */
async function tableLight(page, name) {
  const row = page.locator('.ep-summary tbody tr', { hasText: name });
  return (await row.locator('.ep-rag').textContent()).replace(/^\W+/, '').trim();
}

/** Sets the heat-pump share by its number box and waits for the map to paint the answer. */
async function heatPumps(page, value) {
  const before = await page.evaluate(() => window.__energyPlan.rounds.length);
  await page.getByRole('spinbutton', { name: 'Homes with a heat pump (%)' }).fill(String(value));
  await page.waitForFunction((n) => window.__energyPlan.rounds.length > n, before, { timeout: 15_000 });
}

const percentile = (xs, p) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};

/** The share of dark pixels in a binary PGM (P5) image. */
function inkShare(pgm) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  assert.ok(header, 'pdftoppm wrote a PGM');
  const [whole, w, h] = header;
  let dark = 0;
  for (const v of pgm.subarray(whole.length)) if (v < 160) dark++;
  return dark / (Number(w) * Number(h));
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

function checkSession(s, expected = []) {
  assert.deepEqual(s.consoleErrors.filter((e) => !expected.some((x) => x.test(e))), [], `console errors:${listOf(s.consoleErrors)}`);
  const failures = realFailures(s.failedRequests).filter((r) => !/\/api\/v1\/me: HTTP 401/.test(r) && !expected.some((x) => x.test(r)));
  assert.deepEqual(failures, [], `failed requests:${listOf(failures)}`);
}

test('a group drafts an energy plan, sees a substation turn red, shares it; the DNO and the council answer; version 2 starts; the PDF renders', async () => {
  const listPath = `/p/${PLAN}/energy-plans`;
  const group = await signedIn(people.group, listPath);
  let planPath;
  try {
    const { page } = group;
    // ---- the list, and starting a plan ----
    await page.getByRole('heading', { level: 1, name: 'Neighbourhood energy plans' }).waitFor();
    await page.getByRole('link', { name: 'Warm homes for Fishermead and Springfield' }).waitFor();
    await assertNoSeriousA11y(page, 'the energy plans list, 1280 px');
    await page.getByLabel('Name of the plan').fill(TITLE);
    await page.getByLabel('Your community group').fill(GROUP);
    await page.getByRole('checkbox', { name: NEIGHBOURHOOD, exact: true }).check();
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await page.waitForURL(/\/energy-plans\/[0-9a-f-]{36}$/);
    planPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await mapSettled(page);

    // ---- the slider: green at 5 %, red at 100 %, on the map and in the table ----
    await heatPumps(page, 5);
    await mapSettled(page);
    assert.equal(await tableLight(page, SUBSTATION), 'Fits');
    const green = await drawnArea(page, SUBSTATION);
    assert.ok(green.n > 20, `the supply area of ${SUBSTATION} is on the map (${green.n} samples)`);
    assert.equal(green.rag, 'green');
    assert.ok(green.rgb[1] > green.rgb[0] + 20, `the area is drawn green at 5 % (mean ${green.rgb})`);
    await group.screenshot('energy-plan-green-1280', { fullPage: false });

    // The range itself, by keyboard: End goes to 100 %; the number box follows.
    const range = page.getByRole('slider', { name: 'Homes with a heat pump (%)' });
    const before = await page.evaluate(() => window.__energyPlan.rounds.length);
    await range.focus();
    await page.keyboard.press('End');
    await page.waitForFunction((n) => window.__energyPlan.rounds.length > n, before, { timeout: 15_000 });
    await mapSettled(page);
    assert.equal(await page.getByRole('spinbutton', { name: 'Homes with a heat pump (%)' }).inputValue(), '100');
    assert.equal(await tableLight(page, SUBSTATION), 'Does not fit');
    const red = await drawnArea(page, SUBSTATION);
    assert.equal(red.rag, 'red');
    assert.ok(red.rgb[0] > red.rgb[1] + 20, `the area is drawn red at 100 % (mean ${red.rgb}, was ${green.rgb})`);
    assert.match(await page.locator('.ep-map-key').textContent(), /Fits.*Needs work.*Does not fit/);
    assert.match(await page.locator('.ep-card', { hasText: SUBSTATION }).locator('.ep-years').textContent(), /Does not fit/);
    await group.screenshot('energy-plan-red-1280', { fullPage: false });

    // ---- the round trip, over MOVES moves (the benchmark) ----
    const start = await page.evaluate(() => window.__energyPlan.rounds.length);
    for (let i = 0; i < MOVES; i += 1) await heatPumps(page, i % 2 ? 100 : 10 + i * 4);
    const rounds = (await page.evaluate(() => window.__energyPlan.rounds)).slice(start);
    console.log(
      `energy plan slider round trip (input → map idle after the answer), ${rounds.length} moves: ` +
        `p50 ${percentile(rounds, 50).toFixed(0)} ms, p95 ${percentile(rounds, 95).toFixed(0)} ms, max ${Math.max(...rounds).toFixed(0)} ms`,
    );
    await heatPumps(page, 100);

    // ---- priorities, a battery, save, axe, then share ----
    const firstVoice = page.locator('.ep-chooser input[type=checkbox]').first();
    await firstVoice.check();
    const priority = await page.locator('.ep-chooser li').first().locator('label span').first().textContent();
    await page.getByRole('button', { name: 'Add a battery' }).click();
    await page.getByLabel('Name', { exact: true }).fill(`Library battery ${stamp}`);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.locator('.ep-done', { hasText: 'Draft saved.' }).waitFor();
    await assertNoSeriousA11y(page, 'the plan builder, 1280 px');
    await page.setViewportSize(PHONE);
    await assertNoSeriousA11y(page, 'the plan builder, 360 px');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the builder fits 360 px (overflow ${overflow} px)`);
    await group.screenshot('energy-plan-builder-360');
    await page.setViewportSize(LAPTOP);

    await page.getByRole('button', { name: 'Share', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Share this version?' });
    await dialog.waitFor();
    assert.match(await dialog.textContent(), /version 1 is frozen/);
    await dialog.getByRole('button', { name: 'Share it' }).click();
    await page.locator('.ep-status', { hasText: 'This version is shared' }).waitFor();
    assert.equal(await page.getByRole('slider').count(), 0, 'a shared version has no sliders');
    assert.match(await page.locator('.ep-scenario-table').textContent(), new RegExp(`Library battery ${stamp}`));
    assert.match(await page.locator('.ep-priorities').textContent(), new RegExp(priority.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
    const shared = await api(`/api/v1/energy-plans/${planPath.split('/').pop()}`);
    assert.equal(shared.body.version.status, 'shared');
    checkSession(group);
  } catch (err) {
    await group.screenshot('energy-plan-failure-group', { fullPage: false });
    throw err;
  } finally {
    await group.close();
  }

  // ---- the DNO engineer answers each substation ----
  const dno = await signedIn(people.dno, planPath);
  try {
    const { page } = dno;
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const stations = page.locator('.ep-answer-list > li');
    await stations.first().waitFor();
    const names = await stations.evaluateAll((items) => items.map((li) => li.querySelector('h4').textContent));
    assert.ok(names.includes(SUBSTATION), `the engineer answers ${SUBSTATION} (${names})`);
    for (const name of names) {
      const form = page.getByRole('region', { name: `Your answer for ${name}` });
      const verdict = form.getByLabel('Answer', { exact: true });
      const cost = form.getByLabel('Cost of reinforcement');
      assert.equal(await cost.isVisible(), false, 'no cost band until reinforcement is chosen');
      if (name === SUBSTATION) {
        await verdict.selectOption('needs_reinforcement');
        await cost.selectOption('1m_to_5m');
        await form.getByLabel('Earliest year it could be done').fill('2031');
        await form.getByLabel('Note for the group').fill('A new transformer at the primary; a flexible connection until then.');
      } else {
        await verdict.selectOption('fits');
      }
      await form.getByRole('button', { name: 'Send the answer' }).click();
      await page.waitForFunction((n) => document.getElementById('status')?.textContent === `Answer saved for ${n}.`, name);
    }
    await assertNoSeriousA11y(page, 'the engineer’s answers, 1280 px');
    await dno.screenshot('energy-plan-dno-1280');
    checkSession(dno);
  } finally {
    await dno.close();
  }

  // ---- the council officer answers for the LAEP ----
  const council = await signedIn(people.council, planPath, PHONE);
  try {
    const { page } = council;
    const form = page.getByRole('region', { name: 'The council’s answer' });
    await form.getByLabel('Answer', { exact: true }).selectOption('partly');
    await form.getByLabel('Note for the group').fill('Heat pumps fit the LAEP; the library battery is not in it yet.');
    await form.getByRole('button', { name: 'Send the answer' }).click();
    await page.waitForFunction(() => document.getElementById('status')?.textContent === 'The council’s answer is saved.');
    await assertNoSeriousA11y(page, 'the council’s answer, 360 px');
    checkSession(council);
  } finally {
    await council.close();
  }

  // ---- the group sees both answers, starts version 2 and compares ----
  const back = await signedIn(people.group, planPath);
  try {
    const { page } = back;
    await page.locator('.ep-status', { hasText: 'This version is answered' }).waitFor();
    const answers = page.locator('.ep-answers');
    const cmk = answers.locator('.ep-answer-list > li', { hasText: SUBSTATION });
    assert.match(await cmk.textContent(), /Needs reinforcement.*£1 million to £5 million.*Earliest year: 2031.*A new transformer/s);
    assert.match(await answers.locator('.ep-laep').textContent(), /Partly in line with the Local Area Energy Plan.*library battery is not in it yet/s);
    await back.screenshot('energy-plan-answered-1280');

    await page.getByRole('button', { name: 'Start version 2' }).click();
    await page.locator('.ep-status', { hasText: 'This is a draft' }).waitFor();
    assert.match(page.url(), /version=2/);
    await mapSettled(page);
    await heatPumps(page, 40);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.locator('.ep-done', { hasText: 'Draft saved.' }).waitFor();
    await page.getByRole('button', { name: 'Compare with version 1' }).click();
    const comparison = page.getByRole('region', { name: 'Version 1 and version 2' });
    await comparison.waitFor();
    assert.match(await comparison.textContent(), /Heat pumps \(%\)\s*100\s*40/);
    assert.match(await comparison.locator('tr', { hasText: SUBSTATION }).textContent(), /Does not fit/);
    await assertNoSeriousA11y(page, 'version 2 with the comparison, 1280 px');
    await back.screenshot('energy-plan-compare-1280');
    checkSession(back);
  } catch (err) {
    await back.screenshot('energy-plan-failure-back', { fullPage: false });
    throw err;
  } finally {
    await back.close();
  }

  // ---- the print layout as a PDF, printed by the group (whose answers are whole) ----
  const printed = await signedIn(people.group, `${planPath}/print?version=1`);
  const work = await mkdtemp(path.join(os.tmpdir(), 'waymark-energy-plan-'));
  try {
    const { page } = printed;
    await page.waitForSelector('body[data-ready=true]', { timeout: 30_000 });
    assert.ok(await page.locator('img.ep-map-image').evaluate((img) => img.naturalWidth > 100), 'the map is in the page as an image');
    await assertNoSeriousA11y(page, 'the print layout, 1280 px');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const pdfFile = path.join(SCREENSHOT_DIR, 'energy-plan.pdf');
    await writeFile(pdfFile, pdf);
    execFileSync('pdftoppm', ['-r', '40', '-gray', pdfFile, path.join(work, 'page')]);
    const pages = (await readdir(work)).filter((f) => f.endsWith('.pgm')).sort();
    assert.ok(pages.length >= 2, `${pages.length} pages`);
    for (const p of pages) {
      const share = inkShare(await readFile(path.join(work, p)));
      assert.ok(share > 0.002, `${p} is blank (${(share * 100).toFixed(3)}% ink)`);
    }
    execFileSync('pdftoppm', ['-r', '70', '-png', '-f', '1', '-l', '1', '-singlefile', pdfFile, path.join(work, 'first')]);
    await copyFile(path.join(work, 'first.png'), path.join(SCREENSHOT_DIR, 'energy-plan-pdf-page1.png'));
    // The map and each substation's chart are pictures in the PDF.
    const images = execFileSync('pdfimages', ['-list', pdfFile]).toString().split('\n').slice(2).filter((l) => l.trim());
    const charts = await page.locator('.ep-chart canvas').count();
    assert.ok(charts >= 2, `a chart per substation (${charts})`);
    assert.ok(images.length >= 1 + charts, `the map and ${charts} charts are images in the PDF (${images.length})`);
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-']).toString('utf8'));
    for (const want of [`Energy plan: ${TITLE}`, GROUP, SUBSTATION, 'Does not fit', 'Needs reinforcement', 'Partly in line with the Local Area Energy Plan', 'Homes with a heat pump (%)']) {
      assert.ok(text.includes(want), `the PDF says “${want}”`);
    }
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(PHONE);
    await assertNoSeriousA11y(page, 'the print layout, 360 px');
    checkSession(printed);
  } finally {
    await printed.close();
    await rm(work, { recursive: true, force: true });
  }
});

test('the plan reads right to left in Arabic and fits a phone; the projector layout keeps the map, the chart and the sliders', async () => {
  const { body } = await api(`/api/v1/plans/${PLAN}/energy-plans`);
  const answered = body.items.find((p) => p.status === 'answered');
  assert.ok(answered, 'the demo has an answered plan');
  const session = await openPage(`/p/${PLAN}/energy-plans/${answered.id}?lang=ar`, { viewport: PHONE });
  try {
    const { page } = session;
    await mapSettled(page);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `the Arabic page fits 360 px (overflow ${overflow} px)`);
    await assertNoSeriousA11y(page, 'the Arabic plan, 360 px');
    await session.screenshot('energy-plan-ar-360');

    await page.goto(`${BASE_URL}/p/${PLAN}/energy-plans/${answered.id}?layout=projector&lang=en-GB`, { waitUntil: 'networkidle' });
    await page.setViewportSize(LAPTOP);
    await mapSettled(page);
    assert.ok(await page.locator('.ep-map').isVisible(), 'the projector shows the map');
    assert.ok(await page.locator('.ep-chart').first().isVisible(), 'and the charts');
    assert.equal(await page.locator('.ep-answers').isVisible(), false, 'but not the answers');
    await session.screenshot('energy-plan-projector-1280', { fullPage: false });
    checkSession(session);
  } finally {
    await session.close();
  }
});
