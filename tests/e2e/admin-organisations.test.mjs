// Organisations in the admin console (issue 23): an admin adds "Testville Highways" to the
// demo plan from its page in /admin (an empty name and a taken address are refused beside
// their fields), makes a resident's account its responder from the Users section, and the
// audit log has both; the new responder, signed in on the plan map, gets "Answer
// contributions". axe-core at 360 and 1280 px on the Organisations section and the Users card.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addUser, api, listOf, mapSettled, openPage, realFailures, seriousA11yViolations, sessionCookie } from './lib.mjs';

const stamp = Date.now().toString(36);
const PHONE = { width: 360, height: 740 };
const LAPTOP = { width: 1280, height: 800 };
const PLAN = 'milton-keynes';
const PLAN_TITLE_PATTERN = /Milton Keynes/;
const ORG = { name: 'Testville Highways', slug: `testville-highways-${stamp}` };
const ADMIN = { email: `org-admin-${stamp}@example.org`, password: 'admin password for the browser tests' };
const PERSON = { email: `highways-${stamp}@example.org`, password: 'a long password for the highways responder' };

/** axe on `include` at 360 px and at 1280 px (screenshots of both), leaving the page at 1280 px. */
async function checkBothSizes(session, name, include, found) {
  for (const [size, viewport] of [['360', PHONE], ['1280', LAPTOP]]) {
    await session.page.setViewportSize(viewport);
    found[`${name}-${size}`] = await seriousA11yViolations(session.page, { include: [[include]] });
    await session.screenshot(`admin-${name}-${size}`, { fullPage: true });
  }
}

test('an admin adds an organisation to a plan and makes an account its responder, who can then answer', async () => {
  addUser(ADMIN, 'admin');
  addUser(PERSON, 'resident');
  const admin = await openPage(`/admin?plan=${PLAN}`, { viewport: LAPTOP });
  const { page } = admin;
  const found = {};
  let responder;
  try {
    await page.getByLabel('Email').fill(ADMIN.email);
    await page.getByLabel('Password').fill(ADMIN.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const section = page.getByRole('region', { name: 'Organisations', exact: true });
    await section.waitFor();
    const orgTable = section.getByRole('table');

    // Nothing typed: refused beside the name, before anything is sent.
    await section.getByRole('button', { name: 'Add the organisation' }).click();
    await section.getByText('Give the organisation a name').first().waitFor();
    assert.equal(await section.getByLabel('Name', { exact: true }).getAttribute('aria-invalid'), 'true');

    await section.getByLabel('Name', { exact: true }).fill(ORG.name);
    await section.getByLabel('Address (optional)').fill(ORG.slug);
    await section.getByLabel('Kind').selectOption('council');
    await section.getByRole('button', { name: 'Add the organisation' }).click();
    await section.getByText(`Added the organisation ‘${ORG.name}’.`).waitFor();
    const row = orgTable.getByRole('row', { name: new RegExp(ORG.name) });
    assert.match(await row.textContent(), new RegExp(`${ORG.name}.*Council.*${ORG.slug}`));

    // The same address again: the server's 409, shown beside the address.
    await section.getByLabel('Name', { exact: true }).fill(`${ORG.name} again`);
    await section.getByLabel('Address (optional)').fill(ORG.slug);
    await section.getByRole('button', { name: 'Add the organisation' }).click();
    await section.getByText('This plan already has an organisation at this address').first().waitFor();
    assert.equal(await section.getByLabel('Address (optional)').getAttribute('aria-invalid'), 'true');
    // A bad address: the server's 422, shown beside the address too.
    await section.getByLabel('Address (optional)').fill('Not A Slug!');
    await section.getByRole('button', { name: 'Add the organisation' }).click();
    await section.locator('.field-error:not([hidden])').first().waitFor();
    assert.equal(await section.getByLabel('Address (optional)').getAttribute('aria-invalid'), 'true');
    await checkBothSizes(admin, 'organisations', '#admin-organisations', found);

    // Users: the role select does not offer "responder"; "Make responder" does, with an organisation.
    await page.getByRole('navigation', { name: 'Administration sections' }).getByRole('link', { name: 'Users' }).click();
    await page.getByLabel('Name or e-mail address').fill(PERSON.email);
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('1 account found.').waitFor();
    const card = page.getByRole('listitem', { name: PERSON.email });
    const roles = await card.getByLabel(`Role of ${PERSON.email}`).locator('option').evaluateAll((os) => os.map((o) => o.value));
    assert.ok(!roles.includes('responder'), `no bare change to responder: ${roles}`);
    const orgSelect = card.getByLabel(`Make ${PERSON.email} a responder for`);
    const choice = await orgSelect.locator('option', { hasText: ORG.name }).evaluate((o) => ({ value: o.value, text: o.textContent }));
    assert.match(choice.text, PLAN_TITLE_PATTERN, 'each organisation is named with its plan');
    await orgSelect.selectOption(choice.value);
    await card.getByRole('button', { name: 'Make responder' }).click();
    await card.getByText(`${PERSON.email} now answers for ${ORG.name}.`).waitFor();
    assert.match(await card.locator('.admin-user-facts').textContent(), /responder for an organisation/);
    await checkBothSizes(admin, 'users-responder', '.admin-card', found);

    // Both are in the audit log, done by the admin.
    const cookie = await sessionCookie(ADMIN.email, ADMIN.password);
    const audited = async (action) => {
      const { status, body } = await api(`/api/v1/audit?action=${action}&limit=50`, { headers: { Cookie: cookie } });
      assert.equal(status, 200);
      return body.entries;
    };
    const created = (await audited('organisation.create')).find((e) => e.after?.slug === ORG.slug);
    assert.ok(created, 'organisation.create is audited');
    const made = (await audited('user.make_responder')).find((e) => e.after?.organisation === ORG.slug);
    assert.ok(made, 'the responder change is audited');
    assert.equal(made.after.role, 'responder');
    assert.equal(made.actor, created.actor, 'both by the admin');

    // The new responder signs in on the plan map and gets the answering tools.
    responder = await openPage(`/account/signin?next=${encodeURIComponent(`/p/${PLAN}`)}`, { viewport: LAPTOP });
    await responder.page.getByLabel('E-mail address').fill(PERSON.email);
    await responder.page.getByLabel('Password').fill(PERSON.password);
    await responder.page.getByRole('button', { name: 'Sign in' }).click();
    await responder.page.waitForURL(/\/p\/milton-keynes/);
    await mapSettled(responder.page);
    await responder.page.getByRole('region', { name: 'Answer contributions' }).waitFor();
    await responder.screenshot('admin-organisations-responder-1280', { fullPage: false });

    const violations = Object.entries(found).flatMap(([where, vs]) => vs.map((v) => ({ where, ...v })));
    assert.deepEqual(violations, [], `serious or critical axe violations:${listOf(violations)}`);
    const expected = [/\/api\/v1\/me: HTTP 401$|status of 401/, /HTTP 409$|status of 409/, /HTTP 422$|status of 422/];
    const unexpected = (list) => list.filter((line) => !expected.some((p) => p.test(line)));
    assert.deepEqual(unexpected(admin.consoleErrors), [], `console errors:${listOf(admin.consoleErrors)}`);
    assert.deepEqual(unexpected(realFailures(admin.failedRequests)), [], `failed requests:${listOf(admin.failedRequests)}`);
  } catch (err) {
    await admin.screenshot('admin-organisations-failure', { fullPage: true });
    await responder?.screenshot('admin-organisations-failure-responder', { fullPage: false });
    throw err;
  } finally {
    await admin.close();
    await responder?.close();
  }
});
