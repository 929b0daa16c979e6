//! Demands: who asks whom to do what, with the sentence as evidence.
//!
//! Each cue of a sentence becomes a demand when a speaker can be found for it: the subject
//! of its clause, the person a quotation is attributed to, an attribution after the fact
//! ("…, the statement said"), or the party the discourse is about ("both countries", "he").
//! A stated obligation without anyone stating it ("a video has added pressure") is none.

pub mod category;
pub mod category_model;
pub mod category_training;
mod cues;
mod described;
mod introduced;
mod outlets;
mod parties;
mod posts;
mod voice;

use crate::actors::{Cast, EntityIx, RefForm};
use crate::lexicon::words::{any_of, any_of_spaced, Words};
use crate::report::{ActorKind, Category};
use crate::syntax::Parsed;
use crate::text::marks::{is_bullet, is_number};
use crate::text::sentences::Sentence;
use crate::text::span::floor_char;
use crate::text::Span;
use category::Force;
use cues::{Cue, Shape};
use regex::Regex;
use std::sync::LazyLock;

/// A demand before ids are given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundDemand {
    pub speakers: Vec<EntityIx>,
    pub addressees: Vec<EntityIx>,
    pub verb: Span,
    pub asked: Span,
    pub category: Category,
    pub force: Force,
    pub quoted: bool,
    pub sentence: Span,
}

/// Finds the demands of a document.
///
/// Sentences with a cue are parsed (the syntax layer), and subjects that name nobody the cast
/// knows become parties of their own before speakers are chosen.
pub fn find(
    text: &str,
    sentences: &[Sentence],
    quotes: &[Span],
    cast: &mut Cast,
) -> Vec<FoundDemand> {
    let spans: Vec<Span> = sentences.iter().map(|s| s.span).collect();
    let mut all_cues = cues::find_all(text, &spans);
    for (s, cues) in spans.iter().zip(all_cues.iter_mut()) {
        cues::quoted_imperatives(text, *s, quotes, cues);
    }
    let parsed: Vec<Option<Parsed>> = sentences
        .iter()
        .zip(&all_cues)
        .map(|(s, cues)| {
            (!cues.is_empty()).then(|| {
                let verbs: Vec<usize> = cues
                    .iter()
                    .filter(|c| !matches!(c.shape, Shape::Deontic | Shape::Imperative))
                    .map(|c| c.span.start)
                    .collect();
                // Bodies of several words the lists know, whose words the tagger may read
                // as verbs ("Save the Children", "Human Rights Watch").
                let names: Vec<Span> = cast
                    .refs_in(s.span)
                    .filter(|r| {
                        r.form == RefForm::Name
                            && matches!(
                                cast.entities[r.entity].kind,
                                ActorKind::Organization | ActorKind::ArmedGroup
                            )
                            && r.span.slice(text).contains(' ')
                    })
                    .map(|r| r.span)
                    .collect();
                Parsed::with_known(text, s.span, &verbs, &names)
            })
        })
        .collect();
    outlets::refer(text, cast);
    cast.settle();
    posts::refer(text, cast);
    cast.settle();
    for ((p, cues), s) in parsed.iter().zip(&all_cues).zip(sentences) {
        if let Some(p) = p {
            described::add(text, s.span, p, cues, quotes, cast);
        }
    }
    let voice = voice::find(text, cast);
    // A sports story about a group's threat or attack (a tournament moved, a stadium
    // bombed) asks in earnest: a page is a sports page only when it names no group.
    let sports_page = is_a_sports_page(text) && !cast.entities.iter().any(|e| e.group.is_some());
    // The lines of a list of demands ask whatever their verb ("- Publish a register …").
    for list in voice.lists() {
        // Each line's first word, and that of each further sentence on it ("4. Ensure
        // that …. Investigate the deaths …").
        let openings = list.items.iter().flat_map(|item| {
            let later = spans[spans.partition_point(|s| s.start <= item.start)..]
                .iter()
                .take_while(|s| s.start < item.end)
                .map(|s| Span::new(s.start, s.end.min(item.end)));
            std::iter::once(*item).chain(later)
        });
        for item in openings {
            let Some(cue) = cues::list_item(text, item) else {
                continue;
            };
            let si = spans.partition_point(|s| s.end <= cue.span.start);
            let Some(cues) = all_cues.get_mut(si) else {
                continue;
            };
            if cues.iter().all(|c| !c.span.overlaps(cue.span)) {
                let at = cues.partition_point(|c| c.span.start < cue.span.start);
                cues.insert(at, cue);
            }
        }
    }
    cast.settle();
    let cast: &Cast = cast;
    let mut out: Vec<FoundDemand> = Vec::new();
    let mut discourse = parties::Discourse::issued_by(voice.issuer(), quotes);
    // The whole of sentence `si`, as the discourse reads it before and after its cues.
    let whole = |si: usize| parties::Context {
        text,
        cast,
        sentences,
        sentence: si,
        clause_start: sentences[si].span.start,
        clause_end: sentences[si].span.end,
        quote: None,
        parsed: None,
    };
    // The verb and speakers of "the EU calls on:" while the lines of its list go on, and
    // the party of "urges the State party to:" when the lines ask it.
    let mut introduced: Option<(Span, Vec<EntityIx>, Option<Span>)> = None;
    // The subject of "… the Executive Committee adopted a communiqué in which it:" while
    // the lines below open on its verbs ("- Called upon Member States to …").
    let mut lead: Option<Vec<EntityIx>> = None;
    for (si, s) in sentences.iter().enumerate() {
        discourse.label(&whole(si));
        let mut list_line = false;
        let opening = crate::text::marks::item_start(s.span.slice(text));
        // A paragraph that opens on no item's mark ends the list; an item's second sentence
        // does not, nor does its number, which the splitter makes a sentence of its own ("6."
        // ¶ "Calls upon …") as the operative paragraphs' rules read them.
        let opens_paragraph = si == 0 || sentences[si - 1].paragraph != s.paragraph;
        let a_number = crate::text::marks::is_number(s.span.slice(text).trim());
        if opening == 0 && opens_paragraph && !a_number {
            lead = None;
        }
        if let Some((verb, speakers, asked_of)) = &introduced {
            // "… urges the State party to:" over "(a) Bring …;": each line asks that party;
            // "… calls on:" over "• all parties to …": each line names its own.
            // "1." ¶ "Drop all charges …": the splitter makes a sentence of an item's number,
            // and the item's words the sentence after it.
            let after_number = si > 0
                && sentences[si - 1].paragraph == s.paragraph
                && crate::text::marks::is_number(sentences[si - 1].span.slice(text).trim());
            let line = match asked_of {
                Some(party) => introduced::asked_item(text, s.span)
                    .or_else(|| {
                        after_number
                            .then(|| introduced::item_words(text, s.span))
                            .flatten()
                    })
                    .map(|asked| (*party, asked)),
                None => introduced::item(text, s.span),
            };
            // A line's own verb read as an imperative ("2. Release those …") is the line's
            // ask, not a second one.
            let own_verb_only = all_cues[si].iter().all(|c| c.shape == Shape::Imperative);
            match line {
                Some((party, asked)) if own_verb_only => {
                    out.push(listed_demand(
                        text, cast, *verb, speakers, party, asked, s.span,
                    ));
                    list_line = true;
                }
                Some(_) => {}
                None if a_number => {}
                None => introduced = None,
            }
        }
        // A quoted crosshead ("'Return to the table'", "Envoy: 'Finish the job'") repeats
        // or heads words the body gives its speaker with the sentence around them.
        // "Ratify the Convention (Sierra Leone) (Uruguay);": a review's recommendation is
        // the states its brackets name, whatever words of asking the line holds.
        if let Some(demand) = recommendation(text, cast, s.span) {
            out.push(demand);
            continue;
        }
        if si > 0 && !all_cues[si].is_empty() && quoted_crosshead(text, s.span) {
            continue;
        }
        // "The CPP demands that the GRP:", "… urges the State party to:": the lines below
        // give the verbs of what is asked; the line introducing them asks nothing itself.
        let no_cues = Vec::new();
        let cues = if list_line
            || introduced::demands_that_a_party(text, s.span)
            || introduced::introducer_of_a_party(text, s.span).is_some()
        {
            &no_cues
        } else {
            &all_cues[si]
        };
        // "The TFG should:" over bullets: the lines below are what the party should do;
        // the line itself asks nothing but names them.
        let modal_lead = introduced::modal_lead(text, s.span);
        let mut sentence_speakers: Option<Vec<EntityIx>> = None;
        // Where each cue's own clause starts, when it has a subject of its own after the
        // cue before it ("X demanded a decision, the Red Party urged …"): that clause starts
        // there and ends the one before.
        let own_subjects: Vec<Option<usize>> = cues
            .iter()
            .enumerate()
            .map(|(ci, cue)| {
                let prev = cues.get(ci.checked_sub(1)?)?.span.end;
                own_subject_after(text, parsed[si].as_ref(), cue, prev)
            })
            .collect();
        for (ci, cue) in cues.iter().enumerate() {
            let quote = crate::text::quotes::containing(quotes, cue.span);
            // "… were urged by the governor, Mohamed Barre, to …": the agent asks.
            let by_agent = (cue.shape == Shape::Passive && cue.span.slice(text).ends_with("by"))
                .then(|| agent_of(text, cast, cue.span.end, s.span.end));
            // Where what the agent asks begins: after its "to".
            let agent_asks_from = by_agent.as_ref().and_then(|(_, at)| *at);
            let agent = by_agent.map(|(who, _)| who);
            // "Protesters were asked by police to …" names who asks and, as its subject,
            // who is asked.
            let by_an_agent = agent.as_ref().is_some_and(|a| !a.is_empty());
            // "All parties are called upon to …" in a statement asks as "All parties must …"
            // does, its issuer speaking; elsewhere it says nobody asked.
            let stated;
            let cue = if cue.shape == Shape::Passive {
                let asks = match &agent {
                    Some(who) => !who.is_empty(),
                    None => quote.is_none() && voice.issuer().is_some(),
                };
                if !asks {
                    continue;
                }
                stated = Cue {
                    shape: Shape::Deontic,
                    ..*cue
                };
                &stated
            } else {
                cue
            };
            // "“How many more ships must burn before …?” he asked": a quoted question asks
            // no one to act, whatever the sentence around it ends on.
            if quote.is_some_and(|q| asks_a_question(text, cue.span.end, q.end.min(s.span.end))) {
                continue;
            }
            // An imperative outside quotations is the writer's only in an opinion piece
            // ("Bring them home, alive"), or the speaker's in a transcript ("IBU RATNA: …
            // Release them.").
            let listed = quote
                .is_none()
                .then(|| voice.listed_at(cue.span.start))
                .flatten();
            if cue.shape == Shape::Imperative
                && quote.is_none()
                && voice.first_person(s).is_none()
                && !discourse.labelled_paragraph(s.paragraph)
                && listed.is_none()
            {
                continue;
            }
            // A later cue shares the sentence's subject ("X called for … and urged …")
            // unless a clause break brings a new one ("…, while Y appealed to …").
            let who_before = ci
                .checked_sub(1)
                .map(|p| cues[p].span.end)
                .and_then(|prev| {
                    let m = WHO_BEFORE_CUE.find(text.get(prev..cue.span.start)?)?;
                    Some(prev + m.start())
                });
            let (clause_start, same_subject) = match ci.checked_sub(1).map(|p| cues[p].span.end) {
                // A semicolon ends a clause and its subject: "… Los Lobos, whose leaders
                // hide across the border; and the interior minister asked …".
                None if quote.is_none() => {
                    let from = parties::after_label(text, s.span)
                        .filter(|&end| end <= cue.span.start)
                        .unwrap_or_else(|| {
                            s.span.start
                                + TURN_OPENING.find(s.span.slice(text)).map_or(0, |m| m.end())
                        });
                    let semicolon = text[from..cue.span.start].rfind(';');
                    let from = semicolon.map_or(from, |p| from + p + 1);
                    // "The EU, which pays …, said it would not …, as Ethiopia, one of the
                    // largest contributors, called on …": a clause joined by "as", "while"
                    // or "but" that names a party of its own before the cue is its subject.
                    let before_cue = &text[from..cue.span.start];
                    // "It collapsed in November, when the TTP declared the truce over and
                    // called on …": a clause of time or cause whose subject's verb the cue
                    // is coordinated with.
                    let coordinated_in_a_clause = before_cue.trim_end().ends_with(" and");
                    let joined = JOINED_CLAUSE
                        .find_iter(before_cue)
                        .chain(
                            SUBORDINATE_CLAUSE
                                .find_iter(before_cue)
                                .filter(|_| coordinated_in_a_clause),
                        )
                        .map(|m| from + m.end())
                        .filter(|&at| {
                            !text[at..].starts_with("well as")
                                && cast
                                    .refs_in(Span::new(at, cue.span.start))
                                    .any(|r| matches!(r.form, RefForm::Name | RefForm::Person))
                        })
                        .max();
                    (joined.unwrap_or(from), false)
                }
                None => (s.span.start, false),
                // "…, from the Turkish Foreign Minister, who urged …": a relative clause's
                // cue has the phrase before its "who" for a subject, from the comma before it.
                Some(prev) if quote.is_none() && who_before.is_some() => {
                    let who = who_before.unwrap_or(cue.span.start);
                    let from = text[prev..who].rfind(',').map_or(prev, |c| prev + c + 1);
                    (from, false)
                }
                Some(prev) => match CLAUSE_BREAK.find_iter(&text[prev..cue.span.start]).last() {
                    Some(m) => (prev + m.end(), false),
                    None => match own_subjects[ci] {
                        Some(start) => (start, false),
                        None => (s.span.start, true),
                    },
                },
            };
            // "Analysts expect the group to push south" forecasts; it asks no one.
            if forecast_by_onlookers(text, clause_start, cue.span) {
                continue;
            }
            // "“They asked the men to stand on one side,” she recalled": inside a quotation,
            // what someone else asked is told, not asked by the one quoted.
            if let Some(q) = quote {
                let from = clause_start.max(q.start);
                if told_inside_a_quote(&text[from..cue.span.start], cue.span.slice(text)) {
                    continue;
                }
            }
            let clause_end = own_subjects
                .get(ci + 1)
                .copied()
                .flatten()
                .unwrap_or(s.span.end);
            let ctx = parties::Context {
                text,
                cast,
                sentences,
                sentence: si,
                clause_start,
                clause_end,
                quote,
                parsed: parsed[si].as_ref(),
            };
            let shared = sentence_speakers
                .clone()
                .filter(|_| same_subject && quote.is_none());
            // After ", and called on …" with no new subject, the verb is coordinated with
            // the sentence's earlier one and shares its speaker.
            // "We urge …" in an opinion piece's own words: its writers.
            let before_cue = &text[clause_start..cue.span.start];
            let first_person = quote.is_none()
                && (FIRST_PERSON.is_match(before_cue) || coordinated_with_first_person(before_cue));
            let writers = first_person || (cue.shape == Shape::Imperative && quote.is_none());
            // A line of the list opening on this cue's verb speaks for the list's subject.
            let led = lead
                .clone()
                .filter(|_| quote.is_none() && cue.span.start == s.span.start + opening);
            let Some(speakers) = led
                .or(agent)
                .or(shared)
                .or_else(|| listed.and_then(|_| voice.of_list(s)))
                .or_else(|| {
                    // A resolution's operative paragraph ("3. Calls upon the participating
                    // States to …") has the body that issued it as its subject; a motion's,
                    // read out in a transcript, the member who moves it.
                    (quote.is_none() && operative(text, clause_start, cue.span))
                        .then(|| {
                            if discourse.labelled() {
                                discourse.floor()
                            } else {
                                voice.issuers()
                            }
                        })
                        .flatten()
                })
                .or_else(|| {
                    // "2. Reiterates that the perpetrators … must be held accountable, and
                    // requests the Member States to …": later verbs of a paragraph that a
                    // body's verb opens are the body's too.
                    (quote.is_none()
                        && !discourse.labelled()
                        && in_operative_paragraph(text, s.span, cue))
                    .then(|| voice.issuers())
                    .flatten()
                })
                .or_else(|| {
                    // "I" and "we" under a speaker label are the label's, not the
                    // byline's: an interview's answers.
                    writers
                        .then(|| discourse.label_floor().or_else(|| voice.first_person(s)))
                        .flatten()
                })
                .or_else(|| {
                    // A transcript's "we" is whoever holds the floor; a statement's, its
                    // issuer.
                    writers
                        .then(|| {
                            if discourse.labelled() {
                                discourse.floor()
                            } else {
                                voice.issuers()
                            }
                        })
                        .flatten()
                })
                .or_else(|| parties::speakers(&ctx, cue, &discourse))
                .or_else(|| sentence_speakers.clone().filter(|_| quote.is_none()))
                .or_else(|| {
                    (cue.shape == Shape::Deontic
                        && quote.is_none()
                        && !cues::is_forecast(text, cue))
                    .then(|| {
                        discourse
                            .label_floor()
                            .or_else(|| voice.of(s))
                            .or_else(|| discourse.debate_floor())
                            .or_else(|| voice.signer().map(|e| vec![e]))
                            .or_else(|| discourse.current(s.paragraph))
                            // An interview's answers after the first, labelled one: the
                            // one whose label last opened a paragraph holds the floor.
                            .or_else(|| {
                                answers_a_question(text, sentences, si)
                                    .then(|| discourse.floor())
                                    .flatten()
                            })
                            .or_else(|| voice.signer().map(|e| vec![e]))
                            .or_else(|| voice.undersigned())
                    })
                    .flatten()
                })
            else {
                continue;
            };
            sentence_speakers = Some(speakers.clone());
            let next = cues
                .get(ci + 1)
                .map_or(s.span.end, |n| clause_end.min(n.span.start));
            // "…, from the Turkish Foreign Minister, who urged …": what is asked ends before
            // the phrase the next cue's "who" stands for.
            let next = cues
                .get(ci + 1)
                .and_then(|n| text.get(cue.span.end..n.span.start))
                .and_then(|between| WHO_BEFORE_CUE.find(between))
                .and_then(|m| text[cue.span.end..cue.span.end + m.start()].rfind(','))
                .map_or(next, |c| next.min(cue.span.end + c));
            // "… must stop attacking the border and Baghdad must expel …": the next
            // obligation's subject is no part of this one.
            let next = cues
                .get(ci + 1)
                .filter(|n| n.shape == Shape::Deontic && n.span.start == next)
                .and_then(|n| parties::coordinated_obligation(&text[s.span.start..n.span.start]))
                .map(|at| s.span.start + at - " and ".len())
                .filter(|&at| at > cue.span.end)
                .map_or(next, |at| next.min(at));
            // "…, adding that the hostages must be freed" goes on to another demand: its words
            // are no part of this one's.
            let next = REPORTED_CLAUSE
                .find(&text[cue.span.end..next])
                .filter(|m| ci + 1 < cues.len() && m.as_str().trim_end().ends_with("that"))
                .map_or(next, |m| cue.span.end + m.start());
            // "Will she urge Dublin to …, and will she tell the House why …?": a second
            // question is a clause of its own.
            let next = NEXT_QUESTION
                .find(&text[cue.span.end..next])
                .map_or(next, |m| cue.span.end + m.start());
            let (mut addressees, asked_from) = parties::addressees(&ctx, cue, &discourse);
            // "Tbilisi was also urged by the U.S. Embassy to share …": the subject is asked,
            // and what it is asked follows the agent's "to".
            let asked_from = agent_asks_from.unwrap_or(asked_from);
            if let Some(list) = listed.filter(|_| addressees.is_empty()) {
                addressees.clone_from(&list.to);
            }
            // "It appealed to both sides": the sides are others than the one appealing, so
            // a pair that pointed back to the speaker names no one the text has named.
            if BOTH_SIDES.is_match(&text[cue.span.end..asked_from.max(cue.span.end)])
                && addressees.iter().all(|a| speakers.contains(a))
            {
                addressees.clear();
            }
            if cue.shape == Shape::Wish
                && addressees.is_empty()
                && !parties::wished_of_an_authority(text, cue, s.span.end)
            {
                continue;
            }
            // An imperative's verb is itself what is asked ("Release them now").
            let asked_from = if cue.shape == Shape::Imperative {
                cue.span.start
            } else {
                asked_from
            };
            // What is asked inside a quotation ends with it: "“Release them now,” Fatima
            // Bello, a mother of three, said" asks nothing of the words that name her.
            let asked_end = quote.map_or(next, |q| next.min(q.end).max(cue.span.end));
            let asked = trim_asked(
                text,
                Span::new(asked_from.min(asked_end), asked_end),
                cue.span.end,
            );
            let asked = before_predicate(text, cue.span, asked);
            // "… must stop attacking the Kingdom and must stop using …": the second
            // obligation's words start at its own modal.
            let asked = match ci.checked_sub(1).map(|p| &cues[p]) {
                Some(p)
                    if cue.shape == Shape::Deontic
                        && p.shape == Shape::Deontic
                        && asked.start < p.span.end
                        && text[p.span.end..cue.span.start]
                            .trim_end()
                            .ends_with(" and") =>
                {
                    Span::new(cue.span.start, asked.end.max(cue.span.start))
                }
                _ => asked,
            };
            if courtesy_call(text, cue.span, asked) {
                continue;
            }
            // "if the Philippine Government asks for it", "whatever the Iraqi government asks
            // for", "as UNICEF has repeatedly demanded.": a verb of asking with nothing
            // asked but a pronoun asks for nothing the text says.
            if cue.shape != Shape::Deontic && nothing_asked(asked.slice(text)) {
                continue;
            }
            // A party asks no one but itself only as its members ("ASEAN urged ASEAN Member
            // States to ratify …"): the addressee it names is then no party of its own.
            let members_asked =
                MEMBERS_AFTER.is_match(&text[cue.span.end..asked_from.max(cue.span.end)]);
            if members_asked && addressees.iter().all(|a| speakers.contains(a)) {
                addressees.clear();
            }
            // "The Taliban have insisted that …. The Taliban must fulfil …" in a statement:
            // an obligation put on the party that spoke last is the statement's own.
            let put_on_itself = cue.shape == Shape::Deontic
                && quote.is_none()
                && speakers.iter().all(|s| addressees.contains(s));
            let speakers = put_on_itself
                .then(|| {
                    voice
                        .of(s)
                        .or_else(|| voice.signer().map(|e| vec![e]))
                        .or_else(|| voice.undersigned())
                })
                .flatten()
                .unwrap_or(speakers);
            let speakers: Vec<EntityIx> = speakers
                .into_iter()
                .filter(|s| !addressees.contains(s) || addressees.len() > 1)
                .collect();
            if speakers.is_empty() {
                continue;
            }
            // A sports page asks nothing political, whatever its words ("set the field and
            // let him go"); nor does a sports sentence's "should" elsewhere.
            let sport = sports_page || is_sport(s.span.slice(text));
            // An official named with their office right before the modal is a party:
            // "insisted that Interior Cabinet Secretary Peter Langat must resign".
            let official_obliged = cue.shape == Shape::Deontic
                && cast
                    .refs_in(Span::new(clause_start, cue.span.start))
                    .last()
                    .is_some_and(|r| {
                        let entity = &cast.entities[r.entity];
                        entity.kind == ActorKind::Person
                            && entity.role.is_some()
                            && text[r.span.end..cue.span.start].trim().is_empty()
                    });
            // A "must" or "should" that asks for nothing political is somebody's opinion.
            let names_party = by_an_agent
                || official_obliged
                || addressees.iter().any(|&e| {
                    matches!(
                        cast.entities[e].kind,
                        ActorKind::Country | ActorKind::Organization | ActorKind::ArmedGroup
                    )
                })
                || (cue.shape == Shape::Deontic
                    && (addressable(&text[clause_start..cue.span.start])
                        || violence_must_stop(text, clause_start, cue.span)
                        || (crate::text::sentences::ends_as_running_text(s.span.slice(text))
                            && names_someone(&text[clause_start..cue.span.start]))
                        || parties::names_whom_it_is_for(text, cue, s.span.end)));
            let coordinated = AND_BEFORE.is_match(&text[s.span.start..cue.span.start]);
            // "China must not …, and we call on the Chinese side to …": a clause of its own,
            // with its own subject and verb, asks again.
            let own_clause = clause_start > s.span.start;
            // "said the blockade must be lifted and that aid workers must be protected": a
            // second reported clause states an obligation of its own.
            let that_again = ci.checked_sub(1).is_some_and(|p| {
                text.get(cues[p].span.end..cue.span.start)
                    .is_some_and(|between| AND_THAT.is_match(between))
            });
            // "…, adding that …": what the speaker goes on to ask is asked again.
            let reported = ci
                .checked_sub(1)
                .is_some_and(|p| REPORTED_CLAUSE.is_match(&text[cues[p].span.end..cue.span.start]));
            // An armed group's call to fight ("its supporters to target Taliban
            // checkpoints") is "other", whatever it would have them strike.
            // Its spokesman speaks for it: "the group's spokesman urged Somalis to join …".
            let armed = |e: EntityIx| cast.entities[e].kind == ActorKind::ArmedGroup;
            let by_militants = speakers
                .iter()
                .all(|&e| armed(e) || cast.entities[e].affiliation.is_some_and(armed));
            // The category of `asked` read with the words of `clause` around it.
            let classify = |asked: Span, clause: Span| {
                if by_militants && category::a_call_to_fight(asked.slice(text)) {
                    return Category::Other;
                }
                // "groups such as LeT and JeM must not be allowed to regroup": armed groups
                // kept from acting is action against them, whatever they would do.
                if cue.shape == Shape::Deontic
                    && !addressees.is_empty()
                    && addressees.iter().all(|&e| armed(e))
                    && category::a_group_kept_from_acting(asked.slice(text))
                {
                    return Category::Counterterrorism;
                }
                let names_groups = groups_asked_about(text, cast, asked, &addressees);
                category::classify(asked.slice(text), clause.slice(text), names_groups)
            };
            let around = asked_from.min(cue.span.start);
            // "urged both sides to return to the table and to release the prisoners" asks
            // two kinds of thing: one demand each, each with its own category (the words
            // around the cue count for the first only). Two asks of one kind ("to avoid
            // accusations and to show wisdom"), or one that says nothing of its kind, are
            // one demand.
            // "demands that …": the cue's own that-clause, which a second may follow.
            let that_clause = cue.shape != Shape::Deontic
                && text[cue.span.end..asked.start.max(cue.span.end)]
                    .trim_end()
                    .ends_with("that");
            // "called on A to …, and on B to …": a second party under the same "on" is
            // asked a demand of its own, whatever the kind of what each is asked.
            let called_on = cue.span.slice(text).ends_with("on");
            let segments = second_parties(text, asked, called_on);
            let whole_clause = |k: usize, segment: Span| match k {
                0 if segments.len() == 1 => Span::new(around, next),
                0 => Span::new(around, segment.end),
                _ => segment,
            };
            // The parties named after "and on": the first part does not ask them.
            let asked_later: Vec<EntityIx> = segments
                .iter()
                .filter_map(|&(_, party)| party)
                .flat_map(|party| parties::named_in(cast, party))
                .collect();
            let mut parts: Vec<(Span, Category, Vec<EntityIx>)> = Vec::new();
            for (k, &(segment, party)) in segments.iter().enumerate() {
                let asks: Vec<(Span, Category)> = coordinated_asks(text, segment, that_clause)
                    .into_iter()
                    .enumerate()
                    .map(|(i, a)| {
                        let clause = if k == 0 && i == 0 {
                            Span::new(around, a.end)
                        } else {
                            a
                        };
                        (a, classify(a, clause))
                    })
                    .collect();
                let asks = kinds_asked(asks);
                let asks = if asks.len() < 2 {
                    vec![(segment, classify(segment, whole_clause(k, segment)))]
                } else {
                    asks
                };
                // The party after "and on" is the one its part asks; the first part asks
                // the others.
                let asked_of = match party {
                    Some(party) => parties::named_in(cast, party),
                    None => addressees
                        .iter()
                        .copied()
                        .filter(|e| !asked_later.contains(e))
                        .collect(),
                };
                let asked_of = if asked_of.is_empty() {
                    addressees.clone()
                } else {
                    asked_of
                };
                parts.extend(asks.into_iter().map(|(a, c)| (a, c, asked_of.clone())));
            }
            for (part, (asked, category, addressees)) in parts.into_iter().enumerate() {
                if sports_page
                    || (category == Category::Other
                        && ((cue.shape == Shape::Deontic
                            && !names_party
                            && !time_has_come(text, cue.span))
                            || sport))
                {
                    continue;
                }
                let demand = FoundDemand {
                    speakers: speakers.clone(),
                    addressees,
                    verb: cue.span,
                    asked,
                    category,
                    force: cue.force,
                    quoted: quote.is_some(),
                    sentence: s.span,
                };
                // One speaker repeating a cue in a sentence ("we need support; we need aid")
                // makes one demand, as does one asking the same party the same kind of
                // thing twice (", underlining the urgency of …") in one clause; asking two parties
                // ("implored the negotiators … and asked the BRN") or a second thing with a
                // verb of its own ("called for … and urged all parties to …") makes two.
                // "Pakistan must act, and it must act now": the pronoun restates the one
                // obligation; "… must stop attacking … and must stop using …" adds one.
                let restated = matches!(
                    crate::text::words::last_word(&text[..cue.span.start])
                        .to_lowercase()
                        .as_str(),
                    "it" | "they" | "he" | "she" | "we"
                );
                let duplicate = part == 0
                    && !reported
                    && out.iter().any(|d| {
                        d.sentence == demand.sentence
                            && d.speakers == demand.speakers
                            && ((d.category == demand.category
                                && d.addressees == demand.addressees
                                && !(coordinated && d.asked.end <= cue.span.start)
                                && !(own_clause && d.asked.end <= cue.span.start)
                                && !(that_again && d.asked.end <= cue.span.start))
                                || (d
                                    .verb
                                    .slice(text)
                                    .eq_ignore_ascii_case(demand.verb.slice(text))
                                    && d.addressees == demand.addressees
                                    && (cue.shape != Shape::Deontic || restated)))
                    });
                if let Some((_, party)) = modal_lead.filter(|(m, _)| cue.span.overlaps(*m)) {
                    introduced.get_or_insert((cue.span, demand.speakers, Some(party)));
                    continue;
                }
                if !duplicate {
                    discourse.spoke(&demand.speakers, s.paragraph, si);
                    out.push(demand);
                }
            }
        }
        let introducing = introduced::introducer(text, s.span)
            .map(|verb| (verb, None))
            .or_else(|| {
                introduced::introducer_of_a_party(text, s.span)
                    .map(|(verb, party)| (verb, Some(party)))
            });
        if let Some((verb, asked_of)) = introducing {
            let cue = Cue {
                span: verb,
                force: Force::Appeal,
                shape: Shape::Object,
                address: None,
            };
            // "We call on the Government of Malaysia to:": the writers, as for any cue.
            let first_person = FIRST_PERSON.is_match(&text[s.span.start..verb.start]);
            let writers = first_person
                .then(|| {
                    discourse
                        .label_floor()
                        .or_else(|| voice.first_person(s))
                        .or_else(|| voice.issuers())
                })
                .flatten();
            introduced = writers
                .or_else(|| parties::speakers(&whole(si), &cue, &discourse))
                .or_else(|| voice.issuers())
                .map(|speakers| (verb, speakers, asked_of));
        } else if let Some(colon) = s
            .span
            .slice(text)
            .trim_end()
            .strip_suffix(':')
            .filter(|head| LEADS_A_LIST.is_match(head))
        {
            // "The Forum further:": the adverb after the subject is none of it.
            let head = colon.trim_end();
            let head = match head.rsplit_once(' ') {
                Some((before, last)) if Words::get().list_lead_adverbs.contains(last) => {
                    before.trim_end()
                }
                _ => head,
            };
            let subject = parties::subject_or_back(
                &whole(si),
                s.span.start,
                s.span.start + head.len(),
                &discourse,
            );
            lead = Some(subject)
                .filter(|who| !who.is_empty())
                .or_else(|| voice.issuers());
        }
        discourse.read(&whole(si));
    }
    out
}

/// How many sentences back an interview's answer may have begun: a paragraph longer than
/// that answers no question, and a text on one line is not read back to its start per cue.
const ANSWER_REACH: usize = 32;

/// Whether the paragraph of sentence `si` follows one that ends on a question: an
/// interview's answer, whose paragraphs carry no label after the first exchange.
fn answers_a_question(text: &str, sentences: &[Sentence], si: usize) -> bool {
    let paragraph = sentences[si].paragraph;
    let window = si.saturating_sub(ANSWER_REACH)..si;
    sentences[window.clone()]
        .iter()
        .rposition(|s| s.paragraph != paragraph)
        .map(|p| window.start + p)
        .is_some_and(|q| sentences[q].span.slice(text).trim_end().ends_with('?'))
}

/// "… adopted a final communiqué in which it:": the pronoun the lines below take as the
/// subject of their verbs ("- Called upon Member States to …").
static LEADS_A_LIST: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)\b(?:in\s+which|whereby|by\s+which)\s+(?:it|they|the\s+\w+)\s*$|(?-i:^(?:[A-Z][^,:\n]{{0,60}},\s+)?(?:[Tt]he\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){{0,6}}[A-Z][\w'’-]*,?(?:\s+(?:{}))?\s*$)",
        any_of(&[&Words::get().list_lead_adverbs])
    ))
});

/// How many groups what is asked names other than its addressees: a demand about a group
/// ("stop PKK attacks") rather than to it. A group named as the state it governs ("invite
/// the Islamic Emirate's representative", "respect the decisions of the Islamic Emirate")
/// is asked about as an administration, which says nothing of fighting it.
fn groups_asked_about(text: &str, cast: &Cast, asked: Span, addressees: &[EntityIx]) -> usize {
    cast.refs_in(asked)
        .filter(|r| matches!(cast.entities[r.entity].key, crate::actors::Key::Group(_)))
        .filter(|r| !addressees.contains(&r.entity))
        .filter(|r| !r.span.slice(text).contains("Emirate"))
        .count()
}

/// The demand one line of a list makes for whoever introduced it ("the EU calls on:" …
/// "• all parties to comply with international humanitarian law"): the party the line
/// opens on is asked what follows its "to".
fn listed_demand(
    text: &str,
    cast: &Cast,
    verb: Span,
    speakers: &[EntityIx],
    party: Span,
    asked: Span,
    line: Span,
) -> FoundDemand {
    let addressees = parties::named_in(cast, party);
    let names_groups = groups_asked_about(text, cast, asked, &addressees);
    let force = if verb.slice(text).to_lowercase().starts_with("demand") {
        Force::Demand
    } else {
        Force::Appeal
    };
    FoundDemand {
        speakers: speakers.to_vec(),
        addressees,
        verb,
        asked,
        category: category::classify(asked.slice(text), line.slice(text), names_groups),
        force,
        quoted: false,
        sentence: line,
    }
}

/// The demand of a review's recommendation line, when its closing brackets name parties:
/// they ask it of the state under review, which the line does not name.
fn recommendation(text: &str, cast: &Cast, line: Span) -> Option<FoundDemand> {
    let (verb, asked, by) = introduced::recommendation(text, line)?;
    let mut speakers: Vec<EntityIx> = Vec::new();
    for r in cast.refs_in(by).filter(|r| r.form == RefForm::Name) {
        if !speakers.contains(&r.entity) {
            speakers.push(r.entity);
        }
    }
    if speakers.is_empty() {
        return None;
    }
    Some(FoundDemand {
        speakers,
        addressees: Vec::new(),
        verb,
        asked,
        category: category::classify(
            asked.slice(text),
            line.slice(text),
            groups_asked_about(text, cast, asked, &[]),
        ),
        force: Force::Appeal,
        quoted: false,
        sentence: line,
    })
}

/// "The time has come to …", "it is time to …": a call in so many words, which asks even
/// when it names no party and no kind of act (a bare "must" may be an opinion); "he thought
/// it was time to retire" tells of the past.
fn time_has_come(text: &str, cue: Span) -> bool {
    let cue = cue.slice(text).to_lowercase();
    cue.contains("time") && !cue.contains("was") && !cue.contains("had")
}

/// The parties a passive's "by" names, up to the "to" of what is asked.
/// The agent of a passive ask ("urged by the OIC, in a statement issued from Jeddah, to
/// \"take …\""), and where what it asks begins (after its "to", a quotation mark included).
fn agent_of(text: &str, cast: &Cast, from: usize, to: usize) -> (Vec<EntityIx>, Option<usize>) {
    let reach = floor_char(text, to.min(from + AGENT_REACH));
    // "He was asked by the host …" without a "to" and a verb asks nothing, nor does one
    // asked "whether" (a "to" in a name, "the Committee to Protect Journalists", is none).
    let window = &text[from..reach];
    let Some(end) = window
        .match_indices(" to ")
        .find(|&(i, _)| {
            window[i + 4..]
                .trim_start_matches(['"', '“', '‘'])
                .starts_with(char::is_lowercase)
        })
        .map(|(i, _)| from + i)
    else {
        return (Vec::new(), None);
    };
    if [" whether ", " if ", " about "]
        .iter()
        .any(|w| text[from..end].contains(w))
    {
        return (Vec::new(), None);
    }
    let mut agent = parties::named_in(cast, Span::new(from, end));
    // "were asked by police on Tuesday to …", "have been told by the authorities to …": an
    // organ of the state the text names no further is the state the story is about.
    if agent.is_empty() && STATE_ORGAN_AGENT.is_match(&text[from..end]) {
        agent.extend(cast.most_named(
            from.saturating_sub(parties::REACH_BACK),
            from,
            ActorKind::Country,
            &[],
        ));
    }
    // "asked by the military not to contact …" asks the "not" too.
    let asks_from = match text[from..end].strip_suffix(" not") {
        Some(before) => from + before.len() + 1,
        None => end + " to ".len(),
    };
    (agent, Some(asks_from))
}

/// An agent that is the state's organ, unnamed: "police", "the military", "the
/// authorities", a phrase of time after it, and the "not" of what it asked not to do.
static STATE_ORGAN_AGENT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\s*(?:the\s+)?(?:local\s+|state\s+|federal\s+)?(?:police|military|army|authorities|security\s+forces|troops|soldiers)\b(?:\s+(?:on|last|this|earlier|in)\s+[^,;]{1,30})?(?:\s+not)?\s*$",
    )
});

/// How far after "by" a passive's agent may run.
const AGENT_REACH: usize = 200;

/// How many words of sport, two of them different at least, make a text a sports page,
/// whose "you must win those moments" asks nothing political wherever it stands.
const SPORTS_PAGE: usize = 4;

fn is_a_sports_page(text: &str) -> bool {
    let mut seen: Vec<std::borrow::Cow<str>> = Vec::new();
    let mut count = 0;
    for w in sports_words_in(text) {
        count += 1;
        if !seen.contains(&w) {
            seen.push(w);
        }
    }
    count >= SPORTS_PAGE && seen.len() >= 2
}

fn is_sport(sentence: &str) -> bool {
    sports_words_in(sentence).next().is_some()
}

/// The words of sport in `text`, lowercased; only a capitalised word costs an allocation,
/// as the page-wide count reads every word of a text.
fn sports_words_in(text: &str) -> impl Iterator<Item = std::borrow::Cow<'_, str>> {
    let words = &crate::lexicon::words::Words::get().sports_words;
    text.split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .map(|w| {
            if w.chars().any(char::is_uppercase) {
                std::borrow::Cow::Owned(w.to_lowercase())
            } else {
                std::borrow::Cow::Borrowed(w)
            }
        })
        .filter(move |w| words.contains(w))
}

/// What is asked, cut where a second infinitive is coordinated with the first ("to ratify
/// the treaty and to open the crossings", "… end the isolation regime and release ill
/// prisoners") or a second that-clause ("that Boko Haram release … and that all armed
/// groups cease …"); the cut drops the "and (to/that)".
///
/// A second that-clause is asked only when the cue's own "that" opened the first
/// (`that_clause`: "demands that …, and that …"); after "said X must …, and that …" it is
/// said.
fn coordinated_asks(text: &str, asked: Span, that_clause: bool) -> Vec<Span> {
    let body = asked.slice(text);
    // (where the part before ends, where the next begins)
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for c in AND_TO.captures_iter(body) {
        let m = c.get(0).expect("match");
        if c.get(1).is_some() && !that_clause {
            continue;
        }
        // "… and release ill prisoners": without "to", only a verb of action says a second
        // thing is asked, not a second object ("… the camps and the prisons").
        let verb = c.get(2);
        if verb.is_some_and(|v| !category::is_action_verb(&v.as_str().to_lowercase())) {
            continue;
        }
        cuts.push((m.start(), verb.map_or(m.end(), |v| v.start())));
    }
    // "to act in the interest of peace, exercise restraint, return to the track of political
    // settlement …": after an ask opening on a verb, a list item opening on one is an ask.
    let model = crate::syntax::model();
    // A listed verb of action is one whatever the treebank saw ("resume" it only met as a
    // noun).
    let base_verb = |w: &str| {
        category::is_action_verb(w)
            || (model.seen_as(w, crate::syntax::Upos::Verb)
                && !w.ends_with("ing")
                && !w.ends_with("ed")
                && !w.ends_with('s'))
    };
    // The ask's own verb: its first word, or a stated obligation's after the modal ("every
    // country … must take them back, try those …").
    let first_item = body.split(',').next().unwrap_or("");
    // "immediately cease violence, release …": the adverb before the verb is no verb.
    let opens_on_a_verb = first_item
        .split_whitespace()
        .find(|w| !w.ends_with("ly"))
        .is_some_and(|w| base_verb(&w.to_lowercase()))
        || MODAL_VERB
            .captures(first_item)
            .is_some_and(|c| base_verb(&c[1]));
    if opens_on_a_verb {
        for c in LIST_ITEM.captures_iter(body) {
            let (m, verb) = (c.get(0).expect("match"), c.get(1).expect("word"));
            // "the rescue, care and reintegration of children": a noun in a list of nouns.
            let noun_listed = matches!(&c[2], "and" | "or" | "of");
            // "trading houses that, he said, move money …": the verb after an aside goes on
            // with the clause the aside interrupts.
            let item_before = body[..m.start()].rsplit(',').next().unwrap_or("");
            let after_an_aside = ASIDE.is_match(item_before);
            if base_verb(verb.as_str())
                && !noun_listed
                && !after_an_aside
                && !cuts.iter().any(|&(cut, _)| cut == m.start())
            {
                cuts.push((m.start(), verb.start()));
            }
        }
        // "free the hostages, open a corridor … and return to talks": the last item of a
        // list of verbs follows "and" without a comma.
        if !cuts.is_empty() {
            for c in AND_TO.captures_iter(body) {
                let (m, verb) = (c.get(0).expect("match"), c.get(2));
                if let Some(v) = verb.filter(|v| base_verb(&v.as_str().to_lowercase())) {
                    if !cuts.iter().any(|&(cut, _)| cut == m.start()) {
                        cuts.push((m.start(), v.start()));
                    }
                }
            }
        }
    }
    cuts.sort_unstable();
    cuts.dedup_by_key(|c| c.0);
    let mut parts = Vec::new();
    let mut from = 0;
    for (cut, next) in cuts {
        if cut > from {
            parts.push(Span::new(asked.start + from, asked.start + cut));
            from = next;
        }
    }
    parts.push(Span::new(asked.start + from, asked.end));
    parts
}

/// The verb after a modal: "must take", "has to return".
static MODAL_VERB: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"\b(?:must|should|ha(?:s|ve)\s+to|needs?\s+to|ought\s+to)\s+([a-z]+)",
    )
});

/// ", he said,", ", officials say,": an attribution set off inside a clause.
static ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"^\s*(?:[\w’'-]+\s+){{1,2}}{}\s*$",
        any_of(&[&w.reporting_verbs, &w.speech_markers])
    ))
});

/// ", exercise …", ", and refrain …": a list item, its first word and the word after.
static LIST_ITEM: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r",\s+(?:and\s+)?([a-z]+)\s+(\w+)"));

/// The asks of one sentence's list, one per run of a kind: an ask that says nothing of its
/// kind ("to act in the larger interest of peace") goes with the one before it (or, first,
/// the one after), and neighbours of one kind are one ask. Fewer than two kinds make one
/// demand of the whole.
fn kinds_asked(parts: Vec<(Span, Category)>) -> Vec<(Span, Category)> {
    let mut out: Vec<(Span, Category)> = Vec::new();
    let mut pending: Option<Span> = None;
    for (span, kind) in parts {
        match out.last_mut() {
            Some(last) if kind == Category::Other || kind == last.1 => {
                last.0 = Span::new(last.0.start, span.end);
            }
            _ if kind == Category::Other => {
                pending = Some(pending.map_or(span, |p| Span::new(p.start, span.end)));
            }
            _ => {
                let start = pending.take().map_or(span.start, |p| p.start);
                out.push((Span::new(start, span.end), kind));
            }
        }
    }
    out
}

/// "ASEAN Member States", "its member countries": the members of a body asked, not the body.
static MEMBERS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"(?i)\bmember\s+(?:states|countries|nations|governments)\b")
});

/// ", who urged", ", who has also called on": a relative clause's "who" right before a cue.
static WHO_BEFORE_CUE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r",\s*who\s+(?:[a-z]+\s+){0,2}$"));

/// ", and on all protesters to", "and upon the militias to": a second party (the group)
/// asked to act under the verb that asked the first.
static AND_ON_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i),?\s+and\s+(?:also\s+)?(?:up)?on\s+([^,;:.]{1,80}?)\s+to\s+[a-z]",
    )
});

/// What is asked after "called on", cut where a second party is asked under the same verb
/// ("to respect the right to protest, and on all protesters to refrain from violence"):
/// each part, and the phrase naming its party for the parts after the first. The cut drops
/// the "and on … to".
fn second_parties(text: &str, asked: Span, called_on: bool) -> Vec<(Span, Option<Span>)> {
    let body = asked.slice(text);
    let mut parts = Vec::new();
    let mut from = 0;
    let mut party = None;
    // "on Dr. Khalil Ibrahim and on Abdel Wahid to sign …": when what is asked opens on the
    // first party rather than on a verb, both are asked one thing.
    let opens_on_a_verb = body
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .starts_with(char::is_lowercase);
    for c in AND_ON_TO
        .captures_iter(body)
        .filter(|_| called_on && opens_on_a_verb)
    {
        let (m, named) = (c.get(0).expect("match"), c.get(1).expect("party"));
        if m.start() > from {
            parts.push((
                Span::new(asked.start + from, asked.start + m.start()),
                party,
            ));
            from = m.end() - 1;
            party = Some(Span::new(
                asked.start + named.start(),
                asked.start + named.end(),
            ));
        }
    }
    parts.push((Span::new(asked.start + from, asked.end), party));
    parts
}

/// Whether sentence `span` is a crosshead in quotation marks: a line of its own, short, all
/// of it a quotation after at most a label ("UN envoy: 'The fighting must stop now'") or
/// between the dashes of a wire's subheads ("- 'Let them force the enemy' -"), no full
/// stop, question or exclamation mark inside the quotation, and its words given again below
/// (a standfirst's quotation that the body does not repeat asks on its own).
fn quoted_crosshead(text: &str, span: Span) -> bool {
    let line = span.slice(text).trim();
    let line = line
        .strip_prefix("- ")
        .and_then(|l| l.strip_suffix(" -"))
        .unwrap_or(line);
    let on_its_own = text[..span.start]
        .trim_end_matches([' ', '\t'])
        .ends_with('\n')
        && text[span.end..]
            .trim_start_matches([' ', '\t'])
            .starts_with(['\n', '\r']);
    let quoted = match line.split_once(": ") {
        Some((label, rest)) if label.len() <= 30 => rest,
        _ => line,
    };
    let inner = quoted.trim_matches(['"', '“', '”', '‘', '’', '\'']);
    on_its_own
        && line.len() <= 100
        && quoted.starts_with(['"', '“', '‘', '\''])
        && quoted.ends_with(['"', '”', '’', '\''])
        && !crate::text::sentences::ends_on_a_stop(quoted)
        && !inner.ends_with(',')
        && repeated_below(text, span.end, inner)
}

/// How far below a crosshead the words it repeats may stand: the paragraphs it heads.
const CROSSHEAD_REACH: usize = 4_000;

/// Whether the first words of `words` come again within [`CROSSHEAD_REACH`] after `from`,
/// as a crosshead's do in the paragraphs it heads: in order, a word at most between two of
/// them ("Let them force the enemy" heads "Let them first force the enemy to withdraw").
fn repeated_below(text: &str, from: usize, words: &str) -> bool {
    let bare = |w: &str| {
        w.trim_matches(|c: char| !c.is_alphanumeric())
            .to_lowercase()
    };
    let opening: Vec<String> = words.split_whitespace().take(4).map(bare).collect();
    let Some(first) = opening.first() else {
        return false;
    };
    let to = floor_char(text, (from + CROSSHEAD_REACH).min(text.len()));
    let below: Vec<String> = text[from..to].split_whitespace().map(bare).collect();
    let follows = |mut at: usize| {
        opening[1..].iter().all(|w| {
            match below[at + 1..below.len().min(at + 3)]
                .iter()
                .position(|b| b == w)
            {
                Some(k) => {
                    at += k + 1;
                    true
                }
                None => false,
            }
        })
    };
    (0..below.len()).any(|i| below[i] == *first && follows(i))
}

static AND_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i),?\s+and\s+(?:also\s+|then\s+)?(?:to\s+[“\x22]?|(that)\s+|([a-z][a-z-]+)\b)",
    )
});

/// "The military must …", "the Government must …", "The Americans should …", "The foreign
/// occupiers must …": a modal's subject that names a party no list holds (one or many),
/// or a people for its state.
static ADDRESSABLE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?:(?i)\b(?:the|its|our|their|federal|national|\w+(?:n|i|ese|ish))?\s*(?:{})s?|\b[Tt]he\s+[A-Z][a-z]+(?:ans|ese|is|ians|s))\s+(?:also\s+|now\s+|still\s+|really\s+)?(?:\x22|“)?$",
        any_of_spaced(&[&Words::get().addressable_nouns])
    ))
});

/// Whether the words before a modal end on a party no list holds, before or after a
/// relative clause ("Member States that voted for this force should now pay for it").
fn addressable(head: &str) -> bool {
    // Any relative pronoun may open the clause: "Every country that has nationals in that
    // camp must …" has its noun before the first "that", not the last.
    ADDRESSABLE.is_match(head)
        || [" that ", " who ", " which "].iter().any(|r| {
            head.match_indices(r).any(|(at, _)| {
                ADDRESSABLE.is_match(&head[..=at]) && !opens_a_clause(&head[at + r.len()..])
            })
        })
        || qualified_by_a_place(head)
}

/// Whether the words after a "that" open a clause with a subject of its own ("Royal
/// protocol states that the groom should …"), its first word a determiner or a pronoun as
/// the treebank tags them: the "that" is then a verb's, not a relative pronoun after a
/// party ("Member States that voted for it should …").
fn opens_a_clause(after: &str) -> bool {
    let model = crate::syntax::model();
    after.split_whitespace().next().is_some_and(|w| {
        let w = w.to_lowercase();
        model.seen_as(&w, crate::syntax::Upos::Det) || model.seen_as(&w, crate::syntax::Upos::Pron)
    })
}

/// How many words a phrase of place after the party may hold ("outside the region").
const PLACE_PHRASE_WORDS: usize = 4;

/// "Certain countries outside the region should stop …", "Political leaders on both sides
/// should refrain …": the party's noun before a short phrase of where it is.
fn qualified_by_a_place(head: &str) -> bool {
    const PLACES: [&str; 7] = [
        " in ",
        " on ",
        " outside ",
        " across ",
        " inside ",
        " from ",
        " along ",
    ];
    PLACES.iter().any(|p| {
        head.rfind(p).is_some_and(|at| {
            head[at + p.len()..].split_whitespace().count() <= PLACE_PHRASE_WORDS
                && ADDRESSABLE.is_match(&head[..=at])
        })
    })
}

/// "Such attacks must stop immediately", "The killing has to end": violence whose end a
/// modal asks for, of whoever commits it.
fn violence_must_stop(text: &str, clause_start: usize, cue: Span) -> bool {
    let head = text[clause_start..cue.start].trim_end();
    // "The killing of unarmed people on our border has to stop", "the attacks on ships must
    // stop": the noun before the first preposition heads the subject.
    let head = [
        " of ",
        " on ",
        " in ",
        " against ",
        " by ",
        " at ",
        " near ",
        " across ",
        " along ",
    ]
    .iter()
    .filter_map(|p| head.find(p))
    .min()
    .map_or(head, |at| &head[..at]);
    let last = head
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_lowercase();
    Words::get().violence_nouns.contains(&last) && STOP_AFTER.is_match(&text[cue.end..])
}

/// "stop", "end", "cease" right after the modal.
static STOP_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^\s+(?:stop|end|cease)\b"));

/// Whether a cue inside a quotation, after `subject` (the words from the clause or the
/// quotation's start), tells what someone else asked ("They asked …", "He asked not to
/// be …") rather than asking: a third person's pronoun and a past verb of asking. ("The
/// vice president urged …" in a quoted readout stays the readout's.)
fn told_inside_a_quote(subject: &str, cue: &str) -> bool {
    let subject = subject
        .trim()
        .trim_start_matches(['"', '“', '‘', '\''])
        .trim();
    let verb = cue.split_whitespace().next().unwrap_or("");
    let past = (verb.ends_with("ed") && !verb.ends_with("eed")) || verb == "told";
    ["they", "he", "she"]
        .iter()
        .any(|p| subject.eq_ignore_ascii_case(p))
        && past
}

/// Whether `cue` is "call on" in the diplomatic sense of a visit: "will call on the President
/// of Uzbekistan", "called on Prime Minister Anwar and discussed trade" ask nothing, since
/// no "to" or "for" follows the office called on.
fn courtesy_call(text: &str, cue: Span, asked: Span) -> bool {
    static CALL_ON: LazyLock<Regex> =
        LazyLock::new(|| crate::text::pattern::regex(r"(?i)^call(?:s|ed|ing)?\s+(?:on|upon)$"));
    static ASKS: LazyLock<Regex> =
        LazyLock::new(|| crate::text::pattern::regex(r"(?i)\b(?:to|for|not|that)\b"));
    if !CALL_ON.is_match(cue.slice(text)) {
        return false;
    }
    let opens_on_an_office = |s: &str| {
        s.trim_start()
            .trim_start_matches("the ")
            .split(|c: char| !c.is_alphabetic())
            .next()
            .is_some_and(|w| Words::get().visited_offices.contains(w))
    };
    let what = asked.slice(text);
    // "called on the state minister for disaster management to discuss preparations",
    // "called on Governor X at Raj Bhavan to invite him": an office visited for what a
    // visit is for.
    let after = &text[cue.end..floor_char(text, (cue.end + VISIT_REACH).min(text.len()))];
    let purpose = after.split_once(" to ").is_some_and(|(visited, rest)| {
        let words = Words::get();
        // "the state minister" in lower case too, but no short word ("king").
        visited.split_whitespace().any(|w| {
            let w = w.trim_matches(|c: char| !c.is_alphabetic());
            (w.len() > 4 || w.starts_with(char::is_uppercase))
                && words
                    .visited_offices
                    .iter()
                    .any(|o| o.eq_ignore_ascii_case(w))
        }) && rest
            .split_whitespace()
            .next()
            .is_some_and(|v| words.visit_purposes.contains(v.to_lowercase().as_str()))
    });
    purpose || (opens_on_an_office(what) && !ASKS.is_match(what))
}

/// How far after "called on" a visit's office and purpose are looked for.
const VISIT_REACH: usize = 120;

/// Whether `cue` is "expect" after a subject of onlookers ("Diplomats in Kyiv expect …"),
/// after a modal ("Governments that trade prisoners must expect …"), or before a quantity
/// or a trend ("expects the number to grow").
fn forecast_by_onlookers(text: &str, clause_start: usize, cue: Span) -> bool {
    let verb = cue.slice(text).to_lowercase();
    let head = &text[clause_start..cue.start];
    let words = Words::get();
    let object = text[cue.end..]
        .split_whitespace()
        .take(6)
        .take_while(|w| *w != "to")
        .last()
        .map(str::to_lowercase);
    verb.starts_with("expect")
        && (MODAL_BEFORE.is_match(head)
            || head
                .split(|c: char| !c.is_alphabetic())
                .any(|w| words.forecasters.contains(w.to_lowercase().as_str()))
            || object.is_some_and(|o| words.forecast_objects.contains(o.as_str())))
}

static MODAL_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:must|should|will|would|can|could|may|might)\s+(?:\w+ly\s+|also\s+)?$",
    )
});

/// Whether the quoted words from `from` to `to` end on a question mark before any full stop.
fn asks_a_question(text: &str, from: usize, to: usize) -> bool {
    let rest = text[from..to.max(from)]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '”' | '’' | '\'' | '»'));
    rest.ends_with('?') && !rest.contains(['.', '!'])
}

/// "TikTok must delete …": the modal's subject is a name no list holds, one to three
/// capitalised words none of which the treebank knows as anything but a name.
fn names_someone(head: &str) -> bool {
    let head = head.trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '‘'));
    let words: Vec<&str> = head.split_whitespace().collect();
    let dict = &crate::syntax::model().dict;
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && dict
                    .get(crate::syntax::perceptron::normalize(w).as_ref())
                    .is_none_or(|&t| t == crate::syntax::Upos::Propn)
        })
}

/// "both sides", "all parties", "the two sides": the parties to a conflict as addressees.
static BOTH_SIDES: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\s*(?:to\s+|on\s+|upon\s+)?(?:both|all|the\s+two|the)\s+(?:sides|parties|warring\s+parties)\b",
    )
});

/// "We urge", "I strongly ask", "I would appeal": a cue whose subject is the writer.
/// The speaker's own side as subject: "we", "I", and a delegate's "my delegation".
static FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)(?:^|\W)(?:we|i|(?:my|our)\s+(?:delegation|government|country)|this\s+(?:newspaper|paper|page|editorial\s+board))(?:’d|'d|’ve|'ve)?\s+(?:(?:\w+ly|also|again|now|therefore|once\s+(?:more|again)|already|further|today|have|had|would|must|(?:like|wish|want)\s+to)\s+)*$",
    )
});

/// How far before a cue its line's paragraph number may open the line.
const LINE_LABEL_REACH: usize = 16;

/// An operative paragraph of a resolution, a decision or a motion: the cue opens the
/// sentence, after at most its number ("2. Urges …", "(b) Calls upon …", "Demands that …",
/// "(3) calls on …").
fn operative(text: &str, clause_start: usize, cue: Span) -> bool {
    let before = text[clause_start..cue.start].trim();
    // The splitter may end a sentence at a paragraph's "2.", or run one on over a motion's
    // "(1) …; (2) …;" lines: the cue's line still holds its number, a few bytes after the
    // line break (looked for no further back, so a one-line document costs no more).
    let near = floor_char(text, cue.start.saturating_sub(LINE_LABEL_REACH));
    let line_label = text[near..cue.start]
        .rfind('\n')
        .map_or("", |p| text[near + p + 1..cue.start].trim());
    // A bullet under "the Commission:" ("- calls on the Ministry of Defence to …") counts
    // as a number.
    let bullet = is_bullet(line_label);
    let numbered = before.is_empty()
        || is_number(before)
        || bullet
        || (!line_label.is_empty() && is_number(line_label));
    // A capitalised verb opens the cue: in the third person under a body's name ("Calls
    // upon", "Urges"), in the base form under a declaration's "We, the Ministers …,"
    // ("Call upon", "Demand that").
    let verb = text[cue.start..cue.end]
        .split_whitespace()
        .next()
        .unwrap_or("");
    // The base form, or a motion's lower case ("(3) calls on …"), only after a paragraph
    // number: a sentence may open on an imperative or a participle ("Release them.",
    // "Underlining the need …") that no body issues.
    let labelled =
        (bullet || (!line_label.is_empty() && is_number(line_label))) && !verb.ends_with("ing");
    numbered
        && verb.len() > 3
        && ((verb.starts_with(char::is_uppercase) && verb.ends_with('s')) || labelled)
}

/// A paragraph of a resolution or a communiqué that opens on its body's verb, after its
/// number or under a "the Council:" line: "2. Reiterates …", "Strongly condemns …;".
static OPERATIVE_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:(?:[A-Z][a-z]+ly|Further|Also|Again)(?:\s+[a-z]+ly)*\s+[a-z]{3,}s|[A-Z][a-z]{3,}s|Is)\s+[a-z]",
    )
});

/// Whether `cue`, in sentence `s`, stands in an operative paragraph (see
/// [`OPERATIVE_OPENING`]) as a verb coordinated with the opening one (", and requests …",
/// "and, notwithstanding …, underlines the need …") or as an obligation it states ("…
/// that the perpetrators must be held accountable"). A verb after a noun, or after a
/// comma in a relative clause ("in which the Special Representative, X, urges …"), has a
/// subject of its own.
fn in_operative_paragraph(text: &str, s: Span, cue: &Cue) -> bool {
    let body = &text[s.start..cue.span.start];
    let line = body.rfind('\n').map_or(body, |p| &body[p + 1..]);
    let words = line.trim_start();
    let (label, rest) = words.split_once(' ').unwrap_or((words, ""));
    let labelled = is_number(label) || is_bullet(label);
    let opening = if labelled { rest.trim_start() } else { words };
    // A number the splitter left as a sentence of its own stands just before this one.
    let before = text[floor_char(text, s.start.saturating_sub(LINE_LABEL_REACH))..s.start].trim();
    let numbered = labelled
        || before
            .rsplit(char::is_whitespace)
            .next()
            .is_some_and(|w| is_number(w) || is_bullet(w));
    let listed = numbered
        || s.slice(text).trim_end().ends_with(';')
        || before.ends_with(':')
        || before.ends_with(';');
    // A declaration's numbered paragraphs open on the base form under "The member States
    // …:" ("10. Oppose the deployment …, and urge the States concerned to …").
    let base_form = numbered && {
        let first = opening.split_whitespace().next().unwrap_or("");
        first.len() > 3
            && first.starts_with(char::is_uppercase)
            && first[1..].chars().all(|c| c.is_ascii_lowercase())
            && crate::syntax::model().seen_as(&first.to_lowercase(), crate::syntax::Upos::Verb)
    };
    if !listed || !(OPERATIVE_OPENING.is_match(opening) || base_form) {
        return false;
    }
    if cue.shape == Shape::Deontic {
        return true;
    }
    let verb = cue.span.slice(text);
    let lead = body.trim_end();
    let relative = lead
        .split_whitespace()
        .any(|w| matches!(w, "which" | "who" | "whom" | "whose" | "where"));
    // "5. Is deeply concerned at …; warns the authorities against …": a semicolon
    // separates a paragraph's clauses, each opening on the body's verb.
    verb.starts_with(char::is_lowercase)
        && ((lead.ends_with(',') && !relative)
            || lead.ends_with(';')
            || lead
                .rsplit(char::is_whitespace)
                .next()
                .is_some_and(|w| matches!(w, "and" | "also" | "further" | "and,")))
}

/// "I spoke with her counterpart and asked him to …": a cue coordinated with a verb whose
/// subject is "I" or "we", with no clause between them that could bring another subject.
static FIRST_PERSON_AND: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?:^|\W)(?:I|[Ww]e)\s+[a-z]+\b([^.;:!?“”\x22]{0,160}?),?\s+and\s+(?:also\s+|then\s+)?$",
    )
});

fn coordinated_with_first_person(before_cue: &str) -> bool {
    FIRST_PERSON_AND.captures(before_cue).is_some_and(|c| {
        !c[1].split_whitespace().any(|w| {
            matches!(
                w,
                "that" | "who" | "which" | "when" | "after" | "because" | "if"
            )
        })
    })
}

/// ", and that", "and that": a second clause reported under the same verb of saying.
static AND_THAT: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"(?i),?\s+and\s+that\s"));

/// "… and urged", "…, and also called on": a cue coordinated with the one before it.
static AND_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"(?i)\band\s+(?:also\s+|then\s+|later\s+)?$"));

/// ", adding that …", ", stressing that …": a clause of its own, which may ask again, whose
/// speaker is still the sentence's subject.
static REPORTED_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(r",\s*{REPORTING_PARTICIPLES}\s+(?:that\s+)?"))
});

/// "– (PL) Mr President, …": the dash and the language a turn of the European Parliament's
/// record opens with, after its label's full stop.
static TURN_OPENING: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^\s*[–—]\s+\([A-Z]{2}\)\s+"));

/// ", and will she …", "and would the Minister …": a question of its own after another.
static NEXT_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i),?\s+and\s+(?:will|would|can|could)\s+(?:he|she|you|they|the|my|his|her)\b",
    )
});

/// The participles of saying that open a [`REPORTED_CLAUSE`].
const REPORTING_PARTICIPLES: &str = r"(?:saying|adding|stressing|insisting|noting|warning|arguing|emphasi[sz]ing|underlining|underscoring|stating|declaring)";

/// Where the subject of an asking verb starts when the parse finds it after the sentence's
/// earlier cue (which ended at `prev`) and a comma or conjunction opens it: clauses joined
/// by a comma alone ("the Progress Party demanded a decision, the Red Party urged …") or by
/// "and" each have their own subject. A verb coordinated with the earlier one shares its
/// subject, which the parse finds before `prev`; a subject after a verb of saying is
/// reported ("said the United States expects …"), the sayer still speaking.
fn own_subject_after(text: &str, parsed: Option<&Parsed>, cue: &Cue, prev: usize) -> Option<usize> {
    if matches!(
        cue.shape,
        Shape::Deontic | Shape::Imperative | Shape::Passive
    ) {
        return None;
    }
    let p = parsed?;
    let verb = p.token_at(cue.span.start)?;
    // "While X urged …, Y said in a briefing that “…” and asked …": a verb of saying with
    // a subject of its own between the two cues, this cue coordinated with it.
    let first = p.token_at(prev).unwrap_or(0);
    let said = (first..verb).rev().find(|&k| {
        Words::get()
            .reporting_verbs
            .contains(p.tokens[k].span.slice(text))
    });
    let coordinated =
        said.filter(|&k| text[p.tokens[k].span.end..cue.span.start].contains(" and "));
    if let Some(role) = coordinated.and_then(|k| p.subject(text, k)) {
        if role.span.start >= prev {
            return Some(role.span.start);
        }
    }
    let role = p.subject(text, verb)?;
    let opener = p.tokens[p.token_at(role.span.start)?.checked_sub(1)?]
        .span
        .slice(text);
    // After a bare comma the subject stands right before its verb: a phrase the parse
    // reaches back to across another comma ("…, urged Y …") is the earlier clause's object.
    let adjacent = verb
        .checked_sub(1)
        .is_some_and(|b| p.tokens[b].span.end == role.span.end);
    let opens = match opener {
        "," => adjacent,
        "and" | "but" | "while" | "whereas" => true,
        _ => false,
    };
    (role.span.start >= prev && opens).then_some(role.span.start)
}

/// A clause joined to the one before by a conjunction of time or contrast (", as Ethiopia
/// …", ", while Kenya …"): the first cue after it has the clause's own subject.
/// Whether what is asked holds no word but a pronoun or a preposition left of its
/// object ("it", "for", nothing at all).
fn nothing_asked(asked: &str) -> bool {
    asked
        .split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .all(|w| {
            matches!(
                w.to_lowercase().as_str(),
                "it" | "them" | "him" | "her" | "this" | "that" | "so" | "for"
            )
        })
}

/// A clause of time or cause after a comma (", when …", ", after …"): its subject is the
/// subject of a cue coordinated with its verb.
static SUBORDINATE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r",\s*(?:when|after|because|since|before|until|once)\s+")
});

static JOINED_CLAUSE: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r",\s*(?:while|whereas|as)\s+"));

/// A break after which a sentence's next cue has a subject of its own.
static CLAUSE_BREAK: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?:,\s*(?:while|whereas|but|as|and)\s+|;\s*|\bwhile\s+|\bwhereas\s+)",
    )
});

/// Where what is asked ends: a coordinated reporting verb that opens the next clause, a
/// perfect tense an infinitive cannot take (", and had shared the files with …"), a
/// subordinate clause of circumstance (", after a week of strikes…"), or a clause with a
/// named subject of its own (", and Puntland has suspended cooperation").
static NEXT_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i),?\s+and\s+(?:also\s+)?{}\b|,?\s+and\s+(?:had|has|have)\s+(?:also\s+|already\s+)?[a-z]+(?:ed|en|wn)\b|,\s+(?:after|following|amid|as|while|when|since|despite|which|who|where)\b|,\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w’'-]*(?:\s+(?-i:[A-Z])[\w’'-]*){{0,3}}\s+(?:has|have|had|is|was|were|are|said|says|will|would|also)\b",
        any_of(&[&Words::get().coordinated_verbs])
    ))
});

/// An attribution closing a sentence: ", the foreign ministers said after talks", after a
/// closing quotation mark of either shape (",“ the minister said" where a text closes with
/// an opening one).
static TRAILING_ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    // After a closing quotation mark the attribution may run on past a comma ("…,” said
    // Ugaas Mohamed, a senior elder).
    let verbs = any_of(&[&w.reporting_verbs, &w.attribution_verbs]);
    crate::text::pattern::regex(&format!(
        r",?[”“\x22]\s*(?:[^,;“”\x22]{{0,60}}\s)?{verbs}\b[^;]*$|,\s*(?:[^,;“”\x22]{{0,60}}\s)?{verbs}\b[^,;]*$"
    ))
});

/// What a demand standing as its sentence's subject asks, without the sentence's own
/// predicate: "Algeria's demand for an independent inquiry was rejected", "Our demand for
/// the dismantling of the sanctuaries is clear", "Nepal's call on New Delhi to share
/// intelligence went unanswered".
fn before_predicate(text: &str, cue: Span, asked: Span) -> Span {
    let before = text[..cue.start].trim_end();
    let cue = cue.slice(text);
    let subject = cue.starts_with(['\'', '’'])
        || ["Our ", "My ", "His ", "Her ", "Its ", "Their "]
            .iter()
            .any(|p| cue.starts_with(p))
        || before.ends_with("'s")
        || before.ends_with("’s");
    if !subject {
        return asked;
    }
    match PREDICATE.find(asked.slice(text)) {
        Some(m) if m.start() > 0 => Span::new(asked.start, asked.start + m.start()),
        _ => asked,
    }
}

/// The verb that follows a subject: a form of "be", "remains", or what becomes of a call
/// ("went unanswered", "fell on deaf ears", "came after …").
static PREDICATE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"\s(?:is|are|was|were|(?:has|have|had)\s+(?:been|gone)|remains?|remained|went|goes|fell|came|comes)\b",
    )
});

/// What is asked, without leading particles, a trailing attribution, punctuation and
/// quote marks. A stated obligation's subject stands before its cue (which ends at
/// `cue_end`): a clause set off inside it ("The ADF, which calls itself …, must be held
/// accountable") is no end of what is asked.
fn trim_asked(text: &str, span: Span, cue_end: usize) -> Span {
    let cut = |span: Span, re: &Regex| {
        re.find_iter(span.slice(text))
            .find(|m| m.start() > 0 && span.start + m.start() >= cue_end)
            .map_or(span, |m| Span::new(span.start, span.start + m.start()))
    };
    let span = cut(span, &TRAILING_ATTRIBUTION);
    // "… the resignation of the minister, saying that …": the speaker's reasons are no
    // part of what is asked.
    let span = cut(span, &REPORTED_CLAUSE);
    // "… a ceasefire and reiterated that the peace process must …": the next clause is
    // another demand's.
    let span = cut(span, &NEXT_CLAUSE);
    let s = span.slice(text);
    let lead = s.len()
        - s.trim_start_matches(|c: char| c.is_whitespace() || ",:;“\"‘'".contains(c))
            .len();
    // "asked only that the town be left in peace": the adverb qualifies the asking.
    let mut body = ["only ", "simply "]
        .iter()
        .find_map(|a| s[lead..].strip_prefix(a))
        .unwrap_or(&s[lead..]);
    for p in ["for ", "on ", "upon ", "to ", "that ", "of "] {
        if let Some(rest) = body.strip_prefix(p) {
            body = rest;
            break;
        }
    }
    let start = span.end - s.len() + (s.len() - body.len());
    let mut body =
        body.trim_end_matches(|c: char| c.is_whitespace() || ".,;:?”\"’'—–-»«".contains(c));
    // "(Enough. Give us security)": a gloss's closing bracket closes nothing of what is asked.
    if body.ends_with(')') && !body.contains('(') {
        body = body[..body.len() - 1]
            .trim_end_matches(|c: char| c.is_whitespace() || ".,;:".contains(c));
    }
    // A clause cut before its next verb leaves its conjunction behind.
    for tail in [" and", " or", " but", " while", " as well as"] {
        if let Some(rest) = body.strip_suffix(tail) {
            body = rest.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
        }
    }
    Span::new(start, start + body.len())
}
