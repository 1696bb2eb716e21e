// The conversation form: quick to fill in with a thumb at 360 px. Where it is about comes
// from the phone's position, a tap on a small map, or a neighbourhood from a list (which
// needs no map and no connection). Checks run on the phone before anything is queued; the
// server's own answer comes later, on the item in the queue.

import type { LonLat, Plan } from '../api';
import { ErrorSummary, focus, h, replace, uid } from '../dom';
import { KINDS, strings, THEMES, type Kind, type Precision, type Theme } from '../strings';
import { AboutYouQuestions } from '../about-you/questions';
import { ays } from '../about-you/strings';
import { PickMap } from './map';
import { CHANNELS, CONSENTS, type Channel, type Consent, type Draft, type Place, type WhereMode } from './store';
import { fs } from './strings';

export interface FormHandlers {
  /** Queues a new conversation (`editing` null) or the changed one. */
  save(draft: Draft, editing: string | null): Promise<void>;
  cancelEdit(): void;
  announce(text: string): void;
}

const WHERE_MODES: readonly WhereMode[] = ['position', 'map', 'neighbourhood'];
const PRECISIONS: readonly Precision[] = ['street', 'exact', 'neighbourhood'];
const LIMITS = { title: 120, body: 4000, behalf: 120, displayName: 60 };

interface Field {
  error: HTMLElement;
  /** What the error summary's link focuses. */
  target: HTMLElement;
  /** Controls marked aria-invalid. */
  controls: HTMLElement[];
}

/** The day of `d` on the phone's calendar, as YYYY-MM-DD. */
export function ymd(d: Date): string {
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export const today = (): string => ymd(new Date());

/** The neighbourhood whose centre is nearest, for saying where a point is. */
export function nearest(at: LonLat, places: Place[]): Place | null {
  let best: Place | null = null;
  let bestD = Infinity;
  for (const p of places) {
    const dx = (p.centre[0] - at[0]) * Math.cos((at[1] * Math.PI) / 180);
    const d = dx ** 2 + (p.centre[1] - at[1]) ** 2;
    if (d < bestD) {
      bestD = d;
      best = p;
    }
  }
  return best;
}

export class CaptureForm {
  readonly root: HTMLElement;
  private readonly form: HTMLFormElement;
  private readonly heading: HTMLHeadingElement;
  private readonly editNote: HTMLElement;
  private readonly summary = new ErrorSummary(fs.errorSummary, 'field-summary');
  private readonly fields = new Map<string, Field>();
  private readonly saveButton: HTMLButtonElement;
  private readonly cancelButton: HTMLButtonElement;
  private readonly title: HTMLInputElement;
  private readonly body: HTMLTextAreaElement;
  private readonly behalf: HTMLInputElement;
  private readonly displayName: HTMLInputElement;
  private readonly displayNameField: HTMLElement;
  private readonly date: HTMLInputElement;
  private readonly howWhen: HTMLElement;
  private readonly placeSelect: HTMLSelectElement;
  private readonly panels: Record<WhereMode, HTMLElement>;
  private readonly chosen: HTMLElement;
  private readonly positionStatus: HTMLElement;
  private readonly precisionSet: HTMLElement;
  private readonly mapBox: HTMLElement;
  private readonly mapNote: HTMLElement;
  private map: PickMap | null = null;
  private mode: WhereMode = 'position';
  private readonly aboutYou = new AboutYouQuestions();
  private readonly aboutYouConsent: HTMLInputElement;
  private readonly aboutYouDetails: HTMLDetailsElement;
  /**
   * The place chosen in each way, so that switching back and forth keeps it: `label` in a
   * few words for the queue ("near Oldbrook"), `shown` as the form says it.
   */
  private readonly placed: Record<WhereMode, { at: LonLat; label: string; shown: string } | null> = {
    position: null,
    map: null,
    neighbourhood: null,
  };
  private editing: string | null = null;

  constructor(
    private readonly plan: Plan,
    private places: Place[],
    private readonly on: FormHandlers,
  ) {
    this.heading = h('h2', { id: 'field-form-heading', tabindex: -1 }, fs.formHeading);
    this.editNote = h('p', { class: 'field-edit-note', hidden: true });

    const kinds = this.choices('kind', 'radio', fs.kindLegend, null, KINDS.map((k) => ({ value: k, label: strings.kind[k] })));
    const themes = this.choices('themes', 'checkbox', fs.themesLegend, fs.themesHint, THEMES.map((t) => ({ value: t, label: strings.theme[t] })));
    this.title = h('input', { type: 'text', name: 'title', maxlength: LIMITS.title, autocomplete: 'off', spellcheck: 'true', enterkeyhint: 'next' });
    this.body = h('textarea', { name: 'body', rows: 3, maxlength: LIMITS.body, spellcheck: 'true' });
    this.behalf = h('input', { type: 'text', name: 'on_behalf_of', maxlength: LIMITS.behalf, autocomplete: 'off' });
    this.displayName = h('input', { type: 'text', name: 'display_name', maxlength: LIMITS.displayName, autocomplete: 'off' });
    this.date = h('input', { type: 'date', name: 'conversation_date', required: true, value: today(), max: today() });

    // ---- where ----
    this.placeSelect = h('select', { id: uid('field-place'), name: 'neighbourhood' });
    this.fillPlaces();
    this.placeSelect.addEventListener('change', () => this.pickNeighbourhood());
    this.positionStatus = h('p', { class: 'field-hint' });
    const positionButton = h('button', { type: 'button', class: 'button', onclick: () => this.locate() }, fs.usePosition);
    this.mapBox = h('div', { class: 'field-map' });
    this.mapNote = h('p', { class: 'field-hint' }, fs.mapHint);
    this.panels = {
      position: h('div', { class: 'field-where-panel' }, positionButton, this.positionStatus),
      map: h('div', { class: 'field-where-panel', hidden: true }, this.mapNote, this.mapBox),
      neighbourhood: h(
        'div',
        { class: 'field-where-panel', hidden: true },
        h('label', { for: this.placeSelect.id }, fs.neighbourhoodLabel),
        this.placeSelect,
      ),
    };
    this.chosen = h('p', { class: 'field-chosen', hidden: true });
    this.precisionSet = this.choices(
      'precision',
      'radio',
      fs.precisionLegend,
      fs.precisionHint,
      PRECISIONS.map((p) => ({ value: p, label: fs.precision[p] })),
      'street',
    );
    const modes = this.choices('where', 'radio', fs.whereLegend, null, WHERE_MODES.map((m) => ({ value: m, label: fs.whereMode[m] })), 'position');
    modes.addEventListener('change', (ev) => {
      const t = ev.target as HTMLInputElement;
      if (t.name === 'where') this.setMode(t.value as WhereMode);
    });
    modes.append(this.panels.position, this.panels.map, this.panels.neighbourhood, this.chosen);

    // ---- who, consent, how and when ----
    const consent = this.choices('consent', 'radio', fs.consentLegend, null, CONSENTS.map((c) => ({ value: c, label: fs.consent[c] })));
    this.displayNameField = this.textField('display_name', fs.displayNameLabel, fs.displayNameHint, this.displayName);
    this.displayNameField.hidden = true;
    consent.addEventListener('change', () => {
      this.displayNameField.hidden = this.value('consent') !== 'publish';
    });
    const channel = this.choices('channel', 'radio', fs.channelLegend, null, CHANNELS.map((c) => ({ value: c, label: fs.channel[c] })), 'door_step');
    const dateField = this.textField('date', fs.dateLabel, null, this.date);
    this.howWhen = h('summary', {});
    const details = h('details', { class: 'field-details' }, this.howWhen, channel, dateField);
    details.addEventListener('change', () => this.updateHowWhen());

    // ---- about the resident (optional, with their agreement) ----
    const consentId = uid('field-about-you-consent');
    this.aboutYouConsent = h('input', { type: 'checkbox', id: consentId, name: 'about_you_consent' });
    const consentError = this.field('about_you_consent', this.aboutYouConsent, [this.aboutYouConsent]);
    this.aboutYouConsent.setAttribute('aria-describedby', consentError.id);
    this.field('about_you_postcode', this.aboutYou.postcode, []);
    this.aboutYouDetails = h(
      'details',
      { class: 'field-details field-about-you' },
      h('summary', {}, ays.fieldLegend),
      h('p', { class: 'field-hint' }, ays.fieldIntro),
      h('div', { class: 'field-chip field-about-you-consent' }, this.aboutYouConsent, h('label', { for: consentId }, ays.fieldConsent)),
      consentError,
      this.aboutYou.root,
    );

    this.saveButton = h('button', { type: 'submit', class: 'button primary field-save' }, fs.save);
    this.cancelButton = h('button', { type: 'button', class: 'button', hidden: true, onclick: () => this.on.cancelEdit() }, fs.cancelEdit);

    this.form = h(
      'form',
      { class: 'field-form', novalidate: true, 'aria-labelledby': this.heading.id },
      this.summary.el,
      kinds,
      themes,
      this.textField('title', fs.titleLabel, fs.titleHint, this.title),
      this.textField('body', fs.bodyLabel, fs.bodyHint, this.body),
      modes,
      this.precisionSet,
      this.textField('behalf', fs.behalfLabel, fs.behalfHint, this.behalf),
      consent,
      this.displayNameField,
      details,
      this.aboutYouDetails,
      h('div', { class: 'field-actions' }, this.saveButton, this.cancelButton),
    );
    this.updateHowWhen();
    this.form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.submit();
    });
    // A field's message goes once it is changed.
    this.form.addEventListener('input', (ev) => this.clearFor(ev.target as HTMLElement));
    this.form.addEventListener('change', (ev) => this.clearFor(ev.target as HTMLElement));

    this.root = h('section', { class: 'field-card', 'aria-labelledby': this.heading.id }, this.heading, this.editNote, this.form);
  }

  // ---- building ----

  private field(key: string, target: HTMLElement, controls: HTMLElement[]): HTMLElement {
    const error = h('p', { class: 'field-error', id: uid(`field-${key}-error`), hidden: true });
    this.fields.set(key, { error, target, controls });
    return error;
  }

  private choices(
    key: string,
    type: 'radio' | 'checkbox',
    legend: string,
    hint: string | null,
    options: { value: string; label: string }[],
    checked?: string,
  ): HTMLElement {
    const set = h('fieldset', { class: 'field-group' }, h('legend', {}, legend));
    const described: string[] = [];
    if (hint) {
      const hintEl = h('p', { class: 'field-hint', id: uid(`field-${key}-hint`) }, hint);
      described.push(hintEl.id);
      set.append(hintEl);
    }
    const inputs = options.map((o) => {
      const id = uid(`field-${key}-${o.value}`);
      const input = h('input', { type, id, name: key, value: o.value, checked: o.value === checked });
      return { input, row: h('div', { class: 'field-chip' }, input, h('label', { for: id }, o.label)) };
    });
    const error = this.field(key, inputs[0].input, []);
    described.push(error.id);
    set.setAttribute('aria-describedby', described.join(' '));
    set.append(error, h('div', { class: `field-chips field-chips-${key}` }, ...inputs.map((i) => i.row)));
    return set;
  }

  private textField(key: string, label: string, hint: string | null, control: HTMLInputElement | HTMLTextAreaElement): HTMLElement {
    control.id = uid(`field-${key}`);
    const hintEl = hint ? h('p', { class: 'field-hint', id: uid(`field-${key}-hint`) }, hint) : null;
    const error = this.field(key, control, [control]);
    control.setAttribute('aria-describedby', [hintEl?.id, error.id].filter(Boolean).join(' '));
    return h('div', { class: 'field-text' }, h('label', { for: control.id }, label), hintEl, error, control);
  }

  private fillPlaces(): void {
    replace(
      this.placeSelect,
      h('option', { value: '' }, fs.neighbourhoodChoose),
      ...[...this.places].sort((a, b) => a.name.localeCompare(b.name)).map((p) => h('option', { value: p.slug, translate: 'no' }, p.name)),
    );
  }

  /** Fresh neighbourhoods from the server. */
  setPlaces(places: Place[]): void {
    const chosen = this.placeSelect.value;
    this.places = places;
    this.fillPlaces();
    this.placeSelect.value = chosen;
  }

  // ---- where ----

  private setMode(mode: WhereMode): void {
    this.mode = mode;
    for (const m of WHERE_MODES) this.panels[m].hidden = m !== mode;
    this.precisionSet.hidden = mode === 'neighbourhood';
    if (mode === 'map') this.showMap();
    this.showChosen();
  }

  private showChosen(): void {
    const p = this.placed[this.mode];
    this.chosen.hidden = !p;
    replace(this.chosen, p ? p.shown : '');
  }

  private setPlace(mode: WhereMode, at: LonLat | null, label = '', shown = fs.chosenPlace(label)): void {
    this.placed[mode] = at ? { at, label, shown } : null;
    if (mode === 'map') this.map?.setPin(at);
    if (mode === this.mode) this.showChosen();
    if (at) this.clear('where');
  }

  private describe(at: LonLat): string {
    if (!this.inPlan(at)) return fs.outsidePlan;
    const n = nearest(at, this.places);
    return n ? fs.near(n.name) : fs.somewhere;
  }

  private inPlan(at: LonLat): boolean {
    const [w, s, e, n] = this.plan.bbox;
    return at[0] >= w && at[0] <= e && at[1] >= s && at[1] <= n;
  }

  private locate(): void {
    if (!('geolocation' in navigator)) {
      this.say(this.positionStatus, fs.positionUnsupported);
      return;
    }
    this.positionStatus.classList.remove('field-warning');
    this.say(this.positionStatus, fs.findingPosition);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        const at: LonLat = [round(pos.coords.longitude), round(pos.coords.latitude)];
        const label = this.describe(at);
        const found = fs.positionFound(label, Math.max(1, Math.round(pos.coords.accuracy)));
        this.setPlace('position', at, label, found);
        const inside = this.inPlan(at);
        this.positionStatus.classList.toggle('field-warning', !inside);
        replace(this.positionStatus, inside ? '' : fs.outsideWarning);
        this.on.announce(inside ? found : `${found} ${fs.outsideWarning}`);
      },
      (err) => {
        this.say(this.positionStatus, err.code === err.PERMISSION_DENIED ? fs.positionDenied : fs.positionFailed);
      },
      { enableHighAccuracy: true, timeout: 20_000, maximumAge: 0 },
    );
  }

  private say(el: HTMLElement, text: string): void {
    replace(el, text);
    if (text) this.on.announce(text);
  }

  /** The map when it is shown (for the browser tests). */
  get shownMap(): PickMap | null {
    return this.map;
  }

  /** Online, or offline from what the phone kept (keep.ts): without it, the map says so. */
  private showMap(): void {
    if (this.map) return;
    replace(this.mapNote, fs.mapHint);
    this.mapBox.hidden = false;
    try {
      this.map = new PickMap(
        this.mapBox,
        this.plan,
        fs.mapLabel,
        (at) => {
          const label = this.describe(at);
          this.setPlace('map', at, label, fs.mapPlaced(label));
          this.on.announce(fs.mapPlaced(label));
        },
        () => this.dropMap(fs.mapOffline),
      );
    } catch {
      // No WebGL on this phone.
      this.dropMap(fs.mapFailed);
    }
  }

  private dropMap(why: string): void {
    this.map?.remove();
    this.map = null;
    this.mapBox.hidden = true;
    replace(this.mapNote, why);
  }

  /** The connection came back: a map that could not be shown offline is tried again. */
  setOnline(online: boolean): void {
    if (online && this.mode === 'map' && !this.map) this.showMap();
  }

  private pickNeighbourhood(): void {
    const p = this.places.find((x) => x.slug === this.placeSelect.value);
    this.setPlace('neighbourhood', p ? p.centre : null, p ? fs.inNeighbourhood(p.name) : '');
  }

  // ---- values ----

  private value(name: string): string {
    const el = this.form.elements.namedItem(name);
    if (el instanceof RadioNodeList) return el.value;
    return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement ? el.value : '';
  }

  private checked(name: string): string[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
  }

  private setChecked(name: string, values: string[]): void {
    for (const input of this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) {
      input.checked = values.includes(input.value);
    }
  }

  private updateHowWhen(): void {
    const channel = fs.channel[(this.value('channel') || 'door_step') as Channel];
    const date = this.date.value === today() ? fs.today : this.date.value;
    replace(this.howWhen, fs.howWhen(channel.toLowerCase(), date));
  }

  // ---- errors ----

  private clear(key: string): void {
    const f = this.fields.get(key);
    if (!f || f.error.hidden) return;
    f.error.hidden = true;
    replace(f.error);
    for (const c of f.controls) c.removeAttribute('aria-invalid');
  }

  private clearFor(target: HTMLElement): void {
    const name = target.getAttribute('name');
    const key = name === 'conversation_date' ? 'date' : name === 'on_behalf_of' ? 'behalf' : name === 'neighbourhood' ? 'where' : name;
    if (key) this.clear(key);
  }

  private showErrors(errors: { key: string; message: string }[]): void {
    for (const key of this.fields.keys()) this.clear(key);
    this.summary.show(
      errors.map(({ key, message }) => {
        const f = this.fields.get(key);
        if (!f) return { message };
        f.error.hidden = false;
        replace(f.error, h('span', { class: 'visually-hidden' }, fs.errorPrefix), message);
        for (const c of f.controls) c.setAttribute('aria-invalid', 'true');
        return { message, target: f.target };
      }),
    );
  }

  private check(): { draft: Draft | null; errors: { key: string; message: string }[] } {
    const errors: { key: string; message: string }[] = [];
    const kind = this.value('kind') as Kind | '';
    const themes = this.checked('themes') as Theme[];
    const title = this.title.value.trim();
    const consent = this.value('consent') as Consent | '';
    const date = this.date.value;
    const place = this.placed[this.mode];
    if (!kind) errors.push({ key: 'kind', message: fs.kindRequired });
    if (!themes.length) errors.push({ key: 'themes', message: fs.themesRequired });
    if (themes.length > 3) errors.push({ key: 'themes', message: fs.themesTooMany });
    if (!title) errors.push({ key: 'title', message: fs.titleRequired });
    if ([...title].length > LIMITS.title) errors.push({ key: 'title', message: fs.titleTooLong });
    if ([...this.body.value].length > LIMITS.body) errors.push({ key: 'body', message: fs.bodyTooLong });
    if (!place) errors.push({ key: 'where', message: fs.whereRequired });
    if ([...this.behalf.value.trim()].length > LIMITS.behalf) errors.push({ key: 'behalf', message: fs.behalfTooLong });
    if (!consent) errors.push({ key: 'consent', message: fs.consentRequired });
    if (consent === 'publish' && [...this.displayName.value.trim()].length > LIMITS.displayName) {
      errors.push({ key: 'display_name', message: fs.displayNameTooLong });
    }
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || date > today()) errors.push({ key: 'date', message: fs.dateRequired });
    const aboutYou = this.aboutYou.values();
    if (!aboutYou) errors.push({ key: 'about_you_postcode', message: ays.postcodeInvalid });
    else if (Object.keys(aboutYou).length && !this.aboutYouConsent.checked) {
      errors.push({ key: 'about_you_consent', message: ays.fieldConsentNeeded });
    }
    if (errors.some((e) => e.key.startsWith('about_you'))) this.aboutYouDetails.open = true;
    if (errors.length || !kind || !place || !consent) return { draft: null, errors };
    return {
      errors,
      draft: {
        kind,
        themes,
        title,
        body: this.body.value.trim(),
        where: this.mode,
        position: place.at,
        precision: this.mode === 'neighbourhood' ? 'neighbourhood' : ((this.value('precision') || 'street') as Precision),
        placeLabel: place.label,
        neighbourhood: this.mode === 'neighbourhood' ? this.placeSelect.value : null,
        onBehalfOf: this.behalf.value.trim(),
        displayName: consent === 'publish' ? this.displayName.value.trim() : '',
        channel: (this.value('channel') || 'door_step') as Channel,
        date,
        consent,
        aboutYou: aboutYou && Object.keys(aboutYou).length ? aboutYou : null,
      },
    };
  }

  private async submit(): Promise<void> {
    if (this.saveButton.disabled) return;
    const { draft, errors } = this.check();
    if (errors.some((e) => e.key === 'date')) (this.form.querySelector('details') as HTMLDetailsElement).open = true;
    this.showErrors(errors);
    if (!draft) return;
    this.saveButton.disabled = true;
    try {
      await this.on.save(draft, this.editing);
      this.reset();
      focus(this.heading);
      this.heading.scrollIntoView({ block: 'start' });
    } finally {
      this.saveButton.disabled = false;
    }
  }

  // ---- new, change ----

  /**
   * Ready for the next conversation. How, when and the neighbourhood stay (the next door is
   * in the same street); what was said, the position and the consent never carry over.
   */
  reset(): void {
    // A changed conversation had its own date; the next one is today's again.
    if (this.editing) this.date.value = today();
    this.editing = null;
    this.heading.textContent = fs.formHeading;
    this.editNote.hidden = true;
    replace(this.saveButton, fs.save);
    this.cancelButton.hidden = true;
    this.setChecked('kind', []);
    this.setChecked('themes', []);
    this.setChecked('consent', []);
    this.setChecked('precision', ['street']);
    this.title.value = '';
    this.body.value = '';
    this.behalf.value = '';
    this.displayName.value = '';
    this.displayNameField.hidden = true;
    this.aboutYou.reset();
    this.aboutYouConsent.checked = false;
    this.aboutYouDetails.open = false;
    this.setPlace('position', null);
    this.setPlace('map', null);
    replace(this.positionStatus);
    this.positionStatus.classList.remove('field-warning');
    this.date.max = today();
    this.updateHowWhen();
    this.showErrors([]);
  }

  /** Loads a refused conversation for changing; saving sends it again under its own key. */
  edit(key: string, d: Draft): void {
    this.reset();
    this.editing = key;
    this.heading.textContent = fs.editHeading;
    replace(this.editNote, fs.editing(d.title));
    this.editNote.hidden = false;
    replace(this.saveButton, fs.saveEdit);
    this.cancelButton.hidden = false;
    this.setChecked('kind', [d.kind]);
    this.setChecked('themes', d.themes);
    this.title.value = d.title;
    this.body.value = d.body;
    this.setChecked('where', [d.where]);
    this.setMode(d.where);
    if (d.where === 'neighbourhood') this.placeSelect.value = d.neighbourhood ?? '';
    this.setPlace(d.where, d.position, d.placeLabel);
    this.setChecked('precision', [d.precision === 'neighbourhood' && d.where !== 'neighbourhood' ? 'neighbourhood' : d.precision]);
    this.behalf.value = d.onBehalfOf;
    this.setChecked('consent', [d.consent]);
    this.displayName.value = d.displayName;
    this.displayNameField.hidden = d.consent !== 'publish';
    this.setChecked('channel', [d.channel]);
    this.date.value = d.date;
    if (d.aboutYou) {
      this.aboutYou.set(d.aboutYou);
      this.aboutYouConsent.checked = true;
    }
    this.updateHowWhen();
    this.root.scrollIntoView({ block: 'start' });
    focus(this.heading);
  }

  get editingKey(): string | null {
    return this.editing;
  }
}

/** Six decimals: about 10 cm, more than any phone knows. */
function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}
