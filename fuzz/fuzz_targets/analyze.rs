//! Any bytes, as text or as an HTML page: a report whose spans slice its text, or an error.
#![no_main]

use communique::analyze_file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (html, bytes) = match data.split_first() {
        Some((flag, rest)) => (flag & 1 == 1, rest),
        None => (false, data),
    };
    let name = if html { "page.html" } else { "article.txt" };
    if let Ok(a) = analyze_file(bytes, Some(name)) {
        let text = match &a.report.text {
            Some(t) => t.as_bytes(),
            None => bytes,
        };
        for m in a.report.actors.iter().flat_map(|x| &x.mentions).chain(a.report.groups.iter().flat_map(|g| &g.mentions)) {
            assert_eq!(&text[m.start..m.end], m.text.as_bytes());
        }
        for d in &a.report.demands {
            assert_eq!(&text[d.sentence.start..d.sentence.end], d.sentence.text.as_bytes());
        }
    }
});
