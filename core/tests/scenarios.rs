//! The legal scenario suite: every `tests/scenarios/NN-name.json` of the repository, run
//! against the rules as the app and the CLI run them (tests/scenarios/README.md has the format).
//!
//! Each scenario's case document is imported into a real vault (a temporary folder, the cheap
//! test work factor) through the same core function as `habeas case import`
//! ([`case_document::import`]); then the case view ([`view::case`]) as of the scenario's
//! `today`, the arguments suggested for it ([`arguments::suggest`]) and, when the scenario has a
//! filing, the admissibility findings ([`admissibility::check`]) are matched against the
//! scenario's expectations. Every mismatch is reported with the scenario's name.
//!
//! A scenario marked `pending` states what the sources require where the code is known to be
//! wrong (issue 15): it runs and is reported, its mismatches do not fail the suite, and it fails
//! the suite when it passes, so that the mark is removed as the fix lands.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::panic,
    clippy::print_stderr,
    reason = "a test reports failure by panicking, and the runner reports each scenario on stderr"
)]

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use age::secrecy::SecretString;
use chrono::NaiveDate;
use habeas_core::audit;
use habeas_core::model::evidence::Evidence;
use habeas_core::model::filing::Filing;
use habeas_core::rules::{admissibility, arguments};
use habeas_core::store::case_document::{self, CaseDocument};
use habeas_core::store::Store;
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};
use habeas_core::view;
use serde::Deserialize;
use serde_json::{Map, Value};

/// The suite must cover the regimes, flags and rules of issue 15 §4.2: at least this many.
const MIN_SCENARIOS: usize = 25;

/// One scenario file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Scenario {
    /// What it is about, in one line.
    title: String,
    /// The story, for a reader.
    #[serde(default)]
    story: String,
    /// The day the rules are run on.
    today: NaiveDate,
    /// `issue 15 §x.y: what is wrong today`, while the code is known to get it wrong.
    #[serde(default)]
    pending: Option<String>,
    /// The case document, as `habeas case import` reads it.
    document: Value,
    /// A filing to check for admissibility, with the evidence it annexes.
    #[serde(default)]
    filing: Option<FilingInput>,
    /// What the rules must and must not produce.
    expect: Expect,
    /// Where each expectation comes from.
    sources: Vec<Source>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FilingInput {
    /// The filing (the shape `habeas filing show --json` prints); its `alerts` name the
    /// document's alert ids.
    filing: Value,
    /// Evidence records (metadata only) the annexes refer to.
    #[serde(default)]
    evidence: Vec<Value>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Source {
    id: String,
    cites: String,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
struct Expect {
    deadlines: Vec<Value>,
    no_deadlines: Vec<Value>,
    flags: Vec<Value>,
    no_flags: Vec<Value>,
    arguments: Vec<Value>,
    no_arguments: Vec<Value>,
    findings: Vec<Value>,
    no_findings: Vec<Value>,
    view: Vec<Value>,
    no_view: Vec<Value>,
}

fn scenario_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/scenarios");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    files
}

fn vault(dir: &Path) -> Vault {
    Vault::create(
        dir,
        &SecretString::from("scenario suite passphrase".to_owned()),
        CreateOptions {
            work_factor: WorkFactor::insecure_for_tests(4),
        },
    )
    .unwrap()
    .vault
}

/// The ids the import gave, and the document's own name for each: the id it had, or
/// `alerts[i]` / `events[i]` where it had none. Results are read with the document's names, so
/// a scenario writes `"start_event": "arrest"`, `"key": "european_convention:arrest"`.
fn names(document: &Value, saved: &CaseDocument) -> Vec<(String, String)> {
    let mut out = vec![(saved.case.id.clone(), "case".to_owned())];
    for (part, ids) in [
        (
            "alerts",
            saved.alerts.iter().map(|a| &a.id).collect::<Vec<_>>(),
        ),
        (
            "events",
            saved.events.iter().map(|e| &e.id).collect::<Vec<_>>(),
        ),
    ] {
        for (i, id) in ids.into_iter().enumerate() {
            let given = document[part][i]["id"]
                .as_str()
                .filter(|s| !s.trim().is_empty())
                .map_or_else(|| format!("{part}[{i}]"), str::to_owned);
            out.push((id.clone(), given));
        }
    }
    out
}

/// `value` with every vault id replaced by the document's name for it (as a whole string, or
/// as the end of a deadline key `rule:id`). Vault ids are random: nothing else matches them.
fn with_document_names(value: &Value, names: &[(String, String)]) -> Value {
    let mut text = value.to_string();
    for (vault_id, doc_id) in names {
        text = text.replace(&format!("\"{vault_id}\""), &format!("\"{doc_id}\""));
        text = text.replace(&format!(":{vault_id}\""), &format!(":{doc_id}\""));
    }
    serde_json::from_str(&text).unwrap()
}

/// A filing's `alerts`, named as in the document, given their vault ids.
fn with_vault_alert_ids(filing: &Value, names: &[(String, String)]) -> Value {
    let mut filing = filing.clone();
    if let Some(list) = filing.get_mut("alerts").and_then(Value::as_array_mut) {
        for id in list {
            if let Some((vault_id, _)) = names
                .iter()
                .find(|(_, doc)| Some(doc.as_str()) == id.as_str())
            {
                *id = Value::String(vault_id.clone());
            }
        }
    }
    filing
}

/// Where `pattern` and `actual` differ: every key of the pattern must match (recursively);
/// `{"$contains": "text"}` matches a string containing it (read without the invisible marks
/// that isolate the words put into a message, U+2068 and U+2069); `{"$exists": false}` matches a
/// missing or null field, `true` a present one; arrays match element by element.
fn differences(pattern: &Value, actual: Option<&Value>, path: &str, out: &mut Vec<String>) {
    let shown = |v: Option<&Value>| v.map_or_else(|| "nothing".to_owned(), Value::to_string);
    if let Value::Object(p) = pattern {
        if let Some(needle) = p.get("$contains").and_then(Value::as_str) {
            if !actual
                .and_then(Value::as_str)
                .is_some_and(|s| s.replace(['\u{2068}', '\u{2069}'], "").contains(needle))
            {
                out.push(format!(
                    "{path} does not contain {needle:?}: {}",
                    shown(actual)
                ));
            }
            return;
        }
        if let Some(wanted) = p.get("$exists").and_then(Value::as_bool) {
            let there = actual.is_some_and(|v| !v.is_null());
            if there != wanted {
                out.push(format!(
                    "{path} {} ({})",
                    if wanted {
                        "is missing"
                    } else {
                        "should be absent"
                    },
                    shown(actual)
                ));
            }
            return;
        }
        let Some(Value::Object(a)) = actual else {
            out.push(format!(
                "{path}: expected an object, found {}",
                shown(actual)
            ));
            return;
        };
        for (k, v) in p {
            differences(v, a.get(k), &format!("{path}.{k}"), out);
        }
        return;
    }
    if let Value::Array(p) = pattern {
        match actual {
            Some(Value::Array(a)) if a.len() == p.len() => {
                for (i, (pv, av)) in p.iter().zip(a).enumerate() {
                    differences(pv, Some(av), &format!("{path}[{i}]"), out);
                }
            }
            _ => out.push(format!(
                "{path}: expected {pattern}, found {}",
                shown(actual)
            )),
        }
        return;
    }
    if actual != Some(pattern) {
        out.push(format!(
            "{path}: expected {pattern}, found {}",
            shown(actual)
        ));
    }
}

/// What checking a scenario found: the sources its expectations cited, where the rules differ
/// from them, and where the scenario file itself is wrong.
#[derive(Default)]
struct Tally {
    used: Vec<String>,
    mismatches: Vec<String>,
    format_errors: Vec<String>,
}

/// Checks one expectation list against the results `actual` (an array) of `what`.
fn check_list(
    what: &str,
    expected: &[Value],
    present: bool,
    actual: &Value,
    sources: &[Source],
    tally: &mut Tally,
) {
    let Tally {
        used,
        mismatches,
        format_errors,
    } = tally;
    let empty = Vec::new();
    let items = actual.as_array().unwrap_or(&empty);
    for e in expected {
        let Some(obj) = e.as_object() else {
            format_errors.push(format!("{what}: {e} is not an object"));
            continue;
        };
        let mut pattern: Map<String, Value> = obj.clone();
        match pattern.remove("cites").as_ref().and_then(Value::as_str) {
            Some(id) if sources.iter().any(|s| s.id == id) => used.push(id.to_owned()),
            Some(id) => format_errors.push(format!("{what}: {e} cites {id:?}, not in sources")),
            None => format_errors.push(format!("{what}: {e} names no source (\"cites\")")),
        }
        if pattern.is_empty() {
            format_errors.push(format!("{what}: {e} expects nothing"));
            continue;
        }
        let pattern = Value::Object(pattern);
        let diffs: Vec<Vec<String>> = items
            .iter()
            .map(|item| {
                let mut d = Vec::new();
                differences(&pattern, Some(item), what, &mut d);
                d
            })
            .collect();
        let matched = diffs.iter().position(Vec::is_empty);
        match (present, matched) {
            (true, None) => {
                // The closest result says what differs.
                let closest = diffs.iter().min_by_key(|d| d.len());
                mismatches.push(match closest {
                    Some(d) => format!(
                        "expected in {what}: {pattern}\n      closest: {}",
                        d.join("; ")
                    ),
                    None => format!("expected in {what}: {pattern}\n      but {what} is empty"),
                });
            }
            (false, Some(i)) => {
                mismatches.push(format!(
                    "not expected in {what}: {pattern}\n      found: {}",
                    items[i]
                ));
            }
            _ => {}
        }
    }
}

/// The outcome of one scenario.
struct Outcome {
    name: String,
    pending: Option<String>,
    tally: Tally,
}

fn run(store: &mut Store, path: &Path) -> Outcome {
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let mut outcome = Outcome {
        name: name.clone(),
        pending: None,
        tally: Tally::default(),
    };
    let valid_name = name.len() > 8
        && name.as_bytes()[..2].iter().all(u8::is_ascii_digit)
        && name.as_bytes()[2] == b'-';
    if !valid_name {
        outcome
            .tally
            .format_errors
            .push("the file name is not NN-name.json".to_owned());
    }
    let scenario: Scenario = match serde_json::from_str(&fs::read_to_string(path).unwrap()) {
        Ok(s) => s,
        Err(e) => {
            outcome
                .tally
                .format_errors
                .push(format!("not a scenario: {e}"));
            return outcome;
        }
    };
    outcome.pending.clone_from(&scenario.pending);
    if scenario.title.trim().is_empty() || scenario.story.trim().is_empty() {
        outcome
            .tally
            .format_errors
            .push("give the scenario a title and a story".to_owned());
    }
    if scenario
        .pending
        .as_deref()
        .is_some_and(|p| !p.starts_with("issue 15 §") || !p.contains(": "))
    {
        outcome
            .tally
            .format_errors
            .push("pending must read \"issue 15 §x.y: what is wrong today\"".to_owned());
    }
    for s in &scenario.sources {
        if s.cites.trim().len() < 10 {
            outcome
                .tally
                .format_errors
                .push(format!("source {:?} cites nothing", s.id));
        }
    }

    // The document, imported as `habeas case import` does.
    let saved = match case_document::import(store, &scenario.document.to_string()) {
        Ok(saved) => saved,
        Err(e) => {
            outcome.tally.mismatches.push(format!(
                "the document does not import: {}",
                e.user_message()
            ));
            return outcome;
        }
    };
    let names = names(&scenario.document, &saved);
    let view = view::case(store, &saved.case.id, scenario.today).unwrap();
    let suggested = arguments::suggest(&view.case, &view.flags, &view.alerts);
    // A scenario's filing, and the annexes its paragraphs name (the refugee decision's label).
    let mut annexed = arguments::Annexed::default();
    let findings = scenario.filing.as_ref().map(|input| {
        let mut filing: Filing =
            serde_json::from_value(with_vault_alert_ids(&input.filing, &names)).unwrap_or_else(
                |e| {
                    panic!("{name}: the filing does not read: {e}");
                },
            );
        filing.case_id.clone_from(&saved.case.id);
        let evidence: Vec<Evidence> = input
            .evidence
            .iter()
            .map(|e| {
                serde_json::from_value(e.clone())
                    .unwrap_or_else(|err| panic!("{name}: evidence does not read: {err}"))
            })
            .collect();
        annexed = habeas_core::filing::annexed(&filing, &evidence);
        admissibility::check(&filing, &view.case, &view.alerts, &evidence, scenario.today)
    });
    // Each suggestion with its paragraph filled from the case (and the filing's annexes), so a
    // scenario can say what the case fills in (issue 21.8).
    let suggested_json: Vec<Value> = suggested
        .iter()
        .map(|s| {
            let mut v = serde_json::to_value(s).unwrap();
            let text = arguments::by_id(s.id).map_or(String::new(), |a| {
                arguments::fill_for(&a.text(), &view.case, &view.alerts, &annexed)
            });
            v["text"] = Value::String(text);
            v
        })
        .collect();
    if findings.is_none()
        && !(scenario.expect.findings.is_empty() && scenario.expect.no_findings.is_empty())
    {
        outcome
            .tally
            .format_errors
            .push("findings are expected, but the scenario has no filing".to_owned());
    }

    let view_json = with_document_names(&serde_json::to_value(&view).unwrap(), &names);
    let results = [
        ("deadlines", view_json["deadlines"].clone()),
        ("flags", view_json["flags"].clone()),
        (
            "arguments",
            with_document_names(&Value::Array(suggested_json), &names),
        ),
        (
            "findings",
            findings.map_or(Value::Array(Vec::new()), |f| {
                with_document_names(&serde_json::to_value(f).unwrap(), &names)
            }),
        ),
    ];
    let e = &scenario.expect;
    for ((what, actual), (present, absent)) in results.iter().zip([
        (&e.deadlines, &e.no_deadlines),
        (&e.flags, &e.no_flags),
        (&e.arguments, &e.no_arguments),
        (&e.findings, &e.no_findings),
    ]) {
        for (list, is_present) in [(present, true), (absent, false)] {
            check_list(
                what,
                list,
                is_present,
                actual,
                &scenario.sources,
                &mut outcome.tally,
            );
        }
    }
    // Anything else in the case view: `{"in": "checklist", …}`.
    for (list, is_present) in [(&e.view, true), (&e.no_view, false)] {
        for item in list.iter() {
            let Some(part) = item.get("in").and_then(Value::as_str) else {
                outcome
                    .tally
                    .format_errors
                    .push(format!("view: {item} says not which part (\"in\")"));
                continue;
            };
            let mut pattern = item.clone();
            pattern.as_object_mut().unwrap().remove("in");
            // A part that is one object (`situation`) is matched as a list of one.
            let actual = match view_json.get(part).cloned().unwrap_or(Value::Null) {
                Value::Object(one) => Value::Array(vec![Value::Object(one)]),
                other => other,
            };
            check_list(
                part,
                std::slice::from_ref(&pattern),
                is_present,
                &actual,
                &scenario.sources,
                &mut outcome.tally,
            );
        }
    }
    let expectations = [
        &e.deadlines,
        &e.no_deadlines,
        &e.flags,
        &e.no_flags,
        &e.arguments,
        &e.no_arguments,
        &e.findings,
        &e.no_findings,
        &e.view,
        &e.no_view,
    ]
    .iter()
    .map(|l| l.len())
    .sum::<usize>();
    if expectations == 0 {
        outcome
            .tally
            .format_errors
            .push("it expects nothing".to_owned());
    }
    for s in &scenario.sources {
        if !outcome.tally.used.contains(&s.id) {
            outcome
                .tally
                .format_errors
                .push(format!("source {:?} is cited by no expectation", s.id));
        }
    }
    outcome
}

#[test]
fn every_scenario_holds() {
    let tmp = tempfile::tempdir().unwrap();
    let mut vault = vault(&tmp.path().join("vault"));
    let files = scenario_files();
    let outcomes: Vec<Outcome> = files.iter().map(|f| run(vault.store(), f)).collect();

    let mut report = String::new();
    let mut failures = Vec::new();
    let mut pending = 0;
    for o in &outcomes {
        let details = o
            .tally
            .format_errors
            .iter()
            .map(|m| format!("    format: {m}\n"))
            .chain(o.tally.mismatches.iter().map(|m| format!("    {m}\n")))
            .collect::<String>();
        let status = match (&o.pending, o.tally.mismatches.is_empty()) {
            _ if !o.tally.format_errors.is_empty() => "FAIL",
            (None, true) => "ok",
            (None, false) => "FAIL",
            (Some(_), false) => "pending",
            (Some(_), true) => "FAIL (pending, but passes now: remove its pending mark)",
        };
        writeln!(report, "{status:8} {}", o.name).unwrap();
        if let Some(p) = &o.pending {
            pending += 1;
            writeln!(report, "    pending: {p}").unwrap();
        }
        if status != "ok" {
            report.push_str(&details);
        }
        if status.starts_with("FAIL") {
            failures.push(o.name.clone());
        }
    }
    writeln!(
        report,
        "{} scenarios, {} pending, {} failing",
        outcomes.len(),
        pending,
        failures.len()
    )
    .unwrap();
    eprintln!("{report}");
    assert!(
        files.len() >= MIN_SCENARIOS,
        "tests/scenarios has {} scenarios; the suite needs at least {MIN_SCENARIOS}",
        files.len()
    );
    assert!(
        failures.is_empty(),
        "failing scenarios (the report above says why): {failures:?}"
    );
}

/// The runner's matching can fail: a wrong date, a missing flag, a wrong source reference.
#[test]
fn the_matcher_reports_what_differs() {
    let mut d = Vec::new();
    let actual =
        serde_json::json!({"rule": "minsk1993", "due": "2026-03-22", "basis": "Art. 62(1)"});
    differences(
        &serde_json::json!({"rule": "minsk1993", "due": "2026-03-23", "basis": {"$contains": "62(1)"},
                            "soft": {"$exists": false}}),
        Some(&actual),
        "deadlines",
        &mut d,
    );
    assert_eq!(
        d,
        ["deadlines.due: expected \"2026-03-23\", found \"2026-03-22\""]
    );
    let mut d = Vec::new();
    differences(
        &serde_json::json!({"basis": {"$contains": "Art. 16"}, "rule": {"$exists": false}}),
        Some(&actual),
        "deadlines",
        &mut d,
    );
    assert_eq!(d.len(), 2, "{d:?}");

    let sources = [Source {
        id: "minsk".into(),
        cites: "domain.md §4, Minsk Art. 62(1)".into(),
    }];
    let mut tally = Tally::default();
    check_list(
        "deadlines",
        &[
            serde_json::json!({"rule": "minsk1993", "cites": "minsk"}),
            serde_json::json!({"rule": "riyadh1983", "cites": "minsk"}),
            serde_json::json!({"rule": "minsk1993", "cites": "nowhere"}),
        ],
        true,
        &Value::Array(vec![actual.clone()]),
        &sources,
        &mut tally,
    );
    assert_eq!(tally.mismatches.len(), 1, "{:?}", tally.mismatches);
    assert!(
        tally.mismatches[0].contains("riyadh1983"),
        "{:?}",
        tally.mismatches
    );
    assert_eq!(tally.format_errors.len(), 1, "{:?}", tally.format_errors);
    let mut tally = Tally::default();
    check_list(
        "deadlines",
        &[serde_json::json!({"rule": "minsk1993", "cites": "minsk"})],
        false,
        &Value::Array(vec![actual]),
        &sources,
        &mut tally,
    );
    assert_eq!(tally.mismatches.len(), 1, "{:?}", tally.mismatches);
}

/// The import behind every scenario is one save, audited record by record, and refuses a
/// document in full: nothing of it is saved.
#[test]
fn an_import_is_one_audited_save_or_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let mut vault = vault(&tmp.path().join("vault"));
    let store = vault.store();
    let document = serde_json::json!({
        "case": {"person": {"name_latin": "Amina Haddad"}},
        "alerts": [{"id": "a", "kind": "diffusion", "issuing_country": "TR"}],
        "events": [{"kind": "provisional_arrest", "date": "2026-03-02", "alert_ids": ["a"]},
                   {"kind": "release", "date": "2026-03-05"}]
    });
    let before = store.journal_len();
    let saved = case_document::import(store, &document.to_string()).unwrap();
    assert_eq!(store.journal_len(), before + 1, "one save");
    let entries = audit::for_case(store, &saved.case.id).unwrap();
    let created: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| (e.entity.as_str(), e.action.as_str()))
        .collect();
    assert_eq!(
        created,
        [
            ("case", "create"),
            ("alert", "create"),
            ("event", "create"),
            ("event", "create")
        ]
    );
    assert!(entries.iter().all(|e| e.at == entries[0].at));
    assert_eq!(saved.events[0].alert_ids, [saved.alerts[0].id.clone()]);
    assert_eq!(
        case_document::export(store, &saved.case.id).unwrap(),
        saved,
        "export reads back what import saved"
    );

    let mut bad = document.clone();
    bad["events"][1]["date"] = Value::Null;
    let err = case_document::import(store, &bad.to_string()).unwrap_err();
    assert!(
        err.user_message().contains("events[1]"),
        "{}",
        err.user_message()
    );
    assert_eq!(store.journal_len(), before + 1, "nothing saved");
    assert_eq!(
        habeas_core::store::cases::list_cases(store).unwrap().len(),
        1
    );
}
