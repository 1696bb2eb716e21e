// The community energy pages (/p/{plan}/projects, /champions, /learn, /energy-community).
// A group member's proposal is answered and going ahead (over the API); in the browser the
// member turns it into a project from the proposal's page, posts an update with a photo (a
// tiny PNG made here) and adds a volunteer role. A resident at 360×740, keyboard only, signs
// up for the role; the confirmation mail is read back and its link confirmed. A new champion
// registers for Fishermead, completes a module's quiz, and the team finds them near the
// project. axe finds nothing serious on each page at 360 and 1280 (screenshots
// target/e2e/projects-*.png).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { BASE_URL, addUser, api, assertNoRawCodes, listOf, openPage, seriousA11yViolations, sessionCookie, tabTo, waitForMail } from './lib.mjs';

const GROUP = {
  email: process.env.E2E_GROUP_EMAIL ?? 'group@example.org',
  password: process.env.E2E_GROUP_PASSWORD ?? 'group password for the browser tests',
};
const DNO = {
  email: process.env.E2E_DNO_EMAIL ?? 'dno@example.org',
  password: process.env.E2E_DNO_PASSWORD ?? 'dno engineer password for the browser tests',
};
const PLAN = 'milton-keynes';
const stamp = Date.now().toString(36);
const CHAMPION = { email: `champion-${stamp}@example.org`, password: 'champion password for the browser tests', name: `Chidi ${stamp}` };
const VOLUNTEER = `volunteer-${stamp}@example.org`;
const PHONE = { width: 360, height: 740 };
const DESKTOP = { width: 1280, height: 800 };

const write = (cookie, method, body) => ({
  method,
  headers: { cookie, 'X-Requested-With': 'waymark', 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** A real 2×2 PNG: signature, IHDR, IDAT, IEND, each chunk with its CRC. */
function tinyPng() {
  const table = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = table[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(2, 0);
  ihdr.writeUInt32BE(2, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const rows = Buffer.from([0, 255, 200, 0, 255, 200, 0, 0, 255, 200, 0, 255, 200, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Opens `path` signed in as `who` (none: a visitor), at `viewport`. */
async function openAs(who, path, viewport) {
  const session = await openPage('/healthz', { viewport });
  if (who) {
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
  }
  await session.page.goto(BASE_URL + path);
  return session;
}

async function axeClean(page, where) {
  const violations = await seriousA11yViolations(page, { exclude: [['.maplibregl-canvas']] });
  assert.deepEqual(violations, [], `${where}: ${listOf(violations)}`);
}

test('a group turns its proposal into a project, a resident volunteers, a champion is found near it', async () => {
  // The member's proposal, answered by the operator and going ahead.
  const group = await sessionCookie(GROUP.email, GROUP.password);
  const dno = await sessionCookie(DNO.email, DNO.password);
  const title = `Solar on Fishermead school ${stamp}`;
  const proposal = await api(
    `/api/v1/plans/${PLAN}/proposals`,
    write(group, 'POST', {
      title,
      technology: 'solar_pv',
      capacity_kw: 120,
      export_kw: 100,
      group_name: 'Fishermead Energy',
      description: 'Panels on the school roof, owned by the neighbourhood.',
      site: { type: 'Point', coordinates: [-0.749, 52.035] },
    }),
  );
  assert.equal(proposal.status, 201, JSON.stringify(proposal.body));
  const pid = proposal.body.id;
  for (const [who, to] of [
    [dno, 'under_review'],
    [dno, 'can_connect'],
    [group, 'going_ahead'],
  ]) {
    const moved = await api(`/api/v1/proposals/${pid}/transitions`, write(who, 'POST', { to }));
    assert.equal(moved.status, 200, `${to}: ${JSON.stringify(moved.body)}`);
  }

  // The member, at 1280: "Turn into a project" on the proposal, then the update and the role.
  let projectPath;
  {
    const session = await openAs(GROUP, `/p/${PLAN}#/proposal/${pid}`, DESKTOP);
    const { page } = session;
    try {
      await page.getByRole('button', { name: 'Turn into a project' }).click();
      await page.waitForURL(/\/p\/milton-keynes\/projects\/solar-on-fishermead-school/);
      projectPath = new URL(page.url()).pathname;
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      assert.match(await page.locator('.pj-stepper [aria-current="step"]').innerText(), /Forming a group/);
      await page.getByRole('heading', { name: 'For the team' }).waitFor();

      await page.getByLabel('What has happened').fill('We met the head teacher: the roof survey is next week.');
      await page.getByLabel('A photo (optional)').setInputFiles({ name: 'roof.png', mimeType: 'image/png', buffer: tinyPng() });
      await page.getByLabel('What the photo shows').fill('The school roof from the playground');
      await page.getByRole('button', { name: 'Post the update' }).click();
      await page.locator('.pj-updates img, .pj-alert, .pj-error:visible').first().waitFor();
      const refused = await page.locator('.pj-alert, .pj-error:visible').allInnerTexts();
      assert.deepEqual(refused, [], `the update was refused; failed requests: ${listOf(session.failedRequests)}`);
      const photo = page.getByRole('img', { name: 'The school roof from the playground' });
      await photo.waitFor();
      assert.ok(await photo.evaluate((img) => img.complete && img.naturalWidth === 2), 'the photo is shown inline');

      await page.getByLabel('The role').fill('Door-knocker for the share offer');
      await page.getByLabel('What it involves').fill('Two evenings in May, with a partner.');
      await page.getByRole('button', { name: 'Add the role' }).click();
      await page.getByRole('heading', { level: 3, name: 'Door-knocker for the share offer' }).waitFor();

      // A stage that skips ahead is not offered; the next one is.
      assert.deepEqual(await page.locator('section[aria-labelledby="pj-stage-h"] button').allInnerTexts(), ['Move on to “Checking it can work”']);
      await axeClean(page, 'project page, team, 1280');
      await assertNoRawCodes(page);
      await session.screenshot('projects-project-team-1280');
      assert.deepEqual(session.consoleErrors, []);
    } finally {
      await session.close();
    }
  }

  // A resident on a phone, keyboard only: signs up for the role, then confirms by mail.
  {
    const session = await openAs(null, projectPath, PHONE);
    const { page } = session;
    try {
      await page.getByRole('heading', { level: 2, name: 'Get involved' }).waitFor();
      assert.equal(await page.getByRole('heading', { name: 'For the team' }).count(), 0, 'no team tools for a visitor');
      await axeClean(page, 'project page, visitor, 360');
      await tabTo(page, /^Your e-mail address$/);
      await page.keyboard.type(VOLUNTEER);
      await tabTo(page, /^Sign up for this role$/);
      await page.keyboard.press('Enter');
      await page.getByText(`Check your inbox: we sent a mail to ${VOLUNTEER}.`).waitFor();
      await session.screenshot('projects-signed-up-360', { fullPage: false });

      const [mail] = await waitForMail(VOLUNTEER);
      const link = /https?:\/\/\S+\/volunteer\/confirm\?token=[\w-]+/.exec(mail.body)?.[0];
      assert.ok(link, `a confirmation link in:\n${mail.body}`);
      const url = new URL(link);
      await page.goto(BASE_URL + url.pathname + url.search, { waitUntil: 'networkidle' });
      await tabTo(page, /confirm/i);
      await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
      assert.match(await page.locator('body').innerText(), /Door-knocker for the share offer/);
      await session.screenshot('projects-volunteer-confirmed-360', { fullPage: false });
    } finally {
      await session.close();
    }
  }

  // A champion registers for Fishermead and completes a module (its quiz).
  addUser({ email: CHAMPION.email, password: CHAMPION.password }, 'resident');
  {
    const session = await openAs(CHAMPION, `/p/${PLAN}/champions`, PHONE);
    const { page } = session;
    try {
      await page.getByLabel('The name people will see').fill(CHAMPION.name);
      await page.getByRole('group', { name: 'Neighbourhoods you cover' }).getByLabel('Fishermead', { exact: true }).check();
      await page.getByRole('group', { name: 'What you can help with' }).getByLabel('Solar panels').check();
      await page.getByRole('button', { name: 'Register as a champion' }).click();
      await page.getByText('You are registered as a champion').waitFor();
      await axeClean(page, 'champions, 360');
      await session.screenshot('projects-champion-registered-360');

      await page.goto(`${BASE_URL}/p/${PLAN}/learn/what-is-community-energy`, { waitUntil: 'networkidle' });
      await page.getByRole('heading', { level: 1, name: 'What is community energy?' }).waitFor();
      assert.equal(await page.locator('.pj-module-body strong').first().innerText(), 'local people own and run together');
      const question = page.getByRole('group', { name: 'Who owns a community energy project?' });
      await question.getByLabel('A big energy company').check();
      await page.getByRole('button', { name: 'Check my answers' }).click();
      await page.getByText('Not quite: read this part again.').waitFor();
      await question.getByLabel('Local people, together').check();
      await page.getByRole('button', { name: 'Check my answers' }).click();
      await page.getByText('All right! This guide is marked as completed.').waitFor();
      await axeClean(page, 'module, 360');
      await session.screenshot('projects-module-done-360');
      await page.goto(`${BASE_URL}/p/${PLAN}/learn`, { waitUntil: 'networkidle' });
      assert.match(await page.getByRole('listitem').filter({ hasText: 'What is community energy?' }).innerText(), /\(completed\)/);
    } finally {
      await session.close();
    }
  }

  // The team finds the champion near the project (a list, chosen with a select).
  {
    const slug = projectPath.split('/').pop();
    const session = await openAs(GROUP, `/p/${PLAN}/champions?near=${slug}`, DESKTOP);
    const { page } = session;
    try {
      const found = page.locator('.pj-champions li').filter({ hasText: CHAMPION.name });
      await found.waitFor();
      assert.match(await found.innerText(), /Covers: .*Fishermead/);
      assert.match(await found.innerText(), /Can help with: Solar panels/);
      assert.match(await found.innerText(), /Has completed one guide/);
      await axeClean(page, 'champions near the project, 1280');
      await session.screenshot('projects-champions-found-1280');
    } finally {
      await session.close();
    }
  }

  // axe on the pages not checked above, at each size (the project, the champions and the
  // module were checked on the way).
  const pages = {
    360: ['projects', 'projects/new', 'learn', 'energy-community'],
    1280: ['projects', 'projects/new', 'learn', 'learn/finding-a-site', 'energy-community'],
  };
  for (const viewport of [PHONE, DESKTOP]) {
    const session = await openAs(GROUP, `/p/${PLAN}/learn`, viewport);
    const { page } = session;
    try {
      for (const path of pages[viewport.width]) {
        await page.goto(`${BASE_URL}/p/${PLAN}/${path}`);
        await page.locator('.pj-main > :not(.loading)').first().waitFor();
        await page.locator('.pj-main .loading').waitFor({ state: 'detached' });
        await axeClean(page, `${path} at ${viewport.width}`);
        await assertNoRawCodes(page);
        const wide = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(wide <= viewport.width, `${path} at ${viewport.width} is ${wide} px wide: nothing should scroll sideways`);
        await session.screenshot(`projects-${path.replace('/', '-')}-${viewport.width}`);
      }
      // The city-wide page: each chart has its table.
      assert.ok((await page.locator('table').count()) >= 3);
      assert.match(await page.getByRole('heading', { level: 1 }).innerText(), /Community energy in Milton Keynes/);
      assert.deepEqual(session.consoleErrors, []);
    } finally {
      await session.close();
    }
  }
});
