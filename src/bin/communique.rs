//! The native door: `communique FILE...` prints a JSON array of reports, one per file, in
//! the order given (`-` reads standard input). A file that cannot be read or decoded is
//! named on stderr, the others are still analysed, and the exit status is 1.

use communique::{analyze_file, Report};
use std::io::{Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage: communique [--pretty] FILE...

Reads news articles (.txt, .md, .html, .htm; - for standard input) and prints one JSON
array with a report per file: actors, terror groups and demands (contract v1).

  --pretty     indent the JSON
  -h, --help   show this help
  -V, --version";

struct Args {
    pretty: bool,
    files: Vec<String>,
}

fn parse_args() -> Result<Args, lexopt::Error> {
    use lexopt::prelude::*;
    let mut args = Args {
        pretty: false,
        files: Vec::new(),
    };
    let mut parser = lexopt::Parser::from_env();
    while let Some(arg) = parser.next()? {
        match arg {
            Long("pretty") => args.pretty = true,
            Short('h') | Long("help") => {
                println!("{USAGE}");
                std::process::exit(0);
            }
            Short('V') | Long("version") => {
                println!("communique {}", env!("CARGO_PKG_VERSION"));
                std::process::exit(0);
            }
            Value(v) => args.files.push(v.string()?),
            _ => return Err(arg.unexpected()),
        }
    }
    Ok(args)
}

fn read(path: &str) -> std::io::Result<Vec<u8>> {
    if path == "-" {
        let mut buf = Vec::new();
        std::io::stdin().read_to_end(&mut buf)?;
        Ok(buf)
    } else {
        std::fs::read(path)
    }
}

fn main() -> ExitCode {
    let args = match parse_args() {
        Ok(a) if !a.files.is_empty() => a,
        Ok(_) => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("communique: {e}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let mut failed = false;
    let mut reports: Vec<Report> = Vec::new();
    for path in &args.files {
        let name = (path != "-").then_some(path.as_str());
        let result = read(path)
            .map_err(|e| e.to_string())
            .and_then(|bytes| analyze_file(&bytes, name).map_err(|e| e.to_string()));
        match result {
            Ok(a) => reports.push(a.report),
            Err(e) => {
                let shown = if path == "-" { "standard input" } else { path };
                eprintln!("communique: {shown}: {e}");
                failed = true;
            }
        }
    }
    let json = if args.pretty {
        serde_json::to_string_pretty(&reports)
    } else {
        serde_json::to_string(&reports)
    };
    let mut out = std::io::stdout().lock();
    let written = json
        .map_err(std::io::Error::other)
        .and_then(|j| writeln!(out, "{j}"));
    if let Err(e) = written {
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("communique: cannot write the reports: {e}");
            return ExitCode::FAILURE;
        }
    }
    if failed {
        ExitCode::FAILURE
    } else {
        ExitCode::SUCCESS
    }
}
