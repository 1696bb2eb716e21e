// Helpers for Waymark's browser tests: Debian's Chromium driven by playwright-core (which
// never downloads a browser), page problems collected as a user would notice them, and
// axe-core accessibility checks.
import { mkdir } from 'node:fs/promises';
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
 * Launches Chromium and opens BASE_URL + urlPath. Resolves to a session whose
 * `consoleErrors` and `failedRequests` fill up while the page runs; a request to any host
 * but 127.0.0.1 is aborted and counted as failed. Call `close()` when done.
 */
export async function openPage(urlPath = '/', { viewport = { width: 1280, height: 800 } } = {}) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const consoleErrors = [];
  const failedRequests = [];
  try {
    const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
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
        return route.abort('blockedbyclient');
      }
      return route.continue();
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
