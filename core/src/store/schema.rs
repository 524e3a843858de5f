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
const MIGRATIONS: &[Migration] = &[Migration {
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
}];

/// The schema version this build writes and reads.
pub const LATEST: u32 = 1;

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

pub(super) fn sql(e: rusqlite::Error) -> Error {
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
