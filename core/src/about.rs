//! What this build of Habeas is: versions a user can quote in a bug report.

use serde::Serialize;

/// Facts about this build, shown in Settings → About and by `habeas about`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct BuildInfo {
    /// The version of `habeas-core` (all crates of the workspace share it).
    pub core_version: &'static str,
    /// Operating system family this binary was built for (`linux`, `macos`, `windows`).
    pub os: &'static str,
    /// CPU architecture this binary was built for.
    pub arch: &'static str,
    /// Whether this is an optimised release build (`false` for development builds).
    pub release_build: bool,
}

/// Facts about this build.
#[must_use]
pub const fn build_info() -> BuildInfo {
    BuildInfo {
        core_version: env!("CARGO_PKG_VERSION"),
        os: std::env::consts::OS,
        arch: std::env::consts::ARCH,
        release_build: !cfg!(debug_assertions),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reports_this_crate_version_and_target() {
        let info = build_info();
        assert_eq!(info.core_version, env!("CARGO_PKG_VERSION"));
        assert!(!info.core_version.is_empty());
        assert_eq!(info.os, std::env::consts::OS);
        assert_eq!(info.release_build, !cfg!(debug_assertions));
    }
}
