// English messages: the source catalogue. Every user-visible string of the UI is here; other
// languages (French, Spanish, Arabic) translate these keys and fall back to English per key.
//
// Placeholders are written {name} and filled by t(key, { name: … }).
// Plain words for tired, frightened people: say what is true now and what to do next.

export const en = {
  'app.name': 'Habeas',
  'app.skipToContent': 'Skip to content',
  'app.vaultState.none': 'No vault open',
  'app.vaultState.open': 'Vault open',
  'app.notBuiltYet': 'Not built yet',
  'app.notBuiltYet.noData':
    'Nothing on this screen is case data: it only says what will be here.',
  'app.loading': 'Loading…',

  'nav.label': 'Main navigation',
  'nav.shortcut': 'Ctrl+{n}',
  'nav.vault': 'Vault',
  'nav.cases': 'Cases',
  'nav.caseWorkspace': 'Case workspace',
  'nav.settings': 'Settings',
  'nav.lockedHint': 'Unlock a vault to see your cases.',

  'vault.title': 'Vault',
  'vault.locked': 'Locked',
  'vault.lock': 'Lock',
  'vault.lockHint': 'Lock now (Ctrl+L)',
  'vault.open.title': 'Open your vault',
  'vault.open.intro': 'Everything in a vault is encrypted on your own disk. Choose its folder and enter your passphrase.',
  'vault.folder': 'Vault folder',
  'vault.folder.choose': 'Choose…',
  'vault.folder.dialogTitle': 'Choose the vault folder',
  'vault.folder.newHint': 'A new or empty folder. Prefer an encrypted disk; avoid folders that sync to a cloud service.',
  'vault.passphrase': 'Passphrase',
  'vault.unlock': 'Unlock',
  'vault.unlocking': 'Unlocking… (deriving the key takes a moment)',
  'vault.unlockDevice': 'Unlock with this device’s keyring',
  'vault.useRecovery': 'Lost your passphrase? Use the recovery key',
  'vault.createInstead': 'Create a new vault',
  'vault.openInstead': 'Open an existing vault',
  'vault.create.title': 'Create a new vault',
  'vault.create.intro': 'Habeas keeps every case in an encrypted folder on this computer. Only your passphrase or your recovery key opens it: if you lose both, nobody can recover the data, not even us.',
  'vault.newPassphrase': 'New passphrase',
  'vault.repeatPassphrase': 'Repeat the passphrase',
  'vault.passphraseAdvice': 'Use four or more unrelated words you can remember, in any language. Do not reuse a password from elsewhere.',
  'vault.mismatch': 'The two passphrases differ.',
  'vault.strength.label': 'Rough strength estimate: {level}',
  'vault.strength.too_short': 'too short (at least 8 characters)',
  'vault.strength.weak': 'weak',
  'vault.strength.fair': 'fair',
  'vault.strength.strong': 'strong',
  'vault.strength.very_strong': 'very strong',
  'vault.create': 'Create the vault',
  'vault.creating': 'Creating… (deriving the keys takes a few seconds)',
  'vault.recover.title': 'Open with the recovery key',
  'vault.recover.intro': 'Enter the recovery key from your recovery sheet, then choose a new passphrase. The old passphrase will stop working.',
  'vault.recoveryKey': 'Recovery key',
  'vault.recover': 'Recover and set the new passphrase',
  'vault.recoveryShown.title': 'Your recovery key',
  'vault.recoveryShown.intro': 'This key opens the vault if you forget your passphrase. It is shown only this once and is not stored anywhere.',
  'vault.recoveryShown.advice': 'Write it on paper and keep it somewhere safe, away from this computer. Anyone who has it can open the vault.',
  'vault.recoveryShown.confirmLabel': 'To confirm you have written it down, type its last four characters',
  'vault.recoveryShown.confirm': 'I have stored it — continue',
  'vault.recoveryShown.wrong': 'Those are not the last four characters. Check what you wrote down.',
  'vault.unlocked.title': 'Vault open',
  'vault.unlocked.folder': 'Folder: {dir}',
  'vault.unlocked.autoLock': 'It locks itself after {minutes} minutes without activity, and when you press Ctrl+L.',

  'cases.title': 'Cases',
  'cases.planned':
    'Here you will see your cases, their risk flags and the next deadline of each, soonest first, with search.',

  'case.title': 'Case workspace',
  'case.tabs.label': 'Parts of a case',
  'case.tab.overview': 'Overview',
  'case.tab.alerts': 'Alerts',
  'case.tab.timeline': 'Timeline & deadlines',
  'case.tab.evidence': 'Evidence',
  'case.tab.filings': 'Filings',
  'case.tab.travel': 'Travel',
  'case.planned.overview':
    'The person (names in every script, aliases, date of birth, nationalities, identity documents, refugee or asylum status), risk flags and the action checklist.',
  'case.planned.alerts':
    'Each INTERPOL alert (Diffusion, Red Notice or other notice): issuing country and NCB, date, what it asks, recipients, the national warrant behind it, and its status.',
  'case.planned.timeline':
    'Events (warrant, alert, detention, provisional arrest, extradition request, CCF steps, asylum steps) and the legal deadlines computed from them, each with its basis.',
  'case.planned.evidence':
    'Encrypted files with category, date, source, SHA-256, chain of custody, preview inside the app and annex labels.',
  'case.planned.filings':
    'Requests to the CCF (access, correction, deletion, revision) built step by step with an admissibility check, letters, and PDF exports.',
  'case.planned.travel': 'An itinerary checked leg by leg against what is known of each country.',

  'settings.title': 'Settings',
  'settings.planned':
    'A printable recovery sheet, language and backups will be set here.',
  'settings.autoLock.title': 'Auto-lock',
  'settings.autoLock.label': 'Lock the vault after this many minutes without activity',
  'settings.autoLock.help': 'Between {min} and {max} minutes. Saved in the vault. Ctrl+L locks at once.',
  'settings.autoLock.save': 'Save',
  'settings.autoLock.saved': 'Saved: the vault locks after {minutes} idle minutes.',
  'settings.passphrase.title': 'Passphrase',
  'settings.passphrase.current': 'Current passphrase',
  'settings.passphrase.change': 'Change the passphrase',
  'settings.passphrase.changing': 'Changing… (deriving the key takes a moment)',
  'settings.passphrase.changed': 'Passphrase changed. The old one no longer opens the vault; your recovery key still does.',
  'settings.device.title': 'This device',
  'settings.device.explain':
    'Remembering the vault on this device lets it open without the passphrase, through this computer’s keyring. Anyone who can use your account on this computer while its keyring is unlocked could then open the vault. Leave it off on a computer that could be seized, shared or lost.',
  'settings.device.remembered': 'Remembered on this device.',
  'settings.device.notRemembered': 'Not remembered on this device (the passphrase is needed).',
  'settings.device.remember': 'Remember on this device',
  'settings.device.forget': 'Forget this device',
  'settings.about.title': 'About this build',
  'settings.about.appVersion': 'App version',
  'settings.about.coreVersion': 'Core version',
  'settings.about.platform': 'Platform',
  'settings.about.buildType': 'Build type',
  'settings.about.buildType.release': 'Release',
  'settings.about.buildType.development': 'Development (not for real cases)',
  'settings.about.coreDumps': 'Memory copies on crash (core dumps)',
  'settings.about.coreDumps.disabled': 'Disabled: a crash writes no memory to disk',
  'settings.about.coreDumps.allowed':
    'Allowed: a crash could write memory to disk. Restart Habeas; if this stays, report it.',
  'settings.about.coreDumps.not_controlled':
    'Not controlled by Habeas on this system (see the threat model)',

  'error.title': 'Something went wrong',
  'error.internal.hint':
    'This is a fault in Habeas, not something you did. Your saved work is not affected.',
  'error.unexpected': 'Habeas received an answer it did not understand.',
  'error.retry': 'Try again',
} as const;

export type MessageKey = keyof typeof en;
