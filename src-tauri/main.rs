//! The Habeas desktop app's entry point. Everything else is in `lib.rs`.

// No console window behind the app on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]

use std::process::ExitCode;

fn main() -> ExitCode {
    habeas_desktop::main()
}
