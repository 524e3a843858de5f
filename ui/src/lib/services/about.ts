// Settings → About: facts about this build, from the core.

import { call, commands, type Result } from './core';
import type { AppInfo } from '../bindings';

export type { AppInfo } from '../bindings';

export const getAppInfo = (): Promise<Result<AppInfo>> => call(() => commands.appInfo());
