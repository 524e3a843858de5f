import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { backup } from './backup.svelte';

afterEach(() => {
  clearMocks();
  backup.clear();
});

const status = (failed: string | null) => ({
  last: { at: '2026-11-29T02:00:00Z', place: '/media/stick/backups', failed, generation: failed ? null : 'g1' },
  last_good: null,
  policy: { keep_generations: 7, remind_after_days: 7 },
  rule: 'Each backup folder keeps the 7 most recent backups.',
  reminder_due: failed !== null,
});

describe('backup state', () => {
  it('backs up, then reads the recorded status again', async () => {
    const called: string[] = [];
    mockIPC((cmd, args) => {
      called.push(cmd);
      if (cmd === 'backup_run') {
        expect((args as { dir: string }).dir).toBe('/media/stick/backups');
        return { generation: 'g1', made_at: 'x', place: 'p', cases: 2, evidence_files: 3, copied_files: 3, copied_bytes: 9, kept: ['g1'], pruned: [] };
      }
      if (cmd === 'backup_status') return status(null);
      return null;
    }, { shouldMockEvents: true });
    await backup.run('/media/stick/backups');
    expect(called).toEqual(['backup_run', 'backup_status']);
    expect(backup.made?.evidence_files).toBe(3);
    expect(backup.status?.last?.failed).toBeNull();
    expect(backup.running).toBe(false);
  });

  it('keeps the error code of a failed backup and shows the failure recorded', async () => {
    mockIPC((cmd) => {
      if (cmd === 'backup_run') throw { code: 'backup_full', message: 'The backup disk is full.' };
      if (cmd === 'backup_status') return status('backup_full');
      return null;
    }, { shouldMockEvents: true });
    await backup.run('/media/stick/backups');
    expect(backup.error?.code).toBe('backup_full');
    expect(backup.made).toBeNull();
    expect(backup.status?.reminder_due).toBe(true);
  });
});
