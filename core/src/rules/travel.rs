//! The travel check (issue 18.1): for every country of a trip, on the day the person is there,
//! what the case and Habeas' data say about the risk of an arrest, each reason with its
//! confidence and source, an overall level per country and per trip, and what to carry.
//!
//! A pure function of the case, its alerts and events, the trip and today, like every rule
//! (ARCHITECTURE.md, "Nothing derived is stored"). Three principles, from issue 18:
//! - there is no "safe" level: the lowest says only that nothing recorded points to the country;
//! - what Habeas does not know is said to be unknown and never lowers a level ("not found
//!   publicly" is not reassurance): an alert whose recipients are not recorded counts as sent
//!   to every country, a country missing from the partial refugee-convention list is "unknown";
//! - treaties are read on the leg's date: an instrument not yet in force then does not count
//!   (`rules::regime::governing`).

use std::sync::OnceLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::locale::{self, Language};
use crate::model::{
    country, Alert, AlertKind, AlertRequest, AlertStatus, Case, CheckRecord, CheckedFact,
    CountryRecord, Event, EventKind, FactKind, FinalOutcome, ProtectionKind, ProtectionStatus,
    RemovedBy, TravelLevel, Trip,
};
use crate::rules::deadlines::{rule, Confidence, Period};
use crate::rules::regime::treaties::{self, TreatyId};
use crate::rules::regime::window::treaty_rule;
use crate::rules::regime::{governing, EnteredTreaty, Instrument, Outcome};

/// Where each kind of reason was read (domain notes, `shared/domain/`).
mod cite {
    pub(super) const DIFFUSION_RECIPIENTS: &str =
        "domain.md §3.4 and §6: a Diffusion is sent directly \
        by an NCB to chosen countries or to all members (RPD Art. 1; euextraditionlaw.com; \
        rednoticelawjournal.com 2021) [S]";
    pub(super) const NOTICE_PUBLISHED: &str = "domain.md §6: notices are published by the General \
        Secretariat at an NCB's request (interpol.int, About Notices) [V]; seen by every member \
        country [S]";
    pub(super) const INTERPOL_MEMBERS: &str = "lists.json, INTERPOL member countries (196): count \
        verified, composition derived (domain.md §5)";
    pub(super) const RECIPIENTS_UNKNOWN: &str = "Habeas' rule (issue 18): what is not recorded is \
        counted as possible, never as reassurance";
    pub(super) const REMOVED: &str =
        "domain.md §3.4: after a finding of non-compliance the General \
        Secretariat asks recipient NCBs to update their national databases \
        (rednoticemonitor.com) [S]; whether each did is not known";
    pub(super) const ISSUING: &str =
        "domain.md §1 and §3: the alert rests on that state's national \
        warrant, which no INTERPOL decision cancels";
    pub(super) const CHANNELS: &str =
        "European Convention on Extradition Art. 16(3): a request for \
        provisional arrest may go through diplomatic channels, directly, or through INTERPOL \
        (domain.md §4) [V]";
    pub(super) const REFUGEE_POLICY: &str =
        "INTERPOL refugee policy GA-2017-86-RES-09, applies once a \
        member country has confirmed refugee status (interpol.int; domain.md, corrections, \
        Refugees) [V]";
    pub(super) const PASSPORT: &str =
        "1951 Convention Art. 1C(1): renewing the persecuting state's \
        passport can end refugee status (domain.md, corrections, Refugees) [V]";
    pub(super) const NE_BIS: &str =
        "CJEU C-505/19 WS (12 May 2021): a final judgment in one Schengen \
        state on the same acts bars a provisional arrest on a Red Notice in another (domain.md, \
        corrections) [S]";
    pub(super) const CCF_DELETION: &str = "the case's alert record: deleted after a CCF decision";
    pub(super) const CASE: &str = "your case record";
    pub(super) const CONSENT: &str = "issue 18.3; European Convention Third Additional Protocol \
        Art. 6(1) (consent within 10 days of provisional arrest) [V]";
    /// A note is the user's own word: shown as such, never as a source Habeas read.
    pub(super) const USER_NOTE: &str = "your own note, not a source: Habeas has not checked it";
    pub(super) const TRANSIT: &str =
        "Habeas' rule (issue 18): a transit is checked like a stay; an \
        airport's border police can check transit passengers";
}

/// What a reason does to the level.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// It raises the level.
    Raises,
    /// It may protect the person there (it never makes a country safe).
    Protects,
    /// Context the person should know; it does not move the level.
    Informs,
    /// Habeas does not know: it does not lower the level.
    Unknown,
}

/// What a reason is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ReasonKind {
    /// The country issued an alert.
    IssuingState,
    /// The country is the one the person's protection is against.
    FearedState,
    /// The country received an alert (named, or all members).
    Recipient,
    /// Whom an alert was sent to is not recorded.
    RecipientUnknown,
    /// The country is not among an alert's recorded recipients.
    NotRecipient,
    /// An alert was deleted, blocked or refused.
    AlertRemoved,
    /// An extradition instrument binds the country and an issuing state on the date.
    Instrument,
    /// No instrument in Habeas' data binds them on the date.
    NoInstrument,
    /// Party to the 1951 Refugee Convention or its 1967 Protocol, or unknown.
    RefugeeConvention,
    /// The person's own status there (national, resident, refugee).
    OwnStatus,
    /// A decision recorded in the case that may protect the person there.
    Protection,
    /// The user's note on the country's practice.
    UserNote,
    /// The country is only passed through.
    Transit,
}

/// One reason, with how sure Habeas is of it and where it was read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Reason {
    /// What it is about.
    pub kind: ReasonKind,
    /// What it does to the level.
    pub effect: Effect,
    /// In one or two plain sentences.
    pub text: String,
    /// How sure Habeas is.
    pub confidence: Confidence,
    /// Where it was read.
    pub source: String,
}

/// The person's role of a country in the trip.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Where a leg starts.
    Departure,
    /// Passed through.
    Transit,
    /// Where a leg ends.
    Arrival,
}

/// An extradition instrument that would apply to an arrest in the country, with its window.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct InstrumentWindow {
    /// The issuing state it binds the country with.
    pub issuer: String,
    /// The instrument's name.
    pub instrument: String,
    /// The provisional-arrest window, in words ("18 days, at most 40 days"), when the rules
    /// table has one.
    pub window: Option<String>,
    /// Its legal basis.
    pub basis: Option<String>,
}

/// One country of the trip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CountryCheck {
    /// ISO 3166-1 alpha-2.
    pub country: String,
    /// Its English name.
    pub name: String,
    /// The first day the person is there.
    pub date: Option<NaiveDate>,
    /// Departure, transit, arrival (each at most once).
    pub roles: Vec<Role>,
    /// Its level.
    pub level: TravelLevel,
    /// Why this level, in one sentence.
    pub why: String,
    /// Every reason, strongest first.
    pub reasons: Vec<Reason>,
    /// Whether it issued an alert of the case.
    pub issuing: bool,
    /// The alerts (ids) that reach it, as recorded or counted.
    pub recipient_of: Vec<String>,
    /// The instruments binding it and an issuing state on the date.
    pub instruments: Vec<InstrumentWindow>,
}

/// Something to carry, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct CarryItem {
    /// What.
    pub what: String,
    /// Why.
    pub why: String,
    /// Where the reason was read.
    pub source: String,
}

/// The whole check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct TravelCheck {
    /// The trip.
    pub trip_id: String,
    /// The day it ran.
    pub checked_on: NaiveDate,
    /// The trip's level: its highest country's.
    pub level: TravelLevel,
    /// Why, in one sentence.
    pub why: String,
    /// Each country, in the order of the trip.
    pub countries: Vec<CountryCheck>,
    /// What to carry.
    pub carry: Vec<CarryItem>,
    /// What every check says, whatever it finds.
    pub caution: String,
}

/// The 1951 Convention list of the domain notes, as bundled.
#[derive(Deserialize)]
struct RefugeeList {
    verification: String,
    members: Vec<RefugeeParty>,
}

#[derive(Deserialize)]
struct RefugeeParty {
    iso2: String,
    #[serde(default)]
    note: Option<String>,
    #[serde(default)]
    seen_in_source: bool,
    #[serde(default)]
    uncertain: bool,
}

fn refugee_list() -> Option<&'static RefugeeList> {
    static LIST: OnceLock<Option<RefugeeList>> = OnceLock::new();
    LIST.get_or_init(|| {
        serde_json::from_str(include_str!("../../data/refugee_convention.json")).ok()
    })
    .as_ref()
}

/// Whether an alert may ask for arrest: a Red Notice does; a Diffusion or NCB message does
/// when it says so or when what it asks is not recorded (unknown counts as possible).
fn may_ask_arrest(a: &Alert) -> bool {
    match a.kind {
        AlertKind::RedNotice => true,
        AlertKind::Diffusion | AlertKind::NcbMessage => {
            a.requests.is_empty() || a.requests.contains(&AlertRequest::Arrest)
        }
        _ => a.requests.contains(&AlertRequest::Arrest),
    }
}

/// Whether an alert was removed from INTERPOL's files (its last status).
fn removed(a: &Alert) -> bool {
    matches!(
        a.current_status(),
        AlertStatus::Deleted | AlertStatus::Blocked | AlertStatus::Refused
    )
}

fn status_word(s: AlertStatus) -> &'static str {
    match s {
        AlertStatus::Deleted => "deleted",
        AlertStatus::Blocked => "blocked",
        AlertStatus::Refused => "refused",
        AlertStatus::Suspected => "suspected",
        AlertStatus::Confirmed => "confirmed",
        AlertStatus::Challenged => "challenged",
        AlertStatus::Reissued => "reissued",
    }
}

fn alert_name(a: &Alert) -> String {
    alert_name_of(a.kind, a.issuing_country.as_deref())
}

fn alert_name_of(kind: AlertKind, issuer: Option<&str>) -> String {
    let kind = match kind {
        AlertKind::Diffusion => "Diffusion",
        AlertKind::RedNotice => "Red Notice",
        AlertKind::NcbMessage => "NCB message",
        _ => "notice",
    };
    match issuer {
        Some(c) => format!("the {kind} from {}", country::in_text(c)),
        None => format!("the {kind} (issuing state not recorded)"),
    }
}

/// How an alert reaches a country: `Some((confidence, source))` when it does or may.
fn reaches(a: &Alert, code: &str) -> Option<(Confidence, &'static str, &'static str)> {
    let member = country::by_code(code).is_some_and(|c| c.interpol_member);
    if a.kind == AlertKind::RedNotice {
        return member.then_some((
            Confidence::Secondary,
            "was published to every member country",
            cite::NOTICE_PUBLISHED,
        ));
    }
    if a.recipients.all_members {
        return member.then_some((
            Confidence::Secondary,
            "was sent to all INTERPOL members",
            cite::INTERPOL_MEMBERS,
        ));
    }
    if a.recipients.countries.iter().any(|c| c == code) {
        return Some((
            Confidence::EnteredByYou,
            "was sent to this country by name",
            cite::DIFFUSION_RECIPIENTS,
        ));
    }
    if a.recipients.countries.is_empty() {
        return Some((
            Confidence::Unverified,
            "is counted as sent here: whom it was sent to is not recorded",
            cite::RECIPIENTS_UNKNOWN,
        ));
    }
    None
}

fn period(p: Period) -> String {
    match p {
        Period::Days(n) => format!("{n} days"),
        Period::Months(n) => format!("{n} months"),
    }
}

fn confidence_word(c: Confidence) -> &'static str {
    match c {
        Confidence::Verified => "verified",
        Confidence::Secondary => "secondary source",
        Confidence::Unverified => "unverified",
        Confidence::EnteredByYou => "entered by you",
    }
}

/// The instruments binding `code` and `issuer` on `on`, as reasons and windows.
fn instruments(
    case: &Case,
    issuer: &str,
    code: &str,
    on: NaiveDate,
    reasons: &mut Vec<Reason>,
) -> Vec<InstrumentWindow> {
    let entered: Vec<EnteredTreaty> = case
        .bilateral
        .iter()
        .map(|b| EnteredTreaty {
            name: b.name.clone(),
            states: [issuer.to_owned(), code.to_owned()],
            from: None,
            until: None,
        })
        .collect();
    let finding = governing(issuer, code, on, &entered);
    let data = treaties::data().ok();
    let name_of = |i: &Instrument| match i {
        Instrument::Treaty { id } => data
            .and_then(|d| d.treaty(*id))
            .map_or_else(|| format!("{id:?}"), |t| t.name.clone()),
        Instrument::Entered { index } => entered
            .get(*index)
            .map_or_else(String::new, |e| e.name.clone()),
    };
    let window_of = |i: &Instrument| -> (Option<String>, Option<String>) {
        match i {
            Instrument::Treaty { id } => match treaty_rule(*id) {
                Some(rule_id) => {
                    let r = rule(rule_id);
                    let steps = match r.soft {
                        Some(soft) => format!(
                            "{} (first step), {} (outer limit)",
                            period(soft),
                            period(r.hard)
                        ),
                        None => period(r.hard),
                    };
                    (
                        Some(format!(
                            "{steps}, counted from {} ({}). {}",
                            r.starts,
                            confidence_word(r.confidence),
                            sentence(r.explanation)
                        )),
                        Some(r.basis.to_owned()),
                    )
                }
                None if *id == TreatyId::Chisinau2002 => (
                    Some("its detention periods are not in Habeas' data (unverified)".into()),
                    None,
                ),
                None => (None, None),
            },
            Instrument::Entered { .. } => case.bilateral.as_ref().map_or((None, None), |b| {
                (
                    Some(format!(
                        "at most {} days, as you entered it (Habeas has not checked it)",
                        b.hard_days
                    )),
                    Some(b.name.clone()),
                )
            }),
        }
    };
    let mut out = Vec::new();
    let list: Vec<Instrument> = match &finding.outcome {
        Outcome::Governs { instrument } => vec![instrument.clone()],
        Outcome::Several { instruments } => instruments.clone(),
        _ => Vec::new(),
    };
    for i in &list {
        let (window, basis) = window_of(i);
        out.push(InstrumentWindow {
            issuer: issuer.to_owned(),
            instrument: name_of(i),
            window: window.clone(),
            basis: basis.clone(),
        });
    }
    match &finding.outcome {
        Outcome::Governs { .. } | Outcome::Several { .. } => {
            let windows: Vec<String> = out
                .iter()
                .map(|w| match &w.window {
                    Some(win) => sentence(&format!(
                        "A provisional arrest here under the {}: {win}",
                        w.instrument
                    )),
                    None => format!(
                        "Under the {}, the provisional-arrest period is not in Habeas' data.",
                        w.instrument
                    ),
                })
                .collect();
            let sources: Vec<String> = finding
                .relied_on
                .iter()
                .map(|m| m.source.clone())
                .chain(out.iter().filter_map(|w| w.basis.clone()))
                .collect::<std::collections::BTreeSet<_>>()
                .into_iter()
                .collect();
            reasons.push(Reason {
                kind: ReasonKind::Instrument,
                effect: Effect::Raises,
                text: format!(
                    "On {on}: {} The issuing state can ask for a provisional arrest under it, \
                     through INTERPOL or directly. {}",
                    sentence(&finding.reasoning),
                    windows.join(" ")
                ),
                confidence: finding.weakest(),
                source: format!(
                    "treaty data (core/data/treaties.json): {}; {}",
                    sources.join("; "),
                    cite::CHANNELS
                ),
            });
        }
        Outcome::NoneFound => reasons.push(Reason {
            kind: ReasonKind::NoInstrument,
            effect: Effect::Unknown,
            text: format!(
                "On {on}, no instrument in Habeas' data binds {} and {}. A bilateral treaty, \
                 national law or a deportation can still hand you over: this is not reassurance.",
                country::in_text(issuer),
                country::in_text(code)
            ),
            confidence: Confidence::Unverified,
            source: "treaty data (core/data/treaties.json), which lists multilateral \
                     instruments only"
                .into(),
        }),
        Outcome::SameState | Outcome::DataUnreadable => {}
    }
    out
}

fn refugee_reason(code: &str) -> Reason {
    let name = country::in_text(code);
    let Some(list) = refugee_list() else {
        return Reason {
            kind: ReasonKind::RefugeeConvention,
            effect: Effect::Unknown,
            text: format!("Whether {name} is party to the 1951 Refugee Convention: unknown (Habeas could not read its list)."),
            confidence: Confidence::Unverified,
            source: "core/data/refugee_convention.json".into(),
        };
    };
    match list.members.iter().find(|m| m.iso2 == code) {
        Some(m) => {
            let confidence = if m.uncertain {
                Confidence::Unverified
            } else if m.seen_in_source {
                Confidence::Secondary
            } else {
                Confidence::Unverified
            };
            let note = m
                .note
                .as_ref()
                .map_or_else(String::new, |n| format!(" ({n})"));
            Reason {
                kind: ReasonKind::RefugeeConvention,
                effect: Effect::Informs,
                text: format!(
                    "{} is listed as party to the 1951 Refugee Convention or its 1967 \
                     Protocol{note}. Being a party does not by itself stop an arrest.",
                    capital(&name)
                ),
                confidence,
                source: format!(
                    "lists.json, parties to the 1951 Convention / 1967 Protocol ({}): {}",
                    if m.seen_in_source {
                        "seen in a UNTC or UNHCR excerpt"
                    } else {
                        "from analyst knowledge, not seen in a retrieved source"
                    },
                    list.verification
                ),
            }
        }
        None => Reason {
            kind: ReasonKind::RefugeeConvention,
            effect: Effect::Unknown,
            text: format!(
                "Whether {name} is party to the 1951 Refugee Convention: unknown. It is not on \
                 Habeas' list, which is partial; check the UN Treaty Collection (chapters V-2, V-5)."
            ),
            confidence: Confidence::Unverified,
            source: format!("lists.json: {}", list.verification),
        },
    }
}

/// `s` ending as a sentence: one full stop added unless it already ends with one (or a "?",
/// "!", or a closing bracket after a full stop). The texts joined here come from the data and
/// from the user, with or without their own full stop (issue 18: a doubled ".." was printed).
fn sentence(s: &str) -> String {
    let t = s.trim_end();
    if t.ends_with(['.', '?', '!']) || t.ends_with(".)") || t.ends_with(".\"") {
        t.to_owned()
    } else {
        format!("{t}.")
    }
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map_or_else(String::new, |f| f.to_uppercase().chain(c).collect())
}

/// EU membership on a date, read from the European Arrest Warrant's parties (the EU's member
/// states); Schengen membership is not in Habeas' data.
fn eu_state(code: &str, on: NaiveDate) -> bool {
    treaties::data()
        .ok()
        .and_then(|d| d.treaty(TreatyId::EuropeanArrestWarrant))
        .and_then(|t| t.party(code).map(|p| p.bound_on(t, on)))
        .unwrap_or(false)
}

/// Checks one country of the trip.
#[allow(
    clippy::too_many_lines,
    reason = "one reason after the other, in the order issue 18 lists them"
)]
fn check_country(
    language: Language,
    case: &Case,
    alerts: &[Alert],
    events: &[Event],
    trip: &Trip,
    code: &str,
    date: Option<NaiveDate>,
) -> CountryCheck {
    let roles = roles(trip, code);
    let name = country::name(code).to_owned();
    let mut reasons: Vec<Reason> = Vec::new();
    let mut recipient_of: Vec<String> = Vec::new();
    let mut windows: Vec<InstrumentWindow> = Vec::new();
    let mut highest = false;
    let mut arrest_reaches = false;
    let mut something = false;

    // The issuing state(s).
    let issuing = alerts
        .iter()
        .any(|a| a.issuing_country.as_deref() == Some(code));
    if issuing {
        highest = true;
        reasons.push(Reason {
            kind: ReasonKind::IssuingState,
            effect: Effect::Raises,
            text: format!(
                "{} issued an alert in this case. Its national warrant stands even if INTERPOL \
                 deletes the alert.",
                capital(&country::in_text(code))
            ),
            confidence: Confidence::EnteredByYou,
            source: format!("{}; {}", cite::CASE, cite::ISSUING),
        });
    }
    let protection = case.person.protection.as_ref();
    if protection.and_then(|p| p.feared_state.as_deref()) == Some(code) {
        highest = true;
        reasons.push(Reason {
            kind: ReasonKind::FearedState,
            effect: Effect::Raises,
            text: format!(
                "Your protection claim is against {}. Do not renew its passport: that can end \
                 refugee status; travel on a refugee travel document.",
                country::in_text(code)
            ),
            confidence: Confidence::Verified,
            source: format!("{}; {}", cite::CASE, cite::PASSPORT),
        });
    }

    // Each alert: does it reach this country?
    for a in alerts {
        if a.issuing_country.as_deref() == Some(code) {
            continue;
        }
        let Some((confidence, how, source)) = reaches(a, code) else {
            if !a.recipients.countries.is_empty() {
                reasons.push(Reason {
                    kind: ReasonKind::NotRecipient,
                    effect: Effect::Informs,
                    text: format!(
                        "{} is not among the recipients recorded for {}; a country can still \
                         learn of it, or receive it later.",
                        capital(&country::in_text(code)),
                        alert_name(a)
                    ),
                    confidence: Confidence::EnteredByYou,
                    source: cite::CASE.into(),
                });
            }
            continue;
        };
        if removed(a) {
            let by_ccf = a
                .status
                .last()
                .is_some_and(|s| s.by == Some(RemovedBy::Ccf));
            something = true;
            reasons.push(Reason {
                kind: ReasonKind::AlertRemoved,
                effect: Effect::Informs,
                text: format!(
                    "{} {how}. It is now recorded as {}{}. National databases may still hold a \
                     copy: carry the proof.",
                    capital(&alert_name(a)),
                    status_word(a.current_status()),
                    if by_ccf { " after a CCF decision" } else { "" }
                ),
                confidence: Confidence::Secondary,
                source: if by_ccf {
                    format!("{}; {}", cite::CCF_DELETION, cite::REMOVED)
                } else {
                    format!("{}; {}", cite::CASE, cite::REMOVED)
                },
            });
            continue;
        }
        recipient_of.push(a.id.clone());
        something = true;
        let asks_arrest = may_ask_arrest(a);
        arrest_reaches |= asks_arrest;
        let kind = if confidence == Confidence::Unverified {
            ReasonKind::RecipientUnknown
        } else {
            ReasonKind::Recipient
        };
        reasons.push(Reason {
            kind,
            effect: if asks_arrest {
                Effect::Raises
            } else {
                Effect::Informs
            },
            text: format!(
                "{} {how}. {}",
                capital(&alert_name(a)),
                if asks_arrest {
                    "It may ask for your arrest (what it asks is recorded as arrest, or not recorded)."
                } else {
                    "It does not ask for arrest, as recorded; police may still stop and question you."
                }
            ),
            confidence,
            source: source.into(),
        });
    }

    // Extradition instruments with each issuing state, on each day the person is there.
    for on in trip.days_in(code) {
        let mut issuers: Vec<&str> = alerts
            .iter()
            .filter_map(|a| a.issuing_country.as_deref())
            .filter(|i| *i != code)
            .collect();
        issuers.sort_unstable();
        issuers.dedup();
        for issuer in issuers {
            windows.extend(instruments(case, issuer, code, on, &mut reasons));
        }
    }
    if !windows.is_empty() {
        something = true;
    }

    // The 1951 Convention.
    reasons.push(refugee_reason(code));

    // The person's own status there.
    let mut protects = false;
    if case.person.nationalities.iter().any(|n| n == code) {
        reasons.push(Reason {
            kind: ReasonKind::OwnStatus,
            effect: Effect::Informs,
            text: format!(
                "You are a national of {}. Whether it extradites its nationals depends on its law \
                 and treaties: Habeas does not have that data.",
                country::in_text(code)
            ),
            confidence: Confidence::EnteredByYou,
            source: cite::CASE.into(),
        });
    }
    if case.person.residence_country.as_deref() == Some(code) {
        reasons.push(Reason {
            kind: ReasonKind::OwnStatus,
            effect: Effect::Informs,
            text: format!("You live in {}.", country::in_text(code)),
            confidence: Confidence::EnteredByYou,
            source: cite::CASE.into(),
        });
    }
    if let Some(p) = protection.filter(|p| p.country.as_deref() == Some(code)) {
        let granted = p.status == ProtectionStatus::Granted && !p.naturalised;
        let convention = p.kind == ProtectionKind::ConventionRefugee;
        let (effect, text, confidence, source) = if granted && convention {
            protects = true;
            (
                Effect::Protects,
                format!(
                    "{} granted you refugee status. INTERPOL's refugee policy applies once a \
                     member country has confirmed it; carry the decision.",
                    capital(&country::in_text(code))
                ),
                Confidence::Verified,
                cite::REFUGEE_POLICY,
            )
        } else if granted {
            (
                Effect::Informs,
                format!(
                    "{} granted you a protection that is not refugee status under the 1951 \
                     Convention: INTERPOL's refugee policy does not name it.",
                    capital(&country::in_text(code))
                ),
                Confidence::Verified,
                cite::REFUGEE_POLICY,
            )
        } else {
            (
                Effect::Informs,
                format!(
                    "Your protection claim in {} is not a granted refugee status (pending, \
                     refused, or ended by naturalisation).",
                    country::in_text(code)
                ),
                Confidence::Verified,
                cite::REFUGEE_POLICY,
            )
        };
        reasons.push(Reason {
            kind: ReasonKind::OwnStatus,
            effect,
            text,
            confidence,
            source: format!("{}; {source}", cite::CASE),
        });
    }

    // Decisions recorded in the case that may protect the person here.
    for e in events
        .iter()
        .filter(|e| e.kind == EventKind::ExtraditionDecision && e.country.as_deref() == Some(code))
    {
        reasons.push(Reason {
            kind: ReasonKind::Protection,
            effect: Effect::Unknown,
            text: format!(
                "A decision on extradition was recorded in {}{}. Its outcome is not a field of \
                 the case: if it refused extradition, carry it.",
                country::in_text(code),
                e.date.map_or_else(String::new, |d| format!(" on {d}"))
            ),
            confidence: Confidence::EnteredByYou,
            source: cite::CASE.into(),
        });
    }
    if let Some(p) = &case.situation.protected_from_extradition {
        reasons.push(Reason {
            kind: ReasonKind::Protection,
            effect: Effect::Informs,
            text: format!(
                "You recorded a protection against extradition{}{}. The case does not say which \
                 country decided it; a court's refusal binds that country, not others.",
                p.since.map_or_else(String::new, |d| format!(" since {d}")),
                if p.note.trim().is_empty() {
                    String::new()
                } else {
                    format!(" ({})", p.note.trim().trim_end_matches('.'))
                }
            ),
            confidence: Confidence::EnteredByYou,
            source: cite::CASE.into(),
        });
    }
    if let Some(on) = date {
        for a in alerts {
            let Some(fd) = &a.warrant.final_decision else {
                continue;
            };
            let Some(judged_in) = fd.country.as_deref() else {
                continue;
            };
            if !matches!(
                fd.outcome,
                FinalOutcome::Acquittal | FinalOutcome::Discontinued
            ) {
                continue;
            }
            if judged_in == code {
                reasons.push(Reason {
                    kind: ReasonKind::Protection,
                    effect: Effect::Unknown,
                    text: format!(
                        "A final judgment on the acts behind {} was given here (as recorded). Habeas \
                         has no rule for its effect on an arrest in this same country: carry it \
                         and ask a lawyer.",
                        alert_name(a)
                    ),
                    confidence: Confidence::EnteredByYou,
                    source: cite::CASE.into(),
                });
            } else if eu_state(judged_in, on) && eu_state(code, on) {
                protects = true;
                reasons.push(Reason {
                    kind: ReasonKind::Protection,
                    effect: Effect::Protects,
                    text: format!(
                        "A final judgment in {} on the acts behind {} (as recorded) may bar a \
                         provisional arrest here (ne bis in idem). EU membership read from the \
                         European Arrest Warrant's parties; Schengen membership is not in \
                         Habeas' data. Carry the judgment.",
                        country::in_text(judged_in),
                        alert_name(a)
                    ),
                    confidence: Confidence::Secondary,
                    source: cite::NE_BIS.into(),
                });
            }
        }
    }

    // The user's notes.
    for n in trip.country_notes.iter().filter(|n| n.country == code) {
        something = true;
        reasons.push(Reason {
            kind: ReasonKind::UserNote,
            effect: Effect::Raises,
            text: sentence(&format!("Your own note on this country: {}", n.note.trim())),
            confidence: Confidence::EnteredByYou,
            source: cite::USER_NOTE.into(),
        });
    }
    if roles == [Role::Transit] {
        reasons.push(Reason {
            kind: ReasonKind::Transit,
            effect: Effect::Informs,
            text: say(language, "travel-reason-transit"),
            confidence: Confidence::Unverified,
            source: cite::TRANSIT.into(),
        });
    }

    let (level, why) = if highest {
        (
            TravelLevel::Highest,
            if issuing {
                say(language, "travel-why-issuing")
            } else {
                say(language, "travel-why-feared")
            },
        )
    } else if arrest_reaches && !protects {
        (TravelLevel::High, say(language, "travel-why-high"))
    } else if arrest_reaches {
        (
            TravelLevel::Raised,
            say(language, "travel-why-raised-protected"),
        )
    } else if something {
        (TravelLevel::Raised, say(language, "travel-why-raised"))
    } else {
        (TravelLevel::NotSafeLower, say(language, "travel-why-lower"))
    };
    reasons.sort_by_key(|r| match r.effect {
        Effect::Raises => 0,
        Effect::Unknown => 1,
        Effect::Protects => 2,
        Effect::Informs => 3,
    });
    CountryCheck {
        country: code.to_owned(),
        name,
        date,
        roles,
        level,
        why,
        reasons,
        issuing,
        recipient_of,
        instruments: windows,
    }
}

fn roles(trip: &Trip, code: &str) -> Vec<Role> {
    let mut out = Vec::new();
    let mut add = |r: Role| {
        if !out.contains(&r) {
            out.push(r);
        }
    };
    for leg in &trip.legs {
        if leg.from == code {
            add(Role::Departure);
        }
        if leg.transits.iter().any(|t| t == code) {
            add(Role::Transit);
        }
        if leg.to == code {
            add(Role::Arrival);
        }
    }
    out
}

fn carry(
    language: Language,
    case: &Case,
    alerts: &[Alert],
    countries: &[CountryCheck],
) -> Vec<CarryItem> {
    let item = |what: &str, why: &str, source: String| CarryItem {
        what: say(language, what),
        why: say(language, why),
        source,
    };
    let mut out = Vec::new();
    let p = case.person.protection.as_ref();
    if p.is_some_and(|p| {
        p.status == ProtectionStatus::Granted
            && p.kind == ProtectionKind::ConventionRefugee
            && !p.naturalised
    }) {
        out.push(item(
            "travel-carry-refugee-what",
            "travel-carry-refugee-why",
            format!("{}; {}", cite::REFUGEE_POLICY, cite::PASSPORT),
        ));
    }
    if alerts.iter().any(removed) {
        out.push(item(
            "travel-carry-removed-what",
            "travel-carry-removed-why",
            cite::REMOVED.into(),
        ));
    }
    if alerts.iter().any(|a| a.warrant.final_decision.is_some()) {
        out.push(item(
            "travel-carry-judgment-what",
            "travel-carry-judgment-why",
            cite::NE_BIS.into(),
        ));
    }
    if countries.iter().any(|c| c.level >= TravelLevel::Raised) {
        out.push(item(
            "travel-carry-sheet-what",
            "travel-carry-sheet-why",
            cite::CONSENT.into(),
        ));
    }
    out
}

/// A message of `travel.ftl` as plain text (no bidi isolates: it goes into PDFs and the
/// terminal as well as the app).
pub(crate) fn say(language: Language, id: &str) -> String {
    locale::catalogue::without_isolates(&locale::text(language, id))
}

pub(crate) fn say_with(language: Language, id: &str, args: &[(&str, locale::Arg<'_>)]) -> String {
    locale::catalogue::without_isolates(&locale::message(language, id, args))
}

/// A level in words, in `language` (the English is [`TravelLevel::label`]).
#[must_use]
pub fn level_label(level: TravelLevel, language: Language) -> String {
    say(
        language,
        match level {
            TravelLevel::NotSafeLower => "travel-level-not-safe-lower",
            TravelLevel::Raised => "travel-level-raised",
            TravelLevel::High => "travel-level-high",
            TravelLevel::Highest => "travel-level-highest",
        },
    )
}

/// The travel check of `trip`, on `today`, from the case as recorded, in English.
#[must_use]
pub fn check(
    case: &Case,
    alerts: &[Alert],
    events: &[Event],
    trip: &Trip,
    today: NaiveDate,
) -> TravelCheck {
    check_in(case, alerts, events, trip, today, Language::En)
}

/// The travel check, its levels, the why of each, what to carry and the caution in `language`
/// (`locales/<lang>/travel.ftl`). The reasons' sentences are still English: they quote the
/// treaty data and the domain notes, which are English.
#[must_use]
pub fn check_in(
    case: &Case,
    alerts: &[Alert],
    events: &[Event],
    trip: &Trip,
    today: NaiveDate,
    language: Language,
) -> TravelCheck {
    let countries: Vec<CountryCheck> = trip
        .countries()
        .into_iter()
        .map(|(code, date)| check_country(language, case, alerts, events, trip, &code, date))
        .collect();
    let top = countries.iter().max_by_key(|c| c.level);
    let level = top.map_or(TravelLevel::NotSafeLower, |c| c.level);
    let why = match top {
        Some(c) if c.level > TravelLevel::NotSafeLower => {
            let names: Vec<&str> = countries
                .iter()
                .filter(|x| x.level == c.level)
                .map(|x| x.name.as_str())
                .collect();
            say_with(
                language,
                "travel-trip-why",
                &[
                    ("countries", names.join(", ").into()),
                    ("level", level_label(c.level, language).into()),
                ],
            )
        }
        _ => say(language, "travel-trip-why-lower"),
    };
    TravelCheck {
        trip_id: trip.id.clone(),
        checked_on: today,
        level,
        why,
        carry: carry(language, case, alerts, &countries),
        countries,
        caution: say(language, "travel-caution"),
    }
}

impl TravelCheck {
    /// What is kept of this check with the trip, to compare with the next: its result and the
    /// fingerprints of what it read (`basis`).
    #[must_use]
    pub fn record(&self, basis: Vec<CheckedFact>) -> CheckRecord {
        CheckRecord {
            checked_on: Some(self.checked_on),
            basis,
            level: Some(self.level),
            countries: self
                .countries
                .iter()
                .map(|c| CountryRecord {
                    country: c.country.clone(),
                    level: Some(c.level),
                    reasons: c.reasons.iter().map(|r| r.text.clone()).collect(),
                })
                .collect(),
        }
    }
}

/// What changed since the last check, one line each (empty when nothing did, or when there was
/// no earlier check).
#[must_use]
pub fn changes(before: &CheckRecord, now: &CheckRecord) -> Vec<String> {
    let mut out = Vec::new();
    if before.level != now.level {
        out.push(format!(
            "The trip's level changed from {} to {}.",
            before.level.map_or("not checked", TravelLevel::label),
            now.level.map_or("not checked", TravelLevel::label)
        ));
    }
    for c in &now.countries {
        let name = capital(&country::in_text(&c.country));
        match before.countries.iter().find(|b| b.country == c.country) {
            None => out.push(format!("{name} was added to the trip.")),
            Some(b) => {
                if b.level != c.level {
                    out.push(format!(
                        "{name}: level changed from {} to {}.",
                        b.level.map_or("not checked", TravelLevel::label),
                        c.level.map_or("not checked", TravelLevel::label)
                    ));
                }
                for r in c.reasons.iter().filter(|r| !b.reasons.contains(r)) {
                    out.push(format!("{name}, new: {r}"));
                }
                for r in b.reasons.iter().filter(|r| !c.reasons.contains(r)) {
                    out.push(format!("{name}, no longer: {r}"));
                }
            }
        }
    }
    for b in &before.countries {
        if !now.countries.iter().any(|c| c.country == b.country) {
            out.push(format!(
                "{} is no longer on the trip.",
                capital(&country::in_text(&b.country))
            ));
        }
    }
    out
}

/// How many days before departure the app asks for a new check.
pub const REMIND_DAYS_BEFORE: i64 = 14;

/// Whether the trip needs a new check on `today` by its age alone: it departs within
/// [`REMIND_DAYS_BEFORE`] days (or today) and was not checked since that window opened, or not
/// in the last week.
#[must_use]
pub fn needs_recheck(trip: &Trip, today: NaiveDate) -> bool {
    let Some(departure) = trip.departure() else {
        return false;
    };
    let days = (departure - today).num_days();
    if !(0..=REMIND_DAYS_BEFORE).contains(&days) {
        return false;
    }
    let window_opened = departure - chrono::Duration::days(REMIND_DAYS_BEFORE);
    trip.last_check
        .as_ref()
        .and_then(|c| c.checked_on)
        .is_none_or(|d| d < window_opened || d < today - chrono::Duration::days(7))
}

/// Whether to ask for a new check, and what changed since the last one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Recheck {
    /// Ask the user to run the check again.
    pub check_again: bool,
    /// What changed since the last check, one sentence each (empty when nothing did, when
    /// there was no check, or when the last check kept no record of what it read).
    pub changed: Vec<String>,
}

fn digest(value: &serde_json::Value) -> String {
    use sha2::{Digest, Sha256};
    crate::files::hex(&Sha256::digest(value.to_string().as_bytes()))
}

fn fact(kind: FactKind, id: &str, value: &serde_json::Value) -> CheckedFact {
    CheckedFact {
        kind,
        id: id.to_owned(),
        digest: digest(value),
        country: None,
        alert_kind: None,
        date: None,
    }
}

/// The facts the check of `trip` reads, each as a fingerprint: the itinerary, the user's notes,
/// each alert (what `reaches`, `may_ask_arrest`, `removed` and the ne bis in idem reason read),
/// the person's protection and status, and each decision on extradition. Any change to one of
/// them after a check makes that check stale (issue 18.5).
#[must_use]
pub fn basis(case: &Case, alerts: &[Alert], events: &[Event], trip: &Trip) -> Vec<CheckedFact> {
    let mut out = vec![
        fact(FactKind::Itinerary, "", &serde_json::json!(trip.legs)),
        fact(
            FactKind::CountryNotes,
            "",
            &serde_json::json!(trip.country_notes),
        ),
    ];
    for a in alerts {
        let mut f = fact(
            FactKind::Alert,
            &a.id,
            &serde_json::json!({
                "kind": a.kind,
                "issuing": a.issuing_country,
                "requests": a.requests,
                "recipients": a.recipients,
                "status": a.status,
                "final_decision": a.warrant.final_decision,
            }),
        );
        f.country.clone_from(&a.issuing_country);
        f.alert_kind = Some(a.kind);
        out.push(f);
    }
    let p = &case.person;
    out.push(fact(
        FactKind::Protection,
        "",
        &serde_json::json!({
            "protection": p.protection,
            "nationalities": p.nationalities,
            "residence": p.residence_country,
            "protected_from_extradition": case.situation.protected_from_extradition,
            "bilateral": case.bilateral,
        }),
    ));
    for e in events
        .iter()
        .filter(|e| e.kind == EventKind::ExtraditionDecision)
    {
        let mut f = fact(
            FactKind::Event,
            &e.id,
            &serde_json::json!({ "country": e.country, "date": e.date }),
        );
        f.country.clone_from(&e.country);
        f.date = e.date;
        out.push(f);
    }
    out
}

/// One fact in words, for "what changed".
fn fact_name(f: &CheckedFact) -> String {
    match f.kind {
        FactKind::Itinerary => "the itinerary (dates, countries or transits)".to_owned(),
        FactKind::CountryNotes => "your notes on countries' practice".to_owned(),
        FactKind::Alert => alert_name_of(
            f.alert_kind.unwrap_or(AlertKind::Diffusion),
            f.country.as_deref(),
        ),
        FactKind::Protection => "your protection, nationality or residence".to_owned(),
        FactKind::Event => format!(
            "the decision on extradition{}{}",
            f.country
                .as_deref()
                .map_or_else(String::new, |c| format!(" in {}", country::in_text(c))),
            f.date.map_or_else(String::new, |d| format!(" of {d}"))
        ),
    }
}

/// What changed since a check that read `before`, as it is now (`now`), one sentence each.
#[must_use]
pub fn changed_facts(before: &[CheckedFact], now: &[CheckedFact]) -> Vec<String> {
    let mut out = Vec::new();
    for n in now {
        match before.iter().find(|b| b.kind == n.kind && b.id == n.id) {
            Some(b) if b.digest == n.digest => {}
            Some(_) => out.push(format!("{} changed.", capital(&fact_name(n)))),
            // The trip's and the person's facts are always there: only alerts and events
            // come and go.
            None if n.id.is_empty() => out.push(format!("{} changed.", capital(&fact_name(n)))),
            None => out.push(format!("{} was added to the case.", capital(&fact_name(n)))),
        }
    }
    for b in before {
        if !now.iter().any(|n| n.kind == b.kind && n.id == b.id) {
            out.push(if b.id.is_empty() {
                format!("{} changed.", capital(&fact_name(b)))
            } else {
                format!("{} was removed from the case.", capital(&fact_name(b)))
            });
        }
    }
    out
}

/// Whether `trip` should be checked again on `today`, and what changed since its last check:
/// asked when departure is near and the check is old ([`needs_recheck`]), and, before
/// departure, as soon as anything the check read has changed since.
#[must_use]
pub fn recheck(
    case: &Case,
    alerts: &[Alert],
    events: &[Event],
    trip: &Trip,
    today: NaiveDate,
) -> Recheck {
    let changed = trip
        .last_check
        .as_ref()
        .filter(|c| !c.basis.is_empty())
        .map_or_else(Vec::new, |c| {
            changed_facts(&c.basis, &basis(case, alerts, events, trip))
        });
    let before_departure = trip.departure().is_some_and(|d| d >= today);
    Recheck {
        check_again: needs_recheck(trip, today) || (before_departure && !changed.is_empty()),
        changed,
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a test reports failure by panicking")]
mod tests {
    use super::*;
    use crate::model::{CountryNote, Leg, Recipients};

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    fn trip(legs: &[(&str, &str, &str, &[&str])]) -> Trip {
        Trip {
            id: "trip-1".into(),
            legs: legs
                .iter()
                .map(|(d, f, t, tr)| Leg {
                    date: Some(day(d)),
                    from: (*f).into(),
                    to: (*t).into(),
                    transits: tr.iter().map(|s| (*s).to_owned()).collect(),
                })
                .collect(),
            ..Trip::default()
        }
    }

    fn diffusion(issuer: &str, to: &[&str]) -> Alert {
        Alert {
            id: "alert-1".into(),
            kind: AlertKind::Diffusion,
            issuing_country: Some(issuer.into()),
            recipients: Recipients {
                all_members: false,
                countries: to.iter().map(|s| (*s).to_owned()).collect(),
            },
            ..Alert::default()
        }
    }

    #[test]
    fn the_refugee_list_is_bundled_and_readable() {
        assert!(refugee_list().is_some_and(|l| l.members.len() > 100));
    }

    #[test]
    fn the_lowest_level_never_says_safe_and_every_reason_has_a_source() {
        let case = Case::default();
        let t = trip(&[("2026-06-01", "DE", "PT", &["FR"])]);
        let c = check(
            &case,
            &[diffusion("TR", &["ES"])],
            &[],
            &t,
            day("2026-05-20"),
        );
        for cc in &c.countries {
            assert!(!cc.why.to_lowercase().contains(" safe.") || cc.why.contains("not safety"));
            assert!(cc.reasons.iter().all(|r| !r.source.is_empty()));
        }
        assert!(c.caution.contains("No level means safe"));
    }

    #[test]
    fn a_recheck_is_asked_in_the_fortnight_before_departure() {
        let mut t = trip(&[("2026-06-15", "DE", "PT", &[])]);
        assert!(!needs_recheck(&t, day("2026-05-01")));
        assert!(needs_recheck(&t, day("2026-06-05")));
        t.last_check = Some(CheckRecord {
            checked_on: Some(day("2026-06-04")),
            ..CheckRecord::default()
        });
        assert!(!needs_recheck(&t, day("2026-06-05")));
        assert!(needs_recheck(&t, day("2026-06-14")), "a week old");
        assert!(!needs_recheck(&t, day("2026-06-16")), "departed");
    }

    #[test]
    fn changes_name_the_level_and_the_reasons_that_moved() {
        let case = Case::default();
        let t = trip(&[("2026-06-01", "DE", "PT", &[])]);
        let mut a = diffusion("TR", &["PT"]);
        let before =
            check(&case, std::slice::from_ref(&a), &[], &t, day("2026-05-01")).record(Vec::new());
        a.status.push(crate::model::StatusChange::new(
            AlertStatus::Deleted,
            Some(day("2026-05-10")),
        ));
        let now = check(&case, &[a], &[], &t, day("2026-05-20")).record(Vec::new());
        let lines = changes(&before, &now);
        assert!(
            lines.iter().any(|l| l.contains("from High to Raised")),
            "{lines:?}"
        );
        assert!(
            lines.iter().any(|l| l.starts_with("Portugal, new:")),
            "{lines:?}"
        );
        assert!(changes(&now, &now).is_empty());
    }

    /// Every sentence the check writes, for a table of itineraries and every alert shape.
    fn every_sentence() -> Vec<String> {
        let alert = |v: serde_json::Value| -> Alert { serde_json::from_value(v).unwrap() };
        let deleted_by_ccf = serde_json::json!([
            {"status": "confirmed"},
            {"status": "deleted", "date": "2026-01-10", "by": "ccf"}
        ]);
        let shapes: Vec<Vec<Alert>> = vec![
            vec![diffusion("TR", &["PT", "ES"])],
            vec![diffusion("TR", &[])],
            vec![alert(
                serde_json::json!({"id": "a", "kind": "diffusion", "issuing_country": "TR",
                "recipients": {"all_members": true, "countries": []}}),
            )],
            vec![alert(
                serde_json::json!({"id": "a", "kind": "diffusion", "issuing_country": "TR",
                "requests": ["locate"], "recipients": {"all_members": false, "countries": ["FR"]}}),
            )],
            vec![alert(
                serde_json::json!({"id": "a", "kind": "red_notice", "issuing_country": "RU"}),
            )],
            vec![alert(serde_json::json!({"id": "a", "kind": "red_notice"}))],
            vec![alert(
                serde_json::json!({"id": "a", "kind": "ncb_message", "issuing_country": "EG",
                "recipients": {"all_members": false, "countries": []}}),
            )],
            vec![alert(
                serde_json::json!({"id": "a", "kind": "blue_notice", "issuing_country": "CN"}),
            )],
            vec![alert(
                serde_json::json!({"id": "a", "kind": "diffusion", "issuing_country": "TR",
                "recipients": {"all_members": false, "countries": ["PT"]}, "status": deleted_by_ccf}),
            )],
            vec![alert(
                serde_json::json!({"id": "a", "kind": "red_notice", "issuing_country": "TR",
                "status": [{"status": "blocked", "date": "2026-01-10"}]}),
            )],
            vec![alert(
                serde_json::json!({"id": "a", "kind": "red_notice", "issuing_country": "TR",
                "warrant": {"final_decision": {"country": "ES", "outcome": "acquittal"}}}),
            )],
            vec![alert(
                serde_json::json!({"id": "a", "kind": "red_notice", "issuing_country": "TR",
                "warrant": {"final_decision": {"country": "PT", "outcome": "discontinued"}}}),
            )],
            vec![
                diffusion("TR", &["PT"]),
                alert(serde_json::json!({"id": "b", "kind": "red_notice",
                "issuing_country": "RU"})),
            ],
        ];
        let cases: Vec<Case> = vec![
            Case::default(),
            serde_json::from_value(serde_json::json!({
                "person": {"nationalities": ["TR", "DE"], "residence_country": "DE",
                    "protection": {"status": "granted", "kind": "convention_refugee",
                        "country": "DE", "feared_state": "TR"}},
                "situation": {"protected_from_extradition": {"since": "2025-01-01", "note": "Lisbon court."}},
                "bilateral": {"name": "Treaty of 1990", "hard_days": 40, "start": "arrest"}
            }))
            .unwrap(),
            serde_json::from_value(serde_json::json!({
                "person": {"protection": {"status": "pending", "kind": "subsidiary",
                    "country": "PT", "feared_state": "RU"}},
                "situation": {"protected_from_extradition": {"note": ""}}
            }))
            .unwrap(),
            serde_json::from_value(serde_json::json!({
                "person": {"protection": {"status": "granted", "kind": "subsidiary", "country": "FR"}}
            }))
            .unwrap(),
        ];
        let events: Vec<Event> = vec![serde_json::from_value(serde_json::json!({
            "id": "e", "kind": "extradition_decision", "country": "PT", "date": "2025-03-01"
        }))
        .unwrap()];
        let mut trips = vec![
            trip(&[
                ("2026-06-01", "DE", "PT", &["FR"]),
                ("2026-06-09", "PT", "DE", &["ES"]),
            ]),
            trip(&[("2026-06-01", "DE", "JP", &["TR"])]),
            trip(&[("2026-06-01", "GB", "EG", &["AE", "MD"])]),
            trip(&[("2026-06-01", "DE", "US", &["NL"])]),
        ];
        trips[0].country_notes = vec![
            CountryNote {
                country: "PT".into(),
                note: "Arrests at the airport.".into(),
            },
            CountryNote {
                country: "FR".into(),
                note: "  held a journalist in 2024 ".into(),
            },
        ];
        let mut out = Vec::new();
        for alerts in &shapes {
            for case in &cases {
                for t in &trips {
                    let c = check(case, alerts, &events, t, day("2026-05-20"));
                    out.push(c.why.clone());
                    out.push(c.caution.clone());
                    for cc in &c.countries {
                        out.push(cc.why.clone());
                        out.extend(cc.reasons.iter().map(|r| r.text.clone()));
                    }
                    for item in &c.carry {
                        out.push(format!("{}.", item.what));
                        out.push(item.why.clone());
                    }
                    let before = CheckRecord::default();
                    out.extend(changes(&before, &c.record(Vec::new())));
                    let facts = basis(case, alerts, &events, t);
                    out.extend(changed_facts(&facts, &[]));
                    out.extend(changed_facts(&[], &facts));
                }
            }
        }
        out.sort();
        out.dedup();
        out
    }

    /// Issue 18 (wording): every reason reads as a sentence, for every itinerary and alert
    /// shape of the table: no doubled or stray punctuation, no broken grammar ("was whom").
    #[test]
    fn every_reason_reads_as_a_sentence() {
        let sentences = every_sentence();
        assert!(
            sentences.len() > 60,
            "the table covers little: {}",
            sentences.len()
        );
        let mut bad = Vec::new();
        for s in &sentences {
            let mut problems = Vec::new();
            for wrong in [
                "..",
                " .",
                " ,",
                ",.",
                ".,",
                ":.",
                ". .",
                ",,",
                "  ",
                "( ",
                " )",
                "()",
                "was whom",
                "the the ",
                "The the ",
                " a a ",
                "is not recorded, so it is counted as sent here.",
                "was sent to by",
                ":)",
                ". )",
            ] {
                if s.contains(wrong) {
                    problems.push(format!("contains {wrong:?}"));
                }
            }
            if !s.chars().next().is_some_and(char::is_uppercase) {
                problems.push("does not start with a capital".into());
            }
            if !(s.ends_with('.') || s.ends_with(".)")) {
                problems.push("does not end with a full stop".into());
            }
            if s.matches('(').count() != s.matches(')').count() {
                problems.push("unbalanced brackets".into());
            }
            if !problems.is_empty() {
                bad.push(format!("{s}\n    {}", problems.join("; ")));
            }
        }
        assert!(
            bad.is_empty(),
            "{} sentences do not read:\n{}",
            bad.len(),
            bad.join("\n")
        );
    }

    #[test]
    fn the_unknown_recipients_reason_reads_as_one_sentence() {
        let c = check(
            &Case::default(),
            &[diffusion("TR", &[])],
            &[],
            &trip(&[("2026-06-01", "DE", "PT", &[])]),
            day("2026-05-20"),
        );
        let pt = c.countries.iter().find(|c| c.country == "PT").unwrap();
        let r = pt
            .reasons
            .iter()
            .find(|r| r.kind == ReasonKind::RecipientUnknown)
            .unwrap();
        assert!(
            r.text.starts_with("The Diffusion from Türkiye is counted as sent here: whom it was sent to is not recorded."),
            "{}",
            r.text
        );
    }
}
