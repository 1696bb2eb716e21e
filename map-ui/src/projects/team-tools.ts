// The team's tools on a project's page (shown only when the server says `can_edit`):
// post an update with a photo, add a milestone, a document, a volunteer role or a team
// member, change the figures. Each form shows a 422 by its fields; after a change the page
// is drawn again from the server, the live region says what changed and focus moves to the
// heading of the section that shows it (ToolsHost). Generation has its own file.

import { ApiError } from '../api';
import { focus, h } from '../dom';
import { t } from '../i18n';
import { projectsApi as api, type ProjectPage } from './api';
import { Field, missing, monthHint, note, problem, refused, toolForm, valueOf, type ToolsHost } from './forms';
import { generationTools } from './generation-tools';

/** The kinds of document the server takes (by their bytes): PDF, office documents, photos. */
const DOCUMENT_TYPES = '.pdf,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp,image/png,image/jpeg,image/gif,image/webp';

export function teamTools(page: ProjectPage, host: ToolsHost): HTMLElement {
  return h(
    'section',
    { class: 'pj-team-tools', 'aria-labelledby': 'pj-tools-h' },
    h('h2', { id: 'pj-tools-h' }, t('projects-team-tools')),
    h(
      'div',
      { class: 'pj-tools' },
      updateForm(page, host),
      milestoneForm(page, host),
      documentForm(page, host),
      ...generationTools(page, host),
      roleForm(page, host),
      figuresForm(page, host),
      memberForm(page, host),
      h(
        'div',
        {},
        h('h3', {}, t('projects-volunteers')),
        h('p', {}, h('a', { class: 'button', href: api.volunteersCsv(page.id), download: `${page.slug}-volunteers.csv` }, t('projects-export-volunteers'))),
        h('p', {}, h('a', { href: `${host.url('champions')}?near=${encodeURIComponent(page.slug)}` }, t('projects-find-champions-near'))),
      ),
    ),
  );
}

function updateForm(page: ProjectPage, host: ToolsHost): HTMLElement {
  const text = new Field('text', t('projects-update-text'), h('textarea', { rows: 4, required: true, maxlength: 4000 }));
  const photo = new Field('photo', t('projects-update-photo'), h('input', { type: 'file', accept: 'image/png,image/jpeg,image/gif,image/webp' }), t('projects-update-photo-hint'));
  const alt = new Field('alt', t('projects-update-caption'), h('input', { type: 'text', maxlength: 300 }), t('projects-update-caption-hint'));
  const message = h('div', {});
  const form = toolForm(t('projects-post-update'), t('projects-post'), message, text.el, photo.el, alt.el);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void (async () => {
      if (missing(text, t('projects-text-needed'))) return;
      const file = (photo.control as HTMLInputElement).files?.[0];
      let posted;
      try {
        posted = await api.postUpdate(page.id, valueOf(text));
      } catch (err) {
        return refused([text], message, err);
      }
      if (file) {
        try {
          await api.photo(page.id, posted.id, file, valueOf(alt));
        } catch (err) {
          photo.show(problem(err));
          message.replaceChildren(note('error', t('projects-update-posted-no-photo', { problem: problem(err) })));
          return;
        }
      }
      await host.changed(t('projects-update-posted'), 'pj-updates-h');
    })();
  });
  return form;
}

function milestoneForm(page: ProjectPage, host: ToolsHost): HTMLElement {
  const title = new Field('title', t('projects-milestone-title'), h('input', { type: 'text', required: true, maxlength: 200 }), t('projects-milestone-title-hint'));
  const due = new Field('due_month', t('projects-milestone-due-month'), h('input', { type: 'month' }), monthHint());
  const done = new Field('done_on', t('projects-milestone-done-on'), h('input', { type: 'date' }), t('projects-milestone-done-on-hint'));
  const fields = [title, due, done];
  const message = h('div', {});
  const form = toolForm(t('projects-add-milestone'), t('projects-add-milestone-button'), message, ...fields.map((f) => f.el));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    fields.forEach((f) => f.show(null));
    if (missing(title, t('projects-milestone-title-needed'))) return;
    void api.addMilestone(page.id, { title: valueOf(title), due_month: valueOf(due) || null, done_on: valueOf(done) || null }).then(
      (m) => host.changed(t('projects-milestone-added', { milestone: m.title }), 'pj-ms-h'),
      (err: unknown) => refused(fields, message, err),
    );
  });
  return form;
}

function documentForm(page: ProjectPage, host: ToolsHost): HTMLElement {
  const title = new Field('title', t('projects-document-title'), h('input', { type: 'text', required: true, maxlength: 200 }), t('projects-document-title-hint'));
  const file = new Field('file', t('projects-document-file'), h('input', { type: 'file', required: true, accept: DOCUMENT_TYPES }), t('projects-document-file-hint'));
  const message = h('div', {});
  const form = toolForm(t('projects-add-document'), t('projects-add-document-button'), message, title.el, file.el);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    [title, file].forEach((f) => f.show(null));
    message.replaceChildren();
    if (missing(title, t('projects-document-title-needed'))) return;
    const chosen = (file.control as HTMLInputElement).files?.[0];
    if (!chosen) {
      file.show(t('projects-document-file-needed'));
      return focus(file.control);
    }
    void api.addDocument(page.id, valueOf(title), chosen).then(
      (d) => host.changed(t('projects-document-added', { document: d.title }), 'pj-docs-h'),
      (err: unknown) => {
        // Too large (413) or not a kind of file the site takes (415): said by the file.
        if (err instanceof ApiError && (err.status === 413 || err.status === 415)) {
          file.show(t('projects-file-refused', { problem: problem(err) }));
          return focus(file.control);
        }
        refused([title], message, err);
      },
    );
  });
  return form;
}

function roleForm(page: ProjectPage, host: ToolsHost): HTMLElement {
  const title = new Field('title', t('projects-role-title'), h('input', { type: 'text', required: true, maxlength: 120 }), t('projects-role-title-hint'));
  const description = new Field('description', t('projects-role-description'), h('textarea', { rows: 3, maxlength: 2000 }));
  const message = h('div', {});
  const form = toolForm(t('projects-add-role'), t('projects-add-role-button'), message, title.el, description.el);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    void api.addRole(page.id, title.control.value, description.control.value).then(
      (role) => host.changed(t('projects-role-added', { role: role.title }), 'pj-roles-h'),
      (err: unknown) => refused([title, description], message, err),
    );
  });
  return form;
}

function figuresForm(page: ProjectPage, host: ToolsHost): HTMLElement {
  const num = (v: number | null, step: string) => h('input', { type: 'number', inputmode: 'decimal', step, min: 0, value: v == null ? '' : String(v) });
  const kwpField = new Field('kwp', t('projects-figure-kwp'), num(page.kwp, 'any'));
  const homes = new Field('homes_served', t('projects-figure-homes'), num(page.homes_served, '1'));
  const buildings = new Field('buildings_served', t('projects-figure-buildings'), num(page.buildings_served, '1'));
  const rooftopBox = h('input', { type: 'checkbox', checked: page.rooftop });
  const rooftop = new Field('rooftop', t('projects-figure-rooftop'), rooftopBox);
  const fields = [kwpField, homes, buildings, rooftop];
  const message = h('div', {});
  const form = toolForm(t('projects-edit-figures'), t('projects-save-figures'), message, ...fields.map((f) => f.el));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    message.replaceChildren();
    const body: Record<string, unknown> = { rooftop: rooftopBox.checked };
    for (const [f, key] of [[kwpField, 'kwp'], [homes, 'homes_served'], [buildings, 'buildings_served']] as const) {
      const v = valueOf(f) === '' ? null : Number(valueOf(f));
      if (v != null && !Number.isFinite(v)) {
        f.show(t('projects-number-needed'));
        return focus(f.control);
      }
      if (v != null) body[key] = v;
    }
    void api.patch(page.id, body).then(
      () => host.changed(t('projects-figures-saved'), 'pj-fig-h'),
      (err: unknown) => refused(fields, message, err),
    );
  });
  return form;
}

function memberForm(page: ProjectPage, host: ToolsHost): HTMLElement {
  const email = new Field('email', t('projects-member-email'), h('input', { type: 'email', required: true, maxlength: 254, autocomplete: 'off', spellcheck: 'false' }), t('projects-member-email-hint'));
  const message = h('div', {});
  const form = toolForm(t('projects-add-member'), t('projects-add-member-button'), message, email.el);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    email.show(null);
    message.replaceChildren();
    if (missing(email, t('projects-member-email-needed'))) return;
    const address = valueOf(email);
    void api.addMember(page.id, address).then(
      () => host.changed(t('projects-member-added', { email: address }), 'pj-team-h'),
      (err: unknown) => refused([email], message, err),
    );
  });
  return form;
}
