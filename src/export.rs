//! Reports as tables: demands, actors and groups, one row per item, for spreadsheets and
//! data frames. Names stand in for ids so a table reads on its own; several documents go in
//! one table with their source as the first column. The CLI and the page write them as CSV;
//! the Python door hands the same rows to pandas and Spark, so every door's table agrees.

use crate::report::{ActorId, Report};

/// The tables a set of reports is flattened into.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    Demands,
    Actors,
    Groups,
}

impl Table {
    pub const ALL: [Table; 3] = [Table::Demands, Table::Actors, Table::Groups];

    /// The table's name as the doors spell it (`--csv demands`, `tables()["demands"]`).
    pub fn name(self) -> &'static str {
        match self {
            Table::Demands => "demands",
            Table::Actors => "actors",
            Table::Groups => "groups",
        }
    }

    pub fn named(name: &str) -> Option<Table> {
        Table::ALL.into_iter().find(|t| t.name() == name)
    }

    /// The header: demands have document, date, speakers, addressees, category, CAMEO
    /// code, verb, what is asked, groups, quoted, sentence; actors have document, name,
    /// kind, role, affiliation, group, mentions, aliases; groups have document, name,
    /// lists, mentions, spellings seen.
    pub fn columns(self) -> &'static [&'static str] {
        match self {
            Table::Demands => &[
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
            ],
            Table::Actors => &[
                "document",
                "name",
                "kind",
                "role",
                "affiliation",
                "group",
                "mentions",
                "aliases",
            ],
            Table::Groups => &["document", "name", "lists", "mentions", "aliases"],
        }
    }

    /// The rows of one report, each as long as [`Table::columns`].
    pub fn rows(self, r: &Report) -> Vec<Vec<String>> {
        match self {
            Table::Demands => demand_rows(r),
            Table::Actors => actor_rows(r),
            Table::Groups => group_rows(r),
        }
    }

    /// The table of all `reports` as CSV with its header.
    pub fn csv(self, reports: &[Report]) -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        let _ = w.write_record(self.columns());
        for r in reports {
            for row in self.rows(r) {
                let _ = w.write_record(&row);
            }
        }
        // Writing to memory cannot fail, and every field is already UTF-8.
        let bytes = w.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

pub fn demands_csv(reports: &[Report]) -> String {
    Table::Demands.csv(reports)
}

pub fn actors_csv(reports: &[Report]) -> String {
    Table::Actors.csv(reports)
}

pub fn groups_csv(reports: &[Report]) -> String {
    Table::Groups.csv(reports)
}

fn actor_names(r: &Report, ids: &[ActorId]) -> String {
    ids.iter()
        .filter_map(|&id| r.actor(id))
        .map(|a| a.name.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

fn source(r: &Report) -> String {
    r.source.clone().unwrap_or_default()
}

fn demand_rows(r: &Report) -> Vec<Vec<String>> {
    r.demands
        .iter()
        .map(|d| {
            vec![
                source(r),
                r.meta.date.clone().unwrap_or_default(),
                actor_names(r, &d.speakers),
                actor_names(r, &d.addressees),
                d.category.as_str().to_string(),
                d.cameo.clone().unwrap_or_default(),
                d.verb.clone(),
                d.text.clone(),
                r.group_names(&d.groups).join("; "),
                if d.quoted { "yes" } else { "no" }.to_string(),
                d.sentence.text.clone(),
            ]
        })
        .collect()
}

fn actor_rows(r: &Report) -> Vec<Vec<String>> {
    r.actors
        .iter()
        .map(|a| {
            let kind = serde_json::to_value(a.kind)
                .ok()
                .and_then(|v| v.as_str().map(String::from))
                .unwrap_or_default();
            let group = a
                .group
                .and_then(|g| r.group(g))
                .map_or(String::new(), |g| g.name.clone());
            let affiliation = a
                .affiliation
                .and_then(|id| r.actor(id))
                .map_or(String::new(), |x| x.name.clone());
            vec![
                source(r),
                a.name.clone(),
                kind,
                a.role.clone().unwrap_or_default(),
                affiliation,
                group,
                a.mentions.len().to_string(),
                a.aliases.join("; "),
            ]
        })
        .collect()
}

fn group_rows(r: &Report) -> Vec<Vec<String>> {
    r.groups
        .iter()
        .map(|g| {
            let lists = g
                .lists
                .iter()
                .map(|l| format!("{l:?}"))
                .collect::<Vec<_>>()
                .join("; ");
            vec![
                source(r),
                g.name.clone(),
                lists,
                g.mentions.len().to_string(),
                g.aliases.join("; "),
            ]
        })
        .collect()
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

    #[test]
    fn every_row_is_as_long_as_its_header() {
        let r = analyze(
            "Pakistani Prime Minister Imran Khan urged India to act against Jaish-e-Mohammed.",
        );
        for table in Table::ALL {
            let rows = table.rows(&r);
            assert!(!rows.is_empty(), "{}", table.name());
            assert!(rows.iter().all(|row| row.len() == table.columns().len()));
            assert_eq!(Table::named(table.name()), Some(table));
        }
    }
}
