// The console's forms: labelled controls with their hints, an error beside each and the
// error summary above them (as the other pages' forms do), a submit button that says when
// it is sending, and the server's problem+json field errors shown beside their fields.

import { ApiError, type FieldError, type Me } from '../api';
import { ErrorSummary, h, replace, setInvalid, uid, type Problem } from '../dom';
import type { PlanMap } from './map';
import { as } from './strings';

/** What every section needs from the page around it. */
export interface Host {
  readonly me: Me;
  /** Tells screen readers (the live region). */
  say(text: string): void;
  /** A 401 or 403: back to the sign-in or the refusal. Resolves to false when the account
   * is still an administrator's, and the form should say the action was refused. */
  refused(err: ApiError): Promise<boolean>;
}

/** What a section gives the page: its content, and a way to let go of it (the map). */
export interface Shown {
  root: HTMLElement;
  title: string;
  /** Called once the content is in the page (a map needs its size). */
  attached?: () => void;
  leave?: () => void;
  map?: PlanMap;
}

/** Problems found before sending, shown as the server's would be. */
export class Invalid extends Error {
  constructor(readonly errors: FieldError[]) {
    super('invalid');
  }
}

interface Field {
  names: string[];
  label: string;
  control: HTMLElement;
  wrapper: HTMLElement;
  error: HTMLElement;
}

interface FieldOptions {
  hint?: string;
  /** Other API field names whose errors belong here (`features` for a file's features). */
  aliases?: string[];
}

export interface FormOptions {
  submit: string;
  busy: string;
  /** Said beside a busy indicator while the request is on its way (long uploads). */
  busyNote?: string;
  className?: string;
  /** Turns a refusal the form knows about (a 409's code) into field errors or a message. */
  explain?: (err: ApiError) => FieldError[] | string | null;
}

export class Form {
  readonly el: HTMLFormElement;
  readonly body = h('div', { class: 'admin-form-body' });
  private readonly summary = new ErrorSummary(as.errorHeading);
  private readonly fields: Field[] = [];
  private readonly button: HTMLButtonElement;
  private readonly busyNote: HTMLElement;
  private readonly doneNote = h('p', { class: 'admin-done', hidden: true });
  private busy = false;

  constructor(
    private readonly host: Host,
    private readonly options: FormOptions,
    private readonly send: () => Promise<void>,
  ) {
    this.button = h('button', { type: 'submit', class: 'button primary' }, options.submit);
    const noteId = uid('admin-busy');
    this.busyNote = h(
      'p',
      { class: 'admin-busy', hidden: true },
      h('progress', { 'aria-labelledby': noteId }),
      h('span', { id: noteId }, options.busyNote ?? options.busy),
    );
    this.el = h(
      'form',
      { class: `admin-form ${options.className ?? ''}`.trim(), novalidate: true },
      this.summary.el,
      this.body,
      h('div', { class: 'form-actions' }, this.button),
      this.busyNote,
      this.doneNote,
    );
    this.el.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.submit();
    });
  }

  /** A labelled control (input, select or textarea) with its hint and error, added to the form. */
  control<T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement>(
    name: string,
    label: string,
    control: T,
    opts: FieldOptions = {},
  ): T {
    control.id ||= uid(`admin-${name}`);
    control.setAttribute('name', name);
    const hint = opts.hint ? h('p', { class: 'hint', id: uid(`admin-${name}-hint`) }, opts.hint) : null;
    const error = h('p', { class: 'field-error', id: uid(`admin-${name}-error`), hidden: true });
    control.setAttribute('aria-describedby', [hint?.id, error.id].filter(Boolean).join(' '));
    const wrapper = h('div', { class: 'field' }, h('label', { for: control.id }, label), hint, error, control);
    this.remember({ names: [name, ...(opts.aliases ?? [])], label, control, wrapper, error });
    this.body.append(wrapper);
    return control;
  }

  /** A checkbox with its label beside it. */
  checkbox(name: string, label: string, checked: boolean): HTMLInputElement {
    const input = h('input', { type: 'checkbox', id: uid(`admin-${name}`), name });
    input.checked = checked;
    const error = h('p', { class: 'field-error', id: uid(`admin-${name}-error`), hidden: true });
    input.setAttribute('aria-describedby', error.id);
    const wrapper = h('div', { class: 'field' }, error, h('div', { class: 'check' }, input, h('label', { for: input.id }, label)));
    this.remember({ names: [name], label, control: input, wrapper, error });
    this.body.append(wrapper);
    return input;
  }

  /** A group of radio buttons: the chosen value, and each choice's input and hint. */
  radios<V extends string>(
    name: string,
    legend: string,
    choices: { value: V; label: string; hint?: string }[],
    value: V,
  ): { value: () => V; inputs: HTMLInputElement[]; hints: (HTMLElement | null)[] } {
    const error = h('p', { class: 'field-error', id: uid(`admin-${name}-error`), hidden: true });
    const inputs = choices.map((c) => {
      const input = h('input', { type: 'radio', id: uid(`admin-${name}`), name, value: c.value });
      input.checked = c.value === value;
      return input;
    });
    const hints = choices.map((c, i) => {
      if (!c.hint) return null;
      const hint = h('p', { class: 'hint', id: uid(`admin-${name}-hint`) }, c.hint);
      inputs[i].setAttribute('aria-describedby', hint.id);
      return hint;
    });
    const fieldset = h(
      'fieldset',
      { 'aria-describedby': error.id },
      h('legend', {}, legend),
      error,
      ...choices.map((c, i) => h('div', { class: 'choice' }, inputs[i], h('label', { for: inputs[i].id }, c.label), hints[i])),
    );
    const field = { names: [name], label: legend, control: inputs[0], wrapper: fieldset, error };
    this.remember(field);
    for (const input of inputs.slice(1)) input.addEventListener('input', () => this.clear(field));
    this.body.append(fieldset);
    return { value: () => (inputs.find((i) => i.checked)?.value ?? value) as V, inputs, hints };
  }

  private remember(field: Field): void {
    this.fields.push(field);
    field.control.addEventListener('input', () => this.clear(field));
  }

  private clear(field: Field): void {
    field.wrapper.classList.remove('has-error');
    field.error.hidden = true;
    replace(field.error);
    setInvalid(field.control, false);
  }

  /** Shows `errors` beside their fields and all of them in the summary (else `fallback`). */
  showErrors(errors: FieldError[], fallback = as.errorServer): void {
    for (const f of this.fields) this.clear(f);
    const problems: Problem[] = [];
    for (const e of errors) {
      const base = e.field.split(/[.[]/)[0];
      const f = this.fields.find((x) => x.names.includes(e.field) || x.names.includes(base));
      const message = capitalise(e.message);
      problems.push({ message: as.fieldProblem(f?.label ?? e.field, message), target: f?.control });
      if (!f) continue;
      f.wrapper.classList.add('has-error');
      // A field may have several (a boundary file's features): each on its own line.
      if (!f.error.hidden) f.error.append(h('br'));
      f.error.append(message);
      f.error.hidden = false;
      setInvalid(f.control, true);
    }
    this.summary.show(problems.length ? problems : [{ message: fallback }]);
  }

  /** Shows what a failed request means; the sign-in or refusal takes over for 401 and 403. */
  async fail(err: unknown): Promise<void> {
    if (err instanceof Invalid) return this.showErrors(err.errors);
    if (!(err instanceof ApiError)) throw err;
    if (err.status === 401 || err.status === 403) {
      if (await this.host.refused(err)) return;
      return this.showErrors([], as.errorForbidden);
    }
    const explained = this.options.explain?.(err);
    if (Array.isArray(explained)) return this.showErrors(explained);
    if (explained) return this.showErrors([], explained);
    if (err.offline) return this.showErrors([], as.errorOffline);
    if (err.errors.length) return this.showErrors(err.errors);
    this.showErrors([], err.status >= 500 ? as.errorServer : err.message || as.errorServer);
  }

  /** Says what the form did: beside its button, and to screen readers. */
  confirm(text: string): void {
    replace(this.doneNote, text);
    this.doneNote.hidden = false;
    this.host.say(text);
  }

  hideErrors(): void {
    for (const f of this.fields) this.clear(f);
    this.summary.hide();
  }

  private async submit(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    this.button.disabled = true;
    this.el.setAttribute('aria-busy', 'true');
    this.doneNote.hidden = true;
    replace(this.button, this.options.busy);
    // The indicator only for what takes a while (uploads): a quick save would just flicker.
    if (this.options.busyNote) {
      this.busyNote.hidden = false;
      this.host.say(this.options.busyNote);
    }
    try {
      await this.send();
      this.hideErrors();
    } catch (err) {
      await this.fail(err);
    } finally {
      this.busyNote.hidden = true;
      this.busy = false;
      this.button.disabled = false;
      this.el.removeAttribute('aria-busy');
      replace(this.button, this.options.submit);
    }
  }
}

export function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}

/** A box that scrolls a wide table sideways on a phone: keyboard users can scroll it too,
 * and screen readers hear it named by the table's caption. */
export function tableBox(table: HTMLTableElement): HTMLElement {
  const caption = table.caption!;
  caption.id ||= uid('admin-caption');
  return h('div', { class: 'admin-table-box', role: 'region', tabindex: 0, 'aria-labelledby': caption.id }, table);
}

/**
 * A table with a caption, its head and its rows (cells are nodes or plain text). Each cell
 * carries its column's name, which a stacked table shows on a phone (see admin.css).
 */
export function table(caption: string, head: string[], rows: (Node | string)[][], className = ''): HTMLTableElement {
  return h(
    'table',
    { class: `admin-table ${className}`.trim() },
    h('caption', {}, caption),
    h('thead', {}, h('tr', {}, ...head.map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, ...rows.map((cells) => tableRow(head, cells))),
  );
}

/** One row: the first cell heads it. */
export function tableRow(head: string[], cells: (Node | string | null)[]): HTMLTableRowElement {
  return h(
    'tr',
    {},
    ...cells.map((c, i) =>
      i === 0 ? h('th', { scope: 'row', 'data-label': head[i] }, c) : h('td', { 'data-label': head[i] }, c),
    ),
  );
}
