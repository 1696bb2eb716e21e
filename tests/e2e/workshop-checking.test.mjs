// Checking pins in a workshop: the facilitator turns on "Check pins before they show", a
// participant pins from a phone (360×740), and the pin waits in the projector's "Waiting for
// you" list, not on the map, with its words shown as text. The facilitator approves it with
// the keyboard alone; it goes on the projector map live and is public. Axe on the projector
// (1920×1080) with a pin waiting. Screenshot: target/e2e/workshop-checking.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, listOf, mapSettled, openPage, realFailures, seriousA11yViolations, tabTo } from './lib.mjs';

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

test('a pin held in a workshop waits for the facilitator, who approves it with the keyboard; it then shows on the projector', async () => {
  const projector = await openPage('/present/new', { viewport: PROJECTOR });
  let phone = null;
  try {
    const p = projector.page;
    await p.getByLabel('Email').fill(EMAIL);
    await p.getByLabel('Password').fill(PASSWORD);
    await p.getByRole('button', { name: 'Sign in' }).click();
    await p.getByLabel('Workshop title').fill(`Checked evening ${stamp}`);
    await p.getByRole('button', { name: 'Open the workshop' }).click();
    await p.waitForURL(/\/present\/[A-Z2-9]{6}$/);
    const code = await p.locator('#ws-code').textContent({ timeout: 15_000 });
    await mapSettled(p);

    // Checking on: the waiting list shows, empty.
    await p.getByRole('button', { name: 'Check pins before they show' }).click();
    await p.waitForFunction(() => document.querySelector('#ws-pre')?.getAttribute('aria-pressed') === 'true');
    await p.getByRole('heading', { name: 'Waiting for you (0)' }).waitFor();

    // A participant pins from a phone; markup in the title must stay text.
    phone = await openPage(`/w/${code}`, { viewport: PHONE });
    const m = phone.page;
    await m.getByLabel(/Your name/).fill('Bea');
    await m.getByRole('button', { name: 'Join' }).click();
    await m.getByRole('heading', { name: 'Add a pin' }).waitFor();
    await mapSettled(m);
    const canvas = m.locator('#map canvas');
    await canvas.scrollIntoViewIfNeeded();
    const box = await canvas.boundingBox();
    await m.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await m.getByText('Pin placed.').first().waitFor();
    await m.getByRole('radio', { name: 'Idea' }).check();
    await m.getByRole('checkbox', { name: 'Green space' }).check();
    const title = `Wildflowers <b>by the lake</b> ${stamp}`;
    await m.getByLabel('Title', { exact: true }).fill(title);
    await m.getByLabel(/Tell us more/).fill('Less mowing, more bees.');
    await m.getByRole('button', { name: 'Add my pin' }).click();
    await m.getByRole('heading', { name: /once it has been checked/ }).waitFor();

    // The projector lists it, live, with its words; it is not on the map or in the counts.
    const item = p.locator('#ws-held li[data-id]');
    await p.getByRole('heading', { name: 'Waiting for you (1)' }).waitFor({ timeout: 10_000 });
    assert.equal(await item.count(), 1);
    assert.equal(await item.locator('.ws-held-title').textContent(), title);
    assert.equal(await item.locator('b, img, script').count(), 0, 'a participant’s text is never markup');
    await item.getByText('Less mowing, more bees.').waitFor();
    await p.waitForFunction((t) => document.querySelector('#status')?.textContent?.includes(t), title);
    const pinId = await item.getAttribute('data-id');
    assert.equal((await p.evaluate(() => window.__waymark.renderedPinIds())).includes(pinId), false, 'not on the map yet');
    assert.equal(await p.locator('#ws-total').textContent(), '0');
    assert.equal((await api(`/api/v1/contributions/${pinId}`)).status, 404, 'not public yet');

    await projector.screenshot('workshop-checking', { fullPage: false });
    const a11y = await seriousA11yViolations(p);
    assert.deepEqual(a11y, [], `projector with a pin waiting (1920×1080):${listOf(a11y)}`);

    // Keyboard only: Tab to its Approve button and press Enter.
    const reached = await tabTo(p, new RegExp(`^Approve: ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
    assert.match(reached, /^Approve/);
    await p.keyboard.press('Enter');
    await p.getByRole('heading', { name: 'Waiting for you (0)' }).waitFor({ timeout: 10_000 });
    // Focus stays in the list (on its heading, now that nothing waits).
    assert.equal(await p.evaluate(() => document.activeElement?.id), 'ws-held-h');

    // It goes on the projector map and into the counts live, and it is public.
    await p.waitForFunction((id) => window.__waymark.renderedPinIds().includes(id), pinId, { timeout: 10_000 });
    await p.waitForFunction(() => document.querySelector('#ws-total')?.textContent === '1');
    await p.locator('#ws-recent').getByText(title).waitFor();
    assert.match(await p.locator('#status').textContent(), /Approved|New pin/);
    const shown = await api(`/api/v1/contributions/${pinId}`);
    assert.equal(shown.status, 200);
    assert.equal(shown.body.properties.status, 'published');

    clean(projector, 'projector');
    clean(phone, 'phone');
  } catch (err) {
    await projector.screenshot('workshop-checking-failure-projector', { fullPage: false }).catch(() => {});
    await phone?.screenshot('workshop-checking-failure-phone', { fullPage: false }).catch(() => {});
    throw err;
  } finally {
    await projector.close();
    await phone?.close();
  }
});
