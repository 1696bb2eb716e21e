// A plan's organisations: the table of them and the form to add one. Who answers for each
// is set per account in the users section (the list does not carry its responders).

import { ApiError } from '../api';
import { h, replace } from '../dom';
import { createOrganisation, listOrganisations, ORGANISATION_KINDS, type AdminOrganisation, type OrganisationKind } from './api';
import { Form, Invalid, table, tableBox, type Host } from './form';
import { as } from './strings';

export async function organisationsPanel(host: Host, slug: string): Promise<HTMLElement> {
  const list = h('div', { class: 'admin-organisations' });
  const showList = (orgs: AdminOrganisation[]) => replace(list, ...organisationsTable(orgs));
  showList(await listOrganisations(slug));

  const form = new Form(
    host,
    {
      submit: as.addOrganisation,
      busy: as.saving,
      // The slug the server made from the name may be the one that is taken.
      explain: (err: ApiError) => (err.status === 409 ? [{ field: 'slug', message: as.organisationSlugTaken }] : null),
    },
    async () => {
      if (!name.value.trim()) throw new Invalid([{ field: 'name', message: as.organisationNameMissing }]);
      const made = await createOrganisation(slug, {
        name: name.value.trim(),
        slug: address.value.trim() || undefined,
        kind: kind.value as OrganisationKind,
      });
      showList(await listOrganisations(slug));
      name.value = '';
      address.value = '';
      form.confirm(as.organisationAdded(made.name));
    },
  );
  const name = form.control('name', as.organisationName, h('input', { type: 'text', maxlength: 200, autocomplete: 'off' }), {
    hint: as.organisationNameHint,
  });
  const address = form.control(
    'slug',
    as.optional(as.organisationSlug),
    h('input', { type: 'text', maxlength: 64, autocomplete: 'off', spellcheck: 'false', class: 'admin-narrow' }),
    { hint: as.organisationSlugHint },
  );
  const kind = form.control(
    'kind',
    as.organisationKindLabel,
    h('select', {}, ...ORGANISATION_KINDS.map((k) => h('option', { value: k }, as.organisationKind[k]))),
  );
  kind.value = 'council';
  return h(
    'section',
    { class: 'admin-panel', id: 'admin-organisations', 'aria-labelledby': 'admin-organisations-heading' },
    h('h3', { id: 'admin-organisations-heading' }, as.organisationsHeading),
    h('p', {}, as.organisationsIntro),
    list,
    h('p', {}, h('a', { href: '/admin?section=users', 'data-nav': true }, as.makeResponders)),
    h('h4', {}, as.newOrganisationHeading),
    form.el,
  );
}

function organisationsTable(orgs: AdminOrganisation[]): HTMLElement[] {
  if (!orgs.length) return [h('p', { class: 'admin-empty' }, as.organisationsNone)];
  const sorted = [...orgs].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return [
    tableBox(
      table(
        as.organisationsTable(sorted.length),
        [as.colName, as.colKind, as.organisationSlug],
        sorted.map((o) => [o.name, as.organisationKind[o.kind] ?? o.kind, o.slug]),
        // Stacked on a phone: three columns of words do not fit in 360 px.
        'admin-table-stack',
      ),
    ),
  ];
}
