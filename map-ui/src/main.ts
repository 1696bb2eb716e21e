// Starts the plan page: reads the plan from the address, loads it and its neighbourhoods,
// and hands over to App. A missing plan or a failed load gets a plain message and a way on.

import { ApiError, getNeighbourhoods, getPlan } from './api';
import { App } from './app';
import { byId, h, replace } from './dom';
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
// moderators', the account and the "You said, we did" pages are their own modules.
if (/^\/(w|present)\//.test(location.pathname)) {
  void import('./workshop/index').then((m) => m.startWorkshop(location.pathname));
} else if (/^\/field(\/|$)/.test(location.pathname)) {
  void import('./field/index').then((m) => m.startField(location.pathname));
} else if (/^\/account(\/|$)/.test(location.pathname)) {
  void import('./account/index').then((m) => m.startAccount(location.pathname));
} else if (/^\/moderate\/?$/.test(location.pathname)) {
  void import('./moderate/index').then((m) => m.startModerate());
} else if (/^\/p\/[^/]+\/outcomes\/?$/.test(location.pathname)) {
  void import('./outcomes/page').then((m) => m.startOutcomes(location.pathname));
} else if (/^\/admin\/?$/.test(location.pathname)) {
  void import('./admin/index').then((m) => m.startAdmin());
} else {
  void start();
}
