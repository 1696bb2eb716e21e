// Live workshops: a facilitator signs in, opens a workshop and its projector view; a
// participant joins from a phone (360×740) with the code, enters a name and pins an idea; the
// projector shows it without a reload (count, list, map). Spotlight, steering, pausing (the
// phone says so and a pin is refused), pre-moderation and ending reach the phone. Axe on the
// join page (phone) and the projector (1920×1080). Screenshots: target/e2e/workshop-*.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, listOf, mapSettled, openPage, realFailures, seriousA11yViolations } from './lib.mjs';

const EMAIL = process.env.E2E_FACILITATOR_EMAIL ?? 'facilitator@example.org';
const PASSWORD = process.env.E2E_FACILITATOR_PASSWORD ?? 'facilitator password for the browser tests';
const stamp = Date.now().toString(36);
const PHONE = { width: 360, height: 740 };
const PROJECTOR = { width: 1920, height: 1080 };

function clean(session, label) {
  assert.deepEqual(session.consoleErrors, [], `${label} console errors:${listOf(session.consoleErrors)}`);
  const failures = realFailures(session.failedRequests);
  assert.deepEqual(failures, [], `${label} failed requests:${listOf(failures)}`);
}

const countOf = (page, selector) => page.evaluate((s) => Number(document.querySelector(s)?.textContent ?? 'NaN'), selector);

test('facilitator opens a workshop; a phone joins and pins; the projector shows it live; spotlight, steer, pause, pre-moderation and end reach the phone', async () => {
  const projector = await openPage('/present/new', { viewport: PROJECTOR });
  let phone = null;
  try {
    // The facilitator signs in and opens the workshop from the page.
    const p = projector.page;
    await p.getByLabel('Email').fill(EMAIL);
    await p.getByLabel('Password').fill(PASSWORD);
    await p.getByRole('button', { name: 'Sign in' }).click();
    const title = `Bletchley evening ${stamp}`;
    await p.getByLabel('Workshop title').fill(title);
    await p.getByLabel(/Questions to put to the room/).fill('Where would you like to see solar panels?\nWhat makes walking hard?');
    await p.getByRole('button', { name: 'Open the workshop' }).click();
    await p.waitForURL(/\/present\/[A-Z2-9]{6}$/);
    const code = await p.locator('#ws-code').textContent({ timeout: 15_000 });
    assert.match(code, /^[A-Z2-9]{6}$/);
    await p.getByRole('heading', { level: 1, name: title }).waitFor();
    await mapSettled(p);
    const qr = p.locator('img.ws-qr');
    assert.match(await qr.getAttribute('alt'), new RegExp(code));
    await p.waitForFunction(() => document.querySelector('img.ws-qr')?.naturalWidth > 0);
    assert.equal(await countOf(p, '#ws-total'), 0);
    await p.getByRole('button', { name: 'Pause new pins' }).waitFor();

    // A phone joins with the code: name, then a pin placed by tapping the map.
    phone = await openPage(`/w/${code}`, { viewport: PHONE });
    const m = phone.page;
    await m.getByRole('heading', { level: 1, name: title }).waitFor();
    await m.getByText('Where would you like to see solar panels?').waitFor();
    await m.getByLabel(/Your name/).fill('Asha');
    await m.getByRole('button', { name: 'Join' }).click();
    await m.getByRole('heading', { name: 'Add a pin' }).waitFor();
    await mapSettled(m);

    // Submitting with nothing filled in: errors per field, in a summary.
    await m.getByRole('button', { name: 'Add my pin' }).click();
    await m.locator('.ws-error-summary').getByText('Give your pin a title.').waitFor();
    await m.locator('.ws-error-summary').getByText('Tap the map or choose a neighbourhood.').waitFor();
    await m.locator('.ws-error-summary').getByText('Choose at least one theme.').waitFor();

    const canvas = m.locator('#map canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    await m.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await m.getByText('Pin placed.').first().waitFor();
    await m.getByRole('radio', { name: 'Idea' }).check();
    await m.getByRole('checkbox', { name: 'Energy' }).check();
    const pinTitle = `Solar on the library roof ${stamp}`;
    await m.getByLabel('Title', { exact: true }).fill(pinTitle);
    await m.getByLabel(/Tell us more/).fill('The flat roof faces south.');
    await phone.screenshot('workshop-phone-form', { fullPage: true });
    await m.getByRole('button', { name: 'Add my pin' }).click();
    await m.getByRole('heading', { name: 'Thank you: your pin is on the map.' }).waitFor();

    // The projector never reloads: the count goes up and the pin is listed and drawn.
    const navigations = await p.evaluate(() => performance.getEntriesByType('navigation').length);
    await p.waitForFunction(() => document.querySelector('#ws-total')?.textContent === '1', null, { timeout: 10_000 });
    await p.locator('#ws-recent').getByText(pinTitle).waitFor();
    await p.waitForFunction(() => document.querySelector('#ws-by-kind [data-key="idea"] .ws-count')?.textContent === '1');
    await p.waitForFunction(() => document.querySelector('#ws-by-theme [data-key="energy"] .ws-count')?.textContent === '1');
    const pinId = await p.locator('#ws-recent li').first().getAttribute('data-id');
    await p.waitForFunction((id) => window.__waymark.renderedPinIds().includes(id), pinId);
    assert.equal(await p.evaluate(() => performance.getEntriesByType('navigation').length), navigations, 'the projector did not reload');

    // The server's summary agrees.
    const summary = await api(`/api/v1/workshops/${code}/summary`);
    assert.equal(summary.body.total, 1);
    assert.equal(summary.body.kind.idea, 1);

    // Spotlight the pin: the projector shows it large, the phone names it.
    await p.getByLabel('Spotlight a pin').selectOption(pinId);
    await p.getByRole('button', { name: 'Show on every screen' }).click();
    await p.locator('#ws-spot').getByRole('heading', { name: pinTitle }).waitFor();
    await m.locator('.ws-join-spot').getByText(pinTitle).waitFor();
    await mapSettled(p);
    const shot = await projector.screenshot('workshop-projector', { fullPage: false });
    assert.ok(shot);

    // Steer: the facilitator zooms the projector and brings every screen to that view.
    await m.getByRole('button', { name: 'Add another pin' }).click();
    await mapSettled(m);
    await p.evaluate(() => window.__waymark.map.jumpTo({ center: [-0.7594, 52.0406], zoom: 15.5 }));
    await p.getByRole('button', { name: 'Bring everyone to this view' }).click();
    await p.getByText('Every screen now follows this view.').waitFor();
    await m.waitForFunction(() => {
      const map = window.__waymark?.map;
      if (!map || map.isMoving()) return false;
      const c = map.getCenter();
      return Math.abs(map.getZoom() - 15.5) < 0.01 && Math.abs(c.lng + 0.7594) < 1e-4 && Math.abs(c.lat - 52.0406) < 1e-4;
    }, null, { timeout: 10_000 });

    // Pause from the projector: the phone says so, and a pin is refused.
    await p.getByRole('button', { name: 'Pause new pins' }).click();
    await p.getByRole('button', { name: 'Resume new pins' }).waitFor();
    await p.locator('#ws-state').getByText(/Paused/).waitFor();
    await m.getByRole('alert').filter({ hasText: 'The workshop is paused' }).waitFor({ timeout: 10_000 });
    await phone.screenshot('workshop-phone-paused', { fullPage: false });
    await mapSettled(m);
    await m.locator('#map canvas').scrollIntoViewIfNeeded();
    const box2 = await m.locator('#map canvas').boundingBox();
    await m.mouse.click(box2.x + box2.width * 0.75, box2.y + box2.height * 0.3);
    await m.getByText('Pin placed.').first().waitFor();
    await m.getByLabel('Title', { exact: true }).fill(`Refused while paused ${stamp}`);
    await m.getByRole('checkbox', { name: 'Transport' }).check();
    await m.getByRole('button', { name: 'Add my pin' }).click();
    await m.locator('.ws-error-summary').getByText(/paused, so your pin was not added/).waitFor();
    // And the server itself refuses a pin posted while paused (409 problem+json).
    const refused = await api('/api/v1/plans/milton-keynes/contributions', {
      method: 'POST',
      headers: { 'Content-Type': 'application/geo+json', 'Idempotency-Key': `ws-${stamp}` },
      body: JSON.stringify({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-0.76, 52.034] },
        properties: { workshop: code, kind: 'idea', themes: [], title: 'while paused', body: '', display_name: 'Test', precision: 'exact' },
      }),
    });
    assert.equal(refused.status, 409);
    assert.equal(await countOf(p, '#ws-total'), 1);

    // Resume: the phone's banner goes.
    await p.getByRole('button', { name: 'Resume new pins' }).click();
    await m.waitForFunction(() => document.body.dataset.workshop === 'open');

    // Axe: the join page on the phone, the projector on a big screen.
    const phoneA11y = await seriousA11yViolations(m);
    assert.deepEqual(phoneA11y, [], `join page (360×740):${listOf(phoneA11y)}`);
    const projectorA11y = await seriousA11yViolations(p);
    assert.deepEqual(projectorA11y, [], `projector (1920×1080):${listOf(projectorA11y)}`);

    // Pre-moderation: the phone's next pin waits to be checked and the projector does not count it.
    await p.getByRole('button', { name: 'Check pins before they show' }).click();
    await p.waitForFunction(() => document.querySelector('#ws-pre')?.getAttribute('aria-pressed') === 'true');
    await p.locator('#ws-state').getByText(/checked before they show/).waitFor();
    await m.getByLabel('Title', { exact: true }).fill(`Held for checking ${stamp}`);
    // No theme: the page says so at the field, before anything is sent.
    await m.getByRole('checkbox', { name: 'Transport' }).uncheck();
    await m.getByRole('button', { name: 'Add my pin' }).click();
    await m.locator('.ws-error-summary').getByText('Choose at least one theme.').waitFor();
    await m.locator('fieldset[aria-invalid="true"] .ws-field-error').getByText('Choose at least one theme.').waitFor();
    await m.getByRole('checkbox', { name: 'Transport' }).check();
    await m.getByRole('button', { name: 'Add my pin' }).click();
    await m.getByRole('heading', { name: /once it has been checked/ }).waitFor();
    assert.equal((await api(`/api/v1/workshops/${code}/summary`)).body.total, 1);
    assert.equal(await countOf(p, '#ws-total'), 1);

    // End: the phone says so and offers no form; the projector's controls are spent.
    p.once('dialog', (d) => d.accept());
    await p.getByRole('button', { name: 'End the workshop' }).click();
    await p.locator('#ws-state').getByText('Workshop ended').waitFor();
    await m.getByRole('alert').filter({ hasText: 'This workshop has ended' }).waitFor({ timeout: 10_000 });
    assert.equal(await p.getByRole('button', { name: 'End the workshop' }).isDisabled(), true);
    const csv = await api(`/api/v1/workshops/${code}/summary?format=csv`);
    assert.match(csv.body, /kind,"idea",1/);
    assert.match(await p.locator('#ws-csv').getAttribute('href'), new RegExp(`/api/v1/workshops/${code}/summary\\?format=csv`));

    clean(projector, 'projector');
    clean(phone, 'phone');
  } catch (err) {
    await projector.screenshot('workshop-failure-projector', { fullPage: false }).catch(() => {});
    await phone?.screenshot('workshop-failure-phone', { fullPage: false }).catch(() => {});
    throw err;
  } finally {
    await projector.close();
    await phone?.close();
  }
});

test('an unknown join code gets a plain message', async () => {
  const s = await openPage('/w/ZZZZZZ', { viewport: PHONE });
  try {
    await s.page.getByRole('heading', { level: 1, name: /no workshop with that code/ }).waitFor();
    // The 404 of the look-up is the page's own answer, not a failure a user would see.
    s.failedRequests.splice(0, s.failedRequests.length, ...s.failedRequests.filter((r) => !r.includes('/api/v1/workshops/ZZZZZZ: HTTP 404')));
    s.consoleErrors.splice(0, s.consoleErrors.length, ...s.consoleErrors.filter((e) => !/404/.test(e)));
    clean(s, 'unknown code');
  } finally {
    await s.close();
  }
});
