//! HTML pages reduced to the article a reader sees, with html5gum's WHATWG tokenizer.
//!
//! Page furniture (scripts, navigation, headers, footers, asides, forms, figures) is dropped
//! whole; block elements become paragraph breaks so headlines stay their own sentences;
//! character references are decoded by the tokenizer.

use crate::lexicon::words::Words;
use html5gum::{DefaultEmitter, Token, Tokenizer};

/// The readable text of a page and its headline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    pub text: String,
    pub title: Option<String>,
}

/// Elements whose whole content is furniture, never article text.
const SKIPPED: &[&str] = &[
    "script",
    "style",
    "noscript",
    "template",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "figure",
    "figcaption",
    "svg",
    "iframe",
    "button",
    "select",
    "textarea",
    "object",
    "head",
    "menu",
    "dialog",
    "canvas",
    "video",
    "audio",
    "map",
];

const BLOCKS: &[&str] = &[
    "p",
    "div",
    "br",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "ul",
    "ol",
    "tr",
    "table",
    "blockquote",
    "section",
    "article",
    "main",
    "pre",
    "hr",
    "dd",
    "dt",
    "dl",
    "body",
    "td",
    "th",
    "address",
    "center",
];

const VOID: &[&str] = &[
    "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track",
    "wbr", "param",
];

/// True when the bytes look like an HTML document rather than text that mentions a tag.
pub fn sniff(text: &str) -> bool {
    let head = text.trim_start_matches('\u{feff}').trim_start();
    let lower: String = head
        .chars()
        .take(512)
        .collect::<String>()
        .to_ascii_lowercase();
    lower.starts_with("<!doctype html")
        || lower.starts_with("<html")
        || (lower.starts_with('<') && (lower.contains("<head") || lower.contains("<body")))
}

/// Reduces an HTML page to its readable text.
pub fn to_text(html: &str) -> Page {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut out = Out::default();
    // Names of open elements whose content is skipped; nested same-name elements are counted
    // so a `<div>` inside a skipped `<div>` does not end the skip early.
    let mut skip: Option<(String, usize)> = None;
    let mut in_title = false;
    let mut in_h1 = false;
    let mut title = String::new();
    let mut h1 = String::new();

    for Ok(token) in Tokenizer::new_with_emitter(html, emitter) {
        match token {
            Token::StartTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if name == "title" {
                    in_title = true;
                    continue;
                }
                if let Some((open, depth)) = skip.as_mut() {
                    if *open == name && !tag.self_closing {
                        *depth += 1;
                    }
                    continue;
                }
                let hidden = tag.attributes.keys().any(|k| &**k == b"hidden")
                    || ["class", "id", "role"].iter().any(|a| {
                        tag.attributes.get(a.as_bytes()).is_some_and(|v| {
                            let v = String::from_utf8_lossy(&v.value).to_ascii_lowercase();
                            Words::get().furniture_classes.iter().any(|h| v.contains(h))
                                || v.contains("navigation")
                                || v.contains("complementary")
                        })
                    });
                let void = VOID.contains(&name.as_str()) || tag.self_closing;
                if (SKIPPED.contains(&name.as_str()) || (hidden && name != "body")) && !void {
                    skip = Some((name, 1));
                    continue;
                }
                if name == "br" {
                    out.line_break();
                } else if BLOCKS.contains(&name.as_str()) {
                    out.paragraph();
                }
                if name == "h1" {
                    in_h1 = h1.is_empty();
                }
            }
            Token::EndTag(tag) => {
                let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
                if name == "title" {
                    in_title = false;
                    continue;
                }
                if let Some((open, depth)) = skip.as_mut() {
                    if *open == name {
                        *depth -= 1;
                        if *depth == 0 {
                            skip = None;
                        }
                    }
                    continue;
                }
                if name == "h1" {
                    in_h1 = false;
                }
                if BLOCKS.contains(&name.as_str()) {
                    out.paragraph();
                }
            }
            Token::String(s) => {
                let s = String::from_utf8_lossy(&s.value);
                if in_title {
                    title.push_str(&s);
                } else if skip.is_none() {
                    if in_h1 {
                        h1.push_str(&s);
                    }
                    out.push(&s);
                }
            }
            Token::Comment(_) | Token::Doctype(_) | Token::Error(_) => {}
        }
    }
    let title = collapse(&h1).or_else(|| collapse(&title));
    let mut text = out.finish();
    if let (Some(t), true) = (&title, h1.trim().is_empty()) {
        // A page with no <h1> still has a headline: its <title>, first, as its own paragraph.
        text = format!("{t}\n\n{text}");
    }
    Page { text, title }
}

fn collapse(s: &str) -> Option<String> {
    let s = s.split_whitespace().collect::<Vec<_>>().join(" ");
    (!s.is_empty()).then_some(s)
}

/// Builds the text with whitespace collapsed as a browser renders it.
#[derive(Default)]
struct Out {
    text: String,
    /// A space is owed before the next word.
    space: bool,
}

impl Out {
    fn push(&mut self, s: &str) {
        for (i, word) in s
            .split(|c: char| c.is_whitespace() && c != '\u{a0}')
            .enumerate()
        {
            if i > 0 {
                self.space = true;
            }
            if word.is_empty() {
                continue;
            }
            if self.space && !self.text.is_empty() && !self.text.ends_with('\n') {
                self.text.push(' ');
            }
            self.space = false;
            self.text.push_str(word);
        }
    }

    fn line_break(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        self.space = false;
    }

    fn paragraph(&mut self) {
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            if !self.text.ends_with('\n') {
                self.text.push('\n');
            }
            self.text.push('\n');
        }
        self.space = false;
    }

    fn finish(self) -> String {
        self.text.trim().to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Envoys meet | Daily Wire</title>
<style>p { color: red }</style><script>var x = "<p>not text</p>";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article><h1>Qatar urges &amp; hosts talks</h1>
<p>DOHA &mdash; Qatar&rsquo;s foreign ministry on Monday <b>urged</b> both sides to return to talks.</p>
<p>The statement&nbsp;said the &ldquo;window is closing&rdquo;.<br>Second line.</p>
<div class="related-links"><p>Related: Another story</p></div>
<figure><img src="a.jpg"><figcaption>Photo: AFP</figcaption></figure>
</article><aside>Most read</aside>
<form><label>Leave a Reply</label><textarea>x</textarea></form>
<footer>&copy; 2024 Daily Wire</footer></body></html>"#;

    #[test]
    fn keeps_the_article_and_drops_the_furniture() {
        let page = to_text(PAGE);
        assert_eq!(page.title.as_deref(), Some("Qatar urges & hosts talks"));
        assert_eq!(
            page.text,
            "Qatar urges & hosts talks\n\nDOHA — Qatar’s foreign ministry on Monday urged both sides \
             to return to talks.\n\nThe statement\u{a0}said the “window is closing”.\nSecond line."
        );
    }

    #[test]
    fn title_stands_in_for_a_missing_h1() {
        let page = to_text(
            "<html><head><title>Talks resume</title></head><body><p>Text.</p></body></html>",
        );
        assert_eq!(page.title.as_deref(), Some("Talks resume"));
        assert_eq!(page.text, "Talks resume\n\nText.");
    }

    #[test]
    fn keeps_the_byline_where_pages_put_the_date() {
        let page = to_text(
            "<html><body><h1>Post attacked</h1><p class=\"byline\">Staff · Updated: Nov 16, 2027</p><p>Text.</p><footer>© 2027</footer></body></html>",
        );
        assert_eq!(
            page.text,
            "Post attacked\n\nStaff · Updated: Nov 16, 2027\n\nText."
        );
    }

    #[test]
    fn sniffs_documents_not_prose() {
        assert!(sniff("<!DOCTYPE html><html>"));
        assert!(sniff("  <html lang=en>"));
        assert!(!sniff("The <b> tag was in a tweet"));
    }
}
