// The team's tools on a demo project's page (/p/{plan}/projects/{slug}, issue 19). An admin
// puts a new resident on the Springfield project's team (over the API); in the browser that
// member adds a milestone, uploads a PDF (listed, and downloaded with the same bytes) and
// an HTML file named .pdf (refused as 415 by its field, nothing listed), enters a month's
// generation, imports a meter CSV with one bad line (the line is named in an alert, nothing
// is imported) and then a good one (its months are shown), and, keyboard only, adds a team
// member by e-mail: an unknown address first (the server's answer by the field), then theirs.
// axe finds nothing serious with the tools open at 1280 and 360 (screenshots
// target/e2e/project-team-*.png).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { BASE_URL, SCREENSHOT_DIR, addUser, api, assertNoRawCodes, listOf, openPage, seriousA11yViolations, sessionCookie, tabTo } from './lib.mjs';

const PLAN = 'milton-keynes';
const SLUG = 'springfield-centre-solar';
const stamp = Date.now().toString(36);
const password = 'team password for the browser tests';
const ADMIN = { email: `team-admin-${stamp}@example.org`, password };
const MEMBER = { email: `team-member-${stamp}@example.org`, password, name: `Sam ${stamp}` };
const NEWCOMER = { email: `newcomer-${stamp}@example.org`, password, name: `Nadia ${stamp}` };
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

/** A one-page PDF (the server tells a PDF by its `%PDF-` start), unique to this run. */
const PDF = Buffer.from(
  `%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n` +
    `3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 200 200]>> endobj\n% run ${stamp}\ntrailer <</Root 1 0 R>>\n%%EOF\n`,
);
const NOT_A_PDF = Buffer.from(`<!doctype html>\n<html><head><title>Minutes</title></head><body><p>Minutes ${stamp}</p></body></html>\n`);

/** Opens `where` signed in as `who`, at `viewport`. */
async function openAs(who, where, viewport) {
  const session = await openPage('/healthz', { viewport });
  const cookie = await sessionCookie(who.email, who.password);
  const url = new URL(BASE_URL);
  await session.context.addCookies(
    cookie.split('; ').map((pair) => {
      const [name, ...value] = pair.split('=');
      return { name, value: value.join('='), domain: url.hostname, path: '/' };
    }),
  );
  // As after signing in on a page: the pages ask who is signed in only then.
  await session.page.evaluate(() => localStorage.setItem('waymark.signedIn', '1'));
  await session.page.goto(BASE_URL + where);
  return session;
}

async function axeClean(page, where) {
  const violations = await seriousA11yViolations(page, { exclude: [['.maplibregl-canvas']] });
  assert.deepEqual(violations, [], `${where}: ${listOf(violations)}`);
}

/** Saves target/e2e/NAME.png of one part of the page. */
function shot(locator, name) {
  return locator.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`) });
}

/** The project as anyone reads it now, from the API. */
async function projectNow() {
  const res = await api(`/api/v1/plans/${PLAN}/projects/${SLUG}`);
  assert.equal(res.status, 200);
  return res.body;
}

/** Waits until focus is on the element `id` (the page moves it to a section's heading once it is drawn again). */
function focusOn(page, id) {
  return page.waitForFunction((want) => document.activeElement?.id === want, id);
}

/** The generation table's rows as [month, kWh] texts. */
function generationRows(page) {
  return page.locator('table[aria-labelledby="pj-gen-h"] tbody tr').evaluateAll((rows) => rows.map((r) => [r.cells[0].textContent, r.cells[1].textContent]));
}

test("a team member adds a milestone, documents, generation and a teammate from the project's page", async () => {
  addUser(ADMIN, 'admin');
  addUser(MEMBER, 'resident');
  addUser(NEWCOMER, 'resident');
  const project = await projectNow();
  const admin = await sessionCookie(ADMIN.email, ADMIN.password);
  const added = await api(`/api/v1/projects/${project.id}/team`, {
    method: 'POST',
    headers: { cookie: admin, 'X-Requested-With': 'waymark', 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: MEMBER.email }),
  });
  assert.equal(added.status, 204, JSON.stringify(added.body));

  const session = await openAs(MEMBER, `/p/${PLAN}/projects/${SLUG}`, DESKTOP);
  const { page } = session;
  try {
    const tools = page.locator('section.pj-team-tools');
    await page.getByRole('heading', { level: 2, name: 'For the team' }).waitFor();

    // A milestone: it shows in the list, with its month.
    const milestone = `Roof survey done ${stamp}`;
    await tools.getByLabel('The milestone', { exact: true }).fill(milestone);
    await tools.getByLabel('Due in (optional)').fill('2027-03');
    await tools.getByRole('button', { name: 'Add the milestone' }).click();
    const milestones = page.locator('section[aria-labelledby="pj-ms-h"]');
    await focusOn(page, 'pj-ms-h');
    assert.match(await milestones.getByRole('listitem').filter({ hasText: milestone }).innerText(), /due in March 2027/);

    // A PDF: listed, and downloaded with the bytes sent.
    const report = `Roof survey report ${stamp}`;
    await tools.getByLabel('Title of the document').fill(report);
    await tools.getByLabel('The file', { exact: true }).setInputFiles({ name: 'roof-survey.pdf', mimeType: 'application/pdf', buffer: PDF });
    await tools.getByRole('button', { name: 'Add the document' }).click();
    const documents = page.locator('section[aria-labelledby="pj-docs-h"]');
    await focusOn(page, 'pj-docs-h');
    const link = documents.getByRole('link', { name: report });
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    assert.ok((await readFile(await download.path())).equals(PDF), 'the document downloads with the bytes uploaded');
    assert.match(download.suggestedFilename(), /\.pdf$/);

    // An HTML page named .pdf: refused (415) by the file field, and nothing is listed.
    const fake = `Not really a PDF ${stamp}`;
    await tools.getByLabel('Title of the document').fill(fake);
    const fileInput = tools.getByLabel('The file', { exact: true });
    await fileInput.setInputFiles({ name: 'minutes.pdf', mimeType: 'application/pdf', buffer: NOT_A_PDF });
    await tools.getByRole('button', { name: 'Add the document' }).click();
    await tools.getByText(/^This file was not added: only PDF files, office documents .* can be uploaded here$/).waitFor();
    assert.equal(await fileInput.getAttribute('aria-invalid'), 'true');
    assert.ok(await fileInput.evaluate((el) => el === document.activeElement), 'focus moves to the refused file');
    assert.ok(session.failedRequests.some((r) => /\/documents\?.*: HTTP 415$/.test(r)), 'the server refused it as 415');
    assert.equal(await page.getByRole('link', { name: fake }).count(), 0);
    const stored = (await projectNow()).documents.filter((d) => d.title.includes(stamp));
    assert.deepEqual(stored.map((d) => d.title), [report], 'only the PDF is stored');
    await shot(tools.locator('form').filter({ has: page.getByLabel('The file', { exact: true }) }), 'project-team-document-refused-1280');

    // One month typed in: it shows in the generation table.
    const kwh = 1000 + (Date.now() % 900);
    await tools.getByLabel('Month', { exact: true }).fill('2024-03');
    await tools.getByLabel('Energy generated (kWh)').fill(String(kwh));
    await tools.getByRole('button', { name: 'Save the month' }).click();
    await focusOn(page, 'pj-gen-h');
    assert.deepEqual((await generationRows(page)).find(([month]) => month === 'March 2024'), ['March 2024', kwh.toLocaleString('en-GB')]);

    // A meter file with one bad line: that line is named, in an alert with focus; nothing is imported.
    const before = (await projectNow()).generation;
    const csv = tools.getByLabel("The meter's CSV file");
    await csv.setInputFiles({ name: 'meter.csv', mimeType: 'text/csv', buffer: Buffer.from('month,kwh\n2024-04,1100\n2024-05,lots\n2024-06,1300\n') });
    await tools.getByRole('button', { name: 'Import the readings' }).click();
    const summary = tools.getByRole('alert').filter({ hasText: 'Nothing was imported' });
    await summary.waitFor();
    assert.deepEqual(await summary.getByRole('listitem').allInnerTexts(), ['Line 3: the kWh is not a number']);
    assert.ok(await summary.evaluate((el) => el === document.activeElement), 'focus moves to the list of bad lines');
    assert.equal(await csv.getAttribute('aria-invalid'), 'true');
    assert.deepEqual((await projectNow()).generation, before, 'nothing of the bad file is written');
    await axeClean(page, 'project page, tools with errors, 1280');
    await shot(tools.locator('form').filter({ has: page.getByLabel("The meter's CSV file") }), 'project-team-import-refused-1280');

    // The corrected file: its months show.
    await csv.setInputFiles({ name: 'meter.csv', mimeType: 'text/csv', buffer: Buffer.from('month,kwh\n2024-04,1100\n2024-05,1250.5\n2024-06,1300\n') });
    await tools.getByRole('button', { name: 'Import the readings' }).click();
    await focusOn(page, 'pj-gen-h');
    const rows = await generationRows(page);
    for (const row of [['April 2024', '1,100'], ['May 2024', '1,251'], ['June 2024', '1,300'], ['March 2024', kwh.toLocaleString('en-GB')]]) {
      assert.ok(rows.some((r) => r[0] === row[0] && r[1] === row[1]), `${row.join(': ')} in ${JSON.stringify(rows)}`);
    }

    // Keyboard only, from the generation heading: an address with no account, then theirs.
    await tabTo(page, /^Their e-mail address$/, { max: 120 });
    await page.keyboard.type(`nobody-${stamp}@example.org`);
    await tabTo(page, /^Add to the team$/, { max: 3 });
    await page.keyboard.press('Enter');
    const email = tools.getByLabel('Their e-mail address');
    await tools.getByText('Check this: no account has this address: ask them to sign up first').waitFor();
    assert.ok(await email.evaluate((el) => el === document.activeElement), 'focus moves back to the address');
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(NEWCOMER.email);
    await page.keyboard.press('Enter');
    const team = page.locator('section[aria-labelledby="pj-team-h"]');
    await focusOn(page, 'pj-team-h');
    assert.match(await team.getByRole('listitem').filter({ hasText: NEWCOMER.name }).innerText(), /team member/);

    await axeClean(page, 'project page, tools open, 1280');
    await assertNoRawCodes(page);
    await session.screenshot('project-team-1280');
    await shot(tools, 'project-team-tools-1280');
    for (const [id, name] of [['pj-ms-h', 'milestones'], ['pj-docs-h', 'documents'], ['pj-team-h', 'team']]) {
      await shot(page.locator(`section[aria-labelledby="${id}"]`), `project-team-${name}-1280`);
    }

    // On a phone: the same page, tools open, nothing scrolls sideways.
    await page.setViewportSize(PHONE);
    await axeClean(page, 'project page, tools open, 360');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= PHONE.width, `the page at 360 is ${wide} px wide: nothing should scroll sideways`);
    await session.screenshot('project-team-360');
    await shot(tools, 'project-team-tools-360');
    await shot(page.locator('section[aria-labelledby="pj-fig-h"]'), 'project-team-generation-360');
    await tools.getByRole('heading', { name: "Import a meter's readings" }).scrollIntoViewIfNeeded();
    await session.screenshot('project-team-import-360', { fullPage: false });

    // The refusals the steps asked for, and nothing else.
    const expected = [/\/documents\?.*: HTTP 415$/, /\/generation\/import: HTTP 422$/, /\/team: HTTP 422$/];
    assert.deepEqual(session.failedRequests.filter((r) => !expected.some((re) => re.test(r))), []);
    assert.deepEqual(session.consoleErrors.filter((e) => !/status of (415|422)/.test(e)), []);
  } finally {
    await session.close();
  }
});
