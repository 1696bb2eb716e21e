// The conversations on this phone: those the server refused (with its message, to change
// and send again or to discard), those waiting to sync, and those sent.

import { focus, h, replace } from '../dom';
import { formatDate } from '../i18n';
import { strings } from '../strings';
import { ymd } from './form';
import type { Item, Problem } from './store';
import { mine } from './sync';
import { fs } from './strings';

export interface QueueHandlers {
  edit(item: Item): void;
  sendAgain(item: Item): void;
  discard(item: Item): void;
}

// Dates in the page's language (formatDate reads it when called, after the catalogue loads).
const when = { format: (d: Date) => formatDate(d, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' }) };
const day = { format: (d: Date) => formatDate(d, { day: 'numeric', month: 'short' }) };

/** What to tell the mobiliser about a refusal: our advice, then the server's own words. */
export function problemLines(p: Problem): string[] {
  const advice: Record<string, string> = {
    unauthorized: fs.problemSignIn,
    forbidden: fs.problemForbidden,
    idempotency_key_reused: fs.problemKeyReused,
    outside_plan: fs.problemOutside,
  };
  const lines = advice[p.code] ? [advice[p.code]] : [];
  lines.push(fs.serverSaid(p.detail));
  for (const e of p.errors) lines.push(fs.fieldProblem(fs.field[e.field] ?? e.field, e.message));
  return lines;
}

export class QueueView {
  readonly root: HTMLElement;
  private readonly attention: HTMLElement;
  private readonly waiting: HTMLElement;
  private readonly sent: HTMLElement;
  /** The item whose "Discard" asks for confirmation. */
  private confirming: string | null = null;
  private items: Item[] = [];
  /** The account signed in now; another's conversations wait for them. */
  private account: string | null = null;

  constructor(private readonly on: QueueHandlers) {
    this.attention = h('section', { class: 'field-list field-list-attention', hidden: true });
    this.waiting = h('section', { class: 'field-list field-list-waiting' });
    this.sent = h('section', { class: 'field-list field-list-sent' });
    this.root = h(
      'section',
      { class: 'field-card field-queue', id: 'field-queue', tabindex: -1, 'aria-labelledby': 'field-queue-heading' },
      h('h2', { id: 'field-queue-heading' }, fs.queueHeading),
      this.attention,
      this.waiting,
      this.sent,
    );
  }

  render(items: Item[], account: string | null): void {
    this.items = items;
    this.account = account;
    // Keep the keyboard where it was across a redraw.
    const active = document.activeElement as HTMLElement | null;
    const keep = active && this.root.contains(active) ? { key: active.dataset.key, action: active.dataset.action } : null;

    const attention = items.filter((i) => i.state === 'attention');
    const waiting = items.filter((i) => i.state === 'waiting');
    const sent = items.filter((i) => i.state === 'sent').reverse();
    this.attention.hidden = attention.length === 0;
    replace(
      this.attention,
      h('h3', {}, fs.attentionHeading(attention.length)),
      h('p', { class: 'field-hint' }, fs.attentionIntro),
      h('ul', { class: 'field-items' }, ...attention.map((i) => this.row(i))),
    );
    replace(
      this.waiting,
      h('h3', {}, fs.waitingHeading(waiting.length)),
      waiting.length ? h('ul', { class: 'field-items' }, ...waiting.map((i) => this.row(i))) : h('p', { class: 'field-hint' }, fs.nothingWaiting),
    );
    replace(
      this.sent,
      h('h3', {}, fs.sentHeading(sent.length)),
      sent.length ? h('ul', { class: 'field-items' }, ...sent.map((i) => this.row(i))) : h('p', { class: 'field-hint' }, fs.nothingSent),
    );
    if (keep?.key) {
      const again = this.root.querySelector<HTMLElement>(`[data-key="${CSS.escape(keep.key)}"][data-action="${keep.action}"]`);
      focus(again ?? this.root);
    }
  }

  private row(item: Item): HTMLElement {
    const d = item.draft;
    // The day they talked, when it is not the day it was recorded.
    const talked = d.date !== ymd(new Date(item.recordedAt)) ? fs.talkedOn(day.format(new Date(`${d.date}T12:00:00`))) : null;
    const meta = [strings.kind[d.kind], d.placeLabel, talked, d.consent === 'internal' ? fs.internalNote : null].filter(Boolean).join(' · ');
    const li = h(
      'li',
      { class: 'field-item', 'data-state': item.state, 'data-title': d.title },
      h('p', { class: 'field-item-title', translate: 'no', 'data-user-text': true }, d.title),
      h('p', { class: 'field-item-meta' }, meta),
    );
    if (item.state === 'sent') {
      li.append(h('p', { class: 'field-item-meta' }, fs.sentAt(when.format(new Date(item.sentAt ?? item.recordedAt)))));
      if (item.replayed) li.append(h('p', { class: 'field-item-note' }, fs.replayedNote));
      return li;
    }
    li.append(h('p', { class: 'field-item-meta' }, fs.recordedAt(when.format(new Date(item.recordedAt)))));
    if (item.state === 'waiting' && !mine(item, this.account) && item.recordedBy) {
      li.append(h('p', { class: 'field-item-note' }, fs.waitsFor(item.recordedBy.email)));
    }
    if (item.state === 'attention' && item.problem) {
      li.append(h('ul', { class: 'field-problem' }, ...problemLines(item.problem).map((line) => h('li', {}, line))));
    }
    li.append(this.actions(item));
    return li;
  }

  private button(item: Item, action: string, label: string, onclick: () => void, primary = false): HTMLButtonElement {
    return h(
      'button',
      { type: 'button', class: primary ? 'button primary' : 'button', 'data-key': item.key, 'data-action': action, onclick },
      label,
      // Every row has the same buttons: the title tells them apart for a screen reader.
      h('span', { class: 'visually-hidden' }, fs.about(item.draft.title)),
    );
  }

  private actions(item: Item): HTMLElement {
    if (this.confirming === item.key) {
      const question = h(
        'p',
        { class: 'field-confirm', tabindex: -1, 'data-key': item.key, 'data-action': 'confirm' },
        fs.discardConfirm(item.draft.title),
      );
      const row = h(
        'div',
        { class: 'field-item-actions' },
        question,
        this.button(item, 'discard-yes', fs.discardYes, () => {
          this.confirming = null;
          this.on.discard(item);
        }),
        this.button(item, 'discard-no', fs.discardNo, () => {
          this.confirming = null;
          this.render(this.items, this.account);
          focus(this.root.querySelector<HTMLElement>(`[data-key="${CSS.escape(item.key)}"][data-action="discard"]`));
        }),
      );
      return row;
    }
    const discard = this.button(item, 'discard', fs.discard, () => {
      this.confirming = item.key;
      this.render(this.items, this.account);
      focus(this.root.querySelector<HTMLElement>('.field-confirm'));
    });
    if (item.state !== 'attention') return h('div', { class: 'field-item-actions' }, discard);
    return h(
      'div',
      { class: 'field-item-actions' },
      this.button(item, 'edit', fs.edit, () => this.on.edit(item), true),
      this.button(item, 'send-again', fs.sendAgain, () => this.on.sendAgain(item)),
      discard,
    );
  }
}
