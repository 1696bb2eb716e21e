// Proposing a project: the site as a point or a drawn outline, the project's figures, and a
// live feasibility check (300 ms after the last change) for the point or the outline's middle.

import { ApiError, postProposal, previewFeasibility, type FieldError, type LonLat, type Proposal, type Technology } from '../api';
import { polygonOf, type AreaDrawing, type DrawHandlers } from '../draw';
import { ErrorSummary, h, replace, uid } from '../dom';
import { OutlineControl } from '../outline-control';
import type { PanelView } from '../panel';
import { energy as t, strings } from '../strings';
import { feasibilityBlock, heading, ringMiddle } from './parts';

const TECHNOLOGIES: Technology[] = ['solar_pv', 'wind', 'battery', 'heat_pump', 'ev_charging', 'heat_network', 'efficiency'];

/**
 * Whether two sides of a closed ring cross (a bow tie). The database keeps only valid
 * geometries as sites, so such an outline is drawn again rather than sent.
 */
function crossesItself(ring: LonLat[]): boolean {
  const sides = ring.length - 1;
  const turn = (a: LonLat, b: LonLat, c: LonLat) => Math.sign((b[0] - a[0]) * (c[1] - a[1]) - (b[1] - a[1]) * (c[0] - a[0]));
  for (let i = 0; i < sides; i += 1) {
    // Neighbouring sides share a corner; the first and the last are neighbours too.
    for (let j = i + 2; j < sides - (i === 0 ? 1 : 0); j += 1) {
      const [a, b, c, d] = [ring[i], ring[i + 1], ring[j], ring[j + 1]];
      if (turn(a, b, c) * turn(a, b, d) < 0 && turn(c, d, a) * turn(c, d, b) < 0) return true;
    }
  }
  return false;
}

export interface ProposeHandlers {
  keyboardPlace(): void;
  /** The site is a point again: placing starts, with the pin at `at` if it had one. */
  placePoint(at: LonLat | null): void;
  stopPin(): void;
  draw(on: DrawHandlers): Promise<AreaDrawing | null>;
  clearArea(): void;
  cancel(): void;
  announce(message: string): void;
  sent(p: Proposal): void;
}

/** Which control shows an API field's problem. */
const FIELD_OF: Record<string, string> = {
  title: 'title',
  technology: 'technology',
  capacity_kw: 'capacity_kw',
  export_kw: 'export_kw',
  import_kw: 'import_kw',
  phases: 'phases',
  site: 'site',
  group_name: 'group_name',
  description: 'description',
};

/** How the site is given: a point (placed, dragged or put at the keyboard's cross) or an outline. */
type SiteBy = 'point' | 'outline';

export class ProposeView implements PanelView {
  readonly root: HTMLElement;
  readonly heading: HTMLHeadingElement;
  private by: SiteBy = 'point';
  /** The point placed, kept while an outline is tried so that choosing "A point" again keeps it. */
  private point: LonLat | null = null;
  private readonly form: HTMLFormElement;
  private readonly result: HTMLElement;
  private readonly siteStatus: HTMLElement;
  private readonly siteError: HTMLElement;
  private readonly keyboard: HTMLButtonElement;
  private readonly outline: OutlineControl;
  private readonly reveals = new Map<SiteBy, HTMLElement>();
  private readonly summary = new ErrorSummary(t.errorSummary);
  private readonly errors = new Map<string, { error: HTMLElement; control: HTMLElement }>();
  private readonly inputs: Record<string, HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement> = {};
  private timer = 0;
  private pending: AbortController | null = null;
  private readonly submit: HTMLButtonElement;

  constructor(
    private readonly plan: string,
    mapAvailable: boolean,
    private readonly on: ProposeHandlers,
  ) {
    this.heading = heading(t.proposeHeading);

    this.siteError = h('p', { class: 'field-error', id: uid('site-error'), hidden: true });
    this.siteStatus = h('p', { class: 'chosen' }, t.feasibilityWaiting);
    this.keyboard = h('button', { type: 'button', class: 'button', onclick: () => this.on.keyboardPlace() }, strings.placeOnMapButton);
    this.outline = new OutlineControl(t.outline, {
      draw: (on) => this.on.draw(on),
      clearArea: () => this.on.clearArea(),
      announce: (m) => this.on.announce(m),
      starting: () => {
        this.setError('site', null);
        this.abort();
        replace(this.result, h('p', { class: 'muted' }, t.feasibilityWaitingOutline));
      },
      refuse: (ring) => (crossesItself(ring) ? t.outlineCrosses : null),
      finished: () => this.check(),
    });
    const siteField = h('fieldset', { class: 'field site-field', 'aria-describedby': this.siteError.id }, h('legend', {}, t.siteLegend), this.siteError);
    if (mapAvailable) {
      // The outline is drawn with the pointer; "A point" (the default) is the keyboard's way.
      const pointParts = [h('p', { class: 'hint' }, t.siteHint), this.keyboard, this.siteStatus];
      const name = uid('site-by');
      for (const [by, label, hint, parts] of [
        ['point', t.siteByPoint, null, pointParts],
        ['outline', t.siteByOutline, t.siteByOutlineHint, this.outline.parts],
      ] as [SiteBy, string, string | null, HTMLElement[]][]) {
        const id = uid(`site-${by}`);
        const hintEl = hint ? h('p', { class: 'hint', id: uid('site-by-hint') }, hint) : null;
        const radio = h('input', { type: 'radio', id, name, value: by, checked: by === 'point', 'aria-describedby': hintEl?.id });
        radio.addEventListener('change', () => this.choose(by));
        const reveal = h('div', { class: 'reveal', hidden: by !== 'point' }, ...parts);
        this.reveals.set(by, reveal);
        siteField.append(h('div', { class: 'choice' }, radio, h('label', { for: id }, label), hintEl), reveal);
      }
    } else {
      siteField.append(h('p', { class: 'hint' }, t.siteHint), this.siteStatus);
    }
    this.errors.set('site', { error: this.siteError, control: this.keyboard });

    const tech = h('select', { id: uid('technology') }, ...TECHNOLOGIES.map((x) => h('option', { value: x }, t.technologies[x])));
    const phases = h('select', { id: uid('phases') }, h('option', { value: '3' }, t.phase3), h('option', { value: '1' }, t.phase1));

    this.result = h('div', { class: 'feasibility-live', 'aria-live': 'polite', 'aria-atomic': 'true' }, h('p', { class: 'muted' }, t.feasibilityWaiting));
    this.submit = h('button', { type: 'submit', class: 'button primary' }, t.submit);
    this.form = h(
      'form',
      { class: 'propose', novalidate: true },
      this.summary.el,
      siteField,
      this.field('title', t.title, t.titleHint, h('input', { type: 'text', maxlength: 200 })),
      this.field('technology', t.technology, null, tech),
      this.field('capacity_kw', t.capacity, t.capacityHint, h('input', { type: 'text', inputmode: 'decimal', value: '100' })),
      this.field('export_kw', t.exportKw, t.exportHint, h('input', { type: 'text', inputmode: 'decimal', value: '100' })),
      this.field('import_kw', t.importKw, t.importHint, h('input', { type: 'text', inputmode: 'decimal', value: '0' })),
      this.field('phases', t.phases, null, phases),
      this.field('group_name', t.group, t.groupHint, h('input', { type: 'text', maxlength: 200, autocomplete: 'organization' })),
      this.field('description', t.description, null, h('textarea', { rows: 4 })),
      h('section', { class: 'feasibility-box', 'aria-label': t.feasibilityHeading }, h('h3', {}, t.feasibilityHeading), this.result),
      h('div', { class: 'form-actions' }, this.submit, h('button', { type: 'button', class: 'button', onclick: () => this.on.cancel() }, t.cancel)),
    );
    this.form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void this.send();
    });
    for (const name of ['technology', 'capacity_kw', 'export_kw', 'import_kw', 'phases']) {
      this.inputs[name].addEventListener('input', () => this.check());
      this.inputs[name].addEventListener('change', () => this.check());
    }
    this.root = h('div', { class: 'view view-propose' }, this.heading, this.form);
  }

  private field(name: string, label: string, hint: string | null, control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): HTMLElement {
    control.id ||= uid(name);
    control.setAttribute('name', name);
    const hintId = hint ? uid('hint') : '';
    const error = h('p', { class: 'field-error', id: uid('error'), hidden: true });
    control.setAttribute('aria-describedby', `${hintId} ${error.id}`.trim());
    this.inputs[name] = control;
    this.errors.set(name, { error, control });
    return h('div', { class: 'field' }, h('label', { for: control.id }, label), hint ? h('p', { class: 'hint', id: hintId }, hint) : null, error, control);
  }

  private kw(name: string): number | null {
    const raw = this.inputs[name].value.trim().replace(',', '.');
    if (!raw) return 0;
    const n = Number(raw);
    return Number.isFinite(n) && n >= 0 ? n : null;
  }

  placed(at: LonLat): void {
    if (this.by !== 'point') return;
    this.point = at;
    this.siteStatus.textContent = t.siteChosen;
    this.setError('site', null);
    this.check();
  }

  abort(): void {
    window.clearTimeout(this.timer);
    this.pending?.abort();
  }

  /** Where the live check looks: the point, or the middle of the finished outline. */
  private get site(): LonLat | null {
    if (this.by === 'point') return this.point;
    const ring = this.outline.ring;
    return ring ? ringMiddle(ring) : null;
  }

  // ---- the site as a point or an outline ----

  private choose(by: SiteBy): void {
    this.by = by;
    for (const [value, reveal] of this.reveals) reveal.hidden = value !== by;
    this.setError('site', null);
    this.errors.set('site', { error: this.siteError, control: by === 'point' ? this.keyboard : this.outline.target() });
    if (by === 'point') {
      this.outline.stop();
      this.on.placePoint(this.point);
    } else {
      this.on.stopPin();
    }
    this.abort();
    if (this.site) this.check();
    else replace(this.result, h('p', { class: 'muted' }, by === 'point' ? t.feasibilityWaiting : t.feasibilityWaitingOutline));
  }

  /** The live check, 300 ms after the last change. */
  private check(): void {
    window.clearTimeout(this.timer);
    if (!this.site) return;
    this.timer = window.setTimeout(() => void this.preview(), 300);
  }

  private async preview(): Promise<void> {
    const at = this.site;
    const exp = this.kw('export_kw');
    const imp = this.kw('import_kw');
    if (!at || exp === null || imp === null) return;
    this.pending?.abort();
    const ctrl = new AbortController();
    this.pending = ctrl;
    this.result.setAttribute('aria-busy', 'true');
    try {
      const f = await previewFeasibility(at, this.inputs.technology.value as Technology, exp, imp, Number(this.inputs.phases.value), ctrl.signal);
      replace(this.result, feasibilityBlock(f), h('p', { class: 'hint' }, t.feasibilityNote));
    } catch (err) {
      if ((err as Error).name === 'AbortError') return;
      replace(this.result, h('p', { class: 'muted' }, t.feasibilityFailed));
    } finally {
      if (this.pending === ctrl) this.result.removeAttribute('aria-busy');
    }
  }

  private setError(name: string, message: string | null): void {
    const f = this.errors.get(name);
    if (!f) return;
    f.error.hidden = !message;
    f.error.textContent = message ?? '';
    if (f.control.tagName !== 'BUTTON') {
      if (message) f.control.setAttribute('aria-invalid', 'true');
      else f.control.removeAttribute('aria-invalid');
    }
  }

  private showErrors(list: FieldError[]): void {
    for (const name of this.errors.keys()) this.setError(name, null);
    for (const e of list) this.setError(e.field, e.message);
    this.summary.show(list.map((e) => ({ message: e.message, target: this.errors.get(e.field)?.control })));
  }

  private async send(): Promise<void> {
    const problems: FieldError[] = [];
    const ring = this.outline.ring;
    const site: GeoJSON.Point | GeoJSON.Polygon | null =
      this.by === 'point' ? (this.point ? { type: 'Point', coordinates: this.point } : null) : ring ? polygonOf(ring) : null;
    if (!site) problems.push({ field: 'site', message: this.by === 'point' ? t.siteMissing : t.outlineMissing });
    const nums: Record<string, number | null> = {};
    for (const name of ['capacity_kw', 'export_kw', 'import_kw']) {
      nums[name] = this.kw(name);
      if (nums[name] === null) problems.push({ field: name, message: t.numberBad });
    }
    if (problems.length) return this.showErrors(problems);
    this.submit.disabled = true;
    this.submit.textContent = t.sending;
    try {
      const p = await postProposal(this.plan, {
        title: this.inputs.title.value.trim(),
        technology: this.inputs.technology.value as Technology,
        capacity_kw: nums.capacity_kw,
        export_kw: nums.export_kw,
        import_kw: nums.import_kw,
        phases: Number(this.inputs.phases.value),
        site: site as GeoJSON.Point | GeoJSON.Polygon,
        group_name: this.inputs.group_name.value,
        description: this.inputs.description.value,
        draft: false,
      });
      this.on.sent(p);
    } catch (err) {
      if (err instanceof ApiError && err.errors.length) {
        this.showErrors(
          err.errors.map((e) => {
            const key = e.field.replace(/^(properties|body)\./, '').split('.')[0];
            return { field: FIELD_OF[key] ?? key, message: `${e.message}` };
          }),
        );
      } else {
        this.showErrors([{ field: 'form', message: t.sendFailed }]);
      }
    } finally {
      this.submit.disabled = false;
      this.submit.textContent = t.submit;
    }
  }
}
