#!/usr/bin/env node
// Converts the UI's former TypeScript catalogue (ui/src/lib/i18n/en.ts: `'a.b': 'Text {n}'`) into
// the English Fluent catalogue, locales/en/app.ftl, and regenerates the key type the components
// are checked against (ui/src/lib/i18n/message-keys.ts).
//
// Why a script: while the UI moved to Fluent, other branches kept adding keys to en.ts. After
// merging such a branch, run it again (from ui/: `node scripts/ts-to-ftl.mjs`, or give the path of
// an en.ts); it merges rather than overwrites:
// - a key missing from app.ftl is added after the key that precedes it in en.ts;
// - a key whose app.ftl message is plain text is replaced by the en.ts text (an edited message);
// - a key whose app.ftl message was rewritten by hand with a selector (plurals: `{ $n -> … }`) is
//   kept, and listed so that someone checks it against the en.ts text;
// - a key no component or module names (not even through a prefix such as `enum.${group}.`) is
//   not added: the catalogue test refuses unused messages;
// - messages only in app.ftl are kept.
// Then delete en.ts again. The other languages' app.ftl files are not touched: the catalogue test
// (ui/src/lib/i18n/catalogue.test.ts) names every key they lack, to be translated by a person.
//
// Ids: Fluent identifiers allow letters, digits, `-` and `_` but no dot, so the UI's key
// `vault.strength.why.too_short` is the Fluent id `vault-strength-why-too_short` (every dot
// becomes a dash; ui/src/lib/i18n/i18n.svelte.ts maps keys the same way at run time).
// Placeholders `{name}` become Fluent variables `{ $name }`.
//
// Usage: node scripts/ts-to-ftl.mjs [path/to/en.ts] [--keys-only]
//   --keys-only   only regenerate message-keys.ts from locales/en/app.ftl

import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ui = join(dirname(fileURLToPath(import.meta.url)), '..');
// Overridable so that the script's own test runs it on copies.
const ftlPath = process.env.HABEAS_FTL ?? join(ui, '..', 'locales', 'en', 'app.ftl');
const keysPath = process.env.HABEAS_KEYS ?? join(ui, 'src', 'lib', 'i18n', 'message-keys.ts');
const srcDir = process.env.HABEAS_SRC ?? join(ui, 'src');

/** The UI's source (components and modules, not tests): keys no file names are not added. */
function sourceText(dir) {
  return readdirSync(dir)
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return [sourceText(path)];
      const wanted = /\.(svelte|ts)$/.test(name) && !name.endsWith('.test.ts') && name !== 'message-keys.ts' && name !== 'en.ts';
      return wanted ? [readFileSync(path, 'utf8')] : [];
    })
    .join('\n');
}

/** Whether the source names `key` whole, or builds it from a prefix (`enum.${group}.${value}`). */
function usedIn(code, key) {
  if (code.includes(`'${key}'`) || code.includes(`"${key}"`) || code.includes(`\`${key}\``)) return true;
  return [...code.matchAll(/`([a-zA-Z][\w.-]*\.)\$\{/g)].some((m) => key.startsWith(m[1]));
}

/** The UI key as a Fluent id. Kept identical to `fluentId` in i18n.svelte.ts. */
export function fluentId(key) {
  return key.replaceAll('.', '-');
}

/** The entries of en.ts, in order, read with the TypeScript parser (the file is one object literal). */
function readTsCatalogue(path) {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, false);
  const entries = [];
  const visit = (node) => {
    if (ts.isObjectLiteralExpression(node)) {
      for (const p of node.properties) {
        if (!ts.isPropertyAssignment(p)) throw new Error(`${path}: only 'key': 'text' entries are understood`);
        const key = ts.isStringLiteral(p.name) || ts.isIdentifier(p.name) ? p.name.text : null;
        const text = ts.isStringLiteralLike(p.initializer) ? p.initializer.text : null;
        if (key === null || text === null) throw new Error(`${path}: ${p.getText(file)} is not a string entry`);
        entries.push([key, text]);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  if (entries.length === 0) throw new Error(`${path}: no \`export const en = { … }\``);
  return entries;
}

/** One message's text as a Fluent pattern: placeholders become variables, braces are escaped. */
export function toPattern(text) {
  const escaped = text.replace(/\{(\w+)\}|[{}]/g, (whole, name) =>
    name ? `{ $${name} }` : `{ "${whole}" }`,
  );
  // Fluent trims a value's leading and trailing blanks; keep meaningful ones as literals.
  return escaped
    .replace(/^ +/, (s) => `{ "${s}" }`)
    .replace(/ +$/, (s) => `{ "${s}" }`)
    .replace(/\n/g, '\n    ');
}

function toMessage(key, text) {
  return `${fluentId(key)} = ${toPattern(text)}\n`;
}

/** The messages of an .ftl file as ordered [id, block] pairs (comments stay with the next id). */
function readFtlBlocks(source) {
  const blocks = [];
  let pending = '';
  let current = null;
  for (const line of source.replace(/\n$/, '').split('\n')) {
    const id = /^([a-zA-Z][\w-]*) *=/.exec(line)?.[1];
    if (id) {
      current = [id, pending + line + '\n'];
      pending = '';
      blocks.push(current);
    } else if (current && /^\s+\S/.test(line)) {
      current[1] += line + '\n';
    } else {
      // A comment, a blank line or a group heading: it introduces what follows.
      if (line.trim() === '' && pending === '') {
        if (current) current[1] += '\n';
        current = null;
        continue;
      }
      current = null;
      pending += line + '\n';
    }
  }
  return { blocks, trailer: pending };
}

function writeKeys(ids) {
  const keys = ids.map((id) => `  | '${id}'`).join('\n');
  writeFileSync(
    keysPath,
    `// Generated by ui/scripts/ts-to-ftl.mjs from locales/en/app.ftl: do not edit, run the script.\n` +
      `// The keys t() accepts: one per message of the English catalogue, written as the UI writes\n` +
      `// them (dots; t() turns each dot into the dash of the Fluent id).\n\n` +
      `export type MessageKey =\n${keys};\n`,
  );
}

/**
 * UI keys of the English catalogue: the ids, read back through the key list written last; an id
 * written by hand in app.ftl (`language-label`) is the key with dots (`language.label`).
 */
function uiKeysOf(blocks, known) {
  return blocks.map(([id]) => known.get(id) ?? id.replaceAll('-', '.'));
}

function main() {
  const args = process.argv.slice(2);
  const keysOnly = args.includes('--keys-only');
  const tsPath = args.find((a) => !a.startsWith('--')) ?? join(ui, 'src', 'lib', 'i18n', 'en.ts');
  const existing = existsSync(ftlPath) ? readFileSync(ftlPath, 'utf8') : '';
  const { blocks, trailer } = readFtlBlocks(existing);
  // Dotted UI keys of the messages already converted, from the key list written last time.
  const known = new Map();
  if (existsSync(keysPath)) {
    // Every UI key has a dot: an entry without one is an id that was written back as it was.
    for (const m of readFileSync(keysPath, 'utf8').matchAll(/\| '([^']+\.[^']+)'/g)) known.set(fluentId(m[1]), m[1]);
  }

  if (!keysOnly) {
    const entries = readTsCatalogue(tsPath);
    const seen = new Map();
    for (const [key] of entries) {
      const id = fluentId(key);
      if (!/^[a-zA-Z][\w-]*$/.test(id)) throw new Error(`${key}: not a valid Fluent id once converted (${id})`);
      if (seen.has(id) && seen.get(id) !== key) throw new Error(`${key} and ${seen.get(id)} map to the same id ${id}`);
      seen.set(id, key);
      known.set(id, key);
    }
    const index = new Map(blocks.map((b, i) => [b[0], i]));
    let previous = -1;
    const code = sourceText(srcDir);
    const added = [];
    const unused = [];
    const replaced = [];
    const handWritten = [];
    for (const [key, text] of entries) {
      const id = fluentId(key);
      const message = toMessage(key, text);
      const at = index.get(id);
      if (at === undefined && !usedIn(code, key)) {
        unused.push(key);
        continue;
      }
      if (at === undefined) {
        blocks.splice(previous + 1, 0, [id, message]);
        for (const [k, v] of index) if (v > previous) index.set(k, v + 1);
        index.set(id, previous + 1);
        previous += 1;
        added.push(key);
        continue;
      }
      previous = at;
      const block = blocks[at][1];
      const body = block.slice(block.indexOf(`${id} `));
      if (body.includes('->')) {
        handWritten.push(key);
      } else if (body.trimEnd() !== message.trimEnd()) {
        blocks[at][1] = block.slice(0, block.indexOf(`${id} `)) + message + (block.endsWith('\n\n') ? '\n' : '');
        replaced.push(key);
      }
    }
    const header = existing
      ? ''
      : '# English: the source catalogue of the UI. Every user-visible string of the UI is here; the\n' +
        '# other languages translate these ids. Plain words for tired, frightened people: say what is\n' +
        '# true now and what to do next. Generated first from en.ts by ui/scripts/ts-to-ftl.mjs.\n\n';
    // A fresh file gets a blank line between groups of keys (`vault.…`, `cases.…`), as en.ts had.
    const body = blocks
      .map(([id, block], i) =>
        !existing && i > 0 && id.split('-')[0] !== blocks[i - 1][0].split('-')[0] ? `\n${block}` : block,
      )
      .join('');
    writeFileSync(ftlPath, header + body + trailer);
    console.log(`${ftlPath}: ${added.length} added, ${replaced.length} replaced.`);
    for (const key of added) console.log(`  added     ${key}`);
    for (const key of replaced) console.log(`  replaced  ${key}`);
    for (const key of unused) console.log(`  not added (no component uses it) ${key}`);
    if (handWritten.length) {
      console.log(`Written by hand (plurals), kept: compare with en.ts if it changed them:`);
      for (const key of handWritten) console.log(`  kept      ${key}`);
    }
  }
  writeKeys(uiKeysOf(readFtlBlocks(readFileSync(ftlPath, 'utf8')).blocks, known));
  console.log(`${keysPath} written.`);
}

main();
