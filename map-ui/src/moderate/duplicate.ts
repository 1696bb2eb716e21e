// Choosing the original of a duplicate: search the plan's published contributions by
// words, or paste an id. The choices are radio buttons; the server checks that the one
// chosen is another contribution of the same plan.

import { ApiError, type Contribution } from '../api';
import { h, replace, setInvalid, uid } from '../dom';
import { searchContributions, UUID } from './api';
import { ms } from './strings';

export class DuplicatePicker {
  readonly root: HTMLElement;
  /** The search box, which has focus when the form opens. */
  readonly input: HTMLInputElement;
  private readonly error: HTMLElement;
  private readonly choices = h('div', { class: 'mod-choices' });
  private readonly fieldset: HTMLFieldSetElement;
  private readonly group = uid('mod-original');
  private search: AbortController | null = null;

  constructor(
    private readonly plan: string,
    private readonly self: string,
    private readonly announce: (text: string) => void,
  ) {
    const inputId = uid('mod-search');
    const hint = h('p', { class: 'hint', id: uid('mod-search-hint') }, ms.duplicateSearchHint);
    this.error = h('p', { class: 'field-error', id: uid('mod-original-error'), hidden: true });
    const input = h('input', { id: inputId, type: 'search', name: 'q', autocomplete: 'off', 'aria-describedby': `${hint.id} ${this.error.id}` });
    this.input = input;
    const go = () => void this.find(input.value.trim());
    // Enter in the search box searches; it must not send the form.
    input.addEventListener('keydown', (ev) => {
      if (ev.key === 'Enter') {
        ev.preventDefault();
        go();
      }
    });
    this.fieldset = h(
      'fieldset',
      { class: 'mod-original', 'aria-describedby': this.error.id, hidden: true },
      h('legend', {}, ms.duplicateChoose),
      this.choices,
    );
    this.root = h(
      'div',
      { class: 'mod-duplicate' },
      h(
        'div',
        { class: 'field' },
        h('label', { for: inputId }, ms.duplicateSearch),
        hint,
        this.error,
        h('div', { class: 'search-row' }, input, h('button', { type: 'button', class: 'button', onclick: go }, ms.duplicateSearchButton)),
      ),
      this.fieldset,
    );
  }

  /**
   * Where a "choose one" error goes: beside the search box, and a link to the choices
   * when there are some, else to the box.
   */
  field(): { control: HTMLElement; error: HTMLElement } {
    const radio = this.choices.querySelector<HTMLInputElement>('input[type="radio"]');
    return { control: this.fieldset.hidden || !radio ? this.input : radio, error: this.error };
  }

  /** The id of the original chosen, if any. */
  chosen(): string | null {
    return this.choices.querySelector<HTMLInputElement>('input:checked')?.value ?? null;
  }

  private async find(q: string): Promise<void> {
    this.search?.abort();
    if (!q) return;
    this.fieldset.hidden = false;
    if (UUID.test(q)) {
      this.show([{ id: q.toLowerCase(), label: ms.duplicateById(q.toLowerCase()), hint: '' }]);
      return;
    }
    const search = new AbortController();
    this.search = search;
    replace(this.choices, h('p', { class: 'muted' }, ms.duplicateSearching));
    try {
      const found = (await searchContributions(this.plan, q, search.signal)).filter((c) => c.id !== this.self);
      this.show(found.map(choiceOf));
    } catch (err) {
      if (search.signal.aborted) return;
      replace(this.choices, h('p', { class: 'field-error' }, err instanceof ApiError && err.offline ? ms.errorOffline : ms.errorServer));
    }
  }

  private show(options: { id: string; label: string; hint: string }[]): void {
    // A "choose one" error now belongs to the choices, not the box.
    setInvalid(this.input, false);
    if (!options.length) {
      replace(this.choices, h('p', {}, ms.duplicateNone));
      this.announce(ms.duplicateNone);
      return;
    }
    replace(
      this.choices,
      ...options.map((o, i) => {
        const id = uid('mod-choice');
        const hintId = uid('mod-choice-hint');
        return h(
          'div',
          { class: 'choice' },
          h('input', { type: 'radio', id, name: this.group, value: o.id, checked: options.length === 1 && i === 0, 'aria-describedby': o.hint ? hintId : null }),
          h('label', { for: id }, o.label),
          o.hint ? h('p', { class: 'hint', id: hintId }, o.hint) : null,
        );
      }),
    );
    this.announce(ms.duplicateFound(options.length));
  }
}

function choiceOf(c: Contribution): { id: string; label: string; hint: string } {
  const p = c.properties;
  return { id: c.id, label: p.title, hint: [ms.kind[p.kind], ms.when(p.created_at), c.id].join(' · ') };
}
