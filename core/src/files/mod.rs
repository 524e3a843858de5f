//! Files on disk, below both the vault and the index: every write atomic and durable
//! ([`atomic`]), every secret file a standard age file ([`sealed`]), and the random names and
//! tokens they are given ([`random`]), and what kind of file a file is, from its first bytes
//! ([`sniff`]). Nothing here knows what a case or a vault is.

pub(crate) mod atomic;
pub(crate) mod random;
pub(crate) mod sealed;
pub mod sniff;

pub use atomic::fail_next_directory_sync_on_this_thread;
pub use random::random_token;
pub(crate) use random::{hex, random_bytes};
