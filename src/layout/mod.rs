//! Force-directed layout: Barnes–Hut repulsion, springs on edges, gravity
//! toward the centre and a cooling schedule, in the manner of d3-force
//! (velocity Verlet with decaying `alpha`), computed in parallel.
//!
//! Large graphs start from a multilevel layout: the graph is coarsened by
//! repeated edge matching, the coarsest level is laid out, and each finer
//! level starts from its parent's position. This unfolds long chains and
//! sheets that a single-level simulation leaves crumpled.

mod multilevel;
mod quadtree;
pub mod worker;

use rayon::prelude::*;

use crate::model::Graph;
use quadtree::QuadTree;

/// Layout parameters. The defaults match d3-force's where d3 has one.
#[derive(Clone, Debug, PartialEq)]
pub struct Params {
    /// Barnes–Hut opening angle: larger is faster and coarser.
    pub theta: f32,
    /// Many-body strength; negative repels.
    pub charge: f32,
    /// Rest length of a spring.
    pub link_distance: f32,
    /// Pull toward the centre, per unit of distance.
    pub gravity: f32,
    pub velocity_decay: f32,
    pub alpha_min: f32,
    pub alpha_decay: f32,
    pub seed: u64,
    /// Start from a multilevel layout when the graph has more nodes than this.
    pub multilevel_above: usize,
}

impl Default for Params {
    fn default() -> Self {
        Params {
            theta: 0.9,
            charge: -30.0,
            link_distance: 30.0,
            gravity: 0.03,
            velocity_decay: 0.4,
            alpha_min: 0.001,
            alpha_decay: 1.0 - 0.001f32.powf(1.0 / 300.0),
            seed: 42,
            multilevel_above: 200,
        }
    }
}

/// A running simulation. Positions are in world units.
pub struct Simulation {
    pub pos: Vec<[f32; 2]>,
    vel: Vec<[f32; 2]>,
    edges: Vec<[u32; 2]>,
    strength: Vec<f32>,
    bias: Vec<f32>,
    /// Pinned nodes keep their position.
    pub pinned: Vec<bool>,
    /// Inactive (filtered-out) nodes neither move nor push.
    active: Vec<bool>,
    weight: Vec<f32>,
    pub alpha: f32,
    pub params: Params,
}

/// Deterministic pseudo-random numbers (a 64-bit LCG), so a seed gives the same layout.
#[derive(Clone)]
pub struct Lcg(u64);

impl Lcg {
    pub fn new(seed: u64) -> Self {
        Lcg(seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407))
    }

    /// Uniform in [0, 1).
    pub fn next_f32(&mut self) -> f32 {
        self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((self.0 >> 40) as f32) / ((1u64 << 24) as f32)
    }
}

/// d3's phyllotaxis start: points on a sunflower spiral.
pub fn phyllotaxis(n: usize) -> Vec<[f32; 2]> {
    let angle = std::f32::consts::PI * (3.0 - 5.0f32.sqrt());
    (0..n)
        .map(|i| {
            let r = 10.0 * (0.5 + i as f32).sqrt();
            let a = i as f32 * angle;
            [r * a.cos(), r * a.sin()]
        })
        .collect()
}

impl Simulation {
    /// A simulation over `n` nodes and `edges`, starting from `start` (or a
    /// multilevel or phyllotaxis layout if `None`).
    pub fn new(n: usize, edges: &[(usize, usize)], start: Option<Vec<[f32; 2]>>, params: Params) -> Self {
        let edges: Vec<[u32; 2]> =
            edges.iter().filter(|(a, b)| *a < n && *b < n && a != b).map(|&(a, b)| [a as u32, b as u32]).collect();
        let mut count = vec![0u32; n];
        for e in &edges {
            count[e[0] as usize] += 1;
            count[e[1] as usize] += 1;
        }
        let strength =
            edges.iter().map(|e| 1.0 / count[e[0] as usize].min(count[e[1] as usize]).max(1) as f32).collect();
        let bias = edges
            .iter()
            .map(|e| {
                let (a, b) = (count[e[0] as usize] as f32, count[e[1] as usize] as f32);
                a / (a + b)
            })
            .collect();
        let pos = match start {
            Some(p) if p.len() == n => p,
            _ if n > params.multilevel_above => multilevel::initial(n, &edges, &params),
            _ => phyllotaxis(n),
        };
        Simulation {
            pos: sanitize(pos),
            vel: vec![[0.0; 2]; n],
            edges,
            strength,
            bias,
            pinned: vec![false; n],
            active: vec![true; n],
            weight: vec![1.0; n],
            alpha: 1.0,
            params,
        }
    }

    pub fn len(&self) -> usize {
        self.pos.len()
    }

    pub fn is_empty(&self) -> bool {
        self.pos.is_empty()
    }

    pub fn is_settled(&self) -> bool {
        self.alpha < self.params.alpha_min
    }

    /// Warms the simulation up again (after a drag, a filter, new nodes).
    pub fn reheat(&mut self, alpha: f32) {
        self.alpha = self.alpha.max(alpha);
    }

    /// Which nodes take part; the others stay where they are and exert no
    /// force. Returns whether anything changed.
    pub fn set_active(&mut self, active: Vec<bool>) -> bool {
        if active.len() == self.pos.len() && active != self.active {
            self.active = active;
            return true;
        }
        false
    }

    /// One step of the simulation.
    pub fn tick(&mut self) {
        let n = self.pos.len();
        if n == 0 {
            return;
        }
        let alpha = self.alpha;
        let p = &self.params;
        // Springs (Jacobi: all read the same positions).
        let mut dv = vec![[0.0f32; 2]; n];
        for (k, e) in self.edges.iter().enumerate() {
            let (s, t) = (e[0] as usize, e[1] as usize);
            if !self.active[s] || !self.active[t] {
                continue;
            }
            let mut x = self.pos[t][0] + self.vel[t][0] - self.pos[s][0] - self.vel[s][0];
            let mut y = self.pos[t][1] + self.vel[t][1] - self.pos[s][1] - self.vel[s][1];
            if x == 0.0 && y == 0.0 {
                x = 1e-3 * ((k % 7) as f32 - 3.0);
                y = 1e-3 * ((k % 5) as f32 - 2.0);
            }
            let l = (x * x + y * y).sqrt();
            let f = (l - p.link_distance) / l * alpha * self.strength[k];
            let (fx, fy) = (x * f, y * f);
            let b = self.bias[k];
            dv[t][0] -= fx * b;
            dv[t][1] -= fy * b;
            dv[s][0] += fx * (1.0 - b);
            dv[s][1] += fy * (1.0 - b);
        }
        // Repulsion through the quadtree, in parallel.
        let tree = QuadTree::build(&self.pos, &self.weight, &self.active);
        let theta2 = p.theta * p.theta;
        let strength = p.charge * alpha;
        let gravity = p.gravity * alpha;
        let (pos, weight, active, pinned) = (&self.pos, &self.weight, &self.active, &self.pinned);
        let vd = 1.0 - p.velocity_decay;
        // Repulsion in the tree's own order: neighbouring points walk the same
        // branches, which keeps the walk in cache.
        let order = tree.order();
        let mut repulse = vec![[0.0f32; 2]; n];
        let forces: Vec<[f32; 2]> = order
            .par_iter()
            .with_min_len(256)
            .map(|&i| tree.force(i, pos[i as usize], pos, weight, strength, theta2, 1.0))
            .collect();
        for (&i, f) in order.iter().zip(forces) {
            repulse[i as usize] = f;
        }
        self.vel.par_iter_mut().zip(dv.par_iter()).zip(repulse.par_iter()).enumerate().with_min_len(1024).for_each(
            |(i, ((v, d), f))| {
                if !active[i] || pinned[i] {
                    *v = [0.0; 2];
                    return;
                }
                v[0] = (v[0] + d[0] + f[0] - pos[i][0] * gravity) * vd;
                v[1] = (v[1] + d[1] + f[1] - pos[i][1] * gravity) * vd;
                if !v[0].is_finite() || !v[1].is_finite() {
                    *v = [0.0; 2];
                }
            },
        );
        let vel = &self.vel;
        self.pos.par_iter_mut().enumerate().for_each(|(i, q)| {
            q[0] += vel[i][0];
            q[1] += vel[i][1];
        });
        self.alpha += (0.0 - self.alpha) * p.alpha_decay;
    }

    pub fn run(&mut self, ticks: usize) {
        for _ in 0..ticks {
            self.tick();
        }
    }
}

/// Replaces non-finite coordinates with the origin's neighbourhood.
fn sanitize(mut pos: Vec<[f32; 2]>) -> Vec<[f32; 2]> {
    for (i, p) in pos.iter_mut().enumerate() {
        if !p[0].is_finite() || !p[1].is_finite() {
            *p = [(i % 17) as f32, (i % 13) as f32];
        }
    }
    pos
}

/// Lays out a graph in place for `ticks` steps, starting from the positions it
/// has (entities at the origin are placed next to a laid-out neighbour) and
/// leaving pinned entities where they are.
pub fn layout_graph(graph: &mut Graph, ticks: usize, params: Params) {
    let n = graph.entities.len();
    let edges: Vec<(usize, usize)> = graph.edges().into_iter().map(|(a, b, _)| (a, b)).collect();
    let placed: Vec<bool> = graph.entities.iter().map(|e| e.x != 0.0 || e.y != 0.0 || e.pinned).collect();
    let start = if placed.iter().any(|&p| p) { Some(continue_from(graph, &edges, &placed, params.seed)) } else { None };
    let mut sim = Simulation::new(n, &edges, start, params);
    sim.pinned = graph.entities.iter().map(|e| e.pinned).collect();
    sim.run(ticks);
    for (e, p) in graph.entities.iter_mut().zip(&sim.pos) {
        e.x = p[0];
        e.y = p[1];
    }
}

/// Start positions that keep placed nodes and put new ones beside a placed
/// neighbour (or on the rim).
pub fn continue_from(graph: &Graph, edges: &[(usize, usize)], placed: &[bool], seed: u64) -> Vec<[f32; 2]> {
    let mut rng = Lcg::new(seed);
    let mut pos: Vec<[f32; 2]> = graph.entities.iter().map(|e| [e.x, e.y]).collect();
    let radius = pos
        .iter()
        .zip(placed)
        .filter(|(_, p)| **p)
        .map(|(q, _)| (q[0] * q[0] + q[1] * q[1]).sqrt())
        .fold(0.0f32, f32::max)
        + 30.0;
    let mut neighbour = vec![None; pos.len()];
    for &(a, b) in edges {
        if placed[a] && !placed[b] {
            neighbour[b] = Some(a);
        }
        if placed[b] && !placed[a] {
            neighbour[a] = Some(b);
        }
    }
    for i in 0..pos.len() {
        if placed[i] {
            continue;
        }
        let a = rng.next_f32() * std::f32::consts::TAU;
        pos[i] = match neighbour[i] {
            Some(j) => [pos[j][0] + 20.0 * a.cos(), pos[j][1] + 20.0 * a.sin()],
            None => [radius * a.cos(), radius * a.sin()],
        };
    }
    pos
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finite(sim: &Simulation) -> bool {
        sim.pos.iter().all(|p| p[0].is_finite() && p[1].is_finite())
    }

    #[test]
    fn degenerate_graphs_stay_finite() {
        // Empty, single, coincident points, self-loops, isolated nodes.
        let mut empty = Simulation::new(0, &[], None, Params::default());
        empty.run(5);
        let mut coincident =
            Simulation::new(50, &[(0, 0), (1, 2), (2, 1)], Some(vec![[0.0, 0.0]; 50]), Params::default());
        coincident.run(50);
        assert!(finite(&coincident));
        let spread: f32 = coincident.pos.iter().map(|p| p[0].abs() + p[1].abs()).sum();
        assert!(spread > 1.0, "coincident nodes must separate");
    }

    #[test]
    fn same_seed_same_layout_and_pins_hold() {
        let edges: Vec<(usize, usize)> = (1..300).map(|i| (i, i / 2)).collect();
        let mut a = Simulation::new(300, &edges, None, Params::default());
        let mut b = Simulation::new(300, &edges, None, Params::default());
        a.pinned[5] = true;
        b.pinned[5] = true;
        let pinned_at = a.pos[5];
        a.run(40);
        b.run(40);
        assert_eq!(a.pos, b.pos);
        assert_eq!(a.pos[5], pinned_at);
    }

    #[test]
    fn clusters_stay_together_and_apart() {
        // Two 8-node cliques with no edge between them.
        let mut edges = Vec::new();
        for c in [0, 8] {
            for a in 0..8 {
                for b in a + 1..8 {
                    edges.push((c + a, c + b));
                }
            }
        }
        let mut sim = Simulation::new(16, &edges, None, Params::default());
        sim.run(300);
        let d = |a: usize, b: usize| {
            ((sim.pos[a][0] - sim.pos[b][0]).powi(2) + (sim.pos[a][1] - sim.pos[b][1]).powi(2)).sqrt()
        };
        let mean = |pairs: Vec<(usize, usize)>| pairs.iter().map(|&(a, b)| d(a, b)).sum::<f32>() / pairs.len() as f32;
        let inside = mean((0..8).flat_map(|a| (a + 1..8).flat_map(move |b| [(a, b), (a + 8, b + 8)])).collect());
        let across = mean((0..8).flat_map(|a| (8..16).map(move |b| (a, b))).collect());
        assert!(inside * 1.5 < across, "inside {inside}, across {across}");
    }
}
