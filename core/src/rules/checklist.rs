//! The action checklist: the seven steps for a person targeted by an alert, and the prevention
//! steps. An item ticks itself when the case's data shows it done (a "CCF request filed" event
//! ticks the first), can be ticked or unticked by hand, and says why it matters for this case.

use serde::Serialize;

use crate::locale::{self, Language};
use crate::model::{Case, ChecklistItem, Event, EventKind, FlagKind};
use crate::rules::flags::Flag;

/// The caution every step or letter that involves border authorities carries (issue 15, 2.5):
/// coming forward can itself lead to an arrest on the alert, so a local lawyer decides first, and
/// the state that issued the alert, or its allies, are never approached.
pub const BORDER_CAUTION: &str = "Speak to a lawyer in that country first. Coming forward to \
border or police authorities can itself lead to an arrest on the alert. Never contact the \
authorities of the state that issued the alert, or of states that work closely with it.";

/// The caution on identity documents for a refugee or an asylum seeker (1951 Convention,
/// Art. 1C(1): a refugee who "has voluntarily re-availed himself of the protection of the country
/// of his nationality" loses refugee status; UNHCR's edition, read in a copy, verified).
pub const PASSPORT_CAUTION: &str = "Do not apply to the state you fear for a new passport: \
renewing it can count as re-availing yourself of its protection and end refugee status (1951 \
Convention, Art. 1C(1)). Ask the country of refuge for a refugee travel document instead.";

/// Every item, in order: the seven steps, then prevention.
pub const ALL: &[ChecklistItem] = &[
    ChecklistItem::CcfRequest,
    ChecklistItem::Counsel,
    ChecklistItem::Asylum,
    ChecklistItem::NotifyBorders,
    ChecklistItem::ChallengeExtradition,
    ChecklistItem::Monitor,
    ChecklistItem::Advocacy,
    ChecklistItem::PreventIssuingCountry,
    ChecklistItem::PreventMonitoring,
    ChecklistItem::PreventInformBorders,
];

/// How an item's state was reached.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum Basis {
    /// Not done.
    Open,
    /// Done, as the data shows.
    Data,
    /// Ticked or unticked by hand.
    Hand,
}

/// One checklist item, evaluated for a case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Item {
    /// Which item.
    pub item: ChecklistItem,
    /// Prevention step (rather than one of the seven).
    pub prevention: bool,
    /// What to do.
    pub title: String,
    /// How, in a sentence or two.
    pub detail: String,
    /// A caution, where the step can hurt.
    pub caution: Option<String>,
    /// Done?
    pub done: bool,
    /// Why it is (or is not) done: the data that ticked it, or "ticked by hand".
    pub basis: Basis,
    /// What in the data ticked it.
    pub evidence: Option<String>,
    /// Why it matters for this case's flags.
    pub why: Vec<String>,
    /// The user's note.
    pub note: String,
}

/// An item's messages in `rules.ftl`: its title, how to do it, its caution (where the step can
/// hurt), and whether it is a prevention step.
const fn text(item: ChecklistItem) -> (&'static str, &'static str, Option<&'static str>, bool) {
    match item {
        ChecklistItem::CcfRequest => (
            "checklist-ccf-request-title",
            "checklist-ccf-request-detail",
            None,
            false,
        ),
        ChecklistItem::Counsel => (
            "checklist-counsel-title",
            "checklist-counsel-detail",
            None,
            false,
        ),
        ChecklistItem::Asylum => (
            "checklist-asylum-title",
            "checklist-asylum-detail",
            Some("checklist-caution-passport"),
            false,
        ),
        ChecklistItem::NotifyBorders => (
            "checklist-notify-borders-title",
            "checklist-notify-borders-detail",
            Some("checklist-caution-border"),
            false,
        ),
        ChecklistItem::ChallengeExtradition => (
            "checklist-challenge-extradition-title",
            "checklist-challenge-extradition-detail",
            None,
            false,
        ),
        ChecklistItem::Monitor => (
            "checklist-monitor-title",
            "checklist-monitor-detail",
            None,
            false,
        ),
        ChecklistItem::Advocacy => (
            "checklist-advocacy-title",
            "checklist-advocacy-detail",
            Some("checklist-caution-advocacy"),
            false,
        ),
        ChecklistItem::PreventIssuingCountry => (
            "checklist-prevent-issuing-country-title",
            "checklist-prevent-issuing-country-detail",
            None,
            true,
        ),
        ChecklistItem::PreventMonitoring => (
            "checklist-prevent-monitoring-title",
            "checklist-prevent-monitoring-detail",
            None,
            true,
        ),
        ChecklistItem::PreventInformBorders => (
            "checklist-prevent-inform-borders-title",
            "checklist-prevent-inform-borders-detail",
            Some("checklist-caution-border"),
            true,
        ),
    }
}

fn done_by_data(item: ChecklistItem, case: &Case, events: &[Event]) -> Option<String> {
    let first = |kinds: &[EventKind]| {
        events
            .iter()
            .filter(|e| kinds.contains(&e.kind))
            .min_by_key(|e| e.date)
            .map(|e| {
                format!(
                    "{} on {}",
                    e.kind.label(),
                    e.date
                        .map_or_else(|| "an unknown date".to_owned(), |d| d.to_string())
                )
            })
    };
    match item {
        ChecklistItem::CcfRequest => first(&[EventKind::CcfRequestFiled]),
        ChecklistItem::Counsel => None,
        ChecklistItem::Asylum => first(&[
            EventKind::AsylumApplied,
            EventKind::AsylumGranted,
            EventKind::AsylumRefused,
        ])
        .or_else(|| {
            case.person
                .protection
                .as_ref()
                .map(|_| "Asylum status recorded for the person".to_owned())
        }),
        ChecklistItem::NotifyBorders | ChecklistItem::PreventInformBorders => {
            first(&[EventKind::BorderAuthoritiesNotified])
        }
        ChecklistItem::ChallengeExtradition => {
            first(&[EventKind::JudicialReviewFiled, EventKind::Hearing])
        }
        ChecklistItem::Monitor | ChecklistItem::PreventMonitoring => case
            .access_reminder_months
            .map(|m| format!("Access request reminder every {m} months")),
        ChecklistItem::Advocacy => first(&[EventKind::Advocacy]),
        ChecklistItem::PreventIssuingCountry => None,
    }
}

/// Why `item` matters for a case with `flags`, in `language`.
fn why_in(item: ChecklistItem, flags: &[Flag], language: Language) -> Vec<String> {
    let has = |k: FlagKind| flags.iter().any(|f| f.kind == k);
    let reasons: &[(bool, &str)] = match item {
        ChecklistItem::CcfRequest => &[
            (
                has(FlagKind::RefugeeFromIssuingState),
                "checklist-why-refugee-deletion",
            ),
            (
                has(FlagKind::PoliticalProfile),
                "checklist-why-political-neutrality",
            ),
            (
                has(FlagKind::PrivateDispute),
                "checklist-why-private-dispute",
            ),
            (
                has(FlagKind::DiffusionAfterRedNotice),
                "checklist-why-diffusion-after-red-notice",
            ),
        ],
        ChecklistItem::Asylum => &[
            (
                has(FlagKind::Refugee) && !has(FlagKind::RefugeeFromIssuingState),
                "checklist-why-record-refugee-status",
            ),
            (
                has(FlagKind::PoliticalProfile),
                "checklist-why-political-protection",
            ),
        ],
        ChecklistItem::NotifyBorders | ChecklistItem::PreventInformBorders => {
            &[(has(FlagKind::Refugee), "checklist-why-travel-document")]
        }
        ChecklistItem::ChallengeExtradition => &[
            (has(FlagKind::InAbsentia), "checklist-why-in-absentia"),
            (
                has(FlagKind::RefugeeFromIssuingState),
                "checklist-why-non-refoulement",
            ),
        ],
        ChecklistItem::Monitor | ChecklistItem::PreventMonitoring => &[
            (
                has(FlagKind::ReissuedAfterDeletion),
                "checklist-why-reissued",
            ),
            (has(FlagKind::CountryMisuse), "checklist-why-country-misuse"),
        ],
        ChecklistItem::Advocacy => {
            &[(has(FlagKind::PoliticalProfile), "checklist-why-ngo-support")]
        }
        ChecklistItem::Counsel | ChecklistItem::PreventIssuingCountry => &[],
    };
    reasons
        .iter()
        .filter(|(applies, _)| *applies)
        .map(|(_, id)| locale::text(language, id))
        .collect()
}

/// The checklist of a case, in English.
#[must_use]
pub fn compute(case: &Case, events: &[Event], flags: &[Flag]) -> Vec<Item> {
    compute_in(case, events, flags, Language::En)
}

/// [`compute`] in `language` (the vault's, or the CLI's `--lang`): titles, details, cautions
/// and reasons from `locales/<lang>/rules.ftl`. What ticked an item stays as the data say it.
#[must_use]
pub fn compute_in(case: &Case, events: &[Event], flags: &[Flag], language: Language) -> Vec<Item> {
    ALL.iter()
        .map(|&item| {
            let (title, detail, caution, prevention) = text(item);
            let mark = case.checklist.iter().find(|m| m.item == item);
            let evidence = done_by_data(item, case, events);
            let (done, basis) = match mark.and_then(|m| m.done) {
                Some(d) => (d, Basis::Hand),
                None if evidence.is_some() => (true, Basis::Data),
                None => (false, Basis::Open),
            };
            Item {
                item,
                prevention,
                title: locale::text(language, title),
                detail: locale::text(language, detail),
                caution: caution.map(|id| locale::text(language, id)),
                done,
                basis,
                evidence,
                why: why_in(item, flags, language),
                note: mark.map(|m| m.note.clone()).unwrap_or_default(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: ChecklistItem) -> Item {
        compute(&Case::default(), &[], &[])
            .into_iter()
            .find(|i| i.item == id)
            .expect("every item is computed")
    }

    /// Issue 15, 2.5: every step that involves border authorities carries the caution.
    #[test]
    fn steps_that_involve_border_authorities_carry_the_caution() {
        for id in [
            ChecklistItem::NotifyBorders,
            ChecklistItem::PreventInformBorders,
        ] {
            assert_eq!(item(id).caution.as_deref(), Some(BORDER_CAUTION), "{id:?}");
        }
        assert!(BORDER_CAUTION.contains("arrest") && BORDER_CAUTION.contains("issued the alert"));
    }

    /// The letters quote the constants; the checklist reads the catalogue: the same words.
    #[test]
    fn the_english_cautions_are_the_constants_the_letters_quote() {
        assert_eq!(
            locale::text(Language::En, "checklist-caution-border"),
            BORDER_CAUTION
        );
        assert_eq!(
            locale::text(Language::En, "checklist-caution-passport"),
            PASSPORT_CAUTION
        );
    }

    /// In French, Arabic and Russian every title, detail and caution is the catalogue's, and
    /// the legal references and confidence words survive the translation.
    #[test]
    fn the_checklist_is_in_the_users_language() {
        let english = compute(&Case::default(), &[], &[]);
        for (language, secondary, art35) in [
            (Language::Fr, "source secondaire", "art. 35"),
            (Language::Ar, "مصدر ثانوي", "المادة 35"),
            (Language::Ru, "вторичный источник", "ст. 35"),
        ] {
            let items = compute_in(&Case::default(), &[], &[], language);
            assert_eq!(items.len(), english.len());
            for (item, en) in items.iter().zip(&english) {
                assert_eq!(item.item, en.item);
                assert_ne!(item.title, en.title, "{language:?} {:?}", item.item);
                assert_ne!(item.detail, en.detail, "{language:?} {:?}", item.item);
                assert_eq!(item.caution.is_some(), en.caution.is_some());
                if en.caution.is_some() {
                    assert_ne!(item.caution, en.caution, "{language:?} {:?}", item.item);
                }
            }
            let ccf = &items[0];
            assert!(
                ccf.detail.contains(secondary),
                "{language:?}: {}",
                ccf.detail
            );
            assert!(ccf.detail.contains(art35), "{language:?}: {}", ccf.detail);
            assert!(ccf.detail.contains("2026"), "{language:?}: {}", ccf.detail);
            let asylum = items
                .iter()
                .find(|i| i.item == ChecklistItem::Asylum)
                .expect("asylum");
            let caution = asylum.caution.as_deref().unwrap_or_default();
            assert!(caution.contains("1951"), "{language:?}: {caution}");
            assert!(asylum.detail.contains("GA-2017-86-RES-09"), "{language:?}");
            // Why a step matters, from the case's flags, in the same language.
            let political = [Flag {
                kind: FlagKind::PoliticalProfile,
                label: "",
                reason: String::new(),
                source: crate::rules::flags::FlagSource::Data,
            }];
            let why = &compute_in(&Case::default(), &[], &political, language)[0].why;
            assert_eq!(why.len(), 1, "{language:?}: {why:?}");
            assert_eq!(
                why[0],
                locale::text(language, "checklist-why-political-neutrality")
            );
            assert!(why[0].contains('3'), "{language:?}: {why:?}");
        }
    }

    /// Issue 15, 2.4: access answers may be limited by the source (Statute Art. 35), and access
    /// and deletion can be asked together; a refugee is never told to renew a passport.
    #[test]
    fn the_ccf_step_does_not_promise_what_an_access_answer_shows() {
        let ccf = item(ChecklistItem::CcfRequest);
        assert!(ccf.detail.contains("Art. 35"), "{}", ccf.detail);
        assert!(ccf.detail.contains("at the same time"), "{}", ccf.detail);
        assert!(
            !ccf.detail.contains("Access first tells you"),
            "{}",
            ccf.detail
        );
        let asylum = item(ChecklistItem::Asylum);
        assert_eq!(asylum.caution.as_deref(), Some(PASSPORT_CAUTION));
        assert!(PASSPORT_CAUTION.contains("Art. 1C(1)"));
        let watch = item(ChecklistItem::PreventMonitoring);
        assert!(!watch.detail.contains("pre-emptive"), "{}", watch.detail);
    }
}
