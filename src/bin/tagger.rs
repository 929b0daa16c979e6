//! Trains and evaluates the part-of-speech tagger on the UD English Web Treebank.
//!
//! `tagger train UD_DIR OUT` writes the model (`make tagger`); `tagger eval UD_DIR` prints the
//! speed and accuracy of the compiled-in model on the treebank's test split
//! (`make tagger-eval`); `tagger dev UD_DIR` trains on train alone and measures the dev
//! split, known and unknown words apart: the figure to tune on, test staying unseen.

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use communique::syntax::perceptron::Model;
    use communique::syntax::train::{accuracy, read_conllu, train, Sentence, Settings};
    use std::path::Path;
    use std::process::ExitCode;
    use std::time::Instant;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let read = |dir: &str, split: &str| {
        let path = Path::new(dir).join(format!("en_ewt-ud-{split}.conllu"));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        read_conllu(&text).map_err(|e| format!("{}: {e}", path.display()))
    };
    // Tokens a second, tagging every sentence five times over.
    let speed = |model: &Model, sentences: &[Sentence]| {
        let raws: Vec<Vec<&str>> = sentences
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        let start = Instant::now();
        let mut tokens = 0;
        for _ in 0..5 {
            for raw in &raws {
                tokens += model.tag(raw).len();
            }
        }
        tokens as f64 / start.elapsed().as_secs_f64()
    };
    let run = || -> Result<(), String> {
        match args
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            ["train", dir, out] => {
                let mut sentences = read(dir, "train")?;
                let dev = read(dir, "dev")?;
                let model = train(&sentences, &Settings::default());
                eprintln!(
                    "UPOS accuracy {:.3} on en_ewt-ud-dev (trained on train)",
                    accuracy(&model, &dev)
                );
                // The shipped model learns from train and dev; test stays unseen.
                sentences.extend(dev);
                let start = Instant::now();
                let model = train(&sentences, &Settings::default());
                let bytes = model.to_bytes();
                std::fs::write(out, &bytes).map_err(|e| format!("{out}: {e}"))?;
                eprintln!(
                    "wrote {out}: {} bytes, trained in {:.1}s",
                    bytes.len(),
                    start.elapsed().as_secs_f64()
                );
                Ok(())
            }
            ["dev", dir] => {
                let sentences = read(dir, "train")?;
                let dev = read(dir, "dev")?;
                let start = Instant::now();
                let model = train(&sentences, &Settings::default());
                let secs = start.elapsed().as_secs_f64();
                let bytes = model.to_bytes();
                let seen: std::collections::HashSet<String> = sentences
                    .iter()
                    .flat_map(|s| s.words.iter().map(|w| w.to_lowercase()))
                    .collect();
                let (mut known, mut unknown) = ([0usize; 2], [0usize; 2]);
                for s in &dev {
                    let raw: Vec<&str> = s.words.iter().map(String::as_str).collect();
                    for ((got, gold), w) in model.tag(&raw).iter().zip(&s.tags).zip(&raw) {
                        let n = if seen.contains(&w.to_lowercase()) {
                            &mut known
                        } else {
                            &mut unknown
                        };
                        n[0] += usize::from(got == gold);
                        n[1] += 1;
                    }
                }
                let share = |n: [usize; 2]| n[0] as f64 / n[1].max(1) as f64;
                println!(
                    "trained on train in {secs:.1}s: {} bytes, {:.0} tokens/s",
                    bytes.len(),
                    speed(&model, &dev)
                );
                println!(
                    "known words {:.4}, unknown words {:.4} ({} of {})",
                    share(known),
                    share(unknown),
                    unknown[1],
                    known[1] + unknown[1]
                );
                println!(
                    "UPOS accuracy {:.4} on en_ewt-ud-dev",
                    share([known[0] + unknown[0], known[1] + unknown[1]])
                );
                Ok(())
            }
            ["eval", dir] => {
                let test = read(dir, "test")?;
                let tokens: usize = test.iter().map(|s| s.words.len()).sum();
                let model: &Model = communique::syntax::model();
                println!("{} sentences, {tokens} words", test.len());
                println!("{:.0} tokens/s", speed(model, &test));
                println!(
                    "UPOS accuracy {:.3} on en_ewt-ud-test",
                    accuracy(model, &test)
                );
                Ok(())
            }
            _ => Err(
                "usage: tagger train UD_DIR OUT | tagger eval UD_DIR | tagger dev UD_DIR".into(),
            ),
        }
    };
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("tagger: {e}");
            ExitCode::FAILURE
        }
    }
}
