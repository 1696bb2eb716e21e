// "Add your idea": choose a place (on the map by pointer or keyboard, or without the map by
// neighbourhood or place name), then a short form. Problems come back from the API as
// problem+json and are shown next to the field they concern and in a summary at the top.

import {
  ApiError,
  newIdempotencyKey,
  postContribution,
  type Contribution,
  type FieldError,
  type LonLat,
  type Neighbourhood,
} from './api';
import { kindBadge } from './browse';
import { ErrorSummary, focus, h, replace, setInvalid, uid, type Problem } from './dom';
import { privacyNote } from './footer';
import { KINDS, PRECISIONS, strings, THEMES, type Kind, type Precision, type Theme } from './strings';

export interface AddHandlers {
  /** Asks the map to take the keyboard (arrow keys move it, Enter places the pin). */
  keyboardPlace(): void;
  /** A place was chosen without the map; the map shows the pin there. */
  placeAt(at: LonLat): void;
  cancel(): void;
  added(c: Contribution): void;
  announce(message: string): void;
  /** The step changed (the phone layout shows the map for step 1). */
  step(which: 'where' | 'what'): void;
}

/** The name of the neighbourhood around a point, or of the nearest one (null: none). */
function nearestName(at: LonLat, neighbourhoods: Neighbourhood[]): string | null {
  let best: Neighbourhood | null = null;
  let bestD = Infinity;
  for (const n of neighbourhoods) {
    const [x, y] = n.properties.centre;
    const d = (x - at[0]) ** 2 * Math.cos((y * Math.PI) / 180) ** 2 + (y - at[1]) ** 2;
    if (d < bestD) {
      bestD = d;
      best = n;
    }
  }
  return best?.properties.name ?? null;
}

/** Neighbourhoods whose name matches what someone typed, best first. */
export function matchPlaces(text: string, neighbourhoods: Neighbourhood[]): Neighbourhood[] {
  const norm = (s: string) => s.toLowerCase().normalize('NFKD').replace(/[^a-z0-9 ]/g, ' ').replace(/\s+/g, ' ').trim();
  const q = norm(text);
  if (!q) return [];
  const scored = neighbourhoods
    .map((n) => {
      const name = norm(n.properties.name);
      const score = name === q ? 0 : name.startsWith(q) ? 1 : name.split(' ').some((w) => w.startsWith(q)) ? 2 : name.includes(q) ? 3 : 9;
      return { n, score };
    })
    .filter((s) => s.score < 9);
  return scored.sort((a, b) => a.score - b.score || a.n.properties.name.localeCompare(b.n.properties.name)).map((s) => s.n);
}

/** Which form control shows the errors of an API field path. */
const FIELD_OF: Record<string, string> = {
  geometry: 'place',
  'geometry.type': 'place',
  'geometry.coordinates': 'place',
  'properties.kind': 'kind',
  'properties.themes': 'themes',
  'properties.title': 'title',
  'properties.body': 'body',
  'properties.display_name': 'display_name',
  'properties.precision': 'precision',
};

interface Field {
  wrapper: HTMLElement;
  error: HTMLElement;
  /** What gets focus when the summary links to it. */
  target: HTMLElement;
  /** Controls that get aria-invalid. */
  controls: HTMLElement[];
}

export class AddView {
  readonly root: HTMLElement;
  readonly heading: HTMLHeadingElement;
  private position: LonLat | null = null;
  private readonly where: HTMLElement;
  private readonly what: HTMLFormElement;
  private readonly whereChosen: HTMLElement;
  private readonly whereError: HTMLElement;
  private readonly placeSelect: HTMLSelectElement;
  private readonly placeInput: HTMLInputElement;
  private readonly placeInputError: HTMLElement;
  private readonly whatPlace: HTMLElement;
  private readonly summary = new ErrorSummary(strings.errorSummary);
  private readonly fields = new Map<string, Field>();
  private readonly submitButton: HTMLButtonElement;
  private readonly continueButton: HTMLButtonElement;
  private readonly keyboardButton: HTMLButtonElement;
  private idempotencyKey: string | null = null;

  constructor(
    private readonly plan: string,
    private readonly neighbourhoods: Neighbourhood[],
    icons: Record<string, string>,
    private readonly mapAvailable: boolean,
    private readonly on: AddHandlers,
  ) {
    this.heading = h('h2', { class: 'panel-heading', tabindex: -1 }, strings.addHeading);

    // ---- step 1: where ----
    this.whereChosen = h('p', { class: 'chosen', hidden: true });
    this.whereError = h('p', { class: 'field-error', id: uid('where-error'), hidden: true });
    this.keyboardButton = h('button', { type: 'button', class: 'button', onclick: () => this.on.keyboardPlace() }, strings.placeOnMapButton);

    const selectId = uid('place-select');
    this.placeSelect = h('select', { id: selectId }, h('option', { value: '' }, strings.placeChoose));
    for (const n of [...neighbourhoods].sort((a, b) => a.properties.name.localeCompare(b.properties.name))) {
      this.placeSelect.append(h('option', { value: n.properties.slug }, n.properties.name));
    }
    this.placeSelect.addEventListener('change', () => {
      const n = neighbourhoods.find((x) => x.properties.slug === this.placeSelect.value);
      if (n) this.placeInNeighbourhood(n);
    });

    const inputId = uid('place-input');
    const inputHintId = uid('place-hint');
    this.placeInputError = h('p', { class: 'field-error', id: uid('place-input-error'), hidden: true });
    this.placeInput = h('input', {
      id: inputId,
      type: 'text',
      autocomplete: 'off',
      enterkeyhint: 'search',
      'aria-describedby': `${inputHintId} ${this.placeInputError.id}`,
    });
    const findPlace = () => {
      const text = this.placeInput.value.trim();
      const found = matchPlaces(text, neighbourhoods);
      this.setError(this.placeInputError, this.placeInput, text ? (found.length ? null : strings.placeNoMatch(text)) : strings.placeEmpty);
      if (found.length) {
        this.placeSelect.value = found[0].properties.slug;
        this.placeInNeighbourhood(found[0]);
      } else {
        this.placeInput.focus();
      }
    };
    this.placeInput.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') {
        ev.preventDefault();
        findPlace();
      }
    });

    this.continueButton = h('button', { type: 'button', class: 'button primary', onclick: () => this.toWhat() }, strings.continue);

    this.where = h(
      'div',
      { class: 'step step-where' },
      h('h3', {}, strings.stepWhere),
      this.mapAvailable ? h('p', {}, strings.placeByMap) : null,
      this.mapAvailable ? h('p', {}, strings.placeByKeyboard) : null,
      this.mapAvailable ? this.keyboardButton : null,
      h(
        'fieldset',
        { class: 'without-map' },
        h('legend', {}, strings.placeWithoutMap),
        h('div', { class: 'field' }, h('label', { for: selectId }, strings.placeNeighbourhoodLabel), this.placeSelect),
        h(
          'div',
          { class: 'field' },
          h('label', { for: inputId }, strings.placeSearchLabel),
          h('p', { class: 'hint', id: inputHintId }, strings.placeSearchHint),
          this.placeInputError,
          h('div', { class: 'search-row' }, this.placeInput, h('button', { type: 'button', class: 'button', onclick: findPlace }, strings.placeSearchButton)),
        ),
      ),
      this.whereChosen,
      this.whereError,
      h('div', { class: 'form-actions' }, this.continueButton, h('button', { type: 'button', class: 'button', onclick: () => this.on.cancel() }, strings.cancel)),
    );

    // ---- step 2: what ----
    this.whatPlace = h('p', { class: 'chosen' });
    const placeError = h('p', { class: 'field-error', id: uid('place-error'), hidden: true });
    const changePlace = h('button', { type: 'button', class: 'button link-like', onclick: () => this.toWhere() }, strings.changePlace);
    const placeWrapper = h('div', { class: 'field place-field' }, this.whatPlace, placeError, changePlace);
    this.fields.set('place', { wrapper: placeWrapper, error: placeError, target: changePlace, controls: [] });

    const kindSet = this.radioGroup(
      'kind',
      strings.kindQuestion,
      null,
      KINDS.map((k) => ({ value: k, label: kindBadge(k, icons), hint: strings.kindHint[k] })),
      'idea',
    );
    const themeSet = this.checkGroup(
      'themes',
      strings.themesQuestion,
      strings.themesHint,
      THEMES.map((t) => ({ value: t, label: strings.theme[t] })),
    );
    const title = this.textField('title', strings.titleLabel, strings.titleHint, 'input', 120);
    const body = this.textField('body', strings.bodyLabel, strings.bodyHint, 'textarea', 4000);
    const precision = this.radioGroup(
      'precision',
      strings.precisionQuestion,
      strings.precisionHint,
      PRECISIONS.map((p) => ({ value: p, label: strings.precisionOption[p], hint: strings.precisionOptionHint[p] })),
      'street',
    );
    const name = this.textField('display_name', strings.nameLabel, strings.nameHint, 'input', 60);
    name.querySelector('input')?.setAttribute('autocomplete', 'nickname');

    this.submitButton = h('button', { type: 'submit', class: 'button primary' }, strings.submit);
    this.what = h(
      'form',
      { class: 'step step-what', novalidate: true, hidden: true },
      h('h3', {}, strings.stepWhat),
      this.summary.el,
      placeWrapper,
      kindSet,
      themeSet,
      title,
      body,
      precision,
      name,
      privacyNote(),
      h('div', { class: 'form-actions' }, this.submitButton, h('button', { type: 'button', class: 'button', onclick: () => this.on.cancel() }, strings.cancel)),
    );
    this.what.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.submit();
    });

    this.root = h('div', { class: 'view view-add' }, this.heading, h('p', { class: 'intro' }, strings.addIntro), this.where, this.what);
  }

  // ---- place ----

  /** The pin is at `at` (set on the map, or moved there). */
  placed(at: LonLat, how: 'pointer' | 'keyboard' | 'drag' | 'list'): void {
    this.position = at;
    const where = nearestName(at, this.neighbourhoods);
    this.whereChosen.hidden = false;
    replace(this.whereChosen, strings.placeChosen(where));
    replace(this.whatPlace, strings.placeChosen(where));
    this.setError(this.whereError, null, null);
    this.clearFieldError('place');
    if (how === 'keyboard' || how === 'pointer') {
      this.on.announce(`${strings.placeSet} ${strings.placeChosen(where)}.`);
    } else if (how === 'drag') {
      this.on.announce(`${strings.placeMoved} ${strings.placeChosen(where)}.`);
    }
    if (how === 'keyboard') this.continueButton.focus();
  }

  private placeInNeighbourhood(n: Neighbourhood): void {
    this.on.placeAt(n.properties.centre);
    this.placed(n.properties.centre, 'list');
    const precision = this.what.querySelector<HTMLInputElement>('input[name="precision"][value="neighbourhood"]');
    if (precision) precision.checked = true;
    this.on.announce(strings.placeFound(n.properties.name));
  }

  private toWhat(): void {
    if (!this.position) {
      this.setError(this.whereError, null, strings.placeNeeded);
      focus(this.whereError);
      return;
    }
    this.where.hidden = true;
    this.what.hidden = false;
    this.on.step('what');
    focus(this.what.querySelector('h3'));
  }

  toWhere(): void {
    this.where.hidden = false;
    this.what.hidden = true;
    this.on.step('where');
    focus(this.where.querySelector('h3'));
  }

  // ---- form building ----

  private field(key: string, wrapper: HTMLElement, target: HTMLElement, controls: HTMLElement[]): HTMLElement {
    const error = h('p', { class: 'field-error', id: uid(`${key}-error`), hidden: true });
    this.fields.set(key, { wrapper, error, target, controls });
    for (const c of controls) {
      const before = c.getAttribute('aria-describedby');
      c.setAttribute('aria-describedby', [before, error.id].filter(Boolean).join(' '));
    }
    return error;
  }

  private radioGroup(
    key: string,
    legend: string,
    hint: string | null,
    options: { value: string; label: Node | string; hint: string }[],
    checked: string,
  ): HTMLElement {
    const set = h('fieldset', { class: 'field choices' });
    const hintId = uid(`${key}-hint`);
    set.append(h('legend', {}, legend));
    if (hint) set.append(h('p', { class: 'hint', id: hintId }, hint));
    const inputs: HTMLInputElement[] = [];
    const rows = options.map((o) => {
      const id = uid(`${key}-${o.value}`);
      const optionHint = uid(`${key}-${o.value}-hint`);
      const input = h('input', { type: 'radio', id, name: key, value: o.value, checked: o.value === checked, 'aria-describedby': optionHint });
      inputs.push(input);
      return h('div', { class: 'choice' }, input, h('label', { for: id }, o.label), h('p', { class: 'hint', id: optionHint }, o.hint));
    });
    if (hint) set.setAttribute('aria-describedby', hintId);
    const error = this.field(key, set, inputs[0], []);
    set.setAttribute('aria-describedby', [set.getAttribute('aria-describedby'), error.id].filter(Boolean).join(' '));
    set.append(error, ...rows);
    return set;
  }

  private checkGroup(key: string, legend: string, hint: string, options: { value: string; label: string }[]): HTMLElement {
    const hintId = uid(`${key}-hint`);
    const set = h('fieldset', { class: 'field choices checks' }, h('legend', {}, legend), h('p', { class: 'hint', id: hintId }, hint));
    const inputs = options.map((o) => {
      const id = uid(`${key}-${o.value}`);
      const input = h('input', { type: 'checkbox', id, name: key, value: o.value });
      return { input, row: h('div', { class: 'check' }, input, h('label', { for: id }, o.label)) };
    });
    // Each box is marked invalid and described by the error too, for screen readers that
    // announce only the focused control.
    const error = this.field(
      key,
      set,
      inputs[0].input,
      inputs.map((i) => i.input),
    );
    set.setAttribute('aria-describedby', `${hintId} ${error.id}`);
    set.append(error, ...inputs.map((i) => i.row));
    return set;
  }

  private textField(key: string, label: string, hint: string, tag: 'input' | 'textarea', max: number): HTMLElement {
    const id = uid(key);
    const hintId = uid(`${key}-hint`);
    const countId = uid(`${key}-count`);
    const control =
      tag === 'input'
        ? h('input', { id, name: key, type: 'text', 'aria-describedby': hintId, spellcheck: 'true' })
        : h('textarea', { id, name: key, rows: 5, 'aria-describedby': hintId, spellcheck: 'true' });
    const count = h('p', { class: 'hint count', id: countId, 'aria-live': 'polite' });
    const wrapper = h('div', { class: 'field' });
    const error = this.field(key, wrapper, control, [control]);
    const update = () => {
      const left = max - [...control.value].length;
      // Only speak up near the limit: a counter on every key is noise.
      count.hidden = left > max * 0.1;
      replace(count, left >= 0 ? strings.charactersLeft(left) : strings.charactersTooMany(-left));
      count.classList.toggle('over', left < 0);
    };
    control.addEventListener('input', update);
    update();
    wrapper.append(h('label', { for: id }, label), h('p', { class: 'hint', id: hintId }, hint), error, control, count);
    return wrapper;
  }

  // ---- errors ----

  private setError(el: HTMLElement, control: HTMLElement | null, message: string | null): void {
    el.hidden = !message;
    replace(el, message ? h('span', { class: 'visually-hidden' }, strings.errorPrefix) : null, message ?? '');
    if (control) setInvalid(control, Boolean(message));
  }

  private clearFieldError(key: string): void {
    const f = this.fields.get(key);
    if (!f) return;
    f.wrapper.classList.remove('has-error');
    this.setError(f.error, null, null);
    for (const c of f.controls) c.removeAttribute('aria-invalid');
  }

  private showErrors(errors: FieldError[], fallback: string): void {
    for (const key of this.fields.keys()) this.clearFieldError(key);
    const problems: Problem[] = [];
    const seen = new Set<string>();
    for (const e of errors) {
      const key = FIELD_OF[e.field];
      const f = key ? this.fields.get(key) : undefined;
      const message = strings.fieldProblem(strings.field[e.field] ?? e.field, e.message);
      if (f && !seen.has(key)) {
        seen.add(key);
        f.wrapper.classList.add('has-error');
        this.setError(f.error, null, capitalise(e.message));
        for (const c of f.controls) c.setAttribute('aria-invalid', 'true');
        problems.push({ message, target: f.target });
      } else if (!f) {
        problems.push({ message });
      }
    }
    this.summary.show(problems.length ? problems : [{ message: fallback }]);
  }

  // ---- submit ----

  private value(name: string): string {
    const el = this.what.elements.namedItem(name);
    if (el instanceof RadioNodeList) return el.value;
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : '';
  }

  private async submit(): Promise<void> {
    if (this.submitButton.disabled) return;
    if (!this.position) {
      this.toWhere();
      return;
    }
    const themes = [...this.what.querySelectorAll<HTMLInputElement>('input[name="themes"]:checked')].map((i) => i.value as Theme);
    this.submitButton.disabled = true;
    replace(this.submitButton, strings.submitting);
    this.idempotencyKey ??= newIdempotencyKey();
    try {
      const created = await postContribution(
        this.plan,
        {
          position: this.position,
          kind: (this.value('kind') || 'idea') as Kind,
          themes,
          title: this.value('title'),
          body: this.value('body'),
          display_name: this.value('display_name'),
          precision: (this.value('precision') || 'street') as Precision,
        },
        this.idempotencyKey,
      );
      this.idempotencyKey = null;
      this.on.added(created);
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      // A refused request can be changed and sent again under a new key; a lost one is
      // retried under the same key, so that it never makes two pins.
      if (!err.offline && err.status < 500) this.idempotencyKey = null;
      if (err.offline) this.showErrors([], strings.errorOffline);
      else if (err.code === 'rate_limited') this.showErrors([], strings.errorRateLimited);
      else if (err.code === 'outside_plan') this.showErrors([{ field: 'geometry', message: strings.errorOutside }], strings.errorOutside);
      else this.showErrors(err.errors, err.message || strings.errorGeneric);
    } finally {
      this.submitButton.disabled = false;
      replace(this.submitButton, strings.submit);
    }
  }
}

function capitalise(s: string): string {
  return s ? s[0].toUpperCase() + s.slice(1) : s;
}
