// The mobilisers' field page (/field/) on a phone (360×740): sign in, the service worker
// takes the page and the plan area's map is kept for offline use; then with no connection
// the page reloads from its cache, the map opens from what was kept, and three
// conversations are recorded and queued (one placed by a tap on that map); back online
// they sync by themselves, once each (counted in the database, the tapped one where it
// was tapped). The plan map at / stays outside the service worker. Sent again with the same keys (and two syncs at once), they
// are replayed, not copied. A conversation the server refuses stays on the phone, with the
// server's message, until it is changed and sent again. Axe at 360×740; screenshot:
// target/e2e/field.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { api, listOf, openPage, realFailures, seriousA11yViolations } from './lib.mjs';

const EMAIL = process.env.E2E_MOBILISER_EMAIL ?? 'mobiliser@example.org';
const PASSWORD = process.env.E2E_MOBILISER_PASSWORD ?? 'mobiliser password for the browser tests';
const DATABASE_URL = process.env.E2E_DATABASE_URL;
const PSQL = process.env.E2E_PSQL ?? 'psql';
const PHONE = { width: 360, height: 740 };
const MILTON_KEYNES = { latitude: 52.0406, longitude: -0.7594 };
const LONDON = { latitude: 51.5074, longitude: -0.1278 };
const stamp = Date.now().toString(36);

/** Rows in the database with this title (the API does not list internal ones). */
function rowsTitled(title) {
  assert.ok(DATABASE_URL, 'E2E_DATABASE_URL is set by tests/e2e/run.sh');
  const sql = "select count(*) from contributions where title = :'title'";
  return Number(execFileSync(PSQL, [DATABASE_URL, '-qtAX', '-v', `title=${title}`], { input: sql, encoding: 'utf8' }).trim());
}

/** How far (metres) the recorded location of the conversation titled `title` is from `at`. */
function metresFrom(title, [lon, lat]) {
  const sql =
    'select round(ST_Distance(location::geography, ST_SetSRID(ST_MakePoint(:lon, :lat), 4326)::geography))' +
    " from contributions where title = :'title'";
  const args = [DATABASE_URL, '-qtAX', '-v', `title=${title}`, '-v', `lon=${lon}`, '-v', `lat=${lat}`];
  return Number(execFileSync(PSQL, args, { input: sql, encoding: 'utf8' }).trim());
}

function rowOf(title) {
  const sql =
    "select status || ',' || consent || ',' || channel || ',' || coalesce(on_behalf_of, '-') || ',' || (recorded_by is not null)" +
    " from contributions where title = :'title'";
  return execFileSync(PSQL, [DATABASE_URL, '-qtAX', '-v', `title=${title}`], { input: sql, encoding: 'utf8' }).trim();
}

async function until(what, check, timeout = 15_000) {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const waiting = (page) => page.locator('.field-counts').getAttribute('data-waiting').then(Number);
const itemsIn = (page, state) =>
  page.locator(`.field-item[data-state="${state}"]`).evaluateAll((els) => els.map((e) => e.dataset.title));

/** Fills in and saves one conversation; `where` places it. */
async function record(page, { kind, theme, title, body, consent, where }) {
  await page.getByRole('radio', { name: kind, exact: true }).check();
  await page.getByRole('checkbox', { name: theme, exact: true }).check();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByLabel(/What they said/).fill(body);
  await where();
  await page.getByLabel(/Who said it/).fill('Resident of Oak Road');
  await page.getByRole('radio', { name: consent }).check();
  await page.getByRole('button', { name: 'Save conversation' }).click();
  await page.getByRole('status').filter({ hasText: /^Saved\./ }).waitFor();
  await page.locator('.field-item[data-state="waiting"]', { hasText: title }).waitFor();
}

const byNeighbourhood = (page, name) => async () => {
  await page.getByRole('radio', { name: 'A neighbourhood' }).check();
  await page.getByLabel('Neighbourhood', { exact: true }).selectOption({ label: name });
  await page.locator('.field-chosen', { hasText: `in ${name}` }).waitFor();
};

/** Taps the field map, offline, where `at` ([0..1, 0..1] of its width and height) says. */
const byMapTap = (page, at, tapped) => async () => {
  await page.getByRole('radio', { name: 'Tap on a map' }).check();
  const canvas = page.getByLabel('Map of the plan area. Tap to place the conversation.');
  await canvas.waitFor();
  assert.equal(await page.getByText(/The map was not kept on this phone/).count(), 0, 'no note that the map is missing');
  // Drawn from what the phone kept: the basemap's streets and parks, and the neighbourhoods;
  // closer in (a pixel is then about 12 m) as well.
  const drawnNow = async () => {
    const drawn = await until('the map drawn from the cache', () => page.evaluate(() => window.__field.mapDrawn()), 30_000);
    assert.ok(drawn.basemap > 0, `the basemap is drawn offline: ${JSON.stringify(drawn)}`);
    assert.ok(drawn.neighbourhoods > 0, `the neighbourhoods are drawn offline: ${JSON.stringify(drawn)}`);
  };
  await drawnNow();
  for (let i = 0; i < 2; i += 1) {
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await drawnNow();
  }
  const box = await canvas.boundingBox();
  const [x, y] = [Math.round(box.width * at[0]), Math.round(box.height * at[1])];
  tapped.push(...(await page.evaluate(([px, py]) => window.__field.mapLngLatAt(px, py), [x, y])));
  await canvas.click({ position: { x, y } });
  await page.locator('.field-chosen', { hasText: /^Placed near / }).waitFor();
};

const byPosition = (page) => async () => {
  await page.getByRole('radio', { name: 'Where I am now' }).check();
  await page.getByRole('button', { name: 'Use my position' }).click();
  await page.locator('.field-chosen', { hasText: 'Position found' }).waitFor();
};

test('a mobiliser records conversations offline; they sync once each, a retry is replayed, a refusal stays', async () => {
  const session = await openPage('/field/', { viewport: PHONE, serviceWorkers: 'allow' });
  const { page, context } = session;
  try {
    // A stranger is asked to sign in; axe on the sign-in page.
    await page.getByRole('heading', { name: 'Sign in to record conversations' }).waitFor();
    const signInViolations = await seriousA11yViolations(page);
    assert.deepEqual(signInViolations, [], `axe on the sign-in page:${listOf(signInViolations)}`);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('.field-who', { hasText: `Signed in as ${EMAIL}` }).waitFor();
    await page.getByRole('heading', { name: 'Record a conversation' }).waitFor();
    await until('the neighbourhoods', async () => (await page.locator('select[name="neighbourhood"] option').count()) > 5);

    // The service worker controls the page and has the shell in its cache. Installing it
    // fetches the shell and the kept offline map: on a busy machine that has taken over 15 s.
    const ready = await page.evaluate(() =>
      Promise.race([navigator.serviceWorker.ready.then(() => true), new Promise((r) => setTimeout(() => r(false), 90_000))]),
    );
    assert.ok(ready, 'a service worker is active for /field/');
    await until('the service worker to control the page', () => page.evaluate(() => Boolean(navigator.serviceWorker.controller)));
    const cached = await until('the shell in the cache', () =>
      page.evaluate(async () => {
        const paths = [];
        for (const name of await caches.keys()) {
          for (const req of await (await caches.open(name)).keys()) paths.push(new URL(req.url).pathname);
        }
        const shell = paths.includes('/index.html') && paths.some((p) => /^\/assets\/field-.*\.js$/.test(p));
        return shell ? paths : null;
      }),
    );
    assert.ok(cached.some((p) => /^\/assets\/index-.*\.js$/.test(p)), `the plan page's bundle is cached:${listOf(cached)}`);

    // The map of the plan area is kept for offline use, by itself, and says so.
    const keptNote = page.locator('.field-kept');
    await keptNote.filter({ hasText: /^Map kept for offline use: \d+ tiles\.$/ }).waitFor({ timeout: 120_000 });
    const keptTiles = Number(/(\d+) tiles/.exec(await keptNote.textContent())[1]);
    assert.ok(keptTiles > 100 && keptTiles <= 2500, `a few hundred to a few thousand tiles: ${keptTiles}`);
    const kept = await page.evaluate(async () => {
      const paths = [];
      for (const name of await caches.keys()) {
        for (const req of await (await caches.open(name)).keys()) paths.push(new URL(req.url).pathname);
      }
      return paths;
    });
    assert.ok(kept.includes('/style.json'), 'the style is kept');
    assert.ok(kept.some((p) => /^\/fonts\/[^/]+\/256-511\.pbf$/.test(p)), `the glyphs of Polish and Romanian names are kept:${listOf(kept.filter((p) => p.startsWith('/fonts/')))}`);
    assert.ok(!kept.some((p) => p.startsWith('/api/')), `no API answer is in the service worker's cache:${listOf(kept.filter((p) => p.startsWith('/api/')))}`);

    // The plan map at / is not the service worker's: it stays as it was.
    const planPage = await context.newPage();
    await planPage.goto(new URL('/', page.url()).href, { waitUntil: 'load' });
    assert.equal(await planPage.evaluate(() => navigator.serviceWorker.controller), null, 'no service worker controls /');
    await planPage.close();

    // No connection: the page reloads from the service worker and records three conversations.
    await context.setOffline(true);
    const reloaded = await page.reload({ waitUntil: 'load' });
    assert.ok(reloaded?.fromServiceWorker(), 'the page came from the service worker');
    await page.getByRole('heading', { name: 'Record a conversation' }).waitFor();
    await page.locator('.field-connection', { hasText: 'Offline' }).waitFor();
    await page.locator('.field-who', { hasText: `Signed in as ${EMAIL} (last time this phone was online)` }).waitFor();
    await keptNote.filter({ hasText: `Map kept for offline use: ${keptTiles} tiles.` }).waitFor();

    // Kept internal and placed by position; anonymised, by a tap on the kept map; a phone call.
    const titles = {
      internal: `Street lights out on Oak Road ${stamp}`,
      anonymised: `Community fridge at the hall ${stamp}`,
      phoned: `Solar on the school roof ${stamp}`,
    };
    await context.grantPermissions(['geolocation'], { origin: new URL(page.url()).origin });
    await context.setGeolocation(MILTON_KEYNES);
    await record(page, {
      kind: 'Issue',
      theme: 'Safety',
      title: titles.internal,
      body: 'Three lights have been out since October.',
      consent: /Keep it internal/,
      where: byPosition(page),
    });
    const tapped = [];
    await record(page, {
      kind: 'Positive story',
      theme: 'Community',
      title: titles.anonymised,
      body: 'Open every Saturday morning.',
      consent: /without any name/,
      where: byMapTap(page, [0.45, 0.55], tapped),
    });
    // The third one was a phone call yesterday.
    await page.getByText(/^How and when:/).click();
    await page.getByRole('radio', { name: 'On the phone' }).check();
    const yesterday = new Date(Date.now() - 86_400_000);
    const ymd = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
    await page.getByLabel('Date of the conversation').fill(ymd);
    await record(page, {
      kind: 'Idea',
      theme: 'Energy',
      title: titles.phoned,
      body: 'The roof faces south.',
      consent: /^Publish it, with the name/,
      where: byNeighbourhood(page, 'Bradwell'),
    });
    await page.locator('.field-counts', { hasText: '3 waiting to sync' }).waitFor();
    for (const t of Object.values(titles)) assert.equal(rowsTitled(t), 0, `nothing reached the server while offline: ${t}`);

    // Back online: the queue syncs by itself, each conversation once.
    const posted = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/conversations')) posted.push(r.headers()['idempotency-key']);
    });
    await context.setOffline(false);
    await until('the queue to sync', async () => (await waiting(page)) === 0 && (await itemsIn(page, 'sent')).length === 3);
    for (const t of Object.values(titles)) assert.equal(rowsTitled(t), 1, `exactly one row: ${t}`);
    assert.equal(posted.length, 3, `one request each:${listOf(posted)}`);
    assert.match(rowOf(titles.internal), /^internal,internal,door_step,Resident of Oak Road,true$/);
    assert.match(rowOf(titles.phoned), /^published,publish,phone,/);
    // Within a pixel or two of the tap.
    const off = metresFrom(titles.anonymised, tapped);
    assert.ok(off < 30, `recorded ${off} m from where the map was tapped (${tapped})`);
    const listed = await api(`/api/v1/plans/milton-keynes/contributions?q=${encodeURIComponent(titles.internal)}`);
    assert.equal(listed.body.features.length, 0, 'a conversation kept internal is not published');
    await page.getByRole('status').filter({ hasText: /sent/ }).waitFor();

    // Forced retry: the sent ones go back in the queue as if their answers were lost, and
    // three syncs are asked for at once. Each is sent once more with its own key, and the
    // server answers with the row it already has.
    const keys = (await page.evaluate(() => window.__field.items())).map((i) => i.key).sort();
    posted.length = 0;
    assert.equal(await page.evaluate(() => window.__field.requeueSent()), 3);
    await Promise.all([
      page.getByRole('button', { name: /^(Sync now|Sending…)/ }).click(),
      page.evaluate(() => window.dispatchEvent(new Event('online'))),
      page.evaluate(() => window.__field.sync()),
    ]);
    await until('the replayed sync', async () => (await waiting(page)) === 0 && (await itemsIn(page, 'sent')).length === 3);
    assert.deepEqual([...posted].sort(), keys, 'each conversation was sent once, with the key it was recorded with');
    for (const t of Object.values(titles)) assert.equal(rowsTitled(t), 1, `still exactly one row: ${t}`);
    assert.equal(await page.getByText('Already on the server: sent again safely, no copy made.').count(), 3);
    // Even two requests at the same moment with one key make one row.
    const twice = await page.evaluate(async () => {
      const item = (await window.__field.items())[0];
      const send = () =>
        fetch(`/api/v1/plans/${item.plan}/conversations`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/geo+json', 'Idempotency-Key': item.key, 'X-Requested-With': 'waymark' },
          body: item.body,
        }).then(async (r) => ({ status: r.status, id: (await r.json()).id }));
      return Promise.all([send(), send()]);
    });
    assert.deepEqual(twice.map((r) => r.status), [201, 201]);
    assert.equal(twice[0].id, twice[1].id);
    for (const t of Object.values(titles)) assert.equal(rowsTitled(t), 1, `one row after concurrent sends: ${t}`);

    // A refusal: recorded offline at a position outside the plan area. After the sync it
    // needs attention, with the server's words, and is still there after a reload.
    await context.setOffline(true);
    await page.locator('.field-connection', { hasText: 'Offline' }).waitFor();
    await context.setGeolocation(LONDON);
    const outside = `Bus stop by the station ${stamp}`;
    await record(page, {
      kind: 'Issue',
      theme: 'Getting around',
      title: outside,
      body: 'The shelter has no roof.',
      consent: /without any name/,
      where: byPosition(page),
    });
    await context.setOffline(false);
    await until('the refusal', async () => (await itemsIn(page, 'attention')).includes(outside));
    const refused = page.locator('.field-item[data-state="attention"]', { hasText: outside });
    await refused.getByText("The server said: the point is outside the plan's area").waitFor();
    assert.equal(rowsTitled(outside), 0);
    await page.reload({ waitUntil: 'load' });
    await page.locator('.field-item[data-state="attention"]', { hasText: outside }).getByText('The server said:', { exact: false }).waitFor();
    await page.locator('.field-counts', { hasText: '1 needs attention' }).waitFor();
    await session.screenshot('field-attention');

    // Changed (a neighbourhood instead) and sent again: now it is on the server.
    await page.getByRole('button', { name: `Change “${outside}”` }).click();
    await page.getByRole('heading', { name: 'Change and send again' }).waitFor();
    assert.equal(await page.getByLabel('Title', { exact: true }).inputValue(), outside);
    await byNeighbourhood(page, 'Bletchley')();
    await page.getByRole('button', { name: 'Save and send again' }).click();
    await until('the changed one to be sent', async () => (await itemsIn(page, 'sent')).includes(outside));
    assert.equal(rowsTitled(outside), 1);

    // A conversation another mobiliser recorded on this phone (they signed out since) is not
    // sent under this account: the server records whoever sends it as the recorder.
    const theirs = `Recorded by someone else ${stamp}`;
    await page.evaluate(async (title) => {
      const open = indexedDB.open('waymark-field');
      const db = await new Promise((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('conversations', 'readwrite');
      const store = tx.objectStore('conversations');
      const all = await new Promise((resolve) => {
        const r = store.getAll();
        r.onsuccess = () => resolve(r.result);
      });
      const model = all.find((i) => i.state === 'sent');
      const body = JSON.parse(model.body);
      body.properties.title = title;
      store.add({
        ...model,
        key: crypto.randomUUID(),
        recordedBy: { id: '00000000-0000-4000-8000-000000000000', email: 'other.mobiliser@example.org' },
        draft: { ...model.draft, title },
        body: JSON.stringify(body),
        state: 'waiting',
        attempts: 0,
        sentAt: null,
        contribution: null,
        replayed: false,
      });
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    }, theirs);
    await page.evaluate(() => window.__field.sync());
    const foreign = page.locator('.field-item[data-state="waiting"]', { hasText: theirs });
    await foreign.getByText('Recorded by other.mobiliser@example.org: it is sent when they sign in on this phone.').waitFor();
    assert.equal(rowsTitled(theirs), 0, 'not sent under this account');

    // Axe at 360×740, with the form and the queue; a look at it.
    await page.getByRole('heading', { name: 'Record a conversation' }).waitFor();
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe on the field page:${listOf(violations)}`);
    await session.screenshot('field');

    // The only console errors and failed requests are the refusal's own 422 and, offline,
    // the pins' tiles, which are not kept (they change too often): gaps on the map.
    const errors = session.consoleErrors.filter((e) => !/status of 422/.test(e));
    assert.deepEqual(errors, [], `console errors:${listOf(errors)}`);
    const failures = realFailures(session.failedRequests).filter(
      (r) => !/conversations: HTTP 422$/.test(r) && !/^GET [^ ]+\/tiles\/contributions\/\d+\/\d+\/\d+\.mvt: net::ERR_FAILED$/.test(r),
    );
    assert.deepEqual(failures, [], `failed requests:${listOf(failures)}`);
  } finally {
    await session.close();
  }
});
