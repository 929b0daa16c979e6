//! Trains and evaluates the part-of-speech tagger on the UD English Web Treebank.
//!
//! `tagger train UD_DIR OUT` writes the model (`make tagger`); `tagger eval UD_DIR` prints the
//! accuracy of the compiled-in model on the treebank's test split (`make tagger-eval`).

#[cfg(target_arch = "wasm32")]
fn main() {}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    use communique::syntax::perceptron::Model;
    use communique::syntax::train::{accuracy, read_conllu, train, Settings};
    use std::path::Path;
    use std::process::ExitCode;

    let args: Vec<String> = std::env::args().skip(1).collect();
    let read = |dir: &str, split: &str| {
        let path = Path::new(dir).join(format!("en_ewt-ud-{split}.conllu"));
        let text =
            std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        read_conllu(&text).map_err(|e| format!("{}: {e}", path.display()))
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
                let model = train(&sentences, &Settings::default());
                let bytes = model.to_bytes();
                std::fs::write(out, &bytes).map_err(|e| format!("{out}: {e}"))?;
                eprintln!("wrote {out}: {} bytes", bytes.len());
                Ok(())
            }
            ["eval", dir] => {
                let test = read(dir, "test")?;
                let tokens: usize = test.iter().map(|s| s.words.len()).sum();
                let model: &Model = communique::syntax::model();
                println!("{} sentences, {tokens} words", test.len());
                println!(
                    "UPOS accuracy {:.3} on en_ewt-ud-test",
                    accuracy(model, &test)
                );
                Ok(())
            }
            _ => Err("usage: tagger train UD_DIR OUT | tagger eval UD_DIR".into()),
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
