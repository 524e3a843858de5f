// A rough passphrase strength estimate, shown while the user types a new passphrase.
//
// It estimates guessing entropy from length and the kinds of characters used, and penalises
// the obvious (one repeated character, a sequence, a very common password). It is deliberately
// conservative and labelled "rough" in the UI: real strength depends on how the passphrase was
// chosen, which no meter can see. The core only enforces the minimum length.

import { MIN_PASSPHRASE_CHARS } from '../services/core';

export type Strength = 'too_short' | 'weak' | 'fair' | 'strong' | 'very_strong';

/** The core's minimum (habeas_core::vault::MIN_PASSPHRASE_CHARS), generated into the bindings. */
export const MIN_CHARS: number = MIN_PASSPHRASE_CHARS;

const COMMON = new Set([
  'password', 'passw0rd', '12345678', '123456789', '1234567890', 'qwertyui', 'qwerty123',
  'iloveyou', 'sunshine', 'princess', 'football', 'baseball', 'welcome1', 'admin123',
  'letmein1', 'trustno1', 'azertyui', 'motdepasse', 'contraseña',
]);

/** Approximate entropy in bits. */
export function entropyBits(passphrase: string): number {
  const chars = [...passphrase];
  if (chars.length === 0) return 0;
  if (COMMON.has(unLeet(passphrase.toLowerCase()))) return 10;
  if (new Set(chars).size === 1) return 4;
  let pool = 0;
  if (/[a-z]/.test(passphrase)) pool += 26;
  if (/[A-Z]/.test(passphrase)) pool += 26;
  if (/[0-9]/.test(passphrase)) pool += 10;
  if (/[^a-zA-Z0-9\s]/u.test(passphrase)) pool += 33;
  if (/\s/.test(passphrase)) pool += 1;
  if (/[^\p{ASCII}]/u.test(passphrase)) pool += 100;
  // Runs of consecutive characters (abcd, 1234) add little: count them once.
  let effective = 1;
  for (let i = 1; i < chars.length; i++) {
    const step = (chars[i]?.codePointAt(0) ?? 0) - (chars[i - 1]?.codePointAt(0) ?? 0);
    if (Math.abs(step) > 1) effective++;
  }
  return effective * Math.log2(Math.max(pool, 2));
}

/** Undoes the usual letter-for-digit swaps (p@ssw0rd → password). */
function unLeet(text: string): string {
  const swaps: Record<string, string> = { '@': 'a', '4': 'a', '0': 'o', '1': 'i', '3': 'e', '$': 's', '5': 's', '7': 't' };
  return [...text].map((c) => swaps[c] ?? c).join('');
}

export function strengthOf(passphrase: string): Strength {
  if ([...passphrase].length < MIN_CHARS) return 'too_short';
  const bits = entropyBits(passphrase);
  if (bits < 40) return 'weak';
  if (bits < 60) return 'fair';
  if (bits < 80) return 'strong';
  return 'very_strong';
}
