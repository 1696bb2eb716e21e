// Helpers for Waymark's browser tests: Debian's Chromium driven by playwright-core (which
// never downloads a browser), page problems collected as a user would notice them, and
// axe-core accessibility checks.
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { chromium } from 'playwright-core';
import axe from 'axe-core';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where screenshots go: target/e2e/NAME.png under the checkout. */
export const SCREENSHOT_DIR = path.join(ROOT, 'target', 'e2e');

/** The server under test; tests/e2e/run.sh exports it. */
export const BASE_URL = (process.env.WAYMARK_URL ?? 'http://127.0.0.1:8080').replace(/\/$/, '');

/** The only host a page may contact: everything must work without the internet. */
const ALLOWED_HOST = '127.0.0.1';

// Without the background-networking flags Chromium keeps trying to reach Google's
// services, which this machine's closed network refuses.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Launches Chromium (with `extraArgs` besides the usual flags) and opens BASE_URL + urlPath.
 * Service workers are blocked unless `serviceWorkers: 'allow'` (the offline field page).
 * Resolves to a session whose
 * `consoleErrors` and `failedRequests` fill up while the page runs; a request to any host
 * but 127.0.0.1 is aborted and counted as failed. Call `close()` when done.
 */
export async function openPage(
  urlPath = '/',
  { viewport = { width: 1280, height: 800 }, extraArgs = [], serviceWorkers = 'block', locale } = {},
) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS, ...extraArgs],
  });
  const consoleErrors = [];
  const failedRequests = [];
  try {
    // `locale` sets the browser's languages and its Accept-Language header.
    const context = await browser.newContext({ viewport, serviceWorkers, ...(locale ? { locale } : {}) });
    const page = await context.newPage();

    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (err) => consoleErrors.push(`uncaught: ${err.message}`));
    page.on('requestfailed', (req) => {
      if (new URL(req.url()).hostname !== ALLOWED_HOST && req.url().startsWith('http')) return; // recorded by the route below
      failedRequests.push(`${req.method()} ${req.url()}: ${req.failure()?.errorText ?? 'failed'}`);
    });
    page.on('response', (res) => {
      if (res.status() >= 400) failedRequests.push(`${res.request().method()} ${res.url()}: HTTP ${res.status()}`);
    });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.protocol.startsWith('http') && url.hostname !== ALLOWED_HOST) {
        // Recorded here with the reason; the `requestfailed` it causes is skipped above.
        failedRequests.push(`${route.request().method()} ${url.href}: host ${url.hostname} is not ${ALLOWED_HOST}`);
        return route.abort('blockedbyclient').catch(() => undefined);
      }
      // A page's own route may have answered it first (tests that rewrite API answers).
      return route.continue().catch(() => undefined);
    });

    const response = await page.goto(BASE_URL + urlPath, { waitUntil: 'networkidle' });

    return {
      browser,
      context,
      page,
      response,
      consoleErrors,
      failedRequests,
      /** Saves target/e2e/NAME.png and resolves to its path. */
      async screenshot(name, options = {}) {
        await mkdir(SCREENSHOT_DIR, { recursive: true });
        const file = path.join(SCREENSHOT_DIR, `${name}.png`);
        await page.screenshot({ path: file, fullPage: true, ...options });
        return file;
      },
      close: () => browser.close(),
    };
  } catch (err) {
    await browser.close();
    throw err;
  }
}

/** The WCAG levels checked: 2.0, 2.1 and 2.2, A and AA. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe-core in the page and resolves to the violations of impact serious or critical,
 * each as { id, impact, help, helpUrl, targets }. `page.evaluate` injects axe through the
 * DevTools protocol, so the page's Content-Security-Policy (no inline script) still holds.
 */
export async function seriousA11yViolations(page, { include, exclude } = {}) {
  await page.evaluate(axe.source);
  const results = await page.evaluate(
    ({ context, options }) => window.axe.run(context ?? document, options),
    {
      context: include || exclude ? { include: include ?? [['html']], exclude: exclude ?? [] } : null,
      options: { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] },
    },
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
}

/** A readable list for assertion messages. */
export function listOf(items) {
  return items.length === 0 ? '(none)' : items.map((i) => `\n  - ${typeof i === 'string' ? i : JSON.stringify(i)}`).join('');
}

/** Signs in from Node (not in a page) and resolves to the session cookie to send. */
export async function sessionCookie(email, password) {
  const res = await fetch(`${BASE_URL}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'waymark-e2e' },
    body: JSON.stringify({ email, password }),
  });
  if (res.status !== 200) throw new Error(`${email} cannot sign in (HTTP ${res.status})`);
  return res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
}

/** GET or POST to the server under test from Node, resolving to { status, body }. */
export async function api(urlPath, init = {}) {
  const res = await fetch(BASE_URL + urlPath, init);
  const type = res.headers.get('content-type') ?? '';
  return { status: res.status, body: type.includes('json') ? await res.json() : await res.text() };
}

/** Waits until the map has drawn everything it asked for and stands still. */
export async function mapSettled(page, timeout = 20_000) {
  await page.waitForFunction(
    () => {
      const m = window.__waymark?.map;
      return Boolean(m && m.loaded() && m.areTilesLoaded() && !m.isMoving());
    },
    null,
    { timeout },
  );
}

/** Ids of the contributions drawn as pins now (the style's pin layer, and search matches). */
export function renderedPinIds(page) {
  return page.evaluate(() => window.__waymark.renderedPinIds());
}

/** Kinds and themes of the pins drawn now, as [{ id, kind, themes }]. */
export function renderedPins(page) {
  return page.evaluate(() => window.__waymark.renderedPins());
}

/** Waits until the pin `id` is drawn on the map. */
export async function waitForPin(page, id, timeout = 20_000) {
  await page.waitForFunction((want) => window.__waymark.renderedPinIds().includes(want), id, { timeout });
}

/**
 * Presses Tab (only the keyboard, as a keyboard user would) until the focused element's
 * text or label matches `pattern`; fails after `max` presses.
 */
export async function tabTo(page, pattern, { max = 80, back = false } = {}) {
  for (let i = 0; i < max; i += 1) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const name = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el) return '';
      const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : '';
      return [el.getAttribute('aria-label'), label, el.textContent].filter(Boolean).join(' ').trim();
    });
    if (pattern.test(name)) return name;
  }
  throw new Error(`Tab never reached ${pattern}`);
}

/** The contribution id of the open detail, from the address (`#/c/{id}`). */
export async function openContributionId(page) {
  const hash = await page.evaluate(() => location.hash);
  return /#\/c\/([0-9a-f-]{36})/.exec(hash)?.[1] ?? null;
}

/** The text of the live status region (what a screen reader was just told). */
export async function waitForStatus(page, pattern, timeout = 10_000) {
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.getElementById('status')?.textContent ?? ''),
    pattern.source,
    { timeout },
  );
}

/**
 * Failed requests less those the page cancelled itself (net::ERR_ABORTED): MapLibre drops
 * the tile requests of a view it has flown past, which no one sees.
 */
export function realFailures(failedRequests) {
  return failedRequests.filter((r) => !r.endsWith('net::ERR_ABORTED'));
}

/** RFC 2047 encoded words (`=?utf-8?b?…?=`, `=?utf-8?q?…?=`) in a header, decoded. */
function decodeWords(header) {
  return header
    .replace(/\?=\s+=\?/g, '?==?')
    .replace(/=\?([^?]+)\?([bq])\?([^?]*)\?=/gi, (_, _charset, kind, text) =>
      kind.toLowerCase() === 'b'
        ? Buffer.from(text, 'base64').toString('utf8')
        : Buffer.from(text.replace(/_/g, ' ').replace(/=([0-9A-F]{2})/gi, (_m, hex) => String.fromCharCode(parseInt(hex, 16))), 'latin1').toString('utf8'),
    );
}

/** The body of a mail file, quoted-printable or base64 decoded. */
function decodeBody(head, body) {
  const encoding = /^content-transfer-encoding:\s*(\S+)/im.exec(head)?.[1]?.toLowerCase();
  if (encoding === 'base64') return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  if (encoding === 'quoted-printable') {
    const bytes = body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
    return Buffer.from(bytes, 'latin1').toString('utf8');
  }
  return body;
}

/**
 * The mails the server wrote to `to` so far (the folder tests/e2e/run.sh gives it,
 * E2E_MAIL_DIR), decoded: [{ subject, body }].
 */
export async function mailsTo(to) {
  const dir = process.env.E2E_MAIL_DIR;
  assert.ok(dir, 'E2E_MAIL_DIR names the folder the server writes its mail to (tests/e2e/run.sh)');
  const found = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.eml'))) {
    const raw = await readFile(path.join(dir, name), 'utf8');
    const [rawHead, ...rest] = raw.split(/\r?\n\r?\n/);
    const head = rawHead.replace(/\r?\n[ \t]+/g, ' ');
    if (!new RegExp(`^to:.*\\b${to.replace(/[.+]/g, '\\$&')}\\b`, 'im').test(head)) continue;
    found.push({ subject: decodeWords(/^subject:\s*(.*)$/im.exec(head)?.[1] ?? ''), body: decodeBody(head, rest.join('\n\n')).replace(/\r\n/g, '\n') });
  }
  return found;
}

/** Waits (at most 20 s) until the server has written a mail to `to`; returns the mails. */
export async function waitForMail(to) {
  const until = Date.now() + 20_000;
  for (;;) {
    const mails = await mailsTo(to);
    if (mails.length) return mails;
    assert.ok(Date.now() < until, `no mail to ${to} within 20 s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
