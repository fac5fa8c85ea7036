//! What part of the graph is shown: filters by kind, degree, evidence and
//! confidence, hidden nodes, and a neighbourhood focus. Plain data, so the
//! window and the tests compute the same visibility.

use std::collections::VecDeque;

use crate::model::{EntityKind, Graph, RelationKind};

#[derive(Clone, Debug, PartialEq)]
pub struct Filters {
    /// Entity kinds shown, indexed like [`EntityKind::ALL`].
    pub entity_kinds: [bool; 7],
    /// Relation kinds shown, indexed like [`RelationKind::ALL`].
    pub relation_kinds: [bool; 11],
    /// Nodes with fewer visible relations are hidden.
    pub min_degree: u32,
    /// Relations with fewer evidence sentences are hidden.
    pub min_evidence: usize,
    pub min_confidence: f32,
    pub hide_isolated: bool,
    /// Show only the nodes within `k` hops of this node.
    pub focus: Option<(usize, u8)>,
}

impl Default for Filters {
    fn default() -> Self {
        Filters {
            entity_kinds: [true; 7],
            relation_kinds: [true; 11],
            min_degree: 0,
            min_evidence: 1,
            min_confidence: 0.0,
            hide_isolated: false,
            focus: None,
        }
    }
}

pub fn entity_kind_index(k: EntityKind) -> usize {
    EntityKind::ALL.iter().position(|x| *x == k).unwrap_or(0)
}

pub fn relation_kind_index(k: RelationKind) -> usize {
    RelationKind::ALL.iter().position(|x| *x == k).unwrap_or(0)
}

/// Which nodes and edges are visible.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Visibility {
    pub nodes: Vec<bool>,
    pub edges: Vec<bool>,
}

impl Visibility {
    pub fn all(graph: &Graph) -> Self {
        Visibility { nodes: vec![true; graph.entities.len()], edges: vec![true; graph.relations.len()] }
    }

    pub fn node_count(&self) -> usize {
        self.nodes.iter().filter(|v| **v).count()
    }
}

/// Applies the filters. `ends` holds each relation's (source, target) node
/// indices; `hidden` marks nodes the user hid.
pub fn visibility(graph: &Graph, ends: &[(usize, usize)], hidden: &[bool], f: &Filters) -> Visibility {
    let n = graph.entities.len();
    let mut nodes: Vec<bool> = (0..n)
        .map(|i| !hidden.get(i).copied().unwrap_or(false) && f.entity_kinds[entity_kind_index(graph.entities[i].kind)])
        .collect();
    let edge_ok: Vec<bool> = graph
        .relations
        .iter()
        .map(|r| {
            f.relation_kinds[relation_kind_index(r.kind)]
                && r.evidence.len().max(1) >= f.min_evidence
                && r.confidence >= f.min_confidence
        })
        .collect();
    let visible_edges = |nodes: &[bool]| -> Vec<bool> {
        ends.iter().zip(&edge_ok).map(|(&(a, b), &ok)| ok && nodes[a] && nodes[b]).collect()
    };
    // Degree and isolation filters count the edges that remain.
    if f.min_degree > 0 || f.hide_isolated {
        let min = f.min_degree.max(u32::from(f.hide_isolated));
        let edges = visible_edges(&nodes);
        let mut deg = vec![0u32; n];
        for (k, &(a, b)) in ends.iter().enumerate() {
            if edges[k] {
                deg[a] += 1;
                if a != b {
                    deg[b] += 1;
                }
            }
        }
        for i in 0..n {
            if deg[i] < min {
                nodes[i] = false;
            }
        }
    }
    if let Some((center, k)) = f.focus
        && center < n
    {
        let edges = visible_edges(&nodes);
        let mut adj: Vec<Vec<usize>> = vec![Vec::new(); n];
        for (e, &(a, b)) in ends.iter().enumerate() {
            if edges[e] {
                adj[a].push(b);
                adj[b].push(a);
            }
        }
        let mut dist = vec![u8::MAX; n];
        dist[center] = 0;
        let mut queue = VecDeque::from([center]);
        while let Some(v) = queue.pop_front() {
            if dist[v] >= k {
                continue;
            }
            for &w in &adj[v] {
                if dist[w] == u8::MAX {
                    dist[w] = dist[v] + 1;
                    queue.push_back(w);
                }
            }
        }
        for i in 0..n {
            nodes[i] = dist[i] != u8::MAX;
        }
    }
    let edges = visible_edges(&nodes);
    Visibility { nodes, edges }
}

/// Nodes whose name or an alias contains `query` (case and accents folded),
/// best first: exact names, then prefixes, then by number of relations.
pub fn search(graph: &Graph, degree: &[u32], query: &str, limit: usize) -> Vec<usize> {
    let q = crate::extract::text::fold(query.trim()).to_lowercase();
    if q.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(u8, std::cmp::Reverse<u32>, usize)> = Vec::new();
    for (i, e) in graph.entities.iter().enumerate() {
        let mut best = None;
        for name in std::iter::once(&e.name).chain(&e.aliases) {
            let n = crate::extract::text::fold(name).to_lowercase();
            let rank = if n == q {
                0
            } else if n.starts_with(&q) {
                1
            } else if n.contains(&q) {
                2
            } else {
                continue;
            };
            best = Some(best.map_or(rank, |b: u8| b.min(rank)));
        }
        if let Some(rank) = best {
            hits.push((rank, std::cmp::Reverse(degree.get(i).copied().unwrap_or(0)), i));
        }
    }
    hits.sort();
    hits.into_iter().take(limit).map(|h| h.2).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Entity, Evidence, Relation};

    fn graph() -> (Graph, Vec<(usize, usize)>) {
        let ent = |id: &str, kind| Entity {
            id: id.into(),
            name: id.into(),
            kind,
            aliases: vec![format!("{id} alias")],
            mentions: vec![],
            x: 0.0,
            y: 0.0,
            pinned: false,
        };
        let rel = |s: &str, t: &str, kind, n: usize| Relation {
            source: s.into(),
            target: t.into(),
            kind,
            confidence: 0.5,
            evidence: vec![Evidence { file: "f".into(), text: "t".into(), start: 0, end: 1 }; n],
        };
        let g = Graph {
            entities: vec![
                ent("a", EntityKind::Agency),
                ent("b", EntityKind::Person),
                ent("c", EntityKind::Group),
                ent("d", EntityKind::Person),
                ent("e", EntityKind::Place),
            ],
            relations: vec![
                rel("a", "b", RelationKind::Capture, 2),
                rel("b", "c", RelationKind::Membership, 1),
                rel("c", "d", RelationKind::Membership, 1),
            ],
        };
        let ends = g.edges().into_iter().map(|(a, b, _)| (a, b)).collect();
        (g, ends)
    }

    #[test]
    fn filters_remove_nodes_and_their_edges() {
        let (g, ends) = graph();
        let mut f = Filters { hide_isolated: true, ..Filters::default() };
        assert_eq!(visibility(&g, &ends, &[false; 5], &f).nodes, vec![true, true, true, true, false]);
        f.entity_kinds[entity_kind_index(EntityKind::Group)] = false;
        let v = visibility(&g, &ends, &[false; 5], &f);
        assert_eq!(v.nodes, vec![true, true, false, false, false]);
        assert_eq!(v.edges, vec![true, false, false]);
        let f = Filters { min_evidence: 2, ..Filters::default() };
        assert_eq!(visibility(&g, &ends, &[false; 5], &f).edges, vec![true, false, false]);
    }

    #[test]
    fn focus_keeps_the_k_hop_neighbourhood() {
        let (g, ends) = graph();
        let f = Filters { focus: Some((0, 1)), ..Filters::default() };
        assert_eq!(visibility(&g, &ends, &[false; 5], &f).nodes, vec![true, true, false, false, false]);
        let f = Filters { focus: Some((0, 2)), ..Filters::default() };
        assert_eq!(visibility(&g, &ends, &[false; 5], &f).nodes, vec![true, true, true, false, false]);
    }

    #[test]
    fn search_ranks_exact_then_prefix_then_degree() {
        let (g, _) = graph();
        let deg = g.degrees();
        assert_eq!(search(&g, &deg, "C", 5)[0], 2);
        assert_eq!(search(&g, &deg, "alias", 2), vec![1, 2]);
        assert!(search(&g, &deg, "zzz", 5).is_empty());
    }
}
