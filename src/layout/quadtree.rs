//! A Barnes–Hut quadtree over point positions, built by partitioning an index
//! array in place (no per-node allocation), and the many-body force it
//! approximates.

/// Points per leaf; also the depth guard's fallback for coincident points.
const LEAF: usize = 8;
const MAX_DEPTH: u32 = 32;

#[derive(Clone, Copy, Debug)]
struct Node {
    /// Centre of mass.
    cx: f32,
    cy: f32,
    mass: f32,
    /// Side length of the node's square.
    size: f32,
    /// Children: index of the first, and how many (0 for a leaf).
    first_child: u32,
    n_children: u32,
    /// Leaf points: range in `order`.
    start: u32,
    end: u32,
}

pub struct QuadTree {
    nodes: Vec<Node>,
    order: Vec<u32>,
}

impl QuadTree {
    /// Builds the tree over `pos`, each point weighted by `weight`.
    pub fn build(pos: &[[f32; 2]], weight: &[f32], active: &[bool]) -> Self {
        let mut order: Vec<u32> = (0..pos.len() as u32).filter(|&i| active[i as usize]).collect();
        let mut nodes = Vec::with_capacity(order.len() / 2 + 1);
        if order.is_empty() {
            return QuadTree { nodes, order };
        }
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        for &i in &order {
            let [x, y] = pos[i as usize];
            x0 = x0.min(x);
            y0 = y0.min(y);
            x1 = x1.max(x);
            y1 = y1.max(y);
        }
        let size = (x1 - x0).max(y1 - y0).max(1e-3) * 1.0001;
        nodes.push(Node {
            cx: 0.0,
            cy: 0.0,
            mass: 0.0,
            size,
            first_child: 0,
            n_children: 0,
            start: 0,
            end: order.len() as u32,
        });
        let mut tree = QuadTree { nodes: Vec::new(), order: Vec::new() };
        build_node(&mut nodes, 0, &mut order, 0, x0, y0, size, pos, weight, 0);
        tree.nodes = nodes;
        tree.order = order;
        tree
    }

    /// Active points in tree order (leaf by leaf).
    pub fn order(&self) -> &[u32] {
        &self.order
    }

    /// The repulsive force on point `i` at `p` (strength < 0 repels), Barnes–Hut
    /// with opening angle `theta`.
    pub fn force(
        &self,
        i: u32,
        p: [f32; 2],
        pos: &[[f32; 2]],
        weight: &[f32],
        strength: f32,
        theta2: f32,
        min_d2: f32,
    ) -> [f32; 2] {
        let mut f = [0.0f32; 2];
        if self.nodes.is_empty() {
            return f;
        }
        // Depth is at most MAX_DEPTH and each level pushes at most 4: a fixed stack suffices.
        let mut stack = [0u32; 4 * MAX_DEPTH as usize + 4];
        let mut top = 1;
        while top > 0 {
            top -= 1;
            let n = stack[top];
            let node = &self.nodes[n as usize];
            if node.mass == 0.0 {
                continue;
            }
            let dx = node.cx - p[0];
            let dy = node.cy - p[1];
            let d2 = dx * dx + dy * dy;
            if node.n_children > 0 && node.size * node.size < theta2 * d2 {
                let d2 = d2.max(min_d2);
                let s = strength * node.mass / d2;
                f[0] += dx * s;
                f[1] += dy * s;
                continue;
            }
            if node.n_children > 0 {
                for c in 0..node.n_children {
                    stack[top] = node.first_child + c;
                    top += 1;
                }
                continue;
            }
            for &j in &self.order[node.start as usize..node.end as usize] {
                if j == i {
                    continue;
                }
                let q = pos[j as usize];
                let mut dx = q[0] - p[0];
                let mut dy = q[1] - p[1];
                let mut d2 = dx * dx + dy * dy;
                if d2 == 0.0 {
                    // Coincident points: a fixed tiny offset from their indices keeps it deterministic.
                    let (a, b) = (i.wrapping_mul(2654435761), j.wrapping_mul(40503));
                    dx = ((a ^ b) % 1000) as f32 * 1e-6 - 5e-4;
                    dy = ((a.wrapping_add(b)) % 1000) as f32 * 1e-6 - 5e-4;
                    d2 = dx * dx + dy * dy;
                }
                let d2 = d2.max(min_d2);
                let s = strength * weight[j as usize] / d2;
                f[0] += dx * s;
                f[1] += dy * s;
            }
        }
        f
    }
}

#[allow(clippy::too_many_arguments)]
fn build_node(
    nodes: &mut Vec<Node>,
    n: usize,
    order: &mut [u32],
    offset: u32,
    x0: f32,
    y0: f32,
    size: f32,
    pos: &[[f32; 2]],
    weight: &[f32],
    depth: u32,
) {
    // Centre of mass.
    let (mut m, mut cx, mut cy) = (0.0f32, 0.0f32, 0.0f32);
    for &i in order.iter() {
        let w = weight[i as usize];
        m += w;
        cx += pos[i as usize][0] * w;
        cy += pos[i as usize][1] * w;
    }
    if m > 0.0 {
        cx /= m;
        cy /= m;
    }
    nodes[n].cx = cx;
    nodes[n].cy = cy;
    nodes[n].mass = m;
    nodes[n].size = size;
    nodes[n].start = offset;
    nodes[n].end = offset + order.len() as u32;
    if order.len() <= LEAF || depth >= MAX_DEPTH {
        return;
    }
    let half = size / 2.0;
    let (mx, my) = (x0 + half, y0 + half);
    // Partition into quadrants: [x<mx,y<my] [x>=mx,y<my] [x<mx,y>=my] [x>=mx,y>=my].
    let split_y = partition(order, |i| pos[i as usize][1] < my);
    let (top, bottom) = order.split_at_mut(split_y);
    let split_top = partition(top, |i| pos[i as usize][0] < mx);
    let split_bottom = partition(bottom, |i| pos[i as usize][0] < mx);
    let ranges = [
        (0, split_top, x0, y0),
        (split_top, split_y, mx, y0),
        (split_y, split_y + split_bottom, x0, my),
        (split_y + split_bottom, order.len(), mx, my),
    ];
    let first = nodes.len() as u32;
    let kids: Vec<_> = ranges.into_iter().filter(|(a, b, _, _)| b > a).collect();
    for _ in &kids {
        nodes.push(Node { cx: 0.0, cy: 0.0, mass: 0.0, size: half, first_child: 0, n_children: 0, start: 0, end: 0 });
    }
    nodes[n].first_child = first;
    nodes[n].n_children = kids.len() as u32;
    for (k, (a, b, qx, qy)) in kids.into_iter().enumerate() {
        build_node(
            nodes,
            first as usize + k,
            &mut order[a..b],
            offset + a as u32,
            qx,
            qy,
            half,
            pos,
            weight,
            depth + 1,
        );
    }
}

/// Moves the elements satisfying `pred` to the front; returns how many.
fn partition(v: &mut [u32], pred: impl Fn(u32) -> bool) -> usize {
    let mut k = 0;
    for i in 0..v.len() {
        if pred(v[i]) {
            v.swap(i, k);
            k += 1;
        }
    }
    k
}
