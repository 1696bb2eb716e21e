// The facilitator's "Waiting for you" list in the projector controls: the pins held for
// checking in this workshop, each with its words and Approve / Reject buttons. It follows the
// event stream (held pins come in; approved or rejected ones leave, from this screen or
// another) and says each change in the page's live region. What participants typed goes in
// as text only.

import { focus, h, replace } from '../dom';
import { type Pin, ApiError, checkHeld, getHeld } from './api';
import { USER_TEXT, ws } from './strings';

type Decision = 'approve' | 'reject';

export class HeldList {
  readonly root: HTMLElement;
  private readonly heading = h('h2', { id: 'ws-held-h', class: 'ws-held-h', tabindex: -1 });
  private readonly list = h('ul', { class: 'ws-held-list', id: 'ws-held' });
  private pins: Pin[] = [];
  private checking = false;

  constructor(
    private readonly code: string,
    private readonly say: (text: string) => void,
  ) {
    this.root = h('section', { class: 'ws-held', 'aria-labelledby': 'ws-held-h' }, this.heading, this.list);
    this.render();
  }

  /** Loads the list from the server: at first, and when the event stream was reset. */
  async load(): Promise<void> {
    try {
      this.pins = await getHeld(this.code);
      this.render();
    } catch {
      this.say(ws.heldLoadFailed);
    }
  }

  /** Whether the workshop checks new pins now: the list shows then, or while any wait. */
  setChecking(on: boolean): void {
    this.checking = on;
    this.render();
  }

  /** A pin of this workshop from the event stream: a held one joins, any other leaves. */
  seen(pin: Pin): void {
    if (pin.properties.status !== 'pending') {
      this.gone(pin.id);
      return;
    }
    const i = this.pins.findIndex((p) => p.id === pin.id);
    if (i >= 0) {
      this.pins[i] = pin;
      this.render();
      return;
    }
    this.pins.push(pin);
    this.render();
    this.say(ws.heldNew(pin.properties.title));
  }

  /** A pin left the list elsewhere (checked on another screen, or hidden). */
  gone(id: string): void {
    const pin = this.pins.find((p) => p.id === id);
    if (!pin) return;
    this.remove(id, false);
    this.say(ws.heldGone(pin.properties.title));
  }

  private remove(id: string, moveFocus: boolean): void {
    const i = this.pins.findIndex((p) => p.id === id);
    if (i < 0) {
      // Gone already (its event came first): keep the keyboard in the list all the same.
      if (moveFocus && !this.list.contains(document.activeElement)) {
        focus(this.list.querySelector<HTMLButtonElement>('.ws-held-approve') ?? this.heading);
      }
      return;
    }
    // The event of a decision may arrive before the decision's own answer: whichever
    // removes the pin first keeps the focus that was on it inside the list.
    const hadFocus = this.list.contains(document.activeElement);
    this.pins.splice(i, 1);
    this.render();
    if (!moveFocus && !hadFocus) return;
    // Keyboard users stay in the list: on the next pin's Approve, else on the heading.
    const next = this.list.querySelectorAll<HTMLButtonElement>('.ws-held-approve')[Math.min(i, this.pins.length - 1)];
    focus(next ?? this.heading);
  }

  private async decide(pin: Pin, decision: Decision, item: HTMLElement): Promise<void> {
    const buttons = item.querySelectorAll<HTMLButtonElement>('button');
    buttons.forEach((b) => (b.disabled = true));
    try {
      await checkHeld(this.code, pin.id, decision);
      this.remove(pin.id, true);
      this.say(decision === 'approve' ? ws.heldApproved(pin.properties.title) : ws.heldRejected(pin.properties.title));
    } catch (err) {
      // Checked already (another screen, a moderator): it is not waiting any more.
      if (err instanceof ApiError && (err.status === 409 || err.status === 404)) {
        this.remove(pin.id, true);
        this.say(ws.heldGone(pin.properties.title));
        return;
      }
      buttons.forEach((b) => (b.disabled = false));
      this.say(ws.heldFailed(pin.properties.title, err instanceof ApiError ? err.message : String(err)));
    }
  }

  private render(): void {
    this.heading.textContent = ws.heldHeading(this.pins.length);
    this.root.hidden = !this.checking && this.pins.length === 0;
    if (this.pins.length === 0) {
      replace(this.list, h('li', { class: 'ws-muted' }, ws.heldNone));
      return;
    }
    replace(
      this.list,
      ...this.pins.map((pin) => {
        const p = pin.properties;
        const item = h(
          'li',
          { 'data-id': pin.id, 'data-kind': p.kind },
          h('p', { class: 'ws-held-title', ...USER_TEXT }, p.title),
          p.body ? h('p', { class: 'ws-held-body', ...USER_TEXT }, p.body) : null,
          h('p', { class: 'ws-held-meta' }, ws.kind[p.kind], ' · ', p.display_name ? h('span', USER_TEXT, p.display_name) : ws.anonymous),
        );
        // The pin's title is in each button's name, so a list of buttons says which is which.
        const button = (decision: Decision, label: string, cls: string) =>
          h(
            'button',
            { type: 'button', class: `button ${cls}`, onclick: () => void this.decide(pin, decision, item) },
            label,
            h('span', { class: 'visually-hidden', ...USER_TEXT }, `: ${p.title}`),
          );
        item.append(
          h(
            'div',
            { class: 'ws-held-actions' },
            button('approve', ws.approve, 'ws-held-approve'),
            button('reject', ws.reject, 'ws-danger ws-held-reject'),
          ),
        );
        return item;
      }),
    );
  }
}
