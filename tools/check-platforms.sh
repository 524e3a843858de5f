#!/usr/bin/env bash
# Type-checks (clippy, the workspace's lints) the macOS and Windows code that cannot be built
# here as part of the app: the app and the core need C cross-compilers for SQLite and WebKit's
# counterparts, but the platform files need only a few pure-Rust crates. A throwaway crate
# includes each file by path (src-tauri/os_lock/{macos,windows}.rs: lock on sleep and screen
# lock; core/src/vault/device/store.rs: the OS keyring), with stand-ins for the little they use
# of their crate and the same crate versions as Cargo.lock, and is checked for
# x86_64-apple-darwin and x86_64-pc-windows-gnu (rustup target add both first). `make test`
# runs it when rustup can add the two targets (`make platform-check`).
#
#   tools/check-platforms.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/src"
# The dependency lines, as the app's Cargo.toml has them.
# The dependency lines of one target's section, without its header, from both Cargo.tomls.
target_deps() {
  for toml in "$root/Cargo.toml" "$root/core/Cargo.toml"; do
    awk -v want="$1" 'index($0, want) == 1 {p=1; next} /^\[/{p=0} p && /^[a-z]/' "$toml"
  done
}
deps="[target.'cfg(target_os = \"macos\")'.dependencies]
$(target_deps "[target.'cfg(target_os = \"macos\")'.dependencies]")

[target.'cfg(windows)'.dependencies]
$(target_deps "[target.'cfg(windows)'.dependencies]")"
cat > "$work/Cargo.toml" <<TOML
[package]
name = "habeas-platform-check"
version = "0.0.0"
edition = "2021"
publish = false

[lib]
path = "src/lib.rs"

$deps

[dependencies]
$(grep -E '^age = ' "$root/core/Cargo.toml")

$(awk '/^\[workspace.lints/{p=1} /^\[/{if(!/^\[workspace.lints/)p=0} p' "$root/Cargo.toml" | sed 's/^\[workspace\.lints\./[lints./;/^\[workspace.lints\]/d')
TOML
cat > "$work/src/lib.rs" <<RS
//! Stands in for \`src-tauri/os_lock.rs\`: the platform files need only \`super::Locker\`.
pub type Locker = std::sync::Arc<dyn Fn(&'static str) + Send + Sync>;

#[cfg(target_os = "macos")]
#[path = "$root/src-tauri/os_lock/macos.rs"]
mod macos;
#[cfg(windows)]
#[path = "$root/src-tauri/os_lock/windows.rs"]
mod windows;

/// Stands in for \`habeas_core::Error\`: the variants the keyring store makes.
#[derive(Debug)]
pub enum Error {
    KeyringUnavailable { detail: String },
    NotRemembered,
}

const KEYRING_SERVICE: &str = "habeas-check";

#[path = "$root/core/src/vault/device/store.rs"]
mod store;

/// Uses the keyring store as the core does.
pub fn keyring(account: &str) -> Result<bool, Error> {
    store::set(account, "secret")?;
    let found = store::get(account)?.is_some();
    store::delete(account)?;
    Ok(found)
}

/// Starts the platform's watcher.
pub fn watch(lock: &Locker) {
    #[cfg(target_os = "macos")]
    macos::watch(lock);
    #[cfg(windows)]
    windows::watch(lock);
    let _ = lock;
}
RS
cp "$root/Cargo.lock" "$work/Cargo.lock"
# A throwaway target folder too (about 45 s cold), unless CARGO_TARGET_DIR names one to keep:
# its half a gigabyte must not sit beside the test build on a small CI disk.
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$work/target}"
cd "$work"
for target in x86_64-apple-darwin x86_64-pc-windows-gnu; do
  echo "== $target"
  cargo clippy --quiet --target "$target" -- -D warnings
done
echo "platform files: type-checked for macOS and Windows"
