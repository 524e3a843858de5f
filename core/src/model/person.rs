//! The person an alert names: names in every script, documents, protection, profile.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// The person concerned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
