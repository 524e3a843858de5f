//! Sharing a case with co-counsel (issue 19.4; docs/sharing-format.md).
//!
//! Each vault has a public *sharing identity* ([`identity`]): an age recipient that shared files
//! are encrypted to and an Ed25519 key that signs what it shares, shown as text and as a QR
//! code with a fingerprint to read over the phone. [`share`] writes a case, with the evidence
//! items and filings chosen, into one signed and encrypted file; [`receive`] checks such a file
//! and adds the case (or updates the one received before), recording "shared with" and
//! "received from" in each side's chain of custody. [`contacts`] names other vaults' identities.

pub mod contacts;
pub mod identity;
mod package;
pub mod receive;
pub mod revocation;
pub mod share;

pub use contacts::Contact;
pub use identity::{PublicIdentity, SharingKeys};
pub use package::FORMAT;
pub use receive::{inspect, receive, ChangeKind, Incoming, ReceiveOptions, Received, RecordChange};
pub use revocation::Revocation;
pub use share::{share, share_with, ShareOptions, ShareRequest, Shared};

use serde::Serialize;

use crate::store::Store;
use crate::Error;

/// This vault's public sharing identity, as the app and the CLI show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "specta", derive(specta::Type))]
pub struct IdentityCard {
    /// The identity as one line of text, to send to co-counsel.
    pub text: String,
    /// Its fingerprint, to read over the phone.
    pub fingerprint: String,
    /// The text as a QR code: its modules, row by row (`true`: dark), quiet zone not included.
    /// The app draws it; `PublicIdentity::qr_svg` writes it as a file.
    pub qr: Vec<Vec<bool>>,
}

/// This vault's public sharing identity (made, and saved, the first time).
///
/// # Errors
/// I/O errors of the index.
pub fn identity_card(store: &mut Store) -> Result<IdentityCard, Error> {
    let keys = identity::load_or_create(store)?;
    let public = keys.public();
    Ok(IdentityCard {
        text: public.to_text(),
        fingerprint: public.fingerprint(),
        qr: public.qr_modules()?,
    })
}
