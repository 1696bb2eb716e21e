// `/p/{plan}/energy-plans/{id}` (`?version=N`, `?layout=projector`): the plan builder. The
// group moves its scenario's sliders and sees, at once, each substation's traffic light on
// the map, the year-by-year chart and every number in the tables; saves the draft, shares
// it, and starts the next version from the answers. Everyone else reads the version and its
// answers; the network operator and the council answer it here.

import { ApiError, getMe, getPlan as getPlanArea, type Me, type Plan } from '../api';
import type { Host } from '../admin/form';
import { focus, h, markUserText, replace, uid } from '../dom';
import { setSignedInHint, signedInHint } from '../session';
import { assumptions, compare, dfesScenarios, exportUrl, getPlan, voices, type Assumptions, type EnergyPlan, type Impact } from './api';
import { answersSection } from './answers';
import { Actions } from './actions';
import { comparisonView } from './compare';
import { assumptionsList, ImpactView, mapKey } from './impact';
import { PlanMap } from './map';
import { LivePreview } from './preview';
import { Priorities, proposalsSection } from './priorities';
import { ScenarioEditor, scenarioTable, type Places } from './scenario';
import { Shell } from './shell';
import { ep } from './strings';
import './projector.css';

const enc = encodeURIComponent;

declare global {
  interface Window {
    /** The energy plan page, for the browser tests and the benchmark. */
    __energyPlan?: { map: unknown; rounds: number[]; plan: () => EnergyPlan };
  }
}

export class PlanPage {
  readonly shell: Shell;
  private plan!: EnergyPlan;
  private area!: Plan;
  private me: Me | null = null;
  private dfesNames: string[] = [];
  private assumed: Assumptions = {};
  private map: PlanMap | null = null;
  private readonly mapBox = h('div', { class: 'ep-map' });
  private readonly impact = new ImpactView();
  private readonly compareBox = h('div', { class: 'ep-compare-box' });
  private readonly busy = h('p', { class: 'ep-busy', hidden: true }, ep.updating);
  private editor: ScenarioEditor | null = null;
  private priorities: Priorities | null = null;
  private preview: LivePreview | null = null;
  private rags = new Map<string, string>();

  constructor(
    private readonly slug: string,
    private readonly id: string,
    private readonly version: number | undefined,
    private readonly projector: boolean,
  ) {
    this.shell = new Shell(projector ? 'ep-plan-page ep-projector' : 'ep-plan-page');
  }

  async start(): Promise<void> {
    replace(this.shell.main, h('p', { class: 'loading' }, ep.loading));
    try {
      if (signedInHint()) {
        this.me = await getMe().catch(() => null);
        setSignedInHint(Boolean(this.me));
      }
      const [plan, area, names, assumed] = await Promise.all([
        getPlan(this.id, this.version),
        getPlanArea(this.slug),
        dfesScenarios(this.slug).catch(() => []),
        assumptions(this.slug).catch(() => ({})),
      ]);
      [this.area, this.dfesNames, this.assumed] = [area, names, assumed];
      this.render(plan);
    } catch (err) {
      const notFound = err instanceof ApiError && (err.status === 404 || err.status === 403);
      replace(
        this.shell.main,
        h('p', { class: 'ep-warning' }, notFound ? ep.notFound : ep.loadFailed),
        h('p', {}, h('a', { href: `/p/${enc(this.slug)}/energy-plans` }, ep.backToList)),
      );
    }
  }

  private get host(): Host | null {
    return this.me ? { me: this.me, say: (text) => this.shell.say(text), refused: async () => false } : null;
  }

  private get places(): Places {
    return { neighbourhoods: this.plan.neighbourhoods, proposals: this.plan.version.proposals };
  }

  /** Draws the whole page for `plan` (the map is made once and kept). */
  render(plan: EnergyPlan): void {
    this.plan = plan;
    this.preview?.stop();
    const v = plan.version;
    document.title = ep.pageTitle(plan.title, this.area.title);
    replace(this.shell.heading, markUserText(h('span', {}, plan.title)));
    replace(this.shell.subline, markUserText(h('span', {}, ep.byGroup(plan.group_name, plan.neighbourhoods.map((n) => n.name).join(', ')))));
    const base = `/p/${enc(this.slug)}/energy-plans/${plan.id}`;
    const here = `${base}?version=${v.number}`;
    replace(
      this.shell.links,
      h('a', { class: 'button', href: `/p/${enc(this.slug)}/energy-plans` }, ep.backToList),
      h('a', { class: 'button', href: `${base}/print?version=${v.number}` }, ep.print),
      this.projector ? h('a', { class: 'button', href: here }, ep.leaveProjector) : h('a', { class: 'button', href: `${here}&layout=projector` }, ep.projector),
    );
    this.editor = plan.can.edit
      ? new ScenarioEditor(v.scenario, v.dfes_scenario, this.dfesNames, v.note, this.places, () => this.preview?.changed())
      : null;
    this.priorities = new Priorities(this.slug, v.priorities, plan.can.edit ? voices(plan.id) : null, () => undefined);
    const actions = new Actions(this, plan, () => this.draft(), (name) => ({
      label: this.editor?.describe(name) ?? name,
      target: this.editor?.control(name) ?? null,
    }));
    if (this.editor) {
      const editor = this.editor;
      this.preview = new LivePreview(plan.id, () => ({ scenario: editor.value(), dfes: editor.dfes }), {
        draw: (impact) => this.draw(impact, true),
        busy: (on) => (this.busy.hidden = !on),
        failed: (err, retrying) => {
          editor.showProblems(err?.errors ?? []);
          if (retrying) this.shell.say(ep.busy);
          else if (err && !err.errors.length) this.shell.say(ep.previewFailed);
        },
      });
    }
    const scenarioId = uid('ep-scenario');
    const impactId = uid('ep-impact');
    replace(
      this.shell.main,
      this.versionBar(plan),
      h('p', { class: `ep-status ep-status-${v.status}` }, ep.statusNote(v.status)),
      this.compareBox,
      h(
        'div',
        { class: 'ep-layout' },
        h(
          'section',
          { class: this.editor ? 'ep-controls ep-editing' : 'ep-controls', 'aria-labelledby': scenarioId },
          h('h2', { id: scenarioId }, ep.scenarioHeading),
          this.editor ? this.editor.el : scenarioTable(v.scenario, v.dfes_scenario, this.places),
          actions.el,
        ),
        h(
          'section',
          { class: 'ep-results', 'aria-labelledby': impactId },
          h('h2', { id: impactId }, ep.impactHeading),
          this.busy,
          mapKey(),
          this.mapBox,
          this.impact.el,
          assumptionsList(this.assumed),
          h(
            'p',
            { class: 'ep-downloads' },
            h('a', { href: exportUrl(plan.id, v.number, 'geojson'), download: '' }, ep.downloadGeojson),
            ' ',
            h('a', { href: exportUrl(plan.id, v.number, 'csv'), download: '' }, ep.downloadCsv),
          ),
        ),
      ),
      this.priorities.el,
      proposalsSection(this.slug, v.proposals),
      answersSection(plan, this.host, (fresh) => this.render(fresh)),
    );
    this.map ??= this.makeMap(plan);
    this.map?.map.resize();
    void this.draw(v.impact, false);
    window.__energyPlan = { map: this.map?.map, rounds: this.preview?.rounds ?? [], plan: () => this.plan };
  }

  private makeMap(plan: EnergyPlan): PlanMap | null {
    try {
      return new PlanMap(this.mapBox, this.slug, plan.title, plan.area);
    } catch {
      // No WebGL: the tables say everything the map does.
      this.mapBox.remove();
      return null;
    }
  }

  /** Shows an impact on the map, the charts and the tables; resolves once the map painted it. */
  private async draw(impact: Impact | null, live: boolean): Promise<void> {
    const v = this.plan.version;
    const missing = v.missing_assumptions.map((m) => m.field);
    this.map?.show(impact?.substations ?? []);
    const charts = this.impact.show(impact, impact ? [] : missing, v.neighbourhoods_without_homes);
    if (live && impact) this.announce(impact);
    else this.rags = new Map(impact?.substations.map((s) => [s.key, s.rag]) ?? []);
    await Promise.all([charts, this.map ? this.map.ready.then(() => this.map!.idle()) : Promise.resolve()]);
  }

  /** Tells screen readers which substations' lights changed. */
  private announce(impact: Impact): void {
    const changed = impact.substations.filter((s) => this.rags.get(s.key) !== s.rag);
    this.rags = new Map(impact.substations.map((s) => [s.key, s.rag]));
    if (changed.length) this.shell.say(changed.map((s) => `${s.name}: ${ep.rag(s.rag)}`).join('; '));
  }

  /** What Save draft sends. */
  private draft() {
    const e = this.editor!;
    return { scenario: e.value(), dfes_scenario: e.dfes, note: e.noteText, priorities: this.priorities?.ids() ?? [] };
  }

  private versionBar(plan: EnergyPlan): HTMLElement {
    const v = plan.version.number;
    const select = h(
      'select',
      { id: uid('ep-version'), name: 'version' },
      ...plan.versions.map((x) => h('option', { value: x.number, selected: x.number === v }, ep.versionOption(x.number, x.status))),
    );
    const other = plan.versions.length > 1 ? (v > 1 ? v - 1 : v + 1) : null;
    return h(
      'div',
      { class: 'ep-version-bar' },
      h(
        'form',
        { method: 'get', action: location.pathname, class: 'ep-version-form' },
        h('label', { for: select.id }, ep.versionLabel),
        select,
        this.projector ? h('input', { type: 'hidden', name: 'layout', value: 'projector' }) : null,
        h('button', { type: 'submit', class: 'button' }, ep.showVersion),
      ),
      other ? h('button', { type: 'button', class: 'button', onclick: () => void this.compareWith(Math.min(v, other), Math.max(v, other)) }, ep.compare(other)) : null,
    );
  }

  private async compareWith(from: number, to: number): Promise<void> {
    try {
      const c = await compare(this.plan.id, from, to);
      const view = comparisonView(c);
      view.append(h('button', { type: 'button', class: 'button', onclick: () => replace(this.compareBox) }, ep.compareClose));
      replace(this.compareBox, view);
      focus(view.querySelector('h2'));
    } catch {
      this.shell.say(ep.loadFailed);
    }
  }
}

/** Starts the page for `/p/{plan}/energy-plans/{id}`. */
export async function startPlan(slug: string, id: string): Promise<void> {
  const q = new URLSearchParams(location.search);
  const version = Number(q.get('version')) || undefined;
  await new PlanPage(slug, id, version, q.get('layout') === 'projector').start();
}
