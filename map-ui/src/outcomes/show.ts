// How an outcome looks wherever a contribution is: a badge (a shape and words, coloured by
// status), and on the contribution itself the organisation's signed answer, the commitment
// with its progress bar and dated updates. Everything goes in as text.

import { h, markUserText, uid } from '../dom';
import { friendlyDate } from '../strings';
import { getCommitment, type Commitment, type Outcome, type ProgressNote } from './api';
import { monthName, os, type OutcomeStatus } from './strings';
import './outcomes.css';

/** The status as a shape and its words; the colour only repeats them. */
export function statusBadge(status: OutcomeStatus): HTMLElement {
  return h(
    'span',
    { class: `outcome-badge outcome-${status}` },
    h('span', { class: 'outcome-icon', 'aria-hidden': 'true' }, os.icon[status]),
    h('span', { class: 'outcome-name' }, os.status[status]),
  );
}

/** A progress bar with its words: a real <progress>, named by what it measures. */
export function progressBar(title: string, progress: number): HTMLElement {
  const labelId = uid('progress');
  return h(
    'div',
    { class: 'outcome-progress' },
    h('progress', { max: 100, value: progress, 'aria-labelledby': labelId }),
    h('span', { id: labelId }, h('span', { class: 'visually-hidden' }, `${os.progressLabel(title)}: `), os.progress(progress)),
  );
}

/** Paragraphs of an organisation's own words, as text in the language they wrote. */
function paragraphs(text: string): HTMLElement[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => markUserText(h('p', {}, p)));
}

/** Dated progress updates, newest first. */
export function updatesList(updates: ProgressNote[]): HTMLElement {
  return h(
    'ol',
    { class: 'outcome-updates', reversed: true },
    ...[...updates].reverse().map((u) =>
      h('li', {}, h('p', { class: 'outcome-update-meta' }, h('time', { datetime: u.date }, friendlyDate(u.date)), ` · ${os.progress(u.progress)}`), ...paragraphs(u.note)),
    ),
  );
}

/**
 * What a list card adds once a contribution is answered: the badge, the start of the answer
 * signed by the organisation, and the commitment with its progress bar.
 */
export function cardOutcome(outcome: Outcome | undefined): HTMLElement | null {
  if (!outcome || outcome.status === 'open') return null;
  const c = outcome.commitment;
  return h(
    'span',
    { class: 'card-outcome' },
    statusBadge(outcome.status),
    outcome.response
      ? markUserText(
          h(
            'span',
            { class: 'card-outcome-response' },
            outcome.response,
            outcome.organisation ? markUserText(h('span', { class: 'card-outcome-org' }, ` — ${outcome.organisation}`)) : null,
          ),
        )
      : outcome.organisation
        ? h('span', { class: 'card-outcome-org' }, os.by(outcome.organisation))
        : null,
    c ? h('span', { class: 'card-outcome-commitment' }, h('span', {}, `${os.commitment}: ${c.title}`), progressBar(c.title, c.progress)) : null,
  );
}

/**
 * "What happened" on a contribution: status, the answer signed by the organisation, the
 * commitment (its progress and updates, loaded on demand) and what each status adds.
 */
export function outcomeSection(outcome: Outcome | undefined, plan: string, openContribution: (id: string) => void): HTMLElement {
  const o: Outcome = outcome ?? {
    status: 'open',
    organisation: null,
    referred_to: null,
    response: null,
    commitment: null,
    expected_month: null,
    reason: null,
    duplicate_of: null,
    updated_at: null,
  };
  const headingId = uid('outcome');
  const section = h(
    'section',
    { class: `outcome outcome-section-${o.status}`, 'aria-labelledby': headingId },
    h('h3', { id: headingId }, os.outcomeHeading),
    h('p', { class: 'outcome-status' }, h('span', { class: 'visually-hidden' }, `${os.statusLabel}: `), statusBadge(o.status), o.updated_at ? h('span', { class: 'muted' }, ` ${os.lastChanged(friendlyDate(o.updated_at))}`) : null),
  );
  if (o.referred_to) section.append(h('p', {}, os.referredTo(o.referred_to)));
  if (o.expected_month) section.append(h('p', {}, os.expected(monthName(o.expected_month))));
  if (o.response) {
    section.append(
      h(
        'blockquote',
        { class: 'outcome-response' },
        ...paragraphs(o.response),
        o.organisation ? markUserText(h('footer', {}, `— ${o.organisation}`)) : null,
      ),
    );
  }
  if (o.reason) section.append(h('p', {}, h('strong', {}, `${os.whyNot}: `), markUserText(h('span', {}, o.reason))));
  if (o.duplicate_of) {
    const id = o.duplicate_of;
    section.append(
      h(
        'p',
        {},
        `${os.duplicateOf}: `,
        h('a', { href: `#/c/${id}`, onclick: (ev: Event) => { ev.preventDefault(); openContribution(id); } }, os.openOriginal),
      ),
    );
  }
  if (o.commitment) {
    const c = o.commitment;
    const updates = h('div', { class: 'outcome-updates-box' });
    section.append(
      h(
        'div',
        { class: 'outcome-commitment' },
        h('p', { class: 'outcome-commitment-title' }, h('span', { class: 'muted' }, `${os.commitment}: `), markUserText(h('strong', {}, c.title))),
        progressBar(c.title, c.progress),
        updates,
      ),
    );
    void getCommitment(c.id)
      .then((full: Commitment) => {
        if (full.updates?.length) updates.append(h('h4', {}, os.updatesHeading), updatesList(full.updates));
      })
      .catch(() => undefined);
  }
  section.append(h('p', {}, h('a', { href: `/p/${encodeURIComponent(plan)}/outcomes` }, os.seeAll)));
  return section;
}
