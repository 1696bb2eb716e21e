// One form of the account pages: labelled fields with their hints, an error beside each
// field and the error summary above them (as the map's forms do), and a submit button that
// says when it is sending. The server's problem+json field errors land beside their field.

import { ErrorSummary, h, replace, uid, type Problem } from '../dom';
import { ApiError, type FieldError } from './api';
import { account as t } from './strings';

export interface FieldSpec {
  /** The API field whose errors show beside it. */
  name: string;
  label: string;
  type: 'email' | 'password' | 'text';
  autocomplete: string;
  hint?: string;
  value?: string;
  /** Said when the field is left empty; an empty field is fine without it. */
  missing?: string;
  maxlength?: number;
}

/** A problem a page finds in the server's answer, to show as the form's own. */
export class Refusal extends Error {
  constructor(
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
  }
}

interface Field {
  wrapper: HTMLElement;
  input: HTMLInputElement;
  error: HTMLElement;
  label: string;
}

export class AccountForm {
  readonly el: HTMLFormElement;
  private readonly submitButton: HTMLButtonElement;
  private readonly summary = new ErrorSummary(t.errorSummary);
  private readonly fields = new Map<string, Field>();
  /** What each required field's error says when it is left empty. */
  private readonly missing = new Map<string, string | undefined>();

  /**
   * `send` gets the trimmed values (passwords as typed); what it throws is shown as a
   * problem: field errors beside their fields, anything else in the summary.
   */
  constructor(
    specs: FieldSpec[],
    private readonly submitLabel: string,
    private readonly send: (values: Record<string, string>) => Promise<void>,
  ) {
    this.submitButton = h('button', { type: 'submit', class: 'button primary' }, submitLabel);
    this.el = h('form', { class: 'account-form', novalidate: true }, this.summary.el);
    for (const spec of specs) this.el.append(this.field(spec));
    this.el.append(h('div', { class: 'form-actions' }, this.submitButton));
    this.el.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.submit();
    });
  }

  input(name: string): HTMLInputElement {
    const field = this.fields.get(name);
    if (!field) throw new Error(`no field ${name}`);
    return field.input;
  }

  private field(spec: FieldSpec): HTMLElement {
    const id = uid(`account-${spec.name}`);
    const hintId = spec.hint ? uid(`account-${spec.name}-hint`) : null;
    const error = h('p', { class: 'field-error', id: uid(`account-${spec.name}-error`), hidden: true });
    const input = h('input', {
      id,
      name: spec.name,
      type: spec.type,
      autocomplete: spec.autocomplete,
      maxlength: spec.maxlength,
      spellcheck: spec.type === 'text' ? undefined : 'false',
      autocapitalize: spec.type === 'email' ? 'off' : undefined,
      'aria-describedby': [hintId, error.id].filter(Boolean).join(' '),
    });
    input.value = spec.value ?? '';
    input.addEventListener('input', () => this.clearError(spec.name));
    const wrapper = h(
      'div',
      { class: 'field' },
      h('label', { for: id }, spec.label),
      hintId ? h('p', { class: 'hint', id: hintId }, spec.hint) : null,
      error,
      input,
    );
    this.fields.set(spec.name, { wrapper, input, error, label: spec.label });
    this.missing.set(spec.name, spec.missing);
    return wrapper;
  }

  private clearError(name: string): void {
    const f = this.fields.get(name);
    if (!f) return;
    f.wrapper.classList.remove('has-error');
    f.error.hidden = true;
    f.error.replaceChildren();
    f.input.removeAttribute('aria-invalid');
  }

  /** Shows `errors` beside their fields and all of them in the summary (else `fallback`). */
  showErrors(errors: FieldError[], fallback = t.errorGeneric): void {
    for (const name of this.fields.keys()) this.clearError(name);
    const problems: Problem[] = [];
    for (const e of errors) {
      const f = this.fields.get(e.field);
      const message = t.fieldProblem(f?.label ?? t.field[e.field] ?? e.field, e.message);
      if (!f) {
        problems.push({ message });
        continue;
      }
      if (!f.error.hidden) continue;
      f.wrapper.classList.add('has-error');
      f.error.hidden = false;
      replace(f.error, h('span', { class: 'visually-hidden' }, t.errorPrefix), capitalise(e.message));
      f.input.setAttribute('aria-invalid', 'true');
      problems.push({ message, target: f.input });
    }
    this.summary.show(problems.length ? problems : [{ message: fallback }]);
  }

  /** The usual answer to a request that failed. */
  fail(err: unknown): void {
    if (err instanceof Refusal) return this.showErrors(err.errors, err.message);
    if (!(err instanceof ApiError)) throw err;
    if (err.offline) this.showErrors([], t.errorOffline);
    else if (err.status === 429) this.showErrors([], t.errorRateLimited);
    else if (err.status === 401) this.showErrors([], t.errorSignedOut);
    else if (err.status === 422 && err.errors.length) this.showErrors(err.errors, err.message);
    else this.showErrors([], err.status >= 500 ? t.errorGeneric : err.message || t.errorGeneric);
  }

  /** Empties the password fields (after they were used). */
  clearPasswords(): void {
    for (const f of this.fields.values()) if (f.input.type === 'password') f.input.value = '';
  }

  private async submit(): Promise<void> {
    if (this.submitButton.disabled) return;
    const values: Record<string, string> = {};
    const missing: FieldError[] = [];
    for (const [name, f] of this.fields) {
      values[name] = f.input.type === 'password' ? f.input.value : f.input.value.trim();
      const message = this.missing.get(name);
      if (message && !values[name]) missing.push({ field: name, message });
    }
    if (missing.length) {
      this.showErrors(missing);
      return;
    }
    this.submitButton.disabled = true;
    replace(this.submitButton, t.sending);
    try {
      await this.send(values);
      for (const name of this.fields.keys()) this.clearError(name);
      this.summary.hide();
    } catch (err) {
      this.fail(err);
    } finally {
      this.submitButton.disabled = false;
      replace(this.submitButton, this.submitLabel);
    }
  }
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
