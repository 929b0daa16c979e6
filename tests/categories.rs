//! The learned reading of demands' categories (`category_model`) on the project corpus:
//! the shipped weights are what the corpus trains, the model beats the rules on articles it
//! was not trained on, and the report gives the model's reading of the rules' answer.
#![cfg(not(target_arch = "wasm32"))]

use communique::annotated::articles_in;
use communique::demands::category_model::{features_in, Model};
use communique::demands::category_training::{accuracy, fifth, train, Example, Settings};
use communique::{analyze_file, analyze_file_by_rules};
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus")
}

/// The corpus's articles, their demands as the rules read them paired with gold.
static ARTICLES: LazyLock<Vec<Vec<Example>>> =
    LazyLock::new(|| articles_in(&[&corpus()]).expect("tests/corpus"));

#[test]
fn the_shipped_model_is_what_the_corpus_trains() {
    let model = train(ARTICLES.iter().flatten(), &Settings::default());
    assert!(
        model.to_bytes() == include_bytes!("../data/categories.bin"),
        "data/categories.bin is not the model tests/corpus trains: run `make categories`"
    );
}

#[test]
fn the_model_beats_the_rules_on_articles_it_did_not_learn_from() {
    let model = train(fifth(&ARTICLES, false), &Settings::default());
    let (learned, rules, n) = accuracy(&model, fifth(&ARTICLES, true));
    assert!(n >= 1000, "only {n} held-out demands paired with gold");
    assert!(
        learned >= rules + 0.04,
        "held out: model {learned:.3} against the rules' {rules:.3}"
    );
}

#[test]
fn the_report_gives_the_models_reading_of_the_rules_answer() {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus())
        .expect("tests/corpus")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    paths.sort();
    let (mut demands, mut changed) = (0, 0);
    for path in paths.iter().step_by(40) {
        let bytes = std::fs::read(path).expect("article");
        let name = path.to_string_lossy();
        let learned = analyze_file(&bytes, Some(&name)).expect("analyses").report;
        let rules = analyze_file_by_rules(&bytes, Some(&name))
            .expect("analyses")
            .report;
        assert_eq!(learned.demands.len(), rules.demands.len(), "{name}");
        for (l, r) in learned.demands.iter().zip(&rules.demands) {
            assert_eq!((&l.text, &l.speakers), (&r.text, &r.speakers), "{name}");
            let read = Model::shipped().decide_hashed(&features_in(&rules.actors, r), r.category);
            assert_eq!(l.category, read, "{name}: {:?}", l.text);
            demands += 1;
            changed += usize::from(l.category != r.category);
        }
    }
    assert!(demands >= 500 && changed > 0, "{changed} of {demands}");
}
