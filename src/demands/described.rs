//! Parties a demand's subject only describes ("the guarantor countries", "a senior rebel
//! commander") or names by a word no list holds ("Al-Libi"): they become actors of their
//! own, so a demand is never dropped for want of a known speaker.

use super::cues::Cue;
use crate::actors::{Cast, EntityIx, Key, RefForm};
use crate::lexicon::words::{any_of, Words};
use crate::lexicon::{Lexicon, Title, TitleKind};
use crate::report::ActorKind;
use crate::syntax::{Parsed, Upos};
use crate::text::span::ceil_char;
use crate::text::Span;
use regex::Regex;
use std::sync::LazyLock;

/// Adds the described subjects of `cues` (in `sentence`, parsed as `p`) to the cast.
/// A quotation's speaker is whoever it is attributed to after it.
pub fn add(text: &str, sentence: Span, p: &Parsed, cues: &[Cue], quotes: &[Span], cast: &mut Cast) {
    // A headline's subject ("Guarantor countries urge …") is named in full in the story.
    let body = sentence.slice(text).trim_end();
    if !body.ends_with(['.', '!', '"', '”', '’', '\'']) {
        return;
    }
    for cue in cues {
        let role = match crate::text::quotes::containing(quotes, cue.span) {
            Some(q) => super::parties::attribution_role(text, p, q.end, sentence.end),
            None => super::parties::speaker_role(text, p, cue, sentence.start, sentence.end),
        };
        let Some(role) = role else {
            continue;
        };
        // "Bakhrom Tursunov and S Jaishankar called on …": each name of a coordinated
        // subject is a party, though no list holds the one the people stage missed.
        let between = |w: &[usize]| text[p.chunks[w[0]].span.end..p.chunks[w[1]].span.start].trim();
        let coordinated = role.chunks.len() > 1
            && role
                .chunks
                .windows(2)
                .all(|w| matches!(between(w), "and" | "&" | ","))
            && role
                .chunks
                .windows(2)
                .any(|w| matches!(between(w), "and" | "&"));
        if coordinated {
            coordinated_names(text, p, &role.chunks, cast);
        }
        // "Rep. Marcia Wendt, D-Columbus, pressed …", "the Crown prosecutor, Nicola Brandt,
        // SC, asked …": a politician's party and home, or the letters after a name, set off
        // after it, describe the one named before; they name no one.
        if is_label_after_a_name(role.span.slice(text).trim()) {
            continue;
        }
        // "The National Assembly on Monday passed a resolution …. The resolution urged …":
        // a document's issuer that no list holds is the body named as putting it out.
        if DOCUMENT_SUBJECT.is_match(role.span.slice(text).trim()) {
            issuer_named_before(text, cast, sentence.start);
            continue;
        }
        // "The insurgents, who call themselves Ahlu Sunnah wal Jamaah and …, demanded …":
        // the name they call themselves is who they are.
        if let Some((head, e)) = self_named_subject(text, cast, role.span.start, cue.span.start) {
            cast.defer_ref(head, e, RefForm::Name);
            continue;
        }
        // "…,” said Assistant Director in Charge Priya N. Raman": the chunk the clause
        // reads is part of a title the people stage already gave its holder.
        let held = cast
            .refs_starting_in(
                role.span.start.saturating_sub(TITLE_LEAD),
                role.span.start + 1,
            )
            .iter()
            .find(|r| {
                r.form == RefForm::Person && r.span.contains(role.span) && r.span != role.span
            })
            .map(|r| r.entity);
        if let Some(e) = held {
            cast.defer_ref(role.span, e, RefForm::Person);
            continue;
        }
        if let Some(e) = person_described_then_named(text, p, &role, sentence, cast) {
            cast.defer_ref(role.span, e, RefForm::Person);
            continue;
        }
        // "Mr McAleese's family appealed …", "Relatives of the captives urged …": the
        // relatives of someone speak for themselves, not as the one they are kin to.
        if let Some((span, kind)) = kin_of_someone(text, role.span) {
            cast.described(span, span.slice(text), kind);
            continue;
        }
        if let Some(e) = aged_holder(text, cast, role.span) {
            cast.defer_ref(role.span, e, RefForm::Person);
            continue;
        }
        // A phrase that names a party is that party; one that only qualifies by a state
        // ("the American Jewish Committee") may still be an institution's name.
        let names_a_party = cast
            .refs_in(role.span)
            .any(|r| matches!(r.form, RefForm::Name | RefForm::Person));
        // "the largest Sunni party in parliament, the Iraqi Islamic Party, renewed …",
        // "Nepal's largest student union, the Free Students Union, demanded …": a
        // description set off by the body's own name is that body.
        if let Some(name) = body_named_in_apposition(text, role.span.end, cue.span.start) {
            // A body the lists know is named by a reference of the whole name; a demonym
            // inside it ("Iraqi") is no such reference.
            let e = cast.named_by(name).unwrap_or_else(|| {
                let kind = if crate::actors::armed(name.slice(text)) {
                    ActorKind::ArmedGroup
                } else {
                    ActorKind::Organization
                };
                cast.described(name, name.slice(text), kind)
            });
            cast.defer_ref(role.span, e, RefForm::Name);
            continue;
        }
        let phrase = role.span.slice(text).trim();
        // A list's bullet ("• urges …") is no one.
        if !phrase.chars().any(char::is_alphanumeric) {
            continue;
        }
        // "…,” Xinhua said": an agency is the text's source, not a party.
        if Lexicon::get().is_media(phrase) {
            continue;
        }
        // Judged on the phrase's first chunk: "An armed group in the north", "the militants
        // holding the engineers".
        let first_chunk = p.chunks[role.chunks[0]].span.slice(text);
        let orphan = super::parties::unnamed_body(cast, first_chunk, role.span.start);
        // "The Bishop of Popayán implored …", "Mandera County Commissioner urged …": an office
        // of a place no one is named holding is a person the whole phrase names.
        if let Some((span, title)) = office_of_a_place(text, cast, role.span) {
            let e = cast.described(span, span.slice(text), ActorKind::Person);
            cast.entities[e].role = Some(title.slice(text).to_string());
            continue;
        }
        // "Colombia's Catholic bishops appealed …": a country's people who are not its
        // government speak for themselves, not for the state their possessive names.
        if let Some(span) = civil_of_a_state(text, cast, role.span) {
            cast.described(span, span.slice(text), ActorKind::Organization);
            continue;
        }
        if names_a_party
            || (super::parties::points_back(phrase) && !orphan)
            || !super::parties::named_with_the_noun(text, cast, phrase, role.span.start).is_empty()
            || !super::parties::holders_of_the_role(text, cast, phrase, role.span.start).is_empty()
            || !super::parties::listed_after_the_noun(text, cast, phrase, role.span.start)
                .is_empty()
            || super::parties::body_of_the_members(text, cast, phrase, role.span.start).is_some()
            || !super::parties::office_of_a_party(text, cast, phrase, role.span.start).is_empty()
        {
            office_before_a_pronoun(text, role.span, cast);
            continue;
        }
        // "Members of the Tweede Kamer on Tuesday pressed …": the body is the speaker.
        let lead = role.span.slice(text).len() - role.span.slice(text).trim_start().len();
        if let Some(at) = super::parties::members_of(phrase) {
            let span = Span::new(
                role.span.start + lead + at,
                role.span.start + lead + phrase.len(),
            );
            if !cast.overlapped(span) {
                cast.described(span, span.slice(text), ActorKind::Organization);
            }
            continue;
        }
        // "The Hostages and Missing Families Forum": a capitalised name whose words the
        // chunker split at "and", ending in an institution's word, is one body.
        if role.chunks.len() > 1 && !cast.overlapped(role.span) {
            if let Some(span) = institution_name(text, role.span) {
                cast.described(span, span.slice(text), ActorKind::Organization);
                continue;
            }
        }
        // A place named in the phrase ("Relatives of a geologist held hostage in Mali")
        // qualifies no one in it.
        let qualified = cast.refs_in(role.span).any(|r| {
            !matches!(
                crate::text::words::last_word(&text[role.span.start..r.span.start]),
                "in" | "at" | "near"
            )
        }) || (cast.overlapped(role.span)
            && cast.refs_in(role.span).next().is_none());
        // "Thousands of protesters", "Dozens of families": a noun of number is the phrase's
        // head only in form; the party is the noun after "of".
        let quantity = |c: usize| {
            let head = p.tokens[p.chunks[c].head].span.slice(text).to_lowercase();
            let of = p.tokens.get(p.chunks[c].last + 1);
            Words::get().quantity_nouns.contains(head.as_str())
                && of.is_some_and(|t| t.span.slice(text) == "of")
        };
        let chunk = match role.chunks[..] {
            [first, second, ..] if quantity(first) => p.chunks[second],
            _ => p.chunks[role.chunks[0]],
        };
        // "ministers meeting in Cebu on Saturday called on …": a phrase after a preposition
        // is where or when, not who.
        if chunk.first.checked_sub(1).is_some_and(|b| {
            matches!(
                p.tokens[b].span.slice(text).to_lowercase().as_str(),
                "in" | "at" | "on" | "near" | "from" | "during" | "since"
            )
        }) {
            continue;
        }
        let head = p.tokens[chunk.head];
        let head_word = head.span.slice(text).to_lowercase();
        // "The Commission on Human Rights (CHR) regional office said …": an office of a
        // body named right before it speaks for that body.
        if Words::get().office_nouns.contains(head_word.as_str()) {
            if let Some(e) = body_before(text, cast, p.tokens[chunk.first].span.start) {
                cast.defer_ref(role.span, e, RefForm::Name);
                continue;
            }
        }
        // "The group's spokesman, who uses the name Kohdan Baloch, warned …": the person
        // the description goes on to name, speaking for the group it belongs to.
        if let Some(name) = name_after_description(text, role.span.end, sentence.end) {
            let known = cast.refs_in(name).find(|r| r.span == name);
            let e = match known.map(|r| r.entity) {
                Some(e) if cast.entities[e].kind == ActorKind::Person => {
                    cast.defer_ref(role.span, e, RefForm::Person);
                    e
                }
                _ => {
                    let e = cast.described(role.span, name.slice(text), ActorKind::Person);
                    cast.defer_ref(name, e, RefForm::Name);
                    e
                }
            };
            let entity = &mut cast.entities[e];
            entity.role.get_or_insert(head_word.clone());
            if entity.affiliation.is_none() {
                cast.entities[e].affiliation = possessor_group(text, role.span, cast);
            }
            continue;
        }
        // "BRUSSELS – The federal prosecutor's office": a dateline before a dash is no
        // part of the phrase.
        let from = p.tokens[chunk.first..=chunk.last]
            .iter()
            .rposition(|t| matches!(t.span.slice(text), "–" | "—" | "-" | ":"))
            .map_or(chunk.first, |i| chunk.first + i + 1);
        // "Since May the government", "This month his office": an article or an owner's
        // word inside the chunk opens the phrase, the words before it are an adverbial the
        // chunker ran in.
        let from = (from + 1..=chunk.last)
            .rfind(|&k| {
                matches!(
                    p.tokens[k].span.slice(text).to_lowercase().as_str(),
                    "the" | "a" | "an" | "his" | "her" | "its" | "their"
                ) && !matches!(
                    p.tokens[k - 1].span.slice(text).to_lowercase().as_str(),
                    "all" | "both" | "half" | "of"
                )
            })
            .unwrap_or(from);
        // "Participating countries call on …", "The attending ministers urged …": a
        // participle the chunker left out qualifies the noun, as part of its name.
        let from = match from.checked_sub(1) {
            Some(k)
                if from == chunk.first
                    && matches!(p.tokens[k].tag, Upos::Verb | Upos::Adj)
                    && p.tokens[k].span.slice(text).ends_with("ing")
                    && (k == 0 || p.tokens[k - 1].tag == Upos::Det) =>
            {
                k
            }
            _ => from,
        };
        let body: Vec<_> = p.tokens[from..=chunk.last]
            .iter()
            .filter(|t| !matches!(t.tag, Upos::Det | Upos::Pron))
            .collect();
        let Some(first) = body.first() else { continue };
        // "Benin said it had reinforced its border posts. Its foreign minister urged …": an
        // official by a possessive pronoun speaks for the party the sentence before opened
        // on, as "Benin's foreign minister" would.
        if matches!(
            p.tokens[from].span.slice(text),
            "Its" | "its" | "Their" | "their"
        ) && Words::get().party_heads.contains(head_word.as_str())
            && !Words::get().is_body_noun(&head_word)
            // "Its commissioner …, Ambassador Hadiza Garba-Mohammed, called …" names them.
            && !text[role.span.end..]
                .strip_prefix(',')
                .is_some_and(|a| a.trim_start().starts_with(char::is_uppercase))
        {
            if let Some(e) = opening_party_before(text, cast, sentence.start) {
                cast.defer_ref(role.span, e, RefForm::Name);
                continue;
            }
        }
        // "a Texas Republican": an indefinite phrase describes someone, it names no one.
        let indefinite = p.tokens[chunk.first].tag == Upos::Det
            && matches!(
                p.tokens[chunk.first]
                    .span
                    .slice(text)
                    .to_lowercase()
                    .as_str(),
                "a" | "an"
            );
        let span = Span::new(first.span.start, chunk.span.end);
        // A name no list holds: proper nouns none of which the treebank knows as a common
        // word ("Al-Libi", not "Ministry"). A sentence's first word is capitalised whatever
        // it is: "Relatives of the victims …" opens on a noun the treebank knows in lower case.
        let sentence_start = p.tokens.first().map(|t| t.span.start);
        let common = |t: &&crate::syntax::Token| {
            let w = t.span.slice(text);
            let model = crate::syntax::model();
            model.is_common_word(w)
                || (Some(t.span.start) == sentence_start
                    && [Upos::Noun, Upos::Verb, Upos::Adj]
                        .into_iter()
                        .any(|tag| model.seen_as(&w.to_lowercase(), tag)))
        };
        // A lone singular noun in lower case ("the chairwoman") stands for someone the text
        // named in a way not yet resolved, not for a new party; a capitalised office ("the
        // Secretary-General") is a party of its own.
        let capitalised = head.span.slice(text).starts_with(char::is_uppercase);
        // "The Public Prosecutor, Counselor Hesham Fawzy, ordered …. The Public Prosecutor
        // urged …": a description that introduced a person before stands for them.
        if capitalised {
            if let Some(e) = introduced_person(text, cast, span) {
                cast.defer_ref(role.span, e, RefForm::Person);
                continue;
            }
        }
        // "Maulana Fazal Subhan Marwat said …. “…,” the Maulana said": an honorific with
        // its article stands for the last person it was written before.
        if let Some(e) = honorific_holder(text, cast, span) {
            cast.defer_ref(role.span, e, RefForm::Person);
            continue;
        }
        // "The Secretary-General urges …" in a statement that never names its holder: the
        // office speaks, once, whoever holds it.
        if capitalised && !of_a_party(text, cast, span.end) {
            if let Some(e) = office_speaking(cast, span, span.slice(text)) {
                // The office's every other use is its holder too: "The Secretary-General
                // condemned the attack. He called for …" before the office first asks.
                for other in uses(text, span) {
                    if !cast.overlapped(other) {
                        cast.defer_ref(other, e, RefForm::Person);
                    }
                }
                continue;
            }
        }
        let words = Words::get();
        // "The prosecution asked the court to sentence …", "The opposition demanded …": a
        // party named by its function is the body the text named with that word
        // ("the National Anti-Terrorism Prosecutor's Office (PNAT)"), else a party of its own.
        if body.len() == 1 && words.function_parties.contains(head_word.as_str()) {
            let stem: String = head_word.chars().take(7).collect();
            // Or the prosecutor who reports it: "The chief prosecutor, X, told reporters that
            // the prosecution had asked …".
            let office = cast
                .refs
                .iter()
                .find(|r| {
                    cast.entities[r.entity].kind == ActorKind::Organization
                        && r.span.slice(text).to_lowercase().contains(&stem)
                })
                .map(|r| r.entity);
            let reporting = || {
                cast.refs_in(Span::new(
                    role.span.start.saturating_sub(COURT_PARTY_REACH),
                    role.span.start,
                ))
                .find(|r| {
                    let e = &cast.entities[r.entity];
                    // "Assistant U.S. Attorney Martin Leclair … prosecutors asked …": a
                    // prosecuting attorney is the prosecution's voice.
                    e.kind == ActorKind::Person
                        && e.role.as_deref().is_some_and(|role| {
                            let role = role.to_lowercase();
                            role.contains(&stem)
                                || (stem.starts_with("prosecu")
                                    && role.contains("attorney")
                                    && !role.contains("defen"))
                        })
                })
                .map(|r| r.entity)
            };
            let named = office.or_else(reporting);
            match named {
                Some(e) => cast.defer_ref(role.span, e, RefForm::Name),
                None => {
                    cast.described(span, &head_word, ActorKind::Organization);
                }
            }
            continue;
        }
        if body.len() == 1 && head.tag == Upos::Noun && !head_word.ends_with('s') && !capitalised {
            // "A council of elders asked …", "a jirga of the Wazir tribes": a body's noun
            // whose "of" names its members is that body; alone, "the council" points back.
            if words.is_body_noun(&head_word) {
                if let Some(end) = members_after_of(text, p, chunk.last) {
                    let span = Span::new(head.span.start, end);
                    if !cast.overlapped(span) {
                        cast.described(span, span.slice(text), ActorKind::Organization);
                    }
                }
            }
            continue;
        }
        let last = body[body.len() - 1].span.slice(text);
        let all_proper = body.iter().all(|t| t.tag == Upos::Propn);
        // "the American Jewish Committee", "the Ombudsman's Office": a capitalised name
        // ending in an institution's word, whatever the tagger made of its adjectives; "the
        // Delhi Declaration", a document's name, stands for its adopters as a body, never a
        // person.
        let capitalised_name = body
            .iter()
            .filter(|t| t.tag != Upos::Part)
            .all(|t| t.span.slice(text).starts_with(char::is_uppercase));
        let institution_name = capitalised_name
            && (words.is_institution_head(last) || words.document_names.contains(last));
        let span = match verb_opening_a_name(text, p, chunk.first).filter(|_| institution_name) {
            Some(start) => Span::new(start, span.end),
            None => span,
        };
        let name_words = body.len() + usize::from(span.start < first.span.start);
        if institution_name && name_words >= 2 {
            let span = Span::new(span.start, of_name_end(text, p, chunk.last, span.end));
            // A body the lists know under this name ("the Intergovernmental Authority on
            // Development") is already in the cast.
            if !cast
                .refs_in(span)
                .any(|r| r.form == RefForm::Name && r.span.end == span.end)
            {
                cast.described(span, span.slice(text), ActorKind::Organization);
            }
            continue;
        }
        // "the charity Second Chances Trust", "the Istanbul-based rights group Central
        // Asian Rights Watch": a noun for a kind of body, in lower case, then the body's
        // name.
        if let Some(k) = body
            .iter()
            .rposition(|t| {
                let w = t.span.slice(text);
                w.starts_with(char::is_lowercase) && words.body_nouns.contains(w)
            })
            .map(|j| j + 1)
        {
            let kind_nouns = &body[..k];
            let named = &body[k..];
            // A name the cast already holds longer ("the rights group Ain o Salish Kendra
            // (ASK)", whose chunk ends before its "o") is that body's.
            if !named.is_empty()
                && named
                    .iter()
                    .all(|t| t.span.slice(text).starts_with(char::is_uppercase))
                && !cast
                    .refs_in(Span::new(
                        named[0].span.start,
                        text.len().min(span.end + 120),
                    ))
                    .any(|r| r.span.start == named[0].span.start && r.span.end > span.end)
            {
                let span = Span::new(named[0].span.start, span.end);
                let e = cast.described(span, span.slice(text), ActorKind::Organization);
                if crate::actors::armed(
                    &kind_nouns
                        .iter()
                        .map(|t| t.span.slice(text))
                        .collect::<Vec<_>>()
                        .join(" "),
                ) {
                    cast.entities[e].kind = ActorKind::ArmedGroup;
                }
                continue;
            }
        }
        // "The Emergency Lawyers group demanded …", "The Memorial human rights center urged
        // …": capitalised words no list holds, then a noun for a kind of body in lower case
        // (after the words in lower case that say what it does), name the body.
        if let [before @ .., kind] = &body[..] {
            let noun = kind.span.slice(text);
            let lower = |t: &crate::syntax::Token| {
                t.span
                    .slice(text)
                    .chars()
                    .all(|c| c.is_lowercase() || c == '-')
            };
            let doing = before.iter().rev().take_while(|t| lower(t)).count();
            let named = &before[..before.len() - doing];
            // "One public interest research group" counts the body, it does not name it.
            if !named.is_empty()
                && noun.starts_with(char::is_lowercase)
                && words.body_nouns.contains(noun)
                && named.iter().all(|t| {
                    t.span.slice(text).starts_with(char::is_uppercase) && t.tag != Upos::Num
                })
                && !cast.overlapped(Span::new(named[0].span.start, kind.span.end))
            {
                let name = Span::new(named[0].span.start, named[named.len() - 1].span.end);
                let e = cast.described(name, name.slice(text), ActorKind::Organization);
                if crate::actors::armed(noun) {
                    cast.entities[e].kind = ActorKind::ArmedGroup;
                }
                cast.defer_ref(span, e, RefForm::Name);
                continue;
            }
        }
        // "Defence lawyer Nadia Bennani", "sarpanch Baljit Kaur": a role in common nouns
        // before a name of two proper nouns or more.
        let is_capitalised =
            |t: &&crate::syntax::Token| t.span.slice(text).starts_with(char::is_uppercase);
        if let Some(k) = body.iter().rposition(|t| common(t) || !is_capitalised(t)) {
            let (role, name) = body.split_at(k + 1);
            let proper = |t: &&crate::syntax::Token| t.tag == Upos::Propn || !common(t);
            if name.len() >= 2
                && name.iter().all(|t| is_capitalised(t) && proper(t))
                && role.last().is_some_and(|t| t.tag == Upos::Noun)
                && !name
                    .iter()
                    .any(|t| words.not_names.contains(t.span.slice(text)))
            {
                let span = Span::new(name[0].span.start, span.end);
                let e = cast.described(span, span.slice(text), ActorKind::Person);
                let role = Span::new(role[0].span.start, role[role.len() - 1].span.end);
                cast.entities[e]
                    .role
                    .get_or_insert_with(|| role.slice(text).to_lowercase());
                continue;
            }
        }
        // "Labour's Naz Akhtar": after a possessive, the name is the person's and the owner
        // only qualifies them.
        let (body, span) = match body
            .iter()
            .rposition(|t| t.tag == Upos::Part && matches!(t.span.slice(text), "'s" | "’s"))
        {
            Some(i)
                if i + 1 < body.len()
                    && body[i + 1].span.slice(text).starts_with(char::is_uppercase) =>
            {
                let name = body[i + 1..].to_vec();
                let span = Span::new(name[0].span.start, span.end);
                (name, span)
            }
            _ if qualified && !orphan => continue,
            _ => (body, span),
        };
        // Words of institutions' names ("Ministry", "Service") are never a person's, nor is
        // a day or a month opening the sentence ("Tuesday, Ritzer asked …").
        let named_like_an_institution = body
            .iter()
            .any(|t| crate::actors::never_a_name(t.span.slice(text)));
        // "Okafor called for …": a capitalised word the treebank never saw is a name,
        // whatever tag its place at the start of a sentence earned it.
        let name_like = body.iter().all(|t| {
            t.tag == Upos::Propn
                || (t.span.slice(text).starts_with(char::is_uppercase) && !common(t))
        });
        // "Parliament calls on …" in a parliament's own release, "The Senate urged …" that
        // no named body took up above: the body named before with that head word ("the
        // European Parliament"), else the institution by its word.
        if body.len() == 1 && capitalised && words.institution_heads.contains(last) {
            // "The Council of Ministers asked …": a complement in capitals after the word
            // names the institution.
            let named_end = of_name_end(text, p, chunk.last, span.end);
            if named_end > span.end {
                let full = Span::new(span.start, named_end);
                if !cast
                    .refs_in(full)
                    .any(|r| r.form == RefForm::Name && r.span.end == full.end)
                {
                    cast.described(full, full.slice(text), ActorKind::Organization);
                }
                continue;
            }
            let headed = |e: EntityIx| {
                matches!(
                    cast.entities[e].kind,
                    ActorKind::Organization | ActorKind::ArmedGroup
                ) && cast.entities[e].name.split_whitespace().count() > 1
                    && (head_of(&cast.entities[e].name) == Some(last)
                        || (last == "House" && crate::actors::legislature(&cast.entities[e].name)))
            };
            // A communiqué's "The Council" is the council its opening names (its issuer),
            // though another ("the Presidential Leadership Council") was named since.
            let opening = cast.refs[..cast.refs.partition_point(|r| r.span.start < OPENING)]
                .iter()
                .map(|r| r.entity)
                .find(|&e| headed(e));
            // Else the one named last before the phrase, else the last the cast holds.
            let before = cast.refs[..cast.refs.partition_point(|r| r.span.start < span.start)]
                .iter()
                .rev()
                .map(|r| r.entity)
                .find(|&e| headed(e));
            let known = opening
                .or(before)
                .or_else(|| (0..cast.entities.len()).rev().find(|&e| headed(e)));
            match known {
                Some(e) => cast.defer_ref(span, e, RefForm::Name),
                None => {
                    // "the House of Representatives on Tuesday adopted a motion … The House
                    // urged …": the full name the text gave the body in passing.
                    let name =
                        full_name_before(text, last, span.start).map_or(last, |n| n.slice(text));
                    cast.described(span, name, ActorKind::Organization);
                }
            }
            continue;
        }
        // "The RCMP said …": a word in capitals no list holds is a body's acronym, never a
        // person's name.
        // An office's abbreviation ("the CS", Kenya's Cabinet Secretary) points back to its
        // holder.
        let acronym = body.len() == 1 && {
            let w = body[0].span.slice(text);
            w.chars().filter(char::is_ascii_uppercase).count() >= 2
                && w.chars().all(|c| c.is_ascii_uppercase() || c == '-')
                && Lexicon::get().title(w, TitleKind::Office).is_none()
        };
        // "Senators also asked …": the tagger may take a plural noun opening the sentence
        // for a name; a word the treebank knows in lower case is still that noun.
        let party_head = words.party_heads.contains(head_word.as_str())
            && (head.tag == Upos::Noun || (body.len() == 1 && common(&body[0])));
        let kind = if acronym {
            ActorKind::Organization
        } else if name_like
            && !indefinite
            && body.len() <= 3
            && !body.iter().any(common)
            && !named_like_an_institution
        {
            ActorKind::Person
        } else if all_proper && !party_head {
            continue;
        } else if orphan {
            // "an armed group", "a terror outfit": the qualifier says what the noun does not.
            let qualifier_armed = phrase
                .split_whitespace()
                .any(|w| words.armed_qualifiers.contains(w.to_lowercase().as_str()));
            if crate::actors::armed(phrase) || qualifier_armed {
                ActorKind::ArmedGroup
            } else {
                ActorKind::Organization
            }
        } else if party_head {
            // A plural, or a body ("the delegation", "the committee"), is no one person.
            if words.is_person_head(&head_word) {
                ActorKind::Person
            } else {
                ActorKind::Organization
            }
        } else {
            continue;
        };
        // "Families of hostages held in Gaza have called on …" in a lede, then "the Hostages
        // and Missing Families Forum said …": the body named just below with the phrase's
        // head word in its name.
        if kind == ActorKind::Organization && head_word.ends_with('s') {
            if let Some(e) = body_named_below(cast, &head_word, role.span.end) {
                cast.defer_ref(span, e, RefForm::Name);
                continue;
            }
        }
        // "Anwar Ibrahim … Anwar also urged …": a lone name that opens or closes the name of
        // one person met before is that person (Malay, Thai and Indonesian papers call
        // leaders by their given name).
        if kind == ActorKind::Person && body.len() == 1 {
            if let Some(e) = person_by_one_name(cast, span.slice(text)) {
                cast.defer_ref(span, e, RefForm::Person);
                continue;
            }
        }
        // "A grand jirga of the Ahmadzai Wazir tribes": the members a body's "of" names
        // are part of what it is called.
        let span = match members_after_of(text, p, chunk.last) {
            Some(end) if kind == ActorKind::Organization && !head_word.ends_with('s') => {
                Span::new(span.start, end)
            }
            _ => span,
        };
        let known = cast.entities.len();
        let e = cast.described(span, span.slice(text), kind);
        if kind == ActorKind::Person && cast.entities[e].affiliation.is_none() {
            cast.entities[e].affiliation = possessor_group(text, role.span, cast)
                .or_else(|| government_state(text, role.span, cast));
        }
        // "the NSCN demanded …" then "the NSCN must first give up its claim": a body's
        // acronym no list holds names it wherever the text uses it after (read once, when
        // the body is new).
        if acronym && e >= known {
            for later in later_uses(text, span) {
                if !cast.overlapped(later) {
                    cast.defer_ref(later, e, RefForm::Name);
                }
            }
        }
    }
}

/// The words after a country's possessive, when they are a noun of its people who are not
/// its government (`civil_heads`) and at most two words before it: "[Colombia's] Catholic
/// bishops", "[Egypt's] Coptic clerics". The state only places them.
/// An acronym in brackets closing a phrase: " (KIS)".
static ACRONYM_AFTER: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"\s*\([A-ZÀ-Ý][A-Za-zÀ-ÿ.-]{1,12}\)\s*$"));

fn civil_of_a_state(text: &str, cast: &Cast, span: Span) -> Option<Span> {
    let phrase = span.slice(text);
    let lead = phrase.len() - phrase.trim_start().len();
    let span = Span::new(span.start + lead, span.start + lead + phrase.trim().len());
    let first = cast.refs_in(span).next()?;
    let country = cast.entities[first.entity].kind == ActorKind::Country;
    let after = text[first.span.end..span.end].strip_prefix(['\'', '’'])?;
    let rest = after.strip_prefix('s')?.trim_start();
    // "Greece's Central Board of Jewish Communities (KIS)": the acronym after a body's name
    // is no part of it.
    let start = span.end - rest.len();
    let rest = ACRONYM_AFTER
        .find(rest)
        .map_or(rest, |m| &rest[..m.start()]);
    let words: Vec<&str> = rest.split_whitespace().collect();
    let head = words.last()?;
    let lists = Words::get();
    let connector = |w: &&str| matches!(*w, "of" | "for" | "and" | "the" | "on");
    // A capitalised name whose word before its field is an institution's ("Board" of
    // "Central Board of Jewish Communities").
    let named_body = words.len() <= 7
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || connector(w))
        && words
            .iter()
            .take_while(|w| !connector(w))
            .last()
            .is_some_and(|w| lists.is_institution_head(w));
    (country
        && first.span.start == span.start
        && cast.refs_in(span).count() == 1
        && ((1..=3).contains(&words.len())
            && (lists.civil_heads.contains(head)
                || (words.iter().all(|w| w.starts_with(char::is_uppercase))
                    && lists.civil_bodies.contains(head)))
            || named_body))
        .then(|| Span::new(start, start + rest.trim_end().len()))
}

/// "The insurgents, who call themselves …", "the group, which calls itself …", "the
/// militants, known as …": a subject and the name it goes by.
static CALLS_ITSELF: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^([^,;:.]{3,60}?),\s+(?:(?:who|which|that)\s+(?:call|calls|called)\s+(?:themselves|itself)|(?:also\s+)?known\s+as)\s+(?:the\s+)?",
    )
});

/// The subject before a cue at `cue` and the party it calls itself, when the subject
/// opening at `start` is one that says so.
fn self_named_subject(
    text: &str,
    cast: &Cast,
    start: usize,
    cue: usize,
) -> Option<(Span, EntityIx)> {
    let before = text.get(start..cue)?;
    let c = CALLS_ITSELF.captures(before)?;
    let head = c.get(1)?;
    let named_at = start + c.get(0)?.end();
    let r = cast.refs_starting_at(named_at).find(|r| {
        matches!(r.form, RefForm::Name)
            && matches!(
                cast.entities[r.entity].kind,
                ActorKind::ArmedGroup | ActorKind::Organization
            )
    })?;
    Some((
        Span::new(start + head.start(), start + head.end()),
        r.entity,
    ))
}

/// "the Bishop of Popayán", "the Governor of Cauca", "Mandera County Commissioner": a
/// capitalised office with the place it serves ("of" a place that is no state's name, or a
/// county's, state's or district's name before it).
static OFFICE_OF_A_PLACE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:[Tt]he\s+)?(?:(?P<title>(?:[A-Z][\w’'.-]*\s+){0,3}?(?P<head>[A-Z][\w’'-]*))\s+of\s+(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:[\s-]+[A-Z][\w’'-]*){0,3})|(?:[A-Z][\w’'-]*\s+){1,3}(?:County|State|District|Province|Provincial|Regional)\s+(?P<title2>(?:[A-Z][\w’'-]*\s+){0,2}?(?P<head2>[A-Z][\w’'-]*)))$",
    )
});

/// The phrase and its title when `span` is an office of a place no one is named holding
/// (see [`OFFICE_OF_A_PLACE`]). A state named by its name ("President of Kenya") makes it
/// a state's office, which the state speaks for; a capital ("of Port-au-Prince") is the
/// see or the city it serves.
fn office_of_a_place(text: &str, cast: &Cast, span: Span) -> Option<(Span, Span)> {
    let phrase = span.slice(text).trim();
    let lead = span.slice(text).len() - span.slice(text).trim_start().len();
    let c = OFFICE_OF_A_PLACE.captures(phrase)?;
    let (title, head) = match (c.name("title"), c.name("head")) {
        (Some(t), Some(h)) => (t, h),
        _ => (c.name("title2")?, c.name("head2")?),
    };
    let lx = Lexicon::get();
    lx.titles_named(head.as_str()).next()?;
    let at = span.start + lead;
    let whole = Span::new(at + c.get(0)?.start(), at + c.get(0)?.end());
    let article = ["The ", "the "]
        .iter()
        .find(|a| whole.slice(text).starts_with(*a))
        .map_or(0, |a| a.len());
    let named = Span::new(whole.start + article, whole.end);
    // A person named in the phrase, or a state or body by its own name, makes it no
    // unheld office of a place.
    let by_name = cast.refs_in(named).any(|r| {
        let e = &cast.entities[r.entity];
        r.form == RefForm::Person
            || (r.form == RefForm::Name && r.span.slice(text).eq_ignore_ascii_case(&e.name))
    });
    if by_name
        || c.name("place")
            .is_some_and(|p| lx.country_by_name(p.as_str()).is_some())
    {
        return None;
    }
    Some((named, Span::new(at + title.start(), at + title.end())))
}

/// Where a body's name starts when a capitalised word the tagger took for a verb, an adverb
/// or a foreign word opens it right before its chunk ("Prevent Watch", "Counter Terrorism
/// Unit"). A command opening a sentence ("Tell Hamas …") is no name's: the caller asks for
/// an institution's word to end the name.
fn verb_opening_a_name(text: &str, p: &Parsed, first: usize) -> Option<usize> {
    let verb = p.tokens.get(first.checked_sub(1)?)?;
    let joined = text[verb.span.end..p.tokens[first].span.start]
        .chars()
        .all(|c| c == ' ');
    (joined
        && matches!(verb.tag, Upos::Verb | Upos::Aux | Upos::Adv | Upos::X)
        && verb.span.slice(text).starts_with(char::is_uppercase))
    .then_some(verb.span.start)
}

/// The organization whose name ends right before `at`, past blanks and a bracketed acronym
/// ("the Commission on Human Rights (CHR) regional office").
fn body_before(text: &str, cast: &Cast, at: usize) -> Option<EntityIx> {
    let before = text[..at].trim_end();
    let before = match before.strip_suffix(')') {
        Some(inner) => inner[..inner.rfind('(')?].trim_end(),
        None => before,
    };
    let end = before.len();
    cast.refs_in(Span::new(end.saturating_sub(BODY_NAME_REACH), end))
        .find(|r| {
            r.span.end == end
                && r.form == RefForm::Name
                && cast.entities[r.entity].kind == ActorKind::Organization
        })
        .map(|r| r.entity)
}

/// The institution's word a body's name turns on: its last word, or the one before its
/// field ("Committee" in "the Parliamentary Standing Committee on Home Affairs").
pub(super) fn head_of(name: &str) -> Option<&str> {
    let words: Vec<&str> = name.split_whitespace().collect();
    let field = words
        .iter()
        .position(|w| matches!(*w, "of" | "on" | "for" | "against"))
        .unwrap_or(words.len());
    field.checked_sub(1).map(|i| words[i])
}

/// How far back [`full_name_before`] looks for a body's full name.
const FULL_NAME_REACH: usize = 10_000;

/// The last full name before `at` that the institution's word `head` heads: "the House of
/// Representatives", "the Wolesi Jirga", "the National Assembly" for "House", "Jirga",
/// "Assembly" — capitalised words before it, or "of", "for" or "on" and capitalised words
/// after it.
fn full_name_before(text: &str, head: &str, at: usize) -> Option<Span> {
    let from = crate::text::span::floor_char(text, at.saturating_sub(FULL_NAME_REACH));
    let words = Words::get();
    // A capitalised word of a name; "the House of Representatives on Tuesday": no day or
    // month.
    let named = |w: &str| {
        w.starts_with(|c: char| c.is_ascii_uppercase())
            && !words.weekdays.contains(w)
            && !words.months.contains(w)
    };
    text[from..at].rmatch_indices(head).find_map(|(i, _)| {
        let start = from + i;
        let end = start + head.len();
        let bounded = !text[..start].ends_with(|c: char| c.is_alphanumeric())
            && !text[end..].starts_with(|c: char| c.is_alphanumeric());
        if !bounded {
            return None;
        }
        // Capitalised words right before it: "the National Assembly"; none across a line
        // break or a sentence's end ("… said Lieutenant-Colonel X. ⏎ The … Mission").
        let opening: usize = text[from..start]
            .split(' ')
            .rev()
            .skip(1)
            .take_while(|w| {
                named(w)
                    && !matches!(*w, "The" | "A" | "An")
                    && !w.contains('\n')
                    && !w.ends_with(['.', ',', ';', ':', '!', '?'])
            })
            .map(|w| w.len() + 1)
            .sum();
        // "of", "for" or "on" and capitalised words right after it.
        let mut after = text[end..].split(' ').skip(1);
        let field = match after.next() {
            Some(of @ ("of" | "for" | "on")) => {
                let name: usize = after
                    .take_while(|w| named(w) && !w.ends_with([',', '.', ';', ':']))
                    .map(|w| w.len() + 1)
                    .sum();
                if name == 0 {
                    0
                } else {
                    1 + of.len() + name
                }
            }
            _ => 0,
        };
        (opening > 0 || field > 0).then(|| Span::new(start - opening, end + field))
    })
}

/// The longest body's name [`body_before`] looks back over.
const BODY_NAME_REACH: usize = 200;

/// How far before "the prosecution" the prosecutor reporting its request may be named: the
/// sentence's start.
const COURT_PARTY_REACH: usize = 300;

/// The later uses of the word at `span` as a word of its own (not "NSCN-IM" for "NSCN").
fn later_uses(text: &str, span: Span) -> Vec<Span> {
    uses(text, span)
        .into_iter()
        .filter(|s| s.start >= span.end)
        .collect()
}

/// The other uses of the words at `span` in the text, each as words of their own.
fn uses(text: &str, span: Span) -> Vec<Span> {
    let word = span.slice(text);
    let part_of_a_word = |c: char| c.is_alphanumeric() || c == '-';
    text.match_indices(word)
        .map(|(at, _)| Span::new(at, at + word.len()))
        .filter(|s| {
            *s != span
                && !text[..s.start].ends_with(part_of_a_word)
                && !text[s.end..].starts_with(part_of_a_word)
        })
        .collect()
}

/// "Sheikh Abdulqadir Moalim Omar … buried a nephew on Tuesday. The 61-year-old cleric
/// urged …", "Sheikh Rafi al-Jughaifi … lost two nephews. The tribal leader called on …": a
/// description by age, or in lower case by a word for what a person is, opening a sentence
/// stands for the first person the sentence before names — unless someone named holds a role
/// of that word ("the minister"), which the speakers' look-back finds.
fn aged_holder(text: &str, cast: &Cast, role: Span) -> Option<EntityIx> {
    static AGED: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::pattern::regex(r"^[Tt]he\s+\d{1,3}-year-old(?:\s+[a-z-]+)?$")
    });
    static DESCRIBED: LazyLock<Regex> =
        LazyLock::new(|| crate::text::pattern::regex(r"^The\s+(?:[a-z-]+\s+){0,2}([a-z]+)$"));
    let phrase = role.slice(text).trim();
    if !AGED.is_match(phrase) {
        let head = DESCRIBED.captures(phrase)?.get(1)?.as_str();
        let words = Words::get();
        let what_one_is = words.person_descriptions.contains(head)
            && !words.male_kin.contains(head)
            && !words.female_kin.contains(head);
        let held = cast.entities.iter().any(|e| {
            e.kind == ActorKind::Person
                && e.role
                    .as_deref()
                    .is_some_and(|r| r.split([' ', '-']).any(|w| w.eq_ignore_ascii_case(head)))
        });
        if !what_one_is || held {
            return None;
        }
    }
    cast.refs_in(sentence_before(text, role.start))
        .find(|r| cast.entities[r.entity].kind == ActorKind::Person)
        .map(|r| r.entity)
}

/// The sentence before the one opening at `start`, up to `start`.
fn sentence_before(text: &str, start: usize) -> Span {
    let before = text[..start].trim_end();
    // Past the sentence's own closing mark, which may be a curly quote of three bytes.
    let prev_end = before.char_indices().next_back().map_or(0, |(i, _)| i);
    let prev_start = before[..prev_end]
        .rfind(['.', '!', '?', '\n'])
        .map_or(0, |p| p + 1);
    Span::new(prev_start, start)
}

/// The person last named after the honorific `span` holds ("the Maulana" after "Maulana
/// Fazal Subhan Marwat"), when `span` is one word the lexicon knows as an honorific.
fn honorific_holder(text: &str, cast: &Cast, span: Span) -> Option<EntityIx> {
    let word = span.slice(text);
    if word.contains(' ') || Lexicon::get().title(word, TitleKind::Honorific).is_none() {
        return None;
    }
    // The references are not sorted yet while subjects are described.
    cast.refs
        .iter()
        .filter(|r| {
            r.span.start < span.start
                && cast.entities[r.entity].kind == ActorKind::Person
                && (r
                    .span
                    .slice(text)
                    .strip_prefix(word)
                    .is_some_and(|rest| rest.starts_with(' '))
                    || text[..r.span.start]
                        .trim_end()
                        .strip_suffix(word)
                        .is_some_and(|b| !b.ends_with(char::is_alphanumeric)))
        })
        .max_by_key(|r| r.span.start)
        .map(|r| r.entity)
}

/// The one person whose name's first or last word is `word`, if exactly one has it.
fn person_by_one_name(cast: &Cast, word: &str) -> Option<EntityIx> {
    let mut found = cast.ending_on(word).filter(|&e| {
        let ent = &cast.entities[e];
        let mut words = ent.name.split_whitespace();
        ent.kind == ActorKind::Person
            && ent.name.contains(' ')
            && (words.next() == Some(word) || words.next_back() == Some(word))
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// How far before a "government official" the state it serves may be named.
const STATE_REACH: usize = 4_000;

/// How far into a document its opening runs: a letterhead, a title and the first
/// paragraph, where a communiqué names the body that issues it.
pub(super) const OPENING: usize = 600;

/// The state a "senior government official" or "a foreign ministry spokeswoman" serves:
/// the state or capital the phrase places them in ("a foreign ministry spokeswoman in
/// Paris"), else the one the story has named most in the text before ("BOGOTA – Colombia's
/// ELN rebels must free all hostages, a senior government official said"), the latest of
/// equals.
fn government_state(text: &str, role: Span, cast: &Cast) -> Option<EntityIx> {
    let governmental = role
        .slice(text)
        .split(|c: char| !c.is_alphabetic())
        .any(|w| {
            ["government", "ministry", "presidency"]
                .iter()
                .any(|g| w.eq_ignore_ascii_case(g))
        });
    if !governmental {
        return None;
    }
    let placed = cast.refs_in(role).find(|r| {
        cast.entities[r.entity].kind == ActorKind::Country
            && matches!(
                crate::text::words::last_word(&text[role.start..r.span.start]),
                "in" | "from"
            )
    });
    placed.map(|r| r.entity).or_else(|| {
        cast.most_named(
            role.start.saturating_sub(STATE_REACH),
            role.start,
            ActorKind::Country,
            &[],
        )
    })
}

/// How far past its sentence a person described by role may be named.
const PERSON_NAMED_REACH: usize = 600;

/// "The headmistress of a school in Nigeria has appealed …" in a lede, then "Asabe Kwambula
/// also called on …": a subject whose head is a word for a person by kin or calling
/// ("headmistress", "uncle"), any party named only in its complement, is the person first
/// named in the sentences just below — not the party of the complement, which only places
/// them. "The delegate of the United States" is no such word: it speaks for its state.
fn person_described_then_named(
    text: &str,
    p: &Parsed,
    role: &crate::syntax::clause::Role,
    sentence: Span,
    cast: &Cast,
) -> Option<EntityIx> {
    let first = p.chunks[*role.chunks.first()?];
    let head = p.tokens[first.head].span.slice(text);
    // "The international envoy for Syria on Sunday implored …, … Kamel Ben Youssef, the
    // joint envoy of the United Nations and the Arab League, said": an emissary is the one
    // named below in that office, not the place of their brief.
    let emissary = head.starts_with(char::is_lowercase)
        && Words::get().emissary_roles.contains(head)
        && cast.refs_in(first.span).next().is_none();
    let described = emissary
        || (role.chunks.len() > 1
            && head.starts_with(char::is_lowercase)
            && Words::get().personal_roles.contains(head)
            && cast.refs_in(first.span).next().is_none());
    if !described {
        return None;
    }
    // "The sister of a British contractor … has begged …", then "His sister, Claire
    // Lomax, 45, said …": the person the kin word introduces below, over anyone named
    // between (the relative the story is about).
    let lists = Words::get();
    if lists.male_kin.contains(head) || lists.female_kin.contains(head) {
        if let Some(e) = named_after_the_kin_word(text, cast, head, sentence.end) {
            return Some(e);
        }
    }
    let in_office = |e: EntityIx| {
        !emissary
            || cast.entities[e]
                .role
                .as_deref()
                .is_some_and(|r| r.to_lowercase().split(' ').any(|w| w == head))
    };
    let seen_before = |e: EntityIx| {
        cast.refs_starting_in(sentence.end.saturating_sub(20_000), sentence.end)
            .iter()
            .any(|r| r.entity == e)
    };
    cast.refs_starting_in(sentence.end, sentence.end + PERSON_NAMED_REACH)
        .iter()
        .filter(|r| matches!(r.form, RefForm::Name | RefForm::Person))
        .map(|r| r.entity)
        .find(|&e| cast.entities[e].kind == ActorKind::Person && in_office(e))
        .filter(|&e| !seen_before(e))
}

/// How far below a lede a relative it described may be named.
const KIN_NAMED_REACH: usize = 3_000;

/// The person named right after `kin` ("his mother Nasreen", "His wife, Debbie Ashworth")
/// in the text just after `from`.
fn named_after_the_kin_word(text: &str, cast: &Cast, kin: &str, from: usize) -> Option<EntityIx> {
    let to = ceil_char(text, (from + KIN_NAMED_REACH).min(text.len()));
    let window = &text[from..to];
    window.match_indices(kin).find_map(|(i, _)| {
        let at = from + i;
        let whole = !text[..at].ends_with(char::is_alphanumeric)
            && !text[at + kin.len()..].starts_with(char::is_alphanumeric);
        if !whole {
            return None;
        }
        let rest = &text[at + kin.len()..];
        let name_at = text.len() - rest.trim_start_matches([',', ' ']).len();
        (name_at - (at + kin.len()) <= 2)
            .then(|| cast.refs_starting_at(name_at))
            .into_iter()
            .flatten()
            .find(|r| cast.entities[r.entity].kind == ActorKind::Person)
            .map(|r| r.entity)
    })
}

/// How far back a description may have introduced the person it stands for.
const INTRODUCED_REACH: usize = 20_000;

/// The person named before `phrase` whose name followed the same words, as a subject of
/// their own, and a comma when first written ("The Public Prosecutor, Counselor Hesham
/// Fawzy, …"); not the complement of another description ("The commander of the BDS,
/// Salah el-Din al-Bouaishi, …" is no BDS).
fn introduced_person(text: &str, cast: &Cast, phrase: Span) -> Option<EntityIx> {
    let words = phrase.slice(text);
    let prepositions = &Words::get().prepositions;
    cast.refs_starting_in(phrase.start.saturating_sub(INTRODUCED_REACH), phrase.start)
        .iter()
        .rev()
        .filter(|r| cast.entities[r.entity].kind == ActorKind::Person)
        .find(|r| {
            let Some(before) = text[..r.span.start]
                .trim_end()
                .strip_suffix(',')
                .and_then(|b| b.trim_end().strip_suffix(words))
                .filter(|b| b.is_empty() || b.ends_with(char::is_whitespace))
            else {
                return false;
            };
            let mut back = before.split_whitespace().rev();
            let article = back.next();
            article.is_some_and(|a| a.eq_ignore_ascii_case("the"))
                && back
                    .next()
                    .is_none_or(|w| !prepositions.contains(&w.to_lowercase()))
        })
        .map(|r| r.entity)
}

/// How far below a description the body it describes may be named.
const NAMED_BELOW_REACH: usize = 1_500;

/// The organization first named in the text after `at` (within [`NAMED_BELOW_REACH`])
/// whose name holds `head` (a plural noun, "families") capitalised.
fn body_named_below(cast: &Cast, head: &str, at: usize) -> Option<EntityIx> {
    cast.refs_starting_in(at, at + NAMED_BELOW_REACH)
        .iter()
        .filter(|r| r.form == RefForm::Name)
        .map(|r| r.entity)
        .find(|&e| {
            let ent = &cast.entities[e];
            ent.kind == ActorKind::Organization
                && ent
                    .name
                    .split_whitespace()
                    .any(|w| w.eq_ignore_ascii_case(head))
        })
}

/// "The Secretary-General is deeply troubled by …. He reiterates his call for …": a pronoun
/// with no person named before it stands for the office the sentence before named, which
/// becomes the party.
fn office_before_a_pronoun(text: &str, pronoun: Span, cast: &mut Cast) {
    let word = pronoun.slice(text).trim();
    if matches!(word, "It" | "it") {
        body_before_it(text, pronoun, cast);
        return;
    }
    if !matches!(word, "He" | "She" | "he" | "she") {
        return;
    }
    // The references are not sorted yet while subjects are described.
    let person_before = cast
        .refs
        .iter()
        .any(|r| r.span.start < pronoun.start && cast.entities[r.entity].kind == ActorKind::Person);
    if person_before {
        return;
    }
    let mut from = pronoun.start.saturating_sub(400);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..pronoun.start];
    let offices: Vec<regex::Match> = OFFICE
        .captures_iter(window)
        .filter_map(|c| c.get(1))
        .collect();
    let found = offices
        .into_iter()
        .rev()
        .filter(|o| !of_a_party(text, cast, from + o.end()))
        .find_map(|o| unheld_office(cast, o.as_str()).map(|t| (o, t)));
    if let Some((office, title)) = found {
        let span = Span::new(from + office.start(), from + office.end());
        let e = cast.described(span, &title.title, ActorKind::Person);
        cast.entities[e].role = Some(title.role.clone().unwrap_or(title.title.clone()));
        if let Some(a) = &title.affiliation {
            cast.entities[e].affiliation = cast.named(a);
        }
    }
}

/// "The National Assembly passed a resolution on Tuesday. It also asked the government …":
/// "it" stands for the institution that opened a sentence just before, when no list knows
/// that institution and no organization, state or group is named between the two; the
/// institution becomes the party.
fn body_before_it(text: &str, pronoun: Span, cast: &mut Cast) {
    let mut from = pronoun.start.saturating_sub(400);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let window = &text[from..pronoun.start];
    let Some(body) = INSTITUTION_OPENING
        .captures_iter(window)
        .filter_map(|c| c.get(1))
        .last()
    else {
        return;
    };
    let span = Span::new(from + body.start(), from + body.end());
    // A window of the sorted references, not all of them: "it" opens many sentences.
    let named_between = cast.refs_in(Span::new(span.start, pronoun.start)).any(|r| {
        matches!(
            cast.entities[r.entity].kind,
            ActorKind::Organization | ActorKind::Country | ActorKind::ArmedGroup
        )
    });
    if named_between {
        return;
    }
    // "The Commission recalls …. It hopes …": an institution's word alone stands for the
    // one body the text knows by a name ending in it ("Cameroon Human Rights Commission").
    let suffix = format!(" {}", body.as_str());
    let known: Vec<(EntityIx, &str)> = cast
        .entities
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == ActorKind::Organization && e.name.ends_with(&suffix))
        .map(|(i, e)| (i, e.name.as_str()))
        .collect();
    match known.first() {
        Some(&(e, name)) if known.iter().all(|&(_, n)| n == name) => {
            cast.defer_ref(span, e, RefForm::Name);
        }
        _ => {
            cast.described(span, body.as_str(), ActorKind::Organization);
        }
    }
}

/// "The National Assembly passed …", "The Senate voted …": a sentence opening on an
/// institution, "The", capitalised words and an institution's word.
static INSTITUTION_OPENING: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?:^|[.!?]\s+)The\s+((?:[A-Z][\w’'-]*\s+){{0,3}}{})\s+[a-z]",
        crate::lexicon::words::any_of(&[&Words::get().institution_heads])
    ))
});

/// "the Secretary-General", "the High Commissioner": an office in capitals after "the".
static OFFICE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"\b[Tt]he\s+((?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){0,2}[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b",
    )
});

/// The span of `phrase` without a leading "The" when it is a capitalised name of several
/// words, joined by connectors, that ends in an institution's word.
fn institution_name(text: &str, phrase: Span) -> Option<Span> {
    let s = phrase.slice(text);
    let lead = s.strip_prefix("The ").map_or(0, |_| 4);
    let name = Span::new(phrase.start + lead, phrase.end);
    let words: Vec<&str> = name.slice(text).split_whitespace().collect();
    let connector = |w: &&str| matches!(*w, "and" | "of" | "for" | "the" | "on" | "&");
    let capitalised = words
        .iter()
        .all(|w| connector(w) || w.starts_with(char::is_uppercase));
    let last = words.last()?;
    (words.len() >= 3 && capitalised && Words::get().institution_heads.contains(last))
        .then_some(name)
}

/// The body's name set off after a description and before its verb: ", the Iraqi Islamic
/// Party," in "the largest Sunni party in parliament, the Iraqi Islamic Party, renewed …";
/// capitalised words that end on an institution's word, with an acronym in brackets at
/// most after them.
///
/// So is the body that gathers the people of the subject: "A group of 106 retired civil
/// servants, writing under the banner of the Constitutional Conduct Group, has urged …",
/// "More than 100 MPs, led by the All-Party Parliamentary Group on …, urged …" — a name
/// after "the" there, whatever word it ends on.
fn body_named_in_apposition(text: &str, from: usize, cue_start: usize) -> Option<Span> {
    let between = text.get(from..cue_start)?;
    let c = APPOSED_BODY.captures(between)?;
    let m = c.get(2)?;
    let last = crate::text::words::last_word(m.as_str());
    let gathered = c
        .get(1)
        .is_some_and(|lead| lead.as_str().len() > "the ".len() && lead.as_str().ends_with("the "));
    (gathered || Words::get().institution_heads.contains(last))
        .then(|| Span::new(from + m.start(), from + m.end()))
}

static APPOSED_BODY: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:\s+(?:in|of|at|for|from|on)\s+[^,;:“”\x22]{1,60})?,\s+((?:(?:led|organi[sz]ed|represented|convened)\s+by|(?:writing\s+|acting\s+|gathered\s+|grouped\s+|signing\s+)?under\s+the\s+banner\s+of|grouped\s+in|on\s+behalf\s+of)\s+(?:the\s+)?|the\s+)?([A-Z][\w’'-]*(?:\s+(?:(?:of|for|on|and|the|de|al-)\s+)?[A-Z][\w’'-]*){1,7})(?:\s+\([A-Z]{2,8}\))?,\s+(?:(?:has|have|had)\s+)?(?:(?:[a-z]+ly|also|then|on\s+[A-Z][a-z]+day|today|yesterday|later)\s+)?$",
    )
});

/// The name a relative clause after a description gives its person: ", who uses the name
/// Kohdan Baloch,", ", who signs his messages as Abu Hussein,", ", known as Abu Talha,",
/// ", who gave her name only as Umm Fahad,".
fn name_after_description(text: &str, from: usize, sentence_end: usize) -> Option<Span> {
    let m = NAMED_AFTER.captures(&text[from..sentence_end])?.get(1)?;
    Some(Span::new(from + m.start(), from + m.end()))
}

static NAMED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^,\s+(?:who\s+(?:uses|goes\s+by|signs\s+(?:\w+\s+){0,2}?as|call(?:s|ed)\s+(?:himself|herself)|(?:gave|gives|would\s+give)\s+(?:his|her|their)\s+(?:first\s+)?names?\s+(?:only\s+)?as|asked\s+to\s+be\s+(?:identified|called)\s+(?:only\s+)?(?:as|by)|(?:is|was)\s+named)|known\s+(?:only\s+)?as|identified\s+(?:only\s+)?as)\s+(?:the\s+(?:name|alias|nom\s+de\s+guerre)\s+)?[“\x22]?([A-Z][\w’'-]*(?:\s+(?:al-|bin\s+|ibn\s+)?[A-Z][\w’'-]*){0,3})",
    )
});

/// The state, body or group named first in the sentence before `start`, the party that
/// sentence is about ("Benin, whose northern departments JNIM has hit, said …").
fn opening_party_before(text: &str, cast: &Cast, start: usize) -> Option<EntityIx> {
    cast.refs_in(sentence_before(text, start))
        .find(|r| {
            r.form == RefForm::Name
                && matches!(
                    cast.entities[r.entity].kind,
                    ActorKind::Country | ActorKind::Organization | ActorKind::ArmedGroup
                )
        })
        .map(|r| r.entity)
}

/// The armed group a description's possessive points back to ("the group's spokesman").
fn possessor_group(text: &str, role: Span, cast: &Cast) -> Option<crate::actors::EntityIx> {
    let words = role.slice(text).to_lowercase();
    let owned = [
        "group",
        "movement",
        "outfit",
        "organisation",
        "organization",
        "militia",
    ]
    .iter()
    .any(|w| words.contains(&format!("{w}'s")) || words.contains(&format!("{w}’s")));
    if !owned {
        return None;
    }
    cast.refs_starting_in(role.start.saturating_sub(4000), role.start)
        .iter()
        .rev()
        .find(|r| cast.entities[r.entity].kind == ActorKind::ArmedGroup)
        .map(|r| r.entity)
}

/// Where "of" and the members of a body end after its noun (token `last`): "council of
/// elders", "jirga of the Ahmadzai Wazir tribes", "union of road transporters" — a plural
/// noun or a capitalised name, with its modifiers, right after "of" (and "the") — or what it
/// is for, one noun right after "of" ("the committee of inquiry into …", "a board of
/// enquiry") — and the place it is the body of, when one follows: "the council of elders
/// in Duisi".
fn members_after_of(text: &str, p: &Parsed, last: usize) -> Option<usize> {
    let toks = &p.tokens;
    if toks.get(last + 1)?.span.slice(text) != "of" {
        return None;
    }
    let mut at = last + 2;
    if toks.get(at).is_some_and(|t| t.span.slice(text) == "the") {
        at += 1;
    }
    let mut end = None;
    let mut next = at;
    for (i, t) in toks.iter().enumerate().skip(at).take(6) {
        let word = t.span.slice(text);
        match t.tag {
            Upos::Propn => end = Some(t.span.end),
            Upos::Noun if word.ends_with('s') => end = Some(t.span.end),
            Upos::Adj | Upos::Noun => {}
            // "the tribal coalition of Mareb and Jawf": two names joined.
            Upos::Cconj
                if word == "and"
                    && end.is_some()
                    && toks.get(i + 1).is_some_and(|n| n.tag == Upos::Propn) => {}
            _ => break,
        }
        next = i + 1;
    }
    if end.is_none() && next == at + 1 && at == last + 2 && toks[at].tag == Upos::Noun {
        end = Some(toks[at].span.end);
    }
    let seat = toks
        .get(next)
        .filter(|t| t.span.slice(text) == "in")
        .and_then(|_| toks.get(next + 1))
        .filter(|t| t.tag == Upos::Propn);
    end.map(|e| seat.map_or(e, |t| t.span.end))
}

/// Where an institution's name ends past its "of", "on" or "for" complement: "the National
/// Union of Journalists", "the Council of Europe", "the Council for Peace and
/// Reconciliation".
fn of_name_end(text: &str, p: &Parsed, last: usize, end: usize) -> usize {
    let toks = &p.tokens;
    // "the Intergovernmental Authority on Development", "the Council for Peace": the
    // preposition of an institution's name, before capitalised words.
    if toks
        .get(last + 1)
        .is_none_or(|t| !matches!(t.span.slice(text), "of" | "on" | "for"))
    {
        return end;
    }
    // "The Senate on Tuesday urged …": a day or a month is when, no part of a name.
    let w = Words::get();
    let capitalised = |t: &crate::syntax::Token| {
        let word = t.span.slice(text);
        word.starts_with(char::is_uppercase)
            && matches!(t.tag, Upos::Propn | Upos::Noun | Upos::Adj)
            && !w.weekdays.contains(word)
            && !w.months.contains(word)
    };
    // "… for Peace and Reconciliation": an "and" between capitalised words is the name's.
    let rest = &toks[last + 2..];
    let mut name_end = end;
    for (i, t) in rest.iter().enumerate() {
        if capitalised(t) {
            name_end = t.span.end;
        } else if !(matches!(t.span.slice(text), "and" | "&")
            && rest.get(i + 1).is_some_and(capitalised))
        {
            break;
        }
    }
    name_end
}

/// Whether a state or a body named follows an office ending at `end` ("The Foreign Minister
/// of Egypt", "the Permanent Representative of Chile"): that party speaks through the
/// office's unnamed holder, as it does through "Egypt's foreign minister".
fn of_a_party(text: &str, cast: &Cast, end: usize) -> bool {
    let rest = &text[end..];
    let Some(after) = ["of the ", "of ", "for the ", "for "]
        .iter()
        .find_map(|p| rest.strip_prefix(' ').and_then(|r| r.strip_prefix(p)))
    else {
        return false;
    };
    cast.refs_starting_at(text.len() - after.len()).any(|r| {
        r.form == RefForm::Name
            && matches!(
                cast.entities[r.entity].kind,
                ActorKind::Country | ActorKind::Organization
            )
    })
}

/// The office `word` names, as a party of its own at `span`, when no person the text has
/// named holds it ([`unheld_office`]): with the office's role and the body it belongs to.
pub(super) fn office_speaking(cast: &mut Cast, span: Span, word: &str) -> Option<EntityIx> {
    let office = unheld_office(cast, word)?;
    let role = office.role.as_deref().unwrap_or(&office.title);
    let affiliation = office.affiliation.as_deref().and_then(|a| cast.named(a));
    Some(cast.office_holder(span, &office.title, role, affiliation, true))
}

/// The title `word` names when no person the text has named holds it: "Secretary-General"
/// in a statement by the office, not after "UN Secretary-General António Guterres". Only
/// compound offices ("High Representative"): a bare "the Minister" or "the President"
/// points back to someone the text named, under a fuller title.
fn unheld_office(cast: &Cast, word: &str) -> Option<&'static Title> {
    if !word.contains(['-', ' ']) {
        return None;
    }
    let title = Lexicon::get().title(word, TitleKind::Office)?;
    let role = title.role.as_deref().unwrap_or(&title.title);
    let held = cast.entities.iter().any(|e| {
        e.kind == ActorKind::Person
            && !matches!(e.key, Key::Described(_))
            && e.role.as_deref().is_some_and(|r| r.contains(role))
    });
    (!held).then_some(title)
}

/// How far before a clause's subject a title holding it may open.
const TITLE_LEAD: usize = 40;

/// "Mr McAleese's family", "the engineer's widow", "Relatives of the captives", "The
/// family of the fisherman", "the Foley family": a word of kin with the one it is kin to,
/// before "'s" or after "of", or a family after its surname, and nothing else — the phrase without its article, and whether it names a group of
/// relatives or one of them.
fn kin_of_someone(text: &str, phrase: Span) -> Option<(Span, ActorKind)> {
    let written = phrase.slice(text);
    let m = KIN_PHRASE.captures(written)?;
    let kin = m.name("kin")?.as_str().to_lowercase();
    let lists = Words::get();
    let one = lists.male_kin.contains(kin.as_str()) || lists.female_kin.contains(kin.as_str());
    // Families, unlike a family, are often a body of their own the text names ("the
    // Hostages and Missing Families Forum"): they are left to the rules that find it.
    let group = lists.kin_groups.contains(kin.as_str()) && kin != "families";
    // "The Rasheed family called on …": a family by its surname, and nothing after it.
    if m.name("surname").is_some() && !(group && m.name("of").is_none()) {
        return None;
    }
    let surnamed = m.name("surname").is_some();
    if !(one || group) || (m.name("owner").is_none() && m.name("of").is_none() && !surnamed) {
        return None;
    }
    let lead = m.name("lead").map_or(0, |l| l.end());
    let span = Span::new(phrase.start + lead, phrase.start + written.trim_end().len());
    let kind = if one {
        ActorKind::Person
    } else {
        ActorKind::Organization
    };
    Some((span, kind))
}

/// A phrase of kin: an owner and "'s", a surname, or "of" and whom the relatives are kin to.
static KIN_PHRASE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?P<lead>\s*(?:[Tt]he\s+)?)(?:(?P<owner>[^,;:()]{1,60}?)(?:’s|'s)\s+(?:[a-z-]+\s+)?|(?P<surname>(?:[A-Z][\w’'-]+\s+){1,2})|(?:[a-z-]+\s+)?)(?P<kin>[A-Za-z]+)(?:\s+of\s+(?P<of>[^,;:()]{1,80}))?\s*$",
    )
});

/// A party's initial and the place a politician serves: "D-Columbus", "R-Texas", "I-Vt.".
static PARTY_AND_HOME: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^[DRI]-[A-Z][\w.]*(?:\s[A-Z][\w.]*)?$"));

/// Whether `words` are what may stand set off after a name without naming anyone: a
/// politician's party and home ("D-Columbus") or the letters after a name ("SC", "MP").
pub(super) fn is_label_after_a_name(words: &str) -> bool {
    PARTY_AND_HOME.is_match(words) || Words::get().post_nominals.contains(words)
}

/// A subject that is a document: "The resolution", "the joint communiqué".
static DOCUMENT_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"(?i)^(?:the|this|that)\s+(?:joint\s+|final\s+|draft\s+)?{}$",
        any_of(&[&Words::get().document_nouns])
    ))
});

/// A capitalised body's name ending in an institution's word, opening a sentence in which
/// it puts out a document: "The National Assembly on Monday passed a resolution", "The
/// Provincial Assembly unanimously adopted a motion".
static ISSUED_BY_A_NAME: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"(?:^|[.!?:—–-][\x22”’]?\s+|\n)(?:[Tt]he\s+)?((?:[A-Z][\w’'-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){{0,4}}{heads})\s+(?:[^.;!?\n]{{0,40}}?\s)?{put_out}\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){{0,2}}?{docs}\b",
        heads = any_of(&[&w.institution_heads]),
        put_out = super::parties::PUT_OUT,
        docs = any_of(&[&w.document_nouns]),
    ))
});

/// How far before a document's subject the sentence that put the document out may start.
const ISSUED_REACH: usize = 800;

/// Makes the body [`ISSUED_BY_A_NAME`] names in the text just before `at` a party, unless a
/// party is named there already (the discourse then finds it as the issuer).
fn issuer_named_before(text: &str, cast: &mut Cast, at: usize) {
    let from = crate::text::span::floor_char(text, at.saturating_sub(ISSUED_REACH));
    let Some(name) = ISSUED_BY_A_NAME
        .captures_iter(&text[from..at])
        .last()
        .and_then(|c| c.get(1))
    else {
        return;
    };
    let span = Span::new(from + name.start(), from + name.end());
    if !cast.overlapped(span) {
        cast.described(span, span.slice(text), ActorKind::Organization);
    }
}

/// Makes a person of each chunk of a coordinated subject that is a bare name: two or more
/// proper nouns, none a word the treebank knows in lower case, that no party covers yet.
fn coordinated_names(text: &str, p: &Parsed, chunks: &[usize], cast: &mut Cast) {
    let model = crate::syntax::model();
    for &c in chunks {
        let chunk = p.chunks[c];
        let tokens = &p.tokens[chunk.first..=chunk.last];
        let bare_name = tokens.len() >= 2
            && tokens.iter().all(|t| {
                let w = t.span.slice(text);
                t.tag == Upos::Propn
                    && w.starts_with(char::is_uppercase)
                    && !model.is_common_word(w)
                    && !crate::actors::never_a_name(w)
            });
        if bare_name && !cast.overlapped(chunk.span) {
            cast.described(chunk.span, chunk.span.slice(text), ActorKind::Person);
        }
    }
}
