//! The `habeas` binary as a script would use it.

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    reason = "a test reports failure by panicking"
)]

use std::process::Command;

fn habeas(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_habeas"))
        .args(args)
        .output()
        .expect("run habeas")
}

#[test]
fn about_json_is_one_object_with_an_id() {
    let out = habeas(&["--json", "about"]);
    assert!(out.status.success(), "{out:?}");
    let value: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(value["id"], "about");
    assert_eq!(value["core_version"], env!("CARGO_PKG_VERSION"));
    if cfg!(unix) {
        assert_eq!(value["core_dumps"], "disabled");
    }
}

#[test]
fn about_text_names_the_version() {
    let out = habeas(&["about"]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        text.starts_with(&format!("habeas-core {}\n", env!("CARGO_PKG_VERSION"))),
        "{text}"
    );
}

#[test]
fn bad_usage_exits_2() {
    let out = habeas(&["no-such-command"]);
    assert_eq!(out.status.code(), Some(2));
}
