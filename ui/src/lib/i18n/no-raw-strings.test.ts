// Every user-visible string goes through t(): markup may not contain literal words.
// Reads each component's template (script and style removed) and looks for text outside {…}.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function svelteFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return svelteFiles(path);
    return name.endsWith('.svelte') ? [path] : [];
  });
}

function literalText(source: string): string[] {
  let markup = source
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/<!--[\s\S]*?-->/g, '');
  // Remove {expressions}, innermost first, so that `=>` or `>` inside them cannot end a tag.
  for (let previous = ''; previous !== markup; ) {
    previous = markup;
    markup = markup.replace(/\{[^{}]*\}/g, '');
  }
  return markup
    .split(/<[^>]*>/g)
    .map((text) => text.trim())
    .filter((text) => /\p{L}/u.test(text));
}

describe('translation layer', () => {
  // Vitest runs in ui/ (jsdom makes import.meta.url an http: URL).
  const root = join(process.cwd(), 'src');
  const files = svelteFiles(root);

  it('finds the components', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it.each(files)('%s has no literal words in its markup', (file) => {
    expect(literalText(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('catches a literal word', () => {
    expect(literalText('<p>{t("a")} Hello</p>')).toEqual(['Hello']);
  });
});
