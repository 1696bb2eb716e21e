// What the community asked for: the pins and conversations a version answers, each with
// its supports and replies, and (while the group edits a draft) tick boxes over the voices
// of the area to choose them. Beside them, the community-energy proposals in the area.

import { h, markUserText, replace, uid } from '../dom';
import type { AreaProposal, Voice } from './api';
import { energy } from '../strings';
import { ep } from './strings';

function voiceItem(v: Voice, plan: string): HTMLElement[] {
  return [
    h('a', { href: `/p/${encodeURIComponent(plan)}#/c/${v.id}` }, markUserText(h('span', {}, v.title))),
    h('span', { class: 'muted' }, ` · ${ep.voiceCounts(v.supports, v.replies)}`, v.conversation ? ` · ${ep.conversation}` : ''),
  ];
}

export class Priorities {
  readonly el: HTMLElement;
  private readonly chosen: Set<string>;
  private readonly body = h('div', {});

  constructor(
    private readonly plan: string,
    private readonly current: Voice[],
    /** The voices of the area to choose from, when the draft can change. */
    candidates: Promise<Voice[]> | null,
    private readonly changed: () => void,
  ) {
    this.chosen = new Set(current.map((v) => v.id));
    const headingId = uid('ep-priorities');
    this.el = h(
      'section',
      { class: 'ep-priorities', 'aria-labelledby': headingId },
      h('h2', { id: headingId }, ep.prioritiesHeading),
      h('p', { class: 'hint' }, ep.prioritiesIntro),
      this.body,
    );
    if (candidates) {
      replace(this.body, h('p', { class: 'muted' }, ep.loading));
      void candidates.then((all) => this.chooser(all)).catch(() => this.list());
    } else {
      this.list();
    }
  }

  private list(): void {
    replace(
      this.body,
      this.current.length ? h('ol', { class: 'ep-voices' }, ...this.current.map((v) => h('li', {}, ...voiceItem(v, this.plan)))) : h('p', { class: 'muted' }, ep.noPriorities),
    );
  }

  private chooser(all: Voice[]): void {
    // The chosen ones first, in their order; then the rest as the area ranks them.
    const ids = new Set(all.map((v) => v.id));
    const voices = [...this.current.filter((v) => !ids.has(v.id)), ...all];
    const legendId = uid('ep-choose');
    replace(
      this.body,
      voices.length
        ? h(
            'fieldset',
            { class: 'ep-chooser', 'aria-labelledby': legendId },
            h('legend', { id: legendId }, ep.choosePriorities),
            h(
              'ul',
              {},
              ...voices.map((v) => {
                const box = h('input', { type: 'checkbox', id: uid('ep-voice'), value: v.id });
                box.checked = this.chosen.has(v.id);
                box.addEventListener('change', () => {
                  if (box.checked) this.chosen.add(v.id);
                  else this.chosen.delete(v.id);
                  this.changed();
                });
                return h('li', { class: 'check' }, box, h('label', { for: box.id }, markUserText(h('span', {}, v.title)), h('span', { class: 'muted' }, ` · ${ep.voiceCounts(v.supports, v.replies)}`, v.conversation ? ` · ${ep.conversation}` : '')));
              }),
            ),
          )
        : h('p', { class: 'muted' }, ep.noVoices),
    );
  }

  /** The chosen ids, in the order they are listed. */
  ids(): string[] {
    const order = [...this.body.querySelectorAll<HTMLInputElement>('input[type=checkbox]')].map((b) => b.value);
    if (!order.length) return [...this.chosen];
    return order.filter((id) => this.chosen.has(id));
  }
}

export function proposalsSection(plan: string, list: AreaProposal[]): HTMLElement {
  const headingId = uid('ep-proposals');
  return h(
    'section',
    { class: 'ep-proposals', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, ep.proposalsHeading),
    list.length
      ? h(
          'ul',
          {},
          ...list.map((p) =>
            h('li', {}, h('a', { href: `/p/${encodeURIComponent(plan)}#/proposal/${p.id}` }, markUserText(h('span', {}, p.title))),
              h('span', { class: 'muted' }, ` · ${energy.technologies[p.technology] ?? p.technology} · ${ep.proposalLine(p.group_name, p.import_kw, p.export_kw, energy.statuses[p.status] ?? p.status)}`),
            ),
          ),
        )
      : h('p', { class: 'muted' }, ep.noProposals),
  );
}
