//! A CCF filing as the case keeps it: kind, language, submitter, grounds, annexes, signature.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::fields::{check_line, check_notes};
use crate::pdf::PageSize;
use crate::Error;

/// One filing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Filing {
    /// Stable identifier (`filing-` and 16 hex digits).
    pub id: String,
    /// The case it belongs to.
    pub case_id: String,
    /// When it was created (UTC, RFC 3339).
    pub created: String,
    /// What is asked.
    pub kind: FilingKind,
    /// The filing's language: one of the CCF's working languages (independent of the UI's).
    pub language: Language,
    /// Who the request is for: a person, a minor, an entity; and any property concerned.
    pub applicant: Applicant,
    /// Who files it.
    pub submitter: Submitter,
    /// The alerts of the case the request concerns (ids).
    pub alerts: Vec<String>,
    /// How the applicant learned of the data (a border stop, an arrest, a letter).
    pub learned_how: String,
    /// Summary of the facts.
    pub facts: String,
    /// The grounds, one paragraph each, in order.
    pub grounds: Vec<Ground>,
    /// The outcome asked for, in the applicant's words.
    pub outcome: String,
    /// Items the applicant asks the CCF not to pass to the NCB (Statute Art. 20).
    pub confidential: Vec<String>,
    /// For an application for revision: the decision and the new fact.
    pub revision: Revision,
    /// The annexes, in order: the first is A-1.
    pub annexes: Vec<Annex>,
    /// What the user confirmed the identity document copy shows.
    pub id_copy: IdCopy,
    /// Signature: who, where, when.
    pub signature: Signature,
    /// Paper for the PDFs.
    pub paper: PageSize,
    /// Prefix of the continuous page numbers stamped on the annexes ("HABEAS-").
    pub bates_prefix: String,
}

impl Default for Filing {
    fn default() -> Self {
        Self {
            id: String::new(),
            case_id: String::new(),
            created: String::new(),
            kind: FilingKind::Deletion,
            language: Language::En,
            applicant: Applicant::default(),
            submitter: Submitter::default(),
            alerts: Vec::new(),
            learned_how: String::new(),
            facts: String::new(),
            grounds: Vec::new(),
            outcome: String::new(),
            confidential: Vec::new(),
            revision: Revision::default(),
            annexes: Vec::new(),
            id_copy: IdCopy::default(),
            signature: Signature::default(),
            paper: PageSize::A4,
            bates_prefix: "ANNEX-".into(),
        }
    }
}

/// What a filing asks of the CCF.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum FilingKind {
    /// Access to the data held (Art. 29).
    Access,
    /// Correction of the data (Art. 29).
    Correction,
    /// Deletion of the data (Art. 29).
    #[default]
    Deletion,
    /// Correction and deletion (Art. 29).
    CorrectionAndDeletion,
    /// Revision of a CCF decision on a newly discovered fact (Art. 42).
    Revision,
}

impl FilingKind {
    /// Every kind, in the order offered.
    pub const ALL: [Self; 5] = [
        Self::Access,
        Self::Correction,
        Self::Deletion,
        Self::CorrectionAndDeletion,
        Self::Revision,
    ];

    /// The request's name, as a title.
    #[must_use]
    pub const fn title(self) -> &'static str {
        match self {
            Self::Access => "Request for access to data",
            Self::Correction => "Request for correction of data",
            Self::Deletion => "Request for deletion of data",
            Self::CorrectionAndDeletion => "Request for correction and deletion of data",
            Self::Revision => "Application for revision of a decision",
        }
    }
}

/// The CCF's working languages (domain.md §1.4).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Language {
    /// English.
    #[default]
    En,
    /// French.
    Fr,
    /// Spanish.
    Es,
    /// Arabic (written right to left).
    Ar,
}

impl Language {
    /// The language's name in English.
    #[must_use]
    pub const fn name(self) -> &'static str {
        match self {
            Self::En => "English",
            Self::Fr => "French",
            Self::Es => "Spanish",
            Self::Ar => "Arabic",
        }
    }

    /// Whether free text `tag` (an evidence item's language: "fr", "French", "arabe") names
    /// this language.
    fn matches(self, tag: &str) -> bool {
        let t = tag.trim().to_lowercase();
        let names: &[&str] = match self {
            Self::En => &["en", "eng", "english", "anglais", "inglés", "ingles"],
            Self::Fr => &[
                "fr",
                "fra",
                "fre",
                "french",
                "français",
                "francais",
                "francés",
            ],
            Self::Es => &["es", "spa", "spanish", "español", "espanol", "espagnol"],
            Self::Ar => &["ar", "ara", "arabic", "arabe", "árabe", "العربية"],
        };
        names.contains(&t.as_str())
    }

    /// The working language `tag` names, if it names one.
    #[must_use]
    pub fn of_tag(tag: &str) -> Option<Self> {
        [Self::En, Self::Fr, Self::Es, Self::Ar]
            .into_iter()
            .find(|l| l.matches(tag))
    }
}

/// Who the applicant is. The CCF takes requests from "any person or entity", about data on
/// "the individual or entity, or their property" (CCF Portal User Guide for Applicants, March
/// 2026, "Terminology" [V]); its admissibility sheet [V] asks more of a minor's request and of an
/// entity's (domain.md §1.3, §2 rows A' and A'').
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ApplicantKind {
    /// The person the case is about, an adult.
    #[default]
    Person,
    /// The person the case is about is a minor; a parent or guardian acts for them.
    Minor,
    /// A company, association or other entity.
    Entity,
}

impl ApplicantKind {
    /// Every kind, in the order offered.
    pub const ALL: [Self; 3] = [Self::Person, Self::Minor, Self::Entity];
}

/// The applicant of a filing: what the CCF needs beyond the case's person for a minor or an
/// entity, and the property a request concerns.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Applicant {
    /// Person, minor or entity.
    pub kind: ApplicantKind,
    /// For a minor: the parent or guardian who acts for them.
    pub guardian: String,
    /// For a minor: how the guardian is related (mother, legal guardian by order of …).
    pub relationship: String,
    /// For an entity: its full name.
    pub entity_name: String,
    /// For an entity: its registration number, if it has one.
    pub registration_number: String,
    /// For an entity: its date of incorporation or registration.
    pub registered_on: Option<NaiveDate>,
    /// For an entity: its registered office.
    pub registered_office: String,
    /// For an entity: the individual who represents it in this request.
    pub signatory: String,
    /// For an entity: on what authority the signatory acts (director; board resolution of …).
    pub signatory_authority: String,
    /// Property whose data the request concerns (a vehicle, a vessel, a document), if any.
    pub property: String,
}

/// Who files the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Submitter {
    /// The applicant files it themself, or a representative does.
    pub representative: bool,
    /// The representative's name.
    pub name: String,
    /// Their firm or organisation.
    pub firm: String,
    /// Postal address.
    pub address: String,
    /// E-mail.
    pub email: String,
    /// Telephone.
    pub phone: String,
    /// The evidence item holding the power of attorney.
    pub power_of_attorney: Option<String>,
    /// The user confirmed the power of attorney is signed by the applicant.
    pub power_of_attorney_signed: bool,
}

/// One paragraph of the grounds.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Ground {
    /// The argument of the library it was inserted from, if any.
    pub argument: Option<String>,
    /// The paragraph, as edited.
    pub text: String,
    /// The user checked the argument's secondary or unverified citations against the primary
    /// text. Until then the admissibility check warns and the request marks the sources "to be
    /// checked" (issue 15, item 2.6).
    pub citations_confirmed: bool,
}

/// An application for revision (Statute Art. 42).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Revision {
    /// The decision whose revision is asked: its reference.
    pub decision: String,
    /// Its date.
    pub decision_date: Option<NaiveDate>,
    /// The newly discovered fact.
    pub new_fact: String,
    /// When the applicant learned of it: the six months of Art. 42(2) run from here.
    pub discovered: Option<NaiveDate>,
}

/// One annex: an evidence item of the case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Annex {
    /// The evidence item.
    pub evidence: String,
    /// The title in the annex index (defaults to the item's description or category).
    pub title: String,
}

/// What the user checked on the identity document copy (the CCF requires at least the name,
/// the date of birth and a photograph, unredacted).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct IdCopy {
    /// The full name is legible.
    pub name: bool,
    /// The date of birth is legible.
    pub birth_date: bool,
    /// The photograph is visible.
    pub photo: bool,
}

/// The signature block.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Signature {
    /// Who signs (the applicant, or the representative).
    pub by: String,
    /// Where.
    pub place: String,
    /// When.
    pub date: Option<NaiveDate>,
}

/// What every annex label starts with; the number after it counts from 1 in the order the user
/// set (A-1, A-2, …). The app receives it through the generated contract.
pub const ANNEX_PREFIX: &str = "A-";

/// The label of the annex at `index` (0-based), …
#[must_use]
pub fn annex_label(index: usize) -> String {
    format!("{ANNEX_PREFIX}{}", index + 1)
}

/// The file name of the annex at `index` in a portal set: A-01.pdf, A-02.pdf, … (zero-padded so
/// that files sort in order; names carry no personal data).
#[must_use]
pub fn annex_file(index: usize) -> String {
    format!("A-{:02}.pdf", index + 1)
}

impl Filing {
    /// Checks every field a user typed.
    ///
    /// # Errors
    /// The first [`Error::InvalidInput`] found.
    pub fn validate(&self) -> Result<(), Error> {
        for (field, value) in [
            ("Guardian", &self.applicant.guardian),
            ("Relationship", &self.applicant.relationship),
            ("Entity name", &self.applicant.entity_name),
            ("Registration number", &self.applicant.registration_number),
            ("Signatory", &self.applicant.signatory),
            (
                "Authority of the signatory",
                &self.applicant.signatory_authority,
            ),
            ("Property concerned", &self.applicant.property),
            ("Representative's name", &self.submitter.name),
            ("Firm", &self.submitter.firm),
            ("E-mail", &self.submitter.email),
            ("Telephone", &self.submitter.phone),
            ("Decision", &self.revision.decision),
            ("Signed by", &self.signature.by),
            ("Place of signature", &self.signature.place),
            ("Annex page prefix", &self.bates_prefix),
        ] {
            check_line(field, value)?;
        }
        for (field, value) in [
            ("Registered office", &self.applicant.registered_office),
            ("Address", &self.submitter.address),
            ("How the applicant learned of the data", &self.learned_how),
            ("Summary of facts", &self.facts),
            ("Outcome requested", &self.outcome),
            ("New fact", &self.revision.new_fact),
        ] {
            check_notes(field, value)?;
        }
        for g in &self.grounds {
            check_notes("Grounds", &g.text)?;
        }
        for c in &self.confidential {
            check_notes("Confidential items", c)?;
        }
        for a in &self.annexes {
            check_line("Annex title", &a.title)?;
        }
        if self.bates_prefix.chars().any(|c| c == '/' || c == '\\') {
            return Err(Error::InvalidInput {
                field: "Annex page prefix",
                reason: "use letters, digits and dashes".into(),
            });
        }
        let mut seen = std::collections::HashSet::new();
        if let Some(dup) = self
            .annexes
            .iter()
            .find(|a| !seen.insert(a.evidence.as_str()))
        {
            return Err(Error::InvalidInput {
                field: "Annexes",
                reason: format!("{} is annexed twice", dup.evidence),
            });
        }
        Ok(())
    }

    /// The annex label of an evidence item, if it is annexed.
    #[must_use]
    pub fn label_of(&self, evidence_id: &str) -> Option<String> {
        self.annexes
            .iter()
            .position(|a| a.evidence == evidence_id)
            .map(annex_label)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annex_labels_and_files_follow_the_order() {
        assert_eq!(annex_label(0), "A-1");
        assert_eq!(annex_label(11), "A-12");
        assert_eq!(annex_file(0), "A-01.pdf");
        assert_eq!(annex_file(11), "A-12.pdf");
        let f = Filing {
            annexes: vec![
                Annex {
                    evidence: "evidence-b".into(),
                    title: String::new(),
                },
                Annex {
                    evidence: "evidence-a".into(),
                    title: String::new(),
                },
            ],
            ..Filing::default()
        };
        assert_eq!(f.label_of("evidence-a").as_deref(), Some("A-2"));
        assert_eq!(f.label_of("evidence-c"), None);
    }

    #[test]
    fn validation_refuses_a_twice_annexed_item_and_a_path_in_the_prefix() {
        let twice = Filing {
            annexes: vec![
                Annex {
                    evidence: "evidence-a".into(),
                    title: String::new(),
                },
                Annex {
                    evidence: "evidence-a".into(),
                    title: String::new(),
                },
            ],
            ..Filing::default()
        };
        assert!(twice.validate().is_err());
        let slash = Filing {
            bates_prefix: "../".into(),
            ..Filing::default()
        };
        assert!(slash.validate().is_err());
        assert!(Filing::default().validate().is_ok());
    }

    #[test]
    fn languages_are_recognised_in_several_spellings() {
        assert_eq!(Language::of_tag("French"), Some(Language::Fr));
        assert_eq!(Language::of_tag(" ar "), Some(Language::Ar));
        assert_eq!(Language::of_tag("Español"), Some(Language::Es));
        assert_eq!(Language::of_tag("ru"), None);
    }
}
