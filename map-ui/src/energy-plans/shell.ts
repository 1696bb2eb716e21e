// The frame every energy-plan page shares: a skip link, the header with the page's heading,
// its links, the account links and the language picker, the main region and the status
// region screen readers hear.

import { AccountNav } from '../account-nav';
import type { Me } from '../api';
import { h, replace } from '../dom';
import { languagePicker } from '../i18n';
import { ep } from './strings';

export class Shell {
  readonly main = h('main', { id: 'main', class: 'ep-main', tabindex: -1 });
  readonly heading = h('h1', {});
  readonly subline = h('p', { class: 'ep-subline' });
  readonly links = h('nav', { class: 'ep-links', 'aria-label': ep.listHeading });
  private readonly status = h('div', { id: 'status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });

  constructor(className: string, changed: (me: Me | null) => void = () => {}) {
    document.body.className = `ep-page ${className}`;
    document.body.removeAttribute('data-view');
    document.body.removeAttribute('data-mode');
    const nav = new AccountNav(changed);
    replace(
      document.body,
      h('a', { class: 'skip-link', href: '#main' }, ep.skipToContent),
      h('header', { class: 'ep-header' }, h('div', { class: 'ep-titles' }, this.heading, this.subline), this.links, nav.el, languagePicker('ep-lang')),
      this.main,
      this.status,
    );
  }

  /** Tells screen readers (the polite live region). */
  say(text: string): void {
    this.status.textContent = '';
    window.setTimeout(() => (this.status.textContent = text), 50);
  }
}
