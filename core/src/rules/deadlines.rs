//! Legal deadlines computed from a case's events.
//!
//! Every deadline comes from one [`Rule`] in [`RULES`]: its legal basis, where we read it, how
//! sure we are of it (the domain notes' verified / secondary / unverified), and how the days are
//! counted. Treaty windows for provisional arrest are mostly "may be released" rules, so they
//! carry a soft date (release may be asked) and a hard date (the outer limit) where the treaty has
//! both. Dates are local calendar dates (no time zone arithmetic): a date is the day the user
//! typed, and "today" is the user's local day.
//!
//! For an arrest, which rule applies is decided by [`crate::rules::regime::window`]: the user's
//! regime when they chose one, otherwise the instrument binding both states (worked out from the
//! alert's issuer and the country of arrest), with that reasoning and the confidence of each
//! membership in the deadline. What Habeas cannot date (a national custody limit, a treaty period
//! it does not have) is listed by [`dates_needed`] until the user enters the date.

use chrono::{Days, Months, NaiveDate};
use serde::Serialize;

use crate::locale::{self, Language};

use crate::model::{Alert, Case, CcfRequestKind, Event, EventKind};
use crate::rules::regime::window::{self, DateNeeded, Need, Window};
use crate::rules::regime::Finding;

/// How sure we are of a rule's legal basis (domain notes' legend).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Read in a primary or official source.
    Verified,
    /// Read in a secondary source (practitioner, press): confirm before relying on it.
    Secondary,
    /// Not verified: practice or memory. Shown as such.
    Unverified,
    /// A period or date the user entered: Habeas has not checked it.
    EnteredByYou,
}

impl Confidence {
    /// How sure, in words in `language` ("verified", "source secondaire").
    #[must_use]
    pub fn words(self, language: Language) -> String {
        locale::text(
            language,
            match self {
                Self::Verified => "confidence-verified",
                Self::Secondary => "confidence-secondary",
                Self::Unverified => "confidence-unverified",
                Self::EnteredByYou => "confidence-entered-by-you",
            },
        )
    }
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

    /// Plain English words: "18 days", "1 month".
    #[must_use]
    pub fn describe(self) -> String {
        self.describe_in(Language::En)
    }

    /// Plain words in `language`, with its plural forms: "18 jours", "18 дней", "18 يومًا".
    #[must_use]
    pub fn describe_in(self, language: Language) -> String {
        let (id, n) = match self {
            Period::Days(n) => ("period-days", n),
            Period::Months(n) => ("period-months", n),
        };
        locale::catalogue::without_isolates(&locale::message(language, id, &[("count", n.into())]))
    }
}

/// How a deadline's date is counted, in words shown beside every computed date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counting {
    /// Calendar days from the starting event (day 0).
    Days,
    /// Calendar months, the same day number or the month's last day.
    Months,
    /// A date the user entered: not counted.
    Entered,
}

impl Counting {
    /// The rule in words, in `language`.
    #[must_use]
    pub fn words(self, language: Language) -> String {
        locale::text(
            language,
            match self {
                Self::Days => "counting-days",
                Self::Months => "counting-months",
                Self::Entered => "counting-entered",
            },
        )
    }
}

impl RuleId {
    /// What is due under this rule, in plain words in `language` (the catalogue's
    /// `deadline-title-<rule>`).
    #[must_use]
    pub fn title(self, language: Language) -> String {
        locale::text(
            language,
            match self {
                Self::CcfAccessDecision => "deadline-title-ccf-access-decision",
                Self::CcfDeletionDecision => "deadline-title-ccf-deletion-decision",
                Self::CcfAdmissibilityAnswer => "deadline-title-ccf-admissibility-answer",
                Self::CcfRevision => "deadline-title-ccf-revision",
                Self::CcfQueryAnswer => "deadline-title-ccf-query-answer",
                Self::AccessReminder => "deadline-title-access-reminder",
                Self::EuropeanConvention => "deadline-title-european-convention",
                Self::Minsk1993 => "deadline-title-minsk1993",
                Self::Riyadh1983 => "deadline-title-riyadh1983",
                Self::EawAfterArrest => "deadline-title-eaw-after-arrest",
                Self::EawAfterConsent => "deadline-title-eaw-after-consent",
                Self::UsModernTreaty => "deadline-title-us-modern-treaty",
                Self::Montevideo1933 => "deadline-title-montevideo1933",
                Self::Bilateral => "deadline-title-bilateral",
                Self::DateYouEntered => "deadline-title-date-you-entered",
            },
        )
    }
}

/// Identifies a rule. Stable: it is part of deadline keys stored in overrides.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
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
    /// The answer to a question the CCF asked, by the date it set.
    CcfQueryAnswer,
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
    /// A date the user entered where Habeas has no period (a national custody limit, a treaty
    /// period not in its data).
    DateYouEntered,
}

/// A deadline rule: what it is, its basis, and its period(s).
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    /// Identifier.
    pub id: RuleId,
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
        id: RuleId::CcfQueryAnswer,
        basis: "The deadline the CCF set in its message",
        source: "interpol.int, How to submit a request: answers \"should be provided within the deadlines set by the Commission\"",
        confidence: Confidence::EnteredByYou,
        explanation: "The CCF sets its own date for answers to its questions: the date here is the one you entered from its message. \
            If you need more time, ask the CCF through the portal before the date.",
        starts: "the CCF's question",
        soft: None,
        hard: Period::Days(0),
    },
    Rule {
        id: RuleId::AccessReminder,
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
        basis: "Framework Decision 2002/584/JHA, Art. 17(3)–(4)",
        source: "Bulgarian official text, exlege.bg; ECBA EAW handbook",
        confidence: Confidence::Verified,
        explanation: "Without consent, the final decision is due within 60 days of arrest; it can be extended by 30 days, \
            with reasons given to the issuing authority. The expiry of these limits does not by itself mean release: \
            the executing authority must still decide, and custody may continue if its length is not excessive \
            (CJEU C-237/15 PPU Lanigan, 16 July 2015).",
        starts: "the arrest",
        soft: Some(Period::Days(60)),
        hard: Period::Days(90),
    },
    Rule {
        id: RuleId::EawAfterConsent,
        basis: "Framework Decision 2002/584/JHA, Art. 17(2) and (4)",
        source: "Bulgarian official text, exlege.bg; ECBA EAW handbook",
        confidence: Confidence::Verified,
        explanation: "After consent, the final decision is due within 10 days; it can be extended by 30 days. \
            Expiry does not by itself mean release (CJEU C-237/15 PPU Lanigan).",
        starts: "the consent to surrender",
        soft: Some(Period::Days(10)),
        hard: Period::Days(40),
    },
    Rule {
        id: RuleId::UsModernTreaty,
        basis: "US–India 1997, Art. 12(4), the only US treaty read, applied by analogy",
        source: "Treaty text, wikisource (US–India only)",
        confidence: Confidence::Unverified,
        explanation: "The US–India treaty lets the person be discharged 60 days after provisional arrest if the formal \
            request has not arrived. Other US treaties differ (40 days, 2 months): this date is right only if your \
            treaty says 60 days. Name your treaty: describe it as the case's bilateral treaty with its own period.",
        starts: "the provisional arrest",
        soft: None,
        hard: Period::Days(60),
    },
    Rule {
        id: RuleId::Montevideo1933,
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
        basis: "The bilateral treaty described in this case",
        source: "Entered by you",
        confidence: Confidence::EnteredByYou,
        explanation: "As you described the treaty: Habeas has not checked it. Domestic law may shorten or extend it.",
        starts: "the provisional arrest",
        soft: None,
        hard: Period::Days(0),
    },
    Rule {
        id: RuleId::DateYouEntered,
        basis: "Entered by you",
        source: "Entered by you",
        confidence: Confidence::EnteredByYou,
        explanation: "Habeas has no period for this: the date is the one you entered, with your reason.",
        starts: "the event it follows",
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
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum DeadlineState {
    /// Still running.
    Open,
    /// What it waited for happened on or before the due date (the request arrived in time, the
    /// decision came, the person was released).
    Met,
    /// What it waited for happened, but after the due date (the request arrived late).
    Late,
    /// The date has passed and nothing it waited for is recorded.
    Passed,
}

/// What kind of date a deadline is, most binding first: the order in which open deadlines rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Weight {
    /// A limit on a person's custody after an arrest (a treaty window, a national limit).
    Custody,
    /// Another legal time limit (the CCF's decision, revision).
    Legal,
    /// A practice estimate or the user's own reminder: never ranked above a legal date.
    Practice,
}

impl RuleId {
    /// What kind of date this rule gives.
    #[must_use]
    pub const fn weight(self) -> Weight {
        match self {
            RuleId::EuropeanConvention
            | RuleId::Minsk1993
            | RuleId::Riyadh1983
            | RuleId::EawAfterArrest
            | RuleId::EawAfterConsent
            | RuleId::UsModernTreaty
            | RuleId::Montevideo1933
            | RuleId::Bilateral
            | RuleId::DateYouEntered => Weight::Custody,
            RuleId::CcfAccessDecision
            | RuleId::CcfDeletionDecision
            | RuleId::CcfRevision
            | RuleId::CcfQueryAnswer => Weight::Legal,
            RuleId::CcfAdmissibilityAnswer | RuleId::AccessReminder => Weight::Practice,
        }
    }
}

/// The event that closed (or would close) a deadline: what it waited for, as recorded.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Closing {
    /// The event's id.
    pub event: String,
    /// What happened.
    pub kind: EventKind,
    /// When, as recorded.
    pub date: NaiveDate,
    /// The recorded date is after today: something that has happened cannot be dated in the
    /// future, so the deadline is treated as still waiting until the date is checked.
    pub in_future: bool,
}

/// Something the app offers to do about a deadline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// The CCF's time limit for a decision passed with none recorded: write to the CCF asking
    /// for it (the follow-up letter).
    AskCcfForDecision,
}

/// Why a custody limit is an alarm: the most urgent thing Habeas can know about a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Alarm {
    /// The limit has passed and neither the request nor a release is recorded: the person may
    /// be held beyond the limit.
    LimitPassed,
    /// The request (or the decision) was recorded after the limit and no release is recorded.
    ArrivedLate,
}

impl Alarm {
    /// What to do now, in plain English.
    #[must_use]
    pub fn what_to_do(self) -> String {
        self.what_to_do_in(Language::En)
    }

    /// What to do now, in `language`.
    #[must_use]
    pub fn what_to_do_in(self, language: Language) -> String {
        locale::text(
            language,
            match self {
                Alarm::LimitPassed => "alarm-limit-passed",
                Alarm::ArrivedLate => "alarm-arrived-late",
            },
        )
    }
}

/// A computed deadline.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Deadline {
    /// Stable key: the rule and the starting event (`european_convention:event-…`).
    pub key: String,
    /// The rule behind it.
    pub rule: RuleId,
    /// What is due.
    pub title: String,
    /// Legal basis, cited.
    pub basis: String,
    /// Where the basis was read.
    pub source: String,
    /// How sure we are of the basis (its wording).
    pub confidence: Confidence,
    /// How sure we are that the basis applies to this case (the treaty memberships it relies
    /// on), when Habeas looked it up: a rule can be verified and its application unverified.
    pub application: Option<Confidence>,
    /// Why this rule applies, in one line ("Italy and Türkiye are both bound by …").
    pub reasoning: Option<String>,
    /// The regime finding behind it, with every membership and what was set aside.
    pub finding: Option<Finding>,
    /// What it means, with caveats, the reasoning and the confidences.
    pub explanation: String,
    /// How the days are counted, in words.
    pub counting: String,
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
    /// The computed outer limit, before any override (the user's date when Habeas has none).
    pub computed_due: NaiveDate,
    /// The user's reason, when they replaced the date.
    pub override_reason: Option<String>,
    /// Where it stands.
    pub state: DeadlineState,
    /// What kind of date it is (custody limit, legal limit, practice estimate).
    pub weight: Weight,
    /// The event that closed it, or that would have if it were not dated in the future.
    pub closing: Option<Closing>,
    /// Set when a custody limit has passed, or was met late, with no release recorded.
    pub alarm: Option<Alarm>,
    /// What the app offers to do about it (a CCF decision overdue: write asking for it).
    pub action: Option<Action>,
    /// The next date that matters: the soft date until it passes, then the due date.
    pub next: NaiveDate,
    /// Days from today to `next` (negative when past).
    pub days_left: i64,
}

/// What a deadline is made of before its dates are worked out.
struct Spec<'a> {
    rule: RuleId,
    key: String,
    title: String,
    basis: String,
    source: String,
    confidence: Confidence,
    application: Option<Confidence>,
    reasoning: Option<String>,
    finding: Option<Finding>,
    explanation: String,
    soft: Option<Period>,
    /// The outer limit: a period from `start`, or a date the user gave.
    due: Due,
    event: Option<&'a Event>,
    start: NaiveDate,
    /// The first event of a kind that closes it, on or after the start.
    closing: Option<(&'a Event, NaiveDate)>,
    /// A release is recorded on or after the start (the person is no longer held under it).
    released: bool,
    period: String,
}

enum Due {
    After(Period),
    Entered(NaiveDate),
}

fn key_of(rule_id: RuleId, event: Option<&Event>) -> String {
    format!(
        "{}:{}",
        serde_json::to_value(rule_id)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
        event.map_or("case", |e| e.id.as_str())
    )
}

fn describe(soft: Option<Period>, hard: Period, language: Language) -> String {
    match soft {
        Some(s) => locale::catalogue::without_isolates(&locale::message(
            language,
            "period-soft-and-hard",
            &[
                ("soft", s.describe_in(language).into()),
                ("hard", hard.describe_in(language).into()),
            ],
        )),
        None => hard.describe_in(language),
    }
}

/// A table rule as a spec, with the rule's own texts.
fn from_rule<'a>(
    rule_id: RuleId,
    soft: Option<Period>,
    hard: Period,
    event: Option<&'a Event>,
    start: NaiveDate,
    closing: Option<(&'a Event, NaiveDate)>,
    language: Language,
) -> Spec<'a> {
    let r = rule(rule_id);
    Spec {
        rule: rule_id,
        key: key_of(rule_id, event),
        title: rule_id.title(language),
        basis: r.basis.to_owned(),
        source: r.source.to_owned(),
        confidence: r.confidence,
        application: None,
        reasoning: None,
        finding: None,
        explanation: r.explanation.to_owned(),
        soft,
        due: Due::After(hard),
        event,
        start,
        closing,
        released: false,
        period: describe(soft, hard, language),
    }
}

fn build(case: &Case, spec: Spec<'_>, today: NaiveDate, language: Language) -> Option<Deadline> {
    let computed = match spec.due {
        Due::After(hard) => hard.after(spec.start)?,
        Due::Entered(date) => date,
    };
    let soft = match spec.soft {
        Some(s) => Some(s.after(spec.start)?),
        None => None,
    };
    let ov = case.overrides.iter().find(|o| o.key == spec.key);
    let due = ov.map_or(computed, |o| o.date);
    let soft = soft.filter(|s| *s < due);
    let next = match soft {
        Some(s) if s >= today => s,
        _ => due,
    };
    // Met only when what it waited for happened on or before the due date; a date in the
    // future for something that has happened is not believed (issue 21.2).
    let closing = spec.closing.map(|(e, date)| Closing {
        event: e.id.clone(),
        kind: e.kind,
        date,
        in_future: date > today,
    });
    let state = match &closing {
        Some(c) if !c.in_future && c.date <= due => DeadlineState::Met,
        Some(c) if !c.in_future => DeadlineState::Late,
        _ if due < today => DeadlineState::Passed,
        _ => DeadlineState::Open,
    };
    let weight = spec.rule.weight();
    let alarm = match state {
        _ if weight != Weight::Custody || spec.released => None,
        DeadlineState::Passed => Some(Alarm::LimitPassed),
        DeadlineState::Late => Some(Alarm::ArrivedLate),
        DeadlineState::Open | DeadlineState::Met => None,
    };
    // The CCF's Art. 40 limits are often exceeded (domain.md §1.5; 70 % of access requests took
    // longer in 2024): when one has passed with no decision recorded, the step is a letter asking
    // for the decision (issue 15 §3.4).
    let action = match spec.rule {
        RuleId::CcfAccessDecision | RuleId::CcfDeletionDecision
            if state == DeadlineState::Passed =>
        {
            Some(Action::AskCcfForDecision)
        }
        _ => None,
    };
    let counting = match spec.due {
        Due::After(Period::Months(_)) => Counting::Months,
        Due::After(Period::Days(_)) => Counting::Days,
        Due::Entered(_) => Counting::Entered,
    }
    .words(language);
    Some(Deadline {
        key: spec.key,
        rule: spec.rule,
        title: spec.title,
        basis: spec.basis,
        source: spec.source,
        confidence: spec.confidence,
        application: spec.application,
        reasoning: spec.reasoning,
        finding: spec.finding,
        explanation: spec.explanation,
        counting,
        period: spec.period,
        start_event: spec.event.map(|e| e.id.clone()),
        start: spec.start,
        soft,
        due,
        computed_due: computed,
        override_reason: ov.map(|o| o.reason.clone()),
        state,
        weight,
        closing,
        alarm,
        action,
        next,
        days_left: (next - today).num_days(),
    })
}

/// Every deadline of a case, soonest open one first, given `today` (local date). The alerts
/// name the state asking for the person, which with the country of an arrest decides the treaty.
#[must_use]
pub fn compute(case: &Case, alerts: &[Alert], events: &[Event], today: NaiveDate) -> Vec<Deadline> {
    compute_in(case, alerts, events, today, Language::En)
}

/// [`compute`], with the titles, periods and counting rules in `language` (issue 17; the
/// bases and explanations are still English).
#[must_use]
pub fn compute_in(
    case: &Case,
    alerts: &[Alert],
    events: &[Event],
    today: NaiveDate,
    language: Language,
) -> Vec<Deadline> {
    work_out(case, alerts, events, today, language).0
}

/// What Habeas cannot date for this case: each waits for the user to enter the date (an override
/// under its key, with the reason), after which it is a deadline "entered by you".
#[must_use]
pub fn dates_needed(case: &Case, alerts: &[Alert], events: &[Event]) -> Vec<DateNeeded> {
    // "Today" only sets states and days left, which the list does not carry.
    work_out(case, alerts, events, NaiveDate::MIN, Language::En).1
}

#[allow(
    clippy::too_many_lines,
    reason = "one pass over the events, one arm per kind of event"
)]
fn work_out(
    case: &Case,
    alerts: &[Alert],
    events: &[Event],
    today: NaiveDate,
    language: Language,
) -> (Vec<Deadline>, Vec<DateNeeded>) {
    let mut dated: Vec<(&Event, NaiveDate)> = events
        .iter()
        .filter_map(|e| e.date.map(|d| (e, d)))
        .collect();
    dated.sort_by_key(|(e, d)| (*d, e.id.clone()));
    // The first event of one of `kinds` on or after `from`: what closes a deadline.
    let after = |kinds: &[EventKind], from: NaiveDate| {
        dated
            .iter()
            .find(|(e, d)| kinds.contains(&e.kind) && *d >= from)
            .map(|(e, d)| (*e, *d))
    };
    let released = |from: NaiveDate| after(&[EventKind::Release], from).is_some();
    let mut specs: Vec<Spec<'_>> = Vec::new();
    let mut needed: Vec<DateNeeded> = Vec::new();

    for (event, date) in &dated {
        let date = *date;
        match event.kind {
            EventKind::CcfRequestFiled => {
                let r = rule(RuleId::CcfAdmissibilityAnswer);
                let answered = after(
                    &[EventKind::AdmissibilityDecision, EventKind::CcfDecision],
                    date,
                );
                specs.push(from_rule(
                    r.id,
                    None,
                    r.hard,
                    Some(event),
                    date,
                    answered,
                    language,
                ));
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
                    specs.push(from_rule(
                        r.id,
                        None,
                        r.hard,
                        Some(event),
                        date,
                        decided,
                        language,
                    ));
                }
                if unknown
                    || asked.contains(&CcfRequestKind::Correction)
                    || asked.contains(&CcfRequestKind::Deletion)
                {
                    let r = rule(RuleId::CcfDeletionDecision);
                    specs.push(from_rule(
                        r.id,
                        None,
                        r.hard,
                        Some(event),
                        date,
                        decided,
                        language,
                    ));
                }
            }
            EventKind::CcfQuery => {
                // The CCF sets the date in its message: Habeas cannot know it, so it is asked for
                // (a date needed), then shown as the user's date.
                let key = key_of(RuleId::CcfQueryAnswer, Some(event));
                let answered = after(&[EventKind::CcfQueryAnswered, EventKind::CcfDecision], date);
                match case.overrides.iter().find(|o| o.key == key) {
                    Some(o) => {
                        let mut spec = from_rule(
                            RuleId::CcfQueryAnswer,
                            None,
                            Period::Days(0),
                            Some(event),
                            date,
                            answered,
                            language,
                        );
                        spec.due = Due::Entered(o.date);
                        spec.period = locale::text(language, "period-ccf-set");
                        specs.push(spec);
                    }
                    None if answered.is_none() => {
                        let r = rule(RuleId::CcfQueryAnswer);
                        needed.push(DateNeeded {
                            key,
                            need: Need::CcfQueryAnswer,
                            title: "Answer to the CCF's question: the date it set".into(),
                            basis: r.basis.into(),
                            explanation: "Enter the date by which the CCF asked for an answer, \
                                with its message as the source. Habeas then counts down to it."
                                .into(),
                            confidence: Confidence::Verified,
                            start_event: event.id.clone(),
                            start: date,
                            finding: None,
                        });
                    }
                    None => {}
                }
            }
            EventKind::NewFactDiscovered => {
                let r = rule(RuleId::CcfRevision);
                let filed = after(&[EventKind::RevisionFiled], date);
                specs.push(from_rule(
                    r.id,
                    None,
                    r.hard,
                    Some(event),
                    date,
                    filed,
                    language,
                ));
            }
            EventKind::ProvisionalArrest | EventKind::Detention => {
                match window::window(case, alerts, event, date) {
                    Some(Window::Treaty(w)) => {
                        let eaw = w.rule == RuleId::EawAfterArrest;
                        // The window closes when the request arrives or the person is released;
                        // an EAW's when the surrender is decided or the person is released.
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
                        let mut spec =
                            from_rule(w.rule, w.soft, w.hard, Some(event), w.start, met, language);
                        spec.released = released(date);
                        let mut explanation = spec.explanation.clone();
                        for line in w.reasoning.iter().chain(w.notes.iter()) {
                            explanation.push(' ');
                            explanation.push_str(line);
                        }
                        spec.explanation = explanation;
                        spec.reasoning = w.reasoning;
                        spec.application = w.application;
                        spec.finding = w.finding;
                        let consent_finding = spec.finding.clone();
                        let consent_reasoning = spec.reasoning.clone();
                        let consent_application = spec.application;
                        specs.push(spec);
                        if eaw {
                            if let Some((consent, cdate)) = dated.iter().find(|(e, d)| {
                                e.kind == EventKind::ConsentToSurrender && *d >= date
                            }) {
                                let r = rule(RuleId::EawAfterConsent);
                                let mut spec = from_rule(
                                    r.id,
                                    r.soft,
                                    r.hard,
                                    Some(consent),
                                    *cdate,
                                    met,
                                    language,
                                );
                                spec.released = released(date);
                                spec.finding = consent_finding;
                                spec.reasoning = consent_reasoning;
                                spec.application = consent_application;
                                specs.push(spec);
                            }
                        }
                    }
                    Some(Window::Needed(n)) => {
                        match case.overrides.iter().find(|o| o.key == n.key) {
                            // The user entered the date: a deadline like any other, marked as
                            // theirs.
                            Some(o) => {
                                let closing: &[EventKind] = if n.need == Need::NationalCustodyLimit
                                {
                                    &[EventKind::ProvisionalArrest, EventKind::Release]
                                } else {
                                    &[
                                        EventKind::ExtraditionRequestReceived,
                                        EventKind::Release,
                                        EventKind::ExtraditionDecision,
                                    ]
                                };
                                let r = rule(RuleId::DateYouEntered);
                                specs.push(Spec {
                                    rule: r.id,
                                    key: n.key.clone(),
                                    title: n.title.clone(),
                                    basis: n.basis.clone(),
                                    source: r.source.to_owned(),
                                    confidence: Confidence::EnteredByYou,
                                    application: None,
                                    reasoning: n.finding.as_ref().map(|f| f.reasoning.clone()),
                                    finding: n.finding.clone(),
                                    explanation: format!("{} {}", r.explanation, n.explanation),
                                    soft: None,
                                    due: Due::Entered(o.date),
                                    event: Some(event),
                                    start: n.start,
                                    closing: after(closing, date),
                                    released: released(date),
                                    period: locale::text(language, "period-you-entered"),
                                });
                            }
                            None => needed.push(n),
                        }
                    }
                    None => {}
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
            let mut spec = from_rule(
                RuleId::AccessReminder,
                None,
                period,
                Some(last),
                *date,
                None,
                language,
            );
            spec.period = locale::catalogue::without_isolates(&locale::message(
                language,
                "period-every",
                &[("period", period.describe_in(language).into())],
            ));
            specs.push(spec);
        }
    }

    let mut out: Vec<Deadline> = specs
        .into_iter()
        .filter_map(|spec| build(case, spec, today, language))
        .collect();
    out.sort_by_key(rank);
    (out, needed)
}

/// The order deadlines are shown in, most urgent first: alarms, then open deadlines (custody
/// limits and legal limits before practice estimates, each soonest first), then the rest.
fn rank(d: &Deadline) -> (u8, bool, bool, NaiveDate, String) {
    (
        u8::from(d.alarm.is_none()),
        d.state != DeadlineState::Open,
        d.weight == Weight::Practice,
        d.next,
        d.key.clone(),
    )
}

/// The deadline that matters most now: an alarm if there is one, else the soonest open legal
/// deadline, else the soonest open practice estimate (issue 21.1: a practice estimate is never
/// "next" while a legal date is open).
#[must_use]
pub fn next_open(deadlines: &[Deadline]) -> Option<&Deadline> {
    deadlines
        .iter()
        .filter(|d| d.alarm.is_some() || d.state == DeadlineState::Open)
        .min_by_key(|d| rank(d))
}

#[cfg(test)]
#[allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]
mod tests {
    use super::*;
    use crate::model::{AlertKind, BilateralStart, BilateralTreaty, DeadlineOverride, Regime};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn diffusion(issuer: &str) -> Alert {
        Alert {
            id: format!("alert-{issuer}"),
            kind: AlertKind::Diffusion,
            issuing_country: Some(issuer.into()),
            ..Alert::default()
        }
    }

    fn held(kind: EventKind, at: &str, date: &str) -> Event {
        Event {
            id: "event-1".into(),
            kind,
            date: Some(d(date)),
            country: Some(at.into()),
            ..Event::default()
        }
    }

    fn overridden(key: &str, date: &str, reason: &str) -> Case {
        Case {
            overrides: vec![DeadlineOverride {
                key: key.into(),
                date: d(date),
                reason: reason.into(),
            }],
            ..Case::default()
        }
    }

    #[test]
    fn a_turkish_diffusion_and_an_arrest_in_italy_give_the_european_convention_deadline_unasked() {
        // lists.json: Italy and Türkiye are parties to ETS 024; Art. 16(4): release may be
        // ordered after 18 days, 40 at most, from the provisional arrest (standardyprawa.pl).
        let alerts = [diffusion("TR")];
        let events = [held(EventKind::ProvisionalArrest, "IT", "2026-10-01")];
        let all = compute(&Case::default(), &alerts, &events, d("2026-10-02"));
        assert_eq!(all.len(), 1, "{all:#?}");
        let dl = &all[0];
        assert_eq!(dl.rule, RuleId::EuropeanConvention);
        assert_eq!(dl.key, "european_convention:event-1");
        assert_eq!(dl.soft, Some(d("2026-10-19")));
        assert_eq!(dl.due, d("2026-11-10"));
        assert_eq!(dl.confidence, Confidence::Verified);
        assert_eq!(dl.application, Some(Confidence::Verified));
        let reasoning = dl.reasoning.as_deref().expect("the reasoning line");
        assert!(
            reasoning.starts_with("Italy and Türkiye are both bound by the European Convention"),
            "{reasoning}"
        );
        assert!(dl.explanation.contains(reasoning));
        assert!(dl
            .explanation
            .contains("Memberships relied on: Italy: verified; Türkiye: verified"));
        assert!(dates_needed(&Case::default(), &alerts, &events).is_empty());
    }

    #[test]
    fn an_arrest_in_france_on_an_italian_alert_gives_the_eaw_not_the_convention() {
        // Framework Decision 2002/584/JHA Art. 31(1) (the EAW replaces the Convention between
        // Member States) and Art. 17(3)-(4): 60 days, 30 more (exlege.bg); CJEU C-237/15 PPU
        // Lanigan: expiry does not by itself mean release (eur-lex).
        let all = compute(
            &Case::default(),
            &[diffusion("IT")],
            &[held(EventKind::ProvisionalArrest, "FR", "2026-10-01")],
            d("2026-10-02"),
        );
        let rules: Vec<RuleId> = all.iter().map(|x| x.rule).collect();
        assert_eq!(rules, [RuleId::EawAfterArrest]);
        assert_eq!(all[0].due, d("2026-12-30"));
        assert!(all[0].explanation.contains("Lanigan"));
        assert!(all[0].finding.as_ref().is_some_and(|f| f
            .set_aside
            .iter()
            .any(|s| s.instrument == "European Convention on Extradition")));
    }

    #[test]
    fn a_border_detention_gives_no_treaty_period_until_the_user_enters_the_national_limit() {
        // domain.md §4 (third review): the Convention counts from the provisional arrest, not a
        // police or border hold; issue 15 §1.3: "national custody limit: check local law".
        let alerts = [diffusion("TR")];
        let detained = Event {
            regime: Some(Regime::EuropeanConvention),
            ..held(EventKind::Detention, "IT", "2026-10-01")
        };
        assert!(compute(
            &Case::default(),
            &alerts,
            std::slice::from_ref(&detained),
            d("2026-10-01")
        )
        .is_empty());
        let asked = dates_needed(&Case::default(), &alerts, std::slice::from_ref(&detained));
        assert_eq!(asked.len(), 1);
        assert_eq!(
            asked[0].title,
            "National custody limit: check local law, enter it"
        );
        // Entered by the user, it becomes a deadline marked as theirs.
        let case = overridden(
            &asked[0].key,
            "2026-10-03",
            "Italian law: 48 hours, then a judge",
        );
        let all = compute(
            &case,
            &alerts,
            std::slice::from_ref(&detained),
            d("2026-10-01"),
        );
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].rule, RuleId::DateYouEntered);
        assert_eq!(all[0].confidence, Confidence::EnteredByYou);
        assert_eq!(all[0].counting, Counting::Entered.words(Language::En));
        assert_eq!(
            (all[0].due, all[0].computed_due),
            (d("2026-10-03"), d("2026-10-03"))
        );
        assert_eq!(all[0].state, DeadlineState::Open);
        assert!(dates_needed(&case, &alerts, std::slice::from_ref(&detained)).is_empty());
        // A provisional arrest the next day ends the custody limit and starts the treaty window.
        let events = [
            detained,
            held(EventKind::ProvisionalArrest, "IT", "2026-10-02"),
        ];
        let all = compute(&case, &alerts, &events, d("2026-10-02"));
        let custody = all
            .iter()
            .find(|x| x.rule == RuleId::DateYouEntered)
            .expect("custody");
        assert_eq!(custody.state, DeadlineState::Met);
        assert!(all.iter().any(|x| x.rule == RuleId::EuropeanConvention));
    }

    #[test]
    fn without_a_common_instrument_the_period_is_asked_for_never_invented() {
        // India and the United States are in no instrument of the treaty data.
        let alerts = [diffusion("IN")];
        let events = [held(EventKind::ProvisionalArrest, "US", "2026-10-01")];
        assert!(compute(&Case::default(), &alerts, &events, d("2026-10-01")).is_empty());
        let asked = dates_needed(&Case::default(), &alerts, &events);
        assert_eq!(asked.len(), 1);
        assert_eq!(asked[0].need, Need::NoInstrument);
        // The case's bilateral treaty then applies, as entered by the user.
        let case = Case {
            bilateral: Some(BilateralTreaty {
                name: "US–India 1997, Art. 12(4)".into(),
                soft_days: None,
                hard_days: 60,
                start: BilateralStart::Arrest,
            }),
            ..Case::default()
        };
        let all = compute(&case, &alerts, &events, d("2026-10-01"));
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].rule, RuleId::Bilateral);
        assert_eq!(all[0].confidence, Confidence::EnteredByYou);
        assert_eq!(all[0].due, d("2026-11-30"));
    }

    #[test]
    fn the_users_regime_and_dates_still_win() {
        // Issue 15 §1.2: the user can override the regime or the dates, with a reason.
        let alerts = [diffusion("IT")];
        let chosen = Event {
            regime: Some(Regime::EuropeanConvention),
            ..held(EventKind::ProvisionalArrest, "FR", "2026-10-01")
        };
        let all = compute(
            &Case::default(),
            &alerts,
            std::slice::from_ref(&chosen),
            d("2026-10-02"),
        );
        assert_eq!(all.len(), 1);
        assert_eq!(all[0].rule, RuleId::EuropeanConvention);
        assert_eq!(all[0].application, Some(Confidence::Unverified));
        assert!(all[0].reasoning.as_deref().is_some_and(
            |r| r.contains("You chose this regime") && r.contains("European Arrest Warrant")
        ));
        // A date override on a worked-out deadline replaces its date and keeps the computed one.
        let auto = held(EventKind::ProvisionalArrest, "IT", "2026-10-01");
        let case = overridden(
            "european_convention:event-1",
            "2026-10-20",
            "Court order of 2 October",
        );
        let all = compute(&case, &[diffusion("TR")], &[auto], d("2026-10-02"));
        assert_eq!(
            (all[0].due, all[0].computed_due),
            (d("2026-10-20"), d("2026-11-10"))
        );
        assert_eq!(
            all[0].override_reason.as_deref(),
            Some("Court order of 2 October")
        );
    }

    #[test]
    fn a_treaty_period_not_in_the_data_is_asked_for_with_the_instrument_named() {
        // consultant.ru: Chisinau binds Russia from 28 June 2023; its period is unverified.
        let alerts = [diffusion("RU")];
        let events = [held(EventKind::ProvisionalArrest, "KZ", "2024-03-01")];
        assert!(compute(&Case::default(), &alerts, &events, d("2024-03-02")).is_empty());
        let asked = dates_needed(&Case::default(), &alerts, &events);
        assert_eq!(asked[0].need, Need::PeriodNotInData);
        assert!(asked[0].title.contains("Chisinau"));
        let case = overridden(
            &asked[0].key,
            "2024-04-10",
            "Kazakh counsel: 40 days, Art. 80",
        );
        let all = compute(&case, &alerts, &events, d("2024-03-02"));
        assert_eq!(all[0].confidence, Confidence::EnteredByYou);
        assert!(all[0]
            .reasoning
            .as_deref()
            .is_some_and(|r| r.contains("Chisinau")));
    }
}
