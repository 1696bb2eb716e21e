// axe-core finds no serious or critical WCAG 2.2 AA problem on the plan page, the list,
// a contribution and the add form (with its error messages showing), on a phone, a laptop
// and a projector.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listOf, mapSettled, openPage, seriousA11yViolations } from './lib.mjs';

const VIEWPORTS = [
  { name: 'phone', width: 360, height: 740 },
  { name: 'laptop', width: 1280, height: 800 },
  { name: 'projector', width: 1920, height: 1080 },
];

for (const vp of VIEWPORTS) {
  test(`no serious accessibility problems at ${vp.width}×${vp.height}`, async () => {
    const session = await openPage('/p/milton-keynes', { viewport: { width: vp.width, height: vp.height } });
    const { page } = session;
    const found = {};
    const check = async (name) => {
      found[name] = await seriousA11yViolations(page);
      await session.screenshot(`a11y-${vp.name}-${name}`, { fullPage: false });
    };
    try {
      await mapSettled(page);
      await page.locator('.cards a').first().waitFor({ state: 'attached' });
      await check('plan');

      // The list, with the filters open.
      const listButton = page.getByRole('button', { name: 'List', exact: true });
      if (await listButton.isVisible()) {
        await listButton.click();
        assert.equal(await listButton.getAttribute('aria-pressed'), 'true');
      }
      await page.getByRole('button', { name: /^Filters/ }).click();
      await page.locator('.cards a').first().waitFor();
      await check('list');

      // One contribution.
      await page.locator('.cards a').first().click();
      await page.getByRole('button', { name: /Support/ }).waitFor();
      await check('detail');
      await page.getByRole('button', { name: 'Back to the list' }).click();

      // Adding, without the map: a neighbourhood from the list (phone) or typed (laptop).
      await page.getByRole('button', { name: 'Add your idea' }).click();
      await page.getByRole('heading', { name: 'Step 1 of 2: where is it?' }).waitFor();
      await check('add-where');
      if (vp.name === 'phone') {
        await page.getByLabel('Neighbourhood', { exact: true }).selectOption({ label: 'Conniburrow' });
      } else {
        await page.getByLabel('Or type a place').fill('conni');
        await page.getByRole('button', { name: 'Find' }).click();
      }
      await page.getByText('Your pin: near Conniburrow').first().waitFor();
      await page.getByRole('button', { name: 'Continue' }).click();
      await page.getByRole('button', { name: 'Add to the map' }).click();
      await page.locator('.error-summary').waitFor();
      assert.equal(
        await page.getByRole('radio', { name: 'Only the neighbourhood' }).isChecked(),
        true,
        'a place chosen by neighbourhood is shown at the neighbourhood',
      );
      await check('add-form');

      const all = Object.entries(found).flatMap(([where, vs]) => vs.map((v) => ({ where, ...v })));
      assert.deepEqual(all, [], `serious or critical axe violations:${listOf(all)}`);
    } catch (err) {
      await session.screenshot(`a11y-${vp.name}-failure`, { fullPage: false });
      throw err;
    } finally {
      await session.close();
    }
  });
}
