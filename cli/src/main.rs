//! `habeas`: the command line over `habeas-core`, for scripting, benchmarks and tests.
//!
//! Global options come before the command. `--json` makes every command print one JSON document
//! on stdout; errors then print `{"error":{"code":…,"message":…}}` on stdout too, so a script
//! reads one stream. Exit status: 0 success, 1 a core error (its code says which), 2 bad usage.

use std::io::{self, Write};
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use habeas_core::{about, process, Error};
use serde::Serialize;

#[derive(Debug, Parser)]
#[command(
    name = "habeas",
    version,
    about = "Habeas: case files and CCF requests, from the command line"
)]
struct Cli {
    /// Print machine-readable JSON instead of text.
    #[arg(long, global = true)]
    json: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Show what this build is (versions, platform, core dump protection).
    About,
}

#[derive(Debug, Serialize)]
struct AboutOutput {
    id: &'static str,
    #[serde(flatten)]
    build: about::BuildInfo,
    core_dumps: process::CoreDumps,
}

fn main() -> ExitCode {
    let hardening = process::harden();
    let cli = Cli::parse();
    let result = hardening.and_then(|_| run(&cli));
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            report(&cli, &err);
            ExitCode::from(1)
        }
    }
}

fn run(cli: &Cli) -> Result<(), Error> {
    match cli.command {
        Command::About => {
            let out = AboutOutput {
                id: "about",
                build: about::build_info(),
                core_dumps: process::core_dumps(),
            };
            if cli.json {
                print_json(&out);
            } else {
                print_text(&format!(
                    "habeas-core {}\nplatform    {} {}\nbuild       {}\ncore dumps  {}",
                    out.build.core_version,
                    out.build.os,
                    out.build.arch,
                    if out.build.release_build {
                        "release"
                    } else {
                        "development"
                    },
                    match out.core_dumps {
                        process::CoreDumps::Disabled => "disabled",
                        process::CoreDumps::Allowed => "allowed",
                        process::CoreDumps::NotControlled => "not controlled by Habeas",
                    }
                ));
            }
        }
    }
    Ok(())
}

#[derive(Debug, Serialize)]
struct ErrorOutput<'a> {
    error: ErrorBody<'a>,
}

#[derive(Debug, Serialize)]
struct ErrorBody<'a> {
    code: &'a str,
    message: String,
}

fn report(cli: &Cli, err: &Error) {
    if cli.json {
        print_json(&ErrorOutput {
            error: ErrorBody {
                code: err.code().as_str(),
                message: err.user_message(),
            },
        });
    } else {
        // A closed stderr leaves nothing else to tell.
        let _ = writeln!(
            io::stderr().lock(),
            "habeas: {} [{}]",
            err.user_message(),
            err.code()
        );
    }
}

fn print_json<T: Serialize>(value: &T) {
    // Serializing these plain structs cannot fail; a closed stdout (a pipe to `head`) is not an
    // error worth a second message.
    if let Ok(text) = serde_json::to_string(value) {
        print_text(&text);
    }
}

fn print_text(text: &str) {
    let _ = writeln!(io::stdout().lock(), "{text}");
}
