// "Get news of a place by e-mail": an address, a place (a neighbourhood, an area drawn on the
// map, or the part of the plan the map shows) and how often. The server answers the same
// whether or not the address already follows the place, so the form only ever says that a
// confirmation mail is on its way. Problems come back as problem+json and are shown, as in
// the add form, next to their field and in a summary at the top.

import {
  ApiError,
  postSubscription,
  type BBox,
  type FieldError,
  type Followed,
  type Frequency,
  type Neighbourhood,
} from './api';
import { polygonOf, type AreaDrawing, type DrawHandlers } from './draw';
import { ErrorSummary, focus, h, replace, uid, type Problem } from './dom';
import { privacyNote } from './footer';
import type { PanelView } from './panel';
import { OutlineControl } from './outline-control';
import { follow as t, strings } from './strings';

export interface FollowHandlers {
  back(): void;
  announce(message: string): void;
  /** Starts drawing on the map: clicks add corners until the area is finished or stopped. */
  draw(on: DrawHandlers): Promise<AreaDrawing | null>;
  /** Drawing began or ended (a phone shows the map above the form meanwhile). */
  drawing(on: boolean): void;
  /** Takes the area off the map. */
  clearArea(): void;
  /** The part of the map in view now (null without a map). */
  visible(): BBox | null;
}

type What = 'neighbourhood' | 'draw' | 'view';

/** Which part of the form shows the errors of an API field. */
const FIELD_OF: Record<string, string> = { email: 'email', neighbourhood: 'place', area: 'place', frequency: 'frequency' };

interface Field {
  wrapper: HTMLElement;
  error: HTMLElement;
  /** What gets focus when the summary links to it. */
  target: () => HTMLElement;
  /** Controls that get aria-invalid. */
  controls: HTMLElement[];
}

/** The part of the plan's bounding box in `view`, as a polygon (null when they do not meet). */
export function areaInView(view: BBox, plan: BBox): GeoJSON.Polygon | null {
  const [w, s, e, n] = [Math.max(view[0], plan[0]), Math.max(view[1], plan[1]), Math.min(view[2], plan[2]), Math.min(view[3], plan[3])];
  if (!(w < e && s < n)) return null;
  return polygonOf([
    [w, s],
    [e, s],
    [e, n],
    [w, n],
    [w, s],
  ]);
}

export class FollowView implements PanelView {
  readonly root: HTMLElement;
  readonly heading: HTMLHeadingElement;
  private readonly form: HTMLFormElement;
  private readonly email: HTMLInputElement;
  private readonly select: HTMLSelectElement;
  private readonly summary = new ErrorSummary(strings.errorSummary);
  private readonly done: HTMLElement;
  private readonly doneMessage: HTMLElement;
  private readonly submitButton: HTMLButtonElement;
  private readonly fields = new Map<string, Field>();
  private readonly reveals = new Map<What, HTMLElement>();
  private readonly outline: OutlineControl;

  constructor(
    private readonly plan: string,
    private readonly planBBox: BBox,
    neighbourhoods: Neighbourhood[],
    neighbourhood: string,
    private readonly mapAvailable: boolean,
    private readonly on: FollowHandlers,
  ) {
    this.heading = h('h2', { class: 'panel-heading', tabindex: -1 }, t.heading);

    // ---- e-mail ----
    const emailId = uid('follow-email');
    const emailHintId = uid('follow-email-hint');
    this.email = h('input', {
      id: emailId,
      name: 'email',
      type: 'email',
      autocomplete: 'email',
      spellcheck: 'false',
      autocapitalize: 'off',
      'aria-describedby': emailHintId,
    });
    const emailField = h('div', { class: 'field' });
    const emailError = this.field('email', emailField, () => this.email, [this.email]);
    emailField.append(h('label', { for: emailId }, t.emailLabel), h('p', { class: 'hint', id: emailHintId }, t.emailHint), emailError, this.email, privacyNote());

    // ---- the place ----
    const selectId = uid('follow-neighbourhood');
    this.select = h('select', { id: selectId, name: 'neighbourhood' }, h('option', { value: '' }, t.neighbourhoodChoose));
    for (const n of [...neighbourhoods].sort((a, b) => a.properties.name.localeCompare(b.properties.name))) {
      this.select.append(h('option', { value: n.properties.slug, selected: n.properties.slug === neighbourhood }, n.properties.name));
    }
    this.select.addEventListener('change', () => this.clearError('place'));
    const selectField = h('div', { class: 'field' }, h('label', { for: selectId }, t.neighbourhoodLabel), this.select);

    this.outline = new OutlineControl(t.draw, {
      draw: (on) => this.on.draw(on),
      clearArea: () => this.on.clearArea(),
      announce: (m) => this.on.announce(m),
      drawing: (on) => this.on.drawing(on),
      starting: () => this.clearError('place'),
    });

    const place = h('fieldset', { class: 'field choices follow-place' }, h('legend', {}, t.whatLegend));
    const placeError = this.field('place', place, () => this.placeTarget(), []);
    place.setAttribute('aria-describedby', placeError.id);
    place.append(placeError);
    if (this.mapAvailable) {
      const options: { value: What; label: string; reveal: HTMLElement[] }[] = [
        { value: 'neighbourhood', label: t.whatNeighbourhood, reveal: [selectField] },
        { value: 'draw', label: t.whatDraw, reveal: this.outline.parts },
        { value: 'view', label: t.whatView, reveal: [h('p', { class: 'hint' }, t.viewHint)] },
      ];
      for (const o of options) {
        const id = uid(`follow-${o.value}`);
        const radio = h('input', { type: 'radio', id, name: 'what', value: o.value, checked: o.value === 'neighbourhood' });
        radio.addEventListener('change', () => this.choose(o.value));
        const reveal = h('div', { class: 'reveal', id: uid(`follow-${o.value}-more`), hidden: o.value !== 'neighbourhood' }, ...o.reveal);
        this.reveals.set(o.value, reveal);
        place.append(h('div', { class: 'choice' }, radio, h('label', { for: id }, o.label)), reveal);
      }
    } else {
      place.append(selectField);
    }

    // ---- how often ----
    const frequency = h('fieldset', { class: 'field choices' }, h('legend', {}, t.frequencyLegend));
    const radios = (['weekly', 'daily'] as Frequency[]).map((f) => {
      const id = uid(`follow-${f}`);
      const radio = h('input', { type: 'radio', id, name: 'frequency', value: f, checked: f === 'weekly' });
      return { radio, row: h('div', { class: 'choice' }, radio, h('label', { for: id }, t.frequency[f])) };
    });
    const frequencyError = this.field('frequency', frequency, () => radios[0].radio, []);
    frequency.setAttribute('aria-describedby', frequencyError.id);
    frequency.append(frequencyError, ...radios.map((r) => r.row));

    this.submitButton = h('button', { type: 'submit', class: 'button primary' }, t.submit);
    this.form = h(
      'form',
      { class: 'follow-form', novalidate: true },
      this.summary.el,
      emailField,
      place,
      frequency,
      h('div', { class: 'form-actions' }, this.submitButton, h('button', { type: 'button', class: 'button', onclick: () => this.on.back() }, strings.cancel)),
    );
    this.form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.submit();
    });

    // ---- sent ----
    // Always in the page (empty until sent), so that filling it is read out.
    this.doneMessage = h('p', { class: 'done-message', role: 'status', tabindex: -1 });
    this.done = h(
      'div',
      { class: 'follow-done', hidden: true },
      h('p', { class: 'hint' }, t.sentHint),
      h(
        'div',
        { class: 'form-actions' },
        h('button', { type: 'button', class: 'button primary', onclick: () => this.again() }, t.another),
        h('button', { type: 'button', class: 'button', onclick: () => this.on.back() }, strings.backToList),
      ),
    );

    this.root = h(
      'div',
      { class: 'view view-follow' },
      h('button', { type: 'button', class: 'button back', onclick: () => this.on.back() }, strings.backToList),
      this.heading,
      h('p', { class: 'intro' }, t.intro),
      this.doneMessage,
      this.done,
      this.form,
    );
  }

  /** The view leaves the panel: the drawing leaves the map. */
  leave(): void {
    this.outline.stop();
  }

  // ---- the place ----

  private get what(): What {
    const checked = this.form.querySelector<HTMLInputElement>('input[name="what"]:checked');
    return (checked?.value as What | undefined) ?? 'neighbourhood';
  }

  private choose(what: What): void {
    for (const [value, reveal] of this.reveals) reveal.hidden = value !== what;
    this.clearError('place');
    // A drawn area belongs to its choice: choosing another takes it off the map.
    if (what !== 'draw') this.outline.stop();
  }

  private placeTarget(): HTMLElement {
    if (!this.mapAvailable || this.what === 'neighbourhood') return this.select;
    if (this.what === 'draw') return this.outline.target();
    return this.form.querySelector<HTMLInputElement>('input[name="what"]:checked') ?? this.select;
  }

  /** What to follow, or the problem that keeps the form from being sent. */
  private followed(): Followed | FieldError {
    const what = this.mapAvailable ? this.what : 'neighbourhood';
    if (what === 'neighbourhood') {
      return this.select.value ? { neighbourhood: this.select.value } : { field: 'neighbourhood', message: t.neighbourhoodNeeded };
    }
    if (what === 'draw') {
      const ring = this.outline.ring;
      return ring ? { area: polygonOf(ring) } : { field: 'area', message: t.drawNeeded };
    }
    const visible = this.on.visible();
    const area = visible ? areaInView(visible, this.planBBox) : null;
    return area ? { area } : { field: 'area', message: t.viewOutside };
  }

  // ---- errors ----

  private field(key: string, wrapper: HTMLElement, target: () => HTMLElement, controls: HTMLElement[]): HTMLElement {
    const error = h('p', { class: 'field-error', id: uid(`follow-${key}-error`), hidden: true });
    this.fields.set(key, { wrapper, error, target, controls });
    for (const c of controls) {
      c.setAttribute('aria-describedby', [c.getAttribute('aria-describedby'), error.id].filter(Boolean).join(' '));
    }
    return error;
  }

  private clearError(key: string): void {
    const f = this.fields.get(key);
    if (!f) return;
    f.wrapper.classList.remove('has-error');
    f.error.hidden = true;
    f.error.replaceChildren();
    for (const c of f.controls) c.removeAttribute('aria-invalid');
  }

  private showErrors(errors: FieldError[], fallback: string): void {
    for (const key of this.fields.keys()) this.clearError(key);
    const problems: Problem[] = [];
    for (const e of errors) {
      const key = FIELD_OF[e.field];
      const f = key ? this.fields.get(key) : undefined;
      const message = strings.fieldProblem(t.field[e.field] ?? e.field, e.message);
      if (!f) {
        problems.push({ message });
        continue;
      }
      if (!f.error.hidden) continue;
      f.wrapper.classList.add('has-error');
      f.error.hidden = false;
      replace(f.error, h('span', { class: 'visually-hidden' }, strings.errorPrefix), capitalise(e.message));
      for (const c of f.controls) c.setAttribute('aria-invalid', 'true');
      problems.push({ message, target: f.target() });
    }
    this.summary.show(problems.length ? problems : [{ message: fallback }]);
  }

  // ---- sending ----

  private async submit(): Promise<void> {
    if (this.submitButton.disabled) return;
    // What the server cannot be asked without: the rest it checks itself.
    const followed = this.followed();
    const missing = [
      ...(this.email.value.trim() ? [] : [{ field: 'email', message: t.emailMissing }]),
      ...('field' in followed ? [followed] : []),
    ];
    if (missing.length || 'field' in followed) {
      this.showErrors(missing, t.errorGeneric);
      return;
    }
    const frequency = (this.form.querySelector<HTMLInputElement>('input[name="frequency"]:checked')?.value ?? 'weekly') as Frequency;
    this.submitButton.disabled = true;
    replace(this.submitButton, t.sending);
    try {
      await postSubscription(this.plan, this.email.value.trim(), followed, frequency);
      for (const key of this.fields.keys()) this.clearError(key);
      this.summary.hide();
      this.form.hidden = true;
      this.done.hidden = false;
      this.doneMessage.textContent = t.sent;
      focus(this.doneMessage);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.offline) this.showErrors([], t.errorOffline);
      else if (err.status === 429) this.showErrors([], strings.errorRateLimited);
      else if (err.status === 422) this.showErrors(err.errors, err.message || t.errorGeneric);
      else this.showErrors([], t.errorGeneric);
    } finally {
      this.submitButton.disabled = false;
      replace(this.submitButton, t.submit);
    }
  }

  /** Back to the form, as it was, to follow another place. */
  private again(): void {
    this.doneMessage.textContent = '';
    this.done.hidden = true;
    this.form.hidden = false;
    focus(this.form.querySelector<HTMLElement>('input[name="what"]:checked') ?? this.select);
  }
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
