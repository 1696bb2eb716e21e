// The pieces every form on the community energy pages shares: a labelled field with its
// error beneath it, 422 errors shown by their fields, a form's message line, a refusal put
// into words, and the frame of each of the team's tools (team-tools.ts, generation-tools.ts).

import { ApiError } from '../api';
import { focus, h, setInvalid, uid } from '../dom';
import { t } from '../i18n';

/** A refusal in words: the problem's own detail when the server gave one in the reader's language. */
export function problem(err: unknown): string {
  if (err instanceof ApiError) {
    if (err.status === 401) return t('projects-sign-in-needed');
    if (err.status === 403) return t('projects-team-only');
    if (err.status === 404) return t('projects-not-found');
    if (err.status === 429) return t('projects-too-many');
    if (err.status === 0) return t('projects-offline');
    if ([409, 413, 415].includes(err.status) && err.message) return err.message;
    if (err.status === 422) return t('projects-check-form');
  }
  return t('projects-load-failed');
}

/** A labelled field whose error (from a 422 naming it) is shown beneath and described by it. */
export class Field {
  readonly el: HTMLElement;
  private readonly error: HTMLElement;
  constructor(
    readonly name: string,
    label: string,
    readonly control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
    hint?: string,
  ) {
    const id = uid('pj-field');
    control.id = id;
    control.name = name;
    this.error = h('p', { class: 'pj-error', id: `${id}-error`, hidden: true });
    const hintEl = hint ? h('p', { class: 'pj-hint', id: `${id}-hint` }, hint) : null;
    control.setAttribute('aria-describedby', [hintEl?.id, this.error.id].filter(Boolean).join(' '));
    const isCheck = control instanceof HTMLInputElement && control.type === 'checkbox';
    this.el = isCheck
      ? h('div', { class: 'pj-field pj-check' }, control, h('label', { for: id }, label), hintEl, this.error)
      : h('div', { class: 'pj-field' }, h('label', { for: id }, label), hintEl, control, this.error);
  }
  show(message: string | null): void {
    this.error.hidden = !message;
    this.error.textContent = message ?? '';
    setInvalid(this.control, Boolean(message));
  }
}

/** Shows each 422 field error by its field; answers whether any was shown. */
export function showFieldErrors(fields: Field[], err: unknown): boolean {
  fields.forEach((f) => f.show(null));
  if (!(err instanceof ApiError) || err.status !== 422) return false;
  let first: Field | undefined;
  for (const e of err.errors) {
    const f = fields.find((x) => x.name === e.field);
    if (f) {
      f.show(`${t('projects-field-problem')} ${e.message}`);
      first ??= f;
    }
  }
  if (first) focus(first.control);
  return Boolean(first);
}

/** A form's message line: role=status for good news, role=alert for a refusal. */
export function note(kind: 'ok' | 'error', text: string): HTMLElement {
  return h('p', { class: kind === 'ok' ? 'pj-ok' : 'pj-alert', role: kind === 'ok' ? 'status' : 'alert' }, text);
}

/** The hint beside a month field; the example is a placeable, so a right-to-left sentence keeps it whole. */
export const monthHint = (): string => t('projects-month-hint', { example: '2027-03' });

/** What the tools need from the page around them. */
export interface ToolsHost {
  /** Draws the page again from the server, says `message`, then focuses the heading `headingId`. */
  changed(message: string, headingId: string): Promise<void>;
  /** The address of one of the plan's pages (`url('champions')`). */
  url(...parts: string[]): string;
}

type Child = Node | string | null;

/** A tool's form: its heading, its fields, its button, then its message line. */
export function toolForm(heading: string, button: string, message: HTMLElement, ...children: Child[]): HTMLFormElement {
  const headingId = uid('pj-h');
  return h(
    'form',
    { class: 'pj-form', novalidate: true, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, heading),
    ...children,
    h('button', { type: 'submit', class: 'button primary' }, button),
    message,
  );
}

/** The text of a field's control, trimmed. */
export const valueOf = (f: Field): string => f.control.value.trim();

/** Shows a 422 by its fields, or else the refusal in the form's message line. */
export function refused(fields: Field[], message: HTMLElement, err: unknown): void {
  message.replaceChildren();
  if (!showFieldErrors(fields, err)) message.append(note('error', problem(err)));
}

/** Shows `text` beneath an empty field and moves focus to it; answers whether it was empty. */
export function missing(f: Field, text: string): boolean {
  if (valueOf(f)) return false;
  f.show(text);
  focus(f.control);
  return true;
}
