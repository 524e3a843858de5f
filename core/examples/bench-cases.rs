//! Case-store benchmarks of issues 3 and 4 (BENCHMARKS.md): with N cases and 10 alerts+events
//! each, the median time to commit one edit (durable), to open the vault to a listed case table
//! (after the key derivation), and to search.
//!
//! `cargo run --release -p habeas-core --example bench-cases -- 1000`
//! The key derivation is cheap here on purpose (`insecure_for_tests`): the goals are "after the
//! KDF", and the KDF's cost is measured elsewhere.

#![allow(
    clippy::print_stdout,
    clippy::expect_used,
    reason = "a benchmark prints its results"
)]

use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use chrono::NaiveDate;
use habeas_core::model::{Alert, AlertKind, Event, EventKind, Person, Regime};
use habeas_core::store::cases;
use habeas_core::vault::{CreateOptions, Vault, WorkFactor};
use habeas_core::view;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1000);
    let tmp = tempfile::tempdir().expect("temp");
    let dir = tmp.path().join("vault");
    let pass = SecretString::from("bench passphrase".to_owned());
    Vault::create(
        &dir,
        &pass,
        CreateOptions {
            work_factor: WorkFactor::insecure_for_tests(4),
        },
    )
    .expect("create");
    let mut vault = Vault::unlock(&dir, &pass).expect("unlock");
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).expect("date");
    let mut ids = Vec::with_capacity(n);
    let names = ["Иванов", "Müller", "محمد", "García", "Nguyễn"];
    for i in 0..n {
        let store = vault.store();
        let c = cases::create_case(
            store,
            Person {
                name_latin: format!("Person {i} {}", names[i % names.len()]),
                name_original: names[i % names.len()].to_owned(),
                ..Person::default()
            },
        )
        .expect("case");
        for j in 0..3 {
            cases::add_alert(
                store,
                &c.id,
                Alert {
                    kind: AlertKind::Diffusion,
                    issuing_country: Some("RU".into()),
                    offence: format!("Fraud {j}"),
                    ..Alert::default()
                },
            )
            .expect("alert");
        }
        for j in 0..7u64 {
            let kind = if j == 0 {
                EventKind::ProvisionalArrest
            } else {
                EventKind::Hearing
            };
            cases::add_event(
                store,
                &c.id,
                Event {
                    kind,
                    regime: Some(Regime::EuropeanConvention),
                    date: Some(day + chrono::Days::new(j * 7)),
                    notes: format!("note {j}"),
                    ..Event::default()
                },
            )
            .expect("event");
        }
        ids.push(c.id);
        if i % 100 == 99 {
            vault.store().compact().expect("compact");
        }
    }
    vault.lock().expect("lock");

    // Open to a listed table (unlock with the cheap KDF + load + summaries).
    let mut opens = Vec::new();
    for _ in 0..5 {
        let t = Instant::now();
        let mut v = Vault::unlock(&dir, &pass).expect("unlock");
        let list = view::summaries(v.store(), day).expect("list");
        assert_eq!(list.len(), n);
        opens.push(t.elapsed());
        v.lock().expect("lock");
    }

    let mut vault = Vault::unlock(&dir, &pass).expect("unlock");
    let mut commits = Vec::new();
    for k in 0..51 {
        let store = vault.store();
        let mut c = cases::get_case(store, &ids[k % ids.len()]).expect("get");
        c.notes = format!("edit {k}");
        let t = Instant::now();
        cases::update_case(store, c).expect("update");
        commits.push(t.elapsed());
    }
    let mut searches = Vec::new();
    for q in ["иванов", "muller", "person 999", "fraud 2", "nobody at all"]
        .iter()
        .cycle()
        .take(50)
    {
        let t = Instant::now();
        let hits = view::find(vault.store(), q).expect("search");
        searches.push(t.elapsed());
        std::hint::black_box(hits);
    }
    vault.lock().expect("lock");
    println!("cases: {n}, alerts+events: {}", n * 10);
    println!("commit one edit (median of 51): {}", ms(median(commits)));
    println!(
        "open to listed case table (median of 5, cheap KDF): {}",
        ms(median(opens))
    );
    println!("search (median of 50): {}", ms(median(searches)));
}
