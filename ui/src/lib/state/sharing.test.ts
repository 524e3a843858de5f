import { describe, expect, it, vi, beforeEach } from 'vitest';

vi.mock('../services/sharing', () => ({
  sharingIdentity: vi.fn(),
  sharingContacts: vi.fn(),
  addSharingContact: vi.fn(),
}));

import * as services from '../services/sharing';
import { SharingState } from './sharing.svelte';

const card = { text: 'habeas1-age1x-ab-cd', fingerprint: '12345 67890 12345 67890 12345 67890', qr: [[true]] };

describe('sharing state', () => {
  beforeEach(() => {
    vi.mocked(services.sharingIdentity).mockResolvedValue({ ok: true, value: card });
    vi.mocked(services.sharingContacts).mockResolvedValue({ ok: true, value: [] });
  });

  it('shows the identity and keeps the form when the core refuses a contact', async () => {
    const state = new SharingState();
    await state.refresh();
    expect(state.identity?.fingerprint).toBe(card.fingerprint);
    const error = { code: 'invalid_input' as const, message: 'checksum' };
    vi.mocked(services.addSharingContact).mockResolvedValue({ ok: false, error });
    expect(await state.addContact('Bob', 'habeas1-bad')).toBe(false);
    expect(state.error).toEqual(error);
    vi.mocked(services.addSharingContact).mockResolvedValue({
      ok: true,
      value: { name: 'Bob', identity: card.text, fingerprint: card.fingerprint },
    });
    expect(await state.addContact('Bob', card.text)).toBe(true);
    expect(state.error).toBeNull();
    state.clear();
    expect(state.identity).toBeNull();
  });
});
