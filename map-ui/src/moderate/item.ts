// One item of the moderation list: what was posted (as text, never as HTML), who and when,
// the flags, where (with the shared small map when it is the current item), its history
// from the audit log, and the actions. Hide and restore ask for a reason; a duplicate asks
// for the original (searched for, or an id pasted) and a reason.

import { ApiError } from '../api';
import { ErrorSummary, focus, h, replace, setInvalid, uid, type Problem } from '../dom';
import { getHistory, type QueueItem } from './api';
import { DuplicatePicker } from './duplicate';
import { ms, type ActionName, type ListName } from './strings';

export interface ItemHandlers {
  /** Sends the action; resolves once it is done (the page then takes the item away). */
  act(view: ItemView, action: ActionName, reason: string, duplicateOf?: string): Promise<void>;
  /** The item was focused or clicked: it is the current one now. */
  current(view: ItemView): void;
  announce(text: string): void;
}

const MAX_REASON = 500;

export class ItemView {
  readonly root: HTMLLIElement;
  readonly card: HTMLElement;
  /** Where the shared small map goes while this is the current item. */
  readonly mapSlot = h('div', { class: 'mod-map-slot' });
  private readonly titleId = uid('mod-title');
  private readonly statusLine = h('p', { class: 'mod-status' });
  private readonly flags = h('div', { class: 'mod-flags' });
  private readonly summary = new ErrorSummary(ms.errorHeading, 'error-summary mod-summary');
  private readonly formSlot = h('div', { class: 'mod-form-slot' });
  private readonly buttons: Partial<Record<ActionName, HTMLButtonElement>> = {};
  private readonly actionBar: HTMLElement;
  private historyLoaded = false;
  /** The button that opened the form now open, for focus to go back to. */
  private opener: HTMLButtonElement | null = null;
  private busy = false;

  constructor(
    public item: QueueItem,
    readonly list: ListName,
    private readonly plan: string,
    private readonly on: ItemHandlers,
  ) {
    const it = item;
    this.actionBar = this.actions();
    const history = h('div', { class: 'mod-history-body' });
    const details = h('details', { class: 'mod-history' }, h('summary', {}, ms.history), history);
    details.addEventListener('toggle', () => {
      if (details.open && !this.historyLoaded) void this.loadHistory(history);
    });
    this.card = h(
      'article',
      { class: `mod-card kind-${it.kind}`, 'aria-labelledby': this.titleId, tabindex: -1 },
      h(
        'div',
        { class: 'mod-card-head' },
        h('p', { class: `kind kind-${it.kind}` }, h('span', { class: 'kind-fallback', 'aria-hidden': 'true' }), h('span', { class: 'kind-name' }, ms.kind[it.kind] ?? it.kind)),
        this.statusLine,
      ),
      h('h3', { id: this.titleId, class: 'mod-title' }, it.title),
      h(
        'dl',
        { class: 'mod-meta' },
        h('dt', {}, ms.by),
        h('dd', {}, it.display_name ?? ms.noName),
        h('dt', {}, ms.added),
        h('dd', {}, h('time', { datetime: it.created_at }, ms.when(it.created_at))),
        list === 'hidden' ? h('dt', {}, ms.hiddenAt) : null,
        list === 'hidden' ? h('dd', {}, h('time', { datetime: it.updated_at }, ms.when(it.updated_at))) : null,
        h('dt', {}, ms.where),
        h('dd', {}, ms.whereText(it.neighbourhood, it.location[1], it.location[0])),
        it.duplicate_of ? h('dt', {}, ms.duplicateOf) : null,
        it.duplicate_of ? h('dd', { class: 'mod-id' }, it.duplicate_of) : null,
      ),
      h('div', { class: 'mod-body' }, it.body.trim() ? it.body : h('span', { class: 'muted' }, ms.emptyBody)),
      this.flags,
      this.mapSlot,
      details,
      this.summary.el,
      this.actionBar,
      this.formSlot,
    );
    this.card.addEventListener('focusin', () => this.on.current(this));
    this.card.addEventListener('click', () => this.on.current(this));
    this.card.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape' && this.formSlot.firstChild) {
        ev.preventDefault();
        this.closeForm();
      }
    });
    this.root = h('li', { class: 'mod-item', 'data-id': it.id }, this.card);
    this.update(it);
  }

  get id(): string {
    return this.item.id;
  }

  get title(): string {
    return this.item.title;
  }

  /** Brings the status and flags up to date (from a reload), leaving any open form alone. */
  update(item: QueueItem): void {
    this.item = item;
    const flagged = item.status === 'published' && item.open_flags > 0;
    this.statusLine.dataset.status = item.status === 'pending' ? 'pending' : flagged ? 'flagged' : 'hidden';
    replace(
      this.statusLine,
      item.status === 'pending'
        ? ms.statusPending
        : flagged
          ? ms.statusFlagged(item.open_flags)
          : item.duplicate_of
            ? ms.statusDuplicate
            : ms.statusHidden,
    );
    if (item.open_flags > 0) {
      const headingId = uid('mod-flags');
      replace(
        this.flags,
        h('h4', { id: headingId }, ms.flagsHeading(item.open_flags)),
        h('ul', { 'aria-labelledby': headingId }, ...item.flag_reasons.map((r) => h('li', {}, r))),
      );
    } else {
      replace(this.flags);
    }
    const approve = this.buttons.approve;
    if (approve) replace(approve, item.status === 'pending' ? ms.approve : ms.keep);
  }

  /** Whether `action` applies to this item. */
  can(action: ActionName): boolean {
    return this.list === 'hidden' ? action === 'restore' : action !== 'restore';
  }

  focus(): void {
    focus(this.card);
  }

  /** Runs `action` as its button would: approve at once, the others through their form. */
  start(action: ActionName): void {
    if (action === 'approve') void this.approve();
    else this.openForm(action);
  }

  private actions(): HTMLElement {
    const button = (action: ActionName, label: string, primary = false) => {
      const b = h(
        'button',
        { type: 'button', class: `button${primary ? ' primary' : ''}`, 'aria-describedby': this.titleId, 'data-action': action },
        label,
      );
      b.addEventListener('click', () => this.start(action));
      this.buttons[action] = b;
      return b;
    };
    const group = h('div', { class: 'mod-actions', role: 'group', 'aria-label': ms.actionsLabel });
    if (this.list === 'hidden') {
      group.append(button('restore', ms.restore, true));
    } else {
      group.append(
        button('approve', this.item.status === 'pending' ? ms.approve : ms.keep, true),
        button('hide', ms.hide),
        button('mark_duplicate', ms.duplicate),
      );
    }
    return group;
  }

  private async approve(): Promise<void> {
    const reason = this.item.status === 'pending' ? ms.approveReason : ms.keepReason;
    await this.send('approve', reason, undefined, () => ({}));
  }

  private openForm(action: 'hide' | 'restore' | 'mark_duplicate'): void {
    this.summary.hide();
    this.opener = this.buttons[action] ?? null;
    const words =
      action === 'hide'
        ? { heading: ms.hideHeading, label: ms.hideReason, hint: ms.hideHint, submit: ms.hideSubmit }
        : action === 'restore'
          ? { heading: ms.restoreHeading, label: ms.restoreReason, hint: ms.restoreHint, submit: ms.restoreSubmit }
          : { heading: ms.duplicateHeading, label: ms.duplicateReason, hint: ms.restoreHint, submit: ms.duplicateSubmit };
    const reasonId = uid('mod-reason');
    const hint = h('p', { class: 'hint', id: uid('mod-hint') }, words.hint);
    const error = h('p', { class: 'field-error', id: uid('mod-error'), hidden: true });
    const reason = h('textarea', { id: reasonId, name: 'reason', rows: 3, 'aria-describedby': `${hint.id} ${error.id}` });
    const picker = action === 'mark_duplicate' ? new DuplicatePicker(this.plan, this.item.id, this.on.announce) : null;
    if (picker) reason.value = ms.duplicateReasonDefault;
    const submit = h('button', { type: 'submit', class: 'button primary' }, words.submit);
    const headingId = uid('mod-form');
    const form = h(
      'form',
      { class: 'mod-form', novalidate: true, 'aria-labelledby': headingId },
      h('h4', { id: headingId }, words.heading(this.item.title)),
      // The summary goes to the top of the form while it is open, as forms have it.
      this.summary.el,
      picker?.root ?? null,
      h('div', { class: 'field' }, h('label', { for: reasonId }, words.label), hint, error, reason),
      h(
        'div',
        { class: 'form-actions' },
        submit,
        h('button', { type: 'button', class: 'button', onclick: () => this.closeForm() }, ms.cancel),
      ),
    );
    const fields = () => ({ reason: { control: reason as HTMLElement, error }, ...(picker ? { duplicate_of: picker.field() } : {}) });
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      if (this.busy) return;
      const text = reason.value.trim();
      const problems: Problem[] = [];
      const original = picker?.chosen() ?? undefined;
      if (picker) this.fieldError(picker.field(), original ? null : ms.originalMissing, problems);
      this.fieldError(fields().reason, !text ? ms.reasonMissing : [...text].length > MAX_REASON ? ms.reasonTooLong : null, problems);
      if (problems.length) {
        this.summary.show(problems);
        return;
      }
      replace(submit, ms.working);
      submit.disabled = true;
      void this.send(action, text, original, fields).finally(() => {
        submit.disabled = false;
        replace(submit, words.submit);
      });
    });
    replace(this.formSlot, form);
    focus(picker ? picker.input : reason);
  }

  /** Closes the open form, if any, and gives focus back to the button that opened it. */
  closeForm(): void {
    if (!this.formSlot.firstChild) return;
    this.summary.hide();
    this.actionBar.before(this.summary.el);
    replace(this.formSlot);
    focus(this.opener ?? this.card);
    this.opener = null;
  }

  /** Shows `message` beside a field (none clears it), and adds it to `problems`. */
  private fieldError(field: { control: HTMLElement; error: HTMLElement }, message: string | null, problems: Problem[]): void {
    field.error.hidden = !message;
    replace(field.error, message ?? '');
    setInvalid(field.control, Boolean(message));
    if (message) problems.push({ message, target: field.control });
  }

  /** Sends the action; a refusal is shown beside the fields it names and in the summary. */
  private async send(
    action: ActionName,
    reason: string,
    duplicateOf: string | undefined,
    fields: () => Record<string, { control: HTMLElement; error: HTMLElement }>,
  ): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    try {
      await this.on.act(this, action, reason, duplicateOf);
    } catch (err) {
      const problems: Problem[] = [];
      const e = err instanceof ApiError ? err : null;
      for (const { field, message } of e?.errors ?? []) {
        const f = fields()[field];
        const text = message.charAt(0).toUpperCase() + message.slice(1);
        if (f) this.fieldError(f, text, problems);
        else problems.push({ message: `${ms.fieldProblem[field] ?? field}: ${text}` });
      }
      if (!problems.length) problems.push({ message: problemText(e) });
      this.summary.show(problems);
    } finally {
      this.busy = false;
    }
  }

  private async loadHistory(into: HTMLElement): Promise<void> {
    this.historyLoaded = true;
    replace(into, h('p', { class: 'muted' }, ms.historyLoading));
    try {
      const entries = await getHistory(this.item.id);
      replace(
        into,
        entries.length
          ? h(
              'ol',
              { class: 'mod-history-list' },
              ...entries.map((e) =>
                h(
                  'li',
                  {},
                  h('p', {}, ms.historyEntry(ms.historyAction[e.action] ?? e.action, e.actor_name ?? ms.someone, ms.when(e.at))),
                  e.reason ? h('p', { class: 'mod-reason' }, ms.historyReason(e.reason)) : null,
                ),
              ),
            )
          : h('p', {}, ms.historyEmpty),
      );
    } catch {
      this.historyLoaded = false;
      replace(into, h('p', { class: 'field-error' }, ms.historyFailed));
    }
  }
}

/** What a refusal that names no field means to a moderator. */
function problemText(e: ApiError | null): string {
  if (!e) return ms.errorServer;
  if (e.offline) return ms.errorOffline;
  if (e.status === 409) return ms.errorConflict;
  if (e.status === 404) return ms.errorGone;
  if (e.status === 403) return ms.errorForbidden;
  if (e.status >= 500) return ms.errorServer;
  return e.message;
}
