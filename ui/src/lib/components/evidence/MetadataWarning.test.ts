import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { ImageMetadata } from '../../services/evidence';
import MetadataWarning from './MetadataWarning.svelte';

const phone: ImageMetadata = {
  image: true,
  findings: [
    { kind: 'location', value: '41.0082 N, 28.9784 E' },
    { kind: 'device', value: 'Apple iPhone 12' },
  ],
  removable: true,
  unreadable: null,
};

describe('MetadataWarning', () => {
  it('lists what each annex carries, location first, and the box says what will happen', async () => {
    render(MetadataWarning, {
      entries: [
        { label: 'A-1', metadata: phone },
        { label: 'A-3', metadata: { ...phone, findings: [], removable: false, unreadable: 'the JPEG file is damaged' } },
      ],
      remove: true,
    });
    const entries = screen.getAllByTestId('metadata-entry');
    expect(entries).toHaveLength(2);
    expect(entries[0]?.textContent).toMatch(/A-1\s*Location:\s*41\.0082 N, 28\.9784 E\s*Camera or phone:\s*Apple iPhone 12/);
    expect(entries[1]?.textContent).toContain('could not read everything it carries (the JPEG file is damaged)');
    expect(entries[1]?.textContent).toContain('convert it to JPEG or PNG');
    const box = screen.getByTestId('metadata-remove') as HTMLInputElement;
    expect(box.checked).toBe(true);
    expect(screen.getByTestId('metadata-warning').textContent).toContain('The original stays exactly as imported');
    await fireEvent.click(box);
    expect(box.checked).toBe(false);
    expect(screen.getByTestId('metadata-warning').textContent).toContain('leaves exactly as imported, with everything listed');
  });
});
