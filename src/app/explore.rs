//! The explore panel: search, filters and neighbourhood focus.

use egui::Key;

use super::style::{kind_color, relation_color};
use super::{Command, LinkchartApp, Selection};
use crate::filter::{self, Filters};
use crate::model::{EntityKind, RelationKind};

pub fn explore_ui(ui: &mut egui::Ui, app: &mut LinkchartApp, commands: &mut Vec<Command>) {
    let Some(doc) = &app.doc else { return };
    ui.heading("Explore");
    // Search: matches as you type, Enter focuses the first.
    let label = ui.label("Search");
    let edit =
        ui.add(egui::TextEdit::singleline(&mut app.search).hint_text("name or alias").desired_width(f32::INFINITY));
    let edit = edit.labelled_by(label.id);
    let matches = filter::search(&doc.graph, &doc.degree, &app.search, 8);
    if edit.lost_focus()
        && ui.input(|i| i.key_pressed(Key::Enter))
        && let Some(&first) = matches.first()
    {
        commands.push(Command::FocusNode(first));
    }
    if !app.search.trim().is_empty() {
        if matches.is_empty() {
            ui.weak("No match.");
        }
        for &i in &matches {
            let e = &doc.graph.entities[i];
            let selected = app.selection == Selection::Node(i);
            let text = egui::RichText::new(&e.name).color(kind_color(e.kind));
            if ui.selectable_label(selected, text).on_hover_text(e.kind.as_str()).clicked() {
                commands.push(Command::FocusNode(i));
            }
        }
    }
    ui.separator();

    let mut f: Filters = app.filters.clone();
    ui.label(egui::RichText::new("Entities").strong());
    ui.horizontal_wrapped(|ui| {
        for (k, kind) in EntityKind::ALL.iter().enumerate() {
            ui.checkbox(&mut f.entity_kinds[k], egui::RichText::new(kind.as_str()).color(kind_color(*kind)));
        }
    });
    ui.label(egui::RichText::new("Relations").strong());
    ui.horizontal_wrapped(|ui| {
        for (k, kind) in RelationKind::ALL.iter().enumerate() {
            ui.checkbox(&mut f.relation_kinds[k], egui::RichText::new(kind.as_str()).color(relation_color(*kind)));
        }
    });
    let max_degree = doc.degree.iter().copied().max().unwrap_or(1).max(1);
    ui.add(egui::Slider::new(&mut f.min_degree, 0..=max_degree).text("min. relations"));
    ui.add(egui::Slider::new(&mut f.min_evidence, 1..=5).text("min. sentences"));
    ui.add(egui::Slider::new(&mut f.min_confidence, 0.0..=1.0).text("min. confidence"));
    ui.checkbox(&mut f.hide_isolated, "Hide nodes without relations");
    ui.separator();

    ui.label(egui::RichText::new("Neighbourhood").strong());
    let center = match (f.focus, app.selection) {
        (Some((c, _)), _) => Some(c),
        (None, Selection::Node(i)) => Some(i),
        _ => None,
    };
    match center {
        Some(c) => {
            ui.label(format!("around {}", doc.graph.entities[c].name));
            ui.horizontal(|ui| {
                let current = f.focus.map(|(_, k)| k).unwrap_or(0);
                for k in 1..=3u8 {
                    if ui.selectable_label(current == k, format!("{k} hop{}", if k == 1 { "" } else { "s" })).clicked()
                    {
                        f.focus = Some((c, k));
                    }
                }
                if ui.selectable_label(current == 0, "whole graph").clicked() {
                    f.focus = None;
                }
            });
        }
        None => {
            ui.weak("Select a node to show only its neighbourhood.");
        }
    }
    if ui.button("Reset filters").clicked() {
        f = Filters::default();
    }
    if f != app.filters {
        commands.push(Command::SetFilters(f));
    }
    let shown = doc.vis.node_count();
    ui.weak(format!("{shown} of {} nodes shown", doc.graph.entities.len()));
}
