import { describe, expect, it } from 'vitest';
import { everyMember } from './members';

type Colour = 'red' | 'green' | 'blue';

// `npm run check` type-checks this file: each `@ts-expect-error` below fails the check if the
// line after it stops being an error, so the guard cannot quietly stop guarding.
describe('everyMember', () => {
  it('returns a list that names every member, in the order given', () => {
    expect(everyMember<Colour>()(['blue', 'red', 'green'])).toEqual(['blue', 'red', 'green']);
  });

  it('refuses, at compile time, a list that misses a member or names a stranger', () => {
    // @ts-expect-error 'blue' is missing
    const short = everyMember<Colour>()(['red', 'green']);
    // @ts-expect-error 'purple' is not a Colour
    const stranger = everyMember<Colour>()(['red', 'green', 'blue', 'purple']);
    expect([short.length, stranger.length]).toEqual([2, 4]);
  });
});
