// The devices that save to this vault (issue 20.3), for the vault screen: what the core lists
// (`Vault::devices`), loaded when the list is shown.
import type { KnownDevice_Serialize as KnownDevice } from '../bindings';
import type { CommandError } from '../services/errors';
import { vaultDevices } from '../services/vault';

class VaultDevices {
  list: KnownDevice[] = $state([]);
  error: CommandError | null = $state(null);

  async load(): Promise<void> {
    const result = await vaultDevices();
    if (result.ok) {
      // An answer that is not a list (an older shell) shows no list rather than breaking the
      // vault screen.
      this.list = Array.isArray(result.value) ? result.value : [];
      this.error = null;
    } else this.error = result.error;
  }
}

export const vaultDevicesState = new VaultDevices();
