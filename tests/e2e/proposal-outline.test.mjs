// Community energy, a site given as an outline: a group member signs in, chooses "Draw the
// outline" in the propose form, first draws one whose sides cross (which it is asked to draw
// again), then four corners on the map (one slip taken back with Backspace) and finishes; the live feasibility check runs for the outline's middle; the
// proposal is sent with a GeoJSON Polygon site, which is what the database holds, and the
// proposal's page says its site is an outline. Accessibility of the form with the outline
// drawn, at phone and desktop sizes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { listOf, mapSettled, openPage, realFailures, seriousA11yViolations } from './lib.mjs';

const stamp = Date.now().toString(36);
const PLAN = 'milton-keynes';
const GROUP = { email: process.env.E2E_GROUP_EMAIL ?? 'group@example.org', password: process.env.E2E_GROUP_PASSWORD ?? 'group password for the browser tests' };
const VIEW = `/p/${PLAN}#map=14/52.0400/-0.7600`;
/** Milton Keynes, roughly: every corner of the outline must be in here. */
const MK = { west: -0.9, east: -0.6, south: 51.95, north: 52.15 };
const SIZES = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
];

/** The answer of `query` about the proposal `title` (as :'title'); tests/e2e/run.sh gives the database. */
function sql(query, title) {
  const url = process.env.E2E_DATABASE_URL;
  assert.ok(url, 'E2E_DATABASE_URL names the database under test (tests/e2e/run.sh sets it)');
  const psql = process.env.E2E_PSQL ?? 'psql';
  return execFileSync(psql, [url, '-qtAX', '-v', `title=${title}`], { input: query, encoding: 'utf8' }).trim();
}

async function axeAt(session, size, what, shot) {
  const { page } = session;
  await page.setViewportSize(size);
  const violations = await seriousA11yViolations(page);
  await session.screenshot(`${shot}-${size.width}`, { fullPage: false });
  assert.deepEqual(violations, [], `${what} at ${size.width}×${size.height}:${listOf(violations)}`);
}

const isPreview = (r) => new URL(r.url()).pathname === '/api/v1/feasibility';
const isSend = (r) => new URL(r.url()).pathname === `/api/v1/plans/${PLAN}/proposals` && r.method() === 'POST';

test('a group draws its project’s site as an outline, sees the feasibility check for it, and sends it as a polygon', async () => {
  const session = await openPage(VIEW);
  const { page } = session;
  const title = `Solar farm on Tongwell fields ${stamp}`;
  try {
    await mapSettled(page);
    await page.getByRole('button', { name: 'Community energy' }).click();
    await page.getByRole('button', { name: 'Propose a project' }).click();
    await page.getByLabel('Email address').fill(GROUP.email);
    await page.getByLabel('Password').fill(GROUP.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Propose a project', exact: true }).waitFor();

    // A point is the default; the outline is the other choice.
    const site = page.getByRole('group', { name: 'Where is the site?' });
    assert.equal(await site.getByRole('radio', { name: 'A point' }).isChecked(), true, '"A point" is chosen at first');
    await site.getByRole('radio', { name: 'Draw the outline' }).check();
    await site.getByRole('button', { name: 'Draw the outline on the map' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Finish outline', 'focus moves to the drawing buttons');

    const box = await page.locator('#map canvas').boundingBox();
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    // Choosing "A point" while drawing takes the outline off the map; drawing it starts afresh.
    await page.mouse.click(cx - 120, cy - 90);
    await site.getByRole('radio', { name: 'A point' }).check();
    assert.equal(await page.evaluate(() => Boolean(window.__waymark.map.getSource('waymark-area'))), false, 'choosing a point takes the outline off the map');
    await site.getByRole('radio', { name: 'Draw the outline' }).check();
    await site.getByRole('button', { name: 'Draw the outline on the map' }).click();
    // What the outline's part of the form says (the point's part is hidden).
    const status = site.locator('.reveal:not([hidden]) .chosen');
    const says = (pattern) => page.waitForFunction((source) => new RegExp(source).test(document.querySelector('.site-field .reveal:not([hidden]) .chosen')?.textContent ?? ''), pattern.source);

    // A bow tie: its sides cross, so it is not taken as the site.
    for (const [x, y] of [[cx - 120, cy - 90], [cx + 130, cy + 80], [cx + 110, cy - 100], [cx - 100, cy + 110]]) await page.mouse.click(x, y);
    await says(/^4 corners/);
    await page.keyboard.press('Enter');
    await says(/^The outline crosses itself/);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), await status.textContent(), 'focus goes to the problem');
    assert.match(await page.locator('.feasibility-live').textContent(), /Draw the outline of the site on the map/, 'no check for it');
    await site.getByRole('button', { name: 'Draw it again' }).click();
    await says(/^Drawing:/);
    const corners = [
      [cx - 120, cy - 90],
      [cx + 110, cy - 100],
      [cx + 130, cy + 80],
      [cx - 100, cy + 110],
      [cx + 10, cy + 10], // a slip, taken back with Backspace
    ];
    for (const [x, y] of corners) await page.mouse.click(x, y);
    await says(/^5 corners/);
    await page.keyboard.press('Backspace');
    await says(/^4 corners/);
    assert.equal(await page.locator('.view-propose').count(), 1, 'clicks on the map draw rather than open pins');
    assert.equal(await page.locator('.new-pin').count(), 0, 'no pin while the site is an outline');

    const previewed = page.waitForRequest(isPreview);
    await site.getByRole('button', { name: 'Finish outline' }).click();
    assert.equal(await status.textContent(), 'Outline chosen, with 4 corners. The check below is for its middle.');
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), await status.textContent(), 'focus goes to what was chosen');
    const drawn = await page.evaluate(() => window.__waymark.map.getSource('waymark-area')?.serialize().data);
    assert.equal(drawn?.features.filter((f) => f.geometry.type === 'Polygon').length, 1, 'the outline is on the map');
    assert.equal(drawn?.features.filter((f) => f.geometry.type === 'Point').length, 4, 'with its 4 corners');

    // The live check, for the outline's middle, names the serving DEMO substation.
    const preview = new URL((await previewed).url());
    const live = page.locator('.feasibility-live');
    await live.locator('.rag-word').waitFor();
    assert.match(await live.locator('.rag-word').textContent(), /^(Green|Amber|Red): /);
    assert.match(await live.locator('.explanation').textContent(), /DEMO /);

    await page.getByLabel('Project name').fill(title);
    await page.getByLabel('Type of project').selectOption('solar_pv');
    await page.getByLabel('Size (kW)').fill('900');
    await page.getByLabel('Most it sends to the grid (kW)').fill('800');
    await page.waitForFunction(() => /0\.8 MW|0\.80 MW/.test(document.querySelector('.feasibility-live .explanation')?.textContent ?? ''));
    await page.getByLabel('Group', { exact: true }).fill('Tongwell Community Energy (test)');
    await page.getByLabel('About the project (optional)').fill('Panels on two fields by the business park.');
    await session.screenshot('proposal-outline-form', { fullPage: false });
    for (const size of SIZES) await axeAt(session, size, 'the propose form with an outline', 'proposal-outline-form');
    await page.setViewportSize({ width: 1280, height: 800 });

    const [request, response] = await Promise.all([
      page.waitForRequest(isSend),
      page.waitForResponse((r) => isSend(r.request())),
      page.getByRole('button', { name: 'Send the proposal' }).click(),
    ]);
    assert.equal(response.status(), 201, `the proposal is created: ${await response.text()}`);
    const sent = request.postDataJSON().site;
    assert.equal(sent.type, 'Polygon');
    const ring = sent.coordinates[0];
    assert.equal(ring.length, 5, 'four corners and the first again');
    assert.deepEqual(ring[4], ring[0], 'the ring is closed');
    for (const [lon, lat] of ring) {
      assert.ok(lon > MK.west && lon < MK.east && lat > MK.south && lat < MK.north, `[${lon}, ${lat}] is lon/lat in Milton Keynes`);
    }
    const middle = [0, 1].map((i) => ring.slice(0, 4).reduce((s, c) => s + c[i], 0) / 4);
    assert.ok(Math.abs(Number(preview.searchParams.get('lon')) - middle[0]) < 1e-5, 'the check was for the outline’s middle (lon)');
    assert.ok(Math.abs(Number(preview.searchParams.get('lat')) - middle[1]) < 1e-5, 'the check was for the outline’s middle (lat)');

    // The proposal's page says what its site is; the drawing has left the map.
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const proposal = page.locator('article.proposal');
    assert.equal(await proposal.locator('.proposal-site').textContent(), 'The site: an outline with 4 corners.');
    await proposal.locator('.feasibility .explanation').waitFor();
    assert.match(await proposal.locator('.feasibility .explanation').textContent(), /DEMO /);
    assert.equal(await page.evaluate(() => Boolean(window.__waymark.map.getSource('waymark-area'))), false, 'the drawing is off the map');
    await session.screenshot('proposal-outline-sent', { fullPage: false });

    assert.equal(sql("SELECT ST_GeometryType(site) || ' ' || ST_NPoints(site) FROM proposals WHERE title = :'title'", title), 'ST_Polygon 5');

    // A visitor's "who am I" (401) is the only refused request.
    const errors = session.consoleErrors.filter((e) => !/status of 401/.test(e));
    assert.deepEqual(errors, [], `console errors:${listOf(errors)}`);
    const failures = realFailures(session.failedRequests).filter((r) => !/(auth\/login|v1\/me): HTTP 401/.test(r));
    assert.deepEqual(failures, [], `failed requests:${listOf(failures)}`);
  } catch (err) {
    await session.screenshot('proposal-outline-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});
