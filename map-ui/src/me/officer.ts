// For data officers (and admins) on `/me`: requests made on someone's behalf. Finds what
// mobilisers recorded for a resident in a plan, by the name or note recorded, and
// downloads or erases the ones chosen. The server scopes every request to the officer's
// plans and writes it to the audit log.

import { focus, h, replace, uid } from '../dom';
import { eraseRecorded, exportRecorded, findRecorded, listPlans, type Recorded } from './api';
import { ms } from './strings';

/** Saves `blob` as `name`, as a download would. */
function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = h('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function officerSection(): Promise<HTMLElement> {
  const plans = await listPlans();
  const headingId = uid('me-officer');
  const planId = uid('me-officer-plan');
  const nameId = uid('me-officer-name');
  const plan = h('select', { id: planId, name: 'plan' }, ...plans.map((p) => h('option', { value: p.slug }, p.title)));
  const name = h('input', { id: nameId, name: 'name', type: 'search', minlength: 2, maxlength: 120, required: true });
  const results = h('div', { class: 'me-officer-results', 'aria-live': 'polite' });
  const form = h(
    'form',
    { class: 'me-form' },
    h('label', { for: planId }, ms.officerPlan),
    plan,
    h('label', { for: nameId }, ms.officerName),
    name,
    h('button', { type: 'submit', class: 'button primary' }, ms.officerSearch),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const slug = plan.value;
    findRecorded(slug, name.value.trim())
      .then((found) => show(slug, found))
      .catch(() => replace(results, h('p', { class: 'field-error', role: 'alert' }, ms.loadFailed)));
  });

  const show = (slug: string, found: Recorded[]) => {
    if (!found.length) {
      replace(results, h('p', {}, ms.officerNone));
      return;
    }
    const boxes = found.map((r) => {
      const id = uid('me-recorded');
      const box = h('input', { id, type: 'checkbox', value: r.id, checked: true });
      const about = [r.on_behalf_of, r.conversation_date].filter(Boolean).join(', ');
      return { box, item: h('li', {}, box, ' ', h('label', { for: id }, `${r.title} (${about})`)) };
    });
    const status = h('p', { role: 'status' });
    const chosen = () => boxes.filter((b) => b.box.checked).map((b) => b.box.value);
    const download = h('button', { type: 'button', class: 'button' }, ms.officerDownload);
    const erase = h('button', { type: 'button', class: 'button danger' }, ms.officerErase);
    download.addEventListener('click', () => {
      exportRecorded(slug, chosen())
        .then((blob) => save(blob, 'waymark-data-request.zip'))
        .catch(() => replace(status, ms.loadFailed));
    });
    // Erasing asks first, on the page.
    const question = h('p', { tabindex: -1 }, ms.officerEraseConfirm);
    const yes = h('button', { type: 'button', class: 'button danger' }, ms.officerErase);
    const no = h('button', { type: 'button', class: 'button' }, ms.eraseCancel);
    const confirm = h('div', { class: 'me-confirm', hidden: true }, question, h('div', { class: 'me-actions' }, yes, no));
    erase.addEventListener('click', () => {
      confirm.hidden = false;
      focus(question);
    });
    no.addEventListener('click', () => {
      confirm.hidden = true;
      erase.focus();
    });
    yes.addEventListener('click', () => {
      confirm.hidden = true;
      eraseRecorded(slug, chosen())
        .then((e) => replace(status, ms.erased(e.contributions + e.contributions_kept_for_replies, e.contributions_kept_for_replies)))
        .catch(() => replace(status, ms.eraseFailed));
    });
    replace(
      results,
      h('fieldset', {}, h('legend', {}, ms.officerFound(found.length)), h('ul', { class: 'me-recorded' }, ...boxes.map((b) => b.item))),
      h('div', { class: 'me-actions' }, download, erase),
      confirm,
      status,
    );
  };

  return h(
    'section',
    { class: 'privacy-section', 'aria-labelledby': headingId },
    h('h2', { id: headingId }, ms.officerHeading),
    h('p', {}, ms.officerIntro),
    form,
    results,
  );
}
