//! Trains and measures the learned reading of demands' categories (`category_model`).
//!
//! `categories train DIR OUT` reads the annotated articles of DIR, pairs each demand the
//! rules find with the gold demand its sentence holds, and writes the model trained on them
//! all (`make categories`, from `tests/corpus`); it first prints the figure to choose
//! settings on: trained on four articles in five, the accuracy on the fifth, against the
//! rules'. `categories eval DIR...` prints the rules' and the shipped model's accuracy on
//! the demands of other annotated articles (`make score`).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    match run(&std::env::args().skip(1).collect::<Vec<_>>()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("categories: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn run(args: &[String]) -> Result<(), String> {
    use communique::annotated::articles_in;
    use communique::demands::category_model::Model;
    use communique::demands::category_training::{accuracy, fifth, train, Settings};
    use std::path::Path;
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let read = |dirs: &[&str]| {
        let paths: Vec<&Path> = dirs.iter().map(Path::new).collect();
        articles_in(&paths).map_err(|e| format!("{}: {e}", dirs.join(" ")))
    };
    match args.as_slice() {
        ["train", dir, out] => {
            let articles = read(&[dir])?;
            let settings = Settings::default();
            let model = train(fifth(&articles, false), &settings);
            let (learned, rules, n) = accuracy(&model, fifth(&articles, true));
            eprintln!(
                "held-out fifth of {} articles: model {learned:.3}, rules {rules:.3} ({n} demands)",
                articles.len()
            );
            let model = train(articles.iter().flatten(), &settings);
            let bytes = model.to_bytes();
            std::fs::write(out, &bytes).map_err(|e| format!("{out}: {e}"))?;
            eprintln!(
                "wrote {out}: {} features, {} bytes",
                model.len(),
                bytes.len()
            );
            Ok(())
        }
        ["eval", dirs @ ..] if !dirs.is_empty() => {
            let articles = read(dirs)?;
            let (learned, rules, n) = accuracy(Model::shipped(), articles.iter().flatten());
            println!(
                "category accuracy on {n} matched demands: model {learned:.3}, rules {rules:.3}"
            );
            Ok(())
        }
        _ => Err("usage: categories train CORPUS_DIR OUT | categories eval DIR...".into()),
    }
}
