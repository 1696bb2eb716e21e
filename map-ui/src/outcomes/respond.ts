// The responders' tools on the plan page (responders and admins): choose contributions by
// drawing an area on the map, by the filters, or by ticking them in the list (the keyboard
// way), then write one answer for all of them in one form. The server decides who may
// answer what; the form offers only the steps every chosen contribution may take and shows
// the server's field errors, refusals and illegal steps beside the fields.

import { ApiError, listContributions, nextPage, type BBox, type Contribution, type Filters, type LonLat, type Me } from '../api';
import { Form, Invalid } from '../admin/form';
import { focus, h, replace, uid } from '../dom';
import type { AreaDrawing, DrawHandlers } from '../draw';
import { follow as ft } from '../strings';
import { getOrganisations, postResponse, type NewResponse, type Organisation, type Selection } from './api';
import { noFilters } from '../url';
import { canMove, os, STATUSES, type OutcomeStatus } from './strings';

/** What the server takes in one response. */
const MAX_SELECTION = 5000;
const PAGE = 1000;

export interface RespondHost {
  readonly plan: string;
  readonly me: Me;
  /** Without a map there is no area to draw: the filters and the ticks remain. */
  readonly mapAvailable: boolean;
  announce(message: string): void;
  draw(on: DrawHandlers): Promise<AreaDrawing | null>;
  clearArea(): void;
  /** Drawing began or ended (a phone shows the map above the panel meanwhile). */
  drawing(on: boolean): void;
  filters(): Filters;
  /** Shows tick boxes on the list's cards (the chosen ids), or none. */
  ticking(ticked: Set<string> | null): void;
  /** Puts the answer form in the panel. */
  showForm(view: { root: HTMLElement; heading: HTMLHeadingElement }): void;
  /** Back to the list, focus on `target`. */
  backToList(target: HTMLElement): void;
  /** An answer was published: the list and the map load again. */
  published(): void;
}

type Chosen =
  | { how: 'ids'; items: Map<string, Contribution> }
  | { how: 'area'; area: GeoJSON.Polygon; items: Contribution[]; capped: boolean }
  | { how: 'filter'; filters: Filters; items: Contribution[]; capped: boolean };

/** Every contribution matching `filters` (and `bbox`), up to one more than a response takes. */
async function everything(plan: string, filters: Filters, bbox?: BBox): Promise<{ items: Contribution[]; capped: boolean }> {
  let page = await listContributions(plan, filters, bbox, PAGE);
  const items = [...page.features];
  while (page.next && items.length <= MAX_SELECTION) {
    page = await nextPage(page.next);
    items.push(...page.features);
  }
  return { items, capped: items.length > MAX_SELECTION };
}

/** Whether `p` lies in the ring (ray casting; the ring ends where it starts). */
function inRing(p: LonLat, ring: LonLat[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

const statusOf = (c: Contribution): OutcomeStatus => c.properties.outcome?.status ?? 'open';

/** The server's filter, when the page's filters say no more than it can. */
function serverFilter(f: Filters): Selection | null {
  if (f.q.trim() || f.hasAnswer || f.kinds.length > 1 || f.themes.length > 1 || f.outcomes.length > 1) return null;
  return {
    filter: {
      ...(f.neighbourhood ? { neighbourhood: f.neighbourhood } : {}),
      ...(f.kinds[0] ? { kind: f.kinds[0] } : {}),
      ...(f.themes[0] ? { theme: f.themes[0] } : {}),
      ...(f.outcomes[0] ? { outcome: f.outcomes[0] } : {}),
    },
  };
}

export class RespondTools {
  readonly el: HTMLElement;
  private chosen: Chosen = { how: 'ids', items: new Map() };
  private readonly chosenNote = h('p', { class: 'respond-chosen', tabindex: -1 }, os.chosenNone);
  private readonly drawButton: HTMLButtonElement;
  private readonly drawControls: HTMLElement;
  private readonly writeButton: HTMLButtonElement;
  private drawingNow: AreaDrawing | null = null;
  private organisations: Promise<Organisation[]> | null = null;

  constructor(private readonly host: RespondHost) {
    const headingId = uid('respond');
    this.drawButton = h('button', { type: 'button', class: 'button', hidden: !host.mapAvailable, onclick: () => void this.startDrawing() }, os.drawArea);
    this.drawControls = h(
      'div',
      { class: 'form-actions draw-controls', hidden: true },
      h('button', { type: 'button', class: 'button primary', onclick: () => this.drawingNow?.finish() }, ft.draw.finish),
      h('button', { type: 'button', class: 'button', onclick: () => this.drawingNow?.undo() }, ft.draw.undo),
      h('button', { type: 'button', class: 'button', onclick: () => this.drawingNow?.cancel() }, ft.draw.stop),
    );
    this.writeButton = h('button', { type: 'button', class: 'button primary', onclick: () => void this.openForm() }, os.writeAnswer);
    this.el = h(
      'section',
      { class: 'respond-tools', 'aria-labelledby': headingId },
      h('h3', { id: headingId }, os.respondHeading),
      h('p', { class: 'hint' }, os.respondIntro),
      h('div', { class: 'form-actions' }, this.drawButton, h('button', { type: 'button', class: 'button', onclick: () => void this.chooseByFilter() }, os.byFilter)),
      this.drawControls,
      h('p', { class: 'hint' }, os.tickHint),
      this.chosenNote,
      h('div', { class: 'form-actions' }, this.writeButton, h('button', { type: 'button', class: 'button link-like', onclick: () => this.clear() }, os.clearSelection)),
    );
    host.ticking(new Set());
  }

  /** The tools leave the page (signed out): no ticks, no area. */
  leave(): void {
    this.stopDrawing();
    this.host.ticking(null);
  }

  /** A tick in the list: added to (or taken from) the contributions ticked so far. */
  tick(c: Contribution, on: boolean): void {
    if (this.chosen.how !== 'ids') this.reset();
    const { items } = this.chosen as Extract<Chosen, { how: 'ids' }>;
    if (on) items.set(c.id, c);
    else items.delete(c.id);
    this.host.ticking(new Set(items.keys()));
    this.say(os.chosen(items.size, 'ids'), false);
  }

  private get items(): Contribution[] {
    return this.chosen.how === 'ids' ? [...this.chosen.items.values()] : this.chosen.items;
  }

  private reset(): void {
    this.stopDrawing();
    this.chosen = { how: 'ids', items: new Map() };
    this.host.ticking(new Set());
  }

  private clear(): void {
    this.reset();
    this.say(os.chosenNone, true);
  }

  /** Says the choice beside the tools and to screen readers; `focusIt` moves focus there. */
  private say(text: string, focusIt: boolean): void {
    replace(this.chosenNote, text);
    this.host.announce(text);
    if (focusIt) focus(this.chosenNote);
  }

  private describe(): string {
    const c = this.chosen;
    if (c.how !== 'ids' && c.capped) return os.chosenCapped;
    if (c.how === 'area' && !c.items.length) return os.areaEmpty;
    return this.items.length ? os.chosen(this.items.length, c.how) : os.chosenNone;
  }

  // ---- by filter ----

  private async chooseByFilter(): Promise<void> {
    this.reset();
    const filters = structuredClone(this.host.filters());
    this.say(os.counting, false);
    try {
      const { items, capped } = await everything(this.host.plan, filters);
      this.chosen = { how: 'filter', filters, items, capped };
      this.say(this.describe(), true);
    } catch {
      this.say(os.loadFailed, true);
    }
  }

  // ---- by area ----

  private async startDrawing(): Promise<void> {
    this.reset();
    const drawing = await this.host.draw({
      changed: (n) => this.say(ft.draw.corners(n), false),
      finished: (ring) => void this.areaDrawn(ring),
      cancelled: () => {
        this.drawingEnded();
        this.say(ft.draw.stopped, false);
        this.drawButton.focus();
      },
      tooFew: () => this.say(os.tooFewCorners, false),
    });
    if (!drawing) return;
    if (!this.el.isConnected) {
      this.host.clearArea();
      return;
    }
    this.drawingNow = drawing;
    this.host.drawing(true);
    this.drawButton.hidden = true;
    this.drawControls.hidden = false;
    this.say(os.drawing, false);
    focus(this.drawControls.querySelector('button'));
  }

  private drawingEnded(): void {
    this.host.drawing(false);
    this.drawControls.hidden = true;
    this.drawButton.hidden = !this.host.mapAvailable;
  }

  private stopDrawing(): void {
    if (this.drawingNow) this.drawingEnded();
    this.drawingNow = null;
    this.host.clearArea();
  }

  private async areaDrawn(ring: LonLat[]): Promise<void> {
    this.drawingEnded();
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    const bbox: BBox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
    this.say(os.counting, false);
    try {
      const all = await everything(this.host.plan, noFilters(), bbox);
      const items = all.items.filter((c) => inRing(c.geometry.coordinates, ring));
      this.chosen = { how: 'area', area: { type: 'Polygon', coordinates: [ring] }, items, capped: all.capped && items.length > MAX_SELECTION };
      this.say(this.describe(), true);
    } catch {
      this.say(os.loadFailed, true);
    }
  }

  // ---- the form ----

  private selection(): Selection {
    const c = this.chosen;
    if (c.how === 'area') return { area: c.area };
    if (c.how === 'filter') return serverFilter(c.filters) ?? { ids: c.items.map((i) => i.id) };
    return { ids: [...c.items.keys()] };
  }

  private async openForm(): Promise<void> {
    const items = this.items;
    if (!items.length || (this.chosen.how !== 'ids' && this.chosen.capped)) {
      this.say(this.describe(), true);
      return;
    }
    this.organisations ??= getOrganisations(this.host.plan).catch(() => []);
    const organisations = await this.organisations;
    const view = new AnswerForm(this.host, items, this.selection(), organisations, {
      back: () => this.host.backToList(this.writeButton),
      published: (text) => {
        this.reset();
        this.host.published();
        this.host.backToList(this.chosenNote);
        this.say(text, true);
      },
    });
    this.host.showForm(view);
  }
}

/** The one form: organisation (admins), status, answer and what the status needs. */
class AnswerForm {
  readonly root: HTMLElement;
  readonly heading: HTMLHeadingElement;

  constructor(
    host: RespondHost,
    items: Contribution[],
    selection: Selection,
    organisations: Organisation[],
    on: { back(): void; published(text: string): void },
  ) {
    this.heading = h('h2', { class: 'panel-heading', tabindex: -1, id: uid('answer-heading') }, os.formHeading);
    const titles = new Map(items.map((c) => [c.id, c.properties.title]));
    const allowed = STATUSES.filter((to) => to !== 'open' && items.every((c) => canMove(statusOf(c), to)));
    const back = h('button', { type: 'button', class: 'button back', onclick: () => on.back() }, os.back);
    this.root = h('div', { class: 'view view-respond' }, back, this.heading, h('p', { class: 'intro' }, os.formFor(items.length)));
    if (!allowed.length) {
      this.root.append(h('p', { class: 'note' }, os.noStep));
      return;
    }
    const admin = host.me.role === 'admin';
    if (admin && !organisations.length) {
      this.root.append(h('p', { class: 'note' }, os.noOrganisations));
      return;
    }
    // The form itself, with the controls declared before it sends.
    const controls: {
      organisation?: HTMLSelectElement;
      status?: () => OutcomeStatus;
      response?: HTMLTextAreaElement;
      title?: HTMLInputElement;
      month?: HTMLInputElement;
      reason?: HTMLTextAreaElement;
      duplicate?: HTMLInputElement;
      referred?: HTMLSelectElement;
    } = {};
    const form: Form = new Form(
      {
        me: host.me,
        say: (text) => host.announce(text),
        refused: async (err) => {
          form.showErrors([], err.message);
          return true;
        },
      },
      {
        submit: os.submit,
        busy: os.sending,
        className: 'respond-form',
        explain: (err: ApiError) =>
          err.code === 'illegal_transition'
            ? err.refused.map((r) => ({
                field: 'status',
                message: os.refusedItem(titles.get(r.id) ?? r.id, os.status[r.status], r.allowed.map((a) => `“${os.status[a]}”`).join(', ')),
              }))
            : null,
      },
      async () => {
        const text = (el?: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement) => el?.value.trim() || undefined;
        const status = controls.status!();
        if (!status) throw new Invalid([{ field: 'status', message: os.statusMissing }]);
        const body: NewResponse = {
          selection,
          status,
          response: controls.response!.value,
          ...(admin ? { organisation: controls.organisation!.value } : {}),
          ...(text(controls.title) ? { title: text(controls.title) } : {}),
          ...(status === 'planned' && text(controls.month) ? { expected_month: text(controls.month) } : {}),
          ...(status === 'not_possible' && text(controls.reason) ? { reason: text(controls.reason) } : {}),
          ...(status === 'referred' && text(controls.referred) ? { referred_to: text(controls.referred) } : {}),
        };
        if (status === 'duplicate') {
          const raw = controls.duplicate!.value;
          const id = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i.exec(raw)?.[0];
          body.duplicate_of = id?.toLowerCase() ?? (raw.trim() || undefined);
        }
        const written = await postResponse(host.plan, body);
        on.published(os.published(written.contributions, written.organisation));
      },
    );
    const orgChoices = () => organisations.map((o) => h('option', { value: o.slug }, o.name));
    if (admin) {
      controls.organisation = form.control('organisation', os.organisationLabel, h('select', {}, ...orgChoices()), { hint: os.organisationHint });
    } else {
      const named = host.me.organisation?.plan === host.plan ? host.me.organisation.name : null;
      form.body.append(h('p', { class: 'hint' }, named ? os.signedBy(named) : os.organisationHint));
    }
    const radios = form.radios(
      'status',
      os.statusLegend,
      allowed.map((s) => ({ value: s, label: `${os.icon[s]} ${os.status[s]}`, hint: os.statusHint[s] })),
      // None chosen at first: a status is a decision, not a default.
      '' as OutcomeStatus,
    );
    controls.status = radios.value;
    form.body.append(h('p', { class: 'hint' }, os.onlyAllowed));
    controls.response = form.control('response', os.responseLabel, h('textarea', { rows: 5 }), { hint: os.responseHint });
    controls.title = form.control('title', os.titleLabel, h('input', { type: 'text' }), { hint: os.titleHint });
    controls.month = form.control('expected_month', os.monthLabel, h('input', { type: 'text', inputmode: 'numeric', autocomplete: 'off' }), { hint: os.monthHint });
    controls.reason = form.control('reason', os.reasonLabel, h('textarea', { rows: 3 }));
    controls.duplicate = form.control('duplicate_of', os.duplicateLabel, h('input', { type: 'text', autocomplete: 'off' }));
    controls.referred = form.control('referred_to', os.referredLabel, h('select', {}, ...orgChoices()));
    // What each status needs shows only with it.
    const needs: [HTMLElement, OutcomeStatus][] = [
      [controls.month, 'planned'],
      [controls.reason, 'not_possible'],
      [controls.duplicate, 'duplicate'],
      [controls.referred, 'referred'],
    ];
    const showNeeds = () => {
      for (const [control, status] of needs) {
        const wrapper = control.closest('.field') as HTMLElement | null;
        if (wrapper) wrapper.hidden = controls.status!() !== status;
      }
    };
    for (const input of radios.inputs) input.addEventListener('change', showNeeds);
    showNeeds();
    this.root.append(form.el);
  }
}

/** Whether the account answers for organisations (the server checks each answer). */
export const answers = (me: Me | null): me is Me => me?.role === 'responder' || me?.role === 'admin';
