// Languages on the plan page (issue 14). In the pseudo-locale en-XA every word the page shows
// must come from the message catalogue (accented and bracketed) and the longer words must not
// break the layout at 360 px; in Urdu the page runs right to left, a pin is added end to end
// and the map shapes Arabic-script labels; the picker's choice is remembered.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import {
  listOf,
  mapSettled,
  openContributionId,
  openPage,
  realFailures,
  seriousA11yViolations,
  waitForPin,
  waitForStatus,
} from './lib.mjs';

const PHONE = { width: 360, height: 740 };
const stamp = Date.now().toString(36);

/** A message's text from a catalogue file (single-line messages only). */
async function message(tag, file, id) {
  const text = await readFile(new URL(`../../locales/${tag}/${file}.ftl`, import.meta.url), 'utf8');
  const line = text.split('\n').find((l) => l.startsWith(`${id} = `));
  assert.ok(line, `${tag}/${file}.ftl has ${id}`);
  return line.slice(id.length + 3);
}

/**
 * Visible text nodes with an ASCII letter but no pseudo-locale marker: text that did not come
 * from the catalogue. What people wrote ([data-user-text]) and the map data's credits are
 * skipped, and so are the picker's language names (each is in its own language).
 */
function unmarkedText(page) {
  return page.evaluate(() => {
    const marked = /[[\]áƀçďéƒĝĥíĵķĺɱñóþǫŕšţúṽŵẋýžÁƁÇĎÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ]/;
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || !/[A-Za-z]/.test(node.textContent) || marked.test(node.textContent)) continue;
      if (el.closest('[data-user-text], .maplibregl-ctrl-attrib, script, style, noscript, option')) continue;
      if (!el.checkVisibility({ checkVisibilityCSS: true }) || el.getClientRects().length === 0) continue;
      found.push(`${el.tagName.toLowerCase()}.${el.className}: ${node.textContent.trim().slice(0, 80)}`);
    }
    return found;
  });
}

/** Panels whose content is wider than they are (scrollWidth > clientWidth). */
function overflowing(page) {
  return page.evaluate(() =>
    [document.documentElement, ...document.querySelectorAll('.site-header, .view-switch, #panel, .panel .view, .legend, .network-controls')]
      .filter((el) => el.checkVisibility() && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}#${el.id}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`),
  );
}

async function assertAllFromCatalogue(page, where) {
  assert.deepEqual(await unmarkedText(page), [], `${where}: text outside the catalogue`);
  assert.deepEqual(await overflowing(page), [], `${where}: panels overflowing at 360 px`);
}

test('the en-XA transform accents, doubles vowels and brackets each text element', async () => {
  const session = await openPage('/p/milton-keynes?lang=en-XA', { viewport: PHONE });
  try {
    const { page } = session;
    await page.locator('.site-header .add-button').waitFor();
    // The contract's rule applied to a known message: every letter accented, vowels twice.
    assert.equal(await page.locator('.site-header .add-button').textContent(), '[Ááďď ýóóúúŕ ííďééáá]');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-XA');
  } finally {
    await session.close();
  }
});

test('in en-XA every word of the plan page, list, detail, add form and follow panel comes from the catalogue, and nothing overflows at 360 px', async () => {
  const session = await openPage('/p/milton-keynes?lang=en-XA', { viewport: PHONE });
  try {
    const { page } = session;
    await mapSettled(page);
    await page.locator('.cards a').first().waitFor({ state: 'attached' });
    await assertAllFromCatalogue(page, 'the plan page (map view)');

    await page.locator('.view-button[data-view="list"]').click();
    await page.locator('.cards a').first().waitFor();
    await session.screenshot('i18n-en-XA-list', { fullPage: false });
    await assertAllFromCatalogue(page, 'the list');

    await page.locator('.follow-button').first().click();
    await page.locator('.view-follow').waitFor();
    await assertAllFromCatalogue(page, 'the follow panel');
    await page.locator('.view-follow .form-actions button[type="button"]').last().click(); // Cancel

    await page.locator('.view-button[data-view="list"]').click();
    await page.locator('.cards a').first().click();
    await page.locator('.view-detail').waitFor();
    await assertAllFromCatalogue(page, 'a pin’s detail');
    await session.screenshot('i18n-en-XA-detail', { fullPage: false });

    await page.locator('.site-header .add-button').click();
    await page.locator('.view-add').waitFor();
    await assertAllFromCatalogue(page, 'the add form (where)');
    await session.screenshot('i18n-en-XA-add', { fullPage: false });
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
  } finally {
    await session.close();
  }
});

test('in Urdu at 360×740 the page runs right to left and a pin is added end to end, with no serious accessibility problem', async () => {
  const session = await openPage('/p/milton-keynes?lang=ur', { viewport: PHONE });
  try {
    const { page } = session;
    assert.deepEqual(
      await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]),
      ['ur', 'rtl'],
    );
    await mapSettled(page);
    // The zoom buttons sit at the end side of the page: on the left when it runs right to left.
    const zoom = await page.locator('.maplibregl-ctrl-zoom-in').boundingBox();
    assert.ok(zoom.x < PHONE.width / 2, `the zoom buttons are on the left in RTL (x=${zoom.x})`);

    await page.getByRole('button', { name: await message('ur', 'map', 'map-add-button') }).click();
    await page.getByRole('heading', { name: await message('ur', 'map', 'map-add-heading') }).waitFor();
    await mapSettled(page);
    const box = await page.locator('#map canvas').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    // "Pin placed." is the first sentence of the placing message.
    await waitForStatus(page, new RegExp((await message('ur', 'map', 'map-place-set')).split('۔')[0]));
    await page.getByRole('button', { name: await message('ur', 'map', 'map-continue') }).click();
    const title = `سولر پینل ${stamp}`;
    await page.getByLabel(await message('ur', 'map', 'map-title-label')).fill(title);
    await page.getByRole('radio', { name: await message('ur', 'map', 'map-kind-idea') }).check();
    await page.getByRole('checkbox', { name: await message('ur', 'map', 'map-theme-energy') }).check();
    await session.screenshot('i18n-ur-add', { fullPage: false });
    assert.deepEqual(await seriousA11yViolations(page, { exclude: [['.maplibregl-canvas']] }), [], 'axe on the add form in Urdu');
    await page.getByRole('button', { name: await message('ur', 'map', 'map-submit') }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await waitForStatus(page, new RegExp(await message('ur', 'map', 'map-added')));
    const id = await openContributionId(page);
    assert.ok(id, 'the address opens the new contribution');
    await waitForPin(page, id);
    await session.screenshot('i18n-ur-added', { fullPage: false });
    assert.deepEqual(await seriousA11yViolations(page, { exclude: [['.maplibregl-canvas']] }), [], 'axe on the new pin in Urdu');
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
  } finally {
    await session.close();
  }
});

test('in Urdu the map loads the RTL text plugin from Waymark itself and shapes the Arabic-script labels', async () => {
  const session = await openPage('/p/milton-keynes?lang=ur', { viewport: PHONE });
  try {
    const { page } = session;
    await mapSettled(page);
    // Urdu labels on the map: the electricity network's areas, each with its room in Urdu.
    await page.getByRole('button', { name: await message('ur', 'map', 'map-energy-network-toggle') }).click();
    await page.waitForFunction(() => window.__waymark.rtlTextPlugin() !== 'loading' && window.__waymark.rtlTextPlugin() !== 'deferred', null, { timeout: 20_000 });
    assert.equal(await page.evaluate(() => window.__waymark.rtlTextPlugin()), 'loaded', `the plugin loaded:${listOf(session.consoleErrors)}`);
    await mapSettled(page);
    await session.screenshot('i18n-ur-map', { fullPage: false });
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    // No request left 127.0.0.1 (openPage blocks and counts any other host).
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
  } finally {
    await session.close();
  }
});

test('a contribution in another language than the page says so: “Written in Polish”, its words marked as Polish', async () => {
  const session = await openPage('/p/milton-keynes', { viewport: PHONE });
  try {
    const { page } = session;
    // The API gives each contribution its language; here the first of the list is Polish.
    let polishId = null;
    const markPolish = (f) => {
      polishId ??= f.id;
      if (f.id === polishId) f.properties.lang = 'pl';
      else f.properties.lang = 'en';
    };
    await page.route(/\/api\/v1\/(plans\/[^/]+\/contributions\?|contributions\/[0-9a-f-]{36}$)/, async (route) => {
      // A request cut short by the reload below is gone: nothing to answer.
      const res = await route.fetch().catch(() => null);
      if (!res) return route.abort().catch(() => undefined);
      const body = await res.json().catch(() => null);
      if (Array.isArray(body?.features)) body.features.forEach(markPolish);
      else if (body?.properties) markPolish(body);
      await route.fulfill(body ? { response: res, json: body } : { response: res }).catch(() => undefined);
    });
    await mapSettled(page);
    await page.reload();
    await page.locator('.view-button[data-view="list"]').click();
    const card = page.locator('.cards a').first();
    await card.waitFor();
    assert.match(await card.textContent(), /Written in Polish/);
    assert.equal(await card.locator('.card-title').getAttribute('lang'), 'pl');
    assert.doesNotMatch(await page.locator('.cards a').nth(1).textContent(), /Written in/, 'English on an English page says nothing');
    await card.click();
    await page.locator('.view-detail').waitFor();
    assert.match(await page.locator('.view-detail .meta').textContent(), /Written in Polish/);
    assert.equal(await page.locator('.view-detail .detail-title').getAttribute('lang'), 'pl');
    assert.equal(await page.locator('.view-detail .detail-title').getAttribute('translate'), 'no');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  } finally {
    await session.close();
  }
});

test('the picker changes the language and it is remembered after a reload; an unknown ?lang= falls back', async () => {
  const session = await openPage('/p/milton-keynes', { viewport: PHONE });
  try {
    const { page } = session;
    // Chromium asks for en-US: the nearest language Waymark has is en-GB.
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en-GB');
    // On a phone the language picker is behind the header's "Menu".
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByLabel('Language').selectOption('pl');
    await page.waitForFunction(() => document.documentElement.lang === 'pl');
    await page.getByRole('button', { name: await message('pl', 'map', 'map-add-button') }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: await message('pl', 'map', 'map-add-button') }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl', 'the choice outlives a reload');

    // An unknown tag is ignored: the remembered choice stands.
    await page.goto(`${new URL(page.url()).origin}/p/milton-keynes?lang=zz`);
    await page.getByRole('button', { name: await message('pl', 'map', 'map-add-button') }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'pl');
    // Back to English with the picker, and ?lang=zz on a fresh browser falls back to en-GB.
    await page.getByRole('button', { name: await message('pl', 'map', 'map-menu-button'), exact: true }).click();
    await page.getByLabel(await message('pl', 'common', 'common-language-label')).selectOption('en-GB');
    await page.getByRole('button', { name: 'Add your idea' }).waitFor();
  } finally {
    await session.close();
  }
  const fresh = await openPage('/p/milton-keynes?lang=zz', { viewport: PHONE });
  try {
    await fresh.page.getByRole('button', { name: 'Add your idea' }).waitFor();
    assert.deepEqual(await fresh.page.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['en-GB', 'ltr']);
  } finally {
    await fresh.close();
  }
});
