// A Polish visitor (a browser that asks for Polish) follows a neighbourhood from the plan
// page; the confirmation mail the server sends (read back from E2E_MAIL_DIR) is in Polish,
// subject and body, with its link intact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { listOf, mapSettled, openPage, rawCodesIn, realFailures, waitForMail } from './lib.mjs';

const PLAN = 'milton-keynes';

test('a Polish visitor who follows a neighbourhood gets the confirmation mail in Polish', async () => {
  const session = await openPage(`/p/${PLAN}`, { viewport: { width: 360, height: 740 }, locale: 'pl-PL' });
  const { page } = session;
  const email = `polski-${Date.now().toString(36)}@example.org`;
  try {
    await mapSettled(page);
    assert.equal(await page.getAttribute('html', 'lang'), 'pl', 'the browser asked for Polish');
    await page.getByRole('button', { name: 'Lista' }).click();
    await page.getByRole('button', { name: 'Otrzymuj wiadomości e-mailem' }).click();
    await page.getByLabel('Twój adres e-mail').fill(email);
    await page.locator('form.follow-form select[name="neighbourhood"]').selectOption('fishermead');
    const sent = page.waitForResponse((r) => r.url().endsWith(`/api/v1/plans/${PLAN}/subscriptions`) && r.request().method() === 'POST');
    await page.getByRole('button', { name: 'Wysyłaj mi wiadomości' }).click();
    assert.equal((await sent).status(), 202);
    await page.getByRole('status').filter({ hasText: 'Sprawdź skrzynkę' }).waitFor();

    const [mail] = await waitForMail(email);
    assert.match(mail.subject, /^Potwierdź: obserwowanie okolicy Fishermead w planie \S/);
    assert.match(mail.body, /^Dzień dobry,/);
    assert.deepEqual(await rawCodesIn(`${mail.subject}\n${mail.body}`), [], 'the mail shows no raw code');
    assert.match(mail.body, /Aby potwierdzić, otwórz ten link i naciśnij „Potwierdź”:\n\S+token=/);
    assert.doesNotMatch(mail.body, /\bHello\b|\bconfirm your\b/i, 'no English left in the mail');

    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
  } catch (err) {
    await session.screenshot('i18n-mail-failure', { fullPage: false });
    throw err;
  } finally {
    await session.close();
  }
});
