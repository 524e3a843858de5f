// The conversion script the lead re-runs after merging branches that added keys to en.ts.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function run(enTs: string, ftl: string, component: string) {
  const dir = mkdtempSync(join(tmpdir(), 'ts-to-ftl-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'en.ts'), enTs);
  writeFileSync(join(dir, 'app.ftl'), ftl);
  writeFileSync(join(dir, 'src', 'Screen.svelte'), component);
  const env = {
    ...process.env,
    HABEAS_FTL: join(dir, 'app.ftl'),
    HABEAS_KEYS: join(dir, 'keys.ts'),
    HABEAS_SRC: join(dir, 'src'),
  };
  const log = execFileSync('node', [join(process.cwd(), 'scripts', 'ts-to-ftl.mjs'), join(dir, 'en.ts')], { env, encoding: 'utf8' });
  return { ftl: readFileSync(join(dir, 'app.ftl'), 'utf8'), keys: readFileSync(join(dir, 'keys.ts'), 'utf8'), log };
}

const existing = `a-first = First
a-count = { $n ->
        [one] One thing
       *[other] { $n } things
    }
a-last = Last
`;

describe('ts-to-ftl.mjs', () => {
  const enTs = `export const en = {
  'a.first': 'First, edited',
  'a.count': '{n} thing(s)',
  'a.new': 'New {name} or a lone {',
  'a.last': 'Last',
  'a.unused': 'Nobody shows this',
  'enum.kind.x': 'Kind \\'x\\'',
} as const;
`;
  const component = `{t('a.first')} {t('a.count')} {t('a.new')} {t('a.last')} {t(\`enum.\${group}.\${v}\`)}`;
  const { ftl, keys, log } = run(enTs, existing, component);

  it('replaces a plain message whose English changed', () => {
    expect(ftl).toContain('a-first = First, edited\n');
  });

  it('keeps a message rewritten by hand with plurals, and says so', () => {
    expect(ftl).toContain('[one] One thing');
    expect(log).toMatch(/kept +a\.count/);
  });

  it('adds a new key after the one before it, with variables and escaped braces', () => {
    expect(ftl).toMatch(/a-count = [\s\S]*\n {4}\}\na-new = New \{ \$name \} or a lone \{ "\{" \}\na-last = Last/);
  });

  it('adds keys built from a prefix, and not a key nothing uses', () => {
    expect(ftl).toContain("enum-kind-x = Kind 'x'");
    expect(ftl).not.toContain('a-unused');
    expect(log).toContain('not added (no component uses it) a.unused');
  });

  it('writes the dotted keys for t()', () => {
    expect(keys).toContain("| 'a.new'");
    expect(keys).toContain("| 'enum.kind.x'");
  });
});
