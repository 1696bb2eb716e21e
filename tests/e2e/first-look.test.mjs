// The first look on a phone (issue 22): the plan page's header stays compact and nothing in
// it overlaps at 320, 360 and 414 px wide and at 200% text size (WCAG 1.4.4), the plan's full
// name stays its heading's accessible name; every control of the plan, field, workshop and
// projector pages is a target of at least 24×24 px or spaced as WCAG 2.2 2.5.8 allows, and
// shows where the keyboard's focus is. Screenshots: target/e2e/first-look-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, listOf, mapSettled, openPage, seriousA11yViolations, sessionCookie } from './lib.mjs';

const PLAN = 'milton-keynes';
const PLAN_NAME = 'Milton Keynes neighbourhood plan';
const WIDTHS = [320, 360, 414];
const MOBILISER = { email: process.env.E2E_MOBILISER_EMAIL ?? 'mobiliser@example.org', password: process.env.E2E_MOBILISER_PASSWORD ?? 'mobiliser password for the browser tests' };
const FACILITATOR = { email: process.env.E2E_FACILITATOR_EMAIL ?? 'facilitator@example.org', password: process.env.E2E_FACILITATOR_PASSWORD ?? 'facilitator password for the browser tests' };

/** Doubles the text size as a browser's text-only zoom does (WCAG 1.4.4 resize text). */
async function textZoom200(page) {
  await page.evaluate(() => {
    document.documentElement.style.fontSize = '200%';
  });
  await page.waitForTimeout(300);
}

/** The header's visible parts, as { what, box }, deepest first (a button, not its row). */
function headerParts(page) {
  return page.evaluate(() => {
    const header = document.querySelector('.site-header');
    const parts = header.querySelectorAll('.brand, .plan-title, .menu-button, a, button, select');
    return [...parts]
      .filter((el) => el.checkVisibility({ checkVisibilityCSS: true }) && el.getBoundingClientRect().width > 1)
      .map((el) => {
        const r = el.getBoundingClientRect();
        return { what: el.textContent.trim().slice(0, 40) || el.id || el.tagName, box: { x: r.x, y: r.y, w: r.width, h: r.height } };
      });
  });
}

const intersect = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** Pairs of header parts whose boxes overlap, and parts that stick out of the screen. */
async function headerClashes(page, width) {
  const parts = await headerParts(page);
  const clashes = [];
  for (let i = 0; i < parts.length; i += 1) {
    const { what, box } = parts[i];
    if (box.x < -0.5 || box.x + box.w > width + 0.5) clashes.push(`${what} runs off the screen (${Math.round(box.x)}…${Math.round(box.x + box.w)})`);
    for (const other of parts.slice(i + 1)) {
      if (intersect(box, other.box)) clashes.push(`${what} overlaps ${other.what}`);
    }
  }
  return clashes;
}

for (const width of WIDTHS) {
  test(`at ${width}×740 the header is compact, nothing in it overlaps, at 100% and 200% text size, menu shut and open`, async () => {
    const session = await openPage(`/p/${PLAN}`, { viewport: { width, height: 740 } });
    try {
      const { page } = session;
      await mapSettled(page);
      const heading = page.getByRole('heading', { level: 1, name: PLAN_NAME, exact: true });
      assert.ok(await heading.isVisible(), 'the plan’s full name is the heading’s accessible name');
      const header = await page.locator('.site-header').boundingBox();
      assert.ok(header.height <= 740 * 0.15, `the header takes at most 15% of the screen (${header.height} px)`);
      assert.deepEqual(await headerClashes(page, width), [], 'header at 100%');

      const menu = page.getByRole('button', { name: 'Menu', exact: true });
      await menu.click();
      assert.equal(await menu.getAttribute('aria-expanded'), 'true');
      await page.getByRole('navigation', { name: 'Your account' }).getByRole('link', { name: 'Sign in' }).waitFor();
      await page.getByRole('button', { name: 'Community energy' }).waitFor();
      await page.getByLabel('Language').waitFor();
      assert.deepEqual(await headerClashes(page, width), [], 'header at 100%, menu open');
      await session.screenshot(`first-look-${width}-menu`, { fullPage: false });
      const found = await seriousA11yViolations(page);
      assert.deepEqual(found, [], `axe, ${width} px, menu open:${listOf(found)}`);
      // Escape shuts it and gives the focus back to its button.
      await page.getByRole('button', { name: 'Community energy' }).focus();
      await page.keyboard.press('Escape');
      assert.equal(await menu.getAttribute('aria-expanded'), 'false');
      assert.equal(await page.evaluate(() => document.activeElement?.id), 'menu-button');

      await textZoom200(page);
      assert.deepEqual(await headerClashes(page, width), [], 'header at 200% text');
      assert.ok(await heading.isVisible());
      await session.screenshot(`first-look-${width}-200`, { fullPage: false });
      await menu.click();
      assert.deepEqual(await headerClashes(page, width), [], 'header at 200% text, menu open');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `the page fits ${width} px at 200% text (overflow ${overflow} px)`);

      const shut = await openPage(`/p/${PLAN}`, { viewport: { width, height: 740 } });
      try {
        await mapSettled(shut.page);
        const violations = await seriousA11yViolations(shut.page);
        assert.deepEqual(violations, [], `axe, ${width} px:${listOf(violations)}`);
        await shut.screenshot(`first-look-${width}`, { fullPage: false });
      } finally {
        await shut.close();
      }
    } finally {
      await session.close();
    }
  });
}

test('on a laptop the header is one row and the Menu button is not there', async () => {
  const session = await openPage(`/p/${PLAN}`);
  try {
    const { page } = session;
    await mapSettled(page);
    assert.equal(await page.getByRole('button', { name: 'Menu', exact: true }).count(), 0);
    const tops = (await headerParts(page)).map((p) => Math.round(p.box.y + p.box.h / 2));
    assert.ok(Math.max(...tops) - Math.min(...tops) <= 4, `one row (centres ${tops.join(', ')})`);
    await page.getByRole('button', { name: 'Community energy' }).waitFor();
  } finally {
    await session.close();
  }
});

/**
 * In the page: every visible control (links, buttons, fields, [tabindex], summaries, the
 * map's own controls), each marked `data-target-no` and measured. A field with a label
 * counts with it (a tap on either works); a link inside a sentence is marked inline (2.5.8
 * exempts it).
 */
function measureTargets(page) {
  return page.evaluate(() => {
    document.activeElement?.blur();
    const selector = 'a[href], button, input:not([type=hidden]), select, textarea, [tabindex], summary, .maplibregl-ctrl button, .maplibregl-ctrl a';
    const found = [];
    let n = 0;
    for (const el of document.querySelectorAll(selector)) {
      if (el.closest('[inert], [aria-hidden="true"]') && !el.matches('.maplibregl-ctrl *')) continue;
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      // The list and panels have tabindex="-1": focus lands there for screen readers, no one taps them.
      if (el.getAttribute('tabindex') === '-1' && !el.matches('a, button, input, select, textarea, summary')) continue;
      const rects = [el.getBoundingClientRect()].filter((r) => r.width > 1 && r.height > 1);
      for (const label of el.labels ?? []) rects.push(label.getBoundingClientRect());
      if (rects.length === 0) continue;
      const box = {
        x: Math.min(...rects.map((r) => r.x)),
        y: Math.min(...rects.map((r) => r.y)),
        right: Math.max(...rects.map((r) => r.right)),
        bottom: Math.max(...rects.map((r) => r.bottom)),
      };
      let inline = false;
      if (el.matches('a') && getComputedStyle(el).display === 'inline') {
        let block = el.parentElement;
        while (block && getComputedStyle(block).display.startsWith('inline')) block = block.parentElement;
        inline = (block?.innerText ?? '').trim().length > el.innerText.trim().length;
      }
      n += 1;
      el.dataset.targetNo = String(n);
      found.push({
        no: n,
        what: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.getAttribute('aria-label') || el.innerText || el.getAttribute('title') || el.name || '').trim().slice(0, 40)}"`,
        box: { x: box.x, y: box.y, w: box.right - box.x, h: box.bottom - box.y },
        inline,
      });
    }
    return found;
  });
}

/** Targets under 24×24 px without the spacing 2.5.8 allows (a 24 px circle on each). */
function undersized(targets) {
  const small = targets.filter((t) => !t.inline && (t.box.w < 23.5 || t.box.h < 23.5));
  const centre = (t) => ({ x: t.box.x + t.box.w / 2, y: t.box.y + t.box.h / 2 });
  const circleHitsBox = (c, b) => {
    const dx = c.x - Math.max(b.x, Math.min(c.x, b.x + b.w));
    const dy = c.y - Math.max(b.y, Math.min(c.y, b.y + b.h));
    return dx * dx + dy * dy < 12 * 12;
  };
  return small
    .filter((t) => {
      const c = centre(t);
      const hitsTarget = targets.some((o) => o !== t && !o.inline && circleHitsBox(c, o.box) && !containsOrInside(t, o));
      const hitsCircle = small.some((o) => o !== t && Math.hypot(centre(o).x - c.x, centre(o).y - c.y) < 24);
      return hitsTarget || hitsCircle;
    })
    .map((t) => `${t.what}: ${Math.round(t.box.w)}×${Math.round(t.box.h)} px, too close to another target`);
}

/** A control inside another (the map canvas's container holds the canvas): not a neighbour. */
function containsOrInside(a, b) {
  const inside = (p, q) => p.box.x >= q.box.x && p.box.y >= q.box.y && p.box.x + p.box.w <= q.box.x + q.box.w && p.box.y + p.box.h <= q.box.y + q.box.h;
  return inside(a, b) || inside(b, a);
}

/**
 * In the page: how the focus could show on a control (`no`, or the focused one when null):
 * outline and box-shadow of it and its labels, and of its ancestors and their ::before and
 * ::after (the map's focus frame is drawn by its region's ::after).
 */
function focusLooks(page, no) {
  return page.evaluate((which) => {
    const el = which === null ? document.activeElement : document.querySelector(`[data-target-no="${which}"]`);
    if (!el || el === document.body) return null;
    const look = (e, pseudo) => {
      const s = getComputedStyle(e, pseudo);
      return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, pseudo ? `${s.content} ${s.borderTopStyle} ${s.borderTopColor}` : ''].join(' ');
    };
    const near = [el, ...(el.labels ?? [])];
    for (let up = el.parentElement, k = 0; up && k < 3; up = up.parentElement, k += 1) near.push(up);
    return { no: el.dataset.targetNo ?? null, looks: near.flatMap((e) => [look(e), look(e, '::before'), look(e, '::after')]) };
  }, no);
}

/**
 * Presses Tab through the page (as a keyboard user) and resolves to the controls that look
 * the same focused as not (nor their labels or near ancestors), and how many Tab reached.
 */
async function withoutFocusIndicator(page, targets, { max = 160 } = {}) {
  await page.evaluate(() => document.activeElement?.blur());
  const before = {};
  for (const t of targets) before[t.no] = (await focusLooks(page, t.no))?.looks ?? [];
  const missing = [];
  const seen = new Set();
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press('Tab');
    const now = await focusLooks(page, null);
    if (!now?.no) continue;
    if (seen.has(now.no)) break;
    seen.add(now.no);
    const was = before[now.no] ?? [];
    if (now.looks.every((look, k) => look === was[k])) missing.push(targets.find((t) => String(t.no) === now.no)?.what ?? now.no);
  }
  return { missing, reached: seen.size };
}

async function checkTargets(page, where) {
  const targets = await measureTargets(page);
  assert.ok(targets.length > 0, `${where}: some controls`);
  assert.deepEqual(undersized(targets), [], `${where}: targets under 24×24 px (WCAG 2.5.8)`);
  const { missing, reached } = await withoutFocusIndicator(page, targets);
  assert.ok(reached > 0, `${where}: Tab reaches some controls`);
  assert.deepEqual(missing, [], `${where}: no visible focus indicator`);
}

test('plan page: every control is 24×24 px or spaced, and shows the keyboard focus (phone map, menu, list; laptop)', async () => {
  const phone = await openPage(`/p/${PLAN}`, { viewport: { width: 360, height: 740 } });
  try {
    const { page } = phone;
    await mapSettled(page);
    await checkTargets(page, 'plan page, 360 px, map');
    await page.getByRole('button', { name: 'Menu', exact: true }).click();
    await page.getByRole('button', { name: 'Key' }).click();
    await checkTargets(page, 'plan page, 360 px, menu and key open');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.locator('.cards a').first().waitFor();
    await checkTargets(page, 'plan page, 360 px, list');
  } finally {
    await phone.close();
  }
  const laptop = await openPage(`/p/${PLAN}`);
  try {
    await mapSettled(laptop.page);
    await laptop.page.locator('.cards a').first().waitFor();
    await checkTargets(laptop.page, 'plan page, 1280 px');
    await laptop.page.locator('.cards a').first().click();
    await laptop.page.locator('.view-detail').waitFor();
    await checkTargets(laptop.page, 'plan page, 1280 px, a contribution');
  } finally {
    await laptop.close();
  }
});

test('field page: every control is 24×24 px or spaced, and shows the keyboard focus', async () => {
  const session = await openPage('/field/', { viewport: { width: 360, height: 740 } });
  try {
    const { page } = session;
    await page.getByRole('heading', { name: 'Sign in to record conversations' }).waitFor();
    await checkTargets(page, 'field sign-in');
    await page.getByLabel('Email').fill(MOBILISER.email);
    await page.getByLabel('Password').fill(MOBILISER.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Record a conversation' }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('select[name="neighbourhood"] option').length > 5);
    await checkTargets(page, 'field page');
    await session.screenshot('first-look-field', { fullPage: false });
  } finally {
    await session.close();
  }
});

test('workshop join page and projector: every control is 24×24 px or spaced, and shows the keyboard focus', async () => {
  const cookie = await sessionCookie(FACILITATOR.email, FACILITATOR.password);
  const res = await fetch(`${BASE_URL}/api/v1/plans/${PLAN}/workshops`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-Requested-With': 'waymark-e2e' },
    body: JSON.stringify({ title: `First look ${Date.now().toString(36)}`, questions: ['What would make your street better?'] }),
  });
  assert.equal(res.status, 201, 'the facilitator opens a workshop');
  const { code } = await res.json();

  const phone = await openPage(`/w/${code}`, { viewport: { width: 360, height: 740 } });
  try {
    const { page } = phone;
    await page.getByRole('button', { name: 'Join' }).waitFor();
    await checkTargets(page, 'workshop join page');
    await page.getByLabel(/Your name/).fill('Asha');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'Add a pin' }).waitFor();
    await mapSettled(page);
    await checkTargets(page, 'workshop, adding a pin');
    await phone.screenshot('first-look-workshop', { fullPage: false });
  } finally {
    await phone.close();
  }

  const projector = await openPage('/present/new', { viewport: { width: 1920, height: 1080 } });
  try {
    const { page, context } = projector;
    await context.addCookies(
      cookie.split('; ').map((pair) => {
        const [name, ...value] = pair.split('=');
        return { name, value: value.join('='), url: BASE_URL };
      }),
    );
    await page.goto(`${BASE_URL}/present/${code}`, { waitUntil: 'networkidle' });
    await page.locator('#ws-code').waitFor();
    await mapSettled(page);
    await checkTargets(page, 'projector');
  } finally {
    await projector.close();
  }
});
