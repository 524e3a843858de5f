// Settings → "Remember on this device": whether the OS keyring holds this vault's device key,
// and turning it on or off. Components read this state; only this module calls the services.

import { deviceStatus, forgetDevice, rememberDevice } from '../services/device';
import type { CommandError } from '../services/errors';

export class DeviceState {
  /** `null` until the shell has answered. */
  remembered = $state<boolean | null>(null);
  busy = $state(false);
  error = $state<CommandError | null>(null);

  async refresh(): Promise<void> {
    const result = await deviceStatus();
    if (result.ok) this.remembered = result.value === true;
    else this.error = result.error;
  }

  async toggle(): Promise<void> {
    this.busy = true;
    this.error = null;
    const result = this.remembered ? await forgetDevice() : await rememberDevice();
    this.busy = false;
    if (result.ok) await this.refresh();
    else this.error = result.error;
  }
}

export const device = new DeviceState();
