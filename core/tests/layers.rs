//! The core's rooms import only rooms below them (STYLE §14, core/src/lib.rs). Read from the
//! sources: every `crate::<room>` path outside a test module is an import of that room.
//!
//! A room that needs something from a room above it is a sign that the thing lives in the wrong
//! room: move it down (as the evidence and filing records moved into `model`, the atomic and
//! sealed file writes into `files`, the read model out of `store` into `view`).

#![allow(
    clippy::unwrap_used,
    clippy::panic,
    reason = "a test reports failure by panicking"
)]

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::Path;

/// Each room and its level; a room may import rooms of a lower level only.
const LAYERS: &[(&str, u8)] = &[
    ("locale", 0),
    ("error", 1),
    ("about", 1),
    ("clock", 1),
    ("process", 2),
    ("files", 3),
    ("pdf", 3),
    ("model", 4),
    ("rules", 5),
    ("store", 6),
    ("settings", 7),
    ("drafts", 7),
    ("vault", 7),
    ("view", 8),
    ("export", 8),
    ("evidence", 9),
    ("case_deletion", 9),
    ("travel", 9),
    ("filing", 10),
];

fn level(room: &str) -> Option<u8> {
    LAYERS.iter().find(|(r, _)| *r == room).map(|(_, l)| *l)
}

/// The source without comments and without the `mod tests` block at its end.
fn code(text: &str) -> String {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    text.lines()
        .map(|l| l.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// The rooms a source file names through `crate::`, including inside `use crate::{a, b::c}`.
fn imported_rooms(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let mut rest = code;
    while let Some(i) = rest.find("crate::") {
        rest = &rest[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            // A group: the first segment of each top-level item.
            let mut depth = 0;
            let mut item = String::new();
            for ch in group.chars() {
                match ch {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        out.insert(first_segment(&item));
                        item.clear();
                        continue;
                    }
                    _ => {}
                }
                item.push(ch);
            }
            out.insert(first_segment(&item));
        } else {
            out.insert(first_segment(rest));
        }
    }
    out.retain(|r| !r.is_empty() && r.chars().next().is_some_and(char::is_lowercase));
    out
}

fn first_segment(path: &str) -> String {
    path.trim()
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect()
}

fn room_of(rel: &Path) -> String {
    let first = rel
        .components()
        .next()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .unwrap_or_default();
    first.trim_end_matches(".rs").to_owned()
}

fn walk(dir: &Path, files: &mut Vec<std::path::PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
}

/// Every room's imports, from the sources: room → (imported room → files).
fn imports() -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    walk(&src, &mut files);
    let mut out: BTreeMap<String, BTreeMap<String, BTreeSet<String>>> = BTreeMap::new();
    for path in files {
        let rel = path.strip_prefix(&src).unwrap();
        let room = room_of(rel);
        if room == "lib" {
            continue;
        }
        for to in imported_rooms(&code(&fs::read_to_string(&path).unwrap())) {
            if to != room {
                out.entry(room.clone())
                    .or_default()
                    .entry(to)
                    .or_default()
                    .insert(rel.display().to_string());
            }
        }
    }
    out
}

#[test]
fn every_room_has_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = fs::read_to_string(src.join("lib.rs")).unwrap();
    let declared: Vec<&str> = lib
        .lines()
        .filter_map(|l| l.strip_prefix("pub mod "))
        .map(|l| l.trim_end_matches(';'))
        .collect();
    assert!(declared.len() >= 10, "{declared:?}");
    for room in declared {
        assert!(
            level(room).is_some(),
            "core room `{room}` has no layer in LAYERS"
        );
    }
}

#[test]
fn rooms_import_only_rooms_below_them() {
    let mut wrong = Vec::new();
    for (room, targets) in imports() {
        let from = level(&room).unwrap_or_else(|| panic!("no layer for room `{room}`"));
        for (to, files) in targets {
            let to_level = level(&to).unwrap_or_else(|| panic!("no layer for room `{to}`"));
            if to_level >= from && !(to_level == from && to == room) {
                wrong.push(format!(
                    "{room} (level {from}) imports {to} (level {to_level}) in {files:?}"
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "imports against the layers:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_import_reader_sees_groups_and_paths() {
    let found = imported_rooms(&code(
        "use crate::files::{hex, random_bytes};\nuse crate::{model::Case, Error, store::{cases, Store}};\nlet x = crate::rules::flags::compute(a); // crate::view",
    ));
    let expected: BTreeSet<String> = ["files", "model", "store", "rules"]
        .into_iter()
        .map(String::from)
        .collect();
    assert_eq!(found, expected);
}
