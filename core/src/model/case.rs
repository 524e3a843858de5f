//! A case: one person, their alerts and events, and what the user set on it (flags,
//! checklist marks, deadline overrides, a bilateral treaty).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::fields::{check_country, check_line, check_notes};
use super::person::Person;
use crate::Error;

/// The longest treaty period the user may enter for a bilateral treaty, in days (a year and a
/// day: no extradition treaty Habeas knows of holds a person longer before the request).
pub const MAX_TREATY_DAYS: u32 = 366;

/// The longest period between repeat access requests the user may set, in months.
pub const MAX_REMINDER_MONTHS: u32 = 60;

/// Whether a bilateral treaty's periods can be used: 1 to [`MAX_TREATY_DAYS`] days, the first
/// step (if any) no later than the limit.
#[must_use]
pub fn treaty_days_valid(soft_days: Option<u32>, hard_days: u32) -> bool {
    (1..=MAX_TREATY_DAYS).contains(&hard_days)
        && soft_days.is_none_or(|s| (1..=hard_days).contains(&s))
}

/// A case: one person and everything about their alerts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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

/// A risk flag, set or cleared by hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum BilateralStart {
    /// The day of the provisional arrest.
    Arrest,
    /// The day the requesting state was notified of the arrest.
    Notification,
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
            if !treaty_days_valid(b.soft_days, b.hard_days) {
                return Err(Error::InvalidInput {
                    field: "Treaty days",
                    reason: format!(
                        "give 1 to {MAX_TREATY_DAYS} days, the first step no later than the last"
                    ),
                });
            }
        }
        if self
            .access_reminder_months
            .is_some_and(|m| m == 0 || m > MAX_REMINDER_MONTHS)
        {
            return Err(Error::InvalidInput {
                field: "Access reminder",
                reason: format!("choose between 1 and {MAX_REMINDER_MONTHS} months"),
            });
        }
        Ok(())
    }
}
