// A small element builder. Text always goes in through textContent: nothing a person typed
// is ever parsed as HTML.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Listener = (ev: any) => unknown;
type Attrs = Record<string, string | number | boolean | null | undefined | Listener>;
type Child = Node | string | null | undefined | false;

/**
 * Creates an element. `attrs` are attributes (false/null/undefined leave one out, true sets it
 * empty); `on*` functions are event listeners; children are nodes or plain text.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value as EventListener);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else if (value !== false && value != null) {
      el.setAttribute(name, String(value));
    }
  }
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child == null || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces every child of `el`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} is missing from index.html`);
  return el as T;
}

/**
 * Marks an element that shows what a person wrote (or a plan's own name): never machine
 * translated, and skipped by the pseudo-locale test that looks for text outside the catalogue.
 */
export function markUserText<T extends Element>(el: T): T {
  el.setAttribute('translate', 'no');
  el.setAttribute('data-user-text', '');
  return el;
}

/** `markUserText`, with the language the person wrote in when it is known. */
export function userText<T extends HTMLElement>(el: T, lang?: string | null): T {
  if (lang) el.lang = lang;
  return markUserText(el);
}

let counter = 0;
/** A document-unique id for label/description links. */
export function uid(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** Moves focus to `el`, making it focusable by script only when it is not already. */
export function focus(el: HTMLElement | null | undefined): void {
  if (!el) return;
  if (!el.hasAttribute('tabindex') && !/^(A|BUTTON|INPUT|SELECT|TEXTAREA)$/.test(el.tagName)) {
    el.setAttribute('tabindex', '-1');
  }
  el.focus({ preventScroll: false });
}

export const reducedMotion = (): boolean => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Marks a control invalid or not: `aria-invalid="true"` (an empty value would mean false). */
export function setInvalid(el: Element, invalid: boolean): void {
  if (invalid) el.setAttribute('aria-invalid', 'true');
  else el.removeAttribute('aria-invalid');
}

/** One problem an error summary lists. */
export interface Problem {
  message: string;
  /** The control its link moves focus to; none for a problem of the whole form. */
  target?: HTMLElement;
}

/**
 * The error summary at the top of a form: a heading, then each problem as a link to the
 * control at fault. Shown with focus, and as an alert for screen readers that do not
 * follow focus. The forms mark their own fields; this is the one list they share.
 */
export class ErrorSummary {
  readonly el: HTMLElement;
  private readonly list = h('ul', {});

  constructor(heading: string, className = 'error-summary') {
    const headingId = uid('error-summary');
    this.el = h(
      'div',
      { class: className, role: 'alert', tabindex: -1, hidden: true, 'aria-labelledby': headingId },
      h('h3', { id: headingId }, heading),
      this.list,
    );
  }

  /** Lists `problems` and moves focus to the summary; none hides it. */
  show(problems: Problem[]): void {
    if (!problems.length) return this.hide();
    replace(this.list, ...problems.map(({ message, target }) => h('li', {}, target ? linkTo(target, message) : message)));
    this.el.hidden = false;
    focus(this.el);
  }

  hide(): void {
    this.el.hidden = true;
  }
}

function linkTo(target: HTMLElement, text: string): HTMLElement {
  if (!target.id) target.id = uid('field');
  return h('a', { href: `#${target.id}`, onclick: (ev: Event) => { ev.preventDefault(); focus(target); } }, text);
}
