// The energy-plan pages: the list (`/p/{plan}/energy-plans`), one plan
// (`/p/{plan}/energy-plans/{id}`) and its print layout (`…/{id}/print`).

import { initI18n } from '../i18n';
import './energy-plans.css';

/** The path's plan and energy plan, if it is one of these pages. */
export const ENERGY_PLANS_PATH = /^\/p\/([^/]+)\/energy-plans(?:\/([0-9a-f-]{36})(\/print)?)?\/?$/;

export async function startEnergyPlans(pathname: string): Promise<void> {
  const m = ENERGY_PLANS_PATH.exec(pathname);
  if (!m) return;
  const slug = decodeURIComponent(m[1]);
  // Proposals' statuses and technologies come from the plan page's words (map.ftl); the
  // forms' error words from form.ftl.
  await initI18n(['energy-plans', 'map', 'form', 'account', 'common']);
  if (!m[2]) return (await import('./list')).startList(slug);
  if (m[3]) return (await import('./print')).startPrint(slug, m[2]);
  return (await import('./page')).startPlan(slug, m[2]);
}
