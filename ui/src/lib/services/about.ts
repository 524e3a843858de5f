// Settings → About: facts about this build, from the core.

import { call, type Result } from './core';

/** Mirrors src-tauri/commands/about.rs AppInfo. */
export interface AppInfo {
  app_version: string;
  core: {
    core_version: string;
    os: string;
    arch: string;
    release_build: boolean;
  };
  core_dumps: 'disabled' | 'allowed' | 'not_controlled';
}

export function getAppInfo(): Promise<Result<AppInfo>> {
  return call<AppInfo>('app_info');
}
