//! `habeas debug …`: developer commands for the benchmarks of BENCHMARKS.md. Hidden, not a
//! stable interface.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use habeas_core::vault::Vault;
use habeas_core::Error;
use serde_json::json;

use crate::secrets::Secrets;
use crate::{vault_dir, with_vault, Cli, Report};

pub(crate) fn run(cli: &Cli, secrets: &Secrets, cmd: &DebugCommand) -> Result<Report, Error> {
    match cmd {
        DebugCommand::PutBlob { file } => put_blob(cli, secrets, file),
        DebugCommand::ReadRanges { id, count, len } => {
            with_vault(cli, secrets, |v| read_ranges(v, id, *count, *len))
        }
    }
}

#[derive(Debug, Subcommand)]
pub(crate) enum DebugCommand {
    /// Import FILE into the vault as a blob through the core's import path (no evidence record):
    /// the benchmark of BENCHMARKS.md.
    PutBlob {
        /// The file to import.
        file: PathBuf,
    },
    /// Time what the app's evidence:// preview does per request (look the item up, open its
    /// blob, seek, decrypt LEN bytes): once from the start, then COUNT times at offsets spread
    /// over the file. The preview benchmark of BENCHMARKS.md.
    ReadRanges {
        /// The evidence item.
        id: String,
        /// How many seeks.
        #[arg(long, default_value_t = 20)]
        count: u64,
        /// Bytes per request (the app serves at most 4 MiB per response).
        #[arg(long, default_value_t = 4 * 1024 * 1024)]
        len: u64,
    },
}

fn put_blob(cli: &Cli, secrets: &Secrets, file: &Path) -> Result<Report, Error> {
    let dir = vault_dir(cli)?;
    let passphrase = secrets.existing(cli.passphrase_file.as_deref(), "Passphrase: ")?;
    let vault = Vault::unlock(dir, &passphrase)?;
    let mut input = std::fs::File::open(file).map_err(|e| Error::from_io("open the file", e))?;
    let info = vault.put_blob(&mut input, &mut |_| true)?;
    Ok(Report {
        json: json!({"id": info.id.as_str(), "size": info.size, "sha256": info.sha256}),
        text: format!("{}  {}", info.sha256, info.id.relative_path()),
    })
}

/// One preview request as `src-tauri/protocol.rs` serves it; its duration in milliseconds.
fn timed_range(vault: &mut Vault, id: &str, start: u64, len: u64) -> Result<f64, Error> {
    use std::io::{Read, Seek, SeekFrom};
    let began = std::time::Instant::now();
    let item = habeas_core::store::evidence_items::get(vault.store(), id)?;
    let mut reader = vault.open_evidence_blob(&item)?;
    let len = len.min(item.size.saturating_sub(start));
    let mut body = vec![0u8; usize::try_from(len).unwrap_or(0)];
    reader
        .seek(SeekFrom::Start(start))
        .and_then(|_| reader.read_exact(&mut body))
        .map_err(|e| Error::from_io("read the blob", e))?;
    Ok(began.elapsed().as_secs_f64() * 1000.0)
}

fn read_ranges(vault: &mut Vault, id: &str, count: u64, len: u64) -> Result<Report, Error> {
    let size = habeas_core::store::evidence_items::get(vault.store(), id)?.size;
    let first = timed_range(vault, id, 0, len)?;
    let mut seeks = Vec::new();
    for i in 0..count {
        // Spread over the file, never on a chunk boundary.
        let start = (size.saturating_sub(len) / count.max(1)) * i + 12_345 * (i % 7);
        seeks.push(timed_range(
            vault,
            id,
            start.min(size.saturating_sub(1)),
            len,
        )?);
    }
    seeks.sort_by(f64::total_cmp);
    let median = seeks.get(seeks.len() / 2).copied().unwrap_or(0.0);
    let max = seeks.last().copied().unwrap_or(0.0);
    Ok(Report {
        json: json!({"id": id, "size": size, "len": len, "first_ms": first, "seek_median_ms": median, "seek_max_ms": max}),
        text: format!("first bytes {first:.1} ms; seek median {median:.1} ms, max {max:.1} ms"),
    })
}
