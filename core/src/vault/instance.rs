//! One process per vault: an exclusive advisory lock on `habeas.lock` in the vault folder,
//! held for as long as the vault is unlocked.
//!
//! The operating system releases the lock when the process ends, however it ends (a crash,
//! `kill -9`, a power cut), so a lock left by a dead process never blocks: the file may remain,
//! but nobody holds it. The file is empty and says nothing about the vault.
//!
//! Network file systems may not honour advisory locks; the vault is meant to live on a local
//! disk or a removable drive.

use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

use crate::Error;

pub(crate) const LOCK_FILE: &str = "habeas.lock";

/// Held while the vault is unlocked; dropping it releases the lock.
#[derive(Debug)]
pub(crate) struct InstanceLock {
    _file: File,
}

impl InstanceLock {
    /// Takes the vault's lock, or says that another Habeas has the vault open.
    pub(crate) fn acquire(vault_dir: &Path) -> Result<Self, Error> {
        // Owner only, like every vault file (files::atomic).
        let file = crate::files::atomic::owner_only(
            OpenOptions::new().create(true).truncate(false).write(true),
        )
        .open(vault_dir.join(LOCK_FILE))
        .map_err(|e| Error::from_io("lock the vault", e))?;
        // A lock can outlive its holder for a moment: a process that just locked the vault, or
        // a child forked by another thread of this process before it executes (the lock belongs
        // to the open file, which the child shares until then). Try again briefly before saying
        // the vault is in use.
        for attempt in 0..10 {
            match file.try_lock() {
                Ok(()) => return Ok(Self { _file: file }),
                Err(TryLockError::WouldBlock) if attempt < 9 => {
                    std::thread::sleep(std::time::Duration::from_millis(50));
                }
                Err(TryLockError::WouldBlock) => return Err(Error::VaultInUse),
                Err(TryLockError::Error(e)) => return Err(Error::from_io("lock the vault", e)),
            }
        }
        Err(Error::VaultInUse)
    }
}
