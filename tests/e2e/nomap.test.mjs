// Without a map: on a device that cannot draw it (no WebGL), the list, the detail and
// adding by neighbourhood still work.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, listOf, openContributionId, openPage, realFailures } from './lib.mjs';

test('with no WebGL, a resident browses the list and adds an idea by choosing a neighbourhood', async () => {
  const session = await openPage('/p/milton-keynes', { extraArgs: ['--disable-webgl', '--disable-3d-apis'] });
  const { page } = session;
  try {
    await page.getByText('The map could not be shown on this device').waitFor();
    await page.locator('.cards a').first().waitFor();
    assert.ok((await page.locator('.cards a').count()) >= 10, 'the list shows the whole plan');
    await session.screenshot('no-map', { fullPage: false });

    await page.getByRole('button', { name: 'Add your idea' }).click();
    assert.equal(await page.getByRole('button', { name: 'Use the keyboard on the map' }).count(), 0, 'no map instructions without a map');
    await page.getByLabel('Or type a place').fill('Beanhill');
    await page.getByLabel('Or type a place').press('Enter');
    await page.getByText('Your pin: near Beanhill').first().waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    const title = `No map ${Date.now().toString(36)}: a bench at the bus stop`;
    await page.getByRole('checkbox', { name: 'Getting around' }).check();
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Add to the map' }).click();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const id = await openContributionId(page);
    const { body } = await api(`/api/v1/contributions/${id}`);
    assert.equal(body.properties.title, title);
    assert.equal(body.properties.neighbourhood, 'beanhill');
    assert.equal(body.properties.precision, 'neighbourhood');

    await page.getByRole('button', { name: 'Back to the list' }).click();
    await page.locator('.cards a h3', { hasText: title }).waitFor();
    // MapLibre reports the missing WebGL itself; nothing else may go wrong.
    const errors = session.consoleErrors.filter((e) => !/WebGL/i.test(e));
    assert.deepEqual(errors, [], `console errors:${listOf(errors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
  } catch (err) {
    await session.screenshot('no-map-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});
