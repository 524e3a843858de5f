import { render } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../i18n/i18n.svelte';
import type { AuditEntry } from '../../services/cases';
import AuditAction from './AuditAction.svelte';

afterEach(() => i18n.setLocale('en'));

const imported = (size: number) =>
  ({ action: 'import', new: { original_name: 'scan.pdf', size, sha256: 'ab' } }) as unknown as AuditEntry;

describe('AuditAction', () => {
  it('counts the bytes of an import in the language’s plural form', () => {
    expect(render(AuditAction, { props: { entry: imported(1) } }).container.textContent).toContain('(1 byte)');
    expect(render(AuditAction, { props: { entry: imported(12345) } }).container.textContent).toContain('(12,345 bytes)');
    i18n.setLocale('ru');
    expect(render(AuditAction, { props: { entry: imported(3) } }).container.textContent).toContain('(3 байта)');
  });
});
