// Settings of the unlocked vault (src-tauri/commands/settings.rs).

import { call } from './core';

export interface VaultSettings {
  auto_lock_minutes: number;
  auto_lock_min: number;
  auto_lock_max: number;
}

export const getSettings = () => call<VaultSettings>('settings_get');

export const setAutoLock = (minutes: number) => call<null>('settings_set_auto_lock', { minutes });
