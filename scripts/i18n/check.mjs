#!/usr/bin/env node
// make i18n-check: the Fluent catalogues agree with en-GB and with the sources.
//
//   node scripts/i18n/check.mjs [LOCALES_DIR] [--sources DIR[,DIR…]]
//
// LOCALES_DIR (default: locales/) holds one folder per language tag, en-GB the source of
// truth. --sources (default: map-ui/src,crates) are searched for the ids in use. It fails
// (exit 1, each fault on its own line, `file:line: …`) when
//   - a file does not parse (a Fluent Junk entry: file and line of the error);
//   - a message id does not start with its file's name (`field-` in field.ftl; a plural
//     file name may drop its s: `problem-` in problems.ftl) or is defined twice in a language;
//   - a message or attribute of en-GB is missing from a translation and its id is not listed
//     in that language's UNTRANSLATED file (one id a line, `#` comments);
//   - a translation has a message or attribute en-GB lacks, or UNTRANSLATED lists an id that
//     en-GB lacks or that the translation has after all;
//   - a translation of a message does not use every variable its en-GB text uses, or uses a
//     variable en-GB does not (that one would be shown as `{$name}`);
//   - an en-GB message is used nowhere: its id, as a whole word, appears in no source file
//     and in no other en-GB message. Ids the code builds from a prefix and a value (for
//     example `field-channel-` + the channel) count as used when their prefix is listed in
//     scripts/i18n/dynamic-prefixes.txt and that prefix (its last dash optional) appears in the
//     sources;
//   - there is a folder for the pseudo-locale en-XA (it is made from en-GB at run time).
// Then it prints, per language, translated / untranslated / total messages.

import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative, resolve, dirname, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FluentParser, Visitor } from '@fluent/syntax';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
const SOURCE = 'en-GB';
const PSEUDO = 'en-XA';
const SOURCE_EXT = /\.(ts|tsx|js|mjs|html|rs)$/;

const args = process.argv.slice(2);
let localesDir = join(ROOT, 'locales');
let sourceDirs = [join(ROOT, 'map-ui', 'src'), join(ROOT, 'crates')];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--sources') {
    sourceDirs = (args[++i] ?? '').split(',').filter(Boolean).map((d) => resolve(d));
  } else {
    localesDir = resolve(args[i]);
  }
}

const faults = [];
const fault = (file, line, text) => faults.push(`${relative(process.cwd(), file) || file}:${line}: ${text}`);

// Variables used anywhere in a pattern (placeables, selectors, call arguments).
class Variables extends Visitor {
  constructor() {
    super();
    this.names = new Set();
  }
  visitVariableReference(node) {
    this.names.add(node.id.name);
  }
}
class MessageRefs extends Visitor {
  constructor() {
    super();
    this.ids = new Set();
  }
  visitMessageReference(node) {
    this.ids.add(node.id.name);
  }
}
const variablesOf = (node) => {
  const v = new Variables();
  if (node) v.visit(node);
  return v.names;
};

const lineAt = (text, offset) => text.slice(0, offset).split('\n').length;

// One language: id → { file, line, vars (of the value), attrs: name → vars, refs }.
function readLanguage(dir) {
  const messages = new Map();
  const parser = new FluentParser({ withSpans: true });
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.ftl')).sort()) {
    const file = join(dir, name);
    const text = readFileSync(file, 'utf8');
    const stem = basename(name, '.ftl');
    const prefixes = [`${stem}-`];
    if (stem.endsWith('s')) prefixes.push(`${stem.slice(0, -1)}-`);
    for (const entry of parser.parse(text).body) {
      if (entry.type === 'Junk') {
        // The entry's first line names the message; the parser's note says what it expected.
        const note = entry.annotations[0];
        fault(file, lineAt(text, entry.span.start), `syntax error: ${note ? `${note.code} ${note.message}` : 'unparsed text'}`);
        continue;
      }
      if (entry.type !== 'Message') continue;
      const id = entry.id.name;
      const line = lineAt(text, entry.span.start);
      if (!prefixes.some((p) => id.startsWith(p))) {
        fault(file, line, `message id "${id}" does not start with "${prefixes[0]}"`);
      }
      const earlier = messages.get(id);
      if (earlier) {
        fault(file, line, `message id "${id}" is defined again (first at ${relative(process.cwd(), earlier.file)}:${earlier.line})`);
        continue;
      }
      const refs = new MessageRefs();
      refs.visit(entry);
      messages.set(id, {
        file,
        line,
        hasValue: entry.value !== null,
        vars: variablesOf(entry.value),
        attrs: new Map(entry.attributes.map((a) => [a.id.name, variablesOf(a.value)])),
        refs: refs.ids,
      });
    }
  }
  return messages;
}

function readUntranslated(dir) {
  const file = join(dir, 'UNTRANSLATED');
  const ids = new Map();
  if (!existsSync(file)) return { file, ids };
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const id = raw.replace(/#.*/, '').trim();
      if (id) ids.set(id, i + 1);
    });
  return { file, ids };
}

function sourceFiles(dir, out = []) {
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'target' || name.startsWith('.')) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) sourceFiles(path, out);
    else if (SOURCE_EXT.test(name)) out.push(path);
  }
  return out;
}

function dynamicPrefixes() {
  const file = join(HERE, 'dynamic-prefixes.txt');
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

const sameSet = (a, b) => [...a].filter((x) => !b.has(x));

if (!existsSync(join(localesDir, SOURCE))) {
  console.error(`i18n-check: no ${SOURCE} folder in ${localesDir}`);
  process.exit(1);
}
const tags = readdirSync(localesDir)
  .filter((d) => statSync(join(localesDir, d)).isDirectory())
  .sort((a, b) => (a === SOURCE ? -1 : b === SOURCE ? 1 : a.localeCompare(b)));
if (tags.includes(PSEUDO)) {
  fault(join(localesDir, PSEUDO), 1, `${PSEUDO} is the pseudo-locale, made from ${SOURCE} at run time: it has no files`);
}

const source = readLanguage(join(localesDir, SOURCE));

// Unused en-GB ids.
const sourceText = sourceDirs.flatMap((d) => sourceFiles(d)).map((f) => readFileSync(f, 'utf8')).join('\n');
const wordRe = (s) => new RegExp(`(?<![\\w-])${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\w-])`);
const referenced = new Set([...source.values()].flatMap((m) => [...m.refs]));
// A prefix is live when the sources name it, with or without its last dash (`byKey('map-kind', …)`).
const livePrefixes = dynamicPrefixes().filter((p) => sourceText.includes(p) || wordRe(p.replace(/-$/, '')).test(sourceText));
for (const [id, m] of source) {
  if (referenced.has(id) || livePrefixes.some((p) => id.startsWith(p))) continue;
  if (!wordRe(id).test(sourceText)) fault(m.file, m.line, `message "${id}" is used nowhere in ${sourceDirs.map((d) => relative(ROOT, d) || d).join(', ')}`);
}

const counts = [[SOURCE, source.size, 0, source.size]];
for (const tag of tags.filter((t) => t !== SOURCE && t !== PSEUDO)) {
  const dir = join(localesDir, tag);
  const lang = readLanguage(dir);
  const untranslated = readUntranslated(dir);
  let translated = 0;
  for (const [id, want] of source) {
    const have = lang.get(id);
    if (!have) {
      if (!untranslated.ids.has(id)) {
        fault(join(dir, basename(want.file)), 1, `message "${id}" is missing (translate it, or list it in ${tag}/UNTRANSLATED)`);
      }
      continue;
    }
    translated++;
    if (untranslated.ids.has(id)) {
      fault(untranslated.file, untranslated.ids.get(id), `"${id}" is listed as untranslated but ${tag} has it`);
    }
    if (want.hasValue && !have.hasValue) fault(have.file, have.line, `message "${id}" has no value (en-GB has one)`);
    const parts = [[null, want.vars, have.vars], ...[...want.attrs].map(([a, vars]) => [a, vars, have.attrs.get(a)])];
    for (const [attr, wantVars, haveVars] of parts) {
      const what = attr ? `"${id}.${attr}"` : `"${id}"`;
      if (!haveVars) {
        fault(have.file, have.line, `attribute ${what} is missing`);
        continue;
      }
      for (const v of sameSet(wantVars, haveVars)) fault(have.file, have.line, `${what} does not use the variable $${v} that en-GB uses`);
      for (const v of sameSet(haveVars, wantVars)) fault(have.file, have.line, `${what} uses the variable $${v} that en-GB does not have`);
    }
    for (const a of have.attrs.keys()) {
      if (!want.attrs.has(a)) fault(have.file, have.line, `attribute "${id}.${a}" is not in en-GB`);
    }
  }
  for (const [id, m] of lang) {
    if (!source.has(id)) fault(m.file, m.line, `message "${id}" is not in en-GB`);
  }
  for (const [id, line] of untranslated.ids) {
    if (!source.has(id)) fault(untranslated.file, line, `"${id}" is listed as untranslated but is not in en-GB`);
  }
  counts.push([tag, translated, source.size - translated, source.size]);
}

console.log('language  translated  untranslated  total');
for (const [tag, t, u, n] of counts) {
  console.log(`${tag.padEnd(8)}  ${String(t).padStart(10)}  ${String(u).padStart(12)}  ${String(n).padStart(5)}`);
}
if (faults.length) {
  console.error(faults.join('\n'));
  console.error(`i18n-check: ${faults.length} fault${faults.length === 1 ? '' : 's'}`);
  process.exit(1);
}
console.log('i18n-check: ok');
