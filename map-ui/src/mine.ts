// "Your contributions": what this browser (its visitor cookie) or this account posted to the
// plan, each with its status and the organisation's answer. Loaded afresh every time it opens.

import { ApiError, myContributions, type Contribution } from './api';
import { h, replace, uid, userText } from './dom';
import type { PanelView } from './panel';
import { cardOutcome, statusBadge } from './outcomes/show';
import { friendlyDate, mine as t, strings } from './strings';

export interface MineHandlers {
  back(): void;
  open(id: string, trigger: HTMLElement): void;
}

export class MineView implements PanelView {
  readonly root: HTMLElement;
  readonly heading: HTMLHeadingElement;
  private readonly body = h('div', { class: 'mine-body', 'aria-live': 'polite' });

  constructor(
    private readonly plan: string,
    private readonly on: MineHandlers,
  ) {
    this.heading = h('h2', { id: uid('mine-heading'), class: 'panel-heading', tabindex: -1 }, t.heading);
    this.root = h(
      'div',
      { class: 'view view-mine' },
      h('button', { type: 'button', class: 'button link-like back', onclick: () => this.on.back() }, strings.backToList),
      this.heading,
      h('p', { class: 'intro' }, t.intro),
      this.body,
    );
  }

  /** Asks the server for the list and draws it; resolves to how many there are (null: failed). */
  async load(): Promise<number | null> {
    replace(this.body, h('p', {}, t.loading));
    let items: Contribution[];
    try {
      items = await myContributions(this.plan);
    } catch (err) {
      replace(this.body, h('p', { class: 'field-error' }, err instanceof ApiError && err.offline ? t.offline : t.failed));
      return null;
    }
    if (!items.length) {
      replace(this.body, h('p', { class: 'mine-empty' }, t.empty));
      return 0;
    }
    replace(
      this.body,
      h('p', { class: 'results-summary' }, t.count(items.length)),
      h('ol', { class: 'cards mine-list', 'aria-labelledby': this.heading.id }, ...items.map((c) => this.card(c))),
    );
    return items.length;
  }

  private card(c: Contribution): HTMLLIElement {
    const p = c.properties;
    const status = p.outcome?.status ?? 'open';
    const link = h(
      'a',
      { class: 'card', href: `#/c/${c.id}`, 'data-id': c.id },
      userText(h('h3', { class: 'card-title' }, p.title), p.lang),
      h('span', { class: 'card-counts' }, [strings.kind[p.kind], friendlyDate(p.created_at), p.status === 'pending' ? t.pending : null].filter(Boolean).join(' · ')),
      status === 'open' ? h('span', { class: 'card-outcome' }, statusBadge('open')) : cardOutcome(p.outcome),
    );
    link.addEventListener('click', (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
      ev.preventDefault();
      this.on.open(c.id, link);
    });
    return h('li', {}, link);
  }
}
