// The first page a resident sees loads cleanly, offline, and is accessible.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, seriousA11yViolations, listOf } from './lib.mjs';

test('the home page loads with no errors, no outside requests and no serious accessibility problems', async () => {
  const session = await openPage('/');
  try {
    const { page, response } = session;
    assert.equal(response?.status(), 200, 'GET / answers 200');
    assert.match(await page.title(), /Waymark/, 'the title names Waymark');

    const violations = await seriousA11yViolations(page);
    await session.screenshot('smoke-home');

    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(session.failedRequests, [], `failed requests:${listOf(session.failedRequests)}`);
    assert.deepEqual(violations, [], `serious or critical axe violations:${listOf(violations)}`);
  } finally {
    await session.close();
  }
});
