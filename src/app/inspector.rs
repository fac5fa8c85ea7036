//! The inspector: what the articles say about the selected node or edge.

use std::collections::BTreeMap;

use egui::RichText;

use super::style::{kind_color, relation_color};
use super::{Command, Doc, LinkchartApp, Selection};
use crate::model::{Relation, RelationKind};

pub fn inspector_ui(ui: &mut egui::Ui, app: &LinkchartApp, commands: &mut Vec<Command>) {
    let Some(doc) = &app.doc else { return };
    match app.selection {
        Selection::None => overview_ui(ui, doc, commands),
        Selection::Node(i) => node_ui(ui, doc, i, app.pinned.get(i).copied().unwrap_or(false), commands),
        Selection::Edge(k) => edge_ui(ui, doc, k, commands),
    }
}

fn overview_ui(ui: &mut egui::Ui, doc: &Doc, commands: &mut Vec<Command>) {
    ui.heading("Graph");
    ui.label(format!(
        "{} entities, {} relations from {} files.",
        doc.graph.entities.len(),
        doc.graph.relations.len(),
        doc.files.len()
    ));
    ui.label("Click a node or an edge to see its evidence. Drag a node to pin it; scroll to zoom; drag the background to pan.");
    ui.separator();
    ui.label(RichText::new("Most connected").strong());
    for &i in doc.by_degree.iter().take(15) {
        let e = &doc.graph.entities[i];
        ui.horizontal(|ui| {
            ui.colored_label(kind_color(e.kind), e.kind.as_str());
            if ui.link(&e.name).clicked() {
                commands.push(Command::Select(Selection::Node(i)));
            }
            ui.weak(format!("{} relations", doc.degree[i]));
        });
    }
}

fn node_ui(ui: &mut egui::Ui, doc: &Doc, i: usize, pinned: bool, commands: &mut Vec<Command>) {
    let e = &doc.graph.entities[i];
    ui.heading(&e.name);
    ui.horizontal(|ui| {
        ui.colored_label(kind_color(e.kind), RichText::new(e.kind.as_str()).strong());
        if pinned && ui.button("Unpin").clicked() {
            commands.push(Command::Unpin(i));
        }
        if ui.button("Hide").on_hover_text("Hide this node (Delete); View > Show hidden nodes brings it back").clicked()
        {
            commands.push(Command::HideSelection);
        }
    });
    ui.add_space(4.0);
    if e.aliases.is_empty() {
        ui.weak("No other names.");
    } else {
        ui.label(RichText::new("Also known as").strong());
        ui.label(e.aliases.join(" · "));
    }
    ui.add_space(4.0);
    let files = e.mentions.len();
    ui.label(RichText::new(format!("Mentioned {} times in {} files", e.mention_count(), files)).strong());
    egui::CollapsingHeader::new(format!("Files ({files})")).id_salt(("files", i)).default_open(files <= 5).show(
        ui,
        |ui| {
            for m in &e.mentions {
                ui.label(format!("{} ({})", m.file, m.count));
            }
        },
    );
    ui.separator();
    // Relations grouped by kind.
    let mut by_kind: BTreeMap<RelationKind, Vec<usize>> = BTreeMap::new();
    for &k in &doc.incident[i] {
        by_kind.entry(doc.graph.relations[k].kind).or_default().push(k);
    }
    if by_kind.is_empty() {
        ui.weak("No relations found.");
    }
    for (kind, rels) in by_kind {
        ui.label(RichText::new(format!("{} ({})", kind, rels.len())).color(relation_color(kind)).strong());
        for k in rels {
            let rel = &doc.graph.relations[k];
            let (a, b) = doc.ends[k];
            let other = if a == i { b } else { a };
            let arrow = if !rel.directed() {
                "with"
            } else if a == i {
                "->"
            } else {
                "<-"
            };
            ui.horizontal(|ui| {
                ui.label(arrow);
                if ui.link(&doc.graph.entities[other].name).on_hover_text("Select this node").clicked() {
                    commands.push(Command::Select(Selection::Node(other)));
                }
                ui.weak(format!("confidence {:.2}", rel.confidence));
            });
            let n = rel.evidence.len();
            let title = format!(
                "{n} sentence{} on {} {}",
                if n == 1 { "" } else { "s" },
                describe(rel, a == i),
                doc.graph.entities[other].name
            );
            egui::CollapsingHeader::new(title)
                .id_salt(("evidence", k))
                .default_open(false)
                .show(ui, |ui| evidence_ui(ui, rel));
        }
    }
}

fn describe(rel: &Relation, outgoing: bool) -> String {
    if !rel.directed() || outgoing { rel.kind.as_str().to_owned() } else { format!("{} by", rel.kind) }
}

fn edge_ui(ui: &mut egui::Ui, doc: &Doc, k: usize, commands: &mut Vec<Command>) {
    let Some(rel) = doc.graph.relations.get(k) else { return };
    let (a, b) = doc.ends[k];
    ui.heading(RichText::new(rel.kind.as_str()).color(relation_color(rel.kind)));
    ui.horizontal(|ui| {
        if ui.link(&doc.graph.entities[a].name).clicked() {
            commands.push(Command::Select(Selection::Node(a)));
        }
        ui.label(if rel.directed() { "->" } else { "and" });
        if ui.link(&doc.graph.entities[b].name).clicked() {
            commands.push(Command::Select(Selection::Node(b)));
        }
    });
    ui.label(format!("Confidence {:.2}", rel.confidence));
    ui.separator();
    evidence_ui(ui, rel);
}

fn evidence_ui(ui: &mut egui::Ui, rel: &Relation) {
    for ev in &rel.evidence {
        ui.group(|ui| {
            ui.label(format!("\u{201c}{}\u{201d}", ev.text));
            ui.weak(&ev.file);
        });
    }
}
