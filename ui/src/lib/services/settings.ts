// Settings of the unlocked vault (src-tauri/commands/settings.rs).

import { call, commands } from './core';

export type { VaultSettings } from '../bindings';

export const getSettings = () => call(() => commands.settingsGet());

export const setAutoLock = (minutes: number) => call(() => commands.settingsSetAutoLock(minutes));
