// Unsaved form contents kept in the vault (src-tauri/commands/drafts.rs, habeas_core::drafts).

import { call, commands } from './core';

export type { Draft } from '../bindings';

/** Keeps `value` (JSON) as the draft of `key`, sealed in the vault's journal. */
export const keepDraft = (key: string, value: string) => call(() => commands.draftsKeep(key, value));

export const listDrafts = () => call(() => commands.draftsList());

export const discardDraft = (key: string) => call(() => commands.draftsDiscard(key));
