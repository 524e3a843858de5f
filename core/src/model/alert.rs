//! INTERPOL alerts: Notices and Diffusions, what they ask, who issued and received them, their
//! status over time.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::fields::{check_country, check_line, check_notes};
use crate::Error;

/// An INTERPOL alert concerning the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
    /// A message sent directly by one National Central Bureau to another through INTERPOL's
    /// channels, not recorded as a Diffusion. The General Secretariat's role in such direct
    /// exchanges is narrower (RPD Art. 22(6), 2024 text; otherside.law, secondary), so review
    /// differs from a Diffusion's (issue 15, 3.3).
    NcbMessage,
}

/// What an alert asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ApproxDate {
    /// The date (first day of the month or year when approximate).
    pub date: NaiveDate,
    /// How precise it is.
    pub precision: Precision,
}

/// Precision of an [`ApproxDate`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Recipients {
    /// Sent to all member countries.
    pub all_members: bool,
    /// Named recipient countries, ISO 3166-1 alpha-2.
    pub countries: Vec<String>,
}

/// The national warrant or judgment behind an alert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
    /// The warrant is known to be annulled or expired, or was issued by an authority without
    /// jurisdiction. A warrant that is simply not recorded is not this (issue 15, 2.3).
    pub invalid: bool,
    /// For a trial in absentia: whether the person was told of the trial in time (none: not
    /// known). With [`Warrant::represented_at_trial`] and [`Warrant::retrial_available`], the
    /// facts that decide whether a conviction in absentia is a due-process defect: the CCF has
    /// upheld notices despite one (CCF Decision No. 2 (2018), secondary), so it is not a ground
    /// by itself.
    pub notified_of_trial: Option<bool>,
    /// For a trial in absentia: whether a lawyer of the person's choosing represented them.
    pub represented_at_trial: Option<bool>,
    /// For a trial in absentia: whether the person has a right to a new trial on surrender.
    pub retrial_available: Option<bool>,
    /// The proceedings relied on statements obtained by torture or ill-treatment.
    pub torture_evidence: bool,
    /// The court or authority behind the warrant is not independent of the executive.
    pub court_not_independent: bool,
    /// Sought for prosecution: the maximum penalty for the offence charged, in months of
    /// imprisonment, under the issuing state's law (none: not recorded).
    pub maximum_penalty_months: Option<u32>,
    /// Sought to serve a sentence: the sentence imposed, in months of imprisonment (none: not
    /// recorded).
    pub sentence_months: Option<u32>,
    /// Prescription (limitation) of the offence or of the penalty, as the user found it.
    pub prescription: Option<Prescription>,
    /// A final decision on the same acts given in another state (ne bis in idem).
    pub final_decision: Option<FinalDecision>,
}

/// Prescription of the prosecution or of the penalty, as the user found it under the issuing
/// state's law. Habeas does not compute it: interruptions and suspensions differ by country.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Prescription {
    /// What is time-barred.
    pub of: PrescriptionOf,
    /// The provision that sets the period, and the period ("Criminal Code, Art. 78: 10 years").
    pub law: String,
    /// The day the period ran out, as the user computed it.
    pub expired_on: Option<NaiveDate>,
}

/// What prescription bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum PrescriptionOf {
    /// Prosecution of the offence.
    #[default]
    Offence,
    /// Enforcement of the sentence.
    Penalty,
}

/// A final decision on the same acts, given in another state than the one that issued the alert.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct FinalDecision {
    /// The state whose court or prosecutor decided, ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// When the decision became final.
    pub date: Option<NaiveDate>,
    /// What it decided.
    pub outcome: FinalOutcome,
    /// The court or authority and the reference.
    pub reference: String,
}

/// What a final decision decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum FinalOutcome {
    /// Acquitted.
    #[default]
    Acquittal,
    /// Convicted (and the sentence served, being served or no longer enforceable).
    Conviction,
    /// Proceedings definitively discontinued (for example by a prosecutor after conditions were
    /// met: CJEU C-505/19 *WS*).
    Discontinued,
}

/// Status of an alert.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct StatusChange {
    /// The new status.
    pub status: AlertStatus,
    /// When it changed (if known).
    pub date: Option<NaiveDate>,
    /// For a deletion or a refusal: who decided (none: not recorded). Left out of the JSON
    /// when not recorded, so a status history written before it existed reads back the same.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<RemovedBy>,
    /// For a deletion or a refusal: on what ground (none: not recorded; left out when so).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ground: Option<RemovalGround>,
}

impl StatusChange {
    /// A change to `status` on `date`, with no decider or ground recorded.
    #[must_use]
    pub const fn new(status: AlertStatus, date: Option<NaiveDate>) -> Self {
        Self {
            status,
            date,
            by: None,
            ground: None,
        }
    }
}

/// Who deleted an alert or refused it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum RemovedBy {
    /// The Commission for the Control of INTERPOL's Files, by a decision on a request.
    Ccf,
    /// INTERPOL's General Secretariat (its review before publication, or its own review).
    GeneralSecretariat,
}

/// Why an alert was refused or deleted, as far as the decision says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum RemovalGround {
    /// Article 3 of INTERPOL's Constitution (political, military, religious or racial
    /// character).
    Article3,
    /// Article 2 of the Constitution (the spirit of the Universal Declaration of Human Rights).
    Article2,
    /// Data quality: no sufficient summary of facts, inaccurate or outdated data.
    DataQuality,
    /// INTERPOL's refugee policy.
    RefugeePolicy,
    /// A Red Notice criterion of the Rules on the Processing of Data (seriousness of the
    /// offence, penalty threshold, excluded offences).
    RedNoticeCriteria,
    /// Another ground.
    Other,
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
        if let Some(p) = &self.warrant.prescription {
            check_line("Prescription: law", &p.law)?;
        }
        if let Some(d) = &self.warrant.final_decision {
            if let Some(c) = &d.country {
                check_country("Final decision: country", c)?;
            }
            check_line("Final decision: reference", &d.reference)?;
        }
        check_notes("Offence", &self.offence)?;
        check_notes("How it was learned of", &self.learned_how)?;
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
            AlertKind::NcbMessage => "Direct NCB message",
        }
    }
}
