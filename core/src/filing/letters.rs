//! Letters made in one step from a case's data: a notice for the border and immigration
//! authorities of a country (the advice practitioners give: carry proof of status and of the
//! pending proceedings), a covering letter for an asylum authority, a letter to the CCF
//! asking for a decision overdue under Art. 40 of its Statute, the one page a person carries
//! in case they are detained, and a brief for the lawyer who meets them in custody.
//!
//! Every word is the catalogue's (`locales/<lang>/letters.ftl`, issue 17.2), in the language the
//! user chose for the letter, separate from the app's language. English is the source; the
//! French, Spanish, Arabic and Russian texts were drafted by the team and are unreviewed
//! (`letters.reviewed` is empty), which the app says before export. Their statements about
//! INTERPOL come from sources tagged verified in domain.md (interpol.int on Red Notices, the
//! refugee resolution); everything about the person comes from the case, and what the case does
//! not say is left as a bracketed blank. They state only what happened (issue 15, 2.5): a CCF
//! request is "pending" only when a filing event is recorded and no decision after it (a draft
//! filing is not a request); the refugee policy is cited only for refugee status under the 1951
//! Convention against a state that issued an alert. The border letter opens with a page for the
//! bearer alone: the caution and the instruction not to hand that page over; it is refused for
//! the state that issued the alert.
//!
//! The "detained now" sheet is one page in two halves: English, and the language of the country
//! where it would be shown when the app has it ([`country_language`]), else the language the user
//! chose for it (issue 18.3).
//!
//! Country names are still the English ones (`model::country`); the CLDR names in each language
//! are another room's work (issue 17.3).
//!
//! [`write()`] is the use case the app and the CLI share: one check of the country, one rule for
//! the paper.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};
use serde::Serialize;

use super::Filing;
use crate::evidence::{Category, Evidence};
use crate::locale::{self, Arg, Direction, Language};
use crate::model::{
    country, Alert, AlertKind, Case, CcfRequestKind, DocumentKind, Event, EventKind,
    ProtectionKind, ProtectionStatus,
};
use crate::pdf::{Flow, Kind, Meta, PageSize};
use crate::rules::arguments::{diffusion_kind, DiffusionKind};
use crate::rules::{ccf, deadlines, flags};
use crate::store::{cases, evidence_items as records, filings, Store};
use crate::{clock, export, Error};

/// Which letter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum LetterKind {
    /// To the border and immigration authorities of a country.
    Border,
    /// Covering letter for an asylum authority.
    Asylum,
    /// To the CCF, asking for a decision overdue under Art. 40 of its Statute.
    CcfFollowUp,
    /// One page the person carries and shows if detained (issue 18.3).
    DetainedNow,
    /// A short brief for the lawyer who meets the person in custody (issue 18.4).
    LawyerBrief,
}

impl LetterKind {
    /// Whether the letter is addressed to a country's authorities (and needs the country).
    #[must_use]
    pub const fn needs_country(self) -> bool {
        matches!(self, Self::Border | Self::Asylum)
    }

    /// Whether a country may be given: the one the letter is addressed to, or (for the
    /// "detained now" sheet) the one where it would be shown, whose language it adds.
    #[must_use]
    pub const fn takes_country(self) -> bool {
        matches!(self, Self::Border | Self::Asylum | Self::DetainedNow)
    }

    /// What its file name starts with (no personal data in it).
    #[must_use]
    pub const fn stem(self) -> &'static str {
        match self {
            Self::Border => "letter-border-authorities",
            Self::Asylum => "letter-asylum-authority",
            Self::CcfFollowUp => "letter-ccf-decision-overdue",
            Self::DetainedNow => "sheet-if-detained",
            Self::LawyerBrief => "brief-for-the-lawyer-in-custody",
        }
    }

    /// The file name offered when saving the letter of case `case_id` made on `made`: told apart
    /// from other cases' letters by the short case id and the date, with nothing of the person
    /// in it ([`export::file_name`]).
    #[must_use]
    pub fn file_name(self, case_id: &str, made: NaiveDate) -> String {
        export::file_name(self.stem(), Some(case_id), made, "pdf")
    }
}

/// What the letter is made from.
#[derive(Debug)]
pub struct LetterData<'a> {
    /// The case.
    pub case: &'a Case,
    /// Its alerts.
    pub alerts: &'a [Alert],
    /// Its filings (the representative to contact and the signer come from the latest).
    pub filings: &'a [Filing],
    /// Its events (a CCF request is cited as pending only from a recorded filing event).
    pub events: &'a [Event],
    /// Its evidence (proof of status and of proceedings is listed as enclosed).
    pub evidence: &'a [Evidence],
    /// The country addressed (ISO 3166-1 alpha-2), or where the "detained now" sheet would be
    /// shown; empty for a letter to the CCF, the brief, or a sheet for no country in particular.
    pub country: &'a str,
    /// Today (local date): what the CCF's time limits are measured against.
    pub today: NaiveDate,
    /// Paper.
    pub paper: PageSize,
    /// When it is made.
    pub generated: DateTime<Utc>,
}

/// Message `id` of the letters' catalogue in `lang`. Fluent isolates every inserted value for
/// bidi; a left-to-right letter has no use for the marks (a PDF reader's text layer would carry
/// them into a copied sentence), an Arabic one keeps them so a Latin name keeps its order.
fn say(lang: Language, id: &str, args: &[(&str, Arg<'_>)]) -> String {
    let text = locale::message(lang, id, args);
    match lang.direction() {
        Direction::Rtl => text,
        Direction::Ltr => locale::catalogue::without_isolates(&text),
    }
}

/// The name serde gives a value of a closed set (`red_notice`): the variant key a catalogue
/// message selects on, so the Rust names no words.
fn key<T: Serialize>(value: &T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// A date in words, in the letter's language.
fn date(d: NaiveDate, lang: Language) -> String {
    clock::written_in(d, lang)
}

/// A country's name inside a sentence: English takes the article ("the Russian Federation"),
/// the other languages CLDR's name (issue 17.3, `locale::countries`).
fn state(code: &str, lang: Language) -> String {
    crate::model::country::in_text_in(code, lang)
}

fn list(words: &[String], lang: Language) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => say(
            lang,
            "letters-list-and",
            &[
                (
                    "init",
                    init.join(&say(lang, "letters-list-comma", &[])).into(),
                ),
                ("last", last.as_str().into()),
            ],
        ),
    }
}

/// The person in one line: name, birth, nationality, a document.
fn person_line(case: &Case, lang: Language) -> String {
    let p = &case.person;
    let mut parts = vec![case.display_name().to_owned()];
    if let Some(d) = p.birth_date {
        parts.push(say(lang, "letters-born", &[("date", date(d, lang).into())]));
    }
    if !p.nationalities.is_empty() {
        let n: Vec<String> = p.nationalities.iter().map(|c| state(c, lang)).collect();
        parts.push(say(
            lang,
            "letters-national-of",
            &[("countries", list(&n, lang).into())],
        ));
    }
    // A refugee travel document first: it is what a refugee carries, and the passport of the
    // state they fled may be the one document they cannot renew (1951 Convention, Art. 1C(1)).
    let doc = p
        .documents
        .iter()
        .find(|d| d.kind == DocumentKind::RefugeeTravelDocument)
        .or_else(|| p.documents.first());
    if let Some(doc) = doc {
        if !doc.number.is_empty() {
            let document = say(lang, "letters-document", &[("kind", key(&doc.kind).into())]);
            parts.push(say(
                lang,
                "letters-document-number",
                &[
                    ("document", document.into()),
                    ("number", doc.number.as_str().into()),
                ],
            ));
        }
    }
    parts.join(&say(lang, "letters-list-comma", &[]))
}

/// The countries that issued the alerts, in words; a blank to fill when none is recorded.
fn issuers(alerts: &[Alert], lang: Language) -> String {
    let mut codes: Vec<&str> = alerts
        .iter()
        .filter_map(|a| a.issuing_country.as_deref())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let names: Vec<String> = codes.into_iter().map(|c| state(c, lang)).collect();
    if names.is_empty() {
        say(lang, "letters-blank-issuer", &[])
    } else {
        list(&names, lang)
    }
}

/// The kinds of alert, as the catalogue's `letters-alert` selects them: a wanted-person
/// Diffusion is told apart from other Diffusions (its review differs, issue 15, 3.3).
fn alert_key(a: &Alert) -> String {
    if a.kind == AlertKind::Diffusion && diffusion_kind(a) == Some(DiffusionKind::WantedPerson) {
        "wanted_diffusion".to_owned()
    } else {
        key(&a.kind)
    }
}

fn alert_words(alerts: &[Alert], lang: Language) -> String {
    let mut kinds: Vec<String> = alerts
        .iter()
        .map(|a| say(lang, "letters-alert", &[("kind", alert_key(a).into())]))
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    if kinds.is_empty() {
        say(lang, "letters-alert", &[("kind", "".into())])
    } else {
        list(&kinds, lang)
    }
}

/// Where the alerts are: recorded in INTERPOL's files, or (direct NCB messages only) sent
/// through its channels.
fn where_held(alerts: &[Alert], lang: Language) -> String {
    let channels = !alerts.is_empty() && alerts.iter().all(|a| a.kind == AlertKind::NcbMessage);
    let which = if channels { "channels" } else { "files" };
    say(lang, "letters-where", &[("where", which.into())])
}

/// What each kind of Diffusion, and a direct NCB message, is: the review differs (issue 15,
/// 3.3), so the letter says which the case has.
fn nature_paragraphs(flow: &mut Flow, alerts: &[Alert], lang: Language, kind: Kind) {
    let kinds: Vec<Option<DiffusionKind>> = alerts.iter().map(diffusion_kind).collect();
    if kinds.contains(&Some(DiffusionKind::WantedPerson)) {
        flow.paragraph(&say(lang, "letters-nature-wanted-diffusion", &[]), kind);
    }
    if kinds.contains(&Some(DiffusionKind::Other)) || kinds.contains(&Some(DiffusionKind::Unknown))
    {
        flow.paragraph(&say(lang, "letters-nature-diffusion", &[]), kind);
    }
    if kinds.contains(&Some(DiffusionKind::Other))
        && !kinds.contains(&Some(DiffusionKind::WantedPerson))
        && !kinds.contains(&Some(DiffusionKind::Unknown))
    {
        flow.paragraph(&say(lang, "letters-nature-no-arrest", &[]), kind);
    }
    if alerts.iter().any(|a| a.kind == AlertKind::NcbMessage) {
        flow.paragraph(&say(lang, "letters-nature-ncb-message", &[]), kind);
    }
}

/// The latest request to the CCF for correction, deletion or revision, in words, if a filing
/// event records it and no CCF decision is recorded on or after its date. A filing drafted in
/// Habeas is not a request until it is filed (issue 15, 2.5); an access request alone is not cited.
fn pending(events: &[Event], lang: Language) -> Option<String> {
    pending_as(events, lang, "letters-pending")
}

/// [`pending`], in the words of message `id` (the sheet says it in fewer words).
fn pending_as(events: &[Event], lang: Language, id: &str) -> Option<String> {
    let filed = events
        .iter()
        .filter(|e| match e.kind {
            EventKind::RevisionFiled => true,
            EventKind::CcfRequestFiled => {
                e.ccf_request.is_empty()
                    || e.ccf_request.iter().any(|k| *k != CcfRequestKind::Access)
            }
            _ => false,
        })
        .filter_map(|e| e.date.map(|d| (d, e)))
        .max_by_key(|(d, _)| *d)?;
    let (day, event) = filed;
    let decided = events
        .iter()
        .any(|e| e.kind == EventKind::CcfDecision && e.date.is_some_and(|d| d >= day));
    if decided {
        return None;
    }
    let asks = |k: CcfRequestKind| event.ccf_request.contains(&k);
    let what = if event.kind == EventKind::RevisionFiled {
        key(&ccf::Step::Revision)
    } else if asks(CcfRequestKind::Correction) && asks(CcfRequestKind::Deletion) {
        key(&CcfRequestKind::Correction) + "_" + &key(&CcfRequestKind::Deletion)
    } else if asks(CcfRequestKind::Deletion) {
        key(&CcfRequestKind::Deletion)
    } else if asks(CcfRequestKind::Correction) {
        key(&CcfRequestKind::Correction)
    } else {
        String::new()
    };
    Some(say(
        lang,
        id,
        &[("what", what.into()), ("date", date(day, lang).into())],
    ))
}

/// Lists the proof carried with the letter (asylum decisions, correspondence with the CCF)
/// under `heading`, if there is any.
fn enclosures(flow: &mut Flow, heading: &str, evidence: &[Evidence], lang: Language) {
    let proof = enclosed(evidence, lang);
    if !proof.is_empty() {
        flow.heading(heading);
        for p in &proof {
            flow.paragraph(&format!("• {p}"), Kind::Body);
        }
    }
}

/// An evidence item's category, in the letter's language.
fn category(c: Category, lang: Language) -> String {
    say(lang, "letters-category", &[("category", key(&c).into())])
}

/// Proof carried with the letter: asylum decisions and correspondence with the CCF.
fn enclosed(evidence: &[Evidence], lang: Language) -> Vec<String> {
    evidence
        .iter()
        .filter(|e| e.deleted.is_none())
        .filter(|e| {
            matches!(
                e.category,
                Category::AsylumDecision | Category::CorrespondenceCcf
            )
        })
        .map(|e| {
            let title = if e.description.trim().is_empty() {
                category(e.category, lang)
            } else {
                e.description.clone()
            };
            match e.document_date {
                Some(d) => say(
                    lang,
                    "letters-enclosure-dated",
                    &[("title", title.into()), ("date", date(d, lang).into())],
                ),
                None => title,
            }
        })
        .collect()
}

fn contact(filings: &[Filing], lang: Language) -> String {
    filings
        .iter()
        .rev()
        .map(|f| &f.submitter)
        .find(|s| s.representative && !s.name.trim().is_empty())
        .map(|s| {
            let parts: Vec<&str> = [&s.name, &s.firm, &s.phone, &s.email]
                .into_iter()
                .map(String::as_str)
                .filter(|x| !x.trim().is_empty())
                .collect();
            parts.join(&say(lang, "letters-list-comma", &[]))
        })
        .unwrap_or_else(|| say(lang, "letters-blank-contact", &[]))
}

/// The person's protection, in words that say exactly what was granted or claimed.
fn status_paragraph(case: &Case, lang: Language) -> Option<String> {
    let p = case.person.protection.as_ref()?;
    if flags::naturalised(&case.person) {
        return None;
    }
    let by = p.country.as_deref().map_or_else(
        || say(lang, "letters-blank-country", &[]),
        |c| state(c, lang),
    );
    let when = p
        .date
        .map(|d| say(lang, "letters-when", &[("date", date(d, lang).into())]))
        .unwrap_or_default();
    let feared = p
        .feared_state
        .as_deref()
        .map(|c| say(lang, "letters-feared", &[("state", state(c, lang).into())]))
        .unwrap_or_default();
    let id = match (p.status, p.kind) {
        (ProtectionStatus::Granted, ProtectionKind::ConventionRefugee) => "letters-status-refugee",
        (ProtectionStatus::Granted, ProtectionKind::Subsidiary) => "letters-status-subsidiary",
        (ProtectionStatus::Granted, ProtectionKind::Humanitarian) => "letters-status-humanitarian",
        (ProtectionStatus::Granted, ProtectionKind::Unspecified) => "letters-status-unspecified",
        (ProtectionStatus::Pending, _) => "letters-status-pending",
        (ProtectionStatus::Refused, _) => return None,
    };
    Some(say(
        lang,
        id,
        &[
            ("name", case.display_name().into()),
            ("by", by.into()),
            ("when", when.into()),
            ("feared", feared.into()),
        ],
    ))
}

/// The refugee policy paragraph, only when it applies: refugee status under the 1951 Convention,
/// against a state that issued one of the alerts.
fn refugee_policy_applies(case: &Case, alerts: &[Alert]) -> bool {
    flags::refugee_status_against(&case.person).is_some_and(|(feared, _)| {
        alerts
            .iter()
            .any(|a| a.issuing_country.as_deref() == Some(feared))
    })
}

/// Why a refugee's identity document may be a refugee travel document rather than a passport.
fn travel_document_paragraph(case: &Case, lang: Language) -> Option<String> {
    flags::refugee_status_against(&case.person)?;
    let rtd = case
        .person
        .documents
        .iter()
        .find(|d| d.kind == DocumentKind::RefugeeTravelDocument)?;
    let issuer = rtd
        .issuer
        .as_deref()
        .map(|c| {
            say(
                lang,
                "letters-issued-by",
                &[("state", state(c, lang).into())],
            )
        })
        .unwrap_or_default();
    Some(say(
        lang,
        "letters-travel-document",
        &[
            ("name", case.display_name().into()),
            ("issuer", issuer.into()),
        ],
    ))
}

/// The caution for the bearer of a letter addressed to border authorities, shown before the
/// letter is made (the CLI prints it) and on the letter's first page, in `lang`. The same words
/// as the checklist's [`crate::rules::checklist::BORDER_CAUTION`] (issue 15, 2.5).
#[must_use]
pub fn caution(kind: LetterKind, lang: Language) -> Option<String> {
    match kind {
        LetterKind::Border => Some(say(lang, "letters-border-caution", &[])),
        LetterKind::Asylum
        | LetterKind::CcfFollowUp
        | LetterKind::DetainedNow
        | LetterKind::LawyerBrief => None,
    }
}

fn sign_off(flow: &mut Flow, filings: &[Filing], lang: Language) {
    flow.space(12.0);
    let signer = filings
        .iter()
        .rev()
        .find_map(|f| (!f.signature.by.trim().is_empty()).then(|| f.signature.by.clone()))
        .unwrap_or_else(|| say(lang, "letters-blank-name", &[]));
    flow.field(&say(lang, "letters-sign-name", &[]), &signer, Kind::Body);
    flow.field(&say(lang, "letters-sign-date", &[]), "", Kind::Body);
    flow.space(14.0);
    flow.field(&say(lang, "letters-sign-signature", &[]), "", Kind::Body);
    flow.rule();
}

/// "Page 2 of 3" in `lang`.
fn page_of(lang: Language, page: usize, pages: usize) -> String {
    let n = |x: usize| Arg::Number(i64::try_from(x).unwrap_or(i64::MAX));
    locale::catalogue::without_isolates(&locale::message(
        lang,
        "letters-page",
        &[("page", n(page)), ("pages", n(pages))],
    ))
}

/// The refusal of a border letter to the state that issued the alert. (The values of an
/// error's fields are English for now, as every error's are: locales/README.md.)
fn issuer_refused(code: &str) -> Error {
    Error::InvalidInput {
        field: "Country",
        reason: format!(
            "{} issued the alert: never send its authorities a letter about it",
            country::name(code)
        ),
    }
}

/// The letter for the border and immigration authorities of `data.country`, in `lang`.
///
/// # Errors
/// [`Error::InvalidInput`] for the state that issued an alert; [`Error::Internal`] if the PDF
/// cannot be made.
pub fn border(data: &LetterData<'_>, lang: Language) -> Result<Vec<u8>, Error> {
    if data
        .alerts
        .iter()
        .any(|a| a.issuing_country.as_deref() == Some(data.country))
    {
        return Err(issuer_refused(data.country));
    }
    let to = state(data.country, lang);
    let title = say(lang, "letters-border-title", &[]);
    let rtl = lang.direction() == Direction::Rtl;
    let mut flow = Flow::new(data.paper, rtl, &title);
    flow.paragraph(&say(lang, "letters-bearer-heading", &[]), Kind::Strong);
    flow.paragraph(&say(lang, "letters-border-caution", &[]), Kind::Body);
    flow.paragraph(&say(lang, "letters-bearer-remove", &[]), Kind::Body);
    flow.page_break();
    flow.paragraph(
        &say(lang, "letters-border-to", &[("state", to.as_str().into())]),
        Kind::Strong,
    );
    flow.title(&say(lang, "letters-border-heading", &[]));
    flow.field(
        &say(lang, "letters-concerning", &[]),
        &person_line(data.case, lang),
        Kind::Body,
    );
    let lead = say(
        lang,
        "letters-subject-bearer",
        &[
            ("name", data.case.display_name().into()),
            ("alerts", alert_words(data.alerts, lang).into()),
            ("where", where_held(data.alerts, lang).into()),
            ("issuers", issuers(data.alerts, lang).into()),
        ],
    );
    alert_and_status(&mut flow, data, &lead, lang, Kind::Body);
    if let Some(p) = travel_document_paragraph(data.case, lang) {
        flow.paragraph(&p, Kind::Body);
    }
    if let Some(p) = pending(data.events, lang) {
        flow.paragraph(&p, Kind::Body);
    }
    enclosures(
        &mut flow,
        &say(lang, "letters-border-enclosures", &[]),
        data.evidence,
        lang,
    );
    flow.paragraph(
        &say(
            lang,
            "letters-border-contact",
            &[("contact", contact(data.filings, lang).into())],
        ),
        Kind::Body,
    );
    sign_off(&mut flow, data.filings, lang);
    let meta = Meta {
        title: title.clone(),
        subject: say(lang, "letters-border-subject", &[("state", to.into())]),
        created: data.generated,
    };
    // The bearer's page is not part of the letter: the letter's pages are numbered without it,
    // so they read whole once it is removed.
    let bearer = say(lang, "letters-bearer-footer", &[]);
    flow.finish(&meta, |n, m| {
        if n == 1 {
            bearer.clone()
        } else {
            page_of(lang, n - 1, m - 1)
        }
    })
}

/// The covering letter for the asylum authority of `data.country`, in `lang`.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn asylum(data: &LetterData<'_>, lang: Language) -> Result<Vec<u8>, Error> {
    let to = state(data.country, lang);
    let title = say(lang, "letters-asylum-title", &[]);
    let rtl = lang.direction() == Direction::Rtl;
    let mut flow = Flow::new(data.paper, rtl, &title);
    flow.paragraph(
        &say(lang, "letters-asylum-to", &[("state", to.as_str().into())]),
        Kind::Strong,
    );
    flow.title(&say(lang, "letters-asylum-heading", &[]));
    flow.field(
        &say(lang, "letters-applicant", &[]),
        &person_line(data.case, lang),
        Kind::Body,
    );
    flow.paragraph(
        &say(
            lang,
            "letters-asylum-accompanies",
            &[
                ("name", data.case.display_name().into()),
                ("alerts", alert_words(data.alerts, lang).into()),
                ("where", where_held(data.alerts, lang).into()),
                ("issuers", issuers(data.alerts, lang).into()),
            ],
        ),
        Kind::Body,
    );
    let feared_issuer = data
        .case
        .person
        .protection
        .as_ref()
        .and_then(|p| p.feared_state.as_deref())
        .filter(|feared| {
            data.alerts
                .iter()
                .any(|a| a.issuing_country.as_deref() == Some(*feared))
        });
    if let Some(feared) = feared_issuer {
        flow.paragraph(
            &say(
                lang,
                "letters-asylum-feared-issuer",
                &[("state", crate::model::country::name_in(feared, lang).into())],
            ),
            Kind::Body,
        );
    }
    if data.alerts.iter().any(|a| a.kind == AlertKind::RedNotice) {
        flow.paragraph(&say(lang, "letters-nature-red-notice", &[]), Kind::Body);
    }
    // The refugee policy concerns the state the applicant fears only: cited when it issued an
    // alert, and with the request that follows from it (GA-2017-86-RES-09, verified).
    if feared_issuer.is_some() {
        let confirmation = say(
            lang,
            "letters-asylum-confirmation",
            &[
                ("name", data.case.display_name().into()),
                ("state", to.as_str().into()),
            ],
        );
        flow.paragraph(
            &format!(
                "{} {confirmation}",
                say(lang, "letters-refugee-policy", &[])
            ),
            Kind::Body,
        );
    }
    if let Some(p) = pending(data.events, lang) {
        flow.paragraph(&p, Kind::Body);
    }
    enclosures(
        &mut flow,
        &say(lang, "letters-asylum-enclosures", &[]),
        data.evidence,
        lang,
    );
    flow.paragraph(
        &say(
            lang,
            "letters-any-question",
            &[("contact", contact(data.filings, lang).into())],
        ),
        Kind::Body,
    );
    sign_off(&mut flow, data.filings, lang);
    let meta = Meta {
        title: title.clone(),
        subject: say(lang, "letters-asylum-subject", &[("state", to.into())]),
        created: data.generated,
    };
    flow.finish(&meta, |n, m| page_of(lang, n, m))
}

/// The refusal of a follow-up letter when no decision is overdue (English, as every error's
/// field values are for now: locales/README.md).
fn nothing_overdue() -> Error {
    Error::InvalidInput {
        field: "Letter",
        reason: "no CCF decision is overdue in this case: this letter is for a request found \
                 admissible whose time limit has passed with no decision recorded"
            .into(),
    }
}

/// The letter to the CCF asking for a decision whose Art. 40 time limit has passed with none
/// recorded (issue 15 §3.4), in `lang`. It states only what the case records: the filing, the
/// admissibility answer, the limit and the day it ended. The page for the sender says the
/// limits were read only in a secondary source (domain.md §1.5).
///
/// # Errors
/// [`Error::InvalidInput`] when no decision is overdue; [`Error::Internal`] if the PDF cannot be
/// made.
pub fn ccf_follow_up(data: &LetterData<'_>, lang: Language) -> Result<Vec<u8>, Error> {
    let deadlines = deadlines::compute(data.case, data.alerts, data.events, data.today);
    let overdue: Vec<(ccf::ChainStep, &deadlines::Deadline)> =
        ccf::chain(data.events, &[], &deadlines)
            .into_iter()
            .filter(|s| s.overdue)
            .filter_map(|s| {
                let d = deadlines
                    .iter()
                    .find(|d| Some(&d.key) == s.deadline.as_ref())?;
                Some((s, d))
            })
            .collect();
    if overdue.is_empty() {
        return Err(nothing_overdue());
    }
    let title = say(lang, "letters-follow-up-title", &[]);
    let rtl = lang.direction() == Direction::Rtl;
    let mut flow = Flow::new(data.paper, rtl, &title);
    flow.paragraph(&say(lang, "letters-follow-up-before", &[]), Kind::Strong);
    flow.paragraph(&say(lang, "letters-follow-up-note", &[]), Kind::Body);
    flow.paragraph(&say(lang, "letters-follow-up-alone", &[]), Kind::Body);
    flow.page_break();
    flow.paragraph(&say(lang, "letters-ccf-to", &[]), Kind::Strong);
    flow.paragraph(&say(lang, "letters-ccf-portal", &[]), Kind::Small);
    flow.title(&title);
    flow.field(
        &say(lang, "letters-concerning", &[]),
        &person_line(data.case, lang),
        Kind::Body,
    );
    let name = data.case.display_name();
    let blank = say(lang, "letters-blank-date", &[]);
    let on = |d: Option<NaiveDate>| d.map_or_else(|| blank.clone(), |d| date(d, lang));
    for (step, d) in &overdue {
        let what = match step.step {
            ccf::Step::Access => key(&ccf::Step::Access),
            _ => key(&CcfRequestKind::Correction) + "_" + &key(&CcfRequestKind::Deletion),
        };
        flow.paragraph(
            &say(
                lang,
                "letters-follow-up-step",
                &[
                    ("filed", on(step.filed).into()),
                    ("what", what.into()),
                    ("name", name.into()),
                    ("admissible", on(step.admissibility).into()),
                    ("due", date(d.due, lang).into()),
                ],
            ),
            Kind::Body,
        );
    }
    flow.paragraph(
        &say(lang, "letters-follow-up-ask", &[("name", name.into())]),
        Kind::Body,
    );
    flow.paragraph(
        &say(
            lang,
            "letters-any-question",
            &[("contact", contact(data.filings, lang).into())],
        ),
        Kind::Body,
    );
    sign_off(&mut flow, data.filings, lang);
    let meta = Meta {
        title: title.clone(),
        subject: say(lang, "letters-follow-up-subject", &[]),
        created: data.generated,
    };
    // The sender's page is not part of the letter: numbered without it.
    let sender = say(lang, "letters-sender-footer", &[]);
    flow.finish(&meta, |n, m| {
        if n == 1 {
            sender.clone()
        } else {
            page_of(lang, n - 1, m - 1)
        }
    })
}

/// What the alerts are and the person's protection, as the border letter and the detention
/// sheet both say it: `lead` ("The bearer … is or may be the subject of …", or "I am …"), what
/// each kind of alert is, the protection recorded and the refugee policy where it applies.
fn alert_and_status(
    flow: &mut Flow,
    data: &LetterData<'_>,
    lead: &str,
    lang: Language,
    kind: Kind,
) {
    flow.paragraph(lead, kind);
    if data.alerts.iter().any(|a| a.kind == AlertKind::RedNotice) {
        flow.paragraph(&say(lang, "letters-nature-red-notice", &[]), kind);
    }
    nature_paragraphs(flow, data.alerts, lang, kind);
    if let Some(status) = status_paragraph(data.case, lang) {
        flow.paragraph(&status, kind);
    }
    if refugee_policy_applies(data.case, data.alerts) {
        flow.paragraph(&say(lang, "letters-refugee-policy", &[]), kind);
    }
}

/// The states feared by a person who holds, or has asked for, protection against them, among
/// the states that issued an alert: the consulates that must not be told of the detention.
fn feared_issuer(case: &Case, alerts: &[Alert], lang: Language) -> Option<String> {
    let p = case.person.protection.as_ref()?;
    if p.status == ProtectionStatus::Refused || flags::naturalised(&case.person) {
        return None;
    }
    let feared = p.feared_state.as_deref()?;
    alerts
        .iter()
        .any(|a| a.issuing_country.as_deref() == Some(feared))
        .then(|| state(feared, lang))
}

/// The language of the app's five in which authorities of country `code` (ISO 3166-1 alpha-2)
/// are most likely to read a sheet, other than English: the first of French, Spanish, Arabic
/// and Russian that is an official language there. Source: the Unicode CLDR's territory
/// information (`supplementalData.xml`, `territoryInfo`, languages with `officialStatus`
/// "official" or "de_facto_official"), as of CLDR 44, written down here by hand and not
/// re-checked against the file (confidence: secondary). Where two of them are official
/// (Djibouti, Comoros and Chad: French and Arabic) French is listed, the language of their
/// administration's forms; English alone where none is (the sheet's English half is always there).
#[must_use]
pub fn country_language(code: &str) -> Option<Language> {
    const FRENCH: &[&str] = &[
        "BE", "BF", "BI", "BJ", "BL", "CA", "CD", "CF", "CG", "CH", "CI", "CM", "DJ", "FR", "GA",
        "GF", "GN", "GP", "GQ", "HT", "KM", "LU", "MC", "MF", "MG", "ML", "MQ", "NC", "NE", "PF",
        "PM", "RE", "RW", "SC", "SN", "TD", "TG", "VU", "WF", "YT",
    ];
    const SPANISH: &[&str] = &[
        "AR", "BO", "CL", "CO", "CR", "CU", "DO", "EA", "EC", "ES", "GT", "HN", "IC", "MX", "NI",
        "PA", "PE", "PR", "PY", "SV", "UY", "VE",
    ];
    const ARABIC: &[&str] = &[
        "AE", "BH", "DZ", "EG", "EH", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA",
        "SA", "SD", "SO", "SY", "TN", "YE",
    ];
    const RUSSIAN: &[&str] = &["BY", "KG", "KZ", "RU"];
    let code = code.trim().to_ascii_uppercase();
    [
        (Language::Fr, FRENCH),
        (Language::Es, SPANISH),
        (Language::Ar, ARABIC),
        (Language::Ru, RUSSIAN),
    ]
    .into_iter()
    .find(|(_, codes)| codes.contains(&code.as_str()))
    .map(|(l, _)| l)
}

/// The languages of a "detained now" sheet (issue 18.3): English first, then the language of the
/// country where it would be shown when the app has it, else `chosen` (the language the user
/// picked for it, standing for the person's own: the case does not record a language). English
/// alone when both are English.
#[must_use]
pub fn sheet_languages(country: &str, chosen: Language) -> Vec<Language> {
    let second = country_language(country).unwrap_or(chosen);
    if second == Language::En {
        vec![Language::En]
    } else {
        vec![Language::En, second]
    }
}

/// Whether a native-speaking lawyer has reviewed every message of `lang`'s `letters.ftl`
/// (`locales/<lang>/letters.reviewed`, one line per reviewed message): English is the source.
#[must_use]
pub fn reviewed(lang: Language) -> bool {
    let records = match lang {
        Language::En => return true,
        Language::Fr => include_str!("../../../locales/fr/letters.reviewed"),
        Language::Es => include_str!("../../../locales/es/letters.reviewed"),
        Language::Ar => include_str!("../../../locales/ar/letters.reviewed"),
        Language::Ru => include_str!("../../../locales/ru/letters.reviewed"),
    };
    let done: Vec<&str> = records
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .filter_map(|l| l.split('\t').next())
        .collect();
    let source = locale::catalogue::sources(Language::En)[4];
    source
        .lines()
        .filter_map(|l| l.split_once(" ="))
        .map(|(id, _)| id)
        .filter(|id| !id.starts_with([' ', '#']) && !id.is_empty())
        .all(|id| done.contains(&id))
}

/// What each kind of alert of the case is, in the sheet's fewer words (issue 18.3: a Diffusion
/// is a message between police forces that INTERPOL did not review before it was sent; a Red
/// Notice is not an arrest warrant): the keys of `letters-sheet-nature`, chosen as the letters'
/// paragraphs are ([`nature_paragraphs`]).
fn sheet_natures(alerts: &[Alert]) -> Vec<&'static str> {
    let kinds: Vec<Option<DiffusionKind>> = alerts.iter().map(diffusion_kind).collect();
    let wanted = kinds.contains(&Some(DiffusionKind::WantedPerson));
    let unknown = kinds.contains(&Some(DiffusionKind::Unknown));
    let other = kinds.contains(&Some(DiffusionKind::Other));
    let mut out = Vec::new();
    if alerts.iter().any(|a| a.kind == AlertKind::RedNotice) {
        out.push("red_notice");
    }
    if wanted {
        out.push("wanted_diffusion");
    }
    if other || unknown {
        out.push("diffusion");
    }
    if other && !wanted && !unknown {
        out.push("no_arrest");
    }
    if alerts.iter().any(|a| a.kind == AlertKind::NcbMessage) {
        out.push("ncb_message");
    }
    out
}

/// One half of the "detained now" sheet, in `lang`.
fn detained_half(flow: &mut Flow, data: &LetterData<'_>, lang: Language, first: bool) {
    flow.set_rtl(lang.direction() == Direction::Rtl);
    let title = say(lang, "letters-detained-title", &[]);
    if !first {
        flow.rule();
    }
    flow.heading(&title);
    // The translated half says it is a translation, unreviewed while it is (issue 18.3); the
    // page has no room for more.
    if !reviewed(lang) {
        flow.paragraph(&say(lang, "letters-detained-unreviewed", &[]), Kind::Small);
    }
    flow.field(
        &say(lang, "letters-i-am", &[]),
        &person_line(data.case, lang),
        Kind::Small,
    );
    flow.paragraph(&say(lang, "letters-detained-lawyer", &[]), Kind::Strong);
    // Consent is the person's own choice: stated only while none is recorded.
    if !data
        .events
        .iter()
        .any(|e| e.kind == EventKind::ConsentToSurrender)
    {
        flow.paragraph(&say(lang, "letters-detained-no-consent", &[]), Kind::Strong);
    }
    if let Some(feared) = feared_issuer(data.case, data.alerts, lang) {
        flow.paragraph(
            &say(
                lang,
                "letters-detained-no-consulate",
                &[("state", feared.into())],
            ),
            Kind::Strong,
        );
    }
    // What the alert is, the protection and the request to the CCF: one paragraph of small
    // print, so that two languages fit on the page.
    let mut facts = Vec::new();
    if !data.alerts.is_empty() {
        facts.push(say(
            lang,
            "letters-subject-self",
            &[
                ("alerts", alert_words(data.alerts, lang).into()),
                ("where", where_held(data.alerts, lang).into()),
                ("issuers", issuers(data.alerts, lang).into()),
            ],
        ));
        for nature in sheet_natures(data.alerts) {
            facts.push(say(
                lang,
                "letters-sheet-nature",
                &[("kind", nature.into())],
            ));
        }
    }
    facts.extend(status_paragraph(data.case, lang));
    if refugee_policy_applies(data.case, data.alerts) {
        facts.push(say(lang, "letters-sheet-refugee-policy", &[]));
    }
    facts.extend(pending_as(data.events, lang, "letters-sheet-pending"));
    if !facts.is_empty() {
        flow.paragraph(&facts.join(" "), Kind::Small);
    }
}

fn first_of(languages: &[Language]) -> Language {
    languages.first().copied().unwrap_or_default()
}

/// One page the person carries and shows if detained (issue 18.3): who they are, what the alert
/// is, their protection and a pending CCF request only as the case records them, what they ask
/// for, and whom to call; in English and in `languages`' second language when there is one
/// ([`sheet_languages`]), one half each, the second marked unreviewed while it is.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn detained_now(data: &LetterData<'_>, languages: &[Language]) -> Result<Vec<u8>, Error> {
    let titles: Vec<String> = languages
        .iter()
        .map(|l| say(*l, "letters-detained-title", &[]))
        .collect();
    let footer = titles.join(" / ");
    let mut flow = Flow::new(data.paper, false, &footer);
    for (i, lang) in languages.iter().enumerate() {
        detained_half(&mut flow, data, *lang, i == 0);
    }
    // Whom to call, once for both halves (the page has room for it once).
    flow.set_rtl(false);
    flow.rule();
    let call: Vec<String> = languages
        .iter()
        .map(|l| say(*l, "letters-detained-call", &[]))
        .collect();
    flow.field(
        &call.join(" / "),
        &contact(data.filings, first_of(languages)),
        Kind::Strong,
    );
    let first = first_of(languages);
    let meta = Meta {
        title: footer.clone(),
        subject: say(first, "letters-detained-subject", &[]),
        created: data.generated,
    };
    flow.finish(&meta, |n, m| page_of(first, n, m))
}

/// The person's situation today in one line, in `lang` ([`crate::model::situation`]).
fn situation_line(data: &LetterData<'_>, lang: Language) -> String {
    let s = crate::model::situation(data.case, data.events, data.today);
    let since = s.since.map(|d| date(d, lang)).unwrap_or_default();
    let custody = if s.since.is_some() {
        key(&s.custody)
    } else {
        String::new()
    };
    let mut parts = vec![say(
        lang,
        "letters-situation",
        &[("custody", custody.into()), ("since", since.into())],
    )];
    for p in &s.protections {
        let mut what = say(
            lang,
            "letters-situation-protection",
            &[("kind", key(&p.kind).into())],
        );
        if let Some(c) = &p.country {
            what = say(
                lang,
                "letters-situation-in",
                &[
                    ("what", what.into()),
                    ("state", crate::model::country::name_in(c, lang).into()),
                ],
            );
        }
        if let Some(d) = p.since {
            what = say(
                lang,
                "letters-situation-since",
                &[("what", what.into()), ("date", date(d, lang).into())],
            );
        }
        parts.push(what);
    }
    let line = parts.join("; ");
    if s.closed {
        say(
            lang,
            "letters-situation-closed",
            &[("situation", line.into())],
        )
    } else {
        line
    }
}

/// The alerts, one paragraph each, for the brief.
fn brief_alerts(flow: &mut Flow, data: &LetterData<'_>, lang: Language) {
    flow.heading(&say(lang, "letters-brief-alerts", &[]));
    if data.alerts.is_empty() {
        flow.paragraph(&say(lang, "letters-brief-no-alert", &[]), Kind::Body);
    }
    for a in data.alerts {
        let mut parts = vec![say(
            lang,
            "letters-alert-label",
            &[("kind", key(&a.kind).into())],
        )];
        if let Some(c) = &a.issuing_country {
            parts.push(say(
                lang,
                "letters-brief-from",
                &[("state", crate::model::country::name_in(c, lang).into())],
            ));
        }
        parts.push(say(
            lang,
            "letters-brief-status",
            &[("status", key(&a.current_status()).into())],
        ));
        let mut line = parts.join(&say(lang, "letters-list-comma", &[]));
        if !a.offence.trim().is_empty() {
            line.push('\n');
            line.push_str(&say(
                lang,
                "letters-brief-offence",
                &[("offence", a.offence.trim().into())],
            ));
        }
        let w = &a.warrant;
        let warrant: Vec<String> = [w.authority.trim(), w.reference.trim()]
            .into_iter()
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .chain(w.date.map(|d| date(d, lang)))
            .collect();
        if !warrant.is_empty() {
            line.push('\n');
            line.push_str(&say(
                lang,
                "letters-brief-warrant",
                &[(
                    "warrant",
                    warrant.join(&say(lang, "letters-list-comma", &[])).into(),
                )],
            ));
        }
        flow.paragraph(&line, Kind::Body);
    }
}

/// The dates that bind, each with its basis and confidence, for the brief.
fn brief_dates(flow: &mut Flow, due: &[deadlines::Deadline], lang: Language) {
    flow.heading(&say(lang, "letters-brief-dates", &[]));
    if due.is_empty() {
        flow.paragraph(&say(lang, "letters-brief-no-deadline", &[]), Kind::Body);
    }
    for d in due {
        let mut line = format!(
            "{}\n{}",
            say(
                lang,
                "letters-brief-deadline",
                &[
                    ("title", d.title.as_str().into()),
                    ("due", date(d.due, lang).into()),
                    ("state", key(&d.state).into()),
                ],
            ),
            say(
                lang,
                "letters-brief-basis",
                &[
                    ("basis", d.basis.as_str().into()),
                    ("confidence", key(&d.confidence).into()),
                ],
            )
        );
        if let Some(alarm) = d.alarm {
            line.push('\n');
            line.push_str(&alarm.what_to_do_in(lang));
        }
        let kind = if d.alarm.is_some() {
            Kind::Strong
        } else {
            Kind::Body
        };
        flow.paragraph(&line, kind);
    }
}

/// Where each request to the CCF stands, for the brief.
fn brief_ccf(flow: &mut Flow, data: &LetterData<'_>, due: &[deadlines::Deadline], lang: Language) {
    flow.heading(&say(lang, "letters-brief-ccf", &[]));
    let drafted: Vec<_> = data.filings.iter().map(|f| f.kind).collect();
    let blank = say(lang, "letters-blank-date", &[]);
    let on = |d: Option<NaiveDate>| d.map_or_else(|| blank.clone(), |d| date(d, lang));
    for s in ccf::chain(data.events, &drafted, due) {
        let mut state = say(
            lang,
            "letters-brief-step-state",
            &[
                ("state", key(&s.state).into()),
                ("filed", on(s.filed).into()),
                ("admissibility", on(s.admissibility).into()),
                ("decided", on(s.decided).into()),
            ],
        );
        if s.overdue {
            state.push(' ');
            state.push_str(&say(lang, "letters-brief-overdue", &[]));
        }
        flow.field(
            &say(lang, "letters-brief-step", &[("step", key(&s.step).into())]),
            &state,
            Kind::Body,
        );
    }
}

/// A short brief for the lawyer who meets the person in custody (issue 18.4), in `lang`: the
/// situation, the alerts, the dates that bind with their basis and confidence, where the
/// requests to the CCF stand, the grounds already written, and the evidence with its SHA-256
/// (and its annex label in the latest filing). Everything comes from the case as recorded; it
/// says so. (The deadlines' bases and the arguments' titles are still English: issue 17, other
/// rooms.)
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn lawyer_brief(data: &LetterData<'_>, lang: Language) -> Result<Vec<u8>, Error> {
    let title = say(lang, "letters-brief-title", &[]);
    let rtl = lang.direction() == Direction::Rtl;
    let mut flow = Flow::new(data.paper, rtl, &title);
    flow.title(&title);
    flow.paragraph(
        &say(
            lang,
            "letters-brief-made",
            &[("date", date(data.today, lang).into())],
        ),
        Kind::Small,
    );
    flow.field(
        &say(lang, "letters-brief-client", &[]),
        &person_line(data.case, lang),
        Kind::Body,
    );
    flow.field(
        &say(lang, "letters-brief-situation", &[]),
        &situation_line(data, lang),
        Kind::Body,
    );
    brief_alerts(&mut flow, data, lang);
    let due = deadlines::compute_in(data.case, data.alerts, data.events, data.today, lang);
    brief_dates(&mut flow, &due, lang);
    brief_ccf(&mut flow, data, &due, lang);

    let grounds: Vec<String> = data
        .filings
        .iter()
        .flat_map(|f| {
            f.grounds.iter().filter_map(move |g| {
                g.argument
                    .as_deref()
                    .and_then(crate::rules::arguments::by_id)
                    .map(|a| format!("{} ({})", a.title(), f.kind.title().to_lowercase()))
            })
        })
        .collect();
    if !grounds.is_empty() {
        flow.heading(&say(lang, "letters-brief-grounds", &[]));
        flow.paragraph(&grounds.join("\n"), Kind::Body);
    }

    let live: Vec<&Evidence> = data
        .evidence
        .iter()
        .filter(|e| e.deleted.is_none())
        .collect();
    if !live.is_empty() {
        flow.heading(&say(lang, "letters-brief-evidence", &[]));
        let latest = data.filings.last();
        for e in live {
            let name = crate::model::neutralised(&e.original_name);
            let label = match latest.and_then(|f| f.label_of(&e.id)) {
                Some(l) => say(
                    lang,
                    "letters-brief-annex",
                    &[("label", l.into()), ("name", name.into())],
                ),
                None => name,
            };
            flow.field(
                &label,
                &format!("{}\n{}", category(e.category, lang), e.sha256),
                Kind::Small,
            );
        }
    }
    flow.field(
        &say(lang, "letters-brief-contact", &[]),
        &contact(data.filings, lang),
        Kind::Body,
    );
    let meta = Meta {
        title: title.clone(),
        subject: say(lang, "letters-brief-subject", &[]),
        created: data.generated,
    };
    flow.finish(&meta, |n, m| page_of(lang, n, m))
}

/// Any letter, in `lang` (the "detained now" sheet: English and the language of
/// [`sheet_languages`]).
///
/// # Errors
/// As [`border`] and [`ccf_follow_up`].
pub fn letter(kind: LetterKind, data: &LetterData<'_>, lang: Language) -> Result<Vec<u8>, Error> {
    match kind {
        LetterKind::Border => border(data, lang),
        LetterKind::Asylum => asylum(data, lang),
        LetterKind::CcfFollowUp => ccf_follow_up(data, lang),
        LetterKind::DetainedNow => detained_now(data, &sheet_languages(data.country, lang)),
        LetterKind::LawyerBrief => lawyer_brief(data, lang),
    }
}

/// The ISO code of the country a letter is addressed to, from what the user typed or picked
/// (any case, surrounding spaces ignored).
///
/// # Errors
/// [`Error::InvalidInput`] when it is not a country Habeas knows.
pub fn country_code(input: &str) -> Result<&'static str, Error> {
    country::by_code(input)
        .map(|c| c.code)
        .ok_or_else(|| Error::InvalidInput {
            field: "Country",
            reason: "choose the country the letter is addressed to (a two-letter code, like DE)"
                .into(),
        })
}

/// Writes letter `kind` from case `case_id` in `lang`, addressed to `country` (for the
/// "detained now" sheet, the country where it would be shown, may be empty; not read for the
/// other letters), to `destination`: not encrypted, written atomically, an existing file
/// replaced only with `overwrite`. The paper is `paper` when the user chose one, else the paper
/// of the case's latest filing (the letter goes with it), else A4. Returns the bytes written.
///
/// # Errors
/// [`Error::InvalidInput`] (an unknown country), [`Error::AlreadyExists`] (the file exists),
/// [`Error::NotFound`] (no such case), I/O errors of the destination.
#[allow(
    clippy::too_many_arguments,
    reason = "the letter's choices as the user makes them: what, to whom, in which language, on which paper, where"
)]
pub fn write(
    store: &Store,
    case_id: &str,
    kind: LetterKind,
    country: &str,
    lang: Language,
    paper: Option<PageSize>,
    destination: &Path,
    overwrite: bool,
) -> Result<usize, Error> {
    let country = if kind.needs_country() || (kind.takes_country() && !country.trim().is_empty()) {
        country_code(country)?
    } else {
        ""
    };
    let case = cases::get_case(store, case_id)?;
    let alerts = cases::alerts(store, case_id)?;
    let filings = filings::list(store, case_id)?;
    let evidence = records::list(store, case_id)?;
    let events = cases::events(store, case_id)?;
    let data = LetterData {
        case: &case,
        alerts: &alerts,
        events: &events,
        paper: paper
            .or_else(|| filings.last().map(|f| f.paper))
            .unwrap_or(PageSize::A4),
        filings: &filings,
        evidence: &evidence,
        country,
        today: clock::today(),
        generated: clock::now(),
    };
    let pdf = letter(kind, &data, lang)?;
    export::write_file(destination, &pdf, overwrite)?;
    Ok(pdf.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::{Person, Protection};
    use chrono::NaiveDate;

    fn event(kind: EventKind, date: &str, asks: &[CcfRequestKind]) -> Event {
        Event {
            kind,
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            ccf_request: asks.to_vec(),
            ..Event::default()
        }
    }

    /// Issue 15, 2.5: a request is "pending" only from a recorded filing event, and not once a
    /// decision is recorded after it.
    #[test]
    fn a_request_is_pending_only_after_a_filing_event_and_before_a_decision() {
        assert_eq!(
            pending(&[], Language::En),
            None,
            "a draft filing is not a request"
        );
        let filed = event(
            EventKind::CcfRequestFiled,
            "2026-11-20",
            &[CcfRequestKind::Access, CcfRequestKind::Deletion],
        );
        let text = pending(std::slice::from_ref(&filed), Language::En).unwrap_or_default();
        assert!(
            text.starts_with("A request for deletion of these data was filed on 20 November 2026"),
            "{text}"
        );
        let decided = event(EventKind::CcfDecision, "2027-03-01", &[]);
        assert_eq!(pending(&[filed.clone(), decided], Language::En), None);
        let earlier = event(EventKind::CcfDecision, "2025-01-01", &[]);
        assert!(
            pending(&[filed, earlier], Language::En).is_some(),
            "a decision on an older request"
        );
        let access = event(
            EventKind::CcfRequestFiled,
            "2026-11-20",
            &[CcfRequestKind::Access],
        );
        assert_eq!(
            pending(&[access], Language::En),
            None,
            "an access request alone is not cited"
        );
    }

    #[test]
    fn protection_is_described_as_what_it_is() {
        let case = |status, kind| Case {
            person: Person {
                name_latin: "Olga Petrova".into(),
                protection: Some(Protection {
                    status,
                    kind,
                    country: Some("DE".into()),
                    feared_state: Some("RU".into()),
                    ..Protection::default()
                }),
                ..Person::default()
            },
            ..Case::default()
        };
        let pending_claim = status_paragraph(
            &case(ProtectionStatus::Pending, ProtectionKind::ConventionRefugee),
            Language::En,
        )
        .unwrap_or_default();
        assert!(!pending_claim.contains("recognised"), "{pending_claim}");
        assert!(
            pending_claim.contains("has not yet been decided"),
            "{pending_claim}"
        );
        let subsidiary = case(ProtectionStatus::Granted, ProtectionKind::Subsidiary);
        assert!(status_paragraph(&subsidiary, Language::En)
            .is_some_and(|t| t.contains("subsidiary protection") && !t.contains("refugee")));
        let ru = [Alert {
            issuing_country: Some("RU".into()),
            ..Alert::default()
        }];
        assert!(!refugee_policy_applies(&subsidiary, &ru));
        let refugee = case(ProtectionStatus::Granted, ProtectionKind::ConventionRefugee);
        assert!(refugee_policy_applies(&refugee, &ru));
        let tr = [Alert {
            issuing_country: Some("TR".into()),
            ..Alert::default()
        }];
        assert!(
            !refugee_policy_applies(&refugee, &tr),
            "not the state that issued the alert"
        );
    }

    #[test]
    fn the_letter_names_the_kind_of_diffusion() {
        use crate::model::AlertRequest;
        let with = |kind, requests: &[AlertRequest]| Alert {
            kind,
            requests: requests.to_vec(),
            ..Alert::default()
        };
        assert_eq!(
            alert_words(
                &[with(AlertKind::Diffusion, &[AlertRequest::Arrest])],
                Language::En
            ),
            "a wanted-person Diffusion"
        );
        assert_eq!(
            alert_words(
                &[with(AlertKind::Diffusion, &[AlertRequest::Locate])],
                Language::En
            ),
            "a Diffusion"
        );
        let message = [with(AlertKind::NcbMessage, &[])];
        assert_eq!(
            alert_words(&message, Language::En),
            "a message sent directly between National Central Bureaus"
        );
        assert_eq!(
            where_held(&message, Language::En),
            "sent through INTERPOL's channels"
        );
        assert_eq!(
            where_held(&[with(AlertKind::RedNotice, &[])], Language::En),
            "recorded in INTERPOL's files"
        );
    }

    #[test]
    fn lists_read_as_english() {
        assert_eq!(list(&[], Language::En), "");
        assert_eq!(list(&["a".into()], Language::En), "a");
        assert_eq!(
            list(&["a".into(), "b".into(), "c".into()], Language::En),
            "a, b and c"
        );
    }
}
