// A substation's year-by-year chart: the added demand and added generation of the scenario,
// and, for those who see exact figures, the headroom lines they are measured against. Drawn
// by uPlot (a small canvas chart library), loaded only when a chart is first drawn. The
// numbers are in the table beside it; the chart is a picture of them, named as such.

import type uPlot from 'uplot';
import { h } from '../dom';
import type { SubstationImpact } from './api';
import { ep, num } from './strings';

type UPlot = typeof uPlot;
let library: Promise<UPlot> | null = null;
const load = (): Promise<UPlot> => (library ??= Promise.all([import('uplot'), import('uplot/dist/uPlot.min.css')]).then(([m]) => m.default));

/** Each line: its colour, and a dash and point shape of its own, so colour is not the only sign. */
const LINES = {
  demand: { stroke: '#0b4f6c', dash: [] as number[], width: 3 },
  generation: { stroke: '#8a5300', dash: [10, 5], width: 3 },
  demand_headroom: { stroke: '#0b4f6c', dash: [2, 4], width: 2 },
  generation_headroom: { stroke: '#8a5300', dash: [2, 4], width: 2 },
} as const;
type Line = keyof typeof LINES;

function series(s: SubstationImpact): { lines: Line[]; data: number[][] } {
  const exact = s.years.some((y) => y.demand_headroom_mva != null);
  const lines: Line[] = exact ? ['demand', 'generation', 'demand_headroom', 'generation_headroom'] : ['demand', 'generation'];
  const pick: Record<Line, (y: SubstationImpact['years'][number]) => number> = {
    demand: (y) => y.added_demand_mva,
    generation: (y) => y.added_generation_mw,
    demand_headroom: (y) => y.demand_headroom_mva ?? 0,
    generation_headroom: (y) => y.generation_headroom_mw ?? 0,
  };
  return { lines, data: [s.years.map((y) => y.year), ...lines.map((l) => s.years.map(pick[l]))] };
}

/** The legend in words, each with a sample of its line. */
function legend(lines: Line[]): HTMLElement {
  return h(
    'ul',
    { class: 'ep-chart-legend' },
    ...lines.map((l) => {
      const sample = h('span', { class: `ep-line-sample ep-line-${l}`, 'aria-hidden': 'true' });
      return h('li', {}, sample, ep.series(l));
    }),
  );
}

export class YearChart {
  readonly el: HTMLElement;
  private readonly plotBox = h('div', { class: 'ep-chart-plot', dir: 'ltr' });
  private readonly legendBox = h('div', {});
  private plot: uPlot | null = null;
  private shape = '';
  private latest: SubstationImpact | null = null;
  private readonly resize = new ResizeObserver(() => this.fit());

  constructor(name: string) {
    this.el = h('figure', { class: 'ep-chart', role: 'img', 'aria-label': ep.chartLabel(name) }, this.plotBox, this.legendBox);
    this.resize.observe(this.plotBox);
  }

  /** Draws `s` (the first call loads the library). Resolves once drawn. */
  async show(s: SubstationImpact): Promise<void> {
    this.latest = s;
    const UPlot = await load();
    if (this.latest !== s) return;
    const { lines, data } = series(s);
    const shape = lines.join();
    if (this.plot && shape === this.shape) {
      this.plot.setData(data as uPlot.AlignedData);
      return;
    }
    this.plot?.destroy();
    this.shape = shape;
    this.legendBox.replaceChildren(legend(lines));
    this.plot = new UPlot(
      {
        width: this.width(),
        height: 220,
        legend: { show: false },
        cursor: { show: false },
        scales: { x: { time: false } },
        axes: [
          { values: (_u, ticks) => ticks.map((t) => (Number.isInteger(t) ? String(t) : '')), stroke: '#1f2328', grid: { stroke: '#e5e7eb' } },
          { label: ep.chartUnit, values: (_u, ticks) => ticks.map((t) => num(t, 2)), stroke: '#1f2328', grid: { stroke: '#e5e7eb' }, size: 60 },
        ],
        series: [
          {},
          ...lines.map((l) => ({
            label: ep.series(l),
            stroke: LINES[l].stroke,
            width: LINES[l].width,
            dash: [...LINES[l].dash],
            points: { show: !l.endsWith('headroom'), size: 7 },
          })),
        ],
      },
      data as uPlot.AlignedData,
      this.plotBox,
    );
    this.plot.root.setAttribute('aria-hidden', 'true');
  }

  private width(): number {
    return Math.max(240, Math.floor(this.plotBox.clientWidth || 480));
  }

  private fit(): void {
    if (this.plot && Math.abs(this.plot.width - this.width()) > 2) this.plot.setSize({ width: this.width(), height: 220 });
  }

  destroy(): void {
    this.resize.disconnect();
    this.plot?.destroy();
    this.plot = null;
  }
}
