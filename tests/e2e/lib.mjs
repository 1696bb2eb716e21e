// Helpers for Waymark's browser tests: Debian's Chromium driven by playwright-core (which
// never downloads a browser), page problems collected as a user would notice them, and
// axe-core accessibility checks; no page may show one of the server's raw codes (`solar_pv`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { afterEach } from 'node:test';
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
 * The server's codes with an underscore (`green_space`, `not_possible`…): every string enum
 * value in its OpenAPI document that has one. People must read the catalogue's words for
 * them, never the codes; taken from the server so that this is not a second list to keep.
 */
let knownCodes;
function rawCodeList() {
  knownCodes ??= fetch(`${BASE_URL}/openapi.json`)
    .then((res) => res.json())
    .then((doc) => {
      const codes = new Set();
      const walk = (value) => {
        if (Array.isArray(value)) value.forEach(walk);
        else if (value && typeof value === 'object') {
          for (const v of [...(Array.isArray(value.enum) ? value.enum : []), value.const]) {
            if (typeof v === 'string' && v.includes('_')) codes.add(v);
          }
          Object.values(value).forEach(walk);
        }
      };
      walk(doc);
      assert.ok(codes.size > 0, 'the OpenAPI document names some codes with an underscore');
      return codes;
    });
  return knownCodes;
}

/** The server's codes that `text` shows (snake_case words that are known codes), each once. */
export async function rawCodesIn(text) {
  const codes = await rawCodeList();
  return [...new Set(text.match(/\b[a-z]+(?:_[a-z]+)+\b/g) ?? [])].filter((word) => codes.has(word));
}

/** Fails when the visible text of `page` shows one of the server's codes. */
export async function assertNoRawCodes(page, where = page.url()) {
  const found = await rawCodesIn(await page.evaluate(() => document.body?.innerText ?? ''));
  assert.deepEqual(found, [], `raw codes people can read on ${where}:${listOf(found)}`);
}

/**
 * Raw codes any page showed during the current test, as "code on url"; every page openPage
 * opens reports its visible text while it changes, and each test fails if this is not empty.
 */
const rawCodesSeen = new Set();

afterEach(() => {
  const seen = [...rawCodesSeen];
  rawCodesSeen.clear();
  assert.deepEqual(seen, [], `raw codes people could read:${listOf(seen)}`);
});

/** Records the known codes in a page's visible text. */
async function noteRawCodes(url, text) {
  for (const code of await rawCodesIn(text)) rawCodesSeen.add(`${code} on ${url}`);
}

/** In the page: reports the visible text at most every 250 ms while the document changes. */
function reportVisibleText() {
  let timer = 0;
  const report = () => {
    timer = 0;
    if (document.body) window.__waymarkVisibleText(document.body.innerText).catch(() => undefined);
  };
  new MutationObserver(() => {
    timer ||= setTimeout(report, 250);
  }).observe(document, { childList: true, subtree: true, characterData: true });
}

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
    await rawCodeList();
    await context.exposeBinding('__waymarkVisibleText', ({ frame }, text) => noteRawCodes(frame.url(), text));
    await context.addInitScript(reportVisibleText);
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
      /** Reads each page's visible text a last time (for raw codes), then closes the browser. */
      async close() {
        for (const p of context.pages()) {
          const text = await p.evaluate(() => document.body?.innerText ?? '').catch(() => '');
          await noteRawCodes(p.url(), text);
        }
        await browser.close();
      },
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

/** Makes an account with `waymark user add`, as tests/e2e/run.sh makes the staff accounts. */
export function addUser({ email, password, name, plan }, role) {
  const url = process.env.E2E_DATABASE_URL;
  assert.ok(url, 'E2E_DATABASE_URL names the database under test (tests/e2e/run.sh sets it)');
  const bin = process.env.E2E_BIN ?? path.join(ROOT, 'target', 'debug', 'waymark');
  const args = ['user', 'add', '--email', email, '--role', role, ...(name ? ['--name', name] : []), ...(plan ? ['--plan', plan] : [])];
  // The binary reads WAYMARK_* as its own configuration: the tests' WAYMARK_URL is not one.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('WAYMARK_')));
  execFileSync(bin, args, { input: `${password}\n`, env: { ...env, DATABASE_URL: url }, stdio: ['pipe', 'ignore', 'pipe'] });
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

/**
 * Waits until the live status region (what a screen reader was just told) matches; a
 * timeout says what it held instead.
 */
export async function waitForStatus(page, pattern, timeout = 10_000) {
  try {
    await page.waitForFunction(
      (source) => new RegExp(source).test(document.getElementById('status')?.textContent ?? ''),
      pattern.source,
      { timeout },
    );
  } catch (err) {
    const said = await page.evaluate(() => document.getElementById('status')?.textContent ?? null).catch(() => null);
    err.message += `\nthe status region said: ${JSON.stringify(said)}, not ${pattern}`;
    throw err;
  }
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
