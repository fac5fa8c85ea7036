//! The graph canvas: nodes and edges built as batched meshes, labels by
//! level of detail, and hit testing through a spatial grid.

use std::collections::HashMap;

use rayon::prelude::*;

use egui::epaint::{Mesh, Shape};
use egui::{Align2, Color32, FontId, Pos2, Rect, Sense, Vec2, pos2, vec2};

use super::style::{kind_color, kind_corners, relation_color};
use super::{Command, Doc, LinkchartApp, Selection};
use crate::model::EntityKind;

/// Maps world coordinates to the screen: `screen = rect.center() + (world - center) * zoom`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Camera {
    pub center: [f32; 2],
    /// Screen points per world unit.
    pub zoom: f32,
}

impl Default for Camera {
    fn default() -> Self {
        Camera { center: [0.0, 0.0], zoom: 1.0 }
    }
}

impl Camera {
    pub fn to_screen(&self, rect: Rect, p: [f32; 2]) -> Pos2 {
        let c = rect.center();
        pos2(c.x + (p[0] - self.center[0]) * self.zoom, c.y + (p[1] - self.center[1]) * self.zoom)
    }

    pub fn to_world(&self, rect: Rect, p: Pos2) -> [f32; 2] {
        let c = rect.center();
        [self.center[0] + (p.x - c.x) / self.zoom, self.center[1] + (p.y - c.y) / self.zoom]
    }

    /// Frames the given points in a view of `size`.
    pub fn fit(&mut self, points: impl Iterator<Item = [f32; 2]>, size: Vec2) {
        let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
        let mut any = false;
        for p in points {
            any = true;
            x0 = x0.min(p[0]);
            y0 = y0.min(p[1]);
            x1 = x1.max(p[0]);
            y1 = y1.max(p[1]);
        }
        if !any || size.x <= 0.0 || size.y <= 0.0 {
            return;
        }
        self.center = [(x0 + x1) / 2.0, (y0 + y1) / 2.0];
        let (w, h) = ((x1 - x0).max(40.0), (y1 - y0).max(40.0));
        self.zoom = ((size.x - 80.0).max(40.0) / w).min((size.y - 80.0).max(40.0) / h).clamp(1e-4, 20.0);
    }

    /// Zooms by `factor`, keeping the world point under `anchor` in place.
    pub fn zoom_at(&mut self, rect: Rect, anchor: Pos2, factor: f32) {
        let before = self.to_world(rect, anchor);
        self.zoom = (self.zoom * factor).clamp(1e-4, 50.0);
        let after = self.to_world(rect, anchor);
        self.center[0] += before[0] - after[0];
        self.center[1] += before[1] - after[1];
    }
}

/// Transient canvas state (not saved).
#[derive(Default)]
pub struct CanvasState {
    /// The node being dragged, and where on it (world offset) it was grabbed.
    pub dragging: Option<(usize, [f32; 2])>,
    grid: Grid,
    grid_key: Option<(usize, u64)>,
}

/// A uniform grid over world positions for hit testing.
#[derive(Default)]
struct Grid {
    cell: f32,
    cells: HashMap<(i32, i32), Vec<u32>>,
}

impl Grid {
    fn build(positions: &[[f32; 2]], visible: &[bool], cell: f32) -> Self {
        let mut cells: HashMap<(i32, i32), Vec<u32>> = HashMap::with_capacity(positions.len() / 2);
        for (i, p) in positions.iter().enumerate() {
            if !visible.get(i).copied().unwrap_or(true) {
                continue;
            }
            cells.entry(((p[0] / cell).floor() as i32, (p[1] / cell).floor() as i32)).or_default().push(i as u32);
        }
        Grid { cell, cells }
    }

    /// The nearest node within `radius` world units of `p`, scoring by distance minus the node's own radius.
    fn nearest(
        &self,
        p: [f32; 2],
        radius: f32,
        positions: &[[f32; 2]],
        node_r: impl Fn(usize) -> f32,
    ) -> Option<usize> {
        if self.cell <= 0.0 {
            return None;
        }
        let r = (radius / self.cell).ceil() as i32;
        let (cx, cy) = ((p[0] / self.cell).floor() as i32, (p[1] / self.cell).floor() as i32);
        let mut best: Option<(f32, usize)> = None;
        for dx in -r..=r {
            for dy in -r..=r {
                for &i in self.cells.get(&(cx + dx, cy + dy)).map(Vec::as_slice).unwrap_or(&[]) {
                    let q = positions[i as usize];
                    let d = ((q[0] - p[0]).powi(2) + (q[1] - p[1]).powi(2)).sqrt() - node_r(i as usize);
                    if d <= radius && best.is_none_or(|(bd, _)| d < bd) {
                        best = Some((d, i as usize));
                    }
                }
            }
        }
        best.map(|(_, i)| i)
    }
}

/// Node radius in world units.
pub fn node_radius(degree: u32) -> f32 {
    4.0 + 2.0 * (degree as f32).sqrt()
}

/// Node radius in screen points, kept visible when zoomed out and sane when zoomed in.
fn screen_radius(degree: u32, zoom: f32) -> f32 {
    let r = node_radius(degree);
    (r * zoom).clamp(1.5, r * 1.6)
}

pub fn canvas_ui(ui: &mut egui::Ui, app: &mut LinkchartApp, commands: &mut Vec<Command>) {
    let (response, painter) = ui.allocate_painter(ui.available_size(), Sense::click_and_drag());
    let rect = response.rect;
    app.canvas_rect = rect;
    let Some(doc) = &app.doc else { return };
    let cam = app.camera;
    let positions = &app.positions;

    // Rebuild the hit-test grid when positions change.
    let key = (positions.len(), positions_hash(positions, &doc.vis.nodes));
    if app.canvas.grid_key != Some(key) {
        app.canvas.grid = Grid::build(positions, &doc.vis.nodes, 40.0);
        app.canvas.grid_key = Some(key);
    }
    let hit_node = |p: Pos2| {
        let w = cam.to_world(rect, p);
        app.canvas
            .grid
            .nearest(w, 6.0 / cam.zoom + 2.0, positions, |i| screen_radius(doc.degree[i], cam.zoom) / cam.zoom)
    };

    // Interaction: zoom, pan, select, drag.
    let mut camera = cam;
    let mut user_moved = false;
    if response.hovered() {
        let (scroll, zoom, hover) = ui.input(|i| (i.smooth_scroll_delta.y, i.zoom_delta(), i.pointer.hover_pos()));
        let factor = (scroll * 0.0015).exp() * zoom;
        if let Some(h) = hover
            && (factor - 1.0).abs() > 1e-4
        {
            camera.zoom_at(rect, h, factor);
            user_moved = true;
        }
    }
    if response.drag_started() {
        let press = ui.input(|i| i.pointer.press_origin()).or(response.interact_pointer_pos());
        app.canvas.dragging = press.and_then(|p| {
            let i = hit_node(p)?;
            let w = cam.to_world(rect, p);
            Some((i, [positions[i][0] - w[0], positions[i][1] - w[1]]))
        });
    }
    if response.dragged() {
        let delta = response.drag_delta();
        match (app.canvas.dragging, response.interact_pointer_pos()) {
            (Some((i, off)), Some(p)) => {
                let w = cam.to_world(rect, p);
                commands.push(Command::MoveNode(i, [w[0] + off[0], w[1] + off[1]]));
            }
            (Some(_), None) => {}
            (None, _) => {
                camera.center[0] -= delta.x / cam.zoom;
                camera.center[1] -= delta.y / cam.zoom;
                user_moved = true;
            }
        }
    }
    if response.drag_stopped() {
        app.canvas.dragging = None;
    }
    let pointer = response.hover_pos();
    let hovered = pointer.and_then(hit_node);
    if response.clicked()
        && let Some(p) = response.interact_pointer_pos()
    {
        let sel = match hit_node(p) {
            Some(i) => Selection::Node(i),
            None => match hit_edge(doc, positions, &cam, rect, p) {
                Some(r) => Selection::Edge(r),
                None => Selection::None,
            },
        };
        commands.push(Command::Select(sel));
    }
    if response.double_clicked()
        && let Some(i) = response.interact_pointer_pos().and_then(hit_node)
    {
        commands.push(Command::Unpin(i));
    }

    draw(ui, &painter, doc, positions, &app.pinned, &cam, rect, app.selection, hovered);

    // Accessible handles for the nodes in view, so screen readers and tests can find them.
    let visible: Vec<usize> = (0..positions.len())
        .filter(|&i| doc.vis.nodes[i] && rect.contains(cam.to_screen(rect, positions[i])))
        .collect();
    if visible.len() <= 400 {
        for i in visible {
            let c = cam.to_screen(rect, positions[i]);
            let r = screen_radius(doc.degree[i], cam.zoom).max(4.0);
            let id = response.id.with(("node", i));
            let name = &doc.graph.entities[i].name;
            let handle = ui.interact(Rect::from_center_size(c, Vec2::splat(2.0 * r)), id, Sense::hover());
            handle.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, format!("Node: {name}")));
        }
    }

    if let Some(i) = hovered {
        let e = &doc.graph.entities[i];
        let tip = format!(
            "{} ({})\n{} relations, {} mentions{}",
            e.name,
            e.kind,
            doc.degree[i],
            e.mention_count(),
            if app.pinned.get(i).copied().unwrap_or(false) { "\npinned: double-click to release" } else { "" }
        );
        response.clone().on_hover_text_at_pointer(tip);
    }
    if user_moved {
        app.auto_fit = false;
    }
    app.camera = camera;
}

fn positions_hash(positions: &[[f32; 2]], visible: &[bool]) -> u64 {
    // Cheap change detector: a few sampled coordinates and the visible count.
    let mut h: u64 = visible.iter().filter(|x| **x).count() as u64;
    let step = (positions.len() / 64).max(1);
    for p in positions.iter().step_by(step) {
        h = h.wrapping_mul(31).wrapping_add(p[0].to_bits() as u64).wrapping_mul(31).wrapping_add(p[1].to_bits() as u64);
    }
    h
}

/// The edge nearest to a click, within 5 points; only edges in view are tested.
fn hit_edge(doc: &Doc, positions: &[[f32; 2]], cam: &Camera, rect: Rect, p: Pos2) -> Option<usize> {
    let mut best: Option<(f32, usize)> = None;
    for (k, &(a, b)) in doc.ends.iter().enumerate() {
        if !doc.vis.edges[k] {
            continue;
        }
        let (pa, pb) = (cam.to_screen(rect, positions[a]), cam.to_screen(rect, positions[b]));
        let d = segment_distance(p, pa, pb);
        if d < 5.0 && best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, k));
        }
    }
    best.map(|(_, k)| k)
}

fn segment_distance(p: Pos2, a: Pos2, b: Pos2) -> f32 {
    let ab = b - a;
    let t = if ab.length_sq() > 0.0 { ((p - a).dot(ab) / ab.length_sq()).clamp(0.0, 1.0) } else { 0.0 };
    (a + ab * t).distance(p)
}

/// Draws edges, nodes, labels and the legend. Public for the frame benchmark.
#[allow(clippy::too_many_arguments)]
pub fn draw(
    ui: &egui::Ui,
    painter: &egui::Painter,
    doc: &Doc,
    positions: &[[f32; 2]],
    pinned: &[bool],
    cam: &Camera,
    rect: Rect,
    selection: Selection,
    hovered: Option<usize>,
) {
    let dark = ui.visuals().dark_mode;
    let view = rect.expand(50.0);
    let screen: Vec<Pos2> = positions.iter().map(|p| cam.to_screen(rect, *p)).collect();
    let selected_node = match selection {
        Selection::Node(i) => Some(i),
        _ => None,
    };
    let selected_edge = match selection {
        Selection::Edge(k) => Some(k),
        _ => None,
    };
    // Neighbours of the selected node stay bright; the rest dims.
    let mut near = Vec::new();
    if let Some(s) = selected_node {
        near = vec![false; positions.len()];
        near[s] = true;
        for &k in &doc.incident[s] {
            near[doc.ends[k].0] = true;
            near[doc.ends[k].1] = true;
        }
    }
    let dim = |i: usize| !near.is_empty() && !near[i];

    // Edges: meshes of thin quads and arrowheads, built in parallel chunks.
    // A dense view (over 30,000 edges) draws each edge as one sliver triangle, arrowheads only when highlighted.
    let dense = doc.vis.edges.iter().filter(|v| **v).count() > 30_000;
    let width = (0.9 * cam.zoom.sqrt()).clamp(0.6, 2.5);
    const CHUNK: usize = 16_384;
    let parts: Vec<(Mesh, Vec<(usize, Pos2, Color32)>)> = doc
        .ends
        .par_chunks(CHUNK)
        .enumerate()
        .map(|(c, chunk)| {
            let mut edges = Mesh::default();
            edges.reserve_vertices(chunk.len() * if dense { 3 } else { 7 });
            edges.reserve_triangles(chunk.len() * if dense { 1 } else { 3 });
            let mut labels = Vec::new();
            for (j, &(a, b)) in chunk.iter().enumerate() {
                let k = c * CHUNK + j;
                if !doc.vis.edges[k] || a == b {
                    continue;
                }
                let (pa, pb) = (screen[a], screen[b]);
                let len2 = (pb - pa).length_sq();
                if len2 < 0.25 || !view.intersects(Rect::from_two_pos(pa, pb)) {
                    continue;
                }
                let rel = &doc.graph.relations[k];
                let mut color = relation_color(rel.kind);
                let highlighted = selected_edge == Some(k) || selected_node.is_some_and(|s| s == a || s == b);
                if selected_node.is_some() && !highlighted {
                    color = color.gamma_multiply(0.15);
                } else if !highlighted {
                    color = color.gamma_multiply(0.7);
                }
                let w = if highlighted { width * 2.0 } else { width };
                let len = len2.sqrt();
                let dir = (pb - pa) / len;
                let rb = screen_radius(doc.degree[b], cam.zoom);
                let end = pb - dir * rb;
                if dense && !highlighted {
                    sliver(&mut edges, pa, end, w, color);
                    continue;
                }
                let arrow = rel.directed() && len - rb > 8.0;
                let head = (4.0 + w * 2.0).min(12.0);
                let line_end = if arrow { end - dir * head } else { end };
                quad(&mut edges, pa, line_end, w, color);
                if arrow {
                    let n = vec2(-dir.y, dir.x) * head * 0.5;
                    let i = edges.vertices.len() as u32;
                    edges.colored_vertex(end, color);
                    edges.colored_vertex(line_end + n, color);
                    edges.colored_vertex(line_end - n, color);
                    edges.add_triangle(i, i + 1, i + 2);
                }
                if len > 90.0 && (highlighted || selected_node.is_none()) {
                    labels.push((k, pa + (pb - pa) * 0.5, color));
                }
            }
            (edges, labels)
        })
        .collect();
    let mut edge_labels = Vec::new();
    for (mesh, labels) in parts {
        if !mesh.is_empty() {
            painter.add(Shape::mesh(mesh));
        }
        if edge_labels.len() <= 300 {
            edge_labels.extend(labels);
        }
    }

    // Nodes: meshes of polygons, built in parallel chunks.
    let outline = if dark { Color32::from_gray(20) } else { Color32::WHITE };
    let node_parts: Vec<(Mesh, Vec<usize>)> = (0..positions.len())
        .collect::<Vec<usize>>()
        .par_chunks(CHUNK)
        .map(|chunk| {
            let mut nodes = Mesh::default();
            let mut in_view = Vec::new();
            for &i in chunk {
                if !doc.vis.nodes[i] || !view.contains(screen[i]) {
                    continue;
                }
                in_view.push(i);
                let e = &doc.graph.entities[i];
                let r = screen_radius(doc.degree[i], cam.zoom);
                let mut color = kind_color(e.kind);
                if dim(i) {
                    color = color.gamma_multiply(0.25);
                }
                if r < 3.0 && selected_node != Some(i) && hovered != Some(i) {
                    // Level of detail: a tiny node is a triangle of its colour.
                    tiny(&mut nodes, screen[i], r, color);
                    continue;
                }
                let ring = if selected_node == Some(i) || hovered == Some(i) {
                    if dark { Color32::WHITE } else { Color32::BLACK }
                } else {
                    outline
                };
                let ring_w = if selected_node == Some(i) { 3.0 } else { 1.0 };
                polygon(&mut nodes, screen[i], r + ring_w, kind_corners(e.kind), ring);
                polygon(&mut nodes, screen[i], r, kind_corners(e.kind), color);
                if pinned.get(i).copied().unwrap_or(false) && r > 4.0 {
                    polygon(&mut nodes, screen[i], (r * 0.3).max(1.5), 0, ring);
                }
            }
            (nodes, in_view)
        })
        .collect();
    let mut in_view = Vec::new();
    for (mesh, ids) in node_parts {
        if !mesh.is_empty() {
            painter.add(Shape::mesh(mesh));
        }
        in_view.extend(ids);
    }

    // Labels: highest degree first, never overlapping; all of them when zoomed in.
    let text_color = if dark { Color32::from_gray(230) } else { Color32::from_gray(20) };
    let mut placed = LabelGrid::default();
    let budget = if in_view.len() <= 150 { usize::MAX } else { 250 };
    let font = FontId::proportional(12.0);
    let mut count = 0;
    let mut must: Vec<usize> = selected_node.into_iter().chain(hovered).collect();
    if let Some(s) = selected_node {
        for &k in &doc.incident[s] {
            must.push(if doc.ends[k].0 == s { doc.ends[k].1 } else { doc.ends[k].0 });
        }
    }
    let order = must.iter().copied().chain(doc.by_degree.iter().copied());
    let mut done = vec![false; positions.len()];
    // Zoomed out, only the highest-degree candidates are tried.
    let max_tries = if budget == usize::MAX { usize::MAX } else { budget * 4 + must.len() };
    for (tries, i) in order.enumerate() {
        if count >= budget.saturating_add(must.len()) || tries >= max_tries {
            break;
        }
        if done[i] || !doc.vis.nodes[i] || !rect.contains(screen[i]) {
            continue;
        }
        done[i] = true;
        let name = &doc.graph.entities[i].name;
        let r = screen_radius(doc.degree[i], cam.zoom);
        let size = vec2(name.chars().count() as f32 * 6.6 + 4.0, 15.0);
        let at = screen[i] + vec2(0.0, r + 2.0);
        let label_rect = Rect::from_min_size(pos2(at.x - size.x / 2.0, at.y), size);
        if !placed.try_place(label_rect) && !must.contains(&i) {
            continue;
        }
        painter.text(at, Align2::CENTER_TOP, name, font.clone(), text_color);
        count += 1;
    }
    if edge_labels.len() <= 300 {
        let small = FontId::proportional(10.5);
        for (k, mid, color) in edge_labels {
            let label = doc.graph.relations[k].kind.as_str();
            let size = vec2(label.len() as f32 * 6.0 + 4.0, 13.0);
            let r = Rect::from_center_size(mid, size);
            if placed.try_place(r) {
                painter.text(mid, Align2::CENTER_CENTER, label, small.clone(), color.gamma_multiply(1.4));
            }
        }
    }
    legend(painter, rect, dark);
}

/// Occupied label rectangles, bucketed by 64-point cells.
#[derive(Default)]
struct LabelGrid {
    cells: HashMap<(i32, i32), Vec<Rect>>,
}

impl LabelGrid {
    fn try_place(&mut self, r: Rect) -> bool {
        let cells = |r: Rect| {
            let (x0, y0) = ((r.min.x / 64.0).floor() as i32, (r.min.y / 64.0).floor() as i32);
            let (x1, y1) = ((r.max.x / 64.0).floor() as i32, (r.max.y / 64.0).floor() as i32);
            (x0..=x1).flat_map(move |x| (y0..=y1).map(move |y| (x, y)))
        };
        if cells(r).any(|c| self.cells.get(&c).is_some_and(|v| v.iter().any(|o| o.intersects(r)))) {
            return false;
        }
        for c in cells(r) {
            self.cells.entry(c).or_default().push(r);
        }
        true
    }
}

/// A tiny node: one triangle around the centre.
fn tiny(mesh: &mut Mesh, c: Pos2, r: f32, color: Color32) {
    let r = r * 1.4;
    let i = mesh.vertices.len() as u32;
    mesh.colored_vertex(c + vec2(0.0, -r), color);
    mesh.colored_vertex(c + vec2(0.87 * r, 0.5 * r), color);
    mesh.colored_vertex(c + vec2(-0.87 * r, 0.5 * r), color);
    mesh.add_triangle(i, i + 1, i + 2);
}

/// A thin line as a single sliver triangle (dense views).
fn sliver(mesh: &mut Mesh, a: Pos2, b: Pos2, w: f32, color: Color32) {
    let d = (b - a).normalized();
    let n = vec2(-d.y, d.x) * w;
    let i = mesh.vertices.len() as u32;
    mesh.colored_vertex(a + n, color);
    mesh.colored_vertex(a - n, color);
    mesh.colored_vertex(b, color);
    mesh.add_triangle(i, i + 1, i + 2);
}

fn quad(mesh: &mut Mesh, a: Pos2, b: Pos2, w: f32, color: Color32) {
    let d = (b - a).normalized();
    let n = vec2(-d.y, d.x) * (w / 2.0);
    let i = mesh.vertices.len() as u32;
    mesh.colored_vertex(a + n, color);
    mesh.colored_vertex(a - n, color);
    mesh.colored_vertex(b + n, color);
    mesh.colored_vertex(b - n, color);
    mesh.add_triangle(i, i + 1, i + 2);
    mesh.add_triangle(i + 1, i + 2, i + 3);
}

/// A filled regular polygon (`corners` 0 = circle, 104 = diamond).
fn polygon(mesh: &mut Mesh, c: Pos2, r: f32, corners: usize, color: Color32) {
    let (n, turn) = match corners {
        0 => (
            if r < 3.0 {
                6
            } else if r < 8.0 {
                12
            } else {
                20
            },
            0.0,
        ),
        104 => (4, 0.0),
        4 => (4, std::f32::consts::FRAC_PI_4),
        k => (k, -std::f32::consts::FRAC_PI_2),
    };
    let r = if corners == 4 { r * 1.2 } else { r };
    let centre = mesh.vertices.len() as u32;
    mesh.colored_vertex(c, color);
    for k in 0..n {
        let a = turn + k as f32 * std::f32::consts::TAU / n as f32;
        mesh.colored_vertex(c + vec2(a.cos(), a.sin()) * r, color);
    }
    for k in 0..n as u32 {
        mesh.add_triangle(centre, centre + 1 + k, centre + 1 + (k + 1) % n as u32);
    }
}

fn legend(painter: &egui::Painter, rect: Rect, dark: bool) {
    let text = if dark { Color32::from_gray(210) } else { Color32::from_gray(40) };
    let bg = if dark { Color32::from_black_alpha(150) } else { Color32::from_white_alpha(200) };
    let kinds = EntityKind::ALL;
    let box_rect = Rect::from_min_size(rect.min + vec2(8.0, 8.0), vec2(118.0, 18.0 * kinds.len() as f32 + 8.0));
    painter.rect_filled(box_rect, 4.0, bg);
    let mut mesh = Mesh::default();
    for (k, kind) in kinds.iter().enumerate() {
        let c = box_rect.min + vec2(14.0, 13.0 + 18.0 * k as f32);
        polygon(&mut mesh, c, 6.0, kind_corners(*kind), kind_color(*kind));
        painter.text(c + vec2(12.0, 0.0), Align2::LEFT_CENTER, kind.as_str(), FontId::proportional(12.0), text);
    }
    painter.add(Shape::mesh(mesh));
}
