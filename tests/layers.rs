//! The layer rule of ARCHITECTURE.md as a test: a file imports only from its own layer or
//! the layers below.
//!
//! Every `.rs` file under `src/` is read; its paths into the library (`crate::x…` in the
//! library, `communique::x…` in the binaries, and `super::…` climbing to the crate root)
//! are mapped to the top-level module they name, and that module to its layer. A path that
//! climbs, a file or module the map does not place, and a name the crate root does not
//! define all fail the test, so a new module has to be given its layer here.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The layers, bottom up. `lib.rs` is the crate root: it declares every module and
/// re-exports the doors' entry points, so it sits with the doors.
const LAYERS: &[(u8, &[&str])] = &[
    (1, &["input", "text", "lexicon", "report"]),
    (2, &["syntax"]),
    (3, &["actors", "groups"]),
    (4, &["demands"]),
    (
        5,
        &[
            "analyze",
            "annotated",
            "brief",
            "export",
            "corpus",
            "layout",
            "network",
            "palette",
            "timescale",
        ],
    ),
    (
        6,
        &["ui", "js", "protocol", "main.rs", "bin", "lib.rs", "python"],
    ),
];

fn layer(unit: &str) -> Option<u8> {
    LAYERS
        .iter()
        .find(|(_, units)| units.contains(&unit))
        .map(|&(l, _)| l)
}

/// The unit a source file belongs to: its top-level module, or `main.rs`, `lib.rs`, `bin`.
fn unit_of(rel: &Path) -> String {
    let parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    match parts.as_slice() {
        [file] if file == "main.rs" || file == "lib.rs" => file.clone(),
        [file] => file.trim_end_matches(".rs").to_string(),
        [dir, ..] => dir.clone(),
        [] => String::new(),
    }
}

/// The module path of a library file: `src/demands/parties.rs` is `demands::parties`.
fn module_path(rel: &Path) -> Vec<String> {
    let mut parts: Vec<String> = rel
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if let Some(last) = parts.pop() {
        match last.as_str() {
            "lib.rs" | "mod.rs" => {}
            file => parts.push(file.trim_end_matches(".rs").to_string()),
        }
    }
    parts
}

/// Rust source with comments, strings and character literals blanked out (newlines kept,
/// so byte offsets and line numbers stay those of the file): a path in a doc comment or a
/// regex is no import.
fn code_only(src: &str) -> String {
    let b = src.as_bytes();
    let mut out = b.to_vec();
    let blank = |out: &mut Vec<u8>, from: usize, to: usize| {
        for c in &mut out[from..to.min(b.len())] {
            if *c != b'\n' {
                *c = b' ';
            }
        }
    };
    let after_ident = |i: usize| i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        if rest.starts_with(b"//") {
            let end = rest
                .iter()
                .position(|&c| c == b'\n')
                .map_or(b.len(), |p| i + p);
            blank(&mut out, i, end);
            i = end;
        } else if rest.starts_with(b"/*") {
            let (mut depth, mut j) = (0usize, i);
            while j < b.len() {
                if b[j..].starts_with(b"/*") {
                    depth += 1;
                    j += 2;
                } else if b[j..].starts_with(b"*/") {
                    depth -= 1;
                    j += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    j += 1;
                }
            }
            blank(&mut out, i, j);
            i = j;
        } else if (rest.starts_with(b"r\"") || rest.starts_with(b"r#"))
            && (!after_ident(i) || (i > 0 && b[i - 1] == b'b' && !after_ident(i - 1)))
        {
            let hashes = rest[1..].iter().take_while(|&&c| c == b'#').count();
            if rest.get(1 + hashes) != Some(&b'"') {
                i += 1;
                continue;
            }
            let close: Vec<u8> = std::iter::once(b'"')
                .chain(std::iter::repeat_n(b'#', hashes))
                .collect();
            let body = i + 2 + hashes;
            let end = b[body..]
                .windows(close.len())
                .position(|w| w == close.as_slice())
                .map_or(b.len(), |p| body + p + close.len());
            blank(&mut out, i, end);
            i = end;
        } else if b[i] == b'"' {
            let mut j = i + 1;
            while j < b.len() && b[j] != b'"' {
                j += if b[j] == b'\\' { 2 } else { 1 };
            }
            blank(&mut out, i, j + 1);
            i = j + 1;
        } else if b[i] == b'\'' {
            // A character literal ('x', '\n', '’'), or else a lifetime or label ('a).
            let end = if rest.get(1) == Some(&b'\\') {
                rest[2..]
                    .iter()
                    .skip(1)
                    .position(|&c| c == b'\'')
                    .map(|p| i + 3 + p + 1)
            } else {
                src[i + 1..]
                    .chars()
                    .next()
                    .map(|c| i + 1 + c.len_utf8())
                    .filter(|&j| b.get(j) == Some(&b'\''))
                    .map(|j| j + 1)
            };
            match end {
                Some(end) => {
                    blank(&mut out, i, end);
                    i = end;
                }
                None => i += 1,
            }
        } else {
            i += 1;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Ident(String),
    Path,
    Open,
    Close,
    Comma,
    Semi,
    Other,
}

/// The tokens of blanked code, each with its byte offset.
fn tokens(code: &str) -> Vec<(usize, Tok)> {
    let b = code.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c.is_ascii_alphabetic() || c == b'_' {
            let len = b[i..]
                .iter()
                .take_while(|c| c.is_ascii_alphanumeric() || **c == b'_')
                .count();
            out.push((i, Tok::Ident(code[i..i + len].to_string())));
            i += len;
            continue;
        }
        let tok = match c {
            b':' if b.get(i + 1) == Some(&b':') => {
                out.push((i, Tok::Path));
                i += 2;
                continue;
            }
            b'{' => Tok::Open,
            b'}' => Tok::Close,
            b',' => Tok::Comma,
            b';' => Tok::Semi,
            c if c.is_ascii_whitespace() => {
                i += 1;
                continue;
            }
            _ => Tok::Other,
        };
        out.push((i, tok));
        i += 1;
    }
    out
}

fn ident(t: Option<&(usize, Tok)>) -> Option<&str> {
    match t {
        Some((_, Tok::Ident(s))) => Some(s),
        _ => None,
    }
}

/// The heads of a use group starting at `toks[open]` (a `{`): `{actors::Cast, text::{A,
/// B}}` has the heads `actors` and `text`.
fn group_heads(toks: &[(usize, Tok)], open: usize) -> Vec<String> {
    let mut heads = Vec::new();
    let mut depth = 0;
    let mut expect_head = true;
    for (_, t) in &toks[open..] {
        match t {
            Tok::Open => {
                depth += 1;
                if depth == 1 {
                    expect_head = true;
                }
            }
            Tok::Close => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
            }
            Tok::Comma if depth == 1 => expect_head = true,
            Tok::Ident(s) if depth == 1 && expect_head => {
                heads.push(s.clone());
                expect_head = false;
            }
            _ => {}
        }
    }
    heads
}

/// One path into the library's root: the top-level name it reaches, where.
#[derive(Debug, Clone, PartialEq)]
struct Import {
    name: String,
    line: usize,
    written: String,
}

/// The top-level names `code` reaches. `module` is the file's module path, for `super`;
/// `root` is the identifier that names the library here (`crate`, or `communique` in the
/// binaries, whose own `crate` is themselves).
fn imports(code: &str, module: &[String], root: &str) -> Vec<Import> {
    let toks = tokens(code);
    let line = |at: usize| code[..at].matches('\n').count() + 1;
    let written = |at: usize| {
        let end = code[at..]
            .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .map_or(code.len(), |p| at + p);
        code[at..end].to_string()
    };
    let mut out = Vec::new();
    // Inline modules (`mod tests { … }`) open at these brace depths.
    let mut inline: Vec<usize> = Vec::new();
    let mut depth = 0usize;
    for i in 0..toks.len() {
        match &toks[i].1 {
            Tok::Open => {
                depth += 1;
                let is_mod = i >= 2
                    && ident(toks.get(i - 2)) == Some("mod")
                    && ident(toks.get(i - 1)).is_some();
                if is_mod {
                    inline.push(depth);
                }
                continue;
            }
            Tok::Close => {
                if inline.last() == Some(&depth) {
                    inline.pop();
                }
                depth = depth.saturating_sub(1);
                continue;
            }
            _ => {}
        }
        let Some(first) = ident(toks.get(i)) else {
            continue;
        };
        let starts_path = i == 0 || toks[i - 1].1 != Tok::Path;
        if !starts_path || toks.get(i + 1).map(|t| &t.1) != Some(&Tok::Path) {
            continue;
        }
        // The token after the root: `crate::x`, or `super::super::x` once it climbs out.
        let after = if first == root {
            i + 2
        } else if first == "super" && root == "crate" {
            let mut k = i;
            let mut ups = 0;
            while ident(toks.get(k)) == Some("super")
                && toks.get(k + 1).map(|t| &t.1) == Some(&Tok::Path)
            {
                ups += 1;
                k += 2;
            }
            if ups < module.len() + inline.len() {
                continue;
            }
            k
        } else {
            continue;
        };
        let at = toks[i].0;
        let (names, group) = match toks.get(after) {
            Some((_, Tok::Open)) => (group_heads(&toks, after), true),
            Some((_, Tok::Ident(s))) => (vec![s.clone()], false),
            _ => (Vec::new(), false),
        };
        for name in names.into_iter().filter(|n| n != "self") {
            let path = written(at);
            out.push(Import {
                written: if group {
                    format!("{path}{{{name}…}}")
                } else {
                    path
                },
                name,
                line: line(at),
            });
        }
    }
    out
}

/// The names `lib.rs` brings into the crate root with `use`, and the module each comes
/// from: `pub use analyze::{analyze, Format}` defines `crate::Format` in `analyze`.
fn root_names(lib: &str) -> BTreeMap<String, String> {
    let toks = tokens(&code_only(lib));
    let mut out = BTreeMap::new();
    let mut depth = 0;
    let mut i = 0;
    while i < toks.len() {
        match &toks[i].1 {
            Tok::Open => depth += 1,
            Tok::Close => depth -= 1,
            Tok::Ident(u) if u == "use" && depth == 0 => {
                let end = toks[i..]
                    .iter()
                    .position(|t| t.1 == Tok::Semi)
                    .map_or(toks.len(), |p| i + p);
                let tree = &toks[i + 1..end];
                if let Some(module) = ident(tree.first()) {
                    for (j, (_, t)) in tree.iter().enumerate() {
                        let Tok::Ident(name) = t else { continue };
                        let followed = tree.get(j + 1).map(|t| &t.1);
                        let aliased = ident(tree.get(j + 1)) == Some("as");
                        let is_alias = j > 0 && ident(tree.get(j - 1)) == Some("as");
                        let leaf = followed != Some(&Tok::Path) && !aliased && name != "as";
                        if (leaf && (j > 0 || tree.len() == 1)) || is_alias {
                            out.insert(name.clone(), module.to_string());
                        }
                    }
                }
                i = end;
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The modules `lib.rs` declares.
fn declared_modules(lib: &str) -> Vec<String> {
    let toks = tokens(&code_only(lib));
    toks.windows(3)
        .filter_map(|w| match (&w[0].1, &w[1].1, &w[2].1) {
            (Tok::Ident(m), Tok::Ident(name), Tok::Semi) if m == "mod" => Some(name.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_import_points_down_or_sideways() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).expect("src/lib.rs");
    let roots = root_names(&lib);
    let mut problems = Vec::new();
    for m in declared_modules(&lib) {
        if layer(&m).is_none() {
            problems.push(format!(
                "src/lib.rs declares module `{m}`, which has no layer in tests/layers.rs"
            ));
        }
    }
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    // The Python door is a crate of its own (python/), a door like the binaries.
    let door = Path::new(env!("CARGO_MANIFEST_DIR")).join("python/src");
    let mut door_files = Vec::new();
    rust_files(&door, &mut door_files);
    let units = files
        .iter()
        .map(|p| {
            let rel = p.strip_prefix(&src).expect("under src");
            (p, format!("src/{}", rel.display()), unit_of(rel), rel)
        })
        .chain(door_files.iter().map(|p| {
            let rel = p.strip_prefix(&door).expect("under python/src");
            (
                p,
                format!("python/src/{}", rel.display()),
                "python".into(),
                rel,
            )
        }));
    let mut seen = 0;
    for (path, shown, unit, rel) in units {
        let Some(own) = layer(&unit) else {
            problems.push(format!(
                "{shown}: `{unit}` has no layer; place it in LAYERS (tests/layers.rs) and in \
                 ARCHITECTURE.md"
            ));
            continue;
        };
        let binary = unit == "bin" || unit == "main.rs" || unit == "python";
        let (root, module) = if binary {
            ("communique", Vec::new())
        } else {
            ("crate", module_path(rel))
        };
        let code = code_only(&std::fs::read_to_string(path).expect("source file"));
        for import in imports(&code, &module, root) {
            seen += 1;
            let target = if layer(&import.name).is_some() {
                import.name.clone()
            } else if let Some(m) = roots.get(&import.name) {
                m.clone()
            } else {
                problems.push(format!(
                    "{shown}:{}: `{}` reaches `{}`, which is neither a module in LAYERS \
                     (tests/layers.rs) nor a name lib.rs brings into the crate root",
                    import.line, import.written, import.name
                ));
                continue;
            };
            let Some(theirs) = layer(&target) else {
                problems.push(format!(
                    "{shown}:{}: `{}` reaches module `{target}`, which has no layer",
                    import.line, import.written
                ));
                continue;
            };
            if theirs > own {
                problems.push(format!(
                    "{shown}:{}: `{}` imports `{target}` (layer {theirs}) into `{unit}` \
                     (layer {own}): a file imports only from its own layer or below",
                    import.line, import.written
                ));
            }
        }
    }
    assert!(seen > 50, "only {seen} imports found: the scan is broken");
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn imports_are_read_from_code_only() {
    let code = code_only(
        "use crate::{actors::{Cast, Key}, text::Span};\n\
         // crate::ui in a comment\n\
         /// [`crate::js`] in a doc\n\
         let s = \"crate::corpus\"; let r = r#\"crate::export\"#; let c = '\"';\n\
         let q = '\\''; fn f<'a>(x: &'a str) {}\n\
         crate::text::pattern::regex(x);\n\
         mod tests { use super::*; use super::super::analyze; }\n",
    );
    let module = vec!["groups".to_string()];
    let got: Vec<(String, usize)> = imports(&code, &module, "crate")
        .into_iter()
        .map(|i| (i.name, i.line))
        .collect();
    let want = [("actors", 1), ("text", 1), ("text", 6), ("analyze", 7)];
    let want: Vec<(String, usize)> = want.iter().map(|&(n, l)| (n.to_string(), l)).collect();
    assert_eq!(got, want);
}

#[test]
fn root_names_resolve_to_their_modules() {
    let names = root_names(
        "pub mod analyze;\npub use analyze::{analyze, analyze_file as file, Format};\n\
         pub use report::Report;\npub use input;\n",
    );
    let get = |n: &str| names.get(n).map(String::as_str);
    assert_eq!(get("analyze"), Some("analyze"));
    assert_eq!(get("file"), Some("analyze"));
    assert_eq!(get("Format"), Some("analyze"));
    assert_eq!(get("Report"), Some("report"));
    assert_eq!(get("input"), Some("input"));
    assert_eq!(get("analyze_file"), None);
}

#[test]
fn files_map_to_their_units() {
    let unit = |p: &str| unit_of(Path::new(p));
    assert_eq!(unit("demands/parties.rs"), "demands");
    assert_eq!(unit("groups.rs"), "groups");
    assert_eq!(unit("main.rs"), "main.rs");
    assert_eq!(unit("bin/worker.rs"), "bin");
    assert_eq!(layer(&unit("syntax/tree.rs")), Some(2));
    assert_eq!(module_path(Path::new("demands/mod.rs")), ["demands"]);
    assert_eq!(
        module_path(Path::new("demands/cues.rs")),
        ["demands", "cues"]
    );
}
