// `/w/{code}`: a participant joins from a phone. No account: a display name, then pins
// (kind, themes, title, text; placed by tapping the map or by choosing a neighbourhood).
// The page follows the facilitator: paused / ended, the steered view, the spotlight.

import maplibregl from 'maplibre-gl';
import { AboutYouStep } from '../about-you/step';
import { languagePicker } from '../i18n';
import { focus, h, replace, uid } from '../dom';
import { privacyNote, setFooterPlan } from '../footer';
import {
  type LonLat,
  type Neighbourhood,
  type Pin,
  type Plan,
  type Workshop,
  ApiError,
  follow,
  getPin,
  getWorkshop,
  postPin,
} from './api';
import { WorkshopMap, workshopBounds } from './map';
import { KINDS, THEMES, type Kind, type Theme, USER_TEXT, ws } from './strings';

const NAME_KEY = 'waymark.workshop.name';

export class JoinPage {
  private name = localStorage.getItem(NAME_KEY) ?? '';
  private readonly statusRegion = h('div', { id: 'status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private readonly banner = h('div', { class: 'ws-banner', role: 'alert', hidden: true });
  private readonly spotCard = h('section', { class: 'ws-join-spot', hidden: true, 'aria-label': ws.spotlightLabel });
  private readonly main = h('div', { class: 'ws-join-main' });
  private map: WorkshopMap | null = null;
  private marker: maplibregl.Marker | null = null;
  private position: LonLat | null = null;
  private precision: 'exact' | 'neighbourhood' = 'exact';
  private idempotencyKey = crypto.randomUUID();
  private form: HTMLFormElement | null = null;
  private clearWhere = (): void => undefined;

  constructor(
    private workshop: Workshop,
    private readonly plan: Plan,
    private readonly neighbourhoods: Neighbourhood[],
  ) {
    document.title = ws.pageTitle(workshop.title);
    setFooterPlan(workshop.plan);
    const root = h(
      'main',
      { class: 'ws-join', id: 'main' },
      h('header', { class: 'ws-join-head' }, h('p', { class: 'ws-eyebrow' }, ws.workshopLabel), h('h1', USER_TEXT, workshop.title), languagePicker('ws-lang')),
      this.banner,
      workshop.questions.length
        ? h(
            'section',
            { class: 'ws-questions', 'aria-labelledby': 'ws-q' },
            h('h2', { id: 'ws-q' }, ws.questionsHeading),
            h('ul', {}, ...workshop.questions.map((q) => h('li', USER_TEXT, q))),
          )
        : null,
      this.spotCard,
      this.main,
      this.statusRegion,
    );
    replace(document.body, root);
    this.showState(false);
    if (this.name) this.showForm();
    else this.showName();
    void this.showSpotlight();
    follow(workshop.plan, {
      workshop: (w) => this.onWorkshop(w),
      // Events were missed: the workshop's state (open, paused, spotlight, view) again.
      reset: () =>
        void getWorkshop(this.workshop.code)
          .then((w) => this.onWorkshop(w))
          .catch(() => undefined),
    });
  }

  private say(text: string): void {
    this.statusRegion.textContent = '';
    window.setTimeout(() => (this.statusRegion.textContent = text), 50);
  }

  private onWorkshop(w: Workshop): void {
    if (w.code !== this.workshop.code) return;
    const before = this.workshop;
    this.workshop = w;
    if (before.status !== w.status) {
      this.showState(true);
      if (w.status === 'open') this.say(ws.resumed);
    }
    if (JSON.stringify(before.view) !== JSON.stringify(w.view) && w.view) {
      this.map?.follow(w.view);
      this.say(ws.viewFollowed);
    }
    if (before.spotlight !== w.spotlight) void this.showSpotlight();
  }

  private showState(changed: boolean): void {
    const s = this.workshop.status;
    this.banner.hidden = s === 'open';
    this.banner.dataset.state = s;
    this.banner.textContent = s === 'paused' ? ws.pausedBanner : s === 'ended' ? ws.endedBanner : '';
    document.body.dataset.workshop = s;
    const submit = this.form?.querySelector<HTMLButtonElement>('button[type=submit]');
    if (submit) submit.disabled = s === 'ended';
    if (s === 'ended' && this.form) this.form.hidden = true;
    if (changed && s !== 'open') this.banner.scrollIntoView({ block: 'nearest' });
  }

  private async showSpotlight(): Promise<void> {
    const id = this.workshop.spotlight;
    if (!id) {
      this.spotCard.hidden = true;
      this.map?.spotlight(null, '');
      return;
    }
    try {
      const pin = await getPin(id);
      replace(
        this.spotCard,
        h('h2', {}, ws.spotlightLabel),
        h('p', { class: 'ws-join-spot-title', ...USER_TEXT }, pin.properties.title),
        pin.properties.display_name ? h('p', { class: 'ws-muted', ...USER_TEXT }, pin.properties.display_name) : null,
      );
      this.spotCard.hidden = false;
      this.map?.spotlight(pin, pin.properties.title);
    } catch {
      this.spotCard.hidden = true;
    }
  }

  private showName(): void {
    const id = uid('ws-name');
    const hint = `${id}-hint`;
    const err = h('p', { class: 'ws-field-error', id: `${id}-error`, hidden: true }, ws.nameRequired);
    const input = h('input', { id, name: 'display_name', type: 'text', autocomplete: 'nickname', maxlength: 60, 'aria-describedby': hint, value: this.name });
    const form = h(
      'form',
      {
        class: 'ws-card',
        novalidate: true,
        onsubmit: (ev: SubmitEvent) => {
          ev.preventDefault();
          const name = input.value.trim();
          if (!name) {
            err.hidden = false;
            input.setAttribute('aria-invalid', 'true');
            input.setAttribute('aria-describedby', `${hint} ${id}-error`);
            focus(input);
            return;
          }
          this.name = name;
          localStorage.setItem(NAME_KEY, name);
          this.showForm();
        },
      },
      h('h2', {}, ws.nameHeading),
      h('label', { for: id }, ws.nameLabel),
      h('p', { class: 'ws-hint', id: hint }, ws.nameHint),
      input,
      err,
      privacyNote(this.workshop.plan),
      h('button', { type: 'submit', class: 'button primary ws-wide' }, ws.join),
    );
    this.dropMap();
    replace(this.main, form);
    focus(input);
  }

  private showForm(): void {
    const fieldIds = { where: uid('ws-where'), kind: uid('ws-kind'), themes: uid('ws-themes'), title: uid('ws-title'), body: uid('ws-body') };
    this.dropMap();
    const mapBox = h('div', { class: 'ws-join-map', id: 'map' });
    const summary = h('div', { class: 'ws-error-summary', tabindex: -1, hidden: true, role: 'alert' });
    const whereHint = h('p', { class: 'ws-hint', id: `${fieldIds.where}-hint` }, ws.tapMap);
    const select = h(
      'select',
      { id: fieldIds.where, name: 'neighbourhood' },
      h('option', { value: '' }, ws.noNeighbourhood),
      ...this.neighbourhoods.map((n) => h('option', { value: n.slug, ...USER_TEXT }, n.name)),
    );
    select.addEventListener('change', () => {
      const n = this.neighbourhoods.find((x) => x.slug === select.value);
      if (!n) return;
      this.place(n.centre, 'neighbourhood');
      whereHint.textContent = ws.placed;
    });
    const kindFieldset = h(
      'fieldset',
      { id: fieldIds.kind, class: 'ws-choices' },
      h('legend', {}, ws.kindLegend),
      ...KINDS.map((k, i) =>
        h('label', { class: 'ws-choice' }, h('input', { type: 'radio', name: 'kind', value: k, checked: i === 0 }), ws.kind[k]),
      ),
    );
    const themeFieldset = h(
      'fieldset',
      { id: fieldIds.themes, class: 'ws-choices' },
      h('legend', {}, ws.themesLegend),
      ...THEMES.map((t) => h('label', { class: 'ws-choice' }, h('input', { type: 'checkbox', name: 'themes', value: t }), ws.theme[t])),
    );
    const title = h('input', { id: fieldIds.title, name: 'title', type: 'text', maxlength: 120, 'aria-describedby': `${fieldIds.title}-hint` });
    const body = h('textarea', { id: fieldIds.body, name: 'body', rows: 3, maxlength: 2000 });
    const submit = h('button', { type: 'submit', class: 'button primary ws-wide' }, ws.submit);
    const form = h(
      'form',
      { class: 'ws-card ws-add', novalidate: true, onsubmit: (ev: SubmitEvent) => void this.submit(ev, form, summary, fieldIds) },
      h('h2', {}, ws.addHeading),
      h('p', { class: 'ws-muted' }, ws.joinedAs(this.name), ' ', h('button', { type: 'button', class: 'ws-link', onclick: () => this.showName() }, ws.changeName)),
      summary,
      h('fieldset', { class: 'ws-where' }, h('legend', {}, ws.whereLegend), whereHint, mapBox, h('label', { for: fieldIds.where }, ws.orNeighbourhood), select),
      kindFieldset,
      themeFieldset,
      h('label', { for: fieldIds.title }, ws.titleLabel),
      h('p', { class: 'ws-hint', id: `${fieldIds.title}-hint` }, ws.titleHint),
      title,
      h('label', { for: fieldIds.body }, ws.bodyLabel),
      body,
      submit,
    );
    // A field's message goes once the field is changed.
    const clear = (id: string) => {
      const field = document.getElementById(id);
      field?.removeAttribute('aria-invalid');
      const rest = (field?.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== `${id}-error`);
      if (rest.length) field?.setAttribute('aria-describedby', rest.join(' '));
      else field?.removeAttribute('aria-describedby');
      document.getElementById(`${id}-error`)?.remove();
    };
    form.addEventListener('input', (e) => {
      const t = e.target as HTMLElement;
      if (t.id) clear(t.id);
    });
    this.clearWhere = () => clear(fieldIds.where);
    this.form = form;
    replace(this.main, form);
    this.showState(false);
    this.position = null;
    this.marker = null;
    this.map = new WorkshopMap(mapBox, this.plan.slug, workshopBounds(this.workshop, this.plan), ws.mapLabel);
    window.__waymark = { map: this.map.map, renderedPinIds: () => [], renderedPins: () => [] };
    this.map.map.on('click', (e) => {
      this.place([e.lngLat.lng, e.lngLat.lat], 'exact');
      select.value = '';
      whereHint.textContent = ws.placed;
      this.say(ws.placed);
    });
    void this.map.ready.then(() => {
      if (this.workshop.view) this.map?.follow(this.workshop.view);
      void this.showSpotlight();
    });
  }

  /** The form's map goes with the form. */
  private dropMap(): void {
    this.map?.map.remove();
    this.map = null;
    this.marker = null;
  }

  private place(at: LonLat, precision: 'exact' | 'neighbourhood'): void {
    this.position = at;
    this.clearWhere();
    this.precision = precision;
    if (!this.map) return;
    if (!this.marker) {
      const el = h('div', { class: 'ws-new-pin', 'aria-hidden': 'true' });
      this.marker = new maplibregl.Marker({ element: el, anchor: 'bottom' }).setLngLat(at).addTo(this.map.map);
    } else {
      this.marker.setLngLat(at);
    }
    if (precision === 'neighbourhood') this.map.map.easeTo({ center: at, duration: 0 });
  }

  private showErrors(form: HTMLFormElement, summary: HTMLElement, errors: { field: string; message: string }[], ids: Record<string, string>): void {
    form.querySelectorAll('[aria-invalid]').forEach((e) => {
      e.removeAttribute('aria-invalid');
      const rest = (e.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== `${e.id}-error`);
      if (rest.length) e.setAttribute('aria-describedby', rest.join(' '));
      else e.removeAttribute('aria-describedby');
    });
    form.querySelectorAll('.ws-field-error').forEach((e) => e.remove());
    if (errors.length === 0) {
      summary.hidden = true;
      return;
    }
    const items = errors.map((e) => {
      const key = e.field.replace(/^properties\./, '').replace(/^geometry.*/, 'where').replace(/^display_name$/, 'title');
      const target = ids[key] ?? ids.title;
      const field = document.getElementById(target);
      if (field) {
        field.setAttribute('aria-invalid', 'true');
        const msg = h('p', { class: 'ws-field-error', id: `${target}-error` }, e.message);
        field.insertAdjacentElement(field.tagName === 'FIELDSET' ? 'beforeend' : 'afterend', msg);
        const described = (field.getAttribute('aria-describedby') ?? '').split(' ').filter((x) => x && x !== msg.id);
        field.setAttribute('aria-describedby', [...described, msg.id].join(' '));
      }
      return h('li', {}, h('a', { href: `#${target}` }, e.message));
    });
    replace(summary, h('p', {}, ws.errorSummary), h('ul', {}, ...items));
    summary.hidden = false;
    focus(summary);
  }

  private async submit(ev: SubmitEvent, form: HTMLFormElement, summary: HTMLElement, ids: Record<string, string>): Promise<void> {
    ev.preventDefault();
    const data = new FormData(form);
    const kind = String(data.get('kind') ?? 'idea') as Kind;
    const themes = data.getAll('themes').map(String) as Theme[];
    const title = String(data.get('title') ?? '').trim();
    const body = String(data.get('body') ?? '').trim();
    const local: { field: string; message: string }[] = [];
    if (!this.position) local.push({ field: 'where', message: ws.whereRequired });
    if (themes.length === 0) local.push({ field: 'themes', message: ws.themesRequired });
    if (!title) local.push({ field: 'title', message: ws.titleRequired });
    this.showErrors(form, summary, local, ids);
    if (local.length || !this.position) return;
    if (this.workshop.status !== 'open') {
      this.showErrors(form, summary, [{ field: 'title', message: this.workshop.status === 'paused' ? ws.refusedPaused : ws.refusedEnded }], ids);
      return;
    }
    const button = form.querySelector<HTMLButtonElement>('button[type=submit]')!;
    button.disabled = true;
    button.textContent = ws.sending;
    try {
      const pin: Pin = await postPin(
        this.workshop.plan,
        this.workshop.code,
        { position: this.position, kind, themes, title, body, displayName: this.name, precision: this.precision },
        this.idempotencyKey,
      );
      this.idempotencyKey = crypto.randomUUID();
      const pending = pin.properties.status !== 'published';
      const another = h('button', { type: 'button', class: 'button primary ws-wide', onclick: () => this.showForm() }, ws.addAnother);
      const done = h(
        'section',
        { class: 'ws-card ws-done', tabindex: -1 },
        h('h2', {}, pending ? ws.addedPending : ws.added),
        h('p', { class: 'ws-done-title' }, title),
        another,
      );
      this.dropMap();
      replace(this.main, done);
      // The pin is saved; the optional questions follow it, and leave it as it is.
      if (pin.about_you_key) {
        const step = new AboutYouStep({
          plan: this.workshop.plan,
          key: pin.about_you_key,
          headingLevel: 'h2',
          announce: (m) => this.say(m),
          done: () => {
            step.root.remove();
            focus(another);
          },
        });
        this.main.append(step.root);
      }
      this.form = null;
      focus(done);
      this.say(pending ? ws.addedPending : ws.added);
    } catch (err) {
      button.disabled = false;
      button.textContent = ws.submit;
      if (err instanceof ApiError && err.status === 409) {
        // The workshop changed under us: say why, and keep what they wrote.
        const ended = /ended/i.test(err.message);
        this.workshop = { ...this.workshop, status: ended ? 'ended' : 'paused' };
        this.showState(true);
        this.showErrors(form, summary, [{ field: 'title', message: ended ? ws.refusedEnded : ws.refusedPaused }], ids);
      } else if (err instanceof ApiError && err.errors.length) {
        this.showErrors(form, summary, err.errors, ids);
      } else {
        const message = err instanceof ApiError && err.status === 0 ? ws.offline : ws.failed;
        this.showErrors(form, summary, [{ field: 'title', message }], ids);
      }
    }
  }
}
