//! The case's requests to the CCF as a chain: access, then correction or deletion, then revision
//! (issue 15 §3.4). Each step says where it stands from the recorded events (a draft filing is
//! not a request: a step is "filed" only from a recorded "CCF request filed" event) and whether
//! the CCF's own time limit for it has passed.
//!
//! Sources (domain.md §1.3, §1.5, §1.6 and the third review):
//! - the portal takes one request type per submission, access then deletion [S]
//!   (removerednotice.com, 2026); Habeas reads "correction or deletion" as one purpose, as the
//!   CCF's admissibility sheet does [V];
//! - access and deletion may be asked together: the access step need not come first (issue 15
//!   §2.4);
//! - the Art. 40 limits run from admissibility [S]; revision (Art. 42) rests on a newly
//!   discovered fact, within six months of its discovery [S].

use chrono::NaiveDate;
use serde::Serialize;

use super::deadlines::{Deadline, DeadlineState, RuleId};
use crate::model::filing::FilingKind;
use crate::model::{CcfRequestKind, Event, EventKind};

/// The day submissions through the CCF's portal became mandatory (interpol.int, How to submit a
/// request [V]): from then on, one request type per submission.
const PORTAL_MANDATORY: (i32, u32, u32) = (2026, 3, 26);

/// A step of the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Step {
    /// A request for access to the data (Statute Art. 29).
    Access,
    /// A request for correction or deletion of the data (Statute Art. 29).
    CorrectionOrDeletion,
    /// An application for revision of a decision (Statute Art. 42).
    Revision,
}

/// Where a step stands, from the recorded events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum StepState {
    /// Nothing filed, no draft.
    NotAsked,
    /// A filing of this kind is drafted in Habeas; no filing event is recorded.
    Drafted,
    /// Filed; no admissibility answer recorded.
    Filed,
    /// Found admissible; no decision recorded.
    Admissible,
    /// Found inadmissible.
    Inadmissible,
    /// The CCF decided.
    Decided,
}

/// One step of the chain.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct ChainStep {
    /// Which step.
    pub step: Step,
    /// Where it stands.
    pub state: StepState,
    /// The latest submission of this step: its event and date.
    pub filed_event: Option<String>,
    /// Its date.
    pub filed: Option<NaiveDate>,
    /// When the CCF answered on admissibility.
    pub admissibility: Option<NaiveDate>,
    /// When the CCF decided.
    pub decided: Option<NaiveDate>,
    /// Filings of this kind drafted in Habeas.
    pub drafts: usize,
    /// The deadline that runs for it now (the CCF's decision, the revision period), by key.
    pub deadline: Option<String>,
    /// The CCF's time limit for its decision passed with no decision recorded.
    pub overdue: bool,
    /// The submission also asked another type of request, after the portal became mandatory
    /// (the portal takes one type per submission: record each as its own event).
    pub combined: bool,
}

/// The chain of a case: the three steps, always in order.
///
/// `events` are the case's events, `drafted` the kinds of its filings, `deadlines` its computed
/// deadlines (for the overdue flag and the running deadline).
#[must_use]
pub fn chain(events: &[Event], drafted: &[FilingKind], deadlines: &[Deadline]) -> Vec<ChainStep> {
    let mut steps: Vec<ChainStep> = [Step::Access, Step::CorrectionOrDeletion, Step::Revision]
        .into_iter()
        .map(|step| ChainStep {
            step,
            state: StepState::NotAsked,
            filed_event: None,
            filed: None,
            admissibility: None,
            decided: None,
            drafts: drafted.iter().filter(|k| step_of(**k) == step).count(),
            deadline: None,
            overdue: false,
            combined: false,
        })
        .collect();
    let portal =
        NaiveDate::from_ymd_opt(PORTAL_MANDATORY.0, PORTAL_MANDATORY.1, PORTAL_MANDATORY.2);
    let mut dated: Vec<(&Event, NaiveDate)> = events
        .iter()
        .filter_map(|e| e.date.map(|d| (e, d)))
        .collect();
    dated.sort_by_key(|(e, d)| (*d, e.id.clone()));
    // The steps the latest submission covers: what an admissibility answer or a decision
    // recorded after it is about (as the deadlines read it).
    let mut latest: Vec<usize> = Vec::new();
    for (e, date) in dated {
        match e.kind {
            EventKind::CcfRequestFiled | EventKind::RevisionFiled => {
                let covered = covered(e);
                if covered.is_empty() {
                    // A request whose type is not recorded: what the CCF answers next is about
                    // it, not about an earlier submission.
                    latest.clear();
                    continue;
                }
                let combined = covered.len() > 1 && portal.is_some_and(|p| date >= p);
                for &i in &covered {
                    let s = &mut steps[i];
                    s.state = StepState::Filed;
                    s.filed_event = Some(e.id.clone());
                    s.filed = Some(date);
                    s.admissibility = None;
                    s.decided = None;
                    s.combined = combined;
                }
                latest = covered;
            }
            EventKind::AdmissibilityDecision => {
                for &i in &latest {
                    let s = &mut steps[i];
                    if s.state == StepState::Filed {
                        s.admissibility = Some(date);
                        s.state = if e.admissible == Some(false) {
                            StepState::Inadmissible
                        } else {
                            StepState::Admissible
                        };
                    }
                }
            }
            EventKind::CcfDecision => {
                for &i in &latest {
                    let s = &mut steps[i];
                    if matches!(s.state, StepState::Filed | StepState::Admissible) {
                        s.decided = Some(date);
                        s.state = StepState::Decided;
                    }
                }
            }
            _ => {}
        }
    }
    for s in &mut steps {
        if s.state == StepState::NotAsked && s.drafts > 0 {
            s.state = StepState::Drafted;
        }
        let rule = match s.step {
            Step::Access => RuleId::CcfAccessDecision,
            Step::CorrectionOrDeletion => RuleId::CcfDeletionDecision,
            Step::Revision => RuleId::CcfRevision,
        };
        // The deadline of this step's latest submission: the one started by its admissibility
        // answer (Art. 40), or for revision the latest discovery of a new fact.
        let running = deadlines
            .iter()
            .filter(|d| d.rule == rule)
            .filter(|d| s.step == Step::Revision || s.admissibility.is_some_and(|a| d.start == a))
            .max_by_key(|d| d.start);
        if let Some(d) = running {
            s.deadline = Some(d.key.clone());
            s.overdue = s.step != Step::Revision && d.state == DeadlineState::Passed;
        }
    }
    steps
}

/// The step a filing of `kind` would start.
const fn step_of(kind: FilingKind) -> Step {
    match kind {
        FilingKind::Access => Step::Access,
        FilingKind::Correction | FilingKind::Deletion | FilingKind::CorrectionAndDeletion => {
            Step::CorrectionOrDeletion
        }
        FilingKind::Revision => Step::Revision,
    }
}

/// The steps (indexes) a filing event covers.
fn covered(e: &Event) -> Vec<usize> {
    if e.kind == EventKind::RevisionFiled {
        return vec![2];
    }
    let mut out = Vec::new();
    if e.ccf_request.contains(&CcfRequestKind::Access) {
        out.push(0);
    }
    if e.ccf_request.contains(&CcfRequestKind::Correction)
        || e.ccf_request.contains(&CcfRequestKind::Deletion)
    {
        out.push(1);
    }
    out
}

#[cfg(test)]
#[allow(clippy::unwrap_used, reason = "a test reports failure by panicking")]
mod tests {
    use super::*;
    use crate::model::Case;
    use crate::rules::deadlines;

    fn event(id: &str, kind: EventKind, date: &str, asks: &[CcfRequestKind]) -> Event {
        Event {
            id: id.into(),
            kind,
            date: NaiveDate::parse_from_str(date, "%Y-%m-%d").ok(),
            ccf_request: asks.to_vec(),
            ..Event::default()
        }
    }

    fn run(events: &[Event], drafted: &[FilingKind], today: &str) -> Vec<ChainStep> {
        let today = NaiveDate::parse_from_str(today, "%Y-%m-%d").unwrap();
        let d = deadlines::compute(&Case::default(), &[], events, today);
        chain(events, drafted, &d)
    }

    #[test]
    fn a_draft_is_not_a_request_and_each_step_follows_its_own_events() {
        let steps = run(&[], &[FilingKind::Deletion], "2026-11-01");
        assert_eq!(steps[0].state, StepState::NotAsked);
        assert_eq!(steps[1].state, StepState::Drafted);
        assert_eq!(steps[2].state, StepState::NotAsked);

        let events = [
            event(
                "a",
                EventKind::CcfRequestFiled,
                "2026-04-01",
                &[CcfRequestKind::Access],
            ),
            event("b", EventKind::AdmissibilityDecision, "2026-04-20", &[]),
            event("c", EventKind::CcfDecision, "2026-07-01", &[]),
            event(
                "d",
                EventKind::CcfRequestFiled,
                "2026-07-15",
                &[CcfRequestKind::Deletion],
            ),
            event("e", EventKind::AdmissibilityDecision, "2026-08-10", &[]),
        ];
        let steps = run(&events, &[FilingKind::Deletion], "2026-11-01");
        assert_eq!(steps[0].state, StepState::Decided);
        assert_eq!(
            steps[0].decided.map(|d| d.to_string()).as_deref(),
            Some("2026-07-01")
        );
        assert_eq!(steps[1].state, StepState::Admissible);
        assert_eq!(steps[1].filed_event.as_deref(), Some("d"));
        assert_eq!(
            steps[1].deadline.as_deref(),
            Some("ccf_deletion_decision:e")
        );
        assert!(
            !steps[1].overdue,
            "nine months from 10 August 2026 have not passed"
        );
        assert!(!steps[0].combined && !steps[1].combined);
    }

    #[test]
    fn an_art_40_limit_passed_with_no_decision_is_overdue() {
        let events = [
            event(
                "a",
                EventKind::CcfRequestFiled,
                "2026-04-01",
                &[CcfRequestKind::Access],
            ),
            event("b", EventKind::AdmissibilityDecision, "2026-04-20", &[]),
        ];
        // Four months from 20 April 2026: 20 August 2026.
        assert!(!run(&events, &[], "2026-08-20")[0].overdue);
        assert!(run(&events, &[], "2026-08-21")[0].overdue);
        let decided = [
            events[0].clone(),
            events[1].clone(),
            event("c", EventKind::CcfDecision, "2026-08-25", &[]),
        ];
        assert!(!run(&decided, &[], "2026-09-01")[0].overdue);
    }

    #[test]
    fn one_type_per_submission_once_the_portal_is_mandatory() {
        let both = [CcfRequestKind::Access, CcfRequestKind::Deletion];
        let before = [event("a", EventKind::CcfRequestFiled, "2026-03-25", &both)];
        let steps = run(&before, &[], "2026-04-01");
        assert_eq!(steps[0].state, StepState::Filed);
        assert_eq!(steps[1].state, StepState::Filed);
        assert!(
            !steps[0].combined,
            "by e-mail, before the portal, one letter could ask both"
        );
        let after = [event("a", EventKind::CcfRequestFiled, "2026-03-26", &both)];
        let steps = run(&after, &[], "2026-04-01");
        assert!(steps[0].combined && steps[1].combined);
    }

    #[test]
    fn an_inadmissible_request_is_not_waiting_for_a_decision() {
        let mut no = event("b", EventKind::AdmissibilityDecision, "2026-04-20", &[]);
        no.admissible = Some(false);
        let events = [
            event(
                "a",
                EventKind::CcfRequestFiled,
                "2026-04-01",
                &[CcfRequestKind::Deletion],
            ),
            no,
        ];
        let steps = run(&events, &[], "2027-06-01");
        assert_eq!(steps[1].state, StepState::Inadmissible);
        assert!(!steps[1].overdue);
        assert_eq!(steps[1].deadline, None);
    }

    #[test]
    fn an_answer_to_a_request_of_unrecorded_type_is_not_given_to_an_earlier_one() {
        let events = [
            event(
                "a",
                EventKind::CcfRequestFiled,
                "2026-04-01",
                &[CcfRequestKind::Access],
            ),
            event("b", EventKind::CcfRequestFiled, "2026-05-01", &[]),
            event("c", EventKind::AdmissibilityDecision, "2026-05-20", &[]),
        ];
        let steps = run(&events, &[], "2026-06-01");
        assert_eq!(steps[0].state, StepState::Filed);
        assert_eq!(steps[0].admissibility, None);
    }

    #[test]
    fn revision_follows_its_own_filing() {
        let events = [
            event(
                "a",
                EventKind::CcfRequestFiled,
                "2026-04-01",
                &[CcfRequestKind::Deletion],
            ),
            event("b", EventKind::AdmissibilityDecision, "2026-04-20", &[]),
            event("c", EventKind::CcfDecision, "2026-12-01", &[]),
            event("n", EventKind::NewFactDiscovered, "2027-01-10", &[]),
            event("r", EventKind::RevisionFiled, "2027-02-01", &[]),
        ];
        let steps = run(&events, &[], "2027-02-02");
        assert_eq!(steps[1].state, StepState::Decided);
        assert_eq!(steps[2].state, StepState::Filed);
        assert_eq!(steps[2].deadline.as_deref(), Some("ccf_revision:n"));
    }
}
