// The staff "who's missing" page (/p/{plan}/whos-missing) on the demo plan, whose synthetic
// "about you" answers over-represent older owner-occupiers. A mobiliser opens it at 1280 and
// at 360 px: the map shades the neighbourhoods (read back from the drawn map), the list of
// where to knock next says each one in words, Enter on a list item outlines that neighbourhood
// on the map, the shading switches to the least heard group's question, and axe finds nothing
// serious at either size (screenshots target/e2e/whos-missing-1280.png and -360.png). A
// resident is told the page is for staff and gets no figures. The staff edition of the HTML
// report opens with its "Who is heard" section, axe clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, api, assertNoRawCodes, listOf, openPage, seriousA11yViolations, sessionCookie } from './lib.mjs';

const MOBILISER = {
  email: process.env.E2E_MOBILISER_EMAIL ?? 'mobiliser@example.org',
  password: process.env.E2E_MOBILISER_PASSWORD ?? 'mobiliser password for the browser tests',
};
const RESIDENT = {
  email: process.env.E2E_GROUP_EMAIL ?? 'group@example.org',
  password: process.env.E2E_GROUP_PASSWORD ?? 'group password for the browser tests',
};
const PAGE = '/p/milton-keynes/whos-missing';
const month = new Date().toISOString().slice(0, 7);

/** Opens `path` signed in as `who`, at `viewport`. */
async function openAs(who, path, viewport) {
  const cookie = await sessionCookie(who.email, who.password);
  const session = await openPage('/healthz', { viewport });
  const url = new URL(BASE_URL);
  await session.context.addCookies(
    cookie.split('; ').map((pair) => {
      const [name, ...value] = pair.split('=');
      return { name, value: value.join('='), domain: url.hostname, path: '/' };
    }),
  );
  await session.page.goto(BASE_URL + path, { waitUntil: 'networkidle' });
  return { ...session, cookie };
}

/** Waits for the map to draw, then the shaded areas as drawn: [{ slug, class, dimension }]. */
async function drawnAreas(page) {
  await page.waitForFunction(() => {
    const m = window.__whosMissing?.map;
    return Boolean(m && m.loaded() && m.areTilesLoaded() && !m.isMoving() && m.getLayer('wm-fill'));
  }, null, { timeout: 20_000 });
  return page.evaluate(() => {
    const m = window.__whosMissing.map;
    const seen = new Map();
    for (const f of m.queryRenderedFeatures({ layers: ['wm-fill'] })) seen.set(f.properties.slug, { slug: f.properties.slug, class: f.properties.class, dimension: f.properties.dimension });
    return [...seen.values()];
  });
}

test("a mobiliser sees who's missing on the map and in a list, at 1280 and at 360", async () => {
  const cookie = await sessionCookie(MOBILISER.email, MOBILISER.password);
  const figures = await api('/api/v1/plans/milton-keynes/participation?format=geojson', { headers: { cookie } });
  assert.equal(figures.status, 200);
  const hoods = figures.body.features.length;
  assert.ok(hoods >= 10, `${hoods} neighbourhoods`);

  for (const [width, height] of [[1280, 800], [360, 740]]) {
    const session = await openAs(MOBILISER, PAGE, { width, height });
    const { page } = session;
    try {
      await page.getByRole('heading', { name: "Who's missing", level: 1 }).waitFor();
      const list = page.getByRole('region', { name: 'Where to knock next', exact: true });
      await list.getByRole('button').first().waitFor();
      const items = list.getByRole('button');
      assert.equal(await items.count(), hoods);
      // In words: each says its rate (or that fewer than 10 took part), how representative, and who is least heard.
      const first = await items.first().innerText();
      assert.match(first, /per 1,000 residents|fewer than 10 people took part|no population figures/);
      assert.match(first, /representativeness/);
      assert.match(first, /least heard: .+|no group stands out/);
      const firstSlug = figures.body.knock_next[0];
      assert.equal(await items.first().getAttribute('data-slug'), firstSlug, 'the list is in knocking order');
      const listText = await list.innerText();
      assert.match(listText, /least heard: (social renters|private renters|16 to 24|25 to 34|under 16|women|men|[A-Z][a-z]+.*)\s\(/, listText.slice(0, 400));
      await assertNoRawCodes(page);
      // The demo's figures say they are synthetic.
      await page.getByText(/Population figures: .*synthetic/).waitFor();

      // The map shades every neighbourhood by its rate, some darker than none.
      let drawn = await drawnAreas(page);
      assert.ok(drawn.length >= hoods / 2, `${drawn.length} areas drawn`);
      assert.ok(drawn.some((a) => a.class > 0), `shaded: ${JSON.stringify(drawn)}`);
      await session.screenshot(`whos-missing-${width}`);

      // The keyboard path: Enter on a list item outlines that neighbourhood on the map.
      await items.nth(1).focus();
      await page.keyboard.press('Enter');
      const second = await items.nth(1).getAttribute('data-slug');
      await page.waitForFunction((slug) => window.__whosMissing.state().selected === slug, second);
      assert.equal(await items.nth(1).getAttribute('aria-current'), 'true');
      const outlined = await page.evaluate(() => {
        const m = window.__whosMissing.map;
        return m.queryRenderedFeatures({ layers: ['wm-selected'] }).filter((f) => f.state.selected).map((f) => f.properties.slug);
      });
      assert.ok(outlined.includes(second), `outlined: ${outlined}`);

      const violations = await seriousA11yViolations(page);
      assert.deepEqual(violations, [], `axe at ${width}: ${listOf(violations)}`);

      // Shade by the least heard group's question instead: the key names the questions.
      await page.getByLabel('the question whose group is least heard').check();
      await page.getByText('Housing tenure').first().waitFor();
      const colour = await page.evaluate(() => JSON.stringify(window.__whosMissing.map.getPaintProperty('wm-fill', 'fill-color')));
      assert.match(colour, /dimension/);
      drawn = await drawnAreas(page);
      assert.ok(drawn.some((a) => a.dimension !== ''), 'some neighbourhood has a least heard group');
      const after = await seriousA11yViolations(page);
      assert.deepEqual(after, [], `axe at ${width}, shaded by group: ${listOf(after)}`);
      await session.screenshot(`whos-missing-${width}-by-group`);
      assert.deepEqual(session.consoleErrors, []);
    } finally {
      await session.close();
    }
  }
});

test('a resident cannot open it', async () => {
  const session = await openAs(RESIDENT, PAGE, { width: 1280, height: 800 });
  try {
    await session.page.getByText('This page is for mobilisers, facilitators and admins.').waitFor();
    assert.equal(await session.page.locator('.wm-knock').count(), 0);
    const refused = await api('/api/v1/plans/milton-keynes/participation', { headers: { cookie: session.cookie } });
    assert.equal(refused.status, 403);
    assert.equal((await api('/api/v1/plans/milton-keynes/participation')).status, 401);
  } finally {
    await session.close();
  }
});

test("the report's staff edition opens with who is heard, axe clean", async () => {
  const path = `/api/v1/plans/milton-keynes/reports/dialogue?month=${month}&format=html&edition=staff`;
  const session = await openAs(MOBILISER, path, { width: 1280, height: 800 });
  const { page } = session;
  try {
    await page.getByRole('heading', { name: 'Who is heard (staff edition)' }).waitFor();
    await page.getByRole('heading', { name: 'Where to knock next' }).waitFor();
    assert.ok(await page.locator('svg.chart.shares').count() > 0);
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], listOf(violations));
    await assertNoRawCodes(page);
    await session.screenshot('whos-missing-staff-report');
    // The public edition of the same month says none of it.
    const open = await api(path.replace('&edition=staff', ''));
    assert.equal(open.status, 200);
    assert.ok(!open.body.includes('Who is heard'));
  } finally {
    await session.close();
  }
});
