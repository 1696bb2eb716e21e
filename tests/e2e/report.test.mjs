// The monthly dialogue report as a page and as a PDF. A mobiliser records two conversations
// this month, one the resident agreed to publish and one kept internal. The HTML report passes
// axe (no serious or critical violations) with no console error; Chromium prints it to PDF
// (target/e2e/dialogue-report.pdf), and the PDF is checked by rendering it: poppler draws every
// page (none blank; page 1 kept as target/e2e/dialogue-report-page1.png) and reads its text
// back: the title, every neighbourhood with activity, every quote the JSON report lists, and
// never the internal conversation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile, mkdir, copyFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { BASE_URL, SCREENSHOT_DIR, api, listOf, openPage, realFailures, seriousA11yViolations, sessionCookie } from './lib.mjs';

const EMAIL = process.env.E2E_MOBILISER_EMAIL ?? 'mobiliser@example.org';
const PASSWORD = process.env.E2E_MOBILISER_PASSWORD ?? 'mobiliser password for the browser tests';
const stamp = Date.now().toString(36);
const today = new Date().toISOString().slice(0, 10);
const month = today.slice(0, 7);

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
  assert.equal(res.status, 201, `${title}: ${await res.text()}`);
}

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
  await recordConversation(cookie, `Agreed to publish ${stamp}`, 'publish');

  const json = await api(`/api/v1/plans/milton-keynes/reports/dialogue?month=${month}`);
  assert.equal(json.status, 200);
  const active = json.body.neighbourhoods.filter((n) => n.total.this_month > 0);
  assert.ok(active.some((n) => n.slug === 'fishermead'), 'Fishermead has this month\'s conversations');
  const quotes = active.flatMap((n) => n.quotes);
  assert.ok(quotes.length > 0, 'the month has quotes');
  assert.ok(!quotes.some((q) => q.title === internalTitle), 'the internal conversation is not a quote');

  const session = await openPage(`/api/v1/plans/milton-keynes/reports/dialogue?month=${month}&format=html`, {
    viewport: { width: 1280, height: 800 },
  });
  const work = await mkdtemp(path.join(os.tmpdir(), 'waymark-report-'));
  try {
    const { page } = session;
    assert.equal(session.response.status(), 200);
    const title = await page.title();
    assert.match(title, new RegExp(`^Dialogue report: .+, \\w+ ${month.slice(0, 4)}$`));
    assert.ok(!(await page.content()).includes(internalTitle), 'the page never quotes the internal conversation');

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
    // Each neighbourhood's section starts a page when printed.
    assert.ok(pages.length >= active.length, `${pages.length} pages for ${active.length} neighbourhoods`);
    for (const p of pages) {
      const share = inkShare(await readFile(path.join(work, p)));
      assert.ok(share > 0.002, `${p} is blank (${(share * 100).toFixed(3)}% ink)`);
    }
    execFileSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', pdfFile, path.join(work, 'first')]);
    await copyFile(path.join(work, 'first.png'), path.join(SCREENSHOT_DIR, 'dialogue-report-page1.png'));

    // The text read back from the PDF: nothing cut off, nothing internal.
    const text = squash(execFileSync('pdftotext', ['-enc', 'UTF-8', pdfFile, '-']).toString('utf8'));
    assert.ok(text.includes(squash(title)), 'the title is in the PDF');
    for (const n of active) assert.ok(text.includes(n.name), `${n.name} is in the PDF`);
    for (const q of quotes) {
      assert.ok(text.includes(squash(q.title)), `the quote "${q.title}" is in the PDF`);
      assert.ok(text.includes(squash(q.text)), `the words of "${q.title}" are in the PDF`);
    }
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
