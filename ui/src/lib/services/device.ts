// "Remember on this device" (src-tauri/commands/device.rs).

import { call } from './core';
import type { VaultStatus } from './vault';

export const deviceStatus = () => call<boolean>('device_status');
export const rememberDevice = () => call<null>('device_remember');
export const forgetDevice = () => call<null>('device_forget');
export const deviceRemembers = (dir: string) => call<boolean>('device_remembers', { dir });
export const unlockWithDevice = (dir: string) => call<VaultStatus>('vault_unlock_device', { dir });
