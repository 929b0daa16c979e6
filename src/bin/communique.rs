//! The native door.
//!
//! `communique FILE...` prints a JSON array of reports, one per file, in the order given
//! (`-` reads standard input): contract v1. For batches, `--jsonl` streams one report per
//! line with progress on stderr, `--csv` writes a table and `--graphml` the network of who
//! asks whom; directories are searched for articles. A file that cannot be read or decoded
//! is named on stderr, the others are still analysed, and the exit status is 1.

// The native door only: the browser build has the page and the JS door instead.
#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(not(target_arch = "wasm32"))]
mod cli {
    use communique::corpus::{Corpus, Filter};
    use communique::export::Table;
    use communique::{analyze_file, Format, Report};
    use rayon::prelude::*;
    use std::io::{IsTerminal, Read, Write};
    use std::path::{Path, PathBuf};
    use std::process::ExitCode;

    const USAGE: &str = "usage: communique [--pretty] FILE...
           communique --jsonl DIR_OR_FILE...
           communique --csv demands|actors|groups DIR_OR_FILE...
           communique --graphml DIR_OR_FILE...

    Reads news articles (.txt, .md, .html, .htm; - for standard input; directories are
    searched for them) and reports actors, terror groups and demands (contract v1).

      (default)    one JSON array with a report per file, in the order given
      --pretty     indent the JSON
      --jsonl      one report per line, streamed as files are analysed, progress on stderr
      --csv TABLE  the demands, actors or groups of all files as one CSV table
      --graphml    the network of who asks whom across all files, for Gephi or yEd
      -h, --help   show this help
      -V, --version";

    #[derive(Clone, Copy, PartialEq, Eq)]
    enum Output {
        Array { pretty: bool },
        Lines,
        Csv(Table),
        GraphMl,
    }

    struct Args {
        output: Output,
        inputs: Vec<String>,
    }

    fn parse_args() -> Result<Args, lexopt::Error> {
        use lexopt::prelude::*;
        let mut output = Output::Array { pretty: false };
        let mut inputs = Vec::new();
        let mut parser = lexopt::Parser::from_env();
        while let Some(arg) = parser.next()? {
            match arg {
                Long("pretty") => output = Output::Array { pretty: true },
                Long("jsonl") => output = Output::Lines,
                Long("graphml") => output = Output::GraphMl,
                Long("csv") => {
                    let table = parser.value()?.string()?;
                    output = Output::Csv(Table::named(&table).ok_or_else(|| {
                        lexopt::Error::Custom(
                            format!("--csv takes demands, actors or groups, not {table:?}").into(),
                        )
                    })?);
                }
                Short('h') | Long("help") => {
                    println!("{USAGE}");
                    std::process::exit(0);
                }
                Short('V') | Long("version") => {
                    println!("communique {}", env!("CARGO_PKG_VERSION"));
                    std::process::exit(0);
                }
                Value(v) => inputs.push(v.string()?),
                _ => return Err(arg.unexpected()),
            }
        }
        Ok(Args { output, inputs })
    }

    /// Expands directories into the article files under them, sorted; other paths stay as given.
    fn expand(inputs: &[String], errors: &mut Vec<String>) -> Vec<String> {
        let mut out = Vec::new();
        for input in inputs {
            let path = Path::new(input);
            if input != "-" && path.is_dir() {
                let mut found = Vec::new();
                walk(path, &mut found, errors);
                found.sort();
                out.extend(found.into_iter().map(|p| p.to_string_lossy().into_owned()));
            } else {
                out.push(input.clone());
            }
        }
        out
    }

    fn walk(dir: &Path, found: &mut Vec<PathBuf>, errors: &mut Vec<String>) {
        let entries = match std::fs::read_dir(dir) {
            Ok(e) => e,
            Err(e) => {
                errors.push(format!("{}: {e}", dir.display()));
                return;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, found, errors);
            } else if Format::is_article(&path.to_string_lossy()) {
                found.push(path);
            }
        }
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

    /// Reads and analyses one file: its size, and its report or the error to show.
    fn analyse(path: &str) -> (usize, Result<Report, String>) {
        let name = (path != "-").then_some(path);
        match read(path) {
            Err(e) => (0, Err(e.to_string())),
            // A fault in the engine costs this file its report, never the batch its others.
            Ok(bytes) => (
                bytes.len(),
                std::panic::catch_unwind(|| analyze_file(&bytes, name))
                    .map_err(|_| {
                        "internal error while analysing this file (please report it)".to_string()
                    })
                    .and_then(|r| r.map(|a| a.report).map_err(|e| e.to_string())),
            ),
        }
    }

    fn shown(path: &str) -> &str {
        if path == "-" {
            "standard input"
        } else {
            path
        }
    }

    /// Progress on stderr for batches: a line that rewrites itself on a terminal, a line every
    /// tenth of the way otherwise.
    struct Progress {
        total: usize,
        done: usize,
        bytes: usize,
        tty: bool,
        next_report: usize,
    }

    impl Progress {
        fn new(total: usize) -> Progress {
            Progress {
                total,
                done: 0,
                bytes: 0,
                tty: std::io::stderr().is_terminal(),
                next_report: total / 10,
            }
        }

        fn advance(&mut self, files: usize, bytes: usize) {
            self.done += files;
            self.bytes += bytes;
            if self.total < 50 {
                return;
            }
            let line = format!(
                "communique: {}/{} files, {:.1} MB",
                self.done,
                self.total,
                self.bytes as f64 / 1e6
            );
            if self.tty {
                eprint!("\r{line}");
                if self.done == self.total {
                    eprintln!();
                }
            } else if self.done >= self.next_report || self.done == self.total {
                eprintln!("{line}");
                self.next_report = self.done + self.total / 10;
            }
        }
    }

    pub fn main() -> ExitCode {
        let args = match parse_args() {
            Ok(a) if !a.inputs.is_empty() => a,
            Ok(_) => {
                eprintln!("{USAGE}");
                return ExitCode::from(2);
            }
            Err(e) => {
                eprintln!("communique: {e}\n\n{USAGE}");
                return ExitCode::from(2);
            }
        };
        let mut errors = Vec::new();
        let files = expand(&args.inputs, &mut errors);
        let mut failed = !errors.is_empty();
        for e in &errors {
            eprintln!("communique: {e}");
        }
        let stdout = std::io::stdout();
        let mut out = std::io::BufWriter::new(stdout.lock());
        let mut progress = Progress::new(files.len());
        let mut reports: Vec<Report> = Vec::new();
        // Chunks keep the output in input order while every core works on the current chunk.
        for chunk in files.chunks(64) {
            let results: Vec<(usize, Result<Report, String>)> =
                chunk.par_iter().map(|p| analyse(p)).collect();
            let bytes: usize = results.iter().map(|(b, _)| b).sum();
            for (path, (_, result)) in chunk.iter().zip(results) {
                match result {
                    Ok(report) if args.output == Output::Lines => {
                        let line = serde_json::to_string(&report).unwrap_or_default();
                        if writeln!(out, "{line}").is_err() {
                            return ExitCode::FAILURE;
                        }
                    }
                    Ok(report) => reports.push(report),
                    Err(e) => {
                        eprintln!("communique: {}: {e}", shown(path));
                        failed = true;
                    }
                }
            }
            if args.output == Output::Lines && out.flush().is_err() {
                return ExitCode::FAILURE;
            }
            progress.advance(chunk.len(), bytes);
        }
        let text = match args.output {
            Output::Lines => None,
            Output::Array { pretty: true } => serde_json::to_string_pretty(&reports).ok(),
            Output::Array { pretty: false } => serde_json::to_string(&reports).ok(),
            Output::Csv(table) => Some(table.csv(&reports)),
            Output::GraphMl => Some(Corpus::build(&reports, &Filter::default()).graphml()),
        };
        if let Some(text) = text {
            let end = if text.ends_with('\n') { "" } else { "\n" };
            if let Err(e) = write!(out, "{text}{end}").and_then(|_| out.flush()) {
                if e.kind() != std::io::ErrorKind::BrokenPipe {
                    eprintln!("communique: cannot write the output: {e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        if failed {
            ExitCode::FAILURE
        } else {
            ExitCode::SUCCESS
        }
    }
}
