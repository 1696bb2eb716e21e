// One proposal's page in the panel, kept up to date by the steps taken in it and by the
// events stream.

import { ApiError, getFeasibility, getProposal, isDno, postResponse, postTransition, type Decision, type Me, type Proposal } from '../api';
import type { ProposalNews } from '../live';
import { focus, h, replace, uid } from '../dom';
import type { PanelView } from '../panel';
import { energy as t, friendlyDate } from '../strings';
import { t as tr } from '../i18n';
import { projectsApi } from '../projects/api';
import { feasibilityBlock, heading, QUEUE, statusBadge } from './parts';

const DECISIONS: Decision[] = ['can_connect', 'needs_study', 'needs_reinforcement', 'cannot_connect'];

export interface ProposalHandlers {
  back(): void;
  announce(message: string): void;
  /** The proposal moved: the list and the map follow. */
  moved(): void;
}

/** The steps shown as buttons, in this order (withdrawing, which ends the proposal, last). */
const STEP_ORDER = ['submitted', 'under_review', 'going_ahead', 'withdrawn'];

/**
 * One proposal: status, the steps the viewer may take, feasibility, the operator's answers
 * and history, and for network engineers the answer form. What changes (a step, an answer,
 * news from the events stream) is redrawn in place, so a half-written answer and the
 * keyboard focus stay where they are.
 */
export class ProposalView implements PanelView {
  readonly root: HTMLElement;
  readonly heading: HTMLHeadingElement;
  private p: Proposal;
  private readonly status = h('p', { class: 'proposal-status', tabindex: -1 });
  private readonly steps: HTMLElement;
  private readonly stepButtons = h('div', { class: 'form-actions step-buttons' });
  private readonly stepError = h('p', { class: 'error-summary', role: 'alert', tabindex: -1, hidden: true });
  private readonly feasibility = h('div', { class: 'feasibility-slot' }, h('p', { class: 'muted' }, t.feasibilityChecking));
  private readonly responses = h('div', { class: 'responses' });
  private readonly answerSlot = h('div', {});
  private answer: HTMLElement | null = null;
  private readonly history = h('ol', { class: 'history' });
  /** The project it became, or "Turn into a project" when the server offers it. */
  private readonly projectSlot = h('div', { class: 'proposal-project' });
  private projectAsked = '';
  /** A step or an answer of this view is on its way: its own refresh follows. */
  private busy = false;
  /** News that came while a step of one's own was on its way: looked at once it is done. */
  private held: ProposalNews | null = null;
  private refreshing = 0;

  constructor(
    p: Proposal,
    private readonly me: Me | null,
    private readonly on: ProposalHandlers,
  ) {
    this.p = p;
    const props = p.properties;
    this.heading = heading(props.title);
    const stepsHeading = h('h3', { id: uid('steps') }, t.stepsHeading);
    this.steps = h('section', { class: 'proposal-steps', 'aria-labelledby': stepsHeading.id }, stepsHeading, this.stepError, this.stepButtons);
    this.root = h(
      'div',
      { class: 'view view-proposal' },
      h('button', { type: 'button', class: 'button back', onclick: () => this.on.back() }, t.backToEnergy),
      h(
        'article',
        { class: 'proposal', 'aria-labelledby': this.heading.id },
        this.heading,
        this.status,
        this.steps,
        this.projectSlot,
        h('p', {}, `${t.technologies[props.technology] ?? props.technology} · ${t.figures(props.capacity_kw, props.export_kw, props.import_kw)}`),
        props.group_name ? h('p', { class: 'meta' }, t.byGroup(props.group_name)) : null,
        h('p', { class: 'proposal-site' }, p.geometry.type === 'Polygon' ? t.siteIsOutline(p.geometry.coordinates[0].length - 1) : t.siteIsPoint),
        props.description ? h('p', {}, props.description) : null,
        h('h3', {}, t.feasibilityHeading),
        this.feasibility,
        h('h3', {}, t.responseHeading),
        this.responses,
        this.answerSlot,
        h('h3', {}, t.historyHeading),
        this.history,
      ),
    );
    this.update(p);
  }

  get id(): string {
    return this.p.id;
  }

  async loadFeasibility(): Promise<void> {
    try {
      replace(this.feasibility, feasibilityBlock(await getFeasibility(this.id)));
    } catch {
      replace(this.feasibility, h('p', { class: 'muted' }, t.feasibilityFailed));
    }
  }

  /**
   * Whether news from the events stream is not shown yet. Events may arrive after this
   * view already fetched what they announce (a step of one's own), or out of turn.
   */
  isNews(news: ProposalNews): boolean {
    if (this.busy) {
      this.held = news;
      return false;
    }
    const shown = Math.max(...(this.p.properties.history ?? []).map((x) => Date.parse(x.at)));
    const at = Date.parse(news.at);
    return at > shown || (at === shown && news.status !== this.p.properties.status);
  }

  /** Fetches the proposal again and redraws what changed; `live` says a new status aloud. */
  async refresh(live: boolean): Promise<void> {
    const seq = ++this.refreshing;
    let p: Proposal;
    try {
      p = await getProposal(this.id);
    } catch {
      return; // the view stays as it was; the next event or step tries again
    }
    if (seq !== this.refreshing) return;
    const before = this.p.properties.status;
    this.update(p);
    if (live && p.properties.status !== before) {
      this.on.announce(t.statusNow(p.properties.title, t.statuses[p.properties.status] ?? p.properties.status));
    }
  }

  private update(p: Proposal): void {
    const focused = document.activeElement;
    const hadFocus = focused instanceof HTMLElement && this.root.contains(focused);
    const focusedStep = focused instanceof HTMLElement ? focused.dataset.step : undefined;
    this.p = p;
    const props = p.properties;
    replace(this.status, `${t.status}: `, statusBadge(props.status));
    this.renderSteps();
    void this.renderProject();
    const responses = props.responses ?? [];
    const dl = (rows: [string, string | null][]) =>
      h('dl', { class: 'figures' }, ...rows.filter(([, v]) => v).flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v as string)]));
    replace(
      this.responses,
      ...(responses.length
        ? responses.map((r) =>
            h(
              'div',
              { class: 'response' },
              dl([
                [t.decision, t.decisions[r.decision] ?? r.decision],
                [t.costBand, r.cost_band],
                [t.timescale, r.timescale],
                [t.conditions, r.conditions],
                [t.notes, r.notes],
              ]),
              h('p', { class: 'meta' }, friendlyDate(r.created_at)),
            ),
          )
        : [h('p', { class: 'muted' }, t.noResponse)]),
    );
    const answering = isDno(this.me) && QUEUE.has(props.status);
    if (answering && !this.answer) {
      this.answer = this.answerForm();
      this.answerSlot.append(this.answer);
    } else if (!answering && this.answer) {
      this.answer.remove();
      this.answer = null;
    }
    replace(
      this.history,
      ...(props.history ?? []).map((x) =>
        h(
          'li',
          {},
          t.historyItem(x.from_status ? (t.statuses[x.from_status] ?? x.from_status) : null, t.statuses[x.to_status] ?? x.to_status),
          ` · ${friendlyDate(x.at)}`,
          x.note ? h('span', { class: 'note' }, ` — ${x.note}`) : null,
        ),
      ),
    );
    // Focus on something that was redrawn goes to the same step, else to the status.
    if (hadFocus && !this.root.contains(document.activeElement)) {
      focus(this.stepButtons.querySelector<HTMLElement>(`[data-step="${focusedStep}"]`) ?? this.status);
    }
  }

  /**
   * Once it is going ahead: a link to the project it became, or, when the server says this
   * person may (its proposer), "Turn into a project", which lands on the new project's page.
   */
  private async renderProject(): Promise<void> {
    const status = this.p.properties.status;
    if (status !== 'going_ahead' || this.projectAsked === status) return;
    this.projectAsked = status;
    let answer;
    try {
      answer = await projectsApi.fromProposal(this.id);
    } catch {
      return;
    }
    const plan = encodeURIComponent(this.p.properties.plan);
    if (answer.project) {
      replace(this.projectSlot, h('p', {}, h('a', { href: `/p/${plan}/projects/${encodeURIComponent(answer.project.slug)}` }, tr('projects-open-project'))));
    } else if (answer.can_create) {
      const error = h('p', { class: 'error-summary', role: 'alert', hidden: true });
      const button = h('button', { type: 'button', class: 'button primary' }, tr('projects-turn-into-project'));
      button.addEventListener('click', () => {
        button.disabled = true;
        void projectsApi.makeFromProposal(this.id).then(
          (project) => location.assign(`/p/${plan}/projects/${encodeURIComponent(project.slug)}`),
          (err: unknown) => {
            button.disabled = false;
            error.hidden = false;
            error.textContent = err instanceof ApiError && err.message ? err.message : tr('projects-load-failed');
          },
        );
      });
      replace(this.projectSlot, h('p', {}, tr('projects-turn-into-project-hint')), button, error);
    }
  }

  /**
   * A button per step the server offers (decisions are made with the answer form, which
   * records the answer too). Withdrawing asks first, in place.
   */
  private renderSteps(): void {
    const props = this.p.properties;
    const offered = STEP_ORDER.filter((s) => props.next_steps.includes(s));
    replace(
      this.stepButtons,
      ...offered.map((to) =>
        h(
          'button',
          {
            type: 'button',
            class: to === 'withdrawn' ? 'button' : 'button primary',
            'data-step': to,
            onclick: () => (to === 'withdrawn' ? this.askWithdraw() : void this.take(to)),
          },
          to === 'submitted' && props.status !== 'draft' ? t.submitAgain : t.steps[to],
        ),
      ),
    );
    this.steps.hidden = offered.length === 0 && this.stepError.hidden;
  }

  private askWithdraw(): void {
    const question = h('p', { id: uid('withdraw'), tabindex: -1 }, t.withdrawQuestion);
    const cancel = () => {
      this.renderSteps();
      focus(this.stepButtons.querySelector<HTMLElement>('[data-step="withdrawn"]'));
    };
    const group = h(
      'div',
      { class: 'confirm', role: 'group', 'aria-labelledby': question.id },
      question,
      h(
        'div',
        { class: 'form-actions' },
        h('button', { type: 'button', class: 'button danger', 'data-step': 'withdrawn', onclick: () => void this.take('withdrawn') }, t.withdrawConfirm),
        h('button', { type: 'button', class: 'button', onclick: cancel }, t.withdrawCancel),
      ),
    );
    group.addEventListener('keydown', (ev: KeyboardEvent) => {
      if (ev.key === 'Escape') {
        ev.stopPropagation();
        cancel();
      }
    });
    replace(this.stepButtons, group);
    focus(question);
  }

  private showStepError(message: string | null): void {
    this.stepError.textContent = message ?? '';
    this.stepError.hidden = !message;
    this.steps.hidden = !message && !this.p.properties.next_steps.some((s) => STEP_ORDER.includes(s));
    if (message) focus(this.stepError);
  }

  /**
   * One's own step is done and shown: news held meanwhile is looked at now. The event of
   * the step itself is then no news (the view shows it), and is not said a second time.
   */
  private async settle(): Promise<void> {
    this.busy = false;
    const held = this.held;
    this.held = null;
    if (held && this.isNews(held)) await this.refresh(true);
  }

  /** Takes a step the server offered; the view then shows the proposal as it is now. */
  private async take(to: string): Promise<void> {
    this.busy = true;
    this.showStepError(null);
    for (const b of this.stepButtons.querySelectorAll('button')) b.disabled = true;
    try {
      const moved = await postTransition(this.id, to, null);
      this.on.announce(t.stepDone[to] ?? t.statuses[moved.properties.status] ?? '');
      this.on.moved();
      await this.refresh(false);
      focus(this.status);
    } catch (err) {
      // Whatever stopped it, show the proposal as it is now (someone else may have moved it).
      await this.refresh(false);
      this.showStepError(err instanceof ApiError && err.offline ? t.stepOffline : t.stepFailed(err instanceof Error ? err.message : String(err)));
    } finally {
      await this.settle();
    }
  }

  private answerForm(): HTMLElement {
    const legendId = uid('answer');
    const error = h('p', { class: 'error-summary', role: 'alert', tabindex: -1, hidden: true });
    const decisionName = uid('decision');
    const decisions = h(
      'fieldset',
      { class: 'field' },
      h('legend', {}, t.decision),
      ...DECISIONS.map((d) => {
        const id = uid('decision');
        return h('div', { class: 'choice' }, h('input', { type: 'radio', name: decisionName, id, value: d }), h('label', { for: id }, t.decisions[d]));
      }),
    );
    const text = (label: string, hint: string | null, multi = false) => {
      const id = uid('answer-field');
      const hintId = hint ? uid('hint') : null;
      const input = multi ? h('textarea', { id, rows: 3, 'aria-describedby': hintId }) : h('input', { id, type: 'text', 'aria-describedby': hintId });
      return { input, field: h('div', { class: 'field' }, h('label', { for: id }, label), hint ? h('p', { class: 'hint', id: hintId }, hint) : null, input) };
    };
    const cost = text(t.costBand, t.costBandHint);
    const time = text(t.timescale, t.timescaleHint);
    const conditions = text(t.conditions, null, true);
    const notes = text(t.notes, null, true);
    const submit = h('button', { type: 'submit', class: 'button primary' }, t.sendAnswer);
    const form = h(
      'form',
      { class: 'answer-form', novalidate: true, 'aria-labelledby': legendId },
      h('h3', { id: legendId }, t.answerHeading),
      error,
      decisions,
      cost.field,
      time.field,
      conditions.field,
      notes.field,
      h('div', { class: 'form-actions' }, submit),
    );
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      const decision = form.querySelector<HTMLInputElement>(`input[name="${decisionName}"]:checked`)?.value as Decision | undefined;
      error.hidden = true;
      if (!decision) {
        error.textContent = t.decisionMissing;
        error.hidden = false;
        focus(error);
        return;
      }
      submit.disabled = true;
      this.busy = true;
      try {
        if (this.p.properties.status === 'submitted') {
          await postTransition(this.id, 'under_review', null).catch((err) => {
            if (!(err instanceof ApiError && err.status === 409)) throw err;
          });
        }
        await postResponse(this.id, {
          decision,
          cost_band: (cost.input as HTMLInputElement).value,
          timescale: (time.input as HTMLInputElement).value,
          conditions: (conditions.input as HTMLTextAreaElement).value,
          notes: (notes.input as HTMLTextAreaElement).value,
        });
        this.on.announce(t.answered);
        this.on.moved();
        await this.refresh(false);
        focus(this.status);
      } catch (err) {
        error.textContent = err instanceof ApiError && err.status === 409 ? t.notAllowed : err instanceof ApiError && err.errors.length ? err.errors.map((e) => e.message).join(' ') : t.answerFailed;
        error.hidden = false;
        focus(error);
        // The review may have started before the answer was refused: show that, keeping the form.
        await this.refresh(false);
      } finally {
        submit.disabled = false;
        await this.settle();
      }
    });
    return form;
  }
}
