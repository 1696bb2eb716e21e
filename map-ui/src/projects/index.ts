// The community energy pages (issue 19):
//   /p/{plan}/projects              the plan's projects by stage, a small map of their sites,
//                                   "Start a project" for people signed in
//   /p/{plan}/projects/{slug}       a project: story, site, stage, updates, figures, volunteer
//                                   roles with their sign-up forms, the checklist; its team
//                                   edits it on the same page (when the server says they may)
//   /p/{plan}/champions             register as a champion; find champions near a place
//   /p/{plan}/learn[/{module}]      the learning library, a module and its quiz
//   /p/{plan}/energy-community      the city-wide totals as charts with their tables
// User text goes in as text; a module's HTML is the server's, sanitised there.

import maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { AccountNav } from '../account-nav';
import { ApiError, getMe, getNeighbourhoods, getPlan, styleUrl, type Me, type Neighbourhood } from '../api';
import { append, focus, h, markUserText, replace, uid } from '../dom';
import { formatDate, formatNumber, initI18n, languagePicker, t } from '../i18n';
import { useRtlTextPlugin } from '../map';
import { signedInHint } from '../session';
import { energy as energyStrings } from '../strings';
import { projectsApi as api, siteCentre, STAGES, STEPS, TOPICS, type Champion, type Module, type Project, type ProjectPage, type Stage } from './api';
import { STAGE_COLOURS, stageLabel, stepLabel, topicLabel } from './labels';
import { barChart } from './chart';
import { Field, note, problem, showFieldErrors } from './forms';
import { teamTools } from './team-tools';
import './projects.css';

const enc = encodeURIComponent;
const day = (iso: string) => formatDate(new Date(`${iso.slice(0, 10)}T12:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
const monthName = (ym: string) => formatDate(new Date(`${ym}-15T12:00:00Z`), { month: 'long', year: 'numeric', timeZone: 'UTC' });
const kwp = (n: number) => t('projects-kwp', { kwp: formatNumber(n, { maximumFractionDigits: 1 }) });
const techLabel = (tech: string) => energyStrings.technologies[tech] ?? t('projects-technology-other');
const userP = (text: string, cls = '') => markUserText(h('p', { class: cls || null }, text));

function bounds(sites: (GeoJSON.Point | GeoJSON.Polygon)[]): [number, number, number, number] | null {
  let [w, s, e, n] = [180, 90, -180, -90];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as number[];
      [w, s, e, n] = [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)];
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  sites.forEach((g) => visit(g.coordinates));
  if (w > e) return null;
  const pad = 0.004;
  return [w - pad, s - pad, e + pad, n + pad];
}

/** A small map of project sites, coloured by stage. The list beside it is its alternative. */
function sitesMap(container: HTMLElement, plan: string, projects: Project[], label: string): void {
  const b = bounds(projects.map((p) => p.site));
  if (!b) {
    container.remove();
    return;
  }
  useRtlTextPlugin();
  const map = new maplibregl.Map({
    container,
    style: styleUrl(plan),
    bounds: b,
    fitBoundsOptions: { padding: 24, maxZoom: 16 },
    attributionControl: { compact: true },
    dragRotate: false,
    pitchWithRotate: false,
    fadeDuration: 0,
  });
  map.keyboard.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.getCanvas().setAttribute('aria-label', label);
  const features: GeoJSON.Feature[] = projects.map((p) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: siteCentre(p.site) },
    properties: { colour: STAGE_COLOURS[p.stage] },
  }));
  const outlines: GeoJSON.Feature[] = projects.filter((p) => p.site.type === 'Polygon').map((p) => ({ type: 'Feature', geometry: p.site, properties: {} }));
  map.once('load', () => {
    map.addSource('pj-outlines', { type: 'geojson', data: { type: 'FeatureCollection', features: outlines } });
    map.addLayer({ id: 'pj-outline', type: 'line', source: 'pj-outlines', paint: { 'line-color': '#0b4f7c', 'line-width': 2.5 } });
    map.addSource('pj-sites', { type: 'geojson', data: { type: 'FeatureCollection', features } });
    map.addLayer({
      id: 'pj-site',
      type: 'circle',
      source: 'pj-sites',
      paint: { 'circle-radius': 8, 'circle-color': ['get', 'colour'], 'circle-stroke-color': '#fff', 'circle-stroke-width': 2 },
    });
  });
}

/** The stage as a stepper: every stage in order, the current one marked. */
function stepper(stage: Stage): HTMLElement {
  const at = STAGES.indexOf(stage);
  return h(
    'ol',
    { class: 'pj-stepper', 'aria-label': t('projects-stage-heading') },
    ...STAGES.map((s, i) =>
      h(
        'li',
        { class: i < at ? 'pj-done' : i === at ? 'pj-current' : 'pj-todo', 'aria-current': i === at ? 'step' : null },
        h('span', { class: 'pj-step-n', 'aria-hidden': 'true' }, String(i + 1)),
        ' ',
        stageLabel(s),
        i < at ? h('span', { class: 'visually-hidden' }, ` (${t('projects-stage-done')})`) : null,
        i === at ? h('span', { class: 'visually-hidden' }, ` (${t('projects-stage-now')})`) : null,
      ),
    ),
  );
}

class ProjectsPages {
  readonly main = h('main', { id: 'main', class: 'pj-main', tabindex: -1 });
  private readonly status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private readonly planName = h('p', { class: 'pj-plan' });
  private readonly heading = h('h1', {}, t('projects-heading'));
  private readonly links = h('nav', { class: 'pj-links', 'aria-label': t('projects-links') });
  private me: Me | null = null;

  constructor(readonly plan: string) {
    document.body.className = 'pj-page';
    document.body.removeAttribute('data-view');
    document.body.removeAttribute('data-mode');
    const nav = new AccountNav();
    replace(
      document.body,
      h('a', { class: 'skip-link', href: '#main' }, t('projects-skip-to-content')),
      h('header', { class: 'pj-header' }, h('div', {}, this.heading, this.planName), this.links, nav.el, languagePicker('pj-lang')),
      this.main,
      this.status,
    );
  }

  say(text: string): void {
    this.status.textContent = '';
    window.setTimeout(() => (this.status.textContent = text), 50);
  }

  private url(...parts: string[]): string {
    return `/p/${enc(this.plan)}/${parts.map(enc).join('/')}`;
  }

  async route(section: string, rest: string): Promise<void> {
    replace(this.main, h('p', { class: 'loading' }, t('projects-loading')));
    replace(
      this.links,
      h('a', { class: 'button', href: `/p/${enc(this.plan)}` }, t('projects-back-to-map')),
      h('a', { class: 'button', href: this.url('projects') }, t('projects-all-projects')),
      h('a', { class: 'button', href: this.url('champions') }, t('projects-champions-link')),
      h('a', { class: 'button', href: this.url('learn') }, t('projects-learn-link')),
      h('a', { class: 'button', href: this.url('energy-community') }, t('projects-city-link')),
    );
    const current = this.links.querySelector<HTMLAnchorElement>(`a[href="${this.url(section)}"]`);
    if (current && !rest) current.setAttribute('aria-current', 'page');
    try {
      // Asked only when this browser signed in before: a visitor is never answered 401.
      const [plan, me] = await Promise.all([getPlan(this.plan), signedInHint() ? getMe().catch(() => null) : null]);
      this.me = me;
      replace(this.planName, plan.title);
      markUserText(this.planName);
      const parts = rest.split('/').filter(Boolean).map(decodeURIComponent);
      if (section === 'projects' && parts.length === 0) return await this.list(plan.title);
      if (section === 'projects' && parts[0] === 'new' && parts.length === 1) return await this.start();
      if (section === 'projects' && parts.length === 1) return await this.project(parts[0]);
      if (section === 'champions' && parts.length === 0) return await this.champions();
      if (section === 'learn' && parts.length === 0) return await this.library();
      if (section === 'learn' && parts.length === 1) return await this.module(parts[0]);
      if (section === 'energy-community' && parts.length === 0) return await this.cityWide(plan.title);
      replace(this.main, h('p', { class: 'note' }, t('projects-not-found')));
    } catch (err) {
      replace(this.main, h('p', { class: 'note pj-alert' }, problem(err)), this.signInLink(err));
    }
  }

  private signInLink(err: unknown): HTMLElement | null {
    return err instanceof ApiError && err.status === 401 ? this.signIn() : null;
  }

  private signIn(): HTMLElement {
    return h('p', {}, h('a', { href: `/account/signin?next=${enc(location.pathname + location.search)}` }, t('projects-sign-in')));
  }

  private title(text: string, documentTitle: string): void {
    replace(this.heading, text);
    document.title = documentTitle;
  }

  // ---- The plan's projects ----

  private async list(planTitle: string): Promise<void> {
    this.title(t('projects-heading'), t('projects-page-title', { plan: planTitle }));
    const projects = await api.list(this.plan);
    const mapBox = h('div', { class: 'pj-map' });
    const byStage = STAGES.map((s) => [s, projects.filter((p) => p.stage === s)] as const).filter(([, list]) => list.length);
    replace(
      this.main,
      h('p', { class: 'pj-intro' }, t('projects-intro')),
      h(
        'p',
        { class: 'pj-buttons' },
        this.me
          ? h('a', { class: 'button primary', href: this.url('projects', 'new') }, t('projects-start'))
          : h('a', { class: 'button', href: `/account/signin?next=${enc(this.url('projects', 'new'))}` }, t('projects-sign-in-to-start')),
        h('a', { class: 'button', href: this.url('energy-community') }, t('projects-city-link')),
      ),
      projects.length ? h('div', { class: 'pj-map-wrap' }, mapBox, h('p', { class: 'pj-hint' }, t('projects-map-legend'))) : null,
      ...(projects.length
        ? byStage.map(([stage, list]) =>
            h(
              'section',
              { 'aria-labelledby': `pj-stage-${stage}` },
              h('h2', { id: `pj-stage-${stage}` }, h('span', { class: `pj-dot pj-dot-${stage}`, 'aria-hidden': 'true' }), ' ', stageLabel(stage)),
              h(
                'ul',
                { class: 'pj-list' },
                ...list.map((p) =>
                  h(
                    'li',
                    {},
                    markUserText(h('a', { href: this.url('projects', p.slug) }, h('strong', {}, p.title))),
                    h('p', { class: 'pj-muted' }, [techLabel(p.technology), p.kwp != null ? kwp(p.kwp) : null].filter(Boolean).join(' · ')),
                  ),
                ),
              ),
            ),
          )
        : [h('p', {}, t('projects-none'))]),
    );
    if (projects.length) sitesMap(mapBox, this.plan, projects, t('projects-map-label'));
  }

  // ---- Start a project (no proposal: a retrofit club, a bulk-buy) ----

  private async start(): Promise<void> {
    this.title(t('projects-start'), t('projects-start'));
    if (!this.me) {
      replace(this.main, h('p', {}, t('projects-sign-in-needed')), this.signIn());
      return;
    }
    const neighbourhoods = await getNeighbourhoods(this.plan);
    const title = new Field('title', t('projects-field-title'), h('input', { type: 'text', required: true, maxlength: 120 }));
    const story = new Field('story', t('projects-field-story'), h('textarea', { rows: 5, maxlength: 8000 }));
    const tech = h('select', {}, ...Object.entries(energyStrings.technologies).map(([code, label]) => h('option', { value: code }, label)));
    const technology = new Field('technology', t('projects-field-technology'), tech);
    const where = h('select', { required: true }, h('option', { value: '' }, t('projects-choose')), ...this.neighbourhoodOptions(neighbourhoods));
    const site = new Field('site', t('projects-field-site'), where, t('projects-field-site-hint'));
    const fields = [title, story, technology, site];
    const message = h('div', {});
    const form = h('form', { class: 'pj-form', novalidate: true }, ...fields.map((f) => f.el), h('button', { type: 'submit', class: 'button primary' }, t('projects-create')), message);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      void (async () => {
        const n = neighbourhoods.find((x) => x.properties.slug === where.value);
        if (!n) {
          site.show(t('projects-choose-place'));
          return focus(where);
        }
        try {
          const created = await api.create(this.plan, {
            title: (title.control as HTMLInputElement).value,
            story: (story.control as HTMLTextAreaElement).value,
            technology: tech.value,
            site: { type: 'Point', coordinates: n.properties.centre },
          });
          location.assign(this.url('projects', created.slug));
        } catch (err) {
          if (!showFieldErrors(fields, err)) replace(message, note('error', problem(err)));
        }
      })();
    });
    replace(this.main, h('p', { class: 'pj-intro' }, t('projects-start-intro')), form);
  }

  private neighbourhoodOptions(neighbourhoods: Neighbourhood[]): HTMLOptionElement[] {
    return [...neighbourhoods]
      .sort((a, b) => a.properties.name.localeCompare(b.properties.name))
      .map((n) => markUserText(h('option', { value: n.properties.slug }, n.properties.name)));
  }

  // ---- One project ----

  private async project(slug: string): Promise<void> {
    const [page, modules] = await Promise.all([api.page(this.plan, slug), api.library(this.plan).catch(() => [] as Module[])]);
    this.title(page.title, t('projects-project-title', { project: page.title }));
    markUserText(this.heading);
    const mapBox = h('div', { class: 'pj-map pj-map-small' });
    const sections: (HTMLElement | null)[] = [
      h(
        'section',
        { 'aria-labelledby': 'pj-story-h' },
        h('h2', { id: 'pj-story-h', class: 'visually-hidden' }, t('projects-story')),
        h('p', { class: 'pj-muted' }, techLabel(page.technology)),
        ...(page.story ? page.story.split(/\n{2,}/).map((para) => userP(para)) : [h('p', {}, t('projects-no-story'))]),
        this.followButton(page),
      ),
      this.stageSection(page),
      h('section', { 'aria-labelledby': 'pj-site-h' }, h('h2', { id: 'pj-site-h' }, t('projects-site')), mapBox, h('p', { class: 'pj-hint' }, page.site.type === 'Polygon' ? t('projects-site-outline') : t('projects-site-point'))),
      this.figuresSection(page),
      this.rolesSection(page),
      this.updatesSection(page),
      page.milestones.length
        ? h(
            'section',
            { 'aria-labelledby': 'pj-ms-h' },
            h('h2', { id: 'pj-ms-h' }, t('projects-milestones')),
            h(
              'ul',
              {},
              ...page.milestones.map((m) =>
                h(
                  'li',
                  {},
                  markUserText(h('span', {}, m.title)),
                  ' ',
                  h('span', { class: 'pj-muted' }, m.done_on ? t('projects-milestone-done', { date: day(m.done_on) }) : m.due_month ? t('projects-milestone-due', { month: monthName(m.due_month) }) : ''),
                ),
              ),
            ),
          )
        : null,
      page.documents.length
        ? h(
            'section',
            { 'aria-labelledby': 'pj-docs-h' },
            h('h2', { id: 'pj-docs-h' }, t('projects-documents')),
            h(
              'ul',
              {},
              ...page.documents.map((d) =>
                h('li', {}, markUserText(h('a', { href: d.url, download: '' }, d.title)), ' ', h('span', { class: 'pj-muted' }, t('projects-kb', { kb: formatNumber(Math.max(1, Math.round(d.byte_size / 1024))) }))),
              ),
            ),
          )
        : null,
      h(
        'section',
        { 'aria-labelledby': 'pj-team-h' },
        h('h2', { id: 'pj-team-h' }, t('projects-team')),
        h(
          'ul',
          {},
          ...page.team.map((m) =>
            h('li', {}, m.display_name ? markUserText(h('span', {}, m.display_name)) : t('projects-unnamed'), ' ', h('span', { class: 'pj-muted' }, m.role === 'lead' ? t('projects-role-lead') : t('projects-role-member'))),
          ),
        ),
      ),
      this.checklistSection(page, modules),
      page.can_edit
        ? teamTools(page, {
            changed: async (message, headingId) => {
              await this.project(page.slug);
              this.say(message);
              focus(document.getElementById(headingId));
            },
            url: (...parts) => this.url(...parts),
          })
        : null,
    ];
    replace(this.main, ...sections);
    sitesMap(mapBox, this.plan, [page], t('projects-site-map-label', { project: page.title }));
  }

  private followButton(page: ProjectPage): HTMLElement {
    const box = h('div', { class: 'pj-follow' });
    if (!this.me) {
      replace(box, h('a', { href: `/account/signin?next=${enc(location.pathname)}` }, t('projects-sign-in-to-follow')));
      return box;
    }
    const button = h('button', { type: 'button', class: 'button' }, t('projects-follow'));
    button.addEventListener('click', () => {
      void api.follow(page.id).then(
        () => replace(box, note('ok', t('projects-following'))),
        (err: unknown) => box.append(note('error', problem(err))),
      );
    });
    replace(box, button, h('p', { class: 'pj-hint' }, t('projects-follow-hint')));
    return box;
  }

  private stageSection(page: ProjectPage): HTMLElement {
    const box = h('section', { 'aria-labelledby': 'pj-stage-h' }, h('h2', { id: 'pj-stage-h' }, t('projects-stage-heading')), stepper(page.stage));
    if (page.can_edit && page.next_stages.length) {
      const message = h('div', {});
      box.append(
        h(
          'div',
          { class: 'pj-buttons' },
          ...page.next_stages.map((to) =>
            h(
              'button',
              {
                type: 'button',
                class: STAGES.indexOf(to) > STAGES.indexOf(page.stage) ? 'button primary' : 'button',
                onclick: () =>
                  void api.move(page.id, to).then(
                    async () => {
                      await this.project(page.slug);
                      this.say(t('projects-stage-moved', { stage: stageLabel(to) }));
                      focus(document.getElementById('pj-stage-h'));
                    },
                    (err: unknown) => replace(message, note('error', problem(err))),
                  ),
              },
              STAGES.indexOf(to) > STAGES.indexOf(page.stage) ? t('projects-move-forward', { stage: stageLabel(to) }) : t('projects-move-back', { stage: stageLabel(to) }),
            ),
          ),
        ),
        message,
      );
    }
    return box;
  }

  private figuresSection(page: ProjectPage): HTMLElement {
    const rows: [string, string][] = [];
    if (page.kwp != null) rows.push([t('projects-figure-kwp'), kwp(page.kwp)]);
    if (page.homes_served != null) rows.push([t('projects-figure-homes'), formatNumber(page.homes_served)]);
    if (page.buildings_served != null) rows.push([t('projects-figure-buildings'), formatNumber(page.buildings_served)]);
    const box = h(
      'section',
      { 'aria-labelledby': 'pj-fig-h' },
      h('h2', { id: 'pj-fig-h' }, t('projects-figures')),
      rows.length ? h('dl', { class: 'pj-figures' }, ...rows.flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])) : h('p', {}, t('projects-no-figures')),
    );
    if (page.generation.length) {
      const months = [...page.generation].sort((a, b) => a.month.localeCompare(b.month));
      box.append(
        h('h3', { id: 'pj-gen-h' }, t('projects-generation')),
        barChart(
          months.map((g) => ({ label: monthName(g.month), value: g.kwh, text: t('projects-kwh', { kwh: formatNumber(g.kwh, { maximumFractionDigits: 0 }) }) })),
          t('projects-generation-chart'),
        ),
        h(
          'table',
          { class: 'pj-table', 'aria-labelledby': 'pj-gen-h' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('projects-month')), h('th', { scope: 'col' }, t('projects-generation-kwh')))),
          h('tbody', {}, ...months.map((g) => h('tr', {}, h('th', { scope: 'row' }, monthName(g.month)), h('td', {}, formatNumber(g.kwh, { maximumFractionDigits: 0 }))))),
        ),
      );
    }
    return box;
  }

  private rolesSection(page: ProjectPage): HTMLElement {
    const open = page.roles.filter((r) => r.open);
    return h(
      'section',
      { 'aria-labelledby': 'pj-roles-h' },
      h('h2', { id: 'pj-roles-h' }, t('projects-get-involved')),
      open.length
        ? h(
            'ul',
            { class: 'pj-roles' },
            ...open.map((r) => {
              const headingId = uid('pj-role');
              const email = new Field('email', t('projects-your-email'), h('input', { type: 'email', autocomplete: 'email', required: true, maxlength: 254 }));
              const name = new Field('name', t('projects-your-name'), h('input', { type: 'text', autocomplete: 'name', maxlength: 80 }));
              const message = h('div', {});
              const form = h(
                'form',
                { class: 'pj-form', novalidate: true, 'aria-labelledby': headingId },
                email.el,
                name.el,
                h('button', { type: 'submit', class: 'button primary' }, t('projects-sign-up')),
                message,
              );
              form.addEventListener('submit', (ev) => {
                ev.preventDefault();
                const address = (email.control as HTMLInputElement).value.trim();
                if (!address) {
                  email.show(t('projects-email-needed'));
                  return focus(email.control);
                }
                void api.signUp(page.id, r.id, address, (name.control as HTMLInputElement).value.trim()).then(
                  () => {
                    email.show(null);
                    replace(message, note('ok', t('projects-check-inbox', { email: address })));
                  },
                  (err: unknown) => {
                    if (!showFieldErrors([email, name], err)) replace(message, note('error', problem(err)));
                  },
                );
              });
              return h(
                'li',
                {},
                markUserText(h('h3', { id: headingId }, r.title)),
                r.description ? userP(r.description) : null,
                h('p', { class: 'pj-muted' }, t('projects-volunteers-count', { count: r.volunteers })),
                form,
              );
            }),
          )
        : h('p', {}, t('projects-no-roles')),
    );
  }

  private updatesSection(page: ProjectPage): HTMLElement {
    return h(
      'section',
      { 'aria-labelledby': 'pj-updates-h' },
      h('h2', { id: 'pj-updates-h' }, t('projects-updates')),
      page.updates.length
        ? h(
            'ol',
            { class: 'pj-updates' },
            ...page.updates.map((u) =>
              h(
                'li',
                {},
                h('h3', {}, h('time', { datetime: u.posted_on }, day(u.posted_on))),
                ...u.text.split(/\n{2,}/).map((para) => userP(para)),
                u.photo ? h('figure', {}, h('img', { src: u.photo.url, alt: u.photo.alt }), u.photo.alt ? markUserText(h('figcaption', {}, u.photo.alt)) : null) : null,
              ),
            ),
          )
        : h('p', {}, t('projects-no-updates')),
    );
  }

  private checklistSection(page: ProjectPage, modules: Module[]): HTMLElement {
    const list = h(
      'ol',
      { class: 'pj-checklist' },
      ...STEPS.map((step) => {
        const done = page.checklist.includes(step);
        const stepId = uid('pj-step');
        const control = page.can_edit
          ? (() => {
              const box = h('input', { type: 'checkbox', id: stepId, checked: done });
              box.addEventListener('change', () => {
                void api.setStep(page.id, step, box.checked).then(
                  () => this.say(box.checked ? t('projects-step-ticked', { step: stepLabel(step) }) : t('projects-step-unticked', { step: stepLabel(step) })),
                  (err: unknown) => {
                    box.checked = !box.checked;
                    this.say(problem(err));
                  },
                );
              });
              return h('div', { class: 'pj-check' }, box, h('label', { for: stepId }, stepLabel(step)));
            })()
          : h('p', { class: 'pj-step-name' }, stepLabel(step), ' ', h('span', { class: done ? 'pj-ok-text' : 'pj-muted' }, done ? t('projects-step-done') : t('projects-step-not-yet')));
        const related = modules.filter((m) => m.step === step);
        return h(
          'li',
          {},
          control,
          step === 'check_network'
            ? h(
                'p',
                {},
                h('a', { href: page.proposal ? `/p/${enc(this.plan)}#/proposal/${page.proposal}` : `/p/${enc(this.plan)}` }, page.proposal ? t('projects-open-feasibility') : t('projects-open-network')),
              )
            : null,
          related.length
            ? h(
                'ul',
                { class: 'pj-modules', 'aria-label': t('projects-modules-for', { step: stepLabel(step) }) },
                ...related.map((m) => h('li', {}, markUserText(h('a', { href: this.url('learn', m.slug) }, m.title)), m.completed ? h('span', { class: 'pj-ok-text' }, ` ${t('projects-module-completed')}`) : null)),
              )
            : null,
        );
      }),
    );
    return h('section', { 'aria-labelledby': 'pj-check-h' }, h('h2', { id: 'pj-check-h' }, t('projects-checklist')), h('p', { class: 'pj-hint' }, t('projects-checklist-intro')), list);
  }

  // ---- Champions ----

  private async champions(): Promise<void> {
    this.title(t('projects-champions-heading'), t('projects-champions-heading'));
    const [neighbourhoods, projects] = await Promise.all([getNeighbourhoods(this.plan), api.list(this.plan)]);
    replace(
      this.main,
      h('p', { class: 'pj-intro' }, t('projects-champions-intro')),
      this.findChampions(neighbourhoods, projects),
      this.registerChampion(neighbourhoods),
    );
    const near = new URLSearchParams(location.search).get('near');
    if (near) document.querySelector<HTMLFormElement>('#pj-find-form')?.requestSubmit();
  }

  private findChampions(neighbourhoods: Neighbourhood[], projects: Project[]): HTMLElement {
    const preset = new URLSearchParams(location.search).get('near');
    const place = h(
      'select',
      {},
      projects.length
        ? h('optgroup', { label: t('projects-near-a-project') }, ...projects.map((p) => markUserText(h('option', { value: `project:${p.slug}`, selected: preset === p.slug }, p.title))))
        : null,
      h('optgroup', { label: t('projects-near-a-neighbourhood') }, ...this.neighbourhoodOptions(neighbourhoods).map((o) => ((o.value = `nb:${o.value}`), o))),
    );
    const field = new Field('near', t('projects-near'), place);
    const results = h('div', { 'aria-live': 'polite' });
    const form = h('form', { id: 'pj-find-form', class: 'pj-form' }, field.el, h('button', { type: 'submit', class: 'button primary' }, t('projects-find')));
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      const [kind, slug] = place.value.split(/:(.*)/);
      let at: [number, number] | null = null;
      let where = '';
      if (kind === 'project') {
        const p = projects.find((x) => x.slug === slug);
        if (p) [at, where] = [siteCentre(p.site), p.title];
      } else {
        const n = neighbourhoods.find((x) => x.properties.slug === slug);
        if (n) [at, where] = [n.properties.centre, n.properties.name];
      }
      if (!at) return;
      void api.champions(this.plan, at).then(
        (list) => replace(results, this.championList(list, where)),
        (err: unknown) => replace(results, note('error', err instanceof ApiError && err.status === 403 ? t('projects-champions-refused') : problem(err)), this.signInLink(err)),
      );
    });
    return h('section', { 'aria-labelledby': 'pj-find-h' }, h('h2', { id: 'pj-find-h' }, t('projects-find-champions')), h('p', { class: 'pj-hint' }, t('projects-find-hint')), form, results);
  }

  private championList(list: Champion[], where: string): HTMLElement {
    const heading = h('h3', { tabindex: -1 }, t('projects-champions-near', { place: where, count: list.length }));
    const box = h(
      'div',
      {},
      heading,
      list.length
        ? h(
            'ul',
            { class: 'pj-list pj-champions' },
            ...list.map((c) =>
              h(
                'li',
                {},
                markUserText(h('strong', {}, c.name)),
                c.distance_m != null ? h('span', { class: 'pj-muted' }, ` · ${t('projects-distance', { km: formatNumber(c.distance_m / 1000, { maximumFractionDigits: 1 }) })}`) : null,
                h('p', {}, t('projects-covers'), ' ', markUserText(h('span', {}, c.neighbourhood_names.join(', ')))),
                c.can_help_with.length ? h('p', {}, t('projects-helps-with', { topics: c.can_help_with.map(topicLabel).join(', ') })) : null,
                c.training ? h('p', {}, t('projects-training'), ' ', markUserText(h('span', {}, c.training))) : null,
                c.modules.length ? h('p', { class: 'pj-muted' }, t('projects-modules-done', { count: c.modules.length })) : null,
                h('p', {}, h('a', { href: `mailto:${c.email}` }, t('projects-write-to', { name: c.name }))),
              ),
            ),
          )
        : h('p', {}, t('projects-no-champions')),
    );
    queueMicrotask(() => focus(heading));
    return box;
  }

  private registerChampion(neighbourhoods: Neighbourhood[]): HTMLElement {
    const section = h('section', { 'aria-labelledby': 'pj-reg-h' }, h('h2', { id: 'pj-reg-h' }, t('projects-become-champion')));
    if (!this.me) {
      append(section, h('p', {}, t('projects-champion-sign-in')), this.signIn());
      return section;
    }
    const name = new Field('name', t('projects-champion-name'), h('input', { type: 'text', required: true, maxlength: 80, autocomplete: 'name', value: this.me.display_name ?? '' }));
    const groupBox = (legend: string, fieldName: string, items: [string, string][], hint: string) => {
      const error = h('p', { class: 'pj-error', id: uid('pj-err'), hidden: true });
      const hintEl = h('p', { class: 'pj-hint', id: uid('pj-hint') }, hint);
      const fs = h(
        'fieldset',
        { class: 'pj-choices', 'aria-describedby': `${hintEl.id} ${error.id}` },
        h('legend', {}, legend),
        hintEl,
        error,
        h(
          'div',
          { class: 'pj-choice-list' },
          ...items.map(([value, label]) => {
            const id = uid('pj-opt');
            return h('div', { class: 'pj-check' }, h('input', { type: 'checkbox', id, name: fieldName, value }), markUserText(h('label', { for: id }, label)));
          }),
        ),
      );
      const values = () => [...fs.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
      const show = (m: string | null) => {
        error.hidden = !m;
        error.textContent = m ?? '';
      };
      return { fs, values, show };
    };
    const covers = groupBox(
      t('projects-champion-covers'),
      'neighbourhoods',
      [...neighbourhoods].sort((a, b) => a.properties.name.localeCompare(b.properties.name)).map((n) => [n.properties.slug, n.properties.name]),
      t('projects-champion-covers-hint'),
    );
    const topics = groupBox(t('projects-champion-topics'), 'can_help_with', TOPICS.map((x) => [x, topicLabel(x)]), t('projects-champion-topics-hint'));
    topics.fs.querySelectorAll('label').forEach((l) => {
      l.removeAttribute('translate');
      l.removeAttribute('data-user-text');
    });
    const training = new Field('training', t('projects-champion-training'), h('textarea', { rows: 3, maxlength: 1000 }), t('projects-champion-training-hint'));
    const message = h('div', {});
    const form = h('form', { class: 'pj-form', novalidate: true }, name.el, covers.fs, topics.fs, training.el, h('button', { type: 'submit', class: 'button primary' }, t('projects-register')), message);
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      covers.show(null);
      const chosen = covers.values();
      if (!chosen.length) {
        covers.show(t('projects-choose-neighbourhood'));
        return focus(covers.fs.querySelector('input'));
      }
      void api
        .register(this.plan, {
          name: (name.control as HTMLInputElement).value,
          neighbourhoods: chosen,
          can_help_with: topics.values() as never,
          training: (training.control as HTMLTextAreaElement).value,
        })
        .then(
          () => {
            replace(message, note('ok', t('projects-registered')));
            message.append(h('p', {}, h('a', { href: this.url('learn') }, t('projects-go-to-library'))));
          },
          (err: unknown) => {
            if (err instanceof ApiError && err.status === 422) {
              const bad = err.errors.find((e) => e.field === 'neighbourhoods');
              if (bad) covers.show(`${t('projects-field-problem')} ${bad.message}`);
            }
            if (!showFieldErrors([name, training], err)) replace(message, note('error', problem(err)));
          },
        );
    });
    section.append(h('p', { class: 'pj-hint' }, t('projects-champion-what')), form);
    return section;
  }

  // ---- The learning library ----

  private async library(): Promise<void> {
    this.title(t('projects-library-heading'), t('projects-library-heading'));
    const modules = await api.library(this.plan);
    replace(
      this.main,
      h('p', { class: 'pj-intro' }, t('projects-library-intro')),
      modules.length
        ? h(
            'ul',
            { class: 'pj-list' },
            ...modules.map((m) =>
              h(
                'li',
                {},
                markUserText(h('a', { href: this.url('learn', m.slug) }, h('strong', {}, m.title))),
                ' ',
                m.completed ? h('span', { class: 'pj-ok-text' }, t('projects-module-completed')) : null,
                m.step ? h('p', { class: 'pj-muted' }, t('projects-module-step', { step: stepLabel(m.step) })) : null,
              ),
            ),
          )
        : h('p', {}, t('projects-no-modules')),
    );
  }

  private async module(slug: string): Promise<void> {
    const modules = await api.library(this.plan);
    const m = modules.find((x) => x.slug === slug);
    if (!m) {
      replace(this.main, h('p', { class: 'note' }, t('projects-not-found')));
      return;
    }
    this.title(m.title, t('projects-module-title', { module: m.title }));
    markUserText(this.heading);
    const body = markUserText(h('div', { class: 'pj-module-body' }));
    body.innerHTML = m.body_html; // rendered and sanitised by the server (raw HTML shown as text)
    const done = h('p', { class: 'pj-ok-text', role: 'status' }, m.completed ? t('projects-module-completed-long') : '');
    const message = h('div', {});
    const errors: HTMLElement[] = [];
    const questions = m.quiz.map((q, qi) => {
      const legendId = uid('pj-q');
      const error = h('p', { class: 'pj-error', id: `${legendId}-error`, hidden: true });
      errors.push(error);
      return h(
        'fieldset',
        { class: 'pj-choices', 'aria-describedby': error.id },
        markUserText(h('legend', { id: legendId }, q.question)),
        error,
        ...q.options.map((o, oi) => {
          const id = uid('pj-opt');
          return h('div', { class: 'pj-radio' }, h('input', { type: 'radio', name: `q${qi}`, id, value: String(oi), required: true }), markUserText(h('label', { for: id }, o)));
        }),
      );
    });
    const form = h(
      'form',
      { class: 'pj-form pj-quiz', novalidate: true, 'aria-labelledby': 'pj-quiz-h' },
      h('h2', { id: 'pj-quiz-h' }, m.quiz.length ? t('projects-quiz') : t('projects-mark-done-heading')),
      ...questions,
      h('button', { type: 'submit', class: 'button primary' }, m.quiz.length ? t('projects-check-answers') : t('projects-mark-done')),
      message,
    );
    form.addEventListener('submit', (ev) => {
      ev.preventDefault();
      replace(message);
      errors.forEach((e) => (e.hidden = true));
      const answers = m.quiz.map((_, qi) => form.querySelector<HTMLInputElement>(`input[name="q${qi}"]:checked`));
      const missing = answers.findIndex((a) => !a);
      if (missing >= 0) {
        errors[missing].hidden = false;
        errors[missing].textContent = t('projects-answer-needed');
        return focus(questions[missing].querySelector('input'));
      }
      void api.complete(this.plan, m.slug, answers.map((a) => Number(a?.value))).then(
        () => {
          done.textContent = t('projects-module-completed-long');
          replace(message, note('ok', t('projects-quiz-right')));
        },
        (err: unknown) => {
          if (err instanceof ApiError && err.status === 422) {
            let first: HTMLElement | null = null;
            for (const e of err.errors) {
              const i = Number(/^quiz\[(\d+)\]$/.exec(e.field)?.[1] ?? NaN);
              if (Number.isInteger(i) && errors[i]) {
                errors[i].hidden = false;
                errors[i].textContent = t('projects-answer-wrong');
                first ??= questions[i].querySelector('input');
              }
            }
            replace(message, note('error', t('projects-quiz-wrong')));
            if (first) focus(first);
          } else {
            replace(message, note('error', problem(err)), this.signInLink(err));
          }
        },
      );
    });
    replace(
      this.main,
      h('p', {}, h('a', { href: this.url('learn') }, t('projects-back-to-library'))),
      h('article', { class: 'pj-module' }, body),
      done,
      this.me ? form : h('div', {}, h('p', {}, t('projects-sign-in-to-complete')), this.signIn()),
    );
  }

  // ---- City-wide ----

  private async cityWide(planTitle: string): Promise<void> {
    this.title(t('projects-city-heading', { plan: planTitle }), t('projects-city-heading', { plan: planTitle }));
    const totals = await api.totals(this.plan);
    const byStage = STAGES.map((s) => totals.by_stage.find((x) => x.stage === s) ?? { stage: s, projects: 0, kwp: 0 });
    const table = (caption: string, head: [string, string], rows: [string, string][]) =>
      h(
        'table',
        { class: 'pj-table' },
        h('caption', {}, caption),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, head[0]), h('th', { scope: 'col' }, head[1]))),
        h('tbody', {}, ...rows.map(([a, b]) => h('tr', {}, h('th', { scope: 'row' }, a), h('td', {}, b)))),
      );
    const champions = [...totals.champions_by_neighbourhood].sort((a, b) => b.champions - a.champions);
    replace(
      this.main,
      h('p', { class: 'pj-intro' }, t('projects-city-intro')),
      h(
        'dl',
        { class: 'pj-figures pj-headline' },
        h('dt', {}, t('projects-kwp-generating')),
        h('dd', {}, kwp(totals.kwp_generating)),
        h('dt', {}, t('projects-kwp-pipeline')),
        h('dd', {}, kwp(totals.kwp_pipeline)),
        h('dt', {}, t('projects-volunteers-total')),
        h('dd', {}, formatNumber(totals.volunteers)),
      ),
      h(
        'section',
        { 'aria-labelledby': 'pj-c-stage' },
        h('h2', { id: 'pj-c-stage' }, t('projects-by-stage')),
        barChart(byStage.map((s) => ({ label: stageLabel(s.stage), value: s.projects, text: formatNumber(s.projects), colour: STAGE_COLOURS[s.stage] })), t('projects-by-stage')),
        table(t('projects-by-stage-table'), [t('projects-stage-heading'), t('projects-projects-count')], byStage.map((s) => [stageLabel(s.stage), formatNumber(s.projects)])),
      ),
      h(
        'section',
        { 'aria-labelledby': 'pj-c-kwp' },
        h('h2', { id: 'pj-c-kwp' }, t('projects-kwp-by-stage')),
        barChart(byStage.map((s) => ({ label: stageLabel(s.stage), value: s.kwp, text: kwp(s.kwp), colour: STAGE_COLOURS[s.stage] })), t('projects-kwp-by-stage')),
        table(t('projects-kwp-by-stage-table'), [t('projects-stage-heading'), t('projects-figure-kwp')], byStage.map((s) => [stageLabel(s.stage), kwp(s.kwp)])),
      ),
      h(
        'section',
        { 'aria-labelledby': 'pj-c-champ' },
        h('h2', { id: 'pj-c-champ' }, t('projects-champions-by-neighbourhood')),
        champions.length
          ? barChart(champions.map((c) => ({ label: c.neighbourhood, value: c.champions, text: formatNumber(c.champions) })), t('projects-champions-by-neighbourhood'))
          : h('p', {}, t('projects-no-champions-yet')),
        champions.length
          ? table(t('projects-champions-table'), [t('projects-neighbourhood'), t('projects-champions-count')], champions.map((c) => [c.neighbourhood, formatNumber(c.champions)]))
          : null,
      ),
    );
  }
}

export async function startProjects(pathname: string): Promise<void> {
  const m = /^\/p\/([^/]+)\/(projects|champions|learn|energy-community)(\/.*)?$/.exec(pathname);
  const plan = m ? decodeURIComponent(m[1]) : '';
  await initI18n(['projects', 'account', 'map', 'common']);
  await new ProjectsPages(plan).route(m?.[2] ?? 'projects', m?.[3] ?? '');
}
