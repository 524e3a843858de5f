//! Letters made in one step from a case's data: a notice for the border and immigration
//! authorities of a country (the advice practitioners give: carry proof of status and of the
//! pending proceedings), and a covering letter for an asylum authority.
//!
//! The letters are in English only. Their statements about INTERPOL come from sources tagged
//! verified in domain.md (interpol.int on Red Notices, the refugee resolution); everything about
//! the person comes from the case, and what the case does not say is left as a bracketed blank.
//!
//! [`write()`] is the use case the app and the CLI share: one check of the country, one rule for
//! the paper.

use std::path::Path;

use chrono::{DateTime, Utc};

use super::{Filing, FilingKind};
use crate::evidence::{Category, Evidence};
use crate::model::{country, Alert, AlertKind, Case, DocumentKind, ProtectionStatus};
use crate::pdf::{Flow, Kind, Meta, PageSize};
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
}

/// What the letter is made from.
#[derive(Debug)]
pub struct LetterData<'a> {
    /// The case.
    pub case: &'a Case,
    /// Its alerts.
    pub alerts: &'a [Alert],
    /// Its filings (the latest request is cited as pending).
    pub filings: &'a [Filing],
    /// Its evidence (proof of status and of proceedings is listed as enclosed).
    pub evidence: &'a [Evidence],
    /// The country addressed (ISO 3166-1 alpha-2).
    pub country: &'a str,
    /// Paper.
    pub paper: PageSize,
    /// When it is made.
    pub generated: DateTime<Utc>,
}

fn list(words: &[String]) -> String {
    match words {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

fn document_kind(kind: DocumentKind) -> &'static str {
    match kind {
        DocumentKind::Passport => "passport",
        DocumentKind::NationalId => "national identity card",
        DocumentKind::RefugeeTravelDocument => "refugee travel document",
        DocumentKind::ResidencePermit => "residence permit",
        DocumentKind::Other => "identity document",
    }
}

/// The person in one line: name, birth, nationality, a document.
fn person_line(case: &Case) -> String {
    let p = &case.person;
    let mut parts = vec![case.display_name().to_owned()];
    if let Some(d) = p.birth_date {
        parts.push(format!("born on {}", d.format("%Y-%m-%d")));
    }
    if !p.nationalities.is_empty() {
        let n: Vec<String> = p
            .nationalities
            .iter()
            .map(|c| country::in_text(c))
            .collect();
        parts.push(format!("national of {}", list(&n)));
    }
    if let Some(doc) = p.documents.first() {
        if !doc.number.is_empty() {
            parts.push(format!("{} no. {}", document_kind(doc.kind), doc.number));
        }
    }
    parts.join(", ")
}

/// The countries that issued the alerts, in words; a blank to fill when none is recorded.
fn issuers(alerts: &[Alert]) -> String {
    let mut codes: Vec<&str> = alerts
        .iter()
        .filter_map(|a| a.issuing_country.as_deref())
        .collect();
    codes.sort_unstable();
    codes.dedup();
    let names: Vec<String> = codes.into_iter().map(country::in_text).collect();
    if names.is_empty() {
        "[the issuing country]".to_owned()
    } else {
        list(&names)
    }
}

fn alert_words(alerts: &[Alert]) -> String {
    let mut kinds: Vec<&str> = alerts.iter().map(|a| a.kind.label()).collect();
    kinds.sort_unstable();
    kinds.dedup();
    let kinds: Vec<String> = kinds.into_iter().map(|k| format!("a {k}")).collect();
    if kinds.is_empty() {
        "an alert".into()
    } else {
        list(&kinds)
    }
}

/// The latest request to the CCF, in words, if any.
fn pending(filings: &[Filing]) -> Option<String> {
    let f = filings
        .iter()
        .rev()
        .find(|f| f.kind != FilingKind::Access)?;
    let what = match f.kind {
        FilingKind::Correction => "A request for correction of these data",
        FilingKind::Deletion => "A request for deletion of these data",
        FilingKind::CorrectionAndDeletion => "A request for correction and deletion of these data",
        FilingKind::Revision | FilingKind::Access => {
            "An application for revision of a decision on these data"
        }
    };
    let date = f
        .signature
        .date
        .map(|d| format!(" on {}", d.format("%Y-%m-%d")))
        .unwrap_or_default();
    Some(format!(
        "{what} was made{date} to the Commission for the Control of INTERPOL's Files (CCF), the \
         body that decides, with binding effect on INTERPOL, whether data in INTERPOL's files \
         comply with its rules."
    ))
}

/// Lists the proof carried with the letter (asylum decisions, correspondence with the CCF)
/// under `heading`, if there is any.
fn enclosures(flow: &mut Flow, heading: &str, evidence: &[Evidence]) {
    let proof = enclosed(evidence);
    if !proof.is_empty() {
        flow.heading(heading);
        for p in &proof {
            flow.paragraph(&format!("• {p}"), Kind::Body);
        }
    }
}

/// Proof carried with the letter: asylum decisions and correspondence with the CCF.
fn enclosed(evidence: &[Evidence]) -> Vec<String> {
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
                e.category.label().to_owned()
            } else {
                e.description.clone()
            };
            match e.document_date {
                Some(d) => format!("{title} ({})", d.format("%Y-%m-%d")),
                None => title,
            }
        })
        .collect()
}

fn contact(filings: &[Filing]) -> String {
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
            parts.join(", ")
        })
        .unwrap_or_else(|| "[name and telephone of the lawyer or representative]".into())
}

const RED_NOTICE_NATURE: &str = "A Red Notice is not an international arrest warrant. It is a \
request to law enforcement worldwide to locate a person and provisionally arrest them pending \
extradition, based on a national warrant; each member country of INTERPOL decides what legal \
value it gives a Red Notice. (INTERPOL, \"Red Notices\", interpol.int.)";

const DIFFUSION_NATURE: &str = "A Diffusion is a request sent directly by one country's \
National Central Bureau to the countries it chooses. Unlike a Red Notice, it is not reviewed by \
INTERPOL's General Secretariat before it is sent; it is examined afterwards. (INTERPOL's Rules on \
the Processing of Data, Art. 1; practitioners' accounts of INTERPOL's review.)";

const REFUGEE_POLICY: &str = "Under INTERPOL's refugee policy (General Assembly Resolution \
GA-2017-86-RES-09), once a member country has confirmed a person's refugee status, INTERPOL \
deletes any Notice or Diffusion concerning that person issued by the country where he or she \
fears persecution.";

fn status_paragraph(case: &Case) -> Option<String> {
    let p = case.person.protection.as_ref()?;
    let by = p
        .country
        .as_deref()
        .map_or_else(|| "[country]".to_owned(), country::in_text);
    let when = p
        .date
        .map(|d| format!(" on {}", d.format("%Y-%m-%d")))
        .unwrap_or_default();
    let feared = p.feared_state.as_deref().map(|c| {
        format!(
            ", on the ground of a fear of persecution by {}",
            country::name(c)
        )
    });
    match p.status {
        ProtectionStatus::Granted => Some(format!(
            "{} was recognised as a refugee (or granted asylum) by {by}{when}{}.",
            case.display_name(),
            feared.unwrap_or_default()
        )),
        ProtectionStatus::Pending => Some(format!(
            "{} applied for asylum in {by}{when}; the application is pending.",
            case.display_name()
        )),
        _ => None,
    }
}

fn sign_off(flow: &mut Flow, filings: &[Filing]) {
    flow.space(12.0);
    let signer = filings
        .iter()
        .rev()
        .find_map(|f| (!f.signature.by.trim().is_empty()).then(|| f.signature.by.clone()))
        .unwrap_or_else(|| "[name]".into());
    flow.field("Name", &signer, Kind::Body);
    flow.field("Date", "", Kind::Body);
    flow.space(14.0);
    flow.field("Signature", "", Kind::Body);
    flow.rule();
}

/// The letter for the border and immigration authorities of `data.country`.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn border(data: &LetterData<'_>) -> Result<Vec<u8>, Error> {
    let to = country::name(data.country);
    let mut flow = Flow::new(
        data.paper,
        false,
        "Notice to border and immigration authorities",
    );
    flow.paragraph(
        &format!("To the border and immigration authorities of {to}"),
        Kind::Strong,
    );
    flow.title("Notice concerning an INTERPOL alert");
    flow.field("Concerning", &person_line(data.case), Kind::Body);
    let from = issuers(data.alerts);
    flow.paragraph(
        &format!(
            "The bearer of this letter, {}, is or may be the subject of {} recorded in INTERPOL's \
             files at the request of {from}.",
            data.case.display_name(),
            alert_words(data.alerts)
        ),
        Kind::Body,
    );
    if data.alerts.iter().any(|a| a.kind == AlertKind::RedNotice) {
        flow.paragraph(RED_NOTICE_NATURE, Kind::Body);
    }
    if data.alerts.iter().any(|a| a.kind == AlertKind::Diffusion) {
        flow.paragraph(DIFFUSION_NATURE, Kind::Body);
    }
    if let Some(status) = status_paragraph(data.case) {
        flow.paragraph(&status, Kind::Body);
        flow.paragraph(REFUGEE_POLICY, Kind::Body);
    }
    if let Some(p) = pending(data.filings) {
        flow.paragraph(&p, Kind::Body);
    }
    enclosures(
        &mut flow,
        "Documents carried with this letter",
        data.evidence,
    );
    flow.paragraph(
        &format!(
            "Before any measure is taken, please contact {}. The bearer is ready to answer any \
             question through them.",
            contact(data.filings)
        ),
        Kind::Body,
    );
    sign_off(&mut flow, data.filings);
    let meta = Meta {
        title: "Notice to border and immigration authorities".into(),
        subject: format!("INTERPOL alert concerning the bearer; addressed to {to}"),
        created: data.generated,
    };
    flow.finish(&meta, |n, m| format!("Page {n} of {m}"))
}

/// The covering letter for the asylum authority of `data.country`.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn asylum(data: &LetterData<'_>) -> Result<Vec<u8>, Error> {
    let to = country::name(data.country);
    let mut flow = Flow::new(data.paper, false, "Covering letter to the asylum authority");
    flow.paragraph(&format!("To the asylum authority of {to}"), Kind::Strong);
    flow.title("INTERPOL alerts and the asylum application");
    flow.field("Applicant", &person_line(data.case), Kind::Body);
    let from = issuers(data.alerts);
    flow.paragraph(
        &format!(
            "This letter accompanies the asylum application of {}, who is or may be the subject of \
             {} recorded in INTERPOL's files at the request of {from}.",
            data.case.display_name(),
            alert_words(data.alerts)
        ),
        Kind::Body,
    );
    if let Some(feared) = data
        .case
        .person
        .protection
        .as_ref()
        .and_then(|p| p.feared_state.as_deref())
    {
        if data
            .alerts
            .iter()
            .any(|a| a.issuing_country.as_deref() == Some(feared))
        {
            flow.paragraph(
                &format!(
                    "The alert comes from {}, the state the applicant fears persecution from. \
                     INTERPOL's Constitution (Art. 3) forbids it any activity of a political, \
                     military, religious or racial character, and INTERPOL examines whether such \
                     an element predominates over the ordinary-law offence charged.",
                    country::name(feared)
                ),
                Kind::Body,
            );
        }
    }
    if data.alerts.iter().any(|a| a.kind == AlertKind::RedNotice) {
        flow.paragraph(RED_NOTICE_NATURE, Kind::Body);
    }
    flow.paragraph(
        &format!(
            "{REFUGEE_POLICY} The same resolution encourages member countries to send INTERPOL's \
             General Secretariat, or the CCF, confirmation that a person has been granted refugee \
             status. We respectfully ask that, if {} is granted protection, {to} send that \
             confirmation.",
            data.case.display_name()
        ),
        Kind::Body,
    );
    if let Some(p) = pending(data.filings) {
        flow.paragraph(&p, Kind::Body);
    }
    enclosures(&mut flow, "Documents enclosed", data.evidence);
    flow.paragraph(
        &format!("For any question: {}.", contact(data.filings)),
        Kind::Body,
    );
    sign_off(&mut flow, data.filings);
    let meta = Meta {
        title: "Covering letter to the asylum authority".into(),
        subject: format!("INTERPOL alerts concerning an asylum applicant; addressed to {to}"),
        created: data.generated,
    };
    flow.finish(&meta, |n, m| format!("Page {n} of {m}"))
}

/// Either letter.
///
/// # Errors
/// As [`border`] and [`asylum`].
pub fn letter(kind: LetterKind, data: &LetterData<'_>) -> Result<Vec<u8>, Error> {
    match kind {
        LetterKind::Border => border(data),
        LetterKind::Asylum => asylum(data),
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

/// Writes letter `kind` from case `case_id`, addressed to `country`, to `destination`: not
/// encrypted, written atomically, an existing file replaced only with `overwrite`. The paper is
/// `paper` when the user chose one, else the paper of the case's latest filing (the letter goes
/// with it), else A4. Returns the bytes written.
///
/// # Errors
/// [`Error::InvalidInput`] (an unknown country), [`Error::AlreadyExists`] (the file exists),
/// [`Error::NotFound`] (no such case), I/O errors of the destination.
pub fn write(
    store: &Store,
    case_id: &str,
    kind: LetterKind,
    country: &str,
    paper: Option<PageSize>,
    destination: &Path,
    overwrite: bool,
) -> Result<usize, Error> {
    let country = country_code(country)?;
    let case = cases::get_case(store, case_id)?;
    let alerts = cases::alerts(store, case_id)?;
    let filings = filings::list(store, case_id)?;
    let evidence = records::list(store, case_id)?;
    let data = LetterData {
        case: &case,
        alerts: &alerts,
        paper: paper
            .or_else(|| filings.last().map(|f| f.paper))
            .unwrap_or(PageSize::A4),
        filings: &filings,
        evidence: &evidence,
        country,
        generated: clock::now(),
    };
    let pdf = letter(kind, &data)?;
    export::write_file(destination, &pdf, overwrite)?;
    Ok(pdf.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_read_as_english() {
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["a".into()]), "a");
        assert_eq!(list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
    }
}
