// Issue 19.4 in the app: the Share dialog (all items and filings chosen by default, sizes shown,
// a filing whose annex is left out cannot be chosen, the contact's fingerprint to compare, what
// was shared afterwards) and the Receive dialog (an unknown key held back until the user says
// they compared the fingerprint, an update's local edits held back until confirmed, a bad file's
// own words, the case opened once received).
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { receive, share } from '../../state/share.svelte';
import { sharing } from '../../state/sharing.svelte';
import ReceiveDialog from './ReceiveDialog.svelte';
import ShareDialog from './ShareDialog.svelte';

beforeAll(() => {
  // jsdom has no modal dialogs; the e2e test opens the real one in WebKit.
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.open = false;
  };
});

afterEach(() => {
  clearMocks();
  share.reset();
  receive.reset();
  sharing.clear();
});

const FP = '12345 67890 12345 67890 12345 67890';
const item = (id: string, name: string, size: number) => ({ id, case_id: 'case-1', original_name: name, size, deleted: null });
const filing = { id: 'filing-1', case_id: 'case-1', kind: 'access', language: 'en', annexes: [{ evidence: 'evidence-b', title: 'B' }] };

function shareCore(calls: { cmd: string; args: unknown }[]) {
  return (cmd: string, args: unknown): unknown => {
    calls.push({ cmd, args });
    if (cmd === 'evidence_list') return [item('evidence-a', 'passport.jpg', 2_500_000), item('evidence-b', 'decision.pdf', 1_200)];
    if (cmd === 'filing_list') return [filing];
    if (cmd === 'sharing_identity') return { text: 'habeas1-x', fingerprint: FP, qr: [[true]] };
    if (cmd === 'sharing_contacts') return [{ name: 'Maître Dupont', identity: 'habeas1-y', fingerprint: FP }];
    if (cmd === 'case_share')
      return { file_name: 'share-c0ce-2026-11-29.habeas-share', bytes: 4096, to_fingerprint: FP, to_name: 'Maître Dupont', evidence: 1, filings: 0 };
    return null;
  };
}

describe('share dialog', () => {
  it('chooses everything by default, drops a filing whose annex is left out, and says what was shared', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC(shareCore(calls));
    render(ShareDialog, { caseId: 'case-1', onclose: () => {} });
    await waitFor(() => expect(screen.getAllByTestId('share-item')).toHaveLength(2));
    const [a, b] = screen.getAllByTestId('share-item') as HTMLInputElement[];
    const f = screen.getByTestId('share-filing') as HTMLInputElement;
    expect(a?.checked && b?.checked && f.checked).toBe(true);
    // Sizes are shown, in the largest unit.
    expect(screen.getAllByText(/2\.5\s*MB/).length).toBeGreaterThan(0);
    // The contact's fingerprint, to compare by phone.
    await waitFor(() => expect(screen.getByTestId('share-to-fingerprint').textContent).toContain(FP));

    // Leaving out the item the filing annexes takes the filing out, and it cannot be ticked back.
    await fireEvent.click(b as HTMLInputElement);
    await waitFor(() => expect(f.checked).toBe(false));
    expect(f.disabled).toBe(true);
    expect(screen.getByText(/annexes evidence you left out/)).toBeTruthy();

    await fireEvent.click(screen.getByTestId('share-go'));
    await waitFor(() => expect(screen.getByTestId('share-done')).toBeTruthy());
    const sent = calls.find((c) => c.cmd === 'case_share')?.args;
    expect(sent).toEqual({ caseId: 'case-1', to: 'Maître Dupont', evidence: ['evidence-a'], filings: [] });
    const done = screen.getByTestId('share-done').textContent ?? '';
    expect(done).toContain('Maître Dupont');
    expect(done).toContain('share-c0ce-2026-11-29.habeas-share');
    expect(done).toContain(FP);
  });

  it('shows the core’s refusal and records nothing as shared', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    const base = shareCore(calls);
    mockIPC((cmd, args) => {
      if (cmd === 'case_share') throw { code: 'cancelled', message: 'Cancelled. Nothing was changed.' };
      return base(cmd, args);
    });
    render(ShareDialog, { caseId: 'case-1', onclose: () => {} });
    await waitFor(() => expect(screen.getAllByTestId('share-item')).toHaveLength(2));
    await waitFor(() => expect((screen.getByTestId('share-go') as HTMLButtonElement).disabled).toBe(false));
    await fireEvent.click(screen.getByTestId('share-go'));
    await waitFor(() => expect(screen.getByTestId('error').dataset.code).toBe('cancelled'));
    expect(screen.queryByTestId('share-done')).toBeNull();
  });
});

const incoming = {
  sender_fingerprint: FP,
  sender_name: null as string | null,
  shared_at: '2026-11-28T10:00:00.000Z',
  case_name: 'Olga Petrova',
  evidence: 2,
  filings: 1,
  update_of: null as string | null,
  changes: [] as { what: string; id: string; change: string; fields: string[] }[],
  local_edits: [] as { what: string; id: string; change: string; fields: string[] }[],
};

describe('receive dialog', () => {
  it('holds an unknown key back until the user says they compared its fingerprint', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === 'share_receive_pick') return incoming;
      if (cmd === 'share_receive') return { case_id: 'case-9', incoming };
      if (cmd === 'case_view') throw { code: 'not_found', message: 'gone' };
      return null;
    });
    await receive.pick();
    render(ReceiveDialog, { open: true, onclose: () => {} });
    expect(screen.getByTestId('receive-unknown').textContent).toContain(FP);
    expect(screen.getByTestId('receive-holds').textContent).toContain('Olga Petrova');
    const go = screen.getByTestId('receive-go') as HTMLButtonElement;
    expect(go.disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('receive-accept-sender'));
    expect(go.disabled).toBe(false);
    await fireEvent.click(go);
    await waitFor(() => expect(calls.some((c) => c.cmd === 'share_receive')).toBe(true));
    expect(calls.find((c) => c.cmd === 'share_receive')?.args).toEqual({ acceptSender: FP, replaceLocalEdits: false });
  });

  it('lists what an update changes and holds it back over local edits until confirmed', async () => {
    const update = {
      ...incoming,
      sender_name: 'Maître Dupont',
      update_of: 'case-9',
      changes: [{ what: 'case', id: 'case-9', change: 'changed', fields: ['person.name_latin'] }],
      local_edits: [{ what: 'alert', id: 'alert-1', change: 'changed', fields: ['notes'] }],
    };
    mockIPC((cmd) => (cmd === 'share_receive_pick' ? update : null));
    await receive.pick();
    render(ReceiveDialog, { open: true, onclose: () => {} });
    expect(screen.getByTestId('receive-sender').textContent).toContain('Maître Dupont');
    expect(screen.getByTestId('receive-changes').textContent).toContain('person.name_latin');
    expect(screen.getByTestId('receive-local-edits').textContent).toContain('notes');
    const go = screen.getByTestId('receive-go') as HTMLButtonElement;
    expect(go.disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('receive-replace'));
    expect(go.disabled).toBe(false);
  });

  it('shows a bad file’s own words and offers nothing to receive', async () => {
    const message = 'This shared case file is damaged or was altered after it was signed.';
    mockIPC((cmd) => {
      if (cmd === 'share_receive_pick') throw { code: 'share_damaged', message };
      return null;
    });
    await receive.pick();
    render(ReceiveDialog, { open: true, onclose: () => {} });
    expect(screen.getByTestId('error').dataset.code).toBe('share_damaged');
    expect(screen.getByTestId('error').textContent).toContain('damaged');
    expect(screen.queryByTestId('receive-go')).toBeNull();
  });
});
