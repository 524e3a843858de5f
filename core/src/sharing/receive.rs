//! Receiving a shared case: the recipient's side. [`inspect`] reads and checks a file and says
//! what receiving it would do, changing nothing; [`receive`] does it, in one save.
//!
//! A case received again from the same sender (the same case in their vault) is an update: each
//! record is matched through the link kept with the case (`settings`, key
//! `sharing_received:<case id>`: the sender's ids and each record as last received). Changes
//! made here since then are shown, and an update that would replace them is refused unless the
//! user confirms; the replaced values stay in the case's history.

use std::collections::BTreeMap;
use std::io::{self, Read};
use std::path::Path;

use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::package::{self, Manifest, Opened};
use super::{contacts, identity};
use crate::model::evidence::Evidence;
use crate::model::filing::Filing;
use crate::model::{Alert, Case, Event};
use crate::store::audit::{self, Change};
use crate::store::rusqlite::{params, OptionalExtension, Transaction};
use crate::store::{cases, evidence_items, Store, SHARING_LINK_PREFIX};
use crate::vault::Vault;
use crate::Error;

/// What the user confirmed before receiving.
#[derive(Debug, Clone, Copy, Default)]
pub struct ReceiveOptions<'a> {
    /// The fingerprint of a sender not among the contacts, as the user compared it with them.
    pub accept_sender: Option<&'a str>,
    /// Whether an update may replace changes made here since the case was last received.
    pub replace_local_edits: bool,
}

/// What happens to one record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum ChangeKind {
    /// New in this share.
    Added,
    /// Changed (the fields are listed).
    Changed,
    /// No longer in the sender's case.
    Removed,
}

/// One record a share changes, or one changed here since it was last received.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct RecordChange {
    /// `case`, `alert`, `event`, `evidence` or `filing`.
    pub what: String,
    /// Its id in this vault.
    pub id: String,
    /// Added, changed or removed.
    pub change: ChangeKind,
    /// The fields changed (`person.name_latin`), for a change.
    pub fields: Vec<String>,
}

/// A shared file, read and checked, and what receiving it would do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Incoming {
    /// The sender's fingerprint: compare it with what they read out.
    pub sender_fingerprint: String,
    /// The name the user gave the sender's key among the contacts; none: an unknown sender.
    pub sender_name: Option<String>,
    /// When the sender made the file.
    pub shared_at: String,
    /// The person's name, as the case shows it.
    pub case_name: String,
    /// Evidence items in the file.
    pub evidence: u32,
    /// Filings in the file.
    pub filings: u32,
    /// The case in this vault it updates, if it was received before.
    pub update_of: Option<String>,
    /// What it changes (everything is added for a first receipt).
    pub changes: Vec<RecordChange>,
    /// Changes made here since the case was last received that it would replace.
    pub local_edits: Vec<RecordChange>,
}

/// A received case.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct Received {
    /// The case in this vault.
    pub case_id: String,
    /// What was received, and what it changed.
    pub incoming: Incoming,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Case,
    Alert,
    Event,
    Evidence,
    Filing,
}

impl Kind {
    fn of(id: &str) -> Option<Self> {
        let prefix = id.split('-').next()?;
        [
            Self::Case,
            Self::Alert,
            Self::Event,
            Self::Evidence,
            Self::Filing,
        ]
        .into_iter()
        .find(|k| k.entity() == prefix)
    }
    fn entity(self) -> &'static str {
        match self {
            Self::Case => "case",
            Self::Alert => "alert",
            Self::Event => "event",
            Self::Evidence => "evidence",
            Self::Filing => "filing",
        }
    }
    fn table(self) -> &'static str {
        match self {
            Self::Case => "cases",
            Self::Alert => "alerts",
            Self::Event => "events",
            Self::Evidence => "evidence",
            Self::Filing => "filings",
        }
    }
    /// Fields that are this vault's own, left out when records are compared.
    fn local_fields(self) -> &'static [&'static str] {
        match self {
            Self::Case => &["created", "updated", "closed"],
            Self::Evidence => &["blob", "imported", "deleted"],
            Self::Filing => &["created"],
            Self::Alert | Self::Event => &[],
        }
    }
}

/// The link between a received case and its sender's (see the module docs).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Link {
    sender: String,
    sender_case: String,
    /// Sender's id → id here.
    ids: BTreeMap<String, String>,
    /// Id here → the record as last received (its own fields left out).
    last: BTreeMap<String, Value>,
}

fn normalized(kind: Kind, doc: &Value) -> Value {
    let mut doc = doc.clone();
    if let Value::Object(map) = &mut doc {
        for f in kind.local_fields() {
            map.remove(*f);
        }
    }
    doc
}

fn fields(old: &Value, new: &Value) -> Vec<String> {
    audit::diff("", old, new)
        .into_iter()
        .map(|(f, _, _)| f)
        .collect()
}

enum Op {
    Insert,
    Update(Value),
    Delete(Value),
}

struct Planned {
    kind: Kind,
    id: String,
    doc: Value,
    op: Op,
    /// For a new evidence item: its place in the manifest.
    item: Option<usize>,
}

struct Plan {
    case_id: String,
    link: Link,
    ops: Vec<Planned>,
    incoming: Incoming,
}

fn to_value<T: Serialize>(v: &T) -> Value {
    serde_json::to_value(v).unwrap_or(Value::Null)
}

fn new_id(prefix: &str) -> Result<String, Error> {
    Ok(format!("{prefix}-{}", &crate::files::random_token()?[..16]))
}

fn find_link(
    store: &Store,
    sender: &str,
    sender_case: &str,
) -> Result<Option<(String, Link)>, Error> {
    let rows: Vec<(String, String)> = store.read(|db| {
        let mut st =
            db.prepare("SELECT key, value FROM settings WHERE substr(key, 1, length(?1)) = ?1")?;
        let rows = st.query_map([SHARING_LINK_PREFIX], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect()
    })?;
    for (key, value) in rows {
        let Ok(link) = serde_json::from_str::<Link>(&value) else {
            continue;
        };
        if link.sender == sender && link.sender_case == sender_case {
            let case_id = key.trim_start_matches(SHARING_LINK_PREFIX).to_owned();
            if cases::get_case(store, &case_id).is_ok() {
                return Ok(Some((case_id, link)));
            }
        }
    }
    Ok(None)
}

fn current(store: &Store, kind: Kind, id: &str) -> Result<Option<Value>, Error> {
    let doc: Option<String> = store.read(|db| {
        db.query_row(
            &format!("SELECT doc FROM {} WHERE id = ?1", kind.table()),
            [id],
            |r| r.get(0),
        )
        .optional()
    })?;
    Ok(doc.and_then(|d| serde_json::from_str(&d).ok()))
}

/// The manifest's records with this vault's ids (kept from the link, or new).
fn records_here(
    m: &Manifest,
    case_id: &str,
    ids: &mut BTreeMap<String, String>,
) -> Result<Vec<(Kind, Value, Option<usize>)>, Error> {
    ids.insert(m.sender_case.clone(), case_id.to_owned());
    let mut id_for = |sender: &str, prefix: &str| -> Result<String, Error> {
        if let Some(id) = ids.get(sender) {
            if Kind::of(id).map(Kind::entity) == Some(prefix) {
                return Ok(id.clone());
            }
        }
        let id = new_id(prefix)?;
        ids.insert(sender.to_owned(), id.clone());
        Ok(id)
    };
    let mut alerts: Vec<Alert> = m.alerts.clone();
    for a in &mut alerts {
        a.id = id_for(&a.id, "alert")?;
        a.case_id = case_id.to_owned();
    }
    let mut events: Vec<Event> = m.events.clone();
    for e in &mut events {
        e.id = id_for(&e.id, "event")?;
        e.case_id = case_id.to_owned();
    }
    let mut items: Vec<Evidence> = m.evidence.iter().map(|i| i.record.clone()).collect();
    for e in &mut items {
        e.id = id_for(&e.id, "evidence")?;
        e.case_id = case_id.to_owned();
    }
    let mut filings: Vec<Filing> = m.filings.clone();
    for f in &mut filings {
        f.id = id_for(&f.id, "filing")?;
        f.case_id = case_id.to_owned();
    }
    let map = |list: &mut Vec<String>| {
        *list = list.iter().filter_map(|id| ids.get(id).cloned()).collect();
    };
    let mut case: Case = m.case.clone();
    case.id = case_id.to_owned();
    case.overrides.retain_mut(|o| match o.key.rsplit_once(':') {
        Some((_, "case")) => true,
        Some((rule, event)) => match ids.get(event) {
            Some(here) => {
                o.key = format!("{rule}:{here}");
                true
            }
            None => false,
        },
        None => false,
    });
    for e in &mut events {
        map(&mut e.alert_ids);
    }
    for e in &mut items {
        map(&mut e.events);
        map(&mut e.alerts);
        e.translation_of = e
            .translation_of
            .as_ref()
            .and_then(|id| ids.get(id).cloned());
        e.derived_from = e.derived_from.as_ref().and_then(|id| ids.get(id).cloned());
    }
    for f in &mut filings {
        map(&mut f.alerts);
        for a in &mut f.annexes {
            a.evidence = ids.get(&a.evidence).cloned().unwrap_or_default();
        }
    }
    // The sender's records passed their own checks there; check them here too.
    let checked = |r: Result<(), Error>| {
        r.map_err(|e| match e {
            Error::InvalidInput { field, reason } => Error::InvalidInput {
                field,
                reason: format!("{reason} (in the shared file; nothing was received)"),
            },
            other => other,
        })
    };
    checked(case.validate())?;
    let mut out = vec![(Kind::Case, to_value(&case), None)];
    for a in &alerts {
        checked(a.validate())?;
        out.push((Kind::Alert, to_value(a), None));
    }
    for e in &events {
        checked(e.validate())?;
        out.push((Kind::Event, to_value(e), None));
    }
    for (i, e) in items.iter().enumerate() {
        checked(e.details().validate())?;
        out.push((Kind::Evidence, to_value(e), Some(i)));
    }
    for f in &filings {
        checked(f.validate())?;
        out.push((Kind::Filing, to_value(f), None));
    }
    let mut seen = std::collections::BTreeSet::new();
    for (_, v, _) in &out {
        if !seen.insert(v["id"].as_str().unwrap_or_default().to_owned()) {
            return Err(Error::ShareDamaged);
        }
    }
    Ok(out)
}

fn plan(store: &Store, opened: &Opened) -> Result<Plan, Error> {
    let m = &opened.manifest;
    let sender = opened.sender.fingerprint();
    let sender_name = contacts::find(store, &opened.sender)?.map(|c| c.name);
    let found = find_link(store, &sender, &m.sender_case)?;
    let update_of = found.as_ref().map(|(id, _)| id.clone());
    let (case_id, mut link) = match found {
        Some(found) => found,
        None => (
            new_id("case")?,
            Link {
                sender: sender.clone(),
                sender_case: m.sender_case.clone(),
                ..Link::default()
            },
        ),
    };
    let records = records_here(m, &case_id, &mut link.ids)?;
    let mut ops = Vec::new();
    let (mut changes, mut local_edits) = (Vec::new(), Vec::new());
    let change = |kind: Kind, id: &str, change, fields| RecordChange {
        what: kind.entity().to_owned(),
        id: id.to_owned(),
        change,
        fields,
    };
    let mut last = BTreeMap::new();
    for (kind, mut doc, item) in records {
        let id = doc["id"].as_str().unwrap_or_default().to_owned();
        let now_here = current(store, kind, &id)?;
        let before = link.last.get(&id).cloned();
        if let (Some(here), Value::Object(map)) = (&now_here, &mut doc) {
            // What is this vault's own stays as it is here.
            for f in kind.local_fields() {
                if let Some(v) = here.get(*f) {
                    map.insert((*f).to_owned(), v.clone());
                }
            }
        }
        let incoming = normalized(kind, &doc);
        last.insert(id.clone(), incoming.clone());
        match (now_here, before) {
            (None, None) => {
                changes.push(change(kind, &id, ChangeKind::Added, Vec::new()));
                ops.push(Planned {
                    kind,
                    id,
                    doc,
                    op: Op::Insert,
                    item,
                });
            }
            (None, Some(before)) => {
                // Deleted here since last received; the sender changed it meanwhile.
                if before != incoming && kind != Kind::Evidence {
                    local_edits.push(change(kind, &id, ChangeKind::Removed, Vec::new()));
                    changes.push(change(kind, &id, ChangeKind::Added, Vec::new()));
                    ops.push(Planned {
                        kind,
                        id,
                        doc,
                        op: Op::Insert,
                        item,
                    });
                }
            }
            (Some(here), before) => {
                let here_n = normalized(kind, &here);
                let base = before.clone().unwrap_or_else(|| here_n.clone());
                if kind == Kind::Evidence && here.get("deleted").is_some_and(|d| !d.is_null()) {
                    continue;
                }
                if incoming == base && (before.is_some() || incoming == here_n) {
                    continue;
                }
                if here_n == incoming {
                    continue;
                }
                if before.as_ref().is_some_and(|b| *b != here_n) {
                    local_edits.push(change(
                        kind,
                        &id,
                        ChangeKind::Changed,
                        fields(&base, &here_n),
                    ));
                }
                changes.push(change(
                    kind,
                    &id,
                    ChangeKind::Changed,
                    fields(&here_n, &incoming),
                ));
                ops.push(Planned {
                    kind,
                    id,
                    doc,
                    op: Op::Update(here),
                    item: None,
                });
            }
        }
    }
    // Records the sender no longer has: removed here too (evidence stays: its file and custody
    // are this vault's record of what was received).
    for (id, before) in &link.last {
        if last.contains_key(id) {
            continue;
        }
        let Some(kind) = Kind::of(id) else { continue };
        if matches!(kind, Kind::Evidence | Kind::Case) {
            last.insert(id.clone(), before.clone());
            continue;
        }
        if let Some(here) = current(store, kind, id)? {
            if normalized(kind, &here) != *before {
                local_edits.push(change(
                    kind,
                    id,
                    ChangeKind::Changed,
                    fields(before, &normalized(kind, &here)),
                ));
            }
            changes.push(change(kind, id, ChangeKind::Removed, Vec::new()));
            ops.push(Planned {
                kind,
                id: id.clone(),
                doc: here.clone(),
                op: Op::Delete(here),
                item: None,
            });
        }
    }
    link.last = last;
    let incoming = Incoming {
        sender_fingerprint: opened.sender.fingerprint(),
        sender_name,
        shared_at: m.shared_at.clone(),
        case_name: m.case.display_name().to_owned(),
        evidence: u32::try_from(m.evidence.len()).unwrap_or(u32::MAX),
        filings: u32::try_from(m.filings.len()).unwrap_or(u32::MAX),
        update_of,
        changes,
        local_edits,
    };
    Ok(Plan {
        case_id,
        link,
        ops,
        incoming,
    })
}

fn open(vault: &mut Vault, path: &Path) -> Result<Opened, Error> {
    // A vault that never made its sharing identity cannot have been sent anything; reading does
    // not make one (receiving must change nothing before it succeeds).
    let keys = identity::load(vault.store())?.ok_or(Error::ShareNotForYou { resealed: false })?;
    let opened = package::open(path, &keys)?;
    // Signed by a key its owner revoked: whoever took it may have made this file.
    super::revocation::check(vault.store(), &opened.sender)?;
    Ok(opened)
}

/// Reads and checks the shared file at `path` and says who sent it and what receiving it would
/// change. Changes nothing.
///
/// # Errors
/// [`Error::ShareIncomplete`], [`Error::ShareDamaged`], [`Error::ShareNotForYou`],
/// [`Error::ShareTooNew`], [`Error::InvalidInput`] for a record this version refuses; I/O errors.
pub fn inspect(vault: &mut Vault, path: &Path) -> Result<Incoming, Error> {
    let opened = open(vault, path)?;
    Ok(plan(vault.store(), &opened)?.incoming)
}

/// A reader that remembers whether reading failed (the shared file, not the vault).
struct Watched<'a> {
    inner: &'a mut dyn Read,
    failed: bool,
}

impl Read for Watched<'_> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        self.inner.read(buf).inspect_err(|_| self.failed = true)
    }
}

/// Receives the shared file at `path`: checks it whole (signature, recipient, every file's
/// SHA-256), then adds the case with its alerts, events, evidence (each item's chain of custody
/// saying "received from", with the sender's history) and filings, or updates the case received
/// before from the same sender, in one save. On any error nothing in the vault changes.
///
/// # Errors
/// Those of [`inspect`]; [`Error::ShareUnknownSender`] for a sender not among the contacts whose
/// fingerprint was not accepted; [`Error::ShareLocalEdits`]; I/O errors.
pub fn receive(
    vault: &mut Vault,
    path: &Path,
    options: ReceiveOptions<'_>,
) -> Result<Received, Error> {
    let mut opened = open(vault, path)?;
    let plan = plan(vault.store(), &opened)?;
    let digits = |s: &str| s.chars().filter(char::is_ascii_digit).collect::<String>();
    if plan.incoming.sender_name.is_none()
        && options.accept_sender.map(digits) != Some(digits(&plan.incoming.sender_fingerprint))
    {
        return Err(Error::ShareUnknownSender {
            fingerprint: plan.incoming.sender_fingerprint.clone(),
        });
    }
    if !plan.incoming.local_edits.is_empty() && !options.replace_local_edits {
        return Err(Error::ShareLocalEdits {
            edits: plan.incoming.local_edits.len(),
        });
    }
    let mut written = Vec::new();
    let result = store_files(vault, &mut opened, &plan, &mut written).and_then(|blobs| {
        opened.finish()?;
        apply(vault.store(), &opened.manifest, &plan, &blobs)
    });
    if let Err(e) = result {
        for id in &written {
            let _ = vault.remove_blob(id);
        }
        return Err(e);
    }
    Ok(Received {
        case_id: plan.case_id,
        incoming: plan.incoming,
    })
}

/// Reads every evidence file of the share, checking each against its SHA-256; the new ones are
/// encrypted into blobs of this vault (listed in `written` as they are made). Returns the blob
/// of each new item, by its place in the manifest.
fn store_files(
    vault: &Vault,
    opened: &mut Opened,
    plan: &Plan,
    written: &mut Vec<crate::vault::BlobId>,
) -> Result<BTreeMap<usize, String>, Error> {
    let mut blobs = BTreeMap::new();
    let sizes: Vec<(u64, String)> = opened
        .manifest
        .evidence
        .iter()
        .map(|i| (i.record.size, i.record.sha256.clone()))
        .collect();
    for (i, (size, sha256)) in sizes.into_iter().enumerate() {
        let new = plan
            .ops
            .iter()
            .any(|p| p.item == Some(i) && matches!(p.op, Op::Insert));
        let mut watched = Watched {
            inner: &mut opened.contents,
            failed: false,
        };
        let mut part = (&mut watched).take(size);
        let outcome = if new {
            let r = vault.put_blob(&mut part, &mut |_| true);
            r.map(|info| {
                let ok = info.sha256 == sha256 && info.size == size;
                written.push(info.id.clone());
                ok.then(|| info.id.as_str().to_owned())
            })
        } else {
            let mut hasher = Sha256::new();
            let mut n = 0u64;
            let mut buf = vec![0u8; 64 * 1024];
            loop {
                match part.read(&mut buf) {
                    Ok(0) => break,
                    Ok(k) => {
                        hasher.update(&buf[..k]);
                        n += k as u64;
                    }
                    // Marked failed by `Watched`: classified below.
                    Err(_) => break,
                }
            }
            Ok((crate::files::hex(&hasher.finalize()) == sha256 && n == size).then(String::new))
        };
        let failed = watched.failed;
        match outcome {
            _ if failed => return Err(opened.read_failure()),
            Ok(Some(blob)) => {
                if new {
                    blobs.insert(i, blob);
                }
            }
            Ok(None) => return Err(Error::ShareDamaged),
            Err(e) => return Err(e),
        }
    }
    Ok(blobs)
}

/// The search text of a record, as its store writes it.
fn search(kind: Kind, doc: &Value) -> Option<String> {
    let v = doc.clone();
    Some(match kind {
        Kind::Case => cases::case_search(&serde_json::from_value(v).ok()?),
        Kind::Alert => cases::alert_search(&serde_json::from_value(v).ok()?),
        Kind::Event => cases::event_search(&serde_json::from_value(v).ok()?),
        Kind::Evidence => evidence_items::search_text(&serde_json::from_value(v).ok()?),
        Kind::Filing => return None,
    })
}

fn write_row(
    tx: &Transaction<'_>,
    kind: Kind,
    case_id: &str,
    id: &str,
    doc: &Value,
    insert: bool,
) -> crate::store::rusqlite::Result<()> {
    let text = doc.to_string();
    let search = search(kind, doc).unwrap_or_default();
    let sha256 = doc["sha256"].as_str().unwrap_or_default();
    match (kind, insert) {
        (Kind::Case, true) => tx.execute(
            "INSERT INTO cases (id, doc, search) VALUES (?1, ?2, ?3)",
            params![id, text, search],
        ),
        (Kind::Case, false) => tx.execute(
            "UPDATE cases SET doc = ?2, search = ?3 WHERE id = ?1",
            params![id, text, search],
        ),
        (Kind::Alert | Kind::Event, true) => tx.execute(
            &format!(
                "INSERT INTO {} (id, case_id, doc, search) VALUES (?1, ?2, ?3, ?4)",
                kind.table()
            ),
            params![id, case_id, text, search],
        ),
        (Kind::Alert | Kind::Event | Kind::Evidence, false) => tx.execute(
            &format!(
                "UPDATE {} SET doc = ?2, search = ?3 WHERE id = ?1",
                kind.table()
            ),
            params![id, text, search],
        ),
        (Kind::Evidence, true) => tx.execute(
            "INSERT INTO evidence (id, case_id, sha256, doc, search) VALUES (?1, ?2, ?3, ?4, ?5)",
            params![id, case_id, sha256, text, search],
        ),
        (Kind::Filing, true) => tx.execute(
            "INSERT INTO filings (id, case_id, doc) VALUES (?1, ?2, ?3)",
            params![id, case_id, text],
        ),
        (Kind::Filing, false) => tx.execute(
            "UPDATE filings SET doc = ?2 WHERE id = ?1",
            params![id, text],
        ),
    }
    .map(|_| ())
}

/// Saves the plan in one journal record, with its history: the case's `receive` entry (who sent
/// it), `create` / field `update` / `delete` entries for each record, and for each new evidence
/// item a `received` custody entry carrying the sender's chain of custody.
fn apply(
    store: &mut Store,
    m: &Manifest,
    plan: &Plan,
    blobs: &BTreeMap<usize, String>,
) -> Result<(), Error> {
    let at = crate::clock::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true);
    let case_id = plan.case_id.as_str();
    let from = plan.incoming.sender_fingerprint.as_str();
    let from_name = plan.incoming.sender_name.clone();
    let link = serde_json::to_string(&plan.link).map_err(|e| Error::Internal {
        what: e.to_string(),
    })?;
    store.write(|tx| {
        let mut ops: Vec<&Planned> = plan.ops.iter().collect();
        // The case first: its audit entries come before its records'.
        ops.sort_by_key(|p| p.kind != Kind::Case);
        for p in ops {
            let mut doc = p.doc.clone();
            if let Value::Object(map) = &mut doc {
                match (p.kind, &p.op) {
                    (Kind::Case, Op::Insert) => {
                        map.insert("created".into(), json!(at));
                        map.insert("updated".into(), json!(at));
                        map.insert("closed".into(), Value::Null);
                    }
                    (Kind::Case, _) => {
                        map.insert("updated".into(), json!(at));
                    }
                    (Kind::Evidence, Op::Insert) => {
                        let blob = p
                            .item
                            .and_then(|i| blobs.get(&i))
                            .cloned()
                            .unwrap_or_default();
                        map.insert("blob".into(), json!(blob));
                        map.insert("imported".into(), json!(at));
                        map.insert("deleted".into(), Value::Null);
                    }
                    (Kind::Filing, Op::Insert) => {
                        map.insert("created".into(), json!(at));
                    }
                    _ => {}
                }
            }
            let entity = p.kind.entity();
            match &p.op {
                Op::Insert => {
                    write_row(tx, p.kind, case_id, &p.id, &doc, true)?;
                    let (action, new) = match (p.kind, p.item) {
                        (Kind::Evidence, Some(i)) => (
                            "received",
                            json!({
                                "from": from,
                                "from_name": from_name,
                                "sender_item": m.evidence.get(i).map(|x| x.record.id.clone()),
                                "sha256": doc["sha256"],
                                "size": doc["size"],
                                "original_name": doc["original_name"],
                                "history": m.evidence.get(i).map(|x| x.custody.clone()),
                            }),
                        ),
                        _ => ("create", doc.clone()),
                    };
                    audit::append(
                        tx,
                        &at,
                        vec![Change {
                            case_id,
                            entity,
                            entity_id: &p.id,
                            action,
                            field: String::new(),
                            old: None,
                            new: Some(new),
                        }],
                    )?;
                }
                Op::Update(old) => {
                    write_row(tx, p.kind, case_id, &p.id, &doc, false)?;
                    cases::record_update(tx, &at, case_id, entity, &p.id, old, &doc)?;
                }
                Op::Delete(old) => {
                    tx.execute(
                        &format!("DELETE FROM {} WHERE id = ?1", p.kind.table()),
                        [&p.id],
                    )?;
                    audit::append(
                        tx,
                        &at,
                        vec![Change {
                            case_id,
                            entity,
                            entity_id: &p.id,
                            action: "delete",
                            field: String::new(),
                            old: Some(old.clone()),
                            new: None,
                        }],
                    )?;
                }
            }
        }
        tx.execute(
            "UPDATE cases SET doc = json_set(doc, '$.updated', ?2) WHERE id = ?1",
            params![case_id, at],
        )?;
        audit::append(
            tx,
            &at,
            vec![Change {
                case_id,
                entity: "case",
                entity_id: case_id,
                action: "receive",
                field: String::new(),
                old: None,
                new: Some(json!({
                    "from": from,
                    "from_name": from_name,
                    "sender_case": m.sender_case,
                    "shared_at": m.shared_at,
                    "update": plan.incoming.update_of.is_some(),
                    "changes": plan.incoming.changes.len(),
                })),
            }],
        )?;
        tx.execute(
            "INSERT INTO settings (key, value) VALUES (?1, ?2)
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            params![format!("{SHARING_LINK_PREFIX}{case_id}"), link],
        )?;
        Ok(())
    })
}
