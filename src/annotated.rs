//! Annotated articles read from disk (`NAME.txt` or `NAME.html` beside `NAME.gold.json`)
//! and analysed by the rules alone: what the learned reading of categories trains on and is
//! measured on (`src/bin/categories.rs`, `tests/categories.rs`).

use crate::demands::category_training::{paired, Example};

/// The annotated articles of `dirs` (each `NAME.txt` or `NAME.html` beside its
/// `NAME.gold.json`), in name order, analysed by the rules, each with its demands paired
/// with gold.
pub fn articles_in(dirs: &[&std::path::Path]) -> Result<Vec<Vec<Example>>, String> {
    use rayon::prelude::*;
    let mut articles = Vec::new();
    for dir in dirs {
        let entries = std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| format!("{}: {e}", dir.display()))?.path();
            let stem = path.file_stem().unwrap_or_default().to_string_lossy();
            let gold = path.with_file_name(format!("{stem}.gold.json"));
            let article = path.extension().is_some_and(|x| x == "txt" || x == "html");
            if article && gold.exists() {
                articles.push((path, gold));
            }
        }
    }
    articles.sort();
    if articles.is_empty() {
        return Err("no NAME.txt or NAME.html with NAME.gold.json there".into());
    }
    articles
        .par_iter()
        .map(|(text, gold)| {
            let read =
                |p: &std::path::Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
            let gold: serde_json::Value = serde_json::from_slice(&read(gold)?)
                .map_err(|e| format!("{}: {e}", gold.display()))?;
            let name = text.to_string_lossy();
            let report = crate::analyze_file_by_rules(&read(text)?, Some(&name))
                .map_err(|e| format!("{name}: {e}"))?
                .report;
            Ok(paired(&report, &gold))
        })
        .collect()
}
