//! The case model: the person, their INTERPOL alerts and the events of the case.
//!
//! Types here are plain data (serde, JSON in the index and across the app's boundary). Rules that
//! derive things from them (deadlines, risk flags, the checklist) live in [`crate::rules`]; how
//! they are stored, in [`crate::store::cases`]. Field names are part of the vault format: add
//! fields with `#[serde(default)]`, never rename one.

pub mod country;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::Error;

/// Longest text accepted in a one-line field (a name, a reference), in characters.
pub const MAX_LINE: usize = 500;
/// Longest text accepted in a notes field, in characters.
pub const MAX_NOTES: usize = 100_000;

/// A case: one person and everything about their alerts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Case {
    /// Stable identifier (`case-` and 16 hex digits).
    pub id: String,
    /// When the case was created (UTC, RFC 3339).
    pub created: String,
    /// When anything in the case last changed (UTC, RFC 3339).
    pub updated: String,
    /// The person the alerts concern.
    pub person: Person,
    /// Free notes.
    pub notes: String,
    /// Risk flags set or cleared by hand, overriding what the data suggests.
    pub flag_settings: Vec<FlagSetting>,
    /// Checklist items ticked or unticked by hand, and notes on items.
    pub checklist: Vec<ChecklistMark>,
    /// Deadlines whose date the user replaced, with the reason.
    pub overrides: Vec<DeadlineOverride>,
    /// A bilateral extradition treaty the user describes (for provisional arrests under it).
    pub bilateral: Option<BilateralTreaty>,
    /// Remind to repeat an access request to the CCF every this many months (none: no reminder).
    pub access_reminder_months: Option<u32>,
    /// The user's note on the issuing country's record of misusing INTERPOL's channels.
    pub misuse_note: String,
}

impl Case {
    /// The name to show for the case: the person's Latin name, else the original, else a dash.
    #[must_use]
    pub fn display_name(&self) -> &str {
        [&self.person.name_latin, &self.person.name_original]
            .into_iter()
            .map(|s| s.trim())
            .find(|s| !s.is_empty())
            .unwrap_or("—")
    }
}

/// The person concerned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Person {
    /// Full name in the original script (Cyrillic, Arabic, …).
    pub name_original: String,
    /// Full name in Latin transliteration, as in the passport if there is one.
    pub name_latin: String,
    /// Other spellings, transliterations and aliases.
    pub other_names: Vec<String>,
    /// Sex, as on the identity document.
    pub sex: Option<Sex>,
    /// Date of birth.
    pub birth_date: Option<NaiveDate>,
    /// Place of birth (town, country).
    pub birth_place: String,
    /// Nationalities, ISO 3166-1 alpha-2.
    pub nationalities: Vec<String>,
    /// Identity documents.
    pub documents: Vec<IdDocument>,
    /// Country of residence, ISO 3166-1 alpha-2.
    pub residence_country: Option<String>,
    /// Address of residence (kept from the NCB under CCF Statute Art. 20).
    pub residence_address: String,
    /// How to reach the person (phone, e-mail, messenger).
    pub contacts: String,
    /// Refugee or asylum status, if any.
    pub protection: Option<Protection>,
    /// What the person does that may explain the persecution.
    pub profile: Vec<Profile>,
}

/// Sex as recorded on identity documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    /// F.
    Female,
    /// M.
    Male,
    /// X, or another marker.
    Other,
}

/// What a person does that may explain why a state pursues them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Profile {
    /// Opposition politician or member of an opposition party.
    PoliticalOpponent,
    /// Journalist or blogger.
    Journalist,
    /// Activist or human-rights defender.
    Activist,
    /// Party to a commercial or private dispute with someone close to power.
    BusinessDispute,
}

/// An identity document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct IdDocument {
    /// What kind of document.
    pub kind: DocumentKind,
    /// Its number.
    pub number: String,
    /// Issuing country, ISO 3166-1 alpha-2.
    pub issuer: Option<String>,
    /// Expiry date. An expired document makes a CCF request inadmissible.
    pub expiry: Option<NaiveDate>,
}

/// Kinds of identity document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// Passport.
    #[default]
    Passport,
    /// National identity card.
    NationalId,
    /// Refugee travel document (1951 Convention).
    RefugeeTravelDocument,
    /// Residence permit.
    ResidencePermit,
    /// Anything else.
    Other,
}

/// Refugee or asylum status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Protection {
    /// Where the claim stands.
    pub status: ProtectionStatus,
    /// The country that grants (or examines) protection, ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// Date of the application or of the decision.
    pub date: Option<NaiveDate>,
    /// The state the person fears persecution from, ISO 3166-1 alpha-2.
    pub feared_state: Option<String>,
    /// Grounds of the grant, if known (political opinion, religion, …).
    pub grounds: String,
}

/// Status of an asylum claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum ProtectionStatus {
    /// Applied, not yet decided.
    #[default]
    Pending,
    /// Refugee status or asylum granted.
    Granted,
    /// Refused.
    Refused,
}

/// An INTERPOL alert concerning the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Alert {
    /// Stable identifier (`alert-` and 16 hex digits).
    pub id: String,
    /// The case it belongs to.
    pub case_id: String,
    /// Diffusion, Red Notice, or another notice.
    pub kind: AlertKind,
    /// Issuing country, ISO 3166-1 alpha-2.
    pub issuing_country: Option<String>,
    /// The National Central Bureau (or entity) that sent it.
    pub ncb: String,
    /// When it was issued, exactly or approximately.
    pub date: Option<ApproxDate>,
    /// What it asks the recipients to do.
    pub requests: Vec<AlertRequest>,
    /// Who received it.
    pub recipients: Recipients,
    /// The national warrant behind it.
    pub warrant: Warrant,
    /// The offence as charged.
    pub offence: String,
    /// How the person learned of it (CCF access answer, border stop, lawyer, …).
    pub learned_how: String,
    /// Status changes, oldest first; the last is the current status.
    pub status: Vec<StatusChange>,
    /// Free notes.
    pub notes: String,
}

impl Alert {
    /// The current status (suspected until something else is recorded).
    #[must_use]
    pub fn current_status(&self) -> AlertStatus {
        self.status
            .last()
            .map_or(AlertStatus::Suspected, |s| s.status)
    }

    /// Whether the status history contains `status`.
    #[must_use]
    pub fn was(&self, status: AlertStatus) -> bool {
        self.status.iter().any(|s| s.status == status)
    }
}

/// Kinds of INTERPOL alert (domain notes §6).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum AlertKind {
    /// Sent directly by an NCB to chosen countries, with no prior review.
    #[default]
    Diffusion,
    /// Published by the General Secretariat after a compliance check.
    RedNotice,
    /// Additional information on identity, location or activities.
    BlueNotice,
    /// Missing persons.
    YellowNotice,
    /// Warning about a person's criminal activities.
    GreenNotice,
    /// Unidentified bodies.
    BlackNotice,
    /// Imminent threat.
    OrangeNotice,
    /// Modi operandi.
    PurpleNotice,
    /// Assets (pilot).
    SilverNotice,
    /// INTERPOL–UN Security Council Special Notice.
    UnSpecialNotice,
}

/// What an alert asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertRequest {
    /// Arrest or provisional arrest with a view to extradition.
    Arrest,
    /// Locate the person.
    Locate,
    /// Identify the person.
    Identify,
    /// Additional information.
    Information,
    /// Surveillance of movements.
    Surveillance,
    /// Warning.
    Warning,
}

/// A date known exactly, or only to the month or the year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApproxDate {
    /// The date (first day of the month or year when approximate).
    pub date: NaiveDate,
    /// How precise it is.
    pub precision: Precision,
}

/// Precision of an [`ApproxDate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Precision {
    /// Exact day.
    Day,
    /// Month known.
    Month,
    /// Year known.
    Year,
}

/// Who received an alert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Recipients {
    /// Sent to all member countries.
    pub all_members: bool,
    /// Named recipient countries, ISO 3166-1 alpha-2.
    pub countries: Vec<String>,
}

/// The national warrant or judgment behind an alert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Warrant {
    /// The court or authority that issued it.
    pub authority: String,
    /// Its date.
    pub date: Option<NaiveDate>,
    /// Its reference number.
    pub reference: String,
    /// The person was tried and convicted in their absence.
    pub in_absentia: bool,
}

/// Status of an alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum AlertStatus {
    /// Believed to exist.
    Suspected,
    /// Confirmed (by a CCF access answer, a border stop, an official).
    Confirmed,
    /// Challenged before the CCF.
    Challenged,
    /// Deleted after a CCF decision or by the General Secretariat.
    Deleted,
    /// Blocked pending review.
    Blocked,
    /// Refused publication by the General Secretariat.
    Refused,
    /// Issued again after deletion or refusal.
    Reissued,
}

/// One change of an alert's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct StatusChange {
    /// The new status.
    pub status: AlertStatus,
    /// When it changed (if known).
    pub date: Option<NaiveDate>,
}

/// Something that happened in the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct Event {
    /// Stable identifier (`event-` and 16 hex digits).
    pub id: String,
    /// The case it belongs to.
    pub case_id: String,
    /// What happened.
    pub kind: EventKind,
    /// When (local calendar date).
    pub date: Option<NaiveDate>,
    /// Where, ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// Free notes.
    pub notes: String,
    /// Alerts this event concerns.
    pub alert_ids: Vec<String>,
    /// For an arrest or detention: the extradition regime that governs it.
    pub regime: Option<Regime>,
    /// For an arrest under the Montevideo Convention: when the requesting state was notified.
    pub notified_on: Option<NaiveDate>,
    /// For a CCF request filed: what it asks (access, correction, deletion).
    pub ccf_request: Vec<CcfRequestKind>,
    /// For an admissibility decision: whether the request was found admissible.
    pub admissible: Option<bool>,
}

/// Kinds of event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A national arrest warrant was issued.
    NationalWarrant,
    /// An INTERPOL alert was issued.
    AlertIssued,
    /// A visa was refused.
    VisaRefusal,
    /// Boarding was denied.
    DeniedBoarding,
    /// Entry was refused at a border.
    BorderRefusal,
    /// Held by police or border officers (not yet a provisional arrest for extradition).
    Detention,
    /// Provisional arrest pending an extradition request.
    ProvisionalArrest,
    /// The person consented to extradition or surrender.
    ConsentToSurrender,
    /// Released.
    Release,
    /// The formal extradition request was received by the requested state.
    ExtraditionRequestReceived,
    /// A court hearing.
    Hearing,
    /// A decision on extradition.
    ExtraditionDecision,
    /// A request was filed with the CCF.
    CcfRequestFiled,
    /// The CCF acknowledged receipt.
    CcfAcknowledgement,
    /// The CCF decided on admissibility.
    AdmissibilityDecision,
    /// The CCF asked a question or for documents.
    CcfQuery,
    /// The CCF decided.
    CcfDecision,
    /// A new fact that could change a CCF decision came to light (starts the revision period).
    NewFactDiscovered,
    /// An application for revision was filed.
    RevisionFiled,
    /// Asylum applied for.
    AsylumApplied,
    /// Asylum or refugee status granted.
    AsylumGranted,
    /// Asylum refused.
    AsylumRefused,
    /// UNHCR was notified.
    UnhcrNotified,
    /// Border authorities were informed before travel.
    BorderAuthoritiesNotified,
    /// Habeas corpus or judicial review filed.
    JudicialReviewFiled,
    /// Advocacy or media work.
    Advocacy,
    /// Anything else.
    #[default]
    Other,
}

/// What a CCF request asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CcfRequestKind {
    /// Access to the data INTERPOL processes.
    Access,
    /// Correction of the data.
    Correction,
    /// Deletion of the data.
    Deletion,
}

/// An extradition regime with a provisional-arrest window.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Regime {
    /// European Convention on Extradition 1957, Art. 16(4).
    EuropeanConvention,
    /// Minsk Convention 1993, Art. 62.
    Minsk1993,
    /// Riyadh Arab Agreement 1983.
    Riyadh1983,
    /// European Arrest Warrant, Framework Decision 2002/584/JHA, Art. 17.
    EuropeanArrestWarrant,
    /// A modern United States bilateral treaty (e.g. US–India 1997 Art. 12(4)).
    UsModernTreaty,
    /// Montevideo Convention on Extradition 1933, Art. 10.
    Montevideo1933,
    /// The bilateral treaty described in the case.
    Bilateral,
}

/// A risk flag, set or cleared by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FlagSetting {
    /// Which flag.
    pub flag: FlagKind,
    /// Set (true) or cleared (false).
    pub on: bool,
    /// Why, in one line.
    pub reason: String,
}

/// Risk flags (see [`crate::rules::flags`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FlagKind {
    /// Refugee or asylum seeker.
    Refugee,
    /// Protection is against the state that issued an alert.
    RefugeeFromIssuingState,
    /// Political opponent, journalist or activist.
    PoliticalProfile,
    /// The charges grow out of a commercial or private dispute.
    PrivateDispute,
    /// Convicted in absentia.
    InAbsentia,
    /// An alert was issued again after a CCF deletion.
    ReissuedAfterDeletion,
    /// A Red Notice was refused or deleted, then a Diffusion came for the same facts.
    DiffusionAfterRedNotice,
    /// The issuing country has a record of misusing INTERPOL's channels.
    CountryMisuse,
}

/// A checklist item ticked or unticked by hand, or annotated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChecklistMark {
    /// Which item.
    pub item: ChecklistItem,
    /// Ticked (true), unticked (false) by hand, or left to the data (none).
    pub done: Option<bool>,
    /// The user's note.
    #[serde(default)]
    pub note: String,
}

/// Checklist items (see [`crate::rules::checklist`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ChecklistItem {
    /// 1. Request access to, or deletion of, the data from the CCF.
    CcfRequest,
    /// 2. Engage counsel experienced in INTERPOL matters.
    Counsel,
    /// 3. Apply for asylum or refugee status where it applies.
    Asylum,
    /// 4. Notify border authorities before travel.
    NotifyBorders,
    /// 5. Challenge extradition in the domestic courts.
    ChallengeExtradition,
    /// 6. Monitor the status regularly.
    Monitor,
    /// 7. Public advocacy where appropriate.
    Advocacy,
    /// Prevention: act in the issuing country before an alert is issued.
    PreventIssuingCountry,
    /// Prevention: monitor for new alerts.
    PreventMonitoring,
    /// Prevention: inform border authorities.
    PreventInformBorders,
}

/// A deadline whose date the user replaced.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeadlineOverride {
    /// The deadline's key (see [`crate::rules::deadlines::Deadline::key`]).
    pub key: String,
    /// The date that applies instead.
    pub date: NaiveDate,
    /// Why (the specific treaty, a court order, …).
    pub reason: String,
}

/// A bilateral extradition treaty described by the user.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BilateralTreaty {
    /// Its name and article ("Treaty X–Y 2001, Art. 9(4)").
    pub name: String,
    /// Days after the start event when release may be sought, if the treaty has such a step.
    pub soft_days: Option<u32>,
    /// Days after the start event by which the request must arrive.
    pub hard_days: u32,
    /// What the days count from (provisional arrest, or notification of it).
    pub start: BilateralStart,
}

/// What a bilateral treaty's window counts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BilateralStart {
    /// The day of the provisional arrest.
    Arrest,
    /// The day the requesting state was notified of the arrest.
    Notification,
}

/// Checks a one-line text field: trimmed, at most [`MAX_LINE`] characters, no control characters.
///
/// # Errors
/// [`Error::InvalidInput`] naming `field`.
pub fn check_line(field: &'static str, value: &str) -> Result<(), Error> {
    if value.chars().count() > MAX_LINE {
        return Err(Error::InvalidInput {
            field,
            reason: format!("keep it under {MAX_LINE} characters"),
        });
    }
    if value.chars().any(char::is_control) {
        return Err(Error::InvalidInput {
            field,
            reason: "remove line breaks and tabs".into(),
        });
    }
    Ok(())
}

/// Checks a notes field: at most [`MAX_NOTES`] characters.
///
/// # Errors
/// [`Error::InvalidInput`] naming `field`.
pub fn check_notes(field: &'static str, value: &str) -> Result<(), Error> {
    if value.chars().count() > MAX_NOTES {
        return Err(Error::InvalidInput {
            field,
            reason: format!("keep it under {MAX_NOTES} characters"),
        });
    }
    Ok(())
}

/// Checks a country code against [`country::COUNTRIES`].
///
/// # Errors
/// [`Error::InvalidInput`] naming `field`.
pub fn check_country(field: &'static str, code: &str) -> Result<(), Error> {
    if country::by_code(code).is_none_or(|c| c.code != code) {
        return Err(Error::InvalidInput {
            field,
            reason: format!("\"{code}\" is not a known country code (two capital letters)"),
        });
    }
    Ok(())
}

impl Case {
    /// Checks every field a user typed.
    ///
    /// # Errors
    /// The first [`Error::InvalidInput`] found.
    pub fn validate(&self) -> Result<(), Error> {
        let p = &self.person;
        if p.name_original.trim().is_empty() && p.name_latin.trim().is_empty() {
            return Err(Error::InvalidInput {
                field: "Name",
                reason: "give the person's name, in any script".into(),
            });
        }
        check_line("Name in the original script", &p.name_original)?;
        check_line("Name in Latin letters", &p.name_latin)?;
        for n in &p.other_names {
            check_line("Other names", n)?;
        }
        check_line("Place of birth", &p.birth_place)?;
        check_notes("Address", &p.residence_address)?;
        check_notes("Contacts", &p.contacts)?;
        for c in &p.nationalities {
            check_country("Nationality", c)?;
        }
        if let Some(c) = &p.residence_country {
            check_country("Country of residence", c)?;
        }
        for d in &p.documents {
            check_line("Document number", &d.number)?;
            if let Some(c) = &d.issuer {
                check_country("Document issuer", c)?;
            }
        }
        if let Some(pr) = &p.protection {
            for c in [&pr.country, &pr.feared_state].into_iter().flatten() {
                check_country("Asylum country", c)?;
            }
            check_line("Grounds", &pr.grounds)?;
        }
        check_notes("Notes", &self.notes)?;
        check_notes("Country's record of misuse", &self.misuse_note)?;
        for f in &self.flag_settings {
            check_line("Reason", &f.reason)?;
        }
        for o in &self.overrides {
            if o.reason.trim().is_empty() {
                return Err(Error::InvalidInput {
                    field: "Reason",
                    reason: "say why this date replaces the computed one".into(),
                });
            }
            check_line("Reason", &o.reason)?;
        }
        if let Some(b) = &self.bilateral {
            check_line("Treaty", &b.name)?;
            if b.hard_days == 0
                || b.hard_days > 366
                || b.soft_days.is_some_and(|s| s == 0 || s > b.hard_days)
            {
                return Err(Error::InvalidInput {
                    field: "Treaty days",
                    reason: "give 1 to 366 days, the first step no later than the last".into(),
                });
            }
        }
        if self
            .access_reminder_months
            .is_some_and(|m| m == 0 || m > 60)
        {
            return Err(Error::InvalidInput {
                field: "Access reminder",
                reason: "choose between 1 and 60 months".into(),
            });
        }
        Ok(())
    }
}

impl Alert {
    /// Checks every field a user typed.
    ///
    /// # Errors
    /// The first [`Error::InvalidInput`] found.
    pub fn validate(&self) -> Result<(), Error> {
        if let Some(c) = &self.issuing_country {
            check_country("Issuing country", c)?;
        }
        for c in &self.recipients.countries {
            check_country("Recipient country", c)?;
        }
        check_line("NCB", &self.ncb)?;
        check_line("Warrant authority", &self.warrant.authority)?;
        check_line("Warrant reference", &self.warrant.reference)?;
        check_notes("Offence", &self.offence)?;
        check_notes("How it was learned of", &self.learned_how)?;
        check_notes("Notes", &self.notes)?;
        Ok(())
    }
}

impl Event {
    /// Checks every field a user typed.
    ///
    /// # Errors
    /// The first [`Error::InvalidInput`] found.
    pub fn validate(&self) -> Result<(), Error> {
        if self.date.is_none() {
            return Err(Error::InvalidInput {
                field: "Date",
                reason: "give the date it happened (an estimate is better than none)".into(),
            });
        }
        if let Some(c) = &self.country {
            check_country("Country", c)?;
        }
        if let (Some(n), Some(d)) = (self.notified_on, self.date) {
            if n < d {
                return Err(Error::InvalidInput {
                    field: "Notified on",
                    reason: "the notification cannot come before the arrest".into(),
                });
            }
        }
        check_notes("Notes", &self.notes)?;
        Ok(())
    }
}

impl AlertKind {
    /// English label.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            AlertKind::Diffusion => "Diffusion",
            AlertKind::RedNotice => "Red Notice",
            AlertKind::BlueNotice => "Blue Notice",
            AlertKind::YellowNotice => "Yellow Notice",
            AlertKind::GreenNotice => "Green Notice",
            AlertKind::BlackNotice => "Black Notice",
            AlertKind::OrangeNotice => "Orange Notice",
            AlertKind::PurpleNotice => "Purple Notice",
            AlertKind::SilverNotice => "Silver Notice",
            AlertKind::UnSpecialNotice => "INTERPOL–UN Security Council Special Notice",
        }
    }
}
