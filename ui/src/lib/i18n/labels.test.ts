import { describe, expect, it } from 'vitest';
import { countryName, setCountryNames } from './labels';

describe('countryName', () => {
  it('shows the core name in English, the one every document uses', () => {
    setCountryNames([
      { code: 'TR', name: 'Türkiye' },
      { code: 'RU', name: 'Russian Federation' },
    ]);
    expect(countryName('TR')).toBe('Türkiye');
    expect(countryName('RU')).toBe('Russian Federation');
    // Not in the core's list: the system's name.
    expect(countryName('AQ')).toBe('Antarctica');
  });
});
