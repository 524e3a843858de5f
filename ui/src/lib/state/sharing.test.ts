import { describe, expect, it, vi, beforeEach } from 'vitest';

vi.mock('../services/sharing', () => ({
  sharingIdentity: vi.fn(),
  sharingContacts: vi.fn(),
  addSharingContact: vi.fn(),
  revokeSharingIdentity: vi.fn(),
  importRevocation: vi.fn(),
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
      value: { name: 'Bob', identity: card.text, fingerprint: card.fingerprint, revoked: null },
    });
    expect(await state.addContact('Bob', card.text)).toBe(true);
    expect(state.error).toBeNull();
    state.clear();
    expect(state.identity).toBeNull();
  });

  it('shows the revocation statement once made, and a refused statement keeps nothing', async () => {
    const state = new SharingState();
    const revocation = {
      statement: 'habeas-sharing-revocation\nversion 1\n…',
      revoked_fingerprint: card.fingerprint,
      revoked_at: '2026-11-29T05:00:00Z',
      replaced_by: 'habeas1-new',
      replaced_by_fingerprint: '99999 99999 99999 99999 99999 99999',
      contact: null,
    };
    vi.mocked(services.revokeSharingIdentity).mockResolvedValue({ ok: true, value: revocation });
    expect(await state.revoke()).toBe(true);
    expect(state.revoked?.statement).toContain('habeas-sharing-revocation');
    const error = { code: 'invalid_input' as const, message: 'its signature does not match' };
    vi.mocked(services.importRevocation).mockResolvedValue({ ok: false, error });
    expect(await state.importRevocation('forged')).toBe(false);
    expect(state.imported).toBeNull();
    expect(state.error).toEqual(error);
    vi.mocked(services.importRevocation).mockResolvedValue({ ok: true, value: { ...revocation, contact: 'Bob' } });
    expect(await state.importRevocation(revocation.statement)).toBe(true);
    expect(state.imported?.contact).toBe('Bob');
    state.clear();
    expect(state.revoked).toBeNull();
  });
});
