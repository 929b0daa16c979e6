//! The English word lists the rules read: data, not code, so each list lives once in
//! `data/words/<name>.txt` and every rule that needs it reads that one copy.
//!
//! The files are compiled in (`include_str!`, so the wasm build reads no file) and parsed
//! once per process. A file holds one word or phrase per line; `#` lines are comments and
//! blank lines are skipped. A rule that embeds a list in a regular expression builds the
//! alternation from the list at init ([`any_of`]), so the structure of the pattern stays in
//! code and its vocabulary here.

use crate::text::hash::FastSet;
use std::sync::LazyLock;

/// One word list, in the order of its file.
pub struct List {
    entries: Vec<&'static str>,
    set: FastSet<&'static str>,
}

impl List {
    /// Parses a list file. An entry in double quotes keeps the spaces at its edges
    /// (`"by "` is a word with the space after it), which a bare line would lose to an
    /// editor.
    fn parse(file: &'static str) -> List {
        let entries: Vec<&'static str> = file
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| {
                l.strip_prefix('"')
                    .and_then(|l| l.strip_suffix('"'))
                    .unwrap_or(l)
            })
            .collect();
        let set = entries.iter().copied().collect();
        List { entries, set }
    }

    /// Whether `word` is an entry, exactly as written.
    pub fn contains(&self, word: &str) -> bool {
        self.set.contains(word)
    }

    /// The entries, in file order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().copied()
    }
}

/// The entries of `lists` as one regex group, `(?:a|b|…)`, in order. Each entry is taken
/// literally, except that a `*` stands for any word ending (`reject*` is `reject\w*`): the
/// lists of stems are vocabulary too. An entry opening on `=` matches only as written, in
/// a pattern that ignores case: `=states` is the verb, never the "States" of "the United
/// States".
pub fn any_of(lists: &[&List]) -> String {
    alternation(lists, " ")
}

/// As [`any_of`], but a space in an entry matches any run of white space, for phrases
/// that a line break may split ("member states", "gulf of").
pub fn any_of_spaced(lists: &[&List]) -> String {
    alternation(lists, r"\s+")
}

fn alternation(lists: &[&List], space: &str) -> String {
    let entries: Vec<String> = lists
        .iter()
        .flat_map(|l| l.iter())
        .map(|e| {
            let (as_written, e) = match e.strip_prefix('=') {
                Some(rest) => (true, rest),
                None => (false, e),
            };
            let words = e
                .split(' ')
                .map(|w| {
                    w.split('*')
                        .map(regex::escape)
                        .collect::<Vec<_>>()
                        .join(r"\w*")
                })
                .collect::<Vec<_>>()
                .join(space);
            if as_written {
                format!("(?-i:{words})")
            } else {
                words
            }
        })
        .collect();
    format!("(?:{})", entries.join("|"))
}

/// Declares the lists: each field is read from the file of its name.
macro_rules! lists {
    ($($(#[$doc:meta])* $name:ident,)*) => {
        /// Every word list, parsed once.
        pub struct Words {
            $($(#[$doc])* pub $name: List,)*
        }

        impl Words {
            fn load() -> Words {
                Words {
                    $($name: List::parse(include_str!(concat!(
                        "../../data/words/",
                        stringify!($name),
                        ".txt"
                    ))),)*
                }
            }
        }

        #[cfg(test)]
        impl Words {
            /// Every list with the name of its file.
            fn named(&self) -> Vec<(&'static str, &List)> {
                vec![$((stringify!($name), &self.$name),)*]
            }
        }
    };
}

lists! {
    /// The month names, in calendar order.
    months,
    /// "Jan", "Sept"…
    month_abbreviations,
    weekdays,
    /// "week", "year", "yesterday": heads of a phrase of time before a verb.
    time_nouns,
    /// Capitalised words that are never part of a person's name.
    not_names,
    /// "Operation", "Cyclone": words before a proper name that say what it names.
    named_kinds,
    /// "bishops", "students": a country's people who are not its government.
    civil_heads,
    /// "Group", "Process", "Agreement": after a city, a format or a text named for it.
    format_words,
    /// "implored", "urged": verbs of asking that close a quotation as its attribution.
    pleading_verbs,
    /// "bin", "von"…: lowercase words inside names.
    name_particles,
    /// Words joining the parts of a body's name ("of", "et").
    name_joins,
    /// Words whose full stop does not end a sentence (lowercase, without the stop).
    abbreviations,
    /// Words that start a sentence after a dotted abbreviation.
    sentence_starters,
    prepositions,
    determiners,
    /// Nouns after which "in/of/from X" names the party itself.
    party_nouns,
    /// "said", "told"…: the verbs every attribution rule knows.
    reporting_verbs,
    /// Other words of reported speech ("stated", "according to", "in a statement").
    speech_markers,
    /// Other verbs after a name that make it a person speaking ("urged", "condemned").
    speaker_verbs,
    /// Other words before a name that make it the person quoted ("according to", "by").
    quoting_words,
    /// Other words of an attribution closing a sentence ("stated", "according to").
    attribution_verbs,
    /// Verbs that open another clause of the same speaker after "and".
    coordinated_verbs,
    /// Verbs after a name that make it a person acting ("met", "pulled").
    person_acts,
    /// Nouns of an apposition describing a person ("figure", "son", "envoy").
    person_descriptions,
    /// Participles only a person is the subject of ("speaking", "visiting").
    person_participles,
    /// The words an office's portfolio ends on before its holder's name ("Staff").
    portfolio_words,
    /// "envoy", "ambassador": roles whose "for X" is where they are sent, not whom they
    /// speak for.
    emissary_roles,
    /// "Mr", "Chairman": what opens a hearing record's speaker label before the surname.
    record_label_titles,
    /// "spokesperson": generic roles whose holder, unnamed, speaks for the state or body
    /// that qualifies them.
    speaking_roles,
    /// "Bridge", "Airport": the last word of a place named for a person.
    facility_nouns,
    /// "King", "Pope": roles (as titles.tsv gives them) of rulers known by one given name.
    ruler_roles,
    /// "paper", "daily": nouns for the outlet whose section of a press review they stand in.
    outlet_nouns,
    /// "Conference", "Association": last words of a country's civil bodies ("Colombia's
    /// Episcopal Conference"), which speak for themselves, not for the state.
    civil_bodies,
    /// "yours sincerely,": a letter's closing, above its signatures.
    letter_closings,
    /// "known", "built": past participles not in "-ed", for "must have known" guesses.
    past_participles,
    /// Letters after a name that are no part of it ("MP", "QC").
    post_nominals,
    /// "bin", "ibn": a person so named is known by the given name.
    patronymics,
    /// "Lin", "Kim": a person whose name opens on one is known by the first word.
    family_names_first,
    /// Given names of women and of men ("Naledi", "Ibrahim"), for "she" and "he".
    female_given_names,
    male_given_names,
    /// "daughter", "wife": kin words that make the person named after them a woman.
    female_kin,
    /// "son", "husband": kin words that make the person named after them a man.
    male_kin,
    /// "armed", "terror": what makes a body only described an armed one.
    armed_qualifiers,
    /// Words after a group's name that show it acting (stems with `*`).
    group_acts,
    /// Words near a group's name that make it a party to talks or war (stems with `*`).
    party_to_talks,
    /// Words that make an ambiguous short form a group's name (stems with `*`).
    militant_context,
    /// Words that open an adverbial before a clause's subject.
    leading_adverbials,
    /// Nouns after "both" or "the two" that point back to two parties.
    pair_nouns,
    person_pair_nouns,
    state_pair_nouns,
    group_nouns,
    /// Collective nouns that point back to the parties ("participants").
    collective_nouns,
    /// Nouns for what a meeting issues or is ("statement", "summit").
    document_nouns,
    /// "Declaration", "Initiative": the last word of a document's own name.
    document_names,
    /// Nouns after a state that make the phrase its government.
    government_nouns,
    /// Words before a state that make it a place ("in", "northern", "gulf of").
    place_words,
    /// Nouns before "in <state>" that keep the state a party ("officials").
    place_party_nouns,
    party_heads,
    institution_heads,
    /// "Diocese", "Court": the institution words that may open a name ("the Diocese of …").
    heads_before_of,
    /// "Senate", "Sabha": words that make a body's name a legislature's.
    legislature_heads,
    /// "Deputy": honorifics only when capitalised.
    capital_honorifics,
    /// "investors", "rates": subjects of market advice and forecasts.
    market_subjects,
    /// "discuss", "invite": what a visit ("called on the minister to …") is for.
    visit_purposes,
    /// "federal", "interim": lower-case words between "the" and a body's name.
    body_modifiers,
    /// "prosecution", "opposition": parties named by their function.
    function_parties,
    sports_words,
    /// Words before a cue word that make it a noun ("the", "his").
    cue_noun_markers,
    /// Nouns that, as the subject of a "must", name a party asked ("the military").
    addressable_nouns,
    /// Words opening a phrase that names a party asked ("the courts", "all armed groups").
    party_openers,
    /// What a transcript's masthead says it is ("briefing", "press conference").
    occasion_nouns,
    /// Nouns of violence whose end a "must stop" asks for ("attacks", "the killing").
    violence_nouns,
    /// Parts of a body that a place before them locates ("the Mexico office of …").
    office_nouns,
    /// Words that make a body introduced by its acronym an armed one (stems with `*`).
    armed_words,
    /// Nouns for works whose titles stand in quotation marks ("the song “…”").
    work_nouns,
    /// Nouns before "call" that make it a call of another kind ("a conference call for").
    call_kinds,
    /// What "calls for" something by requiring it ("the contract calls for …").
    requirement_nouns,
    /// Nouns after "press" that make it the press ("a press briefing in response to").
    press_compounds,
    /// "Republican", "Labour": party labels before a name, never part of one.
    party_labels,
    /// "Jr", "Sr": a suffix that closes a name and opens none.
    name_suffixes,
    /// "Church", "Court": institution words that are surnames too.
    surname_heads,
    /// "Team", "Brigades": words that close a group's own name after another's alias.
    group_name_heads,
    /// "Jamaat": words that open a group's own name before another's one-word alias.
    group_name_openers,
    /// "Takfiri": epithets before a group's name that open no name of their own.
    group_epithets,
    /// Words before a bare "pressure" that make it the verb ("to pressure", "should").
    verb_markers,
    /// Crowds and things carried or posted ("protests calling for …"): no party of the
    /// sentence speaks through them.
    crowd_nouns,
    /// What follows a group's name that only qualifies another party ("affiliate",
    /// "-linked").
    group_relations,
    /// "further", "also": an adverb ending a list's lead ("The Forum further:").
    list_lead_adverbs,
    /// "Lord", "Baroness": a peer's style, after which "of" and a place are part of the name.
    peer_styles,
    /// "Q", "Question": labels that make a line an interviewer's question.
    question_labels,
    /// "the", "all", "to": what opens the object or infinitive a verb of action governs.
    object_openers,
    /// "representing", "leading": participles whose object is the party the subject acts for.
    agent_participles,
    /// "must", "has": an auxiliary after a list line's first word, which makes that word
    /// its subject ("10. Telegram must remove …"), not an imperative.
    subject_auxiliaries,
    /// "out", "down": a phrasal verb's particle between an imperative and its object.
    verb_particles,
    /// "wing", "branch": a parent group's regional branch ("Al Qaeda's North African wing").
    affiliate_nouns,
    /// Plural nouns a coalition names itself by ("We, the undersigned organisations").
    collective_bodies,
    /// Nouns of an action "urged" takes as its object ("urged restraint").
    asked_nouns,
    /// Words that make a name introduced by its acronym a place or a thing ("Line").
    thing_words,
    /// Verbs whose quoted imperative steers talk rather than asks ("Look", "Thank").
    discourse_imperatives,
    /// Words before an imperative that leave it one ("Please,", "And", "If not,").
    imperative_openers,
    /// Last words of a news outlet's name ("Online", "Times"): no person's.
    media_heads,
    /// Labels above a headline that mark an opinion piece ("OPINION", "Op-Ed").
    opinion_labels,
    /// Labels above a title that mark a body's paper ("Policy brief").
    brief_labels,
    /// Labels that mark a paper's own editorial ("EDITORIAL", "Our view").
    editorial_labels,
    /// Labels that mark a letters page ("Letters to the Editor").
    letters_labels,
    /// Nouns for a kind of body before its name ("the charity X", "the rights group X").
    body_nouns,
    /// "analysts", "diplomats": whoever "expects" something is forecasting it.
    forecasters,
    /// "the number", "prices": what "expect … to" forecasts, since no one is asked to act.
    forecast_objects,
    /// "President", "Prime": the offices a visitor "calls on" in the diplomatic sense.
    visited_offices,
    /// "thousands", "dozens": a phrase "Thousands of protesters" is the protesters'.
    quantity_nouns,
    /// "reject", "amid": before a nominal call, its subject answers it, it does not ask.
    call_answerers,
    /// "homily", "opportunity": "used his homily to appeal to …" makes the appeal.
    occasions,
    /// "last", "win": what "hoped X would …" says happens to X, asking X nothing.
    idle_verbs,
    /// "headmistress", "uncle": a person by kin or calling, speaking for no party.
    personal_roles,
    /// "family", "relatives": a family as a whole, speaking for no state.
    kin_groups,
    /// "Q", "host": the labels of whoever asks a transcript's questions.
    interviewer_labels,
    /// Nouns of the note on an author that closes an opinion piece ("fellow").
    author_roles,
    /// "unit", "programme": a unit under a body's name in a masthead, not the body.
    unit_words,
    /// "experts", "inquiry": a body's field after which "on" opens its remit.
    remit_fields,
    /// Words one of which every furniture line contains.
    furniture_triggers,
    /// Class or id fragments that mark page furniture.
    furniture_classes,
}

static WORDS: LazyLock<Words> = LazyLock::new(Words::load);

impl Words {
    /// The word lists compiled into the crate.
    pub fn get() -> &'static Words {
        &WORDS
    }

    /// Whether `word` is a listed given name, a woman's or a man's ("Naledi", "Oleg").
    pub fn is_given_name(&self, word: &str) -> bool {
        self.female_given_names.contains(word) || self.male_given_names.contains(word)
    }

    /// Whether `word` ends an institution's name ("League", or "CONFERENCE" in a lede
    /// written in capitals).
    pub fn is_institution_head(&self, word: &str) -> bool {
        self.institution_heads.contains(word)
            || (word.chars().all(|c| !c.is_lowercase())
                && self
                    .institution_heads
                    .iter()
                    .any(|h| h.eq_ignore_ascii_case(word)))
    }

    /// Whether `word`, in any case, is a noun for a body ("the committee", "a jirga").
    pub fn is_body_noun(&self, word: &str) -> bool {
        self.institution_heads
            .iter()
            .any(|h| h.eq_ignore_ascii_case(word))
    }

    /// Whether `word` heads a phrase naming one person ("the envoy", "Japan's
    /// representative"): a party's noun in the singular that is no body's.
    pub fn is_person_head(&self, word: &str) -> bool {
        self.party_heads.contains(word) && !word.ends_with('s') && !self.is_body_noun(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(file: &'static str) -> List {
        List::parse(file)
    }

    #[test]
    fn files_parse_into_entries() {
        let l = list("# comment\n\nsaid\n  according to \n\"by \"\n");
        assert_eq!(
            l.iter().collect::<Vec<_>>(),
            ["said", "according to", "by "]
        );
        assert!(l.contains("by ") && !l.contains("by"));
    }

    #[test]
    fn alternations_escape_and_expand() {
        let l = list("reject*\ncease-fire\nmember states\n");
        assert_eq!(any_of(&[&l]), r"(?:reject\w*|cease\-fire|member states)");
        assert_eq!(
            any_of_spaced(&[&l]),
            r"(?:reject\w*|cease\-fire|member\s+states)"
        );
    }

    #[test]
    fn every_file_is_a_list_and_every_list_is_clean() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/data/words");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .expect("data/words")
            .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
            .collect();
        files.sort();
        let named = Words::get().named();
        let mut names: Vec<String> = named.iter().map(|(n, _)| format!("{n}.txt")).collect();
        names.sort();
        assert_eq!(files, names, "data/words and the lists of Words differ");
        for (name, l) in named {
            let text = std::fs::read_to_string(format!("{dir}/{name}.txt")).expect("list");
            assert!(text.starts_with('#'), "{name}: no header comment");
            assert!(l.iter().next().is_some(), "{name}: empty");
            assert_eq!(l.set.len(), l.entries.len(), "{name}: a word twice");
        }
    }

    #[test]
    fn months_are_in_calendar_order() {
        let w = Words::get();
        let months: Vec<&str> = w.months.iter().collect();
        assert_eq!(months.len(), 12);
        assert_eq!(
            (months[0], months[4], months[11]),
            ("January", "May", "December")
        );
    }
}
