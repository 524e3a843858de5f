//! A case: one person, their alerts and events, and what the user set on it (flags,
//! checklist marks, deadline overrides, a bilateral treaty).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::country;
use super::event::{Event, EventKind};
use super::fields::{check_country, check_line, check_notes};
use super::person::{Person, ProtectionKind, ProtectionStatus};
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
    /// What the user records of the person's situation that no event shows (a surrender, a
    /// protection against extradition): see [`situation`].
    pub situation: SituationSetting,
    /// When the case was closed (UTC, RFC 3339), or none while it is open. A closed case leaves
    /// the main list and keeps all its data; it can be reopened.
    pub closed: Option<String>,
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
        if let Some(p) = &self.situation.protected_from_extradition {
            check_line("Protection against extradition", &p.note)?;
        }
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

/// What the user records of the person's situation that no event can show. Custody itself
/// (arrest, detention, release) comes from the events; these are the facts Habeas has no event
/// for, so that the situation never rests on a guess.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct SituationSetting {
    /// The day the person was surrendered to the requesting state. A decision to extradite or a
    /// consent is not a surrender, so no event says this.
    pub extradited_on: Option<NaiveDate>,
    /// A decision that protects the person against extradition (a court's refusal, a
    /// non-refoulement ruling, a guarantee of the state of refuge).
    pub protected_from_extradition: Option<ExtraditionProtection>,
}

/// A protection against extradition the user recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct ExtraditionProtection {
    /// Since when, if known.
    pub since: Option<NaiveDate>,
    /// What protects the person, in one line ("Court of Appeal refused extradition").
    pub note: String,
}

/// Where the person is, as far as the case shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Custody {
    /// No arrest or detention is recorded.
    AtLiberty,
    /// Held since [`Situation::since`]: the last custody fact is an arrest or a detention.
    Detained,
    /// Released on [`Situation::since`] after an arrest or a detention.
    Released,
    /// Surrendered to the requesting state on [`Situation::since`] (set by the user).
    Extradited,
}

/// What the custody state rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum SituationBasis {
    /// Nothing: no custody event and nothing set (so "at liberty" means "no arrest recorded").
    NothingRecorded,
    /// The case's events (the one named in [`Situation::event_id`]).
    Events,
    /// What the user set ([`SituationSetting`]).
    SetByUser,
}

/// A protection the person holds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ProtectionHeld {
    /// What kind.
    pub kind: ProtectionHeldKind,
    /// The country that granted it, ISO 3166-1 alpha-2, if known.
    pub country: Option<String>,
    /// Since when, if known.
    pub since: Option<NaiveDate>,
    /// What the user wrote of it (for a protection against extradition).
    pub note: String,
    /// Set by the user rather than read from the person or the events.
    pub set_by_user: bool,
}

/// Kinds of protection shown with the situation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ProtectionHeldKind {
    /// Refugee status under the 1951 Convention (the status INTERPOL's refugee policy names).
    RefugeeStatus,
    /// Another protection granted (subsidiary, humanitarian), or a grant whose kind is not
    /// recorded.
    ProtectionGranted,
    /// Protected against extradition (set by the user).
    AgainstExtradition,
}

/// The person's situation at a glance (issue 21.3): custody and protection.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Situation {
    /// Where the person is.
    pub custody: Custody,
    /// Since when (detained: the first day of the custody that has not ended; released,
    /// extradited: the day it happened). None when at liberty.
    pub since: Option<NaiveDate>,
    /// What the custody state rests on.
    pub basis: SituationBasis,
    /// The event it rests on, when it rests on one.
    pub event_id: Option<String>,
    /// Protections held (a pending claim is not one).
    pub protections: Vec<ProtectionHeld>,
    /// The case is closed.
    pub closed: bool,
}

/// A custody fact on a day: the event (none for what the user set) and what it means.
struct CustodyFact<'a> {
    date: NaiveDate,
    /// Same-day order: an arrest comes before a release, a surrender after both.
    rank: u8,
    custody: Custody,
    event: Option<&'a Event>,
}

/// The person's situation as the case shows it on `today`.
///
/// Custody is read from the events, the latest fact on or before `today` winning: an arrest or a
/// detention means detained (since the first of an unbroken run of them), a release means
/// released, so a release recorded after an arrest is never shown as "detained". A surrender is
/// what no event records; the user sets it ([`SituationSetting::extradited_on`]) and it counts
/// as a fact of its day. Facts dated after `today` are not yet facts. Protection is the person's
/// granted status (a naturalised person's refugee status has ended: 1951 Convention,
/// Art. 1C(3)); when the person has no status recorded, the latest asylum decision among the
/// events; and the protection against extradition the user set.
#[must_use]
pub fn situation(case: &Case, events: &[Event], today: NaiveDate) -> Situation {
    let mut facts: Vec<CustodyFact<'_>> = events
        .iter()
        .filter_map(|e| {
            let (rank, custody) = match e.kind {
                EventKind::Detention | EventKind::ProvisionalArrest => (0, Custody::Detained),
                EventKind::Release => (1, Custody::Released),
                _ => return None,
            };
            Some(CustodyFact {
                date: e.date?,
                rank,
                custody,
                event: Some(e),
            })
        })
        .collect();
    if let Some(date) = case.situation.extradited_on {
        facts.push(CustodyFact {
            date,
            rank: 2,
            custody: Custody::Extradited,
            event: None,
        });
    }
    facts.retain(|f| f.date <= today);
    facts.sort_by_key(|f| (f.date, f.rank));

    let (custody, since, basis, event_id) = match facts.last() {
        None => (
            Custody::AtLiberty,
            None,
            SituationBasis::NothingRecorded,
            None,
        ),
        Some(last) => {
            // Detained since the first arrest or detention after the last release or surrender.
            let since = if last.custody == Custody::Detained {
                facts
                    .iter()
                    .rev()
                    .take_while(|f| f.custody == Custody::Detained)
                    .last()
                    .map_or(last.date, |f| f.date)
            } else {
                last.date
            };
            let basis = if last.event.is_some() {
                SituationBasis::Events
            } else {
                SituationBasis::SetByUser
            };
            (
                last.custody,
                Some(since),
                basis,
                last.event.map(|e| e.id.clone()),
            )
        }
    };

    Situation {
        custody,
        since,
        basis,
        event_id,
        protections: protections(case, events, today),
        closed: case.closed.is_some(),
    }
}

fn protections(case: &Case, events: &[Event], today: NaiveDate) -> Vec<ProtectionHeld> {
    let mut out = Vec::new();
    match &case.person.protection {
        Some(p) if p.status == ProtectionStatus::Granted && !p.naturalised => {
            out.push(ProtectionHeld {
                kind: if p.kind == ProtectionKind::ConventionRefugee {
                    ProtectionHeldKind::RefugeeStatus
                } else {
                    ProtectionHeldKind::ProtectionGranted
                },
                country: p.country.clone(),
                since: p.date,
                note: String::new(),
                set_by_user: false,
            });
        }
        Some(_) => {}
        // The person's record says nothing: the latest asylum decision recorded speaks.
        None => {
            let last = events
                .iter()
                .filter(|e| matches!(e.kind, EventKind::AsylumGranted | EventKind::AsylumRefused))
                .filter_map(|e| e.date.filter(|d| *d <= today).map(|d| (d, e)))
                .max_by_key(|(d, e)| (*d, e.kind == EventKind::AsylumRefused));
            if let Some((date, e)) = last.filter(|(_, e)| e.kind == EventKind::AsylumGranted) {
                out.push(ProtectionHeld {
                    kind: ProtectionHeldKind::ProtectionGranted,
                    country: e.country.clone(),
                    since: Some(date),
                    note: String::new(),
                    set_by_user: false,
                });
            }
        }
    }
    if let Some(p) = &case.situation.protected_from_extradition {
        out.push(ProtectionHeld {
            kind: ProtectionHeldKind::AgainstExtradition,
            country: None,
            since: p.since,
            note: p.note.trim().to_owned(),
            set_by_user: true,
        });
    }
    out
}

impl Situation {
    /// The situation in one English line, for the command line ("Detained since 2026-03-01;
    /// refugee status (Germany) since 2022-09-01").
    #[must_use]
    pub fn line(&self) -> String {
        let mut out = match (self.custody, self.since) {
            (Custody::AtLiberty, _) | (_, None) => {
                "At liberty (no arrest or detention recorded)".to_owned()
            }
            (Custody::Detained, Some(d)) => format!("Detained since {d}"),
            (Custody::Released, Some(d)) => format!("Released on {d}"),
            (Custody::Extradited, Some(d)) => format!("Extradited on {d} (set by you)"),
        };
        for p in &self.protections {
            let what = match p.kind {
                ProtectionHeldKind::RefugeeStatus => "refugee status",
                ProtectionHeldKind::ProtectionGranted => "protection granted",
                ProtectionHeldKind::AgainstExtradition => "protected against extradition",
            };
            out.push_str("; ");
            out.push_str(what);
            if let Some(c) = &p.country {
                out.push_str(&format!(" ({})", country::name(c)));
            }
            if let Some(d) = p.since {
                out.push_str(&format!(" since {d}"));
            }
            if !p.note.is_empty() {
                out.push_str(&format!(": {}", p.note));
            }
            if p.set_by_user {
                out.push_str(" (set by you)");
            }
        }
        if self.closed {
            out.push_str(" — case closed");
        }
        out
    }
}

#[cfg(test)]
mod situation_tests {
    use super::*;
    use crate::model::Protection;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn event(id: &str, kind: EventKind, date: &str) -> Event {
        Event {
            id: id.into(),
            kind,
            date: Some(d(date)),
            ..Event::default()
        }
    }

    #[test]
    fn nothing_recorded_is_at_liberty_and_says_why() {
        let s = situation(&Case::default(), &[], d("2026-11-28"));
        assert_eq!(s.custody, Custody::AtLiberty);
        assert_eq!(s.basis, SituationBasis::NothingRecorded);
        assert_eq!(s.since, None);
        assert!(
            s.line().contains("no arrest or detention recorded"),
            "{}",
            s.line()
        );
    }

    #[test]
    fn detained_since_the_first_day_of_an_unbroken_custody() {
        let events = [
            event("event-1", EventKind::AlertIssued, "2026-01-10"),
            event("event-2", EventKind::Detention, "2026-03-01"),
            event("event-3", EventKind::ProvisionalArrest, "2026-03-02"),
            event("event-4", EventKind::ConsentToSurrender, "2026-03-20"),
        ];
        let s = situation(&Case::default(), &events, d("2026-04-01"));
        assert_eq!(s.custody, Custody::Detained);
        assert_eq!(s.since, Some(d("2026-03-01")));
        assert_eq!(s.basis, SituationBasis::Events);
        assert_eq!(s.event_id.as_deref(), Some("event-3"));
        assert_eq!(s.line(), "Detained since 2026-03-01");
    }

    #[test]
    fn a_later_release_is_never_shown_as_detained() {
        // Given in any order, the same day included: a release after an arrest is a release.
        let events = [
            event("event-r", EventKind::Release, "2026-04-15"),
            event("event-a", EventKind::ProvisionalArrest, "2026-03-02"),
        ];
        let s = situation(&Case::default(), &events, d("2026-05-01"));
        assert_eq!(s.custody, Custody::Released);
        assert_eq!(s.since, Some(d("2026-04-15")));
        assert_eq!(s.event_id.as_deref(), Some("event-r"));
        let same_day = [
            event("event-r", EventKind::Release, "2026-03-02"),
            event("event-a", EventKind::ProvisionalArrest, "2026-03-02"),
        ];
        assert_eq!(
            situation(&Case::default(), &same_day, d("2026-05-01")).custody,
            Custody::Released
        );
        // Arrested again after the release: detained since the new arrest, not the first.
        let again = [
            event("event-a", EventKind::ProvisionalArrest, "2026-03-02"),
            event("event-r", EventKind::Release, "2026-04-15"),
            event("event-b", EventKind::Detention, "2026-06-01"),
        ];
        let s = situation(&Case::default(), &again, d("2026-07-01"));
        assert_eq!(
            (s.custody, s.since),
            (Custody::Detained, Some(d("2026-06-01")))
        );
    }

    #[test]
    fn a_release_dated_after_today_has_not_happened_yet() {
        let events = [
            event("event-a", EventKind::ProvisionalArrest, "2026-03-02"),
            event("event-r", EventKind::Release, "2026-12-01"),
        ];
        let s = situation(&Case::default(), &events, d("2026-11-28"));
        assert_eq!(s.custody, Custody::Detained);
    }

    #[test]
    fn extradited_is_set_by_the_user_and_later_events_still_count() {
        let mut case = Case::default();
        case.situation.extradited_on = Some(d("2026-05-10"));
        let events = [event("event-a", EventKind::ProvisionalArrest, "2026-03-02")];
        let s = situation(&case, &events, d("2026-06-01"));
        assert_eq!(s.custody, Custody::Extradited);
        assert_eq!(s.since, Some(d("2026-05-10")));
        assert_eq!(s.basis, SituationBasis::SetByUser);
        assert_eq!(s.event_id, None);
        assert!(s
            .line()
            .starts_with("Extradited on 2026-05-10 (set by you)"));
        // Surrendered the day of the arrest: the surrender comes after it.
        case.situation.extradited_on = Some(d("2026-03-02"));
        assert_eq!(
            situation(&case, &events, d("2026-06-01")).custody,
            Custody::Extradited
        );
        // Released later (in the requesting state): the release is the latest fact.
        let later = [
            event("event-a", EventKind::ProvisionalArrest, "2026-03-02"),
            event("event-r", EventKind::Release, "2026-05-20"),
        ];
        assert_eq!(
            situation(&case, &later, d("2026-06-01")).custody,
            Custody::Released
        );
    }

    #[test]
    fn protected_by_granted_refugee_status_not_by_a_pending_claim() {
        let mut case = Case::default();
        case.person.protection = Some(Protection {
            status: ProtectionStatus::Granted,
            kind: ProtectionKind::ConventionRefugee,
            country: Some("DE".into()),
            date: Some(d("2022-09-01")),
            ..Protection::default()
        });
        let s = situation(&case, &[], d("2026-06-01"));
        assert_eq!(s.protections.len(), 1);
        assert_eq!(s.protections[0].kind, ProtectionHeldKind::RefugeeStatus);
        assert_eq!(s.protections[0].country.as_deref(), Some("DE"));
        assert!(
            s.line()
                .contains("refugee status (Germany) since 2022-09-01"),
            "{}",
            s.line()
        );

        // A pending claim, or status ended by naturalisation, is not protection.
        if let Some(p) = case.person.protection.as_mut() {
            p.status = ProtectionStatus::Pending;
        }
        assert!(situation(&case, &[], d("2026-06-01"))
            .protections
            .is_empty());
        if let Some(p) = case.person.protection.as_mut() {
            p.status = ProtectionStatus::Granted;
            p.naturalised = true;
        }
        assert!(situation(&case, &[], d("2026-06-01"))
            .protections
            .is_empty());

        // Another kind of grant is a protection, not refugee status.
        if let Some(p) = case.person.protection.as_mut() {
            p.naturalised = false;
            p.kind = ProtectionKind::Subsidiary;
        }
        let s = situation(&case, &[], d("2026-06-01"));
        assert_eq!(s.protections[0].kind, ProtectionHeldKind::ProtectionGranted);
    }

    #[test]
    fn protected_from_the_events_when_the_person_has_no_status_recorded() {
        let granted = event("event-g", EventKind::AsylumGranted, "2025-01-10");
        let refused = event("event-x", EventKind::AsylumRefused, "2025-06-10");
        let case = Case::default();
        let s = situation(&case, std::slice::from_ref(&granted), d("2026-01-01"));
        assert_eq!(s.protections[0].kind, ProtectionHeldKind::ProtectionGranted);
        assert_eq!(s.protections[0].since, Some(d("2025-01-10")));
        // A later refusal (on appeal) ends it.
        assert!(situation(&case, &[granted, refused], d("2026-01-01"))
            .protections
            .is_empty());
    }

    #[test]
    fn protection_against_extradition_is_set_by_the_user_beside_custody() {
        let mut case = Case::default();
        case.situation.protected_from_extradition = Some(ExtraditionProtection {
            since: Some(d("2026-04-01")),
            note: "Court of Appeal refused extradition".into(),
        });
        let events = [event("event-a", EventKind::ProvisionalArrest, "2026-03-02")];
        let s = situation(&case, &events, d("2026-04-02"));
        // Protection does not free anyone: custody is still what the events show.
        assert_eq!(s.custody, Custody::Detained);
        assert_eq!(s.protections.len(), 1);
        assert_eq!(
            s.protections[0].kind,
            ProtectionHeldKind::AgainstExtradition
        );
        assert!(s.protections[0].set_by_user);
        assert!(s
            .line()
            .contains("protected against extradition since 2026-04-01"));
    }
}
