//! Properties over any input: analysis never panics, and every span it reports slices the
//! analysed text to exactly the text it carries.
#![cfg(not(target_arch = "wasm32"))]

use communique::{analyze, analyze_file, Report};
use proptest::prelude::*;

/// Fragments of news prose, web noise and awkward characters, so random texts exercise
/// the engine's rules rather than only its fast paths.
const FRAGMENTS: &[&str] = &[
    "Pakistan",
    " and ",
    "China",
    " urged ",
    "the Taliban",
    " to ",
    "act against ",
    "al-Qaeda",
    "IS",
    " is ",
    "“",
    "”",
    "\"",
    "’s ",
    "'",
    ".",
    ". ",
    "\n",
    "\n\n",
    "U.S.",
    " said",
    ", ",
    "must ",
    "should ",
    "called for ",
    "a ceasefire",
    "EAM @DrSJaishankar",
    "Prime Minister ",
    "Imran Khan",
    "he ",
    "— A B (@ab) May 1, 2020",
    "https://t.co/x",
    "Read | ",
    "Photo: ",
    "é",
    "🙂",
    "\u{a0}",
    "\u{202f}",
    "\u{200b}",
    "The\u{a0}Kivu Observatory for Human Rights",
    " (KOHR)",
    "Kabul",
    " the envoy",
    "Dr. ",
    "S. ",
    "(",
    ")",
    ":",
    "—",
    "Islamabad, Dec 28 :",
    "2021",
    "date 2020-11-28 ",
    "both countries",
    "LeT",
    "JeM",
    "ISIS-K",
    "Home / ",
    "Check Also",
    "…",
    "\r\n",
    "\t",
    "<p>",
    "&amp;",
];

fn check(report: &Report, text: &str) {
    let slice = |s: usize, e: usize, t: &str| {
        assert!(s <= e && e <= text.len(), "{s}..{e} out of {}", text.len());
        assert_eq!(text.get(s..e), Some(t), "span {s}..{e}");
    };
    let actor_ids: Vec<_> = report.actors.iter().map(|a| a.id).collect();
    for a in &report.actors {
        for m in &a.mentions {
            slice(m.start, m.end, &m.text);
        }
        if let Some(x) = a.affiliation {
            assert!(actor_ids.contains(&x));
        }
    }
    for g in &report.groups {
        for m in &g.mentions {
            slice(m.start, m.end, &m.text);
        }
    }
    for d in &report.demands {
        slice(d.sentence.start, d.sentence.end, &d.sentence.text);
        for id in d.speakers.iter().chain(&d.addressees) {
            assert!(actor_ids.contains(id));
        }
    }
    assert_eq!(report.meta.chars, text.chars().count());
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn spans_slice_texts_built_from_news_fragments(parts in prop::collection::vec(0..FRAGMENTS.len(), 0..80)) {
        let text: String = parts.into_iter().map(|i| FRAGMENTS[i]).collect();
        let report = analyze(&text);
        check(&report, &text);
    }

    #[test]
    fn spans_slice_any_unicode_text(text in "\\PC{0,300}") {
        check(&analyze(&text), &text);
    }

    #[test]
    fn any_bytes_give_a_report_or_an_error(bytes in prop::collection::vec(any::<u8>(), 0..600), html in any::<bool>()) {
        let name = if html { "x.html" } else { "x.txt" };
        if let Ok(a) = analyze_file(&bytes, Some(name)) {
            let text = match &a.report.text {
                Some(t) => t.clone(),
                None => String::from_utf8(bytes.clone()).expect("untransformed input is UTF-8"),
            };
            check(&a.report, &text);
        }
    }
}

/// A long article with no line break at all (a page flattened by a careless export) must be
/// analysed to the end: per-line rules then see one enormous line. Only completion and the
/// spans are checked; how long it takes is for `make bench`.
#[test]
fn a_long_single_line_is_analysed() {
    let one_line: Vec<&str> = FRAGMENTS
        .iter()
        .copied()
        .filter(|f| !f.contains(['\n', '\r']))
        .collect();
    // A fixed pseudo-random walk over the fragments: varied text, the same every run.
    let mut state = 0x2545_f491_u32;
    let mut text = String::new();
    while text.len() < 300_000 {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        text.push_str(one_line[state as usize % one_line.len()]);
    }
    check(&analyze(&text), &text);
}

/// A sentence whose opening words read like a speaker label up to a colon that stands after
/// its modal ("They need to negotiate, … should say: '…'") must not have the "label"
/// skipped past the obligation it holds (that once sliced the text backwards).
#[test]
fn a_colon_after_a_modal_is_no_label_to_skip() {
    for text in [
        "A statement attributed to the rebel commander, Ivan Petrov, and carried by the state news agency said: \"The so-called mayor was removed from office.\"\n\nCall for negotiations\n\nMikhail, a farmer in his sixties, stopped his tractor to talk. It had gone on too long, he said. \"They need to negotiate, they should settle this somehow. Or the regional government should say: 'That is all. We are shelling. Leave now.'\"",
        "Or the government must decide: talks or war.",
        "Spokesperson, Mr Ali Khan: Kabul must act.",
    ] {
        check(&analyze(text), text);
    }
}
