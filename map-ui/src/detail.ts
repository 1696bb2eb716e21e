// One contribution: its text, who and when, support, and the conversation under it.

import {
  ApiError,
  getFeatured,
  getReplies,
  newIdempotencyKey,
  postReply,
  request,
  setFeatured,
  setSupport,
  type Contribution,
  type Neighbourhood,
  type Reply,
} from './api';
import { kindBadge } from './browse';
import { focus, h, markUserText, replace, setInvalid, uid, userText } from './dom';
import { privacyNote } from './footer';
import { outcomeSection } from './outcomes/show';
import { friendlyDate, strings, writtenIn } from './strings';

export interface DetailHandlers {
  back(): void;
  showOnMap(c: Contribution): void;
  announce(message: string): void;
  changed(c: Contribution): void;
  /** Opens another contribution (the one a duplicate repeats). */
  open(id: string): void;
}

/** Paragraphs of plain text, each put in with textContent. */
function paragraphs(text: string, lang?: string | null): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => userText(h('p', {}, p), lang));
}

export class DetailView {
  readonly root: HTMLElement;
  readonly heading: HTMLHeadingElement;
  private readonly supportButton: HTMLButtonElement;
  private readonly supportCount: HTMLElement;
  private readonly repliesHeading: HTMLHeadingElement;
  private readonly repliesList: HTMLOListElement;
  private readonly repliesEmpty: HTMLParagraphElement;
  private busy = false;
  private replyKey: string | null = null;
  private outcome: HTMLElement;
  private readonly quotePick: HTMLElement;

  constructor(
    private c: Contribution,
    private readonly plan: string,
    neighbourhoods: Neighbourhood[],
    icons: Record<string, string>,
    private readonly on: DetailHandlers,
    /** A mobiliser or admin: the page offers to quote it in the monthly report. */
    picksQuotes = false,
  ) {
    this.quotePick = h('div', { class: 'quote-pick', hidden: true });
    const p = c.properties;
    const titleId = uid('detail-title');
    this.heading = userText(h('h2', { id: titleId, class: 'panel-heading detail-title', tabindex: -1 }, p.title), p.lang);
    const nb = neighbourhoods.find((n) => n.properties.slug === p.neighbourhood);

    this.supportButton = h(
      'button',
      { type: 'button', class: 'button support', 'aria-pressed': String(Boolean(p.supported)), onclick: () => this.toggleSupport() },
      h('span', { class: 'support-icon', 'aria-hidden': 'true' }),
      h('span', { class: 'support-label' }, p.supported ? strings.supported : strings.support),
    );
    this.supportCount = h('p', { class: 'support-count' }, strings.supportCount(p.support_count));

    const repliesHeadingId = uid('replies');
    this.repliesHeading = h('h3', { id: repliesHeadingId }, strings.repliesHeadingCount(p.reply_count));
    this.repliesList = h('ol', { class: 'replies', 'aria-labelledby': repliesHeadingId });
    this.repliesEmpty = h('p', { class: 'muted', hidden: true }, strings.noReplies);
    this.outcome = outcomeSection(p.outcome, plan, (id) => this.on.open(id));

    this.root = h(
      'div',
      { class: 'view view-detail' },
      h('button', { type: 'button', class: 'button back', onclick: () => this.on.back() }, strings.backToList),
      h(
        'article',
        { class: 'detail', 'aria-labelledby': titleId },
        kindBadge(p.kind, icons),
        this.heading,
        p.themes.length ? h('ul', { class: 'themes', 'aria-label': strings.themeLegend }, ...p.themes.map((t) => h('li', {}, strings.theme[t] ?? t))) : null,
        h(
          'p',
          { class: 'meta' },
          strings.by(p.display_name?.trim() || strings.anonymous),
          ' · ',
          strings.posted(friendlyDate(p.created_at)),
          nb ? ` · ${strings.inNeighbourhood(nb.properties.name)}` : '',
          writtenIn(p.lang) ? ` · ${writtenIn(p.lang)}` : '',
        ),
        p.status === 'pending' ? h('p', { class: 'note' }, strings.pendingNote) : null,
        h('div', { class: 'body' }, ...paragraphs(p.body, p.lang)),
        h('p', { class: 'muted precision' }, strings.precisionNote[p.precision] ?? ''),
        this.outcome,
        h(
          'div',
          { class: 'actions' },
          this.supportButton,
          h('button', { type: 'button', class: 'button', onclick: () => this.on.showOnMap(this.c) }, strings.showOnMap),
        ),
        this.supportCount,
        h('p', { class: 'hint' }, strings.supportHint),
        p.themes.includes('energy') ? this.helpSection(nb?.properties.name ?? null) : null,
        this.quotePick,
        h('section', { class: 'replies-section', 'aria-labelledby': repliesHeadingId }, this.repliesHeading, this.repliesEmpty, this.repliesList, this.replyForm()),
      ),
    );
    void this.loadReplies();
    if (picksQuotes) this.offerQuote();
  }

  get id(): string {
    return this.c.id;
  }

  /** "I'd like help with this" on an energy pin: the champions of its neighbourhood get a mail. */
  private helpSection(neighbourhood: string | null): HTMLElement {
    const hintId = uid('help-hint');
    const said = h('p', { class: 'help-said', role: 'status' });
    const button = h('button', { type: 'button', class: 'button help-ask', 'aria-describedby': hintId }, strings.helpAsk);
    button.addEventListener('click', async () => {
      button.disabled = true;
      replace(said, strings.helpAsking);
      try {
        const answer = await request<{ champions: number | null; asked_before: boolean }>(
          `/api/v1/contributions/${encodeURIComponent(this.c.id)}/help`,
          { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' },
        );
        const text = answer.asked_before ? strings.helpAskedBefore : strings.helpTold(answer.champions ?? 0, neighbourhood);
        replace(said, text);
        this.on.announce(text);
      } catch {
        button.disabled = false;
        replace(said, strings.helpFailed);
      }
    });
    return h('div', { class: 'help-request' }, button, h('p', { id: hintId, class: 'hint' }, strings.helpHint), said);
  }

  /** An organisation answered it (from the events stream): the new outcome in place. */
  outcomeChanged(c: Contribution): void {
    if (JSON.stringify(c.properties.outcome) === JSON.stringify(this.c.properties.outcome)) return;
    this.c = { ...this.c, properties: { ...this.c.properties, outcome: c.properties.outcome } };
    const next = outcomeSection(c.properties.outcome, this.plan, (id) => this.on.open(id));
    this.outcome.replaceWith(next);
    this.outcome = next;
  }

  private async loadReplies(): Promise<void> {
    try {
      this.showReplies(await getReplies(this.c.id));
    } catch {
      replace(this.repliesList);
    }
  }

  private showReplies(replies: Reply[]): void {
    replace(
      this.repliesList,
      ...replies.map((r) =>
        h(
          'li',
          { class: 'reply' },
          h('p', { class: 'reply-meta' }, r.display_name?.trim() ? markUserText(h('span', {}, r.display_name.trim())) : strings.anonymous, ' · ', friendlyDate(r.created_at)),
          ...paragraphs(r.body),
        ),
      ),
    );
    this.repliesEmpty.hidden = replies.length > 0;
    replace(this.repliesHeading, strings.repliesHeadingCount(replies.length));
  }

  private async toggleSupport(): Promise<void> {
    if (this.busy) return;
    this.busy = true;
    const want = this.supportButton.getAttribute('aria-pressed') !== 'true';
    try {
      const s = await setSupport(this.c.id, want);
      this.c = { ...this.c, properties: { ...this.c.properties, supported: s.supported, support_count: s.support_count } };
      this.supportButton.setAttribute('aria-pressed', String(s.supported));
      replace(this.supportButton.querySelector('.support-label') as HTMLElement, s.supported ? strings.supported : strings.support);
      replace(this.supportCount, strings.supportCount(s.support_count));
      this.on.announce(`${s.supported ? strings.supportAdded : strings.supportRemoved} ${strings.supportCount(s.support_count)}.`);
      this.on.changed(this.c);
    } catch {
      this.on.announce(strings.supportFailed);
    } finally {
      this.busy = false;
    }
  }

  /**
   * "Quote in the monthly report", for a mobiliser or admin (also when they sign in with
   * the page open): a toggle, shown once its state is known, on published items only.
   */
  offerQuote(): void {
    if (this.quotePick.childElementCount > 0 || this.c.properties.status !== 'published') return;
    const hintId = uid('quote-hint');
    const button = h(
      'button',
      { type: 'button', class: 'button quote-toggle', 'aria-pressed': 'false', 'aria-describedby': hintId },
      strings.featureQuote,
    );
    replace(this.quotePick, button, h('p', { id: hintId, class: 'hint' }, strings.featureHint));
    const show = (featured: boolean) => button.setAttribute('aria-pressed', String(featured));
    button.addEventListener('click', async () => {
      if (button.disabled) return;
      const want = button.getAttribute('aria-pressed') !== 'true';
      button.disabled = true;
      try {
        show((await setFeatured(this.c.id, want)).featured);
        this.on.announce(want ? strings.featureAdded : strings.featureRemoved);
      } catch (err) {
        this.on.announce(err instanceof ApiError && err.status === 409 ? strings.featureRefused : strings.featureFailed);
      } finally {
        button.disabled = false;
      }
    });
    getFeatured(this.c.id)
      .then((s) => {
        show(s.featured);
        this.quotePick.hidden = false;
      })
      .catch(() => undefined);
  }

  private replyForm(): HTMLFormElement {
    const bodyId = uid('reply-body');
    const nameId = uid('reply-name');
    const nameHintId = uid('reply-name-hint');
    const errorId = uid('reply-error');
    const bodyErrorId = uid('reply-body-error');
    const body = h('textarea', { id: bodyId, name: 'body', rows: 3, 'aria-describedby': bodyErrorId });
    const name = h('input', { id: nameId, name: 'display_name', type: 'text', autocomplete: 'nickname', 'aria-describedby': nameHintId });
    const bodyError = h('p', { id: bodyErrorId, class: 'field-error', hidden: true });
    const formError = h('p', { id: errorId, class: 'form-error', role: 'alert', hidden: true });
    const submit = h('button', { type: 'submit', class: 'button primary' }, strings.replySubmit);
    const form = h(
      'form',
      { class: 'reply-form', novalidate: true },
      h('h3', {}, strings.replyHeading),
      h('div', { class: 'field' }, h('label', { for: bodyId }, strings.replyLabel), bodyError, body),
      h('div', { class: 'field' }, h('label', { for: nameId }, strings.replyNameLabel), h('p', { id: nameHintId, class: 'hint' }, strings.replyNameHint), name),
      privacyNote(),
      formError,
      submit,
    );
    const showError = (message: string | null) => {
      bodyError.hidden = !message;
      replace(bodyError, message ? h('span', { class: 'visually-hidden' }, strings.errorPrefix) : null, message ?? '');
      setInvalid(body, Boolean(message));
      body.closest('.field')?.classList.toggle('has-error', Boolean(message));
    };
    form.addEventListener('submit', async (ev) => {
      ev.preventDefault();
      if (submit.disabled) return;
      showError(null);
      formError.hidden = true;
      submit.disabled = true;
      replace(submit, strings.replySending);
      this.replyKey ??= newIdempotencyKey();
      try {
        await postReply(this.c.id, body.value, name.value, this.replyKey);
        this.replyKey = null;
        body.value = '';
        await this.loadReplies();
        this.c = { ...this.c, properties: { ...this.c.properties, reply_count: this.c.properties.reply_count + 1 } };
        this.on.changed(this.c);
        this.on.announce(strings.replySent);
        focus(this.repliesList.lastElementChild as HTMLElement | null);
      } catch (err) {
        if (err instanceof ApiError && !err.offline && err.status < 500) this.replyKey = null;
        const fieldErr = err instanceof ApiError ? err.errors.find((e) => e.field === 'body') : undefined;
        if (fieldErr) {
          showError(fieldErr.message);
          body.focus();
        } else {
          formError.hidden = false;
          replace(formError, err instanceof ApiError && err.offline ? strings.errorOffline : strings.replyFailed);
        }
      } finally {
        submit.disabled = false;
        replace(submit, strings.replySubmit);
      }
    });
    return form;
  }
}
