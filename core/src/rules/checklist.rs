//! The action checklist: the seven steps for a person targeted by an alert, and the prevention
//! steps. An item ticks itself when the case's data shows it done (a "CCF request filed" event
//! ticks the first), can be ticked or unticked by hand, and says why it matters for this case.

use serde::Serialize;

use crate::model::{Case, ChecklistItem, Event, EventKind, FlagKind};
use crate::rules::flags::Flag;

/// Every item, in order: the seven steps, then prevention.
pub const ALL: &[ChecklistItem] = &[
    ChecklistItem::CcfRequest,
    ChecklistItem::Counsel,
    ChecklistItem::Asylum,
    ChecklistItem::NotifyBorders,
    ChecklistItem::ChallengeExtradition,
    ChecklistItem::Monitor,
    ChecklistItem::Advocacy,
    ChecklistItem::PreventIssuingCountry,
    ChecklistItem::PreventMonitoring,
    ChecklistItem::PreventInformBorders,
];

/// How an item's state was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Not done.
    Open,
    /// Done, as the data shows.
    Data,
    /// Ticked or unticked by hand.
    Hand,
}

/// One checklist item, evaluated for a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Item {
    /// Which item.
    pub item: ChecklistItem,
    /// Prevention step (rather than one of the seven).
    pub prevention: bool,
    /// What to do.
    pub title: &'static str,
    /// How, in a sentence or two.
    pub detail: &'static str,
    /// A caution, where the step can hurt.
    pub caution: Option<&'static str>,
    /// Done?
    pub done: bool,
    /// Why it is (or is not) done: the data that ticked it, or "ticked by hand".
    pub basis: Basis,
    /// What in the data ticked it.
    pub evidence: Option<String>,
    /// Why it matters for this case's flags.
    pub why: Vec<String>,
    /// The user's note.
    pub note: String,
}

fn text(item: ChecklistItem) -> (&'static str, &'static str, Option<&'static str>, bool) {
    match item {
        ChecklistItem::CcfRequest => (
            "Ask the CCF for access to the data, or for its deletion",
            "File through the CCF portal (mandatory since 26 March 2026). Access first tells you what INTERPOL holds; \
             deletion asks for it to be removed.",
            None,
            false,
        ),
        ChecklistItem::Counsel => (
            "Engage counsel experienced in INTERPOL matters",
            "The CCF procedure is written only: the first filing carries the whole case.",
            None,
            false,
        ),
        ChecklistItem::Asylum => (
            "Apply for asylum or refugee status where it applies",
            "A confirmed refugee status lets INTERPOL delete alerts from the state the person fears (refugee policy, GA-2017-86-RES-09).",
            None,
            false,
        ),
        ChecklistItem::NotifyBorders => (
            "Notify border authorities before travel",
            "Carry the CCF correspondence and court decisions; tell the authorities of the countries on the route in advance.",
            None,
            false,
        ),
        ChecklistItem::ChallengeExtradition => (
            "Challenge extradition in the domestic courts",
            "The CCF does not decide extradition; only the courts of the requested state do. Provisional-arrest windows are short.",
            None,
            false,
        ),
        ChecklistItem::Monitor => (
            "Monitor the status regularly",
            "Repeat access requests: a deleted alert can be issued again, and a Diffusion can follow a refused Red Notice.",
            None,
            false,
        ),
        ChecklistItem::Advocacy => (
            "Public advocacy where appropriate",
            "Press and NGO attention can support an Art. 3 argument.",
            Some("Publicity can also harden the issuing state's position or endanger family at home: decide with the person, case by case."),
            false,
        ),
        ChecklistItem::PreventIssuingCountry => (
            "Act in the issuing country before an alert is issued",
            "Challenge the national warrant or case through local counsel where that is safe.",
            None,
            true,
        ),
        ChecklistItem::PreventMonitoring => (
            "Watch for new alerts",
            "A pre-emptive access request to the CCF shows whether data are being processed.",
            None,
            true,
        ),
        ChecklistItem::PreventInformBorders => (
            "Inform border authorities in advance",
            "Send the protection decision and the context to the countries the person lives in or travels to.",
            None,
            true,
        ),
    }
}

fn done_by_data(item: ChecklistItem, case: &Case, events: &[Event]) -> Option<String> {
    let first = |kinds: &[EventKind]| {
        events
            .iter()
            .filter(|e| kinds.contains(&e.kind))
            .min_by_key(|e| e.date)
            .map(|e| {
                format!(
                    "{} on {}",
                    e.kind.label(),
                    e.date
                        .map_or_else(|| "an unknown date".to_owned(), |d| d.to_string())
                )
            })
    };
    match item {
        ChecklistItem::CcfRequest => first(&[EventKind::CcfRequestFiled]),
        ChecklistItem::Counsel => None,
        ChecklistItem::Asylum => first(&[
            EventKind::AsylumApplied,
            EventKind::AsylumGranted,
            EventKind::AsylumRefused,
        ])
        .or_else(|| {
            case.person
                .protection
                .as_ref()
                .map(|_| "Asylum status recorded for the person".to_owned())
        }),
        ChecklistItem::NotifyBorders | ChecklistItem::PreventInformBorders => {
            first(&[EventKind::BorderAuthoritiesNotified])
        }
        ChecklistItem::ChallengeExtradition => {
            first(&[EventKind::JudicialReviewFiled, EventKind::Hearing])
        }
        ChecklistItem::Monitor | ChecklistItem::PreventMonitoring => case
            .access_reminder_months
            .map(|m| format!("Access request reminder every {m} months")),
        ChecklistItem::Advocacy => first(&[EventKind::Advocacy]),
        ChecklistItem::PreventIssuingCountry => None,
    }
}

fn why(item: ChecklistItem, flags: &[Flag]) -> Vec<String> {
    let has = |k: FlagKind| flags.iter().any(|f| f.kind == k);
    let mut out = Vec::new();
    let mut say = |cond: bool, s: &str| {
        if cond {
            out.push(s.to_owned());
        }
    };
    match item {
        ChecklistItem::CcfRequest => {
            say(has(FlagKind::RefugeeFromIssuingState), "Protection against the issuing state is the strongest ground for deletion under the refugee policy.");
            say(
                has(FlagKind::PoliticalProfile),
                "A political profile supports an Art. 3 (neutrality) argument.",
            );
            say(
                has(FlagKind::PrivateDispute),
                "Private disputes cannot found a Red Notice (RPD Art. 83, secondary).",
            );
            say(has(FlagKind::DiffusionAfterRedNotice), "A Diffusion after a refused Red Notice suggests the channel is being used to get around the review.");
        }
        ChecklistItem::Asylum => {
            say(has(FlagKind::Refugee) && !has(FlagKind::RefugeeFromIssuingState), "Record which state the person fears: if it issued the alert, the refugee policy applies.");
            say(
                has(FlagKind::PoliticalProfile),
                "A political profile is often the ground for protection too.",
            );
        }
        ChecklistItem::NotifyBorders | ChecklistItem::PreventInformBorders => {
            say(has(FlagKind::Refugee), "A refugee travel document does not protect against arrest on an alert in a third country.");
        }
        ChecklistItem::ChallengeExtradition => {
            say(
                has(FlagKind::InAbsentia),
                "Convictions in absentia are a common ground to refuse extradition.",
            );
            say(
                has(FlagKind::RefugeeFromIssuingState),
                "Non-refoulement bars return to the state the person fears.",
            );
        }
        ChecklistItem::Monitor | ChecklistItem::PreventMonitoring => {
            say(
                has(FlagKind::ReissuedAfterDeletion),
                "An alert has already come back once after deletion.",
            );
            say(
                has(FlagKind::CountryMisuse),
                "The issuing country has a record of misuse.",
            );
        }
        ChecklistItem::Advocacy => {
            say(
                has(FlagKind::PoliticalProfile),
                "Journalists' and activists' cases draw NGO support.",
            );
        }
        ChecklistItem::Counsel | ChecklistItem::PreventIssuingCountry => {}
    }
    out
}

/// The checklist of a case.
#[must_use]
pub fn compute(case: &Case, events: &[Event], flags: &[Flag]) -> Vec<Item> {
    ALL.iter()
        .map(|&item| {
            let (title, detail, caution, prevention) = text(item);
            let mark = case.checklist.iter().find(|m| m.item == item);
            let evidence = done_by_data(item, case, events);
            let (done, basis) = match mark.and_then(|m| m.done) {
                Some(d) => (d, Basis::Hand),
                None if evidence.is_some() => (true, Basis::Data),
                None => (false, Basis::Open),
            };
            Item {
                item,
                prevention,
                title,
                detail,
                caution,
                done,
                basis,
                evidence,
                why: why(item, flags),
                note: mark.map(|m| m.note.clone()).unwrap_or_default(),
            }
        })
        .collect()
}
