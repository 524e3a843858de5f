//! The case workspace through the public API: the model in a real vault, the deadline rules
//! table, flags, the checklist, search, the audit chain and the calendar export.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

mod support;

use age::secrecy::SecretString;
use chrono::NaiveDate;
use habeas_core::audit;
use habeas_core::export::ics;
use habeas_core::model::{
    Alert, AlertKind, AlertRequest, AlertStatus, ApproxDate, BilateralStart, BilateralTreaty, Case,
    CcfRequestKind, ChecklistItem, ChecklistMark, DeadlineOverride, Event, EventKind, FlagKind,
    FlagSetting, Person, Precision, Profile, Protection, ProtectionKind, ProtectionStatus,
    Recipients, Regime, StatusChange,
};
use habeas_core::rules::deadlines::{self, Confidence, DeadlineState, Period, RuleId, RULES};
use habeas_core::rules::{checklist, flags};
use habeas_core::store::cases;
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};
use habeas_core::view;
use habeas_core::ErrorCode;
use proptest::prelude::*;

fn d(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn event(id: &str, kind: EventKind, date: &str) -> Event {
    Event {
        id: id.into(),
        kind,
        date: Some(d(date)),
        ..Event::default()
    }
}

fn arrest(regime: Regime, date: &str) -> Event {
    Event {
        regime: Some(regime),
        ..event("event-arrest", EventKind::ProvisionalArrest, date)
    }
}

fn filed(date: &str, kinds: &[CcfRequestKind]) -> Event {
    Event {
        ccf_request: kinds.to_vec(),
        ..event("event-filed", EventKind::CcfRequestFiled, date)
    }
}

struct Row {
    rule: RuleId,
    case: Case,
    events: Vec<Event>,
    start: &'static str,
    soft: Option<&'static str>,
    due: &'static str,
    cites: &'static str,
    confidence: Confidence,
}

fn table() -> Vec<Row> {
    let admissible = event("event-adm", EventKind::AdmissibilityDecision, "2026-10-31");
    let bilateral = Case {
        bilateral: Some(BilateralTreaty {
            name: "Treaty X–Y 2001, Art. 9".into(),
            soft_days: Some(18),
            hard_days: 45,
            start: BilateralStart::Notification,
        }),
        ..Case::default()
    };
    let reminder = Case {
        access_reminder_months: Some(6),
        ..Case::default()
    };
    vec![
        Row {
            rule: RuleId::CcfAccessDecision,
            case: Case::default(),
            events: vec![
                filed("2026-09-30", &[CcfRequestKind::Access]),
                admissible.clone(),
            ],
            start: "2026-10-31",
            soft: None,
            due: "2027-02-28", // 31 October + 4 months: end of February
            cites: "Statute of the CCF, Art. 40",
            confidence: Confidence::Secondary,
        },
        Row {
            rule: RuleId::CcfDeletionDecision,
            case: Case::default(),
            events: vec![
                filed("2026-09-30", &[CcfRequestKind::Deletion]),
                admissible.clone(),
            ],
            start: "2026-10-31",
            soft: None,
            due: "2027-07-31",
            cites: "Statute of the CCF, Art. 40",
            confidence: Confidence::Secondary,
        },
        Row {
            rule: RuleId::CcfAdmissibilityAnswer,
            case: Case::default(),
            events: vec![filed("2027-01-31", &[CcfRequestKind::Access])],
            start: "2027-01-31",
            soft: None,
            due: "2027-02-28",
            cites: "Practice only",
            confidence: Confidence::Unverified,
        },
        Row {
            rule: RuleId::CcfRevision,
            case: Case::default(),
            events: vec![event(
                "event-fact",
                EventKind::NewFactDiscovered,
                "2027-08-31",
            )],
            start: "2027-08-31",
            soft: None,
            due: "2028-02-29", // leap year
            cites: "Art. 42(2)",
            confidence: Confidence::Secondary,
        },
        Row {
            rule: RuleId::AccessReminder,
            case: reminder,
            events: vec![filed("2026-12-15", &[CcfRequestKind::Access])],
            start: "2026-12-15",
            soft: None,
            due: "2027-06-15",
            cites: "Your own reminder",
            confidence: Confidence::Verified,
        },
        Row {
            rule: RuleId::EuropeanConvention,
            case: Case::default(),
            events: vec![arrest(Regime::EuropeanConvention, "2026-12-20")],
            start: "2026-12-20",
            soft: Some("2027-01-07"),
            due: "2027-01-29",
            cites: "Art. 16(4)",
            confidence: Confidence::Verified,
        },
        Row {
            rule: RuleId::Minsk1993,
            case: Case::default(),
            events: vec![arrest(Regime::Minsk1993, "2027-02-01")],
            start: "2027-02-01",
            soft: None,
            due: "2027-03-13",
            cites: "Minsk Convention 1993, Art. 62",
            confidence: Confidence::Verified,
        },
        Row {
            rule: RuleId::Riyadh1983,
            case: Case::default(),
            events: vec![arrest(Regime::Riyadh1983, "2027-01-01")],
            start: "2027-01-01",
            soft: Some("2027-01-31"),
            due: "2027-03-02",
            cites: "Riyadh Arab Agreement",
            confidence: Confidence::Secondary,
        },
        Row {
            rule: RuleId::EawAfterArrest,
            case: Case::default(),
            events: vec![arrest(Regime::EuropeanArrestWarrant, "2027-01-01")],
            start: "2027-01-01",
            soft: Some("2027-03-02"),
            due: "2027-04-01",
            cites: "2002/584/JHA, Art. 17",
            confidence: Confidence::Verified,
        },
        Row {
            rule: RuleId::EawAfterConsent,
            case: Case::default(),
            events: vec![
                arrest(Regime::EuropeanArrestWarrant, "2027-01-01"),
                event("event-consent", EventKind::ConsentToSurrender, "2027-01-05"),
            ],
            start: "2027-01-05",
            soft: Some("2027-01-15"),
            due: "2027-02-14",
            cites: "Art. 17(2)",
            confidence: Confidence::Verified,
        },
        Row {
            rule: RuleId::UsModernTreaty,
            case: Case::default(),
            events: vec![arrest(Regime::UsModernTreaty, "2027-01-01")],
            start: "2027-01-01",
            soft: None,
            due: "2027-03-02",
            cites: "US–India 1997, Art. 12(4)",
            // Only US–India 1997 was read (domain.md §4, third review): not "60 days verified".
            confidence: Confidence::Unverified,
        },
        Row {
            rule: RuleId::Montevideo1933,
            case: Case::default(),
            events: vec![Event {
                notified_on: Some(d("2026-12-31")),
                ..arrest(Regime::Montevideo1933, "2026-12-29")
            }],
            start: "2026-12-31", // counted from the notification, not the arrest
            soft: None,
            due: "2027-02-28",
            cites: "Montevideo Convention on Extradition 1933",
            confidence: Confidence::Verified,
        },
        Row {
            rule: RuleId::Bilateral,
            case: bilateral,
            events: vec![Event {
                notified_on: Some(d("2027-01-03")),
                ..arrest(Regime::Bilateral, "2027-01-01")
            }],
            start: "2027-01-03",
            soft: Some("2027-01-21"),
            due: "2027-02-17",
            cites: "bilateral treaty",
            // A period the user described: "entered by you", not "verified" (issue 15 §1.4).
            confidence: Confidence::EnteredByYou,
        },
        Row {
            // The CCF sets the answer date in its message (issue 15 §3.4): the user's date,
            // under the key the app asked for.
            rule: RuleId::CcfQueryAnswer,
            case: Case {
                overrides: vec![DeadlineOverride {
                    key: "ccf_query_answer:event-query".into(),
                    date: d("2027-01-15"),
                    reason: "CCF message of 2 January 2027".into(),
                }],
                ..Case::default()
            },
            events: vec![event("event-query", EventKind::CcfQuery, "2027-01-02")],
            start: "2027-01-02",
            soft: None,
            due: "2027-01-15",
            cites: "the CCF set in its message",
            confidence: Confidence::EnteredByYou,
        },
        Row {
            // A border detention has no treaty period (issue 15 §1.3): the national limit is the
            // user's date, under the key the app asked for.
            rule: RuleId::DateYouEntered,
            case: Case {
                overrides: vec![DeadlineOverride {
                    key: "national_custody_limit:event-held".into(),
                    date: d("2026-12-22"),
                    reason: "Code of criminal procedure: 48 hours".into(),
                }],
                ..Case::default()
            },
            events: vec![event("event-held", EventKind::Detention, "2026-12-20")],
            start: "2026-12-20",
            soft: None,
            due: "2026-12-22",
            cites: "police or border custody",
            confidence: Confidence::EnteredByYou,
        },
    ]
}

#[test]
fn every_rule_is_in_the_table_once_with_a_citation_and_a_test_row() {
    let rows = table();
    for rule in RULES {
        assert_eq!(
            RULES.iter().filter(|r| r.id == rule.id).count(),
            1,
            "{:?}",
            rule.id
        );
        assert!(!rule.basis.is_empty() && !rule.source.is_empty() && !rule.explanation.is_empty());
        assert!(
            rows.iter().any(|r| r.rule == rule.id),
            "no table row for {:?}",
            rule.id
        );
    }
}

#[test]
fn deadline_rules_table() {
    let today = d("2026-11-24");
    for row in table() {
        let all = deadlines::compute(&row.case, &[], &row.events, today);
        let got = all
            .iter()
            .find(|x| x.rule == row.rule)
            .unwrap_or_else(|| panic!("{:?} not computed: {all:#?}", row.rule));
        assert_eq!(got.start, d(row.start), "{:?} start", row.rule);
        assert_eq!(got.soft, row.soft.map(d), "{:?} soft", row.rule);
        assert_eq!(got.due, d(row.due), "{:?} due", row.rule);
        assert!(
            got.basis.contains(row.cites),
            "{:?} cites {}",
            row.rule,
            got.basis
        );
        assert_eq!(got.confidence, row.confidence, "{:?}", row.rule);
        assert!(!got.counting.is_empty() && !got.period.is_empty());
        assert_eq!(got.state, DeadlineState::Open, "{:?}", row.rule);
        assert_eq!(got.days_left, (got.next - today).num_days());
        assert_eq!(
            got.next,
            got.soft.unwrap_or(got.due),
            "before the soft date, it is next"
        );
    }
}

#[test]
fn access_decision_statutory_target_is_labelled() {
    let r = deadlines::rule(RuleId::CcfAccessDecision);
    assert!(r.explanation.contains("often exceeded"));
    assert_eq!(
        deadlines::rule(RuleId::CcfAdmissibilityAnswer).confidence,
        Confidence::Unverified
    );
}

#[test]
fn windows_close_when_the_request_arrives_and_pass_when_late() {
    let events = vec![
        arrest(Regime::EuropeanConvention, "2026-10-01"),
        event(
            "event-req",
            EventKind::ExtraditionRequestReceived,
            "2026-10-15",
        ),
    ];
    let all = deadlines::compute(&Case::default(), &[], &events, d("2026-11-24"));
    assert_eq!(all[0].state, DeadlineState::Met);

    let late = deadlines::compute(&Case::default(), &[], &events[..1], d("2026-11-24"));
    assert_eq!(late[0].state, DeadlineState::Passed);
    assert_eq!(
        late[0].days_left,
        -(d("2026-11-24") - d("2026-11-10")).num_days()
    );

    // After the soft date, the hard date is what comes next.
    let mid = deadlines::compute(&Case::default(), &[], &events[..1], d("2026-10-25"));
    assert_eq!(mid[0].next, d("2026-11-10"));
    assert_eq!(mid[0].days_left, 16);
}

/// Issue 21.1 and 21.2: "met" only when what the window waited for came on or before the
/// limit; late is late; a future date is not believed; a passed custody limit with nobody
/// released is an alarm that leads the case, above any practice estimate.
#[test]
fn met_only_in_time_and_a_passed_custody_limit_is_an_alarm() {
    // European Convention Art. 16(4): arrest 1 Oct 2026, at most 40 days, due 10 Nov 2026.
    let arrested = arrest(Regime::EuropeanConvention, "2026-10-01");
    let request = |date: &str| event("event-req", EventKind::ExtraditionRequestReceived, date);
    let today = d("2026-11-19");

    let in_time = deadlines::compute(
        &Case::default(),
        &[],
        &[arrested.clone(), request("2026-11-10")],
        today,
    );
    assert_eq!(
        in_time[0].state,
        DeadlineState::Met,
        "on the due date is in time"
    );
    assert_eq!(in_time[0].alarm, None);

    let late = deadlines::compute(
        &Case::default(),
        &[],
        &[arrested.clone(), request("2026-11-12")],
        today,
    );
    assert_eq!(late[0].state, DeadlineState::Late);
    assert_eq!(late[0].alarm, Some(deadlines::Alarm::ArrivedLate));
    assert_eq!(
        late[0].closing.as_ref().map(|c| c.date),
        Some(d("2026-11-12"))
    );

    // A request dated after today has not happened: still waiting, and past the limit.
    let future = deadlines::compute(
        &Case::default(),
        &[],
        &[arrested.clone(), request("2026-12-01")],
        today,
    );
    assert_eq!(future[0].state, DeadlineState::Passed);
    assert!(future[0].closing.as_ref().is_some_and(|c| c.in_future));
    assert_eq!(future[0].alarm, Some(deadlines::Alarm::LimitPassed));

    // Nine days past the limit, nothing recorded: the alarm, ranked first and "next", above an
    // open practice estimate (the CCF's admissibility answer) that is sooner.
    let filed = Event {
        ccf_request: vec![CcfRequestKind::Deletion],
        ..event("event-ccf", EventKind::CcfRequestFiled, "2026-11-18")
    };
    let all = deadlines::compute(&Case::default(), &[], &[arrested.clone(), filed], today);
    assert_eq!(all[0].alarm, Some(deadlines::Alarm::LimitPassed));
    assert_eq!(
        deadlines::next_open(&all).map(|d| d.rule),
        Some(deadlines::RuleId::EuropeanConvention)
    );

    // Released (even late): no alarm; the deadline says late.
    let release = event("event-rel", EventKind::Release, "2026-11-15");
    let freed = deadlines::compute(&Case::default(), &[], &[arrested, release], today);
    assert_eq!(freed[0].state, DeadlineState::Late);
    assert_eq!(freed[0].alarm, None);
}

/// A practice estimate is never "next" while a legal limit is open, even a later one.
#[test]
fn legal_limits_rank_above_practice_estimates() {
    // The CCF's admissibility answer is a practice estimate (a few months); revision is a legal
    // limit (Statute Art. 42(2), six months from discovering the new fact): later, but next.
    let filed = Event {
        ccf_request: vec![CcfRequestKind::Deletion],
        ..event("event-ccf", EventKind::CcfRequestFiled, "2026-01-10")
    };
    let new_fact = event("event-fact", EventKind::NewFactDiscovered, "2026-01-11");
    let all = deadlines::compute(&Case::default(), &[], &[filed, new_fact], d("2026-01-12"));
    let practice = all
        .iter()
        .find(|d| d.weight == deadlines::Weight::Practice)
        .expect("the admissibility estimate");
    let legal = all
        .iter()
        .find(|d| d.weight == deadlines::Weight::Legal)
        .expect("the revision limit");
    assert!(
        practice.next < legal.next,
        "the estimate is sooner: {all:?}"
    );
    let next = deadlines::next_open(&all).expect("an open deadline");
    assert_eq!(next.rule, deadlines::RuleId::CcfRevision);
    assert_eq!(all[0].rule, deadlines::RuleId::CcfRevision, "listed first");
}

#[test]
fn admissibility_without_a_known_request_shows_both_decisions_and_inadmissible_shows_none() {
    let e = event("event-adm", EventKind::AdmissibilityDecision, "2026-01-15");
    let both = deadlines::compute(
        &Case::default(),
        &[],
        std::slice::from_ref(&e),
        d("2026-01-16"),
    );
    assert_eq!(both.len(), 2);
    let no = Event {
        admissible: Some(false),
        ..e
    };
    assert!(deadlines::compute(&Case::default(), &[], &[no], d("2026-01-16")).is_empty());
}

#[test]
fn an_override_replaces_the_date_and_keeps_the_computed_one_and_the_reason() {
    let events = vec![arrest(Regime::EuropeanConvention, "2026-12-20")];
    let key = deadlines::compute(&Case::default(), &[], &events, d("2026-12-21"))[0]
        .key
        .clone();
    let case = Case {
        overrides: vec![DeadlineOverride {
            key,
            date: d("2027-01-10"),
            reason: "Domestic law: 20 days".into(),
        }],
        ..Case::default()
    };
    let got = &deadlines::compute(&case, &[], &events, d("2026-12-21"))[0];
    assert_eq!(got.due, d("2027-01-10"));
    assert_eq!(got.computed_due, d("2027-01-29"));
    assert_eq!(
        got.override_reason.as_deref(),
        Some("Domestic law: 20 days")
    );
    assert_eq!(got.soft, Some(d("2027-01-07")));
}

#[test]
fn month_arithmetic_examples() {
    assert_eq!(
        Period::Months(1).after(d("2027-01-31")),
        Some(d("2027-02-28"))
    );
    assert_eq!(
        Period::Months(1).after(d("2028-01-31")),
        Some(d("2028-02-29"))
    );
    assert_eq!(
        Period::Months(1).after(d("2027-03-31")),
        Some(d("2027-04-30"))
    );
    assert_eq!(
        Period::Months(12).after(d("2028-02-29")),
        Some(d("2029-02-28"))
    );
    assert_eq!(
        Period::Days(18).after(d("2026-12-20")),
        Some(d("2027-01-07"))
    );
}

fn any_date() -> impl Strategy<Value = NaiveDate> {
    (1900i32..2200, 1u32..=12, 1u32..=31).prop_filter_map("a real date", |(y, m, day)| {
        NaiveDate::from_ymd_opt(y, m, day)
    })
}

proptest! {
    #[test]
    fn adding_days_moves_exactly_that_many_days(start in any_date(), n in 0u32..1000) {
        let end = Period::Days(n).after(start).unwrap();
        prop_assert_eq!((end - start).num_days(), i64::from(n));
    }

    #[test]
    fn adding_months_keeps_the_day_or_takes_the_months_last(start in any_date(), n in 0u32..120) {
        use chrono::Datelike;
        let end = Period::Months(n).after(start).unwrap();
        let months = |x: NaiveDate| i64::from(x.year()) * 12 + i64::from(x.month0());
        prop_assert_eq!(months(end) - months(start), i64::from(n));
        if end.day() != start.day() {
            // Only when the target month is too short, and then its last day.
            prop_assert!(end.day() < start.day());
            prop_assert!(end.succ_opt().unwrap().day() == 1);
        }
        prop_assert!(end >= start);
    }

    #[test]
    fn more_months_never_gives_an_earlier_date(start in any_date(), a in 0u32..60, b in 0u32..60) {
        let (lo, hi) = (a.min(b), a.max(b));
        prop_assert!(Period::Months(lo).after(start) <= Period::Months(hi).after(start));
    }
}

fn refugee_case() -> (Case, Vec<Alert>) {
    let case = Case {
        person: Person {
            name_latin: "Sergei Ivanov".into(),
            protection: Some(Protection {
                status: ProtectionStatus::Granted,
                kind: ProtectionKind::ConventionRefugee,
                country: Some("DE".into()),
                feared_state: Some("RU".into()),
                ..Protection::default()
            }),
            profile: vec![Profile::Journalist],
            ..Person::default()
        },
        ..Case::default()
    };
    let alerts = vec![Alert {
        kind: AlertKind::Diffusion,
        issuing_country: Some("RU".into()),
        ..Alert::default()
    }];
    (case, alerts)
}

#[test]
fn flags_are_derived_with_reasons_and_hand_settings_win() {
    let (mut case, mut alerts) = refugee_case();
    let got = flags::compute(&case, &alerts);
    let kinds: Vec<FlagKind> = got.iter().map(|f| f.kind).collect();
    assert_eq!(
        kinds,
        [
            FlagKind::Refugee,
            FlagKind::RefugeeFromIssuingState,
            FlagKind::PoliticalProfile
        ]
    );
    assert!(
        got[1].reason.contains("Russian Federation"),
        "{}",
        got[1].reason
    );
    assert!(got.iter().all(|f| f.source == flags::FlagSource::Data));

    // A Red Notice refused, then a Diffusion from the same country: only when both dates are
    // recorded, and the Diffusion came on or after the refusal (issue 15, 2.2).
    alerts.insert(
        0,
        Alert {
            kind: AlertKind::RedNotice,
            issuing_country: Some("RU".into()),
            status: vec![StatusChange::new(AlertStatus::Refused, None)],
            ..Alert::default()
        },
    );
    let circumvention = |alerts: &[Alert]| {
        flags::compute(&case, alerts)
            .iter()
            .any(|f| f.kind == FlagKind::DiffusionAfterRedNotice)
    };
    assert!(!circumvention(&alerts), "no dates: nothing assumed");
    alerts[0].status[0].date = NaiveDate::from_ymd_opt(2024, 2, 1);
    alerts[1].date = Some(ApproxDate {
        date: NaiveDate::from_ymd_opt(2024, 3, 1).unwrap(),
        precision: Precision::Month,
    });
    assert!(circumvention(&alerts));

    case.flag_settings = vec![
        FlagSetting {
            flag: FlagKind::PoliticalProfile,
            on: false,
            reason: "Not public".into(),
        },
        FlagSetting {
            flag: FlagKind::InAbsentia,
            on: true,
            reason: "Judgment of 2019".into(),
        },
    ];
    let got = flags::compute(&case, &alerts);
    assert!(!got.iter().any(|f| f.kind == FlagKind::PoliticalProfile));
    let hand = got.iter().find(|f| f.kind == FlagKind::InAbsentia).unwrap();
    assert_eq!(
        (hand.source, hand.reason.as_str()),
        (flags::FlagSource::Hand, "Judgment of 2019")
    );
}

#[test]
fn checklist_ticks_itself_from_the_data_and_hand_marks_win() {
    let (mut case, alerts) = refugee_case();
    let events = vec![filed("2026-05-01", &[CcfRequestKind::Access])];
    let f = flags::compute(&case, &alerts);
    let items = checklist::compute(&case, &events, &f);
    assert_eq!(items.len(), 10);
    assert_eq!(items.iter().filter(|i| !i.prevention).count(), 7);
    let first = &items[0];
    assert_eq!(first.item, ChecklistItem::CcfRequest);
    assert!(first.done && first.basis == checklist::Basis::Data);
    assert!(first.evidence.as_deref().unwrap().contains("2026-05-01"));
    assert!(
        first.why.iter().any(|w| w.contains("refugee policy")),
        "{:?}",
        first.why
    );
    let counsel = &items[1];
    assert!(!counsel.done && counsel.basis == checklist::Basis::Open);
    assert!(
        items.iter().any(|i| i.caution.is_some()),
        "advocacy carries its caution"
    );

    case.checklist = vec![ChecklistMark {
        item: ChecklistItem::CcfRequest,
        done: Some(false),
        note: "Draft only".into(),
    }];
    let items = checklist::compute(&case, &events, &f);
    assert!(!items[0].done && items[0].basis == checklist::Basis::Hand);
    assert_eq!(items[0].note, "Draft only");
}

fn vault() -> (tempfile::TempDir, std::path::PathBuf) {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("vault");
    Vault::create(
        &dir,
        &SecretString::from("correct horse battery staple".to_owned()),
        CreateOptions {
            work_factor: WorkFactor::insecure_for_tests(4),
        },
    )
    .unwrap();
    (tmp, dir)
}

/// A person known only by name.
fn person(name: &str) -> Person {
    Person {
        name_latin: name.into(),
        ..Person::default()
    }
}

fn unlock(dir: &std::path::Path) -> Vault {
    Vault::unlock(
        dir,
        &SecretString::from("correct horse battery staple".to_owned()),
    )
    .unwrap()
}

#[test]
fn a_case_with_alerts_and_events_survives_lock_and_unlock_with_its_audit_trail() {
    let (_tmp, dir) = vault();
    let mut v = unlock(&dir);
    let store = v.store();
    let (case, _) = refugee_case();
    let created = cases::create_case(store, case.person.clone()).unwrap();
    assert!(created.id.starts_with("case-") && created.id.len() == 21);
    let alert = cases::add_alert(
        store,
        &created.id,
        Alert {
            kind: AlertKind::Diffusion,
            issuing_country: Some("RU".into()),
            date: Some(ApproxDate {
                date: d("2026-06-01"),
                precision: Precision::Month,
            }),
            requests: vec![AlertRequest::Arrest],
            recipients: Recipients {
                all_members: true,
                countries: vec![],
            },
            offence: "Fraud (art. 159)".into(),
            ..Alert::default()
        },
    )
    .unwrap();
    let ev = cases::add_event(
        store,
        &created.id,
        Event {
            alert_ids: vec![alert.id.clone()],
            ..arrest(Regime::EuropeanConvention, "2026-11-20")
        },
    )
    .unwrap();
    let mut edited = cases::get_case(store, &created.id).unwrap();
    edited.person.name_latin = "Sergey Ivanov".into();
    edited.notes = "Met at the detention centre".into();
    cases::update_case(store, edited).unwrap();
    v.lock().unwrap();

    let mut v = unlock(&dir);
    let store = v.store();
    let view = view::case(store, &created.id, d("2026-11-24")).unwrap();
    assert_eq!(view.case.person.name_latin, "Sergey Ivanov");
    assert_eq!(view.alerts, vec![alert]);
    assert_eq!(view.events[0].id, ev.id);
    let ece: Vec<_> = view
        .deadlines
        .iter()
        .filter(|x| x.rule == RuleId::EuropeanConvention)
        .collect();
    assert_eq!(ece.len(), 1);
    assert_eq!(
        (ece[0].soft, ece[0].due),
        (Some(d("2026-12-08")), d("2026-12-30"))
    );

    let trail = audit::for_case(store, &created.id).unwrap();
    let actions: Vec<(&str, &str, &str)> = trail
        .iter()
        .map(|e| (e.entity.as_str(), e.action.as_str(), e.field.as_str()))
        .collect();
    assert_eq!(
        actions,
        [
            ("case", "create", ""),
            ("alert", "create", ""),
            ("event", "create", ""),
            ("case", "update", "notes"),
            ("case", "update", "person.name_latin"),
        ]
    );
    let rename = &trail[4];
    assert_eq!(rename.old, Some(serde_json::json!("Sergei Ivanov")));
    assert_eq!(rename.new, Some(serde_json::json!("Sergey Ivanov")));
    assert_eq!(audit::verify(store).unwrap(), None);

    // The list shows the case with its next deadline.
    let list = view::summaries(store, d("2026-11-24")).unwrap();
    assert_eq!(list.len(), 1);
    assert_eq!(
        list[0].next_deadline.as_ref().unwrap().next,
        d("2026-12-08")
    );
    assert_eq!(list[0].flags.len(), 3);
}

#[test]
fn the_audit_log_refuses_rewrites_and_its_chain_detects_tampering() {
    let (_tmp, dir) = vault();
    let mut v = unlock(&dir);
    let store = v.store();
    let c = cases::create_case(
        store,
        Person {
            name_latin: "A".into(),
            ..Person::default()
        },
    )
    .unwrap();
    for n in ["B", "C", "D"] {
        let mut e = cases::get_case(store, &c.id).unwrap();
        e.person.name_latin = n.into();
        cases::update_case(store, e).unwrap();
    }
    let err = store
        .write(|tx| tx.execute("UPDATE audit SET new = '\"X\"' WHERE seq = 2", []))
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");
    let err = store
        .write(|tx| tx.execute("DELETE FROM audit WHERE seq = 2", []))
        .unwrap_err();
    assert!(err.to_string().contains("append-only"), "{err}");

    let entries = audit::for_case(store, &c.id).unwrap();
    assert_eq!(audit::verify_entries(&entries), None);
    let mut edited = entries.clone();
    edited[2].new = Some(serde_json::json!("Z"));
    assert_eq!(
        audit::verify_entries(&edited),
        Some(audit::Break { seq: 3 })
    );
    let mut removed = entries.clone();
    removed.remove(1);
    assert_eq!(
        audit::verify_entries(&removed),
        Some(audit::Break { seq: 3 })
    );
    let mut swapped = entries;
    swapped.swap(1, 2);
    assert!(audit::verify_entries(&swapped).is_some());
}

#[test]
fn search_finds_people_in_any_script_case_and_diacritics_insensitive() {
    let (_tmp, dir) = vault();
    let mut v = unlock(&dir);
    let store = v.store();
    let ivanov = cases::create_case(
        store,
        Person {
            name_original: "Сергей Иванов".into(),
            name_latin: "Sergei Ivanov".into(),
            ..Person::default()
        },
    )
    .unwrap();
    let muller = cases::create_case(
        store,
        Person {
            name_latin: "Jürgen Müller".into(),
            other_names: vec!["Mueller".into()],
            ..Person::default()
        },
    )
    .unwrap();
    let arabic = cases::create_case(
        store,
        Person {
            name_original: "محمد".into(),
            ..Person::default()
        },
    )
    .unwrap();
    cases::add_alert(
        store,
        &muller.id,
        Alert {
            kind: AlertKind::RedNotice,
            issuing_country: Some("TR".into()),
            offence: "Membership of an organisation".into(),
            ..Alert::default()
        },
    )
    .unwrap();
    cases::add_event(
        store,
        &ivanov.id,
        Event {
            notes: "Stopped at Frankfurt airport".into(),
            ..event("", EventKind::BorderRefusal, "2026-03-01")
        },
    )
    .unwrap();

    let ids = |q: &str| -> Vec<String> {
        view::find(store, q)
            .unwrap()
            .into_iter()
            .map(|f| f.hit.case_id)
            .collect()
    };
    assert_eq!(ids("Иванов"), vec![ivanov.id.clone()]);
    assert_eq!(ids("иванов"), vec![ivanov.id.clone()]);
    assert_eq!(ids("IVANOV"), vec![ivanov.id.clone()]);
    assert_eq!(ids("ivanov sergei"), vec![ivanov.id.clone()]);
    assert_eq!(ids("muller"), vec![muller.id.clone()]);
    assert_eq!(ids("MÜLLER"), vec![muller.id.clone()]);
    assert_eq!(ids("mueller"), vec![muller.id.clone()]);
    assert_eq!(ids("محمد"), vec![arabic.id.clone()]);
    assert!(ids("nobody").is_empty() && ids("   ").is_empty());
    let found = view::find(store, "germany red notice").unwrap();
    assert!(found.is_empty(), "every word must match: {found:?}");
    let found = view::find(store, "red notice organisation").unwrap();
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].label, "Red Notice, Türkiye");
    // A country by the name people type, not only the one Habeas stores (issue 21.7).
    let found = view::find(store, "red notice turkey").unwrap();
    assert_eq!(found.len(), 1, "{found:?}");
    let found = view::find(store, "frankfurt").unwrap();
    assert_eq!(
        (found[0].hit.kind, found[0].case_name.as_str()),
        (habeas_core::store::search::HitKind::Event, "Sergei Ivanov")
    );
}

#[test]
fn bad_input_is_refused_with_a_field_and_missing_records_are_not_found() {
    let (_tmp, dir) = vault();
    let mut v = unlock(&dir);
    let store = v.store();
    let code = |r: Result<Case, habeas_core::Error>| r.unwrap_err().code();
    assert_eq!(
        code(cases::create_case(store, Person::default())),
        ErrorCode::InvalidInput
    );
    assert_eq!(
        code(cases::create_case(
            store,
            Person {
                name_latin: "X".into(),
                nationalities: vec!["XX".into()],
                ..Person::default()
            }
        )),
        ErrorCode::InvalidInput
    );
    assert_eq!(
        code(cases::create_case(
            store,
            Person {
                name_latin: "A\u{0}B".into(),
                ..Person::default()
            }
        )),
        ErrorCode::InvalidInput
    );
    assert_eq!(
        code(cases::get_case(store, "case-0000000000000000")),
        ErrorCode::NotFound
    );
    assert_eq!(
        cases::add_alert(store, "case-nope", Alert::default())
            .unwrap_err()
            .code(),
        ErrorCode::NotFound
    );
    let c = cases::create_case(
        store,
        Person {
            name_latin: "X".into(),
            ..Person::default()
        },
    )
    .unwrap();
    let undated = Event {
        kind: EventKind::Detention,
        ..Event::default()
    };
    assert_eq!(
        cases::add_event(store, &c.id, undated).unwrap_err().code(),
        ErrorCode::InvalidInput
    );
    assert_eq!(
        cases::delete_event(store, "event-nope").unwrap_err().code(),
        ErrorCode::NotFound
    );
    // Nothing refused was saved.
    assert_eq!(cases::list_cases(store).unwrap().len(), 1);
    assert!(cases::events(store, &c.id).unwrap().is_empty());
}

#[test]
fn the_calendar_export_parses_and_holds_the_right_dates() {
    let events = vec![arrest(Regime::EuropeanConvention, "2026-12-20")];
    let dl = deadlines::compute(&Case::default(), &[], &events, d("2026-12-21"));
    let text = ics::calendar(
        &[("Ivanov; Sergei, \"the client\"".into(), dl)],
        ics::Options {
            names: true,
            closed: false,
        },
    );
    assert!(text.lines().all(|l| l.len() <= 76), "lines are folded");
    let mut parser = ical::IcalParser::new(text.as_bytes());
    let cal = parser.next().expect("one calendar").expect("parses");
    assert_eq!(cal.events.len(), 2, "the soft and the hard date");
    let prop = |e: &ical::parser::ical::component::IcalEvent, name: &str| {
        e.properties
            .iter()
            .find(|p| p.name == name)
            .and_then(|p| p.value.clone())
            .unwrap()
    };
    let starts: Vec<String> = cal.events.iter().map(|e| prop(e, "DTSTART")).collect();
    assert_eq!(starts, ["20270107", "20270129"]);
    let summary = prop(&cal.events[1], "SUMMARY");
    assert!(
        summary.contains("Ivanov\\; Sergei\\, \"the client\""),
        "{summary}"
    );
    let description = prop(&cal.events[1], "DESCRIPTION");
    assert!(
        description.contains("Art. 16(4)") && description.contains("Calendar days"),
        "{description}"
    );
    assert!(cal.events.iter().all(|e| !e.alarms.is_empty()));

    let anonymous = ics::calendar(
        &[(
            "Ivanov".into(),
            deadlines::compute(&Case::default(), &[], &events, d("2026-12-21")),
        )],
        ics::Options {
            names: false,
            closed: false,
        },
    );
    assert!(!anonymous.contains("Ivanov"));
}

/// Closing keeps everything and leaves the main list; reopening brings the case back; both are
/// in the audit log (issue 21.3).
#[test]
fn a_closed_case_leaves_the_list_keeps_its_data_and_reopens() {
    let (_tmp, dir) = vault();
    let mut v = unlock(&dir);
    let store = v.store();
    let open = cases::create_case(store, person("Ali Kaya")).unwrap();
    let closing = cases::create_case(store, person("Olga Petrova")).unwrap();
    cases::add_event(
        store,
        &closing.id,
        event("", EventKind::ProvisionalArrest, "2026-03-02"),
    )
    .unwrap();
    let closed = cases::close_case(store, &closing.id).unwrap();
    assert!(closed.closed.is_some());
    let today = d("2026-04-01");
    let names = |l: Vec<view::CaseSummary>| l.into_iter().map(|s| s.name).collect::<Vec<_>>();
    assert_eq!(names(view::summaries(store, today).unwrap()), ["Ali Kaya"]);
    let listed = view::closed_summaries(store, today).unwrap();
    assert_eq!(names(listed.clone()), ["Olga Petrova"]);
    assert!(listed[0].situation.closed);
    assert_eq!(
        listed[0].situation.custody,
        habeas_core::model::Custody::Detained
    );
    // An ordinary save cannot close or reopen behind the audit log's back.
    let mut edited = cases::get_case(store, &closing.id).unwrap();
    edited.closed = None;
    edited.notes = "moved abroad".into();
    assert!(cases::update_case(store, edited).unwrap().closed.is_some());
    drop(v);
    let mut v = unlock(&dir);
    let store = v.store();
    let view = view::case(store, &closing.id, today).unwrap();
    assert!(view.situation.closed);
    assert_eq!(view.events.len(), 1, "a closed case keeps its records");
    cases::reopen_case(store, &closing.id).unwrap();
    assert_eq!(view::summaries(store, today).unwrap().len(), 2);
    assert!(view::closed_summaries(store, today).unwrap().is_empty());
    let actions: Vec<String> = audit::for_case(store, &closing.id)
        .unwrap()
        .into_iter()
        .map(|e| e.action)
        .collect();
    assert!(
        actions.ends_with(&["close".into(), "update".into(), "reopen".into()]),
        "{actions:?}"
    );
    assert!(audit::verify(store).unwrap().is_none());
    assert!(cases::get_case(store, &open.id).unwrap().closed.is_none());

    // Closing does not hide a passed custody limit: the alarm stays on the main list until what
    // happened is recorded (issue 21.1).
    let held = cases::create_case(store, person("Held Past Limit")).unwrap();
    cases::add_event(
        store,
        &held.id,
        arrest(Regime::EuropeanConvention, "2026-03-02"),
    )
    .unwrap();
    cases::close_case(store, &held.id).unwrap();
    let late = d("2026-06-01");
    let main = view::summaries(store, late).unwrap();
    let row = main
        .iter()
        .find(|s| s.id == held.id)
        .expect("still on the main list");
    assert!(row.situation.closed);
    assert!(row.next_deadline.as_ref().unwrap().alarm.is_some());
    assert!(view::closed_summaries(store, late)
        .unwrap()
        .iter()
        .any(|s| s.id == held.id));
    cases::add_event(store, &held.id, event("", EventKind::Release, "2026-05-30")).unwrap();
    assert!(!view::summaries(store, late)
        .unwrap()
        .iter()
        .any(|s| s.id == held.id));
}

/// Deleting a case removes its evidence files and every record of it in one save, and leaves one
/// audit entry with counts only; a crash after the save leaves files that verify lists, never a
/// record without its file (issue 21.3).
#[test]
fn deleting_a_case_removes_its_files_and_records_and_logs_counts_only() {
    use habeas_core::case_deletion;
    use habeas_core::evidence::intake::OnDuplicate;
    use habeas_core::evidence::{intake, Category, Details};
    use habeas_core::filing::Filing;
    use habeas_core::store::{evidence_items, filings};

    let (tmp, dir) = vault();
    let mut v = unlock(&dir);
    let name = "Zeynep Canary-Deletion";
    let doomed = cases::create_case(
        v.store(),
        Person {
            name_latin: name.into(),
            ..Person::default()
        },
    )
    .unwrap()
    .id;
    let kept = cases::create_case(
        v.store(),
        Person {
            name_latin: "Kept Person".into(),
            ..Person::default()
        },
    )
    .unwrap()
    .id;
    cases::add_alert(v.store(), &doomed, Alert::default()).unwrap();
    cases::add_event(
        v.store(),
        &doomed,
        event("", EventKind::Detention, "2026-03-01"),
    )
    .unwrap();
    let import = |v: &mut Vault, case: &str, file: &str, text: &str| {
        let path = tmp.path().join(file);
        std::fs::write(&path, text).unwrap();
        intake::import(
            v,
            case,
            &path,
            Details {
                category: Category::Other,
                ..Details::default()
            },
            OnDuplicate::Refuse,
            &mut |_| true,
        )
        .unwrap()
    };
    let a = import(&mut v, &doomed, "a.txt", "first statement");
    let b = import(&mut v, &doomed, "b.txt", "second, longer statement");
    let other = import(&mut v, &kept, "c.txt", "the other case's file");
    filings::create(v.store(), &doomed, Filing::default()).unwrap();

    let history = audit::for_case(v.store(), &doomed).unwrap().len();
    assert!(
        history >= 6,
        "creation, alert, event, two imports, filing: {history}"
    );
    let plan = case_deletion::plan(&mut v, &doomed).unwrap();
    assert_eq!(
        (
            plan.evidence_items,
            plan.evidence_bytes,
            plan.filings,
            plan.alerts,
            plan.events
        ),
        (2, a.size + b.size, 1, 1, 1)
    );
    assert_eq!(plan.name, name);
    let blobs_before = v.blob_ids().unwrap().len();
    assert_eq!(blobs_before, 3);

    let done = case_deletion::delete(&mut v, &doomed).unwrap();
    assert_eq!(done.removed, plan);
    assert!(done.files_left.is_empty());
    // The journal records that held the case (its creation, the deletion's removed rows) are
    // folded into the snapshot and gone from the disk at once.
    assert_eq!(v.store().journal_len(), 0);
    // The files are gone; the other case's stays.
    let blobs: Vec<String> = v
        .blob_ids()
        .unwrap()
        .iter()
        .map(|b| b.as_str().to_owned())
        .collect();
    assert_eq!(blobs, std::slice::from_ref(&other.blob));
    // Every record is gone, after a lock too.
    drop(v);
    let mut v = unlock(&dir);
    let store = v.store();
    assert_eq!(
        cases::get_case(store, &doomed).unwrap_err().code(),
        ErrorCode::NotFound
    );
    assert!(cases::alerts(store, &doomed).unwrap().is_empty());
    assert!(cases::events(store, &doomed).unwrap().is_empty());
    assert!(evidence_items::list(store, &doomed).unwrap().is_empty());
    assert!(filings::list(store, &doomed).unwrap().is_empty());
    assert!(habeas_core::store::search::search(store, "canary deletion")
        .unwrap()
        .is_empty());
    assert_eq!(view::summaries(store, d("2026-04-01")).unwrap().len(), 1);
    // Its history is erased, evidence custody included: one audit entry, naming no case, says
    // what went in counts; a stand-in per erased entry keeps the chain verifiable.
    assert!(audit::for_case(store, &doomed).unwrap().is_empty());
    for item in [&a.id, &b.id] {
        assert!(audit::for_entity(store, "evidence", item)
            .unwrap()
            .is_empty());
    }
    let log = audit::for_case(store, "").unwrap();
    assert_eq!(log.len(), 1);
    let last = &log[0];
    assert_eq!(
        (
            last.entity.as_str(),
            last.action.as_str(),
            last.entity_id.as_str()
        ),
        ("case", "delete", "")
    );
    let said = last.new.as_ref().unwrap().to_string();
    assert!(
        said.contains("\"evidence_items\":2")
            && said.contains("\"filings\":1")
            && said.contains(&format!("\"{}\":{history}", audit::ERASED_KEY)),
        "{said}"
    );
    assert!(audit::verify(store).unwrap().is_none());
    let (_, stand_ins) = audit::chain(store).unwrap();
    assert_eq!(stand_ins.len(), history);
    assert!(stand_ins.iter().all(|s| s.erased_by == last.seq));
    // The canary: the whole index as it is on the disk (the snapshot, decrypted with Debian's
    // Go `age` as docs/vault-format.md says; the journal is empty), deleted rows' pages
    // included, names neither the person nor any id of the case, its evidence or its files.
    // Format 4: every snapshot on the disk (this device's; the base written at creation is
    // gone once this device's snapshot holds everything), and no journal record left.
    let mut snapshots = Vec::new();
    let mut stack = vec![dir.join("index")];
    while let Some(d) = stack.pop() {
        for f in std::fs::read_dir(&d).unwrap() {
            let p = f.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p.file_name().unwrap() == "snapshot.age" {
                snapshots.push(p);
            } else {
                assert!(
                    !p.to_string_lossy().ends_with(".age"),
                    "a record is left: {p:?}"
                );
            }
        }
    }
    assert_eq!(snapshots.len(), 1, "{snapshots:?}");
    let identity = tmp.path().join("identity.txt");
    support::go_age_vault_identity(
        &dir,
        "keys/passphrase.age",
        "correct horse battery staple",
        &identity,
    );
    let plain = tmp.path().join("index.sqlite");
    let image = support::go_age_decrypt_with_identity(&identity, &snapshots[0], &plain);
    assert!(image.starts_with(b"SQLite format 3\0"));
    let text = String::from_utf8_lossy(&image).to_lowercase();
    for canary in [
        "canary-deletion",
        "zeynep",
        "statement",
        &doomed,
        &a.id,
        &b.id,
        &a.blob,
        &b.blob,
    ] {
        assert!(
            !text.contains(&canary.to_lowercase()),
            "{canary} is still in the index"
        );
    }
    assert!(text.contains("kept person"), "the scan reads the index");
    assert_eq!(
        case_deletion::delete(&mut v, &doomed).unwrap_err().code(),
        ErrorCode::NotFound
    );

    // A crash between the save and the files (simulated: the records half alone) leaves no
    // record naming a missing file; verify lists the files as unnamed.
    let third = cases::create_case(
        v.store(),
        Person {
            name_latin: "Third".into(),
            ..Person::default()
        },
    )
    .unwrap()
    .id;
    let c = import(&mut v, &third, "d.txt", "kept until verify");
    let named = cases::delete_case(v.store(), &third).unwrap();
    assert_eq!(named, std::slice::from_ref(&c.blob));
    // The deletion's journal record replays (stand-ins before the entries they replace).
    assert!(v.store().journal_len() > 0);
    drop(v);
    let mut v = unlock(&dir);
    assert!(audit::for_case(v.store(), &third).unwrap().is_empty());
    assert_eq!(audit::for_case(v.store(), "").unwrap().len(), 2);
    assert!(audit::verify(v.store()).unwrap().is_none());
    let report = intake::verify(&mut v, None, &mut |_, _| true).unwrap();
    assert!(report.all_ok());
    assert_eq!(
        report.items.len(),
        1,
        "only the other case's item is checked"
    );
    assert_eq!(report.unnamed_blobs.len(), 1);
    assert!(
        report.unnamed_blobs[0].replace('/', "").contains(&c.blob),
        "{:?}",
        report.unnamed_blobs
    );
}

/// Erasing a case's history keeps the audit log tamper-evident: the triggers let an entry go
/// only behind its stand-in, and verify detects an entry deleted without one, a stand-in no
/// deletion accounts for, and a deletion whose count of stand-ins does not match.
#[test]
fn erased_history_still_detects_a_missing_entry_or_a_forged_stand_in() {
    let (_tmp, dir) = vault();
    let mut v = unlock(&dir);
    let store = v.store();
    let kept = cases::create_case(store, person("Kept")).unwrap().id;
    let gone = cases::create_case(store, person("Gone")).unwrap().id;
    let mut edited = cases::get_case(store, &gone).unwrap();
    edited.person.name_latin = "Gone Again".into();
    cases::update_case(store, edited).unwrap();
    let mut edited = cases::get_case(store, &kept).unwrap();
    edited.person.name_latin = "Kept Still".into();
    cases::update_case(store, edited).unwrap();
    cases::delete_case(store, &gone).unwrap();
    assert!(audit::verify(store).unwrap().is_none());

    // The triggers: no entry goes without its stand-in, no stand-in without its entry, and
    // stand-ins are never changed or removed.
    let kept_seq = audit::for_case(store, &kept).unwrap()[0].seq;
    for sql in [
        format!("DELETE FROM audit WHERE seq = {kept_seq}"),
        format!(
            "INSERT INTO audit_erased (seq, at, prev, hash, erased_by) VALUES ({kept_seq}, 'x', 'y', 'z', 9)"
        ),
        "DELETE FROM audit_erased".to_owned(),
        "UPDATE audit_erased SET at = 'x'".to_owned(),
    ] {
        let err = store.write(|tx| tx.execute(&sql, [])).unwrap_err();
        assert!(err.to_string().contains("append-only"), "{sql}: {err}");
    }
    assert!(audit::verify(store).unwrap().is_none());

    let (entries, stand_ins) = audit::chain(store).unwrap();
    let deletion = entries.iter().find(|e| e.action == "delete").unwrap().seq;
    assert_eq!(stand_ins.len(), 2, "the creation and the edit");
    assert_eq!(audit::verify_chain(&entries, &stand_ins), None);
    // A break is reported at the first link that does not chain: after a gap, the next one.
    let after_gap = entries
        .iter()
        .find(|e| e.seq > stand_ins[0].seq)
        .unwrap()
        .seq;
    assert_eq!(
        audit::verify_entries(&entries),
        Some(audit::Break { seq: after_gap }),
        "without its stand-ins the chain has gaps"
    );

    // An entry deleted without a stand-in.
    assert_eq!(kept_seq, 1);
    let mut missing = entries.clone();
    missing.retain(|e| e.seq != kept_seq);
    assert_eq!(
        audit::verify_chain(&missing, &stand_ins),
        Some(audit::Break { seq: 2 })
    );
    // A forged stand-in: the kept case's entry replaced by one, no deletion counting it.
    let entry = entries.iter().find(|e| e.seq == kept_seq).unwrap();
    let forged = audit::StandIn {
        seq: entry.seq,
        at: entry.at.clone(),
        prev: entry.prev.clone(),
        hash: entry.hash.clone(),
        erased_by: 0,
    };
    let mut with_forged = stand_ins.clone();
    with_forged.push(forged.clone());
    with_forged.sort_by_key(|s| s.seq);
    assert_eq!(
        audit::verify_chain(&missing, &with_forged),
        Some(audit::Break { seq: kept_seq })
    );
    // … or claiming the real deletion, which counted fewer.
    let mut claiming = stand_ins.clone();
    claiming.push(audit::StandIn {
        erased_by: deletion,
        ..forged
    });
    claiming.sort_by_key(|s| s.seq);
    assert_eq!(
        audit::verify_chain(&missing, &claiming),
        Some(audit::Break { seq: deletion })
    );
    // A stand-in whose hash is not the erased entry's breaks the chain at the next link.
    let mut altered = stand_ins.clone();
    altered[0].hash = audit::GENESIS.to_owned();
    assert!(audit::verify_chain(&entries, &altered).is_some());
    // Both an entry and its stand-in: the entry was not erased, or the stand-in is forged.
    let mut both = stand_ins.clone();
    both.push(audit::StandIn {
        seq: entry.seq,
        at: entry.at.clone(),
        prev: entry.prev.clone(),
        hash: entry.hash.clone(),
        erased_by: deletion,
    });
    both.sort_by_key(|s| s.seq);
    assert!(audit::verify_chain(&entries, &both).is_some());
}
