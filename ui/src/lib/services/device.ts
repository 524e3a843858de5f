// "Remember on this device" (src-tauri/commands/device.rs).

import { call, commands } from './core';

export const deviceStatus = () => call(() => commands.deviceStatus());
export const rememberDevice = () => call(() => commands.deviceRemember());
export const forgetDevice = () => call(() => commands.deviceForget());
export const deviceRemembers = (dir: string) => call(() => commands.deviceRemembers(dir));
export const unlockWithDevice = (dir: string) => call(() => commands.vaultUnlockDevice(dir));
