// The new-passphrase field of the creation and change forms: the meter shows the core's verdict
// and its reason; "Generate a passphrase" fills the field with the core's six words and shows
// them to write down.
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import NewPassphrase from './NewPassphrase.svelte';

afterEach(() => clearMocks());

const WORDS = 'gravity oxidize unlaced chamomile rebound saffron';

function core(calls: [string, unknown][]) {
  return (cmd: string, args: unknown): unknown => {
    calls.push([cmd, args]);
    if (cmd === 'vault_generate_passphrase') return WORDS;
    if (cmd === 'vault_passphrase_strength') {
      const { passphrase } = args as { passphrase: string };
      return passphrase === WORDS
        ? { score: 4, guesses_log10: 23, acceptable: true, weakness: null }
        : { score: 0, guesses_log10: 2.3, acceptable: false, weakness: 'common_password' };
    }
    return null;
  };
}

describe('NewPassphrase', () => {
  it('shows the core’s refusal and why, for the folder being created', async () => {
    const calls: [string, unknown][] = [];
    mockIPC(core(calls));
    render(NewPassphrase, { props: { prefix: 'create', dir: '/home/me/Cases' } });
    await fireEvent.input(screen.getByTestId('create-pass'), { target: { value: 'password1' } });
    const meter = screen.getByTestId('create-strength');
    await waitFor(() => expect(meter.dataset.acceptable).toBe('false'));
    expect(meter.textContent).toContain('Too easy to guess');
    expect(meter.textContent).toContain('a very common password');
    expect(calls).toEqual([['vault_passphrase_strength', { passphrase: 'password1', dir: '/home/me/Cases' }]]);
  });

  it('generates a passphrase: fills the field, shows the six words, and the meter accepts it', async () => {
    const calls: [string, unknown][] = [];
    mockIPC(core(calls));
    render(NewPassphrase, { props: { prefix: 'change', repeat: 'old typing' } });
    await fireEvent.click(screen.getByTestId('change-generate'));
    const field = screen.getByTestId('change-pass') as HTMLInputElement;
    await waitFor(() => expect(field.value).toBe(WORDS));
    expect((screen.getByTestId('change-repeat') as HTMLInputElement).value).toBe('');
    const words = [...screen.getByTestId('change-generated').querySelectorAll('li')].map((li) => li.textContent);
    expect(words).toEqual(WORDS.split(' '));
    const meter = screen.getByTestId('change-strength');
    await waitFor(() => expect(meter.dataset.acceptable).toBe('true'));
    expect(meter.textContent).toContain('4 of 4');
    // Edited by hand, the field no longer holds the words: they are no longer shown.
    await fireEvent.input(field, { target: { value: 'something else' } });
    expect(screen.queryByTestId('change-generated')).toBeNull();
  });

  it('says it is checking until the core answers, and shows nothing when the call fails', async () => {
    mockIPC(() => {
      throw { code: 'internal', message: 'no' };
    });
    render(NewPassphrase, { props: { prefix: 'create' } });
    await fireEvent.input(screen.getByTestId('create-pass'), { target: { value: 'anything at all' } });
    const meter = screen.getByTestId('create-strength');
    expect(meter.textContent).toContain('Checking');
    await waitFor(() => expect(meter.textContent?.trim()).toBe(''));
    expect(meter.dataset.acceptable).toBe('unknown');
  });
});
