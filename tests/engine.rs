//! End-to-end behaviour of `analyze` on short texts written for these tests.
#![cfg(not(target_arch = "wasm32"))]

use communique::report::{ActorKind, Category, List, Report};
use communique::{analyze, analyze_file, InputError};

fn actor<'a>(r: &'a Report, name: &str) -> &'a communique::report::Actor {
    r.actors.iter().find(|a| a.name == name).unwrap_or_else(|| {
        panic!(
            "no actor {name} in {:#?}",
            r.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
        )
    })
}

/// The people of a report, by name, in order.
fn people(r: &Report) -> Vec<&str> {
    r.actors
        .iter()
        .filter(|a| a.kind == ActorKind::Person)
        .map(|a| a.name.as_str())
        .collect()
}

fn names(r: &Report, ids: &[communique::report::ActorId]) -> Vec<String> {
    ids.iter()
        .map(|id| {
            r.actors
                .iter()
                .find(|a| a.id == *id)
                .expect("id resolves")
                .name
                .clone()
        })
        .collect()
}

#[test]
fn joint_urging_of_an_armed_group() {
    let r = analyze(
        "Beijing and Islamabad urge Taliban to rein in militants\n\n\
         ISLAMABAD: Pakistan and China on Friday urged the Taliban to take concrete action against \
         the Tehrik-e-Taliban Pakistan (TTP) and the East Turkistan Islamic Movement, the foreign \
         ministers said after talks.",
    );
    let d = r
        .demands
        .iter()
        .find(|d| d.sentence.text.starts_with("ISLAMABAD"))
        .expect("the demand");
    assert_eq!(names(&r, &d.speakers), vec!["Pakistan", "China"]);
    assert_eq!(names(&r, &d.addressees), vec!["Taliban"]);
    assert_eq!(d.category, Category::Counterterrorism);
    assert_eq!(d.verb, "urged");
    assert!(!d.quoted);
    assert_eq!(d.cameo.as_deref(), Some("0212"));
    let groups: Vec<&str> = d
        .groups
        .iter()
        .map(|g| r.groups.iter().find(|x| x.id == *g).unwrap().name.as_str())
        .collect();
    assert!(
        groups.contains(&"Tehrik-e-Taliban Pakistan")
            && groups.contains(&"East Turkistan Islamic Movement"),
        "{groups:?}"
    );
    let taliban = actor(&r, "Taliban");
    assert_eq!(taliban.kind, ActorKind::ArmedGroup);
    assert!(taliban.group.is_some());
    assert_eq!(
        r.meta.title.as_deref(),
        Some("Beijing and Islamabad urge Taliban to rein in militants")
    );
}

#[test]
fn spellings_of_one_group_merge_with_their_lists() {
    let r = analyze("Officials blamed al-Qaida. Al Qaeda denied it, but AL-QAEDA cells remain, and Al-Qaeda's leader spoke.");
    assert_eq!(r.groups.len(), 1);
    let g = &r.groups[0];
    assert_eq!(g.mentions.len(), 4);
    assert_eq!(g.lists, vec![List::UN, List::US, List::UK, List::IN]);
    assert!(g.aliases.contains(&"Al Qaeda".to_string()));
}

#[test]
fn a_provinces_name_is_matched_whole() {
    // "Islamic State East Asia Province" is the UN-listed ISIL in South-East Asia, named by
    // the whole of its name, "Province" included, not by its shorter alias and a stray word.
    let r = analyze(
        "A statement issued by Islamic State East Asia Province claimed the attack on the chapel.",
    );
    assert_eq!(r.groups.len(), 1, "{:?}", r.groups);
    let g = &r.groups[0];
    assert_eq!(g.mentions[0].text, "Islamic State East Asia Province");
    assert_eq!(g.lists, vec![List::UN]);
}

/// The group of `r` named `name`; the test fails, listing the groups found, if none is.
fn group_named<'r>(r: &'r Report, name: &str) -> &'r communique::report::Group {
    r.groups.iter().find(|g| g.name == name).unwrap_or_else(|| {
        panic!(
            "no group {name} in {:?}",
            r.groups.iter().map(|g| &g.name).collect::<Vec<_>>()
        )
    })
}

/// A group's mentions as written, in order.
fn mention_texts(g: &communique::report::Group) -> Vec<String> {
    g.mentions.iter().map(|m| m.text.clone()).collect()
}

#[test]
fn transliterations_no_list_holds_merge_into_one_group_with_its_lists() {
    let text = "Police in Quetta blamed Lashkar-i-Jangvi for the bombing. Hours later a \
                spokesman for Lashkar-e-Jhangvi claimed the attack, while Jaish-i-Muhammad \
                denied any role and said Jaish-e-Mohammad fighters were not in the city. \
                Tehreek-i-Taliban Pakistan, which is separate from the Afghan Taliban, said \
                nothing.";
    let r = analyze(text);
    for g in &r.groups {
        for m in &g.mentions {
            assert_eq!(&text[m.start..m.end], m.text, "mention offsets are exact");
        }
    }
    let group = |name: &str| group_named(&r, name);
    let lej = group("Lashkar-e-Jhangvi");
    assert_eq!(
        mention_texts(lej),
        vec!["Lashkar-i-Jangvi", "Lashkar-e-Jhangvi"]
    );
    assert_eq!(lej.lists, vec![List::UN, List::US, List::UK]);
    let jem = group("Jaish-e-Mohammed");
    assert_eq!(
        mention_texts(jem),
        vec!["Jaish-i-Muhammad", "Jaish-e-Mohammad"]
    );
    assert_eq!(jem.lists, vec![List::UN, List::US, List::UK, List::IN]);
    // folding never merges distinct groups: the Pakistani Taliban are not the Taliban
    assert_eq!(
        mention_texts(group("Tehrik-e-Taliban Pakistan")),
        vec!["Tehreek-i-Taliban Pakistan"]
    );
    assert_eq!(mention_texts(group("Taliban")), vec!["Afghan Taliban"]);
    assert_eq!(r.groups.len(), 4);
}

/// Groups on none of the five lists, or on lists the shared table does not copy, are still
/// groups when named: an armed group of the archives or of a region's own conflicts is
/// found and merged across its spellings ("Militiamen" opening a sentence is no spelling of
/// al-Mulathamun).
#[test]
fn groups_the_shared_table_lacks_are_found_and_merged() {
    let text = "Militiamen loyal to the Mahdi Army fought police in Basra, and a Jaish al-Mahdi \
                commander denied it. In Gao, MUJAO claimed the kidnapping; the Movement for \
                Oneness and Jihad in West Africa had threatened Algeria before. In Papua, the \
                West Papua National Liberation Army (TPNPB) said it held the pilot.";
    let r = analyze(text);
    let group = |name: &str| group_named(&r, name);
    assert_eq!(
        mention_texts(group("Mahdi Army")),
        vec!["Mahdi Army", "Jaish al-Mahdi"]
    );
    let mujao = group("Movement for Oneness and Jihad in West Africa");
    assert_eq!(mujao.mentions.len(), 2);
    assert_eq!(mujao.lists, vec![List::UN]);
    let tpnpb = group("West Papua National Liberation Army");
    assert!(tpnpb.lists.is_empty());
    assert_eq!(r.groups.len(), 3, "{:?}", r.groups);
}

/// Russian-language sources write the Khorasan branch's name with a V ("Vilayat
/// Khorasan", as TASS does); it is the branch on the lists, not a group of its own.
#[test]
fn the_khorasan_branch_in_a_russian_transliteration_is_one_group() {
    let r = analyze(
        "The FSB said the gunmen were recruited by Vilayat Khorasan. Officials in Dushanbe \
         said ISIS-K had used Telegram channels in Tajik.",
    );
    let names: Vec<&str> = r.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Islamic State Khorasan Province"], "{names:?}");
    let texts: Vec<&str> = r.groups[0]
        .mentions
        .iter()
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(texts, ["Vilayat Khorasan", "ISIS-K"]);
    assert_eq!(r.groups[0].lists, vec![List::UN, List::US, List::IN]);
}

#[test]
fn a_person_with_title_handle_and_later_references_is_one_actor() {
    let r = analyze(
        "External Affairs Minister S. Jaishankar met his counterpart in Paris.\n\n\
         EAM @DrSJaishankar called for an immediate ceasefire in the region.\n\n\
         Jaishankar later said the talks were useful.",
    );
    let people: Vec<_> = r
        .actors
        .iter()
        .filter(|a| a.kind == ActorKind::Person)
        .collect();
    assert_eq!(people.len(), 1, "{people:#?}");
    let p = people[0];
    assert_eq!(p.name, "S. Jaishankar");
    assert_eq!(p.role.as_deref(), Some("External Affairs Minister"));
    assert_eq!(p.affiliation, Some(actor(&r, "India").id));
    let texts: Vec<&str> = p.mentions.iter().map(|m| m.text.as_str()).collect();
    assert!(
        texts.contains(&"@DrSJaishankar") && texts.contains(&"Jaishankar"),
        "{texts:?}"
    );
    let d = &r.demands[0];
    assert_eq!(names(&r, &d.speakers), vec!["S. Jaishankar", "India"]);
    assert_eq!(d.category, Category::Ceasefire);
}

#[test]
fn a_quoted_demand_is_attributed_to_whoever_the_quote_is_given_to() {
    let r = analyze(
        "The ministers met in Doha on Monday.\n\n\
         “We call on all parties to return to the negotiating table without delay,” Qatari Prime Minister Mohammed bin Abdulrahman Al Thani told reporters.",
    );
    let d = &r.demands[0];
    assert!(d.quoted);
    assert_eq!(d.category, Category::Negotiation);
    let speakers = names(&r, &d.speakers);
    assert!(speakers.contains(&"Qatar".to_string()), "{speakers:?}");
}

#[test]
fn tweets_count_but_their_trailers_and_links_do_not() {
    let text = "UNSG @antonioguterres urges all sides to protect civilians in Gaza. pic.twitter.com/AbC123 — UN News (@UN_News_Centre) October 9, 2023\n";
    let r = analyze(text);
    let d = &r.demands[0];
    assert_eq!(d.category, Category::Humanitarian);
    let speaker = names(&r, &d.speakers);
    assert!(
        speaker.contains(&"antonioguterres".to_string())
            || speaker.contains(&"United Nations".to_string()),
        "{speaker:?}"
    );
    assert!(!d.sentence.text.contains("pic.twitter"));
    assert!(r
        .actors
        .iter()
        .all(|a| a.mentions.iter().all(|m| !m.text.contains("UN News"))));
}

#[test]
fn teasers_captions_and_footers_are_skipped_but_offsets_stay_valid() {
    let text = "Home / World / Asia\n\nEgypt urged Israel and Hamas to agree a truce.\n\nRead | Jordan Calls For Halt To Strikes\n\nPhoto: Reuters\n\n© 2024 Example Media. All rights reserved.";
    let r = analyze(text);
    assert_eq!(r.text, None, "plain UTF-8 is analysed in place");
    assert_eq!(r.demands.len(), 1);
    assert!(r.actors.iter().all(|a| a.name != "Jordan"));
    for a in &r.actors {
        for m in &a.mentions {
            assert_eq!(&text[m.start..m.end], m.text);
        }
    }
    assert_eq!(r.meta.sentences, 1);
}

#[test]
fn a_sports_should_is_no_demand_and_a_pledge_is_no_demand() {
    let r = analyze(
        "The captain said the fielder should have made the catch and the team must win on Sunday.\n\n\
         The minister said the government will bring the perpetrators to justice.",
    );
    assert!(r.demands.is_empty(), "{:#?}", r.demands);
}

#[test]
fn capitals_and_governments_stand_for_their_states() {
    let r = analyze("Islamabad has asked Kabul to act against militants. The Afghan government said it would respond.");
    let pk = actor(&r, "Pakistan");
    assert_eq!(pk.kind, ActorKind::Country);
    let af = actor(&r, "Afghanistan");
    let texts: Vec<&str> = af.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, vec!["Kabul", "Afghan government"]);
    assert_eq!(names(&r, &r.demands[0].speakers), vec!["Pakistan"]);
    assert_eq!(names(&r, &r.demands[0].addressees), vec!["Afghanistan"]);
}

#[test]
fn dates_titles_and_counts() {
    let r = analyze(
        "Envoys Meet In Geneva\n\nGENEVA, March 3 (Reuters) - Talks resumed. They began in 2023.",
    );
    assert_eq!(r.meta.title.as_deref(), Some("Envoys Meet In Geneva"));
    assert_eq!(r.meta.date.as_deref(), Some("2023-03-03"));
    assert_eq!(r.meta.words, 14);
    assert_eq!(r.meta.chars, 85);
}

#[test]
fn html_pages_and_legacy_encodings_carry_their_text() {
    let page = b"<html><head><title>T</title><script>alert('x')</script></head><body><h1>Talks urged</h1><p>Norway&rsquo;s envoy urged both sides to resume talks.</p><footer>(c) 2024</footer></body></html>";
    let a = analyze_file(page, Some("page.html")).unwrap();
    let text = a
        .report
        .text
        .as_deref()
        .expect("HTML reports carry their text");
    assert_eq!(
        text,
        "Talks urged\n\nNorway’s envoy urged both sides to resume talks."
    );
    assert_eq!(a.report.meta.title.as_deref(), Some("Talks urged"));
    let legacy = b"Norway\x92s envoy \x93urged\x94 talks.";
    let a = analyze_file(legacy, Some("old.txt")).unwrap();
    assert_eq!(
        a.report.text.as_deref(),
        Some("Norway’s envoy “urged” talks.")
    );
}

#[test]
fn bad_input_is_refused_with_a_reason() {
    assert_eq!(analyze_file(b"", Some("a.txt")), Err(InputError::Empty));
    assert!(matches!(
        analyze_file(b"\x89PNG\r\n\x1a\n\0\0", Some("a.txt")),
        Err(InputError::Binary { .. })
    ));
    assert!(matches!(
        analyze_file(b"hello", Some("a.pdf")),
        Err(InputError::Unsupported { .. })
    ));
    assert_eq!(
        analyze_file(
            b"<html><body><script>x</script></body></html>",
            Some("a.html")
        ),
        Err(InputError::Empty)
    );
}

/// The name of a person's affiliation, as the report gives it.
fn affiliation_of(r: &Report, person: &str) -> Option<String> {
    let id = actor(r, person).affiliation?;
    r.actors.iter().find(|a| a.id == id).map(|a| a.name.clone())
}

#[test]
fn office_holders_belong_to_the_state_that_qualifies_them() {
    let r = analyze(
        "Iran's foreign ministry spokesman Reza Tavakoli condemned the strikes. Russian \
         presidential envoy Oleg Morozov said Moscow was ready to help. Council President Marc \
         Duval (France) read the statement.",
    );
    assert_eq!(affiliation_of(&r, "Reza Tavakoli").as_deref(), Some("Iran"));
    assert_eq!(
        affiliation_of(&r, "Oleg Morozov").as_deref(),
        Some("Russia")
    );
    assert_eq!(affiliation_of(&r, "Marc Duval").as_deref(), Some("France"));
}

#[test]
fn an_emissary_belongs_to_who_sends_them_not_where_they_are_sent() {
    let r = analyze(
        "The special envoy for Yemen, Hans Lindqvist, called on the Houthis to reopen the \
         roads around Taiz. Permanent Representative of India to the United Nations Meera \
         Sethi urged Pakistan to end cross-border terrorism. The Special Rapporteur on \
         Myanmar, Julia Brandt, urged the junta to free political prisoners. A spokesman for \
         the Taliban, Qari Yusuf Ahmadi, asked Pakistan to stop the raids.",
    );
    assert_eq!(affiliation_of(&r, "Hans Lindqvist"), None);
    assert_eq!(affiliation_of(&r, "Meera Sethi").as_deref(), Some("India"));
    assert_eq!(affiliation_of(&r, "Julia Brandt"), None);
    assert_eq!(
        affiliation_of(&r, "Yusuf Ahmadi").as_deref(),
        Some("Taliban")
    );
    let envoy = &r.demands[0];
    let yemen = actor(&r, "Yemen").id;
    assert!(!envoy.speakers.contains(&yemen), "{:?}", envoy.speakers);
}

#[test]
fn an_office_whose_holder_is_named_is_that_holder() {
    let r = analyze(
        "UN Secretary-General Antonio Guterres spoke to reporters on Monday. On Tuesday the UN \
         Secretary-General urged the junta to free all political prisoners. The Secretary-General \
         of the Arab League, Ahmed Aboul Gheit, met the envoy.",
    );
    let people = people(&r);
    assert_eq!(
        people,
        ["Antonio Guterres", "Ahmed Aboul Gheit"],
        "{people:?}"
    );
    assert_eq!(names(&r, &r.demands[0].speakers)[0], "Antonio Guterres");
    // No one is named holding it: the office is a party of its own.
    let unheld =
        analyze("The UN Secretary-General urged the junta to free all political prisoners.");
    assert!(unheld
        .actors
        .iter()
        .any(|a| a.kind == ActorKind::Person && a.name == "UN Secretary-General"));
}

#[test]
fn a_ship_is_no_person() {
    let r = analyze(
        "Iran seized the MT Coral Meridian on Monday. The MT Coral Meridian said in a distress \
         call that it was being boarded. The crew of the MV Anna Sofie told reporters they were safe.",
    );
    assert!(
        r.actors.iter().all(|a| a.kind != ActorKind::Person),
        "{:?}",
        r.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
}

#[test]
fn an_unqualified_office_belongs_to_the_state_of_the_dateline() {
    let r = analyze(
        "PRISTINA (Reuters) — Kosovo asked Serbia to extradite the suspect. Prime Minister \
         Arben Hoxha said Kosovo had sent the evidence. Kosovo and Serbia have clashed before.",
    );
    assert_eq!(affiliation_of(&r, "Arben Hoxha").as_deref(), Some("Kosovo"));
    let visited = analyze(
        "LONDON (Reuters) — Somalia's president spoke to reporters. President Ali Warsame said \
         Somalia needed support. Somalia has asked Britain and Somalia's neighbours for help.",
    );
    // Filed in London about Somalia: the dateline is no guide to whose president this is.
    assert_eq!(affiliation_of(&visited, "Ali Warsame"), None);
}

#[test]
fn a_government_named_for_its_leader_is_the_united_states() {
    let r = analyze(
        "The Trump administration urged Pakistan to act against the Haqqani network. \
         Later the Clinton Administration called on India to show restraint.",
    );
    assert!(
        r.actors.iter().all(|a| !a.name.contains("dministration")),
        "{:?}",
        r.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
    );
    assert_eq!(r.demands.len(), 2, "{:#?}", r.demands);
    for d in &r.demands {
        assert_eq!(names(&r, &d.speakers), ["United States"]);
    }
}

#[test]
fn a_short_acronym_before_a_given_name_is_an_honorific() {
    let r = analyze(
        "The chairman of Nahdlatul Ulama, KH Ahmad Fauzan, condemned the bombing in Samarinda. \
         Iraqi officials said KH fighters had fired the rockets, and Washington urged Baghdad \
         to rein in KH.",
    );
    assert_eq!(
        group_mentions(&r, "Kata'ib Hizballah"),
        ["KH", "KH"],
        "the honorific before 'Ahmad' is no mention of the group"
    );
}

/// The mentions of the group `name`, as written.
fn group_mentions<'r>(r: &'r Report, name: &str) -> Vec<&'r str> {
    r.groups
        .iter()
        .find(|g| g.name == name)
        .map(|g| g.mentions.iter().map(|m| m.text.as_str()).collect())
        .unwrap_or_default()
}

#[test]
fn a_listed_honorific_acronym_before_a_name_no_list_holds_is_no_group() {
    let r = analyze(
        "Police said MIT militants killed four farmers in Poso on Tuesday. \"Do not let the \
         terrorists divide us,\" said MUI chairman KH Zainal Abidin Lamasitudju. Iraqi officials \
         said KH fighters had fired the rockets, and KH Commander Abu Ali was seen in Jurf.",
    );
    assert_eq!(
        group_mentions(&r, "Kata'ib Hizballah"),
        ["KH", "KH"],
        "the honorific before 'Zainal Abidin' is no mention of the group; before a title it is"
    );
    let quoted = r.demands.first().expect("the cleric's imperative");
    assert!(
        !names(&r, &quoted.speakers).contains(&"Kata'ib Hizballah".to_string()),
        "{:?}",
        names(&r, &quoted.speakers)
    );
}

#[test]
fn a_mission_named_after_a_listed_body_is_a_body_of_its_own() {
    let r = analyze(
        "The United Nations Verification Mission in Colombia called for the release of the \
         four kidnapped engineers.",
    );
    assert_eq!(r.demands.len(), 1, "{:#?}", r.demands);
    let speakers = names(&r, &r.demands[0].speakers);
    assert!(
        speakers.contains(&"United Nations Verification Mission in Colombia".to_string()),
        "{speakers:?}"
    );
    let mission = actor(&r, "United Nations Verification Mission in Colombia");
    assert_eq!(
        mission
            .affiliation
            .map(|a| r.actors.iter().find(|x| x.id == a).unwrap().name.as_str()),
        Some("United Nations")
    );
}

#[test]
fn a_seat_after_lower_or_middle_names_a_region() {
    let r = analyze(
        "Somalia's interior ministry said the attackers had crossed from Lower Juba and Middle \
         Juba into Kenya's Lamu county.",
    );
    let names: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(!names.contains(&"South Sudan"), "{names:?}");
    let capital = analyze("South Sudan's government in Juba called for calm.");
    assert!(capital.actors.iter().any(|a| a.name == "South Sudan"));
}

#[test]
fn a_seat_after_a_given_name_is_a_surname() {
    let r = analyze(
        "Public Defender Ana Lima urged the police to release the footage, and George \
         Washington University scholars agreed.",
    );
    let names: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(!names.contains(&"Peru"), "{names:?}");
    assert!(!names.contains(&"United States"), "{names:?}");
    assert!(names.iter().any(|n| n.ends_with("Ana Lima")), "{names:?}");
    let capital = analyze("Officials in Lima urged Bolivia to close the border.");
    assert!(capital.actors.iter().any(|a| a.name == "Peru"));
}

#[test]
fn an_adverbial_of_time_before_an_owners_word_is_no_part_of_a_speaker() {
    let r = analyze(
        "The public defender said the police had killed 40 people. This month his office \
         appealed to the UN special rapporteur to investigate the killings.",
    );
    let names: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(!names.iter().any(|n| n.contains("month")), "{names:?}");
}

#[test]
fn a_demand_standing_as_its_sentences_subject_asks_without_the_predicate() {
    for (text, asked) in [
        (
            "Algeria's demand for an independent inquiry into the strike was rejected by the Council.",
            "an independent inquiry into the strike",
        ),
        (
            "\"Our demand for the dismantling of the sanctuaries is clear,\" spokeswoman Saima Qazi said.",
            "the dismantling of the sanctuaries",
        ),
        (
            "Nepal's call on New Delhi to share intelligence on the attackers went unanswered.",
            "share intelligence on the attackers",
        ),
        (
            "Hamas repeated its demand that Israel withdraw from Gaza, which is besieged.",
            "Israel withdraw from Gaza",
        ),
    ] {
        assert_eq!(asked_in(text), [asked], "{text}");
    }
}

/// What each demand of `text` asks, in order.
fn asked_in(text: &str) -> Vec<String> {
    analyze(text).demands.into_iter().map(|d| d.text).collect()
}

#[test]
fn an_editors_bracketed_insertion_is_read_as_its_words_and_quoted_as_written() {
    let text = "\"[President Joe] Biden has asked [Hamas] to accept the deal,\" Secretary of State \
                Antony Blinken told reporters. \"They must free the hostages [held in Gaza],\" he said.";
    let r = analyze(text);
    let biden = actor(&r, "Joe Biden");
    for m in &biden.mentions {
        assert_eq!(&text[m.start..m.end], m.text, "mention offsets are exact");
    }
    let asked: Vec<(&str, &str)> = r
        .demands
        .iter()
        .map(|d| (d.text.as_str(), d.sentence.text.as_str()))
        .collect();
    assert!(
        asked
            .iter()
            .any(|(a, s)| *a == "accept the deal" && s.starts_with("\"[President Joe]")),
        "{asked:?}"
    );
    assert!(
        asked
            .iter()
            .any(|(a, _)| *a == "They must free the hostages held in Gaza"),
        "{asked:?}"
    );
    assert!(r
        .actors
        .iter()
        .all(|a| !a.name.contains('[') && !a.name.contains("  ")));
}

#[test]
fn an_attribution_after_a_quotation_mark_of_either_shape_is_no_part_of_what_is_asked() {
    for text in [
        "“We urge Russia to withdraw its troops,” Foreign Minister Ana Duarte said.",
        "“We urge Russia to withdraw its troops,“ Foreign Minister Ana Duarte said.",
        "\"We urge Russia to withdraw its troops,\" Foreign Minister Ana Duarte said.",
    ] {
        assert_eq!(asked_in(text), ["withdraw its troops"], "{text}");
    }
    // The attribution may run on past a comma after the closing mark.
    let text = "“We urge Russia to withdraw its troops,” said Ana Duarte, the foreign minister, in Lisbon.";
    assert_eq!(asked_in(text), ["withdraw its troops"], "{text}");
}

#[test]
fn an_object_closed_by_a_comma_is_what_is_asked_without_the_reasons_after_it() {
    for (text, want) in [
        (
            "Opposition MP Tomasz Kowalczyk demanded the resignation of Interior Minister Ewa Nowicka, saying the suspects should never have left the country.",
            "the resignation of Interior Minister Ewa Nowicka",
        ),
        (
            "The Kenyan senator Ruth Achieng urged the governor to reopen the schools, arguing that the children had lost a year.",
            "reopen the schools",
        ),
        (
            "Protesters asked Chief Executive C.Y. Leung to resign.",
            "Chief Executive C.Y. Leung to resign",
        ),
    ] {
        assert_eq!(asked_in(text), [want], "{text}");
    }
}

#[test]
fn a_longer_name_ending_in_a_groups_name_with_its_own_acronym_is_another_body() {
    let r = analyze(
        "The West Papua National Liberation Army (TPNPB), the armed wing of the Free Papua \
         Movement, claimed the ambush on Thursday. In the same statement, the group demanded \
         that Jakarta withdraw its troops from the highlands. Separately, the South Sudan \
         People's Defence Forces (SSPDF) said they had retaken the border post, and the Sudan \
         People's Liberation Army (SPLA) denied any role.",
    );
    assert!(
        r.actors
            .iter()
            .all(|a| a.name != "People's Liberation Army"),
        "China's army is not named"
    );
    actor(&r, "Sudan People's Liberation Army");
    let groups: Vec<&str> = r.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        groups,
        ["West Papua National Liberation Army", "Free Papua Movement"],
        "the Papuan groups by their whole names, neither the ELN nor the PKK"
    );
    let body = actor(&r, "West Papua National Liberation Army");
    let d = r
        .demands
        .iter()
        .find(|d| d.text.starts_with("Jakarta withdraw"))
        .expect("the group's demand");
    assert_eq!(d.speakers, [body.id]);
}

#[test]
fn a_bodys_national_branch_is_an_actor_of_its_own() {
    let r = analyze(
        "Amnesty International Kenya urged the police to release the protesters. Amnesty \
         International said the arrests were unlawful.",
    );
    let branch = actor(&r, "Amnesty International Kenya");
    actor(&r, "Amnesty International");
    assert!(
        r.actors.iter().all(|a| a.name != "Kenya"),
        "Kenya names the branch only"
    );
    assert_eq!(r.demands.len(), 1);
    assert_eq!(r.demands[0].speakers, [branch.id]);
}

/// "Al Qaeda's North African wing", "the Sahel branch of al-Qaeda": a parent named with the
/// place of one of its branches names that branch, which speaks; the parent is still a
/// group mentioned, and no actor of the sentence. A possessive with no place stays the
/// parent's.
#[test]
fn a_parents_branch_named_by_its_region_is_that_branch() {
    let r = analyze(
        "NOUAKCHOTT (Reuters) - Al Qaeda's North African wing said on Tuesday it was holding two \
         Spanish aid workers and warned Spain against any attempt to free them by force.",
    );
    let aqim = actor(&r, "Al-Qaida in the Islamic Maghreb");
    assert_eq!(
        group_mentions(&r, "Al-Qaida in the Islamic Maghreb"),
        ["Al Qaeda's North African wing"]
    );
    assert_eq!(group_mentions(&r, "Al-Qaida"), ["Al Qaeda"]);
    assert!(r
        .actors
        .iter()
        .all(|a| a.name != "Al-Qaida" && a.name != "Al Qaeda"));
    assert_eq!(r.demands.len(), 1);
    assert_eq!(r.demands[0].speakers, [aqim.id]);

    let r = analyze("The Sahel branch of al-Qaeda called on residents to leave Djibo.");
    let jnim = actor(&r, "Jama'at Nusrat al-Islam wal-Muslimin");
    assert_eq!(r.demands[0].speakers, [jnim.id]);

    let r = analyze(
        "MAIDUGURI, Nigeria (Reuters) - Islamic State's West African branch released a video \
         of the captives. Islamic State's fighters also attacked a base in Borno.",
    );
    assert_eq!(
        group_mentions(&r, "Islamic State West Africa Province"),
        ["Islamic State's West African branch"]
    );
    assert_eq!(
        group_mentions(&r, "Islamic State"),
        ["Islamic State", "Islamic State"]
    );
}

/// "Daesh, also known as Islamic State Khorasan Province (ISKP)": a parent's name the text
/// equates with a branch's stands for the branch there, either way round; elsewhere the
/// parent's name stays the parent's.
#[test]
fn a_parents_name_said_to_be_a_branchs_is_the_branch() {
    let r = analyze(
        "Daesh, also known as Islamic State Khorasan Province (ISKP), bombed a school in \
         Kabul. Islamic State fighters in Syria were not involved.",
    );
    assert_eq!(
        group_mentions(&r, "Islamic State Khorasan Province"),
        ["Daesh", "Islamic State Khorasan Province", "ISKP"]
    );
    assert_eq!(group_mentions(&r, "Islamic State"), ["Islamic State"]);
    let r = analyze("ISKP, also known as Daesh, claimed the attack in Kabul.");
    assert_eq!(
        group_mentions(&r, "Islamic State Khorasan Province"),
        ["ISKP", "Daesh"]
    );
    assert!(group_mentions(&r, "Islamic State").is_empty());
    // "Islamic State of Khorasan Province", as the group calls itself, is the branch too.
    let r = analyze(
        "The group, which calls itself the Islamic State of Khorasan Province, claimed the \
         bombing.",
    );
    assert_eq!(
        group_mentions(&r, "Islamic State Khorasan Province"),
        ["Islamic State of Khorasan Province"]
    );
}

/// "Ain o Salish Kendra (ASK)": a name with the Bengali "o" ("and") between its words,
/// which its acronym spells, is one body's, after "the rights organisation" too.
#[test]
fn a_name_joined_by_a_connector_its_acronym_spells_is_one_body() {
    let r = analyze(
        "The human rights organisation Ain o Salish Kendra (ASK) demanded an independent \
         judicial investigation into the deaths.",
    );
    let ask = actor(&r, "Ain o Salish Kendra");
    assert!(r.actors.iter().all(|a| a.name != "Ain"));
    assert_eq!(r.demands.len(), 1);
    assert_eq!(r.demands[0].speakers, [ask.id]);
}

/// "the banned Tajik group Jamaat Ansarullah": a one-word alias of one group after a word
/// that opens another group's name is no mention of the first; "Yemen's Ansarullah" is.
#[test]
fn an_alias_closing_another_groups_name_is_no_mention_of_it() {
    let houthis = |text: &str| {
        analyze(text)
            .groups
            .iter()
            .any(|g| g.name.contains("Houthi"))
    };
    assert!(!houthis(
        "Prosecutors in Dushanbe say he sent money to the banned Tajik group Jamaat Ansarullah \
         and to Islamic State's Khorasan branch between 2022 and 2026."
    ));
    assert!(houthis(
        "The militants of Yemen's Ansarullah fired two drones at a tanker in the Red Sea."
    ));
}

/// "the Takfiri Jabhat al-Nusra group", "the Wahhabi Daesh terrorists": an epithet a
/// state's press puts before a group's name opens no longer name of its own; an unlisted
/// capitalised word before an alias still does ("the West Papua National Liberation Army"
/// is no ELN).
#[test]
fn an_epithet_before_a_groups_name_opens_no_other_name() {
    let groups = |text: &str| -> Vec<String> {
        analyze(text)
            .groups
            .iter()
            .map(|g| g.name.clone())
            .collect()
    };
    let found = groups(
        "Also on Tuesday, the Takfiri Jabhat al-Nusra group claimed responsibility for a car \
         bombing near a military building in Damascus.",
    );
    assert!(
        found.iter().any(|g| g.contains("Tahrir al-Sham")),
        "{found:?}"
    );
    let found = groups(
        "The ministry said the Salafist Ansar al-Sharia militants had fired on the patrol \
         outside Benghazi.",
    );
    assert!(
        found.iter().any(|g| g.contains("Ansar al-Sharia")),
        "{found:?}"
    );
    let found = groups(
        "Jakarta blamed the West Papua National Liberation Army for the attack on the \
         construction workers in Nduga.",
    );
    assert!(
        !found
            .iter()
            .any(|g| g.contains("ELN") || g.contains("Colombia")),
        "{found:?}"
    );
}

/// "the Ansarullah Bangla Team": a one-word alias of one group (the Houthis' "Ansarullah")
/// opening another group's name is no mention of the first; the Houthis' own "Ansarullah"
/// and "Hamas Qassam Brigades" (a wing of the group it names) still are.
#[test]
fn an_alias_opening_another_groups_name_is_no_mention_of_it() {
    let r = analyze(
        "Police in Dhaka said the men belonged to the Ansarullah Bangla Team, which was banned \
         in 2015 after a series of murders of secular bloggers.",
    );
    let groups: Vec<&str> = r.groups.iter().map(|g| g.name.as_str()).collect();
    assert!(
        !groups.iter().any(|g| g.contains("Houthi")),
        "no Houthi mention: {groups:?}"
    );
    let r = analyze(
        "Ansarullah fighters fired two missiles at a tanker, and the Hamas Qassam Brigades \
         claimed a rocket attack on Ashkelon.",
    );
    let groups: Vec<&str> = r.groups.iter().map(|g| g.name.as_str()).collect();
    assert!(
        groups.iter().any(|g| g.contains("Houthi")) && groups.contains(&"Hamas"),
        "both groups: {groups:?}"
    );
}

/// A group a listing is asked for is acted on (sanctioned): an actor of the story, though
/// it neither speaks nor is addressed; a group only mentioned beside it is not.
#[test]
fn a_group_whose_listing_is_asked_is_an_actor() {
    let r = analyze(
        "Opposition MPs urged the Government to proscribe the IRGC without further delay, \
         months after police foiled a plot in Manchester that officers linked to Hezbollah.",
    );
    actor(&r, "Islamic Revolutionary Guard Corps");
    assert!(
        r.actors.iter().all(|a| a.name != "Hezbollah"),
        "Hezbollah is only mentioned"
    );
}

/// A platform or a company is a party when it is asked something or speaks ("urged TikTok
/// to remove …"), not for being posted on ("a video posted on Telegram") nor as the medium
/// of a quotation ("… ,” the lawmaker wrote on his Telegram channel).
#[test]
fn platforms_are_parties_only_when_asked_or_speaking() {
    let r = analyze(
        "German Interior Minister Katrin Vogel urged TikTok to remove the recruitment videos \
         within 24 hours. The clips had first been posted on Telegram.",
    );
    let tiktok = actor(&r, "TikTok");
    assert!(
        r.demands.iter().any(|d| d.addressees.contains(&tiktok.id)),
        "TikTok is asked"
    );
    assert!(
        r.actors.iter().all(|a| a.name != "Telegram"),
        "Telegram is only where the clips were posted"
    );
    let r = analyze(
        "Senator Ivan Orlov took a harder line. \"The moratorium must be lifted for \
         terrorists,\" the lawmaker wrote on his Telegram channel.",
    );
    assert!(
        r.actors.iter().all(|a| a.name != "Telegram"),
        "the channel is no speaker: {:?}",
        r.demands
    );
}

/// Somalia's federal member states speak for themselves: Puntland and the Federal Member
/// States (FMS) are parties of their own, affiliated with Somalia; the AU Commission is the
/// African Union Commission.
#[test]
fn somalias_member_states_and_the_au_commission_are_parties() {
    let r = analyze(
        "Puntland urged the Federal Member States to join the offensive against al-Shabaab, \
         and the AU Commission called for predictable financing of the mission.",
    );
    actor(&r, "Puntland");
    actor(&r, "Federal Member States");
    actor(&r, "African Union Commission");
}

/// A group that claims an attack speaks, in the passive too: "The attack was claimed by the
/// terrorist organisation Al-Shabaab"; one that only carried it out is only mentioned.
#[test]
fn a_claim_in_the_passive_makes_the_group_an_actor() {
    let r = analyze(
        "Eleven people were killed in the hotel siege in Mogadishu on Friday. The attack was \
         claimed by the terrorist organisation Al-Shabaab.",
    );
    actor(&r, "Al-Shabaab");
    let r = analyze(
        "Eleven people were killed in the hotel siege in Mogadishu on Friday. Police said the \
         attack was carried out by Al-Shabaab.",
    );
    assert!(
        r.actors.iter().all(|a| a.name != "Al-Shabaab"),
        "a group that only attacks is only mentioned"
    );
}

#[test]
fn a_un_bodys_name_ending_a_longer_name_is_not_the_un_body() {
    for (text, speaker) in [
        (
            "The Mediation and Security Council of ECOWAS urged the Malian authorities to release the detainees.",
            "ECOWAS",
        ),
        (
            "The Defence and Security Council of Mozambique called on the insurgents to lay down their arms.",
            "Mozambique",
        ),
    ] {
        let r = analyze(text);
        assert!(
            r.actors.iter().all(|a| a.name != "UN Security Council"),
            "{text}: {:?}",
            r.actors.iter().map(|a| &a.name).collect::<Vec<_>>()
        );
        assert_eq!(r.demands.len(), 1, "{text}: {:#?}", r.demands);
        assert!(names(&r, &r.demands[0].speakers).contains(&speaker.to_string()), "{text}");
    }
    let r = analyze("The Security Council called on the insurgents to lay down their arms.");
    assert!(names(&r, &r.demands[0].speakers).contains(&"UN Security Council".to_string()));
}

#[test]
fn a_negation_before_the_to_of_what_is_asked_is_kept() {
    for (text, want) in [
        (
            "Amnesty International urged Turkey not to extradite the activists.",
            "not to extradite the activists",
        ),
        (
            "Kenya warned Somalia not to interfere in the elections.",
            "not to interfere in the elections",
        ),
        (
            "Amnesty International urged Turkey to free the activists.",
            "free the activists",
        ),
    ] {
        assert_eq!(asked_in(text), [want], "{text}");
    }
}

#[test]
fn a_bodys_name_never_runs_over_a_lines_end() {
    let r = analyze(
        "17:50 CEST — Nicosia turns to the UN and Ankara\n\
         Government spokesman Stelios Hadjiloizou said Nicosia had asked the peacekeepers to \
         help locate the gunman.",
    );
    let names: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(
        names.iter().all(|n| !n.contains("Ankara Government")),
        "{names:?}"
    );
    assert!(names.contains(&"Stelios Hadjiloizou"), "{names:?}");
}

#[test]
fn a_shared_name_given_across_a_line_break_is_the_local_groups() {
    let r = analyze(
        "Communique of the Peace and Security Council\n\n\
         1. Strongly condemns the terrorist attacks perpetrated in Palma by the group known\n\
         locally as al-Shabaab, which is affiliated to the so-called Islamic State, and\n\
         expresses its condolences to the people of Mozambique;\n",
    );
    let names: Vec<&str> = r.groups.iter().map(|g| g.name.as_str()).collect();
    assert!(names.contains(&"ISIS-Mozambique"), "{names:?}");
    assert!(!names.contains(&"Al-Shabaab"), "{names:?}");
}

#[test]
fn a_dollar_sign_after_a_states_code_names_its_currency() {
    let r = analyze(
        "GENEVA – The refugee agency said on Tuesday that its appeal for the Sahel, which \
         seeks US$ 186 million, was 12 per cent funded, and that a further US $40 million \
         was needed before the rains. The agency urged donors to give before June.",
    );
    let names: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(!names.contains(&"United States"), "{names:?}");
    let r = analyze("The US $700 billion plan was passed. US officials urged calm.");
    let names: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(names.contains(&"United States"), "{names:?}");
}

#[test]
fn headings_and_form_fields_of_an_appeal_are_no_people() {
    let r = analyze(
        "URGENT ACTION\n\nDear Minister,\n\nWe call on you to release the journalist Omar \
         Haddad immediately and unconditionally.\n\nYours sincerely,\n\nADDITIONAL \
         INFORMATION\n\nOmar Haddad was arrested at a checkpoint in March.\n\nNAME AND \
         PRONOUN: Omar Haddad (he/him)\n\nLINK TO PREVIOUS UA: None\n",
    );
    let people = people(&r);
    assert_eq!(people, ["Omar Haddad"], "{people:?}");
}

#[test]
fn the_party_is_a_group_whose_name_says_it_is_one() {
    let r = analyze(
        "Hezbollah rejected the disarmament plan on Monday, calling it a gift to Israel. \
         The party has also demanded the release of Lebanese detainees held in Israeli \
         prisons.",
    );
    let d = r
        .demands
        .iter()
        .find(|d| d.verb == "demanded")
        .expect("the party's demand");
    assert_eq!(names(&r, &d.speakers), ["Hezbollah"]);
}

#[test]
fn armed_groups_on_no_list_are_found_and_a_longer_name_is_not_a_shorter_ones() {
    let r = analyze(
        "SITTWE — The Arakan Army said on Monday that armed groups including the Arakan \
         Rohingya Salvation Army (ARSA) were fighting beside the junta, while the Ta'ang \
         National Liberation Army denied any role. In Thailand, the Barisan Revolusi \
         Nasional (BRN) called on Bangkok to allow observers at the talks; the smaller \
         PULO has never claimed an attack. Colombia's National Liberation Army was not \
         mentioned by anyone.",
    );
    let names: Vec<&str> = r.groups.iter().map(|g| g.name.as_str()).collect();
    for name in [
        "Arakan Rohingya Salvation Army",
        "Barisan Revolusi Nasional",
        "Patani United Liberation Organisation",
        "National Liberation Army",
    ] {
        assert!(names.contains(&name), "{name} in {names:?}");
    }
    let eln = r
        .groups
        .iter()
        .find(|g| g.name == "National Liberation Army")
        .expect("the ELN");
    let texts: Vec<&str> = eln.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["National Liberation Army"], "{texts:?}");
    let unlisted = r
        .groups
        .iter()
        .filter(|g| g.name != "National Liberation Army");
    for g in unlisted {
        assert!(g.lists.is_empty(), "{} on {:?}", g.name, g.lists);
    }
}

#[test]
fn the_older_conflicts_groups_are_their_own_and_not_their_namesakes() {
    let r = analyze(
        "BELFAST — The Real IRA said it had planted the bomb, and the Provisional IRA denied \
         any part in it. A smaller Marxist faction, the Irish National Liberation Army, called \
         a ceasefire. In Algeria the Armed Islamic Group (GIA) was blamed for the massacre, \
         while the Islamic Salvation Army kept its truce. In Mindanao the Moro Islamic \
         Liberation Front (MILF) condemned the kidnapping by the Abu Sayyaf.",
    );
    let names: Vec<&str> = r.groups.iter().map(|g| g.name.as_str()).collect();
    for name in [
        "Real IRA",
        "Provisional IRA",
        "Irish National Liberation Army",
        "Armed Islamic Group",
        "Islamic Salvation Army",
    ] {
        assert!(
            names.iter().any(|n| n.starts_with(name)),
            "{name} in {names:?}"
        );
    }
    assert!(
        !names.contains(&"National Liberation Army"),
        "the INLA is not Colombia's ELN: {names:?}"
    );
    // A party to a peace process on no list is an armed actor, not a terror group.
    assert!(!names.iter().any(|n| n.contains("Moro")), "{names:?}");
    assert!(
        r.actors
            .iter()
            .any(|a| a.name == "Moro Islamic Liberation Front" && a.kind == ActorKind::ArmedGroup),
        "{:?}",
        r.actors
            .iter()
            .map(|a| (&a.name, a.kind))
            .collect::<Vec<_>>()
    );
    let ira = r
        .groups
        .iter()
        .find(|g| g.name == "Provisional IRA")
        .expect("the IRA");
    let texts: Vec<&str> = ira.mentions.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["Provisional IRA"], "{texts:?}");
    let savings = analyze(
        "Financial advisers say a Roth IRA suits younger savers, and an IRA rollover can wait \
         until the market settles.",
    );
    assert!(savings.groups.is_empty(), "{:?}", savings.groups);
}

#[test]
fn acronyms_a_house_style_writes_with_one_capital_are_their_bodies() {
    let r = analyze(
        "Ecowas renewed its call for a return to civilian rule, and the UN mission, Minusma, \
         urged the junta to let its investigators into Ngouma. In Colombia the Farc's old \
         commanders said Isis propaganda had reached the camps.",
    );
    let actors: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    for name in ["ECOWAS", "MINUSMA"] {
        assert!(actors.contains(&name), "{name} in {actors:?}");
    }
    let groups: Vec<&str> = r.groups.iter().map(|g| g.name.as_str()).collect();
    for name in ["Revolutionary Armed Forces of Colombia", "Islamic State"] {
        assert!(
            groups.iter().any(|g| g.starts_with(name)),
            "{name} in {groups:?}"
        );
    }
}

#[test]
fn a_sea_heading_a_related_release_is_no_person() {
    let r = analyze(
        "Council of the EU\nPress release\n\nThe Council calls on the Houthis to release the \
         crew of the Galaxy Leader.\n\nRelated content\nRed Sea: Council launches a naval \
         operation (press release, 19 February 2024)\nGulf of Aden: EU extends its \
         anti-piracy mission (press release, 12 December 2023)\n",
    );
    assert!(people(&r).is_empty(), "{:?}", people(&r));
    let d = r.demands.first().expect("the Council's demand");
    assert_eq!(
        names(&r, &d.speakers),
        ["Council of the European Union", "European Union"]
    );
}

#[test]
fn a_body_condemning_in_the_present_tense_is_the_subject_not_the_party_it_condemns() {
    let r = analyze(
        "Council of the EU\nPress release\n\nCouncil conclusions on Yemen\n\n2. The Council \
         calls on all Yemeni parties to engage with the UN envoy.\n\n3. The Council strongly \
         condemns the Houthis’ attacks on commercial vessels in the Red Sea. These attacks \
         must stop immediately.",
    );
    let d = r
        .demands
        .iter()
        .find(|d| d.verb == "must")
        .expect("the Council's demand");
    let speakers = names(&r, &d.speakers);
    assert!(!speakers.contains(&"Houthis".to_string()), "{speakers:?}");
    assert!(
        speakers.contains(&"Council of the European Union".to_string()),
        "{speakers:?}"
    );
}

#[test]
fn a_name_several_groups_share_is_the_one_its_place_tells() {
    let group_of = |text: &str| -> Vec<String> {
        analyze(text)
            .groups
            .iter()
            .map(|g| g.name.clone())
            .collect()
    };
    assert_eq!(
        group_of(
            "TUNIS — The labour union demanded on Sunday that the Tunisian government classify \
             Ansar al-Sharia as a terrorist organisation after the ambush at Mount Chaambi."
        ),
        ["Ansar al-Sharia in Tunisia"]
    );
    assert_eq!(
        group_of(
            "Heavy fighting resumed in Benghazi, where the army faces an alliance of militias \
             that includes Ansar al-Sharia."
        ),
        ["Ansar al-Sharia in Benghazi"]
    );
    assert_eq!(
        group_of(
            "In Abyan, tribesmen said Ansar al-Sharia fighters had withdrawn from Zinjibar, the \
             provincial capital, as Yemeni troops advanced."
        ),
        ["Al-Qaida in the Arabian Peninsula"]
    );
    // No place tells which: no group is named.
    assert!(group_of("Ansar al-Sharia claimed the attack.").is_empty());
}

#[test]
fn a_somali_alliance_on_no_list_and_the_islamic_state_in_yemen() {
    let r = analyze(
        "MOGADISHU — Hizbul Islam fighters clashed with al-Shabaab in Kismayo. In Brussels, \
         the Council said it remained concerned by the threat posed by Da'esh in Yemen.",
    );
    let names: Vec<&str> = r.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(
        names,
        ["Hizbul Islam", "Al-Shabaab", "ISIL-Yemen"],
        "{names:?}"
    );
    assert!(r.groups[0].lists.is_empty());
}

#[test]
fn former_members_of_a_group_whose_dissidents_share_its_name_are_the_originals() {
    let r = analyze(
        "The mission said 13,000 former members of the FARC-EP remained in the reintegration \
         process, while the State had yet to reach areas previously controlled by the \
         FARC-EP. The United States said the Maduro regime was sheltering FARC dissident \
         leaders.",
    );
    let groups: Vec<(&str, usize)> = r
        .groups
        .iter()
        .map(|g| (g.name.as_str(), g.mentions.len()))
        .collect();
    assert_eq!(
        groups,
        [
            ("Revolutionary Armed Forces of Colombia", 2),
            ("FARC-EP", 1)
        ],
        "{groups:?}"
    );
}

#[test]
fn members_of_parliaments_by_their_initials_speak_for_their_parties() {
    let r = analyze(
        "Sinn Féin TD Caoimhe Ní Bhriain called on the New IRA to disband immediately. The \
         SDLP's justice spokesperson, Martin Devlin MLA, said the group should go away. In \
         Berlin, AfD lawmakers demanded a ban on the network.",
    );
    let d = r.demands.first().expect("the TD's call");
    assert_eq!(names(&r, &d.speakers), ["Caoimhe Ní Bhriain", "Sinn Féin"]);
    let people = people(&r);
    assert!(people.contains(&"Martin Devlin"), "{people:?}");
    let bodies: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(
        bodies.contains(&"Social Democratic and Labour Party"),
        "{bodies:?}"
    );
}

#[test]
fn a_body_of_one_word_set_off_by_what_it_is() {
    let r = analyze(
        "Saoradh, a political group that police say is linked to the New IRA, described the \
         sentence as political internment. Its spokesman urged supporters to attend a protest \
         outside the court.\n\nThe Council of Elders of Pankisi, an informal body, asked the \
         interior ministry for the body of the dead man.",
    );
    let d = r
        .demands
        .iter()
        .find(|d| d.verb == "urged")
        .expect("the spokesman's call");
    assert_eq!(names(&r, &d.speakers), ["Saoradh"]);
    let bodies: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(!bodies.contains(&"Pankisi"), "{bodies:?}");
}

#[test]
fn an_acronym_the_text_defines_is_its_own_body_not_a_listed_namesake() {
    let r = analyze(
        "The Kenyan-led Multinational Security Support (MSS) mission has struggled for funds. \
         Officials of the MSS urged donors to pay their pledges. The Office for the \
         Coordination of Humanitarian Affairs (OCHA) said OCHA needed $600 million.",
    );
    let actors: Vec<&str> = r.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(
        !actors.contains(&"Ministry of State Security"),
        "{actors:?}"
    );
    assert!(!actors.contains(&"China"), "{actors:?}");
    let d = r.demands.first().expect("the mission's call");
    assert_eq!(names(&r, &d.speakers), ["Multinational Security Support"]);
    // The same body, defined by a name the list holds, keeps its listed entity.
    assert!(actors.contains(&"OCHA"), "{actors:?}");
}

#[test]
fn an_officials_long_title_is_no_person_and_gives_its_holder_the_quotation() {
    let r = analyze(
        "“We urge anyone who notices someone moving money to terrorist groups online to \
         report it to the FBI,” said Assistant Director in Charge Priya N. Raman of the FBI \
         Washington Field Office. “This plea should serve as a warning,” said Assistant \
         Attorney General for National Security John L. Demers.",
    );
    let people = people(&r);
    assert_eq!(people, ["Priya N. Raman", "John L. Demers"], "{people:?}");
    let d = r.demands.first().expect("the FBI's appeal");
    assert!(
        names(&r, &d.speakers).contains(&"Priya N. Raman".to_string()),
        "{:?}",
        names(&r, &d.speakers)
    );
}

/// A report extracted from its pages repeats its running head on every page: the body it
/// names writes the report, and asks what its recommendations ask, list items wrapped over
/// several lines included; a bare dateline ("Dakar/Brussels, …") names no writer.
#[test]
fn a_reports_running_head_names_its_writer() {
    let text = "Mali: Keeping the Door Open\n\nAfrica Briefing N°201\nDakar/Brussels, 3 March 2024\n\nThe blockade of Léré has lasted a year. The authorities in Bamako should allow local leaders to negotiate access.\n\nMali: Keeping the Door Open\nCrisis Group Africa Briefing N°201, 3 March 2024                Page 2\n\nLocal committees have negotiated truces in the past.\n\nMali: Keeping the Door Open\nCrisis Group Africa Briefing N°201, 3 March 2024                Page 3\n\nRecommendations\n\nTo the transitional authorities of Mali:\n\n1. Authorise local dialogue committees of religious and customary lead-\ners to negotiate humanitarian access with armed groups.\n\n2. Release the committee members detained in Niono.\n";
    let r = communique::analyze(text);
    let crisis_group = r
        .actors
        .iter()
        .find(|a| a.name == "International Crisis Group")
        .expect("the writer is an actor");
    let by_writer: Vec<&str> = r
        .demands
        .iter()
        .filter(|d| d.speakers.contains(&crisis_group.id))
        .map(|d| d.verb.as_str())
        .collect();
    assert_eq!(
        by_writer,
        ["should", "Authorise", "Release"],
        "{:#?}",
        r.demands
    );
    let senegal = r.actors.iter().find(|a| a.name == "Senegal").map(|a| a.id);
    assert!(
        r.demands
            .iter()
            .all(|d| senegal.is_none_or(|s| !d.speakers.contains(&s))),
        "a dateline's city names no writer: {:#?}",
        r.demands
    );
}
