//! The core's message catalogues (`locales/<lang>/core.ftl`, issue 17): every message in every
//! language, none unused, the same arguments everywhere, and no user text written as a literal
//! in the code that was moved to them.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use habeas_core::locale::{catalogue, Language};

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// Each message of `language`'s catalogue, with the variables it uses and the keys of its
/// variants (a selector's values, such as "missing", are code, not text).
fn messages(language: Language) -> BTreeMap<String, BTreeSet<String>> {
    let mut out = BTreeMap::new();
    for (file, _) in catalogue::FILES.iter().enumerate() {
        for (id, vars) in file_messages(language, file) {
            assert!(
                out.insert(id.clone(), vars).is_none(),
                "{language}: {id} in two files"
            );
        }
    }
    out
}

/// The messages of one catalogue file (index into `catalogue::FILES`) of `language`.
fn file_messages(language: Language, file: usize) -> BTreeMap<String, BTreeSet<String>> {
    let source = catalogue::sources(language)[file];
    let name = catalogue::FILES[file];
    let resource = fluent_syntax::parser::parse(source)
        .unwrap_or_else(|(_, errors)| panic!("{language}/{name}: syntax errors {errors:?}"));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(m) => {
                let mut vars = BTreeSet::new();
                if let Some(p) = &m.value {
                    variables(p, &mut vars);
                }
                let id = m.id.name.to_owned();
                assert!(
                    out.insert(id.clone(), vars).is_none(),
                    "{language}: {id} twice"
                );
            }
            Entry::Junk { content } => panic!("{language}: junk {content}"),
            _ => {}
        }
    }
    out
}

fn variables(p: &Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let PatternElement::Placeable { expression } = el {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(e: &Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for v in variants {
                if let fluent_syntax::ast::VariantKey::Identifier { name } = v.key {
                    out.insert(format!("[{name}]"));
                }
                variables(&v.value, out);
            }
        }
        Expression::Inline(i) => inline_variables(i, out),
    }
}

fn inline_variables(i: &InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_owned());
        }
        InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_language_has_every_message_with_the_same_arguments() {
    assert!(messages(Language::En).len() > 50);
    for (file, name) in catalogue::FILES.iter().enumerate() {
        let english = file_messages(Language::En, file);
        for language in Language::ALL {
            if !catalogue::written_in(name, language) {
                let other = file_messages(language, file);
                assert!(
                    other.is_empty(),
                    "{language}/{name}.ftl must hold no message"
                );
                continue;
            }
            same_messages(language, name, &english, &file_messages(language, file));
        }
    }
}

fn same_messages(
    language: Language,
    name: &str,
    english: &BTreeMap<String, BTreeSet<String>>,
    other: &BTreeMap<String, BTreeSet<String>>,
) {
    {
        let missing: Vec<&String> = english.keys().filter(|k| !other.contains_key(*k)).collect();
        let extra: Vec<&String> = other.keys().filter(|k| !english.contains_key(*k)).collect();
        assert!(
            missing.is_empty(),
            "{language}/{name}.ftl lacks {missing:?}"
        );
        assert!(
            extra.is_empty(),
            "{language}/{name}.ftl has messages English lacks: {extra:?}"
        );
        let arguments = |vars: &BTreeSet<String>| -> BTreeSet<String> {
            vars.iter()
                .filter(|v| !v.starts_with('['))
                .cloned()
                .collect()
        };
        for (id, vars) in english {
            assert_eq!(
                arguments(&other[id]),
                arguments(vars),
                "{language}: {id} uses other arguments than English"
            );
        }
    }
}

fn rust_sources() -> String {
    let mut text = String::new();
    for dir in ["core/src", "cli/src"] {
        let mut stack = vec![repo().join(dir)];
        while let Some(d) = stack.pop() {
            for entry in fs::read_dir(&d).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs") {
                    text.push_str(&fs::read_to_string(&path).unwrap());
                }
            }
        }
    }
    text
}

/// A message is used when its id is written as a string literal in the core or the CLI, or when
/// the code builds it from a literal prefix (`format!("date-month-{}", …)`).
#[test]
fn no_message_is_unused_and_every_id_the_code_names_exists() {
    let sources = rust_sources();
    let english = messages(Language::En);
    let unused: Vec<&String> = english
        .keys()
        .filter(|id| {
            let literal = sources.contains(&format!("\"{id}\""));
            let prefix = id
                .rmatch_indices('-')
                .any(|(i, _)| sources.contains(&format!("\"{}-{{", &id[..i])));
            !literal && !prefix
        })
        .collect();
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");

    // Every literal that looks like one of our ids names a message.
    let families: BTreeSet<&str> = english
        .keys()
        .filter_map(|id| id.split('-').next())
        .collect();
    let mut unknown = Vec::new();
    for literal in sources.split('"').skip(1).step_by(2) {
        let family = literal.split('-').next().unwrap_or_default();
        let looks_like_id = literal.contains('-')
            && families.contains(family)
            && literal
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if looks_like_id && !english.contains_key(literal) {
            unknown.push(literal.to_owned());
        }
    }
    assert!(unknown.is_empty(), "ids with no message: {unknown:?}");
}

/// The code moved to the catalogues, by file and function: a new user-visible literal there
/// fails this test (put it in `locales/*/core.ftl` instead).
const MOVED: &[(&str, &str)] = &[
    ("core/src/error.rs", "pub fn user_message_in("),
    ("core/src/clock.rs", "pub fn written_in("),
    ("core/src/rules/deadlines.rs", "pub fn describe_in("),
    ("core/src/rules/deadlines.rs", "impl Counting"),
    ("core/src/rules/deadlines.rs", "impl Confidence"),
    ("core/src/rules/deadlines.rs", "pub fn title("),
    ("core/src/rules/deadlines.rs", "fn describe(soft"),
    ("core/src/rules/deadlines.rs", "pub fn what_to_do_in("),
    ("core/src/export/ics.rs", "pub fn calendar_in("),
    ("cli/src/case.rs", "fn deadline_line("),
    ("cli/src/case.rs", "fn days("),
    ("core/src/rules/arguments.rs", "impl Citation"),
    ("core/src/rules/arguments.rs", "impl Argument"),
    ("core/src/rules/arguments.rs", "fn ground_words("),
    ("core/src/rules/arguments.rs", "pub(crate) fn state_in("),
    ("core/src/rules/arguments.rs", "fn date_or_blank("),
    ("core/src/rules/arguments.rs", "pub fn approx_written_in("),
    ("core/src/rules/arguments.rs", "fn deletion_sentence("),
    ("core/src/rules/arguments.rs", "fn circumvention_sentence("),
    ("core/src/rules/arguments.rs", "fn due_process_sentences("),
    ("core/src/rules/arguments.rs", "fn absentia_sentences("),
    ("core/src/rules/arguments.rs", "fn final_decision_sentence("),
    ("core/src/rules/arguments.rs", "fn prescription_sentence("),
    ("core/src/rules/arguments.rs", "fn refugee_decision("),
    ("core/src/rules/arguments.rs", "pub fn fill_in("),
    ("core/src/filing/arguments.rs", "pub fn library("),
    ("core/src/rules/arguments.rs", "pub(crate) fn states_in("),
    ("core/src/filing/draft.rs", "pub fn facts_in("),
    ("core/src/filing/pdf.rs", "fn write_index("),
    ("core/src/filing/pdf.rs", "fn write_annex("),
    ("core/src/filing/pdf.rs", "pub fn packet("),
    ("core/src/evidence/certificate.rs", "fn item_section("),
    ("core/src/pdf/mod.rs", "pub(crate) fn page_label("),
    ("core/src/filing/pdf.rs", "fn kind_title("),
    ("core/src/rules/flags.rs", "fn label_words("),
    ("core/src/rules/flags.rs", "pub fn alert_kind_in("),
    ("core/src/rules/flags.rs", "fn derive_in("),
    ("core/src/rules/flags.rs", "fn refugee_reason_in("),
    ("core/src/rules/flags.rs", "pub fn compute_in("),
    ("core/src/filing/pdf.rs", "fn write_person("),
    ("core/src/filing/pdf.rs", "fn write_entity("),
    ("core/src/filing/letters.rs", "fn person_line("),
    ("core/src/filing/letters.rs", "fn issuers("),
    ("core/src/filing/letters.rs", "fn alert_key("),
    ("core/src/filing/letters.rs", "fn alert_words("),
    ("core/src/filing/letters.rs", "fn where_held("),
    ("core/src/filing/letters.rs", "fn nature_paragraphs("),
    ("core/src/filing/letters.rs", "fn pending("),
    ("core/src/filing/letters.rs", "fn enclosed("),
    ("core/src/filing/letters.rs", "fn category("),
    ("core/src/filing/letters.rs", "fn contact("),
    ("core/src/filing/letters.rs", "fn status_paragraph("),
    (
        "core/src/filing/letters.rs",
        "fn travel_document_paragraph(",
    ),
    ("core/src/filing/letters.rs", "pub fn caution("),
    ("core/src/filing/letters.rs", "fn sign_off("),
    ("core/src/filing/letters.rs", "fn page_of("),
    ("core/src/filing/letters.rs", "pub fn border("),
    ("core/src/filing/letters.rs", "pub fn asylum("),
    ("core/src/filing/letters.rs", "pub fn ccf_follow_up("),
    ("core/src/filing/letters.rs", "fn alert_and_status("),
    ("core/src/filing/letters.rs", "fn detained_half("),
    ("core/src/filing/letters.rs", "pub fn detained_now("),
    ("core/src/filing/letters.rs", "fn situation_line("),
    ("core/src/filing/letters.rs", "fn brief_alerts("),
    ("core/src/filing/letters.rs", "fn brief_dates("),
    ("core/src/filing/letters.rs", "fn brief_ccf("),
    ("core/src/filing/letters.rs", "pub fn lawyer_brief("),
    ("core/src/rules/checklist.rs", "const fn text("),
    ("core/src/rules/checklist.rs", "fn why_in("),
    ("core/src/rules/checklist.rs", "pub fn compute_in("),
    (
        "core/src/rules/admissibility.rs",
        "fn expired_id_message_in(",
    ),
    ("core/src/rules/admissibility.rs", "fn kind_words("),
];

/// The body of the function whose declaration starts with `signature` (to its closing brace at
/// the declaration's indentation).
fn body<'a>(text: &'a str, signature: &str, file: &str) -> &'a str {
    let start = text
        .find(signature)
        .unwrap_or_else(|| panic!("{file}: no {signature}"));
    let indent = text[..start].rfind('\n').map_or(0, |n| start - n - 1);
    let close = format!("\n{}}}\n", " ".repeat(indent));
    let end = text[start..].find(&close).map_or(text.len(), |e| start + e);
    &text[start..end]
}

/// Whether a string literal could reach a person as words: letters outside `{…}` placeholders,
/// and not a message id, an argument name or a format of placeholders and punctuation.
fn is_user_text(literal: &str, ids: &BTreeMap<String, BTreeSet<String>>) -> bool {
    if ids.contains_key(literal)
        || literal.ends_with("-{")
        || literal
            .strip_suffix("{}")
            .is_some_and(|prefix| ids.keys().any(|k| k.starts_with(prefix)))
        || ids
            .values()
            .any(|vars| vars.contains(literal) || vars.contains(&format!("[{literal}]")))
    {
        return false;
    }
    // Escapes and strftime fields are not words.
    let mut chars = literal.chars();
    let mut depth = 0;
    let mut letters = 0;
    while let Some(c) = chars.next() {
        match c {
            '\\' | '%' => {
                chars.next();
            }
            '{' => depth += 1,
            '}' => depth -= 1,
            // Protocol keywords are capitals ("BEGIN:VEVENT"); a person's text has small
            // letters, or letters without case (Arabic).
            c if depth == 0 && c.is_alphabetic() && !c.is_ascii_uppercase() => letters += 1,
            _ => {}
        }
    }
    letters > 1
}

#[test]
fn no_user_text_is_a_literal_in_the_code_moved_to_the_catalogues() {
    let ids = messages(Language::En);
    let mut found = Vec::new();
    for (file, signature) in MOVED {
        let text = fs::read_to_string(repo().join(file)).unwrap();
        let code: String = body(&text, signature, file)
            .lines()
            .filter(|l| !l.trim_start().starts_with("//"))
            .collect::<Vec<_>>()
            .join("\n");
        for literal in code.split('"').skip(1).step_by(2) {
            if is_user_text(literal, &ids) {
                found.push(format!("{file} {signature}: \"{literal}\""));
            }
        }
    }
    assert!(
        found.is_empty(),
        "user text written in the code: {found:#?}"
    );
    // The check can fail: a sentence is caught, an id and a format are not.
    assert!(is_user_text("Wrong passphrase.", &ids));
    assert!(is_user_text("خطأ", &ids));
    assert!(!is_user_text("DTSTART;VALUE=DATE:{}", &ids));
    assert!(!is_user_text("error-wrong-passphrase", &ids));
    assert!(!is_user_text("\\n      {soft}{due} — {} [{}]", &ids));
}

/// The catalogues in the repository are the ones built in (no stale embedded copy).
#[test]
fn the_embedded_catalogues_are_the_files() {
    for language in Language::ALL {
        for (name, source) in catalogue::FILES.iter().zip(catalogue::sources(language)) {
            let file = repo().join(format!("locales/{}/{name}.ftl", language.code()));
            assert_eq!(
                fs::read_to_string(&file).unwrap(),
                source,
                "{}",
                file.display()
            );
            let reviewed = repo().join(format!("locales/{}/{name}.reviewed", language.code()));
            assert!(reviewed.exists(), "{} missing", reviewed.display());
        }
    }
}

/// Each review line names a message that exists, a reviewer and a date (locales/README.md).
#[test]
fn review_records_name_existing_messages() {
    for (language, name) in Language::ALL
        .into_iter()
        .flat_map(|l| catalogue::FILES.iter().map(move |n| (l, n)))
    {
        let ids = messages(language);
        let path = repo().join(format!("locales/{}/{name}.reviewed", language.code()));
        for line in fs::read_to_string(&path).unwrap().lines() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').collect();
            assert_eq!(fields.len(), 3, "{}: {line}", path.display());
            assert!(ids.contains_key(fields[0]), "{}: {line}", path.display());
            assert!(
                chrono::NaiveDate::parse_from_str(fields[2], "%Y-%m-%d").is_ok(),
                "{}: {line}",
                path.display()
            );
        }
    }
}
