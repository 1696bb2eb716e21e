// The optional "about you" questions (issue 20) on a 360 × 740 phone: after a pin one
// resident skips them and their pin is saved all the same; another answers two questions
// with the keyboard only and is thanked; a mobiliser asks them offline in the field app, with
// the resident's consent, and they are sent with the conversation; a workshop phone asks after
// each pin. Axe-clean.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { api, listOf, openContributionId, openPage, realFailures, seriousA11yViolations, sessionCookie, tabTo } from './lib.mjs';

const PHONE = { width: 360, height: 740 };
const stamp = Date.now().toString(36);

/** What the page's own visitor holds, by kind ("Your data"'s summary). */
function myCounts(page) {
  return page.evaluate(async () => (await (await fetch('/api/v1/me/data')).json()).counts);
}

test('on a phone, a resident skips the questions and their pin is saved', async () => {
  const session = await openPage('/p/milton-keynes', { viewport: PHONE });
  const { page } = session;
  try {
    await page.getByRole('button', { name: 'Add your idea' }).click();
    await page.getByLabel('Or type a place').fill('Beanhill');
    await page.getByLabel('Or type a place').press('Enter');
    await page.getByText('Your pin: near Beanhill').first().waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    const title = `Skipped the questions ${stamp}`;
    await page.getByRole('checkbox', { name: 'Getting around' }).check();
    await page.getByLabel('Title').fill(title);
    await page.getByRole('button', { name: 'Add to the map' }).click();

    // The pin is saved and shown, with the optional step under its title.
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    const step = page.getByRole('region', { name: 'About you (optional)' });
    await step.waitFor();
    const id = await openContributionId(page);
    assert.equal((await api(`/api/v1/contributions/${id}`)).status, 200, 'the pin is saved before the step');
    const text = await step.innerText();
    assert.match(text, /Your pin is saved/);
    assert.match(text, /only ever counted/);
    assert.match(text, /We keep your answers for 365 days/);
    for (const legend of ['Age', 'Gender', 'Ethnic group', 'Your home']) {
      const group = step.getByRole('group', { name: legend });
      assert.equal(await group.getByRole('radio', { name: 'Prefer not to say' }).isChecked(), true, `${legend} starts at "Prefer not to say"`);
    }
    assert.ok(await step.getByRole('radio', { name: 'Black, Black British, Black Welsh, Caribbean or African' }).count());
    assert.ok(await step.getByRole('radio', { name: 'Owns outright or with a mortgage' }).count());
    assert.ok(await step.getByRole('radio', { name: 'Yes, limited a little' }).count());
    const violations = await seriousA11yViolations(page, { include: [['.about-you-step']] });
    assert.deepEqual(violations, [], `axe on the step:${listOf(violations)}`);
    await session.screenshot('about-you-step-phone');
    await step.getByRole('button', { name: 'Send' }).scrollIntoViewIfNeeded();
    await session.screenshot('about-you-step-buttons', { fullPage: false });

    await step.getByRole('button', { name: 'Skip' }).click();
    await step.waitFor({ state: 'detached' });
    assert.equal(await page.getByRole('heading', { level: 2, name: title }).isVisible(), true);
    assert.equal((await myCounts(page)).about_you ?? 0, 0, 'nothing was answered');
    await page.getByRole('button', { name: 'Back to the list' }).click();
    await page.locator('.cards a h3', { hasText: title }).waitFor();
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
    assert.deepEqual(realFailures(session.failedRequests), [], `failed requests:${listOf(session.failedRequests)}`);
  } catch (err) {
    await session.screenshot('about-you-skip-failure');
    throw err;
  } finally {
    await session.close();
  }
});

test('on a phone, a resident answers two questions with the keyboard only and is thanked', async () => {
  const session = await openPage('/p/milton-keynes', { viewport: PHONE });
  const { page } = session;
  try {
    await tabTo(page, /^Add your idea$/);
    await page.keyboard.press('Enter');
    await tabTo(page, /Or type a place/);
    await page.keyboard.type('Fishermead');
    await page.keyboard.press('Enter');
    await page.getByText('Your pin: near Fishermead').first().waitFor();
    await tabTo(page, /^Continue$/);
    await page.keyboard.press('Enter');
    await page.getByLabel('Title').waitFor({ state: 'visible' });
    await tabTo(page, /^\s*Energy\s*$/);
    await page.keyboard.press('Space');
    await tabTo(page, /^Title/);
    const title = `Answered the questions ${stamp}`;
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await page.getByRole('region', { name: 'About you (optional)' }).waitFor();

    // Age: from "Prefer not to say" down to "35 to 49"; gender: "Woman".
    const first = await tabTo(page, /^Prefer not to say$/);
    assert.equal(first, 'Prefer not to say');
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    const checked = await page.evaluate(() =>
      [...document.querySelectorAll('.about-you-step input[type=radio]:checked')].map((i) => document.querySelector(`label[for="${i.id}"]`)?.textContent),
    );
    assert.deepEqual(checked, ['35 to 49', 'Woman', 'Prefer not to say', 'Prefer not to say', 'Prefer not to say']);
    await tabTo(page, /^Send$/);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Thank you' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Thank you', 'focus moves to the thanks');
    assert.equal((await myCounts(page)).about_you, 1, 'the answers are stored, as this visitor\'s');
    await session.screenshot('about-you-thanks-phone');

    await tabTo(page, /^Continue$/);
    await page.keyboard.press('Enter');
    await page.locator('.about-you-step').waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), title, 'focus returns to the pin');
    const id = await openContributionId(page);
    assert.equal((await api(`/api/v1/contributions/${id}`)).status, 200);
    assert.deepEqual(session.consoleErrors, [], `console errors:${listOf(session.consoleErrors)}`);
  } catch (err) {
    await session.screenshot('about-you-keyboard-failure');
    throw err;
  } finally {
    await session.close();
  }
});

/** How many answers the database holds from `source` (the API shows none). */
function answersFrom(source) {
  const sql = `select count(*) from about_you_answers where source = '${source}'`;
  return Number(execFileSync(process.env.E2E_PSQL ?? 'psql', [process.env.E2E_DATABASE_URL, '-qtAX'], { input: sql, encoding: 'utf8' }).trim());
}

/** Answers stored from conversations with this combination of bands (the API shows none). */
function conversationAnswers() {
  const url = process.env.E2E_DATABASE_URL;
  assert.ok(url, 'E2E_DATABASE_URL is set by tests/e2e/run.sh');
  const sql =
    "select count(*) from about_you_answers where source = 'conversation' and respondent_key is null" +
    " and age_band = '75_plus' and ethnic_group = 'mixed' and tenure = 'shared_ownership' and gender is null";
  return Number(execFileSync(process.env.E2E_PSQL ?? 'psql', [url, '-qtAX'], { input: sql, encoding: 'utf8' }).trim());
}

test('in the field app a mobiliser asks the questions with consent, offline, and they are sent with the conversation', async () => {
  const session = await openPage('/field/', { viewport: PHONE });
  const { page, context } = session;
  try {
    await page.getByLabel('Email').fill(process.env.E2E_MOBILISER_EMAIL ?? 'mobiliser@example.org');
    await page.getByLabel('Password').fill(process.env.E2E_MOBILISER_PASSWORD ?? 'mobiliser password for the browser tests');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Record a conversation' }).waitFor();
    const before = conversationAnswers();

    await context.setOffline(true);
    const title = `Asked about themselves ${stamp}`;
    await page.getByRole('radio', { name: 'Issue', exact: true }).check();
    await page.getByRole('checkbox', { name: 'Housing', exact: true }).check();
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByRole('radio', { name: 'A neighbourhood' }).check();
    await page.getByLabel('Neighbourhood', { exact: true }).selectOption({ label: 'Fishermead' });
    await page.getByRole('radio', { name: /^Keep it internal/ }).check();
    await page.getByText('About the resident (optional)').click();
    await page.getByRole('group', { name: 'Age' }).getByRole('radio', { name: '75 or over' }).check();
    await page.getByRole('group', { name: 'Ethnic group' }).getByRole('radio', { name: 'Mixed or Multiple ethnic groups' }).check();
    await page.getByRole('group', { name: 'Your home' }).getByRole('radio', { name: 'Shared ownership' }).check();

    // Without the resident's agreement nothing is kept.
    await page.getByRole('button', { name: 'Save conversation' }).click();
    await page.locator('.field-summary', { hasText: 'Tick that the resident agreed' }).waitFor();
    assert.equal(await page.locator('.field-item[data-state="waiting"]', { hasText: title }).count(), 0);
    const violations = await seriousA11yViolations(page, { include: [['.field-about-you']] });
    assert.deepEqual(violations, [], `axe on the questions:${listOf(violations)}`);
    await page.getByLabel('The resident agreed to answer these questions').check();
    await page.getByRole('button', { name: 'Save conversation' }).click();
    await page.locator('.field-item[data-state="waiting"]', { hasText: title }).waitFor();
    const afresh = await page.locator('.field-about-you input[type=radio]:checked').evaluateAll((els) => els.map((e) => e.value));
    assert.deepEqual(afresh, ['', '', '', '', ''], 'the next conversation starts at "Prefer not to say"');
    assert.equal(await page.getByLabel('The resident agreed to answer these questions').isChecked(), false);

    await context.setOffline(false);
    await page.locator('.field-item[data-state="sent"]', { hasText: title }).waitFor({ timeout: 30_000 });
    assert.equal(conversationAnswers(), before + 1, 'the answers were stored with the conversation');
    // What the phone keeps of a sent conversation holds no answers.
    const kept = await page.evaluate(
      (t) =>
        new Promise((resolve, reject) => {
          const open = indexedDB.open('waymark-field');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = [...db.objectStoreNames];
            const tx = db.transaction(names, 'readonly');
            const found = [];
            for (const name of names) {
              const all = tx.objectStore(name).getAll();
              all.onsuccess = () => found.push(...all.result.filter((i) => JSON.stringify(i).includes(t)).map((i) => JSON.stringify(i)));
            }
            tx.oncomplete = () => resolve(found);
          };
        }),
      title,
    );
    assert.ok(kept.length > 0, 'the sent conversation is kept on the phone');
    assert.ok(kept.every((k) => !k.includes('75_plus') && !k.includes('shared_ownership')), `no answers kept:${listOf(kept)}`);
  } catch (err) {
    await session.screenshot('about-you-field-failure');
    throw err;
  } finally {
    await session.close();
  }
});

test('on a workshop phone the questions follow each pin, and answering is thanked', async () => {
  const cookie = await sessionCookie(
    process.env.E2E_FACILITATOR_EMAIL ?? 'facilitator@example.org',
    process.env.E2E_FACILITATOR_PASSWORD ?? 'facilitator password for the browser tests',
  );
  const opened = await api('/api/v1/plans/milton-keynes/workshops', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Requested-With': 'waymark-e2e', Cookie: cookie },
    body: JSON.stringify({ title: `About you evening ${stamp}`, starts_at: new Date().toISOString(), questions: ['Where could solar go?'] }),
  });
  assert.equal(opened.status, 201, JSON.stringify(opened.body));
  const before = answersFrom('workshop');
  const session = await openPage(`/w/${opened.body.code}`, { viewport: PHONE });
  const { page } = session;
  try {
    await page.getByLabel(/Your name/).fill('Bo');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByRole('heading', { name: 'Add a pin' }).waitFor();
    await page.getByLabel('Or choose a neighbourhood instead of using the map').selectOption({ label: 'Fishermead' });
    await page.getByRole('radio', { name: 'Idea' }).check();
    await page.getByRole('checkbox', { name: 'Energy' }).check();
    await page.getByLabel('Title', { exact: true }).fill(`Workshop pin ${stamp}`);
    await page.getByRole('button', { name: 'Add my pin' }).click();
    await page.getByRole('heading', { name: 'Thank you: your pin is on the map.' }).waitFor();

    const step = page.getByRole('region', { name: 'About you (optional)' });
    await step.waitFor();
    const violations = await seriousA11yViolations(page);
    assert.deepEqual(violations, [], `axe on the phone page with the step:${listOf(violations)}`);
    await step.getByRole('group', { name: 'Gender' }).getByRole('radio', { name: 'Another way' }).check();
    await step.getByLabel('The first half of your postcode').fill('mk6 3ab');
    await step.getByRole('button', { name: 'Send' }).click();
    await page.getByRole('heading', { name: 'Thank you', exact: true }).waitFor();
    assert.equal(answersFrom('workshop'), before + 1, 'stored as a workshop pin\'s answers');
    await session.screenshot('about-you-workshop-phone', { fullPage: false });
    await page.getByRole('button', { name: 'Continue' }).click();
    await step.waitFor({ state: 'detached' });
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Add another pin', 'focus moves on to the next pin');
  } catch (err) {
    await session.screenshot('about-you-workshop-failure');
    throw err;
  } finally {
    await session.close();
  }
});
