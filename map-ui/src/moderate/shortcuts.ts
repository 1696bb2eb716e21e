// The moderation page's single-key shortcuts and the panel that lists them. A key never
// does anything while the moderator types in a box, or with Ctrl, Alt or the command key
// held (those belong to the browser and to screen readers).

import { focus, h } from '../dom';
import { ms, type ActionName } from './strings';

export interface ShortcutHandlers {
  move(by: 1 | -1): void;
  act(action: ActionName): void;
  closeForm(): void;
}

const ACTIONS: Record<string, ActionName> = { a: 'approve', h: 'hide', r: 'restore', d: 'mark_duplicate' };

/** Whether typing in `el` should keep every key to itself. */
function typing(el: EventTarget | null): boolean {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(el.type);
  return false;
}

export class Shortcuts {
  readonly button: HTMLButtonElement;
  readonly panel: HTMLElement;
  private readonly heading = h('h2', { id: 'mod-shortcuts-heading', tabindex: -1 }, ms.shortcutsHeading);
  /** Where focus was before the panel opened, to go back to when it closes. */
  private returnTo: HTMLElement | null = null;

  constructor(private readonly on: ShortcutHandlers) {
    this.button = h(
      'button',
      { type: 'button', class: 'button mod-shortcuts-button', 'aria-expanded': 'false', 'aria-controls': 'mod-shortcuts' },
      ms.shortcutsButton,
    );
    this.button.addEventListener('click', () => this.toggle());
    this.panel = h(
      'section',
      { id: 'mod-shortcuts', class: 'mod-shortcuts', 'aria-labelledby': this.heading.id, hidden: true },
      this.heading,
      h('p', {}, ms.shortcutsIntro),
      h('dl', {}, ...ms.shortcuts.flatMap(([key, what]) => [h('dt', {}, h('kbd', {}, key)), h('dd', {}, what)])),
      h('button', { type: 'button', class: 'button', onclick: () => this.toggle() }, ms.close),
    );
    this.panel.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        ev.preventDefault();
        this.toggle();
      }
    });
  }

  handle(ev: KeyboardEvent): void {
    if (ev.defaultPrevented || ev.ctrlKey || ev.altKey || ev.metaKey || ev.isComposing || typing(ev.target)) return;
    const key = ev.key;
    if (key === '?') this.toggle();
    else if (key === 'j') this.on.move(1);
    else if (key === 'k') this.on.move(-1);
    else if (key in ACTIONS) this.on.act(ACTIONS[key]);
    else if (key === 'Escape') this.on.closeForm();
    else return;
    ev.preventDefault();
  }

  private toggle(): void {
    const open = this.panel.hidden;
    this.panel.hidden = !open;
    this.button.setAttribute('aria-expanded', String(open));
    if (open) {
      this.returnTo = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : this.button;
      focus(this.heading);
    } else {
      focus(this.returnTo?.isConnected ? this.returnTo : this.button);
      this.returnTo = null;
    }
  }
}
