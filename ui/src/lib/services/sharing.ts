// This vault's sharing identity and contacts, sharing a case and receiving one
// (src-tauri/commands/sharing.rs; issue 19.4).

import { listen, type UnlistenFn } from '@tauri-apps/api/event';
import { call, commands, EVENTS } from './core';
import type { ShareProgress } from '../bindings';

export type { IdentityCard, Contact } from '../bindings';

export const sharingIdentity = () => call(() => commands.sharingIdentity());

export const sharingContacts = () => call(() => commands.sharingContacts());

export const addSharingContact = (name: string, identity: string) =>
  call(() => commands.sharingContactAdd(name, identity));

export type {
  ShareDone_Serialize as ShareDone,
  ShareProgress,
  Incoming_Serialize as Incoming,
  Received_Serialize as Received,
  RecordChange,
  ChangeKind,
} from '../bindings';

/** Asks where to save (the shell's dialog), then shares; `null` when the dialog was closed. */
export const shareCase = (caseId: string, to: string, evidence: string[], filings: string[]) =>
  call(() => commands.caseShare(caseId, to, evidence, filings));

export const cancelShare = () => call(() => commands.caseShareCancel());

/** Evidence bytes written so far by the running share. */
export const onShareProgress = (handler: (p: ShareProgress) => void): Promise<UnlistenFn> =>
  listen<ShareProgress>(EVENTS.shareProgress, (e) => handler(e.payload));

/** Asks for a shared file (the shell's dialog) and reads it, changing nothing; `null`: closed. */
export const pickSharedFile = () => call(() => commands.shareReceivePick());

/** Receives the file last picked. */
export const receiveSharedFile = (acceptSender: string | null, replaceLocalEdits: boolean) =>
  call(() => commands.shareReceive(acceptSender, replaceLocalEdits));

export type { Revocation_Serialize as Revocation } from '../bindings';

/** A new sharing identity, and the statement revoking the old one. */
export const revokeSharingIdentity = () => call(() => commands.sharingRevoke());

/** Imports a contact's revocation statement. */
export const importRevocation = (statement: string) => call(() => commands.sharingRevocationImport(statement));
