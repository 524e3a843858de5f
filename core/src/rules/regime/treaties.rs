//! Treaty membership as data: `core/data/treaties.json`, read once.
//!
//! The file lists each extradition instrument Habeas knows, its parties, the date each became
//! bound and, where it applies, stopped, with a confidence and the sources read for every entry.
//! It is data rather than code so that a lawyer can check it line by line against the sources it
//! names, and so that correcting one state's entry is a one-line change. The schema test below
//! proves the file parses, names only known countries and sources, and dates make sense.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::rules::deadlines::Confidence;

/// The file, compiled in: nothing is read from disk at run time.
const TREATIES_JSON: &str = include_str!("../../../data/treaties.json");

/// Identifies an instrument. Stable: it is part of findings and deadline keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub enum TreatyId {
    /// European Convention on Extradition 1957 (ETS 024).
    #[serde(rename = "european_convention")]
    EuropeanConvention,
    /// Its Third Additional Protocol (CETS 209): simplified extradition.
    #[serde(rename = "european_convention_third_protocol")]
    EuropeanConventionThirdProtocol,
    /// European Arrest Warrant, Framework Decision 2002/584/JHA.
    #[serde(rename = "european_arrest_warrant")]
    EuropeanArrestWarrant,
    /// EU–UK Trade and Cooperation Agreement, surrender title.
    #[serde(rename = "eu_uk_trade_and_cooperation")]
    EuUkTradeAndCooperation,
    /// EU–Iceland and Norway Surrender Agreement.
    #[serde(rename = "eu_iceland_norway_surrender")]
    EuIcelandNorwaySurrender,
    /// Nordic Arrest Warrant convention.
    #[serde(rename = "nordic_arrest_warrant")]
    NordicArrestWarrant,
    /// Minsk Convention 1993 (CIS).
    #[serde(rename = "minsk_1993")]
    Minsk1993,
    /// Protocol of 28 March 1997 to the Minsk Convention.
    #[serde(rename = "minsk_1997_protocol")]
    Minsk1997Protocol,
    /// Chisinau Convention 2002 (CIS).
    #[serde(rename = "chisinau_2002")]
    Chisinau2002,
    /// Riyadh Arab Agreement 1983.
    #[serde(rename = "riyadh_1983")]
    Riyadh1983,
    /// Inter-American Convention on Extradition 1981 (Caracas, B-47).
    #[serde(rename = "inter_american_1981")]
    InterAmerican1981,
    /// Montevideo Convention on Extradition 1933.
    #[serde(rename = "montevideo_1933")]
    Montevideo1933,
}

/// The whole file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TreatyData {
    /// Version of the file's shape.
    pub schema: u32,
    /// What the file is and how to read it.
    pub about: String,
    /// Every source read, by key.
    pub sources: BTreeMap<String, String>,
    /// The instruments.
    pub instruments: Vec<Treaty>,
}

/// Which pairs of parties an instrument binds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pairing {
    /// Any two of its parties.
    AnyTwo,
    /// One party of side a with one of side b (the United Kingdom with an EU state).
    AcrossSides,
}

/// The side of a party, for [`Pairing::AcrossSides`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Side {
    /// The first side.
    A,
    /// The second side.
    B,
}

/// How an instrument stands towards a bilateral treaty between two of its parties.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BilateralRelation {
    /// The instrument supersedes the bilateral treaty.
    Superseded,
    /// The bilateral treaty prevails.
    Prevail,
    /// Not known.
    Unknown,
}

/// The relation, its citation and how sure we are of it.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BilateralRule {
    /// The relation.
    pub relation: BilateralRelation,
    /// The citation, short ("European Convention on Extradition, Art. 28(1)-(2)").
    pub cites: String,
    /// Sources (keys of [`TreatyData::sources`]).
    pub source: Vec<String>,
    /// How sure we are.
    pub confidence: ConfidenceTag,
}

/// An instrument that, where it binds both states, sets aside another.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Displacement {
    /// The instrument set aside.
    pub instrument: TreatyId,
    /// The citation, short.
    pub cites: String,
    /// Sources (keys of [`TreatyData::sources`]).
    pub source: Vec<String>,
    /// How sure we are.
    pub confidence: ConfidenceTag,
}

/// One state's membership of an instrument.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Party {
    /// ISO 3166-1 alpha-2.
    pub state: String,
    /// The first day it was bound; `None`: not in Habeas' data.
    pub from: Option<NaiveDate>,
    /// The last day it was bound (denunciation, withdrawal), if it stopped.
    pub until: Option<NaiveDate>,
    /// How sure we are of this entry.
    pub confidence: ConfidenceTag,
    /// Sources (keys of [`TreatyData::sources`]).
    pub source: Vec<String>,
    /// Caveats.
    #[serde(default)]
    pub note: Option<String>,
    /// Its side, for [`Pairing::AcrossSides`].
    #[serde(default)]
    pub side: Option<Side>,
}

/// An extradition instrument and its parties.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Treaty {
    /// Identifier.
    pub id: TreatyId,
    /// Its name in running text ("European Convention on Extradition").
    pub name: String,
    /// Its full citation ("Paris, 13 December 1957, ETS No. 024").
    pub citation: String,
    /// When the instrument itself came into force, if known.
    pub in_force_from: Option<NaiveDate>,
    /// Which pairs it binds.
    pub pairing: Pairing,
    /// Sources for the instrument (keys of [`TreatyData::sources`]).
    pub source: Vec<String>,
    /// How sure we are of the instrument-level facts.
    pub confidence: ConfidenceTag,
    /// Whether a state absent from `parties` is known not to be a party.
    pub parties_complete: bool,
    /// The date the party list reflects, if known.
    pub parties_as_of: Option<NaiveDate>,
    /// Caveats that apply to every pair.
    #[serde(default)]
    pub note: Option<String>,
    /// For a protocol: the instrument it supplements.
    #[serde(default)]
    pub supplements: Option<TreatyId>,
    /// For a protocol: what it changes, in plain words.
    #[serde(default)]
    pub effect: Option<String>,
    /// How it stands towards bilateral treaties.
    pub bilateral_treaties: BilateralRule,
    /// Instruments it sets aside where it binds both states.
    pub displaces: Vec<Displacement>,
    /// Its parties.
    pub parties: Vec<Party>,
}

/// The confidence legend as written in the file (the same three words as [`Confidence`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConfidenceTag {
    /// Read in a primary or official source.
    Verified,
    /// Read in a secondary source.
    Secondary,
    /// Not verified.
    Unverified,
}

impl From<ConfidenceTag> for Confidence {
    fn from(c: ConfidenceTag) -> Self {
        match c {
            ConfidenceTag::Verified => Confidence::Verified,
            ConfidenceTag::Secondary => Confidence::Secondary,
            ConfidenceTag::Unverified => Confidence::Unverified,
        }
    }
}

impl Party {
    /// Whether this party was bound on `on`. A party whose start date is unknown counts from the
    /// instrument's own entry into force (or always, when that too is unknown): the finding then
    /// says the date is unknown rather than hiding the membership.
    #[must_use]
    pub fn bound_on(&self, treaty: &Treaty, on: NaiveDate) -> bool {
        let from = self.from.or(treaty.in_force_from);
        from.is_none_or(|f| f <= on) && self.until.is_none_or(|u| on <= u)
    }
}

impl Treaty {
    /// The entry for `state`, if it is listed.
    #[must_use]
    pub fn party(&self, state: &str) -> Option<&Party> {
        self.parties.iter().find(|p| p.state == state)
    }

    /// Both entries, if this instrument binds `a` and `b` to each other on `on`.
    #[must_use]
    pub fn binds(&self, a: &str, b: &str, on: NaiveDate) -> Option<(&Party, &Party)> {
        let (pa, pb) = (self.party(a)?, self.party(b)?);
        (self.pairs(pa, pb) && pa.bound_on(self, on) && pb.bound_on(self, on)).then_some((pa, pb))
    }

    /// Whether the pairing allows these two entries to be bound to each other.
    #[must_use]
    pub fn pairs(&self, a: &Party, b: &Party) -> bool {
        match self.pairing {
            Pairing::AnyTwo => true,
            Pairing::AcrossSides => a.side.is_some() && b.side.is_some() && a.side != b.side,
        }
    }
}

impl TreatyData {
    /// The instrument with this id.
    #[must_use]
    pub fn treaty(&self, id: TreatyId) -> Option<&Treaty> {
        self.instruments.iter().find(|t| t.id == id)
    }

    /// The texts of these source keys, joined; a key without text is shown as itself.
    #[must_use]
    pub fn cite(&self, keys: &[String]) -> String {
        keys.iter()
            .map(|k| self.sources.get(k).map_or(k.as_str(), String::as_str))
            .collect::<Vec<_>>()
            .join("; ")
    }
}

static DATA: LazyLock<Result<TreatyData, String>> =
    LazyLock::new(|| serde_json::from_str(TREATIES_JSON).map_err(|e| e.to_string()));

/// The treaty data, parsed on first use. An error only if the compiled-in file does not parse,
/// which the schema test rules out; callers say "treaty data unreadable" rather than guess.
///
/// # Errors
/// The parser's message.
pub fn data() -> Result<&'static TreatyData, &'static str> {
    DATA.as_ref().map_err(String::as_str)
}

#[cfg(test)]
#[allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]
mod tests {
    use std::collections::HashSet;

    use super::*;
    use crate::model::country;

    #[test]
    fn the_file_parses_and_every_entry_names_a_known_country_a_source_and_sane_dates() {
        let data = data().expect("treaties.json parses");
        assert_eq!(data.schema, 1);
        assert!(!data.about.is_empty());
        let mut ids = HashSet::new();
        let mut used = HashSet::new();
        for t in &data.instruments {
            assert!(ids.insert(t.id), "{:?} listed twice", t.id);
            assert!(!t.name.is_empty() && !t.citation.is_empty(), "{:?}", t.id);
            assert!(!t.source.is_empty(), "{:?} has no source", t.id);
            assert!(!t.parties.is_empty(), "{:?} has no parties", t.id);
            assert_eq!(
                t.supplements.is_some(),
                t.effect.is_some(),
                "{:?}: a protocol says what it changes",
                t.id
            );
            used.extend(t.source.iter().cloned());
            used.extend(t.bilateral_treaties.source.iter().cloned());
            assert!(!t.bilateral_treaties.cites.is_empty());
            for d in &t.displaces {
                assert_ne!(d.instrument, t.id, "{:?} displaces itself", t.id);
                assert!(!d.cites.is_empty() && !d.source.is_empty(), "{:?}", t.id);
                used.extend(d.source.iter().cloned());
            }
            let mut states = HashSet::new();
            for p in &t.parties {
                let c = country::by_code(&p.state)
                    .unwrap_or_else(|| panic!("{:?}: unknown country {}", t.id, p.state));
                assert_eq!(c.code, p.state, "{:?}: codes are upper case", t.id);
                assert!(states.insert(&p.state), "{:?}: {} twice", t.id, p.state);
                assert!(
                    !p.source.is_empty(),
                    "{:?}: {} has no source",
                    t.id,
                    p.state
                );
                used.extend(p.source.iter().cloned());
                if let (Some(f), Some(u)) = (p.from, p.until) {
                    assert!(f <= u, "{:?}: {} stops before it starts", t.id, p.state);
                }
                if let (Some(f), Some(start)) = (p.from, t.in_force_from) {
                    assert!(
                        f >= start,
                        "{:?}: {} bound before the instrument",
                        t.id,
                        p.state
                    );
                }
                assert_eq!(
                    p.side.is_some(),
                    t.pairing == Pairing::AcrossSides,
                    "{:?}: {} side",
                    t.id,
                    p.state
                );
            }
        }
        for key in &used {
            assert!(
                data.sources.get(key).is_some_and(|s| !s.trim().is_empty()),
                "source key {key} has no text"
            );
        }
        let unused: Vec<_> = data.sources.keys().filter(|k| !used.contains(*k)).collect();
        assert!(unused.is_empty(), "sources never cited: {unused:?}");
    }

    #[test]
    fn every_instrument_the_issue_names_is_in_the_data() {
        // Issue 15, section 1.1: the instruments the app must know.
        let data = data().expect("parses");
        for id in [
            TreatyId::EuropeanConvention,
            TreatyId::EuropeanConventionThirdProtocol,
            TreatyId::EuropeanArrestWarrant,
            TreatyId::EuUkTradeAndCooperation,
            TreatyId::NordicArrestWarrant,
            TreatyId::Minsk1993,
            TreatyId::Minsk1997Protocol,
            TreatyId::Chisinau2002,
            TreatyId::Riyadh1983,
            TreatyId::InterAmerican1981,
            TreatyId::Montevideo1933,
        ] {
            assert!(data.treaty(id).is_some(), "{id:?} missing");
        }
    }

    #[test]
    fn the_entries_the_domain_notes_single_out_say_what_they_say() {
        let data = data().expect("parses");
        let ece = data.treaty(TreatyId::EuropeanConvention).expect("ECE");
        // lists.json: 51 parties, all Council of Europe members plus five others (March 2022).
        assert_eq!(ece.parties.len(), 51);
        // lists.json: Russia's status is uncertain; secondary sources say it is still a party.
        let ru = ece.party("RU").expect("Russia listed");
        assert_eq!(Confidence::from(ru.confidence), Confidence::Secondary);
        assert!(ru
            .note
            .as_deref()
            .is_some_and(|n| n.contains("still a party")));
        // lists.json and the Chilean decree: Chile acceded in 2025 (in force 1 June 2025).
        let cl = ece.party("CL").expect("Chile listed");
        assert_eq!(cl.from, NaiveDate::from_ymd_opt(2025, 6, 1));
        // The UK left the EAW at the end of 2020 (5sah.co.uk; europeanlawblog.eu).
        let eaw = data.treaty(TreatyId::EuropeanArrestWarrant).expect("EAW");
        assert_eq!(
            eaw.party("GB").and_then(|p| p.until),
            NaiveDate::from_ymd_opt(2020, 12, 31)
        );
        assert_eq!(eaw.parties.len(), 28);
        // consultant.ru (domain.md §4): Chisinau in force for Russia from 28 June 2023.
        let chis = data.treaty(TreatyId::Chisinau2002).expect("Chisinau");
        assert_eq!(
            chis.party("RU").and_then(|p| p.from),
            NaiveDate::from_ymd_opt(2023, 6, 28)
        );
        // lists.json: the Minsk list is unverified as a whole, so no entry may claim more.
        let minsk = data.treaty(TreatyId::Minsk1993).expect("Minsk");
        assert!(minsk
            .parties
            .iter()
            .all(|p| Confidence::from(p.confidence) != Confidence::Verified));
    }
}
