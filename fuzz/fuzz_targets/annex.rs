//! Any bytes, as an evidence file annexed to a filing: sniffed, read (PDF or image), placed and
//! stamped in a PDF of ours, written and read back. A panic, a stack overflow, a hang or a
//! runaway allocation here is a bug, and so is an error: a damaged file gets a page saying so,
//! and what Habeas writes must read back with every page it placed, each whole.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Err(e) = habeas_core::filing::pdf::annex_round_trip(bytes) {
        panic!("{e:?}");
    }
});
