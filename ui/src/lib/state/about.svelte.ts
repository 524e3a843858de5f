// Settings → About: loads facts about this build from the core, once.

import { getAppInfo, type AppInfo } from '../services/about';
import type { CommandError } from '../services/errors';

export class AboutState {
  status = $state<'idle' | 'loading' | 'loaded' | 'failed'>('idle');
  info = $state<AppInfo | null>(null);
  error = $state<CommandError | null>(null);

  async load(): Promise<void> {
    this.status = 'loading';
    this.error = null;
    const result = await getAppInfo();
    if (result.ok) {
      this.info = result.value;
      this.status = 'loaded';
    } else {
      this.error = result.error;
      this.status = 'failed';
    }
  }
}

export const about = new AboutState();
