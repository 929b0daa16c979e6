//! The brief: one self-contained HTML file an analyst can attach to an email — the
//! documents' dates, the demands table, the actors and groups with their lists, the network
//! as inline SVG and the source sentences. Styles are inline and there is no script, so it
//! opens anywhere, offline, and prints cleanly. Every string from a document is escaped:
//! an article can name anything.

use crate::corpus::{xml, ActorKey, Corpus};
use crate::network::{Network, LABEL_SIZE};
use crate::palette::{category_colour, kind_colour, kind_name};
use crate::report::Category;
use std::fmt::Write;

/// The most actors the brief's network draws.
const MOST: usize = 120;

const STYLE: &str = "
body { font: 15px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1c1e21; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.2rem; margin-top: 2rem; border-bottom: 1px solid #d9dde3; }
.facts { color: #5d6470; margin-top: 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; }
th, td { border-bottom: 1px solid #d9dde3; padding: 0.25rem 0.4rem; text-align: left; vertical-align: top; }
th { background: #f2f4f7; }
.network { width: 100%; height: auto; border: 1px solid #d9dde3; border-radius: 6px; }
.badge { display: inline-block; padding: 0 0.4rem; border-radius: 4px; color: #fff; font-size: 0.8rem; }
blockquote { margin: 0.3rem 0 0.6rem; padding-left: 0.8rem; border-left: 3px solid #d9dde3; }
footer { margin-top: 2rem; color: #5d6470; font-size: 0.85rem; }
@media print { body { margin: 0; max-width: none; } h2 { break-after: avoid; } tr, blockquote, svg { break-inside: avoid; } }
";

/// The brief of `c` under `title`; `names` are the documents' names by index.
pub fn brief(title: &str, c: &Corpus, names: &[String]) -> String {
    let name_of = |i: usize| names.get(i).map_or("?", String::as_str);
    let label = |k: &ActorKey| {
        c.actor(k)
            .map_or_else(|| k.folded.clone(), |a| a.name.clone())
    };
    let labels = |keys: &[ActorKey]| keys.iter().map(label).collect::<Vec<_>>().join(", ");
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"Communiqué\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n",
        xml(title),
        xml(title)
    );
    let mut dates: Vec<&str> = c.timeline.iter().map(|d| d.date.as_str()).collect();
    dates.sort_unstable();
    let span = match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if a == b => format!("dated {a}"),
        (Some(a), Some(b)) => format!("dated {a} to {b}"),
        _ => "undated".to_string(),
    };
    let undated = if c.undated > 0 && !dates.is_empty() {
        format!(" ({} undated)", c.undated)
    } else {
        String::new()
    };
    let _ = writeln!(
        out,
        "<p class=\"facts\">{} documents, {}{} · {} demands · {} actors · {} terror groups</p>",
        c.documents.len(),
        xml(&span),
        undated,
        c.demands.len(),
        c.actors.len(),
        c.groups.len()
    );

    out.push_str("<h2>Demands</h2>\n");
    if c.demands.is_empty() {
        out.push_str("<p>No demand was found.</p>\n");
    } else {
        out.push_str("<table class=\"demands\">\n<thead><tr><th>Document</th><th>Date</th><th>Speakers</th><th>Addressees</th><th>Category</th><th>Asked</th></tr></thead>\n<tbody>\n");
        for d in &c.demands {
            let cameo = d
                .cameo
                .as_deref()
                .map(|code| format!(" (CAMEO {})", xml(code)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td><span class=\"badge\" style=\"background:{}\">{}</span>{cameo}</td><td>{}</td></tr>",
                xml(name_of(d.document)),
                xml(d.date.as_deref().unwrap_or("")),
                xml(&labels(&d.speakers)),
                xml(&labels(&d.addressees)),
                category_colour(d.category),
                d.category.as_str(),
                xml(&d.text)
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }

    out.push_str("<h2>Who asks whom</h2>\n");
    let net = Network::of(c, MOST);
    if net.links.is_empty() {
        out.push_str("<p>No demand names an addressee.</p>\n");
    } else {
        network_svg(&mut out, &net, c);
    }

    out.push_str("<h2>Actors</h2>\n<table class=\"actors\">\n<thead><tr><th>Actor</th><th>Kind</th><th>Documents</th><th>Mentions</th><th>Demands made</th><th>Demands received</th></tr></thead>\n<tbody>\n");
    for a in &c.actors {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            xml(&a.name),
            kind_name(a.kind),
            a.documents,
            a.mentions,
            a.made,
            a.received
        );
    }
    out.push_str("</tbody>\n</table>\n");

    out.push_str("<h2>Terror groups</h2>\n");
    if c.groups.is_empty() {
        out.push_str("<p>No terror group is named.</p>\n");
    } else {
        out.push_str("<table class=\"groups\">\n<thead><tr><th>Group</th><th>Designated by</th><th>Documents</th><th>Mentions</th></tr></thead>\n<tbody>\n");
        for g in &c.groups {
            let lists = g
                .lists
                .iter()
                .map(|l| format!("{l:?}"))
                .collect::<Vec<_>>()
                .join(", ");
            let _ = writeln!(
                out,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                xml(&g.name),
                xml(&lists),
                g.documents,
                g.mentions
            );
        }
        out.push_str("</tbody>\n</table>\n");
    }

    out.push_str("<h2>Source sentences</h2>\n");
    let mut last = None;
    for d in &c.demands {
        if last != Some(d.document) {
            let date = d
                .date
                .as_deref()
                .map(|x| format!(", {}", xml(x)))
                .unwrap_or_default();
            let _ = writeln!(out, "<h3>{}{date}</h3>", xml(name_of(d.document)));
            last = Some(d.document);
        }
        let _ = writeln!(out, "<blockquote>{}</blockquote>", xml(&d.sentence));
    }
    out.push_str("<footer>Made by Communiqué in the reader's browser: every name, demand and sentence here was found by its rules and should be checked against the sources.</footer>\n</body>\n</html>\n");
    out
}

/// The network as a still SVG: the page's drawing without its controls.
fn network_svg(out: &mut String, net: &Network, c: &Corpus) {
    let (x, y, w, h) = net.view;
    let _ = write!(
        out,
        "<svg class=\"network\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"{x:.1} {y:.1} {w:.1} {h:.1}\" role=\"img\" aria-label=\"Network of who asks whom\">\n<defs>"
    );
    for cat in Category::ALL {
        let _ = write!(
            out,
            "<marker id=\"arrow-{0}\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerUnits=\"userSpaceOnUse\" markerWidth=\"13\" markerHeight=\"13\" orient=\"auto\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"{1}\"/></marker>",
            cat.as_str(),
            category_colour(cat)
        );
    }
    out.push_str("</defs>\n");
    for l in &net.links {
        let e = &c.edges[l.edge];
        let _ = writeln!(
            out,
            "<path d=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{:.1}\" marker-end=\"url(#arrow-{})\" opacity=\"0.8\"><title>{} → {}: {} demands</title></path>",
            l.path,
            category_colour(l.category),
            l.width,
            l.category.as_str(),
            xml(&net.nodes[l.from].name),
            xml(&net.nodes[l.to].name),
            e.count
        );
    }
    for n in &net.nodes {
        let _ = writeln!(
            out,
            "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{:.1}\" fill=\"{}\" stroke=\"#fff\" stroke-width=\"2\"><title>{}</title></circle><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\" font-size=\"{LABEL_SIZE}\" font-family=\"sans-serif\" fill=\"#1c1e21\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">{}</text>",
            n.at.x,
            n.at.y,
            n.radius,
            kind_colour(n.kind),
            xml(&n.name),
            n.at.x,
            n.at.y + n.radius + LABEL_SIZE,
            xml(&n.label)
        );
    }
    out.push_str("</svg>\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;
    use crate::corpus::Filter;

    fn corpus(texts: &[&str]) -> (Corpus, Vec<String>) {
        let reports: Vec<_> = texts.iter().map(|t| analyze(t)).collect();
        let names = (0..texts.len()).map(|i| format!("doc-{i}.txt")).collect();
        (Corpus::build(&reports, &Filter::default()), names)
    }

    #[test]
    fn the_brief_holds_every_demand_and_its_sentence() {
        let (c, names) = corpus(&[
            "Published: March 1, 2024\n\nPakistan urged the Taliban to act against the TTP militants.",
            "Published: April 5, 2024\n\nQatar called on Israel and Hamas to agree to a ceasefire.",
        ]);
        assert!(c.demands.len() >= 2);
        let html = brief("Brief of two", &c, &names);
        assert!(html.starts_with("<!DOCTYPE html>"));
        for d in &c.demands {
            assert!(html.contains(&xml(&d.text)), "demand {:?}", d.text);
            assert!(
                html.contains(&xml(&d.sentence)),
                "sentence {:?}",
                d.sentence
            );
        }
        assert!(html.contains("dated 2024-03-01 to 2024-04-05"));
        assert!(html.contains("<svg class=\"network\""));
        assert!(html.contains("Tehrik-e-Taliban Pakistan"));
        assert!(html.contains("doc-1.txt"));
        assert!(!html.to_lowercase().contains("<script"));
    }

    #[test]
    fn hostile_names_come_out_escaped() {
        let (c, _) = corpus(&[
            "Pakistan urged the Taliban to stop <script>alert(1)</script> the \"attacks\" & <img src=x onerror=alert(2)> now.",
        ]);
        let names = vec!["<script>alert('name')</script>.txt".to_string()];
        let html = brief("<script>alert('title')</script>", &c, &names);
        assert!(!html.to_lowercase().contains("<script"), "{html}");
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(&apos;title&apos;)&lt;/script&gt;"));
        assert!(html.contains("&lt;script&gt;alert(&apos;name&apos;)&lt;/script&gt;.txt"));
    }

    #[test]
    fn an_empty_corpus_still_makes_a_brief() {
        let html = brief("Nothing", &Corpus::default(), &[]);
        assert!(html.contains("No demand was found."));
        assert!(html.contains("undated"));
        assert!(html.ends_with("</html>\n"));
    }
}
