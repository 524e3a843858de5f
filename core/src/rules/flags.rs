//! Risk flags: what makes this case urgent or strong, each with a one-line reason.
//!
//! A flag is derived from the data where it can be (the person's asylum status against the
//! issuing states, alert histories), and can be set or cleared by hand with a reason; the hand
//! setting wins and says so.

use serde::Serialize;

use crate::model::{
    country, Alert, AlertKind, AlertStatus, Case, FlagKind, Profile, ProtectionStatus,
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
        FlagKind::RefugeeFromIssuingState => "Protected against the issuing state",
        FlagKind::PoliticalProfile => "Political opponent, journalist or activist",
        FlagKind::PrivateDispute => "Commercial or private dispute",
        FlagKind::InAbsentia => "Tried in absentia",
        FlagKind::ReissuedAfterDeletion => "Alert re-issued after a CCF deletion",
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
        FlagKind::Refugee => {
            let pr = p.protection.as_ref()?;
            let wher = pr
                .country
                .as_deref()
                .map(|c| format!(" in {}", country::in_text(c)))
                .unwrap_or_default();
            match pr.status {
                ProtectionStatus::Granted => Some(format!("Refugee status or asylum granted{wher}.")),
                ProtectionStatus::Pending => Some(format!("Asylum claim pending{wher}.")),
                ProtectionStatus::Refused => None,
            }
        }
        FlagKind::RefugeeFromIssuingState => {
            let pr = p.protection.as_ref()?;
            if pr.status == ProtectionStatus::Refused {
                return None;
            }
            let feared = pr.feared_state.as_deref()?;
            issuers.contains(&feared).then(|| {
                format!(
                    "The fear of persecution is against {}, which issued an alert: INTERPOL's refugee policy \
                     (GA-2017-86-RES-09) calls for deleting its notices and diffusions once refugee status is confirmed.",
                    country::in_text(feared)
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
        FlagKind::ReissuedAfterDeletion => alerts
            .iter()
            .find(|a| {
                a.was(AlertStatus::Reissued)
                    && a.status.iter().position(|s| s.status == AlertStatus::Deleted)
                        < a.status.iter().rposition(|s| s.status == AlertStatus::Reissued)
            })
            .map(|_| "An alert was issued again after it had been deleted.".to_owned()),
        FlagKind::DiffusionAfterRedNotice => {
            let ended: Vec<&Alert> = alerts
                .iter()
                .filter(|a| {
                    a.kind == AlertKind::RedNotice
                        && (a.was(AlertStatus::Refused) || a.was(AlertStatus::Deleted))
                })
                .collect();
            alerts
                .iter()
                .filter(|d| d.kind == AlertKind::Diffusion)
                .find(|d| {
                    ended.iter().any(|rn| {
                        rn.issuing_country.is_some()
                            && rn.issuing_country == d.issuing_country
                            && match (rn.date, d.date) {
                                (Some(r), Some(dd)) => dd.date >= r.date,
                                _ => true,
                            }
                    })
                })
                .map(|d| {
                    format!(
                        "{} sent a Diffusion after its Red Notice was refused or deleted.",
                        d.issuing_country.as_deref().map_or("The same country", country::name)
                    )
                })
        }
        FlagKind::CountryMisuse => {
            let note = case.misuse_note.trim();
            (!note.is_empty()).then(|| note.lines().next().unwrap_or(note).to_owned())
        }
    }
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
