# Habeas core texts, English (the source language). Format: Project Fluent (projectfluent.org).
# Every message here is read by the core (core/src/locale); the UI may show the same messages by
# id (an error by its code). See locales/README.md before editing.

## Error messages (core/src/error.rs; docs/errors.md). For a frightened person at 2 a.m.:
## what happened, and what to do next. Never a secret, never case data.

error-invalid-input = Please check “{ $field }”: { $reason }.
error-platform = Habeas could not { $action } ({ $detail }). Your data is safe, but this computer may keep a copy of memory if Habeas crashes. Restart Habeas; if this keeps happening, report it with this message.
error-wrong-passphrase = Wrong passphrase. Check the keyboard layout and Caps Lock, then try again. If you have lost it, open the vault with your recovery key.
error-wrong-recovery-key = This recovery key does not open this vault. Compare each group of four characters with your recovery sheet (0 and O, 1 and I count as the same).
error-not-a-vault = This folder is not a Habeas vault (it has no vault.json). Choose the folder that holds vault.json.
error-folder-missing = The vault folder does not exist. It may have been moved or renamed, or be on a disk that is not connected.
error-folder-not-empty = This folder is not empty. Create the vault in a new or empty folder, so that nothing else is mixed with it.
error-vault-too-new = This vault was made by a newer version of Habeas (data format { $found }; this version reads up to { $supported }). Update Habeas to open it. The vault was not changed.
error-weak-kdf = This vault's settings file (vault.json) asks for a much weaker protection of the passphrase than Habeas allows (work factor { $found }; at least { $pinned } is required). Someone may have altered it so that your next passphrase would be easy to crack. Habeas did not open the vault and changed nothing. Restore vault.json from a backup copy of the vault folder, or set "log_n" in it back to { $pinned }.
error-missing-file = A file of the vault is missing: { $which }. Restore it from a backup copy of the vault folder. Nothing was changed.
error-damaged-file = A file of the vault is damaged or was altered: { $which }. Restore it from a backup copy of the vault folder. Nothing was changed.
error-damaged-save =
    { $state ->
        [missing] One save of this vault is missing
       *[damaged] One save of this vault is damaged or was altered
    }: { $which }. The rest of the vault is whole. Restore the vault folder from a backup copy if you have one; otherwise open the vault as it was before this save (Rescue): that save and any later ones are set aside in the vault folder, not deleted.
error-forged-save = One save of this vault was not made with its keys: { $which }. Someone who could write to the vault folder may have added or changed it. Habeas did not apply it. Restore the vault folder from a backup copy if you have one; otherwise open the vault as it was before this save (Rescue): that save and any later ones are set aside in the vault folder, not deleted.
error-forged-file = A file of the vault was not made with its keys: { $which }. Someone who could write to the vault folder may have replaced it. Habeas did not open the vault and changed nothing. Restore the vault folder from a backup copy made before.
error-share-incomplete = This shared case file is incomplete: it ends before its contents do, so it was cut short while being copied or downloaded. Ask the sender to send it again, or copy it again. Nothing was changed in your vault.
error-share-damaged = This shared case file is damaged or was altered after it was signed, so Habeas cannot trust anything in it. (A file cut short in its first part also reads this way.) Ask the sender to send it again, and compare their fingerprint by phone. Nothing was changed in your vault.
error-share-not-for-you =
    { $resealed ->
        [yes] This shared case file was signed by its sender for someone else, then encrypted again to you by another person. Do not trust it; ask the sender directly. Nothing was changed in your vault.
       *[no] This shared case file was encrypted for another vault, not yours, so it cannot be opened here. Ask the sender to share it again with your sharing identity (Settings, Sharing). Nothing was changed in your vault.
    }
error-share-too-new = This shared case file was made by a newer version of Habeas (sharing format { $found }; this version reads up to { $supported }). Update Habeas, then receive it again. Nothing was changed in your vault.
error-share-unknown-sender = This shared case file is signed by a key you have not named in your contacts (fingerprint { $fingerprint }). Call the person you expect it from and have them read their fingerprint to you; receive it only if every digit matches. Nothing was changed in your vault.
error-share-revoked-sender = This shared case file is signed by a key its owner revoked on { $date } (fingerprint { $fingerprint }): someone else may hold that key now. Do not trust it. Ask the sender to share the case again with their new sharing identity, after you have compared its fingerprint by phone. Nothing was changed in your vault.
error-share-local-edits =
    { $edits ->
        [one] This update of a shared case would replace { $edits } change made in your vault since you last received it. Look at it first; receive the update only if it may replace it (it stays in the case's history). Nothing was changed.
       *[other] This update of a shared case would replace { $edits } changes made in your vault since you last received it. Look at them first; receive the update only if it may replace them (they stay in the case's history). Nothing was changed.
    }
error-backup-full = The backup disk is full, so this backup was not made. Your vault and the earlier backups in that folder are unchanged. Free some space there (or keep fewer backups, or choose a larger disk), then back up again.
error-backup-read-only = Habeas cannot write to the backup folder: the disk is read-only or write-protected, or you lack permission. Nothing was changed. Check the drive's write-protect switch or the folder's permissions, or choose another folder.
error-backup-folder-gone = The backup folder is no longer there: the drive may have been unplugged or the network share disconnected. Your vault and the earlier backups are unchanged. Reconnect it and back up again: the next backup completes this one.
error-backup-of-another-vault = This folder holds another vault, or the backup of another vault. Habeas does not mix them, and changed nothing. Choose an empty folder, or the folder of this vault's own backups.
error-not-a-backup =
    { $writing ->
        [yes] This folder holds other files and no Habeas backup. Nothing was changed. Choose an empty folder for backups (a new folder on the drive), or the folder of this vault's earlier backups.
       *[no] This folder holds no Habeas backup. Choose the folder you backed up to: it holds a file named habeas-backup.json.
    }
error-busy = { $what } is already running. Wait for it to finish, or cancel it, then try again.
error-already-exists = Nothing was written: { $what } is already there. Choose another name or an empty folder.
error-vault-in-use = This vault is already open in another Habeas window or program. Close it there first. (If Habeas crashed, this clears by itself.)
error-cancelled = Cancelled. Nothing was changed.
error-vault-locked = The vault is locked. Unlock it, then try again.
error-not-found = This { $what } no longer exists in the vault. It may have been deleted in another window; go back to the case list.
error-duplicate = This file is already in this case: its SHA-256 fingerprint matches an item imported before, so it is the same file byte for byte. Nothing was imported. Import it again only if you need a second record.
error-keyring-unavailable = This computer's keyring cannot be used ({ $detail }), so Habeas cannot remember the vault here. Unlock it with your passphrase; nothing was changed.
error-not-remembered = This vault is not remembered on this device. Unlock it with your passphrase.
error-disk-full = The disk is full, so Habeas could not save. Your last saved work is safe. Free some space, then try again.
error-read-only = Habeas cannot write to the vault folder: the disk is read-only or you lack permission. Your last saved work is safe. Check the folder's permissions, or copy the vault to a writable folder.
error-io = Habeas could not { $action } ({ $detail }). Your last saved work is safe; try again.
error-internal = Something went wrong inside Habeas ({ $what }). Your saved work is safe. Please report this message.

## Dates in prose (core/src/clock.rs): letters and filings write the month in words, so that
## no reader takes 03/05 for 5 March. One message per month, so each language may order and
## inflect it.

date-month-1 = { $day } January { $year }
date-month-2 = { $day } February { $year }
date-month-3 = { $day } March { $year }
date-month-4 = { $day } April { $year }
date-month-5 = { $day } May { $year }
date-month-6 = { $day } June { $year }
date-month-7 = { $day } July { $year }
date-month-8 = { $day } August { $year }
date-month-9 = { $day } September { $year }
date-month-10 = { $day } October { $year }
date-month-11 = { $day } November { $year }
date-month-12 = { $day } December { $year }

## Periods and counting rules of deadlines (core/src/rules/deadlines.rs).

period-days =
    { $count ->
        [one] { $count } day
       *[other] { $count } days
    }
period-months =
    { $count ->
        [one] { $count } month
       *[other] { $count } months
    }
period-soft-and-hard = { $soft }, at most { $hard }
period-every = every { $period }
period-ccf-set = the date the CCF set
period-you-entered = the date you entered
counting-days = Calendar days. The day of the starting event is day 0; the date shown is the last day of the period. Weekends and holidays are not skipped; check local rules.
counting-months = Calendar months: the same day number that many months later, or the last day of that month when it is shorter (31 January + 1 month = end of February).
counting-entered = The date you entered, with your reason: Habeas did not count it.
days-left =
    { $count ->
        [0] due today
        [one] { $count } day left
       *[other] { $count } days left
    }

## Deadline titles (core/src/rules/deadlines.rs, RULES): what is due, in plain words.

deadline-title-ccf-access-decision = CCF decision on the access request
deadline-title-ccf-deletion-decision = CCF decision on the correction or deletion request
deadline-title-ccf-admissibility-answer = Expected answer on admissibility
deadline-title-ccf-revision = Last day to apply for revision of the CCF decision
deadline-title-ccf-query-answer = Answer to the CCF's question due
deadline-title-access-reminder = Repeat the access request to the CCF
deadline-title-european-convention = Extradition request due (provisional arrest)
deadline-title-minsk1993 = Extradition request due (custody)
deadline-title-riyadh1983 = Extradition documents due (provisional detention)
deadline-title-eaw-after-arrest = Final decision on surrender due (European Arrest Warrant)
deadline-title-eaw-after-consent = Final decision on surrender due after consent (European Arrest Warrant)
deadline-title-us-modern-treaty = Extradition request due (United States treaty)
deadline-title-montevideo1933 = Extradition request due (Montevideo Convention)
deadline-title-bilateral = Extradition request due (bilateral treaty)
deadline-title-date-you-entered = A date you entered

## Alarms on a custody limit (core/src/rules/deadlines.rs, Alarm).

alarm-limit-passed = The custody limit has passed and neither what it waited for (under a treaty, the extradition request; under a European Arrest Warrant, the surrender decision) nor a release is recorded. Ask the court now to release the person or to say on what basis they are still held, and check with the authorities whether it arrived in time. Record what happened to clear this alarm.
alarm-arrived-late = What the custody limit waited for was recorded after the limit, and no release is recorded. Ask the court now to release the person or to say on what basis they are held after the limit. Record the release to clear this alarm.

## Calendar export (core/src/export/ics.rs) and how sure a basis is.

confidence-verified = verified
confidence-secondary = secondary source
confidence-unverified = unverified
confidence-entered-by-you = entered by you
ics-first-step = (first step)
ics-description =
    { $title }
    Basis: { $basis } ({ $confidence }).
    Period: { $period } from { $start } ({ $explanation }).
    Counting: { $counting }
    { $source }
ics-set-by-hand = Date set by hand (computed: { $computed }): { $reason }

## The command line's deadline list (cli/src/case.rs).

cli-days-ahead =
    { $count ->
        [0] today
        [1] tomorrow
       *[other] in { $count } days
    }
cli-days-ago =
    { $count ->
        [one] { $count } day ago
       *[other] { $count } days ago
    }
cli-state-met = met
cli-state-passed = passed
cli-state-late = LATE
cli-state-late-recorded = LATE: { $what } recorded on { $date }
cli-alarm = ALARM
cli-check-date = check the date: { $what } is recorded on { $date }, after today
cli-first-step = first step { $date },
cli-due = due { $date }; { $period } from { $start }
cli-set-by-hand = date set by hand (computed { $computed }): { $reason }
cli-why = why: { $reasoning }
cli-applies = applies: { $confidence }
cli-no-deadlines = No deadlines in that window.
error-backup-before-secret-change = The cases are in a backup made before this vault's passphrase or recovery key was changed, so it opens only with the passphrase or recovery key of that time, and Habeas cannot bring them back into this vault. Nothing was changed. To get them back, lock Habeas and, on the unlock screen, choose “Restore from a backup”: pick that backup folder and a new empty folder, and enter the old passphrase (or the old recovery key). The restored vault holds the cases.
