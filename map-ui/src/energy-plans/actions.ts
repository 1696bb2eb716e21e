// What the group does with a version: save the draft, share it (after a confirmation,
// since sharing freezes it), and start the next version once the answers are in.

import { ApiError } from '../api';
import { ErrorSummary, focus, h, replace, uid } from '../dom';
import { as } from '../admin/strings';
import { saveDraft, share, startNext, type EnergyPlan, type Scenario } from './api';
import { ep } from './strings';

interface Page {
  readonly shell: { say(text: string): void };
  render(plan: EnergyPlan): void;
}

type Draft = { scenario: Scenario; dfes_scenario: string | null; note: string; priorities: string[] };

export class Actions {
  readonly el = h('div', { class: 'ep-actions' });
  private readonly summary = new ErrorSummary(as.errorHeading);
  private readonly done = h('p', { class: 'ep-done', role: 'status' });
  private readonly dialog: HTMLDialogElement;

  constructor(
    private readonly page: Page,
    private readonly plan: EnergyPlan,
    private readonly draft: () => Draft,
    /** The control a field error names, and its name on the page. */
    private readonly field: (name: string) => { label: string; target: HTMLElement | null },
  ) {
    const n = plan.version.number;
    const headingId = uid('ep-share-heading');
    const textId = uid('ep-share-text');
    this.dialog = h(
      'dialog',
      { class: 'ep-dialog', 'aria-labelledby': headingId, 'aria-describedby': textId },
      h('h2', { id: headingId }, ep.shareConfirmHeading),
      h('p', { id: textId }, ep.shareConfirm(n)),
      h(
        'div',
        { class: 'form-actions' },
        h('button', { type: 'button', class: 'button primary', onclick: () => void this.share() }, ep.shareYes),
        h('button', { type: 'button', class: 'button', onclick: () => this.dialog.close() }, ep.cancel),
      ),
    );
    replace(
      this.el,
      this.summary.el,
      plan.can.edit ? h('button', { type: 'button', class: 'button', onclick: (ev: Event) => void this.save(ev.currentTarget as HTMLButtonElement) }, ep.save) : null,
      plan.can.share ? h('button', { type: 'button', class: 'button primary', onclick: () => this.dialog.showModal() }, ep.share) : null,
      plan.can.next_version ? h('button', { type: 'button', class: 'button primary', onclick: () => void this.next() }, ep.nextVersion(n + 1)) : null,
      this.done,
      plan.can.share ? this.dialog : null,
    );
  }

  private async save(button: HTMLButtonElement): Promise<void> {
    button.disabled = true;
    replace(button, ep.saving);
    try {
      await saveDraft(this.plan.id, this.plan.version.number, this.draft());
      this.summary.hide();
      replace(this.done, ep.saved);
    } catch (err) {
      this.fail(err);
    } finally {
      button.disabled = false;
      replace(button, ep.save);
    }
  }

  private async share(): Promise<void> {
    this.dialog.close();
    const n = this.plan.version.number;
    try {
      await saveDraft(this.plan.id, n, this.draft());
      const fresh = await share(this.plan.id, n);
      this.page.render(fresh);
      this.page.shell.say(ep.sharedDone(n));
      focus(document.querySelector<HTMLElement>('.ep-status'));
    } catch (err) {
      this.fail(err);
    }
  }

  private async next(): Promise<void> {
    const n = this.plan.version.number;
    try {
      const fresh = await startNext(this.plan.id);
      history.replaceState(null, '', `${location.pathname}?version=${fresh.version.number}`);
      this.page.render(fresh);
      this.page.shell.say(ep.nextStarted(fresh.version.number, n));
      focus(document.querySelector<HTMLElement>('.ep-status'));
    } catch (err) {
      this.fail(err);
    }
  }

  private fail(err: unknown): void {
    if (!(err instanceof ApiError)) throw err;
    if (err.code === 'conflict') return this.summary.show([{ message: ep.conflict }]);
    if (err.errors.length) {
      return this.summary.show(
        err.errors.map((e) => {
          const { label, target } = this.field(e.field);
          return { message: `${label}: ${e.message}`, target: target ?? undefined };
        }),
      );
    }
    this.summary.show([{ message: err.offline ? as.errorOffline : err.status >= 500 ? as.errorServer : err.message }]);
  }
}
