// The strength of a new passphrase, as the core judges it (habeas_core::vault::strength: zxcvbn,
// and the floor below which creating a vault or changing the passphrase is refused). The meter
// shows the core's verdict, never its own: the core owns the rule, and the meter cannot promise
// what the core would then refuse. The passphrase goes to the shell only (a command), after the
// user pauses typing, and nowhere else.

import { MIN_PASSPHRASE_CHARS } from '../services/core';
import { generatePassphrase, passphraseStrength, type PassphraseStrength, type Weakness } from '../services/vault';

export type { PassphraseStrength, Weakness };

/** The core's minimum (habeas_core::vault::MIN_PASSPHRASE_CHARS), generated into the bindings. */
export const MIN_CHARS: number = MIN_PASSPHRASE_CHARS;

/** How long typing must pause before the core is asked, in milliseconds. */
export const STRENGTH_DEBOUNCE_MS = 250;

/**
 * Asks the core about each new value, once typing pauses; `report` gets the answer for the
 * latest value only (an answer for an older value that arrives late is dropped), or null for an
 * empty field or a failed call.
 */
export function strengthChecker(report: (strength: PassphraseStrength | null) => void, dir: () => string | null) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  return {
    check(passphrase: string) {
      clearTimeout(timer);
      const ticket = ++asked;
      if (passphrase === '') {
        report(null);
        return;
      }
      timer = setTimeout(() => {
        void passphraseStrength(passphrase, dir()).then((result) => {
          if (ticket === asked) report(result.ok ? result.value : null);
        });
      }, STRENGTH_DEBOUNCE_MS);
    },
    stop() {
      clearTimeout(timer);
      asked++;
    },
  };
}

/** Six random words from the core, to fill the field and write down; null if the call failed. */
export async function newGeneratedPassphrase(): Promise<string | null> {
  const result = await generatePassphrase();
  return result.ok ? result.value : null;
}
