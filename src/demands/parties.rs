//! Speakers and addressees of a cue, from the structure of its sentence and of the
//! discourse around it.

use super::cues::{Cue, Shape};
use crate::actors::{Cast, EntityIx, Ref, RefForm};
use crate::lexicon::words::{any_of, any_of_spaced, Words};
use crate::report::ActorKind;
use crate::syntax::chunks::chunk_of;
use crate::syntax::clause::Role;
use crate::syntax::{Parsed, Upos};
use crate::text::sentences::Sentence;
use crate::text::span::{ceil_char, floor_char};
use crate::text::words::last_word;
use crate::text::Span;
use regex::Regex;
use std::sync::LazyLock;

pub struct Context<'a> {
    pub text: &'a str,
    pub cast: &'a Cast,
    pub sentences: &'a [Sentence],
    pub sentence: usize,
    /// Where the cue's clause starts: the sentence start, or a clause break after an
    /// earlier cue ("…, while Abbas appealed to …").
    pub clause_start: usize,
    /// Where the cue's clause ends: the sentence end, or the subject of a later cue's own
    /// clause.
    pub clause_end: usize,
    /// The quotation the cue stands in, if any.
    pub quote: Option<Span>,
    /// The sentence's syntax, when it has a cue.
    pub parsed: Option<&'a Parsed>,
}

impl Context<'_> {
    fn span(&self) -> Span {
        self.sentences[self.sentence].span
    }
}

/// Who the text has been about: what "both countries", "they" and "the statement" refer to.
#[derive(Debug, Default)]
pub struct Discourse {
    speakers: Vec<EntityIx>,
    compound: Vec<EntityIx>,
    /// The paragraph in which `speakers` last spoke.
    paragraph: Option<usize>,
    /// The sentence whose demand last named `speakers`.
    spoke_in: Option<usize>,
    /// Who issued the statement the text last reported ("according to a Foreign Ministry
    /// statement"): "the statement said" is theirs, whoever spoke in between.
    issuer: Vec<EntityIx>,
    /// The sentence that introduced the statement of `issuer` by who it is given to: "It"
    /// in the next one is that statement.
    issued_in: Option<usize>,
    /// A transcript's speaker labels ("Spokesperson: Ambassador X") and the people they
    /// stand for, so a later "Spokesperson:" paragraph is that person speaking.
    labels: Vec<(String, Vec<EntityIx>)>,
    /// The people's roles in lower case, as written and [`ungendered`], read once a label
    /// needs them.
    roles: Option<Vec<(EntityIx, String, String)>>,
    /// The armed group last the subject of a sentence, and the paragraph: "the group" in a
    /// later sentence.
    group: Option<(EntityIx, usize)>,
    /// The party of a transcript's last speaker label.
    floor: Vec<EntityIx>,
    /// The paragraph that label opened.
    floor_paragraph: Option<usize>,
    /// Each person's gender where an honorific, a role, a given name or the pronoun that
    /// first takes them up gives one, read once a pronoun needs it.
    genders: std::cell::OnceCell<Vec<Option<Gender>>>,
    /// The state or body the text opens on, which issued it.
    origin: Option<EntityIx>,
    /// The text's quotations, sorted: a pronoun inside one is the quoted speaker's word.
    quotes: Vec<Span>,
    /// The sentence last read whose subject named parties, and those parties: what "it"
    /// in the next sentence goes on with.
    last_subject: Option<(usize, Vec<EntityIx>)>,
    /// Who an interview's "A:" paragraphs are, read once at the first of them.
    interviewee: std::cell::OnceCell<Option<EntityIx>>,
    /// Whether the floor was last given by a debate record's name line ("Lord Davenant
    /// (Con)"): it holds, paragraph after paragraph, until the next name.
    debate: bool,
    /// Whether the floor was last given by a speaker label opening a paragraph ("Mr.
    /// Holloway.", "KHATTAK:", "Spokesperson:").
    label_floor: bool,
    /// The sentence last read whose subject was a state's or body's unnamed voice
    /// ("France's delegate said …", "The representative of Qatar …"), and that party: "he"
    /// or "she" in the next sentences of its paragraph goes on with it.
    voiced: Option<(usize, Vec<EntityIx>)>,
}

/// A debate record's line naming who speaks next, on its own above the speech: "Lord
/// Davenant (Con)", "Baroness Kirkwood-Hale (LD)", "The Minister of State, Home Office
/// (Lord Pennington of Alvecote) (Lab)", "The Lord Bishop of Wakefield". A name line
/// ends on a party in brackets or opens on a peer's or a member's style; all its words but
/// connectors are capitalised.
static NAME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"[A-Z][\w.’'-]*";
    let words = format!(r"{word}(?:,?\s+(?:(?:of|the|for|and|on)\s+)*{word}){{0,7}}");
    // A bishop sits by office, not by a peer's style: "The Lord Bishop of Oxford".
    let peer = any_of(&[&Words::get().peer_styles]);
    crate::text::pattern::regex(&format!(
        r"^(?:(?P<peer>(?:The\s+)?(?:{peer}|Bishop|Lord\s+Bishop)\s+){words}(?:\s*\([A-Z][^()\n]{{1,60}}\)){{0,2}}|{words}(?:\s*\([A-Z][^()\n]{{1,60}}\)){{1,2}})[^\S\n]*$"
    ))
});

/// A post's handle opening a line as its label: "@YoavLandauIL: …".
static HANDLE_LABEL: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^\s*@(\w{3,30}):\s+\S"));

/// A debate record's time line above a name line: "5.46 pm".
static TIME_LINE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^\s*\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)?\s*$")
});

/// The name line opening the text at `at`, past a time line, when the speech follows it.
fn name_line(text: &str, at: usize) -> Option<Span> {
    let mut lines = text[at..].split_inclusive('\n').scan(at, |start, l| {
        let span = Span::new(*start, *start + l.trim_end_matches(['\n', '\r']).len());
        *start += l.len();
        Some(span)
    });
    let mut line = lines.next()?;
    if TIME_LINE.is_match(line.slice(text)) {
        line = lines.next()?;
    }
    // A transcript set out in paragraphs puts a blank line between the name and the speech.
    let mut speech = lines.next()?;
    let spaced = speech.slice(text).trim().is_empty();
    if spaced {
        speech = lines.next()?;
    }
    let written = line.slice(text);
    // "Prime Minister", "President Sharif (as interpreted)", "Question": a transcript's
    // heading over each turn, set apart by blank lines, needs no party in brackets.
    let named = NAME_LINE.is_match(written) || (spaced && TURN_HEADING.is_match(written));
    (named && !speech.slice(text).trim().is_empty() && !NAME_LINE.is_match(speech.slice(text)))
        .then_some(line)
}

/// A transcript's heading over a turn, alone on its line between blank lines: a title or a
/// name, capitalised, with at most an interpreter's note in brackets ("President Sharif (as
/// interpreted)", "Secretary-General Ban Ki-moon", "Question").
static TURN_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    let word = r"[A-Z][\w.’'-]*";
    crate::text::pattern::regex(&format!(
        r"^{word}(?:\s+(?:(?:of|the|for|and)\s+)*{word}){{0,5}}(?:\s*\([^()\n]{{1,40}}\))?[^\S\n]*$"
    ))
});

/// A transcript's speaker label opening a paragraph: "Spokesperson: …", or in a verbatim
/// record the speaker with the state they speak for: "Mr. Zhou (China): …". A briefing's
/// label may give the name and the office apart, each in title case: "Shri Randhir
/// Jaiswal, Official Spokesperson: …", "Official Spokesperson, Shri Randhir Jaiswal: …". A
/// video's transcript may put its time code first: "[00:02:02] MAJ. GEN. ABAD: …". The
/// Australian Hansard closes the label with a dash, the surname in capitals: "Mr CALLAGHAN
/// (2.01 p.m.)—My question is …" (group 3 the dash); the European Parliament's record with
/// a full stop and a dash, past the group a member speaks for: "Marek Zalewski (UEN). –
/// (PL) Mr President, …", "Jaime Oyarzábal Ruiz, on behalf of the PPE-DE Group. – (ES) …".
static LABEL: LazyLock<Regex> = LazyLock::new(|| {
    let title_case = r"(?:[A-Z][\w.’'-]*\s+(?:(?:of|the|for|and|on)\s+)*){0,5}[A-Z][\w.’'-]*";
    crate::text::pattern::regex(&format!(
        r"^\s*(?:\[\d{{1,2}}:\d{{2}}(?::\d{{2}})?\]\s*)?({title_case}(?:,\s+{title_case}){{1,3}}|[A-Z][^\n\x22“”:;,!?()\[\]]{{0,70}}?)(?:\s*\(([^()\n]{{2,60}})\))?(?:\s*\([^()\n]{{2,60}}\))?(?:\s*:\s+|(?:,\s+[^\n.:;!?]{{2,80}}?)?\.\s+[-–—]\s+|(—))\S"
    ))
});

/// A hearing record's speaker label: the member's honorific or office and surname closed
/// by a full stop, opening the paragraph ("    Mr. Holloway. The subcommittee will come to
/// order."), as the US Congress prints its hearings; the splitter may leave the label a
/// sentence of its own.
static RECORD_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"^\s*({}\.?\s+[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\.(?:\s+\S|\s*$)",
        any_of(&[&Words::get().record_label_titles])
    ))
});

/// The speaker label opening a paragraph's first sentence, as either kind of transcript
/// writes it: group 1 the label, group 2 a state in brackets after it.
fn label_in(sentence: &str) -> Option<regex::Captures<'_>> {
    LABEL
        .captures(sentence)
        // An office of many words labels a turn only with its holder in brackets ("Minister
        // of State at the Department of Defence (Deputy X):") or after a comma ("Shri X,
        // Official Spokesperson:"); a long phrase before a colon is a sentence's.
        .filter(|c| {
            c.get(2).is_some()
                || c.get(1)
                    .is_some_and(|l| l.len() <= SHORT_LABEL || l.as_str().contains(','))
        })
        // Only a name in capitals closes on a bare dash: "The attack—the worst in years—"
        // opens a sentence.
        .filter(|c| {
            c.get(3).is_none()
                || c.get(1).is_some_and(|l| {
                    l.as_str()
                        .split_whitespace()
                        .any(crate::text::words::in_capitals)
                })
        })
        .or_else(|| RECORD_LABEL.captures(sentence))
}

/// How far into a paragraph's line a speaker label and its first words are read.
const LABEL_LINE_REACH: usize = 300;

/// The longest label a transcript gives without a bracket after it.
const SHORT_LABEL: usize = 41;

/// Where the speaker label opening sentence `s` ends ("MINISTER SARR: The gas has to
/// …"): what follows is the speaker's, and the label no part of its clauses.
pub fn after_label(text: &str, s: Span) -> Option<usize> {
    let m = label_in(s.slice(text))?.get(0)?;
    // The match ends on the first character after the colon and its spaces.
    let end = s.start + m.end();
    Some(floor_char(text, end - 1))
}

/// An office's words with "man", "woman" and "person" cut from their ends ("spokesman",
/// "spokeswoman" and "spokesperson" are all "spokes"), so that a label matches the role
/// however either writes it.
fn ungendered(office: &str) -> String {
    office
        .split(' ')
        .map(|w| {
            ["person", "woman", "man"]
                .iter()
                .find_map(|end| w.strip_suffix(end).filter(|stem| stem.len() >= 4))
                .unwrap_or(w)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// How far above a speaker label the line introducing its holder may stand.
const LABEL_INTRODUCED_REACH: usize = 3_000;

/// A line that gives a statement below it to a delegation: "By the delegation of Türkiye:",
/// "Statement by the Permanent Mission of Kenya:", or an annex's heading in capitals with
/// no colon ("STATEMENT BY THE DELEGATION OF CYPRUS ON BEHALF OF THE EUROPEAN UNION").
static DELEGATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\s*(?:statement\s+)?by\s+the\s+(?:delegation|representative|permanent\s+mission|mission)\s+of\s+[^:\n]{2,200}:?\s*$",
    )
});

impl Discourse {
    /// Reads a paragraph's speaker label ("Spokesperson: Let me be clear …"): the person it
    /// names, or the one an earlier line gave that label, speaks the paragraph; "we" there
    /// is their side.
    pub fn label(&mut self, ctx: &Context) {
        let s = ctx.span();
        let sentence = &ctx.sentences[ctx.sentence];
        let first =
            ctx.sentence == 0 || ctx.sentences[ctx.sentence - 1].paragraph != sentence.paragraph;
        // A post's handle labels a line of a live blog under its time stamp, inside the
        // paragraph the time stamp opens.
        let opens_line = ctx.text[..s.start]
            .trim_end_matches([' ', '\t'])
            .ends_with('\n');
        let handle_line = opens_line && HANDLE_LABEL.is_match(s.slice(ctx.text));
        if !(first || handle_line) {
            return;
        }
        // "[12/02/2024 22:14] X - Ministry of Defence @DefenceHQ" over a post: its account
        // holds the floor of the post.
        if first {
            if let Some(account) = super::posts::account_at(ctx.text, s.start) {
                let who = named_in(ctx.cast, account);
                if !who.is_empty() {
                    self.give_floor(ctx.cast, who, sentence.paragraph, true, false);
                    self.label_floor = true;
                    return;
                }
            }
        }
        // "5.46 pm / Lord Davenant (Con) / My Lords, …": a debate record gives the floor to
        // the one its name line names (to no one the text knows, when it names someone it
        // does not), until the next name line.
        let named_line = name_line(ctx.text, s.start).map(|line| {
            let who = dedup(
                ctx.cast
                    .refs_in(line)
                    .filter(|r| ctx.cast.entities[r.entity].kind == ActorKind::Person)
                    .map(|r| r.entity),
            );
            (line, who)
        });
        // A title in brackets ("… Declaration (Excerpts)") names no one: a line without a
        // person is a name line only in a peer's style.
        // "Question" over a journalist's turn gives the floor to no one the text knows.
        let named_line = named_line.filter(|(line, who)| {
            !who.is_empty()
                || NAME_LINE
                    .captures(line.slice(ctx.text))
                    .is_some_and(|c| c.name("peer").is_some())
                || Words::get()
                    .question_labels
                    .contains(line.slice(ctx.text).trim().to_lowercase().as_str())
        });
        if let Some((line, who)) = named_line {
            self.give_floor(ctx.cast, who, sentence.paragraph, true, true);
            self.labels
                .push((line.slice(ctx.text).to_lowercase(), self.floor.clone()));
            return;
        }
        // "By the delegation of Tajikistan (also on behalf of Kazakhstan …):" over a
        // statement: the states named there hold the floor of what follows.
        if let Some(m) = DELEGATION.find(s.slice(ctx.text)) {
            // The states there qualify "delegation", however their references were read.
            let who = dedup(
                ctx.cast
                    .refs_in(Span::new(s.start + m.start(), s.start + m.end()))
                    .filter(|r| {
                        matches!(
                            ctx.cast.entities[r.entity].kind,
                            ActorKind::Country | ActorKind::Organization
                        )
                    })
                    .map(|r| r.entity),
            );
            if !who.is_empty() {
                self.give_floor(ctx.cast, who, sentence.paragraph, false, false);
                // The statement below is the delegation's own: what it says ought to be done
                // it asks, however the document's letterhead reads.
                self.label_floor = true;
            }
            return;
        }
        // "@YoavLandauIL: … I call on …": a post's handle opening the line is its author,
        // the one person the text names whose surname the handle spells.
        if let Some(handle) = HANDLE_LABEL
            .captures(s.slice(ctx.text))
            .and_then(|c| c.get(1))
        {
            let handle = handle.as_str().to_lowercase();
            let cast = ctx.cast;
            let owners: Vec<EntityIx> = (0..cast.entities.len())
                .filter(|&e| cast.entities[e].kind == ActorKind::Person)
                .filter(|&e| {
                    cast.entities[e]
                        .name
                        .split_whitespace()
                        .next_back()
                        .is_some_and(|surname| {
                            surname.chars().count() >= 4 && handle.contains(&surname.to_lowercase())
                        })
                })
                .collect();
            if let [owner] = owners[..] {
                self.give_floor(cast, vec![owner], sentence.paragraph, true, false);
                return;
            }
        }
        // A label closed by a full stop and a dash ("Marek Zalewski (UEN). – (PL) …") is a
        // sentence of its own to the splitter: the label is read on the line.
        let line_end = ctx.text
            [s.start..floor_char(ctx.text, (s.start + LABEL_LINE_REACH).min(ctx.text.len()))]
            .find('\n')
            .map_or(s.end, |i| s.start + i)
            .max(s.end);
        let Some(m) = label_in(&ctx.text[s.start..line_end]) else {
            return;
        };
        let label = m[1].trim().to_lowercase();
        let whole = m.get(0).map_or(0, |g| g.end());
        let label_span = Span::new(
            s.start + m.get(1).map_or(0, |g| g.start()),
            s.start + m.get(1).map_or(0, |g| g.end()),
        );
        let rest = Span::new(s.start + whole - 1, s.end.max(s.start + whole - 1));
        let person = |span: Span| {
            dedup(
                ctx.cast
                    .refs_in(span)
                    .filter(|r| r.form == RefForm::Person)
                    .map(|r| r.entity),
            )
        };
        let mut who = person(label_span);
        // "Mr. Zhou (China):": the state in brackets is the one the speaker represents.
        if let Some(b) = m.get(2) {
            let bracket = Span::new(s.start + b.start(), s.start + b.end());
            for e in named_in(ctx.cast, bracket) {
                if !who.contains(&e) {
                    who.push(e);
                }
            }
        }
        if who.is_empty() {
            // "Spokesperson: Ambassador X" names who holds the label: the name, with at most
            // a title before it, is all the line holds ("A: I spoke to X yesterday." names
            // someone else).
            let named = person(rest);
            let name_end = ctx
                .cast
                .refs_in(rest)
                .filter(|r| r.form == RefForm::Person)
                .map(|r| r.span.end)
                .last();
            let only_a_name = name_end.is_some_and(|end| {
                ctx.text[end..rest.end]
                    .trim_matches(|c: char| c.is_whitespace() || c == '.')
                    .is_empty()
            });
            // "Name: X" in a record of fields states a name, and "Interview: X" the one
            // who asks: neither gives X the floor.
            let asker = Words::get().interviewer_labels.contains(last_word(&label));
            let field = label == "name" || label.ends_with(" name");
            if named.len() == 1 && rest.len() < 80 && only_a_name && !field && !asker {
                self.labels.push((label.clone(), named.clone()));
            }
            who = self
                .labels
                .iter()
                .rev()
                .find(|(l, _)| *l == label)
                .map(|(_, w)| w.clone())
                .unwrap_or_default();
        }
        if who.is_empty() {
            // "Deputy Spokesperson:" after "… by Léa Marchetti, Deputy Spokesperson for the
            // Secretary-General": the one person the text gave that role.
            let cast = ctx.cast;
            let text = ctx.text;
            let roles = self.roles.get_or_insert_with(|| {
                // "Question: … the Taliban's deputy spokesman X said …": someone a reporter's
                // question names is what is asked about, not who answers under the label; so
                // under "Question (Faraz Ahmed, Bol News):", whose bracket names the asker.
                let mut answering = vec![false; cast.entities.len()];
                for r in &cast.refs {
                    let line = text[..r.span.start].rfind('\n').map_or(0, |n| n + 1);
                    let asked =
                        text[line..r.span.start]
                            .split_once(':')
                            .is_some_and(|(label, _)| {
                                let label = label.split('(').next().unwrap_or(label).trim_end();
                                label.len() <= SHORT_LABEL
                                    && Words::get()
                                        .interviewer_labels
                                        .contains(last_word(&label.to_lowercase()))
                            });
                    if !asked {
                        answering[r.entity] = true;
                    }
                }
                (0..cast.entities.len())
                    .filter(|&e| cast.entities[e].kind == ActorKind::Person && answering[e])
                    .filter_map(|e| {
                        let role = cast.entities[e].role.as_deref()?.to_lowercase();
                        let plain = ungendered(&role);
                        Some((e, role, plain))
                    })
                    .collect()
            });
            // A label of a letter or two ("A:", "Q:") is no role's word. "Official
            // Spokesperson:" is the one whose role is "spokesperson"; failing one, "Spokesman:"
            // is the one a briefing's header calls "Spokesperson".
            type Role = (EntityIx, String, String);
            let holding = |label: &str, form: fn(&Role) -> &str| -> Vec<EntityIx> {
                if label.len() <= 2 {
                    return Vec::new();
                }
                roles
                    .iter()
                    .filter(|role| {
                        let r = form(role);
                        r.contains(label)
                            || (r.len() > 2
                                && label
                                    .strip_suffix(r)
                                    .is_some_and(|head| head.ends_with(' ')))
                    })
                    .map(|&(e, ..)| e)
                    .collect()
            };
            let mut holders = holding(&label, |(_, r, _)| r);
            if holders.is_empty() {
                holders = holding(&ungendered(&label), |(_, _, plain)| plain);
            }
            if holders.len() == 1 {
                who = holders;
            }
        }
        if who.is_empty() && label.len() > 2 && !label.starts_with("question") {
            if let Some(e) = introduced_holder(ctx, s.start, &label) {
                who = vec![e];
                self.labels.push((label.clone(), who.clone()));
            }
        }
        // "Spokesperson: We call upon India …" in a ministry's briefing that never names its
        // spokesperson: the ministry the text was issued by answers.
        if who.is_empty() && ungendered(&label).ends_with("spokes") {
            who.extend(self.origin);
        }
        if who.is_empty() && matches!(label.as_str(), "a" | "answer") {
            who.extend(*self.interviewee.get_or_init(|| interviewee(ctx, s.start)));
        }
        if !who.is_empty() {
            self.give_floor(ctx.cast, who, sentence.paragraph, true, false);
            // "Sean Hannity asked Dash: …" introduces a quotation; its verb makes it no
            // label whose holder keeps the floor.
            let words = Words::get();
            self.label_floor = !label
                .split_whitespace()
                .any(|w| words.reporting_verbs.contains(w) || words.speaker_verbs.contains(w));
        }
    }

    /// Gives the floor to `who` (and the states or bodies they speak for) from `paragraph`
    /// on, as a speaker label, a delegation's line, a post's handle or a debate record's name
    /// line does; `labelled` when a label opened the paragraph, `debate` when a name line did.
    fn give_floor(
        &mut self,
        cast: &Cast,
        who: Vec<EntityIx>,
        paragraph: usize,
        labelled: bool,
        debate: bool,
    ) {
        self.floor = with_affiliations(cast, who);
        self.speakers = self.floor.clone();
        self.floor_paragraph = labelled.then_some(paragraph);
        self.compound.clear();
        self.paragraph = Some(paragraph);
        self.debate = debate;
        self.label_floor = false;
    }

    pub fn spoke(&mut self, speakers: &[EntityIx], paragraph: usize, sentence: usize) {
        self.speakers = speakers.to_vec();
        self.paragraph = Some(paragraph);
        self.spoke_in = Some(sentence);
    }

    /// A discourse in a text issued by `origin`, the state or body it opens on: a
    /// communiqué's "Summit" speaks for it.
    pub fn issued_by(origin: Option<EntityIx>, quotes: &[Span]) -> Discourse {
        Discourse {
            origin,
            quotes: quotes.to_vec(),
            ..Discourse::default()
        }
    }

    /// Whether the text is a transcript whose labels say who speaks.
    pub fn labelled(&self) -> bool {
        !self.labels.is_empty() || !self.floor.is_empty()
    }

    /// Who holds the floor of a transcript: the party of the last speaker label, whose
    /// "we" it is however many others the answer reports.
    pub fn floor(&self) -> Option<Vec<EntityIx>> {
        (!self.floor.is_empty()).then(|| self.floor.clone())
    }

    /// The one a debate record's last name line gave the floor to, who speaks whatever
    /// the speech states with no reporting verb.
    pub fn debate_floor(&self) -> Option<Vec<EntityIx>> {
        self.floor().filter(|_| self.debate)
    }

    /// The floor when a speaker label gave it: its holder states obligations in their own
    /// voice ("Mr. Holloway. … Ambassador, you insisted …. The administration needs to
    /// explain …" is the member's, not the ambassador's).
    pub fn label_floor(&self) -> Option<Vec<EntityIx>> {
        self.floor().filter(|_| self.label_floor)
    }

    /// Whether `paragraph` opens on a transcript's speaker label, whose speaker an
    /// imperative outside quotation marks there is ("IBU RATNA: … Release them.").
    pub fn labelled_paragraph(&self, paragraph: usize) -> bool {
        self.floor_paragraph == Some(paragraph) && !self.floor.is_empty()
    }

    /// Who is speaking when a paragraph goes on stating obligations with no reporting verb
    /// ("The EU condemns the attack. Those responsible must be held accountable."): the
    /// last speaker of the same paragraph or the one before.
    pub fn current(&self, paragraph: usize) -> Option<Vec<EntityIx>> {
        let p = self.paragraph?;
        (paragraph <= p + 1 && !self.speakers.is_empty()).then(|| self.speakers.clone())
    }

    /// Takes in a sentence once its cues are done: its subject, if it speaks or is plural.
    pub fn read(&mut self, ctx: &Context) {
        let s = ctx.span();
        // "The Commission recalls …. It pays tribute to …. It is asking …": a sentence on
        // "It" goes on with the party the one before was about, and passes it on.
        // So does one on "The group" or "The rights group": "Amnesty International raised
        // concerns. The rights group said …. It called on …".
        // So does one on "it" after a leading adverbial: "In a statement posted by its
        // information department, it regretted …".
        let opening = s.slice(ctx.text).trim_start();
        let after_adverbial = LEADING_ADVERBIAL
            .find(opening)
            .map(|m| &opening[m.end()..])
            .filter(|rest| rest.starts_with("it "));
        let goes_on = GOES_ON.is_match(opening) || after_adverbial.is_some();
        if goes_on {
            if let Some((at, _)) = &mut self.last_subject {
                let paragraph = |i: usize| ctx.sentences[i].paragraph;
                if *at + 1 == ctx.sentence && paragraph(*at) == paragraph(ctx.sentence) {
                    *at = ctx.sentence;
                }
            }
        }
        let names_a_party = ctx
            .cast
            .refs_in(s)
            .any(|r| matches!(r.form, RefForm::Name | RefForm::Person));
        let spoke = self.spoke_in == Some(ctx.sentence);
        // "France's delegate said …. He urged …. Those responsible must be held
        // accountable, he said.": each sentence on "he" or "she" right after passes the voice
        // on.
        let paragraph = |i: usize| ctx.sentences[i].paragraph;
        if let Some((at, _)) = &mut self.voiced {
            let next = *at + 1 == ctx.sentence && paragraph(*at) == paragraph(ctx.sentence);
            if next && SAID_BY_A_PRONOUN_ANYWHERE.is_match(s.slice(ctx.text)) {
                *at = ctx.sentence;
            }
        }
        if !names_a_party {
            // "It said:" with its quotation in the paragraphs below: the issuer speaks them.
            if !spoke && self.says_the_issued(ctx) {
                self.speakers = self.issuer.clone();
                self.paragraph = Some(ctx.sentences[ctx.sentence].paragraph);
            } else if !spoke {
                // "Halvorsen dismissed the argument. “…,” he said in an interview. “Badr has
                // to choose …”": the person the sentence before was about, to whom a pronoun
                // gives a quotation, goes on speaking the quotations after it.
                if let Some(m) = SAID_BY_A_PRONOUN.captures(s.slice(ctx.text)) {
                    let at = s.start + m.get(1).map_or(0, |g| g.start());
                    let who = resolve_back(ctx, &m[1], at, self);
                    if let (&[e], Some(&[before])) = (&who[..], self.subject_just_before(ctx)) {
                        if e == before && ctx.cast.entities[e].kind == ActorKind::Person {
                            self.speakers = vec![e];
                            self.paragraph = Some(ctx.sentences[ctx.sentence].paragraph);
                        }
                    }
                }
            }
            return;
        }
        // "“We will not let al-Shabaab …,” Mr Langat said": the one saying it, after the
        // quotation that a comma or a full stop closes, not a party named inside it; in
        // single marks too ("'We will avenge Mr. Kumar,' Mr. Malik said").
        let body = s.slice(ctx.text);
        let from = body
            .char_indices()
            .rev()
            .find(|&(i, c)| {
                let closes = body[..i].ends_with([',', '.', '!', '?', '…']);
                matches!(c, '"' | '”') || (matches!(c, '\'' | '’') && closes)
            })
            .filter(|&(i, _)| body[..i].ends_with([',', '.', '!', '?', '…']))
            .map(|(i, c)| i + c.len_utf8())
            .filter(|&after| after < body.len() && SPEECH.is_match(&body[after..]))
            .map_or(s.start, |after| s.start + after);
        // "In a statement posted on its website on Monday, the Chinese embassy said …": a
        // verb of saying inside the leading adverbial is not the sentence's.
        let from = match LEADING_ADVERBIAL.find(body) {
            Some(m)
                if from == s.start
                    && REPORTING_VERB.is_match(m.as_str())
                    && !m.as_str().to_lowercase().starts_with("according") =>
            {
                s.start + m.end()
            }
            _ => from,
        };
        // "the conglomerate said the move brought China into the picture", "the movement
        // called on states to act against what it described as Israel's violations": a
        // party first named after the speaking verb is in what was said, not the one saying
        // it (unless the verb comes first: "…,” said the ministry").
        let verb = REPORTING_VERB
            .find_iter(&ctx.text[from..s.end])
            .find(|m| !ctx.text[..from + m.start()].ends_with('-'))
            .filter(|m| !ctx.text[from..from + m.start()].trim().is_empty());
        let to = verb.map_or(s.end, |m| from + m.end());
        let mut subject = subject(ctx, from, to);
        // "The Adviser conveyed Pakistan's serious concern …, which he described as …": a
        // title opening the sentence right before its verb is the subject, not a party the
        // words after the verb name.
        if let Some(title) = TITLE_BEFORE_VERB
            .captures(&ctx.text[from..to])
            .and_then(|c| c.get(1))
        {
            let who = resolve_back(ctx, title.as_str(), from, self);
            let found_after_the_title = subject.iter().all(|&e| {
                ctx.cast
                    .refs_in(Span::new(from, from + title.end()))
                    .all(|r| r.entity != e)
            });
            if let [e] = who[..] {
                if ctx.cast.entities[e].kind == ActorKind::Person && found_after_the_title {
                    subject = who;
                }
            }
        }
        // "We call on the leaders of Viv Ansanm and Gran Grif to …": the writers are the
        // subject, not the parties named after their verb.
        if said_of(ctx, from, &subject) || said_in_the_first_person(&ctx.text[from..to]) {
            subject.clear();
        }
        // "President Biden commended …. The President reaffirmed …. He underscored …": a
        // title standing for a person the text named is the sentence's subject, so that the
        // "he" after it goes on with them.
        if subject.is_empty() {
            let head = verb.map_or(to, |m| from + m.start());
            let phrase = ctx.text[from..head].trim();
            if TITLE_SUBJECT.is_match(phrase) {
                let who = resolve_back(ctx, phrase, from, self);
                if let [e] = who[..] {
                    if ctx.cast.entities[e].kind == ActorKind::Person {
                        subject = who;
                    }
                }
            }
        }
        // "The Meeting reaffirmed …. It called upon …": a subject that is the document or
        // meeting a party was said to put out or hold is that party, whom the "it" after it
        // takes up.
        if subject.is_empty()
            && self.issued_in.is_some()
            && self.points_to_the_issued(s.slice(ctx.text).trim_start(), ctx.sentence)
        {
            subject.clone_from(&self.issuer);
        }
        if !subject.is_empty() && !goes_on {
            self.last_subject = Some((ctx.sentence, subject.clone()));
            let unnamed_voice = subject
                .iter()
                .all(|&e| ctx.cast.entities[e].kind != ActorKind::Person)
                && A_PARTYS_VOICE.is_match(&ctx.text[from..to]);
            if unnamed_voice {
                self.voiced = Some((ctx.sentence, subject.clone()));
            } else if self
                .voiced
                .as_ref()
                .is_some_and(|(at, _)| *at != ctx.sentence)
            {
                self.voiced = None;
            }
        }
        if subject.len() >= 2 {
            self.compound = subject.clone();
        }
        if let [e] = subject[..] {
            if ctx.cast.entities[e].kind == ActorKind::ArmedGroup {
                self.group = Some((e, ctx.sentences[ctx.sentence].paragraph));
            }
        }
        // A sentence whose demands named their speakers has said who speaks.
        let reported = !subject.is_empty() && SPEECH.is_match(s.slice(ctx.text));
        // "The statement named the Republic of Benin, accusing …": a sentence whose subject
        // is the document names no one who issued it.
        let of_the_document = DOCUMENT_BACK.is_match(s.slice(ctx.text).trim_start());
        if reported && !of_the_document && DOCUMENT.is_match(s.slice(ctx.text)) {
            self.issuer = with_affiliations(ctx.cast, subject.clone());
        }
        // "The ELN published a communiqué on Saturday. It said: …": the one who put out a
        // statement issued it, and "it" in the next sentence is the statement.
        if !subject.is_empty()
            && (PUBLISHED.is_match(s.slice(ctx.text)) || CONVENED.is_match(s.slice(ctx.text)))
        {
            self.issuer = with_affiliations(ctx.cast, subject.clone());
            self.issued_in = Some(ctx.sentence);
        }
        // "a statement signed by …, claiming to speak for the JMB, was circulated": the
        // party it is given to issued it, whatever the sentence's verb.
        let named = signers_of(ctx, s, &self.issuer);
        if !named.is_empty() {
            self.issuer = with_affiliations(ctx.cast, named);
            self.issued_in = Some(ctx.sentence);
        }
        if !spoke && reported {
            self.speakers = with_affiliations(ctx.cast, subject);
            self.paragraph = Some(ctx.sentences[ctx.sentence].paragraph);
        }
    }

    /// The parties "it" stands for in sentence `ctx`: the subject of the sentence just
    /// before in the same paragraph, when that is no person ("JNIM, for its part, presented
    /// the attack as revenge. It demanded …"), whatever its verb.
    fn previous_subject(&self, ctx: &Context) -> Option<Vec<EntityIx>> {
        let who = self.subject_just_before(ctx)?;
        who.iter()
            .all(|&e| ctx.cast.entities[e].kind != ActorKind::Person)
            .then(|| who.to_vec())
    }

    /// The party whose unnamed voice the sentence just before `ctx`, in its paragraph, was
    /// about.
    fn voice_just_before(&self, ctx: &Context) -> Option<&[EntityIx]> {
        let (at, who) = self.voiced.as_ref()?;
        let paragraph = |i: usize| ctx.sentences[i].paragraph;
        (at + 1 == ctx.sentence && paragraph(*at) == paragraph(ctx.sentence)).then_some(who)
    }

    /// The parties the subject of the sentence just before `ctx`, in its paragraph, named.
    fn subject_just_before(&self, ctx: &Context) -> Option<&[EntityIx]> {
        let (at, who) = self.last_subject.as_ref()?;
        let paragraph = |i: usize| ctx.sentences[i].paragraph;
        (at + 1 == ctx.sentence && paragraph(*at) == paragraph(ctx.sentence)).then_some(who)
    }

    /// The parties a pointing-back subject of sentence `ctx` takes up: the subject of the
    /// sentence just before in its paragraph, or, when a quotation opens the paragraph
    /// ("¶ “…,” he added"), of the sentence that closed the paragraph before.
    fn subject_taken_up(&self, ctx: &Context) -> Option<&[EntityIx]> {
        let quoted_paragraph = ctx
            .span()
            .slice(ctx.text)
            .trim_start()
            .starts_with(['“', '"', '‘', '\'']);
        if !quoted_paragraph {
            return self.subject_just_before(ctx);
        }
        let (at, who) = self.last_subject.as_ref()?;
        (at + 1 == ctx.sentence).then_some(who)
    }

    /// Whether sentence `ctx` is the statement last issued speaking: "The statement said",
    /// or "It said" right after the sentence that put it out.
    fn says_the_issued(&self, ctx: &Context) -> bool {
        let s = ctx.span().slice(ctx.text).trim_start();
        self.points_to_the_issued(s, ctx.sentence) && SPEECH.is_match(s)
    }

    /// Whether a subject (`s`, in sentence `sentence`) is the statement last issued: "the
    /// statement", or "it" right after the sentence that put it out.
    fn points_to_the_issued(&self, s: &str, sentence: usize) -> bool {
        let just_issued = self.issued_in.is_some_and(|i| i + 1 == sentence);
        !self.issuer.is_empty()
            && DOCUMENT_BACK.is_match(s)
            && (just_issued || !s.to_lowercase().starts_with("it"))
    }
}

/// A sentence or clause in reported speech: its subject speaks.
static SPEECH: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"(?i)\b{}\b",
        any_of(&[&w.reporting_verbs, &w.speech_markers])
    ))
});

/// A verb of asking that closes a quotation as its attribution, right after it ("“Please
/// send him back to us,” she implored the abductors"); further on it asks something of its
/// own.
static PLEADED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)^[\s,”\x22’']*(?:[\w.’'-]+\s+){{0,4}}?{}\b",
        any_of(&[&Words::get().pleading_verbs])
    ))
});

/// Where the verb of a quotation's attribution is in `region`, the text after it: a verb of
/// saying, else one of asking right after the quotation.
fn attribution_verb(region: &str) -> Option<Span> {
    PLEADED
        .find(region)
        .filter(|_| !SPEECH.is_match(region))
        .map(|m| {
            let verb = last_word(m.as_str());
            Span::new(m.end() - verb.len(), m.end())
        })
}

/// "… and expressed Dhaka's readiness", "… but stressed the need": a second verb in the past
/// tense, with its own object, after a coordinating word.
static COORDINATED_VERB: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"\s(?:and|but)\s+(?:also\s+)?[a-z]+ed\s+(\w+)"));

/// Whether `object` goes on past its end into a coordinated verb of its own (not "killed
/// and injured to …", a participle before the "to").
fn ends_in_a_coordinated_verb(object: &str) -> bool {
    COORDINATED_VERB
        .captures_iter(object)
        .any(|c| c.get(1).is_some_and(|w| w.as_str() != "to"))
}

/// The verbs a speaking subject comes before ("said", "told", "called", "urged"; not the
/// "called" of "so-called", which the caller skips).
static REPORTING_VERB: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"\b{}\b",
        any_of(&[&w.reporting_verbs, &w.speaker_verbs])
    ))
});

/// "office of the", "country team for": the part of a body a place qualifies.
static OFFICE_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"^\s+(?:[a-z]+\s+)?{}\s+(?:of|for)\s+(?:the\s+)?",
        any_of(&[&Words::get().office_nouns])
    ))
});

/// "The Adviser conveyed …", "The Minister told …": a capitalised title opening a sentence,
/// then a word in lower case.
static TITLE_BEFORE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^\s*((?:The|the)\s+(?:[A-Z][a-z-]+\s+){0,2}[A-Z][a-z-]+)\s+[a-z]")
});
/// A title with its article standing as a subject: "The President", "the Prime Minister".
static TITLE_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^(?:The|the)\s+(?:[A-Z][a-z-]+\s+){0,2}[A-Z][a-z-]+$")
});

/// A state's or a body's voice the text does not name: "France's delegate", "the Russian
/// Federation's representative", "the delegate of Qatar", "Egypt's foreign minister", and
/// as protocol capitalises them, "The Minister for Foreign Affairs of Egypt", "The
/// Permanent Representative of Chile".
static A_PARTYS_VOICE: LazyLock<Regex> = LazyLock::new(|| {
    let voices = r"(?i:delegate|representative|envoy|ambassador|spokes(?:man|woman|person)|(?:[a-z]+\s+)?minister|speaker)";
    crate::text::pattern::regex(&format!(
        r"^\s*(?:(?:[Tt]he\s+)?(?:[A-ZÀ-ÖØ-Þ][\w.-]*\s+){{0,3}}[A-ZÀ-ÖØ-Þ][\w.-]*(?:’s|'s)\s+(?i:[a-z-]+\s+)?{voices}|[Tt]he\s+(?i:[a-z-]+\s+)?{voices}\s+(?:of|for)\s+(?:the\s+)?[A-ZÀ-ÖØ-Þ])"
    ))
});

/// A sentence that gives its words or its verb to "he" or "she": "He urged …", "…, he
/// said", "“…,” she added".
static SAID_BY_A_PRONOUN_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"(?:^|[,.”\x22]\s+|^[“\x22])(?:[Hh]e|[Ss]he)\s+[a-z]")
});

/// A subject that points back: pronouns and the collective nouns of diplomatic prose.
static PLURAL_BACK: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    let pair = any_of_spaced(&[&w.pair_nouns, &w.person_pair_nouns, &w.state_pair_nouns]);
    crate::text::pattern::regex(&format!(
        r"(?i)^(?:they|we|both(?:\s+{pair})?|the\s+(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:{pair}|[a-z-]+s)|(?:the\s+)?{})\b",
        any_of_spaced(&[&w.collective_nouns])
    ))
});
static MEMBERS_OF: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^(?i:the\s+)?(?i:members)\s+of\s+(?:the\s+)?([A-Z])")
});

/// Where the body starts in "Members of the National Assembly", "Members of Parliament": a
/// subject of members speaks for the body it names after "of", which points back to no one.
pub fn members_of(subject: &str) -> Option<usize> {
    MEMBERS_OF
        .captures(subject)
        .and_then(|c| c.get(1))
        .map(|m| m.start())
}
static ITS_PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^(?:its|their)\s+(?:[a-z-]+\s+)?(?:researchers|members|leaders|lawyers|officials|representatives|delegates|experts|staff|investigators|analysts)\s*$",
    )
});
static IT: LazyLock<Regex> = LazyLock::new(|| crate::text::pattern::regex(r"(?i)^it\b"));
static HONORIFIC_BACK: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^(his|her)\s+(?:royal\s+)?(?:highness|excellency|majesty)\s*$",
    )
});
/// The chair of a meeting as a subject: "The Chair", "the Chairperson".
static CHAIR_BACK: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"(?i)^the\s+(?:chair|chairman|chairwoman|chairperson)$")
});

/// Chairing a meeting: "chaired the session", "presided over the meeting".
static CHAIRED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"\b(?:chaired|chairs|chairing|presided\s+over)\b|\b(?:chairmanship|chairpersonship|chairship)\s+of\b",
    )
});

/// How far back the one who chaired a meeting may be named: a communiqué names them once,
/// at its top.
const CHAIRED_REACH: usize = 20_000;

/// The person (else the parties) named as the subject of the last "chaired" before `at`.
fn who_chaired(ctx: &Context, at: usize) -> Option<Vec<EntityIx>> {
    let from = floor_char(ctx.text, at.saturating_sub(CHAIRED_REACH));
    let m = CHAIRED.find_iter(&ctx.text[from..at]).last()?;
    let verb = from + m.start();
    let sentence = ctx.sentences[..ctx.sentences.partition_point(|s| s.span.start <= verb)]
        .last()?
        .span;
    // "The meeting was chaired by Nepal's foreign minister", "under the chairmanship of
    // Dr X": the one after "by" or "of".
    let after = from + m.end();
    let agent = (m.as_str().ends_with("of")
        || ctx.text[after..sentence.end.max(after)].starts_with(" by "))
    .then(|| Span::new(after, floor_char(ctx.text, sentence.end.min(after + 80))));
    let named: Vec<&Ref> = ctx
        .cast
        .refs_in(agent.unwrap_or(Span::new(sentence.start, verb)))
        .filter(|r| matches!(r.form, RefForm::Name | RefForm::Person))
        .collect();
    let people = dedup(
        named
            .iter()
            .filter(|r| ctx.cast.entities[r.entity].kind == ActorKind::Person)
            .map(|r| r.entity),
    );
    let who = if people.is_empty() {
        dedup(named.iter().map(|r| r.entity))
    } else {
        people
    };
    (!who.is_empty()).then_some(who)
}

/// "posted on", "via", "shared on": what a platform follows when something is put out on it.
static ON_A_PLATFORM: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"(?i)\b(?:on|via|through)\s*$"));

/// "the group's spokesman", "the movement's leader": an officer of a body the text names
/// only by its kind.
static OFFICER_OF_A_BODY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^(the\s+(?:[a-z-]+\s+)?(?:group|movement|militia|organi[sz]ation|outfit|faction|ministry|government|party|council))['’]s?\s+(?:[a-z-]+\s+)?(?:spokes(?:man|woman|person)|leader|chief|head|commander|emir|chairman|secretary|representative)$",
    )
});
/// An office owned by "his", "her" or "their": "His department", "her ministry".
static POSSESSED_OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^(his|her|their)\s+(?:own\s+)?(?:ministry|department|office|government|administration|agency|embassy|cabinet)(?:\s+(?:then|also|later|again|now|separately|subsequently))*$",
    )
});
/// A quotation closed and given to "he" or "she": "“…,” he said in an interview".
static SAID_BY_A_PRONOUN: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"[,.!?…][\x22”’']\s+(he|she)\s+(?:also\s+|later\s+)?{}\b",
        any_of(&[&w.reporting_verbs])
    ))
});
/// "a spokesman", "an Amaq spokesperson", "a spokeswoman for the ministry", "a fighter",
/// "a commander of the group".
static UNNAMED_SPOKESPERSON: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^an?\s+(?:[\w-]+\s+)?(?:spokes(?:man|woman|person)|fighter|militant|commander)(?:\s+(?:for|of)\s+(.+))?$",
    )
});
/// How far back an unnamed spokesperson's party may be named: the sentence or two before.
const SPOKESPERSON_REACH: usize = 400;
static SINGULAR_BACK: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"(?i)^(?:he|she)\b"));
/// "it", "the statement", "a ministry statement": a document, or a body's one named by the
/// kind of body that put it out (`institution_heads`).
static DOCUMENT_BACK: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"(?i)^(?:it\b|(?:the|a|an|one|their|its)\s+(?:joint\s+|(?:{})\s+)?{}(?:\b|\W|$))",
        any_of(&[&w.institution_heads]),
        any_of(&[&w.document_nouns])
    ))
});
/// "in a letter to ", "a message addressed to the ": a document and whom it went to, just
/// before the participle's nearest phrase.
static DOCUMENT_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)\b(?:the|a|an|their|its|his|her)\s+(?:joint\s+|open\s+)?{}\s+(?:(?:addressed|sent)\s+)?to\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+(?:(?:of|for)\s+)?){{0,4}}$",
        any_of(&[&Words::get().document_nouns])
    ))
});

/// The bare "Summit", "Meeting" or "Council" of communiqués ("Summit called on the
/// insurgents to …"), or "The Assembly" of a heads of state meeting: the body that issued
/// the communiqué.
static MEETING: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:(?:Summit|Meeting|Conference|Council)|(?:[Tt]he\s+)?Assembly)(?:\s+[a-z]|\s*$)",
    )
});
/// A statement, communiqué or the like named anywhere in a sentence. The ASCII boundary
/// would not end "communiqué", hence the non-word character after it.
static DOCUMENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)\b{}(?:\b|\W|$)",
        any_of(&[&Words::get().document_nouns])
    ))
});
/// A document, what it is about, and a relative pronoun opening a clause on it: "a
/// resolution on Sri Lanka which …", "a statement about the attacks that …".
static DOCUMENT_THEN_WHICH: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)\b{}\s+(?:on|about|against|concerning|regarding|over|for)\s+[^,;.]{{1,80}}?\s+(?:which|that)\s+(?:also\s+)?$",
        any_of(&[&Words::get().document_nouns])
    ))
});
/// Putting out a statement: "issued a statement", "published a communiqué", and a body's
/// own document: "adopted a resolution", "passed a motion", "sent a letter".
static PUBLISHED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)\b{PUT_OUT}\s+(?:a|an|its|their)\s+(?:[\w-]+\s+){{0,2}}?{}(?:\b|\W|$)",
        any_of(&[&Words::get().document_nouns])
    ))
});

/// The verbs of putting a document out ("issued", "adopted", "sent", "wrote"), in lower
/// case: [`PUBLISHED`] and the described parties' issuer read the same ones.
pub const PUT_OUT: &str = r"(?:(?:issu|publish|releas|post|circulat|distribut|broadcast|adopt|pass|approv|sign|tabl|submitt?)(?:e|es|ed|ing)?|sen[dt]|sends|sending|wr[io]te|writes|writing)";
/// A meeting held: "The Annual Coordination Meeting … was held on 27 September", "the
/// summit took place": "The Meeting" of the sentences after is the one held, whose words
/// they report.
static CONVENED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"\b(?:was|were)\s+(?:held|convened)\b|\btook\s+place\b|\b(?:re)?convened\s+(?:in|on|at)\b",
    )
});
/// A statement and who it is given to: "a statement signed by", "a communiqué issued in
/// the name of", "a letter, organised by Senator X and signed by ten others,", "Leaflets
/// dropped by the army" (a plural needs no article).
static GIVEN_TO: LazyLock<Regex> = LazyLock::new(|| {
    let documents = any_of(&[&Words::get().document_nouns]);
    crate::text::pattern::regex(&format!(
        r"(?i)(?:\b(?:a|an|the|its|their)\s+(?:[\w-]+\s+){{0,2}}?{documents}s?|\b{documents}s)(?:\b|\W)[^.;]{{0,120}}?\b{GIVEN_BY}\s",
    ))
});

/// The words that give a document to the party after them.
const GIVEN_BY: &str = r"(?:signed\s+by|issued\s+by|dropped\s+by|put\s+up\s+by|adopted\s+by|passed\s+by|approved\s+by|moved\s+by|tabled\s+by|organi[sz]ed\s+by|written\s+by|drafted\s+by|authored\s+by|sent\s+by|released\s+by|published\s+by|circulated\s+by|launched\s+by|initiated\s+by|put\s+out\s+by|attributed\s+to|on\s+behalf\s+of|in\s+the\s+name\s+of|claiming\s+to\s+speak\s+for|purportedly\s+from)";

/// [`GIVEN_BY`] alone: rare words, looked for first, so that a sentence without them is
/// never searched with the whole pattern.
static GIVEN_BY_ALONE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(&format!(r"(?i)\b{GIVEN_BY}\s")));

/// The most bytes a [`GIVEN_TO`] match runs before its words of giving.
const GIVEN_TO_REACH: usize = 260;

/// Where in `span` a document is given to a party ("a statement signed by …"): the
/// [`GIVEN_TO`] match, found only around the words of giving.
fn given_to_match(text: &str, span: Span) -> Option<Span> {
    let mark = GIVEN_BY_ALONE.find(span.slice(text))?;
    let from = ceil_char(
        text,
        (span.start + mark.start())
            .saturating_sub(GIVEN_TO_REACH)
            .max(span.start),
    );
    let to = span.start + mark.end();
    GIVEN_TO
        .find(&text[from..to])
        .map(|m| Span::new(from + m.start(), from + m.end()))
}
/// How far into a clause its subject phrase may start ("On Sunday a message …").
const SUBJECT_LEAD: usize = 40;

/// One to three capitalised words and a colon opening a sentence that goes on in
/// capitals ("Syria: Parliament demands …", "Exclusive: Kyiv asks …").
static TOPIC: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^\s*[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}:\s+[A-Z]")
});
static LEADING_ADVERBIAL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)^(?:{}|on\s+\w+day)\b[^,\n]*,\s*",
        any_of(&[&Words::get().leading_adverbials])
    ))
});
/// "Speaking for Egypt, ", "Speaking on behalf of the African Group, ": the party a
/// delegate's words are given for, opening the sentence.
static SPEAKING_FOR: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^\s*Speaking\s+(?:for|on\s+behalf\s+of)\s+([^,\n]{2,100}?),\s")
});

/// ", who …,", ", chaired by X,": a clause set off inside a subject, which names none of
/// it ("the committee, chaired by Senator X, said" is the committee's), with a name the
/// clause's last party goes by after it ("The group, which is regarded as an offshoot of the
/// Kurdistan Workers' Party, or PKK, said …").
static RELATIVE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r",\s*(?:who|which|where|whose|when|whom|(?:co-)?chaired\s+by|presided\s+over\s+by)\b[^,]*,(?:\s*(?:or|also\s+known\s+as)\s+[^,]{1,40},)?",
    )
});
/// Up to `n` words before `at`, nearest first, lowercased.
fn words_back(text: &str, at: usize, n: usize) -> Vec<String> {
    text[..at]
        .rsplit(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(n)
        .map(str::to_lowercase)
        .collect()
}

/// "the statement by the spokesman of the so-called Tehrik-e-Taliban Pakistan, in which he
/// called on …": the pronoun after "in which" is the document's author, the parties named
/// after its "by" or "from".
static IN_WHICH_HE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)\b{}\s+(?:by|from)\s+([^,;.]{{1,100}}),\s+in\s+which\s+(?:he|she|it|they)\s+(?:also\s+)?$",
        any_of(&[&Words::get().document_nouns])
    ))
});

fn author_of_the_document_in_which(ctx: &Context, cue: &Cue) -> Option<Vec<EntityIx>> {
    if ctx.quote.is_some() {
        return None;
    }
    let from = ctx.span().start;
    let c = IN_WHICH_HE.captures(&ctx.text[from..cue.span.start])?;
    let by = c.get(1)?;
    let named = named_in(ctx.cast, Span::new(from + by.start(), from + by.end()));
    (!named.is_empty()).then_some(named)
}

/// Whether the party named at `at` stands in a prepositional phrase: "talks with the
/// National Liberation Army" is one, "officials in Pakistan" the party itself; so is the
/// second of two parties joined after a preposition ("in a letter to the UN
/// Secretary-General and the Security Council"), looked back over at most `depth` joins.
fn in_a_prepositional_phrase(text: &str, refs: &[&Ref], at: Span, depth: usize) -> bool {
    let lists = Words::get();
    let back = words_back(text, at.start, 4);
    let mut words = back
        .iter()
        .map(String::as_str)
        .filter(|w| !lists.determiners.contains(w));
    let prev = words.next().unwrap_or("");
    let before_prev = words.next().unwrap_or("");
    if lists.prepositions.contains(prev) {
        return !lists.party_nouns.contains(before_prev) && !after_a_portfolio(text, at.start);
    }
    if !matches!(prev, "and" | "or") || depth == 0 {
        return false;
    }
    refs.iter()
        .filter(|o| o.span.end <= at.start)
        .find(|o| {
            let between = text[o.span.end..at.start].trim();
            let between = between
                .strip_suffix(" the")
                .or_else(|| between.strip_suffix(" its"))
                .unwrap_or(between);
            matches!(between, "and" | "or")
        })
        .is_some_and(|o| in_a_prepositional_phrase(text, refs, o.span, depth - 1))
}

/// "The Minister for Foreign Affairs of Egypt", "the Secretary of State for Defence of the
/// United Kingdom": an office's portfolio between the office and its party, which is still
/// the subject's.
static PORTFOLIO_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"\b(?i:minister|secretary(?:\s+of\s+state)?|ministry|department)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){1,4}(?:of|for)\s+(?:the\s+)?$",
    )
});

/// How far before a party an office and its portfolio may begin.
const PORTFOLIO_REACH: usize = 80;

fn after_a_portfolio(text: &str, at: usize) -> bool {
    PORTFOLIO_BEFORE.is_match(&text[floor_char(text, at.saturating_sub(PORTFOLIO_REACH))..at])
}

/// Whether the party named at `name` is what a stance is towards/// Whether the party named at `name` is what a stance is towards ("the anti-Taliban
/// National Resistance Front", "the pro-Iranian militias"): the phrase names whoever holds
/// the stance, not that party.
fn a_stance_towards(text: &str, name: Span) -> bool {
    let before = &text[floor_char(text, name.start.saturating_sub(5))..name.start];
    ["anti-", "pro-"].iter().any(|stance| {
        before
            .len()
            .checked_sub(stance.len())
            .and_then(|at| before.get(at..))
            .is_some_and(|end| end.eq_ignore_ascii_case(stance))
    })
}

/// The subject of the clause `from..to`: the first party named there that is not inside a
/// prepositional phrase or a relative clause, with the parties coordinated with it.
pub fn subject(ctx: &Context, from: usize, to: usize) -> Vec<EntityIx> {
    let text = ctx.text;
    let mut start = from;
    if let Some(n) = crate::text::dates::dateline(&text[start..to]) {
        start += n;
    }
    // "A message on Telegram attributed to JNIM claimed … and warned …": the party the
    // subject is given to, though a preposition introduces it.
    let opening = Span::new(start, to);
    if given_to_match(text, opening).is_some_and(|m| m.start - start <= SUBJECT_LEAD) {
        let given = given_to(ctx, opening);
        if !given.is_empty() {
            return given;
        }
    }
    // "Speaking for the Russian Federation, the representative said …", "Speaking for Chad,
    // HISSEIN ALLAMI-BOURMA said …": as the UN's meetings coverage gives each delegate the
    // floor, the party spoken for is the subject's, beside a person it names.
    let spoken_for = SPEAKING_FOR
        .captures(&text[start..to])
        .and_then(|c| c.get(1))
        .map(|m| named_in(ctx.cast, Span::new(start + m.start(), start + m.end())))
        .filter(|named| !named.is_empty());
    if let Some(m) = LEADING_ADVERBIAL.find(&text[start..to]) {
        start += m.end();
    }
    if let Some(party) = spoken_for {
        let own = subject(ctx, start, to);
        let persons = own
            .iter()
            .all(|&e| ctx.cast.entities[e].kind == ActorKind::Person);
        return if persons {
            dedup(own.into_iter().chain(party))
        } else {
            own
        };
    }
    // "Syria: Parliament demands …": a headline's topic before a colon is not its subject,
    // unless it names the person speaking (a transcript's "Mr. Zhou: …").
    if let Some(m) = TOPIC.find(&text[start..to]) {
        let label = Span::new(start, start + m.end());
        let person = ctx
            .cast
            .refs_in(label)
            .any(|r| ctx.cast.entities[r.entity].kind == ActorKind::Person);
        if !person {
            start += m.end() - 1;
        }
    }
    let clause = Span::new(start, to);
    let hidden: Vec<Span> = RELATIVE
        .find_iter(clause.slice(text))
        .map(|m| Span::new(start + m.start(), start + m.end()))
        .collect();
    let in_clause: Vec<&Ref> = ctx.cast.refs_in(clause).collect();
    let eligible: Vec<_> = in_clause
        .iter()
        .copied()
        .filter(|r| matches!(r.form, RefForm::Name | RefForm::Person))
        .filter(|r| !hidden.iter().any(|h| h.contains(r.span)))
        .filter(|r| !a_stance_towards(text, r.span))
        .filter(|r| !in_a_prepositional_phrase(text, &in_clause, r.span, 4))
        .collect();
    let eligible: Vec<Ref> = without_kin_possessors(ctx, eligible)
        .into_iter()
        .copied()
        .collect();
    // "Mr McAleese's family appealed …": a party the sentence describes holds the names
    // inside its phrase; they are not speakers of their own.
    let eligible: Vec<Ref> = eligible
        .iter()
        .filter(|r| !held_by_a_described_party(ctx.cast, eligible.iter(), r))
        .copied()
        .collect();
    let Some(first) = eligible.first() else {
        return Vec::new();
    };
    // "The Mexico office of the UN High Commissioner for Human Rights urged …": the state
    // only says where the body's office is; the body speaks.
    if let Some(m) = OFFICE_OF.find(&text[first.span.end..to]) {
        let at = first.span.end + m.end();
        let body = ctx.cast.refs_in(Span::new(at, to)).find(|r| {
            r.span.start == at && ctx.cast.entities[r.entity].kind == ActorKind::Organization
        });
        if let Some(r) = body {
            return vec![r.entity];
        }
    }
    // "Yemen's Houthi movement warned …": the group the state's name places.
    if let Some(second) = eligible.get(1).filter(|second| places(ctx, first, second)) {
        return vec![second.entity];
    }
    // "Al-Qaeda's Sahel affiliate, the Group for the Support of Islam and Muslims (JNIM),
    // claimed …": the party set off after "X's affiliate" is the subject, X only its kin.
    if let Some(second) = eligible
        .get(1)
        .filter(|second| kin_named(ctx, first, second))
    {
        return vec![second.entity];
    }
    // "The UN coordinator in Nigeria, Mohamed Malick Fall, called for …": a person set off
    // by commas right before the verb is the subject the description introduced.
    if let Some(last) = eligible.last() {
        let person = ctx.cast.entities[last.entity].kind == ActorKind::Person;
        let before = text[clause.start..last.span.start].trim_end();
        let after = text[last.span.end..to].trim();
        // "Senate Minority Leader Mitch McConnell, R-Kentucky, insisted …": a label set off
        // after the name is still the name's.
        let labelled = after
            .strip_prefix(',')
            .map(|a| a.trim().trim_end_matches(',').trim_end())
            .is_some_and(super::described::is_label_after_a_name);
        let set_off = before.ends_with(',')
            && (after == "," || after.is_empty() || after.starts_with('(') || labelled)
            && last.span.start != first.span.start;
        if person && set_off {
            // The description's body speaks through the person.
            return vec![last.entity, first.entity];
        }
        // "A civil society coalition, the Collective of … (COTIP), asked …": the name set
        // off after a description the text only gave is the party itself.
        let described = matches!(
            ctx.cast.entities[first.entity].key,
            crate::actors::Key::Described(_)
        );
        if set_off && described && last.entity != first.entity {
            return vec![last.entity];
        }
    }
    let mut out = vec![first.entity];
    let mut end = first.span.end;
    for r in &eligible[1..] {
        if r.span.start < end {
            continue;
        }
        // "Kenya, which hosts the talks, and Ethiopia": a relative clause between the two
        // joins nothing.
        let from = hidden
            .iter()
            .filter(|h| h.start >= end && h.end <= r.span.start)
            .map(|h| h.end)
            .max()
            .unwrap_or(end);
        let between = text[from..r.span.start].trim();
        let joined = matches!(
            between,
            "," | "and"
                | ", and"
                | "&"
                | "as well as"
                | "along with"
                | "together with"
                | "and the"
                | ", and the"
                | ", the"
                | "or"
        ) || between.is_empty();
        if !joined {
            break;
        }
        if !out.contains(&r.entity) {
            out.push(r.entity);
        }
        end = r.span.end;
    }
    out
}

/// The subject of the clause `from..to`, or, when it names no party, whom its words point
/// back to ("After deliberations, the Executive Committee:" is the body that met).
pub fn subject_or_back(
    ctx: &Context,
    from: usize,
    to: usize,
    discourse: &Discourse,
) -> Vec<EntityIx> {
    let who = subject(ctx, from, to);
    if !who.is_empty() {
        return who;
    }
    subject_back(ctx, from, to, discourse)
}

/// Whom a subject that names no party points back to: its words past an opening adverbial
/// and before a closing relative clause ("In a statement, the group's spokesman, who uses
/// the name …," is the group's).
fn subject_back(ctx: &Context, from: usize, to: usize, discourse: &Discourse) -> Vec<EntityIx> {
    let text = ctx.text;
    let from = LEADING_ADVERBIAL
        .find(&text[from..to])
        .map_or(from, |m| from + m.end());
    let end = RELATIVE
        .find(&text[from..to])
        .filter(|m| text[from + m.end()..to].trim().is_empty())
        .map_or(to, |m| from + m.start());
    resolve_back(ctx, &text[from..end], to, discourse)
}

/// Whether a clause's subject is the text's own first person ("We call on …", "I urge …").
fn said_in_the_first_person(subject: &str) -> bool {
    let first = subject
        .trim_start()
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(first, "We" | "we" | "I")
}

/// How far before a pronoun a person whose honorific agrees with it is preferred to a
/// nearer one of unknown gender: a paragraph or so.
const AGREEING_REACH: usize = 600;

/// What "he" and "she" agree with.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Gender {
    Male,
    Female,
}

/// The gender an entity's references or role give: "Mr Langat", "Ms Odhiambo", "the
/// chairwoman".
fn genders(text: &str, cast: &Cast, quotes: &[Span]) -> Vec<Option<Gender>> {
    let role = |e: &crate::actors::Entity| e.role.as_deref().unwrap_or("").to_lowercase();
    let mut out: Vec<Option<Gender>> = cast
        .entities
        .iter()
        .map(|e| role(e).contains("woman").then_some(Gender::Female))
        .collect();
    for r in &cast.refs {
        if cast.entities[r.entity].kind != ActorKind::Person {
            continue;
        }
        let word = r.span.slice(text).split([' ', '.']).next().unwrap_or("");
        let g = match word {
            "Mr" => Gender::Male,
            "Mrs" | "Ms" | "Miss" | "Madam" | "Dame" => Gender::Female,
            _ => continue,
        };
        out[r.entity] = Some(g);
    }
    // "his daughter Ayaan", "her son Jhon", "Morioka's wife, Emiko,": a word of kin just
    // before the name, or before it and a comma.
    let words = Words::get();
    for r in &cast.refs {
        if cast.entities[r.entity].kind != ActorKind::Person || out[r.entity].is_some() {
            continue;
        }
        let kin = text[..r.span.start]
            .split_whitespace()
            .next_back()
            .unwrap_or("")
            .trim_end_matches(',')
            .to_lowercase();
        if words.female_kin.contains(kin.as_str()) {
            out[r.entity] = Some(Gender::Female);
        } else if words.male_kin.contains(kin.as_str()) {
            out[r.entity] = Some(Gender::Male);
        }
    }
    // "Naledi Khumalo", "Ibrahim Musa": a given name that is a woman's or a man's.
    for (e, ent) in cast.entities.iter().enumerate() {
        if out[e].is_some() || ent.kind != ActorKind::Person {
            continue;
        }
        let given = ent.name.split_whitespace().next().unwrap_or("");
        if words.female_given_names.contains(given) {
            out[e] = Some(Gender::Female);
        } else if words.male_given_names.contains(given) {
            out[e] = Some(Gender::Male);
        }
    }
    // "Senator Amara Diallo opened the hearing. She said …": the pronoun that first takes
    // up a person, before anyone else is named, says which; a person taken up both ways
    // stays unknown. (A "she" giving the next quotation to someone not yet named makes the
    // person before a woman all the same: only knowing names would tell.)
    let people: Vec<&Ref> = cast
        .refs
        .iter()
        .filter(|r| cast.entities[r.entity].kind == ActorKind::Person)
        .collect();
    let mut votes: Vec<(bool, bool)> = vec![(false, false); cast.entities.len()];
    for (i, r) in people.iter().enumerate() {
        let next = people.get(i + 1).map_or(text.len(), |n| n.span.start);
        let end = floor_char(text, next.min(r.span.end + PRONOUN_REACH)).max(r.span.end);
        // Not one inside a quotation ("…, who travelled for the hearing, appealed …. “He
        // was born there,” she said": her son, in her words).
        let Some(m) = HE_OR_SHE.find_iter(&text[r.span.end..end]).find(|m| {
            let at = Span::new(r.span.end + m.start(), r.span.end + m.end());
            crate::text::quotes::containing(quotes, at).is_none()
        }) else {
            continue;
        };
        let she = m.as_str().eq_ignore_ascii_case("she");
        // "Ms Amina Yusuf opened the hearing. Later, Ibrahim Musa spoke. She …": a "she"
        // that a woman named just before may take by her honorific says nothing of the
        // nearer one. ("He", the pronoun news uses most, goes to the nearer one.)
        let taken_before = she
            && people[..i]
                .iter()
                .rev()
                .take_while(|q| q.span.start + AGREEING_REACH >= r.span.start)
                .any(|q| q.entity != r.entity && out[q.entity] == Some(Gender::Female));
        if taken_before {
            continue;
        }
        let vote = &mut votes[r.entity];
        if she {
            vote.1 = true;
        } else {
            vote.0 = true;
        }
    }
    for (e, &(he, she)) in votes.iter().enumerate() {
        if out[e].is_none() && he != she {
            out[e] = Some(if she { Gender::Female } else { Gender::Male });
        }
    }
    // "the spokesman": a role in "-man" is a man's only when nothing above said otherwise
    // ("Colombia's Ombudsman, Lucía Hernández …. She urged …").
    for (e, ent) in cast.entities.iter().enumerate() {
        if out[e].is_none() && role(ent).ends_with("man") {
            out[e] = Some(Gender::Male);
        }
    }
    out
}

/// How far after a person's name a "he" or "she" may first take them up.
const PRONOUN_REACH: usize = 400;

static HE_OR_SHE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"(?i)\b(?:he|she)\b"));

/// "Briefing by Ms. X, Director General (Public Diplomacy) and Spokesperson of the
/// Ministry" above the first "Spokesperson:" at `at`: the person whose line goes on to name
/// the label.
fn introduced_holder(ctx: &Context, at: usize, label: &str) -> Option<EntityIx> {
    let cast = ctx.cast;
    cast.refs_starting_in(at.saturating_sub(LABEL_INTRODUCED_REACH), at)
        .iter()
        .filter(|r| cast.entities[r.entity].kind == ActorKind::Person)
        .find(|r| {
            let rest = &ctx.text[r.span.end..at];
            let line = &rest[..rest.find('\n').unwrap_or(rest.len())];
            line.len() <= 200 && line.to_lowercase().contains(label)
        })
        .map(|r| r.entity)
}

/// "A: Of course. We have asked …" in an interview (its first answer at `at`): the person
/// interviewed, the first one its introduction gives an office ("X, Chad's Minister of
/// Foreign Affairs, received us"); with no office read, the first person not named as the
/// one who conducted it ("by Aïcha Dillah Kadiri").
fn interviewee(ctx: &Context, at: usize) -> Option<EntityIx> {
    let cast = ctx.cast;
    let before = cast.refs_starting_in(0, at);
    let person = |e: EntityIx| cast.entities[e].kind == ActorKind::Person;
    before
        .iter()
        .map(|r| r.entity)
        .find(|&e| person(e) && cast.entities[e].role.is_some())
        .or_else(|| {
            before
                .iter()
                .find(|r| {
                    person(r.entity)
                        && !last_word(&ctx.text[..r.span.start]).eq_ignore_ascii_case("by")
                })
                .map(|r| r.entity)
        })
}

/// People speak for their state or body: both are speakers.
pub(super) fn with_affiliations(cast: &Cast, parties: Vec<EntityIx>) -> Vec<EntityIx> {
    let mut out = Vec::new();
    for p in parties {
        if !out.contains(&p) {
            out.push(p);
        }
        if let Some(a) = cast.entities[p].affiliation {
            if !out.contains(&a) {
                out.push(a);
            }
        }
    }
    out
}

/// A party the text only described by a plural common noun ("residents", "the
/// families"): people in numbers, whom no "he" or "she" stands for.
fn is_crowd(cast: &Cast, e: EntityIx) -> bool {
    cast.entities[e].kind != ActorKind::Person && is_described_plural(cast, e)
}

/// A party the text only described by a plural noun ("11 senators", "the elders"), which
/// "he" or "she" never stands for.
fn is_described_plural(cast: &Cast, e: EntityIx) -> bool {
    let ent = &cast.entities[e];
    matches!(ent.key, crate::actors::Key::Described(_))
        && !ent.name.chars().any(char::is_uppercase)
        && ent.name.ends_with('s')
}

/// The party a pointing-back subject stands for.
fn resolve_back(
    ctx: &Context,
    subject_text: &str,
    at: usize,
    discourse: &Discourse,
) -> Vec<EntityIx> {
    // "The king himself called on …": the intensive pronoun adds no one.
    let s = subject_text.trim();
    let s = ["himself", "herself", "itself", "themselves"]
        .iter()
        .find_map(|p| s.strip_suffix(p).map(str::trim_end))
        .unwrap_or(s);
    // "His Highness", "Her Excellency": court and protocol style for "he" and "she".
    let s = match HONORIFIC_BACK.captures(s) {
        Some(c) if c[1].eq_ignore_ascii_case("her") => "she",
        Some(_) => "he",
        None => s,
    };
    // "X chaired the meeting. … The Chair urged all Member States to …": the one who
    // chaired it.
    if CHAIR_BACK.is_match(s) {
        if let Some(who) = who_chaired(ctx, at) {
            return who;
        }
    }
    // "the group's spokesman", "the movement's leader": the one the possessor points back
    // to speaks through them.
    if let Some(c) = OFFICER_OF_A_BODY.captures(s) {
        let body = resolve_back(ctx, &c[1], at, discourse);
        if !body.is_empty() {
            return body;
        }
    }
    // "His department also asked …", "her ministry urged …": the office of the one the
    // pronoun stands for asks for them.
    if let Some(c) = POSSESSED_OFFICE.captures(s) {
        let pronoun = match c[1].to_lowercase().as_str() {
            "his" => "he",
            "her" => "she",
            _ => "they",
        };
        return resolve_back(ctx, pronoun, at, discourse);
    }
    // "In an audio message, a spokesman called on its supporters …", "a spokesman for the
    // group warned …", "a fighter reading a statement demands …": a spokesperson or a
    // fighter the text does not name speaks for the party after "for" or "of", else for
    // the body, group or state named last, a fighter for an armed group (within a few
    // sentences: a lone "a spokesman" far from any party names none).
    if let Some(c) = UNNAMED_SPOKESPERSON.captures(s) {
        if let Some(of) = c.get(1) {
            let who = resolve_back(ctx, of.as_str(), at, discourse);
            if !who.is_empty() {
                return who;
            }
        }
        // A fighter or a commander speaks for an armed group only.
        let armed = !c[0].to_lowercase().contains("spokes");
        return refs_before(ctx, at)
            .take_while(|r| r.span.start + SPOKESPERSON_REACH >= at)
            .find(|r| {
                let entity = &ctx.cast.entities[r.entity];
                if armed && entity.kind != ActorKind::ArmedGroup {
                    return false;
                }
                // Not a platform or an outlet: "posted on Telegram" is where one spoke.
                r.form == RefForm::Name && entity.kind != ActorKind::Person && !entity.is_channel()
            })
            .map(|r| vec![r.entity])
            .unwrap_or_default();
    }
    if SINGULAR_BACK.is_match(s) {
        // "The delegate of the United States said …. She warned Lebanon …": within a
        // paragraph, "he" or "she" goes on with who spoke last, whom the text may have
        // named by their state; otherwise it is the last person named. Neither is one
        // whose honorific or role says otherwise ("Mr Langat" is no "she").
        let genders = discourse
            .genders
            .get_or_init(|| genders(ctx.text, ctx.cast, &discourse.quotes));
        let other = if s.to_lowercase().starts_with("she") {
            Gender::Male
        } else {
            Gender::Female
        };
        // Nor is it a plural the text only described ("11 senators", "the elders").
        let fits = |e: EntityIx| genders[e] != Some(other) && !is_described_plural(ctx.cast, e);
        let agrees = |e: EntityIx| genders[e].is_some_and(|g| g != other);
        let paragraph = ctx.sentences[ctx.sentence].paragraph;
        let is_person = |e: EntityIx| ctx.cast.entities[e].kind == ActorKind::Person;
        // A transcript's speaker says "I" or "we" in their own labelled paragraph: a "he"
        // or "she" there is someone they speak of ("Spokesperson: … Amina Bello-Lindgren
        // visited Gamboru. … She also called on donors …").
        let own_line =
            discourse.floor_paragraph == Some(paragraph) && discourse.speakers == discourse.floor;
        let speaking = discourse.paragraph == Some(paragraph)
            && !own_line
            && !discourse.speakers.is_empty()
            && discourse.speakers.iter().all(|&e| fits(e));
        // The one the sentence before was about, when that was one person who may be so
        // called: "Ambassador Rezaul Karim travelled to Bamako …. He asked …". "She" asks
        // for a woman the text has marked as one ("Ms Amina Yusuf opened the hearing.
        // Later, Ibrahim Musa spoke. She …"), "he" takes anyone not marked a woman.
        let she = other == Gender::Male;
        // So is the one the paragraph before ended on, when a quotation opens this one
        // ("Sharif told him that …. ¶ “I expect …,” he added").
        let subject_before = discourse
            .subject_taken_up(ctx)
            .and_then(|s| match s {
                &[e] => Some(e),
                _ => None,
            })
            .filter(|&e| is_person(e) && fits(e) && (!she || agrees(e)));
        // Who spoke goes on speaking, unless the sentence before, in which they did not
        // ask anything, was about someone else: "Senator Grace Otieno condemned the raid.
        // The pilot's sister, Wanjiru, wept at the gate. “…,” she said."
        let spoke_just_before = discourse.spoke_in.is_some_and(|i| i + 1 == ctx.sentence);
        // "“We ask the President …,” he said. ¶ He also called on …": the next paragraph
        // goes on with the one person whose demand the sentence just before gave, when no
        // one else was named since outside a quotation.
        let carried = spoke_just_before
            && discourse.paragraph.is_some_and(|p| p + 1 == paragraph)
            && discourse.speakers.iter().filter(|&&e| is_person(e)).count() == 1
            && discourse
                .speakers
                .iter()
                .all(|&e| fits(e) && (!she || agrees(e)))
            && ctx
                .cast
                .refs_starting_in(ctx.sentences[ctx.sentence - 1].span.start, at)
                .iter()
                .all(|r| {
                    !is_person(r.entity)
                        || discourse.speakers.contains(&r.entity)
                        || crate::text::quotes::containing(&discourse.quotes, r.span).is_some()
                });
        if carried {
            return discourse.speakers.clone();
        }
        if let Some(e) = subject_before.filter(|_| !spoke_just_before) {
            return vec![e];
        }
        // "France's delegate said …. He urged …": the state or body whose unnamed voice
        // the sentence before was about.
        if let Some(who) = discourse.voice_just_before(ctx) {
            return who.to_vec();
        }
        if speaking && discourse.speakers.iter().any(|&e| is_person(e)) {
            return discourse.speakers.clone();
        }
        if let Some(e) = subject_before {
            return vec![e];
        }
        // One whose honorific agrees, named close before, over a nearer one of unknown
        // gender: "Ms Amina Yusuf opened the hearing. Later, Ibrahim Musa spoke. She …".
        // A person named inside a quotation ("… like that of Mr. Kumar's,' he added") is
        // the quoted speaker's topic, not who the narrative's "he" goes on with.
        let quoted = |span: Span| crate::text::quotes::containing(&discourse.quotes, span);
        let narrative = quoted(Span::new(at, at + 1)).is_none();
        let person = |r: &&Ref| is_person(r.entity) && !(narrative && quoted(r.span).is_some());
        let close = refs_before(ctx, at)
            .take_while(|r| r.span.start + AGREEING_REACH >= at)
            .filter(person)
            .find(|r| agrees(r.entity));
        if let Some(r) = close {
            return vec![r.entity];
        }
        // A state or body speaking through someone the text did not name as a person
        // ("The delegate of the United States said …"); never a crowd the last demand
        // was made for ("residents had asked …. “We ask …,” he told the radio").
        if speaking && !discourse.speakers.iter().any(|&e| is_crowd(ctx.cast, e)) {
            return discourse.speakers.clone();
        }
        // "She" marks a woman: one the text has shown to be one, however far back, over
        // a nearer person of unknown gender.
        if she {
            if let Some(r) = refs_before(ctx, at)
                .filter(person)
                .find(|r| agrees(r.entity))
            {
                return vec![r.entity];
            }
        }
        return refs_before(ctx, at)
            .filter(person)
            .find(|r| fits(r.entity))
            .map(|r| r.entity)
            .into_iter()
            .collect();
    }
    let kinds = |k: ActorKind| move |r: &Ref| ctx.cast.entities[r.entity].kind == k;
    // "European Union foreign ministers … the ministers": the body that qualified the same
    // noun, before any people or compound subject the discourse holds.
    let same_noun = named_with_the_noun(ctx.text, ctx.cast, s, at);
    if !same_noun.is_empty() {
        return same_noun;
    }
    let holders = holders_of_the_role(ctx.text, ctx.cast, s, at);
    if !holders.is_empty() {
        return holders;
    }
    let listed = listed_after_the_noun(ctx.text, ctx.cast, s, at);
    if !listed.is_empty() {
        return listed;
    }
    // "The Northern States Governors' Forum has urged …. The governors appealed to …": the
    // members a body is named after speak for it.
    if let Some(body) = body_of_the_members(ctx.text, ctx.cast, s, at) {
        return vec![body];
    }
    if PAIR_OF_PEOPLE.is_match(s) {
        let compound_people = discourse.compound.len() >= 2
            && discourse
                .compound
                .iter()
                .all(|&e| ctx.cast.entities[e].kind == ActorKind::Person);
        if compound_people {
            return discourse.compound.clone();
        }
        let two = last_distinct(ctx, at, 2, kinds(ActorKind::Person));
        if two.len() == 2 {
            return two;
        }
    }
    // "Council members" after a council was named speak for it, whoever spoke last.
    if s.to_lowercase().ends_with(" members") {
        let institution = institution_back(ctx, s, at, &[]);
        if !institution.is_empty() {
            return institution;
        }
    }
    // "The three Central Asian states", "Foreign ministers from the five Central Asian
    // states": as many states as the phrase counts, the last named before it, or, in a
    // lede that names them only below, the first named after its sentence.
    if let Some(n) = counted_states(s) {
        let before = last_distinct(ctx, at, n, kinds(ActorKind::Country));
        if before.len() == n {
            return before;
        }
        let mut after = Vec::new();
        let below = ctx.span().end;
        for r in ctx.cast.refs_starting_in(below, below + REACH_AHEAD) {
            if ctx.cast.entities[r.entity].kind == ActorKind::Country && !after.contains(&r.entity)
            {
                after.push(r.entity);
                if after.len() == n {
                    return after;
                }
            }
        }
    }
    if PLURAL_BACK.is_match(s) {
        // "Afghan Taliban have been soft-pedalling the issue. Initially, they nudged …":
        // "they" goes on with the parties the sentence before was about, in its paragraph,
        // when that was no one person.
        if s.to_lowercase().starts_with("they") {
            if let Some(who) = discourse.subject_just_before(ctx) {
                let one_person =
                    who.len() == 1 && ctx.cast.entities[who[0]].kind == ActorKind::Person;
                if !one_person {
                    return who.to_vec();
                }
            }
        }
        if !discourse.compound.is_empty() {
            return discourse.compound.clone();
        }
        if PAIR_OF_STATES.is_match(s) {
            if let Some(pair) = coordinated_states(ctx, at) {
                return pair;
            }
            let two = last_distinct(ctx, at, 2, kinds(ActorKind::Country));
            if two.len() == 2 {
                return two;
            }
        }
        // With nobody speaking yet, "Council members" may still name the body before.
        if !discourse.speakers.is_empty() {
            return discourse.speakers.clone();
        }
    }
    // "the minister", "the senator": the last person named whose role has that word; "the
    // Government" is a state's, whoever heads its delegation.
    // "The committee" is a body named before (read below), though "committee chair X" was
    // named since; the holder of a role with that word only when no such body was named.
    let a_body_named =
        || THE_INSTITUTION.is_match(s) && !institution_back(ctx, s, at, &[]).is_empty();
    if let Some(m) = THE_ROLE
        .captures(s)
        .filter(|_| !STATE_BACK.is_match(s) && !a_body_named())
    {
        // "the minister", "the Deputy Minister": every word stands in the holder's role.
        let word = m[1].to_lowercase();
        let words: Vec<&str> = word.split_whitespace().collect();
        // "A State Department spokesperson said …. “…,” the spokesperson said": the one
        // the sentence before introduced by the same word, nameless, over an earlier holder.
        if let Some(who) = introduced_just_before(ctx, discourse, words.last().copied()) {
            return who;
        }
        // "the pontiff", "the Holy Father": a title of the office the holder's role names.
        let office = crate::lexicon::Lexicon::get()
            .title(&m[1], crate::lexicon::TitleKind::Office)
            .and_then(|t| t.role.as_deref());
        let holder = last_distinct(ctx, at, 1, |r| {
            let ent = &ctx.cast.entities[r.entity];
            ent.kind == ActorKind::Person
                && ent.role.as_deref().is_some_and(|r| {
                    let role = r.to_lowercase();
                    let role_words: Vec<&str> = role.split([' ', '-']).collect();
                    words.iter().all(|w| role_words.contains(w)) || office == Some(r)
                })
        });
        if !holder.is_empty() {
            return holder;
        }
        // "The governor of Lac province, General Idriss Moussa Ali, told …": the person a
        // description with that word introduced, whatever title the name carries.
        let described = last_distinct(ctx, at, 1, |r| {
            ctx.cast.entities[r.entity].kind == ActorKind::Person
                && (introduced_as(ctx.text, r.span.start, &word)
                    || titled_after(ctx.text, r.span.end, &word)
                    || titled_before(ctx.text, r.span, &word))
        });
        if !described.is_empty() {
            return described;
        }
        // "The Catholic bishop of Apatzingán on Sunday called on …" in a lede that names
        // him only below: the first person after with the description's head word in
        // their role.
        let head = words.last().copied().unwrap_or_default();
        let ahead = ctx
            .cast
            .refs_starting_in(at, at + REACH_AHEAD)
            .iter()
            .find(|r| {
                let ent = &ctx.cast.entities[r.entity];
                ent.kind == ActorKind::Person
                    && ent.role.as_deref().is_some_and(|role| {
                        role.split([' ', '-']).any(|w| w.eq_ignore_ascii_case(head))
                    })
            });
        if let Some(r) = ahead {
            return vec![r.entity];
        }
    }
    let office = office_of_a_party(ctx.text, ctx.cast, s, at);
    if !office.is_empty() {
        return office;
    }
    if GROUP_BACK.is_match(s) {
        // The body the sentence before was about, when it was one ("Human Rights Watch
        // said …. The group urged …"); across a paragraph break when a quotation opens the
        // paragraph ("… the Forum said it had appealed to …. ¶ “…,” the group said").
        if let Some(&[e]) = discourse.subject_taken_up(ctx) {
            if matches!(
                ctx.cast.entities[e].kind,
                ActorKind::Organization | ActorKind::ArmedGroup
            ) {
                return vec![e];
            }
        }
        // The group last the subject of a sentence in this paragraph or the one before,
        // rather than one its description named ("Al-Shabab, the Somali affiliate of
        // al-Qaeda, said …. The group warned …"); else the group named last.
        let paragraph = ctx.sentences[ctx.sentence].paragraph;
        if let Some((e, p)) = discourse.group {
            if paragraph <= p + 1 {
                return vec![e];
            }
        }
        // "The organisation further calls for …" in a rights group's statement: a word for
        // any body, with no armed group speaking nearby, is the body named last.
        if ORGANIZATION_BACK.is_match(s) {
            let body = body_named_back(ctx, discourse, at);
            if !body.is_empty() {
                return body;
            }
        }
        let group = last_distinct(ctx, at, 1, kinds(ActorKind::ArmedGroup));
        if !group.is_empty() {
            return group;
        }
    }
    if STATE_BACK.is_match(s) {
        // "The Administration calls on air carriers …" in a White House release: the
        // house's own government, whichever state the release is about.
        let bare = s.starts_with("The ") || s.starts_with("the ");
        if let Some(e) = crate::actors::house_state(ctx.text)
            .filter(|_| bare)
            .and_then(|state| ctx.cast.existing(state))
        {
            return vec![e];
        }
        let own = state_whose(ctx, s, at);
        if !own.is_empty() {
            return own;
        }
        let state = salient_state(ctx, at);
        if !state.is_empty() {
            return state;
        }
    }
    if ORGANIZATION_BACK.is_match(s) {
        let body = body_named_back(ctx, discourse, at);
        if !body.is_empty() {
            return body;
        }
    }
    let speaking = discourse
        .current(ctx.sentences[ctx.sentence].paragraph)
        .unwrap_or_default();
    let institution = institution_back(ctx, s, at, &speaking);
    if !institution.is_empty() {
        return institution;
    }
    let body = organ_back(ctx, s, at);
    if !body.is_empty() {
        return body;
    }
    // "the army urged residents …" in a story that named no army: the story's state.
    if ARMY_BACK.is_match(s) {
        let state = salient_state(ctx, at);
        if !state.is_empty() {
            return state;
        }
    }
    if let Some(origin) = discourse.origin.filter(|_| MEETING.is_match(s)) {
        return vec![origin];
    }
    // "The statement, signed by party spokesperson Prakash Sangharsha, demanded …": the
    // party this very sentence gives the document to issued it.
    if DOCUMENT_BACK.is_match(s) && !IT.is_match(s) {
        let named = signers_of(ctx, ctx.span(), &discourse.issuer);
        if !named.is_empty() {
            return with_affiliations(ctx.cast, named);
        }
    }
    if discourse.points_to_the_issued(s, ctx.sentence) {
        return discourse.issuer.clone();
    }
    // "Its researchers warned …", "Their lawyers asked …": the people of the party the
    // sentence before was about speak for it.
    if IT.is_match(s) || ITS_PEOPLE.is_match(s) {
        if let Some(who) = discourse.previous_subject(ctx) {
            return who;
        }
    }
    // "The statement", or "It" for the party last speaking or, in this very paragraph, for
    // a person's statement: an "It" after an unnamed body's statement ("The BGF … said in
    // a statement that …. It demanded …") is no person quoted in the paragraph before.
    let paragraph = ctx.sentences[ctx.sentence].paragraph;
    let a_person = |e: &EntityIx| ctx.cast.entities[*e].kind == ActorKind::Person;
    if DOCUMENT_BACK.is_match(s)
        && (!IT.is_match(s)
            || discourse.paragraph == Some(paragraph)
            || !discourse.speakers.iter().any(a_person))
        && !discourse.speakers.is_empty()
    {
        return discourse.speakers.clone();
    }
    // "The GCC met in Riyadh on Sunday. The ministers called for …", "Leaders of the Red
    // Sea Council met in Jeddah. In their final statement, the leaders demanded …": the
    // members or the document of a meeting no one has spoken at yet are the party the
    // sentence before was about.
    if DOCUMENT_BACK.is_match(s) || MEMBERS_BACK.is_match(s) {
        if let Some(who) = discourse.previous_subject(ctx) {
            return who;
        }
    }
    Vec::new()
}

/// "the ministers", "the foreign ministers", "the participants": the members of a meeting.
static MEMBERS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"(?i)^the\s+(?:[a-z-]+\s+)?{}\s*$",
        any_of_spaced(&[&w.person_pair_nouns, &w.collective_nouns])
    ))
});

/// The words between an indefinite article and the noun it introduces, at most.
const INTRODUCED_REACH: usize = 4;

/// The parties of the subject of the sentence just before, when that sentence introduced
/// someone nameless by `head`, a word for a person ("A State Department spokesperson said
/// …").
fn introduced_just_before(
    ctx: &Context,
    discourse: &Discourse,
    head: Option<&str>,
) -> Option<Vec<EntityIx>> {
    // Only a word for a person: "the group" goes on with the group the discourse holds.
    let head = head.filter(|h| Words::get().person_descriptions.contains(h))?;
    let previous = ctx.sentences.get(ctx.sentence.checked_sub(1)?)?;
    let words: Vec<String> = previous
        .span
        .slice(ctx.text)
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let introduced = words.iter().enumerate().any(|(i, w)| {
        w == head
            && words[i.saturating_sub(INTRODUCED_REACH + 1)..i]
                .iter()
                .any(|a| a == "a" || a == "an")
    });
    if !introduced {
        return None;
    }
    if let Some(who) = discourse
        .subject_just_before(ctx)
        .filter(|who| !who.is_empty())
    {
        return Some(who.to_vec());
    }
    // "A spokesman for the Tehreek-e-Taliban Pakistan rejected …": the party the
    // introduction names after "for" or "of".
    if let Some(e) = party_of_the_introduced(ctx, previous.span, head) {
        return Some(vec![e]);
    }
    // "A Taliban spokesman said …": the parties qualifying the one who spoke.
    let verb = SPEECH.find(previous.span.slice(ctx.text))?;
    let lead = Span::new(previous.span.start, previous.span.start + verb.start());
    let described = qualified_by_parties(ctx, lead);
    (!described.is_empty()).then_some(described)
}

/// The party named right after "`head` for" or "`head` of" in `sentence` ("a spokesman for
/// the Tehreek-e-Taliban Pakistan", "a spokesman of the foreign ministry").
fn party_of_the_introduced(ctx: &Context, sentence: Span, head: &str) -> Option<EntityIx> {
    let said = sentence.slice(ctx.text);
    ["for", "of"].iter().find_map(|p| {
        let marker = format!("{head} {p} ");
        let at = said.to_ascii_lowercase().find(&marker)? + marker.len();
        let rest = &said[at..];
        let skip = rest.len() - rest.strip_prefix("the ").unwrap_or(rest).len();
        let start = sentence.start + at + skip;
        ctx.cast
            .refs_starting_at(start)
            .find(|r| r.form == RefForm::Name)
            .map(|r| r.entity)
    })
}

/// The body named last before `at` whose name holds the plural noun of `subject`, "the
/// <members>": "the governors" in a story on "the Northern States Governors' Forum".
/// The described parties read it so too: such a subject describes no party of its own.
pub fn body_of_the_members(text: &str, cast: &Cast, subject: &str, at: usize) -> Option<EntityIx> {
    let noun = subject
        .strip_prefix("the ")
        .or_else(|| subject.strip_prefix("The "))
        .filter(|n| n.len() > 4 && n.ends_with('s') && n.chars().all(|c| c.is_ascii_lowercase()))?;
    let from = crate::text::span::floor_char(text, at.saturating_sub(REACH_BACK));
    cast.refs_in(Span::new(from, at))
        .filter(|r| {
            let entity = &cast.entities[r.entity];
            entity.kind == ActorKind::Organization
                && entity
                    .name
                    .split_whitespace()
                    .any(|w| w.trim_end_matches(['’', '\'']).eq_ignore_ascii_case(noun))
        })
        .last()
        .map(|r| r.entity)
}

/// "Saudi Arabia's Cabinet on Tuesday called on …. The Cabinet warned …": the state last
/// named with the same word of its institution after it ("Saudi Arabia's Cabinet", "the
/// Saudi Cabinet"), over the state the story names most.
fn state_whose(ctx: &Context, s: &str, at: usize) -> Vec<EntityIx> {
    let head = crate::text::words::last_word(s.trim_end());
    last_distinct(ctx, at, 1, |r| {
        ctx.cast.entities[r.entity].kind == ActorKind::Country
            && word_after_a_name(ctx.text, r.span.end).eq_ignore_ascii_case(head)
    })
}

/// The word right after a name ending at `end`, past its possessive ("Cabinet" in "Saudi
/// Arabia's Cabinet", "Assembly" in "the African Union Assembly"); empty when punctuation
/// parts them ("Haiti. Council members").
fn word_after_a_name(text: &str, end: usize) -> &str {
    let after = &text[end..];
    let after = ["'s", "’s"]
        .iter()
        .find_map(|p| after.strip_prefix(p))
        .unwrap_or(after);
    after
        .starts_with(char::is_whitespace)
        .then(|| after.split_whitespace().next())
        .flatten()
        .map_or("", |w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
}

/// The state a story is about at `at`: the one the text before names most often, the
/// latest of those named as often; never one the rest of the sentence names by its name
/// ("The government has requested India to …" is not India's; "Iraqi soil" is no name).
fn salient_state(ctx: &Context, at: usize) -> Vec<EntityIx> {
    let later: Vec<EntityIx> = ctx
        .cast
        .refs_in(Span::new(at, ctx.span().end.max(at)))
        .filter(|r| r.form == RefForm::Name)
        .filter(|r| ctx.cast.entities[r.entity].kind == ActorKind::Country)
        .map(|r| r.entity)
        .collect();
    ctx.cast
        .most_named(
            at.saturating_sub(REACH_BACK),
            at,
            ActorKind::Country,
            &later,
        )
        .into_iter()
        .collect()
}

/// Whether the name at `at` follows, in its sentence, a description "the <word> …," that
/// introduces it ("The governor of Lac province, General X").
fn introduced_as(text: &str, at: usize, word: &str) -> bool {
    let mut from = at.saturating_sub(100);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..at];
    let clause = before
        .rsplit(['.', '\n', ';'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    // Only capitalised words (a title) may stand between the comma and the name.
    let after_comma = before.rsplit(',').next().unwrap_or("");
    before.contains(',')
        && after_comma
            .split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
        && clause.contains(&format!("the {word} "))
}

/// "Ambassador Kamrul Ahsan, Secretary (Bilateral and Consular), …": a title set off
/// after the name, which "the Secretary" later stands for.
fn titled_after(text: &str, end: usize, word: &str) -> bool {
    let Some(rest) = text[end..].strip_prefix(',') else {
        return false;
    };
    let apposition = rest[..floor_char(rest, 80)]
        .split([',', '(', '.', ';', '\n'])
        .next()
        .unwrap_or("");
    let words: Vec<&str> = apposition.split_whitespace().collect();
    !words.is_empty()
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || *w == "of")
        && word.split([' ', '-']).all(|asked| {
            words
                .iter()
                .any(|w| w.split('-').any(|part| part.eq_ignore_ascii_case(asked)))
        })
}

/// "Saudi Foreign Minister Prince Turki bin Sultan", "Cardinal Pietro Sala": a title among
/// the capitalised words right before the name or opening the mention, which "the prince",
/// "the cardinal" later stands for, whatever role the name was given.
fn titled_before(text: &str, name: Span, word: &str) -> bool {
    let opening = name.slice(text).split_whitespace().next().unwrap_or("");
    let before = &text[floor_char(text, name.start.saturating_sub(80))..name.start];
    let line = before.rsplit('\n').next().unwrap_or("");
    opening.eq_ignore_ascii_case(word)
        || line
            .split_whitespace()
            .rev()
            .take_while(|w| w.starts_with(char::is_uppercase))
            .any(|w| w.eq_ignore_ascii_case(word))
}

/// "the Assembly", "the mission", "Council members": the body named last with that word in
/// its name, as written or in one of its other names.
/// Of `speaking`, a body with the word in its name comes first: "The Arab League Council …
/// called on the UN Security Council to act. … the council also demanded …" goes on with
/// the council that spoke.
fn institution_back(ctx: &Context, s: &str, at: usize, speaking: &[EntityIx]) -> Vec<EntityIx> {
    let Some(m) = THE_INSTITUTION.captures(s) else {
        return Vec::new();
    };
    let head = m
        .name("head")
        .or_else(|| m.name("of"))
        .map_or(String::new(), |h| h.as_str().to_lowercase());
    // The word may stand in the body's name or in one of its other names ("the mission" for
    // UNAMI, "the UN Assistance Mission for Iraq").
    // "This House" in a parliament's record is the chamber, whatever word its name has
    // ("Lok Sabha", "Senate of Pakistan").
    let has_head = |name: &str| {
        name.split(' ').any(|w| w.eq_ignore_ascii_case(&head))
            || (head == "house" && crate::actors::legislature(name))
    };
    let lx = crate::lexicon::Lexicon::get();
    if let Some(&e) = speaking
        .iter()
        .find(|&&e| has_head(&ctx.cast.entities[e].name))
    {
        return vec![e];
    }
    // A document's "the Committee" is the committee its masthead names on a line of its
    // own ("Committee against Torture ⏎ Concluding observations …"), though another was
    // named since; a story's headline or lede names no masthead.
    let refs = &ctx.cast.refs;
    let opening = refs[..refs.partition_point(|r| r.span.start < super::described::OPENING)]
        .iter()
        .find(|r| {
            let name = &ctx.cast.entities[r.entity].name;
            crate::text::span::alone_on_its_line(ctx.text, r.span)
                && r.form == RefForm::Name
                && ctx.cast.entities[r.entity].kind == ActorKind::Organization
                && name.split_whitespace().count() > 1
                && super::described::head_of(name).is_some_and(|w| w.eq_ignore_ascii_case(&head))
        });
    if let Some(r) = opening {
        return vec![r.entity];
    }
    last_distinct(ctx, at, 1, |r| {
        let ent = &ctx.cast.entities[r.entity];
        // "the African Union Assembly … the Assembly": the word that follows the name as
        // written counts too. "committee chair Samia Ben Romdhane" is no committee.
        let next_word = word_after_a_name(ctx.text, r.span.end);
        ent.kind != ActorKind::Person
            && (has_head(&ent.name)
            || has_head(r.span.slice(ctx.text))
            || has_head(next_word)
            || matches!(ent.key, crate::actors::Key::Org(o) if lx.orgs[o].aliases.iter().any(|a| has_head(a)))
            // "UNAMID (the Hybrid Operation in Darfur) … the mission", "UNIFIL … the
            // mission": a peace operation or force is a mission whatever its name calls it.
            || (head == "mission"
                && matches!(ent.key, crate::actors::Key::Org(o) if lx.orgs[o].aliases.iter().any(|a| {
                    a.split(' ').any(|w| matches!(w, "Operation" | "Force"))
                })))
            // "the Awami League … The party": a political party whatever its name's words;
            // "Hezbollah … The party": a group one of whose names ("Party of God") says it is
            // one (not "the council" for a group's organ's name).
            || (head == "party"
                && match ent.key {
                    crate::actors::Key::Org(o) => lx.orgs[o].class == crate::lexicon::OrgClass::Party,
                    crate::actors::Key::Group(g) => lx.groups[g].aliases.iter().any(|a| has_head(a)),
                    _ => false,
                })
            // "Twitter said it had blocked the accounts. The company urged …": a platform
            // is a company, whatever its name — one named as acting, not as where something
            // was posted ("on Telegram").
            || (head == "company"
                && matches!(ent.key, crate::actors::Key::Org(o) if lx.orgs[o].class == crate::lexicon::OrgClass::Platform)
                && r.form == RefForm::Name
                && {
                    let before = last_word(&ctx.text[..r.span.start]).to_lowercase();
                    before != "and" && !Words::get().prepositions.contains(before.as_str())
                }))
    })
}

/// "the Executive Committee", "the Executive Council": an organ's name of capitalised words
/// ending on an institution's word.
static THE_ORGAN: LazyLock<Regex> = LazyLock::new(|| {
    let heads = any_of(&[&Words::get().institution_heads]);
    crate::text::pattern::regex(&format!(
        r"^(?i:the)\s+((?:[A-Z][\w'’-]*\s+){{1,3}}(?:{heads}))\s*$"
    ))
});

/// How far back an organ's name is looked for, and how far before it the body it belongs to.
const ORGAN_REACH: usize = 3000;
const ORGAN_OWNER_REACH: usize = 120;

/// "… held a meeting of its Executive Committee. … After deliberations, the Executive
/// Committee:": an organ no entity is named for is the body named just before the organ's
/// name was last written ("OIC Executive Committee", "(OIC) held … of its Executive
/// Committee").
fn organ_back(ctx: &Context, s: &str, at: usize) -> Vec<EntityIx> {
    let Some(organ) = THE_ORGAN.captures(s).and_then(|c| c.get(1)) else {
        return Vec::new();
    };
    let text = ctx.text;
    let from = ceil_char(text, at.saturating_sub(ORGAN_REACH));
    text[from..at]
        .rmatch_indices(organ.as_str())
        .find_map(|(i, _)| {
            let written = from + i;
            let near = ceil_char(text, written.saturating_sub(ORGAN_OWNER_REACH));
            ctx.cast
                .refs_in(Span::new(near, written))
                .filter(|r| ctx.cast.entities[r.entity].kind == ActorKind::Organization)
                .last()
                .map(|r| vec![r.entity])
        })
        .unwrap_or_default()
}

/// "the two delegations", "both sides": an object that points back to two parties.
static TWO_OR_BOTH: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"(?i)^(?:the\s+two|both)\s+\w+$"));

/// "the two leaders", "both presidents": two people named before.
static PAIR_OF_PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)^(?:the\s+two|both|the)\s+{}\b",
        any_of_spaced(&[&Words::get().person_pair_nouns])
    ))
});
/// "the three Central Asian states", "ministers from the five member countries": states
/// counted by a number word.
static COUNTED_STATES: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^(?:(?:[\w-]+\s+){1,3}(?:from|of)\s+)?(?:the\s+|all\s+)?(two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,3}?(?:states|countries|nations|governments)\s*$",
    )
});

/// How many states a counted phrase names ("the five Central Asian states": 5).
fn counted_states(subject: &str) -> Option<usize> {
    let c = COUNTED_STATES.captures(subject)?;
    let n = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    ]
    .iter()
    .position(|w| c[1].eq_ignore_ascii_case(w))?;
    Some(n + 2)
}

/// "both sides", "the two countries": two states named before, when no compound subject did.
static PAIR_OF_STATES: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)^(?:the\s+two|both)\s+{}\b",
        any_of_spaced(&[&Words::get().state_pair_nouns])
    ))
});
/// "the government", "the authorities", "the military junta": the state the story is about.
static STATE_BACK: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^(?:(?:the|its|their)\s+(?:(?:military|federal|central|interim|transitional|national|local|civilian|new)\s+)?(?:government|authorities|administration|junta|regime|cabinet)|(?-i:Government))\s*$",
    )
});

/// "the army", "the military": a state's forces, when no body of that name came before.
static ARMY_BACK: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"(?i)^(?:the|its)\s+(?:army|military|armed\s+forces)\s*$")
});

/// "the bloc", "the body", "the organisation": the organization the sentence before was
/// about ("ECOWAS condemned the attack …. The 15-nation bloc urged …", though it named
/// another body), else the organization named last — never a state's own organ ("South
/// Sudan's army"), which is no bloc or body of its own.
fn body_named_back(ctx: &Context, discourse: &Discourse, at: usize) -> Vec<EntityIx> {
    let body_of_its_own = |e: EntityIx| {
        let entity = &ctx.cast.entities[e];
        entity.kind == ActorKind::Organization && entity.affiliation.is_none()
    };
    if let Some(&[e]) = discourse.subject_taken_up(ctx) {
        if body_of_its_own(e) {
            return vec![e];
        }
    }
    last_distinct(ctx, at, 1, |r| body_of_its_own(r.entity))
}

/// "the group", "the militants": the armed group named last.
static GROUP_BACK: LazyLock<Regex> = LazyLock::new(|| {
    // "the New York-based rights group": where it is based qualifies it too.
    crate::text::pattern::regex(&format!(
        r"(?i)^the\s+(?:[\w.’' ]{{1,30}}?-based\s+)?(?:[a-z-]+\s+)?{}\s*$",
        any_of_spaced(&[&Words::get().group_nouns])
    ))
});
/// A sentence opening on "It" or on a word for a group or a body goes on with the party
/// the sentence before was about.
static GOES_ON: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"^(?:It|The\s+(?:[a-z-]+\s+)?(?:{}|bloc|grouping|body))\s",
        any_of_spaced(&[&Words::get().group_nouns])
    ))
});

/// "the bloc", "the 15-nation regional bloc", "the world body", "its authors": an
/// organization by a word for any organization, whatever describes it, or for those who
/// wrote what it published.
static ORGANIZATION_BACK: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^(?:the|its|their)\s+(?:(?:[\w-]+\s+){0,2}?(?:bloc|grouping|body|organi[sz]ation)|authors)\s*$",
    )
});
/// "the minister", "the senator": a person by the head of their role.
static THE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^(?i:the)\s+((?:[A-Za-z][a-z-]+\s+){0,2}[A-Za-z][a-z-]+)\s*$")
});
/// "the Ministry", "the mission": the institution with that word in its name named last.
static THE_INSTITUTION: LazyLock<Regex> = LazyLock::new(|| {
    let heads = any_of(&[&Words::get().institution_heads]);
    // "the Council", and "(the) Council members" speaking for it.
    crate::text::pattern::regex(&format!(
        r"(?i)^(?:(?:the|this)\s+(?P<head>{heads})|(?:the\s+)?(?P<of>{heads})\s+members)\s*$"
    ))
});

/// How far back "the experts" looks for the phrase that introduced them.
const SAME_NOUN_REACH: usize = 3000;

/// "UN experts today urged …. The experts said …": a plural noun after "the" stands for
/// the party that qualified the same noun last ("UN experts", "Pakistani officials").
pub fn named_with_the_noun(text: &str, cast: &Cast, subject: &str, at: usize) -> Vec<EntityIx> {
    let Some(noun) = subject
        .strip_prefix("the ")
        .or_else(|| subject.strip_prefix("The "))
        .filter(|n| n.len() > 4 && n.ends_with('s') && n.chars().all(|c| c.is_ascii_lowercase()))
    else {
        return Vec::new();
    };
    let from = ceil_char(text, at.saturating_sub(SAME_NOUN_REACH));
    for (i, _) in text[from..at].rmatch_indices(noun) {
        let start = from + i;
        let end = start + noun.len();
        let whole = text[..start].ends_with([' ', '\u{a0}'])
            && !text[end..].starts_with(|c: char| c.is_alphanumeric());
        if !whole {
            continue;
        }
        let mut before = text[..start].trim_end_matches([' ', '\u{a0}']).len();
        // "European Union foreign ministers … the ministers": up to two words of their
        // office may stand between the body and the noun.
        for _ in 0..3 {
            let qualifier = cast
                .refs_in(Span::new(before.saturating_sub(60), before))
                .filter(|r| r.span.end == before)
                .map(|r| r.entity)
                .last();
            if let Some(e) = qualifier {
                return vec![e];
            }
            let head = &text[..before];
            let word_start = head
                .char_indices()
                .rev()
                .find(|&(_, c)| !c.is_alphabetic())
                .map_or(0, |(p, c)| p + c.len_utf8());
            if !head[word_start..].starts_with(char::is_lowercase) {
                break;
            }
            before = head[..word_start].trim_end_matches([' ', '\u{a0}']).len();
        }
    }
    Vec::new()
}

/// "The letter was led by Sen. Mark Halvorsen and Sen. Diane Okafor. The senators also
/// asked …": a plural noun after "the" stands for the people named before whose role has
/// that noun, when there are two or more of them; as a communiqué capitalises it too ("The
/// Ministers" after the chair and the ministers who attended).
pub fn holders_of_the_role(text: &str, cast: &Cast, subject: &str, at: usize) -> Vec<EntityIx> {
    let Some(word) = subject
        .strip_prefix("the ")
        .or_else(|| subject.strip_prefix("The "))
        .map(str::trim_end)
        .filter(|n| {
            let mut chars = n.chars();
            chars.next().is_some_and(|c| c.is_ascii_alphabetic())
                && chars.all(|c| c.is_ascii_lowercase())
        })
        .and_then(|n| n.strip_suffix('s'))
        .filter(|w| w.len() > 3)
    else {
        return Vec::new();
    };
    let from = ceil_char(text, at.saturating_sub(SAME_NOUN_REACH));
    let mut holders = Vec::new();
    for r in cast.refs_in(Span::new(from, at)) {
        let entity = &cast.entities[r.entity];
        let holds = entity.kind == ActorKind::Person
            && entity
                .role
                .as_deref()
                .is_some_and(|role| role.split([' ', '-']).any(|w| w.eq_ignore_ascii_case(word)));
        if holds && !holders.contains(&r.entity) {
            holders.push(r.entity);
        }
    }
    if holders.len() < 2 {
        holders.clear();
    }
    holders
}

/// "… the Heads of State of the G5 Sahel countries – A, President of Burkina Faso, B, …
/// – met in Pau. … The Heads of State called on …": a plural phrase stands for the people
/// a dash or a colon listed after it where the text first used it, two or more of them.
pub fn listed_after_the_noun(text: &str, cast: &Cast, subject: &str, at: usize) -> Vec<EntityIx> {
    let Some(phrase) = subject
        .strip_prefix("the ")
        .or_else(|| subject.strip_prefix("The "))
        .map(str::trim_end)
        .filter(|p| PLURAL_PHRASE.is_match(p))
    else {
        return Vec::new();
    };
    let from = ceil_char(text, at.saturating_sub(SAME_NOUN_REACH));
    let window = &text[from..at];
    // ASCII case folding keeps every offset where it was.
    let lower = window.to_ascii_lowercase();
    let needle = phrase.to_ascii_lowercase();
    for (i, _) in lower.match_indices(&needle) {
        let end = from + i + needle.len();
        let Some(list) = LIST_OPENS.find(&text[end..at]) else {
            continue;
        };
        let start = end + list.end();
        let rest = &text[start..at];
        let stop = rest
            .find(['–', '—'])
            .or_else(|| rest.find(". "))
            .unwrap_or(rest.len());
        let mut listed = Vec::new();
        for r in cast.refs_in(Span::new(start, start + stop)) {
            if cast.entities[r.entity].kind == ActorKind::Person && !listed.contains(&r.entity) {
                listed.push(r.entity);
            }
        }
        if listed.len() >= 2 {
            return listed;
        }
    }
    Vec::new()
}

/// "Heads of State", "Heads of State and Government", "Foreign Ministers", "leaders": a
/// plural of up to five words.
static PLURAL_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:[A-Za-z]+\s+)?[A-Za-z]{3,}s(?:\s+of\s+[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?)?$",
    )
});

/// What may stand between a plural phrase and the list of its people: its complement
/// ("of the G5 Sahel countries") and a dash or a colon.
static LIST_OPENS: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^[^–—:.;]{0,80}?(?:\s[–—]|:)\s"));

/// "The Presidency of the EU reiterates …. The Presidency calls on …": an office named
/// before as a state's or a body's ("Presidency of the EU", "Secretariat of the OIC") stands
/// for that party when it speaks again by its word alone.
pub fn office_of_a_party(text: &str, cast: &Cast, subject: &str, at: usize) -> Vec<EntityIx> {
    let Some(word) = subject
        .strip_prefix("The ")
        .or_else(|| subject.strip_prefix("the "))
        .map(str::trim_end)
        .filter(|w| w.len() > 3 && w.starts_with(char::is_uppercase) && !w.contains(' '))
    else {
        return Vec::new();
    };
    let from = ceil_char(text, at.saturating_sub(SAME_NOUN_REACH));
    for (i, _) in text[from..at].rmatch_indices(word) {
        let end = from + i + word.len();
        let rest = &text[end..at];
        let Some(after) = rest
            .strip_prefix(" of the ")
            .or_else(|| rest.strip_prefix(" of "))
        else {
            continue;
        };
        let party_at = at - after.len();
        let party = cast.refs_starting_at(party_at).find(|r| {
            matches!(r.form, RefForm::Name)
                && matches!(
                    cast.entities[r.entity].kind,
                    ActorKind::Country | ActorKind::Organization
                )
        });
        if let Some(r) = party {
            return vec![r.entity];
        }
    }
    Vec::new()
}

/// How many words after a document's noun its "by" and author may stand ("a video
/// circulated on Telegram by …").
const AUTHOR_REACH: usize = 6;

/// How far back "both sides" looks for two states named together.
const PAIR_REACH: usize = 600;

/// "Saudi and Iranian foreign ministers met in Beijing. Both sides urged …": the two states
/// last named together ("X and Y"), not the last two named (the venue is no side).
fn coordinated_states(ctx: &Context, at: usize) -> Option<Vec<EntityIx>> {
    let is_state = |r: &Ref| ctx.cast.entities[r.entity].kind == ActorKind::Country;
    let states: Vec<&Ref> = refs_before(ctx, at)
        .take_while(|r| r.span.start + PAIR_REACH >= at)
        .filter(|r| is_state(r))
        .collect();
    states.windows(2).find_map(|w| {
        let (later, earlier) = (w[0], w[1]);
        let between = ctx.text.get(earlier.span.end..later.span.start)?.trim();
        (earlier.entity != later.entity && matches!(between, "and" | "&"))
            .then(|| vec![earlier.entity, later.entity])
    })
}

/// The last `n` distinct entities whose references satisfy `keep` before `at`, nearest
/// first.
fn last_distinct(ctx: &Context, at: usize, n: usize, keep: impl Fn(&Ref) -> bool) -> Vec<EntityIx> {
    let mut out = Vec::new();
    for r in refs_before(ctx, at) {
        if out.len() == n {
            break;
        }
        if keep(r) && !out.contains(&r.entity) {
            out.push(r.entity);
        }
    }
    out.reverse();
    out
}

/// How far back a phrase can point ("the minister", "the group", a passive's "by police"
/// for the story's state): a few pages, so a party never named in them is not looked for
/// through the whole of a long document.
pub(super) const REACH_BACK: usize = 30_000;

/// The references ending by `at` and within [`REACH_BACK`] of it, nearest first, from where
/// `at` falls (the references are sorted).
/// How far after a description of someone the text may name them ("The bishop … called
/// on …" in a lede, "Bishop X said" a paragraph or two below).
const REACH_AHEAD: usize = 2_000;

fn refs_before<'a>(ctx: &Context<'a>, at: usize) -> impl Iterator<Item = &'a Ref> {
    let refs = &ctx.cast.refs;
    let from = at.saturating_sub(REACH_BACK);
    let lo = refs.partition_point(|r| r.span.start < from);
    let hi = refs.partition_point(|r| r.span.start < at).max(lo);
    refs[lo..hi].iter().rev().filter(move |r| r.span.end <= at)
}

/// What may stand between a modal and the verb it governs ("should not", "must now").
pub(super) static MODAL_ADVERBS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^(?:\s+(?:not|also|now|still|then|first|rather|simply|never|\w+ly))*\s*$",
    )
});

/// Whether the participle at token `v` follows phrases of place or time that hang on a
/// verb ("took to the streets demanding …", "marched in Srinagar on Friday demanding …"):
/// the participle then goes with the clause's subject, as after a comma. After a noun
/// ("a ministry statement on Saturday urging …", "calls from men demanding …") or a party
/// ("met families demanding answers") it is that noun's.
fn after_place_or_time(text: &str, p: &Parsed, v: usize) -> bool {
    const PLACE_OR_TIME: &[&str] = &[
        "in", "on", "at", "to", "through", "outside", "near", "across", "into", "from", "since",
        "during", "around", "along", "before",
    ];
    let Some(mut c) = v.checked_sub(1).and_then(|k| chunk_of(&p.chunks, k)) else {
        return false;
    };
    let head = p.tokens[p.chunks[c].head].span.slice(text).to_lowercase();
    if p.chunks[c].last + 1 != v || Words::get().party_heads.contains(head.as_str()) {
        return false;
    }
    for _ in 0..4 {
        let Some(prep) = p.chunks[c].first.checked_sub(1) else {
            return false;
        };
        let w = p.tokens[prep].span.slice(text).to_lowercase();
        let Some(before) = prep.checked_sub(1) else {
            return false;
        };
        // "the streets of Sanaa": a complement of the place is part of it.
        if w != "of" && !PLACE_OR_TIME.contains(&w.as_str()) {
            return false;
        }
        if w != "of" && p.tokens[before].tag == Upos::Verb {
            return true;
        }
        match chunk_of(&p.chunks, before) {
            Some(prev) if p.chunks[prev].last == before => c = prev,
            _ => return false,
        }
    }
    false
}

/// The phrase that asks, by syntax: the subject of the cue's verb; for a stated obligation
/// the subject of the reporting verb it hangs on ("X must …, the senator said"); for a
/// participle after a comma (", urging …") the subject of the clause it hangs on; for a cue
/// noun after a light verb ("expressed hope that …") the light verb's subject.
pub fn speaker_role(
    text: &str,
    p: &Parsed,
    cue: &Cue,
    clause_start: usize,
    sentence_end: usize,
) -> Option<Role> {
    match cue.shape {
        Shape::Imperative | Shape::Passive => None,
        Shape::Deontic => {
            let (before, after) = (
                &text[clause_start..cue.span.start],
                &text[cue.span.end..sentence_end],
            );
            // "If the Taoiseach means what he says, he should double it": a verb of saying
            // inside the condition reports nothing of the main clause.
            let main = subordinate_end(before);
            let verb_at = match SPEECH.find_iter(&before[main..]).last() {
                Some(m) => clause_start + main + m.start(),
                // "X should agree to …": the verb the modal governs is what is asked, not
                // a report of it.
                None => {
                    cue.span.end
                        + SPEECH
                            .find_iter(after)
                            .find(|m| {
                                // "it is time for X to say that …": the verb of saying asked for
                                // reports nothing.
                                !MODAL_ADVERBS.is_match(&after[..m.start()])
                                    && !after[..m.start()].trim_end().ends_with(" to")
                            })?
                            .start()
                }
            };
            let v = p.token_at(verb_at)?;
            let prev = v.checked_sub(1).map(|i| p.tokens[i].span.slice(text));
            if matches!(prev, Some("," | "”" | "\"" | "’"))
                && verb_at > cue.span.end
                && inverts(p.tokens[v].span.slice(text))
            {
                p.inverted_subject(text, v)
            } else if prev == Some(",") && p.tokens[v].span.slice(text).ends_with("ing") {
                // "X rejected the proposal, saying the gangs must be arrested": the
                // participle's subject is the clause's.
                (0..v - 1)
                    .rev()
                    .filter(|&k| p.tokens[k].tag == Upos::Verb)
                    .find_map(|k| p.subject(text, k))
            } else {
                p.subject(text, v)
            }
        }
        _ => {
            let v = p.token_at(cue.span.start)?;
            let verb = p.tokens[v].span.slice(text);
            let after_comma = v > 0 && p.tokens[v - 1].span.slice(text) == ",";
            if verb.ends_with("ing") && (after_comma || after_place_or_time(text, p, v)) {
                return (0..v - 1)
                    .rev()
                    .filter(|&k| p.tokens[k].tag == Upos::Verb)
                    .find_map(|k| p.subject(text, k));
            }
            // "the participants said Daesh “continues …” and stressed the need": a cue joined
            // by "and" shares the subject of the reporting verb before it, not that of a verb
            // quoted in between.
            let after_quote = v > 1 && matches!(p.tokens[v - 2].span.slice(text), "”" | "\"" | "’");
            if after_quote && p.tokens[v - 1].span.slice(text) == "and" {
                let before_and = p.tokens[v - 1].span.start;
                let from = p.tokens[0].span.start;
                let before = |at: usize| text.get(from..at).unwrap_or("");
                let reported = (0..v - 1).rev().find(|&k| {
                    let t = p.tokens[k];
                    t.tag == Upos::Verb
                        && SPEECH.is_match(t.span.slice(text))
                        && !inside_quotes(before(t.span.start))
                        && !inside_quotes(before(before_and))
                });
                if let Some(r) = reported.and_then(|k| p.subject(text, k)) {
                    return Some(r);
                }
            }
            if let Some(r) = p.subject(text, v) {
                // "The Senate on Tuesday adopted a resolution urging …": a document a
                // participle hangs on asks for whoever adopted or issued it, unless it names
                // its author ("a motion by MP X urging …").
                // So does a document a relative clause describes, whatever the clause's
                // verb: "adopted a resolution on Sri Lanka which calls on the Government to
                // …" (the resolution calls, not Sri Lanka).
                let phrase = r.span.slice(text).trim_start();
                let relative = text
                    .get(p.tokens[0].span.start..p.tokens[v].span.start)
                    .is_some_and(|head| DOCUMENT_THEN_WHICH.is_match(head));
                // "… led 27 colleagues in a letter to Secretary Blinken urging …": the
                // letter, not the one it went to, urges.
                let last_phrase = r
                    .chunks
                    .last()
                    .map_or(r.span.start, |&c| p.chunks[c].span.start);
                let addressed = verb.ends_with("ing")
                    && text
                        .get(p.tokens[0].span.start..last_phrase)
                        .is_some_and(|head| DOCUMENT_TO.is_match(head));
                let document = ((verb.ends_with("ing") && DOCUMENT_BACK.is_match(phrase))
                    || relative
                    || addressed)
                    && !IT.is_match(phrase)
                    && !text
                        .get(r.span.start..p.tokens[v].span.start)
                        .is_some_and(|upto| upto.contains(" by "));
                if document {
                    let first = p.chunks[r.chunks[0]].first;
                    if let Some(owner) = (0..first)
                        .rev()
                        .filter(|&k| p.tokens[k].tag == Upos::Verb)
                        .find_map(|k| p.subject(text, k))
                    {
                        return Some(owner);
                    }
                }
                return Some(r);
            }
            let light = (v.saturating_sub(3)..v)
                .rev()
                .find(|&k| p.tokens[k].tag == Upos::Verb)?;
            p.subject(text, light)
        }
    }
}

/// Where the main clause starts in `before`, the words from a clause's start to its cue:
/// after the comma that closes an opening "If …", "Unless …" or "Although …", else at 0.
fn subordinate_end(before: &str) -> usize {
    let lead = before.trim_start();
    let first = lead.split_whitespace().next().unwrap_or("").to_lowercase();
    if !matches!(
        first.as_str(),
        "if" | "unless" | "although" | "though" | "while" | "whereas" | "because" | "since"
    ) {
        return 0;
    }
    before.find(',').map_or(0, |c| c + 1)
}

/// "the participants said Daesh “continues …”": the party found first is what was said,
/// right after a verb of saying that has a subject of its own before it (not "…,” said
/// Mujahid"), so it is no speaker.
fn said_of(ctx: &Context, from: usize, subject: &[EntityIx]) -> bool {
    let Some(&first) = subject.first() else {
        return false;
    };
    let Some(r) = ctx
        .cast
        .refs_in(Span::new(from, ctx.span().end))
        .find(|r| r.entity == first)
    else {
        return false;
    };
    let before = ctx.text[from..r.span.start].trim_end();
    let verb = last_word(before);
    let rest = before[..before.len() - verb.len()].trim_end();
    Words::get().reporting_verbs.contains(verb)
        && !rest.is_empty()
        && !rest.ends_with([',', '"', '”', '’', '\''])
}

/// "Ukraine is rattled by protests calling for …": a participle of asking right after a
/// crowd or a placard speaks for whoever is behind them, whom the sentence does not name.
fn after_a_crowd(text: &str, cue: &Cue) -> bool {
    let verb = cue.span.slice(text);
    let first = verb.split_whitespace().next().unwrap_or("");
    let before = &text[..cue.span.start];
    first.ends_with("ing")
        && before.ends_with(' ')
        && !before.trim_end().ends_with(',')
        && Words::get().crowd_nouns.contains(last_word(before))
}

/// Whether a text that opens a sentence ends inside a quotation it opened.
fn inside_quotes(before: &str) -> bool {
    let opened = before.matches('“').count();
    let closed = before.matches('”').count();
    opened > closed || before.matches('"').count() % 2 == 1
}

/// The phrase a quotation is attributed to after it: "…,” the minister said" / "…,” said
/// Mujahid".
pub fn attribution_role(
    text: &str,
    p: &Parsed,
    quote_end: usize,
    sentence_end: usize,
) -> Option<Role> {
    let region = text.get(quote_end..sentence_end)?;
    let m = SPEECH
        .find(region)
        .map(|m| Span::new(m.start(), m.end()))
        .or_else(|| attribution_verb(region))?;
    if m.start > 80 {
        return None;
    }
    let v = p.token_at(quote_end + m.start)?;
    let prev = v.checked_sub(1).map(|i| p.tokens[i].span.slice(text));
    if matches!(prev, Some("," | "”" | "\"" | "’" | "'")) && inverts(p.tokens[v].span.slice(text))
    {
        p.inverted_subject(text, v)
    } else {
        p.subject(text, v)
    }
}

/// Whether a verb of saying may come before its subject ("…,” said the minister): "told"
/// never does, and what follows it is the one told ("…,” Wani's father, Nazir Ahmad Wani,
/// told Kashmir Observer").
fn inverts(verb: &str) -> bool {
    !matches!(
        verb.to_lowercase().as_str(),
        "told" | "tells" | "telling" | "informed" | "assured" | "reminded"
    )
}

/// Whether a subject points back to parties named before ("they", "both sides", "the
/// statement") rather than describing new ones.
pub fn points_back(subject: &str) -> bool {
    let s = subject.trim_start();
    if members_of(s).is_some() {
        return false;
    }
    if counted_states(s).is_some() {
        return true;
    }
    [
        &SINGULAR_BACK,
        &HONORIFIC_BACK,
        &PLURAL_BACK,
        &DOCUMENT_BACK,
        &PAIR_OF_PEOPLE,
        &GROUP_BACK,
        &ORGANIZATION_BACK,
        &STATE_BACK,
        &MEETING,
        &ITS_PEOPLE,
    ]
    .iter()
    .any(|re| re.is_match(s))
}

/// A body the text describes without naming: "A leading opposition group called for …",
/// or "The rebels urged …" in a story that named no armed group or body in the pages before
/// (the words point back to nothing). The phrase is a party of its own rather than a demand
/// without a speaker.
pub fn unnamed_body(cast: &Cast, subject: &str, at: usize) -> bool {
    let s = subject.trim_start();
    A_GROUP.is_match(s)
        || ((GROUP_BACK.is_match(s) || ORGANIZATION_BACK.is_match(s))
            && !cast
                .refs_starting_in(at.saturating_sub(REACH_BACK), at)
                .iter()
                .any(|r| {
                    matches!(
                        cast.entities[r.entity].kind,
                        ActorKind::Organization | ActorKind::ArmedGroup
                    )
                }))
}

/// "a leading Syrian opposition group", "an armed faction": a group only described.
static A_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)^an?\s+(?:[\w-]+\s+){{0,3}}{}\s*$",
        any_of_spaced(&[&Words::get().group_nouns])
    ))
});

/// The speaker by syntax: the subject of the cue's verb, or for a stated obligation the
/// subject of the reporting verb it hangs on ("X must …, the senator said"), resolved to
/// the parties it names or points back to.
fn syntactic(ctx: &Context, cue: &Cue, discourse: &Discourse) -> Option<Vec<EntityIx>> {
    let p = ctx.parsed?;
    let text = ctx.text;
    let role = speaker_role(text, p, cue, ctx.clause_start, ctx.span().end)?;
    if role.span.start < ctx.clause_start && cue.shape != Shape::Deontic {
        return None;
    }
    // "In a statement posted on Telegram, the group's spokesman, who …, demanded": a
    // platform something is posted on is no subject, however the parse reads the clause.
    let lx = crate::lexicon::Lexicon::get();
    let platform = |e: EntityIx| {
        matches!(ctx.cast.entities[e].key,
            crate::actors::Key::Org(o) if lx.orgs[o].class == crate::lexicon::OrgClass::Platform)
    };
    let in_role = named_in(ctx.cast, role.span);
    // (A stated obligation's subject may stand before the clause: nothing is posted there.)
    if !in_role.is_empty()
        && in_role.into_iter().all(platform)
        && text
            .get(ctx.clause_start..role.span.start)
            .is_some_and(|before| ON_A_PLATFORM.is_match(before))
    {
        return None;
    }
    // "The United Nations envoy for Sudan", "Norway's ambassador to Colombia", "the
    // Delegation of the European Union to Somalia": the party an envoy or a mission is sent
    // to is no part of who speaks.
    let sender = ENVOY_TO
        .captures(role.span.slice(text))
        .and_then(|c| c.get(1).or_else(|| c.get(2)))
        .map_or(role.span, |m| {
            Span::new(role.span.start, role.span.start + m.end())
        });
    // "The Platform of Women for Peace in Casamance implored …": a body's name that the
    // parse cut at a preposition is whole.
    let sender = ctx
        .cast
        .refs_starting_in(sender.start, sender.end)
        .iter()
        .filter(|r| {
            r.form == RefForm::Name && r.span.end > sender.end && r.span.end <= cue.span.start
        })
        .map(|r| r.span.end)
        .max()
        .map_or(sender, |end| Span::new(sender.start, end));
    // "Pakistani officials", "Kenyan and Ugandan officials" (the tagger reads the first
    // adjective as a name of its own): the states the officials speak for, beside any the
    // phrase names.
    let mut heads = role
        .chunks
        .iter()
        .filter(|&&c| p.chunks[c].span.end <= sender.end)
        .map(|&c| p.tokens[p.chunks[c].head].tag);
    // Kin speak for no state their relative's nationality names: "The family of a British
    // geologist" (where "the head of the Turkmen foreign policy department" speaks for
    // Turkmenistan).
    let first = p.chunks[role.chunks[0]];
    let first_head = p.tokens[first.head].span.slice(text).to_lowercase();
    let lists = Words::get();
    let kin = lists
        .personal_roles
        .contains(first_head.strip_suffix('s').unwrap_or(&first_head))
        || lists.kin_groups.contains(first_head.as_str());
    let states = if heads.next_back() == Some(Upos::Noun) {
        dedup(
            ctx.cast
                .refs_in(sender)
                .filter(|r| matches!(r.form, RefForm::Demonym | RefForm::Modifier))
                .filter(|r| !kin || r.span.end <= first.span.end)
                // "Paris-based Reporters Without Borders": where a body sits is not whom
                // it speaks for.
                .filter(|r| !text[r.span.end..].starts_with("-based"))
                // "Clan elders in Somalia's Hiiraan region", "heads of state meeting in the
                // Nigerian capital": a place's adjective names where, not who.
                // A reference running on past the first chunk ("the US Department of
                // State" over "The US") has no words between.
                .filter(|r| {
                    r.span.end <= first.span.end
                        || text
                            .get(first.span.end..r.span.start)
                            .is_none_or(|gap| !PLACE_BEFORE.is_match(gap))
                })
                .map(|r| r.entity),
        )
    } else {
        Vec::new()
    };
    let named: Vec<EntityIx> = without_home_states(ctx, named_in(ctx.cast, sender), sender)
        .into_iter()
        .filter(|&e| {
            ctx.cast
                .refs_in(sender)
                .any(|r| r.entity == e && !a_stance_towards(text, r.span))
        })
        .collect();
    if !named.is_empty() {
        return Some(dedup(named.into_iter().chain(states)));
    }
    if !states.is_empty() {
        return Some(states);
    }
    if p.chunks[role.chunks[0]].is_pronoun(&p.tokens) {
        let pronoun = role.span.slice(text).trim().to_lowercase();
        if let Some(who) = earlier_subject(ctx, p, role.span.start, &pronoun) {
            return Some(who);
        }
    }
    // "a motion by MP Bashir Maalim urging …", "a letter by the ministry calling for …",
    // "a video circulated on Telegram by the group called on …": a document's author,
    // named after "by" (past a participle and its place), asks through it.
    let first = p.chunks[role.chunks[0]];
    let head_word = p.tokens[first.head].span.slice(text).to_lowercase();
    let by = (first.last + 1..(first.last + 1 + AUTHOR_REACH).min(p.tokens.len()))
        .take_while(|&k| !matches!(p.tokens[k].span.slice(text), "," | ";" | ":"))
        .find(|&k| p.tokens[k].span.slice(text) == "by");
    if let Some(by) = by.filter(|_| Words::get().document_nouns.contains(head_word.as_str())) {
        if let Some(author) = crate::syntax::chunks::chunk_of(&p.chunks, by + 1) {
            let named = named_in(
                ctx.cast,
                p.chunks[author].with_of(text, &p.tokens, &p.chunks),
            );
            if !named.is_empty() {
                return Some(named);
            }
        }
    }
    // "Norway and Cuba issued a joint statement urging …": a document the clause's subject
    // put out asks for that subject, whoever spoke before.
    if Words::get().document_nouns.contains(head_word.as_str()) {
        let before = text.get(ctx.clause_start..role.span.end).unwrap_or("");
        if let Some(m) = PUBLISHED.find(before) {
            let publisher = subject(ctx, ctx.clause_start, ctx.clause_start + m.start());
            if !publisher.is_empty() {
                return Some(publisher);
            }
        }
    }
    // "The Islamic State claimed the attack, and in an editorial the group called on …": a
    // word for a group goes on with the group the sentence's earlier clause was about.
    if GROUP_BACK.is_match(role.span.slice(text).trim_start()) {
        let group = earlier_subject(ctx, p, role.span.start, "it").filter(|who| {
            who.iter()
                .all(|&e| ctx.cast.entities[e].kind == ActorKind::ArmedGroup)
        });
        if group.is_some() {
            return group;
        }
    }
    // "The group, formally known as Harakat al-Shabaab al-Mujahideen, warned": the
    // apposition between the subject and its verb names the group.
    let between = Span::new(role.span.end, cue.span.start.max(role.span.end));
    // "The group, which pledged allegiance to the Islamic State, demanded": a relative
    // clause describes the group, it does not name it.
    let relative = {
        let b = between
            .slice(text)
            .trim_start()
            .trim_start_matches(',')
            .trim_start();
        let first = b.split_whitespace().next().unwrap_or("").to_lowercase();
        matches!(first.as_str(), "which" | "who" | "whose" | "that")
    };
    if GROUP_BACK.is_match(role.span.slice(text).trim_start())
        && between.slice(text).trim_start().starts_with(',')
        && !relative
    {
        let apposed = ctx
            .cast
            .refs_in(between)
            .find(|r| ctx.cast.entities[r.entity].kind == ActorKind::ArmedGroup);
        if let Some(r) = apposed {
            return Some(vec![r.entity]);
        }
    }
    // "the ministry in Cairo stresses …": where a body sits says nothing of which it is.
    let phrase = role.span.slice(text);
    let phrase = SEAT_AFTER
        .captures(phrase)
        .and_then(|c| c.get(1))
        .map_or(phrase, |m| m.as_str());
    let back = resolve_back(ctx, phrase, role.span.start, discourse);
    (!back.is_empty()).then_some(back)
}

/// Words that open a phrase of place: "in", "at", "near".
static PLACE_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"\b(?:in|at|near|across|inside)\s"));

/// A phrase and the place it sits in: "the ministry in Cairo", "the embassy in Kabul".
static SEAT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(\s*(?i:the)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+in\s+(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,2}\s*$",
    )
});

/// The parties `span` gives a document to ([`given_to`]), unless they only tabled or
/// drafted it and the text has said who issued it: "The General Assembly adopted a
/// resolution …. The resolution, tabled by the OIC and the EU, calls on …" is the
/// Assembly's.
fn signers_of(ctx: &Context, span: Span, issuer: &[EntityIx]) -> Vec<EntityIx> {
    let proposed = GIVEN_BY_ALONE.find(span.slice(ctx.text)).is_some_and(|m| {
        let verb = m.as_str().to_lowercase();
        ["tabled", "moved", "drafted", "authored"]
            .iter()
            .any(|p| verb.starts_with(p))
    });
    if proposed && !issuer.is_empty() {
        return Vec::new();
    }
    given_to(ctx, span)
}

/// The parties a document in `span` is given to: "a statement signed by …", "a message
/// attributed to JNIM".
fn given_to(ctx: &Context, span: Span) -> Vec<EntityIx> {
    let Some(m) = given_to_match(ctx.text, span) else {
        return Vec::new();
    };
    let from = Span::new(m.end, (m.end + 150).min(span.end));
    dedup(
        ctx.cast
            .refs_in(from)
            .filter(|r| matches!(r.form, RefForm::Name | RefForm::Person))
            .map(|r| r.entity),
    )
}

/// "He insisted that Daesh had been defeated and called on the GCC states to …": an asking
/// verb joined by "and" after a reported clause whose own verb is an auxiliary goes on
/// from the verb of saying, whose subject asks, not the reported clause's ("Daesh"); so
/// does one with a pronoun of its own after a phrase of where it was said ("Europol said in
/// its annual report that groups in Italy and Greece were the most active, and it urged
/// …").
fn asks_past_a_reported_clause(
    ctx: &Context,
    cue: &Cue,
    discourse: &Discourse,
) -> Option<Vec<EntityIx>> {
    static REPORTED_THEN_JOINED: LazyLock<Regex> = LazyLock::new(|| {
        let w = Words::get();
        crate::text::pattern::regex(&format!(
            r"(?i)\b(?:{})\s+(?:[^;:.!?]{{1,60}}?\s)?that\s+[^;:.!?]{{1,80}}?\s(?:had|has|have|was|were|is|are)\b[^;:.!?]*?,?\s+and\s+(?:(?:it|he|she|they)\s+)?(?:also\s+|then\s+)?$",
            any_of(&[&w.reporting_verbs, &w.speaker_verbs])
        ))
    });
    let text = ctx.text;
    // Most cues follow no "and": the pattern runs only for those that do.
    let lead = text[..cue.span.start].trim_end();
    if ![
        "and", "also", "then", "and it", "and he", "and she", "and they",
    ]
    .iter()
    .any(|w| lead.ends_with(w))
    {
        return None;
    }
    // The reported clause opens a clause of its own: the sentence's start is where the
    // verb of saying may stand.
    let from = ctx.span().start.min(cue.span.start);
    let verb = from
        + REPORTED_THEN_JOINED
            .find(&text[from..cue.span.start])?
            .start();
    let who = subject(ctx, from, verb);
    // "We note that … have begun …, and encourage …": the writers' "we" is the document's
    // voice, which the caller reads.
    if who.is_empty() && said_in_the_first_person(&text[from..verb]) {
        return None;
    }
    let who = if who.is_empty() {
        resolve_back(ctx, &text[from..verb], verb, discourse)
    } else {
        who
    };
    (!who.is_empty()).then_some(who)
}

/// "…, the State Department said as it ramped up …": a pronoun subject stands for the
/// nearest named subject before it in the same sentence that it can stand for: "he" and
/// "she" for a person, "it" for anything but one ("FARC claims …, but he said" is not
/// FARC speaking).
fn earlier_subject(
    ctx: &Context,
    p: &Parsed,
    before: usize,
    pronoun: &str,
) -> Option<Vec<EntityIx>> {
    let text = ctx.text;
    let person = |e: &EntityIx| ctx.cast.entities[*e].kind == ActorKind::Person;
    // "we" and "I" are the one speaking, never a party the sentence names before them
    // ("Sinai Province has attacked foreigners before, and we call on …").
    let fits = |who: &Vec<EntityIx>| match pronoun {
        "he" | "she" => who.iter().all(person),
        "it" => !who.iter().any(person),
        "we" | "i" => false,
        _ => true,
    };
    // "Japan's representative said she hoped …": a person by the head of their role
    // speaks for the party named in the phrase, whom "he" or "she" then stands for.
    let one_person = |r: &crate::syntax::clause::Role| {
        let head = p.tokens[p.chunks[r.chunks[0]].head].span.slice(text);
        let words = Words::get();
        let lx = crate::lexicon::Lexicon::get();
        let role = words.is_person_head(head)
            || [
                crate::lexicon::TitleKind::Office,
                crate::lexicon::TitleKind::Generic,
            ]
            .into_iter()
            .any(|kind| lx.title(head, kind).is_some());
        matches!(pronoun, "he" | "she")
            && head.starts_with(char::is_lowercase)
            && !head.ends_with('s')
            && role
    };
    let at = p.token_at(before)?;
    (0..at)
        .rev()
        .filter(|&k| matches!(p.tokens[k].tag, Upos::Verb | Upos::Aux))
        .filter_map(|k| p.subject(text, k))
        .filter(|r| !p.chunks[r.chunks[0]].is_pronoun(&p.tokens))
        .map(|r| (named_in(ctx.cast, r.span), r))
        .find(|(who, _)| !who.is_empty())
        .filter(|(who, r)| fits(who) || one_person(r))
        .map(|(who, _)| who)
}

/// Who made the demand of `cue`, or `None` when nobody can be named.
pub fn speakers(ctx: &Context, cue: &Cue, discourse: &Discourse) -> Option<Vec<EntityIx>> {
    let s = ctx.span();
    if let Some(author) = author_of_the_document_in_which(ctx, cue) {
        return Some(with_affiliations(ctx.cast, author));
    }
    if let Some(who) = possessor(ctx, cue, discourse) {
        return Some(with_affiliations(ctx.cast, who));
    }
    if after_a_crowd(ctx.text, cue) {
        return None;
    }
    if ctx.quote.is_none_or(|q| is_fragment(ctx.text, q, s)) {
        if let Some(who) = asks_past_a_reported_clause(ctx, cue, discourse) {
            return Some(with_affiliations(ctx.cast, who));
        }
        if let Some(who) = syntactic(ctx, cue, discourse) {
            return Some(with_affiliations(ctx.cast, who));
        }
    }
    // "The communiqué also “urges the parties to …”": a quotation that opens on the cue's
    // verb, run into the sentence that names its subject, is asked by that subject as if
    // the marks were not there.
    // Not after another quotation of the sentence, whose subject it shares ("It also “urges
    // …” and “requests …”"), nor in a clause after "that", whose subject is the one asked
    // ("desired that the Ministry “impress upon …”").
    let opens_on_the_cue = |q: Span| {
        let before = ctx.text.get(s.start..q.start).unwrap_or_default();
        is_fragment(ctx.text, q, s)
            && ctx.text[q.start..cue.span.start]
                .chars()
                .all(|c| !c.is_alphanumeric())
            && !before.contains(['"', '“', '”'])
            && !before.split_whitespace().any(|w| w == "that")
    };
    let unquoted = || {
        let text = ctx.text;
        let head_end = match cue.shape {
            Shape::Deontic => SPEECH
                .find_iter(&text[ctx.clause_start..cue.span.start])
                .last()
                .map(|m| ctx.clause_start + m.start()),
            _ => Some(cue.span.start),
        };
        let mut who = Vec::new();
        if let Some(end) = head_end {
            who = subject(
                ctx,
                participle_clause(text, ctx.clause_start, cue).unwrap_or(ctx.clause_start),
                end,
            );
            if who.is_empty() {
                who = subject_back(ctx, ctx.clause_start, end, discourse);
            }
        }
        if who.is_empty() {
            who = according_to(ctx, cue, discourse);
        }
        if who.is_empty() {
            who = attribution_after(ctx, cue.span.end, s.end, None, discourse);
        }
        who
    };
    let run_in = ctx
        .quote
        .filter(|&q| opens_on_the_cue(q))
        .map(|_| unquoted())
        .unwrap_or_default();
    let found = match ctx.quote {
        _ if !run_in.is_empty() => run_in,
        Some(q) => {
            if let Some(itself) = named_asker_in_quote(ctx, cue, q) {
                let who = dedup(itself.into_iter().chain(attribution(ctx, q, discourse)));
                return Some(with_affiliations(ctx.cast, who));
            }
            let mut who = attribution(ctx, q, discourse);
            if who.is_empty() {
                who = run_introduced(ctx, q, discourse);
            }
            // A quotation given to someone new that the text names no party for ("…,” a sign
            // carried by one of the demonstrators said) is theirs, not the discourse's speaker's.
            if who.is_empty() && !given_to_someone_new(ctx.text, q.end) {
                let before = attributed_before(ctx, q, discourse);
                if before.is_empty() {
                    // "Yıldız had one more request. “It is time for Ankara to …”": a
                    // quotation opening its sentence goes on with the one person the
                    // sentence before, in its paragraph, was about.
                    let opens = ctx
                        .text
                        .get(ctx.span().start..q.start)
                        .is_some_and(|lead| lead.trim().is_empty());
                    match discourse.subject_just_before(ctx) {
                        Some(&[e]) if opens && ctx.cast.entities[e].kind == ActorKind::Person => {
                            vec![e]
                        }
                        _ => discourse.speakers.clone(),
                    }
                } else {
                    before
                }
            } else {
                who
            }
        }
        None => unquoted(),
    };
    (!found.is_empty()).then(|| with_affiliations(ctx.cast, found))
}

/// A modal before an "and" that opens another obligation: "the rebels must stop attacking
/// the border and Baghdad must expel the PKK", "must be held accountable and must respect
/// …".
static OBLIGATION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"\b(?:must|should|ought\s+to|(?:has|have|need|needs)\s+to)\b")
});

/// Where a second obligation of the sentence starts: after the last "and" that follows a
/// modal of the clause before, when a subject of its own follows it ("and Baghdad must");
/// one that shares the first's ("and must respect …") has its subject's clause.
pub fn coordinated_obligation(head: &str) -> Option<usize> {
    let and = head.rfind(" and ")?;
    let after = and + " and ".len();
    (OBLIGATION_BEFORE.is_match(&head[..and]) && !head[after..].trim().is_empty()).then_some(after)
}

/// "According to X," opening the sentence of a cue no subject asks: "According to Sablin,
/// it is time for the Security Council to review …", "According to the statement, all
/// parties must …". What follows is X's, as if X had said it.
static ACCORDING_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"(?i)^\s*according\s+to\s+([^,;:\n]{1,80}?)\s*,")
});

/// The parties of an [`ACCORDING_TO`] opening the cue's sentence, before the cue.
fn according_to(ctx: &Context, cue: &Cue, discourse: &Discourse) -> Vec<EntityIx> {
    let s = ctx.span();
    let Some(who) = ACCORDING_TO
        .captures(&ctx.text[s.start..cue.span.start])
        .and_then(|c| c.get(1))
    else {
        return Vec::new();
    };
    let phrase = Span::new(s.start + who.start(), s.start + who.end());
    let named = named_in(ctx.cast, phrase);
    if !named.is_empty() {
        return named;
    }
    let subject = match phrase.slice(ctx.text).to_lowercase().as_str() {
        "him" => "he".to_string(),
        "her" => "she".to_string(),
        "them" => "they".to_string(),
        other => other.to_string(),
    };
    resolve_back(ctx, &subject, phrase.start, discourse)
}

/// How many quotations back in its paragraph an unattributed one looks for its speaker.
const QUOTES_BACK: usize = 3;

/// "“He called me on Wednesday,” she said. “Please, bring him home.”": a quotation given
/// to no one goes on with the speaker of the quotation before it in its paragraph.
fn attributed_before(ctx: &Context, q: Span, discourse: &Discourse) -> Vec<EntityIx> {
    let paragraph = ctx.sentences[ctx.sentence].paragraph;
    let earlier = discourse.quotes.partition_point(|p| p.start < q.start);
    // A name or a phrase in quotation marks ("the call sign “Kaluga”") is nobody's speech.
    let spoken = |q: &&Span| q.slice(ctx.text).split_whitespace().count() >= 4;
    for prev in discourse.quotes[..earlier]
        .iter()
        .rev()
        .filter(spoken)
        .take(QUOTES_BACK)
    {
        let at = ctx.sentences.partition_point(|s| s.span.end <= prev.start);
        let Some(sentence) = ctx.sentences.get(at).filter(|s| s.paragraph == paragraph) else {
            break;
        };
        // Read where that quotation stands, as if it were the one asking.
        let there = Context {
            sentence: at,
            clause_start: sentence.span.start,
            clause_end: sentence.span.end,
            quote: Some(*prev),
            parsed: None,
            ..*ctx
        };
        let who = attribution(&there, *prev, discourse);
        if !who.is_empty() {
            return who;
        }
    }
    Vec::new()
}

/// "“Hurriyat urges the Government of India to …,” the statement said": a body quoted
/// naming itself as the subject of its asking verb speaks, beside whoever the quotation is
/// given to. Only an asking verb's subject asks: a stated obligation's ("“Israel must …”")
/// is the one asked.
fn named_asker_in_quote(ctx: &Context, cue: &Cue, q: Span) -> Option<Vec<EntityIx>> {
    if !matches!(cue.shape, Shape::Object | Shape::Open) {
        return None;
    }
    let p = ctx.parsed?;
    let from = ctx.clause_start.max(q.start);
    let role = speaker_role(ctx.text, p, cue, from, ctx.span().end)?;
    if role.span.start < q.start || p.chunks[role.chunks[0]].is_pronoun(&p.tokens) {
        return None;
    }
    let named = named_in(ctx.cast, role.span);
    (!named.is_empty()).then_some(named)
}

/// "welcomed Washington's pressure on Baghdad to …", "the EU's call for": a cue used as a
/// noun is its possessor's, whoever the sentence's subject is.
fn possessor(ctx: &Context, cue: &Cue, discourse: &Discourse) -> Option<Vec<EntityIx>> {
    let start = ctx.span().start;
    // "Her call for a ban …": the pronoun takes up whom it would as a subject.
    let pronoun = cue
        .span
        .slice(ctx.text)
        .split_whitespace()
        .next()
        .and_then(|w| match w {
            "His" => Some("he"),
            "Her" => Some("she"),
            "Its" => Some("it"),
            "Their" => Some("they"),
            _ => None,
        });
    if let Some(p) = pronoun {
        let who = resolve_back(ctx, p, cue.span.start, discourse);
        return (!who.is_empty()).then_some(who);
    }
    // "the request of the Government of X for …": the party after "of" makes it; a call of
    // no one named asks for no one here.
    let written = cue.span.slice(ctx.text);
    let nominal_of = matches!(
        written
            .split_whitespace()
            .next()
            .unwrap_or("")
            .to_lowercase()
            .as_str(),
        "request" | "requests" | "call" | "calls" | "appeal" | "appeals" | "demand" | "demands"
    );
    if let Some(of) = written.find(" of ").filter(|_| nominal_of) {
        let maker = Span::new(cue.span.start + of, cue.span.end);
        return Some(named_in(ctx.cast, maker));
    }
    // "pressure from Paris and Berlin (on Bamako) to …": the parties after "from", up to the
    // one pressed; pressure from no one named ("from its partners") is no one's here, not
    // the sentence subject's, who is the one pressed.
    if let Some(from) = written
        .strip_prefix("pressure from ")
        .or_else(|| written.strip_prefix("Pressure from "))
    {
        let start = cue.span.end - from.len();
        let end = from.find(" on ").map_or(cue.span.end, |on| start + on);
        return Some(named_in(ctx.cast, Span::new(start, end)));
    }
    // The cue may hold the "'s" itself ("Turkey's demand to …"), or a plural's "s'" ("the
    // Houthis' demand for …"), whose "s" ends the name.
    let plural = ["s'", "s’"]
        .iter()
        .any(|p| cue.span.slice(ctx.text).starts_with(p));
    let before = if plural {
        &ctx.text[start..cue.span.start + 1]
    } else {
        ctx.text[start..cue.span.start].trim_end()
    };
    let owns = plural || cue.span.slice(ctx.text).starts_with(['\'', '’']);
    let owner = before
        .strip_suffix("’s")
        .or_else(|| before.strip_suffix("'s"))
        .or_else(|| owns.then_some(before))?;
    // The party whose name ends right at the "'s".
    let end = start + owner.len();
    let named = ctx
        .cast
        .refs_in(Span::new(start, end))
        .filter(|r| r.span.end == end)
        .find(|r| matches!(r.form, RefForm::Name | RefForm::Person | RefForm::Demonym))
        .map(|r| vec![r.entity]);
    if named.is_some() {
        return named;
    }
    // "the abductors' demand", "the neighbours' demand": a plural noun's is no one named,
    // nor the sentence's subject ("the Conservatives support the shipowners' demand").
    if plural {
        return Some(Vec::new());
    }
    // "The ministry's call on New Delhi to …", "the government's appeal to donors …": a
    // possessor the text names only by what it is points back as the same words would as
    // a subject.
    let m = DESCRIBED_OWNER.find(owner)?;
    let who = resolve_back(ctx, &owner[m.start()..], start + m.start(), discourse);
    (!who.is_empty()).then_some(who)
}

/// The possessor phrase [`possessor`] points back from: "the", "its" or "their" and a word or
/// two, ending at the "'s".
static DESCRIBED_OWNER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"(?i)\b(?:the|its|their)\s+(?:[a-z-]+\s+)?[a-z-]+$")
});

/// "Urrego said the ELN “must explain” the attack": a few quoted words inside a reported
/// clause are the reporting verb's subject's, like the clause around them; so are a
/// document's quoted words run into the sentence that names it ("the resolution “calls
/// upon the Government to …”").
fn is_fragment(text: &str, quote: Span, sentence: Span) -> bool {
    let inner = text[quote.start..quote.end]
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_lowercase);
    inner
        && quote.start > sentence.start
        && text.get(sentence.start..quote.start).is_some_and(|before| {
            SPEECH.is_match(before) || !before.trim_end().ends_with([':', ','])
        })
}

/// "…a day after France delivered a rebuke, demanding that …": a participle cue's
/// speaker is the subject of the clause it hangs on, which starts after the last
/// conjunction before its comma.
fn participle_clause(text: &str, sentence_start: usize, cue: &Cue) -> Option<usize> {
    let verb = cue.span.slice(text);
    let head = text[sentence_start..cue.span.start].trim_end();
    if !verb
        .to_lowercase()
        .split_whitespace()
        .next()?
        .ends_with("ing")
        || !head.ends_with(',')
    {
        return None;
    }
    CONJUNCTION
        .find_iter(head)
        .last()
        .map(|m| sentence_start + m.end())
}

static CONJUNCTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:after|when|as|while|because|but|and|since|before|where)\s+|;\s*",
    )
});

/// "…,” a sign carried by one of the demonstrators said": a quotation whose attribution
/// introduces its source with an indefinite article.
fn given_to_someone_new(text: &str, quote_end: usize) -> bool {
    let mut end = text.len().min(quote_end + 200);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    // The quotation's own line: a paragraph after it ("¶ A journalist asked …") gives it
    // to no one.
    let rest = text[quote_end..end].split('\n').next().unwrap_or("");
    let Some(verb) = SPEECH.find(rest) else {
        return false;
    };
    let subject = rest[..verb.start()]
        .trim_start_matches(|c: char| c.is_whitespace() || ",”\"’'".contains(c))
        .to_lowercase();
    // "…,” a joint statement issued after the talks said" is the parties' own document.
    let document = subject
        .split_whitespace()
        .take(4)
        .any(|w| Words::get().document_nouns.contains(w));
    !document
        && ["a ", "an ", "one ", "another "]
            .iter()
            .any(|d| subject.starts_with(d))
}

/// The party a quotation is given to: "…,” the participants said" or "X said: “…".
fn attribution(ctx: &Context, q: Span, discourse: &Discourse) -> Vec<EntityIx> {
    let text = ctx.text;
    // The sentences are in order: the ones holding the quotation's ends are found by
    // binary search, so a document of many quotations is not walked for each.
    let sentences = ctx.sentences;
    let after_end = sentences
        .get(sentences.partition_point(|s| s.span.end < q.end))
        .filter(|s| s.span.start <= q.end)
        .map_or(q.end, |s| s.span.end);
    let after = attribution_after(ctx, q.end, after_end, Some(q.start), discourse);
    if !after.is_empty() {
        return after;
    }
    let before_start = sentences
        .get(sentences.partition_point(|s| s.span.end <= q.start))
        .filter(|s| s.span.start <= q.start)
        .map_or(q.start, |s| s.span.start);
    let lead = &text[before_start..q.start];
    // "WFP: ‘It is time to let our trucks through’": a headline's label right before the
    // quotation is who says it.
    // Only a name is a label: "He said in Kabul: “…”" is not Kabul's.
    let a_name = |l: &str| {
        let particles = &Words::get().name_particles;
        l.len() <= LABEL_REACH
            && !l.contains(['.', ',', ';', ':', '"', '“', '”'])
            && l.split_whitespace().all(|w| {
                w.starts_with(char::is_uppercase)
                    || matches!(w, "of" | "the" | "and" | "for")
                    || particles.contains(w)
            })
    };
    if let Some(label) = lead.trim_end().strip_suffix(':').filter(|l| a_name(l)) {
        let start = before_start + (label.len() - label.trim_start().len());
        let said_by = named_in(ctx.cast, Span::new(start, before_start + label.len()));
        if !said_by.is_empty() {
            return said_by;
        }
    }
    if SPEECH.is_match(lead) || lead.trim_end().ends_with(':') {
        // "Asked whether Pakistan figured in the talks, Dewan said: “…”": the party of an
        // adverbial before the subject is not who speaks.
        let after_adverbial = LEADING_ADVERBIAL
            .find(lead)
            .map(|m| subject(ctx, before_start + m.end(), q.start))
            .unwrap_or_default();
        if !after_adverbial.is_empty() {
            return after_adverbial;
        }
        let who = subject(ctx, before_start, q.start);
        if !who.is_empty() {
            return who;
        }
        // "A Taliban spokesman said: “…”": the party qualifying the one who speaks.
        if let Some(verb) = SPEECH.find(lead) {
            let described =
                qualified_by_parties(ctx, Span::new(before_start, before_start + verb.start()));
            if !described.is_empty() {
                return described;
            }
        }
        // "Asked about the letter, she said: “…”": the subject is the words before the verb
        // of saying, after any clause leading to them.
        let subject_words = SPEECH.find(lead).map_or(lead, |verb| &lead[..verb.start()]);
        let subject_words = subject_words.rsplit(',').next().unwrap_or(subject_words);
        let who = resolve_back(ctx, subject_words.trim(), q.start, discourse);
        if !who.is_empty() {
            return who;
        }
        return resolve_back(ctx, lead, q.start, discourse);
    }
    // A long quotation runs on into the next paragraph with a fresh opening mark and is
    // attributed where it finally closes.
    match continued(text, q) {
        Some(next) => attribution(ctx, next, discourse),
        None => Vec::new(),
    }
}

/// How long a label before a quotation may be ("WFP:", "UN Secretary-General António
/// Guterres:").
const LABEL_REACH: usize = 60;

/// How many paragraphs back a quotation left open is followed to where it opened.
const RUN_REACH: usize = 40;

/// The party that introduced the quotation `q` continues, paragraph after paragraph, each
/// opening on a fresh mark and the one before left open: "The governments of A, B and C
/// today issued the following statement:" and the statement's every paragraph, whoever
/// those paragraphs report as asking something ("the appeals made by the Council of
/// Elders, which asked …") in between.
fn run_introduced(ctx: &Context, q: Span, discourse: &Discourse) -> Vec<EntityIx> {
    let text = ctx.text;
    let quotes = &discourse.quotes;
    let mut first = q;
    for _ in 0..RUN_REACH {
        let i = quotes.partition_point(|p| p.end <= first.start);
        let Some(&before) = i.checked_sub(1).and_then(|i| quotes.get(i)) else {
            break;
        };
        let gap = &text[before.end..first.start];
        let left_open = !text[before.start..before.end]
            .trim_end()
            .ends_with(['”', '"']);
        if !(left_open && gap.contains("\n\n") && gap.trim().is_empty()) {
            break;
        }
        first = before;
    }
    if first == q {
        return Vec::new();
    }
    // The paragraph before the run's first: its last sentence, ending on a colon; else
    // whoever the first quotation is given to where it opens.
    let lead = text[..first.start].trim_end();
    if !lead.ends_with(':') {
        return attribution(ctx, first, discourse);
    }
    let from = lead
        .rfind("\n")
        .map_or(0, |p| p + 1)
        .max(lead.len().saturating_sub(600));
    subject(ctx, ceil_char(text, from), lead.len())
}

/// The next paragraph's quotation that continues `q`, left open at its paragraph's end:
/// from its opening mark to its closing one.
fn continued(text: &str, q: Span) -> Option<Span> {
    let inner = text[q.start..q.end].trim_end();
    if inner.ends_with(['”', '"']) {
        return None;
    }
    let rest = &text[q.end..];
    let lead = rest.len() - rest.trim_start().len();
    let open = q.end + lead;
    let mark = text[open..]
        .chars()
        .next()
        .filter(|c| matches!(c, '“' | '"'))?;
    let body = open + mark.len_utf8();
    // A paragraph's worth at most: a text with no breaks is not searched to its end for
    // every quotation.
    let mut reach = (body + 4000).min(text.len());
    while !text.is_char_boundary(reach) {
        reach -= 1;
    }
    let paragraph_end = text[body..reach].find("\n\n").map_or(reach, |i| body + i);
    let (close, mark) = text[body..paragraph_end]
        .char_indices()
        .find(|&(_, c)| matches!(c, '”' | '"'))?;
    Some(Span::new(open, body + close + mark.len_utf8()))
}

/// "…, said X", "…, X said", "…, according to X", "…, the statement said".
fn attribution_after(
    ctx: &Context,
    from: usize,
    to: usize,
    quote_start: Option<usize>,
    discourse: &Discourse,
) -> Vec<EntityIx> {
    let text = ctx.text;
    let region = &text[from..to];
    // "…,” the statement said": the verb, not the document that says it.
    let documents = &Words::get().document_nouns;
    // "called on Pakistan and India to agree to a truce": an infinitive is what is asked,
    // not who says it.
    // "all UN Member States", "the United States": a capitalised word inside a name is no
    // verb.
    let said = SPEECH
        .find_iter(region)
        .find(|m| {
            // The cue's own "to" counts: "must agree …", "needs to agree a protocol with the
            // PSNI" asks an agreement, it reports none.
            let before = last_word(&text[..from + m.start()]);
            !documents.contains(m.as_str().to_lowercase().as_str())
                && !["to", "must", "should", "shall"]
                    .iter()
                    .any(|w| before.eq_ignore_ascii_case(w))
                && (!m.as_str().starts_with(char::is_uppercase)
                    || !before.starts_with(char::is_uppercase))
        })
        .map(|m| Span::new(m.start(), m.end()));
    let Some(verb) = said.or_else(|| attribution_verb(region)) else {
        return Vec::new();
    };
    let verb_at = from + verb.start;
    // "…,” Xinhua quoted him as saying": the one quoted speaks, not the agency.
    if let Some(m) = QUOTED_AS_SAYING
        .captures(&region[verb.end..])
        .and_then(|c| c.get(1))
    {
        let at = from + verb.end;
        let object = Span::new(at + m.start(), at + m.end());
        let named = named_in(ctx.cast, object);
        if !named.is_empty() {
            return named;
        }
        // The object's pronoun stands for whom its subject form would.
        let pronoun = match object.slice(text).to_lowercase().as_str() {
            "him" => "he",
            "her" => "she",
            "them" => "they",
            _ => object.slice(text),
        };
        return resolve_back(ctx, pronoun, quote_start.unwrap_or(verb_at), discourse);
    }
    // "The spokesman warned elders against cooperating with the commission and said …":
    // a verb after "and" goes on with the sentence's subject; a party before it is no
    // speaker, and only "said X" may still name one.
    let coordinated = ["and", "also", "then", "but"]
        .iter()
        .any(|w| last_word(&region[..verb.start]).eq_ignore_ascii_case(w));
    // "X said": the party right before the verb, in the same clause.
    let clause_start = text[from..verb_at]
        .char_indices()
        .rev()
        .find(|&(_, c)| matches!(c, ',' | '”' | '"' | ';' | '—'))
        .map_or(from, |(p, c)| from + p + c.len_utf8());
    let before: Vec<EntityIx> = without_kin_possessors(
        ctx,
        ctx.cast
            .refs_in(Span::new(clause_start, verb_at))
            .filter(|r| matches!(r.form, RefForm::Name | RefForm::Person))
            .collect(),
    )
    .into_iter()
    .map(|r| r.entity)
    .collect();
    if !before.is_empty() && !coordinated {
        let mut out = Vec::new();
        for e in before {
            if !out.contains(&e) {
                out.push(e);
            }
        }
        return out;
    }
    let described = qualified_by_parties(ctx, Span::new(clause_start, verb_at));
    if !described.is_empty() && !coordinated {
        return described;
    }
    // "“I expect … Secretary Kerry to …,” he added": "he" is someone named before the
    // quotation, never someone it names.
    let back = resolve_back(
        ctx,
        &text[clause_start..verb_at],
        quote_start.unwrap_or(verb_at),
        discourse,
    );
    if !back.is_empty() && !coordinated {
        return back;
    }
    // "…,” Senator X, a Texas Republican who …, said": the verb closes a parenthesis after
    // the name; the speaker is the person or party the attribution opens with.
    if text[clause_start..verb_at].trim().is_empty() && clause_start > from {
        // "…,” the senator representing Borno North, Bukar Modu, said": a person set off by
        // commas right before the verb is the one the description introduced.
        let apposed = ctx
            .cast
            .refs_in(Span::new(from, clause_start))
            .filter(|r| r.form == RefForm::Person)
            .last()
            .filter(|r| {
                text[r.span.end..clause_start].trim() == ","
                    && text[from..r.span.start].trim_end().ends_with(',')
            });
        if let Some(r) = apposed {
            return vec![r.entity];
        }
        let opening = ctx
            .cast
            .refs_in(Span::new(from, clause_start))
            .find(|r| matches!(r.form, RefForm::Name | RefForm::Person))
            .filter(|r| {
                text[from..r.span.start]
                    .trim_matches(|c: char| c == ',' || c.is_whitespace())
                    .split_whitespace()
                    .count()
                    <= 3
            });
        if let Some(r) = opening {
            return vec![r.entity];
        }
    }
    // "said X" / "according to X".
    let after_verb = Span::new(
        from + verb.end,
        floor_char(text, to.min(from + verb.end + 120)),
    );
    // "wrote on his Telegram channel", "said in Geneva": a place or a medium after the
    // verb is none of its subject.
    let where_said = |r: &&Ref| {
        text[after_verb.start..r.span.start]
            .split_whitespace()
            .any(|w| matches!(w, "on" | "in" | "at" | "from" | "via" | "through"))
    };
    let named: Vec<EntityIx> = without_kin_possessors(
        ctx,
        ctx.cast
            .refs_in(after_verb)
            .filter(|r| matches!(r.form, RefForm::Name | RefForm::Person))
            .take(2)
            .collect(),
    )
    .into_iter()
    .take(1)
    .filter(|r| !where_said(r))
    .map(|r| r.entity)
    .collect();
    if !named.is_empty() {
        return named;
    }
    // "…,” said a Qatari diplomat.": the phrase up to the clause's end.
    let rest = &text[after_verb.start..after_verb.end];
    let phrase_end = rest.find([',', '.', ';', '”', '"']).unwrap_or(rest.len());
    qualified_by_parties(
        ctx,
        Span::new(after_verb.start, after_verb.start + phrase_end),
    )
}

/// "Yemen's Houthi movement", "Colombia's ELN rebels": the state before an armed group's
/// name only says where the group fights; the group speaks, not the state.
fn without_home_states(ctx: &Context, named: Vec<EntityIx>, span: Span) -> Vec<EntityIx> {
    let refs: Vec<&Ref> = ctx.cast.refs_in(span).collect();
    let home: Vec<EntityIx> = refs
        .windows(2)
        .filter(|w| places(ctx, w[0], w[1]))
        .map(|w| w[0].entity)
        .collect();
    named.into_iter().filter(|e| !home.contains(e)).collect()
}

/// Whether `state` is written as the possessor of the armed group `group` right after it
/// ("Yemen's Houthi movement"), or of a party of its people who are not its government
/// ("Colombia's Catholic bishops").
fn places(ctx: &Context, state: &Ref, group: &Ref) -> bool {
    state.span.end <= group.span.start
        && matches!(
            ctx.cast.entities[state.entity].key,
            crate::actors::Key::Country(_)
        )
        && matches!(
            ctx.text[state.span.end..group.span.start].trim(),
            "'s" | "’s"
        )
        && (ctx.cast.entities[group.entity].kind == ActorKind::ArmedGroup
            || of_its_people(ctx.cast, group.entity))
}

/// Whether `e` is a party the text described by a noun of a country's people who are not
/// its government ("Colombia's Catholic bishops") or named as one of its civil bodies
/// ("Colombia's Episcopal Conference"): the state's name only places it.
fn of_its_people(cast: &Cast, e: EntityIx) -> bool {
    let entity = &cast.entities[e];
    let lists = Words::get();
    matches!(entity.key, crate::actors::Key::Described(_))
        && entity
            .name
            .split_whitespace()
            .next_back()
            .is_some_and(|head| {
                lists.civil_heads.contains(head) || lists.civil_bodies.contains(head)
            })
}

/// The words between `possessor`'s "'s" and `named`, when `possessor` is written as one.
fn possessed<'t>(ctx: &Context<'t>, possessor: &Ref, named: &Ref) -> Option<&'t str> {
    let between = ctx.text.get(possessor.span.end..named.span.start)?;
    between
        .strip_prefix("'s ")
        .or_else(|| between.strip_prefix("’s "))
}

/// Whether `named` is set off by a comma after "`kin`'s … <relation>" ("Al-Qaeda's Sahel
/// affiliate, JNIM", "the Islamic State's local branch, ISWAP").
fn kin_named(ctx: &Context, kin: &Ref, named: &Ref) -> bool {
    let Some(rest) = possessed(ctx, kin, named) else {
        return false;
    };
    let Some((phrase, after)) = rest.split_once(',') else {
        return false;
    };
    let after = after.trim();
    let relations = &Words::get().group_relations;
    phrase.split_whitespace().count() <= 4
        && phrase
            .split_whitespace()
            .next_back()
            .is_some_and(|w| relations.contains(w))
        && (after.is_empty() || matches!(after, "the" | "The"))
}

/// "Rubel's father Abdul Malek", "Mr. Mollah's wife, Mrs. Nazma Begum,": a person written
/// as the possessor of a word of kin or calling only says whose relative the person named
/// right after is; that one is the party.
fn kin_of(ctx: &Context, possessor: &Ref, named: &Ref) -> bool {
    let person = |r: &Ref| ctx.cast.entities[r.entity].kind == ActorKind::Person;
    let Some(rest) = possessed(ctx, possessor, named) else {
        return false;
    };
    let lists = Words::get();
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    person(possessor)
        && person(named)
        && possessor.entity != named.entity
        && words.len() <= 4
        && words.iter().take(3).any(|w| {
            let w = w.to_lowercase();
            lists.personal_roles.contains(w.as_str())
                || lists.male_kin.contains(w.as_str())
                || lists.female_kin.contains(w.as_str())
        })
}

/// `refs` without the persons [`kin_of`] says only possess the relative named after them.
fn without_kin_possessors<'r>(ctx: &Context, refs: Vec<&'r Ref>) -> Vec<&'r Ref> {
    refs.iter()
        .enumerate()
        .filter(|&(i, r)| !refs[i + 1..].iter().any(|n| kin_of(ctx, r, n)))
        .map(|(_, r)| *r)
        .collect()
}

/// "the Qatari envoy", "a senior Pakistani official", "Kenyan and Ugandan diplomats": a
/// short phrase whose noun a state's adjective (or a body's name) qualifies speaks for it.
fn qualified_by_parties(ctx: &Context, span: Span) -> Vec<EntityIx> {
    let phrase = span.slice(ctx.text).trim();
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let ends_in_a_noun = words
        .last()
        .is_some_and(|w| w.starts_with(char::is_lowercase));
    if words.len() > 5 || !ends_in_a_noun {
        return Vec::new();
    }
    dedup(
        ctx.cast
            .refs_in(span)
            .filter(|r| matches!(r.form, RefForm::Demonym | RefForm::Modifier))
            .filter(|r| match ctx.cast.entities[r.entity].key {
                crate::actors::Key::Country(_) => true,
                // "a Taliban spokesman", "a UN official": a body's or a group's name
                // qualifying the one who speaks for it.
                crate::actors::Key::Group(_) => r.form == RefForm::Modifier,
                // Not a platform's: "his Telegram channel" is where one spoke.
                crate::actors::Key::Org(o) => {
                    r.form == RefForm::Modifier
                        && crate::lexicon::Lexicon::get().orgs[o].class
                            != crate::lexicon::OrgClass::Platform
                }
                _ => false,
            })
            .map(|r| r.entity),
    )
}

/// "The United Nations envoy for Sudan", "Norway's ambassador to Colombia", "the Delegation
/// of the European Union to Somalia": an envoy's title or a mission's name before the party
/// they are sent to (group 1 an envoy's, group 2 a mission's).
static ENVOY_TO: LazyLock<Regex> = LazyLock::new(|| {
    // The sender's name after "of": "the Ambassador of Norway to Colombia", "the Permanent
    // Mission of Pakistan to the United Nations".
    const OF_SENDER: &str =
        r"(?:\s+of\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){0,3})?";
    crate::text::pattern::regex(&format!(
        r"(?i)\b((?:envoys?|ambassadors?|emissar(?:y|ies)|representatives?|coordinators?|rapporteurs?|(?:high\s+)?commissioners?|mediators?|negotiators?|facilitators?|advis[eo]rs?|delegates?){OF_SENDER})\s+(?:for|to|in|on)\s|\b((?:delegations?|(?:permanent\s+)?missions?|embass(?:y|ies)|consulates?|high\s+commissions?){OF_SENDER})\s+(?:to|in)\s",
    ))
});

/// "quoted him as saying", "quoted Foreign Minister Wang Yi as saying": whom an agency
/// quotes.
static QUOTED_AS_SAYING: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^\s+([^,;.“”\x22]{1,80}?)\s+as\s+(?:saying|telling)\b")
});

static BY_AGENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^\s+be\s+(?:\w+\s+){0,2}?by\s+[^,;:.]{1,60}?(?:\bto\b|,|$)")
});

/// "the extradition from Tunisia of …", "X's help in …", "the handover of Y from X",
/// "sought information from the Taliban": the party an open request asks is the one it
/// would come from.
static FROM_PARTY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\s+(?:(?:the|an?)\s+)?(?:immediate\s+|swift\s+)?(?:extradition|handover|return|repatriation|deportation|transfer|information|details|answers|clarification|explanation|assurances?|help|support|assistance|cooperation)\b[^,;:.]{0,80}?\bfrom\s+",
    )
});
static POSSESSOR_HELP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:’s|'s)\s")
});

/// Who an open request is addressed to, when its object says whose action it is.
fn source_of_what_is_asked(ctx: &Context, from: usize) -> Vec<EntityIx> {
    let text = ctx.text;
    let end = ctx.span().end;
    let rest = &text[from..end];
    let at = if let Some(m) = FROM_PARTY.find(rest) {
        from + m.end()
    } else if POSSESSOR_HELP.is_match(rest) {
        from + rest.len() - rest.trim_start().len()
    } else {
        return Vec::new();
    };
    ctx.cast
        .refs_in(Span::new(at, end.min(at + 60)))
        .filter(|r| matches!(r.form, RefForm::Name | RefForm::Person))
        .filter(|r| r.span.start <= at + 4)
        .map(|r| r.entity)
        .take(1)
        .collect()
}

/// "…,” Zelensky told Moscow" / "Sisi told Israel: “…”": who a quotation is addressed to.
fn told(ctx: &Context) -> Vec<EntityIx> {
    let s = ctx.span();
    let Some(m) = TOLD.find(s.slice(ctx.text)) else {
        return Vec::new();
    };
    let at = s.start + m.end();
    ctx.cast
        .refs_in(Span::new(at, s.end.min(at + 60)))
        .filter(|r| r.span.start <= at + 4)
        .filter(|r| matches!(r.form, RefForm::Name | RefForm::Person))
        .map(|r| r.entity)
        .take(1)
        .collect()
}

static TOLD: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"\btold\s+(?:the\s+)?"));

/// The parties a "that" clause right after the cue is about: its subject.
fn that_clause_subject(
    ctx: &Context,
    after: usize,
    discourse: &Discourse,
) -> Option<Vec<EntityIx>> {
    let text = ctx.text;
    let p = ctx.parsed?;
    let rest = &text[after..ctx.span().end];
    let lead = rest.len() - rest.trim_start().len();
    if !rest[lead..].starts_with("that ") {
        return None;
    }
    let that = p.token_at(after + lead)?;
    let role = p.object(text, that)?;
    let mut who = named_in(ctx.cast, role.span);
    // "hopes that the transitional authorities in Damascus will …": the seat after the
    // phrase says whose authorities they are.
    if who.is_empty() {
        let tail = &text[role.span.end..ctx.span().end];
        if let Some(m) = SEAT_THEN_VERB.find(tail) {
            who = named_in(ctx.cast, Span::new(role.span.end, role.span.end + m.end()));
        }
    }
    // "hopes that both sides will exercise restraint": the pair named before.
    if who.is_empty() {
        let phrase = role.span.slice(text).trim();
        if TWO_OR_BOTH.is_match(phrase) {
            who = resolve_back(ctx, phrase, after, discourse);
        }
    }
    (!who.is_empty()).then_some(who)
}

/// " in Damascus will", " of Afghanistan would": where the authorities a clause names sit,
/// up to its verb.
static SEAT_THEN_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^\s+(?:in|of)\s+[A-Z][^,;:.]{0,40}?\s+(?:would|will|should|must|to)\b",
    )
});

/// "It is time for Telegram to …", "it is incumbent upon X to …": the obligation names who
/// it is for, a party whether or not any list holds it.
pub fn names_whom_it_is_for(text: &str, cue: &Cue, sentence_end: usize) -> bool {
    FOR_PARTY_TO.is_match(&text[cue.span.end..sentence_end])
}

/// The party told just before `at` ("… told Somalia that it must", "warned Egypt it must
/// not …"); none when the speaker tells its own ("told its own fighters that they must …"
/// orders them).
fn the_one_told(ctx: &Context, from: usize, at: usize) -> Option<Vec<EntityIx>> {
    let c = TOLD_THAT.captures(&ctx.text[from..at])?;
    let object = c.get(1)?;
    if object.as_str().split_whitespace().any(|w| w == "own") {
        return None;
    }
    let told = named_in(
        ctx.cast,
        Span::new(from + object.start(), from + object.end()),
    );
    (!told.is_empty()).then_some(told)
}

/// "… told Somalia that ", "warned Egypt ": the one told, before the clause a pronoun opens.
static TOLD_THAT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:told|tells?|telling|warn(?:s|ed|ing)?|remind(?:s|ed|ing)?|inform(?:s|ed|ing)?|assur(?:e|es|ed|ing)|caution(?:s|ed|ing))\s+([^,;:.]{1,80}?)\s+(?:that\s+)?$",
    )
});

/// "It is essential that Damascus allow …", "it was critical that the Council act": the
/// subject of the that-clause after a stated need is asked, and what is asked begins with
/// it.
fn that_clause_party(ctx: &Context, cue: &Cue) -> Option<(Vec<EntityIx>, usize)> {
    let text = ctx.text;
    let m = THAT_AFTER.find(&text[cue.span.end..ctx.span().end])?;
    let at = cue.span.end + m.end();
    let subject = ctx.parsed?.chunks.iter().find(|c| c.span.start == at)?;
    let who = dedup(
        ctx.cast
            .refs_in(subject.span)
            .filter(|r| r.form != RefForm::Demonym)
            .map(|r| r.entity),
    );
    (!who.is_empty()).then_some((who, at))
}

/// The "that" opening a clause right after a cue.
static THAT_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^[”\x22’']?\s+that\s+"));

static FOR_PARTY_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^[”\x22’']?\s+(?:for|upon|on)\s+(?:[^,;:.]{1,40},\s+){0,6}[^,;:.]{1,80}?\bto\b",
    )
});

/// One more name in a list of addressees, up to the "to" of what is asked.
static LISTED_ADDRESSEE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^\s*(?:and\s+)?[^,;:.]{1,40}?\s+to\b"));

/// The words and marks that end an asking verb's object ("urged Pakistan to …").
const OBJECT_ENDS: &str = r"\b(?:to|for|against|that|over|in order|would)\b|[,;:.]";

static OBJECT_END: LazyLock<Regex> = LazyLock::new(|| crate::text::pattern::regex(OBJECT_ENDS));

/// Where a wish's object ends: "hoped the government would …", and "will", "can" or
/// "could" too: "we hope Kabul will …", "holding out hope he can …".
static WISHED_OBJECT_END: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(r"{OBJECT_ENDS}|\b(?:will|can|could)\b"))
});

/// A government or a body of state by its office: "the government", "the interim Afghan
/// government", "the Senate", "the House of Representatives (DPR)", "the security
/// agencies".
static GOVERNMENT_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^(?:the|its|their|our)\s+(?:[a-z-]+\s+){0,2}(?:government|authorities|administration|junta|regime|military|army|police|parliament|legislature|senate|congress|agencies|forces)\b",
    )
});

/// Parties by what they are, no state's organs: "the members of the Committee", "our
/// friends in the region", "the donors", "the kidnappers". A wish of them asks them, not
/// the story's state.
static PARTIES_OBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^(?:the|its|their|our|all)\s+(?:[a-z-]+\s+){0,2}(?:members|states|countries|partners|friends|donors|leaders|sides|parties|delegations|governments|mediators|guarantors|facilitators|international\s+community|council|committee|kidnappers|captors|abductors|hostage-takers|rebels|militants|insurgents)\b",
    )
});

/// Whether a wish (`cue`) is of an authority the text names by its office ("hoped the
/// Senate would approve …", "hoped the Government would compensate …") rather than of
/// something that cannot act ("hoped the talks would succeed").
pub fn wished_of_an_authority(text: &str, cue: &Cue, sentence_end: usize) -> bool {
    let rest = &text[wished_from(text, cue)..sentence_end];
    let Some(end) = WISHED_OBJECT_END.find(rest).filter(|m| m.start() <= 160) else {
        return false;
    };
    // "We hope our friends in the region, including China and India, will support …": an
    // apposition between commas stands inside the object.
    let modal = match end.as_str() {
        "would" | "will" => Some((end.as_str(), end.end())),
        "," => MODAL_AFTER_APPOSITION
            .captures(&rest[end.start()..])
            .and_then(|c| c.get(1))
            .map(|m| (m.as_str(), end.start() + m.end())),
        _ => None,
    };
    let Some((modal, after)) = modal else {
        return false;
    };
    let object = rest[..end.start()].trim();
    // "hopes the Chapter 11 will last …", "hoped Barcelona would win": what happens to a
    // party asks nothing of it; what it does ("will hand over", "would bring") does.
    let acts = rest[after..]
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphabetic()))
        .find(|w| !MODAL_ADVERBS.is_match(&format!(" {w}")))
        .is_some_and(|w| !w.is_empty() && !Words::get().idle_verbs.contains(w));
    if modal == "will" {
        GOVERNMENT_OBJECT.is_match(object)
            || PARTIES_OBJECT.is_match(object)
            || (acts && is_an_authority(object))
    } else {
        is_an_authority(object) || (acts && BARE_NAME.is_match(object))
    }
}

/// Where the party a wish names begins: after the cue, and after its "that" ("expressed
/// the hope that the Libyan parties would agree …").
fn wished_from(text: &str, cue: &Cue) -> usize {
    let rest = &text[cue.span.end..];
    let lead = rest.len() - rest.trim_start().len();
    match rest[lead..].strip_prefix("that") {
        Some(after) if after.starts_with(char::is_whitespace) => cue.span.end + lead + 4,
        _ => cue.span.end,
    }
}

/// ", including China and India, will": the modal after an apposition in a wish's object.
static MODAL_AFTER_APPOSITION: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^,[^;:.\x22“”]{0,120}?,\s+(would|will)\b"));

/// "Kallisto", "Tan Sri Faizal": a name of capitalised words alone.
static BARE_NAME: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^(?-i:[A-Z])[\w’'.-]+(?:\s+(?-i:[A-Z])[\w’'.-]+){0,3}$")
});

/// "the Turkish authorities", "the Senate", "the House of Representatives (DPR)", "the
/// donors": a word of government or of parties, or "the" and a capitalised name.
fn is_an_authority(object: &str) -> bool {
    GOVERNMENT_OBJECT.is_match(object)
        || PARTIES_OBJECT.is_match(object)
        || object
            .strip_prefix("the ")
            .is_some_and(|n| n.starts_with(|c: char| c.is_uppercase()))
}

/// "the courts", "all armed groups", "the government and the rebels", "Islamic
/// countries": a determined noun phrase of a few words, or a party's plural, that names no
/// action ("the release of the hostages to ease …" is what is asked, with its purpose).
fn an_unnamed_party(object: &str) -> bool {
    let object = object.trim_start_matches(|c: char| c.is_whitespace() || "\"“‘".contains(c));
    let words: Vec<&str> = object.split_whitespace().collect();
    let lists = Words::get();
    // "Islamic countries", "Western governments": a bare plural of a party's noun.
    let a_partys_plural = words
        .last()
        .is_some_and(|w| w.ends_with('s') && lists.addressable_nouns.contains(w));
    let determined = words
        .first()
        .is_some_and(|w| lists.party_openers.contains(w));
    (1..=12).contains(&words.len())
        && (determined || a_partys_plural)
        && !words.iter().any(|w| {
            lists
                .asked_nouns
                .contains(w.trim_matches(|c: char| !c.is_alphanumeric()))
        })
}

/// Where an apposition's head ends and its description begins.
static APPOSITION_TAIL: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"\s(?:formed|founded|set|based|led|backed|linked|allied|with|by|in|of|that|which|who|whose)\b|,",
    )
});

static APPOSED_THEN_AGAINST: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(concat!("^", super::cues::apposition_then_against!()))
});

static RELATIVE_THEN_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"^,\s+(?:which|who|whose|where)\b[^;:.]{0,200}?,\s+to\b")
});

/// Who is asked, and where what is asked begins.
pub fn addressees(ctx: &Context, cue: &Cue, discourse: &Discourse) -> (Vec<EntityIx>, usize) {
    let text = ctx.text;
    let s = ctx.span();
    match cue.shape {
        Shape::Object | Shape::Wish => {
            let from = match cue.shape {
                Shape::Wish => wished_from(text, cue).min(ctx.clause_end),
                _ => cue.span.end,
            };
            let rest = &text[from..ctx.clause_end];
            // "demanded the repatriation of the refugees and expressed readiness to engage":
            // a verb coordinated after the object ends it, and its "to" is not what is asked.
            let object_end: &Regex = if cue.shape == Shape::Wish {
                &WISHED_OBJECT_END
            } else {
                &OBJECT_END
            };
            let found = object_end
                .find(rest)
                .filter(|m| m.start() <= 160 && !ends_in_a_coordinated_verb(&rest[..m.end()]));
            let (mut obj_end, mut asked_from) = match found {
                Some(m) => (from + m.start(), from + m.end()),
                None => (cue.span.end, cue.span.end),
            };
            // "urged Turkey not to extradite them": the negation is part of what is asked.
            if found.is_some_and(|m| m.as_str() == "to") {
                let object = text[from..obj_end].trim_end();
                if object.ends_with(" not") {
                    obj_end = cue.span.end + object.len() - "not".len();
                    asked_from = obj_end;
                }
            }
            // "requested an emergency session of the Security Council over the strikes": a
            // thing asked for (of the body it names), whose "over" gives the reason.
            let a_thing_over = found.is_some_and(|m| m.as_str() == "over")
                && ["a ", "an "]
                    .iter()
                    .any(|a| text[from..obj_end].trim_start().starts_with(a));
            // "demanded the resignation of the minister, saying …": an object closed by a
            // mark, with no "to" or "that" after it, is itself what is asked.
            let closed_by_a_mark =
                found.is_some_and(|m| m.as_str().starts_with([',', ';', ':', '.']));
            // "asked the Arakan Army, which now controls the border, to stop …": a relative
            // clause set off by commas describes the addressee; what is asked follows it.
            let relative = RELATIVE_THEN_TO.find(&text[obj_end..ctx.clause_end]);
            if let Some(m) = relative {
                asked_from = obj_end + m.end();
            }
            // "warned the movement's armed wing, the Eastern Security Network, against …":
            // the apposition names the one warned too; what is asked follows "against".
            let apposed = APPOSED_THEN_AGAINST.find(&text[obj_end..ctx.clause_end]);
            let mut apposition_head = None;
            if let Some(m) = apposed {
                asked_from = obj_end + m.end();
                // Its head noun phrase, before what describes it ("a Yazidi armed group
                // formed with PKK support").
                let inside = &text[obj_end + 1..obj_end + m.end()];
                let head_len = APPOSITION_TAIL
                    .find(inside)
                    .map_or(inside.len(), |t| t.start());
                apposition_head = Some(Span::new(obj_end + 1, obj_end + 1 + head_len));
            }
            let relative = relative.or(apposed);
            // "urges Israel, Hamas to extend the truce": a headline's list of addressees
            // joined by a bare comma goes on to the "to" of what is asked.
            if text[obj_end..].starts_with(',') {
                if let Some(m) = LISTED_ADDRESSEE.find(&text[obj_end + 1..ctx.clause_end]) {
                    let next = Span::new(obj_end + 1, obj_end + 1 + m.end());
                    if ctx.cast.refs_in(next).next().is_some() {
                        (obj_end, asked_from) = (next.end, next.end);
                    }
                }
            }
            let who = dedup(
                ctx.cast
                    .refs_in(Span::new(cue.span.end, obj_end))
                    .chain(
                        apposition_head
                            .into_iter()
                            .flat_map(|h| ctx.cast.refs_in(h)),
                    )
                    .filter(|r| r.form != RefForm::Demonym)
                    .map(|r| r.entity),
            );
            if who.is_empty() {
                // "demanded that Pakistan stop …": the subject of the clause asked.
                if let Some(who) = that_clause_subject(ctx, cue.span.end, discourse) {
                    return (who, cue.span.end);
                }
                // "hoped the two delegations would sign it", "urged both sides to …": the
                // parties named before, two of them at least (one is none of a pair: "I
                // urge both delegations …" is not the speaker asked).
                let object = text[from..obj_end].trim();
                if TWO_OR_BOTH.is_match(object) {
                    let back = resolve_back(ctx, object, cue.span.start, discourse);
                    let pair = if back.len() > 1 { back } else { Vec::new() };
                    return (pair, asked_from);
                }
                // "hoped the guerrilla group would release the mayor": the armed group a
                // word for one points back to.
                if cue.shape == Shape::Wish
                    && (text[obj_end..].starts_with("would") || text[obj_end..].starts_with("will"))
                    && GROUP_BACK.is_match(object)
                {
                    let group = last_distinct(ctx, cue.span.start, 1, |r| {
                        ctx.cast.entities[r.entity].kind == ActorKind::ArmedGroup
                    });
                    if !group.is_empty() {
                        return (group, asked_from);
                    }
                }
                // "hoped the Turkish authorities would …", "hoped the government would …":
                // the state a government word stands for, qualified or the story's own.
                // "hoped the Senate would …": a body no list holds, asked all the same.
                if cue.shape == Shape::Wish
                    && (text[obj_end..].starts_with("would") || text[obj_end..].starts_with("will"))
                    && is_an_authority(object)
                {
                    let qualified = dedup(
                        ctx.cast
                            .refs_in(Span::new(cue.span.end, obj_end))
                            .map(|r| r.entity),
                    );
                    let who = if !qualified.is_empty() {
                        qualified
                    } else if GOVERNMENT_OBJECT.is_match(object) {
                        salient_state(ctx, cue.span.start)
                    } else {
                        Vec::new()
                    };
                    return (who, asked_from);
                }
                // "called on the senators, who fled the state, to return": what is asked
                // follows the relative clause, whoever the object is.
                if relative.is_some() {
                    return (who, asked_from);
                }
                // "urged the courts to sentence …", "asked the government and the rebels to
                // resume …": a party no list holds is still the one asked, and what is
                // asked follows its "to".
                if found.is_some_and(|m| m.as_str() == "to") && an_unnamed_party(object) {
                    return (who, asked_from);
                }
                // "has given residents of the old city until Friday to leave": a time given
                // (the cue's rule reads it) sets off whoever is given it from what they are
                // to do.
                let given = matches!(
                    cue.span.slice(text).to_lowercase().as_str(),
                    "gave" | "give" | "gives" | "giving" | "given"
                );
                if given && found.is_some_and(|m| m.as_str() == "to") {
                    return (who, asked_from);
                }
                // "urged restraint in the Red Sea": nobody is named, the object is asked.
                return (who, cue.span.end);
            }
            // "issued an ultimatum to Beirut: disarm Hezbollah …": after a colon, a verb in
            // lower case is what the party named before it is asked.
            if found.is_some_and(|m| m.as_str() == ":")
                && text[asked_from..ctx.clause_end]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_lowercase())
            {
                return (who, asked_from);
            }
            // "requested urgent aid from the EU": the object itself is what is asked.
            let unchanged = asked_from == obj_end + 1 || asked_from == obj_end;
            if a_thing_over
                || text[asked_from..ctx.clause_end].trim().len() <= 1
                || (closed_by_a_mark && unchanged && relative.is_none())
            {
                return (who, cue.span.end);
            }
            (who, asked_from)
        }
        Shape::Open => (source_of_what_is_asked(ctx, cue.span.end), cue.span.end),
        Shape::Imperative => {
            let told = told(ctx);
            let who = match cue.address {
                Some(address) if told.is_empty() => named_in(ctx.cast, address),
                _ => told,
            };
            (who, cue.span.end)
        }
        // Stated as an obligation by the time it is asked (`find`).
        Shape::Deontic | Shape::Passive => {
            // "It is time for X to …", "it is incumbent upon X to …": the party after the
            // cue is asked.
            if let Some(m) = FOR_PARTY_TO.find(&text[cue.span.end..s.end]) {
                let span = Span::new(cue.span.end, cue.span.end + m.end());
                let who = dedup(
                    ctx.cast
                        .refs_in(span)
                        .filter(|r| r.form != RefForm::Demonym)
                        .map(|r| r.entity),
                );
                return (who, span.end);
            }
            if let Some(asked) = that_clause_party(ctx, cue) {
                return asked;
            }
            // "More must be done by Baghdad to …": the agent of the passive is asked.
            if let Some(m) = BY_AGENT.find(&text[cue.span.end..s.end]) {
                let span = Span::new(cue.span.end, cue.span.end + m.end());
                let who = named_in(ctx.cast, span);
                if !who.is_empty() {
                    return (who, s.start);
                }
            }
            let head = &text[s.start..cue.span.start];
            let clause_start = [
                // "BOGOTA (Reuters) - X must …": the dateline is no part of the obligation,
                // nor is a transcript's speaker label ("Spokesperson, Ms X: Kabul must …").
                crate::text::dates::dateline(head),
                after_label(text, s)
                    .filter(|&end| end <= cue.span.start)
                    .map(|end| end - s.start),
                head.rfind(" that ").map(|p| p + 6),
                head.rfind(';').map(|p| p + 1),
                coordinated_obligation(head),
                SPEECH.find_iter(head).last().map(|m| m.end()),
                ACCORDING_TO.find(head).map(|m| m.end()),
                ctx.quote
                    .filter(|q| q.start >= s.start && !is_fragment(text, *q, s))
                    .map(|q| {
                        q.start - s.start + text[q.start..].chars().next().map_or(1, char::len_utf8)
                    }),
            ]
            .into_iter()
            .flatten()
            .max()
            .unwrap_or(0);
            let span = Span::new(s.start + clause_start, cue.span.start);
            let named: Vec<&Ref> = ctx
                .cast
                .refs_in(span)
                .filter(|r| matches!(r.form, RefForm::Name | RefForm::Person))
                .collect();
            // "Colombia's ELN rebels must free …": a possessor that only qualifies another
            // party named after it is not asked.
            let qualifier = |i: usize, r: &Ref| {
                let after = &text[r.span.end..];
                (after.starts_with("'s") || after.starts_with("’s"))
                    && named[i + 1..].iter().any(|n| n.entity != r.entity)
            };
            let mut who = dedup(
                named
                    .iter()
                    .enumerate()
                    .filter(|&(i, r)| !qualifier(i, r))
                    .map(|(_, r)| r.entity)
                    .take(3),
            );
            // "FARC claims …, but he said it should …": "it" or "they" is the party the
            // sentence spoke of before.
            let subject = span.slice(text).trim().to_lowercase();
            // "the two countries need to …", "both sides must …": the two states named last.
            if who.is_empty() && PAIR_OF_STATES.is_match(&subject) {
                who = last_distinct(ctx, span.start, 2, |r| {
                    r.form == RefForm::Name
                        && ctx.cast.entities[r.entity].kind == ActorKind::Country
                });
            }
            // "Kenya told Somalia that it must do more": the pronoun stands for the one told,
            // else for the party the sentence spoke of before.
            let pronoun = after_a_sentence_adverb(&subject);
            if who.is_empty() && matches!(pronoun, "it" | "they") {
                who = the_one_told(ctx, s.start, span.start)
                    .or_else(|| {
                        ctx.parsed
                            .and_then(|p| earlier_subject(ctx, p, span.start, pronoun))
                    })
                    .or_else(|| {
                        (opens_the_sentence(text, s.start, span.start)
                            && crate::text::sentences::ends_on_a_stop(s.slice(text)))
                        .then(|| party_of_the_sentence_before(ctx))
                        .flatten()
                    })
                    .unwrap_or_default();
            }
            // What is asked is the whole obligation: "the peace process must be Afghan-led".
            (who, span.start)
        }
    }
}

/// A subject with the adverb or conjunction that may open its clause taken off ("now
/// they", "and it"), as the treebank tags them.
fn after_a_sentence_adverb(subject: &str) -> &str {
    let model = crate::syntax::model();
    match subject.split_once(' ') {
        Some((opener, rest))
            if model.seen_as(opener, crate::syntax::Upos::Adv)
                || model.seen_as(opener, crate::syntax::Upos::Cconj) =>
        {
            rest.trim_start()
        }
        _ => subject,
    }
}

/// Whether only quotation marks and spaces stand between a sentence's start and `at`: a
/// pronoun after an earlier clause ("The war has to end, and it has to end now") stands for
/// what that clause spoke of.
fn opens_the_sentence(text: &str, start: usize, at: usize) -> bool {
    text[start..at]
        .trim_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | '\''))
        .is_empty()
}

/// "Pakistan has done too little against the militants. \"Now they must act,\" the minister
/// said": a pronoun opening a sentence's obligation stands for the party the sentence before
/// it named last, in the same paragraph or the one just before (a quotation often opens its
/// own). A person is "he" or "she", never "it" or "they" here.
fn party_of_the_sentence_before(ctx: &Context) -> Option<Vec<EntityIx>> {
    let current = &ctx.sentences[ctx.sentence];
    let before = ctx.sentences[..ctx.sentence].last()?;
    if before.paragraph + 1 < current.paragraph {
        return None;
    }
    let party = ctx
        .cast
        .refs_in(before.span)
        .filter(|r| r.form == RefForm::Name)
        .filter(|r| {
            matches!(
                ctx.cast.entities[r.entity].kind,
                ActorKind::Country | ActorKind::Organization | ActorKind::ArmedGroup
            )
        })
        .last()?;
    Some(vec![party.entity])
}

/// The parties named (not only qualified) in `span`, each once, in order.
pub(super) fn named_in(cast: &Cast, span: Span) -> Vec<EntityIx> {
    let refs: Vec<&Ref> = cast
        .refs_in(span)
        .filter(|r| matches!(r.form, RefForm::Name | RefForm::Person))
        .collect();
    dedup(
        refs.iter()
            .filter(|r| !held_by_a_described_party(cast, refs.iter().copied(), r))
            .map(|r| r.entity),
    )
}

/// Whether `r` lies inside the phrase of a party the text only describes, among `others`
/// ("Mr McAleese" in "Mr McAleese's family"): a name there says whose relatives they are,
/// it names no party of its own.
fn held_by_a_described_party<'a>(
    cast: &Cast,
    mut others: impl Iterator<Item = &'a Ref>,
    r: &Ref,
) -> bool {
    others.any(|o| {
        matches!(
            cast.entities[o.entity].key,
            crate::actors::Key::Described(_)
        ) && o.span.contains(r.span)
            && o.span != r.span
    })
}

/// The entities of `it`, each once, in order of first appearance.
pub(super) fn dedup(it: impl Iterator<Item = EntityIx>) -> Vec<EntityIx> {
    let mut out = Vec::new();
    for e in it {
        if !out.contains(&e) {
            out.push(e);
        }
    }
    out
}
