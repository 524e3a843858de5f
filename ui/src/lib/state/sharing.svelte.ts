// Settings → "Sharing with co-counsel": this vault's public sharing identity (text, fingerprint,
// QR code) and the contacts it shares with. Components read this state; only this module calls
// the services.

import { addSharingContact, importRevocation, revokeSharingIdentity, sharingContacts, sharingIdentity } from '../services/sharing';
import type { Contact, IdentityCard, Revocation } from '../services/sharing';
import type { CommandError } from '../services/errors';
import { session } from './session.svelte';

export class SharingState {
  /** `null` until the shell has answered. */
  identity = $state<IdentityCard | null>(null);
  contacts = $state<Contact[]>([]);
  busy = $state(false);
  error = $state<CommandError | null>(null);
  /** The statement revoking this vault's old identity, to send to every contact. */
  revoked = $state<Revocation | null>(null);
  /** A contact's revocation, imported. */
  imported = $state<Revocation | null>(null);

  async refresh(): Promise<void> {
    const [identity, contacts] = await Promise.all([sharingIdentity(), sharingContacts()]);
    // A shell that answers nothing (an older one, a test that does not mock these) shows none.
    if (identity.ok) this.identity = identity.value ?? null;
    else this.error = identity.error;
    if (contacts.ok) this.contacts = Array.isArray(contacts.value) ? contacts.value : [];
    else this.error = contacts.error;
  }

  /** Adds a contact; true when saved (the form then clears). */
  async addContact(name: string, identity: string): Promise<boolean> {
    this.busy = true;
    this.error = null;
    const result = await addSharingContact(name, identity);
    this.busy = false;
    if (!result.ok) {
      this.error = result.error;
      return false;
    }
    await this.refresh();
    return true;
  }

  /** Makes a new sharing identity; the statement revoking the old one is then shown. */
  async revoke(): Promise<boolean> {
    this.busy = true;
    this.error = null;
    const result = await revokeSharingIdentity();
    this.busy = false;
    if (!result.ok) {
      this.error = result.error;
      return false;
    }
    this.revoked = result.value;
    await this.refresh();
    return true;
  }

  /** Imports a contact's revocation statement; true when it was genuine and recorded. */
  async importRevocation(statement: string): Promise<boolean> {
    this.busy = true;
    this.error = null;
    this.imported = null;
    const result = await importRevocation(statement);
    this.busy = false;
    if (!result.ok) {
      this.error = result.error;
      return false;
    }
    this.imported = result.value;
    await this.refresh();
    return true;
  }

  /** Forgets what was shown (at lock). */
  clear(): void {
    this.revoked = null;
    this.imported = null;
    this.identity = null;
    this.contacts = [];
    this.error = null;
  }
}

export const sharing = new SharingState();

session.onLock(() => sharing.clear());
