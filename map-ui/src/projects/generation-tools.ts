// The team's generation tools: one month's kWh typed in, or a meter's monthly CSV
// (`month,kwh` lines) imported. The server takes the whole file or none of it: its 422
// names every bad line, listed here in an error summary (an alert, focused) above the
// file field, so that the team can correct the file and import it again.

import { ApiError } from '../api';
import { ErrorSummary, focus, h } from '../dom';
import { t } from '../i18n';
import { projectsApi as api, type ProjectPage } from './api';
import { Field, missing, monthHint, note, problem, refused, toolForm, valueOf, type ToolsHost } from './forms';

export function generationTools(page: ProjectPage, host: ToolsHost): HTMLElement[] {
  return [enterMonth(page, host), importCsv(page, host)];
}

function enterMonth(page: ProjectPage, host: ToolsHost): HTMLElement {
  const month = new Field('month', t('projects-month'), h('input', { type: 'month', required: true }), monthHint());
  const kwh = new Field('kwh', t('projects-generation-kwh'), h('input', { type: 'number', inputmode: 'decimal', min: 0, step: 'any', required: true }));
  const message = h('div', {});
  const form = toolForm(t('projects-enter-generation'), t('projects-save-generation'), message, month.el, kwh.el);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    [month, kwh].forEach((f) => f.show(null));
    message.replaceChildren();
    if (missing(month, t('projects-month-needed'))) return;
    const value = Number(valueOf(kwh));
    if (valueOf(kwh) === '' || !Number.isFinite(value)) {
      kwh.show(t('projects-number-needed'));
      return focus(kwh.control);
    }
    void api.putGeneration(page.id, [{ month: valueOf(month), kwh: value }]).then(
      () => host.changed(t('projects-generation-saved'), 'pj-gen-h'),
      (err: unknown) => {
        // The server names the month sent by its place in the list (`[0]`), as it does a
        // meter file's line: its message says whether the month or the kWh is wrong.
        if (err instanceof ApiError && err.status === 422) {
          const e = err.errors.find((x) => x.field === '[0]');
          if (e) {
            const f = /kwh/i.test(e.message) ? kwh : month;
            f.show(`${t('projects-field-problem')} ${e.message}`);
            return focus(f.control);
          }
        }
        refused([month, kwh], message, err);
      },
    );
  });
  return form;
}

function importCsv(page: ProjectPage, host: ToolsHost): HTMLElement {
  const file = new Field('file', t('projects-import-file'), h('input', { type: 'file', required: true, accept: '.csv,text/csv' }), t('projects-import-file-hint', { example: '2026-05,1234.5', header: 'month,kwh' }));
  const summary = new ErrorSummary(t('projects-import-refused'), 'error-summary pj-summary');
  const message = h('div', {});
  const form = toolForm(t('projects-import-generation'), t('projects-import-button'), message, summary.el, file.el);
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    summary.hide();
    file.show(null);
    message.replaceChildren();
    const chosen = (file.control as HTMLInputElement).files?.[0];
    if (!chosen) {
      file.show(t('projects-import-file-needed'));
      return focus(file.control);
    }
    void api.importGeneration(page.id, chosen).then(
      () => host.changed(t('projects-generation-imported'), 'pj-gen-h'),
      (err: unknown) => {
        if (!(err instanceof ApiError && err.status === 422 && err.errors.length)) {
          message.append(note('error', problem(err)));
          return;
        }
        const lines = err.errors.map((e) => {
          const n = /^line (\d+)$/.exec(e.field)?.[1];
          return { message: n ? t('projects-import-line', { line: Number(n), problem: e.message }) : e.message, target: file.control };
        });
        file.show(t('projects-import-fix', { count: lines.length }));
        summary.show(lines);
      },
    );
  });
  return form;
}
