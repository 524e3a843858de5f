//! Letters made in one step from a case's data: a notice for the border and immigration
//! authorities of a country (the advice practitioners give: carry proof of status and of the
//! pending proceedings), a covering letter for an asylum authority, a letter to the CCF
//! asking for a decision overdue under Art. 40 of its Statute, and the one page a person carries
//! in case they are detained.
//!
//! The letters are in English only. Their statements about INTERPOL come from sources tagged
//! verified in domain.md (interpol.int on Red Notices, the refugee resolution); everything about
//! the person comes from the case, and what the case does not say is left as a bracketed blank.
//! They state only what happened (issue 15, 2.5): a CCF request is "pending" only when a filing
//! event is recorded and no decision after it (a draft filing is not a request); the refugee
//! policy is cited only for refugee status under the 1951 Convention against a state that issued
//! an alert. The border letter opens with a page for the bearer alone: the caution
//! ([`crate::rules::checklist::BORDER_CAUTION`]) and the instruction not to hand that page over;
//! it is refused for the state that issued the alert.
//!
//! [`write()`] is the use case the app and the CLI share: one check of the country, one rule for
//! the paper.

use std::path::Path;

use chrono::{DateTime, NaiveDate, Utc};

use super::Filing;
use crate::evidence::{Category, Evidence};
use crate::model::{
    country, Alert, AlertKind, AlertStatus, Case, CcfRequestKind, DocumentKind, Event, EventKind,
    ProtectionKind, ProtectionStatus,
};
use crate::pdf::{Flow, Kind, Meta, PageSize};
use crate::rules::arguments::{diffusion_kind, DiffusionKind};
use crate::rules::checklist::BORDER_CAUTION;
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
    /// The country addressed (ISO 3166-1 alpha-2; empty for a letter to the CCF).
    pub country: &'a str,
    /// Today (local date): what the CCF's time limits are measured against.
    pub today: NaiveDate,
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
        parts.push(format!("born on {}", clock::written(d)));
    }
    if !p.nationalities.is_empty() {
        let n: Vec<String> = p
            .nationalities
            .iter()
            .map(|c| country::in_text(c))
            .collect();
        parts.push(format!("national of {}", list(&n)));
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
    let mut kinds: Vec<String> = alerts
        .iter()
        .map(|a| match a.kind {
            AlertKind::NcbMessage => {
                "a message sent directly between National Central Bureaus".into()
            }
            AlertKind::Diffusion if diffusion_kind(a) == Some(DiffusionKind::WantedPerson) => {
                "a wanted-person Diffusion".into()
            }
            k => format!("a {}", k.label()),
        })
        .collect();
    kinds.sort_unstable();
    kinds.dedup();
    if kinds.is_empty() {
        "an alert".into()
    } else {
        list(&kinds)
    }
}

/// Where the alerts are: recorded in INTERPOL's files, or (direct NCB messages only) sent
/// through its channels.
fn where_held(alerts: &[Alert]) -> &'static str {
    if !alerts.is_empty() && alerts.iter().all(|a| a.kind == AlertKind::NcbMessage) {
        "sent through INTERPOL's channels"
    } else {
        "recorded in INTERPOL's files"
    }
}

/// What each kind of Diffusion, and a direct NCB message, is: the review differs (issue 15,
/// 3.3), so the letter says which the case has.
fn nature_paragraphs(flow: &mut Flow, alerts: &[Alert]) {
    let kinds: Vec<Option<DiffusionKind>> = alerts.iter().map(diffusion_kind).collect();
    if kinds.contains(&Some(DiffusionKind::WantedPerson)) {
        flow.paragraph(WANTED_DIFFUSION_NATURE, Kind::Body);
    }
    if kinds.contains(&Some(DiffusionKind::Other)) || kinds.contains(&Some(DiffusionKind::Unknown))
    {
        flow.paragraph(DIFFUSION_NATURE, Kind::Body);
    }
    if kinds.contains(&Some(DiffusionKind::Other))
        && !kinds.contains(&Some(DiffusionKind::WantedPerson))
        && !kinds.contains(&Some(DiffusionKind::Unknown))
    {
        flow.paragraph(
            "As far as is known, the Diffusion concerning the person does not ask for their \
             arrest.",
            Kind::Body,
        );
    }
    if alerts.iter().any(|a| a.kind == AlertKind::NcbMessage) {
        flow.paragraph(NCB_MESSAGE_NATURE, Kind::Body);
    }
}

/// The latest request to the CCF for correction, deletion or revision, in words, if a filing
/// event records it and no CCF decision is recorded on or after its date. A filing drafted in
/// Habeas is not a request until it is filed (issue 15, 2.5); an access request alone is not cited.
fn pending(events: &[Event]) -> Option<String> {
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
    let (date, event) = filed;
    let decided = events
        .iter()
        .any(|e| e.kind == EventKind::CcfDecision && e.date.is_some_and(|d| d >= date));
    if decided {
        return None;
    }
    let asks = |k: CcfRequestKind| event.ccf_request.contains(&k);
    let what = if event.kind == EventKind::RevisionFiled {
        "An application for revision of a decision on these data"
    } else if asks(CcfRequestKind::Correction) && asks(CcfRequestKind::Deletion) {
        "A request for correction and deletion of these data"
    } else if asks(CcfRequestKind::Deletion) {
        "A request for deletion of these data"
    } else if asks(CcfRequestKind::Correction) {
        "A request for correction of these data"
    } else {
        "A request concerning these data"
    };
    Some(format!(
        "{what} was filed on {} with the Commission for the Control of INTERPOL's Files (CCF), the \
         body that decides, with binding effect on INTERPOL, whether data in INTERPOL's files \
         comply with its rules. No decision on it has been received.",
        clock::written(date)
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
                Some(d) => format!("{title} ({})", clock::written(d)),
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

const WANTED_DIFFUSION_NATURE: &str = "A wanted-person Diffusion is a request to locate and \
arrest a person, sent directly by one country's National Central Bureau to the countries it \
chooses. Unlike a Red Notice, it is not reviewed by INTERPOL's General Secretariat before it is \
sent; it is examined afterwards. (INTERPOL's Rules on the Processing of Data, Art. 1; \
practitioners' accounts of INTERPOL's review.)";

const NCB_MESSAGE_NATURE: &str = "A message sent directly by one country's National Central \
Bureau to another through INTERPOL's channels is neither a Notice nor a Diffusion; INTERPOL's \
General Secretariat does not review its content beforehand. (INTERPOL's Rules on the Processing \
of Data, Art. 22(6), 2024 text, as practitioners describe it.)";

const REFUGEE_POLICY: &str = "Under INTERPOL's refugee policy (General Assembly Resolution \
GA-2017-86-RES-09), once a member country has confirmed a person's refugee status, INTERPOL \
deletes any Notice or Diffusion concerning that person issued by the country where he or she \
fears persecution.";

/// The person's protection, in words that say exactly what was granted or claimed.
fn status_paragraph(case: &Case) -> Option<String> {
    let p = case.person.protection.as_ref()?;
    if flags::naturalised(&case.person) {
        return None;
    }
    let by = p
        .country
        .as_deref()
        .map_or_else(|| "[country]".to_owned(), country::in_text);
    let when = p
        .date
        .map(|d| format!(" on {}", clock::written(d)))
        .unwrap_or_default();
    let feared = p
        .feared_state
        .as_deref()
        .map(|c| {
            format!(
                ", on the ground of a fear of persecution by {}",
                country::in_text(c)
            )
        })
        .unwrap_or_default();
    let name = case.display_name();
    match (p.status, p.kind) {
        (ProtectionStatus::Granted, ProtectionKind::ConventionRefugee) => Some(format!(
            "{name} was recognised as a refugee under the 1951 Convention relating to the Status \
             of Refugees by {by}{when}{feared}."
        )),
        (ProtectionStatus::Granted, ProtectionKind::Subsidiary) => Some(format!(
            "{name} was granted subsidiary protection by {by}{when}{feared}."
        )),
        (ProtectionStatus::Granted, ProtectionKind::Humanitarian) => Some(format!(
            "{name} was granted protection on humanitarian grounds by {by}{when}."
        )),
        (ProtectionStatus::Granted, ProtectionKind::Unspecified) => Some(format!(
            "{name} was granted international protection by {by}{when} [say whether refugee status \
             or another protection]."
        )),
        (ProtectionStatus::Pending, _) => Some(format!(
            "{name} applied for asylum in {by}{when}; the application has not yet been decided."
        )),
        (ProtectionStatus::Refused, _) => None,
    }
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
fn travel_document_paragraph(case: &Case) -> Option<String> {
    flags::refugee_status_against(&case.person)?;
    let rtd = case
        .person
        .documents
        .iter()
        .find(|d| d.kind == DocumentKind::RefugeeTravelDocument)?;
    let issuer = rtd
        .issuer
        .as_deref()
        .map(|c| format!(" issued by {}", country::in_text(c)))
        .unwrap_or_default();
    Some(format!(
        "{} travels on a refugee travel document{issuer}. A refugee cannot be expected to obtain a \
         passport from the state they fled: applying for one can count as re-availing oneself of \
         its protection (1951 Convention relating to the Status of Refugees, Art. 1C(1)).",
        case.display_name()
    ))
}

/// The caution for the bearer of a letter addressed to border authorities, shown before the
/// letter is made (the CLI prints it) and on the letter's first page.
#[must_use]
pub const fn caution(kind: LetterKind) -> Option<&'static str> {
    match kind {
        LetterKind::Border => Some(BORDER_CAUTION),
        LetterKind::Asylum
        | LetterKind::CcfFollowUp
        | LetterKind::DetainedNow
        | LetterKind::LawyerBrief => None,
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
    if data
        .alerts
        .iter()
        .any(|a| a.issuing_country.as_deref() == Some(data.country))
    {
        return Err(Error::InvalidInput {
            field: "Country",
            reason: format!(
                "{} issued the alert: never send its authorities a letter about it",
                country::name(data.country)
            ),
        });
    }
    let to = country::name(data.country);
    let mut flow = Flow::new(
        data.paper,
        false,
        "Notice to border and immigration authorities",
    );
    flow.paragraph(
        "For the bearer: read before you use this letter",
        Kind::Strong,
    );
    flow.paragraph(BORDER_CAUTION, Kind::Body);
    flow.paragraph(
        "This page is for you alone: remove it before you hand the letter over.",
        Kind::Body,
    );
    flow.page_break();
    flow.paragraph(
        &format!("To the border and immigration authorities of {to}"),
        Kind::Strong,
    );
    flow.title("Notice concerning an INTERPOL alert");
    flow.field("Concerning", &person_line(data.case), Kind::Body);
    let lead = format!(
        "The bearer of this letter, {}, is",
        data.case.display_name()
    );
    alert_and_status(&mut flow, data, &lead);
    if let Some(p) = travel_document_paragraph(data.case) {
        flow.paragraph(&p, Kind::Body);
    }
    if let Some(p) = pending(data.events) {
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
    // The bearer's page is not part of the letter: the letter's pages are numbered without it,
    // so they read whole once it is removed.
    flow.finish(&meta, |n, m| {
        if n == 1 {
            "For the bearer: not part of the letter".to_owned()
        } else {
            format!("Page {} of {}", n - 1, m - 1)
        }
    })
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
             {} {} at the request of {from}.",
            data.case.display_name(),
            alert_words(data.alerts),
            where_held(data.alerts)
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
    if data.alerts.iter().any(|a| a.kind == AlertKind::RedNotice) {
        flow.paragraph(RED_NOTICE_NATURE, Kind::Body);
    }
    // The refugee policy concerns the state the applicant fears only: cited when it issued an
    // alert, and with the request that follows from it (GA-2017-86-RES-09, verified).
    if feared_issuer.is_some() {
        flow.paragraph(
            &format!(
                "{REFUGEE_POLICY} The same resolution encourages member countries to send \
                 INTERPOL's General Secretariat, or the CCF, confirmation that a person has been \
                 granted refugee status. We respectfully ask that, if {} is recognised as a \
                 refugee, {to} send that confirmation.",
                data.case.display_name()
            ),
            Kind::Body,
        );
    }
    if let Some(p) = pending(data.events) {
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

/// What the sender of a follow-up letter must know before sending it: the limits it cites were
/// read only in a secondary source (domain.md §1.5), and whether the CCF may extend them is not
/// known.
const FOLLOW_UP_NOTE: &str = "Send this letter through the CCF's online portal, with the \
request it concerns. The time limits it cites (Statute of the CCF, Art. 40: a decision within four \
months on a request for access, within nine months on a request for correction or deletion, \
counted from the date the request was found admissible) were read only in a secondary source \
(legal-status.eu) and could not be checked against the Statute's own text; whether the CCF may \
extend them is not known. Check them, and fill in the bracketed part, before you send it.";

/// The letter to the CCF asking for a decision whose Art. 40 time limit has passed with none
/// recorded (issue 15 §3.4). It states only what the case records: the filing, the
/// admissibility answer, the limit and the day it ended.
///
/// # Errors
/// [`Error::InvalidInput`] when no decision is overdue; [`Error::Internal`] if the PDF cannot be
/// made.
pub fn ccf_follow_up(data: &LetterData<'_>) -> Result<Vec<u8>, Error> {
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
        return Err(Error::InvalidInput {
            field: "Letter",
            reason: "no CCF decision is overdue in this case: this letter is for a request found \
                     admissible whose time limit has passed with no decision recorded"
                .into(),
        });
    }
    let title = "Request for the Commission's decision";
    let mut flow = Flow::new(data.paper, false, title);
    flow.paragraph("Before you send this letter", Kind::Strong);
    flow.paragraph(FOLLOW_UP_NOTE, Kind::Body);
    flow.paragraph(
        "This page is for you alone: do not send it with the letter.",
        Kind::Body,
    );
    flow.page_break();
    flow.paragraph(
        "To the Commission for the Control of INTERPOL's Files (CCF)",
        Kind::Strong,
    );
    flow.paragraph("Through the CCF's online portal", Kind::Small);
    flow.title(title);
    flow.field("Concerning", &person_line(data.case), Kind::Body);
    let name = data.case.display_name();
    for (step, d) in &overdue {
        let (what, months) = match step.step {
            ccf::Step::Access => ("a request for access to the data", "four months"),
            _ => (
                "a request for correction or deletion of the data",
                "nine months",
            ),
        };
        let filed = step
            .filed
            .map_or_else(|| "[date]".to_owned(), clock::written);
        let admissible = step
            .admissibility
            .map_or_else(|| "[date]".to_owned(), clock::written);
        flow.paragraph(
            &format!(
                "On {filed}, {what} concerning {name} was filed with the Commission. The \
                 Commission found it admissible on {admissible}. Under Article 40 of the Statute \
                 of the CCF, the Commission decides on such a request within {months} of its \
                 admissibility: that period ended on {}. No decision on it has been received.",
                clock::written(d.due)
            ),
            Kind::Body,
        );
    }
    flow.paragraph(
        &format!(
            "{name} respectfully asks the Commission to give its decision without further delay \
             or, if it cannot, to say why and when it expects to decide. [Say what the delay \
             costs {name}: a detention, a stop at a border, a refused visa, a closed account.]"
        ),
        Kind::Body,
    );
    flow.paragraph(
        &format!("For any question: {}.", contact(data.filings)),
        Kind::Body,
    );
    sign_off(&mut flow, data.filings);
    let meta = Meta {
        title: title.into(),
        subject: "A decision of the CCF overdue under Art. 40 of its Statute".into(),
        created: data.generated,
    };
    // The sender's page is not part of the letter: numbered without it.
    flow.finish(&meta, |n, m| {
        if n == 1 {
            "For the sender: not part of the letter".to_owned()
        } else {
            format!("Page {} of {}", n - 1, m - 1)
        }
    })
}

/// What the alerts are and the person's protection, as the border letter and the detention
/// sheet both say it: "{lead} or may be the subject of …" (`lead` is "The bearer …, is" or "I
/// am"), what each kind of alert is, the protection recorded and the refugee policy where it
/// applies.
fn alert_and_status(flow: &mut Flow, data: &LetterData<'_>, lead: &str) {
    flow.paragraph(
        &format!(
            "{lead} or may be the subject of {} {} at the request of {}.",
            alert_words(data.alerts),
            where_held(data.alerts),
            issuers(data.alerts)
        ),
        Kind::Body,
    );
    if data.alerts.iter().any(|a| a.kind == AlertKind::RedNotice) {
        flow.paragraph(RED_NOTICE_NATURE, Kind::Body);
    }
    nature_paragraphs(flow, data.alerts);
    if let Some(status) = status_paragraph(data.case) {
        flow.paragraph(&status, Kind::Body);
    }
    if refugee_policy_applies(data.case, data.alerts) {
        flow.paragraph(REFUGEE_POLICY, Kind::Body);
    }
}

/// The states feared by a person who holds, or has asked for, protection against them, among
/// the states that issued an alert: the consulates that must not be told of the detention.
fn feared_issuer(case: &Case, alerts: &[Alert]) -> Option<String> {
    let p = case.person.protection.as_ref()?;
    if p.status == ProtectionStatus::Refused || flags::naturalised(&case.person) {
        return None;
    }
    let feared = p.feared_state.as_deref()?;
    alerts
        .iter()
        .any(|a| a.issuing_country.as_deref() == Some(feared))
        .then(|| country::in_text(feared))
}

/// One page the person carries and shows if detained (issue 18.3): who they are, what the alert
/// is, their protection and a pending CCF request only as the case records them, what they ask
/// for, and whom to call. English only for now; the sheet says so.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn detained_now(data: &LetterData<'_>) -> Result<Vec<u8>, Error> {
    let title = "If I am detained";
    let mut flow = Flow::new(data.paper, false, title);
    flow.title(title);
    flow.paragraph(
        "To the officers and the lawyer who read this. (English; no translation is available \
         yet.)",
        Kind::Small,
    );
    flow.field("I am", &person_line(data.case), Kind::Body);
    flow.paragraph(
        "I ask for a lawyer and an interpreter before any questioning or hearing, and I will not \
         sign anything I do not understand.",
        Kind::Strong,
    );
    // Consent is the person's own choice: stated only while none is recorded.
    if !data
        .events
        .iter()
        .any(|e| e.kind == EventKind::ConsentToSurrender)
    {
        flow.paragraph(
            "I do not consent to my extradition or surrender, nor to any simplified or \
             accelerated procedure.",
            Kind::Strong,
        );
    }
    if let Some(feared) = feared_issuer(data.case, data.alerts) {
        flow.paragraph(
            &format!(
                "Do not contact the embassy or consulate of {feared}, and do not give it any \
                 information about me: I have sought protection from that state."
            ),
            Kind::Strong,
        );
    }
    if data.alerts.is_empty() {
        if let Some(status) = status_paragraph(data.case) {
            flow.paragraph(&status, Kind::Body);
        }
    } else {
        alert_and_status(&mut flow, data, "I am");
    }
    if let Some(p) = pending(data.events) {
        flow.paragraph(&p, Kind::Body);
    }
    flow.field("Call, day and night", &contact(data.filings), Kind::Strong);
    let meta = Meta {
        title: title.into(),
        subject: "What a person held on an INTERPOL alert asks for, and whom to call".into(),
        created: data.generated,
    };
    flow.finish(&meta, |n, m| format!("Page {n} of {m}"))
}

const fn confidence_words(c: deadlines::Confidence) -> &'static str {
    match c {
        deadlines::Confidence::Verified => "verified source",
        deadlines::Confidence::Secondary => "read only in a secondary source",
        deadlines::Confidence::Unverified => "not verified",
        deadlines::Confidence::EnteredByYou => "entered by the user, not checked by Habeas",
    }
}

/// A short brief for the lawyer who meets the person in custody (issue 18.4): the situation,
/// the alerts, the dates that bind with their basis and confidence, where the requests to the
/// CCF stand, the grounds already written, and the evidence with its SHA-256 (and its annex
/// label in the latest filing). Everything comes from the case as recorded; it says so.
///
/// # Errors
/// [`Error::Internal`] if the PDF cannot be made.
pub fn lawyer_brief(data: &LetterData<'_>) -> Result<Vec<u8>, Error> {
    let title = "Brief for the lawyer in custody";
    let mut flow = Flow::new(data.paper, false, title);
    flow.title(title);
    flow.paragraph(
        &format!(
            "Made on {} from the case file kept in Habeas: it states what the file records, \
             nothing more. Check each point with the client and the documents.",
            clock::written(data.today)
        ),
        Kind::Small,
    );
    flow.field("Client", &person_line(data.case), Kind::Body);
    let situation = crate::model::situation(data.case, data.events, data.today);
    flow.field("Situation", &situation.line(), Kind::Body);

    flow.heading("Alerts");
    if data.alerts.is_empty() {
        flow.paragraph("No alert is recorded.", Kind::Body);
    }
    for a in data.alerts {
        let mut parts = vec![a.kind.label().to_owned()];
        if let Some(c) = &a.issuing_country {
            parts.push(format!("from {}", country::name(c)));
        }
        let status = match a.current_status() {
            AlertStatus::Suspected => "believed to exist",
            AlertStatus::Confirmed => "confirmed",
            AlertStatus::Challenged => "challenged before the CCF",
            AlertStatus::Deleted => "deleted",
            AlertStatus::Blocked => "blocked pending review",
            AlertStatus::Refused => "refused",
            AlertStatus::Reissued => "issued again",
        };
        parts.push(format!("status: {status}"));
        let mut line = parts.join(", ");
        if !a.offence.trim().is_empty() {
            line.push_str(&format!("\nOffence charged: {}", a.offence.trim()));
        }
        let w = &a.warrant;
        let warrant: Vec<String> = [w.authority.trim(), w.reference.trim()]
            .into_iter()
            .filter(|x| !x.is_empty())
            .map(str::to_owned)
            .chain(w.date.map(clock::written))
            .collect();
        if !warrant.is_empty() {
            line.push_str(&format!("\nWarrant: {}", warrant.join(", ")));
        }
        flow.paragraph(&line, Kind::Body);
    }

    let due = deadlines::compute(data.case, data.alerts, data.events, data.today);
    flow.heading("Dates");
    if due.is_empty() {
        flow.paragraph("No deadline can be worked out from the file.", Kind::Body);
    }
    for d in &due {
        let state = match d.state {
            deadlines::DeadlineState::Open => "open",
            deadlines::DeadlineState::Met => "met",
            deadlines::DeadlineState::Late => "met late",
            deadlines::DeadlineState::Passed => "PASSED, nothing recorded",
        };
        let mut line = format!(
            "{}: {} ({state}).\nBasis: {} ({}).",
            d.title,
            clock::written(d.due),
            d.basis,
            confidence_words(d.confidence)
        );
        if let Some(alarm) = d.alarm {
            line.push_str(&format!("\n{}", alarm.what_to_do()));
        }
        flow.paragraph(
            &line,
            if d.alarm.is_some() {
                Kind::Strong
            } else {
                Kind::Body
            },
        );
    }

    flow.heading("Requests to the CCF");
    let drafted: Vec<_> = data.filings.iter().map(|f| f.kind).collect();
    for s in ccf::chain(data.events, &drafted, &due) {
        let what = match s.step {
            ccf::Step::Access => "Access",
            ccf::Step::CorrectionOrDeletion => "Correction or deletion",
            ccf::Step::Revision => "Revision",
        };
        let on =
            |d: Option<chrono::NaiveDate>| d.map_or_else(|| "[date]".to_owned(), clock::written);
        let state = match s.state {
            ccf::StepState::NotAsked => "not asked".to_owned(),
            ccf::StepState::Drafted => "drafted, not filed".to_owned(),
            ccf::StepState::Filed => format!("filed on {}", on(s.filed)),
            ccf::StepState::Admissible => format!(
                "filed on {}, found admissible on {}",
                on(s.filed),
                on(s.admissibility)
            ),
            ccf::StepState::Inadmissible => {
                format!("found inadmissible on {}", on(s.admissibility))
            }
            ccf::StepState::Decided => format!("decided on {}", on(s.decided)),
        };
        let overdue = if s.overdue {
            " The CCF's time limit for its decision has passed."
        } else {
            ""
        };
        flow.field(what, &format!("{state}.{overdue}"), Kind::Body);
    }

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
        flow.heading("Grounds already written");
        flow.paragraph(&grounds.join("\n"), Kind::Body);
    }

    let live: Vec<&Evidence> = data
        .evidence
        .iter()
        .filter(|e| e.deleted.is_none())
        .collect();
    if !live.is_empty() {
        flow.heading("Evidence (SHA-256 as imported)");
        let latest = data.filings.last();
        for e in live {
            let label = latest
                .and_then(|f| f.label_of(&e.id))
                .map(|l| format!("Annex {l}: "))
                .unwrap_or_default();
            flow.field(
                &format!("{label}{}", crate::model::neutralised(&e.original_name)),
                &format!("{}\n{}", e.category.label(), e.sha256),
                Kind::Small,
            );
        }
    }
    flow.field("Contact", &contact(data.filings), Kind::Body);
    let meta = Meta {
        title: title.into(),
        subject: "The case file, for the lawyer who meets the person in custody".into(),
        created: data.generated,
    };
    flow.finish(&meta, |n, m| format!("Page {n} of {m}"))
}

/// Any letter.
///
/// # Errors
/// As [`border`] and [`asylum`].
pub fn letter(kind: LetterKind, data: &LetterData<'_>) -> Result<Vec<u8>, Error> {
    match kind {
        LetterKind::Border => border(data),
        LetterKind::Asylum => asylum(data),
        LetterKind::CcfFollowUp => ccf_follow_up(data),
        LetterKind::DetainedNow => detained_now(data),
        LetterKind::LawyerBrief => lawyer_brief(data),
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

/// Writes letter `kind` from case `case_id`, addressed to `country` (not read for a letter to
/// the CCF), to `destination`: not
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
    let country = if kind.needs_country() {
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
    let pdf = letter(kind, &data)?;
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
        assert_eq!(pending(&[]), None, "a draft filing is not a request");
        let filed = event(
            EventKind::CcfRequestFiled,
            "2026-11-20",
            &[CcfRequestKind::Access, CcfRequestKind::Deletion],
        );
        let text = pending(std::slice::from_ref(&filed)).unwrap_or_default();
        assert!(
            text.starts_with("A request for deletion of these data was filed on 20 November 2026"),
            "{text}"
        );
        let decided = event(EventKind::CcfDecision, "2027-03-01", &[]);
        assert_eq!(pending(&[filed.clone(), decided]), None);
        let earlier = event(EventKind::CcfDecision, "2025-01-01", &[]);
        assert!(
            pending(&[filed, earlier]).is_some(),
            "a decision on an older request"
        );
        let access = event(
            EventKind::CcfRequestFiled,
            "2026-11-20",
            &[CcfRequestKind::Access],
        );
        assert_eq!(
            pending(&[access]),
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
        let pending_claim = status_paragraph(&case(
            ProtectionStatus::Pending,
            ProtectionKind::ConventionRefugee,
        ))
        .unwrap_or_default();
        assert!(!pending_claim.contains("recognised"), "{pending_claim}");
        assert!(
            pending_claim.contains("has not yet been decided"),
            "{pending_claim}"
        );
        let subsidiary = case(ProtectionStatus::Granted, ProtectionKind::Subsidiary);
        assert!(status_paragraph(&subsidiary)
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
            alert_words(&[with(AlertKind::Diffusion, &[AlertRequest::Arrest])]),
            "a wanted-person Diffusion"
        );
        assert_eq!(
            alert_words(&[with(AlertKind::Diffusion, &[AlertRequest::Locate])]),
            "a Diffusion"
        );
        let message = [with(AlertKind::NcbMessage, &[])];
        assert_eq!(
            alert_words(&message),
            "a message sent directly between National Central Bureaus"
        );
        assert_eq!(where_held(&message), "sent through INTERPOL's channels");
        assert_eq!(
            where_held(&[with(AlertKind::RedNotice, &[])]),
            "recorded in INTERPOL's files"
        );
    }

    #[test]
    fn lists_read_as_english() {
        assert_eq!(list(&[]), "");
        assert_eq!(list(&["a".into()]), "a");
        assert_eq!(list(&["a".into(), "b".into(), "c".into()]), "a, b and c");
    }
}
