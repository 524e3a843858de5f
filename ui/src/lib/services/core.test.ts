import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import { getAppInfo } from './about';
import { call, commands } from './core';
import { toCommandError } from './errors';

afterEach(() => clearMocks());

describe('call', () => {
  it('returns the value of a command that succeeds', async () => {
    mockIPC((cmd) => (cmd === 'app_info' ? { app_version: '9.9.9' } : null));
    const result = await call(() => commands.appInfo());
    expect(result).toEqual({ ok: true, value: { app_version: '9.9.9' } });
  });

  it('returns the typed error of a command that fails', async () => {
    mockIPC(() => {
      throw { code: 'invalid_input', message: 'Please check “Name”: it is empty.' };
    });
    const result = await getAppInfo();
    expect(result).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Please check “Name”: it is empty.' },
    });
  });

  it('sends arguments under the names the shell reads (camelCase, as Tauri expects by default)', async () => {
    const sent: unknown[] = [];
    mockIPC((cmd, args) => {
      sent.push({ cmd, args });
      return null;
    });
    await call(() => commands.vaultRecover('/v', 'KEY', 'new passphrase'));
    expect(sent).toEqual([
      { cmd: 'vault_recover', args: { dir: '/v', recoveryKey: 'KEY', newPassphrase: 'new passphrase' } },
    ]);
  });

  it('turns a command that throws before answering into a typed error', async () => {
    const result = await call<never>(() => {
      throw 'Command evidence_list not allowed by ACL';
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('internal');
  });
});

describe('toCommandError', () => {
  it('treats an unknown code as internal', () => {
    expect(toCommandError({ code: 'made_up', message: 'x' }).code).toBe('internal');
  });

  it('keeps a plain string refusal visible', () => {
    const error = toCommandError('Command app_info not allowed by ACL');
    expect(error.code).toBe('internal');
    expect(error.message).toContain('not allowed by ACL');
  });

  it('never returns an empty message', () => {
    for (const raw of [undefined, null, 42, '', {}, { code: 'internal' }]) {
      expect(toCommandError(raw).message.length).toBeGreaterThan(0);
    }
  });
});
