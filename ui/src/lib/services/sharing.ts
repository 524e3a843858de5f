// This vault's sharing identity and contacts (src-tauri/commands/sharing.rs; issue 19.4).

import { call, commands } from './core';

export type { IdentityCard, Contact } from '../bindings';

export const sharingIdentity = () => call(() => commands.sharingIdentity());

export const sharingContacts = () => call(() => commands.sharingContacts());

export const addSharingContact = (name: string, identity: string) =>
  call(() => commands.sharingContactAdd(name, identity));
