//! Demand cues: the words by which someone asks something of someone ("called on … to",
//! "urged", "demanded", "stressed the need", a stated "must").

use super::category::Force;
use crate::lexicon::words::{any_of, any_of_spaced, Words};
use crate::text::span::{ceil_char, floor_char};
use crate::text::words::last_word;
use crate::text::Span;
use aho_corasick::AhoCorasick;
use regex::Regex;
use std::sync::LazyLock;

/// How a cue relates to the parties of the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    /// "X urged Y to …": the addressee follows the verb.
    Object,
    /// "X called for …", "X stressed the need for …": nobody named is asked.
    Open,
    /// "… Y must …": a stated obligation; the addressee is the modal's subject and the
    /// speaker is whoever states it.
    Deontic,
    /// "“Stop the fighting,” he said": an imperative opening a quotation (it counts only
    /// inside one).
    Imperative,
    /// "hoped Pakistan would act": a wish asks something only of a party it names ("hoped
    /// the talks would succeed" asks nobody).
    Wish,
    /// "The Afghan authorities are urged to …": asking without saying who asks. A
    /// statement's issuer asks so; in a report it is pressure with no speaker.
    Passive,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub span: Span,
    pub force: Force,
    pub shape: Shape,
    /// The address an imperative follows ("To the leaders of Los Lobos I say: surrender",
    /// "And I say again to Ansar Allah: release …"): it names whom the words are for.
    pub address: Option<Span>,
}

struct Rule {
    /// Lowercase words one of which every match contains: a sentence without any of them
    /// is never searched with this rule.
    triggers: &'static [&'static str],
    re: Regex,
    force: Force,
    shape: Shape,
    /// The cue counts only when this matches the text right after it…
    then: Option<Regex>,
    /// …and this does not.
    unless: Option<Regex>,
}

/// The "to" that opens what an object is asked to do, which a quotation may open: "urged
/// Moscow this week “to create conditions …”", "urged the ministry “not to sign …”",
/// "implored the commanders to « take the war out of our streets »".
const TO: &str = r"[\x22“‘'«]?\s?(?:not\s+)?to\s+(?:[\x22“‘']|«\s?)?\w";

/// One word of a cue's object before its "to" or "against". A phrase in quotation marks
/// stands as one ("warned non-Muslims “occupying Muslim land” to leave"): the patterns read
/// it so through [`quoted_as_words`], which keeps their automata small.
macro_rules! object_word {
    () => {
        r"(?:[^\s\x22“”,;:!?]+\s+)"
    };
}
const OBJECT_WORD: &str = object_word!();

/// A cue's object, then its "to": one phrase, or two joined by "and", each of a few words
/// ("implored the government and the National Democratic Front of the Philippines (NDFP)
/// to return …", "pleaded with the Federal Government and the insurgents holding the
/// children to ensure …"), or one naming a list of places or parties, set off by commas
/// ("exhorted young people in Garissa, Wajir and Mandera to shun …"), or one with words set
/// off after it ([`SET_OFF`]).
fn objects_to() -> String {
    format!(
        r"^\s+{OBJECT_WORD}{{1,8}}?{TO}|^\s+{OBJECT_WORD}{{1,5}}?and\s+{OBJECT_WORD}{{1,8}}?{TO}|^\s+{OBJECT_WORD}{{1,6}}?{NAMES_LISTED}{OBJECT_WORD}{{0,3}}?(?:and|or)\s+{OBJECT_WORD}{{1,4}}?{TO}|^\s+{OBJECT_WORD}{{0,5}}?{SET_OFF}{TO}"
    )
}

/// The last word of an object, then a few words set off by commas before its "to": "were
/// pleading with them, in the name of God, to …", "pleaded with the gunmen, once again, to
/// …".
const SET_OFF: &str = r"[^\s\x22“”,;:!?]+,\s+(?:[^\s\x22“”,;:!?]+\s+){0,5}[^\s\x22“”,;:!?]+,\s+";

/// Names listed before the last one of a list: "Garissa, Wajir and", "Kaduna, Katsina,
/// Zamfara and" (capitalised words, each set off by a comma).
const NAMES_LISTED: &str =
    r"(?:[A-ZÀ-ÖØ-Þ][^\s\x22“”,;:!?]*(?:\s+[A-ZÀ-ÖØ-Þ][^\s\x22“”,;:!?]*){0,2},\s+){1,6}";

/// An addressee's apposition between commas, then "against": "warned the Sinjar
/// Resistance Units (YBŞ), a Yazidi armed group formed in 2014, against …". The warning
/// rule reads it to find the cue, the addressees to find who is warned.
macro_rules! apposition_then_against {
    () => {
        r",[^;:.!?\x22“”]{1,160}?,\s+against\b"
    };
}
pub(super) use apposition_then_against;

/// How far after a cue a quoted phrase may stand in its object.
const QUOTED_OBJECT_REACH: usize = 240;

/// `after` (the words after a cue) with each short phrase in quotation marks written as one
/// word, its marks dropped and its spaces joined ("“occupying Muslim land”" reads
/// "occupying_Muslim_land"); a phrase holding a comma, a semicolon or a colon stays as
/// written, a title's "“Today,”" being no part of an object. `None` when no quotation mark
/// opens near the cue, as for most cues: the patterns then read `after` itself.
fn quoted_as_words(after: &str) -> Option<String> {
    let near = &after[..crate::text::span::floor_char(after, QUOTED_OBJECT_REACH)];
    if !near.contains(['"', '“']) {
        return None;
    }
    let mut out = String::with_capacity(near.len());
    let mut rest = near;
    while let Some(open) = rest.find(['"', '“']) {
        out.push_str(&rest[..open]);
        let mark = rest[open..].chars().next().unwrap_or('"');
        let inner_start = open + mark.len_utf8();
        let close = rest[inner_start..]
            .find(['"', '”'])
            .map(|c| inner_start + c);
        match close {
            Some(c)
                if c > inner_start
                    && c - inner_start <= 60
                    && !rest[inner_start..c].contains([',', ';', ':', '\n']) =>
            {
                out.push_str(&rest[inner_start..c].replace(char::is_whitespace, "_"));
                let closing = rest[c..].chars().next().unwrap_or('"');
                rest = &rest[c + closing.len_utf8()..];
            }
            _ => {
                out.push(mark);
                rest = &rest[inner_start..];
            }
        }
    }
    out.push_str(rest);
    Some(out)
}

/// A word other than `word` (lowercase ASCII), so that a pattern can read the words
/// before the first "to" or "against" only: a word shorter or longer than it, or one of
/// its length that differs from it at some letter (the regex crate has no lookahead).
fn word_but(word: &str) -> String {
    const C: &str = r"\s\x22“”,;:!?";
    let n = word.len();
    let mut alternatives = vec![format!("[^{C}]{{{},}}", n + 1)];
    if n > 1 {
        alternatives.push(format!("[^{C}]{{1,{}}}", n - 1));
    }
    for (i, c) in word.char_indices() {
        alternatives.push(format!("{}[^{C}{c}][^{C}]{{{}}}", &word[..i], n - i - 1));
    }
    format!("(?:{})", alternatives.join("|"))
}

/// "made an", "renewed its", "reiterated the", "We reiterate our": the words before a noun
/// of asking that make it the subject's own appeal.
const MADE_AN_APPEAL: &str = r"(?:made|make|makes|making|issued|issuing|launched|launching|renew(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|repeat(?:s|ed|ing)?)\s+(?:an?|its|their|his|her|our|my|the)\s+(?:[\w’'-]+\s+){0,2}?";

/// What follows a verb of asking whose object is named in apposition before its "to":
/// "implored the army chief, Gen. X, to …", "encouraged the commander, Colonel Y, to …".
const APPOSED_TO: &str = concat!(
    r"^\s+",
    object_word!(),
    r"{0,6}?[^\s\x22“”,;:!?]+,\s+[^,;:!?\x22“”\n]+?,\s+(?:not\s+)?to\s+\w"
);

static RULES: LazyLock<Vec<Rule>> = LazyLock::new(|| {
    let not_to = word_but("to");
    let not_that = word_but("that");
    let not_against = word_but("against");
    let rule =
        |triggers: &'static [&'static str], re: &str, force, shape, then: Option<&str>| Rule {
            triggers,
            re: crate::text::pattern::regex(re),
            force,
            shape,
            then: then.map(crate::text::pattern::regex),
            unless: None,
        };
    let except = |mut r: Rule, unless: &str| {
        r.unless = Some(crate::text::pattern::regex(unless));
        r
    };
    use Force::*;
    use Shape::*;
    vec![
        // "The international community is requested to …" asks with no asker said (a
        // statement's own), as do "Parents are asked not to …" and "Communities are enjoined
        // to …"; "Families were urged by the governor, X, to …" names the agent, as "were
        // told by police to …" does (told with no agent is only told). Asked not to be named
        // is no asking.
        except(
            rule(
                &[
                    "request", "urg", "ask", "encourag", "exhort", "invit", "implor", "call",
                    "press", "told", "enjoin",
                ],
                r"(?i)\b(?:is|are|was|were|been|being|be)\s+(?:also\s+|again\s+|hereby\s+|therefore\s+|repeatedly\s+|strongly\s+|kindly\s+|earnestly\s+|once\s+again\s+)?(?:(?:requested|urged|asked|encouraged|exhorted|invited|implored|enjoined|pressed|pressured|called\s+(?:up)?on)\s+(?:(?:not\s+)?to|by)|told\s+by)\b",
                Appeal,
                Passive,
                None,
            ),
            r"(?i)^\s+be\s+(?:named|identified|quoted)\b",
        ),
        rule(
            &["call"],
            r"(?i)\b(?:reiterat\w*|renew\w*|repeat\w*|made|make|makes|issued|issue|(?:re)?affirm\w*|restat\w*|echo\w*)\s+(?:its|their|his|her|the|a|an|(?-i:[A-Z])[\w’'-]*(?:’s|'s)|the\s+(?-i:[A-Z])[\w’'-]*(?:’s|'s))\s+(?:\w+\s+)?calls?\s+(?:\x22|“)?for\b",
            Appeal,
            Open,
            None,
        ),
        rule(
            &["call"],
            r"(?i)\b(?:reiterat\w*|renew\w*|repeat\w*|made|make|makes|issued|issue)\s+(?:its|their|his|her|the|a|an)\s+(?:\w+\s+)?calls?\s+(?:on|upon)\b",
            Appeal,
            Object,
            None,
        ),
        // "What we ask is that India does not allow …", "What we want is for those
        // responsible to face justice": a speaker's own ask, put first by a cleft.
        rule(
            &["what"],
            r"(?i)\bwhat\s+(?:we|i)(?:'d|’d)?\s+(?:(?:would|really|are|am|were|have|only|all|simply|just)\s+){0,2}(?:ask(?:ing)?|want(?:ed)?|demand(?:ing)?|urge)(?:\s+for)?\s+(?:is|are|was)\s+(?:that|for)\b",
            Appeal,
            Open,
            None,
        ),
        // "joined calls for a ceasefire", "echoed demands for …", "added its voice to calls
        // for an inquiry", "lent its weight to demands for …": another's call made one's own.
        rule(
            &["call", "demand", "appeal"],
            r"(?i)\b(?:join\w*|echo\w*|(?:add\w*|lent|lend\w*)\s+(?:its|their|his|her|my|our)\s+(?:voice|weight|support|backing)\s+to)\s+(?:the\s+)?(?:(?:growing|mounting|international|chorus\s+of|widespread|renewed)\s+)*(?:calls?|demands?|appeals?)\s+(?:for|that)\b",
            Appeal,
            Open,
            None,
        ),
        rule(
            &["call"],
            r"(?i)\b(?:joint|renewed|strong|fresh|urgent)\s+calls?\s+(?:for|on|upon)\b",
            Appeal,
            Open,
            None,
        ),
        rule(
            &["call"],
            r"(?i)\bcall(?:s|ed|ing)?\s+(?:(?:yesterday|today|again|also|publicly|repeatedly|once\s+(?:again|more)|(?:on\s+)?\w+day)\s+)?(?:on|upon)\b",
            Appeal,
            Object,
            // "called yesterday on the Iraqi authorities to …", "called Monday on …", "called
            // on Wednesday on the government to …": a day or an adverb may stand between the
            // verb and its "on".
            // "called on “the peoples of the nation” to rise up", "called on 'the brothers in
            // the north' to …": the one called on may stand in quotation marks, double or
            // single as British papers write them, or open with a number ("called on 14 senators").
            // What they are called on for follows ("to", "for", "that", a colon): "called
            // on the spinner from the Pavilion End" chose a bowler, "called on the family"
            // visited it.
            Some(
                r"^\s+[“\x22‘']?(?:the\s+|all\s+|both\s+|its\s+|their\s+)?[A-Za-z@0-9][^;!?]{0,240}?(?:\b(?:to|for|that|not)\b|:)",
            ),
        ),
        rule(
            &["call"],
            r"(?i)\bcall(?:s|ed|ing)?\s+for\b",
            Appeal,
            Open,
            None,
        ),
        // "called again for", "called on Monday for", "called in a statement for": an
        // adverbial between the verb and "for" — not an object ("called the police for
        // hours", "called him for advice").
        rule(
            &["call"],
            r"(?i)\bcall(?:s|ed)?\s+(?:on|in|at|during|after|before|last|late|early|this|once|again|also|further|yet|publicly|repeatedly|today|yesterday|tonight|earlier|later|recently|now|instead|too|\w+ly|(?-i:[A-Z])[\w-]*|[0-9]+)\s+(?:\w+\s+){0,2}?for\b",
            Appeal,
            Open,
            None,
        ),
        // "urged on by a crowd of 25,000" cheers; it asks nothing.
        except(
            rule(
                &["urg"],
                r"(?i)\burg(?:e|es|ed|ing)\b",
                Appeal,
                Object,
                // "urged restraint", "urged a full independent investigation": an action asked
                // of nobody named; "urged an emergency session of the Council": a gathering
                // (not "the chairman of the meeting").
                Some(&format!(
                    r"^\s+(?:(?:[^\s\x22“”;:!?]+|[\x22“][^\x22“”\n]+[\x22”])\s+){{0,40}}?[\x22“‘]?(?:not\s+)?(?:to|for|against|that)\b|^\s+[\x22“‘][^\x22“”\n]{{1,80}}[\x22”’],?\s+(?:not\s+)?to\s|^\s+[\x22“‘]?(?:an?\s+|the\s+)?(?:immediate|urgent|stop|humanitarian|peaceful|all|both|world|international|authorities|govern)|^\s+(?:an?\s+|the\s+)?(?:[a-z]+\s+){{0,3}}?(?:{})\b|^\s+an?\s+(?:[a-z-]+\s+){{0,2}}?(?:meeting|session|summit)\s+of\b",
                    any_of(&[&Words::get().asked_nouns])
                )),
            ),
            r"^\s+on\s+by\b",
        ),
        // "appealed during Sunday Mass to the gunmen", "appealed Tuesday for calm": an
        // adverbial of time or place may stand between the verb and the one appealed to.
        // "That really appeals to me" pleases its speaker; it asks nothing.
        except(
            rule(
                &["appeal"],
                r"(?i)\bappeal(?:s|ed|ing)?\s+(?:again\s+|once\s+more\s+|(?:on\s+)?\w+day\s+|(?:during|at)\s+(?:[^\s,;:.!?]+\s+){1,3}?)?(?:to|for|on)\b",
                Appeal,
                Object,
                None,
            ),
            r"(?i)^\s+(?:me|him|her|us|them|you|many|voters|readers|viewers)\s*(?:[.,;:!?\x22”’]|$)",
        ),
        // "We appeal the international community and UNO to take …": appealing to someone
        // without the "to", as South Asian English has it; never a court's appeal ("appeal
        // the verdict", "appealed against the ruling").
        except(
            rule(
                &["appeal"],
                r"(?i)\bappeal(?:s|ed)?\b",
                Appeal,
                Object,
                Some(&format!(
                    r"^\s+(?:the\s+|all\s+)?[A-Za-z](?:[^\s\x22“”,;:!?]*\s+){{1,7}}?{TO}"
                )),
            ),
            concat!(
                r"(?i)^\s+(?:to|for|on|against|court|by|in|of|process|hearing|judges?|the\s+(?:verdict|ruling|decision|sentence|conviction|judgment|judgement|case|order|ban))\b|^\s+",
                object_word!(),
                r"{0,4}?(?:was|is|has|had|will|would|could|be|been)\b"
            ),
        ),
        // "made an appeal to the Houthis to free the crew", "We reiterate our request to the
        // Malian authorities to facilitate …": the appeal's addressee follows.
        rule(
            &["appeal", "plea", "request"],
            &format!(r"(?i)\b{MADE_AN_APPEAL}(?:appeals?|pleas?|requests?)\s+to\b"),
            Appeal,
            Object,
            Some(&objects_to()),
        ),
        rule(
            &["appeal", "plea", "request"],
            &format!(r"(?i)\b{MADE_AN_APPEAL}(?:appeals?|pleas?|requests?)\b"),
            Appeal,
            Open,
            None,
        ),
        // "Asked whether …" is a journalist's question, not a request.
        except(
            rule(
                &["ask"],
                r"(?i)\bask(?:s|ed|ing)?\b",
                Appeal,
                Object,
                // "asked that he be moved", "asked only that the town be left in peace",
                // "asked Mexico for a moratorium".
                Some(&format!(
                    r"^\s+(?:(?:\w+ly|again|also)\s+)?(?:for\b|that\b)|^\s+(?:(?:[^\s\x22“”;:!?]+\s+){{1,16}}?{TO}|{OBJECT_WORD}{{1,4}}?for\s+\w)"
                )),
            ),
            // "asked for comment" is a reporter's question, as is "asked the girls whether
            // they wanted …" (a question word before any "to"); "who asked that her name not
            // be used" asks the reporter for anonymity.
            &format!(
                r"(?i)^\s+(?:whether|if|about|why|how|what|when|where|by)\b|^\s+(?:{not_that}\s+)(?:{not_to}\s+){{0,3}}?(?:whether|if|why|how|what|when|where)\s|^\s+{OBJECT_WORD}{{0,4}}?for\s+(?:an?\s+)?(?:comments?|reaction|interview|response)\b|^\s+(?:not\s+to\s+be\s+(?:named|identified|quoted)|to\s+be\s+(?:identified|called|named|referred\s+to)\s+(?:only\s+)?(?:as|by)|for\s+anonymity|to\s+comment|that\s+(?:his|her|their|its)\s+(?:full\s+|real\s+|last\s+)?names?\s+(?:not\s+)?be|that\s+(?:he|she|they)\s+not\s+be\s+(?:named|identified))\b"
            ),
        ),
        // "requested a ceasefire", "requested the Council to …", "requested Saudi Arabia and
        // the UAE to …", "requested French military intervention", "requested United States
        // assistance", and what is asked then whom from: "requested two additional
        // helicopters from the United States". A few words only before "to", not the
        // objects every verb of asking reads (`objects_to`): "request" is as often a noun,
        // whose "to" then belongs to a clause of its own ("a request … that we try to …").
        rule(
            &["request"],
            r"(?i)\brequest(?:s|ed|ing)?\b",
            Appeal,
            Object,
            Some(
                r"^\s+(?:that|for|the|an?|(?:[\w-]+\s+){1,3}?to|(?:[\w-]+\s+){1,3}?and\s+(?:the\s+)?(?:[\w-]+\s+){1,3}?to|(?:[\w,$-]+\s+){1,5}?from\s+(?:the\s+)?(?-i:[A-Z])\w*|(?:all|each|every|both)\s+(?:[\w-]+\s+){1,6}?to|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*(?:’s|'s)|(?:(?:his|her|their|its|our)\s+)?(?:[A-Z][A-Za-z]+\s+){0,2}(?:(?:urgent|international|more|military|financial|humanitarian|immediate|technical|logistical|expedited|additional|further|prompt|early|swift|full)\s+)*(?:assistance|aid|help|support|protection|extradition|talks|ceasefire|release|return|handover|transfer|delivery|deployment|investigation|inquiry|clarification|explanation|access|equipment|evidence|intervention|mediation|reinforcements))\b",
            ),
        ),
        except(
            rule(
                &["sought", "seek"],
                r"(?i)\b(?:sought|seeks?|seeking)\b",
                Appeal,
                Open,
                // Seeking as asking ("sought the listing of…"), not as striving ("sought
                // positive relations").
                Some(
                    r"(?i)^\s+(?:(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?:’s|'s)\s+)?(?:(?:the|an?|urgent|immediate|international|their|its|his|her|full|more|further|swift|strict|stringent|stern|exemplary|severe|strong|appropriate|necessary|early|concrete|credible|continued|life|death|maximum|harsher|tougher|lengthy|long|prison|jail|security|safety|independent|thorough|comprehensive|judicial|forensic|firm|written|clear|binding|formal|interpol|consular|diplomatic|legal|medical|humanitarian|military|financial|technical|[a-z]+est)\s+)*(?:action|listing|designation|extradition|help|support|assistance|aid|clarification|explanation|assurances?|guarantees?|safeguards|commitments?|release|return|cooperation|justice|investigation|probe|inquiry|answers|information|details|removal|withdrawal|ban|sanctions|ceasefire|talks|dialogue|meeting|intervention|protection|access|punishment|arrest|handover|compensation|sentences?|terms|penalty|resignation|apology|dismissal|suspension|review|audit|handing\s+over|(?:red\s+)?notices|(?:arrest\s+)?warrants)\b",
                ),
            ),
            // "to …" strives; "it was seeking information." names nothing sought of anyone.
            r"^\s+to\b|^\s+(?:more\s+)?(?:information|details|answers|clarification)\s*[.;]",
        ),
        // "I beg leave to ask the Question standing in my name" opens a member's question in
        // a parliament's record; it asks nothing of anyone.
        except(
            rule(
                &["implor", "beseech", "beg"],
                r"(?i)\b(?:implor(?:e|es|ed|ing)|beseech(?:es|ed|ing)?|besought|beg(?:s|ged|ging)?)\b",
                Appeal,
                Object,
                // "I beg the boys in the bush: release these people": the ask after a colon.
                Some(&format!(
                    r"{}|^\s+{OBJECT_WORD}{{0,6}}?[^\s\x22“”,;:!?]+:\s+[a-z]|{APPOSED_TO}",
                    objects_to()
                )),
            ),
            r"(?i)^\s+leave\b",
        ),
        // "told reporters that Moscow was ready to …" reports, it does not ask.
        except(
            rule(
                &[
                    "want", "plead", "pled", "exhort", "enjoin", "advis", "told", "tell", "remind",
                    "admonish", "prod", "nudg", "petition", "lobbied", "lobby",
                ],
                r"(?i)\b(?:want(?:s|ed)?|plead(?:s|ed|ing)?\s+with|pled\s+with|exhort(?:s|ed|ing)?|enjoin(?:s|ed|ing)?|advis(?:e|es|ed|ing)|told|tell(?:s|ing)?|remind(?:s|ed|ing)?|admonish(?:es|ed|ing)?|prod(?:s|ded|ding)|nudg(?:e|es|ed|ing)|petition(?:ed|ing)|lobb(?:ied|ying))\b",
                Appeal,
                Object,
                Some(&objects_to()),
            ),
            // "wanted to …" is the subject's own wish; in "told me he was going to …",
            // "tells me they'll bring them to justice" and "told CNN the report was likely to
            // …" the "to" belongs to a clause of its own
            // (the words before the first "to" say so: "I want the government to make sure
            // that …" asks, its "that" coming after). "wanted customers to understand that
            // …" wishes them a thought, which no one can be asked to have.
            &format!(
                r"(?i)^\s+(?:is\b|to\b|(?:{not_to}\s+){{0,8}}?that\b|{OBJECT_WORD}{{1,8}}?to\s+(?:know|understand|believe|feel|think|realise|realize|see|learn|remember|recognise|recognize|hear)\b|(?:reporters|journalists|the\s+(?:press|media)|a\s+(?:news|press)\s+conference)\b|(?:{not_to}\s+){{1,7}}?(?:i|he|she|it|they|we|was|were|is|are|had|has|would|will|could|must|should|needs?|going|likely|unable|able|ready|due)(?:\s|['’](?:ll|d|re|ve|s)\b))"
            ),
        ),
        // "We also need them to help normalise relations", "needs Pakistan to act", "We need
        // our partners to shut them down", "We need the authorities in Sana'a and in Aden to
        // grant us access", "We need the Afghan authorities to …": a party needed to act,
        // where it is or not, is asked to (not "need more time to …").
        rule(
            &["need"],
            r"(?i)\bneed(?:s|ed)?\b",
            Appeal,
            Object,
            Some(&format!(
                r"^\s+(?:them|him|her|you|(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){{0,3}}|(?:the|our|their|its|all|both)\s+(?:[A-Za-z-]+\s+){{0,2}}?{}(?:\s+(?:in|of|from)\s+(?-i:[A-Z])[\w’'.-]*(?:\s+(?:and\s+(?:in\s+)?)?(?-i:[A-Z])[\w’'.-]*){{0,4}})?)\s+(?:also\s+|now\s+)?{TO}",
                any_of_spaced(&[&Words::get().addressable_nouns])
            )),
        ),
        // "The Committee recommended that the Ministry complete the fencing …", "The
        // Committee desires that the NIA expedite the trials": a report's recommendation or
        // desire asks the authority its that-clause names, by its name ("the Public
        // Prosecution", "President X", "the NRC") or by an institution's noun ("the justice
        // ministry"); a doctor's "recommends that caregivers look out for …" advises, it
        // asks no party.
        rule(
            &["recommend", "desire"],
            r"(?i)\b(?:recommend(?:s|ed|ing)?|desire[sd]?)\s+that\b",
            Appeal,
            Open,
            Some(
                r"^\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:[a-z-]+\s+){0,2}(?i:government|ministry|ministries|centre|center|authorities|member\s+states|state\s+party|states\s+parties|council|committee|commission|department|agencies|police|army|military|parliament|congress|administration|security\s+forces)\b)",
            ),
        ),
        // "Pakistan's demand for …", "the Taliban's demand to talk with U.S. officials", "the
        // Houthis' demand for salaries": a demand its owner makes.
        rule(
            &["demand"],
            r"(?i)(?:’s|'s|(?-i:s'|s’))\s+(?:[^\s,;:’']+\s+)?demands?\s+(?:for|that|to)\b",
            Demand,
            Open,
            None,
        ),
        // "has renewed its demand for the recovery of …", "Our demand for the dismantling
        // of the sanctuaries is clear": a demand its possessor makes again or states as
        // their own. "rejected their demand for …" is another's answer to it.
        rule(
            &["demand"],
            r"(?i)\b(?:reiterat\w*|renew\w*|repeat\w*|restat\w*|voic\w*|made|make|makes|press\w*|stress\w*|underlin\w*)\s+(?:its|their|our|his|her|my)\s+(?:[^\s,;:]+\s+)?demands?\s+(?:for|that)\b|(?-i:\b(?:Our|My))\s+(?:[^\s,;:]+\s+)?demands?\s+(?:for|that)\b",
            Demand,
            Open,
            None,
        ),
        // "noted the request of the Government of Trinidad and Tobago for technical
        // assistance", "reiterates the call of the Secretary-General for the authorities to
        // …": a call whose maker follows it after "of" is that party's.
        rule(
            &["request", "call", "appeal", "demand"],
            r"(?i)\b(?:requests?|calls?|appeals?|demands?)\s+of\s+(?:the\s+)?(?-i:[A-Z])[^,;:.()]{0,80}?\s+for\b",
            Appeal,
            Open,
            None,
        ),
        // "Her call for a ban was applauded": a sentence opening on a possessor's call or
        // demand takes up the party named before ("rejected their call for …" answers it).
        rule(
            &["demand", "call", "appeal"],
            r"\A\s*(?:His|Her|Its|Their)\s+(?:[^\s,;:]+\s+)?(?i:demands?|calls?|appeals?)\s+(?i:for|that)\b",
            Demand,
            Open,
            None,
        ),
        // "made a strong pitch for resolving the dispute through dialogue", "pitched for
        // early talks", "batted for an early meeting": a case argued for, as the South Asian
        // press writes it; a pitcher's or a batsman's team or innings is no ask.
        rule(
            &["pitch", "bat"],
            r"(?i)\b(?:pitch(?:es|ed|ing)|batt(?:ed|ing)|(?:made|make|makes|making)\s+(?:an?\s+)?(?:[a-z]+\s+){0,2}?pitch)\s+for\b",
            Appeal,
            Open,
            Some(
                r"^\s+(?:(?:an?|the)\s+)?(?:[a-z]+\s+){0,2}?(?:[a-z]+ing|[a-z]+(?:tion|sion|ment|ance|ence|ity|ship)s?|dialogue|talks|peace|reforms?|action|ceasefire|support|investment|trade|ties)\b",
            ),
        ),
        rule(
            &["push"],
            r"(?i)\bpush(?:es|ed|ing)?\s+(?:\w+ly\s+|hard\s+)?for\b",
            Appeal,
            Open,
            None,
        ),
        // "pleaded for calm", "pleads for the release of …", the wires' "pleaded Tuesday for
        // …": an appeal with nobody named
        // ("pleaded with X to" names them). The participle is left out: "a message pleading
        // for help" is a picture's caption, not a party's appeal.
        rule(
            &["plead", "pled"],
            r"(?i)\b(?:plead(?:s|ed)?|pled)\s+(?:\w+ly\s+|again\s+|(?:on\s+)?\w+day\s+)?for\b",
            Appeal,
            Open,
            None,
        ),
        // "has been pushing the factions to surrender their weapons"; pushing something
        // back, ahead or through is no asking.
        except(
            rule(
                &["push"],
                r"(?i)\bpush(?:es|ed|ing)?\b",
                Demand,
                Object,
                // The one pushed opens the object ("pushing the factions to …"); "Carter's
                // push came …" is a noun.
                Some(&format!(
                    r"^\s+(?:the|an?|all|both|its|their|his|her|them|him|us|[A-Z])[^\s\x22“”;:!?]*\s+(?:[^\s\x22“”;:!?]+\s+){{0,7}}?{TO}"
                )),
            ),
            &format!(
                r"(?i)^\s+(?:{not_to}\s+){{0,6}}?(?:back|forward|ahead|through|up|down|out|into|onto|off|away|toward|towards|hard|for)\b|^\s+(?:{not_to}\s+){{1,7}}?to\s+(?:the|a|an|his|her|its|their|our|my|this|that)\s"
            ),
        ),
        // "a regular press briefing in response to …": "press" before the noun it
        // qualifies is the press.
        except(
            rule(
                &["press"],
                r"(?i)\b(?:press(?:es|ed|ing)?|pressur(?:e|es|ed|ing|ised|ized|ising|izing))\b",
                Demand,
                Object,
                Some(&format!(
                    r"^\s+(?:[^\s\x22“”;:!?]+\s+){{1,16}}?{TO}|^\s+for\s+\w|{}",
                    objects_to()
                )),
            ),
            &format!(
                r"(?i)^\s+{}(?:\b|\W|$)",
                any_of(&[&Words::get().press_compounds])
            ),
        ),
        // "demanded of the provincial and federal governments to lift the curfew": South
        // Asian English asks the party after "of".
        rule(
            &["demand"],
            r"(?i)\b(?:demanded|demands|demanding)\s+of\b",
            Demand,
            Object,
            Some(&objects_to()),
        ),
        // "demanded written guarantees": the past tense is a verb whatever its object; the
        // passive ("the release demanded by") and "demanded to know" (a question) ask
        // nothing of anyone.
        except(
            rule(&["demanded"], r"(?i)\bdemanded\b", Demand, Object, None),
            r"(?i)^\s+(?:by|of|in|to\s+know)\b",
        ),
        rule(
            &["demand"],
            r"(?i)\bdemand(?:s|ing)?\b",
            Demand,
            Object,
            Some(
                r"^\s+(?:that|the|an?|immediate|action|justice|accountability|release|an end|end|withdrawal|answers|explanation|urgent|strict|concrete|credible|verifiable|inquiry|investigation|probe|ceasefire|truce|talks|restraint|compensation|apology|guarantees|access|protection|punishment|extradition|sanctions|independent|full|swift|his|her|their|its|more|greater|international|UN|an? independent|humanitarian|safe|unimpeded|unhindered|unconditional|complete|total|transparent|impartial|prompt|thorough|meaningful|tangible|respect|recognition|reparations|safeguards|assurances|clarity|clarification|details|information|evidence|proof|[A-Z][\w’'.-]*\s+(?:to|take|stop|end|release|act|hand|ensure|be))\b|^\s*,|^\s+[“\x22]?(?:[$€£]\s?\d|\d[\d,.]*\s+(?:million|billion|thousand)|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a\s+hundred)\s+(?:hundred|thousand|million|billion))\b",
            ),
        ),
        // "gave Sri Lanka a March deadline to hold an inquiry", "gave the junta one week to
        // restore the president", "I am giving them 72 hours to release …": a time set for a
        // party to act asks it to act.
        rule(
            &["gave", "give", "given", "giving"],
            r"(?i)\b(?:gave|give|gives|giving|given)\b",
            Demand,
            Object,
            // The party may be quoted: 'gave "all armed groups" 15 days to leave'.
            Some(concat!(
                r"^\s+[\x22“]?(?:(?-i:[A-Z])|the\s|its\s|their\s|all\s|(?:them|him|her|it|you|us)\s|(?-i:[a-z][a-z-]+s)\s)",
                r"(?:[^\s\x22“”,;:!?]+[\x22”]?\s+)",
                r"{0,8}?(?:(?:an?|the|its|their)\s+)?",
                object_word!(),
                r"{0,2}?(?:deadline|ultimatum|(?:until|till)(?:\s+[^\s\x22“”,;:!?]+){1,5}?|(?:\d+|one|two|three|four|five|six|seven|ten|a|several|a\s+few)\s+(?:more\s+)?(?:hours?|days?|weeks?|months?))\s+to\s+[a-z]"
            )),
        ),
        // "set a deadline of noon on Friday for the release of the soldiers": the time set
        // asks for what it is set for.
        rule(
            &["deadline"],
            r"(?i)\bset\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?deadline\b(?:\s+(?:of|for)\s+[^.;:!?\x22“”]{1,40}?)??\s+for\b",
            Demand,
            Open,
            None,
        ),
        // "issued an ultimatum to Beirut: disarm Hezbollah …", "delivered an ultimatum to
        // the junta to hand over power": a party given an ultimatum is asked to act.
        rule(
            &["ultimatum"],
            r"(?i)\b(?:issu|deliver|sen[dt]|gave|give|serv)\w*\s+(?:an?\s+|its\s+|the\s+)?(?:[\w-]+\s+)?ultimatum\s+to\b",
            Demand,
            Object,
            None,
        ),
        // "What we ask of Damascus is a constitution that …", "what I want from Washington
        // is that it does not leave": a speaker's ask put as what they ask.
        rule(
            &["what"],
            r"(?i)\bwhat\s+(?:we|i)\s+(?:are\s+|am\s+)?(?:ask|want|expect|demand|need)(?:ing)?\s+(?:of|from)\s+[^,;.:!?\x22“”]{1,60}?\s+(?:is|are)\b",
            Demand,
            Open,
            // A phrase, not a judgement of the ask ("… is simple").
            Some(r"^\s+(?:that\s+)?[^\s,.;:!?]+\s+[^\s,.;:!?]"),
        ),
        // "The onus is on the police to show …": the burden put on a party asks it to act.
        rule(
            &["onus"],
            r"(?i)\b(?:the\s+)?onus\s+(?:is|was|now\s+is|is\s+now)\s+on\b",
            Demand,
            Object,
            Some(&objects_to()),
        ),
        // "insisted on Monday that …" is a claim dated, not something insisted upon.
        except(
            rule(
                &["insist"],
                r"(?i)\binsist(?:s|ed|ing)?\s+(?:on|upon)\b",
                Demand,
                Open,
                None,
            ),
            // "insisted on state television that …": where it was said, not what is
            // insisted upon.
            &format!(
                r"^\s+(?:{}|\d|(?i:(?:state|national|local|public)\s+)?(?i:television|tv|radio|camera|air|social\s+media|twitter|facebook|telegram)\b)",
                any_of(&[&Words::get().weekdays])
            ),
        ),
        // "warned Ankara against …", "warned foreign mining companies operating in the Guji
        // zone against …", "warned China to withdraw", "cautioned vigilante groups against
        // reprisals", "warned residents of joining the militia": the object told what
        // not to do or what to do; "warned it would …" foretells, and "warned of more attacks
        // against the forces" threatens. "Caution" only as a verb ("urged caution" is another
        // cue's object).
        except(
            rule(
                &["warn", "caution"],
                r"(?i)\b(?:warn(?:s|ed|ing)?|caution(?:s|ed|ing))\b",
                Demand,
                Object,
                // "warned the Sinjar Resistance Units (YBŞ), a Yazidi armed group formed in
                // 2014, against …": an addressee set off by its apposition.
                Some(concat!(
                    r"^\s+",
                    object_word!(),
                    r"{0,12}?against\b|^\s+",
                    object_word!(),
                    r"{0,5}?[^\s\x22“”,;:!?]+",
                    apposition_then_against!(),
                    r"|^\s+",
                    object_word!(),
                    r"{1,6}?(?:not\s+)?to\s+(?:\x22|“)?[a-z]|^\s+",
                    object_word!(),
                    r"{1,4}?of\s+(?:joining|helping|sheltering|supporting|harbou?ring|aiding|collaborating|cooperating|working|voting|taking|giving|paying|selling|renting|travelling|traveling|going|crossing|attending|participating)\b"
                )),
            ),
            &format!(
                r"(?i)^\s+(?:that\b|of\b|(?:{not_against}\s+){{0,5}}?(?:would|will|was|were|is|are|could|might|may|had|has|have|be|been|likely|ready|about|going|set|due|able|unable|enough|next|close|used|according|related|only)\s)"
            ),
        ),
        // "impressed upon President Xi the need to keep the peace": the one the need is
        // impressed upon is asked.
        rule(
            &["impress"],
            r"(?i)\bimpress(?:es|ed|ing)?\s+(?:up)?on\b",
            Appeal,
            Object,
            Some(concat!(
                r"^\s+",
                object_word!(),
                r"{1,8}?the\s+(?:urgent\s+|pressing\s+)?(?:need|importance|necessity|urgency)\s+(?:for|to|of)\b"
            )),
        ),
        rule(
            &["need", "importance", "necessity", "urgency", "imperative"],
            r"(?i)\b(?:stress|emphasi[sz]|underlin|underscor|highlight|reiterat|express|reaffirm|point|note|recogni[sz]|acknowledg|agre)\w*\s+(?:on\s+)?(?:out\s+)?(?:the\s+)?(?:urgent\s+|pressing\s+|critical\s+|crucial\s+|dire\s+)?(?:need|importance|necessity|urgency|imperative)\b",
            Appeal,
            Open,
            None,
        ),
        except(
            rule(
                &[
                    "must", "should", "ought", "need", "has to", "have to", "had to", "better",
                ],
                r"(?i)\b(?:must|should|ought to|needs? to|needed to|has to|have to|had to|had better)\b",
                Appeal,
                Deontic,
                None,
            ),
            // "… should he become president": a modal before its subject opens a condition.
            r"(?i)^-|^\s+(?:he|she|they|we|you|i)\s+[a-z]|^\s+(?:(?:not\s+|never\s+)?have\s+(?:been|had|made|done|taken|known|seen|gone|won|lost|played|caught|scored|come|become|given|got|gotten|begun|found|left|paid|brought|thought|felt|kept|held|sent|spent|built|fled|fought|sought|told|hidden|driven|written|chosen|fallen|grown|shown|thrown|drawn|broken|spoken|stolen|heard|meant|met|led|understood|stood|struck|\w+ed)\b|(?:not\s+|also\s+|now\s+)?(?:expect|know|doubt|assume\s+that)\b|(?:now\s+|also\s+)?be\s+expected\s+to\b|be\s+(?:regarded|seen|viewed|understood)\s+as\b|be\s+(?:\w+ly\s+|very\s+|so\s+|quite\s+)?(?:\x22|“)?(?:ashamed|embarrassed|concerned|worried|aware|feeling|wondering|hoping|thinking|noted|surprised|proud|happy|pleased|relieved|delighted|disappointed|frustrated|angry|furious|devastated|heartbroken|desperate|nervous|anxious|afraid|scared|frightened|terrified|tired|exhausted|joking|kidding|mad|crazy|hard|painful|right|wrong|true|false|the case|sure|certain|confident|convinced)\b)",
        ),
        rule(
            &[
                "time",
                "important",
                "importance",
                "imperative",
                "essential",
                "necessary",
                "crucial",
                "vital",
                "incumbent",
                "critical",
                "urgent",
            ],
            r"(?i)\bit\s+(?:is|was)\s+(?:also\s+|now\s+|therefore\s+)?[“\x22‘']?(?:(?:(?:high|long\s+past|past|about)\s+)?(?:time|important|imperative|essential|necessary|crucial|vital|incumbent|critical|urgent)|of\s+(?:the\s+)?(?:utmost|great|paramount|vital|critical|crucial)\s+importance)\b",
            Appeal,
            Deontic,
            None,
        ),
        // "The Malian authorities have a duty to cooperate with us", "Pakistan has an
        // obligation to act": a party's duty, stated, asks it to do it.
        rule(
            &["duty", "obligation", "responsibility"],
            r"(?i)\b(?:has|have)\s+(?:a|an|the)\s+(?:(?:moral|legal|special|clear|historic|international|primary|sovereign)\s+)?(?:duty|obligation|responsibility)\s+to\b",
            Appeal,
            Deontic,
            None,
        ),
        rule(
            &["time"],
            r"(?i)\b(?:the\s+)?time\s+(?:for|to)\b[^.;:]{0,160}?\bis\s+[“\x22‘']?(?:now|here)\b",
            Appeal,
            Deontic,
            None,
        ),
        // "It's time for the State Department to stop studying this problem": the
        // contraction only with a party after "for" (a conversational "it's time to get back
        // to it" asks no one).
        rule(
            &["time"],
            r"(?i)\bit['’]s\s+(?:high\s+|about\s+|long\s+past\s+)?time\s+for\b",
            Appeal,
            Deontic,
            None,
        ),
        // "the time has come for Pakistan to end …", "time has come that the black sheep …
        // should be exposed".
        rule(
            &["time"],
            r"(?i)\b(?:the\s+)?time\s+(?:has|had|have)\s+(?:now\s+|finally\s+)?come\b",
            Appeal,
            Deontic,
            Some(r"^\s+(?:for|to|that)\s"),
        ),
        // "Now is the time for other governments to join …" (editors' bracketed words are
        // read as plain ones: "Now [is the] time for …"); "The time is now for Hamas to …".
        rule(
            &["time"],
            r"(?i)\b(?:now|this)\s+is\s+the\s+time\b|\bthe\s+time\s+is\s+(?:now|here)\b",
            Appeal,
            Deontic,
            Some(r"^,?\s+(?:for|to)\s"),
        ),
        rule(
            &["encourag", "lobb", "challeng", "expect"],
            r"(?i)\b(?:encourag(?:e|es|ed|ing)|lobb(?:y|ies|ied|ying)|challeng(?:e|es|ed|ing)|expect(?:s|ed|ing)?)\b",
            Appeal,
            Object,
            Some(&format!("{}|{APPOSED_TO}", objects_to())),
        ),
        // "encouraged the resumption of dialogue among all parties", "encourages the early
        // conclusion of the negotiations": an action encouraged is asked of whoever can take
        // it, as "called for" asks.
        rule(
            &["encourag"],
            r"(?i)\bencourag(?:e|es|ed|ing)\s+(?:the\s+|an?\s+)?(?:(?:early|swift|speedy|prompt|timely|full|further|continued|immediate)\s+)?(?:resumption|continuation|conclusion|implementation|establishment|holding|return|release|deployment|adoption|ratification|signing|completion)\s+of\b",
            Appeal,
            Open,
            None,
        ),
        rule(
            &["pressure"],
            r"(?i)\bpressure\s+on\b",
            Demand,
            Object,
            Some(&objects_to()),
        ),
        // "came under mounting pressure from Paris and Berlin to abandon the deal", "pressure
        // from Washington on Islamabad to act": the party after "from" presses, and what
        // follows "to" is asked.
        rule(
            &["pressure"],
            r"(?i)\bpressure\s+from\s+[^,;:.!?\x22“”()]{2,80}?\s+to\b",
            Demand,
            Open,
            None,
        ),
        // "The task now is to rebuild trust", "the need of the hour is for all sides to talk".
        rule(
            &["imperative", "task", "priority", "need", "onus"],
            r"(?i)\bthe\s+(?:\w+\s+){0,2}?(?:imperative|task|priority|need|onus)(?:\s+of\s+the\s+(?:hour|moment|day))?\s+(?:now\s+)?(?:is|was)\s+(?:to|for)\b",
            Appeal,
            Deontic,
            None,
        ),
        rule(
            &[
                "essential",
                "imperative",
                "crucial",
                "vital",
                "necessary",
                "a must",
            ],
            r"(?i)\b(?:is|are)\s+(?:now\s+|also\s+)?(?:essential|imperative|crucial|vital|necessary|a must)\b",
            Appeal,
            Deontic,
            None,
        ),
        // "Free speech …", "Open fire", "Open letter: …", "Let's just say …", "Let's get to
        // 50,000!", "Let me …", "Don't be sad" and a telegram's "End summary." or a page's
        // "Show Headers" ask nothing.
        except(
            rule(
                &[
                    "stop", "end", "release", "return", "show", "help", "allow", "let", "give",
                    "free", "withdraw", "respect", "protect", "save", "bring", "hand", "halt",
                    "cease", "lift", "open", "act", "please", "do not", "don't", "don’t",
                ],
                r"(?:^|[“\x22‘'])\s*(?:Please,?\s+(?i:stop|end|release|return|show|help|allow|let|give|free|withdraw|respect|protect|save|bring|hand over|halt|cease|lift|open|act|do not|don['’]t)|Stop|End|Release|Return|Show|Help|Allow|Let|Give|Free|Withdraw|Respect|Protect|Save|Bring|Hand over|Halt|Cease|Lift|Open|Act|Do not|Don['’]t)\b",
                Appeal,
                Imperative,
                None,
            ),
            r"(?i)^(?:\s+(?:speech|trade|press|markets?|zone|will|world|fire|me|be|letters?|summary|comment|headers)\b|['’]s\s+(?:just\s+)?(?:say|face|be|see|remember|get)\b)",
        ),
        rule(
            &["need"],
            r"(?i)\b(?:we|i)\s+(?:urgently\s+|badly\s+|still\s+|also\s+)?need\b",
            Appeal,
            Open,
            Some(
                r"^\s+(?:more\s+|urgent\s+|international\s+)?(?:support|help|assistance|aid|investment|protection|funding|funds|money|resources|weapons|arms|equipment|action|justice|peace|a\s+ceasefire|security)\b",
            ),
        ),
        // "Somalia needs more support from the international community", "said his country
        // needed a financial commitment … from the world": help needed from a party is asked
        // of it.
        rule(
            &["need"],
            r"(?i)\bneed(?:s|ed)?\b",
            Appeal,
            Open,
            Some(
                r"^\s+(?:(?:more|urgent|immediate|international|financial|technical|military|humanitarian|a|the|its|their)\s+){0,3}(?:support|help|assistance|aid|investment|protection|funding|funds|commitment|resources|weapons|arms|equipment)\b[^.;:]{0,100}?\bfrom\s+(?:(?:the|its|their|his|her|our)\s+)?(?:(?-i:[A-Z])|world\b|international\b|donors?\b|partners\b|allies\b|neighbou?rs\b)",
            ),
        ),
        rule(
            &["expected"],
            r"(?i)\b(?:is|are|was|were)\s+(?:also\s+)?expected\s+to\b",
            Appeal,
            Deontic,
            None,
        ),
        // "conveyed New Delhi's expectation from Colombo to fulfil …": an expectation of a
        // party named before its "to".
        rule(
            &["expectation"],
            r"(?i)\bexpectations?\s+(?:from|of)\b",
            Appeal,
            Object,
            Some(&format!(r"^\s+{OBJECT_WORD}{{1,5}}?{TO}")),
        ),
        // "India would like to see Pakistan take credible action", "she would also like to
        // see the FBI and the Attorney General's Office run joint investigations": a party
        // named after "see", then what it should do. Not a party's place or time ("would
        // like to see Kashmir in peace").
        except(
            rule(
                &["like to see"],
                r"(?i)\b(?:would|’d|'d)\s+(?:also\s+|really\s+|very\s+much\s+)?like\s+to\s+see\b",
                Appeal,
                Open,
                Some(
                    r"^\s+(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?:(?-i:[A-Z])[\w’'.-]*|and|the|of))*\s+(?-i:[a-z]+)\b",
                ),
            ),
            r"^\s+(?:the\s+)?(?-i:[A-Z])[\w’'.-]*(?:\s+(?:(?-i:[A-Z])[\w’'.-]*|and|the|of))*\s+(?:in|at|on|with|for|as|to|from|by|again|more|being|become|happen|win|succeed|grow|prosper|free|safe)\b",
        ),
        // "It is expected that the two sides will find out the truth through dialogue": a
        // wish of whoever says it, asking the parties the clause names.
        rule(
            &["expected", "hoped"],
            r"(?i)\bit\s+is\s+(?:also\s+)?(?:expected|hoped)\b",
            Appeal,
            Wish,
            Some(r"^\s+that\s"),
        ),
        rule(
            &["hop"],
            r"(?i)\bhop(?:e|es|ed|ing)\b",
            Appeal,
            Wish,
            Some(r"^\s+(?:that\s+)?[^.;]{0,100}?\b(?:would|will|can|could)\b"),
        ),
    ]
});

/// Every rule's trigger words in one automaton, and for each of its patterns the rules it
/// wakes, as a bit set.
static TRIGGERS: LazyLock<(AhoCorasick, Vec<u128>)> = LazyLock::new(|| {
    assert!(
        RULES.len() <= 128,
        "every rule needs a bit of the wake mask"
    );
    let mut words: Vec<&str> = Vec::new();
    let mut masks: Vec<u128> = Vec::new();
    for (r, rule) in RULES.iter().enumerate() {
        for &w in rule.triggers {
            match words.iter().position(|&x| x == w) {
                Some(i) => masks[i] |= 1 << r,
                None => {
                    words.push(w);
                    masks.push(1 << r);
                }
            }
        }
    }
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&words)
        .unwrap_or_else(|e| panic!("cue triggers: {e}"));
    (ac, masks)
});

/// The cues of a text, per sentence, in order and without overlaps (a longer cue wins).
///
/// One pass of the trigger automaton over the text tells which rules can match in which
/// sentence; only those rules then search only those sentences, so the cost does not grow
/// with the number of rules.
pub fn find_all(text: &str, sentences: &[Span]) -> Vec<Vec<Cue>> {
    let (triggers, masks) = &*TRIGGERS;
    let mut wake: Vec<u128> = vec![0; sentences.len()];
    for m in triggers.find_overlapping_iter(text) {
        let i = sentences.partition_point(|s| s.end <= m.start());
        if sentences.get(i).is_some_and(|s| s.start <= m.start()) {
            wake[i] |= masks[m.pattern().as_usize()];
        }
    }
    let mut per: Vec<Vec<Cue>> = vec![Vec::new(); sentences.len()];
    for (i, s) in sentences.iter().enumerate() {
        if wake[i] == 0 {
            continue;
        }
        if s.slice(text).trim_end().ends_with('?') {
            per[i].extend(put_as_a_question(text, *s));
            continue;
        }
        let body = s.slice(text);
        let mut cues: Vec<Cue> = Vec::new();
        for (r, rule) in RULES.iter().enumerate() {
            if wake[i] & (1 << r) == 0 {
                continue;
            }
            for m in rule.re.find_iter(body) {
                // "issued the warning on Thursday night as …": a noun's setting is no
                // verb's.
                let end = match past_a_setting(&body[m.end()..], rule) {
                    0 => m.end(),
                    setting => {
                        let noun = Words::get()
                            .determiners
                            .contains(&last_word(&body[..m.start()]).to_lowercase());
                        if noun {
                            m.end()
                        } else {
                            m.end() + setting
                        }
                    }
                };
                let after = &body[end..];
                let quoted = std::cell::OnceCell::new();
                let reads = |re: &Regex| {
                    re.is_match(after)
                        || quoted
                            .get_or_init(|| quoted_as_words(after))
                            .as_deref()
                            .is_some_and(|q| re.is_match(q))
                };
                if rule.then.as_ref().is_some_and(|t| !reads(t))
                    || rule.unless.as_ref().is_some_and(reads)
                    || is_noun_use(body, m.start(), m.as_str())
                    || DURATION.is_match(after)
                    || is_answered_call(body, m.start(), m.as_str())
                    || is_infinitive(body, m.start(), rule.shape)
                    || is_negated(body, m.start(), m.as_str())
                    || (body[..m.start()].trim().is_empty()
                        && ASKED_A_QUESTION.is_match(&body[m.start()..]))
                    || (rule.shape == Shape::Object && is_passive(body, m.start(), m.as_str()))
                    || (rule.shape == Shape::Deontic && is_own_or_past(body, m.start()))
                    || (rule.shape == Shape::Deontic && advises_a_market(body, m.start()))
                    || (rule.shape == Shape::Deontic && in_a_bare_relative(body, m.start()))
                    || (rule.shape == Shape::Deontic && UNDER_A_LAW.is_match(&body[..m.start()]))
                    || (rule.shape == Shape::Deontic
                        && RULED_BY_A_COURT.is_match(&body[..m.start()]))
                    || (rule.shape == Shape::Deontic
                        && DENIED_TO_FOLLOW.is_match(&body[..m.start()]))
                    || (rule.shape == Shape::Deontic && WHAT_TO_DO.is_match(body))
                    || in_an_open_question(body, m.start(), m.as_str())
                    || (rule.shape == Shape::Imperative && names_a_work(body, m.start()))
                {
                    continue;
                }
                cues.push(Cue {
                    span: Span::new(s.start + m.start(), s.start + end),
                    force: rule.force,
                    shape: rule.shape,
                    address: None,
                });
            }
        }
        cues.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
        for c in cues {
            let last = per[i].last();
            if last.is_some_and(|l| c.span.start < l.span.end)
                || last.is_some_and(|l| asked_within(text, l, &c))
            {
                continue;
            }
            per[i].push(c);
        }
    }
    per
}

/// How many tokens open a quotation before its imperative without asking anything:
/// `imperative_openers` ("Please", "And", "If not") and the commas after them.
fn openers(tokens: &[crate::syntax::Token], text: &str) -> usize {
    if !tokens
        .first()
        .is_some_and(|t| t.span.slice(text).starts_with(char::is_uppercase))
    {
        return 0;
    }
    openers_in(|i| tokens.get(i).map(|t| t.span.slice(text)))
}

/// How many of the words `word(0)`, `word(1)` … are `imperative_openers` and the commas
/// after them, read by the tagger's tokens and by the quick look at a quotation's words.
fn openers_in<'w>(word: impl Fn(usize) -> Option<&'w str>) -> usize {
    let openers = &Words::get().imperative_openers;
    let lower = |i: usize| word(i).map_or(String::new(), str::to_lowercase);
    let mut at = 0;
    loop {
        if (at > 0 && word(at) == Some(",")) || openers.contains(&lower(at)) {
            at += 1;
        } else if openers.contains(&format!("{} {}", lower(at), lower(at + 1))) {
            at += 2;
        } else {
            return at;
        }
    }
}

/// The words after the vocative that opens an imperative ("Parents, look at …", "Brothers
/// in Kabul, stop …"): a few nouns and their modifiers, then a comma.
fn vocative(tokens: &[crate::syntax::Token], text: &str) -> Option<usize> {
    use crate::syntax::Upos;
    let comma = tokens
        .iter()
        .take(5)
        .position(|t| t.span.slice(text) == ",")?;
    let head = &tokens[..comma];
    let named = head
        .iter()
        .any(|t| matches!(t.tag, Upos::Noun | Upos::Propn));
    let plain = head.iter().all(|t| {
        matches!(
            t.tag,
            Upos::Noun | Upos::Propn | Upos::Adj | Upos::Det | Upos::Adp
        )
    });
    (comma > 0 && named && plain && head[0].span.slice(text).starts_with(char::is_uppercase))
        .then_some(comma + 1)
}

/// Where the words to someone start after an address that names them: "To the mining
/// companies of the Liptako: stop paying the junta", as statements read out or posted
/// address each party in turn.
fn after_address(text: &str, start: usize, end: usize) -> usize {
    let rest = &text[start..end];
    // "And I say again to Ansar Allah: release our colleagues", "We have told both sides
    // clearly: fight your war somewhere else", "I am asking the Taliban, as a wife: let him
    // call us", "My message to the kidnappers is simple: let them go".
    if let Some(m) = SAYING_TO.find(rest) {
        return start + m.end();
    }
    if !rest.starts_with("To ") {
        return start;
    }
    if let Some(colon) = rest.find(": ").filter(|&c| c <= MAX_ADDRESS) {
        let words = rest[colon + 1..].trim_start();
        return end - words.len();
    }
    // "To the people holding Gerry, please, let him come home": an address set off by a
    // comma, then the words to them, opening on a verb.
    if let Some(comma) = rest
        .find(", ")
        .filter(|&c| c <= MAX_ADDRESS && !rest[..c].contains(['.', ';']))
    {
        let spaced = rest[comma + 1..].replace(',', " , ");
        let after: Vec<&str> = spaced.split_whitespace().take(6).collect();
        let at = openers_in(|i| after.get(i).copied());
        if let Some(verb) = after.get(at).filter(|w| may_be_base_verb(w)) {
            // The words to them start on the verb, past "please," and the like.
            let words = &rest[comma + 1..];
            let at_verb = words.find(verb).unwrap_or(0);
            return end - words[at_verb..].len();
        }
    }
    start
}

/// A speaker's words introducing what they say to someone, up to the colon.
static SAYING_TO: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:(?:And|So|Today|Again),?\s+)?(?:(?:I|We)\s+(?:\w+\s+){0,2}?(?:say|said|saying|tell|told|telling|repeat|repeated|ask|asked|asking|implore|imploring|beg|begging|urge|urged|urging|appeal|appealing)\b|(?:The|My|Our)\s+(?:message|demand|request|plea|appeal|call)\b)[^:.!?\x22“”]{0,80}:\s+",
    )
});

/// The longest address before a colon [`after_address`] reads.
const MAX_ADDRESS: usize = 80;

/// Where a transcript's speaker says sentence `s` without quotation marks: from its label
/// ("SENATOR BUKAR: Pay the soldiers …", "Zahid: Come back.") or from its start, for a later
/// sentence of the labelled line ("SENATOR BUKAR: Three things. Pay the soldiers …"). The
/// one who asks the questions prompts an answer ("Q: Tell us …"), unless they address
/// someone ("Host: To the kidnappers I say: …").
fn labelled_from(text: &str, s: Span) -> Option<usize> {
    // A label opens a line of a few sentences; deep inside a long line (a page flattened
    // into one) the sentence itself is the most a label can open, and the search back for
    // the line's start stays bounded.
    let reach = floor_char(text, s.start.saturating_sub(LABELLED_LINE_REACH));
    let line = match text[reach..s.start].rfind('\n') {
        Some(i) => reach + i + 1,
        None if reach == 0 => 0,
        None => s.start,
    };
    let at = super::parties::after_label(text, Span::new(line, s.end))?;
    let from = at.max(s.start);
    if from >= s.end {
        return None;
    }
    let written = text[line..at].trim_end_matches(|c: char| !c.is_alphanumeric());
    let label = written.to_lowercase();
    let asker = crate::text::words::last_word(&label);
    (after_address(text, from, s.end) > from
        || (!Words::get().interviewer_labels.contains(asker) && in_a_dialogue(text, line, written)))
    .then_some(from)
}

/// How far back a sentence's line may start for its label to be read.
const LABELLED_LINE_REACH: usize = 2_000;

/// How far from a label [`in_a_dialogue`] looks for the same label again.
const DIALOGUE_REACH: usize = 20_000;

/// Whether the label `written` at `line` takes the floor more than once nearby, as the
/// speakers of a transcript do ("Interviewer: … / Zahid: … / Interviewer: …"); a headline
/// ("Obama to officials: Don't react …") or a list of places ("Oahu: Hike up …") names
/// each once.
fn in_a_dialogue(text: &str, line: usize, written: &str) -> bool {
    let from = floor_char(text, line.saturating_sub(DIALOGUE_REACH));
    let to = ceil_char(text, (line + DIALOGUE_REACH).min(text.len()));
    let label = format!("\n{written}:");
    text[from..to]
        .match_indices(&label)
        .any(|(at, _)| from + at + 1 != line)
}

/// Imperatives opening a quotation, or a sentence inside one, whatever their verb
/// ("“Target the police…”", "“… Lay down your weapons and go home.”", "“Do not die for
/// …”"): the first word is a verb in its base form by the tagger. Added to `cues` (one
/// sentence's, in order) where no cue already stands.
pub fn quoted_imperatives(text: &str, sentence: Span, quotes: &[Span], cues: &mut Vec<Cue>) {
    let within = crate::text::quotes::containing(quotes, Span::new(sentence.start, sentence.start))
        .filter(|q| q.start < sentence.start)
        .map(|q| (q, sentence.start));
    let opening = crate::text::quotes::opening_in(quotes, sentence)
        .iter()
        .map(|q| (*q, q.start));
    // A transcript's or an interview's own words, outside quotation marks, addressed the
    // same way: "A: To the insurers I say: do not pay", "Spokesman: The message is simple:
    // stop attacking hospitals". An address of its own opening the sentence ("To those
    // holding them I say: release them") is no label, though it ends on a colon like one.
    let said = if after_address(text, sentence.start, sentence.end) > sentence.start {
        Some(sentence.start)
    } else {
        labelled_from(text, sentence)
    };
    let addressed = said.map(|said| (Span::new(said, sentence.end), said));
    for (q, from) in within.into_iter().chain(opening).chain(addressed) {
        let end = q.end.min(sentence.end);
        let inner = text[from..end]
            .char_indices()
            .find(|&(_, c)| c.is_alphanumeric())
            .map(|(i, _)| from + i);
        let Some(inner) = inner else { continue };
        // "stamped with the words “Hope” and “Progress.”": a word quoted alone is the word
        // itself, not an order, unless it is spoken ("“Relax,” it says", "“Leave!”").
        let written = &text[inner..end];
        let quoted = written.trim_end_matches(|c: char| !c.is_alphanumeric());
        let a_word_alone = !quoted.contains(char::is_whitespace)
            && !written[quoted.len()..].starts_with([',', '!', '?']);
        if names_a_work(text, q.start)
            || is_conditional(&text[inner..end])
            || is_titled(&text[inner..end])
            || a_word_alone
        {
            continue;
        }
        let start = after_address(text, inner, end);
        // The first words are enough to tag the first one in context.
        let mut end = end.min(start + 60);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let opening = &text[start..end];
        let addressed = start > inner;
        let addressed_verb = addressed
            && opening
                .split_whitespace()
                .next()
                .is_some_and(may_be_base_verb);
        if !addressed_verb && !may_be_imperative(opening) {
            continue;
        }
        let clause = Span::new(start, end);
        let tokens = crate::syntax::tag(text, clause);
        let word = |i: usize| tokens.get(i).map_or("", |t| t.span.slice(text));
        // "Please help us", "If not, release them": the words before the verb ask nothing
        // themselves, nor does the vocative of "Parents, look at …"; "Do not …" asks as
        // much as the verb after it.
        let opener = match openers(&tokens, text) {
            0 => vocative(&tokens, text).map_or(0, |v| {
                v + openers_in(|i| tokens.get(v + i).map(|t| t.span.slice(text)))
            }),
            n => n,
        };
        let negated =
            word(opener).eq_ignore_ascii_case("do") && matches!(word(opener + 1), "not" | "n't");
        let verb_at = if negated { opener + 2 } else { opener };
        let (Some(first), Some(verb)) = (tokens.get(opener), tokens.get(verb_at)) else {
            continue;
        };
        let v = verb.span.slice(text);
        let base = !v.ends_with("ing") && !v.ends_with("ed") && !v.ends_with('s');
        // "Torture or ill-treatment is a serious crime": a verb of being after a few nouns
        // makes the first word a noun, the sentence's subject ("Stop what you are doing"
        // is still an imperative).
        let subject_of = (verb_at + 1..verb_at + 4)
            .take_while(|&i| i < tokens.len())
            .find(|&i| matches!(word(i), "is" | "are" | "was" | "were"))
            .is_some_and(|be| {
                tokens[verb_at + 1..be].iter().all(|t| {
                    use crate::syntax::Upos;
                    matches!(t.tag, Upos::Noun | Upos::Propn | Upos::Cconj | Upos::Adj)
                })
            });
        // "“Don't Ask, Don't Tell” is repealed": a quotation that a verb of being follows
        // names a policy or a work.
        let named = text[q.end..]
            .split_whitespace()
            .next()
            .is_some_and(|w| matches!(w, "is" | "was" | "has" | "had" | "are" | "were"));
        if subject_of || named {
            continue;
        }
        if (verb.tag != crate::syntax::Upos::Verb
            && !verb_before_object(v, word(verb_at + 1), word(verb_at + 2)))
            || !base
            || !(addressed || opener > 0 || first.span.slice(text).starts_with(char::is_uppercase))
            || steers_talk(&text[first.span.start..end])
            || text[start..q.end.min(sentence.end)]
                .trim_end()
                .ends_with('?')
        {
            continue;
        }
        let span = Span::new(first.span.start, verb.span.end);
        // A cue already standing on the imperative's words reads them.
        if cues
            .iter()
            .any(|c| c.span.overlaps(Span::new(inner, span.end)))
        {
            continue;
        }
        let at = cues.partition_point(|c| c.span.start < span.start);
        cues.insert(
            at,
            Cue {
                span,
                force: Force::Appeal,
                shape: Shape::Imperative,
                address: addressed.then(|| Span::new(inner, start)),
            },
        );
    }
}

/// The imperative opening a line of a list ("- Publish a consolidated register …", "2.
/// Release all hostages", "(b) Do not …"): its first word after the bullet or number, when
/// it is capitalised and may be a verb in its base form ("Condition further assistance
/// on …" is one, though the tagger would read a noun at a line's start).
pub fn list_item(text: &str, line: Span) -> Option<Cue> {
    let start = line.start + crate::text::marks::item_start(line.slice(text));
    let mut words = text[start..line.end].split(' ');
    let first = words.next()?;
    let (span_end, verb) = if first == "Do" && words.next() == Some("not") {
        (start + "Do not".len(), words.next()?)
    } else {
        (start + first.len(), first)
    };
    // A word of letters, that the treebank knows as a verb or does not know and that a
    // lower-case word follows ("Restore the frequency of …"): a list's place names and
    // dates ("Jakarta/Manila/Brussels, 3 March 2027") are no imperatives.
    let model = crate::syntax::model();
    let next = words.next();
    let next_lower = next.is_some_and(|w| w.starts_with(char::is_lowercase));
    // "6. Ankara has to close …", "10. Telegram must remove …": a name before its modal or
    // auxiliary is the line's subject, not an imperative.
    if next.is_some_and(|w| Words::get().subject_auxiliaries.contains(w)) {
        return None;
    }
    let known_verb = verb.chars().all(char::is_alphabetic)
        && (model.seen_as(verb, crate::syntax::Upos::Verb)
            || (next_lower && model.may_be(verb, crate::syntax::Upos::Verb)));
    (first.starts_with(char::is_uppercase)
        && verb.len() > 2
        && known_verb
        && may_be_base_verb(verb))
    .then(|| Cue {
        span: Span::new(start, span_end),
        force: Force::Appeal,
        shape: Shape::Imperative,
        address: None,
    })
}

/// Whether the quotation opening at `at` is the title of a work, not words spoken: after a
/// possessive or a noun for a work ("on NBC's “Meet the Press”", "the song “Give Peace a
/// Chance”").
fn names_a_work(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end();
    let last = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .next()
        .unwrap_or("")
        .to_lowercase();
    last.ends_with("'s") || last.ends_with("’s") || Words::get().work_nouns.contains(&last)
}

/// The longest title [`is_titled`] takes a quotation for, in words.
const MAX_TITLE_WORDS: usize = 12;

/// "“Beat It” bounced off the walls", "a “Keep Merida Brave” petition", "“Make Way for
/// Ducklings”": a short quotation whose every word but the small ones is capitalised is
/// the title of a song, a book, a show or a campaign, not words said to someone.
fn is_titled(quoted: &str) -> bool {
    const SMALL: [&str; 17] = [
        "a", "an", "the", "of", "for", "and", "or", "nor", "but", "in", "on", "at", "to", "by",
        "with", "from", "as",
    ];
    let words: Vec<&str> = quoted
        .split(|c: char| c.is_whitespace() || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    (2..=MAX_TITLE_WORDS).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) || SMALL.contains(w))
}

/// "Put all this together, and you get …": an imperative whose clause goes on to what
/// follows from it states a condition, it asks nothing.
fn is_conditional(quoted: &str) -> bool {
    let lower = quoted.to_lowercase();
    [
        ", and you ",
        " and you'll ",
        " and you’ll ",
        ", and we ",
        ", and we'll ",
        ", and we’ll ",
        ", and i'm ",
    ]
    .iter()
    .any(|w| lower.contains(w))
}

/// What can be told of a quotation's opening without the tagger: its first word (after
/// "Please", "And", "If not") is a capitalised base form that the tag dictionary does not hold as anything
/// but a verb ("We", "The", "Our" never open an imperative). The tagger gives dictionary
/// words their one tag, so this only spares it the quotations it would reject.
fn may_be_imperative(opening: &str) -> bool {
    let words: Vec<&str> = opening
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’' || c == '-'))
        .filter(|w| !w.is_empty())
        .take(6)
        .collect();
    let at = openers_in(|i| words.get(i).copied());
    let Some(&word) = words.get(at) else {
        return false;
    };
    // An opener counts at the start of what is said ("And let …"), not inside a quoted
    // fragment ("and said, 'I'm …").
    let opened = at > 0 && words[0].starts_with(char::is_uppercase);
    if word == "Do" || word == "Don't" || word == "Don’t" || (opened && word == "do") {
        return true;
    }
    ((opened || word.starts_with(char::is_uppercase))
        && (may_be_base_verb(word)
            || verb_before_object(
                word,
                words.get(at + 1).copied().unwrap_or(""),
                words.get(at + 2).copied().unwrap_or(""),
            )))
        || after_vocative(opening)
}

/// "Hand them over": a word in its base form before an object pronoun is the verb, though
/// the treebank saw it only as a noun; not a word of grammar ("For us", "All of them").
/// "Target the police": before a determiner, a word the treebank saw as a verb too. A
/// phrasal verb's particle may stand between ("Fish out these killers": `verb_particles`).
fn verb_before_object(word: &str, next: &str, after_next: &str) -> bool {
    use crate::syntax::Upos;
    let model = crate::syntax::model();
    let lower = word.to_lowercase();
    let next = next.to_lowercase();
    let particle = Words::get().verb_particles.contains(&next);
    let next = if particle {
        after_next.to_lowercase()
    } else {
        next
    };
    let object = matches!(next.as_str(), "them" | "us" | "him" | "me")
        || (matches!(
            next.as_str(),
            "the" | "your" | "their" | "our" | "all" | "every" | "those" | "these"
        ) && (particle || model.seen_as(&lower, Upos::Verb)));
    object
        && !word.ends_with("ing")
        && !word.ends_with("ed")
        && !word.ends_with('s')
        && ![
            Upos::Pron,
            Upos::Det,
            Upos::Adp,
            Upos::Cconj,
            Upos::Sconj,
            Upos::Aux,
            Upos::Adv,
        ]
        .into_iter()
        .any(|tag| model.seen_as(&lower, tag))
}

/// "Parents, look at …": the word after a short opening phrase and its comma.
fn after_vocative(opening: &str) -> bool {
    let Some(comma) = opening.find(',').filter(|&c| c <= 40) else {
        return false;
    };
    // "Parents, please look at …": an opener may come between the vocative and its verb.
    let after: Vec<&str> = opening[comma + 1..].split_whitespace().take(4).collect();
    let at = openers_in(|i| after.get(i).copied());
    opening[..comma].split_whitespace().count() <= 4
        && after.get(at).is_some_and(|w| may_be_base_verb(w))
}

fn may_be_base_verb(word: &str) -> bool {
    !word.ends_with("ing")
        && !word.ends_with("ed")
        && !word.ends_with('s')
        && crate::syntax::model().may_be(word, crate::syntax::Upos::Verb)
}

/// "Look, …", "Make no mistake": a quotation opening with a verb, or a phrase, of
/// `discourse_imperatives`.
fn steers_talk(opening: &str) -> bool {
    let lower = opening.to_lowercase();
    Words::get().discourse_imperatives.iter().any(|e| {
        lower
            .strip_prefix(e)
            .is_some_and(|rest| !rest.starts_with(char::is_alphanumeric))
    })
}

/// "The envoy was expected to meet …": a passive expectation that no one is said to hold
/// is the reporter's forecast; it asks something only when a speaker states it.
pub fn is_forecast(text: &str, cue: &Cue) -> bool {
    cue.shape == Shape::Deontic && cue.span.slice(text).to_lowercase().contains("expected")
}

/// "called for authorities to seek …" (or to “seek …”): a verb after "to" is what another
/// cue asks for; "he will press Pakistan to …" is a plan to ask, not yet a demand.
fn is_infinitive(body: &str, at: usize, shape: Shape) -> bool {
    if shape == Shape::Deontic {
        return false;
    }
    let before = body[..at]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '\'' | '‘'))
        .to_lowercase();
    // "Washington continues to urge all countries to …" asks now; "the Senate resolved to
    // urge the Federal Government to …" is how a house's resolution asks.
    if [
        "continue to",
        "continues to",
        "continued to",
        "continuing to",
        "resolved to",
        "resolves to",
    ]
    .iter()
    .any(|w| before.ends_with(w))
    {
        return false;
    }
    // "I would appeal to the families to …", "we would like to urge …", "we want to warn
    // the agencies to …", a letter's "We write to urge you to …": the speaker's courtesy
    // asks now.
    if POLITE_FIRST_PERSON.is_match(&before) {
        return false;
    }
    // "used his homily to appeal to …", "used Sunday Mass to implore …", "took the
    // opportunity to urge …", "took to social media to call on …": the occasion was used,
    // the call made.
    if OCCASION_USED.is_match(&before) {
        return false;
    }
    // "a statement that would have urged Israel to …": what was never said asks nothing,
    // nor what someone "should have asked" of a party (a reproach for a call not made).
    // "Theresa May urged" is a name, not the modal.
    let cased = body[..at]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '\'' | '‘'));
    [
        " to",
        " will",
        " would",
        " shall",
        " might",
        " may",
        " could",
        " would have",
        " could have",
        " might have",
        " should have",
        " should not have",
        " should never have",
        " must have",
        " ought to have",
    ]
    .iter()
    .any(|w| before.ends_with(w) && (*w != " may" || cased.ends_with(w)))
}

static OCCASION_USED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"\b(?:(?:used|uses|using|took|takes|taking|seized|seizes|seizing)\s+(?:(?:the|a|an|his|her|its|their|this|that)\s+)?(?:[\w’'-]+\s+){{0,3}}?(?:{})(?:\s+(?:in|at|on|of|before|to)\s+(?:[\w’'-]+\s+){{0,4}}?[\w’'-]+)?|took\s+to\s+(?:[\w-]+\s+){{0,2}}?[\w-]+)\s+to$",
        any_of(&[&Words::get().occasions])
    ))
});

static POLITE_FIRST_PERSON: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?:^|[^\w’']|(?:^|\s)['‘’])(?:i|we)(?:(?:\s+would|’d|'d)(?:\s+(?:also|again|therefore|once\s+more|strongly))?(?:\s+(?:like|wish|want)\s+to)?|(?:\s+(?:also|again|just))?\s+(?:want|wish)\s+to|\s+(?:write|am\s+writing|are\s+writing)(?:\s+(?:today|again|jointly))?\s+to)(?:\s+(?:also|again|strongly))?$",
    )
});

/// "must have rebuilt", "must by now have realized": a guess at what happened ("must have a
/// plan" asks).
static MUST_HAVE_DONE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(&format!(
        r"^must\s+(?:(?:\w+ly|by\s+(?:now|then)|already|also|all)\s+){{0,2}}have\s+(?:\w+ed|{})\b",
        any_of(&[&Words::get().past_participles])
    ))
});

static MUST_BE_DOING: LazyLock<Regex> =
    LazyLock::new(|| crate::text::pattern::regex(r"^\w+(?:\s+to)?\s+be\s+(?:\w+ly\s+)?\w+ing\b"));

/// "Investors should stay cautious", "Rates should stay firm": market copy's advice and
/// forecasts, whose subject (`market_subjects`) is asked nothing.
fn advises_a_market(body: &str, at: usize) -> bool {
    let before = body[..at].trim_end();
    let before = ["also", "not", "now", "still"]
        .iter()
        .find_map(|w| before.strip_suffix(w).map(str::trim_end))
        .unwrap_or(before);
    Words::get()
        .market_subjects
        .contains(last_word(before).to_lowercase().as_str())
}

/// "I need to muster support", "I have to say": a speaker's own obligation asks nothing of
/// anyone; "ISIS have had to pour in fighters" reports a past necessity, and "they must be
/// living through a nightmare" a guess.
fn is_own_or_past(body: &str, at: usize) -> bool {
    let before = body[..at].trim_end();
    let last = before
        .rsplit(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '‘' | ',' | '('))
        .next()
        .unwrap_or("");
    let cue = &body[at..];
    // "They must be living through a nightmare" guesses; "Dublin should be arresting these
    // people" asks.
    let guessed = (!cue.starts_with("should")
        && (MUST_BE_DOING.is_match(cue) || MUST_HAVE_DONE.is_match(cue)))
        || JUDGED.is_match(cue);
    // "it must be said that …", "it should be noted that …": a writer's aside; what follows
    // its "that" is read on its own.
    let aside = last.eq_ignore_ascii_case("it") && SAYING_ASIDE.is_match(cue);
    // "There must be at least 10,000 rockets left": a guess at how many there are.
    let counted = last.eq_ignore_ascii_case("there") && COUNTED.is_match(cue);
    guessed
        || aside
        || counted
        || matches!(
            last,
            "I" | "I'll" | "I’ll" | "I've" | "I’ve" | "I'd" | "I’d"
        )
        || predicted(before, cue)
        || (cue.starts_with("had to")
            && matches!(last.to_lowercase().as_str(), "have" | "has" | "'ve" | "’ve"))
        // "We have a responsibility to protect them": the speaker's own duty, a pledge (of
        // the deontic cues, only a stated duty opens on "have a", "have an", "have the").
        || (["have a ", "have an ", "have the "]
            .iter()
            .any(|p| cue.starts_with(p))
            && matches!(last.to_lowercase().as_str(), "we" | "i"))
}

/// "must be at least 10,000", "must be thousands of": after "there", an estimate of a
/// number, not an obligation ("There must be accountability" asks, and so may "There
/// should be 1,000 more peacekeepers"); nor is a guess at a cause ("There must be a reason
/// why …", "There must be something wrong").
static COUNTED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^must\s+(?:still\s+)?be\s+(?:(?:at\s+least|at\s+most|more\s+than|fewer\s+than|less\s+than|over|about|around|nearly|almost|some|well\s+over)\s+)?(?:\d|(?:dozens|hundreds|thousands|millions)\b)|^must\s+(?:\w+ly\s+)?be\s+(?:a\s+(?:(?:good|simple)\s+)?reason\b|some(?:thing|one|body)\b)",
    )
});

/// "must surely remember", "should be easy", "must be difficult": a modal of belief or of
/// judgement, no obligation; so are "must be under enormous pressure", a guess at another's
/// state, and "the hostages must be somewhere in the forest", a guess at where they are.
static JUDGED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:must|should)\s+(?:(?:surely|certainly|obviously|undoubtedly|no\s+doubt)\b|(?:\w+ly\s+)?be\s+(?:easy|easier|simple|straightforward|possible|impossible|hard|harder|difficult|obvious|likely|unlikely|surprising|no\s+surprise|somewhere)\b)|^must\s+(?:\w+ly\s+)?be\s+under\s+(?:[a-z]+\s+){0,2}?(?:pressure|strain)\b",
    )
});

/// The passive of saying after "it" and a modal: "must be said", "should be noted".
static SAYING_ASIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^(?:must|should|has\s+to)\s+be\s+(?:said|noted|admitted|acknowledged|recogni[sz]ed|conceded|stressed|emphasi[sz]ed|underlined|pointed\s+out|remembered|borne\s+in\s+mind|added)\b",
    )
});

/// "Hagel would have to approve any deployment", "relief workers may have to tackle fuel
/// next", "we'll have to see": a necessity foretold or supposed, under a modal of the
/// future or of chance, asks nothing of anyone.
fn predicted(before: &str, cue: &str) -> bool {
    let lower = cue.to_lowercase();
    if !(lower.starts_with("have to") || lower.starts_with("need to")) {
        return false;
    }
    // The adverbs a modal allows before its verb ("would also have to") are passed over.
    let mut words = before.rsplit(char::is_whitespace).map(str::to_lowercase);
    let mut last = words.next().unwrap_or_default();
    if super::parties::MODAL_ADVERBS.is_match(&format!(" {last}")) {
        last = words.next().unwrap_or_default();
    }
    let last = last.replace('’', "'");
    matches!(
        last.as_str(),
        "will" | "would" | "may" | "might" | "could" | "shall"
    ) || last.ends_with("'ll")
        || last.ends_with("'d")
}

/// "Under the Criminal Code, banks must now freeze …", "Under the anti-terrorism law, the
/// court has to rule …", "Under terms of the plea deal, he must serve …": an obligation a
/// law or an agreement imposes is stated, not asked of anyone.
static UNDER_A_LAW: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\s*(?:under|according\s+to|as\s+required\s+by|in\s+line\s+with)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,5}?(?:law|laws|code|act|rules|regulations|constitution|statute|convention|treaty|protocol|charter|agreement|deal|terms|settlement|plea)\b[^,;]{0,60},[^,;]*$",
    )
});

/// "The court ruled Tymoshenko must repay the money": what a court rules is a judgement,
/// not an ask.
static RULED_BY_A_COURT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:court|courts|judge|judges|tribunal|jury|magistrate)\s+(?:also\s+|further\s+)?(?:ruled|held|decided|found|determined)\s+(?:that\s+)?[^,;]{0,80}$",
    )
});

/// "None of this means that the United States should send troops back", "That does not mean
/// Kabul must …", "This is not to say the army should …": an obligation the speaker denies
/// follows from what was said asks nothing.
static DENIED_TO_FOLLOW: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\b(?:(?:does|do|did)\s*(?:not|n[’']t)\s+mean|(?:none|nothing)\s+of\s+(?:this|that|it|these|those)\s+means?|(?:this|that|it)\s+is\s+not\s+to\s+say)\s+(?:that\s+)?[^.;:]{0,80}$",
    )
});

/// "demanded that the Centre seek the extradition of …": a verb of asking in the clause
/// that another cue's "that" opens is what that cue asks, not a demand of its own.
///
/// So is a verb of asking right after a modal: "Kenya should press the African Union to
/// keep its troops" asks Kenya to press, and the Union is asked by no one yet; and a modal
/// inside the clause ("urged that the territory of no State must be used …") states what
/// the verb before it asks; so does a verb of asking that is what the one asked is to do
/// ("called on the Government to formally request the Council to list …").
fn asked_within(text: &str, outer: &Cue, inner: &Cue) -> bool {
    let between = &text[outer.span.end..inner.span.start];
    if outer.shape == Shape::Deontic {
        // A pronoun's modal ("It should press …") may find no one to point to; the verb
        // after it then still asks on its own.
        let subject = crate::text::words::last_word(&text[..outer.span.start]).to_lowercase();
        let pronoun = matches!(
            subject.as_str(),
            "it" | "they" | "he" | "she" | "we" | "you" | "i" | "this" | "that" | "which" | "who"
        );
        // "Pakistan needs to stop expecting Kabul to solve …": a verb of asking in its
        // -ing form a few words after the modal is what the modal asks to stop or start.
        let gerund = inner
            .span
            .slice(text)
            .split_whitespace()
            .next()
            .is_some_and(|w| w.ends_with("ing"))
            && between.split_whitespace().count() <= 3
            && !between.contains(['.', ';', ':', ',', '"', '“', '”']);
        // "New Delhi must now push for the listing …": what may stand between a modal and
        // its verb keeps the verb of asking the modal's.
        let adjacent = super::parties::MODAL_ADVERBS.is_match(between);
        return (matches!(inner.shape, Shape::Object | Shape::Open) && adjacent && !pronoun)
            || gerund;
    }
    if inner.shape == Shape::Imperative || matches!(outer.shape, Shape::Imperative | Shape::Wish) {
        return false;
    }
    let lower = between.trim_start().to_lowercase();
    // "called on the Federal Government to formally request the Security Council to list
    // …": the verb of asking is what the one asked is asked to do.
    let words: Vec<&str> = lower.split_whitespace().collect();
    let to_ask = outer.shape == Shape::Object
        && inner.shape == Shape::Object
        && match words[..] {
            [.., "to"] => true,
            [.., "to", adverb] => adverb.ends_with("ly"),
            _ => false,
        }
        && words.len() <= 15
        && !between.contains(['.', ';', ':']);
    // "demanded that the government publish the figures and called for an inquiry": a
    // finite verb after "and" is the outer verb's second, not the clause's ("that the
    // Centre seek …" keeps the base form).
    let second_verb = matches!(words[..], [.., "and"] | [.., "and", "also"])
        && inner
            .span
            .slice(text)
            .split_whitespace()
            .next()
            .is_some_and(is_finite);
    to_ask
        || (lower.starts_with("that ")
            && !second_verb
            && !between.contains(['.', ';', ':', ',', '"', '“', '”'])
            && words.len() <= 10)
}

/// "urged", "calls", "sought": a verb in a tense of its own, which a that-clause's
/// subjunctive ("that they seek", "that it press") never takes.
fn is_finite(verb: &str) -> bool {
    let verb = verb.to_lowercase();
    verb.ends_with("ed")
        || (verb.ends_with('s') && !verb.ends_with("ss"))
        || matches!(verb.as_str(), "sought" | "told" | "besought")
}

/// "personnel were asked to report for duty", "he was urged to resign": the one asked is
/// the subject, and who asks is not said.
fn is_passive(body: &str, at: usize, cue: &str) -> bool {
    let participle = cue
        .split_whitespace()
        .next()
        .is_some_and(|w| w.ends_with("ed") || w == "told");
    if !participle {
        return false;
    }
    let prev = last_word(&body[..at]).to_lowercase();
    matches!(
        prev.as_str(),
        "was" | "were" | "been" | "being" | "is" | "are" | "be" | "get" | "got"
    )
}

/// "did not urge", "has never called for", "does not have to", "stopped short of calling
/// for", "denied having asked", "whether X would ask", "Nor can we expect …", "If Abuja
/// wants …": what is denied, wondered about, supposed or not required is not asked. "Not
/// only urged …" still asks.
fn is_negated(body: &str, at: usize, cue: &str) -> bool {
    // The denial reaches a hundred-odd characters back, never the whole sentence.
    let from = crate::text::span::floor_char(body, at.saturating_sub(DENIAL_REACH));
    if DENIED_OR_WONDERED.is_match(&body[from..at]) {
        return true;
    }
    // "could not ignore Algeria's demand for …": the negation is the verb's whose object
    // the possessor's demand is; the demand stands.
    if cue.starts_with(['\'', '’']) {
        return false;
    }
    let clause = body[..at]
        .rsplit([',', ';', ':', '"', '“', '”', '(', ')'])
        .next()
        .unwrap_or("")
        .to_lowercase();
    // "stopped short of calling for …", "released them without asking for anything".
    if clause.trim_end().ends_with("short of") || clause.trim_end().ends_with("without") {
        return true;
    }
    // "Nobody is asking the refugees to …", "Nobody in Tehran has to sign anything": no one
    // asks, no one is bound. ("No one who flees should be sent back" states what is owed
    // to all, and stands.)
    let nobody = clause
        .trim_start()
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .next()
        .is_some_and(|w| matches!(w, "nobody" | "no-one" | "noone" | "none" | "nothing"))
        || clause.trim_start().starts_with("no one ");
    if nobody && !matches!(cue.to_lowercase().as_str(), "should" | "must" | "ought to") {
        return true;
    }
    if is_supposed(&clause) {
        return true;
    }
    // "Nor can we expect …" denies; "Nor should Kabul pay …" still states what is owed.
    let modal = matches!(cue.to_lowercase().as_str(), "should" | "must" | "ought to");
    let words: Vec<&str> = clause.split_whitespace().rev().take(3).collect();
    words.iter().any(|w| {
        matches!(*w, "not" | "never" | "cannot")
            || (*w == "nor" && !modal)
            || w.ends_with("n't")
            || w.ends_with("n’t")
    }) && !words
        .iter()
        .any(|w| matches!(*w, "only" | "just" | "merely" | "simply"))
}

/// How many words before a cue a condition's "if" may stand: its subject's.
const CONDITION_REACH: usize = 5;

/// Whether a condition supposes the cue of `clause` (lower case, the words before the cue):
/// "if" opening the clause ("If the government asks the public to …") or just before the
/// cue's subject ("should leave Afghanistan if they want the attacks to stop"), past any
/// aside in dashes.
fn is_supposed(clause: &str) -> bool {
    let condition = |w: &&str| matches!(*w, "if" | "unless" | "whether");
    let opener = clause.split_whitespace().next();
    let near = clause.rsplit(['—', '–']).next().unwrap_or(clause);
    opener.as_ref().is_some_and(condition)
        || near
            .split_whitespace()
            .rev()
            .take(CONDITION_REACH)
            .any(|w| condition(&w))
}

/// "Asked on ANB Radio whether …, the minister said …", "Asked about the deadline, he
/// said …": a question put to the speaker, not an ask.
/// "What Mogadishu should do", "How the neighbours must respond": a sub-head announcing
/// the recommendations below it, which ask on their own lines; the heading asks nothing.
static WHAT_TO_DO: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\W*(?:what|how)\s[^.?!\n]{0,60}?\b(?:should|must|needs?\s+to|has\s+to|have\s+to|can)\s+(?:do|be\s+done|respond|act)\W*$",
    )
});

static ASKED_A_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^Asked\s+(?:on|about|whether|if|by|why|how|what|when|where|during|at|in|later|again|repeatedly)\b",
    )
});

/// "denied that the dissidents had asked residents to …", "denied having asked Jakarta
/// to …", "whether Australia would now ask Indonesia to …": an ask denied or wondered
/// about is none.
/// How far before a cue [`DENIED_OR_WONDERED`] looks: its denial and the words it allows
/// between the denial and the cue.
const DENIAL_REACH: usize = 200;

static DENIED_OR_WONDERED: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)(?:\bden(?:y|ies|ied|ying)\s+(?:that|having|ever|asking|requesting|demanding|calling|urging|pressing)\b[^.;!?]{0,100}?|\bwhether\s+[^.;!?,]{0,60}?\b(?:would|will|could|might)\s+(?:\w+\s+)?)$",
    )
});

/// "the weapons it needs to defend itself", "the tools they need to fight": a relative
/// clause without its "that", between a noun and its pronoun subject, says what a thing is
/// for; it asks nothing.
fn in_a_bare_relative(body: &str, at: usize) -> bool {
    let before = body[..at].trim_end();
    let pronoun = last_word(before);
    if !matches!(pronoun, "it" | "they" | "we" | "you" | "he" | "she") {
        return false;
    }
    let noun = last_word(before.strip_suffix(pronoun).unwrap_or(before));
    let model = crate::syntax::model();
    noun.starts_with(char::is_lowercase)
        && model.seen_as(noun, crate::syntax::Upos::Noun)
        && ![
            crate::syntax::Upos::Verb,
            crate::syntax::Upos::Aux,
            crate::syntax::Upos::Adv,
            crate::syntax::Upos::Sconj,
            crate::syntax::Upos::Cconj,
            crate::syntax::Upos::Adp,
        ]
        .into_iter()
        .any(|t| model.seen_as(noun, t))
}

/// "Will the Minister urge the Nigerian authorities to …?", "Will the Government make a
/// renewed call on China and Russia to …?": a member's question that asks a minister to ask
/// a third party is the member's own ask, made as an imperative is ("Urge the Nigerian
/// authorities to …"). Any other question asks no one.
fn put_as_a_question(text: &str, s: Span) -> Vec<Cue> {
    PUT_AS_A_QUESTION
        .captures_iter(s.slice(text))
        .filter_map(|c| c.get(1))
        .map(|verb| Cue {
            span: Span::new(s.start + verb.start(), s.start + verb.end()),
            force: Force::Appeal,
            shape: Shape::Imperative,
            address: None,
        })
        .collect()
}

/// "Will the Minister urge …", "will my noble friend also press …", "Would the Secretary of
/// State ask …", "Will she demand that …": a question opening the sentence or a clause of
/// it, or after a speaker's label ("Mr Pryce:", "Mr WELLESLEY—") or "My Lords,".
static PUT_AS_A_QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)(?:^|:\s+|[—–]\s*|,\s+)(?:and\s+|so\s+)?(?:will|would|can|could)\s+(?:(?:the|my|her|his|our)\s+(?:[\w.-]+\s+){1,5}?|(?:he|she)\s+)(?:also\s+|now\s+|therefore\s+|then\s+)?(urge|press|ask|demand\s+that|call\s+(?:up)?on|make\s+(?:a\s+)?(?:renewed\s+|fresh\s+|further\s+|new\s+)?(?:call|representations?)\s+(?:to|on))\s+(?:the|all|both|its|their|every|[A-Z])",
    )
});

/// "… while differing over whether the sanctions regime should be widened", "a journalist
/// asked whether the UN was asking Member States to …": a cue inside a question left open
/// ("whether X should", "whether X urged") weighs or reports a step, it asks no one to take
/// it.
fn in_an_open_question(body: &str, at: usize, cue: &str) -> bool {
    // "whether Muscat had relayed the GCC's demand for …": a possessor's call stands as
    // made, whatever is asked about passing it on.
    let tail = crate::text::span::floor_char(body, at.saturating_sub(8));
    let before = body[tail..at].trim_end().to_lowercase();
    if ["'s", "’s", " its", " their", " his", " her"]
        .iter()
        .any(|p| before.ends_with(p))
        || cue.contains("'s ")
        || cue.contains("’s ")
    {
        return false;
    }
    let from = crate::text::span::floor_char(body, at.saturating_sub(QUESTION_REACH));
    let clause = body[from..at]
        .rsplit([',', ';', ':', '('])
        .next()
        .unwrap_or("");
    clause
        .split_whitespace()
        .any(|w| w.eq_ignore_ascii_case("whether"))
}

/// How many bytes of `after` (the words after a cue) a setting of the asking takes before
/// what the rule needs to follow its cue: "demanded in a statement that …", "urged, in a
/// letter to the council, all parties to …", "asked on Tuesday that …". Zero when none
/// stands there or when the rule does not fit the words past it.
fn past_a_setting(after: &str, rule: &Rule) -> usize {
    let fits = |a: &str| {
        rule.then.as_ref().is_none_or(|t| t.is_match(a))
            && !rule.unless.as_ref().is_some_and(|u| u.is_match(a))
    };
    let mut at = 0;
    let mut passed = 0;
    for _ in 0..2 {
        let Some(m) = SETTING.find(&after[at..]) else {
            break;
        };
        at += m.end();
        if fits(&after[at..]) {
            passed = at;
        }
    }
    passed
}

/// Where or when a party asked, between its verb and what it asked: a statement, a letter
/// or a speech (`document_nouns`, `occasion_nouns`; whom it went to set off by a comma), a
/// day or a date ("demanded in February that …", "demanded on Monday that …").
static SETTING: LazyLock<Regex> = LazyLock::new(|| {
    let w = Words::get();
    crate::text::pattern::regex(&format!(
        r"(?i)^,?\s+(?:(?:in|via|through|at)\s+(?:an?|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?{documents}\b(?:\s+(?:to|on|from|issued|released|posted|published|sent|addressed|read|carried)\s+[^,.;:\x22“”]{{1,60}},)?|on\s+{days}\b(?:\s+\d{{1,2}}\b)?|in\s+(?:{months}|\d{{4}})\b|(?:last|this|earlier\s+this)\s+(?:week|month|year|{weekdays})\b),?",
        documents = any_of_spaced(&[&w.document_nouns, &w.occasion_nouns]),
        days = any_of(&[&w.weekdays, &w.months]),
        weekdays = any_of(&[&w.weekdays]),
        months = any_of(&[&w.months]),
    ))
});

/// "the questions the families have been asking for six weeks", "as they have called for
/// years.": a length of time that ends the clause after the cue is how long someone has
/// asked, with nothing asked.
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)^\s+(?:for\s+)?(?:(?:the\s+)?(?:past|last)\s+|more\s+than\s+|nearly\s+|almost\s+|over\s+|about\s+)?(?:[0-9]+|an?|one|two|three|four|five|six|seven|eight|nine|ten|several|many|(?:a\s+)?few)\s+(?:hours?|days?|weeks?|months?|years?|decades?)\s*(?:[.,;:!?\x22”]|$)",
    )
});

/// How far before a modal [`in_an_open_question`] looks for its "whether".
const QUESTION_REACH: usize = 120;

/// "Israel rejected calls for a ceasefire", "amid appeals for restraint", "welcomed the
/// call for talks": a nominal call whose subject answers it rather than makes it. The words
/// before the call are read back to a clause break ("rejects the plan and calls for talks"
/// asks).
fn is_answered_call(body: &str, at: usize, cue: &str) -> bool {
    let first = cue.split_whitespace().next().unwrap_or("").to_lowercase();
    if !matches!(
        first.as_str(),
        "call" | "calls" | "appeal" | "appeals" | "demand" | "demands" | "request" | "requests"
    ) {
        return false;
    }
    let answerers = &Words::get().call_answerers;
    body[..at]
        .split_whitespace()
        .rev()
        .take(4)
        .take_while(|w| {
            !w.ends_with([',', ';', ':'])
                && !matches!(w.to_lowercase().as_str(), "and" | "but" | "or")
        })
        .any(|w| {
            let w = w.to_lowercase();
            answerers.iter().any(|stem| w.starts_with(stem))
        })
}

/// The verb of a clause that a nominal "Calls for …" opens: "… began after …".
static NOMINAL_SUBJECT: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"^[^,;.:]{1,100}?\s(?:began|begun|grew|grown|have|has|had|are|were|came|mounted|increased|intensified|followed|continued|went)\b",
    )
});

/// "Calls on the Commission to ensure that schools are safe": a clause inside what is
/// asked, whose verb is no verb of "Calls" as a noun.
static CLAUSE_INSIDE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(r"\b(?:that|ensure|ensuring|make\s+sure|guarantee|whether)\b")
});

/// "there were calls", "there have been growing calls": calls without a caller.
static THERE_WERE: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)\bthere\s+(?:were|are|was|is|have\s+been|has\s+been|had\s+been|will\s+be)\s+(?:(?:also|again|now|growing|renewed|fresh|new|mounting|repeated|loud|many)\s+)*$",
    )
});

/// What stands before "pressure from X to …" when X is said to press: "came under", "has
/// been under", "amid", "in the wake of", "faced", and at most two words of degree
/// ("mounting", "growing international").
static PRESSED_FROM: LazyLock<Regex> = LazyLock::new(|| {
    crate::text::pattern::regex(
        r"(?i)(?:\b(?:came|come|comes|coming|been|being|is|are|was|were|remains?|remained|fell|falls|put|placed)\s+under|\b(?:amid|following|followed|after|wake\s+of|faces?|faced|facing))\s+(?:[a-z-]+\s+){0,2}$",
    )
});

/// "the demands of", "a press conference", "his request" are nouns, not cues.
fn is_noun_use(body: &str, at: usize, cue: &str) -> bool {
    let written = last_word(&body[..at]);
    let prev = written.to_lowercase();
    let lower = cue.to_lowercase();
    // "the pressure on Europe to ban …", "pressure from Paris to …", "the request of X for
    // …" are the nominal cue itself.
    if lower.starts_with("pressure on") || lower.contains(" of ") {
        return false;
    }
    // "came under pressure from Paris to …", "amid mounting pressure from Washington to …"
    // report a party pressing; "felt pressure from agents to talk", "must resist the
    // pressure from donors to …" and a guess that someone "must be under pressure from …"
    // report none.
    if lower.starts_with("pressure from") {
        return !PRESSED_FROM.is_match(&body[..at]);
    }
    // "blood pressure", "no pressure to share", "under increasing pressure to …": the bare
    // word is the noun, and the verb only after "to", a modal or a subject pronoun
    // ("should pressure Apple to …"), or between two names ("Obama pressures Karzai to …",
    // "Sweden and Norway pressure Ethiopia to …").
    if matches!(lower.as_str(), "pressure" | "pressures") {
        let next = body[at + cue.len()..].trim_start();
        let named = written.starts_with(char::is_uppercase) && next.starts_with(char::is_uppercase);
        return !named && !Words::get().verb_markers.contains(&prev);
    }
    // "Calls for Lee to resign began …": a plural noun of asking opening the sentence, with
    // a verb of its own later in the clause, is its subject: pressure that no one in the
    // sentence is said to make (a resolution's "Calls for an immediate ceasefire" asks).
    if written.is_empty()
        && matches!(
            cue.split_whitespace().next(),
            Some("Calls" | "Demands" | "Appeals")
        )
        && NOMINAL_SUBJECT
            .find(&body[at + cue.len()..])
            .is_some_and(|m| !CLAUSE_INSIDE.is_match(m.as_str()))
    {
        return true;
    }
    // "there were calls for a negotiated release": pressure nobody is said to make.
    if lower.starts_with("calls") && THERE_WERE.is_match(&body[..at]) {
        return true;
    }
    // "the company's contract calls for the delivery of …", "a computer model calls for a
    // foot of snow": what a document or a model requires or foresees asks no one.
    let first = lower.split_whitespace().next().unwrap_or("");
    if matches!(first, "calls" | "call") && Words::get().requirement_nouns.contains(&prev) {
        return true;
    }
    // "a conference call for reporters" is a call of another kind; "the Hurriyat Conference
    // called for …" is a body's verb.
    if matches!(first, "call" | "calls")
        && written.starts_with(char::is_lowercase)
        && Words::get().call_kinds.contains(&prev)
    {
        return true;
    }
    // "impressed upon him the need to keep the peace": "the need to" is the noun, which
    // the verb before it makes a demand of its own.
    let nounish = lower.starts_with("demand")
        || lower.starts_with("need")
        || lower.starts_with("request")
        || lower.starts_with("appeal")
        || lower.starts_with("press")
        || matches!(
            lower.as_str(),
            "urge" | "urges" | "challenge" | "challenges"
        );
    if !nounish {
        return false;
    }
    let markers = &Words::get().cue_noun_markers;
    if markers.contains(&prev) {
        return true;
    }
    // "to submit requests that meet …", "rejected demands for …": the object of a verb (one
    // the treebank only saw as a verb) is the noun.
    let model = crate::syntax::model();
    if model.seen_as(&prev, crate::syntax::Upos::Verb)
        && !model.seen_as(&prev, crate::syntax::Upos::Noun)
        && !model.seen_as(&prev, crate::syntax::Upos::Propn)
        && !model.seen_as(&prev, crate::syntax::Upos::Aux)
        && !model.seen_as(&prev, crate::syntax::Upos::Adv)
        && !model.seen_as(&prev, crate::syntax::Upos::Adj)
    {
        return true;
    }
    // "Croatia's challenges are …": an owner before the word makes it the noun.
    let owned = body[..at].trim_end();
    if lower.starts_with("challenge") && (owned.ends_with("'s") || owned.ends_with("’s")) {
        return true;
    }
    // "a sudden urge to say", "an unfair bad press": an adjective (one the treebank only
    // saw as one) between the article and the word, which as a noun never asks ("a formal
    // request for" does).
    if !matches!(
        lower.as_str(),
        "urge" | "urges" | "press" | "challenge" | "challenges"
    ) {
        return false;
    }
    let trimmed = body[..at].trim_end();
    let before = last_word(trimmed.strip_suffix(written).unwrap_or(trimmed)).to_lowercase();
    let adjective = model.seen_as(&prev, crate::syntax::Upos::Adj)
        && !model.seen_as(&prev, crate::syntax::Upos::Noun)
        && !model.seen_as(&prev, crate::syntax::Upos::Propn);
    adjective && markers.contains(&before)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cues(s: &str) -> Vec<&str> {
        let mut all = find_all(s, &[Span::new(0, s.len())]);
        all.remove(0).into_iter().map(|c| c.span.slice(s)).collect()
    }

    #[test]
    fn a_word_but_one_is_every_other_word() {
        for word in ["to", "against"] {
            let re = crate::text::pattern::regex(&format!("^{}$", word_but(word)));
            assert!(!re.is_match(word), "{word}");
            for other in [
                "t",
                "o",
                "tO",
                "ta",
                "go",
                "toe",
                "a",
                "again",
                "agains",
                "againstt",
                "bgainst",
                "agbinst",
                "Against’s",
                "a-b",
            ] {
                assert_eq!(
                    re.is_match(other),
                    !other.eq(word),
                    "{other} against {word}"
                );
            }
        }
    }

    #[test]
    fn verbs_of_asking() {
        assert_eq!(
            cues("India and France called for concerted action."),
            vec!["called for"]
        );
        assert_eq!(cues("Russia urged the Taliban to cut ties."), vec!["urged"]);
        assert_eq!(
            cues("They reiterated their call for talks."),
            vec!["reiterated their call for"]
        );
        assert_eq!(
            cues("The UN pressed both sides to halt strikes."),
            vec!["pressed"]
        );
        assert_eq!(
            cues("The council stressed the need for restraint."),
            vec!["stressed the need"]
        );
        assert_eq!(
            cues("He said all states must deny safe haven."),
            vec!["must"]
        );
        assert_eq!(
            cues("Pakistan Urge Afghan Taliban for Tangible Action"),
            vec!["Urge"]
        );
    }

    #[test]
    fn a_quoted_phrase_reads_as_one_word_of_an_object() {
        assert_eq!(
            quoted_as_words(" non-Muslims “occupying Muslim land” in Lamu to leave").as_deref(),
            Some(" non-Muslims occupying_Muslim_land in Lamu to leave")
        );
        // A title ending on a comma is no part of an object; no mark, nothing to rewrite.
        assert_eq!(
            quoted_as_words(" “Today,” describing how").as_deref(),
            Some(" “Today,” describing how")
        );
        assert_eq!(quoted_as_words(" the army to withdraw"), None);
    }

    #[test]
    fn look_alikes_are_not_cues() {
        assert!(cues("He should have made the catch at slip.").is_empty());
        assert!(cues("We must be extremely concerned about the pitch.").is_empty());
        assert!(cues("The guards in the camp must be exhausted by now.").is_empty());
        assert!(cues("It must be painful for the families to wait.").is_empty());
        assert!(cues("The minister held a press conference.").is_empty());
        assert!(cues("He spoke at a regular press briefing in response to a question.").is_empty());
        assert!(cues("She sought to reassure investors.").is_empty());
        assert!(cues("He was asked about the visit.").is_empty());
        assert!(cues("Must the talks fail?").is_empty());
        assert!(cues("He warned of consequences.").is_empty());
        assert!(cues("She felt a sudden urge to leave the hall.").is_empty());
        assert!(cues("That really appeals to me.").is_empty());
        assert!(cues("Israel rejected calls for a ceasefire in Gaza.").is_empty());
        assert!(cues("The talks resumed amid appeals for restraint.").is_empty());
        assert_eq!(
            cues("Hamas rejects the plan and calls for talks."),
            vec!["calls for"]
        );
        assert_eq!(
            cues("The bishop appealed to them to free the nurses."),
            vec!["appealed to"]
        );
        assert!(cues("Kyiv will get the weapons it needs to defend itself.").is_empty());
        assert_eq!(
            cues("The minister said it needs to act against the group."),
            vec!["needs to"]
        );
        assert!(cues("The king has had an unfair bad press to this day.").is_empty());
        assert_eq!(
            cues("The envoy urged both sides to return to the table."),
            vec!["urged"]
        );
    }
}
