// A plan's basemap: which one it draws (its own drawing, an OpenStreetMap import or a
// PMTiles archive), and the upload of an OpenStreetMap extract, which takes a while.

import { ApiError } from '../api';
import { h, replace } from '../dom';
import { getBasemap, osmType, setBasemap, uploadOsm, type Basemap, type BasemapName } from './api';
import { Form, Invalid, type Host } from './form';
import { as } from './strings';

const CHOICES: BasemapName[] = ['own', 'osm', 'pmtiles'];
// Read when shown: the words come from the catalogue, loaded after this module.
const name = (b: BasemapName): string => ({ own: as.basemapOwn, osm: as.basemapOsm, pmtiles: as.basemapPmtiles })[b];

/** What each basemap has loaded, in words. */
function loaded(name: BasemapName, b: Basemap): string {
  const p = b.available.pmtiles;
  if (name === 'pmtiles') return p ? as.pmtilesLoaded(p.schema, p.min_zoom, p.max_zoom, as.when(p.imported_at)) : as.features(0);
  return as.features(b.available[name]);
}

export function basemapPanel(host: Host, slug: string, redraw: () => Promise<void>): { root: HTMLElement; load: () => Promise<void> } {
  const slot = h('div', { class: 'admin-basemap-choice' }, h('p', {}, as.basemapLoading));
  let update: ((b: Basemap) => void) | null = null;
  /** The choice as the server has it: drawn the first time, brought up to date after. */
  const show = (b: Basemap) => {
    if (update) return update(b);
    const form = new Form(
      host,
      {
        submit: as.useBasemap,
        busy: as.saving,
        explain: (err) => (err.code === 'basemap_missing' ? [{ field: 'basemap', message: as.basemapMissing }] : null),
      },
      async () => {
        const now = await setBasemap(slug, choice.value());
        show(now);
        form.confirm(as.basemapSaved(name(now.current)));
        await redraw();
      },
    );
    const choice = form.radios<BasemapName>(
      'basemap',
      as.basemapChoice,
      CHOICES.map((value) => ({ value, label: name(value), hint: loaded(value, b) })),
      b.current,
    );
    update = (now) =>
      CHOICES.forEach((name, i) => {
        choice.inputs[i].checked = now.current === name;
        replace(choice.hints[i]!, loaded(name, now));
      });
    replace(slot, form.el);
  };

  const upload = new Form(host, { submit: as.uploadExtract, busy: as.uploading, busyNote: as.osmImporting }, async () => {
    const chosen = file.files?.[0];
    if (!chosen) throw new Invalid([{ field: 'file', message: as.fileMissing }]);
    const type = osmType(chosen.name);
    if (!type) throw new Invalid([{ field: 'file', message: as.osmWrongType }]);
    const done = await uploadOsm(slug, chosen, type);
    show(done.basemap);
    upload.confirm(as.osmDone(done.features));
    await redraw();
  });
  const file = upload.control('file', as.osmFile, h('input', { type: 'file', accept: '.pbf,.osm,.xml' }), { hint: as.osmFileHint });

  const root = h(
    'section',
    { class: 'admin-panel', id: 'admin-basemap', 'aria-labelledby': 'admin-basemap-heading' },
    h('h3', { id: 'admin-basemap-heading' }, as.basemapHeading),
    h('p', {}, as.basemapIntro),
    slot,
    h('h4', {}, as.osmHeading),
    upload.el,
  );
  const load = async () => {
    try {
      show(await getBasemap(slug));
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403) && (await host.refused(err))) return;
      replace(slot, h('p', { class: 'form-error' }, as.basemapFailed));
    }
  };
  return { root, load };
}
