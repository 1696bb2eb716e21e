// A small horizontal bar chart drawn as inline SVG: one bar per row, each with a <title>
// (its label and value) and its value written beside it. The table drawn after it is the
// list alternative, so the chart as a whole is one labelled image.

const NS = 'http://www.w3.org/2000/svg';

export interface Bar {
  label: string;
  value: number;
  /** The value as the reader reads it ("12 kWp"). */
  text: string;
  colour?: string;
}

function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

export function barChart(bars: Bar[], label: string): SVGSVGElement {
  const row = 28;
  const labelWidth = 150;
  const width = 360;
  const barSpace = width - labelWidth - 70;
  const max = Math.max(1, ...bars.map((b) => b.value));
  const chart = svg('svg', { class: 'pj-chart', viewBox: `0 0 ${width} ${bars.length * row + 4}`, role: 'img', 'aria-label': label });
  bars.forEach((b, i) => {
    const y = i * row + 2;
    const g = svg('g', {});
    g.append(svg('title', {}, `${b.label}: ${b.text}`));
    const name = b.label.length > 22 ? `${b.label.slice(0, 21)}…` : b.label;
    g.append(svg('text', { x: labelWidth - 6, y: y + row / 2 + 5, 'text-anchor': 'end', class: 'pj-chart-label' }, name));
    const w = b.value > 0 ? Math.max(2, (b.value / max) * barSpace) : 0;
    g.append(svg('rect', { x: labelWidth, y: y + 4, width: w, height: row - 8, fill: b.colour ?? '#0b4f7c' }));
    g.append(svg('text', { x: labelWidth + w + 6, y: y + row / 2 + 5, class: 'pj-chart-value' }, b.text));
    chart.append(g);
  });
  return chart;
}
