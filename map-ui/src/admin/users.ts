// The users section: search accounts by name or e-mail (and role), then per account change
// the role, make it a responder for an organisation of any plan, or disable / enable it.
// The server refuses an administrator's own account (409).

import { ApiError, type Role } from '../api';
import { focus, h, replace, uid } from '../dom';
import { listOrganisations, listPlans, makeResponder, searchUsers, updateUser, type AdminOrganisation, type AdminUser } from './api';
import { Form, type Host, type Shown } from './form';
import { ALL_ROLES, as, ROLES } from './strings';

/** An organisation with the title of its plan, for the "Make responder" choice. */
interface PlanOrganisation extends AdminOrganisation {
  planTitle: string;
}

/** Every plan's organisations, plan by plan. */
async function allOrganisations(): Promise<PlanOrganisation[]> {
  const plans = await listPlans();
  const lists = await Promise.all(
    plans.map(async (p) => (await listOrganisations(p.slug)).map((o) => ({ ...o, planTitle: p.title }))),
  );
  return lists.flat();
}

export async function usersSection(host: Host, params: URLSearchParams): Promise<Shown> {
  const organisations = await allOrganisations();
  const results = h('div', { class: 'admin-results' });
  const count = h('p', { class: 'admin-count', role: 'status' });
  const list = h('ul', { class: 'admin-cards', 'aria-labelledby': 'admin-users-found' });
  const more = h('button', { type: 'button', class: 'button', hidden: true }, as.moreUsers);
  let shown: AdminUser[] = [];
  let query = { q: params.get('q') ?? '', role: params.get('role') ?? '' };

  const showPage = async (offset: number) => {
    const page = await searchUsers(query.q, query.role, offset);
    if (offset === 0) {
      shown = [];
      list.replaceChildren();
    }
    const cards = page.users.map((u) => userCard(host, u, organisations));
    shown.push(...page.users);
    list.append(...cards.map((c) => c.root));
    replace(count, page.total ? as.usersFound(shown.length, page.total) : as.usersNone);
    more.hidden = shown.length >= page.total;
    return cards;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const cards = await showPage(shown.length);
      // Focus to the first new account, so that the keyboard goes on where the list grew.
      if (cards.length) focus(cards[0].heading);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403) && (await host.refused(err))) return;
      replace(count, as.loadFailed);
    } finally {
      more.disabled = false;
    }
  });

  const form = new Form(host, { submit: as.search, busy: as.searching, className: 'admin-search' }, async () => {
    query = { q: q.value.trim(), role: role.value };
    const p = new URLSearchParams({ section: 'users' });
    if (query.q) p.set('q', query.q);
    if (query.role) p.set('role', query.role);
    history.replaceState(null, '', `/admin?${p}`);
    await showPage(0);
  });
  const q = form.control('q', as.searchText, h('input', { type: 'search', autocomplete: 'off', spellcheck: 'false' }));
  q.value = query.q;
  const role = form.control(
    'role',
    as.searchRole,
    h('select', {}, h('option', { value: '' }, as.anyRole), ...ALL_ROLES.map((r) => h('option', { value: r }, as.role[r]))),
  );
  role.value = query.role;

  await showPage(0);
  replace(
    results,
    h('h3', { id: 'admin-users-found', class: 'visually-hidden' }, as.usersHeading),
    count,
    list,
    more,
  );
  const root = h(
    'section',
    { class: 'admin-section', 'aria-labelledby': 'admin-heading' },
    h('h2', { id: 'admin-heading', tabindex: -1 }, as.usersHeading),
    h('p', {}, as.usersIntro),
    h('div', { class: 'admin-panel' }, form.el),
    results,
  );
  return { root, title: as.usersHeading };
}

function userCard(host: Host, user: AdminUser, organisations: PlanOrganisation[]): { root: HTMLElement; heading: HTMLElement } {
  const headingId = uid('admin-user');
  const heading = h('h4', { id: headingId, tabindex: -1 });
  const facts = h('p', { class: 'admin-user-facts' });
  const message = h('p', { class: 'admin-user-message', hidden: true });
  const select = h('select', { id: uid('admin-role') });
  const change = h('button', { type: 'button', class: 'button', 'aria-describedby': headingId }, as.changeRole);
  const toggle = h('button', { type: 'button', class: 'button', 'aria-describedby': headingId });
  // A bare role change to responder is refused (422): the organisation comes with it.
  const orgSelect = h(
    'select',
    { id: uid('admin-org') },
    h('option', { value: '' }, as.chooseOrganisation),
    ...organisations.map((o) => h('option', { value: o.id }, as.organisationOf(o.name, o.planTitle))),
  );
  const makeButton = h('button', { type: 'button', class: 'button', 'aria-describedby': headingId }, as.makeResponder);
  const orgLabel = h('label', { for: orgSelect.id });
  const root = h(
    'li',
    { class: 'admin-card', 'aria-labelledby': headingId },
    heading,
    facts,
    message,
    h(
      'div',
      { class: 'admin-user-controls' },
      h('div', { class: 'admin-role' }, h('label', { for: select.id }), select, change),
      organisations.length ? h('div', { class: 'admin-role' }, orgLabel, orgSelect, makeButton) : null,
      toggle,
    ),
    h(
      'p',
      { class: 'admin-user-audit' },
      h('a', { href: `/admin?${new URLSearchParams({ section: 'audit', actor: `user:${user.id}` })}`, 'data-nav': true, 'aria-describedby': headingId }, as.theirActions),
    ),
  );
  const label = root.querySelector('label')!;
  let current = user;
  const draw = () => {
    const who = current.display_name ?? current.email;
    const self = current.id === host.me.id;
    replace(heading, who, self ? ` ${as.you}` : '');
    replace(
      facts,
      current.display_name ? h('span', {}, current.email) : null,
      h('span', {}, as.role[current.role]),
      h('span', { class: current.disabled ? 'admin-disabled' : '' }, current.disabled ? as.disabled : as.active),
      h('span', {}, as.joined(current.created_at)),
    );
    // A responder keeps that role in the list; granting it needs an organisation.
    const roles = current.role === 'responder' ? ALL_ROLES : ROLES;
    replace(select, ...roles.map((r) => h('option', { value: r }, as.role[r])));
    replace(label, as.roleFor(who));
    replace(orgLabel, as.responderFor(who));
    select.value = current.role;
    replace(toggle, current.disabled ? as.enable : as.disable);
    root.classList.toggle('is-disabled', current.disabled);
  };
  draw();

  const buttons = [toggle, change, makeButton];
  const send = async (change: () => Promise<AdminUser>, said: (u: AdminUser) => string) => {
    message.hidden = true;
    for (const b of buttons) b.disabled = true;
    try {
      current = await change();
      draw();
      show(said(current), false);
    } catch (err) {
      const e = err instanceof ApiError ? err : null;
      if (e && (e.status === 401 || e.status === 403) && (await host.refused(e))) return;
      select.value = current.role;
      show(problemText(e), true);
    } finally {
      for (const b of buttons) b.disabled = false;
    }
  };
  const show = (text: string, error: boolean) => {
    replace(message, text);
    message.className = error ? 'admin-user-message field-error' : 'admin-user-message admin-done';
    message.hidden = false;
    host.say(text);
  };
  change.addEventListener('click', () =>
    void send(
      () => updateUser(current.id, { role: select.value as Role }),
      (u) => as.roleChanged(u.display_name ?? u.email, as.role[u.role]),
    ),
  );
  toggle.addEventListener('click', () =>
    void send(
      () => updateUser(current.id, { disabled: !current.disabled }),
      (u) => (u.disabled ? as.userDisabled : as.userEnabled)(u.display_name ?? u.email),
    ),
  );
  makeButton.addEventListener('click', () => {
    const org = organisations.find((o) => o.id === orgSelect.value);
    if (!org) {
      show(as.organisationMissing, true);
      orgSelect.focus();
      return;
    }
    void send(
      async () => {
        const made = await makeResponder(org.id, current.id);
        return { ...current, role: made.role };
      },
      (u) => as.responderMade(u.display_name ?? u.email, org.name),
    );
  });
  return { root, heading };
}

/** What a refused change means to an administrator. */
function problemText(e: ApiError | null): string {
  if (!e || e.status >= 500) return as.errorServer;
  if (e.code === 'own_account') return as.ownAccount;
  if (e.offline) return as.errorOffline;
  if (e.status === 403) return as.errorForbidden;
  return e.errors.length ? e.errors.map((f) => f.message).join(' ') : e.message;
}
