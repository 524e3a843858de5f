//! Risk flags: what makes this case urgent or strong, each with a one-line reason.
//!
//! A flag is derived from the data where it can be (the person's asylum status against the
//! issuing states, alert histories), and can be set or cleared by hand with a reason; the hand
//! setting wins and says so.

use serde::Serialize;

use crate::model::{
    country, Alert, AlertKind, AlertStatus, Case, FlagKind, Person, Profile, ProtectionKind,
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
    /// Its label.
    pub label: &'static str,
    /// Why it is raised, in one line.
    pub reason: String,
    /// Derived, or set by hand.
    pub source: FlagSource,
}

/// The label of a flag.
#[must_use]
pub fn label(kind: FlagKind) -> &'static str {
    match kind {
        FlagKind::Refugee => "Refugee or asylum seeker",
        FlagKind::RefugeeFromIssuingState => "Refugee status against the issuing state",
        FlagKind::PoliticalProfile => "Political opponent, journalist or activist",
        FlagKind::PrivateDispute => "Commercial or private dispute",
        FlagKind::InAbsentia => "Tried in absentia",
        FlagKind::ReissuedAfterDeletion => "Alert re-issued after a deletion",
        FlagKind::DiffusionAfterRedNotice => "Diffusion after a refused or deleted Red Notice",
        FlagKind::CountryMisuse => "Issuing country's record of misuse",
    }
}

fn derive(kind: FlagKind, case: &Case, alerts: &[Alert]) -> Option<String> {
    let p = &case.person;
    let issuers: Vec<&str> = alerts
        .iter()
        .filter_map(|a| a.issuing_country.as_deref())
        .collect();
    match kind {
        FlagKind::Refugee => refugee_reason(p),
        FlagKind::RefugeeFromIssuingState => {
            let (feared, granted_by) = refugee_status_against(p)?;
            issuers.contains(&feared).then(|| {
                let by = granted_by.map_or_else(|| "the state of refuge".to_owned(), country::in_text);
                format!(
                    "Refugee status under the 1951 Convention, granted by {}, rests on a fear of \
                     persecution by {}, which issued an alert: INTERPOL's refugee policy \
                     (GA-2017-86-RES-09) deletes that state's notices and diffusions once a member \
                     country confirms the status. Ask the CCF to obtain that confirmation from {}.",
                    by,
                    country::in_text(feared),
                    by,
                )
            })
        }
        FlagKind::PoliticalProfile => {
            let roles: Vec<&str> = p
                .profile
                .iter()
                .filter_map(|r| match r {
                    Profile::PoliticalOpponent => Some("political opponent"),
                    Profile::Journalist => Some("journalist"),
                    Profile::Activist => Some("activist"),
                    Profile::BusinessDispute => None,
                })
                .collect();
            (!roles.is_empty()).then(|| {
                format!(
                    "Recorded as {}: Art. 3 of INTERPOL's Constitution forbids political activity.",
                    roles.join(", ")
                )
            })
        }
        FlagKind::PrivateDispute => p.profile.contains(&Profile::BusinessDispute).then(|| {
            "Recorded as a business dispute: Red Notices may not rest on private disputes (RPD Art. 83, secondary)."
                .to_owned()
        }),
        FlagKind::InAbsentia => alerts.iter().any(|a| a.warrant.in_absentia).then(|| {
            "An alert rests on a conviction in absentia.".to_owned()
        }),
        FlagKind::ReissuedAfterDeletion => reissue(alerts).map(|r| {
            format!(
                "The {} {} was deleted{}{}, then issued again{}.",
                r.deleted_alert.kind.label(),
                from_country(r.deleted_alert),
                removed_by(r.deletion.by),
                on_date(r.deletion.date),
                on_date(r.reissue.date),
            )
        }),
        FlagKind::DiffusionAfterRedNotice => circumvention(alerts).map(|c| {
            format!(
                "{} sent a Diffusion{} after its Red Notice was {}{}{}.",
                c.diffusion
                    .issuing_country
                    .as_deref()
                    .map_or("The same country", country::name),
                c.diffusion
                    .date
                    .map(|d| format!(" dated {}", d.date.format("%Y-%m-%d")))
                    .unwrap_or_default(),
                if c.end.status == AlertStatus::Refused {
                    "refused"
                } else {
                    "deleted"
                },
                removed_by(c.end.by),
                on_date(c.end.date),
            )
        }),
        FlagKind::CountryMisuse => {
            let note = case.misuse_note.trim();
            (!note.is_empty()).then(|| note.lines().next().unwrap_or(note).to_owned())
        }
    }
}

/// Why the person counts as a refugee, an asylum seeker or a protected person, if they do.
/// Refugee status under the 1951 Convention, another protection and a pending claim are told
/// apart, because INTERPOL's refugee policy applies "once a member country has confirmed a
/// person's refugee status" (interpol.int, INTERPOL Refugee Resolution, verified).
fn refugee_reason(p: &Person) -> Option<String> {
    let pr = p.protection.as_ref()?;
    let wher = pr
        .country
        .as_deref()
        .map(|c| format!(" in {}", country::in_text(c)))
        .unwrap_or_default();
    if naturalised(p) {
        return None;
    }
    match (pr.status, pr.kind) {
        (ProtectionStatus::Refused, _) => None,
        (ProtectionStatus::Pending, ProtectionKind::Subsidiary | ProtectionKind::Humanitarian) => {
            Some(format!(
                "Claim for protection pending{wher}: not a confirmed refugee status."
            ))
        }
        (ProtectionStatus::Pending, _) => Some(format!(
            "Asylum claim pending{wher}: not yet a confirmed refugee status."
        )),
        (ProtectionStatus::Granted, ProtectionKind::ConventionRefugee) => Some(format!(
            "Refugee status under the 1951 Convention granted{wher}."
        )),
        (ProtectionStatus::Granted, ProtectionKind::Subsidiary) => Some(format!(
            "Subsidiary protection granted{wher}: not refugee status, so INTERPOL's refugee policy \
             does not apply as such."
        )),
        (ProtectionStatus::Granted, ProtectionKind::Humanitarian) => Some(format!(
            "Humanitarian protection granted{wher}: not refugee status, so INTERPOL's refugee \
             policy does not apply as such."
        )),
        (ProtectionStatus::Granted, ProtectionKind::Unspecified) => Some(format!(
            "Protection granted{wher}. Record whether it is refugee status under the 1951 \
             Convention: INTERPOL's refugee policy covers refugee status only."
        )),
    }
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

fn removed_by(by: Option<RemovedBy>) -> &'static str {
    match by {
        Some(RemovedBy::Ccf) => " by the CCF",
        Some(RemovedBy::GeneralSecretariat) => " by INTERPOL's General Secretariat",
        None => " (by the CCF or the General Secretariat: not recorded)",
    }
}

fn on_date(date: Option<chrono::NaiveDate>) -> String {
    date.map(|d| format!(" on {}", d.format("%Y-%m-%d")))
        .unwrap_or_default()
}

fn from_country(a: &Alert) -> String {
    a.issuing_country
        .as_deref()
        .map(|c| format!("from {}", country::in_text(c)))
        .unwrap_or_else(|| "(issuing country not recorded)".to_owned())
}

/// The raised flags of a case.
#[must_use]
pub fn compute(case: &Case, alerts: &[Alert]) -> Vec<Flag> {
    ALL.iter()
        .filter_map(|&kind| {
            if let Some(s) = case.flag_settings.iter().find(|s| s.flag == kind) {
                return s.on.then(|| Flag {
                    kind,
                    label: label(kind),
                    reason: if s.reason.trim().is_empty() {
                        "Set by hand.".to_owned()
                    } else {
                        s.reason.clone()
                    },
                    source: FlagSource::Hand,
                });
            }
            derive(kind, case, alerts).map(|reason| Flag {
                kind,
                label: label(kind),
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
            .map(|f| f.reason)
    }

    fn alert(kind: AlertKind, status: Vec<StatusChange>) -> Alert {
        Alert {
            kind,
            issuing_country: Some("RU".into()),
            status,
            ..Alert::default()
        }
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
