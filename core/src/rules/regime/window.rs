//! The window an arrest opens: which deadline rule applies, from when, on what basis, or what
//! the user must enter because Habeas cannot date it.
//!
//! Only a provisional arrest starts a treaty window. A police or border detention ("not yet a
//! provisional arrest") asks for the national custody limit (European Convention Art. 16(4)
//! counts from the provisional arrest; Minsk Art. 62(2), 1997 wording, refers a detention to the
//! national period: domain.md §4, verified). For a provisional arrest, the user's choice of
//! regime wins; without one, the regime is worked out from the two states ([`super::governing`]).

use chrono::NaiveDate;
use serde::Serialize;

use super::treaties::{self, TreatyId};
use super::{governing, EnteredTreaty, Finding, Instrument, Outcome};
use crate::model::{country, Alert, BilateralStart, Case, Event, EventKind, Regime};
use crate::rules::deadlines::{rule, Confidence, Period, RuleId};

/// Why Habeas cannot date a deadline itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// A police or border detention: the national custody limit applies, not a treaty period.
    NationalCustodyLimit,
    /// The country of the arrest or the state asking for the person is not recorded.
    StatesUnknown,
    /// No instrument in Habeas' data binds both states: the bilateral treaty's period is needed.
    NoInstrument,
    /// Several instruments bind both and the data do not say which governs.
    ChooseRegime,
    /// The governing instrument is known but its period is not in Habeas' data (or unverified).
    PeriodNotInData,
    /// The treaty data could not be read.
    DataUnreadable,
    /// The CCF asked a question and set a date for the answer, which only its message gives.
    CcfQueryAnswer,
}

impl Need {
    /// The key stem: stable, part of the override key the user's date is stored under.
    #[must_use]
    pub const fn key_stem(self) -> &'static str {
        match self {
            Need::NationalCustodyLimit => "national_custody_limit",
            Need::CcfQueryAnswer => "ccf_query_answer",
            Need::StatesUnknown
            | Need::NoInstrument
            | Need::ChooseRegime
            | Need::PeriodNotInData
            | Need::DataUnreadable => "treaty_period",
        }
    }
}

/// A deadline Habeas cannot date: the user enters the date (as an override under `key`, with
/// its reason), and it is then shown as "entered by you".
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct DateNeeded {
    /// The override key the user's date goes under (`national_custody_limit:event-…`).
    pub key: String,
    /// Why Habeas cannot date it.
    pub need: Need,
    /// What is due, and what to do, in plain words.
    pub title: String,
    /// The legal basis as far as Habeas knows it.
    pub basis: String,
    /// What it means and what to enter.
    pub explanation: String,
    /// How sure we are of what the basis says.
    pub confidence: Confidence,
    /// The event it runs from.
    pub start_event: String,
    /// The date of that event.
    pub start: NaiveDate,
    /// The regime finding behind it, when there is one.
    pub finding: Option<Finding>,
}

/// A window from the rules table, and why it applies to this arrest.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TreatyWindow {
    /// The rule.
    pub rule: RuleId,
    /// The earlier step, if any.
    pub soft: Option<Period>,
    /// The outer limit.
    pub hard: Period,
    /// The day the period runs from.
    pub start: NaiveDate,
    /// Why this rule: the regime finding's line, or "you chose …".
    pub reasoning: Option<String>,
    /// Further sentences for the explanation (confidences, caveats, protocols).
    pub notes: Vec<String>,
    /// How sure we are that the rule applies to this pair of states (the memberships relied on);
    /// `None` when Habeas did not look it up.
    pub application: Option<Confidence>,
    /// The regime finding, when the two states are known.
    pub finding: Option<Finding>,
    /// Whether the user chose the regime by hand.
    pub chosen_by_you: bool,
}

/// What an arrest or detention opens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Window {
    /// A window from the rules table.
    Treaty(TreatyWindow),
    /// A date only the user can give.
    Needed(DateNeeded),
}

/// The state asking for the person: the issuer of the alerts this event is linked to, or, when
/// it is linked to none, the single issuer of all the case's alerts. `None` when unknown or when
/// the alerts disagree.
#[must_use]
pub fn requesting_state(event: &Event, alerts: &[Alert]) -> Option<String> {
    let linked: Vec<&Alert> = alerts
        .iter()
        .filter(|a| event.alert_ids.contains(&a.id))
        .collect();
    let pool: Vec<&Alert> = if linked.is_empty() {
        alerts.iter().collect()
    } else {
        linked
    };
    let mut issuers: Vec<&str> = pool
        .iter()
        .filter_map(|a| a.issuing_country.as_deref())
        .collect();
    issuers.sort_unstable();
    issuers.dedup();
    match issuers.as_slice() {
        [one] => Some((*one).to_owned()),
        _ => None,
    }
}

fn model_regime(id: TreatyId) -> Option<Regime> {
    match id {
        TreatyId::EuropeanConvention => Some(Regime::EuropeanConvention),
        TreatyId::EuropeanArrestWarrant => Some(Regime::EuropeanArrestWarrant),
        TreatyId::Minsk1993 => Some(Regime::Minsk1993),
        TreatyId::Riyadh1983 => Some(Regime::Riyadh1983),
        TreatyId::Montevideo1933 => Some(Regime::Montevideo1933),
        _ => None,
    }
}

fn rule_for(regime: Regime) -> RuleId {
    match regime {
        Regime::EuropeanConvention => RuleId::EuropeanConvention,
        Regime::Minsk1993 => RuleId::Minsk1993,
        Regime::Riyadh1983 => RuleId::Riyadh1983,
        Regime::EuropeanArrestWarrant => RuleId::EawAfterArrest,
        Regime::UsModernTreaty => RuleId::UsModernTreaty,
        Regime::Montevideo1933 => RuleId::Montevideo1933,
        Regime::Bilateral => RuleId::Bilateral,
    }
}

/// The provisional-arrest rule of a treaty in Habeas' data, when the rules table has one (the
/// travel check shows the window that an arrest in a country would open).
#[must_use]
pub fn treaty_rule(id: TreatyId) -> Option<RuleId> {
    model_regime(id).map(rule_for)
}

/// The case's bilateral treaty, read as binding the two states of this arrest: the user
/// described it for this case.
fn entered(case: &Case, requesting: &str, requested: &str) -> Vec<EnteredTreaty> {
    case.bilateral
        .iter()
        .map(|b| EnteredTreaty {
            name: b.name.clone(),
            states: [requesting.to_owned(), requested.to_owned()],
            from: None,
            until: None,
        })
        .collect()
}

/// "Italy: verified; Türkiye: secondary (…note…)".
fn confidences(f: &Finding) -> String {
    let list: Vec<String> = f
        .relied_on
        .iter()
        .map(|m| {
            let word = match m.confidence {
                Confidence::Verified => "verified",
                Confidence::Secondary => "secondary source, confirm it",
                Confidence::Unverified => "unverified",
                Confidence::EnteredByYou => "entered by you",
            };
            match &m.note {
                Some(n) => format!("{}: {word} ({n})", country::name(&m.state)),
                None => format!("{}: {word}", country::name(&m.state)),
            }
        })
        .collect();
    format!("Memberships relied on: {}.", list.join("; "))
}

/// The rule's periods and start for this event. `None` for a bilateral regime without a
/// described treaty (the user is told to describe it where they chose it).
fn periods(
    case: &Case,
    regime: Regime,
    event: &Event,
    date: NaiveDate,
) -> Option<(Option<Period>, Period, NaiveDate, Vec<String>)> {
    let r = rule(rule_for(regime));
    let notified = event.notified_on.unwrap_or(date);
    let mut notes = Vec::new();
    let (soft, hard, start) = match regime {
        Regime::Bilateral => {
            let t = case.bilateral.as_ref()?;
            let start = match t.start {
                BilateralStart::Arrest => date,
                BilateralStart::Notification => notified,
            };
            notes.push(format!(
                "The period is the one you entered for \"{}\": Habeas has not checked it.",
                t.name
            ));
            if t.start == BilateralStart::Notification && event.notified_on.is_none() {
                notes.push(
                    "The notification date is not recorded: counted from the arrest, a \
                     provisional start. Enter the notification date."
                        .into(),
                );
            }
            (
                t.soft_days.map(Period::Days),
                Period::Days(t.hard_days),
                start,
            )
        }
        Regime::Montevideo1933 => {
            if event.notified_on.is_none() {
                notes.push(
                    "The notification of the arrest to the requesting state is not recorded: the \
                     period is counted from the arrest, a provisional start. Enter the \
                     notification date; the 2 months run from it (Art. 10)."
                        .into(),
                );
            }
            (r.soft, r.hard, notified)
        }
        _ => (r.soft, r.hard, date),
    };
    Some((soft, hard, start, notes))
}

/// The Minsk caveat: the 40 days are the 1997 wording; whether the Protocol binds both matters.
fn minsk_note(a: &str, b: &str, on: NaiveDate) -> (Option<String>, bool) {
    let protocol = treaties::data()
        .ok()
        .and_then(|d| d.treaty(TreatyId::Minsk1997Protocol))
        .and_then(|t| t.binds(a, b, on));
    match protocol {
        Some(_) => (None, true),
        None => (
            Some(format!(
                "The 40 days are the wording of Art. 62(1) as amended by the Protocol of 28 March \
                 1997 (verified); whether that Protocol binds both {} and {} is not in Habeas' \
                 data (unverified). Between states it does not bind, the original Art. 62 \
                 applies, and its period is unverified: check it.",
                country::in_text(a),
                country::in_text(b)
            )),
            false,
        ),
    }
}

/// What this event opens, if anything: a window from the rules table, or a date the user must
/// enter. Only a provisional arrest opens a treaty window; a detention asks for the national
/// custody limit.
#[must_use]
pub fn window(case: &Case, alerts: &[Alert], event: &Event, date: NaiveDate) -> Option<Window> {
    let requested = event.country.clone();
    let requesting = requesting_state(event, alerts);
    let needed = |need: Need, title: String, basis: String, explanation: String, finding| {
        Window::Needed(DateNeeded {
            key: format!("{}:{}", need.key_stem(), event.id),
            need,
            title,
            basis,
            explanation,
            confidence: Confidence::Verified,
            start_event: event.id.clone(),
            start: date,
            finding,
        })
    };
    match event.kind {
        EventKind::Detention => {
            let whose = requested.as_deref().map_or_else(
                || "the state holding the person".to_owned(),
                country::in_text,
            );
            let mut explanation = String::from(
                "A police or border detention is not yet a provisional arrest for extradition: no \
                 treaty period runs from it (the European Convention counts from the provisional \
                 arrest, Art. 16(4)). The limit is set by national law, often in hours or days: \
                 check it with a local lawyer and enter the date, with its source. When a court \
                 orders a provisional arrest, record it as such: the treaty period starts then.",
            );
            if event.regime == Some(Regime::Minsk1993) {
                explanation.push_str(
                    " Under the Minsk Convention as amended in 1997, a person detained under \
                     Art. 61(2) is released if the custody request does not arrive within the \
                     national detention period (Art. 62(2)).",
                );
            }
            return Some(needed(
                Need::NationalCustodyLimit,
                "National custody limit: check local law, enter it".into(),
                format!("The law of {whose} on police or border custody"),
                explanation,
                None,
            ));
        }
        EventKind::ProvisionalArrest => {}
        _ => return None,
    }

    let finding = match (&requesting, &requested) {
        (Some(req), Some(at)) => Some(governing(req, at, date, &entered(case, req, at))),
        _ => None,
    };

    // The user's choice of regime wins; the finding, if any, is shown beside it.
    if let Some(regime) = event.regime {
        let (soft, hard, start, mut notes) = periods(case, regime, event, date)?;
        let mut reasoning = None;
        let mut application = None;
        if let Some(f) = &finding {
            let agrees = match f.governs() {
                Some(Instrument::Treaty { id }) => model_regime(*id) == Some(regime),
                Some(Instrument::Entered { .. }) => regime == Regime::Bilateral,
                None => false,
            };
            if agrees {
                reasoning = Some(format!("You chose this regime. {}", f.reasoning));
                application = Some(f.weakest());
                notes.push(confidences(f));
            } else {
                reasoning = Some(format!(
                    "You chose this regime. From Habeas' data: {} Check which one governs.",
                    f.reasoning
                ));
                application = Some(Confidence::Unverified);
            }
        }
        if regime == Regime::Minsk1993 {
            if let (Some(req), Some(at)) = (&requesting, &requested) {
                let (note, _) = minsk_note(at, req, date);
                notes.extend(note);
            }
        }
        return Some(Window::Treaty(TreatyWindow {
            rule: rule_for(regime),
            soft,
            hard,
            start,
            reasoning,
            notes,
            application,
            finding,
            chosen_by_you: true,
        }));
    }

    let (Some(requesting), Some(requested), Some(finding)) = (requesting, requested, finding)
    else {
        return Some(needed(
            Need::StatesUnknown,
            "Extradition request due: Habeas needs the two states".into(),
            "The instrument depends on the state that asks for the person and the state where \
             the arrest happened"
                .into(),
            "Record the country of the arrest and link the arrest to the alert (its issuing \
             country), or choose the regime yourself: Habeas then shows the period and why."
                .into(),
            None,
        ));
    };
    let pair = format!(
        "{} and {}",
        country::in_text(&requested),
        country::in_text(&requesting)
    );
    match finding.outcome.clone() {
        Outcome::Governs {
            instrument: Instrument::Entered { .. },
        } => {
            let (soft, hard, start, mut notes) = periods(case, Regime::Bilateral, event, date)?;
            notes.push(
                "Confidence: entered by you. Domestic law may shorten or extend the period.".into(),
            );
            Some(Window::Treaty(TreatyWindow {
                rule: RuleId::Bilateral,
                soft,
                hard,
                start,
                reasoning: Some(finding.reasoning.clone()),
                notes,
                application: Some(Confidence::Unverified),
                finding: Some(finding),
                chosen_by_you: false,
            }))
        }
        Outcome::Governs {
            instrument: Instrument::Treaty { id },
        } => {
            let Some(regime) = model_regime(id) else {
                let name = treaties::data()
                    .ok()
                    .and_then(|d| d.treaty(id))
                    .map_or_else(String::new, |t| t.name.clone());
                let hint = match id {
                    TreatyId::InterAmerican1981 => {
                        " Habeas' notes give 60 days (Art. 14), unverified: the OAS text could not \
                         be read."
                    }
                    TreatyId::Chisinau2002 => {
                        " Habeas' notes could not read its detention periods (unverified)."
                    }
                    _ => "",
                };
                return Some(needed(
                    Need::PeriodNotInData,
                    format!("Extradition request due under the {name}: enter its period"),
                    finding.reasoning.clone(),
                    format!(
                        "Habeas does not have the provisional-arrest period of the {name}.{hint} \
                         Read it in the instrument or ask local counsel, and enter the date with \
                         its article. {}",
                        confidences(&finding)
                    ),
                    Some(finding),
                ));
            };
            let (soft, hard, start, mut notes) = periods(case, regime, event, date)?;
            let mut application = finding.weakest();
            if regime == Regime::Minsk1993 {
                let (note, bound) = minsk_note(&requested, &requesting, date);
                notes.extend(note);
                if !bound {
                    application = Confidence::Unverified;
                }
            }
            notes.push(confidences(&finding));
            notes.extend(
                finding
                    .supplements
                    .iter()
                    .map(|s| format!("Both are bound by the {}: {}", s.name, s.effect)),
            );
            Some(Window::Treaty(TreatyWindow {
                rule: rule_for(regime),
                soft,
                hard,
                start,
                reasoning: Some(finding.reasoning.clone()),
                notes,
                application: Some(application),
                finding: Some(finding),
                chosen_by_you: false,
            }))
        }
        Outcome::Several { .. } => Some(needed(
            Need::ChooseRegime,
            "Extradition request due: choose the regime".into(),
            finding.reasoning.clone(),
            format!(
                "Several instruments bind {pair} and Habeas' data do not say which governs. \
                 Choose the regime on the arrest (the period then follows), or enter the date \
                 with its source."
            ),
            Some(finding),
        )),
        Outcome::NoneFound => Some(needed(
            Need::NoInstrument,
            "Extradition request due: enter the bilateral treaty's period".into(),
            finding.reasoning.clone(),
            format!(
                "Describe the bilateral treaty between {pair} (its name, article and days), or \
                 enter the date a court set, with its source. Habeas does not invent a period."
            ),
            Some(finding),
        )),
        Outcome::DataUnreadable => Some(needed(
            Need::DataUnreadable,
            "Extradition request due: choose the regime".into(),
            finding.reasoning.clone(),
            "Choose the regime on the arrest, or enter the date with its source.".into(),
            Some(finding),
        )),
        Outcome::SameState => None,
    }
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
    use crate::model::{AlertKind, BilateralTreaty};

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn alert(id: &str, issuer: &str) -> Alert {
        Alert {
            id: id.into(),
            kind: AlertKind::Diffusion,
            issuing_country: Some(issuer.into()),
            ..Alert::default()
        }
    }

    fn arrest(kind: EventKind, at: &str, date: &str, alerts: &[&str]) -> Event {
        Event {
            id: "event-1".into(),
            kind,
            date: Some(d(date)),
            country: Some(at.into()),
            alert_ids: alerts.iter().map(|a| (*a).to_owned()).collect(),
            ..Event::default()
        }
    }

    fn treaty(w: Option<Window>) -> TreatyWindow {
        match w {
            Some(Window::Treaty(t)) => t,
            other => panic!("expected a treaty window, got {other:?}"),
        }
    }

    fn needed(w: Option<Window>) -> DateNeeded {
        match w {
            Some(Window::Needed(n)) => n,
            other => panic!("expected a date to enter, got {other:?}"),
        }
    }

    #[test]
    fn a_turkish_diffusion_and_an_arrest_in_italy_open_the_european_convention_window() {
        // lists.json: Italy and Türkiye are parties to ETS 024; Art. 16(4): 18 and 40 days from
        // the provisional arrest (standardyprawa.pl, verified).
        let alerts = [alert("alert-tr", "TR")];
        let e = arrest(
            EventKind::ProvisionalArrest,
            "IT",
            "2026-10-01",
            &["alert-tr"],
        );
        let w = treaty(window(&Case::default(), &alerts, &e, d("2026-10-01")));
        assert_eq!(w.rule, RuleId::EuropeanConvention);
        assert_eq!((w.soft, w.hard), (Some(Period::Days(18)), Period::Days(40)));
        assert_eq!(w.start, d("2026-10-01"));
        assert!(!w.chosen_by_you);
        assert!(w
            .reasoning
            .as_deref()
            .is_some_and(|r| r.starts_with("Italy and Türkiye are both bound")));
        assert_eq!(w.application, Some(Confidence::Verified));
        assert!(w
            .notes
            .iter()
            .any(|n| n.contains("Memberships relied on: Italy: verified")));
    }

    #[test]
    fn an_arrest_in_france_on_an_italian_alert_opens_the_eaw_window_not_the_convention() {
        // Framework Decision 2002/584/JHA Art. 31(1) and Art. 17 (eur-lex; exlege.bg).
        let alerts = [alert("alert-it", "IT")];
        let e = arrest(EventKind::ProvisionalArrest, "FR", "2026-10-01", &[]);
        let w = treaty(window(&Case::default(), &alerts, &e, d("2026-10-01")));
        assert_eq!(w.rule, RuleId::EawAfterArrest);
        let f = w.finding.expect("a finding");
        assert!(f
            .set_aside
            .iter()
            .any(|s| s.instrument == "European Convention on Extradition"));
    }

    #[test]
    fn the_users_choice_wins_and_is_shown_beside_what_the_data_say() {
        // Issue 15 §1.2: the user can still override the regime.
        let alerts = [alert("alert-it", "IT")];
        let e = Event {
            regime: Some(Regime::EuropeanConvention),
            ..arrest(EventKind::ProvisionalArrest, "FR", "2026-10-01", &[])
        };
        let w = treaty(window(&Case::default(), &alerts, &e, d("2026-10-01")));
        assert_eq!(w.rule, RuleId::EuropeanConvention);
        assert!(w.chosen_by_you);
        let r = w.reasoning.expect("reasoning");
        assert!(
            r.contains("You chose this regime. From Habeas' data")
                && r.contains("European Arrest Warrant"),
            "{r}"
        );
        assert_eq!(w.application, Some(Confidence::Unverified));
    }

    #[test]
    fn a_border_detention_asks_for_the_national_limit_never_a_treaty_period() {
        // ECE Art. 16(4) counts from the provisional arrest (domain.md §4, third review).
        let alerts = [alert("alert-tr", "TR")];
        for regime in [
            None,
            Some(Regime::EuropeanConvention),
            Some(Regime::Minsk1993),
        ] {
            let e = Event {
                regime,
                ..arrest(EventKind::Detention, "IT", "2026-10-01", &["alert-tr"])
            };
            let n = needed(window(&Case::default(), &alerts, &e, d("2026-10-01")));
            assert_eq!(n.need, Need::NationalCustodyLimit);
            assert_eq!(n.key, "national_custody_limit:event-1");
            assert_eq!(n.title, "National custody limit: check local law, enter it");
            assert!(n.basis.contains("Italy"));
            // Minsk Art. 62(2), 1997 wording: the national period (base.garant.ru).
            assert_eq!(
                n.explanation.contains("Art. 62(2)"),
                regime == Some(Regime::Minsk1993)
            );
        }
    }

    #[test]
    fn no_common_instrument_asks_for_the_bilateral_period_and_the_case_treaty_then_applies() {
        let alerts = [alert("alert-in", "IN")];
        let e = arrest(EventKind::ProvisionalArrest, "US", "2026-10-01", &[]);
        let n = needed(window(&Case::default(), &alerts, &e, d("2026-10-01")));
        assert_eq!(n.need, Need::NoInstrument);
        assert_eq!(n.key, "treaty_period:event-1");
        assert!(n.basis.contains("No instrument in Habeas' data binds both"));
        // The bilateral treaty described in the case governs, labelled as the user's.
        let case = Case {
            bilateral: Some(BilateralTreaty {
                name: "US–India 1997, Art. 12(4)".into(),
                soft_days: None,
                hard_days: 60,
                start: BilateralStart::Arrest,
            }),
            ..Case::default()
        };
        let w = treaty(window(&case, &alerts, &e, d("2026-10-01")));
        assert_eq!(w.rule, RuleId::Bilateral);
        assert_eq!(w.hard, Period::Days(60));
        assert!(w.notes.iter().any(|n| n.contains("entered by you")));
        assert_eq!(w.application, Some(Confidence::Unverified));
    }

    #[test]
    fn chisinau_and_inter_american_periods_are_asked_for_with_their_label() {
        // Domain notes §4: Chisinau's detention period is unverified; Inter-American Art. 14
        // (60 days) is unverified.
        let e = arrest(EventKind::ProvisionalArrest, "KZ", "2024-01-10", &[]);
        let n = needed(window(
            &Case::default(),
            &[alert("a", "RU")],
            &e,
            d("2024-01-10"),
        ));
        assert_eq!(n.need, Need::PeriodNotInData);
        assert!(n.title.contains("Chisinau"));
        assert!(n.explanation.contains("unverified"));
        let e = arrest(EventKind::ProvisionalArrest, "EC", "2024-01-10", &[]);
        let n = needed(window(
            &Case::default(),
            &[alert("a", "PE")],
            &e,
            d("2024-01-10"),
        ));
        assert!(n.explanation.contains("60 days (Art. 14), unverified"));
    }

    #[test]
    fn minsk_says_the_wording_is_verified_and_its_application_is_not() {
        // base.garant.ru: Art. 62(1), 1997 wording, 40 days; whether the 1997 Protocol binds
        // Russia is not in the data (only Kazakhstan's ratification was read, adilet.zan.kz).
        let e = arrest(EventKind::ProvisionalArrest, "KZ", "2023-01-10", &[]);
        let w = treaty(window(
            &Case::default(),
            &[alert("a", "RU")],
            &e,
            d("2023-01-10"),
        ));
        assert_eq!(w.rule, RuleId::Minsk1993);
        assert_eq!(w.application, Some(Confidence::Unverified));
        assert!(w
            .notes
            .iter()
            .any(|n| n.contains("as amended by the Protocol of 28 March 1997 (verified)")));
    }

    #[test]
    fn montevideo_without_a_notification_date_says_the_start_is_provisional() {
        // Montevideo Art. 10: 2 months from the notification (US Statutes at Large vol. 49).
        let e = arrest(EventKind::ProvisionalArrest, "CL", "2024-01-10", &[]);
        let w = treaty(window(
            &Case::default(),
            &[alert("a", "AR")],
            &e,
            d("2024-01-10"),
        ));
        assert_eq!(w.rule, RuleId::Montevideo1933);
        assert!(w.notes.iter().any(|n| n.contains("provisional start")));
        let notified = Event {
            notified_on: Some(d("2024-01-15")),
            ..e
        };
        let w = treaty(window(
            &Case::default(),
            &[alert("a", "AR")],
            &notified,
            d("2024-01-10"),
        ));
        assert_eq!(w.start, d("2024-01-15"));
        assert!(!w.notes.iter().any(|n| n.contains("provisional start")));
    }

    #[test]
    fn the_requesting_state_comes_from_the_linked_alert_or_the_only_issuer() {
        let alerts = [alert("alert-tr", "TR"), alert("alert-ru", "RU")];
        let linked = arrest(
            EventKind::ProvisionalArrest,
            "IT",
            "2026-10-01",
            &["alert-ru"],
        );
        assert_eq!(requesting_state(&linked, &alerts).as_deref(), Some("RU"));
        let unlinked = arrest(EventKind::ProvisionalArrest, "IT", "2026-10-01", &[]);
        assert_eq!(
            requesting_state(&unlinked, &alerts),
            None,
            "two issuers: unknown"
        );
        assert_eq!(
            requesting_state(&unlinked, &alerts[..1]).as_deref(),
            Some("TR")
        );
        let n = needed(window(
            &Case::default(),
            &alerts,
            &unlinked,
            d("2026-10-01"),
        ));
        assert_eq!(n.need, Need::StatesUnknown);
        // No country of arrest: the same.
        let nowhere = Event {
            country: None,
            ..linked
        };
        assert_eq!(
            needed(window(&Case::default(), &alerts, &nowhere, d("2026-10-01"))).need,
            Need::StatesUnknown
        );
    }
}
