//! Reports as tables: CSV of demands, actors and groups, one row per item, for spreadsheets.
//! Names stand in for ids so a table reads on its own; several documents go in one table
//! with their source as the first column.

use crate::report::{ActorId, Report};

fn actor_names(r: &Report, ids: &[ActorId]) -> String {
    ids.iter()
        .filter_map(|&id| r.actor(id))
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

fn finish(w: csv::Writer<Vec<u8>>) -> String {
    // Writing to memory cannot fail, and every field is already UTF-8.
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// One row per demand: document, date, speakers, addressees, category, CAMEO code, verb,
/// what is asked, groups, quoted, sentence.
pub fn demands_csv(reports: &[Report]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "document",
        "date",
        "speakers",
        "addressees",
        "category",
        "cameo",
        "verb",
        "asked",
        "groups",
        "quoted",
        "sentence",
    ]);
    for r in reports {
        let source = r.source.clone().unwrap_or_default();
        for d in &r.demands {
            let groups = r.group_names(&d.groups).join("; ");
            let _ = w.write_record([
                source.as_str(),
                r.meta.date.as_deref().unwrap_or(""),
                &actor_names(r, &d.speakers),
                &actor_names(r, &d.addressees),
                d.category.as_str(),
                d.cameo.as_deref().unwrap_or(""),
                &d.verb,
                &d.text,
                &groups,
                if d.quoted { "yes" } else { "no" },
                &d.sentence.text,
            ]);
        }
    }
    finish(w)
}

/// One row per actor: document, name, kind, role, affiliation, group, mentions, aliases.
pub fn actors_csv(reports: &[Report]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record([
        "document",
        "name",
        "kind",
        "role",
        "affiliation",
        "group",
        "mentions",
        "aliases",
    ]);
    for r in reports {
        let source = r.source.clone().unwrap_or_default();
        for a in &r.actors {
            let kind = serde_json::to_value(a.kind)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            let group = a
                .group
                .and_then(|g| r.group(g))
                .map_or("", |g| g.name.as_str());
            let _ = w.write_record([
                source.as_str(),
                &a.name,
                &kind,
                a.role.as_deref().unwrap_or(""),
                &a.affiliation
                    .and_then(|id| r.actor(id))
                    .map_or(String::new(), |x| x.name.clone()),
                group,
                &a.mentions.len().to_string(),
                &a.aliases.join("; "),
            ]);
        }
    }
    finish(w)
}

/// One row per group: document, name, lists, mentions, spellings seen.
pub fn groups_csv(reports: &[Report]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let _ = w.write_record(["document", "name", "lists", "mentions", "aliases"]);
    for r in reports {
        let source = r.source.clone().unwrap_or_default();
        for g in &r.groups {
            let lists = g
                .lists
                .iter()
                .map(|l| format!("{l:?}"))
                .collect::<Vec<_>>()
                .join("; ");
            let _ = w.write_record([
                source.as_str(),
                &g.name,
                &lists,
                &g.mentions.len().to_string(),
                &g.aliases.join("; "),
            ]);
        }
    }
    finish(w)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analyze;

    #[test]
    fn demands_table_names_the_parties() {
        let mut r =
            analyze("Norway and Qatar urged the Taliban to reopen girls' schools, \"now\".");
        r.source = Some("a.txt".into());
        let csv = demands_csv(&[r]);
        let mut rows = csv::Reader::from_reader(csv.as_bytes());
        let rec = rows.records().next().expect("one demand").unwrap();
        assert_eq!(&rec[0], "a.txt");
        assert_eq!(&rec[2], "Norway; Qatar");
        assert_eq!(&rec[3], "Taliban");
        assert_eq!(&rec[4], "humanitarian");
        assert!(rec[10].contains("\"now\""));
    }

    #[test]
    fn actor_and_group_tables() {
        let r =
            analyze("Pakistani Prime Minister Imran Khan said Al Qaeda and al-Qaida cells remain.");
        let actors = actors_csv(std::slice::from_ref(&r));
        assert!(
            actors.contains(",Imran Khan,person,Prime Minister,Pakistan,"),
            "{actors}"
        );
        let groups = groups_csv(&[r]);
        assert!(groups.contains(",Al-Qaida,UN; US; UK; IN,2,"), "{groups}");
    }
}
