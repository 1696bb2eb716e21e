// Posts flagged in groups' threads (or hidden ones), beside the flagged pins: the plan's
// moderators hide or restore each with a reason, which the server writes to the same
// audit log as a pin's. A section of its own under the queue, reloaded with it.

import { ApiError, request } from '../api';
import { h, replace } from '../dom';
import type { ListName } from './strings';
import { ms } from './strings';

export interface GroupPost {
  id: string;
  group: string;
  group_name: string;
  thread_title: string;
  body: string;
  author: string | null;
  status: string;
  open_flags: number;
  flag_reasons: string[];
  created_at: string;
}

const enc = encodeURIComponent;

async function getGroupPosts(plan: string, list: ListName): Promise<GroupPost[]> {
  const q = new URLSearchParams({ plan, status: list });
  return (await request<{ posts: GroupPost[] }>(`/api/v1/moderation/group-posts?${q}`)).posts;
}

function moderatePost(post: GroupPost, action: 'hide' | 'restore', reason: string): Promise<unknown> {
  return request(`/api/v1/groups/${enc(post.group)}/posts/${enc(post.id)}/moderation`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ action, reason }),
  });
}

export class GroupPosts {
  readonly el: HTMLElement;
  private readonly heading = h('h2', { id: 'mod-posts-heading', tabindex: -1 });
  private readonly note = h('p', { class: 'mod-list-note' });
  private readonly listEl = h('ol', { class: 'mod-list', 'aria-labelledby': 'mod-posts-heading' });
  private loads = 0;
  private count = 0;
  private list: ListName = 'waiting';

  constructor(private readonly say: (text: string) => void) {
    this.el = h('section', { class: 'mod-queue mod-posts', 'aria-labelledby': 'mod-posts-heading' }, this.heading, this.note, this.listEl);
  }

  /** Shows the plan's flagged (or hidden) group posts; a failure says so in the section. */
  async load(plan: string, list: ListName): Promise<void> {
    const number = ++this.loads;
    this.list = list;
    let posts: GroupPost[];
    try {
      posts = await getGroupPosts(plan, list);
    } catch {
      if (number === this.loads) replace(this.note, ms.loadFailed);
      return;
    }
    if (number !== this.loads) return;
    // Cards still listed stay as they are (a half-typed reason, and focus, survive a
    // reload); gone ones are taken away, new ones put in order.
    const kept = new Map<string, HTMLElement>();
    for (const li of Array.from(this.listEl.children) as HTMLElement[]) {
      if (li.dataset.list === list && posts.some((p) => p.id === li.dataset.id)) kept.set(li.dataset.id ?? '', li);
      else li.remove();
    }
    posts.forEach((p, i) => {
      const li = kept.get(p.id) ?? this.card(p);
      // Moved only when out of place: moving a node would take focus away from it.
      if (this.listEl.children[i] !== li) this.listEl.insertBefore(li, this.listEl.children[i] ?? null);
    });
    this.count = posts.length;
    this.showCount();
  }

  private showCount(): void {
    replace(this.heading, ms.postsHeading(this.count, this.list));
    replace(this.note, this.count ? ms.postsNote : ms.postsEmpty(this.list));
  }

  private card(post: GroupPost): HTMLElement {
    const action = this.list === 'waiting' ? 'hide' : 'restore';
    const reasonId = `mod-post-reason-${post.id}`;
    const errorId = `mod-post-error-${post.id}`;
    const reason = h('textarea', { id: reasonId, rows: 2, maxlength: 500, 'aria-describedby': errorId });
    const error = h('p', { id: errorId, class: 'field-error', hidden: true });
    const button = h('button', { type: 'submit', class: 'button' }, action === 'hide' ? ms.postHide : ms.postRestore);
    const li = h(
      'li',
      { class: 'mod-card mod-post-card', 'data-id': post.id, 'data-list': this.list },
      h('p', { class: 'mod-post-where' }, ms.postWhere(post.group_name, post.thread_title)),
      h('p', { class: 'mod-post-by' }, post.author ? ms.postBy(post.author) : ms.postByUnknown),
      h('blockquote', { class: 'mod-post-body' }, post.body),
      post.flag_reasons.length
        ? h('div', {}, h('p', {}, ms.postFlags(post.flag_reasons.length)), h('ul', {}, ...post.flag_reasons.map((r) => h('li', {}, r))))
        : null,
      h(
        'form',
        {
          class: 'mod-post-form',
          onsubmit: (ev: Event) => {
            ev.preventDefault();
            void this.act(post, action, reason, error, button, li);
          },
        },
        h('label', { for: reasonId }, ms.postReason),
        reason,
        error,
        button,
      ),
    );
    return li;
  }

  private async act(
    post: GroupPost,
    action: 'hide' | 'restore',
    reason: HTMLTextAreaElement,
    error: HTMLElement,
    button: HTMLButtonElement,
    li: HTMLElement,
  ): Promise<void> {
    const why = reason.value.trim();
    if (!why) {
      replace(error, ms.postReasonMissing);
      error.hidden = false;
      reason.setAttribute('aria-invalid', 'true');
      reason.focus();
      return;
    }
    error.hidden = true;
    reason.removeAttribute('aria-invalid');
    button.disabled = true;
    try {
      await moderatePost(post, action, why);
    } catch (err) {
      button.disabled = false;
      // Gone or already done by someone else: the list is out of date.
      const gone = err instanceof ApiError && err.status === 404;
      replace(error, gone ? ms.errorGone : ms.postFailed);
      error.hidden = false;
      reason.focus();
      return;
    }
    const next = (li.nextElementSibling ?? li.previousElementSibling) as HTMLElement | null;
    li.remove();
    this.count -= 1;
    this.showCount();
    this.say(action === 'hide' ? ms.postHidden(post.thread_title) : ms.postRestored(post.thread_title));
    (next?.querySelector('textarea') ?? this.heading).focus();
  }
}
