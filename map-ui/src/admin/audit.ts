// The audit log: filters (who, which action, what, when) and a table of entries, newest
// first, with "Older entries" for the next page. Before and after are shown as JSON text.

import { ApiError } from '../api';
import { focus, h, replace } from '../dom';
import { getAudit, type AuditEntry, type AuditFilters } from './api';
import { Form, Invalid, table, tableBox, tableRow, type Host, type Shown } from './form';
import { as } from './strings';

const FILTERS = ['actor', 'action', 'target_type', 'target', 'since', 'until'] as const;

/** A datetime-local value as RFC 3339 (in the browser's time zone); null when not a date. */
function rfc3339(local: string): string | null {
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

/** An RFC 3339 time as a datetime-local value, for the form. */
function localValue(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export async function auditSection(host: Host, params: URLSearchParams): Promise<Shown> {
  let filters: AuditFilters = Object.fromEntries(FILTERS.map((f) => [f, params.get(f) ?? '']));
  let next: number | string | null = null;
  let count = 0;
  const summary = h('p', { class: 'admin-count', role: 'status' });
  const older = h('button', { type: 'button', class: 'button', hidden: true }, as.olderEntries);
  const empty = h('p', { class: 'admin-empty', hidden: true }, as.auditNone);
  const tableEl = table(as.auditTable, head(), [], 'admin-audit admin-table-stack');
  const body = tableEl.tBodies[0];
  const box = tableBox(tableEl);

  /** Loads a page (the first when `before` is null) and resolves to its first new row. */
  const load = async (before: number | string | null): Promise<HTMLElement | null> => {
    const page = await getAudit(filters, before);
    if (before == null) {
      body.replaceChildren();
      count = 0;
      fillActions(page.actions);
    }
    const rows = page.entries.map(row);
    body.append(...rows);
    count += rows.length;
    next = page.next;
    older.hidden = next == null;
    box.hidden = count === 0;
    empty.hidden = count > 0;
    replace(summary, count ? as.auditShown(count, next != null) : '');
    return rows[0]?.cells[0] ?? null;
  };
  older.addEventListener('click', async () => {
    older.disabled = true;
    try {
      // Focus to the first older entry, so that the keyboard goes on where the table grew.
      focus(await load(next));
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403) && (await host.refused(err))) return;
      replace(summary, as.loadFailed);
    } finally {
      older.disabled = false;
    }
  });

  const form = new Form(host, { submit: as.filter, busy: as.loading, className: 'admin-filters' }, async () => {
    const since = controls.since.value ? rfc3339(controls.since.value) : '';
    const until = controls.until.value ? rfc3339(controls.until.value) : '';
    const problems = [];
    if (since === null) problems.push({ field: 'since', message: as.dateInvalid });
    if (until === null) problems.push({ field: 'until', message: as.dateInvalid });
    if (problems.length) throw new Invalid(problems);
    filters = {
      actor: controls.actor.value.trim(),
      action: controls.action.value,
      target_type: controls.target_type.value.trim(),
      target: controls.target.value.trim(),
      since: since ?? '',
      until: until ?? '',
    };
    const p = new URLSearchParams({ section: 'audit' });
    for (const [name, value] of Object.entries(filters)) if (value) p.set(name, value);
    history.replaceState(null, '', `/admin?${p}`);
    await load(null);
  });
  const text = () => h('input', { type: 'text', autocomplete: 'off', spellcheck: 'false' });
  const controls = {
    actor: form.control('actor', as.actor, text(), { hint: as.actorHint }),
    action: form.control('action', as.action, h('select', {}, h('option', { value: '' }, as.anyAction))),
    target_type: form.control('target_type', as.targetType, text()),
    target: form.control('target', as.target, text()),
    since: form.control('since', as.since, h('input', { type: 'datetime-local' })),
    until: form.control('until', as.until, h('input', { type: 'datetime-local' })),
  };
  for (const name of ['actor', 'target_type', 'target'] as const) controls[name].value = filters[name] ?? '';
  for (const name of ['since', 'until'] as const) controls[name].value = filters[name] ? localValue(filters[name]) : '';
  const fillActions = (actions: string[]) => {
    const chosen = filters.action ?? '';
    const all = chosen && !actions.includes(chosen) ? [chosen, ...actions] : actions;
    replace(controls.action, h('option', { value: '' }, as.anyAction), ...all.map((a) => h('option', { value: a }, a)));
    controls.action.value = chosen;
  };

  await load(null);
  const root = h(
    'section',
    { class: 'admin-section', 'aria-labelledby': 'admin-heading' },
    h('h2', { id: 'admin-heading', tabindex: -1 }, as.auditHeading),
    h('p', {}, as.auditIntro),
    h('div', { class: 'admin-panel' }, h('h3', {}, as.filtersLabel), form.el),
    summary,
    empty,
    box,
    older,
  );
  return { root, title: as.auditHeading };
}

// Read when a table is drawn: the words come from the catalogue, loaded after this module.
const head = () => [as.colWhen, as.colWho, as.colAction, as.colTarget, as.colReason, as.colChange];

function row(e: AuditEntry): HTMLTableRowElement {
  const target = h('span', {}, e.target_type, e.target_id ? h('br') : null, e.target_id ? h('code', { class: 'admin-id' }, e.target_id) : null);
  const tr = tableRow(head(), [
    h('time', { datetime: e.at }, as.when(e.at)),
    e.actor_name ?? e.actor ?? as.system,
    h('code', {}, e.action),
    target,
    e.reason ?? '',
    change(e),
  ]);
  // "Older entries" moves focus to the first new row's heading cell.
  tr.cells[0].tabIndex = -1;
  return tr;
}

/** Before and after as JSON text in a disclosure; nothing is ever parsed as HTML. */
function change(e: AuditEntry): HTMLElement | string {
  if (e.before == null && e.after == null) return as.nothing;
  const block = (label: string, value: unknown) =>
    h('div', {}, h('p', { class: 'admin-change-label' }, label), h('pre', {}, value == null ? as.nothing : JSON.stringify(value, null, 2)));
  return h('details', { class: 'admin-change' }, h('summary', {}, as.showChange), block(as.before, e.before), block(as.after, e.after));
}
