// English messages: the source catalogue. Every user-visible string of the UI is here; other
// languages (French, Spanish, Arabic) translate these keys and fall back to English per key.
//
// Placeholders are written {name} and filled by t(key, { name: … }).
// Plain words for tired, frightened people: say what is true now and what to do next.

export const en = {
  'app.name': 'Habeas',
  'app.skipToContent': 'Skip to content',
  'app.vaultState.none': 'No vault open',
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

  'vault.title': 'Vault',
  'vault.planned':
    'Here you will create an encrypted vault on your own disk, or open an existing one, with your passphrase or recovery key. Until then Habeas stores nothing.',

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
    'Auto-lock, quick unlock on this device, passphrase change, recovery sheet, language and backups will be set here.',
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
