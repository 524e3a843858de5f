//! A piece of evidence as the case keeps it: what it is, where it came from, its file.
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::fields::{check_line, check_notes};
use crate::files::sniff;
use crate::Error;

/// One piece of evidence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Evidence {
    /// Stable identifier (`evidence-` and 16 hex digits).
    pub id: String,
    /// The case it belongs to.
    pub case_id: String,
    /// The blob holding the file (32 hex digits); empty once the item is deleted.
    pub blob: String,
    /// The file's name where it was imported from (kept only inside the vault).
    pub original_name: String,
    /// Size of the original file in bytes.
    pub size: u64,
    /// SHA-256 of the original file, lower-case hex (as `sha256sum` prints it).
    pub sha256: String,
    /// What the file is, sniffed from its content (`image/jpeg`).
    pub media_type: String,
    /// When the file was last modified where it came from (UTC, RFC 3339), if known.
    pub file_modified: Option<String>,
    /// When it was imported (UTC, RFC 3339).
    pub imported: String,
    /// What kind of document it is.
    pub category: Category,
    /// The document's own date (a decision's date, a letter's date).
    pub document_date: Option<NaiveDate>,
    /// Who gave it and how (USB stick from the client, e-mail from the NCB).
    pub source: String,
    /// The document's language (free text or a code: "ru", "French").
    pub language: String,
    /// What it is and why it matters.
    pub description: String,
    /// Free tags.
    pub tags: Vec<String>,
    /// Events of the case it relates to (ids).
    pub events: Vec<String>,
    /// Alerts of the case it relates to (ids).
    pub alerts: Vec<String>,
    /// For a translation: the item it translates (id).
    pub translation_of: Option<String>,
    /// For a translation: who translated it.
    pub translator: String,
    /// When the item was deleted (its file is gone; the record and its custody log stay).
    pub deleted: Option<String>,
    /// For a copy Habeas made of another item (a photo without its metadata, issue 16.9): the
    /// item it was made from. The original stays as imported.
    pub derived_from: Option<String>,
    /// For such a copy: what was done, in English ("removed: GPS position 41.0082 N, …").
    pub derivation: Option<String>,
    /// The commitment to the blob's file key (64 hex digits, docs/vault-format.md): what binds
    /// this record to its blob, so that a blob put in its place is refused (issue 16.5). Set at
    /// intake, and for older items when their vault became format 3; `None` for an item whose
    /// blob could not be read then (its SHA-256 is checked instead). Internal: not shown.
    #[cfg_attr(feature = "specta", specta(skip))]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub blob_key: Option<String>,
}

/// Kinds of evidence a CCF request relies on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Passport, national identity card.
    IdentityDocument,
    /// The power of attorney for a representative.
    PowerOfAttorney,
    /// Proof of the relationship between a minor and the parent or guardian acting for them
    /// (a birth certificate, a guardianship order).
    RelationshipProof,
    /// An entity's official registration document (name, date and number of registration).
    EntityRegistration,
    /// Proof that the person signing may represent an entity.
    AuthorityToRepresent,
    /// Proof that property the request concerns is the applicant's (a registration, a title).
    PropertyRecord,
    /// Judgments, court records.
    CourtRecord,
    /// The national arrest warrant.
    ArrestWarrant,
    /// Extradition request, decisions, papers.
    ExtraditionPapers,
    /// Refugee or asylum decision.
    AsylumDecision,
    /// Human-rights reports on the issuing country.
    HumanRightsReport,
    /// Correspondence with a National Central Bureau.
    CorrespondenceNcb,
    /// Correspondence with the CCF.
    CorrespondenceCcf,
    /// Correspondence with other authorities.
    CorrespondenceAuthorities,
    /// Press and media coverage.
    Press,
    /// Drafts of the narrative.
    NarrativeDraft,
    /// A translation of another item.
    Translation,
    /// Anything else.
    #[default]
    Other,
}

impl Category {
    /// Every category, in the order the app offers them.
    pub const ALL: [Category; 18] = [
        Self::IdentityDocument,
        Self::PowerOfAttorney,
        Self::RelationshipProof,
        Self::EntityRegistration,
        Self::AuthorityToRepresent,
        Self::PropertyRecord,
        Self::CourtRecord,
        Self::ArrestWarrant,
        Self::ExtraditionPapers,
        Self::AsylumDecision,
        Self::HumanRightsReport,
        Self::CorrespondenceNcb,
        Self::CorrespondenceCcf,
        Self::CorrespondenceAuthorities,
        Self::Press,
        Self::NarrativeDraft,
        Self::Translation,
        Self::Other,
    ];

    /// The category in English, as the CLI and the custody certificate print it.
    #[must_use]
    pub const fn label(self) -> &'static str {
        match self {
            Self::IdentityDocument => "Identity document",
            Self::PowerOfAttorney => "Power of attorney",
            Self::RelationshipProof => "Proof of relationship (minor)",
            Self::EntityRegistration => "Registration of an entity",
            Self::AuthorityToRepresent => "Authority to represent an entity",
            Self::PropertyRecord => "Proof of ownership of property",
            Self::CourtRecord => "Court record",
            Self::ArrestWarrant => "Arrest warrant",
            Self::ExtraditionPapers => "Extradition papers",
            Self::AsylumDecision => "Refugee or asylum decision",
            Self::HumanRightsReport => "Human-rights report on the issuing country",
            Self::CorrespondenceNcb => "Correspondence with an NCB",
            Self::CorrespondenceCcf => "Correspondence with the CCF",
            Self::CorrespondenceAuthorities => "Correspondence with authorities",
            Self::Press => "Press or media",
            Self::NarrativeDraft => "Narrative draft",
            Self::Translation => "Translation",
            Self::Other => "Other",
        }
    }
}

/// The fields a user edits after intake (everything else is fixed at intake).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(default)]
pub struct Details {
    /// See [`Evidence::category`].
    pub category: Category,
    /// See [`Evidence::document_date`].
    pub document_date: Option<NaiveDate>,
    /// See [`Evidence::source`].
    pub source: String,
    /// See [`Evidence::language`].
    pub language: String,
    /// See [`Evidence::description`].
    pub description: String,
    /// See [`Evidence::tags`].
    pub tags: Vec<String>,
    /// See [`Evidence::events`].
    pub events: Vec<String>,
    /// See [`Evidence::alerts`].
    pub alerts: Vec<String>,
    /// See [`Evidence::translation_of`].
    pub translation_of: Option<String>,
    /// See [`Evidence::translator`].
    pub translator: String,
}

impl Details {
    /// Checks every field a user typed.
    ///
    /// # Errors
    /// The first [`Error::InvalidInput`] found.
    pub fn validate(&self) -> Result<(), Error> {
        check_line("Source", &self.source)?;
        check_line("Language", &self.language)?;
        check_notes("Description", &self.description)?;
        check_line("Translator", &self.translator)?;
        for t in &self.tags {
            check_line("Tags", t)?;
            if t.trim().is_empty() {
                return Err(Error::InvalidInput {
                    field: "Tags",
                    reason: "remove the empty tag".into(),
                });
            }
        }
        if self.translation_of.is_some() && self.category != Category::Translation {
            return Err(Error::InvalidInput {
                field: "Translation of",
                reason: "only a translation can name the item it translates".into(),
            });
        }
        Ok(())
    }
}

impl Evidence {
    /// The editable fields of this item.
    #[must_use]
    pub fn details(&self) -> Details {
        Details {
            category: self.category,
            document_date: self.document_date,
            source: self.source.clone(),
            language: self.language.clone(),
            description: self.description.clone(),
            tags: self.tags.clone(),
            events: self.events.clone(),
            alerts: self.alerts.clone(),
            translation_of: self.translation_of.clone(),
            translator: self.translator.clone(),
        }
    }

    /// Replaces the editable fields.
    pub fn set_details(&mut self, d: Details) {
        self.category = d.category;
        self.document_date = d.document_date;
        self.source = d.source;
        self.language = d.language;
        self.description = d.description;
        self.tags = d.tags;
        self.events = d.events;
        self.alerts = d.alerts;
        self.translation_of = d.translation_of;
        self.translator = d.translator;
    }

    /// How the app can show this item.
    #[must_use]
    pub fn preview(&self) -> sniff::Preview {
        if self.deleted.is_some() {
            sniff::Preview::None
        } else {
            sniff::preview(&self.media_type)
        }
    }
}
