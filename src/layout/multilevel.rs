//! Multilevel start positions: coarsen by edge matching, lay out the coarsest
//! graph, then prolong and refine level by level.

use super::{Lcg, Params, Simulation, phyllotaxis};

struct Level {
    n: usize,
    edges: Vec<[u32; 2]>,
    /// Cluster size of each node (fine nodes it stands for).
    weight: Vec<f32>,
}

/// Coarsest level size; below it a plain simulation is cheap and good.
const COARSEST: usize = 64;

/// Start positions for a graph of `n` nodes.
pub fn initial(n: usize, edges: &[[u32; 2]], params: &Params) -> Vec<[f32; 2]> {
    let mut rng = Lcg::new(params.seed ^ 0x9e37_79b9_7f4a_7c15);
    let mut levels = vec![Level { n, edges: edges.to_vec(), weight: vec![1.0; n] }];
    let mut parents: Vec<Vec<u32>> = Vec::new();
    while levels.last().is_some_and(|l| l.n > COARSEST) {
        let fine = levels.last().expect("at least one level");
        let (parent, coarse) = coarsen(fine, &mut rng);
        if coarse.n as f32 > fine.n as f32 * 0.9 {
            break; // matching no longer shrinks the graph (a star, or isolated nodes)
        }
        parents.push(parent);
        levels.push(coarse);
    }
    // Lay out the coarsest level from scratch.
    let top = levels.last().expect("at least one level");
    let mut pos = phyllotaxis(top.n);
    pos = refine(top, pos, params, 200, 1.0);
    // Prolong and refine.
    for depth in (0..parents.len()).rev() {
        let fine = &levels[depth];
        let parent = &parents[depth];
        let spread = params.link_distance * 0.3 * (fine.weight.iter().sum::<f32>() / fine.n.max(1) as f32).sqrt();
        let mut fine_pos = Vec::with_capacity(fine.n);
        for i in 0..fine.n {
            let p = pos[parent[i] as usize];
            let a = rng.next_f32() * std::f32::consts::TAU;
            let r = spread * rng.next_f32();
            fine_pos.push([p[0] + r * a.cos(), p[1] + r * a.sin()]);
        }
        let ticks = if depth == 0 { 10 } else { 20 };
        pos = refine(fine, fine_pos, params, ticks, 0.25);
    }
    pos
}

fn refine(level: &Level, start: Vec<[f32; 2]>, params: &Params, ticks: usize, alpha: f32) -> Vec<[f32; 2]> {
    let edges: Vec<(usize, usize)> = level.edges.iter().map(|e| (e[0] as usize, e[1] as usize)).collect();
    let mean_weight = level.weight.iter().sum::<f32>() / level.n.max(1) as f32;
    let p = Params {
        link_distance: params.link_distance * mean_weight.sqrt(),
        multilevel_above: usize::MAX,
        alpha_decay: 1.0 - (params.alpha_min / alpha.max(params.alpha_min * 2.0)).powf(1.0 / ticks.max(1) as f32),
        ..params.clone()
    };
    let mut sim = Simulation::new(level.n, &edges, Some(start), p);
    sim.weight = level.weight.clone();
    sim.alpha = alpha;
    sim.run(ticks);
    sim.pos
}

/// One round of matching: each node joins an unmatched neighbour of lowest
/// degree, visiting nodes in a seeded random order.
fn coarsen(fine: &Level, rng: &mut Lcg) -> (Vec<u32>, Level) {
    let n = fine.n;
    let mut start = vec![0u32; n + 1];
    for e in &fine.edges {
        start[e[0] as usize + 1] += 1;
        start[e[1] as usize + 1] += 1;
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    let mut fill = start.clone();
    let mut adj = vec![0u32; start[n] as usize];
    for e in &fine.edges {
        adj[fill[e[0] as usize] as usize] = e[1];
        fill[e[0] as usize] += 1;
        adj[fill[e[1] as usize] as usize] = e[0];
        fill[e[1] as usize] += 1;
    }
    let degree = |i: usize| start[i + 1] - start[i];
    let mut order: Vec<u32> = (0..n as u32).collect();
    for i in (1..n).rev() {
        let j = (rng.next_f32() * (i + 1) as f32) as usize;
        order.swap(i, j.min(i));
    }
    const NONE: u32 = u32::MAX;
    let mut parent = vec![NONE; n];
    let mut next = 0u32;
    let mut weight = Vec::new();
    for &i in &order {
        let i = i as usize;
        if parent[i] != NONE {
            continue;
        }
        let mate = adj[start[i] as usize..start[i + 1] as usize]
            .iter()
            .copied()
            .filter(|&j| parent[j as usize] == NONE && j as usize != i)
            .min_by_key(|&j| degree(j as usize));
        parent[i] = next;
        let mut w = fine.weight[i];
        if let Some(j) = mate {
            parent[j as usize] = next;
            w += fine.weight[j as usize];
        }
        weight.push(w);
        next += 1;
    }
    let mut edges: Vec<[u32; 2]> = fine
        .edges
        .iter()
        .map(|e| {
            let (a, b) = (parent[e[0] as usize], parent[e[1] as usize]);
            [a.min(b), a.max(b)]
        })
        .filter(|e| e[0] != e[1])
        .collect();
    edges.sort_unstable();
    edges.dedup();
    (parent, Level { n: next as usize, edges, weight })
}
