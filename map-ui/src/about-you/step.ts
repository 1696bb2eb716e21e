// "About you (optional)": the step after a pin is saved (the plan page's panel, the workshop
// phone page). It says why we ask, who sees the answers and how long they are kept; "Send"
// posts them with the pin's one-time key, "Skip" leaves. The pin is saved before this step
// shows, so skipping, closing or a failure loses nothing.

import { ApiError } from '../api';
import { ErrorSummary, focus, h, replace, uid } from '../dom';
import { keptDays, postAboutYou } from './api';
import { AboutYouQuestions } from './questions';
import { ays } from './strings';
import './about-you.css';

export interface AboutYouStepOptions {
  /** The plan, whose privacy notice says how long answers are kept. */
  plan: string;
  /** The `about_you_key` the write answered with. */
  key: string;
  /** The step's heading: h2 on a page of its own, h3 inside a pin's detail. */
  headingLevel: 'h2' | 'h3';
  /** Skipped, or answered and thanked: the page goes on. */
  done(): void;
  announce(message: string): void;
}

export class AboutYouStep {
  readonly root: HTMLElement;
  readonly heading: HTMLHeadingElement;
  private readonly subLevel: 'h3' | 'h4';
  private readonly summary = new ErrorSummary(ays.errorSummary);
  private readonly questions = new AboutYouQuestions();
  private readonly send: HTMLButtonElement;
  private readonly form: HTMLFormElement;

  constructor(private readonly options: AboutYouStepOptions) {
    this.heading = h(options.headingLevel, { class: 'about-you-heading', tabindex: -1, id: uid('about-you-heading') }, ays.heading);
    this.subLevel = options.headingLevel === 'h2' ? 'h3' : 'h4';
    const kept = h('p', { class: 'about-you-kept', hidden: true });
    void keptDays(options.plan).then((days) => {
      if (days) {
        kept.textContent = ays.kept(days);
        kept.hidden = false;
      }
    });
    this.send = h('button', { type: 'submit', class: 'button primary' }, ays.send);
    const skip = h('button', { type: 'button', class: 'button about-you-skip', onclick: () => options.done() }, ays.skip);
    this.form = h(
      'form',
      { class: 'about-you-form', novalidate: true, onsubmit: (ev: Event) => { ev.preventDefault(); void this.submit(); } },
      this.summary.el,
      this.questions.root,
      h('div', { class: 'about-you-actions' }, this.send, skip),
    );
    this.root = h(
      'section',
      { class: 'about-you-step', 'aria-labelledby': this.heading.id },
      this.heading,
      h('p', { class: 'about-you-saved' }, ays.saved),
      h('p', {}, ays.why),
      h('p', {}, ays.whoSees),
      kept,
      this.form,
    );
  }

  private async submit(): Promise<void> {
    if (this.send.disabled) return;
    const answers = this.questions.values();
    if (!answers) {
      this.summary.show([{ message: ays.postcodeInvalid, target: this.questions.postcode }]);
      return;
    }
    this.summary.hide();
    this.send.disabled = true;
    replace(this.send, ays.sending);
    try {
      await postAboutYou(this.options.key, answers);
      this.thank();
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      if (err.status === 404) this.thank(ays.expired);
      else if (err.errors.some((e) => e.field === 'postcode_district')) {
        this.questions.showPostcodeError(true);
        this.summary.show([{ message: ays.postcodeInvalid, target: this.questions.postcode }]);
      } else this.summary.show([{ message: ays.failed }]);
    } finally {
      this.send.disabled = false;
      replace(this.send, ays.send);
    }
  }

  /** The thank-you (or, for a key that no longer works, why nothing was sent). */
  private thank(instead?: string): void {
    const heading = h(this.subLevel, { class: 'about-you-thanks-heading', tabindex: -1 }, instead ? ays.heading : ays.thanksHeading);
    const next = h('button', { type: 'button', class: 'button primary', onclick: () => this.options.done() }, ays.continue);
    replace(this.root, this.heading, h('div', { class: 'about-you-thanks', role: 'status' }, heading, h('p', {}, instead ?? ays.thanks)), next);
    this.options.announce(instead ?? ays.thanks);
    focus(heading);
  }
}
