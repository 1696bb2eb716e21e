// The answers to a shared version: the network operator's per substation and the council's
// for its Local Area Energy Plan. Everyone reads each as words; the group, the operator and
// the council read it whole (cost band, earliest year, note). The operator answers each
// substation with a form of its own, the council once.

import type { Rag } from '../api';
import { Form, type Host } from '../admin/form';
import { h, markUserText, uid } from '../dom';
import { formatDate } from '../i18n';
import {
  answerLaep,
  answerNetwork,
  COST_BANDS,
  DNO_VERDICTS,
  LAEP_VERDICTS,
  type CostBand,
  type DnoVerdict,
  type EnergyPlan,
  type LaepAnswer,
  type LaepVerdict,
  type NetworkAnswer,
} from './api';
import { LAST_YEAR, thisYear } from './scenario';
import { ep } from './strings';
import { ragBadge } from './table';

const date = (iso: string) => formatDate(new Date(iso), { day: 'numeric', month: 'long', year: 'numeric' });
const laepRag: Record<Rag, LaepVerdict> = { green: 'aligned', amber: 'partly', red: 'conflicts' };

function networkAnswer(a: NetworkAnswer | undefined): HTMLElement {
  if (!a) return h('p', { class: 'muted' }, ep.noAnswer);
  return h(
    'div',
    { class: 'ep-answer' },
    h('p', {}, ragBadge(a.rag, a.verdict ? ep.verdict(a.verdict) : ep.rag(a.rag))),
    a.cost_band ? h('p', {}, ep.answerCost(ep.cost(a.cost_band))) : null,
    a.earliest_year ? h('p', {}, ep.answerEarliest(a.earliest_year)) : null,
    a.note ? markUserText(h('p', { class: 'ep-note' }, a.note)) : null,
    h('p', { class: 'muted' }, ep.answeredOn(date(a.answered_at))),
  );
}

function laepAnswer(a: LaepAnswer | null): HTMLElement {
  if (!a) return h('p', { class: 'muted' }, ep.noAnswer);
  return h(
    'div',
    { class: 'ep-answer' },
    h('p', {}, ragBadge(a.rag, ep.laep(a.verdict ?? laepRag[a.rag]))),
    a.note ? markUserText(h('p', { class: 'ep-note' }, a.note)) : null,
    h('p', { class: 'muted' }, ep.answeredOn(date(a.answered_at))),
  );
}

function options<V extends string>(values: readonly V[], word: (v: V) => string, chosen: V | undefined | null): HTMLOptionElement[] {
  return [h('option', { value: '' }, ep.choose), ...values.map((v) => h('option', { value: v, selected: v === chosen }, word(v)))];
}

/** The operator's form for one substation: cost band and earliest year only for reinforcement. */
function networkForm(host: Host, plan: EnergyPlan, key: string, name: string, a: NetworkAnswer | undefined, done: (p: EnergyPlan) => void): HTMLElement {
  const form: Form = new Form(host, { submit: ep.answerSubmit, busy: ep.answerSending, className: 'ep-answer-form' }, async () => {
    const v = verdict.value as DnoVerdict;
    const reinforce = v === 'needs_reinforcement';
    const fresh = await answerNetwork(plan.id, plan.version.number, key, {
      verdict: v,
      cost_band: reinforce && cost.value ? (cost.value as CostBand) : undefined,
      earliest_year: reinforce && year.value ? Number(year.value) : undefined,
      note: note.value.trim() || undefined,
    });
    host.say(ep.answerSaved(name));
    done(fresh);
  });
  const verdict = form.control('verdict', ep.verdictLabel, h('select', {}, ...options(DNO_VERDICTS, ep.verdict, a?.verdict)));
  const cost = form.control('cost_band', ep.costLabel, h('select', {}, ...options(COST_BANDS, ep.cost, a?.cost_band)));
  const year = form.control('earliest_year', ep.earliestLabel, h('input', { type: 'number', min: thisYear(), max: LAST_YEAR + 10, step: 1, inputmode: 'numeric', value: a?.earliest_year ?? '' }));
  const note = form.control('note', ep.answerNoteLabel, h('textarea', { rows: 3, maxlength: 2000 }));
  note.value = a?.note ?? '';
  const reinforcement = [cost, year].map((c) => c.closest('.field') as HTMLElement);
  const sync = () => reinforcement.forEach((f) => (f.hidden = verdict.value !== 'needs_reinforcement'));
  verdict.addEventListener('change', sync);
  sync();
  const headingId = uid('ep-answer-form');
  return h('section', { class: 'ep-form-box', 'aria-labelledby': headingId }, h('h4', { id: headingId }, ep.answerFor(name)), form.el);
}

function laepForm(host: Host, plan: EnergyPlan, a: LaepAnswer | null, done: (p: EnergyPlan) => void): HTMLElement {
  const form: Form = new Form(host, { submit: ep.answerSubmit, busy: ep.answerSending, className: 'ep-answer-form' }, async () => {
    const fresh = await answerLaep(plan.id, plan.version.number, { verdict: verdict.value as LaepVerdict, note: note.value.trim() || undefined });
    host.say(ep.laepSaved);
    done(fresh);
  });
  const verdict = form.control('verdict', ep.verdictLabel, h('select', {}, ...options(LAEP_VERDICTS, ep.laep, a?.verdict)));
  const note = form.control('note', ep.answerNoteLabel, h('textarea', { rows: 3, maxlength: 2000 }));
  note.value = a?.note ?? '';
  const headingId = uid('ep-laep-form');
  return h('section', { class: 'ep-form-box', 'aria-labelledby': headingId }, h('h4', { id: headingId }, ep.laepForm), form.el);
}

/**
 * The answers section: a card per substation of the impact (and any other answered), then
 * the council's. `host` is null for a visitor (no forms); `done` redraws the page.
 */
export function answersSection(plan: EnergyPlan, host: Host | null, done: (p: EnergyPlan) => void): HTMLElement {
  const v = plan.version;
  const byKey = new Map(v.answers.network.map((a) => [a.substation, a]));
  const stations = new Map<string, string>((v.impact?.substations ?? []).map((s) => [s.key, s.name]));
  for (const a of v.answers.network) if (!stations.has(a.substation)) stations.set(a.substation, a.name ?? a.substation);
  const headingId = uid('ep-answers');
  const networkId = uid('ep-network-answers');
  const laepId = uid('ep-laep');
  const canNetwork = Boolean(host && plan.can.answer_network);
  const canLaep = Boolean(host && plan.can.answer_laep);
  return h(
    'section',
    { class: 'ep-answers', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, ep.answersHeading),
    h(
      'section',
      { 'aria-labelledby': networkId },
      h('h3', { id: networkId }, ep.networkAnswersHeading),
      h(
        'ul',
        { class: 'ep-answer-list' },
        ...[...stations].map(([key, name]) =>
          h(
            'li',
            { 'data-key': key },
            h('h4', {}, markUserText(h('span', {}, name))),
            networkAnswer(byKey.get(key)),
            canNetwork ? networkForm(host!, plan, key, name, byKey.get(key), done) : null,
          ),
        ),
      ),
    ),
    h(
      'section',
      { 'aria-labelledby': laepId, class: 'ep-laep' },
      h('h3', { id: laepId }, ep.laepHeading),
      laepAnswer(v.answers.laep),
      canLaep ? laepForm(host!, plan, v.answers.laep, done) : null,
    ),
  );
}
