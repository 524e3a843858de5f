import { describe, expect, it } from 'vitest';
import { entropyBits, strengthOf } from './strength';

describe('strengthOf', () => {
  it.each([
    ['', 'too_short'],
    ['abc', 'too_short'],
    ['password', 'weak'],
    ['aaaaaaaaaaaa', 'weak'],
    ['abcdefghij', 'weak'],
    ['P@ssw0rd', 'weak'],
    ['river lamp', 'fair'],
    ['correct horse battery staple', 'very_strong'],
  ])('%j is %s', (passphrase, expected) => {
    expect(strengthOf(passphrase)).toBe(expected);
  });

  it('counts characters, not UTF-16 units, for the minimum length', () => {
    expect(strengthOf('😀😀😀😀😀😀😀')).toBe('too_short');
  });

  it('gives more credit to longer passphrases', () => {
    expect(entropyBits('river lamp')).toBeLessThan(entropyBits('river lamp orange'));
  });
});
