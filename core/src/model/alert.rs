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
