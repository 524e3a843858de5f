//! Hardening of the running process.
//!
//! A crash must not write the decrypted case data that sits in memory to disk (non-negotiable 1:
//! "not … crash dumps"). On Unix the kernel writes a core file when a process crashes, unless its
//! `RLIMIT_CORE` is 0; on Linux a non-dumpable process additionally cannot be read through
//! `/proc/<pid>/mem` or `ptrace` by other processes of the same user, and systemd-coredump skips
//! it. KeePassXC does the same at start-up (`src/core/Bootstrap.cpp`).
//!
//! Windows writes crash dumps only when Windows Error Reporting "LocalDumps" is configured; Habeas
//! does not change that system setting, and says so in `docs/threat-model.md`.

use serde::Serialize;

use crate::Error;

/// Whether a crash of this process can write its memory to disk.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
#[serde(rename_all = "snake_case")]
pub enum CoreDumps {
    /// The process limits forbid core files (and, on Linux, the process is not dumpable).
    Disabled,
    /// Core files are allowed by the current limits.
    Allowed,
    /// This platform offers no per-process switch that Habeas uses (Windows).
    NotControlled,
}

/// Forbids core dumps for this process and (on Linux) marks it non-dumpable.
///
/// Call it first thing in `main`, before any secret is in memory. Idempotent.
///
/// # Errors
/// [`Error::Platform`] if the operating system refuses; the caller decides whether to go on.
pub fn harden() -> Result<CoreDumps, Error> {
    imp::harden()
}

/// Reports whether a crash of this process can write its memory to disk.
#[must_use]
pub fn core_dumps() -> CoreDumps {
    imp::core_dumps()
}

#[cfg(unix)]
mod imp {
    use rustix::process::{getrlimit, setrlimit, Resource, Rlimit};

    use super::CoreDumps;
    use crate::Error;

    pub(super) fn harden() -> Result<CoreDumps, Error> {
        setrlimit(
            Resource::Core,
            Rlimit {
                current: Some(0),
                maximum: Some(0),
            },
        )
        .map_err(|e| Error::Platform {
            action: "disable core dumps",
            source: e.into(),
        })?;
        #[cfg(any(target_os = "linux", target_os = "android"))]
        rustix::process::set_dumpable_behavior(rustix::process::DumpableBehavior::NotDumpable)
            .map_err(|e| Error::Platform {
                action: "make the process non-dumpable",
                source: e.into(),
            })?;
        Ok(core_dumps())
    }

    pub(super) fn core_dumps() -> CoreDumps {
        let limit = getrlimit(Resource::Core);
        if limit.current != Some(0) {
            return CoreDumps::Allowed;
        }
        #[cfg(any(target_os = "linux", target_os = "android"))]
        if !matches!(
            rustix::process::dumpable_behavior(),
            Ok(rustix::process::DumpableBehavior::NotDumpable)
        ) {
            return CoreDumps::Allowed;
        }
        CoreDumps::Disabled
    }
}

#[cfg(not(unix))]
mod imp {
    use super::CoreDumps;
    use crate::Error;

    pub(super) fn harden() -> Result<CoreDumps, Error> {
        Ok(CoreDumps::NotControlled)
    }

    pub(super) fn core_dumps() -> CoreDumps {
        CoreDumps::NotControlled
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    /// Runs in the test process: after `harden`, the kernel's own view (RLIMIT_CORE and, on
    /// Linux, `/proc/self/status`-backed dumpability) says no core file can be written.
    #[test]
    fn harden_disables_core_dumps() {
        assert_eq!(harden().ok(), Some(CoreDumps::Disabled));
        let limit = rustix::process::getrlimit(rustix::process::Resource::Core);
        assert_eq!(limit.current, Some(0));
        assert_eq!(limit.maximum, Some(0));
        #[cfg(target_os = "linux")]
        {
            let limits = std::fs::read_to_string("/proc/self/limits").unwrap_or_default();
            let line = limits.lines().find(|l| l.starts_with("Max core file size"));
            let fields: Vec<&str> = line.unwrap_or_default().split_whitespace().collect();
            assert_eq!(fields.get(4..6), Some(&["0", "0"][..]), "{limits}");
        }
        // Idempotent.
        assert_eq!(harden().ok(), Some(CoreDumps::Disabled));
    }
}
