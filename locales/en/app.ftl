# English: the source catalogue of the UI. Every user-visible string of the UI is here; the
# other languages translate these ids. Plain words for tired, frightened people: say what is
# true now and what to do next. Generated first from en.ts by ui/scripts/ts-to-ftl.mjs.

app-name = Habeas
app-skipToContent = Skip to content
app-vaultState-none = No vault open
app-vaultState-open = Vault open
app-notBuiltYet = Not built yet
app-notBuiltYet-noData = Nothing on this screen is case data: it only says what will be here.
app-loading = Loading…

nav-label = Main navigation
nav-shortcut = Ctrl+{ $n }
nav-vault = Vault
nav-cases = Cases
nav-caseWorkspace = Case workspace
nav-settings = Settings
nav-lockedHint = Unlock a vault to see your cases.
nav-shortcutsHint = Keyboard shortcuts (?)

shortcuts-title = Keyboard shortcuts
shortcuts-newCase = New case
shortcuts-search = Search cases, people, alerts and events
shortcuts-screens = Go to Vault, Cases, Case workspace or Settings
shortcuts-tabs = Move between the tabs of a case (when a tab has the focus)
shortcuts-lock = Lock the vault now
shortcuts-escape = Close this list, a form being created, or the search
shortcuts-help = Show this list
shortcuts-or = or
shortcuts-mac = On a Mac, use Cmd where this list says Ctrl.
shortcuts-close = Close

vault-title = Vault
vault-lock = Lock
vault-lockHint = Lock now (Ctrl+L)
vault-open-title = Open your vault
vault-open-intro = Everything in a vault is encrypted on your own disk. Choose its folder and enter your passphrase.
vault-folder = Vault folder
vault-folder-choose = Choose…
vault-folder-dialogTitle = Choose the vault folder
vault-folder-newHint = A new or empty folder. Prefer an encrypted disk; avoid folders that sync to a cloud service.
vault-passphrase = Passphrase
vault-unlock = Unlock
vault-unlocking = Unlocking… (deriving the key takes a moment)
vault-unlockDevice = Unlock with this device’s keyring
vault-useRecovery = Lost your passphrase? Use the recovery key
vault-createInstead = Create a new vault
vault-openInstead = Open an existing vault
vault-create-title = Create a new vault
vault-create-intro = Habeas keeps every case in an encrypted folder on this computer. Only your passphrase or your recovery key opens it: if you lose both, nobody can recover the data, not even us.
vault-newPassphrase = New passphrase
vault-repeatPassphrase = Repeat the passphrase
vault-passphraseAdvice = Use four or more unrelated words you can remember, in any language. Do not reuse a password from elsewhere.
vault-mismatch = The two passphrases differ.
vault-strength-checking = Checking how easy it is to guess…
vault-strength-accepted = Hard to guess (strength { $score } of 4).
vault-strength-refused = Too easy to guess: { $why }. Habeas will not accept it. Add a few more unrelated words, or generate a passphrase.
vault-strength-why-too_short = it has fewer than { $min ->
        [one] one character
       *[other] { $min } characters
    }
vault-strength-why-common_password = it is a very common password, or one with small changes
vault-strength-why-common_word = it is a common word
vault-strength-why-name = it is a common name
vault-strength-why-date = it contains a date
vault-strength-why-year = it contains a recent year
vault-strength-why-keyboard_pattern = it is a keyboard pattern
vault-strength-why-repeat = it repeats characters or groups of characters
vault-strength-why-sequence = it is a sequence like abc or 6543
vault-strength-why-too_simple = it is too simple
vault-generate = Generate a passphrase
vault-generated-title = Your passphrase: write these six words down, in this order
vault-generated-note = Keep the paper away from this computer. Type the words again below, with a space between them, to check you have them.
vault-generated-failed = Habeas could not make a passphrase. Type your own, or try again.
vault-create = Create the vault
vault-creating = Creating… (deriving the keys takes a few seconds)
vault-recover-title = Open with the recovery key
vault-recover-intro = Enter the recovery key from your recovery sheet, then choose a new passphrase. The old passphrase will no longer open this vault folder (a copy of the folder made before still opens with it).
vault-recoveryKey = Recovery key
vault-recover = Recover and set the new passphrase
vault-recoveryShown-title = Your recovery key
vault-recoveryShown-intro = This key opens the vault if you forget your passphrase. It is shown only this once and is not stored anywhere.
vault-recoveryShown-advice = Write it on paper and keep it somewhere safe, away from this computer. Anyone who has it can open the vault.
vault-recoveryShown-confirmLabel = To confirm you have written it down, type its last four characters
vault-recoveryShown-confirm = I have stored it — continue
vault-recoveryShown-sheet = Save a recovery sheet to print (PDF)…
vault-recoveryShown-sheetWarning = The sheet shows the key in letters and as a QR code. The PDF file holds the key unprotected: print it, then delete the file and empty the trash.
vault-recoveryShown-sheetSaved = Recovery sheet saved as { $name }. Print it now, then delete the file.
vault-recoveryShown-wrong = Those are not the last four characters. Check what you wrote down.
vault-recoveryShown-confirming = Checking… (this takes a moment)
vault-recoveryShown-autoLockPaused = Auto-lock waits while this key is on screen.
vault-recoveryShown-pendingNote = Your current recovery key keeps opening the vault until you confirm this new one. Once you confirm, the old key no longer opens this vault folder (a copy of the folder made before still opens with it).
vault-recoveryShown-discard = Discard this new key
vault-unlocked-recoveryUnconfirmed = You never confirmed that you stored this vault’s recovery key. If you forget your passphrase without it, nobody can open the vault.
vault-unlocked-recoveryPending = A new recovery key is waiting for you to confirm it; your current key still opens the vault.
vault-unlocked-recoveryGo = Recovery key settings
vault-unlocked-syncCopiesTitle = A save made on another device may be missing here.
vault-unlocked-exposureTitle = Other people who use this computer can look into this vault’s folder.
vault-unlocked-title = Vault open
vault-firstCase-title = Your vault is ready
vault-firstCase-intro = Next, create the case of the person you are helping: their name, where they are, and the alert against them. You can add the rest as you learn it.
vault-firstCase-create = Create your first case
vault-missing-title = The vault is no longer in its folder
vault-missing-explain = There is no vault in { $dir } any more. It may have been moved or renamed, or it is on a drive that is not connected. If you moved it, open it where it is now. If this is a new start, create a new vault.
vault-missing-open = Open the vault where it is now
vault-missing-create = Create a new vault
vault-rescue-title = Open what can still be read
vault-rescue-explain = One save in this vault cannot be read (the file named above). Habeas can open the vault as it was just before that save: that save and every later one are moved, unread, into a folder inside the vault (index/set-aside). Nothing is deleted. Work saved after the damaged save will be missing until you restore it from a backup copy.
vault-rescue-backupFirst = If you have a backup copy of the vault folder made recently, restoring it may bring everything back: try that first.
vault-rescue-open = Open without the damaged save
vault-rescue-needPassphrase = Enter the passphrase above, then press this button.
vault-rescue-done = Opened as it was before the save { $damaged }, which is missing or damaged. { $records ->
        [one] The journal file from there on was
       *[other] The { $records } journal files from there on were
    } moved, unread, to { $folder } inside the vault folder. Nothing was deleted.
vault-rescue-doneAdvice = Check the cases you worked on most recently: changes made after the damaged save are not shown. A backup copy of the vault folder made after them can bring them back.
vault-unlocked-folder = Folder: { $dir }
vault-unlocked-autoLock = It locks itself after { $minutes ->
        [one] one minute
       *[other] { $minutes } minutes
    } without activity, and when you press Ctrl+L.

cases-title = Cases
cases-new = New case
cases-new-title = Open a new case
cases-new-nameLatin = Name in Latin letters (as in the passport)
cases-new-nameOriginal = Name in the original script (optional)
cases-new-create = Create the case
cases-new-cancel = Cancel
cases-new-nameNeeded = Give the person’s name, in any script.
cases-empty = No cases yet. Open one with “New case”: everything you enter stays encrypted in this vault.
cases-emptyAllAway = { $count ->
        [one] No case is on this device: the one case of this vault is away in travel mode (above).
       *[other] No case is on this device: the { $count } cases of this vault are away in travel mode (above).
    }
cases-search-label = Search cases, people, alerts, events and notes
cases-search-placeholder = A name in any script, a country, an offence…
cases-search-none = Nothing matches “{ $query }”.
cases-search-results = { $count } found
cases-search-kind-case = Case
cases-search-kind-alert = Alert
cases-search-kind-event = Event
cases-search-kind-evidence = Evidence
cases-col-name = Person
cases-col-flags = Risk flags
cases-col-next = Next deadline
cases-col-daysLeft = Days left
cases-col-updated = Last change
cases-noDeadline = None open
cases-table-label = Cases, soonest deadline first
cases-exportAll = Export all deadlines to a calendar (.ics)

days-today = Today
days-tomorrow = Tomorrow
days-in = { $n ->
        [one] In one day
       *[other] In { $n } days
    }
days-ago = { $n ->
        [one] One day ago
       *[other] { $n } days ago
    }
days-agoOne = Yesterday

case-back = ← All cases
case-noneOpen = No case is open. Choose one in the list of all cases.
case-saved = Saved.
case-save = Save

drafts-unsaved = Unsaved changes: kept while you look elsewhere, and saved (or kept encrypted) when the vault locks.
drafts-restored = Unsaved changes you typed earlier are back. Save to keep them.
drafts-form-person = the person form
drafts-form-alert = an alert
drafts-form-event = an event
drafts-form-override = a date on the timeline
drafts-form-evidence = the details of a piece of evidence
drafts-form-filing = a filing
drafts-form-situation = the case situation
drafts-form-checklist = checklist notes
drafts-form-new = a new case
drafts-form-auto-lock = the auto-lock delay
drafts-notSaved = When the vault locked, the latest changes to these could not be kept; please enter them again: { $forms }.
drafts-keptAtLock = Unsaved changes were kept, encrypted in the vault; they come back when you unlock: { $forms }.
drafts-restoredList = Unsaved changes from before the lock are back: { $forms }. Open them to save or discard them.
drafts-discard = Discard changes

case-saving = Saving…
case-delete = Delete
case-edit = Edit
case-cancel = Cancel
case-none = None recorded yet.
case-tab-checklist = Checklist
case-tab-history = History
case-nextDue = Next: { $title }, { $when } ({ $date }).

alarm-title = Custody limit passed
alarm-limit_passed = The custody limit passed on { $date } — { $title } — and neither what it waited for (under a treaty, the extradition request; under a European Arrest Warrant, the surrender decision) nor a release is recorded. Ask the court now to release the person or to say on what basis they are still held, and check with the authorities whether it arrived in time. Record what happened to clear this alarm.
alarm-arrived_late = What the custody limit waited for ({ $title }) was recorded on { $closed }, after the limit of { $date }, and no release is recorded. Ask the court now to release the person or to say on what basis they are held after the limit. Record the release to clear this alarm.
alarm-list = Custody limit passed { $date }

deadlines-late = Recorded on { $date }, after the limit.
deadlines-closingFuture = Check the date: { $what } is recorded on { $date }, after today. Until then this deadline counts as still waiting.

case-nothingDue = No open deadline. Deadlines appear when you record events such as an arrest or a CCF filing.

person-title = The person
person-nameLatin = Name in Latin letters
person-nameOriginal = Name in the original script
person-otherNames = Other spellings and aliases (one per line)
person-sex = Sex (as on the ID)
person-birthDate = Date of birth
person-birthPlace = Place of birth
person-nationalities = Nationalities
person-residenceCountry = Country of residence
person-residenceAddress = Address (not disclosed to the NCB, CCF Statute Art. 20)
person-contacts = Contacts
person-profile = Why the person may be targeted
person-documents = Identity documents
person-document-number = Number
person-document-issuer = Issued by
person-document-expiry = Expires
person-document-add = Add a document
person-document-expired = Expired on { $date }: a CCF request with an expired ID is inadmissible. Renew it or use another document.
person-protection = Refugee or asylum status
person-protection-none = None
person-protection-country = Country granting or examining it
person-protection-date = Date
person-protection-feared = State the person fears persecution from
person-protection-grounds = Grounds
person-protection-kind = What was granted or is claimed
person-protection-naturalised = Has since become a national of that country
person-notes = Notes
person-misuse = Issuing country’s record of misuse (your note)
person-nameNeeded = Give the name in at least one script.

country-none = — not set —
country-remove = Remove { $name }

flags-title = Risk flags
flags-none = No risk flag raised. Flags come from the data (asylum status, alert history, profile) or can be set by hand.
flags-fromData = From the data
flags-byHand = Set by hand
flags-set = Set by hand
flags-clear = Clear
flags-reset = Back to the data
flags-reason = Reason (one line)
flags-manage = Set or clear a flag

alerts-title = INTERPOL alerts
alerts-add = Add an alert
alerts-edit = Edit the alert
alerts-kind = Kind
alerts-country = Issuing country
alerts-ncb = NCB or entity that sent it
alerts-date = Date issued
alerts-precision = How precise
alerts-asks = What it asks
alerts-allMembers = Sent to all member countries
alerts-recipients = Recipient countries
alerts-warrant = National warrant behind it
alerts-warrant-authority = Court or authority
alerts-warrant-date = Warrant date
alerts-warrant-reference = Reference
alerts-warrant-inAbsentia = Convicted in absentia
alerts-warrant-notified = Informed of the trial
alerts-warrant-represented = Defended by a lawyer of their choosing
alerts-warrant-retrial = Right to a new trial on surrender
alerts-warrant-invalid = The warrant was annulled, has expired or was issued without jurisdiction
alerts-warrant-torture = The proceedings relied on evidence obtained by torture or ill-treatment
alerts-warrant-notIndependent = The court or authority is not independent of the executive
alerts-warrant-maxPenalty = Maximum penalty for the offence (months)
alerts-warrant-sentence = Sentence imposed (months)
alerts-unknown = Not known
alerts-yes = Yes
alerts-no = No
alerts-offence = Offence as charged
alerts-learned = How it was learned of
alerts-status = Status
alerts-status-date = Since
alerts-status-by = Deleted or refused by
alerts-status-ground = On what ground
alerts-status-history = Status history
alerts-notes = Notes
alerts-from = from { $country }
alerts-unknownCountry = issuing country unknown
alerts-confirmDelete = Delete this alert? The history keeps a record of it.
alerts-diffusionHint = A Diffusion is sent directly by one country’s NCB, with no review by INTERPOL beforehand.

timeline-title = Timeline
timeline-today = Today
timeline-label = Timeline of events and deadlines
timeline-textEquivalent = The same events and deadlines are listed as text below the drawing: the deadline table and the list of events.
timeline-legend-overdue = Passed
timeline-legend-urgent = 7 days or less
timeline-legend-soon = 30 days or less
timeline-legend-later = Later
timeline-legend-met = Met
timeline-empty = Record an event to start the timeline.

events-title = Events
events-add = Add an event
events-edit = Edit the event
events-kind = What happened
events-date = Date
events-country = Where
events-regime = Extradition regime (sets the deadlines)
events-regime-none = — not known —
events-regime-bilateralMissing = Describe the bilateral treaty in the Overview tab first: its days and what they count from.
events-notifiedOn = Requesting state notified of the arrest on
events-ccfRequest = What the request asks
events-admissible = Found admissible
events-alerts = Alerts it concerns
events-notes = Notes
events-dateNeeded = Give the date (an estimate is better than none).
events-notifiedBefore = The notification cannot come before the arrest.
events-confirmDelete = Delete this event? Deadlines computed from it disappear; the history keeps a record.

deadlines-title = Deadlines
deadlines-why = Why this rule:

events-oneTypePerSubmission = Since 26 March 2026 the CCF’s portal takes one request type per submission (a practitioner’s account): if access and deletion were two submissions, record them as two events, each with its own date.

filing-submitted-offer = Exporting does not file the request. Once you have submitted it through the CCF’s portal, record it here: the CCF’s clocks start from that day, and the case shows the request as filed.
filing-submitted-date = Date submitted
filing-submitted-record = Record as submitted
filing-submitted-done = Recorded on the case’s timeline: submitted on { $date }.

ccf-title = Requests to the CCF
ccf-intro = Access, then correction or deletion, then revision. Access and deletion can be asked at the same time; the portal takes each as its own submission. A step counts as filed only once its “CCF request filed” event is recorded.

enum-ccfStep-access = Access to the data
enum-ccfStep-correction_or_deletion = Correction or deletion
enum-ccfStep-revision = Revision of a decision

ccf-state-not_asked = Not asked
ccf-state-drafted = Drafted in Habeas, not filed
ccf-drafted-hint = A draft is not a request. Once it is submitted through the portal, record the “CCF request filed” event: the CCF’s clocks start from it.
ccf-state-filed = Filed on { $date }: no admissibility answer recorded
ccf-state-admissible = Filed on { $filed }, found admissible on { $date }: no decision recorded
ccf-state-inadmissible = Found inadmissible on { $date }: correct what the CCF pointed out and file again
ccf-state-decided = Decided on { $date }
ccf-combined = Recorded as one submission asking more than one type of request. Since 26 March 2026 the portal takes one request type per submission (a practitioner’s account): record each submission as its own event.
ccf-overdue = The CCF’s time limit for its decision (Statute Art. 40, read in a secondary source) ended on { $date } and no decision is recorded.
ccf-followUp = Write to the CCF asking for its decision…
ccf-revision-hint = Only after a decision, on a newly discovered fact, within six months of its discovery (Statute Art. 42(2), read in a secondary source).

datesNeeded-title = Dates Habeas cannot work out
datesNeeded-intro = For these, Habeas has no period it can rely on. Find the date in the treaty, the national law, the court order or the CCF’s message, and enter it with where it comes from. Until then no deadline is shown for them.
datesNeeded-enter = Enter the date
datesNeeded-from = From: { $start }
datesNeeded-reason = Where the date comes from (treaty article, law, court order, CCF message)
datesNeeded-both = Enter the date and where it comes from: both are kept in the history.

deadlines-none = No deadline yet. They are computed from events: a provisional arrest with its regime, a CCF filing, an admissibility decision, a new fact.
deadlines-col-what = What is due
deadlines-col-date = Date
deadlines-col-left = Days left
deadlines-col-basis = Legal basis
deadlines-soft = First step: { $date }
deadlines-due = Due: { $date }
deadlines-period = { $period } from { $start }
deadlines-counting = How it is counted
deadlines-source = Source
deadlines-overridden = Date set by hand (computed: { $date }). Reason: { $reason }
deadlines-override = Set another date
deadlines-override-date = Date that applies
deadlines-override-reason = Why (treaty, court order, domestic law)
deadlines-override-reasonNeeded = Say why this date replaces the computed one: it is kept in the history.
deadlines-override-remove = Use the computed date
deadlines-exportCase = Export this case’s deadlines (.ics)
deadlines-exportNames = Put the person’s name in calendar events (calendar apps may sync to a cloud)
deadlines-exported = Saved { $file }. This file is not encrypted.
deadlines-exportCancelled = Nothing exported.
deadlines-treaty = Bilateral treaty for provisional arrest
deadlines-treaty-name = Treaty and article
deadlines-treaty-soft = Days to the first step (optional)
deadlines-treaty-hard = Days to the outer limit
deadlines-treaty-start = Counted from
deadlines-treaty-start-arrest = The arrest
deadlines-treaty-start-notification = The notification of the arrest
deadlines-treaty-none = No bilateral treaty described.
deadlines-treaty-describe = Describe a treaty
deadlines-treaty-remove = Remove
deadlines-treaty-daysInvalid = Give 1 to { $max } days; the first step no later than the limit.
deadlines-reminder = Remind me to repeat the access request every (months, empty for never)
deadlines-reminderInvalid = Between 1 and { $max } months.

checklist-title = What to do
checklist-prevention = Prevention
checklist-doneByData = Done: { $evidence }
checklist-doneByHand = Ticked by hand
checklist-undoneByHand = Unticked by hand
checklist-backToData = Let the data decide
checklist-why = Why it matters here
checklist-caution = Caution
checklist-note = Note

history-title = History of changes
history-intro = Every change, oldest first. The log is append-only and chained: an edit to it would show.
history-empty = No changes recorded.
history-created = Created
history-deleted = Deleted

custody-imported = Imported “{ $name }” ({ $size ->
        [one] { $size } byte
       *[other] { $size } bytes
    })
custody-sha256 = SHA-256
custody-viewed = Opened for viewing
custody-exported = Decrypted copy exported to { $to }

custody-certificate = A custody certificate was issued
custody-annexed = Annexed to a filing as { $label }
custody-unannexed = Removed from a filing’s annexes
custody-filed = Exported as annex { $label } of a filing
custody-changed = Changed: { $what }
custody-field-category = category
custody-field-document_date = date of the document
custody-field-source = source
custody-field-language = language
custody-field-description = description
custody-field-tags = tags
custody-field-events = linked events
custody-field-alerts = linked alerts
custody-field-translation_of = translation of
custody-field-translator = translator
custody-field-other = details
evidence-title = Evidence
evidence-intro = Files are encrypted into the vault as they are imported; their SHA-256 fingerprint is taken at the same time, so you can prove later that nothing was altered. The original name, size and type are kept inside the vault only.
evidence-drop = You can also drop files or folders anywhere on this window.
evidence-drop-now = Drop to import into this case.
evidence-empty = No evidence in this case yet. Import identity papers, the warrant, decisions, correspondence…
evidence-import-files = Import files…
evidence-import-folder = Import a folder…
evidence-import-starting = Preparing the import…
evidence-import-file = File { $n } of { $of }: { $name }
evidence-import-fileProgress = This file
evidence-import-total = All files: { $pct } %
evidence-import-totalProgress = All files
evidence-import-cancel = Cancel import
evidence-import-done = { $n ->
        [one] Imported one file.
       *[other] Imported { $n } files.
    }
evidence-import-cancelled = Import cancelled. The file in progress left nothing behind; files after it were not imported.
evidence-import-failed = Not imported: { $name }.
evidence-dup-title = { $n ->
        [one] One file already in this case
       *[other] { $n } files already in this case
    }
evidence-dup-item = “{ $name }” is the same file, byte for byte, as “{ $existing }”.
evidence-dup-explain = Their SHA-256 fingerprints match. Skip them, or import a second record only if you need one.
evidence-dup-skip = Skip them
evidence-dup-import = Import anyway
evidence-verify = Verify all files
evidence-verify-running = Verifying…
evidence-verify-progress = Decrypting every file and comparing its SHA-256: { $pct } % done.
evidence-verify-cancel = Stop checking
evidence-verify-ok = { $n ->
        [one] The file matches
       *[other] All { $n } files match
    } the SHA-256 taken at import: nothing was altered.
evidence-verify-bad = { $n ->
        [one] One file does not match its SHA-256 or cannot be read: it is marked below.
       *[other] { $n } files do not match their SHA-256 or cannot be read: they are marked below.
    } Restore the vault folder from a backup copy.
evidence-verify-itemBad = Altered or missing
evidence-table-label = Evidence of this case
evidence-col-name = File
evidence-col-category = Category
evidence-col-date = Document date
evidence-col-size = Size
evidence-col-sha256 = SHA-256
evidence-size-bytes = { $n ->
        [one] { $n } byte
       *[other] { $n } bytes
    }
evidence-deleted = Deleted
evidence-deleted-explain = Deleted on { $when }. The file is gone from the vault; this record and its chain of custody stay.
evidence-field-type = Type (from its content)
evidence-field-size = Size
evidence-field-sha256 = SHA-256
evidence-field-imported = Imported
evidence-field-modified = Last modified before import
evidence-field-category = Category
evidence-field-documentDate = Date of the document
evidence-field-source = Source (who gave it, how)
evidence-field-source-hint = e.g. USB stick from the client, 3 March
evidence-field-language = Language
evidence-field-tags = Tags
evidence-field-tags-hint = Separated by commas
evidence-field-translationOf = Translation of
evidence-field-translator = Translator
evidence-field-description = Description
evidence-sha256-how = To check a copy of the original independently: sha256sum FILE (Linux), shasum -a 256 FILE (macOS), certutil -hashfile FILE SHA256 (Windows). The result must equal the SHA-256 above.
evidence-save = Save details
evidence-preview-open = Open preview
evidence-preview-none = No preview: { $reason }.
evidence-preview-failed = This file could not be shown. It may be damaged, or its format is not supported here. Export a copy to open it elsewhere.
evidence-preview-pdfFailed = This PDF could not be shown. Export a copy to open it in another program.
evidence-preview-pdfPages = Pages of the document (scroll with the arrow keys)
evidence-preview-page = Page { $n } of { $of }
evidence-preview-imageAlt = Preview of the selected evidence
evidence-preview-textCut = Showing the first megabyte of this text.
evidence-export = Export a copy…
evidence-export-title = Export an unprotected copy?
evidence-export-warning = The copy will NOT be encrypted: anyone with access to where you save it can read it, and deleted files can often be recovered. The export is recorded in the chain of custody.
evidence-export-go = Choose where to save…
evidence-export-done = Saved as { $name }. Delete this copy when you no longer need it.

metadata-title-one = This file carries more than its picture
metadata-title-annexes = Some annexes carry more than their pictures
metadata-explain = Photos keep where and how they were taken. Whoever receives the file can read it: the CCF may share a filing with the state that issued the alert.
metadata-kind-location = Location:
metadata-kind-device = Camera or phone:
metadata-kind-owner = Owner or author:
metadata-kind-date = Date:
metadata-kind-software = Software:
metadata-kind-thumbnail = Thumbnail:
metadata-kind-other = Also:
metadata-unreadable = Habeas could not read everything it carries ({ $why }).
metadata-notRemovable = Habeas cannot remove it from this kind of file; convert it to JPEG or PNG and import that.
metadata-remove = Remove location and the rest from the copy that leaves
metadata-removeExplain = The copy is made once and kept in the vault with its own SHA-256 fingerprint, linked to the original and recorded in both chains of custody. The original stays exactly as imported.
metadata-keepExplain = The file leaves exactly as imported, with everything listed above.
metadata-export = Export
metadata-custody-derive = A copy was made to leave the vault ({ $what }); this file is unchanged
metadata-custody-derived = Made by Habeas from another item of the case ({ $what })
metadata-copyOf = A copy of { $name } made by Habeas: { $what }. The original stays in the list as imported.

evidence-certificate-chosen = Custody certificate ({ $n } chosen)…
evidence-certificate-one = Custody certificate…
evidence-certificate-choose = Include { $name } in a custody certificate
evidence-certificate-chooseAll = Include every item in a custody certificate
evidence-certificate-title = { $n ->
        [one] Custody certificate for one item
       *[other] Custody certificate for { $n } items
    }
evidence-certificate-explain = A PDF to print or file: for each item, the SHA-256 fingerprint of the file as imported, its details, every event of its chain of custody, and how anyone can check a copy with standard tools. Issuing it is recorded in each item's chain of custody.
evidence-certificate-plain = The PDF is not encrypted: it shows the file names, details and custody log of these items. Save it where only you and the people it is meant for can read it.
evidence-certificate-go = Choose where to save…
evidence-certificate-done = Certificate saved as { $name }.

paper-label = Paper
paper-a4 = A4
paper-letter = US Letter

evidence-delete = Delete…
evidence-delete-title = Delete this file from the vault?
evidence-delete-warning = The file is removed and cannot be recovered from the vault. Its record and chain of custody stay, marked deleted.
evidence-delete-go = Delete the file
evidence-cancel = Cancel
evidence-import-leftOut = Left out of the folders: { $n } (not imported; open to see which and why)
evidence-import-leftOut-hidden = hidden (its name starts with a dot)
evidence-import-leftOut-link = a link to somewhere else: import what it points to directly
evidence-import-leftOut-not_a_file = not a file (a device or a pipe)
evidence-custody-title = Chain of custody
evidence-custody-intro = Every import, view, export, change and deletion, oldest first. Append-only and chained with the vault history.
evidence-category-identity_document = Identity document
evidence-category-power_of_attorney = Power of attorney
evidence-category-relationship_proof = Proof of relationship (minor)
evidence-category-entity_registration = Registration of an entity
evidence-category-authority_to_represent = Authority to represent an entity
evidence-category-property_record = Proof of ownership of property
evidence-category-court_record = Court record
evidence-category-arrest_warrant = Arrest warrant
evidence-category-extradition_papers = Extradition papers
evidence-category-asylum_decision = Refugee or asylum decision
evidence-category-human_rights_report = Human-rights report on the issuing country
evidence-category-correspondence_ncb = Correspondence with an NCB
evidence-category-correspondence_ccf = Correspondence with the CCF
evidence-category-correspondence_authorities = Correspondence with authorities
evidence-category-press = Press or media
evidence-category-narrative_draft = Narrative draft
evidence-category-translation = Translation
evidence-category-other = Other

history-empty-value = (empty)

enum-flag-refugee = Refugee or asylum seeker
enum-flag-refugee_from_issuing_state = Refugee status against the issuing state
enum-flag-political_profile = Political opponent, journalist or activist
enum-flag-private_dispute = Commercial or private dispute
enum-flag-in_absentia = Tried in absentia
enum-flag-reissued_after_deletion = Alert re-issued after a deletion
enum-flag-diffusion_after_red_notice = Diffusion after a refused or deleted Red Notice
enum-flag-country_misuse = Issuing country’s record of misuse
enum-sex-female = Female
enum-sex-male = Male
enum-sex-other = Other / X
enum-profile-political_opponent = Political opponent
enum-profile-journalist = Journalist
enum-profile-activist = Activist or human-rights defender
enum-profile-business_dispute = Party to a business or private dispute
enum-docKind-passport = Passport
enum-docKind-national_id = National ID card
enum-docKind-refugee_travel_document = Refugee travel document
enum-docKind-residence_permit = Residence permit
enum-docKind-other = Other document
enum-protection-pending = Asylum claim pending
enum-protection-granted = Granted
enum-protection-refused = Asylum refused
enum-protectionKind-unspecified = Not recorded
enum-protectionKind-convention_refugee = Refugee status (1951 Convention)
enum-protectionKind-subsidiary = Subsidiary protection
enum-protectionKind-humanitarian = Humanitarian or other protection
enum-removedBy-ccf = The CCF
enum-removedBy-general_secretariat = INTERPOL’s General Secretariat
enum-removalGround-article3 = Article 3 (political, military, religious or racial character)
enum-removalGround-article2 = Article 2 (human rights)
enum-removalGround-data_quality = Data quality (facts not described, inaccurate data)
enum-removalGround-refugee_policy = Refugee policy
enum-removalGround-red_notice_criteria = A Red Notice criterion (seriousness, penalty threshold)
enum-removalGround-other = Another ground
enum-alertKind-diffusion = Diffusion
enum-alertKind-red_notice = Red Notice
enum-alertKind-blue_notice = Blue Notice
enum-alertKind-yellow_notice = Yellow Notice
enum-alertKind-green_notice = Green Notice
enum-alertKind-black_notice = Black Notice
enum-alertKind-orange_notice = Orange Notice
enum-alertKind-purple_notice = Purple Notice
enum-alertKind-silver_notice = Silver Notice
enum-alertKind-un_special_notice = INTERPOL–UN Security Council Special Notice
enum-alertKind-ncb_message = Direct message between National Central Bureaus
enum-request-arrest = Arrest or provisional arrest
enum-request-locate = Locate
enum-request-identify = Identify
enum-request-information = Additional information
enum-request-surveillance = Surveillance
enum-request-warning = Warning
enum-alertStatus-suspected = Suspected
enum-alertStatus-confirmed = Confirmed
enum-alertStatus-challenged = Challenged at the CCF
enum-alertStatus-deleted = Deleted
enum-alertStatus-blocked = Blocked
enum-alertStatus-refused = Refused by INTERPOL
enum-alertStatus-reissued = Re-issued
enum-precision-day = Exact day
enum-precision-month = Month known
enum-precision-year = Year known
enum-eventKind-national_warrant = National warrant issued
enum-eventKind-alert_issued = Alert issued
enum-eventKind-visa_refusal = Visa refused
enum-eventKind-denied_boarding = Denied boarding
enum-eventKind-border_refusal = Refused at a border
enum-eventKind-detention = Detention
enum-eventKind-provisional_arrest = Provisional arrest
enum-eventKind-consent_to_surrender = Consent to extradition
enum-eventKind-release = Release
enum-eventKind-extradition_request_received = Extradition request received
enum-eventKind-hearing = Court hearing
enum-eventKind-extradition_decision = Extradition decision
enum-eventKind-ccf_request_filed = CCF request filed
enum-eventKind-ccf_acknowledgement = CCF acknowledgement
enum-eventKind-admissibility_decision = CCF admissibility decision
enum-eventKind-ccf_query = CCF query
enum-eventKind-ccf_query_answered = Answer sent to the CCF
enum-eventKind-ccf_decision = CCF decision
enum-eventKind-new_fact_discovered = New fact discovered
enum-eventKind-revision_filed = Revision filed
enum-eventKind-asylum_applied = Asylum applied for
enum-eventKind-asylum_granted = Asylum granted
enum-eventKind-asylum_refused = Asylum refused
enum-eventKind-unhcr_notified = UNHCR notified
enum-eventKind-border_authorities_notified = Border authorities notified
enum-eventKind-judicial_review_filed = Habeas corpus or judicial review filed
enum-eventKind-advocacy = Advocacy or media
enum-eventKind-other = Other event
enum-regime-european_convention = European Convention on Extradition 1957
enum-regime-minsk1993 = Minsk Convention 1993 (CIS)
enum-regime-riyadh1983 = Riyadh Arab Agreement 1983
enum-regime-european_arrest_warrant = European Arrest Warrant
enum-regime-us_modern_treaty = United States treaty (modern)
enum-regime-montevideo1933 = Montevideo Convention 1933
enum-regime-bilateral = Bilateral treaty (described in this case)
enum-ccfRequest-access = Access
enum-ccfRequest-correction = Correction
enum-ccfRequest-deletion = Deletion
enum-confidence-verified = Verified source
enum-confidence-secondary = Secondary source: confirm
enum-confidence-unverified = Unverified: practice only
enum-confidence-entered_by_you = Entered by you: not checked by Habeas
enum-deadlineState-open = Open
enum-deadlineState-met = Met
enum-deadlineState-passed = Passed
enum-deadlineState-late = Late
enum-applicantKind-person = The person concerned (an adult)
enum-applicantKind-minor = A minor, through a parent or guardian
enum-applicantKind-entity = A company or other entity
enum-filingKind-access = Access to data
enum-filingKind-correction = Correction of data
enum-filingKind-deletion = Deletion of data
enum-filingKind-correction_and_deletion = Correction and deletion
enum-filingKind-revision = Revision of a decision (Art. 42)
enum-language-en = English
enum-language-fr = French
enum-language-es = Spanish
enum-language-ar = Arabic
enum-severity-problem = Problem
enum-severity-warning = Warning
enum-travelLevel-highest = Highest
enum-travelLevel-high = High
enum-travelLevel-raised = Raised
enum-travelLevel-not_safe_lower = Lower, not safe
enum-travelRole-departure = departure
enum-travelRole-transit = transit
enum-travelRole-arrival = arrival

filing-title = Filings
filing-intro = Requests to the CCF and applications for revision, built from the case. Habeas checks admissibility before export, and writes the PDFs the CCF portal takes (one per part) or one packet to print and sign.
filing-kind = Type
filing-language = Language of the filing
filing-new = New filing
filing-empty = No filing in this case yet.
filing-annexCount = { $n ->
        [one] One annex
       *[other] { $n } annexes
    }
filing-check-pending = Checking admissibility…
filing-check-ok = Admissibility: no problem found.
filing-check-title = Admissibility: { $problems ->
        [one] one problem
       *[other] { $problems } problems
    }, { $all ->
        [one] one finding
       *[other] { $all } findings
    } in all
filing-check-go = Go to the field
filing-check-basis = Basis and source
filing-section-kind = Type and language
filing-language-headings = Headings in French, Spanish and Arabic were written by the Habeas team and not yet reviewed by a native speaker: read them before filing. What you write is printed as written.
filing-section-applicant = Applicant
filing-applicant-kind = The request is made for
filing-applicant-minorNeeds = The CCF asks, for a minor, for a document proving the relationship (a birth certificate, a guardianship order) and a copy of the minor’s own identity document. Import them as evidence and annex them.
filing-applicant-guardian = Parent or guardian acting for the minor
filing-applicant-relationship = Relationship (mother, legal guardian…)
filing-applicant-entityNeeds = The CCF asks, for an entity, for an official document showing its full name, date of incorporation or registration and registration number, and proof that the person signing may represent it. No identity document is needed for the entity.
filing-applicant-entityName = Full name of the entity
filing-applicant-registrationNumber = Registration number (if any)
filing-applicant-registeredOn = Date of incorporation or registration
filing-applicant-office = Registered office
filing-applicant-signatory = Person representing the entity
filing-applicant-authority = On what authority (director, board resolution of…)
filing-applicant-property = Property the data concern, if any (a vehicle, a vessel, a document)
filing-applicant-propertyHint = The CCF accepts requests about data on the applicant’s property. Annex proof that it is the applicant’s.
filing-section-submitter = Submitted by
filing-submitter-representative = A representative files it (lawyer, family member, organisation)
filing-submitter-name = Representative’s name
filing-submitter-firm = Firm or organisation
filing-submitter-email = E-mail
filing-submitter-phone = Telephone
filing-submitter-address = Postal address
filing-submitter-poa = Power of attorney (an evidence item)
filing-submitter-poaSigned = The power of attorney is signed by the applicant
filing-none = None
filing-section-data = Data concerned
filing-data-none = No alert recorded in this case: add them in the Alerts tab.
filing-data-learned = How the applicant learned of the data
filing-section-revision = The decision and the new fact (Statute Art. 42)
filing-revision-decision = Decision (reference)
filing-revision-decisionDate = Date of the decision
filing-revision-discovered = Date the new fact was discovered
filing-revision-newFact = The newly discovered fact
filing-section-facts = Summary of facts
filing-facts-drafted = A new English filing starts with the facts the case records (the person, the alerts, the dated events), one line each. Rewrite it as the applicant’s account and add what the case does not record.
filing-section-grounds = Grounds
filing-ground-label = Paragraph { $n }
filing-ground-citationsChecked = I checked its citations against the primary texts (until then the request marks secondary and unverified ones “to be checked”)
filing-remove = Remove
filing-library-title = Argument library: paragraphs with their sources, to insert and then edit
filing-library-suggested = Suggested for this case
filing-library-insert = Insert
filing-section-outcome = Outcome requested
filing-section-confidential = Confidential items (Statute Art. 20)
filing-confidential-explain = One per line. The CCF does not pass these to the National Central Bureau. Withholding information may weaken the review: the CCF says so itself.
filing-section-annexes = Annexes
filing-annexes-explain = Drag to reorder, or use the arrows. The first is A-1. Each annex is stamped with its label and a page number.
filing-annexes-title = Title in the index (optional)
filing-annexes-titleOf = Title of annex { $label }
filing-annexes-up = Move { $label } up
filing-annexes-down = Move { $label } down
filing-annexes-add = Add an evidence item…
filing-annexes-addButton = Add as annex
filing-section-idCopy = The identity document copy shows
filing-idCopy-name = the full name
filing-idCopy-birth = the date of birth
filing-idCopy-photo = the photograph
filing-section-signature = Signature
filing-signature-by = Signed by
filing-signature-place = Place
filing-signature-date = Date
filing-bates = Annex page prefix
filing-save = Save
filing-unsaved = Unsaved changes
filing-delete = Delete filing
filing-delete-title = Delete this filing?
filing-delete-warning = The filing and its text go; the evidence stays in the case, and the case history keeps a record that the filing existed. PDFs already exported are not touched.
filing-delete-go = Delete the filing
filing-export-portal = Portal set (folder of PDFs)…
filing-export-packet = Print packet (one PDF)…
filing-export-plain = The PDFs are not encrypted: portals and courts refuse encrypted PDFs. Keep them where only the people they are for can read them. Each export is recorded in the custody log of every annex.
filing-export-anywayTitle = { $n ->
        [one] Export with one admissibility problem?
       *[other] Export with { $n } admissibility problems?
    }
filing-export-anyway = The CCF may find the request inadmissible as it stands. Export anyway only if you will fix the problems outside Habeas (for example, sign the printed packet).
filing-export-go = Export anyway
filing-export-running = Writing the PDFs…
filing-export-done = Written: { $name }.

letter-title = Letters
letter-explain = One step from the case’s data, in English: a notice for a country’s border and immigration authorities (carry it with proof of status and of the pending request), or a covering letter for an asylum authority. Caution: speak to a lawyer in that country first; coming forward to border or police authorities can itself lead to an arrest on the alert; never contact the authorities of the state that issued the alert, or of states that work closely with it.
letter-country = Country addressed
letter-border = Border authorities letter…
letter-asylum = Asylum authority letter…
letter-detainedNow = Sheet to carry in case of detention…
letter-lawyerBrief = Brief for the lawyer in custody…

case-title = Case workspace
case-tabs-label = Parts of a case
case-tab-overview = Overview
case-tab-alerts = Alerts
case-tab-timeline = Timeline & deadlines
case-tab-evidence = Evidence
case-tab-filings = Filings
case-tab-travel = Travel

travel-title = Travel check
travel-intro = Plan a trip leg by leg, then check it: for each country, how exposed you are on the day you are there, and why. No country is ever called safe.
travel-trips = Trips
travel-noTrips = No trips yet.
travel-untitled = Trip without a name
travel-departure = Departs { $date }
travel-noDate = no date
travel-lastChecked = Last checked { $date }.
travel-neverChecked = Never checked.
travel-edit = Edit
travel-check = Check this trip
travel-delete = Delete
travel-deleteConfirm = Delete this trip and its last check?
travel-deleteYes = Delete the trip
travel-newTrip = New trip
travel-editing = Edit the trip
travel-label = Name of the trip
travel-leg = Leg { $n }
travel-date = Day of travel
travel-from = From
travel-to = To
travel-transits = Transits (an airport transit counts: its border police can stop you)
travel-incomplete = Each leg needs its day, where from and where to.
travel-removeLeg = Remove leg { $n }
travel-addLeg = Add a leg
travel-save = Save the trip
travel-saved = Trip saved. Check it to see each country.
travel-savedRecheck = Trip saved. Its last check was of the itinerary before this change: check it again.
travel-reminder-title = Check again before you travel
travel-reminder-open = Open the Travel tab
travel-result-title = Check of “{ $label }” on { $date }
travel-result-tripLevel = Level of the trip: { $level }
travel-result-changes = What changed since the last check
travel-result-firstCheck = This is the trip’s first check.
travel-result-noChanges = Nothing changed since the check of { $date }.
travel-result-changesSince = Since the check of { $date }:
travel-result-countries = Each country of the trip, on the day you are there
travel-result-country = Country
travel-result-level = Level
travel-result-reasons = Reasons, with how sure and where read
travel-result-source = Source: { $source }
travel-result-carry = What to carry
travel-result-carryNothing = The check names nothing to carry.
travel-map-title = Map
travel-map-textEquivalent = The table above says what the map shows, country by country. On the map each level has a hatch and a label as well as a colour.
travel-export = Export the printable brief (PDF)…
travel-exported = Brief saved as { $file }. It is not encrypted: keep it safe.
travel-exportCancelled = Export cancelled: nothing was written.

settings-title = Settings
settings-planned = Language and backups will be set here.
settings-autoLock-title = Auto-lock
settings-autoLock-label = Lock the vault after this many minutes without activity
settings-autoLock-help = Between { $min } and { $max } minutes. Saved in the vault. Ctrl+L locks at once.
settings-autoLock-save = Save
settings-autoLock-saved = Saved: the vault locks after { $minutes ->
        [one] one idle minute
       *[other] { $minutes } idle minutes
    }.
settings-passphrase-title = Passphrase
settings-passphrase-current = Current passphrase
settings-passphrase-change = Change the passphrase
settings-passphrase-changing = Changing… (deriving the key takes a moment)
settings-recovery-title = Recovery key
settings-recovery-explain = Lost your recovery sheet, or someone may have seen it? Make a new key. It is shown once, with a sheet to print, and replaces the old one only when you confirm you stored it. From then on the old key no longer opens this vault folder, but a copy of the folder made before (a backup, a synced copy) still opens with it.
settings-recovery-new = Make a new recovery key
settings-recovery-pending = A new recovery key was made but not confirmed, so your current key still opens the vault. If you stored the new key, type it whole to confirm it; otherwise discard it.
settings-recovery-unconfirmed = The recovery key shown when this vault was created was never confirmed as stored. If you have it, type it whole to confirm it; if not, make a new one below.
settings-recovery-typeWhole = Recovery key (all eight groups of four)
settings-recovery-confirm = Confirm this key
settings-recovery-discard = Discard the new key
settings-recovery-confirmed = Recovery key confirmed.
settings-passphrase-changed = Passphrase changed. The old one no longer opens this vault folder (a copy of the folder made before still opens with it); your recovery key still does.
settings-sharing-title = Sharing with co-counsel
settings-sharing-explain = To receive a case from co-counsel, give them your sharing identity below (it is public). When a shared file arrives, Habeas shows who signed it: compare the fingerprint with them by phone.
settings-sharing-qr = Your sharing identity as a QR code
settings-sharing-text = Your sharing identity:
settings-sharing-fingerprint = Fingerprint (read it to them by phone):
settings-sharing-contacts = Contacts
settings-sharing-noContacts = No contacts yet.
settings-sharing-contactName = Name
settings-sharing-contactIdentity = Their sharing identity (habeas1-…)
settings-sharing-add = Add contact
settings-device-title = This device
settings-device-explain = Remembering the vault on this device lets it open without the passphrase, through this computer’s keyring. Anyone who can use your account on this computer while its keyring is unlocked could then open the vault. Leave it off on a computer that could be seized, shared or lost.
settings-device-remembered = Remembered on this device.
settings-device-notRemembered = Not remembered on this device (the passphrase is needed).
settings-device-remember = Remember on this device
settings-device-forget = Forget this device
settings-backup-title = Backups
settings-backup-explain = A backup copies the encrypted vault to a folder you choose: a USB drive, a synced folder or a network share. Only new files are copied, and every copy is read back and checked. It opens with the passphrase and recovery key you had when it was made.
settings-backup-never = No backup was ever made of this vault.
settings-backup-last = Last backup: { $at }, to { $place }, checked.
settings-backup-lastFailed = Last backup: { $at }, to { $place }, failed; nothing was made.
settings-backup-lastGood = Last good backup: { $at }, to { $place }.
settings-backup-reminder = Back up now: the last good backup is older than { $days } days, or there is none.
settings-backup-run = Back up now…
settings-backup-choose = Choose the backup folder
settings-backup-cancel = Cancel the backup
settings-backup-progress = Copying and checking evidence files: { $done } of { $total }
settings-backup-made = Backup made and checked: { $cases } cases, { $files } evidence files ({ $copied } copied now).
settings-backup-keep = Backups kept in each folder
settings-backup-remind = Remind me after (days)
settings-backup-save = Save
settings-about-title = About this build
settings-about-appVersion = App version
settings-about-coreVersion = Core version
settings-about-platform = Platform
settings-about-buildType = Build type
settings-about-buildType-release = Release
settings-about-buildType-development = Development (not for real cases)
settings-about-coreDumps = Memory copies on crash (core dumps)
settings-about-coreDumps-disabled = Disabled: a crash writes no memory to disk
settings-about-coreDumps-allowed = Allowed: a crash could write memory to disk. Restart Habeas; if this stays, report it.
settings-about-coreDumps-not_controlled = Not controlled by Habeas on this system (see the threat model)

date-pattern-day_month_year = DD/MM/YYYY
date-pattern-month_day_year = MM/DD/YYYY
date-pattern-year_month_day = YYYY-MM-DD
date-problem-unreadable = This is not a date Habeas can read. Type it as { $pattern }, for example { $example }.
date-problem-shortYear = Type the year in full (four digits), for example { $example }.
date-problem-noMonth = There is no month { $month }. Dates here are typed { $pattern }.
date-problem-noMonthSwapped = There is no month { $month }: dates here are typed { $pattern }. For { $words }, type { $typed }, or change the date format in Settings.
date-problem-noDay = { $month } has { $last } days: there is no day { $day }.
date-problem-ambiguous = This could be { $first } or { $second }. Type { $a } or { $b } to say which, or choose a day-first or month-first format in Settings.
date-problem-tooEarly = This date is before { $limit }, the earliest possible here.
date-problem-tooLate = This date is after { $limit }, the latest possible here.
date-settings-title = Dates
date-settings-label = Type and show dates as
date-settings-system = As the system writes them ({ $pattern })
date-settings-option = { $pattern }: { $example }
date-settings-help = Saved in the vault. This changes how dates are typed and shown here, not the dates themselves.
date-settings-saved = Saved: dates are typed as { $pattern }.

error-title = Something went wrong
error-internal-hint = This is a fault in Habeas, not something you did. Your saved work is not affected.
error-unexpected = Habeas received an answer it did not understand.
error-retry = Try again

caseStatus-column = Situation
caseStatus-label = The person’s situation
caseStatus-at_liberty = At liberty
caseStatus-at_liberty-basis = no arrest or detention recorded
caseStatus-detained = Detained since { $date }
caseStatus-released = Released on { $date }
caseStatus-extradited = Extradited on { $date }
caseStatus-setByYou = set by you
caseStatus-protection-refugee_status = Refugee status
caseStatus-protection-protection_granted = Protection granted
caseStatus-protection-against_extradition = Protected against extradition
caseStatus-since = since { $date }
caseStatus-closed = Closed
caseStatus-edit = What no event shows
caseStatus-edit-explain = Arrest, detention and release come from the timeline: record them there. Record here what no event can show.
caseStatus-extraditedOn = Surrendered to the requesting state on
caseStatus-protectedNote = Protected against extradition by
caseStatus-protectedNote-hint = For example: the court refused extradition. Leave empty if nothing protects the person.
caseStatus-protectedSince = Protected since
caseStatus-save = Save the situation

caseClose-close = Close case
caseClose-reopen = Reopen case
caseClose-closedNote = This case is closed: it is not in the main list. Everything in it is kept; reopen it to bring it back.
caseClose-showClosed = Show closed cases
caseClose-showOpen = Show open cases
caseClose-closedTitle = Closed cases
caseClose-noneClosed = No closed cases.
caseClose-delete = Delete case…
caseClose-delete-title = Delete the case of { $name }?
caseClose-delete-intro = This removes from this vault, for good:
caseClose-delete-case = the case itself: the person’s details, notes and checklist
caseClose-delete-evidence = evidence files: { $n } ({ $size }), removed from the vault folder
caseClose-delete-filings = filings: { $n }
caseClose-delete-alerts = alerts: { $n }
caseClose-delete-events = events: { $n }
caseClose-delete-untouched = Backups, synced copies of the vault folder and files you exported are not touched: delete those yourself.
caseClose-delete-history = its history of changes, with the evidence’s chain of custody: everything typed into this case
caseClose-delete-trace = The history keeps one line saying that a case was deleted, with these counts and nothing else: no name, no details.
caseClose-delete-closeInstead = To keep everything but take the case out of the list, close it instead.
caseClose-delete-go = Delete the case and its files
caseClose-delete-cancel = Cancel
caseClose-deleted = { $n ->
        [one] The case was deleted, with one evidence file.
       *[other] The case was deleted, with { $n } evidence files.
    }
caseClose-deleted-filesLeft = { $n ->
        [one] One evidence file could not be removed from the vault folder: a check of the vault lists it.
       *[other] { $n } evidence files could not be removed from the vault folder: a check of the vault lists them.
    }

error-detail = The whole message (for a report)

language-title = Language
language-label = Language of the app
language-help = Saved in the vault and remembered on this device: the unlock screen opens in the language used last here. The language of a filing is chosen with the filing.
language-unreviewed = Translated by the Habeas team; not yet reviewed by a native-speaking lawyer.
review-unreviewed = The texts Habeas writes for this filing in { $language } (headings, fixed parts, paragraphs from the library) were translated by the Habeas team and are not all reviewed by a native-speaking lawyer ({ $reviewed } of { $total } reviewed). Read every one before you file or send it.

## Restore from a backup (unlock screen, issue 19.2)
restore-start = Restore from a backup
restore-title = Restore from a backup
restore-intro = A backup holds the whole vault as it was when it was made. It opens with the passphrase or the recovery key the vault had then.
restore-neverOverwrites = The restore goes into a new, empty folder. It never writes over a vault, and it does not change the backup.
restore-step-backup = 1. The backup folder
restore-backup-label = Backup folder
restore-backup-choose = Choose…
restore-backup-dialogTitle = Choose the folder you backed up to
restore-backup-read = Show its backups
restore-backup-hint = The folder you chose when you backed up (on a USB drive, a synced folder or a network share). It holds a file named habeas-backup.json.
restore-generations-none = This backup folder holds no finished backup yet. Choose another folder, or back up again from the vault.
restore-step-generation = 2. Which backup
restore-generations-holds = Each backup holds every case, evidence file and history entry of the vault at that moment. The list of cases is encrypted: it is shown once the restore has opened it.
restore-generations-madeAt = Made on { $when }
restore-generations-newest = (the most recent)
restore-generations-olderSecret = Made before the passphrase or recovery key was changed: it opens only with the old one.
restore-step-target = 3. A new folder for the restored vault
restore-target-label = Restore into
restore-target-choose = Choose…
restore-target-dialogTitle = Choose a new, empty folder for the restored vault
restore-target-hint = A folder that does not exist yet, or an empty one, outside the backup folder. If it holds anything, Habeas refuses and changes nothing.
restore-step-secret = 4. The secret of that time
restore-secret-kind = Open the backup with
restore-secret-passphrase = The passphrase
restore-secret-recoveryKey = The recovery key
restore-secret-passphraseLabel = Passphrase
restore-secret-recoveryKeyLabel = Recovery key
restore-secret-hint = The one the vault had on { $when }, when this backup was made. If you changed it since, use the old one.
restore-run = Restore
restore-cancel = Cancel the restore
restore-progress-label = Restore progress
restore-progress-starting = Opening the backup and checking the keys and the index…
restore-progress-files = Copying and checking evidence file { $done } of { $total }…
restore-done-title = Restored
restore-done-what = From the backup made on { $when }: cases { $cases }, evidence files { $files } (each checked against its fingerprint).
restore-done-folder = The restored vault is in { $folder }.
restore-done-nextPassphrase = Open it with the passphrase you just used. Your other vault, if any, is unchanged.
restore-done-nextRecoveryKey = Open it with the recovery key you just used, and choose a new passphrase for it.
restore-done-open = Open the restored vault
restore-back = Back to unlocking a vault
restore-advice-notEmpty = Choose a folder that does not exist yet (type a new name), or an empty one. Nothing was restored and nothing was changed.
restore-advice-secretOfItsTime = Use the passphrase or recovery key as it was when this backup was made, not a newer one. Nothing was restored.
restore-advice-olderSecret = This backup was made before the passphrase or recovery key was changed: enter the old one. Nothing was restored.
restore-advice-notABackup = Choose the folder you backed up to, not a vault folder or a folder inside the backup. Nothing was changed.
restore-advice-gone = Plug the drive in again (or reconnect the share), wait until it appears, then choose the folder again. Nothing was restored; the backup is unchanged.
restore-advice-damaged = This backup is damaged. Try an earlier backup in the list, or another backup folder. Nothing was restored; the backup is unchanged.
restore-advice-cancelled = Nothing was restored and no folder was left behind. You can start again at any time.
travelMode-open = Travel mode
travelMode-title = Travel mode: take cases off this device
travelMode-intro = Before a border crossing, you can take cases off this computer so that it does not hold them while you travel. They wait in a backup, and come back from it afterwards.
travelMode-backupFirst = First, Habeas makes a new backup in the folder you choose, reads it back and checks that it holds each case and every evidence file. Only then are the cases deleted from this device. If the backup cannot be made or checked, nothing is deleted.
travelMode-which-title = Which cases
travelMode-which-every = Every case
travelMode-which-some = Only the cases I choose
travelMode-which-list = Cases to take off this device
travelMode-folder-title = Where the backup goes
travelMode-folder-label = Backup folder
travelMode-folder-choose = Choose…
travelMode-folder-dialogTitle = Choose the backup folder for travel mode
travelMode-folder-hint = Keep it apart from this device: a USB drive that travels separately, or a synced or network folder you can reach from abroad. You will need it, and the passphrase of today, to bring the cases back.
travelMode-leave-every = Back up, check, and take every case off this device
travelMode-leave-some = { $cases ->
        [one] Back up, check, and take one case off this device
       *[other] Back up, check, and take { $cases } cases off this device
    }
travelMode-progress-label = Travel mode progress
travelMode-progress-starting = Backing up and checking the keys and the index…
travelMode-progress-files = Evidence file { $done } of { $total }…
travelMode-cancel = Cancel
travelMode-close = Close
travelMode-left-what = Done. Cases taken off: { $cases }; evidence files removed: { $files }. The backup made on { $when } in { $place } holds them, checked.
travelMode-returned-what = Back on this device: cases { $cases }, evidence files { $files } (each checked), history entries { $entries }.
travelMode-holds-title = What this device holds now
travelMode-holds-device = In the vault on this computer: cases { $cases }, evidence files { $files }, all encrypted.
travelMode-holds-away = Away from this device: cases { $cases }, waiting in the backup in { $place }.
travelMode-forensic = The cases taken off are deleted from the vault folder: their records, history and evidence files are no longer in it, and what remains is encrypted. But deleting a file does not overwrite the disk space it used, so a forensic examination of this disk may still find fragments of earlier files (encrypted ones, and copies the operating system or other programs made, such as files you opened outside Habeas). Keep the backup apart from this device.
travelMode-return-title = Bring the cases back
travelMode-return-intro = Connect the backup the cases left in, then bring them back. Each evidence file is checked as it is copied; their history comes back with them, and a line records the return.
travelMode-return-go = Bring the cases back
travelMode-away-notice = { $cases ->
        [one] One case is away from this device since { $when }. It waits in the backup in { $place }.
       *[other] { $cases } cases are away from this device since { $when }. They wait in the backup in { $place }.
    }
travelMode-away-return = Bring them back
# legal: the argument library in the filing's language (issue 17.2)
legal-library-otherLanguage = The library is shown in the language this filing was last saved in. Save the filing to see its paragraphs in { $language }.
# share- (issue 19.4: sharing a case with co-counsel)
share-open = Share with co-counsel…
share-title = Share this case with co-counsel
share-explain = Habeas writes the case, with the evidence and filings you tick, into one file that only your contact’s vault can open, signed by your vault so they can check it comes from you. Send the file any way you like: without their vault it reveals nothing.
share-evidence = Evidence to include: { $n } ({ $size })
share-evidence-none = This case has no evidence.
share-filings = Filings to include: { $n }
share-filings-none = This case has no filings.
share-filings-blocked = annexes evidence you left out: tick that evidence to include this filing
share-to = Share with
share-to-contact = Contact
share-to-fingerprint = Their fingerprint. Before you send the file, call them and have them read the fingerprint in their Settings → Sharing: every digit must match.
share-to-noContacts = You have no contacts yet. Add the person you share with: paste the sharing identity they sent you.
share-to-add = Add a contact…
share-to-identity = Their sharing identity (habeas1-…), as they sent it
share-to-addExplain = Once it is added, its fingerprint is shown here: compare it with them by phone before you share.
share-progress = Writing the shared file: { $percent } %
share-stop = Stop
share-cancel = Cancel
share-go = Save the shared file…
share-close = Close
share-notContact = a key not in your contacts
share-done = Shared with { $name } in the file { $file }: the case, evidence items: { $evidence }, filings: { $filings }. Send this file to them.
share-done-fingerprint = Their fingerprint:
share-done-custody = The case’s history and the chain of custody of each item shared now record that it was shared with them.
share-receive-open = Receive a shared case…
share-receive-title = Receive a shared case
share-receive-from = From: { $name }
share-receive-fingerprint = Fingerprint of the key that signed it:
share-receive-unknown = Unknown key: this file was signed by a key you have not named in your contacts.
share-receive-unknownExplain = Do not receive it yet. Call the person you expect it from, on a number you already know, and have them read the fingerprint in their Settings → Sharing. Receive it only if every digit matches; otherwise close this window. Nothing has been changed in your vault.
share-receive-compared = I called the sender, and every digit of this fingerprint matches what they read to me
share-receive-holds = The case of { $name }, shared on { $when }. Evidence items: { $evidence }; filings: { $filings }.
share-receive-update = This updates your copy of this case. What changed:
share-receive-noChange = Nothing changed since you last received it.
share-receive-localEdits = { $n ->
        [one] It would replace a change made in your vault since you last received it:
       *[other] It would replace { $n } changes made in your vault since you last received it:
    }
share-receive-replace = Replace my changes with the sender’s (mine stay in the case’s history)
share-receive-go = Receive the case
share-receive-goUpdate = Receive the update
share-what-case = the case
share-what-alert = an alert
share-what-event = an event
share-what-evidence = an evidence item
share-what-filing = a filing
share-change-added = Added: { $what }
share-change-changed = Changed: { $what } ({ $fields })
share-change-removed = Removed by the sender: { $what }
share-revoked-contact = revoked by its owner on { $date }: files signed by this key are refused
share-revoke-title = If your sharing key may be compromised
share-revoke-explain = If this device or a copy of your vault may be in someone else’s hands, make a new sharing identity. Habeas writes a statement, signed by your old key, that tells your contacts to refuse files signed by it from now on. Files shared with your old identity will no longer open here: ask for them again.
share-revoke-open = My sharing key may be compromised…
share-revoke-confirm = Make a new sharing identity now? Your old one stops working here at once. Send the statement that follows to every contact, then read them your new fingerprint by phone.
share-revoke-go = Make a new identity and revoke the old one
share-revoke-done = Your old sharing identity is revoked as of { $date }. Your new identity and its fingerprint are shown above.
share-revoke-statement = The revocation statement: send all of it to every contact.
share-revocation-title = A contact revoked their key
share-revocation-label = Paste the revocation statement they sent you
share-revocation-go = Import the statement
share-revocation-done = The key of { $name } was revoked by its owner on { $date }: files signed by it are refused from now on. Their new identity has the fingerprint { $fingerprint }: add it as a contact only after they read you that fingerprint by phone.
# travel2: trips on the timeline, the reminder's reasons, notes on countries (issue 18)
travel2-timeline-trip = Trip: { $label }
travel2-timeline-checkAgain = check again
travel2-timeline-leg = { $date }: { $from } to { $to }
travel2-timeline-legend = Trip (each day of travel marked)
travel2-reminder-text = { $label } departs { $date }. Re-run the check before you travel.
travel2-reminder-changed = What changed since the last check:
travel2-notes-title = Your notes on countries’ practice
travel2-notes-intro = What you know of how a country treats alerts (arrests on Diffusions, deportations), and from where. The check shows each note as your own note, not as a source.
travel2-notes-country = Country of note { $n }
travel2-notes-text = Your note { $n }
travel2-notes-add = Add a note
travel2-notes-remove = Remove note { $n }
travel2-notes-incomplete = Each note needs its country and a text.
## Letters: the letter's own language (issue 17.4) and the detained-now sheet's (issue 18.3)
letters-language = Language of the letter
letters-unreviewed = The letters in { $language } were translated by the Habeas team and are not reviewed by a native-speaking lawyer ({ $reviewed } of { $total } texts reviewed). Read the letter before you use it; the English version is the reference.
letters-sheet-languages = The “If I am detained” sheet is in English and in the language of the country chosen above, if Habeas has it; otherwise in English and the language chosen here.
# case-needed: a deadline Habeas cannot date leads the case (texts2)
case-needed-title = A deadline Habeas cannot work out yet
case-needed-more = { $count ->
        [one] And one more date is needed.
       *[other] And { $count } more dates are needed.
    }
case-needed-open = See what is needed
case-needed-next = No deadline can be shown until the date above is known: it may be the most pressing one of this case.
# devices: the devices that save to this vault (issue 20.3)
devices-title = Devices that save to this vault
devices-intro = When this vault folder is kept in sync between computers (Syncthing, Nextcloud, a shared drive), each computer that saves to it is listed here.
devices-thisDevice = { $name } (this device)
devices-unnamed = Name not received yet
devices-id = id { $id }
devices-saves = { $saves ->
        [one] One save, made { $when }.
       *[other] { $saves } saves, the latest made { $when }.
    }
devices-noSaves = No saves yet.
devices-seen = Its latest changes reached this device { $when }.
devices-notSeen = Its changes have not reached this device yet.
devices-unknownTime = at a time not recorded
