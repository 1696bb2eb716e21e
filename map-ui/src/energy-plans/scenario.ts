// The scenario editor: each share of homes as a slider and a number box kept in step, the
// target year the same way, the DFES scenario, and the lists of community batteries and
// projects. Every change is told at once (the page previews the impact); a read-only
// version is shown as a table instead.

import { h, markUserText, replace, setInvalid, uid } from '../dom';
import type { FieldError } from '../api';
import type { AreaProposal, Battery, Project, Scenario } from './api';
import { ep, num } from './strings';
import { tableBox } from './table';

export const LAST_YEAR = 2050;
export const thisYear = (): number => new Date().getUTCFullYear();

type Pct = 'heat_pumps_pct' | 'ev_charging_pct' | 'rooftop_solar_pct';
const PCTS: Pct[] = ['heat_pumps_pct', 'ev_charging_pct', 'rooftop_solar_pct'];
const pctLabel = (p: Pct) => (p === 'heat_pumps_pct' ? ep.heatPumps : p === 'ev_charging_pct' ? ep.evCharging : ep.rooftopSolar);

/** The places a battery or project may name: the plan's neighbourhoods, then its proposals. */
export interface Places {
  neighbourhoods: { slug: string; name: string }[];
  proposals: AreaProposal[];
}

/** A range and a number box for one value, each moving the other. */
class Paired {
  readonly range: HTMLInputElement;
  readonly box: HTMLInputElement;
  readonly el: HTMLElement;

  constructor(name: string, label: string, min: number, max: number, value: number, changed: () => void) {
    const labelId = uid(`ep-${name}-label`);
    this.range = h('input', { type: 'range', id: uid(`ep-${name}`), name, min, max, step: 1, value, 'aria-labelledby': labelId, class: 'ep-range' });
    this.box = h('input', { type: 'number', id: uid(`ep-${name}-n`), min, max, step: 1, value, inputmode: 'numeric', 'aria-labelledby': labelId, class: 'ep-number' });
    this.range.addEventListener('input', () => {
      this.box.value = this.range.value;
      changed();
    });
    this.box.addEventListener('input', () => {
      const n = Number(this.box.value);
      if (this.box.value !== '' && Number.isFinite(n)) this.range.value = String(Math.min(max, Math.max(min, n)));
      changed();
    });
    this.el = h('div', { class: 'ep-slider', 'data-name': name }, h('label', { id: labelId, for: this.range.id }, label), h('div', { class: 'ep-slider-row' }, this.range, this.box));
  }

  get value(): number {
    const n = Number(this.box.value);
    return this.box.value === '' || !Number.isFinite(n) ? Number(this.range.value) : n;
  }
}

/** One battery's or project's fields, by their name in the scenario. */
type ItemFields = Record<string, HTMLInputElement | HTMLSelectElement>;

export class ScenarioEditor {
  readonly el: HTMLElement;
  /** What the projector shows: the sliders alone. */
  readonly sliders: HTMLElement;
  private readonly pcts: Record<Pct, Paired>;
  private readonly year: Paired;
  private readonly dfesSelect: HTMLSelectElement;
  private readonly note: HTMLTextAreaElement;
  private readonly batteryList = h('div', { class: 'ep-items' });
  private readonly projectList = h('div', { class: 'ep-items' });
  private batteries: ItemFields[] = [];
  private projects: ItemFields[] = [];
  private readonly problems = h('ul', { class: 'ep-problems', role: 'status' });

  constructor(
    start: Scenario,
    dfes: string | null,
    dfesNames: string[],
    note: string,
    private readonly places: Places,
    private readonly changed: () => void,
  ) {
    const year0 = thisYear();
    this.pcts = Object.fromEntries(PCTS.map((p) => [p, new Paired(p, pctLabel(p), 0, 100, start[p], changed)])) as Record<Pct, Paired>;
    this.year = new Paired('target_year', ep.targetYear, Math.min(year0, start.target_year), LAST_YEAR, start.target_year, changed);
    const hintId = uid('ep-dfes-hint');
    this.dfesSelect = h(
      'select',
      { id: uid('ep-dfes'), name: 'dfes_scenario', 'aria-describedby': hintId },
      h('option', { value: '' }, ep.dfesNone),
      ...dfesNames.map((n) => markUserText(h('option', { value: n, selected: n === dfes }, n))),
    );
    this.dfesSelect.addEventListener('change', changed);
    this.note = h('textarea', { id: uid('ep-note'), name: 'note', rows: 3, maxlength: 4000 });
    this.note.value = note;
    this.sliders = h('div', { class: 'ep-sliders' }, ...PCTS.map((p) => this.pcts[p].el), this.year.el);
    for (const b of start.batteries) this.addBattery(b, false);
    for (const p of start.projects) this.addProject(p, false);
    this.el = h(
      'div',
      { class: 'ep-scenario' },
      this.sliders,
      h('div', { class: 'field ep-dfes' }, h('label', { for: this.dfesSelect.id }, ep.dfesLabel), h('p', { class: 'hint', id: hintId }, ep.dfesHint), this.dfesSelect),
      this.listSection(ep.batteriesHeading, this.batteryList, ep.addBattery, () => this.addBattery(null, true)),
      this.listSection(ep.projectsHeading, this.projectList, ep.addProject, () => this.addProject(null, true)),
      h('div', { class: 'field' }, h('label', { for: this.note.id }, ep.noteLabel), this.note),
      this.problems,
    );
    this.renumber();
  }

  private listSection(heading: string, list: HTMLElement, add: string, onAdd: () => void): HTMLElement {
    const headingId = uid('ep-list');
    return h(
      'section',
      { class: 'ep-list', 'aria-labelledby': headingId },
      h('h3', { id: headingId }, heading),
      list,
      h('button', { type: 'button', class: 'button', onclick: onAdd }, add),
    );
  }

  private placeSelect(value: string): HTMLSelectElement {
    const select = h(
      'select',
      {},
      ...this.places.neighbourhoods.map((n) => markUserText(h('option', { value: n.slug, selected: n.slug === value }, n.name))),
      ...this.places.proposals.map((p) => h('option', { value: p.place, selected: p.place === value }, ep.placeProposal(p.title))),
    );
    return select;
  }

  private field(label: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
    control.id ||= uid('ep-item');
    control.addEventListener(control.tagName === 'SELECT' ? 'change' : 'input', this.changed);
    return h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
  }

  private item(list: HTMLElement, all: ItemFields[], fields: ItemFields, focusFirst: boolean): void {
    const legend = h('legend', {});
    const remove = h('button', { type: 'button', class: 'button link-like ep-remove' });
    const name = fields.name as HTMLInputElement;
    const fieldset = h('fieldset', { class: 'ep-item' }, legend, ...Object.entries(fields).map(([k, c]) => this.field(ep.itemLabel(k), c)), remove);
    const label = () => replace(remove, ep.removeItem(name.value));
    name.addEventListener('input', label);
    label();
    remove.addEventListener('click', () => {
      const i = all.indexOf(fields);
      all.splice(i, 1);
      fieldset.remove();
      this.renumber();
      this.changed();
      (list.querySelectorAll<HTMLInputElement>('fieldset input')[0] ?? list.nextElementSibling as HTMLElement | null)?.focus();
    });
    all.push(fields);
    list.append(fieldset);
    this.renumber();
    // A new one counts once it has a name (typing it previews the impact).
    if (focusFirst) name.focus();
  }

  private numberInput(value: number, min: number, max?: number): HTMLInputElement {
    return h('input', { type: 'number', min, max, step: 'any', value, inputmode: 'decimal' });
  }

  private addBattery(b: Battery | null, focusFirst: boolean): void {
    const fields: ItemFields = {
      name: h('input', { type: 'text', maxlength: 120, value: b?.name ?? '' }),
      place: this.placeSelect(b?.place ?? this.places.neighbourhoods[0]?.slug ?? ''),
      power_kw: this.numberInput(b?.power_kw ?? 100, 0),
      year: this.numberInput(b?.year ?? this.year.value, thisYear(), LAST_YEAR),
    };
    this.item(this.batteryList, this.batteries, fields, focusFirst);
  }

  private addProject(p: Project | null, focusFirst: boolean): void {
    const fields: ItemFields = {
      name: h('input', { type: 'text', maxlength: 120, value: p?.name ?? '' }),
      place: this.placeSelect(p?.place ?? this.places.neighbourhoods[0]?.slug ?? ''),
      import_kw: this.numberInput(p?.import_kw ?? 0, 0),
      export_kw: this.numberInput(p?.export_kw ?? 0, 0),
      year: this.numberInput(p?.year ?? this.year.value, thisYear(), LAST_YEAR),
    };
    this.item(this.projectList, this.projects, fields, focusFirst);
  }

  /** Legends say which one each is ("Battery 2"); an empty list says so. */
  private renumber(): void {
    const number = (list: HTMLElement, name: (n: number) => string) => {
      const sets = [...list.querySelectorAll('fieldset')];
      sets.forEach((f, i) => replace(f.querySelector('legend')!, name(i + 1)));
      const empty = list.querySelector('.ep-empty');
      if (!sets.length && !empty) list.append(h('p', { class: 'ep-empty muted' }, ep.noneYet));
      if (sets.length) empty?.remove();
    };
    number(this.batteryList, ep.batteryFieldset);
    number(this.projectList, ep.projectFieldset);
  }

  value(): Scenario {
    const n = (c: HTMLInputElement | HTMLSelectElement) => (c.value.trim() === '' ? NaN : Number(c.value));
    const proposal = (place: string) => (place.startsWith('proposal:') ? place.slice('proposal:'.length) : null);
    return {
      target_year: this.year.value,
      heat_pumps_pct: this.pcts.heat_pumps_pct.value,
      ev_charging_pct: this.pcts.ev_charging_pct.value,
      rooftop_solar_pct: this.pcts.rooftop_solar_pct.value,
      batteries: this.batteries.map((f) => ({ name: f.name.value, place: f.place.value, power_kw: n(f.power_kw), year: n(f.year) })),
      projects: this.projects.map((f) => ({
        name: f.name.value,
        place: f.place.value,
        proposal: proposal(f.place.value),
        import_kw: n(f.import_kw),
        export_kw: n(f.export_kw),
        year: n(f.year),
      })),
    };
  }

  get dfes(): string | null {
    return this.dfesSelect.value || null;
  }

  get noteText(): string {
    return this.note.value;
  }

  /** The control a `scenario.…` field error names, if any. */
  control(field: string): HTMLElement | null {
    const path = field.replace(/^scenario\./, '');
    const item = /^(batteries|projects)\[(\d+)\]\.(\w+)$/.exec(path);
    if (item) return (item[1] === 'batteries' ? this.batteries : this.projects)[Number(item[2])]?.[item[3]] ?? null;
    if (path === 'target_year') return this.year.box;
    if ((PCTS as string[]).includes(path)) return this.pcts[path as Pct].box;
    if (path === 'dfes_scenario') return this.dfesSelect;
    return null;
  }

  /** A field error's field as the page names it: "Battery 2, Name". */
  describe(field: string): string {
    const control = this.control(field);
    const by = control?.getAttribute('aria-labelledby');
    const label = control ? (by ? document.getElementById(by) : this.el.querySelector(`label[for="${control.id}"]`))?.textContent : null;
    const where = control?.closest('fieldset')?.querySelector('legend')?.textContent;
    return [where, label].filter(Boolean).join(', ') || field;
  }

  /** Marks the fields a preview found wrong, and lists them (without taking focus). */
  showProblems(errors: FieldError[]): void {
    for (const el of this.el.querySelectorAll('[aria-invalid]')) setInvalid(el, false);
    replace(
      this.problems,
      ...errors.map((e) => {
        const control = this.control(e.field);
        if (control) setInvalid(control, true);
        return h('li', {}, this.describe(e.field), ': ', e.message);
      }),
    );
  }
}

/** A version's scenario as a table, for those who cannot change it and for print. */
export function scenarioTable(s: Scenario, dfes: string | null, places: Places): HTMLElement {
  const placeName = (p: string) =>
    places.neighbourhoods.find((n) => n.slug === p)?.name ?? places.proposals.find((x) => x.place === p)?.title ?? p;
  const rows: (Node | string)[][] = [
    [ep.heatPumps, num(s.heat_pumps_pct)],
    [ep.evCharging, num(s.ev_charging_pct)],
    [ep.rooftopSolar, num(s.rooftop_solar_pct)],
    [ep.targetYear, String(s.target_year)],
    [ep.dfesLabel, dfes ? markUserText(h('span', {}, dfes)) : ep.dfesNone],
    ...s.batteries.map((b) => [ep.fieldBattery(b.name), ep.batteryRow(placeName(b.place), b.power_kw, b.year)]),
    ...s.projects.map((p) => [ep.fieldProject(p.name), ep.projectRow(placeName(p.place), p.import_kw, p.export_kw, p.year)]),
  ];
  return tableBox(ep.scenarioCaption, [ep.col('what'), ep.col('value')], rows, 'ep-scenario-table');
}
