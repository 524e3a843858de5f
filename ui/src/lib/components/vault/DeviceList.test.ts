// Issue 20.3: the vault screen lists the devices that save to the vault, with when each saved
// last and when this device last received its changes, as the core reports them.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { vaultDevicesState } from '../../state/devices.svelte';
import DeviceList from './DeviceList.svelte';

afterEach(() => {
  clearMocks();
  vaultDevicesState.list = [];
});

const THIS = {
  id: '00000000000000aa',
  name: 'office-desktop',
  this_device: true,
  saves: 12,
  last_save_ms: Date.UTC(2026, 10, 29, 9, 30),
  last_seen_ms: null,
};
const LAPTOP = {
  id: '00000000000000bb',
  name: null,
  this_device: false,
  saves: 1,
  last_save_ms: Date.UTC(2026, 10, 28, 18, 0),
  last_seen_ms: null,
};

describe('Devices of a synced vault', () => {
  it('shows each device, this one first, with its saves and when its changes arrived', async () => {
    mockIPC((cmd) => (cmd === 'vault_devices' ? [THIS, { ...LAPTOP, name: 'laptop', last_seen_ms: Date.UTC(2026, 10, 29, 8, 0) }] : null));
    render(DeviceList);
    const items = await screen.findAllByTestId('vault-device');
    expect(items).toHaveLength(2);
    const texts = items.map((i) => i.textContent ?? '');
    expect(texts[0]).toContain('office-desktop (this device)');
    expect(texts[0]).toContain('12 saves, the latest made');
    expect(texts[0]).toContain('id 00000000000000aa');
    expect(texts[0]).not.toContain('reached this device');
    expect(texts[1]).toContain('laptop');
    expect(texts[1]).toContain('One save, made');
    expect(texts[1]).toContain('Its latest changes reached this device');
  });

  it('says when a name or the changes have not arrived yet', async () => {
    mockIPC((cmd) => (cmd === 'vault_devices' ? [THIS, LAPTOP] : null));
    render(DeviceList);
    const items = await screen.findAllByTestId('vault-device');
    const texts = items.map((i) => i.textContent ?? '');
    expect(texts[1]).toContain('Name not received yet');
    expect(texts[1]).toContain('Its changes have not reached this device yet.');
  });
});
