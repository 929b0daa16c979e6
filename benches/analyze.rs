//! Throughput of `analyze` on about 1 MB of the project's own articles (`tests/corpus`),
//! reported by criterion in bytes per second.
#![cfg(not(target_arch = "wasm32"))]

use communique::analyze_file;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::path::Path;

fn corpus() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/corpus")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("txt" | "html")))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            (
                p.file_name().unwrap().to_string_lossy().into_owned(),
                std::fs::read(&p).unwrap(),
            )
        })
        .collect()
}

fn bench(c: &mut Criterion) {
    let articles = corpus();
    let once: usize = articles.iter().map(|(_, b)| b.len()).sum();
    let rounds = (1_000_000 / once).max(1);
    let total = once * rounds;
    // Build the lexicon outside the measurement: it is built once per process.
    let _ = analyze_file(&articles[0].1, Some(&articles[0].0));
    let mut group = c.benchmark_group("analyze");
    group.throughput(Throughput::Bytes(total as u64));
    group.sample_size(10);
    group.bench_function(
        format!(
            "{} articles, {:.2} MB",
            articles.len() * rounds,
            total as f64 / 1e6
        ),
        |b| {
            b.iter(|| {
                for _ in 0..rounds {
                    for (name, bytes) in &articles {
                        let _ = std::hint::black_box(analyze_file(bytes, Some(name)));
                    }
                }
            })
        },
    );
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
