//! How categories and kinds of actor are shown: one colour and one word each, written into
//! the page's charts and the brief alike, so an exported chart looks as it does on the page.

use crate::report::{ActorKind, Category};

pub fn category_colour(c: Category) -> &'static str {
    match c {
        Category::Ceasefire => "#16a34a",
        Category::Counterterrorism => "#b91c1c",
        Category::Justice => "#7c3aed",
        Category::Negotiation => "#2563eb",
        Category::Humanitarian => "#db2777",
        Category::Sanctions => "#ca8a04",
        Category::Cooperation => "#0f8a7e",
        Category::Other => "#6b7280",
    }
}

pub fn kind_colour(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Country => "#1d6fd1",
        ActorKind::Person => "#7c3aed",
        ActorKind::Organization => "#0f8a7e",
        ActorKind::ArmedGroup => "#c2410c",
    }
}

pub fn kind_name(k: ActorKind) -> &'static str {
    match k {
        ActorKind::Country => "state",
        ActorKind::Person => "person",
        ActorKind::Organization => "organization",
        ActorKind::ArmedGroup => "armed group",
    }
}
