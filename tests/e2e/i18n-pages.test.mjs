// Languages on the field page, the workshop join page and the projector (issue 14). In the
// pseudo-locale en-XA every catalogue text is accented and bracketed, so a visible text node
// with plain letters and no bracketed part did not come from the catalogue; text people wrote
// ([data-user-text]), codes and addresses ([translate=no]) and the map are skipped. At 360 px nothing runs wider than its panel.
// In Arabic the join page is right to left and axe finds no serious or critical violation.
// Screenshots: target/e2e/i18n-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, listOf, openPage, seriousA11yViolations, sessionCookie } from './lib.mjs';

const FACILITATOR = [
  process.env.E2E_FACILITATOR_EMAIL ?? 'facilitator@example.org',
  process.env.E2E_FACILITATOR_PASSWORD ?? 'facilitator password for the browser tests',
];
const MOBILISER = [
  process.env.E2E_MOBILISER_EMAIL ?? 'mobiliser@example.org',
  process.env.E2E_MOBILISER_PASSWORD ?? 'mobiliser password for the browser tests',
];
const PHONE = { width: 360, height: 740 };
const PROJECTOR = { width: 1920, height: 1080 };
const stamp = Date.now().toString(36);

/** Visible text nodes with a Latin letter and no pseudo-bracketed part, each with its parent. */
function unmarked(page) {
  return page.evaluate(() => {
    const skip = '[data-user-text], [translate="no"], .maplibregl-map, canvas, script, style, select, option, noscript';
    const out = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent.trim();
      if (!/[A-Za-z]/.test(text) || /\[[^\]]*\]/.test(text)) continue;
      const el = node.parentElement;
      if (!el || el.closest(skip)) continue;
      // Hidden text is not read out either way; visually hidden text (clipped) is, so it counts.
      if (el.closest('[hidden], [aria-hidden="true"]') || getComputedStyle(el).display === 'none') continue;
      if (el.getClientRects().length === 0) continue;
      out.push(`${el.tagName.toLowerCase()}.${el.className}: ${text}`);
    }
    return out;
  });
}

/** Elements that run wider than they are (document, panels, forms). */
function overflowing(page) {
  return page.evaluate(() => {
    const els = [document.documentElement, ...document.querySelectorAll('header, main, section, aside, form, fieldset, nav')];
    return els
      .filter((el) => el.getClientRects().length && el.scrollWidth > el.clientWidth + 1)
      .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`);
  });
}

async function newWorkshop() {
  const cookie = await sessionCookie(...FACILITATOR);
  const res = await api('/api/v1/plans/milton-keynes/workshops', {
    method: 'POST',
    headers: { cookie, 'Content-Type': 'application/json', 'X-Requested-With': 'waymark-e2e' },
    body: JSON.stringify({ title: `Langues ${stamp}`, questions: ['Where should the bus stop go?'] }),
  });
  assert.equal(res.status, 201, JSON.stringify(res.body));
  return res.body.code;
}

test('en-XA: every text of the workshop join page and the projector comes from the catalogue; nothing overflows at 360 px', async () => {
  const code = await newWorkshop();
  const phone = await openPage(`/w/${code}?lang=en-XA`, { viewport: PHONE });
  try {
    const m = phone.page;
    await m.locator('#main h1').waitFor();
    assert.equal(await m.evaluate(() => document.documentElement.lang), 'en-XA');
    assert.deepEqual(await unmarked(m), [], `join page, name step:${listOf(await unmarked(m))}`);
    assert.deepEqual(await overflowing(m), [], `join page, name step:${listOf(await overflowing(m))}`);
    await m.locator('input[name="display_name"]').fill('Asha');
    await m.locator('form button[type="submit"]').click();
    await m.locator('input[name="title"]').waitFor();
    // The errors of an empty submission are catalogue text too.
    await m.locator('form button[type="submit"]').last().click();
    await m.locator('.ws-error-summary').waitFor();
    await phone.screenshot('i18n-join-en-XA');
    assert.deepEqual(await unmarked(m), [], `join page, pin form:${listOf(await unmarked(m))}`);
    assert.deepEqual(await overflowing(m), [], `join page, pin form:${listOf(await overflowing(m))}`);
  } finally {
    await phone.close();
  }

  const projector = await openPage(`/present/${code}?lang=en-XA`, { viewport: PROJECTOR });
  try {
    const p = projector.page;
    await p.locator('#ws-code').waitFor();
    await projector.screenshot('i18n-projector-en-XA');
    assert.deepEqual(await unmarked(p), [], `projector:${listOf(await unmarked(p))}`);
  } finally {
    await projector.close();
  }
});

test('en-XA: every text of the field page comes from the catalogue; nothing overflows at 360 px', async () => {
  const field = await openPage('/field/?lang=en-XA', { viewport: PHONE });
  try {
    const f = field.page;
    await f.locator('.field-header h1').waitFor();
    assert.deepEqual(await unmarked(f), [], `field page, signed out:${listOf(await unmarked(f))}`);
    assert.deepEqual(await overflowing(f), [], `field page, signed out:${listOf(await overflowing(f))}`);
    await f.locator('input[type="email"]').fill(MOBILISER[0]);
    await f.locator('input[type="password"]').fill(MOBILISER[1]);
    await f.locator('input[type="password"]').press('Enter');
    // The capture form, then its errors: an empty save shows the summary and each field's error.
    await f.locator('form.field-form').waitFor();
    await f.locator('form.field-form button[type="submit"]').first().click();
    await f.locator('.field-summary').waitFor();
    await field.screenshot('i18n-field-en-XA');
    assert.deepEqual(await unmarked(f), [], `field page, form:${listOf(await unmarked(f))}`);
    assert.deepEqual(await overflowing(f), [], `field page, form:${listOf(await overflowing(f))}`);
  } finally {
    await field.close();
  }
});

test('Arabic: the workshop join page is right to left, in Arabic, and axe finds nothing serious', async () => {
  const code = await newWorkshop();
  const phone = await openPage(`/w/${code}?lang=ar`, { viewport: PHONE });
  try {
    const m = phone.page;
    await m.locator('#main h1').waitFor();
    assert.deepEqual(await m.evaluate(() => [document.documentElement.lang, document.documentElement.dir]), ['ar', 'rtl']);
    // The join button is the Arabic catalogue's, not the English fallback.
    assert.match(await m.locator('form button[type="submit"]').textContent(), /[\u0600-\u06FF]/);
    await phone.screenshot('i18n-join-ar');
    const violations = await seriousA11yViolations(m, { exclude: [['.maplibregl-canvas']] });
    assert.deepEqual(violations, [], `axe:${listOf(violations)}`);
  } finally {
    await phone.close();
  }
});
