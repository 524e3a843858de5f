//! Risk flags: what makes this case urgent or strong, each with a one-line reason.
//!
//! A flag is derived from the data where it can be (the person's asylum status against the
//! issuing states, alert histories), and can be set or cleared by hand with a reason; the hand
//! setting wins and says so.

use std::sync::OnceLock;

use serde::Serialize;

use crate::locale::{self, Arg, Language};
use crate::model::{
    Alert, AlertKind, AlertStatus, Case, FlagKind, Person, Profile, ProtectionKind,
    ProtectionStatus, RemovedBy, StatusChange,
};

/// Every flag, in the order they are shown.
pub const ALL: &[FlagKind] = &[
    FlagKind::Refugee,
    FlagKind::RefugeeFromIssuingState,
    FlagKind::PoliticalProfile,
    FlagKind::PrivateDispute,
    FlagKind::InAbsentia,
    FlagKind::ReissuedAfterDeletion,
    FlagKind::DiffusionAfterRedNotice,
    FlagKind::CountryMisuse,
];

/// Where a flag's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum FlagSource {
    /// Derived from the case's data.
    Data,
    /// Set or cleared by the user.
    Hand,
}

/// A raised flag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Flag {
    /// Which flag.
    pub kind: FlagKind,
    /// Its label, in the language the flags were computed in.
    pub label: &'static str,
    /// Why it is raised, in one line.
    pub reason: String,
    /// Derived, or set by hand.
    pub source: FlagSource,
}

/// The label of a flag, in English.
#[must_use]
pub fn label(kind: FlagKind) -> &'static str {
    label_in(kind, Language::En)
}

/// The label of a flag in `language` (`locales/<lang>/rules.ftl`). Put into words once per
/// process (8 flags × 5 languages), so a [`Flag`] keeps a `&'static str` label.
#[must_use]
pub fn label_in(kind: FlagKind, language: Language) -> &'static str {
    static LABELS: OnceLock<Vec<(FlagKind, Language, &'static str)>> = OnceLock::new();
    LABELS
        .get_or_init(|| {
            ALL.iter()
                .flat_map(|&k| Language::ALL.map(|l| (k, l)))
                .map(|(k, l)| {
                    let text: &'static str = Box::leak(label_words(k, l).into_boxed_str());
                    (k, l, text)
                })
                .collect()
        })
        .iter()
        .find(|(k, l, _)| *k == kind && *l == language)
        .map_or("", |(_, _, text)| *text)
}

fn label_words(kind: FlagKind, language: Language) -> String {
    locale::text(
        language,
        match kind {
            FlagKind::Refugee => "flag-label-refugee",
            FlagKind::RefugeeFromIssuingState => "flag-label-refugee-from-issuing-state",
            FlagKind::PoliticalProfile => "flag-label-political-profile",
            FlagKind::PrivateDispute => "flag-label-private-dispute",
            FlagKind::InAbsentia => "flag-label-in-absentia",
            FlagKind::ReissuedAfterDeletion => "flag-label-reissued-after-deletion",
            FlagKind::DiffusionAfterRedNotice => "flag-label-diffusion-after-red-notice",
            FlagKind::CountryMisuse => "flag-label-country-misuse",
        },
    )
}

/// The name of an alert kind in `language`, as the rule texts write it.
#[must_use]
pub fn alert_kind_in(kind: AlertKind, language: Language) -> String {
    locale::text(
        language,
        match kind {
            AlertKind::Diffusion => "rule-alert-kind-diffusion",
            AlertKind::RedNotice => "rule-alert-kind-red-notice",
            AlertKind::BlueNotice => "rule-alert-kind-blue-notice",
            AlertKind::YellowNotice => "rule-alert-kind-yellow-notice",
            AlertKind::GreenNotice => "rule-alert-kind-green-notice",
            AlertKind::BlackNotice => "rule-alert-kind-black-notice",
            AlertKind::OrangeNotice => "rule-alert-kind-orange-notice",
            AlertKind::PurpleNotice => "rule-alert-kind-purple-notice",
            AlertKind::SilverNotice => "rule-alert-kind-silver-notice",
            AlertKind::UnSpecialNotice => "rule-alert-kind-un-special-notice",
            AlertKind::NcbMessage => "rule-alert-kind-ncb-message",
        },
    )
}

/// Why flag `kind` is raised by the case's data, in `language`; `None` when it is not.
fn derive_in(kind: FlagKind, case: &Case, alerts: &[Alert], language: Language) -> Option<String> {
    let p = &case.person;
    let say = |id: &str, args: &[(&str, Arg<'_>)]| locale::message(language, id, args);
    let name = |code: &str| crate::model::country::in_text_in(code, language);
    let issuers: Vec<&str> = alerts
        .iter()
        .filter_map(|a| a.issuing_country.as_deref())
        .collect();
    match kind {
        FlagKind::Refugee => refugee_reason_in(p, language),
        FlagKind::RefugeeFromIssuingState => {
            let (feared, granted_by) = refugee_status_against(p)?;
            issuers.contains(&feared).then(|| {
                let by = granted_by
                    .map_or_else(|| locale::text(language, "flag-state-of-refuge"), &name);
                say(
                    "flag-reason-refugee-from-issuing-state",
                    &[("by", by.into()), ("feared", name(feared).into())],
                )
            })
        }
        FlagKind::PoliticalProfile => {
            let roles: Vec<String> = p
                .profile
                .iter()
                .filter_map(|r| match r {
                    Profile::PoliticalOpponent => Some("flag-role-political-opponent"),
                    Profile::Journalist => Some("flag-role-journalist"),
                    Profile::Activist => Some("flag-role-activist"),
                    Profile::BusinessDispute => None,
                })
                .map(|id| locale::text(language, id))
                .collect();
            (!roles.is_empty()).then(|| {
                say(
                    "flag-reason-political-profile",
                    &[("roles", roles.join(", ").into())],
                )
            })
        }
        FlagKind::PrivateDispute => p
            .profile
            .contains(&Profile::BusinessDispute)
            .then(|| locale::text(language, "flag-reason-private-dispute")),
        FlagKind::InAbsentia => alerts
            .iter()
            .any(|a| a.warrant.in_absentia)
            .then(|| locale::text(language, "flag-reason-in-absentia")),
        FlagKind::ReissuedAfterDeletion => reissue(alerts).map(|r| {
            let from = r.deleted_alert.issuing_country.as_deref().map_or_else(
                || locale::text(language, "flag-country-not-recorded"),
                |c| say("flag-from-country", &[("country", name(c).into())]),
            );
            say(
                "flag-reason-reissued",
                &[
                    (
                        "alert",
                        alert_kind_in(r.deleted_alert.kind, language).into(),
                    ),
                    ("from", from.into()),
                    ("by", removed_by(r.deletion.by).into()),
                    ("deleted", day(r.deletion.date).into()),
                    ("reissued", day(r.reissue.date).into()),
                ],
            )
        }),
        FlagKind::DiffusionAfterRedNotice => circumvention(alerts).map(|c| {
            // At the start of the sentence: the name alone, without an article.
            let country = c.diffusion.issuing_country.as_deref().map_or_else(
                || locale::text(language, "flag-the-same-country"),
                |code| crate::model::country::name_in(code, language),
            );
            let end = if c.end.status == AlertStatus::Refused {
                "refused"
            } else {
                "deleted"
            };
            say(
                "flag-reason-diffusion-after-red-notice",
                &[
                    ("country", country.into()),
                    ("dated", day(c.diffusion.date.map(|d| d.date)).into()),
                    ("end", end.into()),
                    ("by", removed_by(c.end.by).into()),
                    ("ended", day(c.end.date).into()),
                ],
            )
        }),
        FlagKind::CountryMisuse => {
            let note = case.misuse_note.trim();
            (!note.is_empty()).then(|| note.lines().next().unwrap_or(note).to_owned())
        }
    }
}

/// Why the person counts as a refugee, an asylum seeker or a protected person, if they do,
/// in `language`. Refugee status under the 1951 Convention, another protection and a pending
/// claim are told apart, because INTERPOL's refugee policy applies "once a member country has
/// confirmed a person's refugee status" (interpol.int, INTERPOL Refugee Resolution, verified).
fn refugee_reason_in(p: &Person, language: Language) -> Option<String> {
    let pr = p.protection.as_ref()?;
    let wher = pr.country.as_deref().map_or_else(
        || "none".to_owned(),
        |c| {
            locale::message(
                language,
                "flag-where",
                &[(
                    "country",
                    crate::model::country::in_text_in(c, language).into(),
                )],
            )
        },
    );
    if naturalised(p) {
        return None;
    }
    let id = match (pr.status, pr.kind) {
        (ProtectionStatus::Refused, _) => return None,
        (ProtectionStatus::Pending, ProtectionKind::Subsidiary | ProtectionKind::Humanitarian) => {
            "flag-reason-claim-pending"
        }
        (ProtectionStatus::Pending, _) => "flag-reason-asylum-pending",
        (ProtectionStatus::Granted, ProtectionKind::ConventionRefugee) => {
            "flag-reason-refugee-granted"
        }
        (ProtectionStatus::Granted, ProtectionKind::Subsidiary) => "flag-reason-subsidiary-granted",
        (ProtectionStatus::Granted, ProtectionKind::Humanitarian) => {
            "flag-reason-humanitarian-granted"
        }
        (ProtectionStatus::Granted, ProtectionKind::Unspecified) => {
            "flag-reason-protection-granted"
        }
    };
    Some(locale::message(language, id, &[("where", wher.into())]))
}

/// Whether the person has become a national of the country that protected them: recorded as
/// such, or that country is among their nationalities. Refugee status then ends (1951
/// Convention, Art. 1C(3): "He has acquired a new nationality, and enjoys the protection of the
/// country of his new nationality"; UNHCR's edition of the Convention, read in a copy), and the
/// CCF has declined the refugee policy for a naturalised person (domain.md §3.6, secondary).
#[must_use]
pub fn naturalised(p: &Person) -> bool {
    p.protection.as_ref().is_some_and(|pr| {
        pr.naturalised
            || pr
                .country
                .as_deref()
                .is_some_and(|c| p.nationalities.iter().any(|n| n == c))
    })
}

/// The state the person holds refugee status against, and the state that granted it: only for
/// refugee status under the 1951 Convention, granted, with the feared state recorded, and not
/// ended by naturalisation. This is what INTERPOL's refugee policy (GA-2017-86-RES-09) turns
/// on; subsidiary or humanitarian protection and a pending claim are not enough (domain.md,
/// third review, "Refugees").
#[must_use]
pub fn refugee_status_against(p: &Person) -> Option<(&str, Option<&str>)> {
    let pr = p.protection.as_ref()?;
    let confirmed =
        pr.status == ProtectionStatus::Granted && pr.kind == ProtectionKind::ConventionRefugee;
    (confirmed && !naturalised(p))
        .then(|| {
            pr.feared_state
                .as_deref()
                .map(|f| (f, pr.country.as_deref()))
        })
        .flatten()
}

/// An alert issued again after a recorded deletion.
#[derive(Debug, Clone, Copy)]
pub struct Reissue<'a> {
    /// The alert that was deleted.
    pub deleted_alert: &'a Alert,
    /// Its deletion.
    pub deletion: &'a StatusChange,
    /// The re-issue (on the same alert, or on another alert of the same country).
    pub reissue: &'a StatusChange,
}

/// The first alert issued again after a *recorded* deletion: the deletion comes before the
/// re-issue in the same alert's history, or another alert of the same country was deleted on or
/// before the dated re-issue. A re-issue with no deletion recorded is not one (issue 15, 2.2: an
/// `Option` comparison used to count a missing deletion as earlier than any re-issue).
#[must_use]
pub fn reissue(alerts: &[Alert]) -> Option<Reissue<'_>> {
    alerts.iter().find_map(|a| {
        let (at, reissue) = a
            .status
            .iter()
            .enumerate()
            .rev()
            .find(|(_, s)| s.status == AlertStatus::Reissued)?;
        if let Some(deletion) = a.status[..at]
            .iter()
            .rev()
            .find(|s| s.status == AlertStatus::Deleted)
        {
            return Some(Reissue {
                deleted_alert: a,
                deletion,
                reissue,
            });
        }
        let issuer = a.issuing_country.as_deref()?;
        let when = reissue.date?;
        alerts
            .iter()
            .filter(|o| !std::ptr::eq(*o, a) && o.issuing_country.as_deref() == Some(issuer))
            .find_map(|o| {
                let deletion = o.status.iter().find(|s| {
                    s.status == AlertStatus::Deleted && s.date.is_some_and(|d| d <= when)
                })?;
                Some(Reissue {
                    deleted_alert: o,
                    deletion,
                    reissue,
                })
            })
    })
}

/// A Diffusion sent after the same country's Red Notice was refused or deleted.
#[derive(Debug, Clone, Copy)]
pub struct Circumvention<'a> {
    /// The Red Notice.
    pub red_notice: &'a Alert,
    /// Its refusal or deletion.
    pub end: &'a StatusChange,
    /// The Diffusion.
    pub diffusion: &'a Alert,
}

/// The first Diffusion dated on or after the refusal or deletion of a Red Notice from the same
/// country. Both dates must be recorded: a Diffusion is compared with the day the Red Notice was
/// refused or deleted, not with the day it was issued, and nothing is assumed when a date is
/// missing (issue 15, 2.2). A Diffusion dated only to the month or year counts from its first
/// possible day, so it is "after" only when it certainly is.
#[must_use]
pub fn circumvention(alerts: &[Alert]) -> Option<Circumvention<'_>> {
    alerts
        .iter()
        .filter(|a| a.kind == AlertKind::RedNotice && a.issuing_country.is_some())
        .find_map(|rn| {
            let end = rn
                .status
                .iter()
                .filter(|s| matches!(s.status, AlertStatus::Refused | AlertStatus::Deleted))
                .filter(|s| s.date.is_some())
                .min_by_key(|s| s.date)?;
            let ended = end.date?;
            let diffusion = alerts.iter().find(|d| {
                d.kind == AlertKind::Diffusion
                    && d.issuing_country == rn.issuing_country
                    && d.date.is_some_and(|dd| dd.date >= ended)
            })?;
            Some(Circumvention {
                red_notice: rn,
                end,
                diffusion,
            })
        })
}

/// Who removed an alert, as the messages' selector: `ccf`, `secretariat` or `unknown`.
const fn removed_by(by: Option<RemovedBy>) -> &'static str {
    match by {
        Some(RemovedBy::Ccf) => "ccf",
        Some(RemovedBy::GeneralSecretariat) => "secretariat",
        None => "unknown",
    }
}

/// A recorded day as the messages take it ("2026-05-03"), or `none`.
fn day(date: Option<chrono::NaiveDate>) -> String {
    date.map_or_else(|| "none".to_owned(), |d| d.format("%Y-%m-%d").to_string())
}

/// The raised flags of a case, in English.
#[must_use]
pub fn compute(case: &Case, alerts: &[Alert]) -> Vec<Flag> {
    compute_in(case, alerts, Language::En)
}

/// The raised flags of a case, their labels and reasons in `language` (what the user set by
/// hand is kept as written).
#[must_use]
pub fn compute_in(case: &Case, alerts: &[Alert], language: Language) -> Vec<Flag> {
    ALL.iter()
        .filter_map(|&kind| {
            if let Some(s) = case.flag_settings.iter().find(|s| s.flag == kind) {
                return s.on.then(|| Flag {
                    kind,
                    label: label_in(kind, language),
                    reason: if s.reason.trim().is_empty() {
                        locale::text(language, "flag-set-by-hand")
                    } else {
                        s.reason.clone()
                    },
                    source: FlagSource::Hand,
                });
            }
            derive_in(kind, case, alerts, language).map(|reason| Flag {
                kind,
                label: label_in(kind, language),
                reason,
                source: FlagSource::Data,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ApproxDate, Precision, Protection, RemovalGround};
    use chrono::NaiveDate;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap_or_default()
    }

    fn change(status: AlertStatus, date: Option<&str>, by: Option<RemovedBy>) -> StatusChange {
        StatusChange {
            status,
            date: date.map(day),
            by,
            ground: None,
        }
    }

    fn raised(case: &Case, alerts: &[Alert], kind: FlagKind) -> Option<String> {
        compute(case, alerts)
            .into_iter()
            .find(|f| f.kind == kind)
            .map(|f| crate::locale::catalogue::without_isolates(&f.reason))
    }

    fn alert(kind: AlertKind, status: Vec<StatusChange>) -> Alert {
        Alert {
            kind,
            issuing_country: Some("RU".into()),
            status,
            ..Alert::default()
        }
    }

    /// The flags speak the user's language: labels, reasons, country and alert names.
    #[test]
    fn flags_are_put_into_the_languages_words() {
        let case = Case::default();
        let rn = alert(
            AlertKind::RedNotice,
            vec![
                change(
                    AlertStatus::Deleted,
                    Some("2024-03-01"),
                    Some(RemovedBy::Ccf),
                ),
                change(AlertStatus::Reissued, Some("2025-01-01"), None),
            ],
        );
        let reason = |language| {
            compute_in(&case, std::slice::from_ref(&rn), language)
                .into_iter()
                .find(|f| f.kind == FlagKind::ReissuedAfterDeletion)
                .map(|f| {
                    (
                        f.label,
                        crate::locale::catalogue::without_isolates(&f.reason),
                    )
                })
                .unwrap_or_default()
        };
        let (label, fr) = reason(Language::Fr);
        assert_eq!(label, "Alerte réémise après un effacement");
        assert!(
            fr.contains("Notice rouge")
                && fr.contains("Russie")
                && fr.contains("par la CCF le 2024-03-01"),
            "{fr}"
        );
        let (label, ru) = reason(Language::Ru);
        assert_eq!(label, "Уведомление выдано повторно после удаления");
        assert!(
            ru.contains("Красное уведомление") && ru.contains("Россия"),
            "{ru}"
        );
        let (_, ar) = reason(Language::Ar);
        assert!(ar.contains("نشرة حمراء") && ar.contains("روسيا"), "{ar}");
        let (label, en) = reason(Language::En);
        assert_eq!(
            label,
            label_in(FlagKind::ReissuedAfterDeletion, Language::En)
        );
        assert!(en.contains("The Red Notice from the Russian Federation was deleted by the CCF on 2024-03-01, then issued again on 2025-01-01."), "{en}");
    }

    /// Issue 15, 2.2: `None < Some(_)` made a re-issue with no deletion recorded count as one.
    #[test]
    fn a_reissue_without_a_recorded_deletion_is_not_a_reissue_after_deletion() {
        let case = Case::default();
        let only_reissued = alert(
            AlertKind::RedNotice,
            vec![change(AlertStatus::Reissued, Some("2025-01-01"), None)],
        );
        assert_eq!(
            raised(&case, &[only_reissued], FlagKind::ReissuedAfterDeletion),
            None
        );
        // Deleted after the re-issue is not "re-issued after deletion" either.
        let later = alert(
            AlertKind::RedNotice,
            vec![
                change(AlertStatus::Reissued, None, None),
                change(AlertStatus::Deleted, None, Some(RemovedBy::Ccf)),
            ],
        );
        assert_eq!(
            raised(&case, &[later], FlagKind::ReissuedAfterDeletion),
            None
        );
    }

    #[test]
    fn a_reissue_after_a_deletion_says_who_deleted() {
        let case = Case::default();
        let by = |who| {
            let a = alert(
                AlertKind::RedNotice,
                vec![
                    change(AlertStatus::Deleted, Some("2024-03-01"), who),
                    change(AlertStatus::Reissued, Some("2025-01-10"), None),
                ],
            );
            raised(&case, &[a], FlagKind::ReissuedAfterDeletion).unwrap_or_default()
        };
        assert!(by(Some(RemovedBy::Ccf)).contains("deleted by the CCF on 2024-03-01"));
        assert!(
            by(Some(RemovedBy::GeneralSecretariat)).contains("by INTERPOL's General Secretariat")
        );
        assert!(by(None).contains("not recorded"), "{}", by(None));
        // A deletion of another alert of the same country, before the dated re-issue.
        let deleted = alert(
            AlertKind::RedNotice,
            vec![change(
                AlertStatus::Deleted,
                Some("2024-03-01"),
                Some(RemovedBy::Ccf),
            )],
        );
        let new = alert(
            AlertKind::Diffusion,
            vec![change(AlertStatus::Reissued, Some("2024-06-01"), None)],
        );
        assert!(raised(
            &case,
            &[deleted.clone(), new],
            FlagKind::ReissuedAfterDeletion
        )
        .is_some());
        let before = alert(
            AlertKind::Diffusion,
            vec![change(AlertStatus::Reissued, Some("2024-01-01"), None)],
        );
        assert_eq!(
            raised(&case, &[deleted, before], FlagKind::ReissuedAfterDeletion),
            None
        );
    }

    fn diffusion(date: Option<&str>) -> Alert {
        Alert {
            date: date.map(|d| ApproxDate {
                date: day(d),
                precision: Precision::Day,
            }),
            ..alert(AlertKind::Diffusion, Vec::new())
        }
    }

    #[test]
    fn a_diffusion_counts_from_the_refusal_not_from_the_notice_s_issue() {
        let case = Case::default();
        let mut red = alert(
            AlertKind::RedNotice,
            vec![StatusChange {
                ground: Some(RemovalGround::Article3),
                ..change(
                    AlertStatus::Refused,
                    Some("2024-06-01"),
                    Some(RemovedBy::GeneralSecretariat),
                )
            }],
        );
        // Issued long before: the old rule compared with this date.
        red.date = Some(ApproxDate {
            date: day("2020-01-01"),
            precision: Precision::Day,
        });
        let flag = |alerts: &[Alert]| raised(&case, alerts, FlagKind::DiffusionAfterRedNotice);
        assert_eq!(flag(&[red.clone(), diffusion(Some("2024-01-15"))]), None);
        let after = flag(&[red.clone(), diffusion(Some("2024-07-02"))]).unwrap_or_default();
        assert!(
            after.contains("refused by INTERPOL's General Secretariat on 2024-06-01"),
            "{after}"
        );
        assert_eq!(
            flag(&[red.clone(), diffusion(None)]),
            None,
            "no diffusion date"
        );
        red.status[0].date = None;
        assert_eq!(
            flag(&[red, diffusion(Some("2024-07-02"))]),
            None,
            "no refusal date"
        );
    }

    #[test]
    fn refugee_flags_tell_convention_status_from_other_protection_and_a_pending_claim() {
        let with = |status, kind, naturalised| Case {
            person: Person {
                protection: Some(Protection {
                    status,
                    kind,
                    naturalised,
                    country: Some("DE".into()),
                    feared_state: Some("RU".into()),
                    ..Protection::default()
                }),
                ..Person::default()
            },
            ..Case::default()
        };
        let alerts = [alert(AlertKind::Diffusion, Vec::new())];
        let refugee = with(
            ProtectionStatus::Granted,
            ProtectionKind::ConventionRefugee,
            false,
        );
        let reason =
            raised(&refugee, &alerts, FlagKind::RefugeeFromIssuingState).unwrap_or_default();
        assert!(
            reason.contains("obtain that confirmation from Germany"),
            "{reason}"
        );
        for (case, what) in [
            (
                with(
                    ProtectionStatus::Pending,
                    ProtectionKind::ConventionRefugee,
                    false,
                ),
                "pending",
            ),
            (
                with(ProtectionStatus::Granted, ProtectionKind::Subsidiary, false),
                "Subsidiary",
            ),
            (
                with(
                    ProtectionStatus::Granted,
                    ProtectionKind::Humanitarian,
                    false,
                ),
                "Humanitarian",
            ),
            (
                with(
                    ProtectionStatus::Granted,
                    ProtectionKind::Unspecified,
                    false,
                ),
                "Record whether",
            ),
        ] {
            assert_eq!(
                raised(&case, &alerts, FlagKind::RefugeeFromIssuingState),
                None,
                "{what}"
            );
            let r = raised(&case, &alerts, FlagKind::Refugee).unwrap_or_default();
            assert!(r.contains(what), "{what}: {r}");
            assert!(!r.contains("Refugee status under"), "{r}");
        }
        let naturalised = with(
            ProtectionStatus::Granted,
            ProtectionKind::ConventionRefugee,
            true,
        );
        assert_eq!(raised(&naturalised, &alerts, FlagKind::Refugee), None);
        assert_eq!(
            raised(&naturalised, &alerts, FlagKind::RefugeeFromIssuingState),
            None
        );
    }
}
