//! The `communique` command line as a user runs it.
#![cfg(not(target_arch = "wasm32"))]

use serde_json::Value;
use std::io::Write;
use std::process::{Command, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_communique"))
}

fn temp(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("communique-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

#[test]
fn reports_every_file_and_names_the_bad_one() {
    let txt = temp(
        "statement.txt",
        "Norway urged both sides to resume talks.".as_bytes(),
    );
    let bin_file = temp("photo.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR");
    let html = temp(
        "page.html",
        b"<html><body><h1>Envoy urges calm</h1><p>The UN urged restraint.</p></body></html>",
    );
    let out = bin().args([&txt, &bin_file, &html]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("photo.txt") && stderr.contains("PNG image"),
        "{stderr}"
    );
    let reports: Value = serde_json::from_slice(&out.stdout).expect("a JSON array on stdout");
    let reports = reports.as_array().unwrap();
    assert_eq!(reports.len(), 2);
    assert_eq!(reports[0]["source"], txt.to_str().unwrap());
    assert_eq!(reports[0]["version"], 1);
    assert!(reports[0].get("text").is_none());
    assert_eq!(reports[1]["meta"]["title"], "Envoy urges calm");
    assert!(reports[1]["text"].is_string());
}

#[test]
fn reads_utf16_without_a_byte_order_mark() {
    // What Windows tools often export: UTF-16LE, no BOM, CRLF line ends.
    let text =
        "Qatar’s envoy urges calm\r\n\r\nQatar urged Hamas and Israel to extend the truce.\r\n";
    let bytes: Vec<u8> = text.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let file = temp("windows-export.txt", &bytes);
    let out = bin().arg(&file).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let reports: Value = serde_json::from_slice(&out.stdout).unwrap();
    let report = &reports[0];
    assert_eq!(
        report["text"], text,
        "the decoded text, which the offsets index"
    );
    assert_eq!(report["meta"]["title"], "Qatar’s envoy urges calm");
    assert_eq!(report["demands"][0]["category"], "ceasefire");
    let mention = &report["actors"][0]["mentions"][0];
    let (start, end) = (
        mention["start"].as_u64().unwrap() as usize,
        mention["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(&text[start..end], mention["text"]);
}

#[test]
fn reads_standard_input_and_pretty_prints() {
    let mut child = bin()
        .args(["--pretty", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("The EU called on Iran to release the detainees.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.starts_with("[\n  {"), "{stdout}");
    let reports: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(reports[0]["source"], Value::Null);
    assert_eq!(reports[0]["demands"][0]["category"], "humanitarian");
}

#[test]
fn usage_errors_exit_two() {
    let out = bin().output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("usage: communique"));
    let out = bin().arg("--frobnicate").output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn a_missing_file_is_named() {
    let out = bin().arg("/nonexistent/article.txt").output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/article.txt"));
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "[]");
}

#[test]
fn jsonl_streams_a_folder_with_progress_and_names_bad_files() {
    let dir = std::env::temp_dir().join(format!("communique-jsonl-{}", std::process::id()));
    let nested = dir.join("march");
    std::fs::create_dir_all(&nested).unwrap();
    for i in 0..60 {
        let text = format!("Published: March {}, 2024\n\nNorway urged Colombia and the ELN to resume talks, day {i}.", i % 28 + 1);
        std::fs::write(nested.join(format!("a{i:02}.txt")), text).unwrap();
    }
    std::fs::write(dir.join("page.html"), "<html><body><h1>Qatar urges calm</h1><p>Qatar urged Hamas to release the hostages.</p></body></html>").unwrap();
    std::fs::write(dir.join("broken.txt"), b"\0\0\0binary").unwrap();
    std::fs::write(dir.join("notes.pdf"), b"%PDF-1.4").unwrap();
    let out = bin().arg("--jsonl").arg(&dir).output().unwrap();
    assert_eq!(out.status.code(), Some(1), "the binary file fails the run");
    let lines: Vec<Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).expect("each line is one report"))
        .collect();
    assert_eq!(
        lines.len(),
        61,
        "60 articles and the page; the PDF is not searched"
    );
    assert!(lines[0]["source"]
        .as_str()
        .unwrap()
        .ends_with("march/a00.txt"));
    assert_eq!(lines[60]["meta"]["title"], "Qatar urges calm");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("broken.txt: this is not a text file"),
        "{stderr}"
    );
    assert!(
        stderr.contains("62/62 files"),
        "progress for a big folder: {stderr}"
    );
}

#[test]
fn csv_and_graphml_tables_of_a_batch() {
    let a = temp(
        "one.txt",
        b"Published: May 2, 2024\n\nPakistan urged the Taliban to act against the TTP militants.",
    );
    let b = temp("two.txt", b"Published: May 3, 2024\n\nChina and Pakistan urged the Taliban to protect Chinese nationals.");
    let out = bin()
        .args(["--csv", "demands"])
        .arg(&a)
        .arg(&b)
        .output()
        .unwrap();
    assert!(out.status.success());
    let csv = String::from_utf8(out.stdout).unwrap();
    let rows: Vec<&str> = csv.lines().collect();
    assert_eq!(
        rows[0],
        "document,date,speakers,addressees,category,cameo,verb,asked,groups,quoted,sentence"
    );
    assert_eq!(rows.len(), 3);
    assert!(
        rows[1].contains(",2024-05-02,Pakistan,Taliban,counterterrorism,"),
        "{}",
        rows[1]
    );
    assert!(
        rows[2].contains(",China; Pakistan,Taliban,humanitarian,"),
        "{}",
        rows[2]
    );
    let out = bin().arg("--graphml").arg(&a).arg(&b).output().unwrap();
    let xml = String::from_utf8(out.stdout).unwrap();
    assert!(
        xml.contains(
            r#"source="Country:pakistan" target="ArmedGroup:taliban"><data key="weight">2</data>"#
        ),
        "{xml}"
    );
    assert!(
        xml.contains(r#"<node id="Country:china"><data key="label">China</data>"#),
        "{xml}"
    );
    let out = bin().args(["--csv", "people"]).arg(&a).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("--csv takes demands, actors or groups"));
}
