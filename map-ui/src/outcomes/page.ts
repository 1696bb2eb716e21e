// `/p/{plan}/outcomes` ("You said, we did", `?neighbourhood=` for one): the plan's
// commitments with their progress, the voices behind each and their dated updates, what is
// done, and what was not possible and why. Public and printable; the organisation that made
// a commitment (its responders, or an admin) posts progress updates here.

import { ApiError, getMe, getNeighbourhoods, getPlan, type Me, type Neighbourhood } from '../api';
import { Form, Invalid } from '../admin/form';
import { focus, h, replace, uid } from '../dom';
import { initI18n, languagePicker } from '../i18n';
import { setSignedInHint, signedInHint } from '../session';
import { getCommitment, getOutcomes, postUpdate, type Answered, type Commitment, type Outcomes } from './api';
import { answers } from './respond';
import { progressBar, statusBadge, updatesList } from './show';
import { monthName, os } from './strings';
import { strings } from '../strings';
import './outcomes.css';
import './page.css';

class OutcomesPage {
  private readonly status = h('div', { id: 'status', class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  private readonly main = h('main', { id: 'main', class: 'outcomes-main', tabindex: -1 });
  private readonly planName = h('p', { class: 'outcomes-plan' });
  private readonly backLink = h('a', { class: 'button', href: '/' }, os.backToMap);
  private me: Me | null = null;

  constructor(
    private readonly slug: string,
    private readonly neighbourhood: string,
  ) {
    document.body.className = 'outcomes-page';
    document.body.removeAttribute('data-view');
    document.body.removeAttribute('data-mode');
    this.backLink.href = `/p/${encodeURIComponent(slug)}`;
    replace(
      document.body,
      h('a', { class: 'skip-link', href: '#main' }, os.skipToContent),
      h(
        'header',
        { class: 'outcomes-header' },
        h('div', {}, h('h1', {}, os.pageHeading), this.planName),
        h(
          'nav',
          { class: 'outcomes-nav', 'aria-label': os.pageHeading },
          this.backLink,
          h('button', { type: 'button', class: 'button', onclick: () => window.print() }, os.print),
        ),
        languagePicker('outcomes-lang'),
      ),
      this.main,
      this.status,
    );
    // On paper the contributions behind each commitment are shown: closed details print empty.
    let opened: HTMLDetailsElement[] = [];
    window.addEventListener('beforeprint', () => {
      opened = [...this.main.querySelectorAll<HTMLDetailsElement>('details.commitment-behind:not([open])')];
      for (const d of opened) d.open = true;
    });
    window.addEventListener('afterprint', () => {
      for (const d of opened) d.open = false;
    });
  }

  async start(): Promise<void> {
    replace(this.main, h('p', { class: 'loading' }, strings.loading));
    try {
      const [plan, neighbourhoods, outcomes] = await Promise.all([getPlan(this.slug), getNeighbourhoods(this.slug), getOutcomes(this.slug, this.neighbourhood)]);
      const nb = neighbourhoods.find((n) => n.properties.slug === this.neighbourhood);
      document.title = os.pageTitle(nb ? `${nb.properties.name}, ${plan.title}` : plan.title);
      replace(this.planName, nb ? `${nb.properties.name} · ${plan.title}` : plan.title);
      // Commitments with their updates and the contributions behind them, for reading and printing.
      const full = await Promise.all(outcomes.commitments.map((c) => getCommitment(c.id).catch(() => c)));
      if (signedInHint()) {
        this.me = await getMe().catch(() => null);
        setSignedInHint(Boolean(this.me));
      }
      this.render(neighbourhoods, { ...outcomes, commitments: full });
    } catch (err) {
      const notFound = err instanceof ApiError && err.status === 404;
      replace(this.main, h('p', { class: 'note' }, notFound ? os.planNotFound : os.loadFailed));
    }
  }

  private render(neighbourhoods: Neighbourhood[], o: Outcomes): void {
    const commitmentsId = uid('commitments');
    const doneId = uid('done');
    const notId = uid('not-possible');
    replace(
      this.main,
      h('p', { class: 'intro' }, os.pageIntro),
      this.chooser(neighbourhoods),
      h(
        'section',
        { 'aria-labelledby': commitmentsId },
        h('h2', { id: commitmentsId }, os.commitmentsHeading),
        o.commitments.length ? h('ol', { class: 'commitments' }, ...o.commitments.map((c) => h('li', {}, this.commitment(c)))) : h('p', {}, os.noCommitments),
      ),
      h(
        'section',
        { 'aria-labelledby': doneId },
        h('h2', { id: doneId }, os.doneHeading),
        o.done.length ? h('ul', { class: 'answered' }, ...o.done.map((a) => this.answered(a))) : h('p', {}, os.noneDone),
      ),
      h(
        'section',
        { 'aria-labelledby': notId },
        h('h2', { id: notId }, os.notPossibleHeading),
        o.not_possible.length ? h('ul', { class: 'answered' }, ...o.not_possible.map((a) => this.answered(a))) : h('p', {}, os.noneNotPossible),
      ),
    );
  }

  /** A plain GET form: the neighbourhood is in the address, so a link or a print keeps it. */
  private chooser(neighbourhoods: Neighbourhood[]): HTMLElement {
    const select = h(
      'select',
      { id: 'outcomes-neighbourhood', name: 'neighbourhood' },
      h('option', { value: '' }, os.allNeighbourhoods),
      ...[...neighbourhoods]
        .sort((a, b) => a.properties.name.localeCompare(b.properties.name))
        .map((n) => h('option', { value: n.properties.slug, selected: n.properties.slug === this.neighbourhood }, n.properties.name)),
    );
    return h(
      'form',
      { class: 'outcomes-chooser', method: 'get', action: location.pathname },
      h('label', { for: select.id }, os.neighbourhoodLabel),
      h('div', { class: 'search-row' }, select, h('button', { type: 'submit', class: 'button' }, os.show)),
    );
  }

  private contributionLink(a: Answered): HTMLAnchorElement {
    return h('a', { href: `/p/${encodeURIComponent(this.slug)}#/c/${a.id}` }, a.title);
  }

  private commitment(c: Commitment): HTMLElement {
    const titleId = uid('commitment');
    const article = h(
      'article',
      { class: 'commitment', 'aria-labelledby': titleId },
      h('h3', { id: titleId, translate: 'no', 'data-user-text': true }, c.title),
      h('p', { class: 'commitment-meta' }, statusBadge(c.status), ' ', h('span', {}, os.by(c.organisation))),
      progressBar(c.title, c.progress),
      h('p', { class: 'commitment-voices' }, h('strong', {}, os.voices(c.voices)), c.expected_month ? ` · ${os.expected(monthName(c.expected_month))}` : ''),
      h('blockquote', { class: 'outcome-response' }, ...c.response.split(/\n\s*\n/).filter((p) => p.trim()).map((p) => h('p', {}, p.trim())), h('footer', {}, `— ${c.organisation}`)),
      c.reason ? h('p', {}, h('strong', {}, `${os.whyNot}: `), c.reason) : null,
      h('h4', {}, os.updatesHeading),
      c.updates?.length ? updatesList(c.updates) : h('p', { class: 'muted' }, os.noUpdates),
      c.contributions?.length
        ? h('details', { class: 'commitment-behind' }, h('summary', {}, `${os.behindHeading} (${c.contributions.length})`), h('ul', {}, ...c.contributions.map((a) => h('li', {}, this.contributionLink(a)))))
        : null,
    );
    if (answers(this.me)) article.append(this.updateForm(c, article));
    return article;
  }

  private answered(a: Answered): HTMLLIElement {
    return h(
      'li',
      { class: 'answered-item' },
      h('p', { class: 'answered-title' }, statusBadge(a.status), ' ', this.contributionLink(a)),
      a.response ? h('p', {}, a.response, a.organisation ? h('span', { class: 'muted' }, ` — ${a.organisation}`) : null) : null,
      a.reason ? h('p', {}, h('strong', {}, `${os.whyNot}: `), a.reason) : null,
    );
  }

  /** The organisation that made it posts progress: a percentage and a note. */
  private updateForm(c: Commitment, article: HTMLElement): HTMLElement {
    const me = this.me!;
    const form: Form = new Form(
      {
        me,
        say: (text) => this.say(text),
        refused: async (err) => {
          form.showErrors([], err.message);
          return true;
        },
      },
      { submit: os.updateSubmit, busy: os.updateSending, className: 'update-form' },
      async () => {
        const raw = progress.value.trim();
        const pc = raw === '' ? null : Number(raw);
        if (pc !== null && !Number.isInteger(pc)) throw new Invalid([{ field: 'progress', message: os.progressInvalid }]);
        const written = await postUpdate(c.id, pc, note.value);
        const fresh = await getCommitment(c.id).catch(() => null);
        if (fresh) {
          const next = this.commitment(fresh);
          article.replaceWith(next);
          focus(next.querySelector('h3'));
        }
        this.say(os.updatePosted(written.progress));
      },
    );
    const progress = form.control('progress', os.updateProgress, h('input', { type: 'number', min: 0, max: 100, step: 1, inputmode: 'numeric', value: c.progress }));
    const note = form.control('note', os.updateNote, h('textarea', { rows: 3 }));
    return h('details', { class: 'update-box' }, h('summary', {}, os.updateHeading), form.el);
  }

  private say(text: string): void {
    this.status.textContent = '';
    window.setTimeout(() => (this.status.textContent = text), 50);
  }
}

/** Starts the page for `/p/{plan}/outcomes`. */
export async function startOutcomes(pathname: string): Promise<void> {
  const m = /^\/p\/([^/]+)\/outcomes\/?$/.exec(pathname);
  const slug = m ? decodeURIComponent(m[1]) : '';
  const neighbourhood = new URLSearchParams(location.search).get('neighbourhood') ?? '';
  // The status names and the contributions' words come from the plan page's catalogue too.
  await initI18n(['outcomes', 'form', 'map', 'common']);
  const page = new OutcomesPage(slug, neighbourhood);
  await page.start();
}
