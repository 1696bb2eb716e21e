// The "about you" questions as a form part: one fieldset of radio buttons a question, each
// starting at "Prefer not to say", and the first half of the postcode as text. Shared by the
// step after a pin (step.ts), the workshop phone page and the field app's conversation form.

import { h, setInvalid, uid } from '../dom';
import type { AboutYouAnswers } from './api';
import { AGE_BANDS, ays, DISABILITIES, ETHNIC_GROUPS, GENDERS, TENURES } from './strings';

type Question = 'age' | 'gender' | 'ethnic' | 'disability' | 'tenure';

const QUESTIONS: { question: Question; field: keyof AboutYouAnswers; bands: readonly string[]; legend: () => string }[] = [
  { question: 'age', field: 'age_band', bands: AGE_BANDS, legend: () => ays.age },
  { question: 'gender', field: 'gender', bands: GENDERS, legend: () => ays.gender },
  { question: 'ethnic', field: 'ethnic_group', bands: ETHNIC_GROUPS, legend: () => ays.ethnic },
  { question: 'disability', field: 'disability', bands: DISABILITIES, legend: () => ays.disability },
  { question: 'tenure', field: 'tenure', bands: TENURES, legend: () => ays.tenure },
];

/** One or two letters, a digit, then maybe a digit or a letter; a full postcode is cut. */
const OUTWARD = /^[A-Z]{1,2}[0-9][0-9A-Z]?$/;

/** The first half of what someone typed as a postcode, upper case; '' for none; null if it is not one. */
export function postcodeDistrict(typed: string): string | null {
  const upper = typed.trim().toUpperCase();
  if (!upper) return '';
  const parts = upper.split(/\s+/);
  if (parts.length === 1) {
    if (OUTWARD.test(upper)) return upper;
    const head = upper.slice(0, -3);
    return /^[0-9][A-Z]{2}$/.test(upper.slice(-3)) && OUTWARD.test(head) ? head : null;
  }
  return parts.length === 2 && OUTWARD.test(parts[0]) && /^[0-9][A-Z]{2}$/.test(parts[1]) ? parts[0] : null;
}

export class AboutYouQuestions {
  readonly root: HTMLElement;
  readonly postcode: HTMLInputElement;
  private readonly postcodeError: HTMLElement;
  private readonly groups = new Map<keyof AboutYouAnswers, HTMLFieldSetElement>();
  private readonly name = uid('about-you');

  constructor() {
    this.root = h('div', { class: 'about-you-questions' });
    for (const q of QUESTIONS) {
      const set = h('fieldset', { class: 'field choices about-you-question', 'data-question': q.field });
      set.append(h('legend', {}, q.legend()));
      const radio = (value: string, label: string) => {
        const id = uid(`${this.name}-${q.field}`);
        const input = h('input', { type: 'radio', id, name: `${this.name}-${q.field}`, value, checked: value === '' });
        return h('div', { class: 'choice' }, input, h('label', { for: id }, label));
      };
      set.append(radio('', ays.preferNot), ...q.bands.map((band) => radio(band, ays.band(q.question, band))));
      this.groups.set(q.field, set);
      this.root.append(set);
    }
    const id = uid(`${this.name}-postcode`);
    const hintId = uid(`${this.name}-postcode-hint`);
    this.postcodeError = h('p', { class: 'field-error', id: uid(`${this.name}-postcode-error`), hidden: true });
    this.postcode = h('input', {
      id,
      type: 'text',
      name: `${this.name}-postcode`,
      autocomplete: 'off',
      spellcheck: 'false',
      maxlength: 8,
      size: 8,
      'aria-describedby': `${hintId} ${this.postcodeError.id}`,
    });
    this.root.append(
      h('div', { class: 'field about-you-postcode' }, h('label', { for: id }, ays.postcode), h('p', { class: 'hint', id: hintId }, ays.postcodeHint), this.postcodeError, this.postcode),
    );
  }

  /** The answers given; null (and the postcode marked) when the postcode is not one. */
  values(): AboutYouAnswers | null {
    const answers: AboutYouAnswers = {};
    for (const [field, set] of this.groups) {
      const checked = set.querySelector<HTMLInputElement>('input:checked');
      if (checked?.value) answers[field] = checked.value;
    }
    const district = postcodeDistrict(this.postcode.value);
    this.showPostcodeError(district === null);
    if (district === null) return null;
    if (district) answers.postcode_district = district;
    return answers;
  }

  /** Whether any question has an answer other than "Prefer not to say". */
  answered(): boolean {
    return [...this.groups.values()].some((set) => set.querySelector<HTMLInputElement>('input:checked')?.value) || this.postcode.value.trim() !== '';
  }

  /** Marks the postcode (the only answer a person types) as wrong, or not. */
  showPostcodeError(wrong: boolean): void {
    this.postcodeError.hidden = !wrong;
    this.postcodeError.textContent = wrong ? ays.postcodeInvalid : '';
    setInvalid(this.postcode, wrong);
  }

  /** Shows answers given before (a conversation being changed). */
  set(answers: AboutYouAnswers): void {
    for (const [field, set] of this.groups) {
      const input = set.querySelector<HTMLInputElement>(`input[value="${answers[field] ?? ''}"]`);
      if (input) input.checked = true;
    }
    this.postcode.value = answers.postcode_district ?? '';
  }

  /** Back to "Prefer not to say" everywhere. */
  reset(): void {
    for (const set of this.groups.values()) {
      const none = set.querySelector<HTMLInputElement>('input[value=""]');
      if (none) none.checked = true;
    }
    this.postcode.value = '';
    this.showPostcodeError(false);
  }
}
