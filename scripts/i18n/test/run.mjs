// The check's own test (run by `make i18n-check` before the real catalogues): a good fixture
// passes, and each fault planted in the broken one is reported with its file and line.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const check = (name) =>
  spawnSync(process.execPath, [join(here, '..', 'check.mjs'), join(name, 'locales'), '--sources', join(name, 'src')], {
    cwd: here,
    encoding: 'utf8',
  });

test('a complete catalogue passes and prints its counts', () => {
  const run = check('good');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^en-GB\s+9\s+0\s+9$/m);
  assert.match(run.stdout, /^pl\s+8\s+1\s+9$/m);
});

test('each planted fault is reported with file and line', () => {
  const run = check('broken');
  assert.equal(run.status, 1);
  const expected = [
    'broken/locales/pl/demo.ftl:9: syntax error: E0003 Expected token: "}"',
    'broken/locales/pl/demo.ftl:13: "demo-signed-in" does not use the variable $email that en-GB uses',
    'broken/locales/pl/demo.ftl:12: message "demo-extra" is not in en-GB',
    'broken/locales/pl/demo.ftl:14: message id "wrong-prefix" does not start with "demo-"',
    'broken/locales/pl/demo.ftl:7: attribute "demo-field.placeholder" is missing',
    'broken/locales/pl/demo.ftl:1: message "demo-channel-event" is missing (translate it, or list it in pl/UNTRANSLATED)',
    'broken/locales/pl/UNTRANSLATED:2: "demo-gone" is listed as untranslated but is not in en-GB',
    'broken/locales/en-GB/demo.ftl:13: message "demo-outer" is used nowhere',
  ];
  for (const line of expected) assert.ok(run.stderr.includes(line), `missing: ${line}\n--- got:\n${run.stderr}`);
});
