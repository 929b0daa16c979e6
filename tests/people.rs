//! Specification of people: found from their names, not only from titles a list holds; one
//! actor per human whatever honorific or short form the text uses; capitalised phrases that
//! are not names are not people. Texts written for these tests.
//!
//! Each case lists every person in its text, so the number of `person` actors is exact.
//! A name matches an actor whose name or alias folds to it (case, accents, punctuation), or
//! whose name is it preceded by at most three title or honorific words ("Dr Amina Yusuf",
//! "Sheikh Tamim bin Hamad Al Thani"). A role, when given, must be contained in the actor's
//! `role` (folded); `""` means "some role". `not` lists phrases no person's name may
//! contain. One test function per kind of case; each fails once, listing every failing
//! case with the text, what was expected and the actors the engine gave.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use communique::analyze;
use communique::report::{Actor, ActorKind, Report};
use support::{fold, is_named};

/// One expected person: name, and a role that must be contained in the actor's role.
type P = (&'static str, Option<&'static str>);

struct Case {
    text: &'static str,
    people: &'static [P],
    not: &'static [&'static str],
}

const fn case(text: &'static str, people: &'static [P]) -> Case {
    Case {
        text,
        people,
        not: &[],
    }
}

const fn none_but(text: &'static str, people: &'static [P], not: &'static [&'static str]) -> Case {
    Case { text, people, not }
}

fn describe(r: &Report) -> String {
    r.actors
        .iter()
        .map(|a| {
            format!(
                "      - {:?} kind={:?} role={:?} mentions={:?}",
                a.name,
                a.kind,
                a.role,
                a.mentions
                    .iter()
                    .map(|m| m.text.as_str())
                    .collect::<Vec<_>>()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn problems(r: &Report, c: &Case) -> Vec<String> {
    let people: Vec<&Actor> = r
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::Person)
        .collect();
    let mut out = Vec::new();
    if people.len() != c.people.len() {
        out.push(format!(
            "expected {} person actor(s), got {}",
            c.people.len(),
            people.len()
        ));
    }
    let mut used = vec![false; people.len()];
    for &(name, role) in c.people {
        let found = (0..people.len()).find(|&i| !used[i] && is_named(people[i], name));
        match found {
            None => out.push(format!("no person {name:?}")),
            Some(i) => {
                used[i] = true;
                if let Some(role) = role {
                    let got = people[i].role.as_deref().unwrap_or("");
                    if got.is_empty() || !fold(got).contains(&fold(role)) {
                        out.push(format!(
                            "{name:?} should have a role containing {role:?}, has {:?}",
                            people[i].role
                        ));
                    }
                }
            }
        }
    }
    for &phrase in c.not {
        let f = fold(phrase);
        for p in &people {
            if fold(&p.name).contains(&f) {
                out.push(format!("{:?} is not a person ({phrase:?})", p.name));
            }
        }
    }
    out
}

fn check(kind: &str, cases: &[Case]) {
    let mut failures = Vec::new();
    for c in cases {
        let r = analyze(c.text);
        let p = problems(&r, c);
        if !p.is_empty() {
            failures.push(format!(
                "  TEXT: {:?}\n    expected people: {:?}{}\n    problems: {}\n    actual actors:\n{}",
                c.text,
                c.people,
                if c.not.is_empty() {
                    String::new()
                } else {
                    format!(" (not people: {:?})", c.not)
                },
                p.join(" | "),
                describe(&r)
            ));
        }
    }
    if !failures.is_empty() {
        panic!(
            "{kind}: {} of {} case(s) failed\n\n{}\n",
            failures.len(),
            cases.len(),
            failures.join("\n\n")
        );
    }
}

#[test]
fn plural_titles_give_one_person_per_name() {
    check(
        "plural titles",
        &[
            case(
                "Prime Ministers Anwar Rahim and Lee Chen met in Kuala Lumpur on Monday to discuss maritime security.",
                &[("Anwar Rahim", Some("Prime Minister")), ("Lee Chen", Some("Prime Minister"))],
            ),
            case(
                "Foreign Ministers Hakan Demir and Ayman Khalidi signed the water-sharing accord in Amman.",
                &[("Hakan Demir", Some("Foreign Minister")), ("Ayman Khalidi", Some("Foreign Minister"))],
            ),
            case(
                "Presidents Samuel Okello and Paul Kagiso held talks on the border dispute in Kampala.",
                &[("Samuel Okello", Some("President")), ("Paul Kagiso", Some("President"))],
            ),
            case(
                "Senators Ruth Alvarez and Tom Becker visited the refugee camp near the Syrian border.",
                &[("Ruth Alvarez", Some("Senator")), ("Tom Becker", Some("Senator"))],
            ),
        ],
    );
}

#[test]
fn titles_no_list_holds_before_a_name() {
    check(
        "unlisted titles before a name",
        &[
            case(
                "Assistant Secretary-General Mira Okonjo told reporters in Geneva that aid convoys were stuck at the border.",
                &[("Mira Okonjo", Some("Secretary-General"))],
            ),
            case(
                "Deputy Special Envoy Tomas Varga briefed the council on the stalled negotiations.",
                &[("Tomas Varga", Some("Envoy"))],
            ),
            case(
                "Chief of Naval Staff Rahim Chowdhury said the patrols in the Bay of Bengal would be doubled.",
                &[("Rahim Chowdhury", Some("Naval Staff"))],
            ),
            case(
                "Director of Public Prosecutions Grace Wanjiru charged four men over the mall attack.",
                &[("Grace Wanjiru", Some("Public Prosecutions"))],
            ),
            case(
                "Minister of Communication Jean-Emmanuel Bado warned NGOs against travelling without escorts.",
                &[("Jean-Emmanuel Bado", Some("Communication"))],
            ),
            case(
                "Minister of Fisheries Asha Mwinyi said the patrol boats had been sabotaged.",
                &[("Asha Mwinyi", Some("Fisheries"))],
            ),
            case(
                "Security Secretary Alberto Quiroga Lemus said 1,200 soldiers would arrive by the end of the week.",
                &[("Alberto Quiroga Lemus", Some("Security Secretary"))],
            ),
            case(
                "The province's general secretary Tomasz Wrona denied that the militia had been paid.",
                &[("Tomasz Wrona", Some("General Secretary"))],
            ),
            case(
                "Rapporteur Ilse Vandersteen-Okoro told the plenary the Council had waited too long.",
                &[("Ilse Vandersteen-Okoro", Some("Rapporteur"))],
            ),
            // A portfolio after "on" ends the title before the name.
            none_but(
                "Adviser to the Chief Minister on Information Khalid Mehmood Wazir said the curfew would be lifted.",
                &[("Khalid Mehmood Wazir", None)],
                &["Information Khalid"],
            ),
            // A portfolio no list ends: the given name opens the holder's name.
            none_but(
                "Minister for the Indo-Pacific Ruth Kellaway said the patrols would continue.",
                &[("Ruth Kellaway", Some("Indo-Pacific"))],
                &["Indo-Pacific Ruth"],
            ),
            none_but(
                "Deputy Prime Minister for Reintegration Igor Munteanu said the depot must be emptied.",
                &[("Igor Munteanu", Some("Reintegration"))],
                &["Reintegration Igor"],
            ),
            none_but(
                "Presidential Adviser on the Peace Process Teresa Bautista Luna met the rebel panel.",
                &[("Teresa Bautista Luna", Some("Peace Process"))],
                &["Process Teresa"],
            ),
            // A body ends the complement: a given name inside the holder's name stays in it.
            none_but(
                "Former ambassador to Kabul Wahab Ahmad Durrani said the talks had stalled.",
                &[("Wahab Ahmad Durrani", None)],
                &["Kabul Wahab"],
            ),
        ],
    );
}

#[test]
fn apposition_before_the_name_by_a_description() {
    check(
        "apposition before the name, a description no title list holds (The UN relief coordinator, X, said)",
        &[
            case(
                "The UN relief coordinator, Tomasz Wierzbicki, today wrapped up a visit to North Kivu.",
                &[("Tomasz Wierzbicki", None)],
            ),
            case(
                "Its chairwoman, Rohana Mahama, travelled to Kuala Lumpur to meet both delegations.",
                &[("Rohana Mahama", None)],
            ),
            case(
                "Malaysia's chief facilitator, Zainal Abidin Rahman, on Thursday opened the talks.",
                &[("Zainal Abidin Rahman", None)],
            ),
            // A verb and an article after the comma open a clause: its title is its object's.
            case(
                "The leader of the delegation, Garba Bagaye, implored the Emir to press the authorities for protection.",
                &[("Garba Bagaye", Some("leader"))],
            ),
            case(
                "The head of the cooperative, Halima Sow, met the Governor on Monday.",
                &[("Halima Sow", Some("head"))],
            ),
        ],
    );
}

#[test]
fn apposition_after_the_name() {
    check(
        "apposition after the name (Karim Haddad, leader of …, said)",
        &[
            case(
                "Karim Haddad, leader of the armed wing of Hamas, said the group would not lay down its weapons.",
                &[("Karim Haddad", Some("leader"))],
            ),
            case(
                "Leila Nasser, a spokeswoman for the Palestinian Red Crescent, said two ambulances were hit.",
                &[("Leila Nasser", Some("spokeswoman"))],
            ),
            case(
                "Omar Farah, Somalia's ambassador to Kenya, told reporters that the border would reopen next week.",
                &[("Omar Farah", Some("ambassador"))],
            ),
            // An age closing the sentence, after "said".
            case(
                "“Let us plant our fields in peace,” said Giorgi Beridze, 61.",
                &[("Giorgi Beridze", None)],
            ),
            case(
                "The shelling stopped at dawn, said Maryam Hosseini, 34. Her house was hit twice.",
                &[("Maryam Hosseini", None)],
            ),
            case(
                "Among the wounded was Tomasz Wrona, 19.",
                &[("Tomasz Wrona", None)],
            ),
        ],
    );
}

#[test]
fn apposition_before_the_name() {
    check(
        "apposition before the name (a senior rebel commander, Yusuf Barre, said)",
        &[
            case(
                "A senior rebel commander, Yusuf Barre, said his fighters had withdrawn from the town.",
                &[("Yusuf Barre", Some("commander"))],
            ),
            case(
                "The group's spokesman, Abu Obeida Salem, said the prisoners were alive.",
                &[("Abu Obeida Salem", Some("spokesman"))],
            ),
            case(
                "The UN's top envoy for Yemen, Hans Lindqvist, said the truce was holding.",
                &[("Hans Lindqvist", Some("envoy"))],
            ),
            case(
                "Nigeria's army chief, General Olufemi Adeyemi, said the troops had cleared the forest camps.",
                &[("Olufemi Adeyemi", Some(""))],
            ),
            // The apposition closing the sentence after "said".
            case(
                "“It is time to end this war,” said the president's chief of staff, Andriy Yermak.",
                &[("Andriy Yermak", Some("chief"))],
            ),
            // One of a crowd the sentence before spoke of, set off after "one of them".
            case(
                "Fishermen in Cox's Bazar said the patrols had stopped. “We only want to go back to sea,” said one of them, Abdul Karim Sikder.",
                &[("Abdul Karim Sikder", None)],
            ),
            case(
                "One of the protesters, Lindiwe Mokoena, said the march would go on until the minister came out.",
                &[("Lindiwe Mokoena", None)],
            ),
            case(
                "“Nobody has come to help us,” said another resident, Yusuf Abdi Warsame.",
                &[("Yusuf Abdi Warsame", Some("resident"))],
            ),
        ],
    );
}

#[test]
fn plain_names_that_speak_or_act() {
    check(
        "plain proper names that speak or act",
        &[
            case(
                "Adebayo Okafor said the convoy was ambushed near Maiduguri. Okafor warned that more attacks were likely.",
                &[("Adebayo Okafor", None)],
            ),
            case(
                "Sadia Rahman told reporters the talks had stalled over the prisoner lists.",
                &[("Sadia Rahman", None)],
            ),
            case(
                "Talks collapsed after Viktor Hale walked out of the meeting in Vienna.",
                &[("Viktor Hale", None)],
            ),
            case(
                "Rashid Karimov met the Afghan delegation in Tashkent on Friday. Karimov said trade would resume.",
                &[("Rashid Karimov", None)],
            ),
            // Initials written together are one word of a name of four.
            case(
                "Foreign Minister A.K.M. Shahriar Kabir told reporters in Dhaka that the talks would resume.",
                &[("A.K.M. Shahriar Kabir", Some("foreign minister"))],
            ),
        ],
    );
}

#[test]
fn honorifics_fold_into_one_person() {
    check(
        "honorifics and short forms fold into one person",
        &[
            case(
                "Shri Rajnath Singh addressed the defence conference in New Delhi on Monday. \
                 Rajnath Singh said India would not tolerate cross-border terrorism.",
                &[("Rajnath Singh", None)],
            ),
            case(
                "President Beatriz Olvera Cantú rejected the listing on Monday. \
                 \"We are a sovereign country,\" Olvera Cantú said.",
                &[("Beatriz Olvera Cantú", None)],
            ),
            none_but(
                "Advocate Farhana Kabir Chowdhury told the tribunal the evidence was forged. \
                 Chowdhury said the verdict would be appealed.",
                &[("Farhana Kabir Chowdhury", None)],
                &["Advocate"],
            ),
            case(
                "Maulana Idris Qasmi of the JUI-F said the talks had failed. \
                 \"Send a delegation to Kabul,\" the Maulana said.",
                &[("Idris Qasmi", None)],
            ),
            // A cleric's style of two words ("Most Rev.", "Rt. Rev.") is no part of the name.
            none_but(
                "The National President of CAN, Most Rev. Jonah Danladi Gwamna, visited the scene. \
                 Gwamna called on the security agencies to protect churches.",
                &[("Jonah Danladi Gwamna", None)],
                &["Most"],
            ),
            none_but(
                "The Bishop of Mombasa, Rt. Rev. Alphonce Baya Mwaro, condemned the killings. \
                 Mwaro urged the government to act.",
                &[("Alphonce Baya Mwaro", None)],
                &["Rt"],
            ),
            case(
                "\"We cannot confirm it yet,\" said Superintendent of Police Md. Rafiqul Haque of Rangpur.",
                &[("Rafiqul Haque", None)],
            ),
            case(
                "Justice Minister Ingrid Solheim Aas signed the extradition order. \
                 Solheim Aas said the courts had found no risk of torture.",
                &[("Ingrid Solheim Aas", None)],
            ),
            case(
                "Dr. Amina Yusuf, the health minister, visited the cholera camp in Kano. \
                 Amina Yusuf said more vaccines were on the way. Dr Yusuf later thanked the volunteers.",
                &[("Amina Yusuf", None)],
            ),
            case(
                "Sheikh Tamim bin Hamad Al Thani received the envoy in Doha on Tuesday. \
                 Tamim said Qatar would keep working for a truce.",
                &[("Tamim bin Hamad Al Thani", None)],
            ),
            case(
                "Sir Keir Starmer spoke to reporters in Downing Street on Friday. \
                 Keir Starmer said Britain would keep up its support for Kyiv, and Sir Keir later chaired a security meeting.",
                &[("Keir Starmer", None)],
            ),
            case(
                "Mr. Ahmed Mansour, the Egyptian mediator, arrived in Cairo. Mr Mansour said the talks would resume.",
                &[("Ahmed Mansour", None)],
            ),
            // A woman's honorifics, and a daughter's "bint" inside the name.
            case(
                "Sheikha Moza bint Nasser opened the education summit in Doha. \
                 Moza bint Nasser urged donors to protect schools in war zones.",
                &[("Moza bint Nasser", None)],
            ),
            case(
                "Qatar's minister of state, Maha bint Saad Al-Mannai, met the families in Doha. \
                 Her Excellency Maha bint Saad Al-Mannai said the lists were final.",
                &[("Maha bint Saad Al-Mannai", None)],
            ),
            case(
                "Fr Joseph Anthonypillai led the prayers in Negombo. Rev Samuel Kobia read the \
                 council's statement.",
                &[("Joseph Anthonypillai", None), ("Samuel Kobia", None)],
            ),
        ],
    );
}

#[test]
fn places_and_units_named_for_people_are_not_people() {
    check(
        "a bridge, a hospital, a base, a brigade, a brotherhood",
        &[
            none_but(
                "The convoy crossed into the West Bank over the King Hussein Bridge on Sunday.",
                &[],
                &["Hussein"],
            ),
            none_but(
                "He was taken to the King Fahd County Referral Hospital in Lamu, police said.",
                &[],
                &["Fahd"],
            ),
            none_but(
                "Drones struck Prince Sultan Air Base, and the 103rd Infantry Brigade said it had repelled the attack.",
                &[],
                &["Sultan", "Infantry Brigade"],
            ),
            none_but(
                "The armed wing of Hamas, Izzeddine Al Qassam Brigades, said it fired the rockets; the Muslim Brotherhood said nothing.",
                &[],
                &["Brigades", "Brotherhood"],
            ),
        ],
    );
}

#[test]
fn a_ruler_known_by_one_name_is_no_namesake() {
    check(
        "'King Abdullah' is not 'Prime Minister Abdullah Ensour'; 'Dr. Sultan X' is no sultan",
        &[
            case(
                "AMMAN - His Majesty King Abdullah on Sunday called for a halt to the fighting. Prime Minister Abdullah Ensour told deputies the government would act. The King later urged the world to help.",
                &[("King Abdullah", Some("King")), ("Abdullah Ensour", Some("Prime Minister"))],
            ),
            case(
                "Foreign Minister Prince Saud bin Faisal met the envoy. Prince Saud said the talks had gone well.",
                &[("Saud bin Faisal", None)],
            ),
            case(
                "\"They need to move to economic cooperation,\" said Dr. Sultan Al-Qahtani, a Riyadh-based analyst.",
                &[("Al-Qahtani", Some("analyst"))],
            ),
        ],
    );
}

#[test]
fn capitalised_phrases_that_are_not_names_are_not_people() {
    check(
        "capitalised phrases that are not people",
        &[
            none_but(
                "The Official Visit concluded with a Joint Statement on counterterrorism cooperation.",
                &[],
                &["Official Visit", "Joint Statement"],
            ),
            // A rank before a title is no one's name.
            none_but(
                "The Tajik delegation was led by First Deputy Minister of Foreign Affairs, H.E. Mr. Jamshed Nazarzoda.",
                &[("Jamshed Nazarzoda", None)],
                &["First Deputy"],
            ),
            // A house of a parliament before its member's title is no one's name.
            none_but(
                "Lok Sabha MP Ritu Sharma said the fence was still incomplete.",
                &[("Ritu Sharma", None)],
                &["Lok Sabha"],
            ),
            none_but(
                "The committee, chaired by Rajya Sabha member Brajesh Tiwari, said the report was ready.",
                &[("Brajesh Tiwari", None)],
                &["Rajya Sabha"],
            ),
            // A university or a hospital is no one's name; the scholar after it is someone's.
            none_but(
                "Rice University's Douglas Brinkley said the Highland Hospital staff were exhausted.",
                &[("Douglas Brinkley", None)],
                &["University", "Hospital"],
            ),
            // A body's word after a title's ("Premier League", "General Assembly") is no name.
            none_but(
                "The Premier League's new broadcast deals were signed, Premier Institute fellows said.",
                &[],
                &["League", "Institute"],
            ),
            // A title's word before a company, a show or an adjective holds no one ("General
            // Motors", "Larry King Live", "premier European"); nor does a name's suffix
            // ("the Rev. Martin Luther King Jr."), which still closes a name.
            none_but(
                "Gore visited a former General Motors plant, told CNN's \"Larry King Live\" about the Martin Luther King Jr. observance, and President Ferdinand Marcos Jr. said he agreed.",
                &[("Ferdinand Marcos Jr.", None)],
                &["Motors", "Live"],
            ),
            // The words before an institution's word are its name's.
            none_but(
                "\"It is a shame,\" Paul Nunziato, president of the Port Authority Police Benevolent Association, said in a statement.",
                &[("Paul Nunziato", None)],
                &["Benevolent"],
            ),
            // A place is no one's name; a surname spelt like one still is.
            none_but(
                "A judge in New York had ordered the report released, Hong Kong police said, and Rhode Island officials agreed. Tasha Glasgow said the team would not travel.",
                &[("Tasha Glasgow", None)],
                &["New York", "Hong Kong", "Rhode Island"],
            ),
            // A party label is no part of a name, and the place before it no name at all.
            none_but(
                "Republican Scott Brown called for a travel ban, and New Jersey Democratic Sen. Frank Lautenberg asked for a report.",
                &[("Scott Brown", None), ("Frank Lautenberg", None)],
                &["Republican", "New Jersey", "Democratic"],
            ),
            // Where a body sits opens no person's name.
            none_but(
                "The Piraeus-based Thalassa Bulk Carriers said the crew was safe, and Manila-based Sea Watch Analytics agreed.",
                &[],
                &["Piraeus-based", "Manila-based"],
            ),
            // A title's next word that names an office or a body, not its holder.
            none_but(
                "The Armed Forces General Staff ordered border units to raise their readiness, and the inquiry ordered by the Minister Delegate was under way.",
                &[],
                &["Staff", "Delegate"],
            ),
            none_but(
                "Both sides agreed to use the General Border Committee and to report to the Minister of Foreign Affairs, Emigration and Expatriates.",
                &[],
                &["Border", "Emigration"],
            ),
            none_but(
                "\"Open the crossing,\" Mousa Abu Marzouk told Nile Online, and the Kampala Herald said talks would resume.",
                &[("Mousa Abu Marzouk", None)],
                &["Nile Online", "Kampala Herald"],
            ),
            none_but(
                "Officials said the Strategic Dialogue would resume in March and that a Summit Declaration had been adopted.",
                &[],
                &["Strategic Dialogue", "Summit Declaration"],
            ),
            none_but(
                "The Foreign Office summoned the ambassador, and the Security Council met in closed session.",
                &[],
                &["Foreign Office", "Security Council"],
            ),
            none_but(
                "Boko Haram fighters attacked fishing villages around Lake Chad and the Sambisa Forest.",
                &[],
                &["Lake Chad", "Sambisa Forest"],
            ),
            none_but(
                "The Awami League called on the interim government to set a date for elections.",
                &[],
                &["Awami League"],
            ),
            none_but(
                "SUNRISE PEOPLES CONFERENCE on Friday called for talks with the rebels, and the Riverside Farmers Association said it would join them.",
                &[],
                &["CONFERENCE", "Farmers Association"],
            ),
            none_but(
                "Foreign Minister Karin Olsen presented the Joint Statement after the Strategic Dialogue in Oslo.",
                &[("Karin Olsen", Some("Foreign Minister"))],
                &["Joint Statement", "Strategic Dialogue"],
            ),
        ],
    );
}

#[test]
fn names_after_a_word_of_their_kind_are_not_people() {
    check(
        "a name after 'Operation', 'Exercise', 'Cyclone' is an operation's, an exercise's or a storm's",
        &[
            none_but(
                "The spokesperson of Operation Hadin Kai, Captain Bashir Usman, said troops had cleared three camps.",
                &[("Bashir Usman", Some("spokesperson"))],
                &["Hadin Kai"],
            ),
            none_but(
                "Troops taking part in Exercise Cobra Gold said the drills would end on Friday. Colonel Mark Ellis said the navy had joined.",
                &[("Mark Ellis", None)],
                &["Cobra Gold"],
            ),
            none_but(
                "Cyclone Remal said to have killed 16 people, officials in Dhaka reported. Relief minister Faruk Hossain said aid was on its way.",
                &[("Faruk Hossain", Some("minister"))],
                &["Remal"],
            ),
        ],
    );
}

#[test]
fn surnames_after_punctuation_are_the_same_person() {
    check(
        "a surname after a comma or a quotation is the person already met",
        &[case(
            "Foreign Minister Ali Rahimi met the envoy on Monday. Later, Rahimi said the talks \
                 were useful. \"We are ready,\" Rahimi added.",
            &[("Ali Rahimi", Some("Foreign Minister"))],
        )],
    );
}

#[test]
fn family_names_first_stand_for_the_person_alone() {
    check(
        "a Chinese or Korean name's first word, alone, is the person already met",
        &[
            case(
                "Foreign Ministry spokesperson Lin Haoran condemned the attack on Friday. Lin said the \
                 perpetrators would be punished.",
                &[("Lin Haoran", Some("spokesperson"))],
            ),
            case(
                "Unification Minister Kim Seo-yeon visited the border town. Kim told reporters the \
                 talks would resume.",
                &[("Kim Seo-yeon", Some("Minister"))],
            ),
        ],
    );
}

#[test]
fn names_no_title_holds_shown_by_what_follows() {
    check(
        "a name before letters after it, a participle clause or 'whose'",
        &[
            case(
                "Aisha Rahman MP (Labour) raised the killings of civilians on the coast.",
                &[("Aisha Rahman", None)],
            ),
            case(
                "Hisham al-Obaidi, speaking at a news conference in Baghdad, said 21,000 people had returned.",
                &[("Hisham al-Obaidi", None)],
            ),
            case(
                "Marleny Ortiz, whose son is among the soldiers taken, held up his photograph.",
                &[("Marleny Ortiz", None)],
            ),
        ],
    );
}

#[test]
fn a_portfolio_of_several_words_before_the_holder() {
    check(
        "the Minister for the Middle East and North Africa, Name,",
        &[
            case(
                "The committee questioned the Minister for the Middle East and North Africa, Daniel Okafor MP, on Syria.",
                &[("Daniel Okafor", Some("Minister"))],
            ),
            case(
                "Opening the session, the Chair of the Committee, Dame Helen Ashworth, asked for the legal advice.",
                &[("Helen Ashworth", Some("Chair"))],
            ),
        ],
    );
}

#[test]
fn a_transcripts_masthead_names_its_speaker() {
    check(
        "a title-case masthead closing on a title and a name",
        &[
            case(
                "Transcript of the Weekly Press Briefing by the Spokesperson of the Ministry of Foreign Affairs, Ambassador Meskerem Abebe\n\nSpokesperson: Good afternoon. We call on Somalia to expedite its investigation.",
                &[("Meskerem Abebe", Some("Spokesperson"))],
            ),
            none_but(
                "Rival Institutions Must Agree Budget, Special Representative Tells Council\n\nThe envoy briefed the Council on Tuesday.",
                &[],
                &["Tells Council"],
            ),
        ],
    );
}

#[test]
fn a_topic_titling_a_statement_is_no_speaker() {
    check(
        "'Red Sea: Statement by the Spokesperson …': a place or topic before the colon of a statement's title is no person's label",
        &[
            none_but(
                "Red Sea: Statement by the Spokesperson on the attack against the MV Kalliope Star\n\nThe European Union strongly condemns the attack. The Houthis must release the crew without delay.",
                &[],
                &["Red Sea"],
            ),
            none_but(
                "Gulf of Aden: Joint declaration of the coastal states on maritime security\n\nThe ministers met in Djibouti on Monday.",
                &[],
                &["Gulf of Aden"],
            ),
            case(
                "Open debate on the protection of civilians\n\nLina Haddad: Mr President, we call on all parties to protect civilians in Darfur.",
                &[("Lina Haddad", None)],
            ),
        ],
    );
}

#[test]
fn a_middle_name_alone_is_the_first_surname() {
    check(
        "'Quintero' alone for 'Ismael Quintero Arango', not 'Kaur' of another name",
        &[
            case(
                "ELN negotiator Ismael Quintero Arango has spent two years in Havana. Quintero said the talks were asleep, not dead.",
                &[("Ismael Quintero Arango", Some("negotiator"))],
            ),
            case(
                "Minister Rajinder Kaur Bhullar visited the post. Baljit Kaur, who heads the village council, pleaded with the state government to station more personnel there.",
                &[("Rajinder Kaur Bhullar", Some("Minister")), ("Baljit Kaur", None)],
            ),
        ],
    );
}

#[test]
fn a_transcripts_capitals_are_the_person_already_met() {
    check(
        "CHEIKH TIDIANE MBENGUE: and OULD DEDDAH: are the people the moderator introduced",
        &[none_but(
            "Transcript of the joint press conference of the Minister of Foreign Affairs, African Cooperation and Mauritanians Abroad\n\nMODERATOR: Their Excellencies Mr. Mohamed Lemine Ould Deddah and Mr. Cheikh Tidiane Mbengue will speak.\n\nMINISTER OULD DEDDAH: Thank you. We ask Mali to coordinate its operations with our army.\n\nCHEIKH TIDIANE MBENGUE: Thank you, Minister.",
            &[("Mohamed Lemine Ould Deddah", None), ("Cheikh Tidiane Mbengue", None)],
            &["African Cooperation"],
        )],
    );
}

#[test]
fn an_office_after_a_sentence_about_a_state_is_that_states() {
    let text = "Afghanistan's neighbours met in Almaty. Afghanistan was the only subject, and Afghanistan's rulers were absent. Uzbekistan, whose border post came under fire, took the hardest line. Foreign Minister Bakhodir Umarov said the suspects must be detained.";
    let r = analyze(text);
    let umarov = r
        .actors
        .iter()
        .find(|a| a.name == "Bakhodir Umarov")
        .expect("the minister is a person");
    let aff = umarov
        .affiliation
        .as_ref()
        .and_then(|id| r.actors.iter().find(|a| &a.id == id))
        .map(|a| a.name.as_str());
    assert_eq!(aff, Some("Uzbekistan"), "{:?}", r.actors);
}

#[test]
fn a_transcripts_list_of_speakers() {
    check(
        "Speakers: Dr. X, Minister of …; …",
        &[case(
            "Speakers: Dr. Qassim Abd al-Amir al-Saffar, Minister of Foreign Affairs of the Republic of Iraq; Mr. Nizar Adib al-Hamwi, Minister of Foreign Affairs of the Syrian Arab Republic\n\nDR. AL-SAFFAR: We call on every country to take its nationals back.",
            &[("Qassim Abd al-Amir al-Saffar", Some("Minister")), ("Nizar Adib al-Hamwi", Some("Minister"))],
        )],
    );
}

#[test]
fn the_tail_of_a_bodys_name_before_said_is_no_person() {
    check(
        "the tail of a body's name",
        &[
            none_but(
                "Security forces killed four people on Wednesday, the London-based Syrian Observatory for Human Rights said.",
                &[],
                &["Human Rights"],
            ),
            none_but(
                "Police raided the offices of the group, the Independent Observatory said, citing witnesses in Tunis.",
                &[],
                &["Observatory"],
            ),
        ],
    );
}

#[test]
fn a_sentence_s_first_noun_is_no_name() {
    check(
        "a common noun capitalised as a sentence's first word",
        &[
            none_but(
                "Relatives of the victims gathered outside the morgue in Zaruma, demanding answers from the government.",
                &[],
                &["Relatives"],
            ),
            none_but(
                "Politicians urged the studio not to back down in the face of the threats.",
                &[],
                &["Politicians"],
            ),
            case(
                "Okafor called for an independent inquiry into the killings.",
                &[("Okafor", None)],
            ),
        ],
    );
}

#[test]
fn a_month_in_a_name() {
    check(
        "a name that holds a month's word (\"Theresa May\", \"Jan Egeland\"), and dates that are no names",
        &[
            case(
                "British Prime Minister Theresa May urged Moscow to explain the nerve agent attack in Salisbury.",
                &[("Theresa May", None)],
            ),
            case(
                "Jan Egeland, the head of the Norwegian Refugee Council, called for an immediate pause in the fighting.",
                &[("Jan Egeland", None)],
            ),
            case(
                "Senator Mar Roxas asked the rebels to free the hostages.",
                &[("Mar Roxas", None)],
            ),
            none_but(
                "In May Pakistan urged the Taliban to act against the TTP, and on Jan 5 it did so again.",
                &[],
                &["May Pakistan", "Jan"],
            ),
        ],
    );
}

#[test]
fn a_role_in_common_nouns_before_the_name() {
    check(
        "a calling in lower case before a name of two words or more (security analyst X, aid worker X)",
        &[
            case(
                "Security analyst Tomasz Wierzbowski, of the Krakow firm Vigil, said the cell had planned for months.",
                &[("Tomasz Wierzbowski", Some("analyst"))],
            ),
            case(
                "Tehran released aid worker Pieter Dufresne in exchange for diplomat Hossein Farahani last spring.",
                &[
                    ("Pieter Dufresne", Some("aid worker")),
                    ("Hossein Farahani", Some("diplomat")),
                ],
            ),
            case(
                "Presidential Communications Undersecretary Rosa Linda Macaraeg asked the public not to share the videos.",
                &[("Rosa Linda Macaraeg", Some("Undersecretary"))],
            ),
            case(
                "Judge Ingrid Vesterlund adjourned the hearing, and lawyer Omar Belkacem asked for bail.",
                &[("Ingrid Vesterlund", Some("Judge")), ("Omar Belkacem", Some("lawyer"))],
            ),
            case(
                "Its president, state ombudsman Lic. Graciela Montalvo Ruiz, demanded an inquiry into the raid.",
                &[("Graciela Montalvo Ruiz", Some("ombudsman"))],
            ),
            case(
                "Yahukimo Regent Esau Heluka appealed to all sides to stop the killing. Shops on Regent Street closed early.",
                &[("Esau Heluka", Some("regent"))],
            ),
            case(
                "Cpl. Laurel Kading said the base was sealed; corporal punishment was never discussed.",
                &[("Laurel Kading", Some("cpl"))],
            ),
        ],
    );
}

#[test]
fn a_description_after_the_name_in_any_words() {
    check(
        "an apposition whose words before its noun are capitalised, hyphenated or numbers",
        &[
            case(
                "Dilshod Yusupov, a Samarkand-based security analyst, said the arrests would strain ties with Ankara.",
                &[("Dilshod Yusupov", Some("analyst"))],
            ),
            case(
                "Reza Kazemi, a Dutch-Iranian emergency physician, was detained at the airport in March.",
                &[("Reza Kazemi", None)],
            ),
            case(
                "Salem Bouhlel, a 63-year-old shopkeeper whose shutters were burned, begged the militias to leave.",
                &[("Salem Bouhlel", None)],
            ),
            case(
                "Anjali Deka, Pranab's mother, said she had not heard from him since March.",
                &[("Anjali Deka", None)],
            ),
        ],
    );
}

#[test]
fn a_given_name_and_a_surnames_initial() {
    check(
        "suspects named as courts in Europe name them (Karim A.), not 'Plan B.' nor a middle initial",
        &[
            none_but(
                "The three men, identified only as Bilal R., Tarek S. and Anis M. under privacy rules, deny the charges. Their plan B. was never found.",
                &[("Bilal R.", None), ("Tarek S.", None), ("Anis M.", None)],
                &["plan"],
            ),
            case(
                "The court in Hamm sentenced 24-year-old Jamil K. to nine years in prison.",
                &[("Jamil K.", None)],
            ),
            case(
                "The report was written by Kwame J. Mensah in Accra.",
                &[("Kwame J. Mensah", None)],
            ),
        ],
    );
}

#[test]
fn an_office_written_with_its_article_stands_for_its_holder() {
    check(
        "The Public Prosecutor, Counselor X, … The Public Prosecutor urged …: one person",
        &[case(
            "The Public Prosecutor, Counselor Adel Mahfouz Soliman, ordered the suspects held for 15 days. \
             The Public Prosecutor later urged Britain to hand over two more.",
            &[("Adel Mahfouz Soliman", None)],
        )],
    );
}

#[test]
fn a_name_whose_party_follows_after_of() {
    check(
        "'X of <party> said': the person before 'of', not the party after it",
        &[
            none_but(
                "Antonio Carulli of Forza Italia said the motion was necessary but late.",
                &[("Antonio Carulli", None)],
                &["Forza Italia"],
            ),
            none_but(
                "Giulia Ferrante of the Greens said the ban would not stop the attacks. The Mailman School of Public Health said the study was sound.",
                &[("Giulia Ferrante", None)],
                &["Mailman School", "Public Health"],
            ),
        ],
    );
}

#[test]
fn kin_before_a_name_an_age_after_one_word_and_a_kins_relative_clause() {
    check(
        "his wife X / the pilot's mother X; a one-word name an age follows ('Mahsa, 23, …'); 'X, whose two daughters were taken, …'",
        &[
            case(
                "At the house in Bandarban town, his wife Nusrat Jahan was inconsolable.",
                &[("Nusrat Jahan", None)],
            ),
            case(
                "Outside the court, the pilot's mother Grace Okoro held up his photograph.",
                &[("Grace Okoro", None)],
            ),
            case(
                "Mahsa, 23, who was in her final year at a midwifery school in Herat, said she works unpaid.",
                &[("Mahsa", None)],
            ),
            // The one-word name set off by commas after the word of kin.
            case(
                "Ranj Kamal's brother, Hemin, told reporters that Ranj had never carried a weapon.",
                &[("Ranj Kamal", None), ("Hemin", None)],
            ),
            case(
                "Her eldest son, Bilal, said the family had sold their goats to pay the ransom.",
                &[("Bilal", None)],
            ),
            case(
                "Marleny Ortiz, whose two daughters were taken from the school, held a photograph of them.",
                &[("Marleny Ortiz", None)],
            ),
        ],
    );
}

#[test]
fn a_person_of_a_party_introduced_by_its_own_languages_acronym() {
    check(
        "'Name of the <party> (ACRONYM in its own language)': the person before 'of the', the party after it",
        &[case(
            "In the Senate, opposition senator Hugo Ramírez Vera of the Authentic Radical Liberal Party (PLRA) demanded that the minister resign.",
            &[("Hugo Ramírez Vera", None)],
        )],
    );
}

#[test]
fn a_place_after_a_word_of_direction_is_no_part_of_a_name() {
    let r = analyze(
        "Congress MP from Inner Manipur Thokchom Bidyananda said it was time for the Prime Minister to visit the state.",
    );
    let names: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"Thokchom Bidyananda"), "{names:?}");
    assert!(
        !names.iter().any(|n| n.contains("Manipur Thokchom")),
        "{names:?}"
    );
}

#[test]
fn a_party_label_before_a_name() {
    check(
        "party labels",
        &[
            case(
                "Republican Daniel Hartley used the hearing to attack the administration's handling of the crisis.",
                &[("Daniel Hartley", None)],
            ),
            case(
                "Democrat Maria Okafor voted against the bill, as did two of her colleagues.",
                &[("Maria Okafor", None)],
            ),
            none_but(
                "On Monday, former Movement for Democratic Change Member of Parliament Tendai Moyo and 45 activists were arrested, the spokesman Philip Crowley said.",
                &[
                    ("Tendai Moyo", Some("Member of Parliament")),
                    ("Philip Crowley", Some("spokesman")),
                ],
                &["Change Member"],
            ),
        ],
    );
}

#[test]
fn places_that_open_like_names() {
    check(
        "Arabic place names",
        &[none_but(
            "The UN envoy condemned the collective punishment of Beit Fajjar’s 14,000 residents. Defense Minister Gideon Harpaz ordered a full closure on the town. He urged Palestinians in the area not to shelter the gunman.",
            &[("Gideon Harpaz", Some("Minister"))],
            &["Beit Fajjar"],
        )],
    );
}

#[test]
fn a_state_opening_a_double_surname() {
    check(
        "double surnames",
        &[
            none_but(
                "Senator Marisol Montenegro-Ruiz called for an inquiry into the landmine deaths.",
                &[("Marisol Montenegro-Ruiz", Some("Senator"))],
                &[],
            ),
            none_but(
                "Mayor Peter Chad-Williams urged residents to stay indoors.",
                &[("Peter Chad-Williams", Some("Mayor"))],
                &[],
            ),
        ],
    );
}

#[test]
fn a_state_as_the_given_name_after_a_title() {
    check(
        "a state's name as a given name",
        &[
            case(
                "Defence Minister Santiago Ferreira gave the rebels a week to free the engineers.",
                &[("Santiago Ferreira", Some("Minister"))],
            ),
            case(
                "Defence Minister Israel Katz urged Hezbollah to withdraw north of the Litani.",
                &[("Israel Katz", Some("Minister"))],
            ),
            none_but(
                "Foreign Minister Pakistan Ishaq Dar said nothing.",
                &[("Ishaq Dar", None)],
                &["Pakistan"],
            ),
        ],
    );
}

#[test]
fn a_name_of_five_words() {
    check(
        "names of five capitalised words",
        &[
            case(
                "Reading out the declaration, its spokesman Malik Abdul Aziz Khan Tarkani said the tribes must not be displaced again.",
                &[("Malik Abdul Aziz Khan Tarkani", Some("spokesman"))],
            ),
            case(
                "Provincial minister Sardar Muhammad Yousaf Khan Zaman urged the federal government to release the funds.",
                &[("Sardar Muhammad Yousaf Khan Zaman", Some("minister"))],
            ),
            case(
                "Brig Gen Richard Tumusiime Kasangaki Mugisha asked residents to report strangers to the army.",
                &[("Richard Tumusiime Kasangaki Mugisha", None)],
            ),
        ],
    );
}

#[test]
fn a_regnal_number_closes_a_traditional_rulers_name() {
    check(
        "regnal numbers and traditional offices",
        &[
            case(
                "Oba Adebisi Akinrinmade II appealed to the Fulani leaders to fish out the criminals.",
                &[("Adebisi Akinrinmade II", Some("Oba"))],
            ),
            case(
                "For his part, the Fon of Nkwen, HRH Fon Tabi Nkwenti III, implored the fighters to come out of the bush.",
                &[("Tabi Nkwenti III", Some("Fon"))],
            ),
            case(
                "Pope Tawadros II called on the government to protect the churches of Minya.",
                &[("Tawadros II", Some("Pope"))],
            ),
        ],
    );
}

#[test]
fn iberian_and_italian_particles_inside_a_name() {
    check(
        "'del', 'da', 'dos', 'della' inside a name",
        &[
            case(
                "Vox leader Rafael Ortega del Valle said Spain should stand with Israel.",
                &[("Rafael Ortega del Valle", Some("leader"))],
            ),
            case(
                "Former president Luiz Inácio Lula da Silva urged Hamas to free the hostages.",
                &[("Luiz Inácio Lula da Silva", Some("President"))],
            ),
            case(
                "Senator Maria dos Santos called on Israel to stop the strikes.",
                &[("Maria dos Santos", Some("Senator"))],
            ),
            case(
                "Mayor Giulia Ricci della Torre asked the prefect to protect the synagogue.",
                &[("Giulia Ricci della Torre", Some("Mayor"))],
            ),
        ],
    );
}

#[test]
fn two_particles_inside_a_name() {
    check(
        "'de la', 'de los', 'van der': two particles before the surname",
        &[
            case(
                "Juan de la Cruz, a lawyer for the families, urged the prosecutor to reopen the case.",
                &[("Juan de la Cruz", None)],
            ),
            case(
                "Senator María de los Ángeles Pérez called on the ELN to free the hostages.",
                &[("María de los Ángeles Pérez", Some("Senator"))],
            ),
            case(
                "Mayor Pieter van der Berg asked the police to guard the mosque.",
                &[("Pieter van der Berg", Some("Mayor"))],
            ),
        ],
    );
}

#[test]
fn a_nickname_in_quotation_marks_inside_a_name() {
    check(
        "nicknames",
        &[
            case(
                "Mayor Eugenio “Jun-Jun” Lacson urged contractors not to pay the extortion.",
                &[("Eugenio “Jun-Jun” Lacson", Some("Mayor"))],
            ),
            case(
                "In the video, the coalition's spokesman, Johnson \"Ti Sonson\" Délva, demanded that the council resign.",
                &[("Johnson \"Ti Sonson\" Délva", None)],
            ),
        ],
    );
}

#[test]
fn a_name_and_the_real_name_or_alias_it_is_given_are_one_person() {
    let texts = [
        (
            "In a voice message on Wednesday, Ti Lapli, whose real name is Wilner Bazile, demanded that the police withdraw. Bazile said the gang would not negotiate.",
            ["Ti Lapli", "Wilner Bazile"],
        ),
        (
            "Ousmane Diallo, better known as Abu Ubaida, warned the villagers against helping the army. Diallo said the roads would stay closed.",
            ["Ousmane Diallo", "Abu Ubaida"],
        ),
        (
            "The attack was claimed by Bashir Hassan Warsame, alias Abu Dujana, who said more would follow.",
            ["Bashir Hassan Warsame", "Abu Dujana"],
        ),
    ];
    let mut failures = Vec::new();
    for (text, [a, b]) in texts {
        let r = analyze(text);
        let people: Vec<&Actor> = r
            .actors
            .iter()
            .filter(|x| x.kind == ActorKind::Person)
            .collect();
        if people.len() != 1 || !is_named(people[0], a) || !is_named(people[0], b) {
            failures.push(format!(
                "  TEXT: {text:?}\n    expected one person named {a:?} and {b:?}\n{}",
                describe(&r)
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "a name and its alias: {} case(s) failed\n\n{}\n",
        failures.len(),
        failures.join("\n\n")
    );
}

#[test]
fn a_deputy_addressed_or_an_office_qualified() {
    check(
        "the Dáil's 'Deputy Hennessy' is a person so addressed; 'deputy Middle East director' qualifies the office of the one named before",
        &[
            none_but(
                "Deputy Aoife Brennan said the Government must ensure the troops stay under UN command. Deputy Brennan asked the Minister to confirm it.",
                &[("Aoife Brennan", None)],
                &["Deputy"],
            ),
            case(
                "\"The detainees must be released,\" said Omar Faruqi, deputy Middle East director at Human Rights Watch.",
                &[("Omar Faruqi", Some("director"))],
            ),
        ],
    );
}
