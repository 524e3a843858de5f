//! Legal deadlines computed from a case's events.
//!
//! Every deadline comes from one [`Rule`] in [`RULES`]: its legal basis, where we read it, how
//! sure we are of it (the domain notes' verified / secondary / unverified), and how the days are
//! counted. Treaty windows for provisional arrest are mostly "may be released" rules, so they
//! carry a soft date (release may be asked) and a hard date (the outer limit) where the treaty has
//! both. Dates are local calendar dates (no time zone arithmetic): a date is the day the user
//! typed, and "today" is the user's local day.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

use crate::model::{Case, CcfRequestKind, Event, EventKind, Regime};

/// How sure we are of a rule's legal basis (domain notes' legend).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Read in a primary or official source.
    Verified,
    /// Read in a secondary source (practitioner, press): confirm before relying on it.
    Secondary,
    /// Not verified: practice or memory. Shown as such.
    Unverified,
}

/// A length of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Period {
    /// Calendar days.
    Days(u32),
    /// Calendar months.
    Months(u32),
}

impl Period {
    /// `start` plus this period. Months keep the day of the month, or take the month's last day
    /// when it is shorter (31 January + 1 month = 28 or 29 February). `None` past year 262143.
    #[must_use]
    pub fn after(self, start: NaiveDate) -> Option<NaiveDate> {
        match self {
            Period::Days(n) => start.checked_add_days(Days::new(u64::from(n))),
            Period::Months(n) => start.checked_add_months(Months::new(n)),
        }
    }

    /// Plain words: "18 days", "1 month".
    #[must_use]
    pub fn describe(self) -> String {
        match self {
            Period::Days(1) => "1 day".into(),
            Period::Days(n) => format!("{n} days"),
            Period::Months(1) => "1 month".into(),
            Period::Months(n) => format!("{n} months"),
        }
    }
}

/// How days are counted, in words shown beside every computed date.
pub const COUNT_DAYS: &str =
    "Calendar days. The day of the starting event is day 0; the date shown is \
     the last day of the period. Weekends and holidays are not skipped; check local rules.";
/// How months are counted.
pub const COUNT_MONTHS: &str = "Calendar months: the same day number that many months later, or \
     the last day of that month when it is shorter (31 January + 1 month = end of February).";

/// Identifies a rule. Stable: it is part of deadline keys stored in overrides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum RuleId {
    /// CCF decision on an access request.
    CcfAccessDecision,
    /// CCF decision on a correction or deletion request.
    CcfDeletionDecision,
    /// The CCF's answer on admissibility.
    CcfAdmissibilityAnswer,
    /// Application for revision.
    CcfRevision,
    /// Repeat the access request.
    AccessReminder,
    /// European Convention on Extradition.
    EuropeanConvention,
    /// Minsk Convention 1993.
    Minsk1993,
    /// Riyadh Agreement 1983.
    Riyadh1983,
    /// European Arrest Warrant, after arrest.
    EawAfterArrest,
    /// European Arrest Warrant, after consent.
    EawAfterConsent,
    /// Modern US bilateral treaty.
    UsModernTreaty,
    /// Montevideo Convention 1933.
    Montevideo1933,
    /// The case's bilateral treaty.
    Bilateral,
}

/// A deadline rule: what it is, its basis, and its period(s).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    /// Identifier.
    pub id: RuleId,
    /// What is due, in plain words.
    pub title: &'static str,
    /// The legal basis, as cited ("European Convention on Extradition 1957, Art. 16(4)").
    pub basis: &'static str,
    /// Where we read it.
    pub source: &'static str,
    /// How sure we are.
    pub confidence: Confidence,
    /// What it means for the person, and its caveats.
    pub explanation: &'static str,
    /// The event the period runs from, in words.
    pub starts: &'static str,
    /// The earlier step, if the rule has one (release may be asked from then).
    pub soft: Option<Period>,
    /// The outer limit.
    pub hard: Period,
}

/// Every deadline rule Habeas knows, with its citation. The table tests cover each one.
pub const RULES: &[Rule] = &[
    Rule {
        id: RuleId::CcfAccessDecision,
        title: "CCF decision on the access request",
        basis: "Statute of the CCF, Art. 40",
        source: "legal-status.eu, Conditions applicable to the processing of admissible requests (secondary copy)",
        confidence: Confidence::Secondary,
        explanation: "Statutory target, often exceeded: the CCF acknowledges delays and a backlog. \
            Runs from the date the request was found admissible.",
        starts: "the admissibility decision",
        soft: None,
        hard: Period::Months(4),
    },
    Rule {
        id: RuleId::CcfDeletionDecision,
        title: "CCF decision on the correction or deletion request",
        basis: "Statute of the CCF, Art. 40",
        source: "legal-status.eu, Conditions applicable to the processing of admissible requests (secondary copy)",
        confidence: Confidence::Secondary,
        explanation: "Statutory target, often exceeded: the CCF acknowledges delays and a backlog. \
            Runs from the date the request was found admissible.",
        starts: "the admissibility decision",
        soft: None,
        hard: Period::Months(9),
    },
    Rule {
        id: RuleId::CcfAdmissibilityAnswer,
        title: "Expected answer on admissibility",
        basis: "Practice only: no time limit for admissibility was found in the Statute",
        source: "rednoticelawjournal.com (2015): an admissibility letter \"normally within 30 days\" (pre-2017 practice)",
        confidence: Confidence::Unverified,
        explanation: "Not a legal deadline. If nothing has come by then, ask the CCF through the portal.",
        starts: "filing the request with the CCF",
        soft: None,
        hard: Period::Months(1),
    },
    Rule {
        id: RuleId::CcfRevision,
        title: "Last day to apply for revision of the CCF decision",
        basis: "Statute of the CCF, Art. 42(2)",
        source: "rednoticelawjournal.com (verbatim quote of Art. 42); otherside.law",
        confidence: Confidence::Secondary,
        explanation: "A revision must rest on a newly discovered fact that could have changed the decision. \
            Since March 2026 it starts with a two-page summary filed through the CCF portal.",
        starts: "the discovery of the new fact",
        soft: None,
        hard: Period::Months(6),
    },
    Rule {
        id: RuleId::AccessReminder,
        title: "Repeat the access request to the CCF",
        basis: "Your own reminder (no legal deadline)",
        source: "Set in this case",
        confidence: Confidence::Verified,
        explanation: "A new alert can be issued at any time; asking again shows whether anything changed.",
        starts: "the last access request filed",
        soft: None,
        hard: Period::Months(12),
    },
    Rule {
        id: RuleId::EuropeanConvention,
        title: "Extradition request due (provisional arrest)",
        basis: "European Convention on Extradition 1957 (ETS 024), Art. 16(4)",
        source: "Official Polish text, standardyprawa.pl/akt/193/art/23984",
        confidence: Confidence::Verified,
        explanation: "Release may be ordered if the request and documents have not arrived by day 18; \
            provisional arrest may in no event exceed 40 days. Re-arrest is possible if the request comes later (Art. 16(5)).",
        starts: "the provisional arrest",
        soft: Some(Period::Days(18)),
        hard: Period::Days(40),
    },
    Rule {
        id: RuleId::Minsk1993,
        title: "Extradition request due (custody)",
        basis: "Minsk Convention 1993, Art. 62(1), as amended by the Protocol of 28 March 1997",
        source: "Russian text, base.garant.ru/10119702",
        confidence: Confidence::Verified,
        explanation: "The person is released if the request with the Art. 58 documents is not received within 40 days of being taken into custody.",
        starts: "being taken into custody",
        soft: None,
        hard: Period::Days(40),
    },
    Rule {
        id: RuleId::Riyadh1983,
        title: "Extradition documents due (provisional detention)",
        basis: "Riyadh Arab Agreement on Judicial Cooperation 1983 (article after Art. 42; number unverified)",
        source: "Arabic text reproduced on nbdksa.com (secondary)",
        confidence: Confidence::Secondary,
        explanation: "Release if the documents or a request to extend detention have not arrived within 30 days of arrest; \
            provisional detention may in no case exceed 60 days.",
        starts: "the arrest",
        soft: Some(Period::Days(30)),
        hard: Period::Days(60),
    },
    Rule {
        id: RuleId::EawAfterArrest,
        title: "Final decision on surrender due (European Arrest Warrant)",
        basis: "Framework Decision 2002/584/JHA, Art. 17(3)–(4)",
        source: "Bulgarian official text, exlege.bg; ECBA EAW handbook",
        confidence: Confidence::Verified,
        explanation: "Without consent, the final decision is due within 60 days of arrest; it can be extended by 30 days, \
            with reasons given to the issuing authority.",
        starts: "the arrest",
        soft: Some(Period::Days(60)),
        hard: Period::Days(90),
    },
    Rule {
        id: RuleId::EawAfterConsent,
        title: "Final decision on surrender due after consent (European Arrest Warrant)",
        basis: "Framework Decision 2002/584/JHA, Art. 17(2) and (4)",
        source: "Bulgarian official text, exlege.bg; ECBA EAW handbook",
        confidence: Confidence::Verified,
        explanation: "After consent, the final decision is due within 10 days; it can be extended by 30 days.",
        starts: "the consent to surrender",
        soft: Some(Period::Days(10)),
        hard: Period::Days(40),
    },
    Rule {
        id: RuleId::UsModernTreaty,
        title: "Extradition request due (United States treaty)",
        basis: "Typical modern US bilateral treaty, e.g. US–India 1997, Art. 12(4)",
        source: "Treaty text, wikisource",
        confidence: Confidence::Verified,
        explanation: "The person may be discharged 60 days after provisional arrest if the formal request has not arrived. \
            Check the treaty that applies: older US treaties use 40 days or 2 months.",
        starts: "the provisional arrest",
        soft: None,
        hard: Period::Days(60),
    },
    Rule {
        id: RuleId::Montevideo1933,
        title: "Extradition request due (Montevideo Convention)",
        basis: "Montevideo Convention on Extradition 1933 (OAS A-35), Art. 10",
        source: "US Statutes at Large vol. 49 (Spanish text, wikisource)",
        confidence: Confidence::Verified,
        explanation: "Released if the request is not formalised within 2 months of notifying the requesting state of the arrest.",
        starts: "the notification of the arrest to the requesting state",
        soft: None,
        hard: Period::Months(2),
    },
    Rule {
        id: RuleId::Bilateral,
        title: "Extradition request due (bilateral treaty)",
        basis: "The bilateral treaty described in this case",
        source: "Entered by you",
        confidence: Confidence::Verified,
        explanation: "As you described the treaty. Domestic law may shorten or extend it.",
        starts: "the provisional arrest",
        soft: None,
        hard: Period::Days(0),
    },
];

/// The rule with this id.
#[must_use]
pub fn rule(id: RuleId) -> &'static Rule {
    RULES.iter().find(|r| r.id == id).unwrap_or(&RULES[0])
}

/// Where a deadline stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DeadlineState {
    /// Still running.
    Open,
    /// What it waited for happened (the request arrived, the decision came).
    Met,
    /// The date has passed.
    Passed,
}

/// A computed deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deadline {
    /// Stable key: the rule and the starting event (`european_convention:event-…`).
    pub key: String,
    /// The rule behind it.
    pub rule: RuleId,
    /// What is due.
    pub title: String,
    /// Legal basis, cited.
    pub basis: &'static str,
    /// Where the basis was read.
    pub source: &'static str,
    /// How sure we are of the basis.
    pub confidence: Confidence,
    /// What it means, with caveats.
    pub explanation: &'static str,
    /// How the days are counted.
    pub counting: &'static str,
    /// The period in words ("18 days, at most 40 days").
    pub period: String,
    /// The event it runs from.
    pub start_event: Option<String>,
    /// The date it runs from.
    pub start: NaiveDate,
    /// The earlier step (release may be asked), if any.
    pub soft: Option<NaiveDate>,
    /// The outer limit, or the user's date when overridden.
    pub due: NaiveDate,
    /// The computed outer limit, before any override.
    pub computed_due: NaiveDate,
    /// The user's reason, when they replaced the date.
    pub override_reason: Option<String>,
    /// Where it stands.
    pub state: DeadlineState,
    /// The next date that matters: the soft date until it passes, then the due date.
    pub next: NaiveDate,
    /// Days from today to `next` (negative when past).
    pub days_left: i64,
}

/// Every deadline of a case, soonest open one first, given `today` (local date).
#[must_use]
pub fn compute(case: &Case, events: &[Event], today: NaiveDate) -> Vec<Deadline> {
    let mut dated: Vec<(&Event, NaiveDate)> = events
        .iter()
        .filter_map(|e| e.date.map(|d| (e, d)))
        .collect();
    dated.sort_by_key(|(e, d)| (*d, e.id.clone()));
    let after = |kinds: &[EventKind], from: NaiveDate| {
        dated
            .iter()
            .any(|(e, d)| kinds.contains(&e.kind) && *d >= from)
    };
    let mut out = Vec::new();
    let mut push = |rule_id: RuleId,
                    soft: Option<Period>,
                    hard: Period,
                    event: Option<&Event>,
                    start: NaiveDate,
                    met: bool,
                    period: String| {
        let r = rule(rule_id);
        let (Some(due), soft) = (hard.after(start), soft.and_then(|s| s.after(start))) else {
            return;
        };
        let key = format!(
            "{}:{}",
            serde_json::to_value(rule_id)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            event.map_or("case", |e| e.id.as_str())
        );
        let ov = case.overrides.iter().find(|o| o.key == key);
        let final_due = ov.map_or(due, |o| o.date);
        let soft = soft.filter(|s| *s < final_due);
        let next = match soft {
            Some(s) if s >= today => s,
            _ => final_due,
        };
        let state = if met {
            DeadlineState::Met
        } else if final_due < today {
            DeadlineState::Passed
        } else {
            DeadlineState::Open
        };
        let months = matches!(hard, Period::Months(_));
        out.push(Deadline {
            key,
            rule: rule_id,
            title: r.title.to_owned(),
            basis: r.basis,
            source: r.source,
            confidence: r.confidence,
            explanation: r.explanation,
            counting: if months { COUNT_MONTHS } else { COUNT_DAYS },
            period,
            start_event: event.map(|e| e.id.clone()),
            start,
            soft,
            due: final_due,
            computed_due: due,
            override_reason: ov.map(|o| o.reason.clone()),
            state,
            next,
            days_left: (next - today).num_days(),
        });
    };
    let describe = |soft: Option<Period>, hard: Period| match soft {
        Some(s) => format!("{}, at most {}", s.describe(), hard.describe()),
        None => hard.describe(),
    };

    for (event, date) in &dated {
        let date = *date;
        match event.kind {
            EventKind::CcfRequestFiled => {
                let r = rule(RuleId::CcfAdmissibilityAnswer);
                let answered = after(
                    &[EventKind::AdmissibilityDecision, EventKind::CcfDecision],
                    date,
                );
                push(
                    r.id,
                    None,
                    r.hard,
                    Some(event),
                    date,
                    answered,
                    describe(None, r.hard),
                );
            }
            EventKind::AdmissibilityDecision if event.admissible != Some(false) => {
                // What was asked: the latest request filed on or before the decision.
                let asked = dated
                    .iter()
                    .rev()
                    .find(|(e, d)| e.kind == EventKind::CcfRequestFiled && *d <= date)
                    .map(|(e, _)| e.ccf_request.clone())
                    .unwrap_or_default();
                let unknown = asked.is_empty();
                let decided = after(&[EventKind::CcfDecision], date);
                if unknown || asked.contains(&CcfRequestKind::Access) {
                    let r = rule(RuleId::CcfAccessDecision);
                    push(
                        r.id,
                        None,
                        r.hard,
                        Some(event),
                        date,
                        decided,
                        describe(None, r.hard),
                    );
                }
                if unknown
                    || asked.contains(&CcfRequestKind::Correction)
                    || asked.contains(&CcfRequestKind::Deletion)
                {
                    let r = rule(RuleId::CcfDeletionDecision);
                    push(
                        r.id,
                        None,
                        r.hard,
                        Some(event),
                        date,
                        decided,
                        describe(None, r.hard),
                    );
                }
            }
            EventKind::NewFactDiscovered => {
                let r = rule(RuleId::CcfRevision);
                let filed = after(&[EventKind::RevisionFiled], date);
                push(
                    r.id,
                    None,
                    r.hard,
                    Some(event),
                    date,
                    filed,
                    describe(None, r.hard),
                );
            }
            EventKind::ProvisionalArrest | EventKind::Detention => {
                let Some(regime) = event.regime else { continue };
                let eaw = regime == Regime::EuropeanArrestWarrant;
                // The window closes when the request arrives or the person is released; an EAW's
                // when the surrender is decided or the person is released.
                let closing: &[EventKind] = if eaw {
                    &[EventKind::ExtraditionDecision, EventKind::Release]
                } else {
                    &[
                        EventKind::ExtraditionRequestReceived,
                        EventKind::Release,
                        EventKind::ExtraditionDecision,
                    ]
                };
                let met = after(closing, date);
                let notified = event.notified_on.unwrap_or(date);
                let id = match regime {
                    Regime::EuropeanConvention => RuleId::EuropeanConvention,
                    Regime::Minsk1993 => RuleId::Minsk1993,
                    Regime::Riyadh1983 => RuleId::Riyadh1983,
                    Regime::EuropeanArrestWarrant => RuleId::EawAfterArrest,
                    Regime::UsModernTreaty => RuleId::UsModernTreaty,
                    Regime::Montevideo1933 => RuleId::Montevideo1933,
                    Regime::Bilateral => RuleId::Bilateral,
                };
                let r = rule(id);
                // The bilateral treaty's periods and start are the case's, not the table's.
                let (soft, hard, start) = match regime {
                    Regime::Bilateral => {
                        let Some(t) = &case.bilateral else { continue };
                        let start = match t.start {
                            crate::model::BilateralStart::Arrest => date,
                            crate::model::BilateralStart::Notification => notified,
                        };
                        (
                            t.soft_days.map(Period::Days),
                            Period::Days(t.hard_days),
                            start,
                        )
                    }
                    Regime::Montevideo1933 => (r.soft, r.hard, notified),
                    _ => (r.soft, r.hard, date),
                };
                push(
                    id,
                    soft,
                    hard,
                    Some(event),
                    start,
                    met,
                    describe(soft, hard),
                );
                if eaw {
                    if let Some((consent, cdate)) = dated
                        .iter()
                        .find(|(e, d)| e.kind == EventKind::ConsentToSurrender && *d >= date)
                    {
                        let r = rule(RuleId::EawAfterConsent);
                        push(
                            r.id,
                            r.soft,
                            r.hard,
                            Some(consent),
                            *cdate,
                            met,
                            describe(r.soft, r.hard),
                        );
                    }
                }
            }
            _ => {}
        }
    }

    // Repeat access requests: from the last access request, every N months, the next one due.
    if let Some(months) = case.access_reminder_months.filter(|m| *m > 0) {
        if let Some((last, date)) = dated.iter().rev().find(|(e, _)| {
            e.kind == EventKind::CcfRequestFiled && e.ccf_request.contains(&CcfRequestKind::Access)
        }) {
            let period = Period::Months(months);
            push(
                RuleId::AccessReminder,
                None,
                period,
                Some(last),
                *date,
                false,
                format!("every {}", period.describe()),
            );
        }
    }

    out.sort_by_key(|d| (d.state != DeadlineState::Open, d.next, d.key.clone()));
    out
}

/// The deadline that matters most now: the soonest open one.
#[must_use]
pub fn next_open(deadlines: &[Deadline]) -> Option<&Deadline> {
    deadlines
        .iter()
        .filter(|d| d.state == DeadlineState::Open)
        .min_by_key(|d| d.next)
}
