//! The real app driven through egui_kittest: open a folder, click nodes and
//! edges where they are drawn, read the inspector.
#![cfg(feature = "gui")]

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::{Pos2, vec2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use linkchart::app::{LinkchartApp, ScriptedDialogs, Selection};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures").join(name)
}

/// The app on a folder, after reading finished and the layout settled.
fn app_on(dir: &Path, dialogs: Arc<ScriptedDialogs>) -> Harness<'static, LinkchartApp> {
    let mut app = LinkchartApp::new(None, dialogs);
    app.open(dir.to_path_buf());
    let mut h = Harness::builder()
        .with_size(vec2(1280.0, 800.0))
        .with_max_steps(10_000)
        .build_ui_state(|ui, app: &mut LinkchartApp| app.ui(ui), app);
    settle(&mut h);
    h
}

fn settle(h: &mut Harness<'static, LinkchartApp>) {
    let start = Instant::now();
    while h.state().is_busy() || h.state().is_layout_running() || h.state().doc.is_none() {
        assert!(start.elapsed() < Duration::from_secs(60), "the folder never finished loading");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    // A few more frames so the view fits the settled graph.
    for _ in 0..3 {
        h.step();
    }
}

fn node_index(h: &Harness<'static, LinkchartApp>, name: &str) -> usize {
    let doc = h.state().doc.as_ref().expect("a graph is open");
    doc.graph.entities.iter().position(|e| e.name == name).unwrap_or_else(|| panic!("no node {name}"))
}

fn click_at(h: &mut Harness<'static, LinkchartApp>, p: Pos2) {
    h.hover_at(p);
    h.drag_at(p);
    h.drop_at(p);
    h.step();
    h.step();
}

fn shows(h: &Harness<'static, LinkchartApp>, text: &str) -> bool {
    h.query_all_by_label_contains(text).next().is_some()
}

#[test]
fn clicking_a_node_shows_its_aliases_and_evidence() {
    let mut h = app_on(&fixture("mini"), Arc::default());
    let i = node_index(&h, "Qari Haroon Afridi");
    let p = h.state().node_screen_pos(i).unwrap();
    click_at(&mut h, p);
    assert_eq!(h.state().selection, Selection::Node(i));
    // Aliases and mentions.
    assert!(shows(&h, "Afridi"));
    assert!(shows(&h, "Mentioned"));
    // Open the evidence of the capture and read the sentence and its file.
    h.get_all_by_label_contains("on capture by Inter-Services Intelligence").next().unwrap().click();
    h.step();
    h.step();
    assert!(shows(&h, "captured Qari Haroon Afridi in Quetta"), "the evidence sentence is shown");
    assert!(shows(&h, "01_isi_capture.txt"), "the evidence file is shown");
}

#[test]
fn clicking_the_other_party_selects_it() {
    let mut h = app_on(&fixture("mini"), Arc::default());
    let i = node_index(&h, "Emre Kaplan");
    let p = h.state().node_screen_pos(i).unwrap();
    click_at(&mut h, p);
    h.get_all_by_label("National Intelligence Organization").next().unwrap().click();
    h.step();
    h.step();
    assert_eq!(h.state().selection, Selection::Node(node_index(&h, "National Intelligence Organization")));
}

#[test]
fn clicking_an_edge_shows_its_evidence() {
    let mut h = app_on(&fixture("mini"), Arc::default());
    let (a, b) = (node_index(&h, "Tehrik-i-Taliban Pakistan"), node_index(&h, "Frontier Corps"));
    let (pa, pb) = (h.state().node_screen_pos(a).unwrap(), h.state().node_screen_pos(b).unwrap());
    // The point on the edge farthest from every node.
    let n = h.state().positions.len();
    let nodes: Vec<Pos2> = (0..n).map(|i| h.state().node_screen_pos(i).unwrap()).collect();
    let clearance = |p: Pos2| nodes.iter().map(|q| q.distance(p)).fold(f32::MAX, f32::min);
    let best = (1..20)
        .map(|k| pa + (pb - pa) * (k as f32 / 20.0))
        .max_by(|x, y| clearance(*x).total_cmp(&clearance(*y)))
        .unwrap();
    click_at(&mut h, best);
    let Selection::Edge(k) = h.state().selection else { panic!("no edge selected: {:?}", h.state().selection) };
    let kind = h.state().doc.as_ref().unwrap().graph.relations[k].kind;
    assert_eq!(kind.as_str(), "attack");
    assert!(shows(&h, "attacked a Frontier Corps (FC) post"));
    assert!(shows(&h, "03_ttp_attack.txt"));
}

#[test]
fn dragging_a_node_moves_and_pins_it() {
    let mut h = app_on(&fixture("mini"), Arc::default());
    let i = node_index(&h, "Frontier Corps");
    let p = h.state().node_screen_pos(i).unwrap();
    h.hover_at(p);
    h.drag_at(p);
    for k in 1..=8 {
        h.hover_at(p + vec2(8.0 * k as f32, 0.0));
        h.step();
    }
    h.drop_at(p + vec2(64.0, 0.0));
    h.step();
    let moved = h.state().node_screen_pos(i).unwrap();
    assert!((moved.x - p.x) > 40.0, "node followed the pointer: {p:?} -> {moved:?}");
    assert!(h.state().pinned[i]);
    assert!(h.state().doc.as_ref().unwrap().dirty);
}

#[test]
fn an_empty_folder_dialog_leaves_the_graph_as_it_was() {
    let dialogs = Arc::new(ScriptedDialogs::default()); // answers None, like a desktop without portal
    let mut h = app_on(&fixture("mini"), dialogs);
    let before = h.state().doc.as_ref().unwrap().graph.clone();
    h.get_by_label("File").click();
    h.step();
    h.step();
    h.step();
    h.get_by_label("Open folder…").click();
    for _ in 0..20 {
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    assert!(!h.state().is_busy());
    assert_eq!(h.state().doc.as_ref().unwrap().graph, before);
    // The path field is offered instead.
    assert!(h.state().show_path_field);
}

#[test]
fn save_and_reopen_brings_back_the_same_graph() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("saved.json");
    let dialogs = Arc::new(ScriptedDialogs::default());
    *dialogs.save.lock().unwrap() = Some(file.clone());
    let mut h = app_on(&fixture("mini"), dialogs);
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    let start = Instant::now();
    while !file.exists() {
        assert!(start.elapsed() < Duration::from_secs(10), "never saved");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    let saved_positions = h.state().positions.clone();
    let saved_graph = h.state().doc.as_ref().unwrap().graph.clone();
    let h2 = app_on(&file, Arc::default());
    let doc = h2.state().doc.as_ref().unwrap();
    assert_eq!(doc.graph.relations, saved_graph.relations);
    assert_eq!(doc.graph.entities.len(), saved_graph.entities.len());
    assert_eq!(h2.state().positions, saved_positions, "positions come back exactly");
}

fn visible(h: &Harness<'static, LinkchartApp>, name: &str) -> bool {
    let i = node_index(h, name);
    h.state().doc.as_ref().unwrap().vis.nodes[i]
}

#[test]
fn search_as_you_type_and_enter_focuses_the_node() {
    let mut h = app_on(&fixture("mini"), Arc::default());
    h.get_by_label("Search").click();
    h.step();
    h.get_by_label("Search").type_text("kapl");
    h.step();
    h.step();
    // The match list shows the person while typing.
    assert!(h.query_all_by_label("Emre Kaplan").next().is_some());
    h.key_press(egui::Key::Enter);
    h.step();
    h.step();
    let i = node_index(&h, "Emre Kaplan");
    assert_eq!(h.state().selection, Selection::Node(i));
    // The view is centred on it.
    let p = h.state().node_screen_pos(i).unwrap();
    assert!(h.state().canvas_rect.center().distance(p) < 2.0, "{p:?} vs {:?}", h.state().canvas_rect.center());
}

#[test]
fn filters_hide_kinds_low_degree_and_isolated_nodes() {
    let mut h = app_on(&fixture("mini"), Arc::default());
    assert!(visible(&h, "Afghanistan"), "countries are shown at first");
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "country").click();
    h.step();
    h.step();
    assert!(!visible(&h, "Afghanistan"));
    assert!(visible(&h, "Emre Kaplan"));
    // Relation kinds: without membership and attack, Orakzai has no relation left.
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "membership").click();
    h.step();
    h.get_by_role_and_label(egui::accesskit::Role::CheckBox, "attack").click();
    h.step();
    h.get_by_label("Hide nodes without relations").click();
    h.step();
    h.step();
    assert!(!visible(&h, "Sajid Orakzai"));
    assert!(visible(&h, "Emre Kaplan"));
    // Filtered nodes leave the layout: their edges are gone from view too.
    let doc = h.state().doc.as_ref().unwrap();
    let hidden_edges = doc.vis.edges.iter().filter(|v| !**v).count();
    assert!(hidden_edges >= 4);
    h.get_by_label("Reset filters").click();
    h.step();
    h.step();
    assert!(visible(&h, "Afghanistan") && visible(&h, "Sajid Orakzai"));
}

#[test]
fn neighbourhood_focus_shows_k_hops_and_back() {
    let mut h = app_on(&fixture("mini"), Arc::default());
    let i = node_index(&h, "General Directorate of Intelligence");
    let p = h.state().node_screen_pos(i).unwrap();
    click_at(&mut h, p);
    h.get_by_label("1 hop").click();
    h.step();
    h.step();
    assert!(visible(&h, "Inter-Services Intelligence"), "a direct neighbour");
    assert!(!visible(&h, "Emre Kaplan"), "two hops away");
    h.get_by_label("2 hops").click();
    h.step();
    h.step();
    assert!(visible(&h, "National Intelligence Organization"), "two hops: ISI's partner");
    h.get_by_label("whole graph").click();
    h.step();
    h.step();
    assert!(visible(&h, "Emre Kaplan") && visible(&h, "Sajid Orakzai"));
}

#[test]
fn keyboard_escape_fit_delete_and_space() {
    let mut h = app_on(&fixture("mini"), Arc::default());
    let i = node_index(&h, "Frontier Corps");
    let p = h.state().node_screen_pos(i).unwrap();
    click_at(&mut h, p);
    assert_eq!(h.state().selection, Selection::Node(i));
    h.key_press(egui::Key::Escape);
    h.step();
    assert_eq!(h.state().selection, Selection::None);
    // Delete hides the selected node.
    let p = h.state().node_screen_pos(i).unwrap();
    click_at(&mut h, p);
    h.key_press(egui::Key::Delete);
    h.step();
    h.step();
    assert!(!visible(&h, "Frontier Corps"));
    // F frames the graph again after zooming in.
    h.state_mut().camera.zoom *= 8.0;
    h.state_mut().auto_fit = false;
    h.step();
    h.key_press(egui::Key::F);
    h.step();
    h.step();
    let rect = h.state().canvas_rect;
    let n = h.state().positions.len();
    for k in 0..n {
        if h.state().doc.as_ref().unwrap().vis.nodes[k] {
            assert!(rect.contains(h.state().node_screen_pos(k).unwrap()), "node {k} in view after F");
        }
    }
    // Space pauses and resumes the layout.
    h.key_press(egui::Key::Space);
    h.step();
    std::thread::sleep(Duration::from_millis(50));
    h.step();
    assert!(h.state().is_layout_paused());
    h.key_press(egui::Key::Space);
    h.step();
    std::thread::sleep(Duration::from_millis(50));
    h.step();
    assert!(!h.state().is_layout_paused());
}

#[test]
fn adding_a_second_folder_keeps_the_layout_and_adds_nodes() {
    let mut h = app_on(&fixture("mini"), Arc::default());
    let i = node_index(&h, "Inter-Services Intelligence");
    let before = h.state().positions[i];
    let n = h.state().positions.len();
    h.state_mut().add_folder(fixture("articles"));
    settle_after_add(&mut h, n);
    let j = node_index(&h, "Inter-Services Intelligence");
    assert!(h.state().positions.len() > n);
    let after = h.state().positions[j];
    let moved = ((after[0] - before[0]).powi(2) + (after[1] - before[1]).powi(2)).sqrt();
    assert!(moved < 200.0, "the ISI stays near where it was: moved {moved}");
}

fn settle_after_add(h: &mut Harness<'static, LinkchartApp>, n: usize) {
    let start = Instant::now();
    while h.state().positions.len() == n || h.state().is_busy() || h.state().is_layout_running() {
        assert!(start.elapsed() < Duration::from_secs(60), "the second folder never finished loading");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
}

#[test]
fn closing_with_unsaved_changes_asks_and_saves() {
    let out = tempfile::tempdir().unwrap();
    let file = out.path().join("before-quit.json");
    let dialogs = Arc::new(ScriptedDialogs::default());
    *dialogs.save.lock().unwrap() = Some(file.clone());
    let mut h = app_on(&fixture("mini"), dialogs);
    // Move a node: the graph now has unsaved work.
    let i = node_index(&h, "Frontier Corps");
    let p = h.state().positions[i];
    h.state_mut().run_command(linkchart::app::Command::MoveNode(i, [p[0] + 30.0, p[1]]));
    h.step();
    h.input_mut().viewports.entry(egui::ViewportId::ROOT).or_default().events.push(egui::ViewportEvent::Close);
    h.step();
    h.step();
    assert!(h.state().show_quit_prompt, "closing asks first");
    h.get_by_label("Save and quit").click();
    let start = Instant::now();
    while !file.exists() {
        assert!(start.elapsed() < Duration::from_secs(10), "never saved");
        std::thread::sleep(Duration::from_millis(5));
        h.step();
    }
    assert!(!h.state().doc.as_ref().unwrap().dirty);
}
