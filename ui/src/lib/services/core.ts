// The only place the UI talks to the Rust side. The commands, their argument and result types
// and the event names are generated from the Rust definitions into ../bindings.ts
// (src-tauri/bindings.rs; `make bindings`); every call goes through `call`, which never throws:
// it returns a Result whose error is a typed CommandError.

import { toCommandError, type CommandError } from './errors';

export { commands, EVENTS, MIN_PASSPHRASE_CHARS } from '../bindings';

export type Result<T> = { ok: true; value: T } | { ok: false; error: CommandError };

/** Runs one generated command; a rejection (the core's error, or Tauri's own refusal) becomes a CommandError. */
export async function call<T>(command: () => Promise<T>): Promise<Result<T>> {
  try {
    return { ok: true, value: await command() };
  } catch (raw) {
    return { ok: false, error: toCommandError(raw) };
  }
}
