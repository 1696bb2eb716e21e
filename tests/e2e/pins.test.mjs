// A resident opens the plan, and pins one idea with the mouse and another with the keyboard
// only. Both show on the map and in the list at once, and the API has them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  api,
  listOf,
  mapSettled,
  openContributionId,
  openPage,
  realFailures,
  renderedPinIds,
  tabTo,
  waitForPin,
  waitForStatus,
} from './lib.mjs';

const stamp = Date.now().toString(36);

test('the plan page loads cleanly, and pins added by mouse and by keyboard appear on the map, in the list and in the API', async () => {
  const session = await openPage('/p/milton-keynes');
  const { page } = session;
  try {
    assert.equal(session.response?.status(), 200, 'GET /p/milton-keynes answers 200');
    await mapSettled(page);
    await assert.doesNotReject(
      page.getByRole('heading', { level: 1, name: 'Milton Keynes neighbourhood plan' }).waitFor(),
      'the plan title is the page heading',
    );
    assert.match(await page.title(), /Milton Keynes neighbourhood plan/);
    // Bubbles at the plan's zoom, and a list of what is in view.
    await page.locator('.cards a').first().waitFor();
    await session.screenshot('plan-page', { fullPage: false });
    assert.deepEqual(session.consoleErrors, [], `console errors on load:${listOf(session.consoleErrors)}`);
    assert.deepEqual(session.failedRequests, [], `failed requests on load:${listOf(session.failedRequests)}`);

    // ---- with the mouse ----
    await page.getByRole('button', { name: 'Add your idea' }).click();
    await page.getByRole('heading', { name: 'Add your idea' }).waitFor();
    const box = await page.locator('#map canvas').boundingBox();
    await page.mouse.click(box.x + box.width / 2 + 30, box.y + box.height / 2 + 20);
    await waitForStatus(page, /Pin placed/);
    assert.equal(await page.locator('.new-pin').count(), 1, 'the new pin is shown on the map');
    // Dragging adjusts it.
    const pin = await page.locator('.new-pin').boundingBox();
    await page.mouse.move(pin.x + pin.width / 2, pin.y + pin.height / 2);
    await page.mouse.down();
    await page.mouse.move(pin.x + pin.width / 2 + 40, pin.y + pin.height / 2 + 25, { steps: 8 });
    await page.mouse.up();
    await waitForStatus(page, /Pin moved/);
    const moved = await page.locator('.new-pin').boundingBox();
    assert.ok(Math.abs(moved.x - pin.x - 40) < 3 && Math.abs(moved.y - pin.y - 25) < 3, 'the pin follows the drag');
    await page.getByRole('button', { name: 'Continue' }).click();

    // Sending without a theme: the API's problem is shown next to the themes and in a summary.
    const mouseTitle = `Mouse pin ${stamp}: more benches by the lake`;
    await page.getByLabel('Title').fill(mouseTitle);
    await page.getByRole('radio', { name: 'Issue' }).check();
    await page.getByRole('button', { name: 'Add to the map' }).click();
    const summary = page.locator('.error-summary');
    await summary.waitFor();
    assert.match(await summary.textContent(), /Themes: choose at least one theme/);
    const themesGroup = page.getByRole('group', { name: 'What is it about?' });
    assert.match(await themesGroup.locator('.field-error').textContent(), /Choose at least one theme/);
    // Marked invalid for assistive technology: aria-invalid="true" (an empty value means false).
    assert.ok((await themesGroup.locator('[aria-invalid="true"]').count()) >= 1, 'the themes are marked invalid');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('error-summary')), true, 'focus moves to the summary');
    await session.screenshot('add-form-errors', { fullPage: false });

    await page.getByRole('checkbox', { name: 'Parks and green spaces' }).check();
    await page.getByLabel('Tell us more (optional)').fill('Somewhere to sit and watch the water.');
    await page.getByRole('button', { name: 'Add to the map' }).click();
    await page.getByRole('heading', { level: 2, name: mouseTitle }).waitFor();
    await waitForStatus(page, /Your contribution is on the map/);
    const mouseId = await openContributionId(page);
    assert.ok(mouseId, 'the address opens the new contribution');
    await waitForPin(page, mouseId);
    await session.screenshot('added-by-mouse', { fullPage: false });

    // ---- with the keyboard only ----
    await tabTo(page, /^Add your idea$/, { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, /Use the keyboard on the map/);
    await page.keyboard.press('Enter');
    await page.locator('.crosshair').waitFor({ state: 'visible' });
    for (const key of ['ArrowLeft', 'ArrowLeft', 'ArrowUp']) {
      await page.keyboard.press(key);
      await mapSettled(page);
    }
    await session.screenshot('keyboard-crosshair', { fullPage: false });
    await page.keyboard.press('Enter');
    await waitForStatus(page, /Pin placed/);
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Continue/, 'focus moves on to Continue');
    await page.keyboard.press('Enter');
    await tabTo(page, /^\s*Energy\s*$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Title/);
    const keyboardTitle = `Keyboard pin ${stamp}: solar on the school roof`;
    await page.keyboard.type(keyboardTitle);
    await page.keyboard.press('Enter'); // sends the form
    await page.getByRole('heading', { level: 2, name: keyboardTitle }).waitFor();
    const keyboardId = await openContributionId(page);
    assert.ok(keyboardId && keyboardId !== mouseId, 'a second, different contribution');
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), new RegExp(keyboardTitle.slice(0, 20)), 'focus is on the new contribution');
    await waitForPin(page, keyboardId);

    // ---- both on the map, in the list and in the API ----
    const created = [];
    for (const id of [mouseId, keyboardId]) {
      const { status, body } = await api(`/api/v1/contributions/${id}`);
      assert.equal(status, 200, `the API has ${id}`);
      created.push(body);
    }
    assert.equal(created[0].properties.title, mouseTitle);
    assert.equal(created[0].properties.kind, 'issue');
    assert.deepEqual(created[0].properties.themes, ['green_space']);
    assert.equal(created[1].properties.title, keyboardTitle);
    assert.equal(created[1].properties.kind, 'idea');
    assert.deepEqual(created[1].properties.themes, ['energy']);

    await page.evaluate((points) => {
      const lons = points.map((p) => p[0]);
      const lats = points.map((p) => p[1]);
      window.__waymark.map.fitBounds([Math.min(...lons), Math.min(...lats), Math.max(...lons), Math.max(...lats)], { padding: 120, maxZoom: 15, duration: 0 });
    }, created.map((c) => c.geometry.coordinates));
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await mapSettled(page);
    await page.waitForFunction((ids) => ids.every((id) => window.__waymark.renderedPinIds().includes(id)), [mouseId, keyboardId]);
    const cards = page.locator('.cards a');
    await page.waitForFunction(
      (titles) => titles.every((t) => [...document.querySelectorAll('.cards a h3')].some((h) => h.textContent === t)),
      [mouseTitle, keyboardTitle],
    );
    assert.ok((await cards.count()) >= 2);
    const drawn = await renderedPinIds(page);
    assert.ok(drawn.includes(mouseId) && drawn.includes(keyboardId), 'both pins are drawn');
    await session.screenshot('both-pins', { fullPage: false });

    // The one refused request (no theme) is logged by Chromium too; nothing else may be.
    const errors = session.consoleErrors.filter((e) => !/status of 422/.test(e));
    assert.deepEqual(errors, [], `console errors:${listOf(errors)}`);
    const unexpected = realFailures(session.failedRequests).filter((r) => !/contributions: HTTP 422/.test(r));
    assert.deepEqual(unexpected, [], `failed requests (besides the refused form):${listOf(unexpected)}`);
  } catch (err) {
    await session.screenshot('pins-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});

test('on a phone, a pin is added with the keyboard only: placed on the map, then the form', async () => {
  const session = await openPage('/p/milton-keynes', { viewport: { width: 360, height: 740 } });
  const { page } = session;
  try {
    await mapSettled(page);
    await tabTo(page, /^Add your idea$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /Use the keyboard on the map/);
    await page.keyboard.press('Enter');
    await page.locator('.crosshair').waitFor({ state: 'visible' });
    await page.keyboard.press('ArrowUp');
    await mapSettled(page);
    await page.keyboard.press('Enter');
    await waitForStatus(page, /Pin placed/);
    const continueButton = page.getByRole('button', { name: 'Continue' });
    assert.ok(await continueButton.isVisible(), 'Continue can be seen');
    assert.match(await page.evaluate(() => document.activeElement?.textContent ?? ''), /Continue/, 'focus moves on to Continue');
    await session.screenshot('phone-keyboard-placed', { fullPage: false });
    await page.keyboard.press('Enter');
    const title = page.getByLabel('Title');
    await title.waitFor({ state: 'visible' });
    await tabTo(page, /^\s*Energy\s*$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Title/);
    const phoneTitle = `Phone keyboard pin ${stamp}`;
    await page.keyboard.type(phoneTitle);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: phoneTitle }).waitFor();
    const id = await openContributionId(page);
    const { status } = await api(`/api/v1/contributions/${id}`);
    assert.equal(status, 200, 'the API has it');
  } catch (err) {
    await session.screenshot('phone-keyboard-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});
