// The monthly dialogue report as a page and as a PDF. A mobiliser records two conversations
// this month, one the resident agreed to publish (which the mobiliser then picks as a quote
// with "Quote in the monthly report" on its page, on a phone, axe clean) and one kept internal. The HTML report has no script and passes axe (no serious or
// critical violations, screen and print media) with no console error; Chromium prints it to
// PDF (target/e2e/dialogue-report.pdf), and the PDF is checked by rendering it: poppler draws
// every page (none blank). The first page shows the city map's shades and the themes' bars
// (kept as target/e2e/dialogue-report-page1.png); every neighbourhood's map page shows the
// basemap's streets (Fishermead's kept as target/e2e/dialogue-report-fishermead.png). Its text
// read back has the title, every neighbourhood, every featured quote, no raw code, and never
// the internal conversation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BASE_URL, SCREENSHOT_DIR, api, listOf, openPage, rawCodesIn, realFailures, seriousA11yViolations, sessionCookie } from './lib.mjs';

const EMAIL = process.env.E2E_MOBILISER_EMAIL ?? 'mobiliser@example.org';
const PASSWORD = process.env.E2E_MOBILISER_PASSWORD ?? 'mobiliser password for the browser tests';
const stamp = Date.now().toString(36);
const today = new Date().toISOString().slice(0, 10);
const month = today.slice(0, 7);

/** Records a conversation; its id. */
async function recordConversation(cookie, title, consent) {
  const res = await fetch(`${BASE_URL}/api/v1/plans/milton-keynes/conversations`, {
    method: 'POST',
    headers: { 'content-type': 'application/geo+json', 'x-requested-with': 'waymark-e2e', cookie },
    body: JSON.stringify({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [-0.749, 52.035] },
      properties: {
        kind: 'idea', themes: ['community'], title,
        body: `Said on the door step (${consent}).`, precision: 'street',
        on_behalf_of: 'A resident of Fishermead', channel: 'door_step',
        conversation_date: today, consent,
      },
    }),
  });
  const body = await res.json();
  assert.equal(res.status, 201, `${title}: ${JSON.stringify(body)}`);
  return body.id;
}

/** Pixels of a binary PPM (P6) image within `tolerance` of any of `colours` (#rrggbb). */
function pixelsOf(ppm, colours, tolerance = 18) {
  const header = /^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(ppm.subarray(0, 64).toString('latin1'));
  assert.ok(header, 'pdftoppm wrote a PPM');
  const rgb = colours.map((c) => [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)));
  const pixels = ppm.subarray(header[0].length);
  let found = 0;
  for (let i = 0; i + 2 < pixels.length; i += 3) {
    if (rgb.some(([r, g, b]) => Math.abs(pixels[i] - r) <= tolerance && Math.abs(pixels[i + 1] - g) <= tolerance
      && Math.abs(pixels[i + 2] - b) <= tolerance)) found++;
  }
  return found;
}

/** A colour seen through the white veil the neighbourhood map lays outside the outline. */
const faded = (c) => '#' + [1, 3, 5].map((i) => Math.round(parseInt(c.slice(i, i + 2), 16) * 0.45 + 255 * 0.55)
  .toString(16).padStart(2, '0')).join('');

/** The share of dark pixels in a binary PGM (P5) image. */
function inkShare(pgm) {
  const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'));
  assert.ok(header, 'pdftoppm wrote a PGM');
  const [whole, w, h] = header;
  const pixels = pgm.subarray(whole.length);
  let dark = 0;
  for (const v of pixels) if (v < 160) dark++;
  return dark / (Number(w) * Number(h));
}

const squash = (s) => s.replace(/\s+/g, ' ').trim();

test('the dialogue report passes axe, prints to a clean PDF, and quotes only what residents agreed to publish', async () => {
  const cookie = await sessionCookie(EMAIL, PASSWORD);
  const internalTitle = `Kept internal ${stamp}`;
  await recordConversation(cookie, internalTitle, 'internal');
  const published = await recordConversation(cookie, `Agreed to publish ${stamp}`, 'publish');

  // The mobiliser picks the published conversation as a quote, on its page, on a phone.
  const phone = await openPage(`/account/signin?next=${encodeURIComponent('/p/milton-keynes')}`, { viewport: { width: 360, height: 740 } });
  try {
    const { page } = phone;
    await page.getByLabel('E-mail address').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/p/milton-keynes');
    await page.goto(`${BASE_URL}/p/milton-keynes#/c/${published}`, { waitUntil: 'networkidle' });
    // A phone shows the map first; the contribution's page is under "List".
    await page.getByRole('button', { name: 'List', exact: true }).click();
    const toggle = page.getByRole('button', { name: 'Quote in the monthly report' });
    await toggle.waitFor();
    assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
    await toggle.click();
    await page.locator('.quote-toggle[aria-pressed="true"]').waitFor();
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe (the quote toggle):${listOf(violations)}`);
    await phone.screenshot('dialogue-report-quote-toggle', { fullPage: false });
    assert.deepEqual(phone.consoleErrors, [], `console errors:${listOf(phone.consoleErrors)}`);
  } finally {
    await phone.close();
  }
  const featured = await fetch(`${BASE_URL}/api/v1/contributions/${published}/featured`, { headers: { cookie } });
  assert.deepEqual(await featured.json(), { featured: true }, 'the server has the pick');

  const json = await api(`/api/v1/plans/milton-keynes/reports/dialogue?month=${month}`);
  assert.equal(json.status, 200);
  const active = json.body.neighbourhoods.filter((n) => n.total.this_month > 0);
  assert.ok(active.some((n) => n.slug === 'fishermead'), 'Fishermead has this month\'s conversations');
  const quotes = active.flatMap((n) => n.quotes);
  assert.ok(quotes.length > 0, 'the month has quotes');
  assert.ok(!quotes.some((q) => q.title === internalTitle), 'the internal conversation is not a quote');
  assert.ok(quotes.some((q) => q.title === `Agreed to publish ${stamp}`), 'the featured conversation is a quote');

  const session = await openPage(`/api/v1/plans/milton-keynes/reports/dialogue?month=${month}&format=html`, {
    viewport: { width: 1280, height: 800 },
  });
  const work = await mkdtemp(path.join(os.tmpdir(), 'waymark-report-'));
  try {
    const { page } = session;
    assert.equal(session.response.status(), 200);
    const title = await page.title();
    assert.match(title, new RegExp(`^Dialogue report: .+, \\w+ ${month.slice(0, 4)}$`));
    const content = await page.content();
    assert.ok(!content.includes(internalTitle), 'the page never quotes the internal conversation');
    assert.equal(await page.locator('script').count(), 0, 'the report has no script');
    assert.equal(await page.locator('svg.choropleth path.area').count(), json.body.neighbourhoods.length,
      'the city map has every neighbourhood');
    assert.equal(await page.locator('svg.neighbourhood g.basemap').count(), json.body.neighbourhoods.length,
      'every neighbourhood has its basemap map');

    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe (screen):${listOf(violations)}`);
    await page.emulateMedia({ media: 'print' });
    const printViolations = await seriousA11yViolations(page);
    assert.deepEqual(printViolations, [], `axe (print):${listOf(printViolations)}`);

    const pdf = await page.pdf({ format: 'A4', printBackground: true, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    const pdfFile = path.join(SCREENSHOT_DIR, 'dialogue-report.pdf');
    await writeFile(pdfFile, pdf);

    // Every page drawn by poppler, none blank.
    execFileSync('pdftoppm', ['-r', '40', '-gray', pdfFile, path.join(work, 'page')]);
    const pages = (await readdir(work)).filter((f) => f.endsWith('.pgm')).sort();
    // The overview, then each neighbourhood's section on a page of its own when printed.
    const all = json.body.neighbourhoods.length;
    assert.ok(pages.length >= all + 1, `${pages.length} pages for ${all} neighbourhoods`);
    for (const p of pages) {
      const share = inkShare(await readFile(path.join(work, p)));
      assert.ok(share > 0.002, `${p} is blank (${(share * 100).toFixed(3)}% ink)`);
    }
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdfFile, path.join(work, 'first')]);
    await copyFile(path.join(work, 'first.png'), path.join(SCREENSHOT_DIR, 'dialogue-report-page1.png'));

    // The overview page shows the city map's shades and the themes' bars.
    execFileSync('pdftoppm', ['-r', '50', '-f', '1', '-l', '1', '-singlefile', pdfFile, path.join(work, 'overview')]);
    const overview = await readFile(path.join(work, 'overview.ppm'));
    const shades = pixelsOf(overview, ['#dadaeb', '#bcbddc', '#9e9ac8', '#756bb1', '#54278f'], 8);
    assert.ok(shades > 2000, `page 1 shows the shaded city map (${shades} shaded pixels)`);
    const bars = pixelsOf(overview, ['#8c86c0'], 6);
    assert.ok(bars > 200, `page 1 shows the themes' bars (${bars} pixels)`);
    const overviewText = squash(execFileSync('pdftotext', ['-f', '1', '-l', '1', '-enc', 'UTF-8', pdfFile, '-']).toString('utf8'));
    assert.ok(overviewText.includes('City overview') && overviewText.includes('Headline themes this month'), overviewText);

    // Every neighbourhood's map is drawn over the basemap: its streets show on the page
    // that holds the map's caption.
    const pageCount = pages.length;
    const pageText = [];
    for (let p = 1; p <= pageCount; p++) {
      pageText.push(squash(execFileSync('pdftotext', ['-f', `${p}`, '-l', `${p}`, '-enc', 'UTF-8', pdfFile, '-']).toString('utf8')));
    }
    const streets = ['#e3a75b', '#c9b78e', '#b8b8b8'];
    for (const n of json.body.neighbourhoods) {
      const at = pageText.findIndex((t) => t.includes(`Map of ${n.name} with`));
      assert.ok(at > 0, `${n.name}'s map is on a page of its own after the overview`);
      execFileSync('pdftoppm', ['-r', '50', '-f', `${at + 1}`, '-l', `${at + 1}`, '-singlefile', pdfFile, path.join(work, 'hood')]);
      const street = pixelsOf(await readFile(path.join(work, 'hood.ppm')), [...streets, ...streets.map(faded)], 8);
      assert.ok(street > 30, `${n.name}'s map shows streets (${street} pixels)`);
      if (n.slug === 'fishermead') {
        execFileSync('pdftoppm', ['-r', '80', '-png', '-f', `${at + 1}`, '-l', `${at + 1}`, '-singlefile', pdfFile, path.join(work, 'fishermead')]);
        await copyFile(path.join(work, 'fishermead.png'), path.join(SCREENSHOT_DIR, 'dialogue-report-fishermead.png'));
      }
    }

    // The text read back from the PDF: nothing cut off, nothing internal.
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-']).toString('utf8'));
    assert.ok(text.includes(squash(title)), 'the title is in the PDF');
    for (const n of json.body.neighbourhoods) assert.ok(text.includes(n.name), `${n.name} is in the PDF`);
    for (const q of quotes) {
      assert.ok(text.includes(squash(q.title)), `the quote "${q.title}" is in the PDF`);
      assert.ok(text.includes(squash(q.text)), `the words of "${q.title}" are in the PDF`);
    }
    assert.deepEqual(await rawCodesIn(text), [], 'the PDF shows no raw code');
    assert.ok(!text.includes(internalTitle), 'the PDF never quotes the internal conversation');
    assert.ok(!text.includes('Said on the door step (internal)'), 'nor its words');

    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    const failures = realFailures(session.failedRequests);
    assert.deepEqual(failures, [], `failed requests:${listOf(failures)}`);
  } finally {
    await session.close();
    await rm(work, { recursive: true, force: true });
  }
});
