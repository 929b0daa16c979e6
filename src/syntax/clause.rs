//! Clause roles by rules over tags and chunks: the subject of a verb (with the phrases
//! coordinated with it) and its object. These are what a demand's speaker and addressee
//! are, whatever words name them.

use super::chunks::chunk_of;
use super::{Parsed, Upos};
use crate::lexicon::words::Words;
use crate::text::Span;

/// The tense a verb's ending shows: past ("called"), present ("urges"), or `None` when
/// the ending does not say ("said", "urge", "press").
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tense {
    Past,
    Present,
}

fn tense(verb: &str) -> Option<Tense> {
    if verb.ends_with("ed") {
        Some(Tense::Past)
    } else if verb.ends_with('s') && !verb.ends_with("ss") {
        Some(Tense::Present)
    } else {
        None
    }
}

/// How many words a relative clause between its antecedent and the main verb may hold.
const RELATIVE_CLAUSE_WORDS: usize = 20;

/// Words that introduce the complement saying whose a phrase is: "the minister of X".
const OWNER_PREPOSITIONS: &[&str] = &["of", "for", "from", "in", "at", "to"];

/// A role in a clause: the phrase's full extent (with "of X" complements and coordinated
/// phrases), and its chunks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Role {
    pub span: Span,
    pub chunks: Vec<usize>,
}

impl Parsed {
    /// The subject of the verb at token `verb`: the noun phrase before it, past auxiliaries,
    /// adverbs and a parenthesis set off by commas ("X, the envoy to Y, said"); a relative
    /// "who" stands for the phrase it follows. `None` when the verb has no subject of its
    /// own in the sentence (a participle, an imperative, an infinitive).
    pub fn subject(&self, text: &str, verb: usize) -> Option<Role> {
        let toks = &self.tokens;
        let mut i = verb.checked_sub(1)?;
        loop {
            let t = &toks[i];
            let w = t.span.slice(text);
            // "The Ministry further requests": a word the tagger read as an adjective
            // before the verb, which training also saw as an adverb, is one.
            let skip = matches!(t.tag, Upos::Aux | Upos::Adv)
                || (t.tag == Upos::Part && matches!(w, "not" | "n't"))
                || (t.tag == Upos::Adj && super::model().seen_as(w, Upos::Adv) && i + 1 == verb);
            if !skip {
                break;
            }
            i = i.checked_sub(1)?;
        }
        if toks[i].tag == Upos::Cconj {
            return self.coordinated_subject(text, i, verb);
        }
        let i = self.before_brackets(text, i)?;
        if toks[i].span.slice(text) == "," {
            return self.before_parenthesis(text, i);
        }
        let mut c = chunk_of(&self.chunks, i).filter(|&c| self.chunks[c].last == i)?;
        // An adjunct before the verb ("Qatar on Monday urged", "India, in a statement,
        // urged", "X, Y, on Thursday urged") is skipped: the subject is before it.
        while let Some(p) = self.chunks[c].first.checked_sub(1) {
            let w = toks[p].span.slice(text).to_lowercase();
            if toks[p].tag != Upos::Adp || OWNER_PREPOSITIONS.contains(&w.as_str()) {
                break;
            }
            // "…, three months after its founder Abdullah Öcalan called on …", "shortly
            // before the minister urged …": after a phrase of time, "after" or "before"
            // opens a clause whose subject this is, not an adjunct of the main one.
            // "… seized the crew as the US demanded their release": "as" then a phrase
            // and the verb opens a clause of its own (", as chairman, urged" is an
            // adjunct, set off by a comma).
            if w == "as"
                && p.checked_sub(1)
                    .is_some_and(|t| toks[t].span.slice(text) != ",")
            {
                break;
            }
            // "…, with India pressing for an explicit reference …": "with", a phrase and a
            // participle in -ing make a clause whose subject is that phrase.
            if w == "with" && toks[verb].span.slice(text).ends_with("ing") {
                break;
            }
            if matches!(w.as_str(), "after" | "before" | "since" | "until")
                && p.checked_sub(1).is_some_and(|t| {
                    let word = toks[t].span.slice(text).to_lowercase();
                    toks[t].tag == Upos::Adv
                        || Words::get()
                            .time_nouns
                            .contains(word.strip_suffix('s').unwrap_or(&word))
                })
            {
                break;
            }
            let mut before = self.before_brackets(text, p.checked_sub(1)?)?;
            // "An all-parties conference convened by the Chief Minister X demanded": the
            // agent of a participle is no subject; the phrase the participle follows is.
            // "The wife of a veteran being held by the Taliban has implored": so is a
            // participle's that "being" or "been" opens, in -ed or in an irregular form.
            let participle = toks[before].tag == Upos::Verb && {
                let v = toks[before].span.slice(text);
                v.ends_with("ed") || v.ends_with("en") || Words::get().past_participles.contains(v)
            };
            if w == "by" && participle {
                before = self.before_brackets(text, before.checked_sub(1)?)?;
                while toks[before].tag == Upos::Aux
                    && matches!(toks[before].span.slice(text), "being" | "been")
                {
                    before = before.checked_sub(1)?;
                }
            }
            // "Indian security agencies have for years pressed …": the auxiliary the
            // adjunct splits from its verb stands after the subject too.
            while matches!(toks[before].tag, Upos::Aux | Upos::Adv) {
                before = before.checked_sub(1)?;
            }
            if toks[before].span.slice(text) == "," {
                return self.before_parenthesis(text, before);
            }
            c = chunk_of(&self.chunks, before).filter(|&c| self.chunks[c].last == before)?;
        }
        // "…, Tomas Ranta, last week urged": a phrase of time is no subject either.
        // "The Council (UNHRC) yesterday adopted": the acronym's brackets too.
        if self.is_time(text, c) {
            let mut before = self.before_brackets(text, self.chunks[c].first.checked_sub(1)?)?;
            // "Pakistan has this week urged …": so does a phrase of time.
            while matches!(toks[before].tag, Upos::Aux | Upos::Adv) {
                before = before.checked_sub(1)?;
            }
            if toks[before].span.slice(text) == "," {
                return self.before_parenthesis(text, before);
            }
            c = chunk_of(&self.chunks, before).filter(|&c| self.chunks[c].last == before)?;
        }
        let c = self.before_relative_clause(text, self.before_participle_phrase(text, c));
        let w = toks[self.chunks[c].head].span.slice(text).to_lowercase();
        if matches!(w.as_str(), "who" | "which" | "that") {
            let comma = self.chunks[c].first.checked_sub(1)?;
            let before = chunk_of(&self.chunks, comma.checked_sub(1)?)?;
            return Some(self.phrase_back(text, before));
        }
        Some(self.phrase_back(text, c))
    }

    /// The noun a participle phrase ending in chunk `c` hangs on: "Families of hostages
    /// being held in Gaza have called …", "A group based in Syria urged …", "An uncle of a
    /// pilot captured by the group in Syria and threatened with death appealed …", "A jirga of
    /// Swat elders meeting in Mardan on Sunday demanded …" — the
    /// subject is the noun before the participle, not the place or agent after it. `c`
    /// itself when no participle opens the phrase.
    fn before_participle_phrase(&self, text: &str, c: usize) -> usize {
        let toks = &self.tokens;
        let participle = |k: usize| {
            let w = toks[k].span.slice(text);
            toks[k].tag == Upos::Verb
                && (w.ends_with("ed")
                    || w.ends_with("en")
                    || w.ends_with("ing")
                    || matches!(w, "held" | "kept"))
        };
        let mut at = c;
        for _ in 0..6 {
            let Some(prep) = self.chunks[at].first.checked_sub(1) else {
                return c;
            };
            // "A masked man speaking Arabic demanded …", "Protesters carrying Hezbollah flags
            // urged …": the phrase is the object of a present participle, which qualifies
            // the noun before it. "A man identifying himself as an ARSA commander called …"
            // names who speaks after the reflexive, and "A lawyer representing the family
            // asked …" speaks for its object.
            let reflexive = matches!(
                self.chunks[at].span.slice(text),
                "himself" | "herself" | "themselves" | "itself"
            );
            if self.qualifying_participle(text, prep) && !reflexive {
                return prep
                    .checked_sub(1)
                    .and_then(|b| chunk_of(&self.chunks, b))
                    .filter(|&noun| self.chunks[noun].last + 1 == prep)
                    .unwrap_or(c);
            }
            if toks[prep].tag != Upos::Adp {
                return c;
            }
            let Some(mut k) = prep.checked_sub(1) else {
                return c;
            };
            if participle(k) {
                while k > 0
                    && (toks[k - 1].tag == Upos::Aux || toks[k - 1].span.slice(text) == "being")
                {
                    k -= 1;
                }
                let Some(before) = k.checked_sub(1) else {
                    return c;
                };
                // "in Syria and threatened with death": a second participle of the phrase.
                if toks[before].span.slice(text) == "and" {
                    match before
                        .checked_sub(1)
                        .and_then(|b| chunk_of(&self.chunks, b))
                    {
                        Some(prev) if self.chunks[prev].last + 1 == before => at = prev,
                        _ => return c,
                    }
                    continue;
                }
                return match chunk_of(&self.chunks, before) {
                    Some(noun) if self.chunks[noun].last == before => noun,
                    _ => c,
                };
            }
            // "captured by the group in Syria": a chain of prepositional phrases.
            match chunk_of(&self.chunks, k) {
                Some(prev) if self.chunks[prev].last == k => at = prev,
                _ => return c,
            }
        }
        c
    }

    /// Whether token `k` is a present participle whose object qualifies the noun before it
    /// and does not speak ("speaking Arabic", "carrying flags"), unlike one whose object
    /// the subject acts for or with ("representing the family", "including the bishop").
    fn qualifying_participle(&self, text: &str, k: usize) -> bool {
        let w = self.tokens[k].span.slice(text);
        self.tokens[k].tag == Upos::Verb
            && w.ends_with("ing")
            && !Words::get().agent_participles.contains(w)
    }

    /// The antecedent of a relative clause that ends in chunk `c`, right before the verb:
    /// "The committee of inquiry into the networks that recruited young Tunisians and sent
    /// them to Syria on Wednesday called on …", "Officials who met the envoy urged …". The
    /// clause has a verb of its own, so the verb after it is the antecedent's. `c` itself
    /// when no relative pronoun opens such a clause within a few words, inside the clause's
    /// punctuation.
    fn before_relative_clause(&self, text: &str, c: usize) -> usize {
        let toks = &self.tokens;
        let first = self.chunks[c].first;
        let (mut has_verb, mut reported) = (false, false);
        for k in (first.saturating_sub(RELATIVE_CLAUSE_WORDS)..first).rev() {
            let w = toks[k].span.slice(text);
            if toks[k].tag == Upos::Punct {
                return c;
            }
            if matches!(w, "that" | "who" | "which") {
                // "the junta that overthrew …": a relative pronoun opening its clause as
                // the subject, the verb next ("told Hollis that the law required …" opens
                // a clause of its own). "a commander who gave his name as Abu Hafs …", "a
                // gang leader who goes by the name Ti Bouk and whose real name is Wilson
                // Pierre demanded …": the name the clause gives speaks.
                let subject_relative = toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.tag, Upos::Verb | Upos::Aux));
                let named_as = first.checked_sub(1).is_some_and(|b| {
                    matches!(toks[b].span.slice(text), "as" | "name" | "named" | "called")
                        || toks[b].tag == Upos::Aux
                });
                let Some(mut n) = k
                    .checked_sub(1)
                    .filter(|_| has_verb && subject_relative && !named_as && !reported)
                    .and_then(|b| chunk_of(&self.chunks, b))
                    .filter(|&n| {
                        self.chunks[n].last + 1 == k
                            && matches!(toks[self.chunks[n].head].tag, Upos::Noun | Upos::Propn)
                    })
                else {
                    return c;
                };
                // "The committee of inquiry into the networks that …": a phrase a
                // preposition governs is no subject; the noun it complements is.
                while let Some(prep) = self.chunks[n].first.checked_sub(1) {
                    match prep.checked_sub(1).and_then(|b| chunk_of(&self.chunks, b)) {
                        Some(prev)
                            if toks[prep].tag == Upos::Adp
                                && self.chunks[prev].last + 1 == prep =>
                        {
                            n = prev;
                        }
                        _ => break,
                    }
                }
                return n;
            }
            has_verb |= toks[k].tag == Upos::Verb;
            // "Yazidis who escaped said the militants had demanded …", "The petition that
            // was taken before Eig argued the association never requested …": a verb of
            // saying in between opens the clause whose subject `c` is.
            reported |= toks[k].tag == Upos::Verb && {
                let lower = w.to_lowercase();
                let lists = Words::get();
                lists.reporting_verbs.contains(&lower) || lists.speech_markers.contains(&lower)
            };
        }
        c
    }

    /// The subject the verb at token `verb`, after the conjunction at token `and`, shares
    /// with the clause's main verb before it ("Opposition lawmakers criticised the verdict
    /// and asked …", "Protesters marched through the capital and demanded …"): the first verb
    /// of the clause, within a short window, whose subject does not open a subordinate or
    /// relative clause, nor follow a preposition ("After the gunmen stormed the school, the
    /// governor visited the town and urged …", "Following the blast that killed hundreds,
    /// the group …") — not the nearest verb, which may sit in a that-clause ("said that it
    /// had no role in the attack and demanded …"). Coordinated verbs share their tense, so
    /// a present "expresses" is not the partner of a past "called"; a participle followed
    /// by its agent or its name ("issued by", "known as") qualifies a noun. A semicolon,
    /// colon or quotation mark ends the clause.
    fn coordinated_subject(&self, text: &str, and: usize, verb: usize) -> Option<Role> {
        const WINDOW: usize = 40;
        // The most tokens a quoted phrase inside a clause takes.
        const FRAGMENT: usize = 12;
        const SUBORDINATORS: &[&str] = &[
            "after",
            "when",
            "as",
            "because",
            "if",
            "since",
            "while",
            "although",
            "though",
            "before",
            "once",
            "until",
            "unless",
            "that",
            "why",
            "how",
            "whether",
            "what",
            "where",
            "which",
            "who",
            "whom",
            "whose",
            "following",
            "amid",
            "despite",
        ];
        let toks = &self.tokens;
        let word = |k: usize| toks[k].span.slice(text);
        let tense = tense(word(verb));
        // The clause runs back to a semicolon, a colon or a quotation mark, past quoted
        // phrases that open on a lower-case word ("the organization rejected “the
        // militarization of the territory” and asked …", "insisted its fighters had “never
        // targeted” polio workers, but warned …").
        let lowest = and.saturating_sub(WINDOW);
        let mut k = and;
        let from = loop {
            if k == lowest {
                break lowest;
            }
            k -= 1;
            match word(k) {
                ";" | ":" => break k + 1,
                "\"" | "”" | "“" => {
                    let opening = (word(k) != "“")
                        .then(|| {
                            (k.saturating_sub(FRAGMENT)..k)
                                .rev()
                                .find(|&j| matches!(word(j), "\"" | "“" | "”"))
                        })
                        .flatten()
                        .filter(|&open| {
                            open >= lowest
                                && word(open) != "”"
                                && word(open + 1).starts_with(char::is_lowercase)
                        });
                    match opening {
                        Some(open) => k = open,
                        None => break k + 1,
                    }
                }
                _ => {}
            }
        };
        // "the rebel group that has been based in …": the verb of a relative clause, past
        // its auxiliaries, is no main verb for the one after "and" to go on from.
        let in_a_relative = |k: usize| {
            (0..k)
                .rev()
                .find(|&j| !matches!(toks[j].tag, Upos::Aux | Upos::Adv))
                .is_some_and(|j| matches!(word(j), "that" | "which" | "who"))
                && toks[k - 1].tag == Upos::Aux
        };
        (from..and)
            .filter(|&k| toks[k].tag == Upos::Verb && !in_a_relative(k))
            .filter(|&k| !matches!((tense, self::tense(word(k))), (Some(a), Some(b)) if a != b))
            .filter(|&k| {
                !toks
                    .get(k + 1)
                    .is_some_and(|t| matches!(t.span.slice(text), "by" | "as"))
            })
            .filter_map(|k| {
                // A relative pronoun's antecedent may well follow a preposition ("issued by
                // the secretariat, which condemned …"); a subject of its own may not.
                let relative = k
                    .checked_sub(1)
                    .is_some_and(|r| matches!(word(r), "which" | "who" | "that"));
                self.subject(text, k).map(|role| (role, relative))
            })
            .find(|(role, relative)| {
                let opens = self
                    .token_at(role.span.start)
                    .and_then(|k| k.checked_sub(1));
                !opens.is_some_and(|k| {
                    (!relative && matches!(toks[k].tag, Upos::Adp | Upos::Sconj))
                        || SUBORDINATORS.contains(&word(k).to_lowercase().as_str())
                })
            })
            .map(|(role, _)| role)
    }

    /// The token before a bracketed acronym or aside ending at token `i` ("the Gulf
    /// Cooperation Council (GCC) on Sunday called"), or `i` itself when it closes none.
    fn before_brackets(&self, text: &str, i: usize) -> Option<usize> {
        if self.tokens[i].span.slice(text) != ")" {
            return Some(i);
        }
        let open = (0..i)
            .rev()
            .take(12)
            .find(|&k| self.tokens[k].span.slice(text) == "(")?;
        open.checked_sub(1)
    }

    /// Whether chunk `c` is a phrase of time ("last week", "this Tuesday").
    fn is_time(&self, text: &str, c: usize) -> bool {
        let w = Words::get();
        let head = self.tokens[self.chunks[c].head].span.slice(text);
        let lower = head.to_lowercase();
        w.time_nouns.contains(&lower) || w.weekdays.contains(head) || w.months.contains(head)
    }

    /// The subject around a parenthesis that closes with the comma at token `close`: the
    /// phrase before it (", the envoy to Y," describes X), unless the parenthesis is the
    /// name itself ("Malaysia's facilitator for the talks, Zainal Abidin Rahman,").
    fn before_parenthesis(&self, text: &str, close: usize) -> Option<Role> {
        let toks = &self.tokens;
        let is = |k: usize, w: &str| toks[k].span.slice(text) == w;
        // "The ECOWAS Commission, whose president, Dr. X, flew to Bouna, renewed": a
        // relative clause opened by one of the last few commas, whatever commas it holds,
        // describes the phrase before it.
        let relative = (0..close)
            .rev()
            .filter(|&k| is(k, ","))
            .take(4)
            .filter(|&k| {
                toks.get(k + 1).is_some_and(|t| {
                    matches!(
                        t.span.slice(text).to_lowercase().as_str(),
                        "whose" | "who" | "which"
                    )
                })
            })
            .last();
        if let Some(k) = relative {
            let c = chunk_of(&self.chunks, k.checked_sub(1)?)?;
            return Some(self.phrase_back(text, c));
        }
        let mut commas = (0..close).rev().filter(|&k| is(k, ","));
        let nearest = commas.next()?;
        let mut open = nearest;
        // "X, a coalition of Burkinabè, Malian and Nigerien groups, calls": a comma whose
        // words up to the parenthesis's end hold an "and" lists inside it, and the
        // parenthesis opens at an earlier one.
        for k in commas.take(3) {
            if !(open + 1..close).any(|t| is(t, "and")) {
                break;
            }
            open = k;
        }
        // "Speaking to journalists in Baku, X, Assistant to the President and Head of …,
        // said": the phrase before an earlier comma that a preposition governs is no
        // subject; the "and" joined the parenthesis's own words.
        let governed = |comma: usize| {
            comma
                .checked_sub(1)
                .and_then(|k| chunk_of(&self.chunks, k))
                .and_then(|c| self.chunks[c].first.checked_sub(1))
                .is_some_and(|b| toks[b].tag == Upos::Adp)
        };
        if open != nearest && governed(open) && !governed(nearest) {
            open = nearest;
        }
        if let Some(inner) = chunk_of(&self.chunks, close.checked_sub(1)?) {
            let ch = self.chunks[inner];
            let whole = ch.first == open + 1 && ch.last + 1 == close;
            if whole && toks[ch.head].tag == Upos::Propn && toks[ch.first].tag != Upos::Det {
                return Some(Role {
                    span: ch.span,
                    chunks: vec![inner],
                });
            }
        }
        // "Senators A (R-Mont.) and B (D-Nev.), joined by …, sent": a label in brackets
        // closes the phrase before the parenthesis.
        let before = self.before_brackets(text, open.checked_sub(1)?)?;
        let c = chunk_of(&self.chunks, before)?;
        // "A civil society coalition, the Collective of … for Peace (COTIP), asked": after
        // a common noun, a proper name in the parenthesis is the party the noun describes.
        let last = self.before_brackets(text, close.checked_sub(1)?)?;
        if toks[self.chunks[c].head].tag == Upos::Noun {
            if let Some(inner) =
                chunk_of(&self.chunks, last).filter(|&i| self.chunks[i].last == last)
            {
                // The name's own list ends at the parenthesis: "…, the EAC regional force, the
                // Kenyan Major-General X," joins no list across its comma.
                let name = match self.phrase_back(text, inner) {
                    joined if self.chunks[joined.chunks[0]].first <= open => Role {
                        span: self.chunks[inner].span,
                        chunks: vec![inner],
                    },
                    name => name,
                };
                let first = self.chunks[name.chunks[0]];
                let capitalised =
                    |t: usize| toks[t].span.slice(text).starts_with(char::is_uppercase);
                // "The spokesman, speaking Urdu at the briefing, urged": a present
                // participle's object names no party.
                let after_a_verb = self.qualifying_participle(text, open + 1);
                if first.first <= open + 2
                    && first.first > open
                    && capitalised(first.head)
                    && !after_a_verb
                {
                    return Some(name);
                }
            }
        }
        Some(self.phrase_back(text, c))
    }

    /// The subject after an inverted reporting verb: "…, said the minister".
    pub fn inverted_subject(&self, text: &str, verb: usize) -> Option<Role> {
        let c = chunk_of(&self.chunks, verb + 1).filter(|&c| self.chunks[c].first == verb + 1)?;
        Some(self.phrase_forward(text, c))
    }

    /// The object right after the verb at token `verb` (past a particle: "called on X").
    pub fn object(&self, text: &str, verb: usize) -> Option<Role> {
        let mut i = verb + 1;
        while self.tokens.get(i).is_some_and(|t| {
            matches!(t.tag, Upos::Adv | Upos::Adp)
                && matches!(
                    t.span.slice(text),
                    "on" | "upon" | "also" | "again" | "repeatedly"
                )
        }) {
            i += 1;
        }
        let c = chunk_of(&self.chunks, i).filter(|&c| self.chunks[c].first == i)?;
        Some(self.phrase_forward(text, c))
    }

    /// Chunk `c` extended left over the chunks it complements ("officials in Pakistan")
    /// and coordinates with ("India and France"), and right over its own "of X".
    fn phrase_back(&self, text: &str, mut c: usize) -> Role {
        let toks = &self.tokens;
        let mut chunks = vec![c];
        let mut end = self.chunks[c].with_of(text, toks, &self.chunks).end;
        loop {
            let first = self.chunks[c].first;
            let Some(p) = first.checked_sub(1) else { break };
            let w = toks[p].span.slice(text).to_lowercase();
            let joins = OWNER_PREPOSITIONS.contains(&w.as_str())
                || w == "and"
                || w == "&"
                || (w == "," && self.list_continues(text, c));
            // "the National Episcopal Conference of Congo (CENCO) and the Church of Christ in
            // Congo (ECC)": an acronym in brackets closes the party before the "and".
            let Some(before) = p.checked_sub(1).and_then(|q| self.before_brackets(text, q)) else {
                break;
            };
            let Some(prev) = chunk_of(&self.chunks, before) else {
                break;
            };
            if !joins || self.chunks[prev].last != before {
                break;
            }
            chunks.insert(0, prev);
            c = prev;
        }
        let start = self.chunks[chunks[0]].span.start;
        end = end.max(self.chunks[*chunks.last().unwrap_or(&c)].span.end);
        Role {
            span: Span::new(start, end),
            chunks,
        }
    }

    /// Whether a comma before chunk `c` separates items of a list ("Egypt, Qatar and the
    /// US"), which an "and" closes later.
    fn list_continues(&self, text: &str, c: usize) -> bool {
        let last = self.chunks[c].last;
        self.tokens
            .get(last + 1)
            .is_some_and(|t| matches!(t.span.slice(text), "and" | ","))
            || self.headline_pair(c)
    }

    /// "US, Saudi Arabia urge …": a headline joins two names with a bare comma, the first
    /// opening the sentence (no preposition before it, unlike "In Kabul, the Taliban …").
    fn headline_pair(&self, c: usize) -> bool {
        let Some(comma) = self.chunks[c].first.checked_sub(1) else {
            return false;
        };
        let Some(prev) = comma.checked_sub(1).and_then(|k| chunk_of(&self.chunks, k)) else {
            return false;
        };
        let proper = |c: usize| self.tokens[self.chunks[c].head].tag == Upos::Propn;
        self.chunks[prev].first == 0 && proper(prev) && proper(c)
    }

    /// Chunk `c` extended right over "of X" and coordinated phrases ("Israel and Hamas").
    fn phrase_forward(&self, text: &str, c: usize) -> Role {
        let toks = &self.tokens;
        let mut chunks = vec![c];
        let mut end = self.chunks[c].with_of(text, toks, &self.chunks).end;
        let mut last = c;
        loop {
            let lt = self.tokens.partition_point(|t| t.span.end <= end);
            let Some(t) = toks.get(lt) else { break };
            let w = t.span.slice(text).to_lowercase();
            if !matches!(w.as_str(), "and" | "," | "&") {
                break;
            }
            let mut k = lt + 1;
            if toks.get(k).is_some_and(|t| t.span.slice(text) == "and") {
                k += 1;
            }
            match chunk_of(&self.chunks, k) {
                Some(n) if self.chunks[n].first == k && n > last => {
                    chunks.push(n);
                    end = self.chunks[n].with_of(text, toks, &self.chunks).end;
                    last = n;
                }
                _ => break,
            }
        }
        Role {
            span: Span::new(self.chunks[c].span.start, end),
            chunks,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The subject the clause rules give the verb `verb` (its first occurrence as a word).
    fn subject_of(s: &str, verb: &str) -> Option<String> {
        let at = s.find(&format!(" {verb} ")).map(|p| p + 1).expect("verb");
        let p = Parsed::with_verbs(s, Span::new(0, s.len()), &[at]);
        let v = p.token_at(at).expect("verb");
        p.subject(s, v).map(|r| r.span.slice(s).to_string())
    }

    /// The roles of `verb`, which the demand stage knows to be a verb.
    fn roles(s: &str, verb: &str) -> (Option<String>, Option<String>) {
        let at = s.find(&format!(" {verb} ")).map(|p| p + 1).expect("verb");
        let p = Parsed::with_verbs(s, Span::new(0, s.len()), &[at]);
        let v = p
            .tokens
            .iter()
            .position(|t| t.span.slice(s) == verb)
            .expect("verb");
        (
            p.subject(s, v).map(|r| r.span.slice(s).to_string()),
            p.object(s, v).map(|r| r.span.slice(s).to_string()),
        )
    }

    #[test]
    fn subjects_and_objects() {
        assert_eq!(
            roles(
                "The guarantor countries urged both sides to respect the truce.",
                "urged"
            ),
            (
                Some("The guarantor countries".into()),
                Some("both sides".into())
            )
        );
        assert_eq!(
            roles(
                "India and France have repeatedly called on Pakistan to act.",
                "called"
            ),
            (Some("India and France".into()), Some("Pakistan".into()))
        );
        assert_eq!(
            roles("The foreign minister of Qatar, Majid Salem, urged Israel and Hamas to extend the truce.", "urged"),
            (Some("Majid Salem".into()), Some("Israel and Hamas".into()))
        );
        assert_eq!(
            roles(
                "Officials in Kabul, who spoke on condition of anonymity, demanded talks.",
                "demanded"
            ),
            (Some("Officials in Kabul".into()), Some("talks".into()))
        );
    }

    #[test]
    fn a_present_participles_object_is_not_the_subject() {
        for (s, verb, subject) in [
            (
                "A masked man speaking Arabic demanded that Japan pay.",
                "demanded",
                "A masked man",
            ),
            (
                "Protesters carrying Hezbollah flags urged the government to resign.",
                "urged",
                "Protesters",
            ),
            (
                "A man identifying himself as an ARSA commander called on youths to fight.",
                "called",
                "an ARSA commander",
            ),
            (
                "The spokesman, speaking Urdu at the weekly briefing, urged Kabul to act.",
                "urged",
                "The spokesman",
            ),
            (
                "A lawyer representing the Okoro family asked the court to act.",
                "asked",
                "the Okoro family",
            ),
            (
                "A masked man speaking English with a North African accent demanded money.",
                "demanded",
                "A masked man",
            ),
        ] {
            assert_eq!(roles(s, verb).0.as_deref(), Some(subject), "{s}");
        }
    }

    #[test]
    fn a_relative_clause_before_the_verb_leaves_the_subject_its_antecedent() {
        for (s, verb, subject) in [
            (
                "The committee of inquiry into the networks that recruited young Tunisians and sent them to Syria on Wednesday called on the judiciary to act.",
                "called",
                "The committee of inquiry",
            ),
            (
                "Officials who met the envoy in Doha urged the Taliban to reopen schools.",
                "urged",
                "Officials",
            ),
            (
                "The protesters who blocked the highway near Quetta on Sunday demanded the release of the activists.",
                "demanded",
                "The protesters",
            ),
            (
                "Yazidis who escaped said the militants had demanded ransoms.",
                "demanded",
                "the militants",
            ),
            (
                "Castellanos told Hollis that the law required a long term but said she hoped he would study.",
                "hoped",
                "she",
            ),
        ] {
            assert_eq!(roles(s, verb).0.as_deref(), Some(subject), "{s}");
        }
    }

    #[test]
    fn adjuncts_before_the_verb_are_not_subjects() {
        assert_eq!(
            roles(
                "Qatar and Egypt on Monday pressed Israel to extend the truce.",
                "pressed"
            )
            .0,
            Some("Qatar and Egypt".into())
        );
        assert_eq!(
            roles(
                "The ministry, in a statement on Friday, urged restraint.",
                "urged"
            )
            .0,
            Some("The ministry".into())
        );
    }

    #[test]
    fn no_subject_for_a_participle_opening_the_sentence() {
        let s = "Urging restraint, the envoy left.";
        let p = Parsed::new(s, Span::new(0, s.len()));
        assert_eq!(p.subject(s, 0), None);
    }

    #[test]
    fn a_verb_after_and_shares_the_subject_of_the_clause() {
        assert_eq!(
            subject_of("Opposition lawmakers criticised the verdict in parliament and asked the prosecution to appeal.", "asked"),
            Some("Opposition lawmakers".into())
        );
        assert_eq!(
            subject_of("Protesters marched through the capital on Sunday and demanded the release of the detainees.", "demanded"),
            Some("Protesters".into())
        );
        assert_eq!(
            subject_of("On Libya, the Ministers expressed deep concern at the clashes in Tripoli and called upon all parties to exercise restraint.", "called"),
            Some("the Ministers".into())
        );
    }

    #[test]
    fn not_the_subject_of_a_clause_inside_it() {
        // A that-clause, an opening subordinate clause and a relative clause each have a
        // subject of their own that the coordinated verb does not share.
        assert_eq!(
            subject_of("The front said in a post that it had no role in the bombing and demanded a seat at the table.", "demanded"),
            Some("The front".into())
        );
        assert_eq!(
            subject_of(
                "After gunmen stormed the school, the governor visited the town and urged calm.",
                "urged"
            ),
            Some("the governor".into())
        );
        assert_eq!(
            subject_of("The bloc, which Mali left in January, said the siege showed the danger and called for cooperation.", "called"),
            Some("The bloc".into())
        );
    }

    #[test]
    fn not_a_phrase_after_a_preposition() {
        assert_eq!(
            subject_of("Following the blast that killed dozens in the market, the group issued a statement in which it blamed the army and called for an end to the curfew.", "called"),
            Some("the group".into())
        );
    }

    #[test]
    fn a_participle_phrase_hangs_on_the_noun_before_it() {
        assert_eq!(
            subject_of(
                "Families of hostages being held in Gaza have called on the United States to act.",
                "called"
            ),
            Some("Families of hostages".into())
        );
        assert_eq!(
            subject_of(
                "A militant group based in Syria urged its supporters to attack.",
                "urged"
            ),
            Some("A militant group".into())
        );
        assert_eq!(
            subject_of("Officials in Kabul urged calm.", "urged"),
            Some("Officials in Kabul".into())
        );
    }

    #[test]
    fn coordinated_verbs_share_their_tense() {
        // "expresses" is the main clause's verb; "condemned … and called" belong to the
        // relative clause about the secretariat.
        assert_eq!(
            subject_of("The ministry also expresses its thanks for the statement issued by the secretariat, which condemned the plot and called on Iran to stop.", "called"),
            Some("the secretariat".into())
        );
    }
}
