// The Collaborative Action Groups pages (/p/{plan}/groups/…). A facilitator starts a group
// over a small outline at Fishermead (over the API), where two new pins are dropped; in the
// browser, keyboard only, they create tomorrow's meeting and pull both pins from "since last
// week" into the agenda, then write the minutes with an action point and publish them. A
// member (asked to join, approved) at 360×740 reads the published minutes and the action
// point and downloads the group's members-only resource. A non-member gets the public page
// (purpose, minutes, "Ask to join") and is refused the members' space. axe finds nothing
// serious at 1280 or 360 (screenshots target/e2e/groups-*.png). On the way the facilitator
// records who came and raises an agenda item to an organisation, and the member reports a
// spam post with a reason.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BASE_URL, api, assertNoRawCodes, listOf, openPage, seriousA11yViolations, sessionCookie, tabTo } from './lib.mjs';

const FACILITATOR = {
  email: process.env.E2E_FACILITATOR_EMAIL ?? 'facilitator@example.org',
  password: process.env.E2E_FACILITATOR_PASSWORD ?? 'facilitator password for the browser tests',
};
const MEMBER = {
  email: process.env.E2E_GROUP_EMAIL ?? 'group@example.org',
  password: process.env.E2E_GROUP_PASSWORD ?? 'group password for the browser tests',
};
const OUTSIDER = {
  email: process.env.E2E_MOBILISER_EMAIL ?? 'mobiliser@example.org',
  password: process.env.E2E_MOBILISER_PASSWORD ?? 'mobiliser password for the browser tests',
};
const PLAN = 'milton-keynes';
const stamp = Date.now().toString(36);
const PDF = '%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n';

const write = (cookie, method, body, type = 'application/json') => ({
  method,
  headers: { cookie, 'X-Requested-With': 'waymark', ...(body === undefined ? {} : { 'Content-Type': type }) },
  ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
});

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
  }
  await session.page.goto(BASE_URL + path, { waitUntil: 'networkidle' });
  return session;
}

async function axeClean(page, where) {
  const violations = await seriousA11yViolations(page, { exclude: [['.maplibregl-canvas']] });
  assert.deepEqual(violations, [], `${where}: ${listOf(violations)}`);
}

test('a facilitator runs a meeting, a member reads the minutes, a non-member sees the public page only', async () => {
  const facilitator = await sessionCookie(FACILITATOR.email, FACILITATOR.password);
  const member = await sessionCookie(MEMBER.email, MEMBER.password);
  const name = `Fishermead action group ${stamp}`;
  const created = await api(
    `/api/v1/plans/${PLAN}/groups`,
    write(facilitator, 'POST', {
      name,
      purpose: 'Groups working in Fishermead, meeting weekly.',
      outline: { type: 'Polygon', coordinates: [[[-0.752, 52.033], [-0.746, 52.033], [-0.746, 52.037], [-0.752, 52.037], [-0.752, 52.033]]] },
    }),
  );
  assert.equal(created.status, 201, JSON.stringify(created.body));
  const id = created.body.id ?? created.body.group?.id;
  const titles = [`Broken lift at Fishermead ${stamp}`, `Bins overflowing on Gurnards Avenue ${stamp}`];
  for (const [i, title] of titles.entries()) {
    const pin = await api(`/api/v1/plans/${PLAN}/contributions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/geo+json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [-0.749 + i * 0.001, 52.035] },
        properties: { kind: 'issue', themes: ['community'], title, body: '', display_name: 'Sam', precision: 'exact' },
      }),
    });
    assert.equal(pin.status, 201, JSON.stringify(pin.body));
  }
  // The member asks to join and is approved; a members-only file is shared.
  assert.ok([200, 201, 202, 204].includes((await api(`/api/v1/groups/${id}/membership`, write(member, 'PUT'))).status));
  const members = await api(`/api/v1/groups/${id}/members`, { headers: { cookie: facilitator } });
  const asked = members.body.members.find((m) => m.status === 'requested');
  assert.ok(asked, JSON.stringify(members.body));
  const approved = await api(`/api/v1/groups/${id}/members/${asked.user}`, write(facilitator, 'PUT', { role: 'member' }));
  assert.ok(approved.status < 300, JSON.stringify(approved.body));
  const upload = await api(
    `/api/v1/groups/${id}/files?title=${encodeURIComponent('Terms of reference')}&name=terms.pdf&members_only=true`,
    write(facilitator, 'POST', PDF, 'application/octet-stream'),
  );
  assert.equal(upload.status, 201, JSON.stringify(upload.body));
  const thread = await api(`/api/v1/groups/${id}/threads`, write(facilitator, 'POST', { title: `Lift meeting ${stamp}`, body: 'Buy cheap watches here' }));
  assert.equal(thread.status, 201, JSON.stringify(thread.body));

  const groupPath = `/p/${PLAN}/groups/${id}`;
  // The facilitator, at 1280: the plan's groups list, the group, a new meeting.
  let meetingPath;
  {
    const session = await openAs(FACILITATOR, `/p/${PLAN}/groups`, { width: 1280, height: 800 });
    const { page } = session;
    try {
      await page.getByRole('link', { name }).click();
      await page.getByRole('heading', { name: "Members' space" }).waitFor();
      await axeClean(page, 'group page, facilitator, 1280');
      await session.screenshot('groups-group-1280');
      const tomorrow = new Date(Date.now() + 24 * 3600 * 1000);
      const local = `${tomorrow.toISOString().slice(0, 10)}T10:00`;
      await page.getByLabel('Date and time').fill(local);
      await page.getByLabel('Date and time').focus();
      await tabTo(page, /^Create a meeting$/);
      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Since last week' }).waitFor();
      meetingPath = new URL(page.url()).pathname;
      // Keyboard only: Tab to each pin's "Add to agenda" and press Enter.
      const listed = await page.locator('.gr-since-list li .gr-since-title').allInnerTexts();
      const inOrder = [...titles].sort((a, b) => listed.indexOf(a) - listed.indexOf(b));
      for (const title of inOrder) {
        const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
        if (label !== `Add to agenda: ${title}`) await tabTo(page, new RegExp(`^Add to agenda: ${title}`), { max: 200 });
        await page.keyboard.press('Enter');
        await page.locator('#gr-agenda li', { hasText: title }).waitFor();
      }
      const agenda = await page.locator('#gr-agenda li > span:first-child').allInnerTexts();
      assert.deepEqual(agenda, inOrder);
      // Who came: one box a member, Space to tick, Enter on "Save attendance".
      await page.locator('.gr-attendance input[type=checkbox]').first().focus();
      await page.keyboard.press('Space');
      await tabTo(page, /^Save attendance$/);
      await page.keyboard.press('Enter');
      await page.getByText('Attendance saved: 1 person came.').waitFor();
      // Raise the first item to an organisation of the plan, from the keyboard.
      const raise = page.locator('#gr-agenda li').first().locator('.gr-raise');
      const organisation = await raise.locator('select option').first().innerText();
      await raise.locator('select').focus();
      await tabTo(page, new RegExp(`^Raise it: .${inOrder[0]}.`));
      await page.keyboard.press('Enter');
      await page.locator('#gr-agenda li', { hasText: `(raised to ${organisation})` }).waitFor();
      await axeClean(page, 'meeting, facilitator, 1280');
      await session.screenshot('groups-meeting-1280');
      // An action point, then the minutes, published.
      await page.getByLabel('What is to be done').fill('Report the lift to the housing association');
      await page.getByLabel('Who will do it').fill('Asha');
      await page.getByLabel('Due by').fill('2027-01-15');
      await page.getByRole('button', { name: 'Add the action point' }).click();
      await page.locator('.gr-actions li', { hasText: 'Report the lift' }).waitFor();
      await page.getByLabel('Minutes (Markdown)').fill(`# Minutes\n\nWe discussed the **broken lift** and the bins.\n\n<script>alert(1)</script>`);
      await page.getByRole('button', { name: 'Publish the minutes' }).click();
      await page.getByText(/^Published on /).waitFor();
      await assertNoRawCodes(page);
      // The projector view: the area on the map beside the agenda.
      await page.getByRole('link', { name: 'Open in the projector view' }).click();
      await page.locator('.gr-projector-agenda li', { hasText: titles[0] }).waitFor();
      await session.screenshot('groups-projector-1280');
      assert.deepEqual(session.consoleErrors, [], listOf(session.consoleErrors));
    } catch (err) {
      await session.screenshot('groups-failed-facilitator');
      throw err;
    } finally {
      await session.close();
    }
  }

  // The member, on a phone: the minutes and the action point, then the resource.
  {
    const session = await openAs(MEMBER, groupPath, { width: 360, height: 740 });
    const { page } = session;
    try {
      const minutes = page.locator('.gr-published');
      await minutes.getByText('We discussed the broken lift and the bins.').waitFor();
      assert.equal(await minutes.locator('script').count(), 0, 'the minutes carry no script');
      await page.getByText('You are a member of this group.').waitFor();
      await axeClean(page, 'group page, member, 360');
      await session.screenshot('groups-member-360');
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download Terms of reference' }).click()]);
      assert.equal(download.suggestedFilename(), 'terms.pdf');
      // A spam post, reported with a reason.
      await page.getByRole('button', { name: `Lift meeting ${stamp}` }).click();
      await page.getByRole('button', { name: 'Report this post' }).click();
      await page.getByLabel('What is wrong with it?').fill('Advertising');
      await page.getByRole('button', { name: 'Send the report' }).click();
      // The note on the page (the live region says the same words).
      await page.locator('#main').getByText("Reported. The group's facilitators and the site's moderators will look at it.").waitFor();
      await axeClean(page, 'group page, member, reported a post, 360');
      await page.goto(BASE_URL + meetingPath, { waitUntil: 'networkidle' });
      await page.locator('.gr-actions li', { hasText: 'Report the lift to the housing association' }).waitFor();
      assert.match(await page.locator('.gr-actions').innerText(), /Owner: Asha, due 15 Jan 2027/);
      await axeClean(page, 'meeting, member, 360');
      await session.screenshot('groups-meeting-member-360');
      await assertNoRawCodes(page);
    } catch (err) {
      await session.screenshot('groups-failed-member');
      throw err;
    } finally {
      await session.close();
    }
  }

  // A non-member: the public page, no members' space, the meeting refused.
  {
    const session = await openAs(OUTSIDER, groupPath, { width: 360, height: 740 });
    const { page } = session;
    try {
      await page.getByRole('heading', { name, level: 1 }).waitFor();
      await page.getByText('Groups working in Fishermead, meeting weekly.').waitFor();
      await page.getByText('We discussed the broken lift and the bins.').waitFor();
      await page.getByRole('button', { name: 'Ask to join' }).waitFor();
      assert.equal(await page.getByRole('heading', { name: "Members' space" }).count(), 0);
      assert.equal(await page.getByText('Terms of reference').count(), 0);
      await axeClean(page, 'group page, non-member, 360');
      await session.screenshot('groups-public-360');
      await page.goto(BASE_URL + meetingPath, { waitUntil: 'networkidle' });
      await page.getByText('This part of the group is for its members only.').waitFor();
      assert.equal(await page.getByText('Report the lift').count(), 0);
      const file = await api(`/api/v1/groups/${id}/resources/${upload.body.id}/file`, { headers: { cookie: await sessionCookie(OUTSIDER.email, OUTSIDER.password) } });
      assert.equal(file.status, 403);
    } catch (err) {
      await session.screenshot('groups-failed-outsider');
      throw err;
    } finally {
      await session.close();
    }
  }
});
