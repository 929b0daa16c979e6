//! Whose voice a sentence is when nobody in the text is said to speak it.
//!
//! In a news story an unattributed "Damascus must …" paraphrases the last speaker. In an
//! opinion piece, a column or a policy brief it is the author's own demand, in an editorial
//! the paper's, and under a "Recommendations" heading it is whoever the heading names; so
//! are their "we urge …" and their imperatives. The writers are found where such pieces
//! name them: a label above the headline ("OPINION |", "POLICY BRIEF", "The Lagos Courier |
//! EDITORIAL"), a byline ("By …", "Authors: …", or a name alone on a line of the masthead)
//! and the note on the author that closes the piece ("X is a senior fellow at …").

use crate::actors::{Cast, EntityIx, Key, RefForm};
use crate::lexicon::words::{any_of, any_of_spaced, Words};
use crate::lexicon::{Lexicon, TitleKind};
use crate::report::ActorKind;
use crate::syntax::Upos;
use crate::text::sentences::Sentence;
use crate::text::span::floor_char;
use crate::text::Span;
use regex::Regex;
use std::sync::LazyLock;

/// The writers of a document, and where they speak in their own voice.
#[derive(Debug, Default)]
pub struct Voice {
    /// The authors of an opinion piece (and the body that issued a brief, or the paper of
    /// an editorial): every unattributed obligation of the text is theirs.
    authors: Option<Vec<EntityIx>>,
    /// Recommendation lists: from where each starts, who recommends.
    lists: Vec<(usize, Vec<EntityIx>)>,
    /// Letters the text holds: each one's text and who wrote it (the reader who signed it
    /// on a letters page, the members a release says sent the letter it reproduces).
    letters: Vec<(Span, Vec<EntityIx>)>,
    /// The state or body a line near the top opens on: who "we" are in a statement that
    /// names no writers.
    issuer: Option<EntityIx>,
    /// The state or body the issuer belongs to (a ministry's state), which speaks with it.
    issuer_of: Option<EntityIx>,
    /// The states of a joint statement that calls them "We, the undersigned governments",
    /// named above it ("released by the Governments of A, B and C"), the issuer first.
    issuers: Vec<EntityIx>,
    /// Lists of what the document asks, line by line, in order.
    listed: Vec<Listed>,
    /// A statement or speech the text gives in full below a line introducing it: where its
    /// words begin, and who speaks them.
    statement: Option<(usize, Vec<EntityIx>)>,
    /// Whether the issuer signs the document ("Joint statement by …", a report's
    /// letterhead): its unattributed obligations are the issuer's.
    signed: bool,
    /// An interview printed as questions and answers with no labels: the text after each
    /// question, down to the next, and who answers.
    answers: Vec<(Span, Vec<EntityIx>)>,
}

/// A list of what a document asks, one line each, under "To the Government of Ecuador:"
/// (the party asked) or under a "Recommendations" heading: its lines are the document's
/// demands, imperatives included ("- Publish a register of all persons detained").
#[derive(Debug)]
pub struct Listed {
    /// The lines of the list, in order.
    pub items: Vec<Span>,
    /// The parties the heading addresses; none under a bare "Recommendations".
    pub to: Vec<EntityIx>,
}

impl Voice {
    /// Who "we" or "I" are outside quotations in sentence `s`: the reader who signed the
    /// letter it stands in, else the writers of an opinion piece.
    pub fn first_person(&self, s: &Sentence) -> Option<Vec<EntityIx>> {
        self.writers_of_letter(s)
            .or_else(|| self.speaker_of_statement(s))
            .or_else(|| self.answerer(s))
            .or_else(|| self.authors.clone())
    }

    /// Who answers the question sentence `s` follows in an interview of unlabelled
    /// questions and answers.
    fn answerer(&self, s: &Sentence) -> Option<Vec<EntityIx>> {
        self.answers
            .iter()
            .find(|(a, _)| a.contains(s.span))
            .map(|(_, who)| who.clone())
    }

    /// Who speaks sentence `s` when it stands in a statement or speech the text gives in
    /// full ("Below is the full text of the broadcast:").
    fn speaker_of_statement(&self, s: &Sentence) -> Option<Vec<EntityIx>> {
        self.statement
            .as_ref()
            .filter(|(from, _)| *from <= s.span.start)
            .map(|(_, who)| who.clone())
    }

    /// Who wrote the letter sentence `s` stands in.
    fn writers_of_letter(&self, s: &Sentence) -> Option<Vec<EntityIx>> {
        self.letters
            .iter()
            .find(|(l, _)| l.contains(s.span))
            .map(|(_, writers)| writers.clone())
    }

    /// Who "we" are outside quotations in a text without writers: a ministry's release or a
    /// government's statement ("The Ministry of Foreign Affairs is deeply shocked … We call
    /// on …") speaks for the state or body it opens on.
    pub fn issuer(&self) -> Option<EntityIx> {
        self.issuer
    }

    /// The states of a joint statement ("We, the undersigned governments"): its
    /// unattributed obligations are theirs, as a signed statement's are its signer's.
    pub fn undersigned(&self) -> Option<Vec<EntityIx>> {
        (!self.issuers.is_empty()).then(|| self.issuers.clone())
    }

    /// Every party the statement is issued by: the states "We, the undersigned
    /// governments" are, or the one issuer.
    pub fn issuers(&self) -> Option<Vec<EntityIx>> {
        if self.issuers.is_empty() {
            self.issuer
                .map(|e| std::iter::once(e).chain(self.issuer_of).collect())
        } else {
            Some(self.issuers.clone())
        }
    }

    /// The list whose lines hold `at`.
    pub fn listed_at(&self, at: usize) -> Option<&Listed> {
        self.listed.iter().find(|l| {
            l.items.first().is_some_and(|f| f.start <= at)
                && l.items.last().is_some_and(|e| at < e.end)
        })
    }

    /// Every list of the document.
    pub fn lists(&self) -> &[Listed] {
        &self.listed
    }

    /// Who asks what a list asks: the recommender of its heading, the writers, or the
    /// body the document opens on.
    pub fn of_list(&self, s: &Sentence) -> Option<Vec<EntityIx>> {
        self.of(s).or_else(|| self.issuer.map(|e| vec![e]))
    }

    /// The issuer of a document it signs, which states every obligation nobody else in
    /// it is said to state ("Manila and the Bangsamoro Government should agree …").
    pub fn signer(&self) -> Option<EntityIx> {
        self.issuer.filter(|_| self.signed)
    }

    /// Who states an obligation nobody in sentence `s` is said to state.
    pub fn of(&self, s: &Sentence) -> Option<Vec<EntityIx>> {
        if let Some(writers) = self.writers_of_letter(s).or_else(|| self.answerer(s)) {
            return Some(writers);
        }
        self.lists
            .iter()
            .rev()
            .find(|(from, _)| *from <= s.span.start)
            .map(|(_, who)| who.clone())
            .or_else(|| self.authors.clone())
    }
}

/// How many lines from the top a label or byline may stand: the masthead, not the body.
const HEAD_LINES: usize = 8;

/// How many lines from the top a label naming the body that issued a paper may stand: the
/// headline and the lines right under it.
const LABEL_LINES: usize = 4;

/// How many lines a UN document's masthead takes down to the line that says what it is
/// ("Report of the Secretary-General"), under its symbols, organs, session and agenda item.
const SYMBOL_HEAD_LINES: usize = 14;

/// Finds the writers of `text`, adding to the cast those it does not know. A writer the
/// text never makes speak is not shown as an actor.
pub fn find(text: &str, cast: &mut Cast) -> Voice {
    let lines: Vec<Span> = lines(text);
    let head: Vec<Span> = lines.iter().copied().take(HEAD_LINES).collect();
    let (labelled, label) = head
        .iter()
        .find_map(|l| label(l.slice(text)).map(|k| (l, k)))
        .unzip();
    let bio = lines.iter().rev().take(3).find_map(|l| bio(text, *l));
    // "The views expressed … are the author's own", or an academic's "Disclosure statement"
    // under the byline: the piece is its writer's.
    let disclaimer =
        lines.iter().rev().take(4).any(|l| {
            l.slice(text).contains("views expressed") && VIEWS_OWN.is_match(l.slice(text))
        }) || head.iter().any(|l| {
            l.slice(text)
                .trim()
                .eq_ignore_ascii_case("disclosure statement")
        });
    // The lists are read once: whether there are any decides a report's writer below.
    let lists = listed(text, &lines, cast);
    let (issuer, signed) = issuer(text, &lines, cast, !lists.is_empty());
    let issuers = undersigned_states(text, cast);
    let issuer = issuers.first().copied().or(issuer);
    let mut voice = Voice {
        issuer,
        issuer_of: issuer.and_then(|e| cast.entities[e].affiliation),
        issuers,
        signed,
        letters: letters(text, &lines, cast),
        ..Voice::default()
    };
    // "The writer is a former Additional Secretary …": a note on an unnamed author closes
    // a column, whose byline is then a name alone under the headline.
    let noted = lines
        .iter()
        .rev()
        .take(4)
        .any(|l| WRITER_NOTE.is_match(l.slice(text)));
    if label.is_some() || bio.is_some() || disclaimer || noted {
        let by = head.iter().position(|l| !byline(text, *l).is_empty());
        let mut names: Vec<Span> = by.map_or_else(Vec::new, |i| byline(text, head[i]));
        // "COMMENTARY | Dr. A B, Senior Fellow, … | date": the label's line names the writer.
        if names.is_empty() {
            names.extend(labelled.and_then(|l| fields(text, *l).find_map(|f| name_in(text, f))));
        }
        // "Dr. A B | Senior Fellow, … | date" under the headline: a byline of fields.
        if names.is_empty() && label.is_some() {
            names.extend(head.iter().find_map(|l| {
                let first = l.slice(text).split_once(" | ")?.0;
                if outlet_and_label(first).is_some() {
                    return None;
                }
                name_in(text, Span::new(l.start, l.start + first.len()))
            }));
        }
        // A name alone on a line under the headline is the byline of a column; not under
        // an outlet's own byline for its editorial ("By HT Editorial").
        let outlet_signed = label == Some(Label::Editorial)
            && labelled.is_some_and(|l| outlet_before_label(text, *l).is_some());
        if names.is_empty() && (label.is_some() || noted) && !outlet_signed {
            names.extend(head.iter().skip(1).filter_map(|l| lone_name(text, *l)));
        }
        // "Author⏎Claudine Pierre-Louis⏎Assistant Professor …": a heading over the names.
        if names.is_empty() {
            if let Some(k) = head.iter().position(|l| {
                matches!(
                    l.slice(text).trim(),
                    "Author" | "Authors" | "AUTHOR" | "AUTHORS"
                )
            }) {
                names.extend(head[k + 1..].iter().filter_map(|l| lone_name(text, *l)));
            }
        }
        if names.is_empty() {
            names.extend(bio);
        }
        let mut authors: Vec<EntityIx> = names.into_iter().map(|n| writer(cast, n, text)).collect();
        // An editorial speaks for its paper.
        if label == Some(Label::Editorial) && authors.is_empty() {
            let paper = labelled
                .and_then(|l| outlet_before_label(text, *l))
                .or_else(|| {
                    labelled
                        .zip(lines.first())
                        .and_then(|(l, first)| outlet(text, *l, *first))
                        .filter(|_| !alone_on_its_line(text, labelled))
                })
                .or_else(|| head.iter().find_map(|l| outlet_before_label(text, *l)))
                .or_else(|| labelled.and_then(|l| outlet_under_label(text, &head, *l)))
                .or_else(|| lines.iter().rev().take(4).find_map(|l| copyright(text, *l)))
                .or_else(|| {
                    lines
                        .iter()
                        .rev()
                        .take(4)
                        .find_map(|l| tagged_outlet(text, *l))
                })
                .or_else(|| {
                    labelled
                        .zip(lines.first())
                        .and_then(|(l, first)| outlet(text, *l, *first))
                })
                .or_else(|| labelled.and_then(|l| outlet_above_label(text, &head, *l)));
            // A paper the lists know ("TOI" for The Times of India) is that body.
            if let Some(span) = paper {
                let known = cast.named_by(span);
                // An outlet the lists know by a short name is named in full ("TOI Edit").
                let name = Lexicon::get()
                    .media_named(span.slice(text))
                    .map_or(span.slice(text), |o| o.name.as_str());
                authors.push(known.unwrap_or_else(|| {
                    cast.described_in_passing(span, name, ActorKind::Organization)
                }));
            }
        }
        // A brief speaks for the body that issued it, named in its masthead: the lines down
        // to the byline, or the first few.
        if label == Some(Label::Brief) {
            let masthead = head.get(by.unwrap_or(3)).or(head.last());
            let head_span = Span::new(0, masthead.map_or(0, |l| l.end));
            for r in cast.refs_in(head_span) {
                if cast.entities[r.entity].kind == ActorKind::Organization
                    && !authors.contains(&r.entity)
                {
                    authors.insert(0, r.entity);
                }
            }
        }
        // A paper or a commentary a body puts out speaks for the body as well as for its
        // authors: the one its label names ("Geneva Call – Briefing Paper", "RSIS
        // Commentary No. 112"), else one a line of its masthead or foot names alone
        // ("Research Fellow, Lowy Institute for International Policy", "© Chatham House"),
        // known or not. A newspaper's name holds no institution's word ("The Hindu"), and one
        // its label names is an outlet's.
        if label.is_some()
            && !authors
                .iter()
                .any(|&e| cast.entities[e].kind == ActorKind::Organization)
        {
            let labelled_body = labelled
                .and_then(|l| body_before_label(text, *l))
                .filter(|b| Lexicon::get().media_named(b.slice(text)).is_none())
                // A masthead's label stands right under the headline; further down,
                // "Chapter 1⏎Introduction and Committee comment" heads a section.
                .filter(|b| head.iter().take(LABEL_LINES).any(|l| l.contains(*b)));
            let letterhead = letterhead_name(text, &lines);
            let body = match (labelled_body, letterhead) {
                // "ORF Issue Brief" over "Observer Research Foundation, New Delhi", "LOWY
                // INSTITUTE PERSPECTIVES" over "Lowy Institute for International Policy": the
                // name in full.
                (Some(short), Some(full))
                    if initials_of(short.slice(text), full.slice(text))
                        || full
                            .slice(text)
                            .to_lowercase()
                            .starts_with(&short.slice(text).to_lowercase()) =>
                {
                    Some(body_named(text, full, cast))
                }
                (Some(short), _) => Some(body_named(text, short, cast)),
                (None, full) => full.map(|full| body_named(text, full, cast)),
            };
            if let Some(body) = body.filter(|b| !cast.entities[*b].is_channel()) {
                authors.insert(0, body);
            }
        }
        if !authors.is_empty() {
            voice.authors = Some(authors);
        }
    }
    // "Hauwa Danladi Yakubu started this petition to President …": the petition is its
    // starter's, whose "we" are the families she writes for.
    if voice.authors.is_none() {
        if let Some(name) = head.iter().find_map(|l| {
            STARTED_PETITION
                .captures(l.slice(text))
                .and_then(|c| c.get(1))
                .map(|m| Span::new(l.start + m.start(), l.start + m.end()))
        }) {
            voice.authors = Some(vec![writer(cast, name, text)]);
        }
    }
    // A letter signed under "Yours sincerely,": its "we" and its obligations are its
    // signatories', the bodies and the people who sign.
    if voice.authors.is_none() {
        let signed = signatories(text, &lines, cast);
        if !signed.is_empty() {
            voice.authors = Some(signed);
        }
    }
    // A letter a release reproduces with no names under its closing: its "we" are those
    // the release says wrote it.
    if voice.authors.is_none() {
        voice.letters.extend(reproduced_letter(text, &lines, cast));
    }
    // A diplomatic telegram signed with its writer's surname alone in capitals ("SUBJECT:
    // …", numbered paragraphs, "SANDERSON"): its "I urged him" is that envoy's.
    if voice.authors.is_none() {
        if let Some(name) = telegram_signature(text, &lines) {
            voice.authors = Some(vec![writer(cast, name, text)]);
        }
    }
    // "… on behalf of the Forum of the Crew's Families", "Coordinated by the Colombian
    // Peace Forum", "The Avaaz team" at an open letter's or a petition's foot: the body
    // that writes it.
    if voice.authors.is_none() {
        if let Some(body) = coordinating_body(text, &lines, cast) {
            voice.authors = Some(vec![body]);
        }
    }
    // "Spokesperson for the UN High Commissioner for Human Rights: Elif Demirtaş" over a
    // briefing note: its "we" and its obligations are the spokesperson's, for the body the
    // line names.
    if voice.authors.is_none() {
        if let Some((name, line)) = head
            .iter()
            .find_map(|l| spokesperson(text, *l).map(|n| (n, *l)))
        {
            let person = writer(cast, name, text);
            let mut authors = vec![person];
            let body = cast
                .refs_in(Span::new(line.start, name.start))
                .find(|r| cast.entities[r.entity].kind == ActorKind::Organization)
                .map(|r| r.entity);
            if let Some(body) = body {
                cast.entities[person].affiliation.get_or_insert(body);
                authors.push(body);
            }
            voice.authors = Some(authors);
        }
    }
    voice.listed = lists;
    voice.answers = answers(text, &lines, cast);
    // "A spokesman for the Foreign Ministry issued the following statement on Saturday:":
    // the paragraphs below are the statement's words, its obligations the issuer's.
    for l in &lines {
        let full_text = FULL_TEXT_BELOW.is_match(l.slice(text));
        if !full_text && !FOLLOWING_STATEMENT.is_match(l.slice(text)) {
            continue;
        }
        let named = super::parties::with_affiliations(
            cast,
            super::parties::dedup(
                cast.refs_in(*l)
                    .filter(|r| matches!(r.form, RefForm::Name | RefForm::Person))
                    .filter(|r| cast.entities[r.entity].kind != ActorKind::ArmedGroup)
                    .map(|r| r.entity),
            ),
        );
        // "Below is the full text of the broadcast:" names no one, or only who released
        // it: the speech is the one the headline or the lede gives to a person, the first
        // the text names.
        let speaker = if full_text {
            cast.refs_in(Span::new(0, l.start))
                .find(|r| cast.entities[r.entity].kind == ActorKind::Person)
                .map(|r| super::parties::with_affiliations(cast, vec![r.entity]))
                .unwrap_or_default()
        } else {
            named
        };
        if !speaker.is_empty() {
            voice.statement.get_or_insert((l.end, speaker.clone()));
            voice.lists.push((l.end, speaker));
        }
    }
    // "CHSS recommendations:", "Key recommendations": the lines below are the
    // recommender's, a body the heading names or else the writers.
    for l in &lines {
        if !recommendations_heading(l.slice(text).trim()) {
            continue;
        }
        let named: Vec<EntityIx> = cast
            .refs_in(*l)
            .filter(|r| {
                matches!(
                    cast.entities[r.entity].kind,
                    ActorKind::Organization | ActorKind::Person
                )
            })
            .map(|r| r.entity)
            .collect();
        let who = if named.is_empty() {
            voice.authors.clone()
        } else {
            Some(named)
        };
        if let Some(who) = who {
            voice.lists.push((l.end, who));
        }
    }
    voice
}

/// What a label above the headline says the piece is, from the most general to the most
/// specific.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Label {
    Opinion,
    /// The paper's own voice: the outlet speaks.
    Editorial,
    Brief,
}

/// The label a line opens with ("OPINION | …") or holds as a field of its own ("The Lagos
/// Courier | EDITORIAL | Monday"). Of several, the most specific: a site's sections put
/// "Opinion | Editorial" above the paper's own view.
fn label(line: &str) -> Option<Label> {
    // "HT Editorial", "By HT Editorial" (or "ByHT Editorial", as a page copies it): an
    // outlet's byline for its editorial.
    if outlet_and_label(line).is_some() {
        return Some(Label::Editorial);
    }
    // "ORF Issue Brief No. 287", "Geneva Call – Briefing Paper", "RUSI Commentary": a
    // body's masthead naming the kind of paper it puts out.
    if let Some(c) = BODY_THEN_LABEL.captures(line.trim()) {
        let word = c.get(2)?.as_str().to_lowercase();
        return Some(if Words::get().brief_labels.contains(word.as_str()) {
            Label::Brief
        } else {
            Label::Opinion
        });
    }
    line.split('|')
        .filter_map(|field| {
            // "TOI Edit | Editorials, India | TOI": a field of its own may be the paper's.
            if line.contains('|') && outlet_and_label(field.trim()).is_some() {
                return Some(Label::Editorial);
            }
            let m = LABEL.captures(field.trim())?;
            let word = m.get(1)?.as_str().to_lowercase();
            let w = Words::get();
            Some(if w.brief_labels.contains(word.as_str()) {
                Label::Brief
            } else if w.editorial_labels.contains(word.as_str()) {
                Label::Editorial
            } else {
                Label::Opinion
            })
        })
        .max()
}

/// The outlet of an editorial: the first field of its label's line when that is not the
/// label ("The Lagos Courier | EDITORIAL"), the field after the label when that names no
/// date ("Editorial | The Savannah Times, Tamale | Friday"), else the document's first
/// line if it is short.
fn outlet(text: &str, labelled: Span, first: Span) -> Option<Span> {
    let line = labelled.slice(text);
    let field = line.split('|').next().unwrap_or("");
    if let Some((at, len)) = outlet_and_label(field).filter(|_| field.len() < line.len()) {
        return Some(Span::new(labelled.start + at, labelled.start + at + len));
    }
    let trimmed = |f: Span| f.trimmed(text);
    let after_label = || {
        fields(text, labelled).next().map(trimmed).filter(|f| {
            let written = f.slice(text);
            !written.contains(|c: char| c.is_ascii_digit())
                && !written
                    .split_whitespace()
                    .any(|w| Words::get().weekdays.contains(w) || Words::get().months.contains(w))
        })
    };
    let span = if field.len() < line.len() && label(field).is_none() {
        trimmed(Span::new(labelled.start, labelled.start + field.len()))
    } else if field.len() < line.len() {
        after_label().unwrap_or(first)
    } else {
        first
    };
    let written = span.slice(text).trim();
    (span != labelled && named_like_an_outlet(written) && label(written).is_none()).then_some(span)
}

/// Whether a line may be an outlet's name: "The Jakarta Post", "Daily Nation", not a
/// headline ("Rein in the armed groups in Rohingya camps") or a dateline.
fn named_like_an_outlet(written: &str) -> bool {
    let words = Words::get();
    (3..=60).contains(&written.len())
        && written.split_whitespace().count() <= 6
        && written.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars()
                    .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.' | '&'))
                && !words.weekdays.contains(w)
                && !words.months.contains(w)
        })
}

/// "Editorial⏎The Jakarta Post⏎Jakarta | Wed, May 15, 2019": the paper named on the line
/// under a label that stands alone, past a line of its date ("EDITORIAL: …⏎MONDAY
/// JANUARY 6 2020⏎Nation Media Group").
fn outlet_under_label(text: &str, head: &[Span], labelled: Span) -> Option<Span> {
    if !alone_on_its_line(text, Some(&labelled)) {
        return None;
    }
    let dated = |l: &Span| l.slice(text).contains(|c: char| c.is_ascii_digit());
    head.iter()
        .filter(|l| l.start > labelled.end)
        .take(2)
        .find(|l| !dated(l))
        .map(|l| l.trimmed(text))
        .filter(|name| named_like_an_outlet(name.slice(text)))
}

/// "Daily Mirror⏎Editorial⏎Friday, 4 January 2008": the paper named on the line above a
/// label that stands alone, under the headline — looked at last, as a page's furniture
/// ("READ LATER") may stand there too.
fn outlet_above_label(text: &str, head: &[Span], labelled: Span) -> Option<Span> {
    if !alone_on_its_line(text, Some(&labelled)) {
        return None;
    }
    let k = head.iter().position(|l| *l == labelled)?;
    let name = head[k.checked_sub(1).filter(|&j| j > 0)?].trimmed(text);
    let written = name.slice(text);
    // A line in capitals alone is a site's button or section, not a masthead.
    let shouted = !written.chars().any(char::is_lowercase);
    (named_like_an_outlet(written) && !shouted).then_some(name)
}

/// "terrorism / Jammu and Kashmir / The Hindu Editorial": a page's topic tags at its foot
/// name the paper whose editorial it is.
fn tagged_outlet(text: &str, line: Span) -> Option<Span> {
    let written = line.slice(text);
    let mut at = 0;
    for field in written.split(['/', '|']) {
        let words = Span::new(line.start + at, line.start + at + field.len()).trimmed(text);
        if let Some((from, len)) = outlet_and_label(words.slice(text)) {
            let start = words.start + from;
            return Some(Span::new(start, start + len));
        }
        at += field.len() + 1;
    }
    None
}

/// The outlet a masthead line names before the word of its label: "Nation Editorial".
fn outlet_before_label(text: &str, line: Span) -> Option<Span> {
    let written = line.slice(text);
    // "TOI Edit | Editorials, India | TOI": or the line's first field.
    let first_field = || {
        let (field, _) = written.split_once('|')?;
        outlet_and_label(field)
    };
    let (at, len) = outlet_and_label(written).or_else(first_field)?;
    Some(Span::new(line.start + at, line.start + at + len))
}

/// Where the outlet of a line "<Outlet> Editorial" starts in it and how long it is, past a
/// byline's "By" ("By HT Editorial", "ByHT Editorial", "Published: 6 February 2024 By Gulf
/// News Editorial"); a paper's "Gulf News View" and "The Guardian view on …" are its
/// editorials too.
fn outlet_and_label(line: &str) -> Option<(usize, usize)> {
    // "Globe editorial: Ottawa has run out of excuses …": a headline the label opens.
    if let Some((prefix, _)) = line.split_once(": ") {
        if let Some(found) = outlet_and_label(prefix) {
            return Some(found);
        }
    }
    if let Some(m) = OUTLET_VIEW_ON
        .captures(line)
        .or_else(|| OUTLETS_VIEW.captures(line))
        .and_then(|c| c.get(1))
    {
        return Some((m.start(), m.len()));
    }
    let from = line.rfind(" By ").map_or(0, |at| at + 1);
    // "Punch Editorial Board": the board is the paper's.
    let written = line[from..].trim_end();
    let written = written
        .strip_suffix(" Board")
        .filter(|w| w.ends_with("Editorial"))
        .unwrap_or(written);
    let (outlet, last) = written.rsplit_once(' ')?;
    let lead = outlet.len() - outlet.trim_start().len();
    let outlet = outlet.trim();
    let by = ["By ", "By"]
        .iter()
        .find(|b| {
            outlet
                .strip_prefix(**b)
                .is_some_and(|rest| rest.starts_with(char::is_uppercase))
        })
        .map_or(0, |b| b.len());
    if from > 0 && by == 0 {
        return None;
    }
    let outlet = &outlet[by..];
    // "TOI Edit", "HT Edit": a paper's short name before the word.
    let label = Words::get()
        .editorial_labels
        .contains(last.to_lowercase().as_str())
        || matches!(last, "View" | "VIEW")
        || (last == "Edit" && outlet.split_whitespace().count() <= 2);
    (label
        && (2..=40).contains(&outlet.len())
        && outlet
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase)))
    .then_some((from + lead + by, outlet.len()))
}

/// "The National's view" on a line of its own: the paper's editorial.
static OUTLETS_VIEW: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^\s*((?:The\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,3})['’]s\s+(?i:view)\s*$",
    )
});

/// "The Guardian view on Mali's junta …", "The Irish Times view of …": a paper's editorial
/// headline, whose first words name the paper.
static OUTLET_VIEW_ON: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^\s*(The(?:\s+[A-Z][\w’'&.-]*){1,4})\s+view\s+(?:on|of)\s")
});

/// The body a masthead "<Body> <label>" names before the kind of paper
/// ([`BODY_THEN_LABEL`]).
fn body_before_label(text: &str, line: Span) -> Option<Span> {
    let written = line.slice(text);
    let lead = written.len() - written.trim_start().len();
    let m = BODY_THEN_LABEL.captures(written.trim())?.get(1)?;
    Some(Span::new(
        line.start + lead + m.start(),
        line.start + lead + m.end(),
    ))
}

/// "ORF Issue Brief No. 287", "Geneva Call – Briefing Paper", "RUSI Commentary No. 112 – 12
/// May 2016", "SWP Comment 2023/C 51, 21.09.2023": a body's capitalised name, then the kind
/// of paper, its number and its date, and nothing else on the line.
static BODY_THEN_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"^([A-Z][\w.&’'-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w.&’'-]*){{0,5}}?)\s*(?:[–—:-]\s*)?(?i:({})){}{}\s*$",
        any_of(&[&w.opinion_labels, &w.brief_labels]),
        PAPER_NUMBER,
        paper_date(),
    ))
});

/// A paper's number after the kind of paper: "No. 287", "N° 12", "41", "2023/C 51".
const PAPER_NUMBER: &str = r"(?:\s+(?:(?i:no\.?|n°|#)\s*)?\d[\w/.]*(?:\s+\d+)?)?";

/// A paper's date after its number on the label's line: "– 12 May 2016", ", 21.09.2023",
/// "| January 2026".
fn paper_date() -> String {
    let months = any_of(&[&Words::get().months]);
    format!(
        r"(?:\s*[–—,|-]?\s*(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}|(?:\d{{1,2}}\s+)?(?i:{months})(?:\s+\d{{1,2}},)?\s+\d{{4}}))?"
    )
}

/// Whether the label's line is the label alone ("Editorial"), naming no outlet of its own.
fn alone_on_its_line(text: &str, labelled: Option<&Span>) -> bool {
    labelled.is_some_and(|l| !l.slice(text).contains('|'))
}

/// The outlet a copyright or publication line at the foot of a page names: "Copyright©
/// 2027, THE HINDU", "© 2027 The Lagos Courier. All rights reserved.", "Published in Dawn,
/// April 5th, 2028", "Follow The Daily Star Opinion on Facebook".
fn copyright(text: &str, line: Span) -> Option<Span> {
    let written = line.slice(text);
    let m = COPYRIGHT
        .captures(written)
        .or_else(|| PUBLISHED_IN.captures(written))
        .or_else(|| FOLLOW_ON.captures(written))?
        .get(1)?;
    Some(Span::new(line.start + m.start(), line.start + m.end()))
}

/// "Follow The Daily Star Opinion on Facebook", "follow Gulf News on WhatsApp Channel": a
/// page's invitation to follow the paper names it, without the section.
static FOLLOW_ON: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"\b(?i:follow)\s+((?:The\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4}?)(?:\s+(?:Opinions?|Editorials?|News))?\s+on\s+(?i:facebook|twitter|x|whatsapp|instagram|telegram|linkedin|youtube|threads|google\s+news)\b",
    )
});

static PUBLISHED_IN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^\s*(?i:published|first\s+published|originally\s+published|this\s+(?:article|piece|editorial|column)\s+(?:first\s+)?appeared(?:\s+as\s+[^.]{1,40}?)?)\s+in\s+(?i:the\s+print\s+edition\s+of\s+)?((?-i:[A-Z])[^,.|©]{1,40}?)\s*(?:,|\.|$)",
    )
});

static COPYRIGHT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\s*(?:copyright\s*©?|©)\s*(?:\d{4}\s*,?\s*)?((?-i:[A-Z])[^|,.©]{2,40}?)\s*(?:[.,]\s*all rights reserved\.?|\.)?\s*$",
    )
});

/// The names of a byline: "By Jane Doe and John Roe", "Authors: Dr. A B and C D".
fn byline(text: &str, line: Span) -> Vec<Span> {
    // "By HT Editorial" signs for the outlet: no writer's name.
    if outlet_before_label(text, line).is_some() {
        return Vec::new();
    }
    let Some(m) = BYLINE.captures(line.slice(text)) else {
        return Vec::new();
    };
    let names = m.get(1).expect("group");
    let base = line.start + names.start();
    let mut out = Vec::new();
    for part in SEPARATOR.split(names.as_str()) {
        let at = base + (part.as_ptr() as usize - names.as_str().as_ptr() as usize);
        if let Some(n) = name_in(text, Span::new(at, at + part.len())) {
            out.push(n);
        }
    }
    out
}

/// The first comma-separated part of each `|` field of a line after the first, without
/// the "By" of a byline ("OPINION | By Celso Cossa | 3 September 2026").
fn fields(text: &str, line: Span) -> impl Iterator<Item = Span> + '_ {
    let s = line.slice(text);
    s.match_indices('|').map(move |(at, _)| {
        let rest = &s[at + 1..];
        let field = rest.split(['|', ',']).next().unwrap_or("");
        let whole = Span::new(line.start + at + 1, line.start + at + 1 + field.len());
        let words = whole.trim_start(text);
        let by = ["By ", "by ", "BY "]
            .iter()
            .find(|b| words.slice(text).starts_with(**b))
            .map_or(0, |b| b.len());
        Span::new(words.start + by, whole.end)
    })
}

/// A line that is only a person's name.
fn lone_name(text: &str, line: Span) -> Option<Span> {
    // "READ LATER", "SIGN IN": a button's words in capitals, which the treebank saw only
    // as common words, are no one's name.
    let written = line.slice(text);
    let model = crate::syntax::model();
    let common = |w: &str| {
        let w = w.to_lowercase();
        !model.seen_as(&w, Upos::Propn)
            && [Upos::Verb, Upos::Noun, Upos::Adv, Upos::Adj, Upos::Adp]
                .into_iter()
                .any(|t| model.seen_as(&w, t))
    };
    if !written.contains(char::is_lowercase) && written.split_whitespace().all(common) {
        return None;
    }
    // "Nation Editorial": a masthead's label, not a byline; nor is "Briefing Paper" alone.
    if outlet_before_label(text, line).is_some() || label(written.trim()).is_some() {
        return None;
    }
    // The name runs to the line's end; before it stand at most its honorifics ("Dr Amal
    // Rashed"), which `name_in` passes over.
    let n = name_in(text, line)?;
    let end = line.start + line.slice(text).trim_end().len();
    (n.end + 2 >= end).then_some(n)
}

/// The closing note on an author the note does not name: "The writer is a former …",
/// "The author was ambassador to …".
static WRITER_NOTE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^\s*(?:[Tt]he\s+)?(?:writer|author|columnist)s?\s+(?:is|are|was|were|served|serves|has|heads|teaches)\b",
    )
});

/// The name a briefing note's head line gives its spokesperson: "Spokesperson for the UN
/// High Commissioner for Human Rights: Elif Demirtaş", "Spokesman: Stéphane Dujarric".
fn spokesperson(text: &str, line: Span) -> Option<Span> {
    let m = SPOKESPERSON_LINE.captures(line.slice(text))?;
    let name = m.get(1)?;
    name_in(
        text,
        Span::new(line.start + name.start(), line.start + name.end()),
    )
}

static SPOKESPERSON_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^\s*(?:Spokesperson|Spokesman|Spokeswoman)(?:\s+for\s+[^:\n]{2,120})?\s*:\s*([^\n:]{3,60}?)\s*$",
    )
});

/// The name of the closing note on the author: "Rana Haddad is a columnist for …", "•
/// María Echeverri is Colombia's ambassador to the United Kingdom".
fn bio(text: &str, line: Span) -> Option<Span> {
    let written = line.slice(text);
    if ![" is ", " was "].iter().any(|w| written.contains(w)) {
        return None;
    }
    let m = BIO.captures(written)?;
    let name = m.get(1)?;
    name_in(
        text,
        Span::new(line.start + name.start(), line.start + name.end()),
    )
}

/// The person's name in `span` once titles and punctuation are trimmed: two to five
/// capitalised words, none of which is never a name's ("Ministry", "The").
fn name_in(text: &str, span: Span) -> Option<Span> {
    let s = span.slice(text);
    let words = Words::get();
    let honorific = |w: &str| {
        Lexicon::get()
            .titles
            .iter()
            .any(|t| t.kind == TitleKind::Honorific && t.title == w)
    };
    let mut tokens: Vec<(usize, &str)> = s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    while let Some(&(_, w)) = tokens.first() {
        if honorific(w) {
            tokens.remove(0);
        } else {
            break;
        }
    }
    let ok = (2..=5).contains(&tokens.len())
        && tokens.iter().all(|(_, w)| {
            let w = w.trim_end_matches([',', ';']);
            // "al-Harthy", "el-Sisi": a particle joined to a capitalised name.
            let joined = w.split_once('-').map_or(w, |(_, rest)| rest);
            words.name_particles.contains(w)
                || ((w.starts_with(char::is_uppercase) || joined.starts_with(char::is_uppercase))
                    && w.chars()
                        .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'))
                    && !words.not_names.contains(w))
        });
    // "ADDITIONAL INFORMATION" under "Yours sincerely,": a heading, every word of which the
    // treebank knows only as a common word, is no one's signature.
    let model = crate::syntax::model();
    if !ok || tokens.iter().all(|(_, w)| model.is_common_word(w)) {
        return None;
    }
    let (first, _) = tokens[0];
    let (last, w) = tokens[tokens.len() - 1];
    let end = last + w.trim_end_matches([',', ';', '.']).len();
    Some(Span::new(span.start + first, span.start + end))
}

/// How many lines from the end a letter's closing may stand, past its cc and a page's
/// footer.
const CLOSING_LINES: usize = 40;

/// The most signatures a letter's closing lists.
const MAX_SIGNATURES: usize = 40;

/// A letter's signatories: under its closing ("Yours sincerely,", "Sincerely,"), a line
/// per signatory, "Name, Role, Body" — the bodies first, then the people. A line of one
/// field is a name alone.
fn signatories(text: &str, lines: &[Span], cast: &mut Cast) -> Vec<EntityIx> {
    let from = lines.len().saturating_sub(CLOSING_LINES);
    let Some(k) = lines[from..]
        .iter()
        .position(|l| {
            Words::get()
                .letter_closings
                .contains(&l.slice(text).trim().to_lowercase())
        })
        .map(|k| from + k)
    else {
        return Vec::new();
    };
    let mut bodies = Vec::new();
    let mut people = Vec::new();
    let mut end = lines[k].end;
    for (i, l) in lines[k + 1..].iter().take(MAX_SIGNATURES).enumerate() {
        // The signatures end at the first blank line after them.
        if i > 0 && text[end..l.start].matches('\n').count() > 1 {
            break;
        }
        end = l.end;
        let line = l.slice(text);
        let fields: Vec<(usize, &str)> = line
            .split(',')
            .scan(0, |at, f| {
                let start = *at;
                *at += f.len() + 1;
                Some((start, f))
            })
            .collect();
        let field_span =
            |(at, f): (usize, &str)| Span::new(l.start + at, l.start + at + f.len()).trimmed(text);
        if let Some(name) = fields.first().and_then(|&f| name_in(text, field_span(f))) {
            people.push(writer(cast, name, text));
        }
        if fields.len() >= 2 {
            let body = field_span(fields[fields.len() - 1]);
            let known = cast
                .refs_in(body)
                .find(|r| r.span == body)
                .map(|r| r.entity);
            let e = known.unwrap_or_else(|| {
                cast.described_in_passing(body, body.slice(text), ActorKind::Organization)
            });
            if !bodies.contains(&e) {
                bodies.push(e);
            }
        }
    }
    bodies.extend(people);
    bodies
}

/// The surname a diplomatic telegram is signed with, alone in capitals on its last line,
/// when its head has a "SUBJECT:" line.
fn telegram_signature(text: &str, lines: &[Span]) -> Option<Span> {
    let last = *lines.last()?;
    let name = last.slice(text).trim();
    let signed = (2..=24).contains(&name.len())
        && name.chars().all(|c| c.is_uppercase() || c == '-')
        && lines
            .iter()
            .take(TELEGRAM_HEAD_LINES)
            .any(|l| l.slice(text).trim_start().starts_with("SUBJECT:"));
    signed.then(|| {
        let start = last.trim_start(text).start;
        Span::new(start, start + name.len())
    })
}

/// How many lines a telegram's head (classification, addresses, subject) may take.
const TELEGRAM_HEAD_LINES: usize = 16;

/// The body an open letter's or a petition's foot says writes it (see [`FOOT_BODY`]).
fn coordinating_body(text: &str, lines: &[Span], cast: &mut Cast) -> Option<EntityIx> {
    let from = lines.len().saturating_sub(FOOT_LINES);
    let (l, name) = lines[from..].iter().rev().find_map(|l| {
        if l.len() > FOOT_LINE {
            return None;
        }
        let c = FOOT_BODY.captures(l.slice(text))?;
        let m = c.get(1).or_else(|| c.get(2))?;
        Some((*l, Span::new(l.start + m.start(), l.start + m.end())))
    })?;
    let known = cast
        .refs_in(l)
        .find(|r| {
            r.span.start == name.start
                && r.form == RefForm::Name
                && cast.entities[r.entity].kind == ActorKind::Organization
        })
        .map(|r| r.entity);
    Some(known.unwrap_or_else(|| {
        cast.described_in_passing(name, name.slice(text), ActorKind::Organization)
    }))
}

/// How many lines from the end a letter's foot takes (signatures, links, a site's note),
/// and the longest line it is written on: a speech's opening "On behalf of the Government
/// and the people of Indonesia, I welcome you …" is neither.
const FOOT_LINES: usize = 16;
const FOOT_LINE: usize = 160;

/// "on behalf of the Forum Keluarga Awak Mitra Bahari 7", "… further signatures.
/// Coordinated by the Foro Colombiano por la Paz", "The Avaaz team" alone on its line,
/// each opening its line or sentence (a debate's "I speak on behalf of the Government" is
/// no signature, nor is "On behalf of the Government …, I welcome you", whose name does
/// not end its sentence): group 1 or 2 the body.
static FOOT_BODY: LazyLock<Regex> = LazyLock::new(|| {
    let name = r"(?:[A-Z][\w’'-]*|\d+)(?:\s+(?:(?:of|for|and|the|on|in|de|del|por|la|el)\s+){0,2}(?:[A-Z][\w’'-]*|\d+)){0,7}";
    crate::text::pattern::regex(&format!(
        r"(?:(?:^|\.\s+)\s*(?:[Cc]oordinated\s+by|[Oo]n\s+behalf\s+of)\s+(?:the\s+)?({name})\s*(?:\([^()]*\))?\s*(?:[.;]|$)|^\s*The\s+({name})\s+team\s*$)"
    ))
});

/// The entity of a writer named at `span`: the person the text already knows by that
/// name, or a new one shown only if a demand is theirs.
fn writer(cast: &mut Cast, span: Span, text: &str) -> EntityIx {
    let name = span.slice(text);
    if let Some(e) = cast.first_named(name, ActorKind::Person) {
        return e;
    }
    let e = cast.described(span, name, ActorKind::Person);
    if matches!(cast.entities[e].key, Key::Described(_)) {
        cast.entities[e].salient = false;
    }
    e
}

/// A letters page ("Letters to the Editor", "Letters: …" near the top): each letter runs
/// from the line after the one before it to the reader's signature on a line of its own,
/// a name and the place written from ("Ruth Abrahams, Remuera."), and its obligations,
/// "I" and "we" are the reader's, not the paper's.
fn letters(text: &str, lines: &[Span], cast: &mut Cast) -> Vec<(Span, Vec<EntityIx>)> {
    let Some(label) = lines.iter().take(HEAD_LINES).find(|l| {
        let written = l.slice(text).trim().to_lowercase();
        let label = written.split(':').next().unwrap_or("").trim();
        Words::get().letters_labels.contains(label)
    }) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut from = label.end;
    for l in lines.iter().filter(|l| l.start > label.end) {
        let Some(name) = signature(text, *l) else {
            continue;
        };
        if l.start > from {
            out.push((Span::new(from, l.start), vec![writer(cast, name, text)]));
        }
        from = l.end;
    }
    out
}

/// A letter's salutation on a line of its own: "Dear Secretary Colfax:", "Dear Minister,".
static SALUTATION: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^\s*Dear\s+[^\n]{2,80}?[,:]\s*$"));

/// The word a release uses for the letter it reproduces.
static LETTER: LazyLock<Regex> = LazyLock::new(|| crate::text::pattern::regex(r"(?i)\bletters?\b"));

/// A letter a release reproduces ("The full text of the letter is below. ⏎ Dear Secretary
/// X: ⏎ We write … ⏎ Sincerely,"): from its salutation to its closing, with the people a
/// line above it names before the word "letter" ("Congressman A and Congresswoman B led
/// 23 of their colleagues in a letter urging …") as its writers, else the bodies.
fn reproduced_letter(text: &str, lines: &[Span], cast: &Cast) -> Option<(Span, Vec<EntityIx>)> {
    let open = lines
        .iter()
        .position(|l| SALUTATION.is_match(l.slice(text)))?;
    let close = lines[open..]
        .iter()
        .position(|l| {
            Words::get()
                .letter_closings
                .contains(&l.slice(text).trim().to_lowercase())
        })
        .map(|k| open + k)?;
    let writers = lines[..open].iter().rev().find_map(|l| {
        let before = Span::new(l.start, l.start + LETTER.find(l.slice(text))?.start());
        let of_kind = |kind: ActorKind| {
            let mut who: Vec<EntityIx> = Vec::new();
            for r in cast.refs_in(before) {
                if cast.entities[r.entity].kind == kind && !who.contains(&r.entity) {
                    who.push(r.entity);
                }
            }
            who
        };
        let people = of_kind(ActorKind::Person);
        let who = if people.is_empty() {
            of_kind(ActorKind::Organization)
        } else {
            people
        };
        (!who.is_empty()).then_some(who)
    })?;
    Some((Span::new(lines[open].start, lines[close].start), writers))
}

/// The reader's name on a letter's signature line "Ruth Abrahams, Remuera." or "Rev. Aroha
/// Pene, Christchurch": a name, a comma, one to four capitalised words of place, a full
/// stop or nothing.
fn signature(text: &str, line: Span) -> Option<Span> {
    let written = line.slice(text).trim_end();
    let (who, place) = written.split_once(", ")?;
    let place = place.strip_suffix('.').unwrap_or(place);
    let place_ok = (1..=4).contains(&place.split_whitespace().count())
        && place
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(['.', ':']));
    if !place_ok || who.len() > 60 {
        return None;
    }
    let name = name_in(
        text,
        Span::new(line.start, line.start + who.len()).trim_start(text),
    )?;
    (name.end == line.start + who.len()).then_some(name)
}

/// The first state or body named as the first words of a line near the top ("Bangladesh
/// calls on …", "The Ministry of Foreign Affairs is …"), where a statement names who
/// issues it; a headline's "Niger: 62,000 people cut off …" names its topic.
/// Also whether the document says it is the issuer's (a signature or a letterhead), not
/// only opens on it. A document that `recommends` (lists what it asks) is a report, whose
/// writer it may name only as the body that did its research.
fn issuer(
    text: &str,
    lines: &[Span],
    cast: &mut Cast,
    recommends: bool,
) -> (Option<EntityIx>, bool) {
    if let Some(e) = self_named(text, cast).or_else(|| resolving_body(text, lines, cast)) {
        return (Some(e), false);
    }
    if let Some(e) = stated_by(text, lines, cast)
        .or_else(|| spoken_by(text, lines, cast))
        .or_else(|| by_an_office(text, lines, cast))
    {
        return (Some(e), true);
    }
    if let Some(e) = body_of_a_un_document(text, lines, cast) {
        return (Some(e), true);
    }
    if let Some(e) = running_head(text, lines, cast) {
        return (Some(e), true);
    }
    // A report's recommendations are the body's that says it did the research, where a
    // line opening on a body it names or a dateline ("Damascus/Brussels, 2 June 2025")
    // would give them to a state.
    if recommends {
        if let Some(e) = report_writer(text, lines, cast) {
            return (Some(e), true);
        }
    }
    if let Some(e) =
        opened_on(text, lines, cast, false).or_else(|| ministry_after_a_bar(text, lines, cast))
    {
        return (Some(e), false);
    }
    if let Some(e) = letterhead(text, lines, cast) {
        return (Some(e), true);
    }
    // "Bogotá, 12 September 2024" alone on a line says where the document was issued: the
    // state speaks only when nothing above names the writer.
    (opened_on(text, lines, cast, true), false)
}

/// A United Nations document's first line gives its symbol ("United Nations  CAT/C/LKA/CO/3-4",
/// "… A/HRC/41/9"); the body alone on a line of its head below ("Committee against
/// Torture", "Human Rights Council") adopted it, and its unattributed paragraphs ("The State
/// party should …") are that body's.
fn body_of_a_un_document(text: &str, lines: &[Span], cast: &Cast) -> Option<EntityIx> {
    if !UN_SYMBOL_LINE.is_match(lines.first()?.slice(text)) {
        return None;
    }
    lines.iter().skip(1).take(UN_HEAD_LINES).find_map(|l| {
        let whole = l.trimmed(text);
        cast.refs_in(whole)
            .find(|r| {
                r.span == whole
                    && r.form == RefForm::Name
                    && cast.entities[r.entity].kind == ActorKind::Organization
            })
            .map(|r| r.entity)
    })
}

/// "United Nations" and a document symbol, as a UN document's first line prints them.
static UN_SYMBOL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^\s*United Nations\s+[A-Z]{1,8}(?:/[A-Za-z0-9.()\-]+){2,}\s*$")
});

/// How many lines below the symbol a UN document's head runs (the convention's name, the
/// date, the original language, the body, the session).
const UN_HEAD_LINES: usize = 10;

/// The body a report's running head or foot names, as text extracted from its pages
/// repeats it ("Crisis Group Africa Briefing N°194, 14 November 2023   Page 4"): the
/// report's writer. A line counts when it comes back, its numbers aside, at least twice.
fn running_head(text: &str, lines: &[Span], cast: &Cast) -> Option<EntityIx> {
    let mut seen: std::collections::HashMap<String, (usize, Span)> =
        std::collections::HashMap::new();
    for l in lines {
        let line = l.slice(text).trim();
        if !(RUNNING_HEAD_MIN..=RUNNING_HEAD_MAX).contains(&line.len()) {
            continue;
        }
        let key: String = line
            .split_whitespace()
            .filter(|w| !w.chars().any(|c| c.is_ascii_digit()))
            .collect::<Vec<_>>()
            .join(" ");
        seen.entry(key).or_insert((0, *l)).0 += 1;
    }
    let mut repeated: Vec<(usize, Span)> = seen.into_values().filter(|(n, _)| *n >= 2).collect();
    repeated.sort_by_key(|&(n, l)| (std::cmp::Reverse(n), l.start));
    repeated.iter().find_map(|(_, l)| {
        // A debate's name line ("The Minister of State, Home Office (Lord X) (Lab)") comes
        // back each time its speaker rises: it names who speaks there, not the writer.
        if cast
            .refs_in(*l)
            .any(|r| cast.entities[r.entity].kind == ActorKind::Person)
        {
            return None;
        }
        known_body(cast, *l)
    })
}

/// The body a report names as its own researcher ("Crisis Group has documented …",
/// "residents told Human Rights Watch …", "Crisis Group interview", "Subscribe to Crisis
/// Group's email updates") more than once, the one named most so; else one a line of its
/// masthead or its foot names as a letterhead does ([`letterhead_name`]); else one the
/// report names so once. A research body's web page of a report carries no letterhead.
fn report_writer(text: &str, lines: &[Span], cast: &mut Cast) -> Option<EntityIx> {
    let mut counts: Vec<(EntityIx, usize)> = Vec::new();
    for c in SELF_RESEARCH.captures_iter(text) {
        let Some(name) = c.get(1).or_else(|| c.get(2)) else {
            continue;
        };
        if let Some(e) = known_body(cast, Span::new(name.start(), name.end())) {
            match counts.iter_mut().find(|(b, _)| *b == e) {
                Some((_, n)) => *n += 1,
                None => counts.push((e, 1)),
            }
        }
    }
    let most = counts.iter().map(|&(_, n)| n).max().unwrap_or(0);
    let researcher = counts.iter().find(|&&(_, n)| n == most).map(|&(e, _)| e);
    if most >= 2 {
        return researcher;
    }
    letterhead_name(text, lines)
        .map(|name| body_named(text, name, cast))
        .or(researcher)
}

/// Where a line of a document's masthead or foot names a body as a letterhead does: the
/// line's first field ("United States Institute of Peace • www.usip.org", "© 2024,
/// Institute for Security Studies", "Observer Research Foundation, New Delhi"), or the part
/// after a writer's role ("Research Fellow, Lowy Institute for International Policy"), read
/// as a body's name ([`reads_as_letterhead`]) — not a unit under the body's own ("Conflict
/// Research Unit"), nor a footnote's ("1 Interview, Human Rights Council, Geneva").
fn letterhead_name(text: &str, lines: &[Span]) -> Option<Span> {
    let masthead = lines.iter().take(HEAD_LINES).skip(1);
    let foot = lines.iter().rev().take(FOOT_LINES);
    let words = Words::get();
    masthead.chain(foot).find_map(|l| {
        let line = l.slice(text);
        // A paragraph at the foot ("For the Moro Islamic Liberation Front, the lesson …")
        // is no letterhead, nor is a list's heading ("To the UN Security Council:").
        if line.len() > FOOT_LINE || line.trim_end().ends_with(':') {
            return None;
        }
        let written = FIELD_BREAK
            .find(line)
            .map_or(line, |m| &line[..m.start()])
            .trim_end();
        let from = COPYRIGHT_MARK
            .find(written)
            .map_or(written.len() - written.trim_start().len(), |m| m.end());
        let mut at = from;
        let mut after_a_role = true;
        written[from..].split(", ").find_map(|part| {
            let start = at;
            at += part.len() + 2;
            let name = part.trim();
            let last = name.split_whitespace().next_back().unwrap_or("");
            let unit = words
                .unit_words
                .contains(last.trim_end_matches('.').to_lowercase().as_str());
            let found = (after_a_role && reads_as_letterhead(name) && !unit).then(|| {
                let start = l.start + start + (part.len() - part.trim_start().len());
                Span::new(start, start + name.len())
            });
            after_a_role = words.author_roles.contains(last.to_lowercase().as_str());
            found
        })
    })
}

/// Whether `name` reads as a body's on a letterhead: capitalised words and their
/// connectors, one of them an institution's word.
fn reads_as_letterhead(name: &str) -> bool {
    let heads = &Words::get().institution_heads;
    name.len() <= 100
        && LETTERHEAD.is_match(name)
        && name.split_whitespace().any(|w| heads.contains(w))
}

/// A body the lists know, named by a reference in `span`; not a platform a page's share bar
/// names ("SHARE: Facebook X LinkedIn").
fn known_body(cast: &Cast, span: Span) -> Option<EntityIx> {
    cast.refs_in(span)
        .find(|r| {
            r.form == RefForm::Name
                && cast.entities[r.entity].kind == ActorKind::Organization
                && !cast.entities[r.entity].is_channel()
        })
        .map(|r| r.entity)
}

/// The body named at `name`: one the lists know, or else the name itself ("Institute for
/// Security Studies").
fn body_named(text: &str, name: Span, cast: &mut Cast) -> EntityIx {
    known_body(cast, name).unwrap_or_else(|| {
        cast.described_in_passing(name, name.slice(text), ActorKind::Organization)
    })
}

/// Whether `acronym` is made of the initials of `name`'s capitalised words ("ORF" of
/// "Observer Research Foundation").
fn initials_of(acronym: &str, name: &str) -> bool {
    let initials: String = name
        .split_whitespace()
        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
        .collect();
    acronym.len() >= 2 && initials == acronym
}

/// A body named as the one that did a report's research: before "has documented", "is not
/// aware", "interviewed", "could not verify"; after "told", "spoke to"; before "interview"
/// or "research"; in "Subscribe to X's".
static SELF_RESEARCH: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"((?:[A-Z][\w’'&.-]*\s+){0,5}[A-Z][\w’'&.-]*)\s+(?:(?:has|have|had)\s+)?(?:documented|interviewed|is\s+not\s+aware|was\s+unable\s+to\s+(?:confirm|verify)|could\s+not\s+(?:independently\s+)?(?:confirm|verify)|interviews?\b|research(?:ers)?\b)|\b(?:told|spoke\s+to|speaking\s+to|[Ss]ubscribe\s+to)\s+((?:[A-Z][\w’'&.-]*\s+){0,5}[A-Z][\w’'&.-]*)",
    )
});

/// " • ", " | ": where a masthead line's first field ends.
static FIELD_BREAK: LazyLock<Regex> = LazyLock::new(|| crate::text::pattern::regex(r"\s[•|·]\s"));

/// "© 2024, ", "Copyright 2024 ": what a foot's line puts before the body's name.
static COPYRIGHT_MARK: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^\s*(?:©|\([Cc]\)|Copyright)\s*(?:\d{4}\s*)?[,.]?\s*")
});

/// An interview printed as paragraphs of questions, each answered by the paragraphs after
/// it, with no label for either ("Does the attack on Bamako change anything?" ⏎ "It
/// changes …"): the text after each question, down to the next, is the answer of the
/// person interviewed. Only where the top says it is an interview ("spoke to The Hindu",
/// "Interview by …", "Excerpts:") and at least two questions are answered.
fn answers(text: &str, lines: &[Span], cast: &Cast) -> Vec<(Span, Vec<EntityIx>)> {
    if !INTERVIEW.is_match(&text[..floor_char(text, INTERVIEW_HEAD)]) {
        return Vec::new();
    }
    // "Q: The border has been closed since 2007. Traders say …": a line its label gives
    // the interviewer asks, whatever it ends on.
    let question = |l: &Span| {
        let written = l.slice(text).trim();
        let labelled = written.split_once(':').is_some_and(|(label, _)| {
            Words::get()
                .question_labels
                .contains(label.trim().to_lowercase().as_str())
        });
        labelled
            || (written.ends_with('?')
                && written.len() <= QUESTION_MAX
                && !written.starts_with(['"', '“', '‘', '\'']))
    };
    let questions: Vec<usize> = (0..lines.len()).filter(|&i| question(&lines[i])).collect();
    let answered = questions
        .iter()
        .filter(|&&i| lines.get(i + 1).is_some_and(|l| !question(l)))
        .count();
    if answered < 2 {
        return Vec::new();
    }
    let Some(who) = answering(text, cast, lines[questions[0]].start) else {
        return Vec::new();
    };
    let who = super::parties::with_affiliations(cast, vec![who]);
    questions
        .iter()
        .enumerate()
        .filter_map(|(k, &i)| {
            let end = questions.get(k + 1).map_or(text.len(), |&j| lines[j].start);
            (lines[i].end < end).then(|| (Span::new(lines[i].end, end), who.clone()))
        })
        .collect()
}

/// The person an interview's top introduces before its first question at `at`: the one
/// the sentence saying it is an interview names, else the first with an office ("the former minister of national reconciliation", "Former envoy X"),
/// else the first; never the one a label names as the interviewer ("Interview by …",
/// "Interview: Jonas Wiedemann", "By …").
fn answering(text: &str, cast: &Cast, at: usize) -> Option<EntityIx> {
    let before = cast.refs_starting_in(0, at);
    let candidate = |r: &&crate::actors::Ref| {
        // What the line puts before the name: "Interview by", "Interview Conducted By",
        // "Interview: Jonas" (a surname's mention starts after the given name).
        let line_start = text[..r.span.start].rfind('\n').map_or(0, |i| i + 1);
        let before_name = text[line_start..r.span.start].to_lowercase();
        let by = before_name
            .split_whitespace()
            .rev()
            .take(BYLINE_WORDS)
            .any(|w| w == "by");
        let labelled = before_name
            .split_once(':')
            .is_some_and(|(label, _)| Words::get().interviewer_labels.contains(label.trim()));
        cast.entities[r.entity].kind == ActorKind::Person && !by && !labelled
    };
    // The sentence that says it is an interview names whom, nearest its words: "X, a former
    // High Commissioner …, spoke to The Hindu", "The Diplomat spoke with X, a member of …".
    let said = INTERVIEW.find_iter(&text[..at]).find_map(|m| {
        let from = text[..m.start()]
            .rfind(['.', '\n', '?', '!'])
            .map_or(0, |i| i + 1);
        let to = text[m.end()..at]
            .find(['.', '\n', '?', '!'])
            .map_or(at, |i| m.end() + i);
        cast.refs_starting_in(from, to)
            .iter()
            .filter(candidate)
            .min_by_key(|r| {
                r.span
                    .start
                    .abs_diff(m.start())
                    .min(r.span.end.abs_diff(m.start()))
            })
    });
    said.or_else(|| {
        before
            .iter()
            .filter(candidate)
            .find(|r| cast.entities[r.entity].role.is_some())
    })
    .or_else(|| before.iter().find(candidate))
    .map(|r| r.entity)
}

/// How many words before a name a byline's "by" may stand ("Interview Conducted By X").
const BYLINE_WORDS: usize = 3;

/// How far from the top an interview says it is one.
const INTERVIEW_HEAD: usize = 2_500;

/// The longest paragraph read as an interviewer's question.
const QUESTION_MAX: usize = 400;

/// "In an interview with Le Monde", "spoke to The Hindu", "Interview by", "Excerpts:".
static INTERVIEW: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\binterview(?:ed)?\b|\b(?:spoke|talked|speaking)\s+(?:to|with)\b|\bexcerpts\b|\bedited\s+for\s+(?:length|clarity)\b|\bconversation\s+with\b|\bQ\s*&\s*A\b",
    )
});

/// The length of a running head or foot: a title, a number and a date, not a paragraph.
const RUNNING_HEAD_MIN: usize = 12;
const RUNNING_HEAD_MAX: usize = 160;

/// A report's first line naming the body that wrote it, as a letterhead does ("Institute
/// for Peace and Conflict in Asia"): capitalised words and their connectors, one of them
/// an institution's word. Shown only if its lines ask something.
fn letterhead(text: &str, lines: &[Span], cast: &mut Cast) -> Option<EntityIx> {
    let first = *lines.first()?;
    let line = first.slice(text).trim();
    if !reads_as_letterhead(line) {
        return None;
    }
    let start = first.trim_start(text).start;
    let span = Span::new(start, start + line.len());
    Some(cast.described_in_passing(span, line, ActorKind::Organization))
}

static LETTERHEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:The\s+)?[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|the|on|in)\s+)?[A-Z][\w’'-]*){1,7}$",
    )
});

/// A resolution's subject, alone on its line above the preamble: "The Human Rights
/// Council," or "The Security Council,", or opening a line on the session that adopted it
/// ("The Council of Foreign Ministers of the OIC, meeting in its Seventeenth Extraordinary
/// Session in Islamabad …;"). Its paragraphs are that body's, whatever body a symbol's
/// header or a dateline names first ("United Nations   A/HRC/RES/34/29").
fn resolving_body(text: &str, lines: &[Span], cast: &Cast) -> Option<EntityIx> {
    static SUBJECT_LINE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::pattern::regex(
            r"^\s*The\s+[A-Z][^,;:.\n]{2,80},\s*(?:$|(?:meeting|gathered|assembled|convened|having\s+met|at\s+its)\s)",
        )
    });
    lines
        .iter()
        .take_while(|l| l.start < SELF_NAMED_REACH)
        .filter_map(|l| Some((l, SUBJECT_LINE.find(l.slice(text))?)))
        .find_map(|(l, m)| {
            // The body is the subject's own name, right after its article ("The Secretary-
            // General of ASEAN," greets a person of that body), or, when the session follows,
            // the body the subject names ("The Council of Foreign Ministers of the OIC,
            // meeting …").
            let session = !m.as_str().trim_end().ends_with(',');
            let head = l.start + l.slice(text).find("The ")? + "The ".len();
            let subject = l.start + m.as_str().find(',')?;
            cast.refs_in(*l)
                .find(|r| {
                    r.form == RefForm::Name
                        && (r.span.start <= head || (session && r.span.end <= subject))
                        && cast.entities[r.entity].kind == ActorKind::Organization
                })
                .map(|r| r.entity)
        })
}

/// How far into a text a declaration names itself ("We, the Leaders of …,").
const SELF_NAMED_REACH: usize = 4000;

/// A declaration's "We, the Leaders of the BRICS countries, …": the body its writers say
/// they speak as.
///
/// A coalition's "We, the undersigned organisations, call on …" names no body: the
/// description becomes the party, so the letter's asks are not dropped for want of one.
fn self_named(text: &str, cast: &mut Cast) -> Option<EntityIx> {
    static WE_THE: LazyLock<Regex> =
        LazyLock::new(|| crate::text::pattern::regex(r"\bWe,\s+(?:the\s+)?([^,;.\n]{3,150}),"));
    let c = WE_THE.captures(&text[..floor_char(text, SELF_NAMED_REACH)])?;
    let (m, description) = (c.get(0)?, c.get(1)?);
    let named = cast
        .refs_in(Span::new(m.start(), m.end()))
        .find(|r| {
            r.form == RefForm::Name && cast.entities[r.entity].kind == ActorKind::Organization
        })
        .map(|r| r.entity);
    if named.is_some() {
        return named;
    }
    let words: Vec<&str> = description.as_str().split_whitespace().collect();
    let collective = words.len() <= 4
        && words.last().is_some_and(|w| {
            Words::get()
                .collective_bodies
                .contains(w.to_lowercase().as_str())
        });
    collective.then(|| {
        let span = Span::new(description.start(), description.end());
        cast.described(span, description.as_str(), ActorKind::Organization)
    })
}

/// The states a joint statement's "We, the undersigned governments," (or "We, the
/// undersigned,") stands for: the countries named before it ("The text of the following
/// statement was released by the Governments of the Bahamas, Barbados, …"), when there are
/// two or more.
fn undersigned_states(text: &str, cast: &Cast) -> Vec<EntityIx> {
    static WE_THE_STATES: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::pattern::regex(
            r"\bWe,\s+the\s+(?:(?:undersigned\s+|signatory\s+|participating\s+)?(?:governments|states|countries|nations)\b|(?:undersigned|signatories)\s*,)",
        )
    });
    let Some(m) = WE_THE_STATES.find(&text[..floor_char(text, SELF_NAMED_REACH)]) else {
        return Vec::new();
    };
    // The paragraph nearest above that names two states or more (not the headline's "the
    // Situation in Haiti").
    let before = &text[..m.start()];
    let mut end = before.len();
    while end > 0 {
        let start = before[..end].rfind("\n\n").map_or(0, |p| p + 2);
        let mut states: Vec<EntityIx> = Vec::new();
        for r in cast.refs_in(Span::new(start, end)) {
            if cast.entities[r.entity].kind == ActorKind::Country && !states.contains(&r.entity) {
                states.push(r.entity);
            }
        }
        if states.len() >= 2 {
            return states;
        }
        end = start.saturating_sub(2);
    }
    Vec::new()
}

/// The body a masthead line says the document is by: "Joint statement by the Coalition
/// Against Enforced Disappearances in Ecuador (CADE)", "Press release from the OIC".
fn stated_by(text: &str, lines: &[Span], cast: &Cast) -> Option<EntityIx> {
    let head = &lines[..lines.len().min(HEAD_LINES)];
    head.iter().enumerate().find_map(|(i, l)| {
        // "Chairman's Statement of the 15th ASEAN Summit", or "CHAIRMAN'S STATEMENT" over
        // "SPECIAL ASEAN MINISTERIAL MEETING …": the listed body whose meeting the document
        // is of (a headline's capitalised words make no body's name). A body named far
        // along the line is where the meeting was held ("… held on the sidelines of the UN
        // General Assembly").
        let meeting = match STATEMENT_OF.find(l.slice(text)) {
            Some(m) => Some(Span::new(l.start + m.end(), l.end)),
            None => STATEMENT_ALONE
                .is_match(l.slice(text))
                .then(|| head.get(i + 1).copied())
                .flatten(),
        };
        if let Some(meeting) = meeting {
            return cast
                .refs_in(meeting)
                .find(|r| matches!(cast.entities[r.entity].key, Key::Org(_)))
                .filter(|r| r.span.start - meeting.start <= MEETING_OF_REACH)
                .map(|r| r.entity);
        }
        let m = STATED_BY.find(l.slice(text))?;
        let at = l.start + m.end();
        // "Comment by the Information and Press Department of the Russian MFA": a
        // department named before the body it belongs to, which speaks through it.
        cast.refs_in(*l)
            .filter(|r| {
                text.get(at..r.span.start)
                    .is_some_and(|between| between.is_empty() || PART_OF.is_match(between))
                    && matches!(
                        cast.entities[r.entity].kind,
                        ActorKind::Country | ActorKind::Organization | ActorKind::ArmedGroup
                    )
            })
            .last()
            .map(|r| r.entity)
    })
}

static STATED_BY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\s*(?:(?:an?\s+)?(?:joint\s+|public\s+|press\s+|open\s+)?(?:statement|declaration|communiqu[eé]|release|letter|appeal|comment|commentary|petition)\s+(?:issued\s+)?(?:by|from)|(?:published|issued|posted)\s+by)\s*:?\s+(?:the\s+)?",
    )
});

/// "X started this petition to …", as a petition site heads the petition.
static STARTED_PETITION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^\s*([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4})\s+started\s+this\s+petition\b",
    )
});

/// The name of a part of a body before the body's own: "Information and Press Department
/// of the ".
static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:[A-Z][\w’'-]*\s+(?:(?:and|for|on)\s+)?){1,6}of\s+(?:the\s+)?$",
    )
});

/// "Chairman's Statement", "Final Communiqué", "Joint Declaration": a document's kind at
/// the head of a line.
const STATEMENT_HEAD: &str = r"(?i)^\s*(?:(?:the\s+)?chair(?:man|person|woman)?['’]?s\s+|final\s+|joint\s+|press\s+)?(?:statement|declaration|communiqu[eé])";

/// The document's kind alone on its line, the meeting it is of on the next.
static STATEMENT_ALONE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(&format!(r"{STATEMENT_HEAD}\s*$")));

/// How far after "Statement of the" the body whose meeting it is may be named.
const MEETING_OF_REACH: usize = 40;

/// "Chairman's Statement of the", "Final Communiqué of": the meeting follows.
static STATEMENT_OF: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(&format!(r"{STATEMENT_HEAD}\s+of\s+(?:the\s+)?")));

/// The person a transcript's masthead says speaks it: "Briefing by Foreign Ministry
/// Spokeswoman Maria Zakharova, Moscow, …", "Remarks by the Secretary-General at …",
/// "Press conference by Foreign Minister X". Their "we" and their unattributed obligations
/// are theirs until a speaker label gives the floor to someone else. A masthead is a short
/// line: "Gordon Brown's statement in 2007 that two-thirds of all attacks …" opens a
/// paragraph of an op-ed, not a transcript.
fn spoken_by(text: &str, lines: &[Span], cast: &Cast) -> Option<EntityIx> {
    lines
        .iter()
        .take(SYMBOL_HEAD_LINES)
        .enumerate()
        .find_map(|(i, l)| {
            let person =
                |r: &&crate::actors::Ref| cast.entities[r.entity].kind == ActorKind::Person;
            // A line that opens on its occasion may be long: "Opening Statement of H.E. X,
            // Chairperson of …, at the 37th Ordinary Session of …"; and a UN document's sits
            // under its symbols, sessions and agenda item ("Report of the Secretary-General").
            if let Some(end) = crate::actors::occasion_by(l.slice(text)) {
                return cast
                    .refs_in(Span::new(l.start + end, l.end))
                    .find(person)
                    .filter(|_| l.len() <= crate::actors::MASTHEAD_LINE)
                    .map(|r| r.entity);
            }
            if i >= HEAD_LINES {
                return None;
            }
            // "Foreign Ministry Spokesperson X's Regular Press Conference on …".
            cast.refs_in(*l)
                .filter(person)
                .find(|r| OWN_OCCASION.is_match(&text[r.span.end..l.end]))
                .filter(|_| l.len() <= OWN_OCCASION_LINE)
                .map(|r| r.entity)
        })
}

/// "Report of the Secretary-General", "Remarks by the High Commissioner at …": a masthead
/// naming an office no person in the text is named holding. The office speaks, as it does
/// in a statement that opens "The Secretary-General urges …".
fn by_an_office(text: &str, lines: &[Span], cast: &mut Cast) -> Option<EntityIx> {
    lines.iter().take(SYMBOL_HEAD_LINES).find_map(|l| {
        let line = l.slice(text);
        let end = crate::actors::occasion_by(line)?;
        let rest = &line[end..];
        // The office ends where the occasion's place, audience or topic begins.
        let office = rest.split([',', ';']).next().unwrap_or(rest);
        let cut = [" at ", " to ", " on "]
            .iter()
            .filter_map(|p| office.find(p))
            .min()
            .unwrap_or(office.len());
        let office = office[..cut].trim();
        let office = office.strip_prefix("the ").unwrap_or(office);
        let at = l.start + end + rest.find(office)?;
        super::described::office_speaking(cast, Span::new(at, at + office.len()), office)
    })
}

/// The longest line a masthead naming its speaker first takes ("Foreign Ministry
/// Spokesperson X's Regular Press Conference on …, Beijing, March 10, 2027").
const OWN_OCCASION_LINE: usize = 160;

static OWN_OCCASION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)^['’]s\s+(?:[a-z]+\s+){{0,2}}?{}\b",
        any_of_spaced(&[&Words::get().occasion_nouns])
    ))
});

/// The state or body a line near the top opens on.
fn opened_on(text: &str, lines: &[Span], cast: &Cast, datelines: bool) -> Option<EntityIx> {
    // "Share ⏎ Twitter ⏎ Facebook": a social network alone on its line is a button.
    let platform = |e: EntityIx| {
        matches!(cast.entities[e].key,
            Key::Org(o) if Lexicon::get().orgs[o].class == crate::lexicon::OrgClass::Platform)
    };
    lines.iter().take(HEAD_LINES).find_map(|l| {
        let line = l.slice(text);
        let body = line.trim_start();
        let article = if body.starts_with("The ") { 4 } else { 0 };
        let at = l.start + (line.len() - body.len()) + article;
        cast.refs_in(*l)
            .find(|r| {
                r.span.start == at
                    && r.form == RefForm::Name
                    && !platform(r.entity)
                    && !text[r.span.end..].starts_with(':')
                    && datelines == BARE_DATELINE.is_match(&text[r.span.end..l.end])
                    && matches!(
                        cast.entities[r.entity].kind,
                        ActorKind::Country | ActorKind::Organization
                    )
            })
            .map(|r| r.entity)
    })
}

/// "Posted on: 16-May-2024 | Ministry of Foreign Affairs, Islamabad": a ministry that
/// opens the last part of a line near the top, after a bar, owns the page, as its own line
/// would say. (A state or any other body there is a breadcrumb's section.)
fn ministry_after_a_bar(text: &str, lines: &[Span], cast: &Cast) -> Option<EntityIx> {
    let lx = Lexicon::get();
    let ministry = |e: EntityIx| match cast.entities[e].key {
        Key::Organ(_, organ) => organ.is_ministry(),
        Key::Org(o) => lx.orgs[o].class == crate::lexicon::OrgClass::Ministry,
        _ => false,
    };
    lines.iter().take(HEAD_LINES).find_map(|l| {
        let bar = l.slice(text).rfind(" | ")?;
        let at = l.start + bar + " | ".len();
        cast.refs_in(Span::new(at, l.end))
            .find(|r| r.span.start == at && ministry(r.entity))
            .map(|r| r.entity)
    })
}

/// What follows the place of a line that is only a dateline: "/Brussels, 14 November
/// 2023", ", September 12, 2024".
static BARE_DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:\s*/\s*[A-Z][\w’'-]*)*,?\s+(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+\d{4}\s*$",
    )
});

/// The document's lines, without their breaks.
fn lines(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut at = 0;
    for l in text.split_inclusive('\n') {
        let body = l.trim_end_matches(['\n', '\r']);
        if !body.trim().is_empty() {
            out.push(Span::new(at, at + body.len()));
        }
        at += l.len();
    }
    out
}

static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"(?i)^({}){}\s*(?:[|:,–—-]|$|by\s)",
        any_of(&[&w.opinion_labels, &w.brief_labels, &w.editorial_labels]),
        PAPER_NUMBER,
    ))
});

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\s*(?:(?:opinion|analysis|commentary|comment|op-ed)\s+)?(?:by|authors?:|written by)\s+(.{3,120}?)\s*$",
    )
});

static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"\s*(?:,|&|\band\b)\s*"));

static BIO: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"^\s*(?:[•*–-]\s*)?([^,]{{3,60}}?) (?:is|was) (?:a|an|the|[A-Z][\w.-]*['’]s) [^.]{{0,80}}?\b{}s?\b",
        any_of(&[&w.author_roles])
    ))
});

static VIEWS_OWN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\bviews expressed\b[^.]{0,40}\b(?:are|is)\b[^.]{0,30}\b(?:own|those\s+of\s+the\s+(?:author|writer)s?)\b",
    )
});

/// The lines under each heading of a list of demands ("To the National Assembly:",
/// "Recommendations"), down to the first line that is neither an item nor a heading.
fn listed(text: &str, lines: &[Span], cast: &Cast) -> Vec<Listed> {
    // Below a "Recommendations" heading, "To donor governments:", "For the government:"
    // and "To the governments of Nigeria, Cameroon and Chad" head the parties' lists too.
    let heading = |l: &Span, recommending: bool| {
        let line = l.slice(text).trim();
        line.len() <= 160
            && ((line.starts_with("To ") && line.ends_with(':') && TO_HEADING.is_match(line))
                || recommendations_heading(line)
                || (recommending && PARTY_HEADING.is_match(line)))
    };
    let mut out = Vec::new();
    let mut recommending = false;
    let mut i = 0;
    while i < lines.len() {
        if !heading(&lines[i], recommending) {
            i += 1;
            continue;
        }
        recommending |= recommendations_heading(lines[i].slice(text).trim());
        // An item wrapped over several lines (a page's text as extracted) goes on until a
        // line ends a sentence.
        let mut items: Vec<Span> = Vec::new();
        let mut taken = 0;
        for l in &lines[i + 1..] {
            if heading(l, recommending) {
                break;
            }
            if crate::demands::cues::list_item(text, *l).is_some() {
                items.push(*l);
            } else {
                match items.last_mut() {
                    Some(last) if !last.slice(text).trim_end().ends_with(['.', ';', ':']) => {
                        last.end = l.end;
                    }
                    _ => break,
                }
            }
            taken += 1;
        }
        let opening = lines[i].slice(text).trim_start();
        let to = if opening.starts_with("To ") || opening.starts_with("For ") {
            super::parties::dedup(cast.refs_in(lines[i]).map(|r| r.entity))
        } else {
            Vec::new()
        };
        i += 1 + taken;
        if !items.is_empty() {
            out.push(Listed { items, to });
        }
    }
    out
}

/// "To the Government of Ecuador:", "To Los Lobos, Los Choneros and all other armed
/// groups:", "To the governments of Malaysia and Indonesia:": a heading naming whom the
/// lines below it ask.
static TO_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^To\s+(?:the\s+|all\s+)?(?:[a-z]+\s+){0,4}[A-Z][^.!?]*:$")
});

/// Below a "Recommendations" heading, a short line that opens on "To" or "For" and ends
/// no sentence: the party the lines under it ask ("To donor governments:", "For the
/// government:", "To the governments of Nigeria, Cameroon, Chad and Niger").
static PARTY_HEADING: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^(?:To|For)\s+[^.!?;:]{2,100}:?$"));

/// "Below is the full text of the broadcast:", "Following is the text of the minister's
/// speech as released by the Press Information Department:": a speech given in full below,
/// whoever the line says released it.
static FULL_TEXT_BELOW: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:below|here|following)\s+is\s+the\s+(?:full\s+)?text\s+of\s+(?:the|his|her|their|its)\s+(?:[\w’'-]+\s+){0,2}?(?:speech|statement|broadcast|address|remarks)\b[^:\n]{0,100}:\s*$",
    )
});

/// A line that introduces the text of a statement below it: "… issued the following
/// statement on Saturday:", "The statement reads as follows:".
static FOLLOWING_STATEMENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:(?:issued|released|made|published|delivered|read\s+out|gave)\s+the\s+following\s+(?:press\s+)?(?:statement|release|communiqu[eé]|declaration|remarks)|(?:statement|communiqu[eé]|declaration)\s+(?:reads|read|said|says)\s+(?:as\s+follows|in\s+full))\b[^:\n]{0,80}:\s*$",
    )
});

/// "CHSS recommendations:", "Key recommendations", "RECOMMENDATIONS": a heading over what
/// a document recommends. The word itself is looked for first: most lines hold no
/// heading, and that test is a byte scan.
fn recommendations_heading(line: &str) -> bool {
    line.len() <= 80
        && (line.contains("ecommendations") || line.contains("ECOMMENDATIONS"))
        && RECOMMENDATIONS.is_match(line)
}

static RECOMMENDATIONS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^(?:[\w’'. -]{1,60}\s)?(?:key\s+|our\s+)?recommendations\s*:?$",
    )
});
