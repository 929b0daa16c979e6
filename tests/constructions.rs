//! Specification of the constructions of asking: for each way news text phrases a demand,
//! short sentences written for these tests with what a careful annotator marks
//! (`../shared/eval/ANNOTATION.md`, contract `docs/report.md`).
//!
//! One test function per construction, so `cargo test --test constructions` shows which
//! constructions the engine handles. Each function runs all of its cases and fails once,
//! listing every case that failed: the text, what was expected and what the engine gave
//! (speaker and addressee names resolved from their ids).
//!
//! Matching is lenient where the contract allows it:
//! * the number of demands is exact (each case holds only the demands it lists);
//! * the speakers must CONTAIN the expected names, and so must the addressees (extra
//!   parties, e.g. a ministry beside its state, are allowed); an empty list asserts nothing;
//! * a name matches an actor whose name or alias folds to it (case, accents, punctuation),
//!   or whose name is it preceded by at most three title words ("Dr Amina Yusuf");
//! * `"~noun"` as an expected speaker means "some speaker's name contains `noun`", for
//!   speakers the text only describes ("the guarantor countries");
//! * `not_by` names parties that must not be among the speakers (a group named inside
//!   what is asked); they are matched against names, aliases and mentions;
//! * `not_to` names parties that must not be among the addressees (one named past the
//!   object's end);
//! * a category may have one accepted alternative (`.or(…)`) where ANNOTATION's edge
//!   decisions leave two readings;
//! * the category checked is the rules' reading (`analyze_file_by_rules`): these cases
//!   specify the constructions the rules decide. The learned reading the report gives over
//!   it is measured against gold on whole articles (`tests/categories.rs`).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use communique::report::Category::{self, *};
use communique::report::{Actor, ActorId, Demand, Report};
use communique::{analyze, analyze_file_by_rules};
use support::{fold, is_named};

/// One expected demand.
#[derive(Clone, Copy, Debug)]
struct D {
    by: &'static [&'static str],
    to: &'static [&'static str],
    cat: Category,
    /// Other acceptable categories (two at most).
    alts: [Option<Category>; 2],
    not_by: &'static [&'static str],
    not_to: &'static [&'static str],
    quoted: Option<bool>,
    sentence: Option<&'static str>,
    text_has: Option<&'static str>,
    text_lacks: Option<&'static str>,
}

const fn d(by: &'static [&'static str], to: &'static [&'static str], cat: Category) -> D {
    D {
        by,
        to,
        cat,
        alts: [None, None],
        not_by: &[],
        not_to: &[],
        quoted: None,
        sentence: None,
        text_has: None,
        text_lacks: None,
    }
}

impl D {
    /// Another acceptable category.
    const fn or(mut self, alt: Category) -> D {
        if self.alts[0].is_none() {
            self.alts[0] = Some(alt);
        } else {
            assert!(self.alts[1].is_none(), "two other categories at most");
            self.alts[1] = Some(alt);
        }
        self
    }
    /// Parties that must not be speakers.
    const fn not_by(mut self, names: &'static [&'static str]) -> D {
        self.not_by = names;
        self
    }
    /// Parties that must not be addressees.
    const fn not_to(mut self, names: &'static [&'static str]) -> D {
        self.not_to = names;
        self
    }
    /// The demand stands inside a direct quotation.
    const fn quoted(mut self) -> D {
        self.quoted = Some(true);
        self
    }
    /// The demand's sentence is exactly this text (trimmed).
    const fn in_sentence(mut self, s: &'static str) -> D {
        self.sentence = Some(s);
        self
    }
    /// What is asked holds these words.
    const fn text_has(mut self, words: &'static str) -> D {
        self.text_has = Some(words);
        self
    }
    /// What is asked does not hold these words.
    const fn text_lacks(mut self, words: &'static str) -> D {
        self.text_lacks = Some(words);
        self
    }
}

type Case<'a> = (&'a str, &'a [D]);

// ---------------------------------------------------------------------------------------
// The helper

fn mentions_or_names(a: &Actor, expected: &str) -> bool {
    let e = fold(expected);
    is_named(a, expected) || a.mentions.iter().any(|m| fold(&m.text) == e)
}

fn actors<'a>(r: &'a Report, ids: &[ActorId]) -> Vec<&'a Actor> {
    ids.iter().filter_map(|&id| r.actor(id)).collect()
}

fn names(r: &Report, ids: &[ActorId]) -> Vec<String> {
    ids.iter()
        .map(|&id| r.actor(id).map_or(format!("?{id:?}"), |a| a.name.clone()))
        .collect()
}

fn describe(r: &Report, d: &Demand) -> String {
    format!(
        "speakers={:?} addressees={:?} verb={:?} text={:?} category={} quoted={} sentence={:?}",
        names(r, &d.speakers),
        names(r, &d.addressees),
        d.verb,
        d.text,
        d.category.as_str(),
        d.quoted,
        d.sentence.text
    )
}

/// What is wrong with `got` as the demand `want`; empty when it fits.
fn faults(r: &Report, want: &D, got: &Demand) -> Vec<String> {
    let mut out = Vec::new();
    let speakers = actors(r, &got.speakers);
    for &s in want.by {
        let ok = match s.strip_prefix('~') {
            Some(noun) => speakers.iter().any(|a| fold(&a.name).contains(&fold(noun))),
            None => speakers.iter().any(|a| is_named(a, s)),
        };
        if !ok {
            out.push(format!("speaker {s:?} missing"));
        }
    }
    for &s in want.not_by {
        if speakers.iter().any(|a| mentions_or_names(a, s)) {
            out.push(format!("{s:?} must not be a speaker"));
        }
    }
    let addressees = actors(r, &got.addressees);
    for &s in want.to {
        if !addressees.iter().any(|a| is_named(a, s)) {
            out.push(format!("addressee {s:?} missing"));
        }
    }
    for &s in want.not_to {
        if addressees.iter().any(|a| is_named(a, s)) {
            out.push(format!("{s:?} must not be an addressee"));
        }
    }
    if got.category != want.cat && !want.alts.contains(&Some(got.category)) {
        out.push(format!(
            "category {} instead of {}{}",
            got.category.as_str(),
            want.cat.as_str(),
            want.alts
                .iter()
                .flatten()
                .map(|a| format!(" or {}", a.as_str()))
                .collect::<String>()
        ));
    }
    if let Some(q) = want.quoted {
        if got.quoted != q {
            out.push(format!("quoted should be {q}"));
        }
    }
    if let Some(s) = want.sentence {
        if got.sentence.text.trim() != s {
            out.push(format!("sentence should be exactly {s:?}"));
        }
    }
    if let Some(words) = want.text_has {
        if !got.text.contains(words) {
            out.push(format!("what is asked should hold {words:?}"));
        }
    }
    if let Some(words) = want.text_lacks {
        if got.text.contains(words) {
            out.push(format!("what is asked should not hold {words:?}"));
        }
    }
    out
}

/// A one-to-one assignment of expected demands to distinct reported ones, if any.
fn assign(r: &Report, want: &[D], used: &mut Vec<bool>) -> bool {
    let Some((first, rest)) = want.split_first() else {
        return true;
    };
    for i in 0..r.demands.len() {
        if !used[i] && faults(r, first, &r.demands[i]).is_empty() {
            used[i] = true;
            if assign(r, rest, used) {
                return true;
            }
            used[i] = false;
        }
    }
    false
}

/// Runs every case of one construction and fails once with all the failing cases.
fn check(construction: &str, cases: &[Case<'_>]) {
    let mut failures = Vec::new();
    for (text, want) in cases {
        let r = analyze_file_by_rules(text.as_bytes(), Some("case.txt"))
            .expect("a case is plain text")
            .report;
        let mut problems = Vec::new();
        if r.demands.len() != want.len() {
            problems.push(format!(
                "expected {} demand(s), got {}",
                want.len(),
                r.demands.len()
            ));
        }
        let mut used = vec![false; r.demands.len()];
        if !assign(&r, want, &mut used) {
            for w in want.iter() {
                // The reported demand closest to this expectation, and what it gets wrong.
                let best = r
                    .demands
                    .iter()
                    .map(|g| faults(&r, w, g))
                    .min_by_key(Vec::len);
                match best {
                    Some(f) if !f.is_empty() => problems.push(format!(
                        "for expected {:?}→{:?} ({}): {}",
                        w.by,
                        w.to,
                        w.cat.as_str(),
                        f.join("; ")
                    )),
                    Some(_) => {}
                    None => problems.push(format!(
                        "no demand reported for expected {:?}→{:?} ({})",
                        w.by,
                        w.to,
                        w.cat.as_str()
                    )),
                }
            }
            if problems.is_empty() {
                problems.push(
                    "expected demands cannot all be matched to distinct reported ones".into(),
                );
            }
        }
        if !problems.is_empty() {
            let actual: Vec<String> = r
                .demands
                .iter()
                .map(|d| format!("      - {}", describe(&r, d)))
                .collect();
            failures.push(format!(
                "  TEXT: {text:?}\n    expected: {want:?}\n    problems: {}\n    actual demands:\n{}",
                problems.join(" | "),
                if actual.is_empty() {
                    "      (none)".to_string()
                } else {
                    actual.join("\n")
                }
            ));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{construction}: {} of {} case(s) failed\n\n{}\n",
            failures.len(),
            cases.len(),
            failures.join("\n\n")
        );
    }
}

// ---------------------------------------------------------------------------------------
// Verbs of asking

#[test]
fn call_on_call_for_call_upon() {
    check(
        "call on / call for / call upon",
        &[
            (
                "Turkey on Tuesday called on Azerbaijan and Armenia to resume peace talks without preconditions.",
                &[d(&["Turkey"], &["Azerbaijan", "Armenia"], Negotiation)],
            ),
            (
                "The European Union called for an immediate ceasefire in the eastern Democratic Republic of the Congo.",
                &[d(&["European Union"], &[], Ceasefire)],
            ),
            (
                "Kenya called upon the federal government of Somalia to deny al-Shabaab safe haven along the shared border.",
                &[d(&["Kenya"], &["Somalia"], Counterterrorism).not_by(&["Al-Shabaab"])],
            ),
            (
                "Indonesia on Friday called on Myanmar to allow aid agencies into Rakhine State.",
                &[d(&["Indonesia"], &["Myanmar"], Humanitarian)],
            ),
            (
                "The African Union called for an independent investigation into the killing of 40 villagers in northern Burkina Faso.",
                &[d(&["African Union"], &[], Justice)],
            ),
            (
                "Hezbollah called on \u{201c}the peoples of the nation\u{201d} to rise up against Israel.",
                &[d(&["Hezbollah"], &[], Other)],
            ),
            // A second party under the same "on", asked a thing of another kind.
            (
                "\"We call on the government of Kazakhstan to respect the right to peaceful protest, and on all protesters to refrain from violence,\" US State Department spokesman Daniel Reyes said.",
                &[
                    d(&["Daniel Reyes"], &["Kazakhstan"], Humanitarian).quoted(),
                    d(&["Daniel Reyes"], &[], Ceasefire).quoted(),
                ],
            ),
            (
                "The UN envoy called on the government to reopen the crossings and on all armed groups to stop attacking aid convoys.",
                &[
                    d(&["United Nations"], &[], Humanitarian).text_has("reopen"),
                    d(&["United Nations"], &[], Ceasefire).or(Humanitarian).text_has("stop attacking"),
                ],
            ),
        ],
    );
}

#[test]
fn urge() {
    check(
        "urge",
        &[
            (
                "Japan urged North Korea to return to the disarmament talks it abandoned in 2009.",
                &[d(&["Japan"], &["North Korea"], Negotiation)],
            ),
            (
                "The Arab League urged Israel to allow fuel and medicine into Gaza.",
                &[d(&["Arab League"], &["Israel"], Humanitarian)],
            ),
            (
                "Nigerian Defence Minister Musa Danladi urged Niger and Chad to share intelligence on Boko Haram movements.",
                &[d(&["Musa Danladi", "Nigeria"], &["Niger", "Chad"], Cooperation).not_by(&["Boko Haram"])],
            ),
            (
                "Germany on Monday urged both India and Pakistan to show restraint after the clashes along the Line of Control.",
                &[d(&["Germany"], &["India", "Pakistan"], Ceasefire)],
            ),
            (
                "The European Union urged the Presidential Council, the Government of National Unity and the House of Representatives in Libya to agree on a date for elections.",
                &[d(&["European Union"], &[], Negotiation).or(Other)],
            ),
        ],
    );
}

/// "Urged" with an action as its object and nobody named to take it.
#[test]
fn urge_an_action() {
    check(
        "urged <action>",
        &[
            (
                "Ghana's foreign ministry urged a full and independent investigation into the killing of the two monitors.",
                &[d(&["Ghana"], &[], Justice)],
            ),
            (
                "The African Union urged restraint after the exchange of fire at the border post.",
                &[d(&["African Union"], &[], Ceasefire)],
            ),
            (
                "Manila urged the swift release of the eleven crew members held off Jolo.",
                &[d(&["Philippines"], &[], Humanitarian)],
            ),
            ("Manila urged the chairman of the meeting on Monday.", &[]),
            (
                "Jakarta urged an emergency summit of ASEAN leaders.",
                &[d(&["Indonesia"], &[], Negotiation).or(Other)],
            ),
            (
                "Norway urged a moratorium on executions in the territory.",
                &[d(&["Norway"], &[], Humanitarian).or(Other)],
            ),
        ],
    );
}

/// The "to" of what is asked may open a partial quotation, after the addressee or after a
/// time between them.
#[test]
fn to_opening_a_quotation() {
    check(
        "urge / ask / press X “to …”",
        &[
            (
                "The NATO secretary-general urged Moscow this week \"to end its support for separatist troops and stop the flow of weapons across its border.\"",
                &[d(&["NATO"], &["Russia"], Ceasefire).or(Counterterrorism)],
            ),
            (
                "Norway asked Colombia on Tuesday “to release the two journalists held in Arauca”.",
                &[d(&["Norway"], &["Colombia"], Humanitarian)],
            ),
            (
                "Senegal pressed the Gambia “not to extradite” the opposition leader before his appeal is heard.",
                &[d(&["Senegal"], &["Gambia"], Justice)],
            ),
        ],
    );
}

/// "Urged" whose addressee is a long phrase — a relative clause, a quotation inside it —
/// before the "to" of what is asked.
#[test]
fn urge_past_a_long_addressee() {
    check(
        "urged <long relative clause, with a quotation> to",
        &[
            (
                "Police Commissioner Aldo Ferrante urged anyone who had seen a man carrying \"a heavy grey holdall\" near the station on Friday evening, or who had filmed the square before the blast, to contact the police.",
                &[d(&["Aldo Ferrante"], &[], Counterterrorism).or(Other)],
            ),
            (
                "Kenya's interior minister Joseph Wambua urged residents of the coastal counties who had received text messages signed by \"the brothers in Somalia\" in the past month to report them to the nearest police station.",
                &[d(&["Joseph Wambua", "Kenya"], &[], Counterterrorism).or(Other)],
            ),
            (
                "The Chadian government urged the families who had fled the fighting around the lake in the last week of March, most of them women and children, to return to their villages.",
                &[d(&["Chad"], &[], Humanitarian).or(Other)],
            ),
        ],
    );
}

/// A time set for a party to act asks it to act: "gave X a deadline to …", "gave X one
/// week to …"; a coach's rest days ask nothing.
#[test]
fn deadline_given_to_a_party() {
    check(
        "gave X a deadline / a time to",
        &[
            (
                "Britain has given Sri Lanka a March deadline to open an independent inquiry into the shelling of the hospital.",
                &[d(&["United Kingdom"], &["Sri Lanka"], Justice)],
            ),
            (
                "ECOWAS leaders meeting in Abuja gave Niger's junta one week to release President Mohamed Bazoum.",
                &[d(&["ECOWAS"], &["Niger"], Humanitarian)],
            ),
            (
                "The Arab League gave Damascus until Saturday to withdraw its tanks from the cities.",
                &[d(&["Arab League"], &["Syria"], Ceasefire)],
            ),
            (
                "Pakistan said it was giving Kabul 48 hours to hand over the men behind the attack.",
                &[d(&["Pakistan"], &["Afghanistan"], Justice)],
            ),
            (
                "The coach gave the players two days to rest before the final in Lahore.",
                &[],
            ),
            // Whoever is given the time, however long the phrase that names them and the
            // time; what is asked follows the time's "to".
            (
                "The Islamic State has given residents of the Bab Tobruk and Fatayeh districts until the end of the week to leave their homes.",
                &[d(&["Islamic State"], &[], Other).or(Humanitarian).text_has("leave their homes").text_lacks("residents")],
            ),
            (
                "The Taliban gave shopkeepers in the old bazaar three days to take down the pictures.",
                &[d(&["Taliban"], &[], Other).text_has("take down").text_lacks("shopkeepers")],
            ),
        ],
    );
}

/// The South Asian press argues a case with "pitch": "pitched for talks", "made a strong
/// pitch for resolving the dispute"; a pitcher's team is no ask.
#[test]
fn a_pitch_for_an_action() {
    check(
        "pitched for / made a pitch for",
        &[
            (
                "Nepal's Prime Minister Pushpa Kamal Dahal pitched for resolving the boundary dispute with India through dialogue.",
                &[d(&["Pushpa Kamal Dahal", "Nepal"], &[], Negotiation)],
            ),
            (
                "External Affairs Minister S Jaishankar made a strong pitch for early reform of the UN Security Council.",
                &[d(&["S Jaishankar", "India"], &[], Other).or(Cooperation)],
            ),
            (
                "Sri Lanka's President Ranil Wickremesinghe made a fresh pitch for resumption of talks with the Tamil parties.",
                &[d(&["Ranil Wickremesinghe", "Sri Lanka"], &[], Negotiation)],
            ),
            (
                "Home Minister Amit Kumar batted for an early meeting of the joint border commission.",
                &[d(&["Amit Kumar"], &[], Other).or(Negotiation).or(Cooperation)],
            ),
            ("Rivera pitched for the Yankees for seventeen seasons.", &[]),
            ("Kohli batted for three hours to save the Test.", &[]),
        ],
    );
}

/// "impressed upon X the need to …" asks X; "the need to" alone is a noun, no
/// obligation stated ("federal officials began discussing the need to have FEMA ready").
#[test]
fn the_need_impressed_upon_a_party() {
    check(
        "impressed upon X the need to; the need of the hour",
        &[
            (
                "Prime Minister Narendra Modi impressed upon President Xi Jinping the need to maintain peace and tranquillity along the border.",
                &[d(&["Narendra Modi"], &["Xi Jinping"], Ceasefire).or(Negotiation)],
            ),
            (
                "Japanese Foreign Minister Yoko Kamikawa impressed upon her Chinese counterpart Wang Yi the need for the immediate release of the detained Japanese national.",
                &[d(&["Yoko Kamikawa", "Japan"], &["Wang Yi"], Humanitarian)],
            ),
            (
                "The need of the hour is for both sides to return to the negotiating table, UN envoy Hans Grundberg said.",
                &[d(&["Hans Grundberg"], &[], Negotiation)],
            ),
            (
                "Officials in Islamabad began discussing the need to move the talks to Doha.",
                &[],
            ),
        ],
    );
}

/// "Pressure" the noun asks no one; the verb after "to", a modal or a pronoun does.
#[test]
fn pressure_the_noun_and_the_verb() {
    check(
        "pressure: the noun (no demand) and the verb",
        &[
            (
                "The FBI has warned local police forces that pressure cookers packed with nails can be used to make bombs.",
                &[],
            ),
            (
                "There is no pressure to share anything they are not ready to talk about, counsellor Maria Lind said.",
                &[],
            ),
            (
                "Turkey may turn a blind eye until it comes under pressure from the West to close the oil markets.",
                &[],
            ),
            (
                "Senator Jonah Whitfield said the administration had failed to pressure Egypt to let aid convoys into Gaza.",
                &[],
            ),
            (
                "Sweden and Norway pressure Ethiopia to allow food aid into Tigray",
                &[d(&["Sweden", "Norway"], &["Ethiopia"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn request_a_thing_from_a_party() {
    check(
        "'requested two additional helicopters from the United States': what is asked, then whom from",
        &[
            (
                "Prime Minister Lesly Pierre-Louis said the government had also formally requested two additional helicopters from the United States.",
                &[d(&["Lesly Pierre-Louis"], &[], Cooperation).or(Other)],
            ),
            (
                "The Ugandan army requested 5,000 tents from UNHCR for the families displaced by the fighting in Ituri.",
                &[d(&["Uganda"], &[], Humanitarian)],
            ),
            (
                "Somalia's defence minister, Abdulkadir Mohamed Nur, requested more armoured vehicles from Turkey to fight al-Shabaab.",
                &[d(&["Abdulkadir Mohamed Nur"], &[], Cooperation).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn request_two_parties_to_act() {
    check(
        "'had requested Saudi Arabia and the UAE to use their influence': two parties asked, the second with its article",
        &[
            (
                "The foreign minister said Pakistan had requested Saudi Arabia and the UAE to use their influence with New Delhi.",
                &[d(&["Pakistan"], &["Saudi Arabia", "United Arab Emirates"], Other).or(Negotiation).or(Ceasefire)],
            ),
            (
                "Indonesia requested ASEAN Member States and the Dialogue Partners to support the rebuilding of Marawi.",
                &[d(&["Indonesia"], &[], Humanitarian).or(Cooperation)],
            ),
            (
                "Kenya requested Uganda and the DRC to extradite the two suspects.",
                &[d(&["Kenya"], &["Uganda"], Justice)],
            ),
        ],
    );
}

#[test]
fn press_past_a_long_addressee() {
    check(
        "'pressed her Philippine counterpart Teodoro Villaraza in a phone call Wednesday night to …': an addressee and a phrase of time and place before the 'to'",
        &[
            (
                "Foreign Minister Yoko Kamiya pressed her Philippine counterpart Teodoro Villaraza in a phone call Wednesday night to put the hostage's safety first.",
                &[d(&["Yoko Kamiya"], &[], Humanitarian).or(Ceasefire)],
            ),
            (
                "Secretary of State Mark Ellison pressed the Iraqi prime minister during a long meeting in Baghdad on Sunday evening to rein in the militias.",
                &[d(&["Mark Ellison"], &[], Counterterrorism)],
            ),
            (
                "The envoy, Karin Olsen, pressed Pakistan's army chief, General Asim Munir, at their meeting in Rawalpindi on Tuesday to act against the groups.",
                &[d(&["Karin Olsen"], &[], Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn press_to() {
    check(
        "press X to",
        &[
            (
                "Washington pressed Islamabad to dismantle militant networks operating from Pakistani soil.",
                &[d(&["United States"], &["Pakistan"], Counterterrorism)],
            ),
            (
                "France is pressing Lebanon to disarm Hezbollah south of the Litani River.",
                &[d(&["France"], &["Lebanon"], Counterterrorism).not_by(&["Hezbollah"])],
            ),
            (
                "British and Norwegian diplomats pressed the Sudanese army and the Rapid Support Forces to agree to a humanitarian truce.",
                &[d(&["United Kingdom", "Norway"], &["Rapid Support Forces"], Ceasefire)],
            ),
            (
                "The United States pressed Qatar to expel Hamas leaders from Doha.",
                &[d(&["United States"], &["Qatar"], Counterterrorism).not_by(&["Hamas"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_role_in_common_nouns_before_a_name() {
    check(
        "speaker: 'Defence lawyer Nadia Bennani asked', 'sarpanch Baljit Kaur pleaded with'",
        &[
            (
                "Defence lawyer Nadia Bennani, who represents four of the defendants, asked the court to exclude the confessions.",
                &[d(&["Nadia Bennani"], &[], Justice).or(Other)],
            ),
            (
                "At Kotli, sarpanch Baljit Kaur pleaded with the state government to station more police at the post.",
                &[d(&["Baljit Kaur"], &[], Humanitarian)],
            ),
            (
                "Farmer Musa Ibrahim urged the army to reopen the road to Damasak.",
                &[d(&["Musa Ibrahim"], &[], Other).or(Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_an_unnamed_official_placed_in_a_capital() {
    check(
        "speaker: 'a foreign ministry spokeswoman in Paris insisted …', 'a government spokesperson in Kigali called on …': an official of a government or ministry left unnamed speaks for the state whose capital or name places them; a hospital's official placed there speaks for no state",
        &[
            (
                "A foreign ministry spokeswoman in Paris insisted that the French detainees must be tried where they committed their crimes.",
                &[d(&["France"], &[], Justice)],
            ),
            (
                "A government spokesperson in Kigali called on member states of the regional bloc to share intelligence on insurgent movements.",
                &[d(&["Rwanda"], &[], Cooperation)],
            ),
            (
                "A senior interior ministry official in Islamabad urged Kabul to hand over the commanders behind the attack.",
                &[d(&["Pakistan"], &["Afghanistan"], Justice)],
            ),
            (
                "A senior hospital official in Kabul urged donors to fund the clinics before winter.",
                &[d(&["senior hospital official"], &[], Humanitarian).or(Cooperation).not_by(&["Afghanistan"])],
            ),
        ],
    );
}

#[test]
fn speaker_according_to_a_party() {
    check(
        "speaker: 'According to Yusuf, it is time for …', 'According to him, Kabul has to …': a sentence opened by 'according to' a party is that party's, whose name is neither asked nor part of what is asked; an epistemic 'must have' after it asks nothing",
        &[
            (
                "Senator Amina Yusuf spoke after the vote. According to Yusuf, it is time for the Defence Ministry to publish its report on the raid.",
                &[d(&["Amina Yusuf"], &[], Other).or(Justice)],
            ),
            (
                "Foreign Minister Ali Reza Karimi spoke by telephone on Sunday. According to him, Kabul has to hand over the commanders behind the attack.",
                &[d(&["Ali Reza Karimi"], &["Afghanistan"], Justice)],
            ),
            (
                "The Hostages and Missing Families Forum released a statement. According to the Forum, the government must bring the captives home before the holiday.",
                &[d(&["Hostages and Missing Families Forum"], &[], Humanitarian)
                    .text_lacks("Forum,")],
            ),
            (
                "Police chief Musa Bello briefed reporters. According to Bello, the gunmen must have entered through the roof.",
                &[],
            ),
        ],
    );
}

#[test]
fn speaker_of_a_quotation_after_an_adverbial_naming_another_party() {
    check(
        "speaker: 'Asked whether Pakistan figured in the talks, Dewan said: “Pakistan has to …”': a party named in the adverbial before the subject ('Asked whether …', 'Responding to …', 'Pressed on …') is not who speaks the quotation after the colon",
        &[
            (
                "Secretary Pankaj Dewan briefed reporters on Monday. Asked whether Pakistan figured in the talks, Dewan said: “Pakistan has to stop giving shelter to terrorists.”",
                &[d(&["Pankaj Dewan"], &["Pakistan"], Counterterrorism).quoted()],
            ),
            (
                "Minister Ayesha Siddiqa spoke in the Senate. Responding to a question about Afghanistan, Siddiqa said: “Kabul must hand over the commanders of the TTP.”",
                &[d(&["Ayesha Siddiqa"], &["Afghanistan"], Justice).or(Counterterrorism).quoted()],
            ),
            (
                "Ambassador Lars Eriksen met the press in Oslo. Pressed on Russia, Eriksen said: “Moscow should return to the negotiating table.”",
                &[d(&["Lars Eriksen"], &["Russia"], Negotiation).quoted()],
            ),
        ],
    );
}

#[test]
fn speaker_an_office_owned_by_a_pronoun() {
    check(
        "speaker: 'His department also asked …', 'Her ministry urged …': the office a pronoun owns asks for the one the pronoun stands for",
        &[
            (
                "Migrant Workers Secretary Ramon Dizon spoke in Manila on Monday. His department also asked manning agencies to stop sending seafarers to the Red Sea.",
                &[d(&["Ramon Dizon"], &[], Other).or(Humanitarian).or(Counterterrorism)],
            ),
            (
                "Foreign Minister Ishaq Dar spoke in Islamabad. His ministry later urged Kabul to act against the TTP.",
                &[d(&["Ishaq Dar"], &["Afghanistan"], Counterterrorism)],
            ),
            (
                "Interior Minister Maria Lindholm visited the border on Friday. She said the smugglers were well organised. Her ministry then called on Poland to tighten controls on the crossings.",
                &[d(&["Maria Lindholm"], &["Poland"], Counterterrorism).or(Cooperation).or(Other)],
            ),
        ],
    );
}

#[test]
fn speaker_the_chair_of_a_meeting() {
    check(
        "speaker: 'X chaired the meeting … The Chair urged …', 'under the chairmanship of X … The Chair called on …': the chair is whoever the text says chaired",
        &[
            (
                "Foreign Minister Sabitri Thapa of Nepal chaired the meeting in New York. The Chair urged all Member States to pay their outstanding contributions.",
                &[d(&["Sabitri Thapa"], &[], Other)],
            ),
            (
                "1. The meeting was held in Muscat under the chairmanship of Sayyid Badr Albusaidi, Minister of Foreign Affairs of Oman.\n\n2. The Chair called on the parties in Yemen to resume talks under UN auspices.",
                &[d(&["Badr Albusaidi"], &[], Negotiation)],
            ),
            (
                "The session was chaired by Kenya. The Chair urged donors to fund the relief operation in Mandera.",
                &[d(&["Kenya"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_the_government_is_a_states_not_its_delegations_head() {
    check(
        "speaker: 'The Head of the Government Delegation, X, said … The Government requests …': 'the Government' is the state's, not the person a description holding the word introduced",
        &[
            (
                "BOGOTÁ — The Head of the Government Delegation, Camila Restrepo, said the agreements were a step forward.\n\nThe Government of Colombia calls on the EMBF to hand over the minors in its ranks.\n\nThe Government requests the United Nations Verification Mission to deploy its monitors to the zone.",
                &[
                    d(&["Colombia"], &[], Justice).or(Humanitarian),
                    d(&["Colombia"], &["United Nations Verification Mission"], Counterterrorism)
                        .or(Cooperation)
                        .not_by(&["Camila Restrepo"]),
                ],
            ),
            (
                "MANILA — The Chair of the Government Peace Panel, Ricardo Dizon, met the rebels in Oslo.\n\nThe Philippines on Monday welcomed the talks. The Government urges the NDF to release the soldiers it holds.",
                &[d(&["Philippines"], &[], Humanitarian).not_by(&["Ricardo Dizon"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_name_given_with_an_age() {
    check(
        "speaker: 'Um Khalil, 52, waits … “Let the children go back”, she says'",
        &[
            (
                "Outside the school, Um Khalil, 52, waits for her grandsons. \"Let the children go back to their classrooms,\" she says.",
                &[d(&["Um Khalil"], &[], Other).or(Humanitarian).quoted()],
            ),
            (
                "Ali Musa (34) lost his shop in the blast. \"Give us back our market,\" he said.",
                &[d(&["Ali Musa"], &[], Other).or(Humanitarian).quoted()],
            ),
        ],
    );
}

#[test]
fn speaker_named_after_a_possessor_and_a_word_of_kin() {
    check(
        "speaker: 'said Rubel's father Abdul Malek', 'Mr. Mollah's wife, Mrs. Nazma Begum, told …': the one named after the kin word speaks, not the possessor",
        &[
            (
                "The abductees, Md Rubel, 19, and Nur Alam, 22, had gone to the hills for firewood.\n\n\"I beg the administration to rescue my son,\" said Rubel's father Abdul Malek, standing on the blocked road.",
                &[d(&["Abdul Malek"], &[], Humanitarian).not_by(&["Rubel"]).quoted()],
            ),
            (
                "Engineer Sajjad Mollah was kidnapped near Kayes last month.\n\nMr. Mollah's wife, Mrs. Nazma Begum, told journalists in Narayanganj: \"Bring my husband home, whatever it takes.\"",
                &[d(&["Nazma Begum"], &[], Humanitarian).or(Other).not_by(&["Sajjad Mollah"]).quoted()],
            ),
            (
                "Private Daniel Okoro has been held by the gunmen since March. Okoro's mother, Grace Okoro-Eze, urged the army to negotiate his release.",
                &[d(&["Grace Okoro-Eze"], &[], Humanitarian).or(Negotiation).not_by(&["Daniel Okoro"])],
            ),
        ],
    );
}

#[test]
fn speaker_two_un_agencies_joined_by_and() {
    check(
        "speaker: 'UNHCR and WFP urged …', 'Japan and IOM …': an agency's acronym after 'and' is a party of its own, not the end of a longer name",
        &[
            (
                "UNHCR and WFP urged all parties to let aid convoys into the besieged city.",
                &[d(&["UNHCR", "World Food Programme"], &[], Humanitarian)],
            ),
            (
                "UNHCR and IOM called on European states to expand resettlement places for refugees held in Libya.",
                &[d(&["UNHCR", "International Organization for Migration"], &[], Humanitarian)],
            ),
            (
                "Japan and OCHA appealed to donors to fund the flood response in Sindh.",
                &[d(&["Japan", "OCHA"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_not_the_object_of_a_participle_qualifying_it() {
    check(
        "speaker: 'a masked fighter speaking Swahili urged …', 'Protesters carrying Hezbollah flags demanded …': what the participle governs does not speak; 'a man identifying himself as an ARSA commander called …' names who does",
        &[
            (
                "Al-Shabaab released a video on Sunday. In it, a masked fighter speaking Swahili urged Kenyan Muslims to attack police stations.",
                &[d(&["Al-Shabaab"], &[], Other).not_by(&["Swahili"])],
            ),
            (
                "In the audio message, a man identifying himself as an ARSA commander called on Rohingya youths to take up arms against the Arakan Army.",
                &[d(&["Arakan Rohingya Salvation Army"], &[], Other).not_by(&["Arakan Army"])],
            ),
            (
                "Outside parliament, protesters carrying Hezbollah flags urged the government to resign.",
                &[d(&["~protesters"], &[], Other).not_by(&["Hezbollah"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_committee_described_in_the_lede() {
    check(
        "speaker: 'The parliamentary committee of inquiry into the networks that recruited … called on …', then 'The committee recommended that the Public Prosecution open …': the body described, past a relative clause and its chair named since",
        &[
            (
                "TUNIS, March 27 – The parliamentary committee of inquiry into the networks that recruited young Tunisians on Wednesday called on the judiciary to reopen the files of associations.\n\nPresenting the report, committee chair Samia Ben Romdhane said its work had been hindered.\n\nThe committee recommended that the Public Prosecution open investigations into the funding of 157 associations.",
                &[
                    d(&["parliamentary committee of inquiry"], &[], Justice).or(Other),
                    d(&["parliamentary committee of inquiry"], &[], Justice).not_by(&["Samia Ben Romdhane"]),
                ],
            ),
            (
                "NAIROBI – A joint parliamentary committee investigating the Westgate attack on Thursday urged the Government to fast-track the repatriation of refugees.\n\nCommittee chairman Asman Kamama told reporters the findings were damning.\n\nThe committee also asked the National Treasury to release funds for a counter-terrorism centre.",
                &[
                    d(&["joint parliamentary committee"], &[], Humanitarian),
                    d(&["joint parliamentary committee"], &[], Counterterrorism).not_by(&["Asman Kamama"]),
                ],
            ),
            (
                "MANILA – A Senate panel investigating the Mamasapano clash has recommended that the Ombudsman file charges of usurpation of authority against the police commander.",
                &[d(&["Senate panel"], &[], Justice)],
            ),
        ],
    );
}

#[test]
fn speaker_the_agencies_pointing_back_to_the_two_named() {
    check(
        "speaker: 'UNHCR and IOM condemned … The agencies also warned …', 'The organisations called on …': the bodies named together before",
        &[
            (
                "GENEVA – UNHCR and IOM on Wednesday condemned the airstrike on the detention centre. The agencies also warned all parties against using civilian facilities for military purposes.",
                &[d(&["UNHCR", "International Organization for Migration"], &[], Humanitarian).or(Ceasefire)],
            ),
            (
                "NAIROBI – UNICEF and the World Food Programme said on Monday that aid could not reach the camps near Dadaab. The agencies urged donors to fund the response before the rains.",
                &[d(&["UNICEF", "World Food Programme"], &[], Humanitarian)],
            ),
            (
                "Amnesty International and Human Rights Watch published a joint report on Tuesday. The organisations called on the government to release the detained journalists.",
                &[d(&["Amnesty International", "Human Rights Watch"], &[], Humanitarian).or(Justice)],
            ),
        ],
    );
}

#[test]
fn speaker_he_is_not_a_place_that_shares_a_surname() {
    check(
        "speaker: 'the Emir of Anka, Muhammad Ahmad Anka … troops in the Anka forest. He urged …': a surname before a noun after an article names a place, not the person",
        &[
            (
                "The Emir of Anka, Muhammad Ahmad Anka, condemned the abduction. The army spokesman, Captain Bashir Usman, said troops had cleared two camps in the Anka forest.\n\nHe urged residents to report suspicious movements to the police.",
                &[d(&["Bashir Usman"], &[], Counterterrorism).or(Other).not_by(&["Muhammad Ahmad Anka"])],
            ),
            (
                "Senator Ibrahim Gusau visited the victims on Monday. The police commissioner, Musa Danladi, said the Gusau market would reopen next week.\n\nHe called on traders to return to their shops.",
                &[d(&["Musa Danladi"], &[], Other).or(Humanitarian).not_by(&["Ibrahim Gusau"])],
            ),
            (
                "Chief Minister Omar Dera condemned the blast. The district commissioner, Farah Naz, said rescue teams had reached the Dera bus stand within minutes.\n\nShe asked the federal government to send more ambulances.",
                &[d(&["Farah Naz"], &[], Humanitarian).not_by(&["Omar Dera"])],
            ),
        ],
    );
}

#[test]
fn speaker_she_is_the_one_a_word_of_kin_before_a_comma_names() {
    check(
        "speaker: 'Morioka's wife, Emiko, implored … “…,” she said': a word of kin and a comma before a name make the person a woman or a man",
        &[
            (
                "Foreign Minister Yoko Kamiya called the family on Monday.\n\nIn a statement, Morioka's wife, Emiko, thanked the ministry. \"Please return him to us. He only went there to help people,\" she said.",
                &[d(&["Emiko"], &[], Humanitarian).or(Other).not_by(&["Yoko Kamiya"]).quoted()],
            ),
            (
                "Governor Amina Bello visited the camp. The engineer's mother, Dorcas, wept at the gate. \"Let my son come home to us,\" she said.",
                &[d(&["Dorcas"], &[], Humanitarian).or(Other).not_by(&["Amina Bello"]).quoted()],
            ),
            (
                "Senator Grace Otieno condemned the raid. The pilot's sister, Wanjiru, spoke to reporters outside the court. \"Bring my brother back alive,\" she said.",
                &[d(&["Wanjiru"], &[], Humanitarian).or(Other).not_by(&["Grace Otieno"]).quoted()],
            ),
        ],
    );
}

#[test]
fn speaker_an_office_of_a_place_no_one_is_named_holding() {
    check(
        "speaker: 'the Bishop of Popayán implored …', 'Mandera County Commissioner urged …' are people the phrase names",
        &[
            (
                "Meanwhile, the Bishop of Popayán implored those holding the soldiers to let them return to their families.",
                &[d(&["Bishop of Popayán"], &[], Humanitarian)],
            ),
            (
                "The Governor of Cauca called on the national government to convene an extraordinary security council.",
                &[d(&["Governor of Cauca"], &[], Other).or(Negotiation).or(Cooperation)],
            ),
            (
                "Mandera County Commissioner urged residents to report strangers to the nearest police post.",
                &[d(&["Mandera County Commissioner"], &[], Counterterrorism).or(Other).or(Cooperation)],
            ),
            // A state's office by the state's name is the state's.
            (
                "The President of Kenya urged Somalia to hold the elections on time.",
                &[d(&["Kenya"], &["Somalia"], Other).not_by(&["President of Kenya"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_countrys_people_who_are_not_its_government() {
    check(
        "speaker: 'Colombia's Catholic bishops appealed to the ELN …': a country's bishops, students or families speak for themselves, not for the state",
        &[
            (
                "Colombia's Catholic bishops on Wednesday appealed to the ELN to free the four soldiers seized in Arauca.",
                &[d(&["~bishops"], &[], Humanitarian).not_by(&["Colombia"])],
            ),
            (
                "Egypt's Coptic clerics called on the government to protect churches in Minya after the attack.",
                &[d(&["~clerics"], &[], Humanitarian).not_by(&["Egypt"])],
            ),
            (
                "Nigeria's Christian students urged the federal government to reopen the schools closed since the abduction.",
                &[d(&["~students"], &[], Humanitarian).or(Other).not_by(&["Nigeria"])],
            ),
            // A civil body named after the possessive is no organ of the state.
            (
                "Colombia's Episcopal Conference renewed its call for a humanitarian truce in Arauca during Lent.",
                &[d(&["Episcopal Conference"], &[], Ceasefire).not_by(&["Colombia"])],
            ),
            (
                "Kenya's Law Society urged the police to release the three lawyers arrested in Nakuru.",
                &[d(&["Law Society"], &[], Humanitarian).or(Justice).not_by(&["Kenya"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_states_organ_written_with_an_acute_accent_for_its_apostrophe() {
    check(
        "speaker: 'Azerbaijan´s Foreign Ministry called on …': a possessive typed with an acute accent is a possessive",
        &[
            (
                "Azerbaijan´s Foreign Ministry called on the international community to condemn the shelling of Tovuz.",
                &[d(&["Azerbaijan"], &[], Other).or(Ceasefire)],
            ),
            (
                "Armenia´s Defence Ministry urged Baku to stop firing at the villages of Tavush.",
                &[d(&["Armenia"], &["Azerbaijan"], Ceasefire)],
            ),
            (
                "Turkey´s Foreign Minister Ahmet Davutoglu called on the PKK to lay down its arms after the militants attacked a police post in Hakkari.",
                &[d(&["Ahmet Davutoglu", "Turkey"], &["PKK"], Ceasefire).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn speaker_the_title_just_introduced_without_a_name() {
    check(
        "speaker: 'a spokesman for the North's foreign ministry demanded …. ¶ “…,” the spokesman said': the one just introduced by an indefinite article, not an earlier named holder of the title",
        &[
            (
                "Ministry spokesperson Lee Sang-min told reporters the talks were useful.\n\nNorth Korea defended the launch. In a statement carried by KCNA, a spokesman for the North's foreign ministry demanded that the United States stop the drills.\n\n\"If the U.S. truly wants dialogue, it must first withdraw its hostile policy,\" the spokesman said.",
                &[
                    d(&["North Korea"], &["United States"], Other).or(Ceasefire),
                    d(&["North Korea"], &["United States"], Negotiation).or(Ceasefire).not_by(&["Lee Sang-min"]).quoted(),
                ],
            ),
            (
                "Army spokesperson Colonel Ali Raza said the operation was over.\n\nA spokesman for the Tehreek-e-Taliban Pakistan said the group rejected the claim.\n\n\"The army must leave Tirah before the spring,\" the spokesman said.",
                &[d(&["Tehreek-e-Taliban Pakistan"], &[], Other).or(Ceasefire).not_by(&["Ali Raza"]).quoted()],
            ),
            (
                "Army spokesman Brigadier Ali Raza said the operation was over.\n\nA spokesman for the Tehreek-e-Taliban Pakistan rejected the claim and warned residents against joining peace committees.\n\n\"Leave the committees or face the consequences,\" the spokesman said.",
                &[
                    d(&["Tehreek-e-Taliban Pakistan"], &[], Other).or(Negotiation),
                    d(&["Tehreek-e-Taliban Pakistan"], &[], Other).not_by(&["Ali Raza"]).quoted(),
                ],
            ),
            (
                "Police spokesman Charles Owino said the attackers had fled.\n\nA spokesman, Peter Mwangi, later said two suspects had been arrested. \"We urge residents to stay calm,\" the spokesman said.",
                &[d(&["Peter Mwangi"], &[], Other).not_by(&["Charles Owino"]).quoted()],
            ),
        ],
    );
}

#[test]
fn speaker_of_a_quotation_closed_by_a_verb_of_asking() {
    check(
        "speaker: '“Please send him back to us,” she implored the abductors': a verb of asking closing a quotation attributes it, as 'said' does",
        &[
            (
                "The Union Home Ministry asked the state government to avoid any operation.\n\nHis wife Sasmita broke down at their home in Jeypore. \"Please send him back to us,\" she implored the abductors.",
                &[
                    d(&["Union Home Ministry"], &[], Other),
                    d(&["Sasmita"], &[], Humanitarian).or(Other).not_by(&["Union Home Ministry"]).quoted(),
                ],
            ),
            (
                "Police chief Musa Danladi said the search would continue.\n\n\"Release our daughters before the rains come,\" pleaded Grace Okoro-Eze, whose two girls were taken.",
                &[d(&["Grace Okoro-Eze"], &[], Humanitarian).not_by(&["Musa Danladi"]).quoted()],
            ),
            (
                "The army said it had repelled the attack.\n\nMayor Ines Kabila visited the market on Sunday. \"Stop shelling our homes,\" she urged the rebels.",
                &[d(&["Ines Kabila"], &[], Ceasefire).quoted()],
            ),
        ],
    );
}

#[test]
fn speaker_the_undersigned_governments_of_a_joint_statement() {
    check(
        "speaker: 'released by the Governments of A, B and C. … We, the undersigned governments, … call on …', and its unattributed 'X must …': the states it lists",
        &[
            (
                "Joint Statement on the Situation in Haiti\n\nThe text of the following statement was released by the Governments of Canada, France and Kenya.\n\nWe, the undersigned governments, condemn the attacks by the Viv Ansanm gang coalition and by Gran Grif.\n\nViv Ansanm and Gran Grif must cease their attacks immediately.",
                &[d(&["Canada", "France", "Kenya"], &[], Ceasefire).not_by(&["Viv Ansanm", "Gran Grif", "Haiti"])],
            ),
            (
                "The following statement was released by the Governments of Australia, Japan and New Zealand.\n\nWe, the undersigned governments, welcome the designation of the group by the Security Council Committee established pursuant to resolution 2653 (2022), and call on all States to implement the asset freeze without delay.",
                &[d(&["Australia", "Japan", "New Zealand"], &[], Sanctions).not_by(&["United Nations"])],
            ),
            (
                "Joint Statement on Sudan\n\nThe following is the text of a statement by the Governments of Norway, the United Kingdom and the United States.\n\nWe, the undersigned countries, are appalled by the attacks on El Fasher. We call on the Sudanese Armed Forces and the Rapid Support Forces to agree to a humanitarian truce.",
                &[d(&["Norway", "United Kingdom", "United States"], &[], Ceasefire).not_by(&["Sudan"])],
            ),
        ],
    );
}

#[test]
fn speaker_who_signed_the_document_in_its_own_sentence() {
    check(
        "speaker: 'The statement, signed by party spokesperson Prakash Sangharsha, demanded …': the one the sentence gives the document to, not the last speaker",
        &[
            (
                "Police arrested three cadres on Monday. Home Minister Ram Thapa said the ban would stay.\n\nThe statement, signed by party spokesperson Prakash Sangharsha, demanded that the government lift the ban on the party.",
                &[d(&["Prakash Sangharsha"], &[], Sanctions).or(Other).not_by(&["Ram Thapa"])],
            ),
            (
                "Interior Minister Ali Raza visited Bannu on Sunday and said the army would stay.\n\nA statement signed by the group's spokesman, Abu Musab Khorasani, warned residents against cooperating with the army.",
                &[d(&["Abu Musab Khorasani"], &[], Other).or(Counterterrorism).not_by(&["Ali Raza"])],
            ),
            (
                "Governor Peter Mwangi said the search would go on.\n\nThe letter, signed by Senator Ruth Achieng and nine other lawmakers, asked the governor to release the detainees held without charge.",
                &[d(&["Ruth Achieng"], &[], Humanitarian).or(Justice).not_by(&["Peter Mwangi"])],
            ),
        ],
    );
}

#[test]
fn speaker_the_body_that_adopted_a_text_not_who_tabled_it() {
    check(
        "speaker: 'The General Assembly adopted a resolution …. The resolution, tabled by the OIC and the EU, calls on … the text also urges …': who tabled a text only proposed it",
        &[
            (
                "The UN General Assembly on Tuesday adopted a resolution on Myanmar by 142 votes to nine. The resolution, tabled by the Organisation of Islamic Cooperation and the European Union, calls on Myanmar to end the violence. For the first time, the text also urges the Arakan Army to protect civilians in Rakhine.",
                &[
                    d(&["UN General Assembly"], &["Myanmar"], Ceasefire),
                    d(&["UN General Assembly"], &["Arakan Army"], Humanitarian)
                        .not_by(&["Organisation of Islamic Cooperation", "European Union"]),
                ],
            ),
            (
                "The UN Human Rights Council adopted a resolution on Sri Lanka on Thursday. The resolution, drafted by Britain and Canada, calls on the government to investigate the disappearances. The text also asks the High Commissioner to report back in September.",
                &[
                    d(&["Human Rights Council"], &[], Justice).not_by(&["United Kingdom", "Canada"]),
                    d(&["Human Rights Council"], &[], Other).or(Justice).not_by(&["United Kingdom", "Canada"]),
                ],
            ),
            (
                "A motion moved by Senator Ali Khan called on the government to reopen the Torkham crossing.",
                &[d(&["Ali Khan"], &[], Humanitarian).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_city_naming_a_format_is_no_government() {
    check(
        "'the Minsk Group urged …', 'the Doha Agreement must be respected': a city before a format's or a text's word stands for no state",
        &[
            (
                "Minsk Group co-chairs urged Baku and Yerevan to resume talks without preconditions.",
                &[d(&["~Minsk Group"], &["Azerbaijan", "Armenia"], Negotiation).not_by(&["Belarus"])],
            ),
            (
                "Astana Process guarantors called on the Syrian parties to respect the ceasefire in Idlib.",
                &[d(&["~Astana Process"], &[], Ceasefire).not_by(&["Kazakhstan"])],
            ),
            (
                "US envoy Zalmay Khalilzad said the Taliban must honour the Doha Agreement and cut ties with al-Qaeda.",
                &[d(&["Zalmay Khalilzad"], &["Taliban"], Counterterrorism).or(Sanctions).not_by(&["Qatar"]).not_to(&["Qatar"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_surname_standing_alone_with_its_article_in_lower_case() {
    check(
        "speaker: '“…,” al-Tayeb said', 'el-Sisi urged': a surname whose article news writes in lower case, standing alone",
        &[
            (
                "Military spokesman Brigadier General Khalid al-Tayeb spoke on Friday.\n\n“The RSF must lay down its arms. This is the only way to end the suffering of our people,” al-Tayeb said.",
                &[d(&["Khalid al-Tayeb"], &["RSF"], Ceasefire).or(Counterterrorism).quoted()],
            ),
            (
                "Egyptian President Abdel Fattah el-Sisi received the envoy in Cairo. Later on Sunday el-Sisi urged both sides to return to the negotiating table.",
                &[d(&["Abdel Fattah el-Sisi"], &[], Negotiation)],
            ),
            (
                "Hisham al-Obaidi, the governor of Anbar, toured the camp. “Give these families their papers back,” al-Obaidi told reporters.",
                &[d(&["Hisham al-Obaidi"], &[], Humanitarian).or(Other).quoted()],
            ),
        ],
    );
}

#[test]
fn speaker_of_a_quotation_running_over_paragraphs_is_who_introduced_it() {
    check(
        "speaker: a statement quoted paragraph after paragraph (each opening on a fresh mark) is theirs who introduced it, whoever a paragraph reports as asking in between",
        &[
            (
                "The governments of Canada, Denmark and Kenya today issued the following statement:\n\n“We condemn the seizure of the helicopter.\n\n“We welcome the appeals made by the Galmudug Council of Elders, which on January 15 asked the group’s commanders to free the captives.\n\n“We urge the Federal Government of Somalia to keep the families of the crew informed.”",
                &[
                    d(&["Galmudug Council of Elders"], &[], Humanitarian),
                    d(&["Canada", "Denmark", "Kenya"], &["Federal Government of Somalia"], Humanitarian)
                        .or(Other)
                        .not_by(&["Galmudug Council of Elders"])
                        .quoted(),
                ],
            ),
            (
                "Speaking in Geneva, the UN High Commissioner for Human Rights, Volker Lindqvist, said:\n\n“The killings in the camp must be investigated.\n\n“I note that the Union of Kayes Traders has asked the junta to reopen the market.\n\n“I call on the authorities to release the journalists detained since March.”",
                &[
                    d(&["Volker Lindqvist"], &[], Justice).quoted(),
                    d(&["Union of Kayes Traders"], &[], Other).or(Humanitarian),
                    d(&["Volker Lindqvist"], &[], Humanitarian)
                        .not_by(&["Union of Kayes Traders"])
                        .quoted(),
                ],
            ),
        ],
    );
}

#[test]
fn speaker_a_body_not_the_one_who_chaired_it() {
    check(
        "speaker: 'the committee, chaired by X, said' and 'the report said' are the committee's, not its chair's",
        &[
            (
                "The Parliamentary Standing Committee on Home Affairs has asked the Ministry of Home Affairs to fast-track the fencing.\n\nIn its report, the committee, chaired by Rajya Sabha member Brajesh Tiwari, said 3,141 km had been fenced.\n\n“The Committee strongly recommends that the Ministry take up the matter with the Government of West Bengal,” the report said.",
                &[
                    d(&["Parliamentary Standing Committee on Home Affairs"], &["Ministry of Home Affairs"], Other).or(Counterterrorism),
                    d(&["Parliamentary Standing Committee on Home Affairs"], &[], Other)
                        .or(Cooperation)
                        .not_by(&["Brajesh Tiwari"]),
                ],
            ),
            (
                "The Senate Foreign Relations Committee held a hearing on Tuesday. The committee, chaired by Senator Mark Halvorsen, urged the State Department to designate the network.",
                &[d(&["Senate Foreign Relations Committee"], &["State Department"], Sanctions).not_by(&["Mark Halvorsen"])],
            ),
        ],
    );
}

#[test]
fn speaker_the_party_is_the_political_party_named_before() {
    check(
        "speaker: 'the Awami League rejected the verdict. The party called on …': 'the party' is the political party named before, whatever its name's words",
        &[
            (
                "The Awami League rejected the verdict in a statement on Facebook. The party called on the international community to reject what it called a politically motivated ruling.",
                &[d(&["Awami League"], &["international community"], Justice).or(Other)],
            ),
            (
                "Leaders of the Nepali Congress met in Kathmandu on Sunday. The party urged the government to summon the Chinese ambassador over the detention of the herders.",
                &[d(&["Nepali Congress"], &[], Humanitarian).or(Other).or(Cooperation)],
            ),
            (
                "The Sri Lanka Podujana Peramuna walked out of the debate. The party demanded that the government scrap the new counter-terrorism bill.",
                &[d(&["Sri Lanka Podujana Peramuna"], &[], Other).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn speaker_of_a_document_a_relative_clause_describes() {
    check(
        "speaker: 'adopted a resolution on Sri Lanka which calls on …' asks for whoever adopted it, not for what it is about; 'X (ACRONYM) yesterday urged' is X's",
        &[
            (
                "The UN Human Rights Council (UNHRC) yesterday adopted a fresh resolution on Sri Lanka which calls on the Government to repeal the Prevention of Terrorism Act.",
                &[d(&["UN Human Rights Council"], &[], Counterterrorism)
                    .or(Humanitarian)
                    .or(Justice)
                    .not_by(&["Sri Lanka"])],
            ),
            (
                "The European Parliament passed a motion on Pakistan that urges the government to release the detained journalists.",
                &[d(&["European Parliament"], &[], Humanitarian).not_by(&["Pakistan"])],
            ),
            (
                "The African Union Peace and Security Council (PSC) on Friday urged the warring parties in Sudan to agree to a ceasefire.",
                &[d(&["Peace and Security Council"], &[], Ceasefire)],
            ),
            // The document's own words quoted, run into the sentence that names it.
            (
                "The UN Human Rights Council adopted a resolution on Sri Lanka which urges the Government to release all those detained without charge.\n\nAmong its operative paragraphs, the resolution “calls upon the Government of Sri Lanka to repeal the Prevention of Terrorism Act”.",
                &[
                    d(&["UN Human Rights Council"], &[], Humanitarian).or(Justice),
                    d(&["UN Human Rights Council"], &[], Counterterrorism)
                        .or(Humanitarian)
                        .or(Justice)
                        .not_by(&["Sri Lanka"]),
                ],
            ),
            (
                "The Economic Community of West African States (ECOWAS) yesterday called on the junta to release President Bazoum.",
                &[d(&["ECOWAS"], &[], Humanitarian).or(Justice)],
            ),
        ],
    );
}

#[test]
fn speaker_a_regions_leaders_are_its_bloc() {
    check(
        "speaker: 'Arab leaders meeting in Cairo demanded …', 'South-east Asian leaders … have called on …': a region's leaders or ministers speak as its bloc",
        &[
            (
                "Arab leaders meeting in Cairo on Saturday demanded an immediate halt to the Israeli offensive in Lebanon.",
                &[d(&["Arab League"], &[], Ceasefire)],
            ),
            (
                "South-east Asian leaders meeting in Singapore have called on Myanmar's military government to release all political prisoners.",
                &[d(&["ASEAN"], &[], Humanitarian)],
            ),
            (
                "West African leaders gathered in Abuja urged the junta in Niamey to set a date for elections.",
                &[d(&["ECOWAS"], &[], Other).or(Negotiation)],
            ),
        ],
    );
}

#[test]
fn speaker_a_listed_body_whose_statement_is_on_a_state() {
    check(
        "speaker: 'Statement by the North Atlantic Council on Afghanistan … We call on …': the body and its topic, no body of its own named '… on Afghanistan'",
        &[
            (
                "Statement by the North Atlantic Council on Afghanistan\n\n1. We condemn the attack.\n\n2. We call on the Taliban to sever all links with al-Qaida.",
                &[d(&["North Atlantic Council"], &["Taliban"], Counterterrorism)],
            ),
            (
                "Statement by the European Union on Ethiopia\n\nThe European Union calls on the Government of Ethiopia to restore humanitarian access to Tigray.",
                &[d(&["European Union"], &["Ethiopia"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn asked_by_the_states_unnamed_organ() {
    check(
        "passive: 'were asked by police to …', 'have been told by the authorities to …': an unnamed organ of the state asks for the state the story is about",
        &[
            (
                "Thousands rallied in Bangkok, Thailand, for a fifth day. Protesters were asked by police on Tuesday to reopen one lane of the road.",
                &[d(&["Thailand"], &[], Other).or(Humanitarian)],
            ),
            (
                "Riots broke out in Hotan, in China's Xinjiang region. Residents have been told by the authorities to stay indoors after 9 p.m.",
                &[d(&["China"], &[], Other)],
            ),
            (
                "The priest was kidnapped in Zamboanga, in the Philippines. His family has been asked by the military not to contact the kidnappers directly.",
                &[d(&["Philippines"], &[], Other).or(Humanitarian).text_has("not to contact")],
            ),
        ],
    );
}

#[test]
fn speaker_an_office_no_one_is_named_for_in_all_its_uses() {
    check(
        "speaker: 'The Secretary-General spoke with Prime Minister X. … The Secretary-General condemned the attack. He called for …': the office, whose holder the text never names, in every use",
        &[(
            "Readout of the Secretary-General's call with the Prime Minister of Iraq\n\nThe Secretary-General spoke today by telephone with the Prime Minister of Iraq, Mr. Haider Jawad al-Khafaji.\n\nThe Secretary-General condemned the drone attack on the gas field. He called for those responsible to be identified and held accountable.\n\nThe Secretary-General urged all parties to refrain from any action that could draw Iraq into the wider tensions in the region.",
            &[
                d(&["Secretary-General"], &[], Justice).not_by(&["Haider Jawad al-Khafaji"]),
                d(&["Secretary-General"], &[], Ceasefire).or(Other),
            ],
        )],
    );
}

#[test]
fn a_declarations_numbered_paragraph_in_the_base_form() {
    check(
        "a declaration's numbered paragraphs in the base form under 'The member States …:' ('10. Oppose …, and urge …') are the issuer's, the later verb too",
        &[(
            "CSTO leaders sign Dushanbe Declaration\n\nDUSHANBE — Leaders of the Collective Security Treaty Organization (CSTO) meeting in Dushanbe on Thursday signed the Dushanbe Declaration.\n\nExcerpts from the Dushanbe Declaration of the CSTO:\n\n\"The member States of the Collective Security Treaty Organization:\n\n9. Agree to complete the border programme by 31 December 2028;\n\n10. Oppose the deployment of intermediate-range missiles in Europe and the Asia-Pacific region, and urge the States concerned to refrain from steps that undermine strategic stability.\"",
            &[d(&["CSTO"], &[], Other).or(Cooperation).or(Ceasefire)],
        )],
    );
}

#[test]
fn the_writers_of_a_letter_speak_through_it() {
    check(
        "speaker: 'a letter organised by X … The letter urges' is X",
        &[
            (
                "A letter, organised by Senator Amara Okafor and signed by nine colleagues, was sent to the minister on Monday. The letter urges the minister to seek the repatriation of the children from the camp.",
                &[d(&["Amara Okafor"], &[], Humanitarian)],
            ),
            (
                "A petition drafted by the Sahel Civilian Protection Network reached the ministry on Friday. The petition calls on Mali to reopen the road to Boni.",
                &[d(&["Sahel Civilian Protection Network"], &["Mali"], Humanitarian).or(Other)],
            ),
        ],
    );
}

#[test]
fn own_obligations_guesses_and_conditions_ask_nothing() {
    check(
        "not a demand: 'I need to', 'have had to', 'must be living', 'If X means what he says, he should'",
        &[
            ("\"I need to muster all the support I can,\" the Pakistani president said.", &[]),
            ("The strikes mean ISIS have had to pour in fighters and equipment, the analyst said.", &[]),
            ("\"The hostages must be living through a nightmare,\" the UN envoy said.", &[]),
            (
                "\"Dublin should be arresting these people, not letting them parade through Letterkenny,\" the DUP's Trevor Ashcroft said.",
                &[d(&["Trevor Ashcroft"], &["Ireland"], Justice).or(Counterterrorism)],
            ),
            (
                "If Kabul means what it says about peace, it should close the camps, Pakistan's foreign minister Ishaq Dar said.",
                &[d(&["Ishaq Dar", "Pakistan"], &[], Counterterrorism).or(Negotiation).not_by(&["Afghanistan"])],
            ),
        ],
    );
}

#[test]
fn speaker_the_government_of_the_story() {
    check(
        "speaker: 'The government', 'The authorities', 'The junta' are the state the story is about",
        &[
            (
                "Gunmen attacked a police post in Niger's Tillaberi region on Monday, killing six. The authorities urged residents to report suspicious movements to the army.",
                &[d(&["Niger"], &[], Counterterrorism)],
            ),
            (
                "Mali's transitional leaders met on Sunday. Mali has ruled out talks. The junta called on ECOWAS to lift the sanctions on the country.",
                &[d(&["Mali"], &["ECOWAS"], Sanctions)],
            ),
            (
                "Colombia and Venezuela exchanged notes over the pipeline blast. Colombia says the ELN fled east. The government asked Caracas to hand over the commanders.",
                &[d(&["Colombia"], &["Venezuela"], Justice).not_by(&["ELN"])],
            ),
        ],
    );
}

#[test]
fn speaker_not_the_agent_of_a_participle_or_a_relative_clause() {
    check(
        "speaker: 'A conference convened by X demanded', 'The group, which pledged allegiance to IS, demanded'",
        &[
            (
                "An all-parties conference convened by Chief Minister Zahid Khan Afridi on Saturday demanded that Islamabad consult the provincial assembly before any operation in Tirah.",
                &[d(&["~conference"], &["Pakistan"], Other).or(Counterterrorism).not_by(&["Zahid Khan Afridi"])],
            ),
            (
                "ISWAP said it had captured two aid workers. The jihadist group, which pledged allegiance to the Islamic State in 2015, demanded that N'Djamena free its fighters.",
                &[d(&["Islamic State West Africa Province"], &["Chad"], Humanitarian).or(Other).not_by(&["Islamic State"])],
            ),
            (
                "Türkiye, Iraq and Jordan met in Istanbul. In the final declaration, the three states said Daesh \"remains a serious threat\" and stressed the need to coordinate intelligence against it.",
                &[d(&["Turkey", "Iraq", "Jordan"], &[], Cooperation).or(Counterterrorism).not_by(&["Islamic State"])],
            ),
            (
                "Türkiye, Iraq and Jordan called on the coalition to hand the camps over to Damascus. The ministers said Daesh \"remains a threat to the region\". \"Terrorist organizations must not be allowed to exploit the transition,\" the declaration said.",
                &[
                    d(&["Turkey", "Iraq", "Jordan"], &[], Counterterrorism).or(Justice),
                    d(&["Turkey", "Iraq", "Jordan"], &[], Counterterrorism).not_by(&["Islamic State"]),
                ],
            ),
        ],
    );
}

#[test]
fn a_states_own_security_council_is_no_un_body() {
    check(
        "speaker: 'the Russian Security Council', 'Iran's Supreme National Security Council' are the state's",
        &[
            (
                "The Russian Security Council urged Central Asian states to tighten control of the Afghan border.",
                &[d(&["Russia"], &[], Counterterrorism).or(Cooperation).not_by(&["UN Security Council"])],
            ),
            (
                "Iran's Supreme National Security Council urged Kabul to disarm the Jaish al-Adl cells in Nimruz.",
                &[d(&["Iran"], &["Afghanistan"], Counterterrorism).not_by(&["UN Security Council"])],
            ),
            (
                "The Security Council urged all parties in Sudan to agree to a humanitarian truce.",
                &[d(&["UN Security Council"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn speaker_the_office_a_description_gave() {
    check(
        "speaker: 'The governor of Lac province, General X, …. The governor asked' is X",
        &[
            (
                "The governor of Lac province, General Idriss Moussa Ali, told reporters the army had deployed. The governor asked aid organisations to inform the security forces before any movement.",
                &[d(&["Idriss Moussa Ali"], &[], Humanitarian).or(Other)],
            ),
            (
                "The mayor of Kidal, Colonel Ag Intalla, received the convoy. The mayor urged the UN mission to keep its camp open.",
                &[d(&["Ag Intalla"], &[], Other).or(Humanitarian)],
            ),
            (
                "On Monday, Deputy Minister of Foreign Affairs of Kazakhstan Yerlan Sarsenbayev received the Syrian envoy. The Deputy Minister stressed the need for the Syrian side to guarantee the safety of UN personnel.",
                &[d(&["Yerlan Sarsenbayev", "Kazakhstan"], &[], Humanitarian)],
            ),
            (
                "Kazakhstan hopes that the transitional authorities in Damascus will extend their cooperation with the UN force.",
                &[d(&["Kazakhstan"], &["Syria"], Cooperation)],
            ),
        ],
    );
}

#[test]
fn urge_a_quoted_addressee() {
    check(
        "urge “X” to",
        &[
            (
                "A State Department spokesman, Thomas Keegan, urged “all our partners in the region” to treat the factions as terrorist organisations.",
                &[d(&["Thomas Keegan", "United States"], &[], Sanctions).or(Other)],
            ),
            (
                "The Kenyan senator urged \"every county government\" to pay the reservists before the rains.",
                &[d(&["Kenya"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn a_bodys_national_branch_is_the_body() {
    check(
        "speaker: 'Save the Children Australia', 'Amnesty International Nigeria' are the body's branch, not the state",
        &[
            (
                "Save the Children Australia implored senators to bring the children home from the camp.",
                &[d(&["Save the Children Australia"], &[], Humanitarian)],
            ),
            (
                "Amnesty International Nigeria urged the army to stop the raids on displaced people's camps.",
                &[d(&["Amnesty International Nigeria"], &[], Humanitarian).or(Ceasefire)],
            ),
        ],
    );
}

#[test]
fn speaker_members_of_a_body() {
    check(
        "speaker: 'Members of the National Assembly' speak for the body named after 'of'",
        &[
            (
                "LILONGWE - Members of the National Assembly on Tuesday demanded that the government send more police to the border districts.",
                &[d(&["National Assembly"], &[], Humanitarian).or(Counterterrorism)],
            ),
            (
                "Members of the Storting urged the foreign minister to press Kabul for the release of the aid workers.",
                &[d(&["Storting"], &[], Humanitarian)],
            ),
            (
                "Members of Parliament called on the cabinet to ban the movement before the elections.",
                &[d(&["Parliament"], &[], Sanctions)],
            ),
        ],
    );
}

#[test]
fn the_saying_asked_for_and_jail_as_justice() {
    check(
        "'it is time for X to say that …' is the writer's; 'must be caught, tried and jailed' is justice",
        &[
            (
                "\"It is time for Sinn Féin to say, without qualifiers, that anyone with information should give it to the police,\" the DUP leader Gavin Reid said.",
                &[d(&["Gavin Reid"], &[], Justice).or(Other).not_by(&["Sinn Féin"])],
            ),
            (
                "Those who built and planted the device must be caught, tried and jailed, the Irish justice minister said.",
                &[d(&["Ireland"], &[], Justice)],
            ),
        ],
    );
}

#[test]
fn a_commentarys_byline_of_fields_and_a_rights_groups_organisation() {
    check(
        "speaker: 'COMMENTARY … Dr. A B | Senior Fellow | date' writes it; 'The organisation further calls' is the rights group",
        &[
            (
                "COMMENTARY\n\nAQAP is rebuilding in Abyan\n\nDr. Layla Haddad | Senior Fellow, Gulf Programme | 3 May 2027\n\nAQAP overran a checkpoint in Abyan last month.\n\nFirst, Riyadh and Abu Dhabi need to agree on a joint counter-terrorism command in Aden.",
                &[d(&["Layla Haddad"], &["Saudi Arabia", "United Arab Emirates"], Cooperation).or(Counterterrorism)],
            ),
            (
                "CAIRO – The Nile Justice Initiative today calls on Egypt to release 63 detainees held beyond the legal limit. Seven are accused of links to ISIS-Sinai Province. The organisation further calls for an independent investigation into a death in custody.",
                &[
                    d(&["Nile Justice Initiative"], &["Egypt"], Humanitarian),
                    d(&["Nile Justice Initiative"], &[], Justice).not_by(&["ISIS-Sinai Province"]),
                ],
            ),
            (
                "“Let me see him. Let his lawyer see the file,” said Hoda Salem, the mother of a detainee held in Badr prison.",
                &[
                    d(&["Hoda Salem"], &[], Other).or(Humanitarian).quoted(),
                    d(&["Hoda Salem"], &[], Humanitarian).or(Justice).quoted(),
                ],
            ),
        ],
    );
}

#[test]
fn push_to() {
    check(
        "push X to",
        &[
            (
                "Beirut has been pushing the Palestinian factions to hand over their heavy weapons to the army.",
                &[d(&["Lebanon"], &[], Counterterrorism).or(Other)],
            ),
            (
                "The United States pushed Kyiv and Moscow to agree to a prisoner exchange before the winter.",
                &[d(&["United States"], &["Ukraine", "Russia"], Humanitarian).or(Negotiation)],
            ),
            (
                "Qatar pushed all sides to return to the talks in Doha.",
                &[d(&["Qatar"], &[], Negotiation)],
            ),
            ("The army pushed the rebels back to the border.", &[]),
            ("The guard instinctively pushed the minister to the ground when the shots rang out.", &[]),
            ("Carter's push came a day after the talks in Munich to rescue the truce.", &[]),
        ],
    );
}

#[test]
fn negated_cues_ask_nothing() {
    check(
        "negated: 'did not urge', 'has never called for', 'does not have to'",
        &[
            ("Egypt did not urge Hamas to accept the proposal, the official said.", &[]),
            ("Turkey has never called for the removal of the group from the list.", &[]),
            ("Pakistan does not have to accept the offer, the minister said.", &[]),
            ("The envoy stopped short of calling for a ceasefire.", &[]),
            (
                "The debt deal comes as Ukraine is rattled by protests calling for the government to resign.",
                &[],
            ),
            (
                "Norway not only urged Colombia to release the prisoners but also called for talks with the ELN.",
                &[
                    d(&["Norway"], &["Colombia"], Humanitarian),
                    d(&["Norway"], &[], Negotiation).not_by(&["ELN"]),
                ],
            ),
        ],
    );
}

#[test]
fn subject_before_a_relative_clause_with_commas() {
    check(
        "speaker: 'The Commission, whose president, Dr. X, flew …, renewed its call' is the Commission",
        &[
            (
                "The ECOWAS Commission, whose president, Dr. Amadou Sy, flew to Bouna on Saturday, renewed its call for Mali to reconnect its intelligence services to the early-warning network.",
                &[d(&["ECOWAS"], &[], Cooperation).not_by(&["Amadou Sy"])],
            ),
            (
                "Human Rights Watch, whose researchers, including Ms. Dara Kell, visited the camp in May, urged Iraq to stop the deportations.",
                &[d(&["Human Rights Watch"], &["Iraq"], Humanitarian).not_by(&["Dara Kell"])],
            ),
            (
                "Ghana, which hosted the talks, urged Burkina Faso to share intelligence on JNIM.",
                &[d(&["Ghana"], &["Burkina Faso"], Cooperation).not_by(&["JNIM"])],
            ),
        ],
    );
}

#[test]
fn quoted_titles_and_conditions_are_no_imperatives() {
    check(
        "not an imperative: a title in quotes, a condition",
        &[
            (
                "The minister said on NBC's \"Meet the Press\" that talks would resume.",
                &[],
            ),
            (
                "The band played the song \"Give Peace a Chance\" at the rally in Kabul.",
                &[],
            ),
            (
                "\"Put all this together, and you get a stalemate,\" the analyst wrote.",
                &[],
            ),
            (
                "\"Let's just say I wasn't surprised,\" the envoy said.",
                &[],
            ),
            (
                "\"Release the hostages now,\" the Qatari minister told Hamas.",
                &[d(&["Qatar"], &[], Humanitarian).quoted()],
            ),
        ],
    );
}

#[test]
fn push_for() {
    check(
        "push for",
        &[
            (
                "Egypt is pushing for a permanent ceasefire in Gaza.",
                &[d(&["Egypt"], &[], Ceasefire)],
            ),
            (
                "India pushed for the listing of The Resistance Front at the UN sanctions committee.",
                &[d(&["India"], &[], Sanctions).not_by(&["The Resistance Front"])],
            ),
            (
                "South Africa pushed for direct talks between Kinshasa and the M23 rebels.",
                &[d(&["South Africa"], &[], Negotiation).not_by(&["M23"])],
            ),
            (
                "Brazil pushed hard for a two-state solution at the General Assembly.",
                &[d(&["Brazil"], &[], Negotiation)],
            ),
        ],
    );
}

#[test]
fn demand_that() {
    check(
        "demand (that)",
        &[
            (
                "Uzbekistan demanded in February that Dushanbe and Bishkek vet every worker before departure.",
                &[d(&["Uzbekistan"], &["Tajikistan", "Kyrgyzstan"], Other).or(Counterterrorism)],
            ),
            (
                "Pakistan demanded on Monday that India release the fishermen held in Gujarat.",
                &[d(&["Pakistan"], &["India"], Humanitarian)],
            ),
            (
                "Punjab's home minister demanded that New Delhi seek the extradition of two BKI operatives living in Canada.",
                &[d(&["~minister"], &["India"], Justice).not_by(&["Babbar Khalsa International"])],
            ),
            (
                "Iran demanded that the perpetrators of the Kerman bombing be brought to justice.",
                &[d(&["Iran"], &[], Justice)],
            ),
            (
                "Kyiv demanded the immediate return of children deported to Russia.",
                &[d(&["Ukraine"], &[], Humanitarian)],
            ),
            (
                "The Taliban demanded that Pakistan stop air strikes in Khost and Paktika.",
                &[d(&["Taliban"], &["Pakistan"], Ceasefire)],
            ),
            (
                "Baghdad demanded that Ankara halt its cross-border operations in northern Iraq.",
                &[d(&["Iraq"], &["Turkey"], Ceasefire)],
            ),
            // The present tense, its object opening on an adjective.
            (
                "The G7 said: \"We demand safe, rapid and unimpeded humanitarian access to all people in need.\"",
                &[d(&["G7"], &[], Humanitarian).quoted()],
            ),
            (
                "\"We demand unconditional guarantees for the returnees,\" Uganda's foreign ministry said in a statement.",
                &[d(&["Uganda"], &[], Humanitarian).or(Other).quoted()],
            ),
            (
                "\"We demand transparent investigations into every killing in Benue,\" said Senator Danjuma Okafor.",
                &[d(&["Danjuma Okafor"], &[], Justice).quoted()],
            ),
            // South Asian English: "demanded of X to …".
            (
                "Pakistan on Monday demanded of the Afghan interim government to hand over the TTP commanders based in Kunar.",
                &[d(&["Pakistan"], &["Afghanistan"], Justice).or(Counterterrorism)],
            ),
            (
                "The Hurriyat demanded of New Delhi to release all political prisoners before the talks.",
                &[d(&["Hurriyat"], &["India"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn ask_to() {
    check(
        "ask X to",
        &[
            (
                "Bangladesh asked Myanmar to take back the Rohingya refugees sheltering in Cox's Bazar.",
                &[d(&["Bangladesh"], &["Myanmar"], Humanitarian)],
            ),
            (
                "Colombian President Gustavo Petro asked the ELN to halt attacks on oil pipelines.",
                &[d(&["Gustavo Petro", "Colombia"], &["National Liberation Army"], Ceasefire)],
            ),
            (
                "Sri Lanka asked India to share intelligence on the bombers' foreign contacts.",
                &[d(&["Sri Lanka"], &["India"], Cooperation)],
            ),
            (
                "Islamabad has asked the Afghan Taliban to hand over TTP commanders based in Kunar.",
                &[d(&["Pakistan"], &["Taliban"], Counterterrorism).not_by(&["TTP"])],
            ),
        ],
    );
}

#[test]
fn ask_x_for_and_admonish() {
    check(
        "ask X for …, admonish X to, not 'asked for comment', 'who asked that her name not be published', 'tells me they'll …'",
        &[
            (
                "Greenpeace asked Mexico for an immediate moratorium on the planting of transgenic maize.",
                &[d(&["Greenpeace"], &["Mexico"], Other)],
            ),
            (
                "The Chilean government has asked the United Nations for field hospitals and generators for the flooded south.",
                &[d(&["Chile"], &["United Nations"], Humanitarian).or(Other)],
            ),
            (
                "The US secretary of state admonished Iranian officials to come to Istanbul ready to make progress on the enrichment talks.",
                &[d(&["United States"], &["Iran"], Negotiation)],
            ),
            ("The Kenyan interior ministry was asked for comment on Monday but did not reply.", &[]),
            (
                "A Pakistani official, who asked not to be identified, said the talks had stalled.",
                &[],
            ),
            (
                "A midwife in Lashkar Gah, who asked that her name not be published, said the clinic had closed in May.",
                &[],
            ),
            (
                "A shopkeeper, who asked that his full name be withheld, said the militants had left at dawn.",
                &[],
            ),
            ("\"Everybody tells me they'll bring them to justice,\" said Mary Quinn, the widow.", &[]),
            (
                "All reservists in Borno were asked to report for duty on Tuesday morning.",
                &[],
            ),
        ],
    );
}

#[test]
fn request() {
    check(
        "request",
        &[
            (
                "Lebanon on Friday requested an emergency session of the UN Security Council over the strikes on its south.",
                &[d(&["Lebanon"], &[], Other)],
            ),
            (
                "Jordan has requested international assistance to shelter refugees fleeing the fighting in southern Syria.",
                &[d(&["Jordan"], &[], Humanitarian)],
            ),
            (
                "Mozambique requested that Rwanda keep its troops in Cabo Delgado to fight the insurgents.",
                &[d(&["Mozambique"], &["Rwanda"], Counterterrorism).or(Cooperation)],
            ),
            // The thing requested after a possessive, or named by its adjectives.
            (
                "In March, Tajikistan requested his extradition from Turkey over a plot against a police station.",
                &[d(&["Tajikistan"], &["Turkey"], Justice).or(Cooperation)],
            ),
            (
                "Kenya requested their return to Nairobi before the trial opened.",
                &[d(&["Kenya"], &[], Justice).or(Humanitarian).or(Other)],
            ),
            (
                "President Luis Muchanga of Mozambique requested expedited delivery of helicopter spare parts from Washington.",
                &[d(&["Luis Muchanga", "Mozambique"], &[], Cooperation).or(Other).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn appeal_to_appeal_for() {
    check(
        "appeal to / appeal for",
        &[
            (
                "The International Committee of the Red Cross appealed to both sides in Sudan to spare civilians.",
                &[d(&["International Committee of the Red Cross"], &[], Humanitarian)],
            ),
            (
                "UNICEF appealed for $250 million to feed malnourished children in the Sahel.",
                &[d(&["UNICEF"], &[], Humanitarian)],
            ),
            (
                "Thai Foreign Minister Pranee Suksawat appealed to Cambodia to return to talks on the disputed border.",
                &[d(&["Pranee Suksawat", "Thailand"], &["Cambodia"], Negotiation)],
            ),
            (
                "Pakistan appealed to the international community to help rebuild schools destroyed by militants in Swat.",
                &[d(&["Pakistan"], &["international community"], Humanitarian)],
            ),
            // The wires' weekday between the verb and its "for".
            (
                "Nepal's prime minister appealed Tuesday for calm after two days of clashes in Birgunj.",
                &[d(&["Nepal"], &[], Ceasefire).or(Other)],
            ),
            (
                "Esther Choi, the wife of the detained reporter, pleaded Tuesday for his release.",
                &[d(&["Esther Choi"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn the_one_asked_named_in_apposition() {
    check(
        "'implored the army chief, Gen. X, to …': the one asked in apposition before 'to'",
        &[
            (
                "Haoua Soumana spoke outside the ministry. She implored the army chief of staff, Gen. Salifou Djibo, to bring the captured soldiers home.",
                &[d(&["Haoua Soumana"], &[], Humanitarian)],
            ),
            (
                "The Red Cross encouraged the commander of the northern front, Colonel Tesfaye Alemu, to let its teams reach the wounded.",
                &[d(&["Red Cross"], &[], Humanitarian)],
            ),
            (
                "Senator Mary Okonjo begged the Inspector General of Police, Kayode Adeyemi, to send more officers to the market.",
                &[d(&["Mary Okonjo"], &[], Humanitarian).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn implore() {
    check(
        "implore",
        &[
            (
                "Doctors Without Borders implored the Rapid Support Forces to let medical supplies into El Fasher.",
                &[d(&["Médecins Sans Frontières"], &["Rapid Support Forces"], Humanitarian)],
            ),
            (
                "Haitian Prime Minister Jean-Robert Célestin implored the gangs to lay down their weapons.",
                &[d(&["Jean-Robert Célestin", "Haiti"], &[], Ceasefire)],
            ),
            (
                "Ukraine implored its Western partners to speed up deliveries of air defence systems.",
                &[d(&["Ukraine"], &[], Cooperation).or(Other)],
            ),
            (
                "The Lebanese prime minister implored Hezbollah and Israel to step back from the brink.",
                &[d(&["Lebanon"], &["Hezbollah", "Israel"], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn appeal_nudge_or_need_a_party_to() {
    check(
        "'appeal X to' without 'to' before X, 'nudge X to', 'need X to'",
        &[
            (
                "“We appeal the international community and the UN to take concrete measures for the resolution of the Kashmir dispute,” Syed Ali Geelani said.",
                &[d(&["Syed Ali Geelani"], &["international community"], Negotiation).or(Other)],
            ),
            (
                "Bangladesh appealed the UN Security Council to pressure Myanmar into taking back the Rohingya.",
                &[d(&["Bangladesh"], &["UN Security Council"], Humanitarian).or(Other)],
            ),
            (
                "Initially, the Afghan Taliban nudged Pakistani authorities to hold talks with the TTP.",
                &[d(&["Taliban"], &["Pakistan"], Negotiation)],
            ),
            (
                "“We need Pakistan to stop the cross-border raids,” Taliban spokesman Zabihullah Mujahid said.",
                &[d(&["Zabihullah Mujahid"], &["Pakistan"], Ceasefire).or(Other)],
            ),
            // A court's appeal, or a need of one's own, asks no one.
            (
                "The lawyers said they would appeal the verdict to the Supreme Court, and the minister said the ministry needed more time to review the case.",
                &[],
            ),
        ],
    );
}

#[test]
fn seek_extradition() {
    check(
        "seek (the extradition of …)",
        &[
            (
                "France is seeking the extradition from Tunisia of two men suspected of helping plan the Nice church attack.",
                &[d(&["France"], &["Tunisia"], Justice)],
            ),
            (
                "Spain sought the extradition of a Moroccan suspect in the Barcelona van attack.",
                &[d(&["Spain"], &[], Justice)],
            ),
            (
                "Pakistan has sought Afghanistan's help in arresting the planners of the Peshawar mosque bombing.",
                &[d(&["Pakistan"], &["Afghanistan"], Justice)],
            ),
            (
                "India sought the extradition of the Mumbai attack suspect from the United States.",
                &[d(&["India"], &["United States"], Justice)],
            ),
            // What is sought after adjectives of its kind.
            (
                "The Kashmir Hotel Owners Federation on Monday sought a security audit of all hotels in Srinagar.",
                &[d(&["Kashmir Hotel Owners Federation"], &[], Other).or(Counterterrorism)],
            ),
            (
                "Amnesty International sought an independent judicial inquiry into the killings in Kasur.",
                &[d(&["Amnesty International"], &[], Justice)],
            ),
            // Notices and warrants sought of a police body or a court.
            (
                "Superintendent Rafiqul Haque said the unit had also sought Interpol red notices for both men.",
                &[d(&["Rafiqul Haque"], &[], Justice)],
            ),
            (
                "Chief prosecutor Lena Brandt sought arrest warrants for the two militia commanders.",
                &[d(&["Lena Brandt"], &[], Justice)],
            ),
            // Guarantees and assurances sought of a party are asked of it.
            (
                "Ethiopia's chief negotiator said the government had sought guarantees from the panel that the TPLF's heavy weapons would be handed over by January.",
                &[d(&["Ethiopia"], &[], Counterterrorism).or(Ceasefire).or(Justice)],
            ),
            (
                "Kenya has sought firm commitments from Somalia that the border crossings will stay open to traders.",
                &[d(&["Kenya"], &[], Cooperation).or(Humanitarian).or(Other)],
            ),
        ],
    );
}

#[test]
fn insist_that_must() {
    check(
        "insist that … must",
        &[
            (
                "Egypt insisted that Israel must allow aid through the Rafah crossing.",
                &[d(&["Egypt"], &["Israel"], Humanitarian)],
            ),
            (
                "Ethiopia's foreign ministry insisted that Egypt must return to negotiations on the dam.",
                &[d(&["Ethiopia"], &["Egypt"], Negotiation)],
            ),
            (
                "Indian External Affairs Minister Rohan Mehta insisted that Pakistan must end its support for cross-border terrorism.",
                &[d(&["Rohan Mehta", "India"], &["Pakistan"], Counterterrorism)],
            ),
            (
                "Qatar's prime minister insisted that both Israel and Hamas must return to the table.",
                &[d(&["Qatar"], &["Israel", "Hamas"], Negotiation)],
            ),
        ],
    );
}

#[test]
fn warn_against() {
    check(
        "warn X against",
        &[
            (
                "The United States warned Iran against arming the Houthis.",
                &[d(&["United States"], &["Iran"], Counterterrorism).not_by(&["Houthis"])],
            ),
            (
                "Saudi Arabia warned Israel against launching a ground offensive in Rafah.",
                &[d(&["Saudi Arabia"], &["Israel"], Ceasefire)],
            ),
            (
                "Turkish President Recep Tayyip Erdogan warned Sweden against giving PKK militants a safe haven.",
                &[d(&["Recep Tayyip Erdogan", "Turkey"], &["Sweden"], Counterterrorism).not_by(&["PKK"])],
            ),
            (
                "China warned the Philippines against any further incursions near Scarborough Shoal.",
                &[d(&["China"], &["Philippines"], Other).or(Ceasefire)],
            ),
            // What is warned against may open on a word that elsewhere foretells ("going",
            // "used"): after "against" it is the action, not a forecast.
            (
                "The Pakistani Taliban warned civilians against going near army convoys.",
                &[d(&["Tehrik-e-Taliban Pakistan"], &[], Humanitarian).or(Other)],
            ),
            (
                "Egypt warned Ethiopia against going ahead with the second filling of the dam.",
                &[d(&["Egypt"], &["Ethiopia"], Other)],
            ),
            // A long object: the parties warned, and where they are.
            (
                "Thailand warned both the Myanmar army and the Karen fighters in Kayin State against firing toward Thai villages.",
                &[d(&["Thailand"], &["Myanmar army"], Ceasefire).or(Other)],
            ),
            (
                "The Oromo Liberation Army warned foreign mining companies operating in the Guji zone against signing contracts with the government.",
                &[d(&["Oromo Liberation Army"], &[], Other).or(Cooperation)],
            ),
            (
                "Ukraine warned aid groups against being used by Russia for propaganda.",
                &[d(&["Ukraine"], &[], Humanitarian).or(Other).not_by(&["Russia"])],
            ),
            // An addressee set off by its apposition before "against".
            (
                "Turkey warned the Sinjar Resistance Units (YBŞ), a Yazidi armed group formed in 2014, against using the agreement as a shield.",
                &[d(&["Turkey"], &["Sinjar Resistance Units"], Counterterrorism).or(Other)],
            ),
            (
                "The Nigerian Army warned the movement's armed wing, the Eastern Security Network, against attacking soldiers at checkpoints.",
                &[d(&["Nigerian Army"], &["Eastern Security Network"], Ceasefire).or(Other)],
            ),
            ("Egypt warned the talks were going nowhere without guarantees.", &[]),
            (
                "Egypt warned that the talks, which resumed in Cairo, were going nowhere, against the advice of mediators.",
                &[],
            ),
        ],
    );
}

#[test]
fn warn_to() {
    check(
        "warn X to / not to, but not 'warned it would'",
        &[
            (
                "The Baloch Liberation Army warned China to stop work on the port at Gwadar.",
                &[d(&["Baloch Liberation Army"], &["China"], Other)],
            ),
            (
                "Al-Shabaab fighters warned the villagers of Bulo Marer to leave the town before Friday.",
                &[d(&["Al-Shabaab"], &[], Other)],
            ),
            (
                "Iran warned the United States to stay out of the dispute over the islands.",
                &[d(&["Iran"], &["United States"], Other).or(Ceasefire)],
            ),
            ("Russia warned it would respond to any deployment of missiles in Finland.", &[]),
            ("Analysts warned the ceasefire was likely to collapse within weeks.", &[]),
        ],
    );
}

#[test]
fn nominal_cue_is_its_possessors() {
    check(
        "'welcomed Washington's pressure on Baghdad to …': the possessor asks, not the subject",
        &[
            (
                "The Kurdistan Regional Government welcomed Washington's pressure on Baghdad to bring the factions under state control.",
                &[d(&["United States"], &["Iraq"], Counterterrorism).not_by(&["Kurdistan Regional Government"])],
            ),
            (
                "Kenya backed the European Union's call for an immediate ceasefire in Sudan.",
                &[d(&["European Union"], &[], Ceasefire).not_by(&["Kenya"])],
            ),
            (
                "Baghdad did not say whether it would act on Ankara's demand for the listing of the PKK as a terrorist organisation.",
                &[d(&["Turkey"], &[], Sanctions).not_by(&["Iraq"])],
            ),
            // "the request of X for …": the party after "of" makes it.
            (
                "The Community notes the request of the Government of Guyana for technical assistance from the Regional Security System.",
                &[d(&["Guyana"], &[], Cooperation).or(Other)],
            ),
            (
                "The summit noted the requests of the families for news of the missing crew.",
                &[],
            ),
            // A sentence opening on "Her call for …" takes up the person named before.
            (
                "Chiara Fontanesi of Brothers of Italy said the network was a danger to the state. Her call for a ban on the network was applauded from the government benches.",
                &[d(&["Chiara Fontanesi"], &[], Sanctions)],
            ),
            (
                "Officials in Islamabad dismissed Kabul's demand for the release of the detained traders.",
                &[d(&["Afghanistan"], &[], Humanitarian).not_by(&["Pakistan"])],
            ),
            // A negation before the possessor is the verb's whose object the demand is.
            (
                "The Security Council could not ignore Algeria's demand for an independent inquiry into the strike on the school.",
                &[d(&["Algeria"], &[], Justice).not_by(&["United Nations Security Council"])],
            ),
            // A possessor named only by what it is points back.
            (
                "Nepal's foreign ministry said the attackers had been trained in India. The ministry's call on New Delhi to share intelligence on the camps went unanswered.",
                &[d(&["Nepal"], &["India"], Cooperation)],
            ),
            (
                "Kenya's interior minister, Kithure Kindiki, visited Mandera on Monday. The minister's appeal to donors to fund the drought response has raised little money.",
                &[d(&["Kithure Kindiki"], &[], Humanitarian)],
            ),
            (
                "Nairobi has never accepted Mogadishu's demand for the withdrawal of Kenyan troops from Gedo.",
                &[d(&["Somalia"], &[], Ceasefire).or(Other).not_by(&["Kenya"])],
            ),
        ],
    );
}

#[test]
fn a_demand_renewed_or_stated_as_ones_own() {
    check(
        "'renewed its demand for …', 'repeated its demand that …', 'Our demand for … is clear' (but not 'rejected their demand for …')",
        &[
            (
                "The Baloch Yakjehti Committee has renewed its demand for the recovery of some 1,400 people.",
                &[d(&["Baloch Yakjehti Committee"], &[], Humanitarian).or(Other)],
            ),
            (
                "Hamas repeated its demand that Israel withdraw all its forces from Gaza.",
                &[d(&["Hamas"], &[], Ceasefire)],
            ),
            (
                "The Secretary-General condemns the attack in Cap-Haïtien. He reiterates his appeal for the full funding of the humanitarian response plan.",
                &[d(&["Secretary-General"], &[], Humanitarian)],
            ),
            (
                "\"Our demand for the dismantling of the TTP's sanctuaries in Afghanistan is clear,\" Pakistan's foreign office spokeswoman Saima Qazi said.",
                &[d(&["Saima Qazi"], &[], Counterterrorism).not_by(&["TTP"])],
            ),
            ("The government rejected their demand for a referendum on the constitution.", &[]),
        ],
    );
}

#[test]
fn asked_only_that() {
    check(
        "'asked only that …', 'asked simply that …': an adverb between the verb and its 'that'",
        &[
            (
                "At the funeral in Suarez, the girl's uncle, Ferney Ipia, asked only that the town be left in peace.",
                &[d(&["Ferney Ipia"], &[], Ceasefire).or(Other)],
            ),
            (
                "The mayor of Kidal, Ahmed Ag Intalla, asked simply that the aid convoys be allowed through.",
                &[d(&["Ahmed Ag Intalla"], &[], Humanitarian)],
            ),
            (
                "The opposition leader, Raila Odinga, asked again that the electoral commission publish the results.",
                &[d(&["Raila Odinga"], &[], Other)],
            ),
            ("Asked only whether the talks would resume, the minister Ana Ruiz said nothing.", &[]),
        ],
    );
}

#[test]
fn french_quotation_marks_open_what_is_asked() {
    check(
        "'implored the commanders to « take the war out of our streets »'",
        &[
            (
                "Nouri el-Taher, a shopkeeper whose store was burned, implored the commanders of both brigades to « take the war out of our streets ».",
                &[d(&["Nouri el-Taher"], &[], Ceasefire)],
            ),
            (
                "The Malian opposition leader Ismael Sacko urged the junta « to open a dialogue with all the armed movements ».",
                &[d(&["Ismael Sacko"], &[], Negotiation)],
            ),
            (
                "Cardinal Dieudonné Nzapalainga called on the fighters to «lay down their weapons».",
                &[d(&["Dieudonné Nzapalainga"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn nominal_forms() {
    check(
        "nominal forms (call on, demand for, appeal for, pressure on)",
        &[
            (
                "Pakistan repeated its call on the Taliban administration to act against the TTP.",
                &[d(&["Pakistan"], &["Taliban"], Counterterrorism).not_by(&["TTP"])],
            ),
            (
                "Kenya issued a call on Ethiopia and Eritrea to exercise restraint.",
                &[d(&["Kenya"], &["Ethiopia", "Eritrea"], Ceasefire)],
            ),
            (
                "Ghana's demand for an independent inquiry into the border killings has gone unanswered.",
                &[d(&["Ghana"], &[], Justice)],
            ),
            (
                "The United Nations renewed its appeal for unhindered humanitarian access to Tigray.",
                &[d(&["United Nations"], &[], Humanitarian)],
            ),
            (
                "UN chief Antonio Guterres reiterated a call “for an end to all acts of sectarian violence” in Plateau State.",
                &[d(&["Antonio Guterres"], &[], Ceasefire)],
            ),
            (
                "The United States stepped up pressure on Serbia to hand over the gunmen behind the Banjska attack.",
                &[d(&["United States"], &["Serbia"], Justice)],
            ),
            (
                "Hamas's demand to meet the families of the prisoners before any exchange was rejected by Israel.",
                &[d(&["Hamas"], &[], Humanitarian).or(Other).not_by(&["Israel"])],
            ),
        ],
    );
}

#[test]
fn nominal_forms_of_the_first_person_and_of_pressure_from_a_party() {
    check(
        "'We reiterate our request to X to …', 'We renew our appeal to X to …'; 'came under pressure from A and B to …', 'amid mounting pressure from A on B to …' (A presses; feeling or resisting pressure, or a guess that someone is under it, asks nothing)",
        &[
            (
                "\"We reiterate our request to the Malian authorities to grant our investigators access to Moura,\" said Anders Lund, a UN spokesman.",
                &[d(&["Anders Lund"], &["Mali"], Justice).or(Humanitarian).quoted()],
            ),
            (
                "\"We renew our appeal to the international community to fund the refugee response in Chad,\" said Mariam Sow, the UNHCR representative.",
                &[d(&["Mariam Sow"], &[], Humanitarian).quoted()],
            ),
            (
                "Mali came under mounting pressure from France and Germany on Monday to abandon the talks with Wagner.",
                &[d(&["France", "Germany"], &[], Negotiation).or(Other).or(Cooperation).not_by(&["Mali"])],
            ),
            (
                "The arrests came amid mounting pressure from Washington on Islamabad to act against the group's leaders.",
                &[d(&["United States"], &[], Counterterrorism).not_by(&["Pakistan"])],
            ),
            (
                "Burkina Faso has come under pressure from Paris and Abidjan to share intelligence on the convoys.",
                &[d(&["France", "Ivory Coast"], &[], Cooperation).not_by(&["Burkina Faso"])],
            ),
            ("Several families said they felt pressure from FBI agents to talk.", &[]),
            ("Nairobi must resist the pressure from donors to rush the drawdown.", &[]),
            (
                "\"The generals must be under enormous pressure from the barracks not to look weak,\" said Ousmane Diallo, an analyst.",
                &[],
            ),
        ],
    );
}

/// An armed group's call to fight is "other" (ANNOTATION's edge decisions), whatever it
/// would have its fighters strike; the same group asking a ceasefire or a release keeps
/// that category, as does a state asking for strikes on a group.
#[test]
fn category_a_militant_call_to_fight() {
    check(
        "an armed group's call to fight",
        &[
            (
                "In an audio message, ISIS-K called on its supporters to target Taliban checkpoints during Ramadan.",
                &[d(&["Islamic State Khorasan Province"], &[], Other)],
            ),
            (
                "Al-Shabaab urged its fighters to strike African Union bases along the Juba river.",
                &[d(&["Al-Shabaab"], &[], Other)],
            ),
            (
                "Hamas called on Israel to stop attacking the hospitals in northern Gaza.",
                &[d(&["Hamas"], &["Israel"], Ceasefire).or(Humanitarian)],
            ),
            (
                "The Nigerian Senate urged the army to strike the ISWAP camps on the islands of Lake Chad.",
                &[d(&["Nigerian Senate"], &[], Counterterrorism).not_by(&["ISWAP"])],
            ),
        ],
    );
}

/// "Urged on by a crowd" cheers; "called on the spinner" with nothing to do or ask for
/// chooses or visits; a sports page's "must" asks nothing however few of its words a
/// sentence holds. The calls themselves still ask, an abbreviation's stop inside them too.
#[test]
fn no_demand_cheering_choosing_or_a_sports_pages_must() {
    check(
        "urged on by; called on X with nothing asked; a sports page",
        &[
            (
                "Pakistan were cruising at 96 for one, urged on by a crowd of 25,000 in Dubai.",
                &[],
            ),
            (
                "India captain Rohan Mehta called on the spinner from the Pavilion End, and the game turned.",
                &[],
            ),
            (
                "The bowler took three wickets and the batsmen collapsed in the final overs. \
                 The umpire turned down two appeals. \
                 \"Against a side like India you must win those moments,\" coach Imran Latif said.",
                &[],
            ),
            // A text wrapped at a fixed width breaks the line between the one called on
            // and what for.
            (
                "Kenyan President William Ruto called on the leaders of the warring\nparties in Sudan to return to the talks in Jeddah.",
                &[d(&["William Ruto", "Kenya"], &[], Negotiation)],
            ),
            (
                "OIC Secretary-General Hissein Brahim Taha called on the U.N. Security Council to adopt tougher measures against the junta.",
                &[d(&["Hissein Brahim Taha"], &[], Sanctions).or(Other)],
            ),
        ],
    );
}

/// A joint statement's present tense ("Qatar and Egypt affirm that it is time for …"), a
/// document's author after a participle ("a video circulated on Telegram by X … called
/// on …"), and a request of "all members of the Committee".
#[test]
fn statements_in_the_present_videos_by_a_group_and_requests_of_all_members() {
    check(
        "affirm that it is time; a video … by X called on; requested all members of X to",
        &[
            (
                "7. The State of Qatar and the Arab Republic of Egypt affirm that it is time for the parties to begin serious negotiations on a permanent end to the war.",
                &[d(&["Qatar", "Egypt"], &[], Negotiation)],
            ),
            (
                "A video circulated on Telegram by al-Shabaab praised the attack and called on young Kenyans to join the fight.",
                &[d(&["Al-Shabaab"], &[], Other)],
            ),
            (
                "Official Spokesperson, Shri Arvind Rao: India has joined the proposal, and we have requested all members of the Committee to support the listing.",
                &[d(&["Arvind Rao"], &[], Sanctions)],
            ),
        ],
    );
}

/// A reply is speech: "X replied that Y must …", "X responded by warning that Y must …";
/// a body's or a group's name before "spokesman" or "official" is whom they speak for.
#[test]
fn replies_and_spokesmen_of_a_named_party() {
    check(
        "replied / responded that; a <party> spokesman said",
        &[
            (
                "Rwandan President Paul Kagame replied that Kinshasa must disarm the FDLR militia before any talks.",
                &[d(&["Paul Kagame", "Rwanda"], &["Democratic Republic of the Congo"], Counterterrorism)],
            ),
            (
                "Philippine President Rodrigo Duterte responded by warning that Beijing must abide by the tribunal's ruling.",
                &[d(&["Rodrigo Duterte", "Philippines"], &["China"], Justice).or(Other)],
            ),
            (
                "\"Release the aid workers without conditions,\" a UN spokesman told reporters in Geneva.",
                &[d(&["United Nations"], &[], Humanitarian)],
            ),
            (
                "Police responded to the scene within minutes and the road must now be rebuilt, the mayor said.",
                &[],
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Deontic statements, wishes, imperatives, headlines

#[test]
fn deontic_modals_naming_a_party() {
    check(
        "deontic must / should / has to / need to / more must be done by X",
        &[
            (
                "Serbia must stop obstructing the dialogue with Kosovo, the EU foreign policy chief said.",
                &[d(&["European Union"], &["Serbia"], Negotiation)],
            ),
            (
                "Israel should allow UN agencies into northern Gaza, Canadian Foreign Minister Anita Mehra said.",
                &[d(&["Anita Mehra", "Canada"], &["Israel"], Humanitarian)],
            ),
            (
                "Pakistan has to take verifiable action against Lashkar-e-Taiba, India's foreign secretary told reporters.",
                &[d(&["India"], &["Pakistan"], Counterterrorism).not_by(&["Lashkar-e-Taiba"])],
            ),
            (
                "Kenyan President William Ruto said Somalia needed to do more to stop al-Shabaab fighters crossing the border.",
                &[d(&["William Ruto", "Kenya"], &["Somalia"], Counterterrorism).not_by(&["Al-Shabaab"])],
            ),
            (
                "More must be done by Baghdad to stop PKK attacks launched from Iraqi soil, Turkey's foreign ministry said.",
                &[d(&["Turkey"], &["Iraq"], Counterterrorism).not_by(&["PKK"])],
            ),
        ],
    );
}

#[test]
fn two_obligations_in_one_sentence() {
    check(
        "deontic: 'X must … and Y must …' and 'must … and must …' are two demands; 'X must act, and it must act now' one",
        &[
            (
                "Turkey's foreign ministry said the rebels must stop attacking the border and Baghdad must expel the PKK.",
                &[
                    d(&["Turkey"], &[], Ceasefire).or(Other).text_lacks("Baghdad"),
                    d(&["Turkey"], &["Iraq"], Counterterrorism).text_has("Baghdad must expel"),
                ],
            ),
            (
                "\"The rebels must stop attacking the Kingdom and must stop using Yemeni territory to threaten our neighbours,\" Yemen's interior minister said.",
                &[
                    d(&["Yemen"], &[], Ceasefire).or(Other),
                    d(&["Yemen"], &[], Counterterrorism).or(Other).or(Ceasefire).text_lacks("attacking"),
                ],
            ),
            (
                "\"The United States must be held accountable for this crime and must respect the will of the Iraqi people,\" Iran's foreign ministry spokesman said.",
                &[
                    d(&["Iran"], &[], Justice),
                    d(&["Iran"], &[], Other).or(Justice).text_has("respect the will").text_lacks("accountable"),
                ],
            ),
            (
                "\"Pakistan must act, and it must act now, against the groups that use its soil,\" India's prime minister said.",
                &[d(&["India"], &["Pakistan"], Counterterrorism).or(Other)],
            ),
        ],
    );
}

#[test]
fn an_unnamed_spokesman_speaks_for_who_qualifies_him() {
    check(
        "speaker: '…,” Iran's foreign ministry spokesman said' is Iran, as an office would be",
        &[
            (
                "\"Israel must open the crossings now,\" Iran's foreign ministry spokesman said on Monday.",
                &[d(&["Iran"], &["Israel"], Humanitarian)],
            ),
            (
                "The Turkish defence ministry spokesman called on Baghdad to stop PKK attacks launched from Sinjar.",
                &[d(&["Turkey"], &["Iraq"], Counterterrorism)],
            ),
            (
                "\"Kabul must hand over the militants,\" the Pakistani foreign office spokeswoman told reporters.",
                &[d(&["Pakistan"], &["Afghanistan"], Justice).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_press_reviews_outlets_speak_their_sections() {
    check(
        "press review: 'Jang⏎⏎… The paper urged …', 'CHERAGH⏎⏎[Dari daily] The paper demanded …' are the outlets",
        &[
            (
                "Pakistan press 14 Nov: Urdu dailies demand action\n\nJang\n\nKarachi-based Jang, the largest Urdu daily, said the killers must be caught. The paper urged Kabul to hand over the commanders sheltering there.\n\nMashriq\n\nPeshawar's Mashriq was angrier. It asked the political agent to hold an open jirga in Khar.",
                &[
                    d(&["Jang"], &[], Justice),
                    d(&["Jang"], &["Afghanistan"], Justice).or(Counterterrorism),
                    d(&["Mashriq"], &[], Negotiation).or(Other),
                ],
            ),
            (
                "Afghan press highlights 12 Jul\n\nCHERAGH\n\n[Independent Dari daily] The paper demanded that the UN Security Council add the names of Taliban commanders to its sanctions list.\n\nERADA\n\n[Dari daily] In an editorial, the paper said Pakistan should arrest the Taliban leaders in Quetta.",
                &[
                    d(&["CHERAGH"], &["UN Security Council"], Sanctions).not_by(&["ERADA"]),
                    d(&["ERADA"], &["Pakistan"], Counterterrorism).or(Justice).not_by(&["CHERAGH"]),
                ],
            ),
            // A section's heading that no outlet's sentence opens on ("PRESS") is no
            // outlet: "The paper" after "Al-Sabah said …" is Al-Sabah.
            (
                "Iraqi press highlights 19 May\n\nPRESS\n\nState-owned Al-Sabah said the fall of Ramadi was a bitter lesson. The paper said Baghdad must arm the tribes of Anbar directly.",
                &[d(&["~Al-Sabah"], &["Iraq"], Other).or(Counterterrorism).not_by(&["PRESS"])],
            ),
            // A story's subheading is no outlet: "the paper" there is a document.
            (
                "Ministers met in Geneva on Monday.\n\nBackground\n\nThe Swiss foreign ministry circulated a discussion paper. Switzerland urged both sides to resume talks.",
                &[d(&["Switzerland"], &[], Negotiation).not_by(&["Background"])],
            ),
        ],
    );
}

#[test]
fn a_log_of_posts_speaks_with_each_posts_account() {
    check(
        "posts: '[12/02/2024 22:14] X - Ministry of Defence @DefenceHQ' over a post is who asks",
        &[
            (
                "Social media log, 12-13 February\n\n[12/02/2024 21:30] X - U.S. Central Command @CENTCOM\nThese reckless attacks must stop. We call on the Houthis to release the crew of the Galaxy Leader.\n\n[13/02/2024 00:26] X - Hossein Amirzadeh @IRIMFA_SPOX [Iranian Foreign Ministry spokesman]\nThe US and UK must immediately stop their aggression against Yemen.",
                &[
                    d(&["U.S. Central Command"], &[], Ceasefire).not_by(&["Iran"]),
                    d(&["U.S. Central Command"], &["Houthis"], Humanitarian).not_by(&["Iran"]),
                    d(&["Iran"], &["United States", "United Kingdom"], Ceasefire).not_by(&["U.S. Central Command"]),
                ],
            ),
            (
                "Posts after the strike\n\n[12/02/2024 19:42] Telegram - Ansarullah military media channel (t.me/army21ye)\nWe warn all shipping companies against dealing with the ports of occupied Palestine.\n\n[13/02/2024 06:48] X - EUNAVFOR ASPIDES @EUNAVFOR_ASP\nWe call on all merchant vessels to report any suspicious activity to UKMTO.",
                &[
                    d(&["Houthis"], &[], Other).or(Counterterrorism).not_by(&["EUNAVFOR Aspides"]),
                    d(&["EUNAVFOR Aspides"], &[], Other).or(Counterterrorism).or(Cooperation).not_by(&["Houthis"]),
                ],
            ),
        ],
    );
}

#[test]
fn a_verb_of_asking_inside_what_a_modal_asks() {
    check(
        "deontic: 'Pakistan needs to stop expecting Kabul to …' is one demand of Pakistan, none of Kabul",
        &[
            (
                "\"Pakistan needs to stop expecting Kabul to solve its problem,\" India's foreign minister said.",
                &[d(&["India"], &["Pakistan"], Other).not_to(&["Afghanistan"])],
            ),
            (
                "The EU said Serbia must stop urging Kosovo Serbs to boycott the vote.",
                &[d(&["European Union"], &["Serbia"], Other).or(Negotiation).not_to(&["Kosovo"])],
            ),
        ],
    );
}

#[test]
fn a_cue_coordinated_inside_a_clause_of_time() {
    check(
        "speaker: '…, when the TTP declared the truce over and called on its fighters …' is the TTP",
        &[
            (
                "Haqbin said Pakistan should talk to the group. The cease-fire collapsed in November, when the TTP declared the truce over and called on its fighters to carry out attacks.",
                &[
                    d(&["Haqbin"], &["Pakistan"], Negotiation).or(Other),
                    d(&["TTP"], &[], Other).not_by(&["Haqbin"]),
                ],
            ),
            (
                "Mogadishu had hoped for calm. The talks broke down, when al-Shabaab seized the town and called on residents to leave.",
                &[d(&["Al-Shabaab"], &[], Other).or(Humanitarian).not_by(&["Somalia"])],
            ),
        ],
    );
}

#[test]
fn a_subject_and_the_name_it_calls_itself() {
    check(
        "speaker: 'The insurgents, who call themselves X, demanded …' is X",
        &[
            (
                "Islamic State has claimed attacks across Africa. The insurgents, who call themselves Ahlu Sunnah wal Jamaah and whom the United States designated in March, have demanded that all foreigners leave the province.",
                &[d(&["ISIS-Mozambique"], &[], Other).not_by(&["Islamic State", "United States"])],
            ),
            (
                "The Taliban denied any role. The militants, also known as the Tehrik-e-Taliban Pakistan, demanded that Islamabad release their commanders.",
                &[d(&["Tehrik-e-Taliban Pakistan"], &["Pakistan"], Humanitarian).not_by(&["Taliban"])],
            ),
            (
                "Iran blamed Pakistan for the attack. The terrorist group, which calls itself Jaish al-Adl, urged Baluch youths to join its ranks.",
                &[d(&["Jaish al-Adl"], &[], Other).not_by(&["Iran", "Pakistan"])],
            ),
        ],
    );
}

#[test]
fn a_verb_of_asking_with_nothing_asked() {
    check(
        "'if the government asks for it', 'whatever Baghdad asks for', 'as UNICEF has demanded.' ask for nothing the text says",
        &[
            (
                "We stand ready to provide further support if the Philippine Government asks for it, the US embassy said.",
                &[],
            ),
            (
                "Iran's ambassador said Tehran stands ready to provide whatever the Iraqi government asks for.",
                &[],
            ),
            (
                "Manila asked Washington for more surveillance drones, and Washington said it would send them if Manila asks for it.",
                &[d(&["Philippines"], &["United States"], Cooperation).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_guess_at_a_number_is_no_obligation() {
    check(
        "epistemic: 'There must be at least 10,000 rockets left' guesses; 'There must be accountability' asks",
        &[
            (
                "\"There must be at least 10,000 rockets left in their depots, maybe more,\" Israel's defence minister said.",
                &[],
            ),
            (
                "\"There must be thousands of foreign fighters in the camp,\" the Kurdish official told reporters in Hasakah.",
                &[],
            ),
            (
                "\"There must be accountability for the killings in Sinjar,\" Iraq's foreign minister said.",
                &[d(&["Iraq"], &[], Justice)],
            ),
            // A guess at a cause.
            (
                "\"There must be a reason why the militants grew stronger under the foreign mission,\" Russia's delegate said.",
                &[],
            ),
            (
                "\"There must be something wrong with a strategy that has failed for nine years,\" the Malian foreign minister said.",
                &[],
            ),
        ],
    );
}

#[test]
fn speaker_he_after_a_states_unnamed_voice() {
    check(
        "France's delegate said …. He urged …: 'he' and 'she' go on with the state or body an unnamed delegate spoke for, not the last person named",
        &[
            (
                "Ibrahima Soumaré, the UN envoy, called on donors to fund the plan. France’s delegate said his country was not leaving the region. He urged the Malian authorities to end their cooperation with the Wagner Group. Those responsible for the Moura massacre must be held accountable, he said.",
                &[
                    d(&["Ibrahima Soumaré"], &[], Humanitarian).or(Cooperation),
                    d(&["France"], &["Mali"], Cooperation).or(Counterterrorism).not_by(&["Ibrahima Soumaré"]),
                    d(&["France"], &[], Justice).not_by(&["Ibrahima Soumaré"]),
                ],
            ),
            (
                "Amina Diallo, the rapporteur, asked the Council to act.\n\nThe representative of Qatar rejected the report. Israel should allow aid into the north, she said.",
                &[
                    d(&["Amina Diallo"], &[], Other),
                    d(&["Qatar"], &["Israel"], Humanitarian).not_by(&["Amina Diallo"]),
                ],
            ),
            // A named person who speaks after the delegate is who "he" is then.
            (
                "France’s delegate said his country was not leaving the region. Ambassador Karim Benali of Algeria took the floor next. He urged the parties to resume talks under the Algiers agreement.",
                &[d(&["Karim Benali"], &[], Negotiation).not_by(&["France"])],
            ),
        ],
    );
}

#[test]
fn deontic_passives() {
    check(
        "deontic passives (an agreement must be reached, those responsible must be held accountable)",
        &[
            (
                "A ceasefire agreement must be reached before the fighting spreads to Rafah, Egyptian Foreign Minister Hany Saad said.",
                &[d(&["Hany Saad", "Egypt"], &[], Ceasefire)],
            ),
            (
                "Those responsible must be held accountable, the Norwegian government said after the killing of three aid workers in Darfur.",
                &[d(&["Norway"], &[], Justice)],
            ),
            (
                "Humanitarian corridors should be opened without delay, the Turkish foreign ministry said.",
                &[d(&["Turkey"], &[], Humanitarian)],
            ),
            (
                "The perpetrators of the Quetta bombing must be brought to justice, said Pakistani Interior Minister Zahid Qureshi.",
                &[d(&["Zahid Qureshi", "Pakistan"], &[], Justice)],
            ),
        ],
    );
}

#[test]
fn obligations_in_a_statements_own_paragraph() {
    check(
        "a statement's obligation in a paragraph of its own continues its speaker",
        &[
            (
                "The European Union condemns the bombing in Quetta.\n\nThose responsible for this cowardly attack must be held accountable.",
                &[d(&["European Union"], &[], Justice)],
            ),
            (
                "Canada welcomed the release of the aid workers.\n\nAll remaining hostages must be freed without conditions.",
                &[d(&["Canada"], &[], Humanitarian)],
            ),
            (
                "The African Union deplores the renewed fighting in El Fasher.\n\nThe warring parties should return to the negotiating table in Jeddah.",
                &[d(&["African Union"], &[], Negotiation)],
            ),
            (
                "The envoy met Pakistan's prime minister on Monday.\n\nHe was expected to travel to Doha for talks with the Taliban.",
                &[],
            ),
        ],
    );
}

#[test]
fn speaker_is_an_office_never_named() {
    check(
        "speaker: \"The Secretary-General urges …\" with no holder named",
        &[
            (
                "The Secretary-General is deeply troubled by reports that three more UN staff were detained in Sana'a. He reiterates his call for the immediate and unconditional release of all UN personnel.",
                &[d(&["~Secretary-General"], &[], Humanitarian)],
            ),
            (
                "The Secretary-General strongly condemns the attack.\n\nThe Secretary-General urges Member States to fund the Gang Suppression Force.",
                &[d(&["Secretary-General"], &[], Cooperation).or(Counterterrorism)],
            ),
            (
                "The High Representative calls on all parties to exercise maximum restraint.",
                &[d(&["High Representative"], &[], Ceasefire)],
            ),
            (
                "The Secretary-General demands that the armed groups immediately release all hostages.",
                &[d(&["Secretary-General"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_few_quoted_words_inside_a_reported_clause() {
    check(
        "said X \"must …\": the quoted fragment is the reporting verb's subject's",
        &[
            (
                "Colombian chief negotiator Camilo Urrego said the ELN \"must explain\" the attack on the base.",
                &[d(&["Camilo Urrego"], &["ELN"], Other).not_by(&["ELN"])],
            ),
            (
                "Egypt's foreign minister said Israel \"must allow\" aid convoys into Rafah without delay.",
                &[d(&["Egypt"], &["Israel"], Humanitarian)],
            ),
            (
                "Kenya's president said the Shabaab \"must release\" the kidnapped doctors.",
                &[d(&["Kenya"], &["al-Shabaab"], Humanitarian).not_by(&["al-Shabaab"])],
            ),
        ],
    );
}

#[test]
fn want_plead_exhort_advise_tell_remind() {
    check(
        "wants / pleaded with / exhorted / advised / told / reminded X to",
        &[
            (
                "The United States wants Pakistan to do more against the Haqqani network.",
                &[d(&["United States"], &["Pakistan"], Counterterrorism)
                    .not_by(&["Haqqani network"])],
            ),
            (
                "France pleaded with Iran to release the detained French nationals.",
                &[d(&["France"], &["Iran"], Humanitarian)],
            ),
            (
                "Qatar exhorted Hamas and Israel to accept the ceasefire.",
                &[d(&["Qatar"], &["Hamas", "Israel"], Ceasefire)],
            ),
            (
                "Falmata Ali pleaded with the Federal Government and the insurgents holding the children to ensure their safe return.",
                &[d(&["Falmata Ali"], &[], Humanitarian).text_lacks("Federal Government")],
            ),
            (
                "Senator Ike Ekweremadu urged the army and the police officers guarding the highway to escort the traders.",
                &[d(&["Ike Ekweremadu"], &[], Humanitarian).text_lacks("police officers")],
            ),
            (
                "Germany advised Israel to allow aid into Gaza.",
                &[d(&["Germany"], &["Israel"], Humanitarian)],
            ),
            (
                "Turkey told Sweden to extradite PKK members before it ratifies NATO membership.",
                &[d(&["Turkey"], &["Sweden"], Justice).not_by(&["PKK"])],
            ),
            (
                "Norway reminded the warring parties of their obligation to protect civilians.",
                &[d(&["Norway"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn no_demand_wanting_or_telling_reporters() {
    check(
        "no demand: \"wants to\", \"told reporters that … ready to\"",
        &[
            ("Pakistan wants to resume talks with India.", &[]),
            (
                "Russian envoy Zamir Kabulov told reporters that Moscow was ready to host the talks.",
                &[],
            ),
            ("The minister told a news conference in Doha that the talks had stalled.", &[]),
        ],
    );
}

#[test]
fn the_two_plural_points_back_to_a_compound_subject() {
    check(
        "speaker: \"the two co-facilitators\", \"the two mediators\"",
        &[
            (
                "US, Saudi Arabia urge Sudan's warring parties back to Jeddah\n\nIn a joint statement, the two co-facilitators called on both parties to agree to an immediate cessation of hostilities.",
                &[
                    d(&["United States", "Saudi Arabia"], &[], Negotiation).or(Other),
                    d(&["United States", "Saudi Arabia"], &[], Ceasefire),
                ],
            ),
            (
                "Qatar and Egypt met the negotiators in Cairo on Sunday. The two mediators urged Hamas to accept the exchange of hostages.",
                &[d(&["Qatar", "Egypt"], &["Hamas"], Humanitarian).or(Ceasefire)],
            ),
            (
                "Turkey and Russia brokered the deal. The two guarantors called on the Syrian government to respect the truce in Idlib.",
                &[d(&["Turkey", "Russia"], &["Syria"], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn speaker_named_in_a_parenthesis_after_a_description() {
    check(
        "speaker: \"X's envoy to the talks, Name, on Thursday urged …\"",
        &[
            (
                "Malaysia's facilitator for the southern Thailand peace dialogue, Zainal Abidin Rahman, on Thursday urged the Thai government and the Barisan Revolusi Nasional (BRN) to agree on a truce.",
                &[d(&["Zainal Abidin Rahman"], &["Thailand"], Ceasefire).not_by(&["Thailand"])],
            ),
            (
                "The rights network's chairwoman, Rohana Mahama, implored the negotiators to protect civilians.",
                &[d(&["Rohana Mahama"], &[], Humanitarian)],
            ),
            (
                "Norway's special envoy to the region, Tor Wennesland, on Monday called on Israel and the Palestinian Authority (PA) to resume talks.",
                &[d(&["Tor Wennesland"], &["Israel"], Negotiation)],
            ),
        ],
    );
}

#[test]
fn transcripts_speaker_labels() {
    check(
        "transcript: \"Spokesperson: We have asked …\" is the person the label names",
        &[
            (
                "Spokesperson: Ambassador Saima Rehman Qazi\n\nQuestion (Anwar Abbas, Dunya News): The United States has designated the BLA. Will Pakistan approach the UN?\n\nSpokesperson: We have requested the 1267 Sanctions Committee to list the BLA.",
                &[d(&["Saima Rehman Qazi"], &[], Sanctions).not_by(&["United States"])],
            ),
            (
                "Official Spokesperson: Shri Randhir Jaiswal\n\nQuestion: Sir, what is India's position on the talks?\n\nOfficial Spokesperson: We have asked Pakistan to take credible action against the terror groups on its soil.",
                &[d(&["Randhir Jaiswal"], &["Pakistan"], Counterterrorism)],
            ),
            // A briefing's label giving the name and the office apart, either way round.
            (
                "Shri Randhir Jaiswal, Official Spokesperson: Good afternoon.\n\nQuestion: Any update on the fishermen?\n\nShri Randhir Jaiswal, Official Spokesperson: We have urged the Sri Lankan authorities to release the fishermen and their boats at the earliest.",
                &[d(&["Randhir Jaiswal"], &["Sri Lanka"], Humanitarian)],
            ),
            (
                "Official Spokesperson, Ms Mumtaz Zahra Baloch: Good afternoon.\n\nOfficial Spokesperson, Ms Mumtaz Zahra Baloch: Afghanistan should not allow its soil to be used by the TTP.",
                &[d(&["Mumtaz Zahra Baloch"], &["Afghanistan"], Counterterrorism).not_by(&["TTP"])],
            ),
            (
                "Spokesperson: Kim Ha-neul\n\nSpokesperson: The group has attacked tourists before, and we call on all countries to implement the sanctions against ISIS.",
                &[d(&["Kim Ha-neul"], &[], Sanctions).or(Counterterrorism).not_by(&["Islamic State"])],
            ),
            (
                "Spokesperson: Kim Ha-neul\n\nSpokesperson: China must not take any action in the zone, and we call on the Chinese side to remove the structure. We hope the Chinese side will respond constructively at the talks.",
                &[
                    d(&["Kim Ha-neul"], &["China"], Other),
                    d(&["Kim Ha-neul"], &["China"], Other),
                    d(&["Kim Ha-neul"], &["China"], Negotiation).or(Other),
                ],
            ),
        ],
    );
}

#[test]
fn verbatim_record_labels_with_the_state_in_brackets() {
    check(
        "verbatim record: 'Mr. Zhou (China): We urge …' is the delegate and his state",
        &[
            (
                "The President: I give the floor to the representative of Kenya.\n\nMr. Otieno (Kenya): Al-Shabaab is moving money through mobile wallets. We urge the 751 Committee to list its financiers without delay.\n\nMs. Haugen (Norway): We call on all parties to allow humanitarian access to Gedo.",
                &[
                    d(&["Otieno", "Kenya"], &[], Sanctions).not_by(&["Norway", "Al-Shabaab"]),
                    d(&["Haugen", "Norway"], &[], Humanitarian).not_by(&["Kenya"]),
                ],
            ),
            (
                "Mr. Rahimov (Uzbekistan): The Taliban must not allow Afghan territory to be used against its neighbours.",
                &[d(&["Uzbekistan"], &["Taliban"], Counterterrorism)],
            ),
            (
                "Mrs. Alvarado (Chile): My delegation asks the Secretariat to publish the report in all official languages.",
                &[d(&["Chile"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn hearing_records_labels_closed_by_a_full_stop() {
    check(
        "hearing record: '    Mr. Holloway. … I urge …' is the member the label names, over paragraphs",
        &[
            (
                "    The subcommittee met at 2:05 p.m., Hon. Leonard Holloway (chairman of the subcommittee) presiding.\n\n    Mr. Holloway. The subcommittee will come to order.\n\n    Let me be direct. I urge the administration to increase its support for AMISOM. And Eritrea must stop arming these groups.",
                &[
                    d(&["Leonard Holloway"], &[], Cooperation).or(Other).or(Counterterrorism),
                    d(&["Leonard Holloway"], &["Eritrea"], Counterterrorism).or(Other).or(Ceasefire),
                ],
            ),
            (
                "    I now recognize the ranking member, Mr. Strickler.\n\n    Mr. Strickler. Thank you, Mr. Chairman. Ambassador, in March you insisted that the group was in retreat. The administration needs to explain how much of the aid has reached soldiers in Somalia.",
                &[d(&["Strickler"], &[], Other).or(Cooperation).or(Humanitarian)],
            ),
            (
                "    We will now hear from Ambassador Marcus Feeney, Deputy Assistant Secretary of State.\n\n    Ambassador Feeney. Thank you, Mr. Chairman. We call upon Eritrea to cease all support to armed groups in Somalia.",
                &[d(&["Marcus Feeney"], &["Eritrea"], Counterterrorism).or(Ceasefire)],
            ),
        ],
    );
}

#[test]
fn an_interviews_answers_are_the_interviewees_not_the_bylines() {
    check(
        "interview: 'Khattak: … Kabul must …' under a byline is the one the label names",
        &[
            (
                // A site's menu names its opinion pages: the byline is still no answer's.
                "Home | World | Opinion | Magazine\n\nInterior Minister Sardar Azmat Khattak on the Afghan Taliban\n\nAyesha Rind | Published March 19, 2023\n\nSardar Azmat Khattak became interior minister in January.\n\nQ: What have you asked of the Afghan Taliban?\n\nKhattak: We have told them clearly. I personally asked Mawlawi Nooruddin Saqib, their acting interior minister, to shut down the camps. Kabul must hand over the TTP leaders living in Kunar.",
                &[
                    d(&["Azmat Khattak"], &["Nooruddin Saqib"], Counterterrorism).or(Other).not_by(&["Ayesha Rind"]),
                    d(&["Azmat Khattak"], &["Afghanistan"], Counterterrorism).or(Justice).not_by(&["Ayesha Rind"]),
                ],
            ),
            (
                "Home | World | Opinion | Magazine\n\nInterior Minister Sardar Azmat Khattak on refugees\n\nAyesha Rind | Published March 19, 2023\n\nSardar Azmat Khattak became interior minister in January.\n\nQ: What about the Afghan families in Karachi?\n\nKhattak: I appeal to UNHCR and the donor countries to help with their dignified return.",
                &[d(&["Azmat Khattak"], &["UNHCR"], Humanitarian).or(Cooperation).not_by(&["Ayesha Rind"])],
            ),
            (
                "Sahel expert: \"Europe cannot look away\"\n\nSecurity researcher Aissatou Kane spoke to us.\n\nInterview: Jonas Wiedemann\n\nDW: Dr. Kane, what should happen now?\n\nKane: ECOWAS and the AES need to restore intelligence sharing.",
                &[d(&["Aissatou Kane"], &[], Cooperation).not_by(&["Jonas Wiedemann"])],
            ),
        ],
    );
}

#[test]
fn transcripts_we_is_the_floor_holder_whoever_the_answer_reports() {
    check(
        "transcript: the spokesperson's 'we' after reporting what a minister did",
        &[
            (
                "Spokesperson: Mr. Hichem Ben Ammar\n\nGood morning. The Minister of Foreign Affairs, Mr. Mohamed Nouira, condemned the attack on Monday. We call on the Libyan authorities to arrest the suspects without delay.",
                &[d(&["Hichem Ben Ammar"], &["Libya"], Justice).not_by(&["Mohamed Nouira"])],
            ),
            (
                "Spokesperson: Maria Zakharova\n\nForeign Minister Sergei Lavrov met his Turkish counterpart in Antalya on Friday. We urge Kyiv to return to the negotiating table.",
                &[d(&["Maria Zakharova"], &["Ukraine"], Negotiation).not_by(&["Sergei Lavrov"])],
            ),
            (
                "Official Spokesperson: Shri Randhir Jaiswal\n\nThe External Affairs Minister, Dr. S. Jaishankar, spoke to his counterpart yesterday. We expect Dhaka to ensure the safety of the minorities.",
                &[d(&["Randhir Jaiswal"], &["Bangladesh"], Humanitarian).not_by(&["S. Jaishankar"])],
            ),
        ],
    );
}

#[test]
fn speaker_before_an_apposition_that_lists() {
    check(
        "speaker: 'X, a coalition of Burkinabè, Malian and Nigerien groups, calls on' is X",
        &[
            (
                "The Sahel Civilian Protection Network (SCPN), a coalition of Burkinabè, Malian and Nigerien aid groups, today calls on all parties to allow food convoys into Djibo.",
                &[d(&["Sahel Civilian Protection Network"], &[], Humanitarian).not_by(&["Burkina Faso", "Mali", "Niger"])],
            ),
            (
                "Kenya, Uganda and Tanzania, the three partner states, called on Somalia to hold the elections on time.",
                &[d(&["Kenya", "Uganda", "Tanzania"], &["Somalia"], Other)],
            ),
            (
                "The Andean Human Rights Forum, which groups Peruvian, Bolivian and Ecuadorian lawyers, urged Lima to release the detained protesters.",
                &[d(&["Andean Human Rights Forum"], &["Peru"], Humanitarian).not_by(&["Bolivia", "Ecuador"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_name_before_a_relative_clause() {
    check(
        "speaker: 'Amadou Boly, who presents himself as the group's emir, warned …' is a person",
        &[
            (
                "Residents fled. In an audio message circulated in June, Amadou Boly, who presents himself as the local emir, warned the inhabitants of Djibo against farming near the road.",
                &[d(&["Amadou Boly"], &[], Other)],
            ),
            (
                "Talks stalled again. Teodoro Salcedo, who leads the displaced families' committee, asked the governor to reopen the road to Tumaco.",
                &[d(&["Teodoro Salcedo"], &[], Humanitarian).or(Other)],
            ),
            (
                "The strike spread to the port. Meron Tesfaye, who chairs the dockers' union, urged the government to release the arrested organisers.",
                &[d(&["Meron Tesfaye"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_before_an_adverb_read_as_adjective() {
    check(
        "speaker: 'The Ministry further requests …' — an adverb before the verb",
        &[
            (
                "Manama, 20 April 2027\n\nThe Ministry of Foreign Affairs condemned the attack. The Ministry further requests Iraq to share what it knows about the third suspect.",
                &[d(&["Bahrain"], &["Iraq"], Cooperation).or(Other)],
            ),
            (
                "The African Union later requests the parties to resume talks in Addis Ababa.",
                &[d(&["African Union"], &[], Negotiation)],
            ),
            (
                "Qatar first demands that both sides free the hostages held since March.",
                &[d(&["Qatar"], &[], Ceasefire).or(Humanitarian)],
            ),
        ],
    );
}

#[test]
fn the_kingdom_in_a_kingdoms_statement() {
    check(
        "'the Kingdom' in a release from a kingdom's capital is that state",
        &[
            (
                "Riyadh, 3 March 2027\n\nThe Kingdom calls on the Houthis to stop attacking ships in the Red Sea.",
                &[d(&["Saudi Arabia"], &["Houthis"], Ceasefire)],
            ),
            (
                "AMMAN, May 9 - The Kingdom urged Israel to allow aid trucks into northern Gaza.",
                &[d(&["Jordan"], &["Israel"], Humanitarian)],
            ),
            (
                "Rabat, 12 June 2027\n\nThe Kingdom of Spain was thanked for its cooperation. The Kingdom asks its partners to share intelligence on networks in the Sahel.",
                &[d(&["Morocco"], &[], Cooperation).not_by(&["Spain"])],
            ),
        ],
    );
}

#[test]
fn a_quotation_after_an_attributed_one_is_the_same_speakers() {
    check(
        "'“…,” said X, a …. “Let them go home.”': the next quotation is X's, not a party named inside the first",
        &[
            (
                "\"Whatever dispute Tehran has with the owners, the crew have nothing to do with it,\" said Dr. Nalini Raghavan, the centre's director of advocacy. \"Let them call their families, and let them go home.\"",
                &[d(&["Nalini Raghavan"], &[], Humanitarian).not_by(&["Iran"])],
            ),
            (
                "\"Kabul knows where these men sleep,\" said Asif Durrani, a former envoy. \"Send them back to face trial in Peshawar.\"",
                &[d(&["Asif Durrani"], &[], Justice).not_by(&["Afghanistan"])],
            ),
            (
                "\"Give us colleagues, not speeches,\" Marc Hendrickx, a union delegate, told reporters. \"Put two guards on every night train.\"",
                &[
                    d(&["Marc Hendrickx"], &[], Other),
                    d(&["Marc Hendrickx"], &[], Other).or(Humanitarian),
                ],
            ),
            // The first quotation asks nothing: the second is still its speaker's, not the
            // last party that asked.
            (
                "Maricel Santos, the wife of the ship's cook, waited in Manila. Houthi spokesman Adel Basalamah said the crew were safe.\n\n\"He called me on Wednesday and said everything was normal,\" she said. \"Please, bring him home. He is just a worker.\"",
                &[d(&["Maricel Santos"], &[], Humanitarian).not_by(&["Adel Basalamah"])],
            ),
            (
                "Fatima Bello lost her shop in the raid. The governor, Umar Namadi, said the army had the situation under control.\n\n\"They took everything we had in the shop,\" Bello said. \"Send soldiers who will stay with us.\"",
                &[d(&["Fatima Bello"], &[], Humanitarian).or(Counterterrorism).or(Other).not_by(&["Umar Namadi"])],
            ),
        ],
    );
}

#[test]
fn speaker_he_or_she_agrees_with_the_honorific() {
    check(
        "speaker: 'she' is never the 'Mr' who spoke last, nor 'he' the 'Ms'",
        &[
            (
                "\"We will hunt them down,\" Mr Langat said. Mary Odhiambo accused the government of neglect. \"How many more teachers must die?\" she asked. She demanded that the minister appear before the House.",
                &[d(&["Mary Odhiambo"], &[], Other).not_by(&["Langat"])],
            ),
            (
                "Ms Amina Yusuf, the committee's chairwoman, opened the hearing. Later, Ibrahim Musa spoke. She urged the army to reopen the road to Baga.",
                &[d(&["Amina Yusuf"], &[], Humanitarian).or(Other).not_by(&["Ibrahim Musa"])],
            ),
            (
                "Mr Tariq Karimi, the envoy, met the delegation on Monday. Ms Leila Haddad, the rapporteur, gave a briefing. He called on Tehran to release the detained journalists.",
                &[d(&["Tariq Karimi"], &["Iran"], Humanitarian).not_by(&["Leila Haddad"])],
            ),
            // A title in "-man" says nothing against a woman's given name.
            (
                "Peru's Ombudsman, Rocío Salazar Vega, said her office had opened a case. She urged the kidnappers to release the bus passengers.",
                &[d(&["Rocío Salazar Vega"], &[], Humanitarian)],
            ),
            (
                "The chairman of the commission, Sofía Arancibia, visited the camp. She asked the government to send water tankers.",
                &[d(&["Sofía Arancibia"], &[], Humanitarian).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_communiques_bare_summit_is_its_body() {
    check(
        "'Summit called on …' in a regional body's communiqué: the body that opens it",
        &[
            (
                "SOUTHERN AFRICAN DEVELOPMENT COMMUNITY\n\nCOMMUNIQUE OF THE EXTRAORDINARY SUMMIT\n\n1. Summit was held in Maputo on 27 February 2027.\n\n2. Summit called on the insurgents to lay down their arms.",
                &[d(&["Southern African Development Community"], &[], Ceasefire)],
            ),
            (
                "Economic Community of West African States\n\nFinal communiqué\n\nSummit urged the transitional authorities in Niamey to release the detained former president.",
                &[d(&["Economic Community of West African States"], &[], Humanitarian)],
            ),
            (
                "Intergovernmental Authority on Development\n\nCommuniqué of the 41st Extraordinary Assembly\n\nMeeting called upon the warring parties in Sudan to agree to an immediate ceasefire.",
                &[d(&["Intergovernmental Authority on Development"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn speaker_is_an_institution_named_in_full_before() {
    check(
        "'the Assembly' after 'the African Union Assembly'; a body whose acronym is of its name in another language",
        &[
            (
                "The African Union Assembly met in Addis Ababa on Sunday. In a separate decision, the Assembly requested the Commission to convene a pledging conference for the mission.",
                &[d(&["African Union"], &[], Cooperation).or(Other)],
            ),
            (
                "The Honduran Forum for Human Rights and Justice (FODEHJ), a coalition of local groups, urged the authorities to guarantee due process for every detainee.",
                &[d(&["Honduran Forum for Human Rights and Justice"], &[], Humanitarian).or(Justice)],
            ),
            (
                "The Union of Workers of Chad (UST), the main federation, demanded that the government release the jailed strike leaders.",
                &[d(&["Union of Workers of Chad"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_only_described_by_a_body_or_office() {
    check(
        "a body the text describes ('the federal prosecutor's office'), or names in capitals joined by 'and'",
        &[
            (
                "BRUSSELS – The federal prosecutor's office on Thursday asked the court to sentence the alleged ringleader to 18 years in prison.",
                &[d(&["~prosecutor"], &[], Justice)],
            ),
            (
                "The Hostages and Missing Families Forum urged the government to keep its negotiators in Doha until every captive is home.",
                &[d(&["Hostages and Missing Families Forum"], &[], Ceasefire).or(Negotiation)],
            ),
            (
                "Qatar's chief mediator, Minister of State Sultan bin Rashid Al-Marri, urged the delegations to show flexibility in the talks.",
                &[d(&["Sultan bin Rashid Al-Marri", "Qatar"], &[], Negotiation)],
            ),
            (
                "In a statement issued after midnight, Hamas demanded written guarantees from Qatar that Israel would not return to war.",
                &[d(&["Hamas"], &["Qatar"], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn a_quotation_running_on_into_the_next_paragraph() {
    check(
        "a quotation left open at a paragraph's end is attributed where it closes; 'I beg X: <ask>'",
        &[
            (
                "The plea came from Fon Tangwa Mbanyam II, the traditional ruler of Ndop.\n\n“We have buried too many sons. I beg the boys in the bush: release these nurses.\n\n“We are tired of this war,” the Fon told reporters.",
                &[d(&["Tangwa Mbanyam II"], &[], Humanitarian).quoted()],
            ),
            (
                "Governor Musa Danladi spoke at the funeral.\n\n“Our people are hungry. Open the roads so that food can reach Gusau.\n\n“We will not rest until the children are home,” said Governor Musa Danladi.",
                &[d(&["Musa Danladi"], &[], Humanitarian).quoted()],
            ),
        ],
    );
}

#[test]
fn speaker_council_members_and_title_case_headlines() {
    check(
        "'Council members' speak for the council named before; a title-case headline's capitals are no names",
        &[
            (
                "Briefing the Security Council on Tuesday, the envoy called on the rival parliaments to adopt a budget, as Council members pressed for the departure of all foreign forces from Libya.",
                &[
                    d(&[], &[], Negotiation).or(Other),
                    d(&["Security Council"], &[], Ceasefire),
                ],
            ),
            (
                "Rival Institutions Must Agree Budget, Special Representative Tells Security Council\n\nThe Special Representative of the Secretary-General, Hanna Lindqvist, briefed the Council on Tuesday. She urged the authorities in Tripoli to release 14 detained activists.",
                &[d(&["Hanna Lindqvist"], &[], Humanitarian).not_by(&["Tells"])],
            ),
        ],
    );
}

#[test]
fn speaker_is_a_body_named_in_full_with_its_state() {
    check(
        "a capitalised body no list holds ('the Sudan Doctors' Union') speaks, and 'It' after it is the body",
        &[
            (
                "Inside Dilling, the Sudan Doctors' Union said the hospital had run out of blood. It appealed to both sides to let its medical teams bring supplies from El Obeid.",
                &[d(&["Sudan Doctors' Union"], &[], Humanitarian).not_by(&["Sudan"])],
            ),
            (
                "The Kenya National Union of Teachers demanded protection for the teachers of the border schools after the attack.",
                &[d(&["Kenya National Union of Teachers"], &[], Humanitarian).or(Other).not_by(&["Kenya"])],
            ),
            // A number opens the name: "the 23 March Movement", "the 6 April Youth Movement".
            (
                "Police raided homes in Coalisland on Sunday. The 32 County Sovereignty Movement issued a statement the next day. It demanded that the police end the raids in the town.",
                &[d(&["32 County Sovereignty Movement"], &[], Ceasefire).or(Other).or(Humanitarian)],
            ),
            (
                "The 6 April Youth Movement called on the interim government to release the detained bloggers.",
                &[d(&["6 April Youth Movement"], &[], Humanitarian)],
            ),
            // Initials with their stops open a name: "the U.S. Commission on …".
            (
                "In Washington, the U.S. Commission on International Religious Freedom urged the State Department to add Nigeria to its watch list.",
                &[d(&["U.S. Commission on International Religious Freedom"], &[], Sanctions).or(Other).or(Humanitarian).not_by(&["United States"])],
            ),
        ],
    );
}

#[test]
fn speaker_named_in_a_relative_clause_after_a_description() {
    check(
        "'the group's spokesman, who uses the name X,' is X, speaking for the group",
        &[
            (
                "The Balochistan Liberation Front (BLF) claimed the attack. The group's spokesman, who uses the name Kohdan Baloch, warned transporters against running night services on the highway.",
                &[d(&["Kohdan Baloch", "Balochistan Liberation Front"], &[], Other)],
            ),
            (
                "A group calling itself Saraya Awliya al-Dam said it launched the drones. The group's spokesman, who signs his messages as Abu Hussein al-Maysani, urged Gulf companies to leave Iraq.",
                &[d(&["Abu Hussein al-Maysani", "Saraya Awliya al-Dam"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn a_body_introduced_by_its_kind_and_a_name_asked_by_a_modal() {
    check(
        "'the charity X' speaks; 'TikTok must …' asks a party no list holds",
        &[
            (
                "The charity Second Chances Trust, which runs mentoring schemes in 14 prisons, urged ministers not to respond by locking more young men in isolation.",
                &[d(&["Second Chances Trust"], &[], Humanitarian).or(Other)],
            ),
            (
                "The Istanbul-based group Central Asian Rights Watch urged the Turkish courts not to return him to Uzbekistan.",
                &[d(&["Central Asian Rights Watch"], &[], Humanitarian).or(Other).not_by(&["Turkey", "Uzbekistan"])],
            ),
            (
                "The Nairobi-based rights coalition Haki Yetu Alliance asked the police to release the detained students.",
                &[d(&["Haki Yetu Alliance"], &[], Humanitarian).not_by(&["Kenya"])],
            ),
            (
                "\"TikTok must delete such content within hours, not days,\" Interior Minister Jonas Habermann told reporters in Berlin.",
                &[d(&["Jonas Habermann"], &[], Counterterrorism).or(Other).quoted()],
            ),
        ],
    );
}

#[test]
fn speaker_is_a_conference_of_bishops() {
    check(
        "a conference of bishops, a church or a diocese named in full speaks",
        &[
            (
                "The Ecuadorian Episcopal Conference, in a message issued on Monday, appealed to the government and the armed gangs to open a sincere dialogue.",
                &[d(&["Ecuadorian Episcopal Conference"], &[], Negotiation)],
            ),
            (
                "The Diocese of Pemba urged the authorities to let aid agencies return to the coastal districts.",
                &[d(&["Diocese of Pemba"], &[], Humanitarian)],
            ),
            (
                "The Coptic Orthodox Church called on the government to protect churches in Minya.",
                &[d(&["Coptic Orthodox Church"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_is_a_body_whose_name_runs_on_after_of() {
    check(
        "a body's name goes on past 'of' over 'and', 'of' and 'of the' between capitalised words",
        &[
            (
                "The Federation of Chambers of Commerce and Industry urged both governments to reopen the border crossings.",
                &[d(&["Federation of Chambers of Commerce and Industry"], &[], Humanitarian).or(Other)],
            ),
            (
                "The Quetta Chamber of Commerce and Industry implored the provincial government to restore the highway patrols.",
                &[d(&["Quetta Chamber of Commerce and Industry"], &[], Cooperation).or(Counterterrorism)],
            ),
            (
                "The Association of Families of the Disappeared called on the army to open its archives to investigators.",
                &[d(&["Association of Families of the Disappeared"], &[], Justice).or(Other)],
            ),
            (
                "The Mandara Network for Civilian Protection said schools had been closed for a year. It is time for donors to fund the education response in the Far North.",
                &[d(&["Mandara Network for Civilian Protection"], &[], Humanitarian)],
            ),
            (
                "The Sahel Centre for Conflict Studies on Monday urged the juntas to reopen talks with ECOWAS.",
                &[d(&["Sahel Centre for Conflict Studies"], &[], Negotiation).not_by(&["Sahel Centre for Conflict Studies on Monday"])],
            ),
        ],
    );
}

#[test]
fn speaker_is_a_body_introduced_by_a_long_name_and_its_acronym() {
    check(
        "'the National Task Force to End Local Communist Armed Conflict (NTF-ELCAC)': a name with 'to' and nine words, then its acronym",
        &[
            (
                "The National Task Force to End Local Communist Armed Conflict (NTF-ELCAC) met on Monday. The NTF-ELCAC urged the provincial board to declare the rebels persona non grata.",
                &[d(&["National Task Force to End Local Communist Armed Conflict"], &[], Counterterrorism).or(Other)],
            ),
            (
                "The Campaign to Stop Killer Robots (CSKR) called on states to open negotiations on a treaty.",
                &[d(&["Campaign to Stop Killer Robots"], &[], Negotiation)],
            ),
        ],
    );
}

#[test]
fn speaker_is_who_a_statement_is_given_to() {
    check(
        "a statement introduced by who signed it, or a group by the name it gives itself, speaks",
        &[
            (
                "A statement signed by a spokesman and claiming to speak for the Tehrik-e-Taliban Pakistan appeared on Sunday. It warned schools against teaching girls, the police said.",
                &[d(&["Tehrik-e-Taliban Pakistan"], &[], Other).or(Humanitarian)],
            ),
            (
                "A previously unknown militia known as the Northern Front claimed the attack. The Northern Front demanded that foreign troops leave the province.",
                &[d(&["Northern Front"], &[], Ceasefire).or(Other)],
            ),
            (
                "A group calling itself Saraya Awliya al-Dam said it launched the drones, and Saraya Awliya al-Dam urged Gulf firms to leave Iraq.",
                &[d(&["Saraya Awliya al-Dam"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn it_is_time_to() {
    check(
        "it is time (for X) to",
        &[
            (
                "\"It is time for Telegram to open an office in Jakarta and answer to Indonesian law,\" said Communications Minister Budi Santoso.",
                &[d(&["Budi Santoso"], &[], Other).quoted()],
            ),
            (
                "It is time for Hamas and Israel to accept the ceasefire deal on the table, the Qatari prime minister said.",
                &[d(&["Qatar"], &["Hamas", "Israel"], Ceasefire)],
            ),
            (
                "Foreign Minister Penny Wong said it is of the utmost importance for Israel to let aid into Gaza.",
                &[d(&["Penny Wong"], &["Israel"], Humanitarian)],
            ),
            (
                "“This is the time to use your influence to secure a ceasefire,” the Elders Council said in a letter to ambassadors.",
                &[d(&["Elders Council"], &[], Ceasefire).quoted()],
            ),
            (
                "\"The time is now for Hamas to accept the deal,\" Secretary of State Antony Blinken told reporters in Doha.",
                &[d(&["Antony Blinken"], &["Hamas"], Ceasefire).or(Other).quoted()],
            ),
            (
                "\"Now [is the] time for other governments to join Turkey in recognising the new authorities,\" President Recep Tayyip Erdogan said.",
                &[d(&["Recep Tayyip Erdogan"], &[], Other).quoted()],
            ),
            ("\"The time is now, and we are ready,\" the coach, Diego Alonso, said.", &[]),
            // A call in so many words asks though it names no party and no kind of act;
            // a time that was come is told of.
            (
                "\"The time has come to define the goals of our movement,\" Baloch leader Nawab Ali Bugti said.",
                &[d(&["Nawab Ali Bugti"], &[], Other).quoted()],
            ),
            (
                "Mayor Dana Whitfield said in 2019 that she thought it was time to retire.",
                &[],
            ),
            (
                "Interior Minister Ali Raza said the time has come for Kabul to end its support for the militants.",
                &[d(&["Ali Raza"], &["Afghanistan"], Counterterrorism)],
            ),
            (
                "Irish Foreign Minister Simon Harris said it was \"long past time\" for the EU to suspend the trade agreement with Israel.",
                &[d(&["Simon Harris"], &["European Union"], Sanctions).or(Cooperation)],
            ),
            (
                "Bilawal Bhutto Zardari said the time had come for the international community to hold the Taliban to their commitments.",
                &[d(&["Bilawal Bhutto Zardari"], &["international community"], Counterterrorism).or(Justice)],
            ),
            (
                "“The time has come to end this war,” said Andriy Yermak, the head of the presidential office.",
                &[d(&["Andriy Yermak"], &[], Ceasefire).quoted()],
            ),
            (
                "“It is time for the Taliban to reopen girls' secondary schools,” Norwegian envoy Lars Eidsvoll said.",
                &[d(&["Lars Eidsvoll", "Norway"], &["Taliban"], Humanitarian).quoted()],
            ),
            (
                "Brazil's president said it was time for Venezuela and Guyana to settle the Essequibo dispute through talks.",
                &[d(&["Brazil"], &["Venezuela", "Guyana"], Negotiation)],
            ),
            (
                "It is time to silence the guns in Sudan, African Union Commission chairman Mahmoud Ali Youssouf said.",
                &[d(&["Mahmoud Ali Youssouf"], &[], Ceasefire)],
            ),
            (
                "“Now is the time for Israel to let aid into Gaza,” said Amnesty International's Agnès Callamard.",
                &[d(&["Amnesty International"], &["Israel"], Humanitarian).quoted()],
            ),
            (
                "Now is the time for Serbia and Kosovo to resume the dialogue, the EU envoy Miroslav Lajcak said.",
                &[d(&["Miroslav Lajcak"], &["Serbia", "Kosovo"], Negotiation)],
            ),
            (
                "The time for a prisoner exchange is \"now\", Foreign Minister Pedro Alvarado told reporters in Caracas.",
                &[d(&["Pedro Alvarado"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn wishes_and_expectations_naming_a_party() {
    check(
        "hoped X would / expects X to",
        &[
            (
                "India and Pakistan traded fire on Friday. It is expected that the two sides will settle the matter through dialogue, spokesman Lin Jian said.",
                &[d(&["Lin Jian"], &["India", "Pakistan"], Negotiation)],
            ),
            (
                "During his meeting with the Sri Lankan president, Modi conveyed New Delhi's expectation from Colombo to hold the provincial council elections.",
                &[d(&["India"], &["Sri Lanka"], Other).or(Negotiation)],
            ),
            (
                "India and Pakistan traded fire again on Friday. China hopes that both sides will exercise restraint and avoid escalation, spokesman Lin Jian said.",
                &[d(&["China"], &["India", "Pakistan"], Ceasefire)],
            ),
            (
                "India and Pakistan traded fire again on Friday. “We hope that the two countries can exercise restraint,” Foreign Minister Wang Yi said.",
                &[d(&["Wang Yi"], &["India", "Pakistan"], Ceasefire).quoted()],
            ),
            (
                "Germany said it hoped Belgrade and Pristina would resume the EU-facilitated dialogue.",
                &[d(&["Germany"], &["Serbia", "Kosovo"], Negotiation)],
            ),
            (
                "Armenia and Azerbaijan sent negotiators to Abu Dhabi on Monday. Qatar hoped the two delegations would sign the peace agreement before the summit.",
                &[d(&["Qatar"], &["Armenia", "Azerbaijan"], Negotiation)],
            ),
            (
                "Washington expects Islamabad to take decisive action against the militants behind the attack.",
                &[d(&["United States"], &["Pakistan"], Counterterrorism)],
            ),
            (
                "The Saudi foreign minister expressed hope that the Houthis would stop attacking ships in the Red Sea.",
                &[d(&["Saudi Arabia"], &["Houthis"], Ceasefire)],
            ),
            (
                "Indonesia expects Myanmar's junta to honour ASEAN's five-point peace plan.",
                &[d(&["Indonesia"], &[], Negotiation)],
            ),
        ],
    );
}

#[test]
fn imperatives_in_quotations() {
    check(
        "imperatives opening or inside a quotation",
        &[
            (
                "“Release the hostages now,” Dutch Foreign Minister Pieter van Dam said on Monday.",
                &[d(&["Pieter van Dam", "Netherlands"], &[], Ceasefire).or(Humanitarian).quoted()],
            ),
            (
                "\"Stop the shelling of Kharkiv,\" Ukrainian President Volodymyr Zelensky told Moscow in a video address.",
                &[d(&["Volodymyr Zelensky", "Ukraine"], &["Russia"], Ceasefire).quoted()],
            ),
            (
                "A TTP spokesman said in a statement: \"Target the police and the army wherever you find them.\"",
                &[d(&["Tehrik-e-Taliban Pakistan"], &[], Other).quoted()],
            ),
            (
                "Egyptian President Abdel Fattah el-Sisi told Israel: “Let the aid trucks in and let the wounded out.”",
                &[d(&["Abdel Fattah el-Sisi", "Egypt"], &["Israel"], Humanitarian).quoted()],
            ),
            (
                "\"We have waited long enough. Stop the killing in Darfur,\" Chadian President Mahamat Idriss Déby said.",
                &[d(&["Mahamat Idriss Déby", "Chad"], &[], Ceasefire).quoted()],
            ),
        ],
    );
}

#[test]
fn imperatives_whatever_their_object() {
    check(
        "imperatives asking for anything, with a pronoun object or after a courtesy",
        &[
            (
                "\"Release them now. They are only children,\" said Governor Musa Danladi of Zamfara.",
                &[d(&["Musa Danladi"], &[], Humanitarian).quoted()],
            ),
            (
                "The father of one of the missing sailors, Tomás Ferreira, spoke outside the naval base. \"Tell us the truth. That is all we ask,\" he said.",
                &[d(&["Tomás Ferreira"], &[], Justice).quoted()],
            ),
            (
                "\"Please help us. The water ran out on Sunday,\" said Halima Osman, who fled the fighting in Wad Madani.",
                &[d(&["Halima Osman"], &[], Humanitarian).or(Cooperation).quoted()],
            ),
            (
                "In an audio message, the group's commander Abu Talha al-Mali said: \"Leave the highways to the mujahideen.\"",
                &[d(&["Abu Talha al-Mali"], &[], Other).quoted()],
            ),
            // A phrasal verb the treebank never saw as a verb, its particle before the object.
            (
                "In a statement, Afenifere urged the Federal Government to declare a state of emergency.\n\n\u{201c}Fish out these killers and let the whole country see them in court,\u{201d} the statement read in part.",
                &[
                    d(&["Afenifere"], &[], Other).or(Counterterrorism),
                    d(&["Afenifere"], &[], Justice).quoted(),
                ],
            ),
            (
                "\"Hunt down the attackers and bring them to book,\" the governor of Lagos, Babajide Sanwo-Olu, said.",
                &[d(&["Babajide Sanwo-Olu"], &[], Justice).quoted()],
            ),
        ],
    );
}

#[test]
fn imperatives_after_a_vocative_or_in_guillemets() {
    check(
        "imperatives after the people they address, and quotations in « » or „ “",
        &[
            (
                "“Parents, look at what your children are watching online,” said Interior Minister Karin Holm.",
                &[d(&["Karin Holm"], &[], Other).quoted()],
            ),
            (
                "\"Brothers in the mountains, lay down your weapons and come home,\" Governor Abdullahi Sule said.",
                &[d(&["Abdullahi Sule"], &[], Ceasefire).quoted()],
            ),
            (
                "Foreign Minister Amadou Traoré read the statement: « Freeze their accounts. Close the corridors they use. »",
                &[d(&["Amadou Traoré"], &[], Sanctions).quoted(), d(&["Amadou Traoré"], &[], Other).quoted()],
            ),
            (
                "Interior Minister Lena Vogt said: „Release the journalists before Christmas.“",
                &[d(&["Lena Vogt"], &[], Humanitarian).quoted()],
            ),
        ],
    );
}

#[test]
fn the_author_of_an_opinion_piece_asks() {
    check(
        "an opinion piece's unattributed must/should is its author's demand",
        &[
            (
                "OPINION | The Sahel needs more than soldiers\n\nBy Mariam Koné-Diallo\n\nThe juntas have promised security and delivered funerals. Bamako should reopen talks with the northern movements. It is time for France, Germany and Italy to repatriate their citizens from the camps.",
                &[
                    d(&["Mariam Koné-Diallo"], &["Mali"], Negotiation),
                    d(&["Mariam Koné-Diallo"], &["France", "Germany", "Italy"], Humanitarian).or(Other),
                ],
            ),
            (
                "Kabul's neighbours are looking away\n\nCOMMENTARY | Dr. Farid Rahimi, Senior Fellow, Kabul Policy Forum | 3 May 2026\n\nThe Taliban should agree to an independent inquiry into the prison deaths.\n\nDr. Farid Rahimi is a senior fellow at the Kabul Policy Forum.",
                &[d(&["Farid Rahimi"], &["Taliban"], Justice)],
            ),
            (
                "Why the Gulf must talk to Tehran\n\nThe region cannot afford another war. Saudi Arabia should resume the talks in Baghdad this spring.\n\nOmar al-Harthy is a former ambassador and a fellow at the Gulf Research Forum. The views expressed are his own.",
                &[d(&["Omar al-Harthy"], &["Saudi Arabia"], Negotiation)],
            ),
        ],
    );
}

#[test]
fn an_editorial_speaks_for_its_paper() {
    check(
        "an editorial's unattributed obligations, its 'we' and its imperatives are the paper's",
        &[(
            "The Kano Ledger | EDITORIAL | Monday, 1 March 2027\n\nThe forest is not ungoverned\n\nNine days after the abduction, nobody has come home. We urge the Federal Government to deploy the special forces to the forest now. It is time for the Federal Government to proscribe the Mahmuda group as a terrorist organisation. The abductors must be very sure of themselves. Bring them home, alive.",
            &[
                d(&["The Kano Ledger"], &[], Humanitarian).or(Counterterrorism),
                d(&["The Kano Ledger"], &[], Sanctions),
                d(&["The Kano Ledger"], &[], Humanitarian).or(Other),
            ],
        )],
    );
}

#[test]
fn an_editorial_names_itself_this_newspaper() {
    check(
        "an editorial's 'This newspaper urges …' is the paper's",
        &[
            (
                "The Kano Ledger | EDITORIAL | Monday, 1 March 2027\n\nThe forest is not ungoverned\n\nNine days after the abduction, nobody has come home. This newspaper urges the Federal Government to deploy the special forces to the forest now.",
                &[d(&["The Kano Ledger"], &[], Humanitarian).or(Counterterrorism)],
            ),
            (
                "The Daily Chronicle\n\nEDITORIAL\n\nStop the denial\n\nThe attack on the festival was the ninth this year. This paper has long asked the government to publish what the investigators know.",
                &[d(&["The Daily Chronicle"], &[], Other).or(Justice).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_letters_we_is_its_signatories() {
    check(
        "letter: 'We call on you to …' above 'Yours sincerely,' and 'Name, Role, Body' lines is the signatories'",
        &[(
            "Joint letter to the Prime Minister\n\nDear Prime Minister,\n\nThe children in the camps of north-east Syria have waited four years. We call on you to announce a timetable for their return before the end of September. It is time for Australia to follow the example of its partners.\n\nYours sincerely,\n\nHelen Marsh-Okoro, Director, Families Beyond Borders\nTomasz Wielgosz, Legal Director, Refugee Legal Aid Collective\n\ncc: Minister for Foreign Affairs",
            &[
                d(&["Families Beyond Borders", "Refugee Legal Aid Collective"], &[], Humanitarian).or(Other),
                d(&["Families Beyond Borders", "Refugee Legal Aid Collective"], &["Australia"], Other).or(Humanitarian),
            ],
        )],
    );
}

#[test]
fn an_editorial_signed_by_its_outlets_byline() {
    check(
        "an editorial signed 'By HT Editorial' (or 'ByHT Editorial', as a page copies it) speaks for the outlet, not for a capitalised line of the page's furniture",
        &[
            (
                "Stay the course in Afghanistan\n\nByHT Editorial\n\nMar 06, 2028 09:14 PM IST\n\nShare Via\n\nThe killing of three engineers is a test. New Delhi should resist the temptation to walk away. We urge the government to announce compensation for the families.",
                &[
                    d(&["HT"], &[], Other).or(Negotiation).not_by(&["Share Via"]),
                    d(&["HT"], &[], Humanitarian).not_by(&["Share Via"]),
                ],
            ),
            (
                "A border that must stay open\n\nBy Tribune Editorial\n\nUpdated: April 2, 2028\n\nBoth capitals must reopen the Wagah crossing to traders this week.",
                &[d(&["Tribune"], &[], Humanitarian).or(Other).or(Cooperation)],
            ),
        ],
    );
}

#[test]
fn an_editorial_under_a_sections_opinion_label() {
    check(
        "a site's 'Opinion | Editorial' sections above an editorial: the paper speaks",
        &[
            (
                "THE HARBOUR GAZETTE | Mombasa | Opinion | Editorial | Friday, 3 April 2026\n\nGuard the ferries\n\nTwo ferries were attacked this month. We appeal to the county government to post police officers on every crossing. The Kenya Ports Authority must install cameras at the terminals.\n\n— The Editorial Board",
                &[
                    d(&["THE HARBOUR GAZETTE"], &[], Humanitarian).or(Counterterrorism),
                    d(&["THE HARBOUR GAZETTE"], &["Kenya Ports Authority"], Counterterrorism).or(Other),
                ],
            ),
            (
                "The Andes Post | Comment | Editorial\n\nTalk to the ELN\n\nThe talks in Caracas have stalled again. Bogotá should send its negotiators back to the table this month.",
                &[d(&["The Andes Post"], &["Colombia"], Negotiation)],
            ),
        ],
    );
}

#[test]
fn we_in_a_statement_is_its_issuer() {
    check(
        "'we' outside quotations in a ministry's release or a government's statement: the issuer",
        &[
            (
                "Press Release\n\nThe Ministry of Foreign Affairs of Ghana strongly condemns the attack on the border post at Bawku.\n\nWe call on the authorities of Burkina Faso to investigate the attack and to share their findings with Ghana.",
                &[
                    d(&["Ghana"], &["Burkina Faso"], Justice),
                    d(&["Ghana"], &["Burkina Faso"], Cooperation),
                ],
            ),
            (
                "Malaysia condemns the bombing in Narathiwat\n\nKUALA LUMPUR, 9 June 2026\n\nMalaysia is shocked by the bombing of a market in Narathiwat. The Barisan Revolusi Nasional has claimed it in the past. We urge all parties to return to the peace dialogue facilitated by Malaysia.",
                &[d(&["Malaysia"], &[], Negotiation).not_by(&["Barisan Revolusi Nasional"])],
            ),
            (
                "The Government of Chad deplores the killing of six soldiers near Lake Chad by Boko Haram fighters.\n\nWe ask Niger and Nigeria to strengthen joint patrols along the shore.",
                &[d(&["Chad"], &["Niger", "Nigeria"], Cooperation).not_by(&["Boko Haram"])],
            ),
        ],
    );
}

#[test]
fn a_ministry_named_without_its_state() {
    check(
        "'the Foreign Ministry' with no state: the state of the dateline or the first line",
        &[
            (
                "HANOI, 4 May 2026 - The Foreign Ministry on Monday called on China to withdraw its survey ship from Vietnam's exclusive economic zone.",
                &[d(&["Vietnam"], &["China"], Ceasefire).or(Other)],
            ),
            (
                "Jordan summons Israeli envoy\n\nThe Ministry of Foreign Affairs summoned the Israeli charge d'affaires on Sunday. The ministry urged Israel to stop the raids on the Al-Aqsa compound.",
                &[d(&["Jordan"], &["Israel"], Ceasefire).or(Other)],
            ),
            (
                "ABUJA, March 2 - The Defence Ministry asked Niger to hand over the two commanders arrested near Diffa.",
                &[d(&["Nigeria"], &["Niger"], Justice)],
            ),
        ],
    );
}

#[test]
fn recommendations_under_a_heading() {
    check(
        "a list under a recommendations heading speaks for the body the heading names",
        &[(
            "Center for Maritime Security Studies (CMSS) | Event summary | 4 March 2026\n\nThe panel discussed attacks on shipping in the Red Sea.\n\nCMSS recommendations:\n\nThe European Union should extend Operation Aspides for two years.\n\nEgypt should share intelligence on arms smuggling with its neighbours.",
            &[
                d(&["Center for Maritime Security Studies"], &["European Union"], Other).or(Ceasefire),
                d(&["Center for Maritime Security Studies"], &["Egypt"], Cooperation),
            ],
        )],
    );
}

#[test]
fn no_demand_unattributed_must_in_news() {
    check(
        "no demand: a news story's unattributed should is no one's demand, and a modal's own verb is no attribution",
        &[
            ("ISLAMABAD — Pakistan should receive the first tranche of the loan in March.", &[]),
            ("KABUL — The Taliban leadership must be calculating that the West will lose interest.", &[]),
        ],
    );
}

#[test]
fn no_demand_imperatives_that_steer_talk() {
    check(
        "no demand: imperatives that steer talk, and a quotation given to a sign",
        &[
            ("\"Look, the talks are going nowhere,\" Senator Maria Kowalski told reporters.", &[]),
            ("\"Make no mistake: this is a turning point,\" said Prime Minister Hamid Sadiq.", &[]),
            ("\"Thank you for coming to Doha,\" the Qatari emir told the delegates.", &[]),
            (
                "Foreign Minister Lars Eriksen of Norway opened the talks on Monday. Outside, the crowd chanted. \"Save our villages,\" a banner held by one of the protesters said.",
                &[],
            ),
        ],
    );
}

#[test]
fn bodies_introduced_by_an_acronym() {
    check(
        "bodies no list holds, named with their acronym in parentheses",
        &[
            (
                "The Moro Islamic Resistance Front (MIRF) has fought Manila for decades. On Tuesday Defence Secretary Ramon Cruz called on the MIRF to lay down its weapons.",
                &[d(&["Ramon Cruz"], &["Moro Islamic Resistance Front"], Ceasefire)],
            ),
            (
                "The Kenya Coffee Growers Association (KCGA) urged the government to cut export levies on green beans.",
                &[d(&["Kenya Coffee Growers Association"], &[], Other)
                    .or(Cooperation)
                    .not_by(&["Kenya"])],
            ),
            (
                "Delegates of the Ogaden People's Liberation Congress (OPLC) met mediators in Nairobi. The OPLC demanded that Ethiopia release its detained leaders.",
                &[d(&["Ogaden People's Liberation Congress"], &["Ethiopia"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn coordinated_cues_asking_two_parties() {
    check(
        "one speaker asking two parties with two coordinated verbs",
        &[
            (
                "Its chairwoman, Farida Noor, implored the negotiators to put the protection of civilians \"above every other item on the agenda\" and asked the Karen National Defence Army (KNDA) to stop using schools as depots.",
                &[
                    d(&["Farida Noor"], &[], Humanitarian),
                    d(&["Farida Noor"], &["Karen National Defence Army"], Humanitarian),
                ],
            ),
            (
                "Germany urged Iran to free the detained aid workers and called on Hezbollah to withdraw its fighters from the border.",
                &[d(&["Germany"], &["Iran"], Humanitarian), d(&["Germany"], &["Hezbollah"], Ceasefire)],
            ),
            (
                "The Irish foreign minister, Siobhan Walsh, pressed the Taliban to reopen girls' schools and urged Pakistan to keep the Torkham crossing open for aid.",
                &[d(&["Siobhan Walsh"], &["Taliban"], Humanitarian), d(&["Siobhan Walsh"], &["Pakistan"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn two_kinds_of_thing_asked_with_one_verb() {
    check(
        "one cue asking two kinds of thing, each with its own infinitive",
        &[
            (
                "The UN human rights office called on Bangladesh to protect the Bihari camps and to hold those responsible for the arson to account.",
                &[d(&["United Nations"], &["Bangladesh"], Humanitarian), d(&["United Nations"], &["Bangladesh"], Justice)],
            ),
            (
                "The mediators urged both parties to agree to a cessation of hostilities and to allow unhindered humanitarian access to Darfur.",
                &[d(&[], &[], Ceasefire), d(&[], &[], Humanitarian)],
            ),
            (
                "Norway urged Colombia and the ELN to return to the negotiating table and to release every hostage still held in Arauca.",
                &[d(&["Norway"], &["Colombia"], Negotiation), d(&["Norway"], &["Colombia"], Humanitarian)],
            ),
            (
                "Senegal demanded that Mali free the detained journalists and extradite the two commanders behind the Kayes attack.",
                &[d(&["Senegal"], &["Mali"], Humanitarian), d(&["Senegal"], &["Mali"], Justice)],
            ),
            // Two asks of one kind stay one demand.
            (
                "Qatar urged the delegations to avoid accusations and to show flexibility at the talks in Doha.",
                &[d(&["Qatar"], &[], Negotiation)],
            ),
            // A list of asks, each opening on a verb: one demand per kind, an ask of no
            // kind going with the one before it.
            (
                "Japan urged India and Pakistan to act in the interest of regional stability, exercise restraint, return to political dialogue through peaceful means, and refrain from any further escalation.",
                &[d(&["Japan"], &["India"], Ceasefire), d(&["Japan"], &["India"], Negotiation)],
            ),
            (
                "Iraqi envoy Hisham Salih said every country with nationals in the camp must take them back, try those who committed crimes and rehabilitate the rest.",
                &[d(&["Hisham Salih"], &[], Humanitarian), d(&["Hisham Salih"], &[], Justice)],
            ),
            // Nouns listed after a verb are one thing asked.
            (
                "UNICEF urged the government to fund the rescue, care and reintegration of the abducted children.",
                &[d(&["UNICEF"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn asking_past_a_phrase_of_time_a_relative_clause_or_continues_to() {
    check(
        "asking after 'last week', around a relative clause, and 'continues to urge'",
        &[
            (
                "Its observers have patrolled the frontier since May, and the EU's envoy for the region, Henrik Dahl, last week urged both capitals to ratify the treaty.",
                &[d(&["Henrik Dahl"], &[], Negotiation).or(Other)],
            ),
            (
                "Dhaka has asked the Arakan Army, which now holds most of the border with Bangladesh, to stop abuses against Rohingya villagers.",
                &[d(&["Bangladesh"], &["Arakan Army"], Humanitarian)],
            ),
            (
                "Ambassador Lena Forsberg said Sweden continues to urge all countries to repatriate their nationals from the camps in north-east Syria.",
                &[d(&["Sweden"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_an_office_or_pronoun_going_on_from_the_last_speaker() {
    check(
        "'The Secretary', 'The Ministry', and 'she' after a speaker the text named by state",
        &[
            (
                "Secretary of State Helen Marsh spoke today with Qatari Prime Minister Fahad Al Thani. The Secretary urged Qatar to press Hamas to release the remaining hostages.",
                &[d(&["Helen Marsh"], &["Qatar"], Humanitarian).or(Ceasefire)],
            ),
            (
                "The Ministry of Foreign Affairs of the Republic of Uzbekistan expresses its concern over the attack. The Ministry calls on the Afghan side to bring the perpetrators to justice.",
                &[d(&["Uzbekistan"], &["Afghanistan"], Justice)],
            ),
            (
                "The delegate of Norway said her country was alarmed by the strikes. She urged Israel to allow aid convoys into Gaza without delay.",
                &[d(&["Norway"], &["Israel"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn imperatives_after_an_address_in_a_statement() {
    check(
        "'To the X: leave …' — a statement addressing each party in turn",
        &[
            (
                "The National Liberation Army (ELN) published a communiqué on Saturday. It said: \"To the national government: stop protecting the paramilitaries.\"",
                &[d(&["National Liberation Army"], &[], Other).or(Humanitarian).quoted()],
            ),
            (
                "Al-Shabaab said in a statement on Friday: \"To the soldiers of Kenya: go back to your country before you return in coffins.\"",
                &[d(&["Al-Shabaab"], &[], Other).or(Ceasefire).quoted()],
            ),
            (
                "JNIM issued a statement on Monday.\n\n\"To the truck drivers of Tillabéri: do not carry fuel for the army. We have warned you.\"",
                &[d(&["JNIM"], &[], Other).quoted()],
            ),
            // What the speaker says they told a party, after the colon.
            (
                "\"We have told both sides clearly: fight your war somewhere else,\" said Malik Dilawar Khan, a tribal elder.",
                &[d(&["Malik Dilawar Khan"], &[], Ceasefire).or(Other).quoted()],
            ),
            (
                "\"I told the commanders: release the boys before Eid,\" said Hajji Karim Wardak, the district chief.",
                &[d(&["Karim Wardak"], &[], Humanitarian).quoted()],
            ),
        ],
    );
}

#[test]
fn it_said_after_a_statement_was_issued() {
    check(
        "'X issued a statement. It said: …': the statement's issuer speaks its quotation",
        &[
            (
                "The National Liberation Army (ELN) published a communiqué on Saturday. It said:\n\n\"The government must free our negotiators held in Cali.\"",
                &[d(&["National Liberation Army"], &[], Other).or(Humanitarian).quoted()],
            ),
            (
                "The Foreign Ministry of Qatar issued a statement late on Sunday. It said: \"We call on both parties to return to the negotiating table.\"",
                &[d(&["Qatar"], &[], Negotiation).quoted()],
            ),
            (
                "Ansar Allah released a statement after the strikes. It said:\n\n\"We warn shipping companies to stop sending their vessels to Israeli ports.\"",
                &[d(&["Houthis"], &[], Other).or(Ceasefire).quoted()],
            ),
        ],
    );
}

#[test]
fn imperatives_inside_a_quotation_and_negated() {
    check(
        "imperatives opening a later sentence of a quotation, and 'Do not …'",
        &[
            (
                "Hamas spokesman Abu Obeida said in a video: \"Your officers lie to you. Lay down your weapons and go home.\"",
                &[d(&["Abu Obeida"], &[], Other).or(Ceasefire).quoted()],
            ),
            (
                "\"Do not send our sons to die in the desert,\" said Amina Tahir, whose son was conscripted in March.",
                &[d(&["Amina Tahir"], &[], Other).or(Humanitarian).quoted()],
            ),
            (
                "“Don’t let them forget our children,” said Miriam Levy, whose son was taken in March.",
                &[d(&["Miriam Levy"], &[], Other).or(Humanitarian).quoted()],
            ),
            (
                "“Please, bring him home before the rains,” said Rosa Dizon, the captain’s wife.",
                &[d(&["Rosa Dizon"], &[], Humanitarian).quoted()],
            ),
            (
                "“Please free my daughter,” said Halima Musa, whose daughter was abducted from the school.",
                &[d(&["Halima Musa"], &[], Humanitarian).quoted()],
            ),
        ],
    );
}

#[test]
fn the_statement_said_is_its_issuer_after_other_speakers() {
    check(
        "'the statement said' after another party spoke in between",
        &[(
            "Kenya has voiced alarm over the fighting in Sudan, according to a Foreign Ministry statement.\n\n\
             The statement said that Nairobi was ready to host talks, and President Samuel Kariuki has repeatedly called for an immediate ceasefire.\n\n\
             \u{201c}It is important for the warring parties to return to the negotiating table in Jeddah,\u{201d} the statement said.",
            &[
                d(&["Samuel Kariuki"], &[], Ceasefire),
                d(&["Kenya"], &[], Negotiation).not_by(&["Samuel Kariuki"]),
            ],
        )],
    );
}

#[test]
fn deontic_addressed_to_a_party_no_list_names() {
    check(
        "'must'/'should' addressed to the military, the government, donors",
        &[
            (
                "Congress needs to pass the embassy budget before the recess, Senator Dana Whitlock said in a statement.",
                &[d(&["Dana Whitlock"], &[], Other)],
            ),
            (
                "\"The military must take the fight to their camps in the forest,\" said Senator Musa Garba.",
                &[d(&["Musa Garba"], &[], Other).or(Counterterrorism).quoted()],
            ),
            (
                "\"The Government must place the full report before Parliament,\" opposition leader Ranjith Perera said.",
                &[d(&["Ranjith Perera"], &[], Other).or(Justice).quoted()],
            ),
            (
                "\"The Americans should stop dictating to Baghdad who its friends are,\" said Qais al-Khazali.",
                &[d(&["Qais al-Khazali"], &[], Other).quoted()],
            ),
            (
                "\"Member States that voted for this mission should now pay for it,\" said Ambassador Carla Mendes.",
                &[d(&["Carla Mendes"], &[], Other).or(Cooperation).quoted()],
            ),
            (
                "Foreign Minister Lina Ekdahl said the Nordic police services \"have to share everything they know with Aarhus\".",
                &[d(&["Lina Ekdahl"], &[], Other).or(Cooperation)],
            ),
            (
                "Interior Minister Juan Ortega said the security services must stop recruiting informants among the displaced.",
                &[d(&["Juan Ortega"], &[], Other).or(Humanitarian)],
            ),
            // An opinion with no party asked stays out.
            ("\"The weather must improve before the harvest,\" said farmer Joseph Mwangi.", &[]),
        ],
    );
}

#[test]
fn speaker_named_after_a_description_of_it() {
    check(
        "a body named in apposition after a common noun describing it",
        &[
            (
                "A civil society coalition, the Network of Sahel Human Rights Defenders (NSHRD), asked the junta to publish the names of those detained in Gao.",
                &[d(&["Network of Sahel Human Rights Defenders"], &[], Other).or(Humanitarian).or(Justice).not_by(&["civil society coalition"])],
            ),
            (
                "A rights group, the Coalition for Justice in Darfur (CJD), called for an independent inquiry into the killings in El Geneina.",
                &[d(&["Coalition for Justice in Darfur"], &[], Justice).not_by(&["rights group"])],
            ),
        ],
    );
}

#[test]
fn headlines_without_a_full_stop() {
    check(
        "headline lines without a full stop",
        &[
            (
                "Egypt urges Israel, Hamas to extend Gaza truce\n\n\
                 CAIRO — The truce in Gaza entered its fifth day on Tuesday as another group of hostages was freed in exchange for Palestinian prisoners.",
                &[d(&["Egypt"], &["Israel", "Hamas"], Ceasefire)
                    .in_sentence("Egypt urges Israel, Hamas to extend Gaza truce")],
            ),
            (
                "Kenya calls on Ethiopia to share intelligence on border raids\n\n\
                 NAIROBI, June 3 — Tension has risen along the Moyale border since last week's clashes, in which four herders were killed.",
                &[d(&["Kenya"], &["Ethiopia"], Cooperation)
                    .in_sentence("Kenya calls on Ethiopia to share intelligence on border raids")],
            ),
            (
                "UN chief demands inquiry into killing of aid workers in Gaza\n\n\
                 NEW YORK — Seven staff of an aid charity were killed on Monday when their convoy was struck near Deir al-Balah.",
                &[d(&["United Nations"], &[], Justice)
                    .in_sentence("UN chief demands inquiry into killing of aid workers in Gaza")],
            ),
            (
                "India asks Pakistan to act against Lashkar after Pahalgam attack\n\n\
                 NEW DELHI — Twenty-six tourists were killed on Tuesday when gunmen opened fire in a meadow near Pahalgam.",
                &[d(&["India"], &["Pakistan"], Counterterrorism)
                    .not_by(&["Lashkar"])
                    .in_sentence("India asks Pakistan to act against Lashkar after Pahalgam attack")],
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Speakers of many shapes

#[test]
fn speaker_is_the_subject_of_the_cue() {
    check(
        "speaker: subject of the cue",
        &[
            (
                "The Gulf Cooperation Council called on Iran to join talks on the disputed islands.",
                &[d(&["Gulf Cooperation Council"], &["Iran"], Negotiation)],
            ),
            (
                "Swiss Foreign Minister Lukas Brunner urged the parties in Yemen to extend the truce.",
                &[d(&["Lukas Brunner", "Switzerland"], &[], Ceasefire)],
            ),
            (
                "NATO on Thursday called on Russia to stop its strikes on Ukraine's energy grid.",
                &[d(&["NATO"], &["Russia"], Ceasefire)],
            ),
            (
                "Ethiopian Prime Minister Abiy Ahmed urged Tigrayan forces to return to the peace process.",
                &[d(&["Abiy Ahmed", "Ethiopia"], &[], Negotiation)],
            ),
        ],
    );
}

#[test]
fn speaker_is_the_subject_of_a_trailing_reporting_verb() {
    check(
        "speaker: …, the senator said",
        &[
            (
                "Senator Maria Delgado visited the camps on Friday. \"Sudan's generals must let food reach El Fasher,\" the senator said.",
                &[d(&["Maria Delgado"], &[], Humanitarian).quoted()],
            ),
            (
                "Iran must stop enriching uranium to 60 percent, French President Emmanuel Macron said on Thursday.",
                &[d(&["Emmanuel Macron", "France"], &["Iran"], Other)],
            ),
            (
                "The killers of the villagers must face the full force of the law, police chief Kayode Egbetokun said.",
                &[d(&["Kayode Egbetokun"], &[], Justice)],
            ),
            (
                "Both parties should accept the African Union's mediation, said Ghanaian President John Mahama.",
                &[d(&["John Mahama", "Ghana"], &[], Negotiation)],
            ),
        ],
    );
}

#[test]
fn speaker_the_two_leaders() {
    check(
        "speaker: the two leaders / the two ministers",
        &[
            (
                "Indian Prime Minister Narendra Modi met Australian Prime Minister Anthony Albanese in Canberra on Wednesday. \
                 The two leaders called on the Taliban to ensure that Afghan territory is never again used for terrorist attacks.",
                &[d(&["Narendra Modi", "Anthony Albanese"], &["Taliban"], Counterterrorism)],
            ),
            (
                "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan held talks in Arusha on Saturday. \
                 The two leaders urged the warring parties in eastern Congo to return to the Luanda peace process.",
                &[d(&["William Ruto", "Samia Suluhu Hassan"], &[], Negotiation)],
            ),
            (
                "French President Emmanuel Macron hosted German Chancellor Friedrich Merz in Paris. \
                 The two leaders called for an immediate ceasefire in Lebanon.",
                &[d(&["Emmanuel Macron", "Friedrich Merz"], &[], Ceasefire)],
            ),
            (
                "Turkish Foreign Minister Hakan Fidan received his Iranian counterpart Abbas Araghchi in Ankara. \
                 The two ministers called for an end to Israeli strikes on Syria.",
                &[d(&["Hakan Fidan", "Abbas Araghchi"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn speaker_the_description_given_earlier() {
    check(
        "speaker: 'the bishop' after 'X, the bishop of Arauca,' — a description is a role",
        &[
            (
                "Hernán Osorio, the bishop of Arauca, spoke on Friday. The bishop also appealed to both governments for patience.",
                &[d(&["Hernán Osorio"], &[], Other).or(Negotiation)],
            ),
            (
                "Fatima Bello, a lawyer for the families, met reporters in Abuja. The lawyer urged the army to release the detained farmers.",
                &[d(&["Fatima Bello"], &[], Humanitarian)],
            ),
            (
                "Karim Nasser, the mayor of Tyre, toured the port. The mayor called on Israel to stop the strikes on the fishing boats.",
                &[d(&["Karim Nasser"], &["Israel"], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn speaker_the_minister_named_earlier() {
    check(
        "speaker: the minister named earlier",
        &[
            (
                "Egyptian Foreign Minister Badr Abdelatty arrived in Port Sudan on Sunday. \
                 The minister called on the Rapid Support Forces to lift the siege of El Fasher.",
                &[d(&["Badr Abdelatty", "Egypt"], &["Rapid Support Forces"], Humanitarian).or(Ceasefire)],
            ),
            (
                "Spain's Foreign Minister José Manuel Albares spoke to reporters in Madrid. \
                 The minister urged Israel to let foreign journalists into Gaza.",
                &[d(&["José Manuel Albares", "Spain"], &["Israel"], Humanitarian).or(Other)],
            ),
            (
                "Pakistan's Interior Minister Mohsin Naqvi visited the blast site in Quetta. \
                 The minister demanded that the Afghan authorities hand over the planners of the attack.",
                &[d(&["Mohsin Naqvi", "Pakistan"], &[], Justice)],
            ),
            (
                "Philippine Defense Secretary Gilberto Reyes toured the naval base at Subic Bay. \
                 The secretary called on China to respect the 2016 arbitral ruling.",
                &[d(&["Gilberto Reyes", "Philippines"], &["China"], Other)],
            ),
            // A portfolio written before an office no list holds with it.
            (
                "At the morning briefing, Public Safety Secretary Ramón Ortega Villa said more troops would arrive by Friday. \
                 The safety secretary urged residents to report armed men on the highway to the hotline.",
                &[d(&["Ramón Ortega Villa"], &[], Counterterrorism).or(Other)],
            ),
            (
                "Kenya's Interior Cabinet Secretary Wilfred Ouko visited Garissa on Tuesday. \
                 The cabinet secretary asked elders to hand over the youths who had joined the militants.",
                &[d(&["Wilfred Ouko", "Kenya"], &[], Counterterrorism).or(Justice)],
            ),
            (
                "Party Secretary Chen Liang inspected the border post on Monday. \
                 The party secretary called on the county to step up patrols along the frontier.",
                &[d(&["Chen Liang"], &[], Cooperation).or(Counterterrorism)],
            ),
            // A title set off after the name, which the description later takes up.
            (
                "Ambassador Kamrul Ahsan, Secretary (Bilateral and Consular), met the envoy in Dhaka. \
                 The Secretary demanded the early repatriation of the refugees.",
                &[d(&["Kamrul Ahsan"], &[], Humanitarian)],
            ),
            (
                "Ambassador Rezaul Karim, Director General (South Asia), met the envoy on Monday. \
                 The Director General called on Myanmar to take back the refugees.",
                &[d(&["Rezaul Karim"], &["Myanmar"], Humanitarian)],
            ),
            // An intensive pronoun after the description adds no one.
            (
                "Jordan's King Abdullah II met the Palestinian president in Amman on Monday. \
                 The king himself urged Israel to allow aid convoys through the Allenby crossing.",
                &[d(&["Abdullah II", "Jordan"], &["Israel"], Humanitarian)],
            ),
            (
                "Nigerian Foreign Minister Yusuf Tuggar flew to Niamey on Friday. \
                 The minister himself called on the junta to release the former president.",
                &[d(&["Yusuf Tuggar", "Nigeria"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_is_a_pronoun_for_the_last_person() {
    check(
        "speaker: he / she",
        &[
            (
                "Opening the debate, Joris van Aalst (VVD) said the Netherlands had become a transit lounge for terrorist money. He demanded that the finance minister publish a list of the crypto platforms that failed to report.",
                &[d(&["Joris van Aalst"], &[], Sanctions).or(Other).not_by(&["Netherlands"])],
            ),
            (
                "Jordanian Foreign Minister Ayman Safadi spoke after meeting refugees in Amman. \
                 He called on the international community to fully fund UNRWA.",
                &[d(&["Ayman Safadi", "Jordan"], &["international community"], Humanitarian)],
            ),
            (
                "Portugal's defence minister, Maria Lopes, toured the NATO air base in Lithuania. \
                 She urged European allies to raise defence spending.",
                &[d(&["Maria Lopes"], &[], Cooperation).or(Other)],
            ),
            (
                "Pakistani Prime Minister Shehbaz Sharif chaired a security meeting on Tuesday after the attack in Bannu. \
                 He asked Kabul to stop the TTP from using Afghan soil for attacks.",
                &[d(&["Shehbaz Sharif"], &[], Counterterrorism).not_by(&["TTP"])],
            ),
            (
                "Nadia Haddad, Lebanon's deputy prime minister, returned from Paris on Sunday. \
                 She said Israel must stop its strikes on southern villages.",
                &[d(&["Nadia Haddad"], &["Israel"], Ceasefire)],
            ),
            // "They" goes on with the group the sentence before was about.
            (
                "Afghan Taliban have been soft-pedalling the issue of the TTP for months. Initially, they nudged Pakistani authorities to hold talks with the militants.",
                &[d(&["Taliban"], &["Pakistan"], Negotiation).not_by(&["Tehrik-e-Taliban Pakistan"])],
            ),
            // "He" after a quotation is someone named before it, not someone it names.
            (
                "On Monday, Prime Minister Nawaz Sharif held talks with US Secretary of State John Kerry.\n\nSharif told him that more than 100 people had been killed in Kashmir.\n\n\"I expect the US administration and Secretary Kerry to use their good offices to help resolve the dispute,\" he added.",
                &[d(&["Nawaz Sharif"], &["United States"], Negotiation).or(Cooperation).not_by(&["John Kerry"]).quoted()],
            ),
            // A given name says who "she" can be.
            (
                "Foreign minister Naledi Khumalo met the envoy on Monday. Later, Ambassador Sipho Dlamini spoke about the designations. \
                 Speaking to reporters in Cape Town, she urged Washington to share the evidence behind the listings.",
                &[d(&["Naledi Khumalo"], &["United States"], Cooperation).or(Other).not_by(&["Sipho Dlamini"])],
            ),
            // "She" is the woman the text has taken up as one, not the man it has taken up
            // as "he" since.
            (
                "Amina Yusuf, the committee's chair, opened the hearing on Monday. She said the report was late. \
                 Colonel Ibrahim Musa then presented the figures, which he said were incomplete. \
                 She called on the army to publish the casualty lists.",
                &[d(&["Amina Yusuf"], &[], Other).not_by(&["Ibrahim Musa"])],
            ),
        ],
    );
}

#[test]
fn speaker_he_after_a_quotation_naming_a_group() {
    check(
        "speaker: 'he' after '“… al-Shabaab …,” Mr X said' is Mr X, not the group quoted",
        &[
            (
                "Majority Leader Joseph Langat spoke on Tuesday. \"We will not allow al-Shabaab to decide where Kenyans can teach,\" Mr Langat said. He appealed to residents of Ijara to share information with the police.",
                &[d(&["Joseph Langat"], &[], Cooperation).or(Counterterrorism).not_by(&["Al-Shabaab"])],
            ),
            (
                "Governor Babagana Zulum visited Gwoza. \u{201c}Boko Haram will not drive us from our land,\u{201d} Mr Zulum said. He urged the federal government to rebuild the bridges.",
                &[d(&["Babagana Zulum"], &[], Humanitarian).or(Other).not_by(&["Boko Haram"])],
            ),
            (
                "Interior Minister Ana Ruiz briefed senators. \"The ELN has no future in Arauca,\" she said. She asked Venezuela to arrest the commanders hiding in Apure.",
                &[d(&["Ana Ruiz"], &["Venezuela"], Justice).not_by(&["National Liberation Army"])],
            ),
        ],
    );
}

#[test]
fn speaker_the_group_is_the_group_speaking() {
    check(
        "speaker: 'the group' is the group that spoke, or the one its apposition names",
        &[
            (
                "Al-Shabab, the Somali affiliate of al-Qaeda, said in a statement that the attack had targeted government agents. The group warned teachers against returning to the north-east.",
                &[d(&["Al-Shabaab"], &[], Other).not_by(&["Al-Qaida"])],
            ),
            (
                "Boko Haram, which split from the Islamic State West Africa Province in 2016, claimed the raid in a video. The group demanded that the government release its commanders.",
                &[d(&["Boko Haram"], &[], Other).or(Humanitarian).not_by(&["Islamic State West Africa Province"])],
            ),
            (
                "The attack was the third this month near Dhobley, where al-Qaeda once trained fighters. The group, formally known as Harakat al-Shabaab al-Mujahideen, warned truckers against carrying fuel for the army.",
                &[d(&["Al-Shabaab"], &[], Other).not_by(&["Al-Qaida"])],
            ),
        ],
    );
}

#[test]
fn speaker_both_sides() {
    check(
        "speaker: both sides / both countries",
        &[
            (
                "Officials from Armenia and Azerbaijan met in Abu Dhabi on Monday. \
                 Both sides called for the early signing of the peace treaty.",
                &[d(&["Armenia", "Azerbaijan"], &[], Negotiation)],
            ),
            (
                "Saudi and Iranian foreign ministers met in Beijing on Thursday. \
                 Both sides urged restraint in the Red Sea.",
                &[d(&["Saudi Arabia", "Iran"], &[], Ceasefire)],
            ),
            (
                "Delegations from Sudan and South Sudan met in Juba on Wednesday. \
                 Both sides called on armed groups in Abyei to lay down their weapons.",
                &[d(&["Sudan", "South Sudan"], &[], Ceasefire)],
            ),
            (
                "Qatar and Egypt issued a joint statement on Sunday. \
                 Both countries called on Israel and Hamas to return to talks in Cairo.",
                &[d(&["Qatar", "Egypt"], &["Israel", "Hamas"], Negotiation)],
            ),
        ],
    );
}

#[test]
fn speaker_only_described() {
    check(
        "speaker only described (the guarantor countries, the delegates)",
        &[
            (
                "The guarantor countries called on the Syrian government and the armed opposition to respect the ceasefire in Idlib.",
                &[d(&["~guarantor"], &["Syria"], Ceasefire)],
            ),
            (
                "The delegates urged the Security Council to add the group's leaders to its sanctions list.",
                &[d(&["~delegate"], &["UN Security Council"], Sanctions)],
            ),
            (
                "Tribal elders in North Waziristan urged the army to halt its operation in the Tochi valley.",
                &[d(&["~elder"], &[], Ceasefire)],
            ),
            (
                "Relatives of the kidnapped schoolgirls appealed to the government to negotiate with Boko Haram for their release.",
                &[d(&["~relative"], &[], Humanitarian).or(Negotiation).not_by(&["Boko Haram"])],
            ),
            (
                "Western envoys pressed the junta in Niamey to set a date for elections.",
                &[d(&["~envoy"], &[], Other)],
            ),
            (
                "Participating countries call on the current Afghan leadership to release all political detainees.",
                &[d(&["~participating countries"], &["Afghanistan"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_a_body_described_but_never_named() {
    check(
        "speaker: a group the text describes and never names (\"a leading opposition group\", \"the rebels\" with no group before)",
        &[
            (
                "A leading opposition group called on the military government to free all political prisoners.",
                &[d(&["~opposition group"], &[], Humanitarian)],
            ),
            (
                "The rebels urged the government to resume the peace talks in Doha.",
                &[d(&["~rebels"], &[], Negotiation)],
            ),
            (
                "An armed group in the north demanded the release of its jailed fighters.",
                &[d(&["~armed group"], &[], Humanitarian)],
            ),
            // A group named before is the one the words point back to.
            (
                "Hezbollah fired rockets on Monday. The group called on residents of northern Israel to leave their homes.",
                &[d(&["Hezbollah"], &[], Other).not_by(&["group"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_party_quoted_naming_itself() {
    check(
        "speaker: a body quoted naming itself as the subject of its asking verb (\"“Hurriyat urges …,” the statement said\")",
        &[
            (
                "The separatist alliance met in Srinagar on Thursday. “Hurriyat Conference urges the Government of India to resume talks with the Government of Pakistan,” the statement said.",
                &[d(&["All Parties Hurriyat Conference"], &["India"], Negotiation)],
            ),
            (
                "“The United States urges Iran to release the detained sailors without delay,” the spokesman said.",
                &[d(&["United States"], &["Iran"], Humanitarian)],
            ),
            (
                "“Hamas calls on the Arab states to cut their ties with the occupation,” the group said in a statement.",
                &[d(&["Hamas"], &[], Sanctions).or(Other)],
            ),
            // The subject of a stated obligation is the one asked, not the one asking.
            (
                "“Israel must stop the raids on Jenin,” Foreign Minister Ayman Safadi said.",
                &[d(&["Ayman Safadi"], &["Israel"], Ceasefire).not_by(&["Israel"])],
            ),
        ],
    );
}

#[test]
fn speaker_not_a_party_named_in_what_was_reported() {
    check(
        "speaker: a party named after the reporting verb is in what was said (\"… said the move brought China in\")",
        &[
            (
                "The Hurriyat Conference called for dialogue on Thursday.\n\nIn a statement, the separatist alliance said the move had only complicated the dispute and brought China into the picture.\n\n“India must engage with the people of Kashmir,” the statement said.",
                &[
                    d(&["All Parties Hurriyat Conference"], &[], Negotiation),
                    d(&["All Parties Hurriyat Conference"], &["India"], Other).or(Negotiation).not_by(&["China"]),
                ],
            ),
            (
                "Amnesty International called for an inquiry on Monday.\n\nIn its report, the organisation said the raids had been planned with help from Turkey.\n\n“The authorities must release the detained journalists,” the report said.",
                &[
                    d(&["Amnesty International"], &[], Justice),
                    d(&["Amnesty International"], &[], Humanitarian).not_by(&["Turkey"]),
                ],
            ),
            (
                "Hamas appealed to Arab foreign ministers on Wednesday.\nIn a statement, the movement called on Arab states to take decisive measures against what it described as Israel's violations.\nThe statement also stressed the need to hold the occupation's leaders accountable for the strikes.",
                &[
                    d(&["Hamas"], &[], Other),
                    d(&["Hamas"], &[], Ceasefire).or(Other),
                    d(&["Hamas"], &[], Justice).not_by(&["Israel"]),
                ],
            ),
        ],
    );
}

#[test]
fn addressee_not_past_a_coordinated_verb() {
    check(
        "addressee: the object ends where a second verb is coordinated (\"demanded X and expressed readiness to …\")",
        &[
            (
                "Bangladesh demanded the early repatriation of the refugees and expressed its readiness to engage with Myanmar on the modalities.",
                &[d(&["Bangladesh"], &[], Humanitarian).not_to(&["Myanmar"])],
            ),
            (
                "Kenya demanded the release of the aid workers but insisted that talks with the kidnappers would wait.",
                &[d(&["Kenya"], &[], Humanitarian)],
            ),
            // A participle before the "to" is still the object's.
            (
                "Governor Amina Bello urged the families of those killed and injured to register with the relief office.",
                &[d(&["Amina Bello"], &[], Humanitarian).or(Other)],
            ),
        ],
    );
}

#[test]
fn speaker_an_office_named_before_as_a_partys() {
    check(
        "speaker: an office named before as a party's (\"The Presidency of the EU …. The Presidency calls on …\")",
        &[
            (
                "The Presidency of the EU condemns the attacks perpetrated by the PKK.\n\nThe Presidency calls on the Iraqi Government to ensure that its territory is not used for attacks against Turkey.",
                &[d(&["European Union"], &["Iraq"], Counterterrorism).not_by(&["Presidency"])],
            ),
            (
                "The Secretariat of the Organisation of Islamic Cooperation condemned the attack. The Secretariat urged India to protect its Muslim citizens.",
                &[d(&["Organisation of Islamic Cooperation"], &["India"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_a_body_the_lede_describes_and_names_below() {
    check(
        "speaker: a lede's description of a body named below, and 'the group' quoted in the next paragraph",
        &[
            (
                "Families of the hostages have called on the United States to pressure Israel to strike a deal with Hamas.\n\nOn Monday, the Hostages and Missing Families Forum said it had appealed to a number of countries.",
                &[
                    d(&["Hostages and Missing Families Forum"], &["United States"], Ceasefire).or(Counterterrorism).not_by(&["Israel", "Hamas"]),
                    d(&["Hostages and Missing Families Forum"], &[], Other),
                ],
            ),
            (
                "On Monday, the Hostages and Missing Families Forum said it had written to the ambassadors of a dozen countries.\n\n“Your governments must use their influence to secure a ceasefire agreement now,” the group said, as Hamas and Israel resumed talks in Cairo.",
                &[d(&["Hostages and Missing Families Forum"], &[], Ceasefire).or(Negotiation).not_by(&["Hamas", "Israel"]).quoted()],
            ),
        ],
    );
}

#[test]
fn speaker_is_the_antecedent_of_which_or_who() {
    check(
        "speaker: X, which/who called on …",
        &[
            (
                "The minister spoke at a forum hosted by the Atlantic Policy Council, which has called upon more countries to ban Hezbollah.",
                &[d(&["Atlantic Policy Council"], &[], Sanctions).not_by(&["Hezbollah"])],
            ),
            (
                "The report was welcomed by the National Union of Journalists, which demanded that the police protect reporters covering the protests.",
                &[d(&["National Union of Journalists"], &[], Humanitarian)],
            ),
            (
                "Reporters met Jordanian Foreign Minister Ayman Safadi, who urged Israel to allow aid convoys into Gaza.",
                &[d(&["Ayman Safadi"], &["Israel"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_a_group_no_list_holds_named_by_its_fighters() {
    check(
        "'suspected Lakurawa militants … Lakurawa, which …. The group warned …': a name before a noun for armed men, standing alone elsewhere, is an armed group",
        &[
            (
                "Suspected Lakurawa militants have begun forcing farmers to pay levies. Lakurawa, which a court proscribed in 2025, has ties to militants in Niger. The group also warned residents to stop reporting its movements to security agencies.",
                &[d(&["Lakurawa"], &[], Other).or(Counterterrorism)],
            ),
            (
                "Villagers said Bakura fighters had burned the granaries. Bakura has claimed several attacks this year. The group warned farmers against paying taxes to the government.",
                &[d(&["Bakura"], &[], Other).or(Sanctions)],
            ),
            // An ethnic or religious word before the noun, never a name on its own, is none.
            (
                "Fulani militants attacked the village, residents said. The group warned farmers against returning to their fields.",
                &[],
            ),
        ],
    );
}

#[test]
fn speaker_an_operation_named_before() {
    check(
        "'EUNAVFOR Aspides said …. The operation asked …', 'the Benghazi-based House of Representatives': an operation named before, a body after where it sits",
        &[
            (
                "At its headquarters in Larissa, EUNAVFOR Aspides said its frigates would go on escorting ships. The operation asked shipping companies to notify it 48 hours before a southbound transit.",
                &[d(&["EUNAVFOR Aspides"], &[], Other).or(Cooperation)],
            ),
            (
                "Operation Atalanta said the hijacked ship was anchored off Eyl. It urged all merchant vessels in the area to register with its security centre.",
                &[d(&["EUNAVFOR Atalanta"], &[], Other).or(Cooperation)],
            ),
        ],
    );
}

#[test]
fn speaker_its_people_speak_for_it() {
    check(
        "'X published a report. Its researchers warned …': the people of the party the sentence before was about speak for it",
        &[
            (
                "Hope Not Hate, the anti-racism campaign, said the network had grown to about 300 members. Its researchers warned the government against waiting for a successful attack before acting.",
                &[d(&["Hope Not Hate"], &[], Other).or(Counterterrorism)],
            ),
            (
                "The Sahel Bar Association filed a complaint in Bamako on Monday. Its lawyers asked the court to order the release of the detained journalists.",
                &[d(&["Sahel Bar Association"], &[], Humanitarian).or(Justice)],
            ),
        ],
    );
}

/// "Would have to", "will need to", "we'll have to": a necessity foretold or supposed.
#[test]
fn no_demand_a_necessity_foretold() {
    check(
        "no demand: 'would have to', 'may have to', 'will need to', 'we'll have to'",
        &[
            (
                "Defence Minister Kjell Aasen said parliament would have to approve any deployment of troops to the Sahel.",
                &[],
            ),
            (
                "Senator Dora Quist said the Supreme Court may have to rule on the sanctions law before the end of the year.",
                &[],
            ),
            (
                "\"We'll have to see what the inquiry finds,\" said Interior Minister Lotte Brandt.",
                &[],
            ),
            (
                "Analyst Pieter de Wit of the Clingendael Institute said Israel would also need to put tanker aircraft into the sky.",
                &[],
            ),
            (
                "Foreign Minister Lotte Brandt said Iran had to release the detained aid workers without delay.",
                &[d(&["Lotte Brandt"], &["Iran"], Humanitarian)],
            ),
        ],
    );
}

/// "Challenge" the noun ("Croatia's challenges are unlikely to …", "the real challenge now
/// is to …") and a quotation opening on "Given …" or "Come on" ask nothing; "challenged X
/// to …" does.
#[test]
fn no_demand_a_challenge_the_noun_or_given() {
    check(
        "no demand: challenge the noun, 'Given …', 'Come on'; 'challenged X to' asks",
        &[
            (
                "Analyst Marta Kovac said Serbia's challenges are unlikely to disappear before the elections.",
                &[],
            ),
            (
                "General Simon Ashworth said the real challenge now was to convince villagers that the army could protect them from the militants.",
                &[],
            ),
            (
                "\"Given the fact that the group has executed every hostage it filmed, it is not interested in talks,\" said analyst Peter Lindqvist.",
                &[],
            ),
            (
                "\"Come on, come on,\" Senator Mark Ellery said when asked about the vote.",
                &[],
            ),
            (
                "Prime Minister Ana Duarte challenged Venezuela to release the journalists within a week.",
                &[d(&["Ana Duarte"], &["Venezuela"], Humanitarian)],
            ),
        ],
    );
}

/// "X's affiliate, Y, claimed …. It warned …": the party set off after "X's affiliate" is
/// the subject, X only its kin.
#[test]
fn speaker_the_affiliate_named_after_its_kin() {
    check(
        "X's affiliate / branch / ally, Y, … — Y speaks",
        &[
            (
                "Al-Qaeda's Sahel affiliate, the Group for the Support of Islam and Muslims (JNIM), claimed the ambush on Tuesday. It warned transport companies against renting their trucks to the army.",
                &[d(&["Jama'at Nusrat al-Islam wal-Muslimin"], &[], Other).or(Counterterrorism).not_by(&["Al-Qaida"])],
            ),
            (
                "Iran's Lebanese ally, Hezbollah, urged the government in Beirut to reject the proposal.",
                &[d(&["Hezbollah"], &["Lebanon"], Other).not_by(&["Iran"])],
            ),
            // A person set off after a state's office still speaks for the state.
            (
                "Iran's foreign minister, Abbas Araghchi, urged Kabul to disarm the Jaish al-Adl cells.",
                &[d(&["Abbas Araghchi", "Iran"], &["Afghanistan"], Counterterrorism)],
            ),
        ],
    );
}

/// "… should he become president" opens a condition; "Under terms of the plea deal, he must
/// serve …" states what an agreement imposes.
#[test]
fn no_demand_a_condition_or_an_agreements_terms() {
    check(
        "no demand: 'should he become', 'Under terms of the agreement, X must'",
        &[
            (
                "Senator Dana Whitcombe said she would bring the troops home within a year should she become president.",
                &[],
            ),
            (
                "Under terms of the plea agreement, Marcus Hale must serve 180 days in jail, prosecutor Lena Ortiz said.",
                &[],
            ),
            (
                "Prosecutor Lena Ortiz said the militia commander must serve his full sentence.",
                &[d(&["Lena Ortiz"], &[], Justice).or(Other)],
            ),
        ],
    );
}

/// A quotation opening on a noun the tagger may read as a verb ("Torture or ill-treatment
/// is a crime"), one naming a policy ("“Don't Ask, Don't Tell” was repealed"), or someone
/// pushed onto a bus asks nothing.
#[test]
fn no_demand_a_noun_a_name_or_a_shove() {
    check(
        "no demand: 'Torture … is', a quoted title before 'was', 'pushed him onto the bus'",
        &[
            (
                "\"Torture or ill-treatment is a serious crime under any law,\" said Joe Marlow of Human Rights Watch.",
                &[],
            ),
            (
                "Senator Ana Duarte said \"Leave No Child Behind\" was repealed after the vote to remove it.",
                &[],
            ),
            (
                "A government official pushed the reporter onto the bus as he tried to broadcast from the square.",
                &[],
            ),
            (
                "\"Release the journalists now,\" said Joe Marlow of Human Rights Watch.",
                &[d(&["Joe Marlow"], &[], Humanitarian).quoted()],
            ),
            (
                "\"Stop what you are doing and let the aid convoys through,\" Foreign Minister Ana Duarte told the generals.",
                &[d(&["Ana Duarte"], &[], Humanitarian).or(Ceasefire).quoted()],
            ),
        ],
    );
}

/// What a contract requires or a model foresees, a "clarion call", and calls that open a
/// sentence as its subject ("Calls for Lee to resign began …") ask nothing of anyone; a
/// resolution's operative "Calls for …" does.
#[test]
fn no_demand_a_requirement_or_a_nominal_call() {
    check(
        "no demand: 'the contract calls for', 'a clarion call for', 'Calls for X to resign began'; a resolution's 'Calls for' asks",
        &[
            (
                "Orbital spokesman Barron Beneski said the company's contract calls for the delivery of cargo through 2016.",
                &[],
            ),
            (
                "The report, the WWF's director Marco Lambertini said, should be read as a clarion call for action.",
                &[],
            ),
            (
                "The opposition leader spoke on Monday. Calls for Prime Minister Lee to resign began after the businessman was found dead in Seoul.",
                &[],
            ),
            (
                "South Korea's opposition accused the government of a cover-up. Calls for Prime Minister Lee to resign began after a businessman was found hanging from a tree in Seoul.",
                &[],
            ),
            (
                "The Security Council,\n\n2. Calls for an immediate ceasefire in El Fasher.",
                &[d(&["UN Security Council"], &[], Ceasefire)],
            ),
        ],
    );
}

/// A chamber named by its institution's word speaks for itself after a senator is named
/// ("The Senate urged …"), and a given name spelt like a city is still a given name
/// ("Milan Stevanović").
#[test]
fn speaker_a_chamber_or_a_person_with_a_citys_name() {
    check(
        "speaker: 'The Senate urged' after a senator is named; 'Milan Stevanović' is a person",
        &[
            (
                "At plenary on Tuesday, the Senate adopted a motion sponsored by Senator Elisha Dauda Kwaji. The Senate urged the Nigerian Army to return the battalion withdrawn from Michika in January.",
                &[d(&["Senate"], &["Nigerian Army"], Ceasefire).or(Counterterrorism).not_by(&["Elisha Dauda Kwaji"])],
            ),
            (
                "In Belgrade, the director of the Serbian government's Office for Kosovo, Milan Stevanović, said the plot proved that Serbs live under threat. He called on KFOR to take over the security of the monasteries.",
                &[d(&["Milan Stevanović"], &["KFOR"], Other).or(Counterterrorism).not_by(&["Kosovo"])],
            ),
        ],
    );
}

/// A headline in title case asks as running text does: its "To", "For", "Against" are read
/// as the small words they are.
#[test]
fn a_headline_in_title_case() {
    check(
        "headline in title case: 'US Urges Pakistan To Take Action Against Terror Groups'",
        &[
            (
                "US Urges Pakistan To Take Action Against Terror Groups",
                &[d(&["United States"], &["Pakistan"], Counterterrorism)],
            ),
            (
                "China Asks India And Pakistan To Exercise Restraint Along The Border",
                &[d(&["China"], &["India", "Pakistan"], Ceasefire)],
            ),
            (
                "Pakistan And China Sign Economic Corridor Deal In Islamabad",
                &[],
            ),
        ],
    );
}

#[test]
fn no_demand_told_inside_a_quotation() {
    check(
        "'“They asked the men to stand aside,” she recalled': a quotation telling what someone else asked asks nothing",
        &[
            (
                "Rhoda Yakubu survived the attack on the church. \"They asked the men to stand on one side,\" she recalled.",
                &[],
            ),
            (
                "The family of the aid worker spoke to reporters. \"He asked not to be made a hero of,\" his sister Amal Haddad said.",
                &[],
            ),
            (
                "Foreign Minister Ana Duarte spoke on Monday. \"We urged Venezuela to release the journalists,\" she said.",
                &[d(&["Ana Duarte"], &["Venezuela"], Humanitarian).quoted()],
            ),
        ],
    );
}

#[test]
fn the_taliban_governing_afghanistan_are_its_government() {
    check(
        "'the Afghan interim government', 'the Afghan authorities' are the Taliban where the text shows them governing; in 2020 'the Afghan government' is Afghanistan's",
        &[
            (
                "The Taliban government has denied hosting the group. China urged the Afghan interim government to take effective measures against the ETIM.",
                &[d(&["China"], &["Taliban"], Counterterrorism)],
            ),
            (
                "Tajikistan asked the Afghan authorities to act against ISKP cells near the border, which the Taliban authorities say they are fighting.",
                &[d(&["Tajikistan"], &["Taliban"], Counterterrorism)],
            ),
            (
                "US and Afghan government forces fought the Taliban in Helmand. The Afghan government called on the Taliban to stop attacks on the highway.",
                &[d(&["Afghanistan"], &["Taliban"], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn speaker_states_counted_by_a_number() {
    check(
        "'The three Central Asian states called on …', 'Foreign ministers from the five … states' in a lede: the states counted",
        &[
            (
                "Kazakhstan, Uzbekistan and Tajikistan signed the border pact on Monday. Officials said trade would grow. The three Central Asian states called on the Taliban to dismantle Islamic State cells.",
                &[d(&["Kazakhstan", "Uzbekistan", "Tajikistan"], &["Taliban"], Counterterrorism)],
            ),
            (
                "ALMATY - Foreign ministers from the five Central Asian states on Thursday called on the Taliban to dismantle Islamic State cells near the border.\n\nThe ministers of Kazakhstan, Uzbekistan, Tajikistan, Kyrgyzstan and Turkmenistan met for one day.",
                &[d(&["Kazakhstan", "Uzbekistan", "Tajikistan", "Kyrgyzstan", "Turkmenistan"], &["Taliban"], Counterterrorism)],
            ),
            (
                "Ghana, Togo, Benin and Burkina Faso set up the Accra Initiative in 2017. The four countries urged their partners to fund the joint patrols.",
                &[d(&["Ghana", "Togo", "Benin", "Burkina Faso"], &[], Cooperation)],
            ),
        ],
    );
}

#[test]
fn speaker_it_goes_on_past_a_leading_adverbial() {
    check(
        "'X did not claim it. In a statement …, it regretted …. It demanded …': 'it' after an adverbial goes on with X",
        &[
            (
                "Colonel Anan Srisuk said the army would reinforce the line against the Barisan Revolusi Nasional (BRN).\n\nThe BRN, the main separatist front in the region, did not claim the bombing. In a statement posted by its information department, it regretted the loss of civilian lives. It demanded that Bangkok withdraw ranger units from the villages along the line.",
                &[d(&["Barisan Revolusi Nasional"], &["Thailand"], Ceasefire).or(Other).not_by(&["Anan Srisuk"])],
            ),
            (
                "Governor Musa Kanu toured the camp on Monday.\n\nThe Ogaden National Liberation Front denied any role. In a message to supporters on Tuesday, it accused the army of staging the attack. It called on the African Union to send investigators to the region.",
                &[d(&["Ogaden National Liberation Front"], &["African Union"], Justice).or(Other).not_by(&["Musa Kanu"])],
            ),
        ],
    );
}

#[test]
fn speaker_he_said_is_a_person_not_the_group_before_it() {
    check(
        "speaker: \"X claims …, but he said it should …\"",
        &[
            (
                "Freed hostage Daniel Ortega Ruiz said Boko Haram claims it wants peace, but he said it should prove that claim by freeing all its captives.",
                &[d(&["Daniel Ortega Ruiz"], &["Boko Haram"], Humanitarian).not_by(&["Boko Haram"])],
            ),
            (
                "Senator Maria Lopes noted that Hamas says it is ready for a deal, but she said it must release the hostages first.",
                &[d(&["Maria Lopes"], &["Hamas"], Humanitarian).not_by(&["Hamas"])],
            ),
            (
                "Foreign Minister Penny Wong said Hezbollah claims it does not want war, but she said it should stop firing rockets into Israel.",
                &[d(&["Penny Wong"], &["Hezbollah"], Ceasefire).not_by(&["Hezbollah"])],
            ),
        ],
    );
}

#[test]
fn a_quotation_continuing_a_call_is_one_demand() {
    check(
        "called for X to \"…\": one demand",
        &[
            (
                "Nepal's foreign minister called for authorities to \"arrest the perpetrators of this heinous attack\".",
                &[d(&["Nepal"], &[], Justice)],
            ),
            (
                "Kenya urged the rebels to \"release every hostage without conditions\".",
                &[d(&["Kenya"], &[], Humanitarian)],
            ),
            (
                "The Arab League called on Israel to \"halt its offensive immediately\", its secretary-general said.",
                &[d(&["Arab League"], &["Israel"], Ceasefire).text_lacks("Tuesday")],
            ),
        ],
    );
}

#[test]
fn categories_from_the_head_of_what_is_asked() {
    check(
        "category: the head noun or the means asked",
        &[
            (
                "The UN chief called for an immediate humanitarian ceasefire to save lives and improve access for aid.",
                &[d(&["United Nations"], &[], Ceasefire)],
            ),
            (
                "Pakistan urged the Taliban to prove their commitment by dismantling TTP camps in Kunar.",
                &[d(&["Pakistan"], &["Taliban"], Counterterrorism).not_by(&["TTP"])],
            ),
            (
                "Norway urged both sides to show a clearer commitment to resolving the crisis through dialogue.",
                &[d(&["Norway"], &[], Negotiation).not_by(&["African Union"])],
            ),
            (
                "Brazil pushed for a two-state solution at the General Assembly.",
                &[d(&["Brazil"], &[], Negotiation)],
            ),
            (
                "Baghdad demanded that Ankara halt its cross-border operations in northern Iraq.",
                &[d(&["Iraq"], &["Turkey"], Ceasefire)],
            ),
            // The present tense, its object opening on an adjective.
            (
                "The G7 said: \"We demand safe, rapid and unimpeded humanitarian access to all people in need.\"",
                &[d(&["G7"], &[], Humanitarian).quoted()],
            ),
            (
                "\"We demand unconditional guarantees for the returnees,\" Uganda's foreign ministry said in a statement.",
                &[d(&["Uganda"], &[], Humanitarian).or(Other).quoted()],
            ),
            (
                "\"We demand transparent investigations into every killing in Benue,\" said Senator Danjuma Okafor.",
                &[d(&["Danjuma Okafor"], &[], Justice).quoted()],
            ),
        ],
    );
}

#[test]
fn speaker_is_a_one_word_name() {
    check(
        "speaker: one-word name",
        &[
            (
                "In a new audio message, Al-Libi called on fighters in the Sahel to attack French and Malian army bases.",
                &[d(&["Al-Libi"], &[], Other)],
            ),
            (
                "Dhere urged Somali youths to join the fight against African Union troops.",
                &[d(&["Dhere"], &[], Other)],
            ),
            (
                "Okafor called for an independent inquiry into the killings in Benue State.",
                &[d(&["Okafor"], &[], Justice)],
            ),
            (
                "Tshabalala urged Harare to free the detained opposition activists.",
                &[d(&["Tshabalala"], &["Zimbabwe"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_group_named_in_the_ask_is_not_the_speaker() {
    check(
        "group inside what is asked is not the speaker",
        &[
            (
                "Islamabad on Monday urged Kabul to take action against the TTP after the attack in Dera Ismail Khan.",
                &[d(&["Pakistan"], &[], Counterterrorism).not_by(&["TTP", "Tehrik-e-Taliban Pakistan"])],
            ),
            (
                "Washington called on Baghdad to rein in Kata'ib Hezbollah after the drone attack on its base.",
                &[d(&["United States"], &["Iraq"], Counterterrorism).not_by(&["Kata'ib Hezbollah"])],
            ),
            (
                "Iraq asked Turkey to coordinate with Baghdad before striking PKK positions in Sinjar.",
                &[d(&["Iraq"], &["Turkey"], Cooperation).not_by(&["PKK"])],
            ),
            (
                "India urged the Security Council to list The Resistance Front as a terrorist organisation.",
                &[d(&["India"], &["UN Security Council"], Sanctions).not_by(&["The Resistance Front"])],
            ),
            (
                "Nigeria called on its neighbours to deny Boko Haram and ISWAP fighters safe haven.",
                &[d(&["Nigeria"], &[], Counterterrorism).not_by(&["Boko Haram", "ISWAP"])],
            ),
        ],
    );
}

// ---------------------------------------------------------------------------------------
// Not demands

#[test]
fn no_demand_pledges() {
    check(
        "no demand: pledges and commitments",
        &[
            ("Interior Minister Amit Varma vowed that the killers of the pilgrims would be hunted down and punished.", &[]),
            ("Nigeria will not rest until every abducted schoolgirl is back home, President Bola Tinubu said.", &[]),
            ("The Emirati minister said his country would continue to support the people of Sudan.", &[]),
            ("Turkey stands ready to expand counterterrorism cooperation with Iraq, its foreign minister said.", &[]),
            ("The government will bring the perpetrators of the Mogadishu hotel attack to justice, the Somali president said.", &[]),
        ],
    );
}

#[test]
fn no_demand_offers() {
    check(
        "no demand: offers",
        &[
            ("Oman offered to host the next round of talks between Iran and the United States.", &[]),
            ("Qatar has offered to mediate between the Congolese government and the M23 rebels.", &[]),
            ("Switzerland said it was ready to facilitate a prisoner exchange between Armenia and Azerbaijan.", &[]),
        ],
    );
}

#[test]
fn no_demand_assessments() {
    check(
        "no demand: assessments",
        &[
            ("There is no military solution to the war in Yemen, the Swedish envoy said.", &[]),
            ("The humanitarian situation in Gaza is catastrophic, the World Health Organization said on Friday.", &[]),
            ("Analysts said the truce between the army and the rebels was unlikely to hold beyond the weekend.", &[]),
        ],
    );
}

#[test]
fn no_demand_sports() {
    check(
        "no demand: sports should / must / need to",
        &[
            ("Babar Azam should have taken the catch at mid-off, the former captain said.", &[]),
            ("Pakistan must win both remaining matches to reach the semi-finals, the coach said.", &[]),
            ("Mbappé should have scored twice before half-time, Didier Deschamps admitted.", &[]),
            ("India need to bat out the final day to save the Test, the commentator said.", &[]),
        ],
    );
}

#[test]
fn no_demand_epistemic_must() {
    check(
        "no demand: epistemic must",
        &[
            ("The Taliban must be worried about the growing strength of ISIS-K, a former diplomat said.", &[]),
            ("Islamabad must have known about the hideout, the analyst said.", &[]),
            ("Hamas leaders must be feeling the pressure after the strikes, an Israeli official said.", &[]),
            ("The gunmen must have crossed from Afghanistan overnight, police said.", &[]),
            (
                "\u{201c}The junta must be under enormous pressure from the barracks,\u{201d} said Drissa Kone, a Ghanaian analyst.",
                &[],
            ),
            ("Another analyst said that Pakistan \"must be under pressure\" from its own generals.", &[]),
            (
                "\u{201c}Whoever took them must by now have realized that they are ordinary aid workers,\u{201d} the Red Cross delegate said.",
                &[],
            ),
            ("The kidnappers must already have moved the hostages across the border, a police officer said.", &[]),
        ],
    );
}

#[test]
fn a_setting_between_the_verb_and_what_is_asked() {
    check(
        "a setting between the verb and what is asked: 'demanded in a statement that …', 'urged, in a letter to the council, …'",
        &[
            (
                "Sudan's Ministry of Foreign Affairs demanded in a statement that the international community designate the RSF a terrorist organisation.",
                &[d(&["Sudan"], &[], Sanctions).text_lacks("statement")],
            ),
            (
                "Kenya demanded, in a letter to the Security Council, that Ethiopia withdraw its troops from the border.",
                &[d(&["Kenya"], &[], Ceasefire).text_lacks("letter")],
            ),
            (
                "Nigeria urged, in a televised address on Tuesday, all armed groups to lay down their arms.",
                &[d(&["Nigeria"], &[], Ceasefire).text_lacks("address")],
            ),
            (
                "The Arab League asked in a communique that Israel allow aid into Gaza.",
                &[d(&["Arab League"], &["Israel"], Humanitarian)],
            ),
            // A noun's setting is no verb's.
            (
                "The US government issued the warning on Thursday night as it prepared new sanctions.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_labels_quotation_in_a_headline() {
    check(
        "speaker: a headline's label before its quotation ('WFP: “It is time to …”'), never a place after a verb of saying",
        &[
            (
                "Sudan aid talks stall\nWFP: \u{2018}It is time to let our trucks through\u{2019}\nThe World Food Programme's country director Lena Berg said trucks were waiting at the border.",
                &[d(&["World Food Programme"], &[], Humanitarian)],
            ),
            (
                "Schools hit again in Gaza\nUNICEF: \u{201c}Stop the attacks on schools now\u{201d}\nThe agency said 40 schools had been damaged this month.",
                &[d(&["UNICEF"], &[], Ceasefire).or(Humanitarian).quoted()],
            ),
            (
                "Kenya's foreign minister Ali Omar said in Kabul: \u{201c}The Taliban must release the hostages.\u{201d}",
                &[d(&["Ali Omar"], &["Taliban"], Humanitarian).not_by(&["Afghanistan"])],
            ),
        ],
    );
}

#[test]
fn a_body_that_recommends_speaks_what_follows() {
    check(
        "speaker: 'Crisis Group recommends a four-part approach. First, Maputo should …': a body's recommendation gives it the sentences after",
        &[
            (
                "International Crisis Group recommends a four-part approach.\n\nFirst, Maputo should accept targeted outside support. SADC should agree on a limited mission.",
                &[
                    d(&["International Crisis Group"], &["Mozambique"], Cooperation).or(Other),
                    d(&["International Crisis Group"], &["Southern African Development Community"], Other).or(Ceasefire).or(Cooperation),
                ],
            ),
            (
                "In written testimony, former Treasury official Miriam Castellanos recommended that Congress fund two more attachés in the region. Paraguay should tighten its controls on money-service businesses.",
                &[
                    d(&["Miriam Castellanos"], &[], Cooperation).or(Other),
                    d(&["Miriam Castellanos"], &["Paraguay"], Sanctions).or(Cooperation),
                ],
            ),
        ],
    );
}

#[test]
fn a_briefings_label_for_its_holders_role_however_written() {
    check(
        "speaker: a briefing's 'Spokesman:' is the one its header calls 'Spokesperson'",
        &[(
            "The following is a near-verbatim transcript of today's noon briefing by Ramón Estébanez-Ortiz, Spokesperson for the Secretary-General.\n\nQuestion: Have you seen the detained staff?\n\nSpokesman: Our colleagues were doing their jobs. They must be released, full stop.",
            &[d(&["Ramón Estébanez-Ortiz"], &[], Humanitarian)],
        )],
    );
}

#[test]
fn no_demand_insisted_that_claim() {
    check(
        "no demand: insisted that <claim>",
        &[
            (
                "The Taliban insisted that no foreign militants were operating on Afghan soil.",
                &[],
            ),
            (
                "Moscow insisted that its strikes had hit only military targets.",
                &[],
            ),
            (
                "The army insisted that all those killed in the raid were militants.",
                &[],
            ),
            ("Hezbollah insisted it had not fired the rockets.", &[]),
        ],
    );
}

#[test]
fn no_demand_questions() {
    check(
        "no demand: questions",
        &[
            (
                "Should the Security Council impose sanctions on the junta in Niamey?",
                &[],
            ),
            (
                "Will Hamas accept the new proposal from Egypt and Qatar?",
                &[],
            ),
            (
                "Can Turkey persuade Sweden to extradite the PKK suspects?",
                &[],
            ),
            ("Must Europe fund Ukraine's defence alone?", &[]),
        ],
    );
}

#[test]
fn affirmed_a_states_call_for() {
    check(
        "'affirmed the Kingdom's call for', 'reaffirmed Cairo's call for': a call restated",
        &[
            (
                "Saudi Foreign Minister Faisal bin Farhan spoke on Sunday. He affirmed the Kingdom's call for an immediate and permanent ceasefire in the Gaza Strip.",
                &[d(&["Faisal bin Farhan"], &[], Ceasefire)],
            ),
            (
                "Egyptian Foreign Minister Badr Abdelatty reaffirmed Cairo's call for the reopening of the Rafah crossing to aid convoys.",
                &[d(&["Badr Abdelatty", "Egypt"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn no_demand_forecasts_and_quoted_questions() {
    check(
        "no demand: onlookers' expectations, 'must expect', a dated 'insisted on', a quoted question",
        &[
            ("Analysts in Kyiv said they expected few European governments to follow the call, Ukrainian officials said.", &[]),
            ("\"Governments that trade prisoners must expect another European to be arrested within months,\" said Claire Dumas, a researcher in Paris.", &[]),
            ("Foreign ministry spokesman Reza Tavakoli insisted on Monday that all of them had been tried fairly.", &[]),
            ("\"How many more ships must burn before the world calls this militia by its true name?\" Foreign Minister Faisal Al-Harbi asked.", &[]),
            ("Governor Ali Musa expects attacks to spread towards the coast in the coming weeks.", &[]),
        ],
    );
}

#[test]
fn no_demand_for_what_a_law_requires() {
    check(
        "no demand: 'Under the Criminal Code, banks must …' states what a law imposes",
        &[
            ("Under the Criminal Code, banks and other financial institutions must now freeze any property of the network, Public Safety Minister Claire Dubois said.", &[]),
            ("Under the anti-terrorism law, the court has to rule on the objections before it hears any witness.", &[]),
            (
                "Under pressure from donors, the government must release the detainees, Foreign Minister Ana Duarte said.",
                &[d(&["Ana Duarte"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn no_demand_when_nobody_asks_or_is_bound_nor_for_what_should_have_been() {
    check(
        "no demand: 'Nobody is asking …', 'Nobody has to …', 'should never have …'",
        &[
            ("\"Nobody is asking the refugees to give up their right of return,\" said Karim Haddad, a camp official.", &[]),
            ("\"Nobody in Kabul has to sign anything,\" said Dr Lena Moberg, who studies the talks.", &[]),
            ("\"The mission should never have left in 2024,\" Grace Achieng said.", &[]),
            ("\"The courts should not have accepted those confessions,\" the lawyer Haakon Dahl said.", &[]),
            (
                "\"Nobody wants this war, but the rebels must release the hostages,\" Foreign Minister Ana Duarte said.",
                &[d(&["Ana Duarte"], &[], Humanitarian).quoted()],
            ),
        ],
    );
}

#[test]
fn no_demand_pressure_without_a_speaker() {
    check(
        "no demand: pressure without a speaker",
        &[
            ("A video showing the hostages has added pressure on the Israeli government to reach a deal.", &[]),
            ("Mounting casualties have increased pressure on Kyiv to negotiate.", &[]),
            ("The attack in Bannu has put fresh pressure on Islamabad to act against militant groups.", &[]),
        ],
    );
}

#[test]
fn no_demand_reported_refusals() {
    check(
        "no demand: reported refusals",
        &[
            ("Hamas rejected calls to disarm.", &[]),
            ("The Taliban refused to hand over the suspects in the embassy bombing.", &[]),
            ("India declined Pakistan's offer of a joint investigation into the attack.", &[]),
            ("The junta turned down the appeal, saying elections would be held only after security had been restored.", &[]),
        ],
    );
}

#[test]
fn transcript_labels_name_their_speakers() {
    check(
        "transcript labels: 'Hon Name:', a name in capitals with its office, a bare name",
        &[
            (
                "Question time\n\nHon Priya Ramanathan-Cole: We urge Colombo to release the eleven fishermen before the monsoon.\n\nMinister Ahmed Qureshi: The matter is before the courts.",
                &[d(&["Priya Ramanathan-Cole"], &["Sri Lanka"], Humanitarian)],
            ),
            (
                "Hearing record\n\nRt Hon JONAS VELLACOTT-BRAY (Minister for Foreign Affairs): On Tuesday I met the ambassador of Iran and asked him to secure consular access for the detained journalist.\n\nSPEAKER: Order.",
                &[d(&["Jonas Vellacott-Bray"], &[], Humanitarian)],
            ),
            (
                "Committee transcript\n\nMarta Okonkwo-Lind: We call on Ankara to open an independent investigation into the shelling.\n\nTEODOR BALAN (Chair): Thank you.",
                &[d(&["Marta Okonkwo-Lind"], &["Turkey"], Justice)],
            ),
        ],
    );
}

#[test]
fn no_person_in_one_word_labels() {
    check(
        "no demand, no person: a one-word label and an ordinary colon",
        &[
            ("SPEAKER: Order. The member will resume her seat.", &[]),
            (
                "Background: The talks collapsed in March after both sides walked out.",
                &[],
            ),
        ],
    );
}

#[test]
fn prodded_petitioned_lobbied() {
    check(
        "'prodded X to', 'petitioned X to', 'lobbied X to', 'made a plea for X to'",
        &[
            (
                "The Norwegian embassy prodded both delegations \"to use the lull before the rains\" to agree on prisoner lists.",
                &[d(&["Norway"], &[], Humanitarian).or(Negotiation)],
            ),
            (
                "Chile has lobbied Peru to add the Tren de Aragua gang to its terrorism list.",
                &[d(&["Chile"], &["Peru"], Sanctions)],
            ),
            (
                "The Kenyan government petitioned the African Union to extend the mandate of its force in Somalia.",
                &[d(&["Kenya"], &["African Union"], Other).or(Cooperation)],
            ),
            (
                "Foreign Minister Ana Beltrán made a plea on Monday for Caracas to release the detained aid workers.",
                &[d(&["Ana Beltrán"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn no_demand_lobbying_and_products() {
    check(
        "no demand: lobbying as an industry, a product",
        &[
            (
                "Lobbying groups spent record sums in Washington last year.",
                &[],
            ),
            (
                "The ministry unveiled a new product to help farmers insure their crops.",
                &[],
            ),
            (
                "He was lobbying for a seat on the committee for years.",
                &[],
            ),
        ],
    );
}

#[test]
fn the_plural_noun_a_party_qualified() {
    check(
        "'UN experts … The experts said', 'Pakistani officials … the officials urged'",
        &[
            (
                "UN experts on Monday condemned the executions in Baghdad. The experts urged Iraq to halt all further executions.",
                &[
                    d(&["United Nations"], &["Iraq"], Justice).or(Humanitarian),
                ],
            ),
            (
                "Pakistani officials met Afghan envoys in Doha on Monday. The envoys urged Islamabad to reopen the Torkham crossing.",
                &[d(&["Afghanistan"], &["Pakistan"], Humanitarian).or(Other)],
            ),
            (
                "Houthi negotiators arrived in Muscat on Friday. The negotiators demanded that Riyadh pay public salaries before any deal.",
                &[d(&["Houthis"], &["Saudi Arabia"], Negotiation).or(Other)],
            ),
        ],
    );
}

#[test]
fn categories_of_reporting_trials_tensions_and_returns() {
    check(
        "categories: reporting strangers (counterterrorism), a court's ruling (justice), lowering the temperature (ceasefire), a safe return (humanitarian)",
        &[
            (
                "The interior ministry called on residents to report any strangers renting rooms near the port.",
                &[d(&[], &[], Counterterrorism)],
            ),
            (
                "The victims' families called on the Supreme Court to rule on the pending appeals before the anniversary.",
                &[d(&[], &[], Justice)],
            ),
            (
                "Kenyan President William Ruto said both governments needed to lower the temperature along the border.",
                &[d(&["William Ruto"], &[], Ceasefire)],
            ),
            (
                "The African Union Commission called for the safe and swift return of the abducted students.",
                &[d(&["African Union"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn briefing_and_press_conference_labels() {
    check(
        "labels: 'MR. SURNAME:' with a full stop, a first name after a local honorific, a long name with 'bin', an imperative on the floor",
        &[
            (
                "Department Press Briefing\n\nMR. HALVORSEN-ADEYEMI: Good afternoon. We call on the Government of Iraq to prosecute those responsible.\n\nQUESTION: And Iran?\n\nMR. HALVORSEN-ADEYEMI: Tehran should stop arming these militias.",
                &[
                    d(&["Halvorsen-Adeyemi"], &["Iraq"], Justice),
                    d(&["Halvorsen-Adeyemi"], &["Iran"], Counterterrorism),
                ],
            ),
            (
                "Speakers: Dato' Seri Azlan Hakimi bin Mohd Yusof, Minister of Foreign Affairs of Malaysia; H.E. Dewi Anggraini Siregar, Minister for Foreign Affairs of Indonesia\n\nDATO' SERI AZLAN HAKIMI: We call on the kidnappers to release the three crewmen immediately.\n\nIBU DEWI: Thank you. Release them.",
                &[
                    d(&["Azlan Hakimi bin Mohd Yusof"], &[], Humanitarian),
                    d(&["Dewi Anggraini Siregar"], &[], Humanitarian),
                ],
            ),
        ],
    );
}

#[test]
fn editorial_outlet_after_its_label() {
    check(
        "an editorial's 'Editorial | Outlet, City | date' line: the outlet speaks the paper's 'we'",
        &[(
            "Protect the border towns now\nEditorial | The Northern Ledger, Tamale | Monday, 8 March 2027\n\nThe attack on the customs post was no surprise. We call on the government to station soldiers at every crossing in the region.",
            &[
                d(&["The Northern Ledger"], &[], Humanitarian).or(Counterterrorism),
                d(&["The Northern Ledger"], &[], Humanitarian).or(Counterterrorism),
            ],
        )],
    );
}

#[test]
fn a_group_that_qualifies_another() {
    check(
        "'the al-Qaeda-linked JNIM', 'JNIM, the al-Qaeda affiliate,' and 'a message attributed to X': the group qualified speaks",
        &[
            (
                "The al-Qaeda-linked JNIM warned families in the north against letting their sons join the army.",
                &[d(&["JNIM"], &[], Other).or(Counterterrorism)],
            ),
            (
                "On Sunday a message on Telegram attributed to JNIM, the al-Qaeda affiliate in the Sahel, claimed the raid and warned truck drivers against using the road to Kayes.",
                &[D {
                    not_by: &["Al-Qaida"],
                    ..d(&["JNIM"], &[], Other).or(Counterterrorism)
                }],
            ),
        ],
    );
}

#[test]
fn topic_labels_bare_institutions_and_operative_paragraphs() {
    check(
        "'Syria: Parliament demands …' headlines, a bare 'Parliament calls on', a decision's numbered 'Calls upon'",
        &[
            (
                "Press release\n\nParliament calls on the Syrian authorities to grant UN investigators access to Sweida. It demands that all perpetrators be held accountable.",
                &[
                    d(&["Parliament"], &["Syria"], Humanitarian).or(Justice),
                    d(&["Parliament"], &[], Justice),
                ],
            ),
            (
                "Organization for Security and Co-operation in Europe\nMinisterial Council\n\nDECISION No. 7/27\n\nThe Ministerial Council,\n\n1. Calls upon the participating States to criminalize the financing of terrorism in line with the FATF standards;\n\n2. Urges the participating States to share financial intelligence through their national units;",
                &[
                    D {
                        not_by: &["Financial Action Task Force"],
                        ..d(&["OSCE"], &[], Sanctions)
                    },
                    d(&["OSCE"], &[], Cooperation),
                ],
            ),
        ],
    );
}

#[test]
fn a_declaration_that_names_its_we() {
    check(
        "'We, the Leaders of the X countries, …': the body named there is the declaration's 'we', not the host city's state",
        &[(
            "Summit Declaration (excerpts)\nJohannesburg, 4 March 2027\n\n1. We, the Leaders of the BRICS countries, met in Johannesburg for our annual summit.\n\n7. We call for an immediate and permanent ceasefire in Sudan. We urge developed countries to honour their climate finance pledges.",
            &[
                D {
                    not_by: &["South Africa"],
                    ..d(&["BRICS"], &[], Ceasefire)
                },
                D {
                    not_by: &["South Africa"],
                    ..d(&["BRICS"], &[], Other).or(Cooperation)
                },
            ],
        )],
    );
}

#[test]
fn renewed_requests_opposition_parties_and_appeals_with_adverbials() {
    check(
        "'renewed its request that X', 'The opposition Greens warned', 'appealed during Sunday Mass to X to'",
        &[
            (
                "Oslo has also renewed its request that Ankara extradite the two men arrested in Izmir last year.",
                &[d(&["Norway"], &[], Justice)],
            ),
            (
                "The opposition Liberal Democrats pressed the government to publish the full intelligence review.",
                &[d(&["Liberal Democrats"], &[], Other).or(Justice)],
            ),
            (
                "The Archbishop of Bamenda, Monsignor Andrew Nkea, appealed during Sunday Mass to the kidnappers to free the seminarians.",
                &[d(&["Andrew Nkea"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn no_demand_in_a_legal_appeal() {
    check(
        "no demand: appealing a verdict, appealing in vain",
        &[
            (
                "The defence appealed the verdict to the Supreme Court on Monday.",
                &[],
            ),
            (
                "His lawyers appealed in vain to the constitutional court last year.",
                &[],
            ),
        ],
    );
}

#[test]
fn the_parties_in_a_state_are_its_parties() {
    check(
        "'the parties concerned in Myanmar', 'the warring sides in Sudan': the state is a party, not a place",
        &[
            (
                "Vietnam hopes the parties concerned in Myanmar will exercise restraint and resume dialogue.",
                &[
                    d(&["Vietnam"], &["Myanmar"], Ceasefire),
                    d(&["Vietnam"], &["Myanmar"], Negotiation),
                ],
            ),
            (
                "Egypt urged the warring sides in Sudan to return to the talks in Jeddah.",
                &[d(&["Egypt"], &["Sudan"], Negotiation)],
            ),
            (
                "Qatar called on the rival factions in Libya to agree on a date for elections.",
                &[d(&["Qatar"], &["Libya"], Negotiation).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_summit_assembly_and_a_translated_acronym() {
    check(
        "'The Assembly demanded …' in a heads of state communiqué; 'The X Network for Y (ACRONYM)' whose acronym abbreviates another language",
        &[
            (
                "INTERGOVERNMENTAL AUTHORITY ON DEVELOPMENT (IGAD)\n\nCOMMUNIQUÉ OF THE 49TH EXTRAORDINARY ASSEMBLY\n\n5. The Assembly demanded that all parties immediately cease hostilities in Upper Nile.\n\n6. The Assembly called upon the White Army to withdraw from Nasir.",
                &[
                    d(&["IGAD"], &[], Ceasefire),
                    d(&["IGAD"], &[], Ceasefire),
                ],
            ),
            (
                "The Sahel Network for Women's Rights (RESADEF), an alliance of local associations, calls on the abductors to release the eleven women immediately.",
                &[d(&["Sahel Network for Women's Rights"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_statement_given_to_a_delegation() {
    check(
        "'By the delegation of X (also on behalf of Y and Z):' over a statement: its 'we' is those states, not the body whose decision it is attached to",
        &[
        (
            "Organization for Security and Co-operation in Europe\nPermanent Council\n\nDECISION No. 1502\n\n1. Urges the participating States to share passenger data.\n\nAttachment\n\nBy the delegation of Kazakhstan (also on behalf of Uzbekistan):\n\n\"Mr. Chairperson,\n\nWe call on our partners to increase support for border management in Central Asia.",
            &[
                d(&["OSCE"], &[], Cooperation),
                D {
                    not_by: &["OSCE"],
                    ..d(&["Kazakhstan", "Uzbekistan"], &[], Cooperation)
                },
            ],
        ),
        // A journal's annexes head each statement in capitals, with no colon.
        (
            "Organization for Security and Co-operation in Europe\nPermanent Council\n\nSTATEMENT BY THE DELEGATION OF GEORGIA\n\nMr. Chairperson,\n\nWe call on all participating States to stop the flow of weapons to the breakaway regions.\n\nSTATEMENT BY THE DELEGATION OF FINLAND ON BEHALF OF THE EUROPEAN UNION\n\nWe call on the parties to resume the Geneva talks without preconditions.",
            &[
                D {
                    not_by: &["OSCE"],
                    ..d(&["Georgia"], &[], Counterterrorism).or(Ceasefire).or(Other)
                },
                D {
                    not_by: &["OSCE", "Georgia"],
                    ..d(&["European Union", "Finland"], &[], Negotiation)
                },
            ],
        ),
        (
            "STATEMENT BY THE DELEGATION OF THE RUSSIAN FEDERATION\n\nMr. Chairperson,\n\nWe cannot accept the assessment of the distinguished representative of Moldova. Chişinău should refrain from any step that amounts to an economic blockade of the region.",
            &[D {
                not_by: &["Moldova"],
                ..d(&["Russia"], &["Moldova"], Humanitarian).or(Other)
            }],
        ),
        ],
    );
}

#[test]
fn stepping_up_strikes_is_counterterrorism() {
    check(
        "asking for more force against a group ('step up air strikes against al Shabaab') is counterterrorism, not a ceasefire",
        &[
            (
                "Somalia's defence minister asked its international partners on Monday to step up air strikes against al Shabaab.",
                &[d(&["Somalia"], &[], Counterterrorism)],
            ),
            (
                "The Nigerian army urged Chad to increase joint raids against ISWAP camps on the lake islands.",
                &[d(&["Nigeria"], &["Chad"], Counterterrorism)],
            ),
            (
                "The United Nations urged both sides to halt strikes on residential areas.",
                &[d(&["United Nations"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn it_goes_on_with_the_subject_before() {
    check(
        "\"it\" after a sentence whose subject is a body or a group",
        &[
            (
                "The Mwangaza Relief Network condemned the ambush near Garissa. It called on Kenya to protect aid convoys on the border road.",
                &[d(&["Mwangaza Relief Network"], &["Kenya"], Humanitarian)],
            ),
            (
                "Mayor Idrissa Kone said the village had emptied, and he spoke to reporters. JNIM, for its part, presented the raid as revenge. It demanded that Mali release its prisoners.",
                &[d(&["JNIM"], &["Mali"], Humanitarian).or(Other).not_by(&["Idrissa Kone"])],
            ),
            (
                "Saudi Arabia has been preparing for the pilgrims. It is urging other countries to keep children under 12 at home.",
                &[d(&["Saudi Arabia"], &[], Humanitarian).or(Other)],
            ),
        ],
    );
}

#[test]
fn it_opening_a_paragraph_is_no_person_quoted_before() {
    check(
        "\"It\" opening a paragraph after a statement by a body no list holds stands for that body, never for the person who spoke in the paragraph before",
        &[
            (
                "In Myawaddy, U Than Htike, the district administrator, said 36 workers had been handed over on Monday.\n\nThe BGF, which renamed itself the Karen National Army in 2024, said in a statement that it had expelled all foreign operators. It demanded that Thailand restore electricity to schools in Shwe Kokko.",
                &[],
            ),
            (
                "Captain Rodel Mabini said the crew were safe.\n\nThe ship's owner, a Piraeus firm, said in a statement that talks were under way. It asked the media not to publish the names of the crew.",
                &[],
            ),
            (
                "Ambassador Frank Wisner said he had briefed the press. The United States has decided to send formal messages to India and Pakistan, asking them to refrain from provocative actions.\n\nIt also made an appeal to the two countries to resume their dialogue.",
                &[d(&["United States"], &[], Ceasefire), d(&["United States"], &[], Negotiation).not_by(&["Frank Wisner"])],
            ),
        ],
    );
}

#[test]
fn a_quotation_given_to_he_goes_on_and_the_nameless_spokesperson() {
    check(
        "\"…,\" he said. \"…\": the one a pronoun gave the first quotation to speaks the next; \"A State Department spokesperson said …. \"…,\" the spokesperson said\": the nameless one just introduced, not an earlier spokesman",
        &[
            (
                "Eleven senators signed the letter. Senator Mark Halvorsen dismissed the argument that the militia had fought ISIS. \"Fighting one terrorist group does not give you a license,\" he said in an interview. \"Badr has to choose whether it answers to Baghdad or to Tehran.\"",
                &[d(&["Mark Halvorsen"], &[], Counterterrorism).or(Other)],
            ),
            (
                "In Baghdad, a spokesman for the Badr Organization, Karim al-Fartousi, said the letter was an insult.\n\nA State Department spokesperson said the department does not preview designations. \"We continue to urge the Government of Iraq to bring all armed groups under the command of the state,\" the spokesperson said.",
                &[d(&["United States"], &["Iraq"], Counterterrorism).not_by(&["Karim al-Fartousi"])],
            ),
        ],
    );
}

#[test]
fn an_ask_joined_after_a_reported_clause_is_the_reporters() {
    check(
        "X insisted that Y had been … and called on Z to …: the asking verb goes on from the verb of saying, not from the reported clause's subject; a headline's \"Niger: …\" names no issuer",
        &[
            (
                "In Kabul, Taliban spokesman Zabihullah Karimi rejected the statement. He insisted that Daesh had been defeated in Afghanistan and called on the Gulf states to engage with the Islamic Emirate.",
                &[d(&["Zabihullah Karimi"], &[], Negotiation).or(Other).not_by(&["Islamic State"])],
            ),
            (
                "Interior Minister Mohamed Bazoum said that Boko Haram was behind the raid and urged Abuja to reopen the joint border posts.",
                &[d(&["Mohamed Bazoum"], &["Nigeria"], Cooperation).or(Counterterrorism).not_by(&["Boko Haram"])],
            ),
            (
                "NEWS RELEASE\n\nNiger: 62,000 people cut off from aid in Bosso\n\nFrontline Relief Action calls for safe access to Bosso\n\nThe blockade has stopped all food deliveries since July. We call on the governments of Niger and Nigeria to revive their border security mechanism.",
                &[
                    d(&["Frontline Relief Action"], &[], Humanitarian),
                    d(&["Frontline Relief Action"], &[], Cooperation).not_by(&["Niger"]),
                ],
            ),
        ],
    );
}

#[test]
fn she_after_a_daughter_named_by_her_kin() {
    check(
        "His daughter Ayaan, a senior at …, said …. ¶ \"…,\" she said: the daughter, named by one word after a word of kin that makes her a woman, not the mother quoted before",
        &[(
            "His wife, Ms Hodan Ali, said the family had not slept. \"We are asking the people who are holding him to let him come home,\" she said.\n\nHis daughter Ayaan, a senior at the University of Minnesota, said the family learned of the kidnapping from a cousin.\n\n\"We're asking the State Department and the FBI to do everything they can to bring my dad home,\" she said.",
            &[
                d(&["Hodan Ali"], &[], Humanitarian),
                d(&["Ayaan"], &[], Humanitarian).not_by(&["Hodan Ali"]),
            ],
        )],
    );
}

#[test]
fn an_armed_bodys_acronym_in_its_own_language() {
    check(
        "the Paraguayan People's Army (EPP) … the EPP demanded: an armed body's translated name and its acronym are one party",
        &[(
            "President Rodrigo Benítez urged the Paraguayan People's Army (EPP) to release the two men. In a handwritten communique, the EPP demanded that the army withdraw from Arroyito.",
            &[
                d(&["Rodrigo Benítez"], &["Paraguayan People's Army"], Humanitarian),
                d(&["Paraguayan People's Army"], &[], Ceasefire).or(Other),
            ],
        )],
    );
}

#[test]
fn a_quotation_after_a_leading_clause_and_a_family_name_first() {
    check(
        "Asked about X, she said: \"…\" / Wen said: \"…\": the pronoun after the leading clause, and a Chinese family name written first, are the spokesperson",
        &[
            (
                "Foreign Ministry spokesperson Wen Lizhou took questions on Monday. Asked about the senators' letter, she said: \"U.S. politicians should stop smearing China.\"",
                &[d(&["Wen Lizhou"], &["United States"], Other)],
            ),
            (
                "Foreign Ministry spokesperson Wen Lizhou took questions on Monday. Wen said: \"The U.S. side should immediately stop abusing sanctions against Chinese companies.\"",
                &[d(&["Wen Lizhou"], &["United States"], Sanctions)],
            ),
            (
                "Defence Ministry spokesman Zhang Xiaogang briefed reporters. Asked about the drills, Zhang said: \"The Philippine side must stop its provocations at sea.\"",
                &[d(&["Zhang Xiaogang"], &["Philippines"], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn a_quotation_closing_its_paragraph_is_given_to_no_one_new_below() {
    check(
        "\"…,\" she said. \"We call on …\" ¶ A journalist asked …: the paragraph below gives the quotation that closes this one to no one new; the speaker of the paragraph keeps it",
        &[(
            "Foreign Ministry spokesperson Wen Lizhou said the crew were safe.\n\n\"China has asked the Puntland authorities to help,\" she said. \"We call on the hijackers to release the vessel and all the crew unconditionally.\"\n\nA journalist asked whether the hijackers were linked to Al-Shabaab. Wen said she was not aware of the specifics.",
            &[
                d(&["Wen Lizhou"], &[], Humanitarian).or(Cooperation),
                d(&["Wen Lizhou"], &[], Humanitarian).text_has("release the vessel"),
            ],
        )],
    );
}

#[test]
fn a_body_named_by_its_apposition() {
    check(
        "Name, the <kind of body> …",
        &[
            (
                "Green Horizon Parks, the non-governmental organisation that runs the reserve, urged Benin to send more rangers.",
                &[d(&["Green Horizon Parks"], &["Benin"], Cooperation).or(Counterterrorism).or(Other)],
            ),
            (
                "Sahel Watch Collective, a rights group based in Dakar, called for an inquiry into the killings of 12 herders.",
                &[d(&["Sahel Watch Collective"], &[], Justice)],
            ),
            (
                "Tomas Berglund, the lawyer representing the Alliance, urged the court to suspend the trial.",
                &[d(&["Tomas Berglund"], &[], Justice).or(Other).not_by(&["Alliance"])],
            ),
        ],
    );
}

#[test]
fn a_wish_of_a_government_or_a_chamber() {
    check(
        "hoped the government / the Senate would …, \"we hope the … government will …\"",
        &[
            (
                "Mayor Bio Gounou said he hoped the Government would quickly compensate the families who lost their cattle.",
                &[d(&["Bio Gounou"], &[], Humanitarian)],
            ),
            (
                "Senator Rosa Ibarra Nunez hoped the Senate would approve the reform of the penal code before July.",
                &[d(&["Rosa Ibarra Nunez"], &[], Other).or(Justice)],
            ),
            (
                "Ambassador Lena Varga hoped the Turkish authorities would detain the suspect within days.",
                &[d(&["Lena Varga"], &["Turkey"], Justice).or(Other)],
            ),
            ("Ambassador Lena Varga hoped the talks would succeed.", &[]),
            (
                "\"We hope the Afghan interim government will take effective measures to stop terrorist forces using its territory,\" Chinese spokesperson Mao Ning said.",
                &[d(&["Mao Ning"], &["Afghanistan"], Counterterrorism)],
            ),
            ("The administrator told reporters he hopes the Chapter 11 case will last less time than the others.", &[]),
            // Parties by what they are, not by name.
            (
                "The Emir of Dansadau, Aliyu Sambo, said he hoped the security agencies would bring the girls home before the rains.",
                &[d(&["Aliyu Sambo"], &[], Humanitarian)],
            ),
            (
                "\"We hope the members of the Committee will support the listing of the group,\" spokeswoman Saima Qazi said.",
                &[d(&["Saima Qazi"], &[], Sanctions)],
            ),
            (
                "Foreign Minister Ana Duarte said she hoped the donors would honour their pledges to the refugee camps.",
                &[d(&["Ana Duarte"], &[], Humanitarian)],
            ),
            (
                "Kenya's foreign minister, Ana Duarte, said she hoped the donors would honour their pledges to the refugee camps.",
                &[d(&["Ana Duarte"], &[], Humanitarian).not_to(&["Kenya"])],
            ),
            ("Foreign Minister Ana Duarte said she hoped the rains would come early this year.", &[]),
            // A body or a firm by its name, when the wish says what it is to do.
            (
                "\"I hope the Coalition will hand over what it knows about the cells in the desert,\" Defence Minister Tariq Hamdan said.",
                &[d(&["Tariq Hamdan"], &[], Justice).or(Cooperation).or(Counterterrorism)],
            ),
            (
                "Labour Secretary Rosa Dizon said she hoped Meridian Shipping would bring the crew home before Easter.",
                &[d(&["Rosa Dizon"], &[], Humanitarian)],
            ),
            (
                "\"We hope our partners in the region, including Ghana and Togo, will support the resolution,\" Foreign Minister Ana Duarte said.",
                &[d(&["Ana Duarte"], &[], Cooperation).or(Other)],
            ),
            (
                "Mediator Ahmad Faizal said he hoped the two delegations would agree on a mechanism to keep civilians out of the conflict.",
                &[d(&["Ahmad Faizal"], &[], Negotiation).or(Humanitarian)],
            ),
            ("Coach Ana Duarte said she hoped Benfica would win the cup this year.", &[]),
            ("Ana Duarte said she hopes the Coalition will last until the elections.", &[]),
        ],
    );
}

#[test]
fn the_cartel_and_the_militia_point_back() {
    check(
        "the cartel / the militia / the faction",
        &[
            (
                "The Jalisco New Generation Cartel (CJNG) hung banners in Apatzingan. In them, the cartel demanded that the Army stop protecting its rivals.",
                &[d(&["Jalisco New Generation Cartel"], &[], Other).or(Humanitarian)],
            ),
            (
                "Kataib Hezbollah claimed the drone attack on Monday. The militia demanded that US troops leave Iraq.",
                &[d(&["Kataib Hezbollah"], &[], Other).or(Ceasefire)],
            ),
        ],
    );
}

#[test]
fn an_infinitive_of_saying_is_asked_not_the_speaker() {
    check(
        "called on X and Y to agree …",
        &[
            (
                "The bishop called on Pakistan and India to agree to a truce.",
                &[],
            ),
            (
                "Archbishop Tomas Ferrer called on Pakistan and India to agree to a truce.",
                &[d(&["Tomas Ferrer"], &["Pakistan", "India"], Ceasefire)
                    .not_by(&["Pakistan", "India"])],
            ),
        ],
    );
}

#[test]
fn a_description_in_the_lede_named_below() {
    check(
        "The bishop of X … called on …, named in the next paragraph",
        &[
            (
                "The Catholic bishop of Apatzingan on Sunday called on the Jalisco New Generation Cartel to agree to a truce.\n\n\u{201c}Let the pickers work,\u{201d} Bishop Gerardo Alonso Villasenor Perez said during Mass.",
                &[
                    d(&["Gerardo Alonso Villasenor Perez"], &["Jalisco New Generation Cartel"], Ceasefire),
                    d(&["Gerardo Alonso Villasenor Perez"], &[], Other).or(Humanitarian).quoted(),
                ],
            ),
            (
                "The Anglican archbishop urged the government to free the detained teachers.\n\nArchbishop Samuel Okonkwo spoke after a service in Enugu.",
                &[d(&["Samuel Okonkwo"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn religious_titles_before_names() {
    check(
        "Bishop, Monsignor, Rabbi, KH, Pdt.",
        &[
            (
                "KH Ahmad Fauzan Mustofa called on the government to shut down the channels.",
                &[d(&["Ahmad Fauzan Mustofa"], &[], Other)
                    .or(Counterterrorism)
                    .not_by(&["Kata'ib Hizballah"])],
            ),
            (
                "Rabbi Miriam Adler urged Israel to let the families return.",
                &[d(&["Miriam Adler"], &["Israel"], Humanitarian).or(Other)],
            ),
            (
                "Monsignor Hernan Osorio appealed to the kidnappers to release the four workers.",
                &[d(&["Hernan Osorio"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn numbered_paragraphs_of_declarations_and_motions() {
    check(
        "2. Demand that … / (3) calls on … under the issuer or the mover",
        &[
            (
                "We, the Ministers of Foreign Affairs of the Member States of the Economic Community of Central African States (ECCAS), meeting in Malabo on 3 March 2027,\n\n2. Demand that Boko Haram release all persons abducted in Cameroon.\n\n3. Call upon the Republic of Rwanda to withdraw its forces from the Congo.",
                &[
                    d(&["ECCAS"], &["Boko Haram"], Humanitarian),
                    d(&["ECCAS"], &["Rwanda"], Ceasefire),
                ],
            ),
            (
                "Mr TOBIAS LINDGREN-ACHTERBERG (Kestrel Bay) (11:02): I move:\n\nThat this House:\n(1) notes that a nurse from Perth was kidnapped in Niger in May;\n(2) calls on the Australian Government to appoint a special envoy for consular cases; and\n(3) calls on her captors to release her unharmed.",
                &[
                    d(&["Tobias Lindgren-Achterberg"], &["Australia"], Other).or(Humanitarian),
                    d(&["Tobias Lindgren-Achterberg"], &[], Humanitarian),
                ],
            ),
            ("Release them. Underlining the need for calm, the mayor left.", &[]),
        ],
    );
}

#[test]
fn hansard_labels_with_electorate_and_time() {
    check(
        "Ms NAME (Electorate) (10:31): …",
        &[(
            "Dr SELMA OKAFOR-BRANDT (Wattle Creek) (10:53): The Government should stop hiding behind quiet diplomacy. I ask the Minister for Foreign Affairs to table every contact with Bamako.",
            // Both are the member's: the obligation she states of the Government, after her
            // label, and what she asks of the minister.
            &[
                d(&["Selma Okafor-Brandt"], &[], Other).or(Negotiation),
                d(&["Selma Okafor-Brandt"], &[], Other).or(Negotiation),
            ],
        )],
    );
}

#[test]
fn an_interviews_answers_are_the_interviewees() {
    check(
        "Q: … / A: … in an interview",
        &[(
            "Idriss Mahamat Bechir, Chad's Minister of Foreign Affairs, received us in N'Djamena. The interview was conducted by Salma Oumar.\n\nQ: Do you want Niamey back in the force?\n\nA: Yes. I call on our brothers in Niger to return to the Multinational Joint Task Force.",
            &[d(&["Idriss Mahamat Bechir", "Chad"], &[], Cooperation).not_by(&["Salma Oumar"])],
        )],
    );
}

#[test]
fn a_coalition_that_signs_as_undersigned() {
    check(
        "We, the undersigned organisations, call on …",
        &[(
            "Joint letter\n\nWe, the undersigned organisations, call on the Government of Thailand not to return the 14 Karen refugees to Myanmar.",
            &[d(&["~undersigned organisations"], &["Thailand"], Humanitarian)],
        )],
    );
}

#[test]
fn a_name_before_who_is_a_person() {
    check(
        "Name, who … (a relative clause of persons)",
        &[(
            "Also briefing the Council was Marie-Ange Toussaint, who runs a network of shelters in Port-au-Prince. She asked the Council to require the force to publish casualty figures.",
            &[d(&["Marie-Ange Toussaint"], &[], Humanitarian).or(Other)],
        )],
    );
}

#[test]
fn no_demand_must_have_with_irregular_participles() {
    check(
        "must have come / must have fled",
        &[
            ("The minister said the attackers must have come by canoe from the Nigerian side at night.", &[]),
            ("Police chief Amadou Diallo said the gunmen must have fled across the border into Mali.", &[]),
        ],
    );
}

#[test]
fn labels_held_by_the_person_introduced_above() {
    check(
        "Spokesperson: / A: held by the person the introduction names",
        &[
            (
                "The weekly briefing was given by Ms. Farida Yasmin Chowdhury, Director General and Spokesperson of the Ministry, in Dhaka.\n\nSpokesperson: We call on Myanmar to take back the Rohingya refugees in safety and dignity.",
                &[d(&["Farida Yasmin Chowdhury"], &["Myanmar"], Humanitarian)],
            ),
            (
                "Moussa Faki Abdelkerim received us at his office. The interview was conducted by Salma Oumar.\n\nQ: And the fishermen?\n\nA: We have asked Nigeria to help us trace the kidnappers.",
                &[d(&["Moussa Faki Abdelkerim"], &["Nigeria"], Cooperation).not_by(&["Salma Oumar"])],
            ),
            (
                "Q: And the fishermen?\n\nA: I spoke to Minister Bola Adeyemi yesterday. We have asked Nigeria to help us trace the kidnappers.",
                &[],
            ),
        ],
    );
}

#[test]
fn he_goes_on_with_the_person_the_sentence_before_was_about() {
    check(
        "X travelled …. He asked …, with a Mr named earlier",
        &[(
            "Mr. Karim Uddin, an engineer, was taken by armed men in Kayes. Ambassador Nurul Haque Sarkar travelled to Bamako on Sunday. He asked the Malian authorities to share all available information.",
            &[d(&["Nurul Haque Sarkar"], &["Mali"], Cooperation).not_by(&["Karim Uddin"])],
        )],
    );
}

#[test]
fn an_opinion_pieces_byline_in_a_field() {
    check(
        "OPINION | By Name | date, then the writer's musts",
        &[(
            "Chad's partners cannot look away\n\nOPINION | By Abakar Moussa Hissein | 3 September 2026\n\nFive years after the offensive, the insurgents are back.\n\nN'Djamena has to stop treating the lake as a purely military problem.",
            &[d(&["Abakar Moussa Hissein"], &["Chad"], Other)],
        )],
    );
}

#[test]
fn bullets_under_a_bodys_name() {
    check(
        "the Commission: / - calls on … / - urges …",
        &[(
            "Kenya National Commission on Human Rights (KNCHR) | Press Release\n\nThe Kenya National Commission on Human Rights has completed its inquiry into the killings in Mandera.\n\nIn view of the foregoing, the Commission:\n\n- calls on the Ministry of Interior to suspend the officers who ordered the raid;\n- calls upon Parliament to set up a commission of inquiry into the raid.",
            &[
                d(&["Kenya National Commission on Human Rights"], &[], Justice).or(Other),
                d(&["Kenya National Commission on Human Rights"], &[], Justice),
            ],
        )],
    );
}

#[test]
fn cautioned_against() {
    check(
        "cautioned X against …; settlements are no settlement",
        &[
            (
                "Israel must stop building settlements in the West Bank, the envoy Anna Lindqvist said.",
                &[d(&["Anna Lindqvist"], &["Israel"], Other).or(Humanitarian)],
            ),
            (
                "Governor Bello Matawalle cautioned vigilante groups against reprisals on Fulani settlements.",
                &[d(&["Bello Matawalle"], &[], Other).or(Ceasefire)],
            ),
            ("Police chief Musa Bello cautioned that the attackers would return.", &[]),
        ],
    );
}

#[test]
fn lists_of_recommendations_to_a_party() {
    check(
        "To the Government of X: / - Publish … (the issuer asks, the heading is asked)",
        &[
            (
                "Joint statement by the Coalition for Justice in Ruritania (CJR)\n\nThe coalition is alarmed by the disappearance of four students in Cebu.\n\nRecommendations\n\nTo the Government of the Philippines:\n- Publish a register of all persons detained by the army since January.\n- Suspend from duty any officer suspected of involvement in the disappearances.",
                &[
                    d(&["Coalition for Justice in Ruritania"], &["Philippines"], Justice).or(Other),
                    d(&["Coalition for Justice in Ruritania"], &["Philippines"], Justice).or(Other),
                ],
            ),
            (
                "Press release from the Sahel Civilian Protection Network\n\nThe network documented 40 attacks on markets this year.\n\nTo Jama'at Nusrat al-Islam wal-Muslimin:\n1. Stop attacking civilian convoys on the Djibo road.\n2. Release immediately all hostages held in Soum province.",
                &[
                    d(&["Sahel Civilian Protection Network"], &["Jama'at Nusrat al-Islam wal-Muslimin"], Other).or(Ceasefire),
                    d(&["Sahel Civilian Protection Network"], &["Jama'at Nusrat al-Islam wal-Muslimin"], Humanitarian),
                ],
            ),
            (
                "The minister listed the reforms.\n\nTo the point:\n- Budgets rose by a tenth.\n- Salaries were paid on time.",
                &[],
            ),
        ],
    );
}

#[test]
fn press_before_a_noun_is_the_press() {
    check(
        "a press briefing in response to …",
        &[(
            "Spokesperson Lin Haoran made the remarks at a regular press briefing in response to a question about the attack.",
            &[],
        )],
    );
}

#[test]
fn a_speakers_courteous_would() {
    check(
        "I would appeal to … / we would like to urge … (asks now); he would urge … (a plan)",
        &[
            (
                "Spokesperson Ana Diaz said: \"I would appeal to the families to avoid any contact with the kidnappers' intermediaries.\"",
                &[d(&["Ana Diaz"], &[], Humanitarian).or(Other)],
            ),
            (
                "\"We would like to urge Somalia to share its findings with us,\" the spokesperson, Ana Diaz, said.",
                &[d(&["Ana Diaz"], &["Somalia"], Cooperation)],
            ),
            (
                "Ana Diaz, the spokesperson, said the minister would urge Somalia to share its findings next week.",
                &[],
            ),
        ],
    );
}

#[test]
fn the_group_and_it_go_on_with_the_body_just_named() {
    check(
        "X said …. The (rights) group urged …. It called on …",
        &[
            (
                "The Syrian Democratic Forces still guard the camp. Human Rights Watch said on Wednesday that returns had slowed. The group urged European governments to stop stripping detainees of citizenship.",
                &[d(&["Human Rights Watch"], &[], Humanitarian).or(Justice).not_by(&["Syrian Democratic Forces"])],
            ),
            (
                "UN coordinator Marie Fofana visited the displaced. Amnesty International raised concerns about the army's response. The rights group said it had received reports of executions. It called on the Nigerien authorities to open an independent investigation.",
                &[d(&["Amnesty International"], &["Niger"], Justice).not_by(&["Marie Fofana"])],
            ),
            // Where it is based qualifies the group too.
            (
                "The Syrian Democratic Forces still guard the camp. Human Rights Watch said on Wednesday that returns had slowed. The New York-based rights group also called on donors not to cut funding for the camps.",
                &[d(&["Human Rights Watch"], &[], Humanitarian).or(Cooperation).not_by(&["Syrian Democratic Forces"])],
            ),
        ],
    );
}

#[test]
fn he_is_never_the_crowd_a_demand_was_made_for() {
    check(
        "residents had asked for …. “We ask …,” he told …",
        &[(
            "In Anzourou, the village chief, Hamidou Boubacar, said residents had asked for a permanent army post for a year. \"We ask the government to send soldiers who stay here,\" he told Radio Sahel.",
            &[
                d(&[], &[], Humanitarian).or(Other),
                d(&["Hamidou Boubacar"], &[], Humanitarian).or(Other).not_by(&["residents"]),
            ],
        )],
    );
}

#[test]
fn a_semicolon_ends_the_subject_before_it() {
    check(
        "…, whose leaders hide across the border; and the minister, X, asked …",
        &[(
            "Carrión said Ecuador needed help against Los Lobos and Los Choneros, whose leaders often hide across the border; and Ecuador's interior minister, Diego Palacios, asked Bogotá to extradite three commanders.",
            &[d(&["Diego Palacios"], &["Colombia"], Justice).not_by(&["Los Lobos", "Los Choneros"])],
        )],
    );
}

#[test]
fn a_reports_letterhead_signs_its_recommendations() {
    check(
        "Letterhead / RECOMMENDATIONS / To the governments of X and Y: / 1. Restore … . Investigate …",
        &[(
            "Centre for Maritime Security Studies\n\nReport N°12 | 3 March 2027\n\nRECOMMENDATIONS\n\nTo the governments of Malaysia and Indonesia:\n\n1. Restore the frequency of coordinated maritime patrols in the Sulu Sea. Investigate the kidnapping of the tugboat crew and make the findings public.\n\nKota Kinabalu/Jakarta, 3 March 2027",
            &[
                d(&["Centre for Maritime Security Studies"], &["Malaysia", "Indonesia"], Cooperation).or(Counterterrorism),
                d(&["Centre for Maritime Security Studies"], &["Malaysia", "Indonesia"], Justice),
            ],
        )],
    );
}

#[test]
fn without_asking_asks_nothing() {
    check(
        "released them without asking for anything in return",
        &[(
            "\"We released six soldiers in February without asking for anything in return,\" the rebel negotiator Ismael Quintero said.",
            &[],
        )],
    );
}

#[test]
fn violence_that_must_stop() {
    check(
        "Such attacks must stop immediately / The killing has to end (no party named)",
        &[
            (
                "Attacks against health workers are prohibited under international humanitarian law. UN spokesperson Farhan Aziz said such attacks must stop immediately.",
                &[d(&["Farhan Aziz"], &[], Ceasefire).or(Humanitarian)],
            ),
            (
                "\"The killing of civilians in Darfur has to end,\" said Amina Diallo, the UN humanitarian coordinator.",
                &[d(&["Amina Diallo"], &[], Ceasefire).or(Humanitarian)],
            ),
            (
                "\"The killing of unarmed farmers on our border has to stop,\" said Colonel Idris Bello, the border guard commander.",
                &[d(&["Idris Bello"], &[], Ceasefire).or(Other)],
            ),
            (
                "The abductions of children in the north must stop, the commission's chair, Nadia Rahim, said.",
                &[d(&["Nadia Rahim"], &[], Ceasefire).or(Other)],
            ),
            (
                "\"The attacks on ships must stop,\" said Commodore Karim Nasser, the coalition spokesman.",
                &[d(&["Karim Nasser"], &[], Ceasefire).or(Other)],
            ),
            (
                "\"The shelling in Khan Younis has to end,\" said Leila Haddad, the UN coordinator.",
                &[d(&["Leila Haddad"], &[], Ceasefire).or(Humanitarian).or(Other)],
            ),
            (
                "The strikes must have stopped before dawn, said analyst Omar Haddad.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_duty_stated_of_a_party() {
    check(
        "'The Malian authorities have a duty to cooperate with us', 'Pakistan has an obligation to act': a party's duty, stated, asks it; the speaker's own ('We have a responsibility to protect …') pledges",
        &[
            (
                "Foreign Minister Jean Morvan spoke in Paris on Monday. \"The Malian authorities have a duty to cooperate with us,\" he said.",
                &[d(&["Jean Morvan"], &["Mali"], Cooperation).quoted()],
            ),
            (
                "Senator Ali Khan said Pakistan has an obligation to act against the groups on its soil.",
                &[d(&["Ali Khan"], &["Pakistan"], Counterterrorism)],
            ),
            (
                "The Security Council has a special responsibility to protect civilians in Darfur, said Amina Diallo of Human Rights Watch.",
                &[d(&["Amina Diallo"], &["Security Council"], Humanitarian)],
            ),
            (
                "Foreign Minister Jean Morvan spoke in Paris on Monday. \"We have a duty to protect our citizens wherever they are,\" he said.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_need_stated_of_the_subject_of_a_that_clause() {
    check(
        "'it was critical that Damascus allow …', 'It is essential that the Security Council act …': the subject of the that-clause after a stated need is asked",
        &[
            (
                "Under Secretary Karen Liddell testified on Tuesday. She said it was critical that Damascus allow independent monitoring of the camps.",
                &[d(&["Karen Liddell"], &["Syria"], Other).or(Humanitarian)],
            ),
            (
                "\"It is essential that the Security Council act before the winter,\" said Amina Diallo, the UN humanitarian coordinator.",
                &[d(&["Amina Diallo"], &["Security Council"], Other).or(Humanitarian).quoted()],
            ),
            (
                "It is urgent that Kabul hand over the commanders behind the attack, Foreign Minister Ishaq Dar said.",
                &[d(&["Ishaq Dar"], &["Afghanistan"], Justice)],
            ),
        ],
    );
}

#[test]
fn every_country_that_must() {
    check(
        "Every country that has nationals in that camp must … (a relative clause, a quotation going on into the next paragraph)",
        &[(
            "Iraqi national security adviser Hisham al-Obaidi spoke on Tuesday.\n\n“We did this while fighting Daesh,” Obaidi said. “Iraq will continue, because leaving them there is more dangerous.\n\n“Every country that has nationals in that camp must take them back and try those who committed crimes.”",
            &[d(&["Hisham al-Obaidi"], &[], Humanitarian).or(Justice)],
        )],
    );
}

#[test]
fn an_episcopal_conference_speaks() {
    check(
        "The Mexican Episcopal Conference (CEM) said …. It urged …",
        &[(
            "Bishop José Echeverría Ruiz buried the children on Sunday. The Mexican Episcopal Conference (CEM) said in a statement that it shared the pain of the diocese. It urged authorities at all three levels of government to guarantee the safety of priests.",
            &[d(&["Mexican Episcopal Conference"], &[], Humanitarian).not_by(&["José Echeverría Ruiz"])],
        )],
    );
}

#[test]
fn a_bodys_office_in_a_country() {
    check(
        "The Mexico office of the UN … urged … (the body speaks, not the state)",
        &[(
            "The Kenya office of the United Nations condemned the attack and urged the Kenyan authorities to investigate it promptly.",
            &[d(&["United Nations"], &["Kenya"], Justice).not_by(&["Kenya"])],
        )],
    );
}

#[test]
fn i_say_to_them_then_an_imperative() {
    check(
        "“And I say again to X: release …”, “I am asking X, as a mother: let …”, “My message to the kidnappers is simple: let …”",
        &[
            (
                "The envoy, Hanna Lindgren, said: \"Yemenis cannot afford another year of stalemate. And I say again to Ansar Allah: release our colleagues.\"",
                &[d(&["Hanna Lindgren"], &["Ansar Allah"], Humanitarian)],
            ),
            (
                "\"My message to the kidnappers is simple: let the nurses go home to their families,\" the governor, Bello Matawalle, said.",
                &[d(&["Bello Matawalle"], &[], Humanitarian).or(Other)],
            ),
            (
                "\"I am asking the Taliban, as a mother and as a wife: let him call us,\" said Karen Olsen.",
                &[d(&["Karen Olsen"], &["Taliban"], Humanitarian).or(Other).quoted()],
            ),
            (
                "\"We are begging the kidnappers, in the name of God: release the nurses,\" said Father Amos Bello.",
                &[d(&["Amos Bello"], &[], Humanitarian).quoted()],
            ),
            ("\"I say this clearly: the talks have failed,\" Minister Ana Lopez said.", &[]),
        ],
    );
}

#[test]
fn a_cue_coordinated_with_the_clauses_verb() {
    check(
        "X condemned … and called on … (the cue shares the subject of the clause's first verb, not of a clause inside it)",
        &[
            (
                "Opposition lawmakers criticised the verdict in parliament and asked the prosecution to appeal for a harsher sentence.",
                &[d(&["~lawmakers"], &[], Justice)],
            ),
            (
                "Thousands of protesters marched through Dhaka on Friday and demanded the release of the detained students.",
                &[d(&["~protesters"], &[], Humanitarian)],
            ),
            (
                "The Patani Liberation Front said in a post that it had no role in the bombing and demanded a seat at the negotiating table.",
                &[d(&["Patani Liberation Front"], &[], Negotiation)],
            ),
            (
                "After gunmen stormed the school in Kankara, the governor of Katsina, Aminu Masari, visited the town and urged the kidnappers to free the pupils.",
                &[d(&["Aminu Masari"], &[], Humanitarian).not_by(&["~gunmen"])],
            ),
        ],
    );
}

#[test]
fn no_demand_calling_on_an_office_or_forecasting() {
    check(
        "will call on the President of X (a courtesy call); expects the number to grow (a forecast)",
        &[
            (
                "In Tashkent, Foreign Minister Amir Rahimov will co-chair the strategic dialogue and call on the President of Uzbekistan.",
                &[],
            ),
            (
                "Deputy Prime Minister Lina Haddad called on Prime Minister Anwar Ibrahim in Putrajaya and discussed trade and investment.",
                &[],
            ),
            (
                "The RCMP said it had more than twenty investigations linked to violent extremism, and expects the number to grow.",
                &[],
            ),
            (
                "Analysts in Kabul expect prices to rise again before the winter.",
                &[],
            ),
            (
                "Foreign Minister Amir Rahimov called on the President of Uzbekistan to release the detained journalists.",
                &[d(&["Amir Rahimov"], &["Uzbekistan"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_participle_after_where_or_when_goes_with_the_clause() {
    check(
        "X took to the streets demanding … (the participle after a phrase of place or time is the subject's; after a noun it is the noun's)",
        &[
            (
                "Youth protesters took to the streets of Sanaa demanding the president's resignation.",
                &[d(&["~protesters"], &[], Other)],
            ),
            (
                "Several opposition parties marched in Srinagar on Friday demanding the release of detained leaders.",
                &[d(&["~parties"], &[], Humanitarian)],
            ),
            (
                "Human Rights Watch cited a Turkish Foreign Ministry statement on Saturday urging Chinese authorities to close the internment camps.",
                &[d(&["Turkish Foreign Ministry"], &["China"], Humanitarian).or(Other).not_by(&["Human Rights Watch"])],
            ),
            (
                "Since February, several families have received calls from men demanding a ransom for the release of their relatives.",
                &[],
            ),
        ],
    );
}

#[test]
fn called_on_an_unnamed_party_described_by_a_relative_clause() {
    check(
        "called on the rebels, who …, to … (what is asked follows the relative clause, whoever is asked)",
        &[
            (
                "Mali's transitional government called on the rebels, who fled into the hills last year, to lay down their weapons.",
                &[d(&["Mali"], &[], Ceasefire).or(Counterterrorism)],
            ),
            (
                "Governor Amina Bello called on 14 opposition legislators, who left the state rather than allow a vote, to return to the capital.",
                &[d(&["Amina Bello"], &[], Other).or(Negotiation)],
            ),
            (
                "Myanmar asked the Arakan Army, which now controls the border, to stop the attacks on villages.",
                &[d(&["Myanmar"], &["Arakan Army"], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn a_government_official_after_a_dateline() {
    check(
        "CITY (Agency) - X's rebels must free …, a senior government official said (the official serves the story's state; the dateline and the possessor are no part of what is asked or of whom)",
        &[
            (
                "LIMA (Reuters) - Peru's Shining Path rebels must free the 12 engineers they hold before any talks can begin, a senior government official said on Monday.",
                &[d(&["Peru"], &["Shining Path"], Humanitarian).not_to(&["Peru"])],
            ),
            (
                "MANILA (AP) - The Abu Sayyaf must release the two nurses without conditions, a government spokesman said, as troops closed in on the group's camp in Sulu.",
                &[d(&["~spokesman"], &["Abu Sayyaf"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_subject_after_a_dateline_and_a_spaced_dash() {
    check(
        "CITY - Elders in … demanded …: the dateline is no part of the subject",
        &[
            (
                "TBILISI - Elders in the Pankisi Gorge on Monday demanded an independent investigation into the death of a young man.",
                &[d(&["~Elders"], &[], Justice)],
            ),
            (
                "BAMAKO – Village chiefs in the Kayes region on Sunday urged the army to reopen the road to Nioro.",
                &[d(&["~chiefs"], &[], Other).or(Humanitarian)],
            ),
        ],
    );
}

#[test]
fn we_want_to_urge() {
    check(
        "\"We want to warn X to …\", \"I wish to appeal to X to …\" (a first person's courtesy asks now; a third person's wish does not)",
        &[
            (
                "\"We want to warn the security agencies once again to stop killing prisoners in fake encounters,\" the Tehreek-e-Taliban Pakistan said in a statement.",
                &[d(&["Tehreek-e-Taliban Pakistan"], &[], Ceasefire).or(Humanitarian)],
            ),
            (
                "\"I wish to appeal to the kidnappers to release the girls unharmed,\" Governor Babagana Zulum said.",
                &[d(&["Babagana Zulum"], &[], Humanitarian)],
            ),
            ("Pakistan wants to urge India to resume talks at some point.", &[]),
        ],
    );
}

#[test]
fn single_quotation_marks_as_some_papers_print_them() {
    check(
        "'…,' Mr. X said. He also warned … (a person named inside a single-quoted quotation is not whom the next \"he\" takes up; \"I want to tell X to\" asks; \"warned of more attacks against\" threatens)",
        &[
            (
                "Srinagar: Commander Riyaz Malik on Tuesday asked the family of a slain officer to visit Kashmir. 'We will avenge Mr. Kumar and his men,' Mr. Malik said. He also warned against using the label of terrorists for his fighters.",
                &[
                    d(&["Riyaz Malik"], &[], Other),
                    d(&["Riyaz Malik"], &[], Other).or(Counterterrorism).not_by(&["Kumar"]),
                ],
            ),
            (
                "'I want to tell her mother to come to Kashmir and see the orphans for herself,' Mr. Malik said in a video released on Tuesday.",
                &[d(&["Malik"], &[], Other).quoted()],
            ),
            (
                "Commander Riyaz Malik warned of more attacks against the security forces in the valley.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_call_answered_is_not_the_answerers() {
    check(
        "X rejected calls for …, saying Y must … (the one answering a call does not make it; what it says instead may ask)",
        &[
            ("Israel rejected calls for a ceasefire in Gaza on Monday.", &[]),
            ("The prime minister faced demands for an inquiry from opposition lawmakers.", &[]),
            ("The talks in Doha resumed amid appeals for restraint from the region's capitals.", &[]),
            (
                "Mexico's federal security spokesman on Monday rejected a state prosecutor's call for a truce with the cartels, saying the gangs must be arrested and disbanded instead.",
                &[d(&["Mexico"], &[], Justice)],
            ),
            (
                "Hamas rejected the plan and called for talks on a permanent ceasefire.",
                &[d(&["Hamas"], &[], Negotiation).or(Ceasefire)],
            ),
        ],
    );
}

#[test]
fn a_person_by_kin_or_calling_named_just_below() {
    check(
        "The headmistress of a school in X has appealed …¶ Name also called … (the described person is the one named below, not the place of the complement; a delegate of a state speaks for it)",
        &[
            (
                "The headmistress of a school in Niger has appealed to the authorities to do more to free the pupils abducted on Monday.\n\nHadiza Moussa also called on the kidnappers to release the girls unharmed.",
                &[
                    d(&["Hadiza Moussa"], &[], Humanitarian).not_by(&["Niger"]),
                    d(&["Hadiza Moussa"], &[], Humanitarian),
                ],
            ),
            (
                "The delegate of Norway called for an immediate ceasefire in the south.\n\nLater, Omar Haddad of the Arab Group spoke.",
                &[d(&["Norway"], &[], Ceasefire).not_by(&["Omar Haddad"])],
            ),
        ],
    );
}

#[test]
fn a_subject_with_a_participle_phrase() {
    check(
        "Families of hostages being held in X have called on … (the place or agent after the participle is not the subject)",
        &[
            (
                "Families of hostages being held in Gaza have called on the United States to press for a ceasefire deal. The Hostages and Missing Families Forum said the talks could not wait.",
                &[d(&["Hostages and Missing Families Forum"], &["United States"], Ceasefire).not_by(&["Israel", "Palestine"])],
            ),
            (
                "A jihadist group based in Mali urged its fighters to attack army posts across the Sahel.",
                &[d(&["~jihadist group"], &[], Other).not_by(&["Mali"])],
            ),
        ],
    );
}

#[test]
fn states_named_by_coordinated_adjectives() {
    check(
        "Qatari and Turkish mediators urged … (each adjective of nationality names a state that speaks)",
        &[
            (
                "Qatari and Turkish mediators on Tuesday urged Pakistan to turn the truce into a lasting arrangement.",
                &[d(&["Qatar", "Turkey"], &["Pakistan"], Ceasefire)],
            ),
            (
                "Egyptian and Jordanian diplomats pressed Israel to reopen the crossings to aid convoys.",
                &[d(&["Egypt", "Jordan"], &["Israel"], Humanitarian)],
            ),
            (
                "Kenyan and Ugandan officials called on Somalia to hand over the suspects.",
                &[d(&["Kenya", "Uganda"], &["Somalia"], Justice)],
            ),
        ],
    );
}

#[test]
fn a_time_phrase_between_subject_and_verb() {
    check(
        "Council members this morning urged … (a determiner after the subject's noun opens a phrase of time, not more of the subject)",
        &[
            (
                "Ten weeks after the Security Council authorized the mission for Haiti, Council members this morning urged Member States to close the funding gap.",
                &[d(&["UN Security Council"], &[], Cooperation).not_by(&["Haiti"])],
            ),
            (
                "The Security Council met on Haiti. Council members urged donors to pay what they had pledged.",
                &[d(&["UN Security Council"], &[], Cooperation).or(Other).not_by(&["Haiti"])],
            ),
            (
                "The African Union envoy this week asked the junta to release the detained ministers.",
                &[d(&["African Union"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_document_asks_for_its_author() {
    check(
        "a motion by X urging …, a letter by Y calling for … (the author named after \"by\" asks)",
        &[
            (
                "Late in the evening, the House adopted a motion by MP Bashir Abdullahi Maalim urging the government to deploy more police to schools.",
                &[d(&["Bashir Abdullahi Maalim"], &[], Humanitarian).or(Counterterrorism)],
            ),
            (
                "A letter by Senator Maria Ortega urging the Treasury to freeze the network's accounts was made public on Friday.",
                &[d(&["Maria Ortega"], &[], Sanctions)],
            ),
        ],
    );
}

#[test]
fn the_group_goes_on_with_its_clause() {
    check(
        "X claimed …, and in an editorial the group called on … (the group of the sentence's earlier clause, not one named before)",
        &[(
            "Kurdish-led forces said they had moved the detainees. The Islamic State claimed the attack, and in an editorial in its newsletter the group called on its supporters to free the prisoners.",
            &[d(&["Islamic State"], &[], Other).or(Humanitarian).not_by(&["Syrian Democratic Forces"])],
        )],
    );
}

#[test]
fn a_modal_in_an_open_question_asks_nothing() {
    check(
        "… differing over whether X should … (weighing a step is no demand)",
        &[
            (
                "The Security Council urged Member States to fund the force, while differing over whether the sanctions regime should be widened.",
                &[d(&["UN Security Council"], &[], Cooperation)],
            ),
            ("Ministers debated whether the embassy must be moved before the election.", &[]),
            ("Diplomats are divided on whether Kabul should be invited to the conference.", &[]),
        ],
    );
}

#[test]
fn a_quotation_given_to_a_state_s_official() {
    check(
        "“…,” the Qatari envoy said / said a senior Kenyan official (the adjective of nationality names who speaks)",
        &[
            (
                "\"We urge Moscow to release the prisoners,\" the Qatari envoy told reporters.",
                &[d(&["Qatar"], &["Russia"], Humanitarian)],
            ),
            (
                "\"Somalia must hand over the suspects without delay,\" said a senior Kenyan official.",
                &[d(&["Kenya"], &["Somalia"], Justice)],
            ),
            (
                "\"I do ask Kabul to reopen the girls' schools,\" the Norwegian envoy said.",
                &[d(&["Norway"], &["Afghanistan"], Humanitarian).or(Other)],
            ),
        ],
    );
}

#[test]
fn an_occasion_used_to_ask() {
    check(
        "used his homily to appeal to …, took the opportunity to urge … (the occasion was used: the call was made)",
        &[
            (
                "Bishop Rubén Quiñones used his homily in the cathedral to appeal to both armed groups to release the hostages.",
                &[d(&["Rubén Quiñones"], &[], Humanitarian)],
            ),
            (
                "Pakistan's foreign minister took the opportunity to urge the Taliban to act against the TTP.",
                &[d(&["Pakistan"], &["Taliban"], Counterterrorism)],
            ),
            (
                "Malala Yousafzai took to social media to call on the Taliban to reopen girls' schools.",
                &[d(&["Malala Yousafzai"], &["Taliban"], Humanitarian).or(Other)],
            ),
            (
                "Archbishop Felipe Moreno used Sunday Mass to implore the kidnappers to free the seminarians.",
                &[d(&["Felipe Moreno"], &[], Humanitarian)],
            ),
            (
                "Sheikh Omar Diallo used Friday prayers in Mopti to urge young men not to join the jihadists.",
                &[d(&["Omar Diallo"], &[], Counterterrorism).or(Other)],
            ),
            ("The envoy will travel to Doha next week to urge the Taliban to reopen schools.", &[]),
            ("The army used force to urge the crowd back, witnesses said.", &[]),
        ],
    );
}

#[test]
fn seeking_a_sentence_or_a_resignation() {
    check(
        "X sought life sentences for …, sought the resignation of … (seeking a penalty or a step down asks for it; seeking to do something does not)",
        &[
            (
                "Kenyan prosecutor Beatrice Momanyi sought life sentences for the two men convicted of the bus bombing.",
                &[d(&["Beatrice Momanyi"], &[], Justice)],
            ),
            (
                "Pakistan sought the harshest penalty for the men who attacked the Chinese engineers.",
                &[d(&["Pakistan"], &[], Justice)],
            ),
            (
                "India sought the handing over of the handlers of the group.",
                &[d(&["India"], &[], Justice)],
            ),
            (
                "The Kerala government sought stringent punishment for the men who set fire to the temple.",
                &[d(&["Kerala government"], &[], Justice)],
            ),
            (
                "Farooq Abdullah sought the Prime Minister's intervention to restart the dialogue with Pakistan.",
                &[d(&["Farooq Abdullah"], &[], Negotiation)],
            ),
            ("She sought to reassure investors that the port would reopen.", &[]),
            ("The family sought refuge in a school run by the church.", &[]),
        ],
    );
}

/// A long sentence of two speakers: "While X urged …, Y said … and asked …" gives the
/// second ask to the subject of the verb of saying it is coordinated with; and "asked X to
/// do A, and had shared B" ends the ask before the perfect tense no infinitive takes.
#[test]
fn two_speakers_in_one_sentence_and_a_perfect_tense_after_the_ask() {
    check(
        "While X urged …, Y said … and asked …; asked X to …, and had shared …",
        &[
            (
                "While Indian spokesperson Arjun Mehra urged the interim government to hold elections soon, Bangladesh's foreign ministry spokesperson, Nasrin Akter, said in a separate briefing that \"elections are our internal matter\" and asked New Delhi to refrain from comment.",
                &[
                    d(&["Arjun Mehra"], &[], Other).or(Negotiation).not_by(&["Nasrin Akter"]),
                    d(&["Nasrin Akter"], &["India"], Other).not_by(&["Arjun Mehra"]),
                ],
            ),
            (
                "Nepal's foreign minister Sita Gurung said Kathmandu had asked India to reopen the Raxaul crossing, and had shared with Indian officials the names of stranded traders.",
                &[d(&["Nepal"], &["India"], Humanitarian).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_reported_clause_asks_again() {
    check(
        "X said A had to …, stressing that B must … (a participle of saying opens a clause of its own: two demands of one speaker)",
        &[
            (
                "UN aid chief Tom Fletcher said civilians who stay had to be protected, stressing that attacks on civilians, hospitals and aid workers \"must stop immediately\".",
                &[d(&["Tom Fletcher"], &[], Humanitarian), d(&["Tom Fletcher"], &[], Humanitarian).or(Ceasefire)],
            ),
            (
                "The Egyptian foreign minister said Israel must open the crossings to aid convoys, adding that the hostages must be freed without delay.",
                &[d(&["Egypt"], &["Israel"], Humanitarian), d(&["Egypt"], &[], Humanitarian)],
            ),
            (
                "The farmers' union said growers need better prices, adding that it expected the second payment to be announced in October.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_agency_quotes_the_speaker() {
    check(
        "“…,” Xinhua quoted X as saying (the one quoted speaks; a news agency is a source, never a party)",
        &[
            (
                "\"Pakistan must act against the TTP,\" Xinhua quoted Chinese Foreign Minister Wang Yi as saying.",
                &[d(&["Wang Yi"], &["Pakistan"], Counterterrorism).not_by(&["Xinhua"])],
            ),
            (
                "Chinese Foreign Minister Wang Yi spoke in Beijing on Monday. \"Pakistan must hunt down the attackers,\" Xinhua quoted him as saying.",
                &[d(&["Wang Yi"], &["Pakistan"], Justice).not_by(&["Xinhua"])],
            ),
            (
                "\"Washington must lift the sanctions first,\" IRNA quoted Foreign Minister Abbas Araghchi as saying.",
                &[d(&["Abbas Araghchi"], &["United States"], Sanctions).not_by(&["IRNA"])],
            ),
        ],
    );
}

#[test]
fn an_envoy_speaks_for_who_sent_them() {
    check(
        "The UN envoy for Sudan pressed …, Norway's ambassador to Colombia urged … (the party an envoy is sent to does not speak)",
        &[
            (
                "The United Nations envoy for Sudan on Thursday pressed the army and the Rapid Support Forces to open humanitarian corridors into El Fasher.",
                &[d(&["United Nations"], &[], Humanitarian).not_by(&["Sudan"])],
            ),
            (
                "Norway's ambassador to Colombia urged the ELN to free the hostages.",
                &[d(&["Norway"], &[], Humanitarian).not_by(&["Colombia"])],
            ),
            // Any go-between sent to a place or a process: a mediator, a negotiator, an
            // adviser, whether the place is a state or a region no list holds.
            (
                "The African Union chief mediator for Darfur on Tuesday urged the rebel factions to sign the peace agreement.",
                &[d(&["African Union"], &[], Negotiation)],
            ),
            (
                "The European Union's chief negotiator for Kosovo asked Belgrade to return to the talks on the association of Serb municipalities.",
                &[d(&["European Union"], &["Serbia"], Negotiation).not_by(&["Kosovo"])],
            ),
            (
                "The UN special adviser on Myanmar urged the generals to release the detained leaders.",
                &[d(&["United Nations"], &[], Humanitarian).not_by(&["Myanmar"])],
            ),
            // A dateline whose date comes first names where the story was filed, not who
            // speaks.
            (
                "Jun 27, 2006 (KHARTOUM) — The African Union chief mediator for Darfur on Tuesday urged the rebel factions to sign the peace agreement.",
                &[d(&["African Union"], &[], Negotiation).not_by(&["Sudan"])],
            ),
        ],
    );
}

#[test]
fn a_body_by_a_word_of_its_name_as_written() {
    check(
        "the Confederation of Sahel States … The confederation demanded … (a body pointed back to by a word of the name the text wrote, not only its listed one)",
        &[(
            "In a communiqué issued in Bamako, the Confederation of Sahel States (AES) called on the UN Security Council to act. The confederation also demanded that France end its support for armed groups in the region.",
            &[
                d(&["Alliance of Sahel States"], &["UN Security Council"], Other).or(Counterterrorism),
                d(&["Alliance of Sahel States"], &["France"], Counterterrorism).not_by(&["France"]),
            ],
        )],
    );
}

#[test]
fn a_somali_elder_by_the_title_of_his_clan() {
    check(
        "Ugas, Garaad, Islaan: the traditional titles of Somali elders are honorifics, and one written inside a name is part of it",
        &[(
            "Ugas Yasin Ugas Hirsi Farah said the soldiers had not been paid for five months. \"It is time for the government in Garowe to stop blaming Mogadishu and protect its people,\" the Ugas told reporters.\n\nAnother elder, Garaad Abdirashid Mohamud, asked the federal government to equip the Puntland forces.",
            &[
                d(&["Yasin Ugas Hirsi Farah"], &[], Humanitarian).or(Other),
                d(&["Abdirashid Mohamud"], &[], Cooperation).or(Other).or(Counterterrorism),
            ],
        )],
    );
}

#[test]
fn a_group_placed_by_its_state() {
    check(
        "Yemen's Houthi movement warned …, Colombia's ELN rebels called on … (the state before a group's name places it; the group speaks)",
        &[
            (
                "Yemen's Houthi movement warned shipping companies on Monday against dealing with Israeli ports.",
                &[d(&["Houthis"], &[], Other).not_by(&["Yemen"])],
            ),
            (
                "Colombia's ELN rebels called on the government to resume the suspended peace talks.",
                &[d(&["ELN"], &[], Negotiation).not_by(&["Colombia"])],
            ),
        ],
    );
}

#[test]
fn the_embassy_named_before() {
    check(
        "The Chinese embassy … . The embassy advised/urged … (a word of a body's name points back to it)",
        &[
            (
                "The Chinese embassy in Islamabad condemned the attack. In a statement released on Monday, the embassy urged Pakistan to hunt down the attackers.",
                &[d(&["China"], &["Pakistan"], Justice)],
            ),
            (
                "The US Embassy in Abuja said it was following the case. The embassy called on the kidnappers to release the aid workers unharmed.",
                &[d(&["United States"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_person_named_as_they_asked() {
    check(
        "The woman, who gave her name only as X, appealed …; a relative, who asked to be identified only as Y, urged … (the name given is the speaker; asking to be identified asks nothing)",
        &[
            (
                "The woman, who gave her name only as Umm Fahad, appealed to the kidnappers to free her son.",
                &[d(&["Umm Fahad"], &[], Humanitarian)],
            ),
            (
                "A relative, who asked to be identified only as Rahim, urged the kidnappers to free the engineers.",
                &[d(&["Rahim"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn asked_in_the_passive_by_a_statement() {
    check(
        "In a ministry's press release, \"The Taliban are requested to …\", \"All parties are called upon to …\" (the issuer asks; in a news report the same words name no asker)",
        &[
            (
                "Press Release\n\nMinistry of Foreign Affairs of the Republic of Kazakhstan\n\nThe Ministry of Foreign Affairs of the Republic of Kazakhstan strongly condemns the attack on its consulate in Herat.\n\nThe Taliban are requested to release the detained diplomats without delay.\n\nAll parties are called upon to observe the ceasefire.",
                &[
                    d(&["Kazakhstan"], &["Taliban"], Humanitarian),
                    d(&["Kazakhstan"], &[], Ceasefire),
                ],
            ),
            (
                "Yemen's president has been urged to accept a transition plan that would lead to his departure.",
                &[],
            ),
        ],
    );
}

#[test]
fn asked_in_the_passive_by_a_named_agent() {
    check(
        "X was urged by Y to … (the agent after \"by\" asks the subject; \"was asked by a reporter\" asks nothing)",
        &[
            (
                "Pakistan was urged by China to protect Chinese workers on the corridor projects.",
                &[d(&["China"], &["Pakistan"], Humanitarian)],
            ),
            (
                "The Taliban were pressed by Qatar and Turkey to reopen girls' schools.",
                &[d(&["Qatar", "Turkey"], &["Taliban"], Humanitarian).or(Other)],
            ),
            ("He was asked by Christiane Amanpour, who sits on the board of the Committee to Protect Journalists, whether critics were free to speak.", &[]),
        ],
    );
}

#[test]
fn the_army_of_the_story_s_state() {
    check(
        "In a communiqué, the army urged … (with no army named before, the state the story is about; a named army goes on)",
        &[
            (
                "Mali's transitional government declared a curfew in Kayes. In a separate communiqué, the army urged residents of the region to report any suspicious movement to the nearest post.",
                &[d(&["Mali"], &[], Counterterrorism).or(Other)],
            ),
            (
                "The Israeli army said it had struck a depot near Nabatieh. In a statement, the army called on the Lebanese army to dismantle all Hezbollah infrastructure north of the Litani.",
                &[d(&["Israel"], &[], Counterterrorism).not_by(&["Lebanon"])],
            ),
        ],
    );
}

#[test]
fn what_would_have_been_asked() {
    check(
        "a statement that would have urged X to … (what was never said asks nothing), and X should have asked Y to … (a reproach)",
        &[
            ("Hungary blocked a joint statement that would have urged Israel to halt settlement expansion.", &[]),
            ("A resolution that could have called on Russia to withdraw was never tabled.", &[]),
            // A reproach for a call not made asks nothing either.
            ("Amnesty International said the UN should have insisted on the presence of Afghan women at the talks.", &[]),
            ("\"Moscow should have asked the Taliban to reopen the schools before giving them this gift,\" said Farida Nazari, an activist.", &[]),
            ("The senator said the White House must have urged Riyadh to release the blogger in private.", &[]),
            (
                "Amnesty International said the UN should insist on the presence of Afghan women at the talks.",
                &[d(&["Amnesty International"], &["United Nations"], Humanitarian).or(Negotiation).or(Other)],
            ),
        ],
    );
}

#[test]
fn the_noun_of_a_body_s_members() {
    check(
        "EU foreign ministers … . Separately, the ministers urged … (the body that qualified the noun, over people named in between)",
        &[(
            "European Union foreign ministers met in Brussels on Monday. Irish Foreign Minister Simon Harris spoke first, and German Foreign Minister Johann Wadephul disagreed with him. Separately, the ministers agreed to extend sanctions and urged Iran to stop supplying drones to Russia.",
            &[d(&["European Union"], &["Iran"], Ceasefire).or(Other).not_by(&["Simon Harris", "Johann Wadephul"])],
        )],
    );
}

#[test]
fn a_leader_by_given_name() {
    check(
        "Anwar Ibrahim … . Anwar also urged … (a lone name that opens one person's name is that person)",
        &[(
            "Malaysian Prime Minister Anwar Ibrahim met Thai leaders in Bangkok. Anwar also urged Bangkok to consider the opposition's proposal for a public consultation.",
            &[d(&["Anwar Ibrahim"], &["Thailand"], Negotiation).or(Other)],
        )],
    );
}

#[test]
fn his_highness_goes_back_to_the_person() {
    check(
        "His Royal Highness Prince X … . His Highness called on … (protocol's \"His Highness\", \"Her Excellency\" stand for he and she)",
        &[
            (
                "His Royal Highness Prince Abdulrahman bin Fahd, Minister of Foreign Affairs of Saudi Arabia, opened the summit. His Highness called on the international community to fund the reconstruction of Gaza.",
                &[d(&["Abdulrahman bin Fahd"], &[], Humanitarian).not_by(&["Highness"])],
            ),
            (
                "Foreign Minister Amina Diallo of Senegal received the envoy in Dakar. Her Excellency urged the junta to release the detained journalists.",
                &[d(&["Amina Diallo"], &[], Humanitarian).not_by(&["Excellency"])],
            ),
        ],
    );
}

#[test]
fn a_body_named_with_on_or_for() {
    check(
        "The Intergovernmental Authority on Development called on …, the National Council for … urged … (the body's whole name speaks, once)",
        &[
            (
                "The Intergovernmental Authority on Development called on Kenya and Somalia to finalise their border security pact.",
                &[d(&["IGAD"], &["Kenya", "Somalia"], Cooperation).or(Counterterrorism)],
            ),
            (
                "The National Council for Peace and Reconciliation urged both sides to return to the negotiating table.",
                &[d(&["National Council for Peace and Reconciliation"], &[], Negotiation)],
            ),
        ],
    );
}

#[test]
fn clauses_joined_by_a_comma_each_with_its_speaker() {
    check(
        "X demanded A, Y urged B, and Z asked C (each clause's own subject asks; a verb joined by \"and\" with no subject shares the first one's)",
        &[
            (
                "In the debate, the Labour Party demanded an inquiry into the raid, the Green Party urged the minister to suspend arms exports to the region, and the Liberal Party asked the government to publish its legal advice.",
                &[
                    d(&["Labour Party"], &[], Justice).not_to(&["Green Party"]),
                    d(&["Green Party"], &[], Other).or(Sanctions).not_by(&["Labour Party"]),
                    d(&["Liberal Party"], &[], Other).not_by(&["Labour Party"]),
                ],
            ),
            (
                "Egypt called for an immediate ceasefire in Gaza, Jordan urged Israel to allow aid convoys through the Allenby crossing.",
                &[
                    d(&["Egypt"], &[], Ceasefire).not_by(&["Jordan"]),
                    d(&["Jordan"], &["Israel"], Humanitarian).not_by(&["Egypt"]),
                ],
            ),
            (
                "The African Union called on the junta to free the president and urged the regional bloc to give talks a chance.",
                &[
                    d(&["African Union"], &[], Humanitarian).or(Justice),
                    d(&["African Union"], &[], Negotiation),
                ],
            ),
            (
                "The Secretary stressed the need for the state to hold a monopoly on weapons and said the United States expects the Government of Lebanon to disarm Hizballah.",
                &[
                    d(&["United States"], &[], Counterterrorism),
                    d(&["United States"], &["Lebanon"], Counterterrorism),
                ],
            ),
        ],
    );
}

#[test]
fn a_document_a_body_adopted_speaks_for_it() {
    check(
        "X adopted a resolution … . The resolution calls on … (the body that adopted, passed or sent the document asks through it)",
        &[
            (
                "The European Parliament adopted a resolution on Thursday condemning the killings in Sweida. The resolution calls on the Council to keep the individual sanctions in place.",
                &[d(&["European Parliament"], &[], Sanctions)],
            ),
            (
                "The African Union Peace and Security Council passed a communiqué on the Sahel on Friday. The communiqué urged the juntas to set a date for elections.",
                &[d(&["Peace and Security Council"], &[], Other).or(Negotiation)],
            ),
            (
                "Hamas sent a letter to the mediators on Sunday. The letter called on Egypt to press Israel to open the Rafah crossing.",
                &[d(&["Hamas"], &["Egypt"], Humanitarian).or(Other)],
            ),
            // A party the document names is no issuer of it.
            (
                "Mali's transitional government issued a communiqué on Tuesday. The statement named Algeria, accusing Algiers of harbouring rebel leaders, and called on the Algerian authorities to extradite them. The communiqué also asked the Alliance of Sahel States to deploy its joint force.",
                &[
                    d(&["Mali"], &["Algeria"], Justice),
                    d(&["Mali"], &["Alliance of Sahel States"], Counterterrorism).or(Cooperation).not_by(&["Algeria"]),
                ],
            ),
        ],
    );
}

#[test]
fn a_name_that_reads_like_a_modal() {
    check(
        "Theresa May urged … (a capitalised \"May\" after a name is the name; \"may urge\" plans to ask)",
        &[
            (
                "Theresa May urged Russia to stop the attacks on Ukraine's ports.",
                &[d(&["Theresa May"], &["Russia"], Ceasefire)],
            ),
            ("The foreign minister may urge Russia to stop the attacks when they meet.", &[]),
        ],
    );
}

#[test]
fn an_ask_inside_an_open_question_is_none() {
    check(
        "asked whether X was asking Y to … / would not say whether X had asked … (a question about a call is no call; a possessor's call inside one still stands)",
        &[
            ("A reporter asked whether the UN was asking member states to repatriate their nationals from the camps.", &[]),
            ("The minister would not say whether Kenya had asked Somalia to extradite the suspects.", &[]),
            ("Officials declined to say whether Qatar had urged Hamas to accept the proposal.", &[]),
            (
                "Diplomats did not say whether Muscat had relayed the Arab League's demand for an end to the attacks on shipping.",
                &[d(&["Arab League"], &[], Ceasefire)],
            ),
        ],
    );
}

/// "Asked X whether …", "asked them if …", "asked Y how …": a question put to someone, with
/// a question word before any "to"; "asked that if …, they …" still asks. A weekday opening
/// the sentence is no one who asks.
#[test]
fn asking_someone_a_question_is_no_demand() {
    check(
        "asked X whether / if / how … (a question), asked that if … (a demand), 'Friday, X urged' (no speaker Friday)",
        &[
            (
                "Judge Amina Okafor asked the defendant whether he wanted to change his plea before the trial opened.",
                &[],
            ),
            (
                "Senator Rhys Caldwell asked the audience if they believed the army would be able to withdraw by June.",
                &[],
            ),
            (
                "Governor Lena Marsh asked the envoy how Washington planned to get the hostages out of Gaza.",
                &[],
            ),
            (
                "\"We ask that if an officer made a wrong decision, they admit their error,\" said Omar Haddad, the victims' spokesman.",
                &[d(&["Omar Haddad"], &[], Justice).or(Other).quoted()],
            ),
            // A day opening the sentence is when, not who: no speaker "Friday".
            (
                "Friday, Marchetti urged the residents to leave the valley before the floods, his office said.",
                &[],
            ),
            (
                "Italy asked Libya to explain why the migrants had been held at the port for nine days.",
                &[d(&["Italy"], &["Libya"], Humanitarian).or(Other).or(Justice)],
            ),
        ],
    );
}

#[test]
fn called_with_an_adverbial_before_for() {
    check(
        "called again for / called on Monday for / called late last week for (an adverbial, not an object: \"called the police for hours\" asks nothing)",
        &[
            (
                "The African Union called again for an immediate ceasefire in El Fasher.",
                &[d(&["African Union"], &[], Ceasefire)],
            ),
            (
                "Pakistan called on Monday for an independent inquiry into the killings.",
                &[d(&["Pakistan"], &[], Justice)],
            ),
            (
                "Amnesty International called late last week for the release of the detained journalists.",
                &[d(&["Amnesty International"], &[], Humanitarian)],
            ),
            ("Residents said they had called the police for hours before anyone came.", &[]),
            ("The report called its methods for vetting recruits seriously flawed.", &[]),
        ],
    );
}

#[test]
fn how_long_someone_has_asked_is_nothing_asked() {
    check(
        "the questions the families have been asking for six weeks (a length of time that ends the clause is no demand; \"called for a week of calm\" is one)",
        &[
            ("No statement answers the questions the families have been asking for six weeks.", &[]),
            ("The village elders say they have been appealing for years.", &[]),
            (
                "The Arab League called for a week of calm in Gaza.",
                &[d(&["Arab League"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn warned_someone_of_doing() {
    check(
        "warned residents of joining … (the object told what not to do; \"warned of\" alone foretells)",
        &[
            (
                "Hizbul Mujahideen commander Riyaz Malik warned local residents of joining the police as special officers.",
                &[d(&["Riyaz Malik"], &[], Other).or(Counterterrorism)],
            ),
            (
                "Al-Shabaab warned traders in Beledweyne of paying taxes to the regional administration.",
                &[d(&["Al-Shabaab"], &[], Other).or(Counterterrorism)],
            ),
            ("The army warned of more attacks in the coming days.", &[]),
            ("Officials warned residents of rising floodwaters along the river.", &[]),
        ],
    );
}

#[test]
fn help_needed_from_a_party() {
    check(
        "X needs support from Y (help a party needs from another is asked of it; \"needed three days to recover\" asks nothing)",
        &[
            (
                "Somalia needs more military support from the African Union, President Hassan Sheikh Mohamud said.",
                &[d(&["Somalia"], &[], Cooperation).or(Counterterrorism)],
            ),
            (
                "The Lebanese army needed equipment and funding from its Western partners, the minister said.",
                &[d(&["Lebanon"], &[], Cooperation)],
            ),
            ("The hospital in Mekelle needed three days to recover from the attack.", &[]),
        ],
    );
}

/// Aid asked for a country, its people or a relief plan is humanitarian; the same words
/// for an army or a mission stay cooperation.
#[test]
fn category_aid_for_a_people_is_humanitarian() {
    check(
        "category: financial support, support for the country, funding a response plan (humanitarian) vs military support (cooperation)",
        &[
            (
                "Niger's president appealed for support for his struggling country on Tuesday.",
                &[d(&["Niger"], &[], Humanitarian)],
            ),
            (
                "Chad's foreign minister Moussa Idriss urged donors to fund the response plan for the refugee camps before the rains.",
                &[d(&["Moussa Idriss", "Chad"], &[], Humanitarian)],
            ),
            (
                "Haiti needs urgent support from its partners after the floods, Prime Minister Garry Conille said.",
                &[d(&["Haiti"], &[], Humanitarian)],
            ),
            (
                "Somalia needs more military support from the African Union, President Hassan Sheikh Mohamud said.",
                &[d(&["Somalia"], &[], Cooperation).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn seeking_information_of_no_one() {
    check(
        "was seeking information. (nothing asked of anyone; \"sought information from Kabul on …\" asks Kabul)",
        &[
            ("The foreign ministry said at the time it was seeking information.", &[]),
            ("Relatives of the missing crew are still seeking answers.", &[]),
            (
                "Japan sought information from the Taliban on the whereabouts of the kidnapped engineer.",
                &[d(&["Japan"], &["Taliban"], Other).or(Humanitarian)],
            ),
        ],
    );
}

#[test]
fn would_like_to_see_a_party_act() {
    check(
        "X would like to see Y do … (a party named after \"see\", then what it should do; not a place or a state of things)",
        &[
            (
                "India would like to see Pakistan take credible and verifiable action against the groups behind the attack.",
                &[d(&["India"], &[], Counterterrorism)],
            ),
            (
                "Analyst Maria Lozano would also like to see the FBI and the Attorney General's Office run joint investigations into the drone purchases.",
                &[d(&["Maria Lozano"], &[], Justice).or(Cooperation)],
            ),
            ("The envoy said he would like to see Sudan and Chad at peace within a year.", &[]),
            ("We would like to see the report before we comment.", &[]),
        ],
    );
}

#[test]
fn an_imperative_a_transcript_addresses() {
    check(
        "A: To those holding them I say: release them (a transcript's own words addressed to a party, outside quotation marks)",
        &[
            (
                "Transcript of the press conference of Foreign Minister Awa Ndiaye of Senegal, Dakar, 3 May 2027.\n\nFOREIGN MINISTER NDIAYE: Our drivers have been held for nine days near Kayes. I say clearly to those who are holding them: release our drivers and their trucks without delay.\n\nQUESTION: Has Mali replied?\n\nFOREIGN MINISTER NDIAYE: Not yet.",
                &[d(&["Awa Ndiaye"], &[], Humanitarian)],
            ),
            (
                "Interview with Chad's foreign minister, Mahamat Saleh Abakar.\n\nQ: Fishermen are still missing on the lake. What do you say to the kidnappers?\n\nA: To those holding them I say: release them, and stay away from our islands.",
                &[d(&["Mahamat Saleh Abakar"], &[], Humanitarian).or(Ceasefire)],
            ),
            // Further into the answer the address opens a sentence of its own, which no
            // label opens.
            (
                "Interview with Syria's foreign minister, Nizar al-Hamwi.\n\nQ: What about the Kurdish-led forces?\n\nA: The agreement of March still stands. To our brothers in the north-east I say: come back to the state, and let us close this file together.",
                &[d(&["Nizar al-Hamwi"], &[], Negotiation).or(Other)],
            ),
            (
                "Interview with Ecuador's president, Esteban Larrea.\n\nQ: What is your message to the gangs?\n\nA: We have sent 5,000 soldiers to the mines. To the leaders of Los Lobos I say: surrender now.",
                &[d(&["Esteban Larrea"], &["Los Lobos"], Ceasefire).or(Counterterrorism)],
            ),
            (
                "Interview with Chad's foreign minister, Mahamat Saleh Abakar.\n\nQ: Will the army win?\n\nA: To those who doubt it I say: the army has already won.",
                &[],
            ),
        ],
    );
}

#[test]
fn it_after_a_sentence_that_opens_on_an_adverbial_of_saying() {
    check(
        "In a statement posted on its website, the embassy said … . It called on … (a verb of saying inside the opening adverbial is not the sentence's; \"it\" is the embassy)",
        &[
            (
                "Thai police colonel Nattawut Sirisamphan said the raids would continue. In a statement posted on its website on Monday, the Chinese embassy said more than 1,200 Chinese citizens were held in compounds in Kayin State. It called on the Thai authorities to crack down on the gangs running them.",
                &[d(&["China"], &["Thailand"], Counterterrorism).not_by(&["Nattawut Sirisamphan"])],
            ),
            (
                "Kenyan police spokesman Resila Onyango said two suspects had been arrested. In a message posted on X late on Sunday, Somalia's interior ministry said the attackers had crossed from Kismayo. It urged Nairobi to hand over the suspects.",
                &[d(&["Somalia"], &["Kenya"], Justice).not_by(&["Resila Onyango"])],
            ),
        ],
    );
}

#[test]
fn a_subject_after_an_opening_clause_that_ends_on_and() {
    check(
        "Reiterating that terrorism threatens peace and security, the Prime Ministers called upon … (the phrase before the comma is no item of a list with the subject)",
        &[
            (
                "Prime Minister Narendra Modi of India and Prime Minister Harini Amarasuriya of Sri Lanka held talks in Colombo. Reiterating that terrorism constitutes one of the most serious threats to peace and security, the Prime Ministers called upon all countries to root out terrorist safe havens.",
                &[d(&["Narendra Modi", "Harini Amarasuriya"], &[], Counterterrorism)],
            ),
            (
                "Flanked by Foreign Minister Yusuf Tuggar and Defence Minister Mohammed Badaru, President Bola Tinubu called on the National Assembly to pass the security bill.",
                &[d(&["Bola Tinubu"], &[], Other).or(Counterterrorism).not_by(&["Yusuf Tuggar", "Mohammed Badaru"])],
            ),
        ],
    );
}

#[test]
fn a_verb_in_s_before_an_article() {
    check(
        "The Presidency welcomes the dialogue … and calls on … (a word in -s between the subject and an article is its verb, which the later verb shares)",
        &[
            (
                "The Presidency of the EU condemns the attacks. The Presidency welcomes the dialogue between Turkey and Iraq and calls on the Iraqi Government to secure the border.",
                &[d(&["European Union"], &["Iraq"], Counterterrorism).or(Cooperation).not_by(&["Turkey"])],
            ),
            (
                "The African Union Commission welcomes the truce in Sudan and urges both sides to open humanitarian corridors.",
                &[d(&["African Union Commission"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_courteous_first_person_later_in_a_transcripts_answer() {
    check(
        "Spokesperson: … . I would appeal to X to … (a courteous \"I would\", \"I'd like to\" later in a labelled answer is the label's holder asking)",
        &[
            (
                "Weekly briefing of the Ministry of Foreign Affairs, spokesperson Hana Okello.\n\nSpokesperson: We share the grief of the families. I would appeal to the families to avoid any contact with intermediaries.",
                &[d(&["Hana Okello"], &[], Other).or(Humanitarian)],
            ),
            (
                "Weekly briefing of the Ministry of Foreign Affairs, spokesperson Hana Okello.\n\nSpokesperson: The talks resume on Monday. I'd like to urge both delegations to come with concrete proposals.",
                &[d(&["Hana Okello"], &[], Negotiation).or(Other)],
            ),
            (
                "Weekly briefing of the Ministry of Foreign Affairs, spokesperson Hana Okello.\n\nSpokesperson: The convoy was attacked twice. I must urge the gunmen to let the aid trucks through.",
                &[d(&["Hana Okello"], &[], Humanitarian)],
            ),
            (
                "Weekly briefing of the Ministry of Foreign Affairs, spokesperson Hana Okello.\n\nSpokesperson: The talks resume on Monday. I would like to thank our hosts in Nairobi.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_document_the_subject_puts_out_asks_for_the_subject() {
    check(
        "'X issued a joint statement urging …', 'X approved a motion asking …', 'X sent a letter urging …': whoever spoke before, the document is the clause subject's",
        &[
            (
                "Colombia's peace commissioner, Mariela Ospina, said the talks were frozen. Norway and Cuba issued a joint statement urging both parties not to abandon the negotiating table.",
                &[d(&["Norway", "Cuba"], &[], Negotiation).not_by(&["Mariela Ospina"])],
            ),
            (
                "Mayor Ana Lopez said the town had waited long enough. In September, the Kailua Neighborhood Board approved a motion asking the Tourism Authority to stop promoting the town.",
                &[d(&["Kailua Neighborhood Board"], &[], Other).not_by(&["Ana Lopez"])],
            ),
            (
                "Senator Maria Cantwell said the bill was fair. Senators Lindsey Graham and Roger Wicker sent a letter to their colleagues urging them to oppose the bill.",
                &[d(&["Lindsey Graham", "Roger Wicker"], &[], Other).not_by(&["Maria Cantwell"])],
            ),
        ],
    );
}

#[test]
fn a_verb_on_a_colon_asks_each_line_of_the_list_below() {
    check(
        "'the EU calls on:' then '• X to …;' lines: each line is the introducer's demand of the party it opens on",
        &[
            (
                "Recalling that there can be no lasting security without a political settlement, the European Union calls on:\n\n• the Federal Government of Somalia and Puntland to resume dialogue within the National Consultative Council;\n\n• all parties to comply with international humanitarian law and to allow safe humanitarian access;\n\n• all United Nations Member States to implement fully the sanctions imposed on Al-Shabaab.\n\nThe EU stands ready to support these efforts.",
                &[
                    d(&["European Union"], &["Somalia"], Negotiation),
                    d(&["European Union"], &[], Humanitarian),
                    d(&["European Union"], &[], Sanctions).not_by(&["Al-Shabaab"]),
                ],
            ),
            (
                "In their closing statement, the foreign ministers of Mali, Niger and Burkina Faso urged:\n\n- the United Nations to keep its mission in Mali;\n- donors to fund the regional humanitarian plan.",
                &[
                    d(&["Mali", "Niger", "Burkina Faso"], &["United Nations"], Cooperation).or(Other),
                    d(&["Mali", "Niger", "Burkina Faso"], &[], Humanitarian),
                ],
            ),
            (
                "The European Union calls on all parties to respect the ceasefire. It notes:\n\n• the progress made in the talks;\n• the release of 40 prisoners.",
                &[d(&["European Union"], &[], Ceasefire)],
            ),
            // Lines that open on their own verbs, under "… in which it:", are the subject's.
            (
                "At the close of the meeting in Jeddah, Saudi Arabia issued a statement in which it:\n\n- Condemned the attack on the mosque in Kunduz;\n- Urged Member States to share information on the financing networks of ISKP;\n- Requested the Secretary-General to report on the follow-up.",
                &[
                    d(&["Saudi Arabia"], &[], Cooperation).or(Counterterrorism).not_by(&["Islamic State Khorasan Province"]),
                    d(&["Saudi Arabia"], &[], Other).or(Negotiation).or(Cooperation),
                ],
            ),
        ],
    );
}

#[test]
fn imperatives_after_an_opening_word_or_a_colon() {
    check(
        "“Please, …”, “And let …”, “If not, …”, “First give …”, “We ask one thing: …”, “Hand them over”",
        &[
            (
                "\"Please, do not deport my cousin to Urumqi,\" Erkin Tursun told the judges in Kuala Lumpur.",
                &[d(&["Erkin Tursun"], &[], Humanitarian).or(Other).quoted()],
            ),
            (
                "\"And let the provincial government pay the compensation it promised in March,\" said Hamid Gul Wazir, a jirga elder.",
                &[d(&["Hamid Gul Wazir"], &[], Humanitarian).or(Other).quoted()],
            ),
            (
                "\"If not, release them to their families,\" Senator Ruth Okonjo told the chamber.",
                &[d(&["Ruth Okonjo"], &[], Humanitarian).quoted()],
            ),
            (
                "\"First give us our identity cards, and then come and talk to us about voting,\" said Omar Farouk Selim, a camp leader.",
                &[d(&["Omar Farouk Selim"], &[], Humanitarian).or(Other).quoted()],
            ),
            (
                "\"We ask only one thing: try the killers, not their cousins,\" Lucía Ferreyra said outside the court.",
                &[d(&["Lucía Ferreyra"], &[], Justice).or(Other).quoted()],
            ),
            (
                "\"I beg you, in the name of our children: let the grain lorries through,\" Bishop Samuel Kariuki said.",
                &[d(&["Samuel Kariuki"], &[], Humanitarian).quoted()],
            ),
            (
                "\"Hand them over, and then we can talk about the border,\" Burundian Interior Minister Pascal Ndikumana said.",
                &[d(&["Pascal Ndikumana", "Burundi"], &[], Justice).or(Other).quoted()],
            ),
            (
                "\"Send us blood and anaesthetic before we have to choose which patients to save,\" said Dr Amira Salih, who runs the hospital in Dilling.",
                &[d(&["Amira Salih"], &[], Humanitarian).or(Other).quoted()],
            ),
            // "Pdt." (Pendeta, an Indonesian pastor) ends no sentence before its name.
            (
                "\"Do not answer hatred with hatred,\" Pdt. Yosua Simatupang said in Samarinda.",
                &[d(&["Yosua Simatupang"], &[], Other).quoted()],
            ),
        ],
    );
}

#[test]
fn no_demand_openers_in_fragments_and_idioms() {
    check(
        "not an imperative: 'Simply put, we …', 'and said, …', 'For us …'",
        &[
            (
                "The commissioner wrote: \"Simply put, we have to do better.\"",
                &[],
            ),
            (
                "The banker recalled that the chairman \"and said, 'I am an example of what is happening'\" at the meeting.",
                &[],
            ),
            ("\"For us it is over,\" the fisherman Idris Bello said.", &[]),
        ],
    );
}

#[test]
fn joining_calls_pleading_and_appeals_made_to_a_party() {
    check(
        "X added its voice to calls for …, X pleaded for …, X made an appeal to Y to …, X is pushing Y to … (a call joined, an appeal as a noun with its addressee, pushing whatever the words after the \"to\")",
        &[
            (
                "Britain added its voice to calls for an independent inquiry into the bombing of the market in Gao.",
                &[d(&["United Kingdom"], &[], Justice)],
            ),
            (
                "Norway lent its weight to demands for the immediate release of the aid workers held in Darfur.",
                &[d(&["Norway"], &[], Humanitarian)],
            ),
            (
                "The Kenyan government bowed to demands for an inquiry into the Garissa raid.",
                &[],
            ),
            (
                "Egypt pleaded for calm after two days of clashes along the border near Rafah.",
                &[d(&["Egypt"], &[], Ceasefire)],
            ),
            (
                "The UN envoy, Hans Grundberg, made an appeal to the Houthis to free the crew of the Galaxy Leader.",
                &[d(&["Hans Grundberg"], &["Houthis"], Humanitarian)],
            ),
            (
                "King Abdullah of Jordan is pushing Israel to allow more aid trucks into Gaza through the Allenby crossing.",
                &[d(&["Abdullah"], &["Israel"], Humanitarian)],
            ),
            (
                "Nigeria has petitioned the United Nations to list the bandit gangs of the north-west as terrorist organisations.",
                &[d(&["Nigeria"], &["United Nations"], Sanctions)],
            ),
            (
                "The coalition pushed the rebels back into the hills above the town.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_pronoun_after_told_or_warned_stands_for_the_one_told() {
    check(
        "X told Y that it must … (the pronoun opening the that-clause is the one told; not one's own fighters, and \"told CNN it plans to\" asks nothing)",
        &[
            (
                "Kenya told Somalia that it must do more to stop al-Shabaab fighters crossing into Mandera.",
                &[d(&["Kenya"], &["Somalia"], Counterterrorism)],
            ),
            (
                "Ethiopia warned Egypt that it must not interfere in the dispute over the Nile dam.",
                &[d(&["Ethiopia"], &["Egypt"], Other)],
            ),
            (
                "Kenya told Somalia it must do more to stop al-Shabaab fighters crossing into Mandera.",
                &[d(&["Kenya"], &["Somalia"], Counterterrorism)],
            ),
            (
                "The publisher Mondadori told CNN it plans to run 26 pages of photographs in a special edition.",
                &[],
            ),
        ],
    );
}

#[test]
fn category_a_ban_lifted_asks_for_what_it_forbade() {
    check(
        "lift the ban on X: the category of X (girls' schooling is humanitarian), not a sanction; a group's ban lifted stays a sanction",
        &[
            (
                "UNAMA urged the Taliban to lift the ban on girls' secondary education and on women working for aid agencies.",
                &[d(&["UNAMA"], &["Taliban"], Humanitarian)],
            ),
            (
                "The head of UNAMA, Roza Otunbayeva, said the de facto authorities must end their ban on women working for NGOs.",
                &[d(&["Roza Otunbayeva"], &[], Humanitarian)],
            ),
            (
                "Cairo asked London to lift the ban on the Muslim Brotherhood's charities.",
                &[d(&["Egypt"], &["United Kingdom"], Sanctions)],
            ),
        ],
    );
}

#[test]
fn later_verbs_of_an_operative_paragraph_are_the_bodys() {
    check(
        "2. Reiterates that X must …, and requests Y to … (the verbs and the obligations of a paragraph a body's verb opens are the body's, whoever the paragraph names)",
        &[
            (
                "ECONOMIC COMMUNITY OF WEST AFRICAN STATES\n\nCommuniqué of the Mediation and Security Council at Ministerial Level\n\nThe Mediation and Security Council of ECOWAS, meeting in Abuja on 9 March 2027,\n\n1. Strongly condemns the attack on the convoy near Kayes, and expresses its condolences to the families;\n\n2. Reiterates that the perpetrators of the Kayes attack must be brought to justice, and requests the Member States to share all available information on the attackers with the ECOWAS Commission;\n\n3. Expresses deep concern at the blockade imposed by JNIM on the Kayes road, which has cut off fuel supplies to the region, and demands that the group lift the blockade without delay;\n\n4. Notes the withdrawal of Mali from the Community and, notwithstanding that withdrawal, underlines the need for the Malian authorities to keep open the channels of communication with the Commission;",
                &[
                    d(&["ECOWAS"], &[], Justice),
                    d(&["ECOWAS"], &[], Cooperation),
                    d(&["ECOWAS"], &[], Humanitarian).or(Other).not_by(&["JNIM"]),
                    d(&["ECOWAS"], &[], Other).or(Negotiation).not_by(&["Mali"]),
                ],
            ),
            // A verb after a noun has its own subject: what the paragraph welcomes is the
            // envoy's call.
            (
                "ECONOMIC COMMUNITY OF WEST AFRICAN STATES\n\nThe Mediation and Security Council of ECOWAS, meeting in Abuja on 9 March 2027,\n\n5. Welcomes the statement in which the Special Representative, Leonardo Santos Simão, urges all parties to respect the ceasefire;",
                &[d(&["Leonardo Santos Simão"], &[], Ceasefire).not_by(&["ECOWAS"])],
            ),
        ],
    );
}

#[test]
fn a_second_that_clause_of_the_cue_is_a_second_ask() {
    check(
        "demands that X do A, and that Y do B (two demands when the kinds differ); said X must A, and that B (the second clause is said, not asked)",
        &[
            (
                "The Arab League demanded that the Houthis release the crew of the tanker immediately, and that all armed groups in Yemen cease their attacks on shipping in the Red Sea.",
                &[
                    d(&["Arab League"], &["Houthis"], Humanitarian),
                    d(&["Arab League"], &[], Ceasefire),
                ],
            ),
            // The second clause's verb stands after a long subject, and decides its kind
            // over the words of its object.
            (
                "The Commission demanded that the ADF free the hostages taken in Beni, and that all armed groups operating in the Rwenzori foothills cease their attacks against civilians, humanitarian workers and displaced families.",
                &[d(&[], &[], Humanitarian), d(&[], &[], Ceasefire)],
            ),
            (
                "A senior Israeli official told Army Radio that Hamas has to return the remains of the last two hostages first, and that the disarmament of the movement is not up for negotiation.",
                &[d(&["Israel"], &["Hamas"], Ceasefire).or(Humanitarian)],
            ),
        ],
    );
}

#[test]
fn the_council_of_a_communique_is_its_issuer() {
    check(
        "The Council called for … in a communiqué whose opening names its council, though another council was named since and headings part the paragraphs",
        &[(
            "Cooperation Council for the Arab States of the Gulf\n\nFinal Communiqué of the Ministerial Council\n\n1. The Ministerial Council of the Gulf Cooperation Council (GCC) held its 160th session in Riyadh.\n\n2. The Council condemned the attack on a checkpoint of the forces of the Presidential Leadership Council in Abyan, and affirmed its support for the Presidential Leadership Council.\n\n3. The Council welcomed the agreement reached in Muscat on the exchange of prisoners between the parties in Yemen, and expressed its appreciation to the Sultanate of Oman for the efforts it made to bring the two delegations together over four rounds of talks.\n\nMaritime security\n\n4. The Council reviewed the report of the Secretariat General on maritime security in the Red Sea and the Gulf of Aden, and took note of the recommendations of the committee of experts on the protection of shipping lanes and ports.\n\n5. The Council welcomed the holding of the donors' conference for the reconstruction of the port of Aden, and commended the contributions announced by the member states and by the development funds of the region.\n\nEconomic integration\n\n6. The Council reviewed the progress of the joint customs union and the common market, and directed the relevant committees to complete the remaining steps before the end of the year.\n\n7. The Council welcomed the opening of the new headquarters of the Gulf Centre for Disease Prevention and Control, and took note of the preparations for the regional exercise on emergency response.\n\n8. The Council reviewed the developments in the negotiations on free trade agreements with partner countries and groupings, and expressed its satisfaction with the progress achieved in the talks held during the year.\n\nTransport\n\n9. The Council took note of the report on the railway project linking the member states, and praised the work of the authority in charge of its implementation.\n\n10. The Council welcomed the outcome of the strategic dialogue meetings held with partner countries during the period under review.\n\n11. The Council reviewed the annual report on the joint investment programme for renewable energy, and instructed the technical committee to present, at its next session, a study of the interconnection of the electricity grids of the member states and of the storage capacity needed for it.\n\nSummit\n\n12. The Council took note of the statement of the Secretariat General on the preparation of the summit to be held in Doha in December, and approved the draft agenda submitted to it, including the items on economic integration, food security, water resources and the digital economy.\n\n13. The Council welcomed the results of the meetings of the ministers of education and of higher education, and commended the programmes for the exchange of students and teachers between the universities of the member states, which more than four thousand students joined this year.\n\n14. The Council reviewed the work of the committee on the unified Gulf visa and of the committee on the Gulf passport, and welcomed the launch of the common electronic platform for the residents of the member states.\n\nSyria\n\n15. The Council called for the lifting of the remaining unilateral sanctions imposed on Syria, so as to enable the Syrian people to rebuild their country.",
            &[d(&["GCC"], &[], Sanctions).not_by(&["Presidential Leadership Council"])],
        )],
    );
}

#[test]
fn category_the_object_of_resume_or_sign_decides() {
    check(
        "resume / sign / ratify X: the head of X decides (joint patrols are cooperation, a truce a ceasefire), the verb's negotiation when X names nothing",
        &[
            (
                "Dar es Salaam urged Maputo to resume joint patrols along the Rovuma river.",
                &[d(&["Tanzania"], &["Mozambique"], Cooperation)],
            ),
            (
                "The Qatari mediators called on both sides to sign the truce document before Friday.",
                &[d(&[], &[], Ceasefire)],
            ),
            (
                "Norway asked the government and the rebels to resume the Havana process without conditions.",
                &[d(&["Norway"], &[], Negotiation).not_by(&["African Union"])],
            ),
        ],
    );
}

#[test]
fn category_terror_financing_is_a_sanction() {
    check(
        "criminalise ransom payments, cut off the financing of an insurgency, treat a gang as the terrorist organisation it is: terror financing and designation, not counterterrorism",
        &[
            (
                "The G7 foreign ministers urged all States to refuse ransom payments to terrorist groups holding aid workers.",
                &[d(&["G7"], &[], Sanctions)],
            ),
            (
                "Maputo called on its neighbours to cut off the financing of the insurgency through the ruby trade.",
                &[d(&["Mozambique"], &[], Sanctions)],
            ),
            (
                "Senator Marc Gold said Ottawa should treat the gang as the terrorist organisation it is.",
                &[d(&["Marc Gold"], &["Canada"], Sanctions)],
            ),
        ],
    );
}

#[test]
fn category_sparing_the_accused_is_humanitarian() {
    check(
        "commute a death sentence, clemency, not to return or execute someone: a right protected, not the punishment that justice asks",
        &[
            (
                "The European Union called on the Puntland authorities to commute the death sentences passed on the two teenagers.",
                &[d(&["European Union"], &[], Humanitarian)],
            ),
            (
                "Amnesty International urged the Turkish courts not to return him to Uzbekistan, where he faces torture.",
                &[d(&["Amnesty International"], &[], Humanitarian)],
            ),
            (
                "Canberra asked Baghdad to guarantee that the death penalty would not be imposed on any Australian citizen.",
                &[d(&["Australia"], &["Iraq"], Humanitarian)],
            ),
            (
                "Nigeria's foreign minister, Yusuf Tuggar, urged the courts to sentence the attackers to the maximum penalty.",
                &[d(&["Yusuf Tuggar"], &[], Justice)],
            ),
        ],
    );
}

#[test]
fn category_taking_down_a_groups_content_acts_against_it() {
    check(
        "remove / take down propaganda, channels, videos: counterterrorism, not the justice or aid the surrounding words suggest",
        &[
            (
                "The interior minister called on TikTok and Telegram to remove Islamic State propaganda within the hour.",
                &[d(&[], &[], Counterterrorism)],
            ),
            (
                "Berlin urged the platforms to take down the channels that investigators say recruit teenagers.",
                &[d(&["Germany"], &[], Counterterrorism)],
            ),
            (
                "Paris asked the platforms to delete the videos glorifying the attack and to preserve data for prosecutors.",
                &[d(&["France"], &[], Counterterrorism), d(&["France"], &[], Justice).or(Cooperation)],
            ),
        ],
    );
}

#[test]
fn a_briefings_masthead_names_who_we_are() {
    check(
        "Briefing by <title> <Name>, <place>, <date>: the briefer's 'we' and unattributed obligations are theirs, not those of a body a table of contents names",
        &[
            (
                "Briefing by Foreign Ministry Spokeswoman Irina Volkova, Moscow, March 10, 2027\n\nTable of contents\nOn the attack in Kunduz\nDelisting of Afghan officials by the UN Security Council 1988 Committee\nUS citizen detained in Kabul\n\nOn the attack in Kunduz\n\nOn March 6, a bomber blew himself up in a market in Kunduz. We strongly condemn this crime. We hope that the Afghan authorities will step up their efforts to dismantle ISKP cells. We call on our Western colleagues to unfreeze the assets of the central bank.",
                &[
                    d(&["Irina Volkova"], &[], Counterterrorism).not_by(&["UN Security Council", "United States"]),
                    d(&["Irina Volkova"], &[], Other).or(Humanitarian).or(Sanctions).not_by(&["UN Security Council", "United States"]),
                ],
            ),
            (
                "Remarks by Foreign Minister Daniel Okonkwo-Reyes at the Counter-Terrorism Forum, Abuja, 4 June 2027\n\nExcellencies, we are gathered after another attack on our schools. We urge our neighbours to share intelligence on the movements of ISWAP commanders.",
                &[d(&["Daniel Okonkwo-Reyes"], &[], Cooperation).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_cue_word_after_a_verb_is_its_object() {
    check(
        "submit requests / rejected demands: the noun a verb takes is no second cue",
        &[
            (
                "Swedish Justice Minister Ebba Lindqvist called on Ankara to submit requests that meet the requirements of Swedish law.",
                &[d(&["Ebba Lindqvist"], &["Turkey"], Cooperation).or(Justice).or(Other)],
            ),
            (
                "The junta rejected demands for a transition, and the ECOWAS Commission urged it to free the detained ministers.",
                &[d(&["ECOWAS"], &[], Humanitarian)],
            ),
            (
                "The mediators ignored appeals from the families, and Qatar urged both sides to sign the deal.",
                &[d(&["Qatar"], &[], Ceasefire).or(Negotiation)],
            ),
        ],
    );
}

#[test]
fn a_body_named_by_an_apposition_may_open_on_an_adjective() {
    check(
        "Civil Rights Defenders, a Stockholm-based rights group, urged …: a body no list holds, its first word a common adjective",
        &[
            (
                "Civil Rights Defenders, a Stockholm-based rights group, urged the government not to extradite anyone to Turkey.",
                &[d(&["Civil Rights Defenders"], &[], Humanitarian)],
            ),
            (
                "Global Witness, a London-based watchdog, called on Kinshasa to suspend the mining licences.",
                &[d(&["Global Witness"], &["Democratic Republic of the Congo"], Other).or(Sanctions)],
            ),
            (
                "Meanwhile Human Rights Watch, a rights group, urged the army to stop the shelling.",
                &[d(&["Human Rights Watch"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn a_list_of_asks_after_an_adverb_is_split_by_kind() {
    check(
        "call on X to immediately cease violence, release …, and engage in dialogue: three asks of three kinds, the adverb before the first verb no bar",
        &[
            (
                "The G7 foreign ministers called on the Myanmar military regime to immediately cease violence, release all those unjustly detained, and engage in constructive dialogue with all stakeholders.",
                &[d(&["G7"], &[], Ceasefire), d(&["G7"], &[], Humanitarian), d(&["G7"], &[], Negotiation)],
            ),
            (
                "Norway urged the parties to urgently resume talks, free the hostages and allow aid into the camps.",
                &[d(&["Norway"], &[], Negotiation), d(&["Norway"], &[], Humanitarian)],
            ),
            // The last item of a list of verbs follows "and" without a comma.
            (
                "UN coordinator Ingrid Haugland Diallo urged the group to free the hostages, open a corridor for food convoys to Djibo and return to talks with the town's elders.",
                &[
                    d(&["Ingrid Haugland Diallo"], &[], Humanitarian).text_has("open a corridor"),
                    d(&["Ingrid Haugland Diallo"], &[], Negotiation),
                ],
            ),
            // An aside inside a relative clause opens no second ask.
            (
                "Senator Curtis Hale pressed Ambassador Dana Whitfield to designate three trading houses that, he said, move money for Hezbollah through Paraguay.",
                &[d(&["Curtis Hale"], &["Dana Whitfield"], Sanctions)],
            ),
        ],
    );
}

#[test]
fn a_name_ending_in_states_is_no_speech_verb() {
    check(
        "X must …, and we call on all UN Member States to …: 'States' in a name is not the reporting verb 'states', so the UN does not say the obligation",
        &[
            (
                "Joint Statement from the Quad Foreign Ministers' Meeting\n\nTokyo, 21 July 2027\n\nWe condemn the attack on the bus. The perpetrators of this act must be brought to justice without any delay, and we urge all UN Member States to cooperate with the Indian authorities.",
                &[
                    d(&["Quad"], &[], Justice).not_by(&["United Nations"]),
                    d(&["Quad"], &[], Cooperation),
                ],
            ),
            (
                "The attackers must be punished, and the ministers asked the Alliance of Sahel States to share intelligence with Benin, Togolese officials said.",
                &[d(&[], &[], Justice).not_by(&["Alliance of Sahel States"]), d(&[], &[], Cooperation).not_by(&["Alliance of Sahel States"])],
            ),
        ],
    );
}

#[test]
fn de_facto_states_and_their_seats() {
    check(
        "Somaliland and Hargeisa stand for a state of their own; Muqdisho is Mogadishu",
        &[
            (
                "Somaliland's interior minister, Maxamed Cabdi Xuseen, called on Puntland to stop militants crossing into Sanaag.",
                &[d(&["Maxamed Cabdi Xuseen", "Somaliland"], &["Puntland"], Counterterrorism).not_by(&["Somalia"])],
            ),
            (
                "Puntland's security minister said Hargeisa should withdraw its troops from the districts it seized.",
                &[d(&["Puntland"], &["Somaliland"], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn a_clause_set_off_inside_an_obligations_subject_does_not_end_it() {
    check(
        "X, which …, has done … and must …: the obligation reaches past the relative clause of its subject; 'it must be said that' is an aside",
        &[
            (
                "The ADF, which calls itself the Islamic State Central Africa Province, has committed countless atrocities against civilians and must be held accountable for its crimes, spokeswoman Tan Yiwen said.",
                &[d(&["Tan Yiwen"], &[], Justice).text_has("must be held accountable")],
            ),
            (
                "I have no sympathy for the movement, but it must be said that the Taliban have done more against Islamic State than anyone, the analyst Laleh Karimi wrote.",
                &[],
            ),
            (
                "It should be noted that Kabul must release the prisoners, Ahmad Shah Durrani said.",
                &[d(&["Ahmad Shah Durrani"], &["Afghanistan"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_press_conferences_title_names_its_spokesperson() {
    check(
        "Spokesperson X's Regular Press Conference on <date>: the unnamed answers ('A:') are X's; a paragraph opening on \"X's statement in 2007 that …\" is no masthead",
        &[
            (
                "Afghanistan: the long war\n\nGordon Brown's statement in 2007 that two-thirds of all terrorist attacks originate in the region reveals the severity of the threat and the fact that many of these plots are hatched in the tribal areas of Pakistan.\n\nThe region has seen decades of conflict since the Soviet invasion in 1979.\n\nPoppy cultivation has grown in the south, where the insurgency is strongest.\n\nDevelopment efforts should instead focus on local markets and on the police.",
                &[],
            ),
            (
            "Foreign Ministry Spokesperson Lin Huaqing's Regular Press Conference on September 9, 2027\n\nQ: Five Chinese nationals were abducted at a gold mine in Ituri. Can you confirm this?\n\nA: We are deeply concerned about the incident. We urge the DRC side to spare no effort to rescue the abducted Chinese nationals.",
            &[d(&["Lin Huaqing"], &["Democratic Republic of the Congo"], Humanitarian)],
        ),
        ],
    );
}

#[test]
fn category_money_released_aggression_and_the_wanted() {
    check(
        "release funds (not captives), aggression and misadventure (violence), a gunman located or footage sent (justice), human rights violations (not a truce's), severing ties (sanctions)",
        &[
            (
                "Governor Mujiv Hataman said the national government must release the P480-million Basilan special development fund.",
                &[d(&["Mujiv Hataman"], &[], Other)],
            ),
            (
                "The Corps Commanders cautioned India against any misadventure along the Line of Control, the ISPR said.",
                &[d(&["~Corps Commanders"], &["India"], Ceasefire)],
            ),
            (
                "Government spokesman Stelios Hadjiloizou said Nicosia had asked the peacekeepers to help locate the second gunman.",
                &[d(&["Cyprus"], &[], Justice)],
            ),
            (
                "The Cyprus Police appealed to anyone who filmed the attack to send the footage to investigators.",
                &[d(&["Cyprus Police"], &[], Justice)],
            ),
            (
                "Pakistan's foreign office urged the international community to take notice of the grave human rights violations in Kashmir.",
                &[d(&["Pakistan"], &[], Humanitarian)],
            ),
            (
                "Iran's foreign ministry spokesman urged Islamic countries to sever all economic and trade ties with Israel.",
                &[d(&["Iran"], &[], Sanctions)],
            ),
        ],
    );
}

#[test]
fn no_demand_a_quoted_title() {
    check(
        "a short quotation in title case (\"Make Way for Ducklings\", a \"Bring Back Our Rangers\" petition) names a work or a campaign; a quoted imperative in sentence case asks",
        &[
            (
                "The minister, a former singer, once topped the charts with \"Take Me Home to Kisumu\", his aide Peter Otieno said.",
                &[],
            ),
            (
                "More than 40,000 people have signed a \"Bring Back Our Rangers\" petition started by the widow of one of the men, Grace Wanjiru.",
                &[],
            ),
            (
                "\"Bring back our rangers before the rains,\" Grace Wanjiru, the widow of one of the men, told the kidnappers.",
                &[d(&["Grace Wanjiru"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn quotation_before_a_speaker_described_after_the_name() {
    check(
        "\"…,\" Name, whose …, said / \"…,\" Name, a …, said: the name of a kin's relative clause speaks, and what is asked ends with the quotation",
        &[
            (
                "\"Release the hostages now,\" Fatima Bello, whose two daughters were taken from the school in Kebbi, said on Monday.",
                &[d(&["Fatima Bello"], &[], Humanitarian).text_lacks("Bello")],
            ),
            (
                "\"Open the road to Djibo before the rains,\" Ousmane Sawadogo, a trader whose trucks have been stuck for a month, told reporters.",
                &[d(&["Ousmane Sawadogo"], &[], Humanitarian).text_lacks("Sawadogo")],
            ),
            (
                "Mariam Diallo, whose husband was abducted in March, said: \"Bring him back to us.\"",
                &[d(&["Mariam Diallo"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn category_red_notices_jirgas_liaison_officers_and_arms_cut_off() {
    check(
        "red notices and Interpol (justice), a jirga or a summit convened (negotiation), liaison officers, flag meetings and intelligence-sharing (cooperation), arms cut off from an armed group (counterterrorism) or from a state at war (ceasefire)",
        &[
            (
                "Interior Minister Mohsin Naqvi asked Kabul to issue red notices for the two suspects.",
                &[d(&["Mohsin Naqvi"], &["Afghanistan"], Justice)],
            ),
            (
                "Maulana Fazlur Rehman called on the federal government to convene a grand jirga of tribal elders from both sides of the Durand Line.",
                &[d(&["Fazlur Rehman"], &[], Negotiation)],
            ),
            (
                "Dhaka urged New Delhi to resume the flag meetings between the two border forces and to allow liaison officers at the Benapole post.",
                &[d(&["Bangladesh"], &["India"], Cooperation)],
            ),
            (
                "The ministers agreed that closer intelligence-sharing among the services of the region was needed, and Rabat called on Algiers to join it.",
                &[d(&["Morocco"], &["Algeria"], Cooperation).or(Other)],
            ),
            (
                "Riyadh called upon Tehran to stop supplying the group with missiles and drone components.",
                &[d(&["Saudi Arabia"], &["Iran"], Counterterrorism)],
            ),
            (
                "The G7 foreign ministers called on Pyongyang to stop supplying drones and artillery shells to Russia.",
                &[d(&["G7"], &["North Korea"], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn category_information_exchanged_between_states_or_given_to_the_forces() {
    check(
        "the exchange of data on foreign terrorist fighters between states is cooperation; residents sharing what they know with the security forces, or reporting to them, act against a group; unverified videos are other",
        &[
            (
                "The CSTO Secretary General called on member states to step up the exchange of data on foreign terrorist fighters returning from Syria.",
                &[d(&["~CSTO"], &[], Cooperation)],
            ),
            (
                "Interior Minister Juan Martín urged Argentina and Paraguay to set up a joint database of Hezbollah financiers in the Tri-Border Area.",
                &[d(&["Juan Martín"], &[], Cooperation)],
            ),
            (
                "Governor Abdullahi Sule appealed to residents of Nasarawa to share information on the bandits' movements with the security agencies.",
                &[d(&["Abdullahi Sule"], &[], Counterterrorism)],
            ),
            (
                "Police Inspector-General Japhet Koome asked the media and the public to refrain from sharing unverified videos of the attack.",
                &[d(&["Japhet Koome"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn category_of_what_is_asked_not_of_what_prompted_it() {
    check(
        "X called for <ask> after / following / amid <event>: the event that prompted the ask does not make its kind",
        &[
            (
                "Jakarta called for closer cooperation with Kuala Lumpur after the bombing of the ferry terminal in Nunukan.",
                &[d(&["Indonesia"], &[], Cooperation)],
            ),
            (
                "Governor Nathif Jama urged blood donations at Garissa Referral Hospital following the attack on the university.",
                &[d(&["Nathif Jama"], &[], Humanitarian)],
            ),
            (
                "Oslo called for the resumption of talks in Havana amid renewed fighting in Cauca.",
                &[d(&["Norway"], &[], Negotiation).not_by(&["African Union"])],
            ),
        ],
    );
}

#[test]
fn category_hyphenated_objects_protection_and_captives_brought_back() {
    check(
        "a hyphenated word between the verb and its object (the Indo-Myanmar border), protection given by the authorities (escorts, the security of schools), captives brought back: counterterrorism and humanitarian, not other",
        &[
            (
                "Chief Minister Lalduhoma urged New Delhi to seal the Indo-Myanmar border before the monsoon.",
                &[d(&["Lalduhoma"], &["India"], Counterterrorism)],
            ),
            (
                "The teachers' union asked the Ministry of Education to provide armed escorts for staff posted to the border districts.",
                &[d(&["~teachers' union"], &[], Humanitarian)],
            ),
            (
                "Bishop Aloysius Muda called on the police to guarantee the security of churches during the Easter vigil.",
                &[d(&["Aloysius Muda"], &[], Humanitarian)],
            ),
            (
                "\"Give them back to their mothers,\" Fatima Bello, whose two daughters were taken from the school in Kebbi, told the kidnappers.",
                &[d(&["Fatima Bello"], &[], Humanitarian)],
            ),
            (
                "Lebanese Forces leader Samir Geagea called on the cabinet to set a date for Hezbollah's disarmament.",
                &[d(&["Samir Geagea"], &[], Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_bodys_acronym_names_it_wherever_used_after() {
    check(
        "the NSCN demanded … / the NSCN must first …: an acronym no list holds, once a speaker, is the same party later; 'the X, the apex body of …' names a body",
        &[
            (
                "A year later, he recalls, the NSCN demanded that the truce be extended to all Naga areas. The interlocutor, A.K. Dasgupta, a former director of the Intelligence Bureau, told me that the NSCN must first give up its claim to the Naga areas of Manipur.",
                &[
                    d(&["NSCN"], &[], Ceasefire),
                    d(&["A.K. Dasgupta"], &["NSCN"], Other).or(Negotiation),
                ],
            ),
            (
                "In Kohima, the Naga Hoho, the apex body of the Naga tribes, has asked both sides to publish the text of the 2015 agreement.",
                &[d(&["Naga Hoho"], &[], Other).or(Negotiation)],
            ),
        ],
    );
}

#[test]
fn no_demand_a_modal_of_belief_or_judgement() {
    check(
        "must surely / should be easy / must be difficult: belief or judgement, no obligation",
        &[
            (
                "\"The Europeans must surely remember what happened the last time,\" Iranian spokesman Nasser Kanaani said.",
                &[],
            ),
            ("On paper, a settlement between Delhi and the NSCN should be easy, the analyst Meena Barua wrote.", &[]),
            (
                "\"The Europeans must stop hosting these groups,\" Iranian spokesman Nasser Kanaani said.",
                &[d(&["Nasser Kanaani"], &[], Counterterrorism).or(Other)],
            ),
        ],
    );
}

#[test]
fn deadlines_burdens_and_injunctions() {
    check(
        "gave X until <date> to …, set a deadline … for …, the onus is on X to …, enjoined X to …",
        &[
            (
                "Ankara gave the Syrian Democratic Forces (SDF) until 31 December to dissolve their Kurdish-led units.",
                &[d(&["Turkey"], &["Syrian Democratic Forces"], Counterterrorism).or(Other)],
            ),
            (
                "Defence Minister Pedro Arias set a deadline of noon on Friday for the release of the 28 soldiers.",
                &[d(&["Pedro Arias"], &[], Humanitarian).or(Ceasefire)],
            ),
            (
                "\"The onus is on the police to show that every person they detain is linked to this crime,\" Komnas HAM chief Anis Hidayah said.",
                &[d(&["Anis Hidayah"], &[], Justice).or(Humanitarian).or(Other)],
            ),
            (
                "The Indonesian Ulema Council (MUI) enjoined mosques across the province not to give their pulpits to extremist preachers.",
                &[d(&["Indonesian Ulema Council"], &[], Counterterrorism).or(Other)],
            ),
        ],
    );
}

#[test]
fn no_demand_an_ask_denied_or_wondered_about() {
    check(
        "denied that X had asked …, denied having asked …, whether X would ask …: no ask; a denial followed by a call of its own still asks",
        &[
            ("SDF commander Mazloum Abdi denied that the SDF had asked Israel for protection.", &[]),
            ("Foreign Minister Claire Donnelly denied having asked Jakarta last year to delay the release.", &[]),
            (
                "Asked whether Australia would now ask Indonesia to revoke the parole, Foreign Minister Claire Donnelly said the decision was Jakarta's.",
                &[],
            ),
            (
                "Foreign Minister Hakan Fidan denied the reports and called on Sweden to extradite the suspects.",
                &[d(&["Hakan Fidan"], &["Sweden"], Justice)],
            ),
        ],
    );
}

#[test]
fn a_kenyan_cabinet_secretary_is_the_cs() {
    check(
        "the CS: Kenya's Cabinet Secretary named before",
        &[(
            "Interior Cabinet Secretary Kiprono Chebet flew into Garissa on Sunday. \"Somalia must hand them over, or tell us plainly that it cannot,\" the CS told journalists at the airstrip.",
            &[d(&["Kiprono Chebet"], &["Somalia"], Justice)],
        )],
    );
}

#[test]
fn category_surrender_and_the_rights_of_the_hunted() {
    check(
        "to surrender / give themselves up: fighting stopped (ceasefire); arbitrary arrests, punishing an entire community, letting captives go, clearing unexploded munitions: humanitarian; weapons handed over to the state: counterterrorism",
        &[
            (
                "Police chief Bambang Wicaksono called on the four remaining fugitives of the cell to surrender.",
                &[d(&["Bambang Wicaksono"], &[], Ceasefire)],
            ),
            (
                "Colonel Ridwan Harahap urged them to give themselves up before the rains.",
                &[d(&["Ridwan Harahap"], &[], Ceasefire)],
            ),
            (
                "Komnas HAM urged the police to ensure that the manhunt did not lead to arbitrary arrests of villagers.",
                &[d(&["~Komnas HAM"], &[], Humanitarian)],
            ),
            (
                "\"The EMC must let our men go,\" said Ombudsman Iris Marín.",
                &[d(&["Iris Marín"], &[], Humanitarian)],
            ),
            (
                "UNIFIL urged the army to clear unexploded munitions from the olive groves before the harvest.",
                &[d(&["UNIFIL"], &[], Humanitarian)],
            ),
            (
                "Washington urged Hezbollah to hand over its remaining heavy weapons to the Lebanese Armed Forces.",
                &[d(&["United States"], &["Hezbollah"], Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn ultimatums_and_questions_put_to_a_speaker() {
    check(
        "issued an ultimatum to X: <verb> … / delivered an ultimatum to X to …: an ask; 'Asked whether …, the minister said' is a reporter's question, none",
        &[
            (
                "Israel issued an ultimatum to Beirut: disarm Hezbollah south of the Awali river.",
                &[d(&["Israel"], &["Lebanon"], Counterterrorism)],
            ),
            (
                "The ECOWAS summit delivered an ultimatum to the junta in Niamey to restore the president within a week.",
                &[d(&["ECOWAS"], &[], Other).or(Negotiation)],
            ),
            (
                "Asked on ANB Radio whether Australia would now ask Indonesia to revoke the parole, Foreign Minister Claire Donnelly said the decision was Jakarta's.",
                &[],
            ),
            (
                "The Lebanese Forces party renewed calls for an emergency cabinet session on Hezbollah's weapons.",
                &[d(&["Lebanese Forces"], &[], Counterterrorism).or(Other).not_by(&["Lebanon"])],
            ),
        ],
    );
}

#[test]
fn what_we_ask_of_a_party() {
    check(
        "'What we ask of X is …' / 'what I want from X is that …': the speaker's ask; '… is simple' judges it and asks nothing",
        &[
            (
                "\"What we ask of Damascus is a constitution that recognises the Kurds, and what we ask of Washington is that it does not leave before the job is finished,\" Ilham Ahmed said.",
                &[d(&["Ilham Ahmed"], &[], Other).or(Negotiation), d(&["Ilham Ahmed"], &[], Other).or(Counterterrorism)],
            ),
            ("\"What I want from the government is simple,\" said Ahmed Khan.", &[]),
        ],
    );
}

#[test]
fn urge_a_quotation_that_opens_on_the_party() {
    check(
        "urged “all parties in north-east Syria to keep …”: the quotation opens on the party asked, and its 'to' is what it is asked",
        &[
            (
                "US Central Command (CENTCOM) said coalition aircraft had supported SDF units, and urged “all parties in north-east Syria to keep the focus on the enduring defeat of ISIS”.",
                &[d(&["CENTCOM"], &[], Counterterrorism).text_has("keep the focus")],
            ),
            (
                "US envoy Tom Barrack urged \"both sides to return to the table without preconditions\".",
                &[d(&["Tom Barrack"], &[], Negotiation)],
            ),
        ],
    );
}

#[test]
fn a_passive_ask_by_an_agent_past_an_aside_and_a_description_by_age() {
    check(
        "X was urged by Y, in a statement …, to \"…\": Y asks X, and what is asked follows Y's 'to'; 'The 61-year-old cleric' opening a sentence is the person the sentence before names",
        &[
            (
                "The interim Afghan government was also urged by the Organisation of Islamic Cooperation (OIC), in a statement issued from Jeddah on Tuesday, to \"take concrete and verifiable steps against all terrorist groups operating from its territory\".",
                &[d(&["Organisation of Islamic Cooperation"], &[], Counterterrorism).text_has("take concrete")],
            ),
            (
                "Tbilisi was also urged by the U.S. Embassy to share its evidence with Moscow.",
                &[d(&["~Embassy"], &["Georgia"], Cooperation).text_has("share its evidence")],
            ),
            (
                "Sheikh Abdulqadir Moalim Omar, who chairs the Somali Religious Scholars Council, buried a nephew on Tuesday. The 61-year-old cleric, speaking at the graveside, urged young men in Middle Shabelle to \"refuse the path of al Shabaab\".",
                &[d(&["Abdulqadir Moalim Omar"], &[], Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_clause_joined_by_as_or_while_has_its_own_subject() {
    check(
        "X, which …, said …, as Y, one of …, called on Z to …: the clause after 'as' or 'while' speaks for its own subject; 'there were calls for' names no caller; 'insisted on state television that' insists on nothing",
        &[
            (
                "The European Union, which pays most of the mission's allowances, said it would not raise its contribution this year, as Ethiopia, one of the largest troop contributors, called on the African Union Commission to \"convene an urgent pledging conference\".",
                &[d(&["Ethiopia"], &["African Union Commission"], Other).or(Cooperation).not_by(&["European Union"])],
            ),
            ("In Dakar and Ottawa there were calls for a negotiated release of the aid workers.", &[]),
            (
                "The army's spokesman, Captain Issouf Compaoré, insisted on state television that the army \"controls the situation\".",
                &[],
            ),
        ],
    );
}

#[test]
fn a_verb_of_asking_after_a_modal_is_what_the_modal_asks() {
    check(
        "'Kenya should press the African Union to keep …' asks Kenya, once; 'urged that no territory must be used …' is one ask, the modal inside the verb's clause",
        &[
            (
                "Speaking in the House, the MP said Kenya should press the African Union to keep the Kenyan and Ugandan contingents in Somalia until the elections.",
                &[d(&["~MP"], &["Kenya"], Counterterrorism).or(Other).text_has("press the African Union")],
            ),
            (
                "The opposition leader, Marta Rinaldi, said Italy must ask Brussels to put the group on the European terrorist list.",
                &[d(&["Marta Rinaldi"], &["Italy"], Sanctions).text_has("ask Brussels")],
            ),
            (
                "The Council urged that territory under the control of any Member State must never be used for attacks against other States.",
                &[d(&["Council"], &[], Counterterrorism).text_has("never be used")],
            ),
            (
                "Pakistan's foreign ministry demanded that the perpetrators of the Quetta bombing must be brought to justice without delay.",
                &[d(&["Pakistan"], &[], Justice)],
            ),
        ],
    );
}

#[test]
fn a_modal_whose_subject_is_an_office_or_a_body() {
    check(
        "'The minister should …', 'The transitional council must …', 'The 33rd Front must …': an office, a council or an armed unit no list names is asked by the modal, whatever the kind of ask",
        &[
            (
                "\"The minister should restore the money for the counselling centres before the summer,\" said Lena Vogt, a Green member of the state parliament.",
                &[d(&["Lena Vogt"], &[], Other).or(Humanitarian).quoted()],
            ),
            (
                "\"The transitional council must place its forces under the ministry of defence,\" said Ahmed Saleh, a Yemeni government adviser.",
                &[d(&["Ahmed Saleh"], &[], Other).or(Counterterrorism).quoted()],
            ),
            (
                "\"The 33rd Front must stop recruiting children,\" said Ismael Quintero, the rebels' chief negotiator.",
                &[d(&["Ismael Quintero"], &[], Humanitarian).or(Other).quoted()],
            ),
            ("\"The group must be short of money and men,\" said one analyst in Niamey.", &[]),
        ],
    );
}

#[test]
fn captives_let_go_money_appealed_for_and_rights_are_humanitarian() {
    check(
        "'Let the families leave', 'give me back my daughter', an appeal for US$3 million to shelter the displaced, 'give us our civil rights': humanitarian; a ransom demanded is other",
        &[
            (
                "\"Let the families leave,\" Bishop Pierre Dumas said.",
                &[d(&["Pierre Dumas"], &[], Humanitarian).quoted()],
            ),
            (
                "\"Let the children out,\" Bishop Pierre Dumas said.",
                &[d(&["Pierre Dumas"], &[], Humanitarian).quoted()],
            ),
            (
                "\"Take my cattle, take my house, but give me back my daughter,\" Almaz Tesfaye, a mother from Ginchi, told reporters.",
                &[d(&["Almaz Tesfaye"], &[], Humanitarian).quoted()],
            ),
            (
                "The UN refugee agency has renewed its appeal for US$4.5 million to shelter the families before the rains.",
                &[d(&["UNHCR"], &[], Humanitarian)],
            ),
            (
                "\"First give us our civil rights, the right to work and to own a flat,\" said Khaled Yassin, a camp committee member.",
                &[d(&["Khaled Yassin"], &[], Humanitarian).quoted()],
            ),
            (
                "Abu Sayyaf demanded a ransom of 50 million pesos for the release of the four fishermen, the military said.",
                &[d(&["Abu Sayyaf"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn calm_asked_of_the_public_and_an_attack_told_of() {
    check(
        "'appealed to residents to remain calm' is a public appeal (other), not a ceasefire; 'act against X, the group that claimed a deadly attack on a police station' is counterterrorism, the attack told of no call to attack",
        &[
            (
                "Sulu Governor Abdusakur Tan appealed to residents of Jolo to remain calm and not to spread rumours.",
                &[d(&["Abdusakur Tan"], &[], Other)],
            ),
            (
                "Iran asked Pakistan to act against Jaish al-Adl, the Sunni militant group that claimed a deadly attack on a police station in Rask in December.",
                &[d(&["Iran"], &["Pakistan"], Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_sports_page_asks_nothing() {
    check(
        "a cricket report's 'you just have to set the field and let him go' asks no one, whatever its words",
        &[(
            "India v Pakistan, T20 World Cup: Bumrah takes four wickets as India win by six runs. \"When he bowls like that, you just have to set the field and let him go,\" the captain said after the match at the stadium.",
            &[],
        )],
    );
}

#[test]
fn what_is_asked_names_its_kind() {
    check(
        "the kind of an ask from its own words: information on strangers given to the forces, clashes stopped, boys kept with their mothers, the fate of the missing, mass detentions avoided, talks with the other side, militias dissolved, weapons no longer smuggled to a group, a listing lifted, restrictions on aid lifted; an election boycott, the one-China principle and a candidature are other",
        &[
            (
                "Police commissioner John Otieno urged residents to volunteer information on strangers seen in their villages.",
                &[d(&["John Otieno"], &[], Counterterrorism)],
            ),
            (
                "\"Clashes between armed groups in the capital must stop immediately,\" Foreign Minister Hakan Demir said.",
                &[d(&["Hakan Demir"], &[], Ceasefire).quoted()],
            ),
            (
                "Human Rights Watch said the SDF should stop separating boys from their mothers at Roj camp.",
                &[d(&["Human Rights Watch"], &["SDF"], Humanitarian)],
            ),
            (
                "The UN human rights office called on the Government of Pakistan to establish the fate and whereabouts of all those reported missing.",
                &[d(&["OHCHR"], &["Pakistan"], Humanitarian)],
            ),
            (
                "Amnesty International urged the Tajik authorities not to repeat the mass detentions that followed the attack.",
                &[d(&["Amnesty International"], &[], Humanitarian)],
            ),
            (
                "\"Dushanbe has to talk to the Taliban, whether it likes them or not,\" said Parviz Mullojanov, a Tajik analyst.",
                &[d(&["Parviz Mullojanov"], &["Tajikistan"], Negotiation).quoted()],
            ),
            (
                "Washington has pressed Baghdad to dissolve the brigades that answer to Kataib Hezbollah.",
                &[d(&["United States"], &["Iraq"], Counterterrorism)],
            ),
            (
                "The GCC ministers called on Iran to stop \"smuggling weapons, drones and ballistic missile components\" to the Houthis.",
                &[d(&["Gulf Cooperation Council"], &["Iran"], Counterterrorism)],
            ),
            (
                "\"We ask the Council to lift this unjust measure,\" the trader's lawyer, Marc Dubois, said.",
                &[d(&["Marc Dubois"], &[], Sanctions).quoted()],
            ),
            (
                "The G7 ministers said: \"We urge the authorities in Niamey to lift the restrictions imposed since October on the movement of humanitarian organisations.\"",
                &[d(&[], &["Niger"], Humanitarian).quoted()],
            ),
            (
                "Al-Shabaab has called on Somalis to boycott voter registration for the planned elections.",
                &[d(&["al-Shabaab"], &[], Other)],
            ),
            (
                "Spokesperson Mao Ning said: \"We urge the US side to abide by the one-China principle and stop arming Taiwan.\"",
                &[d(&["Mao Ning"], &["United States"], Other).quoted()],
            ),
            (
                "The Kuwaiti side sought India's support for its candidature for a non-permanent seat on the UN Security Council.",
                &[d(&["Kuwait"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn a_name_of_a_party_that_acts_is_a_person() {
    check(
        "'Rana Ehsan Elahi of the PML-N accused India …': a name, its party after 'of', and a verb only a person's acts take make a person, who speaks the quotation after",
        &[(
            "Treasury member Rana Ehsan Elahi of the PML-N accused India of arming the BLA. \"India must stop using Afghan soil to bleed Balochistan,\" he said.",
            &[d(&["Rana Ehsan Elahi"], &["India"], Counterterrorism).quoted()],
        )],
    );
}

#[test]
fn a_groups_spokesman_speaks_for_the_group_and_calls_to_its_ranks() {
    check(
        "'the group's spokesman urged Somalis to join the caravan of jihad': the spokesman speaks for the group named before, and a militant's call to join its ranks is other",
        &[(
            "Al-Shabaab's leaders must be pleased. In an audio message released last month, the group's spokesman urged Somalis to 'join the caravan of jihad' and called on clan elders to stop sending their sons to the army.",
            &[
                d(&["Al-Shabaab"], &[], Other).text_has("join the caravan"),
                d(&["Al-Shabaab"], &[], Other).text_has("stop sending"),
            ],
        )],
    );
}

#[test]
fn a_sub_head_asking_what_to_do_asks_nothing() {
    check(
        "'What Mogadishu should do' heads the recommendations below it and asks nothing; the lines below ask",
        &[(
            "After AUSSOM: Somalia's Partners Must Stop Outsourcing the Fight\n\nWith the mission running out of money, Mogadishu and its donors have a narrow window.\n\nCommentary\nAbdirahman Yusuf Hersi\n11 April 2028\n\nThe mission ends in December, and the gaps are plain.\n\nWhat Mogadishu should do\n\nFirst, Mogadishu should stop treating the federal member states as rivals to be outmanoeuvred.",
            &[
                d(&["Abdirahman Yusuf Hersi"], &["Somalia"], Other).text_has("Stop Outsourcing"),
                d(&["Abdirahman Yusuf Hersi"], &["Somalia"], Other).or(Negotiation).text_has("stop treating"),
            ],
        )],
    );
}

#[test]
fn a_clause_with_a_named_subject_ends_what_is_asked() {
    check(
        "'demanded that Mogadishu withdraw the forces …, and Puntland has suspended cooperation': the clause after ', and' with a name and a verb of its own is no part of what is asked; Somalia's member states are bodies, not people",
        &[(
            "Jubaland has demanded that Mogadishu withdraw the federal forces it deployed to Gedo last year, and Puntland has suspended cooperation with the federal government altogether.",
            &[d(&["Jubaland"], &["Somalia"], Ceasefire).or(Other).text_lacks("Puntland")],
        )],
    );
}

#[test]
fn restraint_and_differences_resolved_are_two_kinds() {
    check(
        "'to stay calm, exercise restraint and resolve their differences through dialogue': a ceasefire and a negotiation, one demand each",
        &[(
            "China calls on the two sides to stay calm, exercise restraint and resolve their differences through dialogue and consultation.",
            &[
                d(&["China"], &[], Ceasefire).text_has("exercise restraint"),
                d(&["China"], &[], Negotiation).text_has("resolve their differences"),
            ],
        )],
    );
}

#[test]
fn a_spokesman_warns_and_says() {
    check(
        "'the group's official spokesman, Sheikh X' is a spokesman, and 'The spokesman warned elders against cooperating with the commission and said …' is his: the body before 'and said' is no speaker, and a warning against cooperating is a threat (other)",
        &[(
            "The call was made by the group's official spokesman, Sheikh Abdullahi Osman Abu Yahya, in an audio message.\n\nThe spokesman warned clan elders against cooperating with the National Independent Electoral and Boundaries Commission (NIEBC) and said the group had lists of names.",
            &[d(&["Abdullahi Osman Abu Yahya"], &[], Other)
                .not_by(&["National Independent Electoral and Boundaries Commission"])],
        )],
    );
}

#[test]
fn a_quoted_phrase_inside_the_object() {
    check(
        "'warned non-Muslims “occupying Muslim land” in Lamu to leave', 'beseeched “all those involved” to open a corridor': a phrase in quotation marks inside the object is one of its words; a quoted title after 'told' is none ('told “Today,” describing …')",
        &[
            (
                "Five people were killed in Lamu on Monday. Al-Shabaab claimed responsibility for the raid and warned non-Muslims “occupying Muslim land” in Lamu to leave the county.",
                &[d(&["Al-Shabaab"], &[], Other).text_has("leave the county")],
            ),
            (
                "The Pope beseeched \"all those involved\" to open a humanitarian corridor to the besieged city.",
                &[d(&["Pope"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn money_cut_off_from_armed_groups_and_convicts_handed_over() {
    check(
        "'stop the flow of funds and weapons to terrorist groups' and 'action against the financing of extremist organisations' are sanctions; 'treat these cartels as the terrorists they are' a designation; 'hand over members convicted in our courts' justice",
        &[
            (
                "Egypt urged the international community to stop the flow of funds and weapons to terrorist groups.",
                &[d(&["Egypt"], &[], Sanctions)],
            ),
            (
                "The GCC ministers called on all countries to take firm action against the financing of extremist and terrorist organisations.",
                &[d(&["Gulf Cooperation Council"], &[], Sanctions)],
            ),
            (
                "\"We have asked Washington for years to treat these cartels as the terrorists they are,\" Senator Ruth Calloway said.",
                &[d(&["Ruth Calloway"], &["United States"], Sanctions).quoted()],
            ),
            (
                "Cairo also urged all countries to hand over Muslim Brotherhood members convicted in Egyptian courts.",
                &[d(&["Egypt"], &[], Justice)],
            ),
        ],
    );
}

#[test]
fn a_report_recommends_that_an_authority_act() {
    check(
        "'The committee has recommended that the Union Ministry of Home Affairs complete the fencing …': a report's recommendation asks the authority it names; a doctor's 'recommends that caregivers look out for …' asks no party",
        &[
            (
                "The Parliamentary Standing Committee on Home Affairs has recommended that the Union Ministry of Home Affairs complete the fencing of the remaining 61 km of the border.",
                &[d(&["~Committee"], &[], Counterterrorism)],
            ),
            (
                "The panel's report, tabled on Monday, recommended that the government vigorously pursue the listing of the TRF at the United Nations, the Parliamentary Standing Committee on Home Affairs said.",
                &[d(&["~Committee"], &[], Sanctions)],
            ),
            (
                "After traumatic incidents, the psychiatrist Theodore Gaensbauer always recommends that caregivers look out for subtle signs of distress.",
                &[],
            ),
        ],
    );
}

#[test]
fn its_time_for_a_party_and_support_requested() {
    check(
        "'It's time for the State Department to stop studying this problem': the contraction with a party after 'for' asks it ('it's time to get back to it' asks no one); 'requested Egyptian support in training border guards' asks for support",
        &[
            (
                "\"It's time for the State Department to stop studying this problem and start acting,\" said Sen. Tom Harlan.",
                &[d(&["Tom Harlan"], &[], Other).quoted()],
            ),
            ("\"Sorry, it's time to get back to it,\" the coach, Cyril Turner, said.", &[]),
            (
                "Libya's interior minister, Abdelsalam al-Tarhouni, attended the talks. Al-Tarhouni requested Egyptian support in training Libyan border guards.",
                &[d(&["Abdelsalam al-Tarhouni"], &[], Cooperation).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_department_of_its_field_is_a_body() {
    check(
        "'the Department of Migrant Workers said it had asked manning agencies to …': a body named by its institution's word and its field after 'of' is a party, and 'it' is that body",
        &[(
            "In Manila, the Department of Migrant Workers said it had asked manning agencies to stop assigning Filipino seafarers to ships bound for the Red Sea.",
            &[d(&["Department of Migrant Workers"], &[], Other).or(Humanitarian)],
        )],
    );
}

#[test]
fn a_print_interviews_unlabelled_answers() {
    check(
        "a print interview whose first exchange is labelled 'LE FIGARO. - …' / 'Armand LESCURE. - …' and whose later answers follow unlabelled questions: the answers' obligations are the interviewee's",
        &[(
            "Armand Lescure: «France will not look away from the Sahel»\n\nINTERVIEW - The minister speaks about the blockade.\n\nBy Isabelle Rocher\n\nLE FIGARO. - Is Bamako going to fall?\n\nArmand LESCURE. - I will not make predictions. The junta bet everything on the Russians.\n\nWhat about the Russians?\n\nThe Africa Corps has replaced Wagner. Moscow has to stop presenting its mercenaries as a security partner.",
            &[d(&["Armand Lescure"], &["Russia"], Other).text_has("stop presenting")],
        )],
    );
}

#[test]
fn the_one_told_is_no_speaker() {
    check(
        "'“…,” Wani's father, Nazir Ahmad Wani, told Kashmir Observer. He appealed to …': after 'told' comes the one told, an outlet here, neither the speaker nor the one asked, and 'He' is the father",
        &[(
            "“Give us our son’s body so we can bury him,” Wani’s father, Nazir Ahmad Wani, told Kashmir Observer. He appealed to Lieutenant Governor Manoj Kumar Raina to “show mercy to a poor family”.",
            &[
                d(&["Nazir Ahmad Wani"], &[], Humanitarian)
                    .or(Other)
                    .quoted()
                    .not_to(&["Kashmir Observer"]),
                d(&["Nazir Ahmad Wani"], &["Manoj Kumar Raina"], Other)
                    .or(Humanitarian)
                    .not_by(&["Kashmir Observer"]),
            ],
        )],
    );
}

#[test]
fn the_dead_given_back_to_their_families() {
    check(
        "'demanding that the bodies be handed over to them', 'return the bodies it still holds': the dead given back to their families are humanitarian, not a handover to justice",
        &[
            (
                "Relatives of the two slain men gathered outside the police station, demanding that the bodies be handed over to them.",
                &[d(&["~Relatives of the two slain men"], &[], Humanitarian)],
            ),
            (
                "Ukraine's envoy, Olena Kovalchuk, said Russia needs to return the bodies it still holds before it talks about fairness.",
                &[d(&["Olena Kovalchuk"], &["Russia"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn political_parties_the_lists_name() {
    check(
        "UK, Indian and Pakistani parties are bodies of their states: 'The CPI(M), in a statement, urged the Centre …', 'the SNP urged ministers …'",
        &[
            (
                "The CPI(M), in a statement issued by its Polit Bureau, urged the Centre not to shut the door on diplomacy.",
                &[d(&["Communist Party of India (Marxist)"], &[], Negotiation)],
            ),
            (
                "In Westminster, the SNP urged ministers to publish the legal advice behind the order.",
                &[d(&["Scottish National Party"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn a_document_adopted_or_sent_asks_for_its_author() {
    check(
        "'The Senate adopted a resolution urging …', 'wrote a letter to Baucus calling for …', 'sent a letter to the Defense Ministry asking it to …': the document a participle hangs on asks for whoever adopted, wrote or sent it, not for the one it went to",
        &[
            (
                "ISLAMABAD: The Senate on Tuesday unanimously adopted a resolution urging the interim Afghan government to take action against the TTP.",
                &[d(&["Senate"], &["Afghanistan"], Counterterrorism)],
            ),
            (
                "Ombudsman Carolina Restrepo sent a letter to the Defense Ministry asking it to suspend airstrikes near villages.",
                &[d(&["Carolina Restrepo"], &[], Other)
                    .or(Ceasefire)
                    .not_by(&["Defense Ministry"])],
            ),
        ],
    );
}

#[test]
fn a_ministry_named_by_its_field() {
    check(
        "'the federal Ministry of Internal Security … called for restraint', 'The ministry urged …': a ministry named by its field, with no state before it, is a body that speaks, and 'the ministry' after it is that body",
        &[
            (
                "In Mogadishu, the federal Ministry of Internal Security said in a statement that it was following the situation closely and called for restraint.",
                &[d(&["Ministry of Internal Security"], &[], Ceasefire)],
            ),
            (
                "The Ministry of Mines and Petroleum said on Monday that the convoy had been attacked. The ministry urged all parties to let the trucks through.",
                &[d(&["Ministry of Mines and Petroleum"], &[], Other)
                    .or(Humanitarian)],
            ),
            (
                "Officials at the Ministry of Religious Affairs condemned the killing. The ministry asked imams to preach against revenge.",
                &[d(&["Ministry of Religious Affairs"], &[], Other).or(Ceasefire)],
            ),
        ],
    );
}

#[test]
fn a_quoted_phrase_before_and_keeps_the_subject() {
    check(
        "'The organization rejected “the militarization of the territory” and asked …': a quoted phrase before 'and' is part of the clause, so the verb after it keeps the clause's subject; 'what he called' names nobody new",
        &[
            (
                "The Regional Farmers' Council of Tolima (CRAT) declared a permanent assembly. In a statement, the organization also rejected \"the occupation of our land\" and asked the national government not to bomb the camps where children are held.",
                &[d(&["Regional Farmers' Council of Tolima"], &[], Other).or(Humanitarian)],
            ),
            (
                "The Tehreek-e-Taliban Pakistan denied the attack. In a statement, the group insisted that its fighters had \"never targeted\" polio workers, but warned the government against using vaccination teams for spying.",
                &[d(&["Tehrik-e-Taliban Pakistan"], &[], Other).or(Humanitarian)],
            ),
            (
                "GOMA — The Democratic Forces for the Liberation of Rwanda (FDLR), the Hutu rebel group that has been based in eastern Congo since the 1990s, on Sunday rejected what it called the \"forced return\" of its fighters and demanded that Kigali open an \"inter-Rwandan dialogue\" with the opposition.",
                &[d(&["Democratic Forces for the Liberation of Rwanda"], &["Rwanda"], Negotiation)],
            ),
            (
                "Senator Ruth Alvarez said the remark could be construed as \"biased toward the prosecution\" and again asked the judge to step aside.",
                &[d(&["Ruth Alvarez"], &[], Other).or(Justice)],
            ),
            (
                "The Coastal Fishermen's Union (CFU) met on Friday. Its chairman, Joseph Mensah, condemned what he called “a war on our livelihoods” and urged the navy to release the seized boats.",
                &[d(&["Joseph Mensah"], &[], Other).or(Humanitarian)],
            ),
        ],
    );
}

#[test]
fn it_after_an_institution_that_opened_the_sentence_before() {
    check(
        "'The National Assembly passed a resolution …. It also asked the government …': 'it' stands for the institution that opened the sentence before, when nothing else is named between; 'The Commission' alone is the commission the text named in full",
        &[
            (
                "The National Assembly passed a resolution condemning the attack on Tuesday. It also asked the government to announce a compensation package for the families of the victims.",
                &[d(&["National Assembly"], &[], Humanitarian)],
            ),
            (
                "The Malawi Human Rights Commission (MHRC) released its findings on Friday. The Commission recalls that an internal inquiry cannot replace a judicial one. It hopes the Ministry of Defence will make public the conclusions of that inquiry.",
                &[d(&["Malawi Human Rights Commission"], &[], Justice).or(Other)],
            ),
            (
                "The Constitutional Court ruled on Monday that the detentions were unlawful. It also urged Parliament to amend the law within six months.",
                &[d(&["Constitutional Court"], &[], Other).or(Justice)],
            ),
            (
                "The Senate debated the bill on Monday. Nigeria's foreign ministry later said the talks would go on. It urged the rebels to free the hostages.",
                &[d(&["Nigeria"], &[], Humanitarian).not_by(&["Senate"])],
            ),
        ],
    );
}

#[test]
fn a_wish_after_that() {
    check(
        "'expressed the hope that the Yemeni parties would resume …', 'hoped that the Senate would …': a wish's 'that' opens the clause whose subject is asked; 'hoped that the talks would succeed' asks nobody",
        &[
            (
                "Foreign Minister Karim Haddad expressed the hope that the Yemeni parties would resume work on the UN roadmap.",
                &[d(&["Karim Haddad"], &[], Negotiation)],
            ),
            (
                "Amnesty International said on Monday it hoped that the Senate would reject the bill before the recess.",
                &[d(&["Amnesty International"], &[], Other)],
            ),
            (
                "Ambassador Lena Torvik said she hoped that the talks would succeed this time.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_title_stands_for_the_holder_mentioned_last() {
    check(
        "'Foreign Ministers A, B and C met …. On Libya, A stressed …. The minister expressed hope …': a bare title stands for the holder mentioned last, not the one introduced last",
        &[(
            "The meeting in Cairo brought together Egypt's Foreign Minister Samir Adel, Sudan's Foreign Minister Yousif Idris and Libya's Foreign Minister Nuri Salem.\n\nOn the border, Adel spoke of joint patrols.\n\nThe minister also called on the armed groups in the triangle to hand over their weapons.",
            &[d(&["Samir Adel"], &[], Counterterrorism)
                .not_by(&["Nuri Salem"])],
        )],
    );
}

#[test]
fn an_unnamed_spokesperson_speaks_for_the_party_named_before() {
    check(
        "'Islamic State claimed the attack. In an audio message, a spokesman called on its supporters …', 'a spokesman for the group warned …': a spokesperson the text does not name speaks for the party after 'for', else for the body, group or state named just before",
        &[
            (
                "Islamic State claimed the attack through its Amaq agency. In a separate audio message posted on Telegram, a spokesman called on its supporters in the region to \"strike the checkpoints wherever you find them\".",
                &[d(&["Islamic State"], &[], Other)],
            ),
            (
                "The Allied Democratic Forces released a video on Sunday. In it, a spokesman for the group urged Muslims in Kampala to leave the city before the end of the month.",
                &[d(&["Allied Democratic Forces"], &[], Other)],
            ),
            (
                "The Kenyan Foreign Ministry summoned the envoy on Monday. A spokeswoman later called on Mogadishu to explain the incursion.",
                &[d(&["Kenya"], &["Somalia"], Other).or(Ceasefire)],
            ),
        ],
    );
}

#[test]
fn the_sides_of_a_trial() {
    check(
        "'The prosecution asked the court to sentence …': a side of a trial named by its function is the prosecutor's office the text named, or the prosecutor reporting it, else a party of its own",
        &[
            (
                "PARIS — The National Anti-Terrorism Prosecutor's Office (PNAT) delivered its closing arguments on Wednesday. The prosecution asked the court to sentence the main defendant to 30 years.",
                &[d(&["National Anti-Terrorism Prosecutor's Office"], &[], Justice)],
            ),
            (
                "The tribunal's chief prosecutor, Advocate Rafiqul Islam Talukder, told reporters that the prosecution had asked the home ministry to seek an Interpol red notice against the absconding convicts.",
                &[d(&["Rafiqul Islam Talukder"], &[], Justice).or(Counterterrorism)],
            ),
            (
                "BRUSSELS — The trial of the six men accused of planning the attack on the Christmas market opened on Monday. The prosecution asked the court to hear the two surviving victims first.",
                &[d(&["prosecution"], &[], Justice).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_clause_after_a_phrase_of_time() {
    check(
        "'…, three months after its founder Abdullah Öcalan called on the group …', 'hours after the foreign minister urged …': after a phrase of time, 'after' or 'before' opens a clause with a subject of its own, not an adjunct of the main clause",
        &[
            (
                "The PKK announced its dissolution in May, three months after its jailed founder Abdullah Öcalan called on the group to lay down its arms.",
                &[d(&["Abdullah Öcalan"], &[], Ceasefire).not_by(&["Kurdistan Workers' Party"])],
            ),
            (
                "Pakistan closed the Torkham crossing on Monday, hours after Interior Minister Saeed Akhtar urged Kabul to hand over the attackers.",
                &[d(&["Saeed Akhtar"], &["Afghanistan"], Justice)],
            ),
            (
                "Qatar after the meeting urged both sides to return to talks.",
                &[d(&["Qatar"], &[], Negotiation)],
            ),
        ],
    );
}

#[test]
fn an_editorial_whose_outlet_signs_its_footer() {
    check(
        "an editorial labelled on a line of its own ('Editorial'), below a site's buttons ('READ LATER'): the outlet its copyright line names speaks, never a button",
        &[(
            "Drift in the hills\n\nThe Centre must answer for the security grid south of the Pir Panjal\n\nUpdated - July 13, 2027 12:52 am IST\n\nREAD LATER\n\nEditorial\n\nThe ambush near Kalakote on Sunday was the third this year. It is time for the Union Home Ministry to publish a review of the security arrangements in the twin districts.\n\nCopyright© 2027, THE DECCAN LEDGER",
            &[
                d(&["THE DECCAN LEDGER"], &[], Justice).or(Counterterrorism).not_by(&["READ LATER"]),
                d(&["THE DECCAN LEDGER"], &[], Counterterrorism).or(Other),
            ],
        )],
    );
}

#[test]
fn offices_and_fighters_of_a_party() {
    check(
        "'The Commission on Human Rights (CHR) regional office … called for …', 'A fighter … demands five million euros', 'The opposition demanded …': an office of a body speaks for it, a fighter for the armed group named just before, a party named by its function for itself",
        &[
            (
                "The Commission on Human Rights (CHR) regional office said it had sent a team to the area and called for an impartial investigation into the farmer's death.",
                &[d(&["Commission on Human Rights"], &[], Justice)],
            ),
            (
                "JNIM released a video on Thursday showing the three hostages. A fighter reading a statement demands five million euros for the men.",
                &[d(&["Jama'at Nusrat al-Islam wal-Muslimin"], &[], Other).or(Humanitarian)],
            ),
            (
                "The Senate met on Monday to debate the amendment. The opposition demanded that the bill be referred to the standing committee on interior.",
                &[d(&["opposition"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn a_sum_demanded() {
    check(
        "'The group demands five million euros for the men', 'is demanding $3 million for the release of …': a sum after 'demand' is what is demanded, and one for a release is a ransom (other)",
        &[
            (
                "JNIM released a video of the three hostages on Thursday. The group demands five million euros for the men.",
                &[d(&["Jama'at Nusrat al-Islam wal-Muslimin"], &[], Other).or(Humanitarian)],
            ),
            (
                "Viv Ansanm has held the four aid workers since May. The gang is demanding $3 million for the release of the remaining hostages.",
                &[d(&["Viv Ansanm"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn bodies_and_people_named_in_passing() {
    check(
        "'The Emergency Lawyers group demanded …', 'The man, who called himself Dogo Sule, demanded …', 'The SPLM-N … hoped the mediators would …': a name before a noun for a kind of body, the name a man gives himself and an acronym with a hyphen name the one who asks",
        &[
            (
                "The Emergency Lawyers group demanded an independent international investigation into the drone strike on the market.",
                &[d(&["Emergency Lawyers"], &[], Justice)],
            ),
            (
                "Gunmen abducted 40 girls from the school on Friday. The man, who called himself Dogo Sule, demanded 500 million naira for the girls' release, the official said.",
                &[d(&["Dogo Sule"], &[], Other)],
            ),
            (
                "The SPLM-N said it supported the truce but hoped the mediators would address the root causes of the war in a later political track.",
                &[d(&["SPLM-N"], &[], Negotiation).or(Ceasefire)],
            ),
        ],
    );
}

#[test]
fn a_listing_asked_is_a_sanction() {
    check(
        "'place the officers named in the arrest warrant on its terrorist list', 'recognise X as a state sponsor of terrorism', 'recognise the so-called Africa Corps as a terrorist organisation': a listing or designation asked for is a sanction, whatever else the object names",
        &[
            (
                "The Central Council urged the European Union to place the IRGC officers named in the arrest warrant on its terrorist list.",
                &[d(&["Central Council"], &["European Union"], Sanctions)],
            ),
            (
                "Ukraine's foreign ministry urged partners to recognize Russia as a state sponsor of terrorism.",
                &[d(&["Ukraine"], &[], Sanctions)],
            ),
            (
                "Ukrainian Foreign Minister Dmytro Koval calls on partner states to recognise the so-called Africa Corps as a terrorist organisation.",
                &[d(&["Dmytro Koval"], &[], Sanctions)],
            ),
        ],
    );
}

#[test]
fn the_government_is_not_the_state_it_asks() {
    check(
        "'Kathmandu seeks probe …. India says … The government has requested India to conduct …': 'the government' is the story's state other than one the rest of its sentence names",
        &[
            (
                "Kathmandu seeks probe into border firing\n\nIndia says its troops fired in self-defence.\n\nThe government has requested India to conduct an impartial investigation into the killing of a 23-year-old man near Khajura.",
                &[
                    d(&["Nepal"], &[], Justice),
                    d(&["Nepal"], &["India"], Justice),
                ],
            ),
            (
                "Iraq's government spokesman said the US envoy had been summoned.\n\nThe government called on Washington to respect the 2008 Strategic Framework Agreement on Iraqi soil.",
                &[d(&["Iraq"], &["United States"], Other).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_body_by_its_word_or_its_seat() {
    check(
        "'the ministry in Cairo stresses the need …', 'The Committee desires that the NIA expedite …', 'The Council appealed …' after two councils: a body's word stands for the body named with it last before, whatever seat follows it or field closes its name",
        &[
            (
                "Egypt's Foreign Ministry condemned the attack. In a statement, the ministry in Cairo stresses the need to complete negotiations on the third phase of the agreement.",
                &[d(&["Egypt"], &[], Negotiation)],
            ),
            (
                "The Parliamentary Standing Committee on Home Affairs tabled its report on Monday. The Committee desires that the National Investigation Agency (NIA) expedite the trials in the pending cases.",
                &[d(&["Parliamentary Standing Committee on Home Affairs"], &[], Justice)],
            ),
            (
                "COLOMBO — President Anura Kumara Dissanayake told Parliament on Tuesday that the network arrested last week had planned attacks on churches and hotels in the Eastern Province, and that the investigators had found explosives, detonators and maps in three houses near Kattankudy. The police said 14 suspects were in custody and that two more were being sought. Opposition members asked whether the intelligence services had been warned, as they had been in 2019, and the minister of public security promised a statement to the House next week.\n\nThe All Ceylon Muslim Civil Society Council (ACMCSC) issued a statement condemning the network. The Council appealed to the Government to ensure that innocent Muslims were not harassed.\n\nThe National Christian Council of Sri Lanka (NCCSL) welcomed the arrests.",
                &[d(&["All Ceylon Muslim Civil Society Council"], &[], Humanitarian)
                    .or(Other)
                    .not_by(&["National Christian Council of Sri Lanka"])],
            ),
        ],
    );
}

#[test]
fn words_quoted_and_hopes_of_oneself() {
    check(
        "'stamped with the words “Hope” and “Progress.”' names words, it orders nothing, though '“Relax,” it says' does; 'holding out hope he can do shows in Ireland' wishes for himself and asks nobody",
        &[
            (
                "Prosecutors said the artist lied about which photograph he used for the posters, which were stamped with the words \"Hope\" and \"Progress.\"",
                &[],
            ),
            (
                "The singer is still holding out hope he can do shows in Ireland despite the city council saying no to two of them.",
                &[],
            ),
            (
                "Commissioner Aidan Walsh, speaking after the meeting, had one word for the protesters. \"Disperse,\" he said.",
                &[d(&["Aidan Walsh"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn a_debate_record_gives_the_floor_by_name_lines() {
    check(
        "a debate record's '5.46 pm / Lord Davenant (Con) / My Lords, …': the member its name line names speaks the speech's 'we', 'I' and unattributed obligations, paragraph after paragraph, until the next name line; a title in brackets ('… Declaration (Excerpts)') names no one",
        &[(
            "Terrorism Act 2000 (Proscribed Organisations) (Amendment) Order 2027\n\n5.37 pm\nLord Ashcombe of Tenby (Lab)\nMy Lords, this order adds two organisations to the list of proscribed organisations.\n\nThe Houthis must also release the 23 UN staff whom they detain in Sana'a. We call on Iran to stop supplying the missiles and drones that make these attacks possible.\n\n5.46 pm\nLord Davenant (Con)\nMy Lords, we on these Benches support the order.\n\nI urge the Government to proscribe the IRGC without further delay.",
            &[
                d(&["Ashcombe of Tenby"], &["Houthis"], Humanitarian).or(Other),
                d(&["Ashcombe of Tenby"], &["Iran"], Counterterrorism).or(Ceasefire),
                d(&["Davenant"], &[], Sanctions).not_by(&["Ashcombe of Tenby"]),
            ],
        )],
    );
}

#[test]
fn a_request_asked_for_and_members_of_a_body() {
    check(
        "'called on the Federal Government to formally request the Security Council to list …' is one ask of the Government, not a second of the Council; 'The governors appealed …' after 'the Northern States Governors' Forum' is the forum",
        &[
            (
                "Kenya called on the Federal Government of Somalia to formally request the United Nations Security Council to list the Lakurawa group as a terrorist organisation.",
                &[d(&["Kenya"], &[], Sanctions).text_has("request")],
            ),
            (
                "The Northern States Governors’ Forum met in Kaduna on Monday under its chairman, Alhaji Ibrahim Sani Dukku. The governors appealed to the National Assembly to pass the Forest Guards Bill before the end of the year.",
                &[d(&["Northern States Governors’ Forum"], &[], Counterterrorism)
                    .or(Other)
                    .not_by(&["Ibrahim Sani Dukku"])],
            ),
        ],
    );
}

#[test]
fn a_wish_of_the_group() {
    check(
        "'it hoped the guerrilla group would release the mayor': a wish of a word for an armed group asks the group named before",
        &[
            (
                "The ELN kidnapped the mayor of Santa Rosa on Sunday. Norway said through its embassy in Bogotá that it hoped the guerrilla group would release the mayor as a sign of goodwill.",
                &[d(&["Norway"], &["National Liberation Army"], Humanitarian)],
            ),
            (
                "Al-Shabaab fighters seized the town on Friday. Kenya's foreign ministry said it hoped the militants would let the aid convoys through.",
                &[d(&["Kenya"], &["Al-Shabaab"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn nationalities_that_name_no_speaker() {
    // "Clan elders in Somalia's Hiiraan region demanded …", "heads of state meeting in the
    // Nigerian capital called for …", "The family of a Chadian nurse begged …": a place's
    // adjective or a relative's nationality in the subject makes no state ask.
    for (text, state) in [
        (
            "BELEDWEYNE — Clan elders in Somalia's Hiiraan region on Monday demanded that African Union troops return to the bases they left in March.",
            "Somalia",
        ),
        (
            "ABUJA — West African heads of state meeting in the Nigerian capital on Saturday called for a standby force of 5,000 troops.",
            "Nigeria",
        ),
        (
            "The family of a Chadian nurse kidnapped on an island in Lake Chad begged the kidnappers on Sunday to release her.",
            "Chad",
        ),
    ] {
        let r = analyze(text);
        let asks = r.demands.iter().any(|d| {
            d.speakers.iter().any(|s| {
                r.actors
                    .iter()
                    .any(|a| &a.id == s && is_named(a, state))
            })
        });
        assert!(!asks, "{state} asks in {text:?}: {:?}", r.demands);
    }
    check(
        "'the head of the Turkmen foreign policy department stressed the need …' speaks for Turkmenistan, the adjective qualifying the body the head belongs to",
        &[(
            "During the call, the head of the Turkmen foreign policy department stressed the need for the Afghan side to protect the pipeline's workers.",
            &[d(&["Turkmenistan"], &[], Humanitarian).or(Counterterrorism)],
        )],
    );
}

#[test]
fn an_editorial_names_its_outlet_in_a_masthead_or_a_footer() {
    check(
        "'Nation Editorial' above an editorial, or 'Published in Dawn, April 5th, 2028' below it: the outlet named there speaks the paper's obligations, never the headline or the masthead's label",
        &[
            (
                "EDITORIAL: Foiled plot is no licence for abductions\nOpinion & Analysis\nNation Editorial\n\nThursday, April 13, 2028\n\nThe State must fight terrorism within the law. The police should produce the fourteen men in court this week.",
                &[
                    d(&["Nation"], &[], Counterterrorism).or(Justice).not_by(&["Nation Editorial"]),
                    d(&["Nation"], &[], Justice).or(Humanitarian),
                ],
            ),
            (
                "Talking to the militants, again\n\nEditorial\n\nPublished April 5, 2028\n\nThe government must take parliament into confidence before a single delegate leaves for Kabul.\n\nPublished in Dawn, April 5th, 2028",
                &[d(&["Dawn"], &[], Negotiation).or(Other).not_by(&["Talking to the militants, again"])],
            ),
        ],
    );
}

#[test]
fn a_papers_view_and_an_opinion_byline_say_who_speaks() {
    check(
        "'The Harbour Times view on …', 'Coastal Post View' over '… By Coastal Post Editorial', 'Opinion by Margaret L. Osei': the paper or the writer states the piece's obligations",
        &[
            (
                "The Harbour Times view on the port strike: a deal is overdue\n\nEditorial\n\nThe strike has closed the port for nine days. The union and the port authority should return to the table this week.",
                &[d(&["The Harbour Times"], &[], Negotiation)],
            ),
            (
                "Red Sea shipping: the seafarers are not a bargaining chip\nCoastal Post View\nPublished: March 3, 2027 10:15 By Coastal Post Editorial\n\nThe tanker was seized on Sunday. The Houthis must release the crew of the seized tanker without delay.",
                &[d(&["Coastal Post"], &["Houthis"], Humanitarian)],
            ),
            (
                "A channel to Tehran, reopened\nOpinion by Margaret L. Osei\nMarch 4, 2027 at 6:00 a.m. EST\n\nThe talks broke down in January. The administration must reopen the channel to Tehran before the summer.",
                &[d(&["Margaret L. Osei"], &[], Negotiation).or(Other)],
            ),
        ],
    );
}

#[test]
fn an_editorials_outlet_is_a_name_never_its_headline() {
    check(
        "an editorial labelled on a line of its own: the paper is named on the line under the label, in a footer's 'Follow … on Facebook' or 'Copyright …', never by the headline above it",
        &[
            (
                "Stop the killings in the camps\nGovernment must act before it is too late\n\nEDITORIAL\nMon Mar 1, 2027 12:00 AM\n\nThree health workers were shot at the clinic on Saturday.\n\nThe police must arrest the gunmen who attacked the clinic.\n\nThe camps have waited long enough.\n\nFollow The Morning Ledger Opinion on Facebook for the latest opinions and commentaries.\n\nRelated topic:\nRefugees",
                &[
                    d(&["The Morning Ledger"], &[], Ceasefire)
                        .not_by(&["Stop the killings in the camps"]),
                    d(&["The Morning Ledger"], &[], Other).or(Counterterrorism),
                    d(&["The Morning Ledger"], &[], Justice),
                ],
            ),
            (
                "Don't let them divide us\nEditorial\nThe Island Courier\nPort Louis | Tue, May 4, 2027 | 08:00 am\n\nThe bombing of the temple was meant to set neighbours against each other. The government should publish the inquiry's findings on the bombing.",
                &[
                    d(&["The Island Courier"], &[], Other).not_by(&["Don't let them divide us"]),
                    d(&["The Island Courier"], &[], Justice),
                ],
            ),
            (
                "Abductions on the highway\nEditorial\nPublished 2nd May 2027\n\nTwelve farmers were taken from a bus near Kaduna on Sunday.\n\nThe kidnappers have demanded a ransom.\n\nThe families have heard nothing since.\n\nThe security agencies must rescue the abducted farmers.\n\nNone of this is new.\n\nCopyright LEDGER.\nAll rights reserved. This material may not be reproduced without permission.",
                // The kidnappers no one names still ask; the paper asks the agencies.
                &[
                    d(&["kidnappers"], &[], Other).or(Humanitarian),
                    d(&["LEDGER"], &[], Humanitarian),
                ],
            ),
        ],
    );
}

#[test]
fn a_columns_writers_are_named_under_or_after_it() {
    check(
        "'• Ana Lucía Ferreira Soto is Peru's ambassador to …' closing a column, 'Dr Amal Rashed' and 'Tom Whitaker' on lines of their own under 'Expert comment': the writers state its obligations; 'I urge' is theirs even under a line opening on a state",
        &[
            (
                "No bargain with the rebels\nOpinion\nPeru\nTue 4 May 2027 10.00 BST\n\nThe attack on the pipeline camp was the worst in a decade. The rebels must free the eleven engineers they hold.\n\n• Ana Lucía Ferreira Soto is Peru’s ambassador to the United Kingdom\n\nSupport us\nPlease consider supporting us today.",
                &[d(&["Ana Lucía Ferreira Soto"], &[], Humanitarian)],
            ),
            (
                "Iraq's militias are a test for Baghdad\nExpert comment\nPublished 2 May 2027\n\nDr Amal Rashed\nSenior Fellow, Middle East Programme\n\nTom Whitaker\nAssociate Fellow, Middle East Programme\n\nThe drone attack on the air base was the tenth this year. Baghdad must bring the militias' budget under parliamentary control.\n\nThe views expressed in this comment are those of the authors.",
                &[d(&["Amal Rashed", "Tom Whitaker"], &["Iraq"], Counterterrorism).or(Other)],
            ),
            (
                "Coast attacks: curfews will not work\nMonday, May 3, 2027\nBy Halima Yusuf Barre\n\nKenya must not rush the withdrawal of its troops.\n\nThe curfew has emptied the landing sites.\n\nI urge the Interior Minister to lift the curfew on fishermen.\n\nThe writer is a former ambassador and a security analyst.",
                &[
                    d(&["Halima Yusuf Barre"], &["Kenya"], Ceasefire).or(Other),
                    d(&["Halima Yusuf Barre"], &[], Humanitarian).or(Other).not_by(&["Kenya"]),
                ],
            ),
        ],
    );
}

#[test]
fn a_supposed_or_denied_wish_asks_nothing() {
    check(
        "'If the government wants residents to …', 'Nor can we expect Kabul to …', 'does not expect Islamabad to …': a wish a condition supposes or a negation denies is no demand ('Pakistan expects Kabul to …' is)",
        &[
            (
                "If Abuja wants communities to trust the security forces, it must protect informants. Third, if Pakistan wants Chinese investment to continue, Islamabad has to guarantee the workers' safety.",
                &[],
            ),
            (
                "Nor can we expect Kabul to act against the camps on its own. The ministry does not expect Islamabad to hand over the suspects.",
                &[],
            ),
            (
                "The family has until December 14 to register if it wants its children to be covered. Islamabad would reopen the crossing only if Kabul wanted the talks to resume.",
                &[],
            ),
            (
                "Pakistan expects Kabul to hand over the suspects.",
                &[d(&["Pakistan"], &["Afghanistan"], Justice)],
            ),
        ],
    );
}

#[test]
fn a_description_set_off_by_a_bodys_name_is_that_body() {
    check(
        "'the largest Sunni party in parliament, the Iraqi Islamic Party, renewed …', 'Nepal's largest student union, the Free Students Union, demanded …': the body the apposition names speaks, not the description nor the state it belongs to",
        &[
            (
                "In Baghdad, the largest Sunni party in parliament, the Iraqi Islamic Party, renewed its call for the release of thousands of detainees.",
                &[d(&["Iraqi Islamic Party"], &[], Humanitarian).not_by(&["largest Sunni party"])],
            ),
            (
                "Nepal's largest student union, the Free Students Union, demanded that the government reopen the campuses.",
                &[d(&["Free Students Union"], &[], Other).not_by(&["Nepal"])],
            ),
            (
                "A breakaway faction of the rebels, the People's Liberation Council, called on its fighters to lay down their arms.",
                &[d(&["People's Liberation Council"], &[], Ceasefire).not_by(&["breakaway faction"])],
            ),
        ],
    );
}

#[test]
fn the_council_goes_on_with_the_council_that_spoke() {
    check(
        "'The Arab League Council … called on the UN Security Council to act. … the council also demanded …': a body's word points back to the body that spoke before one it addressed",
        &[
            (
                "The Arab League Council, meeting in emergency session in Cairo, called on the UN Security Council to act. In a resolution adopted at the end of the session, the council also demanded that Israel immediately lift the blockade of Gaza.",
                &[
                    d(&["Arab League Council"], &["UN Security Council"], Other),
                    d(&["Arab League Council"], &["Israel"], Humanitarian)
                        .not_by(&["UN Security Council"]),
                ],
            ),
            (
                "The Gulf Cooperation Council's ministerial council urged the Security Council to renew the arms embargo on the Houthis. The council also called on Iran to stop arming them.",
                &[
                    d(&["Gulf Cooperation Council"], &["Security Council"], Sanctions).or(Counterterrorism),
                    d(&["Gulf Cooperation Council"], &["Iran"], Counterterrorism)
                        .or(Sanctions)
                        .not_by(&["Security Council"]),
                ],
            ),
        ],
    );
}

#[test]
fn an_emissary_described_first_is_the_one_named_in_that_office() {
    check(
        "'The international envoy for Syria on Sunday implored …' then 'Kamel Ben Youssef, the joint envoy of the United Nations and the Arab League, said …': the envoy named below speaks, not the place of the envoy's brief",
        &[
            (
                "The international envoy for Syria on Sunday implored the government and the rebels to stop the killing now. Kamel Ben Youssef, the joint envoy of the United Nations and the Arab League, said the massacre had shocked him.",
                &[d(&["Kamel Ben Youssef"], &[], Ceasefire).not_by(&["Syria"])],
            ),
            (
                "The special rapporteur on Eritrea appealed to the authorities to release the journalists held since 2001. Ines Lavalle, the special rapporteur, told the council that none had been charged.",
                &[d(&["Ines Lavalle"], &[], Humanitarian).or(Justice).not_by(&["Eritrea"])],
            ),
        ],
    );
}

#[test]
fn a_copied_posts_name_over_its_handle_is_who_speaks() {
    check(
        "a page copied from X: the account's name on a line over its handle ('Rachel Ashworth⏎@RAshworthFS⏎The Houthis must …'); a repost speaks for its author, not for who shared it; a video transcript's time code before a speaker label",
        &[
            (
                "Red Sea: the day on social media\n\n3. London\n\nRachel Ashworth\n@RAshworthFS\nThe Houthis must stop these reckless attacks on shipping NOW. Iran has to use its influence to rein in its proxies.\n8:31 PM · Feb 19, 2024 · 488K Views\n\nThe ship was hit again on Tuesday.",
                &[
                    d(&["Rachel Ashworth"], &["Houthis"], Ceasefire).or(Counterterrorism),
                    d(&["Rachel Ashworth"], &["Iran"], Counterterrorism).or(Other),
                ],
            ),
            (
                "The ambassador did not post a statement of her own. Instead she reposted the spokesperson:\n\nLisa R. Whitcomb reposted\nElena Torres\n@StateDeptSpox\nThe United States calls on the Houthis to immediately release the crew of the Saba Star.\n9:02 PM · Feb 19, 2024 · 301K Views",
                &[d(&["United States"], &["Houthis"], Humanitarian).not_by(&["Lisa R. Whitcomb"])],
            ),
            (
                "Sulu briefing, live\n\n[00:01:10] MAJ. GEN. REYNALDO T. ABAD: Good afternoon. The Abu Sayyaf still holds seven hostages.\n\n[00:02:02] MAJ. GEN. ABAD: We call on the Abu Sayyaf to release the remaining hostages unharmed.",
                &[d(&["Reynaldo T. Abad"], &["Abu Sayyaf"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_papers_short_name_its_view_and_an_academics_byline_say_who_speaks() {
    check(
        "'TOI Edit | Editorials' with 'This piece appeared as an editorial opinion in the print edition of The Times of India', 'Editorial⏎The National's view', and an 'Author' heading over a name with a 'Disclosure statement': the paper or the writer states the piece's obligations",
        &[
            (
                "Border camps: the fence is not enough\n\nTOI Edit | Editorials, India | TOI\nSep 14, 2027, 02:00 IST\n\nThe camp was breached for the third time this year. It is time for the Centre to order an audit of perimeter security at every forward camp.\n\nThis piece appeared as an editorial opinion in the print edition of The Times of India.",
                &[d(&["Times of India"], &[], Counterterrorism).or(Other).or(Cooperation)],
            ),
            (
                "Drones over Erbil, again\n\nEditorial\nThe Harbour Ledger's view\n\nJuly 8, 2027\n\nThe airport was hit again on Tuesday night. Baghdad must bring these militias under the full control of the state.",
                &[d(&["The Harbour Ledger"], &["Iraq"], Counterterrorism)],
            ),
            (
                "Haiti's gangs have united\n\nPublished: March 28, 2027 2.16pm EDT\n\nAuthor\nClaudine Beauvoir-Étienne\nAssistant Professor of Caribbean Studies, Tulane University\n\nDisclosure statement\nClaudine Beauvoir-Étienne does not work for or receive funding from any company that would benefit from this article.\n\nThe gangs took the port on Monday. The Security Council should give the mission a clear mandate to protect civilians.",
                &[d(&["Claudine Beauvoir-Étienne"], &["Security Council"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_posts_handle_labels_its_line() {
    check(
        "'18:35 CEST — Israel blames IRGC / @YoavLandauIL: … I call on the European Union to …': a handle opening a live blog's line is its author, the one person named whose surname it spells",
        &[(
            "Israeli Foreign Minister Yoav Landau flew to Nicosia on Monday.\n\n18:35 CEST — Israel blames IRGC\n@YoavLandauIL: Iran's Revolutionary Guards are behind the massacre. I call on the European Union to designate the IRGC as a terrorist organisation.",
            &[d(&["Yoav Landau"], &["European Union"], Sanctions)],
        )],
    );
}

#[test]
fn a_place_in_the_subject_leaves_its_head_the_speaker() {
    check(
        "'Clan elders in Somalia's Hiiraan region demanded …', 'Anti-government demonstrators in Yemen have been calling for …': a place named in the subject qualifies no one, so the phrase's head speaks",
        &[
            (
                "BELEDWEYNE — Clan elders in Somalia's Hiiraan region on Monday demanded that African Union troops return to the bases they left in March.",
                &[d(&["Clan elders"], &[], Other).or(Counterterrorism).not_by(&["Somalia"])],
            ),
            (
                "Anti-government demonstrators in Yemen have been calling for reforms and the ouster of the president for many weeks.",
                &[d(&["Anti-government demonstrators"], &[], Other).not_by(&["Yemen"])],
            ),
        ],
    );
}

#[test]
fn a_body_named_with_the_connectors_of_a_name_speaks() {
    check(
        "'Terra e Libertà called on …', 'The National Union of Fishermen of Senegal urged …', 'Hope for Tomorrow demanded …': capitalised words joined by 'of', 'for' or another language's 'and' before a verb of asking name one body, a state inside its name included; a person 'of' a party and residents 'of' a town stay people",
        &[
            (
                "Terra e Libertà called on the regional government to suspend the eviction of the camp until the families are rehoused.",
                &[d(&["Terra e Libertà"], &[], Humanitarian).or(Other)],
            ),
            (
                "DAKAR — The National Union of Fishermen of Senegal urged the navy to escort the pirogues back to port after dark.",
                &[d(&["National Union of Fishermen of Senegal"], &[], Humanitarian).or(Cooperation).not_by(&["Senegal"])],
            ),
            (
                "The aid workers were seized on Friday. Hope for Tomorrow demanded that the kidnappers release them unharmed.",
                &[d(&["Hope for Tomorrow"], &[], Humanitarian).or(Ceasefire)],
            ),
            (
                "Antonio Ferri of Italia Viva urged the government to suspend the arms deal.",
                &[d(&["Antonio Ferri"], &[], Other).or(Ceasefire).not_by(&["Antonio Ferri of Italia Viva"])],
            ),
            (
                "Residents of Gao urged the army to reopen the road to Ansongo.",
                &[d(&["Residents"], &[], Humanitarian).not_by(&["Residents of Gao"])],
            ),
            (
                "MK Tamar Ziv of the Democrats urged the defense minister to arrest the settlers.",
                &[d(&["Tamar Ziv"], &[], Justice).not_by(&["MK Tamar Ziv of the Democrats"])],
            ),
            (
                "The U.N. Office for the Coordination of Humanitarian Affairs urged the parties to open the road to Gao.",
                &[d(&["OCHA"], &[], Humanitarian).not_by(&["Office for the Coordination of Humanitarian Affairs"])],
            ),
        ],
    );
}

#[test]
fn a_body_named_for_a_force_or_a_presidency_speaks() {
    check(
        "'The Border Guard Force demanded …', 'the Kurdistan Region Presidency urged …', 'The Security Cabinet called for …': a capitalised name ending in Force, Presidency, Cabinet, Governorate, Municipality or Unit is one body, the place inside its name included, and 'it' after it points back to it; a capitalised word the tagger reads as a verb may open it ('Prevent Watch', 'Counter Terrorism Unit')",
        &[
            (
                "MAE SOT — The Karen Border Guard Force demanded that Thailand restore electricity to the schools it cut off last week.",
                &[d(&["Karen Border Guard Force"], &["Thailand"], Humanitarian).or(Other)],
            ),
            (
                "The Kurdistan Region Presidency urged Baghdad and Ankara to help rebuild the villages of Duhok province.",
                &[d(&["Kurdistan Region Presidency"], &[], Humanitarian).not_by(&["Iraq"])],
            ),
            (
                "The Nineveh Governorate issued a statement on Sunday. It called on the federal government to send more police to Sinjar.",
                &[d(&["Nineveh Governorate"], &[], Humanitarian).or(Counterterrorism)],
            ),
            (
                "The Anti-Terrorism Police Unit asked residents of Mombasa to report any strangers to the nearest police station.",
                &[d(&["Anti-Terrorism Police Unit"], &[], Counterterrorism)],
            ),
            (
                "The Counter Terrorism Unit asked residents of Garissa to report any strangers to the nearest police station.",
                &[d(&["Counter Terrorism Unit"], &[], Counterterrorism)],
            ),
            (
                "The campaign group Prevent Watch called for an independent review of the scheme.",
                &[d(&["Prevent Watch"], &[], Other).or(Justice)],
            ),
        ],
    );
}

#[test]
fn an_institution_named_by_its_word_and_a_complement_in_capitals() {
    check(
        "'The Council of Ministers asked …', 'The Board of Governors urged …': an institution's word alone, then 'of' and capitalised words, names one body; a day after 'on' is when it acted",
        &[
            (
                "BEIRUT — The Council of Ministers on Wednesday asked the army to submit a timetable for collecting the weapons held by non-state groups.",
                &[d(&["Council of Ministers"], &[], Counterterrorism).or(Other)],
            ),
            (
                "The Board of Governors urged Iran to cooperate fully with the inspectors.",
                &[d(&["Board of Governors"], &["Iran"], Cooperation)],
            ),
            (
                "ABUJA — The Senate on Tuesday urged the federal government to establish a forward operating base in the forest.",
                &[d(&["Senate"], &[], Counterterrorism).not_by(&["Senate on Tuesday"])],
            ),
            // The word alone, after the full name was given in passing.
            (
                "In Abuja, the House of Representatives on Tuesday adopted a motion moved by a member from the state. The House urged the Chief of Defence Staff to deploy additional troops to the forest.",
                &[d(&["House of Representatives"], &[], Counterterrorism)],
            ),
            (
                "The Wolesi Jirga met in closed session on Sunday. The Jirga called on the government to pay the salaries of the border police.",
                &[d(&["Wolesi Jirga"], &[], Other).or(Humanitarian)],
            ),
        ],
    );
}

#[test]
fn the_islamic_emirate_is_the_taliban_administration() {
    check(
        "'The Islamic Emirate must finish the canal …': the name the Taliban govern under is the Taliban, who can be asked; asking about it as an administration ('invite the Islamic Emirate's envoy') is no counterterrorism",
        &[
            (
                "“The Islamic Emirate must finish the canal before the next planting season,” said Abdul Basir, a farmer in Kandahar.",
                &[d(&["Abdul Basir"], &["Taliban"], Other).or(Humanitarian)],
            ),
            (
                "Pakistan called on the Security Council to invite the Islamic Emirate’s envoy to its next session.",
                &[d(&["Pakistan"], &["Security Council"], Other).or(Negotiation)],
            ),
        ],
    );
}

#[test]
fn a_transcripts_speaker_asks_with_an_imperative_after_the_label() {
    check(
        "'SENATOR OKAFOR: Three things. Pay the soldiers …': a speaker's imperative after their label, or in a later sentence of their line, asks like one in quotation marks; whoever asks the questions ('Q:', 'HOST:') prompts an answer, and a label met once ('Oahu: Hike up …', a headline) is no dialogue",
        &[
            (
                "HOST: Senator, what do you want from Abuja?\nSENATOR OKAFOR: Three things. Pay the soldiers their allowances. Send the drones to the base.\nHOST: And the governor?\nSENATOR OKAFOR: He has done his part.",
                &[
                    d(&["Okafor"], &[], Other).or(Cooperation).text_has("Pay the soldiers"),
                    d(&["Okafor"], &[], Other).or(Cooperation).text_has("Send the drones"),
                ],
            ),
            (
                "Q: Tell us what happened at the checkpoint.\nA: They opened fire on the bus.\nQ: Describe the men who stopped you.\nA: They wore uniforms.",
                &[],
            ),
            (
                "Islands to visit this winter\n\nOahu: Hike up Diamond Head Crater before the heat.\n\nMaui: Drive the road to Hana slowly.",
                &[],
            ),
            (
                "\"Go ahead,\" spokesman Tom Reyes said, pointing to a reporter. \"Have a good afternoon,\" he said as the briefing ended.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_description_by_age_after_a_closing_curly_quote() {
    check(
        "'… gives the date – “May 28, 2028” – and says he is in good health. “I ask …,” the 66-year-old agronomist says': a sentence ending on a three-byte closing quote before a description by age (this once crashed the analysis)",
        &[(
            "Bernard Lestrade gives the date – “May 28, 2028” – and says he is in good health. “I ask the French authorities not to forget me,” the 66-year-old agronomist says.",
            &[d(&["Bernard Lestrade"], &["France"], Other).or(Humanitarian).quoted()],
        )],
    );
}

#[test]
fn the_members_or_the_document_of_a_meeting_no_one_spoke_at() {
    check(
        "'The GCC met in Riyadh on Sunday. The communique called for …', 'Leaders of the Red Sea Council met in Jeddah. The leaders demanded …': with no one speaking before, the members or the document of a meeting are the party the sentence before was about",
        &[
            (
                "The GCC ministerial council met in Riyadh on Sunday. The communique called for a political settlement in Sudan.",
                &[d(&["Gulf Cooperation Council"], &[], Negotiation)],
            ),
            (
                "Leaders of the Red Sea Council met in Jeddah on Tuesday. In their final statement, the leaders demanded that the Houthis release the crew of the Galaxy Leader.",
                &[d(&["Red Sea Council"], &["Houthis"], Humanitarian).or(Ceasefire)],
            ),
            (
                "The African Union summit opened in Addis Ababa on Saturday. The ministers called for an immediate ceasefire in Sudan.",
                &[d(&["African Union"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn coordinated_bodies_with_acronyms_both_speak() {
    check(
        "'the Catholic Bishops' Conference of Nigeria (CBCN) and the Christian Association of Nigeria (CAN) called on …': an acronym in brackets closes the first party of the pair, and both speak",
        &[
            (
                "In a joint message, the Catholic Bishops' Conference of Nigeria (CBCN) and the Christian Association of Nigeria (CAN) called on the government to rescue the pupils.",
                &[d(&["Catholic Bishops' Conference of Nigeria", "Christian Association of Nigeria"], &[], Humanitarian)],
            ),
            (
                "The Free Syrian Army (FSA) and the Syrian Democratic Forces (SDF) called for a ceasefire in Idlib.",
                &[d(&["Free Syrian Army", "Syrian Democratic Forces"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn the_second_of_two_parties_after_a_preposition_is_in_its_phrase() {
    check(
        "'The ministers, in a joint letter to the UN Secretary-General and the Security Council, said …': the Council, joined to a party after 'to', is whom the letter went to, never its writer",
        &[
            (
                "The ministers, in a joint letter to the UN Secretary-General and the Security Council, said they were ready to act. The letter called on Iran to resume cooperation with the IAEA.",
                &[],
            ),
            (
                "France, in a letter to the UN Secretary-General and the Security Council, said it was ready to act. The letter called on Iran to resume cooperation with the IAEA.",
                &[d(&["France"], &["Iran"], Cooperation).or(Other).not_by(&["UN Security Council"])],
            ),
        ],
    );
}

#[test]
fn a_person_set_off_after_a_description_of_a_body_speaks() {
    check(
        "'the commander of the EAC regional force, the Kenyan Major-General X, urged …': the person the description introduces speaks, not the body the description names",
        &[
            (
                "In Goma, the commander of the EAC regional force, the Kenyan Major-General Peter Kiprono Ochieng, urged all the armed groups to respect the ceasefire agreed in Luanda.",
                &[d(&["Peter Kiprono Ochieng"], &[], Ceasefire).not_by(&["East African Community"])],
            ),
            (
                "In Mogadishu, the head of the AU mission, the Ghanaian diplomat Kwame Mensah Boateng, called on al-Shabaab to free the aid workers.",
                &[d(&["Kwame Mensah Boateng"], &["Al-Shabaab"], Humanitarian).not_by(&["African Union"])],
            ),
            (
                "In Bamako, the chief of the UN mission, the Mauritanian diplomat Ahmed Ould Salem, urged the junta to release the detained journalists.",
                &[d(&["Ahmed Ould Salem"], &[], Humanitarian).not_by(&["United Nations"])],
            ),
        ],
    );
}

#[test]
fn compensation_asked_is_humanitarian_whatever_caused_the_loss() {
    check(
        "'demanded compensation for the shops damaged in the shelling': what is asked is compensation, humanitarian, not the shelling the sentence names",
        &[
            (
                "Trade union president Rakesh Sharma demanded compensation for the shops damaged in the shelling in Poonch.",
                &[d(&["Rakesh Sharma"], &[], Humanitarian)],
            ),
            (
                "The Bajaur jirga asked the government for compensation for the houses destroyed in the military operation.",
                &[d(&["Bajaur jirga"], &[], Humanitarian)],
            ),
            (
                "Opposition leader Ana Ruiz called for compensation for the families of soldiers killed in the ambush.",
                &[d(&["Ana Ruiz"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_briefings_spokesperson_label_is_the_ministrys_not_a_spokesman_a_question_names() {
    check(
        "'Posted on: … | Ministry of Foreign Affairs, Islamabad' … 'Question: … the Taliban's deputy spokesman X said …' … 'Spokesperson: We call upon …': the label is the ministry the page is posted by, not the spokesman the reporter's question quoted",
        &[
            (
                "Transcript of the Press Briefing by the Spokesperson on Thursday, 16th May 2024\nPosted on: 16-May-2024 | Ministry of Foreign Affairs, Islamabad\n\nQuestion: (Zeeshan Yousafzai, Aaj News) Madam, the Taliban's deputy spokesman Abdul Wasi Haqyar said yesterday that Pakistan should look at its own failures. What is your response?\n\nSpokesperson: We have seen these remarks. We call upon India to release these fishermen.",
                &[
                    d(&["Abdul Wasi Haqyar"], &["Pakistan"], Other),
                    d(&["Pakistan"], &["India"], Humanitarian).not_by(&["Abdul Wasi Haqyar"]),
                ],
            ),
            (
                "Weekly Media Briefing by the Official Spokesperson\nPosted on: 21-July-2017 | Ministry of External Affairs, New Delhi\n\nQuestion: Sir, the Chinese Foreign Ministry spokesman Lu Kang said again that India must withdraw its troops. Your response?\n\nOfficial Spokesperson: We call upon all members of the Sanctions Committee to list the leaders of Jaish-e-Mohammed.",
                &[
                    d(&["Lu Kang"], &["India"], Other).or(Ceasefire),
                    d(&["India"], &[], Sanctions).not_by(&["Lu Kang"]),
                ],
            ),
            (
                "Press briefing by the Spokesperson\nUpdated: 21 March 2024 | Ministry of Foreign Affairs, Dhaka\n\nQuestion: The Arakan Army spokesman Khaing Thu Kha asked Bangladesh to open a corridor. Will you?\n\nSpokesperson: We urge Myanmar to ensure that its shells do not fall on our territory.",
                &[
                    d(&["Khaing Thu Kha"], &["Bangladesh"], Humanitarian).or(Other),
                    d(&["Bangladesh"], &["Myanmar"], Ceasefire).or(Other).not_by(&["Khaing Thu Kha"]),
                ],
            ),
        ],
    );
}

#[test]
fn a_plural_possessive_inside_a_bodys_name() {
    check(
        "'the Abductees' Mothers Association', 'The Chandel Martyrs' Families Association': an apostrophe after a capitalised plural, before another capitalised word, is part of the body's name, not a closing quotation mark",
        &[
            (
                "In the government-held city of Taez, the Abductees' Mothers Association held a sit-in urging the Huthis to release hundreds of detainees.",
                &[d(&["Abductees' Mothers Association"], &["Houthis"], Humanitarian)],
            ),
            (
                "The Chandel Martyrs' Families Association, which represents relatives of the 18 soldiers, demanded that the attackers be extradited to India.",
                &[d(&["Chandel Martyrs' Families Association"], &[], Justice)],
            ),
            (
                "The Kasese Widows' Support Network urged the army to release the names of the dead.",
                &[d(&["Kasese Widows' Support Network"], &[], Humanitarian).or(Other)],
            ),
        ],
    );
}

#[test]
fn coordinated_speakers_each_named() {
    check(
        "'External Affairs Minister S Jaishankar and his Uzbek counterpart Bakhrom Tursunov called on …', 'Bakhrom Tursunov and S Jaishankar urged …': every name of a coordinated subject speaks, an initial without a dot included, though no list holds the name",
        &[
            (
                "External Affairs Minister S Jaishankar and his Uzbek counterpart Bakhrom Tursunov on Wednesday called on the Taliban to ensure that Afghan territory is not used by terrorists.",
                &[d(&["S Jaishankar", "Bakhrom Tursunov"], &["Taliban"], Counterterrorism)],
            ),
            (
                "Bakhrom Tursunov and S Jaishankar urged the Taliban to form an inclusive government.",
                &[d(&["Bakhrom Tursunov", "S Jaishankar"], &["Taliban"], Negotiation).or(Other)],
            ),
            (
                "Sardor Umurzakov, Dilnoza Karimova and Timur Rashidov called on the government to release the detained journalists.",
                &[d(&["Sardor Umurzakov", "Dilnoza Karimova", "Timur Rashidov"], &[], Humanitarian).or(Justice)],
            ),
        ],
    );
}

#[test]
fn a_long_apposition_joined_by_and_after_a_leading_phrase() {
    check(
        "'Speaking to journalists in Baku, X, Assistant to the President and Head of …, said …': the speaker is the name before the apposition, not the object of the leading phrase's preposition, though an 'and' joins the apposition's words",
        &[
            (
                "Speaking to journalists in Baku, Hikmet Hajiyev, Assistant to the President of Azerbaijan and Head of the Foreign Policy Department, said the international community should give a proper political assessment to Armenia's actions.",
                &[d(&["Hikmet Hajiyev"], &["international community"], Other).not_by(&["journalists"])],
            ),
            (
                "Addressing diplomats in Geneva, Amina Yusuf, the envoy of the AU and head of its Sahel mission, said the juntas must release the detained ministers.",
                &[d(&["Amina Yusuf"], &[], Humanitarian).or(Justice).not_by(&["diplomats"])],
            ),
            (
                "Writing to donors in London, Omar Haidari, director of the Kabul office and spokesman of the relief agency, said the Taliban must reopen the girls' schools.",
                &[d(&["Omar Haidari"], &["Taliban"], Humanitarian).or(Other).not_by(&["donors"])],
            ),
        ],
    );
}

#[test]
fn the_states_of_a_name_is_no_verb_of_saying() {
    check(
        "'X said the United States must stop …', 'The United States should return to the talks, the minister said': the 'States' of a state's name is no 'states' that reports speech; 'None of this means that X should …' denies the obligation",
        &[
            (
                "Iranian Foreign Ministry spokesman Mehdi Fatemi said the United States must stop sending bombs to the regime.",
                &[d(&["Mehdi Fatemi"], &["United States"], Ceasefire).or(Other)],
            ),
            (
                "Foreign Minister Ana Ruiz said the United States should return to the talks on the border.",
                &[d(&["Ana Ruiz"], &["United States"], Negotiation)],
            ),
            (
                "The Gulf States must stop financing the militias, Defence Minister Omar Saleh said on Tuesday.",
                &[d(&["Omar Saleh"], &[], Counterterrorism).or(Other)],
            ),
            (
                "None of this means that the United States should send troops back to Afghanistan, the former envoy Daniel Whitcombe wrote.",
                &[],
            ),
        ],
    );
}

#[test]
fn the_meeting_held_is_the_one_its_sentences_report() {
    check(
        "'The Annual Meeting … was held on …. The Meeting reaffirmed …. It called upon …': a meeting said to be held is what 'The Meeting' and the 'it' after it stand for",
        &[(
            "1. The Annual Coordination Meeting (ACM) of Ministers of Foreign Affairs of the Member States was held on 27 September in New York.\n\n2. The Meeting reaffirmed the centrality of the cause of Palestine. It called upon the international community to provide protection for the Palestinian people.",
            &[d(&["Annual Coordination Meeting"], &[], Humanitarian)],
        )],
    );
}

#[test]
fn a_body_no_list_holds_that_put_out_a_document_speaks_through_it() {
    check(
        "'The National Assembly on Monday passed a resolution …. The resolution urged …': the body named as putting out the document is its issuer, a party of its own though no list holds it",
        &[
            (
                "ISLAMABAD: The National Assembly on Monday passed a resolution condemning the attack on the coastal highway. The resolution urged the federal government to announce compensation for each victim's family.",
                &[d(&["National Assembly"], &[], Humanitarian)],
            ),
            (
                "Gunmen seized four engineers on Sunday. The Senate on Wednesday unanimously passed a resolution on the kidnapping. The resolution called on the government to secure their release.",
                &[d(&["Senate"], &[], Humanitarian)],
            ),
            (
                "The Ulema Council issued a statement after the bombing in Jolo. The statement called on the rebels to free the two teachers.",
                &[d(&["Ulema Council"], &[], Humanitarian)],
            ),
            (
                "The Senate passed the budget on Monday. The opposition said the resolution would change nothing.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_seat_of_government_that_is_a_given_name_opens_a_persons_name() {
    check(
        "'Sofia Lindqvist urged …', 'Victoria Nuland called on …': a capital that is also a common given name, before a surname and with no title, is a person speaking, not the state it is the seat of; in its own place it stays the government",
        &[
            (
                "The head of the UN mission in Colombia, Sofia Lindqvist, urged Colombians to close ranks around the peace agreement.",
                &[d(&["Sofia Lindqvist"], &[], Negotiation).or(Other).not_by(&["Bulgaria"])],
            ),
            (
                "Victoria Nuland called on Moscow to pull its troops back from the border.",
                &[d(&["Victoria Nuland"], &["Russia"], Ceasefire).or(Other).not_by(&["Seychelles"])],
            ),
            (
                "Santiago Gómez, a spokesman for the families, demanded that the kidnappers free the three engineers.",
                &[d(&["Santiago Gómez"], &[], Humanitarian).not_by(&["Chile"])],
            ),
            (
                "Officials in Santiago urged the rebels to free the three engineers.",
                &[d(&["Chile"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_time_given_to_a_pronoun_asks_it_to_act() {
    check(
        "'I am giving them 72 hours to release …', 'gave it a week to free …', 'gave \"all armed groups\" 15 days to leave …': a time set for a party named by a pronoun or in quotation marks asks it, and what is asked follows the 'to'",
        &[
            (
                "“I am giving them 72 hours to release these four workers,” Defence Minister Santiago Ferreira said.",
                &[d(&["Santiago Ferreira"], &[], Humanitarian).quoted().text_has("release these four workers").text_lacks("72 hours").not_by(&["Chile"])],
            ),
            (
                "The ELN seized the engineers on Monday. Defence Minister Ana Ruiz gave it a week to free them.",
                &[d(&["Ana Ruiz"], &[], Humanitarian).text_lacks("a week")],
            ),
            (
                "A council of elders in Wana on Sunday gave \"all armed groups\" 15 days to leave the bazaars of the district.",
                &[d(&["council of elders in Wana"], &[], Counterterrorism).or(Other).text_has("leave the bazaars")],
            ),
        ],
    );
}

#[test]
fn wanting_or_needing_a_party_to_act() {
    check(
        "'I want the government to make sure that …', 'We need our partners to shut them down': a party wanted or needed to act is asked, whatever clause follows its 'to'; wanting someone to understand something, or needing money to do something, asks no one",
        &[
            (
                "“I want the government to make sure that the men who sent these terrorists are punished,” said Gurmeet Singh, the soldier’s father.",
                &[d(&["Gurmeet Singh"], &[], Justice).quoted()],
            ),
            (
                "“We need our partners to shut them down,” said Treasury official Brian Castellano.",
                &[d(&["Brian Castellano"], &[], Other).or(Counterterrorism).quoted()],
            ),
            ("“She wanted the voters to understand that the deal was fair,” her aide Paul Nkosi said.", &[]),
            ("“We need the money to rebuild the schools,” Governor Amina Bello said.", &[]),
        ],
    );
}

#[test]
fn a_column_under_a_section_label_or_closed_by_a_note_on_its_writer() {
    check(
        "'The Nation | Opinions | Columns' above a name alone on its line, or 'The writer is a former …' below the piece: the name is the author, whose unattributed obligations are theirs",
        &[
            (
                "Time for a river treaty\nThe Frontier Post | Opinions | Columns\nZubair Ahmed Qureshi\nApril 2, 2028\n\nFirst, Parliament must debate and adopt a written water policy.\n",
                &[d(&["Zubair Ahmed Qureshi"], &[], Other).or(Negotiation)],
            ),
            (
                "Time for a river treaty\nZubair Ahmed Qureshi\nApril 2, 2028\n\nFirst, Parliament must debate and adopt a written water policy.\n\nThe writer is a former ambassador to Kabul.\n",
                &[d(&["Zubair Ahmed Qureshi"], &[], Other).or(Negotiation)],
            ),
        ],
    );
}

#[test]
fn a_body_described_by_its_members() {
    check(
        "'A council of elders in Duisi asked …', 'A grand jirga of the Utmankhel tribes … The jirga demanded …': a body's noun whose 'of' names its members (and the place it is the body of) is that body, called by them, and a jirga is a body, which 'the jirga' then points back to",
        &[
            (
                "A council of elders in Duisi asked young men not to respond to provocations.",
                &[d(&["council of elders in Duisi"], &[], Ceasefire).or(Other)],
            ),
            (
                "WANA — A grand jirga of the Utmankhel tribes on Sunday asked the government not to launch a military operation. The jirga also demanded that the militants leave the bazaars of the district.",
                &[
                    d(&["grand jirga of the Utmankhel tribes"], &[], Ceasefire).or(Other),
                    d(&["grand jirga of the Utmankhel tribes"], &[], Counterterrorism).or(Other),
                ],
            ),
            (
                "A coalition of rights groups urged the junta to free the journalists.",
                &[d(&["coalition of rights groups"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_surname_inside_another_name_before_a_noun() {
    check(
        "'Malik Gul Zaman Wazir … the Ahmadzai Wazir tribes': a surname that another capitalised word opens into a name qualifying a noun is not that person",
        &[(
            "Malik Gul Zaman Wazir read out the declaration on Monday. A jirga of the Ahmadzai Wazir tribes asked the government not to launch a military operation.",
            &[d(&["jirga of the Ahmadzai Wazir tribes"], &[], Ceasefire).or(Other).not_by(&["Malik Gul Zaman Wazir"])],
        )],
    );
}

#[test]
fn a_house_resolved_to_urge() {
    check(
        "'The Senate resolved to urge the Federal Government to …': a resolution's 'resolved to urge' asks now, where 'will urge' only plans to",
        &[
            (
                "The Senate resolved to urge the Federal Government to establish a joint task force for the rail corridor.",
                &[d(&["Senate"], &[], Cooperation).or(Counterterrorism)],
            ),
            ("The Senate will urge the Federal Government to establish a joint task force for the rail corridor.", &[]),
        ],
    );
}

#[test]
fn a_briefing_notes_spokesperson_line() {
    check(
        "'Spokesperson for the UN High Commissioner for Human Rights: Ana Torres' over a briefing note: its 'we' and its unattributed obligations are the spokesperson's, not the states its sections are about",
        &[(
            "Press briefing notes on Chad\n\nSpokesperson for the UN High Commissioner for Human Rights: Ana Torres\nLocation: Geneva\n\n1) Chad\n\nWe are alarmed by the killing of three teachers in Chad's Lac province.\n\nWe call on the Chadian authorities to conduct a prompt and independent investigation into the killings.\n\nThose responsible must be held accountable.",
            &[
                d(&["Ana Torres"], &["Chad"], Justice).not_by(&["Chad"]),
                d(&["Ana Torres"], &[], Justice).not_by(&["Chad"]),
            ],
        )],
    );
}

#[test]
fn two_long_addressees_joined_before_the_to() {
    check(
        "'implored the government and the National Democratic Front of the Philippines (NDFP) to return …': two parties joined by 'and', one a long name with its acronym, before the 'to' of what is asked",
        &[
            (
                "Bishop Arturo Villanueva implored the government and the National Democratic Front of the Philippines (NDFP) to return to the negotiating table.",
                &[d(&["Arturo Villanueva"], &["National Democratic Front of the Philippines"], Negotiation)],
            ),
            (
                "The archbishop, Monsignor Teodoro Bacani, pressed the provincial government and the Moro Islamic Liberation Front (MILF) to reopen the highway to Cotabato City.",
                &[d(&["Teodoro Bacani"], &["Moro Islamic Liberation Front"], Humanitarian).or(Other)],
            ),
            (
                "Senator Paula Reyes encouraged the Department of Foreign Affairs and the Philippine Embassy in Riyadh (PE Riyadh) to repatriate the stranded workers.",
                &[d(&["Paula Reyes"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_bloc_described_before_its_word() {
    check(
        "'The regional bloc said …', 'the 15-nation bloc urged …': a word for any body, whatever describes it, is the body the sentence before was about, never a state's organ",
        &[
            (
                "ECOWAS condemned the attack in a statement issued in Abuja. The regional bloc reiterated its call for renewed security cooperation between Niger and Benin.",
                &[d(&["ECOWAS"], &[], Cooperation)],
            ),
            (
                "The African Union condemned the attack on Monday. The 55-member body urged the Alliance of Sahel States to free the detained journalists.",
                &[d(&["African Union"], &["Alliance of Sahel States"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn an_official_by_a_possessive_pronoun() {
    check(
        "'Benin said …. Its foreign minister urged …': an unnamed official after 'its' or 'their' speaks for the party the sentence before opened on, as 'Benin's foreign minister' would; one the phrase goes on to name is that person",
        &[
            (
                "Benin, whose northern departments have been hit by a string of JNIM attacks, said it had reinforced its border posts. Its foreign minister urged Burkina Faso to share intelligence with Cotonou.",
                &[d(&["Benin"], &["Burkina Faso"], Cooperation).not_by(&["Jama'at Nusrat al-Islam wal-Muslimin"])],
            ),
            (
                "The Afghan Taliban have played a double game. Their chief spokesman said on Sunday that Pakistan should resolve its internal issues through dialogue.",
                &[d(&["Taliban"], &["Pakistan"], Negotiation)],
            ),
            (
                "ECOWAS condemned the ambush. Its commissioner for political affairs, Ambassador Hadiza Garba-Mohammed, called on Mali to share intelligence on armed groups.",
                &[d(&["Hadiza Garba-Mohammed"], &["Mali"], Cooperation)],
            ),
        ],
    );
}

#[test]
fn the_holders_of_a_role_by_its_plural() {
    check(
        "'Sen. Mark Halvorsen and Sen. Diane Okafor … The senators also asked …': a plural noun after 'the' is the people named before whose role it is, when two or more hold it",
        &[
            (
                "The letter was led by Sen. Mark Halvorsen, a Republican, and Sen. Diane Okafor, a Democrat. The senators also asked the Treasury Department to sanction three Iraqi companies.",
                &[d(&["Mark Halvorsen", "Diane Okafor"], &["Treasury Department"], Sanctions).not_by(&["senators"])],
            ),
            (
                "Bishop Ramon Cruz of Marawi and Bishop Elias Ocampo of Iligan visited the camps on Sunday. The bishops urged the army to let aid convoys through.",
                &[d(&["Ramon Cruz", "Elias Ocampo"], &[], Humanitarian).not_by(&["bishops"])],
            ),
        ],
    );
}

#[test]
fn a_description_going_on_with_the_person_before() {
    check(
        "'Sheikh Rafi al-Jughaifi … lost two nephews. The tribal leader called on …': a lower-case description by what a person is, opening a sentence, is the person the sentence before named — not a kin word, and not an office someone named holds",
        &[
            (
                "In Anbar, Sheikh Rafi al-Jughaifi, whose tribe fought alongside the army, lost two nephews in the ambush. The tribal leader called on the government in Baghdad to re-arm the tribal fighters.",
                &[d(&["Rafi al-Jughaifi"], &[], Counterterrorism).not_by(&["tribal leader"])],
            ),
            (
                "In Anbar, Sheikh Rafi al-Jughaifi lost two nephews in the ambush. The 62-year-old called on the government in Baghdad to re-arm the tribal fighters.",
                &[d(&["Rafi al-Jughaifi"], &[], Counterterrorism)],
            ),
            (
                "Ahmed Karimi was killed in the blast on Monday. The father urged the police to find the bombers.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_present_participle_phrase_after_the_subject() {
    check(
        "'A jirga of Swat elders meeting in Mardan on Sunday demanded …': a participle in -ing and its places and times hang on the noun before them, which is the subject",
        &[
            (
                "A jirga of Swat elders meeting in Mardan on Sunday demanded that the army open a daily six-hour corridor out of Mingora.",
                &[d(&["jirga of Swat elders"], &[], Humanitarian).not_by(&["Mardan"])],
            ),
            (
                "The Northern Elders Forum, speaking in Kaduna on Friday, urged the Federal Government to reopen the schools.",
                &[d(&["Northern Elders Forum"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_state_scoping_a_post() {
    check(
        "'said the group's Pakistan researcher, Saima Rasheed': a state between a possessor and a person's role is the post's scope; the person named after it speaks, not the state",
        &[(
            "Human Rights Watch called on the army to allow monitors into Swat. \"The army must investigate every one of these deaths,\" said the group's Pakistan researcher, Saima Rasheed.",
            &[
                d(&["Human Rights Watch"], &[], Other).or(Humanitarian),
                d(&["Saima Rasheed"], &[], Justice).not_by(&["Pakistan"]),
            ],
        )],
    );
}

#[test]
fn a_party_qualified_by_a_place_before_a_modal() {
    check(
        "'Political leaders on both sides should refrain …', 'certain countries outside the region should stop …': a party's noun and a short phrase of where it is, before the modal; a feeling after 'must be' is a guess, not an ask",
        &[
            (
                "The EU condemned the attack. Political leaders on both sides should refrain from inflammatory rhetoric.",
                &[d(&["European Union"], &[], Other).or(Ceasefire)],
            ),
            (
                "Chinese envoy Wang Zhiqiang spoke at the forum. He said that certain countries outside the region should stop bloc confrontation and respect the sovereignty of regional countries.",
                &[d(&["Wang Zhiqiang"], &[], Other).or(Ceasefire)],
            ),
            (
                "Officials of the Syrian interior ministry insisted that the desert was under control. The guards in al-Hol must be exhausted by now.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_text_hard_wrapped_at_a_width() {
    check(
        "a text saved with hard line wraps: a break inside a name, a cue or before a capitalised word is a space, a short line still ends its paragraph",
        &[(
            "Mali Clerics Urge Talks\n\n\
BAMAKO, March 3 - The High Islamic Council of Mali on Tuesday called on the\n\
transitional authorities to open a dialogue with the armed groups, saying the\n\
fuel blockade of the capital could not be broken by force alone. The council's\n\
secretary general, Imam Oumarou Diarra, urged Jama'at Nusrat al-Islam\n\
wal-Muslimin to let fuel trucks reach Bamako. \"Let the tankers through,\" he\n\
said.\n\
\n\
Interview requests to the junta went unanswered.\n",
            &[
                d(&["High Islamic Council of Mali"], &[], Negotiation),
                d(&["Oumarou Diarra"], &["Jama'at Nusrat al-Islam wal-Muslimin"], Humanitarian).or(Ceasefire).or(Other),
                d(&["Oumarou Diarra"], &[], Humanitarian).or(Ceasefire).or(Other),
            ],
        )],
    );
}

#[test]
fn non_breaking_spaces_read_as_spaces() {
    check(
        "a statement whose spaces are non-breaking ones in places, as word processors and web pages leave them: names, cues and acronyms read as with plain spaces, and the report quotes the text as written",
        &[(
            "The\u{a0}Kivu Observatory for Human Rights (KOHR) on Monday urged the Taliban\u{a0}authorities to release\u{a0}the three detained reporters. The\u{a0}UN Security\u{a0}Council called\u{a0}on all parties to protect\u{a0}civilians.",
            &[
                d(&["Kivu Observatory for Human Rights"], &["Taliban"], Humanitarian),
                d(&["UN Security Council"], &[], Humanitarian),
            ],
        )],
    );
}

#[test]
fn a_signature_line_and_the_pronouns_of_a_labelled_answer() {
    check(
        "'Lucas Okonkwo-Reyes, Spokesperson for the Secretary-General' under a statement is a person, not a title-case headline (a hyphenated name is one word); in their labelled answer 'we' is theirs and a 'she' is someone they speak of",
        &[(
            "Statement attributable to the Spokesperson for the Secretary-General on Nigeria\n\nThe Secretary-General condemns the attack on the camp in Gamboru.\n\nLucas Okonkwo-Reyes, Spokesperson for the Secretary-General\n\nExcerpts from the noon briefing\n\nSpokesperson: The Humanitarian Coordinator in Nigeria, Amina Bello-Lindgren, visited Gamboru this morning. \"They must not be abandoned now,\" she said. She also called on donors to urgently fund the response plan.\n\nQuestion: There were clashes between Pakistani forces and the Taliban overnight. Does the Secretary-General have a reaction?\n\nSpokesperson: We are concerned by the reports of renewed fighting. We urge both sides to exercise maximum restraint.",
            &[
                d(&["Amina Bello-Lindgren"], &[], Humanitarian).not_by(&["Lucas Okonkwo-Reyes"]),
                d(&["Lucas Okonkwo-Reyes"], &[], Ceasefire).not_by(&["Taliban"]),
            ],
        )],
    );
}

#[test]
fn a_person_by_one_name_and_a_description() {
    check(
        "'Suad, a mother of four, said', '…,” said Zarmina, a teacher', 'a woman named Suad told CNN': one uncommon name with a description of a person is a person; an adverb or a surname of someone named before is not",
        &[
            (
                "Suad, a mother of four, spoke by phone from Hama. \"Protect us or let us leave,\" she said.",
                &[d(&["Suad"], &[], Humanitarian)],
            ),
            (
                "“The government and the world should sit together and solve these issues,” said Zarmina, a teacher.",
                &[d(&["Zarmina"], &[], Negotiation)],
            ),
            (
                "\"Protect us or let us leave,\" a woman named Suad told CNN by telephone.",
                &[d(&["Suad"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_wish_of_the_kidnappers() {
    check(
        "'he hoped the kidnappers would release the girls': captors, abductors and kidnappers are parties a wish or a modal asks",
        &[(
            "President Dominic Ayuba said he hoped the kidnappers would release the girls unharmed.",
            &[d(&["Dominic Ayuba"], &[], Humanitarian)],
        )],
    );
}

#[test]
fn a_clause_opened_by_as() {
    check(
        "'Houthis seize crew … as US demands their release': 'as', a phrase and the cue's verb open a clause whose subject asks, not the main clause's",
        &[
            (
                "The Houthis seized the crew of a tanker on Monday as the US demanded their release.",
                &[d(&["United States"], &[], Humanitarian).not_by(&["Houthis"])],
            ),
            (
                "ISWAP fighters kill 23 farmers in Borno as UN urges protection of civilians",
                &[d(&["United Nations"], &[], Humanitarian).not_by(&["Islamic State West Africa Province"])],
            ),
        ],
    );
}

#[test]
fn a_provinces_cabinet() {
    check(
        "'The Balochistan cabinet on Monday demanded …. The cabinet also called on …': a province's or a state's cabinet is a body of its own, which 'the cabinet' goes on with",
        &[(
            "QUETTA: The Balochistan cabinet on Monday demanded that the Centre immediately release Rs18 billion in pending funds. The cabinet also called on the federal government to take up the issue of terrorist sanctuaries with Kabul.",
            &[
                d(&["Balochistan cabinet"], &[], Other).or(Humanitarian).or(Cooperation),
                d(&["Balochistan cabinet"], &[], Counterterrorism),
            ],
        )],
    );
}

#[test]
fn the_cabinet_of_the_state_that_named_it() {
    check(
        "'Saudi Arabia’s Cabinet on Tuesday called on …. The Cabinet warned …': a state's institution by its word alone is the state last named with that word after it, over the state the story names most",
        &[(
            "RIYADH: Saudi Arabia’s Cabinet on Tuesday called on the Houthi militia in Yemen to immediately release all UN staff. The crown prince briefed ministers on a letter from Somalia’s President Abdullahi Ahmed Nur, who asked for help against Al-Shabaab in Somalia. The Cabinet condemned the attack in Mogadishu. The Cabinet warned the Houthi militia against using the detained staff as bargaining chips.",
            &[
                d(&["Saudi Arabia"], &["Houthis"], Humanitarian),
                d(&["Abdullahi Ahmed Nur"], &[], Cooperation).or(Counterterrorism),
                d(&["Saudi Arabia"], &["Houthis"], Counterterrorism).or(Humanitarian).or(Other).not_by(&["Somalia"]),
            ],
        )],
    );
}

#[test]
fn a_south_asian_bodys_name() {
    check(
        "'The Kisan Sangharsh Samiti demanded …', 'The Bastar Jan Adhikar Manch, a forum of tribal groups, appealed …': Samiti, Manch, Morcha, Parishad, Sabha end a body's name as Committee and Forum do — no person is named so",
        &[
            (
                "The Kisan Sangharsh Samiti demanded that the government withdraw the police from the villages.",
                &[d(&["Kisan Sangharsh Samiti"], &[], Ceasefire).or(Other)],
            ),
            (
                "The Bastar Jan Adhikar Manch, a forum of tribal and civil rights groups, appealed to the Maoists to release two youths.",
                &[d(&["Bastar Jan Adhikar Manch"], &["Communist Party of India-Maoist"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn british_single_quotes_and_a_polite_vocative() {
    check(
        "British papers' single quotation marks around the one called on ('called on 'the brothers in the north' to 'take …''), and a vocative then 'please' before an imperative ('Parents, please look at …')",
        &[
            (
                "Imran Qadir posted a message in which he called on 'the brothers in the north' to 'take the fight to the Jews'.",
                &[d(&["Imran Qadir"], &[], Counterterrorism).or(Other)],
            ),
            (
                "Detective Chief Superintendent Helen Aspinall spoke outside court. 'Parents, please look at who your children are talking to online,' she said.",
                &[d(&["Helen Aspinall"], &[], Other).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_post_quoted_for_the_group_that_put_it_out() {
    check(
        "'“Take your soldiers out of Somalia,” one post said': a post, a tweet or a leaflet, with 'one' as with 'the', speaks for the party that put it out",
        &[(
            "Al-Shabab claimed the attack on its channels. \"Take your soldiers out of Somalia,\" one post said.",
            &[d(&["Al-Shabaab"], &[], Other).or(Ceasefire)],
        )],
    );
}

#[test]
fn an_absolute_clause_opened_by_with() {
    check(
        "'…, with India pressing for an explicit reference …', '…, with the government demanding that the guerrillas free all hostages': 'with', a phrase and a participle in -ing make a clause whose subject asks",
        &[
            (
                "The ministers argued over the text for hours, with India pressing for an explicit reference to the attack in Kulgam.",
                &[d(&["India"], &[], Other).or(Counterterrorism)],
            ),
            (
                "Palestinian leaders condemned the strikes, with President Mahmoud Abbas calling for an emergency session of the Arab League.",
                &[d(&["Mahmoud Abbas"], &[], Other).or(Negotiation)],
            ),
        ],
    );
}

#[test]
fn a_day_between_called_and_on() {
    check(
        "'which called yesterday on the Iraqi authorities to …', 'called Monday on …': a day or an adverb between 'called' and its 'on'; 'was called on Monday to testify' summons, it asks nothing",
        &[
            (
                "The Yazidi Spiritual Council called yesterday on the Iraqi authorities to protect the temples.",
                &[d(&["Yazidi Spiritual Council"], &["Iraq"], Humanitarian)],
            ),
            (
                "Human Rights Watch called Monday on Israel to stop the demolitions.",
                &[d(&["Human Rights Watch"], &["Israel"], Other).or(Humanitarian).or(Ceasefire)],
            ),
            ("The witness was called on Monday to testify.", &[]),
        ],
    );
}

#[test]
fn an_object_holding_a_list_of_names() {
    check(
        "'exhorted young people in Garissa, Wajir and Mandera to shun recruiters': the one asked may hold a list of names set off by commas before its 'to'",
        &[
            (
                "The Supreme Council of Kenya Muslims exhorted young people in Garissa, Wajir and Mandera to shun recruiters.",
                &[d(&["Supreme Council of Kenya Muslims"], &[], Counterterrorism).or(Other)],
            ),
            (
                "Bishop Matthew Kukah implored the governors of Kaduna, Katsina, Zamfara and Sokoto to protect the schools.",
                &[d(&["Matthew Kukah"], &[], Humanitarian)],
            ),
            (
                "Mali's security ministry advised residents of Mopti, Ségou and Tombouctou to avoid travel at night.",
                &[d(&["Mali"], &[], Other).or(Humanitarian)],
            ),
            (
                "He told the leaders of Iraq, Syria and Jordan about the talks in Geneva.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_name_given_with_the_real_name_or_alias() {
    check(
        "'Ti Lapli, whose real name is Wilner Bazile, demanded …', 'Jimmy Cherizier, known as Barbecue, …': one person under two names, speaking past the clause that gives the other",
        &[
            (
                "In a voice message on Wednesday, Ti Lapli, whose real name is Wilner Bazile, also demanded that the police withdraw their armored vehicles from the town.",
                &[d(&["Wilner Bazile"], &[], Ceasefire)],
            ),
            (
                "In an audio recording, Abu Hafs al-Hashimi, whose real name is Karim Adnan al-Ubaidi, urged his followers to attack checkpoints. Al-Ubaidi later called on the tribes to join the group.",
                &[
                    d(&["Karim Adnan al-Ubaidi"], &[], Other),
                    d(&["Abu Hafs al-Hashimi"], &[], Other),
                ],
            ),
        ],
    );
}

#[test]
fn a_state_by_its_usual_epithet() {
    check(
        "'The Islamic Republic has called on Islamabad …', 'the Jewish state urged …': a state by the epithet the press uses for it, never a longer name that holds the words",
        &[
            (
                "The Islamic Republic has repeatedly called on Islamabad to take serious action against terrorist groups.",
                &[d(&["Iran"], &["Pakistan"], Counterterrorism)],
            ),
            (
                "The Jewish state urged Beirut to disarm Hezbollah south of the Litani.",
                &[d(&["Israel"], &["Lebanon"], Counterterrorism)],
            ),
            (
                "The Islamic Republic of Pakistan called on Kabul to hand over the militants.",
                &[d(&["Pakistan"], &["Afghanistan"], Counterterrorism).or(Justice).not_by(&["Iran"])],
            ),
        ],
    );
}

#[test]
fn parties_set_off_by_spaced_hyphens() {
    check(
        "'The guarantor countries - Norway, Mexico, Brazil, Chile and Cuba - called on …': the parties a description names between spaced hyphens speak, and the description is no dateline",
        &[
            (
                "The guarantor countries - Norway, Mexico, Brazil, Chile and Cuba - called on both parties to return to the table.",
                &[d(&["Norway", "Mexico", "Cuba"], &[], Negotiation)],
            ),
            (
                "The three mediators - Qatar, Egypt and the United States - urged Israel and Hamas to extend the truce.",
                &[d(&["Qatar", "Egypt", "United States"], &["Israel", "Hamas"], Ceasefire)],
            ),
            (
                "Two neighbours - Kenya, which hosts the talks, and Ethiopia - asked the factions to free the aid workers.",
                &[d(&["Kenya", "Ethiopia"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_communiques_numbered_paragraphs_under_a_named_organ() {
    check(
        "'After deliberations, the Executive Committee:' ¶ '6. Calls upon …': numbered paragraphs that open on a verb speak for the organ the line above names, which is the body that met when no actor bears the organ's name",
        &[
            (
                "The Organisation of Islamic Cooperation (OIC) held an extraordinary meeting of its Executive Committee in Jeddah.\n\nAfter deliberations, the Executive Committee:\n\n4. Strongly condemns the attack on worshippers in North Sinai;\n\n5. Calls upon all Member States to cooperate in bringing the perpetrators to justice;\n\n6. Urges Member States to take effective measures to prevent terrorist groups from using their territory;",
                &[
                    d(&["Organisation of Islamic Cooperation"], &[], Justice).or(Cooperation),
                    d(&["Organisation of Islamic Cooperation"], &[], Counterterrorism).or(Cooperation).or(Other),
                ],
            ),
            (
                "Ministers of the African Union met in Addis Ababa on the crisis in the Sahel at a session of its Executive Council.\n\nAt the close of its session, the Executive Council:\n\n1. Takes note of the report of the Commission;\n\n2. Demands that the armed groups release all hostages without conditions;",
                &[d(&["African Union"], &[], Humanitarian)],
            ),
            (
                "The Peace and Security Council of the African Union met on 3 March.\n\nThe Council:\n\n1. Condemns the attacks in Borno. Urges Member States to share intelligence on Boko Haram;\n\n2. Requests the Commission to report within thirty days;",
                &[
                    d(&["African Union"], &[], Cooperation),
                    d(&["African Union"], &[], Other),
                ],
            ),
        ],
    );
}

#[test]
fn an_administration_a_court_and_who_leads_a_body() {
    check(
        "speaker: 'the Kurdish-led Autonomous Administration of North and East Syria' is that body (never the US, whose government the wires name for its president); a judge who 'ruled that the government must …' asks it",
        &[
            (
                "The Kurdish-led Autonomous Administration of North and East Syria, which runs the camps, has repeatedly called on countries to take back their citizens.",
                &[d(&["Autonomous Administration of North and East Syria"], &[], Humanitarian).or(Other).not_by(&["United States"])],
            ),
            (
                "The Trump administration urged Canada to take back its nationals from the camps.",
                &[d(&["United States"], &["Canada"], Humanitarian).or(Other)],
            ),
            (
                "Four Canadian men remain detained in Syria. In January, Federal Court Justice Marie-Hélène Desrosiers ruled that the government must request their repatriation.",
                &[d(&["Marie-Hélène Desrosiers"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_resolutions_body_and_a_departments_ministry() {
    check(
        "speaker: a resolution's subject line ('The Human Rights Council,') over its symbol's header ('United Nations  A/HRC/RES/34/29'); 'Comment by the Information and Press Department of the Russian MFA' is the ministry's",
        &[
            (
                "United Nations                                A/HRC/RES/34/29\n          General Assembly                    Distr.: General\n\nHuman Rights Council\nThirty-fourth session\n\n      The Human Rights Council,\n\n      Guided by the purposes and principles of the Charter,\n\n      1.   Demands that all terrorist groups immediately release all persons held hostage;\n\n      2.   Calls upon States to ensure that counter-terrorism measures comply with international law;",
                &[
                    d(&["Human Rights Council"], &[], Humanitarian),
                    d(&["Human Rights Council"], &[], Humanitarian).or(Counterterrorism),
                ],
            ),
            (
                "Comment by the Information and Press Department of the Russian MFA on the situation in Idlib\n\n8 May 2019\n\nWe have taken note of the escalation. We call on our Turkish partners to fulfil their obligations under the memorandum.",
                &[d(&["Russia"], &[], Ceasefire).or(Other).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_resolutions_body_on_the_session_that_adopted_it() {
    check(
        "speaker: a resolution's subject opening on its session ('The Council of Foreign Ministers of the OIC, meeting in … in Islamabad …;', 'The Assembly of the African Union, meeting in its … Ordinary Session,') speaks its operative paragraphs, not the dateline's state; a speech's 'The Secretary-General of ASEAN, Excellencies,' greets",
        &[
            (
                "Resolution on the Situation in Yemen\n\nDoha, State of Qatar\n\nThe Council of Foreign Ministers of the Organisation of Islamic Cooperation (OIC), meeting in its Fiftieth Session in Doha on 3 March 2024 under the chairmanship of the Minister of State of Qatar;\n\nRecalling its previous resolutions on Yemen;\n\n1. Calls upon all Yemeni parties to respect the truce in Hodeidah;\n\n2. Requests the Islamic Development Bank to fund the reconstruction of schools in Taiz;",
                &[
                    d(&["Organisation of Islamic Cooperation"], &[], Ceasefire).or(Negotiation).not_by(&["Qatar"]),
                    d(&["Organisation of Islamic Cooperation"], &[], Humanitarian).or(Other).not_by(&["Qatar"]),
                ],
            ),
            (
                "Decision on Peace and Security in Africa\n\nAddis Ababa, Ethiopia\n\nThe Assembly of the African Union, meeting in its Thirty-Seventh Ordinary Session in Addis Ababa, Ethiopia, on 18 February 2024,\n\n1. Demands that Al-Shabaab and all armed groups in Somalia immediately cease their attacks on civilians;",
                &[d(&["African Union"], &[], Ceasefire).not_by(&["Ethiopia", "Al-Shabaab"])],
            ),
            (
                "Communique of the Ministerial Council\n\nKuwait City, State of Kuwait\n\nThe Ministerial Council of the Gulf Cooperation Council (GCC), meeting in its 160th Session in Kuwait City on 4 June 2024,\n\n1. Demands that Iran end its occupation of the three UAE islands;",
                &[d(&["Gulf Cooperation Council"], &[], Other).or(Negotiation).not_by(&["Kuwait"])],
            ),
        ],
    );
}

#[test]
fn a_delegate_speaking_for_a_party() {
    check(
        "'Speaking for the Russian Federation, the representative warned …', 'Speaking for Chad, X said … He pressed …': the party a delegate is given the floor for speaks, and the 'he' after; a representative of a state speaking for a group speaks for the state",
        &[
            (
                "Speaking for the Russian Federation, the representative warned Council members against using humanitarian concerns as a pretext to interfere.",
                &[d(&["Russia"], &[], Other).or(Humanitarian)],
            ),
            (
                "Speaking for Egypt, the Minister for Foreign Affairs said Cairo was in contact with both sides. He called on the Council to intervene to stop the air strikes on Gaza.",
                &[d(&["Egypt"], &[], Ceasefire).or(Other)],
            ),
            (
                "Speaking for Chad, Hissein Bourma said his country had deployed troops in three theatres. He pressed partners to honour the commitments they had made in Oslo.",
                &[d(&["Hissein Bourma", "Chad"], &[], Cooperation).or(Other).or(Negotiation)],
            ),
            (
                "Speaking on behalf of the Group of 27 sponsors, the representative of Liechtenstein urged all members to explain their vetoes.",
                &[d(&["Liechtenstein"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn an_unnamed_office_holder_of_a_party() {
    check(
        "'The Minister for Foreign Affairs of Egypt said … He called on …', 'The Foreign Minister of Jordan said … He urged …': an office protocol capitalises, with its portfolio, speaks for the party after 'of', and so does the 'he' or 'she' after it; no person called 'Foreign Minister' is made",
        &[
            (
                "The Minister for Foreign Affairs of Egypt said the shelling of the crossing was a crime. He called on the Security Council to act at once to stop the air strikes on Rafah.",
                &[d(&["Egypt"], &["UN Security Council"], Ceasefire).or(Other)],
            ),
            (
                "The Foreign Minister of Jordan told the conference that the camps could take no more families. He urged donors to release the pledged funds before the winter.",
                &[d(&["Jordan"], &[], Humanitarian).or(Other).not_by(&["Foreign Minister"])],
            ),
            (
                "The Permanent Representative of Chile said the talks in Geneva had stalled for a month. She urged the Syrian Government to let the convoys into Douma.",
                &[d(&["Chile"], &["Syria"], Humanitarian).or(Other).not_by(&["Permanent Representative"])],
            ),
            (
                "The Secretary of State for Defence of the United Kingdom said the ship had been struck twice. He called on the Houthis to stop their attacks on shipping.",
                &[d(&["United Kingdom"], &["Houthis"], Ceasefire).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_plural_phrase_stands_for_the_people_listed_after_it() {
    check(
        "'the Heads of State of the region – A, President of X, and B, President of Y – met in … The Heads of State called on …': a plural phrase a communiqué listed people after, with a dash or a colon, stands for them when it speaks again; 'The Ministers' for the ministers the meeting named",
        &[
            (
                "The Heads of State of the Lake Chad Basin countries \u{2013} Bola Tinubu, President of Nigeria, Paul Biya, President of Cameroon, and Mohamed Bazoum, President of Niger \u{2013} met in Abuja on Tuesday. The Heads of State called on the international community to fund the Multinational Joint Task Force.",
                &[d(&["Bola Tinubu", "Paul Biya", "Mohamed Bazoum"], &[], Cooperation).or(Counterterrorism).or(Other)],
            ),
            (
                "The Foreign Ministers of the three countries: Retno Marsudi, Minister for Foreign Affairs of Indonesia, Saifuddin Abdullah, Minister of Foreign Affairs of Malaysia, and Teodoro Locsin, Secretary of Foreign Affairs of the Philippines, gathered in Manila for the trilateral talks. The Foreign Ministers urged Myanmar to release all political detainees without delay.",
                &[d(&["Retno Marsudi", "Saifuddin Abdullah", "Teodoro Locsin"], &["Myanmar"], Humanitarian).or(Other)],
            ),
            (
                "The meeting was chaired by Foreign Minister Ahmed Attaf of Algeria and attended by Foreign Minister Najla Mangoush of Libya and Foreign Minister Nabil Ammar of Tunisia. The Ministers called on all Libyan parties to hold elections before the end of the year.",
                &[d(&["Ahmed Attaf", "Najla Mangoush", "Nabil Ammar"], &[], Negotiation).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_relative_described_in_a_lede_and_named_below() {
    check(
        "'The wife of a veteran being held by the Taliban has implored …' then 'His wife, Debbie Ashworth, 55, said …': a relative a tabloid's lede describes is the one the same word of kin names below, past a passive participle in the description and past the relative named between",
        &[
            (
                "The wife of a British Army veteran being held by the Taliban has implored the Foreign Office to do more to free him. Kevin Ashworth, 58, was detained at a checkpoint in Kabul in June. His wife, Debbie Ashworth, 55, said she had been told next to nothing since his arrest.",
                &[d(&["Debbie Ashworth"], &[], Humanitarian).or(Other).not_by(&["Taliban", "Kevin Ashworth"])],
            ),
            (
                "The father of a nurse held by gunmen in northern Nigeria has begged the kidnappers to let her go. Grace Okafor, 29, was seized from a clinic in Kaduna State last week. Her father Samuel Okafor told reporters the family could not raise the ransom.",
                &[d(&["Samuel Okafor"], &[], Humanitarian).or(Other).not_by(&["Grace Okafor"])],
            ),
            (
                "The sister of a British contractor kidnapped in the Niger Delta has begged the Foreign Office not to give up on him. Gary Lomax, 51, has not been heard from since Friday. His sister, Claire Lomax, 45, said the family had been living on their phones.",
                &[d(&["Claire Lomax"], &[], Humanitarian).or(Other).not_by(&["Gary Lomax"])],
            ),
        ],
    );
}

#[test]
fn a_bare_title_goes_on_with_the_subject_that_held_it() {
    check(
        "'President Biden commended President Hassan Sheikh for …. The President reaffirmed …. He underscored that …': a bare title after a sentence that opened on one holder and named another as its object is the opener, and so is the 'he' after it; a holder named after a phrase that opens the sentence is not its subject",
        &[
            (
                "President Joe Biden commended President Hassan Sheikh Mohamud for the offensive against al-Shabaab. The President reaffirmed that the United States would keep training the Danab Brigade. He underscored that military gains must be followed quickly by stabilization.",
                &[d(&["Joe Biden"], &[], Other).or(Cooperation).or(Counterterrorism).not_by(&["Hassan Sheikh Mohamud"])],
            ),
            (
                "Prime Minister Narendra Modi thanked Prime Minister Sher Bahadur Deuba for the welcome in Kathmandu. The Prime Minister called on Nepal to deny its territory to groups hostile to India.",
                &[d(&["Narendra Modi"], &["Nepal"], Counterterrorism).or(Other).not_by(&["Sher Bahadur Deuba"])],
            ),
            (
                "Speaking in Beirut after talks with Prime Minister Najib Mikati, Foreign Minister Jean-Noël Barrot said there was no military solution. \u{201c}The concerns of Israel must be addressed through diplomacy,\u{201d} the minister said.",
                &[d(&["Jean-Noël Barrot"], &[], Negotiation).or(Other).not_by(&["Najib Mikati"])],
            ),
        ],
    );
}

#[test]
fn a_relative_clause_with_a_name_after_it_names_no_subject() {
    check(
        "'The group, which is regarded as an offshoot of the Kurdistan Workers' Party, or PKK, said …. It warned …': the other name of the relative clause's party, set off by 'or', is still inside the clause, so the group named before goes on speaking",
        &[
            (
                "The Kurdistan Freedom Falcons, known by the Kurdish initials TAK, said on its website that one of its members had carried out the bombing in Ankara.\n\nThe group, which is regarded as an offshoot of the outlawed Kurdistan Workers' Party, or PKK, said the attack was revenge for military operations in the southeast. It warned foreign tourists against coming to Turkey, saying the country was no longer safe.",
                &[d(&["Kurdistan Freedom Falcons"], &[], Other).not_by(&["Kurdistan Workers' Party"])],
            ),
            (
                "Jamaat Nusrat al-Islam wal-Muslimin said in a message on Telegram that its fighters had attacked the convoy near Djibo.\n\nThe group, which is linked to al-Qaeda in the Islamic Maghreb, or AQIM, said the soldiers had been warned. It called on civilians to stay away from army positions.",
                &[d(&["Jama'at Nusrat al-Islam wal-Muslimin"], &[], Other).or(Ceasefire).or(Humanitarian).not_by(&["Al-Qaida in the Islamic Maghreb"])],
            ),
        ],
    );
}

#[test]
fn a_bare_government_in_an_offices_release_is_its_own() {
    check(
        "'The Administration calls on …' in a White House release, 'The Government urges …' in one from 10 Downing Street: the house's own government, not the state the release is about",
        &[
            (
                "The White House\nOffice of the Press Secretary\nFor Immediate Release\n\nPresident Obama spoke this afternoon with President Ali Abdullah Saleh of Yemen about the parcels intercepted on Friday. The Yemeni authorities have arrested a suspect. The Administration calls on air carriers worldwide to cooperate fully with the new screening measures.",
                &[d(&["United States"], &[], Counterterrorism).or(Cooperation).or(Other).not_by(&["Yemen"])],
            ),
            (
                "Prime Minister's Office, 10 Downing Street\n\nThe Prime Minister spoke to President Ashraf Ghani of Afghanistan this morning about the attack in Kabul. Afghanistan has declared a day of mourning. The Government urges all British nationals in the country to follow the embassy's advice.",
                &[d(&["United Kingdom"], &[], Other).or(Humanitarian).not_by(&["Afghanistan"])],
            ),
        ],
    );
}

#[test]
fn a_pronoun_asking_after_a_reported_clause_is_the_reporters() {
    check(
        "'Europol said in its annual report that groups in Italy and Greece were the most active, and it urged …': a pronoun that asks after a reported clause, past a phrase of where it was said, is the one who said it, not a party of the clause",
        &[
            (
                "Europol, the European Union's police agency, said in its annual terrorism report last month that anarchist groups in Italy and Greece were the most active in Europe, and it urged member states to step up cooperation against them.",
                &[d(&["Europol"], &[], Cooperation).or(Counterterrorism).not_by(&["Greece", "Italy"])],
            ),
            (
                "Kenya said in a statement on Sunday that the gunmen who attacked the bus in Mandera were from Somalia, and it called on the federal government in Mogadishu to arrest them.",
                &[d(&["Kenya"], &["Somalia"], Justice).or(Counterterrorism).not_by(&["Somalia"])],
            ),
            (
                "Foreign Minister Penny Wong told parliament on Tuesday that the ships seized by the Houthis had been carrying Australian crews, and she urged Oman to press for their release.",
                &[d(&["Penny Wong"], &["Oman"], Humanitarian).or(Other).or(Negotiation).not_by(&["Houthis"])],
            ),
        ],
    );
}

#[test]
fn mediating_formats_speak_as_bodies() {
    check(
        "speaker: the Middle East Quartet and the OSCE Minsk Group (its co-chairs) speak as bodies, not as the states a dash lists",
        &[
            (
                "The Quartet of Middle East mediators \u{2013} the US, the EU, the UN and Russia \u{2013} has demanded that Hamas recognise Israel and renounce violence.",
                &[d(&["Middle East Quartet"], &["Hamas"], Other).or(Negotiation).or(Ceasefire).not_by(&["Russia"])],
            ),
            (
                "The Minsk Group co-chairs, in a joint statement, urged the sides to observe a humanitarian ceasefire.",
                &[d(&["OSCE Minsk Group"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn a_bulleted_list_under_a_body_that_goes_on() {
    check(
        "'The Forum further:' ¶ '• urges …' ¶ '• calls upon …': a lead that ends on an adverb leads the bulleted lines below, and a bullet is no one",
        &[(
            "Johannesburg, 20 May 2021 – The Khanya Peace and Justice Forum calls on the Southern African Development Community to deploy its Standby Force.\n\n“Send the Standby Force now,” said Nomvula Dlamini, the Forum’s executive director.\n\nThe Forum further:\n\n• urges the Mozambican government to stop deporting people fleeing the conflict;\n\n• appeals for safe and unhindered humanitarian access to Quissanga.",
            &[
                d(&["Khanya Peace and Justice Forum"], &["Southern African Development Community"], Counterterrorism).or(Ceasefire).or(Cooperation),
                d(&["Nomvula Dlamini"], &[], Counterterrorism).or(Humanitarian).or(Cooperation).quoted(),
                d(&["Khanya Peace and Justice Forum"], &["Mozambique"], Humanitarian).not_by(&["•"]),
                d(&["Khanya Peace and Justice Forum"], &[], Humanitarian).not_by(&["•"]),
            ],
        )],
    );
}

#[test]
fn a_houses_own_head_by_a_bare_title() {
    check(
        "'The President urged President Nwosu …' in a White House readout: the bare title is the house's own head, unless the release names the house's holder",
        &[
            (
                "The White House\n\nOffice of the Press Secretary\n\nReadout of the President's Call with President Emeka Nwosu of Nigeria\n\nThe President spoke today with President Emeka Nwosu of Nigeria. The President urged President Nwosu to protect civilians during the rescue operations.",
                &[d(&["United States"], &["Emeka Nwosu"], Humanitarian).not_by(&["Emeka Nwosu"])],
            ),
            (
                "Prime Minister's Office, 10 Downing Street\n\nPM call with Prime Minister Shehbaz Sharif of Pakistan\n\nThe Prime Minister spoke to Prime Minister Shehbaz Sharif this afternoon. The Prime Minister called on Pakistan to resume talks with India.",
                &[d(&["United Kingdom"], &["Pakistan"], Negotiation).not_by(&["Shehbaz Sharif"])],
            ),
            (
                "PM call with President Gedi of Somalia: 22 March 2017\n\nFrom: Prime Minister’s Office, 10 Downing Street\nPublished 22 March 2017\n\nThe Prime Minister spoke to President Gedi of Somalia this afternoon. The Prime Minister urged all parties in Somalia to work together against al-Shabaab.",
                &[d(&["United Kingdom"], &[], Counterterrorism).or(Cooperation).or(Negotiation).not_by(&["Somalia"])],
            ),
            (
                "THE WHITE HOUSE\n\nPresident Joseph R. Biden Jr. welcomed Prime Minister Kishida to Washington. The President urged Congress to pass the aid package for Ukraine.",
                &[d(&["Joseph R. Biden Jr."], &[], Other).or(Humanitarian).or(Cooperation)],
            ),
        ],
    );
}

#[test]
fn we_in_a_statement_of_a_bodys_meeting() {
    check(
        "'CHAIRMAN'S STATEMENT OF THE 15TH ASEAN SUMMIT' ¶ 'We urged …': the body whose meeting the statement is of speaks as 'we', never a party the sentence before named",
        &[
            (
                "CHAIRMAN'S STATEMENT OF THE 15TH ASEAN SUMMIT\nCha-am Hua Hin, Thailand, 24 October 2009\n\n5. We reaffirmed our commitment to fight terrorism, including the networks linked to Jemaah Islamiyah (JI). We urged ASEAN Member States to ratify the ASEAN Convention on Counter Terrorism.",
                &[d(&["ASEAN"], &[], Counterterrorism).or(Cooperation).or(Negotiation).not_by(&["Jemaah Islamiyah"])],
            ),
            (
                "Final Communiqué of the 12th Extraordinary Summit of the African Union\n\nThe Summit heard a report on South Sudan. We called on the parties in South Sudan to respect the ceasefire.",
                &[d(&["African Union"], &[], Ceasefire)],
            ),
            (
                "Declaration of the Arab League Summit in Jeddah\n\nWe condemned the attacks by the Houthis on shipping. We call on the international community to fund UNRWA.",
                &[d(&["Arab League"], &[], Humanitarian).not_by(&["Houthis"])],
            ),
            (
                "CHAIRMAN'S STATEMENT\nSPECIAL ASEAN MINISTERIAL MEETING ON COUNTER-TERRORISM\nCebu, Philippines, 12 October 2017\n\n4. Malaysia briefed the Meeting on its patrols in the Sulu Sea. We called on all parties to avoid actions that will worsen the situation.",
                &[d(&["ASEAN"], &[], Ceasefire).or(Other).not_by(&["Malaysia"])],
            ),
        ],
    );
}

#[test]
fn a_body_officer_after_a_phrase_naming_a_platform() {
    check(
        "'In a statement posted on Telegram, the group's spokesman, who uses the name …, demanded': the platform of the opening phrase is no speaker; the officer speaks for the body the possessive points back to",
        &[
            (
                "Kataib Hezbollah vowed revenge. In a statement posted on Telegram, the group's spokesman, who uses the name Abu Fadak al-Saadi, demanded that all US forces leave Iraq.",
                &[d(&["Kataib Hezbollah"], &[], Other).or(Ceasefire).not_by(&["Telegram"])],
            ),
            (
                "Al-Shabaab claimed the attack on the base. In a video posted on YouTube, the movement's leader, who has not been seen in public for years, urged Somalis to join the fight.",
                &[d(&["Al-Shabaab"], &[], Other).not_by(&["YouTube"])],
            ),
            (
                "The Awami League held rallies across Dhaka on Friday. In a post on Facebook, the party's spokesman, who spoke from Chittagong, asked the interim government to release its detained workers.",
                &[d(&["Awami League"], &[], Humanitarian).not_by(&["Facebook"])],
            ),
        ],
    );
}

#[test]
fn a_briefings_label_by_a_longer_form_of_the_role() {
    check(
        "'Official Spokesperson, Shri X:' then 'Official Spokesperson:': the label gives the floor back to the one person whose role it ends with, not to a party the question before quoted",
        &[
            (
                "Official Spokesperson, Shri Arvind Nath Kaul: Good afternoon friends.\n\nQuestion: Sir, the Pakistan Foreign Office said yesterday that India should stop fanning propaganda. What is your response?\n\nOfficial Spokesperson: We have seen those remarks. Pakistan must take credible action against terrorist groups operating from its soil.",
                &[
                    d(&["Pakistan Foreign Office"], &["India"], Other),
                    d(&["Arvind Nath Kaul"], &["Pakistan"], Counterterrorism).not_by(&["Pakistan Foreign Office"]),
                ],
            ),
            (
                "Spokesman Farid Ahmadzai opened the briefing in Kabul.\n\nQuestion: Islamabad says Kabul shelters the TTP. Will you respond?\n\nOfficial Spokesman: Pakistan should stop blaming others for its own failures.",
                &[d(&["Farid Ahmadzai"], &["Pakistan"], Other).not_by(&["Tehrik-i-Taliban Pakistan"])],
            ),
        ],
    );
}

#[test]
fn an_obligation_on_the_party_that_spoke_last_in_a_statement() {
    check(
        "'The Taliban have insisted that …. The Taliban must fulfil …' in a statement: an obligation on the party that spoke last is the statement's own ('We, the undersigned,' being the states named above it); in a news story with no voice of its own it is nobody's",
        &[
            (
                "The text of the following statement was released by the Governments of Australia, Canada and Denmark.\n\nWe, the undersigned, are alarmed by the detentions.\n\nThe Taliban have insisted that no foreign fighters are present. The Taliban must fulfil their commitment to prevent any group from using Afghan territory.",
                &[d(&["Australia", "Canada", "Denmark"], &["Taliban"], Counterterrorism)],
            ),
            (
                "The following statement was released by the Governments of Norway, Qatar and Oman.\n\nWe, the undersigned governments, condemn the detentions.\n\nThe Houthis said they had stopped the attacks. The Houthis must release the detained UN staff without delay.",
                &[d(&["Norway", "Qatar", "Oman"], &["Houthis"], Humanitarian)],
            ),
            (
                "KABUL (Reuters) - The Taliban insisted on Monday that no foreign fighters were present in Afghanistan. The Taliban must fulfil their commitments, a Western diplomat said.",
                &[d(&["~diplomat"], &["Taliban"], Other).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn we_after_a_call_on_two_named_parties() {
    check(
        "'We call on the leaders of Viv Ansanm and Gran Grif to …. We note …, and encourage …': the parties a first-person sentence names after its verb are not who 'we' are next",
        &[
            (
                "The text of the following statement was released by the Governments of Argentina, Canada, Chile and Kenya.\n\nWe, the undersigned governments, condemn the attacks.\n\nWe call on the leaders of Viv Ansanm and Gran Grif to release all persons held for ransom.\n\nWe note that the Dominican Republic and the Haitian authorities have begun joint inspections of cargo, and encourage further cooperation to stop the trafficking of weapons.",
                &[
                    d(&["Argentina", "Canada"], &["Viv Ansanm"], Humanitarian),
                    d(&["Argentina", "Canada"], &[], Cooperation).or(Counterterrorism).not_by(&["Viv Ansanm", "Gran Grif"]),
                ],
            ),
            (
                "Statement by Amnesty International\n\nWe call on the governments of Iraq and Syria to repatriate the children held in the camps. We also urge donors to fund the schools in the camps.",
                &[
                    d(&["Amnesty International"], &["Iraq", "Syria"], Humanitarian),
                    d(&["Amnesty International"], &[], Humanitarian).not_by(&["Iraq", "Syria"]),
                ],
            ),
            (
                "The following statement was released by the Governments of Norway and Qatar.\n\nWe, the undersigned governments, welcome the truce.\n\nWe call on the leaders of Hamas and Fatah to resume reconciliation talks in Cairo. We further encourage regional partners to fund the reconstruction of Gaza.",
                &[
                    d(&["Norway", "Qatar"], &["Hamas"], Negotiation),
                    d(&["Norway", "Qatar"], &[], Humanitarian).or(Other).not_by(&["Hamas", "Fatah"]),
                ],
            ),
        ],
    );
}

#[test]
fn a_quotation_given_to_a_person_set_off_after_a_long_description() {
    check(
        "'“…,” the senator representing Borno North, Bukar Modu, said': the person set off by commas right before the verb speaks, however long the description before the name",
        &[
            (
                "\"Those who planned this attack must be brought to justice,\" the senator representing Borno North, Bukar Modu, said in a statement on Monday.",
                &[d(&["Bukar Modu"], &[], Justice)],
            ),
            (
                "\"The guarantors must act,\" the senior adviser to the ELN delegation in Havana, Pablo Beltrán, said.",
                &[d(&["Pablo Beltrán"], &[], Other).or(Negotiation).not_by(&["National Liberation Army"])],
            ),
            (
                "\"The Centre must hold an inquiry,\" the legislator representing Kupwara in the assembly, Mir Saifullah, said on Tuesday.",
                &[d(&["Mir Saifullah"], &[], Justice)],
            ),
        ],
    );
}

#[test]
fn a_stance_towards_a_party_before_a_bodys_name() {
    check(
        "'the pro-Kurdish Peoples' Democratic Party (HDP)', 'the anti-Taliban National Resistance Front': a stance before a body's name is part of no party's name, and the party it is towards does not speak",
        &[
            (
                "The pro-Kurdish Peoples' Democratic Party (HDP), the fourth-largest party in parliament, condemned the attack and called on both the government and the PKK to return to the negotiating table.",
                &[d(&["Peoples' Democratic Party"], &[], Negotiation).not_by(&["Kurdistan Workers' Party"])],
            ),
            (
                "The anti-Taliban National Resistance Front urged the United Nations to reject the Taliban's envoy.",
                &[d(&["National Resistance Front"], &["United Nations"], Other).or(Counterterrorism).or(Negotiation).not_by(&["Taliban"])],
            ),
            (
                "The National Oil Corporation said it had shut down two units and called on all parties to keep the fighting away from oil facilities.",
                &[d(&["National Oil Corporation"], &[], Ceasefire).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_banner_or_poster_signed_by_a_group() {
    check(
        "'A banner signed by the Gulf Cartel and hung from a bridge … demanded that …': a banner, poster or pamphlet asks for whoever signed or issued it",
        &[
            (
                "A banner signed by the Gulf Cartel and hung from a pedestrian bridge in nearby Reynosa on Sunday demanded that soldiers stop protecting the Zetas.",
                &[d(&["Gulf Cartel"], &[], Other).or(Humanitarian).or(Counterterrorism)],
            ),
            (
                "A poster signed by the Tehreek-e-Taliban Pakistan and pasted on mosque walls in Swat warned barbers against shaving beards.",
                &[d(&["Tehreek-e-Taliban Pakistan"], &[], Other)],
            ),
            (
                "A pamphlet issued by the Communist Party of India (Maoist) urged villagers to boycott the elections.",
                &[d(&["Communist Party of India"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn we_before_an_auxiliary_and_an_adverb() {
    check(
        "'We have once again asked …', 'We had already asked …': the first person before an auxiliary and an adverb is the text's own voice, not the last party it reported",
        &[
            (
                "Spokesman (Mr. Naveed Akhtar Bhatti): Welcome to the weekly press briefing.\n\nThe Foreign Minister received calls this week from the Chinese Foreign Minister, who called on both Pakistan and India to exercise restraint, and from the UN Secretary-General, who appealed to both sides to cooperate.\n\nWe have once again asked the United States to stop the drone strikes in the tribal areas.",
                &[
                    d(&["China"], &[], Ceasefire),
                    d(&["UN Secretary-General"], &[], Cooperation).or(Negotiation),
                    d(&["Naveed Akhtar Bhatti"], &["United States"], Ceasefire).not_by(&["UN Secretary-General"]),
                ],
            ),
            (
                "The following statement was released by the Governments of Norway and Qatar.\n\nWe, the undersigned governments, welcome the truce. The Houthis said they had halted their attacks. We have already asked the Houthis to release the crew of the Galaxy Leader.",
                &[d(&["Norway", "Qatar"], &["Houthis"], Humanitarian).not_by(&["Houthis"])],
            ),
            (
                "Spokesperson, Ms. Mumtaz Zahra Baloch: Good afternoon.\n\nThe Afghan Taliban spokesman said yesterday that the attack was an internal matter of Pakistan. We had asked Kabul last month to act against the TTP.",
                &[d(&["Mumtaz Zahra Baloch"], &["Afghanistan"], Counterterrorism).not_by(&["Taliban"])],
            ),
        ],
    );
}

#[test]
fn cues_in_relative_clauses_of_a_list_of_callers() {
    check(
        "'calls from the Chinese Foreign Minister, who called on …, from the Turkish Foreign Minister, who urged …': each relative clause's cue has the phrase before its 'who' for a speaker, and what the one before asked ends before that phrase",
        &[
            (
                "The Foreign Minister received calls from the Chinese Foreign Minister, who called on both Pakistan and India to exercise restraint, from the Turkish Foreign Minister, who urged the two countries to resume their dialogue, and from the UN Secretary-General, who appealed to both sides to cooperate.",
                &[
                    d(&["China"], &["Pakistan", "India"], Ceasefire).text_lacks("Turkish"),
                    d(&["Turkey"], &[], Negotiation).not_by(&["China"]).text_lacks("Secretary-General"),
                    d(&["UN Secretary-General"], &[], Cooperation).or(Negotiation).not_by(&["China"]),
                ],
            ),
            (
                "Prime Minister Shehbaz Sharif took calls from President Recep Tayyip Erdogan, who urged both countries to resume their dialogue, and from the Emir of Qatar, who called on India to show restraint.",
                &[
                    d(&["Recep Tayyip Erdogan"], &[], Negotiation).text_lacks("Emir").not_by(&["Shehbaz Sharif"]),
                    d(&["Qatar"], &["India"], Ceasefire).not_by(&["Recep Tayyip Erdogan"]),
                ],
            ),
        ],
    );
}

#[test]
fn the_author_of_a_document_in_which_he_asked() {
    check(
        "'the statement by the spokesman of the so-called TTP, in which he called on …': the pronoun after 'in which' is the document's author, not the last person named",
        &[
            (
                "The UN Secretary-General appealed for calm. We have seen the statement by the spokesman of the so-called Tehrik-e-Taliban Pakistan, in which he called on the people of Swat to close all girls' schools by 15 January.",
                &[
                    d(&["UN Secretary-General"], &[], Ceasefire),
                    d(&["Tehrik-e-Taliban Pakistan"], &[], Other).or(Humanitarian).not_by(&["UN Secretary-General"]),
                ],
            ),
            (
                "Ban Ki-moon spoke on Monday. A video message from the leader of Boko Haram surfaced on Tuesday, in which he called on his followers to attack churches.",
                &[d(&["Boko Haram"], &[], Other).not_by(&["Ban Ki-moon"])],
            ),
            (
                "Rights groups condemned the letter from the Taliban's acting foreign minister, in which he asked the UN to seat his envoy.",
                &[d(&["Taliban"], &["United Nations"], Other)],
            ),
        ],
    );
}

#[test]
fn an_action_encouraged() {
    check(
        "encouraged the resumption of dialogue / the early conclusion of talks (an action encouraged, asked of whoever can take it)",
        &[
            (
                "The Security Council encouraged the resumption of dialogue between Belgrade and Pristina under the auspices of the European Union.",
                &[d(&["UN Security Council"], &[], Negotiation)],
            ),
            (
                "The African Union encourages the early conclusion of the negotiations between the government and the rebels in Addis Ababa.",
                &[d(&["African Union"], &[], Negotiation)],
            ),
            (
                "ASEAN encouraged Myanmar to continue its dialogue with Bangladesh on repatriation.",
                &[d(&["ASEAN"], &["Myanmar"], Negotiation).or(Humanitarian)],
            ),
            // Encouraging news is no ask.
            (
                "The African Union said it was encouraged by the resumption of dialogue in Khartoum.",
                &[],
            ),
        ],
    );
}

#[test]
fn speaker_the_relatives_of_someone() {
    check(
        "Mr McAleese's family appealed …, Relatives of the captives urged …, The soldier's father urged …: relatives speak for themselves, not as the one they are kin to",
        &[
            (
                "Mr McAleese's family appealed to anyone with information about his killing to come forward.",
                &[d(&["~McAleese's family"], &[], Justice).or(Other).not_by(&["McAleese"])],
            ),
            (
                "Relatives of the captives urged the government to accept the exchange.",
                &[d(&["~Relatives of the captives"], &[], Other).or(Humanitarian).or(Negotiation)],
            ),
            (
                "The kidnapped engineer's family appealed to the abductors to release him unharmed.",
                &[d(&["~engineer's family"], &[], Humanitarian)],
            ),
            (
                "The family of the fisherman asked the coast guard to search the reef again.",
                &[d(&["~family of the fisherman"], &[], Other).or(Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_letters_we_write_to_urge() {
    check(
        "'We write to urge you to …', 'I am writing to ask …': a letter's opening formula asks now",
        &[
            (
                "Senator Jane Whitfield wrote to Homeland Security Secretary Alan Pryce on Tuesday. \"We write to urge you to suspend the program until the vetting gaps are closed,\" Whitfield wrote.",
                &[d(&["Jane Whitfield"], &[], Other).or(Counterterrorism)],
            ),
            (
                "\"I am writing to ask you to release the report on the Manchester attack,\" the MP wrote to the Home Secretary.",
                &[d(&["~MP"], &[], Humanitarian).or(Justice).or(Other)],
            ),
            // Writing to a paper to say something is no ask.
            (
                "\"I write to say how proud we are of the rescue teams,\" the mayor wrote.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_speech_under_its_masthead() {
    check(
        "'Address by President X to …', 'Statement by H.E. Dr. X, President of …, at …' (a long line), 'Remarks by Minister Dr. X at …', 'FULL TEXT: Speech by Gen. X (rtd) at …', '… the Hon X MP, at …': the speaker of every first-person ask below, and of what ought to be done, though a speaker was quoted since",
        &[
            (
                "Address by President Tomás Ibarra Lezcano to the 76th General Assembly of the United Nations\n\nMr. President,\n\nI call on the Security Council to renew the verification mission without conditions.",
                &[d(&["Tomás Ibarra Lezcano"], &["Security Council"], Negotiation).or(Other).or(Cooperation)],
            ),
            (
                "Statement by H.E. Dr. Halima Sadiq Warsame, President of the Federal Republic of Somalia, at the General Debate of the Seventy-Eighth Session of the United Nations General Assembly\n\nNew York, 21 September 2023\n\nMr. President,\n\nIn 2017 the Security Council called on member states to fund the mission. The Security Council must now lift the arms embargo that still binds our army.",
                &[
                    d(&["Security Council"], &[], Humanitarian).or(Cooperation).or(Other),
                    d(&["Halima Sadiq Warsame"], &["Security Council"], Sanctions).not_by(&["Security Council"]),
                ],
            ),
            (
                "Remarks by Foreign Minister Dr. K. V. Raghavendran at the Lowy Institute, Sydney\n\nThank you for having me.\n\nWe urge the Taliban to deny space to every group that threatens its neighbours.",
                &[d(&["K. V. Raghavendran"], &["Taliban"], Counterterrorism)],
            ),
            (
                "FULL TEXT: Speech by Gen. Musa Idris Kallamu (rtd) at the PRP rally in Bauchi\n\nMy people, I greet you.\n\nI implore the police and the army to stay neutral in this election.",
                &[d(&["Musa Idris Kallamu"], &[], Other)],
            ),
            (
                "Address by the Minister for Foreign Affairs, the Hon Rhiannon Castlemaine MP, at the Memorial Service\n\nKuta, 12 October 2022\n\nI urge every government in our region to make the financing of terrorism a crime.",
                &[d(&["Rhiannon Castlemaine"], &[], Sanctions)],
            ),
            // A greeting of a body's officer is no resolution's subject line.
            (
                "Opening Address by H.E. Dr. Bambang Wiratmaja, President of the Republic of Indonesia, at the Opening Ceremony of the 20th ASEAN Summit\n\nExcellencies,\nThe Secretary-General of ASEAN,\nLadies and Gentlemen,\n\nI call on our brothers in Thailand and Cambodia to exercise maximum restraint.",
                &[d(&["Bambang Wiratmaja"], &[], Ceasefire).not_by(&["ASEAN"])],
            ),
        ],
    );
}

#[test]
fn this_house_demands() {
    check(
        "'This House demands …', 'This House calls upon …' in a parliament's resolution: the chamber the record names, whatever word its name has",
        &[
            (
                "LOK SABHA DEBATES\n\nMR. SPEAKER: I shall now read the Resolution.\n\nThis House demands that the perpetrators of the attack at Surat station be brought to justice without delay.\n\nThis House calls upon the international community to act against the networks that finance terrorist groups.",
                &[
                    d(&["Lok Sabha"], &[], Justice),
                    d(&["Lok Sabha"], &["international community"], Sanctions).or(Counterterrorism),
                ],
            ),
            (
                "The Senate of Pakistan on Thursday passed a resolution moved by the Leader of the House. The text of the resolution is as follows:\n\nRESOLUTION No. 614\n\nThis House urges the Federal Government to take up cross-border terrorism with the United Nations.",
                &[d(&["Senate of Pakistan"], &[], Counterterrorism).or(Other).or(Cooperation)],
            ),
            (
                "The Kenyan National Assembly sat late on Tuesday. This House calls upon the Government to compensate the families of the victims of the Mandera attack.",
                &[d(&["Kenyan National Assembly"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_debate_record_labels_the_office_and_its_holder_in_brackets() {
    check(
        "'The Minister for Africa (Vicky Ford): …', 'THE MINISTER OF HOME AFFAIRS (SHRI R. P. SINGH): …', 'Deputy Clare Hennessy: …': the holder in brackets, or after the Dáil's 'Deputy', speaks",
        &[
            (
                "House of Commons Hansard\n\nThe Minister for Africa (Lorna Pettigrew): We have urged the Government of Mozambique to allow humanitarian access to Palma.",
                &[d(&["Lorna Pettigrew"], &["Mozambique"], Humanitarian)],
            ),
            (
                "LOK SABHA DEBATES\n\nTHE MINISTER OF HOME AFFAIRS (SHRI RAGHAV NATH CHATURVEDI): Sir, we have asked the Government of Pakistan to hand over the persons named in the dossier.",
                &[d(&["Raghav Nath Chaturvedi"], &["Pakistan"], Justice).not_by(&["OF HOME AFFAIRS"])],
            ),
            (
                "Dáil Éireann debate - Wednesday, 22 May 2019\n\nDeputy Siobhán Kinsella: I support the motion. The Malian authorities have to bring those responsible for the massacre to justice.",
                &[d(&["Siobhán Kinsella"], &["Mali"], Justice)],
            ),
        ],
    );
}

#[test]
fn a_resolutions_operative_clauses_after_a_semicolon() {
    check(
        "'5. Is deeply concerned at …; warns the authorities against …', '3. Calls on X to ensure that schools are safe': the body's verbs, each clause of the paragraph its own",
        &[
            (
                "The European Parliament,\n\n5.  Is deeply concerned at reports that ransoms have been paid; warns the federal and state authorities against paying ransoms, which fuel a kidnapping economy;",
                &[d(&["European Parliament"], &[], Sanctions).or(Counterterrorism).or(Other)],
            ),
            (
                "The European Parliament,\n\n3.  Calls on the Commission to ensure that schools are safe places for learning;",
                &[d(&["European Parliament"], &[], Humanitarian)],
            ),
            // A plural noun of asking that opens a sentence and has a verb of its own is no
            // body's verb.
            ("Calls for the minister to resign have grown since the attack.", &[]),
        ],
    );
}

#[test]
fn a_subject_after_a_year() {
    check(
        "'In 2021 the Senate urged …', 'On 2 March 2021 the Nigerian Senate adopted a motion urging …': the year is no part of the subject",
        &[
            (
                "On 2 March 2021 the Nigerian Senate adopted a motion urging the Federal Government to designate the bandit groups as terrorist organisations.",
                &[d(&["Nigerian Senate"], &[], Sanctions)],
            ),
            (
                "In 2019 the senators called on the government to reopen the border crossing at Torkham.",
                &[d(&["~senators"], &[], Humanitarian).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_letter_to_someone_urging() {
    check(
        "'X led colleagues in a letter to Secretary Y urging …', 'sent a message to the minister calling on …': the letter's writers ask, not the one it went to",
        &[
            (
                "Today, Senator Ann Calloway led 27 colleagues in a letter to Secretary of State Martin Hale urging the State Department to impose sanctions on the gang leaders.",
                &[d(&["Ann Calloway"], &["State Department"], Sanctions).not_by(&["Martin Hale"])],
            ),
            (
                "The families sent an open letter to Prime Minister Ravi Menon calling on the government to open talks with the kidnappers.",
                &[d(&["~families"], &[], Negotiation).not_by(&["Ravi Menon"])],
            ),
            // The one a letter went to asks when the participle follows a clause of theirs.
            (
                "Secretary of State Martin Hale, replying to the letter, urged the senators to back the funding bill.",
                &[d(&["Martin Hale"], &[], Other).or(Cooperation)],
            ),
        ],
    );
}

#[test]
fn a_long_office_labels_a_turn_with_its_holder_in_brackets() {
    check(
        "'Minister of State at the Department of Defence (Deputy X): …': a label of many words whose holder the brackets name; a long phrase before a colon with no bracket labels nothing",
        &[
            (
                "Dáil Éireann debate\n\nMinister of State at the Department of Defence (Deputy Ciarán Moloney): I move the motion.\n\nThe UN has appealed for troops for the mission. I urge all Deputies to support the motion.",
                &[
                    d(&["United Nations"], &[], Cooperation).or(Other),
                    d(&["Ciarán Moloney"], &[], Other).or(Cooperation).not_by(&["United Nations"]),
                ],
            ),
        ],
    );
}

#[test]
fn a_report_of_an_office() {
    check(
        "'Report of the Secretary-General' under a UN document's symbols, sessions and agenda item; 'Remarks by the High Commissioner at …': the office speaks the document's 'I' and what ought to be done",
        &[
            (
                "                                                A/79/412–S/2024/700\nGeneral Assembly                                Distr.: General\nSecurity Council                                2 October 2024\n\n                                                Original: English\n\nGeneral Assembly                  Security Council\nSeventy-ninth session             Seventy-ninth year\nAgenda item 37\nThe situation in Afghanistan\n\n              The situation in Afghanistan and its implications for\n              international peace and security\n\n              Report of the Secretary-General\n\nI. Observations\n\n61. I urge donors to fund the humanitarian response plan before winter. The perpetrators of the attack on the Kunduz mosque must be held accountable.",
                &[
                    d(&["Secretary-General"], &[], Humanitarian).or(Cooperation).not_by(&["UN General Assembly"]),
                    d(&["Secretary-General"], &[], Justice).not_by(&["UN General Assembly"]),
                ],
            ),
            (
                "Remarks by the High Commissioner at the Human Rights Council\n\nGeneva, 4 March 2024\n\nI call on the authorities in Bamako to release the journalists detained since June.",
                &[d(&["High Commissioner"], &["Mali"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_petitions_writer() {
    check(
        "'Petition by: X', 'Published by the X ·', 'X started this petition to …': the page's 'we' and what it says ought to be done are its writer's",
        &[
            (
                "No deal at the cost of our daughters' schools\n\nPetition by: Swat Mothers' Peace Network (SMPN), Mingora\nPetitioning: Prime Minister\n\nWe call on the Prime Minister to make the protection of schools non-negotiable in any talks. The provincial government must rebuild every girls' school destroyed in the valley.",
                &[
                    d(&["Swat Mothers' Peace Network"], &[], Humanitarian).or(Negotiation),
                    d(&["Swat Mothers' Peace Network"], &[], Humanitarian).or(Other),
                ],
            ),
            (
                "Joint letter to the Government of Mozambique\n\nPublished by the Niassa Accountability Coalition · 24 September 2021\n\nWe ask President Nyusi to allow independent journalists full access to the province.",
                &[d(&["Niassa Accountability Coalition"], &[], Humanitarian).or(Other)],
            ),
            (
                "Bring back the Jos nurses now\n\nAmina Salisu Bello started this petition to President Muhammadu Buhari and 3 others\n\nWe urge the Plateau State Government to set up a crisis desk that meets the families every week.",
                &[
                    d(&["Amina Salisu Bello"], &[], Humanitarian),
                    d(&["Amina Salisu Bello"], &["Plateau State Government"], Other).or(Humanitarian),
                ],
            ),
        ],
    );
}

#[test]
fn the_members_a_body_is_named_for() {
    check(
        "'the Catholic Bishops' Conference of Nigeria … The bishops urged …': members after the body named for them speak for it",
        &[
            (
                "The Catholic Bishops' Conference of Nigeria ended its plenary in Abuja on Friday. The bishops urged security agencies to go after the financiers of terrorism.",
                &[d(&["Catholic Bishops' Conference of Nigeria"], &[], Sanctions).or(Counterterrorism).not_by(&["~bishops"])],
            ),
            (
                "The Northern States Governors' Forum met in Kaduna. The governors appealed to the Federal Government to deploy more troops to the border.",
                &[d(&["Northern States Governors' Forum"], &[], Counterterrorism).or(Other)],
            ),
        ],
    );
}

#[test]
fn market_advice_and_forecasts() {
    check(
        "'Investors should stay cautious', 'Rates should stay firm', 'the market should recover': market copy advises and forecasts, asking no party; a party's 'should' beside them still asks",
        &[
            (
                "\"Investors should stay cautious until February, but the market should recover once the grey-list overhang is removed,\" said Sana Tariq, an analyst at Topline Securities.",
                &[],
            ),
            (
                "\"Rates should stay firm while the ship is held,\" said a London broker.",
                &[],
            ),
            (
                "\"Islamabad should pass the trust-law amendments before February,\" said Sana Tariq, an analyst at Topline Securities.",
                &[d(&["Sana Tariq"], &["Pakistan"], Other).or(Sanctions)],
            ),
        ],
    );
}

#[test]
fn must_be_seen_as_judges() {
    check(
        "'must be regarded as', 'must be seen as': how something is to be judged is an assessment, not a demand",
        &[
            ("Assessment: the ceasefire must be regarded as a pause, not a settlement.", &[]),
            (
                "The ambassador said any closure of the embassy \"must be seen as an American decision, not an Iraqi one.\"",
                &[],
            ),
            (
                "Interior Minister Karim Haddad said the militias must be disarmed before the elections.",
                &[d(&["Karim Haddad"], &[], Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn an_open_letters_foot_names_its_writer() {
    check(
        "'… Coordinated by the Foro Colombiano por la Paz', 'on behalf of the Forum …' at a letter's foot, 'The Avaaz team': the body that writes the letter speaks its 'we'; 'Open letter:' over it asks nothing; a speech's opening 'On behalf of the Government …' signs nothing",
        &[
            (
                "Open letter: Do not close the door on peace\n\nWe call on the ELN to hand over those who planned the attack on the cadet school.\n\nSignatories (in alphabetical order):\nAna Lucía Mosquera Palacios, former Ombudsman\n… and 32 further signatures. Coordinated by the Foro Colombiano por la Paz (Colombian Peace Forum).",
                &[d(&["Foro Colombiano por la Paz"], &["National Liberation Army"], Justice)],
            ),
            (
                "OPEN LETTER FROM THE FAMILIES OF THE CREW\n\nWe ask President Duterte to order the army to put the safety of the hostages first.\n\nHormat kami,\n\nSri Wahyuni, wife of Captain Arif Nugroho\n\non behalf of the Forum Keluarga Awak Tunas Samudra 9",
                &[d(&["Forum Keluarga Awak Tunas Samudra 9"], &[], Humanitarian).or(Ceasefire)],
            ),
            (
                "Opening Address by H.E. Dr. Bambang Wiratmaja, President of the Republic of Indonesia\n\nOn behalf of the Government and the people of Indonesia, I welcome you to Jakarta.\n\nI call on our brothers in Thailand and Cambodia to exercise maximum restraint.",
                &[d(&["Bambang Wiratmaja"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn a_visit_for_a_purpose() {
    check(
        "'called on the state minister … to discuss preparations', 'called on Governor X at Raj Bhavan to invite him': an office visited for what a visit is for asks nothing; 'called on the Prime Minister to release …' asks",
        &[
            (
                "Earlier in the day, UN Resident Coordinator Henrike Solberg called on the state minister for disaster management to discuss preparations for the cyclone.",
                &[],
            ),
            (
                "Chief Minister K.M. Raveendran called on Governor Prakash Menon at Raj Bhavan on Friday evening to invite him to the ceremony.",
                &[],
            ),
            (
                "UN envoy Hanna Lindqvist called on the Prime Minister to release the detained protesters.",
                &[d(&["Hanna Lindqvist"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_treaty_bodys_observations() {
    check(
        "'The Committee urges the State party to …' under 'Committee against Torture' in the masthead, though a 'State Committee for National Security' is named since; 'recommends that the State party conduct …'",
        &[
            (
                "United Nations\tCAT/C/UZB/CO/5\n\nCommittee against Torture\nConcluding observations on the fifth periodic report of Uzbekistan\n\n1.\tThe Committee against Torture considered the fifth periodic report of Uzbekistan.\n\n5.\tThe Committee is concerned at reports that the State Committee for National Security detains suspects incommunicado.\n\n6.\tThe Committee urges the State party to investigate all allegations of torture in custody.\n\n7.\tThe Committee recommends that the State party conduct an independent investigation into the deaths at the Jaslyk colony.",
                &[
                    d(&["Committee against Torture"], &[], Justice).not_by(&["State Committee for National Security"]),
                    d(&["Committee against Torture"], &[], Justice).not_by(&["State Committee for National Security"]),
                ],
            ),
        ],
    );
}

#[test]
fn a_party_asked_over_lines_of_what_is_asked() {
    check(
        "'The Committee urges the State party to:' over '(a)⇥Bring …;' lines (a tab after the mark, as UN documents have it): each line asks that party, the Committee its masthead names speaking",
        &[
            (
                "Committee against Torture\nConcluding observations on the fourth periodic report of Kyrgyzstan\n\n5.\tThe Committee is concerned that the State Committee for National Security holds suspects incommunicado.\n\n7.\tThe Committee urges the State party to:\n(a)\tBring the definitions of terrorism in its legislation into line with international standards;\n(b)\tInvestigate promptly all allegations of torture of persons held on terrorism charges.",
                &[
                    d(&["Committee against Torture"], &[], Counterterrorism).or(Justice).or(Other).not_by(&["State Committee for National Security"]),
                    d(&["Committee against Torture"], &[], Justice).not_by(&["State Committee for National Security"]),
                ],
            ),
        ],
    );
}

#[test]
fn a_pronoun_opening_a_quoted_obligation_stands_for_the_party_before() {
    check(
        "'Pakistan has done too little … \"Now they must act,\" X said': a pronoun opening the sentence of an obligation is the party the sentence before named last; a crosshead (\"They need to talk\") and a pronoun after an earlier clause are not",
        &[
            (
                "Pakistan has done too little against the militants on its soil. \"Now they must act,\" Indian Defence Minister Arjun Mehta said.",
                &[d(&["Arjun Mehta"], &["Pakistan"], Counterterrorism).or(Other).quoted()],
            ),
            (
                "The committee said the Home Office had failed the families of British detainees. \"It must stop treating repatriation as a last resort,\" said Rosalind Achebe, the committee's chair.",
                &[d(&["Rosalind Achebe"], &["Home Office"], Humanitarian).or(Other).quoted()],
            ),
            (
                "Hamas still holds 19 crew members of the Galaxy Leader. \"They must be allowed to speak to their families,\" UN envoy Elena Varga said.",
                &[d(&["Elena Varga"], &["Hamas"], Humanitarian).or(Other).quoted()],
            ),
            (
                "Benin and Niger have not exchanged ambassadors since the coup.\n\n\"They need to talk\"\n\nThe two armies patrol the same park.",
                &[],
            ),
            (
                "The match between Kenya and Uganda was delayed by rain. \"They must win on Sunday,\" coach Ali Khan said.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_editorial_named_in_its_headline_or_its_topic_tags() {
    check(
        "'Globe editorial: Ottawa must …' (the paper's name opening the headline) and an 'EDITORIAL' label whose paper only the page's topic tags name ('terrorism / Kashmir / The Hindu Editorial'): the paper speaks its unattributed obligations",
        &[
            (
                "Herald editorial: Wellington has run out of excuses on the camps\n\nTHE EDITORIAL BOARD\nPUBLISHED MARCH 3, 2027\n\nFor three years the government has said the camps are too dangerous. \"Nobody from the ministry has come to see us,\" said Lorraine Tui, whose grandson is held there. Wellington must bring them home.",
                &[d(&["Herald"], &["Wellington"], Humanitarian)],
            ),
            (
                "A listing, and a test\n\nWashington's move must be followed by action at the UN\n\nEDITORIAL\n\nThe designation of the front is welcome. \"This is a vindication,\" the spokesman of the Foreign Ministry, Arun Verma, said. New Delhi must push for the listing of its commanders at the UN.\n\nRelated Topics\nterrorism / Jammu and Kashmir / The Courier Editorial",
                &[
                    d(&["The Courier"], &[], Other).or(Counterterrorism).or(Sanctions),
                    d(&["The Courier"], &["India"], Sanctions).not_by(&["Arun Verma"]),
                ],
            ),
        ],
    );
}

#[test]
fn a_verb_of_asking_after_a_modal_and_an_adverb() {
    check(
        "'X must now push for …', 'X should also press Y to …': the verb of asking after a modal and an adverb is what the modal asks of X, one demand",
        &[
            (
                "India's foreign ministry welcomed the designation. \"New Delhi must now push for the listing of its commanders at the UN,\" said Meera Iyer, a former envoy.",
                &[d(&["Meera Iyer"], &["India"], Sanctions).quoted().text_has("listing")],
            ),
            (
                "\"The government should also press the sanctions committee to list the front,\" opposition leader Ravi Shankar said.",
                &[d(&["Ravi Shankar"], &[], Sanctions).quoted().text_has("list the front")],
            ),
            (
                "\"Islamabad must immediately call for an investigation into the killings,\" Senator Farah Naz said.",
                &[d(&["Farah Naz"], &["Pakistan"], Justice).quoted()],
            ),
        ],
    );
}

#[test]
fn a_letters_page_signed_by_its_readers() {
    check(
        "a letters page ('Letters to the Editor'): each letter's obligations, its 'I' and 'we' are the reader who signs it on a line of its own ('Ruth Abrahams, Remuera.'), not the paper's",
        &[(
            "Letters: the hostages and the designation\n\nLetters to the Editor\nThe Coast Courier\nThursday, 25 January 2027\n\nNot enough\nThe designation was overdue. The Government should now press Qatar to expel the group's leaders.\nRuth Abrahams, Remuera.\n\nA distraction\nI implore our MPs to push for a ceasefire in Gaza.\nRev. Tomas Whare, Porirua.",
            &[
                d(&["Ruth Abrahams"], &[], Counterterrorism).or(Other).or(Sanctions).not_by(&["The Coast Courier"]),
                d(&["Tomas Whare"], &[], Ceasefire).not_by(&["The Coast Courier", "Ruth Abrahams"]),
            ],
        )],
    );
}

#[test]
fn a_party_needed_where_it_is_to_act() {
    check(
        "'We need the authorities in Sana'a and in Aden to grant …': a party needed to act, with the place it is in, is asked",
        &[
            (
                "\"We need the authorities in Sanaa and in Aden to grant us access to all places of detention,\" said Marc Keller, an ICRC delegate.",
                &[d(&["Marc Keller"], &[], Humanitarian).quoted()],
            ),
            (
                "\"We need the government of Mali to open the roads to Gao,\" said Awa Traoré of the Red Cross.",
                &[d(&["Awa Traoré"], &["Mali"], Humanitarian).quoted()],
            ),
            (
                "\"We need the Afghan authorities to act against the cells in Kunar,\" said Oleg Petrov, a Russian envoy.",
                &[d(&["Oleg Petrov"], &["Afghanistan"], Counterterrorism).quoted()],
            ),
            (
                "Russia needs the Iraqi authorities to close the border crossings at Qaim, the envoy said.",
                &[d(&["Russia"], &["Iraq"], Counterterrorism).or(Cooperation).or(Other)],
            ),
            (
                "\"We need more time to study the proposal,\" said Oleg Petrov, a Russian envoy.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_body_seated_in_a_state_by_its_name() {
    check(
        "'the Central Council of Jews in Germany called for …', 'Mémoire et Solidarité demanded …': a state after 'in', or a French 'et', is part of the speaking body's name; a capital or a month after 'in' is not",
        &[
            (
                "The Central Council of Muslims in Germany appealed to imams to report anyone who praised the attack to the police.",
                &[d(&["Central Council of Muslims in Germany"], &[], Counterterrorism).or(Other)],
            ),
            (
                "The victims' association Mémoire et Solidarité demanded that the families of the two victims be granted full compensation.",
                &[d(&["Mémoire et Solidarité"], &[], Humanitarian).or(Justice).or(Other)],
            ),
            (
                "The Council of Ministers in Kabul urged the governors to reopen the schools.",
                &[d(&["Council of Ministers"], &[], Humanitarian).or(Other).not_by(&["Council of Ministers in Kabul"])],
            ),
        ],
    );
}

#[test]
fn deontic_addressed_to_parties_no_list_names_in_the_plural() {
    check(
        "'The foreign occupiers must leave …', 'Gulf states must close …', 'the political blocs must set aside …', 'All parties should build on …', 'both sides must stop …': a party no list names, in the plural, is asked",
        &[
            (
                "\"The foreign occupiers must leave our country,\" Taliban spokesman Zabihullah Mujahid said.",
                &[d(&["Zabihullah Mujahid"], &[], Ceasefire).or(Other).quoted()],
            ),
            (
                "\"Gulf states must close the markets in which that charcoal is sold,\" said Abdirahman Hersi, a Somali analyst.",
                &[d(&["Abdirahman Hersi"], &[], Sanctions).or(Counterterrorism).or(Other).quoted()],
            ),
            (
                "The cleric Ahmed al-Sadr said the political blocs must set aside their differences and close ranks against the militants.",
                &[d(&["Ahmed al-Sadr"], &[], Negotiation).or(Counterterrorism).or(Other)],
            ),
            (
                "\"All parties should build on the momentum of the talks in Muscat,\" said Ingrid Dahl, the Norwegian envoy.",
                &[d(&["Ingrid Dahl"], &[], Negotiation).or(Other).quoted()],
            ),
            (
                "Nasreen Haque, a rights lawyer, said both sides must stop using the dead to score points.",
                &[d(&["Nasreen Haque"], &[], Other).or(Ceasefire)],
            ),
            (
                "Beijing said the relevant parties should avoid adding fuel to the fire.",
                &[d(&["China"], &[], Ceasefire).or(Other)],
            ),
            (
                "\"Investors should expect volatility this quarter,\" said Ahmed Rana, an economist.",
                &[],
            ),
            (
                "Royal protocol states that the groom should have a supporter rather than a best man.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_statement_given_in_full_below_its_introduction() {
    check(
        "'A spokesman for the Foreign Ministry issued the following statement on Saturday:' over the statement's paragraphs: their obligations, 'had better' included, are the issuer's, not the reporter's opinion",
        &[(
            "Ministry rejects accusation\n\nPyongyang, December 20 -- A spokesman for the DPRK Foreign Ministry issued the following statement on Saturday:\n\nThe accusation is a groundless slander. The U.S. had better behave with discretion. It must immediately drop the accusations against the DPRK.",
            &[
                d(&["North Korea"], &["United States"], Other),
                d(&["North Korea"], &["United States"], Other).or(Justice),
            ],
        )],
    );
}

#[test]
fn an_obligation_to_assume_that_or_to_doubt_is_epistemic() {
    check(
        "'We must assume that …', 'No one should doubt that …' say what is to be believed, not done; 'must assume its responsibilities' asks",
        &[
            (
                "\"We must assume that at least some of them have combat experience,\" the PST chief Benedicte Holm said.",
                &[],
            ),
            (
                "\"No one should doubt that Denmark takes terrorist financing seriously,\" Justice Minister Lars Holm said.",
                &[],
            ),
            (
                "\"The Security Council must now assume its responsibilities,\" Foreign Minister Nasser Bourita said.",
                &[d(&["Nasser Bourita"], &["Security Council"], Other).or(Negotiation).quoted()],
            ),
        ],
    );
}

#[test]
fn a_quoted_crosshead_asks_nothing_of_its_own() {
    check(
        "a crosshead in quotation marks on a line of its own ('Return to the table', 'UN envoy: \"The fighting must stop now\"', a wire's \"- 'Let them force the enemy' -\") heads words the body gives with their speaker, a word more or less; only those count",
        &[
            (
                "Envoy urges talks in Yemen\n\nThe UN envoy met both delegations in Muscat on Monday.\n\n'Return to the table'\n\n\"Both parties must return to the table without conditions,\" UN envoy Hans Lindqvist said after the meeting.",
                &[d(&["Hans Lindqvist"], &[], Negotiation).quoted()],
            ),
            (
                "Fighting resumes near Tripoli\n\nClashes broke out on Sunday.\n\nUN envoy: 'The fighting must stop now'\n\nThe UN envoy, Ghassan Salem, told reporters: \"The fighting must stop now.\"",
                &[d(&["Ghassan Salem"], &[], Ceasefire).quoted()],
            ),
            // A wire's subhead between dashes, whose words the body gives with one more.
            (
                "Hezbollah rejects disarmament talks\n\nPrime Minister Karim Salam said the army had dismantled hundreds of Hezbollah positions south of the Litani.\n\n- 'Let them force the enemy' -\n\n\"Let them first force the enemy to withdraw from our land,\" Hezbollah deputy leader Ali Daher said on Wednesday.",
                &[d(&["Ali Daher"], &[], Ceasefire).or(Other).quoted()],
            ),
            (
                "Families march on Jerusalem\n\nPrime Minister Yair Stern said the negotiators would fly to Cairo on Sunday.\n\nFamilies' forum: 'Bring them home'\n\n\"Bring them all home now,\" said Ruth Navon, who leads the families' forum.",
                &[d(&["Ruth Navon"], &[], Humanitarian).or(Ceasefire).quoted()],
            ),
        ],
    );
}

#[test]
fn un_experts_speak_as_a_collective_of_their_own() {
    check(
        "'UN human rights experts urged …', 'The experts also called on …': the experts a body appoints speak as their own collective, with the body beside them, however many armed groups the release names and in whatever order",
        &[
            (
                "GENEVA (31 August 2018) – UN human rights experts today urged the Government of Colombia to stop the killings of social leaders. The experts also called on the ELN to release all hostages.",
                &[
                    d(&["UN human rights experts", "United Nations"], &["Colombia"], Ceasefire).or(Humanitarian),
                    d(&["UN human rights experts"], &[], Humanitarian),
                ],
            ),
            (
                "GENEVA (12 May 2021) – UN experts today urged the Government of Colombia to protect social leaders in regions abandoned by the former FARC-EP guerrillas.\n\nThe experts noted that the National Liberation Army (ELN) and the Gulf Clan are fighting over the same routes.",
                &[d(&["UN experts"], &["Colombia"], Humanitarian).not_by(&["Revolutionary Armed Forces of Colombia"])],
            ),
        ],
    );
}

#[test]
fn a_body_named_with_a_particle_inside() {
    check(
        "'The Lanao del Sur provincial crisis management committee has pushed for …', 'The Valle del Cauca departmental assembly urged …': a name's particles between capitalised words are part of the speaking body's name",
        &[
            (
                "The Lanao del Sur provincial crisis management committee has pushed for a longer humanitarian pause.",
                &[d(&["Lanao del Sur provincial crisis management committee"], &[], Ceasefire).or(Humanitarian)],
            ),
            (
                "The Valle del Cauca departmental assembly urged the ELN to free the hostages.",
                &[d(&["Valle del Cauca departmental assembly"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_letter_a_release_reproduces_is_its_senders() {
    check(
        "'Senators A and B sent a letter to …. ⏎ Dear Secretary X: ⏎ We urge …': the 'we' and the obligations of a letter given in full under a release, with no names under its closing, are those the release says sent it",
        &[
            (
                "Obregon, Whitlock Press Treasury on Cartel Money Brokers\n\nWASHINGTON – Today, U.S. Senator Maria Obregon (D-Ariz.) and Senator Paul Whitlock (R-Kan.) sent a letter to Treasury Secretary Alan Drury about the laundering of fentanyl proceeds through trade.\n\nThe text of the letter follows.\n\nDear Secretary Drury:\n\nWe write regarding the laundering of cartel proceeds through Asian money brokers.\n\nWe urge the Department to designate the brokers who move these funds.\n\nSincerely,\n\n[Signatures]",
                &[d(&["Maria Obregon", "Paul Whitlock"], &[], Sanctions).not_by(&["United States"])],
            ),
            (
                "Rights groups write to Dhaka over disappearances\n\nDHAKA, 3 May 2021 – Amnesty International and Human Rights Watch today published a joint letter to Home Minister Asaduzzaman Khan on enforced disappearances.\n\nDear Minister,\n\nWe are writing to express our concern at the disappearance of at least 80 people since January.\n\nThe Government must disclose the whereabouts of every person taken into custody.\n\nYours sincerely,",
                &[d(&["Amnesty International", "Human Rights Watch"], &[], Humanitarian).or(Justice)],
            ),
            (
                "Committee asks State to review Sahel aid\n\nThe House Foreign Affairs Committee on Thursday released a letter to Secretary of State Ellen Park on security assistance to the Sahel juntas.\n\nDear Secretary Park:\n\nWe are concerned that assistance continues to flow to units that answer to the juntas.\n\nWe ask that the Department suspend all security assistance until elections are held.\n\nRespectfully,",
                &[d(&["House Foreign Affairs Committee"], &[], Cooperation).or(Sanctions).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_plural_noun_opening_a_sentence_speaks_whatever_its_tag() {
    check(
        "'Senators also asked …', 'Senators also pressed …': a plural noun of people capitalised as a sentence's first word, which the tagger may take for a name before an adverb, still speaks as the people it names",
        &[
            (
                "Senators also asked the government to deploy more troops along the highway.",
                &[d(&["Senators"], &[], Counterterrorism).or(Other)],
            ),
            (
                "Senators also pressed the administration to publish the inquiry's findings.",
                &[d(&["Senators"], &[], Other).or(Justice)],
            ),
            (
                "Governors also urged the federal government to recruit more police officers.",
                &[d(&["Governors"], &[], Other).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_role_of_a_party_is_the_he_or_she_after_it() {
    check(
        "'Japan's representative said she hoped …', 'Norway's ambassador said she hoped …': the pronoun after a party's official stands for that party, not for the one the sentence before was about",
        &[
            (
                "Brazil said the regime should include stronger humanitarian carve-outs. Japan's representative said she hoped Member States would make full use of the sanctions list.",
                &[
                    d(&["Brazil"], &[], Humanitarian),
                    d(&["Japan"], &[], Sanctions).not_by(&["Brazil"]),
                ],
            ),
            (
                "Kenya's president called for calm. Uganda's defence minister said he hoped the AU force would stay in Mogadishu until 2025.",
                &[
                    d(&["Kenya"], &[], Ceasefire),
                    d(&["Uganda"], &[], Other).or(Cooperation).not_by(&["Kenya"]),
                ],
            ),
            (
                "Colombia's president urged the ELN to free the hostages. Norway's ambassador said she hoped the parties would resume talks in Oslo.",
                &[
                    d(&["Colombia"], &[], Humanitarian),
                    d(&["Norway"], &[], Negotiation).not_by(&["Colombia"]),
                ],
            ),
        ],
    );
}

#[test]
fn a_quotation_opening_on_the_verb_is_its_subjects() {
    check(
        "'The communiqué also “urges the parties to …”', 'The Assembly further “requests …”', 'It “appeals to …”': words quoted from a document from its verb on are asked by the subject the sentence gives them",
        &[
            (
                "IGAD leaders met in Djibouti on Sunday. The communiqué also “urges the parties to open humanitarian corridors.”",
                &[d(&["IGAD"], &[], Humanitarian).quoted()],
            ),
            (
                "IGAD leaders met in Djibouti on Sunday. The Assembly further “requests the Chairperson of the African Union Commission to convene a meeting of Sudanese political parties.”",
                &[d(&["IGAD"], &["African Union Commission"], Negotiation).or(Other).quoted()],
            ),
            (
                "The Security Council adopted a resolution on Monday. The resolution “calls upon the Government to release the detainees”.",
                &[d(&["UN Security Council"], &[], Humanitarian).quoted()],
            ),
        ],
    );
}

#[test]
fn a_defender_or_a_substitute_outside_sport_asks() {
    check(
        "'Georgia's public defender … called on …', 'a human rights defender … urged …', 'no substitute for elections': words sport shares with politics make no sentence match play",
        &[
            (
                "Georgia's public defender, Ucha Nanuashvili, called on the police not to stigmatize the Kist community.",
                &[d(&["Ucha Nanuashvili"], &[], Other)],
            ),
            (
                "A prominent human rights defender, Nabeel Rajab, urged the authorities not to renew the emergency law.",
                &[d(&["Nabeel Rajab"], &[], Other)],
            ),
            (
                "Calling the charter no substitute for elections, Senator Ruth Okafor urged the junta to publish an electoral calendar.",
                &[d(&["Ruth Okafor"], &[], Other).or(Negotiation)],
            ),
        ],
    );
}

#[test]
fn a_name_before_what_the_body_does_and_its_noun() {
    check(
        "'The Memorial human rights center urged …', 'The Karama legal aid group called on …': capitalised words no list holds, then lower-case words of what the body does and its noun, name the body",
        &[
            (
                "The Memorial human rights center urged the police not to target natives of the North Caucasus.",
                &[d(&["Memorial"], &[], Other)],
            ),
            (
                "The Viasna human rights centre urged the police to free the detained activists.",
                &[d(&["Viasna"], &[], Humanitarian)],
            ),
            (
                "The Karama legal aid group called on the court to adjourn the trial.",
                &[d(&["Karama"], &[], Justice)],
            ),
        ],
    );
}

#[test]
fn an_obligation_put_on_a_named_official_asks() {
    check(
        "'insisted that Interior Cabinet Secretary Peter Langat must resign', 'said Defence Minister Amos Keter has to appear …': an official named with their office is a party an obligation is put on, whatever it asks; 'should be ashamed' asks nothing",
        &[
            (
                "Omar Abdi Sheikh insisted that Interior Cabinet Secretary Peter Langat must resign.",
                &[d(&["Omar Abdi Sheikh"], &["Peter Langat"], Other)],
            ),
            (
                "Senator Ruth Okafor said Defence Minister Amos Keter has to appear before the committee on Tuesday.",
                &[d(&["Ruth Okafor"], &["Amos Keter"], Other)],
            ),
            (
                "Abdullah Abdullah said President Hamid Karzai must convene a loya jirga before the talks.",
                &[d(&["Abdullah Abdullah"], &["Hamid Karzai"], Negotiation)],
            ),
            (
                "Alberto Roldán said Prime Minister Pedro Sánchez should be ashamed of governing with the votes of Bildu.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_ministry_statement_is_the_ministrys() {
    check(
        "'A ministry statement demanded …', 'An embassy statement urged …': a statement named by the kind of body that put it out is the body's named before",
        &[
            (
                "In Kabul, the Afghan foreign ministry summoned the ambassador on Wednesday. A ministry statement demanded that Islamabad stop the shelling.",
                &[d(&["Afghanistan"], &["Pakistan"], Ceasefire)],
            ),
            (
                "The US embassy in Baghdad was hit by rockets overnight. An embassy statement urged the Iraqi government to protect diplomatic facilities.",
                &[d(&["United States"], &["Iraq"], Humanitarian).or(Other)],
            ),
            (
                "Nigeria's army said it had repelled the raid. An army statement urged residents to report suspicious movements to the nearest base.",
                &[d(&["Nigeria"], &[], Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_cleft_puts_the_speakers_own_ask_first() {
    check(
        "'“What we want is for those responsible to face justice”', '“What we would ask is that …”': a cleft on the speaker's own asking or wanting asks what follows its 'is that' or 'is for'; one naming a thing wanted ('What we want is a school') asks no one",
        &[
            (
                "\"What we want is for those responsible to face justice,\" Amina Bello said.",
                &[d(&["Amina Bello"], &[], Justice).quoted()],
            ),
            (
                "\"What we would ask is that any proceedings meet international standards of due process,\" State Department spokesperson Rebecca Thornfield said.",
                &[d(&["Rebecca Thornfield"], &[], Justice).or(Humanitarian).quoted()],
            ),
            (
                "\"What I want is for my son to come home,\" said Maryam Haidari, whose son was taken in March.",
                &[d(&["Maryam Haidari"], &[], Humanitarian).quoted()],
            ),
            ("\"What we want is a school for our children,\" said Maryam Haidari.", &[]),
        ],
    );
}

#[test]
fn plural_abbreviated_titles_name_each_member() {
    check(
        "'Reps. A (R-Texas) and B (D-Calif.) asked …', 'Sens. C and D urged …': an abbreviated office in the plural, and a party-and-state label in brackets after each name, leave every member a speaker",
        &[
            (
                "Reps. Dale Kinnery (R-Texas) and Ana Reyes-Whitcomb (D-Calif.) asked the department to designate the group.",
                &[d(&["Dale Kinnery", "Ana Reyes-Whitcomb"], &[], Sanctions)],
            ),
            (
                "Sens. Ruth Okafor (D-Nev.) and Paul Whitlock (R-Kan.) urged the administration to suspend arms sales to the junta.",
                &[d(&["Ruth Okafor", "Paul Whitlock"], &[], Other).or(Sanctions)],
            ),
            (
                "Senators Ruth Okafor (D-Nev.) and Paul Whitlock (R-Kan.) urged the administration to suspend arms sales to the junta.",
                &[d(&["Ruth Okafor", "Paul Whitlock"], &[], Other).or(Sanctions)],
            ),
        ],
    );
}

#[test]
fn what_a_court_rules_is_no_ask() {
    check(
        "'A Kyiv court ruled that former prime minister Yulia Tymoshenko must repay …': an obligation a court rules or holds is a judgement; the same words said by a party ask",
        &[
            (
                "A Kyiv court ruled that former prime minister Yulia Tymoshenko must repay the money.",
                &[],
            ),
            (
                "The judge held that Defence Minister Amos Keter must disclose the files within 30 days.",
                &[],
            ),
            (
                "Opposition leader Arseniy Yatsenyuk said former prime minister Yulia Tymoshenko must be released.",
                &[d(&["Arseniy Yatsenyuk"], &["Yulia Tymoshenko"], Humanitarian).or(Justice)],
            ),
        ],
    );
}

#[test]
fn a_bracketed_label_before_a_parenthesis_closes_the_subject() {
    check(
        "'Senators A (R-Mont.) and B (D-Nev.), joined by eleven colleagues, urged …', 'Ruth Okafor (D-Nev.), the committee's ranking member, urged …': the phrase a parenthesis describes ends on its bracketed label",
        &[
            (
                "U.S. Senators Erik Halvorsen (R-Mont.) and Joy Okafor (D-Nev.), joined by eleven colleagues, urged the Administration to restore the designation of Ansarallah.",
                &[d(&["Erik Halvorsen", "Joy Okafor"], &[], Sanctions)],
            ),
            (
                "Senators Ruth Okafor (D-Nev.) and Paul Whitlock (R-Kan.), both members of the Armed Services Committee, urged the Pentagon to publish the ambush inquiry's findings.",
                &[d(&["Ruth Okafor", "Paul Whitlock"], &[], Justice).or(Other).not_by(&["Armed Services Committee"])],
            ),
            (
                "Ruth Okafor (D-Nev.), the committee's ranking member, urged the Pentagon to publish the ambush inquiry's findings.",
                &[d(&["Ruth Okafor"], &[], Justice).or(Other)],
            ),
        ],
    );
}

#[test]
fn an_armed_group_kept_from_acting_is_counterterrorism() {
    check(
        "'groups such as Lashkar-e-Taiba and Jaish-e-Mohammad must not be allowed to regroup', 'Boko Haram should never be allowed to …': armed groups an obligation keeps from acting are acted against, whatever they would do",
        &[
            (
                "Indian officials insisted that groups such as Lashkar-e-Taiba and Jaish-e-Mohammad must not be allowed to regroup in Afghanistan.",
                &[d(&["India"], &["Lashkar-e-Tayyiba"], Counterterrorism)],
            ),
            (
                "Kenya's president said the Islamic State must never be allowed to operate in Cabo Delgado again.",
                &[d(&["Kenya"], &["Islamic State"], Counterterrorism)],
            ),
            (
                "The Nigerian army said Boko Haram should never be allowed to regroup in the Sambisa forest.",
                &[d(&["Nigeria"], &["Boko Haram"], Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_day_between_called_on_and_the_party_called_on() {
    check(
        "'called on Wednesday on the government to …': the wires date the call between its verb and its second 'on', and what is asked starts after the party; a call paid on someone asks nothing",
        &[
            (
                "Thirteen Palestinian factions called on Wednesday on the national consensus government to end the measures against Gaza.",
                &[d(&["Palestine"], &[], Other).or(Humanitarian).text_lacks("Wednesday")],
            ),
            (
                "The Arab League called on Tuesday on the security forces to protect the worshippers.",
                &[d(&["Arab League"], &[], Humanitarian).text_lacks("Tuesday")],
            ),
            (
                "The Arab League called on Tuesday on Israel to halt the raids in Jenin.",
                &[d(&["Arab League"], &["Israel"], Ceasefire)],
            ),
            (
                "The minister called on Monday on the families of the victims in Quetta.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_family_named_by_its_surname_speaks() {
    check(
        "'The Rasheed family called on …', 'The Foley family urged …': a family by its surname is a party of its own, not the person it then asks",
        &[
            (
                "In a statement, the Rasheed family called on President Abdulla Yameen to set up a presidential commission.",
                &[d(&["Rasheed family"], &["Abdulla Yameen"], Other).or(Justice).not_by(&["Abdulla Yameen"])],
            ),
            (
                "The Galizia family called on Prime Minister Joseph Muscat to resign.",
                &[d(&["Galizia family"], &["Joseph Muscat"], Other).not_by(&["Joseph Muscat"])],
            ),
            (
                "The Foley family urged the White House to negotiate with the kidnappers.",
                &[d(&["Foley family"], &["White House"], Negotiation).or(Humanitarian)],
            ),
        ],
    );
}

#[test]
fn words_set_off_between_the_one_asked_and_the_ask() {
    check(
        "'We are pleading with them, in the name of God, to release our children', 'told the insurgents, in a radio broadcast, to lay down their arms': a few words set off by commas after the one asked; 'told reporters, after the meeting, to expect …' still asks nothing",
        &[
            (
                "\"We are pleading with them, in the name of God, to release our children,\" Governor Aminu Masari said.",
                &[d(&["Aminu Masari"], &[], Humanitarian).quoted()],
            ),
            (
                "Bishop George Nkuo pleaded with the kidnappers, once again, to free the priest unharmed.",
                &[d(&["George Nkuo"], &[], Humanitarian)],
            ),
            (
                "Governor Babagana Zulum told the insurgents, in a radio broadcast, to lay down their arms.",
                &[d(&["Babagana Zulum"], &[], Ceasefire).or(Counterterrorism)],
            ),
            (
                "The minister told reporters, after the meeting, to expect an announcement.",
                &[],
            ),
        ],
    );
}

#[test]
fn expected_and_guessed_under_a_modal_ask_nothing() {
    check(
        "'Iran should not expect any normalisation', 'Jordan must now be expected to step up', 'the hostages must be somewhere in the forest': a warning of what will not come, a forecast and a guess at where someone is; 'Iran must release …' asks",
        &[
            (
                "Iran should not expect any normalisation of its relations with the European Union, EU spokesman Peter Stano said.",
                &[],
            ),
            (
                "Political analyst Amer Sabaileh said Jordan must now be expected to step up its role in the coalition.",
                &[],
            ),
            (
                "Police spokesman Magaji Musa said the hostages must be somewhere in the Falgore forest.",
                &[],
            ),
            (
                "EU spokesman Peter Stano said Iran must release the detained nationals.",
                &[d(&["Peter Stano"], &["Iran"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_second_party_called_on_is_asked_its_own_demand() {
    check(
        "'called on Iran to release … and on Iraq to free …': each party under the one 'called on' is asked its own demand, of the same kind or not; 'called on A and on B to sign …' asks both one thing",
        &[
            (
                "The EU called on Iran to release Mr Lund and on Iraq to free the other detainees.",
                &[
                    d(&["European Union"], &["Iran"], Humanitarian).not_to(&["Iraq"]),
                    d(&["European Union"], &["Iraq"], Humanitarian).not_to(&["Iran"]),
                ],
            ),
            (
                "The African Union called on Sudan to open the corridors and on Chad to keep its border open.",
                &[
                    d(&["African Union"], &["Sudan"], Humanitarian).not_to(&["Chad"]),
                    d(&["African Union"], &["Chad"], Other).or(Humanitarian).not_to(&["Sudan"]),
                ],
            ),
            (
                "The Security Council called on the government to ensure humanitarian access and on the rebels to end the siege of El Fasher.",
                &[
                    d(&["UN Security Council"], &[], Humanitarian),
                    d(&["UN Security Council"], &[], Humanitarian).or(Ceasefire),
                ],
            ),
            (
                "UN envoy Mahmoud Ndiaye called on Dr. Khalil Ibrahim and on Abdel Wahid to sign the declaration.",
                &[d(&["Mahmoud Ndiaye"], &[], Other).or(Negotiation)],
            ),
        ],
    );
}

#[test]
fn a_spokesman_a_question_names_does_not_answer_under_the_label() {
    check(
        "'Question (Sidhant Sibal, WION): Pakistan's Foreign Office spokesman X said … ⏎ Official Spokesperson: We call upon …': a spokesman a reporter's question names, with the asker in brackets after the label, is asked about; the briefing's own office answers",
        &[
            (
                "Transcript of Weekly Media Briefing by the Official Spokesperson (May 11, 2018)\n\nNew Delhi, 11 May 2018\n\nQuestion (Sidhant Sibal, WION): Pakistan's Foreign Office spokesman Mohammad Faisal said India should stop the ceasefire violations. Your comment?\n\nOfficial Spokesperson: We call upon Pakistan to take credible action against the terrorists on its soil.\n",
                &[
                    d(&["Mohammad Faisal"], &["India"], Ceasefire),
                    d(&["India"], &["Pakistan"], Counterterrorism).not_by(&["Mohammad Faisal"]),
                ],
            ),
            (
                "Transcript of the Press Briefing by the Spokesperson on Thursday, 03 August 2023\n\nIslamabad, 03 August 2023\n\nQuestion (Faraz Ahmed, Bol News): Yesterday the Afghan Taliban spokesman Zabihullah Mujahid said that Pakistan should look at its own security failures. What is your response?\n\nSpokesperson: We once again urge the interim Afghan government to fulfil the commitments it made under the Doha Agreement.\n",
                &[
                    d(&["Zabihullah Mujahid"], &["Pakistan"], Other),
                    d(&["Pakistan"], &["Afghanistan"], Other).or(Counterterrorism).not_by(&["Zabihullah Mujahid"]),
                ],
            ),
            (
                "Transcript of the Press Briefing by the Spokesperson\n\nIslamabad, 10 May 2016\n\nQuestion: The Taliban spokesman Zabihullah Mujahid said the group would not join the talks. Your comment?\n\nSpokesperson: We urge the Taliban groups to join the peace process.\n",
                &[d(&["Pakistan"], &["Taliban"], Negotiation).not_by(&["Zabihullah Mujahid"])],
            ),
        ],
    );
}

#[test]
fn a_title_opening_the_sentence_before_its_verb_is_its_subject() {
    check(
        "'The Adviser conveyed Pakistan's concern …, which he described as … . He stressed that …': the title before the verb, not the state the object names, is the subject the 'he' after it goes on with",
        &[
            (
                "The Adviser to the Prime Minister on Foreign Affairs, Mr. Sartaj Aziz, held a telephone conversation with US Secretary of State John Kerry on 24 May. The Adviser conveyed Pakistan's serious concern over the drone strike, which he described as a violation. He stressed that the US should share actionable intelligence with Pakistan.",
                &[d(&["Sartaj Aziz"], &["United States"], Cooperation).not_by(&["John Kerry"])],
            ),
            (
                "The Coordinator for Counterterrorism, Ambassador Nathan Sales, met Indian Foreign Secretary Vijay Gokhale in Washington. The Coordinator conveyed America's concern over the Pulwama attack, which he described as heinous. He stressed that Pakistan must act against Jaish-e-Mohammad.",
                &[d(&["Nathan Sales"], &["Pakistan"], Counterterrorism).not_by(&["Vijay Gokhale"])],
            ),
            (
                "The Adviser to the President on Security, Mr. Ahmed Osman, met Kenyan Interior Minister Kithure Kindiki on Friday. The Adviser conveyed Somalia's gratitude for the support, which he described as vital. He stressed that the African Union must keep its troops in Lower Shabelle.",
                &[d(&["Ahmed Osman"], &["African Union"], Humanitarian).or(Other).or(Counterterrorism).not_by(&["Kithure Kindiki"])],
            ),
        ],
    );
}

#[test]
fn a_lead_in_calling_on_a_party_over_a_list_of_asks() {
    check(
        "'Amnesty International is calling on the Nigerian authorities to: ⏎ • Release …': each line of the list is a demand of the lead-in's subject to the party it names, whatever the form of its verb; the lead-in asks nothing of its own",
        &[(
            "Nigeria: Deaths in Giwa barracks must end\n\nAmnesty International said today that 320 detainees died.\n\nAmnesty International is calling on the Nigerian authorities to:\n\n• Release all detainees held without charge at Giwa barracks;\n• Open an independent investigation into every death in custody since 2013.\n\nAmnesty International is calling on Boko Haram to:\n\n• Stop all deliberate attacks on civilians;\n• Release all abducted women and girls immediately.\n",
            &[
                d(&["Amnesty International"], &["Nigeria"], Humanitarian).text_has("Release all detainees"),
                d(&["Amnesty International"], &["Nigeria"], Justice).text_has("independent investigation"),
                d(&["Amnesty International"], &["Boko Haram"], Ceasefire).or(Humanitarian).text_has("Stop all deliberate attacks"),
                d(&["Amnesty International"], &["Boko Haram"], Humanitarian).text_has("abducted women"),
            ],
        )],
    );
}

#[test]
fn a_social_network_alone_on_its_line_issues_nothing() {
    check(
        "'Share ⏎ Twitter ⏎ Facebook' over a report: share buttons are no masthead; the body named on a line of its own below is the writer whose recommendations the lists make",
        &[(
            "Central Mali: Opening a Door to the Insurgents\n\nShare\nTwitter\nFacebook\n\nInternational Crisis Group\nDakar/Brussels, 6 July 2016\n\nThe insurgency in central Mali has spread since 2015.\n\nTo the Government of Mali:\n\n1. Open discreet talks with the FLM commanders.\n\n2. Return magistrates and teachers to Tenenkou.\n",
            &[
                d(&["International Crisis Group"], &["Mali"], Negotiation).not_by(&["Twitter"]),
                d(&["International Crisis Group"], &["Mali"], Other).or(Humanitarian).not_by(&["Twitter"]),
            ],
        )],
    );
}

#[test]
fn a_label_or_letters_set_off_after_a_name_are_no_speaker() {
    check(
        "'Rep. Marcia Wendt, D-Columbus, pressed …', 'the Crown prosecutor, Nicola Brandt, SC, asked …': a party-and-home label or a name's letters set off after it describe the one named; the name speaks",
        &[
            (
                "U.S. Rep. Marcia Wendt, D-Columbus, pressed the FBI to tell Congress how many investigations it has open.",
                &[d(&["Marcia Wendt"], &["FBI"], Justice).or(Other).not_by(&["D-Columbus"])],
            ),
            (
                "Reid said Tuesday that Senate Minority Leader Mitch McConnell, R-Kentucky, insisted on a floor vote on the amendment.",
                &[d(&["Mitch McConnell"], &[], Other).not_by(&["R-Kentucky"])],
            ),
            (
                "Sen. John Cornyn, R-Texas, urged the administration to designate the cartels.",
                &[d(&["John Cornyn"], &[], Sanctions).not_by(&["R-Texas"])],
            ),
            (
                "During the sentencing hearing, the Crown prosecutor, Nicola Brandt, SC, asked the court to impose a head sentence of at least 14 years.",
                &[d(&["Nicola Brandt"], &[], Justice).not_by(&["SC"])],
            ),
        ],
    );
}

#[test]
fn a_bare_government_in_a_parliamentary_answer_is_the_state() {
    check(
        "'Government has requested the Government of Canada to …': a written answer's 'Government' without its article is the state the answer is about, not a party named 'Government'",
        &[
            (
                "India's missions in Canada were attacked twice in March. Government has requested the Government of Canada to take action against the individuals involved.",
                &[d(&["India"], &["Canada"], Counterterrorism).or(Justice).not_by(&["Government"])],
            ),
            (
                "Indian diplomats in London were threatened again this week. Government has asked the UK side to prosecute those responsible for the attack on the High Commission.",
                &[d(&["India"], &["United Kingdom"], Justice).not_by(&["Government"])],
            ),
        ],
    );
}

#[test]
fn a_speech_given_in_full_below_is_its_speakers() {
    check(
        "'Below is the full text of the broadcast: ⏎ … I therefore call on …': the first person of a speech the text gives in full is the one the headline and the lede give it to, though the speech names others before it asks",
        &[(
            "FULL TEXT: Governor Danladi's state broadcast on abduction of Kagara schoolboys\n\nBy Daily Courier Reporter\nFebruary 18, 2021\n\nNiger State Governor Umar Faruk Danladi on Thursday addressed residents of the state in a live broadcast, a day after gunmen abducted 27 students.\n\nThe Presidency said on Wednesday that the President had directed the military to ensure the safe return of the captives.\n\nBelow is the full text of the broadcast:\n\nFellow citizens of Niger State,\n\nI have spoken with the President, with the Chief of Army Staff and with the Inspector General of Police, Mohammed Adamu.\n\nI therefore call on the Federal Government to deploy additional troops and air assets to the Kagara axis.\n\nI urge the parents of the abducted students to remain calm.\n",
            &[
                d(&["Umar Faruk Danladi"], &[], Counterterrorism).not_by(&["Mohammed Adamu"]),
                d(&["Umar Faruk Danladi"], &[], Other).or(Ceasefire).not_by(&["Mohammed Adamu"]),
            ],
        )],
    );
}

#[test]
fn a_peers_question_and_an_office_of_many_parts_in_a_parliaments_record() {
    check(
        "'Lord Penhallow (Con): My Lords, I beg leave to ask the Question standing in my name …' asks nothing; 'The Minister of State, Foreign, Commonwealth and Development Office (Lord Ashby of Tern) (Con): …' gives the floor to the member in brackets, whose obligations follow",
        &[
            (
                "Lord Penhallow (Con): My Lords, I beg leave to ask the Question standing in my name on the Order Paper.\n\nThe Minister of State, Foreign, Commonwealth and Development Office (Lord Ashby of Tern) (Con): My Lords, we are working with partners in the region. The Taliban must honour their commitment to allow safe passage to all who wish to leave.\n",
                &[d(&["Ashby of Tern"], &["Taliban"], Humanitarian).or(Other).not_by(&["Penhallow"])],
            ),
            (
                "Baroness Ashdown-Price (Lab): My Lords, I beg leave to ask the Question standing in my name on the Order Paper.\n\nThe Minister of State, Foreign and Commonwealth Office (Baroness Warsi) (Con): My Lords, Boko Haram must release the girls unharmed.\n",
                &[d(&["Warsi"], &["Boko Haram"], Humanitarian).not_by(&["Ashdown-Price"])],
            ),
        ],
    );
}

#[test]
fn demands_that_a_party_over_lines_of_verbs() {
    check(
        "'The CPP demands that the GRP: ⏎ (a) release forthwith …; (b) withdraw …': a demand's that-clause whose verbs the lines below give, in lower case, asks each line of that party",
        &[
            (
                "The Communist Party of the Philippines said in a statement on Saturday:\n\n\"The CPP demands that the GRP:\n(a) release forthwith the 392 political prisoners held on trumped-up charges;\n(b) withdraw its troops from the more than 500 barrios they have occupied.\"\n",
                &[
                    d(&["Communist Party of the Philippines"], &[], Humanitarian).or(Negotiation).text_has("political prisoners"),
                    d(&["Communist Party of the Philippines"], &[], Other).or(Ceasefire).text_has("withdraw its troops"),
                ],
            ),
            (
                "The Malaysian Bar Council demanded that the Government:\n\n(a) release those who are not charged with a recognisable criminal offence;\n(b) grant UNHCR immediate and unhindered access to all 23 men.\n",
                &[
                    d(&["Malaysian Bar Council"], &[], Humanitarian).or(Justice).text_has("release those"),
                    d(&["Malaysian Bar Council"], &[], Humanitarian).text_has("UNHCR"),
                ],
            ),
        ],
    );
}

#[test]
fn a_bodys_full_name_stops_at_the_sentence_before() {
    check(
        "'… said UPDF spokesman Lieutenant-Colonel Edison Mugabi. ⏎ The United Nations Organization Stabilization Mission … In a statement, the Mission called upon …': the capitalised words a body's full name is read back over end where the sentence before ends",
        &[(
            "\"We are only doing our duty as a neighbour,\" said UPDF spokesman Lieutenant-Colonel Edison Mugabi.\n\nThe United Nations Organization Stabilization Mission in the DRC (MONUSCO) said it was deeply concerned. In a statement, the Mission called upon the M23 to immediately cease all hostilities.\n",
            &[d(&["United Nations Organization Stabilization Mission"], &[], Ceasefire).not_by(&["Edison Mugabi"])],
        )],
    );
}

#[test]
fn a_party_and_its_modal_over_a_list_of_asks() {
    check(
        "'The Federal Government of Nigeria should: ⏎ • Stop …' in a report's recommendations: each line below is a demand of the report's writers to the party the lead line opens on; the lead line asks nothing of its own",
        &[
            (
                "Policy Brief\n\nHunger as a Weapon in the Lake Chad Basin\n\nBy Ifeoma Adeyemi-Clarke\n\nFood convoys to Monguno have been stopped four times since March.\n\nRecommendations\n\nThe Federal Government of Nigeria should:\n• Stop using food distribution in Maiduguri as a reward for political loyalty;\n• Prosecute soldiers involved in the looting of relief supplies.\n\nDonor governments, in particular Germany and Norway, need to:\n• Fund local organisations that already reach the islands of the lake.\n",
                &[
                    d(&["Ifeoma Adeyemi-Clarke"], &["Nigeria"], Humanitarian).or(Other).text_has("Stop using food distribution"),
                    d(&["Ifeoma Adeyemi-Clarke"], &["Nigeria"], Justice).text_has("Prosecute soldiers"),
                    d(&["Ifeoma Adeyemi-Clarke"], &["Germany", "Norway"], Humanitarian).or(Cooperation).text_has("Fund local organisations"),
                ],
            ),
            (
                "Niger: Detained Without Charge in Diffa\n\nBy Oumarou Sani-Lefèvre\n\nRecommendations\n\nThe Government of Niger must:\n- Release every detainee held without charge for more than six months;\n- Grant the ICRC access to all places of detention.\n\nThe writer is a researcher on the Sahel.\n",
                &[
                    d(&["Oumarou Sani-Lefèvre"], &["Niger"], Humanitarian).or(Justice).text_has("Release every detainee"),
                    d(&["Oumarou Sani-Lefèvre"], &["Niger"], Humanitarian).text_has("Grant the ICRC access"),
                ],
            ),
            (
                "OPINION | Sudan's generals are starving El Fasher\n\nBy Hanne Lykke-Ruud\n\nThe siege of El Fasher is in its second year.\n\nThe Sudanese Armed Forces and the Rapid Support Forces must:\n• Agree to an immediate ceasefire around the city;\n• Open safe corridors for civilians who wish to leave.\n",
                &[
                    d(&["Hanne Lykke-Ruud"], &["Sudanese Armed Forces", "Rapid Support Forces"], Ceasefire).text_has("immediate ceasefire"),
                    d(&["Hanne Lykke-Ruud"], &["Sudanese Armed Forces", "Rapid Support Forces"], Humanitarian).text_has("safe corridors"),
                ],
            ),
        ],
    );
}

#[test]
fn a_un_documents_paragraphs_are_the_body_its_head_names() {
    check(
        "A United Nations document, its symbol on the first line ('United Nations ⇥ CAT/C/XYZ/CO/2') and its body alone on a line of the head ('Committee against Torture'): 'The State party should …' in its paragraphs is that body's, with no sentence naming it as speaking; a paragraph that names its own speaker keeps it",
        &[
            (
                "United Nations\tCAT/C/XYZ/CO/2\nConvention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment\tDistr.: General\n12 May 2019\n\nOriginal: English\n\nCommittee against Torture\n\nConcluding observations on the second periodic report of Kenya\n\n5.\tThe State party should release all persons held in rehabilitation centres who have not been charged with an offence.\n\n6.\tThe State party must ensure that every allegation of torture by the police is investigated and that those responsible are prosecuted.\n",
                &[
                    d(&["Committee against Torture"], &[], Humanitarian).or(Justice).text_has("release all persons held"),
                    d(&["Committee against Torture"], &[], Justice).text_has("investigated"),
                ],
            ),
            (
                "United Nations\tCRC/C/IRQ/CO/2-4\nConvention on the Rights of the Child\tDistr.: General\n3 March 2015\n\nCommittee on the Rights of the Child\n\nConcluding observations on the report of Iraq\n\n40.\tThe State party should treat children associated with armed groups primarily as victims and ensure their reintegration.\n\n41.\tThe head of the delegation, Minister Hassan al-Shammari, called on the international community to fund the reintegration centres.\n",
                &[
                    d(&["Committee on the Rights of the Child"], &[], Humanitarian).or(Counterterrorism).or(Justice).text_has("treat children associated"),
                    d(&["Hassan al-Shammari"], &[], Humanitarian).or(Negotiation).or(Cooperation).text_has("fund the reintegration centres").not_by(&["Committee on the Rights of the Child"]),
                ],
            ),
        ],
    );
}

#[test]
fn a_reviews_recommendation_is_the_states_its_brackets_name() {
    check(
        "A periodic review's recommendation line, '128.4 Ratify the Convention … (Ghana) (Chile);': the line opens on the verb of what is asked and the brackets closing it name the states asking; a line closing on a bracket that names no party, or opening on no verb, asks nothing",
        &[
            (
                "Report of the Working Group on the Universal Periodic Review: Ruritania\n\nII. Conclusions and/or recommendations\n\n128. The following recommendations will be examined by Ruritania:\n128.1\tRatify the Optional Protocol to the Convention against Torture (Ghana);\n128.2\tAbolish the death penalty for terrorism-related offences (Portugal) (Iceland);\n128.3\tContinue to promote dialogue between the central government and the regions (Iran (Islamic Republic of));\n128.4\tInvestigate all allegations of enforced disappearance and bring those responsible to justice (United Kingdom of Great Britain and Northern Ireland).\n",
                &[
                    d(&["Ghana"], &[], Other).or(Negotiation).or(Humanitarian).text_has("Ratify the Optional Protocol"),
                    d(&["Portugal", "Iceland"], &[], Justice).or(Other).or(Humanitarian).text_has("Abolish the death penalty"),
                    d(&["Iran"], &[], Negotiation).text_has("promote dialogue"),
                    d(&["United Kingdom"], &[], Justice).text_has("Investigate all allegations"),
                ],
            ),
            (
                "Recommendations that enjoy the support of Ruritania\n\n- Guarantee safe and unimpeded humanitarian access to the northern districts (Qatar);\n- Strengthen cooperation with neighbouring countries to cut off the financing of terrorist groups (Kenya) (Egypt).\n",
                &[
                    d(&["Qatar"], &[], Humanitarian).text_has("Guarantee safe and unimpeded humanitarian access"),
                    d(&["Kenya", "Egypt"], &[], Counterterrorism).or(Sanctions).or(Cooperation).text_has("Strengthen cooperation"),
                ],
            ),
            (
                "Timeline\n\n- Ratified the Convention against Torture (2004);\n- Adopted the counter-terrorism law (see annex II).\n- Visit of the Special Rapporteur (March 2019).\n",
                &[],
            ),
        ],
    );
}

#[test]
fn a_reports_recommendations_are_the_body_that_did_its_research() {
    check(
        "A report's web page with no byline: 'Crisis Group has documented …', 'Relatives told Crisis Group …' name the body whose recommendations 'To the Government of Niger:' lists, not the state of its dateline; a body alone on a line of its masthead writes lists headed 'To the governments of …' without a colon",
        &[
            (
                "Niger: Detention Without Trial in Tillabéri\n\nAfrica Report N°312 | Niamey/Brussels, 4 May 2021\n\nSince 2019 the army has detained hundreds of herders. Crisis Group has documented forty cases of men held for more than a year. Relatives told Crisis Group that they had not been allowed to visit.\n\nRecommendations\n\nTo the Government of Niger:\n\n1. Release every detainee held without charge for more than six months.\n2. Grant the ICRC access to all places of detention.\n\nTo donor governments:\n\n3. Make further military assistance conditional on credible investigations.\n",
                &[
                    d(&["International Crisis Group"], &["Niger"], Humanitarian).or(Justice).text_has("Release every detainee").not_by(&["Niger"]),
                    d(&["International Crisis Group"], &["Niger"], Humanitarian).text_has("Grant the ICRC access"),
                    d(&["International Crisis Group"], &[], Justice).or(Other).text_has("conditional on credible investigations"),
                ],
            ),
            (
                "Handling defections around Lake Chad\n\nPolicy Note 14 | April 2024\nInstitute for Sahel and Chad Basin Studies\n\nMore than 100,000 people have left the camps since 2021.\n\nRecommendations\n\nTo the governments of Nigeria, Cameroon and Chad\n\n• Agree on common screening criteria for those who leave the camps.\n• Prosecute defectors suspected of serious crimes before civilian courts.\n\nTo donors\n\n• Support community reconciliation alongside reintegration packages.\n",
                &[
                    d(&["Institute for Sahel and Chad Basin Studies"], &["Nigeria", "Cameroon", "Chad"], Other).or(Justice).text_has("common screening criteria"),
                    d(&["Institute for Sahel and Chad Basin Studies"], &["Nigeria", "Cameroon", "Chad"], Justice).text_has("Prosecute defectors"),
                    d(&["Institute for Sahel and Chad Basin Studies"], &[], Negotiation).or(Other).or(Humanitarian).text_has("community reconciliation"),
                ],
            ),
            (
                "Ethiopia's Tigray Ceasefire Holds\n\nBriefing N°97 | Nairobi, 3 March 2023\n\nTigrayan officials told Crisis Group that aid convoys now reach Mekelle weekly. Crisis Group interviews in Shire suggest that Eritrean troops remain.\n\nRecommendations\n\nTo the federal government:\n\n- Withdraw Eritrean troops from all Tigrayan districts.\n\n© 2023, International Crisis Group\n",
                &[d(&["International Crisis Group"], &[], Other).or(Ceasefire).text_has("Withdraw Eritrean troops").not_by(&["Kenya"])],
            ),
            (
                "Recruitment online: what Central Asian states can do\n\nBy Dilnoza Rakhimova\n\nRecommendations\n\nTo the Government of Türkiye\n\n6. Ankara has to close the facilitation networks in Istanbul that move recruits.\n\nTo Telegram and other platforms\n\n7. Telegram must remove Uzbek-language ISKP channels within hours of being notified.\n\nDilnoza Rakhimova is a senior fellow at the Caspian Policy Institute.\n",
                &[
                    d(&["Dilnoza Rakhimova"], &["Turkey"], Counterterrorism).or(Other).text_has("close the facilitation networks"),
                    d(&["Dilnoza Rakhimova"], &[], Counterterrorism).or(Other).text_has("remove Uzbek-language"),
                ],
            ),
        ],
    );
}

#[test]
fn an_interviews_unlabelled_answers_are_the_interviewees() {
    check(
        "An interview printed as question paragraphs and answer paragraphs with no labels ('… spoke to The Hindu. Excerpts:', 'Interview by …'): what an answer asks, in the first person or as an obligation, is the interviewee's — the person the sentence saying it is an interview names ('The Diplomat spoke with X', whatever 'dominated by' came before), never its interviewer; a news story's rhetorical questions make no interview",
        &[
            (
                "'Islamabad must hand over the planners'\n\nRakesh Venkataraman\nNEW DELHI, DECEMBER 2, 2008\n\nFormer envoy on what New Delhi should demand after the Mumbai attacks\n\nA week after gunmen attacked hotels and a railway station in Mumbai, the government has asked Pakistan to hand over some twenty fugitives. Prime Minister Yousuf Raza Gilani has offered a joint investigation. Anil Deshpande, a former High Commissioner to Pakistan, spoke to The Hindu. Excerpts:\n\nIs the offer of a joint investigation a serious one?\n\nWe have heard such offers before. Islamabad must hand over the planners of this attack, and it must shut down the Lashkar-e-Taiba's training camps in Muridke.\n\nWhat should New Delhi do next?\n\nWe should ask the United States to put real pressure on the Pakistani army. The Security Council has to list the Jamaat-ud-Dawa as a front of the Lashkar.\n",
                &[
                    d(&["India"], &["Pakistan"], Justice).text_has("twenty fugitives"),
                    d(&["Anil Deshpande"], &["Pakistan"], Justice).text_has("hand over the planners").not_by(&["India"]),
                    d(&["Anil Deshpande"], &["United States"], Other).or(Counterterrorism).text_has("real pressure"),
                    d(&["Anil Deshpande"], &["UN Security Council"], Sanctions).or(Counterterrorism).text_has("list the Jamaat-ud-Dawa"),
                ],
            ),
            (
                "Kenya's foreign minister: 'Al-Shabaab will not decide our borders'\n\nIn an interview with the Daily Courier, the minister explains why Nairobi is keeping its troops in Somalia.\n\nInterview by Peter Otieno-Walker\n\nPublished on March 3, 2012\n\nKenya's foreign minister, Amina Wekesa-Odhiambo, returned from Mogadishu on Friday.\n\nWill Kenya withdraw its troops before the elections?\n\nNo. We urge the Transitional Federal Government to take over the towns we have secured, and we call on our partners to fund the African Union mission properly.\n\nAnd the refugees in Dadaab?\n\nThey must be allowed to go home when it is safe, not before.\n",
                &[
                    d(&["Amina Wekesa-Odhiambo", "Kenya"], &["Transitional Federal Government"], Other).or(Cooperation).not_by(&["Peter Otieno-Walker"]),
                    d(&["Amina Wekesa-Odhiambo", "Kenya"], &[], Cooperation).or(Other).text_has("fund the African Union mission"),
                    d(&["Amina Wekesa-Odhiambo", "Kenya"], &[], Humanitarian).text_has("allowed to go home"),
                ],
            ),
            (
                "Interview\n\nDelay feeds the extremists, says Moro negotiator\n\nBy Katrina Soon-Villamor\nJuly 20, 2017\n\nOn Monday, a commission dominated by the Moro Islamic Liberation Front handed President Rodrigo Duterte a new draft of the Bangsamoro law. The Diplomat spoke with Ebrahim Dalandas, a member of the MILF's peace panel, in Cotabato City.\n\nWhat happens next?\n\nWe urge Congress to pass the law before the end of the year. The army must allow the evacuees to return home.\n\nAre some of the gunmen in MILF areas?\n\nNo. I appeal to the young men who joined them to come home while they still can.\n",
                &[
                    d(&["Ebrahim Dalandas"], &[], Other).text_has("pass the law").not_by(&["Rodrigo Duterte"]),
                    d(&["Ebrahim Dalandas"], &[], Other).or(Humanitarian).text_has("allow the evacuees"),
                    d(&["Ebrahim Dalandas"], &[], Humanitarian).or(Other).text_has("come home"),
                ],
            ),
            ("Pakistan court frees suspect in Mumbai case\n\nISLAMABAD, April 9 (Reuters) - A Pakistani court freed a suspect in the 2008 Mumbai attacks on Thursday, lawyer Rizwan Abbasi said.\n\nWho will pay for the delays?\n\nThe families of the victims have waited for seven years. India must now decide how it responds.\n\nWhy did the court act now?\n\nNobody has said.\n", &[]),
        ],
    );
}

#[test]
fn a_transcripts_turn_headings_alone_on_their_lines_give_the_floor() {
    check(
        "A transcript printed with each turn's heading alone on its line between blank lines ('Prime Minister', 'President Kenyatta (as interpreted)', 'Question'): what each turn asks is its speaker's, and a journalist's turn is no one's the text knows",
        &[(
            "Nairobi security conference: closing press conference\n\nTranscript of the press conference given by the British Prime Minister, Theresa May, and the President of Kenya, Uhuru Kenyatta, at the close of the Nairobi conference on Somalia.\n\nPrime Minister\n\nGood afternoon. We agreed today to fund the African Union mission for another year. Al-Shabaab must release the aid workers it is holding.\n\nPresident Kenyatta (as interpreted)\n\nThank you, Prime Minister. I urge our partners to pay their pledges to the mission before the rains.\n\nQuestion\n\nSarah from Sky News. President Kenyatta, will Kenya withdraw its troops?\n\nPresident Kenyatta (as interpreted)\n\nNo. The Somali government must take over the towns we have secured first.\n",
            &[
                d(&["Theresa May", "United Kingdom"], &["Al-Shabaab"], Humanitarian).text_has("release the aid workers"),
                d(&["Uhuru Kenyatta", "Kenya"], &[], Other).or(Cooperation).text_has("pay their pledges"),
                d(&["Uhuru Kenyatta", "Kenya"], &["Somalia"], Other).text_has("take over the towns"),
            ],
        )],
    );
}

#[test]
fn a_members_question_asking_a_minister_to_ask_a_third_party() {
    check(
        "'Will the Minister urge the Nigerian authorities to …?' in a debate record: a member's question asking a minister to ask a third party is the member's own ask; a question for information asks nothing, nor does a news story's rhetorical one",
        &[
            (
                "Baroness Okonjo-Hale (Lab): My Lords, will the Minister urge the Nigerian authorities to put the rescue of these girls ahead of every other consideration?\n\nBaroness Verity (Con): My Lords, we are in daily contact with Abuja.\n",
                &[d(&["Okonjo-Hale"], &[], Humanitarian).or(Other).text_has("Nigerian authorities").not_by(&["Verity"])],
            ),
            (
                "Lord Penhallow (Con): Will the Government make a renewed call on China and Russia, at the Security Council, to hold the Taliban to their word?\n\nLord Asquith-Reay (LD): Will my noble friend also press the Government of Pakistan to keep the Torkham crossing open?\n",
                &[
                    d(&["Penhallow"], &[], Counterterrorism).or(Other).text_has("China and Russia"),
                    d(&["Asquith-Reay"], &[], Other).or(Humanitarian).text_has("Torkham crossing"),
                ],
            ),
            (
                "Lord Penhallow (Con): Will the Minister tell the House how many visas have been issued?\n\nWill the president ask Congress to fund the wall? Nobody in Washington knows.\n",
                &[],
            ),
        ],
    );
}

#[test]
fn a_peers_territorial_designation_is_part_of_the_name() {
    check(
        "'(Lord Pennington of Alvecote) (Con):', 'Lord Pennington of Alvecote:': a peer's name runs past 'of' to the place the title is taken from, so each turn of the debate is that one peer's",
        &[(
            "The Minister of State, Home Office (Lord Pennington of Alvecote) (Con): My Lords, the Taliban must allow safe passage to all who hold British papers.\n\nBaroness Greaves (LD): My Lords, will the Minister urge Islamabad to keep the Torkham crossing open?\n\nLord Pennington of Alvecote: My Lords, Qatar must help restore civilian flights from Kabul.\n",
            &[
                d(&["Pennington of Alvecote"], &["Taliban"], Humanitarian).not_by(&["Pennington"]),
                d(&["Greaves"], &[], Other).or(Humanitarian).text_has("Torkham"),
                d(&["Pennington of Alvecote"], &["Qatar"], Humanitarian).or(Cooperation),
            ],
        )],
    );
}

#[test]
fn an_outlet_that_asks_in_its_own_voice_is_a_party() {
    check(
        "'Dawn urged the government to …', 'The Hindu, the Chennai daily, called on the Centre to …' in a press review: an outlet asking in its own voice is a party; one the text only cites ('…, Xinhua said') stays a source",
        &[
            (
                "From the papers: Abbottabad inquiry\n\nIn its editorial, Dawn urged the government to hold the inquiry in public. The Hindu, the Chennai daily, called on the Centre to resume the dialogue with Islamabad.\n",
                &[
                    d(&["Dawn"], &[], Justice).or(Other).text_has("hold the inquiry"),
                    d(&["The Hindu"], &[], Negotiation).text_has("resume the dialogue"),
                ],
            ),
            (
                "Kabul, May 3 (Xinhua) -- The Afghan government must act against the kidnappers, a provincial official told Xinhua on Sunday.\n",
                &[d(&["provincial official"], &["Afghanistan"], Counterterrorism).or(Justice).not_by(&["Xinhua"])],
            ),
        ],
    );
}

#[test]
fn a_telegram_signed_with_a_surname_in_capitals_is_its_writers() {
    check(
        "A diplomatic telegram ('SUBJECT: …', numbered paragraphs) signed with its writer's surname alone in capitals ('PEMBERTON'): its 'I urged the Minister …' and its unattributed obligations are the writer's; 'End summary.' asks nothing",
        &[(
            "RESTRICTED\n\nFROM: NIAMEY\nTO: FCO TELNO 112\nOF: 140930Z MAY 14\n\nSUBJECT: NIGER: HMA'S CALL ON THE INTERIOR MINISTER – BOKO HARAM AND THE DIFFA BORDER\n\nSUMMARY\n\n1. I urged the Minister to open the Diffa camps to the ICRC within the week. End summary.\n\nDETAIL\n\n2. The Minister, Mohamed Bazoum, said that Nigeria must close its side of the border at Damasak.\n\n3. London should press Abuja to share intelligence on Boko Haram commanders crossing into Diffa.\n\nPEMBERTON\n",
            &[
                d(&["PEMBERTON"], &[], Humanitarian).or(Other).text_has("Diffa camps").not_by(&["SUMMARY"]),
                d(&["Mohamed Bazoum"], &["Nigeria"], Other).or(Counterterrorism).text_has("close its side"),
                d(&["PEMBERTON"], &["United Kingdom"], Cooperation).or(Counterterrorism).text_has("share intelligence"),
            ],
        )],
    );
}

#[test]
fn speaker_a_given_name_alone_saying() {
    check(
        "speaker: 'Wahyu Setiadi … Wahyu said …. “…,” he said': a given name alone before a verb of saying is the person who bears it, whom the next 'he' goes on with",
        &[
            (
                "Wahyu Setiadi leads the survivors' foundation.\n\nWahyu said the foundation had written to President Joko Widodo in July. \"We ask the President to keep the promise made by the state,\" he said.",
                &[d(&["Wahyu Setiadi"], &["Joko Widodo"], Other).or(Humanitarian)],
            ),
            (
                "Somchai Pongsak organised the vigil for the victims.\n\nSomchai said relatives had met police chief Anan Chaiyo on Friday. \"We want the investigation reopened,\" he said. He asked the prime minister to order a new inquiry.",
                &[d(&["Somchai Pongsak"], &[], Justice).not_by(&["Anan Chaiyo"])],
            ),
            (
                "Kittisak Boonmee spoke for the families at the memorial.\n\nKittisak said the families had met the company's chief executive, Erik Lund, in March. \"We ask the company to publish its own inquiry,\" he said.",
                &[d(&["Kittisak Boonmee"], &[], Justice).not_by(&["Erik Lund"])],
            ),
        ],
    );
}

#[test]
fn speaker_he_in_the_paragraph_after_a_quoted_demand() {
    check(
        "speaker: '“We ask the President …,” he said. ¶ He also called on …': the next paragraph goes on with the one who asked just before, not with the one the quotation named",
        &[
            (
                "Daniel Mwangi said the families had written to President Ruto in May. \"We ask the President to keep the promise made to our children,\" he said.\n\nHe also called on the police to publish the investigation report.",
                &[d(&["Daniel Mwangi"], &[], Other), d(&["Daniel Mwangi"], &[], Justice).not_by(&["Ruto"])],
            ),
            (
                "Carlos Ibarra said the committee had sent a letter to Minister Pedro Salas. \"We want the minister to visit the camps,\" he said.\n\nHe also urged donors to fund the shelters before the rains.",
                &[d(&["Carlos Ibarra"], &[], Other).or(Humanitarian), d(&["Carlos Ibarra"], &[], Humanitarian).or(Cooperation).not_by(&["Pedro Salas"])],
            ),
            (
                "Amina Yusuf said the association had met Governor Bello Matawalle last week. \"We ask the governor to send troops to the villages,\" she said.\n\nShe also asked the federal government to compensate the victims' families.",
                &[d(&["Amina Yusuf"], &[], Counterterrorism).or(Humanitarian).or(Other), d(&["Amina Yusuf"], &[], Humanitarian).not_by(&["Bello Matawalle"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_un_agency_by_its_description_in_any_spelling() {
    check(
        "speaker: 'The United Nations refugee agency', 'the U.N. migration agency', 'the United Nations nuclear watchdog': the agency described, however the UN is written",
        &[
            (
                "NAIROBI – The United Nations refugee agency has called on the Government of Kenya to reconsider its decision to close the camps.",
                &[d(&["UNHCR"], &["Kenya"], Humanitarian).or(Other)],
            ),
            (
                "GENEVA – The United Nations migration agency urged European governments to open safe routes for people fleeing the fighting.",
                &[d(&["International Organization for Migration"], &[], Humanitarian).or(Other)],
            ),
            (
                "VIENNA – The United Nations nuclear watchdog called on Iran to resume its cooperation with the inspectors.",
                &[d(&["IAEA"], &["Iran"], Cooperation).or(Other)],
            ),
        ],
    );
}

#[test]
fn speaker_a_legislator_by_the_letters_of_the_house() {
    check(
        "speaker: 'Likud MK Yoav Peretz', 'PTI MPA Fazal Khan', 'Provincial Board Member X': the house's letters or office before a name are a title, no part of the name",
        &[
            (
                "Likud MK Yoav Peretz urged the government to bring the captives home before any agreement.",
                &[d(&["Yoav Peretz"], &[], Humanitarian).or(Ceasefire).or(Other).not_by(&["Likud MK Yoav Peretz"])],
            ),
            (
                "PESHAWAR – PTI MPA Fazal Khan demanded that the provincial government compensate the traders whose shops were destroyed.",
                &[d(&["Fazal Khan"], &[], Humanitarian).or(Other).not_by(&["PTI MPA Fazal Khan"])],
            ),
            (
                "Lanao del Sur Provincial Board Member Jamael Dimalotang urged the national government to release the compensation promised to families.",
                &[d(&["Jamael Dimalotang"], &[], Humanitarian).not_by(&["Member Jamael Dimalotang"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_body_where_it_is_based_named_before_it() {
    check(
        "speaker: 'Paris-based Reporters Without Borders urged …': where a body sits is no party of what it asks",
        &[
            (
                "Paris-based Reporters Without Borders urged the Swedish authorities not to close the site without a court decision.",
                &[d(&["Reporters Without Borders"], &["Sweden"], Other).or(Humanitarian).not_by(&["France"])],
            ),
            (
                "London-based Amnesty International called on the authorities to release the detained journalists.",
                &[d(&["Amnesty International"], &[], Humanitarian).not_by(&["United Kingdom"])],
            ),
            (
                "New York-based Human Rights Watch urged Kenya to investigate the killings of the three activists.",
                &[d(&["Human Rights Watch"], &["Kenya"], Justice).not_by(&["United States"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_body_whose_name_runs_past_a_preposition() {
    check(
        "speaker: 'The Platform of Women for Peace in Casamance implored …', 'The Collective of Victims of Terrorism asked …': a body's whole name, not the words before its second preposition",
        &[
            (
                "The Platform of Women for Peace in Casamance implored the fighters to lay down their arms for good.",
                &[d(&["Platform of Women for Peace"], &[], Ceasefire).not_by(&["Platform of Women"])],
            ),
            (
                "The Network of Lawyers for Human Rights pleaded with the court to release the students on bail.",
                &[d(&["Network of Lawyers for Human Rights"], &[], Humanitarian).or(Justice).not_by(&["Network of Lawyers"])],
            ),
            (
                "The Collective of Victims of Terrorism called the conference an insult and asked the government to ban it.",
                &[d(&["Collective of Victims of Terrorism"], &[], Sanctions).or(Other).not_by(&["Collective of Victims"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_national_in_a_place_is_no_body() {
    check(
        "speaker: 'Kidnapped South Korean in Libya urges …': a nationality and the place after 'in' name no body, where 'the Islamic Resistance in Iraq' does",
        &[
            (
                "Kidnapped South Korean in Libya urges Seoul to help free him\n\nSEOUL, Aug. 2 (Yonhap) -- Kim Jong-su, a South Korean engineer kidnapped in Libya last month, urged the government in a video released on Thursday to help free him.",
                &[d(&["Kim Jong-su"], &[], Humanitarian)],
            ),
            (
                "Abducted Nigerian in Mali pleads with Abuja to pay the ransom\n\nABUJA – Musa Danjuma, a Nigerian driver abducted in central Mali in May, pleaded with the federal government in a video on Monday to pay the ransom his captors demand.",
                &[d(&["Musa Danjuma"], &[], Humanitarian).or(Sanctions).or(Other)],
            ),
            (
                "The Islamic Resistance in Iraq demanded that US forces leave the country by the end of the year.",
                &[d(&["Islamic Resistance in Iraq"], &[], Ceasefire).or(Other).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn category_footage_and_clips_taken_down_act_against_a_group() {
    check(
        "take these videos down, the removal of clips, videos of an attack: content taken down is counterterrorism, however it is named",
        &[
            (
                "The security ministry has asked TikTok and YouTube to take the recruitment videos down within hours.",
                &[d(&["security ministry"], &[], Counterterrorism)],
            ),
            (
                "Australia's online safety regulator asked X to remove videos of the stabbing from its service by Friday.",
                &[d(&["Australia"], &[], Counterterrorism)],
            ),
            (
                "Nairobi demanded the removal of 318 clips and the suspension of the accounts that posted them.",
                &[d(&["Kenya"], &[], Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn category_care_reparations_and_rights_are_humanitarian() {
    check(
        "reparations, counselling, consular access, non-refoulement, freedom of movement: what is owed to people is humanitarian",
        &[
            (
                "The survivors' association called on the government to pay the reparations ordered by the courts.",
                &[d(&["survivors' association"], &[], Humanitarian)],
            ),
            (
                "Paris urged Tehran to allow French consular officials to visit the detained researcher.",
                &[d(&["France"], &["Iran"], Humanitarian)],
            ),
            (
                "UNHCR urged Nairobi to respect the principle of non-refoulement.",
                &[d(&["UNHCR"], &["Kenya"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn category_an_account_asked_of_the_authorities_is_justice() {
    check(
        "'has to explain why', 'tell Kenyans who', 'publish its findings': an account of a failure asked of the authorities is justice",
        &[
            (
                "The opposition leader said the interior ministry must explain why the warnings were not acted on.",
                &[d(&["opposition leader"], &[], Justice)],
            ),
            (
                "\"The police have to tell Kenyans who received these warnings,\" Senator Ali Wario said.",
                &[d(&["Ali Wario"], &[], Justice)],
            ),
            (
                "The families urged the commission to make its findings public before the anniversary.",
                &[d(&["families"], &[], Justice)],
            ),
        ],
    );
}

#[test]
fn speaker_a_quotation_after_a_sentence_about_one_person() {
    check(
        "speaker: 'Yıldız had one more request. “It is time for Ankara to …”': a quotation opening its sentence, attributed to no one, is the person the sentence before was about",
        &[
            (
                "Serhat Yildiz runs a tea house in Diyarbakir. Officials from the governor's office visit him often.\n\nYildiz had one more request. \"It is time for Ankara to let Kurdish children learn in their mother tongue.\"",
                &[d(&["Serhat Yildiz"], &["Turkey"], Humanitarian).or(Other)],
            ),
            (
                "Moussa Diarra was held for five months by JNIM fighters. The army says it is searching the forest.\n\nDiarra has not forgotten his village. \"The state should come back to our villages with teachers and nurses.\"",
                &[d(&["Moussa Diarra"], &[], Humanitarian).or(Other).not_by(&["JNIM"])],
            ),
            (
                "Nasser Al Qadhi negotiated the release of 300 detainees last year. The Saudi-led coalition praised his work.\n\nAl Qadhi remains angry. \"It is time for the international community to stop treating the detainees as a footnote.\"",
                &[d(&["Nasser Al Qadhi"], &[], Humanitarian).or(Other).not_by(&["Saudi Arabia"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_states_named_body_after_its_possessive() {
    check(
        "speaker: 'Greece's Central Board of Jewish Communities (KIS) asked …', 'Mexico's National Human Rights Commission called for …': a body a state's possessive opens speaks, not the state",
        &[
            (
                "Greece's Central Board of Jewish Communities (KIS) on Monday asked the authorities to step up protection of synagogues and Jewish schools.",
                &[d(&["Central Board of Jewish Communities"], &[], Humanitarian)],
            ),
            (
                "Mexico's National Human Rights Commission called for an investigation into complaints that soldiers had beaten three teenagers.",
                &[d(&["National Human Rights Commission"], &[], Justice)],
            ),
            (
                "Haiti's National Human Rights Defense Network demanded that the justice ministry open an investigation into the massacre.",
                &[d(&["National Human Rights Defense Network"], &[], Justice)],
            ),
        ],
    );
}

#[test]
fn speaker_a_known_body_whose_words_read_as_verbs() {
    check(
        "speaker: 'Save the Children said it hoped …', 'Doctors Without Borders said …': a body the lists know is a name, not an imperative, so its 'it' is itself",
        &[
            (
                "Syria has asked Sweden to take back its citizens. Save the Children said on Tuesday it hoped the next Swedish government would bring the children home.",
                &[
                    d(&["Syria"], &["Sweden"], Humanitarian).or(Other).or(Counterterrorism),
                    d(&["Save the Children"], &[], Humanitarian).not_by(&["Syria"]),
                ],
            ),
            (
                "Pakistan has asked Kabul to hand over the suspects. Reporters Without Borders said it hoped the authorities would release the journalist.",
                &[
                    d(&["Pakistan"], &["Afghanistan"], Justice),
                    d(&["Reporters Without Borders"], &[], Humanitarian).not_by(&["Pakistan"]),
                ],
            ),
            (
                "Sudan has asked Chad to close the border. Doctors Without Borders said it hoped the army would let its trucks through.",
                &[
                    d(&["Sudan"], &["Chad"], Counterterrorism).or(Other).or(Cooperation),
                    d(&["Doctors Without Borders"], &[], Humanitarian).not_by(&["Sudan"]),
                ],
            ),
        ],
    );
}

#[test]
fn speaker_a_candidate_set_off_by_commas() {
    check(
        "speaker: 'The Socialist candidate, Andres Salvatierra, flew to … He urged …': a candidate named in apposition is a person, whom the next 'he' goes on with",
        &[
            (
                "The Socialist candidate, Andres Salvatierra, flew to Ordizia to attend the funeral. He urged the prime minister to reconvene the parties.",
                &[d(&["Andres Salvatierra"], &[], Negotiation).or(Other)],
            ),
            (
                "The opposition's presidential candidate, Nandana Herath, addressed a rally in Matara. He demanded that the government proscribe the LTTE immediately.",
                &[d(&["Nandana Herath"], &[], Sanctions)],
            ),
            (
                "The Green candidate, Liisa Virtanen, visited the refugee centre on Monday. She called on the government to bring the children home from the camps.",
                &[d(&["Liisa Virtanen"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_a_body_whose_field_lists_its_words() {
    check(
        "speaker: 'The Kaduna Chamber of Commerce, Industry, Mines and Agriculture called on …': commas before the last 'and' of a body's field are part of its name",
        &[
            (
                "The Kaduna Chamber of Commerce, Industry, Mines and Agriculture called on the Federal Government to deploy troops to clear the forests.",
                &[d(&["Kaduna Chamber of Commerce, Industry, Mines and Agriculture"], &[], Counterterrorism).not_by(&["Kaduna Chamber of Commerce"])],
            ),
            (
                "The Ministry of Information, Culture and Tourism urged media outlets not to publish the propaganda of the Khawarij.",
                &[d(&["Ministry of Information, Culture and Tourism"], &[], Counterterrorism).or(Other).not_by(&["Ministry of Information"])],
            ),
            (
                "The Federation of Chambers of Commerce, Industry and Agriculture urged the government to restore security on the highways.",
                &[d(&["Federation of Chambers of Commerce, Industry and Agriculture"], &[], Humanitarian).or(Counterterrorism).or(Other)],
            ),
        ],
    );
}

#[test]
fn speaker_a_platform_acting_is_a_company() {
    check(
        "speaker: 'Twitter urged …', 'Meta asked …', 'Twitter said …. The company urged …': a platform before a verb is the company speaking, where 'on Telegram', 'its Telegram channel' is where one spoke",
        &[
            (
                "Twitter urged the Turkish authorities to lift the ban on the service.",
                &[d(&["Twitter"], &["Turkey"], Sanctions).or(Other)],
            ),
            (
                "Meta asked the government to restore access to its services before the elections.",
                &[d(&["Meta"], &[], Other).or(Humanitarian)],
            ),
            (
                "Twitter said it had blocked 40 accounts in Turkey. The company also urged Turkish authorities to use the narrowest possible measures.",
                &[d(&["Twitter"], &["Turkey"], Other)],
            ),
            (
                "The Islamic State claimed the attack on Sunday. In a post on its Telegram channel the group demanded that the government stop sending shells to Ukraine.",
                &[d(&["Islamic State"], &[], Ceasefire).or(Other).not_by(&["Telegram"])],
            ),
        ],
    );
}

#[test]
fn a_second_verb_of_asking_after_a_that_clause() {
    check(
        "verbs: 'demanded that the government publish the figures and called for an inquiry': a verb in a tense of its own after 'and' is the speaker's second, not the clause's",
        &[
            (
                "Opposition MP Kossi Agbeko demanded that the government publish the casualty figures and called for a parliamentary inquiry into the raid.",
                &[
                    d(&["Kossi Agbeko"], &[], Other).or(Justice).text_lacks("inquiry"),
                    d(&["Kossi Agbeko"], &[], Justice).text_has("inquiry"),
                ],
            ),
            (
                "The bishops' council demanded that the army withdraw from the villages and urged the rebels to free the catechists.",
                &[
                    d(&["bishops' council"], &[], Ceasefire).or(Other).text_lacks("catechists"),
                    d(&["bishops' council"], &[], Humanitarian).text_has("catechists"),
                ],
            ),
            (
                "Senator Alma Reyes asked that the hostages be exchanged through the Red Cross and pressed the government to resume talks with the rebels.",
                &[
                    d(&["Alma Reyes"], &[], Humanitarian).or(Ceasefire).text_lacks("talks"),
                    d(&["Alma Reyes"], &[], Negotiation).or(Other).text_has("talks"),
                ],
            ),
            // The clause's own verb of asking keeps the base form: what the first asks.
            (
                "The minister demanded that the Centre seek the extradition of the plotters and press Dhaka to act.",
                &[],
            ),
        ],
    );
}

#[test]
fn speaker_a_bodys_office_no_one_is_named_holding() {
    check(
        "speaker: 'The UN Special Envoy for Yemen called on …': an office of a body that no one named holds is a person of its own, speaking for the body; 'the UN chief' is the UN Secretary-General",
        &[
            (
                "The UN Special Envoy for Yemen called on all parties to exercise restraint. The envoy also urged the Houthis to reopen the roads into Taiz.",
                &[
                    d(&["UN Special Envoy for Yemen", "United Nations"], &[], Ceasefire).not_by(&["Yemen"]),
                    d(&["UN Special Envoy for Yemen", "United Nations"], &["Houthis"], Humanitarian),
                ],
            ),
            (
                "The UN High Commissioner for Human Rights urged Iraq to halt the executions of the convicted men.",
                &[d(&["UN High Commissioner for Human Rights", "United Nations"], &["Iraq"], Humanitarian).or(Justice)],
            ),
            (
                "The UN chief strongly condemned the attack and called on the countries of the region to strengthen their cooperation, the spokesman for the UN Secretary-General said.",
                &[d(&["UN Secretary-General", "United Nations"], &[], Cooperation).or(Counterterrorism)],
            ),
            // A holder set off by commas right after the title is the one who speaks.
            (
                "The UN Special Envoy for Syria, Mirela Stanek, called on Israel to respect the 1974 Disengagement Agreement.",
                &[d(&["Mirela Stanek", "United Nations"], &["Israel"], Other).or(Ceasefire).not_by(&["UN Special Envoy for Syria"])],
            ),
        ],
    );
}

#[test]
fn speaker_the_body_that_gathers_the_subject() {
    check(
        "speaker: 'A group of 106 retired civil servants, writing under the banner of the Constitutional Conduct Group, has urged …': the body set off as leading or gathering the people of the subject speaks for them",
        &[
            (
                "A group of 106 retired civil servants, writing under the banner of the Constitutional Conduct Group, has urged the President not to give his assent to the amendment.",
                &[d(&["Constitutional Conduct Group"], &[], Other).or(Justice)],
            ),
            (
                "More than 100 MPs and peers, led by the All-Party Parliamentary Group on Hostages, urged the foreign secretary to repatriate the children held in the camps.",
                &[d(&["All-Party Parliamentary Group on Hostages"], &[], Humanitarian)],
            ),
            (
                "Dozens of writers, organised by the Free Expression Forum, called on the rebels to release the journalist unharmed.",
                &[d(&["Free Expression Forum"], &[], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn speaker_another_states_party_of_a_listed_name() {
    check(
        "speaker: 'The Sudanese Congress Party hoped …': a party's short name after another state's demonym is that state's own party, not the one the lists hold",
        &[
            (
                "The Sudanese Congress Party called on the SAF and the RSF to agree to a longer truce.",
                &[d(&["Sudanese Congress Party"], &["Sudanese Armed Forces", "Rapid Support Forces"], Ceasefire).not_by(&["Indian National Congress", "India"])],
            ),
            (
                "The Nepali Congress Party urged the government to resume talks with the Maoists.",
                &[d(&["Nepali Congress Party"], &[], Negotiation).not_by(&["Indian National Congress", "India"])],
            ),
            (
                "The Congress Party urged the government to recall the high commissioner from Islamabad.",
                &[d(&["Indian National Congress"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn speaker_titled_chief_executive_or_magistrate() {
    check(
        "people: 'Chief Executive Raymond Tsui', 'County Magistrate Lee Wen-tsung': the office's words are no part of the holder's name",
        &[
            (
                "Hong Kong Chief Executive Raymond Tsui Kin-wah demanded a detailed account of the siege from the Philippine government.",
                &[d(&["Raymond Tsui Kin-wah"], &["Philippines"], Other).or(Humanitarian).not_by(&["Executive Raymond Tsui Kin-wah"])],
            ),
            (
                "Kinmen County Magistrate Lee Wen-tsung urged both sides to set up a hotline for maritime incidents.",
                &[d(&["Lee Wen-tsung"], &[], Cooperation).or(Other).not_by(&["Magistrate Lee Wen-tsung"])],
            ),
            (
                "Magistrate Ana Costa asked the police to release the detained fishermen.",
                &[d(&["Ana Costa"], &[], Humanitarian).or(Justice).not_by(&["Magistrate Ana Costa"])],
            ),
        ],
    );
}

#[test]
fn speaker_a_spokesman_of_a_states_department_named_in_full() {
    check(
        "speaker: 'The US Department of State spokesman said … and urged …': a state's department named in full before the spokesman's title, the state's name running past the first words of the phrase",
        &[
            (
                "The US Department of State spokesman said the United States \"strongly condemns the violence\" and urged the sides \"to return to the negotiating table\".",
                &[d(&["State Department", "United States"], &[], Negotiation)],
            ),
            (
                "The UK Foreign Office spokeswoman said Britain was alarmed and urged both governments to exercise restraint.",
                &[d(&["United Kingdom"], &[], Ceasefire)],
            ),
            (
                "The Indian Ministry of External Affairs spokesperson urged Pakistan to act against the groups on its soil.",
                &[d(&["India"], &["Pakistan"], Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn an_editorials_outlet_above_or_below_its_label() {
    check(
        "'Daily Courier⏎Editorial⏎Friday, 4 January 2008', 'EDITORIAL: …⏎MONDAY JANUARY 6 2020⏎Coast Media Group', 'OUR OPINION: …⏎The Gulf Herald', 'Harbour Editorial Board': the paper named around the label speaks the editorial's obligations",
        &[
            (
                "After the ceasefire: who will protect the civilians?\n\nDaily Courier\nEditorial\nFriday, 4 January 2008\n\nThe truce ends this month. The government must guarantee the passage of food and medicine to the north.",
                &[d(&["Daily Courier"], &[], Humanitarian)],
            ),
            (
                "EDITORIAL: The raid on the airfield exposes gaps that must be sealed\n\nMONDAY JANUARY 6 2020\n\nCoast Media Group\n\nThe raid was a grim reminder of the threat. The Interior Ministry must explain how a heavily armed group approached the airfield undetected.",
                &[d(&["Coast Media Group"], &[], Justice).or(Counterterrorism)],
            ),
            (
                "OUR OPINION: The rebels chose war\n\nThe Gulf Herald\nPosted on Fri, Feb. 22, 2002\n\nThe talks are over. The rebels must now release the senator they seized on Wednesday.",
                &[d(&["The Gulf Herald"], &[], Humanitarian)],
            ),
            (
                "Fifty-three boys and a nation waiting\n\nHarbour Editorial Board\nPublished 15 March 2021\n\nFifty-three boys were taken from their school on Saturday. The President must bring the boys home.",
                &[d(&["Harbour"], &[], Humanitarian).not_by(&["Harbour Editorial Board"])],
            ),
        ],
    );
}

#[test]
fn a_second_reported_clause_states_its_own_obligation() {
    check(
        "deontic: 'said the blockade must be lifted and that aid workers must be protected': a second clause under the same verb of saying, with its own subject, is an obligation of its own, whatever its kind",
        &[
            (
                "UNRWA chief Philippe Lazar said the blockade \"must be lifted now\" and that humanitarian workers \"must be protected, not targeted\".",
                &[
                    d(&["Philippe Lazar", "UNRWA"], &[], Humanitarian).text_has("blockade"),
                    d(&["Philippe Lazar", "UNRWA"], &[], Humanitarian).text_has("workers"),
                ],
            ),
            (
                "Foreign Minister Ishaq Dar said the hostages must be freed and that the wounded must be evacuated at once.",
                &[
                    d(&["Ishaq Dar"], &[], Humanitarian).text_has("hostages"),
                    d(&["Ishaq Dar"], &[], Humanitarian).text_has("wounded"),
                ],
            ),
            // One subject restating its obligation stays one demand.
            (
                "Foreign Minister Ishaq Dar said Kabul must act against the TTP, and it must act now.",
                &[d(&["Ishaq Dar"], &["Afghanistan"], Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_document_released_or_published_by_a_party_asks_for_it() {
    check(
        "speaker: 'The letter, released by the Free Tomas Hale campaign, asks …': a document given to a party by the words that put it out speaks for that party",
        &[
            (
                "The letter, sent to the foreign minister on Friday and released by Amnesty International, asks the government to appoint a special envoy.",
                &[d(&["Amnesty International"], &[], Other).or(Negotiation)],
            ),
            (
                "The statement, published by the Norwegian Refugee Council on Monday, urged the parties to open the crossings to aid convoys.",
                &[d(&["Norwegian Refugee Council"], &[], Humanitarian)],
            ),
            (
                "The petition, launched by Human Rights Watch last month, calls on Congress to repeal the law.",
                &[d(&["Human Rights Watch"], &[], Other).or(Justice)],
            ),
        ],
    );
}

#[test]
fn leaflets_and_posters_given_to_a_party_speak_for_it() {
    check(
        "speaker: 'Leaflets signed by X warned …', 'Posters put up by X urged …': documents in the plural, with or without an article, speak for the party that put them out, and are no one's name",
        &[
            (
                "Leaflets signed by Hamas warned residents against working for the Israeli army.",
                &[d(&["Hamas"], &[], Other).or(Counterterrorism)],
            ),
            (
                "The pamphlets, signed by the Taliban and left in Kandahar's mosques overnight, urged women to stay at home.",
                &[d(&["Taliban"], &[], Humanitarian).or(Other)],
            ),
            (
                "Posters put up by Hezbollah in the southern suburbs urged residents to boycott the elections.",
                &[d(&["Hezbollah"], &[], Other)],
            ),
            // Nobody put them out: no demand, and no person called Leaflets.
            ("Leaflets urged residents to leave the town before dawn.", &[]),
        ],
    );
}

#[test]
fn a_papers_masthead_names_its_body_before_the_kind_of_paper() {
    check(
        "voice: 'Harbour Policy Centre – Briefing Paper', 'CPS Issue Brief No. 287', 'RUSI Commentary' over a byline: the body (or the writer) the masthead names states the paper's unattributed recommendations",
        &[
            (
                "Landmines and the road to a ceasefire\n\nHarbour Policy Centre – Briefing Paper\nGeneva, 19 November 2012\n\nThe fighting has displaced 75,000 people.\n\nRecommendations\n\nThe government must allow regular and unimpeded access for UN agencies to the displaced.",
                &[d(&["Harbour Policy Centre"], &[], Humanitarian)],
            ),
            (
                "After the attack: options against the group\n\nCPS Issue Brief No. 287\n7 March 2019\n\nThe bombing killed 40 personnel.\n\nRecommendations\n\nThe government must share a detailed dossier on the group's finances with the FATF.",
                &[d(&["CPS"], &[], Cooperation).or(Sanctions)],
            ),
            (
                "Closing the space for the dissidents\n\nRUSI Commentary\n2 September 1998\n\nDr Fiona Gallagher-Kerr\n\nThe car bomb killed 29 people.\n\nThe Continuity IRA must follow the INLA and declare a ceasefire.",
                &[d(&["Fiona Gallagher-Kerr"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn speaker_titled_member_of_parliament() {
    check(
        "people: 'Member of Parliament Ruth Achieng demanded …': the office written out in full is a title, not part of a body's name",
        &[
            (
                "Member of Parliament Ruth Achieng demanded that the government publish the names of the detainees.",
                &[d(&["Ruth Achieng"], &[], Humanitarian).or(Other).not_by(&["Member of Parliament Ruth Achieng"])],
            ),
            (
                "Member of the National Assembly Daouda Sawadogo urged the junta to negotiate with the abductors.",
                &[d(&["Daouda Sawadogo"], &[], Negotiation).or(Humanitarian)],
            ),
            (
                "EU Member States urged Russia to withdraw its troops.",
                &[d(&["European Union"], &["Russia"], Ceasefire).not_by(&["Member"])],
            ),
        ],
    );
}

#[test]
fn a_renewed_appeal_in_a_participle() {
    check(
        "nominal: '…, renewing his appeal to the captors to free his father', 'making a fresh plea to …': a participle renewing or making an appeal asks for the clause's subject",
        &[
            (
                "Andrew Rees spoke to reporters on Monday, renewing his appeal to the captors to free his father.",
                &[d(&["Andrew Rees"], &[], Humanitarian)],
            ),
            (
                "Senator Grace Poe visited the family in Jolo, making a fresh appeal to the Abu Sayyaf to release the teacher.",
                &[d(&["Grace Poe"], &["Abu Sayyaf"], Humanitarian)],
            ),
            (
                "The bishop led prayers at the cathedral, repeating his plea to the gunmen to let the children go.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_quoted_address_set_off_by_a_comma() {
    check(
        "imperative: '“To the people holding Gerry, please, let him come home,” she said': an address opening a quotation, set off by a comma, then the words to them",
        &[
            (
                "\"To the people holding Gerry, please, let him come home,\" Lorraine Whitby said.",
                &[d(&["Lorraine Whitby"], &[], Humanitarian).quoted()],
            ),
            (
                "Amina Bello said: \"To those who took my daughter, release her and the other girls.\"",
                &[d(&["Amina Bello"], &[], Humanitarian).quoted()],
            ),
            // An address with no verb after it asks nothing.
            (
                "Amina Bello said: \"To those who took my daughter, I have nothing left to say.\"",
                &[],
            ),
        ],
    );
}

#[test]
fn prosecutors_speak_through_the_prosecuting_attorney() {
    check(
        "speaker: 'Assistant U.S. Attorney Martin Leclair told the court …. Prosecutors asked the judge to …': the prosecution is the prosecuting attorney the text named, never the defence's",
        &[
            (
                "Assistant U.S. Attorney Martin Leclair told the court the defendant had bought the explosives in Vancouver. Prosecutors asked the judge to keep him in custody until trial.",
                &[d(&["Martin Leclair"], &[], Justice)],
            ),
            (
                "District Attorney Rebecca Galindo said the two men were members of the gang. Prosecutors asked Judge Cavazos to deny them bail.",
                &[d(&["Rebecca Galindo"], &[], Justice)],
            ),
            (
                "Defense attorney Paul Hirsch said his client was innocent. Prosecutors asked the judge to deny bail.",
                &[d(&["prosecutors"], &[], Justice).not_by(&["Paul Hirsch"])],
            ),
        ],
    );
}

#[test]
fn speaker_the_kidnappers_are_the_group_holding_the_captives() {
    check(
        "speaker: 'Abu Sayyaf gunmen seized the teacher …. The kidnappers have demanded …': the kidnappers, captors or abductors are the armed group the text said took them",
        &[
            (
                "Abu Sayyaf gunmen seized the teacher in Zamboanga on Monday, police said. The kidnappers have demanded $2 million for his release.",
                &[d(&["Abu Sayyaf Group"], &[], Other).or(Humanitarian)],
            ),
            (
                "Boko Haram fighters stormed the school in Dapchi and took 110 girls. The abductors demanded that the government release their commanders.",
                &[d(&["Boko Haram"], &[], Humanitarian).or(Other)],
            ),
            (
                "Colombia's ELN rebels have held the geologist since March. The captors demanded that his employer give up its mining titles in the region.",
                &[d(&["National Liberation Army"], &[], Other)],
            ),
        ],
    );
}

#[test]
fn a_national_red_cross_society_is_a_body_of_its_own() {
    check(
        "bodies: 'the Kenya Red Cross', 'the Syrian Arab Red Crescent', 'the Red Cross Society of Niger': a national society is its own body, neither the ICRC nor its country",
        &[
            (
                "The Kenya Red Cross urged residents of Nairobi to donate blood for the wounded.",
                &[d(&["Kenya Red Cross"], &[], Humanitarian)
                    .not_by(&["Kenya", "International Committee of the Red Cross"])],
            ),
            (
                "The Syrian Arab Red Crescent appealed to all sides to let humanitarian aid reach eastern Aleppo.",
                &[d(&["Syrian Arab Red Crescent"], &[], Humanitarian).not_by(&["Syria"])],
            ),
            (
                "The Red Cross Society of Niger called on donors to fund shelters for the displaced in Diffa.",
                &[d(&["Red Cross Society of Niger"], &[], Humanitarian).or(Cooperation).not_by(&["Niger"])],
            ),
            (
                "The Sri Lanka Red Cross Society appealed to all parties to respect the emblem and to let its ambulances through to the wounded.",
                &[d(&["Sri Lanka Red Cross Society"], &[], Humanitarian).not_by(&["Sri Lanka"])],
            ),
            // The international bodies keep their names.
            (
                "The International Red Cross called on both sides to protect civilians in Aden.",
                &[d(&["International Committee of the Red Cross"], &[], Humanitarian).or(Ceasefire)],
            ),
        ],
    );
}

#[test]
fn a_members_question_in_the_third_person_and_a_second_question_after_it() {
    check(
        "'Will she urge the Irish Government to …, and will she call on …?': a member's question names the minister by a pronoun; each question of the sentence asks on its own, and what one asks ends where the next begins",
        &[
            (
                "Mr. Pryce (Taunton, West): Will she urge the Irish Government to use the new extradition powers to the full, and will she call on every person in the border counties to come forward now?\n\nMs Rawcliffe: The investigation is continuing.\n",
                &[
                    d(&["Pryce"], &[], Other).or(Justice).text_has("Irish Government").text_lacks("will she"),
                    d(&["Pryce"], &[], Other).or(Justice).text_has("border counties"),
                ],
            ),
            (
                "Mr. Teague (Lagan Valley): Will she demand that the Government in Dublin extradite the ringleaders, and will she tell the House why not one of them has been charged?\n\nMs Rawcliffe: I cannot comment on named individuals.\n",
                &[d(&["Teague"], &[], Justice).text_lacks("tell the House")],
            ),
            (
                "Ms Oduya (Hackney North): Will he ask the Nigerian authorities to let the families of the abducted girls travel to Chibok?\n\nMr Blakemore: We are in touch with Abuja every day.\n",
                &[d(&["Oduya"], &[], Humanitarian).or(Other)],
            ),
            // A question for information asks no one.
            (
                "Ms Oduya (Hackney North): Will he tell the House how many British nationals remain in the country?\n\nMr Blakemore: Eleven.\n",
                &[],
            ),
        ],
    );
}

#[test]
fn a_hansard_label_closed_by_a_dash() {
    check(
        "label: 'Mr CALLAGHAN (2.01 p.m.)—My question is …', 'Mr HARGREAVES—I also call on …': the Australian Hansard closes a member's label with a dash after the surname in capitals; a dash in running prose labels no one",
        &[
            (
                "Questions without notice\n\nMr CALLAGHAN (2.01 p.m.)—My question is to the Prime Minister. Will he call on the Indonesian government to outlaw Jemaah Islamiyah without further delay?\n",
                &[d(&["CALLAGHAN"], &[], Counterterrorism).or(Sanctions)],
            ),
            (
                "Questions without notice\n\nMr HARGREAVES—I thank the member for his question. I also call on the Indonesian authorities to increase security at the hotels of Kuta.\n",
                &[d(&["HARGREAVES"], &["Indonesia"], Other).or(Counterterrorism)],
            ),
            (
                "Questions without notice\n\nMs PLIBERSEK (2.09 p.m.)—Australians are frightened. Indonesia must give our police full access to the investigation.\n",
                &[d(&["PLIBERSEK"], &["Indonesia"], Cooperation).or(Justice)],
            ),
            (
                "The bombing—the worst in the country's history—drew condemnation from every capital. Prime Minister Howard Kerr urged Indonesia to arrest the bombers.\n",
                &[d(&["Howard Kerr"], &["Indonesia"], Justice).not_by(&["bombing"])],
            ),
        ],
    );
}

#[test]
fn the_mission_is_the_peace_operation_named_before() {
    check(
        "speaker: 'UNAMID said … The mission requested …', 'UNIFIL … the mission urged …': a peace operation or force is 'the mission' whatever its name calls it",
        &[
            (
                "UNAMID said a verification patrol was stopped at a checkpoint near Jebel Moon. The mission requested the Sudanese authorities to grant its patrols unimpeded access to the area.",
                &[d(&["UNAMID"], &["Sudan"], Humanitarian).or(Other)],
            ),
            (
                "UNIFIL said its peacekeepers had recorded rocket fire from both sides of the Blue Line. The mission urged both parties to exercise maximum restraint.",
                &[d(&["UNIFIL"], &[], Ceasefire)],
            ),
            (
                "MINUSMA reported that three of its convoys had struck mines near Kidal. The mission called on the signatory groups to respect the ceasefire.",
                &[d(&["MINUSMA"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn the_pontiff_is_the_pope_named_before() {
    check(
        "speaker: 'Pope Francis … The pontiff urged …', 'the Holy Father appealed …': another title of an office is its holder named before",
        &[
            (
                "Pope Francis spoke to pilgrims in St Peter's Square on Sunday. The pontiff urged governments to adopt effective measures to protect religious minorities.",
                &[d(&["Pope Francis"], &[], Humanitarian)],
            ),
            (
                "Pope Benedict XVI led the Angelus prayer. The Holy Father appealed to the kidnappers to release the two nuns unharmed.",
                &[d(&["Pope Benedict"], &[], Humanitarian)],
            ),
            (
                "Pope Francis met the families of the hostages on Wednesday. The pontiff called for a ceasefire in Gaza.",
                &[d(&["Pope Francis"], &[], Ceasefire)],
            ),
        ],
    );
}

#[test]
fn a_sports_story_about_a_groups_threat_asks_in_earnest() {
    check(
        "sports: a tournament, a coach and a referee in a story of a group's threat or attack do not make a sports page whose asks are play: the page names a group",
        &[
            (
                "The Gulf Cup tournament opens in Aden on Saturday. The coach of the Kuwaiti team and the referee said they would travel. Al-Qaeda in the Arabian Peninsula warned teams against taking part in the tournament. Yemen urged Gulf football federations not to listen to rumours about security.",
                &[d(&["Yemen"], &[], Other)],
            ),
            (
                "England's tour of Bangladesh will go ahead, the board said. The coach and two batsmen had voiced fears after the cafe siege claimed by Islamic State. Sports minister Zahid Rahman urged the ECB not to let the terrorists decide where cricket is played. A referee and the umpires arrived on Monday.",
                &[d(&["Zahid Rahman"], &[], Other).or(Counterterrorism)],
            ),
            // A sports page with no group asks nothing.
            (
                "The coach urged his striker to take more shots. The referee and the goalkeeper argued at half-time, and the coach said the team must win the tournament.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_syndicate_or_a_consortium_is_a_body_not_its_state() {
    check(
        "bodies: 'the Sudan Doctors' Syndicate', 'the Somalia NGO Consortium', 'the Yemeni Journalists Syndicate': a state's name opening a syndicate's or a consortium's is part of it, so the body speaks, not the state",
        &[
            (
                "The Sudan Doctors' Syndicate appealed to medical organisations to send surgical kits and blood bags to El Geneina.",
                &[d(&["Sudan Doctors' Syndicate"], &[], Humanitarian).not_by(&["Sudan"])],
            ),
            (
                "The Somalia NGO Consortium, which represents more than 80 aid agencies, urged the federal authorities to guarantee safe access for aid convoys.",
                &[d(&["Somalia NGO Consortium"], &[], Humanitarian).not_by(&["Somalia"])],
            ),
            (
                "The Yemeni Journalists Syndicate demanded that the Houthis release the four reporters they have held since 2015.",
                &[d(&["Yemeni Journalists Syndicate"], &[], Humanitarian).not_by(&["Yemen"])],
            ),
        ],
    );
}

#[test]
fn law_enforcers_obliged_by_a_modal_are_a_party() {
    check(
        "deontic: '“Law enforcers must inform the relatives …,” she told the deputies', 'Prosecutors must …': the forces of the law, named by what they do, are a party a modal obliges",
        &[
            (
                "\"Law enforcers must inform the relatives of every detained person within three hours, as the law requires,\" Saida Gadzhieva told the deputies.",
                &[d(&["Saida Gadzhieva"], &[], Humanitarian).or(Other).quoted()],
            ),
            (
                "\"Law enforcement must stop treating the families of the disappeared as suspects,\" Imran Baloch told reporters in Quetta.",
                &[d(&["Imran Baloch"], &[], Humanitarian).or(Other).quoted()],
            ),
            (
                "\"Investigators must look at who paid for the attack,\" Amina Yusuf said.",
                &[d(&["Amina Yusuf"], &[], Justice).or(Other).quoted()],
            ),
        ],
    );
}

#[test]
fn a_european_parliament_label_closed_by_a_full_stop_and_a_dash() {
    check(
        "label: 'Marek Zalewski (UEN). – (PL) Mr President, …', 'Jaime Oyarzábal Ruiz, on behalf of the PPE-DE Group. – (ES) …': the European Parliament's record closes a member's label with a full stop and a dash, the splitter's sentence of its own",
        &[
            (
                "Debates\n\nMarek Zalewski (UEN). – (PL) Mr President, the European Parliament should not interfere in the internal affairs of a Member State.\n",
                &[d(&["Marek Zalewski"], &["European Parliament"], Other)],
            ),
            (
                "Debates\n\nJaime Oyarzábal Ruiz, on behalf of the PPE-DE Group. – (ES) Mr President, the terrorist group ETA must hand over its weapons and ask forgiveness of its victims.\n",
                &[d(&["Jaime Oyarzábal Ruiz"], &["Basque Fatherland and Liberty"], Counterterrorism).or(Ceasefire)],
            ),
            (
                "Debates\n\nSophie Deltour (ALDE). – (FR) Mr President, I call on the Council to keep Batasuna on the European list of terrorist organisations.\n\nPresident. – The debate is closed.\n",
                &[d(&["Sophie Deltour"], &[], Sanctions)],
            ),
        ],
    );
}

#[test]
fn a_body_named_without_an_article_opens_its_sentence() {
    check(
        "bodies: 'China Shipowners' Association on Wednesday appealed …', 'Kenya Ports Authority urged …': a sentence may open on a body's name with no article; the state its name opens on is no speaker",
        &[
            (
                "China Shipowners' Association on Wednesday appealed to the government to dispatch naval vessels to escort merchant ships.",
                &[d(&["China Shipowners' Association"], &[], Humanitarian).or(Other).not_by(&["China"])],
            ),
            (
                "The strike entered its third day. Kenya Ports Authority urged shipping lines to keep calling at Mombasa despite the threat.",
                &[d(&["Kenya Ports Authority"], &[], Other).not_by(&["Kenya"])],
            ),
            (
                "The clinic was shelled overnight. Zambia Medical Association demanded that the police protect doctors working in the north.",
                &[d(&["Zambia Medical Association"], &[], Humanitarian).not_by(&["Zambia"])],
            ),
        ],
    );
}

#[test]
fn a_legislator_titled_by_party_and_seat() {
    check(
        "people: 'Fianna Fáil TD for Louth Ruairí Ó Cathasaigh', 'Ulster Unionist MLA for Fermanagh and South Tyrone Rosemary Kerr', 'Sinn Féin West Belfast MLA Órlaith Nic Aoidh': the seat ends where a given name opens the member's name, and the party qualifies the title",
        &[
            (
                "Fianna Fáil TD for Louth Ruairí Ó Cathasaigh called for the Criminal Assets Bureau to target every euro the gang has made.",
                &[d(&["Ruairí Ó Cathasaigh"], &[], Other).or(Sanctions).not_by(&["Louth Ruairí Ó Cathasaigh"])],
            ),
            (
                "Ulster Unionist MLA for Fermanagh and South Tyrone Rosemary Kerr demanded that the Secretary of State bring forward legacy legislation.",
                &[d(&["Rosemary Kerr"], &[], Other).or(Justice).not_by(&["Tyrone Rosemary Kerr"])],
            ),
            (
                "Sinn Féin West Belfast MLA Órlaith Nic Aoidh, who attended the hearing, said: \"Those who covered it up must be held accountable.\"",
                &[d(&["Órlaith Nic Aoidh"], &[], Justice).quoted()],
            ),
        ],
    );
}

#[test]
fn a_police_spokesperson_speaks_for_the_force() {
    check(
        "speaker: 'A Garda spokesperson asked …', 'a PSNI spokesman … renewed the force's appeal', 'RUC officers': Ireland's and Northern Ireland's police forces are bodies of their states",
        &[
            (
                "A Garda spokesperson asked anyone with information, however small, to contact the Serious Crime Review Team.",
                &[d(&["An Garda Síochána"], &[], Justice).or(Other)],
            ),
            (
                "In Belfast, a PSNI spokesman said the investigation was active and renewed the force's appeal for witnesses to come forward.",
                &[d(&["Police Service of Northern Ireland"], &[], Justice).or(Other)],
            ),
            (
                "The RUC Chief Constable, Sir Hugh Annesley, appealed for calm on the streets of Portadown.",
                &[d(&["Hugh Annesley"], &[], Ceasefire).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_verb_of_saying_after_a_modal_is_asked_not_reported() {
    check(
        "speaker: 'The British and Irish governments need to agree a protocol … with Interpol': a verb of saying the modal governs ('need to agree', 'must agree') is what is asked; the bodies after it are no speakers",
        &[
            (
                "After Omagh\n\nRUSI Commentary\n2 September 1998\n\nDr Fiona Gallagher-Kerr\n\nRecommendations\n\n1. HM Government should ensure that prosecutions rest on corroborating evidence.\n\n2. The British and Irish governments need to agree a formal protocol for the sharing of intelligence with Interpol.\n",
                &[
                    d(&["Fiona Gallagher-Kerr"], &[], Justice),
                    d(&["Fiona Gallagher-Kerr"], &[], Cooperation).not_by(&["Interpol"]),
                ],
            ),
            (
                "Analyst Lena Brandt spoke in Berlin. \"Kyiv and Moscow must agree a new line of contact with the OSCE,\" she said.",
                &[d(&["Lena Brandt"], &[], Negotiation).or(Ceasefire).or(Other).not_by(&["OSCE"]).quoted()],
            ),
            (
                "Senator Amina Yusuf spoke on Monday. The two governments should agree a joint patrol plan with the Multinational Joint Task Force, she said.",
                &[d(&["Amina Yusuf"], &[], Cooperation).or(Other).not_by(&["Multinational Joint Task Force"])],
            ),
        ],
    );
}

#[test]
fn numbered_lines_under_a_party_asked_to() {
    check(
        "list: 'Front Line Defenders urges the authorities in Thailand to:' over '1. Immediately … drop …' ¶ '2. Carry out …': each numbered line asks the party, though the splitter made its number a sentence; the introducing line asks nothing itself, and a paragraph opening on its subject is no line of the list",
        &[
            (
                "Statement\n\nFront Line Defenders urges the authorities in Thailand to:\n\n1. Immediately and unconditionally drop all charges against Sakinah Dorloh.\n\n2. Carry out an immediate, thorough and impartial investigation into the allegations of torture.\n",
                &[
                    d(&["Front Line Defenders"], &["Thailand"], Justice).or(Humanitarian).text_has("drop all charges"),
                    d(&["Front Line Defenders"], &["Thailand"], Justice).text_has("investigation"),
                ],
            ),
            (
                "Statement\n\nSuara Rakyat Malaysia (SUARAM) is deeply concerned by the detention of 23 Uyghur men. Abdul Rahim, whose brother is held, spoke to us from Istanbul.\n\nWe call on the Government of Malaysia to:\n\n1. Grant UNHCR immediate access to all 23 men.\n\n2. Release those who are not charged with an offence.\n",
                &[
                    d(&["Suara Rakyat Malaysia"], &["Malaysia"], Humanitarian).text_has("UNHCR").not_by(&["Abdul Rahim"]),
                    d(&["Suara Rakyat Malaysia"], &["Malaysia"], Humanitarian).text_has("Release those").not_by(&["Abdul Rahim"]),
                ],
            ),
            (
                "Iraq: children in detention\n\nHuman Rights Watch urges the Iraqi authorities to:\n\n1. Repeal the death penalty for children.\n\n6. The organisation is seriously concerned that children are detained under the Anti-Terrorism Law.\n",
                &[d(&["Human Rights Watch"], &["Iraq"], Justice).or(Humanitarian).text_has("death penalty")],
            ),
        ],
    );
}

#[test]
fn a_papers_masthead_body_speaks_with_its_authors() {
    check(
        "voice: a policy paper or a commentary on a research body's page ('KSI Issue Brief' over 'Kestrel Strategic Institute, Colombo' and 'Author: …'; 'Research Fellow, Lantern Institute for Regional Policy' under the writer; 'Strategic Note 12 | March 2024') speaks for the body as well as for its authors, its number and date after the kind of paper",
        &[
            (
                "Rethinking the Northern Fisheries Dispute\n\nKSI Issue Brief\nIssue No. 14 | May 2019\n\nKestrel Strategic Institute, Colombo\n\nAuthor: Nirosha Perera\n\nThe arrests of fishermen have soured relations between the two neighbours.\n\nFirst, Colombo should reopen the joint working group on fisheries with New Delhi.\n",
                &[d(&["Kestrel Strategic Institute", "Nirosha Perera"], &[], Negotiation).or(Cooperation)],
            ),
            (
                "After the Ferry Bombing: Manila and Its Neighbours\n\nLANTERN INSTITUTE PERSPECTIVES\n\nTomasz Wielgosz\nResearch Fellow, Lantern Institute for Regional Policy\n\n3 March 2005\n\nThe bombing of the ferry killed 116 people.\n\nMalaysia has to cooperate more closely with the Philippines in tracking the bomb-makers.\n",
                &[d(&["Lantern Institute for Regional Policy", "Tomasz Wielgosz"], &["Malaysia"], Cooperation).or(Counterterrorism)],
            ),
            (
                "The Coastal Force: Four Conditions for Success\n\nStrategic Note 12 | March 2024\n\nMeridian Institute\n\nBy Ana Duarte and Rui Costa\n\nThe force deploys next month.\n\nDonors must fund the return of the displaced families to their homes.\n",
                &[d(&["Meridian Institute"], &[], Humanitarian).or(Other)],
            ),
            (
                "The Sulu Sea Kidnappings: Time for Joint Action\n\nKSI Commentary No. 112 – 12 May 2016\n\nBy Farah Idris\n\nTen sailors were seized last month.\n\nShipping companies must stop paying ransoms.\n",
                &[d(&["KSI"], &[], Sanctions).or(Counterterrorism)],
            ),
        ],
    );
}

#[test]
fn a_person_in_apposition_described_by_any_common_noun_of_a_person() {
    check(
        "speaker: 'Mansour Rahimi, a former political prisoner who …, told …. “We ask …,” he said': a name set off by a description of a person (prisoner, soldier, refugee, reporter) is a person, whose pronoun speaks after",
        &[
            (
                "In Cologne, Mansour Rahimi, a former political prisoner who spent six years in jail, told the radio that exiles feared a deal. \"We ask the German government not to send the diplomat back to Tehran,\" he said.",
                &[d(&["Mansour Rahimi"], &["Germany"], Humanitarian).or(Justice).or(Other).quoted()],
            ),
            (
                "Wahid Noori, a former television reporter from Mazar-e Sharif who now lives in Peshawar, said three colleagues were held. \"The Taliban must free our colleagues,\" he said.",
                &[d(&["Wahid Noori"], &["Taliban"], Humanitarian).quoted()],
            ),
            (
                "Grace Achieng, a refugee who fled the fighting in 2019, spoke at the rally. \"We ask Kenya to let our families cross the border,\" she said.",
                &[d(&["Grace Achieng"], &["Kenya"], Humanitarian).or(Other).quoted()],
            ),
        ],
    );
}

#[test]
fn a_person_named_only_by_the_one_name_they_gave() {
    check(
        "speaker: '“Don't send us back,” said a 40-year-old trader who gave his name only as Farhod', 'a nurse identified only as Amina': a person described, then the one name given them, speaks",
        &[
            (
                "Refugees in the camp follow the talks on small radios. \"Do not send us back to Uzbekistan,\" said a 40-year-old trader who gave his name only as Farhod.",
                &[d(&["Farhod"], &[], Humanitarian).or(Other).quoted()],
            ),
            (
                "Friends laid flowers outside the block. \"The police must protect us,\" said one of them, a 29-year-old who gave his name only as Magomed.",
                &[d(&["Magomed"], &[], Humanitarian).or(Other).quoted()],
            ),
            (
                "The clinic was hit twice on Sunday. \"The army must open a corridor for the wounded,\" said a nurse identified only as Amina.",
                &[d(&["Amina"], &[], Humanitarian).or(Other).quoted()],
            ),
        ],
    );
}

#[test]
fn speaker_the_title_a_name_was_written_under() {
    check(
        "speaker: 'Saudi Foreign Minister Prince Turki bin Sultan … “…,” the prince told a press conference': a title among the words before a name ('Prince', 'Cardinal', 'Sheikh') is what 'the prince' later stands for, whatever role the name was given",
        &[
            (
                "The initiative was announced in Riyadh by Saudi Foreign Minister Prince Turki bin Sultan.\n\n\"We call on the Houthi militias to accept the initiative,\" the prince told a press conference.",
                &[d(&["Turki bin Sultan"], &["Houthis"], Ceasefire).or(Negotiation).or(Counterterrorism).quoted()],
            ),
            (
                "The appeal was read by Archbishop of Lagos Cardinal Emeka Okafor at the cathedral.\n\n\"We ask the kidnappers to release the seminarians unharmed,\" the cardinal said.",
                &[d(&["Emeka Okafor"], &[], Humanitarian).quoted()],
            ),
            (
                "Qatar's mediator, Minister of State Sheikh Hamad bin Khalid, met both delegations in Doha on Monday.\n\n\"Both sides must return to the table next week,\" the sheikh said.",
                &[d(&["Hamad bin Khalid"], &[], Negotiation).quoted()],
            ),
        ],
    );
}

#[test]
fn a_plural_possessors_demand() {
    check(
        "nominal: 'the Houthis' demand for salaries …', 'the United States' demand that Iran release …': a demand a plural name owns with its bare apostrophe is its owner's, as 'Pakistan's demand for' is",
        &[
            (
                "The Houthis' demand for salaries to be paid from oil revenues remained the main sticking point, the sources said.",
                &[d(&["Houthis"], &[], Other).or(Humanitarian)],
            ),
            (
                "The United States' demand that Iran release the detained sailors was relayed through the Swiss embassy.",
                &[d(&["United States"], &[], Humanitarian)],
            ),
            (
                "Officials in Manila said the Philippines’ demand that Beijing withdraw its coast guard ships from the shoal still stood.",
                &[d(&["Philippines"], &[], Ceasefire).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_floor_speech_labelled_as_the_congressional_record_prints_it() {
    check(
        "label: 'Mr. HALVORSEN. Mr. President, …' — the Congressional Record's label, a surname in capitals closed by a full stop before the member's address to the chair, opens a turn that runs over the paragraphs after it, up to the next label",
        &[
            (
                "Congressional Record -- Senate\n\nMr. HALVORSEN. Mr. President, for the third time in nine days the people of Israel have buried the victims of bombers.\n\nI call on the Palestinian Authority to arrest the leaders of Hamas.\n",
                &[d(&["Halvorsen"], &["Palestine"], Justice).or(Counterterrorism)],
            ),
            (
                "Congressional Record -- House\n\nMs. OKONJO-BAIRD. Madam Speaker, I rise in memory of the soldiers killed in Niger.\n\nThe administration should designate the group as a Foreign Terrorist Organization.\n\nMr. TRAVERS. Mr. Speaker, I thank the gentlewoman. I urge the Secretary of State to press Niamey for an inquiry.\n",
                &[
                    d(&["Okonjo-Baird"], &[], Sanctions),
                    d(&["Travers"], &[], Justice).or(Other).not_by(&["Okonjo-Baird"]),
                ],
            ),
            (
                "Mr. LINDQVIST. Mr. Chairman, the hostages have now been held for 400 days. It is time for the State Department to appoint a special envoy for them.\n",
                &[d(&["Lindqvist"], &[], Humanitarian).or(Other)],
            ),
        ],
    );
}

#[test]
fn a_body_named_with_its_remit_after_on() {
    check(
        "body: 'the UN Panel of Experts on South Sudan', 'the Commission of Inquiry on Burundi': a body's remit after its field ('on' and a place) is part of its name; a day after 'on' is not ('the Committee of Ministers on Tuesday')",
        &[
            (
                "In its final report, the UN Panel of Experts on South Sudan called on the Security Council to impose an arms embargo.",
                &[d(&["UN Panel of Experts on South Sudan"], &["UN Security Council"], Sanctions)],
            ),
            (
                "The Commission of Inquiry on Burundi urged the government to free the detained journalists.",
                &[d(&["Commission of Inquiry on Burundi"], &[], Humanitarian)],
            ),
            (
                "The Committee of Ministers on Tuesday urged Turkey to release the jailed philanthropist.",
                &[d(&["Committee of Ministers"], &["Turkey"], Humanitarian)],
            ),
        ],
    );
}

#[test]
fn a_documents_own_name_is_no_speaker_of_its_own() {
    check(
        "speaker: 'The SCO heads of state, in their Yekaterinburg Declaration, called for …': a document named by its own name ('… Declaration', '… Communiqué') set off in the subject's clause is what the subject adopted, not the speaker",
        &[
            (
                "The SCO heads of state, in their Yekaterinburg Declaration, called for the early conclusion of the Comprehensive Convention on International Terrorism.",
                &[d(&["Shanghai Cooperation Organisation"], &[], Counterterrorism).or(Other)],
            ),
            (
                "The BRICS leaders, in their Goa Declaration, urged all states to deny safe haven to terrorists.",
                &[d(&["BRICS"], &[], Counterterrorism)],
            ),
            (
                "The G7 foreign ministers, in their Charlevoix Communiqué, urged North Korea to abandon its nuclear programme.",
                &[d(&["G7"], &["North Korea"], Other)],
            ),
            // Signed, it asks nothing.
            ("The Tashkent Declaration was signed on Friday by both presidents.", &[]),
        ],
    );
}

#[test]
fn hijackers_gunmen_and_attackers_ask_as_described() {
    check(
        "speaker: 'The hijackers demanded …', 'the assailants demanded …': those holding a plane, a building or hostages, unnamed, are a party of their own",
        &[
            (
                "The hijackers holding the airliner at Kandahar demanded the release of 36 militants held in Indian jails.",
                &[d(&["hijackers"], &[], Humanitarian).or(Other)],
            ),
            (
                "The attackers, who stormed the gas plant at dawn, demanded that France halt its military operations in Mali.",
                &[d(&["attackers"], &["France"], Ceasefire).or(Other)],
            ),
            (
                "Hours into the siege, the assailants demanded a plane to fly them to Algeria.",
                &[d(&["assailants"], &[], Other)],
            ),
            ("The attackers were killed by police after a four-hour siege.", &[]),
        ],
    );
}

#[test]
fn the_place_a_mission_is_posted_to_is_no_speaker() {
    check(
        "speaker: 'The Delegation of the European Union to Somalia called on …', 'the Permanent Mission of Pakistan to the United Nations urged …', 'the Mission of Norway to the African Union': the state or body a mission is posted to is no part of who asks",
        &[
            (
                "The Delegation of the European Union to Somalia called on all Somalis to stand united against terrorism.",
                &[d(&["European Union"], &[], Counterterrorism)
                    .or(Other)
                    .not_by(&["Somalia"])],
            ),
            (
                "The Permanent Mission of Pakistan to the United Nations urged the Security Council to list the group's leaders.",
                &[d(&["Pakistan"], &["UN Security Council"], Sanctions)
                    .or(Counterterrorism)
                    .not_by(&["United Nations"])],
            ),
            (
                "The Mission of Norway to the African Union called on the parties to return to talks.",
                &[d(&["Norway"], &[], Negotiation).not_by(&["African Union"])],
            ),
            ("The delegation of the European Union to Somalia arrived in Mogadishu on Monday.", &[]),
        ],
    );
}

#[test]
fn requested_with_what_is_asked_as_its_object() {
    check(
        "verb: 'formally requested French military intervention', 'requested United States assistance in …': what is asked, as a noun qualified by the state asked, is the object of 'requested'",
        &[
            (
                "The ousted prime minister, Mr Ahmed Said Bacar, formally requested French military intervention under the defence agreement.",
                &[d(&["Ahmed Said Bacar"], &[], Other).or(Cooperation)],
            ),
            (
                "President Lorna Alcantara requested United States assistance in training and equipping the southern brigades.",
                &[d(&["Lorna Alcantara"], &[], Cooperation).or(Counterterrorism)],
            ),
            (
                "Governor Emeka Obi requested UN mediation between the farmers and the herders.",
                &[d(&["Emeka Obi"], &[], Negotiation).or(Other)],
            ),
            ("The UN mediation requested by the governor began on Monday.", &[]),
        ],
    );
}

#[test]
fn a_portfolio_ending_in_process_is_no_part_of_the_name() {
    check(
        "people: 'Special Coordinator for the Middle East Peace Process Torvald Lindqvist', 'Presidential Adviser on the Peace Process Lorna Villanueva': the title's portfolio ends where the holder's name begins",
        &[
            (
                "Special Coordinator for the Middle East Peace Process Torvald Lindqvist urged all parties to avoid provocations.",
                &[d(&["Torvald Lindqvist"], &[], Ceasefire)
                    .or(Other)
                    .not_by(&["Process Torvald Lindqvist"])],
            ),
            (
                "Presidential Adviser on the Peace Process Lorna Villanueva appealed to the public to support the talks.",
                &[d(&["Lorna Villanueva"], &[], Negotiation).not_by(&["Process Lorna Villanueva"])],
            ),
            (
                "Commissioner for Regional Integration Amina Diallo urged member states to ratify the protocol on free movement.",
                &[d(&["Amina Diallo"], &[], Negotiation).or(Other)],
            ),
        ],
    );
}

#[test]
fn call_once_again_on() {
    check(
        "verb: 'I call once again on X to …', 'called once more upon X to …': a repeated call is a call",
        &[
            (
                "Foreign Secretary Geoffrey Hale told the House: \"I call once again on those holding Mr. Forsyth to release him unharmed.\"",
                &[d(&["Geoffrey Hale"], &[], Humanitarian).quoted()],
            ),
            (
                "Foreign Minister Ana Brito called once more upon the rebels to return to the negotiating table.",
                &[d(&["Ana Brito"], &[], Negotiation)],
            ),
            (
                "The African Union called once again on Rwanda to withdraw its troops from eastern Congo.",
                &[d(&["African Union"], &["Rwanda"], Ceasefire).or(Other)],
            ),
            ("The minister called once again at the embassy on Friday.", &[]),
        ],
    );
}

#[test]
fn sought_consular_or_legal_access_and_help() {
    check(
        "verb: 'has sought consular access to the detainees', 'sought diplomatic assistance', 'sought legal aid': access or help qualified by its kind is sought of someone",
        &[
            (
                "Bangladesh has sought consular access to the workers detained in Singapore.",
                &[d(&["Bangladesh"], &[], Humanitarian).or(Justice)],
            ),
            (
                "Nepal's embassy in Tel Aviv sought diplomatic assistance from Qatar to locate the student.",
                &[d(&["Nepal"], &[], Humanitarian).or(Cooperation)],
            ),
            (
                "The families of the detainees sought legal aid to challenge the detention orders.",
                &[d(&["families"], &[], Justice).or(Humanitarian)],
            ),
            ("Bangladesh sought to reassure investors after the attack.", &[]),
        ],
    );
}

#[test]
fn requested_a_named_states_help() {
    check(
        "verb: 'requested Sri Lanka's assistance', 'requested the United Kingdom's cooperation': the help of a state named in the possessive, however many words its name has",
        &[
            (
                "Indian authorities have requested Sri Lanka's assistance in verifying the identities of the four men.",
                &[d(&["India"], &["Sri Lanka"], Cooperation).or(Justice)],
            ),
            (
                "Kenya requested the United Kingdom's help in tracing the financiers of the attack.",
                &[d(&["Kenya"], &["United Kingdom"], Cooperation).or(Justice)],
            ),
            (
                "Mali requested Burkina Faso's cooperation in securing the border crossings.",
                &[d(&["Mali"], &["Burkina Faso"], Cooperation)],
            ),
            ("The assistance Sri Lanka requested arrived on Monday.", &[]),
        ],
    );
}

#[test]
fn a_communiques_passives_asked_not_to_and_enjoined_to() {
    check(
        "passive: 'Parents are asked not to …', 'Fishermen are enjoined to …' in a body's release after the body asks: the issuer asks again, as with 'are requested to'; 'asked not to be named' asks nothing",
        &[
            (
                "Government communique on the attacks in Maroua\n\nREPUBLIC OF CAMEROON\nMINISTRY OF COMMUNICATION\n\nPRESS RELEASE\n\nYaounde, 26 July 2015\n\nThe Government calls on the population to remain vigilant.\n\nParents are asked not to entrust their children to strangers.",
                &[
                    d(&["Cameroon"], &[], Other).or(Counterterrorism),
                    d(&["Cameroon"], &[], Humanitarian).or(Other),
                ],
            ),
            (
                "Government communique on the attacks in Bol\n\nREPUBLIC OF CHAD\nMINISTRY OF PUBLIC SECURITY\n\nPRESS RELEASE\n\nNdjamena, 3 April 2020\n\nThe Government calls on the population to remain vigilant.\n\nFishermen on the lake are enjoined to report any suspicious boat to the nearest post.",
                &[
                    d(&["Chad"], &[], Other).or(Counterterrorism),
                    d(&["Chad"], &[], Counterterrorism).or(Cooperation),
                ],
            ),
            (
                "Statement on the Lamu curfew\n\nREPUBLIC OF KENYA\nMINISTRY OF INTERIOR\n\nPRESS RELEASE\n\nNairobi, 9 January 2020\n\nThe Government calls on residents of Lamu to observe the curfew.\n\nMotorists are asked not to use the Lamu-Garsen road at night.",
                &[
                    d(&["Kenya"], &[], Other).or(Humanitarian),
                    d(&["Kenya"], &[], Other).or(Humanitarian),
                ],
            ),
            (
                "Two officials, who were asked not to be named, said the talks had stalled.",
                &[],
            ),
        ],
    );
}
