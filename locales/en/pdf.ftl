# The words around the content of every PDF: headings, stamps, index, packet cover, certificate, recovery sheet (locales/README.md).

## Every PDF's footer.
pdf-page-of = Page { $n } of { $m }

## A filing's documents (core/src/filing/pdf.rs), in the filing's language.
pdf-filing-ccf = Commission for the Control of INTERPOL's Files (CCF)
pdf-filing-portal = Submitted through the CCF's online portal
pdf-filing-kind-access = Request for access to data
pdf-filing-kind-correction = Request for correction of data
pdf-filing-kind-deletion = Request for deletion of data
pdf-filing-kind-correction-and-deletion = Request for correction and deletion of data
pdf-filing-kind-revision = Application for revision of a decision
pdf-filing-applicant = Applicant
pdf-filing-submitted-by = Submitted by
pdf-filing-in-person = The applicant, in person
pdf-filing-by-entity = The entity, through the person representing it (above)
pdf-filing-by-guardian = The parent or guardian named above, for the minor
pdf-filing-name = Name
pdf-filing-birth = Date of birth
pdf-filing-birth-place = Place of birth
pdf-filing-nationality = Nationality
pdf-filing-guardian = Parent or guardian acting for the minor
pdf-filing-registration = Registration number
pdf-filing-registered-on = Date of incorporation or registration
pdf-filing-office = Registered office
pdf-filing-represented-by = Represented by
pdf-filing-authority = Authority to represent
pdf-filing-property = Property concerned
pdf-filing-data = Data concerned
pdf-filing-learned = How the applicant learned of the data
pdf-filing-facts = Summary of facts
pdf-filing-grounds = Grounds
pdf-filing-sources = Sources: { $list }.
pdf-filing-to-check = { $citation } [to be checked before filing: { $level }]
pdf-filing-secondary = read only in a secondary source
pdf-filing-unverified = not verified
pdf-filing-outcome = Outcome requested
pdf-filing-confidential = Confidential information (Statute of the CCF, Art. 20)
pdf-filing-revision = The decision and the new fact
pdf-filing-decision = Decision
pdf-filing-new-fact = New fact
pdf-filing-discovered = Discovered on
pdf-filing-annexes = Annexes
pdf-filing-index = Index of annexes
pdf-filing-index-row = Date: { $date } · Pages: { $pages }
pdf-filing-no-date = —
pdf-filing-title = Title
pdf-filing-type = Type
pdf-filing-bytes = Size in bytes
pdf-filing-date = Date
pdf-filing-signature = Signature
pdf-filing-place = Place
pdf-filing-packet = Filing packet
pdf-filing-contents = Contents
pdf-filing-not-pdf = This annex is a file that cannot be shown as a page. It is identified here by its name, type, size and SHA-256 fingerprint, and supplied separately.

## The evidence custody certificate (core/src/evidence/certificate.rs), in the user's language.
pdf-certificate-title = Evidence custody certificate
pdf-certificate-footer = Habeas — evidence custody certificate
pdf-certificate-subject = Chain of custody of { $count ->
        [one] { $count } evidence item
       *[other] { $count } evidence items
    }
pdf-certificate-intro = This certificate lists { $count ->
        [one] { $count } item
       *[other] { $count } items
    } of evidence kept in an encrypted Habeas vault: the SHA-256 fingerprint of each file, computed when the file was imported, the details recorded about it, and every event of its chain of custody (imported, viewed, exported, changed, annexed, deleted). Made on { $made } by { $program }.
pdf-certificate-chain-intact = Integrity of the log: every entry of the vault's audit log was checked when this certificate was made; the hash chain is intact: no entry below was removed, reordered or altered unless every entry after it was rewritten too. The chain is not signed: whoever holds the vault could rewrite it whole. To fix it in time, have the chain head below timestamped outside the vault (a notary, a trusted timestamping service) when this certificate is made.
pdf-certificate-chain-broken = WARNING: the vault's audit log does not chain at entry { $seq }. Entries from there on may have been altered or removed. Do not rely on this certificate before the vault has been checked.
pdf-certificate-chain-head = Chain head
pdf-certificate-chain-head-value = entry { $seq }, SHA-256 { $hash }
pdf-certificate-items = Items
pdf-certificate-check = How to check a file yourself
pdf-certificate-check-how = The SHA-256 fingerprint identifies the exact content of a file: changing a single byte gives a completely different fingerprint. To check that a copy of a file is the one described here, compute its fingerprint with a standard tool and compare all 64 characters with the SHA-256 above.
pdf-certificate-file = FILE
pdf-certificate-check-case = Windows prints the fingerprint in capital letters: compare without regard to case. A copy exported from Habeas is checked against this fingerprint while it is written.
pdf-certificate-limits = What this certificate does not prove: where a file came from before it was imported (see "Source"), or that its content is true. The log is kept by the vault holder's copy of Habeas; it records their handling of the files and is not a third party's attestation.
pdf-certificate-certified-by = Certified by
pdf-certificate-name = Name
pdf-certificate-date-place = Date and place
pdf-certificate-signature = Signature
pdf-certificate-item = Item { $n }: { $name }
pdf-certificate-size = Size
pdf-certificate-type = Type
pdf-certificate-category = Category
pdf-certificate-imported = Imported
pdf-certificate-file-modified = File last modified
pdf-certificate-document-date = Document date
pdf-certificate-source = Source
pdf-certificate-language = Language
pdf-certificate-description = Description
pdf-certificate-translator = Translator
pdf-certificate-translation-of = Translation of
pdf-certificate-habeas-id = Habeas id
pdf-certificate-status = Status
pdf-certificate-deleted = Deleted on { $when }: the file is no longer in the vault; its record and log are kept.
pdf-certificate-custody = Chain of custody
pdf-certificate-log-entry = Log entry { $seq }, chain hash:
pdf-certificate-no-events = No custody events are recorded for this item.
pdf-certificate-bytes = { $count ->
        [one] { $bytes } byte
       *[other] { $bytes } bytes
    }
pdf-certificate-kilobytes = { $value } kB
pdf-certificate-megabytes = { $value } MB
pdf-certificate-gigabytes = { $value } GB
pdf-certificate-empty = (empty)
pdf-certificate-none = (none)
pdf-certificate-details = details
pdf-certificate-event-import = Imported “{ $name }” ({ $size }), SHA-256 { $sha256 }, type { $type }.
pdf-certificate-event-import-source = Source: { $source }.
pdf-certificate-event-view = Opened for viewing inside Habeas (decrypted in memory only).
pdf-certificate-event-export = A decrypted copy was exported to { $to }; its SHA-256 was checked while writing.
pdf-certificate-event-export-failed = The export to { $to } recorded above did not complete: no copy was left there.
pdf-certificate-event-update = Changed { $field } from “{ $old }” to “{ $new }”.
pdf-certificate-event-delete = Deleted: the file was removed from the vault; this record was kept.
pdf-certificate-event-certificate = A custody certificate was issued.
pdf-certificate-event-annex = Annexed to a filing as { $label }.
pdf-certificate-event-unannex = Removed from a filing's annexes.
pdf-certificate-event-filed = Exported as annex { $label } of a filing ({ $as }) to { $to }.
pdf-certificate-event-filed-copy = Placed as its copy without metadata, SHA-256 { $sha256 }.
pdf-certificate-event-derive = A copy was made for export ({ $what }): item { $copy }, SHA-256 { $sha256 }. This file is unchanged.
pdf-certificate-event-derived = Made by Habeas from item { $from } (SHA-256 { $fromsha }): { $what }. SHA-256 of this copy { $sha256 }.
pdf-certificate-event-other = { $action }.

## The recovery sheet (core/src/vault/recovery.rs), in the user's language.
pdf-recovery-title = Habeas recovery sheet
pdf-recovery-footer = Habeas — recovery sheet — keep it secret
pdf-recovery-subject = Recovery key of a Habeas vault
pdf-recovery-intro = This key opens your Habeas vault if you forget your passphrase. Anyone who has this sheet and a copy of your vault folder can read everything in the vault: keep it somewhere safe, away from your computer and its bag (a locked drawer, a trusted person).
pdf-recovery-vault = Vault
pdf-recovery-printed = Printed
pdf-recovery-open = To open the vault with this key
pdf-recovery-in-habeas = In Habeas: on the unlock screen choose “Use the recovery key”, type the key (the dashes are optional; 0 and O, 1 and I count as the same), then set a new passphrase. The key keeps working afterwards.
pdf-recovery-without-habeas = Without Habeas, with the standard age tool, in the vault folder: run the two commands below, typing the key exactly as printed above, dashes included, when the first asks. The second prints the vault's identity, which opens every other file of the vault (docs/vault-format.md explains each one). Delete slot.txt afterwards. In a vault without keys/identity.age (format 1), the first command alone gives the identity.
pdf-recovery-lost = If this sheet is lost or seen by someone else
pdf-recovery-lost-how = Open the vault and make a new recovery key (Settings), then change the passphrase: once the new key is confirmed, the key on this sheet opens nothing saved afterwards. It still opens any copy of the vault folder made before (a backup, a synced copy), as it was then: that cannot be withdrawn. A vault without keys/identity.age (format 1) keeps its identity: there, make a new vault and move the cases into it.
pdf-recovery-in-clear = This PDF file holds the key in clear. Print it, then delete the file and empty the trash.
