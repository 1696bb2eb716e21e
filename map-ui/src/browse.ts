// The list view: filters, search and the contributions in the map's view. It is the
// accessible alternative to the map, so everything the map shows can be reached from here.

import type { Contribution, Filters, Neighbourhood } from './api';
import { h, replace, uid, userText } from './dom';
import { noFilters } from './url';
import { cardOutcome, statusBadge } from './outcomes/show';
import { os, STATUSES, type OutcomeStatus } from './outcomes/strings';
import { follow, friendlyDate, KINDS, mine, strings, THEMES, writtenIn, type Kind, type Theme } from './strings';

export interface BrowseHandlers {
  changeFilters(next: Filters, cause: FilterCause): void;
  open(id: string, trigger: HTMLElement): void;
  /** A card is pointed at or focused: ring its pin on the map (null: none). */
  preview(c: Contribution | null): void;
  more(): void;
  /** "Get news by e-mail", of `neighbourhood` or of a place to choose (''). */
  follow(neighbourhood: string, trigger: HTMLElement): void;
  /** A responder ticked or unticked a contribution in the list. */
  tick(c: Contribution, on: boolean): void;
  /** "Your contributions": what this browser or account posted. */
  mine(trigger: HTMLElement): void;
}

export type FilterCause = 'search' | 'kind' | 'theme' | 'neighbourhood' | 'outcome' | 'clear';

export interface ListState {
  items: Contribution[];
  loading: boolean;
  failed: boolean;
  more: boolean;
  filtered: boolean;
  note: string;
}

/** A kind's icon (from the style's sprite) and its name: shape, colour and words together. */
export function kindBadge(kind: Kind, icons: Record<string, string>): HTMLElement {
  const icon = icons[kind];
  return h(
    'span',
    { class: `kind kind-${kind}` },
    icon ? h('img', { src: icon, alt: '', width: 24, height: 24, class: 'kind-icon' }) : h('span', { class: 'kind-icon kind-fallback', 'aria-hidden': 'true' }),
    h('span', { class: 'kind-name' }, strings.kind[kind]),
  );
}

export class BrowseView {
  readonly root: HTMLElement;
  readonly heading: HTMLHeadingElement;
  private readonly searchInput: HTMLInputElement;
  private readonly filtersToggle: HTMLButtonElement;
  private readonly filtersPanel: HTMLElement;
  private readonly kindBoxes = new Map<Kind, HTMLInputElement>();
  private readonly themeBoxes = new Map<Theme, HTMLInputElement>();
  private readonly outcomeBoxes = new Map<OutcomeStatus, HTMLInputElement>();
  private readonly answeredBox: HTMLInputElement;
  /** The responders' tools, above the list, when the account may answer. */
  private readonly toolsSlot = h('div', { class: 'respond-slot' });
  /** Ticked contributions while a responder chooses them; null when no one is. */
  private ticked: Set<string> | null = null;
  private lastState: ListState | null = null;
  private readonly neighbourhoodSelect: HTMLSelectElement;
  private readonly followNeighbourhood: HTMLButtonElement;
  private readonly summary: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly moreButton: HTMLButtonElement;
  private filters: Filters;
  private noMap = false;
  private readonly intro: HTMLParagraphElement;
  private readonly mineButton: HTMLButtonElement;

  constructor(
    plan: string,
    filters: Filters,
    private readonly neighbourhoods: Neighbourhood[],
    private icons: Record<string, string>,
    private readonly on: BrowseHandlers,
  ) {
    this.filters = structuredClone(filters);
    const headingId = uid('browse-heading');
    this.heading = h('h2', { id: headingId, class: 'panel-heading', tabindex: -1 }, strings.browseHeading);

    const searchId = uid('search');
    const searchHintId = uid('search-hint');
    this.searchInput = h('input', {
      id: searchId,
      type: 'search',
      name: 'q',
      autocomplete: 'off',
      enterkeyhint: 'search',
      'aria-describedby': searchHintId,
      value: filters.q,
    });
    const searchForm = h(
      'form',
      {
        class: 'search',
        role: 'search',
        onsubmit: (ev: Event) => {
          ev.preventDefault();
          this.filters.q = this.searchInput.value.trim();
          this.on.changeFilters(structuredClone(this.filters), 'search');
        },
      },
      h('label', { for: searchId }, strings.searchLabel),
      h('p', { id: searchHintId, class: 'hint' }, strings.searchHint),
      h('div', { class: 'search-row' }, this.searchInput, h('button', { type: 'submit', class: 'button' }, strings.searchButton)),
    );
    this.searchInput.addEventListener('input', () => {
      // Emptying the box is the way people take a search back.
      if (this.searchInput.value === '' && this.filters.q !== '') {
        this.filters.q = '';
        this.on.changeFilters(structuredClone(this.filters), 'search');
      }
    });

    const panelId = uid('filters');
    this.filtersToggle = h('button', {
      type: 'button',
      class: 'disclosure',
      'aria-expanded': 'false',
      'aria-controls': panelId,
      onclick: () => this.toggleFilters(),
    });

    const kindFieldset = h('fieldset', { class: 'checks' }, h('legend', {}, strings.kindLegend));
    for (const kind of KINDS) {
      const id = uid(`kind-${kind}`);
      const box = h('input', { type: 'checkbox', id, name: 'kind', value: kind, checked: filters.kinds.includes(kind) });
      box.addEventListener('change', () => this.readChecks('kind'));
      this.kindBoxes.set(kind, box);
      kindFieldset.append(h('div', { class: 'check' }, box, h('label', { for: id }, kindBadge(kind, this.icons))));
    }

    const themeFieldset = h('fieldset', { class: 'checks' }, h('legend', {}, strings.themeLegend));
    for (const theme of THEMES) {
      const id = uid(`theme-${theme}`);
      const box = h('input', { type: 'checkbox', id, name: 'theme', value: theme, checked: filters.themes.includes(theme) });
      box.addEventListener('change', () => this.readChecks('theme'));
      this.themeBoxes.set(theme, box);
      themeFieldset.append(h('div', { class: 'check' }, box, h('label', { for: id }, strings.theme[theme])));
    }

    const answeredId = uid('answered');
    this.answeredBox = h('input', { type: 'checkbox', id: answeredId, name: 'has_answer', checked: filters.hasAnswer });
    this.answeredBox.addEventListener('change', () => this.readChecks('outcome'));
    const outcomeFieldset = h(
      'fieldset',
      { class: 'checks' },
      h('legend', {}, os.outcomeLegend),
      h('div', { class: 'check' }, this.answeredBox, h('label', { for: answeredId }, os.hasAnswer)),
    );
    for (const status of STATUSES) {
      const id = uid(`outcome-${status}`);
      const box = h('input', { type: 'checkbox', id, name: 'outcome', value: status, checked: filters.outcomes.includes(status) });
      box.addEventListener('change', () => this.readChecks('outcome'));
      this.outcomeBoxes.set(status, box);
      outcomeFieldset.append(h('div', { class: 'check' }, box, h('label', { for: id }, statusBadge(status))));
    }

    const nbId = uid('neighbourhood');
    this.neighbourhoodSelect = h('select', { id: nbId, name: 'neighbourhood' }, h('option', { value: '' }, strings.anyNeighbourhood));
    for (const n of [...neighbourhoods].sort((a, b) => a.properties.name.localeCompare(b.properties.name))) {
      this.neighbourhoodSelect.append(h('option', { value: n.properties.slug, selected: n.properties.slug === filters.neighbourhood }, n.properties.name));
    }
    this.neighbourhoodSelect.addEventListener('change', () => {
      this.filters.neighbourhood = this.neighbourhoodSelect.value;
      this.updateToggle();
      this.on.changeFilters(structuredClone(this.filters), 'neighbourhood');
    });

    // In a neighbourhood's context: following it is one step away.
    this.followNeighbourhood = h('button', {
      type: 'button',
      class: 'button link-like follow-neighbourhood',
      hidden: true,
      onclick: () => this.on.follow(this.filters.neighbourhood, this.followNeighbourhood),
    });

    this.filtersPanel = h(
      'div',
      { id: panelId, class: 'filters', hidden: true },
      kindFieldset,
      themeFieldset,
      outcomeFieldset,
      h('div', { class: 'field' }, h('label', { for: nbId }, strings.neighbourhoodLabel), this.neighbourhoodSelect, this.followNeighbourhood),
      h(
        'button',
        {
          type: 'button',
          class: 'button link-like',
          onclick: () => {
            this.filters = noFilters();
            this.sync(this.filters);
            this.on.changeFilters(structuredClone(this.filters), 'clear');
          },
        },
        strings.clearFilters,
      ),
    );

    this.summary = h('p', { class: 'results-summary' });
    this.list = h('ol', { class: 'cards', 'aria-labelledby': headingId });
    this.moreButton = h('button', { type: 'button', class: 'button more', hidden: true, onclick: () => this.on.more() }, strings.showMore);
    const followButton: HTMLButtonElement = h(
      'button',
      { type: 'button', class: 'button follow-button', onclick: () => this.on.follow('', followButton) },
      follow.button,
    );

    this.mineButton = h(
      'button',
      { type: 'button', class: 'button mine-button', onclick: () => this.on.mine(this.mineButton) },
      mine.button(null),
    );

    this.root = h(
      'div',
      { class: 'view view-browse' },
      this.heading,
      (this.intro = h('p', { class: 'intro' }, strings.browseIntro)),
      searchForm,
      this.filtersToggle,
      this.filtersPanel,
      h('div', { class: 'browse-actions' }, followButton, this.mineButton),
      h('p', { class: 'outcomes-link' }, h('a', { href: `/p/${encodeURIComponent(plan)}/outcomes` }, os.pageHeading)),
      this.toolsSlot,
      this.summary,
      this.list,
      this.moreButton,
    );
    this.updateToggle();
    if (filters.kinds.length || filters.themes.length || filters.neighbourhood || filters.outcomes.length || filters.hasAnswer) this.toggleFilters(true);
  }

  /** Without a map the list covers the whole plan, and says so. */
  setNoMap(): void {
    this.noMap = true;
    replace(this.intro, strings.browseIntroNoMap);
  }

  setIcons(icons: Record<string, string>): void {
    this.icons = icons;
    for (const [kind, box] of this.kindBoxes) {
      const label = box.nextElementSibling;
      if (label) replace(label, kindBadge(kind, icons));
    }
  }

  private toggleFilters(open?: boolean): void {
    const next = open ?? this.filtersPanel.hidden;
    this.filtersPanel.hidden = !next;
    this.filtersToggle.setAttribute('aria-expanded', String(next));
  }

  private readChecks(cause: 'kind' | 'theme' | 'outcome'): void {
    this.filters.kinds = KINDS.filter((k) => this.kindBoxes.get(k)?.checked);
    this.filters.themes = THEMES.filter((t) => this.themeBoxes.get(t)?.checked);
    this.filters.outcomes = STATUSES.filter((o) => this.outcomeBoxes.get(o)?.checked);
    this.filters.hasAnswer = this.answeredBox.checked;
    this.on.changeFilters(structuredClone(this.filters), cause);
  }

  private updateToggle(): void {
    const f = this.filters;
    const n = f.kinds.length + f.themes.length + f.outcomes.length + (f.hasAnswer ? 1 : 0) + (f.neighbourhood ? 1 : 0);
    replace(
      this.filtersToggle,
      h('span', {}, strings.filtersToggle),
      n ? h('span', { class: 'badge' }, strings.filtersActive(n)) : null,
    );
    const name = this.neighbourhoods.find((x) => x.properties.slug === f.neighbourhood)?.properties.name;
    this.followNeighbourhood.hidden = !name;
    replace(this.followNeighbourhood, name ? follow.buttonNeighbourhood(name) : '');
  }

  /** Shows `filters` in the controls (after a link or Back changed them). */
  sync(filters: Filters): void {
    this.filters = structuredClone(filters);
    this.searchInput.value = filters.q;
    for (const [k, box] of this.kindBoxes) box.checked = filters.kinds.includes(k);
    for (const [t, box] of this.themeBoxes) box.checked = filters.themes.includes(t);
    for (const [o, box] of this.outcomeBoxes) box.checked = filters.outcomes.includes(o);
    this.answeredBox.checked = filters.hasAnswer;
    this.neighbourhoodSelect.value = filters.neighbourhood;
    this.updateToggle();
  }

  /** How many contributions this browser or account posted (null: not known). */
  setMineCount(n: number | null): void {
    replace(this.mineButton, mine.button(n));
  }

  /** Puts the responders' tools above the list (null takes them away). */
  setTools(el: HTMLElement | null): void {
    replace(this.toolsSlot, el);
  }

  /** Shows a tick box on each card (`ticked` the chosen ids), or none (null). */
  setTicking(ticked: Set<string> | null): void {
    this.ticked = ticked;
    if (this.lastState) this.render(this.lastState);
  }

  render(state: ListState): void {
    this.lastState = state;
    this.updateToggle();
    this.root.setAttribute('aria-busy', String(state.loading));
    if (state.failed) {
      replace(this.summary, strings.listFailed);
    } else if (state.loading && !state.items.length) {
      replace(this.summary, strings.listLoading);
    } else {
      replace(
        this.summary,
        state.items.length ? strings.resultsCount(state.items.length, state.more, this.noMap) : state.filtered ? strings.noResults : strings.noResultsEmpty,
        state.filtered && state.items.length ? ` ${strings.resultsFiltered}` : '',
        state.note ? ` ${state.note}` : '',
      );
    }
    const names = new Map(this.neighbourhoods.map((n) => [n.properties.slug, n.properties.name]));
    // Someone reading the list with the keyboard keeps their place when it is redrawn.
    const active = document.activeElement;
    const focused = active instanceof HTMLElement && this.list.contains(active) ? active : null;
    const focusedId = focused?.dataset.id;
    const focusedTick = focused instanceof HTMLInputElement;
    replace(this.list, ...state.items.map((c) => this.card(c, names)));
    if (focusedId) {
      const again = focusedTick ? this.list.querySelector<HTMLElement>(`input[data-id="${CSS.escape(focusedId)}"]`) : this.cardFor(focusedId);
      again?.focus({ preventScroll: true });
    }
    this.moreButton.hidden = !state.more;
  }

  private card(c: Contribution, names: Map<string, string>): HTMLLIElement {
    const p = c.properties;
    const meta: string[] = [];
    if (p.themes.length) meta.push(p.themes.map((t) => strings.theme[t] ?? t).join(', '));
    if (p.neighbourhood && names.has(p.neighbourhood)) meta.push(strings.inNeighbourhood(names.get(p.neighbourhood) ?? ''));
    const written = writtenIn(p.lang);
    if (written) meta.push(written);
    const counts = [strings.supportsCount(p.support_count), strings.repliesCount(p.reply_count), friendlyDate(p.created_at)];
    const link = h(
      'a',
      { class: 'card', href: `#/c/${c.id}`, 'data-id': c.id },
      kindBadge(p.kind, this.icons),
      userText(h('h3', { class: 'card-title' }, p.title), p.lang),
      meta.length ? h('span', { class: 'card-meta' }, meta.join(' · ')) : null,
      h('span', { class: 'card-counts' }, counts.join(' · ')),
      cardOutcome(p.outcome),
    );
    for (const on of ['mouseenter', 'focus']) link.addEventListener(on, () => this.on.preview(c));
    for (const off of ['mouseleave', 'blur']) link.addEventListener(off, () => this.on.preview(null));
    link.addEventListener('click', (ev) => {
      if (ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.button !== 0) return;
      ev.preventDefault();
      this.on.open(c.id, link);
    });
    if (!this.ticked) return h('li', {}, link);
    const box = h('input', { type: 'checkbox', class: 'card-tick', 'data-id': c.id, 'aria-label': os.tick(p.title), checked: this.ticked.has(c.id) });
    box.addEventListener('change', () => this.on.tick(c, box.checked));
    return h('li', { class: 'ticking' }, box, link);
  }

  /** The list entry of `id`, to give focus back to after the detail closes. */
  cardFor(id: string): HTMLElement | null {
    return this.list.querySelector<HTMLElement>(`a[data-id="${CSS.escape(id)}"]`);
  }
}
