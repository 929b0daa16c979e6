//! What a demand asks for (the eight categories of the contract) and its CAMEO code.

use crate::report::Category;
use regex::Regex;
use std::sync::LazyLock;

/// Keyword patterns per category; a demand takes the category with most weight in what it
/// asks, ties going to the earlier (more specific) category in this table.
static RULES: LazyLock<Vec<(Category, Regex)>> = LazyLock::new(|| {
    // The keywords are English: their endings (`\w*`) are ASCII letters, which keeps the
    // automata small to build and fast to run.
    let r = |c, p: &str| {
        let p = p.replace(r"\w", r"(?-u:\w)");
        (c, crate::text::pattern::regex(&format!("(?i){p}")))
    };
    vec![
        r(
            Category::Justice,
            r"\b(justice|perpetrators?|accountab\w*|prosecut\w*|investigat\w*|probe|punish\w*|trials?|impunity|to book|(full )?force of (the )?law|face (trial|justice|prosecution|the law)|extradit\w*|hand\w* (\w+(?:-\w+)* ){0,2}?over|culprits|masterminds?|gunm[ae]n|attackers|assailants|killers|fugitives?|footage|witness(es)?|those responsible|responsible for the (attack|killing)|fair and transparent inquiry|inquiry|to account|hand(ing)? over|arrest\w*|(the )?truth|get to the bottom|acquit\w*|convict\w*|sentenc\w*|verdict|tribunals?|judicial|answer for|implicated|commission of inquiry|fact-finding|(brought|answer) before the courts?|hunt\w* down|jail\w*|imprison\w*|behind bars|(be|been) tried|tried and|death (penalty|sentences?)|(supreme|high|federal|criminal|appeals?) court|rule on|Rome Statute|International Criminal Court|red notices?|interpol|try (those|them|the (perpetrators|suspects|accused))|explain\w* (\w+(?:-\w+)* ){0,8}?(why|who)|tell (\w+(?:-\w+)* ){0,3}?(who|why|how)|findings|white paper|shed\w* (\w+(?:-\w+)* ){0,2}?light|(suspen\w*|sack\w*|dismiss\w*) (of )?(\w+(?:-\w+)* ){0,3}?(officers?|officials?|policemen|commanders?)|booked|bail|evidence|(criminal|legal) proceedings|weight of the law|heads (must|should|will) roll)\b",
        ),
        r(
            Category::Sanctions,
            r"\b(sanction\w*|(re)?designat\w*|proscri\w*|de-?list\w*|blacklist\w*|terror(ist|ism)? (financ|fund)\w*|financing of terror\w*|money laundering|FATF|freez\w* (of )?(their |its )?assets|asset freeze|1267|embargo\w*|boycott\w*|(cut|sever)\w* (\w+(?:-\w+)* ){0,4}ties|ban|list(ing|ings)?|unjust measures?|lift\w* (\w+(?:-\w+)* ){0,3}(sanctions|measures?|restrictions)|freez\w*|frozen|treat\w* (\w+(?:-\w+)* ){0,4}?as (an? |the )?terrorists?|money[- ]service|mobile[- ]money|hawala|financial (supervision|controls?|flows)|(deem|declar|brand|classif|label|recogni[sz])\w* (\w+(?:-\w+)* ){0,4}?(as )?(an? |the )?(state sponsors? of )?terror\w*|(pay\w*|payments?) (of )?ransoms?|ransom payments?|fundrais\w*|financing of (\w+(?:-\w+)* ){0,4}?(terror\w*|insurgen\w*|armed groups?|militants|militias?|extremis\w*)|(sources|streams|channels) of (financ|fund|revenue)\w*|beneficial own\w*)\b",
        ),
        r(
            Category::Ceasefire,
            r"\b(cease-?fire|truce|de-?escalat\w*|restraint|hostilities|revenge|reprisals?|vendettas?|reduc\w* (the |in )?violence|reduction in violence|stop (the )?(violence|fighting|attacks|war|killings?|bloodshed)|end (to )?(the )?(violence|fighting|war|bloodshed|attacks|killings)|halt\w* (the )?(fighting|attacks|offensive|strikes|violence)|calm|step back|hostages?|armistice|pause in (the )?fighting|humanitarian pause|violence|war|escalat\w*|retaliat\w*|ceas(e|es|ed|ing)|(stop|halt|end)\w* ([\w-]+ ){0,2}?(attack(s|ing)|strikes|striking|shelling|bombing|fighting|firing|targeting|hostilities|offensive|operations?|actions?|raids|incursions|violence|war|killings?|bloodshed|provocations?)|withdraw\w*|silenc\w* (the )?guns|guns (\w+(?:-\w+)* ){0,2}?(fall|go|fell|falls) silent|(stop|end|halt|ceas)\w* (\w+(?:-\w+)* ){0,2}?(supply\w*|send\w*|provid\w*|deliver\w*|ship\w*|sell\w*|arming|fuel\w*) (\w+(?:-\w+)* ){0,3}?(weapons|arms|drones|missiles|munitions|ammunition|shells|artillery|rockets|the (conflict|war|fighting))|(pull|mov)\w* (back|out)|shelling|bombing|strikes|offensive|military operations?|open(ing)? fire|firing|provocat\w*|clashes|disengag\w*|misadventures?|adventurism|aggression|lay\w* down (their |its |your |all )?(weapons|arms)|advanc\w* (towards|on|into)|military (activit\w*|movements?)|(military|joint|combined|war) (drills|exercises|games)|use of force|(unilateral )?military action|lower\w* the temperature|(be |been )?left in peace|leave (\w+(?:-\w+)* ){0,3}?in peace|(ease|easing|defuse|defusing|cool|cooling|inflam\w*|heighten\w*|stok\w*) (the )?tensions?|(ceasefire|truce) violations|foreign (forces|troops|mercenaries)|ground (troops|forces|incursions?|invasion|offensive|operations?)|incursions?|invasion|(attacks?|killings?|fighting|violence|bloodshed|abductions|kidnappings) (must|should|has to|have to|needs? to) (\w+(?:-\w+)* )?(stop|end|cease))\b",
        ),
        r(
            Category::Counterterrorism,
            r"\b(action against|act against|security concerns|acting against|terror\w*|militan\w*|militias?|disarm\w*|armed factions|rein in|under state control|security responsibilit\w*|safe havens?|sanctuar\w*|extremis\w*|radicali[sz]\w*|jihad\w*|insurgen\w*|dismantl\w*|crack ?down|eliminat\w*|root out|wip\w* out|(not|never) (be )?used (by|for|to|as)|soil|territory .{0,40}used|(from )?using (\w+(?:-\w+)* ){0,2}(territory|territories)|infrastructure of terror|proxies|armed groups?|cross-border|infiltration|fighters|deploy\w*|forward operating bases?|preach\w* hat\w*|hate preach\w*|monopoly on (the use of )?(force|weapons|arms)|supply lines|go\w* after [\x22“]?(them|the)|tak\w* the fight to|bandit\w*|suspicious|fencing|dissolv\w* (\w+(?:-\w+)* ){0,3}?(brigades|militias?|units|factions|groups?|wings?)|(flow|smuggling|trafficking) of (weapons|arms|guns|firearms|fighters|explosives)|(block|remov|take down|shut down|delet|suspend)\w* (\w+(?:-\w+)* ){0,4}?(accounts|channels|websites|pages|videos?|clips|posts|content|material|footage|livestreams?|(re-?)?uploads)|(removal|takedown|suspension|deletion|blocking) of (\w+(?:-\w+)* ){0,4}?(accounts|channels|websites|pages|videos?|clips|posts|content|material|footage|livestreams?)|tak\w* (\w+(?:-\w+)* ){1,3}?down|propaganda (videos?|clips|channels?|material|content|accounts|sites|websites|posts)|deradicali[sz]\w*|report\w* (\w+(?:-\w+)* ){0,4}?(newcomers|offers|recruiters)|report\w* (\w+(?:-\w+)* ){0,5}?to the (nearest )?(police|security|army|military|authorities)|report\w* (any|all) (\w+(?:-\w+)* ){0,3}?(strangers?|suspicious|unknown|content|information|activit\w*|movements?)|(stop|end|ceas)\w* shelter\w*|den(y|ies|ied|ying) (\w+(?:-\w+)* ){0,3}?(the )?(space|sanctuary|shelter|safe havens?)|use of (\w+(?:-\w+)* ){0,2}(territory|soil)|action[\x22”]?\s+against|training camps|hideouts|(end|stop|ceas|cut|halt|withdraw)\w* (\w+(?:-\w+)* ){0,2}?(support|backing|help|assistance|shelter|patronage) (for|to)|(seal|secur|tighten|guard|control)\w* (\w+(?:-\w+)* ){0,4}?borders?)\b",
        ),
        r(
            Category::Negotiation,
            r"\b(talks|negotiat\w*|dialogue|conclud\w* (\w+(?:-\w+)* ){0,3}?agreement|walk\w* away|sit (down )?(together|with|at the (negotiating )?table)|jirgas?|summits?|talk\w* (directly )?(to|with) (the|all|both|each other|one another)\b|agree\w* (on|to) (a |an |the )?(\w+(?:-\w+)* ){0,3}?(laws?|deal|framework|roadmap|settlement|plan|text|timetable|formula|model|arrangement)|(find|reach|work out|seek)\w* (a |an )?(\w+(?:-\w+)* )?solution|peace process|peace deal|peace agreement|(political|two-state|peaceful|diplomatic|negotiated) (settlement|solution|process)|diplomac\w*|diplomatic (solution|means|channels)|reconcil\w*|mediat\w*|peaceful (settlement|resolution|means)|resol(ve|ving|ution of) (the |this |their )?(\w+(?:-\w+)* ){0,3}?(crisis|conflict|dispute|issues?|matter|differences|question)|inclusive government|good offices|intra-\w+|implement\w*|comply|complian\w*|road ?map|round table|table|engage\w*|consultations?|settl(?:e|es|ed|ing|ement)|peace|flexibility|political will|delegations?|good faith|amnesty|reintegrat\w*|honou?r\w* (\w+(?:-\w+)* ){0,3}?(agreed|agreement|commitments))\b",
        ),
        r(
            Category::Humanitarian,
            r"\b(humanitarian|aid|civilians?|protect\w*|bodies of|(lift|end|ease)\w* (\w+(?:-\w+)* ){0,3}?curfews?|curfews? (\w+(?:-\w+)* ){0,6}?lifted|(for|of) (the )?(sick |wounded |critical )?patients|blasphemy|human rights|rights of|safety|safely|humane\w*|human tragedy|collective punishment|stranded|deport\w*|displacement|drought|siege|dignit\w*|return of (the )?(\w+(?:-\w+)* )?(children|refugees|displaced|deportees|abductees|people|residents|families|civilians|villagers)|return\w* (\w+(?:-\w+)* ){0,4}?to their homes|(safe|swift|safe and swift)[\x22”’]? return|compensation|vaccin\w*|polio|immuni[sz]ation|women|girls|education|schools|rebuil\w*|reconstruct\w*|refugees?|food|medic\w*|access|relief|evacuat\w*|displaced|famine|starvation|releas\w* (of )?(the )?(detainees|prisoners|captives|journalists|activists|aid workers)|detainees?|due process|political prisoners|kidnapped|abducted|safe return|lives|wounded|ambulances?|abuses|atrocities|harass\w*|arbitrar\w*|populated areas|residential areas|starv\w*|lawyers|health|unrwa|unhcr|unicef|wfp|world food programme|(un|aid|relief|humanitarian) agencies|blockade|safe passage|suspicion|as (a )?suspects?|as victims|before a court|in court|shipments|welfare|persecut\w*|execut\w*|tortur\w*|extra-?judicial|crossfire killings?|mass graves|enforced disappearances?|child soldiers|separat\w* (of )?(\w+(?:-\w+)* ){0,3}?(children|boys|girls|families|mothers|parents)|whereabouts|fate of|reported missing|missing persons|the missing|(take|took|taking|takes) (back )?responsibility for (their|its) (own )?(citizens|nationals)|profiling|mass (detentions?|arrests?)|en masse|recruit\w* (of )?(children|minors|boys|girls)|(civil|basic|fundamental|political|constitutional) (and (political|civil) )?rights|(our|their) (civil |basic )?rights|right to ([a-z]+ )?(work|life|own|return|education|protest|assembly|a fair trial|counsel|a lawyer)|blood (donations?|donors)|donat\w* blood|(re)?open\w* (\w+(?:-\w+)* ){0,3}?(roads?|crossings?|corridors?|highways?|routes?)|escorts?|(security|safety) (at|of|for|around) (the |all |every |its |their )?(\w+(?:-\w+)* )?(schools|courthouses|services|churches|mosques|temples|worshippers|personnel|nationals|citizens|civilians|travell?ers|workers|people|residents|communities|villagers|pilgrims|tourists|students|teachers|markets|staff|journalists|crews?|passengers|minorities)|(come|go|bring\w*|brought|sen[dt]\w*) (\w+(?:-\w+)* ){0,5}?home|(station|post|keep|place)\w* (\w+(?:-\w+)* ){0,3}?(soldiers|police|policemen|officers|guards|security personnel|troops|reservists)|send\w* (\w+(?:-\w+)* ){0,3}?(police|policemen|officers|reservists)|prisoner (exchange|swap)s?|exchange of (prisoners|detainees)|take (them|their (own )?(citizens|nationals)) back|repatriat\w*|let (\w+(?:-\w+)* ){0,4}?(through|pass)|safe corridors?|(financial|economic|development|urgent) (support|assistance|aid|help)|support for (his|her|their|its|the) (\w+(?:-\w+)* )?(country|people|nation|families|victims|survivors|communities)|need(s|ed)? (more |urgent |financial |international )?(support|assistance|help)|fund\w* (the |its |their |this year's )?(\w+(?:-\w+)* ){0,2}?(response|appeal|relief|shelter|rehabilitation|reintegration|victims?|families)|non-refoulement|reparations?|(psychological|psychosocial|mental health) (care|support|help)|counsell?ing|school fees|proof of life|consular (access|officials|visits?|assistance)|freedom of (expression|movement|speech|the press|assembly|religion|belief)|academic freedom|internment|mercy|bury|burial|missing|forget (us|them|the (victims|families|survivors|hostages))|forgotten|treat\w* (\w+(?:-\w+)* ){0,3}?(wounded|injured|survivors|victims|suffering|sick)|(pay|compensat)\w* (\w+(?:-\w+)* ){0,5}?(famil(y|ies)|victims|survivors|relatives|bereaved)|keep\w* (\w+(?:-\w+)* ){0,4}?(borders?|crossings?|roads?|corridors?|airports?|ports?|routes?|highways?|hospitals?|schools?) open|conditions for (\w+(?:-\w+)* ){0,2}?return|(contact|call|see|visit|reach|reunite with) (\w+(?:-\w+)* ){0,2}?(famil(y|ies)|relatives|husbands?|wives|wife|sons?|daughters?|children|mothers?|fathers?|parents))\b",
        ),
        r(
            Category::Cooperation,
            r"\b(cooperat\w*|co-operat\w*|collaborat\w*|information sharing|shar\w* (of )?information|intelligence[- ]sharing|sharing of (\w+ ){0,2}?intelligence|liaison officers?|flag meetings|right of (hot )?pursuit|check ?posts|alert (one another|each other)|shar\w* (everything|what (they|it|we) know|radar|(real[- ]time|live) (intelligence|data|information))|coordinat\w*|partnership|joint efforts?|work(ing)? together|border (management|security)|strengthen\w* (ties|relations|efforts)|ties|relations|connectivity|trade|stabili\w*|support|assistance|efforts|financ\w*|fund\w*|exchanges|help|exchang\w* (\w+(?:-\w+)* ){0,2}?(data|information|intelligence)|data|joint operations?|verification|joint|patrols?|deliver(y|ies)|equipment|air defen[cs]es?|intelligence (services|agencies)|early[- ]warning|(provid|send|sent|deliver|suppl|ship)\w* (\w+(?:-\w+)* ){0,3}?(artillery|weapons|arms|ammunition|munitions|missiles|shells|tanks|jets|aircraft|equipment))\b",
        ),
    ]
});

/// A word of action and the category it asks for, from `data/actions.tsv`.
struct Action {
    word: &'static str,
    category: Category,
    /// Whether the head of its object (the four words after the verb) decides first
    /// ("resume joint patrols" asks for cooperation), the verb's own category standing when
    /// it names none.
    object_first: bool,
    verb: bool,
}

static ACTIONS: LazyLock<Vec<Action>> = LazyLock::new(|| {
    include_str!("../../data/actions.tsv")
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t').map(str::trim);
            let (word, category, pos) = (cols.next()?, cols.next()?, cols.next()?);
            let (category, object_first) = match category.strip_suffix('?') {
                Some(c) => (c, true),
                None => (category, false),
            };
            Some(Action {
                word,
                category: Category::parse(category)?,
                object_first,
                verb: pos == "verb",
            })
        })
        .collect()
});

/// Whether `word` (lowercase) is the base form of a listed verb of action ("release",
/// "extradite"), which after "and" opens a second thing asked.
pub fn is_action_verb(word: &str) -> bool {
    ACTIONS.iter().any(|a| a.verb && a.word == word)
}

/// Whether `word` is a form of `verb` ("release", "releases", "released", "releasing").
fn is_form_of(word: &str, verb: &str) -> bool {
    let stem = verb.strip_suffix('e').unwrap_or(verb);
    word == verb
        || word
            .strip_prefix(verb)
            .is_some_and(|r| matches!(r, "s" | "d" | "ed" | "es" | "ing"))
        || word
            .strip_prefix(stem)
            .is_some_and(|r| matches!(r, "ed" | "ing" | "es"))
}

/// The category of the action asked: the first listed verb or noun among the first words
/// of what is asked ("immediately release the hostages", "an immediate humanitarian
/// ceasefire"), the passive's participle ("must be freed"), or the means it names ("prove
/// that claim by freeing its hostages").
fn by_action(asked: &str) -> Option<Category> {
    // A relative clause describes a party, it does not say what is asked ("those who
    // shelter them must be held to account").
    let words: Vec<String> = asked
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .filter(|w| !w.is_empty())
        .take(12)
        .map(str::to_lowercase)
        .take_while(|w| !matches!(w.as_str(), "who" | "which" | "whose" | "whom"))
        .collect();
    let decided = |a: &Action, i: usize| {
        if a.object_first {
            best(&words[i + 1..words.len().min(i + 5)].join(" ")).or(Some(a.category))
        } else {
            Some(a.category)
        }
    };
    // Past the first word a verb's -s form is a noun: "publish the casualty lists".
    let action = |i: usize| {
        let w = words[i].as_str();
        ACTIONS
            .iter()
            .find(|a| {
                is_form_of(w, a.word) && !(a.verb && i > 0 && w.ends_with('s') && w != a.word)
            })
            .and_then(|a| decided(a, i))
    };
    // The passive's participle ("hostages must be freed") and the means ("by freeing")
    // name the action where the first words do not.
    let after = |marker: &str, keep: fn(&str) -> bool| {
        (1..words.len())
            .find(|&i| words[i - 1] == marker && keep(&words[i]))
            .and_then(action)
    };
    // "ELN rebels must free all hostages": what a stated obligation asks is the verb after
    // its modal, wherever the subject ends.
    let after_modal = || {
        words
            .iter()
            .position(|w| matches!(w.as_str(), "must" | "should"))
            .and_then(|m| {
                (m + 1..words.len()).find(|&i| {
                    let w = words[i].as_str();
                    !w.ends_with("ly") && !matches!(w, "not" | "also" | "now")
                })
            })
            .and_then(action)
    };
    // "that all armed groups operating in the Lake Chad Basin cease their attacks": a
    // that-clause's subjunctive after a long subject, a listed verb in its base form after
    // a noun (not a noun itself after a determiner or a preposition, nor an infinitive or a
    // predicate after "be" or a pronoun: "let it defeat them", "should be free").
    let clause_verb = || {
        let lists = crate::lexicon::words::Words::get();
        words
            .iter()
            .enumerate()
            .take(12)
            .skip(6)
            .find_map(|(i, w)| {
                let before = words[i - 1].as_str();
                let after_a_noun = !(lists.determiners.contains(before)
                    || lists.prepositions.contains(before)
                    || matches!(
                        before,
                        "and" | "or" | "be" | "it" | "them" | "him" | "us" | "you" | "me"
                    ));
                ACTIONS
                    .iter()
                    .find(|a| a.verb && after_a_noun && w == a.word)
                    .and_then(|a| decided(a, i))
            })
    };
    (0..words.len().min(6))
        .find_map(action)
        .or_else(after_modal)
        .or_else(clause_verb)
        .or_else(|| after("be", |w| w.ends_with("ed") || w.ends_with('d')))
        .or_else(|| after("by", |w| w.ends_with("ing")))
}

/// "… must not be allowed to regroup", "… must be denied space": a party kept from acting.
static KEPT_FROM_ACTING: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:must|should)\s+(?:not|never)\s+be\s+(?:allowed|permitted)\s+to\b|\b(?:must|should)\s+be\s+denied\b",
    )
});

/// Whether `asked` keeps its subject from acting ("must not be allowed to regroup"): said
/// of armed groups, action against them.
pub fn a_group_kept_from_acting(asked: &str) -> bool {
    KEPT_FROM_ACTING.is_match(asked)
}

/// Classifies what is asked: by the action asked for when its verb decides, then by the
/// words of what is asked, then by the clause around it (`context`). `names_groups` counts
/// the listed groups named in what is asked other than its addressees: asking something
/// about a terror group is counterterrorism when the words say nothing more precise.
pub fn classify(asked: &str, context: &str, names_groups: usize) -> Category {
    if calls_to_attack(asked) || OTHER_ASKS.is_match(asked) {
        return Category::Other;
    }
    if names_groups > 0 && AGAINST_A_GROUP.is_match(asked) && !AN_ATTACK_PUNISHED.is_match(asked) {
        return Category::Counterterrorism;
    }
    if let Some(c) = LIFTED_BAN.find(asked).and_then(|m| best(&asked[m.end()..])) {
        return c;
    }
    if let Some(m) = RELEASED_FUNDS.find(asked) {
        return best(&asked[m.end()..]).unwrap_or(Category::Other);
    }
    by_construction(asked)
        .or_else(|| by_action(asked))
        .or_else(|| best(before_circumstance(asked)))
        .or_else(|| (names_groups > 0).then_some(Category::Counterterrorism))
        .or_else(|| best(context))
        .unwrap_or(Category::Other)
}

/// What is asked up to a clause of time or cause: "an emergency summit of ASEAN leaders
/// after the second bombing" asks for the summit, and the bombing that prompted it says
/// nothing of what kind of ask it is (the clause around the cue, read last, still counts
/// when nothing asked speaks).
fn before_circumstance(asked: &str) -> &str {
    static CIRCUMSTANCE: LazyLock<Regex> = LazyLock::new(|| {
        crate::text::pattern::regex(
            r"(?i)[\s,]+(?:after|following|amid|since|because|in\s+the\s+wake\s+of|in\s+response\s+to)\s",
        )
    });
    CIRCUMSTANCE
        .find(asked)
        .map_or(asked, |m| &asked[..m.start()])
}

/// "lift the ban on girls' education", "end its ban on women working for NGOs": a ban
/// lifted asks for what it forbade, not a sanction; what follows decides (a group's ban
/// lifted, which no keyword names, stays a sanction).
static LIFTED_BAN: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:lift|end|revers|overturn|rescind|scrap|repeal|remov|revok)\w*\s+(?:the|its|their|a|this|that)\s+(?:[\w-]+\s+){0,2}?(?:ban|restrictions)\s+(?:imposed\s+(?:[\w-]+\s+){0,4}?)?on\b",
    )
});

/// "release the P480-million special development fund", "release Rs18 billion in pending
/// funds for the police's Counter-Terrorism Department": money released is no captive
/// freed; what it pays for decides, and "other" when nothing says.
static RELEASED_FUNDS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\brelease\w*\s+(?:[\w$€£-]+\s+){0,5}?(?:funds?|money|salar(?:y|ies)|budgets?|allocations?|payments?|arrears|grants?)\b",
    )
});

/// Asks about a listed group's people or attacks, its addressee being another party: "hand
/// over TTP commanders based in Kunar", "stop PKK attacks launched from Iraqi soil" act
/// against the group (counterterrorism), not the handover to justice or the ceasefire the
/// words alone ask for (attacks on the group, "halt the raids on Hamas", ask a ceasefire)…
static AGAINST_A_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:hand\w*|turn\w*)\s+over\s+(?:[\w-]+\s+){0,3}?(?:commanders?|leaders?|leadership|militants|fighters|members|operatives|chiefs?|cadres)\b|\b(?:stop|prevent|halt|curb|check)\w*\s+(?:[\w-]+\s+){0,3}?(?:attacks|infiltration|incursions|raids)\s+(?:launched|mounted|staged|carried|from|by|across)\b",
    )
});

/// …unless what is asked is an attack's punishment ("hand over the Jaish members behind the
/// Pathankot attack").
static AN_ATTACK_PUNISHED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:responsible|behind|perpetrat\w*|suspects?|accused|wanted|involved|convicted|sentenced|indicted|charged)\b",
    )
});

/// "carry out attacks wherever you can", "attack French and Malian army bases", "join the
/// fight against African Union troops", "prepare for a holy war", "take up arms": a call to
/// attack soldiers or the state (a militant leader's to his fighters) is no
/// counterterrorism, whatever words of violence it holds (ANNOTATION's edge decisions:
/// "other").
static CALL_TO_ATTACK: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\s*(?:to\s+)?(?:carry\s+out|launch|mount|stage|wage|intensify)\s+(?:[a-z-]+\s+){0,2}?(?:attacks|jihad|raids)\b|\b(?:attack|strike|target|fight)\s+(?:[a-z-]+\s+){0,4}?(?:army|armies|troops|soldiers|police|policemen|embassies|crusaders|infidels|apostates)\b|\bjoin\s+(?:the\s+)?(?:fight|jihad|struggle|war)\s+against\s+(?:[a-z-]+\s+){0,3}?(?:troops|forces|army|armies|government|crusaders|infidels|occupiers)\b|\b(?:prepare|get\s+ready|rise\s+up)\s+for\s+(?:a\s+|the\s+)?(?:holy\s+)?(?:war|jihad|battle)\b|\btake\s+up\s+arms\b",
    )
});

/// Whether `asked` calls to attack. "a deadly attack on a police station" is the noun, an
/// attack told of (in a relative clause that names the group asked about), not one called
/// for.
fn calls_to_attack(asked: &str) -> bool {
    CALL_TO_ATTACK.find_iter(asked).any(|m| {
        !matches!(
            m.as_str().split_whitespace().nth(1),
            Some("on" | "in" | "at" | "by" | "of" | "near")
        )
    })
}

/// What an armed group's call to fight opens on: "to target Taliban checkpoints", "attack
/// the crusaders' embassies", "wage jihad", "kill the apostates", "join the caravan of
/// jihad" (a call to its ranks).
static FIGHT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\s*(?:(?:[\w’'-]+\s+){0,8}?to\s+)?[‘'\x22“]?(?:target|attack|strike|kill|fight|ambush|bomb|raid|hit|wage|carry\s+out|mount|escalate|join)\w*\b",
    )
});

/// Whether what an armed group asks is a call to fight (ANNOTATION: "calls by militants
/// to attack → other"), whatever it names as the target.
pub fn a_call_to_fight(asked: &str) -> bool {
    FIGHT.is_match(asked)
}

/// Asks ANNOTATION's edge decisions file under "other" whatever words of aid or cooperation
/// they hold: travel advisories ("its citizens to avoid travelling to Balochistan") and the
/// recognition of a government ("recognise the Islamic Emirate's government", "normalise
/// relations with the new authorities").
static OTHER_ASKS: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:avoid\w*\s+(?:all\s+|non-essential\s+|any\s+)?travel\w*|not\s+to\s+travel|reconsider\s+(?:\w+\s+)?travel|travel\s+(?:advisor\w*|warnings?))\b|\brecogni[sz]\w*\s+(?:[\w’'-]+\s+){0,3}?(?:government|emirate|regime|administration|authorities)\b|\bnormali[sz]\w*\s+(?:[\w-]+\s+){0,2}?(?:relations|ties)\b|\bone-China\b|\bTaiwan\s+independence\b|\bboycott\w*\s+(?:[\w-]+\s+){0,2}?(?:elections?|polls?|vote|voting|registration|referendum|census)\b|\bcandida(?:ture|cy)\b",
    )
});

/// Asks whose construction decides a category that their words alone would file wrongly.
///
/// Weapons handed over to the state ("hand over their heavy weapons to the army") are a
/// group disarmed, not the handover to justice that "hand over" alone asks for, while
/// fighters who surrender ("to surrender", "give themselves up", "hand in their weapons")
/// stop fighting: a ceasefire, not the justice "fugitives" or "the law" suggest; more force
/// against a group ("step up air strikes against al Shabaab", "increase drone strikes") is
/// counterterrorism, not the ceasefire that "strikes" alone asks for; taking down a group's
/// content ("remove ISKP propaganda", "take down the channels") acts against it, and so
/// does cutting what is sent to armed groups ("stop supplying the group with missiles",
/// "stop sending them drones"), where weapons sent to a state at war ask a ceasefire.
/// Finding the attackers ("help locate the second gunman", "track down the killers") is
/// justice, not the rescue "locate" asks when the lost are captives.
/// Sparing the accused or the condemned ("commute the death sentences", "consider
/// clemency", "not return him to Uzbekistan", "against executing its imprisoned brothers",
/// "guarantee that the death penalty would not be imposed", "collective punishment",
/// "arbitrary arrests", "punish an entire community") is a right protected, not the
/// punishment ANNOTATION files under justice; so is a captive let go or brought back ("let
/// our men go", "give them back to us", "bring back our daughters", "they must be brought
/// back") and a field cleared of
/// unexploded munitions.
/// The dead given back to their families ("hand over the bodies", "the bodies be returned")
/// is humanitarian, not the handover to justice its verb asks of the living.
/// Warning people against cooperating with the forces or an election's officials is a
/// threat, filed under "other" like every militant's call, whatever "cooperating" says.
/// Information exchanged between states ("step up the exchange of data on foreign terrorist
/// fighters", "a joint database") is cooperation whatever terror it is about, while
/// residents who share what they know with the security forces, or report to them, act
/// against the group; spreading unverified videos is no one's business but the media's.
/// Money cut off from armed groups ("stop the flow of funds and weapons to terrorist
/// groups", "action against the financing of extremist organisations") is a sanction, not
/// the counterterrorism the words of terror around it weigh for.
fn by_construction(asked: &str) -> Option<Category> {
    static CONSTRUCTIONS: LazyLock<Vec<(Category, Regex)>> = LazyLock::new(|| {
        [
            (
                Category::Counterterrorism,
                r"(?i)\b(?:hand\w*|turn\w*)\s+over\s+(?:[a-z-]+\s+){0,3}?(?:weapons|arms|guns)\b",
            ),
            (
                Category::Counterterrorism,
                r"(?i)\b(?:step\w*\s+up|increas\w*|intensif\w*|expand\w*|escalat\w*\s+(?:the\s+)?(?:fight|campaign))\s+(?:[a-z-]+\s+){0,2}?(?:air\s*strikes|drone\s+strikes|strikes|raids|operations|offensive)\b",
            ),
            (
                Category::Counterterrorism,
                r"(?i)\b(?:stop|end|halt|ceas|cut)\w*\s+[\x22“]?(?:supply\w*|send\w*|provid\w*|arm\w*|funnel\w*|smuggl\w*|ship\w*)\s+(?:(?:weapons|arms|missiles|drones|rockets|money|funds)\b[^.;]{0,60}?\bto\s+)?(?:the\s+)?(?:group|groups|them|militias?|rebels|militants|insurgents|proxies|armed\s+groups|terrorists|jihadists)\b",
            ),
            (
                Category::Counterterrorism,
                r"(?i)\b(?:remov\w*|tak\w*\s+down|taken\s+down|delet\w*|block\w*)\s+(?:[\w-]+\s+){0,3}?(?:content|propaganda|videos?|channels?|posts|accounts|material)\b",
            ),
            (
                Category::Ceasefire,
                r"(?i)\bsurrender\w*(?:\s+(?:with|their|its|your|all|now|immediately)\b|\s*[,.;:)\x22”]|\s*$)|\bgiv\w*\s+(?:themselves|himself|yourselves|ourselves)\s+up\b|\b(?:hand\w*\s+in|giv\w*\s+up)\s+(?:[a-z-]+\s+){0,2}?(?:weapons|arms|guns)\b",
            ),
            (
                Category::Justice,
                r"(?i)\b(?:locat\w*|find|found|track\w*\s+down|trac(?:e|ing)|hunt\w*\s+(?:down|for)|identif\w*|captur\w*)\s+(?:[\w-]+\s+){0,3}?(?:gunm[ae]n|attackers|assailants|killers|suspects?|perpetrators|fugitives?|bombers?)\b",
            ),
            (
                Category::Humanitarian,
                r"(?i)\b(?:commut\w*|clemency|pardon\w*|collective\s+punishment|arbitrar\w*\s+(?:arrests?|detentions?)|punish\w*\s+(?:an?\s+|the\s+)?(?:entire|whole)\s+communit\w*|unexploded|landmines?|demining)\b|\blet\s+(?:[\w’'-]+\s+){0,3}?(?:men|boys|sons|daughters|children|girls|hostages|captives|prisoners|detainees|soldiers|workers|crew|man|woman|people)\s+(?:go|free|come\s+(?:back|home))\b|\b(?:not|never|against)\s+(?:to\s+)?(?:execut|extradit|deport|expel|return|sen[dt]\w*\s+back|hand\w*\s+over)\w*\s+(?:him|her|them|any|anyone|anybody|the|these|those|its|their)\b|\bdeath\s+(?:penalty|sentences?)\s+(?:\w+\s+){0,2}?(?:not|never)\b|\b(?:bring|give)\w*\s+(?:[\w’'-]+\s+){0,3}?(?:him|her|them|children|sons|daughters|husbands?|wives|brothers?|sisters?|mothers?|fathers?|relatives|ones|hostages|captives|girls|boys|students|people|soldiers|rangers|workers|crew|sailors|fishermen)\s+back\b|\bbe\s+brought\s+back\b|\b(?:bring\w*\s+back|return|release)\s+(?:our|my|his|her|their|the|all)\s+(?:[\w-]+\s+){0,2}?(?:children|sons|daughters|husbands?|wives|brothers?|sisters?|mothers?|fathers?|relatives|ones|hostages|captives|girls|boys|students|people|abductees|soldiers|rangers|workers|engineers|teachers|crew|sailors|seafarers|fishermen|nurses|doctors|officers|policemen|pilgrims|passengers|villagers)\b",
            ),
            (
                Category::Other,
                r"(?i)^\W*(?:an?\s+)?ransom\b|^[^;]{0,60}?\bin\s+ransom\b|\bagainst\s+(?:cooperating|collaborating|working)\s+with\b|^\W*(?:(?:US|A|C)?[$€£]\s?\d|\d[\d,.]*\s+(?:million|billion|thousand)|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred)\s+(?:hundred|thousand|million|billion))[^;]{0,60}?\bfor\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:[\w’'-]+\s+){0,3}?(?:release|freedom)\b",
            ),
            (
                Category::Humanitarian,
                r"(?i)(?:^\W*|\b(?:and|must|should|please|always|also|simply|just)\s+)let\s+(?:[\w’'-]+\s+){0,4}?(?:go|leave|out|return\w*|back|home|through|pass|work|harvest|bury|come|live|free)\b|\bgiv\w*\s+(?:me|us)\s+back\b|^\W*(?:(?:an?\s+)?(?:additional|further|extra|another)\s+)?(?:(?:US|A|C|NZ|HK)?[$€£]\s?\d|\d[\d,.]*\s+(?:million|billion)\s+(?:US\s+)?(?:dollars|euros|pounds|francs|rupees|naira|shillings|pesos|rand)\b)[^;]*?\b(?:to|for)\s",
            ),
            (
                Category::Humanitarian,
                r"(?i)\b(?:return|hand\w*\s+over|giv\w*|releas\w*|repatriat\w*)\s+(?:[\w’'-]+\s+){0,3}?bod(?:y|ies)\b|\bbod(?:y|ies)\s+(?:[\w’'-]+\s+){0,3}?(?:be|are|is)\s+(?:handed\s+over|returned|released)\b",
            ),
            (
                Category::Other,
                r"(?i)\b(?:remain|stay|maintain|keep)\w*\s+(?:the\s+)?calm\s*(?:$|[.;:!\x22”’]|and\s+(?:to\s+)?(?:not|avoid|refrain|desist|be\s+vigilant|cooperate|report|ignore|shun))",
            ),
            (
                Category::Counterterrorism,
                r"(?i)\b(?:shar|report|pass|giv|provid)\w*\s+(?:[\w-]+\s+){0,3}?(?:information|intelligence|tips?)\s+(?:\S+\s+){0,4}?(?:with|to)\s+(?:the\s+)?(?:nearest\s+)?(?:security|police|army|military|defen[cs]e)\b|\b(?:cooperat|collaborat)\w*\s+(?:[\w-]+\s+){0,8}?by\s+reporting\b|\b(?:volunteer\w*|giv\w*|provid\w*\s+timely)\s+(?:[\w-]+\s+){0,3}?information\s+(?:on|about|regarding)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:strangers?|movements?|suspects?|criminals|militants|bandits|terrorists|attackers|kidnappers|abductors|gunmen|insurgents|hideouts|suspicious)\b",
            ),
            (
                Category::Other,
                r"(?i)\b(?:shar|circulat|spread|post)\w*\s+(?:[\w-]+\s+){0,2}?(?:unverified|false)\s+(?:information|reports|videos|claims|news)\b",
            ),
            (
                Category::Cooperation,
                r"(?i)\b(?:exchang|shar)\w*\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:information|intelligence|data)\b|\b(?:information|intelligence)[- ]sharing\b|\bdatabases?\b|\bjoint\s+working\s+groups?\b",
            ),
            (
                Category::Sanctions,
                r"(?i)\b(?:plac|put|add|includ)\w*\s+(?:\S+\s+){0,10}?on\s+(?:its|the|their|a|an)\s+(?:[\w-]+\s+){0,2}?(?:terror(?:ist)?|sanctions?|designation|watch)\s+lists?\b|\b(?:recogni[sz]|designat|declar|list)\w*\s+(?:[\w-]+\s+){0,4}?as\s+(?:an?\s+|the\s+)?state\s+sponsors?\s+of\s+terror\w*",
            ),
            (
                Category::Sanctions,
                r"(?i)\b(?:financing|funding|flow\s+of\s+(?:funds|money|finance)(?:\s+and\s+[\w-]+)?)\s+(?:of|to|for)\s+(?:[\w-]+\s+){0,4}?(?:terror\w*|extremis\w*|militants|armed\s+groups?|insurgen\w*)|\b(?:for|of)\s+financing\s+(?:of\s+)?terror\w*",
            ),
        ]
        .into_iter()
        .map(|(c, p)| (c, crate::text::pattern::regex(p)))
        .collect()
    });
    CONSTRUCTIONS
        .iter()
        .find(|(_, re)| re.is_match(asked))
        .map(|(c, _)| *c)
}

fn best(text: &str) -> Option<Category> {
    let mut best: Option<(usize, Category)> = None;
    for (i, (cat, re)) in RULES.iter().enumerate() {
        let n = re.find_iter(text).count();
        // Earlier categories are more specific: a justice word outweighs a general one.
        let weight = n * (RULES.len() + 1 - i);
        if n > 0 && best.is_none_or(|(w, _)| weight > w) {
            best = Some((weight, *cat));
        }
    }
    best.map(|(_, c)| c)
}

/// Whether the speaker appeals (asks) or demands (insists).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Force {
    Appeal,
    Demand,
}

/// The closest CAMEO event code: 02x appeals, 10x demands.
pub fn cameo(category: Category, force: Force) -> &'static str {
    match (force, category) {
        (Force::Appeal, Category::Ceasefire) => "0256",
        (Force::Appeal, Category::Counterterrorism) => "0212",
        (Force::Appeal, Category::Justice) => "0213",
        (Force::Appeal, Category::Negotiation) => "026",
        (Force::Appeal, Category::Humanitarian) => "0233",
        (Force::Appeal, Category::Cooperation) => "022",
        (Force::Appeal, Category::Sanctions | Category::Other) => "020",
        (Force::Demand, Category::Ceasefire) => "1056",
        (Force::Demand, Category::Counterterrorism) => "1012",
        (Force::Demand, Category::Justice) => "1013",
        (Force::Demand, Category::Negotiation) => "108",
        (Force::Demand, Category::Humanitarian) => "1033",
        (Force::Demand, Category::Cooperation) => "102",
        (Force::Demand, Category::Sanctions | Category::Other) => "100",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_from_what_is_asked() {
        let c = |s| classify(s, "", 0);
        assert_eq!(
            c("an immediate and comprehensive ceasefire to stop violence"),
            Category::Ceasefire
        );
        assert_eq!(
            c("perpetrators of the attack be brought to justice"),
            Category::Justice
        );
        // Captives brought back or home, in the passive too.
        for asked in [
            "They must be brought back to Kashmir and released",
            "the students should be brought home before the exams",
            "bring back our daughters",
        ] {
            assert_eq!(c(asked), Category::Humanitarian, "{asked}");
        }
        // Borders kept open, families reached, returns made possible.
        for asked in [
            "keep the border open to those fleeing",
            "allow the crew to contact their families",
            "let her see her husband",
            "create conditions for the voluntary return of the Rohingyas",
        ] {
            assert_eq!(c(asked), Category::Humanitarian, "{asked}");
        }
        assert_eq!(
            c("action against LeT and JeM terror groups"),
            Category::Counterterrorism
        );
        assert_eq!(
            c("the resumption of talks with the Taliban"),
            Category::Negotiation
        );
        assert_eq!(
            c("unhindered access for aid to civilians"),
            Category::Humanitarian
        );
        assert_eq!(
            c("listing of the group's leaders under the 1267 sanctions regime"),
            Category::Sanctions
        );
        assert_eq!(
            c("closer cooperation on border management"),
            Category::Cooperation
        );
        assert_eq!(c("a visit to the stadium"), Category::Other);
    }

    #[test]
    fn troops_on_the_ground_weapons_sent_and_calls_to_attack() {
        let c = |s| classify(s, "", 0);
        assert_eq!(
            c("avoid sending ground troops into Lebanon"),
            Category::Ceasefire
        );
        assert_eq!(
            c("provide more artillery for his outgunned troops"),
            Category::Cooperation
        );
        assert_eq!(
            c("send more air defences to his country"),
            Category::Cooperation
        );
        assert_eq!(
            c("carry out attacks wherever you can in the entire country"),
            Category::Other
        );
    }

    #[test]
    fn rights_abuses_military_movements_and_calls_to_war() {
        let c = |s| classify(s, "", 0);
        assert_eq!(
            c("law enforcers to refrain from so-called crossfire killings of suspects"),
            Category::Humanitarian
        );
        assert_eq!(
            c("an independent inquiry into torture in the detention centres"),
            Category::Justice
        );
        assert_eq!(
            c("an immediate halt to all military movements around the capital"),
            Category::Ceasefire
        );
        assert_eq!(
            c("the faithful to prepare for a holy war against the government"),
            Category::Other
        );
        assert_eq!(c("the youth to take up arms"), Category::Other);
    }

    #[test]
    fn travel_advisories_and_recognition_are_other() {
        let c = |s| classify(s, "", 0);
        assert_eq!(
            c("its citizens to avoid travelling to the border provinces after the bombing"),
            Category::Other
        );
        assert_eq!(
            c("the world to recognise the new government and send aid"),
            Category::Other
        );
        assert_eq!(
            c("Europe to normalise relations with the authorities in Kabul"),
            Category::Other
        );
    }

    #[test]
    fn diplomatic_vocabulary() {
        let c = |s| classify(s, "", 0);
        assert_eq!(
            c("the two countries to exercise restraint and engage in dialogue for peace in the region"),
            Category::Ceasefire
        );
        assert_eq!(
            c("Seoul and Washington to stop their combined military drills"),
            Category::Ceasefire
        );
        assert_eq!(
            c("impressive measures for the resolution of this long pending dispute"),
            Category::Negotiation
        );
        assert_eq!(
            c("use his good offices between the two neighbours"),
            Category::Negotiation
        );
        assert_eq!(c("a fact-finding mission to the valley"), Category::Justice);
        assert_eq!(
            c("all states to combat terrorism by all means, in accordance with human rights law"),
            Category::Counterterrorism
        );
        assert_eq!(
            c("the return of displaced people to their homes in the south"),
            Category::Humanitarian
        );
    }

    #[test]
    fn an_obligation_asks_the_verb_after_its_modal() {
        let c = |s| classify(s, "", 0);
        assert_eq!(
            c("Colombia's rebels must free all hostages before peace talks can resume"),
            Category::Humanitarian
        );
        assert_eq!(
            c("the two governments should resume talks despite the attack on civilians"),
            Category::Negotiation
        );
    }

    #[test]
    fn the_action_asked_decides_before_stray_words() {
        let c = |s| classify(s, "", 0);
        assert_eq!(
            c("release the hostages seized in the attack"),
            Category::Humanitarian
        );
        assert_eq!(
            c("immediately extradite the attack's planners"),
            Category::Justice
        );
        assert_eq!(
            c("resume talks stalled since the war"),
            Category::Negotiation
        );
        assert_eq!(c("ban the group and its fronts"), Category::Sanctions);
        assert_eq!(
            c("share intelligence on terror networks"),
            Category::Cooperation
        );
        assert_eq!(
            c("dismantle terror infrastructure"),
            Category::Counterterrorism
        );
        // "released" as a participle of the object is still read as the action only when it
        // comes first; later words fall to the keyword rules.
        assert_eq!(
            c("a ceasefire that has released tension"),
            Category::Ceasefire
        );
        // Being left in peace is the fighting ending, not a peace process.
        assert_eq!(c("leave the villagers in peace"), Category::Ceasefire);
        assert_eq!(c("We should stop the killings now"), Category::Ceasefire);
        assert_eq!(c("end the killings in the valley"), Category::Ceasefire);
        // Stopping the arms that feed a war de-escalates it; sending arms is cooperation.
        assert_eq!(
            c("all foreign actors stop supplying weapons to the warring parties"),
            Category::Ceasefire
        );
        assert_eq!(
            c("stop fuelling the conflict with weapons"),
            Category::Ceasefire
        );
        assert_eq!(
            c("Let the guns fall silent so that talks can begin"),
            Category::Ceasefire
        );
        assert_eq!(
            c("India and Pakistan have to sit together and find a solution"),
            Category::Negotiation
        );
        assert_eq!(
            c("continue supplying weapons to the Ukrainian army"),
            Category::Cooperation
        );
        assert_eq!(c("the town be left in peace"), Category::Ceasefire);
    }

    #[test]
    fn the_object_of_a_general_verb_decides() {
        let c = |s| classify(s, "", 0);
        assert_eq!(
            c("end these reckless attacks on shipping"),
            Category::Ceasefire
        );
        assert_eq!(
            c("hand him over to the court in Belgrade"),
            Category::Justice
        );
        assert_eq!(
            c("the network has to be wiped out"),
            Category::Counterterrorism
        );
        assert_eq!(
            c("comply with the road map signed in Riyadh"),
            Category::Negotiation
        );
        // A relative clause describes who is asked about, not what is asked.
        assert_eq!(
            c("those who shelter them must be held to account"),
            Category::Justice
        );
        assert_eq!(
            c("hostages must be freed without conditions"),
            Category::Humanitarian
        );
    }

    #[test]
    fn informing_on_militants_lifting_curfews_and_concluding_agreements() {
        let c = |s| classify(s, "", 0);
        let cases = [
            (
                "report any newcomers to the village chief",
                Category::Counterterrorism,
            ),
            (
                "block the Telegram accounts used by the cell",
                Category::Counterterrorism,
            ),
            (
                "stop the flow of firearms across the border",
                Category::Counterterrorism,
            ),
            (
                "lift the curfew imposed on the valley",
                Category::Humanitarian,
            ),
            (
                "return the bodies of the dead to their families",
                Category::Humanitarian,
            ),
            (
                "open the crossing for patients every day",
                Category::Humanitarian,
            ),
            (
                "conclude a legally binding agreement on the dam",
                Category::Negotiation,
            ),
            ("not walk away from the table", Category::Negotiation),
            // Keeping to a curfew is no relief from one.
            ("respect the curfew", Category::Other),
        ];
        for (asked, category) in cases {
            assert_eq!(c(asked), category, "{asked}");
        }
    }

    #[test]
    fn cameo_codes_follow_force() {
        assert_eq!(cameo(Category::Ceasefire, Force::Appeal), "0256");
        assert_eq!(cameo(Category::Ceasefire, Force::Demand), "1056");
        assert_eq!(cameo(Category::Justice, Force::Demand), "1013");
        assert_eq!(cameo(Category::Negotiation, Force::Appeal), "026");
    }
}
