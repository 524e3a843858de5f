// Issue 21.4, "no lost typing": a form's unsaved text survives a tab switch, and a lock saves
// it first through the normal save command (or says it could not). The case is what the real
// core answers (fixture made with the `habeas` CLI).
import { clearMocks, mockIPC } from '@tauri-apps/api/mocks';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../services/cases';
import type { Filing } from '../../services/filings';
import { cases, personForm } from '../../state/cases.svelte';
import { drafts } from '../../state/drafts.svelte';
import { filings } from '../../state/filings.svelte';
import { filingFixture } from '../../state/filing-fixture';
import { navigation } from '../../state/navigation.svelte';
import { session } from '../../state/session.svelte';
import fixture from '../fixtures/alarm-case.json';
import CaseWorkspaceScreen from './CaseWorkspaceScreen.svelte';
import VaultScreen from './VaultScreen.svelte';

const view = fixture.view as unknown as NonNullable<typeof cases.current>;
const caseId = view.case.id;

afterEach(() => {
  clearMocks();
  cases.clear();
  filings.clear();
  drafts.clear();
  drafts.notSaved = [];
  drafts.keptAtLock = [];
  navigation.caseTab = 'overview';
  session.unlocked = false;
});

type Call = { cmd: string; args: Record<string, unknown> };

/** The core as the case workspace sees it; every call is recorded in order. */
function core(calls: Call[], answers: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  mockIPC((cmd, args) => {
    const a = (args ?? {}) as Record<string, unknown>;
    calls.push({ cmd, args: a });
    const answer = answers[cmd];
    if (answer) return answer(a);
    if (cmd === 'case_view') return view;
    if (cmd === 'case_list') return { today: view.today, cases: [] };
    if (cmd === 'drafts_list' || cmd === 'countries') return [];
    if (cmd === 'case_audit' || cmd === 'evidence_list' || cmd === 'filing_list' || cmd === 'trip_list') return [];
    if (cmd === 'filing_arguments') return { arguments: [], suggested: [] };
    return null;
  });
}

const filing = (): Filing => ({ ...filingFixture('filing-1', caseId), annexes: [] });

async function settle(): Promise<void> {
  for (let i = 0; i < 5; i++) await tick();
}

describe('a tab switch', () => {
  it('keeps what was typed in the person form, and says it is not saved yet', async () => {
    const calls: Call[] = [];
    core(calls);
    cases.current = structuredClone(view);
    render(CaseWorkspaceScreen);
    const latin = (await screen.findByTestId('person-latin')) as HTMLInputElement;
    await fireEvent.input(latin, { target: { value: 'Dara Example-Typed' } });
    await settle();
    expect(screen.getByTestId('person-save-status').textContent).toContain('Unsaved changes');

    await fireEvent.click(screen.getByTestId('tab-alerts'));
    await settle();
    expect(screen.queryByTestId('person-latin')).toBeNull();
    await fireEvent.click(screen.getByTestId('tab-overview'));
    await settle();

    const back = (await screen.findByTestId('person-latin')) as HTMLInputElement;
    expect(back.value).toBe('Dara Example-Typed');
    expect(screen.getByTestId('person-save-status').textContent).toContain('typed earlier');
    // Nothing was saved by the switch itself: the user still decides.
    expect(calls.some((c) => c.cmd === 'case_update')).toBe(false);
  });

  it('forgets the draft once it is saved', async () => {
    const calls: Call[] = [];
    core(calls, { case_update: (a) => ({ ...view, case: a.caseFile as Case }) });
    cases.current = structuredClone(view);
    render(CaseWorkspaceScreen);
    const latin = (await screen.findByTestId('person-latin')) as HTMLInputElement;
    await fireEvent.input(latin, { target: { value: 'Dara Saved' } });
    await settle();
    await fireEvent.click(screen.getByTestId('person-save'));
    await settle();
    expect(drafts.keys).toEqual([]);
    expect(screen.getByTestId('person-save-status').textContent).toContain('Saved.');
  });
});

describe('the person form', () => {
  it('saves only its own fields, over what another form saved meanwhile', async () => {
    const calls: Call[] = [];
    core(calls, { case_update: (a) => ({ ...view, case: a.caseFile as Case }) });
    cases.current = structuredClone(view);
    render(CaseWorkspaceScreen);
    const latin = (await screen.findByTestId('person-latin')) as HTMLInputElement;
    await fireEvent.input(latin, { target: { value: 'Dara Both' } });
    // The header's situation form saves while the person form is being typed in.
    const situation = { extradited_on: '2026-11-01', protected_from_extradition: null };
    cases.current = { ...structuredClone(view), case: { ...structuredClone(view.case), situation } } as typeof view;
    await settle();
    await fireEvent.click(screen.getByTestId('person-save'));
    await settle();
    const saved = calls.find((c) => c.cmd === 'case_update')?.args.caseFile as Case;
    expect(saved.person.name_latin).toBe('Dara Both');
    expect(saved.situation).toEqual(situation);
  });
});

describe('a lock', () => {
  it('saves unsaved filing edits through filing_save before the vault locks', async () => {
    const calls: Call[] = [];
    core(calls, {
      filing_list: () => [filing()],
      filing_check: () => [],
      filing_save: (a) => a.filing,
    });
    session.unlocked = true;
    await filings.load(caseId);
    await filings.open('filing-1');
    filings.edit((f) => (f.outcome = 'Delete the Diffusion.'));
    await session.lock();

    const saved = calls.findIndex((c) => c.cmd === 'filing_save');
    expect(saved).toBeGreaterThanOrEqual(0);
    expect((calls[saved]?.args.filing as Filing).outcome).toBe('Delete the Diffusion.');
    expect(saved).toBeLessThan(calls.findIndex((c) => c.cmd === 'vault_lock'));
    expect(session.unlocked).toBe(false);
    expect(drafts.notSaved).toEqual([]);
  });

  it('hides the screen at once, and an unlock typed while drafts save reaches the shell after the lock', async () => {
    const calls: Call[] = [];
    let release = (): void => {};
    core(calls, {
      filing_list: () => [filing()],
      filing_check: () => [],
      filing_save: (a) => new Promise((resolve) => (release = () => resolve(a.filing))),
      vault_unlock: () => ({ unlocked: true, dir: '/v', recovery: 'confirmed' }),
    });
    session.unlocked = true;
    await filings.load(caseId);
    await filings.open('filing-1');
    filings.edit((f) => (f.outcome = 'Delete.'));
    const locking = session.lock();
    expect(session.unlocked).toBe(false);
    expect(filings.draft).toBeNull();
    const unlocking = session.unlock('/v', 'a long passphrase');
    await settle();
    release();
    await locking;
    await unlocking;
    const order = calls.map((c) => c.cmd);
    expect(order.indexOf('filing_save')).toBeLessThan(order.indexOf('vault_lock'));
    expect(order.indexOf('vault_lock')).toBeLessThan(order.indexOf('vault_unlock'));
  });

  it('keeps a filing draft when the user leaves the case, and saves it at the lock', async () => {
    const calls: Call[] = [];
    core(calls, { filing_list: () => [filing()], filing_check: () => [], filing_save: (a) => a.filing });
    session.unlocked = true;
    await filings.load(caseId);
    await filings.open('filing-1');
    filings.edit((f) => (f.facts = 'Arrested in Italy.'));
    // Another case: the filings state starts again, the draft stays kept.
    await filings.load('case-other');
    await filings.load(caseId);
    await filings.open('filing-1');
    expect(filings.draft?.facts).toBe('Arrested in Italy.');
    expect(filings.dirty).toBe(true);
  });

  it('saves a valid person draft left on another tab, laid over the case as saved', async () => {
    const calls: Call[] = [];
    core(calls, { case_update: (a) => ({ ...view, case: a.caseFile as Case }) });
    cases.current = structuredClone(view);
    session.unlocked = true;
    render(CaseWorkspaceScreen);
    const latin = (await screen.findByTestId('person-latin')) as HTMLInputElement;
    await fireEvent.input(latin, { target: { value: 'Dara Locked' } });
    await settle();
    await fireEvent.click(screen.getByTestId('tab-alerts'));
    await settle();
    await session.lock();

    const update = calls.find((c) => c.cmd === 'case_update');
    expect((update?.args.caseFile as Case | undefined)?.person.name_latin).toBe('Dara Locked');
    expect(calls.findIndex((c) => c.cmd === 'case_update')).toBeLessThan(calls.findIndex((c) => c.cmd === 'vault_lock'));
    expect(drafts.keys).toEqual([]);
  });

  it('keeps a form the core refuses as an encrypted draft in the vault, and still locks', async () => {
    const calls: Call[] = [];
    core(calls, {
      case_update: () => {
        throw { code: 'invalid_input', message: 'Name: give at least one name.' };
      },
    });
    cases.current = structuredClone(view);
    session.unlocked = true;
    render(CaseWorkspaceScreen);
    const latin = (await screen.findByTestId('person-latin')) as HTMLInputElement;
    await fireEvent.input(latin, { target: { value: '' } });
    await settle();
    await session.lock();
    expect(session.unlocked).toBe(false);
    const kept = calls.findIndex((c) => c.cmd === 'drafts_keep');
    expect(calls[kept]?.args.key).toBe(`${caseId}/person`);
    expect(JSON.parse(calls[kept]?.args.value as string).person.name_latin).toBe('');
    expect(kept).toBeLessThan(calls.findIndex((c) => c.cmd === 'vault_lock'));
    expect(drafts.keptAtLock).toEqual(['person']);
    expect(drafts.notSaved).toEqual([]);
    // Nothing typed is kept in the webview past the lock.
    expect(drafts.keys).toEqual([]);
  });

  it('brings a draft kept in the vault back after the unlock, with a visible note', async () => {
    const calls: Call[] = [];
    const form = { ...personForm(view.case as Case), otherNames: 'Half typed' };
    form.person = { ...form.person, name_latin: 'Dara Restored' };
    core(calls, {
      vault_unlock: () => ({ unlocked: true, dir: '/v', recovery: 'confirmed' }),
      drafts_list: () => [{ key: `${caseId}/person`, value: JSON.stringify(form) }],
    });
    await session.unlock('/v', 'a long passphrase');
    await settle();
    expect(drafts.restored).toEqual(['person']);
    cases.current = structuredClone(view);
    render(CaseWorkspaceScreen);
    const latin = (await screen.findByTestId('person-latin')) as HTMLInputElement;
    expect(latin.value).toBe('Dara Restored');
    expect(screen.getByTestId('person-save-status').textContent).toContain('typed earlier');
    // Thrown away by the user: gone from the vault too.
    await fireEvent.click(screen.getByTestId('person-discard'));
    await settle();
    expect(((await screen.findByTestId('person-latin')) as HTMLInputElement).value).toBe('Dara Example');
    expect(calls.find((c) => c.cmd === 'drafts_discard')?.args.key).toBe(`${caseId}/person`);
  });

  it('saves nothing when the shell locked first (screen lock), and says what was lost', async () => {
    const calls: Call[] = [];
    core(calls, { filing_list: () => [filing()], filing_check: () => [], filing_save: (a) => a.filing });
    session.unlocked = true;
    await filings.load(caseId);
    await filings.open('filing-1');
    filings.edit((f) => (f.outcome = 'Delete.'));
    await session.lock({ vaultOpen: false });
    expect(calls.some((c) => c.cmd === 'filing_save')).toBe(false);
    expect(drafts.notSaved).toEqual(['filing']);
  });

  it('the unlock screen says, in words, what a lock kept and what it could not', async () => {
    core([]);
    drafts.notSaved = ['person', 'filing', 'person'];
    drafts.keptAtLock = ['alert'];
    render(VaultScreen);
    const lost = await screen.findByTestId('drafts-not-saved');
    expect(lost.textContent).toContain('the person form, a filing.');
    expect(screen.getByTestId('drafts-kept').textContent).toContain('encrypted in the vault; they come back when you unlock: an alert.');
  });
});
