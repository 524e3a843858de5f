// Settings of the unlocked vault (src-tauri/commands/settings.rs).

import { call, commands } from './core';
import type { DateOrder } from '../bindings';

export type { VaultSettings_Serialize as VaultSettings, DateOrder } from '../bindings';

export const getSettings = () => call(() => commands.settingsGet());

export const setAutoLock = (minutes: number) => call(() => commands.settingsSetAutoLock(minutes));

/** Saves the date order; null follows the system's language again. */
export const setDateOrder = (order: DateOrder | null) => call(() => commands.settingsSetDateOrder(order));
