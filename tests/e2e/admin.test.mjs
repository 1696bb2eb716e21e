// The administrators' console (/admin), the whole way a new town is set up from the browser:
// an admin signs in, creates the plan "Testville", uploads its three neighbourhoods (a
// GeoPackage made here with ogr2ogr) and sees them listed, saves its settings, uploads a
// tiny OpenStreetMap extract written here and chooses it as the basemap, then finds an
// account and makes it a moderator. A resident signs up in the browser (the confirmation
// link read back from the mail folder), opens Testville's map and pins an idea; the new
// moderator, in another browser, hides it from /moderate with the keyboard only, and the
// resident's open map loses it without a reload. axe-core on every section at 360 and
// 1280 px. A resident who opens /admin is refused, by the page and by the server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  BASE_URL,
  addUser,
  api,
  listOf,
  mailsTo,
  mapSettled,
  openContributionId,
  openPage,
  realFailures,
  seriousA11yViolations,
  sessionCookie,
  tabTo,
  waitForPin,
  waitForStatus,
} from './lib.mjs';

const stamp = Date.now().toString(36);
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };
const SLUG = 'testville';
const ADMIN = { email: `admin-${stamp}@example.org`, password: 'admin password for the browser tests' };
// An account the admin finds and makes a moderator; its name looks like markup, and must
// stay text.
const HELPER = { email: `helper-${stamp}@example.org`, password: 'helper password for the browser tests', name: `Robin <i>${stamp}</i>` };
const NEW_RESIDENT = { email: `testville-${stamp}@example.org`, password: 'a long password for the Testville resident' };
// A resident's account made by tests/e2e/run.sh (the community group member).
const RESIDENT = {
  email: process.env.E2E_GROUP_EMAIL ?? 'group@example.org',
  password: process.env.E2E_GROUP_PASSWORD ?? 'group password for the browser tests',
};

// Testville: three wards side by side, 0.02° wide each, away from Milton Keynes.
const WEST = 0.1;
const SOUTH = 52.2;
const NORTH = 52.215;
const WARDS = ['Westfield', 'Middleton', 'Eastbrook'];

// ---- accounts, files and mail ----

/** The three wards as a GeoPackage (through ogr2ogr), their names in the field `ward_name`. */
async function wardsGeoPackage(dir) {
  const features = WARDS.map((name, i) => {
    const w = WEST + i * 0.02;
    const ring = [[w, SOUTH], [w + 0.02, SOUTH], [w + 0.02, NORTH], [w, NORTH], [w, SOUTH]];
    return { type: 'Feature', properties: { ward_name: name }, geometry: { type: 'Polygon', coordinates: [ring] } };
  });
  const geojson = path.join(dir, 'wards.geojson');
  await writeFile(geojson, JSON.stringify({ type: 'FeatureCollection', features }));
  const gpkg = path.join(dir, 'testville-wards.gpkg');
  execFileSync('ogr2ogr', ['-f', 'GPKG', gpkg, geojson, '-nln', 'wards']);
  return gpkg;
}

/** A tiny OpenStreetMap extract inside Testville: two streets, a green and two buildings. */
async function osmExtract(dir) {
  let id = 0;
  const nodes = [];
  const node = (lon, lat) => {
    id += 1;
    nodes.push(`<node id="${id}" version="1" lat="${lat}" lon="${lon}"/>`);
    return id;
  };
  const way = (wayId, points, tags) =>
    `<way id="${wayId}" version="1">${points.map((p) => `<nd ref="${p}"/>`).join('')}${Object.entries(tags)
      .map(([k, v]) => `<tag k="${k}" v="${v}"/>`)
      .join('')}</way>`;
  const closed = (x0, y0, x1, y1) => {
    const a = node(x0, y0);
    return [a, node(x1, y0), node(x1, y1), node(x0, y1), a];
  };
  const ways = [
    way(101, [node(0.105, 52.205), node(0.135, 52.206), node(0.155, 52.207)], { highway: 'residential', name: 'Testville Road' }),
    way(102, [node(0.13, 52.201), node(0.13, 52.214)], { highway: 'primary', name: 'High Street' }),
    way(103, closed(0.112, 52.208, 0.118, 52.212), { landuse: 'grass', name: 'Westfield Green' }),
    way(104, closed(0.131, 52.2081, 0.1313, 52.2083), { building: 'yes' }),
    way(105, closed(0.132, 52.2081, 0.1323, 52.2083), { building: 'yes' }),
  ];
  const file = path.join(dir, 'testville.osm');
  await writeFile(
    file,
    `<?xml version="1.0" encoding="UTF-8"?>\n<osm version="0.6" generator="waymark-e2e">\n${nodes.join('\n')}\n${ways.join('\n')}\n</osm>\n`,
  );
  return file;
}

async function confirmationLink(to) {
  const until = Date.now() + 20_000;
  for (;;) {
    const link = (await mailsTo(to)).map(({ body }) => /http:\/\/\S+\/account\/confirm\?token=[\w-]+/.exec(body)?.[0]).find(Boolean);
    if (link) return link;
    assert.ok(Date.now() < until, `no confirmation mail to ${to} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

// ---- the pages ----

async function signIn(page, who) {
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Signs in through the page's form, with the keyboard only. */
async function signInByKeyboard(page, who) {
  await tabTo(page, /^Email/);
  await page.keyboard.type(who.email);
  await page.keyboard.press('Tab');
  await page.keyboard.type(who.password);
  await page.keyboard.press('Enter');
}

/** axe at the page's size now, and a screenshot of what it checked. */
async function check(session, name, found) {
  found[name] = await seriousA11yViolations(session.page);
  await session.screenshot(`admin-${name}`, { fullPage: true });
}

/** axe on the page now at 360 px and at 1280 px, leaving it at 1280 px. */
async function checkBothSizes(session, name, found) {
  await session.page.setViewportSize(PHONE);
  await check(session, `${name}-360`, found);
  await session.page.setViewportSize(LAPTOP);
  await check(session, `${name}-1280`, found);
}

function assertNoViolations(found) {
  const all = Object.entries(found).flatMap(([where, vs]) => vs.map((v) => ({ where, ...v })));
  assert.deepEqual(all, [], `serious or critical axe violations:${listOf(all)}`);
}

/** No console errors and no failed requests, but the refusals a step asked for. */
function assertClean(session, expected) {
  const unexpected = (list) => list.filter((line) => !expected.some((pattern) => pattern.test(line)));
  assert.deepEqual(unexpected(session.consoleErrors), [], `console errors:${listOf(session.consoleErrors)}`);
  assert.deepEqual(unexpected(realFailures(session.failedRequests)), [], `failed requests:${listOf(session.failedRequests)}`);
}

/** Flags contribution `id` as a visitor would, so that it is in the moderators' queue. */
async function flag(id) {
  const flagged = await api(`/api/v1/contributions/${id}/flags`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ reason: 'Not about Testville at all' }),
  });
  assert.equal(flagged.status, 202, `the flag is taken: ${JSON.stringify(flagged.body)}`);
}

function focusedItemTitle(page) {
  return page.evaluate(() => {
    const card = document.activeElement?.closest('.mod-card');
    return card ? document.getElementById(card.getAttribute('aria-labelledby'))?.textContent ?? null : null;
  });
}

test('an admin sets up Testville in /admin, a resident pins there and the new moderator hides it live', async () => {
  addUser(ADMIN, 'admin');
  addUser(HELPER, 'resident');
  const dir = await mkdtemp(path.join(tmpdir(), 'waymark-admin-'));
  const admin = await openPage('/admin', { viewport: LAPTOP });
  const { page } = admin;
  const found = {};
  let resident;
  let moderator;
  try {
    // Signed out, /admin asks for a sign-in.
    assert.equal(admin.response.status(), 200);
    await page.getByRole('heading', { level: 2, name: 'Sign in to administer Waymark' }).waitFor();
    await checkBothSizes(admin, 'signin', found);
    await signIn(page, ADMIN);
    await page.getByRole('heading', { level: 2, name: 'Plans' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'admin-heading', 'focus moves to the section');
    const plans = page.getByRole('table', { name: 'Every plan' });
    await plans.getByRole('link', { name: 'Milton Keynes' }).waitFor();
    await checkBothSizes(admin, 'plans', found);

    // A taken address is refused beside its field (409).
    const newPlan = page.getByRole('region', { name: 'New plan' });
    await newPlan.getByLabel('Title').fill('Testville');
    assert.equal(await newPlan.getByLabel('Address').inputValue(), 'testville', 'the address follows the title');
    await newPlan.getByLabel('Address').fill('milton-keynes');
    await newPlan.getByRole('button', { name: 'Create the plan' }).click();
    await newPlan.locator('.error-summary').getByText('There is already a plan at this address').waitFor();
    assert.equal(await newPlan.getByLabel('Address').getAttribute('aria-invalid'), 'true');
    await checkBothSizes(admin, 'new-plan-errors', found);

    await newPlan.getByLabel('Address').fill(SLUG);
    await newPlan.getByLabel('Description (optional)').fill('A made-up town for the browser tests.');
    await newPlan.getByRole('button', { name: 'Create the plan' }).click();
    await page.getByRole('heading', { level: 2, name: 'Testville' }).waitFor();
    assert.equal(new URL(page.url()).search, `?plan=${SLUG}`, 'the plan has its own address');
    await waitForStatus(page, /Created the plan ‘Testville’/);

    // The boundaries: first with a name field the file does not have (422, nothing changes).
    const wards = page.getByRole('region', { name: 'Neighbourhoods' });
    await wards.getByLabel('Boundary file').setInputFiles(await wardsGeoPackage(dir));
    await wards.getByLabel('Name field (optional)').fill('no_such_field');
    await wards.getByRole('button', { name: 'Upload the boundaries' }).click();
    await wards.locator('.error-summary').getByText(/Name field \(optional\): /).waitFor();
    assert.equal(await wards.getByLabel('Name field (optional)').getAttribute('aria-invalid'), 'true');
    await wards.getByText('The plan has no neighbourhoods yet.').waitFor();

    await wards.getByLabel('Name field (optional)').fill('ward_name');
    await wards.getByRole('button', { name: 'Upload the boundaries' }).click();
    await wards.getByRole('heading', { level: 4, name: 'The upload is done' }).waitFor();
    assert.match(await wards.locator('.admin-report').textContent(), /3 neighbourhoods created, 0 updated, 0 removed/);
    const table = wards.getByRole('table', { name: '3 neighbourhoods' });
    await table.waitFor();
    assert.deepEqual(await table.locator('tbody th').allTextContents(), [...WARDS].sort());
    await page.waitForFunction(() => Boolean(window.__admin.map()?.loaded()));
    await checkBothSizes(admin, 'plan', found);

    // Settings: a limit per person per day.
    const settings = page.getByRole('region', { name: 'Settings' });
    await settings.getByLabel('Contributions per person per day (optional)').fill('none');
    await settings.getByRole('button', { name: 'Save the settings' }).click();
    await settings.locator('.error-summary').getByText(/whole number/).waitFor();
    await settings.getByLabel('Contributions per person per day (optional)').fill('20');
    await settings.getByRole('button', { name: 'Save the settings' }).click();
    await settings.getByText('Saved the settings of ‘Testville’.').waitFor();
    const saved = await api(`/api/v1/plans/${SLUG}`);
    assert.equal(saved.body.contributions_per_day, 20, 'the server keeps the limit');

    // The basemap: the OpenStreetMap extract, uploaded, then chosen.
    const basemap = page.getByRole('region', { name: 'Basemap' });
    await basemap.getByRole('radio', { name: 'Waymark’s own simple drawing' }).waitFor();
    await basemap.getByLabel('OpenStreetMap extract', { exact: true }).setInputFiles(await osmExtract(dir));
    await basemap.getByRole('button', { name: 'Upload the extract' }).click();
    await basemap.getByText(/^Imported \d+ features? from the extract\.$/).waitFor({ timeout: 120_000 });
    await basemap.getByRole('radio', { name: 'An OpenStreetMap extract' }).check();
    await basemap.getByRole('button', { name: 'Use this basemap' }).click();
    await basemap.getByText('The plan now draws an OpenStreetMap extract.').waitFor();
    const adminCookie = await sessionCookie(ADMIN.email, ADMIN.password);
    const chosen = await api(`/api/v1/plans/${SLUG}/basemap`, { headers: { Cookie: adminCookie } });
    assert.equal(chosen.body.current, 'osm');
    assert.ok(chosen.body.available.osm > 0, 'the extract was imported');
    await checkBothSizes(admin, 'plan-basemap', found);

    // Users: find the helper and make them a moderator.
    await page.getByRole('navigation', { name: 'Administration sections' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { level: 2, name: 'Users' }).waitFor();
    await page.getByLabel('Name or e-mail address').fill(HELPER.email);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('1 account found.').waitFor();
    const card = page.getByRole('listitem', { name: HELPER.name });
    assert.equal(await page.locator('.admin-card').count(), 1, 'one account matches');
    await card.getByLabel(`Role of ${HELPER.name}`).selectOption('moderator');
    await card.getByRole('button', { name: 'Change the role' }).click();
    await card.getByText(`${HELPER.name} is now a moderator.`).waitFor();
    assert.equal(await card.locator('h4').textContent(), HELPER.name);
    assert.equal(await page.locator('.admin-card i').count(), 0, 'nothing typed is parsed as HTML');
    await checkBothSizes(admin, 'users', found);
    // Their own account: the server refuses, and the page says why.
    await page.getByLabel('Name or e-mail address').fill(ADMIN.email);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('1 account found.').waitFor();
    const own = page.locator('.admin-card', { hasText: ADMIN.email });
    await own.getByRole('button', { name: 'Disable the account' }).click();
    await own.getByText('You cannot change your own role or disable your own account').waitFor();

    // The audit log has the role change, with its before and after.
    await page.getByRole('navigation', { name: 'Administration sections' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { level: 2, name: 'Audit log' }).waitFor();
    const audit = page.getByRole('table', { name: 'Audit entries, newest first' });
    await audit.locator('tbody tr').first().waitFor();
    await page.getByLabel('Action', { exact: true }).selectOption('user.role');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.getByText('1 entry shown.').waitFor();
    const entry = audit.locator('tbody tr').first();
    assert.match(await entry.textContent(), new RegExp(`user\\.role.*${ADMIN.email}|${ADMIN.email}.*user\\.role`));
    await entry.getByText('Show the change').click();
    assert.match(await entry.locator('pre').last().textContent(), /"role": "moderator"/);
    assert.equal(new URL(page.url()).searchParams.get('action'), 'user.role', 'the filter is in the address');
    await checkBothSizes(admin, 'audit', found);
    assertClean(admin, [/\/api\/v1\/me: HTTP 401$|status of 401/, /HTTP 409$|status of 409/, /HTTP 422$|status of 422/]);

    // A resident signs up in the browser and pins on Testville's map.
    resident = await openPage('/account/signup', { viewport: LAPTOP });
    const r = resident.page;
    await r.getByLabel('E-mail address').fill(NEW_RESIDENT.email);
    await r.getByLabel('Password').fill(NEW_RESIDENT.password);
    await r.getByRole('button', { name: 'Create the account' }).click();
    await r.getByRole('heading', { level: 1, name: 'Check your inbox' }).waitFor();
    await r.goto(await confirmationLink(NEW_RESIDENT.email), { waitUntil: 'networkidle' });
    await r.getByLabel('Password').fill(NEW_RESIDENT.password);
    await r.getByRole('button', { name: 'Confirm and sign in' }).click();
    await r.getByRole('heading', { level: 1, name: 'Your account is ready' }).waitFor();
    await r.goto(`${BASE_URL}/p/${SLUG}`, { waitUntil: 'networkidle' });
    await mapSettled(r);
    await r.getByRole('button', { name: 'Add your idea' }).click();
    await r.getByRole('heading', { name: 'Add your idea' }).waitFor();
    const box = await r.locator('#map canvas').boundingBox();
    await r.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await waitForStatus(r, /Pin placed/);
    await r.getByRole('button', { name: 'Continue' }).click();
    const title = `Testville ${stamp}: a bench on the green`;
    await r.getByLabel('Title').fill(title);
    await r.getByRole('checkbox', { name: 'Parks and green spaces' }).check();
    await r.getByRole('button', { name: 'Add to the map' }).click();
    await r.getByRole('heading', { level: 2, name: title }).waitFor();
    const id = await openContributionId(r);
    assert.ok(id, 'the new contribution opens');
    const placed = await api(`/api/v1/contributions/${id}`);
    assert.ok(WARDS.map((w) => w.toLowerCase()).includes(placed.body.properties.neighbourhood), 'it is in a Testville ward');
    await waitForPin(r, id);
    const navigations = await r.evaluate(() => performance.getEntriesByType('navigation').length);
    await flag(id);

    // The new moderator, in another browser, hides it with the keyboard only.
    moderator = await openPage(`/moderate?plan=${SLUG}`, { viewport: LAPTOP });
    const m = moderator.page;
    await m.getByRole('heading', { level: 2, name: 'Sign in to moderate' }).waitFor();
    await signInByKeyboard(m, HELPER);
    await m.getByRole('heading', { level: 2, name: /^Waiting for a moderator: \d+$/ }).waitFor();
    for (let i = 0; i < 20 && (await focusedItemTitle(m)) !== title; i += 1) await m.keyboard.press('j');
    assert.equal(await focusedItemTitle(m), title, 'j reaches the pin');
    await m.keyboard.press('h');
    await m.getByLabel('Why hide it?').waitFor();
    await m.keyboard.type('Not about Testville');
    await tabTo(m, /^Hide it$/);
    await m.keyboard.press('Enter');
    await waitForStatus(m, new RegExp(`Hidden ‘${title}’`));

    // The resident's open map loses it, without a reload.
    await r.waitForFunction((want) => !window.__waymark.renderedPinIds().includes(want), id, { timeout: 15_000 });
    assert.equal(await r.evaluate(() => performance.getEntriesByType('navigation').length), navigations);

    for (const s of [resident, moderator]) assertClean(s, [/\/api\/v1\/me: HTTP 401$|status of 401/]);
    assertNoViolations(found);
  } catch (err) {
    await admin.screenshot('admin-failure', { fullPage: true });
    await resident?.screenshot('admin-failure-resident', { fullPage: false });
    await moderator?.screenshot('admin-failure-moderator', { fullPage: true });
    throw err;
  } finally {
    await admin.close();
    await resident?.close();
    await moderator?.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a resident who opens /admin is refused, and so are their requests to the server', async () => {
  const session = await openPage('/admin/', { viewport: PHONE });
  const { page } = session;
  const found = {};
  try {
    await page.getByRole('heading', { level: 2, name: 'Sign in to administer Waymark' }).waitFor();
    await signInByKeyboard(page, RESIDENT);
    await page.getByRole('heading', { level: 2, name: 'This page is for administrators' }).waitFor();
    assert.match(await page.locator('main').textContent(), /\(resident\)\. Only administrators can use this page/);
    assert.equal(await page.getByRole('navigation', { name: 'Administration sections' }).count(), 0, 'no section is offered');
    assert.equal(await page.getByRole('table').count(), 0, 'no plan table is on the page');
    await checkBothSizes(session, 'refused', found);

    // The refusal is the server's: creating a plan answers this account 403, as problem+json.
    const cookie = await sessionCookie(RESIDENT.email, RESIDENT.password);
    const res = await fetch(`${BASE_URL}/api/v1/plans`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'e2e', Cookie: cookie },
      body: JSON.stringify({ slug: `not-${stamp}`, title: 'Not allowed' }),
    });
    assert.equal(res.status, 403);
    assert.match(res.headers.get('content-type') ?? '', /application\/problem\+json/);
    assert.equal((await res.json()).code, 'forbidden');
    assert.equal((await api(`/api/v1/plans/not-${stamp}`)).status, 404, 'no plan was made');
    const users = await api('/api/v1/users?q=example', { headers: { Cookie: cookie } });
    assert.equal(users.status, 403, 'nor may it list accounts');
    assert.equal(users.body.code, 'forbidden');

    assertClean(session, [/\/api\/v1\/me: HTTP 401$|status of 401/]);
    assertNoViolations(found);
  } catch (err) {
    await session.screenshot('admin-refused-failure', { fullPage: true });
    throw err;
  } finally {
    await session.close();
  }
});
