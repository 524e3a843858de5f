import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { annexLabel, moveAnnex, type Filing, type Finding } from '../services/filings';
import { FilingsState } from './filings.svelte';
import { filingFixture } from './filing-fixture';

afterEach(() => {
  clearMocks();
});

const filing = (id: string): Filing => filingFixture(id);

const problem: Finding = {
  rule: 'purpose',
  severity: 'problem',
  message: 'State the outcome.',
  basis: 'b',
  source: 's',
  confidence: 'verified',
  field: 'outcome',
};

describe('annex order', () => {
  it('labels follow the position and moves keep the others in order', () => {
    expect(annexLabel(0)).toBe('A-1');
    const a = filing('f').annexes;
    expect(moveAnnex(a, 2, 0).map((x) => x.evidence)).toEqual(['e-3', 'e-1', 'e-2']);
    expect(moveAnnex(a, 0, 1).map((x) => x.evidence)).toEqual(['e-2', 'e-1', 'e-3']);
    expect(moveAnnex(a, 0, 5)).toBe(a);
  });
});

describe('FilingsState', () => {
  it('opens a filing, edits a draft, saves it and checks it again', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === 'filing_list') return [filing('filing-1')];
      if (cmd === 'filing_arguments')
        return {
          arguments: [{ id: 'refugee_policy', title: 'Refugee', text: 'Amina is a refugee.', citations: [] }],
          suggested: [{ id: 'refugee_policy', because: 'Refugee in France' }],
        };
      if (cmd === 'filing_check') return [problem];
      if (cmd === 'filing_save') return (args as { filing: Filing }).filing;
      return null;
    });
    const s = new FilingsState();
    await s.load('case-1');
    await s.open('filing-1');
    expect(s.findings).toEqual([problem]);
    expect(s.problems).toHaveLength(1);
    s.moveAnnex(2, 0);
    s.insertArgument('refugee_policy');
    expect(s.dirty).toBe(true);
    expect(s.draft?.grounds[0]).toEqual({ argument: 'refugee_policy', text: 'Amina is a refugee.', citations_confirmed: false });
    expect(await s.save()).toBe(true);
    const saved = calls.find((c) => c.cmd === 'filing_save')?.args as { filing: Filing };
    expect(saved.filing.annexes.map((a) => a.evidence)).toEqual(['e-3', 'e-1', 'e-2']);
    expect(s.dirty).toBe(false);
    expect(calls.filter((c) => c.cmd === 'filing_check')).toHaveLength(2);
  });

  it('saves unsaved changes before exporting, and reports what was written', async () => {
    const order: string[] = [];
    mockIPC((cmd, args) => {
      order.push(cmd);
      if (cmd === 'filing_list') return [filing('filing-1')];
      if (cmd === 'filing_arguments') return { arguments: [], suggested: [] };
      if (cmd === 'filing_check') return [];
      if (cmd === 'filing_save') return (args as { filing: Filing }).filing;
      if (cmd === 'filing_export_packet') return 'filing-packet.pdf';
      return null;
    });
    const s = new FilingsState();
    await s.load('case-1');
    await s.open('filing-1');
    s.edit((f) => (f.outcome = 'Delete the data.'));
    await s.export('packet');
    expect(order.indexOf('filing_save')).toBeLessThan(order.indexOf('filing_export_packet'));
    expect(s.written).toBe('filing-packet.pdf');
    expect(s.exporting).toBe(false);
  });

  it('records the exported filing as submitted on the date given, once asked (issue 21.9)', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === 'filing_list') return [filing('filing-1')];
      if (cmd === 'filing_arguments') return { arguments: [], suggested: [] };
      if (cmd === 'filing_check') return [];
      if (cmd === 'filing_export_portal') return 'portal-set';
      if (cmd === 'filing_record_submitted') return { id: 'event-1', kind: 'ccf_request_filed', date: (args as { date: string }).date };
      return null;
    });
    const s = new FilingsState();
    await s.load('case-1');
    await s.open('filing-1');
    await s.export('portal');
    // Exporting records nothing: a draft, even exported, is not a request.
    expect(calls.some((c) => c.cmd === 'filing_record_submitted')).toBe(false);
    expect(await s.recordSubmitted('2026-11-27')).toBe(true);
    expect(calls.find((c) => c.cmd === 'filing_record_submitted')?.args).toEqual({ id: 'filing-1', date: '2026-11-27' });
    expect(s.submitted).toBe('2026-11-27');
    await s.open('filing-1');
    expect(s.submitted).toBeNull();
  });

  it('forgets everything when cleared (at lock)', async () => {
    mockIPC((cmd) => (cmd === 'filing_list' ? [filing('filing-1')] : cmd === 'filing_check' ? [] : { arguments: [], suggested: [] }));
    const s = new FilingsState();
    await s.load('case-1');
    await s.open('filing-1');
    s.clear();
    expect(s.draft).toBeNull();
    expect(s.list).toEqual([]);
    expect(s.library).toBeNull();
  });
});

describe('FilingsState: what the annexes carry (issue 16.9)', () => {
  it('reads it after saving, and removes it by default unless the user unticks', async () => {
    const calls: { cmd: string; args: unknown }[] = [];
    mockIPC((cmd, args) => {
      calls.push({ cmd, args });
      if (cmd === 'filing_list') return [filing('filing-1')];
      if (cmd === 'filing_arguments') return { arguments: [], suggested: [] };
      if (cmd === 'filing_check') return [];
      if (cmd === 'filing_save') return (args as { filing: Filing }).filing;
      if (cmd === 'filing_annex_metadata')
        return [
          {
            label: 'A-1',
            evidence: 'e-1',
            metadata: {
              image: true,
              findings: [{ kind: 'location', value: '41.0082 N, 28.9784 E' }],
              removable: true,
              unreadable: null,
            },
          },
        ];
      if (cmd === 'filing_export_portal') return 'portal';
      return null;
    });
    const s = new FilingsState();
    await s.load('case-1');
    await s.open('filing-1');
    s.edit((f) => (f.outcome = 'Delete the data.'));
    expect(await s.prepareExport()).toBe(true);
    const order = calls.map((c) => c.cmd);
    expect(order.indexOf('filing_save')).toBeLessThan(order.indexOf('filing_annex_metadata'));
    expect(s.carried.map((a) => a.label)).toEqual(['A-1']);
    expect(s.removeMetadata).toBe(true);
    await s.export('portal');
    s.removeMetadata = false;
    await s.export('portal');
    const exports = calls.filter((c) => c.cmd === 'filing_export_portal').map((c) => c.args);
    expect(exports).toEqual([
      { id: 'filing-1', metadata: 'remove' },
      { id: 'filing-1', metadata: 'keep' },
    ]);
  });
});
