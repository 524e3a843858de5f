//! Which extradition instrument governs between two states on a date.
//!
//! For a provisional arrest, the requesting state is the one whose alert led to it and the
//! requested state the one where it happened. [`governing`] looks up both in the treaty data
//! ([`treaties`]), keeps the instruments that bind both on that date, and sets aside those that a
//! more specific one replaces between them, citing where that rule is written (the European
//! Arrest Warrant over the European Convention between EU states: Framework Decision
//! 2002/584/JHA Art. 31(1); Chisinau over Minsk between Chisinau parties: Chisinau Art. 120(3); …).
//! It never invents an instrument or a period: when nothing in the data binds both, the finding
//! says so and asks for the bilateral treaty; when two remain and the data do not say which wins,
//! it says that too.

pub mod treaties;
pub mod window;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::model::country;
use crate::rules::deadlines::Confidence;
use treaties::{BilateralRelation, Pairing, Party, Treaty, TreatyData, TreatyId};

/// A bilateral extradition treaty the user entered: Habeas has no data on it but what they say.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EnteredTreaty {
    /// Its name and the article on provisional arrest ("Treaty X–Y 2001, Art. 9(4)").
    pub name: String,
    /// The two states it binds, ISO 3166-1 alpha-2, in any order.
    pub states: [String; 2],
    /// The first day it applies, if the user gave it.
    pub from: Option<NaiveDate>,
    /// The last day it applied, if it ended.
    pub until: Option<NaiveDate>,
}

impl EnteredTreaty {
    fn binds(&self, a: &str, b: &str, on: NaiveDate) -> bool {
        let [x, y] = &self.states;
        ((x == a && y == b) || (x == b && y == a))
            && self.from.is_none_or(|f| f <= on)
            && self.until.is_none_or(|u| on <= u)
    }
}

/// An instrument a finding refers to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Instrument {
    /// One in Habeas' treaty data.
    Treaty {
        /// Which.
        id: TreatyId,
    },
    /// One the user entered (index into the `entered` slice given to [`governing`]).
    Entered {
        /// Its position.
        index: usize,
    },
}

/// What the look-up found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Outcome {
    /// One instrument governs.
    Governs {
        /// It.
        instrument: Instrument,
    },
    /// Several bind both states and the data do not say which governs: the user chooses.
    Several {
        /// Them.
        instruments: Vec<Instrument>,
    },
    /// Nothing in Habeas' data binds both: the user enters the bilateral treaty's period.
    NoneFound,
    /// The two states are the same: not an extradition.
    SameState,
    /// The compiled-in treaty data could not be read (ruled out by a test; never guessed).
    DataUnreadable,
}

/// One state's membership that a finding relies on.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Membership {
    /// The state, ISO 3166-1 alpha-2.
    pub state: String,
    /// The instrument's name.
    pub instrument: String,
    /// Since when it is bound (`None`: not in Habeas' data).
    pub since: Option<NaiveDate>,
    /// When it stopped, if it did.
    pub until: Option<NaiveDate>,
    /// How sure we are of this membership ("entered by you" shows as unverified here: Habeas has
    /// not checked it).
    pub confidence: Confidence,
    /// Where it was read.
    pub source: String,
    /// Caveats on this entry.
    pub note: Option<String>,
}

/// An instrument considered and not applied, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
// The name outside Rust: the UI's generated TypeScript has one namespace, where `SetAside` is the
// store's journal records set aside. JSON never shows a struct's name.
#[serde(rename = "InstrumentSetAside")]
pub struct SetAside {
    /// Its name.
    pub instrument: String,
    /// Why, in one sentence.
    pub why: String,
    /// How sure we are of the reason.
    pub confidence: Confidence,
}

/// A protocol in force for both states that changes how the governing instrument works.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Supplement {
    /// Which protocol.
    pub id: TreatyId,
    /// Its name.
    pub name: String,
    /// What it changes.
    pub effect: String,
    /// The weaker confidence of the two memberships.
    pub confidence: Confidence,
}

/// What governs extradition from `requested` to `requesting` on `on`, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
// The name outside Rust: the UI's generated TypeScript has one namespace, where `Finding` is an
// admissibility finding. JSON never shows a struct's name.
#[serde(rename = "RegimeFinding")]
pub struct Finding {
    /// The state asking for the person (the alert's issuer), ISO 3166-1 alpha-2.
    pub requesting: String,
    /// The state holding the person (where the arrest happened).
    pub requested: String,
    /// The date looked at (the arrest).
    pub on: NaiveDate,
    /// What was found.
    pub outcome: Outcome,
    /// One line in plain English.
    pub reasoning: String,
    /// The memberships the outcome relies on, each with its confidence.
    pub relied_on: Vec<Membership>,
    /// The instruments considered and set aside.
    pub set_aside: Vec<SetAside>,
    /// Protocols in force for both that change the governing instrument's working.
    pub supplements: Vec<Supplement>,
}

impl Finding {
    /// The weakest confidence among the memberships relied on (verified when there are none).
    #[must_use]
    pub fn weakest(&self) -> Confidence {
        self.relied_on
            .iter()
            .map(|m| m.confidence)
            .max_by_key(|c| rank(*c))
            .unwrap_or(Confidence::Verified)
    }

    /// The instrument that governs, if exactly one does.
    #[must_use]
    pub fn governs(&self) -> Option<&Instrument> {
        match &self.outcome {
            Outcome::Governs { instrument } => Some(instrument),
            _ => None,
        }
    }
}

/// Orders confidences from strongest (0) to weakest.
const fn rank(c: Confidence) -> u8 {
    match c {
        Confidence::Verified => 0,
        Confidence::Secondary => 1,
        Confidence::Unverified => 2,
        Confidence::EnteredByYou => 3,
    }
}

fn weaker(a: Confidence, b: Confidence) -> Confidence {
    if rank(a) >= rank(b) {
        a
    } else {
        b
    }
}

/// "18 April 1960".
fn day(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// "Italy", "the Russian Federation"; capitalised when it opens a sentence.
fn state_name(code: &str, opens: bool) -> String {
    let name = country::in_text(code);
    if !opens {
        return name;
    }
    let mut chars = name.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// "Italy since 4 November 1963", or "Italy since a date not in Habeas' data (listed as a party
/// in March 2022)".
fn since(code: &str, t: &Treaty, p: &Party) -> String {
    match (p.from, t.parties_as_of) {
        (Some(d), _) => format!("{} since {}", state_name(code, false), day(d)),
        (None, Some(as_of)) => format!(
            "{} since a date not in Habeas' data (listed as a party in {})",
            state_name(code, false),
            as_of.format("%B %Y")
        ),
        (None, None) => format!(
            "{} since a date not in Habeas' data",
            state_name(code, false)
        ),
    }
}

fn membership(data: &TreatyData, t: &Treaty, p: &Party) -> Membership {
    Membership {
        state: p.state.clone(),
        instrument: t.name.clone(),
        since: p.from,
        until: p.until,
        confidence: p.confidence.into(),
        source: data.cite(&p.source),
        note: p.note.clone(),
    }
}

/// Why `t` does not bind `a` and `b` on `on`, when one or both are listed: the near misses worth
/// showing (Chile is bound only from 1 June 2025; the United Kingdom left on 31 December 2020;
/// Türkiye is not an EU state). Pairs on the same side of a two-sided agreement (two EU states
/// under the EU–UK agreement) are not near misses and are not listed.
fn near_miss(t: &Treaty, a: &str, b: &str, on: NaiveDate) -> Option<String> {
    // Why a listed party is not bound on the date, if it is not.
    let timing = |code: &str, p: &Party| -> Option<String> {
        if p.bound_on(t, on) {
            return None;
        }
        match (p.from.or(t.in_force_from), p.until) {
            (Some(f), _) if on < f => Some(format!(
                "{} is bound only from {}",
                state_name(code, false),
                day(f)
            )),
            (_, Some(u)) if u < on => Some(format!(
                "{} stopped being bound after {}",
                state_name(code, false),
                day(u)
            )),
            _ => None,
        }
    };
    match (t.party(a), t.party(b)) {
        (Some(pa), Some(pb)) if t.pairs(pa, pb) => {
            let why: Vec<String> = [timing(a, pa), timing(b, pb)]
                .into_iter()
                .flatten()
                .collect();
            (!why.is_empty()).then(|| why.join("; "))
        }
        (Some(p), None) | (None, Some(p)) if t.pairing == Pairing::AnyTwo => {
            let (listed, other) = if p.state == a { (a, b) } else { (b, a) };
            let absent = if t.parties_complete {
                format!("{} is not a party", state_name(other, false))
            } else {
                format!(
                    "{} is not a party in Habeas' data (which may be incomplete)",
                    state_name(other, false)
                )
            };
            let listed = timing(listed, p)
                .unwrap_or_else(|| format!("{} is a party", state_name(listed, false)));
            Some(format!("{listed}; {absent}"))
        }
        _ => None,
    }
}

/// What governs extradition between `requesting` (the alert's issuer) and `requested` (where the
/// person was arrested) on `on`, from Habeas' treaty data and the bilateral treaties the user
/// entered.
///
/// The most specific instrument binding both wins: an instrument is set aside when another one
/// binding both replaces it between them (each replacement is cited in the data). A bilateral
/// treaty the user entered is weighed against each multilateral one by what that instrument says
/// of bilateral treaties (the European Convention supersedes them, Art. 28(1); the Montevideo
/// Convention leaves them in force, Art. 21); where the data do not say, both remain and the
/// finding asks the user to choose.
#[must_use]
pub fn governing(
    requesting: &str,
    requested: &str,
    on: NaiveDate,
    entered: &[EnteredTreaty],
) -> Finding {
    let mut finding = Finding {
        requesting: requesting.to_owned(),
        requested: requested.to_owned(),
        on,
        outcome: Outcome::NoneFound,
        reasoning: String::new(),
        relied_on: Vec::new(),
        set_aside: Vec::new(),
        supplements: Vec::new(),
    };
    let (a, b) = (requested, requesting);
    if a == b {
        finding.outcome = Outcome::SameState;
        finding.reasoning = format!(
            "The requesting and the requested state are both {}: this is not an extradition.",
            state_name(a, false)
        );
        return finding;
    }
    let Ok(data) = treaties::data() else {
        finding.outcome = Outcome::DataUnreadable;
        finding.reasoning = "Habeas could not read its treaty data: enter the regime and its \
            period yourself."
            .into();
        return finding;
    };

    // Every main instrument (not a protocol) that binds both on the date.
    let mut binding_treaties: Vec<&Treaty> = Vec::new();
    for t in data.instruments.iter().filter(|t| t.supplements.is_none()) {
        if t.binds(a, b, on).is_some() {
            binding_treaties.push(t);
        } else if let Some(why) = near_miss(t, a, b, on) {
            finding.set_aside.push(SetAside {
                instrument: t.name.clone(),
                why: format!("It does not bind both on {}: {why}.", day(on)),
                confidence: t
                    .party(a)
                    .or_else(|| t.party(b))
                    .map_or(Confidence::Unverified, |p| p.confidence.into()),
            });
        }
    }
    // Set aside those that another binding instrument replaces between them.
    let mut precedence: Vec<String> = Vec::new();
    let mut kept: Vec<&Treaty> = Vec::new();
    for t in &binding_treaties {
        let replaced_by = binding_treaties.iter().find_map(|other| {
            other
                .displaces
                .iter()
                .find(|d| d.instrument == t.id)
                .map(|d| (other, d))
        });
        match replaced_by {
            Some((other, d)) => {
                precedence.push(t.name.clone());
                finding.set_aside.push(SetAside {
                    instrument: t.name.clone(),
                    why: format!(
                        "The {} replaces it between {} and {} ({}).",
                        other.name,
                        state_name(a, false),
                        state_name(b, false),
                        d.cites
                    ),
                    confidence: d.confidence.into(),
                });
            }
            None => kept.push(t),
        }
    }
    // The user's bilateral treaties, weighed against what each remaining instrument says of them.
    let mut kept_entered: Vec<usize> = Vec::new();
    for (index, e) in entered.iter().enumerate() {
        if !e.binds(a, b, on) {
            continue;
        }
        let superseding = kept
            .iter()
            .find(|t| t.bilateral_treaties.relation == BilateralRelation::Superseded);
        match superseding {
            Some(t) => {
                precedence.push(format!("bilateral treaty \"{}\"", e.name));
                finding.set_aside.push(SetAside {
                    instrument: e.name.clone(),
                    why: format!(
                    "The {} supersedes bilateral treaties between its parties ({}); a bilateral \
                     treaty may only supplement it. If a court has applied this treaty's period, \
                     enter that date.",
                    t.name, t.bilateral_treaties.cites
                ),
                    confidence: t.bilateral_treaties.confidence.into(),
                });
            }
            None => kept_entered.push(index),
        }
    }
    if !kept_entered.is_empty() {
        kept.retain(|t| {
            let prevails = t.bilateral_treaties.relation == BilateralRelation::Prevail;
            if prevails {
                finding.set_aside.push(SetAside {
                    instrument: t.name.clone(),
                    why: format!(
                        "It leaves bilateral treaties between its parties in force ({}): the \
                         bilateral treaty you entered applies.",
                        t.bilateral_treaties.cites
                    ),
                    confidence: t.bilateral_treaties.confidence.into(),
                });
            }
            !prevails
        });
    }

    let mut instruments: Vec<Instrument> = kept
        .iter()
        .map(|t| Instrument::Treaty { id: t.id })
        .collect();
    instruments.extend(
        kept_entered
            .iter()
            .map(|&index| Instrument::Entered { index }),
    );
    for t in &kept {
        if let Some((pa, pb)) = t.binds(a, b, on) {
            finding.relied_on.push(membership(data, t, pa));
            finding.relied_on.push(membership(data, t, pb));
        }
    }
    for &index in &kept_entered {
        if let Some(e) = entered.get(index) {
            for state in [a, b] {
                finding.relied_on.push(Membership {
                    state: state.to_owned(),
                    instrument: e.name.clone(),
                    since: e.from,
                    until: e.until,
                    confidence: Confidence::Unverified,
                    source: "Entered by you; Habeas has not checked it".into(),
                    note: None,
                });
            }
        }
    }

    let precedence = precedence
        .iter()
        .map(|name| format!(" It takes precedence over the {name}."))
        .collect::<String>();
    match instruments.len() {
        0 => {
            finding.outcome = Outcome::NoneFound;
            finding.reasoning = format!(
                "No instrument in Habeas' data binds both {} and {} on {}: enter the period of \
                 the bilateral treaty between them (or the date a court set). Habeas will not \
                 guess one.",
                state_name(b, false),
                state_name(a, false),
                day(on)
            );
        }
        1 => {
            let instrument = instruments.swap_remove(0);
            finding.reasoning = match &instrument {
                Instrument::Treaty { id } => {
                    let t = kept.iter().find(|t| t.id == *id);
                    match t.and_then(|t| t.binds(a, b, on).map(|p| (t, p))) {
                        Some((t, (pa, pb))) => format!(
                            "{} and {} are both bound by the {}: {}, {}.{precedence}",
                            state_name(a, true),
                            state_name(b, false),
                            t.name,
                            since(a, t, pa),
                            since(b, t, pb)
                        ),
                        None => String::new(),
                    }
                }
                Instrument::Entered { index } => {
                    entered.get(*index).map_or_else(String::new, |e| {
                        format!(
                            "You entered the bilateral treaty \"{}\" between {} and {}; nothing \
                             in Habeas' data sets it aside. Habeas has not checked it.",
                            e.name,
                            state_name(a, false),
                            state_name(b, false)
                        )
                    })
                }
            };
            finding.outcome = Outcome::Governs { instrument };
            if let Some(Instrument::Treaty { id }) = finding.governs() {
                let id = *id;
                finding.supplements = supplements(data, id, a, b, on);
            }
        }
        _ => {
            let names: Vec<String> = kept
                .iter()
                .map(|t| format!("the {}", t.name))
                .chain(
                    kept_entered
                        .iter()
                        .filter_map(|&i| entered.get(i))
                        .map(|e| format!("the bilateral treaty \"{}\" you entered", e.name)),
                )
                .collect();
            finding.reasoning = format!(
                "{} and {} are both bound by {}; Habeas' data do not say which governs: choose \
                 the regime, with the reason.",
                state_name(a, true),
                state_name(b, false),
                names.join(" and ")
            );
            finding.outcome = Outcome::Several { instruments };
        }
    }
    finding
}

/// Protocols supplementing `id` that bind both on `on`.
fn supplements(
    data: &TreatyData,
    id: TreatyId,
    a: &str,
    b: &str,
    on: NaiveDate,
) -> Vec<Supplement> {
    data.instruments
        .iter()
        .filter(|t| t.supplements == Some(id))
        .filter_map(|t| {
            let (pa, pb) = t.binds(a, b, on)?;
            Some(Supplement {
                id: t.id,
                name: t.name.clone(),
                effect: t.effect.clone().unwrap_or_default(),
                confidence: weaker(pa.confidence.into(), pb.confidence.into()),
            })
        })
        .collect()
}

#[cfg(test)]
#[allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn governs(f: &Finding) -> TreatyId {
        match f.governs() {
            Some(Instrument::Treaty { id }) => *id,
            other => panic!("expected a treaty, got {other:?}: {}", f.reasoning),
        }
    }

    fn set_aside(f: &Finding, name: &str) -> bool {
        f.set_aside.iter().any(|s| s.instrument.contains(name))
    }

    #[test]
    fn turkiye_and_italy_are_bound_by_the_european_convention() {
        // lists.json: both are Council of Europe members, parties to ETS 024 (verified at group
        // level); neither is in the EU together with the other, so no EAW.
        let f = governing("TR", "IT", d("2026-10-01"), &[]);
        assert_eq!(governs(&f), TreatyId::EuropeanConvention);
        assert!(
            f.reasoning.starts_with(
                "Italy and Türkiye are both bound by the European Convention on Extradition: Italy since"
            ),
            "{}",
            f.reasoning
        );
        assert_eq!(f.relied_on.len(), 2);
        assert!(f
            .relied_on
            .iter()
            .all(|m| m.confidence == Confidence::Verified && !m.source.is_empty()));
        // Türkiye was never an EU member: the EAW is set aside, naming Türkiye as the non-party.
        assert!(f
            .set_aside
            .iter()
            .any(|s| s.instrument == "European Arrest Warrant"
                && s.why.contains("Türkiye is not a party")));
    }

    #[test]
    fn two_eu_states_get_the_eaw_and_the_convention_is_set_aside_with_its_citation() {
        // Framework Decision 2002/584/JHA Art. 31(1) (eur-lex; sintact.ro): between Member States
        // the EAW replaces the European Convention from 1 January 2004.
        let f = governing("IT", "FR", d("2026-10-01"), &[]);
        assert_eq!(governs(&f), TreatyId::EuropeanArrestWarrant);
        let ece = f
            .set_aside
            .iter()
            .find(|s| s.instrument == "European Convention on Extradition")
            .expect("the Convention is set aside");
        assert!(ece.why.contains("Art. 31(1)"), "{}", ece.why);
        assert!(
            f.reasoning.contains("since 1 January 2004"),
            "{}",
            f.reasoning
        );
        assert!(f
            .reasoning
            .contains("takes precedence over the European Convention"));
    }

    #[test]
    fn croatia_before_its_eu_accession_is_under_the_convention_and_after_under_the_eaw() {
        // European Commission glossary "Enlargement": Croatia joined on 1 July 2013.
        let before = governing("DE", "HR", d("2013-06-30"), &[]);
        assert_eq!(governs(&before), TreatyId::EuropeanConvention);
        assert!(before
            .set_aside
            .iter()
            .any(|s| s.instrument == "European Arrest Warrant"
                && s.why.contains("Croatia is bound only from 1 July 2013")));
        let after = governing("DE", "HR", d("2013-07-01"), &[]);
        assert_eq!(governs(&after), TreatyId::EuropeanArrestWarrant);
    }

    #[test]
    fn the_united_kingdom_and_france_eaw_until_2020_then_the_trade_and_cooperation_agreement() {
        // 5sah.co.uk and europeanlawblog.eu (2021): the EAW applied to the UK until 31 December
        // 2020; the TCA's surrender title from 1 January 2021.
        let eaw = governing("GB", "FR", d("2020-12-31"), &[]);
        assert_eq!(governs(&eaw), TreatyId::EuropeanArrestWarrant);
        let tca = governing("GB", "FR", d("2021-01-01"), &[]);
        assert_eq!(governs(&tca), TreatyId::EuUkTradeAndCooperation);
        assert!(set_aside(&tca, "European Convention"));
        assert!(tca
            .set_aside
            .iter()
            .any(|s| s.instrument == "European Arrest Warrant"
                && s.why.contains("stopped being bound after 31 December 2020")));
        // The TCA binds the UK with an EU state, never two EU states (Title VII, Art. LAW.SURR.76).
        let eu_eu = governing("DE", "FR", d("2022-01-01"), &[]);
        assert_eq!(governs(&eu_eu), TreatyId::EuropeanArrestWarrant);
        assert!(!eu_eu
            .relied_on
            .iter()
            .any(|m| m.instrument.contains("Trade and Cooperation")));
    }

    #[test]
    fn nordic_states_get_the_nordic_arrest_warrant_over_the_eaw_and_the_convention() {
        // Danish Ministry of Justice remarks (docplayer.dk): the Nordic convention replaces the
        // EAW between the Nordic states; in force 16 October 2012 (lovdata.no).
        let f = governing("SE", "DK", d("2020-05-05"), &[]);
        assert_eq!(governs(&f), TreatyId::NordicArrestWarrant);
        assert!(set_aside(&f, "European Arrest Warrant"));
        assert!(set_aside(&f, "European Convention"));
        // Before it, two EU Nordic states were under the EAW.
        let before = governing("SE", "DK", d("2012-10-15"), &[]);
        assert_eq!(governs(&before), TreatyId::EuropeanArrestWarrant);
        // Norway and Iceland: the Nordic Arrest Warrant, not the EU–Iceland–Norway agreement.
        let no_is = governing("NO", "IS", d("2021-01-01"), &[]);
        assert_eq!(governs(&no_is), TreatyId::NordicArrestWarrant);
    }

    #[test]
    fn norway_and_germany_get_the_eu_iceland_norway_agreement_from_november_2019() {
        // regjeringen.no: the EU–Norway arrest warrant agreement in force from 1 November (2019,
        // europeanlawblog.eu); it replaces extradition between the EU states and Norway.
        let f = governing("DE", "NO", d("2019-11-01"), &[]);
        assert_eq!(governs(&f), TreatyId::EuIcelandNorwaySurrender);
        let before = governing("DE", "NO", d("2019-10-31"), &[]);
        assert_eq!(governs(&before), TreatyId::EuropeanConvention);
        // Austria applied it only from 22 March 2020 (ris.bka.gv.at).
        let at = governing("AT", "NO", d("2020-01-01"), &[]);
        assert_eq!(governs(&at), TreatyId::EuropeanConvention);
    }

    #[test]
    fn russia_and_kazakhstan_minsk_until_chisinau_binds_russia_on_28_june_2023() {
        // consultant.ru note (domain.md §4): Chisinau in force for Russia from 28 June 2023 and
        // replaces Minsk between its parties (Art. 120(3)).
        let minsk = governing("RU", "KZ", d("2023-06-27"), &[]);
        assert_eq!(governs(&minsk), TreatyId::Minsk1993);
        assert!(minsk
            .set_aside
            .iter()
            .any(|s| s.instrument.contains("Chisinau")
                && s.why.contains("bound only from 28 June 2023")));
        // lists.json: the Minsk list is unverified, and the finding says so.
        assert!(minsk
            .relied_on
            .iter()
            .any(|m| m.confidence == Confidence::Unverified));
        let chis = governing("RU", "KZ", d("2023-06-28"), &[]);
        assert_eq!(governs(&chis), TreatyId::Chisinau2002);
        let minsk_aside = chis
            .set_aside
            .iter()
            .find(|s| s.instrument.contains("Minsk"))
            .expect("Minsk set aside");
        assert!(minsk_aside.why.contains("Art. 120(3)"));
        // Kazakhstan's Chisinau entry is secondary and its start date unknown: said, not hidden.
        assert!(chis
            .reasoning
            .contains("Kazakhstan since a date not in Habeas' data"));
        assert_eq!(chis.weakest(), Confidence::Secondary);
    }

    #[test]
    fn chile_and_spain_ask_for_the_bilateral_treaty_before_chile_joined_the_convention() {
        // Chilean decree 77/2025 and press (informecorrientes.com): in force for Chile on 1 June
        // 2025. Before it, nothing in the data binds Chile and Spain.
        let before = governing("CL", "ES", d("2025-05-31"), &[]);
        assert_eq!(before.outcome, Outcome::NoneFound);
        assert!(before
            .reasoning
            .contains("enter the period of the bilateral treaty"));
        assert!(before
            .set_aside
            .iter()
            .any(|s| s.why.contains("Chile is bound only from 1 June 2025")));
        let after = governing("CL", "ES", d("2025-06-01"), &[]);
        assert_eq!(governs(&after), TreatyId::EuropeanConvention);
        // Chile's membership is secondary (the date comes from press and a decree copy).
        assert!(after
            .relied_on
            .iter()
            .any(|m| m.state == "CL" && m.confidence == Confidence::Secondary));
    }

    #[test]
    fn no_common_instrument_asks_for_the_bilateral_treaty_and_invents_nothing() {
        // India and the United States are in none of the instruments in the data.
        let f = governing("IN", "US", d("2026-01-10"), &[]);
        assert_eq!(f.outcome, Outcome::NoneFound);
        assert!(f.relied_on.is_empty());
        assert!(f.reasoning.contains("Habeas will not guess"));
        // The user's bilateral treaty then governs, labelled as theirs.
        let entered = [EnteredTreaty {
            name: "US–India Extradition Treaty 1997, Art. 12(4)".into(),
            states: ["US".into(), "IN".into()],
            from: None,
            until: None,
        }];
        let f = governing("IN", "US", d("2026-01-10"), &entered);
        assert_eq!(f.governs(), Some(&Instrument::Entered { index: 0 }));
        assert!(f.reasoning.contains("You entered"));
        assert!(
            f.relied_on
                .iter()
                .all(|m| m.confidence == Confidence::Unverified
                    && m.source.contains("Entered by you"))
        );
    }

    #[test]
    fn the_convention_supersedes_an_entered_bilateral_treaty_and_montevideo_yields_to_one() {
        // European Convention Art. 28(1): it supersedes bilateral treaties between its parties.
        let it_tr = [EnteredTreaty {
            name: "Italy–Türkiye treaty".into(),
            states: ["IT".into(), "TR".into()],
            from: None,
            until: None,
        }];
        let f = governing("TR", "IT", d("2026-01-10"), &it_tr);
        assert_eq!(governs(&f), TreatyId::EuropeanConvention);
        assert!(f
            .set_aside
            .iter()
            .any(|s| s.instrument == "Italy–Türkiye treaty" && s.why.contains("Art. 28(1)")));
        // Montevideo Art. 21: it leaves bilateral treaties in force. Argentina and Chile are both
        // parties (OAS table A-35).
        assert_eq!(
            governs(&governing("AR", "CL", d("2024-01-10"), &[])),
            TreatyId::Montevideo1933
        );
        let ar_cl = [EnteredTreaty {
            name: "Chile–Argentina treaty 2023".into(),
            states: ["CL".into(), "AR".into()],
            from: Some(d("2025-01-01")),
            until: None,
        }];
        let f = governing("AR", "CL", d("2026-01-10"), &ar_cl);
        assert_eq!(f.governs(), Some(&Instrument::Entered { index: 0 }));
        assert!(set_aside(&f, "Montevideo"));
        // Before the entered treaty's start, Montevideo again.
        let f = governing("AR", "CL", d("2024-01-10"), &ar_cl);
        assert_eq!(governs(&f), TreatyId::Montevideo1933);
    }

    #[test]
    fn two_instruments_without_a_rule_between_them_ask_the_user_to_choose() {
        // Ukraine is a party to the European Convention (lists.json) and acceded to Montevideo in
        // 2023 (OAS table A-35); Chile is a party to both since 2025. Neither instrument says it
        // replaces the other.
        let f = governing("CL", "UA", d("2026-01-10"), &[]);
        match &f.outcome {
            Outcome::Several { instruments } => assert_eq!(instruments.len(), 2),
            other => panic!("expected a choice, got {other:?}"),
        }
        assert!(f.reasoning.contains("choose the regime"));
    }

    #[test]
    fn riyadh_binds_two_arab_states_with_a_secondary_label() {
        // lists.json: Riyadh parties from a press report (secondary).
        let f = governing("SA", "JO", d("2026-01-10"), &[]);
        assert_eq!(governs(&f), TreatyId::Riyadh1983);
        assert_eq!(f.weakest(), Confidence::Secondary);
        // Egypt's accession is unverified: so is any finding relying on it.
        let eg = governing("EG", "JO", d("2026-01-10"), &[]);
        assert_eq!(eg.weakest(), Confidence::Unverified);
    }

    #[test]
    fn inter_american_parties_are_unverified() {
        // lists.json: the whole B-47 list is analyst recollection.
        let f = governing("PE", "EC", d("2026-01-10"), &[]);
        assert_eq!(governs(&f), TreatyId::InterAmerican1981);
        assert_eq!(f.weakest(), Confidence::Unverified);
    }

    #[test]
    fn ukraine_left_minsk_in_2022() {
        // docs.dtkt.ua/doc/997_009: withdrawal by Law No. 2783-IX of 1 December 2022.
        let before = governing("UA", "KZ", d("2022-11-30"), &[]);
        assert_eq!(governs(&before), TreatyId::Minsk1993);
        let after = governing("UA", "KZ", d("2022-12-02"), &[]);
        assert_ne!(
            after.governs(),
            Some(&Instrument::Treaty {
                id: TreatyId::Minsk1993
            })
        );
    }

    #[test]
    fn a_protocol_binding_both_is_reported_with_its_effect() {
        // Third Additional Protocol (CETS 209) Art. 6(1), vilp.de: consent notice within 10 days.
        // Austria's gazette lists Spain and the United Kingdom among its parties (secondary).
        let f = governing("GB", "ES", d("2026-01-10"), &[]);
        assert_eq!(governs(&f), TreatyId::EuUkTradeAndCooperation);
        assert!(
            f.supplements.is_empty(),
            "the protocol supplements the Convention only"
        );
        let rs_es = governing("RS", "ES", d("2026-01-10"), &[]);
        assert_eq!(governs(&rs_es), TreatyId::EuropeanConvention);
        let s = rs_es
            .supplements
            .first()
            .expect("the Third Additional Protocol");
        assert_eq!(s.id, TreatyId::EuropeanConventionThirdProtocol);
        assert!(s.effect.contains("10 days"));
        assert_eq!(s.confidence, Confidence::Secondary);
    }

    #[test]
    fn the_same_state_twice_is_not_an_extradition() {
        let f = governing("FR", "FR", d("2026-01-10"), &[]);
        assert_eq!(f.outcome, Outcome::SameState);
    }
}
