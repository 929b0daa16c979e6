//! Speed of `analyze` on distinct news stories, one core:
//!
//! - throughput on about 1 MB of separate articles, measured by criterion in MB/s;
//! - growth shapes, timed as the best of a few runs (criterion's statistics on multi-second
//!   runs would take far longer than they tell): one long document as a single line against
//!   the same text in paragraphs, and a document against one four times longer.
//!
//! The text is `../shared/bench/cnn-stories` (2,000 distinct CNN stories, never copied into
//! the repository). Repeated text flatters every figure, since duplicate checks can skip
//! part of it, so when that folder is absent (a clean clone) the bench falls back to the
//! repository's own `tests/corpus` articles, cycled, and says so.
#![cfg(not(target_arch = "wasm32"))]

use communique::{analyze, analyze_file};
use criterion::{BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// The articles to measure, as (file name, bytes), and whether they are distinct.
struct Articles {
    files: Vec<(String, Vec<u8>)>,
    distinct: bool,
}

impl Articles {
    fn load() -> Articles {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let shared = root.join("../shared/bench/cnn-stories");
        if shared.is_dir() {
            return Articles {
                files: read_dir(&shared),
                distinct: true,
            };
        }
        println!(
            "NOTE: {} is absent: measuring the repository's tests/corpus articles instead, \
             cycled, so the figures are flattered by repeated text",
            shared.display()
        );
        Articles {
            files: read_dir(&root.join("tests/corpus")),
            distinct: false,
        }
    }

    /// Articles in order until `bytes` are reached.
    fn take(&self, bytes: usize) -> Vec<&(String, Vec<u8>)> {
        self.prefix(&self.files, |f| f.1.len(), bytes)
    }

    /// One document of about `bytes` made of whole plain-text articles separated by blank
    /// lines (HTML pages would bring their markup into it).
    fn document(&self, bytes: usize) -> String {
        let texts: Vec<&str> = self
            .files
            .iter()
            .filter(|(name, _)| name.ends_with(".txt"))
            .filter_map(|(_, bytes)| std::str::from_utf8(bytes).ok())
            .map(str::trim)
            .collect();
        let texts: Vec<&str> = self
            .prefix(&texts, |t| t.len(), bytes)
            .into_iter()
            .copied()
            .collect();
        texts.join("\n\n")
    }

    /// The first items that reach `bytes`: all of them when distinct ones run out, the
    /// corpus cycled when it stands in.
    fn prefix<'a, T>(&self, items: &'a [T], len: impl Fn(&T) -> usize, bytes: usize) -> Vec<&'a T> {
        let limit = if self.distinct {
            items.len()
        } else {
            usize::MAX
        };
        let mut out = Vec::new();
        let mut total = 0;
        for item in items.iter().cycle().take(limit) {
            if total >= bytes {
                break;
            }
            total += len(item);
            out.push(item);
        }
        out
    }

    fn described(&self) -> &'static str {
        if self.distinct {
            "distinct stories"
        } else {
            "corpus articles, cycled"
        }
    }
}

fn read_dir(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "html")))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect()
}

/// The best of `runs` analyses of `text`: the least disturbed by the shared machine.
fn best_time(text: &str, runs: usize) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            black_box(analyze(black_box(text)));
            start.elapsed()
        })
        .min()
        .unwrap()
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

fn throughput(c: &mut Criterion, articles: &Articles) {
    let files = articles.take(1_000_000);
    let total: usize = files.iter().map(|f| f.1.len()).sum();
    // The lexicon is built once per process, outside the measurement.
    let _ = analyze_file(&files[0].1, Some(&files[0].0));
    let mut group = c.benchmark_group("analyze");
    group.throughput(Throughput::BytesDecimal(total as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(8));
    group.bench_function(
        BenchmarkId::new(
            format!("{} {}", files.len(), articles.described()),
            format!("{:.2} MB", mb(total)),
        ),
        |b| {
            b.iter(|| {
                for (name, bytes) in &files {
                    let _ = black_box(analyze_file(bytes, Some(name)));
                }
            })
        },
    );
    group.finish();
}

/// Growth shapes: a linear engine takes the same time per MB whatever the layout and size.
fn shapes(articles: &Articles) {
    const RUNS: usize = 3;
    // About 6 MB, or all the distinct stories when they hold less (5.2 MB).
    let paragraphs = articles.document(6_000_000);
    // Newlines become spaces: the same bytes at the same offsets, but a single line.
    let one_line = paragraphs.replace('\n', " ");
    let quarter = articles.document(paragraphs.len() / 4);
    println!(
        "\nshapes: single documents of {}, the best of {RUNS} runs each, one core",
        articles.described()
    );

    let para_t = best_time(&paragraphs, RUNS);
    let line_t = best_time(&one_line, RUNS);
    println!(
        "  {:.2} MB in paragraphs: {:.2} s ({:.2} MB/s)",
        mb(paragraphs.len()),
        para_t.as_secs_f64(),
        mb(paragraphs.len()) / para_t.as_secs_f64()
    );
    println!(
        "  {:.2} MB as one line:   {:.2} s ({:.2} MB/s)",
        mb(one_line.len()),
        line_t.as_secs_f64(),
        mb(one_line.len()) / line_t.as_secs_f64()
    );
    println!(
        "  one line / paragraphs: {:.2}x the time (1.00 is linear)",
        line_t.as_secs_f64() / para_t.as_secs_f64()
    );

    let quarter_t = best_time(&quarter, RUNS);
    let size_ratio = paragraphs.len() as f64 / quarter.len() as f64;
    let time_ratio = para_t.as_secs_f64() / quarter_t.as_secs_f64();
    println!(
        "  {:.2} MB document: {:.2} s ({:.2} MB/s); {:.2} MB: {:.2} s ({:.2} MB/s)",
        mb(quarter.len()),
        quarter_t.as_secs_f64(),
        mb(quarter.len()) / quarter_t.as_secs_f64(),
        mb(paragraphs.len()),
        para_t.as_secs_f64(),
        mb(paragraphs.len()) / para_t.as_secs_f64()
    );
    println!(
        "  {size_ratio:.2}x the text takes {time_ratio:.2}x the time: {:.2}x the time per MB \
         (1.00 is linear)",
        time_ratio / size_ratio
    );
}

fn main() {
    let articles = Articles::load();
    let mut c = Criterion::default().configure_from_args();
    throughput(&mut c, &articles);
    c.final_summary();
    // Multi-second documents are measured only by `cargo bench`, not when `cargo test
    // --benches` checks that the bench runs (criterion's test mode: no `--bench`, or
    // `--bench --test`).
    let args: Vec<String> = std::env::args().collect();
    if args.iter().any(|a| a == "--bench") && !args.iter().any(|a| a == "--test") {
        shapes(&articles);
    }
}
