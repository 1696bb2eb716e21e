// "I'd like help with this" on an energy pin: the pin's detail offers it (only on energy
// pins); pressing it tells the champions of the pin's neighbourhood (the demo's Fatima
// covers Fishermead), and the page says so. A pin about something else has no button.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, listOf, openPage, seriousA11yViolations } from './lib.mjs';

const stamp = Date.now().toString(36);

async function pin(title, themes) {
  const created = await api('/api/v1/plans/milton-keynes/contributions', {
    method: 'POST',
    headers: { 'Content-Type': 'application/geo+json', 'Idempotency-Key': crypto.randomUUID() },
    body: JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-0.749, 52.035] },
      properties: { kind: 'idea', themes, title, body: 'Could our block share solar panels?', display_name: 'Ana', precision: 'exact' },
    }),
  });
  assert.equal(created.status, 201, JSON.stringify(created.body));
  return created.body.id;
}

test("a resident asks the neighbourhood's energy champions for help from an energy pin", async () => {
  const energy = await pin(`Shared solar ${stamp}`, ['energy']);
  const other = await pin(`Bench ${stamp}`, ['community']);
  // At 1280 a deep link opens the detail beside the map (at 360 the map tab shows first).
  const session = await openPage(`/p/milton-keynes#/c/${energy}`, { viewport: { width: 1280, height: 800 } });
  const { page } = session;
  try {
    const ask = page.getByRole('button', { name: "I'd like help with this" });
    await ask.waitFor();
    await ask.focus();
    await page.keyboard.press('Enter');
    // Fatima (demo) covers Fishermead; other tests may have registered more champions there.
    await page.locator('.help-said', { hasText: /energy champions? for Fishermead (was|were) told/ }).waitFor();
    assert.equal(await ask.isDisabled(), true);
    const violations = await seriousA11yViolations(page, { exclude: [['.maplibregl-canvas']] });
    assert.deepEqual(violations, [], listOf(violations));
    await session.screenshot('help-asked-1280');
    await page.goto(page.url().replace(energy, other));
    await page.getByRole('heading', { name: `Bench ${stamp}` }).waitFor();
    assert.equal(await page.getByRole('button', { name: "I'd like help with this" }).count(), 0);
  } catch (err) {
    await session.screenshot('help-failed');
    throw err;
  } finally {
    await session.close();
  }
});
