//! Events of a case (warrant, arrest, extradition request, CCF steps, asylum steps) and the
//! extradition regime a deadline is computed under.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::fields::{check_country, check_notes};
use crate::Error;

/// Something that happened in the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
    /// The answer to the CCF's question was sent.
    CcfQueryAnswered,
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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

impl Event {
    /// Checks every field a user typed.
    ///
    /// # Errors
    /// The first [`Error::InvalidInput`] found.
    pub fn validate(&self) -> Result<(), Error> {
        if let Some(p) = self.problems().into_iter().next() {
            return Err(p.into_error());
        }
        if let Some(c) = &self.country {
            check_country("Country", c)?;
        }
        check_notes("Notes", &self.notes)?;
        Ok(())
    }

    /// What the user must fix in the form before the event can be saved, field by field: the
    /// one place the rule is written (the app's form asks for these before saving, and
    /// [`Event::validate`] refuses the same).
    #[must_use]
    pub fn problems(&self) -> Vec<EventProblem> {
        let mut out = Vec::new();
        if self.date.is_none() {
            out.push(EventProblem::DateMissing);
        }
        if let (Some(n), Some(d)) = (self.notified_on, self.date) {
            if n < d {
                out.push(EventProblem::NotifiedBeforeArrest);
            }
        }
        out
    }
}

impl EventKind {
    /// The plain label of an event kind (English; used in reasons and exports).
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            EventKind::NationalWarrant => "National warrant",
            EventKind::AlertIssued => "Alert issued",
            EventKind::VisaRefusal => "Visa refused",
            EventKind::DeniedBoarding => "Denied boarding",
            EventKind::BorderRefusal => "Refused at the border",
            EventKind::Detention => "Detention",
            EventKind::ProvisionalArrest => "Provisional arrest",
            EventKind::ConsentToSurrender => "Consent to extradition",
            EventKind::Release => "Release",
            EventKind::ExtraditionRequestReceived => "Extradition request received",
            EventKind::Hearing => "Hearing",
            EventKind::ExtraditionDecision => "Extradition decision",
            EventKind::CcfRequestFiled => "CCF request filed",
            EventKind::CcfAcknowledgement => "CCF acknowledgement",
            EventKind::AdmissibilityDecision => "CCF admissibility decision",
            EventKind::CcfQuery => "CCF query",
            EventKind::CcfQueryAnswered => "Answer sent to the CCF",
            EventKind::CcfDecision => "CCF decision",
            EventKind::NewFactDiscovered => "New fact discovered",
            EventKind::RevisionFiled => "Revision filed",
            EventKind::AsylumApplied => "Asylum applied for",
            EventKind::AsylumGranted => "Asylum granted",
            EventKind::AsylumRefused => "Asylum refused",
            EventKind::UnhcrNotified => "UNHCR notified",
            EventKind::BorderAuthoritiesNotified => "Border authorities notified",
            EventKind::JudicialReviewFiled => "Habeas corpus or judicial review filed",
            EventKind::Advocacy => "Advocacy or media",
            EventKind::Other => "Other event",
        }
    }
}

/// A field of an event the user must fix before it can be saved ([`Event::problems`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum EventProblem {
    /// No date: an event is placed on the timeline and counted from by its date.
    DateMissing,
    /// The requesting state was notified before the arrest it was notified of.
    NotifiedBeforeArrest,
}

impl EventProblem {
    fn into_error(self) -> Error {
        match self {
            EventProblem::DateMissing => Error::InvalidInput {
                field: "Date",
                reason: "give the date it happened (an estimate is better than none)".into(),
            },
            EventProblem::NotifiedBeforeArrest => Error::InvalidInput {
                field: "Notified on",
                reason: "the notification cannot come before the arrest".into(),
            },
        }
    }
}

#[cfg(test)]
mod problem_tests {
    use super::*;

    #[test]
    fn the_form_and_the_save_share_one_rule() {
        let d = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let mut e = Event::default();
        assert_eq!(e.problems(), vec![EventProblem::DateMissing]);
        assert!(e.validate().is_err());
        e.date = d("2026-03-02");
        e.notified_on = d("2026-03-01");
        assert_eq!(e.problems(), vec![EventProblem::NotifiedBeforeArrest]);
        assert!(e.validate().is_err());
        e.notified_on = d("2026-03-02");
        assert!(e.problems().is_empty());
        assert!(e.validate().is_ok());
    }
}
