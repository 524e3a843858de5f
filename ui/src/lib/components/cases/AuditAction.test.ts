import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.svelte';
import type { AuditEntry } from '../../services/cases';
import AuditAction from './AuditAction.svelte';

const entry = (action: string, field: string, old: unknown, now: unknown): AuditEntry => ({
  seq: 1,
  at: '2026-03-01T10:00:00Z',
  case_id: 'c',
  entity: 'evidence',
  entity_id: 'e',
  action,
  field,
  old: old as AuditEntry['old'],
  new: now as AuditEntry['new'],
  prev: '',
  hash: '',
});

describe('AuditAction (issue 21.11: custody entries in words)', () => {
  it('says what changed, never a field path or a JSON value', () => {
    const shown = [
      entry('update', 'tags', [], ['passport']),
      entry('update', 'derivation.what', null, { what: 'metadata' }),
      entry('annex', '', null, { filing: 'f', label: 'A-2' }),
      entry('filed', '', null, { filing: 'f', label: 'A-2', as: 'portal', to: '/x' }),
      entry('certificate', '', null, {}),
    ].map((e) => render(AuditAction, { entry: e }).container.textContent?.trim() ?? '');
    expect(shown).toEqual([
      'Changed: tags',
      'Changed: details',
      'Annexed to a filing as A-2',
      'Exported as annex A-2 of a filing',
      'A custody certificate was issued',
    ]);
    for (const text of shown) expect(text).not.toMatch(/[{}[\]_]|derivation/);
  });
});

describe('AuditAction (issue 17: plurals)', () => {
  afterEach(() => i18n.setLocale('en'));
  const imported = (size: number) =>
    ({ action: 'import', new: { original_name: 'scan.pdf', size, sha256: 'ab' } }) as unknown as AuditEntry;

  it('counts the bytes of an import in the language’s plural form', () => {
    expect(render(AuditAction, { props: { entry: imported(1) } }).container.textContent).toContain('(1 byte)');
    expect(render(AuditAction, { props: { entry: imported(12345) } }).container.textContent).toContain('(12,345 bytes)');
    i18n.setLocale('ru');
    expect(render(AuditAction, { props: { entry: imported(3) } }).container.textContent).toContain('(3 байта)');
  });
});
