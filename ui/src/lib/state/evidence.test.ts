import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import type { EvidenceItem } from '../services/evidence';
import { EvidenceState } from './evidence.svelte';

afterEach(() => {
  clearMocks();
});

function item(id: string): EvidenceItem {
  return {
    id,
    case_id: 'case-1',
    blob: 'b',
    original_name: `${id}.pdf`,
    size: 10,
    sha256: 'ab'.repeat(32),
    media_type: 'application/pdf',
    file_modified: null,
    imported: '2026-11-24T10:00:00Z',
    deleted: null,
    preview: 'pdf',
    no_preview: null,
    category: 'other',
    document_date: null,
    source: '',
    language: '',
    description: '',
    tags: [],
    events: [],
    alerts: [],
    translation_of: null,
    translator: '',
    derived_from: null,
    derivation: null,
  };
}

describe('EvidenceState: custody certificates', () => {
  it('certifies the chosen items in the list order, with the paper asked for', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === 'evidence_list') return [item('e-1'), item('e-2'), item('e-3')];
      if (cmd === 'evidence_certificate') return 'custody-certificate.pdf';
      return [];
    });
    const s = new EvidenceState();
    await s.load('case-1');
    s.choose('e-3', true);
    s.choose('e-1', true);
    s.choose('e-1', true);
    expect(s.chosen).toEqual(['e-3', 'e-1']);
    await s.certify(s.chosen, 'letter');
    const sent = calls.find((c) => c.cmd === 'evidence_certificate');
    expect(sent?.args).toEqual({ ids: ['e-1', 'e-3'], pageSize: 'letter' });
    expect(s.certified).toBe('custody-certificate.pdf');

    s.chooseAll(true);
    expect(s.chosen).toEqual(['e-1', 'e-2', 'e-3']);
    s.choose('e-2', false);
    expect(s.chosen).toEqual(['e-1', 'e-3']);
    s.chooseAll(false);
    expect(s.chosen).toEqual([]);
  });

  it('shows a refusal and forgets the choice when the vault locks', async () => {
    mockIPC((cmd) => {
      if (cmd === 'evidence_list') return [item('e-1')];
      if (cmd === 'evidence_certificate') throw { code: 'invalid_input', message: 'Please check “items”.' };
      return [];
    });
    const s = new EvidenceState();
    await s.load('case-1');
    s.choose('e-1', true);
    await s.certify(['e-1'], 'a4');
    expect(s.error?.code).toBe('invalid_input');
    expect(s.certified).toBeNull();
    s.clear();
    expect(s.chosen).toEqual([]);
  });

  it('drops choices of items that are gone after a reload', async () => {
    let items = [item('e-1'), item('e-2')];
    mockIPC((cmd) => (cmd === 'evidence_list' ? items : []));
    const s = new EvidenceState();
    await s.load('case-1');
    s.chooseAll(true);
    items = [item('e-2')];
    await s.load('case-1');
    expect(s.chosen).toEqual(['e-2']);
  });
});

describe('EvidenceState: checking files', () => {
  it('follows a running check and can stop it; the answer says cancelled', async () => {
    const calls: string[] = [];
    let answer: (value: unknown) => void = () => {};
    mockIPC((cmd) => {
      calls.push(cmd);
      if (cmd === 'evidence_list') return [item('e-1')];
      if (cmd === 'evidence_verify')
        return new Promise((_resolve, reject) => {
          answer = reject;
        });
      if (cmd === 'evidence_verify_cancel') {
        answer({ code: 'cancelled', message: 'Cancelled. Nothing was changed.' });
        return null;
      }
      return [];
    });
    const s = new EvidenceState();
    await s.load('case-1');
    const running = s.runVerify();
    expect(s.verifying).toBe(true);
    s.onVerifyProgress({ done: 5, total: 10 });
    expect(s.verifyProgress).toEqual({ done: 5, total: 10 });
    await s.cancelVerify();
    await running;
    expect(calls).toContain('evidence_verify_cancel');
    expect(s.verifying).toBe(false);
    expect(s.verifyProgress).toBeNull();
    expect(s.error?.code).toBe('cancelled');
    // Progress arriving after the end is ignored.
    s.onVerifyProgress({ done: 10, total: 10 });
    expect(s.verifyProgress).toBeNull();
  });
});

describe('EvidenceState: what a photo carries (issue 16.9)', () => {
  const gps = {
    image: true,
    findings: [
      { kind: 'location' as const, value: '41.0082 N, 28.9784 E' },
      { kind: 'device' as const, value: 'Apple iPhone 12' },
    ],
    removable: true,
    unreadable: null,
  };

  it('reads what the item carries, exports as imported unless asked, and without it when ticked', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === 'evidence_metadata') return gps;
      if (cmd === 'evidence_export') return 'photo.jpg';
      if (cmd === 'evidence_list') return [item('evidence-1')];
      return [];
    });
    const s = new EvidenceState();
    await s.load('case-1');
    const lists = () => calls.filter((c) => c.cmd === 'evidence_list').length;
    await s.prepareExport('evidence-1');
    expect(s.carried?.findings[0]?.value).toBe('41.0082 N, 28.9784 E');
    // An evidence export is the file as imported unless the user ticks the box.
    expect(s.removeMetadata).toBe(false);
    await s.export('evidence-1');
    const before = lists();
    s.removeMetadata = true;
    await s.export('evidence-1');
    const exports = calls.filter((c) => c.cmd === 'evidence_export').map((c) => c.args);
    expect(exports).toEqual([
      { id: 'evidence-1', metadata: 'keep' },
      { id: 'evidence-1', metadata: 'remove' },
    ]);
    // The copy is an item of its own: the list is read again.
    expect(lists()).toBe(before + 1);
    s.clear();
    expect(s.carried).toBeNull();
    expect(s.removeMetadata).toBe(false);
  });
});
