// Starts the plan page: reads the plan from the address, loads it and its neighbourhoods,
// and hands over to App. A missing plan or a failed load gets a plain message and a way on.

import { ApiError, getNeighbourhoods, getPlan } from './api';
import { App } from './app';
import { byId, h, replace } from './dom';
import { keepFooter } from './footer';
import { initI18n } from './i18n';
import { strings } from './strings';
import { DEFAULT_PLAN, parseHash, planFromPath } from './url';
import './style.css';

declare global {
  interface Window {
    /** The running app, for the browser tests. */
    __waymark?: object;
  }
}

async function start(): Promise<void> {
  const slug = planFromPath();
  const panel = byId('panel');
  replace(byId('skip-list'), strings.skipToList);
  panel.setAttribute('aria-label', strings.viewList);
  // Read only where script does not run, so this keeps a saved copy of the page in its language.
  byId('noscript').textContent = strings.noScript;
  replace(panel, h('p', { class: 'loading' }, strings.loading));
  try {
    const [plan, neighbourhoods] = await Promise.all([getPlan(slug), getNeighbourhoods(slug)]);
    const app = new App(plan, neighbourhoods, parseHash());
    window.__waymark = app.testHooks();
  } catch (err) {
    const notFound = err instanceof ApiError && err.status === 404;
    replace(
      panel,
      h('h2', { class: 'panel-heading', tabindex: -1 }, notFound ? strings.planNotFound : strings.loadFailed),
      notFound && slug !== DEFAULT_PLAN
        ? h('p', {}, h('a', { href: '/' }, strings.openMainMap))
        : h('p', {}, h('button', { type: 'button', class: 'button', onclick: () => location.reload() }, strings.tryAgain)),
    );
    document.body.classList.add('no-map');
    document.body.dataset.view = 'list';
  }
}

// Workshop pages (a participant's phone, the projector), the mobilisers' field page and the
// moderators', the account, "You said, we did", the privacy notice, "Your data", the
// staff "who's missing" page, the energy-plan pages, the groups pages and the community
// energy pages (projects, champions, the learning library, the city-wide totals)
// are their own modules. Every page has the footer (footer.ts) and shares the plan page's
// words (kinds, themes, dates) and the language picker's, so those are loaded first; a page
// module adds its own files.
// (Awaited inside a function: a top-level await here would split the shared modules out of
// this entry chunk and change the order of the stylesheets.)
async function route(): Promise<void> {
  // The plan page also shows answers and the responders' form (outcomes.ftl, form.ftl) and
  // the account links (account.ftl), and the projects link and "Turn into a project" (projects.ftl).
  await initI18n(['map', 'outcomes', 'form', 'account', 'common', 'about-you', 'projects']);
  keepFooter();
  const path = location.pathname;
  if (/^\/(w|present)\//.test(path)) {
    void import('./workshop/index').then((m) => m.startWorkshop(path));
  } else if (/^\/field(\/|$)/.test(path)) {
    void import('./field/index').then((m) => m.startField(path));
  } else if (/^\/account(\/|$)/.test(path)) {
    void import('./account/index').then((m) => m.startAccount(path));
  } else if (/^\/moderate\/?$/.test(path)) {
    void import('./moderate/index').then((m) => m.startModerate());
  } else if (/^\/p\/[^/]+\/privacy\/?$/.test(path)) {
    void import('./privacy/index').then((m) => m.startPrivacy(path));
  } else if (/^\/p\/[^/]+\/outcomes\/?$/.test(path)) {
    void import('./outcomes/page').then((m) => m.startOutcomes(path));
  } else if (/^\/p\/[^/]+\/whos-missing\/?$/.test(path)) {
    void import('./whos-missing/index').then((m) => m.startWhosMissing(path));
  } else if (/^\/p\/[^/]+\/groups(\/|$)/.test(path)) {
    void import('./groups/index').then((m) => m.startGroups(path));
  } else if (/^\/p\/[^/]+\/(projects|champions|learn|energy-community)(\/|$)/.test(path)) {
    void import('./projects/index').then((m) => m.startProjects(path));
  } else if (/^\/p\/[^/]+\/energy-plans(\/|$)/.test(path)) {
    void import('./energy-plans/index').then((m) => m.startEnergyPlans(path));
  } else if (/^\/me\/?$/.test(path)) {
    void import('./me/index').then((m) => m.startMe());
  } else if (/^\/admin\/?$/.test(path)) {
    void import('./admin/index').then((m) => m.startAdmin());
  } else {
    await start();
  }
}

void route();
