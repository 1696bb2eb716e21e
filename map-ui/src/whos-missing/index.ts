// `/p/{plan}/whos-missing`: for staff (mobilisers, facilitators, admins), the plan's
// neighbourhoods shaded by participation per 1,000 residents or by the question whose group
// is least heard, and beside the map (below it on a phone) the list of where to knock on
// doors next, in words. The list is the map's keyboard path: choosing a neighbourhood
// outlines it on the map. Anyone else is told the page is for staff; the server refuses
// them the figures.

import { ApiError, getMe, getPlan } from '../api';
import { AccountNav } from '../account-nav';
import { h, replace, uid } from '../dom';
import { initI18n, languagePicker } from '../i18n';
import { getParticipation, staffReportUrl, type Feature, type WhoIsHeard } from './api';
import { CLASS_COLOURS, DIMENSION_COLOURS, NO_BAND, ParticipationMap, type Shade } from './map';
import { dimension, wm } from './strings';
import type { Dimension } from './api';
import './whos-missing.css';

declare global {
  interface Window {
    /** The page, for the browser tests. */
    __whosMissing?: { map: unknown; state: () => { selected: string | null } };
  }
}

/** `YYYY-MM` as "October 2026" in the page's language. */
function monthName(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(document.documentElement.lang || 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
}

function swatch(colour: string, pattern?: Dimension): HTMLElement {
  const el = h('span', { class: `wm-swatch${pattern ? ` wm-hatch-${pattern}` : ''}`, 'aria-hidden': 'true' });
  el.style.backgroundColor = colour;
  return el;
}

class WhosMissingPage {
  private readonly main = h('main', { id: 'main', class: 'wm-main', tabindex: -1 });
  private readonly status = h('div', { id: 'status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private readonly planName = h('p', { class: 'wm-plan' });
  private readonly links = h('nav', { class: 'wm-links', 'aria-label': wm.heading });
  private readonly legend = h('div', { class: 'wm-legend' });
  private map: ParticipationMap | null = null;

  constructor(private readonly slug: string) {
    document.body.className = 'wm-page';
    document.body.removeAttribute('data-view');
    document.body.removeAttribute('data-mode');
    const nav = new AccountNav();
    replace(
      document.body,
      h('a', { class: 'skip-link', href: '#main' }, wm.skipToContent),
      h('header', { class: 'wm-header' }, h('div', {}, h('h1', {}, wm.heading), this.planName), this.links, nav.el, languagePicker('wm-lang')),
      this.main,
      this.status,
    );
  }

  async start(): Promise<void> {
    replace(this.main, h('p', { class: 'loading' }, wm.loading));
    replace(this.links, h('a', { class: 'button', href: `/p/${encodeURIComponent(this.slug)}` }, wm.backToMap));
    try {
      const plan = await getPlan(this.slug);
      document.title = wm.pageTitle(plan.title);
      replace(this.planName, plan.title);
      const me = await getMe().catch(() => null);
      if (!me) return this.refuse(wm.signIn);
      const heard = await getParticipation(this.slug);
      this.links.append(h('a', { class: 'button', href: staffReportUrl(this.slug, heard.to) }, wm.staffReport));
      this.render(heard);
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) return this.refuse(err.status === 401 ? wm.signIn : wm.staffOnly);
      const notFound = err instanceof ApiError && err.status === 404;
      replace(this.main, h('p', { class: 'note' }, notFound ? wm.notFound : wm.loadFailed));
    }
  }

  private refuse(text: string): void {
    replace(this.main, h('p', { class: 'note wm-refused' }, text), h('p', {}, h('a', { href: `/account/signin?next=${encodeURIComponent(location.pathname)}` }, wm.signIn)));
  }

  private render(heard: WhoIsHeard): void {
    const listId = uid('wm-list');
    const mapBox = h('div', { class: 'wm-map' });
    const ordered = heard.knock_next.map((s) => heard.features.find((f) => f.properties.slug === s)).filter((f): f is Feature => f != null);
    replace(
      this.main,
      h('p', { class: 'wm-intro' }, wm.intro(monthName(heard.from), monthName(heard.to))),
      h('p', { class: 'wm-privacy' }, wm.privacy),
      heard.population_sources.length ? h('p', { class: 'wm-source' }, wm.source(heard.population_sources.join('; '))) : null,
      h(
        'div',
        { class: 'wm-layout' },
        h('div', { class: 'wm-map-column' }, this.shadeChooser(heard), mapBox, this.legend),
        h(
          'section',
          { class: 'wm-list', 'aria-labelledby': listId },
          h('h2', { id: listId }, wm.listHeading),
          h('p', {}, wm.listIntro),
          ordered.length ? h('ol', { class: 'wm-knock' }, ...ordered.map((f) => this.item(f))) : h('p', {}, wm.none),
        ),
      ),
    );
    this.map = new ParticipationMap(mapBox, this.slug, heard);
    window.__whosMissing = { map: this.map.map, state: () => this.map?.state() ?? { selected: null } };
    this.showLegend('rate', heard);
  }

  private shadeChooser(heard: WhoIsHeard): HTMLElement {
    const name = uid('wm-shade');
    const option = (value: Shade, label: string) => {
      const id = uid('wm-shade-option');
      const input = h('input', { type: 'radio', name, id, value, checked: value === 'rate' });
      input.addEventListener('change', () => {
        if (!input.checked) return;
        this.map?.shade(value);
        this.showLegend(value, heard);
      });
      return h('div', { class: 'wm-radio' }, input, h('label', { for: id }, label));
    };
    return h('fieldset', { class: 'wm-shade' }, h('legend', {}, wm.shadeLegend), option('rate', wm.shadeRate), option('band', wm.shadeBand));
  }

  private showLegend(by: Shade, heard: WhoIsHeard): void {
    const items: HTMLElement[] = [];
    if (by === 'rate') {
      items.push(h('li', {}, swatch(CLASS_COLOURS[0]), wm.legendNoRate));
      let from = 0;
      heard.class_bounds.forEach((to, i) => {
        items.push(h('li', {}, swatch(CLASS_COLOURS[i + 1]), wm.legendRange(from, to)));
        from = to;
      });
    } else {
      for (const [d, colour] of Object.entries(DIMENSION_COLOURS) as [Dimension, string][]) {
        items.push(h('li', {}, swatch(colour, d), dimension(d)));
      }
      items.push(h('li', {}, swatch(NO_BAND), wm.legendNoBand));
    }
    replace(this.legend, h('h2', { class: 'wm-legend-heading' }, wm.legendHeading), h('ul', { class: 'wm-legend-list', 'data-shade': by }, ...items));
  }

  private item(f: Feature): HTMLElement {
    const p = f.properties;
    const button = h(
      'button',
      { type: 'button', class: 'wm-place', 'data-slug': p.slug },
      h('strong', { class: 'wm-name' }, p.name),
      h('span', {}, wm.rate(p)),
      h('span', {}, wm.representativeness(p.representativeness)),
      h('span', {}, wm.leastHeard(p)),
      h('span', { class: 'wm-muted' }, wm.participantsLine(p)),
    );
    const show = () => {
      this.map?.focus(p.slug);
      for (const b of this.main.querySelectorAll('.wm-place[aria-current]')) b.removeAttribute('aria-current');
      button.setAttribute('aria-current', 'true');
    };
    button.addEventListener('focus', () => this.map?.focus(p.slug));
    button.addEventListener('click', () => {
      show();
      this.say(wm.shown(p.name));
    });
    return h('li', {}, button);
  }

  private say(text: string): void {
    this.status.textContent = '';
    window.setTimeout(() => (this.status.textContent = text), 50);
  }
}

export async function startWhosMissing(pathname: string): Promise<void> {
  const m = /^\/p\/([^/]+)\/whos-missing\/?$/.exec(pathname);
  const slug = m ? decodeURIComponent(m[1]) : '';
  await initI18n(['whos-missing', 'report', 'account', 'map', 'common']);
  await new WhosMissingPage(slug).start();
}
