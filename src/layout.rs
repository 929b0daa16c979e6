//! Where the nodes of a network go: a force simulation (Fruchterman–Reingold: near pairs
//! repel, every edge pulls, a pull to the centre keeps separate parts together),
//! then a pass that pushes apart any two nodes whose circle or label still touch, so no
//! label is drawn over another. Seeded and free of hash order, so the same graph is drawn
//! the same way every time, natively and in the browser.
//!
//! Repulsion is computed for every pair: O(n²) per step, which for the 300 nodes the page
//! draws is a few million operations; the tests print the time.

/// A point in the drawing's units (SVG user units, about a CSS pixel at scale 1).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Point {
    pub x: f64,
    pub y: f64,
}

/// What a node occupies: its circle, centred on its point, and its label centred beneath.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Footprint {
    pub radius: f64,
    pub label_width: f64,
    pub label_height: f64,
}

/// How hard every node is pulled to the centre, per unit of distance: enough that parts of
/// the network with no edge between them stay a few node-widths apart, not a screen.
const GRAVITY: f64 = 0.1;

/// Space kept between two footprints.
pub const GAP: f64 = 4.0;

impl Footprint {
    /// The box the node and its label fill around `p`: left, top, right, bottom.
    pub fn bounds(&self, p: Point) -> (f64, f64, f64, f64) {
        let half = self.radius.max(self.label_width / 2.0);
        (
            p.x - half,
            p.y - self.radius,
            p.x + half,
            p.y + self.radius + self.label_height,
        )
    }
}

/// A small deterministic generator (SplitMix64): the starting positions.
struct Seeded(u64);

impl Seeded {
    fn unit(&mut self) -> f64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^= z >> 31;
        (z >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Places `nodes` joined by `edges` (pairs of indices; out of range ones are ignored).
pub fn place(nodes: &[Footprint], edges: &[(usize, usize)], seed: u64) -> Vec<Point> {
    let n = nodes.len();
    if n == 0 {
        return Vec::new();
    }
    // The ideal distance: about the room a node and its label need.
    let room = nodes
        .iter()
        .map(|f| {
            let (l, t, r, b) = f.bounds(Point { x: 0.0, y: 0.0 });
            ((r - l) * (b - t)).sqrt()
        })
        .sum::<f64>()
        / n as f64;
    let k = room * 1.6;
    // Nodes further apart than this do not repel: parts with no edge between them are held
    // near by the centre's pull instead of being pushed a screen apart.
    let reach = (3.0 * k) * (3.0 * k);
    let side = k * (n as f64).sqrt();
    let mut rng = Seeded(seed);
    let mut at: Vec<Point> = (0..n)
        .map(|_| Point {
            x: (rng.unit() - 0.5) * side,
            y: (rng.unit() - 0.5) * side,
        })
        .collect();
    let edges: Vec<(usize, usize)> = edges
        .iter()
        .copied()
        .filter(|&(a, b)| a < n && b < n && a != b)
        .collect();
    let steps = 200;
    let mut push = vec![Point { x: 0.0, y: 0.0 }; n];
    for step in 0..steps {
        let temperature = side / 8.0 * (1.0 - step as f64 / steps as f64) + 0.5;
        for p in push.iter_mut() {
            *p = Point { x: 0.0, y: 0.0 };
        }
        for i in 0..n {
            for j in i + 1..n {
                let (dx, dy) = (at[i].x - at[j].x, at[i].y - at[j].y);
                let d2 = (dx * dx + dy * dy).max(0.01);
                if d2 > reach {
                    continue;
                }
                let f = k * k / d2;
                push[i].x += dx * f;
                push[i].y += dy * f;
                push[j].x -= dx * f;
                push[j].y -= dy * f;
            }
        }
        for &(a, b) in &edges {
            let (dx, dy) = (at[a].x - at[b].x, at[a].y - at[b].y);
            let d = (dx * dx + dy * dy).sqrt();
            let f = d / k;
            push[a].x -= dx * f;
            push[a].y -= dy * f;
            push[b].x += dx * f;
            push[b].y += dy * f;
        }
        for (p, q) in at.iter_mut().zip(&push) {
            let (gx, gy) = (q.x - p.x * GRAVITY, q.y - p.y * GRAVITY);
            let len = (gx * gx + gy * gy).sqrt();
            if len > 0.0 {
                let moved = len.min(temperature);
                p.x += gx / len * moved;
                p.y += gy / len * moved;
            }
        }
    }
    separate(nodes, &mut at);
    at
}

/// Pushes apart, along the axis of least overlap, any two footprints closer than `GAP`,
/// until none is. Where pushing alone gets stuck (a crowd pushing back), the whole drawing
/// is spread a little around its centre, which keeps its shape, and pushing starts again.
fn separate(nodes: &[Footprint], at: &mut [Point]) {
    for _ in 0..100 {
        for _ in 0..40 {
            if !push_apart(nodes, at) {
                return;
            }
        }
        let n = at.len() as f64;
        let cx = at.iter().map(|p| p.x).sum::<f64>() / n;
        let cy = at.iter().map(|p| p.y).sum::<f64>() / n;
        for p in at.iter_mut() {
            p.x = cx + (p.x - cx) * 1.15;
            p.y = cy + (p.y - cy) * 1.15;
        }
    }
}

/// One sweep over the footprints from left to right: pairs whose boxes cannot meet are
/// never compared. Whether any pair had to move.
fn push_apart(nodes: &[Footprint], at: &mut [Point]) -> bool {
    let n = nodes.len();
    let mut order: Vec<usize> = (0..n).collect();
    let left = |i: usize, at: &[Point]| nodes[i].bounds(at[i]).0;
    order.sort_by(|&a, &b| left(a, at).total_cmp(&left(b, at)).then(a.cmp(&b)));
    let mut moved = false;
    for (a, &i) in order.iter().enumerate() {
        for &j in &order[a + 1..] {
            let (al, at_, ar, ab) = nodes[i].bounds(at[i]);
            let (bl, bt, br, bb) = nodes[j].bounds(at[j]);
            if bl > ar + GAP {
                break;
            }
            let across = ar.min(br) - al.max(bl) + GAP;
            let down = ab.min(bb) - at_.max(bt) + GAP;
            if across <= 0.0 || down <= 0.0 {
                continue;
            }
            moved = true;
            // Half each, and a hair more, so rounding cannot leave them touching.
            let first = |p: f64, q: f64| {
                if p < q || (p == q && i < j) {
                    -1.0
                } else {
                    1.0
                }
            };
            if across < down {
                let shift = first(at[i].x, at[j].x) * (across / 2.0 + 0.01);
                at[i].x += shift;
                at[j].x -= shift;
            } else {
                let shift = first(at[i].y, at[j].y) * (down / 2.0 + 0.01);
                at[i].y += shift;
                at[j].y -= shift;
            }
        }
    }
    moved
}

/// True when no two footprints come closer than `GAP` (less a rounding hair).
pub fn apart(nodes: &[Footprint], at: &[Point]) -> bool {
    (0..nodes.len()).all(|i| {
        (i + 1..nodes.len()).all(|j| {
            let (al, at_, ar, ab) = nodes[i].bounds(at[i]);
            let (bl, bt, br, bb) = nodes[j].bounds(at[j]);
            ar.min(br) - al.max(bl) + GAP <= 0.001 || ab.min(bb) - at_.max(bt) + GAP <= 0.001
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A graph like a busy corpus's: a few hubs many speak to, and a long tail.
    fn graph(n: usize) -> (Vec<Footprint>, Vec<(usize, usize)>) {
        let nodes = (0..n)
            .map(|i| Footprint {
                radius: if i < 5 { 14.0 } else { 6.0 },
                label_width: 40.0 + (i % 9) as f64 * 12.0,
                label_height: 14.0,
            })
            .collect();
        let edges = (1..n)
            .flat_map(|i| [(i, i % 5), (i, (i * 7 + 3) % n)])
            .collect();
        (nodes, edges)
    }

    #[test]
    fn no_two_nodes_or_labels_overlap() {
        for n in [1, 2, 12, 60, 300] {
            let (nodes, edges) = graph(n);
            let started = std::time::Instant::now();
            let at = place(&nodes, &edges, 9);
            println!("{n} nodes placed in {:?}", started.elapsed());
            assert_eq!(at.len(), n);
            assert!(apart(&nodes, &at), "{n} nodes overlap");
            for i in 0..n {
                for j in i + 1..n {
                    let d = ((at[i].x - at[j].x).powi(2) + (at[i].y - at[j].y).powi(2)).sqrt();
                    assert!(
                        d >= nodes[i].radius + nodes[j].radius,
                        "circles {i} and {j} at {d}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_same_graph_is_placed_the_same_way() {
        let (nodes, edges) = graph(40);
        assert_eq!(place(&nodes, &edges, 3), place(&nodes, &edges, 3));
        assert_ne!(place(&nodes, &edges, 3), place(&nodes, &edges, 4));
    }

    #[test]
    fn joined_nodes_end_closer_than_strangers() {
        // Two triangles with no edge between them.
        let nodes = vec![
            Footprint {
                radius: 6.0,
                label_width: 40.0,
                label_height: 14.0,
            };
            6
        ];
        let edges = [(0, 1), (1, 2), (2, 0), (3, 4), (4, 5), (5, 3)];
        let at = place(&nodes, &edges, 1);
        let d =
            |a: usize, b: usize| ((at[a].x - at[b].x).powi(2) + (at[a].y - at[b].y).powi(2)).sqrt();
        let within = (d(0, 1) + d(1, 2) + d(3, 4)) / 3.0;
        let across = (d(0, 3) + d(1, 4) + d(2, 5)) / 3.0;
        assert!(within < across, "within {within}, across {across}");
    }

    #[test]
    fn bad_edges_are_ignored() {
        let nodes = vec![
            Footprint {
                radius: 6.0,
                label_width: 30.0,
                label_height: 14.0,
            };
            2
        ];
        let at = place(&nodes, &[(0, 0), (0, 7)], 1);
        assert!(at.iter().all(|p| p.x.is_finite() && p.y.is_finite()));
        assert!(place(&[], &[(0, 1)], 1).is_empty());
    }
}
