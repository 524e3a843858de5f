import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import LetterLanguage from './LetterLanguage.svelte';

describe("the letter's language", () => {
  it('offers the five languages and warns before export when the chosen one is unreviewed', async () => {
    render(LetterLanguage, { value: 'en' });
    const select = screen.getByTestId<HTMLSelectElement>('letter-language');
    expect([...select.options].map((o) => o.value)).toEqual(['en', 'fr', 'es', 'ar', 'ru']);
    // English is the source: nothing to review.
    expect(screen.queryByTestId('letter-review-notice')).toBeNull();
    // French letters are drafted by the team and no line of fr/letters.reviewed approves them.
    await fireEvent.change(select, { target: { value: 'fr' } });
    const notice = await screen.findByTestId('letter-review-notice');
    expect(notice.textContent).toContain('native-speaking lawyer');
    expect(notice.textContent).toMatch(/\(0 of \d+ texts reviewed\)/);
  });
});
