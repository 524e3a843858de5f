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
    /// Expiry date. An expired document is a practitioner's "common reason" for an inadmissible
    /// CCF request (rednoticelawjournal.com 2020, secondary), not a rule of the CCF's own
    /// admissibility sheet, which asks for an official, unredacted document (domain.md §1.3).
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
///
/// INTERPOL's refugee policy (GA-2017-86-RES-09) turns on *refugee status* confirmed by a member
/// country, so the model keeps apart what a decision granted ([`ProtectionKind`]: refugee status
/// under the 1951 Convention, or another protection), where the claim stands
/// ([`ProtectionStatus`]) and whether the person has since become a national of the country of
/// refuge ([`Protection::naturalised`]). Vaults written before `kind` and `naturalised` existed
/// load with `kind` unspecified and `naturalised` false: the app then asks, rather than assume
/// Convention status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Protection {
    /// Where the claim stands.
    pub status: ProtectionStatus,
    /// What was granted or is claimed: refugee status under the 1951 Convention, or another
    /// protection (subsidiary, humanitarian). Unspecified in vaults written before it existed.
    pub kind: ProtectionKind,
    /// The person has since become a national of the country of refuge. Refugee status then
    /// ends (1951 Convention, Art. 1C(3)), and the CCF has declined the refugee policy for a
    /// naturalised person (domain.md §3.6, secondary).
    pub naturalised: bool,
    /// The country that grants (or examines) protection, ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// Date of the application or of the decision.
    pub date: Option<NaiveDate>,
    /// The state the person fears persecution from, ISO 3166-1 alpha-2.
    pub feared_state: Option<String>,
    /// Grounds of the grant, if known (political opinion, religion, …).
    pub grounds: String,
}

/// What kind of protection a claim or a decision concerns.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ProtectionKind {
    /// Not recorded (and every record made before this field existed).
    #[default]
    Unspecified,
    /// Refugee status under the 1951 Convention relating to the Status of Refugees (or its 1967
    /// Protocol): the only status INTERPOL's refugee policy names.
    ConventionRefugee,
    /// Subsidiary protection (EU law) or a comparable complementary status.
    Subsidiary,
    /// Humanitarian, temporary or another national protection status.
    Humanitarian,
}

/// Status of an asylum claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ProtectionStatus {
    /// Applied, not yet decided.
    #[default]
    Pending,
    /// Granted (what was granted is [`Protection::kind`]).
    Granted,
    /// Refused.
    Refused,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A person as vaults wrote them before `kind` and `naturalised` existed (schema 4): it
    /// still loads, and nothing is assumed about the kind of protection.
    #[test]
    fn a_protection_written_before_its_kind_existed_still_loads() {
        let old = r#"{"name_latin":"Olga Petrova","protection":{"status":"granted","country":"DE",
            "date":"2022-09-01","feared_state":"RU","grounds":"political opinion"}}"#;
        let person: Person = serde_json::from_str(old).unwrap_or_default();
        let p = person.protection.unwrap_or_default();
        assert_eq!(p.status, ProtectionStatus::Granted);
        assert_eq!(p.kind, ProtectionKind::Unspecified);
        assert!(!p.naturalised);
        assert_eq!(p.feared_state.as_deref(), Some("RU"));
        let new: Protection = serde_json::from_str(
            r#"{"status":"pending","kind":"convention_refugee","naturalised":true}"#,
        )
        .unwrap_or_default();
        assert_eq!(new.kind, ProtectionKind::ConventionRefugee);
        assert!(new.naturalised);
    }
}
