//! The index's schema, as ordered migrations stamped in `PRAGMA user_version`.
//!
//! Each migration runs once, in order, all-or-nothing (one transaction). A database whose
//! `user_version` is newer than [`LATEST`] comes from a newer Habeas and is refused untouched.
//! Sessions do not record schema changes, so the store writes a new snapshot right after any
//! migration (see `Store::open`).

use rusqlite::Connection;

use crate::Error;

/// One schema step.
struct Migration {
    version: u32,
    sql: &'static str,
}

/// Every migration, oldest first. Append only: never edit a released one.
const MIGRATIONS: &[Migration] = &[
    Migration {
        version: 1,
        sql: "
        -- The store's own bookkeeping: which journal records the snapshot already contains.
        CREATE TABLE habeas_index (
            key   TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) STRICT;
        INSERT INTO habeas_index (key, value) VALUES ('journal_folded', 0);

        -- Per-vault settings (auto-lock minutes, …). Values are JSON text.
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) STRICT;
    ",
    },
    Migration {
        version: 2,
        sql: "
        -- Cases, alerts and events: one JSON document each (fields: src model/mod.rs), plus
        -- a folded search text (lower case, no diacritics, with a Latin transliteration).
        CREATE TABLE cases (
            id     TEXT PRIMARY KEY,
            doc    TEXT NOT NULL,
            search TEXT NOT NULL
        ) STRICT;
        CREATE TABLE alerts (
            id      TEXT PRIMARY KEY,
            case_id TEXT NOT NULL,
            doc     TEXT NOT NULL,
            search  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX alerts_by_case ON alerts (case_id);
        CREATE TABLE events (
            id      TEXT PRIMARY KEY,
            case_id TEXT NOT NULL,
            doc     TEXT NOT NULL,
            search  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX events_by_case ON events (case_id);

        -- The audit log: append-only, hash-chained (src audit/mod.rs).
        CREATE TABLE audit (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            case_id   TEXT NOT NULL,
            entity    TEXT NOT NULL,
            entity_id TEXT NOT NULL,
            action    TEXT NOT NULL,
            field     TEXT NOT NULL,
            old       TEXT,
            new       TEXT,
            prev      TEXT NOT NULL,
            hash      TEXT NOT NULL
        ) STRICT;
        CREATE INDEX audit_by_case ON audit (case_id, seq);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    ",
    },
    Migration {
        version: 3,
        sql: "
        -- Evidence items: one JSON document each (fields: src evidence/mod.rs), the SHA-256 of
        -- the original file (duplicate detection within a case), and a folded search text.
        -- Deleted items stay (doc.deleted set, no blob) so that their custody log reads to its end.
        CREATE TABLE evidence (
            id      TEXT PRIMARY KEY,
            case_id TEXT NOT NULL,
            sha256  TEXT NOT NULL,
            doc     TEXT NOT NULL,
            search  TEXT NOT NULL
        ) STRICT;
        CREATE INDEX evidence_by_case ON evidence (case_id, sha256);
        CREATE INDEX audit_by_entity ON audit (entity_id, seq);
    ",
    },
    Migration {
        version: 4,
        sql: "
        -- CCF filings: one JSON document each (fields: src filing/mod.rs). Annexes are evidence
        -- ids inside the document, in order; their labels (A-1, A-2, …) follow from the order.
        CREATE TABLE filings (
            id      TEXT PRIMARY KEY,
            case_id TEXT NOT NULL,
            doc     TEXT NOT NULL
        ) STRICT;
        CREATE INDEX filings_by_case ON filings (case_id);
    ",
    },
    Migration {
        version: 5,
        sql: "
        -- Stand-ins for audit entries erased with their case (issue 21.3: deleting a case
        -- removes it, its history included). A stand-in keeps only what the chain needs: the
        -- entry's place (seq), time, previous hash and own hash, so the chain still checks
        -- without anything the entry said. `erased_by` is the seq of the case-deletion entry
        -- that erased it, whose hashed content counts its stand-ins (src audit.rs, verify).
        CREATE TABLE audit_erased (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            prev      TEXT NOT NULL,
            hash      TEXT NOT NULL,
            erased_by INTEGER NOT NULL
        ) STRICT;
        CREATE INDEX audit_erased_by ON audit_erased (erased_by);
        -- A stand-in is made only for an entry that is there, with its very place and hashes.
        CREATE TRIGGER audit_erased_needs_entry BEFORE INSERT ON audit_erased
            WHEN NOT EXISTS (SELECT 1 FROM audit WHERE seq = NEW.seq AND at = NEW.at
                             AND prev = NEW.prev AND hash = NEW.hash)
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: a stand-in needs the entry it stands for'); END;
        CREATE TRIGGER audit_erased_no_update BEFORE UPDATE ON audit_erased
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_erased_no_delete BEFORE DELETE ON audit_erased
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        -- An entry may go only once its stand-in holds its place in the chain.
        DROP TRIGGER audit_no_delete;
        CREATE TRIGGER audit_delete_needs_stand_in BEFORE DELETE ON audit
            WHEN NOT EXISTS (SELECT 1 FROM audit_erased WHERE seq = OLD.seq AND hash = OLD.hash)
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only: an entry is erased only behind its stand-in'); END;
    ",
    },
    Migration {
        version: 6,
        sql: "
        -- Trips (issue 18): one JSON document each (fields: src model/trip.rs): the legs, the
        -- user's notes on countries, and what the last travel check found, kept to show what
        -- changed at the next one.
        CREATE TABLE trips (
            id      TEXT PRIMARY KEY,
            case_id TEXT NOT NULL,
            doc     TEXT NOT NULL
        ) STRICT;
        CREATE INDEX trips_by_case ON trips (case_id);
    ",
    },
];

/// The schema version this build writes and reads.
pub const LATEST: u32 = 6;

/// The database's schema version.
pub(super) fn version(conn: &Connection) -> Result<u32, Error> {
    conn.pragma_query_value(None, "user_version", |row| row.get::<_, u32>(0))
        .map_err(sql)
}

/// Brings the database to [`LATEST`]. Returns whether anything ran.
pub(super) fn migrate(conn: &mut Connection) -> Result<bool, Error> {
    let current = version(conn)?;
    if current > LATEST {
        return Err(Error::VaultTooNew {
            found: current,
            supported: LATEST,
        });
    }
    let mut ran = false;
    for migration in MIGRATIONS.iter().filter(|m| m.version > current) {
        let tx = conn.transaction().map_err(sql)?;
        tx.execute_batch(migration.sql).map_err(sql)?;
        tx.pragma_update(None, "user_version", migration.version)
            .map_err(sql)?;
        tx.commit().map_err(sql)?;
        ran = true;
    }
    Ok(ran)
}

pub(crate) fn sql(e: rusqlite::Error) -> Error {
    Error::Io {
        action: "update the case index",
        source: std::io::Error::other(e),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn migrations_are_ordered_and_end_at_latest() {
        let versions: Vec<u32> = MIGRATIONS.iter().map(|m| m.version).collect();
        let expected: Vec<u32> = (1..=LATEST).collect();
        assert_eq!(versions, expected);
    }

    #[test]
    fn migrate_is_idempotent_and_refuses_newer() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert!(migrate(&mut conn).unwrap());
        assert!(!migrate(&mut conn).unwrap());
        assert_eq!(version(&conn).unwrap(), LATEST);
        conn.pragma_update(None, "user_version", LATEST + 1)
            .unwrap();
        assert_eq!(
            migrate(&mut conn).unwrap_err().code(),
            crate::ErrorCode::VaultTooNew
        );
    }
}
