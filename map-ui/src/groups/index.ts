// The Collaborative Action Groups pages (issue 18):
//   /p/{plan}/groups                          the plan's groups
//   /p/{plan}/groups/{id}                     a group's public page, and its members' space
//                                             (meetings, threads, resources, members) for members
//   /p/{plan}/groups/{id}/meetings/{m}        a meeting: agenda, "since last week", minutes,
//                                             action points
//   /p/{plan}/groups/{id}/meetings/{m}/projector  the meeting on the room's screen: the group's
//                                             area on the map beside the agenda
// The server decides what each person may read; a refusal is shown in words.

import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { AccountNav } from '../account-nav';
import { ApiError, getNeighbourhoods, getPlan, styleUrl } from '../api';
import { append, h, replace, uid } from '../dom';
import { formatDate, initI18n, languagePicker, t } from '../i18n';
import { useRtlTextPlugin } from '../map';
import { groupsApi as api, type AreaEntry, type Group, type GroupPage, type MeetingDetail, type Standing } from './api';
import './groups.css';

const enc = encodeURIComponent;
const when = (iso: string) => formatDate(new Date(iso), { dateStyle: 'full', timeStyle: 'short' });
const day = (iso: string) => formatDate(new Date(`${iso}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
const isMember = (s: Standing) => s === 'member' || s === 'facilitator' || s === 'admin';
const runs = (s: Standing) => s === 'facilitator' || s === 'admin';
const statusLabel = (s: string) => (s === 'held' ? t('groups-meeting-held') : s === 'cancelled' ? t('groups-meeting-cancelled') : t('groups-meeting-scheduled'));

function problem(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401) return t('groups-sign-in-needed');
    if (err.status === 403) return t('groups-members-only');
    if (err.status === 404) return t('groups-not-found');
    if (err.status === 413) return t('groups-file-too-large');
    if (err.status === 415) return t('groups-file-type');
    if (err.status === 422) return t('groups-check-form');
  }
  return t('groups-load-failed');
}

/** A labelled field: its label, then the control. */
function field(label: string, control: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
  const id = uid('gr-field');
  control.id = id;
  return h('div', { class: 'gr-field' }, h('label', { for: id }, label), control);
}

/** The group's area: its neighbourhoods and its outline, on the plan's map. */
async function areaMap(container: HTMLElement, group: Group, label: string): Promise<maplibregl.Map | null> {
  const all = await getNeighbourhoods(group.plan).catch(() => []);
  const features: GeoJSON.Feature[] = all.filter((n) => group.neighbourhoods.includes(n.properties.slug));
  if (group.outline) features.push({ type: 'Feature', geometry: group.outline, properties: {} });
  let [w, s, e, n] = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of features) if (f.geometry.type !== 'GeometryCollection') visit(f.geometry.coordinates);
  if (w > e) return null;
  useRtlTextPlugin();
  const map = new maplibregl.Map({
    container,
    style: styleUrl(group.plan),
    bounds: [w, s, e, n],
    fitBoundsOptions: { padding: 24 },
    attributionControl: { compact: true },
    dragRotate: false,
    pitchWithRotate: false,
    fadeDuration: 0,
  });
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', label);
  map.once('load', () => {
    map.addSource('gr-area', { type: 'geojson', data: { type: 'FeatureCollection', features } });
    map.addLayer({ id: 'gr-area-fill', type: 'fill', source: 'gr-area', paint: { 'fill-color': '#0072b2', 'fill-opacity': 0.15 } });
    map.addLayer({ id: 'gr-area-line', type: 'line', source: 'gr-area', paint: { 'line-color': '#0b4f7c', 'line-width': 2.5 } });
  });
  return map;
}

class GroupsPage {
  readonly main = h('main', { id: 'main', class: 'gr-main', tabindex: -1 });
  private readonly status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private readonly planName = h('p', { class: 'gr-plan' });
  private readonly heading = h('h1', {}, t('groups-heading'));
  private readonly links = h('nav', { class: 'gr-links', 'aria-label': t('groups-links') });

  constructor(readonly plan: string) {
    document.body.className = 'gr-page';
    document.body.removeAttribute('data-view');
    document.body.removeAttribute('data-mode');
    const nav = new AccountNav();
    replace(
      document.body,
      h('a', { class: 'skip-link', href: '#main' }, t('groups-skip-to-content')),
      h('header', { class: 'gr-header' }, h('div', {}, this.heading, this.planName), this.links, nav.el, languagePicker('gr-lang')),
      this.main,
      this.status,
    );
  }

  say(text: string): void {
    this.status.textContent = '';
    window.setTimeout(() => (this.status.textContent = text), 50);
  }

  title(text: string): void {
    replace(this.heading, text);
  }

  async route(rest: string): Promise<void> {
    replace(this.main, h('p', { class: 'loading' }, t('groups-loading')));
    const planLink = h('a', { class: 'button', href: `/p/${enc(this.plan)}` }, t('groups-back-to-map'));
    replace(this.links, planLink);
    try {
      const plan = await getPlan(this.plan);
      replace(this.planName, plan.title);
      document.title = t('groups-page-title', { plan: plan.title });
      const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
      if (parts.length === 0) return await this.list();
      this.links.append(h('a', { class: 'button', href: `/p/${enc(this.plan)}/groups` }, t('groups-all-groups')));
      if (parts.length === 1) return await this.group(parts[0]);
      if (parts[1] === 'meetings' && parts.length === 3) return await this.meeting(parts[0], parts[2]);
      if (parts[1] === 'meetings' && parts[3] === 'projector') return await this.projector(parts[0], parts[2]);
      replace(this.main, h('p', { class: 'note' }, t('groups-not-found')));
    } catch (err) {
      replace(this.main, h('p', { class: 'note gr-refused' }, problem(err)), this.signInLink(err));
    }
  }

  private signInLink(err: unknown): HTMLElement | null {
    return err instanceof ApiError && err.status === 401
      ? h('p', {}, h('a', { href: `/account/signin?next=${enc(location.pathname)}` }, t('groups-sign-in')))
      : null;
  }

  private groupUrl(id: string): string {
    return `/p/${enc(this.plan)}/groups/${enc(id)}`;
  }

  // The plan's groups.
  private async list(): Promise<void> {
    const { groups } = await api.list(this.plan);
    replace(
      this.main,
      h('p', { class: 'gr-intro' }, t('groups-intro')),
      groups.length
        ? h(
            'ul',
            { class: 'gr-list' },
            ...groups.map((g) => h('li', {}, h('a', { href: this.groupUrl(g.id) }, h('strong', {}, g.name)), h('p', {}, g.purpose))),
          )
        : h('p', {}, t('groups-none')),
    );
  }

  // The public page, then the members' space for members.
  private async group(id: string): Promise<void> {
    const page = await api.page(id);
    const g: Group = page;
    this.title(g.name);
    document.title = t('groups-group-title', { group: g.name });
    const mapBox = h('div', { class: 'gr-map' });
    const minutes = page.published_minutes.map((m) => {
      const body = h('div', { class: 'gr-minutes' });
      body.innerHTML = m.html; // sanitised by the server (no raw HTML, inert links)
      return h('article', { class: 'gr-published' }, h('h3', {}, t('groups-minutes-of', { date: when(m.starts_at) })), body);
    });
    const membership = this.membership(page);
    replace(
      this.main,
      h(
        'section',
        { class: 'gr-public', 'aria-labelledby': 'gr-about' },
        h('h2', { id: 'gr-about' }, t('groups-about')),
        h('p', { class: 'gr-purpose' }, g.purpose),
        h('p', {}, page.next_meeting ? t('groups-next-meeting', { date: when(page.next_meeting) }) : t('groups-no-next-meeting')),
        h('p', {}, h('a', { href: api.groupIcs(g.id) }, t('groups-subscribe'))),
        membership,
        h('div', { class: 'gr-map-wrap' }, mapBox),
      ),
      h(
        'section',
        { class: 'gr-public-minutes', 'aria-labelledby': 'gr-minutes' },
        h('h2', { id: 'gr-minutes' }, t('groups-published-minutes')),
        ...(minutes.length ? minutes : [h('p', {}, t('groups-no-minutes'))]),
      ),
    );
    void areaMap(mapBox, g, t('groups-map-label', { group: g.name })).then((m) => {
      if (!m) mapBox.remove();
    });
    if (isMember(page.standing)) await this.membersSpace(page);
  }

  private membership(page: GroupPage): HTMLElement {
    const box = h('div', { class: 'gr-membership' });
    const id = page.id;
    const act = async (fn: () => Promise<unknown>, said: string) => {
      try {
        await fn();
        this.say(said);
        await this.group(id);
      } catch (err) {
        replace(box, h('p', { class: 'note', role: 'alert' }, problem(err)));
      }
    };
    switch (page.standing) {
      case 'anonymous':
        replace(box, h('a', { href: `/account/signin?next=${enc(location.pathname)}` }, t('groups-sign-in-to-join')));
        break;
      case 'outsider':
        replace(box, h('button', { type: 'button', class: 'button', onclick: () => void act(() => api.join(id), t('groups-asked')) }, t('groups-join')));
        break;
      case 'requested':
        replace(box, h('p', {}, t('groups-requested')));
        break;
      default:
        replace(
          box,
          h('p', {}, page.standing === 'member' ? t('groups-you-are-member') : t('groups-you-facilitate')),
          page.thread_digest === null ? null : this.digestToggle(id, page.thread_digest),
          page.standing === 'admin' ? null : h('button', { type: 'button', class: 'button', onclick: () => void act(() => api.leave(id), t('groups-left')) }, t('groups-leave')),
        );
    }
    return box;
  }

  /** The daily mail of new threads: a checkbox that says at once what it did. */
  private digestToggle(id: string, on: boolean): HTMLElement {
    const boxId = uid('gr-digest');
    const noteId = uid('gr-digest-note');
    const check = h('input', { type: 'checkbox', id: boxId, checked: on, 'aria-describedby': noteId });
    const said = h('p', { class: 'gr-muted', id: noteId }, t('groups-digest-hint'));
    check.addEventListener('change', () => {
      const want = check.checked;
      check.disabled = true;
      void api.setThreadDigest(id, want).then(
        () => {
          check.disabled = false;
          const text = want ? t('groups-digest-on') : t('groups-digest-off');
          replace(said, text);
          this.say(text);
        },
        (err: unknown) => {
          check.disabled = false;
          check.checked = !want;
          replace(said, problem(err));
        },
      );
    });
    return h('div', { class: 'gr-digest' }, h('div', { class: 'gr-check' }, check, h('label', { for: boxId }, t('groups-digest-label'))), said);
  }

  private async membersSpace(page: GroupPage): Promise<void> {
    const id = page.id;
    const [meetings, threads, resources, members] = await Promise.all([api.meetings(id), api.threads(id), api.resources(id), api.members(id)]);
    const space = h('section', { class: 'gr-space', 'aria-labelledby': 'gr-space-h' }, h('h2', { id: 'gr-space-h' }, t('groups-members-space')));
    // Meetings
    const meetingList = h(
      'ul',
      { class: 'gr-meetings' },
      ...[...meetings.meetings].reverse().map((m) =>
        h(
          'li',
          {},
          h('a', { href: `${this.groupUrl(id)}/meetings/${enc(m.id)}` }, when(m.starts_at)),
          ' ',
          h('span', { class: 'gr-muted' }, m.published_at ? t('groups-minutes-published') : statusLabel(m.status)),
        ),
      ),
    );
    const meetingsBox = h('section', { 'aria-labelledby': 'gr-meetings-h' }, h('h3', { id: 'gr-meetings-h' }, t('groups-meetings')), meetingList);
    if (runs(page.standing)) {
      const startsAt = h('input', { type: 'datetime-local', required: true });
      const form = h(
        'form',
        { class: 'gr-form' },
        field(t('groups-meeting-starts'), startsAt),
        h('button', { type: 'submit', class: 'button' }, t('groups-create-meeting')),
      );
      form.addEventListener('submit', (ev) => {
        ev.preventDefault();
        void (async () => {
          try {
            const m = await api.createMeeting(id, new Date(startsAt.value).toISOString());
            location.assign(`${this.groupUrl(id)}/meetings/${enc(m.id)}`);
          } catch (err) {
            form.append(h('p', { class: 'note', role: 'alert' }, problem(err)));
          }
        })();
      });
      meetingsBox.append(form);
    }
    space.append(meetingsBox, this.threads(id, threads.posts), this.resources(id, resources.resources));
    // Members and requests
    const requests = members.members.filter((m) => m.status === 'requested');
    space.append(
      h(
        'section',
        { 'aria-labelledby': 'gr-members-h' },
        h('h3', { id: 'gr-members-h' }, t('groups-members')),
        h(
          'ul',
          {},
          ...members.members
            .filter((m) => m.status === 'active')
            .map((m) => h('li', {}, m.display_name ?? t('groups-unnamed'), ' ', h('span', { class: 'gr-muted' }, (m.role === 'facilitator' ? t('groups-role-facilitator') : t('groups-role-member'))))),
        ),
        requests.length && runs(page.standing)
          ? h(
              'div',
              {},
              h('h4', {}, t('groups-join-requests')),
              h(
                'ul',
                {},
                ...requests.map((m) =>
                  h(
                    'li',
                    {},
                    m.display_name ?? t('groups-unnamed'),
                    ' ',
                    h(
                      'button',
                      {
                        type: 'button',
                        class: 'button',
                        onclick: () =>
                          void api.approve(id, m.user).then(
                            () => this.group(id),
                            (err: unknown) => this.say(problem(err)),
                          ),
                      },
                      t('groups-approve', { name: m.display_name ?? t('groups-unnamed') }),
                    ),
                  ),
                ),
              ),
            )
          : null,
      ),
    );
    this.main.append(space);
  }

  private threads(id: string, posts: { id: string; title: string | null; reply_count: number; author: string | null }[]): HTMLElement {
    const box = h('section', { class: 'gr-threads', 'aria-labelledby': 'gr-threads-h' }, h('h3', { id: 'gr-threads-h' }, t('groups-threads')));
    const list = h('ul', {});
    for (const p of posts) {
      const open = h('button', { type: 'button', class: 'gr-link', 'aria-expanded': 'false' }, p.title ?? t('groups-untitled'));
      const replies = h('div', { class: 'gr-thread' });
      open.addEventListener('click', () => {
        const shown = open.getAttribute('aria-expanded') === 'true';
        open.setAttribute('aria-expanded', String(!shown));
        if (shown) return replace(replies);
        void this.showThread(id, p.id, replies);
      });
      list.append(h('li', {}, open, ' ', h('span', { class: 'gr-muted' }, t('groups-replies', { count: p.reply_count })), replies));
    }
    const title = h('input', { type: 'text', required: true, maxlength: 200 });
    const body = h('textarea', { required: true, rows: 3 });
    const form = h('form', { class: 'gr-form' }, field(t('groups-thread-title'), title), field(t('groups-thread-body'), body), h('button', { type: 'submit', class: 'button' }, t('groups-start-thread')));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void api.newThread(id, title.value, body.value).then(
        () => this.group(id),
        (err: unknown) => form.append(h('p', { class: 'note', role: 'alert' }, problem(err))),
      );
    });
    box.append(posts.length ? list : h('p', {}, t('groups-no-threads')), form);
    return box;
  }

  private async showThread(id: string, thread: string, box: HTMLElement): Promise<void> {
    try {
      const { posts } = await api.thread(id, thread);
      const body = h('textarea', { required: true, rows: 2 });
      const form = h('form', { class: 'gr-form' }, field(t('groups-reply'), body), h('button', { type: 'submit', class: 'button' }, t('groups-send-reply')));
      form.addEventListener('submit', (ev) => {
        ev.preventDefault();
        void api.reply(id, thread, body.value).then(
          () => this.showThread(id, thread, box),
          (err: unknown) => form.append(h('p', { class: 'note', role: 'alert' }, problem(err))),
        );
      });
      replace(
        box,
        h(
          'ol',
          { class: 'gr-posts' },
          ...posts.map((p) =>
            h(
              'li',
              {},
              h('p', { class: 'gr-muted' }, t('groups-post-by', { author: p.author ?? t('groups-unnamed'), date: when(p.created_at) })),
              h('p', { class: 'gr-post-body' }, p.body),
              this.flagControl(id, p.id),
            ),
          ),
        ),
        form,
      );
    } catch (err) {
      replace(box, h('p', { class: 'note' }, problem(err)));
    }
  }

  /** "Report this post": a reason, then the group's facilitators and the moderators see it. */
  private flagControl(id: string, post: string): HTMLElement {
    const box = h('div', { class: 'gr-flag' });
    const open = h('button', { type: 'button', class: 'gr-link', 'aria-expanded': 'false' }, t('groups-flag'));
    const reason = h('textarea', { rows: 2, maxlength: 500, required: true });
    const form = h('form', { class: 'gr-form', hidden: true }, field(t('groups-flag-reason'), reason), h('button', { type: 'submit', class: 'button' }, t('groups-flag-send')));
    open.addEventListener('click', () => {
      const shown = !form.hidden;
      form.hidden = shown;
      open.setAttribute('aria-expanded', String(!shown));
      if (!shown) reason.focus();
    });
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void api.flag(id, post, reason.value).then(
        () => {
          const done = h('p', { class: 'gr-muted', tabindex: -1 }, t('groups-flagged'));
          replace(box, done);
          done.focus();
          this.say(t('groups-flagged'));
        },
        (err: unknown) => form.append(h('p', { class: 'note', role: 'alert' }, problem(err))),
      );
    });
    box.append(open, form);
    return box;
  }

  private resources(id: string, resources: { id: string; title: string; url: string | null; file: string | null; members_only: boolean }[]): HTMLElement {
    const box = h('section', { class: 'gr-resources', 'aria-labelledby': 'gr-resources-h' }, h('h3', { id: 'gr-resources-h' }, t('groups-resources')));
    box.append(
      resources.length
        ? h(
            'ul',
            {},
            ...resources.map((r) =>
              h(
                'li',
                {},
                r.file
                  ? h('a', { href: api.fileUrl(id, r.id), download: '' }, t('groups-download', { title: r.title }))
                  : h('a', { href: r.url ?? '#', rel: 'nofollow ugc noopener', target: '_blank' }, r.title),
                r.members_only ? h('span', { class: 'gr-muted' }, ` ${t('groups-members-only-tag')}`) : null,
              ),
            ),
          )
        : h('p', {}, t('groups-no-resources')),
    );
    const title = h('input', { type: 'text', required: true, maxlength: 200 });
    const file = h('input', { type: 'file' });
    const url = h('input', { type: 'url' });
    const membersOnly = h('input', { type: 'checkbox', checked: true });
    const form = h(
      'form',
      { class: 'gr-form' },
      field(t('groups-resource-title'), title),
      field(t('groups-resource-file'), file),
      field(t('groups-resource-link'), url),
      h('div', { class: 'gr-check' }, membersOnly, h('label', {}, t('groups-resource-members-only'))),
      h('button', { type: 'submit', class: 'button' }, t('groups-add-resource')),
    );
    const checkId = uid('gr-check');
    membersOnly.id = checkId;
    form.querySelector('.gr-check label')?.setAttribute('for', checkId);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const chosen = file.files?.[0];
      const done = chosen ? api.upload(id, title.value, chosen, membersOnly.checked) : api.addLink(id, title.value, url.value, membersOnly.checked);
      void done.then(
        () => this.group(id),
        (err: unknown) => form.append(h('p', { class: 'note', role: 'alert' }, problem(err))),
      );
    });
    box.append(form);
    return box;
  }

  // A meeting in the members' space.
  private async meeting(id: string, mid: string): Promise<void> {
    const [page, m] = await Promise.all([api.page(id), api.meeting(id, mid)]);
    this.title(page.name);
    document.title = t('groups-meeting-title', { group: page.name, date: when(m.starts_at) });
    const facilitator = runs(page.standing);
    const since = await api.sinceLastWeek(id, mid).catch(() => null);
    replace(
      this.links,
      h('a', { class: 'button', href: `/p/${enc(this.plan)}` }, t('groups-back-to-map')),
      h('a', { class: 'button', href: this.groupUrl(id) }, t('groups-back-to-group')),
      h('a', { class: 'button', href: `${this.groupUrl(id)}/meetings/${enc(mid)}/projector` }, t('groups-open-projector')),
    );
    const organisations = facilitator ? await api.organisations(page.plan).then((o) => o.organisations, () => []) : [];
    const members = facilitator ? await api.members(id).then((r) => r.members.filter((x) => x.status === 'active'), () => []) : [];
    const agenda = h(
      'ol',
      { class: 'gr-agenda', id: 'gr-agenda' },
      ...m.agenda.map((a) =>
        h(
          'li',
          {},
          h('span', {}, a.text),
          a.raised_to_name ? h('span', { class: 'gr-muted' }, ` ${t('groups-raised-to', { organisation: a.raised_to_name })}`) : null,
          facilitator && !a.raised_to && organisations.length ? this.raiseControl(id, mid, a.id, a.text, organisations) : null,
        ),
      ),
    );
    const refresh = () => this.meeting(id, mid).then(() => undefined);
    replace(
      this.main,
      h('h2', { class: 'gr-meeting-h' }, t('groups-meeting-on', { date: when(m.starts_at) })),
      h('p', {}, h('a', { href: api.meetingIcs(id, mid) }, t('groups-add-to-calendar'))),
      h(
        'div',
        { class: 'gr-meeting-layout' },
        h(
          'section',
          { 'aria-labelledby': 'gr-agenda-h' },
          h('h3', { id: 'gr-agenda-h', tabindex: -1 }, t('groups-agenda')),
          m.agenda.length ? agenda : h('p', {}, t('groups-agenda-empty')),
          this.agendaForm(id, mid, refresh),
        ),
        since ? this.sincePanel(id, mid, since, new Set(m.agenda.map((a) => a.contribution ?? a.proposal ?? ''))) : null,
      ),
      facilitator ? this.attendance(id, mid, m, members) : null,
      this.actionPoints(id, mid, m, facilitator),
      this.minutes(id, mid, m, facilitator),
    );
  }

  /** "Raise it": carries an agenda item to an organisation of the plan (facilitators). */
  private raiseControl(id: string, mid: string, item: string, text: string, organisations: { id: string; name: string }[]): HTMLElement {
    const select = h('select', {}, ...organisations.map((o) => h('option', { value: o.id }, o.name)));
    const selectId = uid('gr-raise');
    select.id = selectId;
    const form = h(
      'form',
      { class: 'gr-raise' },
      h('label', { for: selectId }, t('groups-raise-to')),
      select,
      h('button', { type: 'submit', class: 'button', 'aria-label': t('groups-raise-named', { item: text }) }, t('groups-raise')),
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const name = select.selectedOptions[0]?.textContent ?? '';
      void api.raise(id, mid, item, select.value).then(
        async () => {
          this.say(t('groups-raised', { item: text, organisation: name }));
          await this.meeting(id, mid);
          document.getElementById('gr-agenda-h')?.focus();
        },
        (err: unknown) => form.append(h('p', { class: 'note', role: 'alert' }, problem(err))),
      );
    });
    return form;
  }

  /** Who came: one checkbox a member, saved together (facilitators). */
  private attendance(id: string, mid: string, m: MeetingDetail, members: { user: string; display_name: string | null }[]): HTMLElement {
    const present = new Set(m.attendance);
    const said = h('p', { class: 'gr-muted', role: 'status' });
    const checks = members.map((x) => {
      const boxId = uid('gr-present');
      const check = h('input', { type: 'checkbox', id: boxId, value: x.user, checked: present.has(x.user) });
      return { check, row: h('li', { class: 'gr-check' }, check, h('label', { for: boxId }, x.display_name ?? t('groups-unnamed'))) };
    });
    const form = h(
      'form',
      { class: 'gr-form gr-attendance' },
      h('fieldset', {}, h('legend', {}, t('groups-attendance-legend')), h('ul', { class: 'gr-checks' }, ...checks.map((c) => c.row))),
      h('button', { type: 'submit', class: 'button' }, t('groups-attendance-save')),
      said,
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const users = checks.filter((c) => c.check.checked).map((c) => c.check.value);
      void api.setAttendance(id, mid, users).then(
        () => replace(said, t('groups-attendance-saved', { count: users.length })),
        (err: unknown) => replace(said, problem(err)),
      );
    });
    return h('section', { 'aria-labelledby': 'gr-attendance-h' }, h('h3', { id: 'gr-attendance-h' }, t('groups-attendance')), members.length ? form : h('p', {}, t('groups-attendance-none')));
  }

  private agendaForm(id: string, mid: string, refresh: () => Promise<void>): HTMLElement {
    const text = h('input', { type: 'text', required: true, maxlength: 500 });
    const form = h('form', { class: 'gr-form' }, field(t('groups-agenda-item'), text), h('button', { type: 'submit', class: 'button' }, t('groups-add-item')));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void api.addAgenda(id, mid, { text: text.value }).then(refresh, (err: unknown) => form.append(h('p', { class: 'note', role: 'alert' }, problem(err))));
    });
    return form;
  }

  private sincePanel(id: string, mid: string, since: { since: string; new: AreaEntry[]; most_supported: AreaEntry[]; open_outcomes: AreaEntry[] }, onAgenda: Set<string>): HTMLElement {
    const panel = h('section', { class: 'gr-since', 'aria-labelledby': 'gr-since-h' }, h('h3', { id: 'gr-since-h' }, t('groups-since-last-week')), h('p', { class: 'gr-muted' }, t('groups-since', { date: when(since.since) })));
    const group = (heading: string, items: AreaEntry[]) => {
      panel.append(h('h4', {}, heading));
      if (!items.length) return panel.append(h('p', {}, t('groups-since-none')));
      panel.append(
        h(
          'ul',
          { class: 'gr-since-list' },
          ...items.map((e) => {
            const added = onAgenda.has(e.id);
            const button = h(
              'button',
              { type: 'button', class: 'button', disabled: added, 'aria-label': added ? null : t('groups-add-to-agenda-named', { title: e.title }) },
              added ? t('groups-on-agenda') : t('groups-add-to-agenda'),
            );
            button.addEventListener('click', () => {
              // Where focus goes once the meeting is drawn again: the next item still to add.
              const at = [...document.querySelectorAll('.gr-since-list button')].indexOf(button);
              button.disabled = true;
              void api.addAgenda(id, mid, e.type === 'proposal' ? { proposal: e.id } : { contribution: e.id }).then(
                async () => {
                  this.say(t('groups-added', { title: e.title }));
                  await this.meeting(id, mid);
                  const buttons = [...document.querySelectorAll<HTMLButtonElement>('.gr-since-list button')];
                  (buttons.slice(at).find((b) => !b.disabled) ?? document.getElementById('gr-agenda-h'))?.focus();
                },
                (err: unknown) => {
                  button.disabled = false;
                  this.say(problem(err));
                },
              );
            });
            return h('li', {}, h('span', { class: 'gr-since-title' }, e.title), ' ', h('span', { class: 'gr-muted' }, t('groups-supporters', { count: e.support_count })), ' ', button);
          }),
        ),
      );
    };
    group(t('groups-since-new'), since.new);
    group(t('groups-since-most-supported'), since.most_supported);
    group(t('groups-since-open-outcomes'), since.open_outcomes);
    return panel;
  }

  private actionPoints(id: string, mid: string, m: MeetingDetail, facilitator: boolean): HTMLElement {
    const box = h('section', { 'aria-labelledby': 'gr-actions-h' }, h('h3', { id: 'gr-actions-h' }, t('groups-action-points')));
    box.append(
      m.action_points.length
        ? h(
            'ul',
            { class: 'gr-actions' },
            ...m.action_points.map((p) =>
              h(
                'li',
                {},
                h('span', {}, p.text),
                ' ',
                h('span', { class: 'gr-muted' }, p.due ? t('groups-owner-due', { owner: p.owner, due: day(p.due) }) : t('groups-owner', { owner: p.owner })),
                p.done_at
                  ? h('span', { class: 'gr-done' }, ` ${t('groups-done')}`)
                  : facilitator
                    ? h('button', { type: 'button', class: 'button', onclick: () => void api.actionPointDone(id, p.id).then(() => this.meeting(id, mid)) }, t('groups-mark-done'))
                    : null,
              ),
            ),
          )
        : h('p', {}, t('groups-no-action-points')),
    );
    if (facilitator) {
      const text = h('input', { type: 'text', required: true, maxlength: 500 });
      const owner = h('input', { type: 'text', required: true, maxlength: 120 });
      const due = h('input', { type: 'date' });
      const form = h('form', { class: 'gr-form' }, field(t('groups-action-text'), text), field(t('groups-action-owner'), owner), field(t('groups-action-due'), due), h('button', { type: 'submit', class: 'button' }, t('groups-add-action')));
      form.addEventListener('submit', (ev) => {
        ev.preventDefault();
        void api.addActionPoint(id, mid, { text: text.value, owner: owner.value, due: due.value || undefined }).then(
          () => this.meeting(id, mid),
          (err: unknown) => form.append(h('p', { class: 'note', role: 'alert' }, problem(err))),
        );
      });
      box.append(form);
    }
    return box;
  }

  private minutes(id: string, mid: string, m: MeetingDetail, facilitator: boolean): HTMLElement {
    const box = h('section', { class: 'gr-minutes-box', 'aria-labelledby': 'gr-minutes-h' }, h('h3', { id: 'gr-minutes-h' }, t('groups-minutes')));
    if (m.published_at) box.append(h('p', { class: 'gr-muted' }, t('groups-published-on', { date: when(m.published_at) })));
    const shown = h('div', { class: 'gr-minutes' });
    shown.innerHTML = m.minutes_html ?? ''; // sanitised by the server
    if (!facilitator) {
      box.append(m.minutes ? shown : h('p', {}, t('groups-no-minutes-yet')));
      return box;
    }
    const text = h('textarea', { rows: 10, class: 'gr-minutes-text' });
    text.value = m.minutes ?? '';
    const note = h('p', { class: 'gr-muted' }, t('groups-markdown-hint'));
    const save = h('button', { type: 'submit', class: 'button' }, t('groups-save-minutes'));
    const publish = h('button', { type: 'button', class: 'button button-primary' }, t('groups-publish'));
    const form = h('form', { class: 'gr-form' }, field(t('groups-minutes-markdown'), text), note, h('div', { class: 'gr-buttons' }, save, publish));
    const saveNow = () => api.setMinutes(id, mid, text.value);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void saveNow().then(
        () => this.say(t('groups-minutes-saved')),
        (err: unknown) => this.say(problem(err)),
      );
    });
    publish.addEventListener('click', () => {
      void saveNow()
        .then(() => api.publish(id, mid))
        .then(
          async () => {
            await this.meeting(id, mid);
            this.say(t('groups-minutes-published'));
          },
          (err: unknown) => form.append(h('p', { class: 'note', role: 'alert' }, problem(err))),
        );
    });
    append(box, form, m.minutes_html ? h('h4', {}, t('groups-preview')) : null, m.minutes_html ? shown : null);
    return box;
  }

  // The meeting on the room's screen: the group's area and the agenda, large.
  private async projector(id: string, mid: string): Promise<void> {
    const [page, m] = await Promise.all([api.page(id), api.meeting(id, mid)]);
    document.body.classList.add('gr-projector');
    this.title(page.name);
    const mapBox = h('div', { class: 'gr-projector-map' });
    this.links.append(h('a', { class: 'button', href: `${this.groupUrl(id)}/meetings/${enc(mid)}` }, t('groups-back-to-meeting')));
    replace(
      this.main,
      h(
        'div',
        { class: 'gr-projector-layout' },
        mapBox,
        h(
          'section',
          { class: 'gr-projector-agenda', 'aria-labelledby': 'gr-pa-h' },
          h('h2', { id: 'gr-pa-h' }, t('groups-meeting-on', { date: when(m.starts_at) })),
          h('h3', {}, t('groups-agenda')),
          m.agenda.length ? h('ol', {}, ...m.agenda.map((a) => h('li', {}, a.text))) : h('p', {}, t('groups-agenda-empty')),
        ),
      ),
    );
    void areaMap(mapBox, page, t('groups-map-label', { group: page.name }));
  }
}

export async function startGroups(pathname: string): Promise<void> {
  const m = /^\/p\/([^/]+)\/groups(\/.*)?$/.exec(pathname);
  const plan = m ? decodeURIComponent(m[1]) : '';
  await initI18n(['groups', 'account', 'map', 'common']);
  await new GroupsPage(plan).route(m?.[2] ?? '');
}
