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
